from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.person_by_id import PersonById
  from ..models.person_create import PersonCreate





T = TypeVar("T", bound="DeputyDesignation")



@_attrs_define
class DeputyDesignation:
    """ 
        Attributes:
            deputy (None | PersonById | PersonCreate): `null` removes the deputy.
     """

    deputy: None | PersonById | PersonCreate





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_by_id import PersonById # noqa: PLC0415
        from ..models.person_create import PersonCreate # noqa: PLC0415
        deputy: dict[str, Any] | None
        if isinstance(self.deputy, PersonById):
            deputy = self.deputy.to_dict()
        elif isinstance(self.deputy, PersonCreate):
            deputy = self.deputy.to_dict()
        else:
            deputy = self.deputy


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "deputy": deputy,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_by_id import PersonById # noqa: PLC0415
        from ..models.person_create import PersonCreate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_deputy(data: object) -> None | PersonById | PersonCreate:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0_type_0 = PersonById.from_dict(data)



                return deputy_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deputy_type_0_type_1 = PersonCreate.from_dict(data)



                return deputy_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonById | PersonCreate, data)

        deputy = _parse_deputy(d.pop("deputy"))


        deputy_designation = cls(
            deputy=deputy,
        )

        return deputy_designation

