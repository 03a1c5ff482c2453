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





T = TypeVar("T", bound="ProposalUpdate")



@_attrs_define
class ProposalUpdate:
    """ A change to a draft: the fields sent replace the stored ones.

        Attributes:
            kind (None | ProposalKind | Unset): `learning_goal`, `explanatory_text` or `learning_activity`.
            title (None | str | Unset): What it proposes, in a line.
            rationale (None | str | Unset): Why.
            learning_goals (list[str] | None | Unset): The codes concerned.
            raised_by (None | RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust | Unset): Who raised it.
            attachments (list[Attachment] | None | Unset): Documents, as links.
     """

    kind: None | ProposalKind | Unset = UNSET
    title: None | str | Unset = UNSET
    rationale: None | str | Unset = UNSET
    learning_goals: list[str] | None | Unset = UNSET
    raised_by: None | RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.raised_by_council import RaisedByCouncil # noqa: PLC0415
        from ..models.raised_by_person import RaisedByPerson # noqa: PLC0415
        from ..models.raised_by_regut import RaisedByRegut # noqa: PLC0415
        from ..models.raised_by_trust import RaisedByTrust # noqa: PLC0415
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ProposalKind):
            kind = self.kind.value
        else:
            kind = self.kind

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        rationale: None | str | Unset
        if isinstance(self.rationale, Unset):
            rationale = UNSET
        else:
            rationale = self.rationale

        learning_goals: list[str] | None | Unset
        if isinstance(self.learning_goals, Unset):
            learning_goals = UNSET
        elif isinstance(self.learning_goals, list):
            learning_goals = self.learning_goals


        else:
            learning_goals = self.learning_goals

        raised_by: dict[str, Any] | None | Unset
        if isinstance(self.raised_by, Unset):
            raised_by = UNSET
        elif isinstance(self.raised_by, RaisedByCouncil):
            raised_by = self.raised_by.to_dict()
        elif isinstance(self.raised_by, RaisedByTrust):
            raised_by = self.raised_by.to_dict()
        elif isinstance(self.raised_by, RaisedByRegut):
            raised_by = self.raised_by.to_dict()
        elif isinstance(self.raised_by, RaisedByPerson):
            raised_by = self.raised_by.to_dict()
        else:
            raised_by = self.raised_by

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if title is not UNSET:
            field_dict["title"] = title
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if learning_goals is not UNSET:
            field_dict["learning_goals"] = learning_goals
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by
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
        def _parse_kind(data: object) -> None | ProposalKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ProposalKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProposalKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rationale = _parse_rationale(d.pop("rationale", UNSET))


        def _parse_learning_goals(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                learning_goals_type_0 = cast(list[str], data)

                return learning_goals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        learning_goals = _parse_learning_goals(d.pop("learning_goals", UNSET))


        def _parse_raised_by(data: object) -> None | RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_0_type_0 = RaisedByCouncil.from_dict(data)



                return raised_by_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_0_type_1 = RaisedByTrust.from_dict(data)



                return raised_by_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_0_type_2 = RaisedByRegut.from_dict(data)



                return raised_by_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_type_0_type_3 = RaisedByPerson.from_dict(data)



                return raised_by_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RaisedByCouncil | RaisedByPerson | RaisedByRegut | RaisedByTrust | Unset, data)

        raised_by = _parse_raised_by(d.pop("raised_by", UNSET))


        def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in (_attachments_type_0):
                    attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)



                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))


        proposal_update = cls(
            kind=kind,
            title=title,
            rationale=rationale,
            learning_goals=learning_goals,
            raised_by=raised_by,
            attachments=attachments,
        )

        return proposal_update

