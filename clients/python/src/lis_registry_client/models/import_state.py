from enum import StrEnum

class ImportState(StrEnum):
    COMMITTED = "committed"
    REFUSED = "refused"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
