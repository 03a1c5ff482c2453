from enum import StrEnum

class ProposalStatus(StrEnum):
    ASSESSED = "assessed"
    DECIDED = "decided"
    DECLINED = "declined"
    DRAFT = "draft"
    FORWARDED = "forwarded"
    IN_ASSESSMENT = "in_assessment"
    IN_CONSULTATION = "in_consultation"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
