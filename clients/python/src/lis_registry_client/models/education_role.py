from enum import StrEnum

class EducationRole(StrEnum):
    EDUCATION_COMMITTEE_MEMBER = "education_committee_member"
    EDUCATION_RESPONSIBLE_CONSULTANT = "education_responsible_consultant"
    LOCAL_COMMITTEE_LEADER = "local_committee_leader"
    REGIONAL_PROFESSIONAL_COUNCIL_MEMBER = "regional_professional_council_member"

    def __str__(self) -> str:
        return str(self.value)
