from enum import StrEnum

class SeatKind(StrEnum):
    MEMBER = "member"
    TRAINEE = "trainee"

    def __str__(self) -> str:
        return str(self.value)
