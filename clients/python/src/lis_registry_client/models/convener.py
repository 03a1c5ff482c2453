from enum import StrEnum

class Convener(StrEnum):
    COORDINATOR = "coordinator"
    LEADER = "leader"
    REGUT = "regut"

    def __str__(self) -> str:
        return str(self.value)
