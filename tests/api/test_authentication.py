"""Tokens, verified for real: each bad token is refused with 401 and a challenge, each token without
the authority with 403 naming the rule, and nothing is written (API.md, Authentication)."""

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.domain.authority import NotPermitted, check_may_act_for_trust
from app.domain.rules import Rule
from app.edge.auth import InvalidToken, TokenVerifier
from app.settings import Settings
from tests.tokens import AUDIENCE, ISSUER, REGUT_HOST_ORG, TRUST_ORG, Tokens, new_key, write_jwks

NEW_COUNCIL = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}


async def council_count(client: httpx.AsyncClient) -> int:
    return len((await client.get("/v1/councils", params={"limit": 500})).json()["items"])


async def post_council(
    client: httpx.AsyncClient, headers: dict[str, str], body: dict[str, object] = NEW_COUNCIL
):
    return await client.post("/v1/councils", json=body, headers=headers)


def unsigned(claims: dict[str, object]) -> str:
    """`alg: none`: a token anyone can forge."""
    return jwt.encode(claims, key=None, algorithm="none", headers={"kid": "test-key-1", "typ": "at+jwt"})


def hmac_signed_with_public_key(tokens: Tokens, settings: Settings) -> str:
    """The key-confusion attack: HS256 with the issuer's public key as the shared secret. PyJWT refuses
    to make such a token, so it is made by hand."""
    public_pem = tokens.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )

    def part(document: dict[str, object]) -> bytes:
        return base64.urlsafe_b64encode(json.dumps(document).encode()).rstrip(b"=")

    claims = {
        "iss": "https://helseid-sts.test",
        "aud": "lis:council-registry",
        "exp": int(time.time()) + 300,
        "scope": f"{settings.auth_scope_prefix}admin",
    }
    signing_input = part({"alg": "HS256", "typ": "at+jwt", "kid": "test-key-1"}) + b"." + part(claims)
    signature = base64.urlsafe_b64encode(hmac.new(public_pem, signing_input, hashlib.sha256).digest()).rstrip(
        b"="
    )
    return (signing_input + b"." + signature).decode()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_without_a_token_a_write_is_unauthenticated_with_a_challenge_for_each_scheme(
    client: httpx.AsyncClient,
) -> None:
    response = await post_council(client, {})
    assert response.status_code == 401
    assert response.json()["rule"] == "UNAUTHENTICATED"
    assert response.headers["www-authenticate"] == (
        'Bearer realm="lis-registry", DPoP realm="lis-registry", algs="ES256 PS256 RS256"'
    )
    assert await council_count(client) == 0


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("expired", "expired"),
        ("wrong issuer", "issuer"),
        ("wrong audience", "aud"),
        ("wrong key", "unknown key"),
        ("right kid, other key", "signature"),
        ("alg none", "algorithm"),
        ("HS256 with the public key as secret", "algorithm"),
        ("not an access token", "typ"),
        ("no expiry", "exp"),
        ("garbage", "not a JWT"),
    ],
)
async def test_a_bad_token_is_refused_and_nothing_is_written(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings, case: str, reason: str
) -> None:
    org = REGUT_HOST_ORG["helse-nord"]
    token = {
        "expired": lambda: tokens.issue("regut", org=org, expires_in=-(settings.auth_leeway_seconds + 60)),
        "wrong issuer": lambda: tokens.issue("regut", org=org, claims={"iss": "https://evil.example"}),
        "wrong audience": lambda: tokens.issue("regut", org=org, claims={"aud": "someone:else"}),
        "wrong key": lambda: tokens.issue("regut", org=org, key=new_key(), headers={"kid": "unknown"}),
        "right kid, other key": lambda: tokens.issue("regut", org=org, key=new_key()),
        "alg none": lambda: unsigned(
            {
                "iss": "https://helseid-sts.test",
                "aud": "lis:council-registry",
                "exp": int(time.time()) + 300,
                "scope": f"{settings.auth_scope_prefix}admin",
            }
        ),
        "HS256 with the public key as secret": lambda: hmac_signed_with_public_key(tokens, settings),
        "not an access token": lambda: tokens.issue("regut", org=org, headers={"typ": "id_token+jwt"}),
        "no expiry": lambda: jwt.encode(
            {"iss": ISSUER, "aud": AUDIENCE, "scope": f"{settings.auth_scope_prefix}admin"},
            tokens.key,
            algorithm="RS256",
            headers={"kid": "test-key-1", "typ": "at+jwt"},
        ),
        "garbage": lambda: "not.a.token",
    }[case]()
    response = await post_council(client, bearer(token))
    assert response.status_code == 401, response.json()
    assert response.json()["rule"] == "UNAUTHENTICATED"
    assert response.headers["www-authenticate"].startswith(
        'Bearer realm="lis-registry", error="invalid_token"'
    )
    assert reason in response.json()["detail"]
    assert await council_count(client) == 0


async def test_a_bad_token_is_refused_even_where_anonymous_reading_is_allowed(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await client.get("/v1/regions", headers=tokens.bearer("read", expires_in=-600))
    assert response.status_code == 401


async def test_an_authorization_header_that_is_not_bearer_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/regions", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert response.status_code == 401


async def test_an_ec_key_token_with_a_matching_published_key_is_accepted(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings, tmp_path
) -> None:
    """ES256 is allowed: the key set may hold EC keys besides RSA."""
    from jwt.algorithms import ECAlgorithm

    key = ec.generate_private_key(ec.SECP256R1())
    jwk = ECAlgorithm.to_jwk(key.public_key(), as_dict=True) | {"kid": "ec-1", "use": "sig", "alg": "ES256"}
    verifier = TokenVerifier(settings.model_copy(update={"auth_jwks_file": None}))
    verifier.keys._keys = {"ec-1": jwt.PyJWK(jwk)}
    verifier.keys._fetched_at = time.monotonic()
    token = tokens.issue("admin", key=key, algorithm="ES256", headers={"kid": "ec-1"})
    claims = await verifier.claims(token)
    assert verifier.scopes(claims) == {"admin"}


async def test_a_token_verified_before_is_refused_once_it_expires(tokens: Tokens, settings: Settings) -> None:
    """Verified tokens are remembered (a system sends the same one with every request), never past
    their expiry: the remembered answer is no looser than verifying again."""
    verifier = TokenVerifier(settings.model_copy(update={"auth_leeway_seconds": 0}))
    token = tokens.issue("read", expires_in=2)
    assert verifier.scopes(await verifier.claims(token)) == {"read"}
    assert verifier.scopes(await verifier.claims(token)) == {"read"}  # remembered
    await asyncio.sleep(2.5)
    with pytest.raises(InvalidToken, match="expired"):
        await verifier.claims(token)


async def test_concurrent_requests_with_an_expired_remembered_token_are_both_refused(
    tokens: Tokens, settings: Settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two requests of one system arrive with the same token just after it expired, as the key set is
    refetched (a JWKS URL is awaited): each is refused with 401's reason, and neither trips over the
    other's forgetting of the token (a KeyError, a 500)."""
    jwks = write_jwks(tmp_path / "jwks.json", tokens.key)
    verifier = TokenVerifier(
        settings.model_copy(update={"auth_jwks_file": jwks, "auth_jwks_url": None, "auth_leeway_seconds": 0})
    )
    token = tokens.issue("read", expires_in=1)
    await verifier.claims(token)
    await asyncio.sleep(1.5)
    load = verifier.keys._load

    async def fetched_over_the_network() -> list[dict[str, object]]:
        await asyncio.sleep(0.01)
        return await load()

    monkeypatch.setattr(verifier.keys, "_load", fetched_over_the_network)
    verifier.keys._fetched_at = float("-inf")
    answers = await asyncio.gather(verifier.claims(token), verifier.claims(token), return_exceptions=True)
    assert [type(a) for a in answers] == [InvalidToken, InvalidToken]
    assert all("expired" in str(a) for a in answers)


async def test_a_token_verified_before_is_refused_once_its_key_is_withdrawn(
    tokens: Tokens, settings: Settings, tmp_path
) -> None:
    """The issuer rotates its keys: a token whose key has left the key set is refused, though it was
    verified (and remembered) while the key was there."""
    jwks = write_jwks(tmp_path / "jwks.json", tokens.key)
    verifier = TokenVerifier(settings.model_copy(update={"auth_jwks_file": jwks, "auth_jwks_url": None}))
    token = tokens.issue("read")
    assert verifier.scopes(await verifier.claims(token)) == {"read"}
    write_jwks(jwks, new_key(), kid="rotated-key")
    verifier.keys._fetched_at = float("-inf")  # the key set's cache has run out: it is read again
    with pytest.raises(InvalidToken, match="unknown key"):
        await verifier.claims(token)


async def test_a_token_without_a_scope_of_this_api_is_forbidden(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await post_council(client, tokens.bearer("read", org=REGUT_HOST_ORG["helse-nord"]))
    assert response.status_code == 403
    assert response.json()["rule"] == "FORBIDDEN"
    assert "regut" in response.json()["detail"]
    assert await council_count(client) == 0


async def test_a_scope_is_matched_whole_never_as_a_substring(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings
) -> None:
    """`…/admin-readonly` contains `…/admin` as text, and grants nothing."""
    token = tokens.issue(claims={"scope": f"{settings.auth_scope_prefix}admin-readonly"})
    response = await post_council(client, bearer(token))
    assert response.status_code == 403
    assert await council_count(client) == 0


async def test_scopes_may_come_as_a_json_array(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings
) -> None:
    token = tokens.issue(claims={"scope": [f"{settings.auth_scope_prefix}admin", "openid"]})
    assert (await post_council(client, bearer(token))).status_code == 201


async def test_a_scope_for_another_api_grants_nothing(client: httpx.AsyncClient, tokens: Tokens) -> None:
    token = tokens.issue(claims={"scope": "other:api/admin"})
    assert (await post_council(client, bearer(token))).status_code == 403


async def test_regut_establishes_a_council_of_its_own_region(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    assert (await post_council(client, tokens.regut("helse-nord"))).status_code == 201


async def test_regut_acting_outside_its_region_is_forbidden_and_nothing_is_written(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await post_council(client, tokens.regut("helse-vest"))
    assert response.status_code == 403
    assert "helse-nord" in response.json()["detail"]
    assert await council_count(client) == 0


async def test_a_regut_scope_from_an_organisation_that_hosts_no_regut_is_forbidden(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    token = tokens.bearer("regut", org=TRUST_ORG["nordlandssykehuset"])
    assert (await post_council(client, token)).status_code == 403
    assert await council_count(client) == 0


async def test_only_the_responsible_regut_constitutes_an_interregional_council(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """IR-CONSTITUTED-BY-RESPONSIBLE-REGUT: anaesthesiology's responsible RegUt is Helse Nord's."""
    body = {"kind": "interregional", "specialty": "anestesiologi"}
    refused = await post_council(client, tokens.regut("helse-sor-ost"), body)
    assert refused.status_code == 403
    assert refused.json()["rule"] == "IR-CONSTITUTED-BY-RESPONSIBLE-REGUT"
    assert await council_count(client) == 0
    assert (await post_council(client, tokens.regut("helse-nord"), body)).status_code == 201


async def test_a_trust_system_may_not_establish_councils(client: httpx.AsyncClient, tokens: Tokens) -> None:
    response = await post_council(client, tokens.trust("nordlandssykehuset"))
    assert response.status_code == 403
    assert await council_count(client) == 0


async def test_a_trust_token_resolves_to_its_own_trust_and_may_not_act_for_another(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings
) -> None:
    """APPOINTER-OWN-TRUST, from a real token: the org number names the trust it may act for.
    (The seat endpoints that apply it over HTTP arrive with representatives.)"""
    from app.edge.auth import resolve_principal

    principal = await resolve_principal(
        client._transport.app.state.verifier,  # type: ignore[attr-defined]
        client._transport.app.state.database,  # type: ignore[attr-defined]
        tokens.issue("appointments", org=TRUST_ORG["nordlandssykehuset"]),
    )
    assert (principal.trust, principal.trust_region) == ("nordlandssykehuset", "helse-nord")
    check_may_act_for_trust(principal, "nordlandssykehuset", "helse-nord")
    with pytest.raises(NotPermitted) as refused:
        check_may_act_for_trust(principal, "unn", "helse-nord")
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST


async def test_tokens_never_appear_in_the_logs(
    client: httpx.AsyncClient, tokens: Tokens, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    expired = tokens.issue("admin", expires_in=-600)
    valid = tokens.issue("admin")
    await post_council(client, bearer(expired))
    await post_council(client, bearer(valid))
    assert caplog.records, "the refusal should have been logged"
    assert expired not in caplog.text
    assert valid not in caplog.text
    assert expired.split(".")[2] not in caplog.text


def test_production_settings_refuse_development_tokens() -> None:
    with pytest.raises(ValueError, match="LIS_DEV_TOKENS"):
        Settings(environment="production", dev_tokens=True, _env_file=None)  # type: ignore[call-arg]


@pytest.mark.parametrize("algorithm", ["none", "HS256", "hs512"])
def test_settings_refuse_symmetric_and_unsigned_algorithms(algorithm: str) -> None:
    with pytest.raises(ValueError, match="asymmetric"):
        Settings(auth_algorithms=["RS256", algorithm], _env_file=None)  # type: ignore[call-arg]
