from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.position import Position
from uuid import UUID






T = TypeVar("T", bound="StatementCreate")



@_attrs_define
class StatementCreate:
    """ 
        Attributes:
            council (UUID): The regional council of the specialty whose statement it is.
            position (Position): A regional council's position in its consultation statement.
            text (str): The statement.
     """

    council: UUID
    position: Position
    text: str





    def to_dict(self) -> dict[str, Any]:
        council = str(self.council)

        position = self.position.value

        text = self.text


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "council": council,
            "position": position,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        council = UUID(d.pop("council"))




        position = Position(d.pop("position"))




        text = d.pop("text")

        statement_create = cls(
            council=council,
            position=position,
            text=text,
        )

        return statement_create

