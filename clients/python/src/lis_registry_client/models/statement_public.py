from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.position import Position
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="StatementPublic")



@_attrs_define
class StatementPublic:
    """ 
        Attributes:
            council_id (UUID): The regional council.
            position (Position): A regional council's position in its consultation statement.
            text (str): The statement.
            recorded_at (datetime.datetime): When it was recorded (RFC 3339 date-time).
     """

    council_id: UUID
    position: Position
    text: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        council_id = str(self.council_id)

        position = self.position.value

        text = self.text

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council_id": council_id,
            "position": position,
            "text": text,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        council_id = UUID(d.pop("council_id"))




        position = Position(d.pop("position"))




        text = d.pop("text")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        statement_public = cls(
            council_id=council_id,
            position=position,
            text=text,
            recorded_at=recorded_at,
        )


        statement_public.additional_properties = d
        return statement_public

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
