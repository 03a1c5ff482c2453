from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.national_function import NationalFunction





T = TypeVar("T", bound="RegionCorrection")



@_attrs_define
class RegionCorrection:
    """ Fields left out are unchanged.

        Attributes:
            name (None | str | Unset): The region's name, e.g. Helse Nord RHF; cannot be cleared.
            regut_name (None | str | Unset): The RegUt's name; cannot be cleared.
            regut_email (None | str | Unset): The RegUt's contact e-mail; `null` clears it.
            regut_national_functions (list[NationalFunction] | None | Unset): Every task the RegUt does for all four,
                replacing the stored list; `[]` for none; cannot be cleared with `null`.
     """

    name: None | str | Unset = UNSET
    regut_name: None | str | Unset = UNSET
    regut_email: None | str | Unset = UNSET
    regut_national_functions: list[NationalFunction] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.national_function import NationalFunction # noqa: PLC0415
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        regut_name: None | str | Unset
        if isinstance(self.regut_name, Unset):
            regut_name = UNSET
        else:
            regut_name = self.regut_name

        regut_email: None | str | Unset
        if isinstance(self.regut_email, Unset):
            regut_email = UNSET
        else:
            regut_email = self.regut_email

        regut_national_functions: list[dict[str, Any]] | None | Unset
        if isinstance(self.regut_national_functions, Unset):
            regut_national_functions = UNSET
        elif isinstance(self.regut_national_functions, list):
            regut_national_functions = []
            for regut_national_functions_type_0_item_data in self.regut_national_functions:
                regut_national_functions_type_0_item = regut_national_functions_type_0_item_data.to_dict()
                regut_national_functions.append(regut_national_functions_type_0_item)


        else:
            regut_national_functions = self.regut_national_functions


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if regut_name is not UNSET:
            field_dict["regut_name"] = regut_name
        if regut_email is not UNSET:
            field_dict["regut_email"] = regut_email
        if regut_national_functions is not UNSET:
            field_dict["regut_national_functions"] = regut_national_functions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.national_function import NationalFunction # noqa: PLC0415
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_regut_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regut_name = _parse_regut_name(d.pop("regut_name", UNSET))


        def _parse_regut_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regut_email = _parse_regut_email(d.pop("regut_email", UNSET))


        def _parse_regut_national_functions(data: object) -> list[NationalFunction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                regut_national_functions_type_0 = []
                _regut_national_functions_type_0 = data
                for regut_national_functions_type_0_item_data in (_regut_national_functions_type_0):
                    regut_national_functions_type_0_item = NationalFunction.from_dict(regut_national_functions_type_0_item_data)



                    regut_national_functions_type_0.append(regut_national_functions_type_0_item)

                return regut_national_functions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NationalFunction] | None | Unset, data)

        regut_national_functions = _parse_regut_national_functions(d.pop("regut_national_functions", UNSET))


        region_correction = cls(
            name=name,
            regut_name=regut_name,
            regut_email=regut_email,
            regut_national_functions=regut_national_functions,
        )

        return region_correction

