from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AuditPrincipal")



@_attrs_define
class AuditPrincipal:
    """ Who made a change, as their token said.

        Attributes:
            kind (str): The caller's widest scope: `admin`, `regut`, `appointments` or `read`; `anonymous` without one.
            subject (str): The calling system: the token's `client_id` (else its `sub`); `system` for the service's own set-
                up commands.
            org_number (None | str): The organisation number (nine digits) the token carried; null when it carried none.
            org_number_child (None | str): HelseID's `orgnr_child`: the organisation number of the part of the organisation
                (a hospital, a department) the client acts for; null when the token carried none.
            client_name (None | str): HelseID's `client_name`: the calling system's name; null when the token had none.
     """

    kind: str
    subject: str
    org_number: None | str
    org_number_child: None | str
    client_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        subject = self.subject

        org_number: None | str
        org_number = self.org_number

        org_number_child: None | str
        org_number_child = self.org_number_child

        client_name: None | str
        client_name = self.client_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "subject": subject,
            "org_number": org_number,
            "org_number_child": org_number_child,
            "client_name": client_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        subject = d.pop("subject")

        def _parse_org_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_number = _parse_org_number(d.pop("org_number"))


        def _parse_org_number_child(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_number_child = _parse_org_number_child(d.pop("org_number_child"))


        def _parse_client_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_name = _parse_client_name(d.pop("client_name"))


        audit_principal = cls(
            kind=kind,
            subject=subject,
            org_number=org_number,
            org_number_child=org_number_child,
            client_name=client_name,
        )


        audit_principal.additional_properties = d
        return audit_principal

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
