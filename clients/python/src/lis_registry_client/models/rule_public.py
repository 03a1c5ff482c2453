from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profile_name import ProfileName
from ..models.rule_id import RuleId
from ..models.rule_kind import RuleKind
from ..models.rule_topic import RuleTopic
from ..models.severity import Severity
from typing import cast

if TYPE_CHECKING:
  from ..models.rule_texts import RuleTexts





T = TypeVar("T", bound="RulePublic")



@_attrs_define
class RulePublic:
    """ A rule, as the mandates state it or the protocol defines it.

        Attributes:
            id (RuleId):
            kind (RuleKind):
            topic (RuleTopic):
            severity (None | Severity): For a finding: a `violation` of the mandate, or `advice`.
            status (int | None): For a guard or a protocol code: the HTTP status of a request it refuses.
            profiles (list[ProfileName]): The mandate profiles whose councils the rule applies to; empty for a protocol
                code.
            statement (str): The rule in plain words (light Markdown; italics quote the mandate).
            source (None | str): Where the mandates say it (mandates 000 to 004, § section); null where none needs to.
            texts (RuleTexts):
     """

    id: RuleId
    kind: RuleKind
    topic: RuleTopic
    severity: None | Severity
    status: int | None
    profiles: list[ProfileName]
    statement: str
    source: None | str
    texts: RuleTexts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_texts import RuleTexts # noqa: PLC0415
        id = self.id.value

        kind = self.kind.value

        topic = self.topic.value

        severity: None | str
        if isinstance(self.severity, Severity):
            severity = self.severity.value
        else:
            severity = self.severity

        status: int | None
        status = self.status

        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.value
            profiles.append(profiles_item)



        statement = self.statement

        source: None | str
        source = self.source

        texts = self.texts.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "topic": topic,
            "severity": severity,
            "status": status,
            "profiles": profiles,
            "statement": statement,
            "source": source,
            "texts": texts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_texts import RuleTexts # noqa: PLC0415
        d = dict(src_dict)
        id = RuleId(d.pop("id"))




        kind = RuleKind(d.pop("kind"))




        topic = RuleTopic(d.pop("topic"))




        def _parse_severity(data: object) -> None | Severity:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                severity_type_0 = Severity(data)



                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Severity, data)

        severity = _parse_severity(d.pop("severity"))


        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))


        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in (_profiles):
            profiles_item = ProfileName(profiles_item_data)



            profiles.append(profiles_item)


        statement = d.pop("statement")

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))


        texts = RuleTexts.from_dict(d.pop("texts"))




        rule_public = cls(
            id=id,
            kind=kind,
            topic=topic,
            severity=severity,
            status=status,
            profiles=profiles,
            statement=statement,
            source=source,
            texts=texts,
        )


        rule_public.additional_properties = d
        return rule_public

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
