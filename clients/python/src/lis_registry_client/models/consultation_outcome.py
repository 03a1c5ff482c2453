from enum import StrEnum

class ConsultationOutcome(StrEnum):
    ANSWERED = "answered"
    MISSED = "missed"
    PENDING = "pending"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
