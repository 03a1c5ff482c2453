"""Keyset pagination with opaque cursors: stable under inserts, no OFFSET scans."""

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, literal, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine

from app.text import unstorable_text

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class InvalidCursor(ValueError):
    pass


@dataclass(frozen=True)
class PageRequest:
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def encode_cursor(values: Sequence[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, date) else str(v) for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, order: Sequence[ColumnElement[Any]]) -> list[Any]:
    """The key values a cursor carries, each checked against its column: a cursor is client input,
    and one the service did not issue must be refused here rather than reach a query."""
    try:
        plain = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(plain, list) or len(plain) != len(order):
            raise InvalidCursor("cursor does not belong to this collection")
        return [_parse(value, column.type) for value, column in zip(plain, order, strict=True)]
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError, TypeError, ValueError) as error:
        if isinstance(error, InvalidCursor):
            raise
        raise InvalidCursor("cursor is not one this service issued") from error


_INTEGER = re.compile(r"-?[0-9]{1,19}")
_INT64 = range(-(2**63), 2**63)
_MAX_KEY_LENGTH = 200


def _parse(value: Any, column_type: TypeEngine[Any]) -> Any:
    if not isinstance(value, str) or len(value) > _MAX_KEY_LENGTH or unstorable_text(value, multiline=False):
        raise InvalidCursor("cursor is not one this service issued")
    try:
        python_type = column_type.python_type
        if python_type is object:
            # A TypeDecorator (sqlmodel's UTCDateTime, AutoString) says `object`; the type it decorates
            # knows better.
            python_type = getattr(column_type, "impl_instance", column_type).python_type
    except NotImplementedError:
        return value
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is datetime:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:  # every instant this service stores and issues has its offset
            raise InvalidCursor("cursor is not one this service issued")
        return moment
    if python_type is int:
        if not _INTEGER.fullmatch(value) or int(value) not in _INT64:
            raise InvalidCursor("cursor is not one this service issued")
        return int(value)
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    if python_type in (str, object):
        return value
    raise InvalidCursor("cursor is not one this service issued")


async def fetch_page(
    session: AsyncSession,
    statement: Select[Any],
    order: Sequence[ColumnElement[Any]],
    key: Callable[[Any], Sequence[Any]],
    page: PageRequest,
    *,
    descending: bool = False,
) -> Page[Any]:
    """One page of `statement`'s single entity, ordered by `order` (a unique key);
    `key(row)` gives a row's values of `order` for the next cursor."""
    if page.cursor:
        after = tuple_(
            *(literal(v, c.type) for v, c in zip(decode_cursor(page.cursor, order), order, strict=True))
        )
        statement = statement.where(tuple_(*order) < after if descending else tuple_(*order) > after)
    ordering = [c.desc() for c in order] if descending else list(order)
    rows = list((await session.scalars(statement.order_by(*ordering).limit(page.limit + 1))).all())
    if len(rows) <= page.limit:
        return Page(rows, None)
    rows = rows[: page.limit]
    return Page(rows, encode_cursor(key(rows[-1])))
