"""Each layer speaks only to the one below it (CONTRIBUTING.md): routers to services, services to the
domain and storage. A router that reaches into storage, or a service that speaks HTTP, fails here."""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def offending(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in imported_modules(path) if m.startswith(forbidden))


ROUTERS = sorted((APP / "routers").glob("*.py"))
SERVICES = sorted((APP / "services").glob("*.py"))


@pytest.mark.parametrize("router", ROUTERS, ids=lambda p: p.name)
def test_a_router_speaks_to_services_and_never_to_storage(router: Path) -> None:
    assert offending(router, ("app.storage", "sqlalchemy", "sqlmodel")) == []


@pytest.mark.parametrize("service", SERVICES, ids=lambda p: p.name)
def test_a_service_knows_nothing_of_http(service: Path) -> None:
    assert offending(service, ("app.edge", "app.routers", "fastapi", "starlette")) == []


def test_the_layer_check_sees_a_storage_import() -> None:
    """The check itself: a router that imported the repository would be caught."""
    leaky = APP.parent / "tests" / "unit" / "_leaky_router_sample.py"
    leaky.write_text("from app.storage.repository import Repository\n", encoding="utf-8")
    try:
        assert offending(leaky, ("app.storage",)) == [
            "app.storage.repository",
            "app.storage.repository.Repository",
        ]
    finally:
        leaky.unlink()
