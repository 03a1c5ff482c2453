from enum import StrEnum

class LinkedPage(StrEnum):
    ACTIVITY_SUMMARY = "activity_summary"
    COMPLIANCE = "compliance"

    def __str__(self) -> str:
        return str(self.value)
