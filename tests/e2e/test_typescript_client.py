"""The committed contract, as a TypeScript integrator uses it: openapi-typescript and openapi-fetch.

`clients/typescript` holds the README's flows (`src/flows.ts`) and mistakes the generated types must
refuse (`src/misuse.ts`, one `// @ts-expect-error` before each). This module installs its pinned
packages (`npm ci`), generates the types from the committed `openapi.yaml`, compiles both files with
`tsc --strict`, and runs the compiled flows against a real uvicorn process on a fresh SQLite file, with
tokens from `python -m app token`, as tests/e2e/test_generated_client.py does for Python. Without Node.js
and npm it fails: it never skips for want of tools.

It runs once per CI run, in the SQLite session: the service it starts is its own, on SQLite, whatever
LIS_TEST_DATABASE_URL says, so a PostgreSQL session would only repeat it.
"""

import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.live_service import development_settings, live_service

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CLIENT = PROJECT_ROOT / "clients" / "typescript"
GENERATED = CLIENT / "src" / "generated" / "openapi.ts"
COMPILED = CLIENT / "dist"
MISUSE = CLIENT / "src" / "misuse.ts"
INSTALL_STAMP = CLIENT / "node_modules" / ".installed-from-lock"  # written by scripts/stamp-install.mjs
NORDLANDSSYKEHUSET = "983974910"

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("LIS_TEST_DATABASE_URL")),
    reason="the TypeScript client runs in the SQLite session only: it starts its own service on SQLite, "
    "so a PostgreSQL session would run the same thing again",
)

TOOL_ENVIRONMENT = {
    "npm_config_update_notifier": "false",
    "npm_config_fund": "false",
    "npm_config_audit": "false",
    "REDOCLY_TELEMETRY": "off",
    "SCARF_ANALYTICS": "false",
}


def run(
    what: str, command: list[str], timeout: float, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a tool in the project root; one that times out fails the test."""
    try:
        return subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            env=dict(env if env is not None else os.environ | TOOL_ENVIRONMENT),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"{what} took more than {timeout:.0f} s:\n{expired.stdout!r}\n{expired.stderr!r}")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"`{name}` is not on PATH: the TypeScript client test needs Node.js 20.19+ and npm "
            "(see clients/typescript/package.json, `engines`)"
        )
    return path


def lock_digest() -> str:
    return hashlib.sha256((CLIENT / "package-lock.json").read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def node_modules() -> Path:
    """clients/typescript/node_modules, installed by `npm ci` unless already installed from this lock."""
    node, npm = tool("node"), tool("npm")
    version = run("node --version", [node, "--version"], 30).stdout.strip()
    release = re.fullmatch(r"v(\d+)\.(\d+)\.\d+", version)
    if release is None or (int(release[1]), int(release[2])) < (20, 19):
        pytest.fail(f"Node.js {version or '(unknown)'} is too old: the TypeScript client needs 20.19+")
    installed = INSTALL_STAMP.read_text().strip() if INSTALL_STAMP.exists() else None
    if installed != lock_digest():
        result = run("npm ci", [npm, "ci", "--prefix", str(CLIENT)], 600)
        if result.returncode != 0:
            pytest.fail(f"npm ci failed in {CLIENT}:\n{result.stdout}\n{result.stderr}")
        if not INSTALL_STAMP.exists() or INSTALL_STAMP.read_text().strip() != lock_digest():
            pytest.fail(f"npm ci did not record the lock it installed from ({INSTALL_STAMP})")
    return CLIENT / "node_modules"


@dataclass(frozen=True)
class Compilation:
    returncode: int
    errors: list[str]
    """tsc's diagnostics, one entry per error with its continuation lines."""

    def in_file(self, path: Path) -> list[str]:
        prefix = str(path.relative_to(PROJECT_ROOT))
        return [error for error in self.errors if error.startswith(prefix)]

    def outside(self, path: Path) -> list[str]:
        return [error for error in self.errors if error not in self.in_file(path)]


@pytest.fixture(scope="module")
def compiled(node_modules: Path) -> Compilation:
    """The types generated from openapi.yaml, and `tsc --strict -p clients/typescript` over them."""
    npm = tool("npm")
    GENERATED.unlink(missing_ok=True)
    generation = run(
        "generating the types", [npm, "run", "--silent", "--prefix", str(CLIENT), "generate"], 120
    )
    if generation.returncode != 0 or not GENERATED.is_file():
        pytest.fail(
            f"openapi-typescript could not read openapi.yaml:\n{generation.stdout}\n{generation.stderr}"
        )
    shutil.rmtree(COMPILED, ignore_errors=True)
    tsc = node_modules / ".bin" / "tsc"
    result = run(
        "tsc", [str(tsc), "--strict", "--pretty", "false", "-p", str(CLIENT.relative_to(PROJECT_ROOT))], 300
    )
    errors: list[str] = []
    for line in result.stdout.splitlines():
        if line.startswith(" ") and errors:
            errors[-1] += f"\n{line}"
        elif line.strip():
            errors.append(line)
    if result.returncode != 0 and not errors:
        pytest.fail(f"tsc failed without a diagnostic:\n{result.stdout}\n{result.stderr}")
    return Compilation(result.returncode, errors)


def test_the_flows_compile_under_strict_against_the_generated_types(compiled: Compilation) -> None:
    errors = compiled.outside(MISUSE)

    assert not errors, "the README's flows (src/flows.ts) do not compile against openapi.yaml:\n" + "\n".join(
        errors
    )


def test_the_generated_types_refuse_every_misuse(compiled: Compilation) -> None:
    """An unused `@ts-expect-error` in misuse.ts is a mistake the contract lets an integrator make."""
    source = MISUSE.read_text(encoding="utf-8").splitlines()
    accepted = []
    for error in compiled.in_file(MISUSE):
        location = re.match(r"[^(]+\((\d+),\d+\): error (TS\d+)", error)
        if location and location[2] == "TS2578":  # Unused '@ts-expect-error' directive
            directive = source[int(location[1]) - 1].strip().removeprefix("// @ts-expect-error").strip()
            accepted.append(f"line {location[1]}: {directive}")
        else:
            accepted.append(error)

    assert not accepted, "openapi.yaml's types accept these misuses (clients/typescript/src/misuse.ts):\n" + (
        "\n".join(accepted)
    )


@dataclass(frozen=True)
class Service:
    base_url: str
    appointments_token: str
    admin_token: str
    dpop_token: str
    dpop_key_file: Path


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """uvicorn on a fresh SQLite file, set up as `python -m app setup` does: the national councils exist.
    DPoP proofs must carry the service's nonce, so that the middleware's answer to it is exercised."""
    workdir = tmp_path_factory.mktemp("typescript-service")
    settings = development_settings(workdir) | {
        "LIS_DPOP_NONCES": "true",
        "LIS_DPOP_NONCE_SECRET": "typescript-client-test-nonce-secret-0123456789",
    }
    with live_service(workdir, ("setup",), settings=settings) as live:
        yield Service(
            live.base_url,
            appointments_token=live.command("token", "--scope", "appointments", "--org", NORDLANDSSYKEHUSET),
            admin_token=live.command("token", "--scope", "admin"),
            dpop_token=live.command("token", "--scope", "admin", "--dpop"),
            dpop_key_file=workdir / ".lis-dpop-key.pem",
        )


def test_the_compiled_flows_run_against_the_live_service(
    compiled: Compilation, request: pytest.FixtureRequest
) -> None:
    if compiled.outside(MISUSE):
        pytest.fail("src/flows.ts does not compile against openapi.yaml (see the test above); not run")
    service: Service = request.getfixturevalue("service")  # started only for flows that compiled
    node = tool("node")

    result = run(
        "the flows",
        [node, str(COMPILED / "flows.js")],
        120,
        env={k: v for k, v in os.environ.items() if not k.startswith("LIS_")}
        | {
            "REGISTRY_URL": service.base_url,
            "APPOINTMENTS_TOKEN": service.appointments_token,
            "ADMIN_TOKEN": service.admin_token,
            "DPOP_TOKEN": service.dpop_token,
            "DPOP_KEY_FILE": str(service.dpop_key_file),
        },
    )

    assert result.returncode == 0, f"the flows failed:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.rstrip().endswith("all flows done"), result.stdout
