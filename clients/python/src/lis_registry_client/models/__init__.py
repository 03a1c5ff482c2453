""" Contains all the data models used in inputs/outputs """

from .action import Action
from .activity_summary import ActivitySummary
from .agenda_item import AgendaItem
from .agenda_item_public import AgendaItemPublic
from .agenda_kind import AgendaKind
from .appointing_trusts import AppointingTrusts
from .assessment_given import AssessmentGiven
from .assessment_public import AssessmentPublic
from .assessment_record import AssessmentRecord
from .attachment import Attachment
from .attendance_entry import AttendanceEntry
from .attendance_public import AttendancePublic
from .attendance_record import AttendanceRecord
from .attendance_status import AttendanceStatus
from .audit_entity import AuditEntity
from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_after_type_0 import AuditEntryPublicAfterType0
from .audit_entry_public_before_type_0 import AuditEntryPublicBeforeType0
from .audit_list import AuditList
from .audit_principal import AuditPrincipal
from .cancelled_meeting import CancelledMeeting
from .cell_problem import CellProblem
from .change import Change
from .competence import Competence
from .compliance_report import ComplianceReport
from .compliance_summary import ComplianceSummary
from .compliance_summary_by_rule import ComplianceSummaryByRule
from .compliance_summary_by_rule_additional_property import ComplianceSummaryByRuleAdditionalProperty
from .compliance_summary_by_status import ComplianceSummaryByStatus
from .composition_change import CompositionChange
from .composition_change_kind import CompositionChangeKind
from .consultation_answer import ConsultationAnswer
from .consultation_opening import ConsultationOpening
from .consultation_outcome import ConsultationOutcome
from .convener import Convener
from .coordinating_period_create import CoordinatingPeriodCreate
from .coordinating_period_list import CoordinatingPeriodList
from .coordinating_period_public import CoordinatingPeriodPublic
from .coordinating_reg_ut_public import CoordinatingRegUtPublic
from .council_compliance import CouncilCompliance
from .council_create import CouncilCreate
from .council_detail import CouncilDetail
from .council_kind import CouncilKind
from .council_list import CouncilList
from .council_public import CouncilPublic
from .council_update import CouncilUpdate
from .decline import Decline
from .delimiter import Delimiter
from .deputy_designation import DeputyDesignation
from .directory import Directory
from .directory_contact import DirectoryContact
from .directory_council import DirectoryCouncil
from .directory_deputy import DirectoryDeputy
from .directory_meeting import DirectoryMeeting
from .directory_reg_ut import DirectoryRegUt
from .directory_representative import DirectoryRepresentative
from .disclosure_list import DisclosureList
from .disclosure_public import DisclosurePublic
from .discussion import Discussion
from .education_role import EducationRole
from .election import Election
from .erasure_request import ErasureRequest
from .event import Event
from .event_data import EventData
from .event_list import EventList
from .event_subject import EventSubject
from .event_type import EventType
from .finding_public import FindingPublic
from .finding_public_params import FindingPublicParams
from .get_directory_format_type_0 import GetDirectoryFormatType0
from .guest import Guest
from .health import Health
from .health_database_type_0 import HealthDatabaseType0
from .health_trust_correction import HealthTrustCorrection
from .health_trust_list import HealthTrustList
from .health_trust_public import HealthTrustPublic
from .held_meeting import HeldMeeting
from .import_counts import ImportCounts
from .import_public import ImportPublic
from .import_row import ImportRow
from .import_state import ImportState
from .leadership_change import LeadershipChange
from .leadership_election_request import LeadershipElectionRequest
from .leadership_public import LeadershipPublic
from .link import Link
from .link_request import LinkRequest
from .linked_page import LinkedPage
from .meeting_cancellation import MeetingCancellation
from .meeting_create import MeetingCreate
from .meeting_format import MeetingFormat
from .meeting_list import MeetingList
from .meeting_public import MeetingPublic
from .meeting_status import MeetingStatus
from .meeting_update import MeetingUpdate
from .meetings_of_the_year import MeetingsOfTheYear
from .member_role import MemberRole
from .minutes_record import MinutesRecord
from .national_compliance import NationalCompliance
from .national_function import NationalFunction
from .outcome import Outcome
from .outcome_public import OutcomePublic
from .outcome_record import OutcomeRecord
from .person_by_id import PersonById
from .person_create import PersonCreate
from .person_list import PersonList
from .person_public import PersonPublic
from .person_record import PersonRecord
from .person_update import PersonUpdate
from .position import Position
from .privacy_change import PrivacyChange
from .privacy_state import PrivacyState
from .problem import Problem
from .problem_detail import ProblemDetail
from .profile_name import ProfileName
from .proposal_create import ProposalCreate
from .proposal_history import ProposalHistory
from .proposal_kind import ProposalKind
from .proposal_list import ProposalList
from .proposal_note import ProposalNote
from .proposal_public import ProposalPublic
from .proposal_status import ProposalStatus
from .proposal_update import ProposalUpdate
from .qualifications import Qualifications
from .raised_by_council import RaisedByCouncil
from .raised_by_person import RaisedByPerson
from .raised_by_public import RaisedByPublic
from .raised_by_regut import RaisedByRegut
from .raised_by_trust import RaisedByTrust
from .raised_proposal import RaisedProposal
from .raiser_kind import RaiserKind
from .recommendation import Recommendation
from .record_attendance import RecordAttendance
from .record_proposal import RecordProposal
from .record_seat import RecordSeat
from .record_statement import RecordStatement
from .reg_ut import RegUt
from .region_appointment import RegionAppointment
from .region_code import RegionCode
from .region_correction import RegionCorrection
from .region_list import RegionList
from .region_public import RegionPublic
from .representative_end import RepresentativeEnd
from .representative_list import RepresentativeList
from .representative_public import RepresentativePublic
from .representative_update import RepresentativeUpdate
from .restriction_request import RestrictionRequest
from .role import Role
from .role_appointment import RoleAppointment
from .row_outcome import RowOutcome
from .rule import Rule
from .rule_id import RuleId
from .rule_kind import RuleKind
from .rule_list import RuleList
from .rule_public import RulePublic
from .rule_text import RuleText
from .rule_texts import RuleTexts
from .rule_topic import RuleTopic
from .scheduled_meeting import ScheduledMeeting
from .seat_attendance import SeatAttendance
from .seat_kind import SeatKind
from .severity import Severity
from .specialty_correction import SpecialtyCorrection
from .specialty_list import SpecialtyList
from .specialty_public import SpecialtyPublic
from .statement_create import StatementCreate
from .statement_public import StatementPublic
from .status import Status
from .summary_council import SummaryCouncil
from .summary_person import SummaryPerson
from .trainee_appointment import TraineeAppointment
from .transition_public import TransitionPublic
from .trust_appointment import TrustAppointment
from .trust_kind import TrustKind

__all__ = (
    "Action",
    "ActivitySummary",
    "AgendaItem",
    "AgendaItemPublic",
    "AgendaKind",
    "AppointingTrusts",
    "AssessmentGiven",
    "AssessmentPublic",
    "AssessmentRecord",
    "Attachment",
    "AttendanceEntry",
    "AttendancePublic",
    "AttendanceRecord",
    "AttendanceStatus",
    "AuditEntity",
    "AuditEntryPublic",
    "AuditEntryPublicAfterType0",
    "AuditEntryPublicBeforeType0",
    "AuditList",
    "AuditPrincipal",
    "CancelledMeeting",
    "CellProblem",
    "Change",
    "Competence",
    "ComplianceReport",
    "ComplianceSummary",
    "ComplianceSummaryByRule",
    "ComplianceSummaryByRuleAdditionalProperty",
    "ComplianceSummaryByStatus",
    "CompositionChange",
    "CompositionChangeKind",
    "ConsultationAnswer",
    "ConsultationOpening",
    "ConsultationOutcome",
    "Convener",
    "CoordinatingPeriodCreate",
    "CoordinatingPeriodList",
    "CoordinatingPeriodPublic",
    "CoordinatingRegUtPublic",
    "CouncilCompliance",
    "CouncilCreate",
    "CouncilDetail",
    "CouncilKind",
    "CouncilList",
    "CouncilPublic",
    "CouncilUpdate",
    "Decline",
    "Delimiter",
    "DeputyDesignation",
    "Directory",
    "DirectoryContact",
    "DirectoryCouncil",
    "DirectoryDeputy",
    "DirectoryMeeting",
    "DirectoryRegUt",
    "DirectoryRepresentative",
    "DisclosureList",
    "DisclosurePublic",
    "Discussion",
    "EducationRole",
    "Election",
    "ErasureRequest",
    "Event",
    "EventData",
    "EventList",
    "EventSubject",
    "EventType",
    "FindingPublic",
    "FindingPublicParams",
    "GetDirectoryFormatType0",
    "Guest",
    "Health",
    "HealthDatabaseType0",
    "HealthTrustCorrection",
    "HealthTrustList",
    "HealthTrustPublic",
    "HeldMeeting",
    "ImportCounts",
    "ImportPublic",
    "ImportRow",
    "ImportState",
    "LeadershipChange",
    "LeadershipElectionRequest",
    "LeadershipPublic",
    "Link",
    "LinkedPage",
    "LinkRequest",
    "MeetingCancellation",
    "MeetingCreate",
    "MeetingFormat",
    "MeetingList",
    "MeetingPublic",
    "MeetingsOfTheYear",
    "MeetingStatus",
    "MeetingUpdate",
    "MemberRole",
    "MinutesRecord",
    "NationalCompliance",
    "NationalFunction",
    "Outcome",
    "OutcomePublic",
    "OutcomeRecord",
    "PersonById",
    "PersonCreate",
    "PersonList",
    "PersonPublic",
    "PersonRecord",
    "PersonUpdate",
    "Position",
    "PrivacyChange",
    "PrivacyState",
    "Problem",
    "ProblemDetail",
    "ProfileName",
    "ProposalCreate",
    "ProposalHistory",
    "ProposalKind",
    "ProposalList",
    "ProposalNote",
    "ProposalPublic",
    "ProposalStatus",
    "ProposalUpdate",
    "Qualifications",
    "RaisedByCouncil",
    "RaisedByPerson",
    "RaisedByPublic",
    "RaisedByRegut",
    "RaisedByTrust",
    "RaisedProposal",
    "RaiserKind",
    "Recommendation",
    "RecordAttendance",
    "RecordProposal",
    "RecordSeat",
    "RecordStatement",
    "RegionAppointment",
    "RegionCode",
    "RegionCorrection",
    "RegionList",
    "RegionPublic",
    "RegUt",
    "RepresentativeEnd",
    "RepresentativeList",
    "RepresentativePublic",
    "RepresentativeUpdate",
    "RestrictionRequest",
    "Role",
    "RoleAppointment",
    "RowOutcome",
    "Rule",
    "RuleId",
    "RuleKind",
    "RuleList",
    "RulePublic",
    "RuleText",
    "RuleTexts",
    "RuleTopic",
    "ScheduledMeeting",
    "SeatAttendance",
    "SeatKind",
    "Severity",
    "SpecialtyCorrection",
    "SpecialtyList",
    "SpecialtyPublic",
    "StatementCreate",
    "StatementPublic",
    "Status",
    "SummaryCouncil",
    "SummaryPerson",
    "TraineeAppointment",
    "TransitionPublic",
    "TrustAppointment",
    "TrustKind",
)
