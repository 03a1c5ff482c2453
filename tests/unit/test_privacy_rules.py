"""The pure rules of personal data's life: what an erasure removes from a document, whose contact data
has outlived its purpose, and who may read a person's whole record."""

from datetime import date, timedelta

import pytest

from app.domain.authority import NotPermitted, Principal, Scope
from app.domain.privacy import (
    ERASED,
    RetentionPolicy,
    check_may_read_record,
    erasable_values,
    scrub,
    years_before,
)

VALUES = frozenset({"anna@unn.no", "9876543"})
POLICY = RetentionPolicy(contact_years=5, idempotency=timedelta(hours=24), disclosures=timedelta(days=730))
TODAY = date(2026, 12, 7)


def test_scrub_removes_every_copy_at_any_depth_and_keeps_the_rest_of_a_longer_text() -> None:
    document = {
        "person": {"id": "p1", "name": "Anna Berg", "email": "anna@unn.no", "hpr_number": "9876543"},
        "deputy": None,
        "notes": ["Ring 9876543 eller skriv til anna@unn.no", 3, True],
    }
    scrubbed, changed = scrub(document, VALUES)
    assert changed
    assert scrubbed == {
        "person": {"id": "p1", "name": "Anna Berg", "email": None, "hpr_number": None},
        "deputy": None,
        "notes": [f"Ring {ERASED} eller skriv til {ERASED}", 3, True],
    }


def test_scrub_reports_a_document_without_copies_as_unchanged() -> None:
    document = {"person": {"id": "p1", "email": "ola@unn.no"}}
    assert scrub(document, VALUES) == (document, False)


def test_the_values_to_erase_include_every_earlier_value_the_record_had() -> None:
    history = [None, {"email": "old@unn.no", "phone": None, "name": "Anna"}, {"hpr_number": "1234567"}]
    assert erasable_values(history, ["anna@unn.no", None]) == {"anna@unn.no", "old@unn.no", "1234567"}


@pytest.mark.parametrize(
    ("left_years_ago", "expired"),
    [(1, False), (3, False), (5, False), (6, True), (10, True)],
)
def test_contact_data_outlives_the_last_seat_by_the_years_the_policy_says(
    left_years_ago: int, expired: bool
) -> None:
    last_seat_ended = years_before(TODAY, left_years_ago) - timedelta(days=1 if left_years_ago == 6 else 0)
    assert POLICY.contact_expired(last_seat_ended, date(2010, 1, 1), seated=False, today=TODAY) is expired


def test_a_person_with_a_running_seat_keeps_their_contact_data_however_old_their_other_seats() -> None:
    assert not POLICY.contact_expired(date(2001, 1, 1), date(2000, 1, 1), seated=True, today=TODAY)


def test_a_person_never_seated_keeps_their_contact_data_for_the_years_after_registration() -> None:
    assert not POLICY.contact_expired(None, date(2023, 1, 1), seated=False, today=TODAY)
    assert POLICY.contact_expired(None, date(2019, 1, 1), seated=False, today=TODAY)


def test_years_before_29_february_is_28_february_in_a_common_year() -> None:
    assert years_before(date(2028, 2, 29), 1) == date(2027, 2, 28)


def test_a_persons_record_is_read_by_an_administrator_or_the_regut_of_a_region_they_sat_in() -> None:
    admin = Principal("admin", frozenset({Scope.ADMIN}))
    nord = Principal("regut-nord", frozenset({Scope.REGUT}), regut_region="helse-nord")
    vest = Principal("regut-vest", frozenset({Scope.REGUT}), regut_region="helse-vest")
    trust = Principal("hr-unn", frozenset({Scope.APPOINTMENTS}), trust="unn", trust_region="helse-nord")
    check_may_read_record(admin, [])
    check_may_read_record(nord, ["helse-nord"])
    for refused in (vest, trust):
        with pytest.raises(NotPermitted):
            check_may_read_record(refused, ["helse-nord"])


def test_scrub_leaves_another_persons_contact_data_that_merely_contains_an_erased_value() -> None:
    """An HPR number can be digits of someone else's phone number: under a contact field only the
    erased value itself goes."""
    document = {"deputy": {"phone": "+47 9876543 0", "hpr_number": "9876543"}}
    assert scrub(document, VALUES) == ({"deputy": {"phone": "+47 9876543 0", "hpr_number": None}}, True)
