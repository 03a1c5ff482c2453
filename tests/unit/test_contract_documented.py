"""A contract integrators can trust: every field says what it means, and every request body shows an
example that the service accepts as the shape it documents."""

import importlib
import json
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType, NoneType, UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

import app.contract
from app.main import create_app
from app.settings import Settings

OPERATIONS = {"get", "put", "post", "patch", "delete"}
WRAPPERS = ("anyOf", "oneOf", "allOf")


@cache
def document() -> dict[str, Any]:
    settings = Settings(auto_setup=False, _env_file=None)  # type: ignore[call-arg]
    return create_app(settings).openapi()


def schemas() -> dict[str, Any]:
    return document()["components"]["schemas"]


def contract_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{app.contract.__name__}.{info.name}")
        for info in pkgutil.iter_modules(app.contract.__path__)
    ]


@cache
def contract_models() -> dict[str, type[BaseModel]]:
    """The contract's models by class name, which is the name of their schema in components."""
    return {
        value.__name__: value
        for module in contract_modules()
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__
    }


def described(spec: dict[str, Any]) -> bool:
    """A property says what it means beside its type (also beside a `$ref`), or, when it is a wrapper
    (`anyOf`/`oneOf`/`allOf`), in every alternative that is not `null`."""
    if isinstance(spec.get("description"), str) and spec["description"].strip():
        return True
    for wrapper in WRAPPERS:
        if wrapper in spec:
            alternatives = [m for m in spec[wrapper] if m != {"type": "null"}]
            return bool(alternatives) and all(described(m) for m in alternatives)
    return False


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document()["paths"].items()
        for method, operation in item.items()
        if method in OPERATIONS
    ]


def referenced(schema: dict[str, Any]) -> list[str]:
    """The component schemas a request body is: its `$ref`, or each `$ref` of its `oneOf`/`anyOf`."""
    if "$ref" in schema:
        return [schema["$ref"].rsplit("/", 1)[1]]
    return [name for wrapper in WRAPPERS for member in schema.get(wrapper, []) for name in referenced(member)]


def request_bodies() -> dict[str, list[str]]:
    """Operation (`POST /v1/…`) → the component schemas its JSON body may be."""
    return {
        f"{method} {path}": referenced(operation["requestBody"]["content"]["application/json"]["schema"])
        for method, path, operation in operations()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    }


def members(annotation: Any) -> list[type[BaseModel]]:
    """The models a union type alias of the contract may be, unwrapping `Annotated` and `| None`."""
    if get_origin(annotation) is Annotated:
        return members(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        return [model for arg in get_args(annotation) if arg is not NoneType for model in members(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def contract_unions() -> dict[str, Any]:
    """The contract's union bodies (`RepresentativeCreate`, `PersonRef`): type aliases of several models."""
    return {
        name: value
        for module in contract_modules()
        for name, value in vars(module).items()
        if get_origin(value) is Annotated and len(members(value)) > 1
    }


def test_every_property_of_every_schema_says_what_it_means() -> None:
    undescribed = [
        f"{name}.{field}"
        for name, schema in schemas().items()
        for field, spec in schema.get("properties", {}).items()
        if not described(spec)
    ]
    assert not undescribed, "properties without a description: " + ", ".join(undescribed)


def test_every_request_body_shows_an_example() -> None:
    bodies = request_bodies()
    assert bodies, "no operation takes a JSON body: the document was not read as expected"
    missing = [
        f"{operation} → {name or '(no schema)'}"
        for operation, names in bodies.items()
        for name in names or [""]
        if not schemas().get(name, {}).get("examples")
    ]
    assert not missing, "request bodies without examples: " + ", ".join(missing)


def test_every_request_body_is_a_model_of_the_contract() -> None:
    names = {name for names in request_bodies().values() for name in names}
    assert not names - contract_models().keys(), names - contract_models().keys()


def test_every_request_body_still_refuses_unknown_fields() -> None:
    # A model that sets `model_config` for its examples must keep `extra="forbid"` from `Request`.
    names = {name for names in request_bodies().values() for name in names}
    lenient = sorted(name for name in names if schemas()[name].get("additionalProperties") is not False)
    assert not lenient, lenient
    assert all(contract_models()[name].model_config.get("extra") == "forbid" for name in names)


def test_every_example_is_accepted_by_its_own_model() -> None:
    refused = []
    checked = 0
    for name, schema in schemas().items():
        model = contract_models().get(name)
        for index, example in enumerate(schema.get("examples", [])):
            assert model is not None, f"{name} has examples but is not a model of the contract"
            checked += 1
            try:
                model.model_validate(example)
                model.model_validate_json(json.dumps(example))  # as it arrives: JSON text, strictly typed
            except ValidationError as error:
                refused.append(f"{name} example {index}: {error}")
    assert checked, "no schema has examples"
    assert not refused, "\n".join(refused)


def test_an_example_of_a_union_member_is_read_as_that_member() -> None:
    unions = contract_unions()
    assert {"RepresentativeCreate", "PersonRef"} <= unions.keys(), unions.keys()
    misread = []
    for union_name, union in unions.items():
        adapter: TypeAdapter[Any] = TypeAdapter(union)
        for model in members(union):
            examples = model.model_json_schema().get("examples", [])
            assert examples, f"{model.__name__}, a member of {union_name}, has no example"
            for index, example in enumerate(examples):
                try:
                    read = type(adapter.validate_json(json.dumps(example))).__name__
                except ValidationError as error:
                    read = f"nothing: {error}"
                if read != model.__name__:
                    misread.append(f"{union_name}: {model.__name__} example {index} read as {read}")
    assert not misread, misread


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    """An operator reads the settings in the README: a setting added to the code but not to the table
    would exist only for those who read app/settings.py."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = {row.split("`")[1] for row in readme.splitlines() if row.startswith("| `LIS_")}
    settings = {f"LIS_{name.upper()}" for name in Settings.model_fields}
    assert settings - table == set(), "settings missing from the README's table"
    assert table - settings == set(), "the README's table names settings the code does not have"
