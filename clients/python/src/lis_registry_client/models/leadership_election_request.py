from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="LeadershipElectionRequest")



@_attrs_define
class LeadershipElectionRequest:
    """ The council's leadership from `effective_on`: a role left out or `null` is vacant from that date. An
    election recorded for the same date is replaced.

        Attributes:
            leader (None | Unset | UUID): Person id of a sitting representative.
            deputy_leader (None | Unset | UUID): The deputy leader (nestleder): person id of a sitting representative, not
                the leader.
            coordinator (None | Unset | UUID): The coordinating representative (koordinerende representant), an inter-
                regional council's contact for RegUt: person id of a sitting representative.
            effective_on (datetime.date | None | Unset): Default: today (Europe/Oslo).
     """

    leader: None | Unset | UUID = UNSET
    deputy_leader: None | Unset | UUID = UNSET
    coordinator: None | Unset | UUID = UNSET
    effective_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        leader: None | str | Unset
        if isinstance(self.leader, Unset):
            leader = UNSET
        elif isinstance(self.leader, UUID):
            leader = str(self.leader)
        else:
            leader = self.leader

        deputy_leader: None | str | Unset
        if isinstance(self.deputy_leader, Unset):
            deputy_leader = UNSET
        elif isinstance(self.deputy_leader, UUID):
            deputy_leader = str(self.deputy_leader)
        else:
            deputy_leader = self.deputy_leader

        coordinator: None | str | Unset
        if isinstance(self.coordinator, Unset):
            coordinator = UNSET
        elif isinstance(self.coordinator, UUID):
            coordinator = str(self.coordinator)
        else:
            coordinator = self.coordinator

        effective_on: None | str | Unset
        if isinstance(self.effective_on, Unset):
            effective_on = UNSET
        elif isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if leader is not UNSET:
            field_dict["leader"] = leader
        if deputy_leader is not UNSET:
            field_dict["deputy_leader"] = deputy_leader
        if coordinator is not UNSET:
            field_dict["coordinator"] = coordinator
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_leader(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_type_0 = UUID(data)



                return leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        leader = _parse_leader(d.pop("leader", UNSET))


        def _parse_deputy_leader(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deputy_leader_type_0 = UUID(data)



                return deputy_leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deputy_leader = _parse_deputy_leader(d.pop("deputy_leader", UNSET))


        def _parse_coordinator(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coordinator_type_0 = UUID(data)



                return coordinator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        coordinator = _parse_coordinator(d.pop("coordinator", UNSET))


        def _parse_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)



                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_on = _parse_effective_on(d.pop("effective_on", UNSET))


        leadership_election_request = cls(
            leader=leader,
            deputy_leader=deputy_leader,
            coordinator=coordinator,
            effective_on=effective_on,
        )

        return leadership_election_request

