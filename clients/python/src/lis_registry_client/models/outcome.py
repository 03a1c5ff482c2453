from enum import StrEnum

class Outcome(StrEnum):
    ADOPTED = "adopted"
    ADOPTED_WITH_CHANGES = "adopted_with_changes"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
