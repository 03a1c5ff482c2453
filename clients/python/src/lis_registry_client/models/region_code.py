from enum import StrEnum

class RegionCode(StrEnum):
    HELSE_MIDT_NORGE = "helse-midt-norge"
    HELSE_NORD = "helse-nord"
    HELSE_SOR_OST = "helse-sor-ost"
    HELSE_VEST = "helse-vest"

    def __str__(self) -> str:
        return str(self.value)
