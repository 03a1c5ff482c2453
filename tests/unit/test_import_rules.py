"""Reading a spreadsheet's cells (app/domain/imports.py): dates as Excel and people write them, and
each unreadable cell named with its check."""

from datetime import UTC, date, datetime, time

import pytest

from app.domain.imports import (
    SHEET_BY_KIND,
    Check,
    Formula,
    Merged,
    RawRow,
    Reading,
    Reference,
    SeatRow,
    SheetKind,
    columns_of,
    identify_sheet,
    in_date_order,
    read_date,
    read_sheet,
)
from app.domain.meetings import MeetingFormat
from app.domain.values import CouncilKind

REFERENCE = Reference(
    regions={"helse-nord": "helse-nord", "helse nord rhf": "helse-nord"},
    trusts={"unn": "unn", "universitetssykehuset nord-norge hf": "unn"},
    specialties={"anestesiologi": "anestesiologi"},
)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (date(2019, 3, 1), date(2019, 3, 1)),
        (datetime(2019, 3, 1), date(2019, 3, 1)),  # noqa: DTZ001  (a date cell, as openpyxl reads it)
        (43525, date(2019, 3, 1)),
        (43525.0, date(2019, 3, 1)),
        ("2019-03-01", date(2019, 3, 1)),
        ("01.03.2019", date(2019, 3, 1)),
        ("1.3.2019", date(2019, 3, 1)),
        (None, None),
        ("  ", None),
    ],
    ids=repr,
)
def test_a_date_is_read_as_excel_and_people_write_it(value: object, day: date | None) -> None:
    assert read_date(value) == day  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["31.02.2019", "2019/03/01", "mars 2019", 43525.5, True], ids=repr)
def test_anything_else_is_not_a_date(value: object) -> None:
    with pytest.raises(Exception, match=r"date|calendar") as refused:
        read_date(value)  # type: ignore[arg-type]
    assert refused.value.check is Check.DATE  # type: ignore[attr-defined]


def _read(kind: SheetKind, header: list[str], *rows: list[object]) -> Reading:
    sheet = SHEET_BY_KIND[kind]
    head = RawRow(1, {chr(65 + i): h for i, h in enumerate(header)})
    columns, missing = columns_of(sheet, head)
    assert missing == []
    raw = [RawRow(n, {chr(65 + i): v for i, v in enumerate(r)}) for n, r in enumerate(rows, start=2)]
    reading = Reading()
    read_sheet(sheet, columns, raw, REFERENCE, UTC, reading, [])
    return reading


def test_a_header_is_the_norwegian_name_the_english_field_or_both() -> None:
    header = RawRow(1, {"A": "Spesialitet", "B": "region", "C": "Navn (name)", "D": "fra"})
    assert identify_sheet(header) is SHEET_BY_KIND[SheetKind.SEATS]
    columns, missing = columns_of(SHEET_BY_KIND[SheetKind.SEATS], header)
    assert (columns["name"], columns["starts_on"], missing) == ("C", "D", [])


def test_codes_and_names_are_read_in_any_case_and_a_council_without_type_is_regional() -> None:
    reading = _read(
        SheetKind.SEATS,
        ["Spesialitet", "Region", "Navn", "Helseforetak", "Fra"],
        ["Anestesiologi", "Helse Nord RHF", "Kari Nordmann", "Universitetssykehuset Nord-Norge HF", 43525],
    )
    [row] = reading.rows
    assert isinstance(row, SeatRow)
    assert (row.key.kind, row.key.region, row.trust, row.starts_on) == (
        CouncilKind.REGIONAL,
        "helse-nord",
        "unn",
        date(2019, 3, 1),
    )


def test_each_unreadable_cell_is_named_with_its_check_and_the_row_is_refused() -> None:
    reading = _read(
        SheetKind.SEATS,
        ["Spesialitet", "Region", "Navn", "Helseforetak", "Fra", "HPR-nummer"],
        ["anestesiologi", "helse-nord", None, "ukjent", Formula("=A1"), "12"],
        ["anestesiologi", "helse-nord", "Kari", "unn", Merged("E3:E4"), None],
    )
    assert reading.rows == []
    assert {(p.rule, p.cell.row, p.cell.column) for p in reading.problems} == {
        (Check.REQUIRED, 2, "C"),
        (Check.UNKNOWN, 2, "D"),
        (Check.FORMULA, 2, "E"),
        (Check.VALUE, 2, "F"),
        (Check.MERGED, 3, "E"),
    }


def test_a_meeting_without_a_time_began_at_ten_and_rows_are_applied_in_date_order() -> None:
    seats = _read(
        SheetKind.SEATS,
        ["Spesialitet", "Region", "Navn", "Fra"],
        ["anestesiologi", "helse-nord", "A", "02.01.2020"],
    )
    meetings = _read(
        SheetKind.MEETINGS,
        ["Spesialitet", "Region", "Dato", "Form"],
        ["anestesiologi", "helse-nord", "02.01.2020", "Fysisk"],
        ["anestesiologi", "helse-nord", "01.01.2020", "digital"],
    )
    ordered = in_date_order([*meetings.rows, *seats.rows])
    assert [type(r).__name__ for r in ordered] == ["MeetingRow", "SeatRow", "MeetingRow"]
    assert ordered[2].starts_at.time() == time(10, 0)  # type: ignore[union-attr]
    assert ordered[2].format is MeetingFormat.PHYSICAL  # type: ignore[union-attr]
