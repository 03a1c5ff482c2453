"""Links a person can open without logging in: a page's URL whose last segment is a signed token (a JWS,
HS256) saying which page, which view of it, who asked for it and until when.

Nothing is stored: the token is the capability. It is checked on every use (signature, audience,
expiry), so an altered or expired link opens nothing, and rotating the signing key revokes every link
at once. A link's page is worded in its reader's language, like the page it links to.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import jwt

from app.clock import date_in_oslo
from app.contract.links import LINK_PAGE_PATH, Link, LinkClaims, LinkedPage, LinkRequest
from app.services import activity, compliance
from app.services.common import council_or_not_found
from app.services.compliance_page import Filters, compliance_page
from app.services.councils import require_known_filters
from app.services.errors import InvalidInput, NotFound, invalid
from app.services.texts import Language
from app.services.wording import Wording
from app.storage.repository import Repository

AUDIENCE = "lis:page-link"
ALGORITHM = "HS256"
_SHORT = {"page": "p", "council": "c", "year": "y", "region": "r", "kind": "k", "status": "s"}
"""Claim names in the token, short: the token is part of a URL a person may have to copy."""


def sign(claims: LinkClaims, key: str) -> str:
    payload: dict[str, Any] = {
        short: str(value)
        for name, short in _SHORT.items()
        if (value := getattr(claims, name)) is not None and name != "year"
    }
    payload |= {"y": claims.year, "by": claims.by, "aud": AUDIENCE, "exp": int(claims.expires_at.timestamp())}
    if claims.org:
        payload["org"] = claims.org
    return jwt.encode(payload, key, algorithm=ALGORITHM)


def verify(token: str, key: str, now: datetime) -> LinkClaims | None:
    """The token's claims, or None for anything wrong with it (forged, altered, expired, signed with a
    key since rotated, not a token at all): the caller shows one page for all, revealing nothing."""
    try:
        payload = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "aud", "p", "y", "by"]},
            leeway=0,
        )
        if payload["exp"] <= now.timestamp():
            return None
        return LinkClaims.model_validate(
            {name: payload.get(short) for name, short in _SHORT.items()}
            | {"by": payload["by"], "org": payload.get("org"), "expires_at": payload["exp"]}
        )
    except (jwt.PyJWTError, ValueError, TypeError, KeyError):
        return None


async def make_link(
    repo: Repository,
    request: LinkRequest,
    *,
    by: str,
    org: str | None,
    key: str,
    days: int,
    base_url: str,
    now: datetime,
) -> Link:
    """A link to the page `request` names, after checking that the page exists: the council, a year
    begun, a known region. Who may ask is checked at the edge: whoever may read the page."""
    this_year = date_in_oslo(now).year
    year = this_year if request.year is None else request.year
    if year > this_year:
        raise invalid(f"{year} has not begun", pointer="/year")
    if request.page is LinkedPage.ACTIVITY_SUMMARY:
        assert request.council is not None  # LinkRequest requires it for this page
        await council_or_not_found(repo, request.council)
    else:
        await require_known_filters(repo, region=request.region, specialty=None)
    claims = LinkClaims(
        page=request.page,
        council=request.council,
        year=year,
        region=request.region,
        kind=request.kind,
        status=request.status,
        by=by,
        org=org,
        expires_at=now + timedelta(days=days),
    )
    return Link(url=link_url(base_url, sign(claims, key)), page=request.page, expires_at=claims.expires_at)


def child_link(claims: LinkClaims, council: str, key: str, base_url: str) -> str:
    """From the compliance page opened through a link, the link to one council's summary of the same
    year: for the same person, by the same system, expiring with the link it came from."""
    summary = LinkClaims(
        page=LinkedPage.ACTIVITY_SUMMARY,
        council=uuid.UUID(council),
        year=claims.year,
        by=claims.by,
        org=claims.org,
        expires_at=claims.expires_at,
    )
    return link_url(base_url, sign(summary, key))


def link_url(base_url: str, token: str) -> str:
    return base_url.rstrip("/") + LINK_PAGE_PATH.format(token=token)


@dataclass(frozen=True)
class OpenedLink:
    """What a link opened: its page, and the JSON it was rendered from when that names people (the
    edge logs it as a disclosure by the system that asked for the link)."""

    page: str
    claims: LinkClaims
    disclosed: bytes | None = None


async def open_link(
    repo: Repository, token: str, *, key: str, now: datetime, language: Language, base_url: str
) -> OpenedLink | None:
    """The page a link opens, or None when the link opens nothing: forged, altered, expired, revoked,
    or its council since deleted. The caller answers every None alike."""
    claims = verify(token, key, now)
    if claims is None:
        return None
    if claims.page is LinkedPage.ACTIVITY_SUMMARY:
        assert claims.council is not None
        try:
            summary = await activity.activity_summary(repo, claims.council, claims.year, now)
        except (NotFound, InvalidInput):
            return None
        page = await activity.activity_summary_page(repo, summary, language)
        return OpenedLink(page, claims, summary.model_dump_json().encode())
    today = date_in_oslo(now)
    on = date(claims.year, 12, 31) if claims.year < today.year else today
    overview = await compliance.national_compliance(
        repo, region=claims.region, kind=claims.kind, status=claims.status, on=on, year=claims.year, now=now
    )
    filters = Filters(claims.region, claims.kind, claims.status)
    page = await compliance_page(
        repo,
        overview,
        language,
        filters,
        summary_url=lambda council: child_link(claims, str(council.id), key, base_url),
        filter_url=None,
    )
    return OpenedLink(page, claims)


def link_error_page() -> str:
    """One page for every link that opens nothing, in Norwegian with an English line: it says what the
    reader can do, and nothing of why (which would tell a forger how close they came)."""
    return activity.PAGES.get_template("link_error.html").render(
        w=Wording(Language.NB), t=Wording(Language.NB).page, en=Wording(Language.EN).page
    )
