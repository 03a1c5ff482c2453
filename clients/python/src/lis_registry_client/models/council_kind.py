from enum import StrEnum

class CouncilKind(StrEnum):
    EDUCATION_FORUM = "education_forum"
    INTERREGIONAL = "interregional"
    REGIONAL = "regional"
    STRATEGIC_COUNCIL = "strategic_council"
    WORKING_COMMITTEE = "working_committee"

    def __str__(self) -> str:
        return str(self.value)
