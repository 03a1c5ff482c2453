from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.person_public import PersonPublic





T = TypeVar("T", bound="Election")



@_attrs_define
class Election:
    """ A council's leadership from a date. People show as to the public: name, title, a published e-mail.

        Attributes:
            effective_on (datetime.date): The date the election takes effect.
            leader (None | PersonPublic): The leader (leder); null when the role is vacant.
            deputy_leader (None | PersonPublic): The deputy leader (nestleder); null when the role is vacant.
            coordinator (None | PersonPublic): The coordinating representative (koordinerende representant); null when the
                role is vacant.
     """

    effective_on: datetime.date
    leader: None | PersonPublic
    deputy_leader: None | PersonPublic
    coordinator: None | PersonPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        effective_on = self.effective_on.isoformat()

        leader: dict[str, Any] | None
        if isinstance(self.leader, PersonPublic):
            leader = self.leader.to_dict()
        else:
            leader = self.leader

        deputy_leader: dict[str, Any] | None
        if isinstance(self.deputy_leader, PersonPublic):
            deputy_leader = self.deputy_leader.to_dict()
        else:
            deputy_leader = self.deputy_leader

        coordinator: dict[str, Any] | None
        if isinstance(self.coordinator, PersonPublic):
            coordinator = self.coordinator.to_dict()
        else:
            coordinator = self.coordinator


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "effective_on": effective_on,
            "leader": leader,
            "deputy_leader": deputy_leader,
            "coordinator": coordinator,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        def _parse_leader(data: object) -> None | PersonPublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                leader_type_0 = PersonPublic.from_dict(data)



                return leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPublic, data)

        leader = _parse_leader(d.pop("leader"))


        def _parse_deputy_leader(data: object) -> None | PersonPublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_leader_type_0 = PersonPublic.from_dict(data)



                return deputy_leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPublic, data)

        deputy_leader = _parse_deputy_leader(d.pop("deputy_leader"))


        def _parse_coordinator(data: object) -> None | PersonPublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinator_type_0 = PersonPublic.from_dict(data)



                return coordinator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPublic, data)

        coordinator = _parse_coordinator(d.pop("coordinator"))


        election = cls(
            effective_on=effective_on,
            leader=leader,
            deputy_leader=deputy_leader,
            coordinator=coordinator,
        )


        election.additional_properties = d
        return election

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
