from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_kind import ProposalKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attachment import Attachment
  from ..models.raised_by_council import RaisedByCouncil
  from ..models.raised_by_person import RaisedByPerson
  from ..models.raised_by_regut import RaisedByRegut
  from ..models.raised_by_trust import RaisedByTrust





T = TypeVar("T", bound="ProposalCreate")



@_attrs_define
class ProposalCreate:
    """ 
        Attributes:
            specialty (str): The specialty whose learning goals it concerns.
            kind (ProposalKind):
            title (str): What it proposes, in a line.
            rationale (str): Why.
            raised_by (RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust): Who raised it.
            learning_goals (list[str] | Unset): The codes of the learning goals concerned.
            attachments (list[Attachment] | Unset): Documents, as links.
     """

    specialty: str
    kind: ProposalKind
    title: str
    rationale: str
    raised_by: RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust
    learning_goals: list[str] | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.raised_by_council import RaisedByCouncil # noqa: PLC0415
        from ..models.raised_by_person import RaisedByPerson # noqa: PLC0415
        from ..models.raised_by_regut import RaisedByRegut # noqa: PLC0415
        from ..models.raised_by_trust import RaisedByTrust # noqa: PLC0415
        specialty = self.specialty

        kind = self.kind.value

        title = self.title

        rationale = self.rationale

        raised_by: dict[str, Any]
        if isinstance(self.raised_by, RaisedByCouncil):
            raised_by = self.raised_by.to_dict()
        elif isinstance(self.raised_by, RaisedByTrust):
            raised_by = self.raised_by.to_dict()
        elif isinstance(self.raised_by, RaisedByRegut):
            raised_by = self.raised_by.to_dict()
        else:
            raised_by = self.raised_by.to_dict()


        learning_goals: list[str] | Unset = UNSET
        if not isinstance(self.learning_goals, Unset):
            learning_goals = self.learning_goals



        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "specialty": specialty,
            "kind": kind,
            "title": title,
            "rationale": rationale,
            "raised_by": raised_by,
        })
        if learning_goals is not UNSET:
            field_dict["learning_goals"] = learning_goals
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.raised_by_council import RaisedByCouncil # noqa: PLC0415
        from ..models.raised_by_person import RaisedByPerson # noqa: PLC0415
        from ..models.raised_by_regut import RaisedByRegut # noqa: PLC0415
        from ..models.raised_by_trust import RaisedByTrust # noqa: PLC0415
        d = dict(src_dict)
        specialty = d.pop("specialty")

        kind = ProposalKind(d.pop("kind"))




        title = d.pop("title")

        rationale = d.pop("rationale")

        def _parse_raised_by(data: object) -> RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_0 = RaisedByCouncil.from_dict(data)



                return raised_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_1 = RaisedByTrust.from_dict(data)



                return raised_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_2 = RaisedByRegut.from_dict(data)



                return raised_by_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            raised_by_type_3 = RaisedByPerson.from_dict(data)



            return raised_by_type_3

        raised_by = _parse_raised_by(d.pop("raised_by"))


        learning_goals = cast(list[str], d.pop("learning_goals", UNSET))


        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)



                attachments.append(attachments_item)


        proposal_create = cls(
            specialty=specialty,
            kind=kind,
            title=title,
            rationale=rationale,
            raised_by=raised_by,
            learning_goals=learning_goals,
            attachments=attachments,
        )

        return proposal_create

