"""The feed's `type` filter knows every type of event a service emits: a type left
out of `EventType` could not be asked for, and a reader filtering on it would be refused."""

import ast
import re
from pathlib import Path

from app.contract.events import EventType

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
EVENT_TYPE = re.compile(r"^[a-z_]+\.[a-z_]+$")
FILE_SUFFIXES = {"html", "csv", "xlsx", "json", "ics", "pdf", "txt"}


def event_types_emitted() -> set[str]:
    """Every `<subject>.<verb>` string the services hold: the types they emit are written as literals."""
    found: set[str] = set()
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = node.value if isinstance(node, ast.Constant) else None
            is_event_type = isinstance(literal, str) and EVENT_TYPE.match(literal) is not None
            if is_event_type and str(literal).rpartition(".")[2] not in FILE_SUFFIXES:
                found.add(str(literal))
    return found


def test_every_event_type_a_service_emits_is_one_the_feed_filter_accepts() -> None:
    emitted = event_types_emitted()
    assert "representative.appointed" in emitted  # the scan finds what the services write
    assert emitted - {t.value for t in EventType} == set()


def test_the_feed_filter_names_no_type_that_nothing_emits() -> None:
    assert {t.value for t in EventType} - event_types_emitted() == set()
