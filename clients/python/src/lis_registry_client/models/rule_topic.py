from enum import StrEnum

class RuleTopic(StrEnum):
    COUNCILS = "councils"
    GOVERNANCE = "governance"
    LEADERSHIP = "leadership"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"
    PROTOCOL = "protocol"
    REGUT = "regut"
    SEATS = "seats"

    def __str__(self) -> str:
        return str(self.value)
