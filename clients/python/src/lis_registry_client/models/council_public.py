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






T = TypeVar("T", bound="CouncilPublic")



@_attrs_define
class CouncilPublic:
    """ 
        Attributes:
            id (UUID): The council's id.
            kind (CouncilKind):
            name (str): The council's name, by default the one its mandate gives it.
            specialty (None | str): Code of the council's specialty, e.g. `anestesiologi`; null for a governance body.
            region (None | str): The region of a regional council or a governance body; null for an inter-regional one.
            profile (ProfileName):
            contact_email (None | str): The council's contact e-mail; null where none is recorded.
            established_on (datetime.date): The date the council was established.
            dissolved_on (datetime.date | None): The date the council was dissolved (no term runs past it); null while it is
                active.
            created_at (datetime.datetime): When the council was registered (RFC 3339 date-time).
            updated_at (datetime.datetime): When the council's record last changed (RFC 3339 date-time).
     """

    id: UUID
    kind: CouncilKind
    name: str
    specialty: None | str
    region: None | str
    profile: ProfileName
    contact_email: None | str
    established_on: datetime.date
    dissolved_on: datetime.date | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        name = self.name

        specialty: None | str
        specialty = self.specialty

        region: None | str
        region = self.region

        profile = self.profile.value

        contact_email: None | str
        contact_email = self.contact_email

        established_on = self.established_on.isoformat()

        dissolved_on: None | str
        if isinstance(self.dissolved_on, datetime.date):
            dissolved_on = self.dissolved_on.isoformat()
        else:
            dissolved_on = self.dissolved_on

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "name": name,
            "specialty": specialty,
            "region": region,
            "profile": profile,
            "contact_email": contact_email,
            "established_on": established_on,
            "dissolved_on": dissolved_on,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = CouncilKind(d.pop("kind"))




        name = d.pop("name")

        def _parse_specialty(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        specialty = _parse_specialty(d.pop("specialty"))


        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        profile = ProfileName(d.pop("profile"))




        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))


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


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        council_public = cls(
            id=id,
            kind=kind,
            name=name,
            specialty=specialty,
            region=region,
            profile=profile,
            contact_email=contact_email,
            established_on=established_on,
            dissolved_on=dissolved_on,
            created_at=created_at,
            updated_at=updated_at,
        )


        council_public.additional_properties = d
        return council_public

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
