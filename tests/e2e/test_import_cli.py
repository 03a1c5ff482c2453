"""`python -m app import FILE [--region R] [--commit]`: the import as RegUt's staff run it, against the
configured database, in a process of its own."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.test_imports import THREE_TERMS, history_file, seat_row


@pytest.fixture
def database(tmp_path: Path) -> dict[str, str]:
    """A fresh SQLite database, set up as `python -m app setup` sets one up."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
        "LIS_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'registry.db'}",
        "COLUMNS": "200",  # the report's table, unwrapped
    }
    subprocess.run([sys.executable, "-m", "app", "setup"], env=environment, check=True, capture_output=True)
    return environment


def run(environment: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "import", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_dry_run_then_a_commit_then_the_same_file_again_changes_nothing(
    database: dict[str, str], tmp_path: Path
) -> None:
    file = tmp_path / "rur-anestesi.xlsx"
    file.write_bytes(history_file())
    dry = run(database, str(file), "--region", "helse-nord")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "validated" in dry.stdout
    assert "nothing was written" in dry.stdout
    committed = run(database, str(file), "--region", "helse-nord", "--commit")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert "committed" in committed.stdout
    again = run(database, str(file), "--commit")
    assert again.returncode == 0
    assert "│ 0       │ 0       │ 8         │ 0       │" in again.stdout, again.stdout


def test_a_refused_row_is_shown_in_the_table_and_the_exit_status_is_not_zero(
    database: dict[str, str], tmp_path: Path
) -> None:
    """ONE-PER-TRUST: a fourth term overlaps the third."""
    file = tmp_path / "rur-anestesi.xlsx"
    file.write_bytes(history_file(seats=[*THREE_TERMS, seat_row("Tor Tå", "1000009", "unn", "01.06.2024")]))
    refused = run(database, str(file), "--commit")
    assert refused.returncode == 1
    assert "ONE-PER-TRUST" in refused.stdout
    assert "Medlemmer" in refused.stdout


def test_another_regions_regut_is_refused_in_one_line(database: dict[str, str], tmp_path: Path) -> None:
    file = tmp_path / "rur-anestesi.xlsx"
    file.write_bytes(history_file())
    refused = run(database, str(file), "--region", "helse-vest")
    assert refused.returncode != 0
    assert "only the RegUt of helse-nord" in refused.stderr
    assert "Traceback" not in refused.stderr
