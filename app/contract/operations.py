"""Operations: health checks."""

from pydantic import (
    BaseModel,
    Field,
)


class Health(BaseModel):
    status: str
    database: str | None = None
    pending_migrations: list[str] = Field(default_factory=list)
