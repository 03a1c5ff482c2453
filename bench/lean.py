"""The lean peer: the benchmark's questions answered by hand-written asyncpg queries in a bare Starlette
app, with the service's JSON. Started by bench/run.py, one uvicorn worker:

    BENCH_DATABASE_URL=postgresql://… BENCH_POOL_MIN=5 BENCH_POOL_MAX=15 BENCH_JWKS=jwks.json \\
        uvicorn lean:app --app-dir bench --no-access-log

It answers only what the benchmark asks, and run.py compares its answers with the service's (as parsed
JSON, or CSV rows) before measuring anything. What it does, it does as the service must: a snapshot per
read where the reads must agree, the token verified (signature, issuer, audience, expiry, scope) on
every authenticated request, and a write that locks the council, checks the trust's overlapping seats
and writes the person, the seat, their audit entries and their outbox events in one transaction, in
the service's outbox order. What it leaves out is what the service adds around that: FastAPI,
SQLAlchemy, pydantic, middleware, the pool's pre-ping, the idempotency machinery, the metrics and logs.
"""

import csv
import hashlib
import io
import json
import os
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PUBLIC_CACHE_CONTROL = "public, max-age=60"
"""The service's anonymous Cache-Control with its default LIS_PUBLIC_MAX_AGE."""
OSLO = ZoneInfo("Europe/Oslo")
OUTBOX_LOCK = 7_270_001
"""The service's advisory lock that orders outbox writers (app/storage/database.py)."""
ISSUER = os.environ.get("BENCH_ISSUER", "https://helseid-sts.nhn.no")
AUDIENCE = os.environ.get("BENCH_AUDIENCE", "lis:council-registry")
SCOPE_PREFIX = "lis:council-registry/"
ORG_NUMBER_CLAIM = "helseid://claims/client/claims/orgnr_parent"
WRITERS = {"appointments", "regut", "admin"}
READERS = {"read", "appointments", "regut", "admin"}

PROFILE_BY_KIND = {
    "interregional": "interregional",
    "strategic_council": "helse-nord-strategic-council",
    "working_committee": "helse-nord-working-committee",
    "education_forum": "helse-nord-education-forum",
}
PROFILE_BY_REGION = {"helse-nord": "helse-nord", "helse-sor-ost": "helse-sor-ost"}

COUNCIL = """
    SELECT id, kind, name, specialty_code, region_code, contact_email, established_on, dissolved_on,
           created_at, updated_at
    FROM council WHERE id = $1
"""
SEATS_ON = """
    SELECT r.id, r.council_id, r.seat, r.role, r.trust_code, r.region_code, r.starts_on, r.ends_on,
           r.created_at, r.updated_at,
           p.id AS p_id, p.name AS p_name, p.title AS p_title, p.email AS p_email,
           p.publish_email AS p_publish_email,
           d.id AS d_id, d.name AS d_name, d.title AS d_title, d.email AS d_email,
           d.publish_email AS d_publish_email
    FROM representative r
    JOIN person p ON p.id = r.person_id
    LEFT JOIN person d ON d.id = r.deputy_person_id
    WHERE r.council_id = $1 AND r.starts_on <= $2 AND (r.ends_on IS NULL OR r.ends_on >= $2)
    ORDER BY r.starts_on, r.id
"""
REGISTERED_SEATS_ON = """
    SELECT r.id, r.council_id, r.seat, r.role, r.trust_code, r.region_code, r.starts_on, r.ends_on,
           r.created_at, r.updated_at, r.position_share, r.specialist_in_specialty, r.senior_consultant,
           r.trainee, r.education_roles, r.competences, r.end_reason,
           p.id AS p_id, p.name AS p_name, p.title AS p_title, p.email AS p_email,
           p.publish_email AS p_publish_email, p.hpr_number AS p_hpr_number, p.phone AS p_phone,
           p.restricted_at AS p_restricted_at,
           d.id AS d_id, d.name AS d_name, d.title AS d_title, d.email AS d_email,
           d.publish_email AS d_publish_email, d.hpr_number AS d_hpr_number, d.phone AS d_phone,
           d.restricted_at AS d_restricted_at
    FROM representative r
    JOIN person p ON p.id = r.person_id
    LEFT JOIN person d ON d.id = r.deputy_person_id
    WHERE r.council_id = $1 AND r.starts_on <= $2 AND (r.ends_on IS NULL OR r.ends_on >= $2)
    ORDER BY r.starts_on, r.id
"""
"""The same seats as a registered system sees them: the people's HPR numbers, e-mails and phones, and
what was declared for the seat."""
ELECTION_ON = """
    SELECT effective_on, leader_id, deputy_leader_id, coordinator_id FROM leadership_election
    WHERE council_id = $1 AND effective_on <= $2
    ORDER BY effective_on DESC LIMIT 1
"""
ROLES = ("leader", "deputy_leader", "coordinator")

# The directory: councils, the seats held on the date with their people and trusts, the election in
# force, the next meeting, and the reference data named; one snapshot, five queries.
DIRECTORY_COUNCILS = """
    SELECT c.id, c.kind, c.name, c.specialty_code, c.region_code, c.contact_email,
           s.name_nb AS specialty_name, coalesce(c.region_code, s.responsible_region_code) AS regut_region
    FROM council c LEFT JOIN specialty s ON s.code = c.specialty_code
    WHERE ($1::text IS NULL OR c.region_code = $1) AND ($2::text IS NULL OR c.specialty_code = $2)
      AND ($3::text IS NULL OR c.kind = $3)
    ORDER BY coalesce(c.specialty_code, ''), c.kind, coalesce(c.region_code, '')
"""
DIRECTORY_SEATS = """
    SELECT r.id, r.council_id, r.person_id, r.seat, r.role, r.trust_code, t.name AS trust_name,
           r.region_code, r.starts_on, r.ends_on,
           p.name AS p_name, p.title AS p_title, p.email AS p_email, p.publish_email AS p_publish_email,
           d.id AS d_id, d.name AS d_name, d.title AS d_title, d.email AS d_email,
           d.publish_email AS d_publish_email
    FROM representative r
    JOIN person p ON p.id = r.person_id
    LEFT JOIN person d ON d.id = r.deputy_person_id
    LEFT JOIN health_trust t ON t.code = r.trust_code
    WHERE r.council_id = ANY($1) AND r.starts_on <= $2 AND (r.ends_on IS NULL OR r.ends_on >= $2)
"""
DIRECTORY_ELECTIONS = """
    SELECT DISTINCT ON (council_id) council_id, leader_id, deputy_leader_id, coordinator_id
    FROM leadership_election
    WHERE council_id = ANY($1) AND effective_on <= $2
    ORDER BY council_id, effective_on DESC
"""
DIRECTORY_MEETINGS = """
    SELECT DISTINCT ON (council_id) council_id, id, starts_at, ends_at, format, location
    FROM meeting
    WHERE council_id = ANY($1) AND starts_at > $2 AND cancelled_at IS NULL
    ORDER BY council_id, starts_at, id
"""
DIRECTORY_REGUTS = "SELECT code, regut_name, regut_email FROM region"
DIRECTORY_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60"
KINDS = {"regional", "interregional", "strategic_council", "working_committee", "education_forum"}
CSV_COLUMNS = (
    "council_id", "council_kind", "council_name", "specialty", "specialty_name", "region", "council_email",
    "regut_name", "regut_email", "representative_id", "representative_name", "title", "email", "seat",
    "role", "trust", "trust_name", "seat_region", "leadership", "deputy_name", "starts_on", "ends_on",
    "next_meeting_starts_at",
)  # fmt: skip

# The change feed
EVENTS_AFTER = """
    SELECT id, type, occurred_at, subject_type, subject_id, data::text AS data, import_id
    FROM outbox_event WHERE id > $1 ORDER BY id LIMIT $2
"""
CHANGE_BY_VERB = {
    "created": "created",
    "appointed": "created",
    "scheduled": "created",
    "added": "created",
    "ended": "ended",
    "cancelled": "ended",
    "withdrawn": "removed",
}

# The write
CALLER_TRUST = "SELECT code, region_code FROM health_trust WHERE org_number = $1"
LOCK_COUNCIL = "SELECT kind, dissolved_on FROM council WHERE id = $1 FOR UPDATE"
APPOINTS = "SELECT 1 FROM council_appointing_trust WHERE council_id = $1 AND trust_code = $2"
OVERLAPPING = """
    SELECT starts_on, ends_on FROM representative
    WHERE council_id = $1 AND trust_code = $2 AND starts_on <= $4 AND (ends_on IS NULL OR ends_on >= $3)
    LIMIT 1
"""
PERSON_BY_HPR = "SELECT id, name, title, email, phone, publish_email FROM person WHERE hpr_number = $1"
INSERT_PERSON = """
    INSERT INTO person (id, name, title, hpr_number, email, phone, publish_email, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
"""
INSERT_SEAT = """
    INSERT INTO representative (id, council_id, person_id, seat, trust_code, starts_on, ends_on,
        specialist_in_specialty, senior_consultant, trainee, education_roles, competences,
        created_at, updated_at)
    VALUES ($1, $2, $3, 'member', $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $12)
"""
INSERT_AUDIT = """
    INSERT INTO audit_entry (occurred_at, principal_kind, principal_subject, org_number, action,
        entity_type, entity_id, before, after)
    VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8::jsonb)
"""
INSERT_EVENT = """
    INSERT INTO outbox_event (occurred_at, type, subject_type, subject_id, data)
    VALUES ($1, $2, $3, $4, $5::jsonb)
"""


def instant(value: datetime) -> str:
    # pydantic writes UTC as `Z`, and the comparison with the service is of parsed JSON, so of the text.
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def dumps(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def etag(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    body = dumps({"status": status, "detail": detail})
    return Response(body, status, headers, "application/problem+json")


def answer(request: Request, document: Any, *, public: bool) -> Response:
    """200 with an ETag of the body, or a bodiless 304 when the client's If-None-Match names it."""
    body = dumps(document)
    tag = etag(body)
    headers = {
        "ETag": tag,
        "Cache-Control": PUBLIC_CACHE_CONTROL if public else "private, no-cache",
        "Vary": "Authorization",
    }
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None and tag in {t.strip() for t in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(body, 200, headers, "application/json")


# Tokens


def load_keys() -> dict[str, jwt.PyJWK]:
    path = os.environ.get("BENCH_JWKS")
    if not path:
        return {}
    keys = json.loads(Path(path).read_text(encoding="utf-8"))["keys"]
    return {key["kid"]: jwt.PyJWK(key) for key in keys}


KEYS = load_keys()


def caller(request: Request, scopes: set[str]) -> dict[str, Any] | Response:
    """The verified claims of the bearer token, or the 401/403 to answer."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return problem(401, "this operation needs a bearer token")
    try:
        key = KEYS[jwt.get_unverified_header(token).get("kid")]
        claims: dict[str, Any] = jwt.decode(
            token,
            key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            leeway=30,
            options={"require": ["exp", "iss", "aud"]},
        )
    except (KeyError, jwt.PyJWTError):
        return problem(401, "the token is not valid")
    granted = {s.removeprefix(SCOPE_PREFIX) for s in str(claims.get("scope", "")).split()}
    if not granted & scopes:
        return problem(403, "the token lacks the scope")
    return claims | {"scopes": granted}


# Council detail


def council_json(row: asyncpg.Record) -> dict[str, Any]:
    kind, region = row["kind"], row["region_code"]
    profile = PROFILE_BY_KIND.get(kind) or PROFILE_BY_REGION.get(region) or "regional-default"
    return {
        "id": str(row["id"]),
        "kind": kind,
        "name": row["name"],
        "specialty": row["specialty_code"],
        "region": region,
        "profile": profile,
        "contact_email": row["contact_email"],
        "established_on": day(row["established_on"]),
        "dissolved_on": day(row["dissolved_on"]),
        "created_at": instant(row["created_at"]),
        "updated_at": instant(row["updated_at"]),
    }


def public_person(row: asyncpg.Record, prefix: str) -> dict[str, Any] | None:
    """A person as anonymous callers see them: no HPR number or phone, an e-mail only if published."""
    if row[f"{prefix}id"] is None:
        return None
    published = row[f"{prefix}publish_email"]
    return {
        "id": str(row[f"{prefix}id"]),
        "name": row[f"{prefix}name"],
        "title": row[f"{prefix}title"],
        "email": row[f"{prefix}email"] if published else None,
        "hpr_number": None,
        "phone": None,
        "publish_email": published,
    }


def registered_person(row: asyncpg.Record, prefix: str) -> dict[str, Any] | None:
    """A person as a registered system sees them; a restricted person's data shown to no one."""
    if row[f"{prefix}id"] is None:
        return None
    shown = row[f"{prefix}restricted_at"] is None
    return {
        "id": str(row[f"{prefix}id"]),
        "name": row[f"{prefix}name"],
        "title": row[f"{prefix}title"],
        "email": row[f"{prefix}email"] if shown else None,
        "hpr_number": row[f"{prefix}hpr_number"] if shown else None,
        "phone": row[f"{prefix}phone"] if shown else None,
        "publish_email": row[f"{prefix}publish_email"],
    }


def declared(seat: asyncpg.Record) -> dict[str, Any]:
    """What a registered system sees of a seat besides its person."""
    return {
        "position_share": seat["position_share"],
        "qualifications": {
            "specialist_in_specialty": seat["specialist_in_specialty"],
            "senior_consultant": seat["senior_consultant"],
            "trainee": seat["trainee"],
            "education_roles": json.loads(seat["education_roles"]),
            "competences": json.loads(seat["competences"]),
        },
        "end_reason": seat["end_reason"],
    }


async def get_council(request: Request) -> Response:
    try:
        council_id = uuid.UUID(request.path_params["council_id"])
    except ValueError:
        return problem(422, "not a council id")
    registered = "authorization" in request.headers
    if registered:
        # As the service does for a token: verified, and any scope of this API sees the full records.
        claims = caller(request, {"read", "appointments", "regut", "admin"})
        if isinstance(claims, Response):
            return claims
    on = datetime.now(OSLO).date()
    pool: asyncpg.Pool = request.app.state.pool
    # One snapshot for the three reads, so that a seat and the election naming it agree.
    async with (
        pool.acquire() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        council = await connection.fetchrow(COUNCIL, council_id)
        if council is None:
            return problem(404, "no such council")
        seats = await connection.fetch(REGISTERED_SEATS_ON if registered else SEATS_ON, council_id, on)
        election = await connection.fetchrow(ELECTION_ON, council_id, on)
    sitting = {seat["p_id"]: public_person(seat, "p_") for seat in seats}
    person = registered_person if registered else public_person
    # A role whose holder no longer sits is shown vacant, as the service does.
    holders = {role: election[f"{role}_id"] if election else None for role in ROLES}
    leadership = None
    if election is not None:
        leadership = {"effective_on": day(election["effective_on"])} | {
            role: sitting.get(holder) if holder else None for role, holder in holders.items()
        }
    representatives = [
        {
            "id": str(seat["id"]),
            "council_id": str(seat["council_id"]),
            "person": person(seat, "p_"),
            "seat": seat["seat"],
            "role": seat["role"],
            "position_share": None,
            "trust": seat["trust_code"],
            "region": seat["region_code"],
            "starts_on": day(seat["starts_on"]),
            "ends_on": day(seat["ends_on"]),
            "deputy": person(seat, "d_"),
            "roles": [role for role, holder in holders.items() if holder == seat["p_id"]],
            "qualifications": None,
            "end_reason": None,
            "created_at": instant(seat["created_at"]),
            "updated_at": instant(seat["updated_at"]),
        }
        | (declared(seat) if registered else {})
        for seat in seats
    ]
    document = council_json(council) | {
        "on": on.isoformat(),
        "leadership": leadership,
        "representatives": representatives,
    }
    return answer(request, document, public=not registered)


# The public contact directory


def oslo_time(value: datetime) -> str:
    return value.astimezone(OSLO).isoformat()


def published(row: asyncpg.Record, prefix: str) -> str | None:
    return row[f"{prefix}email"] if row[f"{prefix}publish_email"] else None


def contact(row: asyncpg.Record | None) -> dict[str, Any] | None:
    """A leadership role's holder, from the seat they sit in."""
    if row is None:
        return None
    return {
        "id": str(row["person_id"]),
        "name": row["p_name"],
        "title": row["p_title"],
        "email": published(row, "p_"),
    }


async def directory_items(connection: asyncpg.Connection, query: Any, on: date) -> list[dict[str, Any]]:
    councils = await connection.fetch(
        DIRECTORY_COUNCILS, query.get("region"), query.get("specialty"), query.get("kind")
    )
    ids = [c["id"] for c in councils]
    seats = await connection.fetch(DIRECTORY_SEATS, ids, on)
    elections = {e["council_id"]: e for e in await connection.fetch(DIRECTORY_ELECTIONS, ids, on)}
    meetings = {
        m["council_id"]: m for m in await connection.fetch(DIRECTORY_MEETINGS, ids, datetime.now(UTC))
    }
    reguts = {r["code"]: r for r in await connection.fetch(DIRECTORY_REGUTS)}
    by_council: dict[uuid.UUID, list[asyncpg.Record]] = defaultdict(list)
    for seat in seats:
        by_council[seat["council_id"]].append(seat)
    items = []
    for council in councils:
        rows = sorted(
            by_council[council["id"]],
            key=lambda r: (
                r["seat"],
                r["trust_code"] or r["region_code"] or "",
                r["role"] or "",
                r["p_name"],
            ),
        )
        holders = {r["person_id"]: r for r in rows}
        election = elections.get(council["id"])
        roles = {
            role: election[f"{role}_id"] if election and election[f"{role}_id"] in holders else None
            for role in ROLES
        }

        regut = reguts.get(council["regut_region"])
        meeting = meetings.get(council["id"])
        items.append(
            {
                "id": str(council["id"]),
                "kind": council["kind"],
                "name": council["name"],
                "specialty": council["specialty_code"],
                "specialty_name": council["specialty_name"],
                "region": council["region_code"],
                "contact_email": council["contact_email"],
                "regut": {"region": regut["code"], "name": regut["regut_name"], "email": regut["regut_email"]}
                if regut
                else None,
                "leader": contact(holders.get(roles["leader"])),
                "deputy_leader": contact(holders.get(roles["deputy_leader"])),
                "coordinator": contact(holders.get(roles["coordinator"])),
                "representatives": [
                    {
                        "id": str(row["id"]),
                        "name": row["p_name"],
                        "title": row["p_title"],
                        "email": published(row, "p_"),
                        "seat": row["seat"],
                        "role": row["role"],
                        "trust": row["trust_code"],
                        "trust_name": row["trust_name"],
                        "region": row["region_code"],
                        "leadership": [role for role in ROLES if roles[role] == row["person_id"]],
                        "deputy": {
                            "name": row["d_name"],
                            "title": row["d_title"],
                            "email": published(row, "d_"),
                        }
                        if row["d_id"]
                        else None,
                        "starts_on": day(row["starts_on"]),
                        "ends_on": day(row["ends_on"]),
                    }
                    for row in rows
                ],
                "next_meeting": {
                    "id": str(meeting["id"]),
                    "starts_at": oslo_time(meeting["starts_at"]),
                    "ends_at": oslo_time(meeting["ends_at"]),
                    "format": meeting["format"],
                    "location": meeting["location"],
                }
                if meeting
                else None,
            }
        )
    return items


def directory_csv(items: list[dict[str, Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for council in items:
        regut = council["regut"]
        common = [
            council["id"],
            council["kind"],
            council["name"],
            council["specialty"] or "",
            council["specialty_name"] or "",
            council["region"] or "",
            council["contact_email"] or "",
            regut["name"] if regut else "",
            (regut["email"] or "") if regut else "",
        ]
        meeting = council["next_meeting"]["starts_at"] if council["next_meeting"] else ""
        if not council["representatives"]:
            writer.writerow([*common, *([""] * 13), meeting])
        for seat in council["representatives"]:
            writer.writerow(
                [
                    *common,
                    seat["id"],
                    seat["name"],
                    seat["title"] or "",
                    seat["email"] or "",
                    seat["seat"],
                    seat["role"] or "",
                    seat["trust"] or "",
                    seat["trust_name"] or "",
                    seat["region"] or "",
                    " ".join(seat["leadership"]),
                    seat["deputy"]["name"] if seat["deputy"] else "",
                    seat["starts_on"],
                    seat["ends_on"] or "",
                    meeting,
                ]
            )
    return ("\ufeff" + text.getvalue()).encode("utf-8")


async def get_directory(request: Request) -> Response:
    return await directory(request, csv_wanted=False)


async def get_directory_csv(request: Request) -> Response:
    return await directory(request, csv_wanted=True)


async def directory(request: Request, *, csv_wanted: bool) -> Response:
    query = request.query_params
    if query.get("kind") not in (None, *KINDS):
        return problem(422, "no such kind")
    on = datetime.now(OSLO).date()
    pool: asyncpg.Pool = request.app.state.pool
    async with (
        pool.acquire() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        items = await directory_items(connection, query, on)
    if not items and (query.get("region") or query.get("specialty")):
        return problem(422, "no such region or specialty")
    if csv_wanted:
        body, media_type = directory_csv(items), "text/csv; charset=utf-8"
    else:
        body, media_type = dumps({"on": on.isoformat(), "items": items}), "application/json"
    # As the service's: the JSON's answer depends on Accept (a 303 for CSV), the CSV's on Accept-Language.
    vary = "Accept-Language" if csv_wanted else "Accept"
    headers = {"ETag": etag(body), "Cache-Control": DIRECTORY_CACHE_CONTROL, "Vary": vary}
    return Response(body, 200, headers, media_type)


# The change feed


async def get_events(request: Request) -> Response:
    claims = caller(request, {"read", "regut", "admin"})
    if isinstance(claims, Response):
        return claims
    try:
        after = int(request.query_params.get("after", "0"))
        limit = int(request.query_params.get("limit", "100"))
    except ValueError:
        return problem(422, "after and limit are whole numbers")
    if after < 0 or not 1 <= limit <= 500:
        return problem(422, "after ≥ 0, 1 ≤ limit ≤ 500")
    pool: asyncpg.Pool = request.app.state.pool
    rows = await pool.fetch(EVENTS_AFTER, after, limit)
    # The stored document is spliced in as PostgreSQL renders it: no decoding and encoding again.
    items = ",".join(
        dumps(
            {
                "id": row["id"],
                "type": row["type"],
                "occurred_at": instant(row["occurred_at"]),
                "subject": {"type": row["subject_type"], "id": row["subject_id"]},
                "change": CHANGE_BY_VERB.get(row["type"].rpartition(".")[2], "changed"),
            }
        )[:-1].decode()
        + ',"data":'
        + row["data"]
        + ',"import_id":'
        + (f'"{row["import_id"]}"' if row["import_id"] is not None else "null")
        + "}"
        for row in rows
    )
    next_after = rows[-1]["id"] if rows else after
    body = f'{{"items":[{items}],"next_after":{next_after}}}'.encode()
    headers = {"ETag": etag(body), "Cache-Control": "private, no-cache", "Vary": "Authorization"}
    return Response(body, 200, headers, "application/json")


# Appointing a representative: a health trust's seat on a regional council


def parse_day(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError("a date is YYYY-MM-DD text")
    return date.fromisoformat(value)


async def appoint(request: Request) -> Response:
    claims = caller(request, WRITERS)
    if isinstance(claims, Response):
        return claims
    try:
        council_id = uuid.UUID(request.path_params["council_id"])
        body = json.loads(await request.body())
        person, trust = body["person"], body["trust"]
        starts_on = parse_day(body["starts_on"])
        ends_on = parse_day(body["ends_on"]) if body.get("ends_on") else None
        qualifications = body.get("qualifications") or {}
        name, hpr_number = person["name"], person.get("hpr_number")
    except (KeyError, TypeError, ValueError):
        return problem(422, "the lean peer takes a trust's seat with an inline person and a term")
    if ends_on is not None and ends_on < starts_on:
        return problem(422, "a term ends on or after its first day")
    pool: asyncpg.Pool = request.app.state.pool
    now = datetime.now(UTC)
    async with pool.acquire() as connection, connection.transaction():
        # APPOINTER-OWN-TRUST: the token's organisation is the trust, unless an administrator calls.
        caller_trust = await connection.fetchrow(CALLER_TRUST, claims.get(ORG_NUMBER_CLAIM))
        if "admin" not in claims["scopes"] and (caller_trust is None or caller_trust["code"] != trust):
            return problem(403, f"the caller may not act for the health trust {trust}")
        council = await connection.fetchrow(LOCK_COUNCIL, council_id)
        if council is None:
            return problem(404, "no such council")
        if council["kind"] != "regional" or council["dissolved_on"] is not None:
            return problem(422, "the lean peer appoints to regional councils that are not dissolved")
        if await connection.fetchval(APPOINTS, council_id, trust) is None:
            return problem(422, f"{trust} is not one of the council's appointing trusts")
        clash = await connection.fetchrow(OVERLAPPING, council_id, trust, starts_on, ends_on or date.max)
        if clash is not None:
            return problem(409, f"{trust} already has a representative from {clash['starts_on']}")
        known = await connection.fetchrow(PERSON_BY_HPR, hpr_number) if hpr_number else None
        if (
            known is not None
            and " ".join(known["name"].split()).casefold() != " ".join(name.split()).casefold()
        ):
            return problem(409, f"HPR number {hpr_number} is registered under another name")
        # Outbox ids commit in the order they are allocated, as the service's do.
        await connection.execute("SELECT pg_advisory_xact_lock($1)", OUTBOX_LOCK)
        principal = (claims.get("client_id") or claims.get("sub"), claims.get(ORG_NUMBER_CLAIM))
        kind = next(s for s in ("admin", "regut", "appointments", "read") if s in claims["scopes"])
        if known is None:
            person_id = uuid.uuid4()
            full_person = {
                "id": str(person_id),
                "name": name,
                "title": person.get("title"),
                "email": person.get("email"),
                "hpr_number": hpr_number,
                "phone": person.get("phone"),
                "publish_email": bool(person.get("publish_email", False)),
            }
            await connection.execute(
                INSERT_PERSON,
                person_id,
                name,
                full_person["title"],
                hpr_number,
                full_person["email"],
                full_person["phone"],
                full_person["publish_email"],
                now,
            )
            await connection.execute(
                INSERT_AUDIT, now, kind, principal[0], principal[1], "person.created", "person",
                str(person_id), json.dumps(full_person),
            )  # fmt: skip
            event = {"id": str(person_id), "council_id": None}
            await connection.execute(
                INSERT_EVENT, now, "person.created", "person", str(person_id), json.dumps(event)
            )
        else:
            full_person = {k: (str(v) if k == "id" else v) for k, v in known.items()} | {
                "hpr_number": hpr_number
            }
        seat_id = uuid.uuid4()
        declared = {
            "specialist_in_specialty": bool(qualifications.get("specialist_in_specialty", False)),
            "senior_consultant": bool(qualifications.get("senior_consultant", False)),
            "trainee": bool(qualifications.get("trainee", False)),
            "education_roles": list(qualifications.get("education_roles", [])),
            "competences": list(qualifications.get("competences", [])),
        }
        await connection.execute(
            INSERT_SEAT, seat_id, council_id, uuid.UUID(full_person["id"]), trust, starts_on, ends_on,
            declared["specialist_in_specialty"], declared["senior_consultant"], declared["trainee"],
            json.dumps(declared["education_roles"]), json.dumps(declared["competences"]), now,
        )  # fmt: skip
        seat = {
            "id": str(seat_id),
            "council_id": str(council_id),
            "person": full_person,
            "seat": "member",
            "role": None,
            "position_share": None,
            "trust": trust,
            "region": None,
            "starts_on": day(starts_on),
            "ends_on": day(ends_on),
            "deputy": None,
            "roles": [],
            "qualifications": declared,
            "end_reason": None,
            "created_at": instant(now),
            "updated_at": instant(now),
        }
        public = seat | {
            "person": full_person
            | {
                "hpr_number": None,
                "phone": None,
                "email": full_person["email"] if full_person["publish_email"] else None,
            },
            "qualifications": None,
        }
        await connection.execute(
            INSERT_AUDIT, now, kind, principal[0], principal[1], "representative.appointed",
            "representative", str(seat_id), json.dumps(seat),
        )  # fmt: skip
        await connection.execute(
            INSERT_EVENT, now, "representative.appointed", "representative", str(seat_id), json.dumps(public)
        )
    body = dumps(seat)
    headers = {"Location": f"/v1/representatives/{seat_id}", "ETag": etag(body), "Cache-Control": "no-store"}
    return Response(body, 201, headers, "application/json")


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    # Sized like the service's SQLAlchemy pool: pool_size kept open, up to pool_size + max_overflow.
    app.state.pool = await asyncpg.create_pool(
        os.environ["BENCH_DATABASE_URL"],
        min_size=int(os.environ["BENCH_POOL_MIN"]),
        max_size=int(os.environ["BENCH_POOL_MAX"]),
    )
    yield
    await app.state.pool.close()


async def ready(_request: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type="application/json")


app = Starlette(
    routes=[
        Route("/health/ready", ready),
        Route("/v1/directory", get_directory),
        Route("/v1/directory.csv", get_directory_csv),
        Route("/v1/events", get_events),
        Route("/v1/councils/{council_id}", get_council),
        Route("/v1/councils/{council_id}/representatives", appoint, methods=["POST"]),
    ],
    lifespan=lifespan,
)
