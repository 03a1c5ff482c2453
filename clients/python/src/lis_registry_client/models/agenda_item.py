from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agenda_kind import AgendaKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AgendaItem")



@_attrs_define
class AgendaItem:
    """ One item of the agenda, in order.

        Attributes:
            kind (AgendaKind):
            title (str): What the item is about.
            reference (None | str | Unset): What the item refers to, e.g. the id of a proposal under consultation.
     """

    kind: AgendaKind
    title: str
    reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "title": title,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AgendaKind(d.pop("kind"))




        title = d.pop("title")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        agenda_item = cls(
            kind=kind,
            title=title,
            reference=reference,
        )

        return agenda_item

