"""The national import: a workbook of every council's ten years, and how long and how much memory its
dry run and its commit take.

    .venv/bin/python bench/imports.py [--database-url URL] [--output national.xlsx] [--scale 1.0]

Writes the workbook (as RegUt's staff would fill in the template: every regional council of the 44
hospital-based specialties in the four regions, and their inter-regional councils, established on
1 January 2019; three terms from 2019 for every appointing health trust, with the deputies Helse
Sør-Øst requires on rows of their own; each region's first trust's member on the inter-regional council
for the same term; a leader and a deputy leader per term; two meetings a year from 2019 to 2029), then
on a fresh database (SQLite in a temporary directory by default; a PostgreSQL URL is recreated, never
`test`) runs, each in a process of its own so that its peak RSS is its own: the dry run, the commit, and
the same file again. Prints one JSON line per run and a summary; asserts nothing.
"""

import argparse
import asyncio
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "app" / "storage" / "reference"
FIRST_YEAR = 2019
TERMS = [
    (date(2019, 1, 1), date(2022, 12, 31)),
    (date(2023, 1, 1), date(2026, 12, 31)),
    (date(2027, 1, 1), None),
]
IR_TERMS = [
    (date(2019, 1, 1), date(2022, 12, 31)),
    (date(2023, 1, 1), date(2026, 12, 31)),
    (date(2027, 1, 1), date(2030, 12, 31)),
]


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as file:
        return list(csv.DictReader(file))


def write_national(path: Path, scale: float) -> dict[str, int]:
    specialties = [s["code"] for s in _csv("specialties.csv") if s["hospital_based"] == "true"]
    specialties = specialties[: max(1, round(len(specialties) * scale))]
    trusts: dict[str, list[str]] = {}
    for trust in _csv("health_trusts.csv"):
        if trust["kind"] == "hf":
            trusts.setdefault(trust["region"], []).append(trust["code"])
    book = Workbook(write_only=True)
    councils = book.create_sheet("Råd")
    seats = book.create_sheet("Medlemmer")
    leadership = book.create_sheet("Ledelse")
    meetings = book.create_sheet("Møter")
    councils.append(
        ["Type (kind)", "Spesialitet (specialty)", "Region (region)", "Etablert (established_on)"]
    )
    seats.append(
        ["Type (kind)", "Spesialitet (specialty)", "Region (region)", "Navn (name)", "Tittel (title)",
         "HPR-nummer (hpr_number)", "E-post (email)", "Helseforetak (trust)",
         "Representerer region (represents_region)", "Spesialist (specialist)",
         "Overlege (senior_consultant)", "Fra (starts_on)", "Til (ends_on)", "Vara for (deputy_of)"]
    )  # fmt: skip
    leadership.append(["Type", "Spesialitet", "Region", "Fra", "Leder", "Nestleder", "Koordinator"])
    meetings.append(["Type", "Spesialitet", "Region", "Dato", "Fra kl.", "Til kl.", "Form", "Referat ført"])
    counts = {"councils": 0, "seats": 0, "deputies": 0, "elections": 0, "meetings": 0}
    hpr = 1_000_000

    def person(trust: str) -> tuple[str, str, str]:
        nonlocal hpr
        hpr += 1
        return f"Person {hpr}", str(hpr), f"p{hpr}@{trust}.example.no"

    for specialty in specialties:
        first_members: dict[tuple[str, int], str] = {}
        for region, region_trusts in sorted(trusts.items()):
            key = ["regional", specialty, region]
            councils.append([*key, "01.01.2019"])
            counts["councils"] += 1
            for term, (starts_on, ends_on) in enumerate(TERMS):
                members = []
                for trust in region_trusts:
                    name, number, email = person(trust)
                    members.append(number)
                    seats.append(
                        [
                            *key,
                            name,
                            "overlege",
                            number,
                            email,
                            trust,
                            None,
                            "ja",
                            "ja",
                            starts_on,
                            ends_on,
                            None,
                        ]
                    )
                    counts["seats"] += 1
                    if region == "helse-sor-ost":
                        deputy, deputy_hpr, deputy_email = person(trust)
                        seats.append(
                            [*key, deputy, "overlege", deputy_hpr, deputy_email, trust, None, "ja", "ja",
                             starts_on, ends_on, number]
                        )  # fmt: skip
                        counts["deputies"] += 1
                first_members[(region, term)] = members[0]
                leadership.append([*key, starts_on, members[0], members[1], None])
                counts["elections"] += 1
        key = ["interregional", specialty, None]
        councils.append([*key, "01.01.2019"])
        counts["councils"] += 1
        for term, (starts_on, ends_on) in enumerate(IR_TERMS):
            for region in sorted(trusts):
                number = first_members[(region, term)]
                person_cells = [f"Person {number}", "overlege", number, None, None, region, "ja", "ja"]
                seats.append([*key, *person_cells, starts_on, ends_on, None])
                counts["seats"] += 1
            leader = first_members[("helse-nord", term)]
            leadership.append([*key, starts_on, leader, first_members[("helse-vest", term)], leader])
            counts["elections"] += 1
        for region in [*sorted(trusts), None]:
            kind = "regional" if region else "interregional"
            for year in range(FIRST_YEAR, FIRST_YEAR + 11):
                for month, form in ((3, "digital"), (10, "fysisk")):
                    day = date(year, month, 10)
                    past = day < date.today()  # noqa: DTZ011  (a calendar day is enough here)
                    meetings.append(
                        [kind, specialty, region, day, "10:00", "12:00", form, "ja" if past else "nei"]
                    )
                    counts["meetings"] += 1
    book.save(path)
    return counts


def run_one(database_url: str, path: Path, *, commit: bool) -> None:
    """One import in this process: its time, peak RSS and counts, as a JSON line."""
    os.environ["LIS_DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    from app.clock import today_in_oslo
    from app.contract.imports import XLSX
    from app.domain.authority import Principal, Scope
    from app.services.imports import run_import
    from app.services.workbooks import Limits
    from app.settings import get_settings
    from app.storage.database import Database
    from app.storage.repository import Repository

    data = path.read_bytes()

    async def go() -> dict[str, Any]:
        settings = get_settings()
        database = Database(settings)
        started = time.perf_counter()
        try:
            async with database.unit_of_work() as session:
                report = await run_import(
                    Repository(session),
                    Principal("bench", frozenset({Scope.ADMIN})),
                    data,
                    XLSX,
                    Limits(settings.import_max_unpacked_bytes, settings.import_max_rows),
                    commit=commit,
                    today=today_in_oslo(),
                    now=datetime.now(UTC),
                )
        finally:
            await database.dispose()
        return {
            "commit": commit,
            "seconds": round(time.perf_counter() - started, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "state": report.state.value,
            "counts": report.counts.model_dump(),
            "first_problems": [p.model_dump() for p in report.problems[:3]],
        }

    print(json.dumps(asyncio.run(go())))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="PostgreSQL URL to recreate (default: a temporary SQLite)")
    parser.add_argument("--output", type=Path, help="where to write the workbook (default: temporary)")
    parser.add_argument("--scale", type=float, default=1.0, help="the share of the specialties to include")
    parser.add_argument("--run", choices=["dry", "commit"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(args.database_url, args.file, commit=args.run == "commit")
        return
    with tempfile.TemporaryDirectory(prefix="lis-bench-import-") as directory:
        path = args.output or Path(directory) / "national.xlsx"
        started = time.perf_counter()
        counts = write_national(path, args.scale)
        print(json.dumps({"workbook": str(path), "bytes": path.stat().st_size, "rows": counts,
                          "written_in_seconds": round(time.perf_counter() - started, 1)}))  # fmt: skip
        url = args.database_url or f"sqlite+aiosqlite:///{Path(directory) / 'bench.db'}"
        if "/test" in url.rsplit("/", 1)[-1] and url.endswith("/test"):
            raise SystemExit("never the test database")
        environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
            "LIS_DATABASE_URL": url
        }
        if args.database_url:
            subprocess.run([sys.executable, "-c", _RECREATE, url], check=True, env=environment)
        subprocess.run([sys.executable, "-m", "app", "setup"], check=True, env=environment, cwd=ROOT)
        for run in ("dry", "commit", "commit"):
            command = [sys.executable, __file__, "--run", run, "--file", str(path), "--database-url", url]
            subprocess.run(command, check=True, env=environment, cwd=ROOT)


_RECREATE = """
import asyncio, sys
import asyncpg
from sqlalchemy.engine import make_url
url = make_url(sys.argv[1])
async def main():
    admin = await asyncpg.connect(host=url.host, port=url.port or 5432, user=url.username,
                                  password=url.password, database="postgres")
    await admin.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
    await admin.execute(f'CREATE DATABASE "{url.database}"')
    await admin.close()
asyncio.run(main())
"""

if __name__ == "__main__":
    main()
