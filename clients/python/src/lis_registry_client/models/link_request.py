from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.council_kind import CouncilKind
from ..models.linked_page import LinkedPage
from ..models.status import Status
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="LinkRequest")



@_attrs_define
class LinkRequest:
    """ Which page the link opens, and exactly which view of it: the link opens that view and no other.

        Attributes:
            page (LinkedPage):
            council (None | Unset | UUID): With `activity_summary`: the council's id (required); not with `compliance`.
            year (int | None | Unset): The year the page shows; default this year in Norway. A year not begun yet is a 422.
            region (None | str | Unset): With `compliance`: only the councils of this region.
            kind (CouncilKind | None | Unset): With `compliance`: only councils of this kind.
            status (None | Status | Unset): With `compliance`: only councils whose worst finding has this status.
     """

    page: LinkedPage
    council: None | Unset | UUID = UNSET
    year: int | None | Unset = UNSET
    region: None | str | Unset = UNSET
    kind: CouncilKind | None | Unset = UNSET
    status: None | Status | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        page = self.page.value

        council: None | str | Unset
        if isinstance(self.council, Unset):
            council = UNSET
        elif isinstance(self.council, UUID):
            council = str(self.council)
        else:
            council = self.council

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, CouncilKind):
            kind = self.kind.value
        else:
            kind = self.kind

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Status):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "page": page,
        })
        if council is not UNSET:
            field_dict["council"] = council
        if year is not UNSET:
            field_dict["year"] = year
        if region is not UNSET:
            field_dict["region"] = region
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = LinkedPage(d.pop("page"))




        def _parse_council(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                council_type_0 = UUID(data)



                return council_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        council = _parse_council(d.pop("council", UNSET))


        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))


        def _parse_kind(data: object) -> CouncilKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = CouncilKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouncilKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_status(data: object) -> None | Status | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = Status(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Status | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        link_request = cls(
            page=page,
            council=council,
            year=year,
            region=region,
            kind=kind,
            status=status,
        )

        return link_request

