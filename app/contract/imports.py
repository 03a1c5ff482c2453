"""Spreadsheet imports: what POST /v1/imports answers and GET /v1/imports/{import_id} shows."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
MEDIA_TYPES = (XLSX, CSV)


class ImportState(StrEnum):
    VALIDATED = "validated"
    """A dry run: every row could be written; nothing was."""
    REFUSED = "refused"
    """At least one row was refused; nothing was written."""
    COMMITTED = "committed"
    """Every row was written, in one transaction."""


class RowOutcome(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


class CellProblem(BaseModel):
    rule: str = Field(
        description="Why: an import check (`IMPORT-DATE`, `IMPORT-REQUIRED`, `IMPORT-VALUE`, "
        "`IMPORT-UNKNOWN`, "
        "`IMPORT-FORMULA`, `IMPORT-MERGED`, `IMPORT-AMBIGUOUS-PERSON`, `IMPORT-DEPUTY-OF`, `IMPORT-FIXED`), "
        "or the mandate rule (see /v1/rules) or protocol code a single write would have refused with."
    )
    message: str = Field(description="What is wrong, in words.")
    sheet: str = Field(description="The sheet (or CSV file) as the user sees it, e.g. `Medlemmer`.")
    row: int = Field(description="The row number as Excel shows it (the header is row 1).")
    column: str | None = Field(description="The column letter, e.g. `F`; null when the row as a whole.")


class ImportRow(BaseModel):
    sheet: str = Field(description="The sheet the row is on.")
    row: int = Field(description="The row number as Excel shows it.")
    outcome: RowOutcome = Field(
        description="`created`, `changed` or `unchanged` (what the row does, or did when committed), or "
        "`refused`."
    )


class ImportCounts(BaseModel):
    created: int = Field(description="Rows that create a record.")
    changed: int = Field(description="Rows that change one.")
    unchanged: int = Field(description="Rows the registry already holds as they are.")
    refused: int = Field(description="Rows refused.")


class ImportPublic(BaseModel):
    id: uuid.UUID = Field(description="The import's id: `GET /v1/imports/{import_id}` shows it again.")
    created_at: datetime = Field(description="When the import was made (RFC 3339 date-time).")
    state: ImportState = Field(
        description="`validated` (a dry run that found nothing wrong: nothing written), `refused` (a row "
        "broke a rule: nothing written) or `committed` (every row written, in one transaction)."
    )
    commit: bool = Field(description="Whether the import was asked to write (`?commit=true`).")
    media_type: str = Field(description="The file's media type.")
    file_bytes: int = Field(description="The file's size in bytes.")
    file_sha256: str = Field(description="The SHA-256 of the file, hex: which file this report is of.")
    counts: ImportCounts = Field(description="How many rows had each outcome.")
    rows: list[ImportRow] = Field(description="Every data row, in sheet and row order.")
    problems: list[CellProblem] = Field(
        description="Every problem of every refused row, each at its cell; empty unless `refused`."
    )
