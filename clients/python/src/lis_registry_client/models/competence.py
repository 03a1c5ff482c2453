from enum import StrEnum

class Competence(StrEnum):
    CLINICAL_EXPERIENCE = "clinical_experience"
    PEDAGOGY = "pedagogy"
    RECOMMENDED_COURSES = "recommended_courses"
    RESEARCH = "research"

    def __str__(self) -> str:
        return str(self.value)
