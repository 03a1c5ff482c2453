from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.council_kind import CouncilKind
from ..models.region_code import RegionCode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CouncilCreate")



@_attrs_define
class CouncilCreate:
    """ 
        Attributes:
            kind (CouncilKind):
            specialty (None | str | Unset): Code of a hospital-based specialty (see /v1/specialties); required for a
                council, absent for a governance body.
            region (None | RegionCode | Unset): Required for a regional council and a governance body, absent otherwise.
            name (None | str | Unset): Default: the name the council's mandate gives it.
            contact_email (None | str | Unset): The council's contact e-mail, shown to the public.
            established_on (datetime.date | None | Unset): Default: today (Europe/Oslo).
            appointing_trusts (list[str] | None | Unset): Regional councils: the trusts that appoint to it. Default: the
                region's public health trusts (HF).
     """

    kind: CouncilKind
    specialty: None | str | Unset = UNSET
    region: None | RegionCode | Unset = UNSET
    name: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    established_on: datetime.date | None | Unset = UNSET
    appointing_trusts: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        appointing_trusts: list[str] | None | Unset
        if isinstance(self.appointing_trusts, Unset):
            appointing_trusts = UNSET
        elif isinstance(self.appointing_trusts, list):
            appointing_trusts = self.appointing_trusts


        else:
            appointing_trusts = self.appointing_trusts


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if specialty is not UNSET:
            field_dict["specialty"] = specialty
        if region is not UNSET:
            field_dict["region"] = region
        if name is not UNSET:
            field_dict["name"] = name
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if established_on is not UNSET:
            field_dict["established_on"] = established_on
        if appointing_trusts is not UNSET:
            field_dict["appointing_trusts"] = appointing_trusts

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CouncilKind(d.pop("kind"))




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


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


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


        def _parse_appointing_trusts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                appointing_trusts_type_0 = cast(list[str], data)

                return appointing_trusts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        appointing_trusts = _parse_appointing_trusts(d.pop("appointing_trusts", UNSET))


        council_create = cls(
            kind=kind,
            specialty=specialty,
            region=region,
            name=name,
            contact_email=contact_email,
            established_on=established_on,
            appointing_trusts=appointing_trusts,
        )

        return council_create

