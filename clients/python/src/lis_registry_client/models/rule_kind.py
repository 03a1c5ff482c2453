from enum import StrEnum

class RuleKind(StrEnum):
    DATA = "data"
    DEFAULT = "default"
    FINDING = "finding"
    GUARD = "guard"
    PROTOCOL = "protocol"

    def __str__(self) -> str:
        return str(self.value)
