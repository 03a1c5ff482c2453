from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.region_code import RegionCode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CouncilUpdate")



@_attrs_define
class CouncilUpdate:
    """ Fields left out are unchanged; `null` clears an optional field.

        Attributes:
            name (None | str | Unset): The council's name; cannot be cleared.
            specialty (None | str | Unset): Code of another specialty, only while the council has no representatives; cannot
                be cleared. A governance body has none.
            region (None | RegionCode | Unset): Another region for a regional council, only while it has no representatives;
                its appointing trusts then become the new region's default. Never set for an inter-regional council.
            contact_email (None | str | Unset): The council's contact e-mail; `null` clears it.
            established_on (datetime.date | None | Unset): Corrects the date the council was established (BEFORE-
                ESTABLISHED: not before 2019-01-01, when the councils' first mandate began, nor after the first day of a seat,
                an election or a meeting it holds); cannot be cleared.
            dissolved_on (datetime.date | None | Unset): Dissolves the council on this date (not before it was established;
                every term must end by then); `null` revives a dissolved council.
     """

    name: None | str | Unset = UNSET
    specialty: None | str | Unset = UNSET
    region: None | RegionCode | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    established_on: datetime.date | None | Unset = UNSET
    dissolved_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        specialty: None | str | Unset
        if isinstance(self.specialty, Unset):
            specialty = UNSET
        else:
            specialty = self.specialty

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, RegionCode):
            region = self.region.value
        else:
            region = self.region

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        established_on: None | str | Unset
        if isinstance(self.established_on, Unset):
            established_on = UNSET
        elif isinstance(self.established_on, datetime.date):
            established_on = self.established_on.isoformat()
        else:
            established_on = self.established_on

        dissolved_on: None | str | Unset
        if isinstance(self.dissolved_on, Unset):
            dissolved_on = UNSET
        elif isinstance(self.dissolved_on, datetime.date):
            dissolved_on = self.dissolved_on.isoformat()
        else:
            dissolved_on = self.dissolved_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if specialty is not UNSET:
            field_dict["specialty"] = specialty
        if region is not UNSET:
            field_dict["region"] = region
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if established_on is not UNSET:
            field_dict["established_on"] = established_on
        if dissolved_on is not UNSET:
            field_dict["dissolved_on"] = dissolved_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_specialty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specialty = _parse_specialty(d.pop("specialty", UNSET))


        def _parse_region(data: object) -> None | RegionCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_0 = RegionCode(data)



                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionCode | Unset, data)

        region = _parse_region(d.pop("region", UNSET))


        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))


        def _parse_established_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                established_on_type_0 = datetime.date.fromisoformat(data)



                return established_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        established_on = _parse_established_on(d.pop("established_on", UNSET))


        def _parse_dissolved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dissolved_on_type_0 = datetime.date.fromisoformat(data)



                return dissolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dissolved_on = _parse_dissolved_on(d.pop("dissolved_on", UNSET))


        council_update = cls(
            name=name,
            specialty=specialty,
            region=region,
            contact_email=contact_email,
            established_on=established_on,
            dissolved_on=dissolved_on,
        )

        return council_update

