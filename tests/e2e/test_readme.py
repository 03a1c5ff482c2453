"""The README as a newcomer pastes it: every fenced `sh` block, in order, in one bash, on a fresh copy of
the repository. A block that fails fails the test, naming the block.

How the copy is made, and why:

- **The files a clone would have.** The tracked files plus the untracked ones git does not ignore
  (`git ls-files --cached --others --exclude-standard`), so that work not yet committed is tested as it
  will be committed, and nothing ignored comes along: no `.venv`, no `lis-registry.db`, no
  `.lis-dev-key.pem`, no `.env`. The service starts on an empty database, as on a fresh machine.
- **The virtual environment, cheaply.** `make run` would make `.venv` with a pip install, which takes
  minutes. The copy gets a `.venv` directory of its own whose `bin`, `lib`, … are symbolic links into
  the environment running this test, with its own `pyvenv.cfg` (so `.venv/bin/python` is that
  environment's interpreter) and its own `.installed` marker, newer than the copied `pyproject.toml`, so
  that make sees it installed. The running environment is never written to: a symbolic link to the whole
  `.venv` would share its marker, and a make that found it stale would pip-install the copy into it. The
  copy's `app` package is the one that runs: `python -m app` puts the working directory first on the
  path, before the editable install's finder.
- **A free port.** The README says `127.0.0.1:8000`; the test rewrites that address in the snippets to
  a free port and exports `PORT` (which the Makefile's `PORT ?= 8000` takes), so that it neither collides
  with a service already on 8000 nor talks to one.
- **Clean-up.** bash runs in a session of its own; the service it leaves running in the background
  (`make run &`: make and its python) is in that process group, which is killed at the end.

Blocks marked ```` ```sh no-test ```` are skipped; each such block must be one of `NOT_RUN` below,
with the reason it cannot run here.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
README_ADDRESS = "127.0.0.1:8000"
TIMEOUT_SECONDS = 90

FENCE = re.compile(r"^```sh(?P<info>(?:[ \t][^\n]*)?)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

NOT_RUN = {
    "make run ": "the first screen: `make run` serves in the foreground until stopped, and `make test` "
    "runs this suite, this test included; the next block starts the same `make run` in the background",
    "export LIS_DATABASE_URL=postgresql": "needs a PostgreSQL server at the example host db.example",
    "docker compose up": "needs a Docker engine, which the machines that run these tests do not have; "
    "CI validates compose.yaml with `docker-compose config` and replays the Dockerfile's steps",
    "python3 -m venv /opt/lis": "installs the service into /opt/lis and serves in the foreground; CI runs "
    "the same commands (the runtime lock, then the wheel) from an empty directory: `.ci/run`'s step "
    "'the wheel in a clean venv'",
    ".venv/bin/python bench/run.py": "the benchmark: minutes of load with wrk against a PostgreSQL "
    "database of its own; it reports and asserts nothing, so no test runs it (bench/README.md)",
}
"""The start of each block that is not run, and why."""


def snippets(readme: str) -> list[tuple[int, str, bool]]:
    """Every fenced `sh` block: its line in the README, its text, and whether it runs."""
    blocks = []
    for match in FENCE.finditer(readme):
        line = readme.count("\n", 0, match.start()) + 1
        blocks.append((line, match["body"], "no-test" not in match["info"].split()))
    return blocks


def inherited_setting(name: str) -> bool:
    """Variables a newcomer's shell would not have: the service's settings, the Makefile's overridable
    variables, and what a surrounding `make test` or test run exports."""
    return name.startswith(("LIS_", "MAKE", "PYTEST")) or name in {
        "MFLAGS",
        "VENV",
        "HOST",
        "PORT",
        "PYTHONPATH",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def tracked_and_untracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return sorted({name for name in listed.split("\0") if name})


def fresh_copy(destination: Path) -> Path:
    for name in tracked_and_untracked_files():
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree, not yet in the index
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    return destination


def borrow_virtual_environment(copy: Path) -> None:
    environment = Path(sys.prefix)
    assert environment != Path(sys.base_prefix), "run the tests from the project's virtual environment"
    venv = copy / ".venv"
    venv.mkdir()
    for entry in environment.iterdir():
        if entry.name in {"pyvenv.cfg", ".installed"}:
            continue
        (venv / entry.name).symlink_to(entry)
    shutil.copy2(environment / "pyvenv.cfg", venv / "pyvenv.cfg")
    marker = venv / ".installed"
    marker.touch()
    installed = marker.stat().st_mtime
    os.utime(copy / "pyproject.toml", (installed - 60, installed - 60))


def script(blocks: list[tuple[int, str, bool]], port: int) -> str:
    lines = ["set -euo pipefail"]
    for number, (line, body, runs) in enumerate(blocks, start=1):
        if not runs:
            continue
        lines.append(f"printf '\\n>>> README snippet %s (line %s)\\n' {number} {line}")
        lines.append(body.replace(README_ADDRESS, f"127.0.0.1:{port}"))
    lines.append("printf '\\n>>> README snippets done\\n'")
    return "\n".join(lines) + "\n"


def stop(process: subprocess.Popen[bytes]) -> None:
    """Kill what the snippets left running (the background `make run` and its python)."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
    if process.poll() is None:
        process.wait(timeout=5)


def test_every_not_run_block_is_one_the_test_explains() -> None:
    blocks = snippets(README.read_text(encoding="utf-8"))
    assert blocks, "the README has no fenced sh blocks"
    skipped = [body for _, body, runs in blocks if not runs]
    unexplained = [body for body in skipped if not any(body.startswith(start) for start in NOT_RUN)]
    assert not unexplained, f"blocks marked no-test without a reason in NOT_RUN: {unexplained}"
    unused = [start for start in NOT_RUN if not any(body.startswith(start) for body in skipped)]
    assert not unused, f"reasons in NOT_RUN for blocks the README no longer skips: {unused}"


def test_the_readme_snippets_run_in_order_on_a_fresh_copy(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("this test copies the repository's files as git lists them: run it in a git work tree")
    blocks = snippets(README.read_text(encoding="utf-8"))
    port = free_port()
    text = script(blocks, port)
    assert "8000" not in text, "a snippet names port 8000 in a form the test does not rewrite"

    copy = fresh_copy(tmp_path / "clone")
    borrow_virtual_environment(copy)
    (copy / "readme.sh").write_text(text, encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not inherited_setting(k)} | {"PORT": str(port)}
    log = tmp_path / "readme.log"

    with log.open("wb") as output:
        process = subprocess.Popen(
            ["bash", "readme.sh"],
            cwd=copy,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            status = process.wait(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            status = None
        finally:
            stop(process)

    transcript = log.read_text(encoding="utf-8", errors="replace")
    started = re.findall(r"^>>> README snippet (\d+) \(line (\d+)\)$", transcript, re.MULTILINE)
    where = f"snippet {started[-1][0]} (README line {started[-1][1]})" if started else "before any snippet"
    if status is None:
        pytest.fail(
            f"the README snippets did not finish within {TIMEOUT_SECONDS} s, in {where}:\n{transcript}"
        )
    assert status == 0, f"{where} failed with exit status {status}:\n{transcript}"
    # A snippet that exits early, with status 0, skips the ones after it.
    assert "\n>>> README snippets done\n" in transcript, f"the snippets stopped after {where}:\n{transcript}"
