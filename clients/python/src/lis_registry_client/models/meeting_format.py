from enum import StrEnum

class MeetingFormat(StrEnum):
    DIGITAL = "digital"
    HYBRID = "hybrid"
    PHYSICAL = "physical"

    def __str__(self) -> str:
        return str(self.value)
