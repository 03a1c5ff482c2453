"""What every part of the contract shares: strict scalar types, request bodies, problems."""

import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.domain.imports import Check
from app.domain.rules import Rule
from app.text import unstorable_text


def _representable_in_utc(value: datetime) -> datetime:
    # 0001-01-01T00:00+14:00 is a valid instant in RFC 3339 but not in UTC on this platform.
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("the instant is out of range") from None


# Dates and instants arrive as text, never as numbers: pydantic's lax mode would read `0` as
# 1970-01-01, which no client means. The pattern is checked before pydantic parses the text.
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_INSTANT_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})")


def _date_as_text(value: object) -> object:
    if isinstance(value, date) or (isinstance(value, str) and _DATE_TEXT.fullmatch(value)):
        return value
    raise ValueError("must be a date written YYYY-MM-DD")


def _instant_as_text(value: object) -> object:
    if isinstance(value, datetime) or (isinstance(value, str) and _INSTANT_TEXT.fullmatch(value)):
        return value
    raise ValueError("must be an RFC 3339 date-time with an offset, e.g. 2026-01-31T09:00:00+01:00")


def _flag_as_text(value: object) -> object:
    # Query strings carry text: only the words the contract's boolean has, not 1/0/yes/on.
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError("must be true or false")


Instant = Annotated[AwareDatetime, BeforeValidator(_instant_as_text), AfterValidator(_representable_in_utc)]
"""An RFC 3339 date-time with offset, normalised to UTC."""

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2999, 12, 31)


def _within_the_registrys_years(value: date) -> date:
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValueError(f"must be a date from {EARLIEST_DAY} to {LATEST_DAY}")
    return value


Day = Annotated[
    date,
    BeforeValidator(_date_as_text),
    AfterValidator(_within_the_registrys_years),
    # JSON Schema has no bounds for a date; the extensions say what the server enforces.
    Field(json_schema_extra={"x-minimum": EARLIEST_DAY.isoformat(), "x-maximum": LATEST_DAY.isoformat()}),
]
"""A calendar date the registry can reason about (1900-01-01 to 2999-12-31): terms and periods are
computed years past it."""

QueryFlag = Annotated[bool, BeforeValidator(_flag_as_text)]
"""A boolean query parameter: `true` or `false`."""

Flag = StrictBool
"""A boolean in a JSON body: `true` or `false`, never `0` or `"yes"`."""

Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
"""A line of text: a council's name. Each bound is the column's, so no valid request overflows one."""
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
"""A person's, region's, trust's or specialty's name."""
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
"""A person's title, e.g. overlege."""


def _refuse_unstorable(value: Any) -> Any:
    if isinstance(value, str):
        problem = unstorable_text(value)
        if problem is not None:
            raise ValueError(problem)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _refuse_unstorable(item)
    return value


class Request(BaseModel):
    """Request bodies refuse unknown fields: a misspelt field must not be silently ignored. Every text
    they carry is checked here, once, for what no database can store (NUL, lone surrogates)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def storable_text(cls, value: Any, _info: ValidationInfo) -> Any:
        return _refuse_unstorable(value)


def refuse_clearing(update: BaseModel, *required: str) -> None:
    """In a partial update, `null` clears a field; refuse it for fields that must have a value."""
    cleared = [f for f in required if f in update.model_fields_set and getattr(update, f) is None]
    if cleared:
        raise ValueError(f"{', '.join(cleared)} cannot be cleared")


class Protocol(StrEnum):
    """Codes for what is wrong with a request as a request, not with the mandate."""

    REQUEST_INVALID = "REQUEST-INVALID"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    PRECONDITION_REQUIRED = "PRECONDITION-REQUIRED"
    PRECONDITION_FAILED = "PRECONDITION-FAILED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY-KEY-REUSED"
    IDEMPOTENCY_IN_FLIGHT = "IDEMPOTENCY-IN-FLIGHT"
    PAYLOAD_TOO_LARGE = "PAYLOAD-TOO-LARGE"
    NOT_FOUND = "NOT-FOUND"
    METHOD_NOT_ALLOWED = "METHOD-NOT-ALLOWED"
    CONFLICT = "CONFLICT"
    NOT_ACCEPTABLE = "NOT-ACCEPTABLE"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED-MEDIA-TYPE"
    SERVICE_UNAVAILABLE = "SERVICE-UNAVAILABLE"
    INTERNAL = "INTERNAL"
    # A spreadsheet's cells (POST /v1/imports): the `rule` of a problem in an import's report.
    IMPORT_REQUIRED = Check.REQUIRED.value
    IMPORT_DATE = Check.DATE.value
    IMPORT_VALUE = Check.VALUE.value
    IMPORT_UNKNOWN = Check.UNKNOWN.value
    IMPORT_FORMULA = Check.FORMULA.value
    IMPORT_MERGED = Check.MERGED.value
    IMPORT_AMBIGUOUS_PERSON = Check.AMBIGUOUS_PERSON.value
    IMPORT_DEPUTY_OF = Check.DEPUTY_OF.value
    IMPORT_FIXED = Check.FIXED.value


PROTOCOL_CODES: dict[Protocol, tuple[int, str]] = {
    Protocol.REQUEST_INVALID: (
        422,
        "The request is malformed or names something that does not exist; `errors` names each field "
        "(`pointer`) or parameter. Also 400 for a request that is not HTTP the server can read, and 414 "
        "for a URL longer than 8 KiB.",
    ),
    Protocol.UNAUTHENTICATED: (
        401,
        "The operation needs a valid bearer token (`WWW-Authenticate` says why).",
    ),
    Protocol.FORBIDDEN: (
        403,
        "The token lacks the scope the operation needs, and no mandate rule says more.",
    ),
    Protocol.PRECONDITION_REQUIRED: (428, "A change needs `If-Match` with the ETag of the resource as read."),
    Protocol.PRECONDITION_FAILED: (412, "The resource changed since it was read: read it again, then retry."),
    Protocol.IDEMPOTENCY_KEY_REUSED: (422, "The `Idempotency-Key` was used for a different request."),
    Protocol.IDEMPOTENCY_IN_FLIGHT: (409, "A request with this `Idempotency-Key` is still running: retry."),
    Protocol.PAYLOAD_TOO_LARGE: (413, "The request body is larger than the service accepts."),
    Protocol.NOT_FOUND: (404, "No resource at this URL."),
    Protocol.METHOD_NOT_ALLOWED: (
        405,
        "The resource does not take this method (`Allow` lists those it does).",
    ),
    Protocol.CONFLICT: (409, "The change conflicts with what is stored; it would be valid in another state."),
    Protocol.NOT_ACCEPTABLE: (406, "The service cannot answer in a media type the request accepts."),
    Protocol.UNSUPPORTED_MEDIA_TYPE: (415, "The request body is not in a media type the operation takes."),
    Protocol.SERVICE_UNAVAILABLE: (
        503,
        "The database or the token issuer cannot serve now; nothing was written. Retry after "
        "`Retry-After` seconds.",
    ),
    Protocol.INTERNAL: (500, "An unexpected error; it has been logged. Nothing was written."),
    Protocol.IMPORT_REQUIRED: (422, "Import: the cell is empty, and its row needs a value there."),
    Protocol.IMPORT_DATE: (
        422,
        "Import: the cell is not a date (a date cell, an Excel serial number, yyyy-mm-dd or dd.mm.yyyy).",
    ),
    Protocol.IMPORT_VALUE: (
        422,
        "Import: the cell is not a value its column takes (a time, ja or nei, an HPR number, an e-mail, a "
        "number).",
    ),
    Protocol.IMPORT_UNKNOWN: (
        422,
        "Import: no region, health trust, specialty, kind of council or registered council has that code or "
        "name.",
    ),
    Protocol.IMPORT_FORMULA: (422, "Import: the cell holds a formula; the import reads values only."),
    Protocol.IMPORT_MERGED: (422, "Import: the cell is part of merged cells; each row holds its own values."),
    Protocol.IMPORT_AMBIGUOUS_PERSON: (
        422,
        "Import: more than one registered person matches the row (by name and e-mail), or its HPR number "
        "is registered under another name; the import never guesses.",
    ),
    Protocol.IMPORT_DEPUTY_OF: (
        422,
        "Import: a deputy's row names no representative of the same council in the file on its first day.",
    ),
    Protocol.IMPORT_FIXED: (
        409,
        "Import: the row would change a seat's trust, region, kind or role, which no write changes: end or "
        "withdraw the seat instead.",
    ),
}
"""Each protocol code's HTTP status and meaning, as the rule catalogue publishes them."""

RuleId = StrEnum(  # type: ignore[misc]
    "RuleId", {member.name: member.value for member in (*Rule, *Protocol)}
)
"""Every rule ID a problem or finding can name: the mandate's rules and the protocol codes. Each is
described at `/v1/rules/{id}`."""


def rule_url(rule: str) -> str:
    return f"/v1/rules/{rule}"


class ProblemDetail(BaseModel):
    rule: RuleId = Field(description="The rule broken: a mandate rule ID or a protocol code.")
    type: str = Field("", description="Where the rule is described: `/v1/rules/{rule}`.")
    message: str = Field(description="What is wrong, for a person to read.")
    pointer: str | None = Field(None, description="JSON Pointer into the request body.")
    parameter: str | None = Field(None, description="The query, path or header parameter concerned.")

    @model_validator(mode="after")
    def links_its_rule(self) -> "ProblemDetail":
        self.type = rule_url(self.rule)
        return self


class Problem(BaseModel):
    """RFC 9457 problem details, with the rule that was broken."""

    type: str = Field(description="`/v1/rules/{rule}`: the rule's description in the rule catalogue.")
    title: str = Field(description="The HTTP status phrase.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong with this request, for a person to read.")
    instance: str | None = Field(None, description="The path of the request.")
    rule: RuleId = Field(description="The headline rule: the one that explains the status.")
    errors: list[ProblemDetail] = Field(
        default_factory=list, description="Every rule broken, each with the field or parameter concerned."
    )
    request_id: str | None = Field(
        None,
        description="The request's `X-Request-ID` (the client's, or one the service made): quote it "
        "when reporting a problem; the service's logs carry it.",
    )


UNION_TAGS: dict[str | None, set[str]] = {}
"""Where the contract's tagged unions stand (the field holding one; None for a whole body) and their
tags. pydantic puts the tag in an error's location right after that field, where a JSON Pointer into
the body must not show it; anywhere else the same word is a key the client sent."""


def union_tags(*tags: str, at: tuple[str | None, ...]) -> Any:
    """Record a tagged union's tags and the fields that hold it; metadata in its `Annotated`."""
    for field in at:
        UNION_TAGS.setdefault(field, set()).update(tags)
    return Field()


_TAG = object()
"""Stands for a tag just taken out: no union stands right after one, so what follows is the client's."""


def without_union_tags(location: tuple[Any, ...]) -> list[Any]:
    """An error's location in the body as the client wrote it: pydantic's union tags taken out."""
    kept: list[Any] = []
    after: Any = None
    for part in location:
        if part in UNION_TAGS.get(after, ()):
            after = _TAG
            continue
        kept.append(part)
        after = part
    return kept
