from enum import StrEnum

class Recommendation(StrEnum):
    ADOPT = "adopt"
    ADOPT_WITH_CHANGES = "adopt_with_changes"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
