from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.region_code import RegionCode
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SpecialtyCorrection")



@_attrs_define
class SpecialtyCorrection:
    """ Fields left out are unchanged; `responsible_region: null` records that none is known.

        Attributes:
            name_nb (None | str | Unset): The Norwegian (bokmål) name; cannot be cleared.
            name_en (None | str | Unset): The English name; cannot be cleared.
            abbreviation (None | str | Unset): Two to five capital letters (A-Z, Æ, Ø, Å), e.g. ANE; `null` clears it.
            responsible_region (None | RegionCode | Unset): The region whose RegUt is the specialty's responsible RegUt
                (spesialitetskontakt); `null` records that none is known.
     """

    name_nb: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    abbreviation: None | str | Unset = UNSET
    responsible_region: None | RegionCode | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name_nb: None | str | Unset
        if isinstance(self.name_nb, Unset):
            name_nb = UNSET
        else:
            name_nb = self.name_nb

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        abbreviation: None | str | Unset
        if isinstance(self.abbreviation, Unset):
            abbreviation = UNSET
        else:
            abbreviation = self.abbreviation

        responsible_region: None | str | Unset
        if isinstance(self.responsible_region, Unset):
            responsible_region = UNSET
        elif isinstance(self.responsible_region, RegionCode):
            responsible_region = self.responsible_region.value
        else:
            responsible_region = self.responsible_region


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name_nb is not UNSET:
            field_dict["name_nb"] = name_nb
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if responsible_region is not UNSET:
            field_dict["responsible_region"] = responsible_region

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name_nb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_nb = _parse_name_nb(d.pop("name_nb", UNSET))


        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))


        def _parse_abbreviation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation", UNSET))


        def _parse_responsible_region(data: object) -> None | RegionCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsible_region_type_0 = RegionCode(data)



                return responsible_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionCode | Unset, data)

        responsible_region = _parse_responsible_region(d.pop("responsible_region", UNSET))


        specialty_correction = cls(
            name_nb=name_nb,
            name_en=name_en,
            abbreviation=abbreviation,
            responsible_region=responsible_region,
        )

        return specialty_correction

