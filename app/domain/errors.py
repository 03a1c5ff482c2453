"""Domain errors: which rules a request broke, never how the edge reports them."""

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.rules import Rule


@dataclass(frozen=True)
class Violation:
    """One broken rule; `pointer` is a JSON Pointer into the request that broke it."""

    rule: Rule
    message: str
    pointer: str | None = None
    conflict: bool | None = None
    """For a rule that can be broken either way: True when this breach conflicts with what is stored
    (another holder of the place), False when the request alone is wrong; None leaves it to the
    rule (a rule whose every breach is a conflict says so once, at the edge)."""


class RuleBroken(Exception):
    """A guard refused the operation; carries every rule it broke, first the most telling."""

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        if not self.violations:
            raise ValueError("RuleBroken needs at least one violation")
        super().__init__("; ".join(f"{v.rule}: {v.message}" for v in self.violations))

    @property
    def rule(self) -> Rule:
        return self.violations[0].rule


def refuse_if_any(violations: Iterable[Violation]) -> None:
    """Raise `RuleBroken` when the checks found anything; a guard's last line."""
    found = list(violations)
    if found:
        raise RuleBroken(found)
