"""Access tokens → principal: `Bearer`, or `DPoP` with a proof of the key the token is bound to
(RFC 9449). Tokens are verified, never trusted, and never logged."""

import asyncio
import json
import logging
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
import jwt
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.contract.common import ProblemDetail
from app.domain.authority import ANONYMOUS, Principal, Scope
from app.domain.rules import Rule
from app.edge.devtokens import load_or_create_key, public_jwk
from app.edge.dpop import InvalidProof, Nonces, verify_proof
from app.edge.errors import ProblemError, Protocol
from app.settings import Settings
from app.storage.database import Database
from app.storage.proofs import ReplayCache
from app.storage.repository import Repository
from app.storage.tables import HealthTrust
from app.text import unstorable_text

log = logging.getLogger(__name__)

REALM = 'realm="lis-registry"'
ACCESS_TOKEN_TYPES = {"at+jwt", "application/at+jwt", "jwt"}
REFETCHES_IN_A_ROW = 3
"""Fetches of the key set an unknown `kid` may cause at once, before one per `auth_jwks_refetch_seconds`."""
DISCOVERY_PATH = "/.well-known/openid-configuration"
NUMERIC_DATES = ("exp", "nbf", "iat")
ORG_NUMBER = re.compile(r"^\d{9}$")
VERIFIED_TOKENS_KEPT = 1024
MAX_SUBJECT_LENGTH = 200
"""The audit log's column for the caller (`audit_entry.principal_subject`)."""


class InvalidToken(Exception):
    """Why a token was refused; safe to show to its bearer (it never contains the token)."""


def challenge(
    settings: Settings, *, scheme: str | None = None, error: str | None = None, reason: str | None = None
) -> str:
    """`WWW-Authenticate` (RFC 6750 §3, RFC 9449 §7.1): a challenge for each scheme the service
    accepts, the `error` in the one the refused request used."""

    def one(name: str, parameters: str) -> str:
        if error is None or scheme != name.lower():
            return f"{name} {parameters}"
        # Printable ASCII in a quoted-string: a reason may quote what a client sent (an `alg`, a URL).
        printable = "".join(c if " " <= c <= "~" else f"\\x{ord(c):02x}" for c in reason or "")
        description = printable.replace("\\", "\\\\").replace('"', '\\"')
        return f'{name} {parameters}, error="{error}", error_description="{description}"'

    dpop = one("DPoP", f'{REALM}, algs="{" ".join(settings.dpop_algorithms)}"')
    return dpop if settings.dpop_is_required else f"{one('Bearer', REALM)}, {dpop}"


def unauthenticated(
    settings: Settings,
    reason: str | None = None,
    *,
    scheme: str = "bearer",
    error: str = "invalid_token",
    nonce: str | None = None,
) -> ProblemError:
    """401 with the challenge; without a `reason`, the request simply had no token."""
    refused = {} if reason is None else {"scheme": scheme, "error": error, "reason": reason}
    headers = {"WWW-Authenticate": challenge(settings, **refused)}
    if nonce is not None:
        headers["DPoP-Nonce"] = nonce
    needed = "a DPoP-bound token" if settings.dpop_is_required else "a token (DPoP or Bearer)"
    return ProblemError(
        401, Protocol.UNAUTHENTICATED, reason or f"this operation needs {needed}", headers=headers
    )


class KeySet:
    """The issuer's signing keys: from a JWKS URL (cached, refetched on an unknown `kid`) or file,
    plus the development key when development tokens are on."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")
        self._refetches = float(REFETCHES_IN_A_ROW)
        """What is left of the budget of fetches unknown `kid`s may cause, refilled one per
        `auth_jwks_refetch_seconds` (a token bucket)."""
        self._refilled_at = time.monotonic()
        self._lock = asyncio.Lock()
        self.fetches = 0

    @property
    def discovers(self) -> bool:
        """Whether the keys are found through the issuer's metadata: nothing else names them."""
        settings = self.settings
        return not (settings.auth_jwks_url or settings.auth_jwks_file or settings.dev_tokens)

    async def key(self, kid: str | None) -> jwt.PyJWK:
        if self._stale() or (kid is not None and kid not in self._keys):
            await self._refresh(unknown=kid if kid is not None and kid not in self._keys else None)
        if kid is None:
            if len(self._keys) == 1:
                return next(iter(self._keys.values()))
            raise InvalidToken("the token names no signing key (kid)")
        try:
            return self._keys[kid]
        except KeyError:
            raise InvalidToken("the token is signed with an unknown key") from None

    def _stale(self) -> bool:
        return time.monotonic() - self._fetched_at > self.settings.auth_jwks_cache_seconds

    async def _refresh(self, *, unknown: str | None) -> None:
        async with self._lock:
            now = time.monotonic()
            since = now - self._fetched_at
            cooldown = self.settings.auth_jwks_refetch_seconds
            if unknown is not None and unknown in self._keys:
                return  # fetched by another request while this one waited
            if not self._keys:
                if since < cooldown:  # the issuer failed a moment ago: not again for every request
                    raise self._unavailable(cooldown - since)
            elif unknown is not None:
                refill = (now - self._refilled_at) / cooldown
                self._refetches, self._refilled_at = min(REFETCHES_IN_A_ROW, self._refetches + refill), now
                if self._refetches < 1:
                    return
                self._refetches -= 1
            elif not self._stale() or since < cooldown:
                return
            try:
                self._keys = self._parse(await self._load())
            except (httpx.HTTPError, ValueError, KeyError, TypeError) as error:
                log.error("cannot fetch the token issuer's signing keys: %s", error)
                self._fetched_at = time.monotonic()
                if not self._keys:
                    raise self._unavailable(cooldown) from None
                # Keep verifying with the keys we have; try again after the cool-down.
            self._fetched_at = time.monotonic()

    @staticmethod
    def _unavailable(retry_after: float) -> ProblemError:
        return ProblemError(
            503,
            Protocol.SERVICE_UNAVAILABLE,
            "the token issuer's signing keys cannot be fetched",
            headers={"Retry-After": str(max(1, int(retry_after + 0.999)))},
        )

    async def _jwks_url(self, client: httpx.AsyncClient) -> str | None:
        """The configured JWKS URL, or the one the issuer's OpenID Provider metadata names."""
        if not self.discovers:
            return self.settings.auth_jwks_url
        issuer = self.settings.auth_issuer.rstrip("/")
        response = await client.get(issuer + DISCOVERY_PATH)
        response.raise_for_status()
        metadata = response.json()
        # OpenID Connect Discovery §4.3: metadata about another issuer must not be used.
        if metadata.get("issuer", "").rstrip("/") != issuer or not isinstance(metadata.get("jwks_uri"), str):
            raise ValueError(
                f"the metadata at {issuer}{DISCOVERY_PATH} is not this issuer's or has no jwks_uri"
            )
        return str(metadata["jwks_uri"])

    async def _load(self) -> list[dict[str, Any]]:
        documents: list[dict[str, Any]] = []
        self.fetches += 1
        if self.settings.auth_jwks_url or self.discovers:
            async with httpx.AsyncClient(timeout=5.0) as client:
                url = await self._jwks_url(client)
                assert url is not None  # either configured or discovered
                response = await client.get(url)
                response.raise_for_status()
                documents.extend(response.json().get("keys", []))
        if self.settings.auth_jwks_file:
            documents.extend(
                json.loads(self.settings.auth_jwks_file.read_text(encoding="utf-8")).get("keys", [])
            )
        if self.settings.dev_tokens:
            documents.append(
                public_jwk(await asyncio.to_thread(load_or_create_key, self.settings.dev_key_file))
            )
        return documents

    @staticmethod
    def _parse(documents: list[dict[str, Any]]) -> dict[str, jwt.PyJWK]:
        keys: dict[str, jwt.PyJWK] = {}
        for document in documents:
            if document.get("use", "sig") != "sig" or "kid" not in document:
                continue
            try:
                keys[document["kid"]] = jwt.PyJWK(document)
            except jwt.PyJWTError as error:
                log.warning("ignoring signing key %s: %s", document.get("kid"), error)
        return keys


class TokenVerifier:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.keys = KeySet(settings)
        self._verified: OrderedDict[str, tuple[str | None, jwt.PyJWK, dict[str, Any]]] = OrderedDict()
        """Tokens verified lately, by their exact text: a system sends the same token with every
        request for as long as it lives, and PyJWT's checks cost half a millisecond each time."""

    async def claims(self, token: str) -> dict[str, Any]:
        kept = self._verified.get(token)
        if kept is not None:
            kid, key, claims = kept
            # Trusted again only while the key that verified it is the one the issuer's key set has
            # now (a refreshed set verifies afresh; a withdrawn key refuses) and it has not expired.
            # (Other requests with the same token run during the awaits: the entry may be gone.)
            leeway = self.settings.auth_leeway_seconds
            if await self.keys.key(kid) is key and time.time() < claims["exp"] + leeway:
                if token in self._verified:
                    self._verified.move_to_end(token)
                return dict(claims)
            self._verified.pop(token, None)
        kid, key, claims = await self._verify(token)
        self._verified[token] = (kid, key, claims)
        if len(self._verified) > VERIFIED_TOKENS_KEPT:
            self._verified.popitem(last=False)
        return dict(claims)

    async def _verify(self, token: str) -> tuple[str | None, jwt.PyJWK, dict[str, Any]]:
        """The token's key id, the key that verified it, and its claims; InvalidToken if it is not
        an access token of the trusted issuer for this API, valid now."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise InvalidToken("the token is not a JWT") from None
        algorithm = header.get("alg")
        if algorithm not in self.settings.auth_algorithms:
            raise InvalidToken(f"the token's algorithm {algorithm!r} is not accepted")
        if str(header.get("typ", "")).lower() not in ACCESS_TOKEN_TYPES:
            raise InvalidToken("the token is not an access token (typ)")
        kid = header.get("kid")
        key = await self.keys.key(kid)
        declared = key._jwk_data.get("alg")
        if declared is not None and declared != algorithm:
            raise InvalidToken("the token's algorithm does not match its key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=[algorithm],
                audience=self.settings.auth_audience,
                issuer=self.settings.auth_issuer,
                leeway=self.settings.auth_leeway_seconds,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.MissingRequiredClaimError as error:
            raise InvalidToken(f"the token lacks the required claim {error.claim!r}") from None
        except jwt.ExpiredSignatureError:
            raise InvalidToken("the token has expired") from None
        except jwt.InvalidAudienceError:
            raise InvalidToken("the token is not meant for this API (aud)") from None
        except jwt.InvalidIssuerError:
            raise InvalidToken("the token is from an issuer this API does not trust (iss)") from None
        except (jwt.PyJWTError, ValueError, TypeError):
            raise InvalidToken("the token's signature or claims are invalid") from None
        for name in NUMERIC_DATES:
            # PyJWT reads a string of digits as a number; RFC 7519 §2 says a NumericDate is a number.
            value = claims.get(name)
            if name in claims and (isinstance(value, bool) or not isinstance(value, int | float)):
                raise InvalidToken(f"the token's {name} is not a NumericDate (a number of seconds)")
        return kid, key, claims

    def scopes(self, claims: dict[str, Any]) -> frozenset[Scope]:
        raw = claims.get(self.settings.auth_scope_claim)
        # A string claim must be split: `"read" in "…/read-all"` would pass by accident.
        names = (
            raw.split()
            if isinstance(raw, str)
            else [s for s in raw if isinstance(s, str)]
            if isinstance(raw, list)
            else []
        )
        prefix = self.settings.auth_scope_prefix
        known = {scope.value: scope for scope in Scope}
        return frozenset(
            known[n[len(prefix) :]] for n in names if n.startswith(prefix) and n[len(prefix) :] in known
        )

    def subject(self, claims: dict[str, Any]) -> str:
        """The calling client, as the audit log records it. HelseID's client ids are short; a longer
        one, or one with control characters, is not a client this registry can name."""
        subject = claims.get("client_id") or claims.get("sub") or "unknown"
        if not isinstance(subject, str) or not 1 <= len(subject) <= MAX_SUBJECT_LENGTH:
            raise InvalidToken(f"the token's client_id or sub is not 1 to {MAX_SUBJECT_LENGTH} characters")
        if unstorable_text(subject, multiline=False):
            raise InvalidToken("the token's client_id or sub holds control characters")
        return subject

    def org_number(self, claims: dict[str, Any], claim: str | None = None) -> str | None:
        value = claims.get(claim or self.settings.auth_org_number_claim)
        return value if isinstance(value, str) and ORG_NUMBER.match(value) else None

    def client_name(self, claims: dict[str, Any]) -> str | None:
        """HelseID's name of the client, for the audit log: kept only when it is storable text."""
        value = claims.get(self.settings.auth_client_name_claim)
        if not isinstance(value, str) or not 1 <= len(value) <= MAX_SUBJECT_LENGTH:
            return None
        return None if unstorable_text(value, multiline=False) else value

    @staticmethod
    def key_thumbprint(claims: dict[str, Any]) -> str | None:
        """The thumbprint of the key a DPoP-bound token is bound to (`cnf.jkt`, RFC 9449 §6.1)."""
        confirmation = claims.get("cnf")
        if confirmation is None:
            return None
        thumbprint = confirmation.get("jkt") if isinstance(confirmation, dict) else None
        if not isinstance(thumbprint, str) or not thumbprint:
            raise InvalidToken("the token's cnf claim names no key thumbprint (jkt)")
        return thumbprint


@dataclass(frozen=True)
class VerifiedToken:
    subject: str
    scopes: frozenset[Scope]
    org_number: str | None
    key_thumbprint: str | None = None
    """Set for a DPoP-bound token: the thumbprint of the only key whose proofs may present it."""
    org_number_child: str | None = None
    client_name: str | None = None


async def verify_token(verifier: TokenVerifier, token: str, *, scheme: str = "bearer") -> VerifiedToken:
    try:
        claims = await verifier.claims(token)
        subject = verifier.subject(claims)
        thumbprint = verifier.key_thumbprint(claims)
    except InvalidToken as error:
        log.info("token refused: %s", error)
        raise unauthenticated(verifier.settings, str(error), scheme=scheme) from None
    return VerifiedToken(
        subject,
        verifier.scopes(claims),
        verifier.org_number(claims),
        thumbprint,
        verifier.org_number(claims, verifier.settings.auth_org_number_child_claim),
        verifier.client_name(claims),
    )


class ProofChecker:
    """The DPoP proof of a request (RFC 9449 §4.3, §7.1): stateless checks first, then the nonce, the
    binding to the token, and last the replay cache, so that only a proof good in every other way
    spends its `jti`."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.replays = ReplayCache(database)
        secret = settings.dpop_nonce_secret
        self.nonces = (
            Nonces(secret.get_secret_value().encode(), settings.dpop_nonce_seconds)
            if settings.dpop_nonces and secret is not None
            else None
        )

    def request_uri(self, request: Request) -> str:
        """The request's URI without query, as its caller addressed it: under the configured public
        base URL, else the request's own scheme and Host (never an untrusted X-Forwarded-*)."""
        raw = request.scope.get("raw_path") or request.scope["path"].encode()
        path = raw.decode("latin-1").partition("?")[0]
        base = self.settings.public_base_url or f"{request.url.scheme}://{request.url.netloc}"
        return base + path

    def refused(
        self, reason: str, *, error: str = "invalid_dpop_proof", nonce: str | None = None
    ) -> ProblemError:
        log.info("DPoP proof refused: %s", reason)
        return unauthenticated(self.settings, reason, scheme="dpop", error=error, nonce=nonce)

    async def check(self, request: Request, token: str, verified: VerifiedToken) -> None:
        proofs = [p.strip() for value in request.headers.getlist("dpop") for p in value.split(",")]
        if len(proofs) != 1 or not proofs[0]:
            raise self.refused("send exactly one DPoP header with a proof of possession")
        now = time.time()
        settings = self.settings
        try:
            proof = verify_proof(
                proofs[0],
                method=request.method,
                uri=self.request_uri(request),
                access_token=token,
                now=now,
                algorithms=settings.dpop_algorithms,
                max_age_seconds=settings.dpop_proof_max_age_seconds,
                leeway_seconds=settings.auth_leeway_seconds,
            )
        except InvalidProof as error:
            raise self.refused(str(error)) from None
        if self.nonces is not None and not self.nonces.accepts(proof.nonce, now):
            raise self.refused(
                "the proof must carry the nonce the service provides in DPoP-Nonce",
                error="use_dpop_nonce",
                nonce=self.nonces.current(now),
            )
        if verified.key_thumbprint is None:
            raise unauthenticated(
                settings, "the token is not DPoP-bound (no cnf.jkt): send it as Bearer", scheme="dpop"
            )
        if verified.key_thumbprint != proof.key_thumbprint:
            raise unauthenticated(
                settings,
                "the proof is signed with another key than the token is bound to (cnf.jkt)",
                scheme="dpop",
            )
        expires_at = proof.issued_at + settings.dpop_proof_max_age_seconds
        if not await self.replays.spend(proof.key_thumbprint, proof.jti, expires_at=expires_at, now=now):
            raise self.refused("the proof was used before: sign a new one (jti) for every request")


def _principal(token: VerifiedToken, trust: HealthTrust | None) -> Principal:
    return Principal(
        subject=token.subject,
        scopes=token.scopes,
        org_number=token.org_number,
        org_number_child=token.org_number_child,
        client_name=token.client_name,
        trust=trust.code if trust else None,
        trust_region=trust.region_code if trust else None,
        regut_region=(
            trust.region_code if trust and trust.hosts_regut and Scope.REGUT in token.scopes else None
        ),
    )


async def _principal_of(
    verified: VerifiedToken, database: Database, session: AsyncSession | None = None
) -> Principal:
    """The token's principal, its trust read in `session` when given (a round trip), else in a
    transaction of its own (three)."""
    if verified.org_number is None:
        return _principal(verified, None)
    if session is not None:
        return _principal(verified, await Repository(session).health_trust_by_org_number(verified.org_number))
    async with database.unit_of_work(write=False) as own:
        return _principal(verified, await Repository(own).health_trust_by_org_number(verified.org_number))


async def resolve_principal(verifier: TokenVerifier, database: Database, token: str) -> Principal:
    """The principal of a token, outside any request."""
    return await _principal_of(await verify_token(verifier, token), database)


async def verified_token(request: Request) -> VerifiedToken | None:
    """The request's token, verified once per request (401 when it is not a valid one, or a DPoP
    proof does not prove its key); None without an Authorization header. `UnitOfWorkRoute` asks before
    it opens the request's transaction: a DPoP proof is spent in a transaction of its own."""
    verified: VerifiedToken | None = getattr(request.state, "verified_token", None)
    if verified is not None:
        return verified
    header = request.headers.get("authorization")
    if header is None:
        return None
    settings: Settings = request.app.state.settings
    scheme, _, token = header.partition(" ")
    scheme, token = scheme.lower(), token.strip()
    if scheme not in ("bearer", "dpop") or not token:
        raise unauthenticated(
            settings,
            "the Authorization header must be `DPoP <token>` or `Bearer <token>`",
            scheme="dpop" if settings.dpop_is_required else "bearer",
            error="invalid_request",
        )
    if scheme == "bearer" and settings.dpop_is_required:
        raise unauthenticated(
            settings,
            "this service accepts only DPoP-bound tokens: "
            "send `Authorization: DPoP <token>` and a DPoP proof",
            scheme="dpop",
        )
    verified = await verify_token(request.app.state.verifier, token, scheme=scheme)
    if scheme == "dpop":
        await request.app.state.proofs.check(request, token, verified)
    elif verified.key_thumbprint is not None:
        # RFC 9449 §7.2: a bound token presented as a bearer token would let whoever copied it use it.
        raise unauthenticated(
            settings, "the token is DPoP-bound (cnf.jkt): send it as `Authorization: DPoP` with a proof"
        )
    request.state.verified_token = verified
    return verified


async def authenticate(request: Request) -> Principal:
    """The request's principal, resolved once per request; anonymous without an Authorization header.
    Its trust is read in the request's own transaction when it has one (`UnitOfWorkRoute`)."""
    cached: Principal | None = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    verified = await verified_token(request)
    principal = (
        ANONYMOUS
        if verified is None
        else await _principal_of(
            verified, request.app.state.database, getattr(request.state, "session", None)
        )
    )
    request.state.principal = principal
    return principal


async def current_principal(request: Request) -> Principal:
    """The caller, anonymous or by its token. The OpenAPI document declares each operation's security
    from the scopes its `requires` names (app/edge/openapi.py), so no scheme object is needed here."""
    return await authenticate(request)


PrincipalDep = Annotated[Principal, Depends(current_principal)]


_token_checks: dict[Any, tuple[tuple[Scope, ...], Rule | None]] = {}


def scopes_required_by(dependency: Any) -> tuple[tuple[Scope, ...], Rule | None] | None:
    """The scopes, any one of which the operation needs, and the rule a refusal names, when
    `dependency` is one that `requires` made; None for any other dependency."""
    return _token_checks.get(dependency)


def forbidden(scopes: tuple[Scope, ...], rule: Rule | None = None) -> ProblemError:
    needed = " or ".join(s.value for s in scopes)
    why = f"this operation needs the scope {needed}"
    if rule is None:
        return ProblemError(403, Protocol.FORBIDDEN, why)
    return ProblemError(403, rule, why, errors=[ProblemDetail(rule=rule, message=why)])


def requires(*scopes: Scope, rule: Rule | None = None) -> Any:
    """A dependency that turns away the anonymous (401) and tokens without any of `scopes` (403,
    naming `rule` when a mandate rule is why no other scope may act). `UnitOfWorkRoute` asks the same
    before anything about the request is read (`refuse_unless_permitted`): parameters and body are
    validated only for a caller who may act."""

    async def check(request: Request, principal: PrincipalDep) -> Principal:
        if not principal.authenticated:
            raise unauthenticated(request.app.state.settings)
        if not principal.scopes & set(scopes):
            raise forbidden(scopes, rule)
        return principal

    _token_checks[check] = (scopes, rule)
    return Depends(check)


async def refuse_unless_permitted(
    request: Request, scopes: tuple[Scope, ...] | None, rule: Rule | None
) -> None:
    """Authentication, then authority, before the request's parameters and body are looked at: 401
    for a bad token, or none where `scopes` (any one of which the operation needs) are required; 403
    for a token with none of them. A token is verified wherever it is presented, even where anonymous
    reading is allowed: a bad one is refused rather than silently ignored. Reads no data; a DPoP proof is
    spent in a transaction of its own (`app/storage/proofs.py`)."""
    if "authorization" in request.headers:
        verified = await verified_token(request)
        if verified is not None and scopes is not None and not verified.scopes & set(scopes):
            raise forbidden(scopes, rule)
    elif scopes is not None:
        raise unauthenticated(request.app.state.settings)


RegisteredSystem = Annotated[Principal, requires(Scope.READ, Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]
"""Any system with a scope of this API: what reads beyond the public view need."""
WritingSystem = Annotated[Principal, requires(Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]
"""A trust's, a RegUt's or an administrator's system; which of them may do what, the domain decides
and names the rule."""
RegUtOrAdmin = Annotated[Principal, requires(Scope.REGUT, Scope.ADMIN)]
