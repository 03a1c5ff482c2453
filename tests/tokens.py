"""Real signed tokens for tests, shaped as HelseID client-credentials access tokens."""

import json
import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

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

    def bearer(self, *scopes: str, **options: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.issue(*scopes, **options)}"}

    def admin(self) -> dict[str, str]:
        return self.bearer("admin", subject="national-admin")

    def regut(self, region: str) -> dict[str, str]:
        return self.bearer("regut", org=REGUT_HOST_ORG[region], subject=f"regut-{region}")

    def trust(self, code: str) -> dict[str, str]:
        return self.bearer("appointments", org=TRUST_ORG[code], subject=f"hr-{code}")
