"""The shapes the disclosure log looks for are the contract's: a renamed field fails here, not silently
in production."""

import json
import uuid

from app.contract.seats import PersonPublic, RepresentativePublic
from app.edge.disclosure import (
    NON_PUBLIC_PERSON_FIELDS,
    NON_PUBLIC_SEAT_FIELDS,
    PERSON_MARKER,
    disclosed_people,
)


def test_the_fields_looked_for_are_the_contracts() -> None:
    assert {PERSON_MARKER, "id", "email", *NON_PUBLIC_PERSON_FIELDS} <= set(PersonPublic.model_fields)
    assert {"person", *NON_PUBLIC_SEAT_FIELDS} <= set(RepresentativePublic.model_fields)


def person(**fields: object) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "name": "Anna Berg",
        "title": None,
        "email": None,
        "hpr_number": None,
        "phone": None,
        "publish_email": False,
    } | fields


def test_only_non_public_values_that_are_present_count() -> None:
    public = person(email="anna@unn.no", publish_email=True)
    nothing_recorded = person()
    unpublished = person(email="per@unn.no", hpr_number="1234567")
    body = json.dumps({"items": [public, nothing_recorded, {"deep": [unpublished]}]}).encode()
    assert disclosed_people(body) == {unpublished["id"]: ["email", "hpr_number"]}


def test_a_seats_qualifications_are_its_persons() -> None:
    seated = person()
    body = json.dumps({"person": seated, "qualifications": {"trainee": True}, "deputy": None}).encode()
    assert disclosed_people(body) == {seated["id"]: ["qualifications"]}
    anonymous_view = json.dumps({"person": seated, "qualifications": None}).encode()
    assert disclosed_people(anonymous_view) == {}


def test_a_body_that_is_not_json_discloses_nothing() -> None:
    assert disclosed_people(b"<html>") == {}
