from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.action import Action
from ..models.proposal_kind import ProposalKind
from ..models.proposal_status import ProposalStatus
from ..models.region_code import RegionCode
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.assessment_public import AssessmentPublic
  from ..models.attachment import Attachment
  from ..models.discussion import Discussion
  from ..models.outcome_public import OutcomePublic
  from ..models.raised_by_public import RaisedByPublic
  from ..models.statement_public import StatementPublic





T = TypeVar("T", bound="ProposalPublic")



@_attrs_define
class ProposalPublic:
    """ A proposal. Anonymous callers see its public fields: attachments, statements, the assessment and
    the reason for declining are null for them, and so is a person's name as raiser.

        Attributes:
            id (UUID): The proposal's id.
            specialty (str): The specialty's code.
            kind (ProposalKind):
            title (str): What it proposes.
            rationale (str): Why.
            learning_goals (list[str]): The codes of the learning goals concerned.
            raised_by (RaisedByPublic):
            status (ProposalStatus):
            allowed_actions (list[Action]): What the caller may do with it now: the workflow's next steps that the caller
                has the authority for (empty for anonymous callers).
            responsible_region (None | RegionCode): The region whose RegUt runs it.
            consultation_deadline (datetime.date | None): The last day for statements; null before a consultation.
            attachments (list[Attachment] | None): Documents, as links; null for anonymous callers.
            statements (list[StatementPublic] | None): The regional councils' statements; null for anonymous callers.
            assessment (AssessmentPublic | None): The inter-regional council's assessment; null before it, and for anonymous
                callers.
            decision_reason (None | str): Why RegUt declined it; null otherwise, and for anonymous callers.
            outcome (None | OutcomePublic): The Directorate's decision; null before it.
            discussed_at (list[Discussion]): The meetings whose agenda refers to it.
            created_at (datetime.datetime): When it was raised (RFC 3339 date-time).
            updated_at (datetime.datetime): When it last changed (RFC 3339 date-time).
     """

    id: UUID
    specialty: str
    kind: ProposalKind
    title: str
    rationale: str
    learning_goals: list[str]
    raised_by: RaisedByPublic
    status: ProposalStatus
    allowed_actions: list[Action]
    responsible_region: None | RegionCode
    consultation_deadline: datetime.date | None
    attachments: list[Attachment] | None
    statements: list[StatementPublic] | None
    assessment: AssessmentPublic | None
    decision_reason: None | str
    outcome: None | OutcomePublic
    discussed_at: list[Discussion]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_public import AssessmentPublic # noqa: PLC0415
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.discussion import Discussion # noqa: PLC0415
        from ..models.outcome_public import OutcomePublic # noqa: PLC0415
        from ..models.raised_by_public import RaisedByPublic # noqa: PLC0415
        from ..models.statement_public import StatementPublic # noqa: PLC0415
        id = str(self.id)

        specialty = self.specialty

        kind = self.kind.value

        title = self.title

        rationale = self.rationale

        learning_goals = self.learning_goals



        raised_by = self.raised_by.to_dict()

        status = self.status.value

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)



        responsible_region: None | str
        if isinstance(self.responsible_region, RegionCode):
            responsible_region = self.responsible_region.value
        else:
            responsible_region = self.responsible_region

        consultation_deadline: None | str
        if isinstance(self.consultation_deadline, datetime.date):
            consultation_deadline = self.consultation_deadline.isoformat()
        else:
            consultation_deadline = self.consultation_deadline

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments

        statements: list[dict[str, Any]] | None
        if isinstance(self.statements, list):
            statements = []
            for statements_type_0_item_data in self.statements:
                statements_type_0_item = statements_type_0_item_data.to_dict()
                statements.append(statements_type_0_item)


        else:
            statements = self.statements

        assessment: dict[str, Any] | None
        if isinstance(self.assessment, AssessmentPublic):
            assessment = self.assessment.to_dict()
        else:
            assessment = self.assessment

        decision_reason: None | str
        decision_reason = self.decision_reason

        outcome: dict[str, Any] | None
        if isinstance(self.outcome, OutcomePublic):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        discussed_at = []
        for discussed_at_item_data in self.discussed_at:
            discussed_at_item = discussed_at_item_data.to_dict()
            discussed_at.append(discussed_at_item)



        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "specialty": specialty,
            "kind": kind,
            "title": title,
            "rationale": rationale,
            "learning_goals": learning_goals,
            "raised_by": raised_by,
            "status": status,
            "allowed_actions": allowed_actions,
            "responsible_region": responsible_region,
            "consultation_deadline": consultation_deadline,
            "attachments": attachments,
            "statements": statements,
            "assessment": assessment,
            "decision_reason": decision_reason,
            "outcome": outcome,
            "discussed_at": discussed_at,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_public import AssessmentPublic # noqa: PLC0415
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.discussion import Discussion # noqa: PLC0415
        from ..models.outcome_public import OutcomePublic # noqa: PLC0415
        from ..models.raised_by_public import RaisedByPublic # noqa: PLC0415
        from ..models.statement_public import StatementPublic # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        specialty = d.pop("specialty")

        kind = ProposalKind(d.pop("kind"))




        title = d.pop("title")

        rationale = d.pop("rationale")

        learning_goals = cast(list[str], d.pop("learning_goals"))


        raised_by = RaisedByPublic.from_dict(d.pop("raised_by"))




        status = ProposalStatus(d.pop("status"))




        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in (_allowed_actions):
            allowed_actions_item = Action(allowed_actions_item_data)



            allowed_actions.append(allowed_actions_item)


        def _parse_responsible_region(data: object) -> None | RegionCode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsible_region_type_0 = RegionCode(data)



                return responsible_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionCode, data)

        responsible_region = _parse_responsible_region(d.pop("responsible_region"))


        def _parse_consultation_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consultation_deadline_type_0 = datetime.date.fromisoformat(data)



                return consultation_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        consultation_deadline = _parse_consultation_deadline(d.pop("consultation_deadline"))


        def _parse_attachments(data: object) -> list[Attachment] | None:
            if data is None:
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
            return cast(list[Attachment] | None, data)

        attachments = _parse_attachments(d.pop("attachments"))


        def _parse_statements(data: object) -> list[StatementPublic] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statements_type_0 = []
                _statements_type_0 = data
                for statements_type_0_item_data in (_statements_type_0):
                    statements_type_0_item = StatementPublic.from_dict(statements_type_0_item_data)



                    statements_type_0.append(statements_type_0_item)

                return statements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StatementPublic] | None, data)

        statements = _parse_statements(d.pop("statements"))


        def _parse_assessment(data: object) -> AssessmentPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_type_0 = AssessmentPublic.from_dict(data)



                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentPublic | None, data)

        assessment = _parse_assessment(d.pop("assessment"))


        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))


        def _parse_outcome(data: object) -> None | OutcomePublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = OutcomePublic.from_dict(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomePublic, data)

        outcome = _parse_outcome(d.pop("outcome"))


        discussed_at = []
        _discussed_at = d.pop("discussed_at")
        for discussed_at_item_data in (_discussed_at):
            discussed_at_item = Discussion.from_dict(discussed_at_item_data)



            discussed_at.append(discussed_at_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        proposal_public = cls(
            id=id,
            specialty=specialty,
            kind=kind,
            title=title,
            rationale=rationale,
            learning_goals=learning_goals,
            raised_by=raised_by,
            status=status,
            allowed_actions=allowed_actions,
            responsible_region=responsible_region,
            consultation_deadline=consultation_deadline,
            attachments=attachments,
            statements=statements,
            assessment=assessment,
            decision_reason=decision_reason,
            outcome=outcome,
            discussed_at=discussed_at,
            created_at=created_at,
            updated_at=updated_at,
        )


        proposal_public.additional_properties = d
        return proposal_public

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
