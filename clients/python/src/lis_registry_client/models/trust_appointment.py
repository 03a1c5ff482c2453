from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.person_by_id import PersonById
  from ..models.person_create import PersonCreate
  from ..models.qualifications import Qualifications





T = TypeVar("T", bound="TrustAppointment")



@_attrs_define
class TrustAppointment:
    """ A seat on a regional council, appointed by a health trust.

        Attributes:
            person (PersonById | PersonCreate): The representative: a registered person by id, or given inline.
            trust (str): The appointing health trust.
            starts_on (datetime.date | None | Unset): First day of the term. Default: today (Europe/Oslo).
            ends_on (datetime.date | None | Unset): Last day of the term. Default: start + 4 years on the inter-regional
                council, otherwise until further notice.
            deputy (None | PersonById | PersonCreate | Unset): The representative's deputy, by id or inline.
            qualifications (Qualifications | Unset): What the appointing organisation declares about the person for this
                seat.
            seat (Literal['member'] | Unset): A trust appoints member seats. Default: 'member'.
     """

    person: PersonById | PersonCreate
    trust: str
    starts_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    deputy: None | PersonById | PersonCreate | Unset = UNSET
    qualifications: Qualifications | Unset = UNSET
    seat: Literal['member'] | Unset = 'member'





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_by_id import PersonById # noqa: PLC0415
        from ..models.person_create import PersonCreate # noqa: PLC0415
        from ..models.qualifications import Qualifications # noqa: PLC0415
        person: dict[str, Any]
        if isinstance(self.person, PersonById):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()


        trust = self.trust

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        deputy: dict[str, Any] | None | Unset
        if isinstance(self.deputy, Unset):
            deputy = UNSET
        elif isinstance(self.deputy, PersonById):
            deputy = self.deputy.to_dict()
        elif isinstance(self.deputy, PersonCreate):
            deputy = self.deputy.to_dict()
        else:
            deputy = self.deputy

        qualifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = self.qualifications.to_dict()

        seat = self.seat


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "person": person,
            "trust": trust,
        })
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if deputy is not UNSET:
            field_dict["deputy"] = deputy
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications
        if seat is not UNSET:
            field_dict["seat"] = seat

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_by_id import PersonById # noqa: PLC0415
        from ..models.person_create import PersonCreate # noqa: PLC0415
        from ..models.qualifications import Qualifications # noqa: PLC0415
        d = dict(src_dict)
        def _parse_person(data: object) -> PersonById | PersonCreate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = PersonById.from_dict(data)



                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            person_type_1 = PersonCreate.from_dict(data)



            return person_type_1

        person = _parse_person(d.pop("person"))


        trust = d.pop("trust")

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)



                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))


        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))


        def _parse_deputy(data: object) -> None | PersonById | PersonCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0_type_0 = PersonById.from_dict(data)



                return deputy_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0_type_1 = PersonCreate.from_dict(data)



                return deputy_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonById | PersonCreate | Unset, data)

        deputy = _parse_deputy(d.pop("deputy", UNSET))


        _qualifications = d.pop("qualifications", UNSET)
        qualifications: Qualifications | Unset
        if isinstance(_qualifications,  Unset):
            qualifications = UNSET
        else:
            qualifications = Qualifications.from_dict(_qualifications)




        seat = cast(Literal['member'] | Unset , d.pop("seat", UNSET))
        if seat != 'member'and not isinstance(seat, Unset):
            raise ValueError(f"seat must match const 'member', got '{seat}'")

        trust_appointment = cls(
            person=person,
            trust=trust,
            starts_on=starts_on,
            ends_on=ends_on,
            deputy=deputy,
            qualifications=qualifications,
            seat=seat,
        )

        return trust_appointment

