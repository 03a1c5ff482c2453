"""The shapes the disclosure log looks for are the contract's: a renamed field fails here, not silently
in production."""

import json
import uuid

from app.contract.meetings import AttendanceEntry, AttendancePublic
from app.contract.proposals import RaisedByPublic
from app.contract.seats import PersonPublic, RepresentativePublic
from app.edge.disclosure import (
    ATTENDANCE_MARKER,
    NON_PUBLIC_PERSON_FIELDS,
    NON_PUBLIC_SEAT_FIELDS,
    PERSON_MARKER,
    disclosed_people,
)


def test_the_fields_looked_for_are_the_contracts() -> None:
    assert {PERSON_MARKER, "id", "email", *NON_PUBLIC_PERSON_FIELDS} <= set(PersonPublic.model_fields)
    assert {"person", *NON_PUBLIC_SEAT_FIELDS} <= set(RepresentativePublic.model_fields)
    assert {ATTENDANCE_MARKER, "entries"} <= set(AttendancePublic.model_fields)
    assert {"representative", "deputy"} <= set(AttendanceEntry.model_fields)
    assert {"kind", "name"} <= set(RaisedByPublic.model_fields)


def test_an_attendance_record_discloses_its_seats_and_the_deputies_who_came() -> None:
    deputy = str(uuid.uuid4())
    attendance = {
        "entries": [
            {"representative": "r1", "status": "present", "deputy": None},
            {"representative": "r2", "status": "deputy_attended", "deputy": deputy},
        ],
        "regut_present": True,
        "guests": [],
    }
    body = json.dumps({"id": "m1", "attendance": attendance}).encode()
    assert disclosed_people(body) == {
        "seat:r1": ["attendance"],
        "seat:r2": ["attendance"],
        deputy: ["attendance"],
    }


def test_a_proposal_raised_by_a_named_person_discloses_that_name() -> None:
    named = {"id": "p1", "raised_by": {"kind": "person", "name": "Kari Nordmann"}}
    hidden = {"id": "p2", "raised_by": {"kind": "person", "name": None}}
    trust = {"id": "p3", "raised_by": {"kind": "trust", "trust": "unn", "name": None}}
    assert disclosed_people(json.dumps([named, hidden, trust]).encode()) == {
        "proposal:p1": ["raised_by.name"]
    }


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
