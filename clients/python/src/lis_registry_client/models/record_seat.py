from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.member_role import MemberRole
from ..models.seat_kind import SeatKind
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecordSeat")



@_attrs_define
class RecordSeat:
    """ A seat the person holds or held, or for whose holder they are or were the deputy.

        Attributes:
            id (UUID): The seat's id (see /v1/representatives/{id}).
            council_id (UUID): The council or body.
            council_name (str): Its name.
            as_deputy (bool): True where the person is the seat's deputy, not its holder.
            seat (SeatKind):
            role (MemberRole | None): The role in a governance body; null on a council.
            trust (None | str): The appointing health trust, if any.
            region (None | str): The region the seat represents on an inter-regional council.
            starts_on (datetime.date): First day of the term.
            ends_on (datetime.date | None): Last day of the term (included); null: until further notice.
            end_reason (None | str): Why the term ended early, if it did.
     """

    id: UUID
    council_id: UUID
    council_name: str
    as_deputy: bool
    seat: SeatKind
    role: MemberRole | None
    trust: None | str
    region: None | str
    starts_on: datetime.date
    ends_on: datetime.date | None
    end_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        council_id = str(self.council_id)

        council_name = self.council_name

        as_deputy = self.as_deputy

        seat = self.seat.value

        role: None | str
        if isinstance(self.role, MemberRole):
            role = self.role.value
        else:
            role = self.role

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

        end_reason: None | str
        end_reason = self.end_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "council_id": council_id,
            "council_name": council_name,
            "as_deputy": as_deputy,
            "seat": seat,
            "role": role,
            "trust": trust,
            "region": region,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "end_reason": end_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        council_id = UUID(d.pop("council_id"))




        council_name = d.pop("council_name")

        as_deputy = d.pop("as_deputy")

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


        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))


        record_seat = cls(
            id=id,
            council_id=council_id,
            council_name=council_name,
            as_deputy=as_deputy,
            seat=seat,
            role=role,
            trust=trust,
            region=region,
            starts_on=starts_on,
            ends_on=ends_on,
            end_reason=end_reason,
        )


        record_seat.additional_properties = d
        return record_seat

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
