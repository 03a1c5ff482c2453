"""Reading the audit log: who changed what, when, with the state before and after."""

from app.contract.audit import AuditEntity, AuditEntryPublic, AuditList, AuditPrincipal
from app.storage.paging import PageRequest
from app.storage.repository import Repository
from app.storage.tables import AuditEntry


async def list_audit_entries(
    repo: Repository, page: PageRequest, *, entity_type: AuditEntity | None, entity_id: str | None
) -> AuditList:
    entries = await repo.audit_entries(page, entity_type=entity_type, entity_id=entity_id)
    return AuditList(items=[audit_entry_view(e) for e in entries.items], next_cursor=entries.next_cursor)


def audit_entry_view(e: AuditEntry) -> AuditEntryPublic:
    return AuditEntryPublic(
        id=e.id or 0,
        occurred_at=e.occurred_at,
        principal=AuditPrincipal(
            kind=e.principal_kind,
            subject=e.principal_subject,
            org_number=e.org_number,
            org_number_child=e.org_number_child,
            client_name=e.client_name,
        ),
        action=e.action,
        entity_type=AuditEntity(e.entity_type),
        entity_id=e.entity_id,
        before=e.before,
        after=e.after,
        import_id=e.import_id,
    )
