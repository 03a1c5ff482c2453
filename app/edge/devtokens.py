"""Development tokens: a local key that signs tokens shaped like HelseID's, for trying the API.

Enabled only by `LIS_DEV_TOKENS=true`, which production settings refuse. The service verifies these
tokens through the same code path as real ones; it merely adds this key's public half to its key set.
"""

import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from app.settings import Settings


def load_or_create_key(path: Path) -> rsa.RSAPrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError(f"{path} does not hold an RSA private key")
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path.touch(mode=0o600)
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return key


def public_jwk(key: rsa.RSAPrivateKey, kid: str = "lis-dev") -> dict[str, Any]:
    jwk: dict[str, Any] = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
    return jwk | {"kid": kid, "alg": "RS256", "use": "sig"}


def mint(
    settings: Settings,
    *,
    scopes: list[str],
    org_number: str | None,
    subject: str = "lis-dev-client",
    ttl_seconds: int = 3600,
) -> str:
    if not settings.dev_tokens:
        raise RuntimeError("development tokens are off: set LIS_DEV_TOKENS=true (never in production)")
    key = load_or_create_key(settings.dev_key_file)
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": settings.auth_issuer,
        "aud": settings.auth_audience,
        "sub": subject,
        "client_id": subject,
        "iat": now,
        "nbf": now,
        "exp": now + ttl_seconds,
        "jti": str(uuid.uuid4()),
        settings.auth_scope_claim: " ".join(settings.auth_scope_prefix + s for s in scopes),
    }
    if org_number:
        claims[settings.auth_org_number_claim] = org_number
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "lis-dev", "typ": "at+jwt"})
