from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule_id import RuleId
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.problem_detail import ProblemDetail





T = TypeVar("T", bound="Problem")



@_attrs_define
class Problem:
    """ RFC 9457 problem details, with the rule that was broken.

        Attributes:
            type_ (str): `/v1/rules/{rule}`: the rule's description in the rule catalogue.
            title (str): The HTTP status phrase.
            status (int): The HTTP status code.
            detail (str): What went wrong with this request, for a person to read.
            rule (RuleId):
            errors (list[ProblemDetail]): Every rule broken, each with the field or parameter concerned.
            instance (None | str | Unset): The path of the request.
            request_id (None | str | Unset): The request's `X-Request-ID` (the client's, or one the service made): quote it
                when reporting a problem; the service's logs carry it.
     """

    type_: str
    title: str
    status: int
    detail: str
    rule: RuleId
    errors: list[ProblemDetail]
    instance: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_detail import ProblemDetail # noqa: PLC0415
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        rule = self.rule.value

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)



        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "title": title,
            "status": status,
            "detail": detail,
            "rule": rule,
            "errors": errors,
        })
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_detail import ProblemDetail # noqa: PLC0415
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        rule = RuleId(d.pop("rule"))




        errors = []
        _errors = d.pop("errors")
        for errors_item_data in (_errors):
            errors_item = ProblemDetail.from_dict(errors_item_data)



            errors.append(errors_item)


        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))


        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))


        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            rule=rule,
            errors=errors,
            instance=instance,
            request_id=request_id,
        )


        problem.additional_properties = d
        return problem

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
