"""Everything the service says to people in English (`Accept-Language: en`): the same keys as
`texts_nb.py`. The rules' statements are the catalogue's own (`app/domain/catalogue.py`)."""

from app.contract.common import PROTOCOL_CODES
from app.domain.catalogue import CATALOGUE
from app.domain.compliance import Status
from app.services.texts import FindingWords, Language, Sentence, Texts, join


def meetings(n: int) -> str:
    return "no meeting" if n == 0 else "one meeting" if n == 1 else f"{n} meetings"


def either(items: list[str]) -> str:
    return join(items, "or")


def both(items: list[str]) -> str:
    return join(items, "and")


def _ok(f: FindingWords) -> bool:
    return f.status is Status.OK


def _seat_vacant(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['trust']} is represented."
    return f"{w['trust']} has no representative on the council on {w['on']}."


def _ir_seat_vacant(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['region']} is represented."
    return f"The regional council of {w['region']} has no representative on {w['on']}."


def _trainee(f: FindingWords) -> str:
    if _ok(f):
        return "The common trainee seat is held."
    return "The council has no trainee representative; the regional councils should propose one."


def _competence(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['competence']} is declared by at least one representative."
    return f"No representative declares {w['competence'].lower()}."


def _body_complete(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['trust']} has designated its {w['role'].lower()}."
    return f"{w['trust']} has no {w['role'].lower()} on the body."


def _deputy(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} has designated {w['deputy']} as deputy."
    return f"{w['person']} has not designated a deputy for absences."


def _preferred_role(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} holds one of the preferred roles."
    return f"{w['person']} holds none of the preferred roles ({w['roles']})."


def _preferred_leader(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} leads the regional council of {w['region']}."
    return f"{w['person']} does not lead the regional council of {w['region']}; often its leader does."


def _elected(missing: str) -> Sentence:
    def sentence(f: FindingWords) -> str:
        w = f.words
        return f"{w['role']}: {w['person']}." if _ok(f) else missing

    return sentence


def _expiring(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"The term of {w['person']} ends on {w['end']}; a successor is appointed."
    return f"The term of {w['person']} ends on {w['end']} and no successor is appointed."


def _rhythm(f: FindingWords) -> str:
    c, w = f.counts, f.words
    held = f"{meetings(c['held'])} held in {f.subject}"
    held = held[:1].upper() + held[1:]
    required = f"the council holds at least {meetings(c['required'])} {w['every']}"
    if _ok(f):
        return held + "."
    if f.status is Status.PENDING:
        scheduled = meetings(c["scheduled"]) if c["scheduled"] else "none"
        return f"{held} so far, {scheduled} scheduled; {required}."
    return f"{held}; {required}."


def _regut_summary(f: FindingWords) -> str:
    if _ok(f):
        return f"RegUt was invited to a meeting in {f.subject} with a summary of the council's activities."
    so_far = " so far" if f.status is Status.PENDING else ""
    return (
        f"No meeting in {f.subject}{so_far} had RegUt invited and a summary of the council's activities "
        "on its agenda."
    )


def _regut_attends(f: FindingWords) -> str:
    if _ok(f):
        return f"The responsible RegUt attended a meeting in {f.subject}."
    so_far = " so far" if f.status is Status.PENDING else ""
    sentence = f"The responsible RegUt is not recorded present at any meeting in {f.subject}{so_far}"
    unrecorded = f.counts.get("unrecorded", 0)
    if unrecorded:
        sentence += f"; RegUt's attendance is not recorded for {meetings(unrecorded)}"
    return sentence + "."


def _consultation(f: FindingWords) -> str:
    w = f.words
    what = f"the proposal “{w['title']}”" if w.get("title") else "the proposal"
    if _ok(f):
        return f"The council has made its statement on {what}."
    if f.status is Status.VIOLATION:
        return f"The council made no statement on {what} by its deadline, {w['deadline']}."
    return f"The council has not yet made a statement on {what}; the deadline is {w['deadline']}."


FINDINGS = {
    "SEAT-VACANT": _seat_vacant,
    "IR-SEAT-VACANT": _ir_seat_vacant,
    "IR-TRAINEE-PROPOSED": _trainee,
    "IR-COMPETENCE-MIX": _competence,
    "HN-STRATEGIC-COMPLETE": _body_complete,
    "HN-FORUM-COMPLETE": _body_complete,
    "HN-DEPUTY-DESIGNATED": _deputy,
    "HN-PREFERRED-ROLE": _preferred_role,
    "HSO-PREFERRED-ROLE": _preferred_role,
    "IR-PREFERRED-LEADER": _preferred_leader,
    "LEADER-ELECTED": _elected("The council has not elected a leader."),
    "HSO-DEPUTY-LEADER": _elected("The council has not elected a deputy leader."),
    "IR-COORDINATOR": _elected("The council has not chosen a coordinating representative."),
    "TERM-EXPIRING": _expiring,
    "HN-HALF-YEARLY": _rhythm,
    "HSO-ANNUAL": _rhythm,
    "DEFAULT-ANNUAL": _rhythm,
    "IR-TWICE-YEARLY": _rhythm,
    "HN-STRATEGIC-TWICE-YEARLY": _rhythm,
    "HN-REGUT-ANNUAL": _regut_summary,
    "IR-REGUT-ATTENDS": _regut_attends,
    "CONSULTATION-ANSWERED": _consultation,
}

FINDING_TITLES = {
    "SEAT-VACANT": "A trust that appoints to the council has no representative.",
    "IR-SEAT-VACANT": "A region with a regional council of the specialty has no representative.",
    "IR-TRAINEE-PROPOSED": "The council has no common trainee representative.",
    "IR-COMPETENCE-MIX": "A competence the council should hold together is declared by no representative.",
    "HN-STRATEGIC-COMPLETE": "A trust lacks its medical director or HR director on the strategic council.",
    "HN-FORUM-COMPLETE": "A trust has not designated its education-coordinating doctor.",
    "HN-DEPUTY-DESIGNATED": "A representative has not designated a deputy.",
    "HN-PREFERRED-ROLE": "A representative holds none of the roles the mandate prefers.",
    "HSO-PREFERRED-ROLE": "A representative holds none of the roles the mandate prefers.",
    "IR-PREFERRED-LEADER": "A region's representative does not lead its regional council.",
    "LEADER-ELECTED": "The council has not elected a leader.",
    "HSO-DEPUTY-LEADER": "The council has not elected a deputy leader.",
    "IR-COORDINATOR": "The council has not chosen a coordinating representative.",
    "TERM-EXPIRING": "A term ends within 90 days and no successor is appointed.",
    "HN-HALF-YEARLY": "The council held no meeting in a half-year.",
    "HSO-ANNUAL": "The council held no meeting in the year.",
    "DEFAULT-ANNUAL": "The council held no meeting in the year.",
    "IR-TWICE-YEARLY": "The council held fewer than two meetings in the year.",
    "HN-STRATEGIC-TWICE-YEARLY": "The strategic council did not meet in November or in June.",
    "HN-REGUT-ANNUAL": "RegUt was not invited to a meeting with a summary of the council's activities.",
    "IR-REGUT-ATTENDS": "The responsible RegUt attended no meeting in the year.",
    "CONSULTATION-ANSWERED": "The council has not answered a consultation it was asked in.",
}

STATEMENTS = {
    **{rule.value: spec.statement for rule, spec in CATALOGUE.items()},
    **{code.value: statement for code, (_, statement) in PROTOCOL_CODES.items()},
}

LABELS = {
    "council_kind": {
        "regional": "Regional council",
        "interregional": "Inter-regional council",
        "strategic_council": "Strategic council for LIS education",
        "working_committee": "Working committee",
        "education_forum": "Regional forum for LIS education",
    },
    "profile": {
        "helse-nord": "Helse Nord (regional council)",
        "helse-sor-ost": "Helse Sør-Øst (regional council)",
        "regional-default": "Regional council (common mandate)",
        "interregional": "Inter-regional council",
        "helse-nord-strategic-council": "Helse Nord's strategic council",
        "helse-nord-working-committee": "Helse Nord's working committee",
        "helse-nord-education-forum": "Helse Nord's regional forum for LIS education",
    },
    "format": {"digital": "Digital", "physical": "In person", "hybrid": "Hybrid"},
    "agenda": {"activity_summary": "Annual summary", "consultation": "Consultation", "other": "Other"},
    "seat": {"member": "Member", "trainee": "Trainee representative"},
    "outcome": {
        "answered": "Answered",
        "missed": "Not answered",
        "pending": "Open",
        "withdrawn": "Withdrawn",
    },
    "position": {"support": "Supports", "oppose": "Opposes", "neutral": "Neutral"},
    "recommendation": {"adopt": "Adopt", "adopt_with_changes": "Adopt with changes", "reject": "Reject"},
    "proposal_status": {
        "draft": "Draft",
        "submitted": "Submitted",
        "in_consultation": "In consultation",
        "in_assessment": "In assessment",
        "assessed": "Assessed",
        "forwarded": "Forwarded to the Directorate of Health",
        "declined": "Declined by RegUt",
        "decided": "Decided",
        "withdrawn": "Withdrawn",
    },
    "proposal_kind": {
        "learning_goal": "Learning goal",
        "explanatory_text": "Explanatory text",
        "learning_activity": "Learning activity",
    },
    "change": {"started": "Joined", "ended": "Left"},
    "role": {
        "leader": "Leader",
        "deputy_leader": "Deputy leader",
        "coordinator": "Coordinating representative",
    },
    "status": {"violation": "Violation", "advice": "Advice", "pending": "Pending", "ok": "In order"},
    "member_role": {
        "medical_director": "Medical director",
        "hr_director": "HR director",
        "rhf_director": "RHF director",
        "regut_head": "Head of RegUt",
        "education_coordinating_doctor": "Education-coordinating doctor",
    },
    "education_role": {
        "local_committee_leader": "Leader of the local education committee",
        "education_responsible_consultant": "Education-responsible senior consultant",
        "education_committee_member": "Member of an education committee",
        "regional_professional_council_member": "Member of a regional professional council",
    },
    "competence": {
        "clinical_experience": "Broad clinical experience",
        "recommended_courses": "Knowledge of the recommended courses",
        "pedagogy": "Pedagogical competence",
        "research": "Research background",
    },
    "every": {"half_year": "every half-year", "year": "a year", "month": "in"},
    "raiser": {"council": "The council", "trust": "Health trust", "regut": "RegUt", "person": "Person"},
    "attendance": {
        "present": "present",
        "deputy_attended": "deputy attended",
        "absent": "absent",
        "unrecorded": "not recorded",
        "off": "not a member then",
    },
    "half": {"H1": "the first half of {year}", "H2": "the second half of {year}"},
}

PAGE = {
    "summary_title": "Annual summary",
    "footer_brand": "LIS council registry · annual summary",
    "page_of": "Page {page} of {pages}",
    "specialty": "Specialty",
    "whole_education": "LIS education as a whole",
    "region": "Region",
    "national": "National (all regions)",
    "profile": "Mandate",
    "registered_since": "In the registry since",
    "dissolved": "dissolved",
    "as_of": "As of",
    "the_year": "The year",
    "year_over": "Over",
    "year_running": "Running – a partial summary",
    "partial": "The year is not over: the summary shows what is recorded up to and including {day}.",
    "figures": "Key figures",
    "held": "meetings held",
    "cancelled_count": "{n} cancelled",
    "representatives_in_year": "representatives during the year",
    "assessments_given": "assessments given",
    "of": "{a} of {b}",
    "consultations_answered": "consultations answered",
    "composition_count": "changes of membership",
    "violations": "violations of the mandate",
    "advice_count": "{n} advice",
    "pending_count": "{n} pending",
    "meetings": "Meetings",
    "meetings_caption": "Meetings held in {year}",
    "date": "Date",
    "time": "Time",
    "form": "Format",
    "place": "Place",
    "agenda": "Agenda",
    "minutes": "Minutes",
    "yes": "Yes",
    "no": "No",
    "invited": "Invited",
    "not_invited": "Not invited",
    "present": "present",
    "not_present": "not present",
    "no_meetings": "No meetings held in {year}.",
    "cancelled": "Cancelled meetings",
    "planned_for": "Planned for",
    "cancelled_on": "Cancelled",
    "reason": "Reason",
    "scheduled": "Meetings planned for the rest of the year",
    "attendance": "Attendance",
    "attendance_caption": "Attendance per representative and meeting in {year}",
    "representative": "Representative",
    "appointed_by": "Appointed by",
    "attended": "Attended",
    "deputy": "Deputy",
    "absent": "Absent",
    "not_recorded": "Not rec.",
    "deputies": "Deputy: {names}",
    "off_legend": "grey cell: not a member on the day of the meeting",
    "no_attendance": "No representatives sat on the council in {year}.",
    "trainee_seat": "Common trainee seat",
    "assessments": "Assessments of change proposals",
    "assessments_caption": "Assessments the council gave in {year}",
    "assessed": "Assessed",
    "proposal": "Proposal",
    "kind": "Kind",
    "recommendation": "Recommendation",
    "status_now": "Status now",
    "no_assessments": "No assessments given in {year}.",
    "consultations": "Consultations",
    "consultations_caption": "Consultations the council was asked in, {year}",
    "opened": "Opened",
    "deadline": "Deadline",
    "answer": "Answer",
    "statement": "Statement",
    "no_consultations": "The council was asked in no consultation in {year}.",
    "raised": "Proposals from the council",
    "raised_caption": "Change proposals the council raised, with their outcome",
    "raised_on": "Raised",
    "outcome": "Outcome",
    "no_raised": "The council raised no change proposal in {year}.",
    "composition": "Changes of membership",
    "composition_caption": "Representatives who joined or left in {year}",
    "change": "Change",
    "term": "Term",
    "note": "Note",
    "no_composition": "No representative joined or left in {year}.",
    "same_day": "On the same day, joins are listed before leaves.",
    "leadership": "Changes of leadership",
    "leadership_caption": "Elections and changes of leadership in {year}",
    "from": "From",
    "role": "Role",
    "new": "New",
    "previous": "Previous",
    "vacant": "vacant",
    "no_leadership": "No changes of leadership in {year}.",
    "compliance_at_year_end": "Compliance with the mandate at year end",
    "compliance_on": "Compliance with the mandate on {day}",
    "compliance_caption": "Findings for each rule of the mandate",
    "status": "Status",
    "rule": "Rule",
    "concerns": "Concerns",
    "finding": "Finding",
    "no_findings": "No rule has a finding about the council.",
    "council_subject": "The council",
    "unknown_person": "(unknown)",
    "footer": "From the LIS council registry: {council}, {year}, as of {day}. Attendance and consultation answers are not public information.",
    "overview_title": "Compliance with the mandates",
    "overview_eyebrow": "LIS council registry · overview for RegUt",
    "overview_scope_country": "The whole country",
    "overview_judged": "Composition on {day}, meetings in {year}.",
    "overview_filters": "Filters",
    "filter_region": "Region",
    "filter_kind": "Kind of council",
    "filter_status": "Status",
    "filter_all": "All",
    "councils": "Councils",
    "overview_caption": "The councils with their status and what is missing",
    "council": "Council",
    "missing": "What is missing",
    "since": "Since",
    "since_day": "since {day}",
    "nothing_missing": "Nothing is missing.",
    "no_councils": "No council matches the filters.",
    "summary_link": "Annual summary",
    "councils_by_status": "Councils by status",
    "link_error_title": "The link does not work",
    "link_error_text": "The link has expired, been revoked or is not valid. Ask the person who sent it to you for a new one.",
    "calendar_name": "LIS councils: meetings ({scope})",
    "calendar_all": "all councils",
    "ics_cancelled": "Cancelled",
    "ics_agenda": "Agenda",
    "ics_video": "Video link",
    "directory_sheet": "Directory",
    "compliance_sheet": "Compliance",
    "skip": "Skip to the content",
    "language_name": "English",
}

COLUMNS = {
    "council_id": "Council ID",
    "council_name": "Council",
    "council_kind": "Kind of council",
    "region": "Region",
    "specialty": "Specialty",
    "contact_email": "Council e-mail",
    "leader": "Leader",
    "deputy_leader": "Deputy leader",
    "coordinator": "Coordinating representative",
    "representative": "Representative",
    "title": "Title",
    "email": "E-mail",
    "seat": "Seat",
    "trust": "Appointed by",
    "role": "Role",
    "starts_on": "From",
    "ends_on": "To",
    "deputy": "Deputy",
    "next_meeting": "Next meeting",
    "regut": "RegUt",
    "regut_email": "RegUt e-mail",
    "status": "Status",
    "findings": "Findings",
    "violations": "Violations",
    "advice": "Advice",
    "pending": "Pending",
    "missing": "What is missing",
}

TEXTS = Texts(
    language=Language.EN,
    locale="en_GB",
    labels=LABELS,
    page=PAGE,
    findings=FINDINGS,
    finding_titles=FINDING_TITLES,
    statements=STATEMENTS,
    meetings=meetings,
    either=either,
    both=both,
    columns=COLUMNS,
)
