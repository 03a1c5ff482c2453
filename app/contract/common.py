"""What every part of the contract shares: strict scalar types, request bodies, problems."""

import re
from datetime import UTC, date, datetime
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
)

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

Day = Annotated[date, BeforeValidator(_date_as_text), Field(ge=date(1900, 1, 1), le=date(2999, 12, 31))]
"""A calendar date the registry can reason about: terms and periods are computed years past it."""

QueryFlag = Annotated[bool, BeforeValidator(_flag_as_text)]
"""A boolean query parameter: `true` or `false`."""

Flag = StrictBool
"""A boolean in a JSON body: `true` or `false`, never `0` or `"yes"`."""

Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


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


class ProblemDetail(BaseModel):
    rule: str = Field(description="Rule ID from MANDATE.md, or a protocol code such as REQUEST-INVALID.")
    message: str
    pointer: str | None = Field(None, description="JSON Pointer into the request body.")
    parameter: str | None = Field(None, description="The query, path or header parameter concerned.")


class Problem(BaseModel):
    """RFC 9457 problem details, with the rule that was broken."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    rule: str
    errors: list[ProblemDetail] = Field(default_factory=list)


UNION_TAGS: set[str] = set()
"""Tags of the contract's tagged unions: pydantic puts them in an error's location, where a JSON
Pointer into the body must not show them."""


def union_tags(*tags: str) -> Any:
    """Record the tags of a tagged union, for `UNION_TAGS`; used as metadata in its `Annotated`."""
    UNION_TAGS.update(tags)
    return Field()
