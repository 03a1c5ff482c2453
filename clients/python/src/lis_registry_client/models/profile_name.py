from enum import StrEnum

class ProfileName(StrEnum):
    HELSE_NORD = "helse-nord"
    HELSE_NORD_EDUCATION_FORUM = "helse-nord-education-forum"
    HELSE_NORD_STRATEGIC_COUNCIL = "helse-nord-strategic-council"
    HELSE_NORD_WORKING_COMMITTEE = "helse-nord-working-committee"
    HELSE_SOR_OST = "helse-sor-ost"
    INTERREGIONAL = "interregional"
    REGIONAL_DEFAULT = "regional-default"

    def __str__(self) -> str:
        return str(self.value)
