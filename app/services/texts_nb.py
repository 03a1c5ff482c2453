"""Everything the service says to people in Norwegian bokmål: labels for the contract's codes, the
pages' phrases, the compliance findings as a secretary would write them, and the rule catalogue."""

from app.domain.compliance import Status
from app.services.texts import FindingWords, Language, Sentence, Texts, join


def meetings(n: int) -> str:
    return "ingen møter" if n == 0 else "ett møte" if n == 1 else f"{n} møter"


def either(items: list[str]) -> str:
    return join(items, "eller")


def both(items: list[str]) -> str:
    return join(items, "og")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _ok(f: FindingWords) -> bool:
    return f.status is Status.OK


def _seat_vacant(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['trust']} er representert."
    return f"{w['trust']} har ingen representant i rådet per {w['on']}."


def _ir_seat_vacant(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['region']} er representert."
    return f"Det regionale rådet i {w['region']} har ingen representant per {w['on']}."


def _trainee(f: FindingWords) -> str:
    if _ok(f):
        return "Den felles LIS-plassen er besatt."
    return "Rådet har ingen felles LIS-representant; de regionale rådene bør foreslå en."


def _competence(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return _sentence(f"{w['competence']} er dekket av minst én representant")
    return f"Ingen representant har oppgitt {w['competence'].lower()}."


def _body_complete(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['trust']} har utpekt {w['role'].lower()}."
    return f"{w['trust']} har ikke utpekt {w['role'].lower()} til organet."


def _deputy(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} har utpekt {w['deputy']} som vararepresentant."
    return f"{w['person']} har ikke utpekt vararepresentant ved forfall."


def _preferred_role(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} har en av de foretrukne rollene."
    return f"{w['person']} har ingen av de foretrukne rollene ({w['roles']})."


def _preferred_leader(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"{w['person']} leder det regionale rådet i {w['region']}."
    return (
        f"{w['person']} leder ikke det regionale rådet i {w['region']}; ofte er det lederen som "
        "representerer regionen."
    )


def _elected(missing: str) -> Sentence:
    def sentence(f: FindingWords) -> str:
        w = f.words
        return f"{w['role']}: {w['person']}." if _ok(f) else missing

    return sentence


def _expiring(f: FindingWords) -> str:
    w = f.words
    if _ok(f):
        return f"Perioden til {w['person']} går ut {w['end']}; en etterfølger er oppnevnt."
    return f"Perioden til {w['person']} går ut {w['end']}, og ingen etterfølger er oppnevnt."


def _rhythm(f: FindingWords) -> str:
    c, w = f.counts, f.words
    held = _sentence(f"{meetings(c['held'])} avholdt i {f.subject}")
    required = f"rådet skal holde minst {meetings(c['required'])} {w['every']}"
    if _ok(f):
        return held
    if f.status is Status.PENDING:
        scheduled = meetings(c["scheduled"]) if c["scheduled"] else "ingen"
        return f"{held[:-1]} så langt, {scheduled} planlagt; {required}."
    return f"{held[:-1]}; {required}."


def _regut_summary(f: FindingWords) -> str:
    if _ok(f):
        return f"RegUt var invitert til et møte i {f.subject} med oppsummering av rådets aktiviteter."
    so_far = " så langt" if f.status is Status.PENDING else ""
    return (
        f"Ingen møter i {f.subject}{so_far} hadde RegUt invitert og oppsummering av rådets aktiviteter "
        "på sakslisten."
    )


def _regut_attends(f: FindingWords) -> str:
    if _ok(f):
        return f"Den ansvarlige RegUt deltok på et møte i {f.subject}."
    so_far = " så langt" if f.status is Status.PENDING else ""
    sentence = f"Den ansvarlige RegUt er ikke registrert til stede på noe møte i {f.subject}{so_far}"
    unrecorded = f.counts.get("unrecorded", 0)
    if unrecorded:
        sentence += f"; RegUts oppmøte er ikke registrert for {meetings(unrecorded)}"
    return sentence + "."


def _consultation(f: FindingWords) -> str:
    w = f.words
    what = f"forslaget «{w['title']}»" if w.get("title") else "forslaget"
    if _ok(f):
        return f"Rådet har avgitt uttalelse om {what}."
    if f.status is Status.VIOLATION:
        return f"Rådet avga ingen uttalelse om {what} innen fristen {w['deadline']}."
    return f"Rådet har ennå ikke avgitt uttalelse om {what}; fristen er {w['deadline']}."


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
    "LEADER-ELECTED": _elected("Rådet har ikke valgt leder."),
    "HSO-DEPUTY-LEADER": _elected("Rådet har ikke valgt nestleder."),
    "IR-COORDINATOR": _elected("Rådet har ikke valgt koordinerende representant."),
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
    "SEAT-VACANT": "Et helseforetak som oppnevner til rådet, har ingen representant.",
    "IR-SEAT-VACANT": "En region med regionalt råd i spesialiteten har ingen representant.",
    "IR-TRAINEE-PROPOSED": "Rådet har ingen felles LIS-representant.",
    "IR-COMPETENCE-MIX": "En kompetanse rådet bør ha samlet, er ikke oppgitt av noen representant.",
    "HN-STRATEGIC-COMPLETE": "Et helseforetak mangler fagsjef eller HR-sjef i strategisk råd.",
    "HN-FORUM-COMPLETE": "Et helseforetak har ikke utpekt utdanningskoordinerende lege.",
    "HN-DEPUTY-DESIGNATED": "En representant har ikke utpekt vararepresentant.",
    "HN-PREFERRED-ROLE": "En representant har ingen av rollene mandatet foretrekker.",
    "HSO-PREFERRED-ROLE": "En representant har ingen av rollene mandatet foretrekker.",
    "IR-PREFERRED-LEADER": "Regionens representant leder ikke det regionale rådet.",
    "LEADER-ELECTED": "Rådet har ikke valgt leder.",
    "HSO-DEPUTY-LEADER": "Rådet har ikke valgt nestleder.",
    "IR-COORDINATOR": "Rådet har ikke valgt koordinerende representant.",
    "TERM-EXPIRING": "En periode går ut innen 90 dager uten at en etterfølger er oppnevnt.",
    "HN-HALF-YEARLY": "Rådet har ikke holdt møte i et halvår.",
    "HSO-ANNUAL": "Rådet har ikke holdt møte i året.",
    "DEFAULT-ANNUAL": "Rådet har ikke holdt møte i året.",
    "IR-TWICE-YEARLY": "Rådet har holdt færre enn to møter i året.",
    "HN-STRATEGIC-TWICE-YEARLY": "Strategisk råd har ikke møttes i november eller i juni.",
    "HN-REGUT-ANNUAL": "RegUt er ikke invitert til et møte med oppsummering av rådets aktiviteter.",
    "IR-REGUT-ATTENDS": "Den ansvarlige RegUt har ikke deltatt på noe møte i året.",
    "CONSULTATION-ANSWERED": "Rådet har ikke avgitt uttalelse i en høring det er bedt om å svare på.",
}

STATEMENTS = {
    "COUNCIL-UNIQUE": "Høyst ett regionalt råd per region og spesialitet, og ett tverregionalt råd per spesialitet.",
    "COUNCIL-SPECIALTY-HOSPITAL": "Råd finnes bare for spesialiteter som utdannes i spesialisthelsetjenesten (ikke allmennmedisin eller samfunnsmedisin, som er kommunale).",
    "IR-CONSTITUTED-BY-RESPONSIBLE-REGUT": "Et tverregionalt råd konstitueres av RegUt med ansvar for spesialiteten (*spesialitetskontakt RegUt*); ingen annen RegUt kan opprette eller legge det ned.",
    "COUNCIL-ADVISORY": "Rådene har ingen beslutningsmyndighet: et råd kan gi uttalelser, vurderinger og råd, men aldri registrere en beslutning om et forslag.",
    "BEFORE-ESTABLISHED": "Ingenting i et råd er datert før rådet ble opprettet: plasser, ledervervene og møtene begynner på eller etter opprettelsesdatoen, som ikke er før 1. januar 2019 (det første, tidsbegrensede mandatet for de regionale rådene gjaldt 2019–2022) og ikke etter det første som er registrert i rådet; samsvar kreves ikke for tiden før.",
    "TERM-ORDER": "En periode slutter samme dag som den begynner eller senere (begge dager regnes med).",
    "SEAT-NO-OVERLAP": "En person har høyst én plass i et råd på samme dato.",
    "TRUST-IN-REGION": "Helseforetaket som oppnevner, hører til rådets region.",
    "TRUST-HAS-SEAT": "Helseforetaket som oppnevner, er ett av foretakene som oppnevner til rådet: som standard alle offentlige helseforetak i regionen; RegUt kan legge til et privat sykehus som utdanner i spesialiteten, eller fjerne et foretak som ikke gjør det.",
    "ONE-PER-TRUST": "Et helseforetak har høyst én representant i et råd på samme dato.",
    "APPOINTER-OWN-TRUST": "Et helseforetak oppnevner bare sine egne representanter; RegUt i regionen og administratorer kan handle for alle foretak i regionen.",
    "HN-MAX-FOUR": "Høyst fire representanter på samme dato.",
    "HN-SPECIALIST": "Representanten er ansatt spesialist i rådets spesialitet.",
    "HN-PREFERRED-ROLE": "Fortrinnsvis leder av lokalt utdanningsutvalg eller utdanningsansvarlig overlege.",
    "HN-DEPUTY-DESIGNATED": "Hver representant utpeker selv sin vararepresentant ved forfall (det kan skje etter oppnevningen).",
    "HSO-SENIOR-CONSULTANT": "Representanten er erfaren overlege med tilknytning til LIS-utdanningen i eget foretak.",
    "HSO-PREFERRED-ROLE": "Fortrinnsvis utdanningsansvarlig overlege, medlem av et utdanningsutvalg eller av et regionalt fagråd.",
    "HSO-DEPUTY-REQUIRED": "Helseforetaket oppnevner representant **og** vararepresentant samtidig.",
    "HSO-MIN-TERM": "En periode varer minst to år.",
    "IR-ONE-PER-REGION": "Én representant for hvert av de fire regionale rådene: høyst én regional plass per region på samme dato.",
    "IR-FROM-REGIONAL-COUNCIL": "Regionens representant sitter i regionens regionale råd i samme spesialitet den dagen perioden begynner.",
    "IR-PREFERRED-LEADER": "Det vil ofte være lederen av det regionale rådet.",
    "IR-TRAINEE-SEAT": "I tillegg høyst én felles LIS-representant, som er lege i spesialisering, ikke spesialist.",
    "IR-TERM-FOUR-YEARS": "Representantene velges for fire år om gangen: en periode varer høyst fire år (standard slutt er start pluss fire år).",
    "IR-ELECTION-BY-REGUT": "Valget av en regions representant settes i gang av regionens RegUt: bare den (eller en administrator) registrerer regionens plass.",
    "DEPUTY-DISTINCT": "En vararepresentant er ikke representanten selv, og ikke en annen representant som sitter i samme råd.",
    "SEAT-VACANT": "Ett av helseforetakene som oppnevner til rådet, har ingen representant i dag.",
    "IR-SEAT-VACANT": "En region med regionalt råd i spesialiteten har ingen representant i dag.",
    "IR-TRAINEE-PROPOSED": "De regionale rådene *bør* foreslå én felles LIS-representant: ingen LIS-plass i dag er et råd, ikke et brudd.",
    "IR-COMPETENCE-MIX": "Rådet bør samlet ha bred klinisk erfaring og kunnskap om de anbefalte kursene, og gjerne pedagogisk kompetanse og forskningsbakgrunn: kompetanse oppgis per plass, og det som mangler, er et råd.",
    "TERM-EXPIRING": "En periode går ut innen 90 dager, og ingen etterfølger begynner etter den.",
    "LEADER-IS-MEMBER": "Leder, nestleder og koordinerende representant sitter i samme råd den dagen valget gjelder fra.",
    "LEADERSHIP-DISTINCT": "Leder og nestleder er forskjellige personer.",
    "LEADER-ELECTED": "Rådet har leder i dag (det konstituerer seg selv og velger sin leder).",
    "HSO-DEPUTY-LEADER": "Rådet har også nestleder.",
    "IR-COORDINATOR": "Rådet har en koordinerende representant (kontaktperson for RegUt; kaller inn, setter opp sakslisten og skriver referat).",
    "LEADER-NOTIFIED": "Hver endring av leder eller koordinerende representant sender en hendelse, så RegUt alltid vet hvem som leder.",
    "HN-HALF-YEARLY": "Minst ett møte avholdt hvert halvår (januar–juni, juli–desember).",
    "HN-REGUT-ANNUAL": "RegUt inviteres til minst ett møte i året med oppsummering av rådets aktiviteter på sakslisten.",
    "HSO-ANNUAL": "Minst ett møte i året.",
    "DEFAULT-ANNUAL": "Minst ett møte i året.",
    "IR-TWICE-YEARLY": "Minst to møter i året.",
    "IR-REGUT-ATTENDS": "Den ansvarlige RegUt deltar på minst ett møte i året.",
    "MEETING-DIGITAL-DEFAULT": "Et nytt møte er digitalt med mindre forespørselen sier noe annet.",
    "MEETING-ORGANISER": "Et regionalt råds møter planlegges, endres, avlyses og registreres (oppmøte, referat) av RegUt i regionen eller en administrator; det tverregionale rådets av den ansvarlige RegUt. Et helseforetaks system kan ikke gjøre det.",
    "ATTENDANCE-DEPUTY-SUBSTITUTES": "En vararepresentant møter bare i stedet for sin representant når representanten har forfall.",
    "MINUTES-AFTER-MEETING": "Referat registreres bare for et møte som har funnet sted (ikke avlyst, begynt).",
    "PROPOSAL-TRANSITION": "Et forslag går bare de stegene saksgangen har: utkast, sendt inn, på høring, til vurdering, vurdert; deretter sendt Helsedirektoratet og avgjort, eller avslått; før det er sendt videre kan det trekkes. Alt annet avvises med forslagets status nevnt.",
    "PROPOSAL-RESPONSIBLE-REGUT": "Å åpne og lukke høringen, sende videre, avslå og registrere utfallet gjøres av RegUt med ansvar for forslagets spesialitet.",
    "CONSULTATION-STATEMENT-BY-COUNCIL": "En høringsuttalelse kommer fra et regionalt råd i forslagets spesialitet, høyst én per råd (en senere erstatter den mens høringen er åpen).",
    "CONSULTATION-CLOSE": "Høringen lukkes når alle regionale råd i spesialiteten har uttalt seg, eller fristen er ute.",
    "CONSULTATION-ANSWERED": "Et regionalt råd i forslagets spesialitet svarer på hver høring det blir bedt om å svare på: ubesvart er et råd til fristen er ute (fristdagen medregnet), og et brudd etter den.",
    "ASSESSMENT-THREE-CONSEQUENCES": "Det tverregionale rådets vurdering beskriver faglige, økonomiske **og** organisatoriske konsekvenser; alle tre kreves.",
    "ASSESSMENT-BY-IR-COUNCIL": "Bare spesialitetens tverregionale råd (ved koordinerende representant, eller RegUt eller en administrator for det) registrerer vurderingen.",
    "HN-STRATEGIC-COMPOSITION": "Strategisk råd for LIS-utdanning er et felles møte for foretakenes fagsjefer og HR-sjefer: hvert medlem har én av de to rollene for et helseforetak i Helse Nord, høyst én per rolle og foretak på samme dato.",
    "HN-STRATEGIC-LEADER-BY-RHF": "Lederen oppnevnes av RHF-et, ikke valgt: bare en administrator (for Helse Nord RHF) registrerer lederen.",
    "HN-STRATEGIC-COMPLETE": "Hvert helseforetak i Helse Nord er representert ved fagsjef og HR-sjef.",
    "HN-STRATEGIC-TWICE-YEARLY": "Strategisk råd møtes to ganger i året, i november og i juni.",
    "HN-WORKING-COMMITTEE": "Mellom møtene handler et arbeidsutvalg (AU) med tre roller: en direktør i RHF-et, fagsjefen ved UNN og lederen av RegUt Nord; én per rolle på samme dato.",
    "HN-FORUM-ONE-PER-TRUST": "Regionalt forum for LIS-utdanning har én utdanningskoordinerende lege eller overlege per helseforetak i Helse Nord, med minst 20 % av en stilling til oppgaven.",
    "HN-FORUM-COMPLETE": "Hvert helseforetak i Helse Nord har utpekt sin utdanningskoordinerende lege.",
    "HN-FORUM-MEETING-RIGHT": "Forumets medlemmer har møterett i strategisk råds halvårlige møter: et nytt møte i strategisk råd inviterer dem.",
    "REGUT-ONE-PER-REGION": "Én RegUt per region, lagt til regionens universitetssykehus: Helse Midt-Norge – St. Olavs hospital HF; Helse Nord – Universitetssykehuset Nord-Norge HF; Helse Sør-Øst – Oslo universitetssykehus HF; Helse Vest – Helse Bergen HF.",
    "REGUT-COORDINATING-ROTATION": "Koordinerende RegUt går på omgang mellom regionene i toårsperioder som slutter 31. januar. Tjenesten svarer på hvem som koordinerer på en gitt dato ut fra lagrede perioder.",
    "SPECIALTY-RESPONSIBLE-REGUT": "Hver spesialitet har høyst én ansvarlig RegUt (*spesialitetskontakt*, på LIS-nettsidene *fagkontakt RegUt*); der ingen er registrert ennå, handler bare en administrator i dens sted.",
    "REGUT-NATIONAL-FUNCTIONS": "Oppgaver én RegUt gjør for alle fire: Helse Sør-Øst koordinerer de anbefalte kursene nasjonalt, redigerer de felles LIS-nettsidene og holder de felles prosedyrene; Helse Vest koordinerer innspill til dokumentasjonsverktøyet (*Kompetanseportalen*).",
    # The protocol codes: what is wrong with a request as an HTTP request.
    "REQUEST-INVALID": "Forespørselen er feil utformet eller viser til noe som ikke finnes; `errors` nevner hvert felt eller parameter.",
    "UNAUTHENTICATED": "Operasjonen krever et gyldig tilgangstoken.",
    "FORBIDDEN": "Tokenet mangler tilgangen operasjonen krever, og ingen regel i mandatet sier mer.",
    "PRECONDITION-REQUIRED": "En endring krever `If-Match` med ressursens ETag slik den ble lest.",
    "PRECONDITION-FAILED": "Ressursen er endret siden den ble lest: les den på nytt og prøv igjen.",
    "IDEMPOTENCY-KEY-REUSED": "`Idempotency-Key` ble brukt for en annen forespørsel.",
    "IDEMPOTENCY-IN-FLIGHT": "En forespørsel med denne `Idempotency-Key` pågår fortsatt: prøv igjen.",
    "PAYLOAD-TOO-LARGE": "Forespørselen er større enn tjenesten tar imot.",
    "NOT-FOUND": "Ingen ressurs på denne adressen.",
    "IMPORT-REQUIRED": "Import: cellen er tom, og raden trenger en verdi der.",
    "IMPORT-DATE": "Import: cellen er ikke en dato (en datocelle, et serienummer fra Excel, åååå-mm-dd eller dd.mm.åååå).",
    "IMPORT-VALUE": "Import: cellen har ikke en verdi kolonnen tar imot (et klokkeslett, ja eller nei, et HPR-nummer, en e-postadresse, et tall).",
    "IMPORT-UNKNOWN": "Import: ingen region, helseforetak, spesialitet, type råd eller registrert råd har den koden eller det navnet.",
    "IMPORT-FORMULA": "Import: cellen inneholder en formel; importen leser bare verdier.",
    "IMPORT-MERGED": "Import: cellen er en del av sammenslåtte celler; hver rad har sine egne verdier.",
    "IMPORT-AMBIGUOUS-PERSON": "Import: mer enn én registrert person passer med raden (på navn og e-post), eller HPR-nummeret er registrert på et annet navn; importen gjetter aldri.",
    "IMPORT-DEPUTY-OF": "Import: raden for en vararepresentant viser ikke til en representant i samme råd i filen på sin første dag.",
    "IMPORT-FIXED": "Import: raden ville endre en plass sitt helseforetak, region, type eller rolle, noe ingen endring kan: avslutt eller trekk tilbake plassen i stedet.",
    "METHOD-NOT-ALLOWED": "Ressursen tar ikke imot denne metoden (`Allow` viser hvilke den tar).",
    "CONFLICT": "Endringen strider mot det som er lagret; den ville vært gyldig i en annen tilstand.",
    "NOT-ACCEPTABLE": "Tjenesten kan ikke svare i et format forespørselen godtar.",
    "UNSUPPORTED-MEDIA-TYPE": "Forespørselens innhold er ikke i et format operasjonen tar imot.",
    "SERVICE-UNAVAILABLE": "Databasen eller tokenutstederen kan ikke svare nå; ingenting er lagret. Prøv igjen etter `Retry-After` sekunder.",
    "INTERNAL": "En uventet feil; den er logget. Ingenting er lagret.",
}

LABELS = {
    "council_kind": {
        "regional": "Regionalt råd",
        "interregional": "Tverregionalt råd",
        "strategic_council": "Strategisk råd for LIS-utdanning",
        "working_committee": "Arbeidsutvalg",
        "education_forum": "Regionalt forum for LIS-utdanning",
    },
    "profile": {
        "helse-nord": "Helse Nord (regionalt råd)",
        "helse-sor-ost": "Helse Sør-Øst (regionalt råd)",
        "regional-default": "Regionalt råd (felles mandat)",
        "interregional": "Tverregionalt råd",
        "helse-nord-strategic-council": "Strategisk råd i Helse Nord",
        "helse-nord-working-committee": "Arbeidsutvalget i Helse Nord",
        "helse-nord-education-forum": "Regionalt forum for LIS-utdanning i Helse Nord",
    },
    "format": {"digital": "Digitalt", "physical": "Fysisk", "hybrid": "Hybrid"},
    "agenda": {"activity_summary": "Årsoppsummering", "consultation": "Høring", "other": "Annet"},
    "seat": {"member": "Medlem", "trainee": "LIS-representant"},
    "outcome": {"answered": "Besvart", "missed": "Ikke besvart", "pending": "Åpen", "withdrawn": "Trukket"},
    "position": {"support": "Støtter", "oppose": "Går imot", "neutral": "Nøytral"},
    "recommendation": {"adopt": "Vedta", "adopt_with_changes": "Vedta med endringer", "reject": "Avvise"},
    "proposal_status": {
        "draft": "Utkast",
        "submitted": "Sendt inn",
        "in_consultation": "På høring",
        "in_assessment": "Til vurdering",
        "assessed": "Vurdert",
        "forwarded": "Sendt Helsedirektoratet",
        "declined": "Avslått av RegUt",
        "decided": "Avgjort",
        "withdrawn": "Trukket",
    },
    "proposal_kind": {
        "learning_goal": "Læringsmål",
        "explanatory_text": "Utdypende tekst",
        "learning_activity": "Læringsaktivitet",
    },
    "change": {"started": "Tiltrådte", "ended": "Fratrådte"},
    "role": {"leader": "Leder", "deputy_leader": "Nestleder", "coordinator": "Koordinerende representant"},
    "status": {"violation": "Brudd", "advice": "Råd", "pending": "Venter", "ok": "I orden"},
    "member_role": {
        "medical_director": "Fagsjef",
        "hr_director": "HR-sjef",
        "rhf_director": "RHF-direktør",
        "regut_head": "Leder av RegUt",
        "education_coordinating_doctor": "Utdanningskoordinerende lege",
    },
    "education_role": {
        "local_committee_leader": "Leder av lokalt utdanningsutvalg",
        "education_responsible_consultant": "Utdanningsansvarlig overlege",
        "education_committee_member": "Medlem av utdanningsutvalg",
        "regional_professional_council_member": "Medlem av regionalt fagråd",
    },
    "competence": {
        "clinical_experience": "Bred klinisk erfaring",
        "recommended_courses": "Kunnskap om de anbefalte kursene",
        "pedagogy": "Pedagogisk kompetanse",
        "research": "Forskningsbakgrunn",
    },
    "every": {"half_year": "hvert halvår", "year": "i året", "month": "i"},
    "raiser": {"council": "Rådet", "trust": "Helseforetak", "regut": "RegUt", "person": "Person"},
    "attendance": {
        "present": "til stede",
        "deputy_attended": "vara møtte",
        "absent": "forfall",
        "unrecorded": "ikke registrert",
        "off": "ikke medlem da",
    },
    "half": {"H1": "første halvår {year}", "H2": "andre halvår {year}"},
}

PAGE = {
    "summary_title": "Årsoppsummering",
    "footer_brand": "LIS-rådsregisteret · årsoppsummering",
    "page_of": "Side {page} av {pages}",
    "specialty": "Spesialitet",
    "whole_education": "LIS-utdanningen som helhet",
    "region": "Region",
    "national": "Nasjonalt (alle regioner)",
    "profile": "Mandat",
    "registered_since": "I registeret siden",
    "dissolved": "nedlagt",
    "as_of": "Per dato",
    "the_year": "Året",
    "year_over": "Avsluttet",
    "year_running": "Pågår – foreløpig oversikt",
    "partial": "Året er ikke over: oversikten viser det som er registrert til og med {day}.",
    "figures": "Nøkkeltall",
    "held": "møter avholdt",
    "cancelled_count": "{n} avlyst",
    "representatives_in_year": "representanter i løpet av året",
    "assessments_given": "vurderinger avgitt",
    "of": "{a} av {b}",
    "consultations_answered": "høringer besvart",
    "composition_count": "endringer i sammensetning",
    "violations": "brudd på mandatet",
    "advice_count": "{n} råd",
    "pending_count": "{n} venter",
    "meetings": "Møter",
    "meetings_caption": "Møter avholdt i {year}",
    "date": "Dato",
    "time": "Tid",
    "form": "Form",
    "place": "Sted",
    "agenda": "Saksliste",
    "minutes": "Referat",
    "yes": "Ja",
    "no": "Nei",
    "invited": "Invitert",
    "not_invited": "Ikke invitert",
    "present": "til stede",
    "not_present": "ikke til stede",
    "no_meetings": "Ingen møter avholdt i {year}.",
    "cancelled": "Avlyste møter",
    "planned_for": "Planlagt",
    "cancelled_on": "Avlyst",
    "reason": "Årsak",
    "scheduled": "Planlagte møter resten av året",
    "attendance": "Oppmøte",
    "attendance_caption": "Oppmøte per representant og møte i {year}",
    "representative": "Representant",
    "appointed_by": "Oppnevnt av",
    "attended": "Møtt",
    "deputy": "Vara",
    "absent": "Forfall",
    "not_recorded": "Ikke reg.",
    "deputies": "Vara: {names}",
    "off_legend": "grått felt: ikke medlem på møtedagen",
    "no_attendance": "Ingen representanter satt i rådet i {year}.",
    "trainee_seat": "Felles LIS-plass",
    "assessments": "Vurderinger av endringsforslag",
    "assessments_caption": "Vurderinger rådet avga i {year}",
    "assessed": "Vurdert",
    "proposal": "Forslag",
    "kind": "Type",
    "recommendation": "Anbefaling",
    "status_now": "Status nå",
    "no_assessments": "Ingen vurderinger avgitt i {year}.",
    "consultations": "Høringer",
    "consultations_caption": "Høringer rådet ble bedt om å svare på i {year}",
    "opened": "Åpnet",
    "deadline": "Frist",
    "answer": "Svar",
    "statement": "Uttalelse",
    "no_consultations": "Rådet ble ikke bedt om uttalelse i noen høring i {year}.",
    "raised": "Forslag fra rådet",
    "raised_caption": "Endringsforslag rådet fremmet, med utfall",
    "raised_on": "Fremmet",
    "outcome": "Utfall",
    "no_raised": "Rådet fremmet ingen endringsforslag i {year}.",
    "composition": "Endringer i sammensetning",
    "composition_caption": "Representanter som tiltrådte eller fratrådte i {year}",
    "change": "Endring",
    "term": "Periode",
    "note": "Merknad",
    "no_composition": "Ingen representanter tiltrådte eller fratrådte i {year}.",
    "same_day": "Samme dag står tiltredelser før fratredelser.",
    "leadership": "Endringer i ledelse",
    "leadership_caption": "Valg og endringer i ledelsen i {year}",
    "from": "Fra",
    "role": "Rolle",
    "new": "Ny",
    "previous": "Tidligere",
    "vacant": "ledig",
    "no_leadership": "Ingen endringer i ledelsen i {year}.",
    "compliance_at_year_end": "Etterlevelse av mandatet ved årsslutt",
    "compliance_on": "Etterlevelse av mandatet per {day}",
    "compliance_caption": "Funn for hver regel i mandatet",
    "status": "Status",
    "rule": "Regel",
    "concerns": "Gjelder",
    "finding": "Funn",
    "no_findings": "Ingen regler gir funn for rådet.",
    "council_subject": "Rådet",
    "unknown_person": "(ukjent)",
    "footer": "Fra LIS-rådsregisteret: {council}, {year}, per {day}. Oppmøte og høringssvar er ikke offentlige opplysninger.",
    "overview_title": "Etterlevelse av mandatene",
    "overview_eyebrow": "LIS-rådsregisteret · oversikt for RegUt",
    "overview_scope_country": "Hele landet",
    "overview_judged": "Sammensetning per {day}, møter i {year}.",
    "overview_filters": "Filtre",
    "filter_region": "Region",
    "filter_kind": "Type råd",
    "filter_status": "Status",
    "filter_all": "Alle",
    "councils": "Råd",
    "overview_caption": "Rådene med status og det som mangler",
    "council": "Råd",
    "missing": "Det som mangler",
    "since": "Siden",
    "since_day": "siden {day}",
    "nothing_missing": "Ingenting mangler.",
    "no_councils": "Ingen råd passer filtrene.",
    "summary_link": "Årsoppsummering",
    "councils_by_status": "Råd etter status",
    "link_error_title": "Lenken virker ikke",
    "link_error_text": "Lenken er utløpt, trukket tilbake eller ikke gyldig. Be den som sendte deg lenken, om en ny.",
    "calendar_name": "LIS-råd: møter ({scope})",
    "calendar_all": "alle råd",
    "ics_cancelled": "Avlyst",
    "ics_agenda": "Saksliste",
    "ics_video": "Videolenke",
    "directory_sheet": "Rådskatalog",
    "compliance_sheet": "Etterlevelse",
    "skip": "Hopp til innholdet",
    "language_name": "Norsk",
}

COLUMNS = {
    "council_id": "Råd-ID",
    "council_name": "Råd",
    "council_kind": "Type råd",
    "region": "Region",
    "specialty": "Spesialitet",
    "contact_email": "E-post til rådet",
    "leader": "Leder",
    "deputy_leader": "Nestleder",
    "coordinator": "Koordinerende representant",
    "representative": "Representant",
    "title": "Tittel",
    "email": "E-post",
    "seat": "Plass",
    "trust": "Oppnevnt av",
    "role": "Rolle",
    "starts_on": "Fra",
    "ends_on": "Til",
    "deputy": "Vararepresentant",
    "next_meeting": "Neste møte",
    "regut": "RegUt",
    "regut_email": "E-post til RegUt",
    "status": "Status",
    "findings": "Funn",
    "violations": "Brudd",
    "advice": "Råd",
    "pending": "Venter",
    "missing": "Det som mangler",
}

TEXTS = Texts(
    language=Language.NB,
    locale="nb_NO",
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
