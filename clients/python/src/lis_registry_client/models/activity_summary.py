from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.assessment_given import AssessmentGiven
  from ..models.compliance_report import ComplianceReport
  from ..models.composition_change import CompositionChange
  from ..models.consultation_answer import ConsultationAnswer
  from ..models.leadership_change import LeadershipChange
  from ..models.meetings_of_the_year import MeetingsOfTheYear
  from ..models.raised_proposal import RaisedProposal
  from ..models.seat_attendance import SeatAttendance
  from ..models.summary_council import SummaryCouncil





T = TypeVar("T", bound="ActivitySummary")



@_attrs_define
class ActivitySummary:
    """ A council's year: its meetings, who attended, the consultations it answered or missed, the
    assessments it gave, how its membership and leadership changed, and its compliance at year end.

        Attributes:
            council (SummaryCouncil): The council the summary is about, with the names a reader needs.
            year (int): The calendar year summarised (`?year=`).
            as_of (datetime.date): The day the year is judged on: 31 December for a year that is over, else today (Norway's
                calendar).
            year_over (bool): Whether the year is over; while it runs, the summary is partial.
            meetings (MeetingsOfTheYear):
            attendance (list[SeatAttendance]): Per seat that sat during the year, in order of the term's start.
            consultations (list[ConsultationAnswer]): A regional council's consultations opened in the year, by opening;
                always empty for an inter-regional council.
            assessments (list[AssessmentGiven]): An inter-regional council's assessments recorded in the year, by date;
                always empty for a regional council.
            raised_proposals (list[RaisedProposal]): Change proposals the council raised itself, raised or moved on in the
                year, by the day they were raised; empty for a body that is not a council of one specialty.
            composition_changes (list[CompositionChange]): Terms that began or ended in the year, by date; on one day, those
                who joined before those who left, then by name.
            leadership_changes (list[LeadershipChange]): Changes of leader, deputy leader and coordinator effective in the
                year, by date.
            compliance (ComplianceReport):
     """

    council: SummaryCouncil
    year: int
    as_of: datetime.date
    year_over: bool
    meetings: MeetingsOfTheYear
    attendance: list[SeatAttendance]
    consultations: list[ConsultationAnswer]
    assessments: list[AssessmentGiven]
    raised_proposals: list[RaisedProposal]
    composition_changes: list[CompositionChange]
    leadership_changes: list[LeadershipChange]
    compliance: ComplianceReport
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_given import AssessmentGiven # noqa: PLC0415
        from ..models.compliance_report import ComplianceReport # noqa: PLC0415
        from ..models.composition_change import CompositionChange # noqa: PLC0415
        from ..models.consultation_answer import ConsultationAnswer # noqa: PLC0415
        from ..models.leadership_change import LeadershipChange # noqa: PLC0415
        from ..models.meetings_of_the_year import MeetingsOfTheYear # noqa: PLC0415
        from ..models.raised_proposal import RaisedProposal # noqa: PLC0415
        from ..models.seat_attendance import SeatAttendance # noqa: PLC0415
        from ..models.summary_council import SummaryCouncil # noqa: PLC0415
        council = self.council.to_dict()

        year = self.year

        as_of = self.as_of.isoformat()

        year_over = self.year_over

        meetings = self.meetings.to_dict()

        attendance = []
        for attendance_item_data in self.attendance:
            attendance_item = attendance_item_data.to_dict()
            attendance.append(attendance_item)



        consultations = []
        for consultations_item_data in self.consultations:
            consultations_item = consultations_item_data.to_dict()
            consultations.append(consultations_item)



        assessments = []
        for assessments_item_data in self.assessments:
            assessments_item = assessments_item_data.to_dict()
            assessments.append(assessments_item)



        raised_proposals = []
        for raised_proposals_item_data in self.raised_proposals:
            raised_proposals_item = raised_proposals_item_data.to_dict()
            raised_proposals.append(raised_proposals_item)



        composition_changes = []
        for composition_changes_item_data in self.composition_changes:
            composition_changes_item = composition_changes_item_data.to_dict()
            composition_changes.append(composition_changes_item)



        leadership_changes = []
        for leadership_changes_item_data in self.leadership_changes:
            leadership_changes_item = leadership_changes_item_data.to_dict()
            leadership_changes.append(leadership_changes_item)



        compliance = self.compliance.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council": council,
            "year": year,
            "as_of": as_of,
            "year_over": year_over,
            "meetings": meetings,
            "attendance": attendance,
            "consultations": consultations,
            "assessments": assessments,
            "raised_proposals": raised_proposals,
            "composition_changes": composition_changes,
            "leadership_changes": leadership_changes,
            "compliance": compliance,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_given import AssessmentGiven # noqa: PLC0415
        from ..models.compliance_report import ComplianceReport # noqa: PLC0415
        from ..models.composition_change import CompositionChange # noqa: PLC0415
        from ..models.consultation_answer import ConsultationAnswer # noqa: PLC0415
        from ..models.leadership_change import LeadershipChange # noqa: PLC0415
        from ..models.meetings_of_the_year import MeetingsOfTheYear # noqa: PLC0415
        from ..models.raised_proposal import RaisedProposal # noqa: PLC0415
        from ..models.seat_attendance import SeatAttendance # noqa: PLC0415
        from ..models.summary_council import SummaryCouncil # noqa: PLC0415
        d = dict(src_dict)
        council = SummaryCouncil.from_dict(d.pop("council"))




        year = d.pop("year")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        year_over = d.pop("year_over")

        meetings = MeetingsOfTheYear.from_dict(d.pop("meetings"))




        attendance = []
        _attendance = d.pop("attendance")
        for attendance_item_data in (_attendance):
            attendance_item = SeatAttendance.from_dict(attendance_item_data)



            attendance.append(attendance_item)


        consultations = []
        _consultations = d.pop("consultations")
        for consultations_item_data in (_consultations):
            consultations_item = ConsultationAnswer.from_dict(consultations_item_data)



            consultations.append(consultations_item)


        assessments = []
        _assessments = d.pop("assessments")
        for assessments_item_data in (_assessments):
            assessments_item = AssessmentGiven.from_dict(assessments_item_data)



            assessments.append(assessments_item)


        raised_proposals = []
        _raised_proposals = d.pop("raised_proposals")
        for raised_proposals_item_data in (_raised_proposals):
            raised_proposals_item = RaisedProposal.from_dict(raised_proposals_item_data)



            raised_proposals.append(raised_proposals_item)


        composition_changes = []
        _composition_changes = d.pop("composition_changes")
        for composition_changes_item_data in (_composition_changes):
            composition_changes_item = CompositionChange.from_dict(composition_changes_item_data)



            composition_changes.append(composition_changes_item)


        leadership_changes = []
        _leadership_changes = d.pop("leadership_changes")
        for leadership_changes_item_data in (_leadership_changes):
            leadership_changes_item = LeadershipChange.from_dict(leadership_changes_item_data)



            leadership_changes.append(leadership_changes_item)


        compliance = ComplianceReport.from_dict(d.pop("compliance"))




        activity_summary = cls(
            council=council,
            year=year,
            as_of=as_of,
            year_over=year_over,
            meetings=meetings,
            attendance=attendance,
            consultations=consultations,
            assessments=assessments,
            raised_proposals=raised_proposals,
            composition_changes=composition_changes,
            leadership_changes=leadership_changes,
            compliance=compliance,
        )


        activity_summary.additional_properties = d
        return activity_summary

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
