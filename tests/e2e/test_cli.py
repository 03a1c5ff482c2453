"""The command line, as an operator meets it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
