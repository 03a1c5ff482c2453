"""Development tokens: a local key that signs tokens shaped like HelseID's, for trying the API.

Enabled only by `LIS_DEV_TOKENS=true`, which production settings refuse. The service verifies these
tokens through the same code path as real ones; it merely adds this key's public half to its key set.
A token may be bound to a client's DPoP key (`cnf.jkt`), as HelseID binds them, and `sign_proof` signs
the per-request proof such a token is sent with, as a HelseID client does (RFC 9449 §4).
"""

import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from app.edge.dpop import access_token_hash, thumbprint
from app.settings import Settings


def _write_private(path: Path, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> None:
    path.touch(mode=0o600)
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def load_or_create_key(path: Path) -> rsa.RSAPrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError(f"{path} does not hold an RSA private key")
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    _write_private(path, key)
    return key


def load_or_create_proof_key(path: Path) -> ec.EllipticCurvePrivateKey:
    """A client's DPoP key (P-256, for ES256): read from `path`, or made there, fresh, if absent."""
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
            raise ValueError(f"{path} does not hold a P-256 private key")
        return key
    key = ec.generate_private_key(ec.SECP256R1())
    _write_private(path, key)
    return key


def proof_jwk(key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    """The public half of a DPoP key, as a proof's header carries it."""
    jwk: dict[str, Any] = ECAlgorithm.to_jwk(key.public_key(), as_dict=True)
    return jwk


def sign_proof(
    key: ec.EllipticCurvePrivateKey, *, method: str, url: str, token: str, nonce: str | None = None
) -> str:
    """A DPoP proof for one request: `url` without query and fragment, the token it presents."""
    claims: dict[str, Any] = {
        "jti": str(uuid.uuid4()),
        "htm": method.upper(),
        "htu": url.split("?", 1)[0].split("#", 1)[0],
        "iat": int(time.time()),
        "ath": access_token_hash(token),
    }
    if nonce is not None:
        claims["nonce"] = nonce
    return jwt.encode(claims, key, algorithm="ES256", headers={"typ": "dpop+jwt", "jwk": proof_jwk(key)})


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
    proof_key: ec.EllipticCurvePrivateKey | None = None,
) -> str:
    """A development token; bound to `proof_key` (`cnf.jkt`) when given, so that it is accepted only
    as `Authorization: DPoP` with a proof that key signed."""
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
    if proof_key is not None:
        claims["cnf"] = {"jkt": thumbprint(proof_jwk(proof_key))}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "lis-dev", "typ": "at+jwt"})
