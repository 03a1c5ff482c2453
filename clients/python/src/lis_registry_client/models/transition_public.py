from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_status import ProposalStatus
from typing import cast
import datetime






T = TypeVar("T", bound="TransitionPublic")



@_attrs_define
class TransitionPublic:
    """ 
        Attributes:
            action (str): `create`, or the action taken.
            from_status (None | ProposalStatus): The status before; null when it was raised.
            to_status (ProposalStatus):
            principal (str): The kind of caller: `read`, `appointments`, `regut` or `admin`.
            client_id (str): The calling system.
            org_number (None | str): The calling organisation's number.
            note (None | str): Why, as the caller said.
            occurred_at (datetime.datetime): When (RFC 3339 date-time).
     """

    action: str
    from_status: None | ProposalStatus
    to_status: ProposalStatus
    principal: str
    client_id: str
    org_number: None | str
    note: None | str
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        from_status: None | str
        if isinstance(self.from_status, ProposalStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        principal = self.principal

        client_id = self.client_id

        org_number: None | str
        org_number = self.org_number

        note: None | str
        note = self.note

        occurred_at = self.occurred_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "from_status": from_status,
            "to_status": to_status,
            "principal": principal,
            "client_id": client_id,
            "org_number": org_number,
            "note": note,
            "occurred_at": occurred_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_from_status(data: object) -> None | ProposalStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = ProposalStatus(data)



                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProposalStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))


        to_status = ProposalStatus(d.pop("to_status"))




        principal = d.pop("principal")

        client_id = d.pop("client_id")

        def _parse_org_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_number = _parse_org_number(d.pop("org_number"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        transition_public = cls(
            action=action,
            from_status=from_status,
            to_status=to_status,
            principal=principal,
            client_id=client_id,
            org_number=org_number,
            note=note,
            occurred_at=occurred_at,
        )


        transition_public.additional_properties = d
        return transition_public

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
