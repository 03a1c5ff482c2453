"""The lean baseline: the benchmark's two reads answered by hand-written asyncpg queries in a bare
Starlette app, with the JSON the service returns. Started by bench/reads.py, one uvicorn worker:

    BENCH_DATABASE_URL=postgresql://… BENCH_POOL_MIN=5 BENCH_POOL_MAX=15 \\
        uvicorn lean:app --app-dir bench --no-access-log

It answers anonymous callers only and only the question the benchmark asks; reads.py compares its
bodies with the service's before measuring anything.
"""

import base64
import hashlib
import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PAGE_SIZE = 50
PUBLIC_CACHE_CONTROL = "public, max-age=60"
"""The service's anonymous Cache-Control with its default LIS_PUBLIC_MAX_AGE."""
OSLO = ZoneInfo("Europe/Oslo")
PROFILE_BY_REGION = {"helse-nord": "helse-nord", "helse-sor-ost": "helse-sor-ost"}

COUNCIL_COLUMNS = """
    id, kind, name, specialty_code, region_code, contact_email, established_on, dissolved_on,
    created_at, updated_at
"""
LIST_COUNCILS = f"""
    SELECT {COUNCIL_COLUMNS} FROM council
    WHERE region_code = $1 AND specialty_code = $2
    ORDER BY specialty_code, kind, coalesce(region_code, '')
    LIMIT $3
"""  # noqa: S608  (a constant, no input)
ONE_COUNCIL = f"SELECT {COUNCIL_COLUMNS} FROM council WHERE id = $1"  # noqa: S608
SEATS_ON = """
    SELECT r.id, r.council_id, r.seat, r.trust_code, r.region_code, r.starts_on, r.ends_on,
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
ELECTION_ON = """
    SELECT effective_on, leader_id, deputy_leader_id, coordinator_id FROM leadership_election
    WHERE council_id = $1 AND effective_on <= $2
    ORDER BY effective_on DESC LIMIT 1
"""
ROLES = ("leader", "deputy_leader", "coordinator")


def instant(value: datetime) -> str:
    # pydantic writes UTC as `Z`, and the comparison with the service is of parsed JSON, so of the text.
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def council_json(row: asyncpg.Record) -> dict[str, Any]:
    profile = "interregional" if row["kind"] == "interregional" else PROFILE_BY_REGION.get(row["region_code"])
    return {
        "id": str(row["id"]),
        "kind": row["kind"],
        "name": row["name"],
        "specialty": row["specialty_code"],
        "region": row["region_code"],
        "profile": profile or "regional-default",
        "contact_email": row["contact_email"],
        "established_on": day(row["established_on"]),
        "dissolved_on": day(row["dissolved_on"]),
        "created_at": instant(row["created_at"]),
        "updated_at": instant(row["updated_at"]),
    }


def person_json(row: asyncpg.Record, prefix: str) -> dict[str, Any] | None:
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


def json_response(document: dict[str, Any], status_code: int = 200) -> Response:
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    # The service tags and marks every anonymous read as cacheable; so does its baseline.
    headers = {
        "ETag": f'"{hashlib.sha256(body).hexdigest()[:32]}"',
        "Cache-Control": PUBLIC_CACHE_CONTROL,
        "Vary": "Authorization",
    }
    return Response(body, status_code, headers if status_code == 200 else None, "application/json")


def next_cursor(rows: list[asyncpg.Record]) -> str | None:
    if len(rows) <= PAGE_SIZE:
        return None
    last = rows[PAGE_SIZE - 1]
    keys = [last["specialty_code"], last["kind"], last["region_code"] or ""]
    return base64.urlsafe_b64encode(json.dumps(keys).encode()).decode().rstrip("=")


async def list_councils(request: Request) -> Response:
    region, specialty = request.query_params.get("region"), request.query_params.get("specialty")
    if region is None or specialty is None:
        return json_response({"detail": "the lean baseline answers ?region=&specialty= only"}, 400)
    pool: asyncpg.Pool = request.app.state.pool
    rows = await pool.fetch(LIST_COUNCILS, region, specialty, PAGE_SIZE + 1)
    items = [council_json(row) for row in rows[:PAGE_SIZE]]
    return json_response({"items": items, "next_cursor": next_cursor(rows)})


async def get_council(request: Request) -> Response:
    try:
        council_id = uuid.UUID(request.path_params["council_id"])
    except ValueError:
        return json_response({"detail": "not a council id"}, 422)
    on = datetime.now(OSLO).date()
    pool: asyncpg.Pool = request.app.state.pool
    # One snapshot for the three reads, so that a seat and the election naming it agree.
    async with (
        pool.acquire() as connection,
        connection.transaction(isolation="repeatable_read", readonly=True),
    ):
        council = await connection.fetchrow(ONE_COUNCIL, council_id)
        if council is None:
            return json_response({"detail": "no such council"}, 404)
        seats = await connection.fetch(SEATS_ON, council_id, on)
        election = await connection.fetchrow(ELECTION_ON, council_id, on)
    sitting = {seat["p_id"]: person_json(seat, "p_") for seat in seats}
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
            "person": sitting[seat["p_id"]],
            "seat": seat["seat"],
            "trust": seat["trust_code"],
            "region": seat["region_code"],
            "starts_on": day(seat["starts_on"]),
            "ends_on": day(seat["ends_on"]),
            "deputy": person_json(seat, "d_"),
            "roles": [role for role, holder in holders.items() if holder == seat["p_id"]],
            "qualifications": None,
            "end_reason": None,
            "created_at": instant(seat["created_at"]),
            "updated_at": instant(seat["updated_at"]),
        }
        for seat in seats
    ]
    return json_response(
        council_json(council)
        | {"on": on.isoformat(), "leadership": leadership, "representatives": representatives}
    )


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


app = Starlette(
    routes=[Route("/v1/councils", list_councils), Route("/v1/councils/{council_id}", get_council)],
    lifespan=lifespan,
)
