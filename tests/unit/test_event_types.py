"""Every change the services record is a value of the contract's closed set of event types."""

import ast
import re
from pathlib import Path

from app.contract.events import EventType

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
EVENT_NAME = re.compile(
    r"^[a-z_]+\.[a-z_]*(?:created|changed|appointed|ended|withdrawn|scheduled|held|cancelled|corrected|added|loaded)$"
)
"""`<subject>.<verb>` as the services write it (not `council.id` nor `regions.csv`)."""


def recorded_event_types() -> set[str]:
    names = set()
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and EVENT_NAME.match(node.value)
            ):
                names.add(node.value)
    return names


def test_every_event_type_a_service_records_is_in_the_contracts_enum() -> None:
    recorded = recorded_event_types()
    assert len(recorded) >= 20, recorded  # the scan still finds them where the services write them
    assert recorded <= {member.value for member in EventType}, recorded - {m.value for m in EventType}


def test_the_contracts_enum_names_no_event_that_nothing_records() -> None:
    assert {member.value for member in EventType} <= recorded_event_types()
