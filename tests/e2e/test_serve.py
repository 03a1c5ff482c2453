"""The README's run command, for real: a uvicorn process in an empty directory, on the embedded default."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.live_service import live_service


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m app serve` in an empty directory with no settings at all, as the README runs it."""
    workdir = tmp_path_factory.mktemp("empty")
    with live_service(workdir, settings={}) as live:
        yield live.base_url
    assert (workdir / "lis-registry.db").exists()


def test_a_fresh_start_serves_the_national_council_structure(served: str) -> None:
    response = httpx.get(
        f"{served}/v1/councils", params={"region": "helse-nord", "specialty": "anestesiologi"}
    )
    assert response.status_code == 200
    [council] = response.json()["items"]
    assert (council["kind"], council["region"], council["specialty"]) == (
        "regional",
        "helse-nord",
        "anestesiologi",
    )


def test_the_served_contract_is_the_committed_one(served: str) -> None:
    import yaml

    committed = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8")
    )
    assert httpx.get(f"{served}/openapi.json").json() == committed


def test_the_token_command_refuses_unless_development_tokens_are_on(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "token", "--scope", "admin"],
        cwd=tmp_path,
        env=environment | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "LIS_DEV_TOKENS" in result.stderr
    assert not (tmp_path / ".lis-dev-key.pem").exists()
