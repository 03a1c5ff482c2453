"""DPoP-bound tokens (RFC 9449), as HelseID issues them: the attack matrix. Each refused request is a
401 whose `WWW-Authenticate` challenge names the error (§7.1), a problem+json body with the rule
UNAUTHENTICATED, and nothing written: no council, and no proof spent."""

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from jwt.algorithms import RSAAlgorithm
from sqlalchemy import text

from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from tests.tokens import ProofKey, Tokens

BASE = "http://registry.test"
COUNCILS = f"{BASE}/v1/councils"
NEW_COUNCIL = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}
NONCE_SECRET = "a-nonce-secret-of-at-least-32-characters"


async def council_count(client: httpx.AsyncClient) -> int:
    return len((await client.get("/v1/councils", params={"limit": 500})).json()["items"])


async def spent_proofs(database: Database) -> int:
    async with database.engine.connect() as connection:
        return int((await connection.execute(text("SELECT count(*) FROM dpop_proof"))).scalar_one())


def challenge_error(response: httpx.Response) -> str | None:
    """The `error` of the challenge in WWW-Authenticate."""
    header = response.headers["www-authenticate"]
    _, found, rest = header.partition('error="')
    return rest.split('"', 1)[0] if found else None


@pytest.fixture
def app_with(
    settings: Settings, clean_database: Database
) -> Callable[..., "AsyncIterator[httpx.AsyncClient]"]:
    async def client_for(**changes: Any) -> AsyncIterator[httpx.AsyncClient]:
        application = create_app(settings.model_copy(update=changes), clean_database)
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            yield client

    return client_for


@pytest.fixture
async def required(
    app_with: Callable[..., AsyncIterator[httpx.AsyncClient]],
) -> AsyncIterator[httpx.AsyncClient]:
    """A service that accepts only DPoP-bound tokens (LIS_DPOP_REQUIRED)."""
    async for client in app_with(dpop_required=True):
        yield client


@pytest.fixture
async def with_nonces(
    app_with: Callable[..., AsyncIterator[httpx.AsyncClient]],
) -> AsyncIterator[httpx.AsyncClient]:
    async for client in app_with(dpop_nonces=True, dpop_nonce_secret=_secret(), dpop_nonce_seconds=60):
        yield client


def _secret() -> Any:
    from pydantic import SecretStr

    return SecretStr(NONCE_SECRET)


@pytest.fixture
def proof_key() -> ProofKey:
    return ProofKey()


@pytest.fixture
def bound(tokens: Tokens, proof_key: ProofKey) -> str:
    """An administrator's token bound to `proof_key`."""
    return tokens.bound(proof_key, "admin", subject="national-admin")


async def assert_refused(
    response: httpx.Response, client: httpx.AsyncClient, database: Database, error: str, reason: str
) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "UNAUTHENTICATED"
    assert challenge_error(response) == error
    assert reason in response.json()["detail"]
    assert await council_count(client) == 0
    assert await spent_proofs(database) == 0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def handmade(header: dict[str, Any], claims: dict[str, Any], sign: Callable[[bytes], bytes]) -> str:
    """A JWS made by hand, for what PyJWT refuses to make."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}".encode()
    return f"{signing_input.decode()}.{_b64(sign(signing_input))}"


def proof_claims(token: str, method: str = "POST", url: str = COUNCILS) -> dict[str, Any]:
    ath = _b64(hashlib.sha256(token.encode()).digest())
    return {
        "jti": f"jti-{time.monotonic_ns()}",
        "htm": method,
        "htu": url,
        "iat": int(time.time()),
        "ath": ath,
    }


# --- The valid cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ["ES256", "PS256", "RS256"])
async def test_a_bound_token_with_a_valid_proof_writes(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, algorithm: str
) -> None:
    key = ProofKey(algorithm)
    token = tokens.bound(key, "admin", subject="national-admin")
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=key.headers(token, "POST", COUNCILS))
    assert response.status_code == 201, response.text
    assert await council_count(client) == 1
    assert await spent_proofs(clean_database) == 1


async def test_a_proof_names_the_uri_in_any_equivalent_spelling(
    client: httpx.AsyncClient, bound: str, proof_key: ProofKey
) -> None:
    """RFC 9449 §4.3 point 9: `htu` is compared after syntax- and scheme-based normalisation."""
    spelled = "HTTP://Registry.TEST:80/v1/./%63ouncils"
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", spelled)
    )
    assert response.status_code == 201, response.text


async def test_a_proof_names_the_public_base_url_behind_a_proxy(
    app_with: Callable[..., AsyncIterator[httpx.AsyncClient]], bound: str, proof_key: ProofKey
) -> None:
    """Behind a proxy the service is addressed at its public URL (LIS_PUBLIC_BASE_URL), whatever Host
    or X-Forwarded-* headers the request carries."""
    public = "https://lis.example.no/v1/councils"
    async for client in app_with(public_base_url="https://lis.example.no"):
        forged = {"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http"}
        refused = await client.post(
            COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS) | forged
        )
        assert refused.status_code == 401
        assert challenge_error(refused) == "invalid_dpop_proof"
        accepted = await client.post(
            COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", public) | forged
        )
        assert accepted.status_code == 201, accepted.text


async def test_a_read_with_a_bound_token_and_a_proof_sees_the_full_record(
    client: httpx.AsyncClient, bound: str, proof_key: ProofKey
) -> None:
    response = await client.get("/v1/regions", headers=proof_key.headers(bound, "GET", f"{BASE}/v1/regions"))
    assert response.status_code == 200
    assert response.headers["cache-control"] == "private, no-cache"


# --- The attack matrix -----------------------------------------------------------------------------


async def test_a_bound_token_without_a_proof_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str
) -> None:
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers={"Authorization": f"DPoP {bound}"})
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "exactly one DPoP header")


async def test_two_proof_headers_are_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    headers = [
        ("Authorization", f"DPoP {bound}"),
        ("DPoP", proof_key.proof("POST", COUNCILS, bound)),
        ("DPoP", proof_key.proof("POST", COUNCILS, bound)),
    ]
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "exactly one DPoP header")


async def test_two_proofs_joined_in_one_header_are_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    """A proxy may join repeated headers with a comma: still two proofs."""
    joined = f"{proof_key.proof('POST', COUNCILS, bound)}, {proof_key.proof('POST', COUNCILS, bound)}"
    headers = {"Authorization": f"DPoP {bound}", "DPoP": joined}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "exactly one DPoP header")


async def test_a_proof_for_another_method_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "PUT", COUNCILS)
    )
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another method")


async def test_a_proof_made_for_a_get_and_replayed_on_a_post_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    captured = proof_key.headers(bound, "GET", COUNCILS)
    assert (await client.get("/v1/councils", headers=captured)).status_code == 200
    async with clean_database.engine.begin() as connection:
        await connection.execute(text("DELETE FROM dpop_proof"))  # the GET spent its own proof
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=captured)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another method")


async def test_a_proof_for_another_url_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", f"{BASE}/v1/regions")
    )
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another URI")


async def test_a_proof_for_another_host_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", "https://other.test/v1/councils")
    )
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another URI")


@pytest.mark.parametrize("suffix", ["?kind=regional", "#top"])
async def test_a_proof_whose_htu_has_a_query_or_fragment_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey, suffix: str
) -> None:
    """`htu` is the URI without query and fragment (RFC 9449 §4.2)."""
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS + suffix)
    )
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another URI")


async def test_a_proof_issued_too_long_ago_is_refused(
    client: httpx.AsyncClient, clean_database: Database, settings: Settings, bound: str, proof_key: ProofKey
) -> None:
    old = int(time.time()) - settings.dpop_proof_max_age_seconds - 5
    headers = proof_key.headers(bound, "POST", COUNCILS, claims={"iat": old})
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "issued more than")


async def test_a_proof_issued_too_far_in_the_future_is_refused(
    client: httpx.AsyncClient, clean_database: Database, settings: Settings, bound: str, proof_key: ProofKey
) -> None:
    ahead = int(time.time()) + settings.auth_leeway_seconds + 60
    headers = proof_key.headers(bound, "POST", COUNCILS, claims={"iat": ahead})
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "in the future")


async def test_a_proof_whose_iat_is_text_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    headers = proof_key.headers(bound, "POST", COUNCILS, claims={"iat": str(int(time.time()))})
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "NumericDate")


async def test_a_proof_used_twice_is_refused_the_second_time(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    headers = proof_key.headers(bound, "POST", COUNCILS)
    first = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    assert first.status_code == 201
    replayed = await client.post(COUNCILS, json=NEW_COUNCIL | {"specialty": "nevrologi"}, headers=headers)
    assert replayed.status_code == 401
    assert challenge_error(replayed) == "invalid_dpop_proof"
    assert "used before" in replayed.json()["detail"]
    assert await council_count(client) == 1
    assert await spent_proofs(clean_database) == 1


async def test_a_proof_spent_by_a_request_that_failed_stays_spent(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    """The proof is spent in a transaction of its own, committed before the request's: a request
    refused for its body (422) does not give its proof back to whoever captured it."""
    headers = proof_key.headers(bound, "POST", COUNCILS)
    failed = await client.post(COUNCILS, json={"kind": "regional"}, headers=headers)
    assert failed.status_code == 422
    assert await spent_proofs(clean_database) == 1
    replayed = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    assert replayed.status_code == 401
    assert await council_count(client) == 0


async def test_a_proof_with_a_wrong_ath_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens, bound: str, proof_key: ProofKey
) -> None:
    other = tokens.bound(proof_key, "admin")
    headers = {"Authorization": f"DPoP {bound}", "DPoP": proof_key.proof("POST", COUNCILS, other)}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "another access token")


async def test_a_proof_without_ath_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    headers = {"Authorization": f"DPoP {bound}", "DPoP": proof_key.proof("POST", COUNCILS)}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "(ath)")


async def test_a_proof_signed_with_a_key_the_token_is_not_bound_to_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str
) -> None:
    thief = ProofKey()
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=thief.headers(bound, "POST", COUNCILS))
    await assert_refused(response, client, clean_database, "invalid_token", "cnf.jkt")


async def test_a_proof_with_alg_none_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    proof = handmade(
        {"typ": "dpop+jwt", "alg": "none", "jwk": proof_key.jwk}, proof_claims(bound), lambda _: b""
    )
    headers = {"Authorization": f"DPoP {bound}", "DPoP": proof}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "algorithm 'none'")


async def test_a_proof_signed_with_hs256_and_the_public_key_as_secret_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens
) -> None:
    """Key confusion: the proof's own public key used as an HMAC secret."""
    key = ProofKey("RS256")
    token = tokens.bound(key, "admin")
    public_pem = key.private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    proof = handmade(
        {"typ": "dpop+jwt", "alg": "HS256", "jwk": key.jwk},
        proof_claims(token),
        lambda signing_input: hmac.new(public_pem, signing_input, hashlib.sha256).digest(),
    )
    headers = {"Authorization": f"DPoP {token}", "DPoP": proof}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "algorithm 'HS256'")


async def test_a_proof_whose_jwk_holds_the_private_key_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens
) -> None:
    key = ProofKey("RS256")
    token = tokens.bound(key, "admin")
    private_jwk = RSAAlgorithm.to_jwk(key.private, as_dict=True)
    headers = {
        "Authorization": f"DPoP {token}",
        "DPoP": key.proof("POST", COUNCILS, token, headers={"jwk": private_jwk}),
    }
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "private key material")


async def test_a_proof_signed_by_another_key_than_its_jwk_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    """The jwk names the bound key, the signature is someone else's."""
    forger = ProofKey()
    headers = {
        "Authorization": f"DPoP {bound}",
        "DPoP": forger.proof("POST", COUNCILS, bound, headers={"jwk": proof_key.jwk}),
    }
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "signature")


@pytest.mark.parametrize(("typ", "reason"), [("JWT", "typ"), ("at+jwt", "typ")])
async def test_a_proof_of_another_type_is_refused(
    client: httpx.AsyncClient,
    clean_database: Database,
    bound: str,
    proof_key: ProofKey,
    typ: str,
    reason: str,
) -> None:
    headers = proof_key.headers(bound, "POST", COUNCILS, headers={"typ": typ})
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", reason)


async def test_a_proof_without_a_jwk_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    proof = jwt.encode(proof_claims(bound), proof_key.private, algorithm="ES256", headers={"typ": "dpop+jwt"})
    headers = {"Authorization": f"DPoP {bound}", "DPoP": proof}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "no jwk")


async def test_a_proof_without_a_jti_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    claims = proof_claims(bound)
    del claims["jti"]
    proof = jwt.encode(
        claims, proof_key.private, algorithm="ES256", headers={"typ": "dpop+jwt", "jwk": proof_key.jwk}
    )
    headers = {"Authorization": f"DPoP {bound}", "DPoP": proof}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "jti")


async def test_a_proof_with_an_algorithm_off_the_allow_list_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens
) -> None:
    key = ProofKey("RS256")
    token = tokens.bound(key, "admin")
    proof = jwt.encode(
        proof_claims(token), key.private, algorithm="RS512", headers={"typ": "dpop+jwt", "jwk": key.jwk}
    )
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers={"Authorization": f"DPoP {token}", "DPoP": proof}
    )
    await assert_refused(response, client, clean_database, "invalid_dpop_proof", "algorithm 'RS512'")


async def test_a_bound_token_sent_as_bearer_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str
) -> None:
    """RFC 9449 §7.2: whoever copied a bound token must not be able to use it as a bearer token."""
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers={"Authorization": f"Bearer {bound}"})
    await assert_refused(response, client, clean_database, "invalid_token", "DPoP-bound")
    assert response.headers["www-authenticate"].startswith(
        'Bearer realm="lis-registry", error="invalid_token"'
    )


async def test_an_unbound_token_sent_as_dpop_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens, proof_key: ProofKey
) -> None:
    token = tokens.issue("admin")
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(token, "POST", COUNCILS)
    )
    await assert_refused(response, client, clean_database, "invalid_token", "not DPoP-bound")


async def test_an_invalid_bound_token_is_refused_with_the_dpop_challenge(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens, proof_key: ProofKey
) -> None:
    expired = tokens.bound(proof_key, "admin", expires_in=-600)
    response = await client.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(expired, "POST", COUNCILS)
    )
    await assert_refused(response, client, clean_database, "invalid_token", "expired")
    assert (
        'DPoP realm="lis-registry", algs="ES256 PS256 RS256", error="invalid_token"'
        in (response.headers["www-authenticate"])
    )


async def test_a_bearer_token_is_refused_where_dpop_is_required(
    required: httpx.AsyncClient, clean_database: Database, tokens: Tokens
) -> None:
    response = await required.post(COUNCILS, json=NEW_COUNCIL, headers=tokens.admin())
    await assert_refused(response, required, clean_database, "invalid_token", "only DPoP-bound")
    assert response.headers["www-authenticate"].startswith("DPoP ")
    assert "Bearer" not in response.headers["www-authenticate"]


async def test_where_dpop_is_required_a_bound_token_with_a_proof_writes(
    required: httpx.AsyncClient, bound: str, proof_key: ProofKey
) -> None:
    response = await required.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS)
    )
    assert response.status_code == 201


async def test_where_dpop_is_required_the_anonymous_are_challenged_for_dpop_only(
    required: httpx.AsyncClient,
) -> None:
    response = await required.post(COUNCILS, json=NEW_COUNCIL)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'DPoP realm="lis-registry", algs="ES256 PS256 RS256"'


async def test_a_proof_without_a_nonce_is_answered_with_one_to_use(
    with_nonces: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    response = await with_nonces.post(
        COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS)
    )
    await assert_refused(response, with_nonces, clean_database, "use_dpop_nonce", "nonce")
    nonce = response.headers["dpop-nonce"]
    retried = await with_nonces.post(
        COUNCILS,
        json=NEW_COUNCIL,
        headers=proof_key.headers(bound, "POST", COUNCILS, claims={"nonce": nonce}),
    )
    assert retried.status_code == 201, retried.text


async def test_a_stale_nonce_is_refused_with_a_fresh_one(
    with_nonces: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    from app.edge.dpop import Nonces

    stale = Nonces(NONCE_SECRET.encode(), 60).current(time.time() - 180)  # two windows and more ago
    headers = proof_key.headers(bound, "POST", COUNCILS, claims={"nonce": stale})
    response = await with_nonces.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, with_nonces, clean_database, "use_dpop_nonce", "nonce")
    assert response.headers["dpop-nonce"] not in ("", stale)


async def test_a_forged_nonce_is_refused(
    with_nonces: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    from app.edge.dpop import Nonces

    forged = Nonces(b"another secret of at least 32 characters", 60).current(time.time())
    headers = proof_key.headers(bound, "POST", COUNCILS, claims={"nonce": forged})
    response = await with_nonces.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    await assert_refused(response, with_nonces, clean_database, "use_dpop_nonce", "nonce")


async def test_an_authorization_scheme_other_than_bearer_or_dpop_is_refused(
    client: httpx.AsyncClient, clean_database: Database, bound: str
) -> None:
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers={"Authorization": f"MAC {bound}"})
    await assert_refused(response, client, clean_database, "invalid_request", "DPoP <token>")


async def test_a_token_whose_exp_is_text_is_refused(
    client: httpx.AsyncClient, clean_database: Database, tokens: Tokens
) -> None:
    """RFC 7519 §2: a NumericDate is a JSON number; PyJWT alone reads a string of digits as one."""
    for claim in ("exp", "nbf", "iat"):
        token = tokens.issue("admin", claims={claim: str(int(time.time()) + (600 if claim == "exp" else 0))})
        response = await client.post(COUNCILS, json=NEW_COUNCIL, headers={"Authorization": f"Bearer {token}"})
        await assert_refused(
            response, client, clean_database, "invalid_token", f"{claim} is not a NumericDate"
        )


def test_the_thumbprint_of_the_example_key_of_rfc_7638_is_the_one_the_rfc_gives() -> None:
    from app.edge.dpop import thumbprint

    jwk = {
        "kty": "RSA",
        "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP"
        "ebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368Q"
        "QMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2Nc"
        "Rwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
        "e": "AQAB",
        "alg": "RS256",
        "kid": "2011-04-29",
    }
    assert thumbprint(jwk) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


def test_nonces_settings_refuse_a_missing_or_short_secret() -> None:
    with pytest.raises(ValueError, match="LIS_DPOP_NONCE_SECRET"):
        Settings(dpop_nonces=True, dpop_nonce_secret="short", _env_file=None)  # type: ignore[call-arg]


def test_production_requires_dpop_unless_told_otherwise() -> None:
    assert Settings(environment="production", _env_file=None).dpop_is_required  # type: ignore[call-arg]
    assert not Settings(environment="development", _env_file=None).dpop_is_required  # type: ignore[call-arg]
    migrating = Settings(environment="production", dpop_required=False, _env_file=None)  # type: ignore[call-arg]
    assert not migrating.dpop_is_required


async def test_a_browser_may_send_a_proof_and_read_the_challenge_and_nonce(
    app_with: Callable[..., AsyncIterator[httpx.AsyncClient]],
) -> None:
    website = "https://www.legeutdanning.no"
    async for client in app_with(cors_origins=[website]):
        preflight = await client.options(
            "/v1/councils",
            headers={
                "Origin": website,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, dpop, content-type",
            },
        )
        assert preflight.status_code == 200
        assert "DPoP" in preflight.headers["access-control-allow-headers"]
        refused = await client.post("/v1/councils", json=NEW_COUNCIL, headers={"Origin": website})
        exposed = {h.strip().lower() for h in refused.headers["access-control-expose-headers"].split(",")}
        assert {"www-authenticate", "dpop-nonce"} <= exposed


@pytest.mark.postgres_only
async def test_a_proof_replayed_to_two_workers_at_once_is_accepted_by_exactly_one(
    settings: Settings, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    """Two instances of the service, each with its own engine and connections (as two workers or two
    hosts have), receive the same proof at the same moment: the replay cache's primary key lets one
    of them spend it, and the other refuses."""
    if clean_database.dialect != "postgresql":
        pytest.skip(
            "needs PostgreSQL (LIS_TEST_DATABASE_URL): SQLite serialises every writer of its one file, "
            "so two engines on it never race for the same row"
        )
    second_engine = Database(settings)
    try:
        instances = [create_app(settings, clean_database), create_app(settings, second_engine)]
        clients = [
            httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url=BASE)
            for application in instances
        ]
        headers = proof_key.headers(bound, "POST", COUNCILS)
        bodies = [NEW_COUNCIL | {"specialty": s} for s in ("urologi", "nevrologi", "revmatologi", "geriatri")]
        answers = await asyncio.gather(
            *(clients[i % 2].post(COUNCILS, json=body, headers=headers) for i, body in enumerate(bodies * 2))
        )
        statuses = sorted(answer.status_code for answer in answers)
        assert statuses == [201] + [401] * 7, [a.text for a in answers]
        assert all(challenge_error(a) == "invalid_dpop_proof" for a in answers if a.status_code == 401)
        assert await council_count(clients[0]) == 1
        assert await spent_proofs(clean_database) == 1
        for client in clients:
            await client.aclose()
    finally:
        await second_engine.dispose()


async def test_a_nonce_one_instance_gave_is_accepted_by_another(
    settings: Settings, clean_database: Database, bound: str, proof_key: ProofKey
) -> None:
    """Every worker and instance configured with the same secret accepts the same nonces: a client
    behind a load balancer may be challenged by one and answered by another."""
    changes = {"dpop_nonces": True, "dpop_nonce_secret": _secret(), "dpop_nonce_seconds": 60}
    first, second = (create_app(settings.model_copy(update=changes), clean_database) for _ in range(2))
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=first), base_url=BASE) as one,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=second), base_url=BASE) as other,
    ):
        asked = await one.post(COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS))
        assert challenge_error(asked) == "use_dpop_nonce"
        nonce = {"nonce": asked.headers["dpop-nonce"]}
        answered = await other.post(
            COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(bound, "POST", COUNCILS, claims=nonce)
        )
        assert answered.status_code == 201, answered.text


async def test_a_proof_that_cannot_be_spent_for_want_of_a_database_is_503_with_retry_after(
    settings: Settings, tokens: Tokens, proof_key: ProofKey
) -> None:
    """The replay cache is in the database: without it no proof can be known to be fresh, so the
    request is turned away as unavailable, never let through and never a 500."""
    unreachable = settings.model_copy(
        update={
            "database_url": "sqlite+aiosqlite:////nonexistent-directory/registry.db"
            if settings.is_sqlite
            else settings.database_url.replace("@127.0.0.1:5432", "@127.0.0.1:1")
        }
    )
    database = Database(unreachable)
    try:
        application = create_app(unreachable, database)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url=BASE) as client:
            token = tokens.bound(proof_key, "admin")
            response = await client.post(
                COUNCILS, json=NEW_COUNCIL, headers=proof_key.headers(token, "POST", COUNCILS)
            )
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) >= 1
    finally:
        await database.dispose()


@pytest.mark.parametrize("where", ["proof", "token"])
async def test_a_header_naming_an_algorithm_in_any_script_is_refused_not_a_500(
    client: httpx.AsyncClient, clean_database: Database, bound: str, proof_key: ProofKey, where: str
) -> None:
    """The refusal quotes the `alg` a client sent, in a header that must stay Latin-1 (and one line)."""
    forged_alg = "€S256\r\nX-Injected: yes"
    if where == "proof":
        proof = handmade(
            {"typ": "dpop+jwt", "alg": forged_alg, "jwk": proof_key.jwk}, proof_claims(bound), lambda _: b"x"
        )
        headers = {"Authorization": f"DPoP {bound}", "DPoP": proof}
    else:
        token = handmade(
            {"typ": "at+jwt", "alg": forged_alg, "kid": "test-key-1"}, {"scope": "x"}, lambda _: b"x"
        )
        headers = {"Authorization": f"Bearer {token}"}
    response = await client.post(COUNCILS, json=NEW_COUNCIL, headers=headers)
    assert response.status_code == 401
    assert "x-injected" not in response.headers
    assert "\\x20ac" in response.headers["www-authenticate"]
    assert await council_count(client) == 0
