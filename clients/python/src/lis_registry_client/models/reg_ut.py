from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.national_function import NationalFunction





T = TypeVar("T", bound="RegUt")



@_attrs_define
class RegUt:
    """ The region's education centre (regionalt utdanningssenter).

        Attributes:
            name (str): The RegUt's name, e.g. Regionalt utdanningssenter for LIS Helse Nord.
            host_trust (None | str): Code of the health trust that hosts the RegUt.
            email (None | str): The RegUt's contact e-mail; null where none is recorded.
            national_functions (list[NationalFunction]): Tasks this RegUt does for all four (REGUT-NATIONAL-FUNCTIONS);
                often empty.
     """

    name: str
    host_trust: None | str
    email: None | str
    national_functions: list[NationalFunction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.national_function import NationalFunction # noqa: PLC0415
        name = self.name

        host_trust: None | str
        host_trust = self.host_trust

        email: None | str
        email = self.email

        national_functions = []
        for national_functions_item_data in self.national_functions:
            national_functions_item = national_functions_item_data.to_dict()
            national_functions.append(national_functions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "host_trust": host_trust,
            "email": email,
            "national_functions": national_functions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.national_function import NationalFunction # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_host_trust(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host_trust = _parse_host_trust(d.pop("host_trust"))


        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        national_functions = []
        _national_functions = d.pop("national_functions")
        for national_functions_item_data in (_national_functions):
            national_functions_item = NationalFunction.from_dict(national_functions_item_data)



            national_functions.append(national_functions_item)


        reg_ut = cls(
            name=name,
            host_trust=host_trust,
            email=email,
            national_functions=national_functions,
        )


        reg_ut.additional_properties = d
        return reg_ut

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
