"""CI's contract gate (.ci/contract_gate.py, Optic): a breaking change fails it unless the major version
rises; an additive one passes. Run on small contracts made here, as a release and a change to it."""

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
GATE = PROJECT_ROOT / ".ci" / "contract_gate.py"
OPTIC = PROJECT_ROOT / "contract" / "node_modules" / ".bin" / "optic"

RELEASED: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gate fixture", "version": "1.2.0"},
    "paths": {
        "/v1/things/{id}": {
            "get": {
                "operationId": "readThing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                "required": ["id", "name"],
            }
        }
    },
}


def changed(version: str, change: str) -> dict[str, Any]:
    document = copy.deepcopy(RELEASED)
    document["info"]["version"] = version
    thing = document["components"]["schemas"]["Thing"]
    if change == "additive":  # a new optional property in a response: a client may ignore it
        thing["properties"]["colour"] = {"type": "string"}
    elif change == "breaking":  # a response property a client reads is gone
        del thing["properties"]["name"]
        thing["required"] = ["id"]
    return document


def gate(tmp_path: Path, contract: dict[str, Any], changelog: str) -> subprocess.CompletedProcess[str]:
    if not OPTIC.exists():
        pytest.fail(f"{OPTIC} is missing: `npm ci --prefix contract` (Node.js 20.19+), as .ci/run does")
    released = tmp_path / "released"
    released.mkdir()
    (released / "openapi-1.2.0.yaml").write_text(yaml.safe_dump(RELEASED), encoding="utf-8")
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(contract), encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            str(GATE),
            "--contract",
            str(tmp_path / "openapi.yaml"),
            "--released",
            str(released),
            "--changelog",
            str(tmp_path / "CHANGELOG.md"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_breaking_change_without_a_major_version_fails_the_gate(tmp_path: Path) -> None:
    result = gate(tmp_path, changed("1.3.0", "breaking"), "## 1.3.0\n\nDropped `name`.\n")
    assert result.returncode == 1, result.stdout
    assert "breaks clients of the released 1.2.0 without a major version bump" in result.stdout


def test_an_additive_change_with_a_minor_version_passes_the_gate(tmp_path: Path) -> None:
    result = gate(tmp_path, changed("1.3.0", "additive"), "## 1.3.0\n\nThings have a `colour`.\n")
    assert result.returncode == 0, result.stdout
    assert "1.3.0 against the released openapi-1.2.0.yaml: no breaking change" in result.stdout


def test_a_breaking_change_announced_by_a_major_version_passes_the_gate(tmp_path: Path) -> None:
    result = gate(tmp_path, changed("2.0.0", "breaking"), "## 2.0.0\n\nDropped `name`.\n")
    assert result.returncode == 0, result.stdout
    assert "major" in result.stdout


def test_a_change_under_the_released_version_fails_the_gate(tmp_path: Path) -> None:
    result = gate(tmp_path, changed("1.2.0", "additive"), "## 1.2.0\n")
    assert result.returncode == 1
    assert "give it a new info.version" in result.stdout


def test_a_new_version_without_a_changelog_entry_fails_the_gate(tmp_path: Path) -> None:
    result = gate(tmp_path, changed("1.3.0", "additive"), "## 1.2.0\n")
    assert result.returncode == 1
    assert "no entry `## 1.3.0`" in result.stdout
