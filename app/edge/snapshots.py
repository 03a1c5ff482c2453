"""Anonymous answers rendered once per version of the data and served from memory until it changes.

The public reads (the directory the national website polls, councils, their representatives) change a
few times a day and are asked for all the time. A route whose anonymous answer depends on nothing but
the data, the request (path, query string, `Accept`) and the day in Norway marks it with `snapshot()`;
`HttpCacheMiddleware` keeps it under a key made of exactly those, the data version included
(`app.storage.changes.DataVersion`), and answers the same request — a revalidation too — from memory
while the key holds. Terms begin and end at midnight without any write, so the day is in the key; an
answer that changes at some other moment (a meeting that begins) says until when it holds. Only
anonymous requests are served this way: a personal view never shares an entry with the public one.
"""

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from starlette.responses import Response
from starlette.types import Scope

from app.clock import start_of_day_in_oslo

SNAPSHOT_HEADER = "x-lis-snapshot"
"""Set by a route on an answer that may be kept (its value: until when, or empty for the day); the
middleware removes it before the answer leaves."""
MAX_BYTES = 64 * 1024 * 1024
"""The most the kept answers may hold, all together: a client varying the query string cannot make
the service hold more."""

MAX_PATHS = 100_000
MAX_ENTRIES = 4096
"""The most answers kept: far more than the public reads of the whole registry on one day."""
MAX_REQUEST_BYTES = 2048
"""A request whose query string and headers of the key are longer than this is answered, not kept: no
public read needs it, and it would let a client fill memory with keys."""
ENTRY_OVERHEAD = 1024
"""What an entry costs besides its body, key and headers (the objects that hold them), counted against
MAX_BYTES."""
Key = tuple[str, bytes, bytes, str, int, date]


def snapshot(response: Response, until: datetime | None = None) -> None:
    """Mark the answer as one to keep for anonymous callers: it depends only on the data, the request
    and the day in Norway, and, when `until` is given, no longer than that moment."""
    response.headers[SNAPSHOT_HEADER] = until.isoformat() if until is not None else ""


@dataclass(frozen=True)
class Snapshot:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes
    expires: datetime
    route: Any
    """The route that built it, put back in the scope of a request it answers: logs and metrics name
    the route template whether or not the answer was built."""
    disclosed: dict[str, list[str]] | None = None
    """Whose non-public data the body shows (`app.edge.disclosure`), found once when it was kept: a
    registered answer is logged as a disclosure each time it is served, without reading it again."""


class Snapshots:
    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._entries: OrderedDict[Key, Snapshot] = OrderedDict()
        self._bytes = 0
        self._max_bytes = max_bytes
        self._newest = 0
        self._paths: set[str] = set()
        """Paths whose route marked an answer to keep: only their requests are worth asking the data
        version for (a health check never is, nor a meeting, whose status changes as it begins)."""

    def may_keep(self, path: str) -> bool:
        return path in self._paths

    def learn(self, path: str) -> None:
        if len(self._paths) >= MAX_PATHS:  # bounded by the data (one path per council), but be sure
            self._paths.clear()
        self._paths.add(path)

    @staticmethod
    def key(scope: Scope, version: int, day: date) -> Key:
        """Everything an answer may depend on: a `Link` header is built from the scheme and `Host` the
        client sent, so they are in the key too, and a forged `Host` only ever reaches its own entry."""
        headers = scope["headers"]
        accept = next((value for name, value in headers if name == b"accept"), b"")
        # The CSV's headers and labels are in the language asked for (app/services/spreadsheets.py).
        language = next((value for name, value in headers if name == b"accept-language"), b"")
        host = next((value for name, value in headers if name == b"host"), b"")
        return (
            scope["path"],
            scope["query_string"],
            accept + b"\n" + language,
            scope.get("scheme", "") + "://" + host.decode("latin-1"),
            version,
            day,
        )

    def get(self, key: Key, now: datetime) -> Snapshot | None:
        if key[4] > self._newest:
            # The data changed: what was kept before it is never asked for again, and must not stay
            # in memory either (an erasure's values may be in it).
            self._let_go_before(key[4])
        found = self._entries.get(key)
        if found is None:
            return None
        if now >= found.expires:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return found

    def keep(
        self,
        key: Key,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        etag: bytes,
        until: str,
        route: Any,
        disclosed: dict[str, list[str]] | None = None,
    ) -> None:
        day = key[5]
        expires = start_of_day_in_oslo(day + timedelta(days=1))
        if until:
            expires = min(expires, datetime.fromisoformat(until))
        if len(key[1]) + len(key[2]) + len(key[3]) > MAX_REQUEST_BYTES or len(body) > self._max_bytes // 4:
            return
        version = key[4]
        if version < self._newest:  # built while a write committed: already out of date
            return
        if version > self._newest:
            # The version never goes back: answers kept under an older one are never asked for again.
            self._let_go_before(version)
        if key in self._entries:
            self._drop(key)
        self._entries[key] = Snapshot(headers, body, etag, expires, route, disclosed)
        self._bytes += _size(key, self._entries[key])
        # Older versions are never asked for again: they go first, as the least recently used.
        while self._bytes > self._max_bytes or len(self._entries) > MAX_ENTRIES:
            self._drop(next(iter(self._entries)))

    def _let_go_before(self, version: int) -> None:
        self._newest = version
        for old in [k for k in self._entries if k[4] < version]:
            self._drop(old)

    def _drop(self, key: Key) -> None:
        dropped = self._entries.pop(key)
        self._bytes -= _size(key, dropped)

    def __len__(self) -> int:
        return len(self._entries)


def _size(key: Key, kept: Snapshot) -> int:
    headers = sum(len(name) + len(value) for name, value in kept.headers)
    return ENTRY_OVERHEAD + len(key[0]) + len(key[1]) + len(key[2]) + len(key[3]) + headers + len(kept.body)
