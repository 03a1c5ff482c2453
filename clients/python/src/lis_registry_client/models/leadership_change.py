from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.summary_person import SummaryPerson





T = TypeVar("T", bound="LeadershipChange")



@_attrs_define
class LeadershipChange:
    """ A role that changed hands by an election effective in the year, or fell vacant when its holder's
    seat ended.

        Attributes:
            effective_on (datetime.date): The day the change took effect.
            role (Role): A place in a council's leadership.
            person (None | SummaryPerson): Who holds the role from that day; null: vacant.
            previous (None | SummaryPerson): Who held it before; null: nobody.
     """

    effective_on: datetime.date
    role: Role
    person: None | SummaryPerson
    previous: None | SummaryPerson
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.summary_person import SummaryPerson # noqa: PLC0415
        effective_on = self.effective_on.isoformat()

        role = self.role.value

        person: dict[str, Any] | None
        if isinstance(self.person, SummaryPerson):
            person = self.person.to_dict()
        else:
            person = self.person

        previous: dict[str, Any] | None
        if isinstance(self.previous, SummaryPerson):
            previous = self.previous.to_dict()
        else:
            previous = self.previous


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "effective_on": effective_on,
            "role": role,
            "person": person,
            "previous": previous,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_person import SummaryPerson # noqa: PLC0415
        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        role = Role(d.pop("role"))




        def _parse_person(data: object) -> None | SummaryPerson:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = SummaryPerson.from_dict(data)



                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SummaryPerson, data)

        person = _parse_person(d.pop("person"))


        def _parse_previous(data: object) -> None | SummaryPerson:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_0 = SummaryPerson.from_dict(data)



                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SummaryPerson, data)

        previous = _parse_previous(d.pop("previous"))


        leadership_change = cls(
            effective_on=effective_on,
            role=role,
            person=person,
            previous=previous,
        )


        leadership_change.additional_properties = d
        return leadership_change

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
