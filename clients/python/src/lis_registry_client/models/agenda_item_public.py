from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agenda_kind import AgendaKind
from typing import cast






T = TypeVar("T", bound="AgendaItemPublic")



@_attrs_define
class AgendaItemPublic:
    """ One item of a meeting's agenda, as answered: an `activity_summary` item links to the summary of the
    council's year.

        Attributes:
            kind (AgendaKind):
            title (str): What the item is about.
            reference (None | str): What the item refers to, e.g. the id of a proposal under consultation.
            href (None | str): For an `activity_summary` item, the council's activity summary of the year the meeting starts
                in (Norway's calendar): `/v1/councils/{council_id}/activity-summary?year=`; null for other items.
     """

    kind: AgendaKind
    title: str
    reference: None | str
    href: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        reference: None | str
        reference = self.reference

        href: None | str
        href = self.href


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "title": title,
            "reference": reference,
            "href": href,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AgendaKind(d.pop("kind"))




        title = d.pop("title")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))


        def _parse_href(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        href = _parse_href(d.pop("href"))


        agenda_item_public = cls(
            kind=kind,
            title=title,
            reference=reference,
            href=href,
        )


        agenda_item_public.additional_properties = d
        return agenda_item_public

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
