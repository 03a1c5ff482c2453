from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.raiser_kind import RaiserKind
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="RaisedByPublic")



@_attrs_define
class RaisedByPublic:
    """ 
        Attributes:
            kind (RaiserKind):
            council (None | UUID): The council that raised it.
            trust (None | str): The health trust that raised it.
            region (None | str): The region whose RegUt raised it.
            name (None | str): The person who raised it; null for anonymous callers.
     """

    kind: RaiserKind
    council: None | UUID
    trust: None | str
    region: None | str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        council: None | str
        if isinstance(self.council, UUID):
            council = str(self.council)
        else:
            council = self.council

        trust: None | str
        trust = self.trust

        region: None | str
        region = self.region

        name: None | str
        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "council": council,
            "trust": trust,
            "region": region,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RaiserKind(d.pop("kind"))




        def _parse_council(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                council_type_0 = UUID(data)



                return council_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        council = _parse_council(d.pop("council"))


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


        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))


        raised_by_public = cls(
            kind=kind,
            council=council,
            trust=trust,
            region=region,
            name=name,
        )


        raised_by_public.additional_properties = d
        return raised_by_public

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
