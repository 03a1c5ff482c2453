"""Signing keys fetched from the issuer's JWKS URL, served by a real HTTP server on loopback: cached,
and fetched again when a token names a key the cache does not hold (key rotation)."""

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from jwt.algorithms import RSAAlgorithm

from app.edge.auth import REFETCHES_IN_A_ROW, InvalidToken, TokenVerifier
from app.settings import Settings
from tests.tokens import AUDIENCE, ISSUER, Tokens, new_key


class Issuer:
    """A JWKS endpoint whose keys the test rotates, counting how often it is asked."""

    def __init__(self) -> None:
        self.keys: dict[str, object] = {}
        self.fetches = 0

    def publish(self, kid: str, key: object) -> None:
        self.keys[kid] = key

    def document(self) -> bytes:
        self.fetches += 1
        keys = [
            RSAAlgorithm.to_jwk(key.public_key(), as_dict=True) | {"kid": kid, "use": "sig", "alg": "RS256"}  # type: ignore[attr-defined]
            for kid, key in self.keys.items()
        ]
        return json.dumps({"keys": keys}).encode()


@pytest.fixture
def issuer() -> Iterator[tuple[Issuer, str]]:
    state = Issuer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = state.document()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"
    server.shutdown()


def verifier_for(url: str) -> TokenVerifier:
    settings = Settings(auth_jwks_url=url, auth_issuer=ISSUER, auth_audience=AUDIENCE, _env_file=None)  # type: ignore[call-arg]
    return TokenVerifier(settings)


async def test_keys_are_fetched_once_then_served_from_the_cache(issuer: tuple[Issuer, str]) -> None:
    state, url = issuer
    key = new_key()
    state.publish("test-key-1", key)
    verifier = verifier_for(url)
    tokens = Tokens(verifier.settings, key)
    for _ in range(3):
        assert verifier.scopes(await verifier.claims(tokens.issue("admin"))) == {"admin"}
    assert state.fetches == 1


async def test_a_rotated_key_is_fetched_when_a_token_names_it(issuer: tuple[Issuer, str]) -> None:
    state, url = issuer
    old, new = new_key(), new_key()
    state.publish("test-key-1", old)
    verifier = verifier_for(url)
    await verifier.claims(Tokens(verifier.settings, old).issue("read"))
    state.publish("rotated", new)
    verifier.keys._fetched_at -= 60  # past the cool-down that protects the issuer from floods
    token = Tokens(verifier.settings, new).issue("read", headers={"kid": "rotated"})
    assert verifier.scopes(await verifier.claims(token)) == {"read"}
    assert state.fetches == 2


async def test_unknown_keys_do_not_make_the_service_hammer_the_issuer(issuer: tuple[Issuer, str]) -> None:
    state, url = issuer
    key = new_key()
    state.publish("test-key-1", key)
    verifier = verifier_for(url)
    tokens = Tokens(verifier.settings, key)
    await verifier.claims(tokens.issue("read"))
    forged = tokens.issue("read")
    for attempt in range(1000):
        with pytest.raises(InvalidToken, match="unknown key"):
            await verifier.claims(forged.replace(forged.split(".")[0], _header_naming(f"forged-{attempt}")))
    # The first load, then the few refetches an unknown key may cause in a row (a rotation works at
    # once), then none until the cool-down has passed.
    assert state.fetches == 1 + REFETCHES_IN_A_ROW


def _header_naming(kid: str) -> str:
    """A token header naming `kid`: a thousand signatures would take the test a second for nothing,
    since an unknown key is refused before any signature is checked."""
    document = json.dumps({"alg": "RS256", "typ": "at+jwt", "kid": kid}).encode()
    return base64.urlsafe_b64encode(document).rstrip(b"=").decode()
