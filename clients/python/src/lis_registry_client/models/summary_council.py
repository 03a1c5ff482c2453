from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.council_kind import CouncilKind
from ..models.profile_name import ProfileName
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="SummaryCouncil")



@_attrs_define
class SummaryCouncil:
    """ The council the summary is about, with the names a reader needs.

        Attributes:
            id (UUID): The council's id.
            name (str): The council's name.
            kind (CouncilKind):
            region (None | str): The region's code; null for an inter-regional council.
            region_name (None | str): The region's name; null for an inter-regional council.
            specialty (None | str): The specialty's code; null for a body that is not a council of one specialty.
            specialty_name (None | str): The specialty's Norwegian name; null for a body that is not a council of one
                specialty.
            profile (ProfileName):
            established_on (datetime.date): The date the council was established in the registry.
            dissolved_on (datetime.date | None): The date it was dissolved; null while it is active.
     """

    id: UUID
    name: str
    kind: CouncilKind
    region: None | str
    region_name: None | str
    specialty: None | str
    specialty_name: None | str
    profile: ProfileName
    established_on: datetime.date
    dissolved_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        kind = self.kind.value

        region: None | str
        region = self.region

        region_name: None | str
        region_name = self.region_name

        specialty: None | str
        specialty = self.specialty

        specialty_name: None | str
        specialty_name = self.specialty_name

        profile = self.profile.value

        established_on = self.established_on.isoformat()

        dissolved_on: None | str
        if isinstance(self.dissolved_on, datetime.date):
            dissolved_on = self.dissolved_on.isoformat()
        else:
            dissolved_on = self.dissolved_on


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "region": region,
            "region_name": region_name,
            "specialty": specialty,
            "specialty_name": specialty_name,
            "profile": profile,
            "established_on": established_on,
            "dissolved_on": dissolved_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        name = d.pop("name")

        kind = CouncilKind(d.pop("kind"))




        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        def _parse_region_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_name = _parse_region_name(d.pop("region_name"))


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


        profile = ProfileName(d.pop("profile"))




        established_on = datetime.date.fromisoformat(d.pop("established_on"))




        def _parse_dissolved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dissolved_on_type_0 = datetime.date.fromisoformat(data)



                return dissolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        dissolved_on = _parse_dissolved_on(d.pop("dissolved_on"))


        summary_council = cls(
            id=id,
            name=name,
            kind=kind,
            region=region,
            region_name=region_name,
            specialty=specialty,
            specialty_name=specialty_name,
            profile=profile,
            established_on=established_on,
            dissolved_on=dissolved_on,
        )


        summary_council.additional_properties = d
        return summary_council

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
