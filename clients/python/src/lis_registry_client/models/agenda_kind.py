from enum import StrEnum

class AgendaKind(StrEnum):
    ACTIVITY_SUMMARY = "activity_summary"
    CONSULTATION = "consultation"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
