from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule import Rule
from ..models.severity import Severity
from ..models.status import Status
from typing import cast

if TYPE_CHECKING:
  from ..models.finding_public_params import FindingPublicParams





T = TypeVar("T", bound="FindingPublic")



@_attrs_define
class FindingPublic:
    """ One rule's finding about the council on the date.

        Attributes:
            rule (Rule):
            type_ (str): Where the rule is described: `/v1/rules/{rule}`.
            severity (Severity):
            status (Status):
            subject (str): trust:<code>, trust:<code>/<role> (a governance body's role for a trust), region:<code>,
                seat:<id>, trainee-seat, competence:<competence>, council, period:<label> for a meeting rule (`period:2026`,
                `period:2026-H1`, `period:2026-06`), or proposal:<id> for a consultation
            message (str): The finding in English, for an integrator's log; pages, spreadsheets and calendars word it in the
                reader's language from `rule`, `status` and `params`.
            params (FindingPublicParams): What the finding's sentence needs besides its subject, by name: codes (`trust`,
                `region`, `role`, `competence`, `roles`, `every`, `months`), a person's name (`person`, `deputy`), counts
                (`held`, `scheduled`, `required`, `unrecorded`), dates (`on`, `end`, `deadline`, and `since`: the first day a
                vacant seat has been empty) and a proposal's `title`. Each rule's names are stable; the rule catalogue words the
                finding in Norwegian and English.
     """

    rule: Rule
    type_: str
    severity: Severity
    status: Status
    subject: str
    message: str
    params: FindingPublicParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_public_params import FindingPublicParams # noqa: PLC0415
        rule = self.rule.value

        type_ = self.type_

        severity = self.severity.value

        status = self.status.value

        subject = self.subject

        message = self.message

        params = self.params.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule": rule,
            "type": type_,
            "severity": severity,
            "status": status,
            "subject": subject,
            "message": message,
            "params": params,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_public_params import FindingPublicParams # noqa: PLC0415
        d = dict(src_dict)
        rule = Rule(d.pop("rule"))




        type_ = d.pop("type")

        severity = Severity(d.pop("severity"))




        status = Status(d.pop("status"))




        subject = d.pop("subject")

        message = d.pop("message")

        params = FindingPublicParams.from_dict(d.pop("params"))




        finding_public = cls(
            rule=rule,
            type_=type_,
            severity=severity,
            status=status,
            subject=subject,
            message=message,
            params=params,
        )


        finding_public.additional_properties = d
        return finding_public

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
