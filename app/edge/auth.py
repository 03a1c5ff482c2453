"""Bearer tokens → principal. Tokens are verified, never trusted, and never logged."""

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
from app.edge.errors import ProblemError, Protocol
from app.settings import Settings
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import HealthTrust
from app.text import unstorable_text

log = logging.getLogger(__name__)

REALM = 'Bearer realm="lis-registry"'
ACCESS_TOKEN_TYPES = {"at+jwt", "application/at+jwt", "jwt"}
REFRESH_COOLDOWN_SECONDS = 30.0
ORG_NUMBER = re.compile(r"^\d{9}$")
VERIFIED_TOKENS_KEPT = 1024
MAX_SUBJECT_LENGTH = 200
"""The audit log's column for the caller (`audit_entry.principal_subject`)."""


class InvalidToken(Exception):
    """Why a token was refused; safe to show to its bearer (it never contains the token)."""


def unauthenticated(reason: str | None = None) -> ProblemError:
    challenge = REALM if reason is None else f'{REALM}, error="invalid_token", error_description="{reason}"'
    return ProblemError(
        401,
        Protocol.UNAUTHENTICATED,
        reason or "this operation needs a bearer token",
        headers={"WWW-Authenticate": challenge},
    )


class KeySet:
    """The issuer's signing keys: from a JWKS URL (cached, refetched on an unknown `kid`) or file,
    plus the development key when development tokens are on."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()

    async def key(self, kid: str | None) -> jwt.PyJWK:
        if self._stale() or (kid is not None and kid not in self._keys):
            await self._refresh(force=kid is not None and kid not in self._keys)
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

    async def _refresh(self, *, force: bool) -> None:
        async with self._lock:
            since = time.monotonic() - self._fetched_at
            if since < REFRESH_COOLDOWN_SECONDS or (not force and not self._stale()):
                return
            try:
                self._keys = self._parse(await self._load())
            except (httpx.HTTPError, ValueError) as error:
                log.error("cannot fetch the JWKS from %s: %s", self.settings.auth_jwks_url, error)
                if not self._keys:
                    raise ProblemError(
                        503,
                        Protocol.SERVICE_UNAVAILABLE,
                        "the token issuer's signing keys cannot be fetched",
                        headers={"Retry-After": str(int(REFRESH_COOLDOWN_SECONDS))},
                    ) from None
                # Keep verifying with the keys we have; try again after the cool-down.
            self._fetched_at = time.monotonic()

    async def _load(self) -> list[dict[str, Any]]:
        documents: list[dict[str, Any]] = []
        if self.settings.auth_jwks_url:
            async with httpx.AsyncClient(timeout=5.0) as client:
                response = await client.get(self.settings.auth_jwks_url)
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

    def org_number(self, claims: dict[str, Any]) -> str | None:
        value = claims.get(self.settings.auth_org_number_claim)
        return value if isinstance(value, str) and ORG_NUMBER.match(value) else None


@dataclass(frozen=True)
class VerifiedToken:
    subject: str
    scopes: frozenset[Scope]
    org_number: str | None


async def verify_token(verifier: TokenVerifier, token: str) -> VerifiedToken:
    try:
        claims = await verifier.claims(token)
        subject = verifier.subject(claims)
    except InvalidToken as error:
        log.info("token refused: %s", error)
        raise unauthenticated(str(error)) from None
    return VerifiedToken(subject, verifier.scopes(claims), verifier.org_number(claims))


def _principal(token: VerifiedToken, trust: HealthTrust | None) -> Principal:
    return Principal(
        subject=token.subject,
        scopes=token.scopes,
        org_number=token.org_number,
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
    """The request's bearer token, verified once per request (401 when it is not a valid one); None
    without an Authorization header. Needs no database: `UnitOfWorkRoute` asks before it opens the
    transaction."""
    verified: VerifiedToken | None = getattr(request.state, "verified_token", None)
    if verified is not None:
        return verified
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthenticated("the Authorization header must be `Bearer <token>`")
    verified = await verify_token(request.app.state.verifier, token.strip())
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

    async def check(principal: PrincipalDep) -> Principal:
        if not principal.authenticated:
            raise unauthenticated()
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
    reading is allowed: a bad one is refused rather than silently ignored. Needs no database."""
    if "authorization" in request.headers:
        verified = await verified_token(request)
        if verified is not None and scopes is not None and not verified.scopes & set(scopes):
            raise forbidden(scopes, rule)
    elif scopes is not None:
        raise unauthenticated()


RegisteredSystem = Annotated[Principal, requires(Scope.READ, Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]
"""Any system with a scope of this API: what reads beyond the public view need."""
WritingSystem = Annotated[Principal, requires(Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]
"""A trust's, a RegUt's or an administrator's system; which of them may do what, the domain decides
and names the rule."""
RegUtOrAdmin = Annotated[Principal, requires(Scope.REGUT, Scope.ADMIN)]
