"""The README's run command, for real: a uvicorn process in an empty directory, on the embedded default."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("empty")
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)],
        cwd=workdir,
        env=environment | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"the service exited with {process.returncode}:\n{output}")
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        else:
            pytest.fail("the service did not become ready within 60 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
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
