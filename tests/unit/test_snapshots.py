"""Kept anonymous answers (app/edge/snapshots.py): under which key, for how long, and how many."""

from datetime import UTC, date, datetime, timedelta

from app.clock import start_of_day_in_oslo
from app.edge.snapshots import Snapshots

DAY = date(2026, 12, 2)
NOON = datetime(2026, 12, 2, 12, tzinfo=UTC)


def scope(
    path: str = "/v1/directory", query: bytes = b"", accept: bytes = b"", host: bytes = b"registry.example"
) -> dict[str, object]:
    headers = [(b"host", host), *([(b"accept", accept)] if accept else [])]
    return {"path": path, "query_string": query, "headers": headers, "scheme": "https"}


def test_the_key_holds_everything_the_answer_depends_on() -> None:
    """The data version, the query, the representation asked for, the day in Norway (on which terms
    begin and end without any write) and the host a `Link` header names (a forged Host header reaches
    only its own entry)."""
    keys = {
        Snapshots.key(scope(), 7, DAY),
        Snapshots.key(scope(), 8, DAY),
        Snapshots.key(scope(query=b"specialty=urologi"), 7, DAY),
        Snapshots.key(scope(accept=b"text/csv"), 7, DAY),
        Snapshots.key(scope(), 7, DAY + timedelta(days=1)),
        Snapshots.key(scope("/v1/councils"), 7, DAY),
        Snapshots.key(scope(host=b"evil.example"), 7, DAY),
    }
    assert len(keys) == 7


def test_a_kept_answer_lasts_until_midnight_in_norway_or_the_moment_it_names() -> None:
    kept = Snapshots()
    key = Snapshots.key(scope(), 1, DAY)
    midnight = start_of_day_in_oslo(DAY + timedelta(days=1))
    kept.keep(key, [], b"body", b'"e"', "", None)
    assert kept.get(key, midnight - timedelta(seconds=1)) is not None
    assert kept.get(key, midnight) is None
    meeting_begins = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    kept.keep(key, [], b"body", b'"e"', meeting_begins.isoformat(), None)
    assert kept.get(key, meeting_begins - timedelta(seconds=1)) is not None
    assert kept.get(key, meeting_begins) is None


def test_the_kept_answers_are_bounded_in_bytes_least_recently_used_first() -> None:
    """What an entry costs besides its body counts too, so that many small answers cannot outgrow it."""
    keys = [Snapshots.key(scope(query=str(n).encode()), 1, DAY) for n in range(5)]
    probe = Snapshots()
    probe.keep(keys[0], [], b"x" * 10, b'"e"', "", None)
    assert probe._bytes > 1000  # not only its ten bytes of body
    kept = Snapshots(max_bytes=probe._bytes * 4 + 1)
    for key in keys[:4]:
        kept.keep(key, [], b"x" * 10, b'"e"', "", None)
    assert kept.get(keys[0], NOON) is not None  # used: the second is now the least recently used
    kept.keep(keys[4], [], b"x" * 10, b'"e"', "", None)
    assert kept.get(keys[1], NOON) is None
    assert all(kept.get(key, NOON) is not None for key in (keys[0], keys[2], keys[3], keys[4]))


def test_a_request_with_a_long_query_is_answered_but_not_kept() -> None:
    """No public read needs a long query; keeping one would let a client fill memory with keys."""
    kept = Snapshots()
    key = Snapshots.key(scope(query=b"x=" + b"a" * 3000), 1, DAY)
    kept.keep(key, [], b"body", b'"e"', "", None)
    assert kept.get(key, NOON) is None


def test_answers_kept_under_an_older_version_are_let_go_when_a_newer_one_is_kept() -> None:
    """Every write makes a new version, and the version never goes back: under a steady stream of
    writes, memory holds the answers of the newest version, not of every version since start."""
    kept = Snapshots()
    old = Snapshots.key(scope(), 1, DAY)
    other_old = Snapshots.key(scope("/v1/councils"), 1, DAY)
    kept.keep(old, [], b"body", b'"e"', "", None)
    kept.keep(other_old, [], b"body", b'"e"', "", None)
    kept.keep(Snapshots.key(scope(), 2, DAY), [], b"body", b'"f"', "", None)
    assert len(kept) == 1
    assert kept.get(old, NOON) is None


def test_answers_kept_under_an_older_version_are_let_go_as_soon_as_a_newer_version_is_asked_for() -> None:
    """An erasure is a write: the answers kept before it (a published e-mail in them) leave memory at
    the first request after it, whether or not that request's answer is kept."""
    kept = Snapshots()
    kept.keep(Snapshots.key(scope(), 1, DAY), [], b"anna@unn.no", b'"e"', "", None)
    assert kept.get(Snapshots.key(scope("/v1/councils"), 2, DAY), NOON) is None
    assert len(kept) == 0
