"""Spreadsheets for the import: a RegUt's XLSX workbook or CSV file read into raw rows, within bounds a
hostile file cannot pass, and the import template written.

An XLSX file is a zip of XML. Before openpyxl parses anything, the zip's directory is checked: how
many parts, and how much they unpack to (zipfile stops reading a part at the size its directory
declares, so the declared sizes bound the work). openpyxl parses the XML through defusedxml, which
refuses entity declarations and external references instead of expanding them; its read-only mode
streams each sheet's rows, so a large sheet is never held as objects.
"""

import csv
import functools
import io
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.imports import SHEETS, CellValue, Formula, Merged, RawRow, Sheet, identify_sheet, sheet_named
from app.services.errors import FileTooLarge, InvalidInput, UnsupportedFile

ZIP_SIGNATURE = b"PK\x03\x04"
MAX_PARTS = 1000
"""A workbook of four sheets has a few dozen parts; thousands are a zip made to exhaust the reader."""
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass(frozen=True)
class Limits:
    max_unpacked_bytes: int
    max_rows: int


@dataclass(frozen=True)
class SheetRows:
    """One sheet of the file: which of the import's sheets it is, its header, then its data rows."""

    sheet: Sheet
    header: RawRow
    rows: Iterator[RawRow]


def _bounded(rows: Iterator[RawRow], sheet: str, limit: int) -> Iterator[RawRow]:
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise InvalidInput(
                f"sheet {sheet} has more than {limit} data rows: split the file", pointer=f"/{sheet}"
            )
        yield row


# CSV


def read_csv(data: bytes, limits: Limits) -> list[SheetRows]:
    """A CSV file as Norwegian Excel saves it: UTF-8 with or without a byte-order mark, separated by
    semicolons (Excel's choice where the comma is the decimal sign) or commas. One file is one sheet,
    known by its header."""
    if data.startswith(ZIP_SIGNATURE) or b"\x00" in data[:65536]:
        raise UnsupportedFile("the file is not CSV text: it holds binary data (send an XLSX as XLSX)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnsupportedFile(
            f"the CSV file is not UTF-8 (byte {data[error.start]:#04x} at offset {error.start}): save it "
            "from Excel as «CSV UTF-8 (kommadelt)»"
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def raw_rows() -> Iterator[RawRow]:
        for number, record in enumerate(records, start=1):
            yield RawRow(number, {get_column_letter(i): v for i, v in enumerate(record, start=1) if v != ""})

    rows = raw_rows()
    try:
        header = next(rows)
    except (StopIteration, csv.Error) as error:
        raise InvalidInput(f"the CSV file has no header row ({error or 'it is empty'})") from None
    sheet = identify_sheet(header)
    if sheet is None:
        raise InvalidInput(
            "the CSV file's header names no sheet of the import: start from the template "
            "(GET /v1/imports/template.xlsx) and save one sheet as CSV",
            pointer="/1",
        )
    return [SheetRows(sheet, header, _bounded(_csv_errors(rows), sheet.name, limits.max_rows))]


def _csv_errors(rows: Iterator[RawRow]) -> Iterator[RawRow]:
    try:
        yield from rows
    except csv.Error as error:
        raise InvalidInput(f"the CSV file cannot be read: {error}") from None


# XLSX


def _check_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    if not data.startswith(ZIP_SIGNATURE):
        raise UnsupportedFile("the file is not an XLSX workbook (it is no zip archive): send CSV as text/csv")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise UnsupportedFile(f"the file is not a readable XLSX workbook: {error}") from None
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise FileTooLarge(f"the workbook has {len(parts)} parts; a workbook has at most {MAX_PARTS}")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.max_unpacked_bytes:
        raise FileTooLarge(
            f"the workbook unpacks to {unpacked} bytes, more than the {limits.max_unpacked_bytes} read"
        )
    if "xl/workbook.xml" not in archive.namelist():
        raise UnsupportedFile("the zip archive is not an XLSX workbook: it has no xl/workbook.xml")
    return archive


def _merged_cells(archive: zipfile.ZipFile, path: str) -> dict[str, str]:
    """Every cell inside merged cells, top-left excepted, → the span (read-only mode keeps none)."""
    covered: dict[str, str] = {}
    with archive.open(path.lstrip("/")) as source:
        for _, element in SafeElementTree.iterparse(source):
            if element.tag == f"{_MAIN}mergeCell" and (span := element.get("ref")):
                first_column, first_row, last_column, last_row = range_boundaries(span)
                for row in range(first_row or 1, (last_row or 1) + 1):
                    for column in range(first_column or 1, (last_column or 1) + 1):
                        covered[f"{get_column_letter(column)}{row}"] = span
            if element.tag == f"{_MAIN}row":
                element.clear()  # the rows themselves are openpyxl's to read; keep memory flat
    return covered


def _value(cell: Any, coordinate: str, merged: Mapping[str, str]) -> CellValue:
    span = merged.get(coordinate)
    if span is not None:
        return Merged(span)  # the cells a merge covers are empty in the file, the first one included
    if not isinstance(cell, ReadOnlyCell):
        return None
    if cell.data_type == "f":
        return Formula(str(cell.value))
    value: CellValue = cell.value
    return value


def _defused(error: BaseException | None) -> DefusedXmlException | None:
    """The parser's refusal of an entity or external reference, however openpyxl wrapped it."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, DefusedXmlException):
            return error
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


def read_xlsx(data: bytes, limits: Limits) -> list[SheetRows]:
    """The workbook's sheets that the import knows, by name (`Medlemmer` or `seats`); others are
    left alone (the template's lists, a user's notes)."""
    archive = _check_zip(data, limits)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:
        if _defused(error):
            raise InvalidInput(
                "the workbook's XML declares entities or external references, which are refused "
                f"({_defused(error)})"
            ) from None
        # A hostile workbook breaks the parser in any way; each is the file's fault, not the service's.
        raise InvalidInput(f"the workbook cannot be read: {type(error).__name__}: {error}") from None
    found: list[SheetRows] = []
    for worksheet in workbook.worksheets:
        sheet = sheet_named(worksheet.title)
        if sheet is None:
            continue
        try:
            merged = _merged_cells(archive, worksheet._worksheet_path)
        except DefusedXmlException as error:
            raise InvalidInput(
                f"sheet {worksheet.title}'s XML declares entities or external references, which are "
                f"refused ({error})"
            ) from None
        except (SafeElementTree.ParseError, KeyError, ValueError) as error:
            raise InvalidInput(f"sheet {worksheet.title} cannot be read: {error}") from None
        rows = _xlsx_rows(worksheet, merged, worksheet.title)
        header = next(rows, None)
        if header is None:
            raise InvalidInput(f"sheet {worksheet.title} has no header row")
        found.append(SheetRows(sheet, header, _bounded(rows, sheet.name, limits.max_rows)))
    if not found:
        names = ", ".join(s.name for s in SHEETS)
        raise InvalidInput(f"the workbook has none of the import's sheets ({names})")
    return found


def _xlsx_rows(worksheet: Any, merged: Mapping[str, str], title: str) -> Iterator[RawRow]:
    try:
        number = 0
        for cells in worksheet.iter_rows():
            rows = [c.row for c in cells if isinstance(c, ReadOnlyCell)]
            number = rows[0] if rows else number + 1
            letters = [get_column_letter(i) for i in range(1, len(cells) + 1)]
            values = {k: _value(c, f"{k}{number}", merged) for k, c in zip(letters, cells, strict=True)}
            yield RawRow(number, {k: v for k, v in values.items() if v is not None})
    except DefusedXmlException as error:
        raise InvalidInput(f"sheet {title}'s XML declares entities, which are refused ({error})") from None
    except (InvalidInput, FileTooLarge):
        raise
    except Exception as error:  # see read_xlsx: a hostile sheet's fault
        raise InvalidInput(f"sheet {title} cannot be read: {type(error).__name__}: {error}") from None


# The template


def write_template(lists: Mapping[str, list[str]]) -> bytes:
    """The template for these lists, made once per process: openpyxl stamps a workbook with the time it
    was saved, and the same lists must give the same bytes (and ETag) to a GET and a HEAD."""
    return _template(tuple((name, tuple(values)) for name, values in sorted(lists.items())))


@functools.lru_cache(maxsize=4)
def _template(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> bytes:
    """The import's sheets with their headers (Norwegian, the English field name beside), one example
    row each, and drop-down lists of `lists` (trusts, regions, specialties, seat kinds, …: column
    field → allowed values) on a sheet of their own."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    choices = workbook.create_sheet("Lister")
    columns_of_list: dict[str, str] = {}
    for index, (name, values) in enumerate(lists, start=1):
        letter = get_column_letter(index)
        choices.cell(1, index, name)
        for row, value in enumerate(values, start=2):
            choices.cell(row, index, value)
        columns_of_list[name] = f"Lister!${letter}$2:${letter}${len(values) + 1}"
    for sheet in SHEETS:
        worksheet = workbook.create_sheet(sheet.name)
        for index, column in enumerate(sheet.columns, start=1):
            worksheet.cell(1, index, f"{column.header} ({column.field})")
            worksheet.cell(2, index, column.example or None)
            worksheet.column_dimensions[get_column_letter(index)].width = max(14, len(column.header) + 12)
            source = columns_of_list.get(column.field)
            if source is not None:
                validation = DataValidation(type="list", formula1=source, allow_blank=True)
                worksheet.add_data_validation(validation)
                letter = get_column_letter(index)
                validation.add(f"{letter}2:{letter}5000")
        worksheet.freeze_panes = "A2"
    workbook.move_sheet("Lister", offset=len(SHEETS))
    choices.sheet_state = "hidden"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
