from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.person_public import PersonPublic
  from ..models.privacy_state import PrivacyState





T = TypeVar("T", bound="PrivacyChange")



@_attrs_define
class PrivacyChange:
    """ What an erasure or a restriction did.

        Attributes:
            person (PersonPublic): A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous
                callers.
            state (PrivacyState): Where the person's contact data and HPR number stand.
            fields (list[str]): The fields erased or restricted, of email, phone, hpr_number.
            copies_removed (int): Erasure: the audit entries, feed events and stored answers from which a copy of the erased
                values was removed; 0 for a restriction.
     """

    person: PersonPublic
    state: PrivacyState
    fields: list[str]
    copies_removed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.privacy_state import PrivacyState # noqa: PLC0415
        person = self.person.to_dict()

        state = self.state.to_dict()

        fields = self.fields



        copies_removed = self.copies_removed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "person": person,
            "state": state,
            "fields": fields,
            "copies_removed": copies_removed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.privacy_state import PrivacyState # noqa: PLC0415
        d = dict(src_dict)
        person = PersonPublic.from_dict(d.pop("person"))




        state = PrivacyState.from_dict(d.pop("state"))




        fields = cast(list[str], d.pop("fields"))


        copies_removed = d.pop("copies_removed")

        privacy_change = cls(
            person=person,
            state=state,
            fields=fields,
            copies_removed=copies_removed,
        )


        privacy_change.additional_properties = d
        return privacy_change

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
