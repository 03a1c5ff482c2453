from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.qualifications import Qualifications





T = TypeVar("T", bound="RepresentativeUpdate")



@_attrs_define
class RepresentativeUpdate:
    """ Fields left out are unchanged.

        Attributes:
            ends_on (datetime.date | None | Unset): The term's new last day; `null`: until further notice (not on an inter-
                regional council). To end a term early with a reason, use `/end`.
            qualifications (None | Qualifications | Unset): Replaces what the appointing organisation declares, as a whole;
                cannot be cleared.
            position_share (int | None | Unset): A governance body's member: percent of a position set aside for the work;
                `null` clears it (refused on the forum, HN-FORUM-ONE-PER-TRUST).
     """

    ends_on: datetime.date | None | Unset = UNSET
    qualifications: None | Qualifications | Unset = UNSET
    position_share: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.qualifications import Qualifications # noqa: PLC0415
        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        qualifications: dict[str, Any] | None | Unset
        if isinstance(self.qualifications, Unset):
            qualifications = UNSET
        elif isinstance(self.qualifications, Qualifications):
            qualifications = self.qualifications.to_dict()
        else:
            qualifications = self.qualifications

        position_share: int | None | Unset
        if isinstance(self.position_share, Unset):
            position_share = UNSET
        else:
            position_share = self.position_share


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications
        if position_share is not UNSET:
            field_dict["position_share"] = position_share

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qualifications import Qualifications # noqa: PLC0415
        d = dict(src_dict)
        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))


        def _parse_qualifications(data: object) -> None | Qualifications | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qualifications_type_0 = Qualifications.from_dict(data)



                return qualifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qualifications | Unset, data)

        qualifications = _parse_qualifications(d.pop("qualifications", UNSET))


        def _parse_position_share(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position_share = _parse_position_share(d.pop("position_share", UNSET))


        representative_update = cls(
            ends_on=ends_on,
            qualifications=qualifications,
            position_share=position_share,
        )

        return representative_update

