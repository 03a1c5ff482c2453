"""Imports: a RegUt's spreadsheet, read into rows the single writes understand.

The domain sees the file as sheets of raw rows (a cell's value as the reader gave it: text, a number,
a date, a formula) and answers with typed rows, each with the cell it came from, and the problems of
the cells it could not read. The mandate rules are not applied here: the import hands each typed row
to the same use case a single write goes through, in date order (`in_date_order`), so a history of
terms is checked as it happened.
"""

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.meetings import MeetingFormat
from app.domain.seats import SeatKind
from app.domain.values import CouncilKey, CouncilKind, MemberRole


class Check(StrEnum):
    """What an import checks of a cell before any mandate rule: the `rule` of a cell's problem."""

    REQUIRED = "IMPORT-REQUIRED"
    """The cell is empty, and the row needs it."""
    DATE = "IMPORT-DATE"
    """Not a date: an Excel date, an Excel serial number, ISO `yyyy-mm-dd` or Norwegian `dd.mm.yyyy`."""
    VALUE = "IMPORT-VALUE"
    """Not a value the column takes (a time, yes or no, an HPR number, an e-mail, a number)."""
    UNKNOWN = "IMPORT-UNKNOWN"
    """No region, health trust, specialty, kind or council has that code or name."""
    FORMULA = "IMPORT-FORMULA"
    """A formula: the import reads values, so that what is imported is what the sheet shows."""
    MERGED = "IMPORT-MERGED"
    """Part of merged cells: each row holds its own values."""
    AMBIGUOUS_PERSON = "IMPORT-AMBIGUOUS-PERSON"
    """More than one registered person matches, or the HPR number is registered under another name."""
    DEPUTY_OF = "IMPORT-DEPUTY-OF"
    """A deputy's row names no representative of the same council in the file."""
    FIXED = "IMPORT-FIXED"
    """The row would change what a single write cannot change (a seat's trust, region or kind)."""


class SheetKind(StrEnum):
    COUNCILS = "councils"
    SEATS = "seats"
    LEADERSHIP = "leadership"
    MEETINGS = "meetings"


@dataclass(frozen=True)
class Column:
    field: str
    """The English field name, which the header may give instead of (or beside) the Norwegian."""
    header: str
    """The Norwegian header, as the template writes it."""
    required: bool = False
    example: str = ""


_COUNCIL_COLUMNS = (
    Column("kind", "Type", example="regional"),
    Column("specialty", "Spesialitet", example="anestesiologi"),
    Column("region", "Region", example="helse-nord"),
)


@dataclass(frozen=True)
class Sheet:
    kind: SheetKind
    name: str
    """The sheet's Norwegian name in a workbook."""
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.field == name)


SHEETS = (
    Sheet(
        SheetKind.COUNCILS,
        "Råd",
        (
            *_COUNCIL_COLUMNS,
            Column("established_on", "Etablert", required=True, example="01.03.2019"),
            Column("contact_email", "E-post", example="anestesi.rur@unn.no"),
        ),
    ),
    Sheet(
        SheetKind.SEATS,
        "Medlemmer",
        (
            *_COUNCIL_COLUMNS,
            Column("name", "Navn", required=True, example="Kari Nordmann"),
            Column("title", "Tittel", example="overlege"),
            Column("hpr_number", "HPR-nummer", example="9144889"),
            Column("email", "E-post", example="kari.nordmann@unn.no"),
            Column("phone", "Telefon", example="+47 77 62 60 00"),
            Column("publish_email", "Samtykke til publisering", example="ja"),
            Column("trust", "Helseforetak", example="unn"),
            Column("represents_region", "Representerer region"),
            Column("seat", "Plass", example="medlem"),
            Column("role", "Rolle"),
            Column("position_share", "Stillingsandel"),
            Column("specialist", "Spesialist", example="ja"),
            Column("senior_consultant", "Overlege", example="ja"),
            Column("trainee", "LIS", example="nei"),
            Column("starts_on", "Fra", required=True, example="01.03.2019"),
            Column("ends_on", "Til", example="28.02.2023"),
            Column("deputy_of", "Vara for"),
        ),
    ),
    Sheet(
        SheetKind.LEADERSHIP,
        "Ledelse",
        (
            *_COUNCIL_COLUMNS,
            Column("effective_on", "Fra", required=True, example="01.03.2019"),
            Column("leader", "Leder", example="9144889"),
            Column("deputy_leader", "Nestleder"),
            Column("coordinator", "Koordinator"),
        ),
    ),
    Sheet(
        SheetKind.MEETINGS,
        "Møter",
        (
            *_COUNCIL_COLUMNS,
            Column("date", "Dato", required=True, example="12.06.2019"),
            Column("starts_at", "Fra kl.", example="10:00"),
            Column("ends_at", "Til kl.", example="12:00"),
            Column("format", "Form", example="digital"),
            Column("location", "Sted"),
            Column("minutes_recorded", "Referat ført", example="ja"),
        ),
    ),
)
SHEET_BY_KIND = {sheet.kind: sheet for sheet in SHEETS}

DEFAULT_MEETING_START = time(10, 0)
"""A meeting row without a time began at 10:00 and lasted two hours: old minutes often give no time."""
DEFAULT_MEETING_LENGTH = timedelta(hours=2)

SEAT_WORDS = {"medlem": SeatKind.MEMBER, "member": SeatKind.MEMBER, "lis": SeatKind.TRAINEE}
SEAT_WORDS |= {"trainee": SeatKind.TRAINEE, "lis-representant": SeatKind.TRAINEE}
FORMAT_WORDS = {"digital": MeetingFormat.DIGITAL, "fysisk": MeetingFormat.PHYSICAL}
FORMAT_WORDS |= {"physical": MeetingFormat.PHYSICAL, "hybrid": MeetingFormat.HYBRID}
KIND_WORDS = {kind.value: kind for kind in CouncilKind} | {
    "regionalt": CouncilKind.REGIONAL,
    "regionalt råd": CouncilKind.REGIONAL,
    "tverregionalt": CouncilKind.INTERREGIONAL,
    "tverregionalt råd": CouncilKind.INTERREGIONAL,
    "strategisk råd": CouncilKind.STRATEGIC_COUNCIL,
    "arbeidsutvalg": CouncilKind.WORKING_COMMITTEE,
    "forum for lis-utdanning": CouncilKind.EDUCATION_FORUM,
}
YES = frozenset({"ja", "j", "yes", "y", "true", "x", "1"})
NO = frozenset({"nei", "n", "no", "false", "0", ""})

EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's serial dates (1900 system, with its phantom 29 February 1900 before March)."""
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NORWEGIAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_HPR = re.compile(r"^\d{6,9}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{5,20}$")


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula, as the reader gives it (the import refuses it: Check.FORMULA)."""

    text: str


@dataclass(frozen=True)
class Merged:
    """A cell inside merged cells (`span` as Excel writes it, e.g. `A5:A7`)."""

    span: str


CellValue = str | int | float | bool | date | datetime | time | Formula | Merged | None


@dataclass(frozen=True)
class RawRow:
    """A row as read: its number as Excel shows it, and its cells by column letter."""

    number: int
    cells: Mapping[str, CellValue]


@dataclass(frozen=True)
class Cell:
    """Where a value came from, as the user sees it in Excel."""

    sheet: str
    row: int
    column: str | None = None
    """The column letter; None when the problem is the row's as a whole."""


@dataclass(frozen=True)
class Problem:
    rule: str
    """A `Check`, or the ID of the mandate rule (or protocol code) a single write refused with."""
    message: str
    cell: Cell


@dataclass(frozen=True)
class Reference:
    """What a cell's code or name may be: reference data as plain values, looked up case-insensitively."""

    regions: Mapping[str, str]
    """Code or name (casefolded) → region code."""
    trusts: Mapping[str, str]
    specialties: Mapping[str, str]


@dataclass(frozen=True)
class PersonFacts:
    name: str
    title: str | None = None
    hpr_number: str | None = None
    email: str | None = None
    phone: str | None = None
    publish_email: bool = False


@dataclass(frozen=True)
class PersonMention:
    """A person named in a leadership or deputy cell: by HPR number, else by name."""

    hpr_number: str | None
    name: str | None

    def matches(self, person: PersonFacts) -> bool:
        if self.hpr_number is not None:
            return person.hpr_number == self.hpr_number
        return self.name is not None and same_name(self.name, person.name)


@dataclass(frozen=True)
class Located:
    at: Cell
    """The row, column None."""
    columns: Mapping[str, str]
    """Field → column letter, for placing a problem the row's use case raises."""


@dataclass(frozen=True)
class CouncilRow(Located):
    key: CouncilKey
    established_on: date
    contact_email: str | None


@dataclass(frozen=True)
class SeatRow(Located):
    key: CouncilKey
    person: PersonFacts
    starts_on: date
    ends_on: date | None
    seat: SeatKind
    trust: str | None
    region: str | None
    role: MemberRole | None
    position_share: int | None
    specialist: bool
    senior_consultant: bool
    trainee: bool
    deputy: PersonFacts | None = None
    deputy_rows: tuple[Cell, ...] = ()
    """The rows that named this seat's deputy: they share its outcome."""


@dataclass(frozen=True)
class DeputyRow(Located):
    key: CouncilKey
    person: PersonFacts
    starts_on: date
    deputy_of: PersonMention


@dataclass(frozen=True)
class LeadershipRow(Located):
    key: CouncilKey
    effective_on: date
    leader: PersonMention | None
    deputy_leader: PersonMention | None
    coordinator: PersonMention | None


@dataclass(frozen=True)
class MeetingRow(Located):
    key: CouncilKey
    starts_at: datetime
    ends_at: datetime
    format: MeetingFormat | None
    location: str | None
    minutes_recorded: bool


Row = CouncilRow | SeatRow | LeadershipRow | MeetingRow


@dataclass
class Reading:
    """What a file's sheets gave: the rows read, and the problems of those that could not be."""

    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused_rows: set[Cell] = field(default_factory=set)
    """The rows with a problem (column None), each counted once in the report."""


def same_name(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _header_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def columns_of(sheet: Sheet, header: RawRow) -> tuple[dict[str, str], list[str]]:
    """Field → column letter from a header row, and the required fields it lacks. A header is the
    Norwegian name, the English field name, or both as the template writes them: `Navn (name)`."""
    wanted: dict[str, str] = {}
    for column in sheet.columns:
        for text in (column.header, column.field, f"{column.header} ({column.field})"):
            wanted[_header_key(text)] = column.field
    found: dict[str, str] = {}
    for letter, value in header.cells.items():
        if isinstance(value, str) and (name := wanted.get(_header_key(value))) and name not in found:
            found[name] = letter
    missing = [c.field for c in sheet.columns if c.required and c.field not in found]
    return found, missing


def identify_sheet(header: RawRow) -> Sheet | None:
    """The sheet a CSV file is, by its header: the one whose required columns are all there and which
    knows the most of the header's columns."""
    best: tuple[int, Sheet] | None = None
    for sheet in SHEETS:
        found, missing = columns_of(sheet, header)
        if not missing and (best is None or len(found) > best[0]):
            best = (len(found), sheet)
    return best[1] if best else None


def sheet_named(name: str) -> Sheet | None:
    """A workbook's sheet by its Norwegian name or its English kind (`Medlemmer` or `seats`)."""
    key = _header_key(name)
    return next((s for s in SHEETS if key in (_header_key(s.name), s.kind.value)), None)


T = TypeVar("T")


class _Unreadable(Exception):
    def __init__(self, check: Check, message: str) -> None:
        super().__init__(message)
        self.check = check
        self.message = message


def _text(value: CellValue) -> str | None:
    if isinstance(value, Formula):
        raise _Unreadable(Check.FORMULA, f"holds the formula {value.text}: enter the value itself")
    if isinstance(value, Merged):
        raise _Unreadable(Check.MERGED, f"is part of the merged cells {value.span}: unmerge them")
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text or None


def read_date(value: CellValue) -> date | None:
    """A date as Excel or a person writes it: a date cell, a serial number, `yyyy-mm-dd`,
    `dd.mm.yyyy`; None for an empty cell."""
    if isinstance(value, datetime):
        if value.time() != time(0):
            raise _Unreadable(Check.DATE, f"{value.isoformat()} is a moment, not a date")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _Unreadable(Check.DATE, f"{value} is not a date")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or not 1 <= value <= 2958465:
            raise _Unreadable(Check.DATE, f"{value} is not an Excel date serial number")
        serial = int(value)
        # Excel counts a 29 February 1900 that never was: serials before it are a day off.
        return EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))
    text = _text(value)
    if text is None:
        return None
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NORWEGIAN.match(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        raise _Unreadable(Check.DATE, f"{text!r} is no day in the calendar") from None
    raise _Unreadable(Check.DATE, f"{text!r} is not a date: write dd.mm.yyyy or yyyy-mm-dd")


def read_time(value: CellValue) -> time | None:
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, float) and 0 <= value < 1:  # Excel keeps a time as a fraction of a day
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    text = _text(value)
    if text is None:
        return None
    match = _TIME.match(text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise _Unreadable(Check.VALUE, f"{text!r} is not a time of day: write hh:mm")


def read_flag(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    text = (_text(value) or "").casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise _Unreadable(Check.VALUE, f"{text!r} is neither ja nor nei")


class _RowReader:
    """One raw row of a sheet, read field by field; every problem is kept, none stops the reading."""

    def __init__(self, sheet: Sheet, columns: Mapping[str, str], raw: RawRow) -> None:
        self.sheet, self.columns, self.raw = sheet, columns, raw
        self.problems: list[Problem] = []

    def cell(self, name: str) -> Cell:
        return Cell(self.sheet.name, self.raw.number, self.columns.get(name))

    def problem(self, name: str, check: Check | str, message: str) -> None:
        header = self.sheet.column(name).header
        self.problems.append(Problem(check, f"{header} ({name}): {message}", self.cell(name)))

    def value(self, name: str) -> CellValue:
        letter = self.columns.get(name)
        return self.raw.cells.get(letter) if letter else None

    def _read(self, name: str, reader: Callable[[CellValue], T | None]) -> T | None:
        try:
            result = reader(self.value(name))
        except _Unreadable as unreadable:
            self.problem(name, unreadable.check, unreadable.message)
            return None
        if result is None and self.sheet.column(name).required:
            self.problem(name, Check.REQUIRED, "the row needs a value here")
        return result

    def text(self, name: str, pattern: re.Pattern[str] | None = None, limit: int = 200) -> str | None:
        result = self._read(name, _text)
        if result is not None and (len(result) > limit or (pattern and not pattern.match(result))):
            self.problem(name, Check.VALUE, f"{result[:60]!r} is not a valid {name.replace('_', ' ')}")
            return None
        return result

    def date(self, name: str) -> date | None:
        return self._read(name, read_date)

    def time(self, name: str) -> time | None:
        return self._read(name, read_time)

    def flag(self, name: str) -> bool:
        return bool(self._read(name, read_flag))

    def choice(self, name: str, words: Mapping[str, T], what: str) -> T | None:
        text = self.text(name)
        if text is None:
            return None
        found = words.get(text.casefold())
        if found is None:
            self.problem(name, Check.UNKNOWN, f"no {what} is called {text!r}")
        return found

    def number(self, name: str, least: int, most: int) -> int | None:
        text = self.text(name)
        if text is None:
            return None
        if not text.isdigit() or not least <= int(text) <= most:
            self.problem(name, Check.VALUE, f"{text!r} is not a whole number from {least} to {most}")
            return None
        return int(text)

    def mention(self, name: str) -> PersonMention | None:
        text = self.text(name)
        if text is None:
            return None
        return PersonMention(text, None) if _HPR.match(text) else PersonMention(None, text)


def _council_key(row: _RowReader, reference: Reference) -> CouncilKey | None:
    kind = row.choice("kind", KIND_WORDS, "kind of council")
    specialty = row.choice("specialty", reference.specialties, "specialty")
    region = row.choice("region", reference.regions, "region")
    if row.problems:
        return None
    if kind is None:
        kind = CouncilKind.REGIONAL if region else CouncilKind.INTERREGIONAL
    if kind.has_specialty and specialty is None:
        row.problem("specialty", Check.REQUIRED, "a council is a council of a specialty")
        return None
    if kind is not CouncilKind.INTERREGIONAL and region is None:
        row.problem("region", Check.REQUIRED, f"a {kind.replace('_', ' ')} council or body has a region")
        return None
    return CouncilKey(
        kind, specialty if kind.has_specialty else None, None if kind is CouncilKind.INTERREGIONAL else region
    )


def _person(row: _RowReader) -> PersonFacts | None:
    name = row.text("name")
    facts = PersonFacts(
        name=name or "",
        title=row.text("title", limit=100),
        hpr_number=row.text("hpr_number", _HPR),
        email=row.text("email", _EMAIL, limit=254),
        phone=row.text("phone", _PHONE),
        publish_email=row.flag("publish_email"),
    )
    return facts if name else None


def _moment(day: date, at: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def _read_row(
    sheet: Sheet, columns: Mapping[str, str], raw: RawRow, reference: Reference, zone: tzinfo
) -> tuple[Row | DeputyRow | None, list[Problem]]:
    row = _RowReader(sheet, columns, raw)
    key = _council_key(row, reference)
    located: dict[str, Any] = {"at": Cell(sheet.name, raw.number), "columns": dict(columns)}
    result: Row | DeputyRow | None = None
    if sheet.kind is SheetKind.COUNCILS:
        established_on = row.date("established_on")
        contact_email = row.text("contact_email", _EMAIL, limit=254)
        if key and established_on:
            result = CouncilRow(
                **located, key=key, established_on=established_on, contact_email=contact_email
            )
    elif sheet.kind is SheetKind.SEATS:
        person = _person(row)
        starts_on, ends_on = row.date("starts_on"), row.date("ends_on")
        deputy_of = row.mention("deputy_of")
        seat = row.choice("seat", SEAT_WORDS, "kind of seat") or SeatKind.MEMBER
        trust = row.choice("trust", reference.trusts, "health trust")
        region = row.choice("represents_region", reference.regions, "region")
        role = row.choice("role", {r.value: r for r in MemberRole}, "role")
        share = row.number("position_share", 1, 100)
        specialist, senior, trainee = (
            row.flag("specialist"),
            row.flag("senior_consultant"),
            row.flag("trainee"),
        )
        if key and person and starts_on and not row.problems:
            if deputy_of is not None:
                result = DeputyRow(
                    **located, key=key, person=person, starts_on=starts_on, deputy_of=deputy_of
                )
            else:
                result = SeatRow(
                    **located,
                    key=key,
                    person=person,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    seat=seat,
                    trust=trust,
                    region=region,
                    role=role,
                    position_share=share,
                    specialist=specialist,
                    senior_consultant=senior,
                    trainee=trainee,
                )
    elif sheet.kind is SheetKind.LEADERSHIP:
        effective_on = row.date("effective_on")
        mentions = [row.mention(name) for name in ("leader", "deputy_leader", "coordinator")]
        if key and effective_on and not row.problems:
            result = LeadershipRow(
                **located,
                key=key,
                effective_on=effective_on,
                leader=mentions[0],
                deputy_leader=mentions[1],
                coordinator=mentions[2],
            )
    else:
        day = row.date("date")
        starts, ends = row.time("starts_at"), row.time("ends_at")
        meeting_format = row.choice("format", FORMAT_WORDS, "meeting form")
        location = row.text("location", limit=300)
        minutes = row.flag("minutes_recorded")
        if key and day and not row.problems:
            starts_at = _moment(day, starts or DEFAULT_MEETING_START, zone)
            ends_at = _moment(day, ends, zone) if ends else starts_at + DEFAULT_MEETING_LENGTH
            result = MeetingRow(
                **located,
                key=key,
                starts_at=starts_at,
                ends_at=ends_at,
                format=meeting_format,
                location=location,
                minutes_recorded=minutes,
            )
    return (None if row.problems else result), row.problems


def read_sheet(
    sheet: Sheet,
    columns: Mapping[str, str],
    rows: Iterable[RawRow],
    reference: Reference,
    zone: tzinfo,
    reading: Reading,
    deputies: list[DeputyRow],
) -> None:
    """Read a sheet's data rows (after its header) into `reading`; empty rows are skipped."""
    for raw in rows:
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.cells.values()):
            continue
        row, problems = _read_row(sheet, columns, raw, reference, zone)
        if problems:
            reading.problems.extend(problems)
            reading.refused_rows.add(Cell(sheet.name, raw.number))
        elif isinstance(row, DeputyRow):
            deputies.append(row)
        elif row is not None:
            reading.rows.append(row)


def attach_deputies(reading: Reading, deputies: Sequence[DeputyRow]) -> None:
    """A deputy's row names the representative it stands in for (`deputy_of`, by HPR number or
    name): the deputy joins that representative's seat on the same council, the one running on the
    deputy's first day, so that the seat is appointed with its deputy as a single write would be."""
    # By council and by place in the rows: a national file has a thousand deputies and four thousand
    # seats, and comparing each with each (or finding a row by equality) took longer than reading it.
    seats: dict[CouncilKey, dict[int, SeatRow]] = {}
    for index, row in enumerate(reading.rows):
        if isinstance(row, SeatRow):
            seats.setdefault(row.key, {})[index] = row
    for deputy in deputies:
        council = seats.get(deputy.key, {})
        found = [
            (index, seat)
            for index, seat in council.items()
            if deputy.deputy_of.matches(seat.person)
            and seat.starts_on <= deputy.starts_on
            and (seat.ends_on is None or deputy.starts_on <= seat.ends_on)
        ]
        if len(found) != 1:
            named = deputy.deputy_of.hpr_number or deputy.deputy_of.name
            why = "no representative" if not found else "more than one representative"
            column = deputy.columns.get("deputy_of")
            reading.problems.append(
                Problem(
                    Check.DEPUTY_OF,
                    f"Vara for (deputy_of): {why} of this council in the file is {named!r} "
                    f"on {deputy.starts_on}",
                    Cell(deputy.at.sheet, deputy.at.row, column),
                )
            )
            reading.refused_rows.add(deputy.at)
            continue
        index, seat = found[0]
        updated = replace(seat, deputy=deputy.person, deputy_rows=(*seat.deputy_rows, deputy.at))
        reading.rows[index] = council[index] = updated


_ORDER = {CouncilKind.REGIONAL: 0}
"""Regional seats first on a day: an inter-regional seat starting that day relies on one
(IR-FROM-REGIONAL-COUNCIL)."""


def _when(row: Row) -> tuple[int, date, int, int, str, int]:
    """Councils first (their establishment dates bound everything else), then by date: seats, then
    the leadership they elect, then meetings."""
    if isinstance(row, CouncilRow):
        return (0, date.min, 0, 0, row.at.sheet, row.at.row)
    if isinstance(row, SeatRow):
        return (1, row.starts_on, 0, _ORDER.get(row.key.kind, 1), row.at.sheet, row.at.row)
    if isinstance(row, LeadershipRow):
        return (1, row.effective_on, 1, 0, row.at.sheet, row.at.row)
    return (1, row.starts_at.date(), 2, 0, row.at.sheet, row.at.row)


def in_date_order(rows: Iterable[Row]) -> list[Row]:
    """The order a history happened in, so that each row is checked against what came before it."""
    return sorted(rows, key=_when)


POINTER_FIELDS: Mapping[str, str] = {
    "/starts_on": "starts_on",
    "/ends_on": "ends_on",
    "/trust": "trust",
    "/region": "represents_region",
    "/seat": "seat",
    "/role": "role",
    "/position_share": "position_share",
    "/person": "name",
    "/person/hpr_number": "hpr_number",
    "/deputy": "deputy_of",
    "/qualifications/specialist_in_specialty": "specialist",
    "/qualifications/senior_consultant": "senior_consultant",
    "/qualifications/trainee": "trainee",
    "/effective_on": "effective_on",
    "/leader": "leader",
    "/deputy_leader": "deputy_leader",
    "/coordinator": "coordinator",
    "/starts_at": "date",
    "/ends_at": "ends_at",
    "/established_on": "established_on",
    "/contact_email": "contact_email",
    "/specialty": "specialty",
}
"""Where a single write's refusal points (a JSON Pointer into its request) → the import's column."""


def cell_of(row: Row, pointer: str | None) -> Cell:
    """The cell a refusal of `row` points at: its column when the sheet has one, else the row."""
    name = POINTER_FIELDS.get(pointer or "")
    if name is None and pointer:
        name = POINTER_FIELDS.get("/" + pointer.strip("/").split("/")[0])
    return Cell(row.at.sheet, row.at.row, row.columns.get(name) if name else None)
