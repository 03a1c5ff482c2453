from enum import StrEnum

class Severity(StrEnum):
    ADVICE = "advice"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
