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
  from ..models.directory_deputy import DirectoryDeputy





T = TypeVar("T", bound="DirectoryRepresentative")



@_attrs_define
class DirectoryRepresentative:
    """ A seat held on the date, as the public may see it.

        Attributes:
            id (UUID): The seat's id (`/v1/representatives/{id}`).
            name (str): The representative's full name.
            title (None | str): e.g. overlege, LIS; null where none is recorded.
            email (None | str): Work e-mail, only where the person agreed to publish it (`publish_email`); else null.
            seat (SeatKind):
            role (MemberRole | None): The member's role in a governance body; null on a council.
            trust (None | str): Code of the appointing trust, or the trust a body's role is for.
            trust_name (None | str): That trust's name; null where there is none.
            region (None | str): The region an inter-regional member seat represents.
            leadership (list[Role]): The leadership roles the representative holds on the date.
            deputy (DirectoryDeputy | None): The representative's deputy; null when none is named.
            starts_on (datetime.date): First day of the term.
            ends_on (datetime.date | None): Last day of the term; null: until further notice.
     """

    id: UUID
    name: str
    title: None | str
    email: None | str
    seat: SeatKind
    role: MemberRole | None
    trust: None | str
    trust_name: None | str
    region: None | str
    leadership: list[Role]
    deputy: DirectoryDeputy | None
    starts_on: datetime.date
    ends_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_deputy import DirectoryDeputy # noqa: PLC0415
        id = str(self.id)

        name = self.name

        title: None | str
        title = self.title

        email: None | str
        email = self.email

        seat = self.seat.value

        role: None | str
        if isinstance(self.role, MemberRole):
            role = self.role.value
        else:
            role = self.role

        trust: None | str
        trust = self.trust

        trust_name: None | str
        trust_name = self.trust_name

        region: None | str
        region = self.region

        leadership = []
        for leadership_item_data in self.leadership:
            leadership_item = leadership_item_data.value
            leadership.append(leadership_item)



        deputy: dict[str, Any] | None
        if isinstance(self.deputy, DirectoryDeputy):
            deputy = self.deputy.to_dict()
        else:
            deputy = self.deputy

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "title": title,
            "email": email,
            "seat": seat,
            "role": role,
            "trust": trust,
            "trust_name": trust_name,
            "region": region,
            "leadership": leadership,
            "deputy": deputy,
            "starts_on": starts_on,
            "ends_on": ends_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directory_deputy import DirectoryDeputy # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        name = d.pop("name")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


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


        def _parse_trust(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trust = _parse_trust(d.pop("trust"))


        def _parse_trust_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trust_name = _parse_trust_name(d.pop("trust_name"))


        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        leadership = []
        _leadership = d.pop("leadership")
        for leadership_item_data in (_leadership):
            leadership_item = Role(leadership_item_data)



            leadership.append(leadership_item)


        def _parse_deputy(data: object) -> DirectoryDeputy | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0 = DirectoryDeputy.from_dict(data)



                return deputy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectoryDeputy | None, data)

        deputy = _parse_deputy(d.pop("deputy"))


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


        directory_representative = cls(
            id=id,
            name=name,
            title=title,
            email=email,
            seat=seat,
            role=role,
            trust=trust,
            trust_name=trust_name,
            region=region,
            leadership=leadership,
            deputy=deputy,
            starts_on=starts_on,
            ends_on=ends_on,
        )


        directory_representative.additional_properties = d
        return directory_representative

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
