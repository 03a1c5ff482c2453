"""REGUT-COORDINATING-ROTATION (003 Organisering): two-year periods ending 31 January."""

from datetime import date

import pytest

from app.domain.coordination import CoordinatingPeriod, coordinating_period_on

RECORDED = [
    CoordinatingPeriod("helse-vest", None, date(2019, 1, 31)),
    CoordinatingPeriod("helse-sor-ost", date(2019, 2, 1), date(2021, 1, 31)),
]


@pytest.mark.parametrize(
    ("on", "region"),
    [
        (date(2017, 2, 1), "helse-vest"),
        (date(2019, 1, 31), "helse-vest"),
        (date(2019, 2, 1), "helse-sor-ost"),
        (date(2021, 1, 31), "helse-sor-ost"),
    ],
)
def test_the_period_covering_the_date_names_the_coordinating_region(on: date, region: str) -> None:
    period = coordinating_period_on(RECORDED, on)
    assert period is not None
    assert period.region == region


@pytest.mark.parametrize("on", [date(2017, 1, 31), date(2021, 2, 1), date(2026, 11, 23)])
def test_no_answer_outside_the_recorded_periods(on: date) -> None:
    assert coordinating_period_on(RECORDED, on) is None


def test_an_unrecorded_start_is_implied_by_the_two_year_rotation() -> None:
    assert RECORDED[0].effective_start == date(2017, 2, 1)
