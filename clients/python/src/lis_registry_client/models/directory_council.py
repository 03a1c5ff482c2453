from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.council_kind import CouncilKind
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.directory_contact import DirectoryContact
  from ..models.directory_meeting import DirectoryMeeting
  from ..models.directory_reg_ut import DirectoryRegUt
  from ..models.directory_representative import DirectoryRepresentative





T = TypeVar("T", bound="DirectoryCouncil")



@_attrs_define
class DirectoryCouncil:
    """ 
        Attributes:
            id (UUID): The council's id (`/v1/councils/{id}`).
            kind (CouncilKind):
            name (str): The council's name.
            specialty (None | str): Code of its specialty; null for a governance body.
            specialty_name (None | str): The specialty's Norwegian name; null for a governance body.
            region (None | str): Its region; null for an inter-regional council.
            contact_email (None | str): The council's contact e-mail; null where none is recorded.
            regut (DirectoryRegUt | None): The RegUt to contact; null for an inter-regional council whose specialty has none
                recorded.
            leader (DirectoryContact | None): The leader on the date; null when vacant.
            deputy_leader (DirectoryContact | None): The deputy leader on the date; null when vacant.
            coordinator (DirectoryContact | None): The coordinator on the date; null when vacant.
            representatives (list[DirectoryRepresentative]): The seats held on the date.
            next_meeting (DirectoryMeeting | None): The next scheduled meeting that has not begun; null when none is
                scheduled.
     """

    id: UUID
    kind: CouncilKind
    name: str
    specialty: None | str
    specialty_name: None | str
    region: None | str
    contact_email: None | str
    regut: DirectoryRegUt | None
    leader: DirectoryContact | None
    deputy_leader: DirectoryContact | None
    coordinator: DirectoryContact | None
    representatives: list[DirectoryRepresentative]
    next_meeting: DirectoryMeeting | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_contact import DirectoryContact # noqa: PLC0415
        from ..models.directory_meeting import DirectoryMeeting # noqa: PLC0415
        from ..models.directory_reg_ut import DirectoryRegUt # noqa: PLC0415
        from ..models.directory_representative import DirectoryRepresentative # noqa: PLC0415
        id = str(self.id)

        kind = self.kind.value

        name = self.name

        specialty: None | str
        specialty = self.specialty

        specialty_name: None | str
        specialty_name = self.specialty_name

        region: None | str
        region = self.region

        contact_email: None | str
        contact_email = self.contact_email

        regut: dict[str, Any] | None
        if isinstance(self.regut, DirectoryRegUt):
            regut = self.regut.to_dict()
        else:
            regut = self.regut

        leader: dict[str, Any] | None
        if isinstance(self.leader, DirectoryContact):
            leader = self.leader.to_dict()
        else:
            leader = self.leader

        deputy_leader: dict[str, Any] | None
        if isinstance(self.deputy_leader, DirectoryContact):
            deputy_leader = self.deputy_leader.to_dict()
        else:
            deputy_leader = self.deputy_leader

        coordinator: dict[str, Any] | None
        if isinstance(self.coordinator, DirectoryContact):
            coordinator = self.coordinator.to_dict()
        else:
            coordinator = self.coordinator

        representatives = []
        for representatives_item_data in self.representatives:
            representatives_item = representatives_item_data.to_dict()
            representatives.append(representatives_item)



        next_meeting: dict[str, Any] | None
        if isinstance(self.next_meeting, DirectoryMeeting):
            next_meeting = self.next_meeting.to_dict()
        else:
            next_meeting = self.next_meeting


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "name": name,
            "specialty": specialty,
            "specialty_name": specialty_name,
            "region": region,
            "contact_email": contact_email,
            "regut": regut,
            "leader": leader,
            "deputy_leader": deputy_leader,
            "coordinator": coordinator,
            "representatives": representatives,
            "next_meeting": next_meeting,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directory_contact import DirectoryContact # noqa: PLC0415
        from ..models.directory_meeting import DirectoryMeeting # noqa: PLC0415
        from ..models.directory_reg_ut import DirectoryRegUt # noqa: PLC0415
        from ..models.directory_representative import DirectoryRepresentative # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = CouncilKind(d.pop("kind"))




        name = d.pop("name")

        def _parse_specialty(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        specialty = _parse_specialty(d.pop("specialty"))


        def _parse_specialty_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        specialty_name = _parse_specialty_name(d.pop("specialty_name"))


        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))


        def _parse_regut(data: object) -> DirectoryRegUt | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regut_type_0 = DirectoryRegUt.from_dict(data)



                return regut_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryRegUt | None, data)

        regut = _parse_regut(d.pop("regut"))


        def _parse_leader(data: object) -> DirectoryContact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                leader_type_0 = DirectoryContact.from_dict(data)



                return leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryContact | None, data)

        leader = _parse_leader(d.pop("leader"))


        def _parse_deputy_leader(data: object) -> DirectoryContact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_leader_type_0 = DirectoryContact.from_dict(data)



                return deputy_leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryContact | None, data)

        deputy_leader = _parse_deputy_leader(d.pop("deputy_leader"))


        def _parse_coordinator(data: object) -> DirectoryContact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinator_type_0 = DirectoryContact.from_dict(data)



                return coordinator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryContact | None, data)

        coordinator = _parse_coordinator(d.pop("coordinator"))


        representatives = []
        _representatives = d.pop("representatives")
        for representatives_item_data in (_representatives):
            representatives_item = DirectoryRepresentative.from_dict(representatives_item_data)



            representatives.append(representatives_item)


        def _parse_next_meeting(data: object) -> DirectoryMeeting | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_meeting_type_0 = DirectoryMeeting.from_dict(data)



                return next_meeting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryMeeting | None, data)

        next_meeting = _parse_next_meeting(d.pop("next_meeting"))


        directory_council = cls(
            id=id,
            kind=kind,
            name=name,
            specialty=specialty,
            specialty_name=specialty_name,
            region=region,
            contact_email=contact_email,
            regut=regut,
            leader=leader,
            deputy_leader=deputy_leader,
            coordinator=coordinator,
            representatives=representatives,
            next_meeting=next_meeting,
        )


        directory_council.additional_properties = d
        return directory_council

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
