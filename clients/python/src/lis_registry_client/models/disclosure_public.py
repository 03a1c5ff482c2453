from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="DisclosurePublic")



@_attrs_define
class DisclosurePublic:
    """ One answer that showed a person's non-public data to a caller.

        Attributes:
            id (int): The disclosure's number: a later one has a higher number.
            occurred_at (datetime.datetime): When the answer was given.
            person_id (None | UUID): The person whose data it showed; null for a proposal's raiser, known by name only.
            subject (str): What the answer showed, as the disclosure log names it: a person's id, `seat:<id>` (its
                attendance) or `proposal:<id>` (its raiser's name).
            fields (list[str]): Which non-public fields it showed (names, never values).
            principal_kind (str): The caller's widest scope.
            client_id (None | str): The calling system (the token's client id).
            org_number (None | str): The organisation number the token carried.
            org_number_child (None | str): HelseID's child organisation (`orgnr_child`): the part of the organisation the
                client acts for, when the token names one.
            client_name (None | str): HelseID's `client_name` of the calling system, when given.
            method (str): The request's method.
            route (None | str): The operation's route template.
            path (str): The request's path (never its query string).
            status (int): The answer's status.
            request_id (str): The request's id (`X-Request-Id`), as in the logs.
     """

    id: int
    occurred_at: datetime.datetime
    person_id: None | UUID
    subject: str
    fields: list[str]
    principal_kind: str
    client_id: None | str
    org_number: None | str
    org_number_child: None | str
    client_name: None | str
    method: str
    route: None | str
    path: str
    status: int
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        subject = self.subject

        fields = self.fields



        principal_kind = self.principal_kind

        client_id: None | str
        client_id = self.client_id

        org_number: None | str
        org_number = self.org_number

        org_number_child: None | str
        org_number_child = self.org_number_child

        client_name: None | str
        client_name = self.client_name

        method = self.method

        route: None | str
        route = self.route

        path = self.path

        status = self.status

        request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "occurred_at": occurred_at,
            "person_id": person_id,
            "subject": subject,
            "fields": fields,
            "principal_kind": principal_kind,
            "client_id": client_id,
            "org_number": org_number,
            "org_number_child": org_number_child,
            "client_name": client_name,
            "method": method,
            "route": route,
            "path": path,
            "status": status,
            "request_id": request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)



                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("person_id"))


        subject = d.pop("subject")

        fields = cast(list[str], d.pop("fields"))


        principal_kind = d.pop("principal_kind")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))


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


        method = d.pop("method")

        def _parse_route(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        route = _parse_route(d.pop("route"))


        path = d.pop("path")

        status = d.pop("status")

        request_id = d.pop("request_id")

        disclosure_public = cls(
            id=id,
            occurred_at=occurred_at,
            person_id=person_id,
            subject=subject,
            fields=fields,
            principal_kind=principal_kind,
            client_id=client_id,
            org_number=org_number,
            org_number_child=org_number_child,
            client_name=client_name,
            method=method,
            route=route,
            path=path,
            status=status,
            request_id=request_id,
        )


        disclosure_public.additional_properties = d
        return disclosure_public

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
