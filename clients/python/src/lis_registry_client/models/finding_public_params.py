from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FindingPublicParams")



@_attrs_define
class FindingPublicParams:
    """ What the finding's sentence needs besides its subject, by name: codes (`trust`, `region`, `role`, `competence`,
    `roles`, `every`, `months`), a person's name (`person`, `deputy`), counts (`held`, `scheduled`, `required`,
    `unrecorded`), dates (`on`, `end`, `deadline`, and `since`: the first day a vacant seat has been empty) and a
    proposal's `title`. Each rule's names are stable; the rule catalogue words the finding in Norwegian and English.

     """

    additional_properties: dict[str, datetime.date | int | list[str] | str] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            
            if isinstance(prop, datetime.date):
                field_dict[prop_name] = prop.isoformat()
            elif isinstance(prop, list):
                field_dict[prop_name] = prop


            else:
                field_dict[prop_name] = prop


        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finding_public_params = cls(
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            def _parse_additional_property(data: object) -> datetime.date | int | list[str] | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_2 = datetime.date.fromisoformat(data)



                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_3 = cast(list[str], data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | int | list[str] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        finding_public_params.additional_properties = additional_properties
        return finding_public_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.date | int | list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.date | int | list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
