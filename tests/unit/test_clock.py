"""What "today" means: the date in Norway, whatever the server's clock or the stored UTC time says."""

from datetime import UTC, date, datetime

from app.clock import date_in_oslo


def test_a_late_evening_in_utc_is_already_the_next_day_in_norway() -> None:
    assert date_in_oslo(datetime(2026, 12, 1, 23, 30, tzinfo=UTC)) == date(2026, 12, 2)
    assert date_in_oslo(datetime(2026, 6, 30, 22, 30, tzinfo=UTC)) == date(2026, 7, 1)


def test_an_afternoon_in_utc_is_the_same_day_in_norway() -> None:
    assert date_in_oslo(datetime(2026, 12, 1, 15, 0, tzinfo=UTC)) == date(2026, 12, 1)
