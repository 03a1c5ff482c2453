from enum import StrEnum

class MemberRole(StrEnum):
    EDUCATION_COORDINATING_DOCTOR = "education_coordinating_doctor"
    HR_DIRECTOR = "hr_director"
    MEDICAL_DIRECTOR = "medical_director"
    REGUT_HEAD = "regut_head"
    RHF_DIRECTOR = "rhf_director"

    def __str__(self) -> str:
        return str(self.value)
