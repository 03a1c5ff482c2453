from enum import StrEnum

class Change(StrEnum):
    CHANGED = "changed"
    CREATED = "created"
    ENDED = "ended"
    REMOVED = "removed"

    def __str__(self) -> str:
        return str(self.value)
