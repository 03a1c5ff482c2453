from enum import StrEnum

class Role(StrEnum):
    COORDINATOR = "coordinator"
    DEPUTY_LEADER = "deputy_leader"
    LEADER = "leader"

    def __str__(self) -> str:
        return str(self.value)
