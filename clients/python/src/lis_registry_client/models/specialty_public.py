from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SpecialtyPublic")



@_attrs_define
class SpecialtyPublic:
    """ 
        Attributes:
            code (str): The specialty's code, e.g. `anestesiologi`.
            name_nb (str): The Norwegian (bokmål) name, e.g. Anestesiologi.
            name_en (str): The English name, e.g. Anaesthesiology.
            abbreviation (None | str): The abbreviation, two to five capital letters, e.g. ANE; null where none is recorded.
            hospital_based (bool): Whether the specialty is trained in hospitals; only these have councils (not general
                practice or community medicine, which the municipalities train).
            responsible_region (None | str): Region whose RegUt is the specialty's responsible RegUt (spesialitetskontakt);
                null where none is recorded yet.
            updated_at (datetime.datetime): When the record last changed (RFC 3339 date-time): what `?updated_since=`
                filters on.
     """

    code: str
    name_nb: str
    name_en: str
    abbreviation: None | str
    hospital_based: bool
    responsible_region: None | str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nb = self.name_nb

        name_en = self.name_en

        abbreviation: None | str
        abbreviation = self.abbreviation

        hospital_based = self.hospital_based

        responsible_region: None | str
        responsible_region = self.responsible_region

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_nb": name_nb,
            "name_en": name_en,
            "abbreviation": abbreviation,
            "hospital_based": hospital_based,
            "responsible_region": responsible_region,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_nb = d.pop("name_nb")

        name_en = d.pop("name_en")

        def _parse_abbreviation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation"))


        hospital_based = d.pop("hospital_based")

        def _parse_responsible_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        responsible_region = _parse_responsible_region(d.pop("responsible_region"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        specialty_public = cls(
            code=code,
            name_nb=name_nb,
            name_en=name_en,
            abbreviation=abbreviation,
            hospital_based=hospital_based,
            responsible_region=responsible_region,
            updated_at=updated_at,
        )


        specialty_public.additional_properties = d
        return specialty_public

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
