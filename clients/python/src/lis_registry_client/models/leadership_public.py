from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.election import Election





T = TypeVar("T", bound="LeadershipPublic")



@_attrs_define
class LeadershipPublic:
    """ 
        Attributes:
            council_id (UUID): The council's id.
            on (datetime.date): The date asked about (`?on=`; default today in Norway).
            current (Election | None): The election in force on the date; null before the first.
            history (list[Election]): Every election, oldest first.
     """

    council_id: UUID
    on: datetime.date
    current: Election | None
    history: list[Election]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.election import Election # noqa: PLC0415
        council_id = str(self.council_id)

        on = self.on.isoformat()

        current: dict[str, Any] | None
        if isinstance(self.current, Election):
            current = self.current.to_dict()
        else:
            current = self.current

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council_id": council_id,
            "on": on,
            "current": current,
            "history": history,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.election import Election # noqa: PLC0415
        d = dict(src_dict)
        council_id = UUID(d.pop("council_id"))




        on = datetime.date.fromisoformat(d.pop("on"))




        def _parse_current(data: object) -> Election | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = Election.from_dict(data)



                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Election | None, data)

        current = _parse_current(d.pop("current"))


        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = Election.from_dict(history_item_data)



            history.append(history_item)


        leadership_public = cls(
            council_id=council_id,
            on=on,
            current=current,
            history=history,
        )


        leadership_public.additional_properties = d
        return leadership_public

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
