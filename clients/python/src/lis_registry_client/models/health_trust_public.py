from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.trust_kind import TrustKind
from typing import cast
import datetime






T = TypeVar("T", bound="HealthTrustPublic")



@_attrs_define
class HealthTrustPublic:
    """ 
        Attributes:
            code (str): The trust's code, e.g. `unn`, `nordlandssykehuset`.
            name (str): The trust's name, e.g. Universitetssykehuset Nord-Norge HF.
            region (str): Code of the region the trust belongs to.
            org_number (str): The nine-digit organisation number (organisasjonsnummer, Enhetsregisteret); a token identifies
                the trust by it.
            kind (TrustKind):
            hosts_regut (bool): Whether the trust hosts its region's RegUt.
            updated_at (datetime.datetime): When the record last changed (RFC 3339 date-time): what `?updated_since=`
                filters on.
     """

    code: str
    name: str
    region: str
    org_number: str
    kind: TrustKind
    hosts_regut: bool
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        region = self.region

        org_number = self.org_number

        kind = self.kind.value

        hosts_regut = self.hosts_regut

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "region": region,
            "org_number": org_number,
            "kind": kind,
            "hosts_regut": hosts_regut,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        region = d.pop("region")

        org_number = d.pop("org_number")

        kind = TrustKind(d.pop("kind"))




        hosts_regut = d.pop("hosts_regut")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        health_trust_public = cls(
            code=code,
            name=name,
            region=region,
            org_number=org_number,
            kind=kind,
            hosts_regut=hosts_regut,
            updated_at=updated_at,
        )


        health_trust_public.additional_properties = d
        return health_trust_public

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
