"""The rule catalogue: every mandate rule in plain words, with its kind, where it applies and its source.

The service publishes it (`GET /v1/rules`) because rule IDs are public contract: every refusal and every
compliance finding names one, and an integrator must be able to look it up. Sources refer to the
mandates: 000 Helse Nord's regional councils, 001 the inter-regional councils, 002 Helse Sør-Øst's
regional councils, 003 the RegUt, 004 Helse Nord's governance of LIS education; § is a section, italics
quote the mandate.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.domain.compliance import Severity
from app.domain.profiles import ProfileName
from app.domain.rules import Rule


class Topic(StrEnum):
    COUNCILS = "councils"
    SEATS = "seats"
    LEADERSHIP = "leadership"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"
    GOVERNANCE = "governance"
    """Helse Nord's governance of LIS education (seed 004)."""
    REGUT = "regut"


class Kind(StrEnum):
    GUARD = "guard"
    """Checked before anything is stored: a request that breaks it is refused and nothing is written."""
    FINDING = "finding"
    """A standing condition the data may be in; reported by compliance, never a reason to refuse."""
    DEFAULT = "default"
    """What the service assumes when a request leaves it open."""
    DATA = "data"
    """A fact the reference data holds."""


ALL_PROFILES = frozenset(ProfileName)
REGIONAL_PROFILES = frozenset(
    {ProfileName.HELSE_NORD, ProfileName.HELSE_SOR_OST, ProfileName.REGIONAL_DEFAULT}
)
COUNCIL_PROFILES = REGIONAL_PROFILES | {ProfileName.INTERREGIONAL}
"""The councils of a specialty, without Helse Nord's governance bodies."""
TRUST_HELD_PROFILES = REGIONAL_PROFILES | {ProfileName.HN_STRATEGIC_COUNCIL, ProfileName.HN_EDUCATION_FORUM}
"""Where seats (or roles) are held for a health trust."""


@dataclass(frozen=True)
class RuleSpec:
    topic: Topic
    kind: Kind
    profiles: frozenset[ProfileName]
    statement: str
    """The rule in plain words (light Markdown: italics quote the mandate in Norwegian)."""
    source: str | None
    """Where the mandates say it; None for a rule of consistency that no mandate needs to state."""
    severity: Severity | None = None
    """For a finding: whether breaking it is a violation of the mandate or advice not followed."""


CATALOGUE: dict[Rule, RuleSpec] = {
    Rule.COUNCIL_UNIQUE: RuleSpec(
        Topic.COUNCILS,
        Kind.GUARD,
        ALL_PROFILES,
        "At most one regional council per (region, specialty), and one inter-regional council per specialty.",
        "000 §2.2; 001 *Sammensetning*",
    ),
    Rule.COUNCIL_SPECIALTY_HOSPITAL: RuleSpec(
        Topic.COUNCILS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "Councils exist only for specialties trained in the specialist health service (not general practice / community medicine, which are municipal).",
        "001 *Sammensetning*; 002 §1",
    ),
    Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT: RuleSpec(
        Topic.COUNCILS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "An inter-regional council is constituted by the RegUt that is responsible for its specialty (*spesialitetskontakt RegUt*); no other RegUt may create or dissolve it.",
        "001 *Sammensetning*",
    ),
    Rule.COUNCIL_ADVISORY: RuleSpec(
        Topic.COUNCILS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "Councils have no decision authority: a council (or a principal acting for one) can give statements, assessments and advice, never record a decision on a proposal.",
        "001 *Formål og myndighet*; 002 §4",
    ),
    Rule.BEFORE_ESTABLISHED: RuleSpec(
        Topic.COUNCILS,
        Kind.GUARD,
        ALL_PROFILES,
        "Nothing of a council is dated before it was established: its seats, leadership and meetings begin on or after its establishment date, which is not before 1 January 2019 (the first, time-limited mandate of the regional councils ran 2019–2022) nor after the first of its records; compliance asks nothing of a period before it.",
        "000 *Bakgrunn* (*tidsbegrenset mandat for perioden 2019 – 2022*); 004",
    ),
    Rule.TERM_ORDER: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        ALL_PROFILES,
        "A term's end date is on or after its start date (both days are included: a term that ends on its first day is a one-day term).",
        None,
    ),
    Rule.SEAT_NO_OVERLAP: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        ALL_PROFILES,
        "A person holds at most one seat on a council at any date.",
        None,
    ),
    Rule.TRUST_IN_REGION: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        TRUST_HELD_PROFILES,
        "The appointing health trust belongs to the council's region.",
        "000 §2.2; 002 §3",
    ),
    Rule.TRUST_HAS_SEAT: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        TRUST_HELD_PROFILES,
        "The appointing trust is one of the council's appointing trusts. A regional council lists the trusts that appoint to it; by default every public health trust (`hf`) of the region; RegUt adds a private hospital that trains in the specialty or removes a trust that does not (*I noen RUR vil det være færre medlemmer fordi spesialiseringen ikke finnes i alle foretak*).",
        "000 §2.2; 002 §3",
    ),
    Rule.ONE_PER_TRUST: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        REGIONAL_PROFILES,
        "A trust has at most one representative on a council at any date.",
        "000 §2.2 (*Hvert foretak oppnevner et medlem*); 002 §3",
    ),
    Rule.APPOINTER_OWN_TRUST: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        TRUST_HELD_PROFILES,
        "A health trust appoints only its own representatives; a trust's system cannot appoint, change or end a seat for another trust. RegUt of the region and administrators may act for any trust in the region.",
        "000 §2.2; 002 §3",
    ),
    Rule.HN_MAX_FOUR: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.HELSE_NORD}),
        "At most four representatives at any date.",
        "000 §2.2 (*Inntil fire spesialister*)",
    ),
    Rule.HN_SPECIALIST: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.HELSE_NORD}),
        "The representative is an employed specialist in the council's specialty.",
        "000 §2.2",
    ),
    Rule.HN_PREFERRED_ROLE: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_NORD}),
        "Preferably the leader of the local education committee or the education-responsible senior consultant.",
        "000 §2.2 (*fortrinnsvis*)",
        severity=Severity.ADVICE,
    ),
    Rule.HN_DEPUTY_DESIGNATED: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_NORD}),
        "Each representative designates their own deputy for absences (the representative, not the trust, names them; may come after the appointment).",
        "000 §2.2",
        severity=Severity.VIOLATION,
    ),
    Rule.HSO_SENIOR_CONSULTANT: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "The representative is an experienced senior consultant (*overlege*) tied to LIS education in their own trust.",
        "002 §3",
    ),
    Rule.HSO_PREFERRED_ROLE: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "Preferably the education-responsible senior consultant, a member of an education committee, or of a regional professional council.",
        "002 §3 (*fortrinnsvis*)",
        severity=Severity.ADVICE,
    ),
    Rule.HSO_DEPUTY_REQUIRED: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "The trust appoints a representative **and** a deputy (*vararepresentant*) together.",
        "002 §3",
    ),
    Rule.HSO_MIN_TERM: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "A term is at least two years.",
        "002 §3",
    ),
    Rule.IR_ONE_PER_REGION: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.INTERREGIONAL}),
        "One representative for each of the four regional councils: at most one regional seat per region at any date.",
        "001 *Sammensetning*",
    ),
    Rule.IR_FROM_REGIONAL_COUNCIL: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.INTERREGIONAL}),
        "A region's representative holds a seat on that region's regional council of the same specialty on the term's start date.",
        "001 *Sammensetning*",
    ),
    Rule.IR_PREFERRED_LEADER: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "It will often be the leader of the regional council.",
        "001 (*Det vil ofte være leder*)",
        severity=Severity.ADVICE,
    ),
    Rule.IR_TRAINEE_SEAT: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.INTERREGIONAL}),
        "In addition, at most one common trainee representative, who is a doctor in specialist training (LIS), not a specialist.",
        "001 *Sammensetning*",
    ),
    Rule.IR_TERM_FOUR_YEARS: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.INTERREGIONAL}),
        "Representatives are chosen for four years at a time: a term is at most four years (default end = start + 4 years).",
        "001 *Sammensetning*",
    ),
    Rule.IR_ELECTION_BY_REGUT: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        frozenset({ProfileName.INTERREGIONAL}),
        "The election of a region's representative is initiated by that region's RegUt: only it (or an administrator) registers the region's seat.",
        "001 *Sammensetning*",
    ),
    Rule.DEPUTY_DISTINCT: RuleSpec(
        Topic.SEATS,
        Kind.GUARD,
        ALL_PROFILES,
        "A deputy is not the representative themself, and not another sitting representative of the same council.",
        None,
    ),
    Rule.SEAT_VACANT: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        REGIONAL_PROFILES,
        "One of the council's appointing trusts has no representative today.",
        "000 §2.2; 002 §3",
        severity=Severity.VIOLATION,
    ),
    Rule.IR_SEAT_VACANT: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "A region with a regional council for the specialty has no representative today.",
        "001 *Sammensetning*",
        severity=Severity.VIOLATION,
    ),
    Rule.IR_TRAINEE_PROPOSED: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "The regional councils *should* (*bør*) propose one common trainee representative: no trainee seat today is advice, not a violation.",
        "001 *Sammensetning*",
        severity=Severity.ADVICE,
    ),
    Rule.IR_COMPETENCE_MIX: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "The council should together hold broad clinical experience and knowledge of the recommended courses, and preferably pedagogical competence and a research background (*bør tilstrebes … gjerne*): competences are declared per seat; a missing one is advice.",
        "001 *Sammensetning*",
        severity=Severity.ADVICE,
    ),
    Rule.TERM_EXPIRING: RuleSpec(
        Topic.SEATS,
        Kind.FINDING,
        ALL_PROFILES,
        "A term ends within 90 days and no successor seat starts after it.",
        None,
        severity=Severity.ADVICE,
    ),
    Rule.LEADER_IS_MEMBER: RuleSpec(
        Topic.LEADERSHIP,
        Kind.GUARD,
        ALL_PROFILES,
        "Leader, deputy leader and coordinator are sitting representatives of the same council on the effective date.",
        "000; 001; 002 §3",
    ),
    Rule.LEADERSHIP_DISTINCT: RuleSpec(
        Topic.LEADERSHIP,
        Kind.GUARD,
        ALL_PROFILES,
        "The leader and the deputy leader are different people.",
        "002 §3",
    ),
    Rule.LEADER_ELECTED: RuleSpec(
        Topic.LEADERSHIP,
        Kind.FINDING,
        REGIONAL_PROFILES,
        "The council has a leader today (it constitutes itself and elects its leader).",
        "000 *Ledelse*; 002 §3",
        severity=Severity.VIOLATION,
    ),
    Rule.HSO_DEPUTY_LEADER: RuleSpec(
        Topic.LEADERSHIP,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "The council also has a deputy leader.",
        "002 §3",
        severity=Severity.VIOLATION,
    ),
    Rule.IR_COORDINATOR: RuleSpec(
        Topic.LEADERSHIP,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "The council has a coordinating representative (contact person for RegUt; convenes, sets the agenda, writes minutes).",
        "001",
        severity=Severity.VIOLATION,
    ),
    Rule.LEADER_NOTIFIED: RuleSpec(
        Topic.LEADERSHIP,
        Kind.GUARD,
        ALL_PROFILES,
        "Every change of leader or coordinator emits a `leadership.changed` event, so RegUt is always informed who leads.",
        "000 *Ledelse* (*RegUt skal holdes informert om hvem som til enhver tid er leder*)",
    ),
    Rule.HN_HALF_YEARLY: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_NORD}),
        "At least one meeting held in every half-year (Jan–Jun, Jul–Dec).",
        "000 *Møtefrekvens*",
        severity=Severity.VIOLATION,
    ),
    Rule.HN_REGUT_ANNUAL: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_NORD}),
        "RegUt is invited to at least one meeting a year whose agenda includes a summary of the council's activities.",
        "000 *Møtefrekvens*",
        severity=Severity.VIOLATION,
    ),
    Rule.HSO_ANNUAL: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.HELSE_SOR_OST}),
        "At least one meeting a year.",
        "002 §3",
        severity=Severity.VIOLATION,
    ),
    Rule.DEFAULT_ANNUAL: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.REGIONAL_DEFAULT}),
        "At least one meeting a year.",
        "002 §1 (equivalent councils)",
        severity=Severity.VIOLATION,
    ),
    Rule.IR_TWICE_YEARLY: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "At least two meetings a year.",
        "001 *Sammensetning*",
        severity=Severity.VIOLATION,
    ),
    Rule.IR_REGUT_ATTENDS: RuleSpec(
        Topic.MEETINGS,
        Kind.FINDING,
        frozenset({ProfileName.INTERREGIONAL}),
        "The responsible RegUt attends at least one meeting a year.",
        "001 *Sammensetning*",
        severity=Severity.VIOLATION,
    ),
    Rule.MEETING_DIGITAL_DEFAULT: RuleSpec(
        Topic.MEETINGS,
        Kind.DEFAULT,
        frozenset({ProfileName.HELSE_SOR_OST, ProfileName.INTERREGIONAL}),
        "A new meeting is digital unless the request says otherwise.",
        "001; 002 §3",
    ),
    Rule.MEETING_ORGANISER: RuleSpec(
        Topic.MEETINGS,
        Kind.GUARD,
        ALL_PROFILES,
        "A regional council's meetings are scheduled, changed, cancelled and recorded (attendance, minutes) by the RegUt of its region or an administrator — in Helse Sør-Øst RegUt convenes, sets the agenda with the leader and writes the minutes; in Helse Nord the leader convenes, through RegUt's system; the inter-regional council's by the responsible RegUt (its coordinator convenes and writes minutes through it). A health trust's system may not.",
        "000 *Ledelse*; 001 *Sammensetning*; 002 §3",
    ),
    Rule.ATTENDANCE_DEPUTY_SUBSTITUTES: RuleSpec(
        Topic.MEETINGS,
        Kind.GUARD,
        ALL_PROFILES,
        "A deputy attends only in place of their absent representative.",
        "000 §2.2; 002 §3",
    ),
    Rule.MINUTES_AFTER_MEETING: RuleSpec(
        Topic.MEETINGS,
        Kind.GUARD,
        ALL_PROFILES,
        "Minutes are recorded only for a meeting that has taken place (not cancelled, start in the past).",
        None,
    ),
    Rule.PROPOSAL_TRANSITION: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "Only the transitions of the proposal workflow exist: draft –submit→ submitted –open_consultation→ in_consultation –close_consultation→ in_assessment –record_assessment→ assessed; from assessed RegUt forwards (–forward→ forwarded –record_outcome→ decided) or declines (–decline→ declined); any state before forwarded –withdraw→ withdrawn. Anything else is refused with the current state named.",
        "001; 002 *Forenklet skisse*",
    ),
    Rule.PROPOSAL_RESPONSIBLE_REGUT: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "Opening and closing the consultation, forwarding, declining and recording the outcome are done by the RegUt responsible for the proposal's specialty.",
        "001 *spesialitetskontakt RegUt*; 002 §3; 003 task 1",
    ),
    Rule.CONSULTATION_STATEMENT_BY_COUNCIL: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "A consultation statement comes from a regional council of the proposal's specialty, at most one per council (a later one replaces it while the consultation is open).",
        "002 §3 (*svare ut høringer*)",
    ),
    Rule.CONSULTATION_CLOSE: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "The consultation closes when every regional council of the specialty has made a statement, or its deadline has passed.",
        "002 §3",
    ),
    Rule.CONSULTATION_ANSWERED: RuleSpec(
        Topic.PROPOSALS,
        Kind.FINDING,
        REGIONAL_PROFILES,
        "A regional council of the proposal's specialty answers each consultation it is asked in; the council's compliance reports an open consultation it has not answered: advice until the deadline has passed (the deadline day included), a violation after it.",
        "002 §3 (*svare ut høringer*)",
        severity=Severity.VIOLATION,
    ),
    Rule.ASSESSMENT_THREE_CONSEQUENCES: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "The inter-regional council's assessment states professional, economic **and** organisational consequences; all three are required.",
        "001 *Ansvar og oppgaver*; 001 *Forankring*",
    ),
    Rule.ASSESSMENT_BY_IR_COUNCIL: RuleSpec(
        Topic.PROPOSALS,
        Kind.GUARD,
        COUNCIL_PROFILES,
        "Only the inter-regional council of the specialty (through its coordinator, or RegUt/administrator for it) records the assessment.",
        "001",
    ),
    Rule.HN_STRATEGIC_COMPOSITION: RuleSpec(
        Topic.GOVERNANCE,
        Kind.GUARD,
        frozenset({ProfileName.HN_STRATEGIC_COUNCIL}),
        "The strategic council for LIS education (*Strategisk råd for LIS-utdanning*) is a joint meeting of the trusts' medical directors (*fagsjef*) and HR directors: each member holds one of these two roles for a Helse Nord trust, at most one holder per role and trust at any date.",
        "004 §2",
    ),
    Rule.HN_STRATEGIC_LEADER_BY_RHF: RuleSpec(
        Topic.GOVERNANCE,
        Kind.GUARD,
        frozenset({ProfileName.HN_STRATEGIC_COUNCIL}),
        "Its leader is appointed by the RHF, not elected: only an administrator (acting for Helse Nord RHF) records the leader.",
        "004 §2",
    ),
    Rule.HN_STRATEGIC_COMPLETE: RuleSpec(
        Topic.GOVERNANCE,
        Kind.FINDING,
        frozenset({ProfileName.HN_STRATEGIC_COUNCIL}),
        "Every Helse Nord trust is represented by its medical director and its HR director.",
        "004 §2",
        severity=Severity.VIOLATION,
    ),
    Rule.HN_STRATEGIC_TWICE_YEARLY: RuleSpec(
        Topic.GOVERNANCE,
        Kind.FINDING,
        frozenset({ProfileName.HN_STRATEGIC_COUNCIL}),
        "The strategic council meets twice a year, in November and in June.",
        "004 §2",
        severity=Severity.VIOLATION,
    ),
    Rule.HN_WORKING_COMMITTEE: RuleSpec(
        Topic.GOVERNANCE,
        Kind.GUARD,
        frozenset({ProfileName.HN_WORKING_COMMITTEE}),
        "Between meetings a working committee (*arbeidsutvalg*, AU) of three roles acts: an RHF director, UNN's medical director and the head of RegUt Nord; one holder per role at any date.",
        "004 §2",
    ),
    Rule.HN_FORUM_ONE_PER_TRUST: RuleSpec(
        Topic.GOVERNANCE,
        Kind.GUARD,
        frozenset({ProfileName.HN_EDUCATION_FORUM}),
        "The regional forum for LIS education has one education-coordinating doctor (*utdanningskoordinerende lege/overlege*) per Helse Nord trust, with at least 20 % of a position set aside for it.",
        "004 §3",
    ),
    Rule.HN_FORUM_COMPLETE: RuleSpec(
        Topic.GOVERNANCE,
        Kind.FINDING,
        frozenset({ProfileName.HN_EDUCATION_FORUM}),
        "Every Helse Nord trust has designated its education-coordinating doctor.",
        "004 §3; decision 3 (by 30 Aug 2019)",
        severity=Severity.VIOLATION,
    ),
    Rule.HN_FORUM_MEETING_RIGHT: RuleSpec(
        Topic.GOVERNANCE,
        Kind.DEFAULT,
        frozenset({ProfileName.HN_STRATEGIC_COUNCIL}),
        "The forum's members may attend (*møterett*) the strategic council's half-yearly meetings: a new strategic-council meeting invites them.",
        "004 §4",
    ),
    Rule.REGUT_ONE_PER_REGION: RuleSpec(
        Topic.REGUT,
        Kind.DATA,
        ALL_PROFILES,
        "One RegUt per region, hosted by the region's university hospital: Helse Midt-Norge — St. Olavs hospital HF; Helse Nord — Universitetssykehuset Nord-Norge HF; Helse Sør-Øst — Oslo universitetssykehus HF; Helse Vest — Helse Bergen HF.",
        "003 *Organisering*",
    ),
    Rule.REGUT_COORDINATING_ROTATION: RuleSpec(
        Topic.REGUT,
        Kind.DATA,
        ALL_PROFILES,
        'The coordinating RegUt rotates between regions in two-year periods ending 31 January (Helse Vest to 31 Jan 2019, then Helse Sør-Øst to 31 Jan 2021, …). The service answers "who coordinates on date D" from stored periods.',
        "003 *Organisering*",
    ),
    Rule.SPECIALTY_RESPONSIBLE_REGUT: RuleSpec(
        Topic.REGUT,
        Kind.DATA,
        COUNCIL_PROFILES,
        "Each specialty has at most one responsible RegUt (*spesialitetskontakt*, on the LIS website *fagkontakt RegUt*); where none is recorded yet, only an administrator acts in its place.",
        "001; 003 task 1",
    ),
    Rule.REGUT_NATIONAL_FUNCTIONS: RuleSpec(
        Topic.REGUT,
        Kind.DATA,
        ALL_PROFILES,
        "Tasks one RegUt does for all four: Helse Sør-Øst coordinates the recommended courses nationally, edits the common LIS website and keeps the common procedures; Helse Vest coordinates input to the documentation tool (*Kompetanseportalen*). Shown with each RegUt.",
        "003 tasks 4, 10, 11; *Organisering*",
    ),
}
