from enum import StrEnum

class RowOutcome(StrEnum):
    CHANGED = "changed"
    CREATED = "created"
    REFUSED = "refused"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
