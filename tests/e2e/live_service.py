"""A real uvicorn, started as an operator would (`python -m app …`), for the tests that drive the
service from outside: the README's run command and generated clients."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class LiveService:
    base_url: str
    workdir: Path
    environment: dict[str, str]
    process: "subprocess.Popen[bytes]"
    log_path: Path

    def log(self) -> str:
        """What the service has written so far (standard output and error)."""
        return _text(self.log_path)

    def command(self, *args: str) -> str:
        """`python -m app ARGS` against the service's database, its standard output."""
        return run_app(self.workdir, self.environment, *args)


def run_app(workdir: Path, environment: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"python -m app {' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    return result.stdout.strip()


def development_settings(workdir: Path) -> dict[str, str]:
    """A SQLite file in `workdir`, set up by the preparation commands, and development tokens."""
    return {
        "LIS_DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'lis-registry.db'}",
        "LIS_AUTO_SETUP": "false",
        "LIS_DEV_TOKENS": "true",
        "LIS_DEV_KEY_FILE": str(workdir / "dev-key.pem"),
    }


@contextmanager
def live_service(
    workdir: Path,
    *preparation: tuple[str, ...],
    settings: dict[str, str] | None = None,
    workers: int = 1,
) -> Iterator[LiveService]:
    """Run each `preparation` command (e.g. `("setup",)`), then serve from `workdir` until the block
    ends, with no LIS_* variable but `settings` (default: `development_settings`)."""
    settings = development_settings(workdir) if settings is None else settings
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
        "PYTHONPATH": str(PROJECT_ROOT),
        **settings,
    }
    for command in preparation:
        run_app(workdir, environment, *command)
    port = free_port()
    log_path = workdir / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(workers)],
            cwd=workdir,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    pytest.fail(f"the service exited with {process.returncode}:\n{_text(log_path)}")
                try:
                    if httpx.get(f"{base_url}/health/ready", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.2)
            else:
                pytest.fail(f"the service did not become ready within 60 s:\n{_text(log_path)}")
            yield LiveService(base_url, workdir, environment, process, log_path)
        finally:
            process.terminate()
            process.wait(timeout=10)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
