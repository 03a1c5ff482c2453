from enum import StrEnum

class Position(StrEnum):
    NEUTRAL = "neutral"
    OPPOSE = "oppose"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
