"""DPoP proofs (OAuth 2.0 Demonstrating Proof of Possession, RFC 9449): what a sender-constrained
token's bearer signs for each request, checked here without state. Whether a proof was seen before is
the replay cache's question (app/storage/proofs.py); which token it must match, the verifier's
(app/edge/auth.py)."""

import base64
import hashlib
import hmac
import json
import re
import struct
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import jwt

PROOF_TYPE = "dpop+jwt"
PRIVATE_MEMBERS = frozenset({"d", "p", "q", "dp", "dq", "qi", "oth", "k"})
"""JWK members that hold private or symmetric key material (RFC 7517/7518): never in a proof."""
THUMBPRINT_MEMBERS = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y"), "OKP": ("crv", "kty", "x")}
"""The required members each key type's RFC 7638 thumbprint is computed over, in lexical order."""
DEFAULT_PORTS = {"http": 80, "https": 443}
UNRESERVED = "-._~"
PERCENT_ENCODED = re.compile(r"%([0-9A-Fa-f]{2})")
MAX_PROOF_LENGTH = 8192
"""A proof with a 4096-bit RSA key is under 2 KB; anything longer is not one."""
KEYS_KEPT = 1024
"""Proof keys kept parsed, by thumbprint and algorithm: a client signs every proof with the same key,
and making a key object from its JWK costs as much as checking a signature."""

_keys: OrderedDict[tuple[str, str], Any] = OrderedDict()


def _public_key(jwk: dict[str, Any], key_thumbprint: str, algorithm: str) -> Any:
    """The key the JWK describes. The thumbprint covers every member that makes the key (RFC 7638),
    so a key kept under it is the same key whatever else the JWK carries."""
    kept = _keys.get((key_thumbprint, algorithm))
    if kept is None:
        kept = jwt.PyJWK(jwk, algorithm=algorithm).key
        _keys[(key_thumbprint, algorithm)] = kept
        if len(_keys) > KEYS_KEPT:
            _keys.popitem(last=False)
    return kept


class InvalidProof(Exception):
    """Why a DPoP proof was refused (`invalid_dpop_proof`); safe to show to the caller."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def thumbprint(jwk: dict[str, Any]) -> str:
    """The RFC 7638 SHA-256 thumbprint of a public JWK: what a bound token names in `cnf.jkt`."""
    members = THUMBPRINT_MEMBERS.get(str(jwk.get("kty")))
    if members is None or not all(isinstance(jwk.get(m), str) for m in members):
        raise InvalidProof("the proof's jwk is not a complete RSA, EC or OKP public key")
    canonical = json.dumps({m: jwk[m] for m in members}, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode("utf-8")).digest())


def access_token_hash(token: str) -> str:
    """`ath`: the base64url SHA-256 of the access token's ASCII text."""
    return b64url(hashlib.sha256(token.encode("ascii", errors="replace")).digest())


def _normalised_octet(match: re.Match[str]) -> str:
    character = chr(int(match.group(1), 16))
    if character.isascii() and (character.isalnum() or character in UNRESERVED):
        return character
    return "%" + match.group(1).upper()


def _normalised_path(path: str) -> str:
    """Percent-encoding normalised (RFC 3986 §6.2.2.2: unreserved characters decoded, other octets in
    upper case), dot segments removed (§5.2.4); an empty path is `/` (§6.2.3)."""
    resolved: list[str] = []
    segments = PERCENT_ENCODED.sub(_normalised_octet, path).split("/")[1:] or [""]
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return "/" + "/".join(resolved)


def normalised_uri(uri: str) -> str:
    """`uri` after syntax- and scheme-based normalisation (RFC 3986 §6.2.2, §6.2.3), as RFC 9449 §4.3
    point 9 compares `htu`: scheme and host in lower case, the scheme's default port dropped,
    percent-encoding and dot segments normalised. Query and fragment are kept, so that an `htu` that
    carries one differs from the request's URI, which never does."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username is not None or parts.password is not None:
        netloc = "@" + netloc  # user information is never part of a request's URI: never equal
    return urlunsplit((scheme, netloc, _normalised_path(parts.path), parts.query, parts.fragment))


@dataclass(frozen=True)
class Proof:
    """A proof whose signature and binding to this request were checked."""

    key_thumbprint: str
    jti: str
    issued_at: float
    nonce: str | None


def _numeric(claims: dict[str, Any], name: str) -> float:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidProof(f"the proof's {name} must be a number of seconds (RFC 7519 NumericDate)")
    return float(value)


def verify_proof(
    proof: str,
    *,
    method: str,
    uri: str,
    access_token: str,
    now: float,
    algorithms: list[str],
    max_age_seconds: int,
    leeway_seconds: int,
) -> Proof:
    """The checks of RFC 9449 §4.3 that need no state, in its order; InvalidProof naming the first
    that fails. `uri` is the request's URI without query, as its caller addressed the service."""
    if len(proof) > MAX_PROOF_LENGTH:
        raise InvalidProof("the DPoP proof is too long to be one")
    try:
        header = jwt.get_unverified_header(proof)
    except jwt.PyJWTError:
        raise InvalidProof("the DPoP proof is not a JWT") from None
    if header.get("typ") != PROOF_TYPE:
        raise InvalidProof(f"the DPoP proof's typ must be {PROOF_TYPE}")
    algorithm = header.get("alg")
    if algorithm not in algorithms:
        raise InvalidProof(f"the DPoP proof's algorithm {algorithm!r} is not one of {' '.join(algorithms)}")
    jwk = header.get("jwk")
    if not isinstance(jwk, dict):
        raise InvalidProof("the DPoP proof's header has no jwk")
    if PRIVATE_MEMBERS & jwk.keys():
        raise InvalidProof("the DPoP proof's jwk holds private key material")
    key_thumbprint = thumbprint(jwk)
    try:
        claims: dict[str, Any] = jwt.decode(
            proof,
            _public_key(jwk, key_thumbprint, algorithm),
            algorithms=[algorithm],
            options={
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "verify_aud": False,
                "verify_iss": False,
            },
        )
    except (jwt.PyJWTError, ValueError, TypeError, KeyError):
        raise InvalidProof("the DPoP proof's signature does not verify with its jwk") from None
    jti = claims.get("jti")
    if not isinstance(jti, str) or not 1 <= len(jti) <= 256:
        raise InvalidProof("the DPoP proof has no jti of 1 to 256 characters")
    if claims.get("htm") != method:
        raise InvalidProof(f"the DPoP proof is for another method (htm is not {method})")
    htu = claims.get("htu")
    try:
        same_uri = isinstance(htu, str) and normalised_uri(htu) == normalised_uri(uri)
    except ValueError:
        same_uri = False
    if not same_uri:
        raise InvalidProof(f"the DPoP proof is for another URI (htu is not {uri})")
    issued_at = _numeric(claims, "iat")
    if issued_at < now - max_age_seconds:
        raise InvalidProof(f"the DPoP proof was issued more than {max_age_seconds} seconds ago (iat)")
    if issued_at > now + leeway_seconds:
        raise InvalidProof("the DPoP proof is issued in the future (iat)")
    if claims.get("ath") != access_token_hash(access_token):
        raise InvalidProof("the DPoP proof is for another access token (ath)")
    nonce = claims.get("nonce")
    return Proof(key_thumbprint, jti, issued_at, nonce if isinstance(nonce, str) else None)


class Nonces:
    """Server-provided nonces (RFC 9449 §8) that need no shared state: a nonce is a time window's
    number and an HMAC of it under a secret every worker and instance is configured with. Each worker
    makes the same nonce for the same window and accepts the current window's and the previous one's,
    so a nonce lives between one and two windows whichever worker a client's next request reaches; a
    table of issued nonces would cost a write per challenge and a read per request."""

    def __init__(self, secret: bytes, window_seconds: int) -> None:
        self.secret = secret
        self.window_seconds = window_seconds

    def _for_window(self, window: int) -> str:
        number = struct.pack(">Q", window)
        return b64url(number + hmac.new(self.secret, number, hashlib.sha256).digest()[:16])

    def current(self, now: float) -> str:
        return self._for_window(int(now // self.window_seconds))

    def accepts(self, nonce: str | None, now: float) -> bool:
        if nonce is None:
            return False
        window = int(now // self.window_seconds)
        return any(hmac.compare_digest(nonce, self._for_window(w)) for w in (window, window - 1))
