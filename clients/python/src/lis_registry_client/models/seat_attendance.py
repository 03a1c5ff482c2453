from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.seat_kind import SeatKind
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.summary_person import SummaryPerson





T = TypeVar("T", bound="SeatAttendance")



@_attrs_define
class SeatAttendance:
    """ How a seat that sat during the year was filled at the year's held meetings (ATTENDANCE-DEPUTY-
    SUBSTITUTES: a deputy attends only in place of the absent representative).

        Attributes:
            representative_id (UUID): The seat's id (a representative).
            person (SummaryPerson): A person as the summary names them: by id and name.
            seat (SeatKind):
            trust (None | str): The appointing trust of a regional council's seat.
            region (None | str): The region of an inter-regional council's member seat.
            starts_on (datetime.date): The first day of the term.
            ends_on (datetime.date | None): The last day of the term; null: until further notice.
            meetings (int): The year's held meetings on a day of the term.
            present (int): Of those, the meetings the representative attended.
            deputy_attended (int): Those where the deputy attended in the representative's place.
            deputies (list[SummaryPerson]): The deputies who attended in the seat's place.
            absent (int): Those where the seat was recorded absent, with no deputy.
            not_recorded (int): Those with no attendance recorded for the seat.
     """

    representative_id: UUID
    person: SummaryPerson
    seat: SeatKind
    trust: None | str
    region: None | str
    starts_on: datetime.date
    ends_on: datetime.date | None
    meetings: int
    present: int
    deputy_attended: int
    deputies: list[SummaryPerson]
    absent: int
    not_recorded: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.summary_person import SummaryPerson # noqa: PLC0415
        representative_id = str(self.representative_id)

        person = self.person.to_dict()

        seat = self.seat.value

        trust: None | str
        trust = self.trust

        region: None | str
        region = self.region

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        meetings = self.meetings

        present = self.present

        deputy_attended = self.deputy_attended

        deputies = []
        for deputies_item_data in self.deputies:
            deputies_item = deputies_item_data.to_dict()
            deputies.append(deputies_item)



        absent = self.absent

        not_recorded = self.not_recorded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "representative_id": representative_id,
            "person": person,
            "seat": seat,
            "trust": trust,
            "region": region,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "meetings": meetings,
            "present": present,
            "deputy_attended": deputy_attended,
            "deputies": deputies,
            "absent": absent,
            "not_recorded": not_recorded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_person import SummaryPerson # noqa: PLC0415
        d = dict(src_dict)
        representative_id = UUID(d.pop("representative_id"))




        person = SummaryPerson.from_dict(d.pop("person"))




        seat = SeatKind(d.pop("seat"))




        def _parse_trust(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trust = _parse_trust(d.pop("trust"))


        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))


        meetings = d.pop("meetings")

        present = d.pop("present")

        deputy_attended = d.pop("deputy_attended")

        deputies = []
        _deputies = d.pop("deputies")
        for deputies_item_data in (_deputies):
            deputies_item = SummaryPerson.from_dict(deputies_item_data)



            deputies.append(deputies_item)


        absent = d.pop("absent")

        not_recorded = d.pop("not_recorded")

        seat_attendance = cls(
            representative_id=representative_id,
            person=person,
            seat=seat,
            trust=trust,
            region=region,
            starts_on=starts_on,
            ends_on=ends_on,
            meetings=meetings,
            present=present,
            deputy_attended=deputy_attended,
            deputies=deputies,
            absent=absent,
            not_recorded=not_recorded,
        )


        seat_attendance.additional_properties = d
        return seat_attendance

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
