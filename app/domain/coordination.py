"""Which RegUt coordinates nationally on a date (`REGUT-COORDINATING-ROTATION`)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.errors import Violation, refuse_if_any
from app.domain.profiles import COORDINATING_ROTATION_YEARS
from app.domain.rules import Rule


@dataclass(frozen=True)
class CoordinatingPeriod:
    region: str
    starts_on: date | None
    """None where the source does not say; the rotation's length then implies it."""
    ends_on: date

    @property
    def effective_start(self) -> date:
        return self.starts_on if self.starts_on is not None else self.effective_start_by_rotation

    @property
    def effective_start_by_rotation(self) -> date:
        day_after = self.ends_on + timedelta(days=1)
        return day_after.replace(year=day_after.year - COORDINATING_ROTATION_YEARS)


def coordinating_period_on(periods: Iterable[CoordinatingPeriod], on: date) -> CoordinatingPeriod | None:
    """The recorded period covering `on`, or None when no period is recorded for it."""
    covering = [p for p in periods if p.effective_start <= on <= p.ends_on]
    # Recorded periods do not overlap; should an edit make them, the latest start wins.
    return max(covering, key=lambda p: p.effective_start, default=None)


def check_new_period(recorded: Iterable[CoordinatingPeriod], new: CoordinatingPeriod) -> None:
    """A new coordinating period ends on 31 January and overlaps no recorded one."""
    violations = []
    if (new.ends_on.month, new.ends_on.day) != (1, 31):
        violations.append(
            Violation(
                Rule.REGUT_COORDINATING_ROTATION, "a coordinating period ends on 31 January", "/ends_on"
            )
        )
    if new.starts_on is not None and new.starts_on != new.effective_start_by_rotation:
        violations.append(
            Violation(
                Rule.REGUT_COORDINATING_ROTATION,
                f"a period lasts {COORDINATING_ROTATION_YEARS} years: this one starts on "
                f"{new.effective_start_by_rotation}",
                "/starts_on",
            )
        )
    for other in recorded:
        if new.effective_start <= other.ends_on and other.effective_start <= new.ends_on:
            violations.append(
                Violation(
                    Rule.REGUT_COORDINATING_ROTATION,
                    f"overlaps the period of {other.region} from {other.effective_start} to {other.ends_on}",
                    "/starts_on",
                )
            )
    refuse_if_any(violations)
