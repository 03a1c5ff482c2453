from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.member_role import MemberRole
from ..models.role import Role
from ..models.seat_kind import SeatKind
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.person_public import PersonPublic
  from ..models.qualifications import Qualifications





T = TypeVar("T", bound="RepresentativePublic")



@_attrs_define
class RepresentativePublic:
    """ A seat. For anonymous callers the person shows only name, title and a published e-mail, and
    `qualifications` and `end_reason` are null.

        Attributes:
            id (UUID): The seat's id.
            council_id (UUID): The id of the council the seat is on.
            person (PersonPublic): A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous
                callers.
            seat (SeatKind):
            role (MemberRole | None): The member's role in a governance body (seed 004); null on a council.
            position_share (int | None): Percent of a position the member has set aside for the body's work; null where none
                is recorded, and for anonymous callers.
            trust (None | str): Code of the appointing health trust (a regional council's seat), or of the trust a body's
                role is held for; null otherwise.
            region (None | str): Code of the region whose regional council the seat represents (an inter-regional member
                seat); null otherwise.
            starts_on (datetime.date): First day of the term.
            ends_on (datetime.date | None): Last day of the term (included); null: until further notice.
            deputy (None | PersonPublic): The representative's deputy (stedfortreder, vararepresentant); null when none is
                named.
            roles (list[Role]): Leadership roles on the date asked about.
            qualifications (None | Qualifications): What the appointing organisation declared; null for anonymous callers.
            end_reason (None | str): Why the term was ended early; null unless it was, and for anonymous callers.
            created_at (datetime.datetime): When the seat was registered (RFC 3339 date-time).
            updated_at (datetime.datetime): When the seat last changed (RFC 3339 date-time).
     """

    id: UUID
    council_id: UUID
    person: PersonPublic
    seat: SeatKind
    role: MemberRole | None
    position_share: int | None
    trust: None | str
    region: None | str
    starts_on: datetime.date
    ends_on: datetime.date | None
    deputy: None | PersonPublic
    roles: list[Role]
    qualifications: None | Qualifications
    end_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.qualifications import Qualifications # noqa: PLC0415
        id = str(self.id)

        council_id = str(self.council_id)

        person = self.person.to_dict()

        seat = self.seat.value

        role: None | str
        if isinstance(self.role, MemberRole):
            role = self.role.value
        else:
            role = self.role

        position_share: int | None
        position_share = self.position_share

        trust: None | str
        trust = self.trust

        region: None | str
        region = self.region

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        deputy: dict[str, Any] | None
        if isinstance(self.deputy, PersonPublic):
            deputy = self.deputy.to_dict()
        else:
            deputy = self.deputy

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)



        qualifications: dict[str, Any] | None
        if isinstance(self.qualifications, Qualifications):
            qualifications = self.qualifications.to_dict()
        else:
            qualifications = self.qualifications

        end_reason: None | str
        end_reason = self.end_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "council_id": council_id,
            "person": person,
            "seat": seat,
            "role": role,
            "position_share": position_share,
            "trust": trust,
            "region": region,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "deputy": deputy,
            "roles": roles,
            "qualifications": qualifications,
            "end_reason": end_reason,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.qualifications import Qualifications # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        council_id = UUID(d.pop("council_id"))




        person = PersonPublic.from_dict(d.pop("person"))




        seat = SeatKind(d.pop("seat"))




        def _parse_role(data: object) -> MemberRole | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = MemberRole(data)



                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberRole | None, data)

        role = _parse_role(d.pop("role"))


        def _parse_position_share(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position_share = _parse_position_share(d.pop("position_share"))


        def _parse_trust(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trust = _parse_trust(d.pop("trust"))


        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))


        def _parse_deputy(data: object) -> None | PersonPublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0 = PersonPublic.from_dict(data)



                return deputy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPublic, data)

        deputy = _parse_deputy(d.pop("deputy"))


        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = Role(roles_item_data)



            roles.append(roles_item)


        def _parse_qualifications(data: object) -> None | Qualifications:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qualifications_type_0 = Qualifications.from_dict(data)



                return qualifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qualifications, data)

        qualifications = _parse_qualifications(d.pop("qualifications"))


        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        representative_public = cls(
            id=id,
            council_id=council_id,
            person=person,
            seat=seat,
            role=role,
            position_share=position_share,
            trust=trust,
            region=region,
            starts_on=starts_on,
            ends_on=ends_on,
            deputy=deputy,
            roles=roles,
            qualifications=qualifications,
            end_reason=end_reason,
            created_at=created_at,
            updated_at=updated_at,
        )


        representative_public.additional_properties = d
        return representative_public

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
