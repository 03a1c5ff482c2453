from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.audit_entry_public import AuditEntryPublic
  from ..models.disclosure_list import DisclosureList
  from ..models.person_public import PersonPublic
  from ..models.privacy_state import PrivacyState
  from ..models.record_attendance import RecordAttendance
  from ..models.record_proposal import RecordProposal
  from ..models.record_seat import RecordSeat
  from ..models.record_statement import RecordStatement





T = TypeVar("T", bound="PersonRecord")



@_attrs_define
class PersonRecord:
    """ Everything the registry holds about a person (GDPR art. 15). The disclosures are paged
    (`limit`, `cursor`): they grow with every read; the rest is whole.

        Attributes:
            person (PersonPublic): A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous
                callers.
            state (PrivacyState): Where the person's contact data and HPR number stand.
            seats (list[RecordSeat]): Every seat held or deputised for, oldest first.
            attendance (list[RecordAttendance]): Every attendance recorded of them, oldest first.
            proposals (list[RecordProposal]): Proposals they raised by name.
            statements (list[RecordStatement]): Councils' statements whose text names them.
            audit (list[AuditEntryPublic]): The audit entries of their record and of their seats, newest first.
            disclosures (DisclosureList):
     """

    person: PersonPublic
    state: PrivacyState
    seats: list[RecordSeat]
    attendance: list[RecordAttendance]
    proposals: list[RecordProposal]
    statements: list[RecordStatement]
    audit: list[AuditEntryPublic]
    disclosures: DisclosureList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_public import AuditEntryPublic # noqa: PLC0415
        from ..models.disclosure_list import DisclosureList # noqa: PLC0415
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.privacy_state import PrivacyState # noqa: PLC0415
        from ..models.record_attendance import RecordAttendance # noqa: PLC0415
        from ..models.record_proposal import RecordProposal # noqa: PLC0415
        from ..models.record_seat import RecordSeat # noqa: PLC0415
        from ..models.record_statement import RecordStatement # noqa: PLC0415
        person = self.person.to_dict()

        state = self.state.to_dict()

        seats = []
        for seats_item_data in self.seats:
            seats_item = seats_item_data.to_dict()
            seats.append(seats_item)



        attendance = []
        for attendance_item_data in self.attendance:
            attendance_item = attendance_item_data.to_dict()
            attendance.append(attendance_item)



        proposals = []
        for proposals_item_data in self.proposals:
            proposals_item = proposals_item_data.to_dict()
            proposals.append(proposals_item)



        statements = []
        for statements_item_data in self.statements:
            statements_item = statements_item_data.to_dict()
            statements.append(statements_item)



        audit = []
        for audit_item_data in self.audit:
            audit_item = audit_item_data.to_dict()
            audit.append(audit_item)



        disclosures = self.disclosures.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "person": person,
            "state": state,
            "seats": seats,
            "attendance": attendance,
            "proposals": proposals,
            "statements": statements,
            "audit": audit,
            "disclosures": disclosures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_public import AuditEntryPublic # noqa: PLC0415
        from ..models.disclosure_list import DisclosureList # noqa: PLC0415
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.privacy_state import PrivacyState # noqa: PLC0415
        from ..models.record_attendance import RecordAttendance # noqa: PLC0415
        from ..models.record_proposal import RecordProposal # noqa: PLC0415
        from ..models.record_seat import RecordSeat # noqa: PLC0415
        from ..models.record_statement import RecordStatement # noqa: PLC0415
        d = dict(src_dict)
        person = PersonPublic.from_dict(d.pop("person"))




        state = PrivacyState.from_dict(d.pop("state"))




        seats = []
        _seats = d.pop("seats")
        for seats_item_data in (_seats):
            seats_item = RecordSeat.from_dict(seats_item_data)



            seats.append(seats_item)


        attendance = []
        _attendance = d.pop("attendance")
        for attendance_item_data in (_attendance):
            attendance_item = RecordAttendance.from_dict(attendance_item_data)



            attendance.append(attendance_item)


        proposals = []
        _proposals = d.pop("proposals")
        for proposals_item_data in (_proposals):
            proposals_item = RecordProposal.from_dict(proposals_item_data)



            proposals.append(proposals_item)


        statements = []
        _statements = d.pop("statements")
        for statements_item_data in (_statements):
            statements_item = RecordStatement.from_dict(statements_item_data)



            statements.append(statements_item)


        audit = []
        _audit = d.pop("audit")
        for audit_item_data in (_audit):
            audit_item = AuditEntryPublic.from_dict(audit_item_data)



            audit.append(audit_item)


        disclosures = DisclosureList.from_dict(d.pop("disclosures"))




        person_record = cls(
            person=person,
            state=state,
            seats=seats,
            attendance=attendance,
            proposals=proposals,
            statements=statements,
            audit=audit,
            disclosures=disclosures,
        )


        person_record.additional_properties = d
        return person_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
