"""The directory and the compliance overview as spreadsheets people open in Excel: XLSX written row by
row (openpyxl's write-only mode), and CSV with the delimiter Norwegian Excel expects. Headers and
labels in the reader's language, names instead of codes, dates as dates."""

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.clock import OSLO
from app.contract.compliance import NationalCompliance
from app.contract.directory import Directory
from app.domain.compliance import Status
from app.services.activity import finding_trusts, page_names
from app.services.directory import SafeWriter
from app.services.texts import Language
from app.services.wording import Wording
from app.storage.repository import Repository

Cell = str | int | date | datetime | None


class Delimiter(StrEnum):
    COMMA = "comma"
    """RFC 4180, what programs read."""
    SEMICOLON = "semicolon"
    """What Excel set to Norwegian (or any language with a decimal comma) splits columns on."""


DELIMITERS = {Delimiter.COMMA: ",", Delimiter.SEMICOLON: ";"}


@dataclass(frozen=True)
class Column:
    key: str
    """The header's key in the text catalogues (`Texts.columns`)."""
    width: int
    """In characters, as Excel measures a column."""


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]


DIRECTORY_COLUMNS = (
    Column("council_name", 44),
    Column("council_kind", 22),
    Column("specialty", 24),
    Column("region", 20),
    Column("contact_email", 30),
    Column("regut", 28),
    Column("regut_email", 28),
    Column("representative", 26),
    Column("title", 16),
    Column("email", 30),
    Column("seat", 18),
    Column("trust", 34),
    Column("role", 26),
    Column("leader", 24),
    Column("deputy", 26),
    Column("starts_on", 12),
    Column("ends_on", 12),
    Column("next_meeting", 18),
)
COMPLIANCE_COLUMNS = (
    Column("council_name", 44),
    Column("council_kind", 22),
    Column("region", 20),
    Column("status", 12),
    Column("violations", 10),
    Column("advice", 10),
    Column("pending", 10),
    Column("missing", 90),
)


def directory_table(directory: Directory, words: Wording) -> Table:
    """One row per representative, a council without any as one row; names and labels, no codes."""
    rows: list[list[Cell]] = []
    for council in directory.items:
        common: list[Cell] = [
            council.name,
            words.label("council_kind", council.kind),
            council.specialty_name or "",
            words.region(council.region) if council.region else words.page("national"),
            council.contact_email or "",
            council.regut.name if council.regut else "",
            (council.regut.email or "") if council.regut else "",
        ]
        meeting = (
            council.next_meeting.starts_at.astimezone(OSLO).replace(tzinfo=None)
            if council.next_meeting
            else None
        )
        if not council.representatives:
            rows.append([*common, *([""] * 10), None, None, meeting])
        for seat in council.representatives:
            rows.append(
                [
                    *common,
                    seat.name,
                    seat.title or "",
                    seat.email or "",
                    words.label("seat", seat.seat),
                    seat.trust_name or (words.where(seat.trust, seat.region)),
                    words.label("member_role", seat.role) if seat.role else "",
                    ", ".join(words.label("role", role) for role in seat.leadership),
                    seat.deputy.name if seat.deputy else "",
                    seat.starts_on,
                    seat.ends_on,
                    meeting,
                ]
            )
    return Table(DIRECTORY_COLUMNS, rows)


def compliance_table(overview: NationalCompliance, words: Wording) -> Table:
    """One row per council: its worst status, how many findings of each, and what is missing in words."""
    rows: list[list[Cell]] = []
    for item in overview.councils:
        council = item.council
        open_findings = [f for f in item.findings if f.status is not Status.OK]
        rows.append(
            [
                council.name,
                words.label("council_kind", council.kind),
                words.region(council.region) if council.region else words.page("national"),
                words.label("status", item.status),
                sum(f.status is Status.VIOLATION for f in item.findings),
                sum(f.status is Status.ADVICE for f in item.findings),
                sum(f.status is Status.PENDING for f in item.findings),
                " ".join(words.finding(f) for f in open_findings),
            ]
        )
    return Table(COMPLIANCE_COLUMNS, rows)


DATE_FORMATS = {Language.NB: "dd.mm.yyyy", Language.EN: "dd/mm/yyyy"}
MOMENT_FORMATS = {Language.NB: "dd.mm.yyyy hh:mm", Language.EN: "dd/mm/yyyy hh:mm"}


def xlsx(table: Table, sheet: str, words: Wording, stamp: datetime) -> bytes:
    """The table as a workbook of one sheet: the header row bold and frozen, filters on, widths set,
    dates as date cells. Written row by row; a text that looks like a formula stays text. The same
    table and `stamp` give the same bytes (`reproducible`)."""
    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet[:31])
    worksheet.freeze_panes = "A2"
    for index, column in enumerate(table.columns, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = column.width
    last = get_column_letter(len(table.columns))
    worksheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(worksheet, value=words.texts.columns[column.key])
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(worksheet, value=value)
            if isinstance(value, datetime):
                cell.number_format = MOMENT_FORMATS[words.language]
            elif isinstance(value, date):
                cell.number_format = DATE_FORMATS[words.language]
            elif isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever it begins with
                if len(value) > 60:
                    cell.alignment = wrap
            cells.append(cell)
        worksheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return reproducible(out.getvalue(), stamp)


STAMPED = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def reproducible(workbook: bytes, stamp: datetime) -> bytes:
    """The workbook with the clock taken out: openpyxl dates the file and each of its parts when it
    saves, so two answers a second apart differed, and their ETag with them (no 304, a HEAD unlike its
    GET). The parts are dated by the zip format's first day and the document by `stamp`, the data's."""
    moment = stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for part in source.infolist():
            data = source.read(part)
            if part.filename == "docProps/core.xml":
                data = STAMPED.sub(rb"\g<1>" + moment + rb"\g<2>", data)
            target.writestr(
                zipfile.ZipInfo(part.filename, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def csv_bytes(table: Table, delimiter: Delimiter, words: Wording) -> bytes:
    """The table as CSV in the reader's language (UTF-8 with a byte-order mark, which Excel needs to
    read Norwegian letters), formula-looking cells escaped as the machine CSV escapes them."""
    text = io.StringIO()
    writer = SafeWriter(csv.writer(text, delimiter=DELIMITERS[delimiter], lineterminator="\r\n"))
    writer.writerow([words.texts.columns[column.key] for column in table.columns])
    for row in table.rows:
        writer.writerow([_text(value, words) for value in row])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def _text(value: Cell, words: Wording) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{words.short_day(value.date())} {value.strftime('%H:%M')}"
    if isinstance(value, date):
        return words.short_day(value)
    if isinstance(value, int):
        return str(value)
    return value


async def _words(repo: Repository, language: Language) -> Wording:
    return Wording(language, await page_names(repo, set()))


async def directory_csv(
    repo: Repository, directory: Directory, language: Language, delimiter: Delimiter
) -> bytes:
    words = await _words(repo, language)
    return csv_bytes(directory_table(directory, words), delimiter, words)


async def directory_xlsx(
    repo: Repository, directory: Directory, language: Language, stamp: datetime
) -> bytes:
    words = await _words(repo, language)
    return xlsx(directory_table(directory, words), words.page("directory_sheet"), words, stamp)


async def compliance_xlsx(repo: Repository, overview: NationalCompliance, language: Language) -> bytes:
    trusts = finding_trusts(f for council in overview.councils for f in council.findings)
    words = Wording(language, await page_names(repo, trusts))
    # Dated by the day it judges: the same findings give the same file.
    stamp = datetime(overview.on.year, overview.on.month, overview.on.day, tzinfo=UTC)
    return xlsx(compliance_table(overview, words), words.page("compliance_sheet"), words, stamp)
