"""The issuer as HelseID runs it, served over HTTP on loopback: the service is told only the issuer,
finds the JWKS through its OpenID Provider metadata, follows a key rotation at once without a restart,
and does not let a flood of unknown `kid`s make it hammer the issuer."""

import base64
import json
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from jwt.algorithms import RSAAlgorithm

from app.edge.auth import REFETCHES_IN_A_ROW
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from tests.tokens import ProofKey, Tokens, new_key

COUNCILS = "http://registry.test/v1/councils"


class Issuer:
    """Discovery metadata and a JWKS whose keys the test rotates; counts what it is asked."""

    def __init__(self) -> None:
        self.url = ""
        self.keys: dict[str, Any] = {}
        self.requests: list[str] = []
        self.down = False

    def answer(self, path: str) -> tuple[int, bytes]:
        self.requests.append(path)
        if self.down:
            return 503, b"{}"
        if path == "/.well-known/openid-configuration":
            metadata = {"issuer": self.url, "jwks_uri": f"{self.url}/.well-known/openid-configuration/jwks"}
            return 200, json.dumps(metadata).encode()
        if path == "/.well-known/openid-configuration/jwks":
            keys = [
                RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
                | {"kid": kid, "use": "sig", "alg": "RS256"}
                for kid, key in self.keys.items()
            ]
            return 200, json.dumps({"keys": keys}).encode()
        return 404, b"{}"

    @property
    def key_set_fetches(self) -> int:
        return self.requests.count("/.well-known/openid-configuration/jwks")


@pytest.fixture
def issuer() -> Iterator[Issuer]:
    state = Issuer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = state.answer(self.path)
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()


@pytest.fixture
async def client(
    settings: Settings, clean_database: Database, issuer: Issuer
) -> AsyncIterator[httpx.AsyncClient]:
    """The service told only who the issuer is: no JWKS URL or file, no development key."""
    told = settings.model_copy(
        update={"auth_jwks_file": None, "auth_jwks_url": None, "auth_issuer": issuer.url}
    )
    application = create_app(told, clean_database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
    ) as client:
        yield client


def tokens_of(issuer: Issuer, settings: Settings, key: Any, kid: str) -> Tokens:
    class IssuerTokens(Tokens):
        def issue(self, *scopes: str, **options: Any) -> str:
            options["claims"] = {"iss": issuer.url} | options.get("claims", {})
            options["headers"] = {"kid": kid} | options.get("headers", {})
            return super().issue(*scopes, **options)

    return IssuerTokens(settings, key)


def naming_kid(token: str, kid: str) -> str:
    """The token with another `kid` in its header: an unknown key is refused before any signature is
    checked, so a thousand of them need no thousand signatures."""
    header = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "at+jwt", "kid": kid}).encode())
    return header.rstrip(b"=").decode() + token[token.index(".") :]


async def test_a_key_rotated_at_the_issuer_is_used_at_once_without_a_restart(
    client: httpx.AsyncClient, issuer: Issuer, settings: Settings
) -> None:
    old, new = new_key(), new_key()
    issuer.keys = {"2026-old": old}
    body = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}
    before = tokens_of(issuer, settings, old, "2026-old").admin()
    assert (await client.post(COUNCILS, json=body, headers=before)).status_code == 201
    assert issuer.requests[0] == "/.well-known/openid-configuration"
    issuer.keys = {"2026-old": old, "2026-new": new}  # the issuer publishes its next key and signs with it
    proof_key = ProofKey()
    token = tokens_of(issuer, settings, new, "2026-new").bound(proof_key, "admin")
    other = body | {"specialty": "nevrologi"}
    response = await client.post(COUNCILS, json=other, headers=proof_key.headers(token, "POST", COUNCILS))
    assert response.status_code == 201, response.text
    assert issuer.key_set_fetches == 2


async def test_a_thousand_unknown_kids_cause_only_a_handful_of_fetches(
    client: httpx.AsyncClient, issuer: Issuer, settings: Settings
) -> None:
    key = new_key()
    issuer.keys = {"current": key}
    token = tokens_of(issuer, settings, key, "current").issue("read")
    assert (await client.get("/v1/regions", headers={"Authorization": f"Bearer {token}"})).status_code == 200
    for attempt in range(1000):
        forged = {"Authorization": f"Bearer {naming_kid(token, f'forged-{attempt}')}"}
        response = await client.get("/v1/regions", headers=forged)
        assert response.status_code == 401
        assert "unknown key" in response.json()["detail"]
    assert issuer.key_set_fetches <= 1 + REFETCHES_IN_A_ROW


async def test_the_issuer_unreachable_with_no_key_cached_is_503_with_retry_after(
    client: httpx.AsyncClient, issuer: Issuer, settings: Settings
) -> None:
    issuer.down = True
    token = tokens_of(issuer, settings, new_key(), "current").admin()
    for _ in range(5):
        response = await client.post(
            COUNCILS, json={"kind": "interregional", "specialty": "nevrologi"}, headers=token
        )
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) >= 1
    assert len(issuer.requests) == 1  # asked once; then told to wait, not asked again for every request


async def test_metadata_of_another_issuer_is_not_used(
    client: httpx.AsyncClient, issuer: Issuer, settings: Settings
) -> None:
    """OpenID Connect Discovery §4.3: the metadata's `issuer` must be the one configured."""
    key = new_key()
    issuer.keys = {"current": key}
    issuer_answer = issuer.answer

    def impostor(path: str) -> tuple[int, bytes]:
        status, body = issuer_answer(path)
        if path.endswith("openid-configuration"):
            body = json.dumps(json.loads(body) | {"issuer": "https://impostor.example"}).encode()
        return status, body

    issuer.answer = impostor  # type: ignore[method-assign]
    honest = tokens_of(issuer, settings, key, "current").admin()
    response = await client.post(
        COUNCILS, json={"kind": "interregional", "specialty": "nevrologi"}, headers=honest
    )
    assert response.status_code == 503
    assert issuer.key_set_fetches == 0
