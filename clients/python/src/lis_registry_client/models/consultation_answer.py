from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consultation_outcome import ConsultationOutcome
from ..models.position import Position
from ..models.proposal_kind import ProposalKind
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ConsultationAnswer")



@_attrs_define
class ConsultationAnswer:
    """ A consultation the regional council was asked in: opened in the year on a proposal of its
    specialty while the council existed (CONSULTATION-ANSWERED, 002 §3).

        Attributes:
            proposal_id (UUID): The proposal's id.
            title (str): What the proposal proposes.
            kind (ProposalKind):
            opened_on (datetime.date): The day RegUt opened the consultation (Norway's calendar).
            deadline (datetime.date): The consultation's deadline.
            outcome (ConsultationOutcome):
            position (None | Position): The council's position (`support`, `oppose`, `neutral`); null unless answered.
            answered_on (datetime.date | None): The day its statement was last recorded (a statement may be replaced while
                the consultation is open); null unless answered.
     """

    proposal_id: UUID
    title: str
    kind: ProposalKind
    opened_on: datetime.date
    deadline: datetime.date
    outcome: ConsultationOutcome
    position: None | Position
    answered_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        proposal_id = str(self.proposal_id)

        title = self.title

        kind = self.kind.value

        opened_on = self.opened_on.isoformat()

        deadline = self.deadline.isoformat()

        outcome = self.outcome.value

        position: None | str
        if isinstance(self.position, Position):
            position = self.position.value
        else:
            position = self.position

        answered_on: None | str
        if isinstance(self.answered_on, datetime.date):
            answered_on = self.answered_on.isoformat()
        else:
            answered_on = self.answered_on


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proposal_id": proposal_id,
            "title": title,
            "kind": kind,
            "opened_on": opened_on,
            "deadline": deadline,
            "outcome": outcome,
            "position": position,
            "answered_on": answered_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proposal_id = UUID(d.pop("proposal_id"))




        title = d.pop("title")

        kind = ProposalKind(d.pop("kind"))




        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        deadline = datetime.date.fromisoformat(d.pop("deadline"))




        outcome = ConsultationOutcome(d.pop("outcome"))




        def _parse_position(data: object) -> None | Position:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_type_0 = Position(data)



                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Position, data)

        position = _parse_position(d.pop("position"))


        def _parse_answered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_on_type_0 = datetime.date.fromisoformat(data)



                return answered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        answered_on = _parse_answered_on(d.pop("answered_on"))


        consultation_answer = cls(
            proposal_id=proposal_id,
            title=title,
            kind=kind,
            opened_on=opened_on,
            deadline=deadline,
            outcome=outcome,
            position=position,
            answered_on=answered_on,
        )


        consultation_answer.additional_properties = d
        return consultation_answer

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
