"""Can the sender benefit from the connection? Matching headlines and notes to the owner's profile.

Each phrase of ``help_whom`` and ``meet_whom`` is read like a headline (:mod:`invitriage.benefit.roles`):
the *roles* it names ("students", "marketing directors", "founders", "business angels", "newly
qualified…"), its *field* ("digital marketing or communication") and the kind of *organisation*
("small businesses and e-shops", "startups", "restaurant chains"). A headline matches a phrase when
all three agree:

- role: the headline names a role the phrase accepts — a "director" phrase takes directors, heads
  of, VPs, chief officers (CMO…), Leiter, responsables (and managers when the phrase says
  "responsables", "jefes"); a "founder" phrase takes founders, owners, gérants, Inhaber, titolari,
  partners of a law firm and CEOs; a "student" phrase takes students, apprentices and interns; an
  "investor" phrase takes business angels and the partners of a venture fund. A phrase that names
  no role takes anyone but recruiters (and nobody a recruiter is "placing"). "Junior…", "newly
  qualified…", "jeunes…", "neoassunti" take only those who say they are new (junior, jeune diplômée,
  frisch examiniert, neu eingestellt, recém-contratada, a recent year of qualifying), never "Senior…"
  or "12 years in A&E"; "… looking for a job", "… in career transition" only those who look.
  "Heads of…" takes a "Gerente de Logística", "heads of … teams" a team lead.
- field: the role's *own* field, from its own words ("Sales Director" → sales; "Directrice
  marketing & communication" → marketing, communication), looked up in a multilingual lexicon:
  the same field scores SAME, a kind of the wanted field RELATED (SEO ⊂ digital marketing ⊂
  marketing; only marketing counts the other way round: a marketing student for "digital marketing
  students", but no medical student for "nursing students"), another field nothing — so a sales
  director is never a marketing director, nor a hospital's chief executive a director of nursing.
  When the lexicon does not know the phrase's field (or reads it only roughly: "chimica" as chemical
  engineering, "music production" as two fields, "game design" as any design), the field spans are
  compared directly (:mod:`invitriage.benefit.fieldspan`: cognate stems across the seven languages,
  German and Dutch compounds split, a broader or sibling field turned down), and what the stems cannot
  tell the sentence encoder decides on the two spans alone: ``cosine >= SPAN_MIN`` and clearly closer
  to the phrase's field than to any other field the lexicon knows (``SPAN_MARGIN``). Only when the
  lexicon does not know the headline's field, the phrase's being known, do the embeddings decide as
  before: ``cosine(role's own words, phrase's field) >= 0.6``.
- organisation: a phrase about small businesses or startups turns down large organisations
  ("Group", "SA", "AG", a well-known large company, 250 people and more, a chain of 20 outlets and
  more); "startups" also turns down trades (a bakery), family firms and businesses "since 1985", and
  takes others than founders only when the headline names a start-up; a kind of business in the
  phrase ("owners of restaurants", "marketing managers of restaurant chains") must be the headline's;
  an employer of a kind after "at" ("art directors at advertising agencies") must be named, and not
  "in-house". A phrase about those who run a place ("dirigenti scolastici", "diretores de hospitais",
  "hotel general managers") takes a head with no field of their own but the place's, not the head
  of a department, the sales director or the chef.

A phrase with no field is decided by role and organisation alone (ROLE_ONLY), except that a
freelancer or owner in the owner's own field (read from ``offer``) is a peer, not someone to help.
A match needs score >= benefit_threshold. Notes are read the same way, sentence by sentence, where
the sender speaks of themselves ("I am…", "je suis…"); a note close to one of the ``offer`` phrases
matches too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


from invitriage import rxcache
from invitriage.judge.normalize import fold
from invitriage.benefit import fieldspan, specific
from invitriage.benefit.roles import (_MICRO as MICRO, FIELD_LABELS, own_segment_written, KIND_LABEL, headcount, professions_of, PARENTS, Reading, Role, ancestors, blank, field_residue, fields_of, read, related, roles_of, seniority_of, startup_named,
                    title_field, title_spans, trade_spans, trades_of, words_of)

__all__ = ["BenefitMatcher", "Match", "read", "roles_of"]

SAME = 0.8
RELATED = 0.65
ROLE_ONLY = 0.6
STUDENT_FOR_JUNIOR = 0.1  # a data student for "junior data analysts": junior, not yet an analyst
GRADUATE_FOR_STUDENT = 0.1  # a new graduate still looking, for "students in…": nearly a student
OFFER_SLACK = 0.1
SMALL_NONPROFIT = 50  # a small NGO: a few dozen staff at most
MICRO_HEADCOUNT = 10  # a micro-business: fewer than ten people (the EU's line)
# "dirigeants de TPE et PME": small and medium businesses too, no cap
_SMALL_TOO = rxcache.compile(r"\b(?:pme|smes?|pmi|pymes?|kmu|mkb|small|petites?|pequen\w*|klein\w*|piccol\w*|medium|mid|moyennes?)\b")
# a field the lexicon does not know must be clearly close: "tourisme" ~ "tourism" 0.98, "agronomy" ~ "agriculture"
# 0.71, but "fisioterapia" ~ "nursing" 0.47, "arquitetura" ~ "design" 0.55, "agronomist" ~ "farmers" 0.59
UNKNOWN_FIELD_MIN = 0.6
# a field the lexicon does not know (or reads only roughly: "chimica" as chemical engineering, "music production" as
# music and industrial engineering, "game design" as design) is compared span to span (see fieldspan); what the stems
# cannot tell, the encoder decides on the two field spans alone: close enough, and clearly closer to the phrase's field
# than to any other field the lexicon knows ("Meeresbiologie" ~ "biologia marinha" 0.71, nearest other field 0.56: yes;
# "Chemical Engineering" ~ "chimica" 0.66, but chemical engineering itself 1.0: no)
SPAN_MIN = 0.5
SPAN_MARGIN = 0.1  # "fisica" ~ "chimica" 0.53, nearest other field 0.45: not clearly closer
HEAD_MIN = 0.55  # a title close to the phrase's person noun: "Librarian" ~ "bibliothécaires" 0.65, "Guionista" ~ "Produzenten" 0.43
HEAD_PLACE = 0.5  # a field word this close to the person noun says their place: "médiathèques" ~ "bibliothécaires" 0.56
OWN_FIELD = 0.75  # lexicon fields this close to the phrase's field are the phrase's own, not others for the margin

ANYONE = frozenset(KIND_LABEL) - {"recruiter"}
FIELD_NAMES = sorted(set(FIELD_LABELS))
_OTHER_FIELDS = "\x00other\x00"  # key prefix of the nearest other field's cosine
# role named by a phrase -> roles of headlines it takes
ACCEPTS: dict[str, frozenset[str]] = {
    "executive": frozenset({"executive", "ceo"}),
    "manager": frozenset({"manager", "executive", "ceo"}),
    "ceo": frozenset({"ceo", "founder", "owner"}),
    "founder": frozenset({"founder", "owner", "ceo"}),
    "owner": frozenset({"founder", "owner", "ceo"}),
    "student": frozenset({"student"}),
    # "newly qualified nurses": a new graduate, or anyone of the field who says they are new (see _decide)
    "graduate": frozenset({"graduate", "job_seeker", "professional", "freelancer"}),
    "job_seeker": frozenset({"job_seeker"}),
    "investor": frozenset({"investor"}),
    "importer": frozenset({"importer"}),
    "freelancer": frozenset({"freelancer"}),
    "recruiter": frozenset({"recruiter"}),
    "professional": ANYONE,
}
_GENERIC_TRADES = {"small business", "shop"}
_EMPLOYER_OF = rxcache.compile(r"\s(?:of|de|des|di|da|do|van|von|at|in|en|bei|bij|em|nel|nelle|presso)\s+(?:\w+\s+){0,1}?"
                          r"(?:(?:compan(?:y|ies)|firms?|businesses)\s*$|(?P<adj2>[a-z]{4,}) (?:compan(?:y|ies)|firms?)\b|"
                          r"(?:entreprises?|empresas?|aziend[ae]|impres[ae]|unternehmen|bedrijven|firmas?)\s+(?P<adj>[a-z]{4,}(?:\s+[a-z]{4,})?)\s*$)")
_BROAD_FIELDS = {"business", "research", "management", "higher education", "school"}
_GENERIC_NAME_WORDS = {"management", "direction", "development", "and", "work"}
_TRADES_RUN_BY_MANAGERS = {"bakery", "bike shop", "restaurant", "hair or beauty salon", "florist", "bookshop", "food shop",
                           "craft business", "hospitality", "pharmacy", "hardware store"}
_RUNS_IT = frozenset({"ceo", "founder", "owner"})
_UNSAID = {"professional", "graduate", "job_seeker", "freelancer"}  # roles that say nothing of the trade
_PLACES = {"healthcare facility", "hospitality", "school", "sports club"}  # fields that say where someone works more than what they do
# "responsables RH", "jefes de personal": a phrase naming these takes heads and managers alike
_RESPONSIBLE = rxcache.compile(r"\b(?:responsables?|responsabil[ei]|responsave(?:l|is)|jef[ea]s?|chefes?)\b")
# "heads of logistics": whoever leads the function, a "Gerente de Logística" too (not a logistics coordinator)
_HEADS = rxcache.compile(r"\bheads?\b|\bhoofd(?:en)?\b")
_HEADING_MANAGER = rxcache.compile(r"^gerentes?\b")
_GENERAL_MANAGER = rxcache.compile(r"^(?:gerentes?|managers?|manager(?:in)?)$")
# seconds in command: "Assistant Restaurant Manager", "directeur adjoint", "stellvertretende Leiterin", "vicedirettore"
_DEPUTY = rxcache.compile(r"\bassistant(?:e)? (?:\w+ )?(?:manager|director|gerente|head)\b|\badjoint(?:e)?\b|\bdeputy\b|\bstellvertret\w*|"
                     r"\bvice-?(?:direct|dirett|diret|president|presiden)\w*|\bsub-?(?:direct|diret|gerente)\w*|\bsous-directeur\w*|\badjunt[oa]\b|"
                     r"\bajudante\b|\bplaatsvervangend\w*|\bassistent(?:e)? (?:manager|direct)\w*")
_TEAMS = rxcache.compile(r"\bteams?\b|\bequipes?\b|\bequipos?\b|\bsquadr[ae]\b|\bequipas?\b")
_HOSPITALITY_GM = rxcache.compile(r"\bhote\w*|\balberg\w*|\bresorts?\b")
_FIRST_PERSON = rxcache.compile(r"\b(?:i|i'm|im|my|je|j'|moi|mon|ma|suis|yo|soy|estoy|ich|bin|mein\w*|io|sono|eu|sou|estou|meu|minha|"
                           r"ik|mijn|ben)\b|\bj'")


def _shown(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "…"


@dataclass(frozen=True)
class Match:
    """One reason a sender can benefit: the owner's phrase it matched, where (headline or note), and how closely."""

    kind: str  # "help_whom", "meet_whom" or "offer"
    phrase: str
    source: str  # "headline" or "note"
    text: str
    score: float
    role: str = ""  # "marketing director (CMO)"
    field: str = ""  # "marketing", "small business: bakery", "'kundenservice' (close to 'marketing', 0.52)"

    def evidence(self) -> dict[str, str]:
        label = {"help_whom": "benefit", "meet_whom": "want_to_meet", "offer": "benefit"}[self.kind]
        why = "; ".join(p for p in (f"role: {self.role}" if self.role else "", f"field: {self.field}" if self.field else "") if p)
        middle = f" — {why} — " if why else " "
        return {"rule": label, "quote": f"{self.source} '{self.text}'{middle}matches '{self.phrase}'"}


@dataclass(frozen=True)
class _Target:
    """One help_whom or meet_whom phrase of the owner, read once: the roles and fields it names, its seniority."""

    kind: str  # help_whom / meet_whom
    phrase: str
    named: frozenset[str]  # kinds of role the phrase names ("executive", "student"…)
    accepts: frozenset[str]
    fields: tuple[str, ...]
    field_text: str  # the phrase's field in words, for the embeddings ("" when it has none)
    seniority: str
    heads: bool  # "heads of…": a gerente heads the function
    org: str  # "small", "startup" or ""
    org_fields: tuple[str, ...]  # "at advertising agencies": the employer's field (advertising)
    trades: tuple[str, ...]  # specific trades ("restaurants"), empty for "small businesses"
    professions: tuple[str, ...] = ()  # trades named as persons ("sommelier", "translators")
    max_people: int | None = None  # "micro-businesses": at most MICRO_HEADCOUNT people
    title_professions: tuple[str, ...] = ()  # professions that are the phrase's role title itself ("vignaioli")
    span: str = ""  # the phrase's field words, compared with the headline's own (see fieldspan): "aircraft maintenance"
    embed: str = ""  # the same for the encoder, "science of" kept: "scienza materiali"
    residue: str = ""  # field words the lexicon did not read: "game" in "game design students"
    org_words: str = ""  # a kind of organisation named after the field, the lexicon knowing neither: "airlines"
    span_mode: bool = False  # the lexicon does not know the phrase's field, or only roughly: the spans decide
    nouns: tuple[str, ...] = ()  # roles the lexicon has no kind for ("organiser", "a&r", "doctoral student"): the headline must name one
    noun_object: tuple[str, ...] = ()  # what the noun's role runs ("festival" of "music festival organisers"): its heads count too
    category: str = ""  # a field that is a family of fields ("deep tech"): a member named is the field
    org_kinds: tuple[str, ...] = ()  # kinds of organisation after the role ("im Baustoffhandel"): the headline must name each
    covered: bool = False  # the field is all said by role nouns and qualifiers ("costureiras … por conta própria", "FP de energías renovables")
    span_heads: tuple[str, ...] = ()  # person nouns of the field span the lexicon has no kind for ("bibliothécaires", "Kameraleute")
    span_rest: str = ""  # the span without them, the field proper ("dokumentarfilmen" of "Produzenten von Dokumentarfilmen")

    @property
    def embed_text(self) -> str:
        """The phrase's field as the embeddings see it: its words, or the lexicon's names for them."""
        if self.span_mode:
            return self.embed or self.span
        return self.span or self.field_text or " ".join(self.fields)


# words of a phrase that say who or what kind of organisation, not which field
_ORG_WORDS = rxcache.compile(
    r"\b(?:small|smaller|petit\w*|pequen\w*|klein(?:e|en|er|es)?|piccol\w*|busines\w*|compan\w*|entrepris\w*|empres\w*|unternehm\w*|aziend\w*|"
    r"impres\w*|bedrij\w*|ondernem\w*|negoci\w*|negozi|(?<!e-)commerces?|comercios?|geschaft\w*|betrieb\w*|zaken|firms?|tpe|pme|smes?|kmu|"
    r"pymes?|pmi|mkb|start-?ups?|scale-?ups?|shops?|e-shops?|webshops?|boutiques?|stores?|brands?|marques?|online|local|locales?|locaux|"
    r"lokale?n?|(?:mid|medium|middle|[\w-]*sized|mittler\w*|mittelst\w*|moyennes?|median[oa]s?|medi[ae]|medias|middelgrote|kleine[nr]?|"
    r"taille|intermediaire)(?=[\s-]+(?:\w+[\s-]+)?(?:busines|compan|entrepris|empres|unternehm|aziend|impres|bedrij|ondernem|firm))|independ\w*|indipendent\w*|unabhangig\w*|onafhankelijk\w*|famil\w*|neighbou?rhood|quartier|junior\w*|senior\w*|people|personnes|persone|pessoas|mensen|leute|personas|who|want|to|learn|looking|job|jobs|work|"
    r"newly|qualified|recently|new|grads?|careers?|carri(?:era|ere)s?|carreiras?|karriere|laufbahn|loopbaan)\b")
# "heads of procurement in food retail", "responsabili marketing di catene di ristoranti": the field, then where
# (only "in", "at", "for": "profesores de inglés" is one thing; "en" is "in" and "and" at once: no cue;
# "… or in languages" goes on with the fields)
_CONTEXT = rxcache.compile(r"(?<!\bor)(?<!\bou)(?<!\bo)(?<!\boder)(?<!\bof)(?<!\band)(?<!\bet)(?<!\by)(?<!\be)(?<!\bund)"
                      r"\s(?:in|within|at|for|dans|chez|pour|im|in der|bei|fur|para|nel|nella|nelle|nei|presso|per|"
                      r"em|no|na|nos|nas|bij|voor)\s")
# employers of a kind: "art directors at advertising agencies", "architects in engineering firms"
_EMPLOYER = rxcache.compile(r"\b(?:agenc\w*|agentur\w*|agenzi[ae]|bureaus?|firms?|studios?|compan(?:y|ies)|entreprises?|empresas?|unternehmen|"
                       r"aziende|bedrijven|cabinets?|kanzlei\w*|despachos?|escritorios?)\b")
# kinds of organisation a phrase may name after its role and field ("relationship managers at banks", "directores de
# alimentos y bebidas de hoteles"): the headline must name one (its field: banking, hospitality…)
_ORG_KIND = rxcache.compile(r"\b(?:banks?|banques?|bancos?|banche|banken|sparkassen|hotels?|hoteles|hoteis|alberghi|hotellerie|resorts?|"
                       r"hospitals?|hopitaux|hospitales|hospitais|ospedali|krankenhaus\w*|kliniken|ziekenhuizen|cliniques|clinicas|cliniche|"
                       r"clubs?|clubes|vereine|verenigingen|schools?|ecoles|escuelas|scuole|schulen|scholen|escolas|colegios|lycees|"
                       r"restaurants?|restaurantes|ristoranti|insurers|insurance compan\w*|assureurs|aseguradoras|assicurazion\w*|versicherung\w*|"
                       r"verzekeraars|seguradoras|pharmacies|farmacias|farmacie|apotheken|apotheken|wineries|cantine|bodegas|adegas|weinguter|"
                       r"universit\w*|hochschulen|hogescholen|airlines?|compagnies aeriennes|aerolineas|cruise lines?|law firms?|cabinets d'avocats|"
                       r"despachos|bufetes|kanzleien|studi legali|escritorios|advocatenkantoren|publishers|maisons d'edition|editoriales|verlage|"
                       r"case editrici|editoras|uitgeverijen|museums?|musees|museos|musei|museen|musea|theat(?:er|re)s?|teatros|teatri)\b")
# "de hoteles", "of banks", "di ospedali": a kind of organisation after the role and its field
_ORG_CONTEXT = rxcache.compile(r"\s(?:of|de|des|du|di|dei|degli|delle|della|van|von|der|do|da|dos|das|at|in|en|bei|bij|em|nos|nas|nei|nelle|"
                          r"for|pour|para|per|voor|fur)\s(?:(?:les|la|los|las|the|le|i|gli|het|de|die|den|grands?|large|big|grandes|grandi|"
                          r"grote|grossen?)\s)?(?=" + _ORG_KIND.pattern + ")")
_COMPOUND = rxcache.compile(r"([a-z]{3,}?)-?(?:studierende|student|leiter|leitung|direktor|manager|grunder|inhaber|chef|vorstand|importeur|importeure|"
                       r"importer|handler|handlerin)\w*$")
# titles that name no field: "business angels" and "business owners" are no business field
_UNFIELDED = {"investor", "owner", "founder", "ceo", "recruiter", "freelancer", "job_seeker", "graduate"}


def _target(kind: str, phrase: str) -> _Target:
    phrase = fieldspan.unsharp(phrase)  # "Großhändler": the lexicon spells it "gross", as the headlines are read
    text = re.sub(r"\s*,\s*", " or ", phrase)  # "students in finance, accounting or economics": one role, a list of fields
    reading = read(text)
    named = frozenset(r.kind for r in reading.roles) - {"professional"}
    if "freelancer" in named and "independent shop" in specific.qualifiers(phrase):
        named -= {"freelancer"}  # "libraires indépendants": their shop is independent (of chains), they are no freelancers
    accepts = frozenset().union(*(ACCEPTS[k] for k in named)) if named else ANYONE
    folded = fold(text)
    if "ceo" in named and not named & _RUNS_IT - {"ceo"} and _HOSPITALITY_GM.search(folded):
        accepts |= {"executive"}  # "hotel general managers": the director of a hotel is its general manager
    if "executive" in named and _TEAMS.search(folded):
        accepts |= {"manager"}  # "heads of data teams": a team lead heads one
    if "executive" in named and _RESPONSIBLE.search(folded):
        accepts |= {"manager"}  # "responsables des ressources humaines": an HR manager is one
    if "manager" in named and _EMPLOYER.search(folded):
        accepts |= {"owner"}  # "gerentes de agencias de viajes": the gérant of an agency manages it
    seniority = "junior" if "graduate" in named else seniority_of(text)
    if seniority == "junior" and not named & {"graduate", "job_seeker"} and named <= {"freelancer"}:
        # "junior data analysts", "insegnanti neoassunti": a new graduate, a student; "young farmers": farmers all the same
        accepts = (accepts & {"student", "job_seeker", "professional", "freelancer"}) | {"student", "graduate"}

    # what is left for the field: the text without organisation words and titles that name no field (the
    # same spans blanked in the folded text and in the text as written, whose capitals say "DRH", "IT")
    spans = [m.span() for m in _ORG_WORDS.finditer(folded)]
    titles = title_spans(text)
    spans += [(s, e) for s, e, k in titles if k in _UNFIELDED]
    # a kind of business ("owners of bakeries", "directores de hotel", "marketing di catene di ristoranti") is a
    # kind of organisation, not a field, unless the lexicon knows its words as one ("studenti di farmacia")
    runs_it = not named or bool(named & _RUNS_IT)
    kinds = [span for span in trade_spans(text) if runs_it or not fields_of(text[span[0]:span[1]])]
    trades = trades_of(" | ".join(text[a:b] for a, b in kinds))
    spans += kinds
    spans += specific.qualifier_spans(folded)  # "biologische boeren", "tandartsen met een eigen praktijk": a qualifier, not a field
    plain, written = folded, text
    for span in spans:
        plain, written = blank(plain, span), blank(written, span)
    head, whole = len(plain), set(fields_of(written))
    cues = sorted([*_CONTEXT.finditer(plain), *_ORG_CONTEXT.finditer(plain)], key=lambda m: m.start())
    for m in cues:
        before = set(fields_of(written[:m.start()]))
        if before - _PLACES and before <= whole:  # not "técnicos | de enfermagem": those words read together
            head = m.start()
            break
    if (kind_at := specific.org_kind_start(text)) is not None and fields_of(written[:kind_at]):
        head = min(head, kind_at)  # "jefes de compras | de distribuidores de material eléctrico": the employer's kind, not a field
    # "heads of maintenance at airlines": a kind of organisation after a field the lexicon does not know
    org_words = ""
    if head == len(plain):
        untitled = plain
        for s, e, _ in titles:
            untitled = blank(untitled, (s, e))
        for m in cues:
            if _ORG_KIND.search(folded[m.end():]) and fieldspan.words(untitled[:m.start()]) and not fields_of(written[:m.start()]):
                head, org_words = m.start(), " ".join(fieldspan.words(folded[m.end():]))
                break
    # "direttori R&S di aziende chimiche", "marketing managers at chemical companies": the employer's kind by an adjective
    # the lexicon does not know; the headline must say it somewhere
    if not org_words:
        kind_of = _EMPLOYER_OF.search(folded)
        if kind_of and kind_of.start() > 0 and (adj := " ".join(fieldspan.words(kind_of.group("adj") or kind_of.group("adj2") or ""))):
            # (a kind said by a qualifier, "aziende manifatturiere", is asked of the headline as one: see specific.QUALIFIERS)
            if not fields_of(adj) and not fields_of(text[kind_of.start():]) and not specific.qualifiers(adj):  # "at food companies": the lexicon knows food companies
                head, org_words = min(head, kind_of.start()), adj
    # "at advertising agencies", "in architecture firms": a kind of employer, whose field the headline must name
    org_fields = fields_of(text[head:]) if head < len(plain) and (_EMPLOYER.search(folded[head:]) or _ORG_KIND.search(folded[head:])) else ()
    generic = set(trades_of(text)) & _GENERIC_TRADES
    org = "startup" if startup_named(text) else "small" if (runs_it and trades) or generic else ""
    if org == "small" and named & _RUNS_IT and (not trades or set(trades) & _GENERIC_TRADES):
        accepts |= {"freelancer"}  # a freelancer's own business is a small business (not a restaurant)
    nouns = specific.role_nouns(phrase)
    # what a title names by itself ("CTOs": tech), a role noun ("Chefärzte": medicine), and what the lexicon knows of the rest
    fields = tuple(dict.fromkeys([f for r in reading.roles if (f := title_field(r.title))] + [f for n in nouns if (f := specific.noun_field(n))]
                                 + list(fields_of(written[:head]))))
    if len(fields) > 1 and not _EITHER.search(folded):  # "owners of physiotherapy clinics": the clinic's kind is the field, a clinic is no hospital
        # (but "estudantes de turismo ou hotelaria": one field or the other)
        fields = tuple(f for f in fields if f not in _PLACES)
    untitled_written = written
    for s, e, _ in titles:
        plain, untitled_written = blank(plain, (s, e)), blank(untitled_written, (s, e))
    field_text = words_of(plain[:head])  # for the embeddings, when the lexicon knows no field
    if not fields and not field_text:  # "Tourismusstudierende", "Vertriebsleiterinnen": the field inside a compound title
        field_text = " ".join(c.group(1) for s, e, k in titles if k not in _UNFIELDED and (c := _COMPOUND.match(folded[s:e])))
    # "small businesses and e-shops": any small business; "restaurants and cafés": those only
    heads = "executive" in named and bool(_HEADS.search(folded))
    # the phrase's field words as they are, for the spans: "jeunes urbanistes" → "urbanistes"
    fspan = " ".join(fieldspan.words(field_text))
    # words the lexicon did not read, that are no role either ("analysts", "technicians" are roles unknown to the lexicon)
    # (only a word that qualifies the field word after it: "game design", "game developers"; not "turismo y eventos")
    residue = " ".join(w for w in fieldspan.words(field_residue(written[:head])) if len(w) >= 4 and w in fspan.split()
                       and _qualifies(w, plain[:head])) if fields else ""
    # "chimica" read as chemical engineering: the lexicon's name says more than the phrase, which names the wider field
    rough = bool(fspan) and _rough(fields, fspan.split())
    # "music production", "Tourismusmanagement": one field in several words the lexicon reads apart (music; production as
    # industrial engineering): the words go together, not one or the other
    compound = len(fields) >= 2 and len(fspan.split()) >= 2 and _one_group(plain[:head], fspan.split())
    # "dottorandi in scienza dei materiali": science read as research, a broad field; the materials are the field
    vague = bool(fields) and set(fields) <= _BROAD_FIELDS and bool(fieldspan.words(field_residue(untitled_written[:head])))
    span_mode = bool(fspan) and (not fields or bool(residue) or rough or compound or vague)
    # "instaladores fotovoltaicos que trabajan como autónomos": the role noun and the qualifiers say the whole field
    covered = bool(fspan) and bool(nouns or specific.qualifiers(phrase)) and not fieldspan.words(_ORG_KIND.sub(" ", specific.unsaid(plain[:head])))
    # "music festival organisers": the words that are neither field nor role say what the organisers run ("festival")
    noun_object = tuple(w for w in fieldspan.words(field_residue(phrase)) if not specific.role_nouns(w)) \
        if any(specific.runs_it(n) for n in nouns) else ()
    # "bibliothécaires de médiathèques", "Produzenten von Dokumentarfilmen", "Kameraleute": a person noun the lexicon does not
    # know is the phrase's role, which the headline must name (cognate or close, in any language); the rest is the field,
    # but for words that only say the role's own place ("médiathèques" of librarians)
    span_heads: tuple[str, ...] = ()
    span_rest = embed_rest = ""
    if span_mode and not nouns and not fields and not reading.professions and named <= {"graduate", "freelancer", "job_seeker"}:  # ("diretores de aquários": a place)
        span_heads = tuple(w for w in fspan.split() if fieldspan.agent_word(w) and not fields_of(w))
        if span_heads and fspan.split()[0] not in span_heads:
            span_heads = ()  # "maatschappelijk werkers", "jeunes urbanistes paysagistes": a word before the noun is part of the role's name
        if span_heads:
            as_written = {fold(w): w for w in fieldspan.words(untitled_written[:head], science=True, written=True)}
            head_written = as_written.get(span_heads[0], span_heads[0])
            rest = [w for w in fspan.split() if w not in span_heads and _cos(as_written.get(w, w), head_written) < HEAD_PLACE]
            span_rest = " ".join(rest)
            embed_rest = " ".join(as_written.get(w, w) for w in rest)
    return _Target(kind, phrase, named, accepts, fields, field_text, seniority, heads, org, org_fields,
                   () if set(trades) & _GENERIC_TRADES else trades, reading.professions,
                   MICRO_HEADCOUNT if re.search(MICRO, folded) and not _SMALL_TOO.search(folded) else None,
                   tuple(p for r in reading.roles if r.title for p in professions_of(fold(r.title))),
                   fspan, embed_rest or " ".join(fieldspan.words(untitled_written[:head], science=True, written=True)), residue, org_words, span_mode,
                   nouns, noun_object, specific.category_of(phrase), specific.org_kinds(phrase), covered, span_heads, span_rest)


@lru_cache(maxsize=20000)
def _cos(a: str, b: str) -> float:
    """The encoder's cosine of two short texts."""
    from invitriage.judge.encoder import encode

    va, vb = encode([a, b])
    return float(va @ vb)


def _names_head(t: _Target, reading: Reading, role: Role) -> str:
    """The words of a headline that name the phrase's person noun: a cognate ("Bibliothekarin" for "bibliothécaires"), or
    its title and first words close to it ("Librarian", "Cinematographer"); "" when none."""
    hp = fieldspan.parts(reading.text, t.span_heads)
    # one family of person nouns in both, in any language: "Produttrice" for "Produzenten", "DoP" for "Kameraleute"
    if specific.person_nouns(" ".join(t.span_heads)) & specific.person_nouns(reading.text):
        return next((h for h in hp if specific.person_nouns(h)), role.title or reading.text)
    for w in t.span_heads:
        found = next((h for h in hp if fieldspan.cognate(w, h)), "")
        if found:
            return found
    first = re.split(r"\s[|–—·-]\s|[|,(]", reading.text)[0].strip()
    for said in dict.fromkeys(x for x in (role.title, first) if x and x.strip()):
        if max(_cos(said, w) for w in t.span_heads) >= HEAD_MIN:
            return said
    return ""


def _qualifies(word: str, folded: str) -> bool:
    """A word right before a word the lexicon reads as a field, with no link between: "game" in "game design"."""
    after = re.search(rf"\b{re.escape(word)}[\s-]+([\w-]+)", folded)
    return bool(after and fields_of(after.group(1)))


_EITHER = rxcache.compile(r"\b(?:or|ou|o|oder|of)\b")
_CONJUNCTION = rxcache.compile(r"\b(?:or|and|ou|et|o|y|e|u|oder|und|of|en|od|ed)\b|[,&/+]|\s-\s")


def _one_group(folded: str, words: Sequence[str]) -> bool:
    """The field words stand together, with no "or", "and", comma between them: "music production", "production musicale"."""
    first, last = folded.find(words[0]), folded.rfind(words[-1])
    return 0 <= first < last and not _CONJUNCTION.search(folded[first:last])


def _rough(fields: Sequence[str], span: Sequence[str]) -> bool:
    """The lexicon's name for the phrase's field says more than the phrase: "chimica" read as chemical engineering."""
    def said(n: str) -> bool:
        return any(fieldspan.cognate(n, w) for w in span)

    if any(all(said(n) for n in f.split()) for f in fields):
        return False
    return any(any(said(n) for n in f.split()) and any(n not in _GENERIC_NAME_WORDS and not said(n) for n in f.split()) for f in fields)


def _near(a: str, b: str) -> bool:
    """The same field, one a kind of the other, or two kinds of one (SEO and paid social are both marketing)."""
    return a == b or a in ancestors(b) or b in ancestors(a) or bool(set(PARENTS.get(a, ())) & set(PARENTS.get(b, ())))


def _about_self(note: str) -> str:
    """The sentences of a note where the sender speaks of themselves, as segments of one text."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", note)
    return " | ".join(p for p in parts if _FIRST_PERSON.search(fold(p)))


class BenefitMatcher:
    """Scores headlines and notes against the owner's help_whom, meet_whom and offer phrases.

    >>> m = BenefitMatcher([], ["marketing directors"], [], 0.45)
    >>> [x.evidence()["quote"] for x in m.match([("CMO | B2B SaaS", "")])[0]]
    ["headline 'CMO | B2B SaaS' — role: marketing director (CMO); field: marketing — matches 'marketing directors'"]
    >>> m.match([("Directrice commerciale", "")])
    [[]]
    """

    def __init__(self, help_whom: Sequence[str], meet_whom: Sequence[str], offer: Sequence[str], threshold: float):
        self.threshold = threshold
        self.targets = [_target(kind, p) for kind, phrases in (("help_whom", help_whom), ("meet_whom", meet_whom))
                        for p in phrases]
        self.offers = list(offer)
        # the owner's own field, from what they offer: a freelancer of that field is a peer ("SEO freelance")
        self.own_fields = tuple(dict.fromkeys(f for o in self.offers for f in fields_of(o)))

    @property
    def active(self) -> bool:
        return bool(self.targets or self.offers)

    def _decide(self, t: _Target, reading: Reading, role: Role) -> tuple[float, str] | str | None:
        """(score, field shown) when the lexicon decides; the words to embed when it cannot; None: no."""
        penalty = 0.0
        places_only = bool(t.fields) and set(t.fields) <= _PLACES  # "diretores de hospitais", "dirigenti scolastici": who runs one
        if _DEPUTY.search(fold(reading.text)) and role.kind in ("manager", "executive", "ceo", "owner") and (places_only or t.trades):
            return None  # "Assistant Restaurant Manager", "directeur adjoint": seconds, who do not run the place
        noun = ""
        if t.nouns:
            # "music festival organisers", "A&R managers", "PhD students": the headline names the same role, not the field alone
            noun = next((n for n in t.nouns if n in specific.role_nouns(reading.text)), "")
            if not noun and not (role.kind in _RUNS_IT | {"executive"} and t.noun_object
                                 and any(fieldspan.some_shared(w, reading.text) for w in t.noun_object)):
                return None  # (a festival's director or founder organises it too)
        if t.org_kinds and not all(specific.org_kind_named(k, reading.text) for k in t.org_kinds):
            return None  # "Einkaufsleiter im Baustoffhandel": the head of purchasing of a car maker or a hospital is not one
        # ("junior reporters and trainee journalists": junior already says new, a trainee is one kind of it)
        if any(specific.qualifier_unmet(q, reading.text) for q in specific.qualifiers(t.phrase) if not (q == "in training" and t.seniority == "junior")):
            return None  # "small NGOs", "amateur sports clubs", "at insurers": the organisation must be of that kind
        if t.max_people is None and "small nonprofit" in specific.qualifiers(t.phrase) and (headcount(reading.text) or 0) > SMALL_NONPROFIT:
            return None  # "ONG pequeñas": not one of 3,000 staff
        if role.kind == "freelancer" and "freelancer" not in t.named and any(r.kind in ("executive", "manager") for r in reading.roles):
            return None  # "Directrice artistique freelance": a director for hire, not the founder of a business
        if role.kind not in t.accepts and not noun:  # "giornalisti praticanti": a Volontärin is one, whatever her kind of role
            if role.kind == "graduate" and "student" in t.named and "job_seeker" in reading.kinds:
                penalty = GRADUATE_FOR_STUDENT  # "Jeune diplômée | à la recherche d'un premier emploi": not employed yet, nearly a student
            elif role.kind == "manager" and t.heads and _HEADING_MANAGER.match(fold(role.title)):
                pass
            elif t.title_professions and set(t.title_professions) & set(reading.professions) and role.kind in _UNSAID | _RUNS_IT:
                pass  # "giovani vignaioli": a young winemaker is one, whatever the kind of role the phrase names
            elif (role.kind == "manager" and places_only and "executive" in t.named and _GENERAL_MANAGER.match(fold(role.title))
                  and set(role.fields) <= _PLACES | {"management", "business"}):
                pass  # "Gerente del Club de Pádel", "Club-Manager": who manages a club runs it
            # "Gerente de panadería": the manager of a bakery runs it; a store manager may work for a chain,
            # and a community manager at a hotel runs the hotel's social media, not the hotel
            elif not (t.org == "small" and role.kind == "manager" and not role.fields and role.trade in _TRADES_RUN_BY_MANAGERS
                      and reading.org == "small" and not role.unit):
                return None
        if t.professions and not noun and not set(t.professions) & set(reading.professions):
            # "sommelier": a wine journalist, a winemaker or a vineyard manager is none; "newly qualified translators":
            # an interpreter is one, a project manager of a translation agency is not
            # (a headline that names no trade and no role does not say otherwise: "Néo-titulaire en mathématiques")
            if reading.professions or (not t.named - {"graduate", "job_seeker"} and role.kind not in _UNSAID):
                return None
        if role.kind == "ceo" and t.named and t.fields and not t.named & _RUNS_IT and "management" not in t.fields and not places_only:
            return None  # a chief executive's field is the whole organisation: no "director of nursing" (but a property developer)
        # "hotel general managers", "gerentes de restaurantes": who runs one, with no field of their own but the phrase's
        runs_place = places_only or bool(t.trades and t.named & (_RUNS_IT | {"executive", "manager"}))
        if runs_place and role.kind in ("executive", "manager"):
            if set(role.fields) - _PLACES - {"management"} - set(t.fields) - {a for f in t.fields for a in ancestors(f)}:
                return None  # the sales director of a hospital, the HR director of a school group do not run it
            if role.unit:
                return None  # "Head of Maths Department", "Chef de service": a part of it
        if role.kind == "manager" and "project management" in role.fields and "project management" not in t.fields:
            return None  # a localisation project manager runs projects, not localisation
        if role.kind in ("executive", "manager") and "freelancer" in reading.kinds and not t.named & {"freelancer"}:
            return None  # "Social Media Manager freelance", "Fractional CFO": for hire, nobody's manager
        if role.kind == "ceo" and "ceo" not in t.named and reading.org == "large":
            return None  # the chief executive of a large group founded and owns nothing
        if t.seniority == "junior":
            if role.seniority != "junior":
                return None  # "junior data analysts", "newly qualified nurses": only those who say they are new
            if role.kind == "student":
                penalty = STUDENT_FOR_JUNIOR  # junior, but not yet analysts
        if t.seniority == "senior" and role.seniority == "junior":
            return None
        if t.org:
            if reading.org == "large" or (t.org == "startup" and (reading.org == "established" or (reading.org == "small" and reading.trade))):
                return None  # a bakery, a family firm or a business "since 1985" is no start-up (a headcount alone says nothing)
            if t.org == "startup" and role.kind != "founder" and reading.org != "startup":
                return None  # an owner, a chief executive or a head of research works at a start-up when the headline says so; founders found them
        if t.max_people is not None and (headcount(reading.text) or 0) > t.max_people:
            return None  # "founders of micro-businesses": not of a company of 200
        if "job_seeker" in t.named and "job_seeker" not in reading.kinds:
            return None  # "neolaureati in cerca di lavoro", "managers in career transition": they must be looking
        if t.trades and not set(reading.trades) & set(t.trades):
            return None  # "owners of restaurants", "marketing managers of restaurant chains": a restaurant it must be
        if t.org_fields and (reading.in_house or not any(related(w, h) for w in t.org_fields for h in reading.org_fields)):
            return None  # "at advertising agencies": an art director of a theatre, a film or an in-house brand team is not
        if not t.fields and (not t.field_text or t.trades):  # "restaurantes saludables": a restaurant, healthy or not
            if (role.kind in ("freelancer", "owner") and not t.trades
                    and any(_near(f, o) for f in role.fields for o in self.own_fields)):
                return None  # "Consultant SEO freelance", a partner of a labour-law firm: the owner's peers, not clients
            shown = (f"small business: {reading.trade}" if reading.trade and reading.trade not in _GENERIC_TRADES
                     else reading.org if reading.org else ", ".join(role.fields) or "not stated")
            return ROLE_ONLY - penalty, shown
        if t.org_words and not fieldspan.some_shared(t.org_words, reading.text):
            return None  # "heads of maintenance at airlines": an airline it must say
        if noun and specific.noun_field(noun) and specific.noun_field(noun) in t.fields:
            return SAME - penalty, specific.noun_field(noun)  # "A&R Manager at Copperline Records": A&R is music
        if t.covered and (noun or not t.nouns):
            # "Selbstständiger Solarteur": the role noun and the qualifiers met are the whole field
            return SAME - penalty, ", ".join([noun] * bool(noun) + list(specific.qualifiers(t.phrase)))
        if t.category and (member := specific.member_named(t.category, reading.text)):
            return SAME - penalty, f"{t.category}: {member}"  # "start-up de puces photoniques": photonics is deep tech
        if t.span_mode:
            return self._span_decide(t, reading, role, penalty)
        have = role.fields
        if runs_place and role.kind in ("executive", "manager", "ceo"):
            # "Diretora Executiva @ Esporte Clube": the place where the head works is the one they run
            have = tuple(dict.fromkeys(have + tuple(f for f in reading.org_fields if f in _PLACES)))
        if role.kind == "recruiter" and "recruiter" in t.named:
            have = fields_of(reading.text)  # "tech recruiters": what they recruit for
        elif not have and "volunteer" in specific.qualifiers(t.phrase):
            have = fields_of(reading.text)  # "Vrijwilliger bij Voedselbank Amersfoort": a volunteer's field is where they give their time
        if t.professions and role.kind in _UNSAID | _RUNS_IT and not set(role.fields) - _PLACES and (shared := set(t.professions) & set(reading.professions)):
            return SAME - penalty, ", ".join(sorted(shared))  # "Junior Aktuarin", "Libraia": the profession is the field
        if t.fields and have:
            best = max(((related(w, h), h) for w in t.fields for h in have), key=lambda x: x[0])
            if best[0] == 0:
                return None  # both fields known, and different: "sales director" is no marketing director
            matched = [h for h in have if any(related(w, h) for w in t.fields)]
            return (SAME if best[0] == 2 else RELATED) - penalty, ", ".join(matched)
        return role.field_text or None  # unknown on one side: the embeddings decide

    def _span_decide(self, t: _Target, reading: Reading, role: Role, penalty: float) -> tuple[float, str] | str | None:
        """The phrase's field words against the role's own, when the lexicon does not know the phrase's field."""
        if t.fields and role.fields and not any(related(w, h) for w in t.fields for h in role.fields) and not t.residue:
            return None  # the lexicon knows both, and they differ: "architecture" for "urbanisme" (read as architecture)
        own = fieldspan.split_words(role.field_text) or fieldspan.title_field_words(role.title)
        said = f"{role.title} {role.field_text}"  # a compound title carries the field: "Chemiestudentin", "Honigimporteur"
        wanted = t.residue or t.span  # "game design": the lexicon has said design, the spans say game
        if t.nouns and not t.residue:  # "éditeurs jeunesse": the role noun is the headline's to name, the rest is the field
            wanted = " ".join(w for w in wanted.split() if not specific.role_nouns(w)) or wanted
        if t.span_heads:
            if not (head := _names_head(t, reading, role)):
                return None  # "Guionista de documentales" for "Produzenten von Dokumentarfilmen": another role
            if not t.span_rest:
                return SAME - penalty, f"'{fold(head)}' (names '{' '.join(t.span_heads)}')"
            wanted = t.span_rest  # the field proper: "Produzent Werbefilme" is a producer, not of documentaries
        if t.residue and t.fields and role.fields and not any(related(w, h) for w in t.fields for h in role.fields):
            return None
        verdict = fieldspan.compare(wanted, said)
        # (a volunteer's field is the place they give their time to: "Volunteer at the village library")
        if verdict != "same" and (role.kind in _RUNS_IT | {"importer"} or "volunteer" in specific.qualifiers(t.phrase)):
            verdict = fieldspan.compare(wanted, reading.text)  # "Co-founder of Pixel Lantern, a 5-person indie game studio"
        if verdict == "same" and not self._wider(t, role, said):
            words = fieldspan.shown(role.field_text) or fieldspan.title_field_words(role.title) or fieldspan.shown(said)
            return SAME - penalty, f"'{words}' (same words as '{wanted}')"
        if verdict in ("broader", "other") or not own.strip():
            return None  # "Biologie" for "biologia marinha"; nothing said of the field
        if t.fields and not t.residue and any(h not in _BROAD_FIELDS and not any(related(w, h) for w in t.fields) for h in role.fields):
            return None  # "Producción Audiovisual" for "music production": the lexicon reads another field (audiovisual) in it
        # the encoder sees the role's own segment, not the employer: "mecanico aeronaves" of "Mecânico de aeronaves | TAP"
        return fieldspan.split_words(own_segment_written(reading.text, role.title)) or own

    @staticmethod
    def _wider(t: _Target, role: Role, said: str) -> bool:
        """The headline's field is a known one that says more than the phrase: "Chemical Engineering" for "chimica"."""
        hw = fieldspan.words(said)
        for f in role.fields:
            name = f.split()
            if len(name) > 1 and any(fieldspan.cognate(n, w) for n in name for w in t.span.split()):
                extra = [n for n in name if not any(fieldspan.cognate(n, w) for w in t.span.split())]
                # the extra word said, in any language: "Engineering", "Engenharia Química" (read alone as engineering)
                if extra and all(any(fieldspan.cognate(n, h) or fields_of(h) == (n,) for h in hw) for n in extra):
                    return True
        return False

    def match(self, items: Sequence[tuple[str, str]]) -> list[list[Match]]:
        """For each (headline, note), the matches above the threshold, best first.

        Offer phrases are matched against notes only: a headline in the owner's own field is a peer,
        not someone who needs the owner. Each distinct text is read once and embedded at most once.
        """
        if not self.active:
            return [[] for _ in items]
        texts = {t for h, n in items for t in (h, _about_self(n) if n else "") if t and t.strip()}
        readings = {t: read(t) for t in texts}
        pending: dict[tuple[str, int, int], str] = {}  # (text, target, role) -> words to embed
        decided: dict[tuple[str, int, int], tuple[float, str]] = {}
        for text, reading in readings.items():
            for ti, t in enumerate(self.targets):
                for ri, role in enumerate(reading.roles):
                    d = self._decide(t, reading, role)
                    if isinstance(d, tuple):
                        decided[text, ti, ri] = d
                    elif isinstance(d, str):
                        pending[text, ti, ri] = d
        # An offer is weighed against the note's core, without greeting and sign-off: the text the intent model
        # embeds too, so each note is embedded once per triage, not twice (judge.model.core_text)
        core: dict[str, str] = {}
        if self.offers:
            from invitriage.judge.model import core_text

            core = {n: core_text(n) for _, n in items if n and n.strip()}
        notes = sorted(set(core.values()))
        sims = self._similarities(pending, notes)
        out: list[list[Match]] = []
        for headline, note in items:
            found: list[Match] = []
            for source, text in (("headline", headline), ("note", _about_self(note) if note else "")):
                if not text or not text.strip():
                    continue
                reading = readings[text]
                for ti, t in enumerate(self.targets):
                    best: Match | None = None
                    for ri, role in enumerate(reading.roles):
                        key = (text, ti, ri)
                        if key in decided:
                            score, field = decided[key]
                        elif key in pending:
                            score = sims[pending[key], t.embed_text]
                            if t.span_mode:
                                other = sims.get((pending[key], _OTHER_FIELDS + t.embed_text), 0.0)
                                if score < SPAN_MIN or score < other + SPAN_MARGIN:
                                    continue
                                field = f"'{pending[key]}' (close to '{t.embed_text}', {score:.2f}; nearest other field {other:.2f})"
                                score = RELATED
                            elif score < UNKNOWN_FIELD_MIN:
                                continue
                            else:
                                field = f"'{pending[key]}' (close to '{t.embed_text}', {score:.2f})"
                        else:
                            continue
                        if score >= self.threshold and (best is None or score > best.score):
                            named = field if field in role.fields else next((f for f in role.fields if f in field), "")
                            best = Match(t.kind, t.phrase, source, _shown(text if source == "headline" else note),
                                         round(score, 3), role.label(named), field)
                    if best:
                        found.append(best)
            for phrase in self.offers if note and note.strip() else []:
                # A short offer phrase ("SEO") is never very close to a whole note: a lower bar,
                # and an offer match only raises priority, it never turns accept into reply.
                sim = sims[core[note], phrase]
                if sim >= self.threshold - OFFER_SLACK:
                    found.append(Match("offer", phrase, "note", _shown(note), round(sim, 3)))
            found.sort(key=lambda m: -m.score)
            out.append(found)
        return out

    def _similarities(self, pending: dict[tuple[str, int, int], str], notes: list[str]) -> dict[tuple[str, str], float]:
        """Cosines of the (words, phrase field) and (note, offer) pairs, embedding each text once."""
        pairs = {(words, self.targets[ti].embed_text) for (_, ti, _), words in pending.items()}
        pairs |= {(n, o) for n in notes for o in self.offers}
        if not pairs:
            return {}
        from invitriage.judge.encoder import encode

        spans = {(words, self.targets[ti].embed_text) for (_, ti, _), words in pending.items() if self.targets[ti].span_mode}
        names = FIELD_NAMES if spans else []
        texts = sorted({x for pair in pairs for x in pair} | set(names))
        vecs = encode(texts)
        row = {x: i for i, x in enumerate(texts)}
        out = {(a, b): float(vecs[row[a]] @ vecs[row[b]]) for a, b in pairs}
        if spans:
            named = vecs[[row[n] for n in names]]
            for words, field in spans:
                # the nearest field the lexicon knows, leaving out those that are the phrase's own
                own = named @ vecs[row[field]] >= OWN_FIELD
                others = named @ vecs[row[words]]
                out[words, _OTHER_FIELDS + field] = float(max((x for x, o in zip(others, own) if not o), default=0.0))
        return out
