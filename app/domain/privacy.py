"""Personal data through its life: who may read a person's whole record, what an erasure removes, and
how long what is kept outlives its purpose. Plain values in, decisions out."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.authority import NotPermitted, Principal, Scope

ERASABLE_FIELDS = ("email", "phone", "hpr_number")
"""What an erasure removes: the contact data and the HPR number. The name, the title and the seats
held on public bodies are kept (docs/privacy.md says on which ground)."""
ERASED = "[erased]"
"""What stands where an erased value was part of a longer text."""


def check_may_read_record(principal: Principal, seat_regions: Iterable[str]) -> None:
    """A person's whole record — everything held about them, who read it — is read by an administrator,
    or by the RegUt of a region where the person has or had a seat: the unit that answers a person
    of its region. Any other system reads only what its task needs, through the other resources."""
    if principal.is_admin:
        return
    if Scope.REGUT in principal.scopes and principal.regut_region in set(seat_regions):
        return
    raise NotPermitted(
        "a person's record is read by an administrator or by the RegUt of a region where they hold or "
        "held a seat"
    )


def check_may_erase(principal: Principal) -> None:
    if not principal.is_admin:
        raise NotPermitted("only an administrator erases or restricts a person's data")


def scrub(node: Any, values: frozenset[str], name: str | None = None) -> tuple[Any, bool]:
    """`node` (a JSON document) with every copy of `values` removed, and whether it had any: a string
    that is one of them becomes null; a longer text that contains one keeps the rest of its text. A
    member named as an erasable field (`name`) is someone's e-mail, phone or HPR number: only the
    value itself is removed there, never a part of another's (an HPR number can be digits of a phone
    number)."""
    if isinstance(node, str):
        if node in values:
            return None, True
        if name in ERASABLE_FIELDS:
            return node, False
        changed = False
        for value in values:
            if value in node:
                node, changed = node.replace(value, ERASED), True
        return node, changed
    if isinstance(node, list):
        results = [scrub(item, values) for item in node]
        return [item for item, _ in results], any(changed for _, changed in results)
    if isinstance(node, dict):
        scrubbed = {key: scrub(item, values, key) for key, item in node.items()}
        return {key: item for key, (item, _) in scrubbed.items()}, any(c for _, c in scrubbed.values())
    return node, False


def erasable_values(
    documents: Iterable[dict[str, Any] | None], current: Iterable[str | None]
) -> frozenset[str]:
    """Every value the person's erasable fields ever had: now, and in the documents of their record's
    history (each `person.*` audit entry holds the whole record before and after)."""
    found = {value for value in current if value}
    for document in documents:
        if not document:
            continue
        for name in ERASABLE_FIELDS:
            value = document.get(name)
            if isinstance(value, str) and value:
                found.add(value)
    return frozenset(found)


@dataclass(frozen=True)
class RetentionPolicy:
    """How long what is kept for a purpose outlives it."""

    contact_years: int
    """Contact data and HPR number after the person's last seat ended (or, never seated, after they
    were registered): kept while a council may still need to reach a former member."""
    idempotency: timedelta
    """A stored answer to an Idempotency-Key: as long as a client may retry."""
    disclosures: timedelta
    """Who read whose data: as long as a person may ask, and an audit look back."""

    def contact_expired(
        self, last_seat_ended: date | None, registered_on: date, *, seated: bool, today: date
    ) -> bool:
        """Whether a person's contact data has outlived its purpose on `today`. A person with a seat
        that runs today or later (held or deputised for) keeps it; otherwise it is kept for
        `contact_years` after the last seat ended, or after registration if they never had one."""
        if seated:
            return False
        since = last_seat_ended or registered_on
        return since < years_before(today, self.contact_years)

    def idempotency_cutoff(self, now: datetime) -> datetime:
        return now - self.idempotency

    def disclosure_cutoff(self, now: datetime) -> datetime:
        return now - self.disclosures


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
