from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="RaisedByTrust")



@_attrs_define
class RaisedByTrust:
    """ Raised by a health trust.

        Attributes:
            kind (Literal['trust']): `trust`.
            trust (str): The health trust's code.
     """

    kind: Literal['trust']
    trust: str





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        trust = self.trust


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "trust": trust,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['trust'] , d.pop("kind"))
        if kind != 'trust':
            raise ValueError(f"kind must match const 'trust', got '{kind}'")

        trust = d.pop("trust")

        raised_by_trust = cls(
            kind=kind,
            trust=trust,
        )

        return raised_by_trust

