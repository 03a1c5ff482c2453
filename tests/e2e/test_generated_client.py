"""The committed contract, proven usable by a client generated from it.

Integrators do not read our code: they run a generator on `openapi.yaml` and call what comes out
(docs/API.md, "Generated clients"). A schema can be valid and still be useless to them: an undeclared
status raises, an error served in another shape than the declared problem+json fails to parse, an
operationId or a header nobody can pass makes a call impossible. So this module generates a Python
client with openapi-python-client, starts a real uvicorn process on a fresh SQLite file, and runs the
everyday council calls through the generated code only, as an integrator would. If the generator
cannot read the contract, the test fails: it never skips.
"""

import importlib
import inspect
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.e2e.live_service import live_service

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONTRACT = PROJECT_ROOT / "openapi.yaml"
PACKAGE = "lis_registry_client"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client package generated from the committed openapi.yaml, imported under `PACKAGE`."""
    workdir = tmp_path_factory.mktemp("generated-client")
    config = workdir / "config.yaml"
    # The spreadsheets' media type is one the generator does not know; read as bytes, as README says.
    config.write_text(
        "post_hooks: []\ncontent_type_overrides:\n"
        "  application/vnd.openxmlformats-officedocument.spreadsheetml.sheet: application/octet-stream\n",
        encoding="utf-8",
    )
    if not GENERATOR.exists():
        pytest.fail(f"{GENERATOR} is missing: install the dev dependencies (pip install -e '.[dev]')")
    result = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(CONTRACT),
            "--output-path",
            str(workdir / PACKAGE),
            "--config",
            str(config),
            "--meta",
            "none",
            # A part of the schema it cannot read is a warning, and the operation is left out.
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or not (workdir / PACKAGE).is_dir():
        pytest.fail(f"openapi-python-client could not generate a client:\n{result.stdout}\n{result.stderr}")
    sys.path.insert(0, str(workdir))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(workdir))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def operation(name: str) -> Any:
    """An operation module of the generated client, e.g. `operation("councils.create_council")`."""
    return importlib.import_module(f"{PACKAGE}.api.{name}")


def model(name: str) -> Any:
    return getattr(importlib.import_module(f"{PACKAGE}.models"), name)


@dataclass(frozen=True)
class Service:
    base_url: str
    admin_token: str


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """uvicorn on a fresh SQLite file: migrated, reference data loaded, no councils yet."""
    with live_service(tmp_path_factory.mktemp("service"), ("migrate",), ("load-reference",)) as live:
        yield Service(live.base_url, admin_token=live.command("token", "--scope", "admin"))


@pytest.fixture(scope="module")
def admin(generated: ModuleType, service: Service) -> Iterator[Any]:
    with generated.AuthenticatedClient(
        base_url=service.base_url, token=service.admin_token, raise_on_unexpected_status=True
    ) as client:
        yield client


@pytest.fixture(scope="module")
def anonymous(generated: ModuleType, service: Service) -> Iterator[Any]:
    with generated.Client(base_url=service.base_url, raise_on_unexpected_status=True) as client:
        yield client


def neurology_council_request() -> Any:
    return model("CouncilCreate")(kind=model("CouncilKind").INTERREGIONAL, specialty="nevrologi")


@pytest.fixture(scope="module")
def neurology_council(admin: Any) -> Any:
    """The inter-regional council for neurology, established through the generated client."""
    response = operation("councils.create_council").sync_detailed(
        client=admin, body=neurology_council_request()
    )
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, model("CouncilDetail"))
    assert response.headers["location"] == f"/v1/councils/{response.parsed.id}"
    return response.parsed


def test_a_council_created_through_the_generated_client_reads_back_the_same(
    admin: Any, neurology_council: Any
) -> None:
    council = operation("councils.get_council").sync(client=admin, council_id=neurology_council.id)

    assert isinstance(council, model("CouncilDetail"))
    assert council.id == neurology_council.id
    assert council.kind == model("CouncilKind").INTERREGIONAL
    assert council.specialty == "nevrologi"
    assert council.region is None
    assert council.name == "Tverregionalt råd for spesialistutdanning i nevrologi"
    assert council.profile == model("ProfileName").INTERREGIONAL
    assert council.dissolved_on is None
    assert council.established_on == neurology_council.established_on
    assert council.created_at.tzinfo is not None
    assert (council.leadership, council.representatives) == (None, [])


def test_creating_the_same_council_twice_gives_a_parsed_problem_naming_council_unique(
    admin: Any, neurology_council: Any
) -> None:
    response = operation("councils.create_council").sync_detailed(
        client=admin, body=neurology_council_request()
    )

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.parsed
    assert isinstance(problem, model("Problem"))
    assert (problem.status, problem.rule) == (409, "COUNCIL-UNIQUE")
    assert [error.pointer for error in problem.errors] == ["/specialty"]
    listed = operation("councils.list_councils").sync(client=admin, specialty="nevrologi")
    assert [council.id for council in listed.items] == [neurology_council.id]


def test_the_public_can_list_councils_with_the_anonymous_client(
    anonymous: Any, neurology_council: Any
) -> None:
    listed = operation("councils.list_councils").sync(client=anonymous)

    assert isinstance(listed, model("CouncilList"))
    assert (neurology_council.id, neurology_council.name) in [(c.id, c.name) for c in listed.items]
    assert listed.next_cursor is None


def test_the_generated_client_can_change_a_council_with_the_etag_it_read(admin: Any) -> None:
    created = operation("councils.create_council").sync(
        client=admin,
        body=model("CouncilCreate")(kind=model("CouncilKind").INTERREGIONAL, specialty="hjertesykdommer"),
    )
    read = operation("councils.get_council").sync_detailed(client=admin, council_id=created.id)
    change = model("CouncilUpdate")(contact_email="hjerte@example.no")

    updated = operation("councils.update_council").sync_detailed(
        client=admin, council_id=created.id, body=change, if_match=read.headers["etag"]
    )
    stale = operation("councils.update_council").sync_detailed(
        client=admin, council_id=created.id, body=change, if_match=read.headers["etag"]
    )

    assert updated.status_code == 200, updated.content
    assert updated.parsed.contact_email == "hjerte@example.no"
    assert (stale.status_code, stale.parsed.rule) == (412, "PRECONDITION-FAILED")
    again = operation("councils.get_council").sync(client=admin, council_id=created.id)
    assert again.contact_email == "hjerte@example.no"


@pytest.mark.parametrize(
    "name",
    ["councils.get_council", "councils.list_councils", "reference_data.list_regions", "rules.get_rule"],
)
def test_an_anonymous_read_takes_the_plain_client(name: str) -> None:
    """The contract declares anonymous reads as anonymous, so the generated function takes a plain
    `Client` as well as an authenticated one (openapi-python-client reads `security`)."""
    annotation = str(inspect.signature(operation(name).sync_detailed).parameters["client"].annotation)
    assert "AuthenticatedClient" in annotation
    assert re.search(r"(?<!Authenticated)Client\b", annotation), annotation


def test_a_protected_operation_demands_the_authenticated_client() -> None:
    annotation = str(
        inspect.signature(operation("councils.create_council").sync_detailed).parameters["client"].annotation
    )
    assert not re.search(r"(?<!Authenticated)Client\b", annotation), annotation


def test_the_public_reads_one_council_with_the_anonymous_client(
    anonymous: Any, neurology_council: Any
) -> None:
    council = operation("councils.get_council").sync(client=anonymous, council_id=neurology_council.id)
    assert council.id == neurology_council.id
