"""Operations: health checks."""

from typing import Literal

from pydantic import BaseModel, Field


class Health(BaseModel):
    """The service answers; when ready, which database it serves from. A service that is not ready
    answers 503 with a problem instead."""

    status: Literal["ok"] = Field(description="Always `ok`: anything else is a 503 problem.")
    database: Literal["sqlite", "postgresql"] | None = Field(
        None, description="The database dialect (readiness only)."
    )
