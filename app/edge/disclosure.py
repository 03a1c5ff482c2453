"""Which people's non-public data a response carried, read from the response itself.

Read from what left, not from what the services built: a view made for an audit entry or an If-Match
check and never sent is no disclosure, and an audit entry read back (its documents hold full records)
is one. The shapes are the contract's (`PersonPublic`, `RepresentativePublic`); a unit test holds
these names to it.
"""

import json
from typing import Any

PERSON_MARKER = "publish_email"
"""A member only a person's representation has."""
NON_PUBLIC_PERSON_FIELDS = ("hpr_number", "phone")
"""Never shown to the public; `email` is non-public unless `publish_email` is true."""
NON_PUBLIC_SEAT_FIELDS = ("qualifications",)
"""Declared for a seat, about its person; never shown to the public."""
ATTENDANCE_MARKER = "regut_present"
"""A member only a meeting's attendance record has: who attended, in whose place."""


def disclosed_people(body: bytes) -> dict[str, list[str]]:
    """Who → the non-public fields the JSON `body` shows of them: a person's id; `seat:<id>` for the
    representative of a seat whose attendance it shows; `proposal:<id>` for the named person who raised
    a proposal (the registry knows such a person by name only)."""
    try:
        document = json.loads(body)
    except ValueError:
        return {}
    found: dict[str, set[str]] = {}
    _walk(document, found)
    return {person: sorted(fields) for person, fields in found.items()}


def _walk(node: Any, found: dict[str, set[str]]) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item, found)
        return
    if not isinstance(node, dict):
        return
    if PERSON_MARKER in node and isinstance(node.get("id"), str):
        fields = {name for name in NON_PUBLIC_PERSON_FIELDS if node.get(name) is not None}
        if node.get("email") is not None and node.get(PERSON_MARKER) is not True:
            fields.add("email")
        if fields:
            found.setdefault(node["id"], set()).update(fields)
    person = node.get("person")
    if isinstance(person, dict) and isinstance(person.get("id"), str):
        fields = {name for name in NON_PUBLIC_SEAT_FIELDS if node.get(name) is not None}
        if fields:
            found.setdefault(person["id"], set()).update(fields)
    if ATTENDANCE_MARKER in node and isinstance(node.get("entries"), list):
        for entry in node["entries"]:
            if not isinstance(entry, dict):
                continue
            if isinstance(entry.get("representative"), str):
                found.setdefault(f"seat:{entry['representative']}", set()).add("attendance")
            if isinstance(entry.get("deputy"), str):
                found.setdefault(entry["deputy"], set()).add("attendance")
    raiser = node.get("raised_by")
    if isinstance(raiser, dict) and raiser.get("kind") == "person" and raiser.get("name") is not None:
        found.setdefault(f"proposal:{node.get('id')}", set()).add("raised_by.name")
    for value in node.values():
        _walk(value, found)
