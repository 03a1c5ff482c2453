"""The command line, as an operator meets it."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.live_service import development_settings, run_app

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", ["setup", "migrate"])
def test_an_unreachable_postgresql_is_one_line_saying_what_is_wrong(command: str, tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
        "LIS_DATABASE_URL": "postgresql://registry:s3cret@127.0.0.1:1/registry",
        "PYTHONPATH": str(PROJECT),
    }
    finished = subprocess.run(
        [sys.executable, "-m", "app", command],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 1
    lines = finished.stderr.strip().splitlines()
    assert len(lines) == 1, finished.stderr
    assert lines[0].startswith("cannot use the database at postgresql+asyncpg://registry:***@127.0.0.1:1/")
    assert "s3cret" not in finished.stderr


def test_the_retention_command_reports_by_default_and_removes_only_with_apply(tmp_path: Path) -> None:
    """`python -m app retention` is a dry run: it says what it would remove and removes nothing;
    `--apply` removes it. Here a person registered today, never seated, is erased when contact data is
    kept zero years."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
        "PYTHONPATH": str(PROJECT),
        **development_settings(tmp_path),
        "LIS_RETENTION_CONTACT_YEARS": "0",
    }
    run_app(tmp_path, environment, "setup")
    with sqlite3.connect(tmp_path / "lis-registry.db") as database:
        database.execute(
            "INSERT INTO person (id, name, email, publish_email, created_at, updated_at) VALUES "
            "('5f0c7a8e3b1d4c2a9e6f1a2b3c4d5e6f', 'Kari', 'kari@unn.no', 0, '2020-01-01 00:00:00', "
            "'2020-01-01 00:00:00')"
        )

    def emails() -> list[str | None]:
        with sqlite3.connect(tmp_path / "lis-registry.db") as database:
            return [row[0] for row in database.execute("SELECT email FROM person")]

    dry = run_app(tmp_path, environment, "retention")
    assert '"contact_data": 1' in dry
    assert '"applied": false' in dry
    assert emails() == ["kari@unn.no"]
    applied = run_app(tmp_path, environment, "retention", "--apply")
    assert '"contact_data": 1' in applied
    assert '"applied": true' in applied
    assert emails() == [None]
