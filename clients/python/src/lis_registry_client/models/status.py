from enum import StrEnum

class Status(StrEnum):
    ADVICE = "advice"
    OK = "ok"
    PENDING = "pending"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
