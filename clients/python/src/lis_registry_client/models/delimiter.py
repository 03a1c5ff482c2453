from enum import StrEnum

class Delimiter(StrEnum):
    COMMA = "comma"
    SEMICOLON = "semicolon"

    def __str__(self) -> str:
        return str(self.value)
