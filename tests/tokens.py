"""Real signed tokens for tests, shaped as HelseID client-credentials access tokens."""

import base64
import hashlib
import json
import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from app.settings import Settings

ISSUER = "https://helseid-sts.test"
AUDIENCE = "lis:council-registry"
KID = "test-key-1"

REGUT_HOST_ORG = {
    "helse-nord": "983974899",
    "helse-midt-norge": "883974832",
    "helse-vest": "983974724",
    "helse-sor-ost": "993467049",
}
TRUST_ORG = {
    "unn": "983974899",
    "nordlandssykehuset": "983974910",
    "ahus": "983971636",
    "helgelandssykehuset": "983974929",
    "finnmarkssykehuset": "983974880",
}


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def write_jwks(path: Path, key: rsa.RSAPrivateKey, kid: str = KID) -> Path:
    jwk = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True) | {"kid": kid, "use": "sig", "alg": "RS256"}
    path.write_text(json.dumps({"keys": [jwk]}), encoding="utf-8")
    return path


class Tokens:
    def __init__(self, settings: Settings, key: rsa.RSAPrivateKey) -> None:
        self.settings = settings
        self.key = key

    def issue(
        self,
        *scopes: str,
        org: str | None = None,
        subject: str = "test-client",
        expires_in: int = 300,
        claims: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        key: Any = None,
        algorithm: str = "RS256",
    ) -> str:
        now = int(time.time())
        body: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject,
            "client_id": subject,
            "iat": now,
            "exp": now + expires_in,
            "jti": str(uuid.uuid4()),
            "scope": " ".join(f"{self.settings.auth_scope_prefix}{s}" for s in scopes),
        }
        if org is not None:
            body[self.settings.auth_org_number_claim] = org
        body |= claims or {}
        return jwt.encode(
            body,
            key if key is not None else self.key,
            algorithm=algorithm,
            headers={"kid": KID, "typ": "at+jwt"} | (headers or {}),
        )

    def bound(self, proof_key: "ProofKey", *scopes: str, **options: Any) -> str:
        """A DPoP-bound token (`cnf.jkt`, RFC 9449 §6.1): only proofs signed with `proof_key` present it."""
        claims = {"cnf": {"jkt": proof_key.thumbprint}} | options.pop("claims", {})
        return self.issue(*scopes, claims=claims, **options)

    def bearer(self, *scopes: str, **options: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.issue(*scopes, **options)}"}

    def admin(self) -> dict[str, str]:
        return self.bearer("admin", subject="national-admin")

    def regut(self, region: str) -> dict[str, str]:
        return self.bearer("regut", org=REGUT_HOST_ORG[region], subject=f"regut-{region}")

    def trust(self, code: str) -> dict[str, str]:
        return self.bearer("appointments", org=TRUST_ORG[code], subject=f"hr-{code}")


def rfc7638_thumbprint(jwk: dict[str, Any]) -> str:
    """Written out here from RFC 7638 §3, apart from the service's, so that each checks the other."""
    required = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y")}[jwk["kty"]]
    canonical = json.dumps({name: jwk[name] for name in required}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).rstrip(b"=").decode()


class ProofKey:
    """A client's DPoP key pair: signs a proof for each request (RFC 9449 §4.2)."""

    def __init__(self, algorithm: str = "ES256") -> None:
        self.algorithm = algorithm
        self.private: Any = ec.generate_private_key(ec.SECP256R1()) if algorithm == "ES256" else new_key()
        algorithms: Any = ECAlgorithm if algorithm == "ES256" else RSAAlgorithm
        self.jwk: dict[str, Any] = algorithms.to_jwk(self.private.public_key(), as_dict=True)
        self.thumbprint = rfc7638_thumbprint(self.jwk)

    def proof(
        self,
        method: str,
        url: str,
        token: str | None = None,
        *,
        claims: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
    ) -> str:
        body: dict[str, Any] = {"jti": str(uuid.uuid4()), "htm": method, "htu": url, "iat": int(time.time())}
        if token is not None:
            body["ath"] = (
                base64.urlsafe_b64encode(hashlib.sha256(token.encode()).digest()).rstrip(b"=").decode()
            )
        return jwt.encode(
            body | (claims or {}),
            self.private,
            algorithm=self.algorithm,
            headers={"typ": "dpop+jwt", "jwk": self.jwk} | (headers or {}),
        )

    def headers(self, token: str, method: str, url: str, **options: Any) -> dict[str, str]:
        return {"Authorization": f"DPoP {token}", "DPoP": self.proof(method, url, token, **options)}
