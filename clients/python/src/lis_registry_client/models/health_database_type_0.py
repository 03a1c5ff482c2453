from enum import StrEnum

class HealthDatabaseType0(StrEnum):
    POSTGRESQL = "postgresql"
    SQLITE = "sqlite"

    def __str__(self) -> str:
        return str(self.value)
