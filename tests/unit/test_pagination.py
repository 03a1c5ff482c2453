"""Cursors are opaque and checked: a tampered cursor is refused, never a server error."""

import base64

import pytest

from app.storage.paging import InvalidCursor, decode_cursor, encode_cursor
from app.storage.tables import Council


def test_a_cursor_round_trips_to_the_values_it_was_made_from() -> None:
    order = [Council.specialty_code, Council.kind]
    assert decode_cursor(encode_cursor(["anestesiologi", "regional"]), order) == ["anestesiologi", "regional"]


@pytest.mark.parametrize(
    "cursor",
    ["%%%", "bm90IGpzb24", encode_cursor(["only-one"]), base64.urlsafe_b64encode(b"[1, 2]").decode()],
)
def test_a_cursor_this_service_did_not_issue_is_refused(cursor: str) -> None:
    with pytest.raises(InvalidCursor):
        decode_cursor(cursor, [Council.specialty_code, Council.kind])
