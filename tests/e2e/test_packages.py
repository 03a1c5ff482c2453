"""The clients integrators install: the TypeScript package (`npm pack` of clients/typescript) and the
Python one (a wheel of clients/python), each installed into a clean project outside the repository,
its README's flow type-checked there in strict mode and run against a live service."""

import filecmp
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.e2e.live_service import live_service
from tests.e2e.test_typescript_client import TOOL_ENVIRONMENT, node_modules, tool  # noqa: F401 (a fixture)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TYPESCRIPT = PROJECT_ROOT / "clients" / "typescript"
PYTHON = PROJECT_ROOT / "clients" / "python"
PYTHON_PACKAGE = PYTHON / "src" / "lis_registry_client"
VENV_BIN = Path(sys.executable).parent

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("LIS_TEST_DATABASE_URL")),
    reason="the client packages run in the SQLite session only: they start their own service on SQLite, "
    "so a PostgreSQL session would build and install the same packages again",
)


def contract_version() -> str:
    document = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return str(document["info"]["version"])


def readme_block(readme: Path, language: str) -> str:
    """The README's one fenced block in `language`: the flow an integrator copies."""
    blocks = re.findall(rf"^```{language}\n(.*?)^```$", readme.read_text(encoding="utf-8"), re.M | re.S)
    assert len(blocks) == 1, f"{readme} should have one ```{language} block, not {len(blocks)}"
    return str(blocks[0])


def run(
    what: str, command: list[str], cwd: Path, timeout: float, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(
            command,
            cwd=cwd,
            env=dict(env if env is not None else os.environ | TOOL_ENVIRONMENT),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"{what} took more than {timeout:.0f} s:\n{expired.stdout!r}\n{expired.stderr!r}")
    return result


def succeeded(what: str, result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (
        f"{what} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


@dataclass(frozen=True)
class Service:
    base_url: str
    read_token: str

    def environment(self) -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if not k.startswith("LIS_")} | {
            "REGISTRY_URL": self.base_url,
            "REGISTRY_TOKEN": self.read_token,
        }


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """uvicorn on a fresh SQLite file, set up as `python -m app setup` does: the national councils exist."""
    with live_service(tmp_path_factory.mktemp("packages-service"), ("setup",)) as live:
        yield Service(live.base_url, read_token=live.command("token", "--scope", "read"))


# TypeScript


@pytest.fixture(scope="module")
def typescript_project(node_modules: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """A clean project outside the repository with the packed client installed from its tarball."""
    npm = tool("npm")
    packed = tmp_path_factory.mktemp("npm-pack")
    out = succeeded(
        "npm pack",
        run("npm pack", [npm, "pack", "--json", "--pack-destination", str(packed)], TYPESCRIPT, 600),
    )
    # prepack's own output (generating, compiling) comes first; npm's JSON report is the rest.
    report = json.loads(out[re.search(r"^\[$", out, re.M).start() :])  # type: ignore[union-attr]
    (tarball,) = [packed / entry["filename"] for entry in report]
    project = tmp_path_factory.mktemp("typescript-integrator")
    assert not project.is_relative_to(PROJECT_ROOT)
    (project / "package.json").write_text(
        json.dumps({"name": "integrator", "private": True, "type": "module"}), encoding="utf-8"
    )
    types_node = json.loads((TYPESCRIPT / "package.json").read_text())["devDependencies"]["@types/node"]
    succeeded(
        "npm install of the packed client",
        run(
            "npm install",
            [npm, "install", "--no-audit", "--no-fund", str(tarball), f"@types/node@{types_node}"],
            project,
            600,
        ),
    )
    return project


def test_the_typescript_package_is_versioned_as_the_contract(typescript_project: Path) -> None:
    installed = project_package(typescript_project)
    assert installed["version"] == contract_version()
    assert installed["type"] == "module"
    shipped = {
        p.relative_to(typescript_project / "node_modules" / "lis-registry-client").as_posix()
        for p in (typescript_project / "node_modules" / "lis-registry-client").rglob("*")
        if p.is_file()
    }
    assert {"dist/index.js", "dist/index.d.ts", "dist/generated/openapi.d.ts"} <= shipped
    assert {"dist/dpop.js", "dist/dpop.d.ts"} <= shipped  # the DPoP signer, exported by index.js
    assert not any(name.startswith("src/") or "flows" in name or "misuse" in name for name in shipped)


def project_package(project: Path) -> dict[str, object]:
    return dict(json.loads((project / "node_modules" / "lis-registry-client" / "package.json").read_text()))


def test_the_typescript_readme_flow_compiles_strict_in_a_clean_project_and_runs(
    typescript_project: Path,
    node_modules: Path,  # noqa: F811 (the fixture imported above)
    service: Service,
) -> None:
    (typescript_project / "flow.ts").write_text(
        readme_block(TYPESCRIPT / "README.md", "ts"), encoding="utf-8"
    )
    (typescript_project / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "target": "ES2022",
                    "module": "NodeNext",
                    "moduleResolution": "NodeNext",
                    "types": ["node"],
                    "strict": True,
                    "exactOptionalPropertyTypes": True,
                    "noUncheckedIndexedAccess": True,
                    "skipLibCheck": False,
                },
                "files": ["flow.ts"],
            }
        ),
        encoding="utf-8",
    )
    tsc = node_modules / ".bin" / "tsc"
    succeeded("tsc --strict", run("tsc", [str(tsc), "--strict", "-p", "."], typescript_project, 300))

    node = tool("node")
    out = succeeded(
        "the README's flow",
        run("node flow.js", [node, "flow.js"], typescript_project, 120, env=service.environment()),
    )
    assert re.search(
        r"Regionalt utdanningsråd i anestesiologi, Helse Nord: \d+ findings on \d{4}-\d\d-\d\d", out
    )


# Python


def test_the_committed_python_client_is_what_the_contract_generates(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    succeeded(
        "openapi-python-client",
        run(
            "openapi-python-client",
            [
                str(VENV_BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(PROJECT_ROOT / "openapi.yaml"),
                "--meta",
                "none",
                "--fail-on-warning",
                "--output-path",
                str(generated),
                "--config",
                str(PYTHON / "generator.yaml"),
            ],
            tmp_path,
            300,
        ),
    )
    written = {p.relative_to(generated) for p in generated.rglob("*.py")}
    committed_generated = {
        p.relative_to(PYTHON_PACKAGE)
        for p in PYTHON_PACKAGE.rglob("*.py")
        if p.relative_to(PYTHON_PACKAGE).parts[0] in {"api", "models"}
    }
    stale = sorted(
        str(name)
        for name in written | committed_generated
        if not (PYTHON_PACKAGE / name).exists()
        or not (generated / name).exists()
        or not filecmp.cmp(generated / name, PYTHON_PACKAGE / name, shallow=False)
    )
    assert not stale, f"clients/python is stale: run `make python-client` ({stale[:10]})"


@pytest.fixture(scope="module")
def python_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv outside the repository with the client's wheel installed."""
    wheels = tmp_path_factory.mktemp("python-wheel")
    succeeded(
        "pip wheel",
        run(
            "pip wheel",
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--no-build-isolation",
                "-w",
                str(wheels),
                ".",
            ],
            PYTHON,
            300,
        ),
    )
    (wheel,) = wheels.glob("lis_registry_client-*.whl")
    project = tmp_path_factory.mktemp("python-integrator")
    assert not project.is_relative_to(PROJECT_ROOT)
    succeeded("venv", run("venv", [sys.executable, "-m", "venv", str(project / "venv")], project, 120))
    succeeded(
        "pip install of the wheel",
        run(
            "pip install",
            [str(project / "venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
            project,
            600,
        ),
    )
    return project


def test_the_python_package_is_versioned_as_the_contract_and_typed(python_project: Path) -> None:
    python = python_project / "venv" / "bin" / "python"
    code = (
        "import importlib.metadata as m, importlib.resources as r; print(m.version('lis-registry-client'));"
    )
    code += "print(r.files('lis_registry_client').joinpath('py.typed').is_file())"
    out = succeeded("the installed package", run("python", [str(python), "-c", code], python_project, 60))
    assert out.split() == [contract_version(), "True"]


def test_the_python_readme_flow_passes_mypy_strict_in_a_clean_venv_and_runs(
    python_project: Path, service: Service
) -> None:
    (python_project / "flow.py").write_text(readme_block(PYTHON / "README.md", "python"), encoding="utf-8")
    python = python_project / "venv" / "bin" / "python"
    # The repository's mypy, reading the clean venv's packages: the installed client and its typing.
    mypy = [str(VENV_BIN / "mypy"), "--strict", "--python-executable", str(python), "--no-incremental"]
    succeeded("mypy --strict flow.py", run("mypy", [*mypy, "flow.py"], python_project, 300))
    succeeded(
        "mypy --strict on the package", run("mypy", [*mypy, "-p", "lis_registry_client"], python_project, 300)
    )

    out = succeeded(
        "the README's flow",
        run("python flow.py", [str(python), "flow.py"], python_project, 120, env=service.environment()),
    )
    assert re.search(
        r"Regionalt utdanningsråd i anestesiologi, Helse Nord: \d+ findings on \d{4}-\d\d-\d\d", out
    )
