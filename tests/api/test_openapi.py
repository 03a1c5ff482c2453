"""The committed `openapi.yaml` is the contract: generated from the code, and usable by clients."""

import re

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


def test_one_schema_per_model_for_generated_clients() -> None:
    assert not [name for name in committed()["components"]["schemas"] if name.endswith(("-Input", "-Output"))]
