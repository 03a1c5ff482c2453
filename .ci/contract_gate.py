#!/usr/bin/env python3
"""No silent breaking change: openapi.yaml against the last released contract.

    .venv/bin/python .ci/contract_gate.py [--contract openapi.yaml] [--released contract/released]
        [--changelog CHANGELOG.md] [--optic contract/node_modules/.bin/optic]

The last released contract is the newest `openapi-X.Y.Z.yaml` in --released (`make release-contract`
writes it). When the contract differs from it, its `info.version` must be newer, CHANGELOG.md must
have a `## X.Y.Z` entry for it, and Optic's breaking-changes ruleset (contract/optic.yml) must pass:
Optic lets a breaking change through only when the major version rises. Exit 1 with the reason.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import yaml

ROOT = Path(__file__).resolve().parents[1]
RELEASED = re.compile(r"^openapi-(\d+)\.(\d+)\.(\d+)\.yaml$")


def fail(message: str) -> NoReturn:
    print(f"contract gate: FAILED: {message}")
    sys.exit(1)


def semver(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", str(text))
    if match is None:
        fail(f"info.version {text!r} is not a semantic version MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        fail(f"{path} is not an OpenAPI document")
    return document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--contract", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--released", type=Path, default=ROOT / "contract" / "released")
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    parser.add_argument("--standard", type=Path, default=ROOT / "contract" / "optic.yml")
    parser.add_argument("--optic", type=Path, default=ROOT / "contract" / "node_modules" / ".bin" / "optic")
    args = parser.parse_args()

    releases = sorted(
        (tuple(int(part) for part in match.groups()), path)
        for path in args.released.glob("openapi-*.yaml")
        if (match := RELEASED.match(path.name))
    )
    if not releases:
        fail(f"no released contract (openapi-X.Y.Z.yaml) in {args.released}")
    released_version, released_path = releases[-1]
    released = load(released_path)
    contract = load(args.contract)
    version = semver(contract.get("info", {}).get("version", ""))
    shown = ".".join(map(str, version))
    if version < released_version:
        fail(f"info.version {shown} is older than the released {released_path.name}")
    if contract == released:
        print(f"contract gate: {args.contract.name} is the released contract {shown}, unchanged")
        return
    if version == released_version:
        fail(f"{args.contract.name} differs from the released {shown}: give it a new info.version")
    changelog = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else ""
    if not re.search(rf"^## {re.escape(shown)}\b", changelog, re.MULTILINE):
        fail(f"{args.changelog.name} has no entry `## {shown}` saying what changed")
    if not args.optic.exists():
        fail(f"{args.optic} is missing: npm ci --prefix contract")

    # No usage data from CI; no comment on a pull request; the verdict is the exit status.
    environment = os.environ | {"OPTIC_TELEMETRY_LEVEL": "off", "CI": "false", "NO_COLOR": "1"}
    result = subprocess.run(  # noqa: S603 - the pinned Optic of contract/package-lock.json
        [
            str(args.optic),
            "diff",
            str(released_path),
            str(args.contract),
            "--check",
            "--standard",
            str(args.standard),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )
    breaking = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("x ")]
    if result.returncode != 0:
        print(result.stdout[-8000:], result.stderr[-2000:], sep="\n")
        major = version[0] > released_version[0]
        fail(
            f"{shown} breaks clients of the released {'.'.join(map(str, released_version))}"
            + ("" if major else " without a major version bump")
            + (f": {'; '.join(breaking)}" if breaking else f" (Optic exited {result.returncode})")
        )
    kind = "major" if version[0] > released_version[0] else "no breaking change"
    print(f"contract gate: {shown} against the released {released_path.name}: {kind}, CHANGELOG entry found")


if __name__ == "__main__":
    main()
