from enum import StrEnum

class CompositionChangeKind(StrEnum):
    ENDED = "ended"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
