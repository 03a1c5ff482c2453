"""The committed `openapi.yaml` is the contract: generated from the code, and usable by clients."""

import re
from itertools import combinations

import yaml

from app.__main__ import openapi_document
from tests.conftest import PROJECT_ROOT

OPERATIONS = {"get", "put", "post", "patch", "delete"}


def committed() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def operations(document: dict) -> list[dict]:
    return [op for path in document["paths"].values() for method, op in path.items() if method in OPERATIONS]


def test_committed_openapi_matches_the_application() -> None:
    assert yaml.safe_load(openapi_document()) == committed(), (
        "openapi.yaml is out of date: regenerate it with `python -m app openapi`"
    )


def test_operation_ids_are_unique_readable_camel_case() -> None:
    ids = [op["operationId"] for op in operations(committed())]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)*", i) for i in ids), ids


HTML_ERROR_PAGES = {("openLink", "404")}
"""Errors a person sees in a browser: a link that opens nothing is a page, not problem+json (README,
Handing a person a link)."""


def test_every_error_is_declared_as_problem_json_not_fastapis_default() -> None:
    document = committed()
    for op in operations(document):
        for status, response in op["responses"].items():
            if (op["operationId"], status) in HTML_ERROR_PAGES:
                assert list(response["content"]) == ["text/html"]
            elif status.startswith(("4", "5")):
                assert list(response["content"]) == ["application/problem+json"], (op["operationId"], status)
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert "Problem" in document["components"]["schemas"]


def test_every_success_is_one_media_type_so_a_generated_client_types_it_as_one_thing() -> None:
    """Issue 24: two media types on one 2xx make a generated client type its data as a union (TypeScript:
    `Directory | string`). Another representation is an operation of its own (`/v1/directory.csv`,
    `/v1/compliance.html`); the JSON operation sends a client that asks for it there (303)."""
    several = {
        (op["operationId"], status): list(response.get("content", {}))
        for op in operations(committed())
        for status, response in op["responses"].items()
        if status.startswith("2") and len(response.get("content", {})) != (0 if status == "204" else 1)
    }
    assert not several


def test_each_representation_negotiated_away_is_a_declared_redirect_to_its_own_operation() -> None:
    paths = committed()["paths"]
    for json_path, twins in {
        "/v1/directory": ["/v1/directory.csv", "/v1/directory.xlsx"],
        "/v1/compliance": ["/v1/compliance.html"],
        "/v1/councils/{council_id}/activity-summary": ["/v1/councils/{council_id}/activity-summary.html"],
    }.items():
        responses = paths[json_path]["get"]["responses"]
        assert list(responses["200"]["content"]) == ["application/json"], json_path
        assert "Location" in responses["303"]["headers"], json_path
        for twin in twins:
            assert twin in responses["303"]["description"], (json_path, twin)
            assert "application/json" not in paths[twin]["get"]["responses"]["200"]["content"], twin


def test_one_schema_per_model_for_generated_clients() -> None:
    assert not [name for name in committed()["components"]["schemas"] if name.endswith(("-Input", "-Output"))]


def test_no_schema_is_titled_apart_from_its_component_name() -> None:
    # Generators name a type by one or the other: TypeScript by the component, Python by the title.
    schemas = committed()["components"]["schemas"]
    assert not {name: s["title"] for name, s in schemas.items() if s.get("title", name) != name}


def test_no_property_is_named_as_its_own_schema() -> None:
    # A Python model `Note` with a field `note` shadows its class inside the class body (mypy --strict).
    schemas = committed()["components"]["schemas"]
    shadowing = [
        name
        for name, schema in schemas.items()
        if any(prop.lower() == name.lower() for prop in schema.get("properties", {}))
    ]
    assert not shadowing


def test_an_events_type_and_its_subjects_type_are_closed_sets() -> None:
    schemas = committed()["components"]["schemas"]
    event_type = schemas[schemas["Event"]["properties"]["type"]["$ref"].rpartition("/")[2]]
    subject_type = schemas[schemas["EventSubject"]["properties"]["type"]["$ref"].rpartition("/")[2]]
    assert {"council.created", "representative.appointed", "proposal.status_changed"} <= set(
        event_type["enum"]
    )
    assert {"council", "representative", "proposal"} <= set(subject_type["enum"])


def test_who_raised_a_proposal_is_told_apart_by_its_kind() -> None:
    raised_by = committed()["components"]["schemas"]["ProposalCreate"]["properties"]["raised_by"]
    assert raised_by["discriminator"]["propertyName"] == "kind"
    assert set(raised_by["discriminator"]["mapping"]) == {"council", "trust", "regut", "person"}


def test_the_shapes_of_an_appointment_exclude_one_another_by_a_required_key() -> None:
    """Each shape declares only its own keys and forbids others, so no value fits two shapes and a value
    typed with one shape's generated type is accepted where the union is expected."""
    schemas = committed()["components"]["schemas"]
    body = next(
        op["requestBody"]["content"]["application/json"]["schema"]
        for op in operations(committed())
        if op["operationId"] == "appointRepresentative"
    )
    shapes = {
        ref["$ref"].rpartition("/")[2]: schemas[ref["$ref"].rpartition("/")[2]] for ref in body["oneOf"]
    }
    assert all(shape["additionalProperties"] is False for shape in shapes.values())
    for (a, left), (b, right) in combinations(shapes.items(), 2):
        assert set(left["required"]) - set(right["properties"]) or set(right["required"]) - set(
            left["properties"]
        ), f"{a} and {b} accept the same value"
