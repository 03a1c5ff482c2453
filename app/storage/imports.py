"""What an import stores and reads beyond the single writes it repeats: its own record, the people a
row may name, and savepoints that undo one refused row (its audit entries and events included)."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSessionTransaction

from app.domain.authority import Principal
from app.storage.database import discard_pending_rows_since, pending_rows_mark
from app.storage.repository import IMPORT_ID, Repository
from app.storage.tables import DataImport, Person


class ImportStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.session = repo.session

    @asynccontextmanager
    async def attempt(self) -> AsyncIterator[None]:
        """A savepoint: what the block writes stays when it ends normally, and is undone, its queued
        audit entries and events with it, when it raises (the error goes on)."""
        mark = pending_rows_mark(self.session)
        savepoint = await self.session.begin_nested()
        try:
            yield
        except BaseException:
            await savepoint.rollback()
            discard_pending_rows_since(self.session, mark)
            raise
        await savepoint.commit()

    def mark(self) -> dict[Table, int]:
        return pending_rows_mark(self.session)

    async def savepoint(self) -> AsyncSessionTransaction:
        return await self.session.begin_nested()

    async def undo(self, savepoint: AsyncSessionTransaction, mark: dict[Table, int]) -> None:
        """Roll `savepoint` back, and forget the audit entries and events queued since `mark`."""
        await savepoint.rollback()
        discard_pending_rows_since(self.session, mark)

    @asynccontextmanager
    async def changes_by(self, import_id: uuid.UUID) -> AsyncIterator[None]:
        """The audit entries and events written in the block name the import."""
        self.session.info[IMPORT_ID] = import_id
        try:
            yield
        finally:
            self.session.info.pop(IMPORT_ID, None)

    async def people_named(self, name: str, email: str | None) -> list[Person]:
        """The people with this name (spaces and case aside) and, when given, this e-mail."""
        folded = " ".join(name.split()).lower()
        statement = select(Person).where(func.lower(Person.name) == folded)
        if email is not None:
            statement = statement.where(func.lower(Person.email) == email.lower())
        return list((await self.session.scalars(statement)).all())

    def record(
        self,
        import_id: uuid.UUID,
        actor: Principal,
        *,
        media_type: str,
        file_sha256: str,
        file_bytes: int,
        commit: bool,
        state: str,
        report: dict[str, Any],
    ) -> DataImport:
        row = DataImport(
            id=import_id,
            principal_kind=actor.kind,
            principal_subject=actor.subject,
            org_number=actor.org_number,
            media_type=media_type,
            file_sha256=file_sha256,
            file_bytes=file_bytes,
            commit=commit,
            state=state,
            report=report,
        )
        self.session.add(row)
        return row

    async def get(self, import_id: uuid.UUID) -> DataImport | None:
        return await self.session.get(DataImport, import_id)
