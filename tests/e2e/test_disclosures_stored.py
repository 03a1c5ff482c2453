"""Disclosures under a real uvicorn: two workers each write their own, and what a worker has not
written yet when it is stopped is written before it exits."""

import json
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.api.test_observability import sample
from tests.e2e.live_service import development_settings, live_service

READS = 40


def stored_disclosures(workdir: Path, person: str) -> int:
    with sqlite3.connect(workdir / "lis-registry.db") as database:
        (count,) = database.execute(
            "SELECT count(*) FROM disclosure WHERE person_id = ?", (person.replace("-", ""),)
        ).fetchone()
    return int(count)


def test_the_record_lists_every_disclosure_made_across_two_workers(tmp_path: Path) -> None:
    settings = development_settings(tmp_path) | {
        "LIS_LOG_FORMAT": "json",
        "LIS_DISCLOSURE_FLUSH_SECONDS": "0.05",
    }
    with live_service(tmp_path, ("setup",), settings=settings, workers=2) as service:
        admin = {"Authorization": f"Bearer {service.command('token', '--scope', 'admin')}"}
        reader = {
            "Authorization": f"Bearer {service.command('token', '--scope', 'read', '--subject', 'lis-web')}"
        }
        created = httpx.post(
            f"{service.base_url}/v1/people",
            json={"name": "Kari Nordmann", "phone": "+47 900 00 001"},
            headers=admin,
        )
        person = created.json()["id"]

        def read(_: int) -> int:
            with httpx.Client(base_url=service.base_url) as client:  # a connection each: both workers serve
                return client.get(f"/v1/people/{person}", headers=reader).status_code

        def served_by() -> set[int]:
            pids = set()
            for text in service.log().splitlines():
                try:
                    line = json.loads(text)
                except ValueError:  # the line a worker is writing now
                    continue
                if line.get("route") == "/v1/people/{person_id}" and line.get("logger") == "app.access":
                    pids.add(line["pid"])
            return pids

        # Which worker the kernel hands a connection to is its choice: on a busy machine one may take a
        # whole batch. Read in batches until both have served some.
        reads = 0
        with ThreadPoolExecutor(max_workers=16) as pool:
            while reads < 10 * READS and (reads == 0 or len(served_by()) < 2):
                assert set(pool.map(read, range(READS))) == {200}
                reads += READS
                time.sleep(0.2)  # the access line is written after the answer
        assert len(served_by()) == 2, f"one worker served every read ({served_by()})"
        expected = 1 + reads  # the creator's answer, and every read
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            listed = httpx.get(
                f"{service.base_url}/v1/disclosures", params={"person": person, "limit": 500}, headers=admin
            ).json()["items"]
            if len(listed) >= expected:
                break
            time.sleep(0.1)
        record = httpx.get(
            f"{service.base_url}/v1/people/{person}/record", params={"limit": 500}, headers=admin
        )
        assert len(record.json()["disclosures"]["items"]) == expected
        assert sum(1 for d in record.json()["disclosures"]["items"] if d["client_id"] == "lis-web") == reads
        stored = sample(httpx.get(f"{service.base_url}/metrics").text, "lis_disclosures_stored_total")
        assert stored >= expected


def test_what_a_worker_has_not_written_when_it_stops_is_written_before_it_exits(tmp_path: Path) -> None:
    # Nothing is written for a minute unless the worker stops first.
    settings = development_settings(tmp_path) | {"LIS_DISCLOSURE_FLUSH_SECONDS": "60"}
    with live_service(tmp_path, ("setup",), settings=settings) as service:
        admin = {"Authorization": f"Bearer {service.command('token', '--scope', 'admin')}"}
        person = httpx.post(
            f"{service.base_url}/v1/people",
            json={"name": "Ola Nordmann", "phone": "+47 900 00 002"},
            headers=admin,
        ).json()["id"]
        for _ in range(5):
            httpx.get(f"{service.base_url}/v1/people/{person}", headers=admin)
        assert stored_disclosures(tmp_path, person) == 0
    assert stored_disclosures(tmp_path, person) == 6
