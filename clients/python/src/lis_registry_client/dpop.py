"""DPoP (RFC 9449) for httpx: every request carries `Authorization: DPoP <token>` and a fresh proof
signed with the key the token is bound to; a server's nonce is picked up and used, and a request the
server refused for want of one (`use_dpop_nonce`) is sent once more with it."""

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Callable, Generator
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class DPoPKey:
    """A client's proof-of-possession key (P-256, ES256). HelseID binds the token it issues to this
    key's thumbprint when the token request carries a proof signed with it."""

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        self.private_key = private_key
        self.jwk: dict[str, Any] = ECAlgorithm.to_jwk(private_key.public_key(), as_dict=True)

    @classmethod
    def generate(cls) -> "DPoPKey":
        return cls(ec.generate_private_key(ec.SECP256R1()))

    @classmethod
    def from_pem(cls, pem: bytes) -> "DPoPKey":
        key = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("a DPoP key must be an EC (P-256) private key")
        return cls(key)

    @property
    def thumbprint(self) -> str:
        """RFC 7638: what a bound token names in `cnf.jkt`."""
        members = {name: self.jwk[name] for name in ("crv", "kty", "x", "y")}
        canonical = json.dumps(members, separators=(",", ":"), sort_keys=True).encode()
        return _b64url(hashlib.sha256(canonical).digest())

    def proof(self, method: str, url: str, token: str | None = None, nonce: str | None = None) -> str:
        """A proof for one request: `url` without query and fragment; `token` when the request presents
        one (not for the token request itself)."""
        claims: dict[str, Any] = {
            "jti": str(uuid.uuid4()),
            "htm": method.upper(),
            "htu": str(httpx.URL(url).copy_with(query=None, fragment=None)),
            "iat": int(time.time()),
        }
        if token is not None:
            claims["ath"] = _b64url(hashlib.sha256(token.encode("ascii")).digest())
        if nonce is not None:
            claims["nonce"] = nonce
        return jwt.encode(
            claims, self.private_key, algorithm="ES256", headers={"typ": "dpop+jwt", "jwk": self.jwk}
        )


class DPoPAuth(httpx.Auth):
    """`httpx.Client(auth=DPoPAuth(token, key))`. `token` may be a callable, asked before each request,
    so a client can renew it as it expires."""

    requires_request_body = True  # a request refused for want of a nonce is sent again, body and all

    def __init__(self, token: str | Callable[[], str], key: DPoPKey) -> None:
        self.token = token
        self.key = key
        self.nonce: str | None = None

    def _sign(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"DPoP {token}"
        request.headers["DPoP"] = self.key.proof(request.method, str(request.url), token, self.nonce)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.token() if callable(self.token) else self.token
        self._sign(request, token)
        response = yield request
        nonce = response.headers.get("DPoP-Nonce")
        if nonce is None:
            return
        self.nonce = nonce
        if response.status_code == 401 and 'error="use_dpop_nonce"' in response.headers.get(
            "WWW-Authenticate", ""
        ):
            self._sign(request, token)
            yield request
