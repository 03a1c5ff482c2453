from enum import StrEnum

class RaiserKind(StrEnum):
    COUNCIL = "council"
    PERSON = "person"
    REGUT = "regut"
    TRUST = "trust"

    def __str__(self) -> str:
        return str(self.value)
