from enum import StrEnum

class TrustKind(StrEnum):
    HF = "hf"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
