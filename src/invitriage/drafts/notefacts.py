"""What a note says, for a reply that uses it: names, language, register, address and the facts.

The drafts never paste raw spans of a note. They write their own sentences around short slots taken
from it — an event, date words, the topic of a post, a role, a referrer's name, what is asked — each
a whole phrase (a preposition and what follows it, a name) checked for boundaries: never cut inside a
word, a parenthesis or an abbreviation, never a greeting, a self-introduction, a signature or a call
to action. Everything here is pure: text in, dataclasses out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from invitriage.drafts import rx as cre
from invitriage.drafts import told
from invitriage.drafts.given_names import name_language
from invitriage.drafts.quickq import COUNT_ASKED
from invitriage.drafts.needs import needs
from invitriage.drafts.situation import MEASURE_GREW, RANKED
from invitriage.judge.normalize import fold, is_emoji, normalize, sentence_span, without_emoji
from invitriage.taxonomy import LANGUAGES

# -- names ---------------------------------------------------------------------------------------

#: Academic and professional titles written before a name (folded, without the final dot).
_ACADEMIC = {"prof": "Prof.", "professor": "Prof.", "profa": "Profa.", "prof.ssa": "Prof.ssa", "dr": "Dr.",
             "prof.ª": "Profa.", "profª": "Profa.", "prof.a": "Profa.", "professora": "Profa.", "professoressa": "Prof.ssa",
             "profesora": "Profa.", "profesor": "Prof.", "professore": "Prof.", "dottoressa": "Dott.ssa", "dottore": "Dott.",
             "dr.ª": "Dra.", "drª": "Dra.", "dr.a": "Dra.", "doutora": "Dra.", "doutor": "Dr.", "doctora": "Dra.",
             "dra": "Dra.", "doctor": "Dr.", "dott": "Dott.", "dott.ssa": "Dott.ssa", "dottssa": "Dott.ssa",
             "ing": "Ing.", "avv": "Avv.", "arch": "Arch.", "ir": "ir.", "drs": "drs.", "mag": "Mag.",
             "dipl.-ing": "Dipl.-Ing.", "med": "med.", "pd": "PD"}
#: Courtesy titles: they tell the gender and are not part of the name.
_COURTESY = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mlle": "f", "m": "m", "herr": "m",
             "frau": "f", "sr": "m", "sra": "f", "srta": "f", "don": "m", "dona": "f", "doña": "f", "sig": "m",
             "sig.ra": "f", "signor": "m", "signora": "f", "dhr": "m", "mevr": "f", "mevrouw": "f", "meneer": "m",
             "madame": "f", "monsieur": "m"}
_FEMALE_TITLES = {"dra", "dott.ssa", "dottssa", "prof.ssa", "profa", "prof.ª", "profª", "prof.a", "professora", "professoressa",
                  "profesora", "dottoressa", "dr.ª", "drª", "dr.a", "doutora", "doctora"}
#: Letters after a name: not part of it ("Jane Doe, MBA", "Klaus Meier PhD").
_CREDENTIALS = {"mba", "phd", "ph.d", "msc", "m.sc", "bsc", "b.sc", "ma", "m.a", "ba", "b.a", "md", "cpa", "cfa", "pmp",
                "llm", "ll.m", "jd", "esq", "jr", "sr", "cissp", "acca", "emba", "dba", "mphil", "frsa", "shrm-cp",
                "ceo", "cto", "cmo", "cfo", "coo", "mvp", "pcc", "acc", "ms", "mres", "meng", "dipl", "hr", "it"}
_PARTICLES = {"de", "du", "des", "la", "le", "van", "der", "den", "von", "zu", "da", "das", "do", "dos", "di",
              "del", "della", "dei", "degli", "ten", "ter", "te", "vom", "'t", "d'", "y", "e", "af", "al", "el", "mac", "st"}


@dataclass(frozen=True)
class Name:
    """A display name read for an address: ``first`` for "Hi Jane", titles and ``last`` for "Dear Dr Doe"."""

    first: str = ""
    last: str = ""
    titles: tuple[str, ...] = ()
    #: "f", "m" or "" — only from a courtesy or gendered title in the name itself.
    gender: str = ""
    #: True when ``last`` is certainly the surname (two words, "Lee, Min-ji", "DUPONT Gérard").
    sure: bool = False
    #: words between the first name and the surname ("María [López] García").
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def _clean_token(tok: str) -> str:
    return tok.strip(" .,;:!?\"'“”«»()[]{}|/\\-–—·•")


def _title_key(tok: str) -> str:
    return fold(tok).rstrip(".").replace(" ", "")


def _smart_case(word: str) -> str:
    """'DUPONT' → 'Dupont', 'JEAN-PIERRE' → 'Jean-Pierre'; mixed case is kept ('McDonald', 'van')."""
    if word.isupper() and len(word) > 1:
        return "-".join(w[:1] + w[1:].lower() for w in word.split("-"))
    return word


def parse_name(display: str | None) -> Name:
    """Read a LinkedIn display name.

    >>> parse_name("Prof. Dr. Klaus Meier")
    Name(first='Klaus', last='Meier', titles=('Prof.', 'Dr.'), gender='', sure=True, middle='')
    >>> parse_name("Jane Doe, MBA").first, parse_name("Lee, Min-ji 🚀").first, parse_name("Lee, Min-ji 🚀").last
    ('Jane', 'Min-ji', 'Lee')
    >>> parse_name("DUPONT Gérard").full, parse_name("Jan de Vries").last
    ('Gérard Dupont', 'de Vries')
    """
    text = unicodedata.normalize("NFC", display or "")
    text = without_emoji(text)
    text = cre.sub(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>", " ", text)  # "(she/her)", "{{firstName}}"
    text = cre.split(r"\s[|–—•·]\s|\s-\s|\s\|\s?|\|", text)[0]  # "Marco Rossi | CEO"
    text = " ".join(text.split())
    if not text or not cre.search(r"[^\W\d_]", text):
        return Name()
    surname_first = ""
    if "," in text:
        head, *rest = [p.strip() for p in text.split(",")]
        kept = [p for p in rest if p and not all(_title_key(t) in _CREDENTIALS or t.isupper() for t in p.split())]
        if kept and len(head.split()) == 1 and len(kept[0].split()) <= 2:
            surname_first = head  # "Lee, Min-ji"
            text = kept[0]
        else:
            text = head
    titles: list[str] = []
    gender = ""
    tokens = text.split()
    while tokens:
        key = _title_key(tokens[0])
        if key in _ACADEMIC:
            titles.append(_ACADEMIC[key])
            if key in _FEMALE_TITLES:
                gender = "f"
        elif key in _COURTESY and len(tokens) > 1:
            gender = _COURTESY[key]
        else:
            break
        tokens.pop(0)
    while len(tokens) > 1 and (_title_key(tokens[-1]) in _CREDENTIALS or cre.fullmatch(r"[A-Z][A-Z.\-]{1,6}", tokens[-1])
                               and not tokens[-1].rstrip(".").isalpha() or _title_key(tokens[-1]) in ("phd", "mba")):
        tokens.pop()
    tokens = [t for t in (_clean_token(t) for t in tokens) if t and cre.search(r"[^\W\d_]", t)]
    if not tokens:
        return Name(titles=tuple(titles), gender=gender)
    if surname_first:
        return Name(_smart_case(tokens[0]), _smart_case(_clean_token(surname_first)), tuple(titles), gender, True)
    upper = [t for t in tokens if t.isupper() and len(t) > 1]
    if len(tokens) >= 2 and len(upper) == 1 and not all(t.isupper() for t in tokens):
        # "DUPONT Gérard" / "Gérard DUPONT": the capitals mark the surname.
        last = upper[0]
        rest = [t for t in tokens if t is not last]
        return Name(_smart_case(rest[0]), _smart_case(last), tuple(titles), gender, True)
    tokens = [_smart_case(t) for t in tokens] if all(t.isupper() for t in tokens) else tokens
    first = tokens[0]
    if len(tokens) == 1:
        return Name(first, "", tuple(titles), gender, False)
    # The surname is the last word with the particles before it ("de Vries", "van der Berg").
    i = len(tokens) - 1
    while i > 1 and fold(tokens[i - 1]) in _PARTICLES:
        i -= 1
    last = " ".join(tokens[i:])
    return Name(first, last, tuple(titles), gender, sure=(i == 1), middle=" ".join(tokens[1:i]))


# -- language ------------------------------------------------------------------------------------

#: Greeting words that name one language (folded). "Hi", "Hello", "Hey" are everyone's.
_GREETING_LANG = [
    ("es", r"hola|buenas|buenos dias|buenas tardes|estimad[oa]|querid[oa]"),
    ("fr", r"bonjour|bonsoir|salut|coucou|cher|chere"),
    ("de", r"guten tag|guten morgen|servus|moin|gruezi|sehr geehrte[rs]?|liebe[rs]?"),
    ("it", r"ciao|buongiorno|buonasera|salve|gentile|egregi[oa]|car[oa]"),
    ("pt", r"ola|oi|bom dia|boa tarde|prezad[oa]"),
    ("nl", r"hoi|goedemorgen|goedemiddag|goedendag|geachte|beste|dag"),
    ("de", r"hallo"),  # Dutch too: the headline decides between them
]
_SHARED_GREETINGS = {"hallo": ("de", "nl"), "hi": (), "hello": (), "hey": (), "dear": ("en",)}

#: Words of a headline that tell its language: role nouns and the little words around them, folded.
#: Company names are skipped (only a segment's first word and lower-case words count).
#: A headline's words by language. Words every language of the table shares or borrows ("online", "de" — Dutch,
#: Spanish, Portuguese and French all write it) are left out: "Tienda online de cosmética natural" is Spanish.
_HEADLINE_WORDS: dict[str, set[str]] = {
    "fr": {"etudiant", "etudiante", "alternant", "alternante", "stagiaire", "charge", "chargee", "responsable",
           "directeur", "directrice", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
           "co-fondatrice", "gerant", "gerante", "dirigeant", "dirigeante", "createur", "createurice", "creatrice",
           "chez", "jeune", "diplome", "diplomee", "recherche", "artisan", "artisane", "boulanger", "boulangere",
           "ebeniste", "ecole", "conseil", "consultante", "chef", "cheffe", "assistante", "independant",
           "independante", "formateur", "formatrice", "ingenieur", "ingenieure", "developpeur", "developpeuse",
           "commerciale", "entreprise", "emploi", "premier", "specialisation", "licence", "pour", "les", "et",
           "des", "du", "au", "aux", "sur", "en", "a", "agence", "commerce", "reconditionnes", "creations",
           "artisanales", "immobiliere", "marque", "employeur", "contenu", "gestion", "communication",
           "numerique", "redactrice", "redacteur", "photographe", "graphiste", "traductrice", "traducteur", "digitale"},
    "en": {"student", "msc", "bba", "founder", "cofounder", "co-founder", "owner", "at", "of", "and", "intern", "graduate",
           "looking", "for", "head", "lead", "small", "business", "director", "specialist", "engineer",
           "developer", "assistant", "officer", "seeking", "open", "to", "work", "the", "in", "with",
           "manager", "freelance", "freelancer", "homeware", "handmade", "goods", "eco-friendly", "internship",
           "communications", "writer", "designer", "strategist", "consultant", "helping", "brands", "grow",
           "senior", "junior", "content", "creator", "analyst", "sales", "partner", "advisor"},
    "es": {"estudiante", "responsable", "director", "directora", "fundador", "fundadora", "cofundador",
           "cofundadora", "gerente", "jefe", "jefa", "en", "y", "master", "publicidad", "ingeniero",
           "ingeniera", "desarrollador", "desarrolladora", "tecnico", "tecnica", "especialista",
           "emprendedor", "emprendedora", "dueno", "duena", "licenciado", "licenciada", "graduado",
           "graduada", "practicas", "busco", "buscando", "empleo", "comunicacion", "redactora", "redactor",
           "consultora", "asesor", "asesora", "el", "los", "las", "con", "para", "del", "tienda", "rrpp", "ventas"},
    "pt": {"estudante", "estagiario", "estagiaria", "fundador", "fundadora", "da", "do", "na", "no", "em",
           "gerente", "diretor", "diretora", "engenheiro", "engenheira", "desenvolvedor", "desenvolvedora",
           "analista", "socio", "socia", "proprietario", "proprietaria", "loja", "formado", "formada", "recem",
           "procura", "busca", "vaga", "comunicacao", "publicidade", "e", "com", "para", "dos", "das",
           "empreendedor", "empreendedora", "coordenador", "coordenadora", "consultora", "redatora", "varejo", "vendas"},
    "it": {"studente", "studentessa", "titolare", "fondatore", "fondatrice", "responsabile", "laureato",
           "laureata", "di", "presso", "e", "direttore", "direttrice", "ingegnere", "sviluppatore",
           "sviluppatrice", "libero", "professionista", "tirocinante", "stagista", "cerco", "digitale",
           "comunicazione", "della", "del", "delle", "per", "in", "con", "consulente", "imprenditore",
           "imprenditrice", "negozio", "laurea", "magistrale", "vendite"},
    "de": {"student", "studentin", "inhaber", "inhaberin", "grunder", "grunderin", "mitgrunder",
           "geschaftsfuhrer", "geschaftsfuhrerin", "leiter", "leiterin", "bei", "und", "fur", "werkstudent",
           "werkstudentin", "auszubildende", "auszubildender", "berater", "beraterin", "schwerpunkt", "von",
           "mit", "im", "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "referent", "referentin",
           "selbststandig", "suche", "der", "die", "das", "medienmanagement", "unternehmerin", "unternehmer",
           "managerin", "marketingleiterin", "marketingleiter", "studiengang", "texterin", "texter"},
    "nl": {"student", "studente", "eigenaar", "eigenaresse", "oprichter", "oprichtster", "mede-oprichter",
           "bij", "zelfstandig", "ondernemer", "medewerker", "medewerkster", "stagiair", "stagiaire",
           "adviseur", "van", "voor", "het", "op", "zoek", "naar", "werkzoekend", "afgestudeerd", "en",
           "een", "met", "ondernemen", "communicatie", "bureau", "winkel", "marketeer", "hoofd", "directeur-eigenaar",
           "teamleider", "projectleider", "verkoper"},
}
#: Words so strongly tied to one language that they count double.
_HEADLINE_STRONG: dict[str, set[str]] = {
    "fr": {"chez", "etudiant", "etudiante", "alternant", "alternante", "stagiaire", "chargee", "directrice",
           "fondateur", "fondatrice", "gerant", "gerante", "dirigeant", "dirigeante", "createur", "creatrice",
           "diplome", "diplomee", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "ecole", "aux"},
    "en": {"at", "student", "founder", "owner", "intern", "graduate", "looking", "co-founder", "cofounder", "helping", "internship"},
    "es": {"estudiante", "fundadora", "directora", "publicidad", "practicas", "busco", "buscando", "empleo", "jefa", "dueno",
           "duena", "cofundadora", "cofundador", "rrpp", "comunicacion", "jefe", "ventas"},
    "pt": {"estudante", "estagiario", "estagiaria", "socio", "socia", "loja", "comunicacao", "publicidade",
           "recem", "vaga", "empreendedora", "empreendedor", "diretor", "diretora", "varejo", "vendas"},
    "it": {"studente", "studentessa", "titolare", "fondatore", "fondatrice", "responsabile", "presso",
           "laureato", "laureata", "stagista", "tirocinante", "comunicazione", "direttore", "direttrice", "vendite",
           "di"},  # "Founder di Bottega Verde Lab": an English role, Italian "di" where English writes "of"
    "de": {"studentin", "inhaber", "inhaberin", "grunder", "grunderin", "geschaftsfuhrer", "geschaftsfuhrerin",
           "bei", "und", "fur", "werkstudent", "werkstudentin", "schwerpunkt", "im", "leiterin"},
    "nl": {"eigenaar", "oprichter", "bij", "zelfstandig", "ondernemer", "medewerker", "werkzoekend",
           "afgestudeerd", "het", "voor", "oprichtster", "studente", "hoofd", "teamleider", "projectleider"},
}


#: Nouns of one language that tell a headline's language even capitalised inside a name: a company's form
#: ("Gruppo Alimentare Dolcezze", "Tienda …"), a school or a field of study ("Student Communicatie @ Fontys").
_HEADLINE_NOUNS: dict[str, set[str]] = {
    "fr": {"groupe", "universite", "ecole", "agence", "lycee", "iut"},
    "en": {"university", "college"},
    "es": {"universidad", "empresa", "tienda", "comunicacion", "publicidad", "ecologica", "ecologico", "artesanal", "bodega", "bodegas",
           "facultad", "escuela"},
    "pt": {"universidade", "vinicola", "loja", "comunicacao", "publicidade", "faculdade", "escola", "pousada", "pousadas"},
    "it": {"gruppo", "universita", "azienda", "agenzia", "societa", "pastificio", "comunicazione", "alimentare", "politecnico", "scuola", "negozio"},
    "de": {"gruppe", "universitat", "hochschule", "agentur", "kommunikation", "wirtschaft", "verlag", "fachhochschule"},
    "nl": {"groep", "universiteit", "hogeschool", "communicatie", "bakkerij", "winkel", "opleiding", "woningcorporatie"},
}


#: Job titles written as one word (a field glued to a role), which only Dutch and German do: "marketingdirecteur"
#: is Dutch where "directeur" alone could be French; "Vertriebsleiterin", "Marketingleiter" German.
_COMPOUND_ROLES = {
    "nl": r"[a-z]{3,}(?:directeur|adviseur|adviseuse|medewerker|medewerkster|deskundige|ontwikkelaar|verantwoordelijke|leider|leidster"
          r"|coordinator|specialist|manager|strateeg|consulent|beheerder|ondersteuner)",
    "de": r"[a-z]{3,}(?:leiter|leiterin|leitung|direktor|direktorin|berater|beraterin|referent|referentin|managerin|entwickler|entwicklerin"
          r"|verantwortliche|verantwortlicher|kaufmann|kauffrau|fachwirt|fachwirtin|spezialistin|expertin|koordinatorin|assistentin)",
}
#: One-word titles ending like a Dutch or German compound that are English or French words.
_NOT_COMPOUND = {"codirecteur", "sousdirecteur", "productmanager", "salesmanager", "accountmanager", "projectmanager", "teamleader"}


def _compound_role(word: str) -> str:
    """"nl" or "de" for a one-word compound job title ("Marketingdirecteur", "Vertriebsleiterin"), else ""."""
    w = fold(word).replace("-", "")
    if w in _NOT_COMPOUND or len(w) < 10:
        return ""
    if cre.fullmatch(_COMPOUND_ROLES["de"], w):
        return "de"
    if cre.fullmatch(_COMPOUND_ROLES["nl"], w) and not cre.fullmatch(r"[a-z]*(?:manager|specialist|coordinator)", w) or \
            cre.fullmatch(r"[a-z]{3,}(?:s|e)?(?:manager|specialist|coordinator)", w) and cre.search(r"(?:verkoop|inkoop|klant|merk|winkel|afdeling|bedrijfs|zorg|gemeente)", w):
        return "nl"
    return ""


#: Articles that open a business's name in each language ("Les Jardins de Marie", "El Rincón", "Het Groene Huis").
_BEFORE_COMPANY = {"en", "na", "no", "em", "di", "bei", "bij", "at"}
#: Articles that open a business's name (see below).
_NAME_ARTICLES = {"le", "la", "les", "el", "los", "las", "il", "lo", "het", "de", "die", "der", "das", "the", "o", "a", "os", "as"}


def _brand_name(words: list[str]) -> bool:
    """Whether a headline segment's words are a business's name alone: two capitalised words or more, the rest short
    linking words ("Comptoir des Épices", "Terre d'Ocre", "Het Groene Huis"), opened by no role word ("Studente
    Magistrale in Marketing", "Founder of Terre d'Ocre" are titles).

    >>> _brand_name("Les Jardins de Marie".split()), _brand_name("Het Groene Huis".split()), _brand_name("Studente Magistrale in Marketing".split())
    (True, True, False)
    """
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2 or not words[0][:1].isupper():
        return False
    if any(not w[:1].isupper() and (len(w) > 3 or w in _BEFORE_COMPANY) and "'" not in w and "’" not in w for w in words):
        return False  # a description, or a title before its company ("Growth Lead na Hotmart")
    first = fold(words[0])
    if first in _NAME_ARTICLES:
        return True
    return not any(first in ws for ws in _HEADLINE_WORDS.values()) and not _compound_role(words[0]) \
        and not any(first in ns for ns in _HEADLINE_NOUNS.values())


def headline_lang(headline: str, tied: list[str] | None = None) -> str | None:
    """The language a headline's words are in, or None when they do not tell (names, "CMO | SEO");
    ``tied`` gets the languages whose words tie ("Fundador de …" is Spanish or Portuguese).

    >>> headline_lang("Responsable marketing – Mealtrack"), headline_lang("Founder | Comptoir des Épices – eco-friendly homeware")
    ('fr', 'en')
    >>> headline_lang("Inhaber von Cuir de Saône"), headline_lang("Estudiante de Publicidad y RRPP"), headline_lang("CMO | SEO") is None
    ('de', 'es', True)
    """
    scores = dict.fromkeys(_HEADLINE_WORDS, 0.0)
    nouns = dict.fromkeys(_HEADLINE_WORDS, 0.0)
    for segment in cre.split(r"\s*[|•·–—@,/]\s*|\s-\s", headline or ""):
        words = cre.findall(r"[^\W\d_][\w'’\-]*", segment)
        brand = _brand_name(words)
        for pos, word in enumerate(words):
            noun = [lang for lang, nouns in _HEADLINE_NOUNS.items() if fold(word) in nouns]
            if noun:
                nouns[noun[0]] += 1.0
                continue
            if brand:
                continue  # "Les Jardins de Marie", "Casa do Pão", "Het Groene Huis": a name; its little words are not the headline's
            compound = _compound_role(word)
            if compound:
                scores[compound] += 2.0  # "Marketingdirecteur", "Vertriebsleiterin": a one-word title is its own language's
                continue
            if pos > 0 and word[:1].isupper():
                continue  # "Les Bocaux de Margot", "Grain d'Or": a company's name, not its language
            if "'" in word or "’" in word:
                folded_word = fold(word).split("'")[0] + "'"
                if folded_word in ("d'", "l'", "qu'"):
                    scores["fr"] += 1
                continue
            w = fold(word)
            for lang, words_of in _HEADLINE_WORDS.items():
                if w in words_of:
                    scores[lang] += 2.0 if w in _HEADLINE_STRONG[lang] else 1.0
    folded = fold(headline or "")
    # Letters only one language writes, even in a place or company name: "São Paulo", "España", "Köln".
    raw = (headline or "").lower()
    if cre.search(r"[ãõ]", raw):
        scores["pt"] += 1.5
    if "ñ" in raw:
        scores["es"] += 1.5
    if cre.search(r"[ßäöü]", raw):
        scores["de"] += 1.0
    # "Responsable marketing" is French; "Responsable de marketing" (no article) is Spanish.
    if cre.search(r"\bresponsable (?!de\b|del\b|d')[a-z]", folded):
        scores["fr"] += 1.5
    elif cre.search(r"\bresponsable de (?!la\b|l'|les\b)", folded):
        scores["es"] += 1.5
    # The little word before a company's name is the writer's own language, whatever the (English) role:
    # "Head of Growth en Cabify", "… na Nubank", "… presso Satispay", "Founder di Bottega Verde"; English word order ("Marketing Director").
    for m in cre.finditer(r"(?:^|\s)(en|na|no|em|presso|di|bei|bij|chez|at)\s+(?=[A-ZÀ-Ý0-9][\wà-ÿ]|[a-z][A-Z])([\w'’-]+)", headline or ""):
        word = m.group(1)
        if word in ("en", "na", "no", "em") and (m.group(2).isupper() or cre.fullmatch(
                r"marketing|communication|comunica\w+|master|licence|publicidad|publicidade|digital|strat\w+|estrat\w+|ventas|vendas"
                r"|ressources|recursos|design|dise\w+|droit|derecho|direito|finance|finanzas|financas|data|gestion|gestao|ingenier\w+|economia|administra\w+",
                fold(m.group(2)))):
            continue  # "Consultante en SEO", "Máster en Marketing": a field, not a company
        told = {"na": "pt", "no": "pt", "em": "pt", "presso": "it", "di": "it", "bei": "de", "bij": "nl", "chez": "fr", "at": "en"}.get(word, "")
        if word == "en":
            told = "es" if not any(w in folded.split() for w in _HEADLINE_STRONG["fr"]) else "fr"
        if told:
            scores[told] += 2.0
    if cre.search(r"\b(?:marketing|growth|brand|digital|content|sales|product|communications?|social media|performance|seo|e-?commerce)"
                 r" (?:director|manager|lead|specialist|officer|executive|coordinator|strategist|consultant|analyst)\b", folded):
        scores["en"] += 2.0
    if cre.search(r"\b(?:[se]?vp|vice[- ]president)\b(?: of)? (?:marketing|growth|sales|product|brand|digital|e-?commerce|communications?"
                 r"|partnerships|operations|revenue|customer|people|engineering|data|strategy|business)\b", folded):
        # "VP Marketing – Northwind Retail Group", "VP Growth @ Doctolib": an English title with nothing of another language
        scores["en"] += 1.5
    placed = []
    for lang, rx in _HEADLINE_PLACES.items():
        if cre.search(rx, folded if lang != "de" else raw):
            scores[lang] += 2.0
            placed.append(lang)
    if cre.search(r"\b(?:da|do|das|dos)\s+[A-ZÀ-Ý]", headline or "") and not cre.search(r"\b(?:di|del|della|per|presso|von|und)\b", folded):
        scores["pt"] += 1.5  # "Fundadora da Flor de Sal", "Sócio do Grupo X": Spanish writes "de la", "del"
    # Dutch diaeresis endings ("Commerciële Economie", "financiële", "ideeën", "België") and a Dutch university of
    # applied sciences by its acronym ("@ HAN", "bij HvA"): a student's field in Dutch among English media words.
    if cre.search(r"[a-zà-ÿ](?:ële|iën|eën)\b|\bbelgië\b", raw):
        scores["nl"] += 2.5
    if cre.search(r"(?:@|\bbij\b|\bat\b)\s*(?:han|hva|hhs|hu|rug|uva|wur|tu/?e|fontys|saxion|windesheim|inholland|avans|hanze|zuyd|nhl stenden)\b", folded):
        scores["nl"] += 2.0
    if cre.search(r"\w(?:ería|erías)\b", raw):
        scores["es"] += 1.5  # "pastelería", "librería": Spanish (Portuguese writes "pastelaria")
    # A company's or a school's own words ("Gruppo …", "Hogeschool …") beat an English job title, used everywhere,
    # but not the role words of another language ("Responsable de marketing | Agence Mirabel" is Spanish).
    by_role = max(scores, key=lambda k: scores[k])
    weight = 3.5 if scores[by_role] < 1.5 or by_role == "en" else 1.0
    for lang, n in nouns.items():
        scores[lang] += n * weight
    best = max(scores.values())
    if best < 1.5:
        if best >= 1.0 and tied is not None:
            tied.extend(lang for lang, s in scores.items() if s == best)
        return None
    winners = [lang for lang, s in scores.items() if s == best]
    if len(winners) == 2 and "en" in winners and winners[winners[0] == "en"] in placed:
        return winners[winners[0] == "en"]  # "Head of Growth | FreshBox GmbH": the company's country beats an English title
    if len(winners) > 1 and tied is not None:
        tied.extend(winners)
    return winners[0] if len(winners) == 1 else None


#: "Ken jij mensen in je netwerk die …", "do you know any people who'd be open to…", "conoces perfiles que…": a recruiter's
#: ask for people (plural, not "someone"), in every language.
_PEOPLE = (r"(?:mensen|personen|kandidaten|people|candidates|profiles|leute|kandidat(?:inn)?en|gente|personas|perfiles|candidatos|candidatas"
           r"|persone|profili|candidati|candidate|pessoas|perfis|profils|candidat(?:e)?s|personnes)")
_PEOPLE_ASK = (r"\b(?:(?:ken|kent|kennen|weet) (?:je|u|jij|jullie)|(?:kennst du|kennen sie|kennt ihr)|(?:do|would) you (?:happen to )?know"
               r"|(?:conoces|conoce|conocen)|(?:conosci|conosce|conoscete)|(?:conhece|conheces|conhecem)"
               r"|(?:connais-tu|connaissez-vous|tu connais|vous connaissez|tu connaitrais|vous connaitriez))"
               # "Kennen Sie ggf. geeignete Kandidaten?", "conoce p. ej. perfiles…": an abbreviation's full stop ends no sentence
               r" (?:\w+\.? ){0,3}" + _PEOPLE + r"\b"
               r"|\b" + _PEOPLE + r" (?:\w+ ){0,2}(?:in|dans|de|en|nel|nella|na|no|aus|uit|im) (?:your|votre|ton|ihrem|deinem|tu|su|tua|sua|teu|seu|uw|je|jouw)"
               r" (?:network|reseau|netzwerk|red|rete|rede|netwerk)\b")


#: Company forms and cities that tell a headline's country (hence language) when its words do not.
_HEADLINE_PLACES = {
    "es": r"\b(?:s\.?l\.?u?|s\.a\.u)\b|\b(?:madrid|barcelona|valencia|sevilla|bilbao|malaga|zaragoza|espana|mexico|bogota|buenos aires|santiago de chile|lima)\b",
    "it": r"\b(?:s\.?p\.?a|s\.?r\.?l)\b|\b(?:milano|roma|torino|bologna|napoli|firenze|venezia|genova|italia|verona|padova)\b",
    "pt": r"\b(?:lda|ltda)\b|\b(?:lisboa|porto|braga|coimbra|sao paulo|rio de janeiro|belo horizonte|curitiba|brasil|portugal)\b",
    "de": r"\b(?:gmbh|ag|kg|ug)\b|\b(?:berlin|munchen|hamburg|koln|frankfurt|stuttgart|dusseldorf|wien|zurich|deutschland|osterreich)\b",
    "nl": r"\b(?:b\.?v|n\.?v)\b|\b(?:amsterdam|rotterdam|utrecht|den haag|eindhoven|antwerpen|gent|brussel|leuven|nederland|belgie)\b",
    "fr": r"\b(?:sarl|sas|sasu)\b|\b(?:paris|lyon|marseille|toulouse|bordeaux|lille|nantes|rennes|bruxelles|geneve)\b",
}


def greeting_lang(note: str) -> tuple[str | None, tuple[str, ...]]:
    """(language, alternatives) told by the first word of a note: "Hola!" → es; "Hallo" → de or nl."""
    folded = fold(note).strip(" \t\n!¡¿?.,:;-")
    for lang, words in _GREETING_LANG:
        if cre.match(rf"(?:{words})\b", folded):
            first = folded.split()[0] if folded.split() else ""
            return lang, _SHARED_GREETINGS.get(first.strip("!.,"), ())
    m = cre.match(r"(hi|hello|hey|dear)\b", folded)
    if m:
        return None, _SHARED_GREETINGS[m.group(1)]
    return None, ()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


#: A note with fewer letters than this, once greeting and name are removed, is too short to tell.
MIN_CORE_LETTERS = 12


def reply_language(note: str, judged: str | None, headline: str | None, owner: str, name: str = "") -> str:
    """The language of the reply: the note's; for no note or a short one, the greeting's or the
    headline's; then the owner's.

    >>> reply_language("", "fr", "Marketing intern at Clevio", "fr"), reply_language("Hola!", "fr", "", "fr")
    ('en', 'es')
    >>> reply_language("Hallo Camille!", "fr", "Eigenaar bij De Bakkerij", "fr"), reply_language("Hi!", "fr", "", "fr")
    ('nl', 'fr')
    """
    note = (note or "").strip()
    core = normalize(note).core if note else ""
    if note and judged in LANGUAGES and _letters(core) >= MIN_CORE_LETTERS:
        if judged == owner and _letters(core) < SHORT_NOTE_LETTERS:
            # The judgment gives a short note it is unsure of the owner's language: "Hola Camille, me gustaria
            # conectar contigo" is Spanish all the same when the identifier leans that way and the greeting agrees.
            other = short_note_language(note, owner)
            if other:
                return other
        return str(judged)
    from_headline = _headline_language(headline or "", owner, name if not note else "") if (headline or "").strip() else None
    if from_headline is None and not note and name and _english_unnamed(headline or "", name, owner):
        # "CMO | Greyhollow Group" from Stefan Lange: a headline of English words only, a name not the owner's; English
        from_headline = "en"
    if from_headline is None and not note and name and owner != "en" and name_language(name) == "en" \
            and not owner_named_business(headline or "", owner):
        # "CMO | Northgate Partners" from Tom Wood: a headline no language rule placed, a first name or surname typical of English
        from_headline = "en"
    if from_headline == "en" and _english_title_only((headline or "").strip()) \
            and (_name_in(name, owner) or name_language(name) == owner) and name_language(name) != "en":
        # "Hélène Guillaume, Head of Growth", "Antoine Mallet, Head of Growth @ Back Market": a title as English in Lyon
        # as in London; the name decides
        from_headline = None
    if from_headline == "en" and not note and name and _english_title_only((headline or "").strip()):
        # "Head of Growth @ Nuvem Pagamentos" from Gustavo Azevedo: an English title, a business and a name both in one other
        # language; that language is theirs
        from_headline = _business_and_name_language(headline or "", name, owner) or from_headline
    if from_headline == owner and not note and _third_language_name(name, owner) and headline_lang(headline or "") == "en" \
            and owner_named_business(headline or "", owner):
        # "Founder | La Cave de Fourvière – eco-friendly homeware" from Markus Schmidt: an English headline, a business of
        # the owner's market, a name of a third language; English, the headline's, is the one they surely read
        from_headline = "en"
    if note:
        lang, shared = greeting_lang(note)
        if from_headline and from_headline in shared:
            return from_headline
        if lang:
            return lang
        if judged in LANGUAGES and _letters(core) >= 1 and judged != owner:
            return str(judged)
        informal, count = _informal(note)
        if informal and informal != owner and (count >= 2 or _short_guess(note) == informal):
            return informal  # "e aí, beleza?", "hey wie gehts, lg": chat words and the identifier agree
    if from_headline:
        return from_headline
    return owner


#: How sure the identifier must be that a note-less sender's name is of a third language (neither the owner's nor English).
_THIRD_NAME_PROB = 0.6


def _third_language_name(name: str, owner: str) -> bool:
    """A person's name clearly of a language neither the owner's nor English ("Markus Schmidt" for a French owner).

    >>> _third_language_name("Markus Schmidt", "fr"), _third_language_name("Cyril Fleury", "fr"), _third_language_name("", "fr")
    (True, False, False)
    """
    from invitriage.judge.lang import restricted_guess

    if not name.strip() or name_language(name) in (owner, "en"):
        return False
    guess, prob = restricted_guess(name)
    return guess not in (owner, "en") and prob >= _THIRD_NAME_PROB


def _short_guess(note: str) -> str:
    from invitriage.judge.lang import restricted_guess

    return restricted_guess(note)[0]


#: Below this many letters (greeting and name removed), a note judged in the owner's language is checked again.
SHORT_NOTE_LETTERS = 80


#: Chat words, slang and abbreviations only one of the seven languages writes (folded): a short informal note
#: ("hola q tal, te agrego 👍", "e aí, beleza?", "hey wie gehts, lg", "hoi! ff connecten?") is in that language.
_INFORMAL_LANG = {
    "es": r"q tal|que tal|k tal|agrego|agregame|agregarte|agregarnos|te agregue|saludos?|un saludo|crack|guay|"
          r"porfa|xfa|tmb|besos|oye|buenas|genial conectar|encantad[oa]|nos vemos|te sigo|mi red",
    "pt": r"beleza|blz|tudo bem|td bem|tudo certo|tudo bom|e ai|vamo|bora|abs|abracos?|vlw|valeu|tmj|obg|opa|"
          r"te adicionei|adicionei|minha rede|bjs|beijos",
    "it": r"ciao|grazie|aggiungo|aggiungiamoci|ci sentiamo|piacere|ti seguo|come va|un saluto|a presto|rete",
    "de": r"gehts|geht's|wie geht's|lg|vg|servus|moin|freu mich|lass uns|vernetzen|grusse|gruss|bis bald|tschuss",
    "nl": r"hoi|ff|effe|groetjes|gezellig|leuk|doei|tot ziens|doeg|thnx|groet|netwerk",
}
_INFORMAL_RX = {lang: cre.compile(rf"(?<![\w'])(?:{words})(?![\w'])") for lang, words in _INFORMAL_LANG.items()}


def informal_language(note: str) -> str | None:
    """The one language whose chat words a note holds, or None (none, or several languages').

    >>> informal_language("hola q tal, te agrego a mi red 👍"), informal_language("e aí, beleza?")
    ('es', 'pt')
    >>> informal_language("hey wie gehts, lg"), informal_language("Hi there!")
    ('de', None)
    """
    lang, _count = _informal(note)
    return lang


def _informal(note: str) -> tuple[str | None, int]:
    folded = fold(note).lower()
    found = {lang: len(set(rx.findall(folded))) for lang, rx in _INFORMAL_RX.items()}
    found = {lang: n for lang, n in found.items() if n}
    return (next(iter(found)), max(found.values())) if len(found) == 1 else (None, 0)


def short_note_language(note: str, owner: str) -> str | None:
    """Another of the seven languages for a short note the judgment left in the owner's, or None."""
    from invitriage.judge.lang import restricted_guess

    guess, prob = restricted_guess(note)
    informal, count = _informal(note)
    if informal and informal != owner and count >= 2 and guess in (owner, informal, "en"):
        return informal  # "opa, tudo certo? vamo conectar": two chat words of one language and none of another's
    if guess == owner or guess not in LANGUAGES:
        # the identifier reads the owner's language into a few chat words; only a greeting of another language
        # and its chat words together overrule it
        return informal if informal and informal != owner and greeting_lang(note)[0] == informal else None
    greeted, shared = greeting_lang(note)
    if greeted == guess or guess in shared:
        return guess if prob >= 0.5 or informal_language(note) == guess else None
    if greeted is not None and greeted != guess:
        return None  # "Bonjour, …": the greeting is the owner's language; keep it
    return guess if prob >= 0.75 else None


#: The parts of a headline ("Studente Magistrale @ Bocconi | Aspirante SEO specialist").
_HEADLINE_PARTS = r"\s*(?:[|·•]|\s-\s|\s–\s)\s*"


#: How sure the identifier must be that a name is in the owner's language ("Hélène Guillaume", "Anaïs Maillard") for it
#: to outweigh a bare English job title; "Pierre Leclerc" or "Tom Williams" it reads at far less.
_NAME_LANG_PROB = 0.75


def _name_in(name: str, lang: str) -> bool:
    """Whether a person's name is clearly in one language (its letters and endings), as the identifier reads it.

    >>> _name_in("Hélène Guillaume", "fr"), _name_in("Tom Williams", "fr"), _name_in("", "fr")
    (True, False, False)
    """
    from invitriage.judge.lang import restricted_guess

    guess, prob = restricted_guess(name) if name.strip() else ("", 0.0)
    return guess == lang and prob >= _NAME_LANG_PROB


#: A bare English job title (folded), nothing else: "Head of Growth", "VP of Sales", "Senior Product Manager". English is
#: the lingua franca of titles, so such a headline says no more of its owner's language than "Project Manager" or "CMO".
_BARE_EN_TITLE = r"(?:[a-z][\w-]*|of|and|&)(?: (?:[a-z][\w-]*|of|and|&)){0,3}"


#: What only a headline written as English sentences says (folded): "I help brands grow", "Helping SaaS scale", "my".
_EN_SENTENCE = r"\b(?:i|i'm|im|my|we|our|you|your|helping|help|passionate|love|making|building|turning|looking|open to|seeking)\b"


#: A role over several markets (folded), whose English is the working language: "Marketing Director EMEA at Spotify".
_GLOBAL_ROLE = r"\b(?:emea|apac|latam|global|international|worldwide|europe|european|benelux|dach|nordics|americas)\b"


def _english_title_only(headline: str) -> bool:
    """An English headline that is only titles and names ("Head of Growth @ Back Market", "CMO | Maison Lumière"), no
    English sentence: it says how titles are written, not which language its owner reads.

    >>> _english_title_only("Head of Growth @ Back Market"), _english_title_only("Helping brands grow on TikTok | Founder")
    (True, False)
    """
    return _bare_english_title(headline) or (len(headline.split()) <= 10 and not cre.search(_EN_SENTENCE, fold(headline))
                                             and not cre.search(_GLOBAL_ROLE, fold(headline)))


def _bare_english_title(headline: str) -> bool:
    """A headline that is one English job title in title case, no company, no field, no sentence.

    >>> _bare_english_title("Head of Growth"), _bare_english_title("Senior Product Manager"), _bare_english_title("Looking for an internship")
    (True, True, False)
    >>> _bare_english_title("Head of Growth @ Qonto"), _bare_english_title("Founder of Bloom")
    (False, False)
    """
    words = headline.split()
    return (all(w[:1].isupper() or w in ("of", "and", "&") for w in words) and cre.fullmatch(_BARE_EN_TITLE, fold(headline)) is not None
            and not any(fold(w) in _HEADLINE_STRONG["en"] for w in words))


#: The small words that link a job title's parts in each language but never in English (folded): "Director de
#: Marketing", "Manager van de webshop", "Responsabile di Marketing".
_TITLE_LINKS = {"es": r"\b(?:de|del|y)\b", "pt": r"\b(?:de|do|da|dos|das|e)\b", "it": r"\b(?:di|del|della|dei|e)\b",
                "fr": r"\b(?:de|du|des|et|chez)\b", "nl": r"\b(?:van|bij|en)\b", "de": r"\b(?:bei|fur|und|im)\b"}


#: Spellings of a surname only Spanish or only Portuguese writes (folded): "Pérez", "Muñoz", the Spanish diphthongs of
#: "Prieto", "Fuentes" (not "Vieira", "Siqueira"); "Gonçalves", "Magalhães", "Carvalho", "Cunha".
_SURNAME_SPELLING = {"es": r"ñ|[a-z]ez\b|ie[^aeiou\W]|(?<![qg])ue[^aeiou\W]", "pt": r"[ãõç]|lh|nh|[a-z]es\b|ao\b"}


def _iberian_surname(name: str) -> str:
    """"es" or "pt" when a person's surname (the words after the first) is spelt only one of the two ways, else "".

    >>> _iberian_surname("Hugo Prieto"), _iberian_surname("Ana Pérez"), _iberian_surname("João Magalhães"), _iberian_surname("Ana Lima")
    ('es', 'es', 'pt', '')
    """
    surname = " ".join(name.lower().split()[1:])
    found = [lang for lang, rx in _SURNAME_SPELLING.items() if cre.search(rx, surname)]
    return found[0] if len(found) == 1 else ""


def _english_unnamed(headline: str, name: str, owner: str) -> bool:
    """A headline of English words that no rule placed ("CMO | Greyhollow Group") from someone whose name is not
    the owner's language ("Stefan Lange"): English, the language such a sender and the owner share.

    >>> _english_unnamed("CMO | Greyhollow Group", "Stefan Lange", "fr"), _english_unnamed("CMO | Greyhollow Group", "Julien Morel", "fr")
    (True, False)
    """
    from invitriage.judge.lang import language_odds, restricted_guess

    by_name, prob = restricted_guess(name)
    return (language_odds(headline).get("en", 0.0) >= _EN_HEADLINE_PROB and by_name != owner and prob >= _FOREIGN_NAME_PROB
            and not owner_named_business(headline, owner))


#: How sure the identifier must be that a headline no word placed is English, and that a name is of one language not
#: the owner's ("Stefan Lange"; "Julien Morel" it reads at far less), for a note-less stranger to be answered in English.
_EN_HEADLINE_PROB, _FOREIGN_NAME_PROB = 0.6, 0.5


#: How sure the identifier must be of a name's language, how likely that language must be for a business name of at
#: least so many letters, and how unlikely English, for the business to be named in the sender's own language.
_KIN_NAME_PROB, _KIN_PART_PROB, _KIN_PART_MAX_EN, _KIN_PART_LETTERS = 0.5, 0.2, 0.1, 12


def _employer_in_name_language(headline: str, name: str) -> str:
    """The language of a note-less sender's name when a business name in the English headline is in it too, else "".

    >>> _employer_in_name_language("Head of Growth | Zappi Pagamentos", "Fernanda Oliveira")
    'pt'
    >>> _employer_in_name_language("Head of Growth | Zappi Pagamentos", "Hannah Whitmore"), _employer_in_name_language("Growth Lead at Spotify", "Fernanda Oliveira")
    ('', '')
    """
    if not name.strip():
        return ""
    from invitriage.judge.lang import language_odds, restricted_guess

    by_name, prob = restricted_guess(name)
    if by_name not in LANGUAGES or by_name == "en" or prob < _KIN_NAME_PROB:
        return ""
    for part in cre.split(_NAME_PARTS, headline):
        if len(cre.sub(r"[^a-zA-ZÀ-ÿ]", "", part)) < _KIN_PART_LETTERS:
            continue
        odds = language_odds(part)
        if odds.get(by_name, 0.0) >= _KIN_PART_PROB and odds.get("en", 1.0) < _KIN_PART_MAX_EN:
            return by_name
    return ""


#: How sure the identifier must be of a headline's description ("Maglieria artigianale online") for it to name the language.
_DESCRIPTION_MIN_PROB = 0.8


def _description_language(headline: str) -> str:
    """The language of the part of an English-titled headline that describes the business in lowercase words ("Founder @
    Lanificio Sole | Maglieria artigianale online": Italian), or "" (a brand in capitals, English words, an unsure guess).

    >>> _description_language("Founder @ Lanificio Sole | Maglieria artigianale online"), _description_language("Founder @ Acme | Handmade knitwear online")
    ('it', '')
    >>> _description_language("Growth Lead at Green Leaf Studio"), _description_language("Founder | Comptoir des Épices – eco-friendly homeware")
    ('', '')
    """
    from invitriage.judge.lang import language_odds

    for part in cre.split(_HEADLINE_PARTS, headline):
        words = part.split()
        if len(words) < 2 or headline_lang(part) is not None or not any(w.islower() for w in words[1:]) \
                or any(w[:1].isupper() for w in words[1:]):
            continue  # English words, or a brand ("Comptoir des Épices", "Bottega dei Sapori"): no description
        odds = language_odds(part)
        best = max(odds, key=lambda k: odds[k]) if odds else ""
        if best and best != "en" and odds[best] >= _DESCRIPTION_MIN_PROB:
            return best
    return ""


def _name_not_owners(name: str, owner: str) -> bool:
    """Whether a note-less sender's name is given and reads as no name of the owner's language ("Meera Patel", "Fatima
    Khan" for a French owner; not "Cyril Fleury", nor no name at all).

    >>> _name_not_owners("Meera Patel", "fr"), _name_not_owners("Cyril Fleury", "fr"), _name_not_owners("", "fr")
    (True, False, False)
    """
    from invitriage.judge.lang import restricted_guess

    if not name.strip() or name_language(name) == owner:
        return False
    return restricted_guess(name)[0] != owner


@lru_cache(maxsize=4096)
def _headline_language(headline: str, owner: str, name: str = "") -> str | None:
    tied: list[str] = []
    lang = headline_lang(headline, tied)
    if lang == "en":
        # English is the lingua franca of job titles: a part of the headline in another language says whose it is
        # ("Studente Magistrale in Marketing Digitale @ Bocconi | Aspirante SEO specialist": Italian)
        other = next((x for x in (headline_lang(p) for p in cre.split(_HEADLINE_PARTS, headline) if p.strip()) if x and x != "en"), None)
        if other:
            return other
        described = _description_language(headline)
        if described:
            return described
        if owner != "en" and owner_named_business(headline, owner) and not _name_not_owners(name, owner):
            # "Owner, Cuir de Saône": a business of the owner's market; but from Meera Patel or Fatima Khan the brand name
            # alone does not make the headline French: the English words around it decide
            return owner
        # a note-less sender whose name and whose employer's name are of one other language ("Head of Growth | Zappi
        # Pagamentos" from Fernanda Oliveira): a home-market business, whose staff read their own language
        kin = _employer_in_name_language(headline, name)
        if kin:
            return kin
    if lang in ("en", None):
        from invitriage.drafts.region import region_language

        # "Head of Growth DACH @ Zalando", "Country Manager Iberia": an English headline, one market: its language
        regional = region_language(headline)
        # "Student in Digital Marketing at EM Lyon" from Chloe Adams (no note): an English headline naming a French place, from
        # a name typical of English, is an English speaker studying or working there; the place's language is not theirs
        if regional and not (lang == "en" and regional != "en" and name and name_language(name) == "en"):
            return regional
    if lang:
        return lang
    from invitriage.judge.lang import detect_language, restricted_guess

    if tied:
        # The role words tie ("Fundador de Meias Loucas": Spanish or Portuguese): the rest of the headline decides
        # between them, never for a third language (the owner's). A note-less sender's surname spelt only one of
        # Spanish and Portuguese ways ("Hugo Prieto", "Fundador de Tostado Café Online") says which first.
        by_surname = _iberian_surname(name) if {"es", "pt"} <= set(tied) else ""
        if by_surname:
            return by_surname
        guess, prob = restricted_guess(headline)
        if guess in tied and prob >= 0.5:
            return guess
        # "Director de Marketing": a tie with English that a linking word of one other tied language settles (English
        # would write "Director of Marketing")
        linked = [x for x in tied if x != "en" and x in _TITLE_LINKS and cre.search(_TITLE_LINKS[x], fold(headline))]
        if "en" in tied and len(linked) == 1:
            return linked[0]
    found = detect_language(headline, "", min_letters=12, min_prob=0.9)
    return found if found in LANGUAGES else None


#: Where a headline's business name starts or ends: "Owner, Cuir de Saône", "Founder | X – eco-friendly homeware",
#: "Head of Marketing at La Belle Équipe".
_NAME_PARTS = r"\s*(?:[|·•,@(){}\[\]]|\s[-–—]\s|\b(?:at|of|for)\b)\s*"
#: How much likelier the owner's language must be than English for a business name to be in it, and at least how
#: likely among the seven.
_NAME_OVER_EN, _NAME_MIN_PROB = 5.0, 0.2
#: Letters that, of the seven languages, mostly one writes: a one-word brand holding one ("Cabaïa", "Façonnable",
#: "Sœur") is named in that language. "é" and "à" are left out (Spanish, Italian and Portuguese write them too:
#: "Nestlé", "Pokémon" stay English).
_BRAND_LETTERS = {"fr": "œæçïîûùëêèâ", "de": "ßäöü", "es": "ñ", "pt": "ãõ"}


def owner_named_business(headline: str, owner: str) -> bool:
    """An English headline naming a business whose name is in the owner's language: someone of the owner's own
    market, whom the owner would answer in the owner's language ("Owner, Cuir de Saône" for a French owner).

    >>> owner_named_business("Owner, Cuir de Saône", "fr"), owner_named_business("Founder | Savonnerie des Pentes – eco-friendly homeware", "fr")
    (True, True)
    >>> owner_named_business("Marketing intern at Clevio", "fr"), owner_named_business("Growth Lead at Green Leaf Studio", "fr")
    (False, False)
    >>> owner_named_business("Partner at Deloitte", "fr"), owner_named_business("Owner, Bäckerei Schmidt", "fr")
    (False, False)
    """
    from invitriage.judge.lang import language_odds

    for part in cre.split(_NAME_PARTS, headline):
        words = part.split()
        if len(words) == 1 and _one_word_brand_in(part, owner):
            return True
        if len(words) < 2 or headline_lang(part) is not None or not any(w[:1].isupper() for w in words):
            continue  # a role ("eco-friendly homeware"), or one word a brand could spell in any language ("Deloitte")
        odds = language_odds(part)
        if odds.get(owner, 0.0) >= _NAME_MIN_PROB and odds.get(owner, 0.0) >= _NAME_OVER_EN * odds.get("en", 1.0):
            return True
    return False


def _business_and_name_language(headline: str, name: str, owner: str) -> str:
    """The one language (not English, not the owner's: those have their own rules) that both the headline's business
    name (two words or more, clearly that language) and the person's name read as, or "".

    >>> _business_and_name_language("Head of Growth @ Nuvem Pagamentos", "Gustavo Azevedo", "fr")
    'pt'
    >>> _business_and_name_language("CMO | Northgate Partners", "Tom Wood", "fr"), _business_and_name_language("Head of Growth @ Hotmart", "Ana Lima", "fr")
    ('', '')
    """
    from invitriage.judge.lang import language_odds, restricted_guess

    guess = restricted_guess(name)[0] if name.strip() else ""
    if not guess or guess in ("en", owner):
        return ""
    by_name = language_odds(name)
    if by_name.get(guess, 0.0) < _NAME_OVER_EN_WEAK * by_name.get("en", 0.0):
        return ""  # "Chris Walker": barely likelier German than English, no say
    for part in cre.split(_NAME_PARTS, headline):
        words = part.split()
        if len(words) < 2 or headline_lang(part) is not None or not all(w[:1].isupper() for w in words):
            continue
        odds = language_odds(part)
        if odds.get(guess, 0.0) >= _BUSINESS_MIN_PROB and odds.get(guess, 0.0) >= _NAME_OVER_EN * odds.get("en", 1.0):
            return guess
    return ""


#: How sure the identifier must be of a business name, and how much likelier a person's name must read as that language
#: than English, for a note-less sender's English title to be answered in it.
_BUSINESS_MIN_PROB, _NAME_OVER_EN_WEAK = 0.55, 1.5


def _one_word_brand_in(word: str, owner: str) -> bool:
    """A capitalised one-word name spelt with a letter of the owner's language that the identifier also reads as
    hers first ("Head of Growth @ Cabaïa" for a French owner; "at Deloitte", "at Nestlé" are anyone's).

    >>> _one_word_brand_in("Cabaïa", "fr"), _one_word_brand_in("Deloitte", "fr"), _one_word_brand_in("Nestlé", "fr")
    (True, False, False)
    """
    from invitriage.judge.lang import language_odds

    letters = _BRAND_LETTERS.get(owner, "")
    if not (word[:1].isupper() and letters and any(c in letters for c in word.lower())) or headline_lang(word) is not None:
        return False
    odds = language_odds(word)
    return max(odds, key=lambda lang: odds[lang]) == owner and odds[owner] >= _NAME_MIN_PROB


_BR_CUES = (r"\bvoce\b|\bvoces\b|\bvc\b|\bna franca\b|\bdesenvolvedor\w*|\ba gente\b|\bcontato|\bequipe\b|\bfato\b|\boi\b|\btime\b|\bcelular\b"
            r"|\btela\b|\busuario|\bregistro\b|\bbrasil|\bsao paulo\b|\brio de janeiro\b|\bbh\b|\bfloripa\b"
            r"|\b(?:estou|esta|estamos|estava|estao|estavam|estive|continua|continuam|to|tou|sempre|ando|anda) (?:\w+ )?\w+(?:ando|endo|indo)\b|\bbora\b|\bmassa\b|\blegal\b"
            # "sempre ampliando minha rede": a gerund before a bare possessive (Portugal: "a alargar a minha rede")
            r"|\b\w{3,}(?:ando|endo|indo) (?:minha|meu|minhas|meus) \w{3,}"
            r"|\bparabens\b.{0,20}\bvoce|\bmeu deus\b|\bbeleza\b|\bcadastro\b|\bprezad[oa]s?\b"
            # a possessive without its article ("nossa plataforma", "sua empresa") is Brazilian; Portugal says "a nossa"
            r"|(?:^|[.!?,:;]\s*|\b(?:e|que|com|para|em|pela|pelo|sobre) )(?:nossa|nosso|nossas|nossos|sua|seu|suas|seus) (?!e\b)\w+"
            r"|\b(?:porto alegre|curitiba|belo horizonte|recife|fortaleza|brasilia|campinas|salvador|goiania|manaus)\b"
            # "uma agência no Rio", "moro no Rio e …": the city as Brazil names it (a river is "no rio Douro", with its name);
            # "indicar clientes uma para a outra": Brazil's word for passing clients on (Portugal: "recomendar", "encaminhar")
            r"|\b(?:no|do|pro) rio\b(?=\s*(?:[.,;:!?)]|e\b|$))|\bindicar(?:mos)? (?:clientes?|projetos|trabalhos)\b"
            # a Brazilian state or its people named in a headline ("Loja Sabor de Minas", "empreendedora mineira", "baiano")
            r"|\b(?:minas gerais|de minas|mineir[ao]s?|baian[ao]s?|paulistas?|paulistan[ao]s?|cariocas?|gauch[ao]s?|capixabas?|pernambucan[ao]s?|goian[ao]s?"
            r"|paraiba|paraense|amazonas|santa catarina|rio grande do sul|espirito santo|mato grosso)\b"
            r"|\brecolocacao\b|\bjuramentad\w+|\bfaixa salarial\b|\bcurriculo\b"
            # a clitic before the verb ("posso te mostrar", "queria te convidar") and Brazilian words
            r"|\b(?:posso|pode|podemos|vou|vamos|quero|queria|gostaria de|gostaria|preciso) te \w+|\bte (?:convidar|mostrar|enviar|mandar|ajudar|contar|ligar|chamar|apresentar|adicionar)\b"
            # a clitic before the infinitive after a feeling ("que bom te encontrar", "foi ótimo te conhecer"); Portugal says "encontrar-te"
            r"|\b(?:bom|otimo|legal|feliz|prazer|adorei|amei|gostei de|bacana) te (?:encontrar|conhecer|ver|rever|reencontrar|ler|achar|ouvir)\b"
            r"|\bpra\b|\bqualquer dica\b|\btopa\b|\btoparia\b|^\W*fala\b|\bvamos nos\b|\bsuas? (?:conversoes|vendas|redes|dicas)\b|\bflorianopolis\b"
            # a Brazilian company or city in the headline ("Head of Growth na Nubank", "… em SP")
            r"|\b(?:nubank|ambev|itau(?: unibanco)?|bradesco|magalu|magazine luiza|ifood|natura &co|natura cosmeticos|petrobras|mercado livre|embraer"
            r"|(?:na|da|@) natura"  # "Diretor de Marketing na Natura" (alone, "natura" is also an Italian word)
            r"|americanas|renner|totvs|rd station|vtex|hotmart|picpay|pagseguro|stone pagamentos|banco do brasil|caixa economica|globo|quintoandar"
            r"|loggi|olist|ebanx|localiza|raia drogasil|drogasil|riachuelo|boticario|casas bahia|via varejo|xp investimentos|btg pactual|inter&co|banco inter"
            r"|pao de acucar|grupo gpa|carrefour brasil|assai|atacadao|havaianas|alpargatas|jbs|brf|sadia|gerdau|claro brasil|tim brasil|c&a brasil"
            r"|lojas marisa|centauro|netshoes|dafiti|zattini|kabum|olx brasil|creditas|wildlife studios|cielo|rede d'or|hapvida|unimed|sebrae|senac|fiesp"
            # Brazilian schools and universities, and its two largest cities ("Estudante na ESPM", "… | São Paulo")
            r"|espm|fgv|usp|unicamp|insper|unesp|mackenzie|ufrj|ufmg|ufrgs|ufsc|ufpr|ufpe|ufba|unb|senai|puc[- ]?(?:rio|sp|minas|rs|pr|campinas)|sao paulo|rio de janeiro)\b"
            # a possessive with no article before it ("acompanho sua newsletter", "me indicou seu perfil"); Portugal says "a sua"
            r"|\b(?!(?:a|o|as|os|da|do|das|dos|na|no|nas|nos|pela|pelo|pelas|pelos|ao|aos|e|de|em)\b)[a-z]{3,} (?:sua|seu|suas|seus|nossa|nosso|nossas|nossos) [a-z]{3,}"
            # "mudou minha forma de planejar": a bare "minha" after a verb, and Brazil's "planejar" (Portugal: "a minha", "planear")
            r"|\b(?!(?:a|o|as|os|da|do|das|dos|na|no|nas|nos|pela|pelo|pelas|pelos|ao|aos|e|de|em|ola|oi|com|por|para|sem)\b)[a-z]{3,}[aeiu]u (?:minha|meu|minhas|meus) [a-z]{3,}"
            r"|\bplanej(?:ar|o|a|amos|ei|ou|ando|amento)\b"
            # "li seu post", "vi sua palestra": a short past verb with a bare possessive; Portugal says "li o seu"
            r"|\b(?:li|vi|ouvi) (?:sua|seu|suas|seus) [a-z]{3,}"
            r"|(?<!\bque )(?<!\bnao )(?<!\bja )\bme (?:indicou|recomendou|passou|falou|disse|mandou|apresentou|sugeriu|ajudou|chamou)\b"
            r"|\bfaz (?:uns |umas |alguns |algumas )?(?:meses|anos|tempo|dias|semanas)\b|\bonibus\b|\bestou fazendo\b"
            # a clitic before an imperative ("me chama", "me manda") and the "Att," sign-off (atenciosamente)
            r"|(?<!\bque )(?<!\bnao )\bme (?:chama|manda|liga|avisa|conta|fala|passa)\b|(?:^|[\s,.])att\b\.?(?=\s*,|\s+[a-z]+\s*$|\s*$)"
            r"|\b(?:em|de|no|na) (?:sp|rj|mg|sc|pr|rs)\b|\bsampa\b|\bniteroi\b|\bsantos\b(?= ?[-,|/]? ?sp\b)"
            # a Brazilian letter's forms: "Venho por meio desta", "em uma consultoria" (Portugal: "numa")
            r"|\bvenho (?:por meio|atraves) dest[ae]\b|\bem uma?\b"
            # Brazil's marketing jargon ("curso de tráfego pago", "gestora de tráfego"); Portugal says "publicidade paga"
            r"|\btrafego pago\b|\bgestor[ae]?s? de trafego\b"
            # "sites e aplicativos", "marcar uma call rápida": Brazil's app and its English call (Portugal: "aplicações", "chamada")
            r"|\baplicativos?\b|\b(?:marcar|fazer|ter|agendar) uma call\b"
            # chat shorthand and greetings of Brazil ("E aí", "kkk", "blz", "vlw", "tb"), its "loja virtual" and a sentence
            # opened by a bare "Meu orçamento" (Portugal: "O meu"); "social media" as a job ("trabalhei como social media")
            r"|^\W*e ai\b|\bk{3,}|\bblz\b|\bvlw\b|\bloja virtual\b|(?:^|[.!?]\s+)(?:meu|minha|meus|minhas) [a-z]{3,}"
            r"|\b(?:como|sou|de) social media\b|\bvagas? (?:em|de|na|no|para|pra)\b")
_PT_CUES = (r"\bcontacto|\bequipa\b|\ba procura\b|\bagradecia\b|\bimenso\b|\bfacto\b|\butilizador|\bregisto\b|\btelemovel\b|\becra\b|\bportugal\b"
            r"|\blisboa\b|\bporto\b|\b(?:estou|esta|estamos|estava|estive) a \w+(?:ar|er|ir)\b|\btens\b|\bpodes\b"
            r"|\bqueres\b|\bsabes\b|\bconheces\b|\bestas\b|\bfazes\b|\bvais\b|\bpassamos\b(?=.{0,3}$)|\bpassámos\b"
            r"|\bfixe\b|\bbue\b|\bgiro\b|\bpequeno-almoco\b|\bautocarro\b|\bcomboio\b|\baccao\b|\bdireccao\b"
            r"|\b(?:li|vi|ouvi|gostei d)o (?:seu|teu)\b|\bconheci-[ao]\b|\bgostava\b|\bgostavamos\b|\bem franca\b|\bfica bem\b|\bequipas\b"
            r"|\b(?:braga|coimbra|faro|aveiro|algarve|minho|setubal|viseu|leiria|madeira|acores)\b|\bdisse-me\b|\bindicou-me\b|\b\w+-(?:me|te|lhe|nos)\b"
            # the writer calls herself Portuguese ("sou portuguesa", "(português a viver em Lyon)"); Brazil's "brasileira" is a BR cue
            r"|(?:\b(?:sou|somos|um|uma)\s|\()portugues(?:a|es|as)?\b"
            # "a viver em Lyon", "a trabalhar como designer": Portugal's "a" + infinitive where Brazil says "morando", "trabalhando"
            r"|(?<=[a-z])" + "".join(rf"(?<!\b{w})" for w in ("passei", "passou", "voltei", "voltou", "comecei", "comecou", "vou", "vai", "vamos", "fui", "foi", "tem", "tenho"))
            + r",? a (?:viver|morar|trabalhar|estudar) (?:em|no|na|nos|nas|num|numa|como|para|com)\b"
            # "tu tratas do SEO", "tu és", "tu fazes": tu with its own verb ending; southern Brazil says "tu trata"
            r"|\btu (?:nao |ja |tambem |so )?(?:es|\w{2,}(?:as|es))\b")
#: Accents that differ: Brazil writes "ê/ô" where Portugal writes "é/ó" (acadêmico / académico).
_BR_ACCENTS = re.compile(r"\b\w*(?:ônic|êmic|ômic|ômeno|ênero|ônio|ênior)\w*", re.IGNORECASE)  # "agência", "experiência": both
_PT_ACCENTS = re.compile(r"\b\w*(?:ónic|émic|ómic|ómeno|énero|ónio|énior)\w*", re.IGNORECASE)


def pt_variant(*texts: str) -> str:
    """``pt-BR`` when the writer's own forms are Brazilian, else ``pt`` (European, the default).

    >>> pt_variant("Oi Ana, a gente se conheceu no evento, vamos manter contato!"), pt_variant("Olá, tens um minuto? A minha equipa está a crescer.")
    ('pt-BR', 'pt')
    >>> pt_variant("E aí Camille, queria saber: vale a pena? Meu orçamento é bem apertado kkk")
    'pt-BR'
    """
    br = pt = 0
    for text in texts:
        if not text:
            continue
        folded = fold(text)
        br += len(cre.findall(_BR_CUES, folded)) + len(_BR_ACCENTS.findall(text))
        pt += len(cre.findall(_PT_CUES, folded)) + len(_PT_ACCENTS.findall(text))
    return "pt-BR" if br > pt else "pt"


# -- register ------------------------------------------------------------------------------------

# Explicit second-person forms (pronouns and verb forms): these decide when present.
#: A French verb in the vous form (folded): "n'hésitez pas", "dites-moi", "contactez-moi", "êtes-vous", "avez-vous".
_FR_VOUS_VERB = (r"\b(?:n'h?esitez|hesitez|dites|faites|etes|avez|pouvez|voulez|savez|connaissez|cherchez|proposez|travaillez|souhaitez"
                 r"|acceptez|prenez|intervenez|recrutez|organisez|accompagnez|envisagez|pensez|trouvez|aimez|preferez|conseillez|recommandez"
                 r"|[a-z]{2,}ez-(?:moi|nous|le|la|les|en|y|lui))\b")
#: The sender's own second person, singular (folded): the pronouns and possessives that say tu, never a greeting or "dispo".
_FR_TU_PRONOUN = r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt'"
#: Laughter and chat shorthand, whatever the language (folded): "jaja", "haha", "kkk", "mdr", "xD" are never a letter's tone.
_LAUGH = r"\b(?:(?:ja){2,}\w*|(?:je){2,}\w*|(?:ha){2,}\w*|a?(?:ha){1,}h\b|(?:hi){2,}|(?:ah){2,}\w*|k{3,}|(?:rs){2,}|mdr|ptdr|lol|xd+)\b"

_TU: dict[str, str] = {
    # "je serais ravi", "je peux", "je ne sais pas": the first person's forms are never tu
    "fr": (r"\b(?:tu|toi|ton|ta|tes|t'|te|tiens|vas|es|as|cherches|bosses|prends"
           r"|(?<!\bje )(?<!\bj')(?<!\bne )(?:peux|veux|sais|connais|fais|serais|aurais|pourrais|voudrais)"
           r"|dis-moi|envoie-moi|ecris-moi|dispo|ca te dit|t'es|t'as)\b"),
    "de": (r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|kannst|hast|bist|willst|weisst|kennst|machst"
           r"|suchst|hattest|wurdest|magst|nimmst|brauchst|arbeitest|bietest|warst|konntest|schreibst|meld dich|euch|lass uns"
           # Swiss German written as spoken: "Sali Camille, i ha dini Bitrag … gseh – mega guet! … Gruess Andrea" is du
           r"|dini|dinä|dinere|sali|salu|gruess|liebi gruess|gseh|mega guet)\b"),
    "es": (r"\b(?:tu|tus|te|ti|contigo|eres|estas|tienes|puedes|quieres|sabes|conoces|haces|vas|has|podrias"
           r"|impartiste|diste|hiciste|dijiste|compartiste|explicaste|ensenaste|presentaste|organizaste|publicaste|escribiste|recomendaste"
           r"|quisieras|buscas|trabajas|colaboras|contratas|subcontratas|necesitas|aceptas|ofreces|das|dirias|harias|tendrias|sueles|piensas"
           r"|crees|recuerdas|te acuerdas|escribes|vienes|estarias|cuentas|coges|tomas|andas"
           # "Quizás conozcas a alguien?": a subjunctive in the second person is tú (usted says "conozca")
           r"|conozcas|sepas|tengas|puedas|quieras|necesites|busques|estes|veas|recomiendes"
           # "¿qué herramienta recomiendas?", "¿qué usarías tú?": a question in the second person is tú
           r"|recomiendas|aconsejas|sugieres|usas|utilizas|opinas|prefieres|cobras|recomendarias|aconsejarias|usarias|elegirias|empezarias|(?!(?:im|com|re|a)?parte\b|arte\b|(?:su|mu|fu)erte\b|\w*vierte\b)\w+(?:ar|er|ir)te|\w+(?:ar|er|ir)telo|\w+(?:ar|er|ir)tela)\b"),
    "it": (r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|hai|sei|puoi|vuoi|sai|conosci|fai|cerchi|prendi|avresti|potresti|suggerisci|utilizzi|preferisci|consiglieresti|useresti|suggeriresti"
           # "Faresti un intervento…?", "Terresti un workshop…?": any second-person conditional in -resti is tu (Lei says -rebbe)
           r"|tieni|insegni|organizzi|segui|proponi|saresti|vorresti|(?!(?:ar|fo|p)resti\b)\w+resti|ti va|ti andrebbe|dimmi|scrivimi|accetti|offri|lavori"
           # "potrebbe interessarti", "vorrei contattarti": an infinitive with "ti" is tu (Lei says "interessarLe")
           r"|(?:interessar|contattar|scriver|aiutar|conoscer|chieder|proporr|presentar|invitar|sentir|mandar|inviar|offrir|coinvolger)ti)\b"),
    "pt": (r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo|tens|podes|queres|sabes|conheces|estas|es|fazes|vais"
           r"|aceitas|trabalhas|colaboras|procuras|podias|tinhas|estavas|estarias|poderias|gostarias|terias|farias|aceitarias|voce|voces|vc|oi|a gente|beleza|bora|tudo bem|fica bem|diz-me|avisa-me|beijinhos|topa|abraco|abracos|abs|bjs"
           # "Que ferramentas recomendas?", "o que usas?": a question in the second person is tu, as in Spanish
           r"|recomendas|aconselhas|sugeres|usas|utilizas|preferes|achas|pensas|recomendarias|aconselharias|sugeririas|usarias|escolherias|comecarias)\b"),
    "nl": r"\b(?:je|jij|jou|jouw|jullie|hoi|ken je|heb je|ben je|kun je|wil je|weet je)\b",
    "en": r"^\W*(?:hey|hi|hiya|yo|heya)\b|\b(?:cheers|thx|quick q|keen|awesome|cool|congrats|lol|haha|btw|gonna|wanna|super useful)\b|\bany tips?\s*\?",
}
#: The sender's explicit usted (folded): "usted", "su perfil", "le escribo", "contactarla".
_ES_USTED = r"\b(?:usted|ustedes|su|sus|le|les|\w+(?:ar|er|ir)l[ae])\b"
_VOUS: dict[str, str] = {
    # ("rendez-vous" is a noun, never the sender's vous)
    "fr": (r"\b(?:(?<!rendez-)vous|votre|vos|madame|monsieur|mme|je me permets|cordialement|bien a vous|seriez|auriez"
           r"|pourriez|voudriez)\b|" + _FR_VOUS_VERB),
    "de": r"\b(?:ihnen|sehr geehrte\w*|frau|herr|mit freundlichen gru(?:ss|ß)en)\b",
    "es": (r"\b(?:usted|ustedes|estimad[oa]|sr|sra|srta|le escribo|le agradeceria|le gustaria|le interesa"
           r"|podria usted|atentamente|don|dona|conozca|no dude|no duden|si conoce|le interese|le interesaria|le apetece|le apeteceria|le parece|le encaje"
           r"|le viene bien|su red|sus contactos|su entorno|su disposicion)\b|\bsu (?:articulo|charla|ponencia|perfil|post|publicacion"
           r"|trabajo|empresa|experiencia|libro|podcast|newsletter|equipo|conferencia|intervencion)\b"
           r"|¿\s*(?:conoce|tiene|podria|acepta|sabe|busca|ofrece|trabaja|estaria|le|imparte|organiza|realiza|colabora|atiende|dispone)\b"
           # "me recomendó contactarla", "quería invitarla": her, addressed as usted ("contactarte" is tú)
           r"|\b(?:contactar|escribir|invitar|conocer|molestar|saludar|felicitar|consultar|entrevistar|proponer)l[ae]\b"),
    "it": (r"\b(?:gentile|gentilissim[oa]|egregi[oa]|dott|dottoressa|dott\.ssa|la ringrazio|le scrivo|cordiali saluti"
           r"|potrebbe|avrebbe|sarebbe disponibile|vorrebbe|conosce|accetta|non esiti"
           # "mi ha consigliato di contattarla", "La contatto perché …", "volevo invitarLa": her, addressed as Lei ("contattarti" is tu)
           r"|la contatto|la disturbo|le chiedo|le propongo|le segnalo|le andrebbe|le interesserebbe"
           # "Se sa di qualche opportunità le sarei grato": a third person asking her is Lei (tu says "se sai", "ti sarei grato")
           r"|le sarei (?:\w+ )?(?:grat[oa]|riconoscente|obbligat[oa])|se (?:sa|conosce|potesse|avesse modo)"
           r"|(?:contattar|scriver|invitar|conoscer|disturbar|ringraziar|salutar|coinvolger|intervistar|incontrar)(?:la|le))\b"),
    "pt": (r"\b(?:o senhor|a senhora|os senhores|prezad[oa]|v\. ?sa|vossa|exm[oa]|atenciosamente|cumprimentos"
           r"|lhe)\b"),
    "nl": r"\b(?:u|uw|geachte|heeft u|kunt u|mevrouw|meneer|heer|hoogachtend)\b",
    "en": r"^\W*(?:dear|good (?:morning|afternoon|evening)|respected|esteemed|honou?red)\b|\b(?:kind regards|sincerely|yours faithfully|i would be grateful|kindly|thanking you|sir|madam|ma'?am)\b",
}
#: A journalist or an editor writing for the press (folded).
_PRESS = (r"\b(?:journalist\w*|journaliste|periodista|giornalista|jornalista|redakteur\w*|redacteur|redactrice|redactor\w*|redattore|redattrice"
          r"|reporter|reportera?|correspondent\w*|corresponsal|corrispondente|correspondente|editor at|editora? (?:de|da|do|en|na))\b")
#: A Brazilian "te" before a verb (folded): "posso te mandar", "queria te convidar" is the writer's own familiar form.
_TE_OBJECT = r"\bte (?:mandar|enviar|fazer|perguntar|convidar|entrevistar|chamar|ligar|escrever|contatar|passar|pedir)\b"
# Capitalised Sie/Ihr/Lei/Suo mid-sentence are the polite forms: read on the original text.
#: A German question to her with "sie" after its verb, whatever the case (folded): "hätten sie lust", "können sie mir".
_DE_SIE_VERB = r"(?:^|[.!?,;:]\s*|\b(?:und|oder|aber|ob|wenn) )(?:hatten|haben|konnten|konnen|wurden|waren|sind|mochten|wollen|durfen) sie\b(?! (?:sich|uns|mich) (?:nicht )?(?:gefreut|beschwert))"
#: A German question opened by any verb with "sie" after it, whatever the case (folded): "bieten sie auch schulungen an?",
#: "arbeiten sie auch mit b2b-kunden?", "machen sie auch seo?" asks her in Sie ("denen sie", "deren sie" are relative, not asking).
_DE_SIE_ASKED = r"(?:^|[.!?,;:]\s*)(?!(?:denen|deren|welchen|eben|oben|neben|unten|morgen)\b)[a-z]{3,}(?:en|ern|eln) sie\b[^.!?]*\?"
_POLITE_CAPS: dict[str, str] = {
    # a sentence opening "Ihr Vortrag …" is Sie too: a noun after it is the possessive (you-plural says "Euer Vortrag")
    "de": (r"(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"
           r"|(?:^|(?<=[.!?]\s))(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres) (?=[A-ZÄÖÜ][a-zäöüß]{2,})"),
    "it": r"\b(?:Lei|Suo|Sua|Suoi|Sue|La ringrazio|contattarLa|ringraziarLa|disturbarLa|Le)\b",
}


#: A casual "let's connect" in a short note, whatever the language.
_CASUAL_CONNECT = (r"\b(?:graag connecten|laten we connecten|let'?s connect|happy to connect|good to connect|on se connecte|connectons-nous|connectons"
                   r"|lass uns (?:uns )?vernetzen|gern(?:e)? vernetzen|conectamos|conectemos|colleghiamoci|connettiamoci|bora (?:se )?conectar|vamos (?:nos )?conectar"
                   # a bare one-word "Connecten?" closing a short note
                   r"|connecten(?=\s*\?))\b")


#: A French note opened by a plain "Bonjour" (or its shorthand "Bjr"): the neutral greeting of a stranger, not a casual hello
_FR_NEUTRAL_HELLO = r"\W*(?:bonjour|bjr|bonsoir|bsr)\b"


_CLOSING_WORDS = {"gruss", "gruß", "grusse", "grüße", "grüsse", "viele", "liebe", "beste", "herzliche", "schöne", "schone", "vg", "lg", "danke",
                  "cheers", "ciao", "bis", "bald", "und", "&"}


#: A German hello with no name after it (folded): "Hi, ich bin …", "Hey! …".
_DE_BARE_HI = r"\W*(?:hi|hey)\s*[,.!:;\n]"


def _full_name_signature(note: str) -> bool:
    """Is the note signed with a first name and a surname ("… Gruß Claudia Berger")?

    >>> _full_name_signature("Hi, können wir telefonieren? Gruß Claudia Berger"), _full_name_signature("Hi, bis bald. Gruß Claudia")
    (True, False)
    """
    tail = cre.split(r"[,.!?;:\n–—]", note.strip().rstrip(" .!😊🙂🙏👋"))[-1].split()
    words = [w for w in tail if w.lower() not in _CLOSING_WORDS]
    return len(words) == 2 and all(cre.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿß]{1,14}(?:-[A-ZÀ-Ý][a-zà-ÿß]{1,14})?", w) for w in words)


def _first_name_signature(note: str) -> bool:
    """Is the note signed with a single first name ("… Viele Grüße, Anna", "Gruß Daniel")?

    >>> _first_name_signature("Hallo Camille, schön dich zu sehen. Viele Grüße, Anna"), _first_name_signature("Gruß, Michael Braun")
    (True, False)
    """
    tail = cre.split(r"[,.!?;:\n–—-]", note.strip().rstrip(" .!😊🙂🙏👋"))[-1].split()
    words = [w for w in tail if w.lower() not in _CLOSING_WORDS]
    return len(words) == 1 and bool(cre.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{1,14}", words[0]))


#: A casual how-are-you anywhere in the note (folded): "Camille, qué tal?", "come va?", "wie geht's?", "hoe gaat het?".
_HOW_ARE_YOU = {
    "es": r"\b(?:que tal|como estas|como vas|como te va)\b(?! (?:esta|le)\b)",
    "it": r"\b(?:come va|come stai|come te la passi|tutto bene)\b(?! (?:lei|a lei)\b)",
    "de": r"\b(?:wie geht'?s|wie geht es dir|wie lauft'?s)\b",
    "nl": r"\b(?:hoe gaat het(?! met u)|hoe is het(?! met u)|alles goed)\b",
    "fr": r"\b(?:ca va|comment tu vas|comment vas-tu)\b(?! (?:vous|pour vous)\b)",
}
#: Former classmates ("fuimos compañeras en el curso", "abbiamo fatto insieme il corso", "we were classmates"), folded.
#: A peer seen at the same event (folded): "coincidimos en el taller", "ci siamo visti al workshop", "a gente se viu no meetup".
_PEER_MET = (r"\b(?:coincidimos|nos (?:vimos|cruzamos|conocimos)|nos conocemos (?:del?|por)|ci siamo (?:visti|viste|incrociati|incrociate|conosciuti|conosciute)"
             r"|ci conosciamo (?:dal|dalla|da|del)|a gente se (?:viu|cruzou|conheceu|conhece)|nos (?:vimos|conhecemos|cruzamos))\b")
#: A course the sender and the owner took together (folded): "the London Content Marketing course we did back in 2019",
#: "the SEO bootcamp we took together": a shared past, never a course she is asked to teach (136 C, en note-37).
_COURSE_WE_DID = (r"\b(?:course|bootcamp|programme|program|training|class|certification|masters?|mba) (?:that )?we (?:both )?"
                  r"(?:took|did|attended|followed|were on)\b")
_CLASSMATES = (r"\b(?:(?:fuimos|eramos) companer[oa]s|hicimos juntos|hicimos juntas|eravamo compagn[ie]|abbiamo (?:fatto|frequentato|seguito) insieme"
               r"|compagn[ie] di (?:corso|classe|master)|(?:fizemos|a gente fez) (?:[\w-]+ ){0,5}?junt[oa]s?|(?:fomos|eramos) colegas de (?:turma|curso)|estudamos juntos|estudamos juntas"
               r"|we were classmates|we (?:took|did|passed) (?:the|that) (?:\w+ ){0,4}(?:course|bootcamp|programme|program|training|certification|certificate|exam) together"
               # "Mark here from the London Content Marketing course we did back in 2019": a course shared, a classmate (136 C)
               r"|" + _COURSE_WE_DID[2:] +
               # "on a passé la certification HubSpot ensemble", "wir haben zusammen die HubSpot-Zertifizierung gemacht", "we hebben
               # samen de HubSpot-certificering gedaan": a course or a certification shared, a classmate
               r"|on (?:a|avait) (?:fait|passe|suivi) (?:[\w']+ ){0,6}ensemble|wir haben (?:[\w-]+ ){0,4}(?:zusammen|gemeinsam) (?:[\w-]+ ){0,5}(?:gemacht|absolviert|besucht)"
               r"|we hebben (?:[\w-]+ ){0,4}samen (?:[\w'-]+ ){0,5}(?:gedaan|gevolgd|gehaald)|(?:j'etais|on etait|nous etions) dans (?:la meme|le meme) (?:promo|promotion|classe|formation|cours|master|ecole)"
               # "nous étions dans la même promo", "estábamos en la misma clase", "eravamo nella stessa classe", "estávamos na mesma
               # turma", "wir waren im selben Jahrgang", "we zaten in dezelfde klas", "we were in the same class": a classmate
               r"|(?:estabamos|estuvimos|eramos de) (?:en )?(?:la misma|el mismo) (?:promocion|promo|clase|curso|master|grado)"
               r"|(?:eravamo|stavamo) (?:nella stessa|nello stesso) (?:classe|corso|master|anno)"
               r"|(?:estavamos|estivemos|eramos da) (?:na|no|da|do) (?:mesma|mesmo) (?:turma|curso|sala|mestrado)"
               r"|wir waren (?:im selben|in derselben|im gleichen|in der gleichen) (?:jahrgang|kurs|klasse|studiengang|semester)"
               r"|(?:we )?zaten (?:in|op) (?:dezelfde|hetzelfde) (?:klas|jaargang|opleiding|cursus)"
               r"|we were in the same (?:class|cohort|year|course|program|programme)"
               r"|(?:on etait|nous etions) ensemble (?:a|au|en|dans|pendant|lors) (?:la |le |l'|une |un )?(?:formation|promo|cours|master|licence|bootcamp|ecole|fac)"
               r"|wir waren zusammen (?:im|in der|beim)|(?:haben|hatten) (?:wir )?zusammen (?:den|das|die) (?:kurs|bootcamp|lehrgang|studium|weiterbildung)"
               r"|(?:we )?zaten samen (?:in|op|bij)|hebben samen (?:de|het) (?:cursus|opleiding|bootcamp|training) gedaan)\b")


#: A European Portuguese third person asking her (folded): "se souber de alguma vaga", "se puder ajudar", "gostava de a ter como
#: convidada", "Tem disponibilidade em março?" (a tu writer says "se souberes", "de te ter", "tens disponibilidade").
_PT_POLITE_ASKED = (r"\b(?:se (?:souber|puder|tiver|conhecer|quiser|estiver interessada)|tem disponibilidade|teria disponibilidade|estaria disponivel"
                    r"|(?:de|para|em|poder) a (?:ter|convidar|conhecer|contactar|entrevistar|receber|ouvir))\b")
#: A European Portuguese enclitic "te" (folded): "conhecer-te", "dizer-te", "enviar-te-ei", "agradeço-te".
_PT_TE_ENCLITIC = r"\w-te\b"
#: A Brazilian's warm, chatty words (folded): "foi top demais", "adorei", "amei a aula", "show de bola", "valeu".
_PT_CHATTY = (r"\b(?:(?:foi|e|muito|super|mega) top|top demais|(?:legal|bom|boa|otim[oa]|incrivel|lind[oa]|massa) demais|adorei|amei|curti(?:u|mos)?"
              r"|show de bola|sensacional|valeu|beleza|bora|a gente|tipo assim|demais!)")


#: A familiar "you" addressed to her as a pronoun or possessive (folded), per language: "la tua ideia", "leí tu artículo",
#: "ton article", "deinen Artikel", "jouw artikel". Such a word settles the register, whatever greeting or closing frames it.
_TU_PRONOUN: dict[str, str] = {
    "fr": _FR_TU_PRONOUN,
    "de": r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b",
    "es": r"\b(?:tu|tus|contigo)\b",
    # "Ti andrebbe di collaborare?", "ti scrivo": the clitic "ti" is only ever the familiar you
    "it": r"\b(?:tuo|tua|tuoi|tue|con te|ti)\b",
    "pt": r"\b(?:tu|teu|tua|teus|tuas|contigo)\b",
    "nl": r"\b(?:jij|jou|jouw)\b",
}
#: A polite "you" addressed to her (folded), per language: with it, the familiar word is not the whole story.
_VOUS_PRONOUN: dict[str, str] = {
    "fr": r"\b(?:vous|votre|vos)\b",
    "de": r"\b(?:frau|herr)\b",
    "es": r"\b(?:usted|ustedes|le|su|sus)\b",
    "it": r"\b(?:dott\w*|sig\w*|egregi[oa])\b",
    "pt": r"\b(?:o senhor|a senhora|os senhores|lhe|vossa|v\. ?sa|exm[oa]|voce|voces|vc|o seu|a sua|os seus|as suas|consigo)\b|\w-la\b",
    "nl": r"\b(?:u|uw|mevrouw|meneer)\b",
}

#: A European Portuguese closing hug (folded), the only "tu" word some polite notes hold.
_PT_CLOSING_HUG = r"\b(?:abraco|abracos)\b"
#: Met side by side (folded): "conhecemo-nos no workshop … Abraço, Pedro" is a peer's hug, answered in kind unless a polite
#: "a sua / da sua" says otherwise.
_PT_MET_TOGETHER = r"\b(?:conhecemo-nos|nos conhecemos|estivemos juntos|estivemos juntas|fomos colegas)\b"
_PT_HER_POLITE = r"\b(?:sua|seu|suas|seus)\b"


#: Italian letter closings that say nothing of the register once a tu verb asks her (folded).
_IT_CLOSING = r"\b(?:cordiali saluti|distinti saluti)\b"


def is_informal(note: str, lang: str) -> bool:
    """Did the sender write informally? From pronouns, verb forms and greetings together; formal when unsure.

    >>> is_informal("Salut Camille, j'ai lu ton article !", "fr"), is_informal("Bonjour, j'ai lu votre article", "fr")
    (True, False)
    >>> is_informal("Hola Marta, ¿Conoces alguna agencia en Valencia?", "es"), is_informal("Hello Camille ! Dispo pour un café la semaine prochaine ?", "fr")
    (True, True)
    >>> is_informal("Hallo Jan, wie geht es dir?", "de"), is_informal("Guten Tag Frau Weber, Ihr Vortrag war toll", "de")
    (True, False)
    """
    if lang not in _TU or not (note or "").strip():
        return False
    original = unicodedata.normalize("NFC", note)
    folded = fold(original)
    tu = float(len(cre.findall(_TU[lang], folded)))
    if lang == "pt" and tu and pt_variant(original) == "pt" and tu == len(cre.findall(_PT_CLOSING_HUG, folded)) \
            and not (cre.search(_PT_MET_TOGETHER, folded) and not cre.search(_PT_HER_POLITE, folded)):
        # "Olá Camille, sou Head of Growth … gostaria de trocar ideias … Um abraço, Miguel": in Portugal a closing
        # "Um abraço" is a courtesy between professionals of either register; with no "tu / teu / tens" the polite form
        tu = 0.0
    vous = float(len(cre.findall(_VOUS[lang], folded)))
    if lang in _POLITE_CAPS:
        vous += len(cre.findall(_POLITE_CAPS[lang], original, flags=re.MULTILINE))
    if lang == "de" and not tu and (cre.search(_DE_SIE_VERB, folded) or cre.search(_DE_SIE_ASKED, folded)):
        # "hätten sie evtl lust, mal gast zu sein?": written all in lower case, a verb with "sie" asking her is still Sie
        # (outweighs a casual "mal" or "gruß")
        vous += 2
    if lang in ("pt", "en") and cre.search(_PRESS, folded) \
            and not (lang == "pt" and cre.search(_TE_OBJECT, folded) and pt_variant(original) == "pt-BR"):
        # a journalist writing for a paper or a magazine is answered formally, never "Valeu", "Topo", "Cheers"
        # ("você" and "you" say nothing of the register; an explicit "tu", "du", "je" is mirrored, and so is a Brazilian
        # "Posso te mandar algumas perguntas?": answered "Abraço", never "Atenciosamente")
        vous += 1
    if lang == "pt" and cre.match(r"\W*(?:bom dia|boa tarde|boa noite)\b", folded):
        vous += 1  # "Bom dia Camille, … Você aceitaria …?": a polite opening, "você" alone is not "oi"
    # A casual greeting counts once: "Hello Camille ! Dispo ?" is informal without a pronoun.
    if lang == "fr":
        if cre.match(r"\W*(?:hello|hey|salut|coucou|yo)\b", folded):
            tu += 1
    if lang == "de" and cre.match(r"\W*(?:hi|hey|moin|servus|na)\b", folded) \
            and not (cre.match(_DE_BARE_HI, folded) and _full_name_signature(original)):
        # ("Hi, ich bin Marketingdirektorin … Gruß Claudia Berger": a nameless "Hi" and a signature by full name avoid any
        # address; Sie, the business default, not du)
        tu += 1
    if lang == "de" and not vous and cre.search(r"\b(?:(?:ganz )?liebe gru(?:ss|ß)e|lg|glg|gru(?:ss|ß)le|bis bald)\b", folded):
        tu += 1  # "Hallo Camille, … Liebe Grüße, Carla": du, even without a pronoun
    if lang == "de" and not vous and cre.match(r"\W*(?:liebe|lieber|hallo liebe)\s+(?!frau\b|herr\b|dr\b|prof\w*\b|kolleg\w*\b)[a-z]", folded):
        tu += 1  # "Liebe Camille, wir haben uns … gesehen": a first name after "Liebe" is du (a Sie writer says "Liebe Frau Laurent")
    if lang == "de" and not vous and cre.match(r"\W*(?:hallo|halo|liebe|lieber)\s+(?!frau\b|herr\b|dr\b|prof\w*\b)[a-z]", folded) \
            and not cre.search(r"\bfreundlich\w* gru", folded):
        # "Hallo Camille, … hätte ne frage … Gruß Daniel", "Hallo Camille, ich bin Webdesignerin … Gruß, Julia Neumann": her
        # first name in the greeting and no Sie anywhere is du ("Hallo Frau Laurent", one "Sie" / "Ihnen" or a closing
        # "Freundliche Grüße" stays Sie)
        tu += 1
    if lang == "it" and not cre.search(_POLITE_CAPS["it"], original):
        # "vorremmo invitarti", "possiamo mandarti i dettagli": an infinitive with "ti" is tu, whatever the greeting
        tu += len(cre.findall(r"\b\w{2,}[aei]rti\b", folded))
        if cre.match(r"\W*gentil(?:e|issim[oa])\s+(?!sig|dott|prof|ing|avv|arch|egreg)[a-z]", folded):
            vous -= 1  # "Gentile Camille": a warm first-name opening, the verbs decide
    if lang == "de" and not vous and cre.match(r"\W*(?:hallo|hi|hey)\s+(?!frau\b|herr\b)[a-z]", folded) \
            and cre.search(r"\b(?:kolleg(?::innen|\*innen|innen|in|en|e)?|fachkolleg\w*|branchenkolleg\w*|ich arbeite auch|bin auch)\b", folded):
        tu += 1  # "Hallo Camille, ich arbeite auch im Online-Marketing … Kolleg:innen": a peer's first-name hello is du
    if lang == "it" and cre.match(r"\W*ciao\b", folded):
        tu += 1
    if lang == "it" and tu and vous and vous == len(cre.findall(_IT_CLOSING, folded)) and not cre.search(_POLITE_CAPS["it"], original):
        # "Buongiorno Camille, … lavori anche con freelance? Cordiali saluti, Elena": a closing formula never outweighs a tu
        # verb asking her; with no Lei / La / Le the verbs decide
        vous = 0.0
    if lang == "en" and not vous and len(original) > 40 and original == original.lower():
        tu += 1  # "saw your post about SEO mistakes… my shopify store…": all lower case, a casual note answered in kind
    if lang == "es":
        # "¿Podría hacerte unas preguntas?": "podría" is "could I", its object "te" says tú (never usted)
        vous -= len(cre.findall(r"¿\s*(?:podria|puedo|quisiera) \w+(?:ar|er|ir)(?:te|telo|tela)\b", folded))
    if lang == "pt" and not cre.search(_VOUS["pt"], folded) and (cre.search(r"\b(?:k{3,}|haha\w*|rs+|obg|vlw|tmj|blz|pra)\b|!!", folded)
                                                              or cre.search(_PT_CHATTY, folded)
                                                              or any(is_emoji(c) for c in original)
                                                              or (len(original) > 40 and original == original.lower())):
        tu += 1  # "Camille!! … (a brasileira que fez mil perguntas kkk)": a chatty note, never "Atenciosamente"
    if lang == "pt":
        # "Foi muito bom conhecer-te!", "queria perguntar-te": a hyphenated "-te" is European tu, and it outweighs a polite
        # "Bom dia" (a você writer says "conhecê-la", "perguntar-lhe")
        tu += len(cre.findall(_PT_TE_ENCLITIC, folded))
    if lang == "es":
        # "¿Impartirías un taller…?", "¿Te animarías…?": a question opened by a conditional in -rías is tú
        tu += len(cre.findall(r"¿\s*(?:(?:me|nos|te|lo|la|los|las|le|les|tu|ya|no|tambien)\s+)?\w+(?:ar|er|ir)ias\b", folded))
    if lang == "it" and not cre.search(_POLITE_CAPS["it"], original):
        tu += len(cre.findall(r"\b(?:farti|darti|dirti|starti|farmi sapere|fammi|dammi)\b", folded))  # "Posso farti qualche domanda?"
    if lang in ("es", "it", "pt") and not vous and (lang != "pt" or pt_variant(original) == "pt-BR") and cre.search(_PEER_MET, folded) \
            and not cre.match(r"\W*(?:buongiorno|buonasera|buenos dias|buenas tardes|bom dia|boa tarde)\s+(?:sig|dott|prof|sr|sra|senor|senora|senhor|senhora)", folded):
        # "Camille, coincidimos en el taller… Trabajo como community manager", "ci siamo visti al workshop": a peer met at an
        # event writes as a peer; with no usted / Lei it is answered tú / tu, never "coincidir con usted", "Cordiali saluti"
        tu += 1
    if lang == "es" and cre.match(r"\W*estimad[oa]s?\s+(?!(?:sr|sra|srta|senor|senora|senorita|don|dona|dra?|prof\w*|licenciad\w*)\b)[a-z]", folded):
        vous -= 1  # "Estimada Camille, … ¿Estarías interesada?": a warm letter opening by first name, the verbs decide (tú)
        if tu and not cre.search(_ES_USTED, folded):
            # "Estimada Camille: … saber si colaboras con freelances. Atentamente": the letter's closing formula, like its
            # opening, never outweighs a "tú" verb; with no usted / su / le the verbs decide
            vous -= len(cre.findall(r"\b(?:atentamente|un cordial saludo|cordiales saludos|saludos cordiales)\b", folded))
    if lang == "pt" and cre.search(r"\b(?:a sua|o seu|as suas|os seus|consigo)\b", folded) and pt_variant(original) == "pt" \
            and not cre.search(r"\b(?:voce|vc|tu|teu|tua|teus|tuas|contigo|te)\b", folded):
        vous += 1  # "assino a sua newsletter": European Portuguese "a sua" without "tu" is the polite form, never "acompanhas"
    if lang == "pt" and pt_variant(original) == "pt" and cre.search(_PT_POLITE_ASKED, folded) and not cre.search(_TU["pt"], folded.replace("abraco", "")):
        vous += 1  # "Se souber de alguma oportunidade, agradecia", "gostava de a ter como convidada. Tem disponibilidade?": a European
        # third person asking her is the polite form (a tu writer says "se souberes", "de te ter", "tens"); an emoji or "Abraço" never outweighs it
    if lang == "pt" and pt_variant(original) == "pt" and not cre.search(r"\b(?:tu|teu|tua|teus|tuas|contigo|te|tens|podes|queres|sabes|conheces|estas|fazes|vais)\b", folded):
        # "… e você o SEO. Interessada?": European Portuguese "você" is the polite third person, answered with
        # "lhe" / "a sua" (never "te dão jeito"); Brazil's "você" is its everyday "you"
        n = len(cre.findall(r"\b(?:voce|voces)\b", folded))
        tu, vous = tu - n, vous + n
    if lang == "es" and cre.match(r"\W*(?:hola|holi|buenas|que tal|hey|ey|epa)\b", folded) and not vous:
        tu += 0.5  # "Qué tal Camille, …": a casual hello, like "Hola"
    if not vous and lang in _HOW_ARE_YOU and cre.search(_HOW_ARE_YOU[lang], folded) \
            and not (lang == "es" and cre.match(r"\W*(?:hola|holi|buenas|que tal|hey|ey|epa)\b", folded)):
        tu += 1  # "Camille, qué tal?", "Camille, come va?", "wie geht's?": a casual how-are-you between peers is tú / tu / du / je
    if not vous and cre.search(_CLASSMATES, folded):
        tu += 1  # "fuimos compañeras en el curso de GA4", "abbiamo fatto insieme il corso": a classmate writes as a peer
    if not vous and cre.search(_LAUGH, folded):
        tu += 1  # "yo era el de la camiseta del Betis jaja", "haha", "mdr": a joke between peers is answered tú / tu / du / je
    if lang == "fr" and vous and not cre.search(_FR_TU_PRONOUN, folded):
        # "Hello Camille, … Votre nom m'a été recommandé … Dispo pour un call ?": a casual hello or "dispo" says nothing
        # of the register; "votre", "vos", "n'hésitez pas" with no "tu / ton / te" is vous
        return False
    if lang == "pt" and pt_variant(original) == "pt" and not cre.search(_TU_PRONOUN["pt"], folded) and cre.search(
            r"\b(?:conhece|convida|contacta|contata|ajuda|reve|ve|ouvi|encontra|cumprimenta|felicita|incomoda|adiciona|segui|ouvi|ler|le"
            r"|conhecer|convidar|contactar|ajudar|rever|ver|ouvir|encontrar|cumprimentar|felicitar|incomodar|adicionar|seguir)-la\b", folded):
        vous += 1  # "Foi um prazer conhecê-la!", "gostaríamos de convidá-la": European Portuguese "-la" is the polite form, never "-te"
        # (a warm "Abraço" closing never outweighs it: only a "tu / teu" pronoun does)
    if lang == "nl" and cre.match(r"\W*(?:hey|hi)\b", folded):
        tu += 1
    if lang == "pt" and not vous and pt_variant(original) == "pt-BR" and _first_name_signature(original) \
            and cre.match(r"\W*(?:ola|oi|e ai|fala|bom dia|boa tarde|boa noite),?\s+(?!(?:sra|sr|senhora|senhor|dra?|prof\w*)\b)[a-z]", folded):
        tu += 1  # "Olá Camille, … Obrigado! Thiago": a Brazilian first-name hello signed by first name is friendly, never "Atenciosamente"
    if lang == "en" and not vous and (any(is_emoji(c) for c in original) or "!!" in original or cre.search(r"\bcatch up\b", folded)):
        tu += 1  # "Camille!! It's Priya … 😊 Would love to catch up!": a friend, not a client
    if lang == "nl" and not vous and (cre.match(r"\W*(?:hallo|hoi|hee|salut|ciao|hola)\b", folded)
                                      or cre.search(r"\b(?<!vriendelijke )(?<!hartelijke )(?:groet|groetjes|groeten)\b", folded)):
        tu += 1  # "Hallo Camille, … Groet, Lisa", "Salut Camille! … Groeten, Thijs": Dutch LinkedIn writes je unless it writes u
    if lang == "nl" and not vous and (_first_name_signature(original) or "!!" in original or any(is_emoji(c) for c in original)):
        tu += 1  # "GRATIS: 1000 volgers … Stuur me een DM. Kevin": a first-name signature or "!!" with no "u" is je, never "uw aanbod"
    if lang == "it" and not vous and (any(is_emoji(c) for c in original) or "!!" in original or cre.search(
            r"\b(?:averti|vederti|conoscerti|incontrarti|sentirti|trovarti|ritrovarti|leggerti|seguirti|scriverti|contattarti|aggiungerti"
            r"|chiederti|ringraziarti|salutarti|ascoltarti|rivederti)\b", folded)):
        tu += 1  # "Camille!! Che bello averti incontrata 🙌": tu, never Lei
    if lang == "nl" and not vous and cre.match(r"\W*(?i:goedemiddag|goedemorgen|goedenavond|goedendag|dag|beste)\s+[A-ZÀ-Ý][a-zà-ÿ]+\b(?!\.)", original) \
            and not cre.match(r"\W*\w+\s+(?:mevrouw|meneer|heer|mevr|dhr)\b", folded):
        tu += 1  # "Goedemiddag Camille, … Interesse om even te bellen?": a first name and no "u" is je (never "Beste Roos" with u)
    if lang == "es" and not vous and cre.match(r"\W*(?i:buenos d[ií]as|buenas tardes|buenas noches|buenas)\s*,?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b", original) \
            and not cre.match(rf"\W*\w+(?:\s+\w+)?\s*,?\s+(?:{_TITLE_WORDS})\b", folded):
        tu += 1  # "Buenos días Camille, … Un saludo, Núria": a first name and no usted is tú (never "Hola, Núria:" and "su mensaje")
    if not vous and len(cre.findall(r"[^\W\d_]+", folded)) <= 15 and cre.search(_CASUAL_CONNECT, folded) \
            and not cre.search(r"\b(?:Sie|Ihr\w*|Ihnen|Lei|Suo|Sua)\b", original) \
            and not (lang == "fr" and cre.match(_FR_NEUTRAL_HELLO, folded)):
        tu += 1  # "Sterke post! Graag connecten. Thomas", "Hey, let's connect": a casual two-liner, not a letter
        # ("Bonjour, … on se connecte ?": a French stranger's plain "Bonjour" and an impersonal "on" say nothing of tu: vous)
    if _familiar_pronoun(note, lang, folded):
        return True  # "Fiquei a pensar na tua ideia … Cumprimentos": "tua" settles it, a courteous closing never outweighs it
    return tu > vous


def _familiar_pronoun(original: str, lang: str, folded: str) -> bool:
    """Whether the note calls the owner "tu / du / je" by a pronoun or possessive and never by a polite one."""
    caps = _POLITE_CAPS.get(lang)
    return lang in _TU_PRONOUN and bool(cre.search(_TU_PRONOUN[lang], folded)) and not cre.search(_VOUS_PRONOUN[lang], folded) \
        and not (caps and cre.search(caps, unicodedata.normalize("NFC", original), flags=re.MULTILINE))


# -- formal address ------------------------------------------------------------------------------

_TITLE_WORDS = (r"madame|monsieur|mme|mlle|m\.|docteur|maitre|professeur|frau|herr|dr|prof|professor"
                r"|ms|mrs|mr|miss|sir|madam|ma'?am|sra|sr|srta|senora|senor|dona|don|dott(?:\.?ssa|oressa|ore)?|signora|signor|sig"
                r"|ing|avv|senhora|senhor|mevrouw|meneer|heer|mevr|dhr|drs|ir")
#: The formal or deferential openings answered formally ("Respected Madam", "Esteemed Ms Laurent", "Distinguida señora",
#: "Spettabile", "Ilustríssima Senhora", "Verehrte Frau Laurent", "Hooggeachte mevrouw"), never with "Hello Rohan".
_FORMAL_OPENERS = (r"sehr geehrte[rs]?|(?:zeer |hoog)?geachte|weledele|estimad[oa]s?|distinguid[oa]s?|respetad[oa]s?|egregi[oa]|prezad[oa]s?|ex\.?m[oaºª]s?"
                   r"|gentil(?:e|issim[oa])|stimat(?:issim)?[oa]|spettabile|pregiatissim[oa]|rispettabile|ilustrissim[oa]|ilm[oa]|excelentissim[oa]"
                   r"|respeitad[oa]|respected|respectable|respectful|(?:most |highly )?esteemed|honou?red|hon'?ble|revered|(?:hoch)?verehrte[rs]?|werte[rs]?"
                   r"|tres (?:honoree|respectee)|honoree|respectee")


def mirrors_title(note: str, owner_name: str = "") -> bool:
    """Did the sender address the owner by title or surname ("Sehr geehrte Frau Laurent", "Madame,")?

    >>> mirrors_title("Sehr geehrte Frau Laurent, ich habe Ihren Vortrag gehört.", "Camille Laurent")
    True
    >>> mirrors_title("Bonjour Camille, j'ai lu votre article", "Camille Laurent"), mirrors_title("Dear Ms. Laurent,", "")
    (False, True)
    """
    head = fold(unicodedata.normalize("NFC", note or "")).strip()[:80]
    parts = cre.split(r"[,:;!\n]|\s[-–]\s", head, maxsplit=2)
    head = parts[0]
    if cre.match(rf"\W*(?:{_FORMAL_OPENERS})\b", head):
        return True
    greeting = r"(?:bonjour|bonsoir|hello|hi|dear|good morning|guten tag|guten morgen|hallo|liebe|hola|buenos dias|buenas tardes|buongiorno|buonasera|salve|gentile|ola|bom dia|boa tarde|goedemorgen|goedemiddag|goedendag|beste|dag|cher|chere)"
    if len(parts) > 1 and cre.match(rf"\W*{greeting}\W*$", head) and cre.match(rf"\W*(?:{_TITLE_WORDS})\b\.?\s+\w", parts[1]):
        head = f"{head} {parts[1]}"  # "Buenos días, Sra. Laurent.", "Bom dia, Sr. Almeida": the title after the comma is the address
    if cre.match(rf"\W*(?:{greeting}\s+)?(?:{_TITLE_WORDS})\b\.?", head) and not cre.match(rf"\W*{greeting}\W*$", head):
        m = cre.match(rf"\W*(?:{greeting}\s+)?((?:{_TITLE_WORDS}))\b", head)
        if m and m.group(1):
            return True
    surname = parse_name(owner_name).last
    if surname and cre.search(rf"\b{re.escape(fold(surname))}\b", head):
        return True
    return False


# Words a sender uses about themselves that carry a gender (folded), after "je suis", "soy", "sono"…
_SELF_F = {
    "fr": r"ravie|heureuse|contente|interessee|curieuse|passionnee|etudiante|diplomee|alternante|directrice|fondatrice|consultante|independante|creatrice|gerante|dirigeante|chargee|specialisee|basee|installee|desolee|partante|motivee|certaine|convaincue|ancienne",
    "es": r"encantada|interesada|graduada|licenciada|fundadora|directora|agradecida|emocionada|contenta|nueva|segura|convencida|apasionada|recien graduada",
    "it": r"contenta|laureata|interessata|studentessa|fondatrice|direttrice|grata|sicura|appassionata|stata|rimasta|colpita",
    "pt": r"obrigada|formada|recem-formada|interessada|fundadora|diretora|encantada|apaixonada|grata|animada|estagiaria",
    "de": r"studentin|grunderin|inhaberin|beraterin|geschaftsfuhrerin|werkstudentin|leiterin|managerin|absolventin|entwicklerin",
    "nl": r"studente|eigenaresse|oprichtster",
}
_SELF_M = {
    "fr": r"ravi|heureux|content|interesse|curieux|passionne|etudiant|diplome|alternant|directeur|fondateur|consultant|independant|createur|gerant|dirigeant|charge|specialise|base|installe|desole|partant|motive|certain|convaincu|ancien",
    "es": r"encantado|interesado|graduado|licenciado|fundador|director|agradecido|emocionado|contento|nuevo|seguro|convencido|apasionado|recien graduado",
    "it": r"contento|laureato|interessato|studente|fondatore|direttore|grato|sicuro|appassionato|stato|rimasto|colpito",
    "pt": r"obrigado|formado|recem-formado|interessado|fundador|diretor|encantado|apaixonado|grato|animado|estagiario",
    "de": r"student|grunder|inhaber|berater|geschaftsfuhrer|werkstudent|leiter|absolvent|entwickler",
    "nl": r"eigenaar|oprichter",
}
#: A Portuguese question put to the owner (folded): "Estaria interessada?", "estaria disponível e interessada?".
_PT_OWNER_QUESTION = re.compile(r"\b(?:estaria|esta|ficaria|seria)\s+(?:[a-z]+\s+){0,3}[a-z]+[ao]s?\s*\?")
_SELF_INTRO = {
    "fr": r"(?:je suis|je serais|j'etais|suis|etant|en tant qu[e']|moi-meme)\s+(?:(?:tres|vraiment|une?|jeune|actuellement|toujours)\s+){0,2}",
    "es": r"(?:soy|estoy|estaria|fui)\s+(?:(?:muy|una?|recien|actualmente)\s+){0,2}",
    "it": r"(?:sono|ero|sarei)\s+(?:(?:molto|davvero|una?|neo|appena)\s+){0,2}",
    "pt": r"(?:sou|estou|estaria|fui|fiquei|muito)\s+(?:(?:muito|uma?|recem)\s+){0,2}|^|[,.!]\s*",
    "de": r"(?:ich bin|bin)\s+(?:(?:eine?|gerade|derzeit|aktuell)\s+){0,2}",
    "nl": r"(?:ik ben|ben)\s+(?:(?:een|nu|momenteel)\s+){0,2}",
}
# Headline roles that carry a gender (first word of a segment).
_HEADLINE_F_DE = r"\w*(?:beraterin|leiterin|managerin|inhaberin|grunderin|fuhrerin|studentin|entwicklerin|referentin|assistentin|designerin|texterin|redakteurin|expertin|spezialistin)"
_HEADLINE_M_DE = r"\w*(?:berater|leiter|inhaber|grunder|fuhrer|entwickler|referent|assistent|redakteur|experte|spezialist)"
_HEADLINE_F = r"etudiante|alternante|directrice|fondatrice|cofondatrice|co-fondatrice|gerante|dirigeante|creatrice|consultante|chargee|diplomee|artisane|boulangere|studentin|grunderin|inhaberin|geschaftsfuhrerin|beraterin|leiterin|werkstudentin|managerin|fundadora|directora|cofundadora|consultora|studentessa|fondatrice|direttrice|estagiaria|diretora|formada|oprichtster"
#: Headline job words that are also English words with no gender ("Director of Marketing", "Consultant at …").
_NEUTRAL_EN = frozenset({"director", "consultant", "artisan", "charge"})
_HEADLINE_M = r"etudiant|alternant|directeur|fondateur|cofondateur|co-fondateur|gerant|dirigeant|createur|consultant|charge|diplome|artisan|boulanger|grunder|inhaber|geschaftsfuhrer|berater|leiter|werkstudent|fundador|director|cofundador|consultor|fondatore|direttore|estagiario|diretor|formado|oprichter"


#: Common first names whose gender is not in doubt (folded). Names that change with the language
#: ("Andrea", "Simone", "Nicola": men in Italy) are in _NAME_BY_LANG; "Camille", "Dominique", "Alex" in neither.
_NAMES_F = set("""
roos miriam
anna hannah julia laura lena clara emilia marie sophie lea lisa sarah sara katharina johanna leonie lina mia emma ella
charlotte amelie luisa nina jana stefanie sabine petra claudia monika ulrike susanne birgit martina franziska melanie
julie chloe alice ines zoe manon camila lucie louise jeanne juliette pauline margaux mathilde helene elodie celine nathalie
isabelle sandrine aurelie emilie amandine caroline virginie veronique sylvie christine catherine valerie agnes beatrice
heloise capucine victoire justine agathe noemie ophelie maud anais morgane estelle fatima aicha aissatou amina leila malika
maria lucia elena marta paula carmen ana isabel cristina patricia raquel silvia pilar rocio alba irene natalia andrea_es
giulia francesca chiara martina giorgia alessia federica valentina sofia aurora beatrice elisa ilaria roberta serena
beatriz mariana ines larissa carolina fernanda juliana gabriela leticia aline vanessa daniela renata luisa luiza camila
sanne lotte fleur eva iris noor lieke anouk femke marloes anne inge ingrid eline esther floor lisanne maaike merel
jessica jennifer emily olivia grace chloe megan hannah rachel priya aisha nadia anita monica dana nora diana helen susan
karen linda lauren amy rebecca victoria natasha
paola an els lara verena carla bianca catarina rita claire aoife hanneke yasmine margot alessandra simona teresa rosa nuria
mercedes montserrat lourdes ainhoa nerea
veronica barbara eleonora anke maren svenja anja katrin kerstin heike tanja nicole wendy saskia annelies marieke mieke liesbeth
joyce helena joana filipa rute lucia amelia ursula gabriele_de christina elif ayse leonor madalena matilde benedetta
hilde ilse katrien sofie lien jolien veerle kristel goedele griet marijke nele tine annick evelien brigitte gisela renate doris
beatrix isabella ludovica camilla giada noelia lorena ainhoa maite begona montserrat antonia mafalda clarisse joelle
""".split())
_NAMES_M = set("""
maximilian julian martijn roel lennart finn
thomas nicolas antoine hugo louis maxime lucas arthur jules paul pierre jean marc olivier julien vincent laurent benoit
francois philippe michel alain eric frederic sebastien mathieu guillaume romain clement florian gaetan remi luc herve
adel amine mamadou seydou yann theo leo gabriel raphael baptiste quentin etienne gerard bernard didier patrick
jonas lukas felix tim jan leon max niklas moritz ben tobias stefan michael andreas markus christian daniel matthias
sebastian florian philipp alexander david simon johannes klaus jurgen wolfgang uwe nils tom carsten
diego pablo andres sergio alvaro jorge carlos miguel javier manuel antonio jose juan luis fernando ivan victor dani
davide alessandro matteo riccardo tommaso lorenzo marco giovanni giuseppe francesco roberto enrico fabio stefano
joao pedro rafael tiago diogo gustavo rodrigo andre bruno ricardo rui nuno goncalo afonso duarte
daan bram thijs ruben lars joost jesse sem koen pieter bas joris stijn niels rick erik jeroen wouter sander maarten
james john robert william richard joseph charles christopher mark steven kevin brian george edward ryan jacob ethan
benjamin samuel henry oliver jack harry noah liam mason logan ravi omar manoj rahul sanjay karthik
johann reto urs beat raul tomas marcelo thiago felipe salvatore luca alan jake yannick peter hans dieter rainer ralf frank
martin henri jorg sven kai paulo vitor adrian alberto emilio ignacio jaime hector oscar gianluca giorgio paolo pietro filippo emanuele
bernardo henrique joaquim vasco sebastiaan hendrik willem tijs gert dirk wim geert arjen alvaro alexandre fabien cedric
jerome xavier yves gilles lionel mathias joachim wolfgang heinz gerhard bastian dominik fabian kevin marcel marvin patrick
bart dries jens kobe wout lennert arne robbe jef jelle gijs luuk mees teun jordi xavi inaki borja gonzalo rodolfo
""".split())
#: Common first names the round-3 review showed missing ("Bonjour Karim Benali" for "Bonjour Monsieur Benali").
_NAMES_M |= {"karim", "mehdi", "yassine", "sofiane", "nabil", "gregory", "greg", "ramon", "rajesh", "christophe",
              "stephane", "damien", "fabrice", "thierry", "pascal", "cyril", "arnaud", "jeremy", "mickael",
              "ludovic", "alfonso", "enrique", "esteban", "mateo", "massimo", "claudio", "vittorio", "sandro",
              "piet", "henk", "kees", "rob", "ruud", "rik", "jochen", "holger", "torsten", "ulrich", "volker",
              "bernd", "armin", "helmut", "tiago", "joao"}
_NAMES_F |= {"sandra", "claudia", "petra", "nadia", "ines", "karima", "samira", "fatima", "leila", "yasmine",
              "helene", "chloe", "cecile", "nathalie", "isabelle", "sylvie", "valerie", "sophie", "celine",
              "aurelie", "emilie", "julie", "marie", "laura", "lucia", "carmen", "elena", "ana", "raquel", "beatriz",
              "nuria", "irene", "chiara", "giulia", "francesca", "valentina", "federica", "elisa", "simona", "sara",
              "paola", "rita", "catarina", "joana", "mariana", "thais", "juliana", "aline", "patricia", "fleur",
              "marieke", "noor", "elke", "lotte", "anouk", "sanne", "femke", "anna", "jana", "nina", "katrin",
              "sabine", "julia", "lea", "theresa", "freja", "emma", "lucy", "rachel", "aisha", "helen"}
#: Round 82: common German, Austrian and Swiss names ("Sehr geehrte Frau Laurent … Elisabeth Gruber" was answered "Guten Tag
#: Elisabeth Gruber" for "Sehr geehrte Frau Gruber"), folded as the set is.
_NAMES_F |= {"elisabeth", "christiane", "cornelia", "dagmar", "gabi", "heidi", "ingeborg", "irmgard", "jutta", "karin", "manuela",
              "regina", "silke", "waltraud", "angelika", "antje", "bettina", "carina", "gudrun", "hanna", "ilona", "jasmin",
              "kathrin", "kristin", "magdalena", "mareike", "miriam", "nadine", "rebekka", "ronja", "sina", "tamara", "tina",
              "yvonne", "margarete", "edith", "elfriede", "hildegard", "roswitha", "sieglinde", "gerlinde", "marlene", "annika"}
_NAMES_M |= {"josef", "sepp", "alois", "anton", "bernhard", "christoph", "detlef", "egon", "elias", "friedrich", "georg", "gerd",
              "gunter", "heiko", "horst", "jakob", "jannik", "karl", "konrad", "lutz", "manfred", "norbert", "otto", "reinhard",
              "rolf", "rudiger", "siegfried", "thorsten", "till", "walter", "werner", "herbert", "gottfried", "leopold"}
#: Round 4: English and other common names ("Dear Ms. Laurent" from Margaret Whitfield is answered "Dear Ms Whitfield").
_NAMES_F |= {"margaret", "elizabeth", "mary", "deborah", "dorothy", "kathryn", "katherine", "catherine", "eleanor", "fiona", "gillian",
              "heather", "janet", "jane", "joanne", "judith", "julie", "kate", "lisa", "louise", "lucy", "maureen", "pamela",
              "samantha", "sharon", "siobhan", "stephanie", "tracy", "sophia", "abigail", "charlotte", "harriet", "imogen",
              "lena", "ingrid", "astrid", "mette", "camila", "florence", "genevieve", "josephine", "marion", "brigitte",
              "ornella", "lorenza", "margherita", "graziella", "ines", "marisa", "marcia", "sonia", "tatiana", "vera"}
_NAMES_M |= {"anthony", "andrew", "donald", "douglas", "gary", "graham", "ian", "keith", "kenneth", "malcolm", "matthew",
              "neil", "nigel", "patrick", "philip", "roger", "simon", "stuart", "timothy", "trevor", "william", "colin",
              "alastair", "callum", "declan", "eoin", "fergus", "hamish", "rory", "seamus", "dominic", "lawrence", "nathan",
              "paulo", "henrique", "marcos", "otavio", "caio", "leandro", "fabricio", "rogerio", "sergio", "wagner", "gerard",
              "aldo", "ettore", "umberto", "nicolo", "guido", "ruggero", "benedikt", "konstantin", "lorenz", "florian"}
_NAMES_M |= {"jonathan", "jonathon", "jeremy", "joshua", "justin", "jason", "jeffrey", "jeff", "bradley", "brandon", "craig", "derek",
              "edward", "gavin", "harry", "henry", "jack", "jacob", "jake", "joel", "kyle", "liam", "luke", "nicholas", "oscar", "owen",
              "raymond", "russell", "scott", "shane", "spencer", "steven", "toby", "tyler", "wayne"}
_NAMES_F |= {"natalie", "nathalie", "amanda", "amber", "ashley", "brittany", "caroline", "chloe", "danielle", "eleanor", "ellie",
              "emily", "fiona", "gemma", "hayley", "heather", "holly", "jennifer", "jessica", "joanne", "kate", "katherine", "kathryn",
              "kelly", "kirsty", "lauren", "leanne", "lucy", "megan", "melissa", "michelle", "molly", "nicole", "olivia", "rachel",
              "rebecca", "sarah", "sophie", "victoria", "zoe"}
#: Round 86: common German given names a formal address needs ("Carolin Weiß" was welcomed "Guten Tag Carolin Weiß").
_NAMES_F |= {"carolin", "karolin", "karoline", "kristina", "henrike", "ricarda", "veronika", "alexandra", "nadja", "natascha",
             "klara", "maike", "meike", "janine", "jacqueline", "anette", "beate", "barbel", "christa", "katja", "sabrina", "sylvia",
             "tabea"}
_NAMES_M |= {"ingo", "achim", "karsten", "erich"}
# Review round 12: French, Basque, Catalan, Italian, Portuguese, German and Dutch names an address needs.
_NAMES_F |= {"martine", "gabriella", "itziar", "nerea", "amaia", "edurne", "arantxa", "chantal", "francoise", "monique", "josiane",
             "odile", "corinne", "nadine", "muriel", "giovanna", "raffaella", "antonella", "luciana", "cecilia", "margarida", "gudrun",
             "ute", "silke", "antje", "dagmar", "carola", "annemiek", "ineke", "jolanda", "wilma", "mireille", "colette", "ghislaine"}
_NAMES_M |= {"jacques", "patrice", "aitor", "mikel", "unai", "iker", "gorka", "xabier", "asier", "oriol", "enric", "ciro",
             "gennaro", "vincenzo", "horst", "manfred", "gaetano", "raimondo", "joaquim"}
# Review round 14: common given names of the seven languages' countries, and of their immigrant communities
# (Turkish, Maghrebi, Slavic), that a formal address needs ("Guten Tag Herr Krause", "Beste heer El Amrani").
_NAMES_M |= set("""
dennis timo jannik marius malte hauke ole till nico niko lutz olaf bjorn steffen thilo thorsten christoph rene andre mirko
sascha_m jurgen gunter gunther werner karl otto fritz hermann norbert reinhard siegfried detlef axel kurt lothar rolf
kerem mehmet ahmet mustafa emre murat burak serkan cem yusuf hakan ozan onur volkan tolga baris selim furkan okan
youssef yousef mohamed mohammed muhammad ahmed hassan hamza bilal ayoub rachid said ibrahim ismail khalid tarek walid
zakaria hicham driss anas reda younes samir farid mourad nordine abdel abdelkader brahim soufiane ilyes
levi milan sven stan tygo mats jurre wessel hidde sjoerd tjeerd reinier frits gerrit jeroen ewout maurits
pol marti jordi sergi pau guillermo rodrigo ramiro santiago nicolas_es agustin tomas matias joaquin lucas_es
alessio mattia gabriele_it simone_it edoardo leonardo nicolo jacopo samuele daniele_it michele federico antonino
goncalo lourenco tomas_pt simao rodrigo_pt vicente fabio_pt hugo_pt
johan freek rutger koenraad ronald jasper laurens joep guus bert robbert
piotr pawel krzysztof tomasz marcin lukasz jakub dmitri sergei igor ivan_ru andrei bogdan mihai stefan_ro
""".split())
_NAMES_F |= set("""
jasmin svenja kathrin annika carina janina mareike wiebke frauke britta gesa merle pia maja ida greta frieda luise paulina
marlene alina selina celina vivien yvonne manuela michaela sonja karin gabi bettina christiane corinna jutta kirsten regina
sina hanna hannelore ingeborg waltraud elfriede gertrud irmgard margit annette angelika
fatma zeynep merve esra busra emine hatice sevgi ayla derya ozlem gul gulsen yasemin nour salma khadija meryem hanane naima
souad zineb imane houda siham nawal latifa rachida ikram hajar sanaa asma
fenna tess noa isa yara lieke jet famke nienke sietske geertje willemijn annemarie marjolein
lucia_es candela valeria ximena lorena marina ainara uxue irati leire olatz blanca rocio macarena guadalupe consuelo
alessia_it arianna martina_it noemi greta_it debora loredana manuela_it rossella silvana patrizia donatella
beatriz_pt leonor_pt carolina_pt catia sandra_pt susana ines_pt filipa_pt raquel_pt marta_pt
mirjam ellen
agnieszka katarzyna malgorzata joanna ewa magdalena natalia_pl olga irina svetlana tatjana elena_ro ioana andreea
""".split())
# Dutch and Flemish given names that leave no doubt ("Goedemorgen, … Doet u dat ook?" from Hanne Jacobs: "Beste mevrouw Jacobs")
_NAMES_F |= set("""
elise hanne lieve kaat ine lore fien tineke joke leen ans ria myriam lieselot greet godelieve katleen bieke hannelore marijke anneleen
sien griet lies goedele mieke silke jitske sietske aukje baukje wietske geertje janneke hester merel maud noortje margriet nynke rianne
marloes marjan liesbeth evelien annemiek lieselotte jolien ineke willemijn
""".split())
_NAMES_M |= set("""
siebe hein herman pim seppe wannes toon warre kristof pieterjan jef jos rik staf lode lowie jelle tijs thijs gert gerrit hendrik henk kees
klaas sjoerd teun huub sjef joep guus ruud arjen arjan mathijs matthijs jurgen freek gijs luuk hidde douwe wybren sybren aart evert frits
harm jaap joop melle pepijn rutger sietse tjeerd wessel floris wouter maarten dries kobe jens arne koen wim stijn bram bas dirk
""".split())
# Round 149: common South Asian given names a formal letter needs ("Gruß Raj … Raj Kumar" is "Guten Tag Herr Kumar")
_NAMES_M |= set("""
raj rajesh amit arjun vikram vijay deepak suresh ramesh anil sunil ajay arun ashok nikhil rohit rohan varun vivek akash
abhishek pradeep prakash mahesh ganesh naveen praveen sachin siddharth aditya harish kiran_in imran faisal tariq zeeshan
""".split())
_NAMES_F |= set("""
anjali pooja neha deepika kavita sunita lakshmi divya shreya swati meera radha aarti nisha rekha shalini sneha ananya
""".split())
# British and Irish given names a formal English letter signs with ("Yours sincerely, Geoffrey Hall" is "Dear Mr Hall")
_NAMES_M |= {"geoffrey", "rupert", "hugh", "giles", "alfred", "clive", "barry", "gordon", "angus", "duncan", "euan", "connor",
             "sean", "brendan", "niall", "ciaran", "stephen", "aaron", "adam", "dave", "mike", "steve", "andy", "matt", "gerald",
             "howard", "leonard", "warren", "wesley", "nigel", "jeremy", "crispin", "ralph", "reginald", "cedric", "gareth", "rhys"}
_NAMES_F |= {"georgina", "philippa", "penelope", "rosalind", "jemima", "alison", "stacey", "tracey", "angela", "katie", "kathy",
             "joan", "lorraine", "nancy", "sally", "shirley", "annabel", "bethany", "caitlin", "ciara", "niamh", "grainne", "orla",
             "roisin", "sinead", "harriet", "imogen", "gwen", "bronwen", "sian", "rhiannon"}
# German, Austrian and Swiss given names a formal letter signs with ("Hochachtungsvoll, Georg Pichler" is "Sehr geehrter Herr Pichler")
_NAMES_M |= {"georg", "josef", "joseph", "franz", "alois", "leopold", "anton", "hubert", "sepp", "ferdinand", "xaver", "engelbert",
             "reinhold", "gottfried", "roland", "jakob", "korbinian", "quirin", "ueli", "ruedi", "koebi", "hansjorg", "hanspeter",
             "gunther", "gunter", "lothar", "volker", "detlef", "dietmar", "eberhard", "winfried", "wilfried", "ottmar", "herbert",
             "rudolf", "siegmund", "egon", "ewald", "konrad", "bernhard", "gebhard", "meinrad", "pius", "silvan", "severin"}
_NAMES_F |= {"helga", "regula", "theresia", "resi", "zita", "hildegard", "ottilie", "rosemarie", "vreni", "ursina", "seraina",
             "annemarie", "hannelore", "roswitha", "edeltraud", "gerlinde", "liselotte", "margarete", "elfriede", "adelheid", "brigitta",
             "cornelia", "dorothea", "friederike", "rosmarie", "heidi", "trudi", "beatrice", "mirjam", "nadine"}
# Review round 33: Maghrebi and Middle-Eastern given names common in Belgium and the Netherlands ("Beste mevrouw El Amrani")
_NAMES_F |= {"amira", "yasmina", "soumaya", "loubna", "layla", "hafsa", "ilham", "oumaima", "chaimae", "siham", "nisrine", "wafae",
             "hajar", "asmae", "rania", "dounia", "sanae", "ikrame", "widad", "zineb", "habiba", "jamila", "amal", "hind", "zahra"}
_NAMES_M |= {"anouar", "hakim", "tarik", "ilyas", "zakaria", "abdel", "abdelkader", "youness", "redouane", "othmane", "noureddine",
             "khalid", "jamal", "adil", "faisal", "hicham", "nordin", "mounir", "samir", "walid", "achraf", "yassin", "marouane"}
# Given names missing from the lists above, found by a probe of the sender names reviewers use (folded, as keys are)
_NAMES_F |= {"anneke", "annemieke", "renske", "ann", "dorte", "sigrid", "montse", "amparo", "conceicao", "graca", "lurdes", "ginevra",
             "maelle", "clemence", "solene", "oceane", "gwendoline", "segolene", "marieke", "hanneke", "femke", "maaike", "nienke",
             "lieke", "eline", "anouk", "manon", "veerle", "katrien", "elke", "hilde", "heike", "anke", "maren", "begona", "ainhoa",
             "leire", "maite", "fatima", "leonor", "matilde", "ludovica", "benedetta", "ilaria", "anais", "mathilde"}
_NAMES_M |= {"rudiger", "giacomo", "niccolo", "loic", "gregoire", "aurelien", "thibault", "thibaut", "joost", "maarten", "wouter",
             "stijn", "jeroen", "sander", "thijs", "daan", "bram", "malte", "hauke", "jorg", "uwe", "goncalo", "duarte", "afonso",
             "vasco", "tommaso", "gianluca", "yannick", "gaetan", "benoit"}
# Scandinavian given names ("Regards, Henrik Larsen" is "Dear Mr Larsen")
_NAMES_M |= {"henrik", "soren", "mikkel", "anders", "magnus", "rasmus", "torben", "jesper", "morten", "kasper", "mads", "frederik",
             "bjorn", "olaf", "oskar", "gustav", "leif", "nils", "sten", "ulf", "lasse", "jorgen", "preben", "asger", "eskil", "haakon",
             "søren", "bjørn", "jørgen", "hakon"}  # (fold keeps the ø)
_NAMES_F |= {"freja", "signe", "mette", "birgitta", "solveig", "pernille", "malin", "linnea", "frida", "sofie", "karin", "lene",
             "hanne", "tove", "gunilla", "ragnhild", "liv", "ingeborg", "annika", "birgit"}
_NAMES_M = {n for n in _NAMES_M if "_" not in n}
_NAMES_F = {n for n in _NAMES_F if "_" not in n}
_NAME_BY_LANG = {"andrea": {"it": "m", "": "f"}, "simone": {"it": "m", "": "f"}, "nicola": {"it": "m", "": "f"},
                 "daniele": {"it": "m", "": ""}, "jan": {"": "m"}, "kim": {"": ""}}


def name_gender(first: str, lang: str = "") -> str:
    """"f", "m" or "" for a first name that leaves no doubt (an address needs Frau/Herr, Madame/Monsieur).

    >>> name_gender("Hannah"), name_gender("Jonas"), name_gender("Camille"), name_gender("Andrea", "it"), name_gender("Andrea", "de")
    ('f', 'm', '', 'm', 'f')
    """
    key = fold(first or "").split("-")[0].strip()
    if key in _NAME_BY_LANG:
        by = _NAME_BY_LANG[key]
        return by.get(lang, by.get("", ""))
    if key in _NAMES_F and key not in _NAMES_M:
        return "f"
    if key in _NAMES_M and key not in _NAMES_F:
        return "m"
    return ""


def sender_gender(note: str, lang: str, name: Name, headline: str = "") -> str:
    """"f", "m" or "" — only from what the sender wrote about themselves (never from a first name).

    >>> sender_gender("Je suis ravie de vous avoir rencontrée.", "fr", Name())
    'f'
    >>> sender_gender("Muito obrigado pela palestra!", "pt", Name()), sender_gender("Hello", "en", Name())
    ('m', '')
    """
    votes: set[str] = set()
    if name.gender:
        votes.add(name.gender)
    folded = fold(note or "")
    if lang in _SELF_F:
        intro = _SELF_INTRO.get(lang, "")
        if lang == "pt":
            # "Exma. Sra. Dra. Camille Laurent, … Estaria interessada?": a question's adjective is the owner's, never the sender's
            folded = _PT_OWNER_QUESTION.sub(" ", folded)
        if cre.search(rf"(?:{intro})\b(?:{_SELF_F[lang]})\b", folded):
            votes.add("f")
        if cre.search(rf"(?:{intro})\b(?:{_SELF_M[lang]})\b", folded):
            votes.add("m")
        if lang == "de" and not votes:
            # "ich bin Junior Social Media Managerin", "bin freiberufliche Online-Marketing-Beraterin": the job noun after a
            # few words (a compound's tail counts: "Marketingleiterin")
            if cre.search(rf"\b(?:ich bin|bin)\s+(?:[\w-]+\s+){{0,4}}[\w-]*(?:{_SELF_F[lang]})\b", folded):
                votes.add("f")
            elif cre.search(rf"\b(?:ich bin|bin)\s+(?:[\w-]+\s+){{0,4}}[\w-]*(?:{_SELF_M[lang]})\b", folded):
                votes.add("m")
            # "Sehr geehrte Frau Laurent, als Marketingleiter einer Brauerei planen wir …": the sender's own role opening a
            # sentence ("Sie als Beraterin" is the owner's, never counted)
            elif cre.search(rf"(?:^|[.!?,:]\s+|\n\s*|\bich\s+)als\s+(?:[\w-]+\s+){{0,2}}[\w-]*(?:{_SELF_F[lang]})\b", folded):
                votes.add("f")
            elif cre.search(rf"(?:^|[.!?,:]\s+|\n\s*|\bich\s+)als\s+(?:[\w-]+\s+){{0,2}}[\w-]*(?:{_SELF_M[lang]})\b", folded):
                votes.add("m")
        if lang == "fr" and cre.search(r"(?:^|[.!?]\s*)ravie\b", folded):
            votes.add("f")
        if lang == "pt":
            if cre.search(r"\bobrigada\b", folded):
                votes.add("f")
            if cre.search(r"\bobrigado\b", folded):
                votes.add("m")
    named = name_gender(name.first, lang) if name.first else ""
    for segment in cre.split(r"[|•·–—@,]", fold(headline or "")):
        words = segment.split()
        first = words[0] if words else ""
        if first in _NEUTRAL_EN and (lang == "en" or (len(words) > 1 and words[1] in ("of", "at", "for", "and", "&"))):
            continue  # "Director of Marketing EMEA": an English job title says no gender (never "Dear Mr Hughes" to Eleanor)
        if cre.fullmatch(_HEADLINE_F, first) or (lang == "de" and cre.fullmatch(_HEADLINE_F_DE, first)):
            if named != "m":  # "Directora" over the name of a man known as such: the headline's word is not trusted
                votes.add("f")
        elif cre.fullmatch(_HEADLINE_M, first) or (lang == "de" and cre.fullmatch(_HEADLINE_M_DE, first)):
            if named != "f":  # "Director | …" for Eleanor, "Consultor" for Ana: a known woman's name decides
                votes.add("m")
    return votes.pop() if len(votes) == 1 else ""


# -- sentences and the parts of a note that are never quoted -------------------------------------

_ABBREVIATIONS = {
    "dr", "dra", "drs", "prof", "profa", "mr", "mrs", "ms", "mme", "mlle", "m", "st", "sr", "sra", "srta", "dott", "ing",
    "avv", "arch", "etc", "e.g", "i.e", "z.b", "bzw", "ca", "vs", "no", "nr", "n", "p", "ex", "cf", "resp", "approx",
    "inc", "ltd", "co", "corp", "jr", "dipl", "mag", "usw", "evtl", "sig", "dhr", "mevr", "ir", "hr", "tel",
    "av", "pag", "vgl", "u.a", "d.h", "ecc", "ss", "ssa", "dott.ssa", "sig.ra", "prof.ssa", "a.m", "p.m", "dept",
    "univ", "ph.d", "ph", "lic", "arq", "eng", "ud", "uds", "vd", "vds", "mx", "gen", "mgr", "ggf", "bspw", "inkl",
    "max", "min", "env", "cie", "ste", "sté", "pres", "dir", "ass", "assoc", "sa", "srl", "spa", "bv", "nv", "gmbh",
}
_BOUNDARY = re.compile(r"(?:[.!?…]+[\"'»”’)\]]*|[\n\r]+|\s[-–—|]\s|(?<=\s)(?=[\U0001F300-\U0001FAFF\u2600-\u27BF])\S+)(?=\s|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (see :func:`_sentences`); a new list each call."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)  # a draft reads the same note's sentences about ten times
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``text``; a dot after an abbreviation, an initial or inside a
    number does not end one.

    >>> t = "Bonjour Dra. López, vi su charla en el Dr. Moreno Forum. ¿Tiene un minuto?"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Bonjour Dra. López, vi su charla en el Dr. Moreno Forum.', '¿Tiene un minuto?']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        mark = m.group(0)
        if mark.startswith(".") and mark.strip() == ".":
            before = cre.search(r"([\w.\-]+)$", text[start:m.start()])
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or word.endswith(".") \
                    or (word.isdigit() and cre.match(r"\s*[a-z0-9]", text[end:])):
                continue
        if mark.lstrip(".") == ")" and text.count("(", start, m.start()) > text.count(")", start, m.start()):
            continue  # "eine kurze Umfrage (ca. 5 Min.) schicken?": a bracket aside closing on a dot never ends the sentence
        piece = text[start:end]
        if piece.strip(" \n\r-–—|"):
            a = start + len(piece) - len(piece.lstrip(" \n\r-–—|"))
            spans.append((a, start + len(piece.rstrip(" \n\r-–—|"))))
        start = end
    piece = text[start:]
    if piece.strip():
        a = start + len(piece) - len(piece.lstrip(" \n\r-–—|"))
        spans.append((a, start + len(piece.rstrip())))
    return tuple(spans)


_GREETING_OPEN = re.compile(
    rf"^\W*(?:(?:{_FORMAL_OPENERS}|hi|hii+|hello|hallo+|hey|heya|hiya|dear|good (?:morning|afternoon|evening)|greetings"
    r"|bonjour|bonsoir|salut|coucou|cher|chere|hola|buenos dias|buenas tardes|buenas|querid[oa]|guten (?:tag|morgen|abend)"
    r"|liebe[rs]?|servus|moin|gruezi|ciao|salve|buongiorno|buonasera|car[oa]|ola|oi|bom dia|boa tarde|boa noite|hoi"
    rf"|beste|goedemorgen|goedemiddag|goedendag|dag)\b|(?:{_TITLE_WORDS})\b\.?)",
)


def _is_greeting(folded_clause: str) -> bool:
    words = folded_clause.split()
    return bool(_GREETING_OPEN.match(folded_clause)) and len(words) <= 6


_SELF_INTRO_RE = re.compile(
    r"^\W*(?:(?:it'?s|this is|i'?m|i am|my name is|je suis|je m'appelle|moi c'est|c'est|ich bin|mein name ist|hier ist"
    r"|ich heisse|soy|me llamo|mi nombre es|sono|mi chiamo|il mio nome e|sou|sou o|sou a|me chamo|chamo-me|meu nome e"
    r"|o meu nome e|aqui e o|aqui e a|ik ben|mijn naam is|ik heet|hier is)\s+(?-i:[A-ZÀ-Ý])|(?-i:[A-ZÀ-Ý])[\w'’-]+"
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?\s+(?:here|ici|hier|qui|aqui|por aqui|aca)\b)",
    re.IGNORECASE,
)
_CTA_RE = re.compile(
    r"\b(?:call|calendly|book (?:a|some)|worth a|open to a|would you be open|let'?s (?:connect|chat|talk)|looking forward"
    r"|hope to connect|happy to connect|would love to connect|love to connect|have a great|all the best|keep in touch"
    r"|stay in touch|au plaisir|bonne (?:journee|soiree|continuation|semaine)|belle journee|seriez-vous (?:disponible|ouvert)"
    r"|disponible \d+|un appel|prendre (?:un )?rdv|a bientot|hate de|n'hesitez pas|freue mich|schonen tag|telefonat"
    r"|kurzes gesprach|bis bald|un saludo|que tengas|buen dia|llamada|agendar|quedo a la espera|espero (?:tu|su) respuesta"
    r"|hablamos|a presto|buona giornata|buon lavoro|chiamata|sentirci|resto in attesa|fammi sapere|um abraco|boa semana"
    r"|ligacao|chamada|aguardo|fico a disposicao|vamos conversar|fijne (?:dag|week)|belletje|tot snel|tot gauw"
    r"|hoor graag|\d+[- ]?min(?:ute|uto|uti|uten)?s?\b)",
)
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}|\[[A-Z][A-Za-z ]{0,30}\]|https?://|www\.|\S+@\S+\.\w+")


_GREETING_HEAD = re.compile(
    rf"^\W*(?:(?:{_FORMAL_OPENERS}|hi|hii+|hello|hallo+|hey|heya|hiya|dear|good (?:morning|afternoon|evening)|greetings"
    r"|bonjour|bonsoir|salut|coucou|cher|chere|hola|buenos dias|buenas tardes|buenas|querid[oa]|guten (?:tag|morgen|abend)"
    r"|liebe[rs]?|servus|moin|gruezi|ciao|salve|buongiorno|buonasera|car[oa]|ola|oi|bom dia|boa tarde|boa noite|hoi"
    r"|beste|goedemorgen|goedemiddag|goedendag|dag)\b)[\s,!.:;]*")


def core_span(text: str) -> tuple[int, int]:
    """(start, end) of a note without its greeting and sign-off.

    The greeting is a greeting word and the capitalised words after it (titles, a name); lower-case
    words are the note itself ("Bonjour, je recrute…", "Bonjour, c'est Sophie qui…").
    """
    info = normalize(text)
    folded = fold(text)
    start = 0
    m = _GREETING_HEAD.match(folded)
    if m:
        start = m.end()
        words: list[tuple[int, bool]] = []  # (end of the word, the greeting ends after it)
        # "Hello, Priya Raman suggested…": after the greeting's own punctuation, no name follows.
        named = not cre.search(r"[,!.:;]\s*$", m.group(0))
        for t in cre.finditer(r"\S+", text[m.end():] if named else ""):
            raw = t.group(0)
            word = raw.rstrip(",!.:;")
            key = _title_key(word)
            titled = key in _COURTESY or key in _ACADEMIC
            if len(words) >= 4 or not word or not (word[:1].isupper() or titled) or fold(word) in _NOT_NAMES \
                    or _is_sentence_start(text, m.end() + t.start()):
                break
            tail = raw[len(word):]
            ends = bool(tail) and (any(c in tail for c in ",!:;") or (tail == "." and not titled))
            words.append((m.end() + t.end(), ends))
            if ends:
                break
        if words:
            # Up to the word that closes the greeting; without punctuation, only the first (a first name).
            closing = next((end for end, ends in words if ends), None)
            start = closing if closing is not None else words[0][0]
        start = len(text) - len(text[start:].lstrip(" ,!.:;\n"))
    elif info.start and text[:info.start].strip() and cre.match(r"^\W*[A-ZÀ-Ý][\w'\-]+(?:\s+[A-ZÀ-Ý][\w'\-]+)?\s*[,:]\s*$", text[:info.start]):
        start = info.start  # "Marco, vorrei…"
    end = info.end if info.end > start else len(text)
    return start, end


def _is_sentence_start(text: str, pos: int) -> bool:
    """Does the word at ``pos`` start a new sentence (a capital after "Bonjour, " is still a name)?"""
    before = text[:pos].rstrip()
    return before.endswith((".", "!", "?")) and not cre.search(r"\b(?:dr|dra|prof|mr|mrs|ms|mme|m|sr|sra|dott)\.$", before.lower())


def core_clauses(note: str) -> list[tuple[int, int]]:
    """The sentences of a note without its greeting, signature, self-introduction and calls to action."""
    return list(_core_clauses(note or ""))


@lru_cache(maxsize=4096)  # asked for the same note by several slots of one draft
def _core_clauses(note: str) -> tuple[tuple[int, int], ...]:
    text = unicodedata.normalize("NFC", note or "")
    info = normalize(text)
    info.start, info.end = core_span(text)
    out = []
    for a, b in sentences(text):
        a, b = max(a, 0), b
        if b <= info.start and a < info.start:
            continue
        if a < info.start < b:
            a = info.start
        if a >= info.end and info.end < len(text):
            continue
        b = min(b, max(info.end, a)) if info.end < len(text) else b
        clause = text[a:b].strip()
        if not clause:
            continue
        folded = fold(clause)
        # "Geachte mevrouw Laurent," at the head of a sentence the normaliser did not know.
        m = cre.match(r"^([^,:;!]{1,60})[,:;!]\s*", clause)
        if m and _is_greeting(fold(m.group(1))):
            a += m.end()
            clause = text[a:b].strip()
            folded = fold(clause)
        if not clause or _is_greeting(folded.rstrip(" ,!.:;")):
            continue
        if _SELF_INTRO_RE.match(clause) or _CTA_RE.search(folded):
            continue
        out.append((a, a + len(clause)))
    return tuple(out)


_SECONDARY_QUOTES = {"fr": ("“", "”"), "en": ("‘", "’"), "de": ("‚", "‘"), "es": ("“", "”"), "it": ("“", "”"),
                     "pt": ("“", "”"), "nl": ("‘", "’")}
QUOTE_CHARS = 90


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]") \
        and text.count("«") == text.count("»") and text.count("“") == text.count("”") and text.count('"') % 2 == 0


def clean_quote(clause: str, lang: str) -> str:
    """A clause made ready for quoting: inner quotation marks one level down, no final dot, or ""."""
    text = " ".join(clause.split()).strip(" ,;:-–—")
    text = cre.sub(r"\.{2,}$|…$", "", text).rstrip(" .,;:")
    if not text or not _balanced(text) or _PLACEHOLDER.search(text):
        return ""
    opening, closing = _SECONDARY_QUOTES.get(lang, ("“", "”"))
    text = cre.sub(r"«\s*|“|„", opening, text)
    text = cre.sub(r"\s*»|”", closing, text)
    text = cre.sub(r'"([^"]*)"', rf"{opening}\1{closing}", text)
    text = "".join(c for c in text if not is_emoji(c)).strip()
    text = cre.sub(r"\s+([?!])", r" \1" if lang == "fr" else r"\1", text)
    if len(text) > QUOTE_CHARS or len(text.split()) < 3:
        return ""
    return text


def best_quote(note: str, lang: str, cues: list[str] | None = None) -> str:
    """The short, whole clause of the note that carries its reason, or "" when none is worth quoting.

    >>> best_quote("Hello Camille, Benoît here. I read your piece on local SEO (great stuff). Worth a 15-min call this week?", "en")
    'I read your piece on local SEO (great stuff)'
    >>> best_quote("Geachte mevrouw Laurent, ik las uw artikel over lokale SEO.", "nl")
    'ik las uw artikel over lokale SEO'
    """
    text = unicodedata.normalize("NFC", note or "")
    clauses = core_clauses(text)
    candidates: list[str] = []
    for a, b in clauses:
        sentence = text[a:b]
        pieces = [sentence]
        if len(sentence) > QUOTE_CHARS:
            # A long sentence: its clauses (split at commas outside parentheses), never a cut inside one.
            pieces = [p for p in cre.split(r",\s+(?![^()]*\))|;\s+|:\s+", sentence) if p.strip()]
        for piece in pieces:
            quoted = clean_quote(piece, lang)
            if quoted:
                candidates.append(quoted)
    if not candidates:
        return ""
    cues = [c for c in cues or [] if c and fold(c) in fold(text)]
    for cue in cues:
        for c in candidates:
            if fold(cue) in fold(c):
                return c
    # The clause that carries the reason cannot be quoted whole: better no quote than another clause.
    return "" if cues else candidates[0]


# -- facts ---------------------------------------------------------------------------------------

_MONTHS = {
    "fr": "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
    "en": "january|february|march|april|may|june|july|august|september|october|november|december",
    "de": "januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "pt": "janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
}
_DAYS = {
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "es": "lunes|martes|miercoles|jueves|viernes|sabado|domingo",
    "it": "lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica",
    "pt": "segunda(?:-feira)?|terca(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|sabado|domingo",
    "nl": "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
}
# Date words of the past (or near future), with their own preposition, as the sender wrote them.
_WHEN = {
    "fr": r"avant-hier|hier(?: soir| matin| midi)?|ce matin|la semaine (?:derniere|passee)|le mois dernier|l'an dernier"
          r"|l'annee (?:derniere|passee)|(?:ce |le )?(?:{d})(?: dernier| soir| matin| midi)?|il y a (?:quelques|deux|trois|\d+) (?:jours|semaines|mois|ans)"
          r"|en (?:{m})(?: dernier)?|le \d{{1,2}} (?:{m})|cette semaine|recemment",
    "en": r"yesterday(?: evening| morning)?|last (?:week|month|year|night|{d})|this (?:morning|week)|on (?:{d})"
          r"|earlier this (?:week|month|year)|a (?:few|couple of) (?:days|weeks|months) ago|\d+ (?:days|weeks|months) ago"
          r"|in (?:{m})|back in (?:(?:{m}) )?\d{{4}}|recently|on (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{m})|on (?:{m}) \d{{1,2}}(?:st|nd|rd|th)?",
    "de": r"vorgestern|gestern(?: abend| morgen)?|heute morgen|letzte woche|letzten (?:monat|{d})|letztes jahr"
          r"|vergangene woche|vergangenen (?:monat|{d})|am (?:{d})|vor (?:ein paar|einigen|zwei|drei|\d+) (?:tagen|wochen|monaten|jahren)"
          r"|im (?:{m})|neulich|kurzlich|am \d{{1,2}}\. (?:{m})",
    "es": r"anteayer|ayer(?: por la (?:tarde|manana))?|esta manana|la semana pasada|el mes pasado|el ano pasado"
          r"|el (?:{d})(?: pasado)?|el pasado (?:{d}|mes|ano)|la pasada semana|hace (?:unos|unas|dos|tres|\d+) (?:dias|semanas|meses|anos)|en (?:{m})|recientemente|el \d{{1,2}} de (?:{m})",
    "it": r"l'altro ieri|ieri(?: sera| mattina)?|stamattina|la settimana scorsa|il mese scorso|l'anno scorso"
          # "lo scorso martedì", "la scorsa settimana", "lo scorso mese": "scorso" before its noun, the article with it
          r"|(?:lo |il |la |l')?scors[oa] (?:{d}|settimana|mese|anno)"
          r"|(?:{d})(?: scors[oa])?|qualche (?:giorno|settimana|mese) fa|(?:due|tre|\d+) (?:giorni|settimane|mesi) fa|a (?:{m})|di recente|il \d{{1,2}} (?:{m})",
    "pt": r"anteontem|ontem(?: a noite| de manha)?|hoje de manha|na semana passada|semana passada|no mes passado"
          r"|no ano passado|(?:na |no )(?:{d})|ha (?:uns|umas|dois|duas|tres|\d+) (?:dias|semanas|meses|anos)|em (?:{m})|recentemente|(?:em|a|no dia) \d{{1,2}} de (?:{m})",
    "nl": r"eergisteren|gisteren(?:avond|ochtend)?|vanochtend|vorige week|afgelopen (?:week|maand|{d})|vorige maand"
          r"|vorig jaar|(?:{d})(?:avond|middag)?|(?:een paar|twee|drie|\d+) (?:dagen|weken|maanden) geleden|in (?:{m})|onlangs|op \d{{1,2}} (?:{m})",
}
_PERIOD_LEAD = (r"(?:debut|fin|mi|mid|early|late|anfang|ende|mitte|principios de|finales de|mediados de|inizio|fine"
                r"|meta|inicio de|fim de|meados de|begin|eind|half|le mois de|next|prochain|la|el|este|esta|il|l'|o|a|de|het"
                r"|dem|den)\s*")
_PERIOD = {
    "fr": r"(?:a partir d[eu']|des|a compter d[eu']|pour|d'une duree de|de|d'|en|a la|au)\s*(?:{lead})?(?:(?:{m})(?: \d{{4}}| prochain)?|la rentree|l'ete|cet ete|cet automne|\d+ (?:a \d+ )?mois|\d+ semaines|(?:deux|trois|quatre|cinq|six|huit|dix|douze) mois|septembre prochain|\d{{4}})|des que possible|rapidement",
    "en": r"(?:from|starting(?: in| from)?|in|for|this|next|by|as of)\s+(?:{lead})?(?:the )?(?:(?:{m})(?: \d{{4}})?|summer|autumn|fall|spring|winter|\d+ months?|\d+ weeks?|(?:two|three|four|five|six|twelve) months)|asap|immediately",
    "de": r"(?:ab|ab dem|fur|im|zum|von|uber)\s+(?:{lead})?(?:(?:{m})(?: \d{{4}})?|sofort|sommer|herbst|winter|fruhjahr|wintersemester|sommersemester|nachstem semester|\d+ monate|\d+ wochen|(?:zwei|drei|vier|funf|sechs) monate)|ab sofort",
    "es": r"(?:a partir de|desde|en|de|durante|por|para)\s+(?:{lead})?(?:(?:{m})(?: de \d{{4}})?|verano|otono|invierno|primavera|\d+ meses|(?:dos|tres|cuatro|cinco|seis) meses)|cuanto antes|ya mismo",
    "it": r"(?:da|a partire da|dal|dalla|per|di|in|a)\s+(?:{lead})?(?:(?:{m})(?: \d{{4}})?|estate|autunno|inverno|primavera|\d+ mesi|(?:due|tre|quattro|cinque|sei) mesi)|da subito|il prima possibile",
    "pt": r"(?:a partir de|desde|em|de|por|durante|para)\s+(?:{lead})?(?:(?:{m})(?: de \d{{4}})?|verao|outono|inverno|primavera|\d+ meses|(?:dois|tres|quatro|cinco|seis) meses)|o quanto antes|ja",
    "nl": r"(?:vanaf|per|in|voor|van|deze|komende)\s+(?:{lead})?(?:(?:{m})(?: \d{{4}})?|zomer|najaar|voorjaar|winter|\d+ maanden|(?:twee|drie|vier|vijf|zes) maanden)|per direct|zo snel mogelijk",
}

_EVENT_NOUNS = {
    "fr": r"salon|conference|conf|meetup|afterwork|after-?party|table ronde|soiree|atelier|workshop|seminaire|webinaire|webinar|forum|congres|festival|evenement|petit-dejeuner|petit-dej|dejeuner|dej|diner|masterclass|formation|hackathon|sommet|summit|journee|jury|stand|apero|cocktail|gala|remise des prix|session|rencontres|matinale|universite d'ete|barcamp|days|weekend|week-end",
    "en": r"conference|[\w-]*messe|congress|barcamp|after-?party|after-?work|meetup|fair|expo|summit|workshop|webinar|panel|event|dinner|breakfast|lunch|networking(?: event| evening| night)?|hackathon|masterclass|training|course|seminar|forum|festival|trade show|booth|drinks|party|gala|roundtable|session|bootcamp|night|days?|week|weekend|week-end",
    "de": r"messe|salon|konferenz|after-?party|meetup|barcamp|workshop|seminar|webinar|vortrag|panel|event|veranstaltung|stammtisch|netzwerktreffen|netzwerkabend|kongress|forum|festival|fruhstuck|mittagessen|abendessen|afterwork|tagung|schulung|hackathon|stand|treffen|summit|gipfel|masterclass|bootcamp|abend|night|days?|week|weekend|week-end"
          # "E-Commerce-Tag", "Marketing-Tag", "Fachtag": a day-long event (never "Guten Tag", "Dienstag")
          r"|[\w-]+-tag|fachtag|praxistag|thementag|aktionstag|branchentag|digitaltag|marketingtag",
    "es": r"congreso|conferencia|barcamp|after-?party|fiesta|feria|salon|meetup|evento|taller|jornadas?|seminario|webinar|charla|mesa redonda|afterwork|desayuno|almuerzo|comida|cena|networking|foro|festival|hackathon|stand|encuentro|cumbre|curso|masterclass|bootcamp|summit|days?|week|weekend|week-end",
    "it": r"convegno|conferenza|barcamp|after-?party|festa|fiera|meetup|evento|workshop|seminario|webinar|tavola rotonda|aperitivo|pranzo|cena|colazione|networking|forum|festival|hackathon|stand|salone|incontro|corso|masterclass|master|bootcamp|summit|days?|week|weekend|week-end",
    "pt": r"congresso|conferencia|barcamp|after-?party|festa|feira|meetup|evento|workshop|seminario|webinar|palestra|mesa redonda|happy hour|almoco|jantar|networking|forum|festival|hackathon|stand|encontro|curso|masterclass|bootcamp|summit|days?|week|weekend|week-end",
    "nl": r"congres|forum|[\w-]*messe|conferentie|barcamp|after-?party|feest|beurs|meetup|evenement|event|workshop|seminar|webinar|borrel|netwerkborrel|netwerkevent|lezing|paneldiscussie|ontbijtsessie|lunch|diner|festival|hackathon|stand|bijeenkomst|training|cursus|avond|night|days?|week|summit|dag|dagen|panel|masterclass|bootcamp|weekend|week-end",
}
_EVENT_PREPS = {
    "fr": r"au|a la|a l'|aux|lors du|lors de la|lors de l'|lors des|pendant le|pendant la|pendant l'|apres le|apres la|apres l'|du|de la|de l'|sur le|sur la|dans le|dans la|dans l'|a",
    "en": r"at the|at|during the|during|on the|in the|after the|after|(?<=each other )from",
    "de": r"auf der|auf dem|beim|bei der|bei dem|im|in der|am|an der|nach dem|nach der|wahrend der|wahrend des|vom|von der|auf einer|bei einem|zum|zur"
          r"|bei den|auf den|an den|in deinem|in deiner|in ihrem|in ihrer|bei deinem|bei deiner|bei ihrem|bei ihrer|auf deinem|auf deiner|auf ihrem|auf ihrer",
    "es": r"en el|en la|en los|en las|durante el|durante la|del|de la|tras el|tras la|en",
    "it": r"al|alla|all'|allo|ai|alle|durante il|durante la|nel|nella|dopo il|dopo la|del|della|in|a",
    "pt": r"no|na|nos|nas|durante o|durante a|em|do|da|depois do|depois da|ao|a",
    "nl": r"op de|op het|op|bij de|bij het|bij|tijdens de|tijdens het|tijdens|na de|na het|in de|in het|in|(?<=elkaar )van(?: de| het)?|(?<=elkaar nog )van(?: de| het)?",
}
#: "Webwinkel Vakdag(en)", "eCommerce-Tag", "Marketingtage(n)" (folded): the Dutch and German day nouns ending a compound name,
#: never "vintage", "montage" or "heritage".
_DAY_COMPOUND = r"\w*dag|\w*dagen|(?:^|(?<=[\s-]))tag(?:e|en)?|\w{2,}(?<!vin)(?<!mon)(?<!heri)(?<!cot)(?<!hos)(?<!por)tagen?"
#: The last word of an event's own name ("Startup Pitch Night", "Dutch Design Week", "VivaTech Summit").
_NAMED_EVENT = rf"\b(?:summit|week|weekend|days?|e-?day|{_DAY_COMPOUND}|omr|dmexco|night|fest|festival|conference|forum|expo|con|camp|meetup|show|talks|awards|hackathon|salon|messe|congres|congress|live|tour|school|tech|vivatech)$"
#: Whom "if you know …" is about (folded), after "se conhecer": "se conhecer alguém interessado" asks to pass a job on, never
#: recalls a meeting ("a gente se conhece do evento").
_SOMEONE_AFTER = r"\s+(?:alguem|algum\w*|ninguem|pessoas|quem|profissiona\w+|candidat\w+|colegas)\b"
#: "hablamos"/"charlamos" as a talk had (folded), never the proposal "¿Hablamos de una posible colaboración?" (a question).
_TALKED_ES = r"(?<!¿)(?:hablamos|charlamos)(?![^.!?¿,]{0,80}\?)"
_MET_VERBS = {
    "fr": r"rencontr(?:e|ee|es|ees)|croise(?:e|s|es)?|vu(?:e|s|es)?|echange|discute|parle|retrouve(?:e|s|es)?|etions|etait",
    "en": r"met|meeting|chatted|spoke|talked|saw|ran into|bumped into|connected|meet you|meeting you|chatting|know each other",
    "de": r"kennengelernt|getroffen|gesprochen|unterhalten|gesehen|begegnet|ausgetauscht|waren|kennen uns",
    "es": rf"conocimos|conoci|coincidimos|te vi|le vi|{_TALKED_ES}|vimos|encontramos|cruzamos|estuvimos|conocerte|conocerle|charlar contigo|hablar contigo",
    "it": r"conosciut[aoie]|incontrat[aoie]|vist[ie]|parlato|chiacchierato|scambiato|eravamo|conoscerti|conoscerla|incontrarti",
    "pt": rf"conhecemos|conheci|falamos|conversamos|vimos|encontramos|cruzamos|estivemos|conhecer(?!{_SOMEONE_AFTER})|te conhecer|conhece-la|conhece-lo",
    "nl": r"ontmoet|gesproken|spraken|leren kennen|leerden|gezien|zagen|troffen|ontmoetten|kletsten|waren|kennen elkaar",
}
_TOGETHER = {
    "fr": r"(?:travaille|bosse|etions|etait|etudie|collegues?|ex-collegues?|anciens? collegues?|camarades?)\b(?: ensemble)?",
    "en": r"(?:worked|studied|were|used to work)(?: together)?|(?:former )?colleagues|classmates|same (?:team|class|cohort)",
    "de": r"(?:zusammen|gemeinsam) (?:gearbeitet|studiert)|kollegen|kommilitonen|(?:zusammen|gemeinsam) (?:bei|an|im|in)|waren (?:zusammen|gemeinsam)",
    "es": r"trabajamos juntos|trabajamos juntas|estudiamos juntos|estudiamos juntas|companeros|companeras|coincidimos",
    "it": r"lavorato insieme|studiato insieme|colleghi|colleghe|compagni di corso|compagne di corso|eravamo insieme",
    "pt": r"trabalhamos juntos|trabalhamos juntas|estudamos juntos|estudamos juntas|colegas",
    "nl": r"samengewerkt|samen gewerkt|samen gestudeerd|collega's|studiegenoten|klasgenoten",
}
_ORG_PREPS = {
    "fr": r"chez|a l'|a la|au|a|dans la|dans le|dans l'|en",
    "en": r"at|in|on",
    "de": r"bei der|bei|an der|am|im|in der",
    "es": r"en el|en la|en",
    "it": r"in|presso|alla|al|nella|nel",
    "pt": r"na|no|em",
    "nl": r"bij|op de|op het|in",
}
_STUDY_NOUNS = r"promo(?:tion)?|class|cohort|master|mba|bachelor|licence|ecole|uni(?:versit\w*)?|jahrgang|studiengang|promocion|corso|turma|jaargang|opleiding|iut|bts|prepa"

_MEDIA = {
    "article": r"article|articles|blog|billet|blogpost|blog post|piece|column|tribune|artikel|artikelen|articulo|articolo|articoli|artigo|opiniestuk|stuk|fachartikel|gastbeitrag",
    "post": r"post|posts|thread|threads|publication|publications|beitrag|bitrag|linkedin-post|linkedin post|publicacion|pubblicazione|publicacao|bericht|carrousel|carousel",
    "comment": r"commentaire|comment|kommentar|comentario|commento|reactie",
    "talk": r"conference|conf|intervention|intervencion|intervencao|talk|fala|keynote|vortrag|charla|ponencia|intervento|palestra|lezing|presentatie|presentation|presentacion|presentazione|apresentacao|session|sessione|sesion|sessao|sessie|panel|masterclass"
            # "seu painel", "tu mesa redonda", "la tua tavola rotonda", "deine Podiumsdiskussion": a panel she sat on
            r"|painel|paineis|mesa redonda|round ?table|table ronde|tavola rotonda|paneldiskussion|podiumsdiskussion|paneldiscussie|panelgesprek"
            # "bedankt voor de gastles", "thanks for the guest lecture", "grazie per la lezione": a lecture she gave at their school
            r"|guest lecture|gastles|gastcollege|gastvortrag|gastvorlesung|lezione|clase magistral|aula magna",
    "podcast": r"podcast|episode|folge|episodio|aflevering",
    "newsletter": r"newsletter|lettre d'information|nieuwsbrief|boletin",
    "book": r"livre|book|buch|libro|livro|boek|ebook|e-book|livre blanc|white paper|whitepaper",
    "video": r"video|youtube|reel|short",
    "live": r"live|livestream|directo|diretta|en vivo",
    "webinar": r"webinar|webinaire|webinars|webinario|webinarie",
    "interview": r"interview|entretien|entrevista|intervista",
    "workshop": r"workshop|atelier|taller|masterclass",
    # "seu treinamento", "tu capacitación", "deine Fortbildung", "il tuo bootcamp": the owner's training in every wording
    "training": r"formation|training|course|cours|schulung|kurs|curso|corso|cursus|module|formazione|formacao|formacion|opleiding|weiterbildung"
                r"|treinamento|capacitacao|capacitacion|fortbildung|bootcamp|mentoria|bijscholing",
}
_ABOUT = {
    "fr": r"sur|a propos d[eu']|a propos des|au sujet d[eu']|au sujet des|concernant|autour d[eu']|autour des|consacre a|consacre au|consacre aux|consacree a|consacree au",
    "en": r"about|on|regarding|around",
    "de": r"uber|zu|zum|zur|zum thema|rund um|bezuglich",
    "es": r"sobre|acerca de|acerca del|en torno a|en torno al|respecto a|respecto al",
    "it": r"su|sul|sulla|sui|sugli|sulle|sull'|sullo|riguardo a|riguardo al|riguardo alla|in merito a|in merito al|in merito alla",
    "pt": r"sobre|acerca de|acerca do|acerca da|a respeito de|a respeito do|a respeito da|em relacao a|em relacao ao",
    "nl": r"over|rond|omtrent|met betrekking tot",
}
_STOP = {
    "fr": r"et|mais|ou|que|qui|car|donc|parce|dont|quand|si|comme|puis|etait|est|lors|pendant|durant|aupres|devant|litteralement|carrement",
    "en": r"and|but|which|that|because|so|or|who|when|if|as|where|was|is|were|are|has|have|had|hit|helped|made|changed|saved|resonated|struck|inspired|nailed|really|totally|blew|gave|taught|during|literally|actually|honestly|genuinely|seriously|basically|doubled|tripled|quadrupled|boosted|skyrocketed",
    "de": r"und|aber|oder|weil|dass|denn|wenn|als|wie|sowie|wahrend|vor|war|waren|hat|hatte|buchstablich|wortwortlich",
    "es": r"y|pero|que|porque|o|cuando|si|como|donde|fue|era|es|me|durante|ante|literalmente|duplico|triplico",
    "it": r"e|ma|che|perche|o|quando|se|come|dove|era|mi|durante|presso|davanti|letteralmente|ha|hanno",
    "pt": r"e|mas|que|porque|ou|quando|se|como|onde|foi|era|me|durante|perante|literalmente|duplicou|triplicou",
    "nl": r"en|maar|dat|omdat|of|toen|als|waar|willen|wil|kunnen|zouden|geven|houden|verzorgen|tijdens|was|waren|heeft|hebben|letterlijk",
}
_PRONOUNS = {
    "fr": r"je|j'|me|m'|moi|mon|ma|mes|nous|notre|nos|tu|te|t'|toi|ton|ta|tes|vous|votre|vos",
    "en": r"i|i'm|i've|i'd|me|my|mine|we|our|us|you|your|yours|you're",
    "de": r"ich|mich|mir|mein\w*|wir|uns|unser\w*|du|dich|dir|dein\w*|ihnen|euch|euer\w*",
    "es": r"yo|me|mi|mis|mio|mia|nosotros|nosotras|nuestr\w*|tu|tus|te|ti|usted|ustedes|os|vuestr\w*",
    "it": r"io|mi|me|mio|mia|miei|mie|noi|ci|nostr\w*|tu|ti|te|tuo|tua|tuoi|tue|voi|vostr\w*",
    "pt": r"eu|me|mim|meu|minha|meus|minhas|nos|nosso\w*|nossa\w*|tu|te|ti|teu|tua|teus|tuas|voce|voces|vc|lhe|gente",
    "nl": r"ik|me|mij|mijn|wij|we|ons|onze|jij|je|jou|jouw|u|uw|jullie",
}
_DANGLING = {
    "fr": r"de|d'|du|des|le|la|les|l'|un|une|a|au|aux|en|et|pour|sur|dans|avec|par|tres|plus|la-bas|ici|ce|cet|cette|ces|ca|cela|celui|celle|quoi",
    "en": r"the|a|an|of|to|in|on|at|for|and|with|by|very|more|really|there|here|this|that|these|those|what|how|it",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|zu|zum|zur|in|im|mit|von|fur|auf|an|sehr|dies|diese|dieser|dieses|was",
    "es": r"el|la|los|las|un|una|de|del|a|al|en|y|con|por|para|muy|mas|alli|ahi|aqui|lo|esto|eso|este|esta|ese|esa",
    "it": r"il|lo|la|i|gli|le|un|una|di|del|della|a|al|in|e|con|per|su|molto|piu|cio|questo|questa|quello|quella|quanto",
    "pt": r"o|a|os|as|um|uma|de|do|da|dos|das|em|no|na|e|com|por|para|muito|mais|la|ai|aqui|isso|isto|este|esta|esse|essa|aquilo",
    "nl": r"de|het|een|van|in|op|en|met|voor|aan|bij|zeer|heel|erg|daar|hier|dit|dat|deze|die|wat",
}


#: A call or meeting asked for in the same question as a month (folded): "Kapazitäten für ein erstes Gespräch?".
_SOON_CALL = (r"\b(?:rendez-vous|rdv|appel|call|meeting|chat|termin|telefonat|gesprach|erstgesprach|reunion|llamada|chiamata|reuniao|chamada|conversa"
              # "ein Erstgespräch im Februar", "een kennismakingsgesprek in maart", "ein Kennenlerntelefonat": compounds too
              r"|afspraak|gesprek|kennismaking\w*|kennismakingsgesprek|\w+(?:gesprach|gesprek|telefonat|termin)|visio\w*|videocall|zoom)\b")

@dataclass
class Facts:
    """What a note gives, as slots for a reply in the note's own language. Empty means "not said"."""

    lang: str = ""
    #: met_before: where they met, as a phrase with its preposition ("au salon E-Marketing Paris").
    event: str = ""
    #: date words as written ("la semaine dernière", "yesterday", "am Dienstag").
    when: str = ""
    #: worked or studied together: where ("chez Danone", "at Google", "dans la promo 2014 du Master Com'").
    org: str = ""
    together: bool = False
    #: content: which of the owner's pieces (article post comment talk podcast newsletter book video interview training).
    work: str = ""
    #: its title as written, without quotation marks ("Le Digital en Clair").
    title: str = ""
    #: what it is about, with its preposition ("sur le SEO local", "about pricing workshops").
    topic: str = ""
    #: referral: who suggested the contact, as written ("Priya Raman").
    referrer: str = ""
    own_colleague: bool = False  # the referrer is the sender's own colleague who only pointed the way: no thanks to them
    #: the subject of a talk they promised to continue, with its preposition ("sur TikTok Ads", "über Employer Branding").
    followup: str = ""
    #: a training or coaching for them already talked about ("Quedamos en hablar sobre formación para mi equipo"): picked
    #: up again, never answered with "yes, I run trainings" as if asked.
    agreed: bool = False
    #: a proposal to send each other clients ("on pourrait se recommander des clients", "a referral partnership").
    mutual: bool = False
    #: a session to make together ("vlt. mal gemeinsam ein Webinar machen", "a joint webinar", "un webinar ensemble"): a
    #: co-creation idea, never an invitation to speak at their event.
    joint: bool = False
    #: job_seeking: internship apprenticeship working_student first_job side_job job freelance.
    role: str = ""
    #: the field of that role, with its preposition ("en marketing digital", "im Online-Marketing").
    domain: str = ""
    #: when or how long ("à partir de mars", "for 6 months").
    period: str = ""
    #: recruiting: the job title as written ("Head of SEO"), the company, the place ("à Lyon", "remote").
    job_title: str = ""
    company: str = ""
    place: str = ""
    salary: bool = False
    remote: bool = False
    #: business_proposal: guest speaker jury cowrite swap (a guest-article swap) partnership.
    proposal: str = ""
    #: a link or guest-post swap offered (an SEO pitch).
    links: bool = False
    #: the note speaks of a team ("pour mon équipe", "wir sind 8 Personen"): a training is for the team, else for the sender.
    team: bool = False
    #: her training wanted by the sender themself ("je souhaiterais suivre une formation … ?", "interested in your courses?").
    trainee: bool = False
    #: a direct yes/no question to the owner about what she does ("do you do one-off audits?", "Bieten Sie das auf Englisch an?").
    yes_q: bool = False
    #: the sender's project named in a proposal (their podcast, their event), as written.
    project: str = ""
    #: what the sender asks for: interns services proposal intro resource feedback questions call meet advice question.
    ask: str = ""
    #: resource: template guide tools examples reading.
    wanted: str = ""
    survey: bool = False
    #: the sender's question, whole and short, as written (for the asks no other slot names).
    question: str = ""
    #: the sender offers their own services (a freelancer offering help).
    offers: bool = False
    portfolio: bool = False
    cv: bool = False
    shall_we: bool = False
    #: the sender is hiring (a recruiter, a hiring manager), even when the role's title is not found.
    hiring: bool = False
    #: the sender describes their own offer to the owner's segment ("we help agencies like yours").
    pitch: bool = False
    #: the sender was the owner's intern, student or colleague and says hello ("j'ai été votre stagiaire en 2018").
    former: bool = False
    #: the sender applies for a job they saw ("j'ai vu l'offre de Data Analyst et je suis très intéressé").
    candidate: bool = False
    #: the contact comes through an alumni network, not a person ("via le groupe des anciens de Sciences Po").
    alumni: bool = False
    #: the sender answers the owner's own call or post ("saw your message looking for people working on…").
    answering: bool = False
    #: the sender thanks the owner for a comment or reaction on the sender's own post.
    thanked: bool = False
    #: the sender just lost their job (a layoff): a warm word first.
    laid_off: bool = False
    #: a yes/no request that wants a clear answer: interview jury trial details mentor tool.
    request: str = ""
    #: the person the sender wants to be introduced to is named ("la personne en charge des partenariats chez Lumen").
    target: bool = False
    #: the format of a proposal is given (a webinar, a podcast, a panel, a white paper…).
    fmt: bool = False
    #: minutes the sender asked for ("Auriez-vous 20 minutes ?"), as digits.
    minutes: str = ""
    #: a proposal gives how long the session lasts ("45 min", "2 jours", "eine Stunde", "half a day").
    length: bool = False
    #: the kind of session the owner is invited to give: workshop talk lecture seminar webinar masterclass, or "".
    kind: str = ""
    #: the invitation says who attends ("to our students", "pour nos adhérents", "voor onze leden").
    attendees: bool = False
    #: the sender spoke with the owner today or yesterday, or on the phone this morning.
    recent: bool = False
    asks: list[str] = field(default_factory=list)
    #: the sender wants to buy the owner's services (a training, an audit, advice on their own strategy, rates).
    client: bool = False
    #: the sender sells THEIR services to the owner's kind ("we help agencies like yours"): a pitch, whatever the judge said.
    sells: bool = False
    #: what the client wants: training audit coaching, or "" (consulting, help in general).
    service: str = ""
    #: the client asked for the owner's rates or a quote.
    price: bool = False
    #: an organiser asked the owner's conditions (fee, travel), not only a price: "¿Podría indicarme sus condiciones?".
    conditions: bool = False
    #: the sender asked in which language the owner works ("do you do it in English?").
    lang_q: bool = False
    #: a coming date as written ("en janvier", "next week", "im Mai", "au second semestre").
    soon: str = ""
    #: the kind of the sender's question: permission (may I add you) send (may I send you…) share (the slides?)
    #: choice (A or B?) budget (how much to spend?) or "" (any other question).
    qkind: str = ""
    #: the two things an either/or question names, as written ("SEO", "pub insta"); empty unless both are named.
    options: list[str] = field(default_factory=list)
    #: what the sender offers to send: programme details questions cv.
    sendwhat: str = ""
    #: what of the owner's the sender asks for: link slides recording.
    share: str = ""
    #: the sender is a recruiter (says so); hires for a client; asks the owner to refer people; offers a
    #: freelance mission; only networks (no role offered).
    recruiter: bool = False
    for_client: bool = False
    refer_ask: bool = False
    #: "would you be interested, or do you know someone?": the role is offered to her, and names are welcome.
    pass_on: bool = False
    #: asked to share or relay their post in her network ("¿puedes compartir la oferta con tu red?", "could you share the
    #: job post with your network?"): a favour to the sender, never the role offered to her
    relay: bool = False
    #: an interview's deadline as written ("avant vendredi", "by next Wednesday"); by phone; about a piece they write.
    deadline: str = ""
    by_phone: bool = False
    #: the sender asks to send their questions (or anything) by email: "3-4 Fragen per Mail schicken", "by email"
    by_email: bool = False
    #: "Posso farle qualche domanda?": written questions read from "a few questions", with no e-mail named (answered "here").
    few_q: bool = False
    #: a coffee offered for the owner's next visit to the sender's city ("si alguna vez venís de nuevo avisame y tomamos un café")
    coffee: bool = False
    piece: bool = False
    #: the mission's length is given ("3-month mission", "6 maanden"): never asked again.
    duration: bool = False
    freelance_role: bool = False
    networking: bool = False
    job_offered: bool = False
    #: ``soon`` is when to meet ("un rendez-vous en janvier"), not when the work would happen.
    soon_meet: bool = False
    #: the sender praises the owner's piece ("your talk was great"), so thanks for kind words are in order.
    praise: bool = False
    #: the owner's work helped the sender ("tes posts m'ont beaucoup aidé").
    helped: bool = False
    #: the piece that helped, as the note names it, the owner's possessive made hers ("der Artikel über Meta Ads für kleine Shops",
    #: "mon article sur le SEO local"), when the first sentence does not already name it (a newsletter followed, no topic)
    helped_piece: str = ""
    episode: bool = False  # "your podcast episode on SEO for small businesses": one episode heard, "the episode"
    praised_piece: str = ""  # "the piece on LinkedIn ads for B2B was spot on" (a newsletter followed): "my piece on LinkedIn ads for B2B"
    #: a long-time or regular reader ("je lis ta newsletter depuis des mois", "lees al maanden", "every week"):
    #: thanked for following, never "for taking the time to read".
    regular: bool = False
    #: the reader says it is long ("for years", "depuis longtemps", "seit Jahren"): "schon so lange" is then true, never for "a few months".
    regular_long: bool = False
    #: a compliment on the owner's content in general, no piece named ("me encanta tu contenido", "complimenti per i tuoi contenuti").
    fan: bool = False
    #: a training's funding or eligibility asked (CPF, OPCO, Bildungsgutschein, FUNDAE…): "opco" for a company's own
    #: training fund ("finançable par l'OPCO ?", "plan de développement des compétences"), "cpf" for a person's account,
    #: "any" for another or none named; "" when not asked.
    funding: str = ""
    #: the event a speaker is invited to, by its name ("BrightonSEO", "Emerce eDay"), and the article the note gave it ("le", "die", "").
    stage: str = ""
    #: what a team is to be trained in, with the note's preposition ("au social selling", "zu Social Selling"), or "".
    train_topic: str = ""
    stage_art: str = ""
    #: the note asks whether she is free then ("disponível em novembro?", "Hätten Sie im Mai Zeit?"): answered, never skipped.
    avail_q: bool = False
    #: a call for papers/speakers the note points her to: its closing date as written ("March 1", "1er mars"), " " with no date, or "".
    cfp: str = ""
    #: the note says they met in person (at the event, or just "we met").
    met: bool = False
    #: they took a course or a training together ("on était ensemble à la formation Google Ads"): classmates, never
    #: "our conversation at the training"
    classmates: bool = False
    #: ``org`` is where they studied together ("en L3", "dans la promo 2014").
    studied: bool = False
    #: an old acquaintance getting back in touch; congratulations in the note.
    reconnect: bool = False
    #: the note says time went by ("depuis le temps", "nach all den Jahren", "it's been ages"): only then "after all these years"
    long_ago: bool = False
    congrats: bool = False
    #: the sender already got results from the owner's work ("ya he subido a primera página", "le CPC a baissé de 30 %").
    results: bool = False
    #: the sender says they are putting it into practice or will ("je vais tester", "I'm applying your tips", "ich setze es um").
    applying: bool = False
    #: the sender landed a job (or an internship) thanks to the owner's work ("it helped me land my current job",
    #: "consegui meu primeiro emprego graças a ele"): a thank-you to congratulate, never a job search ("job" or "internship").
    landed: str = ""
    #: that job came after a mentoring session she gave, thanked for ("danke nochmal für das Mentoring-Gespräch").
    mentored: bool = False
    #: the sender launched their brand, shop or business with the owner's help and thanks her for it (no question):
    #: (the possessive as the note says it, the thing launched): ("mi", "marca de ropa sostenible"), ("mein", "Label für Taschen")
    launched: tuple[str, str] = ("", "")
    #: the note already says where the sender stands (their shop, their job, how long, a budget): not to be re-asked
    situation: bool = False
    #: the sender says they struggle with something in the owner's field ("je galère avec mes pubs", "snap er niks van").
    struggle: bool = False
    #: a student or career changer weighs two paths in the owner's field ("j'hésite entre le SEO ou les social ads",
    #: "curso de tráfego pago ou de SEO primeiro?"): career advice, not a job request.
    career: bool = False
    #: a peer proposes to exchange ideas or experience ("swap notes", "échanger nos retours d'expérience", "van gedachten wisselen").
    exchange: bool = False
    #: the sender wishes to carry on the conversation ("den Austausch fortsetzen", "continue our conversation"), naming no call.
    go_on: bool = False
    #: an amount of money given ("300€/mois", "$2k"): a budget not to be asked for again
    amount: bool = False
    #: what the sender promises to send the owner ("I'll send you the contact of our developer", "te mando el link"):
    #: contact link case_study slides list doc, or "" (nothing promised). Thanked for in the draft.
    promised: str = ""


def _rx(pattern: str) -> re.Pattern[str]:
    return cre.compile(pattern)  # the drafts' one cache of compiled patterns (rx.py)


def _when_rx(lang: str) -> str:
    return _WHEN[lang].format(d=_DAYS[lang], m=_MONTHS[lang])


#: Month names written out, with their accents, in the order of the year.
_MONTH_NAMES = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
#: Each month's abbreviations in any of the languages (folded), in the order of the year.
_MONTH_ABBR = ["jan gen ene", "feb fev", "mar mrt maa", "apr abr avr", "mai may mei mag", "jun giu juin",
               "jul lug juil", "aug ago aou", "sep set", "oct okt ott out", "nov", "dec dez dic"]
_RANGE_WORDS = {"fr": ("de", "à"), "en": ("from", "to"), "de": ("von", "bis"), "es": ("de", "a"), "it": ("da", "a"),
                "pt": ("de", "a"), "nl": ("van", "tot")}


def _month_range(text: str, lang: str) -> str:
    """A bare range of months ("fev-jul", "feb–juni") written out as a sentence does: "de fevereiro a julho"."""
    m = cre.fullmatch(r"([A-Za-zÀ-ÿ]+)\.?\s?(?:-|–|to|a|à|bis|al|ate|até|tot|au)\s?([A-Za-zÀ-ÿ]+)\.?", text.strip())
    names = _MONTH_NAMES.get(lang, "").split()
    if not m or not names:
        return text

    def month(word: str) -> int:
        w = fold(word)
        return next((i for i, abbrs in enumerate(_MONTH_ABBR) if any(w.startswith(a) for a in abbrs.split())
                     or w == fold(names[i])), -1)
    a, b = month(m.group(1)), month(m.group(2))
    if a < 0 or b < 0:
        return text
    start, end = _RANGE_WORDS[lang]
    first = f"d'{names[a]}" if lang == "fr" and fold(names[a])[0] in "aeiou" else f"{start} {names[a]}"  # "d'avril"
    return f"{first} {end} {names[b]}"


#: A word a phrase cut short must not end on (a preposition or a conjunction left dangling).
_DANGLING_END = (r"(?i)\s+(?:naast|next to|besides|alongside|neben|a cote de|à côté de|junto a|junto con|accanto a|ao lado de|with|met|mit|con|avec|com"
                 r"|for|voor|für|fur|pour|para|per|bij|at|of|van|von|and|und|et|y|e|ou|or|oder|during|pendant|während|durante|tijdens)$")


def _period_rx(lang: str) -> str:
    return _PERIOD[lang].format(m=_MONTHS[lang], lead=_PERIOD_LEAD)


#: A word of a phrase, with a French inclusive ending kept on it ("chargé(e)", "chargé·e", "consultant.e"; _INCLUSIVE_END drops it):
#: the ending never cuts the phrase ("un poste de chargé(e) de marketing digital" is not "un poste de chargé").
_TOKEN = (r"[«“\"„]?[\w'’&+\-/.°]+(?:\((?:e|fe|se|ne|le|euse|rice)\)|·(?:e|fe|se|ne|euse|rice)\b)?[»”\"]?"
          r"|[^\w\s]")


def _tokens_after(original: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Word spans from ``start`` to the end of its clause, at most ``limit`` words."""
    out = []
    for m in cre.finditer(_TOKEN, original[start:]):
        tok = m.group(0)
        if cre.fullmatch(r"[,;:!?()\[\]…]|\.", tok) or tok in ("-", "–", "—", "|") or is_emoji(tok[0]):
            break
        if tok.endswith(".") and len(tok) > 1 and fold(tok[:-1]) not in _ABBREVIATIONS:
            # "sulla SEO locale.. per un ristorante", "on local SEO... so": every dot of the note stays out of the phrase
            out.append((start + m.start(), start + m.start() + len(tok.rstrip("."))))
            break
        out.append((start + m.start(), start + m.end()))
        if len(out) >= limit:
            break
    return out


#: A preposition and the sender's "your" (the owner's): "in your newsletter", "na sua newsletter", "dans ta newsletter".
#: Marketing terms a topic coordinates ("SEO and ads", "SEO en social ads"): one topic, not a topic and a clause.
_TERMS = r"seo|sea|sem|ads|social|paid|content|e-?mail|emailing|influencer|ppc|google|meta|linkedin|tiktok|instagram|facebook|ux|cro|branding|ia|ai|ki"
_YOUR_PLACE = (r"(?:in|on|at|from|dans|sur|de|en|im|in|auf|aus|bei|na|no|em|nel|nella|sul|sulla|del|della|op|uit|via|through|per|por|pela|pelo)"
               r"\s+(?:your|votre|vos|ta|ton|tes|deine[mnrs]?|ihre[mnrs]?|tu|tus|su|sus|tua|tuo|sua|seu|teu|jouw|je|uw)\s")


#: A field of her work named bare after "parler" / "talk" (folded): "parler formation et SEO", "talk social ads".
_BARE_TOPIC_FIELDS = (_TERMS + r"|formation|formations|training|marketing|strategie|strategy|contenu|contenus|reseaux sociaux|social media"
                      r"|referencement|publicite|growth|e-?commerce|acquisition|webmarketing")


#: The article before a second field joined by "and" ("le SEO et les social ads", "el SEO y los anuncios").
_TOPIC_ARTICLES = frozenset(("les", "le", "la", "l'", "the", "el", "los", "las", "il", "lo", "gli", "i", "die", "der", "das", "de", "het", "o", "a", "os", "as"))

#: "about how …" (folded): a topic told as an indirect question ("sobre como crescer", "su come crescere", "über wie …").
_HOW_WORDS = frozenset({"como", "how"})  # ("su come farmi notare": Italian keeps its cut, the clitic would be hers)
_ABOUT_WORDS = frozenset({"sobre", "about", "on"})


def _told_how(folded: str, words: list[tuple[int, int]]) -> bool:
    """Whether the phrase is an "about how …" clause, whose place belongs to it ("sobre como crescer na Europa")."""
    return len(words) > 1 and folded[words[0][0]:words[0][1]] in _ABOUT_WORDS and folded[words[1][0]:words[1][1]] in _HOW_WORDS


#: Content, as a field named after another ("SEO y contenidos", "SEO et contenus", "SEO und Inhalte").
_CONTENT_NOUNS_JOINED = r"contenidos?|contenus?|contenuti|contenuto|conteudos?|inhalte?|inhoud|content"
#: An article fused with its preposition after "and" ("au SEO et aux social ads", "zum SEO und zur Content-Strategie",
#: "al SEO e ai social ads", "ao SEO e aos anúncios"): the second field joined to the first, one topic.
_JOINED_ARTICLES = frozenset({"au", "aux", "zum", "zur", "al", "ai", "alla", "alle", "agli", "ao", "aos", "a la"})


def _lowercase_german(original: str) -> bool:
    """A German note typed all in lowercase: at most one capitalised word (a name, a sign-off) or one in eight, acronyms
    ("SEO", "KI") left out, so "hab deinen post zu google core updates gelesen … SEO oder google ads? Max" counts as one.

    >>> _lowercase_german("hab deinen post zu google core updates gelesen, lohnt sich eher SEO oder google ads? danke Max")
    True
    >>> _lowercase_german("Ich habe Ihren Beitrag zu Google Ads gelesen.")
    False
    """
    words = cre.findall(r"\b[^\W\d_]{3,}", original)
    caps = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    return caps <= 1 or caps * 8 <= len(words)


#: German words a lowercase topic keeps in lowercase (folded): prepositions, articles, conjunctions, pronouns.
_DE_SMALL_WORDS = frozenset(("fur", "mit", "zu", "zum", "zur", "uber", "von", "vom", "und", "oder", "im", "in", "am", "an", "auf",
                             "bei", "beim", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                             "vs", "als", "ohne", "gegen", "nach", "aus", "wie", "was", "warum", "statt", "durch", "um", "bis"))
#: English nouns German writes capitalised (folded): "für Content", "Social Media", "Reels"; a German word keeps the note's case.
_DE_LOANWORD_NOUNS = (r"(?:content|marketing|ads|updates?|posts?|reels?|stories|branding|storytelling|newsletter|tools?|social|media|shops?|onlineshops?"
                      r"|webshops?|e-commerce|carousels?|karussells?|videos?|tiktoks?|influencer\w*|creator\w*|copywriting|performance|strategie|tipps?)")
#: A German adjective before its noun (folded): "kleine shops", "lokales seo", "bezahlte werbung".
_DE_ADJECTIVE = r"[a-z]+(?:e|en|er|es|em)"


def _german_nouns(topic: str) -> str:
    """A lowercase note's topic with its German nouns capitalised, the small words and adjectives left as they are.

    >>> _german_nouns("über ChatGPT für content")
    'über ChatGPT für Content'
    >>> _german_nouns("zu kleine onlineshops und social media")
    'zu kleine Onlineshops und Social Media'
    """
    words = topic.split(" ")
    out = []
    for i, word in enumerate(words):
        folded = fold(word)
        nxt = fold(words[i + 1]) if i + 1 < len(words) else ""
        adjective = bool(cre.fullmatch(_DE_ADJECTIVE, folded)) and bool(nxt) and nxt not in _DE_SMALL_WORDS and words[i + 1][:1].islower()
        keep = not word[:1].islower() or folded in _DE_SMALL_WORDS or adjective or not cre.fullmatch(_DE_LOANWORD_NOUNS, folded)
        out.append(word if keep else word[:1].upper() + word[1:])
    return " ".join(out)


#: A topic naming a platform's algorithm with no article ("over LinkedIn-algoritme", "on Instagram algorithm") and the
#: article it takes: one algorithm, named as "the" algorithm in every language.
_ALGORITHM_BARE = {
    "nl": (r"(?<![\w-])(over|rond|op) (?=(?:[\w-]+-)?algoritme(?![\w-]))", r"\1 het "),
    "de": (r"(?<![\w-])(über|zum Thema) (?=(?:[\w-]+-)?Algorithmus(?![\w-]))", r"\1 den "),
    "en": (r"(?<![\w-])(on|about) (?=(?:(?!(?:the|its|their|this|that|your|my|our|an?|how|new)\b)[\w-]+ )?algorithms?\b)", r"\1 the "),
    "fr": (r"(?<![\w-])(sur) (?=algorithmes?\b)", r"\1 l'"),
    "es": (r"(?<![\w-])(sobre) (?=algoritmos?\b)", r"\1 el "),
    "pt": (r"(?<![\w-])(sobre) (?=algoritmos?\b)", r"\1 o "),
    "it": (r"(?<![\w-])su (?=algoritm[oi]\b)", "sull'"),
}


#: "zu" right before a bare algorithm in German: "zu LinkedIn-Algorithmus" takes "zum".
_ZU_ALGORITHM = r"(?<![\w-])zu (?=(?:[\w-]+-)?Algorithmus(?![\w-]))"


def _with_article(topic: str, lang: str) -> str:
    """A platform's algorithm named with its article: "over het LinkedIn-algoritme", never "over LinkedIn-algoritme".

    >>> _with_article("over LinkedIn-algoritme", "nl"), _with_article("on LinkedIn algorithm", "en")
    ('over het LinkedIn-algoritme', 'on the LinkedIn algorithm')
    >>> _with_article("over het LinkedIn-algoritme", "nl"), _with_article("on the new algorithm", "en")
    ('over het LinkedIn-algoritme', 'on the new algorithm')
    >>> _with_article("über LinkedIn-Algorithmus-Mythen", "de"), _with_article("über LinkedIn-Algorithmus", "de")
    ('über LinkedIn-Algorithmus-Mythen', 'über den LinkedIn-Algorithmus')
    >>> _with_article("zu LinkedIn-Algorithmus", "de"), _with_article("zu den neuen Meta-Ads-Zielgruppen", "de")
    ('zum LinkedIn-Algorithmus', 'zu den neuen Meta-Ads-Zielgruppen')
    """
    row = _ALGORITHM_BARE.get(lang[:2])
    if lang[:2] == "de" and topic:
        topic = cre.sub(_ZU_ALGORITHM, "zum ", topic)  # "zu LinkedIn-Algorithmus": "zum", the dative article with it
    return cre.sub(row[0], row[1], topic) if row and topic else topic


#: The words that join two terms with "and" in every language (folded): "between reach and impact", "tussen bereik en impact".
_BETWEEN_WORDS = frozenset(("between", "entre", "tussen", "zwischen", "tra", "fra"))


#: A training said with its field after "em", "en", "in" (folded): "formação em marketing digital", "formation en SEO".
_TRAINING_FIELD_NOUNS = frozenset({"formacao", "formacion", "formation", "formazione", "training", "trainingen", "opleiding", "weiterbildung",
                                   "ausbildung", "educacao", "educacion", "education", "capacitacao", "capacitacion"})
_TRAINING_FIELD_NEXT = r"(?:marketing|seo|sea|social|digital\w*|content\w*|conteudo\w*|contenido\w*|e-?commerce|publicidade|publicidad|comunica\w*|kommunikation)\b"


def _phrase(original: str, folded: str, start: int, lang: str, limit: int = 7, *,
            stop_extra: str = "", own: bool = False) -> str:
    """The phrase from ``start`` to a clause end, a conjunction, a pronoun or a date; dangling words trimmed.
    ``own``: the sender's "our" right after the preposition ("about our website redesign") is kept, the project theirs."""
    words = _tokens_after(original, start, limit + 1)
    stop = _rx(rf"^(?:{_STOP[lang]}|{_PRONOUNS[lang]}{'|' + stop_extra if stop_extra else ''})$")
    kept: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(words):
        if i > 1 and i + 1 < len(words) and folded[a:b] in ("and", "et", "und", "y", "e", "en", "&") \
                and any(folded[x:y] in _BETWEEN_WORDS for x, y in kept[-3:]) \
                and not any(folded[x:y] in ("and", "et", "und", "y", "e", "en", "&") for x, y in kept[-3:]):
            kept.append((a, b))  # "over het verschil tussen bereik en impact": a "between" takes both its terms, never one
            continue
        if i > 0 and i + 1 < len(words) and folded[a:b] in ("and", "et", "und", "y", "e", "en", "&") \
                and (original[words[i + 1][0]:words[i + 1][1]][:1].isupper() or folded[words[i + 1][0]:words[i + 1][1]] in ("de", "d'", "di", "del", "da", "do", "van", "von", "of")
                     or cre.fullmatch(_TERMS, folded[words[i + 1][0]:words[i + 1][1]])
                     # "en SEO y contenidos", "au SEO et contenus": content joined to a field, one topic
                     or cre.fullmatch(_CONTENT_NOUNS_JOINED, folded[words[i + 1][0]:words[i + 1][1]])) \
                and (original[words[i - 1][0]:words[i - 1][1]][:1].isupper() or cre.search(r"[dl]'[A-ZÀ-Ý]", original[words[i - 1][0]:words[i - 1][1]])
                     or cre.fullmatch(_TERMS, folded[words[i - 1][0]:words[i - 1][1]])
                     # "formation et SEO": a field of hers joined to a marketing term
                     or (cre.fullmatch(_BARE_TOPIC_FIELDS, folded[words[i - 1][0]:words[i - 1][1]])
                         and cre.fullmatch(_TERMS, folded[words[i + 1][0]:words[i + 1][1]]))):
            kept.append((a, b))  # "on SEO and AI for small businesses": one topic
            continue
        if i > 0 and i + 2 < len(words) and folded[a:b] in ("and", "et", "und", "y", "e", "en") \
                and folded[words[i + 1][0]:words[i + 1][1]] in _TOPIC_ARTICLES | _JOINED_ARTICLES and cre.fullmatch(_TERMS, folded[words[i + 2][0]:words[i + 2][1]]) \
                and cre.fullmatch(_TERMS, folded[words[i - 1][0]:words[i - 1][1]]):
            kept.append((a, b))  # "sur le SEO et les social ads": two fields, one topic
            continue
        if i == limit:
            w = folded[a:b]
            if not (stop.match(w) or _rx(rf"^(?:{_when_rx(lang)}|{_period_rx(lang)})\b").match(folded[a:])):
                return ""  # the clause goes on: a phrase cut in its middle is worse than none
            break
        w = folded[a:b].strip("«»“”\"„")
        if i == 1 and w in _HOW_WORDS and folded[words[0][0]:words[0][1]] in _ABOUT_WORDS:
            kept.append((a, b))  # "sobre como pequenas marcas podem crescer": the topic told as a "how", never cut at "como"
            continue
        if own and i in (1, 2) and cre.fullmatch(_OUR_WORD_RX, w) and (i == 1 or folded[kept[-1][0]:kept[-1][1]] in _OUR_ARTICLES):
            kept.append((a, b))  # "continue our chat about our website redesign": their project, never dropped at "our"
            continue
        if 0 < i < len(words) - 1 and w in ("em", "en", "in") and folded[kept[-1][0]:kept[-1][1]] in _TRAINING_FIELD_NOUNS \
                and _rx(_TRAINING_FIELD_NEXT).match(folded, words[i + 1][0]):
            kept.append((a, b))  # "um painel sobre formação em marketing digital": the training's field is the topic's, never cut
            continue
        if i > 0 and stop.match(w):
            break
        if i > 2 and lang != "en" and w in ("vs", "vs.", "versus", "v/s") and i + 1 < len(words) \
                and original[words[i + 1][0]:words[i + 1][1]][:1].islower() \
                and not _rx(_PLATFORMS).match(folded[words[i + 1][0]:]):  # ("LinkedIn Ads vs. Meta Ads", "google ads vs meta ads": two names, kept)
            break  # "sulle vanity metrics vs metriche di business": the English "vs" quoted back reads as a title; the first term names it
        if i > 0 and _rx(rf"^(?:{_when_rx(lang)})\b").match(folded[a:]):
            break
        if i > 0 and _rx(_YOUR_PLACE).match(folded[a:]):
            break  # "sobre o fim dos cookies | na sua newsletter": "your" is the owner's, and a reply would make it the sender's
        if i > 0 and _rx(rf"^(?:{_period_rx(lang)})\b").match(folded[a:]):
            break
        if i > 1 and lang != "de" and cre.fullmatch(r"au|aux|a|à|at|in|en|a la|al|alla|all'|no|na|op|bij|em|in", folded[a:b]) \
                and not _told_how(folded, words) and i + 1 < len(words) and original[words[i + 1][0]:words[i + 1][1]][:1].isupper() \
                and not _rx(_PLATFORMS).match(folded[words[i + 1][0]:]):
            break  # "sur la stratégie de contenu | aux Rencontres Digitales": the place is not the topic ("les erreurs en Meta Ads" is one topic)
        kept.append((a, b))
    dangling = _rx(rf"^(?:{_DANGLING[lang]}|{_STOP[lang]})$")
    while kept and dangling.match(folded[kept[-1][0]:kept[-1][1]]):
        kept.pop()
    if lang == "de":
        # German nouns are capitalised: a phrase ends on one (or an acronym), not on a verb at the end.
        # (a lowercase marketing term is no verb: "zu TikTok ads für e-commerce gelesen" keeps "TikTok ads für e-commerce")
        # A note written all in lowercase ("dein post zu google core updates war mega hilfreich") capitalises no noun:
        # there only a verb ends the phrase, never "core updates".
        lowercase_note = _lowercase_german(original)
        while len(kept) > 1 and original[kept[-1][0]:kept[-1][1]][:1].islower() \
                and not cre.fullmatch(rf"(?:{_TERMS}|e-?commerce|b2b|b2c|d2c)", folded[kept[-1][0]:kept[-1][1]]) \
                and (not lowercase_note or cre.fullmatch(r"war|ist|sind|waren|hat|hatte|haben|habe|fand|finde|gelesen|gehort|gesehen|geholfen|gebracht|gemacht|geandert"
                                                         # a participle the sender typed short or misspelt: "gesehn", "gelesn", "gehört", "geteilt"
                                                         r"|ge(?:seh|sehe|les|lese|hor|hoer|lern|mach|teil|spei?cher|like|klick|schau|guck|fund|find)\w{0,3}"
                                                         r"|ge(?!schaft|biet|winn|halt|sicht|richt|sprach|setz|werbe|baude|meinde|rat|rucht|schenk|schicht|stalt)\w{2,5}[nt]",
                                                         folded[kept[-1][0]:kept[-1][1]])):
            kept.pop()
    if lang == "nl":
        while len(kept) > 1 and folded[kept[-1][0]:kept[-1][1]] in ("was", "is", "zette", "heeft", "had", "vond", "werd", "maakte", "bracht", "gaf", "hielp", "deed"):
            kept.pop()
    if lang == "fr":
        cut = next((i for i, (a, b) in enumerate(kept) if i > 0 and cre.match(r"[mtsl]'(?:a|ai|as|avait|est|etait)$", folded[a:b])), None)
        if cut is not None:
            kept = kept[:cut]  # "sur le SEO local m'a beaucoup aidé": the topic ends before the verb
    if lang == "nl":
        while len(kept) > 1 and cre.fullmatch(r"ge\w+(?:d|t|en)|\w+(?:en)", folded[kept[-1][0]:kept[-1][1]]) \
                and folded[kept[-1][0]:kept[-1][1]] not in ("marketingcampagnen", "organisaties"):
            if not cre.fullmatch(r"ge\w+(?:d|t|en)|lezen|delen|schrijven|horen|volgen|bekijken|zien", folded[kept[-1][0]:kept[-1][1]]):
                break
            kept.pop()
    if len(kept) < 2:
        return ""
    text = original[kept[0][0]:kept[-1][1]].strip(" «»“”\"„")
    if lang == "de":
        text = cre.sub(r"\be-?commerce\b", "E-Commerce", text)  # a German noun, capitalised even when the note was not
    return text if _balanced(text) else ""


#: Platforms and tools: "les erreurs en Meta Ads", "campañas en Google Ads" are one topic, not a topic and a place.
_PLATFORMS = (r"(?:meta|google|facebook|instagram|tiktok|linkedin|youtube|pinterest|snapchat|shopify|wordpress|woocommerce|amazon|bing|ga4"
              r"|seo|sea|sem|chatgpt|hubspot|x ads|twitter|threads|whatsapp|etsy)\b")


def _proper(original: str, start: int, max_words: int = 5, *, lead: bool = False) -> str:
    """Capitalised words (a name) from ``start``: "Web Summit in Lisbon", "SMX de Madrid", "E-Marketing Paris"."""
    out: list[tuple[int, int]] = []
    connectors = {"de", "du", "des", "d'", "of", "the", "in", "a", "à", "en", "di", "del", "della", "do", "da", "von",
                  "der", "van", "het", "la", "le", "los", "el", "il", "&", "y", "and", "und", "et", "e", "em", "na", "no",
                  "op", "bij", "aan", "im", "am", "al", "at", "to", "for", "on", "delle", "dei", "degli", "dos", "das",
                  # "Marketing sem Filtro", "Marketing sin Filtro", "Growth sans Filtre": a title's "without"
                  "sem", "sin", "senza", "sans", "without", "ohne", "zonder"}
    pending: list[tuple[int, int]] = []
    quoted = 0  # inside « … »: a quoted name's lowercase words are the name's ("l'atelier « Growth marketing » du …")
    for a, b in _tokens_after(original, start, max_words + 6):
        tok = original[a:b]
        if quoted and tok in ("»", "”", '"', "“"):
            quoted = 0
            continue
        if quoted and out:
            out.extend(pending)
            pending = []
            out.append((a, b))
            if tok[-1:] in "»”\"“":
                quoted = 0
            continue
        if tok in ("«", "“", "„", '"') and not out and not quoted:
            quoted = 1
            continue
        if tok[:1] in "«“„" and len(tok) > 1 and tok[-1:] not in "»”\"" and not out:
            quoted = 1
        if tok[:1].isupper() or tok[:1].isdigit() or cre.match(r"[«“\"„][A-ZÀ-Ý0-9]", tok) or cre.match(r"[a-z]{1,2}[A-Z]", tok):
            out.extend(pending)
            pending = []
            out.append((a, b))
        elif fold(tok) in connectors and (out or (lead and len(pending) < 2)):
            pending.append((a, b))
        elif tok[:1] in "«“\"„" and not out:
            continue
        else:
            break
        if len(out) >= max_words:
            break
    if not out:
        return ""
    text = original[out[0][0]:out[-1][1]]
    if cre.search(r"[«»“”„]", text.strip("«»“”\"„ ")):
        text = cre.sub(r"\s*[«»“”„]\s*", " ", text)  # "Growth marketing » du Lyon Startup Week-end": the quotes go, the words stay
    return cre.sub(r"\s{2,}", " ", text).strip("«»“”\"„ ")


#: A capitalised word right after a name's last word: the name goes on ("in Den| Haag", "in New| York").
_NAME_GOES_ON = r"[ \t]+[A-ZÀ-Ý][\w-]"


def _cut_inside(original: str, end: int) -> bool:
    """Does the name or phrase ending at ``end`` go on ("E-commerce One| to One", "Sara Lombardi del Club| delle Imprenditrici")?"""
    return end >= 0 and bool(cre.match(r"[ \t]+(?:(?:to|of|on|for|and|the|du|de|des|del|della|delle|dei|degli|di|da|do|dos|das|van|von|der|den|y|e|et|und|&)[ \t]+){1,2}"
                                       r"[A-ZÀ-Ý0-9]", original[end:]))


#: A team named as the audience at the end of a training's topic: "… para el equipo", "… per il team", "… für das Team".
_TEAM_AUDIENCE_END = (r"(?i)\s+(?:para|per|für|fur|for|pour|voor)\s+(?:(?:el|la|a|o|il|the|l'|das|unser(?:e|en)?|het|ons|onze|de|nuestro|nuestra|nosso|nossa"
                      r"|our|my|mi|mio|notre|mon|ma|nos|il nostro|la nostra)\s*)?(?:equipo|equipa|equipe|équipe|team|teams|squadra)s?$")


def _no_pronoun(text: str, lang: str) -> bool:
    if not text:
        return False
    words = cre.findall(r"[\w']+", fold(text))
    pron = _rx(rf"^(?:{_PRONOUNS[lang]})$")
    return not any(pron.match(w) for w in words)


def _goods_offered(folded: str) -> bool:
    """Goods sold to the owner: a catalogue offered, or "we sell …" with "would you be interested?".

    >>> _goods_offered("we sell premium office chairs. would your company be interested in upgrading? happy to send a catalogue.")
    True
    >>> _goods_offered("we sell handmade jewellery online. would you be interested in helping us with our seo?")
    False
    >>> _goods_offered("vendemos listas de emails b2b. ¿te paso tarifas?"), _goods_offered("vendemos joyas online. ¿me pasas tus tarifas?")
    (True, False)
    >>> _goods_offered("je vends des packs de followers, 1000 abonnes a 9€. interessee pour vos clients ?"), _goods_offered("i sell candles on etsy. interested in a chat?")
    (True, False)
    >>> _goods_offered("wij leveren seo-teksten in 12 talen. misschien interessant voor jouw klanten? ik stuur je graag onze tarieven")
    True
    """
    return bool(_first(_SEND_CATALOGUE, folded)) or bool(_first(_WE_SELL, folded) and (_first(_CATALOGUE, folded) or _first(_INTERESTED, folded)
                                                                                       or _first(_SEND_PRICE_LIST, folded))) \
        or bool(_first(_I_SELL, folded) and (_first(_CATALOGUE, folded) or _first(_SEND_PRICE_LIST, folded) or _first(_FOR_YOUR_CLIENTS, folded))) \
        or bool(_first(_WE_DELIVER, folded) and _first(_FOR_YOUR_CLIENTS, folded) and _first(_SEND_PRICE_LIST, folded))


def _first(pattern: str, folded: str, start: int = 0) -> re.Match[str] | None:
    return _rx(pattern).search(folded, start)


#: Good wishes for something of hers still to come, earlier in the same sentence (folded): "succes met je training in juni",
#: "good luck with your workshop in May", "bonne chance pour ta formation en juin", "suerte con tu curso en junio", "in
#: bocca al lupo per il corso a giugno", "boa sorte com a formação em junho", "viel Erfolg mit deinem Training im Juni".
_LUCK_WISHED = (r"\b(?:good luck|best of luck|all the best|bonne chance|bon courage|bonne continuation|plein de succes|suerte|mucho exito"
                r"|in bocca al lupo|buona fortuna|boa sorte|muito sucesso|viel erfolg|viel gluck|alles gute|toi,? toi,? toi|succes|veel succes|veel plezier)\b[^.!?\n]*$")


#: A stay or a job that lasts, right before "hace 2 años" / "há 2 anos" (folded): "donde vivo desde hace 2 años", "moro em
#: Lyon há 2 anos", "trabajo aquí desde hace 3 años": how long the sender has lived or worked there, never when they met.
_LASTING_LEAD = (r"(?:\bdesde|\b(?:vivo|vivimos|resido|residimos|moro|moramos|trabajo|trabajamos|trabalho|trabalhamos|estoy|estamos|estou"
                 r"|llevo|llevamos|vive|mora|trabaja|trabalha)(?: (?!en el|en la|no|na)\w+){0,3})\s+$")


def _when(original: str, folded: str, lang: str) -> str:
    m = next((w for w in _rx(rf"\b(?:{_when_rx(lang)})\b").finditer(folded)
              # "Succes met je training in juni": the month of her coming training, never when they met
              if not cre.search(_LUCK_WISHED, folded[max(0, w.start() - 80):w.start()])
              # "Saludos desde Lyon, donde vivo desde hace 2 años": a stay that lasts, never when they met
              and not cre.search(_LASTING_LEAD, folded[max(0, w.start() - 40):w.start()])), None)
    if not m:
        return ""
    text = original[m.start():m.end()]
    if lang == "it" and cre.fullmatch(r"(?i)a \w+", text):
        return ""
    # "un jeudi matin en mai", "un martes por la tarde en junio": a weekday the sender places in a month is one day of
    # that month, never "jeudi matin" alone (read as this week's); the month and the article stay with it
    if _rx(rf"(?:{_DAYS[lang]})").search(folded[m.start():m.end()]):
        tail = _rx(rf"(?:\s+(?:matin|apres-midi|soir|morning|afternoon|evening|por la (?:manana|tarde)|de (?:manha|tarde)|mattina|pomeriggio|ochtend|middag))?"
                   rf"\s+(?:{_MONTH_PREP.get(lang, 'in')})\s+(?:{_MONTHS[lang]})\b").match(folded, m.end())
        if tail:
            art = _rx(r"(?:^|\s)(?:un|une|one|a|uno|una|um|uma|numa|num|een|op een)\s+$").search(folded[max(0, m.start() - 8):m.start()])
            start = m.start() - (len(art.group(0).lstrip()) if art else 0)
            text = original[start:tail.end()]
    return text


#: The preposition before a month ("en mai", "in May", "a maggio", "em maio").
_MONTH_PREP = {"fr": "en|au mois de|courant", "en": "in", "de": "im", "es": "en|de", "it": "a|di|in", "pt": "em|de", "nl": "in"}


#: The students of a programme right before an event-like noun (folded): "i miei studenti del master", "mes étudiants du
#: master", "my students on the course", "meine Studierenden im Master", "mijn studenten van de opleiding".
_PUPILS_OF = (r"\b(?:student\w*|studierende\w*|etudiant\w*|estudiant\w*|alumn[oa]s|alun[oa]s|allievi|allieve|corsist\w*|participant\w*"
              r"|partecipanti|deelnemers|teilnehmer\w*|learners|trainees|leerlingen|eleves|schuler\w*|cursist\w*|aprendices)\s*$")


#: "im Namen des …", "au nom du …", "on behalf of …" (folded): the organiser the sender writes for, never a meeting place.
_ON_BEHALF = r"(?:im namen|im auftrag|au nom|on behalf|en nombre|a nome|em nome|namens|per conto)\b"


#: "the same" before the event's noun (folded): "on the same panel", "dans le même atelier", "im selben Panel", "en la misma
#: mesa redonda", "nello stesso panel", "no mesmo painel", "in hetzelfde panel": a session the sender shared with the owner.
_SAME_WORD = r"\b(?:same|meme|selben?|gleichen?|mism[oa]|stess[oa]|mesm[oa]|zelfde|hetzelfde|dezelfde)"


#: A possessive inside a de/nl event compound (folded): the words before it were a time or a place, not the event's name.
_POSS_MID = frozenset(("deinen", "deinem", "deiner", "deine", "dein", "ihren", "ihrem", "ihrer", "ihre", "ihr", "je", "jouw", "uw"))


#: Talk about a thing, right before "de la"/"del"/"da" + the event noun (folded): "au sujet de la formation", "parler du
#: salon", "hablar del taller", "parlare della formazione", "falar da formacao": the subject of a talk, never where they met.
_TOPIC_LEAD = (r"\b(?:au sujet|a propos|parler|discuter|echanger|renseignements?|informations?|hablar|charlar|acerca|respecto|informacion"
               r"|parlare|discutere|riguardo|proposito|informazioni|falar|conversar|respeito|informacoes)\s*$")

#: The sender's own group right after the event noun (folded): "la formation de mon équipe", "the training for our team",
#: "el taller para mi equipo", "die Schulung für mein Team": a training they want, never one they attended.
_FOR_OWN_TEAM = (r"\s*(?:de|d'|des|pour|for|of|para|per|fur|voor|da|do|del|della|dei)\s+(?:mon|ma|mes|notre|nos|my|our|mi|mis|nuestr[oa]s?"
                 r"|il mio|la mia|i miei|il nostro|la nostra|mio|mia|nostr[oa]|meu|minha|nosso|nossa|mein\w*|unser\w*|mijn|ons|onze)\s+"
                 r"(?:equipes?|teams?|equipos?|squadra|time|equipa|collaborateurs|salaries|staff|employees|colleagues|empleados|personale"
                 r"|dipendenti|colaboradores|funcionarios|mitarbeit\w*|medewerkers|collega's|service|departement|department)\b")


#: "au déj du Club": a clipped "déjeuner", written out when said back ("au petit-déj" too).
_CLIPPED_MEAL = r"(?i)\bd[ée]j(?=\s|$)"


#: German words ending in "-stand" that are no (trade-fair) booth: "im Mittelstand", "im Vorstand", "im Ruhestand" (folded).
_STAND_NOT_BOOTH = r"(?:mittel|wohl|zu|ab|wider|vor|be|um|ver|an|auf|still|ruck|ruhe|gegen|zwischen|lebens|familien|wissens|kenntnis|leer|not|gleich)stand\b"


#: "dans l'atelier Canva", "dans le même atelier": a French event one was "in", said back as one was "at" it.
_FR_IN_EVENT = r"^[Dd]ans (le |la |l'|l’|les )"
_FR_AT_ART = {"le ": "au ", "la ": "à la ", "l'": "à l'", "l’": "à l’", "les ": "aux "}


def _at_not_in(phrase: str) -> str:
    """A French event said with "à" ("à l'atelier Canva"), never "dans" ("après dans l'atelier"; "commencé dans la formation").

    >>> _at_not_in("dans l'atelier Canva"), _at_not_in("dans le même atelier SEO"), _at_not_in("au salon")
    ("à l'atelier Canva", 'au même atelier SEO', 'au salon')
    """
    return cre.sub(_FR_IN_EVENT, lambda m: _FR_AT_ART[m.group(1)], phrase)


#: A small word joining two capitalised words inside an event's name (folded): "op het Women in Tech event", "beim Women
#: in Digital Summit": part of the name, never the event's own preposition ("bij mijn workshop in Tech event").
_NAME_JOINER = r"(?:in|of|for|and|und|en|on|im)"
_JOINED_NAME = cre.compile(r"[A-ZÀ-Ý][\w-]*[ ](?:in|of|for|and|und|en|on|im)[ ][A-ZÀ-Ý]")
_JOINER_AT = cre.compile(r"(?<=[\w-])[ ]" + _NAME_JOINER + r"[ ](?=[\w-])")


def _joiners_in_names(original: str, start: int, end: int) -> bool:
    """Does every small joining word between ``start`` and ``end`` sit between two capitalised words (a name's "in")?

    >>> _joiners_in_names("op het Women in Tech event", 0, 26), _joiners_in_names("op het congres in tech event", 0, 28)
    (True, False)
    """
    for j in _JOINER_AT.finditer(fold(original[start:end])):
        head = original.rfind(" ", 0, start + j.start()) + 1
        if not _JOINED_NAME.match(original, head):
            return False
    return True


def _event(original: str, folded: str, lang: str) -> str:
    preps, nouns = _EVENT_PREPS[lang], _EVENT_NOUNS[lang]
    joiner = rf"(?:{_NAME_JOINER}\s(?=[\w-]+\s))?"  # "het women in tech event": a name's joining word inside the compound
    compound = rf"(?:[\w-]*?|(?:(?!(?:{preps}|{_DANGLING[lang]})\s)[\w-]+\s{joiner}){{1,3}})" if lang in ("de", "nl") \
        else rf"(?:(?!(?:{preps}|{_DANGLING[lang]})\s)[\w-]+\s){{0,3}}"
    for m in _rx(rf"\b(?:{preps})(?:(?<=')\s*|\s+){compound}(?:{nouns})\b").finditer(folded):  # never "after|party"
        start = m.start()
        end = m.end()
        if lang in ("de", "nl") and not _joiners_in_names(original, start + len(m.group(0).split()[0]), end):
            continue  # "op de training in amsterdam event": a lower-case "in" is a preposition, never inside a name
        if _rx(_PUPILS_OF).search(folded[max(0, start - 40):start]):
            continue  # "per i miei studenti del master", "for the students of my course": a class taught, never a meeting
        if _rx(_ON_BEHALF).match(folded, start):
            continue  # "im Namen des Digital Marketing Forum München": who the sender writes for, never where they met her
        if lang == "de" and _rx(_STAND_NOT_BOOTH).search(folded[start:end]):
            continue  # "E-Commerce im Mittelstand", "im Vorstand": a word ending in "-stand" that is no booth, never an event
        if _rx(_TOPIC_LEAD).search(folded[max(0, start - 30):start]) or _rx(_FOR_OWN_TEAM).match(folded, end):
            continue  # "au sujet de la formation de mon équipe": a training the sender wants, never a meeting to recall
        more = _rx(rf"\s+(?:di|de|d'|du|of|del|della|van|von|do|da)\s*(?:{nouns}|networking|lancement|launch|lancio|lanzamiento|lancamento)\b").match(folded, end)
        if more:
            end = more.end()  # "la cena di networking", "la soirée de lancement"
        tail = _proper(original, end, 8, lead=True)
        if lang == "fr" and folded.startswith("dans", start) and not tail:
            continue  # "dans l'atelier Canva" is the event; "dans le même atelier au Totem": the named place after it is
        if tail and original[end + 1:].startswith(tail) and _rx(_NAME_GOES_ON).match(original, end + 1 + len(tail)):
            tail = _proper(original, end, 12, lead=True)  # "… Kamer van Koophandel in Den Haag": a place name never cut ("in Den")
        host = _rx(r"\s+(?:bei der|bei dem|beim|bei|der|des) (?=[A-Z])").match(original, end) if lang == "de" and not tail else None
        if host and _proper(original, host.end(), 6):
            tail = original[end + 1:host.end()] + _proper(original, host.end(), 6)  # "vom Workshop bei der WKO in Graz"
        phrase = original[start:end] + (" " + tail if tail and original[end:end + 1] == " " else "")
        phrase = phrase.strip()
        at = original.find(phrase, start) + len(phrase)
        # English puts lower-case modifiers between the name and its noun ("at the Lyon e-commerce meetup"), never "at the Lyon"
        lead_in = rf"(?:(?!(?:{preps}|{_DANGLING[lang]})\s)[a-z][\w-]*[ \t]+){{0,2}}?" if lang == "en" else ""
        # "op het Frans-Nederlandse handelscongres": the Dutch or German compound noun after the name is the event's, never cut
        joined = r"[\w-]*?" if lang in ("de", "nl") else ""
        sub = _rx(rf"[ \t]+{lead_in}{joined}(?:{nouns})\b").match(folded, at) if tail else None
        if sub:
            # "at Web Summit Lisbon at the SEO breakfast": the sub-event kept whole, never "at the SEO"
            phrase = original[start:sub.end()].strip()
        # An adjective-free lower-case phrase like "au salon" is still a place; the name makes it specific.
        if _cut_inside(original, original.find(phrase, start) + len(phrase)):
            continue  # a name cut in its middle is worse than none
        if lang in ("de", "nl") and any(fold(w) in _POSS_MID for w in phrase.split()[2:]):
            continue  # "im Frühjahr Ihren Workshop", "in maart je training": a time, then the piece; never an event named so
        # "in deinem Workshop in Genf": the owner's own event, said as hers by _own_event ("in meinem Workshop")
        bare = cre.sub(r"(?i)\b(?:deine[mnrs]?|ihre[mnrs]?)\b", "", phrase) if lang == "de" else phrase
        if _no_pronoun(bare, lang) and len(phrase) <= 70 and _balanced(phrase):
            if not tail and phrase == phrase.lower() and m.start() > 0:
                named = _named_met_place(original, folded, lang, before=start)
                if named:
                    return named  # "nos conocimos en el Web2Day de Nantes, en la charla sobre SEO local": the event by its name
            if not tail and lang in ("de", "nl") and len(phrase.split()) <= 2:
                # "wir sind uns auf der OMR in Hamburg begegnet (… beim Masterclass …)": the named event the verb meets,
                # never a bare sub-session ("beim Masterclass") when a name is given
                named = _met_verb_place(original, folded, lang)
                if named and fold(named) != fold(phrase):
                    return named
            return _at_not_in(cre.sub(_CLIPPED_MEAL, lambda w: w.group(0) + "euner", phrase)) if lang == "fr" else phrase
    for p in _rx(rf"\b(?:{preps})\s+(?=[^\W\d_])").finditer(folded):
        if _rx(_ON_BEHALF).match(folded, p.start()):
            continue
        name = _proper(original, p.end(), 5)
        if name and _rx(_NAMED_EVENT).search(fold(name)) and _no_pronoun(name, lang):
            return _with_event_noun(original, folded, (original[p.start():p.end()] + name).strip(), lang)
    return _with_event_noun(original, folded, _met_verb_place(original, folded, lang), lang)


def _with_event_noun(original: str, folded: str, phrase: str, lang: str) -> str:
    """An English event name with the lower-case noun that follows it ("at the Women in Digital| meetup"), never cut before it.

    >>> _with_event_noun("we met at the Women in Digital meetup in Lyon", "we met at the women in digital meetup in lyon", "at the Women in Digital", "en")
    'at the Women in Digital meetup'
    """
    at = original.find(phrase) if phrase and lang == "en" else -1
    if at < 0:
        return phrase
    noun = _rx(rf"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{_EVENT_NOUNS[lang]})\b").match(folded, at + len(phrase))
    return original[at:noun.end()] if noun else phrase


#: A "that" right after a seeing verb (folded), a few words allowed between: "j'ai vu que vous étiez à Lyon", "hab gesehen,
#: dass du auch an der EM Lyon warst", "I saw on your profile that…", "ho visto che", "vi que", "ik zag dat": what the
#: sender noticed, never where they met.
_SEEN_THAT = r"\s*,?\s*(?:[\w']+\s+){0,4}?(?:que|qu'|that|dass|dat|che|ch')(?!\w)"


#: A German spot inside the event, said after its name (folded): "am Kaffeestand", "an der Kaffeebar", "am Buffet", "beim
#: Mittagessen": where at the event the two talked, never part of the event's name ("beim SEO Campixx in Berlin am Kaffeestand").
_SETTING_TAIL = cre.compile(r"(?:^|\s+)(?:am|an der|an dem|beim|bei der|bei dem|im|in der)\s+\w*(?:kaffee|kaffeestand|kaffeebar|kaffeeecke"
                            r"|kaffeepause|stand|bar|buffet|theke|tresen|empfang|eingang|garderobe|mittagessen|mittagspause|pause|lunch|snacks?)$")


def _without_setting(event: str) -> str:
    """The event without the spot where the two stood in it (a meeting note naming the coffee stand as well as the event).

    >>> _without_setting("beim SEO Campixx in Berlin am Kaffeestand"), _without_setting("an der Kaffeebar")
    ('beim SEO Campixx in Berlin', '')
    """
    cut = _SETTING_TAIL.search(fold(event)) if len(fold(event)) == len(event) else None
    return event[:cut.start()].rstrip(" ,;:") if cut else event


def _met_verb_place(original: str, folded: str, lang: str) -> str:
    """A named place near a meeting verb: "wir sind uns auf der OMR in Hamburg im Mai begegnet" → "auf der OMR in Hamburg".

    >>> _met_verb_place("Hab gesehen, dass du auch an der EM Lyon warst.", fold("Hab gesehen, dass du auch an der EM Lyon warst."), "de")
    ''
    """
    preps = _EVENT_PREPS[lang]
    for m in _rx(rf"\b(?:{_MET_VERBS[lang]})\b").finditer(folded):
        if _rx(_SEEN_THAT).match(folded, m.end()):
            continue
        window = folded[max(0, m.start() - 60):m.end() + 40]
        offset = max(0, m.start() - 60)
        # "I'm CMO at Deliveroo France. Saw your talk at the Web2Day": the place after the verb first, never the employer before
        # it (German and Dutch put the verb last: "auf der OMR … begegnet", the place before it)
        found = list(_rx(rf"\b(?:{preps})\s+").finditer(window))
        for p in found if lang in ("de", "nl") else sorted(found, key=lambda p: offset + p.start() < m.start()):
            name_start = offset + p.end()
            name = _proper(original, name_start, 5)
            if name and len(name) >= 3 and not _rx(rf"^(?:{_MONTHS[lang]}|{_DAYS[lang]})\b").match(fold(name)):
                phrase = original[offset + p.start():name_start] + name
                if _no_pronoun(phrase, lang) and len(phrase) <= 70:
                    return phrase.strip()
    return ""


#: "we know each other from SEO Camp", "we kennen elkaar van de Marketing Day", "wir kennen uns vom SEO Campus": the place
#: they met, said with "at"/"op"/"beim".
_FROM_TO_AT = {"en": (r"(?i)^from\b", "at"), "nl": (r"(?i)^van\b", "op"), "de": (r"(?i)^vom\b", "beim")}


def _at_not_from(place: str, lang: str) -> str:
    """The meeting place said with "at"/"op", never "from"/"van" ("van SEO Camp in Parijs" → "op SEO Camp in Parijs")."""
    pattern, at = _FROM_TO_AT.get(lang, ("", ""))
    return cre.sub(pattern, at, place) if pattern else place


def _named_met_place(original: str, folded: str, lang: str, before: int) -> str:
    """A named event right after a meeting verb, before ``before``: "Nos conocimos en el Web2Day de Nantes" → "en el Web2Day de Nantes"."""
    preps = _EVENT_PREPS[lang]
    for m in _rx(rf"\b(?:{_MET_VERBS[lang]})\s+(?:(?:{preps})\s+)").finditer(folded[:before]):
        name = _proper(original, m.end(), 5)
        if not name:
            art = _rx(r"(?:el|la|le|il|lo|the|het|de|o|a|l')\s*").match(folded, m.end())
            name = _proper(original, art.end(), 5) if art else ""
            name = (original[m.end():art.end()] + name) if art and name else ""
        if name and len(name) >= 3 and not _rx(rf"^(?:{_MONTHS[lang]}|{_DAYS[lang]})\b").match(fold(name)) and m.end() + len(name) <= before:
            phrase = original[m.start():m.end()] + name
            phrase = phrase[len(original[m.start():m.end()]) - len(original[m.start():m.end()].lstrip()):]
            lead = _rx(rf"\b(?:{preps})\s+").search(fold(phrase))
            out = phrase[lead.start():].strip() if lead else ""
            if out and _no_pronoun(out, lang) and len(out) <= 70:
                return out
    return ""


_YOUR_TO_MY = {
    "pt": [(r"\b(?:ao|no) (?:seu|teu)\b", "no meu"), (r"(?:\bà|\bna) (?:sua|tua)\b", "na minha"), (r"\bnos (?:seus|teus)\b", "nos meus"),
           (r"\bnas (?:suas|tuas)\b", "nas minhas"), (r"\bd[oe] (?:seu|teu)\b", "do meu"), (r"\bd[ae] (?:sua|tua)\b", "da minha")],
    "es": [(r"\b(?:tu|su)\b", "mi"), (r"\b(?:tus|sus)\b", "mis")],
    "it": [(r"\b(?:tuo|suo|vostro)\b", "mio"), (r"\b(?:tua|sua|vostra)\b", "mia"), (r"\b(?:tuoi|suoi|vostri)\b", "miei"),
           (r"\b(?:tue|sue|vostre)\b", "mie")],
    "en": [(r"\byour\b", "my")],
    "nl": [(r"\b(?:jouw|je|uw)\b", "mijn")],
    "de": [(r"\b(?:deinem|Ihrem)\b", "meinem"), (r"\b(?:deiner|Ihrer)\b", "meiner"), (r"\b(?:deinen|Ihren)\b", "meinen"),
           (r"\b(?:dein|Ihr)\b", "mein"), (r"\b(?:deine|Ihre)\b", "meine")],
}


def _own_event(event: str, lang: str) -> str:
    """The event as the owner says it: "ao seu workshop" (the sender speaking of hers) → "no meu workshop".

    >>> _own_event("ao seu workshop", "pt"), _own_event("at your talk in Leeds", "en"), _own_event("à votre atelier", "fr")
    ('no meu workshop', 'at my talk in Leeds', '')
    """
    if lang == "fr":
        # "votre atelier" / "votre conférence": mon or ma is not known from one word: the event is left out
        return "" if cre.search(r"\b(?:votre|vos|ton|ta|tes)\b", event, re.I) else event
    for rx, mine in _YOUR_TO_MY.get(lang, []):
        event = cre.sub(rx, mine, event, flags=0 if lang == "de" else re.I)
    return event


#: A shared past around "colleagues": "former", "we were", "worked"… (folded). Without it, "colleagues in France" are peers.
_SHARED_PAST = (r"\b(?:former|ex|ancien\w*|ehemalig\w*|antig\w*|oud|voormalig\w*|were|etions|etait|waren|eravamo|eramos|fomos|erano"
                r"|worked|travaill\w+|gearbeitet|trabaj\w+|lavorat\w+|trabalh\w+|gewerkt|a l'epoque|at the time|damals|all'epoca|na altura|destijds|toen)\b")
_COLLEAGUE_NOUN = r"^(?:collegues?|ex-collegues?|colleagues|kollegen|companeros|companeras|colleghi|colleghe|colegas|collega's|camarades?)$"


#: The school a classmate names after "camarade(s)" / "classmate(s)" (folded): "camarade de l'ESC Clermont", "classmates from
#: ESCP"; the preposition the reply takes instead ("à l'ESC Clermont", "at ESCP").
_PEER_SCHOOL_PREP = {"fr": (r"\s+(?P<p>de l'|de la |du |de |d')\s*", {"de l'": "à l'", "de la ": "à la ", "du ": "au ", "de ": "à ", "d'": "à "}),
                     "en": (r"\s+(?P<p>from |at )", {"from ": "at ", "at ": "at "})}


def _peer_school(original: str, folded: str, m: re.Match[str], lang: str) -> str:
    """The school an old classmate names: "ancienne camarade de l'ESC Clermont" gives "à l'ESC Clermont", never a town
    said later in the note.

    >>> n = "ancienne camarade de l'ESC Clermont ! Je suis à Lyon"; _peer_school(n, fold(n), _first(r"camarades?", fold(n)), "fr")
    "à l'ESC Clermont"
    """
    if lang not in _PEER_SCHOOL_PREP or not _rx(r"(?:camarades?|classmates?)$").search(m.group(0)):
        return ""
    rx, preps = _PEER_SCHOOL_PREP[lang]
    p = _rx(rx).match(folded, m.end())
    name = _proper(original, p.end(), 5) if p else ""
    if p is None or not name or not name[:1].isupper() or name_gender(name.split()[0], lang):
        return ""  # "camarade de Julie": a person, never a school
    return preps[p.group("p")] + name.strip(" ,.!")


def _together(original: str, folded: str, lang: str) -> str:
    m = _first(rf"\b(?:{_TOGETHER[lang]})\b", folded)
    if not m:
        return ""
    if _rx(_COLLEAGUE_NOUN).match(m.group(0)) and not _first(_SHARED_PAST, folded):
        return ""  # "mijn netwerk uitbreiden met collega's in Frankrijk": peers, never "our time together"
    if _rx(r"(?:collegues?|colleagues?|kolleg\w*|companer[oa]s?|colleg[hi]\w*|colegas?|collega's|camarades?)$").search(m.group(0)) and _rx(r"\s+(?:de|d'|du|of|von|van|di|del|della|do|da)\s*(?:mon |ma |my |mein\w* |mi |mio |mia |meu |minha |mijn )?[^\W\d_]").match(folded, m.end()) \
            and _rx(r"\s+\w+'?\s*(?:mon |ma |my |mein\w* |mi |mio |mia |meu |minha |mijn )?[A-ZÀ-Ý]").match(original, m.end()):
        return ""  # "ancien collègue de Sébastien chez Adenda": a colleague of someone else, never "our time at Adenda"
    if lang == "fr" and cre.match(r"(?:travaille|bosse|etait|etudie)$", m.group(0)) and _rx(r"(?:\bje |\bj'|\bil |\belle |\bc'|\bce )$").search(folded[:m.start()]):
        return ""  # "je travaille chez Pipeflow": the sender's own employer, never a shared past
    school = _peer_school(original, folded, m, lang)
    if school:
        return school
    stop = _rx(r"[.!?\n]").search(folded, m.end())
    # "ancienne camarade de l'ESC ! … Je suis maintenant à Lyon": the place of another sentence is never the shared past's
    window_end = min(len(folded), m.end() + 80, stop.start() if stop else len(folded))
    for p in _rx(rf"\b(?:{_ORG_PREPS[lang]})\s*").finditer(folded, m.end() - 1 if m.end() else 0, window_end):
        if _rx(rf"\b(?:{_EVENT_NOUNS[lang]}|formation|cours|course|training|class|schulung|kurs|curso|corso|cursus|taller|atelier|workshop|webinar)\b").search(folded, m.end(), p.start()):
            return ""  # "on était ensemble à la formation Google Ads chez Cap Digital": a training attended together, never a shared employer
        rest = original[p.end():]
        name = _proper(original, p.end(), 5)
        if name and (_rx(_NAMED_EVENT).search(fold(name)) or _rx(rf"\b(?:{_EVENT_NOUNS[lang]})\b").search(fold(name))):
            return ""  # "coincidimos en el eCommerce Day": an event, not a workplace
        if name:
            return (original[p.start():p.end()] + name).strip()
        if _rx(rf"^(?:{_STUDY_NOUNS})\b").match(fold(rest)):
            phrase = _phrase(original, folded, p.start(), lang, 9)
            if phrase and _no_pronoun(phrase, lang):
                return phrase
    return ""


#: A downloaded piece whose link fails (folded): "the link in the email is broken", "de link werkt niet meer", "le lien ne
#: fonctionne plus", "der Link funktioniert nicht", "el enlace no funciona", "il link non funziona", "o link não funciona".
_DOWNLOAD_BROKEN = (r"\b(?:link|lien|enlace|liga)\b[^.!?\n]{0,40}\b(?:(?:is|was|seems) (?:broken|dead|expired)|(?:doesn't|does not|don't|no longer|didn't) (?:work|open|load)"
                    r"|(?:ne )?(?:fonctionne|marche|s'ouvre) (?:plus|pas)|(?:funktioniert|geht) (?:nicht|nicht mehr|leider nicht)|abgelaufen"
                    r"|no (?:funciona|abre|va)|non (?:funziona|si apre|va)|nao (?:funciona|abre)|werkt (?:niet|niet meer)|doet het niet|verlopen|ist kaputt)\b")
#: The owner's pieces a prospect may ask about before taking them (a course, a training, a workshop).
_OFFERED_MEDIA = ("training", "course", "workshop", "masterclass")
#: Something seen on a social network (folded): "vi a sua formação de SEO no Instagram", "j'ai vu ta formation sur Instagram",
#: "saw your workshop on LinkedIn": her training seen advertised there, never one the sender attended.
_SEEN_ON_NETWORK = (r"\b(?:saw|seen|vu|vue|vi|visto|vista|gesehen|zag|gezien)\b[^.!?\n]{0,60}\b(?:on|sur|no|na|en|su|sul|auf|op|via|bei|in)\s+"
                    r"(?:instagram|insta|linkedin|facebook|tiktok|youtube)\b")
#: Having taken part (folded): "I attended / took your course", "j'ai suivi", "ich habe … besucht", "hice", "ho fatto", "frequentei", "gevolgd".
_ATTENDED_VERB = (r"\b(?:attended|took|did|followed|joined|participated|suivi|assiste|participe|besucht|gemacht|teilgenommen|belegt|hice|asisti|segui|participe"
                  r"|cursado|fatto|frequentato|partecipato|seguito|frequentei|fiz|participei|assisti|gevolgd|gedaan|deelgenomen|bijgewoond)\b")


#: "danke nochmal für", "thanks again for", "merci encore pour", "nogmaals bedankt voor": the thanks all the same (folded).
_AGAIN = r"\b(?:nochmal|nochmals|noch ?einmal|again|encore|ancora|de nuevo|otra vez|mais uma vez|nogmaals|nog eens|nog een keer|nog) "


def _no_again(window: str) -> str:
    """The words before a piece without the "again" of a renewed thanks ("danke nochmal für den Workshop")."""
    return cre.sub(_AGAIN, "", window)


#: A thanks said with a verb, right before the piece thanked for (folded): "agradecerle el artículo", "ringraziarLa per
#: l'articolo", "vous remercier pour l'article", "mich für den Artikel bedanken" (the verb after), "te agradecer pelo post".
_THANK_VERB = (r"(?:(?:agradecer(?:le|te|lhe|-lhe|-te|vos)?|agradezco|agradeco) (?:(?:mucho|muito|de verdad) )?(?:por |pel[oa]s? )?(?:el |la |los |las |o |a |os |as |su |tu |seu |sua |teu |tua )?"
               r"|ringraziar(?:la|ti|vi)? (?:\w+ )?per (?:il |la |l'|i |le |lo )?|remercier (?:\w+ )?pour (?:le |la |l'|les |votre |ton |ta |vos |tes )?"
               r"|bedanken voor (?:de |het |je |jouw |uw )?)")
#: The German thanks whose verb comes last: "(ich wollte mich) für den Artikel über Google Ads (bedanken)" (folded).
_DE_THANKS_FOR = r"\b(?:mich|uns) (?:\w+ )?fur (?:den|das|die) $"
_DE_THANKS_VERB = r"^[^.!?]{0,80}\bbedanken\b"


def _thanked_de(folded: str, m: re.Match[str]) -> bool:
    """Is the piece at ``m`` thanked for in German with the verb last ("mich für den Artikel über SEO bedanken")?"""
    return bool(cre.search(_DE_THANKS_FOR, folded[max(0, m.start() - 30):m.start()]) and cre.search(_DE_THANKS_VERB, folded[m.end():]))


#: A thanks right before the owner's piece (folded): "merci pour ta formation", "dank je wel voor de workshop".
_THANKS_BEFORE = r"\b(?:thanks?|thank you|merci|danke|dank|bedankt|dankjewel|gracias|grazie|obrigad[oa])\b[^.!?]{0,40}$"


#: Thanks for the tips or advice she gave, the piece right after (folded): "thanks for the tips at yesterday's workshop",
#: "gracias por los consejos del taller", "danke für die Tipps aus dem Workshop", "obrigada pelas dicas da formação".
_TIPS_THANKED = (r"\b(?:thanks?|thank you|merci|danke|dank|gracias|grazie|obrigad[oa]|valeu|bedankt|dankjewel)\b[^.!?\n]{0,20}?"
                 r"\b(?:tips|advice|conseils|astuces|tipps|ratschlage|consejos|trucos|consigli|dritte|dicas|conselhos|adviezen|advies)\s+"
                 # the piece where she gave them, never their subject ("the tips on Reels": Reels is no video of hers)
                 r"(?:from|of|at|in|during|du|de|des|lors|pendant|del|en|durante|di|della|dello|al|alla|nel|nella|da|do|na|no|aus|von|bei|im|beim|tijdens|van|bij|op)\b"
                 r"(?:\s+[\w']+){0,2}?\s*$")


#: Known from one of her sessions (folded, right before its word): "ik ken je van de workshop", "I know you from the
#: training", "je te connais de l'atelier", "te conozco del taller", "ti conosco dal corso", "kenne dich vom Workshop".
_KNOWN_FROM = (r"\b(?:know you from|ken (?:je|jou|u) (?:nog )?van|kenne (?:dich|sie) (?:noch )?(?:vom|von|aus)|(?:te|vous) connais (?:de|du|des)"
               r"|te conozco (?:de|del)|le conozco (?:de|del)|ti conosco (?:da|dal|dalla|dall')|la conosco (?:da|dal|dalla|dall')"
               r"|(?:conheco-te|conheco-a|te conheco|conheco voce|conheco vc) (?:do|da|de))\s+(?:(?:the|de|het|la|le|l'|el|il|lo|o|a|der|dem|den)\s*)?(?:[\w-]+\s+){0,3}$")


#: The piece told as given by her, right after its word (folded): "the workshop you gave at the bootcamp", "l'atelier que tu
#: as animé", "el taller que diste", "il workshop che hai tenuto", "o workshop que você deu", "de workshop die je gaf",
#: "den Workshop, den du gehalten hast": her own piece, never one of the sender's
_YOU_GAVE_AFTER = (r"^[^.!?\n]{0,40}?(?:\b(?:that |which )?you (?:gave|ran|held|did|taught|hosted|led|delivered|presented)"
                   r"|\bque (?:tu as|vous avez) (?:donne|anime|fait|presente|organise)|\bqu'(?:il|elle) a (?:donne|anime)"
                   r"|\bque (?:diste|impartiste|hiciste|presentaste|dio|impartio|usted dio|usted impartio)"
                   r"|\bche (?:hai|ha) (?:tenuto|fatto|presentato|condotto)"
                   r"|\bque (?:voce |vc |a senhora |tu )?(?:deu|ministrou|apresentou|deste|ministraste|apresentaste)"
                   r"|\b(?:die|dat) (?:je|jij|u) (?:gaf|gaf|gegeven hebt|gegeven heeft|hebt gegeven|heeft gegeven|hield|verzorgde)"
                   r"|\b(?:den|das|die) (?:du|sie) (?:[\w-]+ ){0,4}?(?:gehalten|gegeben|geleitet) (?:hast|haben))\b")


#: The sender gave the piece himself, just before its word (folded): "yo era el de la charla sobre e-commerce", "I was the
#: one who gave the talk on", "j'étais celle de la conférence sur", "ero quello del talk", "eu era a da palestra",
#: "ich war der mit dem Vortrag", "ik was degene van de lezing": his piece, never hers to be thanked for.
_SENDERS_PIECE = (r"\b(?:(?:yo )?(?:era|soy|fui) (?:el|la) (?:de|que (?:dio|dio|daba|hizo|presento|imparti\w*))"
                  r"|i (?:was|am) the (?:one|guy|girl|woman|man|speaker)(?: who (?:gave|presented|ran|held))?(?: with| of| from| behind| giving| doing)?"
                  r"|i (?:gave|presented|held)"
                  r"|j'etais (?:celui|celle) (?:de|du|qui a (?:fait|donne|anime|presente))|je suis (?:celui|celle) (?:de|du|qui a (?:fait|donne|anime|presente))"
                  r"|(?:io )?ero (?:quell[oa]|io) (?:del|della|dello|dell'|che ha (?:fatto|tenuto|presentato))|(?:io )?(?:ho|avevo) (?:tenuto|presentato)"
                  r"|(?:eu )?(?:era|sou|fui) (?:o|a) (?:da|do|que (?:deu|fez|apresentou))"
                  r"|ich (?:war|bin) (?:der|die) (?:mit dem|mit der|mit|vom|von der)"
                  r"|ik (?:was|ben) (?:degene|diegene|die|de gene) (?:van|met)|ik (?:gaf|hield|verzorgde))"
                  r"\s+(?:(?:the|a|an|la|el|una|un|le|l'|il|lo|o|a|uma|um|den|die|das|de|het|een)\s*)?$")


#: "su intervención", "a sua intervenção" (folded): her part in an event, a talk unless the event is itself her webinar or
#: panel ("te vi en el webinar … muy buena tu intervención": the webinar, already read as such).
_INTERVENTION_WORD = r"intervencion|intervencao"
_INTERVENTION_IN = r"\b(?:webinar\w*|webinaire|mesa redonda|painel|paineis|panel\w*|round ?table|tavola rotonda|table ronde)\b"


#: "the latest" before a piece (folded): "el ultimo articulo", "l ultimo articolo", "le dernier article", "der letzte Beitrag",
#: "het laatste artikel", "o ultimo artigo": the newest of a series, hers when her newsletter or blog is named before it.
_LATEST_PIECE = (r"\b(?:the (?:last|latest|most recent)|your (?:last|latest)|(?:le|ton|votre) dernier|(?:el|tu|su) ultimo|(?:l|il|tuo) ?ultimo"
                 r"|(?:o|teu|seu) ultimo|(?:der|dein|ihr) letzte|(?:den|deinen|ihren) letzten|(?:het|je|jouw|uw) laatste|(?:de|je|jouw|uw) laatste)\s+$")
#: Her series named with "your" before the piece (folded): "tu newsletter", "your blog", "ta newsletter", "deinen Newsletter".
_YOUR_SERIES = (r"\b(?:your|ur|ta|ton|votre|tu|su|tua|tuo|la tua|il tuo|sua|seu|teu|a sua|o seu|dein\w*|ihr\w*|je|jouw|uw)\s+"
                r"(?:newsletter|blog|nieuwsbrief|lettre d'information|boletin)\b")

#: tips asked right after a book word (folded): "boek tips", "book tips", "book recs": books asked for, never hers read
_BOOK_TIPS_AFTER = r"\s*-?\s*(?:tips?|tipps?|recs?|recommendations?|aanraders?|suggesties?)\b"

def _work(original: str, folded: str, lang: str) -> tuple[str, str, str]:
    """(medium, title, topic) of the owner's piece the note talks about."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for key, rx in _MEDIA.items():
        for m in _rx(rf"\b(?:{rx})s?\b").finditer(folded):
            # Prefer the piece named with a second-person possessive ("your article", "votre podcast").
            before = folded[max(0, m.start() - 24):m.start()]
            if key == "talk" and cre.fullmatch(_INTERVENTION_WORD, m.group()) and cre.search(_INTERVENTION_IN, folded):
                continue  # "en el webinar de HubSpot … muy buena tu intervención": the webinar or panel, named as such
            if key in ("talk", "workshop", "webinar", "podcast", "video", "live") and cre.search(_SENDERS_PIECE, folded[max(0, m.start() - 60):m.start()]):
                continue  # "yo era el de la charla sobre e-commerce": the sender's own piece, never hers
            if key == "book" and cre.match(_BOOK_TIPS_AFTER, folded[m.end():]):
                continue  # "heb je boek tips over content strategie?": books asked for, never hers read ("je" is "you" here)
            if key in ("workshop", "training", "webinar") and cre.search(_KNOWN_FROM, folded[max(0, m.start() - 40):m.start()]):
                found.append((m.start(), key, m))  # "ik ken je van de workshop …": her workshop, where he knows her from
                continue
            own = bool(cre.search(r"\b(?:thanks? (?:you )?(?:so much )?for (?:the |your )?|merci (?:beaucoup )?pour (?:le |la |l'|votre |ton |ta )?|(?:danke|dank) fur (?:das |den |die |ihr\w* |dein\w* )?|gracias por (?:el |la |tu |su )?"
                                 rf"|grazie (?:mille )?per (?:il |la |l')?|obrigad[oa] pel[oa] |(?:bedankt|dank|dankjewel|dank je wel|dank u wel) voor (?:de |het |je |jouw |uw )?|{_THANK_VERB})(?:[\w-]+ ){{0,2}}$", _no_again(folded[max(0, m.start() - 56):m.start()]))) \
                or _thanked_de(folded, m) \
                or bool(cre.search(r"\b(?:votre|vos|ton|ta|tes|your|ur|yr|ihr\w*|dein\w*|dini|dis|tu|tus|su|sus|tuo|tua|tuoi|tue|suo|sua|suoi|sue|seu|seus|suas|teu|teus|tuas|uw|je|jouw|il tuo|il suo|la tua|la sua|o seu|o teu|a sua|a tua)\s+(?:[\w-]+\s+(?:(?:strategy|strategie|marketing|ads|media|writing|planning)\s+)?|[\w-]+-|(?:[\w-]+\s+)?(?:(?:seo|sea|google|meta|social|content|email|local|ads|media|marketing|analytics|branding|basics|beginners|101)\s+){1,2})?$", before)) \
                or bool(cre.search(r"(?:^\s*|[,.!\n]\s*|[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*|\b(?:hoi|hey|hi|hello|salut|coucou|bonjour|bonsoir|hola|buenas|ciao|hallo|moin|servus|oi|ola|olá|dag)\s+\w*\s*,?\s*)(?:leuke|mooie|toffe|sterke|interessante|geweldige|great|nice|cool|super|top|belle?|beau|excellent|excellente|superbe|chouette|geniale?|passionnante?|inspirante?|amazing|brilliant|fantastic|awesome|inspiring|gran|buen|excelente|ottimo|bel|bell[oa]|bellissim[oa]|otimo|otima|belo|tolle[rn]?|spannende[rn]?|starke[rn]?|klasse)\s+$", folded[max(0, m.start() - 40):m.start()]))
            if not own and cre.search(_TIPS_THANKED, folded[max(0, m.start() - 70):m.start()]):
                own = True  # "obrigada pelas dicas da formação de ontem": the tips she gave at her own training
            if not own and key in ("article", "post") and cre.search(_LATEST_PIECE, folded[max(0, m.start() - 30):m.start()]) \
                    and cre.search(_YOUR_SERIES, folded[:m.start()]):
                own = True  # "leo tu newsletter … el último artículo sobre Google Ads": the latest piece of hers, read there
            if not own and key == "talk" and _the_talk_praised(original, folded, m):
                own = True
            if not own and cre.search(_YOU_GAVE_AFTER, folded[m.end():m.end() + 90]):
                own = True  # "o workshop de Google Ads que você deu no bootcamp": hers, praised or thanked
            if not own:
                continue  # "SEO training", "book 10 meetings": not the owner's piece
            found.append((m.start(), key, m))
    if not found:
        return "", "", ""
    found.sort(key=lambda f: f[0])
    first = _work_at(original, folded, lang, found[0][1], found[0][2])
    if not first[2] and not _first(_helped_rx(), folded):
        # "I read your newsletter … Your piece on content calendars was spot on": the piece praised with its topic is the one
        # thanked for, never the bare medium named first (a piece that helped is named by the helped line instead)
        for _, key, m in found[1:]:
            later = _work_at(original, folded, lang, key, m)
            if later[2] and (_first(_PRAISE, folded[max(0, m.start() - 45):m.end() + 60]) or _thanked_de(folded, m)):
                return later
    return first


#: "the talk", "la charla", "al talk", "no painel", "beim Vortrag", "bij de lezing" (folded, just before the piece's word)
_THE_PIECE = (r"\b(?:the|la|el|al|alla|il|nel|nella|no|na|o|a|ao|le|au|der|dem|den|beim|im|de|het|bij de|tijdens de|op de|en la|en el|a la|durante la|durante el|durante o|durante a)\s+(?:[\w-]+\s+)?$")
#: Another speaker's name right after the piece: "the talk by Rand Fishkin", "la charla de Ana Pérez", "il talk di Marco".
_BY_SOMEONE = r"^[^.!?\n]{0,40}?\b(?:by|from|de|di|von|van|da|do|della|del)\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?\b(?!\s+(?:Lyon|Paris|Madrid|Roma|Rimini|Lisboa|Berlin|Amsterdam))"


#: The sender heard her speak about a subject (folded): "you spoke about", "tu as parlé de", "du hast über … gesprochen",
#: "hablaste de", "hai parlato di", "você falou sobre", "je sprak over".
_SHE_SPOKE = (r"\b(?:you (?:spoke|talked|presented|gave a talk) (?:about|on)|(?:tu as|vous avez) (?:parle|presente|intervenu) (?:de|du|des|sur)"
              r"|(?:du hast|sie haben) (?:[\w-]+ ){1,5}?(?:gesprochen|referiert|vorgetragen)|(?:hablaste|presentaste|hablo usted|usted hablo) (?:de|del|sobre)"
              r"|(?:hai|ha) (?:parlato|presentato) (?:di|del|della|dei|delle|su)|(?:voce|a senhora|o senhor|tu) (?:falou|falaste|apresentou|apresentaste) (?:sobre|de|do|da)"
              r"|(?:je|jij|u) (?:sprak|presenteerde) over|(?:je|u) (?:hebt|heeft) (?:[\w-]+ ){0,4}?over (?:[\w-]+ ){1,4}?gesproken)\b")

#: Her talk itself named (folded): "gostei da sua intervenção no Web Summit", "loved your keynote at", "j'ai adoré votre
#: intervention au salon", "me encantó tu ponencia en", "il tuo intervento al", "Ihr Vortrag auf", "jouw lezing op": she
#: spoke there and the sender listened, nobody chatted.
_YOUR_TALK = (r"\b(?:your|ton|ta|votre|dein\w*|ihr\w*|tu|su|tuo|tua|suo|sua|teu|tua|jouw|uw) (?:[\w-]+ )?"
              r"(?:talk|keynote|speech|presentation|intervention|conference|conferencia|conferenza|vortrag\w*|keynote|charla|ponencia|presentacion|intervento"
              r"|palestra|intervencao|apresentacao|lezing|presentatie)\b")


#: Her session named at the event where they met (folded): "te conheci no RD Summit, na palestra sobre SEO", "alla tua
#: sessione sulla SEO locale": her own talk (a possessive, or a bare one on her field), attended, never "our conversation".
_HER_SESSION_ON = (r"\b(?:na|alla|al|a la|en la|en el|in|at|à|a|au|op|bij|bei|beim|auf)\s+(?:(?:the|la|le|el|il|de|het|der|dem)\s+)?"
                   r"(?:(?P<mine>tua|tu|sua|su|your|ta|ton|votre|deine[mnrs]?|ihre[mnrs]?|jouw|je|uw|tuo|suo|seu|teu)\s+)?"
                   r"(?:palestra|sessao|sessione|sesion|session|sessie|talk|charla|ponencia|intervento|keynote|vortrag|lezing|conference|conferencia"
                   r"|conferenza|masterclass)\s+(?:sobre|sulla|sul|sui|su|on|about|sur|uber|zum|zur|over)\s+(?P<topic>[\w-]+(?: [\w-]+){0,3})")
#: One-way "I got to know you" (folded): "te conheci na palestra sobre SEO" (she was on stage), never "nos conocimos en la
#: charla" (both in the audience).
_GOT_TO_KNOW_YOU = r"\b(?:te conheci|te conoci|la conheci|ti ho conosciut\w*|i got to know you)\b"
#: Words of a conversation had (folded): "adorei a conversa", "great chatting", "abbiamo chiacchierato": more than the talk.
#: (The words alone, a fragment the writer shares for its own "attended, not chatted" check.)
CHAT_WORDS = (r"chat\w*|talked|spoke|conversation|conversaci\w+|hablamos|charlamos|chiacchier\w*|parlato|parlammo|echange\w*|discute\w*"
              r"|unterhalten|gesprochen|gesprek\w*|gesproken|conversa\w*|falamos|conversamos|coffee|cafe|caffe|kaffee\w*|koffie"
              # "we spraken elkaar kort na je sessie", "wir sprachen nach deinem Vortrag kurz": a talk together after hers
              r"|spraken|sprachen")
_CHATTED = r"\b(?:" + CHAT_WORDS + r")\b"


#: "wir haben uns … kennengelernt", "we hebben elkaar … ontmoet": having met, the verb at the end of the clause (folded).
_MET_VERB_LAST = r"\b(?:uns|elkaar) (?:[\w-]+ ){0,8}?(?:kennengelernt|getroffen|ontmoet|leren kennen|gesproken)\b"


#: Her own way praised after the talk (folded): "me encantó tu enfoque", "I loved your approach", "j'ai adoré ton approche".
_YOUR_WAY = (r"\b(?:tu|tus|tes|vos|suas|seus|teus|tuas|tuoi|tue|your|ton|ta|votre|dein\w*|ihr\w*|il tuo|la tua|tuo|tua|il suo|la sua|seu|sua|teu|jouw|uw)\s+(?:\w+\s+)?"
             r"(?:enfoque|approach|approche|ansatz|approccio|abordagem|aanpak|vision|vision|visione|visao|visie|manera|way|facon|art|modo|forma|manier"
             r"|explicaci\w+|explanation|explication|erklarung|spiegazion\w+|explicacao|uitleg|ejemplos|examples|exemples|beispiele|esempi|exemplos|voorbeelden"
             r"|talk|charla|presentation|presentacion|vortrag|intervento|palestra|presentatie|lezing|conference|ponencia|intervencao|intervention"
             r"|conteudo|contenido|content|contenu|inhalt|contenuto|inhoud|dicas|consejos|tips|conseils|tipps|consigli|slides|diapositivas)\b")


def _praised_back(folded: str) -> bool:
    """Praise said further on, of "it" or of the class ("… sou brasileira. obrigada pela aula, foi top demais", "era la que
    hacía mil preguntas. Me encantó"), at any clause start; never the lunch or the chat praised ("the lunch was great").

    >>> _praised_back("era la que hacia mil preguntas jaja. me encanto, muchas gracias"), _praised_back("we had coffee after, it was great")
    (True, False)
    """
    return any(_first(_PRAISE, folded[back.start():back.end() + 30]) and not _first(_CHAT_BEFORE, folded[max(0, back.start() - 40):back.start()])
               for back in _rx(_PRAISE_BACK).finditer(folded))


#: Her approach or her slide named (folded): "su enfoque sobre el contenido", "deine Folie zu E-Mail-Funnels", "your take on".
_HER_POINT = (r"\b(?:your|ton|ta|votre|dein\w*|ihr\w*|tu|su|tuo|tua|suo|sua|seu|teu|jouw|je|uw) (?:enfoque|approach|take|approche|vision|ansatz|folie"
              r"|slide|diapositiva|approccio|abordagem|visie|aanpak|kijk)\b")
#: Praise of her point in other words (folded): "muy acertado", "spot on", "abfotografiert", "weiter so".
_POINT_PRAISED = (r"\b(?:acertad\w*|azzeccat\w*|certeir\w*|treffend\w*|raak|weiter so|keep it up|abfotografiert|photo\w*|foto\w*|fotografeerd"
                  r"|gefotografeerd|fotografat\w*|fotografe\w*|sigue asi|continua cosi|ga zo door)\b")
#: A conversation or a meal just before the praise (folded): "the lunch was great" praises no piece of hers.
_CHAT_BEFORE = (r"\b(?:conversa\w*|papo|chat|conversation|conversaci\w+|gesprek\w*|gesprach\w*|austausch|echange\w*|lunch|dejeuner|dinner|diner"
                r"|cafe|coffee|apero|drink\w*)\b")


def _the_talk_praised(original: str, folded: str, m: re.Match[str]) -> bool:
    """"we met at the SEO talk … I loved your approach", "al talk sulla SEO locale. Mi ha colpito molto": a talk named with
    the article and praised right after is hers (the sender praises it to her), unless another speaker is named."""
    if not cre.search(_THE_PIECE, folded[max(0, m.start() - 24):m.start()]):
        return False
    # "wir waren beide im Panel": both on the stage or in the room, not her talk alone
    if cre.search(r"\b(?:beide|both|ambos|ambas|entrambi|entrambe|juntos|juntas|insieme|samen|zusammen|ensemble|tous les deux|toutes les deux)\b",
                  folded[max(0, m.start() - 60):m.start()]):
        return False
    # "na palestra sobre SEO. Adorei a conversa!": the conversation praised, not the talk
    if cre.search(r"\b(?:conversa\w*|papo|chat\w*|conversation|conversaci\w+|chiacchierat\w*|gesprek\w*|gesprach\w*|austausch|echange\w*|troca)\b",
                  folded[m.end():m.end() + 90]):
        return False
    if cre.search(_BY_SOMEONE, original[m.end():m.end() + 60]):
        return False
    # "Ci siamo conosciute al Web Marketing Festival, al talk sulla SEO locale": the talk is where they met, never hers
    start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n")
    if (any(_first(rx, folded[start + 1:m.start()]) for rx in _MET_IN_PERSON.values())
            or _first(_MET_VERB_LAST, folded[start + 1:m.end() + 60].split(".")[0])) \
            and not _first(_YOUR_WAY, folded[m.end():m.end() + 90]) \
            and not _first(r"\b(?:you|vous|tu|du|usted|voce|lei|jij)\s+(?:[\w-]+\s+){0,3}$", folded[max(0, m.start() - 40):m.start()]):
        # ("wir haben uns auf der OMR beim Vortrag … kennengelernt": the German verb comes last; "Me encantó tu enfoque": hers after all)
        return False
    praised = _first(_PRAISE, folded[m.end():m.end() + 90])
    # "¡Encantada de conectar!", "ravie de te rencontrer": glad to meet her, not praise of the talk
    return praised is not None and not cre.match(r"\w*\s+(?:de|di|em|to|of)\s+(?:conectar|connecter|conocer\w*|rencontrer|te\b|vous\b|connect\w*|meet\w*|conhecer\w*|conoscer\w*|collegar\w*)",
                                              folded[m.end() + praised.start():m.end() + praised.start() + 40])


#: Employers the sender asks about (folded): "agencies in Lyon hiring juniors", "empresas que contratan", "bureaus die … zoeken".
_EMPLOYERS_ASKED = (r"\b(?:agencies|agences|agencias|agenzie|agencias|agenturen|bureaus|marketingbureaus|empresas|companies|entreprises|firmen|unternehmen"
                    r"|aziende|bedrijven|startups|brands|marques|marcas|marken|merken"
                    # "any agency hiring", "alguna agencia que contrate": one employer asked about, never "our agency is looking for"
                    r"|(?:any|alguna|algun|qualche|quelque|uma|een) (?:\w+ )?(?:agency|agence|agencia|agenzia|agencia|agentur|bureau|company|empresa|azienda|bedrijf))\b")

#: The sender's own firm named just before it ("wij zijn een bureau", "we are an agency", "wir sind eine Agentur").
_WE_ARE_ONE = r"\b(?:wij zijn|we zijn|we are|we're|nous sommes|somos|siamo|wir sind|sou|soy|sono|je suis|i'm|i am|ik ben|ich bin)\s*$"


def _helped_rx() -> str:
    """The words of a piece that helped the sender (folded): "m'a aidée", "helped me", "hat mir geholfen"."""
    return (rf"\b(?:{_EYE_OPENING}|m'(?:a|ont) (?:\w+ )?fait economiser|saved (?:me|us)|me (?:fez|fizeram) (?:\w+ )?(?:poupar|economizar)|me (?:hizo|hicieron) ahorrar|mi (?:ha|hanno) fatto risparmiare|(?:hat|haben) mir (?:\w+ )?(?:\w+ )?gespart|(?:heeft|hebben) me (?:\w+ )?(?:\w+ )?bespaard|m'a (?:\w+ )?aidee?s?|m'ont (?:\w+ )?aidee?s?|m'a ete (?:\w+ )?utile|helped me|was (?:so |really )?helpful|(?:hat|haben) mir (?:\w+ )?geholfen|me (?:ha |han )?(?:ayudado|ayudo|ayudaron)"
            r"|mi (?:ha|hanno) (?:\w+ )?aiutat\w|me (?:ajudou|ajudaram)|ajudou-me|(?:heeft|hebben) me (?:\w+ )?geholpen|hielpen? (?:me|mij)|(?:half|halfen) mir"
            # "ajudou imenso a minha loja online", "helped our shop a lot", "a beaucoup aidé ma boutique": it helped their business
            r"|(?:ajudou|ajudaram) (?:\w+ )?(?:a |o )?(?:minha|meu|nossa|nosso)|helped (?:\w+ )?(?:my|our)|(?:a|ont) (?:\w+ )?aidee? (?:ma|mon|mes|notre|nos)"
            r"|(?:ayudo|ayudaron) (?:\w+ )?a (?:mi|nuestra|nuestro)|(?:ha|hanno) (?:\w+ )?aiutato (?:\w+ )?(?:il mio|la mia|il nostro|la nostra)"
            r"|(?:hat|haben) (?:meinem|meiner|unserem|unserer) [\w-]+ (?:\w+ )?(?:weiter)?geholfen|(?:heeft|hebben) (?:mijn|ons|onze) [\w.-]+ (?:\w+ ){0,2}geholpen"
            # "hebben mijn webshop echt vooruit geholpen", "han ayudado mucho a mi tienda", "ont vraiment boosté ma boutique": it
            # already worked for their business
            r"|(?:ha|han) ayudado (?:\w+ )?a (?:mi|nuestra|nuestro)|(?:a|ont) (?:\w+ )?(?:booste|dope|fait decoller) (?:ma|mon|mes|notre|nos))\b")


#: The past participle of taking part in a piece (de, nl), said last in the clause: "gevolgd", "bijgewoond", "besucht".
_TOOK_PART_WORD = r"(?i)\s+(?:gevolgd|bijgewoond|gedaan|meegemaakt|besucht|gemacht|absolviert|belegt|mitgemacht|gesehen|angeschaut|bekeken|gezien)(?=\s|$)"


#: An episode named right after the podcast or video (folded): "podcast episode", "épisode", "episodio", "Folge", "aflevering".
_EPISODE_AFTER = r"\s+(?:episodes?|episodios?|episodi|folgen?|afleveringen?|aflevering)\b"


#: ... never a piece someone else told them of ("Marta me ha hablado muy bien de tu curso de SEO"): its field is no piece of theirs.
_HEARD_OF_PIECE = r"\b(?:hablado|hablo|parle|told me|spoke|talked|raconte|detto|parlato|falou|falado|erzahlt|verteld|recomendado|recommended)\b"
#: A piece's field named with "de"/"di" right after it (as written): "seu workshop de LinkedIn Ads", "tu taller de Google Ads",
#: "il corso di SEO": the subject of the piece, never the venue ("ta charla en YouTube").
_FIELD_OF_PIECE = (r"\s+(de|di)\s+((?:LinkedIn|Google|Meta|Facebook|Instagram|TikTok|Pinterest|YouTube|Microsoft|Amazon|Social) Ads"
                   r"|SEO|SEA|Google Analytics|GA4)(?![\w'’-])")


def _work_at(original: str, folded: str, lang: str, key: str, m: re.Match[str]) -> tuple[str, str, str]:
    """(medium, title, topic) of the owner's piece named at ``m``."""
    pos = m.end()
    title = ""
    t = cre.match(r"\s*(?:«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|\"([^\"]{2,60})\"|„([^“”]{2,60})[“”]|'([^']{2,60})')", original[pos:])
    if t:
        title = next(g for g in t.groups() if g)
        pos += t.end()
    # "your podcast episode on SEO", "ton épisode de podcast sur…": the episode is the piece, its topic follows
    ep = cre.match(_EPISODE_AFTER, folded[pos:])
    if ep:
        pos += ep.end()
    # Date words between the piece and its topic ("votre article d'hier sur…") are skipped.
    d = _rx(rf"\s+(?:d'|de |from |von |del |di |do |da |van )?(?:{_when_rx(lang)})").match(folded, pos)
    if d:
        pos = d.end()
    field = cre.match(_FIELD_OF_PIECE, original[pos:])
    if field and not _first(_HEARD_OF_PIECE, folded[max(0, m.start() - 40):m.start()]):
        return key, title, f"{field.group(1)} {field.group(2)}"  # "seu workshop de LinkedIn Ads": its subject, never a venue
    v = cre.match(r"\s+(?:en|on|sur|auf|bei|su|no|na|op|in|at|de|del|di)\s+(?:la |le |el |il |o |a |de )?[A-ZÀ-Ý][\w'’-]*", original[pos:])
    if v and not _rx(rf"^\s*(?:{_ABOUT[lang]})\s").match(folded[pos:]):
        pos += v.end()  # "ta charla en YouTube sobre…", "votre conférence aux Rencontres…"
    topic = ""
    a = _rx(rf"\s*,?\s*\b(?:{_ABOUT[lang]})\s+").match(folded, pos)
    if a:
        phrase = _phrase(original, folded, a.start() + len(folded[a.start():a.end()]) - len(folded[a.start():a.end()].lstrip(" ,")), lang, 10)
        head = _rx(rf"^(?:{_ABOUT[lang]})\s+\S").match(fold(phrase))
        if phrase and head and _no_pronoun(phrase, lang) and len(phrase) <= 60:
            topic = phrase
        if topic and lang in ("de", "nl"):
            # "je training over contentstrategie gevolgd bij de CCI", "deine Schulung zu SEO besucht": the verb of taking part
            # (last in the Dutch or German clause) is no part of the piece's topic
            kept = cre.sub(_TOOK_PART_WORD, "", topic).strip()
            topic = kept if kept != topic and len(kept.split()) >= 2 else "" if kept != topic else topic
        if topic and lang == "de":
            topic = cre.sub(_SWISS_UF, "auf", topic)  # "dini Bitrag über Social Ads uf LinkedIn": her reply says "auf LinkedIn"
    return key, title, topic


#: Swiss German "uf" (auf) before a network or a place, said in standard German in her reply.
_SWISS_UF = r"\buf\b(?=\s+(?:LinkedIn|Instagram|TikTok|Facebook|YouTube|X\b|de[mnr]?\b|em\b))"


_NAME_RX = r"[a-z][\w'-]+(?:\s+(?:de |da |van |von |di |del |le |la |van der |van den )?[a-z][\w'-]+){0,2}"
_PAREN = r"(?:\s*\([^)]{1,80}\))?"
#: A title before a referrer's name (folded), never part of it: "à la recommandation de M. Olivier Garnier", "de Mme Dubois".
_HONORIFIC = r"(?:(?:m\.|mr\.?|mme\.?|mlle|monsieur|madame|mrs\.?|ms\.?|dr\.?|d\.|herrn?|frau|sr\.?|sra\.?|dott\.?|dott\.ssa|sig\.?|sig\.ra|dhr\.?|mevr\.?)\s+)?"
_FROM_ORG = _PAREN + r"(?:\s*,?(?:\s+(?:from|at|of|de|du|chez|von|vom|bei|beim|aus|di|da|do|van|bij|uit|en|na|no|presso|de la|della|dalla|dal|del|dello|degli|dei)\s+|\s+(?:d|dell|dall)['’](?=\w))[\w&'.-]+(?:\s+[\w&'.-]+){0,5}\s*,?)?"
# ("Julie Martin d'Ecomm Hub m'a conseillé": the elided "d'" names the organisation too.)
#: A relative clause on the referrer between the name and the verb: "Tom Reed, who took your workshop, said…".
_REL = (r"(?:\s*,\s*(?:who|qui|die|der|dat|que|che|la quale|il quale)\s[^,.]{1,70},)?"
        # "a former colleague of Antoine Roche at Publicis, he told me to contact you": the same person taken up by a pronoun
        r"(?:\s*[,;]?\s+(?:il|elle|he|she|er|sie|hij|zij|ze|lui|lei|el|ella|ele|ela)(?=\s))?")
#: The name after the verb, closed by a comma, a bracket or a relative pronoun: "me recomendó contactar contigo Pablo Herrera, que…".
_NAME_END = r"(?=\s*(?:[,(]|[.;!](?:\s|$)|$|\s(?:que|who|che|qui|der|die|dat)\b))"
_REFERRAL = {
    "en": [rf"got your (?:name|contact|details|profile) from (?P<name>{_NAME_RX})", rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:suggested|recommended|told me|mentioned|pointed me|said|introduced|thought|referred|gave me|passed)\b",
           rf"(?:on|at|following) (?P<name>{_NAME_RX})'s (?:suggestion|recommendation|advice)", rf"(?:on|at|following) the (?:suggestion|recommendation|advice) of {_HONORIFIC}(?P<name>{_NAME_RX})", rf"(?:referred|recommended|sent) (?:(?:to|on to) (?:you|me) )?(?:by|over by) (?P<name>{_NAME_RX})",
           rf"(?:via|through) (?:our (?:mutual )?(?:friend|contact|colleague) )?(?P<name>{_NAME_RX})"],
    "fr": [rf"(?:j'ai eu|j'ai recu|j'ai obtenu|j'ai trouve|j'ai decouvert) (?:votre|ton|vos|tes) (?:contact|nom|coordonnees|profil) (?:par|de la part de|grace a|via|aupres de) (?P<name>{_NAME_RX})", rf"(?:de la part de|(?:sur|a) (?:les )?(?:conseils?|(?:la )?recommandation|les recommandations) d[e']|recommande(?:e)? par|conseille(?:e)? par|oriente(?:e)? par|via) ?{_HONORIFIC}(?P<name>{_NAME_RX})",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:qui )?(?:m'a|nous a|m'avait) (?:conseille|recommande|suggere|parle|dit|oriente|donne|transmis|propose)",
           # "Julie Martin vous a chaudement recommandée", "Paul t'a cité comme la personne à contacter"
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:qui )?(?:vous|t') ?(?:a|avait) (?:\w+ ){{0,2}}?(?:recommande|conseille|cite|mentionne|nomme|suggere)e?",
           rf"c'est (?P<name>{_NAME_RX}){_PAREN} qui",
           # round 149: "Jean-Pierre Dubois vous recommande.", "Paul me conseille de t'écrire": the present tense too
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:vous|te|me|m') ?(?:recommande|conseille)\b"],
    "de": [rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:hat mir|meinte|sagte|hat (?:mich|uns)|empfahl)",
           # "Markus Weber hat Sie mir empfohlen", "Lena hat dich uns wärmstens weiterempfohlen": the owner recommended to the sender
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+hat (?:sie|dich|euch) (?:\w+ ){{0,3}}?(?:empfohlen|weiterempfohlen|genannt|erwahnt|vorgeschlagen|ans herz gelegt)",
           rf"(?:auf empfehlung von|uber|von|durch) (?P<name>{_NAME_RX}) (?:empfohlen|weitergeleitet|bekommen|erhalten|gefunden|entdeckt)",
           rf"auf (?:empfehlung|anraten) von {_HONORIFIC}(?P<name>{_NAME_RX})",
           # "bin über Anna Schulz auf Ihr Profil gestoßen", "durch Jonas auf dich aufmerksam geworden": the referrer who pointed the way
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+empfiehlt (?:sie|dich|euch|mir)\b",
           rf"(?:uber|durch) (?P<name>{_NAME_RX}) auf (?:dein|ihr|dich|sie)\w* (?:(?:profil|namen|kontakt) )?(?:gestossen|gestoßen|gekommen|aufmerksam geworden)"],
    "es": [rf"me (?:la|lo|le) (?:recomendo|recomendaron|ha recomendado|sugirio|indico|presento) (?P<name>{_NAME_RX})", rf"(?:me )?(?:fue|ha sido) (?:recomendad[oa]|sugerid[oa]|indicad[oa]) (?:\w+ ){{0,3}}?por (?P<name>{_NAME_RX})", rf"me (?:paso|pasa|pasaron|pasan|dio|da|dieron|ha pasado|ha dado|han pasado|han dado) (?:tu|su) (?:contacto|nombre|perfil) (?P<name>{_NAME_RX})", rf"(?:tengo|consegui|he conseguido) (?:tu|su) (?:contacto|nombre) (?:gracias a|por|a traves de|de parte de) (?P<name>{_NAME_RX})", rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+me (?:(?:ha )?(?:recomendo|recomendado|sugirio|sugerido|hablo|hablado|dijo|dicho|paso|pasado|comento|comentado|aconsejo|aconsejado|dio|dado))",
           rf"(?:de parte de|por recomendacion de|recomendad[oa] por|por sugerencia de|a traves de) {_HONORIFIC}(?P<name>{_NAME_RX})",
           # "me manda Lucía Pérez", "me ha enviado a ti Pablo": who sent them to her
           rf"me (?:manda|envia|ha mandado|ha enviado) (?:a (?:ti|usted) )?(?P<name>{_NAME_RX})",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:te|la|lo|le|me) (?:recomienda|aconseja)\b",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:te|la|lo) (?:ha )?(?:\w+ )?(?:recomendo|recomendado|menciono|mencionado|sugirio|sugerido)",
           rf"(?:me|nos) (?:ha |han )?(?:recomendo|recomendado|recomendaron|sugirio|sugerido|aconsejo|aconsejado|dijo|dicho|paso tu contacto|dio tu nombre) (?:[\w']+ ){{0,3}}?(?P<name>{_NAME_RX}){_FROM_ORG}{_NAME_END}",
           # "nos recomendó Sophie Bernard de la CCI": the name right after the verb
           rf"(?:me|nos) (?:ha |han )?(?:recomendo|recomendaron|recomendado|sugirio|sugerido|aconsejo|aconsejado|remitio|derivo) (?P<name>{_NAME_RX})",
           # "quien me pasó tu contacto fue Lucía Pérez": the referrer named after the cleft
           rf"quien (?:me|nos) (?:paso|dio|recomendo|sugirio|hablo)\b[^.!?\n]{{0,30}}? fue (?P<name>{_NAME_RX})"],
    "it": [rf"(?:mi (?:e|sono) stat[oaie]|e stat[oa]) (?:segnalat[oaie]|consigliat[oaie]|raccomandat[oaie]|indicat[oaie]|suggerit[oaie]) (?:\w+ ){{0,3}}?da (?P<name>{_NAME_RX})", rf"mi (?:ha dato|ha passato|ha girato|hanno dato|hanno passato|da|passa|gira) il (?:tuo|suo) (?:contatto|nome|profilo) (?P<name>{_NAME_RX})", rf"(?:ho avuto|ho ricevuto) il (?:tuo|suo) (?:contatto|nome) da (?P<name>{_NAME_RX})", rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+mi ha (?:consigliato|suggerito|parlato|detto|passato|indicato|dato|girato|fatto il (?:tuo|suo) nome)",
           rf"mi ha (?:parlato|parlato bene) di (?:te|lei|voi) (?P<name>{_NAME_RX})",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:ti|la|le|mi) (?:consiglia|raccomanda)\b",
           # "mi manda Julien Morel", "mi ha mandato da te Giulia": who sent them to her
           rf"mi (?:manda|ha mandat[oa]|ha inviat[oa]) (?:da (?:te|lei) )?(?P<name>{_NAME_RX})",
           rf"(?:(?:su consiglio|da parte|su suggerimento|su indicazione|su segnalazione|su raccomandazione) (?:di|del|della|dello)|tramite) {_HONORIFIC}(?P<name>{_NAME_RX})",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:ti|l'|la|le) ?ha (?:\w+ )?(?:consigliat|raccomandat|segnalat|suggerit|indicat|nominat)[oa]",
           rf"(?:mi|ci) ha (?:consigliato|suggerito|detto|segnalato|indicato) (?:[\w']+ ){{0,3}}?(?P<name>{_NAME_RX}){_FROM_ORG}{_NAME_END}"],
    # "fui indicada pela Mariana Santos", "foi-me recomendado pelo João", "venho por indicação da Ana"
    "pt": [rf"(?:me )?(?:fui|fomos|foi|foram|tinha sido|venho|vim) (?:indicad[oa]s?|recomendad[oa]s?|sugerid[oa]s?) (?:\w+ ){{0,3}}?(?:por|pel[oa]) (?P<name>{_NAME_RX})", rf"(?:recebi|tive|obtive) o (?:seu|teu) (?:contacto|contato|nome) (?:atraves d[oa]|pel[oa]|d[oa]|por) (?P<name>{_NAME_RX})", rf"(?:o |a )?(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:me )?(?:indicou|recomendou|sugeriu|falou|passou|disse|deu)\b",
           rf"(?:por indicacao d[eoa]|por recomendacao d[eoa]|da parte d[eoa]|por sugestao d[eoa]|atraves d[eoa]) {_HONORIFIC}(?P<name>{_NAME_RX})",
           rf"(?:o |a )?(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:(?:te|lhe|a) (?:indicou|recomendou|sugeriu|mencionou)|(?:indicou|recomendou|sugeriu|mencionou)-(?:te|lhe|a|ma))\b",
           rf"(?:(?:me|nos) )?(?:recomendou|indicou|sugeriu|aconselhou)(?:-me|-nos)? (?:[\w']+ ){{0,3}}?(?P<name>{_NAME_RX}){_FROM_ORG}{_NAME_END}",
           # "quem me indicou seu contato foi a Juliana Prado": the referrer named after the cleft
           rf"quem (?:me|nos) (?:indicou|recomendou|passou|deu|sugeriu)\b[^.!?\n]{{0,30}}? (?:foi|e) (?:o |a )?(?P<name>{_NAME_RX})"],
    "nl": [rf"(?:kreeg|heb) (?:je|jouw|uw) (?:naam|contact|gegevens) (?:van|via) (?P<name>{_NAME_RX})", rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:raadde|tipte|adviseerde|verwees|heeft m(?:e|ij)\b|zei|noemde|gaf (?:me|mij)|vertelde|vertelt|wees me|stuurde me|beval)",
           rf"(?:via|op aanraden van|op advies van|door) (?:(?:mijn|onze|een) (?:oud-)?(?:collega|vriend|vriendin|klant|relatie|kennis|zakenpartner|partner) )?(?:de heer |mevrouw |meneer |mevr\.? |dhr\.? )?(?P<name>{_NAME_RX})",
           # "Pieter de Vries heeft je (aan mij) aanbevolen", "Sanne noemde u als de expert"
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:heeft|had) (?:je|jou|u) (?:\w+ ){{0,3}}?(?:aanbevolen|aangeraden|getipt|genoemd|voorgesteld)",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:noemde|tipte) (?:je|jou|u)\b",
           rf"(?P<name>{_NAME_RX}){_FROM_ORG}{_REL},?\s+(?:raadt|beveelt) (?:je|jou|u) aan\b"],
}
_NOT_NAMES = {"linkedin", "she", "he", "they", "someone", "a", "elle", "il", "on", "er", "sie", "jemand", "ella", "el",
              "alguien", "lei", "lui", "qualcuno", "ela", "ele", "alguem", "zij", "hij", "iemand", "my", "mon", "ma",
              "mein", "meine", "mi", "il mio", "la mia", "meu", "minha", "mijn", "google", "instagram", "facebook",
              "twitter", "i", "je", "ich", "yo", "io", "eu", "ik", "we", "nous", "wir", "tu", "you", "vous", "your",
              "votre", "our", "notre", "a friend", "un ami", "une amie", "ein", "eine", "un", "una", "uno", "um", "uma",
              "een", "the", "le", "la", "der", "die", "das", "de", "het", "o", "os", "as", "los", "las", "gli", "unser",
              "mutual", "commun", "commune", "colleague", "collegue", "kollege", "kollegin", "companero", "collega",
              "colega", "collega's", "this", "that", "it", "hello", "hi", "bonjour", "hallo", "hola", "ciao", "ola", "hoi",
              # A negation opening a sentence ("No me dio tiempo", "Non mi ha...", "Nee, ..."): never a person's name
              "no", "non", "nao", "nein", "nee", "not", "nicht", "niet", "pas", "yes", "oui", "si", "sim", "ja",
              # A question word opening a sentence ("Any quick thoughts? Thanks"): never a person's name
              "any", "some", "anyone", "anything",
              # "Welke certificaten raadt u aan?", "Quel outil me conseille…": a question word, never the referrer recommending
              "welke", "welk", "wat", "which", "what", "quel", "quelle", "quels", "quelles", "welche", "welcher", "welches",
              "was", "que", "qual", "quais", "quale", "quali", "cosa", "cual", "cuales",
              # "Ancien collègue de Stéphane Blanc": the sender's own former tie, never the referrer's name
              "ancien", "ancienne", "former", "ex", "ehemaliger", "ehemalige", "antiguo", "antigua", "ex-collega", "oud-collega",
              # "Quem me indicou foi a Lucie Martin", "Quien me recomendó fue…", "Chi mi ha consigliato…": the cleft's "who",
              # never the referrer (named after "foi/fue/è")
              "quem", "quien", "chi", "who", "wer", "qui", "wie"}
# Video tools and course platforms: "Opname via Zoom", "formation chez OpenClassrooms" — never a referrer to thank
_TOOLS = {"zoom", "teams", "microsoft teams", "ms teams", "google meet", "meet", "skype", "webex", "whatsapp",
          "openclassrooms", "coursera", "udemy", "linkedin learning", "edx", "youtube", "slack", "discord",
          "google", "calendly", "hangouts", "jitsi", "gotomeeting", "streamyard", "riverside"}
_NOT_NAMES |= _TOOLS
#: Social channels and ad formats: "l'ultimo numero sui Reels mi ha dato idee", "your post on TikTok gave me" — a topic,
#: never a person who put them in touch
_CHANNELS = {"reels", "reel", "tiktok", "tik tok", "pinterest", "snapchat", "threads", "shorts", "stories", "youtube shorts",
             "meta", "meta ads", "google ads", "tiktok ads", "linkedin ads", "instagram ads", "facebook ads", "x", "bluesky",
             "seo", "sea", "gmb", "ga4", "chatgpt", "canva", "wordpress", "shopify",
             # "Verkoop via Insta", "found you via IG", "vu via Linkedin": a channel, never a person to thank for an introduction
             "insta", "ig", "insta stories", "fb", "yt", "tiktoks", "linked in", "linkedin", "instagram", "facebook", "youtube", "twitter",
             "etsy", "vinted", "amazon", "bol", "bol.com", "marktplaats", "wallapop", "mercado livre", "mercadolibre", "leboncoin", "ebay", "telegram"}
_NOT_NAMES |= _CHANNELS
#: A name right after a topic's preposition ("sui Reels", "on TikTok", "sur Pinterest", "sobre Reels", "over Reels"):
#: what the piece was about, never who referred them ("über" is left out: "über Anna" is "through Anna" in German)
_TOPIC_BEFORE = (r"\b(?:on|about|regarding|sur|concernant|sui|sugli|sulle|sul|sulla|riguardo a(?:i|gli|lle|l|lla)?|sobre|acerca de"
                 r"|zum thema|over|omtrent)\s+(?:(?:the|les|le|la|los|las|el|os|as|o|a|i|gli|die|den|dem|het|de)\s+)?$")

#: Nationality and language words (folded), capitalised in en/nl/de but never a person's name:
#: "meer Franse en Belgische klanten", "French and Belgian clients", "Französische Kunden".
_DEMONYMS = {w for stem in (
    "french", "english", "german", "spanish", "italian", "portuguese", "dutch", "belgian", "swiss", "brazilian", "european", "american",
    "british", "canadian", "flemish", "walloon", "luxembourgish", "austrian", "irish", "scottish",
    "frans", "franse", "engels", "engelse", "duits", "duitse", "spaans", "spaanse", "italiaans", "italiaanse", "portugees", "portugese",
    "nederlands", "nederlandse", "belgisch", "belgische", "zwitsers", "zwitserse", "braziliaans", "braziliaanse", "europees", "europese",
    "amerikaans", "amerikaanse", "brits", "britse", "vlaams", "vlaamse", "waals", "waalse", "oostenrijks", "oostenrijkse",
    "franzosisch", "englisch", "deutsch", "spanisch", "italienisch", "portugiesisch", "niederlandisch", "hollandisch", "belgisch",
    "schweizer", "schweizerisch", "brasilianisch", "europaisch", "amerikanisch", "britisch", "osterreichisch", "flamisch",
    "francais", "francaise", "anglais", "anglaise", "allemand", "allemande", "espagnol", "espagnole", "italien", "italienne",
    "portugais", "portugaise", "neerlandais", "neerlandaise", "belge", "suisse", "bresilien", "bresilienne", "europeen", "europeenne",
    "frances", "francesa", "ingles", "inglesa", "aleman", "alemana", "espanol", "espanola", "italiano", "italiana", "portugues",
    "portuguesa", "holandes", "holandesa", "belga", "suizo", "suiza", "brasileno", "brasilena", "europeo", "europea",
    "francese", "inglese", "tedesco", "tedesca", "spagnolo", "spagnola", "olandese", "svizzero", "svizzera", "brasiliano", "brasiliana",
    "francesa", "alemao", "alema", "espanhol", "espanhola", "holandes", "suico", "suica", "brasileiro", "brasileira", "europeu", "europeia",
) for w in (stem, stem + "s", stem + "e", stem + "en", stem + "er", stem + "n")}
_NOT_NAMES |= _DEMONYMS


#: Words of a product, an update, a tool, an event or a piece of content: never part of a person's name.
_THING_WORDS = {"update", "updates", "core", "content", "helpful", "algorithm", "algorithmus", "algorithme", "ads", "ad", "analytics",
                "console", "search", "seo", "sea", "ai", "ki", "ia", "gpt", "chatgpt", "gemini", "copilot", "day", "days", "summit",
                "festival", "conference", "konferenz", "conferencia", "conferenza", "congres", "congress", "kongress", "expo", "salon",
                "congreso", "congresso", "congresos", "congressi", "forum", "foro", "convegno", "simposio", "symposium", "cumbre", "feira",
                "jornada", "jornadas", "encuentro", "evento", "event", "evenement", "rencontres", "tagung",
                "messe", "fair", "week", "woche", "podcast", "webinar", "newsletter", "post", "blog", "tool", "app", "plugin",
                "manager", "business", "shop", "store", "marketing", "digital", "studio", "agency", "agentur", "agence", "agencia",
                "group", "gruppe", "groupe", "grupo", "gruppo", "academy", "club", "camp", "meetup", "live", "masterclass", "workshop",
                "guide", "report", "studie", "study", "trends", "awards", "award", "pro", "plus", "suite", "cloud", "hub", "lab", "labs",
                # "der Teil über Budgetverteilung hat mir geholfen": a part of a piece, never a referrer to thank
                "teil", "abschnitt", "artikel", "beitrag", "tipp", "tipps", "kurs", "vortrag", "video", "buch", "punkt", "part", "section",
                "piece", "partie", "parte", "articulo", "articolo", "artigo", "deel", "stuk"}


def _person_shape(name: str, before: str) -> bool:
    """A referrer is a person: a first name (and last name), not "das Helpful Content Update" or "the Google Ads Summit"."""
    core = cre.split(r"\s(?:de la|del|de|da|do|von der|von|van de|van|di|du|des|from|of|at)\s", name)[0]  # "Sara Lombardi del Club …"
    if any(fold(w) in _THING_WORDS for w in cre.findall(r"[\w'-]+", core)):
        return False
    if cre.search(r"(?i)\b(?:the|das|der|het|this|dieses|dieser|ce|cette)\s+$", before):
        return False  # "dein Post über das Helpful Content Update hat mir…": a thing, never "danke an … für die Empfehlung"
    run = cre.search(r"(?:[A-ZÀ-Ý][\w'-]*[ \t]+){1,3}$", before)
    first = fold(name.split()[0]) if name.split() else ""
    if run and first not in _NAMES_M and first not in _NAMES_F and any(fold(w) in _THING_WORDS for w in run.group(0).split()):
        return False  # "Dein Kommentar zu Core Web Vitals hat mir…": the tail of a thing's name ("Web Vitals"), never a person
        # ("onze Marketing Manager Sanne Bakker": a given name after the title stays the person)
    return not any(ch.isdigit() for ch in name)


#: Courtesy titles kept before a referrer's name where the draft's grammar takes them as they are ("merci à Mme Roux").
_KEPT_TITLES = {"fr": {"m": "M.", "mme": "Mme", "mlle": "Mlle", "monsieur": "M.", "madame": "Mme"},
                "en": {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "dr": "Dr"}}
_TITLE_OPT = (r"(?:(?:m|mme|mlle|mr|mrs|ms|dr|monsieur|madame|[Dd]ott(?:\.?ssa|oressa|ore)?|[Ss]ig(?:\.?ra)?|[Pp]rof(?:\.?ssa)?|[Ii]ng|[Aa]vv"
              r"|[Ss]ra?|[Dd]ra|[Ss]rta|dhr|mevr|[Hh]errn?|[Ff]rau)(?:\. ?| ))?")
#: An Italian academic title before a referrer's surname (original text; "{name}" filled in): "il prof. Martini", "la
#: professoressa Bianchi", "il dott. Rossi": kept, since "grazie a Martini" would drop the respect the sender showed.
_IT_TITLE_BEFORE = r"(?i)\b(prof\.?\s?ssa|professoressa|prof|professore|dott\.?\s?ssa|dottoressa|dott|dottore|dottor)\b\.?\s+{name}\b"
_IT_TITLE_SHORT = {"prof": "prof.", "professore": "prof.", "professoressa": "prof.ssa", "dott": "dott.", "dottore": "dott.",
                   "dottor": "dott.", "dottoressa": "dott.ssa"}
#: Words of a job title before a referrer's name ("our Head of Marketing Anna Schmidt", "unsere Marketingleiterin Eva Roth").
_TITLE_OF_JOB = (r"our|my|notre|mon|ma|unser\w*|mein\w*|nuestr[oa]|mi|il|la|nostr[oa]|nossa|nosso|onze|mijn|a|o"
                 r"|head|chief|ceo|cmo|cto|coo|cfo|vp|svp|evp|director|manager|lead|founder|co-?founder|president|partner|owner|boss"
              r"|marketing|sales|growth|communications?|digital|hr|people|product|brand|content|operations|business|development|of"
              r"|directeur|directrice|responsable|fondateur|fondatrice|gerant|gerante|pdg|dg|patron|patronne|chef|cheffe"
              r"|geschaftsfuhrer\w*|\w*leiter(?:in)?|grunder(?:in)?|inhaber(?:in)?|chef(?:in)?|vorstand|kollege|kollegin"
              r"|director[a]?|directora|gerente|jefe|jefa|fundador[a]?|responsabile|direttore|direttrice|fondatore|fondatrice"
              r"|diretor[a]?|gestor[a]?|socio|socia|directeur|directie|hoofd|oprichter|eigenaar|\w*manager|teamleider|leidinggevende")


def _after_job_title(name: str) -> str:
    """"Head of Marketing Anna Schmidt" → "Anna Schmidt"; a name alone stays as it is, a job title alone becomes ""."""
    words = name.split()
    i = 0
    while i < len(words) and cre.fullmatch(rf"(?:{_TITLE_OF_JOB})", fold(words[i])):
        i += 1
    return " ".join(words[i:]) if i else name


#: "reprendre notre discussion sur …", "continue our chat about …": the talk to pick up; group ``t`` is its preposition.
_TALK_GOES_ON = {
    "fr": r"(?:reprendre|poursuivre|continuer|prolonger) (?:notre|nos|la|cette|l') ?(?:discussion|conversation|echanges?|causerie)s? (?P<t>sur|a propos d[eu]s?|autour d[eu]s?|au sujet d[eu]s?)\b|m'(?:avais|as) dit de t'ecrire (?P<t2>pour|sur|a propos d[eu]s?|au sujet d[eu]s?)\b",
    "en": r"(?:continue|continuing|pick up|picking up|carry on|resume|follow up on) (?:our|the|that) (?:conversation|chat|discussion|talk|exchange) (?P<t>about|on|around|regarding)\b|(?:talk(?:ing)? more (?:with you )?|(?:adding|connecting with) you to (?:talk|chat) |(?:keen|happy|glad|eager) to (?:chat|talk) |told me to (?:write to|message|reach out to|contact) you )(?P<t2>about)\b",
    "de": r"(?:unser(?:en)?|das|den|die) (?:gesprach|austausch|diskussion|unterhaltung) (?P<t>uber|zu|zum|zur)\b",
    "es": r"(?:seguir|continuar|retomar) (?:nuestra|la|esa) (?:conversacion|charla|discusion) (?P<t>sobre|acerca de|de)\b|(?:(?:seguir|continuar) hablando|hablar mas(?: contigo| con usted)?|(?:te|le) (?:agrego|anado|sumo|escribo|contacto) para (?:hablar|charlar|conversar)|me (?:dijiste|pediste|comentaste) que te (?:escribiera|escribiese|contactara)(?: para lo| por lo)?) (?P<t2>del|de|sobre)\b",
    "it": r"(?:continuare|riprendere|proseguire) (?:il|la|il nostro|la nostra|quel|quella) (?:discorso|chiacchierata|conversazione|discussione) (?P<t>su(?:l|lla|i|gli|ll'|lle)?|di|del|della)\b|mi (?:avevi|hai) (?:detto|chiesto) di scriverti (?P<t2>per|su(?:l|lla|i|gli|ll'|lle)?)\b",
    "pt": r"(?:continuar|retomar|seguir) (?:a|a nossa|nossa|aquela) (?:conversa|discussao) (?P<t>sobre|acerca d[eo]s?|d[eo]s?)\b|(?:(?:conversar|falar) mais(?: com voce| contigo| consigo)?|(?:te|lhe) (?:adiciono|adicionei|add) para (?:conversar|falar)) (?P<t2>sobre)\b",
    "nl": r"(?:ons|het|dat) gesprek (?P<t>over)\b|verder (?:praten|kletsen|sparren) (?P<t2>over)\b",
}


#: A session made by the two of them (folded): "gemeinsam ein Webinar machen", "a joint webinar", "faire un webinar ensemble",
#: "hacer un webinar juntos", "fare un webinar insieme", "fazermos um webinar juntos", "samen een webinar geven", "co-animer".
_SESSIONS = r"(?:webinars?|webinaires?|webinare?|lives?|live-sessions?|workshops?|ateliers?|masterclass(?:es)?|talleres?|oficinas?|seminare?)"
_BOTH_OF_US = r"(?:together|ensemble|juntos|juntas|insieme|gemeinsam|zusammen|samen|a deux|a dos|a due)"
#: Lookbehinds for "our" before a shared session (a past one both attended, never a co-creation idea).
_OUR_LB = ("(?<!unserem )(?<!unserer )(?<!unseren )(?<!unser )(?<!notre )(?<!nuestro )(?<!nuestra )(?<!nostro )(?<!nostra )(?<!nosso )"
           "(?<!nossa )(?<!onze )(?<!ons )(?<!our )(?<!no nosso )(?<!del nostro )")
_JOINT_SESSION = (rf"\b(?:{_BOTH_OF_US} (?:\w+ ){{0,2}}?(?:an?|un|une|uno|una|um|uma|ein|einen|eine|een) (?:[\w-]+ )?{_SESSIONS}"
                  rf"|{_SESSIONS} (?:[\w-]+ ){{0,2}}?{_BOTH_OF_US}"
                  # (never "van jullie gezamenlijke webinar", "your joint webinar": one she already gave with someone else)
                  rf"|(?<!jullie )(?<!your )(?<!votre )(?<!ihrem )(?<!eurem )(?<!deinem )(?<!vuestro )(?<!vostro )(?<!vosso )(?<!uw )(?<!je )"
                  # (never "aus unserem gemeinsamen Workshop", "de notre atelier commun": one they both attended, a memory)
                  rf"{_OUR_LB}(?:joint|shared|commune?|conjunto|congiunto|gemeinsame[ns]?|gezamenlijke?) {_SESSIONS}|{_OUR_LB}{_SESSIONS} (?:commune?|conjunto|congiunto|em conjunto|en commun)"
                  rf"|co-?(?:host\w*|animer|animons|organi[sz]\w*|present\w*) (?:\w+ )?(?:an?|un|une|uno|una|um|uma|ein|einen|een) (?:[\w-]+ )?{_SESSIONS})\b")

#: Sending each other clients, in the seven languages (folded).
_MUTUAL = (r"\b(?:elkaar (?:\w+ ){0,2}doorverwijzen|refer (?:clients )?to each other)\b|"
           r"\b(?:(?:(?:se|nous|vous|on) |s')(?:recommand\w*|r?envo\w+|pass\w*|orient\w*|refil\w*|apporter|apporte|apportent) (?:des|nos|mutuellement des|les) clients|clients? mutuellement"
           r"|recommandations? (?:de clients )?mutuelles?|apport(?:eurs?)? d'affaires (?:mutuels?|reciproques?|croises?)"
           r"|refer(?:ring)? (?:clients|customers|business|work|projects) (?:to each other|back and forth)|referral partner(?:ship)?s?"
           r"|(?:send|pass) (?:each other (?:clients|work|business)|(?:clients|work) to each other)|cross-?referr\w*|mutual referrals?"
           # "exchanging referrals", "échanger des recommandations", "Empfehlungen austauschen", "doorverwijzingen uitwisselen"
           r"|(?:exchang\w*|swap\w*|trad\w*) (?:\w+ )?(?:referrals|leads|client referrals)|referral (?:exchange|swap)"
           # "maybe we can swap clients when one of us is overbooked", "pass each other our overflow work"
           r"|(?:swap|swapping|trade|trading|exchange|exchanging) (?:\w+ )?(?:clients|customers|projects|overflow)|overflow (?:work|projects|clients) (?:to|with|between) (?:each other|one another|us)"
           r"|echang\w* (?:des |nos )?(?:recommandations|clients|leads|contacts clients)|(?:empfehlungen|kunden|leads) (?:\w+ )?austausch\w*"
           r"|(?:intercambi\w*|scambi\w*|trocar|trocarmos|troca de) (?:\w+ )?(?:referencias|recomendaciones|clientes|clienti|segnalazioni|referenze|indicacoes)"
           r"|(?:doorverwijzingen|klanten|leads) (?:\w+ )?uit (?:te )?wisselen|(?:doorverwijzingen|klanten) uitwisselen"
           # "gegenseitige Empfehlungen", "recomendaciones mutuas", "segnalazioni reciproche", "wederzijdse doorverwijzingen"
           r"|gegenseitige?[nr]? (?:\w+ )?(?:kunden|auftrage|projekte|empfehlungen)|(?:recomendaciones|referencias) (?:mutuas|reciprocas|cruzadas)"
           r"|(?:segnalazioni|raccomandazioni|referenze) (?:reciproche|incrociate)|wederzijdse (?:doorverwijzingen|aanbevelingen)|(?:kunden|auftrage) gegenseitig|empfehlungspartnerschaft"
           r"|recomendarnos (?:\w+ )?clientes|nos (?:pasamos|pasemos|recomendamos|recomendemos|enviamos|mandamos|derivamos) clientes|(?:pasarnos|enviarnos|derivarnos|referirnos) (?:\w+ )?clientes|clientes mutuamente"
           r"|(?:segnalarci|passarci|mandarci|scambiarci|girarci) (?:\w+ )?(?:clienti|lavori|progetti)|clienti a vicenda"
           r"|(?:indicar|recomendar|encaminhar)(?:mos)? clientes (?:um ao outro|um para o outro|um pro outro|uns aos outros|uns para os outros|mutuamente"
           # two women: "indicar clientes uma para a outra", "recomendar clientes uma à outra"
           r"|uma a outra|uma para a outra|uma pra outra|umas as outras|umas para as outras)|(?:passar|trocar|enviar)(?:mos)? clientes|indicacoes (?:mutuas|reciprocas)|parceria de indicac\w+"
           # "colaboración tipo referidos mutuos", "collaborazione con referral reciproci", "parceria de referências"
           r"|(?:referidos|referrals?|referencias|referenze) (?:mutu[oa]s|reciproc[oiae]s?|cruzad[oa]s|incrociat[ie])|parceria de referencias"
           r"|elkaar (?:\w+ )?(?:klanten|opdrachten|werk) (?:door ?(?:te )?(?:sturen|verwijzen)|aan ?(?:te )?bevelen|toe ?(?:te )?spelen|(?:te )?gunnen)|elkaar doorverwijzen"
           # the same without "clients": "uns gegenseitig empfehlen", "se recommander mutuellement", "refer each other",
           # "nos recomendamos mutuamente", "segnalarci a vicenda", "indicarmos um ao outro", "elkaar aanbevelen"
           r"|uns (?:\w+ )?gegenseitig (?:\w+ ){0,2}?(?:empfehlen|weiterempfehlen|vermitteln|zuspielen|weiterleiten)|gegenseitig (?:zu )?empfehlen"
           r"|(?:se|nous|vous) (?:\w+ )?(?:recommander|conseiller|orienter|renvoyer|envoyer) (?:des clients )?(?:mutuellement|l'un l'autre|les uns les autres)"
           r"|(?:refer|recommend) (?:\w+ )?(?:each other|one another)|(?:send|pass) each other (?:\w+ )?(?:clients|leads|work|business|projects)"
           r"|(?:nos )?(?:recomend|deriv|refer|pas)\w* (?:\w+ )?(?:mutuamente|entre nosotr[oa]s)|recomendarnos|derivarnos"
           r"|(?:segnalar|raccomandar|consigliar|passar|girar)ci (?:\w+ )?a vicenda|(?:ci )?(?:segnal|raccomand|consigli)\w* a vicenda"
           r"|(?:nos )?(?:indicar|recomendar)(?:mos|-nos)? (?:\w+ )?(?:um ao outro|uns aos outros|mutuamente)"
           r"|elkaar (?:\w+ ){0,4}?(?:aanbevelen|aanraden|doorsturen|toesturen|sturen|tippen|doorverwijzen|gunnen)"
           # "uns mal Projekte zuschieben", "elkaar projecten doorspelen", "pass work to each other", "nous passer des projets",
           # "pasarnos proyectos", "passar projetos um ao outro": projects passed both ways between peers
           r"|uns (?:\w+ ){0,3}?(?:projekte|auftrage|kunden|anfragen|jobs) (?:\w+ )?(?:zuschieben|zuspielen|zuschanzen|zuschicken|zusenden|weitergeben|vermitteln|empfehlen)"
           r"|elkaar (?:\w+ ){0,3}?(?:projecten|klanten|opdrachten|werk|klussen) (?:\w+ )?(?:doorspelen|toespelen|doorschuiven|doorgeven)"
           r"|(?:pass|send|refer) (?:\w+ )?(?:work|projects|clients|leads|jobs) (?:to|between) (?:each other|one another|us)"
           # "s'apporter des missions mutuellement", "nous apporter des projets", "send work each other's way"
           r"|(?:(?:nous|se|vous) (?:\w+ )?|s')(?:passer|envoyer|renvoyer|transmettre|refiler|apporter|r?amener) (?:des|nos|mutuellement des) (?:projets|missions|demandes|clients)"
           r"|(?:send|pass|throw|refer)\w* (?:\w+ )?(?:work|projects|clients|leads|jobs|business) each other's way"
           r"|(?:pasarnos|enviarnos|derivarnos|nos (?:pasamos|pasemos|enviamos|enviemos|mandamos|mandemos)) (?:\w+ )?(?:proyectos|trabajos?|encargos)"
           r"|(?:passar|trocar|enviar|indicar)(?:mos)? (?:\w+ )?(?:projetos|trabalhos|jobs) (?:um ao outro|um para o outro|entre nos|mutuamente)"
           r"|(?:passarci|girarci|mandarci|scambiarci) (?:\w+ )?(?:lavori|progetti|incarichi|clienti|richieste))")


#: A conversation the two had, with its subject (folded): "die mit dir über TikTok-Ads diskutiert hat", "we chatted about
#: TikTok ads", "on a parlé de TikTok Ads", "hablamos de TikTok Ads", "abbiamo parlato di TikTok", "conversamos sobre TikTok",
#: "we hebben over TikTok-ads gepraat": the subject is what she remembers them by.
_TALKED_OF = {
    "fr": r"(?:on a|nous avons|avoir|j'ai|tu m'as|vous m'avez) (?:\w+ )?(?:parle|discute|echange|papote|debattu) (?:(?:\w+ )?|(?:\w+ )?(?:au|a la|lors d[eu]|pendant) (?:[\w-]+ ){1,6}?(?=sur\b))(?P<t>de|des|du|sur|a propos d[eu']s?|autour d[eu]s?)\b",
    # "we chatted briefly at the Shopify meetup in Lyon about Pinterest ads": the subject may follow the place
    "en": r"(?:we|you and i|i) (?:\w+ )?(?:talked|chatted|discussed|spoke|debated) (?:(?:\w+ ){0,2}?|(?:\w+ )?(?:at|during) (?:\w+ ){1,6}?(?=about\b))"
          r"(?P<t>about|on|around|regarding)\b",
    "de": r"(?:mit dir|mit ihnen|wir|uns) (?:[\w-]+ ){0,10}?(?P<t>uber)\b(?=[^.!?]{1,50}\b(?:diskutiert|gesprochen|geredet|geplaudert|unterhalten|ausgetauscht|gefachsimpelt)\b)",
    "es": r"(?:hablamos|charlamos|conversamos|discutimos|estuvimos hablando|estuvimos charlando) (?:(?:\w+ )?|(?:\w+ ){0,2}?(?:en|durante) (?:[\w-]+ ){1,6}?(?=sobre\b))(?P<t>sobre|acerca de|de)\b",
    "it": r"(?:abbiamo|avevamo) (?:\w+ )?(?:parlato|chiacchierato|discusso) (?:(?:\w+ ){0,2}?|(?:\w+ )?(?:al|alla|allo|durante|in) (?:[\w-]+ ){1,6}?(?=su(?:l|lla|i|gli|lle)?\b))(?P<t>su(?:l|lla|i|gli|ll'|lle)?|di|del|della|dei|delle)\b",
    "pt": r"(?:falamos|conversamos|discutimos|batemos um papo|trocamos ideias) (?:(?:\w+ )?|(?:\w+ ){0,2}?(?:no|na|em|durante) (?:[\w-]+ ){1,6}?(?=sobre\b))(?P<t>sobre|acerca d[eo]s?|d[eo]s?)\b",
    "nl": r"(?:we|wij|ik) (?:hebben|heb) (?:[\w-]+ ){0,10}?(?P<t>over)\b(?=[^.!?]{1,50}\b(?:gepraat|gesproken|gediscussieerd|gekletst|gespard)\b)",
}


#: Where or over what the two talked, after the subject (folded): "autour du café", "over coffee", "beim Kaffee", "tomando un
#: café", "davanti a un caffè", "num café", "bij de koffie", "pendant la pause", "at lunch": the setting, never the subject.
_TALK_SETTING = (r"\s+(?:autour d'un|autour du|devant un|en prenant un|pendant la|pendant le|au|a la|over (?:a |an )?|during the|at|beim|bei einem|bei der|in der"
                 r"|tomando (?:un|una|el|um|uma|o)|durante el|durante la|en la|en el|davanti a un|davanti al|durante il|durante la|alla|al|a un"
                 r"|num|numa|durante o|no|na|bij de|bij een|tijdens de|onder het)\s+(?:\w+\s+)?"
                 r"(?:cafe|caffe|coffee|kaffee|koffie|pause|break|pausa|kaffeepause|koffiepauze|dejeuner|lunch|almuerzo|pranzo|almoco|mittagessen|apero|aperitivo"
                 r"|afterwork|drinks?|drink|verre|cocktail|diner|dinner|cena|jantar|abendessen"
                 r"|intervalo|intervallo|descanso|receso|coffee break|coffee-break|pause-cafe|pause cafe|pausa cafe|pausa caffe|pausa pranzo"
                 r"|mittagspause|intermission|interval|pauze|lunchpauze|cafezinho)\b.*$")

#: When in the event the two talked, after the subject (folded): "à la fin", "at the end", "en fin de soirée", "alla fine",
#: "al final", "no final", "am Ende", "aan het eind", "afterwards": the moment, never part of the subject.
_TALK_TIME = (r"\s+(?:a la fin|en fin d(?:e|')|vers la fin|at the end|towards the end|afterwards|alla fine|verso la fine|al final|hacia el final"
              r"|no final|ao final|am ende|am schluss|zum schluss|aan het eind\w*|op het eind\w*|na afloop)\b.*$")
#: A French "on a parlé de X" picked up as "notre discussion sur X" (never "notre discussion de X"): de/du/des/de la → sur …
_FR_OF_TO_ON = (("de la ", "sur la "), ("de l'", "sur l'"), ("de l’", "sur l’"), ("du ", "sur le "), ("des ", "sur les "), ("de ", "sur "))


def fr_talk_on(phrase: str) -> str:
    """ "de TikTok ads" → "sur TikTok ads", "du SEO local" → "sur le SEO local" (the subject of a French talk).

    >>> fr_talk_on("de TikTok ads"), fr_talk_on("du SEO local"), fr_talk_on("des Reels"), fr_talk_on("sur l'IA")
    ('sur TikTok ads', 'sur le SEO local', 'sur les Reels', "sur l'IA")
    """
    for of, on in _FR_OF_TO_ON:
        if phrase.lower().startswith(of):
            return on + phrase[len(of):]
    return phrase


def _talked_of(original: str, folded: str, lang: str) -> str:
    """The subject of a conversation the two had ("über TikTok-Ads"), or empty."""
    pattern = _TALKED_OF.get(lang)
    m = _rx(rf"\b(?:{pattern})").search(folded) if pattern else None
    if not m:
        return ""
    # "nach Ihrem Vortrag über SEO kurz gesprochen": the "über" is the talk's subject, not the conversation's
    if cre.search(r"\b(?:vortrag|vortrags|talk|keynote|panel|workshop|webinar|session|beitrag|artikel|post|lezing|presentatie|praesentation|prasentation|sessie|bericht)\s+$",
                  folded[max(0, m.start("t") - 24):m.start("t")]):
        return ""
    phrase = _phrase(original, folded, m.start("t"), lang, 6)
    phrase = cre.sub(r"(?i)\s+(?:diskutiert|gesprochen|geredet|geplaudert|unterhalten|ausgetauscht|gefachsimpelt|gepraat|gesproken|gediscussieerd|gekletst|gespard)\b.*$", "", phrase)
    phrase = cre.sub(r"(?i)(?:\s+(?:hat|habe|haben|hast|hebben|heb|hadden|had))+$", "", phrase).rstrip(" ,;:")
    cut = cre.search(_TALK_SETTING, fold(phrase)) if len(fold(phrase)) == len(phrase) else None
    if cut:
        phrase = phrase[:cut.start()].rstrip(" ,;:")  # "de SEO local autour du café": the coffee is where they talked, not the subject
    cut = cre.search(_TALK_TIME, fold(phrase)) if len(fold(phrase)) == len(phrase) else None
    if cut:
        phrase = phrase[:cut.start()].rstrip(" ,;:")  # "de TikTok ads à la fin": when they talked, not what about
    if not phrase or len(phrase.split()) < 2 or len(phrase) > 50 or not _no_pronoun(phrase, lang):
        return ""
    return phrase


#: How the talk was found, said after its subject in Dutch and German ("het gesprek over B2C-content erg leuk", "den Austausch
#: über SEO sehr spannend"): never part of the subject.
_JUDGED_AFTER = (r"(?i)(?:\s+(?:erg|heel|zeer|echt|super|best|sehr|wirklich|total|richtig))*"
                 r"\s+(?:leuk|interessant|boeiend|inspirerend|nuttig|waardevol|fijn|tof|gaaf|spannend|toll|hilfreich|inspirierend|bereichernd|gut)$")


#: "mi avevi detto di scriverti per la strategia Instagram", "tu m'avais dit de t'écrire pour la stratégie Instagram": the
#: subject talked about takes "sulla"/"sur la", never "il discorso per la strategia".
_FOLLOWUP_FOR = {"it": (re.compile(r"^per (?:la|l')\s*"), "sulla "), "fr": (re.compile(r"^pour "), "sur ")}


#: A follow-up topic that is a service for the sender's own team (folded): "a formação em marketing digital para a nossa
#: equipa", "the training for our team": a prospect, whom the call offer answers, never "how is it going on your side?".
_FOR_OUR_TEAM = (r"\b(?:para (?:a |o )?(?:nossa|nuestro|nuestra) (?:equipa|equipe|equipo|time)|for our (?:team|staff)|pour (?:notre|nos) (?:equipe|equipes|collaborateurs)"
                 r"|per il nostro (?:team|staff)|per la nostra (?:squadra|azienda)|fur unser (?:team|unternehmen)|voor ons (?:team|bedrijf))\b")


#: The sender's "our" opening a follow-up topic ("about our website redesign", "sobre o nosso site", "über unsere Website"):
#: their own project, kept (the writer turns it into "your"), never a pronoun that drops the topic.
_OUR_WORD_RX = r"our|notre|nos|unser(?:e|en|em|er|es)?|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|ons|onze"
_OUR_ARTICLES = frozenset({"o", "a", "os", "as", "il", "la", "i", "le", "lo", "gli", "l'", "de", "het"})
_OUR_LEADS = rf"^(\S+ (?:(?:o|a|os|as|il|la|i|le|lo|gli|l'|de|het) )?)(?:{_OUR_WORD_RX})\b"


def _followup(original: str, folded: str, lang: str) -> str:
    """The subject of a conversation the sender wants to pick up: "Au plaisir de reprendre notre discussion sur TikTok Ads"
    → "sur TikTok Ads"; "continuare il discorso sul remarketing" → "sul remarketing". Empty when none is named."""
    pattern = _TALK_GOES_ON.get(lang)
    m = _rx(rf"\b(?:{pattern})").search(folded) if pattern else None
    if not m:
        return ""
    start = m.start("t") if m.group("t") else m.start("t2")
    # "continuer notre échange sur le SEO pour les boutiques Shopify": a topic of up to eight words, never cut and lost
    phrase = _phrase(original, folded, start, lang, 8, own=True)
    if cre.search(_FOR_OUR_TEAM, cre.split(r"[.!?\n]", folded[start:])[0]):
        return ""
    phrase = cre.split(r"\s+(?:fortsetzen|fortführen|weiterführen|vertiefen|voortzetten|verder)\b", phrase)[0].rstrip(" ,;:")
    # A separable verb's particle at the end ("zet ik ons gesprek over X voort", "setze das Gespräch über X fort"):
    # it belongs to the sender's verb, never to the subject.
    phrase = cre.sub(r"(?i)(?:\s+(?:voort|verder|fort|weiter|graag|gern|gerne))+$", "", phrase)
    phrase = cre.sub(r"(?i)(?:\s+(?:soon|sometime|some time|again|one day|bientôt|prochainement|bald|mal|pronto|presto|em breve|binnenkort|snel))+$", "", phrase)
    phrase = cre.sub(_JUDGED_AFTER, "", phrase)
    cut = cre.search(_TALK_SETTING, fold(phrase)) if len(fold(phrase)) == len(phrase) else None
    if cut:
        phrase = phrase[:cut.start()].rstrip(" ,;:")
    if not phrase or len(phrase.split()) < 2 or len(phrase) > 60 or not _no_pronoun(cre.sub(_OUR_LEADS, r"\1", fold(phrase)), lang):
        return ""
    rx_for, repl = _FOLLOWUP_FOR.get(lang, (None, ""))
    return rx_for.sub(repl, phrase, count=1) if rx_for else phrase


def _overlapping(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, each start tried: "you at the Bath meetup. Tom Reed suggested" fails on "you" and then finds "Tom Reed"."""
    out, pos = [], 0
    while (m := rx.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


#: The first word of an organisation's name (folded): never a referrer's first name.
_ORG_HEADS = (r"^(?:camara|chambre|chamber|camera|kammer|ihk|kamer|cci|cciaa|association|asociacion|associazione|associacao|vereniging|verband|verein"
              r"|universite|university|universidad|universita|universidade|universiteit|universitat|ecole|school|escuela|scuola|escola|hochschule|hogeschool"
              r"|agence|agency|agencia|agenzia|agentur|bureau|groupe|group|grupo|gruppo|federation|federacion|federazione|federacao|club|cluster|institut\w*"
              r"|instituto|istituto|fondation|foundation|fundacion|fondazione|fundacao|stiftung|stichting|ministere|ministerio|ministero|ministerie|region|regione|gemeente|mairie|ayuntamiento|comune|prefeitura|camera|consorzio|netzwerk|reseau|network|red|rete|rede|netwerk)$")


#: A training, course or talk followed by "via" / "through" / "tramite": what comes next organised it (folded, the text
#: just before the name).
_ATTENDED_VIA = (r"\b(?:trainings?|formations?|cours|courses?|workshops?|webinars?|webinaires?|ateliers?|schulung\w*|seminar\w*|kurs\w*|cursos?"
                 r"|taller\w*|corsi|corso|formazion\w*|treinamentos?|formacao|formacion|cursus\w*|opleiding\w*|masterclass\w*|lezion\w*|lessen"
                 r"|lectures?|modul\w*|bootcamp|webinario|sessions?|sessie)\b[^.!?\n]{0,50}\b(?:via|through|tramite|a traves de|atraves de|uber|bei"
                 r"|chez|presso|bij|par l'intermediaire d[e'])\s+(?:(?:the|la|le|l'|de|het|die|der|den|el|il|a|o)\s+)?$")


#: The sender's own promise to send something (folded): a first person sending, never a question ("may I send you…").
_PROMISE_VERB = (r"\b(?:(?:happy|glad|more than happy) to (?:share|send|forward|pass on|pass along)|i can (?:send|share|forward)"
                 # "je peux vous envoyer l'étude de cas", "te puedo pasar el caso", "posso enviar-lhe", "posso mandarti": an offer, no question mark
                 r"|je (?:peux|pourrais) (?:te|vous) (?:l'|les )?(?:envoyer|transmettre|partager|passer)|(?:te|le) (?:puedo|podria) (?:pasar|mandar|enviar)|puedo (?:pasarte|mandarte|enviarte)"
                 r"|posso (?:te |lhe )?(?:mandar|enviar|passar)(?:-te|-lhe)?|posso (?:mandarti|inviarti|girarti|passarti)"
                 r"|i'?ll (?:send|share|forward|dm|pass|email)|i will (?:send|share|forward|pass|email)|i'?m sending|i'?ll get you|as promised,? (?:here|i)"
                 r"|je (?:t'|vous )(?:envoie|enverrai|transmets|transmettrai|partage|fais suivre|ferai suivre|passe|passerai)|je (?:te|vous) (?:l'|les )?(?:envoie|enverrai|transmets|partage|passe)"
                 r"|(?:te|le|os) (?:mando|envio|paso|enviare|mandare|pasare|lo mando|la mando|lo paso|la paso)\b|(?:te|le) (?:lo|la|los|las) (?:mando|envio|paso)"
                 r"|ti (?:mando|invio|giro|passo|mandero|inviero|girero)|le (?:mando|invio|giro|passo|mandero|inviero)|(?:mandarti|inviarti|girarti|mandarle|inviarle|girarle)\b"
                 r"|(?:ich )?(?:schicke|sende|schick|leite) (?:ich )?(?:dir|ihnen|euch)|(?:schicke|sende|schick) (?:ich )?(?:dir|ihnen) |dir (?:gleich )?(?:schicken|senden|weiterleiten)|ihnen (?:gerne? )?(?:schicken|senden|zukommen lassen)"
                 r"|(?:ik )?(?:stuur|mail|app|deel) (?:ik )?(?:je|jou|u)\b|je (?:nog )?(?:sturen|mailen|doorsturen)|u (?:nog )?(?:sturen|toesturen|mailen)"
                 r"|(?:vou|vamos) (?:te |lhe )?(?:mandar|enviar|passar)|te (?:mando|envio|passo)|lhe (?:mando|envio|passo)|(?:mandar|enviar|passar)-(?:te|lhe)"
                 r"|(?:prometi|promised|promis|promesso|versprochen|beloofd)\b[^.!?]{0,40}?\b(?:send|envoyer|mandarte|enviarte|mandarti|schicken|sturen|mandar|enviar|passar))")
_PROMISED = (("contact", r"contacts?|contatos?|contactos?|contatti|contatto|kontakt\w*|contactgegevens|nummer|numero|number|coordonnees|e-?mail"),
             ("case_study", r"case ?stud(?:y|ies)|etude de cas|caso de estudio|caso (?:de )?estudo|caso studio|fallstudie|case-study"),
             ("slides", r"slides?|diapositivas|folien|deck|presentation|presentacion|presentazione|apresentacao|presentatie"),
             ("link", r"links?|liens?|enlaces?|url"),
             ("list", r"lists?|listes?|listas?|listen?|lijst(?:je)?"))


#: Something sent for her view (folded): "for your feedback", "pour avoir ton avis", "für dein Feedback", "para que me des tu opinión",
#: "per un tuo parere", "para teres a tua opinião", "voor je feedback"
_FOR_REVIEW = (r"\b(?:(?:for|get|have|hear) (?:your|some) (?:feedback|thoughts|input|opinion|take|eyes)|(?:so|that) you can (?:take a look|have a look|review)"
               r"|(?:pour|afin d')(?: avoir| recueillir| connaitre)? (?:ton|votre) (?:avis|retour|regard|feedback)|(?:pour|afin) que tu (?:y )?(?:jettes|regardes)|(?:pour|afin) que vous (?:y )?(?:jetiez|regardiez)"
               r"|f[uü]r (?:dein|ihr|euer) (?:feedback|urteil)|f[uü]r (?:deine|ihre) (?:meinung|einsch[aä]tzung|r[uü]ckmeldung)|(?:damit|dass) du (?:mal )?dr[uü]ber(?:schaust| schaust)"
               r"|para (?:que me (?:des|de|digas|diga|deis)|saber|tener|conocer) (?:tu|su) (?:opinion|feedback|valoracion)|para (?:tu|su) (?:opinion|feedback|valoracion)"
               r"|per (?:un|il) (?:tuo|suo) (?:parere|feedback)|per (?:avere|sentire) (?:il )?(?:tuo|suo) (?:parere|feedback)|(?:cosi|perche) (?:mi dici|mi dia) (?:cosa ne pensi|un parere)"
               r"|para (?:ter|teres|saber|ouvir) (?:a )?(?:tua|sua) (?:opiniao|avaliacao)|para (?:a )?(?:tua|sua) (?:opiniao|avaliacao)|para (?:voce|vc) (?:dar uma olhada|avaliar)"
               r"|voor (?:je|jouw|uw) (?:feedback|mening|input|blik)|(?:zodat|dan kan) (?:je|u) (?:er )?(?:even )?(?:naar kijk\w*|meekijk\w*))\b")
#: The connection request itself as the thing "sent" (folded): "as promised I'm sending you an invite", "je t'envoie une
#: demande de connexion", "schicke dir eine Kontaktanfrage", "stuur ik je een connectie verzoek", "te mando la solicitud".
_INVITE_SENT = (r"\b(?:(?:connection|contact|linkedin) ?(?:request|invite|invitation)|invite|invitation|demande (?:de )?(?:connexion|contact|mise en relation)"
                r"|(?:kontakt|vernetzungs|verbindungs)-?anfrage|einladung|vernetzung\w*|connecti[oe] ?-?verzoek|connectieverzoek|uitnodiging|verzoek"
                r"|solicitud(?: de (?:conexion|contacto|amistad))?|invitacion|richiesta (?:di )?(?:collegamento|contatto|connessione)|invito|collegamento"
                r"|pedido de (?:conexao|ligacao|contato|contacto)|convite|solicitacao de conexao)\b")


def _promised(folded: str) -> str:
    """What the sender promises to send: "I'll send you the contact of our dev" → "contact"; a question asks, never promises."""
    for m in _rx(_PROMISE_VERB).finditer(folded):
        clause_end = min((i for i in (folded.find(c, m.start()) for c in ".!?\n") if i >= 0), default=len(folded))
        if folded[clause_end:clause_end + 1] == "?":
            continue  # "can I send you my deck?": a question
        before = folded[max(0, m.start() - 25):m.start()]
        if _rx(_YOU_OFFERED).search(folded[max(0, m.start() - 40):m.end()]):
            continue  # "du hattest versprochen, mir deine Folien zu schicken": her promise recalled, never theirs
        if _rx(r"\b(?:can|may|could|shall|should|puis-je|puisse|posso|puedo|kann|darf|mag|kan|zal|se quiser|si quieres|si vous voulez|if you want|wenn du willst|se vuoi|als je wilt)\b").search(before):
            continue
        window = folded[m.start():clause_end]
        if _rx(_INVITE_SENT).search(window):
            continue  # "zoals beloofd stuur ik je een connectieverzoek": the invitation itself, nothing more is coming
        if _rx(_FOR_REVIEW).search(window):
            return "review"  # "I'll send over our landing page for your feedback": sent for her to look at
        for kind, rx in _PROMISED:
            if _rx(rf"\b(?:{rx})\b").search(window):
                return kind
        if _rx(r"\b(?:prometi|promised|promis|promesso|versprochen|beloofd|as promised|comme promis|como prometido|come promesso|wie versprochen|zoals beloofd)\b").search(folded):
            return "doc"
    return ""



def _offered_share(folded: str) -> bool:
    """Her own offer to send her slides or recording, recalled ("you offered to send me your slides"): the material asked for."""
    kinds = _SHARE_KIND[0][1] + "|" + _SHARE_KIND[1][1]
    return any(_first(kinds, folded[m.end():m.end() + 80].split(".")[0]) for m in _rx(_YOU_OFFERED).finditer(folded))

#: The sender's own colleague just before a name (folded): "my colleague", "mijn collega", "mein Kollege", "ma collègue",
#: "mi compañera", "il mio collega", "o meu colega", "een collega van mij".
_COLLEAGUE_BEFORE = (r"\b(?:(?:my|mijn|onze?|ma|mon|mes|nos|notre|mein\w*|unser\w*|mi|mis|nuestr[oa]s?|il mio|la mia|mio|mia|i miei|le mie|o meu|a minha|meu|minha)"
                     r"\s+(?:\w+\s+)?(?:colleagues?|coworkers?|co-workers?|collega\w*|collegue\w*|kolleg\w*|companer[oa]s?(?: de trabajo)?|colleg[ah]\w*|colega\w*)"
                     r"|a colleague of mine|een collega(?: van mij)?)\s+(?:\w+\s+){0,1}$")
#: Signs that the person named knows the owner or sent the sender to her (folded): then thanking them is right.
_KNOWS_OWNER = (r"\b(?:recommend\w*|recommand\w*|conseille\w*|aanbevolen|aangeraden|raadde|tipte|empfohlen|empfahl|geraten|recomend\w*|consigliat\w*"
                r"|suggest\w*|sugger\w*|sugeri\w*|vorgeschlagen|voorgesteld|worked with you|a travaille avec (?:toi|vous)|heeft met (?:je|jou|u) gewerkt"
                r"|mit (?:dir|ihnen) gearbeitet|trabajo contigo|ha lavorato con|trabalhou com|knows you|te connait|vous connait|kent (?:je|jou|u)|kennt (?:dich|sie)"
                r"|te conoce|ti conosce|te conhece|spoke highly|told me (?:about|to)|m'a parle de|hat mir von|heeft me over|me hablo de|mi ha parlato|me falou"
                # "said you could help", "m'a dit que vous", "zei dat je": the colleague vouches for her
                r"|said (?:that )?you|told me (?:that )?you|m'a dit que (?:tu|vous)|hat (?:mir )?gesagt|meinte,? (?:dass )?(?:du|sie)|zei dat (?:je|jij|u)"
                r"|me dijo que|mi ha detto che|me disse que"
                # "via mijn collega Pieter Jansen kreeg ik uw naam door": her name passed on is an introduction
                r"|kreeg ik (?:je|jouw|uw) naam|(?:je|jouw|uw) naam (?:door)?gekregen|gaf (?:me|mij) (?:je|jouw|uw) naam|gave me your name"
                r"|passed (?:on )?your name|(?:hat|gab) mir (?:deinen|ihren) namen|m'a (?:donne|transmis|passe) (?:ton|votre) nom"
                r"|me (?:dio|paso) (?:tu|su) nombre|mi ha (?:dato|passato) il (?:tuo|suo) nome|me (?:deu|passou) o (?:seu|teu) nome)\b")


def _own_colleague(original: str, folded: str, name: str) -> bool:
    """The referrer is the sender's own colleague who only pointed the way: "via mijn collega Pieter Janssen kwam ik bij
    uw profiel terecht" (never "thanks to Pieter for the introduction"); one who recommended her stays a referrer."""
    at = original.find(name)
    if at < 0 or not _rx(_COLLEAGUE_BEFORE).search(folded[max(0, at - 60):at]):
        return False
    # "who took your Meta ads workshop": the colleague was her trainee
    return not (_rx(_KNOWS_OWNER).search(folded) or _rx(_TAKEN_COURSE).search(folded)
                or _rx(r"\b" + _OWNER_POSS + r"\s+(?:[\w-]+\s+){0,3}" + _COURSE_NOUN + r"\b").search(folded))


#: Words that present a name ("C'est Sophie qui…", "It's Tom who…", "Es war Anna, die…", "Fue Pablo quien…", "È stata Giulia
#: a…", "Foi a Ana que…", "Het was Pieter die…") (folded): never the first word of a referrer's name.
_PRESENTATIVES = frozenset({"c'est", "c'etait", "voici", "voila", "it's", "it", "was", "es", "war", "ist", "fue", "era", "foi", "e", "stata", "stato",
                            "het", "dat", "this", "ce", "fut", "ha", "sido"})


#: The sender speaking of herself ("I'd", "Ich"): never a name to thank.
_SELF_WORDS = frozenset({"i", "i'd", "i'm", "i've", "i'll", "je", "j'ai", "ich", "ik", "yo", "io", "eu"})
#: Subject pronouns (folded) that open a sentence and so are capitalised, never a person's name: "Jij vertelde", "Du hast",
#: "You told", "Tu m'avais", "Sie haben", "Lei mi", "Você me", "Vous", "Wij", "We", "Nous", "Wir", "Noi", "Nosotros".
_SUBJECTS = frozenset({"jij", "je", "u", "zij", "hij", "wij", "we", "du", "sie", "er", "wir", "ihr", "you", "she", "he", "they", "tu", "vous",
                       "elle", "nous", "ils", "elles", "lei", "lui", "noi", "voi", "loro", "tú", "usted", "ella", "él",
                       "nosotros", "nosotras", "ustedes", "ellos", "voce", "você", "vc", "ela", "ele", "nos", "eles", "elas",
                       # "Hoe bevalt Lyon?", "Wie gefällt dir Lyon?", "How's Lyon?": a question word opening a sentence, never a referrer
                       "hoe", "wat", "wie", "was", "how", "how's", "what", "comment", "come", "como", "cómo", "qué", "que"})


#: Possessives that open a thing, never a person's name ("Ihr Profil", "Votre article", "Your newsletter", "Tu perfil").
_POSSESSIVES = frozenset({"ihr", "ihre", "ihren", "ihrem", "dein", "deine", "deinen", "your", "votre", "vos", "ton", "ta", "tes", "tu", "tus",
                          "su", "sus", "il", "la", "seu", "sua", "teu", "tua", "uw", "jouw", "je", "mein", "meine", "my", "mon", "ma", "mi", "mio"})


#: Titles written before a person's name (folded, without their dots or ordinal marks): "Sr.", "Dra.", "Eng.º", "Ing.",
#: "Dott.ssa", "Prof.ª", "Arq.", "Lic.", "Avv.", "Mag.": never the referrer's name itself.
_NAME_TITLES = frozenset("sr sra srta dr dra mr mrs ms mme m sig sigra dott dottssa dhr mevr prof profa eng enga ing arq arqa lic avv mag ir drs".split())


#: Someone's post, article or comment where the sender found her (folded, just before the name): "via de post van", "über den
#: Post von", "through a post by", "sous le post de", "en la publicación de", "nel post di", "no post do": no introduction.
_POST_BY = (r"\b(?:posts?|beitrag|beitrags|artikel|article|articolo|articulo|artigo|publicacion|publicacao|publication|pubblicazione|bericht|video|reel"
            r"|carrousel|carousel|kommentar|commentaire|comentario|commento|reactie|comment|repost|partage|share|thread)"
            r"\s+(?:\w+\s+)?(?:van|von|de|di|by|of|from|da|do|del|dello|della|du|de la|des)\s+$")
#: The same, the post named after the person: "via Julien's post", "Juliens Post", "Julien's article".
_POST_OF_NAME = r"^(?:'s|\u2019s|s)?\s+(?:(?:latest|last|recent|new)\s+)?(?:post|beitrag|artikel|article|comment|kommentar|repost|share|video)\b"


#: A word of a referrer's name, without an elided article before it: "collègue d'Antoine Roche" → "Antoine", "dell'Anna" → "Anna".
#: After a name, the sender's own introduction ends (folded): "Thomas aus Wien hier.", "Tom from Leeds here!", "Marc ici,".
_SELF_HERE = (r"\s*(?:\([^)]*\)\s*)?(?:,?\s*(?:aus|from|de|da|do|van|uit|di|von)\s+[\w'-]+(?:\s+[\w'-]+)?\s+)?"
              r"(?:hier|here|ici|aqui|qui|speaking)\s*[.!,;:]")
_NAME_WORD = r"(?:\b(?:d|l|dell|dall|all|nell)['\u2019](?=[A-ZÀ-Ý]))?([\w'-]+)"


#: After a name that a verb seems to follow, "and" and a lowercase word (a pronoun: "et on", "and they", "und man", "y me",
#: "en ze"): the verb belongs to that other subject, so the name before it (often a town) introduced no one.
_AND_LOWER_SUBJECT = r"\s+(?:et|and|und|y|e|en|ed)\s+[a-zà-ÿ]"


#: A newspaper, magazine, podcast or show right before a name (folded): "de parte de la revista Emprendedores", "for the
#: magazine Forbes", "pour le magazine Maddyness", "im Auftrag der Zeitschrift t3n", "per la rivista Millionaire", "da revista
#: Exame", "namens het tijdschrift Sprout": the journalist's title, never a person who introduced them.
_PUBLICATION_BEFORE = (r"\b(?:revista|magazine|magazin|rivista|revue|journal|zeitschrift|zeitung|tijdschrift|krant|periodico|diario|giornale"
                       r"|quotidiano|jornal|podcast|emission|programa|programma|sendung|newsletter|blog|radio|tv|television|media|medio)"
                       r"\s+(?:[\w-]+\s+)?$")


#: A titled referrer's surname, then the organisation ("de heer Peeters van Unizo"); a given name first is the name ("Jan van Dijk").
_NL_SURNAME_OF_ORG = r"^([A-Z][\w'-]+) van (?:de |het |der )?[A-Z][\w&'-]*$"
#: A Dutch courtesy title right before a referrer's name: "via de heer Pieter Jansen", "van mevrouw Anna de Vries".
_NL_TITLE_BEFORE = r"(?i)(?<![\w'’])(de heer|dhr\.?|mevrouw|mevr\.?)\s+$"
#: A town's preposition just before a capitalised word (folded): "workshop a Lione", "atelier à Lyon", "taller en Lyon".
_PLACE_PREP_BEFORE = r"(?:^|\s)(?:a|à|in|en|em|at|no|na|nel|nella)\s+$"


#: A capitalised run of words (a person's name after a job title): "Head of Marketing Anna Schmidt".
_CAPITAL_RUN = r"[A-ZÀ-Ý][\w'-]+(?:\s+(?:of\s+|de\s+)?[A-ZÀ-Ý][\w'-]+)*"
#: A sentence's end: the person after a title is named in the same sentence.
_SENTENCE_END = r"[.!?]\s"


def _person_after_title(span: str) -> str:
    """The person named after a job title within the same sentence ("our Head of Marketing Anna Schmidt suggested"), never a
    town after a place preposition ("Diretor de Marketing de uma rede de academias em BH. A gente se falou" → "")."""
    end = cre.search(_SENTENCE_END, span)
    span = span[:end.start()] if end else span
    for x in cre.finditer(_CAPITAL_RUN, span):
        if _first(_PLACE_PREP_BEFORE, fold(span[max(0, x.start() - 8):x.start()])):
            continue  # "em BH", "in Berlin", "à Lyon": a place, never a person
        run = _after_job_title(x.group(0))
        if run:
            return run
    return ""


def _referrer(original: str, folded: str, lang: str) -> str:
    for pattern in _REFERRAL.get(lang, []) + (_REFERRAL["en"] if lang != "en" else []):
        pattern = cre.sub(r"(?<=[\s?])\(\?P<name>", _TITLE_OPT.replace("\\", "\\\\") + "(?P<name>", pattern)
        name_first = cre.match(r"(?:\(\?:o \|a \)\?)?\(\?P<name>", pattern) is not None
        for m in _overlapping(_rx(rf"(?:^|(?<=[\s,.;:!?(]))(?:{pattern})"), folded):
            a, b = m.span("name")
            if cre.match(_SELF_HERE, fold(original[b:m.end()])):
                continue  # "Thomas aus Wien hier. Anna Gruber meinte …": the sender introducing themself, never the referrer
            words = [(w.start(1) + a, w.end(1) + a) for w in cre.finditer(_NAME_WORD, original[a:b])]
            # Keep the capitalised words: "my colleague Tom" → "Tom"; "Priya Raman" stays whole.
            while words and not original[words[0][0]].isupper():
                words.pop(0)
            # "C'est Sophie Renard qui m'a conseillé", "It was Tom who…", "Fue Pablo quien…": the presentative is no part of the name
            while words and fold(original[words[0][0]:words[0][1]]).replace("\u2019", "'") in _PRESENTATIVES:
                words.pop(0)
                while words and not original[words[0][0]].isupper():
                    words.pop(0)
            kept: list[tuple[int, int]] = []
            for w in words:
                tok = original[w[0]:w[1]]
                if tok[:1].isupper() or (kept and fold(tok) in _PARTICLES):
                    kept.append(w)
                else:
                    break
            while kept and fold(original[kept[-1][0]:kept[-1][1]]) in _PARTICLES:
                kept.pop()
            if not kept:
                continue
            if _first(_PUBLICATION_BEFORE, folded[max(0, kept[0][0] - 40):kept[0][0]]):
                continue  # "de parte de la revista Emprendedores", "for the magazine Marketing Week": a journalist's title, no introduction
            if name_first and _first(_PLACE_PREP_BEFORE, folded[max(0, kept[0][0] - 8):kept[0][0]]):
                continue  # "Sarah Meier del nostro workshop a Lione mi ha detto": the workshop's town, never the referrer
            if name_first and cre.match(_AND_LOWER_SUBJECT, original[kept[-1][1]:b]):
                continue  # "un garage à Vénissieux et on m'a dit que…": the verb is another subject's ("on"), the place no referrer
            if _first(_TOPIC_BEFORE, folded[max(0, kept[0][0] - 30):kept[0][0]]) and not original[kept[-1][1]:].startswith(("'s", "’s")):
                continue  # "l'ultimo numero sui Reels mi ha dato…": a topic; "on Maria's advice" keeps Maria
            if _first(_ATTENDED_VIA, folded[max(0, kept[0][0] - 80):kept[0][0]]):
                continue  # "jouw training Google Analytics 4 via Unizo": where she attended a training, never who introduced her
            if _first(_POST_BY, folded[max(0, kept[0][0] - 40):kept[0][0]]) or _first(_POST_OF_NAME, fold(original[kept[-1][1]:kept[-1][1] + 20])):
                continue  # "via de post van Julien Moreau", "über den Post von Julien", "via Julien's post": found her there, no introduction
            name = original[kept[0][0]:kept[-1][1]]
            if fold(original[kept[0][0]:kept[0][1]]) in _POSSESSIVES:
                continue  # "Ihr Profil hat mich angesprochen", "Your post caught my eye": her own page, never a person who sent them
            before = cre.search(r"([\w']+)\s+$", original[max(0, kept[0][0] - 20):kept[0][0]])
            if before and fold(before.group(1)) in _POSSESSIVES and not any(name_gender(w, lang) for w in name.split()):
                continue  # "Dein Input zu Evergreen-Content hat mich inspiriert": her input, a thing of hers, never a person who sent them
            name = _after_job_title(name)
            if not name:  # "our Head of Marketing Anna Schmidt suggested": the person after the title
                run = _person_after_title(original[kept[0][0]:m.end()])
                if not run:
                    continue
                name = run
            if fold(name) in _NAME_TITLES:
                # "por indicação do Sr. Pierre Marchand", "do Eng.º Rui Tavares", "el Ing. Carlos Ruiz": the person after
                # the title (its ordinal mark and dots too), never "Sr" or "Eng"
                after = cre.match(r"\.?[ºª°]?\.?\s+([A-ZÀ-Ý][\w'-]+(?:\s+(?:de |da |van |von |di |le |la )?[A-ZÀ-Ý][\w'-]+){0,2})", original[kept[0][1]:])
                if not after:
                    continue
                title = _KEPT_TITLES.get(lang, {}).get(fold(name))
                name = f"{title} {after.group(1)}" if title else after.group(1)  # "merci à M. Olivier Garnier"
            # "Ortega de la Cámara de Comercio": the person, not the place they work at
            name = cre.split(r"\s(?:de la|del|de|da|do|von der|von|van de|van|di)\s+(?=(?:C[aáâ]mara|Chambre|Kammer|Camera|Kamer|IHK|CCI|KvK|Universi|Agenc|[ÉE]cole|Escuela|Scuola|Escola|Hochschule|Groupe|Grupo|Gruppo)\b)", name)[0]
            if fold(name.split()[0]).replace("\u2019", "'") in _SUBJECTS:
                continue  # "Jij vertelde over die klant", "Du hast mir erzählt", "You told me about…": the owner herself, never a referrer
            if fold(name.split()[0]).replace("\u2019", "'") in _SELF_WORDS:
                continue  # "I run marketing at a SaaS company and I'd love…": the sender, never a referrer
            if _rx(_ORG_HEADS).match(fold(name.split()[0])):
                continue  # "de parte de la Cámara de Comercio", "per conto della Camera di Commercio": an organisation, not a person to thank
            if fold(name) in _NOT_NAMES or fold(name.split()[0]) in _NOT_NAMES or len(name) < 2 \
                    or any(fold(w) in _TOOLS for w in name.split()) or fold(" ".join(name.split()[:2])) in _TOOLS:
                continue
            if not _person_shape(name, original[:kept[0][0]]):
                continue
            if lang == "de" and len(name.split()) == 1 and not name_gender(name, lang) \
                    and not cre.search(r"(?:Herr|Herrn|Frau|Dr\.?)\s+$", original[:original.find(name, kept[0][0])]):
                continue  # "die Budgetverteilung bei Meta Ads hat mir geholfen": a German noun alone is no person's name
            end = original.find(name, kept[0][0]) + len(name)
            particle = cre.search(r"\s(?:von der|von|van de|van|di|de|del|da|do)\s", name)
            more = cre.match(r"[ \t]+([A-ZÀ-Ý][\w&'-]+)(?=[ \t]*(?:[,.;:!?)]|[ \t][a-zà-ÿ]))", original[end:])
            if particle and cre.match(r"[ \t]+[A-ZÀ-Ý]", original[end:]) and len(name[:particle.start()].split()) >= 2:
                # "Marieke Jansen van Frankrijk | Ondernemen": the organisation goes on; whole when it ends there, else the person only
                name = name + " " + more.group(1) if more and lang != "de" else name[:particle.start()]
            elif _cut_inside(original, end):
                # "Sara Lombardi del Club | delle Imprenditrici di Lione": the person, without the organisation cut in its middle
                name = cre.split(r"\s(?:de la|del|de|da|do|von der|von|van de|van|di|du|des)\s", name)[0]
                if len(name.split()) < 1 or fold(name) in _NOT_NAMES:
                    continue
            tail = cre.match(r"\s+(?:de|van der|van den|ter|ten)\s+[A-Z][\w'-]+(?=\s+[a-z])", original[original.find(name, kept[0][0]) + len(name):])
            if lang == "nl" and len(name.split()) == 1 and tail:
                name += tail.group(0)  # "onze salesmanager Daan de Wit raadde me aan"
            said = cre.search(r"(?i)(?<![\w'’])(m|mme|mlle|mr|mrs|ms|dr|monsieur|madame)\.?\s+$", original[:original.find(name, kept[0][0])])
            kept_title = _KEPT_TITLES.get(lang, {}).get(fold(said.group(1))) if said else None
            if kept_title and not name.startswith(kept_title):
                name = f"{kept_title} {name}"  # "sur recommandation de M. Olivier Garnier", "Ms. Jones suggested"
            heer = cre.search(_NL_TITLE_BEFORE, original[:original.find(name, kept[0][0])]) if lang == "nl" else None
            org = cre.match(_NL_SURNAME_OF_ORG, name) if heer else None
            if org and fold(org.group(1)) not in _NAMES_M and fold(org.group(1)) not in _NAMES_F:
                name = org.group(1)  # "via de heer Peeters van Unizo": Mr Peeters of Unizo, never "de heer Van Unizo"
            if heer and not fold(name).startswith(("de heer", "mevrouw", "meneer")):
                # "via de heer Pieter Jansen": the title kept, so that formal Dutch thanks "de heer Jansen", never "Pieter Jansen"
                name = f"{'mevrouw' if fold(heer.group(1)).startswith('mev') else 'de heer'} {name}"
            return name
    return ""


#: Someone who calls themself a reader, subscriber or follower of the owner's work (folded): "sou leitor da sua newsletter",
#: "je suis abonnée à ta newsletter", "I'm a subscriber", "ich bin Leserin deines Newsletters", "soy suscriptora".
_READER = (r"(?:sou|je suis|soy|sono|ich bin|ik ben|i'?m|i am) (?:(?:um|uma|un|une|una|ein|eine|een|a|an|fiel|fidele|fedele|trouwe|grande"
           r"|assidu[oa]?e?|regular|avid|big|huge|devoted|loyal|treue[r]?|fleissige[r]?|vaste)\s+){0,2}"
           r"(?:leitor|leitora|lecteur|lectrice|lector|lectora|lettore|lettrice|leser|leserin|lezer|lezeres|reader|abonne|abonnee"
           r"|subscriber|suscriptor|suscriptora|iscritto|iscritta|assinante|abonnent|abonnentin|seguidor|seguidora)")
#: A long-time or regular reader, listener or follower (folded).
_REGULAR = (r"\b(?:depuis (?:des|plusieurs|quelques|\d+) (?:mois|ans|annees|semaines)|depuis (?:longtemps|un moment|un bail|le debut)"
            # a weekday reader: "tous les mardis", "every Tuesday", "jeden Dienstag", "todos los martes", "ogni martedì", "elke dinsdag", "todas as terças"
            r"|tous les (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s|chaque (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
            r"|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
            r"|todos los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)|ogni (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
            r"|elke (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|todas as (?:segundas|tercas|quartas|quintas|sextas)|todos os (?:sabados|domingos)"
            r"|chaque (?:semaine|mois|numero)|toutes les semaines|regulierement|fidelement|for (?:a while|months|years|ages|a long time|some time)"
            r"|every (?:week|month|issue)|each week|regularly|religiously|since (?:the start|day one)|(?:seit|schon seit) (?:monaten|jahren|langem|einiger zeit|wochen|\d+ (?:monaten|jahren))"
            r"|jede woche|jeden monat|regelmassig|desde hace (?:meses|anos|tiempo|mucho|un tiempo|\d+ (?:meses|anos))|hace (?:meses|anos|tiempo) que|cada semana|todas las semanas"
            r"|da (?:mesi|anni|tempo|un po'?|parecchio|\d+ (?:mesi|anni))|ogni settimana|regolarmente|(?:ha|faz|fazem) (?:uns |alguns )?(?:meses|anos|algum tempo|tempo|\d+ (?:meses|anos))"
            r"|depuis (?:un|une) (?:an|annee|moment)|tous les mois|for (?:a few|the past|the last|several|many) (?:weeks|months|years)|every (?:single )?(?:week|month)"
            r"|seit (?:ein paar|einigen|vielen|mehreren|uber einem|einem) (?:monaten|jahren|wochen|jahr|monat)|desde hace (?:unos|algunos|varios) (?:meses|anos)"
            r"|cada mes|todos los meses|ogni mese|da (?:qualche|alcuni|diversi|un paio di) (?:mese|mesi|anni)|todo mes|todos os meses|todo o mes"
            r"|(?:ha|faz) (?:uns|alguns|varios) (?:meses|anos)|(?:al|sinds) (?:een paar|enkele) (?:maanden|jaar|weken)|elke maand|iedere maand"
            r"|toda semana|todas as semanas|sempre leio|" + _READER + r"|(?:al|sinds) (?:maanden|jaren|een tijd(?:je)?|lange tijd|geruime tijd|\d+ (?:maanden|jaar))|elke week|iedere week|trouw"
            # a year of it: "ik lees al een jaar je nieuwsbrief", "for a year now", "desde hace un año", "da un anno", "há um ano"
            r"|(?:al|sinds) (?:een|ruim een|meer dan een|een half) jaar|for (?:a|about a|over a|more than a) year|desde hace (?:un|mas de un) ano"
            r"|da (?:un|oltre un|piu di un) anno|(?:ha|faz) (?:um|mais de um) ano"
            # read with pleasure, in the present: "Ik lees met veel plezier uw nieuwsbrief", "ich lese Ihren Newsletter sehr gern"
            r"|met (?:veel |groot )?plezier|(?:ik )?lees (?:altijd |steeds )?graag|lese (?:immer |sehr )?gerne?|avec (?:grand |beaucoup de )?plaisir|con (?:mucho )?gusto"
            r"|con (?:molto |grande )?piacere|com (?:muito )?gosto|always enjoy|(?:really )?enjoy reading|love reading)\b")


_YOUR = (r"(?:your|ton|tes|vos|votre|tu|tus|su|sus|tuo|tuoi|tua|tue|seu|seus|teu|teus|sua|suas|je|jouw|uw|dein\w*|ihr\w*"
         r"|i tuoi|il tuo|i suoi|il suo|o teu|os teus|o seu|os seus|a tua|as tuas|a sua|as suas)")
_OWN_CONTENT = (r"(?:content|contents|contenu|contenus|contenido|contenidos|contenut[oi]|conteudo|conteudos|inhalte?|posts?|publications?|publicaciones"
                r"|publicacoes|beitrage|berichten|videos?|travail|trabajo|lavoro|trabalho|werk|arbeit)")
#: A compliment on the owner's content in general (folded): "love your content", "complimenti per i tuoi contenuti", "ik vind je posts super".
_FAN = (rf"\b(?:(?:love|loving|enjoy|adore|j'adore|j'aime|adoro|me encanta|me encantan|me gusta|me gustan|mi piace|mi piacciono|amo|gosto muito d[eo]s?|ich liebe|ich mag)"
        rf"\b[^.!?]{{0,20}}\b{_YOUR} {_OWN_CONTENT}"
        rf"|(?:complimenti|bravo|bravissim\w|felicidades|felicitaciones|enhorabuena|parabens|congrats|congratulations|kudos|chapeau|bravo) (?:per|pour|por|pelo|pelos|for|on|voor|fur|zu) (?:les |los |las |the )?{_YOUR} {_OWN_CONTENT}"
        rf"|{_YOUR} {_OWN_CONTENT} (?:is|are|es|son|e|sono|est|sont|ist|sind|zijn|sao|e) (?:\w+ )?(?:great|amazing|awesome|super|genial\w*|top|excellent\w*|ottim\w|fantasti\w+|geweldig|toll|incre\w+|incrivel|inspir\w+|brillant\w*|brilliant|fantastisch|gaaf|fijn|top|ouro|oro|gold|goud|preziosi\w*|valios\w*|precios\w*|wertvoll\w*|waardevol|utilissim\w*|super ?utile?s?|tres utiles?|muy utiles?)"
        # "ik volg je graag om van je te leren", "happy to follow you to learn from you", "je vous suis avec plaisir pour apprendre de
        # vous", "te sigo para aprender de ti", "ti seguo volentieri per imparare da te", "ich folge dir gern, um von dir zu lernen"
        r"|(?:follow(?:ing)? you|volg (?:je|jou|u)|vous suis|te suis|te sigo|la sigo|le sigo|ti seguo|la seguo|sigo-te|sigo-a|sigo voce|folge (?:dir|ihnen))"
        r"\b[^.!?]{0,20}?\b(?:to learn|om (?:\w+ ){0,3}te leren|pour (?:\w+ )?apprendre|para (?:\w+ )?aprender|per (?:\w+ )?imparare|um (?:\w+ ){0,3}zu lernen))\b")
#: ... and a long time at that (folded): years, "longtemps", "since day one"; not "a few months", "een tijdje", "a while".
_REGULAR_LONG = (r"\b(?:(?<!few )(?<!couple of )months|(?<!quelques )(?<!plusieurs )(?:des )?mois(?! seulement)|(?<!paar )(?<!einigen )monaten|(?<!een paar )(?<!enkele )maanden"
                 r"|(?<!unos )(?<!algunos )meses|(?<!qualche )(?<!alcuni )mesi|years|ages|a long time|since (?:the start|day one)|(?:des|plusieurs|\d+) ans|longtemps|un bail|le debut|jahren|langem|lange tijd|geruime tijd|jaren|\d+ jaar"
                 r"|anos|mucho(?: tiempo)?|tanto tiempo|anni|parecchio|tanto tempo|imenso tempo)\b")


#: Reading, following or listening (folded): the verb a regular reader's "for months" goes with.
_FOLLOW_VERB = (r"\b(?:read(?:s|ing)?|follow(?:s|ing|ed)?|listen(?:s|ing|ed)?|watch(?:es|ing|ed)?|subscri\w*|lis|lit|lisais|lire|suis|suit|suivre|suivais|ecoute\w*|abonne\w*|leo|leyendo|leia|sigo|siguiendo"
                r"|escucho|veo|suscri\w*|leggo|seguo|seguendo|ascolto|iscritt\w*|lese|lesen|verfolge\w*|folge|hore|horen|abonniert|lees|lezen|volg(?:t|en|de)?|luister\w*|kijk"
                r"|leio|lendo|acompanho|acompanhando|assisto|ouco|ouvindo|sempre leio)\b|" + _READER)


def _regular_reader(folded: str, work: str) -> bool:
    """Does a regular marker go with reading or following the owner's work ("je lis ta newsletter depuis des mois")? Not one about
    something else in another clause ("we've been obsessing over likes for years 😅 Would love to follow your work").

    >>> _regular_reader("your post on vanity metrics hit home. we've obsessed over likes for years 😅 would love to follow you", "post")
    False
    >>> _regular_reader("i've been reading your newsletter for months", "newsletter"), _regular_reader("seit monaten lese ich deinen newsletter", "newsletter")
    (True, True)
    """
    media = _MEDIA.get(work, "")
    for m in _rx(_REGULAR).finditer(folded):
        start = max([0] + [x.end() for x in _rx(r"[.!?;\n]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\b(?:but|mais|pero|ma|aber|maar|mas)\b").finditer(folded, 0, m.start())])
        end = _rx(r"[.!?;\n]|[\U0001F300-\U0001FAFF\u2600-\u27BF]").search(folded, m.end())
        clause = folded[start:end.start() if end else len(folded)]
        if _rx(_FOLLOW_VERB).search(clause) or (media and _rx(rf"\b(?:{media})\b").search(clause)) or _rx(r"\b(?:trouw|fidele|fiel|fedele)\b").search(clause):
            return True
    return False


def _drop_regular(topic: str) -> str:
    """A topic without its "for a while" tail: "on content strategy for a while" → "on content strategy"."""
    m = cre.search(_REGULAR, fold(topic))
    if m and len(fold(topic)) == len(topic):
        return topic[:m.start()].rstrip(" ,")
    return topic


_ROLES = {
    "internship": r"stages?|stagiaire|internships?|intern|placement|praktik\w*|pflichtpraktik\w*|praxissemester|practicas|beca|becari[oa]|tirocinio|tirocinante|estagio|estagiari[oa]|stageplek|afstudeerstage|meeloopstage|stageplaats|stage",
    "apprenticeship": r"alternance|alternants?|alternantes?|apprentissage|apprenti(?:e|s|es)?|azubis?|aprendices|apprendista|contrat pro|contrat de professionnalisation|apprenticeship|work-study|ausbildung\w*|duales? studium|fp dual|formacion dual|apprendistato|jovem aprendiz|aprendiz|leerbaan|bbl-traject",
    "working_student": r"werkstudent\w*|working student|job etudiant|studentenjob",
    "first_job": r"premier (?:emploi|poste|job|cdi)|first (?:junior )?(?:job|role|position)|entry-level (?:role|job|position)|primeira vaga|primer puesto|primo posto|eerste (?:vaste )?functie|berufseinstieg|einstiegs\w+|erste (?:stelle|festanstellung)|primer (?:empleo|trabajo)|primo (?:impiego|lavoro)|primeiro emprego|primeira oportunidade|eerste baan|startersfunctie",
    "side_job": r"bijbaan|nebenjob|minijob|part-time (?:job|role)|job d'appoint|trabajo a tiempo parcial|lavoretto|bico",
    "freelance": r"missions? freelance|missions?|freelance (?:work|missions?|projects?|gigs?)|auftrage|freelance-projekte|proyectos freelance|progetti freelance|projetos freelance|freelance opdrachten|opdrachten|klussen",
    "job": r"cdi|cdd|poste|emploi|job|travail|role|position|positions|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle|anstellung|puesto|empleo|trabajo|posizione|lavoro|impiego|vaga|emprego|trabalho|baan|functie|werk|opportunit\w*|oportunidad\w*|opportunita|oportunidade\w*|kans"
           # "auf der Suche nach einer neuen Herausforderung als SEO-Manager": the job seeker's stock phrase for a new job
           r"|neuen? herausforderung\w*|new challenges?|nouveaux? defis?|nuevos? (?:retos?|desafios?)|nuov[ae] sfid[ae]|novos? desafios?|nieuwe uitdaging\w*"
           # "estou buscando recolocação", "busco recolocarme", "cerco una ricollocazione": a new job after the last one
           r"|recolocacao|recolocar(?:-me|me|-se)?|recolocacion|ricollocazione|ricollocarmi"
           # "looking for work in online marketing", "auf der Suche nach Arbeit": the bare noun right after the search verb
           r"|(?<=looking for )work|(?<=searching for )work|(?<=seeking )work|(?<=suche )arbeit|(?<=nach )arbeit",
}
_SEEK = {
    "fr": r"(?:re)?cherche\w*|en recherche|a la recherche|vise|souhaite (?:trouver|decrocher)|candidat\w*|postuler",
    "en": r"looking for|seeking|searching for|hunting|apply(?:ing)?|open to|interested in",
    "de": r"suche|suchen|auf der suche|bewerbe|interessiere mich|offen fur",
    "es": r"busco|buscando|en busca|estoy buscando|abiert[oa] a|interesad[oa] en",
    "it": r"cerco|sto cercando|alla ricerca|in cerca|aperto a|aperta a|interessat[oa] a",
    "pt": r"procuro|busco|buscando|a procura|procurando|em busca|estou buscando|estou a procura|aberto a|aberta a",
    "nl": r"zoek|zoekende|op zoek|solliciteer|sta open voor|ben benieuwd naar",
}
_DOMAIN_PREPS = {
    "fr": r"en tant que|en|dans le|dans la|dans l'|dans les|dans un|dans une|chez|comme|au sein d'|au sein de|de",
    "en": r"in|as|at|within",
    "de": r"im|in der|in einem|in einer|als|bei|im bereich|fur",
    "es": r"en|de|como|dentro de",
    "it": r"in|nel|nella|nell'|nei|come|presso|di",
    "pt": r"em|na|no|nas|nos|como|de",
    "nl": r"in|als|bij|binnen|op het gebied van",
}


#: "lavoro nel marketing", "trabajo en una agencia", "trabalho com e-commerce", "ik werk bij", "je travaille": the verb
#: "I work", not the noun "a job" (folded; a window around the word).
_WORK_VERB = (r"(?:^|[^\w\s']\s*|\b(?:io|yo|eu|ik|e|y|ma|pero|mas|maar|en)\s+|^\W*)(?:lavoro|trabajo|trabalho|werk)\s+"
              # "en werk nu als growth marketeer", "trabajo ahora como", "lavoro ora come": my job now, none sought
              r"(?:(?:nu|momenteel|inmiddels|tegenwoordig|sinds kort|ahora|actualmente|ora|attualmente|adesso|agora|atualmente)\s+)?"
              r"(?:nel|nella|nell'|nei|negli|in|come|per|da|presso|con|en|como|para|con|em|na|no|nas|nos|com|bij|als|voor|aan|sinds|al|allo)\b")

#: "werk je met een vast testbudget per week of per campagne?", "par semaine ou par campagne ?" (folded): how she does it, one
#: way or the other, never a yes/no question on her services
_PER_OR_PER = (r"\b(?:per|par|pro|por|al|au|je|a) (?:\w+ )?\w+ (?:or|ou|oder|o|of) (?:per|par|pro|por|al|au|je|a) (?:\w+ )?\w+")
#: Her work named by a second-person possessive (folded, ending on the job noun): "tu trabajo", "ton travail", "il tuo lavoro",
#: "seu trabalho", "je werk", "your work", "Ihre Arbeit".
#: "Werk je ook met klanten in België?", "werkt u met", "trabajas con", "lavori con", "trabalhas com" (folded): the verb asked of
#: her, never a job ("werk", "trabajo") the sender seeks
_WORK_ASKED = r"^(?:werk (?:je|jij)|werkt (?:u|jij|je))\b"
_YOUR_WORK = (r"\b(?:tu|tus|su|sus|vuestro|ton|votre|vos|tes|your|dein\w*|ihr\w*|tuo|tua|il tuo|vostro|suo|seu|teu|o seu|o teu|je|jouw|uw)"
              r"\s+(?:\w+\s+)?(?:trabajo|travail|work|lavoro|trabalho|werk|arbeit)$")

#: "Let's stay in touch", "bora manter contato", "restiamo in contatto", "on reste en contact": a warm goodbye, never a
#: meeting asked for (folded).
#: "possiamo collegarci?", "¿podemos conectar?", "on se connecte ?", "können wir uns vernetzen?" (folded): the LinkedIn
#: connection asked, not a meeting, unless a call or meeting word is in the note (_CONNECT_MEET).
_CONNECT_US = (r"\b(?:(?:podemos|can we|could we|shall we|on peut|pouvons-nous|pourrait-on|on pourrait|konnen wir|wollen wir|possiamo|potremmo|kunnen we"
               r"|zullen we|vamos|bora|on se|should we|ci possiamo|nos podemos|podriamos|poderiamos)\s+(?:\w+\s+)?"
               r"(?:collegarci|collegare|connetterci|conectarnos|conectar|nos conectar|conectar-nos|connect|connecter|se connecter|vernetzen|uns vernetzen|connecten|linken|ligar-nos)"
               # "Darf ich dich vernetzen?", "may I connect with you?": asking leave to connect is no question to answer
               r"|(?:darf ich|kann ich|may i|can i|puis-je|je peux|posso|puedo|mag ik|kan ik)\s+(?:\w+\s+){0,3}?"
               r"(?:vernetzen|connect|connecter|me connecter|collegarmi|conectar|conectarme|connecten|linken)"
               r"|colleghiamoci|connettiamoci|ci colleghiamo|ci connettiamo|nos conectamos|on se connecte|conectamos|conectemos|connectons-nous|vernetzen wir uns"
               # the bare one-word question closing a note ("… professionals uit de marketing. Connecten?")
               r"|(?:^|(?<=[.!,;:]\s)|(?<=[.!,;:]))connecten(?=\s*\?))\b")
_CONNECT_MEET = (r"\b(?:call|chiamata|videochiamata|telefonata|zoom|meet|teams|caffe|cafe|coffee|koffie|kaffee|llamada|videollamada|chamada|videochamada|ligacao"
                 r"|reunion|reuniao|riunione|incontro|incontrarci|vederci|meeting|appel|visio|telefonat|gesprach|gesprek|bellen|afspraak|rendez-vous|chat|charla|conversa"
                 r"|chiacchierata|skype|telefono|telefone|phone|per parlarne|pour en parler|to talk|um zu sprechen|om te praten|para hablar|para falar|per parlare)\b")
_KEEP_IN_TOUCH = (r"\b(?:let'?s|we should|(?:on )?(?:reste|restons|se tient|garde|gardons)|vamos|bora|sigamos|seguimos|restiamo|rimaniamo|teniamoci"
                  r"|lass(?:t)? uns|bleiben wir|laten we|blijven we|houden we)\s+(?:\w+\s+)?(?:stay|keep|manter|mantendo|ficar|en contacto|en contact"
                  r"|in contatto|in kontakt|in touch|in contact|contact|contato|contacto|mantenernos|manteniendo)\b(?:\s+(?:in touch|contato|contacto|em contato|en contacto|in contatto|in kontakt|in contact))?")

#: "vamos justos de tiempo", "vamos con prisa", "vamos bem": how "we" are doing, never "let's …" (a call to schedule) (folded).
_WE_ARE_GOING = (r"\bvamos\s+(?:(?:muy|bastante|un poco|algo|super|um pouco|meio)\s+)?(?:just[oa]s|cort[oa]s|apurad[oa]s|liad[oa]s"
                 r"|retrasad[oa]s|atrasad[oa]s|apertad[oa]s|a tope|con prisa|com pressa|mal|bien|bem|tarde|fatal)\b")


#: A move told in the clause before a date: "Me mudo a Lyon en septiembre", "I'm moving to Lyon in November" (folded).
#: A title that is a seniority word and a field only ("junior SEO", "senior paid social"), folded.
#: A domain that is only a capitalised name after "in" ("in Lyon", "in SEO"), which a field named before the role noun replaces.
_TOWN_DOMAIN = r"^in [A-Z][\w-]*$"
_SENIORITY_ONLY = r"^(?:junior|senior|entry-level) (?!(?:remote|paid|full|part|junior|senior)\b)[a-z][\w -]*$"

_MOVE_BEFORE = (r"\b(?:mud\w+|trasferi\w+|trasloc\w+|moving|move|moved|relocat\w+|demenag\w+|arriv\w*|emmenag\w+|installe\w*|zieh\w*|umzug\w*|umzieh\w*"
                r"|\w*gezogen|verhuis\w*|verhuiz\w*|vou morar|mudar|llego|llegue|cheg\w*|komme|came here|settled)\b[^.!?;:\n]*$")


#: The sender's own job: "minha primeira vaga", "mi primer empleo", "my first job", "mon premier poste" (folded).
_OWN_JOB = (r"\b(?:minha|meu|mi|mon|ma|my|mein\w*|mijn|mio|mia)\s+(?:\w+\s+)?(?:vaga|emprego|trabalho|job|poste|emploi|stage|trabajo|empleo"
            r"|lavoro|impiego|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle|baan|functie|role)\b"
            r"|\b(?:to|tou|estou|ando|estoy|sto|je|i'?m|i am|ich|ik ben)\s+(?:a\s+)?(?:buscando|procurando|procura de|a procura de|cercando|cherche|recherche|looking for|searching for|suche|op zoek naar)\s+(?:\w+\s+){0,2}$"
            r"|\b(?:procuro|busco|cerco|zoek)\s+(?:\w+\s+){0,2}$")
#: An opening the sender asks to hear of (folded, ending where the opening's word starts): "se senti di qualche posizione
#: aperta", "if you hear of any open roles", "si te enteras de alguna vacante", "als je hoort van een vacature": their own search.
_OPENING_HEARD = (r"\b(?:if you (?:hear|know) (?:of|about)|if you come across|if you see|si (?:tu entends|vous entendez) parler d'?|si (?:tu vois|vous voyez)"
                  r"|se (?:senti|sai|vedi|vieni a sapere) di|se (?:sente|sa|vede) di|si (?:sabes|te enteras|ves|oyes hablar) de|si (?:sabe|se entera) de"
                  r"|se (?:souberes|souber|ouvires|ouvir falar|vires) de|wenn du von|falls du von|wenn sie von|falls sie von"
                  r"|als (?:je|u) (?:hoort|weet) van|mocht (?:je|u) (?:horen|weten) van)\s+(?:\w+\s+){0,2}$")
#: Advice sought, not a job (folded): "je cherche des conseils pour créer mon portfolio", "looking for some tips on", "ich
#: suche Tipps für", "busco consejos para", "cerco consigli su", "procuro dicas para", "ik zoek tips voor": the seeking verb
#: bound to advice, never a job search.
_SEEK_ADVICE = (r"\b(?:(?:re)?cherche\w*|looking for|seeking|searching for|suche|suchen|busco|buscando|cerco|sto cercando|procuro|procurando|zoek)\s+"
                r"(?:(?:des|de|quelques|un|some|a few|any|ein paar|einige|algunos|algun|unos|qualche|alcuni|dei|degli|umas|algumas|uns|alguns|wat|een paar|enkele|een)\s+)?"
                r"(?:conseils?|avis|idees|exemples|pistes|advice|tips|ideas|examples|guidance|feedback|input|tipps?|ratschlag\w*|rat|anregungen|beispiele"
                r"|consejos?|ideas|ejemplos|orientacion|consigli|idee|esempi|suggerimenti|dicas|conselhos?|exemplos|orientacao|advies|raad|ideeen|voorbeelden)\b")
#: A job search named by its noun: "ich bin auf Jobsuche", "en recherche d'emploi", "werkzoekend" (folded).
_JOB_SEARCH = (r"\b(?:jobsuche|stellensuche|arbeitssuche|job ?search|job ?hunt\w*|recherche d'emploi|busqueda de empleo|ricerca di lavoro"
               r"|procura de emprego|werkzoekend|zoektocht naar (?:een )?(?:nieuwe )?baan)\b")


#: The last word of a job title that names a person (folded): "a social media manager role" is a role "as a social media
#: manager"; "a digital marketing role" names a field ("in digital marketing").
_PERSON_NOUN_END = (r"(?:manager|specialist|assistant|executive|consultant|strategist|writer|designer|developer|engineer|officer|director"
                    r"|coordinator|analyst|lead|head|marketer|copywriter|planner|buyer|associate|editor|producer|representative|rep"
                    r"|expert|advisor|adviser|trainer|owner|intern|buyer)s?$")


#: "ce genre de", "this kind of", "este tipo de", "questo tipo di", "dit soort", "diese Art von" (folded): the sender's work
#: described as a kind the owner may do, never a role or an engagement sought.
_KIND_OF = (r"\b(?:(?:ce|ces|cette|de ce|ce meme) (?:genre|type|style|sorte) d(?:e |')|(?:this|that|these|those|the) (?:kind|type|sort)s? of|(?:este|ese|esta|estos|esse|esses|este) (?:tipo|genero) de"
            r"|(?:questo|quel|questi) (?:tipo|genere) di|(?:dit|dat|deze|die) (?:soort|type)|(?:diese|solche|so eine|solch eine) (?:art (?:von )?)?)\s*")
#: The owner asked whether she does or offers a kind of work (folded, earlier in the sentence before "missions", "projects",
#: "Aufträge", "opdrachten"): "Vous faites aussi de l'accompagnement sur la durée ou seulement des", "do you do retainers or
#: only one-off", "¿haces también", "fai anche", "fazes", "machen Sie auch", "doe je ook": her way of working asked by a
#: client, never a freelance mission the sender is looking for.
#: People the sender seeks for the work named (folded): "op zoek naar Java developers voor diverse opdrachten", "je recherche
#: des développeurs pour plusieurs missions": a recruiter's assignments for others, never a freelance role the sender wants.
_PEOPLE_FOR_WORK = (r"\b(?:developers?|ontwikkelaars|programmeurs|developpeurs|devs|entwickler\w*|desarrolladores|programadores|sviluppatori"
                    r"|programmatori|engineers|ingenieurs|ingenieros|ingegneri|profielen|profiles|profils|perfiles|profili|perfis|kandidaten"
                    r"|candidates|candidats|candidatos|candidati|consultants|freelancers)\b[^.?!\n]{0,25}\b(?:voor|for|pour|fur|para|per)\b[^.?!\n]{0,25}$")

_YOU_DO_MISSIONS = (r"\b(?:(?:vous|tu) (?:\w+ )?(?:faites|fais|proposez|proposes|realisez|realises)|(?:faites|proposez|realisez)-vous|(?:fais|proposes)-tu"
                    r"|do you (?:\w+ )?(?:do|offer|work on|run)|(?:haces|hace|haceis|ofreces|ofrece|realizas|realiza)|(?:fai|fa|fate|offri|offre|offrite)"
                    r"|(?:fazes|faz|fazem|ofereces|oferece)|(?:machst du|machen sie|bietest du|bieten sie|ubernimmst du|ubernehmen sie)"
                    r"|(?:doe je|doet u|doe jij|bied je|biedt u))\b[^.!?]*$")
#: The owner asked whether she takes work on (folded, just before "missions", "Aufträge", "opdrachten"): "Vous prenez encore des",
#: "do you still take on", "Nimmst du noch", "¿Aceptas nuevos", "Accetti ancora", "Ainda aceitas", "Neem je nog": a client's
#: question on her availability, never a freelance mission the sender is looking for.
_YOU_TAKE = (r"\b(?:(?:vous|tu) (?:\w+ )?(?:prenez|prends|acceptez|acceptes)|(?:prenez|acceptez)-vous|(?:prends|acceptes)-tu"
             r"|(?:do|would|could|can) you (?:\w+ )?(?:take|taking|accept|accepting)(?: on)?|are you (?:\w+ )?(?:taking|accepting)(?: on)?"
             r"|(?:nimmst du|nehmen sie|ubernimmst du|ubernehmen sie)|(?:aceptas|acepta|aceptais|tomas|toma|coges)|(?:accetti|accetta|prendi|prende)"
             r"|(?:aceitas|aceita|pegas|pega)|(?:neem je|neemt u|neem jij|accepteer je|accepteert u))"
             r"(?:\s+(?:encore|toujours|actuellement|en ce moment|still|currently|new|any|more|noch|gerade|derzeit|neue|todavia|aun|nuevos|nuevas|ancora|nuovi|nuove"
             r"|ainda|novos|novas|nog|nieuwe|de nouvelles|des|de|d'|les|some|any|des nouvelles))*\s*$")

#: How long the search has lasted, never the job's length (folded, up to the period's end): "I've been job hunting for a
#: marketing role for 3 months", "cerco lavoro da 3 mesi" ("da" + a duration is "for … now" in Italian).
_SEARCH_SO_FAR = (r"(?:\bbeen\b[^.!?;\n]*\bfor|(?<![\w'])da) (?:\d+|two|three|four|five|six|twelve|due|tre|quattro|cinque|sei|dodici)"
                  r" (?:months?|weeks?|years?|mesi|settimane|anni)$")


def _search_so_far(original: str, folded: str, period: str) -> bool:
    """Does the period say how long the sender has been searching, not when or how long the job would be?

    >>> n = "I've been job hunting for a digital marketing role for 3 months after graduating."
    >>> _search_so_far(n, fold(n), "for 3 months"), _search_so_far("Looking for an internship for 3 months", "looking for an internship for 3 months", "for 3 months")
    (True, False)
    """
    at = original.find(period)
    return at >= 0 and _first(_SEARCH_SO_FAR, folded[max(0, at - 90):at + len(period)]) is not None


#: An English season the lead word "looking for a" left on the period ("for a summer", "for an autumn"): the role's season.
_SEASON_ROLE_EN = r"(?i)^for an? (summer|autumn|fall|spring|winter)$"


def _role(original: str, folded: str, lang: str) -> tuple[str, str, str]:
    """(role kind, domain, period) of a job seeker."""
    seek = _first(rf"\b(?:{_SEEK[lang]})\b", folded)
    kind, pos, at = "", -1, -1
    for key, rx in _ROLES.items():
        start = seek.end() if seek else 0
        m = _first(rf"\b(?:{rx})\b", folded, start)
        while m and key == "job" and seek is None and (_first(_WORK_VERB, folded[max(0, m.start() - 12):m.end() + 12])
                                                       or _first(_YOUR_WORK, folded[max(0, m.start() - 14):m.end()])):
            # "Lavoro nel marketing B2B", "ik werk bij": I work, no job sought; "me interesa tu trabajo en contenidos",
            # "j'aime ton travail", "je werk": HER work praised, never a job asked for
            m = _first(rf"\b(?:{rx})\b", folded, m.end())
        while m and key == "job" and _first(_WORK_ASKED, folded[m.start():m.end() + 6]):
            m = _first(rf"\b(?:{rx})\b", folded, m.end())  # "op zoek naar externe expertise … Werk je ook met klanten in België?": her work asked
        while m and key == "freelance" and _first(_KIND_OF + r"$", folded[max(0, m.start() - 30):m.start()]):
            m = _first(rf"\b(?:{rx})\b", folded, m.end())  # "on cherche un audit SEO. Tu fais ce type de mission ?": her service, no role
        while m and key == "freelance" and _first(_YOU_TAKE, folded[max(0, m.start() - 40):m.start()]):
            m = _first(rf"\b(?:{rx})\b", folded, m.end())  # "Vous prenez encore des missions ?": her availability asked, no role sought
        while m and key == "freelance" and _first(_YOU_DO_MISSIONS, folded[max(0, m.start() - 90):m.start()]):
            # "Vous faites aussi de l'accompagnement sur la durée ou seulement des missions ponctuelles ?": her way of working asked
            m = _first(rf"\b(?:{rx})\b", folded, m.end())
        while m and key == "freelance" and _first(_PEOPLE_FOR_WORK, folded[max(0, m.start() - 60):m.start()]):
            m = _first(rf"\b(?:{rx})\b", folded, m.end())  # "op zoek naar Java developers voor diverse opdrachten": others' work
        if m and (seek is None or m.start() - seek.end() <= 60) and (at < 0 or m.start() < at):
            kind, pos, at = key, m.end(), m.start()  # the earliest role named: "o primeiro emprego" is a first job
    if not kind:
        for key, rx in _ROLES.items():
            if key == "job":
                continue
            m = _first(rf"\b(?:{rx})\b", folded)
            while m and key == "freelance" and _first(_KIND_OF + r"$", folded[max(0, m.start() - 30):m.start()]):
                m = _first(rf"\b(?:{rx})\b", folded, m.end())  # "Tu fais ce genre de mission ?": her service asked about, no role sought
            while m and key == "freelance" and _first(_YOU_TAKE, folded[max(0, m.start() - 40):m.start()]):
                m = _first(rf"\b(?:{rx})\b", folded, m.end())
            while m and key == "freelance" and _first(_YOU_DO_MISSIONS, folded[max(0, m.start() - 90):m.start()]):
                m = _first(rf"\b(?:{rx})\b", folded, m.end())
            while m and key == "freelance" and _first(_PEOPLE_FOR_WORK, folded[max(0, m.start() - 60):m.start()]):
                m = _first(rf"\b(?:{rx})\b", folded, m.end())
            if m and (pos < 0 or m.start() < pos):
                kind, pos = key, m.end()
    if not kind and _first(_JOB_SEARCH, folded):
        kind, pos = "job", len(folded)
    if not kind:
        return "", "", ""
    domain = ""
    period = ""
    rest = pos
    for _ in range(3):  # up to three phrases after the role: "un stage de 6 mois en marketing à partir de mars"
        ws = cre.match(r"\s*", folded[rest:])
        at = rest + (ws.end() if ws else 0)
        pm = _rx(rf"(?:{_period_rx(lang)})\b").match(folded, at)
        if pm:
            if not period:
                period = original[pm.start():pm.end()]
            elif original.find(period) >= 0 and original[original.find(period) + len(period):pm.start()].strip() == "":
                period = original[original.find(period):pm.end()]  # "de 6 mois à partir de mars"
            rest = pm.end()
            continue
        dm = _rx(rf"(?:{_DOMAIN_PREPS[lang]})\s+").match(folded, at)
        if dm and not domain:
            # "en tant que chargé de marketing digital": a preposition of several words leaves the title its own six
            stops = r"despues|tras|apres|after|nach|dopo|depois|sinds|desde|since|depuis|seit" + ("|na" if lang == "nl" else "") \
                + ("|any" if lang == "en" else "")  # "job in digital marketing any opening in your company??": a new question starts
            if lang == "fr" and cre.match(r"en tant que\s", folded[at:]):
                tail = _phrase(original, folded, dm.end(), lang, 6, stop_extra=stops)
                phrase = original[at:dm.end()] + tail if tail else ""
            else:
                phrase = _phrase(original, folded, at, lang, 7, stop_extra=stops)
            # "een bijbaan als SEO-assistent naast mijn master": the phrase cut before "mijn" never ends on "naast"
            phrase = cre.sub(_DANGLING_END, "", phrase) if phrase else phrase
            if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 60 and len(phrase.split()) >= 2:
                domain = phrase
                rest = at + len(phrase)
                continue
        break
    if kind == "job" and lang == "en" and (not domain or _rx(_TOWN_DOMAIN).match(domain)):
        # "I'm looking for a remote social media manager role": the title comes before the role noun in English (and the
        # field it names wins over a town after it: "a junior SEO role in Lyon" is a role in SEO)
        tm = _first(r"\b(?:looking for|searching for|hunting for|applying for|seeking|after) an? ((?:[a-z][a-z-]* ){1,4}?)(?:role|job|position|opportunity)\b", folded)
        if tm and not _first(r"\b(?:new|first|full-time|part-time|good|great|suitable|permanent|the|my|your)\b", tm.group(1)):
            title = original[tm.start(1):tm.end(1)].strip()
            if _first(_PERSON_NOUN_END, fold(title)):
                domain = "as " + ("an " if tm.group(1)[:1] in "aeiou" else "a ") + title
            elif _first(_SENIORITY_ONLY, fold(title)) and not _first(_PERSON_NOUN_END, fold(title)):
                # "job hunting for a junior SEO role": the field after the seniority word ("a role in SEO")
                domain = "in " + title.split(" ", 1)[1]
            elif not _first(r"\b(?:remote|junior|senior|entry-level|paid|full|part)\b", fold(title)):
                # "a digital marketing role": a field, not a person ("a role in digital marketing", never "as a digital marketing")
                domain = "in " + title
    domain = cre.sub(_INCLUSIVE_END, "", domain)  # "de chargé(e) de marketing digital": the role said once, as a reply says it
    if domain and lang == "en":
        # "in digital marketing field", "in IT sector": a field named without its article is a slip a reply never copies;
        # the field alone says it ("in digital marketing")
        domain = cre.sub(r"(?i)(\bin (?!the |a |an |this |that |my |our |your )(?:[\w&/-]+ ){0,4}?[\w&/-]+) (?:field|sector|domain|area|industry)(?= in\b|$)", r"\1", domain)
    if not period:
        pm = _first(rf"\b(?:{_period_rx(lang)})\b", folded)
        if pm and not _rx(_MOVE_BEFORE).search(folded[max(0, pm.start() - 50):pm.start()]):
            period = original[pm.start():pm.end()]  # "Mi trasferisco a Lione a ottobre": the move's date, not the job's
    if period and original.find(period) >= 0:
        end = original.find(period) + len(period)
        more = _rx(rf"\s?[-–]\s?(?:{_MONTHS[lang]})\b").match(folded, end)
        if more:
            period = original[original.find(period):more.end()]  # "en mai-juin"
    if lang == "en":
        # "looking for a summer internship": the season said before the role is the role's season, never "an internship for a summer"
        period = cre.sub(_SEASON_ROLE_EN, r"for the \1", period)
    if period and _search_so_far(original, folded, period):
        period = ""  # "job hunting for 3 months": the search's length, never "If I hear of a new role for 3 months"
    return kind, domain, period


#: A senior title named without an article ("Busco Head of Digital Marketing", "cerchiamo Head of Growth", "wir suchen CMO"):
#: the lead's article may be left out before these words only (folded), never before any noun ("je recherche un poste").
_BARE_TITLE = r"(?=(?:head of|chief \w+ officer|cmo|cto|coo|vp of|vp |director of|directeur|directrice|growth lead|marketing lead)\b)"
_JOB_TITLE_LEAD = {
    "fr": r"poste de|poste d'|un poste|role de|mission de|(?:nous recherchons|je recherche|on recherche|nous cherchons|recrute|recrutons) (?:un\(e\) |un\.e |un·e |un-e |une?/une? |une? )?",
    "en": r"role of|role as|position of|position as|(?:an |a )?(?:opening|vacancy) for (?:a |an )?|(?:a|an|the) (?=[a-z\- ]{0,30}\b(?:role|position)\b)|(?:looking for|hiring|recruiting) (?:a/an |a |an |" + _BARE_TITLE + ")",
    "de": r"stelle als|position als|rolle als|(?:suchen|suche)\b.{0,40}?\b(?:eine/n|eine/r|ein/e|eine:n|eine\*n|eine\(n\)|eine[nr]?|einen) (?!kund|auftraggeber|partner)(?=[a-z])|(?:suchen|suche)(?: wir| ich)? " + _BARE_TITLE,
    "es": r"puesto de|posicion de|vacante de|vacante para|(?:buscamos|busco|selecciono|estamos buscando|estoy buscando) (?:un/a |un/una |un\(a\) |una/o |un |una |" + _BARE_TITLE + ")",
    "it": r"posizione di|ruolo di|ruolo come|figura di|(?:cerchiamo|cerco|sto cercando|stiamo cercando|selezioniamo) (?:un/una |una/un |un/a |un\(a\) |un |una |un'|" + _BARE_TITLE + ")",
    "pt": r"vaga de|vaga para|cargo de|posicao de|(?:procuramos|buscamos|contratando|estamos a procurar|estamos procurando|estou buscando|estou procurando|estou a procurar|busco|procuro) (?:um/uma |um\(a\) |um |uma |" + _BARE_TITLE + ")",
    "nl": r"functie als|functie van|rol als|vacature voor|vacature als|op zoek naar (?:een )|(?:zoeken|zoek)(?: wij| we| ik)? (?:voor (?:een|onze?) (?:[\w-]+ ){1,5}?)?(?:een |" + _BARE_TITLE + ")",
}
_JOB_TITLE_STOP = {
    "fr": r"chez|pour|a|au|en|dans|sur|avec|qui|et|h/f|f/h",
    "en": r"at|for|in|with|who|and|based|on|to|role|position",
    "de": r"bei|fur|in|im|mit|der|die|und|m/w/d|w/m/d|zum|ab",
    "es": r"en|para|con|que|y|de la|del",
    "it": r"presso|per|in|a|con|che|e",
    "pt": r"na|no|em|para|com|que|e",
    "nl": r"bij|voor|in|met|die|en",
}
_PLACE_PREPS = {"fr": r"a|sur|base a|basee? a", "en": r"in|based in", "de": r"in", "es": r"en", "it": r"a|in",
                "pt": r"em", "nl": r"in"}
#: What follows "bei"/"at"/"with" in a closing formula, never an employer (folded): "Bei Interesse gerne melden", "bei Fragen",
#: "with interest", "at your convenience", "presso di noi".
_NOT_A_COMPANY = (r"(?:interesse|interest|fragen|ruckfragen|bedarf|gelegenheit|your convenience|your earliest|any questions|questions"
                  r"|voi|noi|di noi|di voi|nous|vous)\b")
_COMPANY_PREPS = {"fr": r"chez", "en": r"at|with", "de": r"bei", "es": r"para|de la empresa", "it": r"presso",
                  "pt": r"na empresa|pela", "nl": r"bij"}
#: Freelancers by their other names (folded): "freie Mitarbeiter", "collaboratori esterni", "liberi professionisti",
#: "trabajadores autónomos", "prestadores de serviços", "indépendants", "externe krachten".
_FREE_STAFF = (r"freie[nr]? mitarbeiter\w*|freie[nr]? (?:texter|berater)\w*|collaboratori (?:esterni|freelance)|liberi professionisti"
               r"|trabajadores autonomos|prestadores de servicos?|independants|externe krachten")
#: Sales agents or reps sought (folded): "cerchiamo agenti di commercio", "we're looking for sales reps", "buscamos agentes
#: comerciales", "nous recherchons des commerciaux", "wir suchen Handelsvertreter", "we zoeken verkopers": posts offered, never a pitch.
_SALES_AGENTS_SOUGHT = (r"(?:cherchons|recherchons|looking for|seeking|suchen|buscamos|cerchiamo|procuramos|zoeken|estamos buscando|stiamo cercando|estamos a procura de)"
                        r" (?:(?:wir|we|nous|still|noch|nog|encore|des|some|nach|new|neue|nuovi|nuevos|novos|nieuwe) )*"
                        r"(?:agents? commerciaux|commerciaux|agents? (?:de )?commerciaux|sales (?:agents?|reps?|representatives?)|agenti(?: di commercio| commerciali)?"
                        r"|agentes(?: comerciales| comerciais| de ventas| de vendas)?|handelsvertreter\w*|vertriebspartner\w*|vertriebsmitarbeiter\w*|verkaufer\w*"
                        r"|venditori|rappresentanti|representantes comerciales|representantes comerciais|comerciales|comerciais|vendedores|verkopers|vertegenwoordigers|verkoopagenten)\b")
_HIRING = (r"\b(?:recrute|recrutons|recrutement|nous recherchons (?:un|une)|pour (?:un|notre) client|hiring|recruit\w*|for (?:a|our) client"
           # the other languages' own verb: "ich rekrutiere für …", "ik rekruteer voor …", "estoy reclutando", "sto reclutando"
           r"|rekrutier\w*|rekruteer\w*|rekruteren|reclut\w*"
           r"|open (?:role|position)|we (?:currently )?have (?:\w+ )?(?:openings|vacancies|open positions)|wir suchen|fur (?:einen|unseren) kunden|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle|personalberat\w*|buscamos (?:un|una)|para (?:un|nuestro) cliente"
           r"|vacante|seleccion|cerchiamo (?:un|una)|stiamo assumendo|assumiamo|nous embauchons|on embauche|per (?:un|un nostro) cliente|posizione aperta|selezion\w*|contratando|vaga\b|recrutando"
           r"|para (?:um|nosso) cliente|vacature|voor (?:een|onze) klant|we zoeken (?:een|naar)"
           # "cerco ingegneri meccanici per un'azienda", "ich suche Maschinenbauingenieure": engineers sought for a firm, a post to fill
           r"|(?:cerco|je cherche|je recherche|busco|procuro|procurando|ich suche|ik zoek|looking for) (?:des )?(?:\w+ )?\w*(?:ingegneri|ingenieurs?|ingenieure|engineers|ingenieros|engenheiros|techniciens|technicians|tecnici|tecnicos)"
           # an agency looking for freelancers hires them: "cerchiamo freelance di social ads", "we zoeken freelancers"
           rf"|(?:cherchons|recherchons|looking for|seeking|suchen|buscamos|cerchiamo|procuramos|zoeken) (?:des |some |nach |a |an |un |una |uno |um |uma |een )?(?:\w+ )?(?:freelances?|freelancers?|freiberufler\w*|autonomos|consultants? freelance|{_FREE_STAFF})|{_SALES_AGENTS_SOUGHT})\b")
_REMOTE = r"\b(?:remote|full remote|full-remote|teletravail|hybride?|homeoffice|home office|remoto|teletrabajo|da remoto|smart working|thuiswerken|a distancia|a distance)\b"
_SALARY = r"\d+\s?k\b|\d[\d .]*\s?(?:€|eur\b|euros|\$|usd|chf|£)|\b(?:salaire|remuneration|package|salary|compensation|gehalt|vergutung|salario|sueldo|retribucion|stipendio|retribuzione|ral|remuneracao|salaris|beloning)\b"


#: A role in the owner's own field ("Senior SEO Consultant", "Social Ads Manager", "Content-Strategin"): a recruiter naming
#: one offers her a job, never "I work in SEO, so I'm not the right person for these roles".
_FIELD_ROLE = (r"\b(?:seo|sea|sem|ppc|social (?:media )?ads|social media|paid social|content\w*|contenu|contenid\w*|contenut\w*|conteudo|growth"
               r"|(?:digital |online |performance |e-?mail )?marketing|acquisition|acquisizione|adquisicion|aquisicao)"
               r"(?:[ -]\w+){0,2}?[ -](?:consultant\w*|manager\w*|specialist\w*|spezialist\w*|especialista|specialista|expert\w*|lead|head|strateg\w*"
               r"|marketeer|marketer|analyst\w*|analista|berater\w*|consultor\w*|consulente|responsable|responsabile|charge\w*|directeur|director\w*)\b"
               r"|\b(?:head of|responsable|chargee? de|responsabile|gerente de|jefe de|hoofd|leiter\w*|consultant\w*|consultor\w*|consulente|specialist\w*"
               r"|especialista|specialista|expert\w*|berater\w*)\s+(?:\w+ ){0,1}(?:en |in |em |de |di )?(?:seo|sea|content\w*|contenu|growth|acquisition|social\w*|marketing)\b")


#: "Manager*in", "Strateg:innen", and an adjective's or article's own ending ("eine:n freiberufliche:n SEO-Expert:in")
_DE_GENDER = cre.compile(r"(?<=[^\W\d_]{3})([*:_/])(innen|in)\b|(?<=[^\W\d_]{6})([*:_/])(n|r)\b")
_INCLUSIVE = cre.compile(r"(?<=[^\W\d_]{3})\((e|ne|le|se|euse|rice|trice|a|o)\)")
_UNMASK = cre.compile(r"Ɵ(\w+?)Ɵ")
_DE_UNMASK = cre.compile(r"Ǝ(\d)(\w+?)Ǝ")


def _de_gender_mask(m: re.Match[str]) -> str:
    """"Manager:in" → "ManagerƎ1inƎ": the gender ending masked as a word character, so a title never stops before it."""
    mark, ending = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return "Ǝ" + str("*:_/".index(mark)) + ending + "Ǝ"


def _recruiting(original: str, folded: str, lang: str) -> tuple[str, str, str, bool]:
    # "un(e) Consultant(e) SEA/Social Ads": the inclusive ending is part of the title, never where it stops ("Consultant")
    original = _INCLUSIVE.sub(lambda m: "Ɵ" + m.group(1) + "Ɵ", original)
    folded = _INCLUSIVE.sub(lambda m: "Ɵ" + m.group(1) + "Ɵ", folded)
    if lang == "de":
        # "Senior SEO Manager*in", "Content-Strateg:in", "Spezialist/in", "Manager_innen": the gender ending stays on the title
        original = _DE_GENDER.sub(_de_gender_mask, original)
        folded = _DE_GENDER.sub(_de_gender_mask, folded)
    title, company, place, salary = _recruiting_slots(original, folded, lang)

    def back(text: str) -> str:
        return _DE_UNMASK.sub(lambda m: "*:_/"[int(m.group(1))] + m.group(2), _UNMASK.sub(r"(\1)", text))
    return back(title), back(company), back(place), salary


#: An indefinite article before a capitalised job title ("… un Head of SEO"), compiled once (searched between two offsets).
_ARTICLE_BEFORE_TITLE = re.compile(r"(?:^|\s)(?:un|une|a|an|ein|eine|einen|una|uno|um|uma|een)\s+(?=[A-Z])")
#: "actuellement un(e) ", "currently a ", "derzeit eine ": a time adverb (and the article after it) before a job title (folded).
_NOW_THEN_ARTICLE = (r"\s*(?:actuellement|currently|actualmente|attualmente|derzeit|aktuell|momenteel|atualmente|en ce moment|right now|ahora mismo)"
                     r"\s+(?:(?:un|une|a|an|ein|eine|einen|una|uno|um|uma|een)(?:\(e\))?\s+)?")


#: A specialist's noun (folded) whose field follows a preposition inside the title: "Especialista em Mídia Paga",
#: "Specialist in Paid Social", "Spécialiste en SEO", "Specialista in SEO", "Analista de…" (its "de" is no stop anyway).
_TITLE_FIELD_NOUN = (r"^(?:especialistas?|specialists?|specialistes?|specialista|specialisti|analistas?|analysts?|consultor[ae]?s?|consultants?|consultantes?"
                     r"|consulente|gestor[ae]?s?|experts?|expertes?|expert[oa]s?|espert[oa]|formad(?:or|ora)|formateur|formatrice)$")
#: The preposition (folded) that leads a specialist's field in a title ("em", "en", "in"), never one after another word.
_TITLE_FIELD_PREP = r"^(?:em|en|in)$"


def _recruiting_slots(original: str, folded: str, lang: str) -> tuple[str, str, str, bool]:
    title = company = place = ""
    # "Head of SEO (m/w/d)", "Chargé de communication (H/F)": the words before a gender marker are the title.
    g = "/" in original and cre.search(r"((?:\S+\s+){0,7}?\S+)\s*\((?i:m/w/d|w/m/d|m/f/d|f/m/d|h/f|f/h|m/f|f/m|m/v/x|m/v|v/m|f/m/x|m/w)\)", original)
    m = None if g else _first(rf"\b(?:{_JOB_TITLE_LEAD[lang]})", folded)
    if g:
        words = g.group(1).split()
        articles = {"un", "une", "a", "an", "ein", "eine", "einen", "einer", "uno", "una", "um", "uma", "een", "the", "le",
                    "la", "der", "die", "das", "el", "il", "lo", "o", "as", "des", "de"}
        cut = max((i for i, w in enumerate(words) if fold(w) in articles and i < len(words) - 1 and fold(w) != "de"), default=-1)
        words = words[cut + 1:]
        while words and not words[0][:1].isupper():
            words.pop(0)
        candidate = " ".join(words).strip(" ,;:")
        if candidate and _no_pronoun(candidate, lang) and len(candidate) <= 50:
            title = candidate
    stop = _rx(rf"^(?:{_JOB_TITLE_STOP[lang]}|{_PRONOUNS[lang]})$")
    title_start = -1
    if m:
        title_start = m.end()
        now = cre.match(_NOW_THEN_ARTICLE, folded[m.end():])
        if now:
            title_start = m.end() + now.end()  # "je recrute actuellement un(e) Head of SEO": the title, never "actuellement"
        first = cre.match(r"\s*([\w'-]+)", folded[title_start:])
        if first and stop.match(first.group(1)):
            # "je recrute pour un client (scale-up lyonnaise) un Head of SEO": the title follows the client, after its article
            art = _ARTICLE_BEFORE_TITLE.search(original, title_start + first.end(), m.end() + 120)
            title_start = art.end() if art and not cre.search(r"[.!?]", original[m.end():art.start()]) else -1
    if title_start >= 0:
        words = _tokens_after(original, title_start, 6)
        kept: list[tuple[int, int]] = []
        for a, b in words:
            if stop.match(folded[a:b]) and kept and not (len(kept) == 1 and cre.match(_TITLE_FIELD_PREP, folded[a:b])
                                                         and cre.match(_TITLE_FIELD_NOUN, folded[kept[0][0]:kept[0][1]])):
                break  # "um(a) Especialista em Mídia Paga para …": the specialist's field stays in the title, "para" ends it
            if _rx(r"^(?:\(|h/f|f/h|m/w/d|w/m/d)").match(folded[a:b]):
                break
            kept.append((a, b))
        while kept and _rx(rf"^(?:{_DANGLING[lang]})$").match(folded[kept[-1][0]:kept[-1][1]]):
            kept.pop()
        if kept:
            candidate = original[kept[0][0]:kept[-1][1]].strip(" «»“”\"")
            if _no_pronoun(candidate, lang) and 2 <= len(candidate) <= 50:
                title = candidate
    c = _first(rf"\b(?:{_COMPANY_PREPS[lang]})\s+(?=[^\W\d_])", folded)
    if c and cre.search(r"(?:recruit\w*|talent\w*|personalberat\w*|headhunter|chasseu\w*|cabinet|reclutador\w*|selezionat\w*|recrutador\w*|werving\w*)\s*$", folded[max(0, c.start() - 25):c.start()]):
        c = None  # "Recruiterin bei Talentbrücke": the recruiter's firm, not the employer
    if c:
        name = _proper(original, c.end(), 4)
        name = cre.split(r"\s+(?:in|à|a|en|em|na|no|op|im|am|at|bei|bij|presso)\s+", name)[0]
        if name and not _rx(rf"^(?:{_MONTHS[lang]})\b").match(fold(name)) and not cre.match(_NOT_A_COMPANY, fold(name)):
            company = name
    for p in _rx(rf"\b(?:{_PLACE_PREPS[lang]})\s+(?=[^\W\d_])").finditer(folded):
        name = _proper(original, p.end(), 3)
        if name and name != company and not name.isupper() and not _rx(rf"^(?:{_MONTHS[lang]}|{_DAYS[lang]})\b").match(fold(name)) \
                and not (company and name in company) and not (title and name in title):
            place = original[p.start():p.end()] + name
            break
    salary = bool(_first(_SALARY, folded))
    # "una posición de Head of SEO remota": the adjective agrees with the note's noun, never with the reply's ("el puesto")
    # "busco un perfil de ingeniero de backend": the role is the engineer, never "el puesto de perfil de ingeniero"
    title = cre.sub(r"(?i)^(?:(?:un|una|um|uma|a|an|un|le|el|il|o)\s+)?(?:perfil|profil|profilo|profile|profiel)\s+(?:de|d'|di|da|of|van|von)\s*", "", title)
    title = cre.sub(r"(?i)(?:\s+(?:en |da |a |in )?(?:remot[oa]s?|remote|full[- ]remote|h[ií]brid[oa]s?|hybride?|teletrabajo|a distancia|[àa] distance|freelance|part[- ]time|full[- ]time|temps partiel|temps plein))+$", "", title)
    return title, company, place, salary


#: The kind of session an invitation asks the owner to give (folded words), the first that matches.
_KINDS = (("module", r"modules?|modul|module?n|modulo|moduli|\d+[\s-]?(?:h|hours?|heures?|stunden|std|horas|ore|uur)\b[^.!?]{0,12}\b(?:courses?|cours|kurs|curso|corso|cursus)"),
          ("lecture", r"lecons? inaugurales?|guest lectur(?:es?|ers?)|gastcolleges?|gastvorlesung\w*|gastvortrag\w*|gastles|lezioni?|lezione|aulas?|clases? magistral\w*|clases?|(?<!au )cours(?! d)|lectures?|college geven"
                       # "teach a few classes", "enkele uren les geven": hours of teaching, named as a (guest) lecture
                       r"|(?:a few|some|several|a couple of) classes|uren les|lesuren"),
          ("seminar", r"seminars?|seminaires?|seminarios?|seminari"),
          ("webinar", r"webinars?|webinaires?"),
          ("masterclass", r"masterclass\w*"),
          ("workshop", r"workshops?|ateliers?|talleres|taller|oficinas?"
                       # "running a 2h training session", "eine Schulung halten": a session to give, read as a workshop
                       r"|training sessions?|sessions? de formation|schulung(?:en)?|trainingssessies?|sesi[oó]n(?:es)? de formaci[oó]n|sessioni? di formazione|sess[aã]o de forma[cç][aã]o"),
          ("talk", r"talks?|keynotes?|conferences?|vortrag|vortrage|impulsvortrag|redebeitrag|charlas?|ponencias?|conferencias?|palestras?|lezingen|lezing|presentaties?|interventos?|intervento|interventions?"
                   # "eine Präsentation halten", "fazer uma apresentação (30 min)": one to give, never a demo of the sender's product
                   r"|(?:prasentation|presentations?|presentacion|apresentacao|presentazione|relazione)(?! (?:de|of|van|della|del|da|do|des|du|von|unserer|unseres) (?:notre|nos|our|nuestr\w+|nostr\w+|noss\w+|onze|ons|unser\w*|la nostra|il nostro|a nossa|o nosso|la|el|il|le|the|de)\b)"),
          # "uma sessão sobre marketing digital com os nossos alunos": a session, named as one, never "uma palestra"
          ("session", r"sess(?:ao|oes|ion|ions|ione|ioni|ie|ies)|sesion(?:es)?"))
_KIND_WORDS = "|".join(rx for key, rx in _KINDS if key != "session")  # ("do a session" is no invitation to speak)
#: A guest slot in someone's class, named without "lecture" (folded): "a guest session", "una clase invitada", "una lezione ospite".
_GUEST_SLOT = (r"guest (?:session|class)s?|clase invitada|lezione (?:ospite|come ospite)|aula convidada"
               # "hätten sie lust, mal per video eine stunde gast zu sein?", "als gast in mijn les", "a guest in my class"
               r"|(?:stunde|mal|als) gast (?:zu sein|sein|im unterricht|in (?:meinem|unserem|der) (?:unterricht|klasse))"
               r"|als gast in (?:de|mijn|onze) (?:les|klas)|guest (?:speaker )?in (?:my|our) (?:class|classroom|lesson)")
#: A workshop (a masterclass, a seminar) on a topic, after an indefinite article (folded): "un atelier sur", "a workshop on".
_A_SESSION_ON = (r"(?:(?:un|une|a|an|een|uno|una|um|uma)\s+)?(?:[\w'-]+\s+)?(?:workshops?|ateliers?|taller|oficina|masterclass\w*|seminars?|seminaires?)"
                 r"\s+(?:sur|on|about|over|uber|sobre|su|sul|sulla|sullo|zum|zur|de|di)\b")
#: A request to give a session: "would you give a guest lecture", "animer un atelier", "einen Workshop geben", "tenere un seminario".
_GIVE_SESSION = (rf"\b(?:give|run|host|lead|deliver|teach|do|present|giving|running|hosting|leading|delivering|teaching|donner|animer|assurer|faire|geben|halten|leiten|machen|impartir|dar|hacer|tenere|fare"
                 rf"|condurre|ministrar|fazer|geven|verzorgen|houden|doen|presenter|presentar|apresentar|presentare)\s+(?:a|an|one|un|une|einen|eine|ein|uno|una|um|uma|een)\s+(?:[\w'().-]+\s+){{0,3}}?(?:{_KIND_WORDS})\b"
                 # "einen Vortrag (30 Min.) über Content-Strategie zu halten", "een presentatie (30 min) over SEO willen geven"
                 rf"|\b(?:{_KIND_WORDS})\b\s+(?:[\w'().-]+\s+){{0,7}}?(?:geben|halten|leiten|machen|geven|verzorgen|houden|doen)\b"
                 # "als Rednerin gewinnen", "a 30-minute session on SEO": a speaker's slot
                 r"|\b(?:als|as a|as an|comme|como|come) (?:rednerin|redner|referentin|sprecherin|speakerin|keynote-?speaker\w*|oradora|ponente|relatrice|intervenante)\b"
                 r"|\b\d+[- ]?min(?:ute)?s?[- ](?:session|talk|slot|keynote|presentation)s? (?:on|about)\b"
                 # ("would you be up for a 2-hour guest session with my MBA students?": the guest slot named, whatever the verb)
                 rf"|\b(?:guest lecture\w*|{_GUEST_SLOT}|gastcollege|gastvorlesung|gastvortrag\w*|gastles)\b"
                 # "give the opening keynote", "donner la leçon inaugurale", "ministrar a aula magna": a named slot to give (verbs of giving only:
                 # "faire la formation", "hacer el taller" are a learner's)
                 rf"|\b(?:give|deliver|host|lead|teach|present|donner|animer|assurer|geben|halten|leiten|impartir|dar|tenere|condurre|ministrar|geven|verzorgen|houden|presenter|presentar|apresentar|presentare)"
                 rf"\s+(?:the|la|le|l'|el|il|lo|o|a|de|het|den|die|das)\s+(?:[\w'().-]+\s+){{0,2}}?(?:{_KIND_WORDS}|lecons? inaugurales?)\b"
                 # "würden dich gern für einen Workshop zu Social Ads gewinnen", "als Referentin gewinnen": to win her for a session
                 rf"|\b(?:fur|als) (?:einen|eine|ein|unseren|unsere|unser)\s+(?:[\w'().-]+\s+){{0,2}}?(?:{_KIND_WORDS}|panel\w*|podiumsdiskussion)\b[^.!?]{{0,60}}?\bgewinnen\b"
                 r"|\b(?:referent\w*|rednerin|redner|sprecher\w*|speaker\w*|keynote-?speaker\w*|impulsgeber\w*) (?:zu )?gewinnen\b"
                 # "t'inviter pour un atelier sur le personal branding", "je uitnodigen voor een workshop over …", "dich zu einem Workshop
                 # über Personal Branding einladen": a workshop on a topic she is invited FOR, hers to run (never "our workshop" to attend)
                 rf"|\b(?:invit\w+|convid\w+|uitnodigen|uit te nodigen)\b(?:\s+[\w']+){{0,2}}?\s+(?:pour|for|voor|per|para|pra)\s+{_A_SESSION_ON}"
                 rf"|\bzu (?:einem|einer)\s+{_A_SESSION_ON}[^.!?]{{0,60}}?\b(?:einladen|einzuladen)\b")
#: A session she gave, thanked for (folded): "thanks for the great guest lecture", "merci pour ton intervention", "danke nochmal für den
#: Gastvortrag", "bedankt voor de inspirerende gastles", "grazie per la lezione" (never "thanks for considering a talk", never in advance).
_TALK_THANKED = (r"\b(?:thanks?|thank you|merci|danke|dank|bedankt|dankjewel|dank je wel|dank u wel|gracias|grazie|obrigad[oa])"
                 r"(?! (?:d'avance|in advance|im voraus|vorab|alvast|de antemano|por adelantado|in anticipo|antecipadamente|desde ja)\b)"
                 r"(?: (?:so much|a lot|again|mille|nochmal|nochmals|encore|nogmaals|de nuevo|ancora|beaucoup|vielmals|muito|mucho|wel|u wel|je wel|veel))*"
                 r" (?:for|pour|fur|voor|por|per|pel[oa])"
                 r"(?: (?!invit|propos|opportun|oportun|opportunit|chance|occasion|gelegenheit|kans|consider|accept|interest|interess)[\w'-]+){0,3}?"
                 rf" (?:{_KIND_WORDS}|{_GUEST_SLOT})\b")
#: A speaker sought for an event (folded): "suchen wir noch eine Referentin zum Thema SEO", "we zoeken nog een spreker over…",
#: "we're looking for speakers on…" (read beside an event's name, never a job ad).
_SPEAKER_WANTED = (r"\b(?:suchen|zoeken|looking for|seeking|cherchons|recherchons|cherche|buscamos|cerchiamo|procuramos|estamos buscando|stiamo cercando|estamos a procura de)"
                   r" (?:wir |we |nous )?(?:noch |nog |still |encore |ainda |ancora |todavia )?(?:eine[nr]? |een |a |an |un |une |una |uma |um |some |des |nuevos |nuovi )?"
                   r"(?:\w+ )?(?:referent\w*|rednerin|redner|sprecher\w*|speakers?|sprekers?|spreker|spreeksters?|intervenant\w*|ponentes?|relat(?:ori|ore|rice|rici)|orador\w*|palestrantes?|keynote-?speaker\w*)\b")
#: A trainer sought for their event's workshop (folded): "wij zoeken voor ons MKB-netwerk een trainer voor een workshop",
#: "wir suchen für unseren Verband eine Trainerin", "our network is looking for a trainer", "cerchiamo una formatrice":
#: a session to run at their event, read beside an event's name (a trainer for their own team is a client's).
_TRAINER_WANTED = (r"\b(?:suchen|zoeken|looking for|seeking|cherchons|recherchons|cherche|buscamos|cerchiamo|procuramos|estamos buscando|stiamo cercando|estamos a procura de)"
                   r" (?:wir |we |nous )?(?:(?:voor|fur|for|pour|para|per) [\w-]+(?: [\w-]+)? )?(?:noch |nog |still |encore |ainda |ancora |todavia )?"
                   r"(?:eine[nr]? |een |a |an |un |une |una |uma |um |some |des )?(?:\w+ )?"
                   r"(?:trainer\w*|formateur|formatrice|formateurs|formatrices|formador\w*|format(?:ore|rice|ori|rici)|workshopleider\w*|workshopgever\w*)\b")
#: She is asked to be one of the speakers (folded): "gostaria de ser oradora?", "would you like to be a speaker", "seriez-vous
#: partante pour être intervenante", "¿te gustaría ser ponente?", "vorresti essere relatrice?", "möchtest du als Referentin dabei sein",
#: "wil je spreker zijn op": an invitation to speak, whatever the event is called.
_SPEAKER_ASKED = (r"\b(?:gostaria|gostarias|gostava|gostavas|aceitaria|aceptarias|aceptaria|accetteresti|accetterebbe|accepteriez|accepterais|quer|queres|topa|would you|do you want|interested|voudriez|voudrais|aimeriez|aimerais|seriez|serais|ca vous dirait|ca te dirait"
                  r"|te gustaria|le gustaria|quieres|quiere|interesad\w|vorresti|vorrebbe|ti andrebbe|le andrebbe|interessat\w|interessad\w|mochtest|mochten|hattest du lust|hatten sie lust"
                  r"|wil je|wilt u|zou je|zou u|lijkt het je)\b[^.!?\n]{0,40}?\b(?:ser|be|become|etre|essere|sein|zijn|als|como|come|as|comme|en tant que|in qualita di|parmi)"
                  r" (?:(?:a|an|one of|uma|um|una|uno|un|une|eine[nr]?|een|de|des|nos|nossa|nosso|our|notre|nostra|nostro|nuestra|nuestro|unsere?r?|onze|van onze) )*(?:\w+ )?"
                  r"(?:referent\w*|rednerin|redner|sprecher\w*|speakers?|sprekers?|spreker|spreeksters?|intervenant\w*|ponentes?|relat(?:ori|ore|rice|rici)|orador\w*|palestrantes?|keynote-?speaker\w*|panelist\w*|panelist[ae]s?)\b")
#: She is asked to sit on the sender's panel (folded): "would you consider speaking on a panel about social ads?",
#: "participer à notre table ronde", "participar en una mesa redonda", "partecipare alla tavola rotonda", "participar num
#: painel", "an unserer Podiumsdiskussion teilnehmen", "deelnemen aan ons panelgesprek": an invitation to speak.
_PANEL_ASKED = (r"\b(?:(?:speak|speaking|sit|sitting|join|joining|be|being|take part|taking part|participate|participating) (?:on|in) (?:a|our|the|this|my) panel"
                r"|(?:join|joining) (?:our|the|a) panel"
                r"|(?:participer|intervenir|prendre part) (?:a|dans) (?:une|notre|la|cette) table ronde"
                r"|(?:participar|intervenir|estar) (?:en|em|no|na|num|numa|de) (?:una |la |nuestra |um |uma |o |a |nosso |nossa )?(?:mesa redonda|mesa de debate|painel)"
                r"|(?:partecipare|intervenire) (?:a|alla|ad) (?:una |la |nostra )?(?:tavola rotonda|panel)"
                r"|an (?:unserer|einer|der|dieser) (?:podiumsdiskussion|paneldiskussion|diskussionsrunde|expertenrunde) teil(?:zu)?nehmen|auf (?:unserem|dem) podium"
                r"|(?:deel(?:nemen|te nemen)|aanschuiven) (?:aan|bij) (?:ons|een|het|onze|de) (?:panel\w*|paneldiscussie|forum\w*))\b")
#: She is asked to speak at the sender's event, by a verb rather than a role (folded): "we'd love to have you speak for 25 min",
#: "nous aimerions que vous interveniez", "nos encantaría que hablaras", "ci piacerebbe che intervenissi", "gostaríamos que você
#: palestrasse", "wir würden dich gern als Sprecherin … sprechen lassen", "we willen je graag laten spreken": an invitation to speak
#: (only with an event named in the note, see _EVENT_NOUNS).
#: A talk offered to her as a question (folded), the event named elsewhere: "would you be up for a 20-min talk",
#: "hättest du Lust auf einen 20-minütigen Vortrag", "¿te animarías a dar una charla?", "ti andrebbe di fare un talk".
_TALK_OFFERED = (r"\b(?:up for|fancy|keen on|interested in|open to|lust auf|interesse an|zin in|partante? pour|tentee? par|dispose[e]? a"
                 r"|(?:te |le )?animarias? a dar|(?:te |le )?gustaria dar|(?:ti |le )?andrebbe di (?:fare|tenere)|(?:ti |le )?va di (?:fare|tenere)"
                 r"|topa(?:ria)? (?:dar|fazer)|gostaria de (?:dar|fazer)|would you (?:give|do|like to give|like to do)|could you (?:give|do)"
                 r"|zou je|zou u|wil je|wilt u)\s+(?:(?:a|an|une?|einen?|una?|uma?|een)\s+)?(?:[\w-]+\s+){0,3}?"
                 # ("fancy a coffee to talk about a collab?": "to talk" is the verb, never a talk offered)
                 r"(?<!\bto )(?:talk|keynote|vortrag|impulsvortrag|charla|ponencia|intervention|intervento|palestra|lezing|presentation|presentazione"
                 r"|presentacion|apresentacao|praatje|speech)\b")
_SPEAK_AT = (r"\b(?:have you (?:come and |come to )?(?:speak|present|talk|give a talk)|(?:like|love|want|invite) (?:for )?you to (?:speak|present|give a talk)"
             # "would be honoured if you would speak on…", "que vous y parliez", "wenn Sie über … sprechen würden", "als u wilt spreken over"
             r"|(?:honou?red|delighted|pleased|glad|thrilled|love it) if you (?:would|could|were to|can) (?:come and )?(?:speak|present|talk|give a talk)"
             r"|wenn (?:sie|du) (?:[\w-]+ ){0,8}?(?:sprechen|referieren|vortragen) (?:wurden|wuerden|wurdest|wuerdest|konnten|koennten|konntest)"
             r"|als (?:u|je|jij) (?:wilt|wil|zou willen|zoudt willen) (?:komen )?spreken"
             r"|que (?:vous|tu) (?:y )?(?:veniez |viennes )?(?:interveniez|interviennes|parliez|presentiez)|(?:vous|te) faire intervenir"
             r"|que (?:hables|hable|hablaras|hablara|intervengas|intervenga|intervinieras|interviniera|dieras una charla|diera una charla|des una charla|de una charla)"
             r"|che (?:tu |lei )?(?:intervenissi|intervenisse|intervenga|intervenissi|parlassi|parlasse|tenessi un intervento|tenesse un intervento)"
             r"|que (?:voce |a senhora )?(?:falasse|palestrasse|fizesse uma palestra|desse uma palestra|falas(?:s|)es)"
             r"|(?:dich|sie) (?:gern\w* )?(?:als \w+ )?(?:sprechen|vortragen|referieren) (?:lassen|horen)|(?:einen )?vortrag (?:[\w-]+ ){0,6}?(?:halten|haltst|zu halten)"
             r"|(?:eine )?(?:prasentation|praesentation)(?: \([^)]{1,20}\))? (?:[\w-]+ ){0,6}?(?:halten|haltst|zu halten)"
             r"|(?:invit\w*|convid\w*)(?:-\w+)? (?:\w+ )?a (?:fare|tenere|dar|hacer|fazer|dare) (?:una?|uma) (?:\w+ )?(?:presentazione|presentacion|ponencia|charla|intervento|apresentacao|palestra)"
             r"|(?:je|jou|u) (?:graag )?(?:laten|horen) spreken|komen spreken|een (?:lezing|talk|presentatie)(?: \([^)]{1,20}\))? (?:komen )?(?:geven|te geven))\b")
#: A talk requested of her (folded): "je me permets de vous solliciter pour une intervention", "to ask you for a talk",
#: "solicitarle una ponencia", "chiederLe un intervento", "pedir-lhe uma palestra", "Sie für einen Vortrag anfragen",
#: "u te vragen voor een lezing": an invitation to speak (only with an event named in the note, see _EVENT_NOUNS).
_TALK_REQUESTED = (r"\b(?:solliciter|solicitar\w*|pedir\w*|pedirte|chieder\w*|richieder\w*|anfragen|anzufragen|bitten|vragen|ask(?:ing)? you|request\w*)\b"
                   # "vragen voor een online talk", "ask you for a short talk": one word may describe the talk
                   r"[^.!?\n]{0,20}?\b(?:pour|for|para|per|fur|voor|um|om|de)?\s*(?:une?|a|an|una?|uma|einen|een)\s+(?:(?:online|short|korte?|kurze\w*|courte|petite|breve|pequena|kleine\w*)\s+)?"
                   r"(?:intervention|talk|keynote|vortrag|impulsvortrag|ponencia|charla|intervento|palestra|lezing|conference|conferencia|conferenza)\b"
                   # "Sie für einen Vortrag zur Content-Strategie … anfragen", "für einen Online-Talk (20 Min) anfragen": the German verb last
                   r"|\b(?:fur|um) (?:einen|eine) (?:[\w]+-)?(?:vortrag|impulsvortrag|keynote|talk)\b(?:[^.!?\n]|(?<=\d)\.){0,80}?\b(?:anfragen|anzufragen|bitten)\b")
#: The sender runs the event (folded): "I'm organising a panel", "nous organisons une table ronde", "organizamos unas
#: jornadas", "sto organizzando un evento", "estou a organizar um painel", "wir organisieren eine Konferenz", "ik organiseer een meetup".
_RUNS_EVENT = (r"\b(?:organi[sz](?:e|es|ing)|(?:i|we)(?:'m| am|'re| are) (?:putting together|hosting|curating)|j'organise|nous organisons|on organise"
               r"|organis(?:ons|e|ez)|organiz(?:o|amos|ando)|estoy organizando|estamos organizando|organizz(?:o|iamo|ando)|organiz(?:o|amos)"
               r"|a organizar|organisier(?:e|en)|organiseer|organiseren)\b")
#: Whether she would speak, asked (folded): "would you be open to speaking?", "ça vous dirait d'intervenir ?", "¿te gustaría
#: participar como ponente / intervenir?", "ti andrebbe di intervenire?", "teria interesse em falar?", "hättest du Lust zu
#: sprechen?", "zou je willen spreken?": with _RUNS_EVENT and an event noun, an invitation to speak at their event.
_SPEAKING_ASKED = (r"\b(?:open to|up for|interested in|keen on|fancy|would you (?:like|want|consider|be willing) to|would you be (?:up for|willing to)|could you)\s+"
                   r"(?:speak|speaking|present|presenting|join(?:ing)? (?:us )?(?:as a )?(?:speaker|panelist)|tak(?:e|ing) part in it|be(?:ing)? (?:a |one of our )?(?:speaker|panelist))"
                   r"|\b(?:ca vous dirait|ca te dirait|seriez-vous (?:partante?|d'accord|disponible) pour|serais-tu (?:partante?|d'accord|dispo\w*) pour|accepteriez-vous|aimeriez-vous)\s+(?:d')?(?:y )?(?:intervenir|prendre la parole)"
                   r"|\b(?:te|le) (?:gustaria|interesaria|apeteceria)\s+(?:intervenir|hablar|participar como ponente)|\b(?:te animas|se anima) a (?:intervenir|hablar|participar como ponente)"
                   r"|\b(?:(?:ti|le) andrebbe|vorresti|vorrebbe|saresti disponibile|sarebbe disponibile)\s+(?:di |a )?(?:intervenire|parlare|partecipare come relatrice)"
                   r"|\b(?:gostaria|gostarias|topa(?:ria)?|teria interesse em|tem interesse em|aceitaria)\s+(?:de )?(?:falar|palestrar|intervir|participar como (?:oradora|palestrante))"
                   r"|\b(?:hattest du|hatten sie|hast du|haben sie) (?:\w+ )?lust,? (?:\w+ )?(?:zu sprechen|zu referieren|vorzutragen|mitzudiskutieren)"
                   # "Wärst du bereit, 20 Minuten dazu zu sprechen?": an invitation to speak, never a call of 20 minutes
                   r"|\b(?:warst du|waren sie|waerst du|waeren sie|bist du|sind sie) (?:\w+ )?bereit,? (?:[\w-]+ ){0,6}?(?:zu sprechen|zu referieren|vorzutragen)"
                   r"|\b(?:zou je|zou u|wil je|wilt u|heb je zin om|heeft u zin om|lijkt het je leuk om)\s+(?:\w+ )?(?:willen )?(?:spreken|te spreken|komen spreken)\b")
#: A fee the sender says they cannot pay (folded): "leider können wir kein Honorar zahlen", "we can't pay a fee", "nous ne pouvons
#: pas vous rémunérer", "no podemos pagar honorarios", "non possiamo pagare un compenso", "não podemos pagar cachê", "we kunnen
#: helaas geen honorarium betalen": an unpaid invitation, never her price asked.
_NO_FEE_PAID = (r"\b(?:kein\w*|geen|no|not|can'?t|cannot|unable to|ne pouvons pas|ne pouvons|pas de|sin|senza|sem|nessun\w*|no podemos|non possiamo"
                r"|nao podemos|nao temos)\b[^.!?]{0,30}?\b(?:honorar\w*|fee|fees|remuner\w*|retribu\w*|compenso|cache|cachet|pay|payer|pagar|pagare"
                r"|zahlen|bezahlen|betalen|vergoeding)\b")
#: A session to run at the sender's event (folded, read with _RUNS_EVENT and an event noun): "eine Session zu SEO für Shops zu
#: halten", "animer une session sur le SEO", "run a session on SEO", "dar una sesión", "tenere una sessione", "dar uma sessão",
#: "een sessie over SEO geven": a speaker's slot (a barcamp's word for a talk), never a project to quote.
_SESSION_TO_RUN = (r"\b(?:give|run|host|lead|deliver|animer|donner|assurer|dar|impartir|tenere|condurre|fare|ministrar|apresentar)\s+(?:a|an|one|une?|una?|uma)\s+"
                   # (never "deliver a training session" for an internal seminar: a training bought)
                   r"(?:(?!training|formation|formacion|formazione|formacao|coaching)[\w'().-]+\s+){0,2}?(?:session|sesion|sessione|sessao)\b"
                   r"|\b(?:eine|een)\s+(?:(?!training|schulung|coaching)[\w'().-]+\s+){0,2}?(?:session|sessie)\b[^.!?]{0,50}?\b(?:zu halten|halten|zu leiten|leiten|te geven|geven|verzorgen)\b")
#: An invitation in words (folded): "nodig ik u graag uit", "we'd like to invite you", "ich lade Sie ein", "la invitamos": with
#: a talk asked for, the sender's event, even when the note names no event noun ("namens het team van Marketing Live").
_INVITED = (r"\b(?:invit\w*|uitnodig\w*|nodig\w* (?:\w+ ){0,4}uit|einlad\w*|lade\w* (?:\w+ ){0,4}ein|convid\w*)\b")
#: A teacher's invitation to talk to a class (folded): "présenter votre métier à nos étudiants", "talk to my class about your job",
#: "contar tu trabajo a mis alumnos", "den Studierenden Ihren Beruf vorstellen", "aan mijn klas vertellen": a guest speaker's slot.
_CLASS_WORDS = (r"(?:students?|pupils?|class(?:es)?|learners|etudiant\w*|eleves|classes?|lyceens|alumn[oa]s|estudiantes|clase|studenti|alunni|classe"
                r"|ragazzi|schuler\w*|schueler\w*|studierende\w*|studenten|klasse|leerlingen|klas|alunos|alunas|turma|estudantes)")
_CLASS_TALK = (r"\b(?:talk|speak|present|tell|presenter|parler|temoigner|intervenir|hablar|contar|presentar|charlar|parlare|raccontare|presentare|intervenire"
               r"|sprechen|erzahlen|erzaehlen|vorstellen|berichten|praten|vertellen|presenteren|falar|apresentar)\b.{0,60}?"
               r"\b(?:to|a|à|aux|ai|agli|alle|alla|aan|aos|as|às|vor|voor|devant|with|con|met|com)\s+(?:(?:my|our|mes|nos|mis|nuestr[oa]s|miei|mie|mia|nostri|nostre|nostra"
               r"|meus|minhas|minha|nossos|nossas|nossa|mijn|onze|meine\w*|unsere\w*)\s+)(?:[\w'-]+\s+)?" + _CLASS_WORDS + r"\b"
               r"|\b(?:meine\w*|unsere\w*|mijn|onze)\s+(?:[\w'-]+\s+)?" + _CLASS_WORDS + r"\b.{0,60}?\b(?:vorstellen|vorzustellen|erzahlen|zu erzahlen|berichten|vertellen|presenteren|sprechen)\b"
               r"|\b(?:presenter|parler de|raconter|talk about|tell (?:\w+ )?about|contar|hablar de|presentar|parlare del|raccontare|presentare|vorstellen|vertellen over|falar d[aoe]|apresentar)\s+"
               r"(?:votre|ton|your|tu|su|il tuo|il suo|la tua|la sua|ihren|deinen|je|uw|o seu|a sua|o teu|a tua|seu|sua)\s+(?:metier|job|work|career|profession|trabajo|profesion|lavoro|mestiere|professione|beruf|werk|vak|trabalho|profissao|carreira|parcours|percorso|trayectoria|trajetoria)\b.{0,60}?\b"
               + _CLASS_WORDS + r"\b")
#: A session asked of her for the sender's class, the verb often in the conditional (folded): "¿harías una charla online
#: para mis alumnos?", "faria uma sessão online com os meus alunos?", "faresti un intervento per i miei studenti?", "tu ferais
#: une intervention pour mes étudiants ?", "would you do a session for my students?", "zou je een gastles voor mijn klas geven?".
_CLASS_SESSION = (rf"\b(?:give|run|do|teach|lead|host|donner|animer|faire|ferais|feriez|donnerais|donneriez|animerais|animeriez|dar|hacer|harias|haria|harian"
                  rf"|darias|daria|impartir|impartirias|impartiria|tenere|fare|faresti|farebbe|terresti|terrebbe|daresti|darebbe|fazer|faria|farias"
                  rf"|ministrar|ministraria|ministrarias|geben|halten|machen|geven|doen|houden|verzorgen)\s+(?:a|an|one|un|une|einen|eine|ein|uno|una|um|uma|een)\s+"
                  rf"(?:[\w'().-]+\s+){{0,3}}?(?:{_KIND_WORDS}|sess(?:ao|ion|ione)|sesion)\b.{{0,60}}?"
                  r"\b(?:to|for|with|a|aux|ai|agli|alle|alla|per|para|pour|avec|com|con|met|voor|fur|mit|vor|aos|as|pra)\s+(?:(?:i|le|os|as|o|a|the|los|las|die|de|het)\s+)?"
                  r"(?:my|our|mes|nos|mis|nuestr[oa]s|miei|mie|mia|nostri|nostre|nostra|meus|minhas|minha|nossos|nossas|nossa|mijn|onze|meine\w*|unsere\w*)\s+"
                  r"(?:[\w'-]+\s+)?" + _CLASS_WORDS + r"\b")
#: Some hours of teaching asked of her (folded): "assurer quelques heures de cours", "teach a few classes", "impartir algunas
#: horas de clase", "tenere alcune ore di lezione", "dar algumas aulas", "enkele uren les geven" (German "ein paar Stunden
#: unterrichten" already gets her yes to teaching their students).
_TEACH_HOURS = (r"\b(?:(?:assurer|donner|dispenser|faire) (?:quelques|des|plusieurs|certaines) (?:heures (?:de cours|d'enseignement)|cours|vacations)"
                r"|teach(?:ing)? (?:a few|some|a couple of|several) (?:hours|classes|lectures|sessions|modules)"
                r"|(?:impartir|dar|ensenar) (?:algunas|unas|varias) (?:horas (?:de clase|lectivas)|clases)"
                r"|(?:tenere|fare) (?:alcune|qualche) (?:ore di (?:lezione|docenza)|lezioni|lezione)"
                r"|(?:dar|ministrar|lecionar) (?:algumas|umas|varias) (?:horas (?:de aula|letivas)|aulas)"
                r"|(?:enkele|een paar|een aantal) (?:uren les|lesuren|colleges|gastcolleges) (?:\w+ )?(?:te )?(?:geven|verzorgen))\b")
#: The sender teaches (folded): "soy profesora de marketing", "je suis enseignante", "I'm a lecturer", "sono docente", "sou professora",
#: "ich bin Dozentin", "ik ben docent", "j'enseigne", "I teach", "insegno", "ich unterrichte", "ik geef les".
_SELF_TEACHES = (r"\b(?:soy|je suis|i'?m|i am|sono|sou|ich bin|ik ben)\s+(?:(?:a|an|un|une|una|uno|um|uma|ein|eine|een)\s+)?(?:profesora?|professeure?|enseignante?|lecturer|professor|teacher"
                 r"|docente|professoressa|professore|professora|dozent\w*|lehrer\w*|docent|maitre de conferences|responsable (?:de la |du |des )?(?:licence|master|formation|programme|filiere))\b"
                 r"|\b(?:j'enseigne|i teach|ensen[oa]|insegno|leciono|ich unterrichte|ik geef les|doy clases|dou aulas)\b")
#: A workshop for the students of their degree (folded): "un workshop de social ads para alumnos de máster", "a workshop for our
#: MBA students", "un atelier pour les étudiants de licence": a school booking her session, never a learner.
_PROGRAMME_STUDENTS = (r"\b(?:workshops?|ateliers?|talleres?|taller|seminar\w*|seminari\w*|masterclass\w*|lezion\w*|aulas?|clases?|cours|gastcollege\w*|gastvortrag\w*)\b[^.!?\n]{0,50}"
                       r"\b(?:para|for|pour|per|fur|voor|aux|ai|agli|aos|as)\s+(?:(?:los|las|les|the|i|gli|os|as|die|de)\s+)?(?:nuestr[oa]s\s+|our\s+|nos\s+|nostri\s+|nossos\s+|unsere\w*\s+|onze\s+)?"
                       r"(?:mba\s+|master\s+)?(?:alumn[oa]s|estudiantes|students|etudiant\w*|studenti|alunos|estudantes|studierende\w*|studenten)"
                       r"(?:\s+(?:de|del|of|in|en|du|di|do|da|van|des|im|des)\s+(?:(?:la|le|il|el|o|a|the|het)\s+)?(?:master|mestrado|licence|licenciatura|grado|bachelor|laurea|mba|maestria|magistrale|masteropleiding))?\b")
#: A call for papers or speakers (folded): "CFP", "call for papers", "appel à communications", "Call for Speakers", "convocatoria de ponencias".
#: ("nous aimerions VOUS proposer une conférence": a talk offered to her, an invitation, never a call to answer)
#: Guest teachers sought for a programme (folded, plural or feminine): "Gastdozenten", "professores convidados", "docentes
#: invitados", "docenti ospiti", "gastdocenten", "guest lecturers", "visiting lecturers", "intervenants extérieurs".
_GUEST_TEACHERS_SOUGHT = (r"\b(?:gastdozent(?:en|in|innen|\*innen|:innen)?|gastreferent(?:en|in|innen)?|gastdocent(?:en|e)?"
                          r"|professor(?:es|as|a)? convidad[oa]s?|docentes? invitad[oa]s?|profesor(?:es|as|a)? invitad[oa]s?"
                          r"|docent[ei] (?:ospiti|esterni)|docente (?:ospite|esterno|esterna)|guest (?:lecturers?|speakers? for (?:our|the) (?:class|course|programme|program|module))"
                          r"|visiting (?:lecturers?|professors?)|intervenant(?:e|s|es)? (?:exterieur|professionnel)\w*)\b")
#: One guest session inside someone else's course (folded): "as a guest lecturer", "eine Gastvorlesung", "een gastcollege".
_GUEST_SESSION = (r"\b(?:guest lectur\w*|guest session|gastvorlesung\w*|gastdozent\w*|gastcolleges?|gastles\w*|clase invitada"
                  r"|lezione (?:ospite|come ospite)|aula convidada|professora? convidad[oa])\b")
#: A module of a given length ("a 6-hour module", "un module de 12h"): the guest teaches the whole module.
MODULE_LENGTH = (r"\b(?:\d+[- ]?(?:hours?|h|heures?|stunden|std|uur|horas|ore)[- ](?:\w+ ){0,2}(?:modules?|modul\w*|modulo|moduli)"
                  # "a 15-hour course on social ads", "un cours de 20 heures": a whole course to teach, never one guest lecture
                  r"|\d+-(?:hours?|stunden|uur|horas|ore)[- ](?:\w+ ){0,1}(?:courses?|kurs\w*|curso|corso|cursus)"
                  r"|(?:courses?|cours|kurs\w*|curso|corso|cursus) (?:de |van |von |di |of )\d+ ?(?:hours?|h|heures?|stunden|std|uur|horas|ore)\b"
                  r"|(?:modules?|modul\w*|modulo|moduli) (?:de |van |von |di |of )?\d+ ?(?:hours?|h|heures?|stunden|std|uur|horas|ore)\b)")
_CFP = (r"\b(?:cfps?|call for (?:papers|speakers|proposals|talks|presentations)|appel a (?:communications?|contributions?|propositions?|conferenciers|intervenants|speakers)"
        r"|convocatoria (?:de|para) (?:ponencias|ponentes|charlas|propuestas)|chamada (?:de|para) (?:trabalhos|palestrantes|propostas|oradores)|bando per (?:relatori|speaker)"
        r"|submit(?:ting)? (?:a|your|an?) (?:\w+ )?(?:talk|proposal|session|abstract)|(?<!vous )(?<!te )(?<!nous )(?:proposer|soumettre) (?:une|votre|ton) (?:conference|intervention|talk|proposition)"
        r"|(?:einen )?(?:vortrag|talk|beitrag|vortragsvorschlag) (?:ein ?zu ?reichen|einreichen)|(?:een )?(?:talk|voorstel|sessie) (?:in ?te ?dienen|indienen)|proponer una (?:charla|ponencia)|submeter uma (?:palestra|proposta)|proporre un (?:talk|intervento))\b")
#: A session taught in a named degree or year (folded): "un module de 20h en Licence Pro", "a course in our Bachelor's
#: third year", "un módulo en el máster", "un modulo nel master", "ein Modul im Bachelor", "een module in de bachelor": the
#: class is the audience, never asked again ("le public visé").
_DEGREE_CLASS = (r"\b(?:en|in|im|for|pour|voor|nel|nella|no|na|para|al|au|aux|ai|dans le|dans la|en el|en la)\s+(?:(?:the|le|la|les|de|het|o|a|il|el|3e|2e|1re|third-year|2nd-year|final-year)\s+)?"
                 r"(?:licences? pro\w*|licence|master ?[12]?|masters|mastere|bachelor\w*|bts|but|dut|mba|l[1-3]|m[12]|grado|maestria|master'?s|mestrado|licenciatura"
                 r"|laurea(?: magistrale| triennale)?|hbo|mbo|ad-opleiding|masterstudiengang|bachelorstudiengang|msc|ba)\b(?!\s+(?:de|en|in) (?:moi|mij|mir|me)\b)")
_ATTENDEES = (r"\b(?:(?:our|my|nos|mes|vos|unsere\w*|meine\w*|nuestr[oa]s|mis|i nostri|le nostre|i miei|le mie|ai (?:miei|nostri)|alle (?:mie|nostre)|nossos|nossas|nossa|nosso|notre|nuestra|nuestro|la nostra|alla nostra|meus|minhas|aos (?:meus|nossos)|onze|mijn)\s+"
              r"(?:[\w'-]+\s+)?(?:students?|members?|team|staff|attendees|etudiant\w*|eleves|adherents?|membres|equipes?|\w*studierende\w*|\w*student\w*|mitglieder\w*|teilnehm\w*|estudiantes|alumnos|socios|miembros|studenti|soci|iscritti|partecipanti|alunos|associados|membros|studenten|leden|deelnemers|cursisten|\w*jaars|promos?|promotions?|klas(?:sen)?|turmas?|jahrgang\w*|\w*semester\w*"
              # "nuestra clase", "unserer Klasse", "la nostra classe", "our class": a teacher's class is the audience stated
              r"|class(?:es)?|clases?|classe|classi|klassen?"
              # "für unsere Lernenden" (a Swiss vocational school), "nos apprentis", "onze leerlingen": apprentices and pupils (137 C)
              r"|lernende\w*|auszubildende\w*|azubis?|lehrling\w*|leerlingen|scholieren|apprentis|aprendices|apprendisti|aprendizes|pupils|apprentices|trainees))\b"
              # "auprès de nos Bachelor 3", "our MBAs", "ai nostri master": a class named by its programme (never "my master's")
              r"|\b(?:our|nos|vos|notre|votre|unsere\w*|nuestr[oa]s?|i nostri|ai nostri|il nostro|al nostro|nossos|aos nossos|o nosso|no nosso|onze|ons)\s+(?:[\w'-]+\s+)?(?:bachelors?|masters?|mbas?|licences?|mastere\w*|bts|l3|m1|m2)\b"
              # "in unserem Masterstudiengang Marketing", "binnen onze minor Digital Marketing", "dans notre master", "en
              # nuestro máster", "nel nostro corso di laurea": a guest session inside the sender's own programme is for its students
              r"|\b(?:in|im|binnen|bij|voor|within|on|dans|en|nel|nella|no|na|em)\s+(?:our|notre|nos|unsere\w*|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze|ons)\s+"
              r"(?:masterstudiengang\w*|bachelorstudiengang\w*|studiengang\w*|masterprogramm\w*|minor|masteropleiding\w*|bacheloropleiding\w*|opleiding"
              r"|masters?|master's|maestria|mestrado|mba|msc|licence|licenciatura|grado|corso di laurea|laurea(?: magistrale)?|pos-graduacao|posgrado)\b"
              r"|\b(?:eerste|tweede|derde|vierde)jaars\b"
              # "com os alunos do mestrado em Marketing", "the students of the MSc": the class named by its programme
              r"|\b(?:alunos|estudantes|students|studenti|alumnos|estudiantes|etudiants|studenten|studierenden)\s+(?:do|da|of the|of|del|della|du|de|des|van|het|im|der)\s+"
              r"(?:(?:la|le|el|il|o|a|the)\s+)?(?:masters?|mestrado|licenciatura|grado|bachelor\w*|laurea|mba|msc|maestria|magistrale|masteropleiding|minor|masterstudiengang\w*)\b"
              # "un module de 20h sur les social ads en M1", "for our Master 2", "in MBA": the class named by its year alone
              r"|\b(?:en|in|pour|for|para|per|voor|im|fur|aux|aos|ai|auprès des)\s+(?:m1|m2|l1|l2|l3|master\s?[12]|bachelor\s?[1-3]|mba|msc|bts)\b"
              # "agli studenti del nostro master", "aux étudiants de notre MBA", "a los alumnos de nuestro máster": the audience named
              # before the programme that is the sender's
              r"|\b(?:students?|etudiant\w*|eleves|studierende\w*|student\w*|estudiantes|alumnos|alumni|studenti|allievi|alunos|estudantes|studenten|cursisten|deelnemers|participants|partecipanti|participantes|teilnehm\w*)"
              r"\s+(?:of|in|from|de|du|des|del|della|dello|dei|do|da|dos|das|van|uit|unseres|unserer|in unserem|in unserer)\s+"
              r"(?:our|notre|nos|nostro|nostra|nostri|nuestro|nuestra|nuestros|nosso|nossa|nossos|onze|ons)\b"
              # "our MSc Digital Marketing students", "unsere Bachelor Online Marketing Studierenden", "onze hbo Commerciële
              # Economie studenten": the class named by its whole programme before the students
              r"|\b(?:our|my|unsere\w*|meine\w*|onze|mijn)\s+(?:[\w'&-]+\s+){2,4}?(?:students|studierende\w*|studenten|student\w*|cursisten|deelnemers|teilnehm\w*|participants|attendees)\b")
#: A session named by its quoted title (original text): "Panel „Social Ads 2025“", "la table ronde « IA et SEO »", "a talk
#: titled 'Ads that sell'", "la mesa «Redes y ventas»": the title is what the session is about, never asked again.
_SESSION_TITLE = (r"(?i)\b(?:panel|podium\w*|podiumsdiskussion|paneldiskussion|paneldiscussie|panelgesprek|table ronde|tavola rotonda|mesa redonda|mesa|painel"
                  r"|session|sessie|sessione|sesi[oó]n|sess[aã]o|atelier|workshop|talk|keynote|vortrag|lezing|charla|ponencia|palestra|intervento|conf[ée]rence)"
                  r"\s+(?:(?:intitul[ée]e?|titled|entitled|called|named|mit dem titel|zum thema|titulad[oa]|intitolat[oa]|chamad[oa]|getiteld|met de titel)\s+)?"
                  r"([«“\"„‚'‘]\s*[^»”\"“'’]{2,50}?\s*[»”\"“'’])")
#: A conference as the event a talk is given at (folded, a short window ending on the quoted name's noun): "lors de notre
#: conférence", "during our conference", "at the conference", "durante nuestra conferencia", "alla nostra conferenza".
_CONFERENCE_AS_EVENT = (r"\b(?:lors d[eu']|pendant|durant|au cours d[eu']|dans le cadre d[eu']|a|at|during|in|durante|en|alla|nella|na|no|op|tijdens|bei|auf|wahrend)\s*"
                        r"(?:notre|la|cette|our|the|this|nuestra|la nostra|a nossa|nossa|onze|de|unserer|der)\s+(?:conf[ée]rence|conference|conferencia|conferenza|conferentie|konferenz)\s")
#: A speaker sought "on" a quoted title: "une intervenante sur « La pub Meta avec un petit budget »", "a speaker on
#: "Social ads on a budget"", "un Vortrag zum Thema „SEO für Shops“" (group "t": the preposition and the title, as written).
_SPEAKER_ON_QUOTED = (r"(?i)\b(?:speakers?|speakerin|intervenant\w*|conf[ée]rencier\w*|conferenciante\w*|referent\w*|redner\w*|ponentes?|relat(?:ore|rice|ori)"
                      r"|palestrantes?|orador\w*|sprekers?|keynote|talk|intervention|vortrag|charla|ponencia|intervento|palestra|lezing)"
                      r"\s+(?P<t>(?:sur|on|about|über|zum thema|zu|sobre|su|sul|sulla|over)\s*[«“\"„]\s*[^»”\"“„\n]{2,60}?\s*[»”\"“])")
#: A session "dedicated to" its topic: "une table ronde consacrée à la publicité sur les réseaux sociaux", "a panel
#: dedicated to social ads", "una mesa redonda dedicada a la publicidad", "un panel gewijd aan SEO" (group 1: the topic).
_SESSION_DEDICATED_TO = (r"(?i)\b(?:panel|podium\w*|paneldiskussion|paneldiscussie|panelgesprek|table ronde|tavola rotonda|mesa redonda|mesa|painel"
                         r"|session|sessie|sessione|sesi[oó]n|sess[aã]o|atelier|workshop|talk|keynote|lezing|charla|ponencia|palestra|intervento|conf[ée]rence)"
                         r"\s+(?:consacr[ée]e?s?|d[ée]di[ée]e?s?|dedicated|devoted|dedicad[ao]s?|dedicat[ao]|dedicat[ei]|gewijd)\s+(?:(?P<art>au|aux|alla|allo|all'|alle|agli|ai|al|ao|aos|às|as)\b\s*|(?:to|à|a|aan)\s+)"
                         r"([^\W\d_][\w'’ -]{2,50}?)\s*(?=[.,;:!?)\n]|$)")
#: The article inside "à"/"a" contracted with it (folded): "au SEO" → "le SEO", "alla pubblicità" → "la pubblicità".
_CONTRACTED_ARTICLE = {"au": "le ", "aux": "les ", "alla": "la ", "allo": "lo ", "all'": "l'", "alle": "le ", "agli": "gli ", "ai": "i ",
                       "al": "el ", "ao": "o ", "aos": "os ", "as": "as "}
#: The preposition that introduces a topic in each language: "zum Thema …", "over …", "sur …".
_TOPIC_PREP = {"pt": "sobre", "es": "sobre", "fr": "sur", "en": "on", "it": "su", "de": "zum Thema", "nl": "over"}
#: A Dutch or German infinitive's particle left at the end of a topic, with or without its verb: "over social ads te",
#: "über Social Ads zu halten", "over SEO te komen vertellen".
_TOPIC_VERB_TAIL = (r"(?i)(?:\s+(?:om\s+)?(?:te|zu)(?:\s+(?:komen\s+)?[a-zäöüß]+)?"
                    # "für unser Panel zu Social Ads 2025 | anfragen", "voor ons panel over SEO | uitnodigen": the asking verb too
                    r"|(?:\s+(?:komen|geven|houden|vertellen|verzorgen|spreken|praten|uitnodigen|halten|geben|sprechen|erzählen|anfragen|einladen|gewinnen"
                    # "kan ik de slides van je webinar over LinkedIn ads | ergens downloaden?": where to get it, never the topic (144 O)
                    r"|ergens|irgendwo|downloaden|herunterladen|runterladen|terugkijken))+)\s*$")
#: A named school, company or platform the piece came through, closing a topic: "over contentstrategie | via Karel de Grote
#: Hogeschool", "on SEO | via the Lyon Chamber of Commerce", "sur le SEO | via BNP Paribas".
_VIA_CHANNEL_TAIL = (r"\s+via\s+(?:de |het |the |la |le |l'|el |il |a |o |die |der |das )?"
                     # a marketing channel is the topic's own means ("aquisição de clientes via LinkedIn Ads"), never cut
                     r"(?!(?:LinkedIn|Google|Meta|Facebook|Instagram|TikTok|YouTube|Pinterest|Snapchat|Twitter|WhatsApp|SEO|SEA|SMS)\b)"
                     r"[A-ZÀ-Ý][\w'&.-]*(?:\s+[\w'&.-]+){0,5}\s*$")
#: "met interesse", "mit großem Interesse", "with interest", "avec intérêt", "con interés", "con interesse", "com interesse" closing a topic.
_WITH_INTEREST_TAIL = (r"(?i)\s+(?:met|mit|with|avec|con|com)\s+(?:(?:veel|grote?m?|gro(?:ß|ss)em|great|much|beaucoup d'|grand|mucho|molto|grande|muito)\s+)?"
                       r"(?:interesse|interest|intérêt|interet|interés|interes)\s*$")
#: A topic that is only the proposal itself (folded): "zu einer Gastvorlesung", "zu einem Vortrag", "voor een gastles".
_TOPIC_IS_PROPOSAL = (r"^(?:zu|zur|zum|voor|tot|bei)\s+(?:einer?|einem|der|dem|een|de|het)?\s*(?:gast\w*|vortrag\w*|vorlesung\w*|workshop\w*|keynote\w*"
                      r"|seminar\w*|impuls\w*|webinar\w*|podcast\w*|interview\w*|lezing\w*|presentatie\w*|training\w*|masterclass\w*)$")
#: The audience a session is for, named after "for" (folded): "per gli studenti del corso di laurea", "pour les étudiants de
#: master", "for the second-year students", "para los alumnos del grado", "für die Studierenden", "voor de deelnemers".
_AUDIENCE_FOR = (r"\s(?:for|to|pour|aux|aupres (?:de|des)|per|agli|ai|alle|para|aos|fur|an|voor|aan)\s+(?:the |les |gli |i |le |los |las |os |as |die |de |het |unsere\w* |onze |our |nos |nostri |nuestros |nossos )?"
                 r"(?:[\w'-]+\s+)?(?:students|etudiants|eleves|\w*studierende\w*|\w*studenten|estudiantes|alumnos|studenti|allievi|alunos|estudantes|cursisten"
                 r"|participants|partecipanti|participantes|teilnehm\w*|deelnemers|attendees)\b")
#: The trade a session is for (folded), its audience told: "un atelier sur la pub Instagram pour commerçants", "a workshop
#: for shop owners", "para emprendedores" (only to know the audience is given: the topic keeps these words).
_AUDIENCE_TRADE = (r"\s(?:for|pour|aux|aupres (?:de|des)|per|agli|ai|alle|para|aos|fur|voor)\s+(?:the |les |gli |i |le |los |las |os |as |die |de |het )?"
                   r"(?:[\w'-]+\s+)?(?:commercants|artisans|entrepreneurs|independants|dirigeants|retailers|shop owners|store owners|merchants|founders|small business owners"
                   r"|comerciantes|emprendedores|autonomos|commercianti|negozianti|imprenditori|artigiani|lojistas|empreendedores|empresarios"
                   r"|handler|handlerinnen|einzelhandler\w*|grunder\w*|unternehmer\w*|selbststandige|ondernemers|winkeliers|zzp'ers)\b")
#: "for you or someone in your network?" (folded): the role is offered to her first.
#: A partnership's work for the sender's own clients (folded): "white-label work", "para clientes franceses", "pour nos clients":
#: business between two providers, never a client's need nor a job.
PARTNER_WORK = (r"\b(?:white[- ]?label\w*|marque blanche|marca blanca|marca bianca|sous-traitan\w*|subcontract\w*|subcontrat\w*|subappalt\w*|onderaannem\w*"
                r"|(?:for|pour|para|per|fur|voor|bei|chez|de|dei|unserer|onze|our|nos|nossos|nuestros|nostri) (?:\w+ ){0,2}(?:clients?'?|clientes|clienti|kunden|klanten)\b"
                r"|(?:clients?|clientes|clienti|kunden|klanten) (?:\w+ )?(?:francais|franceses|francesi|franzosisch\w*|franse|french|in frankreich|en france|in france|em franca|in francia|en francia)\b"
                # "we krijgen steeds vaker Franse klanten", "more and more French clients": the adjective before the clients (not
                # German: its reply says "Kunden in Frankreich", wrong for "französische Kunden" of a peer abroad)
                r"|(?:franse|french) (?:\w+ )?(?:clients?|klanten)\b)")
_YOU_OR_SOMEONE = (r"\b(?:(?:you|vous|toi|sie|dich|usted|ti|te|lei|voce|si|u|jou|je) (?:(?!know\b)\w+ )?(?:or|ou|oder|o|of) (?:[\w-]+ )?"
                   r"(?:someone|somebody|anyone|quelqu'un|jemand\w*|alguien|qualcuno|alguem|iemand)"
                   # "Você teria interesse ou indicação?", "Teria interesse ou alguma indicação?": her first, then someone she would refer
                   r"|interesse ou (?:alguma |uma |alguem pra |alguem para )?indica(?:cao|coes|r)|interes ou (?:alguna )?recomendacion)\b")
#: A degree programme (folded): "un máster", "the MSc", "den Masterstudiengang", "la laurea magistrale".
_PROGRAMME_NOUN = (r"(?:minor|masters?|master's|maestria|mestrado|mba|msc|ma|bachelor\w*|licence|licenciatura|grado|laurea(?: magistrale)?|corso di laurea"
                   r"|studiengang\w*|masterstudiengang\w*|masterprogramm\w*|opleiding|masteropleiding|programme|program|programa|programma|diplomado|pos-graduacao|posgrado)")
#: The sender runs or teaches a programme: its students are the audience ("coordino un máster en Comunicación Digital").
_PROGRAMME = (rf"\b(?:coordino|coordin\w+|dirijo|dirigo|dirige|diriges|leite|leiten|koordiniere|coordeno|run|lead|direct|teach|enseigne|ensino|enseno|insegno|doceer|geef les"
              rf"|responsable|responsabile|coordinat\w+|coordinador\w*|coordenador\w*|coordinat(?:or|rice)|director\w*|direttore|direttrice|leiter\w*|docente|profesor\w*|professor\w*|lecturer|teacher|enseignant\w*)"
              rf"\b(?:\s+[\w'-]+){{0,4}}?\s+(?:(?:un|una|uno|le|la|el|il|lo|o|the|our|den|die|das|de|het|een|a|an|do|du|del|della|dello|of|van|des|no|na|in|en|em|au|al|at|im|am)\s+){{1,2}}"
              # "I coordinate the digital marketing program": the programme named with its field before it (English word order)
              rf"(?:(?!(?:and|or|of|for|with)\b)[a-z][\w-]+\s+){{0,2}}{_PROGRAMME_NOUN}\b")
#: A verb or copula ends a topic: "over contentstrategie zou fantastisch zijn" is "over contentstrategie".
_TOPIC_VERB = (r"\s+(?:zou|zijn|is|was|waren|wordt|werd|sono|era|erano|sara|sarebbe|est|sont|etait|serait|sera|ist|sind|war|waren|ware|wurde|es|son|fue|fueron"
               # "tu post sobre las cookies | estuvo genial", "seu post sobre SEO | estava ótimo": "estar" ends the topic as "ser" does
               r"|estuvo|estuvieron|estaba|estaban|esteve|estiveram|estava|estavam"
               r"|seria|sera|sao|foi|were|are|would|will|has|have|heeft|hat|haben|ha|hanno|tem|tiene|m'a|mi ha|me ha"
               r"|geweldig|fantastisch|great|genial|fantastic[oa]?|toll|super"
               # "vond je nieuwsbrief over ChatGPT | echt interesant", "fand deinen Beitrag über SEO | wirklich spannend", "found
               # your post on SEO | really interesting": the verdict of "vinden/finden/find" closes the topic (misspelt too), never
               # pasted into "leuk dat je mijn nieuwsbrief over … echt interesant leest"
               r"|(?:(?:echt|heel|erg|zo|best|really|very|so|truly|super|mega|voll|ganz|wirklich|sehr|total|richtig|ziemlich)\s+)?"
               r"(?:inte?r+es+ant(?!e)|inte?r+es+ting|nuttig|leerzaam|boeiend|inspirerend|insightful|useful|helpful|hilfreich|spannend|lehrreich)(?=\s*$|\s*[.!?,;])"
               # "une collaboration sur des projets transfrontaliers | pourrait être pertinente": a modal or "seems" ends the
               # topic, never pasted as "votre proposition de collaboration sur … pourrait être pertinente"
               r"|pourrait|pourraient|devrait|semble|me semble|podria|podrian|deberia|parece|me parece|potrebbe|potrebbero|dovrebbe|sembra|mi sembra"
               r"|poderia|poderiam|deveria|konnte|konnten|durfte|scheint|kunnen|zouden|lijkt|could|might|should|seems"
               # "je webinar over LinkedIn ads | ergens downloaden?", "dein Webinar zu SEO | irgendwo herunterladen?": where to get it (144 O)
               r"|ergens|irgendwo"
               # "tes posts sur les TikTok ads | m'ont trop motivé", "tus posts sobre SEO | me ayudaron": the clause's own verb
               # after an object pronoun ends the topic, never spliced into "merci d'avoir lu mes posts sur … m'ont motivé"
               # "ton post sur la fin des cookies | a fait débat chez nous", "your post on cookies | sparked a debate", "tu post sobre
               # cookies | provocó debate", "il tuo post sui cookie | ha fatto discutere": the clause's verb ends the topic, never
               # pasted into "que tu aies lu mon post sur … a fait débat"
               r"|a (?:fait|suscite|provoque|cree|lance|declenche|eu|beaucoup|vraiment|tellement|trop|completement|fait debat)|ont (?:fait|suscite|provoque|eu)"
               r"|sparked|triggered|provoco|desato|gerou|causou|provocou|sorgte|loste|zorgde"
               r"|m'ont|m'avaient|t'ont|nous ont|me (?:font|donnent|motivent|inspirent|aident|plaisent|parlent|ont|servent)"
               r"|me (?:han|ayud\w+|encant\w+|gust\w+|sirv\w+|inspir\w+|motiv\w+|dieron|dan)|nos (?:han|ayud\w+)"
               r"|mi (?:hanno|piac\w+|sono|aiut\w+|ispir\w+|motiv\w+)|me (?:ajud\w+|inspir\w+|motiv\w+|deram|dao)"
               r"|helped|inspired|motivated|gave me|made me|haben mich|hat mich|hebben me|heeft me|hielpen"
               # "m'inspirent beaucoup", "help me so much", "helfen mir sehr", "helpen me enorm", "m'hanno aiutato": the verb
               # in the present or elided, with its object pronoun, ends the topic just the same
               r"|m'(?:inspir\w+|aid\w+|plai\w+|parl\w+|motiv\w+|donn\w+|serv\w+|apprenn\w+|apport\w+|ont|hanno|ha)"
               # (the topic slot often stops before the pronoun: "on content strategy help", "over SEO helpen")
               r"|(?:help|helps|inspire|inspires|motivate|motivates|helfen|hilft|inspirieren|inspiriert|motivieren|motiviert"
               r"|helpen|helpt|inspireren|inspireert|motiveren|motiveert)(?=\s+(?:me|us|mir|mich|uns|mij|ons)\b|\s*$)"
               # "uw post over contentstrategie | sprak me erg aan", "Ihr Beitrag über SEO | sprach mich an": the clause's own
               # verb (the slot often stops before its pronoun), never pasted into "fijn dat u mijn post over … sprak hebt gelezen"
               r"|(?:sprak|spraken|spreekt|sprach|spricht)(?=\s+(?:me|mij|ons|mich|uns)\b|\s*$)"
               r"|(?:teach|teaches|taught|give|gives|keep|keeps) (?:me|us)|(?:bringen|bringt|geben|gibt) (?:mir|mich|uns)"
               r"|(?:geven|geeft|leren|leert) (?:me|mij|ons)"
               # "la mesa de SEO | y creo que encajarías", "the SEO panel | and I think you'd fit": the sender's own opinion
               # clause after the topic ends it, never carried into "por pensar en mí para la mesa sobre SEO y creo que …"
               # "on influencer marketing | can u answer a few questions pls", "sur le SEO | pouvez-vous …", "sobre SEO | puedes …":
               # the question put to her starts a new clause (unpunctuated), never pasted into "Thanks for reaching out about …"
               r"|(?:can|will)(?= (?:you|u)\b|\s*$)|pls|plz|please|peux[- ]tu|pouvez[- ]vous|pourriez[- ]vous|pourrais[- ]tu|puedes|puede usted|podrias"
               r"|puoi|puo|kannst du|konnen sie|kun je|kunt u|podes|pode (?:me|nos)|poderias"
               r"|(?:(?:and|y|e|et|und|en)\s+)?(?:i (?:think|believe|feel)|we (?:think|believe|feel)|creo que|creemos que|pienso que|pensamos que"
               r"|je (?:pense|crois) que|nous (?:pensons|croyons) que|on (?:pense|croit) que|ich (?:glaube|denke|finde)|wir (?:glauben|denken|finden)"
               r"|(?:penso|credo|pensiamo|crediamo) che|(?:eu )?acho que|achamos que|(?:ik|wij|we) (?:denk|denken|vind|vinden)))\b")


#: Her fields, as a session's own topic is named in one (folded).
_FIELD = (r"(?:seo|sea|sem|content[- ]?marketing|content[- ]strategy|contentstrategie|content|digital marketing|online[- ]?marketing|social[- ]media(?:[- ]marketing)?"
          r"|social[- ]ads|social[- ]advertising|paid[- ]social|linkedin(?:[- ]ads)?|instagram|tiktok|facebook[- ]ads|google[- ]ads|meta[- ]ads|e-?mail[- ]?marketing|copywriting"
          r"|marketing digital|marketing digitale|marketing numerique|redes sociales|redes sociais|social)")
_SESSION_NOUN = r"(?:workshops?|panels?|talks?|trainings?|masterclass(?:es)?|sessions?|webinars?|keynotes?|seminars?|lectures?|class(?:es)?|courses?)"
#: A session named by its field: "a half-day digital marketing workshop", "SEO-Workshop", "un taller de SEO" (folded).
_FIELD_SESSION = {
    "en": rf"\b(?:a|an|one|our|the)\s+(?:(?:half[- ]day|full[- ]day|one[- ]day|two[- ]day|three[- ]day|multi[- ]day|\d+[- ]?(?:hours?|minutes?|mins?|h|days?)|short|quick|online|in-person|hands-on|practical|introductory|intro)[- ]?\s*){{0,2}}"
          rf"(?P<t>{_FIELD})\s+{_SESSION_NOUN}\b",
    "de": rf"\b(?P<t>{_FIELD})-(?:workshop|vortrag|vortrags|schulung|training|masterclass|seminar|webinar|session|keynote|impulsvortrag)\b",
    "nl": rf"\b(?P<t>{_FIELD})[- ]?(?:workshop|training|lezing|masterclass|sessie|webinar|cursus|presentatie)\b",
    "fr": rf"\b(?:atelier|workshop|formation|conference|masterclass|session|seminaire|webinaire)\s+(?P<p>de|d')\s*(?P<t>{_FIELD})\b",
    "es": rf"\b(?:taller|workshop|charla|ponencia|formacion|curso|seminario|masterclass|sesion|webinar)\s+(?P<p>de)\s+(?P<t>{_FIELD})\b",
    "it": rf"\b(?:workshop|intervento|formazione|corso|seminario|masterclass|sessione|webinar|laboratorio)\s+(?P<p>di)\s+(?P<t>{_FIELD})\b",
    "pt": rf"\b(?:workshop|oficina|palestra|formacao|curso|seminario|masterclass|sessao|webinar)\s+(?P<p>de)\s+(?P<t>{_FIELD})\b",
}

#: A topic slot that is the reply, terms or availability asked for, not what a talk is about (folded): "über eine
#: Rückmeldung (würde ich mich freuen)", "sobre su disponibilidad", "about your rates", "over uw voorwaarden".
_NOT_A_TOPIC = (r"(?:\w+'?\s+)?(?:(?:a|an|the|your|my|une?|vos|votre|tes|ton|ta|eine[mnr]?|ein|ihre[mnr]?|deine[mnr]?|su|sus|tu|tus|la|las|el|los|le|la|il|i|lo|sue|sua|suoi|seu|sua|seus|suas|o|os|as"
                r"|een|uw|je|jouw|de|het)\s+){0,2}(?:(?:kurze[nr]?|kleine[nr]?|short|quick|brief|breve|rapide|rapida|rapido|pequena|pequeno|petite?|korte?|snelle)\s+)?"
                r"(?:ruckmeldung\w*|antwort\w*|feedback|reactie\w*|terugkoppeling|reply|replies|response|risposta|riscontro|respuesta|resposta|reponse"
                r"|condizioni|condiciones|condicoes|conditions|voorwaarden|konditionen|bedingungen|terms|tarif\w*|tariff?a?s?|rates?|honorar\w*|honorari\w*|honorarios|compenso"
                r"|disponibilit\w*|disponibilidad\w*|availability|verfugbarkeit|beschikbaarheid)\b"
                # "il tema è libero", "le sujet est libre": the topic left free, not a topic named "libre"
                r"|(?:\w+'?\s+)?(?:libre|libres|libero|libera|livre|frei|vrij|free|open|aperto|abierto|aberto|ouvert)\s*$"
                # "uns ab und zu Kunden zuschicken": the clients passed between peers, never a topic "zu Kunden"
                r"|(?:zu|to|a|aan)\s+(?:kunden|clients?|clientes|clienti|klanten)\s*$")


#: Kind words trailing a piece's topic (folded): "je reactie over GA4 heel nuttig", "il tuo commento su GA4 molto utile",
#: "seu post sobre Reels muito útil", "your post on GA4 super helpful": the praise is the sender's, never part of the topic.
_PRAISE_ADJ = (r"nuttig|handig|leerzaam|interessant|waardevol|verhelderend|inspirerend|useful|helpful|interesting|insightful|valuable|eye-?opening|inspiring"
               r"|hilfreich|nutzlich|wertvoll|lehrreich|aufschlussreich|inspirierend|utile|utilissim[oa]|interessante|prezios[oa]|illuminante"
               r"|util|utilisim[oa]|interesante|valios[oa]|buenisim[oa]|inspirador[a]?|pertinent|passionnant|eclairant|instructif")
#: Intensifiers before kind words (folded): "bijzonder waardevol", "besonders hilfreich", "particolarmente utile".
_INTENSIFIER = (r"heel|erg|zeer|echt|best|super|mega|bijzonder|uiterst|ontzettend|enorm|really|very|so|truly|quite|extremely|particularly|especially"
                r"|incredibly|sehr|richtig|wirklich|total|voll|besonders|ausserst|ungemein|molto|davvero|proprio|veramente|particolarmente|estremamente"
                r"|muy|realmente|bastante|especialmente|sumamente|particularmente|extremadamente|muito|bem|extremamente|tres|vraiment|trop|hyper|ultra"
                r"|vachement|particulierement|extremement")
_PRAISE_TAIL = (rf"\s+(?:(?:(?:{_INTENSIFIER})\s+){{1,2}}"
                rf"(?:{_PRAISE_ADJ}|top|goed|sterk|gaaf|tof|geweldig|helder|great|good|brilliant|spot on|gut|klasse|toll|stark|spannend|ottim[oa]|genial|otim[oa]|incrivel)"
                rf"|(?:{_PRAISE_ADJ})"
                # a lone intensifier left where the kind word was cut: "over contentstrategie bijzonder (waardevol)"
                r"|(?:bijzonder|uiterst|ontzettend|erg|zeer|particularly|especially|extremely|very|besonders|ausserst|particolarmente|estremamente|molto"
                r"|davvero|especialmente|sumamente|particularmente|muy|extremamente|muito|particulierement|extremement|vraiment))\W*$")


#: A channel named before a work's topic: "on LinkedIn about …", "sur Instagram sur …", "auf LinkedIn über …", "op LinkedIn over …".
_CHANNEL_BEFORE_TOPIC = (r"(?i)(?:on|sur|auf|en|em|no|na|op|su|sul|in)\s+(?:instagram|linkedin|youtube|tiktok|facebook|twitter|x|substack|medium)"
                         r"\s*,?\s+(?=(?:about|on|regarding|sur|à propos d|au sujet d|concernant|über|zu|zum|zur|sobre|acerca d|su|sul|sulla|sullo|sulle|sull|sui|sugli|riguardo|over|omtrent)\b)")


#: Small words a cut topic can end on: "ai", "for", "de", "with" (of "with great interest" cut), and the "of (the)" before a
#: possessive: "dei", "degli", "of the",
#: "des", "van", "dos", "der" (written in lower case only).
_TOPIC_CUT_END = (r"(?:\s+(?:with|avec|mit|met|con|com|ai|agli|alle|al|to|for|aux|au|an|aan|voor|para|a|aos|as|los|de|dei|degli|delle|del|della|dello|di|of|the|des|du"
                 r"|van|het|do|da|dos|das|der|von|vom|pra|pras|pros"
                 # "over SEO binnen (onze minor)", "about SEO within (our programme)", "zu SEO innerhalb (unseres Studiengangs)":
                 # a place preposition left dangling where the possessive stopped the phrase
                 r"|binnen|within|innerhalb|dans|dentro|in|im|bij|bei|at|chez|en|nel|nella|em|tijdens|during|wahrend|während))+$")


#: The joint work a partnership is proposed for (folded): "samenwerken aan een training", "Kooperation bei Trainings",
#: "collaborate on a workshop", "collaborer sur une formation", "colaborar en un curso", "collaborare a un corso",
#: "parceria num workshop": group ``on`` starts at the preposition.
_PARTNER_OBJECT = (r"\b(?:samenwerken|samen (?:te )?werken|samenwerking|zusammenarbeit|zusammen ?arbeiten|kooperation|kooperieren|collaborat\w*|work(?:ing)? together"
                   r"|team(?:ing)? up|partner(?:ing)? up|collaborer|colaborar|colaboracion|collaborare|collaborazione|colaboracao|parceria|fazer uma parceria)"
                   r"\s+(?P<on>aan|an|bei|on|sur|pour|en|em|a|su|per|para|no|num|numa|in|op)\s+(?P<obj>)(?:(?:een|eine[mnr]?|einer|a|an|une?|una?|uma|um|uno|the|la|le|el|il|o|de|het|des|unos|unas|dei|delle)\s+)?"
                   r"(?:(?:[\w-]+)\s+)?(?:trainings?|schulung\w*|workshops?|webinars?|webinaires?|webinare|formations?|formacion\w*|formazion\w*|formacao|formacoes|cursos?|corsi|corso"
                   r"|courses?|opleiding\w*|cursus\w*|masterclass\w*|seminar\w*|seminari\w*|ateliers?|taller(?:es)?|oficinas?|weiterbildung\w*|bootcamps?)\b")


#: A second month joined to the first (folded, right after it): "im Januar/Februar", "in January or February", "en enero o
#: febrero", "in januari of februari": the two months offered are both kept.
_MONTH_ALSO = {lang: rf"(?:\s?/\s?|\s+(?:or|ou|oder|o|of|und|and|et|y|e|en)\s+)(?:{months})\b" for lang, months in _MONTHS.items()}
_MONTH_OR = {"fr": "ou", "en": "or", "de": "oder", "es": "o", "it": "o", "pt": "ou", "nl": "of"}


def _with_month_also(phrase: str, original: str, folded: str, lang: str) -> str:
    """A month phrase with the month the sender named beside it: "im Januar" of "im Januar/Februar" is "im Januar oder Februar".

    >>> _with_month_also("im Januar", "Hast du im Januar/Februar Zeit?", "hast du im januar/februar zeit?", "de")
    'im Januar oder Februar'
    >>> _with_month_also("in May", "Free in May? June is busy", "free in may? june is busy", "en")
    'in May'
    """
    at = folded.find(fold(phrase)) if phrase and lang in _MONTH_ALSO else -1
    m = cre.match(_MONTH_ALSO[lang], folded[at + len(phrase):]) if at >= 0 and len(folded) == len(original) else None
    if not m:
        return phrase
    tail = original[at + len(phrase):at + len(phrase) + m.end()]
    if "/" in tail:
        tail = f" {_MONTH_OR[lang]} " + tail.split("/", 1)[1].strip()
    return phrase + tail


#: A topic that is only a preposition and "projects" (folded): "sui progetti", "on projects", "sur des projets", "an Projekten".
_BARE_PROJECTS = (r"(?:on|in|sur|a|aux|sui|su|nei|en|em|nos|an|bei|aan|bij|op|for|pour|per|para|fur|voor)"
                  r"(?: (?:des|les|the|some|los|unos|i|dei|alcuni|os|uns|den|de|het|einigen))? (?:projects?|projets?|proyectos?|progetti|progetto|projetos?|projekte[n]?|projecten|project)")
#: The details a sender offers to send (folded), just before a topic slot: "weitere Infos zu Format und Honorar", "more details
#: on the format and fee", "plus d'informations sur le format", "más detalles sobre el formato", "maggiori dettagli su formato e
#: compenso", "mais detalhes sobre o formato", "meer informatie over het format": what they will send, never what the talk is about.
_DETAILS_OFFERED = (r"\b(?:infos?|informationen|information|informations|details|detail|einzelheiten|detalles|detalle|informacion|informaciones"
                    r"|dettagli|informazioni|info|detalhes|informacoes|informatie|informaties|gegevens)")


def _clean_topic(topic: str) -> str:
    """A topic slot as a clean noun phrase: never "on behalf of …", cut before a verb or copula, or nothing."""
    folded = fold(topic)
    if cre.match(r"(?:on behalf|au nom|im namen|en nombre|a nome|em nome|namens|per conto)\b", folded):
        return ""
    if cre.match(_NOT_A_TOPIC, folded):
        return ""  # "Über eine Rückmeldung würde ich mich freuen", "sulle sue condizioni": the reply or terms asked, not a topic
    # "your post on LinkedIn about Meta ads", "ton post sur LinkedIn à propos du SEO": the channel said before the topic is
    # no part of it (never "my post on LinkedIn about …"); the topic's own preposition stays
    ch = cre.match(_CHANNEL_BEFORE_TOPIC, topic)
    if ch and len(topic) - ch.end() >= 4:
        topic = topic[ch.end():]
        folded = fold(topic)
    lol = cre.search(r"[\s,;:]+" + _LAUGH, folded) if len(folded) == len(topic) else None
    if lol and lol.start() > 0:
        topic, folded = topic[:lol.start()], folded[:lol.start()]  # "GA4 migration lol": the sender's laugh, never part of the topic
    m = cre.search(_TOPIC_VERB, folded) if len(folded) == len(topic) else None
    if m and m.start() > 0:
        topic = topic[:m.start()].rstrip(" ,;:")
        if len(topic.split()) < 2:
            return ""
    # "sul content marketing ai", "sui progetti e-commerce dei (tuoi clienti)": never a dangling preposition or article, cut
    # where a pronoun stopped the phrase; written in lower case, so that "SEO & AI" keeps its "AI"
    topic = cre.sub(_TOPIC_CUT_END, "", topic)
    # "collaborare sui progetti dei tuoi clienti": "sui progetti" alone names nothing ("la proposta di collaborazione sui progetti")
    return "" if cre.fullmatch(_BARE_PROJECTS, fold(topic)) else topic


#: A talk the sender attended or saw, told in the past: "you gave a great talk on", "loved your talk about", "saw the keynote".
_TALK_HEARD = (r"\b(?:(?:you|she|he) (?:gave|did|held|delivered|ran)|(?:saw|heard|attended|watched|enjoyed|loved|caught|after|during"
               # "bij de koffie na je talk", "nach deinem Vortrag", "après ta conférence", "dopo il tuo intervento": after or
               # during her talk, heard
               r"|na|tijdens|nach|wahrend|apres|pendant|despues de|tras|durante|dopo|depois de|apos)"
               r"|(?:vous avez|tu as) (?:donne|anime|fait)|(?:du hast|sie haben) (?:\w+ )?(?:gehalten|gegeben)|(?:diste|dio|ha dado|has dado)"
               r"|(?:hai|ha) tenuto|(?:deu|voce deu)|(?:je|u) (?:gaf|hebt gegeven|heeft gegeven))"
               r" (?:a|an|your|the|une|un|ta|votre|einen|eine|deinen|ihren|una|tu|su|un|uma|um|sua|een|je|uw) (?:[\w-]+ ){0,2}"
               r"(?:talk|keynote|presentation|session|workshop|webinar|conference|intervention|vortrag|keynote|charla|ponencia|intervento|palestra|lezing|presentatie)\b"
               r"(?: (?:on|about|sur|uber|sobre|su|sul|sulla|over) [\w-]+(?: [\w-]+)?)?"
               # "je vous ai vue intervenir au webinar de la CCI", "I saw you speak at", "te vi hablar en", "ti ho sentita al",
               # "vi você falar no", "ik zag je spreken op", "ich habe dich beim Webinar gehört", "j'ai assisté à votre atelier":
               # the sender was in the audience, never inviting her to speak
               # "saw you speak at SMX Paris", "te vi hablar en el Congreso X", "ik zag je spreken op Frankwatching Live": an
               # event named without its noun, heard (never an invitation to speak there)
               r"|\b(?:(?:saw|seen|heard|watched|caught) (?:you|her)|(?:vous|t') ?ai (?:vue?|entendue?)|(?:te|la|le) (?:vi|vimos|escuche|he visto|ouvi)"
               r"|(?:vi|ouvi) (?:voce|a senhora)|(?:ti|la|vi) (?:ho|abbiamo) (?:vista|sentita|ascoltata)|(?:zag|hoorde) (?:je|jou|u))"
               r" (?:speak|speaking|present|presenting|talk|talking|intervenir|parler|hablar|falar|parlare|intervenire|spreken|presenteren)"
               r" (?:at|in|during|a|au|aux|lors d\w*|en|no|na|em|al|alla|op|bij|tijdens) [^.!?,;\n]{1,40}"
               r"|\b(?:dich|sie) (?:beim|bei|auf|im|am|in) [^.!?,;\n]{1,40} (?:sprechen|reden|vortragen) (?:sehen|horen|gehort|gesehen)"
               r"|\b(?:(?:saw|seen|heard|watched|caught) (?:you|her)|(?:vous|t') ?ai (?:vue?|entendue?|ecoutee?)|(?:te|la|le) (?:vi|vimos|escuche|escuchamos|he visto|he escuchado|ouvi|assisti)"
               r"|(?:vi|ouvi|assisti) (?:voce|a senhora)|(?:ti|la|vi) (?:ho|abbiamo) (?:vista|sentita|ascoltata|seguita)|(?:zag|hoorde|heb|hebben) (?:je|jou|u)(?: (?:zien|horen))?"
               r"|(?:dich|sie) (?:beim|bei|auf|im|am|in)(?= [^.!?\n]{0,60}\b(?:gehort|gesehen|erlebt)\b))"
               r" (?:[\w'-]+ ){0,4}?(?:webinars?|webinaire|talk|keynote|conference|conferencia|conferenza|congres|congress|kongress|congresso|summit|meetup|salon|atelier|workshop|taller|session|sessie|seminar|seminaire|seminario|masterclass|panel|table ronde|forum|evento?|event|evenement|veranstaltung|lezing|palestra|charla|ponencia|intervento)\b"
               r"|\b(?:(?:j'|nous )?(?:ai|avons) assiste a|(?:yo )?asisti a|ho (?:seguito|partecipato a)|(?:eu )?assisti (?:a|ao|a sua|ao seu)|was (?:ik )?bij|habe (?:ich )?an)"
               r" (?:[\w'-]+ ){0,3}?(?:webinars?|webinaire|talk|keynote|conference|conferencia|conferenza|atelier|workshop|taller|session|seminar|seminaire|seminario|masterclass|lezing|palestra|charla|ponencia|intervento|vortrag)\b")


#: Sponsored posts bought on a platform ("pagare le sponsorizzate", "sponsored ads", "les posts sponsorisés", "sponsoriser mes
#: publications"): paid ads asked about, never a sponsor sought (a partnership).
_SPONSORED_ADS = (r"\bsponsored (?:posts?|ads?|content|stories|reels?|campaigns?|listings?|results?)\b|\bsponsoris(?:e|ee|es|ees)\b"
                  r"|\bsponsorizzat[aeio]\b|\b(?:sponsoriser|sponsorizzare|sponsor(?:ing|iser)?) (?:mes |nos |les |des |my |our |i |le |dei |gli )?"
                  r"(?:posts?|publications?|contenus?|contenuti|content|reels?|stories|annonces?|ads?)\b")

#: A jury the sender and she sat on together, in the past (folded): "we sat on the jury together", "wij zaten samen in de
#: jury", "nous étions dans le même jury", "fuimos jurado juntos", "eravamo insieme in giuria", "estivemos juntos no júri",
#: "wir saßen zusammen in der Jury": a shared memory, never a jury seat offered to her.
_JURY_SHARED = (r"\b(?:(?:we|wij|ze) (?:both )?(?:sat|served|were|zaten|zijn)|wir (?:beide )?(?:waren|sassen|saßen)|(?:nous etions|on etait|nous avons siege|on a siege)"
                r"|(?:fuimos|estuvimos|coincidimos)|(?:eravamo|siamo stat[ie])|(?:estivemos|fomos|estavamos))"
                r" (?:together |samen |zusammen |gemeinsam |ensemble |juntos |juntas |insieme |junt[oa]s )?(?:(?:on|in|op|dans|au|en|na|no|nella|in der|in de|del|do|el|im|membres du|miembros del|membri della|membros do) )?"
                r"(?:the |de |le |la |el |il |o |a )?(?:same |meme |mesmo |stessa |zelfde |dezelfde |mismo |selben |gleichen )?(?:jury|jurado|giuria|juri)\w*"
                r"(?: (?:\w+ ){0,4}?(?:together|samen|zusammen|ensemble|juntos|juntas|insieme|junt[oa]s))?")

#: A programme recruiting mentors (folded): "suchen Mentorinnen", "we zoeken mentoren", "nous cherchons des mentors",
#: "we're looking for mentors", "buscamos mentoras", "cerchiamo mentor", "procuramos mentoras": her asked to be a mentor.
MENTORS_SOUGHT = (r"\b(?:suchen|zoeken|we zoeken|op zoek naar|(?:we are|we're|are) (?:looking for|seeking|recruiting)|looking for|recruiting"
                  r"|cherchons|recherchons|on cherche|on recherche|buscamos|estamos buscando|cerchiamo|stiamo cercando|procuramos|estamos procurando"
                  r"|estamos a procurar)\s+(?:(?:noch|nog|des|de|d'autres|other|more|new|neue|nieuwe|nuevas?|nuevos|nuove|novas?|novos|als) )?"
                  r"(?:mentors|mentorinnen|mentoren|mentores|mentoras|mentori|mentor(?=\s+(?:per|for|fur|voor|pour|para)\b)|mentores?)\b")

_PROPOSALS = {
    "guest": r"\b(?:invite[re]?|inviter|recevoir|accueillir|guest|have you on|feature you|interview(?:er|en)? (?:you|vous|te|sie|dich)|gast|zu gast|einladen|invitad[oa]|entrevistar(?:te|le)?|invitar(?:te|le)|ospite|intervistar(?:ti|la)|invitar(?:ti|la)|convidad[oa]|convidar|entrevistar|te gast|als gast|interviewen|uitnodigen)\b(?=.{0,80}\b(?:podcast|emission|episode|interview|live|show|folge|sendung|episodio|programa|puntata|aflevering|webinar|newsletter|blog|magazine|chaine|channel|kanal))|\b(?:live|lives|diretta|dirette|directo|directos|en vivo|livestream\w*)\b.{0,80}\b(?:invite[re]?|guest|gast|invitad[oa]|ospite|convidad[oa]|convidar|have you on|invitar(?:te|la|le)?|te gast|uitnodigen|einladen|be (?:a|my|our) guest|join us)\b|\b(?:podcasts?|emission|show|folge|episodio|programa|aflevering)\b.{0,130}?\b(?:receber|te receber|recibirte|recibirle|recibir|riceverti|riceverla|ospitarti|ospitarla|empfangen|ontvangen|invite[re]?|guest|gast|invitad[oa]|ospite|convidad[oa]|convidar|have you on|invitar(?:te|la|le)?|recevoir|te gast|uitnodigen|einladen|come on|coming on|(?:be|being) on (?:it|the show|the podcast|an episode)|join (?:me|us)|be (?:a|my|our) guest|record|participer|participar|partecipare|dabei sein|mitmachen|meedoen|langskomen|langs(?: te)? (?:komen|kom)|passer (?:sur|dans)|komen (?:vertellen|praten)|aanschuiven|come (?:and |to )?talk|venir (?:en )?parler|vorbeizukommen|venire a parlare|vir falar|venir a hablar|registrazione|registrare|recording|enregistrer|enregistrement|aufnahme|gravar|gravacao|grabar|grabacion|opname|opnemen|entrevistar(?:te|le|la)?|intervistar(?:ti|la)|interview(?:er|en)? (?:you|vous|te|sie|dich|je|u)|grabamos|gravamos|registriamo|enregistrons)\b"
             r"|\b(?:podcast|episode|episodio|aflevering|folge|emission)\b(?=.{0,250}\b(?:ca te dirait|ca vous dirait|seriez-vous partant\w*|serais-tu partant\w*|would love to have you|have you on|would you like to (?:join|come)|come on|te gustaria (?:venir|participar|hablar)|le gustaria (?:venir|participar|hablar)|ti andrebbe|le andrebbe|hattest du lust|hatten sie lust|lijkt (?:het )?(?:je|jou|u) (?:het )?leuk|bora gravar|topa (?:gravar|participar)|quer participar|gostaria de participar"
             # "Adoraríamos ter você num episódio … Topa?", "nos encantaría tenerte", "ci piacerebbe averti": the sender's show wants her on it
             r"|adorariamos (?:ter voce|te ter|te receber|contar com voce)|adoravamos (?:te-la|te-lo|ter-te|contar consigo)|topa"
             r"|nos encantaria (?:tenerte|tenerle|contar contigo)|ci piacerebbe (?:averti|averla|ospitarti|ospitarla))\b)"
             r"|\b(?:ca te dirait|ca vous dirait|would love to have you|have you on|te gustaria|ti andrebbe|hattest du lust|lijkt (?:het )?(?:je|jou|u) (?:het )?leuk|bora gravar)\b(?=.{0,120}\b(?:podcast|episode|episodio|aflevering|folge|emission)\b)"
             r"|\b(?:i host|i run|j'anime|ich moderiere|conduco|presento|apresento|ik host|ik presenteer)\b.{0,120}\b(?:join|recording|enregistrement|aufnahme|grabacion|registrazione|gravacao|opname|episode|episodio|folge|aflevering|come on)\b",
    "jury": r"\bjury\b|\bjurado\b|\bgiuria\b|\bjuri\b|\bjurylid\b|\bjuryleden\b|\bjurymitglied\w*|\bjury member\b|\bmembre du jury\b"
            # "our panel of experts reviewing marketing tools", "comité d'experts", "Expertenpanel": reviews to give, never a talk
            r"|\b(?:panel of (?:\w+ )?experts|expert panel|panel d'experts|comite d'experts|expertenpanel|expertenjury|expertenbeirat|panel de expertos"
            r"|comite de expertos|panel di esperti|comitato di esperti|painel de especialistas|painel de peritos|expertpanel|panel van experts"
            r"|deskundigenpanel)\b"
            # "wir … suchen Mentorinnen", "we zoeken mentoren voor ons programma", "nous cherchons des mentors": a programme
            # recruiting her as a mentor (a seat like a juror's), never her one-to-one mentoring sold
            r"|" + MENTORS_SOUGHT,
    "course": r"\bco-?cre(?:ate|ating|er|ons|ar|are|eren)\b.{0,40}\b(?:course|formation|cours|curso|corso|kurs|cursus|training|module|masterclass)|\b(?:create|creer|crear|creare|criar|erstellen|maken|monter|build) (?:a |un |une |uno |una |um |uma |einen |een )?(?:\w+ )?(?:online )?(?:course|formation|cours|curso|corso|kurs|cursus|masterclass) (?:together|ensemble|juntos|insieme|gemeinsam|samen|with you|avec (?:vous|toi)|contigo|con te|con lei|consigo|com voce|mit (?:ihnen|dir)|met (?:je|jou|u))\b",
    "cowrite": r"\bco-?ecri\w*|a quatre mains|\bco-?writ\w*|\bco-?author\w*|gemeinsam\w* (?:einen )?(?:artikel|beitrag|buch)|zusammen (?:schreiben|einen artikel)|escribir juntos|a cuatro manos|scrivere insieme|a quattro mani|escrever juntos|a quatro maos|samen (?:schrijven|een artikel)|tribune commune|article commun",
    # "una charla online con mis alumnos", "une intervention auprès de mes étudiants", "einen Online-Vortrag vor meinen
    # Studierenden": a teacher's invitation to speak to the class, never a client lead
    "speaker": r"\b(?:charla|ponencia|clase|talk|lecture|guest (?:class|lecture)|aula|palestra|intervention|intervento|lezione|vortrag"
               r"|gastvortrag|gastvorlesung|gastles|gastcollege|lezing)\b(?:\s+[\w-]+){0,2}?\s+(?:con|para|with|to|for|com|a|aos|aupres de|devant"
               r"|pour|per|ai|vor|fur|mit|voor|aan|bij)\s+(?:\w+\s+)?(?:mis|nuestros|my|our|meus|minhas|nossos|mes|nos|miei|nostri|meinen|unseren"
               r"|mijn|onze)\s+(?:\w+\s+)?(?:alumn\w*|estudiantes|students|pupils|alunos|alunas|estudantes|etudiants|eleves|studenti|allievi"
               r"|studierenden|studenten|schuler\w*|leerlingen)\b"
               r"|\b(?:convid\w+|invit\w+|einladen|uitnodigen)\b.{0,40}\b(?:painel|panel|mesa redonda|table ronde|tavola rotonda|podium\w*)\b"
               # "solliciter votre intervention en tant que conférencière lors de notre journée": a talk asked of her, in the formal French of an institution
               r"|\ben tant que (?:conferenciere|conferencier|intervenante?|oratrice|grand temoin|keynote speaker)\b|\bsollicit\w* (?:votre|ton|ta) (?:intervention|participation en tant qu)"
               # "organizo o … event … Gostaríamos de a convidar para falar sobre …": an event's invitation to speak on a topic
               r"|\b(?:event|evento|events|eventos|summit|conference|conferencia|congresso|congreso|meetup|days|festival|forum|jornadas)\b.{1,200}?"
               r"\b(?:convid\w+|invit\w+)\b(?: \w+){0,2} (?:para|a|to) (?:falar|palestrar|speak|hablar|parlare|intervenire|intervenir)\b(?= (?:sobre|about|on|de|su|di)\b)"
               # "nous aimerions vous proposer une conférence de 30 min", "vorremmo proporti un intervento", "offer you a speaking slot": a talk offered to her
               r"|\b(?:(?:vous|te) proposer|proponer(?:le|te|les)|propor(?:-?lhe|-?te)|(?:lhe|te) propor|propor(?:ti|le|vi)|offer you|(?:ihnen|dir) (?:gern\w* )?(?:einen|eine) (?=\w+ anbieten)"
               r"|(?:u|je|jou) (?:graag )?(?:een )?(?=\w+ (?:aanbieden|aan te bieden)))\s*(?:une |un |una |uma |a |an |een |einen |eine )?(?:[\w-]+ )?"
               r"(?:conference|intervention|keynote|talk|atelier|charla|ponencia|conferencia|palestra|intervento|speech|speaking slot|vortrag|lezing|masterclass)\b"
               # "convidá-la para uma palestra sobre tráfego pago", "invite you to give a talk", "Sie zu einem Vortrag einladen"
               r"|\b(?:convid\w+|invit\w+)\b.{0,25}\b(?:para|pour|per|for|to|a)\s+(?:uma|una|une|un|a|an)\s+(?:palestra|charla|ponencia|talk|intervento|intervention|presentation|presentazione|apresentacao|presentacion)\b"
               # "convidá-la para uma sessão sobre marketing digital com os nossos alunos": a session given to an audience
               r"|\b(?:convid\w+|invit\w+)\b.{0,25}\b(?:para|pour|per|for|to|a)\s+(?:uma|una|une|un|a|an)\s+(?:sessao|sesion|session|sessione)\s+(?:sobre|su|sul|sulla|on|about|sur|de|di|com|con|with|avec|para|per|pour|for)\b"
               r"(?=.{0,80}\b(?:alun[oa]s|alumn[oa]s|student\w*|etudiant\w*|estudiantes|estudantes|membros|miembros|members|membres|soci|associati|leden|mitglied\w*|participant\w*|partecipanti|participantes|deelnemers|teilnehmer\w*)\b)"
               # "convidá-la para ser oradora", "invitarla a ser ponente", "invite you to be a speaker": to speak, whatever the verb between
               r"|\b(?:convid\w+|invit\w+|einladen|uitnodigen)\b.{0,40}\b(?:oradora?|oradores|oradoras|palestrantes?|ponentes?|relat(?:ore|rice|ori)|speakers?|intervenante?s?|referent(?:in)?|sprekers?)\b"
               # "convidar para uma aula aberta", "invitarle a dar una clase", "invite you to give a lecture": a class to give, never one to attend
               r"|\b(?:convid\w+|invit\w+)\b.{0,25}\b(?:para|pour|per|for|to|a|ad)\s+(?:(?:dar|give|donner|tenere|fare|impartir|ministrar)\s+)?(?:uma|una|une|un|a|an)\s+(?:[\w'-]+\s+)?(?:aula|clase|lezione|class|lecture|masterclass|guest lecture|gastles|gastcollege)s?\b"
               # "Sie zur Podiumsdiskussion auf dem Forum … einladen", "nodigen we je uit voor ons panel", "lade Sie ein, … einen Vortrag
               # (30 Min.) … zu halten": the session named before the verb, or the verb split around the person invited
               r"|\b(?:zur|zum|zu (?:einer|einem|unserer|unserem)|auf (?:die|das|unsere|unser))\s+(?:[\w-]+\s+)?(?:podiumsdiskussion|paneldiskussion|diskussionsrunde|expertenrunde|talkrunde|panel\w*|podium\w*|keynote|impulsvortrag|vortrag)\b(?:\d+\.|min\.|[^.!?]){0,80}?\b(?:einladen|einzuladen|gewinnen)\b"
               r"|\b(?:lade|laden)\s+(?:ich |wir )?(?:sie|dich|euch)\s+(?:[\w.]+\s+){0,3}?ein\b(?:\d+\.|min\.|[^.!?]){0,100}?\b(?:vortrag\w*|keynote|impulsvortrag|podium\w*|panel\w*|diskussionsrunde|zu sprechen|vorzutragen)\b"
               r"|\b(?:einen|ein|eine)\s+(?:[\w-]+\s+)?(?:vortrag|impulsvortrag|keynote|talk)\b(?:\d+\.|min\.|[^.!?]){0,60}?\bzu halten\b"
               r"|\bnodig\w*\s+(?:\w+\s+)?(?:je|jou|u)\s+(?:graag\s+|van harte\s+|hierbij\s+)?uit\s+(?:voor|op|bij|in)\s+(?:\w+\s+){0,3}?(?:panel\w*|paneldiscussie|podium\w*|lezing|keynote|talkshow|rondetafel\w*|debat)\b"
               r"|\b(?:uitnodigen|uit te nodigen)\s+(?:voor|op|bij)\s+(?:\w+\s+){0,3}?(?:panel\w*|paneldiscussie|podium\w*|lezing|keynote|rondetafel\w*|debat)\b"
               # "me encantaría que dieras una charla", "vorremmo che tenesse un intervento", "adoraríamos que desse uma palestra"
               r"|\b(?:dieras|diera|dierais|impartieras|impartiera|tenessi|tenesse|facessi|facesse|desses|desse|ministrasse|ministrasses)\s+(?:una|un|uma|um)\s+(?:[\w-]+\s+)?(?:charla|ponencia|conferencia|intervento|talk|keynote|palestra|conferencia|masterclass|taller|workshop|seminario|oficina|lezione|clase|aula)\b"
               # "we'd love to have you on our panel about …", "join us on the round table": a seat on a panel
               r"|\b(?:have|having|want|get) you (?:on|join|for) (?:our|the|a|this) (?:[\w-]+ )?(?:panel|round ?table)s?\b|\bjoin (?:us )?(?:on|for) (?:our|the|a|this) (?:[\w-]+ )?(?:panel|round ?table)s?\b"
               r"|\bals (?:speakerin|speaker|rednerin|redner|panelist\w*|diskutant\w*|podiumsgast|panelgast|panellid)\b"
               r"|\bzu (?:einem|einer) (?:vortrag|keynote|impulsvortrag|podiumsdiskussion)\b|\bvoor een lezing\b|\b(?:uit(?:nodigen|genodigd)|nodig\w* (?:\w+ )?(?:je|jou|u) uit) (?:\w+ ){0,3}om te (?:spreken|komen spreken|presenteren)\b|\bals (?:spreker|keynote|spreekster)\b|\b(?:gastspre(?:ker|ekster)s?|gastredner\w*|gastsprecher\w*|guest speakers?)\b|\b(?:intervenir|oradores|oradoras|(?:om te spreken|(?<!je )(?<!jou )(?<!u )(?<!gisteren )(?<!vandaag )(?<!eindelijk )(?<!even )te spreken) (?:op|tijdens|bij)|intervenante?s?|parmi les intervenants|palestrar|palestrantes?|ponentes|relatori|co-intervenante?|animer (?:un|une)|speaker\w*|temoigner|give a talk|speak(?:ing)? at|(?:have you|you to|to) speak (?:on|about|at)|(?:love|like|want) (?:you|to have you) to speak\b|keynote|giving a (?:[\w-]+ )?talk|amas|an ama|ask me anything|give a (?:[\w-]+ )?talk|(?:a|an) [\w-]+ talk (?:on|about)|panelist|run a workshop|host a (?:session|workshop)|co-host|vortrag halten|referent(?:in)? (?:sein|gewinnen)|moderieren|ponente|dar una charla|relatore|relatrice|palestrante|dar uma palestra|sprekers?|speakers|een lezing geven|dagvoorzitter|(?:convidar|convida-la|convida-lo|invitarla|invitarle|invitarti|inviter|invite) (?:\w+ )?(?:como|comme|come|as an?) (?:oradora?|ponente|relatrice|relatore|intervenante?|speaker))\b",
    "partnership": r"\b(?:(?:ambassad\w*|embajador\w*|ambasciator\w*|embaixador\w*|botschafter\w*|creators?|createurs?|creadores|creatori|criadores) ?-?(?:program\w*|programm\w*|programa|programma)|(?:program\w*|programm\w*|programa|programma) (?:d'|de |di |do |voor |fur )?(?:ambassad\w*|embajador\w*|ambasciator\w*|embaixador\w*|botschafter\w*|createurs?|creadores|creatori|criadores|creators?)|sous-?trait\w*|subcontract\w*|sub-contract\w*|subunternehm\w*|subappalt\w*|subcontrat\w*|subcontrata\w*|onderaanne\w*|(?:partner|partnerin|partnerinnen|partnern|partnerin fur \w+) (?:\w+ ){0,2}(?:suche|suchen)|brauchst du (?:\w+ )?(?:jemanden|einen partner|eine partnerin)|offre commune|offre conjointe|monter une offre|joint offer|offres? groupees?|offres? combinees?|(?:joint|combined|bundled) (?:package|offering|service offer)|bundled offer|oferta (?:combinada|agrupada)|offerta combinata|pacchetto congiunto|oferta combinada|pacote (?:conjunto|combinado)|kombi-?angebot|gemeinsames paket|gecombineerd aanbod|gezamenlijk pakket|gemeinsames angebot|oferta conjunta|offerta congiunta|gezamenlijk aanbod|partenariat\w*|partenaire|collaborer|collaboration\w*|partnership\w*|referrals? both ways|elkaars klanten|each other'?s clients|nos clients respectifs|vos clients et les miens|gegenseitig kunden|clientes mutuos|clienti reciproci|clientes um do outro|refer (?:clients|each other)|cross-referr\w*|derivarnos clientes|clients? se recoupent|recommandations? croisee?s?|(?:recommandations|referrals|empfehlungen|recomendaciones|raccomandazioni|indicacoes|recomendacoes|aanbevelingen|doorverwijzingen) (?:mutuelles|croisees|mutual|cruzadas|mutuas|reciprocas|reciproche|incrociate|gegenseitige|wederzijdse)|(?:derivarnos|pasarnos|passarci|passarmos|nos passar|nous passer|nous envoyer|uns gegenseitig|elkaar) (?:\w+ )?(?:clientes|proyectos|clienti|progetti|projetos|clients|projets|kunden|projekte|klanten|opdrachten)|(?:clients|clientes|clienti|kunden|klanten) (?:complementaires|complementarios|complementari|complementares|complementair\w*|parecidos|similares|simili|ahnliche\w*|vergelijkbare)|(?:buscamos|busca|busco|buscando|cerchiamo|cerca|cerco|cercando|procuramos|procura|procuro|procurando|a procurar|suche|suchen|sucht|zoek|zoeken|zoekt|op zoek naar|looking for|seeking|searching for|cherchons|cherche|recherchons|recherche) (?:un |una |uns |um |uma |einen |eine |een |a |an |des )?(?:[\w-]+ ){0,3}(?:\w+-)?(?:partner|partnerin|partners|parceiros?|parceiras?|socios?|socias?|partenaires?)\b|projetos conjuntos|proyectos conjuntos|progetti congiunti|partner (?:up|with|on|together)|asociarnos|asociarme|asociarte|associarmos|associar-nos|associar-me|associarci|associarmi|associarti|collaborat\w*|joint (?:offer|webinar|venture)|kooperation\w*|partnerschaft\w*|zusammenarbeit\w*|partneragentur|colaboracion\w*|colaborar|alianza|collaborazione\w*|collaborare|parceria\w*|colaboracao\w*|samenwerking\w*|samenwerken\w*|samen (?:te )?werken|co-?organis\w*|sponsor\w*|affiliation|affiliate"
                   # "des synergies entre nos offres pour des missions communes", "unsere Angebote ergänzen sich": two peers' offers
                   r"|synerg\w* (?:entre (?:nos|nuestr\w+|as nossas|os nossos)|between (?:our|us)|zwischen (?:uns|unseren)|tra (?:le nostre|i nostri|noi)|tussen (?:ons|onze))"
                   # "peut-être des synergies à explorer ?", "synergies to explore", "Synergien ausloten": a peer's partnership idea
                   r"|s[iy]nerg\w* (?:a |to |zu |da |que |om te )?(?:explorer|creuser|creer|trouver|explore|find|entdecken|nutzen|ausloten|heben|explorar|encontrar|esplorare|trovare|verkennen|ontdekken|benutten)\b"
                   r"|(?:des|de|delle|di|some|possible|possibles|possibili|possiveis|posibles|mogelijke) s[iy]nerg\w*(?= ?[?!])"
                   r"|missions? (?:communes?|en commun)|(?:joint|shared) (?:projects|missions|clients)|gemeinsame\w* (?:projekte|auftrage|kunden)"
                   r"|proyectos en comun|progetti in comune|projetos em comum|gezamenlijke (?:opdrachten|projecten|klanten)"
                   r"|(?:nos|our|unsere|nuestras|nuestros|le nostre|i nostri|as nossas|os nossos|onze) (?:offres|offers|angebote|ofertas|offerte|services|servicios|servizi|servicos|diensten)"
                   r" (?:sont |are |sind |son |sono |sao |zijn )?(?:\w+ )?(?:complementaires|complementary|komplementar|complementari[ao]s|complementari|complementares|complementair|aanvullend)"
                   r"|(?:nos offres|unsere angebote|nuestras ofertas|i nostri servizi|os nossos servicos|onze diensten) (?:se completent|erganzen sich|se complementan|si completano|se complementam|vullen elkaar aan)"
                   # "we could team up on content projects", "of we elkaar kunnen doorverwijzen": a partnership, never an offer of a hand
                   r"|team(?:ing)? up|join forces|faire equipe|(?:s'|m'|nous |vous |t'|se |me )associer|kooperier\w*|cooperar|cooperare|samenwerken met|unir (?:nos )?forces|zusammentun|gemeinsame sache|sumar fuerzas|unir fuerzas"
                   r"|unire le forze|juntar forcas|unir forcas|de krachten bundelen|elkaar (?:\w+ )?doorverwijzen|doorverwijz\w*|referral partner\w*"
                   # "misschien kunnen we samen Franstalige klanten bedienen?", "serve French-speaking clients together": clients served jointly
                   r"|samen (?:\w+ ){0,2}klanten (?:bedienen|helpen|bedienen\w*)|(?:serve|help) (?:\w+ ){0,2}clients together|servir ensemble (?:\w+ ){0,2}clients"
                   r"|samen te werken (?:voor|bij|met) (?:\w+ )?klanten|work together (?:on|for|with) (?:\w+ )?clients|travailler ensemble (?:sur|pour|avec) (?:des |nos |vos |les )?clients"
                   r"|zusammen(?:zu)?arbeiten (?:fur|bei|mit) (?:\w+ )?kunden|trabajar juntos (?:con|para|en) (?:\w+ )?clientes|lavorare insieme (?:per|su|con) (?:\w+ )?clienti"
                   r"|trabalhar juntos (?:para|com|em) (?:\w+ )?clientes"
                   # "vllt kann man mal zusammen was machen?", "maybe we could do something together?": a peer's wish to team up
                   r"|(?:zusammen|gemeinsam) (?:mal )?(?:was|etwas) (?:machen|starten|aufziehen|auf die beine stellen)|do something together"
                   r"|faire (?:quelque chose|un truc|des choses) ensemble|hacer algo (?:juntos|juntas)|fare qualcosa insieme"
                   r"|fazer algo (?:juntos|juntas)|samen iets (?:doen|opzetten|ondernemen))\b",
}
#: The sender speaks of a team or staff: a training is for them, else for the sender alone.
_TEAM = (r"\b(?:equipes?|team|teams|\w+teams?|managers|equipos?|squadra|equipas?|staff|salaries|collaborateurs|mitarbeit\w*|belegschaft|empleados|plantilla|dipendenti|personale"
         r"|funcionarios|colaboradores|medewerkers|personeel|collega's|vertrieb|afdeling|abteilung|departement|departamento|dipartimento|reparto"
         r"|\d+ (?:personnes|people|personen|mensen|personas|persone|pessoas|salaries|employees|mitarbeiter\w*|empleados|dipendenti|funcionarios|medewerkers)"
         r"|wir sind \d+|somos \d+|siamo \d+|we zijn (?:met )?\d+|nous sommes \d+|we are \d+"
         # "Wij zijn met 12 marketeers", "siamo in 12", "on est 12", "we're 12 marketers": a team's size told
         r"|wij zijn (?:met )?\d+|siamo in \d+|on est \d+|we'?re \d+|sind wir \d+|somos \d+ (?:pessoas|personas)"
         # "estamos organizando un seminario interno sobre redes sociales", "an internal seminar", "ein internes Seminar": a
         # company's event for its own staff, so a training given there is a team's training to buy (a call to scope it)
         r"|(?:seminar\w*|formac\w+|formation|formazione|training|workshop|schulung|taller|evento?|event|journee|jornada)\s+intern(?:e|es|o|a|al)?"
         r"|(?:internal|internes?|interne[nm]?|intern) (?:seminar\w*|training\w*|workshop|schulung|event|evenement|opleiding))\b")
#: Microsoft Teams, the meeting tool (folded): "via Teams", "op Teams", "on MS Teams" (never the sender's team).
_TEAMS_TOOL = r"\b(?:(?:via|on|op|over|sur|per|uber|su|em|por|in|en) (?:ms |microsoft )?teams|(?:microsoft|ms) teams)\b"
#: A direct question to the owner about what she does ("do you ever do…", "vous accompagnez…", "bieten Sie … an?", "fai anche…").
#: An opinion asked ("pensez-vous que l'IA est pénalisée ?", "do you think SEO is dying?", "¿crees que…?", "denkst du,
#: dass…?", "denk je dat…?"): never a yes/no on her services, unless it asks whether she could do it ("do you think you
#: could help us?").
_OPINION_Q = (r"\b(?:(?:vous pensez|tu penses|pensez-vous|penses-tu|vous croyez|tu crois|croyez-vous|crois-tu|vous trouvez|tu trouves"
              r"|do you think|do you believe|do you feel|would you say|you think|crees|piensas|cree usted|piensa usted|consideras|pensi|credi|pensa|crede|ritieni"
              r"|achas|acha|voce acha|voce ve|denkst du|glaubst du|meinst du|findest du|denken sie|glauben sie|meinen sie|finden sie"
              r"|denk je|denkt u|vind je|vindt u|geloof je)\W+(?:que|that|dass|che|dat|qu')?\s*"
              r"(?!(?:vous|tu|you|du|sie|je|u|usted|lei|voce|me|mi|m'|ik|ich|i|we|wir|nous|on)\b)"
              r"|\b(?:selon vous|selon toi|a votre avis|a ton avis|in your opinion|in your view|en tu opinion|segun tu|en su opinion|secondo te|secondo lei|a tuo parere"
              r"|na sua opiniao|na tua opiniao|para voce|deiner meinung nach|ihrer meinung nach|volgens jou|volgens u|naar jouw mening)\b)")
#: Running a training asked with its own verb ("se realiza ações de formação", "if you deliver workshops", "ob Sie
#: Schulungen durchführen", "se tiene corsi"): only with a training noun, so no event or project is read as her service.
_TRAIN_NOUN = (r"(?:formac\w+|formations?|formazion\w*|cursos?|corsi|cours|courses?|trainings?|trainingen|workshops?|ateliers?|talleres?"
               r"|oficinas?|schulung\w*|seminar\w*|treinamentos?|capacitac\w+|masterclass\w*|cursussen|opleidingen)")
_TRAIN_VERB = {
    "fr": r"(?:vous|tu) (?:\w+ )?(?:dispensez|dispenses|organisez|organises|assurez|assures)",
    "en": r"(?:do you|(?:if|whether) you) (?:\w+ )?(?:deliver|organi[sz]e|hold|lead|facilitate)",
    "de": r"(?:fuhren|halten|veranstalten) sie|(?:fuhrst|haltst|veranstaltest) du",
    "es": r"realiza|realizas|organiza|imparten|ofrece",
    "it": r"tiene|organizza|eroga|svolge|realizza|fa|tenete|organizzate",
    "pt": r"realiza|realizas|organiza|organizas|dinamiza|dinamizas|promove|promoves|(?:se|voce|tu) (?:tambem )?da",
    "nl": r"(?:organiseer|organiseert) (?:je|jij|u)",
}
#: ... and in a clause whose verb comes last ("ob Sie Social-Media-Schulungen durchführen", "of u trainingen organiseert").
_TRAIN_VERB_LAST = {
    "de": r"ob (?:du|sie) (?:auch )?(?:[\w-]+ ){0,2}",
    "nl": r"of (?:je|jij|u) (?:ook )?(?:[\w-]+ ){0,2}",
}
_TRAIN_LAST_VERB = {
    "de": r"durchfuhrst|durchfuhren|haltst|halten|gibst|geben|veranstaltest|veranstalten|anbietest|anbieten",
    "nl": r"organiseert|organiseren|geeft|geven|verzorgt|aanbiedt",
}
_YOU_DO = {
    "fr": r"\b(?:(?:vous|tu) (?:\w+ )?(?:accompagnez|accompagnes|travaillez|travailles|faites|fais|proposez|proposes|proposiez|proposais|faisiez|faisais|accompagniez|accompagnais|travailliez|travaillais|animez|animes|intervenez|interviens|prenez|prends|realisez|realises|donnez|donnes|acceptez|acceptes)|(?:accompagnez|travaillez|faites|proposez|animez|intervenez|prenez|realisez|donnez|acceptez)-vous|(?:accompagnes|travailles|fais|proposes|animes|prends|realises|donnes|acceptes)-tu|est-ce que (?:vous|tu))\b",
    "en": r"\b(?:do (?:you|u) (?:\w+ )?(?:do|offer|run|work|take|provide|give|teach|handle|accept|coach|mentor|advise|consult)|(?:if|whether) you (?:also |ever |still )?(?:advise|consult|coach|work with|take on|offer|provide|run|do|support|help)|(?:is (?:that|this|it)|would (?:that|this|it) be) something you(?:'d| would)? (?:\w+ )?(?:take on|do|offer|help with|handle)|would you (?:be able to )?(?:take (?:this|that|it|something like (?:this|that)) on|help (?:me )?with (?:this|that|it))|are you (?:available|open to|taking)|(?:kind|type|sort) of (?:work|thing|project|mission|job|service)s? (?:that )?you (?:do|take on|offer|handle)|is there (?:an?|any) (?:advanced|follow-up|online|\w+ )?(?:course|workshop|training|class))\b",
    "de": r"\b(?:(?:bieten|machen|ubernehmen|betreuen|arbeiten|geben|nehmen|beraten|unterstutzen|begleiten) sie|(?:bietest|machst|ubernimmst|betreust|arbeitest|gibst|nimmst|beratst|unterstutzt|begleitest) du"
          # "wollt fragen, ob du auch kleine Shops berätst?": the same yes/no, in a clause with "ob"
          r"|ob (?:du|sie) (?:[\w-]+ ){0,4}(?:beratst|berat|beraten|betreust|betreuen|unterstutzt|unterstutzen|begleitest|begleiten|anbietest|anbieten|machst|ubernimmst|ubernehmen|arbeitest)|gibt'?s (?:\w+ )?(?:auch )?(?:einen|ein|eine|als (?=\w*(?:kurs|schulung|training|seminar|workshop)))|gibt es (?:\w+ )?(?:auch )?(?:einen|ein|eine|als (?=\w*(?:kurs|schulung|training|seminar|workshop))))\b",
    "es": r"\b(?:haces|ofreces|ofrece usted|realizas|si (?:usted )?(?:tambien )?(?:ofrece|realiza|hace|trabaja con|imparte|da)|ofrecen|ofreceis|atiendes|atiende|atienden|asesoras|asesora a|acompanas a|acompana a|trabajan con|das|impartes|imparte|trabajas con|trabaja con|aceptas|organizas)\b",
    "it": r"\b(?:ti occupi|si occupa|vi occupate|(?:se|che) (?:ti|si) occup\w+|fai|offri|offrite|effettui|realizzi|se (?:lei )?(?:anche )?(?:offre|fa|segue|propone|lavora con|effettua|esegue|realizza)|seguite clienti|segui clienti|segue clienti|segue aziende|segui aziende|lavorate con|tieni|lavori con|lavora con|accetti|segui anche|segue anche|seguite anche|lavora anche con|lavori anche con|organizzi)\b",
    "pt": r"\b(?:faz(?:es)? (?:tambem |ainda )?(?:\w+ )?seo|(?:voce|tu) tambem (?:faz(?:es)?|atendes?|trabalhas?)|(?:voce|tu) (?:faz(?:es)?|faria|farias|poderia fazer|poderias fazer|atende|atendes|atenderia|presta servicos?)|atende (?:empresas|clientes|marcas|negocios)|acompanha (?:tambem )?(?:empresas|pme|pequenas)|atendes (?:empresas|clientes|marcas)|(?:faz|realiza|realizas|efetua|efetuas) (?:\w+ )?(?:mentoria|consultoria|auditoria|formac\w+|treinamento|workshop)\w*|ofereces|oferece|oferecem|voces fazem|das|trabalha com|trabalham com|trabalhas com|aceita|aceitas|prestas|presta (?:\w+ )?(?:servicos|consultoria|apoio)|ministra|ministras)\b",
    "nl": r"\b(?:(?:geef|geeft|doe|doet|bied|biedt|werk|werkt|neem|neemt|verzorg|verzorgt|begeleid|begeleidt|ondersteun|ondersteunt|adviseer|adviseert) (?:je|jij|u)"
          r"|of (?:je|jij|u) (?:ook )?(?:[\w'-]+ ){0,4}(?:doet|geeft|biedt|aanbiedt|verzorgt|werkt|begeleidt|ondersteunt|adviseert|helpt))\b",
}
#: The formal yes/no question that opens on its verb, no pronoun ("Offre consulenze per questo tipo di progetti?",
#: "¿Ofrece consultoría?", "Fa anche formazione?"): her service asked about, as "se offre …" is.
_YOU_DO["it"] += r"|^(?:lei |voi )?(?:anche )?(?:offre|propone|fa|segue|effettua|esegue|realizza|offrite|proponete|fate|seguite|effettuate|eseguite|realizzate)\b"
_YOU_DO["es"] += r"|^¿?(?:usted |ustedes )?(?:tambien )?(?:ofrece|realiza|hace|imparte|da|lleva|ofrecen|realizan|hacen|imparten)\b"
for _lang, _verb in _TRAIN_VERB.items():
    _YOU_DO[_lang] = rf"{_YOU_DO[_lang]}|\b(?:{_verb}) (?:[\w-]+ ){{0,3}}{_TRAIN_NOUN}\b"
for _lang, _lead in _TRAIN_VERB_LAST.items():
    _YOU_DO[_lang] = rf"{_YOU_DO[_lang]}|\b{_lead}[\w-]*{_TRAIN_NOUN}\w*(?: [\w-]+){{0,7}} (?:{_TRAIN_LAST_VERB[_lang]})\b"
#: An open question (what, how, which, how much): not a yes or a no.
_OPEN_Q = (r"\b(?:quel\w*|comment|combien|pourquoi|qu'est|what|how|which|why|welche\w*|wie|was|warum|wieviel|cual\w*|como|cuanto\w*|por que"
           r"|quale?|come|quanto|perche|qual|quanto|porque|wat|hoe|welke|waarom|hoeveel"
           # "womit machst du deine Keyword-Recherche?", "avec quoi fais-tu …?", "what do you use for …?": never a yes/no
           r"|womit|wofur|woran|wovon|wodurch|worauf|welches|avec quoi|quoi|con que|con cual\w*|con cosa|che cosa|cosa|com que|com qual|o que|waarmee|waarvoor)\b")
#: "que ferramenta usas para o reporting das campanhas?", "¿qué herramienta usas …?": an interrogative "que" before a noun and a
#: verb of using or recommending asks which one, never a yes/no on her service (the "das" of "das campanhas" is not "dás").
_OPEN_Q += (r"|(?:^|[,:;¿]\s*)(?:e |y )?que [\w-]+ (?:[\w-]+ )?(?:usas|usa|usam|usan|utilizas|utiliza|utilizam|utilizan"
            r"|recomendas|recomenda|recomiendas|recomienda|aconselhas|aconselha|aconsejas|aconseja)\b")
#: A guest-article swap between two blogs (folded): "I write a guest post for your blog and you one for mine", "yo escribo un
#: artículo invitado para tu blog y tú uno para el mío", "scambio di guest post", "Gastbeitragstausch": a peer's proposal of its
#: own, welcomed (never a show to appear on, never a link seller when no link is named).
_GUEST_SWAP = (r"\b(?:guest ?(?:posts?|articles?|blogs?)|articles? invites?|articulos? invitados?|artigos? convidados?|guest ?post|articoli? ospit[ei]"
               r"|gastbeitr\w*|gastartikel\w*|gastblogs?|gastartikels?|(?:an |un |une |uno |una |um |einen |een )?(?:article|articulo|artigo|articolo|artikel|post|beitrag|blog ?post)"
               r" (?:pour|for|para|pro|per|fur|voor) (?:ton|votre|your|tu|su|seu|teu|o seu|o teu|il tuo|tuo|il suo|dein\w*|ihr\w*|je|jouw|uw) blog)\b"
               r".{0,80}\b(?:le mien|la mienne|mine|el mio|(?:pro|para o|o|no|pelo) meu|il mio|per il mio|sul mio|meinen|meines|meinem|de mijne|mijn blog|mijne)\b"
               r"|\b(?:echange\w* d'articles|swap (?:of )?guest|guest ?(?:post|article|blog)s? (?:swap|exchange)|exchange (?:of )?guest|intercambio de (?:articulos|guest posts?)"
               r"|troca de (?:artigos|guest posts?)|scambio di (?:guest post|articoli)|gastbeitrag(?:s)?-?tausch|gastartikel-?tausch|gastblogs? (?:ruilen|uitwisselen)|gastblogruil)\b")
#: Links named in a swap (folded): a guest post "with a dofollow link", "DA 45", "backlinks": an SEO pitch after all.
_LINK_NAMED = r"\b(?:backlinks?|dofollow|liens?|links?|enlaces|link|domain authority|da ?\d{2})\b"
#: A gathering of the speakers where two people met (folded): "the speakers' dinner", "la cena de speakers", "no jantar dos
#: oradores", "Speaker-Dinner", "sprekersdiner": a place, never an invitation to speak.
_SPEAKERS_GATHERING = (r"\b(?:dinner|drinks|lounge|cena|jantar|almoco|almuerzo|pranzo|aperitivo|aperitiv\w*|cocktail|diner|soiree|abendessen|essen|apero|borrel|lunch)"
                       r" (?:de |del |de los |dos |das |degli |dei |delle |des |der |van de |for |of the |for the )?(?:speakers?|ponentes|oradores|oradoras|palestrantes|relatori|intervenants"
                       r"|conferenciers|sprecher\w*|referent\w*|redner\w*|sprekers)\b"
                       r"|\b(?:speakers?'?s?|speaker-?|sprecher-?|referenten-?|sprekers?-?) ?(?:dinner|drinks|lounge|diner|abendessen|borrel|lunch|party|apero)\b")
#: A third person's past work with her ("su indicazione di Marco Conti, con cui ha collaborato", "who collaborated with you
#: last year", "avec qui vous avez collaboré"): how the sender found her, never a collaboration proposed to her.
#: An outside provider sought for their own work (folded): "een externe partner voor onze contentstrategie", "an external
#: partner for our SEO", "un partenaire externe", "einen externen Partner": a client looking for someone like her, never a partnership.
_PROVIDER_SOUGHT = (r"\b(?:externe[nr]?|external|outside|extern[oa]|estern[oa])\s+(?:partner\w*|partenaires?|socios?|parceir[oa]s?)\b"
                    r"|\b(?:partner\w*|partenaires?|socios?|parceir[oa]s?)\s+(?:externe?s?|extern[oa]s?|estern[oa]|external)\b")
_PAST_COLLAB = (r"\b(?:who|whom|that|qui|lequel|laquelle|cui|quale|quien|quienes|quem|que|dem|der|denen|wie|die|dat) (?:\w+ ){0,4}"
                r"(?:collaborated|collabore|collaborato|colaborado|colaboro|colaborou|zusammengearbeitet|samengewerkt)\b")
#: Her own staff asked about (folded): "cerchi collaboratori?", "recrutez-vous des collaborateurs ?", "¿buscas colaboradores?",
#: "are you looking for collaborators?", "suchen Sie Mitarbeiter?": whether she hires, never a collaboration proposed to her.
STAFF_ASKED = (r"\b(?:(?:cerchi|cerca|cercate|assumi|assume|assumete|hai bisogno di|ha bisogno di) (?:\w+ )?collaborat(?:ori|rici|ore|rice)"
               r"|(?:cherchez|cherches|recrutez|recrutes|embauchez|embauches)[- ](?:vous|tu)? ?(?:des |un |une |de nouveaux |de nouvelles )?collaborat(?:eurs?|rices?)"
               r"|(?:are you|you're) (?:\w+ )?(?:looking for|hiring|recruiting) (?:any |new |some )?(?:collaborators|team members|staff)"
               r"|(?:buscas|busca|buscais|contratas|contrata|necesitas|necesita|procuras|procura|contratam|precisas|precisa) (?:de )?(?:nuevos |novos |algun |algum )?colaborador(?:es|as|a)?"
               r"|(?:suchen sie|suchst du) (?:\w+ )?mitarbeiter\w*|(?:zoekt u|zoek je|zoek jij) (?:\w+ )?(?:medewerkers|collega'?s))\b")
#: A question asked without a question mark: "je voulais savoir si …", "I was wondering whether …" (folded).
INDIRECT_ASK = r"\b(?:saber si|wondering if|wondering whether|would like to know if|savoir si|wissen,? ob|sapere se|saber se|weten of|graag (?:willen )?horen of|erfahren,? ob)\b"
#: "Are you hiring?", "recrutez-vous ?", "Zoekt u versterking?", by language (folded).
_HIRING_Q = {
    "en": r"\b(?:are you (?:currently |by any chance )?(?:hiring|recruiting)|(?:if|whether) you(?:'re| are) (?:currently )?(?:hiring|recruiting)|are you looking for (?:someone|help|an? (?:junior|assistant|intern|employee|collaborator))"
          r"|(?:do|would) you (?:need|have room for) (?:an? )?(?:extra (?:pair of )?hands|junior|assistant|employee|someone on your team)|any (?:openings?|vacanc(?:y|ies)|positions?|jobs?) (?:open |available )?(?:in|on|at|with) your|(?:do|does) (?:you|your (?:company|agency|team)) have (?:any |an )?(?:openings?|vacanc(?:y|ies)|open positions?))\b",
    "fr": r"\b(?:postes? (?:ouverts? |a pourvoir |disponibles? )?(?:chez vous|chez toi|dans (?:votre|ta) (?:entreprise|agence|equipe|societe))|(?:vous|tu) (?:recrutez|recrutes|embauchez|embauches)|recrutez-vous|recrutes-tu|embauchez-vous|(?:vous|tu) (?:cherchez|cherches) (?:quelqu'un|du renfort|des renforts)"
          r"|cherchez-vous (?:quelqu'un|du renfort)|(?:vous|tu) (?:auriez|aurais|avez|as) besoin (?:de renfort|d'un renfort|de quelqu'un))\b",
    "de": r"\b(?:offene (?:stellen?|positionen?) (?:bei (?:ihnen|dir|euch)|in (?:ihrem|deinem|eurem) (?:unternehmen|team)|in (?:ihrer|deiner|eurer) (?:firma|agentur))|stellen sie (?:\w+ )?(?:gerade )?(?:jemanden )?ein|stellst du (?:\w+ )?(?:gerade )?(?:jemanden )?ein|suchen sie (?:\w+ )?(?:verstarkung|jemanden|mitarbeiter\w*)"
          r"|suchst du (?:\w+ )?(?:verstarkung|jemanden|mitarbeiter\w*)"
          # the indirect question, its verb last: "ob Sie jemanden einstellen", "ob du gerade Verstärkung suchst"
          r"|ob (?:sie|du) (?:\w+ ){0,3}(?:einstellen|einstellst|verstarkung suchen|verstarkung suchst|mitarbeiter\w* suchen|mitarbeiter\w* suchst))\b",
    "es": r"\b(?:(?:vacantes?|puestos? (?:abiertos?|disponibles?)) en (?:tu|su) (?:empresa|agencia|equipo)|(?:estas|esta|estais|estan) (?:\w+ )?(?:contratando|buscando (?:a )?alguien|buscando refuerzos?)|(?:buscas|busca) (?:a )?alguien para (?:tu|su) equipo"
          # "busco trabajo de community manager, tienes algo?": her hiring asked in a word
          r"|(?:tienes|tiene|teneis|tienen) (?:algo|alguna vacante|algun puesto(?: libre| abierto)?|vacantes?|puestos? (?:libres?|abiertos?))(?: para mi)?(?=\s*\?))\b",
    "it": r"\b(?:(?:posizioni? apert[ae]|posti? liber[oi]) (?:nella (?:tua|sua) (?:azienda|agenzia|societa)|nel (?:tuo|suo) team|da (?:te|voi|lei))|(?:stai|sta|state) (?:\w+ )?(?:assumendo|cercando qualcuno|cercando rinforzi)|(?:cerchi|cerca|cercate) (?:qualcuno|rinforzi) per (?:il tuo|il suo|il vostro) team"
          # "cerco lavoro come social media manager, hai posizioni aperte??", "avete qualcosa per me?"
          r"|(?:hai|ha|avete|hanno) (?:delle |qualche |posizioni |posti )?(?:posizion[ei] apert[ae]|posti? liber[oi]|posizion[ei] disponibil[ei]|qualcosa(?: per me)?(?=\s*\?)))\b",
    "pt": r"\b(?:vagas? (?:abertas? |disponive(?:l|is) )?(?:na (?:sua|tua) (?:empresa|agencia|equipe|equipa)|no (?:seu|teu) time|com voce|contigo)|(?:esta|estas|estao|ta) (?:\w+ )?(?:contratando|a contratar|a recrutar|recrutando|procurando alguem|a procura de alguem)|(?:procura|procuras) (?:alguem|reforcos?) para (?:a sua|a tua|sua) equipe?a?"
          # "procurando emprego em social media, vc tá contratando?", "tem alguma vaga?"
          r"|(?:tem|tens|teria|terias) (?:alguma |algumas )?vagas?(?: abertas?)?(?=\s*\?)|(?:tem|tens) algo (?:pra|para) mim(?=\s*\?))\b",
    "nl": r"\b(?:vacatures? (?:bij (?:jou|u|jullie)|in (?:je|jouw|uw) (?:bedrijf|team|bureau))|(?:zoekt u|zoek je|zoek jij) (?:\w+ )?(?:versterking|iemand|een collega)|(?:neemt u|neem je) (?:\w+ )?(?:mensen|iemand) aan)\b",
}


def _asked_sentences(folded: str) -> list[str]:
    """The folded note's questions: sentences ending in "?", and those asking without one ("ich wollte fragen, ob Sie
    jemanden einstellen.", "I was wondering whether you're hiring.")."""
    return cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*\?", folded) \
        + cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*(?:" + INDIRECT_ASK + r"|\b(?:fragen|frage mich),? ob|\b(?:asks?|asking|wondering)"
                      r" (?:if|whether)|\bdemander si|\bpreguntar(?:te|le)? si|\bme preguntaba si|\bchiederti se|\bmi chiedevo se"
                      r"|\bperguntar se|\bvragen of|\bvroeg me af of)[^.!?\n¿¡]*", folded)


def _hiring_sentence(sentence: str, lang: str) -> bool:
    rx = _HIRING_Q.get(lang[:2])
    return bool(rx and cre.search(rx, sentence) or cre.search(STAFF_ASKED, sentence))  # "cerchi collaboratori?" too


def asks_hiring(note: str, lang: str) -> bool:
    """Does the note ask the owner whether she is hiring (in one of its questions)?"""
    asked = " ".join(_asked_sentences(fold(note)))
    return bool(asked.strip()) and _hiring_sentence(asked, lang)


def asks_only_hiring(note: str, lang: str) -> bool:
    """Whether every question of the note asks if she is hiring: "Suchen Sie Verstärkung oder freie Mitarbeiter?" is
    answered by her "not hiring", with nothing left to take a call about.

    >>> asks_only_hiring("Ich ziehe nach Lyon. Suchen Sie Verstärkung oder freie Mitarbeiter?", "de")
    True
    >>> asks_only_hiring("Are you hiring? And how did you find your first clients?", "en")
    False
    """
    asked = [q for q in _asked_sentences(fold(note)) if q.strip(" ?")]  # "hai posizioni aperte??": one question
    # "hai posizioni aperte o qualche consiglio?": the advice asked in the same breath is still to answer
    return bool(asked) and all(_hiring_sentence(q, lang) and not cre.search(_ADVICE_ASKED, q) for q in asked)


#: A link or guest-post swap ("échange de liens", "scambio di guest post", "linkruil"): an SEO pitch, not a partnership.
_LINKS = (r"\b(?:echange\w* de (?:liens|backlinks|articles invites)|link ?exchange|exchange (?:of )?links|link swap|swap (?:guest )?(?:posts|links)|guest ?post (?:swap|exchange)"
          r"|intercambio de (?:enlaces|links|backlinks|guest posts?|articulos)|scambio di (?:link|backlink|guest post|articoli)|troca de (?:links|backlinks|guest posts?|artigos)"
          r"|linktausch|backlink-?tausch|gastbeitrag(?:s)?-?tausch|linkruil|links? (?:ruilen|uitwisselen)|domain authority|(?:tenemos|abbiamo|we have|nous avons|wir haben|temos|we hebben|wij hebben) (?:un |una |a |een |eine )?da ?\d{2}"
          # "our premium SEO backlink packages", "nos packs de backlinks", "Premium-Backlink-Pakete", "pacchetti di guest post":
          # links sold to her, a pitch declined politely, never her rates
          r"|(?:backlinks?|guest ?posts?|link ?building|linkbuilding)[ -](?:\w+ ){0,2}?(?:packages?|packs?|pakete?|paquetes?|pacotes?|pacchetti|pakketten|bundles?)"
          r"|(?:packages?|packs?|pakete?|paquetes?|pacotes?|pacchetti|pakketten|bundles?) (?:\w+ ){0,2}?(?:de |di |van |of |mit )?(?:\w+ )?(?:backlinks?|guest ?posts?|link ?building)"
          # "50 hochwertige DA50+ Links für nur 499€", "Whitelabel-Backlinks", "50 DA50+ links voor maar €499": links sold (w150 L)
          r"|da ?\d{2}\+? (?:\w+ )?(?:back)?links?|(?:white ?-?label|whitelabel)-?backlinks?"
          r"|\d+ (?:\w+ ){0,3}(?:back)?links? (?:fur|for|pour|por|per|voor|a) (?:nur |only |seulement |solo |apenas |maar |slechts |just )?(?:€|\$|£)?\d)\b")
#: "me encantaría saber si colaboras con freelances", "do you ever work with freelancers?", "arbeiten Sie mit Freiberuflern?"
#: (folded): a professional asking whether she hires people like them is offering their services, never a job seeker's CV.
_WORK_WITH_FREELANCERS = (
    r"\b(?:do you|would you|if you|whether you|you ever) (?:ever |sometimes |also )?(?:work|collaborate|team up|partner) with (?:other )?(?:freelanc\w*|contractors|independents)"
    r"|\b(?:tu|vous) (?:travailles|travaillez|collabores|collaborez|fais|faites) (?:parfois |souvent |deja )?(?:appel a|avec) (?:des |d'autres )?(?:freelances?|independants|consultants externes)"
    r"|\b(?:colaboras|colabora|trabajas|trabaja|cuentas|cuenta) (?:a veces |alguna vez |tambien )?con (?:otros |otras )?(?:freelances?|freelancers?|autonom[oa]s|profesionales externos)"
    r"|\b(?:collabori|collabora|lavori|lavora) (?:mai |a volte |anche )?con (?:dei |delle |altri |altre )?(?:freelance|freelancer|liberi professionisti|collaboratori esterni)"
    r"|\b(?:trabalhas|trabalha|colaboras|colabora) (?:as vezes |alguma vez |tambem )?com (?:outros |outras )?(?:freelancers?|freelas?|profissionais externos)"
    r"|\b(?:arbeitest du|arbeiten sie) (?:auch |manchmal |gelegentlich )?mit (?:anderen )?(?:freelancer\w*|freiberufler\w*|selbststandigen)"
    r"|\b(?:werk je|werkt u|werk jij) (?:ook |soms |weleens )?(?:samen )?met (?:andere )?(?:freelancers|zzp'?ers|zelfstandigen)")
_SERVICES = {
    "fr": r"\bje suis (?:freelance|independante?|consultante?|graphiste|developpeu\w+|redact\w+|traduct\w+)\b.{0,120}\b(?:disponible|dispo|aider|epauler|accompagner|renfort|propose)|\bsi (?:un jour |jamais |besoin,? )?(?:vous avez|tu as) besoin d(?:e|'|u|es)\b.{0,80}\b(?:je suis (?:la|dispo\w*)|n'hesite[sz]? pas|pensez a moi|pense a moi)|\b(?:je peux|je pourrais) (?:vous|t')?\s*(?:aider|epauler|accompagner|soulager|donner un coup de main)|\bsi (?:vous avez|tu as) besoin d(?:'un|'une|e) (?:coup de main|renfort|aide|soutien|freelance)|\ben renfort\b|\bje (?:propose|vends) (?:mes|des) (?:services|prestations)\b|\bdisponible pour (?:des|vos|tes) (?:missions|projets)",
    "en": r"\bhappy to help (?:you )?with\b|\bif you (?:ever )?(?:need|could use) (?:a hand|help|support|extra hands|an extra (?:pair of )?hands?|extra help|a freelancer)|\bi can help (?:you )?(?:with|on)\b|\bavailable for (?:freelance|projects|contract)|\bi offer\b|\bhappy to support\b|\bi (?:sell|provide) (?:[\w-]+ ){0,3}services\b",
    "de": r"\b(?:falls|wenn) (?:sie|du) (?:mal |einmal |jemals )?(?:\w+ )?unterstutzung (?:\w+ ){0,3}(?:brauchen|brauchst)|\bich unterstutze (?:sie|dich|gerne)|\bbiete\b.{0,40}\ban\b|\bich bin (?:freiberuflich\w*|freelancer\w*)\b.{0,60}\b(?:unterstutz|helfe|biete)|\bverfugbar fur projekte|\bich biete (?:[\w-]+ ){0,3}(?:dienstleistung\w*|leistungen)\b",
    "es": r"\bsi (?:alguna vez |algun dia |en algun momento )?(?:necesitas|necesita) (?:\w+ )?(?:ayuda|apoyo|una mano|refuerzo)|\bsi (?:alguna vez |algun dia |en algun momento )?(?:te|le|os) hace falta (?:\w+ )?(?:ayuda|apoyo|una mano|refuerzo)|\baqui me tienes\b|\bcuenta conmigo\b|\bofrezco\b|\bestoy disponible para (?:proyectos|colaboraciones)|\bsoy freelance\b|\bpuedo (?:ayudarte|ayudarle|echarte una mano)|\b(?:vendo|presto|ofrecemos) (?:mis |nuestros )?servicios\b",
    "it": r"\bse (?:un giorno |mai )?(?:hai|ha|avessi|avesse) bisogno di (?:\w+ )?(?:una mano|supporto|aiuto)|\bse (?:un giorno |mai )?(?:ti|le|vi) serv(?:e|isse) (?:\w+ )?(?:una mano|supporto|aiuto)|\boffro\b|\bsono disponibile per (?:collaborazioni|progetti)|\bsono (?:un |una )?freelance\b|\bposso (?:aiutarti|aiutarla|darti una mano)",
    "pt": r"\bse (?:algum dia |um dia |alguma vez )?(?:precisar|precisares) de (?:\w+ )?(?:ajuda|apoio|uma mao|reforco)|\bofereco\b|\bestou disponivel para (?:projetos|projectos|colaboracoes|freelas?)|\bsou freelancer?\b|\bposso (?:te |lhe )?ajudar|\b(?:vendo|presto) (?:os )?(?:meus )?servicos\b",
    "nl": r"\b(?:als|mocht|mochten) (?:je|u|jij) (?:ooit )?(?:\w+ )?(?:hulp|ondersteuning|een extra hand|extra handen|een extra paar handen|versterking) (?:\w+ )?nodig (?:hebt|heeft|hebben)|\bik bied\b|\bbeschikbaar voor (?:opdrachten|projecten|freelance)|\bik ben freelance\w*|\bik kan (?:je|u) helpen",
}
#: The trade a seller offers, named after "services of" (folded): "servicios de diseño web", "servizi di copywriting",
#: "services de rédaction", "serviços de design", "copywriting services", "diensten voor webdesign", "Dienstleistungen im Webdesign".
_TRADE = (r"\b(?:servicios|servizi|services|servicos|prestations|diensten|dienstleistung(?:en)?|leistungen) (?:de |di |d'|em |in |im |voor |fur |en )"
          r"([\w'-]+(?: [\w'-]+){0,2}?)(?=[.,;:!?]| e | y | and | et | und | en | ed | o | per | para | pour | for | a | al | aux | alle | ai | to | voor | fur | an |$)"
          r"|\b((?:web |graphic |ui |ux )?(?:copywriting|webdesign|design|development|translation|photography|video editing|illustration))"
          r" services\b"
          r"|\bich biete ([\w-]+(?: [\w-]+){0,2}?) (?:fur|an)\b|\bik bied ([\w-]+) aan\b")  # "ik bied vertaaldiensten aan": the whole noun, never the stem "vertaal"
_TRADE_STOP = {"ihnen", "dir", "euch", "gerne", "gern", "auch", "jetzt", "je", "u", "jullie", "ook", "graag", "qualite", "qualita", "calidad", "quality", "haute", "alta", "alto", "high", "qualidade", "kwaliteit", "mi", "mis", "tu", "su", "my", "your"}


def offered_trade(note: str) -> str:
    """The trade a freelancer sells, in the note's own words ("diseño web", "copywriting"), or ""."""
    folded = fold(note)
    m = _first(_TRADE, folded)
    if not m:
        return ""
    g = next(i for i in range(1, 5) if m.group(i))
    start, end = m.span(g)
    words = note[start:end].strip(" .,;:").split()
    if not words or len(words) > 3 or any(fold(w) in _TRADE_STOP for w in words):
        return ""
    return " ".join(words)


#: A freelancer telling their trade in the first person (folded): "je suis rédacteur freelance", "ich arbeite als Freelance-Texter",
#: "soy redactor freelance", "sono copywriter freelance", "sou redator freelancer", "ik ben freelance copywriter".
_FREELANCER_SELF = {
    "fr": r"\b(?:je suis|je travaille (?:comme|en tant que)) (?:[\w'-]+ ){0,3}(?:freelance|independante?|a mon compte)\b|\bje travaille en (?:freelance|independant)\b",
    "en": r"\b(?:i'?m|i am|i work as) (?:a |an )?(?:[\w-]+ ){0,3}(?:freelance\w*|self-employed|independent (?:copywriter|designer|developer|translator|writer|consultant))\b",
    "de": r"\bich (?:bin|arbeite(?: als)?) (?:[\w-]+ ){0,2}(?:freelance[\w-]*|[\w-]*freelancer\w*|freiberuflich\w*|selbststandig\w*)",
    "es": r"\b(?:soy|trabajo (?:como|de)) (?:[\w-]+ ){0,3}(?:freelance|freelancer|autonom[oa]|independiente)\b",
    "it": r"\b(?:sono|lavoro come) (?:[\w'-]+ ){0,3}(?:freelance|freelancer|liber[oa] professionista)\b",
    "pt": r"\b(?:sou|trabalho como) (?:[\w-]+ ){0,3}(?:freelancer?|freela|autonom[oa]|independente)\b",
    "nl": r"\b(?:ik ben|(?:ik |en )?werk als) (?:[\w-]+ ){0,3}(?:freelance\w*|zzp'?er|zelfstandig\w*)\b",
}
#: A freelance profile sought (folded): "I'm recruiting a freelance SEO lead", "je recherche une freelance SEO": a mission
#: offered, never the sender's own trade.
_SEEKING_FREELANCE = (r"\b(?:recruit\w*|recrut\w*|reclut\w*|hiring|looking for|seeking|searching for|cherch\w*|recherch\w*|busc\w*"
                      r"|cerc\w*|procur\w*|zoek\w*|such\w*) (?:[\w'-]+ ){0,3}(?:freelance\w*|freiberuf\w*|autonom\w*|zzp\w*|independiente)")
#: ...and putting that trade at the owner's service: "si vous avez besoin…", "falls du mal … brauchst", "si necesitas", "se ti servono".
_FREELANCER_OFFER = {
    "fr": r"\bsi (?:un jour |jamais )?(?:vous avez|tu as|vous cherchez|tu cherches) |\bsi besoin\b|\b(?:fais|faites)-moi signe\b|\bpensez a moi\b|\bpense a moi\b|\bje peux (?:vous|t')|\bje pourrais (?:vous|t')|\bn'hesite[sz]? pas a (?:me (?:contacter|solliciter|faire signe|ecrire)|faire appel)",
    "en": r"\bif you (?:ever )?(?:need|want|are looking|'re looking|could use)\b|\bhappy to help\b|\bi can help\b|\bkeep me in mind\b|\bavailable\b|\bcollaborat\w*|\bwork(?:ing)? together\b|\bportfolio\b|\bmy rates\b|\bextra hands?\b|\bsupport\b",
    "de": r"\b(?:falls|wenn) (?:sie|du) (?:[\w-]+ ){0,5}(?:brauchen|brauchst|suchen|suchst|benotigen|benotigst)\b|\bmeld(?:e)? dich\b|\bmelden sie sich\b|\bich helfe (?:gern|dir|ihnen)|\bich unterstutze",
    "es": r"\bsi (?:alguna vez |algun dia |en algun momento )?(?:necesitas|necesita|necesitais|buscas|busca)\b|\bcuenta conmigo\b|\baqui me tienes\b|\bpuedo (?:ayudarte|ayudarle|echarte)|\bno dudes en (?:escribirme|contactarme|avisarme)",
    "it": r"\bse (?:un giorno |mai )?(?:ti |le |vi )?(?:serv\w+|hai bisogno|ha bisogno|avete bisogno|cerchi|cerca)\b|\bposso (?:aiutarti|aiutarla|darti)|\bsono a (?:tua|sua|vostra) disposizione\b|\bnon esitare a (?:scrivermi|contattarmi)",
    "pt": r"\bse (?:algum dia |um dia |alguma vez )?(?:precisar|precisares|precisarem|procurar|procurares)\b|\bposso (?:te |lhe )?ajudar|\bconte comigo\b|\bestou a (?:sua|tua) disposicao\b|\be so (?:falar|chamar|dizer)\b",
    "nl": r"\bals (?:je|u|jij) (?:ooit |eens )?(?:[\w-]+ ){0,4}nodig (?:hebt|heeft|hebben)\b|\bik (?:help|denk) graag mee\b|\bik kan (?:je|u) helpen\b",
}


#: How she sets her own prices asked (folded): "¿cómo fijas tú tus tarifas?", "comment tu fixes tes tarifs ?", "how do you
#: set your rates?", "come stabilisci le tue tariffe?", "wie legst du deine Preise fest?", "como defines os teus preços?",
#: "hoe bepaal je je tarieven?": a fellow freelancer's advice on pricing, never her quote (135 A, es note-5)
HOW_YOU_PRICE = (r"\b(?:como|comment|how|come|wie|hoe) (?:\w+ ){0,3}(?:fijas|fija|calculas|calcula|pones|defines|define|defi?nes|fixes|fixez|calcules|calculez"
                  r"|set|price|calculate|work out|decide|stabilisci|stabilisce|calcoli|calcola|decidi|legst|legen|berechnest|berechnen|kalkulierst"
                  r"|bepaal|bepaalt|bereken|berekent|estabeleces|estabelece|calculas) (?:\w+ ){0,3}(?:tarifas?|tarifs?|rates?|prices?|pricing|precios?|prix"
                  r"|tariffe|prezzi|preise|tagessatz|stundensatz|tarieven|prijzen|precos|valores)\b")
#: Starting out as a freelancer (folded): "acabo de empezar como community manager freelance", "je me lance en freelance".
NEW_FREELANCER = (r"\b(?:empezar|empezando|empece|comenzar|arrancar|debute|commence|lancee?|lancer|started|starting|just started|iniziato|cominciato|angefangen|gestartet"
                   r"|comecei|comecar|begonnen|gestart) (?:\w+ ){0,4}(?:freelance\w*|autonom[oa]|independiente|a mon compte|in proprio|selbststandig\w*"
                   r"|freiberuflich\w*|zzp\w*|zelfstandige?)\b")


#: A free trial or test access offered ("acceso de prueba gratuito", "accesso di prova gratuito", "free trial", "essai offert",
#: "kostenloser Testzugang", "acesso grátis", "gratis proefaccount"), folded; never a job's probation period.
_FREE_TRIAL = (r"(?:free (?:\d{1,3}[- ]?(?:days?|weeks?|months?)[- ])?(?:trial|test access|trial access)"
               # "provare gratis il nostro tool per 3 mesi", "try our tool for free", "unser Tool kostenlos testen": a free trial offered
               r"|(?:try|test|essayer|tester|probar|provare|testar|experimentar|proberen|uitproberen) (?:(?:our|notre|nuestr[oa]|nostr[oa]|il nostro|la nostra|o nosso|a nossa|onze|ons) )?(?:\w+ ){0,2}?(?:for free|gratis|gratuitamente|gratuitement|de graca|sin coste|senza costi)(?= |$)"
               r"|(?:unser\w* )?(?:\w+ )?(?:tool|app|software|plattform) (?:\w+ ){0,2}?(?:kostenlos|gratis) (?:testen|ausprobieren)|trial (?:access|account|licen[cs]e)|(?:try|test) it (?:out )?for free"
               r"|(?:essai|acces d'essai|periode d'essai) (?:\w+ )?(?:gratuit|offert)e?s?|acces d'essai|(?:tester|essayer) gratuitement"
               r"|(?:acceso|cuenta|licencia) de prueba|prueba (?:\w+ )?(?:gratuit[oa]|gratis)|(?:probarla|probarlo) gratis"
               r"|(?:accesso|account|licenza) di prova|prova (?:\w+ )?(?:gratuit[oa]|gratis)|(?:provarla|provarlo) gratis"
               r"|(?:acesso|conta|licenca) de (?:teste|avaliacao)|teste (?:\w+ )?(?:gratuit[oa]|gratis)|(?:testar|experimentar) (?:de )?gra(?:tis|ca)"
               r"|(?:kostenlose\w*|gratis) (?:test\w*|probe\w*)|testzugang|testaccount|probezugang|kostenlos (?:testen|ausprobieren)"
               r"|(?:gratis|kosteloze?) (?:proef\w*|uitproberen|testen)|proefaccount|proeflicentie|proefabonnement"
               # a free demo of their product ("free 15-minute demo", "démo offerte", "demo gratuita di 15 minuti",
               # "kostenlose Live-Demo", "demonstração gratuita", "gratis demo"): the same offer as a trial
               r"|free (?:\w+[- ]){0,3}demo(?:nstration)?s?|demo(?:nstration)? for free"
               r"|(?:demo|demonstration|demostracion|dimostrazione|demonstracao|demonstratie)s? (?:[\w-]+ ){0,3}(?:gratuit[aoe]?s?|offerte?s?|gratis|gra(?:tis|ca)|kosteloze?|vrijblijvende?)\b"
               r"|(?:kostenlose\w*|unverbindliche\w*|gratis|kosteloze?|vrijblijvende?|gratuit[ae]|offerte) (?:[\w-]+ ){0,2}demo\w*"
               # free weeks of their tool given to her ("je vous offre 1 mois gratuit pour tester", "I'll give you a free month",
               # "te regalo un mes gratis", "ti offro un mese gratis", "ik geef je een maand gratis"): the same offer as a trial
               r"|(?:je (?:vous |t')offre|(?:offer|give) you|te (?:ofrezco|regalo|ofereco|dou)|le (?:ofrezco|regalo|offro)|ti (?:offro|regalo)|(?:ofereco|dou)-(?:te|lhe)"
               r"|(?:biete|schenke|gebe) (?:ich )?(?:dir|ihnen)|(?:geef|bied) ik (?:je|u)|ik (?:geef|bied) (?:je|u)) (?:\w+ ){0,2}?(?:\d{1,2}|un|une|one|a|uno|una|um|einen|een)"
               r" (?:free |gratis )?(?:mois|semaines?|months?|weeks?|mes|meses|semanas?|mese|mesi|settimane|monate?|wochen?|maand(?:en)?|weken)"
               r"(?= (?:d'essai |de prueba |di prova |de teste |)?(?:gratuit\w*|offert\w*|free|gratis|kostenlos|de graca|to try|pour tester|para probar|per provare)|(?<=free month)|(?<=free week)|(?<=gratis maand)))")
#: Her own product or course named before the trial ("is there a free trial of your course?"): a question to her, not a pitch.
_OF_YOURS = (r"^\s*(?:\w+\s+)?(?:of|for|to|on|de|du|des|di|del|della|do|da|zu|zum|zur|van|voor|para|per|pour|a|al|ao)\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+|o\s+|a\s+)?"
             r"(?:your|votre|vos|ton|ta|tes|tu|tus|su|sus|tuo|tua|tuoi|suo|sua|seu|sua|teu|tua|dein\w*|ihr\w*|je|jouw|uw)\b")
def _trial_of_hers(folded: str, named_before: bool = True) -> bool:
    """Is the free trial named the owner's own ("a free trial of your course?"), not the sender's product offered?
    ``named_before=False`` trusts only "of your …" after it: Dutch "mag ik je een gratis demo geven" has "je" = to you."""
    trial = _first(_FREE_TRIAL, folded)
    if trial is None:
        return False
    return bool(named_before and _first(_YOUR_TRIAL, folded[max(0, trial.start() - 60):trial.start()])) \
        or bool(_first(_OF_YOURS, folded[trial.end():trial.end() + 40]))


_YOUR_TRIAL = r"\b(?:your|votre|ton|ta|tu|su|tuo|tua|suo|sua|seu|teu|dein\w*|ihr\w*|je|jouw|uw)\s+(?:\w+\s+){0,3}$|\b(?:do you|you offer|offrez|proposez|offres|ofreces|ofrece|offri|offre|oferece|ofereces|bietest|bieten sie|bied je|biedt u)\b"
#: Work done under another's name (folded): "white-label", "sous-traitance", "marca blanca", "subappalto", "Subunternehmer".
_SUBCONTRACT = (r"\b(?:white[- ]?label\w*|marque blanche|marca blanca|marchio bianco|subcontract\w*|sub-contract\w*|sous-?trait\w*|subcontrat\w*"
                r"|subappalt\w*|terceiriza\w*|subunternehm\w*|unterauftrag\w*|onderaann\w*)")
#: ... sought from her: "looking for", "on cherche", "buscamos", "cerchiamo", "would you be interested", "könnten Sie".
_SUBCONTRACT_WANTED = (r"\b(?:looking for|seeking|we need|need(?:s)? (?:\w+ )?(?:support|help|partners?)|interested|would you|could you|take on|cherch\w*|recherch\w*"
                       r"|besoin|interess\w*|pourri\w*|busca\w*|necesit\w*|podrias|podria|cerc\w*|potresti|potrebbe|procura\w*|precisa\w*|poderia"
                       r"|such\w*|brauch\w*|konnten|hatten sie|hattest du|zoek\w*|nodig|zou je|zou u|zin om)\b")
#: ... sold to her kind: "white-label Google Ads für Freelancer", "marca blanca para consultores", "white label for agencies".
_SUBCONTRACT_SOLD = (r"\b(?:for|pour|para|per|fur|voor) (?:les |los |os |i |die |de |other )?(?:consultants?|consultores|consulenti|berater\w*|freelanc\w*"
                     r"|agenc\w*|agenzie|agenturen|bureaus|independentes|independants|autonomos)\b")
#: ... done with her kind (folded): "parceria white label com consultores", "white-label partnerships with consultants".
_SUBCONTRACT_WITH = (r"\b(?:with|avec|con|com|mit|met) (?:les |des |los |os |i |die |de |other |outros |otros |altri |andere[nr]? )?(?:consultants?|consultores"
                     r"|consulenti|berater\w*|freelanc\w*|agenc\w*|agenzie|agenturen|bureaus|independentes|independants|autonomos)\b")

#: Training bought from outside for the sender's own team (folded): "subcontratar formación en SEO para el equipo", "outsource SEO
#: training for our team", "sous-traiter la formation SEO de notre équipe", "die Schulung für unser Team auslagern", "de training
#: voor ons team uitbesteden": a client buying her training (group ``t``: the team), never white-label work between providers.
_TRAINING_BOUGHT = (r"\b(?:subcontrat\w*|subcontract\w*|sub-contract\w*|sous-?trait\w*|outsourc\w*|externalis\w*|externaliz\w*|terceiriz\w*|subappalt\w*)\s+"
                    r"(?:[\w'-]+\s+){0,2}?(?:formations?|trainings?|formacion\w*|formazion\w*|formacao|formacoes|treinamentos?|capacitac\w*|workshops?|cursos?|corsi)\b"
                    r"[^.!?]{0,40}?\b(?P<t>equipes?|team|teams|equipos?|equipas?|squadra|staff|collaborateurs|colaboradores|dipendenti|empleados|funcionarios)\b"
                    r"|\b(?:schulung\w*|training\w*|weiterbildung\w*|workshops?|opleiding\w*)\b[^.!?]{0,40}?\b(?P<t2>team|teams|mitarbeit\w*|medewerkers)\b"
                    r"[^.!?]{0,30}?\b(?:auslagern|auszulagern|extern vergeben|uitbesteden|uit te besteden)\b")


def _without_training_bought(folded: str) -> str:
    """The note without the training it buys for its own team ("subcontratar formación … para el equipo"): no partnership word left.

    >>> _without_training_bought("nos gustaria subcontratar formacion en seo para el equipo.")
    'nos gustaria  .'
    """
    return cre.sub(_TRAINING_BOUGHT, " ", folded)


#: The sender's own agency (folded): "we're a paid-ads agency", "nous sommes une agence SEA", "somos uma agência".
_WE_ARE_AGENCY = (r"\b(?:we are|we're|nous sommes|somos|siamo|wir sind|wij zijn|we zijn) (?:an?|une|uma|una|un|eine|een) (?:[\w-]+ ){0,4}?"
                  r"(?:agency|agence|agencia|agenzia|agentur|bureau|studio)\b")


#: The sender's work priced cheap (folded): an hourly rate ("$15/h", "20 €/heure", "25 € pro Stunde") or low prices praised
#: ("à prix très compétitifs", "low-cost", "precios muy competitivos", "günstige Preise"): a seller's offer, never work sought from her.
_CHEAP_RATE = (r"(?:\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|\$|£|usd\b)|(?:€|\$|£)\s?\d+(?:[.,]\d+)?)\s?(?:/|per |par |pro |por |all'|l'|de l'|a l')\s?"
               r"(?:h|hr|hour|heure|stunde|std|uur|hora|ora)\b"
               r"|\b(?:prix|tarifs?|prices?|rates?|precios?|tarifas?|prezz[oi]|tariff[ae]|precos?|preise?n?|prijz?(?:en|s)|tarieven)"
               r" (?:(?:tres|very|muy|molto|muito|sehr|zeer|erg|super|ultra) )?(?:competiti\w*|compet\w*|imbat\w*|bas|low|bajos|bassi|baixos|concurrerende|scherpe)\b"
               r"|\b(?:wettbewerbsfahige\w*|gunstige\w*|competitive|affordable|lage|scherpe|concurrerende) (?:preise?n?|prices|rates|prijzen|tarieven)\b|\blow[- ]?cost\b"
               # "White-Label-SEO zu Top-Preisen", "at great prices", "a precios inmejorables", "a prezzi top", "tegen topprijzen"
               r"|\btop[- ]?(?:preise?n?|prijzen|prices)\b|\b(?:great|unbeatable|unschlagbare\w*) (?:preise?n?|prices)\b"
               r"|\b(?:precios|prezzi|precos) (?:inmejorables|top|imbatibles|vantaggiosi|incriveis)\b")


#: The sender offering their own work, in the first person (folded): "ich biete … an", "I offer", "je propose", "ofrezco",
#: "offro", "ofereço", "ik bied … aan", "we offer", "nous proposons", "wir bieten".
_OFFERS_OWN = (r"\b(?:i offer|we offer|i provide|we provide|je propose|nous proposons|j'offre|ich biete|wir bieten|ofrezco|ofrecemos"
               r"|offro|offriamo|ofereco|oferecemos|ik bied|wij bieden|we bieden)\b")


def _white_label_sold(folded: str) -> bool:
    """Does the note sell its own white-label work to consultants ("somos uma agência … fazemos parceria white label com
    consultores", "we offer white-label Google Ads for freelancers", "sous-traitance à prix très compétitifs", "development
    at $15/h … white-label partnership"), rather than seek hers ("looking for white-label partners")?

    >>> _white_label_sold("we offer wordpress development at $15/h. looking for white-label partnership with european consultants.")
    True
    >>> _white_label_sold("we are an agency looking for white-label seo partners.")
    False
    """
    sub = _first(_SUBCONTRACT, folded)
    if sub is None:
        return False
    if _first(_CHEAP_RATE, folded):
        return True
    return not _first(_SUBCONTRACT_WANTED, folded[max(0, sub.start() - 60):sub.start()]) \
        and bool(_first(_SUBCONTRACT_SOLD, folded) or _first(_SUBCONTRACT_WITH, folded))


#: The sender's own product (folded): "il nostro software", "our app", "notre logiciel", "unsere Software", "nuestra herramienta".
#: A price list of the sender's goods (folded): "100 artikelen voor €299", "50 Artikel für 199 €", "20 backlinks for $99":
#: something sold to the owner, never a sample she asked for.
_PRICED_BATCH = (r"\b\d+\s?(?:\w+ )?(?:articles?|artikel\w*|articoli|articulos|artigos|blog ?posts?|blogs|backlinks?|liens|links|textes|texte|teksten|textos|testi"
                 r"|videos?|reels|visuels|visuals|posts|beitrage"
                 # "10 000 contacts pour 99€", "5.000 Leads für 199 €": a seller's file of contacts, never a budget to advise on
                 r"|leads|contacts|contactos|contatti|contatos|kontakte|contacten|adresses|adressen|e-?mails|prospects)\b.{0,25}?\b(?:voor|for|fur|pour|per|por|para|a|ab|vanaf|from|des|da|desde|zu|at)\s?(?:€|\$|£|eur\b)?\s?\d+")
#: A price per unit of the sender's goods, or their price list "from" an amount (folded): "ab 49€ pro Link", "$30 per article",
#: "prix à partir de 50 €", "precios desde 40 €": a seller naming their prices, never a partner.
_UNIT_PRICE = (r"(?:\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|\$|£)|(?:€|\$|£)\s?\d+(?:[.,]\d+)?)\s?(?:pro|per|por|par|le|la|al|el|ad|a|/)\s?"
               r"(?:links?|liens?|enlaces?|backlinks?|artikel|articles?|articol[oi]|artigos?|articulos?|posts?|beitrag|texte?s?|text[oi]s?|testi|tekst(?:en)?"
               r"|videos?|reels?)\b"
               r"|\b(?:preise|prices|prix|precios|prezzi|precos|prijzen|tarifs|tarifas|tariffe|pakete|packages|paquetes|pacchetti|pakketten)\s+"
               r"(?:ab|from|starting at|a partir de|desde|a partire da|vanaf|des)\s+(?:€|\$|£)?\s?\d+")
#: What a seller's note prices for the owner: a batch ("10 Links für 390 €") or a unit price ("ab 49 € pro Link").
PRICED_OFFER = f"{_PRICED_BATCH}|{_UNIT_PRICE}"
#: A network, pool or platform of trainers she is invited to join (folded): "wir bauen ein Netzwerk von Marketing-Trainern auf",
#: "un réseau de formateurs", "a network of trainers", "una red de formadores", "una rete di formatori", "uma rede de formadores",
#: "een netwerk van trainers", "unser Trainerpool": a partner's platform (its clients are trained), never a client's own team.
_TRAINER_NETWORK = (r"\b(?:netzwerk|network|reseau|red|rete|rede|netwerk|pool|plattform|platform|plateforme|plataforma|piattaforma|community|communaute|comunidad|comunidade)"
                    r" (?:von|of|de|di|da|do|van|voor|for|pour|para|per|fur)\s(?:\w+[\s-]){0,2}?(?:\w+-)?(?:trainer\w*|formateurs?|formatrices?|formadore?s|formadoras?"
                    r"|formatori|formatrici|trainers|dozent\w*|instructors?|istruttori|instrutore?s)\b|\b(?:trainer|dozenten|referenten)(?:pool|netzwerk)\b")
#: The sender's own price plans "from" an amount (folded): "temos planos a partir de R$ 49", "our plans from $29", "nos formules
#: dès 49 €", "tenemos planes desde 39 €", "i nostri piani a partire da 19 €", "unsere Tarife ab 29 €", "onze abonnementen vanaf
#: € 25": a vendor's subscription sold to her, never a budget to advise on.
_PLANS_FROM = (r"\b(?:temos|tenemos|we have|we offer|nous avons|nous proposons|abbiamo|wir haben|wir bieten|we hebben|wij hebben|our|nos|nossos|os nossos"
               r"|nuestros|i nostri|unsere|onze)\s+(?:\w+\s+)?(?:planos|plans|planes|piani|plannen|formules|offres|abonnements?|abonnementen|assinaturas"
               r"|suscripciones|abbonamenti|tarife|pakete|packages|paquetes|pacotes|pacchetti|pakketten)\s+(?:\w+\s+)?"
               r"(?:ab|from|starting at|start(?:ing)? at|a partir de|desde|a partire da|vanaf|des)\s+"
               r"(?:(?:r\$|us\$|€|\$|£)\s?\d+|\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|reais\b|\$))")
#: The sender producing for sale (folded), "wij leveren", "we produce", "wir schreiben": a seller when agencies or
#: consultants (the owner's kind) are the buyers named.
_WE_SUPPLY = (r"\b(?:wij|we) (?:leveren|schrijven|produceren|maken)|\bwe (?:deliver|produce|write|supply)|\bwir (?:liefern|schreiben|produzieren|erstellen)"
              r"|\bnous (?:livrons|produisons|redigeons|ecrivons|fournissons)|\b(?:producimos|escribimos|entregamos|redactamos|produciamo|scriviamo|realizziamo"
              r"|forniamo|produzimos|escrevemos|fornecemos)\b")
_FOR_AGENCIES = (r"\b(?:voor|for|fur|pour|para|per)\s+(?:\w+\s+)?(?:marketingbureaus|bureaus|agencies|agenturen|agences|agencias|agenzie|consultants|consultant\w*|berater\w*|consulenti|consultores|freelancers?)\b")
_OUR_PRODUCT = (r"\b(?:our|notre|nos|nuestr[oa]s?|(?:il |la |i |le )?nostr[oaie]|(?:o |a )?noss[oa]s?|unser\w*|onze|ons)\s+(?:\w+[\s-]+)?"
                r"(?:software|app|apps|application|applicazione|aplicacion|aplicativo|tool|tools|outil|logiciel|plateforme|platform|plattform"
                r"|plataforma|piattaforma|herramienta|ferramenta|strumento|programma|gestionale|crm|saas|solution|soluzione|solucion|solucao|losung|oplossing|product|produit|prodotto|producto|produto|produkt)\b")
#: A demonstration of it asked for (folded): "15 minuti per una demo", "a quick demo", "une démo", "eine Vorführung".
_DEMO = (r"\b(?:demo|demos|demonstration|demonstracao|demostracion|dimostrazione|vorfuhrung|produktdemo|walkthrough|rondleiding)\b"
         # "can I book 15 min to show you how it works?", "vous montrer comment ça marche", "Ihnen zeigen, wie es funktioniert":
         # their product shown to her, a demo by another name
         r"|\b(?:show you|vous montrer|te montrer|mostrar(?:te|le|lhe)|te mostrar|lhe mostrar|ensenar(?:te|le)|mostrarti|mostrarle|farti vedere"
         r"|farle vedere|(?:ihnen|dir) (?:kurz |gern |gerne )?zeigen|(?:je|u|jou) (?:even |graag )?laten zien)\b"
         r"|\b(?:te|le|lhe) (?:puedo|podemos|posso|podemos) mostrar\b")
#: A demo of the sender's tool offered to the owner (folded): "Posso te mostrar uma demo rápida?" after "trabalho com uma
#: ferramenta de automação", "can I give you a quick demo of our app?", "je peux vous faire une démo de l'outil ?",
#: "¿te enseño una demo?", "posso farti una demo?", "darf ich Ihnen das Tool kurz vorführen?", "mag ik je een demo geven?".
_DEMO_TO_OWNER = (r"\b(?:show you|give you|offer you|book (?:you )?|schedule|te mostrar|lhe mostrar|mostrar(?:te|le|lhe)?|te (?:fazer|montrer|presenter|faire|ensenar|hacer)"
                  r"|vous (?:montrer|presenter|faire)|ensenar(?:te|le)|hacer(?:te|le)|mostrarti|mostrarle|farti|farle|fare|(?:ihnen|dir) (?:\w+ )?(?:zeigen|vorfuhren|geben)"
                  r"|(?:je|u|jou) (?:even |graag |een )?(?:laten zien|tonen|geven)|marcar|agendar)\s+(?:\w+\s+){0,2}?"
                  r"(?:demo|demos|demonstracao|demonstration|demostracion|dimostrazione|vorfuhrung|produktdemo)\b")
#: The sender's software named (folded): "uma ferramenta de automação", "our tool", "un outil", "una herramienta", "uno strumento",
#: "ein Tool", "een tool", "a platform", "an app", "un logiciel", "a software".
_SENDER_TOOL = (r"\b(?:ferramentas?|tools?|outils?|herramientas?|strumento|strumenti|werkzeug|software|logiciel|plataformas?|platforms?|plateformes?"
                r"|piattaforma|plattform|platform|apps?|applicati\w+|aplicativo|saas|crm)\b")
#: The sender's product said to help the owner's clients (folded): "acho que poderia ajudar seus clientes", "could help your
#: clients", "pourrait aider vos clients", "podría ayudar a tus clientes", "potrebbe aiutare i tuoi clienti", "könnte Ihren Kunden
#: helfen", "kan je klanten helpen": with their tool named, a vendor's pitch, never a client lead.
_HELPS_HER_CLIENTS = (r"\b(?:help|helps|aider|aide|ayudar|ayuda|aiutare|aiuta|ajudar|ajuda|helpen|helpt)\b(?:\s+(?:a|as|os|aux|to|de))?\s+"
                      r"(?:your|vos|tes|tus|sus|i tuoi|i suoi|seus|teus|os seus|os teus|suas|je|jouw|uw)\s+(?:\w+\s+)?(?:clients?|clientes|clienti|klanten|customers)\b"
                      r"|\b(?:ihren|deinen|ihre|deine)\s+(?:\w+\s+)?kunden\s+(?:\w+\s+){0,2}?helfen\b")
#: Co-trainers sought for the sender's course (folded): "suche Co-Trainerinnen", "looking for co-trainers", "je cherche des
#: co-formatrices", "busco co-formadoras", "cerco co-formatrici", "procuro co-formadoras", "zoek co-trainers": a partnership
#: offered to her, never a client's request.
_CO_TRAINERS = r"\bco-?(?:trainer\w*|format(?:eur|rice|ore|ori|rici)s?|formador\w*|formadoras?|docent\w*|dozent\w*|instructors?|teachers?|referent\w*|speakers?)\b"
_PITCH = (r"\b(?:(?:show you|vous montrer|te montrer|vous presenter|mostrar(?:te|le|lhe)?|te mostrar|lhe mostrar|ensenar(?:te|le)|mostrarti|mostrarle|farti vedere|farle vedere|zeigen|laten zien)\b.{0,30}\b(?:in|en|em|on|in|binnen)\s+\d{1,2}\s?min\w*"
          # "posso te mostrar em 20 minutos", "I can show you in 15 minutes": a demo, "un plan especial para consultores": an offer to the owner's kind
          r"|(?:plano|plan|offre|oferta|offerta|angebot|aanbod|tarif|tarifa|tariffa|deal|pacote|paquete|pacchetto|package) (?:\w+ )?(?:especial|special|speciale|speciaal|spezial\w*|exclusi\w+|dedicad[oa]) (?:para|for|pour|per|fur|voor) (?:os |les |i |los |die |de )?(?:consultor\w*|consultant\w*|consulenti|berater\w*|freelanc\w*|agencias|agences|agencies|agenzie|agenturen|bureaus|independentes|independants|autonomos)"
          r"|we help|we offer|we provide|we build|our (?:agency|platform|solution|tool|service|team helps)|nous aidons|(?:nous|ns) proposons"
          r"|nous accompagnons|notre (?:agence|solution|plateforme|outil|offre)|wir helfen|wir bieten|unsere (?:agentur|losung|plattform)"
          r"|ayudamos|ofrecemos|nuestra (?:agencia|solucion|plataforma)|somos una|aiutiamo|offriamo|la nostra (?:agenzia|soluzione|piattaforma)"
          r"|siamo un|ajudamos|oferecemos|fazemos|somos uma|(?:a )?nossa (?:agencia|solucao|plataforma)|wij helpen|wij bieden|ons bureau"
          r"|onze (?:oplossing|tool|dienst)|wij zijn een|book (?:a|your) (?:call|demo)|free (?:trial|audit)|essai gratuit|audit gratuit"
          r"|(?:bilan|diagnostic|devis) gratuit|free (?:consultation|assessment|review)|kostenlose[ns]? (?:erstgesprach|analyse|beratung|check)"
          r"|consulta gratuita|diagnostico gratuito|consulenza gratuita|analisi gratuita|avaliacao gratuita|gratis (?:adviesgesprek|analyse|scan)"
          r"|(?:our|notre|nuestra|la nostra|a nossa|nossa|unsere|unser|onze|ons) (?:company|firm|empresa|societe|entreprise|azienda|societa|firma|unternehmen|bedrijf|agentschap|cabinet|studio)"
          r" (?:\w+ ){0,2}(?:offers|provides|propose|offre|ofrece|oferece|bietet|biedt|fournit|realise|gestisce|presta"
          # "a nossa empresa desenvolve chatbots com IA para consultores": a product made for the owner's kind, a seller
          r"|develops|builds|developpe|concoit|desarrolla|sviluppa|desenvolve|entwickelt|ontwikkelt)"
          r"|unbeatable (?:prices?|rates?)|prix (?:imbattables?|canons?|casses?)|tarifs? (?:imbattables?|competitifs)|unschlagbare\w* preise?\w*|precios? (?:imbatibles?|competitivos)"
          r"|prezz[oi] (?:imbattibil[ei]|competitiv[oi])|precos? (?:imbativeis|imbativel|competitivos)|onverslaanbare prijz?(?:en|s)|scherpe prijzen"
          # "a precios muy competitivos", "à des prix très compétitifs", "a prezzi molto competitivi": a seller's price, the intensifier between
          r"|(?:prices?|rates?|prix|tarifs?|precios?|prezzi|precos?|preise\w*|prijzen) (?:very|really|super|tres|muy|molto|muito|sehr|zeer|heel) (?:competitive|competitifs?|competitivos?|competitivi|competitive\w*|wettbewerbsfahig\w*|concurrerend\w*|imbattables?|imbatibles?)"
          # "nous sommes une agence de traduction et proposons de traduire vos contenus … -20 % ce mois-ci": an agency selling to her
          r"|et (?:vous )?proposons de"
          r"|\d{1,2} ?% (?:ce mois|cette semaine|this month|this week|este mes|esta semana|questo mese|questa settimana|diesen monat|diese woche|deze maand|deze week"
          r"|rabatt|remise|de remise|de reduction|discount|off|descuento|de descuento|sconto|di sconto|korting|desconto|de desconto)"
          r"|(?:proposons|offrons) nos services|notre brochure|our brochure|unsere broschure|nuestro catalogo|la nostra brochure|a nossa brochura|onze brochure"
          # a free trial of THEIR product offered to her ("¿te paso un acceso de prueba gratuito?", "ti mando un accesso di prova",
          # "free trial access", "einen kostenlosen Testzugang"): a pitch, declined politely, never a question to answer
          r")\b")
#: Growth sold by the number (folded): "Wir steigern Ihre Leads um 300 % in 30 Tagen – garantiert!", "GRATIS: 1000 volgers
#: op LinkedIn in 1 week!! Interesse?", "we double your sales in 60 days": a spammer's pitch, declined politely, never a
#: plea for advice on the sender's business; a fan's "I gained 1000 followers in 2 months thanks to you" sells nothing.
_METRIC = (r"(?:followers?|volgers|abonnes|abonnees|abonnenten|seguidores|iscritti|likes|leads|sales|ventes|ventas|vendite|vendas|verkopen|umsatz|omzet"
           r"|clients|klanten|kunden|clientes|clienti|contacts|contactos|contatti|contatos|views|vues|visualizacoes|visualizaciones|visualizzazioni|weergaven"
           r"|aufrufe|traffic|trafic|trafico|traffico|trafego|besucher|bezoekers|visiteurs|visitors|visitas|visite|anfragen|aanvragen|demandes|solicitudes|richieste)")
_SPAN = (r"(?:\d+ ?)?(?:days?|jours?|dias|giorni|tagen?|dagen|weeks?|semaines?|semanas?|settimane?|wochen?|weken|months?|mois|mes|meses|mesi"
         r"|monaten?|maand(?:en)?)\b")
_RESULT_IN_SPAN = (r"\b\d[\d.,]* ?(?:k ?)?(?:\+ ?|% ?)?(?:\w+ ){0,2}" + _METRIC + r"\b.{0,40}?\b(?:in|en|em|binnen|dans|innerhalb|entro|within)"
                   r" (?:nur |only |seulement |solo |apenas |slechts |maar )?" + _SPAN)
_WE_RAISE_YOUR = (r"\b(?:(?:we|wir|nous|wij) (?:\w+ )?(?:increase|boost|double|triple|grow|multiply|steigern|erhohen|verdoppeln|verdreifachen|vervielfachen"
                  r"|augmentons|doublons|triplons|multiplions|verhogen|verdubbelen|verdrievoudigen)|aumentamos|duplicamos|triplicamos|multiplicamos"
                  r"|aumentiamo|raddoppiamo|triplichiamo|moltiplichiamo|dobramos|triplicamos)\b (?:\w+ )?(?:your|ihre?n?|deine?n?|vos|tes|tus|sus|i tuoi|i suoi"
                  r"|tuoi|suoi|os seus|os teus|seus|teus|uw|je|jouw) (?:\w+ )?" + _METRIC + r"\b")
_SELLER_CUE = (r"\b(?:garantiert|guaranteed|garanti|garantie|garantizad[oa]s?|garantit[oa]|garantid[oa]s?|gegarandeerd|gratis|free|kostenlos|gratuit"
               r"|gratuite|gratuito|gratuita)\b|\b(?:interesse|interested|interesses?e?|interessiert|interesad[oa]|interessat[oa]|interessad[oa]"
               r"|geinteresseerd|te interesa|ti interessa|te interessa)\s?\?")


#: The sender's own sale in the first person (folded): "Ich verkaufe LinkedIn-Automatisierung", "we sell lead lists",
#: "je vends", "vendemos", "vendiamo", "ik verkoop": a seller only with a cue aimed at her (interest asked, a multiplied result).
_SENDER_SELLS = (r"\b(?:i sell|we sell|je vends|nous vendons|on vend|ich verkaufe|wir verkaufen|vendo|vendemos|vendiamo|vendono|ik verkoop"
                 r"|wij verkopen|we verkopen)\b")
#: A multiplied result promised (folded): "3x mehr Leads", "x3 tus leads", "get 3x more clients", "10 x plus de ventes".
_TIMES_MORE = r"\b(?:\d+ ?x|x ?\d+)\b (?:\w+ ){0,2}?(?:mehr |more |plus de |mas |piu |mais |meer )?(?:\w+ )?" + _METRIC + r"\b"


def _results_sold(folded: str) -> bool:
    """Does the note sell a result by the number ("+300 % leads in 30 days, guaranteed", "free: 1000 followers in a week"),
    or sell in the first person with a cue aimed at her ("Ich verkaufe LinkedIn-Automatisierung … 3x mehr Leads. Interesse?")?"""
    return bool(_first(_WE_RAISE_YOUR, folded)) or bool(_first(_RESULT_IN_SPAN, folded) and _first(_SELLER_CUE, folded)) \
        or bool(_first(_SENDER_SELLS, folded) and (_first(_TIMES_MORE, folded) or _first(_INTEREST_ASKED, folded)))


#: A vendor's partner or affiliate programme she is invited to join (folded): "unser Agentur-Partnerprogramm", "ons affiliate
#: programma voor consultants", "our agency partner program", "notre programme partenaires", "programa de afiliados": a
#: partnership to hear about, never a job to decline nor a pitch brushed off.
_PARTNER_PROGRAMME = (r"\b(?:(?:agentur-?|agency |agence |solutions? |reseller |referral |affiliate |affiliates |affiliation |partner ?|partenaires? |parceiros? )"
                      # "the agency partner programme at Semrush": the kind of partner, then the programme
                      r"(?:partner ?)?-?(?:programm\w*|programs?|programmes?|programa|programma)"
                      r"|(?:programm\w*|programs?|programmes?|programa|programma) (?:de |di |d'|voor |fur )?(?:partner\w*|partenaires?|parceiros?|afiliad[oa]s|affiliazione|affiliation|affilies|affiliates?))\b")
#: A free or no-obligation quote the sender would make HER (folded): "würde Ihnen gern ein unverbindliches Angebot … machen",
#: "zou u graag een vrijblijvende offerte … sturen", "I'd like to send you a free quote", "je peux vous faire un devis gratuit",
#: "me gustaría enviarle un presupuesto sin compromiso": an insurer or any seller, never a client ("could you send me a quote?").
_NO_OBLIGATION = (r"(?:unverbindlich\w*|vrijblijvend\w*|kostenlos\w*|kosteloos\w*|gratis|gratuit\w*|free|no-obligation|non-binding|sans engagement"
                  r"|sin compromiso|senza impegno|sem compromisso)")
_QUOTE_FOR_HER = (r"\b(?:(?:wurde|mochte|darf|kann|konnte|will) (?:ich |wir )?(?:ihnen|dir) (?:gerne? )?ein\w* (?:\w+ )?" + _NO_OBLIGATION
                  + r" (?:\w+ )?(?:angebot|kostenvoranschlag)"
                  r"|(?:zou|wil|mag|kan|stuur|doe|maak) (?:ik |we |wij )?(?:u|je|jou) graag een (?:\w+ )?" + _NO_OBLIGATION
                  + r" (?:\w+ )?(?:offerte|prijsopgave|voorstel|aanbieding)"
                  r"|(?:i|we)(?:'d| would| could| can|'ll| will)? (?:\w+ ){0,3}(?:send|give|offer|prepare|make) you an? (?:\w+ )?" + _NO_OBLIGATION
                  + r" (?:\w+ )?(?:quote|offer|proposal|estimate)"
                  r"|(?:(?:je|nous|ns) (?:\w+ ){0,3}(?:vous|te) (?:faire|envoyer|proposer|adresser|soumettre|etablir|transmettre|offrir) (?:un|une) (?:devis|offre|estimation)"
                  r"|(?:enviarle|enviarte|hacerle|hacerte|mandarle|mandarte|ofrecerle|ofrecerte|prepararle|prepararte|pasarle|pasarte|inviarle|inviarti|farle|farti"
                  r"|mandarle|mandarti|offrirle|offrirti|prepararle|prepararti|enviar-lhe|enviar-te|lhe enviar|te enviar|te mandar|lhe mandar|fazer-lhe|te fazer"
                  r"|lhe fazer|oferecer-lhe|te oferecer|lhe oferecer) (?:un|una|um|uma) (?:presupuesto|cotizacion|oferta|preventivo|offerta|orcamento|cotacao)"
                  r")(?: \w+){0,3} " + _NO_OBLIGATION + r")\b")
#: A no-obligation talk or advice held out to the owner (folded): "Hätten Sie Interesse an einem unverbindlichen Gespräch?",
#: "Mag ik u vrijblijvend informeren?", "a free, no-obligation call?", "un échange sans engagement ?", "una consulenza senza
#: impegno": with no word of her field in the note, a seller (a financial adviser, an insurer), declined politely.
_TALK_WORDS = (r"(?:gesprach|beratung|erstgesprach|termin|telefonat|kennenlernen|call|chat|consultation|conversation|meeting|echange|appel|rendez-vous"
               r"|rdv|entretien|conversacion|llamada|reunion|charla|asesoria|consulenza|chiacchierata|colloquio|chiamata|incontro|conversa|reuniao|chamada"
               r"|consultoria|gesprek|kennismaking\w*|adviesgesprek|afspraak)")
_ADVICE_VERBS = r"(?:informeren|adviseren|informieren|beraten|inform you|advise you|vous informer|vous conseiller|informarle|asesorarle|informarla|consigliarla|informa-lo|aconselha-lo)"
#: The sender naming their own trade outside marketing, money and paperwork (folded): "ich bin Steuerberater", "ik ben
#: boekhouder voor zzp'ers", "je suis expert-comptable", "I'm an accountant", "soy asesor fiscal", "sono commercialista", "sou contador".
_MONEY_TRADE_SELF = (r"\b(?:ich bin|wir sind|ik ben|wij zijn|we zijn|je suis|nous sommes|i am|i'm|im|we are|we're|soy|somos|sono|siamo|sou|somos)"
                     r" (?:\w+ ){0,2}?(?:steuerberater\w*|buchhalter\w*|finanzberater\w*|versicherungs(?:makler|berater|vertreter)\w*"
                     r"|boekhoud\w*|belastingadviseur\w*|verzekerings(?:adviseur|makelaar|agent)\w*|hypotheekadviseur\w*|financieel adviseur\w*|administratiekantoor"
                     r"|expert-?comptable|comptable|conseill\w* (?:fiscal\w*|en gestion de patrimoine|en assurances?)|courtier en assurances?"
                     r"|accountants?|bookkeepers?|tax (?:advis[oe]rs?|consultants?)|financial (?:advis[oe]rs?|planners?)|insurance (?:brokers?|agents?)"
                     r"|asesor\w* (?:fiscal\w*|contable\w*|financier\w*)|gestor\w*|contables?|contador\w*|(?:corredor\w*|correduria) de seguros"
                     r"|commercialist\w*|contabil\w*|consulent\w* (?:fiscal\w*|finanziari\w*)|broker assicurativ\w*"
                     r"|consultor\w* (?:fiscal\w*|financeir\w*)|corretor\w* de seguros)\b")
#: "Would that be of interest to you?" of the sender's own service (folded): "Vielleicht ist das für Sie interessant?",
#: "Misschien iets voor u?", "ça pourrait vous intéresser ?", "might this interest you?", "¿te podría interesar?",
#: "potrebbe interessarti?", "pode te interessar?".
_OF_USE_TO_YOU = (r"\b(?:(?:ist|ware) das (?:\w+ )?(?:(?:was|etwas) )?fur (?:sie|dich)|(?:ist|ware) das (?:\w+ )?interessant|interessiert (?:sie|dich) das"
                  r"|(?:iets|interessant) voor (?:u|jou|je)|(?:ca|cela) (?:pourrait |peut )?(?:vous |t')interess\w*|pourrait (?:vous |t')interesser"
                  r"|(?:would|might|could) (?:this|that) (?:be of )?interest|is (?:this|that) (?:something|of interest) (?:for|to) you"
                  r"|(?:te|le|les) (?:podria |puede )?interesa\w*|(?:ti|le|vi) (?:potrebbe )?interess\w*|potrebbe interessar\w*"
                  r"|(?:te|lhe) (?:pode )?interessa\w*|pode(?:ria)? (?:te |lhe )?interessar)\b")
#: The sender's own product presented to her (folded): "möchten Ihnen unsere Versicherung vorstellen", "would like to present
#: our income protection", "souhaitons vous présenter notre prévoyance", "presentarle nuestro seguro", "presentarle la nostra
#: polizza", "apresentar-lhe o nosso seguro", "u onze verzekering voorstellen": with a money trade named, a seller.
_OURS_PRESENTED = (r"\b(?:(?:ihnen|dir) (?:\w+ ){0,3}?(?:unser\w*) (?:\w+ ){0,4}?vorstellen|(?:present|introduce|show) (?:you )?(?:to )?our"
                   r"|(?:vous|te) presenter (?:notre|nos)|present(?:arle|arte|arles) (?:\w+ )?(?:nuestr\w+|la nostra|il nostro|i nostri|le nostre)"
                   r"|apresentar(?:-lhe|-te)? (?:\w+ )?(?:o nosso|a nossa|os nossos|as nossas)|(?:u|je|jou) (?:\w+ ){0,2}?onze (?:\w+ ){0,3}?(?:voorstellen|presenteren))\b")
#: A free licence of the sender's product held out to her (folded): "una licenza gratuita di 3 mesi", "a free licence",
#: "une licence gratuite", "una licencia gratuita", "uma licença gratuita", "eine kostenlose Lizenz", "een gratis licentie".
_FREE_LICENCE = (r"\b(?:free (?:\w+ ){0,2}?licen[cs]es?|licen[cs]es? (?:\w+ ){0,2}?(?:for free|free of charge)|licences? (?:\w+ ){0,2}?gratuites?|licencias? (?:\w+ ){0,2}?gratuitas?"
                 r"|licenz[ae] (?:\w+ ){0,2}?gratuit[ae]|licencas? (?:\w+ ){0,2}?gratuitas?|(?:kostenlose|gratis) (?:\w+ )?lizenz\w*|gratis (?:\w+ )?licentie\w*"
                 r"|licenties? (?:\w+ ){0,2}?gratis)\b")
#: A coach or therapist naming her trade (folded): "je suis coach en développement personnel", "I'm a life coach", "soy coach
#: de vida", "sono una life coach", "sou coach", "ich bin Life Coach", "ik ben life coach", "je suis sophrologue".
_COACH_SELF = (r"\b(?:i'?m|i am|je suis|soy|sono|sou|ich bin|ik ben)\b (?:\w+ ){0,2}?(?:coach\w*|therapist|therapeute|terapeuta|therapeut\w*"
               r"|sophrolog\w*|naturopath\w*|hypnotherap\w*|praticien\w*|kinesiolog\w*|mentor)\b")
#: Her sessions held out (folded): "je propose des séances", "je t'offre une première séance gratuite", "would you like a
#: free session?", "ofrezco una sesión gratuita", "offro una prima sessione", "ofereço uma sessão", "biete eine kostenlose
#: Probesitzung an", "bied een gratis sessie aan": with a coach's trade named, a seller, never "not the right person to advise you".
_SESSION_OFFERED = (r"\b(?:propose|proposons|offre|offrons|would you like|offer\w*|ofrezco|ofrecemos|offro|offriamo|ofereco|oferecemos|biete|bieten"
                    r"|bied|bieden)\b[^.?!\n]{0,60}?(?:\bseances?|\bsessions?|\bsesion(?:es)?|\bsession[ie]|\bsessao|\bsessoes|sitzung\w*|sessies?|\bcoaching)\b")
_FREE_TALK_OFFERED = (r"\b(?:" + _NO_OBLIGATION + r"\w* (?:\w+ ){0,2}" + _TALK_WORDS + r"|" + _TALK_WORDS + r" (?:\w+ ){0,2}" + _NO_OBLIGATION
                      + r"|" + _NO_OBLIGATION + r"\w* (?:\w+ ){0,1}" + _ADVICE_VERBS + r"|" + _ADVICE_VERBS + r" (?:\w+ ){0,2}" + _NO_OBLIGATION + r")\b")
#: A quote or an offer held out to the owner (folded): "would you be interested in a free quote?", "un devis gratuit vous
#: intéresserait ?", "Hätten Sie Interesse an einem unverbindlichen Angebot?", "¿le interesaría un presupuesto?", "heeft u interesse
#: in een vrijblijvende offerte?": the sender sells (solar panels, office chairs…), never a client asking for her price.
#: The sender's own quote, offered to send HER (folded): "Mag ik je een (vrijblijvende) offerte sturen?", "May I send you a quote?", "Puis-je
#: vous envoyer un devis ?", "Darf ich Ihnen ein Angebot schicken?", "¿Puedo enviarte un presupuesto?", "Posso inviarle un
#: preventivo?", "Posso enviar-lhe um orçamento?": a seller's offer (an office-chair seller's trial model), never her rates
#: asked ("could you send me a quote?" asks hers).
_QUOTE_SENT_HER = (r"\b(?:(?:mag|kan|zal) (?:ik|we) (?:je|jou|u) (?:een |graag een )?(?:\w+ )?(?:offerte|prijsopgave)"
                   # "Wil je een gratis offerte ontvangen?", "Möchten Sie ein kostenloses Angebot?", "would you like a free quote?" (w150 L)
                   r"|(?:wil je|wilt u|wil jij|mochtest du|mochten sie|would you like|do you want|voulez-vous|veux-tu|quieres|quiere|vuoi|vuole|queres|quer|gostaria de) (?:\w+ ){0,2}?"
                   r"(?:free|gratis|gratuit\w*|kostenlos\w*|vrijblijvend\w*|unverbindlich\w*) (?:quote|devis|angebot|offerte|presupuesto|preventivo|orcamento|cotizacion|cotacao)"
                   r"|(?:may|can|could|shall) (?:i|we) (?:send|email|forward) you (?:a|an|our|my) (?:\w+ )?(?:quote|quotation|estimate)"
                   r"|(?:puis-je|pourrais-je|peux-je|pouvons-nous|je peux|nous pouvons) (?:vous|te) (?:envoyer|faire|adresser|transmettre) (?:un|une|notre|mon) (?:\w+ )?(?:devis|offre)"
                   r"|(?:darf|kann|konnte|soll) (?:ich|wir) (?:ihnen|dir|euch) (?:gerne? )?(?:ein|unser|mein)\w* (?:\w+ )?(?:angebot|kostenvoranschlag)"
                   r"|(?:puedo|podria|podemos) (?:enviarte|enviarle|mandarte|mandarle|pasarte|pasarle) (?:un|una|nuestro|mi) (?:\w+ )?(?:presupuesto|cotizacion)"
                   r"|(?:posso|possiamo|potrei) (?:inviarti|inviarle|mandarti|mandarle|farti|farle) (?:un|il nostro|il mio) (?:\w+ )?preventivo"
                   r"|(?:posso|podemos|poderia) (?:enviar-lhe|enviar-te|lhe enviar|te enviar|te mandar|lhe mandar|mandar-lhe|mandar-te|enviar para (?:voce|a senhora|o senhor))"
                   r" (?:um|uma|o nosso|o meu) (?:\w+ )?(?:orcamento|cotacao))\b")
_NOT_HERS = r"(?:(?!\b(?:your|votre|vos|ton|ta|tes|ihr\w*|dein\w*|tu|tus|su|sus|tuo|tua|suo|sua|seu|teu|uw|jouw)\b)[^.?!\n])"
_QUOTE_OFFERED = (r"\b(?:(?:interested|interest|interesse|interes|interessiert|geinteresseerd|interessad[oa]|interesad[oa]|interessat[oa]) (?:in|an|en|em|num|numa|a|aan|ad)"
                  r"|(?:vous|te|ti|le|lhe|u|je|ihnen|dir|sie|dich) (?:interesserait|interesseraient|interesse|interessa\w*|interesaria|interesa|interessieren|interessiert))\b"
                  + _NOT_HERS + r"{0,40}\b(?:quote|devis|angebot|offerte|presupuesto|preventivo|orcamento|cotizacion|cotacao|kostenvoorstel|offre commerciale)\b"
                  r"|\b(?:quote|devis|angebot|offerte|presupuesto|preventivo|orcamento|cotizacion|cotacao)\b" + _NOT_HERS
                  + r"{0,30}\b(?:vous|te|ti|le|lhe|u|je|ihnen|dir) (?:interesserait|interesse\w*|interessa\w*|interesaria|interesa|interessieren)\b"
                  r"|" + _QUOTE_FOR_HER + r"|" + _QUOTE_SENT_HER)
#: Goods sold to the owner (folded): "we sell office chairs … would your company be interested?", "nous vendons du mobilier
#: de bureau, un catalogue ?", "happy to send a catalogue", "te mando nuestro catálogo": a seller's pitch, declined politely,
#: never "I'm not the right person to advise you"; "we sell jewellery, would you be interested in helping us" stays a client.
_WE_SELL = (r"\b(?:we sell|we supply|we distribute|nous vendons|nous distribuons|nous commercialisons|wir verkaufen|wir vertreiben"
            r"|vendemos|distribuimos|comercializamos|vendiamo|distribuiamo|commercializziamo|wij verkopen|we verkopen)\b")
_CATALOGUE = r"\b(?:catalogue|catalog|catalogo|katalog|catalogus)\b"
#: One person selling (folded): "I sell Instagram followers", "je vends des packs", "vendo", "ich verkaufe", "ik verkoop";
#: a seller only with a catalogue, a price list or the owner's clients named as the buyers (a shop owner writes "I sell
#: candles on Etsy" too).
_I_SELL = r"\b(?:i sell|je vends|vendo|ich verkaufe|ik verkoop)\b"
#: A service the sender's firm delivers (folded): "wij leveren SEO-teksten", "we deliver SEO articles", "nous livrons",
#: "wir liefern", "ofrecemos", "forniamo", "fornecemos": a seller once her clients are named as buyers or rates offered.
_WE_DELIVER = (r"\b(?:(?:we|wij|wir|nous)(?: (?:bij|bei) [\w-]+)? (?:deliver|provide|supply|livrons|fournissons|proposons|liefern|bieten|leveren|bieden)"
               r"|ofrecemos|entregamos|forniamo|offriamo|realizziamo|fornecemos|oferecemos)\b")
#: The owner's clients named as the buyers (folded): "interested for your clients?", "pour vos clients", "para tus clientes",
#: "per i tuoi clienti", "para os seus clientes", "für Ihre Kunden", "voor je klanten".
_FOR_YOUR_CLIENTS = (r"\b(?:for|pour|para|per|fur|voor) (?:your|vos|tes|tus|sus|i tuoi|i suoi|ai tuoi|seus|os seus|teus|os teus|ihre|deine|je|jouw|uw)"
                     r" (?:clients|clientes|clienti|kunden|klanten)\b")
_SEND_CATALOGUE = (r"\b(?:send|envoyer|envoie|enviar|enviarte|envio|inviare|inviarti|invio|mandar|mandarte|mandare|mandarti|mando|schicken"
                   r"|senden|zusenden|zukommen|sturen|toesturen|opsturen|stuur)\b" + _NOT_HERS + r"{0,25}" + _CATALOGUE)
#: The sender's price list offered to the owner (folded), after "we sell …": "¿te paso tarifas?", "posso enviar a tabela de
#: preços?", "le mando il listino?", "can I send you our prices?", "je vous envoie nos tarifs ?", "soll ich Ihnen unsere
#: Preisliste schicken?", "zal ik je onze prijslijst sturen?": a seller's offer, never a client asking for her rates.
_SEND_PRICE_LIST = (r"\b(?:send|envoyer|envoie|enviar|enviarte|enviarle|envio|inviare|inviarti|inviarle|invio|mandar|mandarte|mandarle|mandare|mandarti"
                    r"|mando|paso|pasar|pasarte|pasarle|schicken|schicke|senden|sende|zusenden|zukommen|sturen|toesturen|opsturen|stuur)\b"
                    + _NOT_HERS + r"{0,25}\b(?:price ?list|prices|rates|tarifs|grille tarifaire|tarifas|precios|lista de precios|tabela de precos"
                    r"|precos|precario|listino|tariffe|prezzi|preisliste|preise|prijslijst|prijzen|tarieven)\b"
                    # the verb last: "Ihnen unsere Preisliste schicken", "je onze prijslijst sturen"
                    r"|(?<!ihre )(?<!ihren )(?<!deine )(?<!deinen )(?<!uw )(?<!jouw )(?<!je )\b(?:preisliste|preise|prijslijst|prijzen|tarieven)\b" + _NOT_HERS
                    + r"{0,20}\b(?:schicken|senden|zusenden|zukommen lassen|sturen|toesturen|opsturen|mailen)\b")
_INTERESTED = (r"\b(?:interested|interessiert|interesse|geinteresseerd|interesad[oa]s?|interessad[oa]s?|interessat[oa]|interesserait"
               r"|interesseraient|interesaria|interessieren|interessa|interessarebbe|interessaria)\b"
               r"(?!.{0,40}\b(?:help|work|working|collaborat\w*|aider|travailler|ayudar\w*|trabajar|aiutar\w*|lavorare|helfen|zusammen\w*"
               r"|helpen|samenwerk\w*|ajudar\w*|trabalhar|seo|ads|content|contenu|contenido|contenuti|conteudo|inhalt\w*|strateg\w*))")
_PORTFOLIO = r"\bportafolio|\b(?:mio sito|mi (?:sitio|web)|mijn (?:site|website)|meine? (?:webseite|website))\b|\bportfolio|\bportefolio|\bbook\b|\bbehance|\bdribbble|\bgithub|\bsite\b|\bwebsite|\bmes realisations|\bmy work\b|\bmeine arbeiten|\bmis trabajos|\bi miei lavori|\bmeus trabalhos|\bmijn werk\b"
#: An inclusive ending in a job title: "Consultant(e)", "Chargé·e", "Développeur.se", "Chef(fe)".
_ROLE_WORD_LEAD = (r"(?i)^(?:(?:eine?n?|a|an|une?|uma?|una?|een) )?(?:position|stelle|rolle|funktion|functie|rol|role|poste|puesto|posicion|posizione|ruolo|vaga|cargo|posicao|posición|posição)"
                   r" (?:als|as|de|d'|di|van|of|da|do|para|voor|for)\s*(?=\w)")
_INCLUSIVE_END = (r"(?<=\w)(?:\((?:e|fe|se|ne|le|euse|rice)\)|[·.](?:e|fe|se|ne|euse|rice)\b"
                  r"|(?<=[a-zäöü])/(?:e|n|r|s|en|er)(?![\w-]))")  # "freiberufliche/n", "erfahrene/r": German inclusive adjective endings
_CV = r"\b(?:cv|c\.v\.|resume|lebenslauf|curriculum|curriculo|currículo)\b"

#: The sender's own wish to network, right before "conectarme con" / "me conectar com" (folded): "queria me conectar com
#: profissionais da área na Europa", "quería conectarme con profesionales del sector": connecting with her and her peers,
#: never an introduction asked of her ("¿podrías conectarme con alguien de tu red?" stays one)
_OWN_WISH_ES = "".join(rf"(?<!{w} )" for w in ("queria", "quiero", "quisiera", "gustaria", "encantaria", "busco", "espero", "me gusta"))
_OWN_WISH_PT = "".join(rf"(?<!{w} )" for w in ("queria", "quero", "gostaria de", "gostava de", "adoraria", "busco", "procuro", "espero", "pretendo"))


_ASKS: dict[str, dict[str, str]] = {
    "interns": {
        "fr": r"(?:aurais|auriez)[- ](?:tu|vous) (?:une place|de la place|un stage|une alternance)|(?:tu aurais|vous auriez|tu as|vous avez) (?:une place|de la place)|(?:prenez|prends|accueillez|accueilles|recrutez|recrutes|cherchez|cherches)[- ](?:vous|tu)?\s*(?:des |un |une |d'|parfois des )?(?:stagiaires?|alternants?|alternance|stage|assistant(?:e|s|es)?)|(?:avez|as)[- ](?:vous|tu) (?:besoin d'un |un poste|des postes|un stage|une alternance|des stages|quelque chose)|(?:recrutez|recrutes)[- ](?:vous|tu)|(?:un stage|une alternance|des stagiaires) (?:chez vous|chez toi|dans votre|dans ton)|des postes? (?:ouverts?|a pourvoir)|(?:un stage|une alternance|faire mon stage|faire mon alternance) (?:avec vous|avec toi|a vos cotes|a tes cotes)",
        "en": r"do you (?:ever )?(?:take|accept|have|offer|hire|need)\b.{0,25}\b(?:interns?|internships?|juniors?|trainees?|assistants?|openings?|positions?|roles?|vacanc\w+)|are you hiring|(?:any|have) (?:openings|vacancies|internships?) (?:at|in|on) your|is your (?:team|company|agency) hiring|(?:are you|would you be) (?:hiring|recruiting|taking on|taking|accepting) (?:any |some |new )?(?:interns|juniors|trainees)\b|(?:intern|an internship|my internship|work) with you\b"
              r"|would you (?:perhaps |maybe |by any chance )?have (?:a |any |an )?(?:spot|spots|place|places|opening|openings|room for an intern|internship)\b",
        "de": r"(?:nehmen|nimmst|suchen|suchst|haben|hast|bieten|bietest|sucht|stellt|stellen) (?:sie|du|ihr)\b.{0,30}\b(?:praktikant\w*|praktik\w*|werkstudent\w*|assistent\w*|stelle\w*|azubi\w*|(?<!fur )jemand\w*)|(?:praktikum|praxissemester|werkstudentenstelle) bei (?:dir|ihnen)\b"
              # "Hättest du vielleicht Plätze oder einen Tipp?", "Hätten Sie einen Praktikumsplatz?": a place with her, asked
              r"|(?:hattest du|hatten sie|hattet ihr|gibt es bei (?:dir|ihnen|euch)) (?:\w+ ){0,2}(?:platze|platz|praktikumsplatz\w*|praktik\w*|stellen?|freie stellen)\b",
        "es": r"(?:aceptas|acepta|aceptais|aceptan|buscas|(?<!\ben )busca|buscais|buscan|tienes|tiene|teneis|tienen|ofreces|ofrece|ofreceis|coges|cogeis|necesitas|necesita|necesitais)\b.{0,25}\b(?:becari\w*|practicas|practicantes?|plazas?|asistentes?|ayudantes?|vacantes?|puestos?|(?<!para )alguien)|(?:estas|esta|estais|estan) (?:contratando|buscando (?:a )?(?:alguien|gente|becari))|(?:practicas|beca|unas practicas|mis practicas|trabajar) (?:contigo|con usted|con vosotros)\b",
        "it": r"(?:prendete|prendi|prende|accettate|accetti|accetta|cercate|cerchi|cerca|offrite|offri|offre|avete|hai|ha)\b.{0,25}\b(?:stagist\w*|tirocin\w*|stage|assistent[ei]|posizioni aperte|posti|(?<!per )qualcuno)|(?:state|stai|sta) (?:assumendo|cercando)|(?:stage|tirocinio|lavorare) (?:con te|con lei|con voi|presso di te|presso di lei)\b",
        "pt": r"(?:aceitam|aceitas|aceita|recebem|recebes|recebe|oferecem|ofereces|oferece|procuram|procuras|(?<!\ba )(?<!\bem )procura|tem|tens|contratam)\b.{0,25}\b(?:estagiari\w*|estagio|assistentes?|vagas?|aprendiz\w*|(?<!para )(?<!pra )alguem)|(?<!\bque )(?:estao|estas|esta) (?:contratando|a contratar|recrutando|a recrutar)|(?:estagio|estagiar|trabalhar) (?:com voce|consigo|contigo|com vocês|com voces)\b",
        "nl": r"(?:nemen|neem|neemt|zoeken|zoek|zoekt|hebben|heb|heeft|bieden|bied|biedt) (?:jullie|je|jij|u)\b.{0,25}\b(?:stagiair\w*|stage\w*|assistent\w*|vacature\w*|plek\w*|(?<!voor )iemand|(?<!voor )mensen)|(?:stage|stage lopen|meelopen) bij (?:jou|u|jullie)\b",
    },
    "intro": {
        "fr": r"\b(?:me presenter a|me mettre en (?:relation|contact)|mettre en relation|faire le lien avec|m'introduire|me recommander a)\b",
        "en": r"\b(?:introduce me|intro to|an intro|introduction to|put me in touch|connect me with)\b",
        "de": r"\b(?:mich (?:\w+ )?vorstellen|in kontakt bringen|kontakt (?:zu|mit) \w+ herstellen|vermitteln)\b",
        "es": rf"\b(?:presentarme a|ponerme en contacto con|poner(?:me|nos) en contacto|{_OWN_WISH_ES}conectarme con(?! (?:usted|ustedes|vos|vosotros|camille)\b))\b",
        "it": r"\b(?:presentarmi a|mettermi in contatto|metterci in contatto|farmi conoscere)\b",
        "pt": rf"\b(?:apresentar-me a|me apresentar a|colocar-me em contato|me colocar em contato|por-me em contacto|{_OWN_WISH_PT}(?:me conectar|conectar-me) com(?! (?:voce|vc|voces|vcs|o senhor|a senhora|a camille|camille|ti)\b))\b",
        "nl": r"\b(?:voorstellen aan|in contact brengen|introduceren bij|koppelen aan)\b",
    },
    "recommend": {
        "fr": r"\b(?:connaissez|connais|connaitriez)[- ](?:vous|tu)? ?(?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:connaissez|connais|connaitriez|connaitrais)[- ](?:vous|tu)?\s*(?:quelqu'un|une? |des |un bon|une bonne)|\b(?:pourriez|pourrais)[- ](?:vous|tu) me recommander|\brecommanderiez|\bconseilleriez[- ]vous (?:un|une|quelqu)|\b(?:quelles?|lesquelles) (?:\w+ ){0,3}?(?:agences|entreprises|boites|societes|start-?ups|employeurs)\b[^?.!\n]{0,60}?\b(?:recrut\w*|embauch\w*|cherch\w*|prenn\w*)|\b(?:agences|entreprises|boites) (?:a contacter|a demarcher)\b|\b(?:agences|entreprises|boites|societes) (?:\w+ )?qui (?:\w+ )?(?:recrut\w*|embauch\w*)\b",
        "en": r"\byou know (?:any )?(?:agencies|companies|people|firms|brands)\b|\bdo you know (?:anyone|someone|a good|any good|an? )|\bcan you recommend (?:a|an|someone|anyone)\b|\bwould you recommend (?:a|an|someone)\b|\bany recommendations? for (?:a|an)\b|\bwhich (?:\w+ ){0,3}?(?:agencies|companies|firms|brands|start-?ups|employers)\b[^?.!\n]{0,60}?\b(?:hire|hires|hiring|recruit\w*|look(?:s|ing)? for|seek\w*|take on|taking on|employ\w*)\b|\b(?:agencies|companies|firms|employers) worth (?:contacting|approaching|applying to|reaching out to)\b"
              # "any advice on agencies that hire English speakers?": employers sought, whatever the question's verb
              r"|\b(?:agencies|companies|firms|employers|start-?ups) (?:\w+ )?(?:that|which|who) (?:\w+ )?(?:hire|hires|hiring|recruit\w*|employ\w*|take on|would take)\b",
        "de": r"\b(?:kennen sie|kennst du) (?:\w+ )?(?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|unternehmen|arbeitgeber|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:kennen sie|kennst du) (?:jemanden|eine[nr]?|gute|(?:vielleicht )?(?:leute|menschen)\b(?=[^.?!]{0,30}\b(?:such\w*|einstell\w*)))|\b(?:sie|du) (?:\w+ ){0,2}(?:leute|menschen|firmen|unternehmen|agenturen) kenn(?:en|st)\b(?=[^.?!]{0,30}\b(?:such\w*|einstell\w*))|\b(?:leute|menschen|firmen|unternehmen|agenturen) kennen,? (?:die|welche)\b|\b(?:konnen sie|kannst du) (?:mir )?(?:jemanden|eine[nr]?) empfehlen|\bwelche (?:\w+ ){0,3}?(?:agenturen|firmen|unternehmen|start-?ups|arbeitgeber)\b[^?.!\n]{0,80}?\b(?:suchen|einstellen|rekrutier\w*|nehmen|brauchen)\b|\b(?:agenturen|firmen|unternehmen),? die (?:\w+ ){0,4}(?:einstell\w*|anstell\w*)\b",
        "es": r"\b(?:conoces|conoce|sabes de) (?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:sabrias|sabria|sabes|sabe) de (?:alguien|algun|alguna)|\b(?:conoces|conoce|conoceis) (?:a )?(?:alguien|algun|alguna|un buen|una buena|(?:gente|personas)\b(?=[^.?!]{0,30}\b(?:contrat\w*|busc\w*)))|\b(?:me recomiendas|me recomienda|podrias recomendarme|podria recomendarme)\b(?!\s+(?:\w+(?:ar|er|ir)|que)\b)|\b(?:que|cuales) (?:\w+ ){0,3}?(?:agencias|empresas|marcas|start-?ups)\b[^?.!\n]{0,60}?\b(?:contrat\w*|busca\w*|recluta\w*|necesita\w*)|\b(?:agencias|empresas) (?:\w+ )?que (?:\w+ )?(?:contrat\w*|emple\w*)\b",
        "it": r"\b(?:conosci|conosce) (?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:conosci|conosce) (?:qualcuno|un buon|una buona|qualche|(?:delle )?(?:persone|gente)\b(?=[^.?!]{0,30}\b(?:assum\w*|cerc\w*)))|\b(?:sai|sapresti|sa|saprebbe) (?:di|se c'e|se ci sono) (?:qualche|qualcuno|posizion\w+|offert\w+|opportunita)\b|\b(?:mi consigli|mi consiglia|potresti consigliarmi|potrebbe consigliarmi) (?:un|una|qualcuno)|\bquali (?:\w+ ){0,3}?(?:agenzie|aziende|societa|start-?up)\b[^?.!\n]{0,60}?\b(?:assum\w*|cerca\w*|recluta\w*)|\b(?:agenzie|aziende) (?:\w+ )?che (?:\w+ )?(?:assum\w*)\b",
        "pt": r"\b(?:conheces|conhece|voce conhece) (?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:conheces|conhece|voce conhece) (?:alguem|algum|alguma|um bom|uma boa|(?:pessoas|gente)\b(?=[^.?!]{0,30}\b(?:contrat\w*|recrut\w*|procur\w*)))|\b(?:me recomenda|recomendas|pode recomendar|podes recomendar|poderia indicar|pode indicar|podes indicar) |\b(?:que|quais) (?:\w+ ){0,3}?(?:agencias|empresas|marcas|start-?ups)\b[^?.!\n]{0,60}?\b(?:contrat\w*|procur\w*|recrut\w*|busca\w*)|\b(?:agencias|empresas) (?:\w+ )?que (?:\w+ )?(?:contrat\w*|empreg\w*)\b",
        "nl": r"\b(?:weet je|weet u|weet jij) (?:\w+ ){0,2}?(?:bedrijven|bureaus|werkgevers)\b|\b(?:ken je|kent u|ken jij) (?:daar |er |misschien )?(?:des |de |d'|any |some |einige |algunas |algunos |qualche |alguma |algumas |nog )?(?:agences|agencies|agenturen|agencias|agenzie|bureaus|firmen|entreprises|companies|empresas|aziende|bedrijven)\b|\b(?:ken je|kent u|ken jij) (?:iemand|een goed|een goede|goede|(?:misschien )?mensen\b(?=[^.?!]{0,30}\b(?:zoek\w*|aannem\w*|werven)))|\b(?:je|jij|u) (?:\w+ ){0,2}(?:mensen|bedrijven|bureaus) kent\b(?=[^.?!]{0,30}\b(?:zoek\w*|aannem\w*|werven))|\b(?:kun je|kunt u) (?:me )?(?:iemand|een) (?:aanraden|aanbevelen)|\bwelke (?:\w+ ){0,3}?(?:bureaus|bedrijven|agencies|werkgevers|start-?ups)\b[^?.!\n]{0,60}?\b(?:zoek\w*|aannem\w*|nemen|werven|rekruter\w*)|\b(?:bureaus|bedrijven) die (?:\w+ ){0,3}(?:aannemen|in dienst nemen)\b",
    },
    "feedback": {
        # "ton retour d'expérience sur tes débuts", "échanger sur vos retours d'expérience en SEO": her own experience told or
        # swapped, never a thing of theirs to review
        "fr": r"\b(?:votre|ton) (?:avis|retour(?! ?d'? ?experience)|regard)\b(?! sur (?:tes|vos|ton|votre|les) (?:debuts|parcours|experience|lancement))"
              r"|\bquestionnaire|\bsondage|\benquete\b|\bfeedback|\bvos retours(?! ?d'? ?experience)|\btes retours(?! ?d'? ?experience)|\bun retour sur\b(?! (?:tes|vos|ton|votre|les) (?:debuts|parcours|experience|lancement))|\bun avis sur\b",
        "en": r"\byour (?:feedback|opinion|thoughts|take|view|input)\b|\bsurvey|\bquestionnaire|\bfeedback on\b",
        "de": r"\b(?:ihre|deine) (?:meinung|einschatzung|ruckmeldung)|\bfeedback\b|\bumfrage|\bfragebogen",
        "es": r"\b(?:tu|su) (?:opinion|feedback|valoracion|punto de vista)\b|\bencuesta|\bcuestionario|\bfeedback",
        "it": r"\b(?:il tuo|il suo|un tuo|un suo) (?:parere|feedback|riscontro|punto di vista)\b|\bsondaggio|\bquestionario|\bfeedback",
        "pt": r"\b(?:a sua|a tua|sua|tua) (?:opiniao|avaliacao)\b|\b(?:seu|teu) (?:feedback|parecer)\b|\bpesquisa\b(?!\s*\(?\s*search|\s+(?:ou|x|vs)\s+(?:performance|pmax|shopping|display))(?<!\bou pesquisa)(?<!\bde pesquisa)(?<!\bx pesquisa)|\bquestionario|\binquerito|\bfeedback",
        "nl": r"\b(?:je|jouw|uw) (?:mening|feedback|input|blik)\b|\benquete|\bvragenlijst|\bfeedback",
    },
    "questions": {
        "fr": r"\bquelques questions|\bune (?:ou deux|petite) questions?|\b(?:trois|quatre|cinq|\d) (?:petites )?questions|\bposer (?:une|quelques|deux) questions?|\bvous poser\b|\bte poser\b|\bdeux questions",
        "en": r"\b(?:a (?:couple|few) (?:of )?(?:quick )?questions|ask you (?:a|some|two|three|four|five|one|a few|\d)|(?:three|four|five|\d) (?:quick |short )?questions|pick your brain|two questions)",
        # "darf ich dir mal ne Frage zu lokalem SEO stellen?", "ich hätte da eine kurze Frage": one question, asked of her
        "de": r"\b(?:ein paar|einige|zwei|drei|vier|funf|\d|kurze?) (?:kurze )?fragen\b|\beine (?:kurze )?frage (?:stellen|hatte|habe)"
              r"|\b(?:eine|ne|'ne) (?:kurze |kleine )?frage (?:[\w-]+ ){0,5}?stellen\b|\b(?:hatte|habe|hab) (?:da |mal |noch )*(?:eine|ne|'ne) (?:kurze |kleine )?frage\b"
              # "darf ich dich mal was zu Redaktionsplänen fragen?": one question still to come
              r"|\b(?:dich|sie|euch) (?:(?:mal|kurz|noch|einmal|vielleicht) )*(?:was|etwas) (?:[\w-]+ ){0,4}?fragen\b",
        "es": r"\b(?:unas|algunas|un par de|dos|tres|cuatro|cinco|\d) (?:breves )?pregunt(?:it)?as|\bhacer(?:te|le)? una (?:breve |pequena )?pregunt(?:it)?a|\bpreguntar(?:te|le)\b",
        # ("mi permetto di chiederLe il collegamento": the connection asked for, no question)
        "it": r"\b(?:qualche|alcune|un paio di|due|tre|quattro|cinque|\d) domand\w*|\bfarti una domanda|\bfarle una domanda|\bchieder(?:ti|le)\b(?! (?:il|di) (?:collegamento|contatto|collegarci|connetterci|connessione))",
        "pt": r"\b(?:algumas|umas|duas|tres|quatro|cinco|\d) (?:breves )?pergunt(?:inh)?as|\bfazer(?:-lhe|-te)? uma pergunt(?:inh)?a|\bte perguntar|\blhe perguntar",
        # "mag ik je een keer iets vragen over contentkalenders?", "ik heb een vraagje": one question, asked of her
        "nl": r"\b(?:een paar|enkele|twee|drie|vier|vijf|\d) (?:korte )?(?:vragen|vraagjes)|\been (?:korte )?vraag (?:stellen|voorleggen)|\bvragen stellen"
              r"|\b(?:je|jou|u) (?:(?:een keer|eens|even|ff|nog|misschien|wat|kort) )*iets (?:te )?vragen\b|\been (?:klein )?vraagje\b",
    },
    "meet": {
        "fr": r"\b(?:un cafe|prendre ce cafe|boire ce cafe|notre cafe|prendre un cafe|boire un cafe|un dejeuner|dejeuner ensemble|un verre|un apero|se voir|nous rencontrer|vous rencontrer|te rencontrer|se rencontrer|un petit-dej)\b",
        "en": r"\b(?:a coffee|that coffee|our coffee|the coffee we|an? (?:virtual|video|quick|online) coffee|grab (?:a )?coffee|coffee sometime|coffee next|coffee soon|for coffee|coffee(?:'s| is)? on me|lunch|a drink|meet up|meet in person|grab a|(?:opportunity|chance|like|love|want|hope|keen) to meet(?: with)? you)\b|(?:^|(?<=[.!?] )|(?<=, ))\W*coffee(?= ?\?| (?:when|while|next time) (?:i'?m|i am|i'?ll be|i will be) in\b)",
        "de": r"\b(?:auf einen (?:virtuellen )?kaffee|bei einem (?:kaffee|cappuccino|mittagessen)|auf den kaffee|unseren kaffee|einen (?:virtuellen )?kaffee|kaffee trinken|kaffee(?= ?\(?virtuell| ?\?| nachste| diese| am )|mittagessen|treffen|personlich kennenlernen)\b",
        "es": r"\b(?:un cafe|ese cafe|nuestro cafe|cafe pendiente|tomar (?:un )?cafe|un cafe virtual|quedar|vernos|conocernos en persona|conocer(?:te|le|la) en persona|comer juntos|una cana)\b",
        "it": r"\b(?:un caffe|quel caffe|il caffe che|il nostro caffe|un caffe virtuale|prendere un caffe|incontrarci|vederci|pranzo|un aperitivo)\b",
        "pt": r"\b(?:um cafe|esse cafe|o cafe|nosso cafe|aquele cafe|um cafe virtual|tomar (?:um )?cafe|cafezinho|nos encontrar|encontrarmo-nos|almocar|almoco)\b",
        "nl": r"\b(?:koffie|kopje koffie|lunchen|afspreken|elkaar (?:zien|ontmoeten)|borrel)\b",
    },
    "call": {
        # "j'aimerais bien échanger", "je voudrais en discuter avec toi": a wish to talk with her, a call asked
        "fr": r"\b(?:(?:j'aimerais|je voudrais|j'adorerais|on pourrait) (?:bien |beaucoup |volontiers )?(?:echanger|en discuter|en parler)(?! (?:sur|de|avec) (?:des|d'autres|les) )|(?:un moment|un instant|quelques minutes) pour (?:en )?(?:parler|echanger|discuter|un (?:court |petit |bref )?echange)|un (?:court|petit|bref) echange|appel|coup de fil|telephone|visio|zoom|teams|echanger (?:\d+|quelques|un quart|quinze|vingt|dix) ?(?:min\w*)?|\d+ ?min(?:utes)?|un quart d'heure|s'appeler|vous appeler|t'appeler|(?:auriez|avez|aurais|as)[- ](?:vous|tu) (?:un|une heure ou un) (?:petit |court )?creneau)\b",
        "en": r"\b(?:call|phone|zoom|teams|chat for|let'?s (?:have a (?:quick )?)?(?:chat|talk|catch up)|\d+[- ]?min(?:ute)?s?|quick chat|hop on|(?:short|brief|quick) (?:conversation|talk|chat)|(?:open to|up for|time for) a chat|(?:speak|talk) (?:briefly )?(?:with|to) you|(?:a few|a couple(?: of)?|some|a spare|five|ten|fifteen|twenty) minutes? (?:of your time )?(?:to (?:talk|chat|discuss|speak)|for a (?:chat|talk|conversation)))\b",
        "de": r"\b(?:anruf|telefonat|telefonieren|quatschen|plaudern|call|zoom|teams|\d+ ?min(?:uten)?|kurzes? gesprach|austausch(?! aus\b)|zeit fur ein (?:kurzes )?gesprach|kurz (?:sprechen|austauschen)|(?:ein paar|einige|wenige|funf|zehn|\d+) minuten (?:zeit|fur)|(?:sprechen|reden) wir(?= ?\?))\b",
        "es": r"\b(?:llamada|videollamada|llamar(?:te|le)?|zoom|teams|\d+ ?min(?:utos)?|charlar|(?:(?:podriamos|pudieramos) hablar|(?:lo )?hablamos|que (?:lo )?hablemos|hablarlo)(?! (?:en|in) \w+)|hablar (?:un rato|un momento|unos minutos|contigo|con usted)|una (?:breve )?charla|(?:unos|algunos|cinco|diez) minutos para (?:hablar|charlar|conversar|comentar))\b",
        "it": r"\b(?:chiamata|telefonata|call|videochiamata|sentirci|ne parliamo|parliamone|zoom|teams|\d+ ?min(?:uti)?|una (?:breve )?chiacchierata|due chiacchiere|parlare (?:un attimo|qualche minuto|con te|con lei)|(?:qualche|pochi|dieci|cinque) minut[oi] per (?:parlare|confrontarci|scambiare|due chiacchiere))\b",
        "pt": r"\b(?:ligacao|chamada|call|videochamada|zoom|teams|meet|\d+ ?min(?:utos)?|bater (?:um )?papo|trocar (?:uma )?ideias?|conversar|(?:alguns|uns|cinco|dez) minutos para (?:falar|trocar)|falamos(?= ?\?))\b",
        "nl": r"\b(?:belletje|bellen|call|bijpraten|laten we (?:eens |even )?praten|videogesprek|zoom|teams|\d+ ?min(?:uten)?|kort gesprek|(?:een paar|enkele) minuten voor een (?:kort )?gesprek(?:je)?|(?:een paar|enkele|vijf|tien) minuten(?: tijd)? om (?:\w+ )*?te (?:praten|spreken|bellen)|sparren|tijd voor een (?:kort )?gesprek(?:je)?|(?:een )?(?:afspraak|gesprek|gesprekje) (?:\w+ )?(?:in ?plannen|in te plannen|plannen|maken))\b",
    },
    "advice": {
        "fr": r"\bconseils?\b|\bvotre aide\b|\bton aide\b|\bm'aider\b|\bme conseiller\b|\bmentor\w*|\bme guider\b|\bvotre expertise\b|\bvos lumieres\b|\bvotre experience\b|\bton experience\b|\btes lumieres\b",
        "en": r"\badvice\b|\bguidance\b|\bmentor\w*|\byour help\b|\byour expertise\b|\bpointers\b|\btips\b|\binsights?\b|\bhelp me\b",
        "de": r"\brat\b|\bratschlag|\btipps?\b|\bihre hilfe\b|\bdeine hilfe\b|\bmentor\w*|\bihre expertise\b|\bihre erfahrung\b|\bdeine erfahrung\b",
        # "¿me podrías orientar?", "podrias orientarme": guidance asked
        "es": r"\bconsejos?\b|\btu ayuda\b|\bsu ayuda\b|\borientacion\b|\bme (?:\w+ )?orientar\b|\borientarme\b|\bmentor\w*|\btu experiencia\b|\bsu experiencia\b",
        "it": r"\bconsigli?o?\b|\borientarmi\b|\bil tuo aiuto\b|\bil suo aiuto\b|\bmentor\w*|\bsuggeriment\w*|\bla tua esperienza\b|\bla sua esperienza\b",
        "pt": r"\bconselhos?\b|\bdicas?\b|\bsua ajuda\b|\btua ajuda\b|\bmentor\w*|\borientacao\b|\bme (?:\w+ )?orientar\b|\borientar-me\b|\bsua experiencia\b|\btua experiencia\b",
        "nl": r"\badvies\b|\btips\b|\bhulp\b|\bmentor\w*|\bje ervaring\b|\buw ervaring\b",
    },
}
_WANTED = {
    "template": r"modele|trame|template|gabarit|checklist|vorlage|muster|plantilla|modelo|modello|sjabloon|canevas|exemplo de",
    "guide": r"guide|tuto\w*|guia|guida|leitfaden|anleitung|handleiding|gids|tutorial|manual",
    # ("een goede attributietool", "ein Trackingtool", "eine Buchhaltungssoftware": a Dutch or German compound names a tool too)
    "tools": r"outils?|logiciels?|tools?|software|stack|werkzeuge|herramientas?|strumenti|ferramentas?|\w{3,}(?:tools?|software)",
    "examples": r"exemples?|examples?|beispiele?|ejemplos?|esempi|exemplos?|voorbeelden",
    "course": r"cours|formation|formations|course|courses|training|kurs|kurse|schulung|curso|cursos|formacion|formaciones|corso|corsi|cursus|opleiding",
    "reading": r"livres?|lectures?|books?|reading|bucher|buchtipps|lekture|libros?|lecturas?|libri|letture|livros?|leituras?|boeken|leestips|ressources?|resources?|ressourcen|recursos?|risorse",
}
#: A course the sender builds or runs, just before the course word (folded): "estou a montar um curso online", "I'm building
#: an online course", "je monte une formation", "sto creando un corso", "ich erstelle gerade einen Kurs", "mijn eigen cursus":
#: their own course (a peer to swap ideas with), never a course asked for.
_COURSE_OWN = (r"\b(?:mont\w*|cri(?:ar|ando|ei|o|ou)|build\w*|creat\w*|cre(?:e|er|ons|o|ando|are|ato)|prepar\w*|lanc\w*|launch\w*"
               r"|develop\w*|desarroll\w*|desenvolv\w*|svilupp\w*|erstell\w*|bau\w*|entwickl\w*|opzet\w*|ontwikkel\w*)"
               r"\s+(?:\S+\s+){0,3}$"
               r"|\b(?:my|mon|ma|mi|meu|minha|mio|mia|mein\w*|mijn)\s+(?:own\s+|propre\s+|propio\s+|proprio\s+|eigene\w*\s+|eigen\s+)?$")
#: A named course the sender takes or a teacher gives, just before the course word (folded): "il prof. Martini del corso di
#: Marketing", "mon prof du cours de SEO", "my teacher from the course on", "mein Dozent im Kurs", "mijn docent van de cursus":
#: where they come from, never a course asked for.
_COURSE_ATTENDED = (r"\b(?:del|dal|nel|al|du|au|dans le|en el|do|no|ao|in the|from the|of the|at the|im|vom|beim|in de|van de|bij de|uit de"
                    # "con cui ho fatto il corso di social ads", "con quien hice el curso", "we did the course together": taken together
                    r"|(?:ho|abbiamo|hai|avevo|avevamo) (?:fatto|seguito|frequentato) il|(?:hice|hicimos|hizo|segui|seguimos) el"
                    r"|(?:fiz|fizemos|fez) o|(?:did|took|attended) the|(?:j'ai|on a|nous avons) (?:fait|suivi) (?:le|la))\s+$")
_ADVICE_REQUEST = (r"\?|\b(?:value|appreciate|need|would love|could|can you|would you|any|besoin|aimerais|souhaite|souhaiterais|auriez|aurais|"
                   r"cherche|looking|brauche|hatte|hatten|wurde|konnten|konnen|kannst|necesito|me gustaria|podrias|podria|vorrei|avrei|"
                   r"potrebbe|potresti|gostaria|preciso|poderia|podias|zou (?:je|u|jij)|zou ik|ik zou graag|ik wil graag|wil je|wilt u|kunt u|kun je|(?<!ik )heb je|heeft u|idee|ideas|suggest"
                   # "me ayudaría mucho cualquier consejo", "mi aiuterebbe qualsiasi consiglio": a request, in the conditional
                   r"|ayudaria|aiuterebbe|aiderait|ajudaria|would help|zou (?:me |mij )?(?:enorm |erg |veel )?helpen|cualquier|qualsiasi|qualquer|n'importe quel\w*)\b")
#: Advice asked for the sender (folded): "¿me das algún consejo?", "mi dai qualche consiglio?", "any tips?", "tu me donnes des
#: conseils ?": a request to answer with the advice, never a "do you do X?" to answer "yes, that's what I do".
_ADVICE_ASKED = (r"\b(?:(?:me|mi|m'|mir|nos|ci|us|mij) (?:\w+ ){0,2}(?:das|da|dai|dar|dare|give|donner|donnez|donnes|geben|gibst|geven|geef|geeft)\b(?:\W+\w+){0,3}?\W+"
                 r"|(?:any|some|algun|alguno|algunos|alguna|algunas|qualche|algum|alguma|alguns|algumas|quelques|einen|ein paar|een paar) )"
                 r"(?:consejos?|consigli|consiglio|conselhos?|dicas?|tips?|advice|conseils?|tipps?|ratschlag\w*|ratschlage|advies|raad)\b")
#: Advice already given and praised ("je tips waren goud", "me ayudó mucho tu consejo"): a thanks, not a request.
_PAST_HELP = (r"\b(?:waren|was|were|etaient|etait|war|fueron|fue|erano|era|foram|foi|ont ete|a ete|hat|haben|ha|han|hanno|heeft|hebben)"
              r"\s+(?:\w+\s+){0,2}(?:goud|gold|top|super|great|genial|geniales|utiles?|nuttig|helpful|precieux|precieuses?|preziosi|preziose|valiosos?|oro|ouro|geholfen|geholpen|aide|aidee)\b"
              r"|\b(?:m'a|m'ont|me (?:ha|han)|mi (?:ha|hanno)|me|hat mir|haben mir|heeft me|hebben me)\s+(?:\w+\s+)?(?:aide|ayudo|ayudado|aiutat\w|ajudou|ajudaram|geholfen|geholpen|helped)\b|\bhelped me\b")
_REQUEST = r"\?|\b(?:auriez|avez|as-tu|aurais|pourriez|pourrais|conseillez|recommandez|do you have|could you|can you|would you|recommend|haben sie|hast du|kannst du|konnen sie|konnten sie|empfehlen|tienes|tiene|podrias|podria|recomiendas|recomienda|hai|ha|potresti|potrebbe|consigli|consiglia|tens|tem|pode|podes|podia|recomenda|(?<!ik )heb je|heeft u|kun je|kunt u|raad)\b"


#: What follows "your feedback / deine Einschätzung / ton avis" when a thing of the sender's is to be reviewed: "on my site",
#: "zu meinem Shop", "sur mon CV", "sobre mi web", "sul mio sito", "sobre o meu", "op mijn", or the thing itself ("dein
#: Feedback meiner Website"): without it, next to a question, the opinion asked is the answer to that question.
_REVIEW_OBJECT = (r"\W*(?:\w+\W+){0,2}?(?:on|about|regarding|of|for|sur|a propos|concernant|de (?:mon|ma|mes|notre|nos)|zu|zum|zur|uber|fur"
                  r"|meine[rsmn]?|unsere[rsmn]?|sobre|acerca|de (?:mi|mis|nuestro|nuestra)|su|sul|sulla|sui|del mio|della mia|do meu|da minha"
                  r"|op|over|van (?:mijn|onze))\b")

#: Her view asked by name ("your view", "ton avis", "deine Meinung", "il tuo parere"), never a survey or a questionnaire.
_HER_VIEW = r"(?:your|votre|ton|ihre|deine|tu|su|il tuo|il suo|un tuo|un suo|a sua|a tua|sua|tua|seu|teu|je|jouw|uw)\b"

#: A thing of the sender's named right after "your view / ton avis / deine Meinung": "on my site", "sur notre page",
#: "zu unserem Shop", "sobre mi web", "sul mio sito", "sobre a minha loja", "over onze webshop", or "this/it" pointing at it.
_THEIR_THING = (r"\W*(?:\w+\W+){0,3}?(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w*|mio|mia|miei|mie|nostr\w*|meu|minha|meus"
                r"|minhas|nosso|nossa|mijn|onze|ons|this|these|it|ce|cette|ces|ca|das|dies\w*|este|esta|esto|questo|questa|isto|isso|dit|deze)\b")

#: Her own resource already read, watched or followed, just before the word: "I read your guide", "j'ai lu ton guide",
#: "leí tu guía", "ho letto la tua guida", "ich habe deinen Leitfaden gelesen", "li o teu guia", "ik las je handleiding".
_READ_HERS = (r"\b(?:read|went through|saw|watched|followed|used|lu|lue|parcouru|vu|suivi|utilise|lei|leido|vi|visto|segui|seguido|use|usado"
              r"|letto|seguito|usato|habe|hab|li|lido|vi|usei|las|lees|heb|gelezen|gezien|gevolgd|gebruikt)\b"
              r"\W+(?:\w+\W+){0,2}?(?:your|ton|ta|tes|votre|vos|tu|tus|su|sus|la tua|il tuo|i tuoi|le tue|tua|tuo|dein\w*|ihr\w*|je|jouw|uw"
              r"|o teu|a tua|os teus|o seu|a sua|teu|seu|sua)\W+(?:\w+\W+){0,1}$")


#: What follows "preguntarte", "chiederti", "ask you", "une question" when the question comes right after it: a colon, or
#: "si/se/if/whether/ob/of" opening the question itself.
_ASKED_HERE = (r"\s*(?::|-|–|,?\s*(?:si|se|if|whether|ob|of|algo|something|una cosa|uma coisa|qualcosa|quelque chose|iets|etwas)\b"
               # "¿puedo preguntarte algo sobre SEO?", "ask you something about calendars": a question still to come, never the one asked
               r"(?!\s+(?:about|on|regarding|sobre|acerca|su|sul|sulla|sui|sugli|sur|concernant|uber|zu|zum|zur|over|m\.?b\.?t\.?)\b))")


#: A meeting agreed when they met and looked forward to (folded): "Looking forward to that coffee", "Au plaisir de prendre ce
#: café", "¡Tenemos un café pendiente!", "freue mich auf den Kaffee", "aspetto il caffè", "Tot die koffie!", "Fica combinado o
#: café": the coffee is asked for as surely as by a question, and is set up, never "see you around".
_MEET_AHEAD = (r"\b(?:looking forward to|look forward to|can'?t wait for|au plaisir de|hate de|vivement|freue? mich auf|freu mich auf"
               r"|aspetto|non vedo l'ora|tot (?:die|de|dat|ziens bij de)|kijk (?:ik )?uit naar|pendiente|con ganas de|tengo ganas de"
               r"|fica combinado|esta combinado|combinado|ansios[oa] por)\b"
               # "così ci sentiamo per quel caffè", "so we can sort out that coffee": the coffee agreed when they met, named
               # with "that", is set up (never "thanks for that coffee", a memory)
               r"|(?<!thanks )(?<!thank you )(?<!grazie )(?<!merci )(?<!gracias )(?<!obrigado )(?<!obrigada )(?<!danke )(?<!bedankt )"
               r"\b(?:for|per|pour|para|por|auf|voor) (?:that|quel|ce|ese|esse|aquele|den|diesen|die|dat) (?:coffee|caffe|cafe|kaffee|koffie)\b")
#: Her view already heard, and what it did (folded, after "votre retour sur …"): "m'a beaucoup parlé", "really resonated",
#: "hat mir sehr geholfen", "me sirvió mucho": praise of what she said, never a thing of theirs to review.
_VIEW_HEARD = (r"\b(?:m'a|m'ont|nous a|nous ont) (?:\w+ )?(?:parle|plu|aide|aidee?s?|marque|interesse|inspire|servi|touche|eclaire)\b"
               r"|\b(?:really |truly |so )?(?:resonated|helped|stuck with me|inspired me|was (?:\w+ )?(?:helpful|useful|spot on|eye-opening|inspiring))\b"
               r"|\bhat mir (?:\w+ )?(?:gefallen|geholfen|weitergeholfen|die augen geoffnet)\b"
               r"|\bme (?:ha|han) (?:\w+ )?(?:servido|ayudado|gustado|encantado|inspirado)\b|\bme (?:sirvio|ayudo|gusto|encanto|inspiro)\b"
               r"|\bmi (?:ha|hanno|e) (?:\w+ )?(?:colpit[oa]|aiutat[oa]|piaciut[oa]|servit[oa]|ispirat[oa])\b"
               r"|\bme (?:ajudou|marcou|serviu|inspirou)\b|\b(?:ajudou|marcou|serviu|inspirou)-me\b"
               r"|\bheeft me (?:\w+ )?(?:geholpen|geinspireerd|aangesproken)\b|\bsprak me (?:\w+ )?aan\b")
#: "chiederLe se…", "preguntarle si…", "ask you whether…", "fragen, ob…": the question itself, even with no "?".
_ASKED_IF = r"\s*,?\s*(?:si|se|if|whether|ob|of)\s+\w+"
#: "queria preguntarte qué certificaciones recomiendas", "volevo chiederti quali corsi consigli", "ask you which course …":
#: the question itself, its wh-word and at least two words after it, even with no "?" (never "send me your questions").
_ASKED_WHICH = (r"\s*,?\s*(?:which|what|how|quel|quels|quelle|quelles|lequel|laquelle|lesquel\w*|comment|combien|que|cual|cuales|como|cuant\w*"
                r"|quale|quali|come|cosa|quant\w*|qual|quais|welche\w*|was|wie|welke|wat|hoe)\s+\w+\s+\w+")


#: A coffee that is the sender's trade, not a meeting (folded): "a coffee truck", "un café-librairie", "un café ambulant",
#: "einen Kaffee-Stand", "I'm opening a coffee …", "acabo de abrir un café", "ho aperto un caffè".
_COFFEE_WORD = r"\b(?:coffee|cafe|caffe|kaffee|koffie)\b"
_COFFEE_TRADE_AFTER = (r"[ -](?:truck|shop|van|bar|cart|stand|kiosk|roaster\w*|roastery|brand|business|company|chain|house|restaurant|librairie"
                       r"|concept|zaak|wagen|mobil\w*|tostador\w*|torrefa\w*|ambulant\w*|itinerant\w*|bike|bus|caravan|trailer)\b")
_COFFEE_TRADE_BEFORE = (r"\b(?:open\w*|start\w*|run|running|launch\w*|own|ouvr\w*|ouvert|lance\w*|abr\w*|abierto|tengo|monte\w*|apro|aprire|aperto"
                        r"|gestisco|abro|tenho|eroffn\w*|betreibe|starte|opgericht|geopend|begonnen)"
                        r"\s+(?:(?:my|mon|ma|mi|mio|il|un|una|uno|meu|o|mijn|mein\w*|een|our|notre|nuestro|nostro|unser\w*|onze|nosso|a|an|own|little|small"
                        r"|petit|kleine\w*|pequeno|piccolo)\s+){0,3}$")


def _coffee_trade(folded: str, start: int, end: int) -> bool:
    """Is the coffee matched at folded[start:end] the sender's business ("starting a coffee truck"), not a coffee to share?

    >>> _coffee_trade("im starting a coffee truck in lyon", 12, 20), _coffee_trade("shall we grab a coffee soon?", 15, 23)
    (True, False)
    """
    return bool(cre.search(_COFFEE_WORD, folded[start:end])) and bool(
        _rx(_COFFEE_TRADE_AFTER).match(folded, end) or _rx(_COFFEE_TRADE_BEFORE).search(folded[max(0, start - 40):start]))


#: A place asked for in her course (folded, one sentence): "a sua formação ainda tem vagas para a turma de março?", "reste-t-il
#: des places dans votre formation ?", "¿tu curso tiene plazas?", "gibt es noch Plätze in Ihrem Kurs?": a learner's seat,
#: never an internship (the spot word, her course or its next cohort, and no internship word).
_SEAT_WORDS = r"\b(?:vagas?|lugar(?:es)?|places?|plazas?|posti|platze?|plekken|plekjes?|plaatsen|spots?|seats?)\b"
_HER_COURSE_NAMED = (r"\b(?:(?:sua|tua|seu|teu|your|votre|ta|ton|tu|su|tuo|ihr\w*|dein\w*|je|jouw|uw)\s+(?:[\w-]+\s+)?"
                     r"(?:formac\w+|formations?|formazion\w*|courses?|cursos?|curso|corsi|corso|kurs\w*|cursus\w*|trainings?|trainingen"
                     r"|workshops?|ateliers?|talleres?|taller|seminar\w*|schulung\w*|opleiding\w*|masterclass\w*|bootcamps?)"
                     r"|turmas?|cohorts?|next session|prochaine session|proxima edic\w+|prossima edizione)\b")
_SEAT_NOT_INTERN = r"\b(?:estag\w*|stag\w*|internships?|interns?|praktik\w*|practicas|practicante\w*|becari\w*|tirocin\w*|alternan\w*|empleo|emprego|job|jobs)\b"


def seat_in_her_course(text: str) -> bool:
    """Is a learner's place in her course asked for in this (folded) sentence?

    >>> seat_in_her_course("a sua formacao em google ads ainda tem vagas para a turma de marco?")
    True
    >>> seat_in_her_course("tem vagas para estagiarios na sua formacao?"), seat_in_her_course("tem vagas na sua agencia?")
    (False, False)
    """
    return bool(cre.search(_SEAT_WORDS, text)) and bool(cre.search(_HER_COURSE_NAMED, text)) and not cre.search(_SEAT_NOT_INTERN, text)


#: A coffee wished for (folded): "gostava de tomar um café contigo", "I'd like to have a coffee", "vorrei", "würde gern": a
#: meeting asked all the same (a wish to talk alone, "queria conversar mais sobre …", is no call asked).
_MEET_WISH = r"\b(?:gostava|queria|quisiera|vorrei|i'?d (?:like|love)|wurde (?:\w+ )?gern|mochte|wil (?:\w+ )?graag)\b"


def _asks(original: str, folded: str, lang: str) -> list[str]:
    found: list[str] = []
    for kind, by_lang in _ASKS.items():
        pattern = by_lang.get(lang)
        if not pattern:
            continue
        for m in _rx(pattern).finditer(folded):
            if kind == "interns" and any(a <= m.start() < b and seat_in_her_course(folded[a:b]) for a, b in sentences(original)):
                continue  # "a sua formação ainda tem vagas para a turma de março?": a seat in her course, never an internship
            if kind in ("meet", "call", "advice", "questions", "feedback"):
                # A request, not a memory: "we had coffee" and "after our call" are met_before.
                sentence = next(((a, b) for a, b in sentences(original) if a <= m.start() < b), (0, len(original)))
                text = folded[sentence[0]:sentence[1]]
                if kind in ("advice", "feedback") and (cre.match(r"\W*(?:thanks|thank you|merci|danke|gracias|grazie|obrigad|bedankt|dank)", text)
                                         or not _rx(_ADVICE_REQUEST).search(text)
                                         or ("?" not in text and _first(_PAST_HELP, text))):
                    continue
                if kind == "feedback" and _rx(told.ADS_BURNING).search(folded[max(0, sentence[0] - 80):sentence[1]]):
                    found.append("advice")  # "my ads are burning cash, would love your thoughts": advice on the ads, never a look at something
                    break
                if kind == "feedback" and _rx(_VIEW_HEARD).search(folded[m.end():sentence[1]]):
                    continue  # "Votre retour sur les campagnes Meta m'a beaucoup parlé": her view heard, never a review asked
                if kind == "feedback" and not _rx(_SURVEY_ASKED).match(m.group(0)) and not _rx(_REVIEW_OBJECT).match(folded[m.end():sentence[1]]) and any(
                        "?" in original[a:b] for a, b in sentences(original) if (a, b) != sentence):
                    continue  # "Lohnt sich Google Shopping oder eher Meta Ads? Würde mich über deine Einschätzung freuen!": her
                    # opinion on the question just asked, never a thing of his to review ("tudo bem? … responder um questionário
                    # rápido?": a survey to fill in is asked all the same, whatever other question the note asks)
                if kind == "feedback" and "?" in original[sentence[0]:sentence[1]] and _rx(_HER_VIEW).match(m.group(0)) and not _rx(_THEIR_THING).match(folded[m.end():sentence[1]]):
                    continue  # "What's your view on running ads with only €300/month - is it worth it?": her opinion is the
                    # answer to the question asked in that very sentence; a review needs a thing of theirs ("on my site")
                if kind == "questions" and (_rx(_ASKED_HERE).match(folded, m.end()) and ("?" in original[m.end():m.end() + 300]
                                                                             or _rx(_ASKED_IF).match(folded, m.end()))
                                            or _rx(_ASKED_WHICH).match(folded, m.end())):
                    # "Le scrivo per chiederLe se offre consulenze SEO.": an indirect question needs no "?"
                    continue  # "quería preguntarte: ¿sigues dando el curso?", "volevo chiederti se…?": the question itself,
                    # asked right there, never "send me your questions"
                if kind == "meet" and _coffee_trade(folded, m.start(), m.end()):
                    continue  # "im starting a coffee truck, any tips?": the coffee is their trade, never a coffee offered
                if kind in ("meet", "call") and not (kind == "meet" and _rx(_MEET_AHEAD).search(text)) \
                        and not (kind == "meet" and _rx(_MEET_WISH).search(text)) and not _rx(r"\?|\b(?:disponible|dispo|partante?|would|could|shall|let'?s|happy to|open to|love to|on se|seriez|serais|zeit|lust|apetece|podriamos|podemos|ti va|ti andrebbe|le andrebbe|potremmo|possiamo|bora|vamos|topa|zin|zullen|kunnen we|can we|lass uns|laten we|possible|moglich|posible|possibile|possivel|mogelijk|aimerais|souhaiterais|voudrais|gerne|gern|me gustaria|mi piacerebbe|gostaria|graag|propose|vorschlagen|proponer|proporre|propor|voorstellen|quand|when|wann|cuando|quando|wanneer"
                                                  # "Adoraria tomar um café", "me encantaría tomar un café", "j'adorerais": a wish, a request all the same
                                                  r"|adoraria|adorariamos|encantaria|adorerais|adorerei|ci piacerebbe|que tal|quem sabe|leuk om|lijkt me leuk"
                                                  # "Ce serait chouette d'échanger autour d'un café", "wäre schön", "sarebbe bello": a wish too
                                                  r"|serait|ware|sarebbe|seria|estaria|zou)\b").search(text):
                    continue
            found.append(kind)
            break
    # A resource is asked for in a question or a request.
    questions = [folded[a:b] for a, b in sentences(original) if "?" in original[a:b]]
    if any(_first(rx, q) for q in questions for _, rx in _SHARE_KIND_RX):
        return found  # "le slide sono disponibili?": her own slides are asked for (share), never "I'll send some courses"
    for key, rx in _WANTED.items():
        w = _first(rf"\b(?:{rx})\b", folded)
        if w:
            sentence = next(((a, b) for a, b in sentences(original) if a <= w.start() < b), (0, len(original)))
            text = folded[sentence[0]:sentence[1]]
            if _rx(_USE_Q).search(text):
                continue  # "¿usas algún modelo data-driven?", "which tools do you use?": how she works, not a thing to send
            if key == "course" and "?" not in original[sentence[0]:sentence[1]] \
                    and cre.search(_COURSE_ATTENDED, folded[max(sentence[0], w.start() - 30):w.start()]):
                continue  # "il prof. Martini del corso di Marketing mi ha consigliato di scriverti": their course, nothing asked
            if key == "course" and cre.search(_COURSE_OWN, folded[max(sentence[0], w.start() - 40):w.start()]):
                continue  # "estou a montar um curso online … trocar ideias": their own course, never one to recommend
            if lang != "de" and original[w.start():w.start() + 1].isupper() and original[sentence[0]:w.start()].strip():
                continue  # "alla Fiera del Libro di Francoforte", "at the Frankfurt Book Fair": a word of a name, nothing asked
            if _rx(_READ_HERS).search(folded[max(sentence[0], w.start() - 40):w.start()]):
                continue  # "ho letto la tua guida SEO e ho un dubbio: …?": her guide already read, the question is the ask
            if _rx(_REQUEST).search(text):
                found.append("resource:" + key)
                break
    return found


#: A question on what the owner uses or does ("¿usas…?", "do you use…?", "nutzt du…?"), never a request to send something.
_USE_Q = (r"\b(?:usas|usa|usais|usan|sigues|segue|segues|use|uses|using|utilises|utilisez|utilise|usi|usate|utilizzi|utilizza|nutzt|nutzen"
          r"|verwendest|verwenden|gebruik|gebruikt|gebruiken|stick with|rely on|trabalhas com|trabalha com|lavori con)\b")


_INDIRECT = (r"\b(?:j'aimerais savoir si|je voulais savoir si|je me demandais si|savoir si|i was wondering (?:if|whether)"
             r"|i'?d like to know (?:if|whether)|wanted to ask (?:if|whether)|wollte (?:fragen|wissen), ob|wurde gern wissen, ob"
             r"|queria saber si|quería saber si|me gustaria saber si|volevo sapere se|vorrei sapere se|mi chiedevo se"
             r"|gostava de saber se|gostaria de saber se|gostariamos de saber se|gostavamos de saber se|queriamos saber se|nos gustaria saber si|queria saber se|queria entender se|gostaria de entender se|queria ver se|ik vroeg me af of|ik wil graag weten of|wilde vragen of"
             # the formal forms: "quisiera saber si ofrece …", "would like to know whether you offer …", "wüsste gern, ob Sie …"
             r"|quisiera saber si|desearia saber si|queriamos saber si|(?:would|i'd|we'd) (?:like|love) to (?:know|ask) (?:if|whether)|(?:wusste|wussten) (?:gern|gerne),? ob"
             r"|(?:wurde|mochte|wurden|mochten) (?:gern |gerne )?(?:wissen|fragen),? ob|desidererei sapere se|vorremmo sapere se|mi piacerebbe sapere se"
             r"|desejava saber se|(?:zou|wil|willen|zouden) (?:graag )?(?:willen )?weten of|graag (?:wil )?weten of"
             # "vorrei capire se offre consulenze SEO", "quisiera entender si ofrece", "j'aimerais comprendre si": asked as "I'd like to understand"
             r"|(?:vorrei|volevo|vorremmo|volevamo) capire se|(?:quisiera|queria|quisieramos|me gustaria) entender si|(?:aimerais|voudrais|voulais) comprendre si"
             # "zou graag horen of u ook individuele begeleiding aanbiedt": asked as "I'd like to hear whether"
             r"|(?:zou|wil|willen|zouden) graag (?:willen )?horen of|hoor (?:graag|ook graag) of|(?:wurde|mochte) (?:gern |gerne )?erfahren,? ob"
             # "Le scrivo per chiederLe se offre …", "para preguntarle si ofrece …", "to ask you whether you offer …"
             r"|(?:chiederti|chiederle|chiedervi|domandarti|domandarle) se|(?:preguntarte|preguntarle|preguntaros) si|ask(?:ing)? you (?:if|whether)"
             r"|(?:vous|te) demander si|perguntar(?:-lhe|-te|lhe|te)? se|(?:dich|sie|euch) (?:zu )?fragen,? ob|(?:je|u|jou) (?:te )?vragen of)\b")


#: A memory told with a hedge, not a question: "we did the bootcamp together in 2022 i think?", "c'était en 2019 je crois ?",
#: "das war 2021, glaube ich?", "fue en Madrid, creo?", "era a Milano, mi pare?", "dat was in 2020 toch?".
_HEDGE_TAG = (r"(?:\b(?:i think|i believe|if i remember (?:right|correctly)|iirc|i guess|je crois|je pense|si je me souviens bien|il me semble"
              r"|glaube ich|meine ich|wenn ich mich (?:recht )?erinnere|creo|me parece|si no me equivoco|mi pare|credo|se non sbaglio|se ricordo bene"
              r"|acho eu|acho|se nao me engano|denk ik|geloof ik|als ik me niet vergis|toch))\s*\?+$")


def _question(original: str, lang: str) -> str:
    """The sender's last real question: whole, short, not a call to action."""
    for a, b in reversed(core_clauses(original)):
        text = original[a:b].strip()
        if not text.endswith("?") or small_talk(text):
            continue  # ("e aí, tudo bem?": a greeting's question, asking nothing)
        if cre.search(_HEDGE_TAG, fold(text)) and cre.search(r"\b(?:we|nous|on|wir|nosotros|noi|nos|wij|we)\b|\b(?:19|20)\d\d\b", fold(text)):
            continue  # "we did the bootcamp together in 2022 i think?": a shared memory, hedged, never a question to answer
        # Only the question itself: from the last sentence start or clause start inside it.
        parts = cre.split(r"(?<=[.!;:])\s+|,\s+(?=(?:[¿]|\w+\s+(?:vous|tu|you|sie|du|usted|lei|voce|u|je)\b))", text)
        q = parts[-1].strip()
        q = clean_quote(q, lang) if len(q.split()) >= 3 else ""
        if q and q.endswith("?"):
            return q
    return ""


# -- situations a reply must not misread ----------------------------------------------------------

_FORMER = (r"\b(?:j'ai ete (?:votre|ton|ta) (?:stagiaire|etudiante?|alternante?|eleve|apprentie?|collaborat\w+)"
           r"|(?:votre|ton|ta) ancien(?:ne)? (?:stagiaire|etudiante?|eleve|alternante?|collegue|apprentie?)"
           r"|i (?:was|used to be) (?:your|an?) (?:intern|student|trainee|mentee)|(?:your|a) former (?:intern|student|trainee|mentee)"
           r"|i interned (?:with|for) you|you (?:taught|supervised|mentored) me"
           r"|ich war (?:\d{4} |damals |mal |einmal )?(?:ihr|ihre|dein|deine|bei ihnen|bei dir|in ihrem|in deinem) \w*\s?(?:praktikant\w*|student\w*|werkstudent\w*|kurs|seminar)"
           r"|(?:ihr|ihre|dein|deine) ehemalige[rn]? (?:praktikant\w*|student\w*|werkstudent\w*)"
           r"|fui (?:su|tu) (?:alumn[oa]|becari[oa]|estudiante|practicante)|(?:su|tu) (?:antigu[oa]|ex) ?(?:alumn[oa]|becari[oa])"
           r"|sono stat[oa] (?:il |la )?(?:suo|sua|tuo|tua) (?:stagista|student\w+|allievo|allieva|tirocinante)"
           r"|ero (?:il |la )?(?:suo|sua|tuo|tua) (?:stagista|student\w+|allievo|allieva)|(?:suo|sua|tuo|tua) ex (?:stagista|student\w+|allievo|allieva)"
           r"|fui (?:o |a )?(?:seu|sua|teu|tua) (?:alun[oa]|estagiari[oa]|estudante)|(?:seu|sua|teu|tua) (?:antig[oa]|ex-?) ?(?:alun[oa]|estagiari[oa])"
           r"|ik (?:was|ben) (?:in \d{4} )?(?:uw|je|jouw) (?:stagiair\w*|student\w*)|ik was (?:in \d{4} )?(?:stagiair|student) (?:bij|van) (?:uw|je|jouw|u|jou)"
           r"|(?:uw|je|jouw) (?:oud-|voormalige? )(?:stagiair\w*|student\w*))\b")
#: A third person introduced as her former colleague or student (folded): "Sophie Martin (ton ancienne collègue chez
#: Publicis) m'a parlé de toi", "Paul, votre ancien stagiaire, m'a conseillé…": a referrer described, never the sender.
_FORMER_OTHER = re.compile(r"\(\s*(?:votre|ton|ta|your|tu|su|tua|sua|teu|seu|dein|deine|ihr|ihre|je|uw|jouw) [^()]{0,80}\)"
                           r"|, (?:votre|ton|ta|your) (?:ancien(?:ne)?|former|ex)\b[^,.!?]{0,60}, (?:m'a|m'avait|nous a|told|suggested|recommended)\b")
_CANDIDATE = (r"\b(?:j'ai vu (?:votre |ton |l')?(?:offre|annonce)|je (?:souhaite )?(?:postule|candidate)|ma candidature"
              r"|i (?:saw|came across|noticed) (?:your|the) (?:job )?(?:posting|opening|vacancy|job ad|ad for|offer)|i(?:'ve| have)? applied|my application|i'?d like to apply"
              r"|ich habe (?:ihre|deine|die) (?:stellenanzeige|ausschreibung|stelle)\b.{0,30}gesehen|meine bewerbung|bewerbe mich|habe mich beworben"
              r"|vi (?:su |tu |la )?(?:oferta|vacante)|me interesa (?:el|la) (?:puesto|vacante|posicion)|mi candidatura|postularme|me postule"
              r"|ho visto (?:il vostro |il suo |il tuo |l')?(?:annuncio|offerta)|mi interessa la posizione|la mia candidatura|candidarmi"
              r"|vi (?:a )?(?:sua |tua )?(?:vaga|oferta) de|tenho interesse na vaga|minha candidatura|me candidatar|candidatar-me"
              r"|ik zag (?:de|uw|je|jouw) vacature|mijn sollicitatie|(?:wil|zou) (?:graag )?solliciteren|gesolliciteerd)\b")
#: How to apply asked (advice, never an application to her): "come impostare il portfolio per candidarmi come social media
#: manager?", "¿cómo preparo el portafolio para postularme?", "como montar o portfólio para me candidatar?".
_HOW_TO_APPLY = (r"\b(?:come|como|comment|how (?:to|do i|should i|can i))\b[^.!?]{0,80}"
                 r"\b(?:candidarmi|postularme|me candidatar|candidatar-me|postuler|candidater|apply)\b[^.!?]*\?")
_ALUMNI = (r"\b(?:alumni|alums?|alumnae|alumna|alumnus|exalumn\w*|ex-?alunn\w*|ex-?alumn\w*|oud-studenten|oud-leerlingen|alumninetwerk|alumni-netzwerk"
           r"|(?:groupe|reseau|association|communaute|amicale) des anciens|antiguos alumnos|antigos alunos|ex alunni)\b")
#: An alumni gathering as the place they met (folded): "beim Alumni-Treffen der ESSEC", "at the HEC alumni evening", "à la
#: soirée alumni de l'EM Lyon", "en el encuentro de alumni de IE", "alla cena degli alumni", "no encontro de ex-alunos", "op
#: de alumnibijeenkomst": an event they both attended, never her school claimed as shared.
_ALUMNI_EVENT = (r"\b(?:alumni|alums?|ex-?alumn\w*|oud-studenten)[- ]?(?:treffen|abend|event\w*|veranstaltung\w*|stammtisch|tag|evening|night|meetup|meet-up"
                 r"|meeting|dinner|drinks|reunion|gathering|breakfast|brunch|afterwork|party|bijeenkomst|avond|borrel|dag|reunie)\b"
                 r"|\b(?:soiree|evenement|rencontre|diner|afterwork|petit-dejeuner|reunion|journee|gala|encuentro|evento|cena|quedada|jornada|incontro|serata"
                 r"|raduno|aperitivo|encontro|jantar|confraternizacao|treffen|abend|stammtisch|bijeenkomst|borrel|reunie|evening|dinner|meetup|reunion)"
                 r"\s+(?:(?:des|de|di|da|do|der|van|of|the|los|las|les|degli|dei|dos|das|delle)\s+){0,2}(?:alumni|alums|anciens|antiguos alumnos|exalumnos|ex-?alunni"
                 r"|ex-?alunos|antigos alunos|ehemaligen|oud-studenten)\b")
_ANSWERING = (r"\b(?:(?:your|votre|ton|ihr\w*|dein\w*|tu|su|tuo|suo|seu|sua|teu|tua|uw|je|jouw) (?:message|post|call|appel|annonce|aufruf|beitrag|mensaje|publicacion|llamamiento|messaggio|appello|mensagem|publicacao|oproep|bericht|berichtje)\b.{0,80}"
              # ("Ihr Beitrag zur neuen Google-Suche": the search engine, a noun, never someone sought)
              r"\b(?:looking for|seeking|cherch\w+|recherch\w+|(?<!-)such(?:en|t|st|te|ten)\b|(?:ich|wir) suche\b|gesucht|busca\w*|cerca\w*|procura\w*|zocht|zoekt|op zoek)"
              r"|(?:that'?s|c'est|das ist|es|e|eh|dat is) (?:exactly )?(?:my|mon|mein|mi|il mio|o meu|mijn) (?:area|domaine|field|sujet|thema|bereich|ambito|campo|area|vakgebied)\b)")
#: The owner's piece named from the sender's side ("your newsletter", "tes posts", "deinen Artikel"); and the sender's own.
_WORK_NOUNS = (r"(?:newsletters?|posts?|articles?|artikel\w*|beitr\w+|videos?|podcasts?|workshops?|talleres|taller|ateliers?|talks?|webinars?|blogs?|nieuwsbrie\w+|boletin\w*"
               r"|articulos?|articol\w+|artigos?|publicaci\w+|publicac\w+|threads?|hilos?|carousel\w*|piece|pieces"
               # "vi tu directo … ¡gracias por compartir!": her live, course or talk, thanked for, never the sender's post
               r"|directos?|lives?|livestreams?|dirett\w+|charlas?|palestras?|lezing\w*|vortr\w+|conferen\w+|cours|courses?|cursos?|corsi|corso|trainings?|formac\w+|formations?|schulung\w*)")
_OWNERS_WORK = (r"\b(?:your|votre|vos|ta|ton|tes|dein\w*|ihr\w*|tu|tus|su|sus|tua|tuo|tuoi|tue|sua|seu|seus|suas|teu|teus|tuas|jouw|je|uw)\s+(?:\w+\s+)?"
                + _WORK_NOUNS + r"\b")
_SENDERS_WORK = (r"\b(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w+|mio|mia|miei|mie|nostr\w+|meu|minha|meus|minhas|nosso\w*|nossa\w*|mijn|onze|ons)\s+(?:\w+\s+)?"
                 + _WORK_NOUNS + r"\b")
_THANKED = (r"\b(?:thanks?(?: you)? for (?:your (?:comment|reaction|like|kind comment)|commenting|reacting|liking|sharing) (?:on )?(?:my|our)?"
            r"|merci (?:pour (?:ton|votre) (?:commentaire|partage|reaction)|d'avoir (?:commente|reagi|partage|like))"
            r"|danke fur (?:deinen|ihren) (?:kommentar|like|beitrag unter)|danke,? dass (?:du|sie) (?:meinen|unseren) (?:beitrag|post) (?:kommentiert|geteilt)"
            r"|gracias por (?:comentar|tu comentario|su comentario|compartir|reaccionar)"
            r"|grazie (?:per (?:aver commentato|il (?:tuo|suo) commento|aver condiviso))"
            r"|obrigad[oa] (?:pelo (?:seu |teu )?comentario|por comentar|por partilhar|por compartilhar)|agradeco o (?:seu |teu )?comentario"
            r"|bedankt voor (?:je|jouw|uw) (?:reactie|comment|like)|dank voor (?:je|jouw|uw) reactie)")
_LAID_OFF = (r"\b(?:licenci(?:e|ee|ement)|plan social|poste a ete supprime|perdu mon (?:emploi|travail|job|poste)|laid off|been let go|lost my job"
             r"|made redundant|redundanc\w+|layoffs?|entlassen|gekundigt|stellenabbau|meinen job verloren|(?:meine )?(?:stelle|arbeit|job) verloren|despedid[oa]|despido|perdi mi (?:trabajo|empleo)|(?:he|hemos) perdido (?:mi|el) (?:trabajo|empleo|puesto)|acabo de perder (?:mi|el) (?:trabajo|empleo|puesto)"
             r"|me (?:han|ha) (?:despedido|echado)|me quede sin (?:trabajo|empleo)|j'ai ete remerciee?|i was let go|lost (?:my|our) (?:role|position)"
             r"|licenziat[oa]|licenziamento|ho perso il (?:mio )?lavoro|esubero|demitid[oa]|demissao|despedimento|perdi (?:o )?(?:meu )?(?:emprego|trabalho)|fiquei sem (?:emprego|trabalho)|(?:ho|abbiamo) perso (?:il )?(?:posto|impiego)|rimast[oa] senza (?:lavoro|impiego)"
             r"|ontslagen|ontslag gekregen|mijn baan kwijt|(?:mijn )?(?:baan|werk) verloren|boventallig"
             # "ik ben sinds kort werkloos na een reorganisatie": out of work, a layoff told plainly
             r"|werkloos)\b")
#: Her words asked for a piece (folded): "could I quote you", "puis-je vous citer", "darf ich Sie zitieren", "¿puedo citarte?",
#: "posso citarLa", "posso citá-la", "mag ik je citeren", "würde Sie gern kurz zitieren", "wil u graag even citeren": answered as one.
_QUOTE_ASKED = (r"(?:quote (?:you|camille)|(?:vous|te) (?:\w+ )?citer|(?:sie|dich) (?:\w+ ){0,2}zitieren|citar(?:te|le|la)|citar(?:ti|la)"
                r"|cita-la|cita-lo|citar-te|citar (?:voce|a senhora)|(?:je|jou|u) (?:\w+ ){0,2}citeren)")
#: A French "entretien" agreed on as a meeting (folded): "convenir d'un entretien", "fixer un entretien téléphonique",
#: "prendre rendez-vous pour un entretien", "avoir un bref entretien avec vous".
_MEETING_ENTRETIEN = (r"\b(?:convenir|fixer|organiser|planifier|caler|avoir|prendre|solliciter|proposer)\s+(?:d'un|un|rendez-vous pour un)\s+"
                      r"(?:\w+\s+)?entretien\b")
#: The press or research words that make an "entretien" an interview she gives (folded).
_PRESS_WORDS = (r"\b(?:journalist\w*|magazine|revue|journal|article|media|medias|podcast|emission|radio|redaction|redacteur\w*|blog|newsletter"
                r"|memoire|these|recherche|etude|enquete|doctorant\w*|etudiant\w*)\b")
# the sender thinking of trying something themself ("estoy pensando en probarlo", "sto pensando di provarci"): no trial offered
_SELF_TRIAL = (r"\b(?:pensando en|pienso|quiero|quisiera|me gustaria|voy a|me animo a|sto pensando di|penso di|vorrei|voglio"
               r"|pensavo di|i'm thinking of|thinking of|planning to) (?:probarl[oa]s?|provarl[oa]|provarci)\b")
_REQUESTS = {
    # "ein kurzes Telefoninterview", "een telefonisch interview", "Kurzinterview": German and Dutch compounds too
    "interview": r"\b(?:interview\w*|(?:expert(?:en)?|telefon|telefoon|kurz|video|experten|presse|radio)interview\w*|entretien|vous interroger|t'interroger|entrevista\w*|intervista\w*|gesprek voor (?:mijn|een) (?:onderzoek|scriptie))\b",
    "comment": r"\b(?:(?:breve|brief|short|quick|kurze[sn]?|court|petit|korte|bref|rapido|rapide|kleine?) (?:commento|comment|commentaire|statement|stellungnahme|comentario|reactie|citation|quote|declaracion)"
               r"|(?:for|pour|per|para|fur|voor) (?:a|un|una|um|uma|ein|een) (?:commento|comment|commentaire|statement|stellungnahme|comentario|reactie|quote|citation)"
               # "would you share a few comments by email before Friday?", "quelques commentaires par e-mail", "unos comentarios"
               r"|(?:share|give|send|provide) (?:me )?(?:a few|some|your|a couple of) (?:quick |short |brief )?comments"
               r"|(?:quelques|vos) (?:brefs )?commentaires|(?:unos|algunos|tus|sus) (?:breves )?comentarios|(?:qualche|alcuni|i tuoi|i suoi) (?:brev[ie] )?comment[io]"
               r"|(?:alguns|uns) (?:breves )?comentarios|(?:ein paar|einige) (?:kurze )?kommentare|(?:een paar|enkele) (?:korte )?reacties)\b",
    "jury": r"\b(?:jury\w*|jurado|giuria|juri|jurymitglied\w*|juryleden|jurylid)\b",
    "trial": r"\b(?:essai gratuit|tester gratuitement|le tester|la tester|free trial|try it (?:for )?free|demo|demonstration|demonstracao|demostracion|dimostrazione|demonstratie|kostenlos testen|testzugang|probeabo"
             r"|prueba gratuita|probarla|probarlo|ensenartela|ensenartelo|prova gratuita|provarla|provarlo|teste gratis|acesso gratuito|acesso de teste"
             r"|proefaccount|gratis (?:proberen|uitproberen|demo)|proefperiode|" + _FREE_TRIAL + r")\b",
    "details": r"\b(?:puis-je vous en dire plus|je peux t'en dire plus|open to hearing more|can i (?:tell you|send you) more|darf ich ihnen (?:details|mehr)|darf ich dir (?:details|mehr)"
               r"|(?:le|te) puedo contar mas|posso (?:te |lhe )?contar mais|posso mandar(?:-lhe)? (?:mais )?detalhes|le interesserebbe ricevere dettagli|ti andrebbe di saperne di piu"
               r"|mag ik (?:u|je) (?:er )?meer over vertellen|receive (?:more )?details|ricevere dettagli)\b",
    # (a "tutorial" or "tutoriel" asked for is a how-to guide, never a tutor)
    "mentor": r"\b(?:mentor\w*|tutor(?!ial|iel)\w*)\b",
    "tool": r"\b(?:quel(?:le)?s? (?:outils?|logiciels?|crm|erp|solution)|which (?:tools?|software|crm|erp|platform|app)|what (?:tools?|software|crm|erp) do you"
            r"|welche[ns]? (?:tools?|software|dms|crm|erp|programm)|que (?:herramientas?|software|crm|erp)|quale? (?:strumenti|software|crm|erp|gestionale)|che (?:tool|strumento|strumenti|software)"
            r"|que (?:ferramentas?|erp|crm|software)|qual (?:ferramenta|erp|crm|software)|welke (?:tools?|software|crm|erp)"
            r"|(?:semrush|ahrefs|sistrix|moz|ubersuggest|hubspot|mailchimp|brevo|klaviyo|hootsuite|metricool|screaming frog|similarweb|looker studio"
            r"|canva|figma|wordpress|webflow|shopify|wix|woocommerce|prestashop|notion|trello|asana|chatgpt|matomo|buffer|later|planoly|agorapulse|sendinblue|substack|beehiiv)(?=[^.!]{0,60}\?)"
            r"|(?:tu utilises|vous utilisez|do you use|nutzt du|nutzen sie|verwendest du|usas|usa usted|utilizzi|utilizza|usi|voce usa|usas|gebruik je|gebruikt u)\b[^.?!]{0,40}\b(?:ou|or|oder|o|of)\b[^.?!]{0,40}\?)\b",
}
#: A seat on a panel called a "mesa" (folded, es/pt): "ponente en la mesa sobre publicidad", "oradora na mesa de SEO".
PANEL_MESA = r"(?<=\b(?:la|na) )mesa(?= (?:sobre|de|dedicada)\b)"
_FORMATS = (rf"\b(?:{PANEL_MESA}|talks?|breakfast|petit-dejeuner|fruhstuck|desayuno|colazione|pequeno-almoco|ontbijt\w*|lunch|dinner|webinaires?|webinars?|podcasts?|livre blanc|white ?paper|whitepaper|panel|table ronde|roundtable|article|tribune|episode|folge"
            r"|workshop|atelier|masterclass|meetup|conference|keynote|live|newsletter|e-?book|guide|etude|study|studie|estudio|studio|estudo|onderzoek"
            r"|podiumsdiskussion|mesa redonda|tavola rotonda|painel|paneldiscussie|ponencia|palestra|lezing|taller|serie)\b")
_TARGET = (r"\b(?:avec|a|to|with|mit|con|com|met|aan)\s+(?:la personne|le responsable|la responsable|quelqu'un|someone|the person|the head|jemand\w*|die person"
           r"|alguien|la persona|il responsabile|qualcuno|alguem|a pessoa|o responsavel|iemand|de persoon)\b.{0,60}\b(?:chez|at|bei|en|de|di|da|na|no|bij|von|of|van)\s+[a-z]")
_RECENT = (r"\b(?:hier|ce matin|aujourd'hui|tout a l'heure|yesterday|this morning|today|earlier today|gestern|heute|vorhin|ayer|esta manana|hoy"
           r"|ieri|stamattina|oggi|ontem|hoje|esta manha|desta manha|gisteren|vanochtend|vandaag|vanmorgen)\b")
_PHONE = (r"\b(?:appel|coup de fil|call|phone call|telefonat|anruf|gesprach|llamada|telefonata|chiamata|chamada|ligacao|telefoongesprek|belletje|gesprek)\b")


#: A student's own thesis or dissertation named in the note ("je fais mon mémoire sur …", "a fazer a tese sobre …").
_THESIS = (r"\b(?:(?:my|mon|ma|mein\w*|mi|la mia|mia|il mio|a minha|minha|o meu|meu|mijn)\s+(?:master'?s?\s+|bachelor'?s?\s+|(?:msc|mba|phd|ba|ma|undergraduate|final[- ]year)\s+|de fin de \w+\s+)?"
           r"|(?:fais|fait|faire|rediger|redige|ecris|prepare|preparer|preparo|preparando|preparing|schreibe|schreiben|escribo|escribiendo|haciendo|hago|sto scrivendo|scrivo|sto facendo|faco|fazer|a fazer"
           r"|escrevendo|escrever|schrijf|schrijven|writing|doing|work on|working on)\s+(?:a |la |o |o meu |a minha |de |mijn |my |meine |un |una |il |mon |ma )?"
           r"(?:master'?s?\s+|bachelor'?s?\s+|(?:msc|mba|phd|ba|ma|undergraduate|final[- ]year)\s+)?)"
           r"(?:thesis|dissertation|memoire|these|masterarbeit|bachelorarbeit|abschlussarbeit|tesis|tfm|tfg|tesi|tesina|tese|dissertacao|scriptie|afstudeerscriptie"
           # "mi trabajo de fin de grado", "meu TCC", "mijn afstudeeronderzoek", "mijn eindwerk" / "masterproef" (Flemish)
           r"|trabajo de fin de (?:grado|master)|tcc|trabalho de conclusao de curso|afstudeeronderzoek|afstudeerproject|eindwerk|masterproef|bachelorproef)\b")
#: A call asked of her (folded): with the sender's own thesis, the research Q&A by phone ("pour mon mémoire, auriez-vous
#: 20 minutes pour un appel ?", "für meine Bachelorarbeit … 20 Minuten für ein Telefonat?"), never a client's discovery call.
#: (Written questions alone keep their own "send them here" reply.)
_THESIS_ASK = (r"\b(?:\d{2}\s*(?:min\w*|mn)"
               r"|appel|call|telefonat|anruf|llamada|chiamata|telefonata|chamada|ligacao|belletje|gesprek|gesprach|echange|conversa|charla|chat)\b")


#: The sender's own job interviews (folded): "destacar en las entrevistas", "tips for job interviews", "mes entretiens d'embauche".
_JOB_INTERVIEW = (r"\b(?:job interviews?|interviews? for (?:a |my |the )?(?:job|role|position)|(?:in|at|for|during|my|ace|prepare for) (?:my |the |job )?interviews"
                  r"|entretiens? d'(?:embauche|recrutement)|(?:en|aux|pour les|lors des|mes|pour mes) entretiens|entrevistas? de (?:trabajo|empleo|emprego|trabalho|seleccion|selecao)"
                  r"|(?:en las|las|mis|en mis|nas|minhas|para as|para las|as|en|em|para) entrevistas|colloqui(?:o)? di lavoro|(?:ai|nei|nelle|i miei|per i) colloqui"
                  r"|vorstellungsgesprach\w*|bewerbungsgesprach\w*|sollicitatiegesprek\w*)\b")


#: The sender writes for the press (folded): "journaliste", "redakteurin", "redacteur bij NRC". A web or SEO writer
#: ("rédactrice web freelance", "SEO-redacteur", "concepteur-rédacteur") writes for clients: a peer, never an interview.
_JOURNALIST_ROLE = (r"\b(?:journalist\w*|journaliste|periodista|giornalista|jornalista|reporter"
                    r"|(?<!seo-)(?<!web-)(?<!content-)(?<!online-)(?<!concepteur-)(?<!conceptrice-)(?:redacteur|redakteur\w*|redactrice)"
                    r"(?! (?:web|seo|freelance|independante?|independent|de contenus?|content|technique|conceptrice|concepteur|e-?commerce)\b))\b")


#: A length asked in hours (folded), as minutes: "un entretien de recherche d'une heure", "an hour-long interview",
#: "eine halbe Stunde", "media hora", "mezz'ora", "meia hora", "een half uur" (a length given is never asked back).
_HOUR_LENGTHS = (("30", r"\b(?:une demi-heure|half an hour|half-hour|halben? stunde|media hora|mezz'?ora|meia hora|half uur|(?:thirty|trente|dreissig|treinta|trenta|trinta|dertig) min\w*)\b"),
                 # "une vingtaine de minutes", "a quarter of an hour", "unos veinte minutos": a length in words is a length too
                 ("10", r"\b(?:une dizaine de|ten|zehn|(?:unos )?diez|una decina di|dieci|uns dez|dez|een minuut of|tien) min\w*\b"),
                 ("15", r"\b(?:(?:une quinzaine de|fifteen|funfzehn|(?:unos )?quince|quindici|(?:uns )?quinze|vijftien) min\w*"
                        r"|(?:a )?quarter of an hour|viertelstunde|cuarto de hora|quarto d'?ora|kwartier)\b"),
                 ("20", r"\b(?:une vingtaine de|twenty|zwanzig|(?:unos )?veinte|una ventina di|venti|(?:uns )?vinte|twintig) min\w*\b"),
                 ("60", r"\b(?:une heure|(?:an|one|1)[- ]hour|eine stunde|einer stunde|una hora|un'? ?ora|uma hora|een uur|1 ?(?:heure|hour|stunde|hora|ora|uur))\b"
                        r"(?! (?:et|and|und|y|e|en) )"))


def _hour_minutes(folded: str) -> str:
    """A length given in hours, as minutes ("d'une heure" → "60"), or "".

    >>> _hour_minutes("un entretien de recherche d'une heure ?"), _hour_minutes("eine halbe stunde fur ein gesprach"), _hour_minutes("at 1 pm")
    ('60', '30', '')
    >>> _hour_minutes("une interview d'une vingtaine de minutes"), _hour_minutes("a quarter of an hour"), _hour_minutes("unos diez minutos")
    ('20', '15', '10')
    """
    return next((mins for mins, rx in _HOUR_LENGTHS if cre.search(rx, folded)), "")


def _comments_thanked(folded: str) -> bool:
    """Every comment the note names is one thanked for, already given ("gracias por tus comentarios", "grazie per i tuoi commenti").

    >>> _comments_thanked("gracias otra vez por tus comentarios sobre nuestra web!"), _comments_thanked("unos comentarios breves?")
    (True, False)
    """
    return all(cre.search(_THANKS_BEFORE, folded[max(0, m.start() - 56):m.start()]) for m in cre.finditer(_REQUESTS["comment"], folded))


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds position ``pos``.

    >>> _sentence_at("Your post helped my blog. Thanks for sharing!", 30)
    'Thanks for sharing!'
    """
    return next((text[a:b] for a, b in sentences(text) if a <= pos < b), text)


def _situations(original: str, folded: str, facts: "Facts") -> None:
    """The sender's situation, read before any template is chosen (a hello is not a job request)."""
    # "fui alumno de tu formación … ahora trabajo en Madrid": a former trainee's hello, never a reader's thanks
    facts.former = bool(_first(_FORMER, _FORMER_OTHER.sub(" ", folded))) or told.trainee_back(folded)
    facts.candidate = bool(_first(_CANDIDATE, folded)) and not _first(_HOW_TO_APPLY, folded)
    facts.alumni = bool(_first(_ALUMNI, folded))
    facts.answering = bool(_first(_ANSWERING, folded))
    thanks = _first(_THANKED, folded)
    facts.thanked = bool(thanks)
    if thanks and cre.search(_OWNERS_WORK, folded) and not cre.search(_SENDERS_WORK, _sentence_at(folded, thanks.start())):
        # "been reading your newsletter… thanks for sharing", "tu artículo me ayudó con mi blog. ¡Gracias por compartir!":
        # the owner's piece, not the sender's (their own blog helped is no piece she shared)
        facts.thanked = False
    facts.laid_off = bool(_first(_LAID_OFF, folded))
    facts.fmt = bool(_first(_FORMATS, folded))
    facts.target = bool(_first(_TARGET, folded))
    m = cre.search(r"\b(\d{1,2})\s?(?:-\s?)?(?:min\w*)\b", folded)
    facts.minutes = m.group(1) if m else ""
    if m and cre.search(r"\b(?:talk|keynote|vortrag|intervention|charla|ponencia|intervento|palestra|lezing|masterclass|atelier|workshop|taller|module|modul|modulo"
                       r"|recording|enregistr\w*|aufnahme|grabac\w*|grab\w*|registrazione|gravac\w*|opname|episode|episodio|folge|aflevering|webinar\w*)\b",
                       folded[max(0, m.start() - 30):m.end() + 30]) and not cre.search(r"\b(?:interview\w*|entrevista\w*|intervista\w*|entretien)\b", folded):
        facts.minutes = ""  # "a 30-minute talk", "45 min recording": not the length of a call
    # "hier" is yesterday in French only: "Head of Growth bij een fintech hier", "ich bin neu hier" say "here"
    facts.recent = bool(_first(_RECENT, folded if facts.lang == "fr" else cre.sub(r"\bhier\b", " ", folded)))
    # "we did the hubspot bootcamp together in 2022 i think?": the hedge's "?" asks nothing (no tool asked for)
    unhedged = cre.sub(r"(?:\b(?:we|nous|on|wir|noi|wij|19\d\d|20\d\d)\b[^.!?\n]{0,80}?)" + _HEDGE_TAG.rstrip("$"), ".", folded)
    unhedged = cre.sub(_JURY_SHARED, " ", unhedged)  # "we sat on the jury together": no jury asked of her
    for kind, rx in _REQUESTS.items():
        if _first(rx, unhedged):
            facts.request = kind
            break
    if facts.request == "trial" and _trial_of_hers(folded, named_before=False):
        facts.request = ""  # "is there a free 14-day trial of your SEO course?": a question on her course, nothing sold to her
    if facts.request == "trial" and _first(_SELF_TRIAL, folded):
        facts.request = ""  # "tengo una marca … estoy pensando en probarlo": the sender trying a channel, nothing offered to her
    if facts.request == "comment" and _comments_thanked(unhedged):
        facts.request = ""  # "¡Gracias otra vez por tus comentarios sobre nuestra web!": comments given and thanked, never a quote asked
    if facts.request == "interview" and _first(_JOB_INTERVIEW, folded):
        facts.request = ""  # "un consejo para destacar en las entrevistas": the sender's job interviews, never a press interview
    if facts.request == "interview" and _first(_MEETING_ENTRETIEN, folded) and not _first(_PRESS_WORDS, folded) \
            and not _first(r"\b(?:interview\w*|entrevista\w*|intervista\w*)\b", folded):
        # "je souhaiterais vous proposer d'animer un module … Pourrions-nous convenir d'un entretien ?": a meeting to discuss it,
        # never an interview she gives
        facts.request = ""
    if not facts.request and _first(_THESIS, folded) and _first(_THESIS_ASK, folded) and "?" in folded \
            and not _first(r"\b(?:stage|stagiaire|internship|praktikum|practicas|tirocinio|estagio|stageplek|afstudeerstage|alternance|job|emploi|trabajo(?! de fin)|lavoro|emprego|baan"
                                      # "un questionário de 10 minutos", "per Mail, dauert 10 min": written answers keep their own reply
                                      r"|questionnaire|questionario|cuestionario|vragenlijst|fragebogen|enquete|encuesta|inquerito|sondaggio|survey|formulaire|formulario"
                                      r"|(?:per|par|by|via|over|por|pelo|tramite) (?:e-?mail|mail|courriel|correo)|mailen)\b", folded):
        facts.request = "interview"  # "pour mon mémoire, auriez-vous 20 minutes ?": a student's research questions, answered as such
    if not facts.request and "?" in folded and (_first(_JOURNALIST_ROLE, folded)
                                                or _first(rf"\b{_QUOTE_ASKED}\b", folded)):
        # "ik ben journalist bij Sprout … zou je telefonisch willen reageren?", "Could I quote you? 2-3 lines by Thursday": an interview
        facts.request = "interview"
    if facts.request == "interview" and not facts.minutes:
        facts.minutes = _hour_minutes(folded)  # "un entretien de recherche d'une heure": the length is given, never asked back
    if facts.request in ("interview", "comment"):
        facts.offers = facts.client = False  # "Happy to send 3 questions by email": the interview's format, not an offer nor a purchase
        lang = facts.lang if facts.lang in _DEADLINE else "en"
        d = _first(_DEADLINE[lang].format(d=_DAYS[lang] + "|" + _DEADLINE_DATE.format(m=_MONTHS[lang])), folded)
        if d:
            text = original[d.start():d.end()]
            named = cre.match(_DEADLINE_NAMED, text)
            if named:
                # "Deadline is next Wednesday" → "by next Wednesday", "Deadline wäre Freitag" → "bis Freitag",
                # "la date limite est vendredi" → "d'ici vendredi", "o prazo é sexta" → "até sexta"
                by = {"nl": "vóór", "de": "bis", "fr": "d'ici", "es": "antes del", "it": "entro", "pt": "até"}.get(lang, "by")
                rest = text[named.end():]
                text = (_BY_DATE.get(lang, by) if rest[:1].isdigit() else by) + " " + rest
            if lang == "de" and text[-1:].isdigit():
                text += "."  # "bis zum 15": a German date is an ordinal, "bis zum 15."
            facts.deadline = text
        facts.by_phone = bool(_first(r"\b(?:par telephone|au telephone|by phone|over the phone|on the phone|telefonisch|am telefon|per telefon|por telefono"
                                     r"|per telefono|al telefono|por telefone|ao telefone|telefonicamente|telefonic\w*|telefonisch\w*|telephonique|bellen|appel|call|llamada|telefonata|chiamata|chamada|ligacao"
                                     r"|conversa|conversacion|conversazione|conversation|gesprek|gesprach|videocall|visio|zoom"
                                     # "15 Minuten für ein Telefonat", "een telefoongesprek", "um telefonema": a call, never a written statement
                                     r"|telefonat\w*|telefongesprach\w*|telefoongesprek\w*|telefonema|anruf"
                                     # "uma entrevista rápida por vídeo?": a video call, never written questions
                                     r"|video ?(?:call|chamada|llamada|chiamata|gesprek|anruf|interview\w*)|videobellen|videointerview\w*|teams|google meet|skype"
                                     r"|(?:por|per|by|via|par|en|em|op|in|over) (?:\w+ )?video)\b", folded))
        # "Could I interview you by email?": the interview is written, never a call inferred from "interview you"
        facts.by_email = bool(_first(_BY_EMAIL, folded))
        if facts.by_phone and _first(_OR_EMAIL, folded):
            facts.by_phone = False  # "telefonisch of per e-mail", "by phone or email": the written answers offered are the easy yes
        if not facts.by_phone and not facts.by_email and _first(_TALK_ASK, folded):
            facts.by_phone = True  # "Podemos conversar para uma entrevista?": a spoken interview, never "send me written questions"
        if not facts.by_phone and not facts.by_email and _first(_INTERVIEW_YOU, folded) and not _first(_FEW_QUESTIONS, folded):
            facts.by_phone = True  # "Zou ik je deze week kort kunnen interviewen?": she is to be interviewed, never "send me your questions"
        facts.piece = bool(_first(r"\b(?:article|articles|papier|piece|story|artikel|beitrag|stuk|artikelen|articulo|reportaje|articolo|pezzo|artigo|materia|reportagem|dossier"
                                  # "Could I get a quote from you?", "writing for Marketing Week": a journalist's piece, not an interview
                                  r"|quote|quotes|citation|citations|zitat|zitate|citazione|citazioni|citacao|citacoes|citaat|citaten"
                                  r"|writing (?:for|about)|j'ecris pour|ich schreibe fur|escribo para|scrivo per|escrevo para|ik schrijf voor)\b", folded))



#: A few questions asked (folded): "qualche domanda", "quelques questions", "ein paar Fragen", "algunas preguntas", "een paar vragen".
_FEW_QUESTIONS = (r"\b(?:(?:a few|a couple of|some|few|\d|two|three|four|five) (?:quick |short )?questions|(?:quelques|deux|trois|\d) (?:petites )?questions"
                  r"|(?:ein paar|einige|zwei|drei|\d) (?:kurze )?fragen|(?:algunas|unas|un par de|dos|tres|\d) (?:breves )?preguntas|qualche domanda|(?:alcune|un paio di|due|tre|\d) domande"
                  r"|(?:algumas|umas|duas|tres|\d) (?:breves )?perguntas|(?:een paar|enkele|twee|drie|\d) (?:korte )?vragen)\b")
#: Something done by email: "by email", "par mail", "per E-Mail", "u mailen", "email you" (folded).
_BY_EMAIL = (r"\b(?:(?:per|par|by|via|over|por|pelo|tramite) (?:e-?mail|mail|courriel|correo(?: electronico)?)|(?:e-?mail|mail)en\b|mailen"
             r"|te mailen|u mailen|(?:e-?mail|mail) (?:you|u|je|jou|dir|ihnen))\b")


#: Email offered as the other way to answer: "telefonisch of per e-mail", "by phone or by email", "per Mail oder am Telefon".
_MAIL_WAY = r"(?:(?:per|par|by|via|over|por|pelo|tramite) (?:e-?mail|mail|courriel|correo(?: electronico)?)|(?:e-?mail|mail)en|mailen|(?:e-?mail|mail))"
_OR_EMAIL = (rf"\b(?:or|ou|o|oder|of|oppure|ofwel|otherwise) (?:\w+ ){{0,2}}?{_MAIL_WAY}\b"
             rf"|\b{_MAIL_WAY} (?:\w+ ){{0,2}}?(?:or|ou|o|oder|of|oppure|ofwel)\b")


#: "Could we talk?", "podemos conversar?", "possiamo sentirci?": the journalist asks to talk, not for written answers.
_TALK_ASK = (r"\b(?:podemos|poderiamos|podiamos|could we|can we|shall we|pourrions-nous|pouvons-nous|pourrait-on|peut-on|on pourrait|podriamos|podemos"
             r"|possiamo|potremmo|kunnen we|zouden we|konnen wir|konnten wir)\s+(?:\w+\s+){0,3}(?:conversar|falar|bater um papo|talk|speak|chat|parler"
             r"|echanger|hablar|charlar|sentirci|sentire|parlare|parlarne|praten|spreken|bellen|sprechen|telefonieren|reden)\b")


#: The journalist asks to interview HER (folded): "je kort interviewen", "vous interviewer", "interview you", "Sie interviewen",
#: "entrevistarte", "intervistarla", "te entrevistar": a conversation, not written answers.
_INTERVIEW_YOU = (r"\b(?:je|jou|u|you|vous|te|t'|sie|dich|la|ti|lhe|a senhora|voce)\s+(?:\w+\s+){0,4}?(?:interviewen|interview|interviewer|interviewe|entrevistar)\b"
                  r"|\binterview(?:ing)? you\b|\b(?:entrevistarte|entrevistarla|entrevistarle|intervistarla|intervistarti|entrevista-la|entrevista-lo|entrevistar-te)\b")


#: The deadline's nouns, as written and folded alike ("fecha límite" only ever matches the note as written).
_DEADLINE_WORDS = (r"(?:deadline|date limite|fecha limite|fecha límite|plazo|scadenza|termine|prazo|data limite"
                   r"|abgabe(?:termin)?|einsendeschluss|redaktionsschluss|bouclage|cierre|chiusura|fecho)")
#: the deadline named as a noun ("Deadline wäre Freitag", "la date limite est vendredi", "il termine è venerdì"):
#: everything before the day, replaced by the language's "by" when the reply confirms it.
_DEADLINE_NAMED = (r"(?i)^(?:(?:la |el |il |o |a |the |die |de )?" + _DEADLINE_WORDS +
                   r"\s*(?:ist|wäre|ware|is|would be|'s|est|serait|es|sería|seria|è|e|sarebbe|é|seria|zou zijn|:)?\s*(?:am\s+|der\s+|le\s+|el\s+|il\s+|a\s+|o\s+|na\s+|no\s+)?)")
_DEADLINE_NOUN = (r"(?:la |el |il |o |a |the |die |de )?" + _DEADLINE_WORDS + r"\s*(?:ist|ware|is|would be|'s|est|serait|es|seria|e|sarebbe|zou zijn|:)?\s*"
                  r"(?:am |der |le |el |il |a |o |na |no |next |this |nachsten |kommenden |proximo |proxima |prossimo |volgende |aanstaande )?")
#: A deadline's date, as written (folded; {m} the language's months): "20.12.", "20/12", "the 20th of December", "le 20 décembre".
_DEADLINE_DATE = r"\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+)?(?:{m})"
#: "by" before a date given as a number: "bis zum 20.12.", "d'ici le 20/12", "entro il 20/12".
_BY_DATE = {"de": "bis zum", "fr": "d'ici le", "it": "entro il"}
#: A deadline for an interview's answers, as written: "avant vendredi", "bis Freitag", "by Friday", "deze week".
_DEADLINE = {
    "fr": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:avant|d'ici|pour|au plus tard|jusqu'a) (?:le |la |ce |cette )?(?:{d}|demain|la fin de la semaine|fin de semaine|ce soir)|cette semaine"
          r"|(?:avant|d'ici|pour) le \d{{1,2}}(?: \w+)?)\b",
    "en": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:by|before|until|no later than) (?:next |this )?(?:{d}|tomorrow|the end of the week|end of (?:the )?week)|deadline (?:is |:)?\s*(?:next |this )?(?:{d}|tomorrow)|this week"
          r"|(?:by|before) the \d{{1,2}}(?:st|nd|rd|th)\b)\b",
    "de": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:bis|vor) (?:zum |nachsten |kommenden |diesen |spatestens )?(?:{d}|morgen|ende der woche)|diese woche)\b"
          r"|\bbis (?:spatestens )?zum \d{{1,2}}(?:\.\d{{1,2}})?(?:\.|(?!\d))|\bdeadline (?:ist )?(?:am )?(?:nachsten |kommenden )?(?:{d})\b",
    "es": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:antes del?|para el|hasta el) (?:proximo )?(?:{d})|esta semana)\b",
    "it": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:entro|prima di) (?:il |lo )?(?:{d}|domani|fine settimana)|questa settimana)\b",
    "pt": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:ate|antes de) (?:a |o )?(?:proxima |proximo )?(?:{d}|amanha|o fim da semana)|esta semana)\b",
    "nl": r"\b(?:" + _DEADLINE_NOUN + r"(?:{d})\b|(?:voor|uiterlijk|tegen) (?:a\.s\. |aanstaande |volgende )?(?:{d}|morgen|het eind van de week)|deze week"
          r"|deadline (?:is |:)?\s*(?:a\.s\. |aanstaande |volgende )?(?:{d}))\b",
}


#: a length said after "about" ("about half an hour", "circa 30 minuti", "unos 45 minutos"): never a topic.
_DURATION_TOPIC = (r"\b(?:half an hour|an hour|une heure|une demi-heure|media hora|una hora|mezz'ora|un'ora|meia hora|uma hora"
                   r"|eine (?:halbe )?stunde|een (?:half )?uur|\d+\s*(?:min\w*|mn|h|hours?|heures?|ore|horas?|stunden?|uur))\b")

#: "conversar sobre os detalhes", "talk about the details", "über die Modalitäten sprechen" (folded, the whole phrase): the
#: arrangements of a talk, never its subject.
_ARRANGEMENTS_TOPIC = (r"^\S+\s+(?:(?:the|les|le|la|los|las|os|as|die|de|het|i|gli|le|all|all the|tous les|todos los|todos os|alle)\s+)?"
                       r"(?:(?:practical|pratiques?|concrete|konkreten|practicos|praticos|pratici)\s+)?"
                       r"(?:details?|detalles|detalhes|dettagli|détails|details|einzelheiten|modalites|modalitaten|modalidades|modalita|logistics|logistique"
                       r"|logistica|logistik|logistiek|conditions|condiciones|condicoes|condizioni|konditionen|voorwaarden|practicalities)"
                       r"(?:\s+(?:pratiques|practicos|praticos|pratici))?\s*[.!?]*$")

#: "sur mesure", "su misura", "on demand", "sobre pedido", "su richiesta" (folded): a manner read after "about", never a topic.
_MANNER_NOT_TOPIC = (r"(?:sur (?:mesure|demande|devis|place|rendez-vous)|su (?:misura|richiesta|appuntamento|ordinazione)"
                     r"|on (?:demand|request|site|a budget|the side)|sobre (?:pedido|medida|encomenda)|over (?:maat))\b")


def extract(note: str, lang: str, intent: str = "") -> Facts:
    """The facts of ``note``, each slot tidied to read well inside a reply (see :func:`tidy_slots`)."""
    facts = _extract(note, lang, intent)
    if facts.links and facts.pitch and facts.proposal == "partnership" and not facts.client:
        facts.proposal = ""  # "Agentur für Whitelabel-Backlinks … 50 DA50+ Links für 499€": links sold, never a white-label partnership
    return tidy_slots(facts, note, lang)


#: Brand and channel names as their owners write them: a reply never says "linkedin ads" or "tiktok".
_BRANDS = {"linkedin": "LinkedIn", "tiktok": "TikTok", "youtube": "YouTube", "instagram": "Instagram", "facebook": "Facebook",
           "google": "Google", "pinterest": "Pinterest", "seo": "SEO", "sea": "SEA", "sem": "SEM", "ppc": "PPC", "chatgpt": "ChatGPT",
           "hubspot": "HubSpot", "wordpress": "WordPress", "woocommerce": "WooCommerce", "shopify": "Shopify", "etsy": "Etsy",
           "ga4": "GA4", "snapchat": "Snapchat", "whatsapp": "WhatsApp", "mailchimp": "Mailchimp", "canva": "Canva", "semrush": "Semrush",
           "ahrefs": "Ahrefs", "b2b": "B2B", "b2c": "B2C", "crm": "CRM", "ux": "UX", "cro": "CRO", "kpi": "KPI", "kpis": "KPIs", "roi": "ROI", "meta": "Meta", "insta": "Insta", "wix": "Wix", "amazon": "Amazon", "matomo": "Matomo"}
#: Accents a hurried note leaves out, restored in a slot the reply repeats ("presupuesto minimo" → "mínimo").
_ACCENTS = {
    "es": {"minimo": "mínimo", "maximo": "máximo", "optimo": "óptimo", "analisis": "análisis", "estrategia": "estrategia", "publico": "público",
           "pagina": "página", "paginas": "páginas", "metricas": "métricas", "tecnicas": "técnicas", "busqueda": "búsqueda", "busquedas": "búsquedas",
           "como": "cómo", "que": "qué", "organico": "orgánico", "organicos": "orgánicos", "trafico": "tráfico", "anuncios": "anuncios",
           "campanas": "campañas", "pequenos": "pequeños", "pequenas": "pequeñas", "espana": "España", "algoritmo": "algoritmo",
           "inteligencia artificial": "inteligencia artificial", "comercio electronico": "comercio electrónico", "electronico": "electrónico"},
    "pt": {"trafego": "tráfego", "negocios": "negócios", "anuncios": "anúncios", "organico": "orgânico", "minimo": "mínimo",
           "conteudo": "conteúdo", "conteudos": "conteúdos", "estrategia": "estratégia", "publico": "público", "pagina": "página",
           "metricas": "métricas", "analise": "análise", "midia": "mídia", "midias": "mídias", "inteligencia": "inteligência"},
    "it": {"perche": "perché", "piu": "più", "citta": "città", "pubblicita": "pubblicità", "attivita": "attività", "visibilita": "visibilità"},
    "fr": {"strategie": "stratégie", "referencement": "référencement", "reseaux": "réseaux", "donnees": "données", "methode": "méthode",
           "publicite": "publicité", "creation": "création", "metier": "métier", "metiers": "métiers", "e-reputation": "e-réputation"},
}
#: A topic that is a clause ("how European consultants | are adapting"): cut anywhere, it reads as broken.
_CLAUSE_WORD = {
    "en": r"how|why|what|whether|which|who", "fr": r"comment|pourquoi|ce que|quoi|si", "de": r"wie|warum|was|ob|welche\w*",
    "es": r"como|por que|que|si|cual\w*", "it": r"come|perche|cosa|se|quale|quali", "pt": r"como|porque|por que|o que|se|qual|quais",
    "nl": r"hoe|waarom|wat|of|welke",
}
_SUBJECT_AFTER = {"nl": r"ik|je|jij|we|wij|u|ze|zij|hij", "de": r"ich|du|wir|sie|er", "en": r"i|we|you"}


#: Google's tools as Google names them, whatever a hurried note wrote: "google busines profile" is "Google Business Profile",
#: "google analitycs" "Google Analytics"; a reply never repeats a misspelt product name.
_GOOGLE_TOOLS = ((r"(?i)\bgoogle\s+my\s+bu(?:si|is|s)ne?ss?\b", "Google My Business"),
                 (r"(?i)\bgoogle\s+bu(?:si|is|s)ne?ss?\s+(?:prof[iy]le?s?|profil)\b", "Google Business Profile"),
                 (r"(?i)\bgoogle\s+bu(?:si|is|s)ne?ss?\b", "Google Business"),
                 (r"(?i)\bgoogle\s+anal(?:yt|ity|it)ics?\b", "Google Analytics"),
                 (r"(?i)\bsearch\s+consol[ea]?\b", "Search Console"),
                 (r"(?i)\bgoogle\s+tag\s+manag(?:er|ar)\b", "Google Tag Manager"),
                 (r"(?i)\bmerchant\s+cent(?:er|re)\b", "Merchant Center"),
                 (r"(?i)\bquality\s+score\b", "Quality Score"),
                 (r"(?i)\bperformance\s+max\b", "Performance Max"),
                 (r"(?i)\bgoogle\s+(shopping|trends|search|discover|merchant)\b", lambda m: "Google " + m.group(1).title()))
#: What follows "meta" when it is an HTML tag, not the company: "meta descriptions", "meta-title", "Meta-Beschreibung".
_META_TAG = (r"(?i)[\s-]+(?:descriptions?|descri[cçpt]\w*|tags?|titles?|titel|titre\w*|t[ií]tulos?|titoli?|données|daten|dati|dados|datos|data"
             r"|beschreibung\w*|beschrijving\w*|omschrijving\w*|balises?|keywords?|robots)\b")


#: "über Google Core Update", "over het Google Core Update": one of Google's named updates after "über" / "over" with no
#: article or the wrong one (the Dutch "update" is a de-word).
_GOOGLE_UPDATE_DE = r"\büber (?=Google (?:Core|Helpful Content|Spam|Product Reviews?) Update\b(?!s))"
_GOOGLE_UPDATE_NL = r"\bover (?:het )?(?=Google (?:Core|Helpful Content|Spam|Product Reviews?) Update\b(?!s))"


#: A brand and a common noun written apart in Dutch or German, one compound noun there ("LinkedIn carrousels" is
#: "LinkedIn-carrousels", "LinkedIn Karussells" "LinkedIn-Karussells"); a product name ("LinkedIn Ads") stays as it is.
_BRAND_COMPOUND = {
    "nl": (r"\b(LinkedIn|TikTok|Instagram|Facebook|YouTube|Pinterest|ChatGPT)\s+(carrousels?|carousels?|posts|berichten|video's|strategie|advertenties"
           r"|campagnes?|profielen|profiel|pagina's|pagina|algoritme|groepen|groep)\b"),
    "de": (r"\b(LinkedIn|TikTok|Instagram|Facebook|YouTube|Pinterest|ChatGPT)\s+((?i:karussells?|carousels?|posts?|beitr(?:a|ä)ge?n?|videos?|strategie|anzeigen"
           r"|kampagnen?|profile?|seiten?|algorithmus|gruppen?))\b"),
}


def restyled(text: str, lang: str) -> str:
    """``text`` with brand names as their owners write them: "tiktok" is "TikTok", "facebook ads" "Facebook Ads"."""
    return _restyle(text, lang)


def _restyle(text: str, lang: str) -> str:
    def brand(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() == "meta" and cre.match(_META_TAG, text[m.end():]):
            return word  # "meta descriptions", "méta-données": an HTML tag, never the company Meta
        return _BRANDS.get(word.lower(), word) if word.islower() or word.isupper() and len(word) > 4 else word
    text = cre.sub(r"(?<![\w@./-])[A-Za-z][\w]*(?![\w@-]|\.\w)", brand, text)
    # "LinkedIn ads" is the product "LinkedIn Ads", as "Google Ads" and "Meta Ads"
    text = cre.sub(r"\b(LinkedIn|TikTok|Google|Meta|Facebook|Instagram|Pinterest|YouTube|Snapchat|Microsoft|Amazon)\s+ads\b", r"\1 Ads", text)
    if lang in _BRAND_COMPOUND:
        # "je post over linkedin carrousels", "dein Post über linkedin karussells": a Dutch or German compound of a brand
        # and a common noun takes its hyphen ("LinkedIn-carrousels", "LinkedIn-Karussells"), never the sender's spacing
        text = cre.sub(_BRAND_COMPOUND[lang], lambda m: f"{m.group(1)}-{m.group(2)[:1].upper() + m.group(2)[1:] if lang == 'de' else m.group(2)}", text)
    # Google's named updates: "google core updates" is "Google Core Updates", as Google writes it
    text = cre.sub(r"\bGoogle\s+(core|helpful content|spam|product reviews?)\s+(updates?)\b", lambda m: f"Google {m.group(1).title()} {m.group(2).title()}", text)
    # one named update takes its article: "über das Google Core Update" (das Update), "over de Google Core Update" (de update)
    if lang == "de":
        text = cre.sub(_GOOGLE_UPDATE_DE, "über das ", text)
    elif lang == "nl":
        text = cre.sub(_GOOGLE_UPDATE_NL, "over de ", text)
    for wrong, name in _GOOGLE_TOOLS:
        text = cre.sub(wrong, name, text)
    if lang in ("it", "es", "pt", "fr"):
        # "google ads x le piccole attività": the note's shorthand "x" is "per" / "por" / "pour" in a reply
        text = cre.sub(r"(?<=\w) x (?=[a-zà-ÿ])", " " + {"it": "per", "es": "por", "pt": "para", "fr": "pour"}[lang] + " ", text)
    accents = _ACCENTS.get(lang, {})
    if accents:
        def accent(m: re.Match[str]) -> str:
            word = m.group(0)
            return accents.get(word, word) if word.islower() and word not in ("como", "que") else word
        text = cre.sub(r"\b[a-z]+\b", accent, text)
    return text


#: Quote marks: each opener with the closers that end it.
_QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", "‘": "’", "\"": "\"", "'": "'"}
_FACT_HEAD = (r"(?:le fait|the fact|die tatsache|de tatsache|het feit|el hecho|il fatto|o facto|o fato)")


def _open_quote(text: str) -> int:
    """Where a quote opened in ``text`` is never closed in it (-1 when every quote is whole).

    An apostrophe inside a word ("kmo's", "l'idée") is no quote mark; a single quote opens only before a word.

    >>> _open_quote("zu „SEO"), _open_quote("„SEO ist nicht tot“"), _open_quote("over 'minder posten"), _open_quote("over kmo's")
    (3, -1, 5, -1)
    """
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _QUOTE_PAIRS and (ch not in "'‘" or (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()):
            closers = _QUOTE_PAIRS[ch]
            j = i + 1
            while j < len(text):
                if text[j] in closers and (ch not in "'‘" or j + 1 >= len(text) or not text[j + 1].isalnum()):
                    break
                j += 1
            if j >= len(text):
                return i
            i = j + 1
            continue
        i += 1
    return -1


def _whole_quote(value: str, note: str) -> str:
    """A slot never cuts a quote or a quoted name: extended to the quote's end when the note closes it nearby, else
    cut before the quote (or nothing when only a preposition would be left).

    >>> _whole_quote("zu „SEO", "dein Post zu „SEO ist nicht tot, nur langsamer“ hat mich")
    'zu „SEO ist nicht tot, nur langsamer“'
    >>> _whole_quote("The Small Shop", "I host 'The Small Shop Show', a podcast")
    'The Small Shop Show'
    """
    at = note.find(value)
    if at < 0:
        return value
    end = at + len(value)
    opened = _open_quote(value)
    if opened < 0:
        # a value that starts inside a quote ("'The Small Shop| Show'") runs to the quote's end
        before = note[:at]
        q = cre.search(r"(?:[«„“\"]|(?<!\w)['‘])\s*$", before)
        if not q or _open_quote(before[q.start():] + value + note[end:end + 1]) < 0 or note[end:end + 1] in "»“”’\"'":
            return value
        ch = q.group(0).strip()
        closers = _QUOTE_PAIRS[ch]
        m = cre.match(rf"[^{re.escape(closers)}\n]{{0,60}}?[{re.escape(closers)}]", note[end:])
        return value + note[end:end + m.end() - 1] if m else ""
    ch = value[opened]
    closers = _QUOTE_PAIRS[ch]
    m = cre.match(rf"[^{re.escape(closers)}\n]{{0,80}}?[{re.escape(closers)}](?!\w)", note[end:])
    if m:
        return value + note[end:end + m.end()]
    head = value[:opened].rstrip(" ,:")
    return head if len(head.split()) >= 2 else ""


#: A day number with its article closing an event's name ("… Milano il 12", "… Days le 12", "… Köln am 12"): the
#: start of the date, never the name's (a year, "Summit 2025", has four digits).
_EVENT_DAY_TAIL = r"\s+(?:il|le|el|am|on|the|op|em|no|a|à|de|al|du|del)\s+\d{1,2}(?:er|\.)?$"


#: A move to come, told in the present or future (folded): "je m'installe à Lyon en septembre", "I'm moving in the autumn".
_MOVE_SOON = (r"\b(?:je m'installe|je vais m'installer|je demenage|je vais demenager|j'emmenage|j'arrive|nous demenageons|i'?m moving|i'?ll be moving"
              r"|i'?m relocating|we'?re moving|moving to|me mudo|me traslado|me voy a mudar|voy a mudarme|nos mudamos a|mi trasferisco|mi trasferiro"
              r"|mi sto trasferendo|vou me mudar|vou mudar-me|mudo-me|ich ziehe|ziehe ich|wir ziehen|ik verhuis|verhuis ik|we verhuizen|ik ga verhuizen)\b")
#: "zu sein", "zu kommen", "om te komen", "to be": an infinitive after "zu"/"to", no topic (folded)
#: "Mag ik je daar een paar vragen over stellen?", "darüber Fragen stellen" (folded): the preposition is the particle of
#: "daar … over", followed by the verb alone, never a topic ("je bericht over stellen").
_PARTICLE_VERB_TOPIC = (r"^(?:over|uber|about|sobre|sur|su) (?:stellen|vragen|praten|spreken|hebben|bellen|vertellen|weten|horen|kletsen|sparren"
                        r"|stelen|reden|sprechen|fragen|unterhalten)\W*$")
_INFINITIVE_TOPIC = r"(?:zu|om te|te|to) (?:sein|werden|haben|kommen|machen|geben|halten|sprechen|reden|helfen|teilen|zijn|worden|komen|doen|geven|be|come|do|give|join|speak)"


#: A sentence ended with no space after its full stop: "lokale SEO voor mkb.Zou je …", "local SEO.Would you …" (a word in
#: lower case, the stop, then a capitalised word): the slot ends at the stop, never "mkb.Zou".
_GLUED_SENTENCE = r"(?<=[a-zà-ÿ0-9)])[.!?…](?=[A-ZÀ-Ý][a-zà-ÿ])"


#: A topic said as what an event is devoted to ("une matinée consacrée à la transformation numérique"): the participle
#: and its "to" become the language's "about", so the topic reads after any noun ("intervenir sur la transformation …").
_DEVOTED_TO = [
    (r"(?i)^(?:consacr|d[ée]di)[ée]e?s?\s+(?:à la|à l'|aux|au)\b\s*",
     lambda m: {"à la": "sur la ", "à l'": "sur l'", "au": "sur le ", "aux": "sur les "}[cre.sub(r"\s+", " ", m.group(0).split(None, 1)[1]).strip().lower()]),
    (r"(?i)^dedicated to\s+", lambda m: "on "),
    (r"(?i)^dedicad[oa]s?\s+(?:a las|a los|a la|al|a)\s+",
     lambda m: "sobre " + {"a la": "la ", "al": "el ", "a los": "los ", "a las": "las ", "a": ""}[m.group(0).split(None, 1)[1].strip().lower()]),
    (r"(?i)^dedicat[oaie]\s+(?:alla|allo|all'|alle|al|ai|agli|a)\b\s*",
     lambda m: {"alla": "sulla ", "allo": "sullo ", "all'": "sull'", "al": "sul ", "ai": "sui ", "agli": "sugli ", "alle": "sulle ", "a": "su "}[m.group(0).split(None, 1)[1].strip().lower()]),
    (r"(?i)^gewijd aan\s+", lambda m: "over "),
]


def _devoted_as_about(topic: str) -> str:
    """"consacrée à la transformation numérique des TPE" → "sur la transformation numérique des TPE" (see _DEVOTED_TO).

    >>> _devoted_as_about("consacrée à la transformation numérique des TPE"), _devoted_as_about("dedicata alla SEO locale")
    ('sur la transformation numérique des TPE', 'sulla SEO locale')
    """
    for rx, about in _DEVOTED_TO:
        topic, n = cre.subn(rx, about, topic, count=1)
        if n:
            break
    return topic


def _cut_glued_sentence(value: str) -> str:
    """``value`` up to a sentence end written with no space after it ("over lokale SEO voor mkb.Zou" → "over lokale SEO
    voor mkb"); nothing when a bare word would be left.

    >>> _cut_glued_sentence("over lokale SEO voor mkb.Zou")
    'over lokale SEO voor mkb'
    >>> _cut_glued_sentence("sur Booking.com")
    'sur Booking.com'
    """
    m = cre.search(_GLUED_SENTENCE, value)
    if not m:
        return value
    head = value[:m.start()].rstrip(" ,;:")
    return head if len(head.split()) >= 2 else ""


#: What is agreed around a talk or a meeting, never its topic (folded): "talk about dates", "sobre datas", "über die Details".
_LOGISTICS_TOPIC = (r"(?:about|on|sur|de|sobre|su|di|uber|zu|ueber|over|rond)\s+(?:the |les |las |los |as |os |le |die |de |i |gli |het )?"
                    r"(?:dates?|datas?|fechas?|termine?|termin|data|details?|detalles|dettagli|detalhes|einzelheiten|logisti\w*|planning"
                    r"|horaires?|horarios?|orari|timing|availability|disponibilit\w*|beschikbaarheid|verfugbarkeit|modalit\w*|conditions?"
                    r"|condiciones|condizioni|condicoes|konditionen|voorwaarden"
                    # "Poderíamos conversar sobre valores?", "parler des tarifs": the fee to agree on, never the talk's subject
                    r"|valores|valor|tarifs?|tarifas?|tariffe|tarieven|honorari\w*|honoraires|fees?|prices?|pricing|precios?|precos?|prezzi"
                    r"|preise?|prijzen|kosten|costs?|costos|custos|remuneration|remuneracion|remuneracao|verguetung|vergutung|budget|orcamento|presupuesto"
                    # "würde mich über Austausch freuen", "blij met een uitwisseling": the talk itself, never its subject
                    r"|(?:einen |den |an |een |un |el |il |o |the )?(?:austausch|exchange|echange|intercambio|scambio|troca|uitwisseling))")


#: An event slot that is the month it is held in, then an event not named ("en marzo unas jornadas", "en mars une journée",
#: "a marzo una giornata", "em março umas jornadas", "im März eine Konferenz", "in maart een congres", "in March a conference")
#: (folded): the month is said by the date slot, and "unas jornadas" names nothing to thank for.
_DATED_INDEFINITE_EVENT = {
    lang: rf"(?:en|in|im|a|em|au|op|no|nel|ad)\s+(?:(?:le|el|il|de|het|the|o)\s+)?(?:mois\s+de\s+|mes\s+de\s+|maand\s+)?(?:{months})\s+"
          rf"(?:unas?|unos|un|une|des|a|an|eine[nmr]?|ein|een|uma?|umas|uns|uno|una|delle|dei|degli)\b"
    for lang, months in _MONTHS.items()}


#: A recruiter's sales word before a job title: "exciting", "amazing", "passionnant de", "spannende", "emocionante de".
_HYPE_BEFORE_TITLE = (r"^(?:(?:an?|the|un|une|una|um|uma|eine?|een)\s+)?(?:(?:very|really|super|truly|tres|muy|molto|sehr|heel|echt)\s+)?"
                      r"(?:exciting|amazing|awesome|fantastic|great|unique|incredible|fabulous|wonderful|thrilling|passionnante?s?|superbes?|magnifiques?"
                      r"|emocionantes?|interesantes?|estupend[oa]s?|fantastic[oa]s?|entusiasmantes?|incredibil[ei]|interessanti?|bellissim[oa]"
                      r"|spannenden?|tollen?|interessanten?|aufregenden?|geweldige|mooie|leuke|uitdagende|prachtige|incr[ií]ve(?:l|is)|empolgantes?)"
                      r"(?:\s+(?:new|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|neue[n]?|nieuwe))?\s+(?:(?:de|d'|of|di|als)\s*)?(?=\S)")


#: A slot's tail that is the sentence's "now" and a separable verb particle ("tips over keyword clustering nu toe", "Tipps zum
#: Keyword-Clustering jetzt um"), never part of what is named.
_NOW_TAIL = r"(?i)\s+(?:nu|now|jetzt|nun|maintenant|ahora|agora|ora|adesso)(?:\s+(?:toe|um|an|aan|op|in|uit|ein|mee|mit))?$"


def tidy_slots(facts: Facts, note: str, lang: str) -> Facts:
    """Slots as a reply repeats them: brand names cased, accents restored, never a clause cut in its middle.

    >>> f = tidy_slots(Facts(lang="nl", topic="over linkedin ads"), "zag je post over linkedin ads", "nl"); f.topic
    'over LinkedIn Ads'
    """
    for slot in ("topic", "event", "title", "domain", "job_title", "project", "helped_piece", "praised_piece"):
        value = getattr(facts, slot, "")
        if isinstance(value, str) and value:
            value = _whole_quote(_cut_glued_sentence(value), note)
            value = cre.sub(_NOW_TAIL, "", value)  # "de tips over keyword clustering | nu (toe)": the time of the verb, not the slot's
            if lang in ("fr", "de"):  # straight quotes as the language prints them: « … », „…“
                value = cre.sub(r'"([^"]+)"', r"« \1 »" if lang == "fr" else r"„\1“", value)
            setattr(facts, slot, value)
    if facts.topic and cre.search(rf"\b{_FACT_HEAD}$", fold(facts.topic)):
        # "sur le fait | que « le SEO n'est pas mort »": the fact is the clause after it, whole or not at all
        at = note.find(facts.topic)
        m = cre.match(r"\s+(?:que|qu'|that|dass|dat|que|che|de que)\s*([«„“\"'‘])", note[at + len(facts.topic):]) if at >= 0 else None
        rest = note[at + len(facts.topic):] if m else ""
        whole = _whole_quote(facts.topic + rest[:m.end()], note) if m else ""
        facts.topic = whole if whole and _open_quote(whole) < 0 else ""
        if lang in ("fr", "de"):
            facts.topic = cre.sub(r'"([^"]+)"', r"« \1 »" if lang == "fr" else r"„\1“", facts.topic)
    facts.topic = _devoted_as_about(facts.topic)
    if facts.topic and cre.fullmatch(_INFINITIVE_TOPIC, fold(facts.topic)):
        facts.topic = ""  # "mal eine stunde gast zu sein?": "zu" before a verb names no topic
    if facts.topic:
        topic = facts.topic
        at = note.find(topic)
        after = note[at + len(topic):] if at >= 0 else ""
        clause = _CLAUSE_WORD.get(lang)
        if clause and cre.search(rf"\s(?:{clause})\s", " " + fold(topic) + " ") and cre.match(r"\s+[\w'’]", after):
            topic = ""  # "a piece about how European consultants | are adapting": a cut clause reads as broken
        subj = _SUBJECT_AFTER.get(lang)
        if topic and subj and lang == "nl" and cre.match(rf"\s+(?:{subj})\b", fold(after)):
            words = topic.split()
            if len(words) > 2 and words[-1].islower() and not cre.search(r"'|ers?$|ing$", words[-1]):
                topic = " ".join(words[:-1])  # "over influencer marketing bij mkb'ers | zoek ik": the verb is not the topic's
        tail = cre.search(_PRAISE_TAIL, fold(topic)) if topic and len(fold(topic)) == len(topic) else None
        if tail and tail.start() > 0:
            topic = topic[:tail.start()] if len(topic[:tail.start()].split()) >= 2 else ""  # "over GA4 | heel nuttig": the praise is not the topic
        facts.topic = _restyle(topic, lang) if topic else ""
        if lang == "de" and _lowercase_german(note):
            facts.topic = _german_nouns(facts.topic)  # "über chatgpt für content": "über ChatGPT für Content", as German writes it
        facts.topic = _with_article(facts.topic, lang)
        # "volg ik uw werk rond SEO en content | met interesse": the manner of following is no part of the topic
        facts.topic = cre.sub(_WITH_INTEREST_TAIL, "", facts.topic).strip()
        via = cre.search(_VIA_CHANNEL_TAIL, facts.topic)
        if via and len(facts.topic[:via.start()].split()) >= 2:
            facts.topic = facts.topic[:via.start()]  # "uw webinar over contentstrategie gevolgd | via Karel de Grote Hogeschool": the channel, not the subject
    if cre.match(_MANNER_NOT_TOPIC, fold(facts.topic)):
        facts.topic = ""  # "des sites sur mesure pour les PME": how the work is made, never what it is about
    if facts.topic and cre.fullmatch(_LOGISTICS_TOPIC, fold(facts.topic)):
        facts.topic = ""  # "Poderíamos conversar sobre datas?": the dates to agree on, never what the talk is about
    if facts.event and cre.match(_DATED_INDEFINITE_EVENT.get(lang[:2], r"(?!)"), fold(facts.event)):
        facts.event = ""  # "organizamos en marzo | unas jornadas": the month and an unnamed event, never "en marzo unas jornadas"
    if facts.topic and facts.proposal and lang in ("de", "nl"):
        # "een gastcollege over social ads te geven", "einen Vortrag über SEO zu halten": the infinitive's particle (and a
        # verb left after it) is no part of the topic; "zu einer Gastvorlesung einladen" names the proposal, not a topic
        facts.topic = cre.sub(_TOPIC_VERB_TAIL, "", facts.topic).strip()
        if cre.search(_TOPIC_IS_PROPOSAL, fold(facts.topic)):
            facts.topic = ""
    for slot in ("event", "title", "domain", "job_title", "project", "helped_piece", "praised_piece"):
        value = getattr(facts, slot, "")
        if isinstance(value, str) and value:
            setattr(facts, slot, _restyle(value, lang) if slot != "project" else value)
    facts.helped_piece = _with_article(facts.helped_piece, lang)  # "mijn post over het LinkedIn-algoritme"
    facts.praised_piece = _with_article(facts.praised_piece, lang)
    if facts.job_title:
        # "an exciting Head of Content role", "un poste passionnant de Head of Content": the recruiter's sales word is never
        # echoed in her thanks; the title is the role's own name
        facts.job_title = cre.sub(_HYPE_BEFORE_TITLE, "", facts.job_title, flags=re.I)
    if facts.event and facts.when:
        # "al Digital Marketing Day Milano il 12 | giugno": the day of the date said after it is no part of the event's name
        facts.event = cre.sub(_EVENT_DAY_TAIL, "", facts.event)
    for slot in ("when", "soon", "period"):
        value = getattr(facts, slot, "")
        if isinstance(value, str) and cre.match(r"[A-ZÀ-Ý][a-zà-ÿ']{0,5}\s+[a-zà-ÿ0-9]", value):
            # "A maggio organizziamo …" read at the sentence's start: "un intervento a maggio", never "A maggio"
            setattr(facts, slot, value[0].lower() + value[1:])
        if isinstance(value, str) and value:
            setattr(facts, slot, _date_accents(getattr(facts, slot), lang))
    return facts


#: Date words a hurried note wrote without their accents, as a reply spells them (whole words, lower case): "a partir
#: d'avril" is "à partir d'avril", "des septembre" "dès septembre", "fevrier" "février", "marco" "março", "otono" "otoño".
_DATE_ACCENTS = {
    "fr": ((r"\ba (?=partir d|compter d|la rentree|la fin|la mi-)", "à "), (r"^des (?=\w)", "dès "), (r"\brentree\b", "rentrée"),
           (r"\bete\b", "été"), (r"\bfevrier\b", "février"), (r"\baout\b", "août"), (r"\bdecembre\b", "décembre"),
           (r"\bderniere\b", "dernière"), (r"\bpassee\b", "passée"), (r"\bannee\b", "année"), (r"\bdebut\b", "début")),
    "es": ((r"\botono\b", "otoño"), (r"\bmanana\b", "mañana"), (r"\bano\b", "año"), (r"\bdias\b", "días")),
    "pt": ((r"\b(?<=de |em )marco\b", "março"), (r"\bverao\b", "verão"), (r"\bmes\b", "mês"), (r"\bha (?=\w+ (?:dias|semanas|meses|anos)\b)", "há ")),
    "it": ((r"\bmeta\b", "metà"),),
}


def _date_accents(value: str, lang: str) -> str:
    """``value`` (a date or period copied from the note) with the accents of ``lang`` it was written without."""
    for wrong, right in _DATE_ACCENTS.get(lang, ()):
        value = cre.sub(wrong, right, value)
    return value


#: What the sender did or went to, told in the past (folded): "I attended your workshop … in March", "j'ai suivi ta formation
#: en mars", "asistí a tu taller en marzo", "ho partecipato al tuo corso a marzo", "fiz o teu curso em março", "habe im März
#: deinen Workshop besucht", "heb in maart je workshop gevolgd": that month is when it was, never a date for what is asked.
_PAST_ATTENDED = (r"\b(?:attended|took|followed|joined|participated|went to|was at|were at|saw|heard|met"
                  r"|(?:ai|jai|avons|as|a) (?:\w+ )?(?:suivi|assiste|participe|vu|entendu|rencontre|fait)"
                  r"|asisti|hice|participe|segui|fui a|estuve en|vi|conoci|(?:ho|abbiamo) (?:\w+ )?(?:fatto|frequentato|partecipato|seguito|visto|conosciut\w)"
                  r"|sono stat\w|frequentei|fiz|participei|assisti|estive|conheci|besucht|teilgenommen|gemacht|belegt|kennengelernt|getroffen|gesehen|gehort"
                  r"|gevolgd|gedaan|deelgenomen|bijgewoond|gezien|ontmoet|leerden)\b")
#: A new clause after the past one: "I attended your workshop and would love one for my team in March".
_NEW_CLAUSE = r"\b(?:and|but|et|mais|und|aber|y|pero|e|ma|mas|en|maar|now|maintenant|jetzt|ahora|ora|agora|nu)\b|[,;:]"


def _told_as_past(folded: str, start: int) -> bool:
    """Whether the date at ``start`` belongs to a clause telling what the sender attended or did (never a date asked for)."""
    clause = cre.split(r"[.!?\n]", folded[:start])[-1]
    past = list(cre.finditer(_PAST_ATTENDED, clause))
    return bool(past) and not cre.search(_NEW_CLAUSE, clause[past[-1].end():])


#: A team's size said right after it (folded): "(notre équipe) de 8 personnes", "of 12 people", "von 10 Leuten", "di 6 persone".
_TEAM_SIZE = (r"\s*(?:de|d'environ|of|von|di|da|van|com|con|met|mit|with)\s+(?:(?:environ|about|around|rund|etwa|unas|unos|circa|cerca de|ongeveer|ca\.?)\s+)?\d{1,3}\s+"
              r"(?:personnes|people|persons|personen|personas|persone|pessoas|leuten|mitarbeiter\w*|collaborateurs|collaborateurs|salaries|employees|colleagues|collegas"
              r"|commerciaux|vendeurs|membres|members|mitglieder|miembros|membri|membros|leden)\s*")


#: A copula or "I work" just before an event phrase (folded): "bin auch im …", "ben ook in …", "I'm also in …": the sender's
#: own field, not a place they met.
_OWN_FIELD_BEFORE = (r"\b(?:bin|ben|sono|soy|estoy|sou|estou|suis|am|i'm|arbeite|werk|work|trabajo|lavoro|trabalho|travaille|zit)"
                     r"(?: (?:auch|ook|also|too|selbst|zelf|ebenfalls|aussi|tambien|anche|tambem|selber))*\s+$")


def _extract(note: str, lang: str, intent: str = "") -> Facts:
    """The slots of a note, for a reply written in ``lang`` (the note's language).

    >>> f = extract("Bonjour Camille, nous nous sommes rencontrés au salon E-Marketing Paris la semaine dernière.", "fr", "met_before")
    >>> f.event, f.when
    ('au salon E-Marketing Paris', 'la semaine dernière')
    >>> f = extract("Hi Camille, Priya Raman from Northgate Partners suggested I get in touch about SEO training.", "en", "referral")
    >>> f.referrer
    'Priya Raman'
    >>> f = extract("Hola, estoy buscando prácticas en marketing digital a partir de marzo. ¿Aceptas becarios?", "es", "job_seeking")
    >>> f.role, f.domain, f.period, f.ask
    ('internship', 'en marketing digital', 'a partir de marzo', 'interns')
    """
    facts = Facts(lang=lang)
    text = unicodedata.normalize("NFC", note or "")
    if lang not in LANGUAGES or not text.strip():
        return facts
    # Slots come from the core: never from the greeting ("Bonjour Madame Laurent") or the signature.
    start, core_end = core_span(text)
    original = text[:core_end]
    folded = fold(original)
    if start:  # blanks keep every position: spans of ``folded`` are spans of ``original``
        original = " " * start + original[start:]
        folded = " " * start + folded[start:]

    facts.when = _with_month_also(_when(original, folded, lang), original, folded, lang)
    for q in cre.finditer(r"[«“\"„]([^«»“”\"„]{2,60})[»”\"“]|(?:(?<=\s)|^)['‘]([^'‘’]{2,60})['’](?=[^\w]|$)", original):
        if facts.when and fold(facts.when) in fold(q.group(1) or q.group(2)):
            facts.when = ""  # "'Marketing Maandag'", "« Les Mardis du Web »": a name, not a day
    if facts.when:
        at = folded.find(fold(facts.when))
        if at >= 0:
            start, end = sentence_span(folded, at)
            if cre.search(_MOVE_SOON, folded[start:end]):
                facts.when = ""  # "je m'installe à Lyon en septembre": the move's date, never when they met or talked
    facts.org = _together(original, folded, lang)
    facts.together = bool(facts.org)
    if not facts.org:
        facts.event = _at_not_from(_without_setting(_event(original, folded, lang)), lang)
    if facts.event and _first(_OWN_FIELD_BEFORE, folded[max(0, folded.find(fold(facts.event)) - 30):max(0, folded.find(fold(facts.event)))]):
        facts.event = ""  # "Bin auch im Performance Marketing unterwegs", "ben ook in de SEO": the sender's field, never a meeting
    for slot in ("event", "org"):
        said = getattr(facts, slot)
        if facts.when and said and cre.search(rf"(?<!\w){re.escape(fold(facts.when))}(?!\w)", fold(said)):
            # "in Utrecht vorige week": the date word once, never "vorige week in Utrecht vorige week"
            cut = cre.sub(rf"[\s,]*{re.escape(facts.when)}\s*$", "", said, flags=re.I).strip()
            if cut and cut != said and len(cut.split()) >= 2:
                setattr(facts, slot, cut)
            else:
                facts.when = ""
    if facts.event:
        facts.event = _own_event(facts.event, lang)
    facts.work, facts.title, facts.topic = _work(original, folded, lang)
    if facts.work in _OFFERED_MEDIA and not _first(_ATTENDED_VERB, folded):
        piece = _first(rf"\b(?:{_MEDIA[facts.work]})s?\b", folded)
        asked = [q for q in cre.finditer(r"(?<![^.!?\n¿])[^.!?\n¿]*\?", folded) if piece and q.start() <= piece.start() < q.end()]
        if asked and piece and not _first(_THANKS_BEFORE, _no_again(folded[max(0, piece.start() - 56):piece.start()])):
            # "os seus cursos de formação têm certificado?": a question on what she offers, never "glad you attended my training";
            # "Dank je wel voor de workshop 😊 Deel je de slides nog?" (thanked for it before the question) stays attended
            facts.work = facts.title = facts.topic = ""
    if facts.work in _OFFERED_MEDIA and not _first(_ATTENDED_VERB, folded) and _first(_SEEN_ON_NETWORK, folded):
        facts.work = facts.title = facts.topic = ""  # "vi a sua formação de SEO no Instagram": seen advertised, never attended
    if facts.work == "book" and _first(_DOWNLOAD_BROKEN, folded):
        facts.work = facts.title = facts.topic = ""  # "uw e-book gedownload maar de link werkt niet meer": not read yet, never thanked as read
    if facts.work and facts.event and cre.fullmatch(rf"(?:[\w']+\s+){{0,2}}(?:{_MEDIA[facts.work]})s?", fold(facts.event)) \
            and not cre.search(r"\b(?:my|mon|ma|mes|mi|mis|mio|mia|meu|minha|mein\w*|mijn|your|ton|ta|tes|votre|vos|tu|tus|tuo|tua|seu|sua|teu|dein\w*|ihr\w*|jouw|uw|je|su)\b", fold(facts.event)):
        facts.event = ""  # "del taller", "tijdens de workshop": the piece itself, never "mi taller del taller"
    if facts.work and _first(rf"{_SAME_WORD}\s+(?:{_MEDIA[facts.work]})\b", folded):
        facts.work = facts.title = facts.topic = ""  # "we were on the same panel": shared with her, never "your kind words on the panel"
    facts.referrer = _referrer(original, folded, lang)
    titled = cre.search(_IT_TITLE_BEFORE.format(name=re.escape(facts.referrer)), original) \
        if lang == "it" and facts.referrer and " " not in facts.referrer else None
    if titled:
        key = cre.sub(r"[.\s]", "", titled.group(1).lower())
        facts.referrer = f"{_IT_TITLE_SHORT.get(key, key[:-3] + '.ssa')} {facts.referrer}"  # "prof.ssa Bianchi"
    # "via mijn collega Pieter kwam ik bij uw profiel": his colleague, who sent him on but is no mutual contact to thank
    facts.own_colleague = bool(facts.referrer) and _own_colleague(original, folded, facts.referrer)
    facts.promised = _promised(folded)
    facts.followup = _followup(original, folded, lang) or _talked_of(original, folded, lang)
    facts.mutual = bool(_first(_MUTUAL, folded))
    unreferred = folded  # the note without the referrer's own clause: what the sender asks, not what the referrer did
    if facts.referrer:
        # "Pablo, que hizo tu curso", "a Mariana Costa (sua aluna no curso de SEO)": the referrer's course, event and date stay theirs
        at = original.find(facts.referrer)
        clause = cre.match(r"\s*(?:\([^)]{1,80}\)|,\s*(?:who|qui|die|der|dat|que|che|la quale|il quale)\b[^,.;!?]{1,90})", original[at + len(facts.referrer):]) if at >= 0 else None
        if clause:
            span = fold(clause.group(0))
            c0 = at + len(facts.referrer) + clause.start()
            if len(folded) == len(original):
                unreferred = folded[:c0] + " " * (clause.end() - clause.start()) + folded[c0 + clause.end() - clause.start():]
            if facts.work and _first(rf"\b(?:{_MEDIA[facts.work]})s?\b", span):
                facts.work = facts.title = facts.topic = ""
            for key in ("event", "when", "org"):
                value = getattr(facts, key)
                if value and fold(value) in span:
                    setattr(facts, key, "")
    facts.role, facts.domain, facts.period = _role(original, folded, lang)
    if not facts.period:
        # "(feb-juni)", "März–August", "volgend semester": dates given all the same
        mon = r"(?:jan|feb|fev|mar|mrt|maa|apr|abr|avr|mai|may|mei|mag|jun|jui|giu|jul|lug|aug|ago|aou|sep|set|oct|okt|ott|out|nov|dec|dez|dic)[a-z]*\.?"
        pm = _first(rf"\b{mon}\s?(?:-|–|to|a|à|bis|al|ate|tot|au)\s?{mon}(?=\W|$)|\b(?:volgend|komend|next|prochain|nachstes|proximo|prossimo) (?:semester|semestre)\b"
                    r"|\b(?:semestre|semester) (?:prochain|prossimo|proximo|que viene)\b", folded)
        if pm:
            facts.period = _month_range(original[pm.start():pm.end()], lang)
    if facts.role in ("internship", "first_job") and _first(rf"\b(?:{_ROLES['internship']})\b", folded) \
            and _first(rf"\b(?:{_ROLES['first_job']})\b", folded):
        facts.role = "internship_or_first"  # "een stage of eerste baan"
    facts.job_title, facts.company, facts.place, facts.salary = _recruiting(original, folded, lang)
    # "un(e) Consultant(e) SEO senior": the inclusive ending of a job ad is never copied into her reply
    facts.job_title = cre.sub(_INCLUSIVE_END, "", facts.job_title)
    # "eine Position als Senior SEO Manager": the title, never "zur Stelle als Position als …"
    facts.job_title = cre.sub(_ROLE_WORD_LEAD, "", facts.job_title)
    hunter = _first(_RECRUITER, folded)
    if facts.company and hunter and fold(facts.company) in folded[hunter.start():hunter.end() + 40]:
        facts.company = ""  # "sono head hunter presso Selecta Partners … per un brand di cosmetica": her firm, not the employer
    facts.remote = bool(_first(_REMOTE, folded))
    facts.hiring = bool(_first(_HIRING, folded))
    hm = _first(_HIRING, folded)
    if hm and (_first(_OWN_JOB, folded[max(0, hm.start() - 30):hm.end()]) or _first(_OWN_JOB, folded[max(0, hm.start() - 40):hm.start()])
               or _first(_OPENING_HEARD, folded[max(0, hm.start() - 40):hm.start()])):
        # ("se senti di qualche posizione aperta … segnalarmela": an opening to hear of, for the sender's own search)
        facts.hiring = False  # "tô procurando minha primeira vaga": the sender's own job search, not an opening to fill
    ea = _first(_EMPLOYERS_ASKED, folded[max(0, hm.start() - 40):hm.start()]) if hm else None
    if hm and ea and not _first(_WE_ARE_ONE, folded[max(0, hm.start() - 40):max(0, hm.start() - 40) + ea.start()]):
        # ("wij zijn een bureau … en zoeken freelancers": the sender's own agency hires)
        facts.hiring = False  # "do you know agencies in Lyon hiring juniors?": employers asked about, no opening of the sender's
    facts.cv = bool(_first(_CV, folded))
    facts.portfolio = bool(_first(_PORTFOLIO, folded))
    facts.offers = bool(_first(_SERVICES[lang], folded)) \
        or bool(_first(_FREELANCER_SELF[lang], folded) and _first(_FREELANCER_OFFER[lang], folded)) \
        or bool(_first(_WORK_WITH_FREELANCERS, folded))  # "soy redactor freelance, si necesitas…", "¿colaboras con freelances?"
    facts.pitch = bool(_first(_PITCH, folded)) or bool(_first(_OUR_PRODUCT, folded) and _first(_DEMO, folded)) \
        or bool(_first(PRICED_OFFER, folded)) or bool(_first(_PLANS_FROM, folded)) or bool(_first(_WE_SUPPLY, folded) and _first(_FOR_AGENCIES, folded)) \
        or bool(_first(_QUOTE_OFFERED, folded)) or _goods_offered(folded) or _results_sold(folded)
    if not facts.pitch and _first(_HELPS_HER_CLIENTS, folded) and _first(_SENDER_TOOL, folded):
        facts.pitch = True  # "trabalho com uma plataforma de automação … poderia ajudar seus clientes": a vendor, never a client lead
    if not facts.pitch and _first(_DEMO_TO_OWNER, folded) and _first(_SENDER_TOOL, folded):
        facts.pitch = True  # "trabalho com uma ferramenta de automação … Posso te mostrar uma demo?": a seller, never a client's call
    if not (facts.pitch or facts.offers or facts.client or facts.hiring) and _first(_FREE_TALK_OFFERED, folded) and not _first(_FIELD_WORDS, folded):
        facts.pitch = True  # "ich bin Finanzberater … Interesse an einem unverbindlichen Gespräch?": a seller, never "Sehr gern!"
    if not (facts.pitch or facts.client or facts.hiring) and _first(_COACH_SELF, folded) and _first(_SESSION_OFFERED, folded):
        facts.pitch = True  # "je suis coach … je propose des séances", "a free session?": a seller, never "not the right person to advise you"
    if not (facts.pitch or facts.offers or facts.client or facts.hiring) and _first(_MONEY_TRADE_SELF, folded) \
            and (_first(_OF_USE_TO_YOU, folded) or _first(_OURS_PRESENTED, folded)):
        # "wir sind ein Versicherungsmakler und möchten Ihnen unsere … vorstellen": a seller, never "outside my field"
        facts.pitch = True  # "ich bin Steuerberater … Vielleicht ist das für Sie interessant?": a seller, never "not the right person to advise you"
    if not (facts.pitch or facts.client or facts.hiring) and _first(_FREE_LICENCE, folded) and not _trial_of_hers(folded):
        facts.pitch = True  # "vorremmo proporti una licenza gratuita … in cambio di una recensione": a vendor, never a reader's question
    sub = _first(_SUBCONTRACT, folded)
    if not facts.proposal and sub and _first(_SUBCONTRACT_WANTED, folded) and not (facts.offers or _first(_SUBCONTRACT_SOLD, folded)) \
            and (not facts.pitch or _first(r"\b(?:looking for|seeking|cherch\w*|recherch\w*|busca\w*|cerc\w*|procura\w*|such\w*|zoek\w*)\b",
                                           folded[max(0, sub.start() - 60):sub.start()])):
        # ("somos una agencia … buscamos consultores SEO en marca blanca": an agency's hello, then the work it seeks)
        # "looking for white-label SEO partners … subcontracting work for us?", "on cherche des consultants en sous-traitance":
        # work she would do for an agency, a partnership (never "happy to help with your SEO"); an agency that SELLS
        # white-label work to consultants stays a pitch
        facts.proposal = "partnership"
    if not (facts.pitch or facts.client or facts.hiring or facts.proposal) and _first(_PRICED_WORK_SOLD, folded) \
            and _first(_INTEREST_ASKED, folded):
        facts.pitch = facts.sells = True  # "we do cheap website design, $299 per site. interested?": a seller, never a budget to advise on
    if _first(_FREE_TRIAL, folded) and not facts.pitch and not _trial_of_hers(folded):
        # a free trial of THEIR product offered to her ("¿te paso un acceso de prueba gratuito?", "ti mando un accesso di
        # prova", "einen kostenlosen Testzugang"): a pitch, declined politely, never a question to answer
        facts.pitch = True
    _situations(original, folded, facts)
    if facts.alumni and facts.event and _first(_ALUMNI_EVENT, folded):
        facts.alumni = False  # "wir sind uns beim Alumni-Treffen der ESSEC begegnet": the event they met at, never her school claimed
    if facts.alumni:
        facts.referrer = ""  # "thanks to Imperial for connecting us": a network is not a person
    if facts.former:
        facts.role = facts.domain = facts.period = ""  # "j'ai été votre stagiaire en 2018" is a hello
    swap = bool(_first(_GUEST_SWAP, folded)) and not _first(_LINK_NAMED, folded)
    facts.links = not swap and bool(_first(_LINKS, folded))
    if facts.links:
        facts.pitch = True  # "un échange de liens, DA 45": an SEO pitch, declined politely, never a question to answer
    # "agencies that hire English speakers", "cerco madrelingua": speakers of a language, never a speaker invitation
    unspoken = cre.sub(r"\b(?:native|fluent|english|french|german|spanish|italian|portuguese|dutch|arabic|chinese|bilingual|multilingual)[- ]speak(?:ers?|ing)\b\s?"
                      r"|\b(?:anglophones?|francophones?|hispanophones?|lusophones?|germanophones?)\b\s?", "", folded)  # "a French-speaking partner": a partner
    # "you gave a great talk on local SEO", "I saw your talk", "tu as donné une super conférence": a talk the sender
    # heard, never one offered to her
    unspoken = cre.sub(_TALK_HEARD, " ", unspoken)
    unspoken = _without_training_bought(unspoken)  # "subcontratar formación en SEO para el equipo": her training bought, no partnership
    # "bedankt voor de inspirerende gastles bij ons", "thanks for the guest lecture you gave us": one she gave, thanked for
    unspoken = cre.sub(_TALK_THANKED, " ", unspoken)
    unspoken = cre.sub(_SPONSORED_ADS, " ", unspoken)  # "pagare le sponsorizzate": ads bought, never a sponsor
    unspoken = cre.sub(_SPEAKERS_GATHERING, " ", unspoken)  # "we met at the speakers' dinner": where they met, never a talk
    unspoken = cre.sub(_PAST_COLLAB, " ", unspoken)
    unspoken = cre.sub(_JURY_SHARED, " ", unspoken)  # "wij zaten samen in de jury": a memory, never a jury seat offered
    if _first(_PROVIDER_SOUGHT, folded):
        # "een externe partner voor onze contentstrategie": a client's lead, never a partnership nor a job offered to her
        unspoken, facts.job_title = cre.sub(_PROVIDER_SOUGHT, " ", unspoken), ""
    unspoken = cre.sub(STAFF_ASKED, " ", unspoken)  # "cerchi collaboratori?": whether she hires, never a proposal  # "con cui ha collaborato": the referrer's past work, never a proposal
    if swap:
        facts.proposal = "swap"  # "I write a guest post for your blog and you one for mine": a guest-article swap, never a show
    for kind, rx in _PROPOSALS.items():
        if facts.links or swap:
            break
        if _first(rx, unspoken):
            facts.proposal = kind
            break
    if facts.proposal == "partnership" and _first(PRICED_OFFER, folded):
        # "White-Label-Linkbuilding, Preise ab 49 € pro Link. Interesse an einer Partnerschaft?": a seller's price list
        # called a partnership is still their services sold to her, declined politely, never "klingt spannend" and a call
        facts.proposal, facts.sells = "", True
    if facts.proposal == "partnership" and (facts.pitch or _first(_WE_ARE_AGENCY, folded)) and not facts.mutual and _white_label_sold(folded):
        # "somos uma agência de tráfego pago … fazemos parceria white label com consultores. Bora marcar um call?": their
        # white-label service sold to her kind, declined politely, never "tenho interesse!" and a call booked
        facts.proposal, facts.sells = "", True
    if not facts.proposal and not facts.sells and _white_label_sold(folded) and _first(_OFFERS_OWN, folded):
        # "ich biete Social-Media-Betreuung für Agenturen als White-Label an. Vielleicht kannst du Unterstützung gebrauchen?":
        # their white-label work offered to her, a seller declined politely, never a question about agencies to answer
        facts.pitch = facts.sells = True
    if _first(_PARTNER_PROGRAMME, folded) and not (facts.links or _first(PRICED_OFFER, folded)):
        # "wir würden dich gern in unser Agentur-Partnerprogramm aufnehmen", "ons affiliate programma voor consultants": the
        # vendor's programme offered to her, a partnership (tell me more), never a seller to brush off nor a job to decline
        facts.proposal, facts.pitch, facts.sells = "partnership", False, False
    if not facts.proposal and not (facts.links or facts.pitch) and _first(_TRAINER_NETWORK, folded):
        # "wir bauen ein Netzwerk von Marketing-Trainern auf … Wir suchen Trainer:innen für SEO": a platform's partnership
        # (trainings sold to its clients), never a client asking for her offer
        facts.proposal = "partnership"
    if not facts.proposal and not (facts.links or facts.pitch) and _first(_CO_TRAINERS, folded):
        facts.proposal = "course"  # "ich baue einen Kurs auf und suche Co-Trainerinnen": a partnership offered, never a client
    if not facts.proposal and facts.mutual and not facts.links:
        facts.proposal = "partnership"  # "ça te dirait qu'on se renvoie des clients ?": a peer's partnership, never a pitch
    if facts.proposal in ("", "speaker", "partnership") and not facts.links and _first(_JOINT_SESSION, unspoken):
        # "vlt. mal gemeinsam ein Webinar machen", "do a joint webinar", "faire un webinar ensemble": a co-creation idea
        facts.proposal, facts.joint = "partnership", True
    if not facts.proposal and not facts.links and (_first(_CLASS_TALK, unspoken) or _first(_CLASS_SESSION, unspoken) or _first(_TEACH_HOURS, unspoken)
                                                   or _first(_PROGRAMME_STUDENTS, unspoken) and _first(_SELF_TEACHES, folded)):
        facts.proposal = "speaker"  # "venir présenter votre métier à nos étudiants de BTS": a teacher's invitation to speak
    if not facts.proposal and not facts.links and _first(_GIVE_SESSION, unspoken) and not _first(_TEAM, cre.sub(_TEAMS_TOOL, " ", folded)):
        # "would you give a guest lecture?", "zou je een workshop willen geven?": an invitation to speak (a workshop for a team is a client's)
        facts.proposal = "speaker"
    if not facts.proposal and not facts.links and _first(_SPEAKER_WANTED, folded) and _first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) \
            and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "für unseren Marketing-Kongress suchen wir noch eine Referentin zum Thema SEO": an invitation to speak
    if not facts.proposal and not facts.links and _trainer_for_event(folded, lang):
        facts.proposal = "speaker"  # "wij zoeken voor ons MKB-netwerk een trainer voor een workshop SEO": a workshop to run at their event
    if not facts.proposal and not facts.links and _first(_SPEAK_AT, unspoken) \
            and (_first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) or _first(_INVITED, folded)) and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "we'd love to have you speak for 25 min at our conference": an invitation to speak
    if not facts.proposal and not facts.links and _first(_TALK_REQUESTED, unspoken) \
            and _first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "vous solliciter pour une intervention … lors de notre journée des entrepreneurs le 14 mai"
    if not facts.proposal and not facts.links and _first(_TALK_OFFERED, unspoken) and _first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) \
            and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "Would you be up for a 20-min talk?", "Hättest du Lust auf einen Vortrag?": a talk at their event
    if not facts.proposal and not facts.links and _first(_RUNS_EVENT, unspoken) and _first(_SPEAKING_ASKED, unspoken) \
            and _first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "I'm organising a panel … in June. Would you be open to speaking?": their coming event, never a meeting recalled
    if not facts.proposal and not facts.links and _first(_RUNS_EVENT, unspoken) and _first(_SESSION_TO_RUN, folded) \
            and _first(rf"\b(?:{_EVENT_NOUNS.get(lang, _EVENT_NOUNS['en'])})\b", folded) and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "ich organisiere das Barcamp … eine Session zu SEO für Shops zu halten?": a session at their event
    if not facts.proposal and not facts.links and (_first(_SPEAKER_ASKED, folded) or _first(_PANEL_ASKED, unspoken)) and not _first(_JOB_WORDS, folded):
        facts.proposal = "speaker"  # "estamos a montar o painel de marketing. Gostaria de ser oradora?": an invitation to speak
    if not facts.proposal and not facts.links and not facts.salary and _first(_GUEST_TEACHERS_SOUGHT, folded):
        # "wir suchen für unser Sommersemester Gastdozenten", "estamos buscando professores convidados para um módulo": teaching
        # a session in their programme is an invitation to speak, never a post declined ("not looking for a salaried role")
        if _first(_SERVICE_KIND[0][1], folded):
            facts.client, facts.service = True, "module"  # "para um módulo de marketing digital": a module to teach, as a service
        else:
            facts.proposal = "speaker"
        facts.job_title, facts.job_offered, facts.hiring = "", False, False
    if not facts.links and _first(_CFP, folded) and facts.proposal in ("", "speaker"):
        # "submit a talk to BrightonSEO before the CFP closes on 1 March": a call to answer, with its deadline
        facts.proposal = "speaker"
        facts.cfp = " "
        dl = _first(rf"\b(?:clos\w*|deadline|ferme\w*|fin\w*|cloture\w*|schliesst|endet|lauft|laeuft|frist|cierra\w*|termina\w*|plazo|chiude|scade\w*|scadenza|sluit\w*|loopt|fecha\w*|encerra\w*|prazo"
                    rf"|until|before|by|avant|jusqu'au|bis|vor|hasta|antes|fino|entro|tot|voor|ate)\b[^.!?\n]{{0,25}}?"
                    rf"(?P<d>\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s?(?:de\s)?(?:{_MONTH_ANY}|{_MONTHS['en']}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
                    rf"|(?:{_MONTHS['en']}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{{1,2}}(?:st|nd|rd|th)?\b)", folded)
        if dl:
            facts.cfp = original[dl.start("d"):dl.end("d")].strip().rstrip(".")
    if facts.proposal in ("speaker", "guest"):
        given = _first(_GIVE_SESSION, folded)
        for key, rx in _KINDS:
            if key == "module" and facts.proposal == "speaker" and _first(_GUEST_SESSION, folded) and not _first(MODULE_LENGTH, folded):
                facts.kind = "lecture"
                break  # "I teach a module … invite you as a guest lecturer (90 min)": one session in their module, never "a module"
            if facts.proposal == "speaker" and _first(rf"\b(?:{rx})\b", folded if key == "module" else given.group(0) if given else folded):
                facts.kind = key
                break
        facts.attendees = bool(_first(_ATTENDEES, folded) or _first(_PROGRAMME, folded) or _first(_AUDIENCE_FOR, folded) or _first(_AUDIENCE_TRADE, folded)
                               or _first(_DEGREE_CLASS, folded))
    if facts.proposal:
        facts.project = _project(original, folded, lang)
    if facts.proposal == "speaker":
        facts.minutes = ""  # "20 Minuten dazu zu sprechen", "speak for 20 minutes": the talk's length, never a call's
        facts.stage, facts.stage_art = _stage(original, folded, lang)
        facts.avail_q = bool(_first(_AVAIL_Q, folded))
        if _first(r"\b(?:seminari[oa]s?|seminaires?|seminars?|matinee|masterclass|\d+[\s-]?min\w*|\d+[\s-]?(?:h|hours?|heures?|stunden?|std|horas?|ore|uur)|(?:een|an|one|une|eine|una|un'|uma) (?:uur|hour|heure|stunde|hora|ora))\b", folded):
            facts.fmt = True  # "un seminario", "(30 min)": the format is given
        if facts.kind and _first(r"\b(?:online|en ligne|a distance|remote|virtual\w*|a distancia|a distanza|on-?line|magistral|magistrale|in presenza|presencial|vor ort|op locatie)\b", folded):
            facts.fmt = True  # "una clase magistral online": the format is given, never asked again
        facts.length = bool(_first(r"\b(?:\d+\s?(?:-\s?)?(?:min\w*|h|hours?|heures?|stunden?|std|horas?|ore|uur|jours?|days?|tage?n?|dias?|giorni|dagen?|semaines?|weeks?|wochen?)"
                                   r"|(?:een|an|one|une|eine|una|un'|uma|half an?|une demi|eine halbe|media|mezza|meia|een half) (?:uur|hour|heure|stunde|hora|ora|day|journee|tag|jornada|giornata|dag)"
                                   # "a half-day workshop", "une demi-journée", "halbtägig", "een dagdeel": a length in words
                                   r"|half[- ]days?|full[- ]days?|one[- ]day|two[- ]day|demi-?journees?|journee (?:complete|entiere)|halbtag\w*|halbtagig\w*|ganztag\w*|ganztagig\w*|halbe[nr]? tag"
                                   r"|medio dia|media jornada|jornada completa|mezza giornata|mezze giornate|giornata intera|meio dia|meia jornada|dia inteiro|halve dag|hele dag|dagdel\w*)\b", folded))

    # "recrutez-vous des collaborateurs ?": whether she hires (answered apart), never an internship asked of her
    asks = _asks(original, cre.sub(STAFF_ASKED, lambda m: " " * len(m.group(0)), unreferred), lang)
    facts.asks = asks
    facts.survey = bool(_first(_SURVEY_ASKED, folded))
    facts.question = _question(text, lang)
    if not facts.question and _first(_INDIRECT, folded):
        facts.question = " "  # an indirect question ("je me demandais si…"): asked, without a question mark
    if not facts.question and _last_question(text):
        facts.question = " "  # a question too long to quote is still asked
    facts.ask = _main_ask(facts, asks, intent, folded)
    facts.question = facts.question.strip()
    #: a question about doing something together ("¿podemos seguir hablando?"), answered with a yes.
    facts.shall_we = bool(_first(r"\b(?:podemos|can we|could we|shall we|on peut|pouvons-nous|pourrait-on|konnen wir|wollen wir|sollen wir"
                                 r"|possiamo|potremmo|kunnen we|zullen we|vamos|bora|on se)\b", cre.sub(_CONNECT_US, " ", cre.sub(_KEEP_IN_TOUCH, " ", cre.sub(_WE_ARE_GOING, " ", folded)))))
    # ("Bora conectar?" too short for a quoted question, still the last one: the same connection question)
    asked_q = facts.question or (_last_question(text) if facts.ask == "question" else "")
    if asked_q and cre.search(_CONNECT_US, fold(asked_q)) and not cre.search(_CONNECT_MEET, folded) \
            and not cre.search(r"\?", cre.sub(_CONNECT_US + r"\s*\?", " ", fold(asked_q))):
        # "possiamo collegarci?", "¿conectamos?", "kunnen we connecten?": the LinkedIn connection itself, already accepted,
        # never a call to schedule nor a question to answer
        facts.question = ""
        if facts.ask == "question":
            facts.ask = ""
    for a in asks:
        if a.startswith("resource:"):
            facts.wanted = a.split(":", 1)[1]
    _wants(original, folded, lang, facts)
    # "your tips helped me launch my brand, thank you!" (the thanks may close the note, past its core)
    launched = cre.search(_LAUNCHED, original) if _first(_THANKS_ONLY_SAID, fold(text)) and "?" not in text else None
    if launched and not facts.landed:
        mine, thing = next((launched.group(i), launched.group(i + 1)) for i in (1, 3, 5) if launched.group(i))
        facts.launched = (mine.lower(), thing.strip())
        facts.helped, facts.helped_piece = False, ""  # the launch is what the reply congratulates, never "glad it helped your …"
    facts.exchange = bool(_first(_EXCHANGE, cre.sub(_LIKED_TALK, " ", folded))) or _swaps_experience(original, folded)  # "fand den Austausch spannend": had, not asked
    facts.struggle = bool(_first(_STRUGGLE, folded))
    facts.career = _weighs_two(original, folded) and bool(_first(_FIELD_WORDS, folded)) and bool(_first(_CAREER_CTX, folded)) and not (facts.cv or facts.candidate or facts.hiring
                                                                                               or facts.client or facts.proposal or facts.offers)
    if facts.struggle and not facts.ask and not (facts.proposal or facts.offers or facts.client or facts.pitch or facts.hiring or facts.role):
        # "hab deinen Post gesehen … kämpf grad mit meinen Ads": a hand offered, never "what should I write next?"
        facts.ask, facts.situation = "advice", True
    if facts.exchange and facts.client and not facts.service and not _first(_CLIENT_NEED, folded) \
            and not _first(r"\b(?:accompagn\w*|support|unterstutz\w*|apoyo|supporto|apoio|ondersteun\w*|beratung|consult\w*|help|hilfe|ayuda|aiuto|ajuda|hulp|aide"
                           r"|\w*launch\w*|lancement|lanzamiento|lancio|lancamento|lancering|refonte|rediseno|restyling|redesign|planen|planons|planning|planeamos|pianifichiamo"
                           r"|\w*shops?|\w*shops)\b", folded):
        facts.client = facts.price = False  # (a launch, a shop, a need named: still a client)  # "Marketingleiterin … freue mich auf den Austausch": a peer's exchange, not a purchase
    if facts.price and _first(HOW_YOU_PRICE, folded) \
            and (_first(NEW_FREELANCER, folded) or lang in _FREELANCER_SELF and _first(_FREELANCER_SELF[lang], folded)
                 and not _first(_SEEKING_FREELANCE, folded)):
        # "acabo de empezar como community manager freelance … ¿Cómo fijas tú tus tarifas?": how she prices her own work,
        # advice for a new freelancer, never a quote nor a call about "your project" (135 A, es note-5)
        facts.client = facts.price = facts.freelance_role = False
        facts.ask = "advice"
    if facts.exchange and facts.event and facts.event == facts.place and not (facts.met or facts.when):
        facts.event = ""  # "je suis freelance en SEO à Nantes … qu'on échange ?": where the sender works, not where they met
    if facts.exchange and facts.ask in ("", "question") and not (facts.proposal or facts.client or facts.offers or facts.cv
                                                                 or facts.qkind in ("send", "share", "choice", "budget")) \
            and not (lang in ("de", "nl") and _first(_EXCHANGE_WISH, folded) and "?" not in original and not facts.ask
                     and not (_first(_READS_HER, folded) and not _first(_helped_rx(), folded))
                     and not _first(r"\b(?:telefon\w*|anruf|call|appel|kaffee|cafe|koffie|caffe|zoom|teams|visio|bellen|gesprek|gesprach|llamada|chiamata|ligacao)\b", folded)):
        # "Freue mich auf den Austausch!" with nothing asked: a warm sign-off; the thanks answers it, never a 20-minute call
        # (a reader of her posts keeps the call as an opening, unless the piece helped them: then the thanks for that is the
        # answer, never "Gern, lass uns telefonieren" to a call nobody asked for)
        facts.ask = "call"  # "ça te dirait qu'on échange nos retours d'expérience ?": yes, a call, never "what should I write next"
    if facts.proposal and not facts.soon:
        # "(14.–15. Oktober)", "9-10 October", "le 14 mai", "el próximo semestre": dates given, never to be asked again
        dm = _first(rf"\b\d{{1,2}}\.?\s?(?:-|–|/|&|to|au|al|bis|a|e|en|and|et|y|und)?\s?(?:\d{{1,2}}\.?\s)?(?:de\s)?(?:(?:{_MONTH_ANY})\b|(?:{_MONTH_SHORT})\b\.?)(?:\s?(?:de\s)?\d{{4}}\b)?"
                    rf"|(?<=\()(?:{_MONTH_ANY})\s(?:de\s)?\d{{4}}\b|\b(?:in|en|em|im|a|op|nel|in het)\s(?:{_MONTH_ANY})\s(?:de\s)?\d{{4}}\b"
                    r"|\ba la rentree(?: prochaine| de septembre)?\b"  # "donner quelques cours à la rentrée": the term given
                    r"|\b(?:(?:in het|nel|no|im|au|el|le|il|the|das|het|o) )?(?:next|prochain|proximo|prossimo|nachste\w*|volgend|komend) (?:semester|semestre)\b|\b(?:(?:le|au|el|al|il|nel|o|no|the|das|im|het) )?(?:semestre|semester) (?:prochain|prossimo|proximo|que viene)\b"
                    rf"|\b(?:{_MONTHS['en']}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{{1,2}}(?:st|nd|rd|th)?(?:\s?(?:-|–|/|to|and|&)\s?\d{{1,2}}(?:st|nd|rd|th)?)?\b", folded)
        if dm:
            facts.soon = original[dm.start():dm.end()]
            if lang == "en" and cre.match(r"[a-z]", folded[dm.start():dm.start() + 1]) and not cre.match(r"(?:the|next)\b", folded[dm.start():]):
                facts.soon = "on " + facts.soon  # "Oct 9-10": "as a speaker … on Oct 9-10"
        elif (sm := _first(_SEASON_GIVEN, folded)) and len(folded) == len(original):
            facts.soon = original[sm.start():sm.end()]  # "een workshop SEO in het najaar": the season given, never asked again
    if not facts.topic and not facts.work:
        facts.topic = _ask_topic(original, folded, lang)  # a work's topic is the work's own ("die Tipps zu Meta Ads" is not the newsletter's)
    if not facts.topic and facts.proposal:
        t = cre.search(r"(?i)\b(?:sur le th[eè]me|sur le sujet|on the topic of|zum thema|sobre el tema|sul tema|sobre o tema|over het thema)\s*[«“\"„']\s*([^»”\"“']{2,50}?)\s*[»”\"“']", original)
        if t:
            facts.topic = original[t.start():t.end()]  # "sur le thème « SEO et IA »", as written
        else:
            t = cre.search(r"(?i)\b(?:mesa|panel|table ronde|tavola rotonda|mesa redonda|painel|podium|panelgesprek)\s+(de|sobre|sur|on|about|su|sul|sulla|zu|zum|zur|over)\s+([^\W\d_][\w'’ -]{2,40}?)(?<!\bet)(?<!\band)(?<!\bund)(?<!\by)(?<!\be)(?<!\bou)(?<!\bor)(?=[.,;:!?)]|\s*\(|\s(?:en|in|a|à|em|op|im|am|el|le|la|il)\s(?!(?:redes|r[ée]seaux|social|sociale|sozialen|rede|les r[ée]seaux|buscadores|google|meta|instagram|tiktok|linkedin|facebook|youtube|marketing|seo|e-?commerce|digital)\b)|$)", original)
            # "la mesa de publicidad en redes sociales": the channel belongs to the topic, a place ("en Sevilla") does not;
            # "num painel sobre formação em marketing digital": nor does the field a training is in
            # "sur l'IA et le SEO": an article after "and" goes on with the topic, never cut at "sur l'IA et"
            if t and t.group(1).lower() != "de":
                facts.topic = f"{t.group(1)} {t.group(2)}"
            elif t:
                facts.topic = {"es": "sobre ", "pt": "sobre ", "fr": "sur "}.get(lang, "") + t.group(2) if lang in ("es", "pt", "fr") else ""
    if not facts.topic and facts.proposal:
        t = cre.search(_SESSION_DEDICATED_TO, original)
        if t and _no_pronoun(t.group(2), lang):  # "une table ronde consacrée à la publicité sur les réseaux sociaux": named, never asked again
            art = _CONTRACTED_ARTICLE.get(fold(t.group("art") or ""), "")  # "consacrée au SEO": "sur le SEO"
            if lang == "it" and t.group("art"):  # "dedicata alla pubblicità": "sulla pubblicità", never "su la"
                facts.topic = f"su{fold(t.group('art'))[1:]}{'' if t.group('art').endswith(chr(39)) else ' '}{t.group(2)}"
            else:
                facts.topic = f"{_TOPIC_PREP.get(lang, '')} {art}{t.group(2)}".strip()
    if not facts.topic and facts.proposal:
        t = cre.search(_SESSION_TITLE, original)
        if t and cre.search(_CONFERENCE_AS_EVENT, fold(original[max(0, t.start() - 30):t.start() + 12])):
            t = None  # "intervenir lors de notre conférence « Marketing & PME »": the event's name, never the talk's topic
        if t:  # "unser Panel „Social Ads 2025“", "our panel 'Social Ads 2025'": the session's title names its topic
            facts.topic = f"{_TOPIC_PREP.get(lang, '')} {t.group(1)}".strip()
    if not facts.topic and facts.proposal == "speaker":
        t = cre.search(_SPEAKER_FOR_FIELD, original)
        if t:  # "suche noch Speaker für SEO", "looking for speakers on SEO": the field the talk is on, never asked again
            facts.topic = f"{_TOPIC_PREP.get(lang, '')} {t.group(1)}".strip()
    if not facts.topic and facts.proposal:
        # "O tema seria estratégia de conteúdo para PME", "the topic would be SEO for small shops": the topic, said as a sentence
        t = cre.search(r"(?i)\b(?:o tema|o assunto|le th[eè]me|le sujet|the topic|the theme|el tema|il tema|l'argomento|das thema|het thema|het onderwerp)"
                       r"\s+(?:seria|ser[aá]|serait|sera|would be|will be|is|est|é|e|es|sería|sarebbe|è|w[aä]re|ist|zou|is)\s+(?:zijn\s+)?"
                       r"([^\W\d_][^.!?;:\n]{2,50}?)\s*(?=[.!?;:\n]|$)", original)
        if t and len(t.group(1).split()) >= 1 and not cre.search(r"(?i)\b(?:voc[eê]|vous|you|usted|lei|sie|u|jij|tu)\b", t.group(1)):
            facts.topic = f"{_TOPIC_PREP.get(lang, '')} {t.group(1).strip()}".strip()
    if not facts.topic and facts.proposal:
        # "wir suchen Speaker für die Digital Marketing Days im Juni zum Thema Content-Strategie": the talk's topic
        talk = (r"(?:parler|parlare|hablar|falar|praten|sprechen|talk)\s+(?P<t>d[eu']|des|di|del|della|dei|de|do|da|dos|das)"
                # "pour parler formation et SEO", "to talk SEO and ads": the field named bare after the verb is the topic
                rf"|(?:parler|talk)\s+(?P<b>)(?=(?:{_BARE_TOPIC_FIELDS})\b)")
        abouts = list(_rx(rf"\b(?:{talk}|(?P<a>zum thema|{_ABOUT[lang]}))(?:(?<=')|\b)\s*(?=\S)").finditer(folded))
        for m in reversed(abouts):
            if _rx(_DATE_NEXT).match(folded, m.end()):
                continue  # "to speak on our panel in Amsterdam on 12 June": a date, never the talk's topic ("the panel on 12")
            if m.group("a") and facts.proposal == "guest" and m is not abouts[-1] and _rx(rf"\b(?:{_PROJECT_NOUNS})\s*$").search(folded[:m.start()]):
                continue  # "tenho um podcast sobre marketing digital … entrevistar sobre como …": the show's subject, not the interview's
            begin = next(m.start(g) for g in ("t", "a", "b") if m.group(g) is not None)
            # "sul marketing digitale per gli studenti del corso di laurea in Comunicazione": the audience is said apart
            # from the topic (facts.attendees), never part of it, and the topic ends where it begins
            aud = _rx(_AUDIENCE_FOR).search(folded, begin)
            end = aud.start() if aud and aud.start() - begin < 70 and "\n" not in folded[begin:aud.start()] else len(folded)
            phrase = _phrase(original[:end], folded[:end], begin, lang, 10)
            start = begin
            if phrase and (len(phrase.split()) <= 5 and _first(_DURATION_TOPIC, fold(phrase)) or _first(_ARRANGEMENTS_TOPIC, fold(phrase))
                           or cre.fullmatch(_LOGISTICS_TOPIC, fold(phrase))):
                continue  # "we record online, about half an hour", "circa 30 minuti": a length, never the talk's topic
            bare = m.group("b") is not None
            prev = None if bare else _rx(rf"\b(?:{_ABOUT[lang]})\s+(?:[\w'-]+\s+){{1,3}}$").search(folded[:start])
            if phrase and bare and lang == "en":
                phrase = "about " + phrase  # "to talk SEO": the reply's "to talk about SEO"
            if phrase and prev:
                whole = original[prev.start():original.find(phrase, start) + len(phrase)]
                # "to chat about SEO on a budget": the topic begins at "about", not inside it at "on"
                phrase = whole if len(whole) <= 60 and _no_pronoun(whole, lang) else ""
            if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 60 and len(phrase.split()) >= (1 if bare else 2) \
                    and not _first(r"\b(?:kooperation|zusammenarbeit|collaboration|partenariat|partnership|samenwerking|colaboracion|collaborazione|parceria|colaboracao)\b", fold(phrase)):
                facts.topic = phrase  # "über eine Kooperation sprechen" is the proposal itself, not its topic
                break
    if facts.proposal in ("speaker", "guest"):
        # "we're looking for a speaker on SEO for e-commerce … details on format and travel": the talk's topic is the speaker's
        sp = _first(rf"\b(?:speakers?|speakerin|intervenant\w*|conferenci\w+|referent\w*|redner\w*|ponente\w*|relat(?:ore|rice|ori)|palestrante\w*|orador\w*|spreker\w*"
                    rf"|keynote|talk|conference|intervention|vortrag|charla|ponencia|intervento|palestra|lezing|session|sessie|sessione|sessao|sesion)\s+(?P<a>{_ABOUT[lang]})\s+(?=\S)", folded)
        if sp and not _rx(_DATE_NEXT).match(folded, sp.end()):
            phrase = _phrase(original, folded, sp.start("a"), lang, 10)
            if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 60 and len(phrase.split()) >= 2:
                facts.topic = phrase
        quoted_title = cre.search(_SPEAKER_ON_QUOTED, original)
        if quoted_title and not facts.topic:
            # "une intervenante sur « La pub Meta avec un petit budget »": the quoted title is the talk's topic, whole, even
            # with a word ("avec", "and") that ends a bare phrase; never "pourriez-vous me préciser le sujet ?"
            facts.topic = quoted_title.group("t")
    if facts.proposal == "speaker" and not facts.topic:
        # "des intervenants en stratégie social media", "guest lecturers in content strategy", "docenti di social media
        # marketing", "formadores em estratégia digital": the field the speaker or teacher is sought in is the session's subject,
        # so the reply never asks "le sujet" again. Only a field of marketing after the preposition: "en juin", "in Lyon" are not.
        sp = _first(r"\b(?:speakers?|intervenant\w*|referent\w*|ponentes?|relat(?:ore|rice|ori)|palestrantes?|orador\w*|sprekers?"
                    r"|lecturers?|teachers?|trainers?|instructors?|formateur\w*|formatrice\w*|enseignant\w*|docentes?|docenti|professor\w*|profesor\w*"
                    r"|formador\w*|dozent\w*|gastdozent\w*|docenten|gastdocent\w*)\s+(?P<a>en|em|in|di|de|fur|im bereich|voor|op het gebied van)\s+(?=(?:la |el |a |o |il |le |het |de )?"
                    r"(?:strat\w*|seo|sea|sem|referencement|posicionamiento|posizionamento|marketing|social|sociale|reseaux|redes|content\w*|contenu\w*|contenido\w*"
                    r"|contenut\w*|conteudo\w*|inhoud\w*|communication|comunicac\w*|comunicazione|kommunikation|communicatie|digital\w*|numerique|e-?commerce"
                    r"|publicite|publicidad|pubblicita|publicidade|advertising|ads|growth|webmarketing|online)\b)", folded)
        sought = sp and _first(r"\b(?:cherch\w*|recherch\w*|looking for|seeking|search\w* for|need|busc\w*|cerc\w*|such\w*|zoek\w*|procur\w*"
                                r"|besoin d\w*|necesit\w*|serv\w+|brauch\w*|nodig|precis\w*)\b", folded[max(0, sp.start() - 50):sp.start()])
        # ("Conferência de Marketing Digital": an event's name; "sono docente di marketing": the sender's own field, not the one sought)
        if sp and sought and original[sp.start():sp.start() + 1].islower():
            phrase = _phrase(original, folded, sp.start("a"), lang, 8,
                             stop_extra="pour|for|para|per|fur|voor|avec|with|con|com|mit|met|dans|chez|at|bei|bij|presso|auprès|aupres")
            if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 60 and len(phrase.split()) >= 2:
                facts.topic = phrase
    if facts.proposal and facts.topic and _rx(
            # ("parler d'éventuelles collaborations", "hablar de posibles colaboraciones", "about potential collaborations")
            rf"(?:{_ABOUT[lang]}|d'|de|des|di|do|da)\s*(?:(?:a|la|une|uma|una|un|een|eine|einer|einem|the|an|de|het|des|les|os|as)\s+)?(?:une? |uma |una |een |eine |einer |a |an )?"
            r"(?:(?:possibles?|possive(?:l|is)|posibles?|possibil[ei]|mogelijke|mogliche[n]?|eventuel(?:le)?s?|eventua(?:l|is|les|li)|potential|potentiel(?:le)?s?|future?s?|new|nouvel(?:le)?s?)\s+)?"
            r"(?:parcerias?|partenariats?|partnerships?|collaborations?|colaborac\w*|colaboraciones|colaboracion|collaborazion\w*"
            r"|samenwerking\w*|kooperation\w*|partnerschaft\w*|zusammenarbeit|alianzas?|alleanz\w*)"
            r"(?:\s+(?:possibles|eventuelles|potentielles|futures|posibles|possiveis|possibili|eventuali|futuras|futuri))?").fullmatch(fold(facts.topic).strip(" .!?")):
        facts.topic = ""  # "conversar sobre parceria": the proposal already says so, never "a proposta de parceria sobre parceria"
    if facts.topic and not _first(_WORKSHOP_ON_NETWORK, folded) and _first(r"^(?:su|sul|on|sur|auf|en|em|no|na|op|in)\s+(?:instagram|linkedin|youtube|tiktok|twitch|facebook|zoom|teams|spotify|clubhouse|twitter|x)\s*(?:$|(?:ogni|every|chaque|tous|toutes|cada|todos|todas|tutti|jeden|jede|alle|elke|iedere)\b)", fold(facts.topic)):
        facts.topic = ""  # "una diretta su Instagram": the channel, not the topic
    po = _first(_PARTNER_OBJECT, folded) if facts.proposal == "partnership" else None
    if po:
        # "samenwerken aan een training voor Belgische KMO's", "eine Kooperation bei Trainings", "collaborate on a workshop":
        # the joint work proposed is the partnership's topic, never what the two talked about before ("leuk gesprek over ads")
        phrase = _phrase(original, folded, po.start("obj"), lang, 8)
        phrase = f"{original[po.start('on'):po.end('on')]} {phrase}" if phrase else ""
        if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 60 and len(phrase.split()) >= 2:
            facts.topic = phrase
    if facts.topic and facts.proposal:
        aud = _rx(_AUDIENCE_FOR).search(fold(facts.topic))
        if aud and len(facts.topic[:aud.start()].split()) >= 2:
            facts.topic = facts.topic[:aud.start()].rstrip(" ,")  # "sur le SEO pour les étudiants de master": the audience apart
    if facts.topic:
        facts.topic = _clean_topic(facts.topic)
    if facts.topic and facts.proposal and _first(rf"{_DETAILS_OFFERED}\s+{re.escape(fold(facts.topic))}", folded):
        facts.topic = ""  # "gerne sende ich Ihnen Infos zu Format und Honorar": the details offered, never the talk's topic
    if facts.topic and any(fold(facts.topic).split(" ", 1)[-1] in m.group(0) for m in _rx(_HER_QUESTION_THERE).finditer(folded)):
        facts.topic = ""  # "du hattest die Frage zu Attribution gestellt": her question at the event, never the proposal's topic
    if facts.proposal == "speaker" and facts.topic and _first(_CLASS_TALK, folded) and _first(
            r"\b(?:votre|ton|your|tu|su|tuo|suo|tua|sua|ihren|deinen|je|uw|seu|teu)\s+(?:metier|job|work|career|profession|trabajo|profesion|lavoro|mestiere|professione"
            r"|beruf|werk|vak|trabalho|profissao|carreira|parcours|percorso|trayectoria|trajetoria)\b", fold(facts.topic)):
        facts.topic = ""  # "falar do seu trabalho aos meus alunos": her own job, never a topic out of her field
    if facts.proposal == "speaker" and facts.topic and _first(rf"\b{_PROGRAMME_NOUN}\s+{re.escape(fold(facts.topic))}", folded) \
            and not _first(r"^(?:sur|about|uber|zum thema|sobre|over)\s", fold(facts.topic)):
        # ("intervenir 2 jours en Bachelor sur le marketing des réseaux sociaux": the session's own topic, kept)
        facts.topic = ""  # "coordino un master in Digital Marketing": the programme's subject, not the session's
    if intent != "job_seeking" and facts.ask != "interns" and not _first(rf"\b(?:{_SEEK[lang]})\b", folded):
        facts.role = facts.domain = facts.period = ""
    elif intent == "job_seeking" and facts.ask in ("questions", "advice", "feedback", "resource", "intro") and not facts.cv \
            and not _first(rf"\b(?:{_SEEK[lang]})\b", cre.sub(_SEEK_ADVICE, " ", folded)) and not _first(_JOB_SEARCH, folded):
        # ("je suis en alternance … je cherche des conseils pour créer mon portfolio": advice sought, no job either)
        facts.role = facts.domain = facts.period = ""  # "ich bin Werkstudentin … Dürfte ich dir ein paar Fragen stellen?": questions, no job
    if intent != "recruiting":
        facts.job_title = facts.company = facts.place = ""
        facts.salary = facts.remote = False
    if facts.topic and _first(r"^(?:autour d'un|devant un|over (?:a )?|bei einem|auf einen|con un|tomando un|davanti a un|(?:com|tomando) um|bij een|onder het genot van een)\s*(?:cafe|coffee|kaffee|verre|drink|dejeuner|lunch|apero|cappuccino|koffie|bakje koffie|cafezinho|cana)\b", fold(facts.topic)):
        facts.topic = ""  # "on peut en parler autour d'un café": a meeting offered, not the topic
        if "meet" not in facts.asks:
            facts.asks = [*facts.asks, "meet"]
    if facts.topic and _first(r"^(?:on|over|in|via|by|par|en|au|per|por|al|am|im|op|bij|tramite|pelo|pela|num|numa|em|no|na)\s+(?:(?:a|an|the|un|une|um|uma|una|een|einem|einen|ein|le|la|il|lo|o|el|de|het|de la)\s+)?"
                              r"(?:(?:quick|short|brief|petit|rapide|breve|kurze[nm]?|korte|rapida|rapido|virtual|virtuel|video)\s+)?"
                              r"(?:call|phone|telephone|telefon\w*|telefono|telefone|zoom|teams|google meet|visio\w*|videocall|video call|videochamada|videollamada|videochiamata"
                              r"|appel|chamada|ligacao|llamada|chiamata|gesprek|belletje|anruf|call\w*)\b", fold(facts.topic)):
        facts.topic = ""  # "happy to jump on a call", "on en parle par téléphone": how to talk, not what about
    lead = _first(r"^(?:zur|zum|zu (?:der|dem|einer|einem|unserer|unserem)|voor (?:het|de|ons|onze|een)|for (?:the|our|a)|to (?:the|our|a)|a (?:la|nuestra|nuestro)|alla|al|ao|a|au|a la)\s+"
                                              r"(?:[\w-]+\s+)?(?:podiumsdiskussion|paneldiskussion|diskussionsrunde|expertenrunde|panel\w*|podium\w*|paneldiscussie|rondetafel\w*|round ?table|mesa redonda|tavola rotonda|keynote|vortrag|lezing|workshop|seminar|masterclass)\b", fold(facts.topic)) if facts.proposal == "speaker" else None
    if lead:
        # ("zur Diskussionsrunde über KI im Marketing": the topic after the session kept)
        rest = facts.topic[lead.end():].strip() if len(fold(facts.topic)) == len(facts.topic) else ""
        facts.topic = rest if _first(r"^(?:uber|zu|zum|zur|over|about|on|sur|sobre|su|sul|sulla)\s", fold(rest)) else ""  # "Sie zur Podiumsdiskussion auf dem Forum … einladen": the session invited to, never its topic
    if facts.proposal == "speaker" and not facts.topic and len(folded) == len(original):
        # "zur Diskussionsrunde über KI im Marketing", "voor het panel over AI": the panel's topic, as written
        on = _first(r"\b(?:podiumsdiskussion|paneldiskussion|diskussionsrunde|expertenrunde|panel|paneldiscussie|rondetafel)\s+(?P<p>uber|zum thema|over|about|on)\s+", folded)
        if on:
            stop_at = _first(r"(?:[,.;:!?()]|\s+(?:auf|am|an|bei|beim|vom|von|op|tijdens|bij|van|at|during|in (?:the|our|my)|am \d|(?:im|in|on|op) (?:\d|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember))\b|$)",
                         folded[on.end():])
            words = original[on.start("p"):on.end() + (stop_at.start() if stop_at else 0)].split()
            phrase = " ".join(words[:7])
            facts.topic = _clean_topic(phrase) if 2 <= len(words) <= 7 and _no_pronoun(phrase, lang) else ""
    if facts.proposal == "speaker" and not facts.topic and lang in _FIELD_SESSION:
        # "a half-day digital marketing workshop", "einen SEO-Workshop", "een contentmarketing-training", "un taller de SEO":
        # the field the session is in is its topic, never asked again
        fs = _first(_FIELD_SESSION[lang], folded)
        if fs:
            field = original[fs.start("t"):fs.end("t")] if len(folded) == len(original) else fs.group("t")
            prep = {"en": "on", "de": "zum Thema", "nl": "over"}.get(lang, fs.group("p") if "p" in fs.groupdict() else "")
            facts.topic = f"{prep} {field}".strip()
            facts.kind = _role_session_kind(facts.kind, folded, folded[fs.end("t"):fs.end()])
    if facts.proposal in ("speaker", "guest") and facts.topic:
        # "convegno sul marketing digitale del prossimo maggio": the month is the event's date, never part of the talk's topic
        dated = _rx(_TOPIC_DATE_TAIL).search(fold(facts.topic))
        if dated and len(fold(facts.topic)) == len(facts.topic) and dated.start() > 3:
            facts.topic = facts.topic[:dated.start()].rstrip(" ,")
        head = _rx(_TOPIC_DATE_HEAD).match(fold(facts.topic))
        if head and len(fold(facts.topic)) == len(facts.topic):
            # "speak at our conference on 12 October on the topic of cross-border e-commerce": the date is said apart, the topic
            # is what follows ("on cross-border e-commerce"), never "a talk on 12 October on the topic of …"
            facts.topic = cre.sub(r"^(?:on|about) the (?:topic|subject|theme) of\s+", "on ", facts.topic[head.end():])
    if facts.proposal and facts.topic and said_where_seen(folded, facts.topic, lang):
        facts.topic = ""  # "te vi en el panel de Web Summit … ¿dar una charla en Sevilla?": the talk she was seen at, never the one invited to
    if _first(_GO_ON, folded) and not _first(_CALL_NAMED, folded):
        # "Gerne würde ich den Austausch fortsetzen", "j'aimerais poursuivre l'échange": the talk carried on, gladly, with
        # a question on what they want to talk about, never a phone call nobody asked for
        facts.go_on = True
        facts.asks = [a for a in facts.asks if a != "call"]
        if facts.ask == "call":
            facts.ask = facts.asks[0] if facts.asks else ""
    return facts


#: Employers named in a job seeker's ask (folded): "agencies worth contacting", "Kennst du Agenturen", "ken je bureaus": the
#: agencies asked for (how to find them), never a person to pass the CV to.
_EMPLOYERS = (r"\b(?:agenc(?:y|ies)|agences?|agenturen|agencias?|agenzie|agencia|bureaus?|companies|company|entreprises|empresas|aziende|bedrijven"
              r"|unternehmen|firmen|firms|employers|werkgevers|arbeitgeber|employeurs|empleadores|datori di lavoro|empregadores)\b")

#: Her brain picked over a coffee the sender offers (folded): the questions are for the coffee, the coffee is the ask.
_QUESTIONS_OVER_COFFEE = (r"\bpick (?:your|ur) brains?\b[^.!?]*\b(?:coffee|lunch|drink)\b|\b(?:coffee|lunch|drinks?)(?:'s| is| are)? on me\b"
                          r"|\bje (?:t'|vous )offre (?:un|le) cafe\b|\bte invito a(?:l| un) cafe\b|\bti offro (?:un|il) caffe\b|\bkaffee geht auf mich\b"
                          r"|\bkoffie is van mij\b|\bo cafe (?:e|fica) por minha conta\b")


def _main_ask(facts: Facts, asks: list[str], intent: str, folded: str = "") -> str:
    kinds = [a.split(":")[0] for a in asks]
    if "interns" in kinds:
        return "interns"
    if facts.offers and intent not in ("sales_pitch", "recruiting") and facts.proposal != "partnership":
        return "services"
    if facts.proposal and intent in ("business_proposal", "ask_for_help", "referral", "content", "met_before", ""):
        return "proposal"
    if facts.role in ("job", "first_job") and {"advice", "recommend"} <= set(kinds) and "intro" not in kinds and not _first(_EMPLOYERS, folded):
        return "advice"  # "tips to position myself, or do you know anyone hiring?": the tips answered, the CV offered for leads
    if {"questions", "meet"} <= set(kinds) and _first(_QUESTIONS_OVER_COFFEE, folded):
        return "meet"  # "would love to pick your brain on Instagram ads sometime, coffee on me!": the coffee answered, never "send your questions here"
    for kind in ("intro", "resource", "recommend", "questions", "feedback", "meet", "call", "advice"):
        if kind in kinds:
            return kind
    if facts.question:
        return "question"
    return ""


_PROJECT_NOUNS = r"podcast|emission|newsletter|webinaire|webinar|evenement|event|conference|salon|meetup|festival|magazine|blog|revue|livre blanc|table ronde|show|folge|sendung|veranstaltung|konferenz|programa|episodio|evento|congreso|jornada|programma|puntata|convegno|congresso|palestra|aflevering|evenement|congres|serie|chaine|channel|kanal|canal"


#: The verbs and prepositions that lead to the name of the event a speaker is invited to (folded): "speak at", "spreken op",
#: "nous organisons le", "organizo o", "für die" (then only a name that ends like an event's: "OMR Masterclass", "Web Summit").
_STAGE_LEAD = (r"\b(?:(?:speak(?:ing)?|talk|present(?:ing)?|keynote|spreken|sprechen|reden|intervenir|parler|hablar|intervenire|parlare|falar|palestrar"
               # "uitnodigen als spreker op Emerce eDay", "als Speakerin auf der OMR": the speaker's noun leads to the stage too
               r"|(?:als|as a) (?:spreker|speaker\w*|sprecher\w*|referent\w*))"
               r"\s+(?:at|op|auf|bei|en|au|a|al|alla|no|na|em|tijdens|lors d[eu])"
               # "I'm curating speakers for SaaStock Europe", "wir suchen Speaker für die OMR", "zoeken sprekers voor Frankwatching Live"
               r"|(?:curat\w*|looking for|sourcing|booking|lining up|programming|seeking|recruiting|suchen (?:wir )?(?:noch )?|zoeken (?:we |wij )?(?:nog )?|buscamos|cerchiamo|procuramos|cherchons (?:des )?)"
               r"\s*(?:speakers?|sprekers?|referent\w*|redner\w*|ponentes|relatori|palestrantes|oradores|intervenants)\s+(?:for|fur|voor|para|per|pour)"
               r"|organi[sz]e|organi[sz]ing|organisons|j'organise|organizo|organizamos|organizando|organizzo|organizziamo|organizzando|organiseren|organiseer|organisiere\w*|veranstalte\w*)"
               r"\s+(?P<art>the|le|la|les|l'|el|il|lo|o|a|os|as|het|de|die|den|das|dem|der|du|del|dello|della|dell'|do|da|des|de la|de l'|di)?(?:(?<=')|\b)\s*"
               r"(?:(?P<noun>congreso|congresso|congres|kongress|conference|conferencia|conferenza|konferenz|festival|forum|foro|summit|evento|event|salon|salone)\s+)?"
               r"(?=[A-Za-zÀ-ÿ0-9])")
_STAGE_FOR = (r"\b(?:for|fur|pour|para|per|voor|on behalf of|au nom|en nombre|em nome|a nome|per conto|im namen|namens)"
              r"\s+(?P<art>the|le|la|les|l'|el|il|lo|o|a|os|as|het|de|die|den|das|du|del|dello|della|dell'|do|da|des|de la|de l'|di)?(?:(?<=')|\b)\s*(?=[A-Za-zÀ-ÿ0-9])")
#: "en nombre de la organización del eCommerce Summit …", "a nome del comitato organizzativo del …", "namens de organisatie van …":
#: the organisers stand between "on behalf of" and the event's name (folded).
_STAGE_ORG = (r"\b(?:organizacion|organizacao|organisation|organizzazione|comitato organizzativo|comite organizador|comissao organizadora"
              r"|comite d'organisation|comite organisateur|organisatie|organisatoren|organisationsteam|organisationskomitee|veranstalter\w*"
              r"|organizing committee|organising committee|organi[sz]ers?|organi[sz]ing team|equipo organizador|equipa organizadora)"
              r"\s+(?:(?:of|de|di|van|von)\s+)?(?:(?P<art>the|le|la|les|l'|el|il|lo|o|a|os|as|het|de|die|den|das|du|del|dello|della|dell'|do|da|des|de la|de l'|di)(?:(?<=')|\s+))?(?=[A-Za-zÀ-ÿ0-9])")
_STAGE_END = (r"(?:summit|days?|\w+day|week|fest|festival|conference|conf|congres|congress|kongress|congreso|congresso|forum|expo|meetup|camp|con|masterclass|events?|live|show|night|salon|messe|tour"
              # "Webwinkel Vakdagen", "eCommerce-Tag", "Marketingtage": the Dutch and German day nouns end a compound
              rf"|{_DAY_COMPOUND})$")
#: "en nuestras Jornadas de Comunicación Digital", "à nos Rencontres du Web", "al nostro Forum Digitale": the sender's own event by
#: its name, after a possessive (folded; the name must open or end with an event noun, see _STAGE_START and _STAGE_END).
_STAGE_OURS = (r"\b(?P<art>nuestr[oa]s?|our|nos|nostr[oa]|nostri|nostre|noss[oa]s?)\s+(?=[A-Za-zÀ-ÿ0-9])")
_STAGE_OURS_NOUN = (r"\b(?P<art>nuestr[oa]s?|our|nos|nostr[oa]|nostri|nostre|noss[oa]s?)\s+(?P<noun>convegno|congresso|congreso|conferenza|conferencia|conference|conferences"
                    r"|summit|forum|festival|jornadas|meetup|evento|event|seminario|seminar|salone|webinar|giornate|journees|rencontres)\b")
#: "Forum Commerce Connecté", "Salone del Marketing", "Congreso Digital": the event noun opens the name.
_STAGE_START = r"(?:forum|festival|salon|salone|summit|congres|congress|congreso|congresso|kongress|conference|conferencia|conferenza|konferenz|rencontres|jornadas?|encuentro)\b\s+\S"
_STAGE_NOT = (r"linkedin|instagram|zoom|teams|google|meta|tiktok|youtube|facebook|montreal|quebec|toronto|geneve|geneva|genf|lausanne|zurich|basel|lugano"
              r"|bruxelles|brussels|brussel|liege|antwerpen|gent|paris|lyon|marseille|bordeaux|lille|toulouse|nantes|nice|strasbourg|grenoble|rennes|montpellier"
              r"|berlin|munchen|munich|hamburg|koln|cologne|frankfurt|wien|madrid|barcelona|valencia|sevilla|bilbao|milano|milan|roma|rome|torino|bologna|rimini"
              r"|lisboa|lisbon|porto|sao paulo|rio de janeiro|florianopolis|floripa|amsterdam|rotterdam|utrecht|den haag|eindhoven|london|manchester|leeds|dublin")
#: "for a 2-day social ads workshop", "for a one-day masterclass", "for a half-day session": the session's length in words,
#: never an event's name ("a guest lecture at 2-day") (folded).
_STAGE_LENGTH = r"^(?:\d+|one|two|three|four|five|half|full|multi)[\s-]?days?(?:\s|$)"
#: "disponible en juin ?", "available in November?", "Hätten Sie im Mai Zeit?", "disponível em novembro?": whether she is free then.
_AVAIL_Q = (r"\b(?:disponibles?|available|verfugbar|disponible|disponibil[ei]|disponivel|disponibilidade|beschikbaar|zeit|tijd|free|libre|libera?|vrij"
            # "des disponibilités à la rentrée ?", "Kapazitäten im Mai?", "any availability in June?": the noun asks the same
            r"|dispos?|disponibilites|disponibilidad(?:es)?|disponibilita|disponibilidades|availability|capacity|kapazitat(?:en)?|capaciteit|ruimte)\b[^.!?]{0,40}\?"
            r"|\b(?:disponibles?|available|verfugbar|disponible|disponibil[ei]|disponivel|beschikbaar|zeit|tijd|free)\s+(?:in|en|em|a|im|am|op|on|le|el|il|o)\b")


#: A workshop or training on a social network (folded): "un atelier gratuit sur Instagram", "a workshop on LinkedIn", "un taller
#: sobre TikTok", "un workshop su Instagram", "einen Workshop zu Instagram": the network is the session's subject, never only
#: its channel ("una diretta su Instagram" is).
_WORKSHOP_ON_NETWORK = (r"\b(?:ateliers?|workshops?|talleres|taller|laboratori[oi]|oficinas?|formations?|trainings?|cursos?|cours|cors[oi]|schulung\w*"
                        r"|masterclass\w*|sessions? de formation)(?:\s+[\w-]+){0,2}\s+(?:sur|on|about|sobre|su|sul|zu|zum|uber|over|op)\s+"
                        r"(?:instagram|linkedin|tiktok|facebook|youtube|pinterest)\b")


#: Speakers sought for one of her fields (a speaker call naming the talk's field, not its event): "suche noch Speaker für
#: SEO", "looking for speakers on social ads", "zoeken nog sprekers over SEO".
_SPEAKER_FOR_FIELD = (r"(?i)\b(?:speakers?|speakerin(?:nen)?|sprecher(?:in|innen)?|referent(?:en|in|innen)?|redner(?:in|innen)?|sprekers?)\s+"
                      r"(?:f[üu]r|for|on|about|voor|over|zu|zum thema)\s+(SEO|SEA|social ads|social media|content[- ]?(?:strategie|strategy|marketing))"
                      r"(?![\w-]|\s+[A-ZÄÖÜ])")
_QUOTE_MARKS = "\"“”„«»"


def _quote_closed(name: str, original: str, start: int) -> str:
    """A speaker event's name read up to an open quote keeps the quote's close, or loses the quote: 'die E-Commerce Konferenz
    "Shop Days Stuttgart" im Mai' is 'E-Commerce Konferenz "Shop Days Stuttgart"', never '… "Shop Days Stuttgart' (a quote
    left open that swallows the month said after it).

    >>> _quote_closed('Konferenz "Shop Days', 'die Konferenz "Shop Days" im Mai', 0), _quote_closed('Konferenz „Web Tage', 'die Konferenz „Web Tage', 0)
    ('Konferenz "Shop Days"', 'Konferenz Web Tage')
    """
    if sum(name.count(q) for q in _QUOTE_MARKS) % 2 == 0:
        return name
    at = original.find(name, start)
    after = original[at + len(name):].lstrip(" ") if at >= 0 else ""
    if after[:1] and after[0] in _QUOTE_MARKS:
        return name + after[0]
    return " ".join(name.translate({ord(q): None for q in _QUOTE_MARKS}).split())


#: What a possessive event name owns (English): "BrightonSEO's| online edition", "MozCon's| virtual event".
_OWNED_EDITION = r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:edition|event|conference|summit|festival|meetup|day|days|track|stage|series)\b"


#: "a guest lecturer", "un intervenant", "Gastdozent": the person sought, not the session (folded).
_LECTURER_ROLE = r"\b(?:guest )?lecturers?\b"
_LECTURE_SESSION = r"\b(?:guest )?lectures?\b"


def _role_session_kind(kind: str, folded: str, session: str) -> str:
    """The session's kind when "lecture" came only from the role sought: "a guest lecturer for a 2-day social ads workshop"
    is a workshop to give, never "a guest lecture".

    >>> _role_session_kind("lecture", "a guest lecturer for a social ads workshop", " workshop"), _role_session_kind("lecture", "a guest lecture", " lecture")
    ('workshop', 'lecture')
    """
    if kind != "lecture" or not _first(_LECTURER_ROLE, folded) or _first(_LECTURE_SESSION, folded):
        return kind
    noun = session.strip(" -")
    return next((key for key, rx in _KINDS if key in ("workshop", "seminar", "webinar", "masterclass") and _rx(rf"^(?:{rx})$").match(noun)), kind)


def _stage(original: str, folded: str, lang: str) -> tuple[str, str]:
    """The name of the event a speaker is invited to, and the article the note gave it, or ("", "").

    >>> _stage("we'd love to have you speak at BrightonSEO in September", fold("we'd love to have you speak at BrightonSEO in September"), "en")
    ('BrightonSEO', '')
    """
    for rx, strict in ((_STAGE_LEAD, False), (_STAGE_ORG, True), (_STAGE_FOR, True), (_STAGE_OURS, True)):
        for m in _rx(rx).finditer(folded):
            name = _proper(original, m.end(), 5)
            if "noun" in m.groupdict() and m.group("noun") and original[m.start("noun")].isupper():
                name = _proper(original, m.start("noun"), 6)  # "au nom du Salon Digital Grenoble": "Salon" is the name's
            at = original.find(name, m.start()) if name else -1
            tail = cre.match(r"[ \t]+(summit|conference|festival|forum|congress|expo|meetup|awards|days|week|summit|konferenz|kongress|congres|congreso|congresso|conferentie|festival)\b",
                             original[at + len(name):]) if at >= 0 else None
            if tail and not cre.search(rf"(?i)\b{tail.group(1)}\b", name):
                name = f"{name} {tail.group(1)}"  # "the Digital Marketing Europe summit": the event noun is the name's, never "the Digital Marketing Europe"
            if lang == "en" and at >= 0 and name.endswith(("'s", "’s")):
                # "BrightonSEO's online edition": a possessive name keeps what it owns, never a dangling "at BrightonSEO's"
                owned = _rx(_OWNED_EDITION).match(original, at + len(name))
                name = name + owned.group(0) if owned else name[:-2]
            # "BrightonSEO in September", "Web2Day à Nantes en juin": the month is the date's, not the name's
            cut = _rx(rf"\s+(?:in|en|em|im|a|à|op|on|di|de|del|do|da|the)\s+(?:{_MONTH_ANY}|{_DAYS[lang]}|\d)").search(fold(name))
            if cut:
                name = name[:cut.start()]
            name = name.strip(" ,.")
            name = _quote_closed(name, original, m.start())
            if len(name) < 3 or _rx(rf"^(?:{_MONTH_ANY}|{_DAYS[lang]})\b").match(fold(name)) or not _no_pronoun(name, lang):
                continue
            # "Emerce eDay 2025", "eCommerce Day Lyon": the year and the city after the event noun are the name's tail
            core = _rx(rf"(?:\s+(?:{_STAGE_NOT}))?(?:\s+\d{{4}})?$").sub("", fold(name), count=1)
            if strict and not _rx(_STAGE_END).search(core) and not _rx(_STAGE_START).match(fold(name)) \
                    and not (rx is _STAGE_ORG and _rx(rf"\b{_STAGE_END[:-1]}\b").search(fold(name))):
                continue
            if _rx(_STAGE_LENGTH).match(fold(name)):
                continue  # "for a 2-day social ads workshop": the session's length, never the event it is at
            if _rx(rf"^(?:{_STAGE_NOT})$").match(fold(name)):
                continue  # "parler à Lyon", "falar em Lisboa", "speak on LinkedIn": a place or a channel, not an event
            art = m.group("art") or ""
            # "au nom du Forum X", "em nome do Web Summit", "im Namen des Marketing Forums": the article the name goes with
            art = {"du": "le", "do": "o", "da": "a", "dello": "lo", "della": "la", "dell'": "l'", "de la": "la", "de l'": "l'", "des": "das", "di": "",
                   "del": "il" if lang == "it" else "el",
                   # "nuestras Jornadas", "nostro Forum", "our Growth Summit": the sender's possessive becomes the article
                   "nuestro": "el", "nuestra": "la", "nuestros": "los", "nuestras": "las", "our": "the", "nos": "les", "nostro": "il", "nostra": "la",
                   "nostri": "i", "nostre": "le", "nosso": "o", "nossa": "a", "nossos": "os", "nossas": "as"}.get(art, art)
            if lang == "fr" and m.groupdict().get("noun") and fold(m.group("noun")) == "salon" and original[m.start("noun")].islower() \
                    and not _rx(_STAGE_END).search(core) and not _rx(_STAGE_START).match(fold(name)):
                # "j'organise le salon E-commerce Lyon": a name with no event word of its own keeps the fair's noun ("au salon
                # E-commerce Lyon"), never "à l'E-commerce Lyon"
                name, art = f"salon {name}", "le"
            return name, art
    # "al nostro convegno sul marketing digitale", "en nuestro congreso", "at our conference": the sender's own event, unnamed,
    # is still named by its noun ("al convegno"), never dropped from the thanks
    own = _rx(_STAGE_OURS_NOUN).search(folded)
    if own and len(folded) == len(original):
        art = {"nuestro": "el", "nuestra": "la", "nuestros": "los", "nuestras": "las", "our": "the", "nos": "les", "nostro": "il", "nostra": "la",
               "nostri": "i", "nostre": "le", "nosso": "o", "nossa": "a", "nossos": "os", "nossas": "as"}[own.group("art")]
        if lang == "it" and art in ("il", "la") and own.group("noun")[:1] in "aeiou":
            art = "l'"
        return original[own.start("noun"):own.end("noun")], art
    return "", ""


def _project(original: str, folded: str, lang: str) -> str:
    """The name of the sender's own project in a proposal: a title after a project noun, or before it in English. A show
    named where the sender heard her ("je vous ai écoutée au podcast « Marketing Mania ». Je produis « Les Petits
    Entrepreneurs »") is not the sender's: the next named one is.

    >>> _project("Je vous ai écoutée au podcast « A ». Je produis le podcast « Bb » et…", fold("Je vous ai écoutée au podcast « A ». Je produis le podcast « Bb » et…"), "fr")
    'Bb'
    """
    names = [(_project_at(original, m, lang), seen_at(folded, m.start(), lang)) for m in _rx(rf"\b(?:{_PROJECT_NOUNS})\b").finditer(folded)]
    named = [(name, seen) for name, seen in names if name]
    return next((name for name, seen in named if not seen), named[0][0] if named else "")


def _project_at(original: str, m: re.Match[str], lang: str) -> str:
    """The project's name around the project noun ``m`` (a title after it, or before it in English), or ""."""
    after = original[m.end():]
    t = cre.match(r"\s*(?:,\s*)?(?:(?:o|a|el|la|le|il|lo|the|de|het|der|die|das|chamad[oa]|called|named|appel[ée]e?|llamad[oa]|chiamat[oa]|genaamd|namens)\s+)?(?:«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|\"([^\"]{2,60})\"|„([^“”]{2,60})[“”]|'((?:[^'\n]|'(?=\w)){2,60}?)'(?!\w)|‘((?:[^’\n]|’(?=\w)){2,60}?)’(?!\w))", after)  # "'Marketing all'italiana'": the apostrophe is the name's
    if t:
        return next(g for g in t.groups() if g)
    name = _proper(original, m.end(), 4)
    if name and len(name) >= 3 and not _rx(rf"^(?:{_MONTHS[lang]}|{_DAYS[lang]})\b").match(fold(name)):
        return name
    quoted = cre.search(r"[«“\"'‘]\s*([^«»“”\"'‘’]{2,60}?)\s*[»”\"'’]\s*$", original[:m.start()])
    if quoted and quoted.group(1)[:1].isupper():
        return quoted.group(1)
    before = cre.search(r"((?:The |Le |La |Les |Das |Der |Die |El |Il |O |A |De |Het )?(?:[A-ZÀ-Ý0-9][\w'’&-]*\s){1,4})$", original[:m.start()])
    if before and lang == "en":
        name = before.group(1).strip()
        if fold(name.split()[0]) not in _NOT_NAMES or name.split()[0] in ("The",):
            # "I host The Small Biz Growth Show podcast": a capitalised project noun is the title's last word
            if original[m.start():m.start() + 1].isupper() and original[m.start() - 1:m.start()] == " ":
                name = f"{name} {original[m.start():m.end()]}"
            return name
    return ""


_ASK_NOUNS = (r"advice|guidance|help|tips|pointers|questions?|insights?|conseils?|aide|questions?"
              r"|rat|ratschlag|tipps?|hilfe|fragen?|consejos?|ayuda|preguntas?|consigli?o?"
              r"|aiuto|domand[ae]|conselhos?|dicas?|ajuda|perguntas?|advies|hulp|vragen?"
              r"|researching|recherche|forschung|investigando|investigacion|ricerca|pesquisa|onderzoek|travaille|work(?:ing)?"
              r"|arbeite|trabajando|lavorando|trabalhando|werk|memoire|these|thesis|masterarbeit|tesis|tesi|tese|scriptie|projet|project|projekt|proyecto|progetto|projeto"
              r"|talk|speak|parler|intervenir|sprechen|reden|hablar|parlare|falar|conversar|praten|vertellen|episode|episodio|folge|aflevering|webinaire|webinar")


def said_where_seen(folded: str, topic: str, lang: str) -> bool:
    """Is ``topic`` (a topic, an event, a name) said in the clause where the sender met or saw her, not in the invitation?

    >>> said_where_seen(fold("Ti ho vista al convegno di Lione sul marketing digitale, sono l'organizzatore del Digital Days."), "sul marketing digitale", "it")
    True
    >>> said_where_seen(fold("Ti ho vista a Lione. Ti andrebbe di parlare sul marketing digitale al Digital Days?"), "sul marketing digitale", "it")
    False
    """
    words = fold(topic).split()
    at = folded.find(" ".join(words[-2:]))
    return at >= 0 and seen_at(folded, at, lang)


def seen_at(folded: str, at: int, lang: str) -> bool:
    """Is position ``at`` of the note in the clause where the sender met or saw her ("te vi en el panel de …"), after
    the verb? ("il tuo caso studio sul retail … incontrarti": a meeting wished after it, the topic kept)"""
    begin = max(m.end() for m in _rx(_CLAUSE_BREAK).finditer(folded[:at])) if _first(_CLAUSE_BREAK, folded[:at]) else 0
    clause = folded[begin:at]
    return bool(_first(_SAW_HER[lang], clause) or _first(_MET_IN_PERSON[lang], clause))


#: A question the owner asked at an event, as the sender recalls it (folded): "du hattest die Frage zu Attribution
#: gestellt", "you asked the question about attribution", "tu as posé la question sur l'attribution", "hiciste la pregunta
#: sobre atribución", "avevi fatto la domanda sull'attribuzione", "fizeste a pergunta sobre atribuição", "je stelde de vraag over attributie".
_HER_QUESTION_THERE = (r"\b(?:frage|question|pregunta|domanda|pergunta|vraag)\s+(?:zu[mr]?|about|on|sur|sobre|su|sul|sulla|over|uber)\s+[^.!?()]{2,40}?\s+gestellt\b"
                       r"|\b(?:asked|pose|posee|posais|hiciste|hicistes|fatto|fizeste|fez|fizeram|stelde|gesteld)\s+(?:une?|the|a|la|le|una|uma|de|een)\s+"
                       r"(?:\w+\s+)?(?:frage|question|pregunta|domanda|pergunta|vraag)\s+(?:about|on|sur|sobre|su|sul|sulla|sull'|over|de)\s*[^.!?()]{2,40}")


def _ask_topic(original: str, folded: str, lang: str) -> str:
    for m in _rx(rf"\b(?:{_ASK_NOUNS})\b\s*,?\s*(?=(?:{_ABOUT[lang]})\b)").finditer(folded):
        phrase = _phrase(original, folded, m.end(), lang, 10)
        if phrase and _rx(rf"^(?:{_ABOUT[lang]})\s+\S").match(fold(phrase)) and _no_pronoun(phrase, lang) \
                and len(phrase) <= 60 and len(phrase.split()) >= 2:
            rest = fold(phrase).split(None, 1)[1]
            if _rx(rf"^(?:{_DAYS[lang]}|{_MONTHS[lang]}|the \d|\d)").match(rest) or _rx(rf"^(?:{_when_rx(lang)})\b").match(fold(phrase)):
                continue  # "the Semrush webinar on Thursday": a day, never the webinar's topic ("your message on Thursday")
            if _first(_ARRANGEMENTS_TOPIC, fold(phrase)) or _first(_PARTICLE_VERB_TOPIC, fold(phrase)):
                # "conversar sobre os detalhes": the arrangements, never what the talk or call is about; "vragen over
                # stellen": the particle of "daar … over" and a verb, no topic
                continue
            return phrase
    return ""


# -- what the sender wants from the owner ---------------------------------------------------------

#: A client: someone who wants to buy the owner's services (a training for their team, an audit, help or
#: advice on their own strategy, the owner's rates) — a seller sells TO the owner, a client buys FROM her.
_CLIENT = {
    "fr": r"\b(?:votre|ton|vos|tes) (?:offre|catalogue|programme)s? (?:de |d')?(?:formations?|accompagnement|ateliers|services)\b|\b(?:assurer|animer|donner) (?:un|une|des) (?:module|cours|intervention|masterclass)\b|\b(?:vos|tes) (?:formations|cours|prestations|services|accompagnements|ateliers|tarifs|offres de formation)\b"
          r"|\b(?:proposez|faites|animez|donnez|assurez|realisez|effectuez|proposes|fais|animes|donnes|realises|effectues)[- ](?:vous|tu)? ?(?:aussi |egalement )?(?:des )?(?:formations?|ateliers?|audits?|accompagnements?|coachings?)\b"
          r"|\b(?:nous|on|je) (?:cherchons|recherchons|cherche|recherche|cherchions) (?:un|une|un\(e\)|un\.e|un·e) (?:consultant\w*|freelance|expert\w*|prestataire|agence|formateur|formatrice)\b"
          r"|\bbesoin d'(?:aide|un coup de main|un accompagnement|etre accompagne\w*) (?:pour|sur|avec|en)\b"
          r"|\b(?:etre|nous faire|me faire) accompagne\w* (?:sur|pour|dans)\b|\b(?:aimerions|souhaitons|souhaiterions|voudrions|cherchons a) (?:etre )?accompagn\w*"
          r"|\b(?:auditer|un audit (?:de|du)|audit seo de) (?:notre|mon|ma|nos|mes|le|la)\b"
          r"|\bfaire (?:auditer|evaluer|analyser|revoir) (?:par (?:un|une) \w+ )?(?:notre|nos|mon|ma|mes)\b"
          r"|\bformer (?:mon|notre|mes|nos) (?:equipe|equipes|salaries|collaborateurs|staff)\b"
          r"|\bformation (?:intra|sur mesure|pour (?:mon|notre|nos|mes) (?:equipe|equipes|salaries|collaborateurs))\b"
          r"|\b(?:echanger|discuter|parler) (?:avec (?:vous|toi) )?(?:sur|de) (?:notre|nos|mon|ma) (?:strat\w+|acquisition|seo|referencement|visibilite|marketing|campagnes|site|presence)",
    "en": r"\byour (?:training|workshop|coaching|consulting|course) (?:offer|offering|offerings|programmes?|programs?|catalog(?:ue)?|portfolio)\b|\b(?:teach|deliver|run) (?:a|an|our|the) (?:[\w-]+ ){0,3}(?:module|course|class|masterclass)\b|\band need (?:some )?(?:help|support) (?:with|on|for)\b|\byour (?:services|consulting|consultancy|workshops|trainings|training courses|courses|rates|pricing|fees|day rate)\b"
          r"|\b(?:do|would|could|can) you (?:also )?(?:offer|run|do|provide|give|deliver) (?:\w+ ){0,3}(?:trainings?|workshops?|audits?|consulting|coaching|courses?)\b"
          r"|\b(?:we(?:'re| are)?|i(?:'m| am)?) (?:currently )?(?:looking for|seeking|searching for) (?:a|an|some) (?:\w+ ){0,2}(?:consultant|freelancer|expert|agency|trainer)\b"
          r"|\b(?:we|i) (?:really )?(?:need|'d need|would need|could use|are looking for|am looking for) (?:some )?(?:help|support) (?:with|on|for)\b"
          r"|\b(?:train|upskill|coach) (?:our|my) (?:\w+ )?(?:team|staff|people|employees)\b"
          r"|\b(?:in-house|in house|on-site|onsite|tailored|team) (?:training|workshop)s?\b|\b(?:training|workshop) for (?:our|my) (?:\w+ )?(?:team|staff)\b"
          r"|\b(?:review(?:ing)?|rethink(?:ing)?|rebuild(?:ing)?|discuss(?:ing)?) our (?:\w+ ){0,3}(?:strategy|seo|website|campaigns|ads|presence)\b"
          r"|\b(?:have|get) our (?:\w+ ){0,3}(?:audited|reviewed|assessed)\b|\b(?:an? )?(?:outside|external|independent) (?:review|audit|view|eye)\b",
    "de": r"\b(?:ihr|dein)\w* (?:schulungs|weiterbildungs|trainings|workshop|seminar|beratungs|kurs)angebot\w*|\b(?:ihr|dein)\w* angebot an (?:schulungen|trainings|workshops|seminaren|kursen)\b|\b(?:lehrauftrag|gastvortrag|(?:ein(?:en)? )?modul (?:zu|uber|unterrichten|ubernehmen)|unterrichten)\b|\b(?:ihre|deine) (?:schulungen|workshops|beratung|beratungsleistungen|leistungen|dienstleistungen|preise|tagessatze|tagessatz|konditionen|kurse|seminare)\b"
          r"|\b(?:ihr|dein) angebot (?:fur|zu)\b"
          r"|\b(?:bieten|bietest|machen|machst|geben|gibst) (?:sie|du) (?:auch )?(?:[\w-]+ ){0,2}[\w-]*?(?:beratung\w*|schulung\w*|workshops?|audits?|coaching\w*|kurse|seminare|trainings?)\b"
          r"|\b(?:wir suchen|ich suche|suchen wir|suche ich|und suche|und suchen|suche|suchen) (?:\w+ ){0,2}(?:unterstutzung|eine[nr]? (?:externe[nr]? )?(?:berater\w*|freelancer\w*|expert\w*|agentur|trainer\w*))\b"
          r"|\baustausch mit (?:\w+ ){0,2}berater\w*"
          r"|\b(?:schulung|workshop|training|inhouse-schulung|weiterbildung) (?:fur|mit) (?:unser|mein)\w* (?:team|mitarbeit\w*|belegschaft)\b"
          r"|\b(?:extern|von aussen|unabhangig) (?:\w+ )?(?:prufen|auditieren|bewerten|begutachten|analysieren) (?:zu )?lassen\b|\bexterne[ns]? (?:audit|blick|prufung|einschatzung)\b"
          r"|\b(?:unser|mein)\w* team (?:schulen|weiterbilden)\b|\b(?:inhouse|in-house|firmen)-?(?:schulung|training|workshop)\w*|\b(?:schulung|workshop|training|coaching)\w* (?:\w+ ){0,3}buchen\b",
    "es": r"\b(?:su|tu) (?:oferta|catalogo|propuesta) (?:de (?:formacion\w*|cursos|talleres|servicios)|formativa)\b|\b(?:impartir|dar) (?:un|una) (?:modulo|curso|asignatura|clase|masterclass)\b|\b(?:sus|tus) (?:servicios|formaciones|cursos|talleres|tarifas|precios|asesorias|consultorias)\b"
          r"|\b(?:ofreces|ofrece|ofreceis|haces|hace|haceis|impartes|imparte|impartis|das|da|dais|organizas|organiza|organizais|realizas|realiza|efectuas|efectua) (?:tambien )?(?:\w+ ){0,2}(?:formaciones?|cursos?|taller(?:es)?|auditorias?|asesorias?|consultorias?|mentorias?)\b"
          r"|\b(?:buscamos|busco|estamos buscando|estoy buscando|necesitamos|necesito) (?:un|una|a) (?:\w+ )?(?:consultor\w*|freelance|experto|experta|agencia|formador\w*|asesor\w*)\b"
          r"|\b(?:necesito|necesitamos|nos vendria bien) (?:ayuda|apoyo|una mano|asesoramiento) (?:con|para|en)\b"
          r"|\b(?:contratar|organizar) (?:una )?formacion\b|\bformacion (?:para|a) (?:nuestro|mi|el) equipo\b"
          r"|\bformar a (?:mi|nuestro|nuestros|mis) (?:equipo|empleados|personal|trabajadores)\b"
          r"|\b(?:auditar|revisar|evaluar) (?:\w+ )?(?:nuestr[oa]s?|mis?) (?:\w+ ){0,3}(?:estrategia|campanas|anuncios|web|sitio|seo|redes)\b|\b(?:auditoria|revision|mirada) externa\b",
    "it": r"\b(?:la )?(?:sua|tua) (?:offerta|proposta) (?:di (?:formazione|corsi|servizi|workshop)|formativa)\b|\b(?:tenere|insegnare) (?:un|una) (?:modulo|corso|lezione|docenza|seminario)\b|\b(?:(?:i|ai|dei|sui|coi) (?:suoi|tuoi)|(?:le|alle|delle|sulle) (?:sue|tue)) (?:servizi|tariffe|corsi|consulenze|prezzi|formazioni)\b"
          r"|\b(?:fai|fa|organizzi|organizza|tieni|tiene|offri|offre|proponi|propone|effettui|effettua|esegui|esegue|realizzi|realizza) (?:anche )?(?:\w+ ){0,2}(?:corsi|formazion\w*|consulenz\w*|workshop|audit|coaching)\b"
          r"|\b(?:cerchiamo|cerco|stiamo cercando|sto cercando) (?:un|una|un') ?(?:\w+ )?(?:consulent\w*|freelance|espert\w+|agenzia|formator\w*)\b"
          r"|\bformare (?:il mio|il nostro|i miei|i nostri|la mia|la nostra) (?:staff|team|personale|dipendenti|collaboratori|squadra)\b"
          r"|\b(?:ho|abbiamo) bisogno di (?:aiuto|una mano|supporto|una consulenza) (?:con|per|sul|sulla|su)\b"
          r"|\bvorrei migliorare (?:il|la|i) (?:posizionamento|visibilita|risultati)\b"
          r"|\bfar (?:fare un audit|analizzare|valutare|rivedere) (?:\w+ )?(?:la nostra|il nostro|i nostri|le nostre|la mia|il mio)\b|\b(?:audit|revisione|sguardo) estern[oa]\b",
    "pt": r"\b(?:a )?(?:sua|tua) (?:oferta|proposta) (?:de (?:formac\w+|treinamentos?|cursos|servicos|workshops)|formativa)\b|\b(?:dar|lecionar|ministrar) (?:um|uma) (?:modulo|curso|aula|disciplina)\b|\b(?:os )?(?:seus|teus) (?:servicos|cursos|treinamentos|workshops)\b|\b(?:as )?(?:suas|tuas) (?:formacoes|consultorias|mentorias|tarifas)\b"
          r"|\b(?:presta|prestas|oferece|ofereces|faz|fazes|da|das|ministra|ministras|realiza|realizas|efetua|efetuas) (?:tambem )?(?:servicos de )?(?:formac\w+|consultoria\w*|treinamentos?|workshops?|auditorias?|cursos|mentorias?)\b"
          r"|\b(?:procuro|procuramos|buscamos|busco|estamos (?:a procurar|procurando)|estou (?:a procurar|procurando)) (?:um|uma) (?:\w+ )?(?:consultor\w*|freelancer?|agencia|formador\w*)\b"
          r"|\b(?:preciso|precisamos) de (?:ajuda|apoio|uma mao|consultoria) (?:com|no|na|para|em)\b"
          r"|\bformar (?:a )?(?:minha|nossa) (?:equipa|equipe)\b|\b(?:formac\w+|treinamento) (?:para|da) (?:a )?(?:minha|nossa) (?:equipa|equipe)\b"
          # "gostaríamos de contratar uma formação", "uma proposta de formação", "tem alguma turma online?", "capacitar minha equipe"
          r"|\b(?:contratar|organizar|encomendar) (?:uma |um )?(?:formac\w+|treinamento|curso|workshop)\b|\bproposta (?:de|para (?:uma|um)) (?:formac\w+|treinamento|curso|workshop)\b"
          r"|\b(?:tem|tens|tem voce|teem|existe|ha|voces tem|da|das) (?:alguma |uma )?(?:turmas?|formac\w+|treinamentos?|cursos?) (?:\w+ )?(?:online|a distancia|ao vivo|presencia\w*|em grupo)\b"
          r"|\b(?:capacitar|treinar|qualificar) (?:a )?(?:minha|nossa) (?:equipa|equipe)\b"
          r"|\b(?:auditar|revisar|avaliar) (?:a |o |os |as )?(?:nossa|nosso|nossas|nossos|minha|meu) (?:\w+ ){0,3}(?:estrategia|campanhas|anuncios|site|seo|redes)\b|\b(?:auditoria|revisao|olhar) extern[oa]\b",
    "nl": r"\b(?:uw|je|jouw) (?:trainings|opleidings|cursus|workshop)aanbod\b|\b(?:uw|je|jouw) aanbod (?:aan|van|voor) (?:trainingen|opleidingen|workshops|cursussen)\b|\b(?:uw|je|jouw) (?:diensten|tarieven|trainingen|workshops|prijzen|cursussen|opleidingen)\b"
          r"|\b(?:een )?(?:module|gastcollege|gastles|cursus) (?:te )?(?:geven|verzorgen)\b"
          r"|\b(?:geef|geeft|bied|biedt|doe|doet|verzorg|verzorgt) (?:je|u|jij) (?:ook )?(?:\w+ ){0,2}(?:opleiding\w*|training\w*|workshops?|coaching\w*|audits?|advies|cursus\w*)\b"
          r"|\b(?:zoeken|zoek|zijn op zoek naar|ben op zoek naar|op zoek naar) (?:wij |we |ik )?(?:een )?(?:externe )?(?:consultant|adviseur|freelancer|bureau|blik|expert)\b"
          r"|\b(?:training|workshop|opleiding) (?:voor|aan) (?:ons|mijn) team\b|\b(?:interne|in-company|incompany) (?:training|workshop|opleiding)\b"
          r"|\bhulp (?:nodig )?(?:bij|met) (?:onze|mijn)\b"
          r"|\b(?:extern|onafhankelijk) (?:te )?(?:laten )?(?:doorlichten|auditen|beoordelen|bekijken|checken)\b|\b(?:laten )?(?:doorlichten|auditen) door\b|\bexterne (?:audit|blik|kijk)\b",
}
#: The sender's own business goal, wished in the first person plural: "vogliamo aumentare le prenotazioni dirette", "we want
#: to grow our online sales", "nous voulons augmenter nos réservations", "wir möchten mehr Direktbuchungen gewinnen": a
#: prospect's need (with a call asked, a client), never a seller's "we help you increase your sales" (folded).
_GROWTH_OBJECT = (r"(?:prenotazion\w*|booking\w*|reservation\w*|reserva\w*|buchung\w*|direktbuchung\w*|boeking\w*|vendite|ventes|ventas|vendas|sales"
                  r"|umsatz\w*|verkop\w*|omzet|fatturato|chiffre d'affaires|revenue|ingresos|faturamento|leads|clienti|clientes|clients|customers|kunden"
                  r"|klanten|ordini|commandes|pedidos|orders|bestellungen|bestellingen|iscrizioni|inscriptions|inscripciones|inscricoes|signups)\b")
_GROWTH_WISH = (r"\b(?:(?:vogliamo|vorremmo|dobbiamo|cerchiamo di|we want to|we'd like to|we would like to|we need to|we're looking to|we are looking to|we hope to"
                r"|nous (?:voulons|souhaitons|aimerions|cherchons a|devons)|on (?:veut|voudrait|souhaite)|queremos|quisieramos|nos gustaria|necesitamos|buscamos"
                r"|gostariamos de|precisamos de|procuramos)\s+(?:\w+\s+)?(?:aumentare|incrementare|far crescere|increase|grow|boost|get more|augmenter|developper"
                r"|booster|accroitre|obtenir plus de|aumentar|incrementar|conseguir mas|crescer|conseguir mais|ter mais)\b[^.?!\n]{0,40}?\b" + _GROWTH_OBJECT +
                r"|\b(?:wir (?:wollen|mochten|wurden gerne?|mussen)|we (?:willen|zouden graag|moeten)|wij willen)\s+[^.?!\n]{0,40}?\b" + _GROWTH_OBJECT +
                r"[^.?!\n]{0,30}?\b(?:steigern|erhohen|ausbauen|gewinnen|verhogen|vergroten|laten groeien|binnenhalen|krijgen)\b)")
#: The sender's own marketing project: "we'd like an outside view on our French content", "queremos abrir en Francia",
#: "vorremmo lanciare campagne social in Francia", "wir möchten in Frankreich sichtbarer werden".
_CLIENT_NEED = (r"\b(?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|noss\w*|onze|ons|my|mon|ma|mes|mein\w*|mi|mis|il mio|la mia|meu|minha|mijn)\s+(?:\w+\s+){0,3}?(?:seo|site|website|webseite|sito|sitio|content\w*|contenu\w*|inhalte?|contenid\w*|contenut\w*|conteudo\w*"
                r"|campa\w+|kampagne\w*|strateg\w+|social\w*|visibilit\w+|sichtbarkeit|posicionamiento|posizionamento|posicionamento|marketing|marque|brand|marca|marchio|merk"
                r"|presence|presencia|presenza|presenca|prasenz|aanwezigheid|zichtbaarheid|referencement|acquisition|newsletter\w*|ads|annonces|anuncios|annunci"
                # "my traffic is low … a quick chat about SEO?": the sender's own visits, a need of theirs
                r"|traffic|trafic|trafico|traffico|trafego|verkeer|bezoekers|besucherzahlen|visites|visitas|visite)\b"
                r"|\b(?:nous lancer|s'implanter|ouvrir|entering|expand\w* (?:to|into)|launch\w* (?:in|into)|abrir en|lanzar\w* en|expandirnos|lanciare|aprire in|espanderci|abrir em|entrar n[oa]|expandir|"
                r"sichtbarer werden|expandieren|starten in|openen in|uitbreiden naar|lanceren in"
                # "stiamo valutando di aprire il mercato francese", "entrar en el mercado francés", "de Franse markt op"
                r"|(?:aprire|entrare (?:nel|sul)|entrar (?:en el|al|no)|ouvrir (?:le|au)|entrer sur le|abrir (?:el|o)|enter(?:ing)? the|betreden van de) (?:\w+ )?(?:mercato|mercado|marche|market|markt)"
                r"|(?:launch\w*|expand\w*|lanzar\w*|lanciar\w*|lancer|lancar|expandir\w*|uitbreiden) (?:\w+ )?(?:in|into|to|en|in|em|a|naar|nach) (?:france|francia|franca|frankreich|frankrijk)"
                r"|de franse markt op|(?:in den|auf den) franzosischen markt)\b"
                r"|\b(?:buscamos|busco|estamos buscando|cerchiamo|cerco|procuramos|procuro|looking for|we need|nous cherchons|on cherche|wir suchen|ich suche|we zoeken|wij zoeken|zoeken we)"
                r" (?:a )?(?:alguien|qualcuno|alguem|someone|somebody|quelqu'un|jemanden|iemand) (?:que|che|to|pour|qui|der|die)\b")
#: An organiser asks the owner's terms: "vos conditions", "sus condiciones", "Ihre Konditionen", "uw voorwaarden", "travel costs".
_CONDITIONS = (r"\b(?:conditions?|condiciones|condizioni|condicoes|condicao|konditionen|bedingungen|voorwaarden|terms|modalit\w+"
               r"|frais de deplacement|travel (?:costs?|expenses)|reisekosten|gastos de (?:viaje|desplazamiento)|spese di (?:viaggio|trasferta)"
               r"|despesas de (?:viagem|deslocacao)|reiskosten)\b")


#: A question whether (or when, or at what price) the owner would do it.
_CLIENT_ASK = (r"\b(?:do you (?:take on|do|offer|handle|work on|work with)|would you (?:take on|be available|be interested)|are you available|your availability"
               r"|vous (?:occupez|chargez)[- ]vous|(?:faites|proposez|prenez)[- ]vous|seriez[- ]vous disponible|avez[- ]vous (?:des disponibilites|le temps|de la place)"
               r"|(?:machen|ubernehmen|betreuen) sie|bieten sie|hatten sie (?:zeit|kapazitat)|haben sie kapazitat"
               r"|(?:haces|hacéis|haceis|llevas|llevais|ofreces|te encargas|se encarga|tienes hueco|tienes disponibilidad|tiene disponibilidad)"
               r"|(?:si occupa|ti occupi|fa anche|fai anche|segue anche|lavora anche|e disponibile|sei disponibile|ha disponibilita)"
               # ("acompanho sua newsletter faz uns meses": "faz" telling how long ago, never "do you do …")
               r"|(?:faz(?!\s+(?:(?:uns|umas|um|uma|alguns|algumas|poucos|poucas|muitos|muitas|mais de|quase|\d+)\s+)?(?:tempo|anos?|mes|meses|semanas?|dias?|horas?)\b)"
               r"|fazes|trabalha com|presta|prestas|cuida de|tem disponibilidade|tens disponibilidade)"
               r"|(?:doe je|doet u|neem je|neemt u|heb je (?:ruimte|tijd|plek)|heeft u (?:ruimte|tijd))"
               r"|hueco|disponibilidad|disponibilita|disponibilidade|availability|capacity|kapazitat|ruimte)\b")

#: "Could you help us with …": a company asking the owner for help (with its own need, or in her field).
#: Her service asked for the sender's own business (folded): "une mission de conseil SEO pour notre boutique en ligne", "an
#: SEO consultation for our online store", "una consulenza SEO per il nostro e-commerce", "una consultoría para nuestra
#: tienda", "Beratung für unseren Onlineshop", "advies voor onze webshop": a client's request ("for OUR shop"); a seller
#: offers it for hers ("for your business").
_SERVICE_FOR_OURS = (r"\b(?:consult(?:ation|ing|ancy)|conseil|consulenz\w*|consultori\w*|asesor\w*|beratung\w*|advies\w*|audits?|auditoria|accompagnement"
                     r"|formation|training|formazione|formacion|formacao|schulung|opleiding)\b(?:\s+[\w-]+){0,3}?\s+"
                     r"(?:for|pour|per|para|fur|voor)\s+(?:our|notre|nos|il nostro|la nostra|i nostri|le nostre|nuestr[oa]s?|(?:o |a )?noss[oa]s?|unser\w*|onze|ons"
                     r"|my|mon|ma|mes|il mio|la mia|mis?|(?:o |a )?(?:meu|minha)|mein\w*|mijn)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:site|website|sito|sitio|webseite|e-?commerce|shop|onlineshop|webshop|webwinkel|winkel|boutique|tienda|negozio|loja|store|entreprise|company|empresa"
                     r"|azienda|firma|unternehmen|bedrijf|marque|brand|marca|marchio|merk|restaurants?|ristorante|hotel|cabinet|startup|start-up|business"
                     r"|negocio|attivita|clinica|clinique|clinic|klinik|praxis|praktijk)\b")

#: A job title that is only her service (folded): "SEO-Audit", "audit SEO", "Beratung": a purchase, never a post.
_SERVICE_AS_TITLE = r"^(?:[\w]+[- ])?(?:audits?|auditoria|beratung|consulting|conseil|advies)(?:[- ]\w+)?$"
#: Someone sought for an audit of their own site (folded): "wir suchen jemanden für einen SEO-Audit unserer FR-Seite", "we
#: zoeken iemand voor een SEO-audit van onze Franse site": her service bought, never a post to decline.
_SOMEONE_FOR_OUR_AUDIT = (r"\b(?:suchen|zoeken|looking for|cherchons|buscamos|cerchiamo|procuramos)\s+(?:\w+\s+)?(?:jemand\w*|iemand|someone|quelqu'un|alguien"
                          r"|qualcuno|alguem)\b[^.?!\n]{0,40}?\baudits?\s+(?:unserer|unseres|van onze|van ons|of our)\s+(?:[\w-]+\s+)?(?:\w+-)?"
                          r"(?:site|website|webseite|seite|shop|webshop|onlineshop)\b")

#: Someone sought to run the sender's own marketing (folded; _FIELD_WORDS checked in the span): "looking for someone to lead
#: our French content and paid social", "nous cherchons quelqu'un pour piloter notre contenu", "buscamos a alguien para llevar
#: nuestro contenido", "cerchiamo qualcuno che guidi i nostri contenuti", "procuramos alguém para liderar os nossos conteúdos",
#: "wir suchen jemanden, der unseren Content übernimmt", "we zoeken iemand die onze content leidt": a client lead (a CMO's
#: brief), never a job seeker asked for a CV.
_SOMEONE_TO_RUN_OURS = (r"\b(?:looking for|seeking|we need|cherchons|cherche|recherchons|buscamos|busco|cerchiamo|cerco|procuramos|procuro|suchen|zoeken)"
                        r"\s+(?:\w+\s+)?(?:someone|somebody|quelqu'un|alguien|qualcuno|alguem|jemand\w*|iemand),?\s+(?:to|who|pour|qui|para|que|che|der|die)\b[^.?!\n]{0,30}?"
                        r"\b(?:our|notre|nos|nuestr\w+|i nostri|le nostre|il nostro|la nostra|os nossos|as nossas|o nosso|a nossa|unser\w*|onze)\b[^.?!\n]{0,50}")
_HELP_US = (r"\b(?:pourriez|pourrais|pouvez|peux|sauriez)[- ](?:vous|tu) nous (?:aider|accompagner|epauler|conseiller)|(?:comment|en quoi) (?:vous pourriez|tu pourrais|vous pouvez|tu peux) nous (?:aider|accompagner)"
            r"|\b(?:could|can|would) you (?:help|support|guide|advise) us\b|\bhow you (?:could|can|might) help us\b"
            r"|\b(?:konnten|konnen|wurden) sie uns\b(?:\s+\S+){0,6}?\s+(?:unterstutzen|helfen|begleiten|beraten)|\b(?:kannst|konntest) du uns\b(?:\s+\S+){0,6}?\s+(?:unterstutzen|helfen|begleiten|beraten)"
            r"|\b(?:nos|me) (?:podrias|podria|puedes|puede|podrian) (?:ayudar|acompanar|asesorar)|\b(?:podrias|podria|puedes|puede) (?:ayudarnos|acompanarnos|asesorarnos)"
            r"|\b(?:puo|potrebbe|puoi|potresti) (?:aiutarci|affiancarci|seguirci|accompagnarci)|\b(?:ci|mi) (?:puo|potrebbe|puoi|potresti) (?:aiutare|affiancare|seguire)"
            r"|\b(?:pode|poderia|podia|podes|poderias) (?:nos |me )?(?:ajudar|apoiar|acompanhar)(?:-nos)?\b|\b(?:nos|me) (?:pode|poderia|podia) (?:ajudar|apoiar|acompanhar)"
            r"|\b(?:zou|kun|kunt|zoudt|kan|kon|wil|wilt) (?:u|je|jij) ons\b(?:\s+\S+){0,4}?\s+(?:helpen|begeleiden|ondersteunen|adviseren)"
            # "Pourriez-vous nous proposer un accompagnement ?", "could you offer us some support?", "¿podría proponernos un
            # acompañamiento?": her support offered to them, asked as a noun, the same ask as "could you help us"
            r"|\b(?:pourriez|pourrais|pouvez|peux)[- ](?:vous|tu) nous (?:proposer|faire) (?:un |une )?(?:accompagnement|offre d'accompagnement|mission d'accompagnement)\b"
            r"|\b(?:could|can|would) you (?:offer|provide|give) us (?:some |any )?(?:support|help|guidance|coaching)\b"
            r"|\b(?:podria|podrias|puede|puedes) (?:proponernos|ofrecernos|brindarnos) (?:un |una |algun |alguna )?(?:acompanamiento|asesoria|ayuda|apoyo)\b"
            r"|\b(?:potrebbe|potresti|puo|puoi) (?:proporci|offrirci|darci) (?:un |una |un'|qualche )?(?:accompagnamento|affiancamento|supporto|consulenza|aiuto)\b"
            r"|\b(?:pode|poderia|podes|poderias) (?:nos )?(?:propor|oferecer|dar)(?:-nos)? (?:um |uma |algum |alguma )?(?:acompanhamento|apoio|consultoria|ajuda)\b"
            r"|\b(?:konnten|konnen|wurden) sie uns (?:eine |ein |etwas )?(?:begleitung|unterstutzung|beratung|hilfe) (?:anbieten|geben)\b|\b(?:kannst|konntest) du uns (?:eine |ein |etwas )?(?:begleitung|unterstutzung|beratung|hilfe) (?:anbieten|geben)\b"
            r"|\b(?:zou|kunt|kun|zoudt) (?:u|je|jij) ons (?:wat |een |enige )?(?:begeleiding|ondersteuning|hulp|advies) (?:aanbieden|bieden|geven)\b")
_STUDENT_WORK = (r"\b(?:etudiant\w*|student\w*|estudiante|studente\w*|estudante|memoire|these|thesis|tesis|tesi|tese|bachelorarbeit|masterarbeit|scriptie"
                 r"|class project|projet (?:d'etudes|de groupe|tutore)|school project|schulprojekt|trabajo de fin|tfg|tfm|progetto universitario|trabalho de conclusao|tcc)\b")

#: A school or a school assignment ("en licence info-com … un dossier", "für meine Hausarbeit", "per la tesina").
_SCHOOL_WORK = (r"\b(?:bts|licence|iut|lycee|fac|universite|university|uni|hochschule|universidad|universita|universidade|faculdade|facultad"
                r"|hogeschool|universiteit|dossier|expose|questionnaire|assignment|coursework|hausarbeit|referat|seminararbeit|tesina"
                r"|trabajo de clase|trabalho da faculdade|werkstuk|profielwerkstuk)\b")

#: A wish or a need in the sentence that names the owner's services (not "your consultancy is thriving").
_WISH = (r"\b(?:(?:i|we)'d like|aimerions|aimerais|souhait\w*|voudrions|cherch\w*|besoin|interess\w*|need\w*|want\w*|would like|looking|seeking|interested"
         r"|mochte\w*|wurde\w*|suche\w*|brauche\w*|interessier\w*|quisiera\w*|gustaria|busc\w*|necesit\w*|interesa\w*|vorrei|vorremmo|cerc\w*"
         r"|bisogno|interessa\w*|gostaria\w*|gostavamos|gostava|piacerebbe|encantaria|procur\w*|precis\w*|interess\w*|zoek\w*|nodig|graag|wil|willen|organiseren|contratar|formar|former|train"
         # "I would welcome the opportunity to discuss your consulting services", "wir überlegen, … extern prüfen zu lassen":
         # a buyer's wish or plan, in the words of a senior reader
         r"|welcome|(?:i|we)'d love|would love|keen|envisag\w*|consider(?:ing)?|planning|uberleg\w*|erwag\w*|planen|overweg\w*|valutando|considerando"
         r"|pensando en|pensando em|a pensar em|penser a|pensons a|reflechi\w*)\b")

#: Consulting, in general, as a service asked about (folded).
_CONSULTING = (r"\b(?:consultoria|consultorias|consulting|consultancy|conseil|accompagnement|beratung|consulenza|consulenze|consultoria|asesoria|asesorias"
               r"|advieswerk|adviestraject\w*|advies|mentoria|acompanhamento)\b")
#: The budget to plan for the work asked of her (folded), a price question when the note also asks "do you do …?":
#: "what would a rough budget look like?", "quel budget faut-il prévoir ?", "¿qué presupuesto haría falta?", "che budget
#: servirebbe?", "mit welchem Budget muss ich rechnen?", "met welk budget moet ik rekenen?", "qual seria o orçamento?".
#: A client's budget question about work they want from her, asked as a question (folded): "¿cuál sería el presupuesto
#: aproximado?", "quale sarebbe il budget indicativo?", "quel serait le budget ?", "wat zou het budget zijn?" (never a
#: budget the sender states: "notre budget est de 2 000 €")
_ROUGH_BUDGET_ASKED = (r"\b(?:cual (?:seria|es) el presupuesto|(?:quale|qual e) (?:sarebbe )?il budget|quel (?:serait|est) le budget"
                       r"|wat (?:zou|is) het budget|qual seria o orcamento)\b")
#: Work of hers the sender wishes to buy, said as a wish (folded): "nos gustaría contratar una auditoría SEO", "vorremmo un
#: audit SEO", "nous aimerions un audit", "wir möchten ein SEO-Audit", "we willen een SEO-audit", "gostaríamos de uma auditoria".
_SERVICE_WISHED = (r"\b(?:nos gustaria|queremos|quisieramos|vorremmo|ci piacerebbe|nous aimerions|nous souhaitons|nous voudrions|we'd like|we would like"
                   r"|we want|wir mochten|wir wurden gerne?|we willen|we zouden graag|gostariamos|queriamos)\b[^.?!]{0,40}?"
                   r"\b(?:audit\w*|seo-audit\w*|auditoria\w*|estrategia|strategia|strategie|strategy|content-?strategie|contentstrategie)\b")
_BUDGET_FOR_IT = (r"\bwhat (?:would|might|does|will|should) (?:a |the |my |our )?(?:rough |ballpark |typical |realistic |approximate )?(?:budget|cost|price)s? (?:look like|be)\b"
                  r"|\b(?:ballpark|rough) (?:figure|price|cost|idea of (?:the )?(?:cost|price|budget))\b|\bhow much (?:budget|should (?:i|we) (?:budget|plan|expect))\b"
                  r"|\bquel budget (?:faut-il |faudrait-il |dois-je |je dois |doit-on |on doit )?(?:prevoir|compter)\b|\b(?:ca represente|c'est) quel budget\b"
                  r"|\bque presupuesto (?:haria falta|hace falta|necesitaria|necesito|habria que|tendria que)\b|\bche budget (?:servirebbe|serve|dovrei|devo|bisogna)\b"
                  r"|\bmit welchem budget (?:muss|musste|sollte|mussen|mussten) (?:ich|wir|man)\b|\bmet welk budget (?:moet|zou|moeten) (?:ik|we|wij|je)\b"
                  r"|\bqual (?:seria |e )?o orcamento\b|\bque orcamento (?:preciso|seria|devo)\b")
#: A wish that makes "vos tarifs" a request in its sentence (folded): "j'aimerais connaître vos tarifs", "graag ontvang ik
#: informatie over uw tarieven", "ich hätte gern Ihre Preise", "me gustaría saber", "I'd love to know your rates".
_PRICE_WISH = (r"\b(?:gostava|gostaria|queria|adoraria|aimerais|adorerais|voudrais|souhaiterais|souhaite (?:connaitre|recevoir|avoir)|would like|i'd like|i'd love to (?:know|understand|hear|learn)|mochte|wurde gerne?|hatte gerne?"
               # "Adoraria entender como você trabalha e quanto custa", "me encantaría saber cuánto cuesta": a wish to know her price
               r"|me encantaria|mi piacerebbe|amerei"
               r"|(?:erfahre|wusste|wuste) (?:ich )?gern|quisiera|me gustaria|vorrei|mi piacerebbe|zou graag|wil graag|ontvang (?:ik |we |wij )?graag|graag (?:ontvang|hoor|weten)\w*)\b")
#: The owner's rates asked for (in a question or a request).
_PRICE = {
    "fr": r"\b(?:tjm|taux journalier(?: moyen)?|prix (?:a|de) la journee)\b|\b(?:vos|tes|un|le|quel|quels|votre|ton) tarifs?\b|\btarifs?\b|\bdevis\b|\bcombien (?:ca |cela )?(?:coute|coutent|couterait|prenez|prends|facturez)\b|\bvos prix\b|\b(?:a )?quel prix\b"
          r"|\b(?:ca|cela|ce serait|c'est) (?:vous |te )?(?:coute|couterait|reviendrait|revient|fait)? ?combien\b|\bcombien (?:faut-il|faudrait-il|dois-je|je dois) (?:compter|prevoir)\b",
    # ("do you count the agency fees in the ROAS?": a third party's fees, never hers asked)
    "en": r"\b(?:rates|pricing|(?<!agency )(?<!agency's )(?<!agencies' )(?<!management )(?<!platform )fees|day rate|daily rate|(?:your|a|the) (?:typical |usual |standard |normal |going )?(?:rate|fee)|hourly rate|quote)\b|\bhow much (?:do|would|does|is|are|will)\b(?! you (?:recommend|suggest|advise)\b)|\bwhat (?:do|would|will|might) you charge\b|\bwhat (?:would|does|will|might) (?:it|that|this|one) cost\b|\bwhat (?:would|does|will|might) (?:an?|the|your) (?:[\w-]+ ){1,3}cost\b|\bwhat(?:'s| is| are) the (?:cost|price)s?\b"
          # "Do you offer SEO audits, and roughly what do they cost?": the price of the thing just asked about, by its pronoun
          r"|\bwhat (?:do|would|will|might) (?:they|these|those) (?:usually |typically |roughly )?cost\b"
          # "I'd love to understand how you work and how much a consultation costs": the price asked indirectly
          r"|\bhow much (?:a|an|the|your|one) (?:[\w-]+ ){1,3}(?:costs|would cost|will cost)\b"
          # "wondering if you do SEO audits and roughly how much it costs?": the indirect question's word order
          r"|\bhow much (?:it|that|this|they|these|those) (?:usually |typically |roughly |normally )?(?:costs?|would cost|will cost|might cost)\b",
    "de": r"\b(?:kosten|preise?|tagessatz|tagessatze|stundensatz|honorar|konditionen|preislich)\b|\bwas kostet\b|\bwie ?viel (?:kostet|kosten|wurde|wurden|koste)\b|\bangebot (?:fur|zu) (?:unser|mein|ein)"
          # "Was nimmst du ungefähr für ein SEO-Audit?", "wie viel verlangen Sie für …?": her price asked by its verb
          r"|\b(?:was|wie ?viel) (?:nimmst|verlangst|berechnest) du\b|\b(?:was|wie ?viel) (?:nehmen|verlangen|berechnen) sie\b"
          # "Was würden Sie für so ein Format berechnen?", "was würdest du dafür nehmen?": the verb at the clause's end
          r"|\b(?:was|wie ?viel) (?:wurden|wurdest|wuerden|wuerdest) (?:sie|du) (?:[\w-]+ ){0,5}(?:berechnen|verlangen|veranschlagen|in rechnung stellen|(?:dafur|fur [\w-]+(?: [\w-]+){0,3}) nehmen)\b",
    "es": r"\b(?:que|cuales son (?:tus|sus)) (?:costes|costos) (?:tienes|tiene|tenes|manejas|maneja|manejan|cobras|cobra)\b|\btarifa (?:diaria|por dia|por hora)\b|\bcuanto (?:me |nos |te |le )?(?:cuesta|cuestan|costaria|costarian|cobras|cobra|cobrarias|saldria|sale|vale|valen)\b|\b(?:tus|sus) (?:tarifas|precios|honorarios)\b|\btarifas?\b|\bprecios?\b|\bpresupuesto (?:para|de) (?:una|la|un) \w+|\b(?:pedir(?:te|le)?|enviar(?:me)?) (?:un )?presupuesto",
    # "Che costi hai più o meno?", "quali sono i tuoi costi?": her costs asked by the noun (it/es/pt)
    "it": r"\bquanto (?:mi |ci |ti |le )?(?:costa|costano|costerebbe|verrebbe|viene|chiedi|chiede)\b|\btariff\w*\b|\bprezz\w*\b|\bpreventiv\w*\b"
          r"|\b(?:che|quali) costi (?:hai|ha|avete|applichi|applica|chiedi|chiede)\b|\b(?:i tuoi|i suoi|i vostri) costi\b",
    "pt": r"\b(?:que|quais (?:sao )?(?:os )?(?:seus|teus)) custos (?:voce tem|vc tem|tem|tens|cobra|cobras)?\b|\bvalor (?:da|de) (?:diaria|hora)\b|\bdiarias?\b(?= (?:de|para|\?))|\bquanto (?:custa|custam|custaria|(?:voce |vc |voces |vcs |ce |tu |a senhora |o senhor )?(?:cobra|cobras|cobram|cobraria|cobrarias|cobrariam))\b|\bprecos?\b|\b(?:seus|teus|os) valores\b|\bqual (?:seria|e|era|o) (?:o )?(?:valor|preco|investimento)\b|\bquanto (?:sai|ficaria|fica)\b|(?<!com )(?<!pouco )(?<!meu )(?<!nosso )(?<!baixo )(?<!curto )(?<!de )(?<!do )(?<!seu orcamento e )\borcamento\b(?!\s+(?:de\s+)?(?:r\$\s?|€\s?)?\d)(?!\s+(?:diario|mensal|de (?:anuncios|midia|campanha)|(?:bem |muito |tao )?(?:pequeno|baixo|limitado|reduzido|apertado|enxuto|curto|modesto|pequenino|minimo)))|\btarifas?\b|\bhonorarios\b",
    "nl": r"\b(?:dagtarie\w+|uurtarie\w+|dagprijs)\b|\bwat kost\w*\b|\bwat (?:dat|het|zoiets|een \w+) (?:ongeveer |zo'?n beetje |gemiddeld )?kost\w*\b|\btarie\w+\b|\bprij[sz]\w*\b(?! (?:zetten|bepalen|vaststellen|berekenen)\b)|\bkosten\b|\bofferte\b|\bwat (?:vraag|reken)\w* (?:je|jij|u)\b"
          r"|\bhoeveel (?:kost\w*|vraag|reken|bedraag\w*|zou (?:dat|het|zoiets|een \w+|(?:je|jij|u) (?:daar)?voor )\w* ?(?:ongeveer )?(?:kosten|vragen|rekenen))\b|\bhoeveel (?:moet|moeten) (?:ik|we|wij) (?:ongeveer )?(?:rekenen|betalen|voorzien)\b",
}
#: a journalist's quote (folded): "could I quote you", "a quote for my article", "writing a piece for …".
_PRESS_QUOTE = (r"\bquote (?:you|me|her|camille)\b|\bquoted\b|\b(?:a|your) (?:short |quick |brief )?(?:quote|comment|statement) (?:from you )?(?:for|in) (?:my|our|an|the|a) (?:\w+ ){0,2}"
                r"(?:article|piece|story|feature|column|report|newsletter|blog|podcast|magazine)\b|\b(?:writing|working on|preparing) (?:a|an) (?:\w+ )?(?:article|piece|story|feature|column|report)\b"
                r"|\b(?:journalist|reporter|editor)\b")
_TEAM_NOUNS = (r"commerciaux|vendeurs|vendeuses|equipes?|salaries|collaborateurs|managers|sales(?:people| ?team| reps)?|teams?|staff|employees|reps|vertrieb\w*|mitarbeit\w*"
               r"|verkaufer\w*|comerciales|vendedores|equipos?|commerciali|venditori|comerciais|equipas?|verkopers|medewerkers|accountmanagers|dipendenti|empleados"
               r"|funcionarios|colaboradores|\w+teams?|\w+team"
               # an association's or network's members: "un corso per i soci", "pour nos adhérents", "for our members"
               r"|soci|associati|iscritti|membres|adherents|members|mitglieder\w*|socios|miembros|asociados|associados|membros|leden")
_OUR = r"(?:nos|notre|our|unser\w*|nuestr[oa]s?|(?:i |le )?nostr[eio]|il nostro|(?:os |as |o |a )?noss[oa]s?|onze|ons)"
#: A team to be trained (folded): "former nos commerciaux", "train our sales team", "unser Vertriebsteam schulen", "una formación para nuestro equipo".
_TEAM_TRAIN = (rf"\b(?:accompagnement|accompagner|montee en competences?|upskill(?:ing)?|formation|formacion|formazione|formacao|training|opleiding)"
               # "une formation de nos équipes aux réseaux sociaux", "training of our sales team": the team's training, named
               rf"\s+(?:de\s+|des\s+|of\s+|di\s+|dei\s+|da\s+|dos\s+|van\s+)?{_OUR}\s+(?:[\w'-]+\s+){{0,1}}?(?:{_TEAM_NOUNS})\b"
               rf"|\b(?:former|formar|formare|forme|formen|formi|train|schulen|weiterbilden|treinar|treine|capacitar|capacite|opleiden|trainen)\s+(?:a\s+)?{_OUR}\s+(?:[\w'-]+\s+){{0,2}}?(?:{_TEAM_NOUNS})\b"
               rf"|\b{_OUR}\s+(?:[\w'-]+\s+){{0,1}}?(?:{_TEAM_NOUNS})(?:\s*\([^)]{{1,30}}\))?\s+(?:[\w'-]+\s+){{0,4}}?(?:schulen|weiterbilden|opleiden|trainen|bijscholen|upskillen|formar|formare|capacitar|treinar)\b"
               # "für unser Marketingteam (8 Leute) eine Schulung", "for our sales team (12 people) a training on…": the team named first
               rf"|\b(?:pour|for|fur|para|per|voor)\s+{_OUR}\s+(?:[\w'-]+\s+){{0,1}}?(?:{_TEAM_NOUNS})(?:\s*\([^)]{{1,30}}\))?\s+(?:[\w'-]+\s+){{0,3}}?"
               r"(?:formation|training|schulung|weiterbildung|formacion|formazione|formacao|treinamento|capacitacion|capacitacao|opleiding|workshop)s?\b"
               rf"|\b(?:formation|training|schulung|formacion|formazione|formacao|treinamento|capacitacion|capacitacao|opleiding|workshop"
               rf"|cours|course|corso|corsi|curso|kurs|kurse|cursus)s?\s+(?:[\w'-]+\s+){{0,4}}?(?:pour|for|fur|para|per|voor)\s+"
               # "una formação para a equipa", "a training for the whole team", "un corso per i soci": the team with an article is the sender's as well
               rf"(?:{_OUR}|a|la|el|il|o|the|het|das|l'|i|gli|les|los|las|os|as|die|de)\s+(?:[\w'-]+\s+){{0,1}}?(?:{_TEAM_NOUNS})\b")
#: A wish or an interest said around a team's training (folded): "nos interesaría una formación", "vorrei approfondire i Suoi
#: percorsi di formazione", "wir möchten eine Schulung organisieren", "we'd like to book a training": a client's request, asked
#: without a question mark.
_TRAIN_WISH = (r"\b(?:aimerions|aimerais|souhait\w+|voudrions|voudrais|envisag\w+|organiser|en savoir plus|'d like|would like|we want|interested in|looking for|book|seeking|cherchons|recherchons|cherche|recherche"
               r"|mochten|moechten|wurden gern\w*|wollen|suchen|auf der suche|planen|organisieren|interessier\w+|buchen"
               r"|interesaria|interesa|gustaria|queremos|quisieramos|buscamos|buscando|valorando|organizar|conocer|contratar"
               r"|vorrei|vorremmo|interess\w+|cerchiamo|cercando|approfondire|organizzare|conoscere|valutando"
               r"|gostaria\w*|procuramos|procurando|conhecer|interessad\w+"
               r"|willen|zouden graag|zoeken|op zoek|interesse|organiseren|graag)\b")
#: A proposal, a quote, an offer asked for (folded).
_TRAIN_ASK = r"\b(?:proposition|proposal|angebot|propuesta|proposta|voorstel|offerte|devis|quote|presupuesto|preventivo|orcamento|offre)\b"
#: A level of learner the course is for (folded): "for beginners", "pour débutants", "para principiantes", "für Anfänger".
_FOR_BEGINNERS = (r"\b(?:for|pour|para|per|fur|voor)\s+(?:(?:complete|total|absolute|real|vrais|les|de|des|los|las|os|as|i|gli|le|die|blutige|echte)\s+)?"
                  r"(?:beginners?|newbies?|novices?|debutants?|debutantes?|principiantes?|principianti|iniziant\w*|iniciantes?|anfanger\w*|einsteiger\w*|beginners?|starters?|leigos?|neofiti|dummies|noobs?)\b"
                  r"|\b(?:beginner|debutant|anfanger|einsteiger|principiante|iniciante|starter)s?[- ]?(?:courses?|class(?:es)?|kurs\w*|cursus|cursos?|corsi|corso|cours|workshops?)\b"
                  r"|\b(?:cursos?|corsi|corso|cours|kurs\w*|cursus|courses?|class(?:es)?|clases?) (?:de |di |d')?(?:\w+ )?(?:basico|basicos|base|iniciacion|introduc\w+|initiation|einfuhrung\w*|introductory|intro)\b")
#: Training for teachers as the learners (folded): "formación para profesores", "formações para docentes", "formazione per
#: docenti", "training for teachers", "Fortbildungen für Lehrkräfte": her course asked about, never a school hiring a lecturer
_FOR_TEACHERS = (r"\b(?:formacion\w*|formac(?:ao|oes)|formazion\w*|formations?|trainings?|courses?|cursos?|corsi|corso|kurse?|schulung\w*|fortbildung\w*"
                 r"|weiterbildung\w*|cursus\w*|opleiding\w*|workshops?|talleres|taller) (?:\w+ )?(?:para|per|for|pour|fur|voor)"
                 r" (?:(?:os|as|los|las|i|le|les|des|die|de|the|gli) )?(?:docentes|docenti|profesor\w*|professor\w*|teachers|enseignant\w*|profs"
                 r"|lehrer\w*|lehrkraft\w*|lehrkrafte|leraren|docenten|insegnanti)\b")
#: The sender's own students or staff, whom she would teach (folded): "nos étudiants", "our students", "unsere Azubis".
_OUR_LEARNERS = (r"\b(?:nos|our|unsere\w*|nuestr[oa]s|i nostri|le nostre|os nossos|as nossas|onze|mes|my|meine\w*|mis|i miei|meus|mijn)\s+(?:\w+\s+)?"
                 r"(?:etudiants|eleves|apprenants|students|pupils|learners|alumnos|alumnas|estudiantes|studenti|allievi|alunos|estudantes|studierenden|studenten|schuler\w*|azubis|leerlingen|cursistas|equipes?|teams?|collaborateurs|employees|staff|mitarbeiter\w*|empleados|dipendenti|funcionarios|medewerkers|clients|clientes|klanten|kunden|membres|members|mitglieder|socios|soci|leden)\b")
#: Trainers sought for the sender's own staff (folded): "des formateurs en marketing digital pour nos équipes", "trainers for our
#: sales team", "formadores para nuestro equipo", "Trainer für unsere Mitarbeiter": a team training bought, never a module to teach.
_TRAINERS_FOR_STAFF = (r"\b(?:formateurs?|formatrices?|formadore?s?|formadoras?|formatori|formatrici|trainers?|trainerin(?:nen)?|trainster)\b[^.!?]{0,60}?"
                       r"\b(?:pour|for|para|per|fur|voor)\s+(?:nos|notre|our|nuestr[oa]s?|i nostri|le nostre|il nostro|la nostra|os nossos|as nossas|a nossa|o nosso"
                       r"|unsere\w*|onze|ons)\s+(?:\w+\s+)?(?:equipes?|teams?|equipos?|squadre|squadra|equipas?|staff|salaries|collaborateurs|mitarbeit\w*|empleados"
                       r"|dipendenti|funcionarios|colaboradores|medewerkers|commerciaux|managers|vendeurs)\b")
_SERVICE_KIND = [
    ("module", r"\b(?:lecturers?|docenti|docentes|formadores|formateurs|formatrices|intervenants|dozent\w*|docenten|professores|module|modul|modulo|seminario|cours|course|class|lehrauftrag|unterrichten|teach|asignatura|lezione|docenza|aula|disciplina|gastcollege|gastles"
               r"|clase|clases|clase magistral|guest lecture|gastvortrag|gastvorlesung|vorlesung|lezione magistrale|aula magna|palestra para (?:os )?alunos|intervention devant)\b"),
    ("training", r"\b(?:(?:trainings|opleidings|cursus|workshop|schulungs|weiterbildungs|seminar)(?:aanbod|angebot)\w*|formations?|former|trainings?|trainingen|train|courses|workshops?|ateliers?|schulung\w*|weiterbildung|kurse?|seminare?|formacion\w*|cursos?|taller(?:es)?|formazion\w*|formare|corsi|corso|formac\w+|treinamentos?|opleiding\w*|cursus\w*|module|bootcamps?|trainer|trainers|trainerin)\b"),
    ("coaching", r"\b(?:coaching\w*|mentor\w*)\b"),
    ("audit", r"\b(?:audit\w*|auditoria\w*|externe blik|external (?:view|eye)|regard exterieur)\b"),
]
_RECRUITER = (r"\b(?:je suis|suis) (?:\w+ )?(?:recrut(?:eur|euse)|chasseu(?:r|se) de tetes|charge\w* de recrutement)|\brecrut(?:eur|euse) (?:it|tech|chez|pour|specialise\w*)\b"
              r"|\btalent acquisition\b|\b(?:i'?m|i am) (?:a |an )?(?:\w+ ){0,2}(?:recruiter|head[- ]?hunter|talent partner)\b|\bi recruit\b|\brecruiter (?:at|for|with|bei|fur|im|en|per|presso|di|na|da|no|do|bij|voor|chez)\b"
              r"|\b(?:ich bin|bin) (?:\w+ ){0,2}(?:recruiter\w*|personalberat\w*|head[- ]?hunter\w*|personalvermittl\w*)\b|\brecruiterin\b"
              r"|\b(?:soy|trabajo como) (?:\w+ ){0,2}(?:recruiter|reclutador\w*|head[- ]?hunter|tecnic\w+ de seleccion)\b"
              r"|\b(?:sono|lavoro come) (?:un |una )?(?:\w+ )?(?:recruiter|selezionat\w+|head[- ]?hunter)\b"
              r"|\b(?:sou|trabalho como) (?:\w+ ){0,2}(?:recrutador\w*|recruiter|head[- ]?hunter)\b|\brecrutador\w* (?:na|da|no|do|em)\b"
              r"|\b(?:ik ben|ben) (?:\w+ ){0,2}(?:recruiter|werver|head[- ]?hunter)\b"
              # "je recrute des profils IT", "selecciono perfiles de ingeniería", "recruto desenvolvedores Java", "ich rekrutiere
              # IT-Fachkräfte": people found for others, the sender's own trade
              r"|\bje recrute (?:des|les) |\b(?:selecciono|recluto) (?:perfiles|profesionales|talento|candidat\w*|desarrollador\w*|ingenier\w*)\b"
              r"|\b(?:seleziono|recluto) (?:profili|professionisti|talenti|candidat\w*|sviluppator\w*|ingegner\w*)\b|\bmi occupo di selezione (?:di|per) profili\b"
              r"|\b(?:recruto|seleciono) (?:perfis|profissionais|talentos|candidat\w*|desenvolvedor\w*|programador\w*|engenheir\w*)\b"
              r"|\b(?:ich rekrutiere|rekrutiere ich)\b"
              # "trabalho com recrutamento de engenheiros", "mi occupo di selezione di personale", "I work in recruitment":
              # the sender's trade is finding people, whatever the sector
              r"|\b(?:je travaille|travaille) (?:dans le|en|au) (?:recrutement|sourcing)\b|\bi work in (?:recruitment|recruiting|talent acquisition|staffing)\b"
              r"|\b(?:ich arbeite|arbeite) (?:im|in der) (?:recruiting|personalvermittlung|personalberatung|personalgewinnung)\b"
              r"|\b(?:trabajo en|me dedico a(?: la)?) (?:el )?(?:reclutamiento|seleccion de personal|seleccion de talento|seleccion para puestos)\b"
              r"|\b(?:lavoro nel|mi occupo di) (?:reclutamento|recruiting|selezione (?:del |di )?personale|ricerca e selezione|selezione per (?:ruoli|posizioni))\b"
              r"|\btrabalho (?:com|em|na area de) (?:o )?(?:recrutamento|selecao de pessoal|recrutamento e selecao|selecao para (?:vagas|cargos))\b"
              r"|\bik (?:werk|doe) (?:in )?(?:de )?(?:werving(?: en selectie)?|recruitment)\b"
              # "als recruiter in de bouw breid ik mijn netwerk uit", "as a tech recruiter I …", "en tant que recruteuse …"
              r"|\b(?:as an? |als |en tant que |comme |como |come |in qualita di )(?:\w+ )?(?:recruiter\w*|recrut(?:eur|euse|ador|adora)"
              r"|reclutador\w*|selezionat(?:ore|rice)|head[- ]?hunter\w*|personalberat\w*|werver|chasseu(?:r|se) de tetes)\b"
              # "trabajo en RRHH … y busco perfiles de contabilidad", "ich arbeite im HR … und suche Profile": an HR person
              # sourcing people (any trade), never a job seeker
              r"|\b(?:rrhh|rh|hr|recursos humanos|ressources humaines|human resources|risorse umane|personalabteilung|personalwesen)\b"
              r"[^.!?]{0,80}?\b(?:busco|buscamos|recherche|cherche|recherchons|cherchons|looking for|seeking|cerco|cerchiamo|procuro"
              r"|procuramos|suche|suchen|op zoek naar|zoek|zoeken) (?:\w+ ){0,2}(?:perfiles|profils|profiles|profili|perfis|profile"
              r"|profielen|candidat\w*|kandidat\w*|personas|personnes|people|persone|pessoas|leute|mensen)\b")
_RECRUITER_HEADLINE = r"\b(?:recruit\w*|recrut\w+|reclut\w+|talent acquisition|talent partner|head[- ]?hunter|chasseu\w+ de tetes|personalberat\w*|hr (?:specialist|business partner|manager)|werving|selezion\w+)\b"
_FOR_CLIENT = (r"\b(?:pour (?:un|une|l'un de nos|un de nos|notre|nos) clients?|for (?:a|one of our|our|an?) (?:\w+ )?clients?|fur (?:einen|unseren|unsere|eine) (?:\w+ )?(?:kunden|kundin)"
               r"|para (?:un|una|nuestro|uno de nuestros) (?:\w+ )?cliente|per (?:un|una|un nostro|una nostra) (?:\w+ )?client[ei]|para (?:um|uma|nosso|o nosso|um dos nossos) (?:\w+ )?cliente"
               r"|voor (?:een|onze) (?:\w+ )?klant)\b")
_JOB_OFFERED = (rf"\b(?:{_SALES_AGENTS_SOUGHT}|je recrute (?:un|une)|poste de|un poste|cdi|cdd|(?:hiring|recruiting|looking for) (?:a|an)\b|role\b|position\b|opening\b|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle\b|suchen? (?:eine[nr]?)\b"
                r"|puesto\b|vacante\b|posicion\b|busco (?:un|una)\b|posizione\b|ruolo\b|cerco (?:un|una)\b|vaga\b|cargo\b|procuro (?:um|uma)\b"
                r"|vacature\b|functie (?:als|van)\b|zoeken? (?:we )?een\b|opportunit\w+|oportunidad\w*|oportunidade\w*|opportunita|m/w/d|h/f"
                # "Estamos à procura de um Head of Digital", "stiamo cercando un Head of", "buscamos una directora"
                r"|procura(?:mos)? (?:de )?(?:um|uma)\b|(?:stiamo cercando|cerchiamo|cerca) (?:un|una|un')\b|(?:buscamos|estamos buscando) (?:un|una)\b"
                r"|(?:buscamos|estamos buscando|estamos procurando) (?:um|uma)\b(?!\(?a?\)? (?:consultor\w*|agencia\w*|parceir\w*|freela\w*|fornecedor\w*|especialista externo\w*|apoio|ajuda|solucao|servico\w*|empresa|assessoria))"  # "estamos buscando um(a) Gerente de Performance"; never "estamos buscando uma consultoria" (a client)
                r"|(?:nous )?(?:recherchons|cherchons) (?:un|une)\b|(?:we are|we're) (?:currently )?(?:looking for|seeking|searching for) (?:a|an)\b"
                # "Estamos a recrutar um técnico de apoio ao cliente. Teria interesse?": a post offered, never a hello to answer
                r"|(?:a recrutar|recrutar|recrutamos|recrutando|reclutando|reclutamos|reclutiamo|stiamo reclutando|recrutons|nous recrutons) (?:um|uma|un|una|une|uno)\b)")
#: Her own interest asked after an opening is named (folded): "let me know if you're interested", "si ça vous intéresse",
#: "si te interesa", "se ti interessa", "se tiver interesse", "falls Sie Interesse haben", "als je interesse hebt": the post is offered to her.
_OWN_INTEREST = (r"\b(?:if (?:you(?:'re| are)|you'd be|you would be) (?:\w+ )?interested|if (?:this|that|it) (?:interests|appeals to) you"
                 r"|si (?:ca|cela|c'est quelque chose qui) (?:vous|t') interess\w*|si (?:vous etes|tu es) interessee?"
                 r"|si (?:te|le) interesa\w*|si (?:estas|esta usted|estuvieras|estuviera) interesad[oa]"
                 r"|se (?:ti|le|la) interess\w*|se (?:sei|fosse|fossi) interessat[oa]"
                 r"|se (?:tiver|tiveres|tem|tens) interesse|se (?:lhe|te) interessar|se (?:estiver|estiveres) interessad[oa]"
                 r"|(?:falls|wenn) (?:sie|du) (?:\w+ )?interesse (?:haben|hast)|(?:falls|wenn) (?:sie|du) interessiert (?:sind|bist)|bei interesse"
                 r"|als (?:je|jij|u) (?:\w+ )?interesse (?:hebt|heeft)|als (?:je|jij|u) geinteresseerd bent|bij interesse)\b"
                 # in short: "let me know if interested!", "si intéressée, …", "se interessato", "falls interessiert", "indien geïnteresseerd"
                 r"|\b(?:if|si|se|falls|wenn|indien) (?:interested|interessee?s?|interesad[oa]s?|interessat[aoie]|interessad[oa]s?|interessiert|geinteresseerd)\b"
                 # the bare question: "Interested? Let me know", "Intéressée ?", "¿Te interesa?", "Interesse?", "Geïnteresseerd?"
                 r"|(?:^|[.!?:\n]\s*|\b(?:are you|would you be|you|ca vous|ca t'|cela vous|vous etes|tu es|seriez-vous|serais-tu|te|le|ti|le|sei|tem|tens|hast du|haben sie|heb je|heeft u|bent u|ben je|sind sie|bist du) )"
                 r"(?:interested|interessee?s?|interess\w*|interesa\w*|interesad[oa]s?|interessat[oa]|interesse|interessiert|geinteresseerd)\s*\?")
#: Words that put a role before her, not before her network (folded): "votre profil", "for you", "für Sie", "il tuo profilo".
_DIRECT_OFFER = (r"\b(?:(?:your|votre|ton|dein\w*|ihr\w*|tu|su|il tuo|il suo|tuo|suo|seu|teu|o seu|o teu|je|jouw|uw) (?:profile?|profil|perfil|profilo|profiel|experience|expertise|erfahrung|experiencia|esperienza|ervaring|background)"
                 r"|(?:for|pour|fur|para|per|voor) (?:you|vous|toi|sie|dich|ti|usted|voce|te|lei|jou|u)\b|(?:thought|pense|pensato|pensado|gedacht) (?:of|a|an|em|aan) (?:you|vous|toi|sie|dich|te|ti|lei|voce|jou|u)\b"
                 r"|(?:te|le|ti|lhe) (?:interesaria|interesa|interesserebbe|interessa|interessaria|interessera)|(?:would|are) you (?:be )?interested"
                 r"|(?:vous|t') interesser\w*|interessiert (?:sie|dich)|(?:heb je|heeft u|zou je) (?:\w+ )?interesse)")
#: "could you refer someone?", "potresti segnalarmi qualcuno?", "könnten Sie mir jemanden empfehlen?": people to recommend are asked for.
_REFER_SOMEONE = (r"\b(?:(?:refer|recommend|suggest|introduce) (?:me )?(?:to )?(?:someone|somebody|anyone|a candidate)"
                  r"|(?:me |m'|nous )?(?:recommander|conseiller|suggerer|indiquer|presenter) (?:\w+ )?(?:quelqu'un|qqn|un candidat|une candidate)"
                  r"|(?:recomendar(?:me|nos)?|sugerir(?:me|nos)?|indicar(?:me|nos)?|presentar(?:me|nos)?|(?:recomendar|sugerir|indicar)-(?:me|nos)) (?:a )?(?:alguien|alguem|algun candidato|algum candidato)"
                  r"|(?:segnalar(?:mi|ci|e)?|consigliar(?:mi|ci|e)|suggerir(?:mi|ci|e)|indicar(?:mi|ci)|raccomandar(?:mi|ci|e)|presentar(?:mi|ci)) (?:\w+ )?(?:qualcuno|qualche candidat[oa])"
                  r"|(?:jemand\w*|kandidat\w*) (?:\w+ )?(?:empfehlen|vorschlagen|nennen|vermitteln)"
                  r"|iemand (?:\w+ )?(?:aanbevelen|aanraden|voorstellen|doorverwijzen|tippen))\b")
#: A recruiter who sources people or asks to pass a post on, never offering it to her (folded): "caso conheça alguém",
#: "agradeço que partilhe", "je recherche des profils pour des postes de…", "feel free to share", "gerne weiterleiten".
_SOURCING_ASK = (r"\b(?:(?:caso|se|si|wenn|als|if|quizas|quiza|tal vez|a lo mejor|forse|talvez|vielleicht|misschien|maybe|perhaps|peut-etre) (?:\w+ )?(?:conheca|conhecas|conhecer|conheceres|souber|souberes|conozca|conozcas|conosca|conoscessi|kennen|kennt|kent|know) (?:\w+ )?(?:alguem|alguien|qualcuno|jemand\w*|iemand|anyone|someone)"
                 r"|(?:agradeco|agradeceria|agradeceriamos|agradezco|agradeceria) (?:que|se|si) (?:\w+ )?(?:partilhe|partilhar|compartilhe|compartilhar|comparta|compartir|difunda)"
                 r"|(?:n'hesitez pas|n'hesite pas|merci) (?:a|de) (?:la |le )?(?:partager|relayer|diffuser)|(?:feel free|please|do) (?:to )?share (?:it|this|the (?:post|offer|role|job))"
                 r"|(?:gerne|bitte) (?:\w+ )?(?:weiterleiten|teilen|weitergeben)|(?:deel|delen) (?:het|dit|deze) (?:\w+ )?(?:gerust|graag)?|(?:sentiti|si senta) liber[oa] di condividere|condivida pure"
                 r"|(?:je |nous |i am |we are |i'm |we're )?(?:recherche|recherchons|cherche|cherchons|sourcing|looking for|seeking|buscamos|busco|procuramos|procuro|cerchiamo|cerco|suchen|suche|zoeken|zoek)"
                 r" (?:des |de |some |dei |degli |delle |perfiles |perfis )?(?:profils|profiles|profili|perfiles|perfis|profielen|candidat(?:e|o|a)?s|candidati|kandidat(?:en|innen))"
                 # "se conosce magazzinieri o autisti disponibili", "if you know any electricians who are available": people sought
                 r"|(?:caso|se|si|wenn|falls|als|if) (?:\w+ )?(?:conheca|conhecer|conhece|conheces|conozca|conoce|conoces|conosce|conosci|kennen|kennst|kent|know|connaissez|connais)"
                 r" (?:[\w-]+ ){1,5}?(?:(?:who|que|che|die|qui|os quais) (?:are|sont|estan|sono|estao|sind|zijn) )?(?:disponibili|disponiveis|disponibles|available|verfugbar|beschikbaar)"
                 # "falls Sie Pflegekräfte kennen, die verfügbar sind", "als u chauffeurs kent die beschikbaar zijn"
                 r"|(?:wenn|falls|als) (?:sie|du|ihr|u|je|jij) (?:[\w-]+ ){1,4}?(?:kennen|kennst|kennt|kent),? (?:die|welke|welche) (?:\w+ )?(?:verfugbar|beschikbaar|frei|auf jobsuche|op zoek"
                 r"|(?:neue |neuen )?(?:stelle|job|arbeit) suchen|(?:neue |neuen )?(?:stelle|job|arbeit) sucht)"
                 # "se souber de devs React procurando vaga", "if you know any React developers looking for a job", "si conoces
                 # desarrolladores que busquen trabajo", "se conosci sviluppatori in cerca di lavoro": people sought, no job offered her
                 r"|(?:caso|se|si|if) (?:\w+ )?(?:conheca|conhecer|conhece|conheces|souber|souberes|conozca|conoce|conoces|conosce|conosci|know|connaissez|connais)"
                 r" (?:de )?(?:[\w-]+ ){1,4}?(?:(?:who|que|qui|che) (?:are |sont |estan |sono |estao |esten |estejam )?)?(?:looking for|seeking|procurando|buscando|busquen|buscan"
                 r"|a procura de|a la recherche d|en recherche d|cherchant|in cerca di|alla ricerca di|cercano|procuram|on the job market|open to work))\b"
                 # "n'hésitez pas à me transmettre des profils !", "feel free to send me profiles", "no dudes en enviarme perfiles",
                 # "non esiti a segnalarmi profili", "pode enviar-me perfis", "gerne Profile weiterleiten", "stuur gerust profielen door":
                 # candidates sought from her network, never a post offered to her
                 r"|\b(?:transmettre|envoyer|faire suivre|adresser|send|forward|pass on|enviar(?:me|nos)?|mandar(?:me|nos)?|pasar(?:me|nos)?|inviar(?:mi|ci|e)"
                 r"|mandar(?:mi|ci|e)|segnalar(?:mi|ci|e)|girar(?:mi|ci|e)|enviar-(?:me|nos)|mandar-(?:me|nos)|encaminhar|indicar(?:-me)?)"
                 r" (?:(?:me|moi|nous|us|m')\s?)?(?:des |de |some |any |your |dei |degli |alguns |algunos |qualche |i |os |los )?"
                 r"(?:profils|profiles|profili|perfiles|perfis|candidat(?:e|o|a)?s|candidati|candidature|cvs)\b"
                 r"|\b(?:profile|kandidat(?:en|innen)|lebenslaufe|profielen|kandidaten|cv's) (?:\w+ ){0,3}(?:weiterleiten|schicken|senden|zukommen|door(?:sturen)?|sturen|doorgeven)\b")
#: Her own profile said to fit the role (folded): "je profiel past goed", "your profile would be a great fit", "votre profil
#: correspond", "dein Profil passt", "tu perfil encaja", "il tuo profilo è perfetto", "the role matches your profile"; her
#: background too: "your background looks like a strong fit", "ton parcours correspond", "dein Werdegang passt".
_PROFILE_FITS = (r"\b(?:your|votre|ton|dein\w*|ihr\w*|tu|su|il tuo|il suo|la tua|la sua|tuo|suo|tua|sua|seu|teu|o seu|o teu|a sua|a tua|je|jouw|uw) (?:profile?|profil|perfil|profilo|profiel"
                 r"|background|experience|parcours|experiencia|trayectoria|esperienza|percorso|trajetoria|percurso|werdegang|erfahrung|achtergrond|ervaring)\b"
                 r"[^.!?]{0,30}\b(?:fits?|fitting|matches|match|suits?|correspond\w*|colle|passt|passen|past|passend|aansluit|encaja|cuadra|encaixa|corrisponde"
                 r"|perfett\w*|perfect\w*|parfait\w*|ideal\w*|interessant\w*|interesting|interesa\w*)\b"
                 r"|\b(?:fits?|matches|suits?|correspond\w*|passt|past|encaja|encaixa|corrisponde)\b[^.!?]{0,25}\b(?:profile?|profil|perfil|profilo|profiel)\b")
#: A post to pass on to her network (folded): "compartir la oferta con tu red", "share the job post with your network",
#: "partager l'annonce dans votre réseau", "condividere l'annuncio con la tua rete", "die Stelle in deinem Netzwerk teilen".
_RELAY_ASK = (r"\b(?:shar(?:e|ing)|repost(?:ing)?|pass(?:ing)? (?:it|this|the \w+) on|spread(?:ing)? the word|partager|relayer|diffuser|compartir(?:la|lo)?|difundir(?:la|lo)?"
              r"|condivider(?:e|la|lo)|diffonder(?:e|la|lo)|girar(?:e|la|lo)|partilhar|compartilhar|divulgar|teilen|weiterleiten|weitergeben|delen|doorsturen|verspreiden)\b"
              r"[^.!?]{0,40}\b(?:network|reseau|netzwerk|red|rete|rede|netwerk|contacts|contactos|contatti|contatos|kontakte|connections)\b"
              r"|\b(?:network|reseau|netzwerk|netwerk)\b[^.!?]{0,25}\b(?:teilen|weiterleiten|weitergeben|delen|verspreiden|partager|relayer)\b")
#: Freelancers sought by an agency (folded): "zoeken wij freelancers", "cherche des freelances", "buscamos autónomos".
_FREELANCERS_SOUGHT = (r"\b(?:zoeken|zoekt|zoek|op zoek naar|looking for|seeking|hiring|cherchons|recherchons|cherche|recherche|suchen|sucht|buscamos|busca"
                       r"|buscando|cerchiamo|cerca|cercando|procuramos|procura|procurando) (?:\w+ ){0,2}(?:freelancers?|freelances|freiberufler\w*|autonom[oa]s"
                       rf"|zzp'?ers?|zelfstandigen|{_FREE_STAFF})\b")
#: Freelancers named as whom a service is for (folded): "Steuerberatung für Freiberufler", "an app for freelancers", "une
#: assurance pour les indépendants": the sender's clientele, never a freelance mission offered to her.
_FOR_FREELANCERS = (r"(?<!looking )(?<!searching )(?<!look )(?<!search )(?<!asking )(?<!hiring )\b(?:fur|for|pour|para|per|voor)\s+(?:les |des |los |las |os |as |i |gli |de |die )?(?:freiberufler\w*|freelancers?"
                    r"|freelances|independant\w*|independientes|autonom[oa]s|zzp\w*|zelfstandigen|liberi professionisti|selbststandige\w*)\b")
_FREELANCE_ROLE = (r"\b(?:freelance|free-lance|" + _FREELANCERS_SOUGHT[2:-2] + r"|freiberuflich\w*|pj|pessoa juridica|partita iva|p\.? ?iva|auto-?entrepreneur|micro-?entrepreneur|b2b[ -]?(?:contract|vertrag)|(?:contrat|contrato|contratto) b2b|mission|missions|opdracht(?!gever)\w*|auftrag|projekteinsatz|interim|contract role|contractor|independant\w*|independent (?:trainers?|consultants?)|vacataires?|freiberufler\w*|autonom[oa]s?|zzp\w*|zelfstandige?n?"
                   r"|\d ?(?:jours|days|tage|dias|dagen|giorni)\s?(?:/|par|per|a|por|pro)\s?(?:semaine|week|woche|semana|settimana)"
                   # a recruiter's "Senior SEO Consultant contract (6 months, EU hours)", "a 6-month contract": a fixed-term contract an
                   # independent can take, not a permanent role
                   r"|(?:\d+|three|six|nine|twelve)[- ]months? contracts?|contracts? \((?:\d+|three|six|nine|twelve)[- ]months?"
                   r"|contracts? (?:of|for) (?:\d+|three|six|nine|twelve) months?"
                   # "para um projeto remoto", "for a 3-month consulting project", "pour un projet", "für ein Beratungsprojekt": an engagement, not a post
                   r"|(?:for|on|para|pra|em|num|pour|sur|fur|per|voor|bij|por) (?:a|an|one|um|uma|un|une|ein|einem|uno|een) (?:[\w-]+ ){0,3}[\w-]*?(?:project|projeto|projet|proyecto|progetto|projekt|opdracht)"
                   # "una consulente di content strategy per 3 mesi", "a consultant for 6 months": a consultant for a set time is an engagement
                   r"|(?:consultant|consultante|consultora|consultor|consulente|berater|beraterin|adviseur)(?: [\w-]+){0,4} (?:for|per|pour|para|pra|por|fur|voor|durante|pendant|during)"
                   r" (?:\d+|two|three|six|deux|trois|six|dos|tres|seis|due|tre|sei|dois|zwei|drei|sechs|twee|drie|zes) (?:months?|mois|meses|mesi|monate?n?|maanden|weeks?|semaines|semanas|settimane|wochen|weken)"
                   # "een externe adviseur voor contentstrategie", "an external consultant", "un conseiller externe": an outside adviser, not a post
                   r"|(?:external|outside|externe?[nr]?|extern[oa]s?|estern[oa])\s(?:advis[eo]rs?|consultants?|adviseurs?|berater(?:in)?|consultore?s?|consultoras?|consulent[ei]|asesor(?:es|as?)?|conseill\w+|consiglier[ei]|specialists?|experts?|experten?|expert[oa]s?|espert[oi])"
                   r"|(?:conseill\w+|consultante?s?|expert[es]?|consultore?s?|consultoras?|asesor(?:es|as?)?|consulent[ei]|consiglier[ei]|expert[oa]s?|espert[oi]) (?:extern[eoa]s?|estern[oaie]))\b")
#: "cerchiamo un/una consulente per impostare la strategia SEO", "we're looking for a consultant to build our content plan":
#: a company seeking an outside consultant is buying her services, not filling a post
_CONSULTANT_SOUGHT = (r"\b(?:we(?:'re| are)? looking for|looking for|we(?:'re| are)? seeking|cherchons|recherchons|buscamos|estamos buscando|cerchiamo"
                      r"|stiamo cercando|procuramos|estamos a procurar|estamos procurando|suchen|zoeken|we zoeken"
                      # a consultant weighed up, not yet chosen: "stiamo valutando una consulente", "we're considering a consultant"
                      r"|(?:we(?:'re| are)|nous) (?:considering|evaluating|envisageons|etudions)|stiamo valutando|valutiamo|estamos (?:valorando|considerando|evaluando|avaliando|a avaliar|a considerar)"
                      r"|(?:we|wij) overwegen|wir (?:uberlegen|erwagen|prufen)) (?:(?:[\w()]+/)?[\w()]+ ){0,2}"
                      r"(?:consultant|consultante|consultor|consultora|consulente|berater|beraterin|adviseur)\b")
_FOR_A_CLIENT = r"\b(?:our client|notre client|nuestro cliente|nostro cliente|nosso cliente|unser\w* kunde\w*|onze klant|for a client|pour un client|para un cliente|per un cliente|para um cliente|fur einen kunden|voor een klant)\b"
_PERMANENT_ROLE = (r"\b(?:full[- ]?time|fulltime|voltijd|vast contract|vaste (?:baan|aanstelling|dienst)|in loondienst|cdi|temps plein|poste en interne"
                   r"|vollzeit|festanstellung|unbefristet\w*|permanent (?:role|position|contract|job)|tiempo completo|contrato indefinido|indefinido"
                   r"|tempo pieno|tempo indeterminato|full time|tempo integral|clt|efetivo|contrato sem termo)\b")
#: The post itself named (folded): "über die Stelle", "the role", "le poste", "el puesto", "la posizione", "a vaga", "de functie".
_POST_NAMED = (r"\b(?:(?:the|this) (?:role|position|job|opening)|(?:le|ce|du|au) poste|(?:die|der|diese[rn]?) (?:stelle|position)|(?:el|este|del) puesto"
               r"|(?:la|questa|della) posizione|(?:a|esta|da|essa) vaga|(?:de|deze) (?:functie|vacature|rol))\b")
_NETWORKING = r"\b(?:reseau|network\w*|netzwerk|vernetz\w*|red|contactos|rete|rede|netwerk)\b"
#: Her published material named as hers (folded): "tus guías gratuitas de SEO", "your posts", "Ihre Beiträge", "je posts".
_HER_MATERIAL = (r"\b(?:your|tes|vos|ton|ta|votre|tu|tus|su|sus|tua|tuoi|tue|suoi|sue|teu|tua|teus|tuas|seu|sua|seus|suas|dein[enm]?|ihre[nm]?|je|jouw|uw)\s+(?:\w+\s+)?"
                 r"(?:guides?|guias?|leitfad\w*|gids\w*|posts?|beitrage?|berichten|publicaciones|publications?|pubblicazioni|publicacoes|articles?|articulos?"
                 r"|articoli|artigos?|artikel\w*|contenus?|content|contenidos?|contenuti|conteudos?|inhalte?|templates?|plantillas?|modeles?|slides?"
                 r"|infograph\w*|infografi\w*|checklists?|checkliste\w*|ressources?|resources?|recursos?|risorse|materia\w*|videos?|carrousels?|carousels?)\b")
#: Using, sharing or citing something, in the seven languages (folded).
_USE_VERB = (r"(?:shar(?:e|ing)|us(?:e|ing)|cit(?:e|ing)|quot(?:e|ing)|referenc(?:e|ing)|partager|partage|utiliser|utilise|citer|cite|reprendre|reprenne|diffuser"
             r"|compartir\w*|comparto|usar\w*|uso|utilizar\w*|utilizo|citar\w*|cito|condivider\w*|condivido|utilizzar\w*|utilizzo|citarl\w*|compartilhar\w*|compartilho"
             r"|partilhar\w*|partilho|cita-l\w*|citar-\w+|teilen|verwenden|nutzen|zitieren|einsetzen|teile|verwende|nutze|zitiere|delen|gebruiken|citeren|deel|gebruik|citeer)")
#: Leave asked to share, use or cite something (folded): "¿te parece bien si las cito?", "may I share them with my students",
#: "puis-je les utiliser en cours", "dürfte ich sie im Unterricht verwenden", "mag ik ze gebruiken in mijn lessen", "posso
#: citá-los", "posso condividerli": her public material used with its source named, a plain yes (never a call).
_USE_ASKED = (r"\b(?:(?:can|could|may|might) i (?:\w+ )?|(?:ok|okay|alright|fine|mind) if i |permission to |(?:puis|pourrais)-je |je (?:peux|pourrais) "
              r"|est-ce que je (?:peux|pourrais) |(?:ca|cela) (?:te|vous) (?:derange|gene)(?:rait)? (?:si|que) (?:je )?|(?:tu|vous) (?:m'autorise\w*|me permet\w*) a "
              r"|(?:puedo|podria|te parece bien si|le parece bien si|te importa si|le importa si|me permites|me permite|me dejas|esta bien si) "
              r"|(?:posso|potrei|ti dispiace se|le dispiace se|va bene se|mi permetti di|mi permette di) "
              r"|(?:poderia|(?:voce|tu) se importa(?:ria)? (?:se|que)|te importas (?:se|que)|se importa (?:se|que)|tudo bem se|me permite|permites-me|permite-me) "
              r"|(?:darf|durfte|konnte|kann) ich |(?:ist es|ware es) (?:ok|okay|in ordnung),? wenn ich |(?:mag|kan|zou) ik |(?:vind je|vindt u) het (?:goed|ok|oke) als ik )"
              r"(?:[\w'-]+ ){0,5}?" + _USE_VERB + r"\b")
#: A wish to use her material, then leave asked (folded): "würde gern deine Checkliste im Kurs verwenden … Wäre das ok für dich?",
#: "would love to use your checklist in my course … would that be ok?", "wil graag jouw checklist gebruiken … Is dat goed?":
#: the same use ask as _USE_ASKED, said as a wish with the consent asked after.
_USE_WISHED = (r"\b(?:(?:would|i'd|i would) (?:love|like) to|j'aimerais|je voudrais|je souhaiterais|me gustaria|quisiera|me encantaria|gostaria de|queria"
               r"|adoraria|vorrei|mi piacerebbe|(?:wurde|mochte|mochten) (?:ich )?(?:\w+ )?gerne?|wil(?:de)? (?:ik )?graag|zou (?:ik )?graag)\b[^.!?]{0,90}?\b" + _USE_VERB + r"\b")
_USE_OK = (r"\b(?:(?:would|is|will) (?:that|it|this) be (?:ok|okay|alright|fine|possible)|(?:is|would) that (?:ok|okay|alright|fine)|do you mind"
           r"|(?:ware|ist|waere) (?:das|es) (?:\w+ ){0,2}(?:ok|okay|in ordnung|moglich|recht)|(?:ce serait|ca serait|ce serait-il|est-ce que ce serait|c'est) (?:possible|ok|d'accord|bon)"
           r"|(?:ca|cela) (?:te|vous) (?:va|irait|convient|conviendrait)|(?:te|le) (?:parece|pareceria) bien|(?:te|le) importa|(?:seria|es) posible"
           r"|pode ser|(?:tudo bem|ok|esta bem|seria possivel)(?=\s*\?)|(?:ti|le) (?:va|andrebbe) bene|(?:e|sarebbe) possibile|(?:per te|per lei) (?:va bene|e ok)"
           r"|is (?:dat|het) (?:goed|ok|oke|akkoord)|(?:vind je|vindt u) (?:dat|het) (?:goed|ok|oke))\b")

_PERMISSION = {
    "fr": r"\b(?:on reste|restons) en contact\s*\?|\bsi je (?:t'|vous )ajoute\b|\b(?:ca|cela) (?:te|vous) (?:derange|gene|ennuie) (?:si|que)\b|\b(?:puis|peux)[- ]je (?:t'|vous )?(?:ajouter|inviter|suivre)\b|\bje (?:peux|pourrais) (?:t'|vous )ajouter\b",
    "en": r"\blet'?s (?:connect|stay in touch|keep in touch)\s*\?|\b(?:may|can|could) i (?:add|connect with|follow)\b|\b(?:mind|ok|okay) if i (?:add|connect|follow)\b",
    "de": r"\b(?:bleiben wir|wollen wir) in kontakt(?: bleiben)?\s*\?|\b(?:darf|kann) ich (?:dich|sie|ihnen|dir) (?:hinzufugen|adden|einladen|folgen)\b|\b(?:ist es|ists) (?:ok|okay|in ordnung),? wenn ich (?:dich|sie)\b",
    "es": r"\b(?:seguimos|mantenemos el|nos mantenemos|estamos) (?:en )?contacto\s*\?|\b(?:puedo|podria) (?:agregarte|anadirte|agregarle|anadirle|seguirte|seguirle)\b|\b(?:puedo|podria) (?:te|le) seguir\b|\bte importa si te (?:agrego|anado)\b",
    "it": r"\b(?:restiamo|rimaniamo|ci teniamo|teniamoci) in contatto\s*\?|\b(?:posso|potrei) (?:aggiungerti|aggiungerla|seguirti|seguirla)\b|\b(?:posso|potrei) (?:ti|la) seguire\b|\bti dispiace se ti aggiungo\b",
    "pt": r"\b(?:vamos|bora) (?:manter|ficar em) (?:o )?conta(?:c)?to\b|\b(?:mantemos|ficamos|continuamos) (?:o |em )?conta(?:c)?to\s*\?|\bvamos nos conectar\b|\bvamos conectar\b|\bbora conectar\b|\b(?:posso|poderia) (?:te adicionar|adicionar-te|adiciona-la|adicionar voce|te seguir|seguir-te|segui-la|seguir voce|seguir a senhora)\b|\b(?:importa-se|te importa|se importa) (?:que|se) (?:te |a )?adicion",
    "nl": r"\b(?:blijven we|zullen we) (?:in )?contact (?:houden)?\s*\?|\b(?:mag|kan) ik (?:je|jou|u) (?:toevoegen|connecten|volgen)\b|\bvind je het (?:goed|ok|oke) als ik (?:je|jou) (?:toevoeg|connect)",
}
_SEND = {
    "fr": r"\b(?:je peux|je pourrais|puis-je|pourrais-je|est-ce que je peux|nous pouvons|pouvons-nous|je me permets de) (?:vous |t'|te )?(?:envoyer|transmettre|faire parvenir|adresser)\b"
          # "je me permets de vous adresser une demande de mise en relation": the request this message is, never something
          # to send later ("envoyez-moi les détails")
          r"(?! (?:une|cette|ma|ce|cet|mon|la) (?:petite? )?(?:demande|invitation|message|mot|requete|sollicitation)\b)|\b(?:indiquer|donner|communiquer|transmettre) (?:votre|une|ton) (?:adresse )?(?:e-?mail|mail)\b"
          r"|\b(?:tu veux|vous voulez|veux-tu|voulez-vous|tu voudrais|vous voudriez|souhaitez-vous|vous souhaitez) que (?:je|nous|on) (?:t'|vous |te |te l'|vous l'|te les |vous les )?(?:envoie|envoyions|transmette|fasse suivre)\b|\bje (?:t'|vous |te l'|vous l'|te les |vous les )(?:envoie|transmets|fais suivre)\b[^.!?,;:\n]{0,40}\?",
    "en": r"\b(?:may|can|could|shall) (?:i|we) (?:send|share|forward|email)\b|\b(?:give|share|send|let) (?:me|us) (?:know )?(?:your|an) e-?mail(?: address)?\b|\bcould we email you\b"
          r"|\b(?:should|shall) (?:i|we) (?:send|share|forward|email)\b|\b(?:want|like) (?:me|us) to (?:send|share|forward|email)\b",
    "de": r"\b(?:darf|kann|konnen|durfen|durfte|konnte|soll|sollen) (?:ich|wir) (?:ihnen|dir|euch) (?:[\w-]+ ){0,6}(?:schicken|senden|zusenden|zuschicken|stellen|mailen)\b|\b(?:ihre|deine) e-?mail-?adresse\b"
          r"|\b(?:willst|mochtest|mochten|wollen|wurdest|wurden) (?:du|sie),? dass (?:ich|wir) (?:dir|ihnen|euch)\b|\b(?:schicke|schick|sende) (?:ich|wir) (?:dir|ihnen|euch)\b[^.!?,;:\n]{0,40}\?",
    "es": r"\b(?:puedo|podemos|podria|podriamos) (?:enviarte|enviarle|mandarte|mandarle|pasarte|pasarle|hacerte llegar|hacerle llegar)\b|\b(?:te|le|os|les) (?:puedo|podemos|podria|podriamos) (?:enviar|mandar|pasar|hacer llegar)\b|\b(?:indicarnos|darnos|pasarnos|indicarme|darme|pasarme) (?:un|su|tu) (?:correo|e-?mail)\b"
          r"|\b(?:quieres|quiere|quereis|te gustaria|le gustaria) que (?:te|le|os) (?:lo |la |los |las )?(?:mande|envie|pase)\b|\b(?:te|le|os) (?:lo |la |los |las )?(?:mando|envio|paso)\b[^.!?,;:\n]{0,40}\?",
    "it": r"\b(?:posso|possiamo|potrei|potremmo) (?:inviarti|inviarle|mandarti|mandarle|girarti|girarle|inviarla|farti avere|farle avere)\b|\b(?:ti|le|vi) (?:posso|possiamo|potrei|potremmo) (?:inviare|mandare|girare|far avere)\b|\b(?:indicarci|darci|lasciarci|indicarmi|darmi) (?:un|una|la sua|il suo|la tua|il tuo) (?:e-?mail|indirizzo e-?mail)\b"
          r"|\b(?:vuoi|vuole|volete) che (?:ti|le|vi) (?:lo |la |li |le )?(?:mandi|invii|giri|passi)\b|\b(?:ti|le|vi) (?:mando|invio|giro|passo)\b[^.!?,;:\n]{0,40}\?|\b(?:te|glie)(?:lo|la|li|le) (?:mando|invio|giro|passo)\b[^.!?,;:\n]{0,40}\?",
    "pt": r"\b(?:posso|podemos|poderia|poderiamos) (?:te |lhe )?(?:enviar|mandar|enviar-lhe|enviar-te|mandar-lhe|mandar-te)\b|\b(?:indicar|passar|dar|enviar)(?:-nos|-me| nos| me)? (?:um|o seu|seu|o teu|teu) e-?mail\b"
          r"|\bquer(?:es)? que (?:eu )?(?:te |lhe )?(?:mande|envie|passe)\b|\b(?:te|lhe) (?:mando|envio|passo)\b[^.!?,;:\n]{0,40}\?|\b(?:mando|envio|passo)-(?:te|lhe)\b[^.!?,;:\n]{0,40}\?",
    "nl": r"\b(?:mag|kan|kunnen|mogen|zal|zullen) (?:ik|we|wij) (?:je|u|jou|jullie) (?:[\w-]+ ){0,4}(?:sturen|mailen|toesturen|opsturen)\b|\b(?:uw|je|jouw) e-?mailadres\b"
          r"|\b(?:wil|wilt) (?:je|u) dat ik (?:je|jou|u)\b|\b(?:stuur|mail) ik (?:je|jou|u)\b[^.!?,;:\n]{0,40}\?",
}
#: Her e-mail address asked for, to send something to (folded): "An welche E-Mail darf ich das senden?", "which email should I
#: send it to?", "à quelle adresse mail ?", "¿a qué correo te lo mando?", "a quale indirizzo email?", "para qual e-mail?",
#: "naar welk e-mailadres?", "what's your email?": a send ask, answered with where to send it.
_EMAIL_WHERE = (r"\b(?:an|to|at|a|para|naar|op|auf|al)\s+(?:welche|welcher|which|what|quelle|quel|qual|quale|que|cual|welk|welke)\s+"
                r"(?:e-?mail|mail|adresse|address|adres|e-?mailadres|mailadres|correo|indirizzo|endereco)"
                r"|\b(?:what(?:'s| is)|quelle est|wie lautet|cual es|qual e|wat is)\s+(?:your|votre|ton|ta|ihre|deine|tu|su|o seu|o teu|seu|teu|la tua|la sua|il tuo|il suo|je|uw|jouw)\s+"
                r"(?:adresse |indirizzo |endereco de )?(?:e-?mail|mail|courriel|correo|e-?mailadres|mailadres)(?:-?adresse| address)?\b")
#: Her e-mail address asked for (folded): "indicarme un email", "give me your email", "votre adresse e-mail", "Ihre E-Mail-Adresse",
#: "indicarmi la sua email", "passar-me o seu e-mail", "uw e-mailadres".
_HER_ADDRESS_ASKED = (r"\b(?:indiquer|donner|communiquer|transmettre) (?:votre|une|ton) (?:adresse )?(?:e-?mail|mail)\b"
                      r"|\b(?:give|share|send|let) (?:me|us) (?:know )?(?:your|an) e-?mail(?: address)?\b|\b(?:ihre|deine) e-?mail-?adresse\b"
                      r"|\b(?:indicarnos|darnos|pasarnos|indicarme|darme|pasarme) (?:un|su|tu) (?:correo|e-?mail)\b"
                      r"|\b(?:indicarci|darci|lasciarci|indicarmi|darmi) (?:un|una|la sua|il suo|la tua|il tuo) (?:e-?mail|indirizzo e-?mail)\b"
                      r"|\b(?:indicar|passar|dar|enviar)(?:-nos|-me| nos| me)? (?:um|o seu|seu|o teu|teu) e-?mail\b|\b(?:uw|je|jouw) e-?mailadres\b")
#: The details of a proposal offered, said without a question (folded): "happy to share details", "je vous envoie volontiers
#: le programme", "gerne schicke ich Ihnen weitere Infos", "le mando con gusto los detalles", "ik stuur je graag meer info".
_DETAILS = (r"(?:(?:more|further|all the|the|full|les|des|plus de|weitere|die|nähere|nahere|mas|los|altri|i|os|mais|meer|de|alle)\s+)?"
            r"(?:details?|infos?|information|informations|détails|programme|program\w*|brief|detalles|informacion|dettagli|informazioni|detalhes|informacoes|informatie)\b")
_SEND_OFFER = (r"\b(?:happy|glad|pleased|delighted) to (?:share|send|provide|pass on)\s+(?:you\s+)?" + _DETAILS +
               r"|\b(?:i|we)(?:'ll| will| can| could)\s+(?:share|send|forward)\s+(?:you\s+)?" + _DETAILS +
               r"|\b(?:je|nous) (?:vous|te) (?:envoie|envoyons|enverrai|enverrons|transmets|transmettrai)\s+(?:volontiers\s+|avec plaisir\s+)?" + _DETAILS +
               r"|\b(?:gerne?|gern) (?:schicke|sende|schicken|senden) (?:ich|wir) (?:ihnen|dir|euch)\s+" + _DETAILS +
               r"|\b(?:schicke|sende|schicken|senden) (?:ich|wir) (?:ihnen|dir|euch) gerne?\s+" + _DETAILS +
               r"|\b(?:le|te|les|os) (?:envio|envío|mando|enviamos|mandamos|enviare|mandare)\s+(?:con gusto\s+|encantad[oa]\s+)?" + _DETAILS +
               r"|\b(?:le|ti|vi) (?:invio|mando|inviamo|mandiamo|inviero|mandero)\s+(?:volentieri\s+|con piacere\s+)?" + _DETAILS +
               r"|\b(?:envio|mando|enviamos|mandamos)(?:-lhe|-te| lhe| te)?\s+(?:com gosto\s+|com prazer\s+)?" + _DETAILS +
               r"|\b(?:stuur|sturen|mail|mailen) (?:ik|we|wij) (?:je|u|jou|jullie) (?:graag|met plezier)\s+" + _DETAILS +
               r"|\b(?:ik|we|wij) (?:stuur|sturen) (?:je|u|jou|jullie) graag\s+" + _DETAILS)
#: A survey to fill in, named in any of her languages ("een korte enquête", "um inquérito", "une courte enquête").
#: A survey named (folded), in any of the languages.
SURVEY_WORD = r"(?:questionnaire|sondage|survey|umfrage|fragebogen|encuesta|cuestionario|sondaggio|questionario|formulario|vragenlijst|enquete|inquerito)"
_SURVEY_ASKED = rf"\b{SURVEY_WORD}\b"
#: "Dürfen wir Ihnen die Details zusenden? … Frank Albers, Programmleitung": a sender's role ("Programmleitung",
#: "programme manager") is no programme offered, so "die Details", never "das Programm" (142 I de_nl note-9)
_SENDWHAT = [("programme", r"\bprogram(?!m?e?(?:leit|direkt|manag|komit|komm|verantwort|koordin|chef))\w*\b"
                           r"(?! (?:manager|director|lead|committee|coordinator|team|chair))"),
             # "could I send you a short survey?": the link to fill it in, never "the details" looked at "right away"
             ("survey", r"\b(?:survey|questionnaire|sondage|enquete|umfrage|fragebogen|encuesta|cuestionario|sondaggio|questionario|vragenlijst|inquerito)\b"),
             ("questions", r"\b(?:questions|fragen|preguntas|domande|perguntas|vragen)\b"),
             ("cv", r"\b(?:cv|curriculo|curriculum|lebenslauf|resume)\b")]
# "el link building?", "il link building?": the practice named, never a link asked for
_SHARE = {
    "fr": r"\b(?:as-tu|tu as|vous avez|avez-vous|auriez-vous|aurais-tu|tu aurais|vous auriez) (?:le|les|la) (?:lien|slides|support|replay|presentation|checklist)\b|\b(?:m'envoyer|me partager|me transmettre|m'envoyer le lien (?:de|vers)) (?:le|les|la) (?:lien|slides|supports?|replay|presentation|checklist)\b|\b(?:les|vos|tes) (?:slides|supports?)\b[^.!?]{0,70}\?|\b(?:le support|le replay|l'enregistrement|un replay|un enregistrement)\b[^.!?]{0,70}\?",
    "en": r"\b(?:send me|share|get|have) (?:the|your) (?:link|slides|deck|recording|replay|checklist)\b|\b(?:the|your) (?:slides?(?: deck)?|deck|recording|replay)\b[^.!?]{0,70}\?|\b(?:is there|are there|any) (?:a |the )?(?:recording|replay|slides|deck)\b[^.!?]{0,70}\?",
    "de": r"\b(?:die )?(?:folien|slides|prasentation|aufzeichnung|checkliste|den link)\b[^.!?]{0,70}\?",
    "es": r"\b(?:las )?(?:diapositivas|slides|presentacion|grabacion|el enlace|el link|la checklist)\b(?![ -]?building)[^.!?]{0,70}\?",
    "it": r"\b(?:le )?(?:slide|slides|registrazione|il link|la checklist)\b(?![ -]?building)[^.!?]{0,70}\?",
    "pt": r"\b(?:os |as )?(?:slides|apresentacao|gravacao|o link|a checklist)\b(?![ -]?building)[^.!?]{0,70}\?",
    "nl": r"\b(?:de )?(?:slides|presentatie|opname|link|checklist)\b(?![ -]?building)[^.!?]{0,70}\?",
}
#: A cost that is an ads measure (folded): "kosten per klik", "cost per click", "coût par clic", "Kosten pro Klick", "coste por
#: clic", "costo per clic", "custo por clique/lead": a result or a figure told, never her price asked (137 C).
_METRIC_COST = (r"(?:kosten|costs?|cout|coste|costo|custo|preis|prijs|price|prix|precio|prezzo|preco)s? (?:per|pro|par|por|por cada) "
                r"(?:klik|click|klick|clic|clique|lead|conversie|conversion|conversao|conversione|conversion|acquisition|mille|duizend)\b")
#: Where to download her material, or its link not found (folded): "where can I download the full report? I can't find the
#: link", "¿dónde se puede descargar completo?", "dove si può scaricare?", "Wo kann man den Bericht herunterladen?", "onde dá pra
#: baixar?", "waar kan ik het downloaden?": the link sent here, never "tell me about your business and budget" (137 C).
_WHERE_DOWNLOAD = (r"\b(?:where (?:can|could|do) (?:i|we|one|you) (?:\w+ ){0,3}(?:download|get hold of)|ou (?:peut-on|puis-je|je peux|on peut|est-ce qu'on peut|pourrais-je) (?:le |la |les |l')?(?:\w+ ){0,2}telecharger"
                   r"|donde (?:se )?(?:lo |la |los |las )?(?:puedo |puede |podria )?(?:descargar|bajar)|dove (?:si )?(?:lo |la |li |le )?(?:posso |puo |potrei )?scaricar"
                   r"|wo (?:kann|konnte) (?:man|ich) (?:\w+ ){0,4}(?:herunter|runter|down)laden|onde (?:\w+ ){0,2}(?:descarregar|baixar|fazer o download|fazer download)"
                   r"|waar (?:kan|kun) (?:ik|je|men) (?:\w+ ){0,4}(?:downloaden|download)"
                   # "kann man die irgendwo runterladen?", "kan ik ze ergens downloaden?", "can I download them somewhere?" (144 O)
                   r"|(?:irgendwo|ergens|somewhere|anywhere) (?:\w+ ){0,2}(?:herunter|runter|down)?laden|(?:download|downloaden) (?:\w+ ){0,2}(?:somewhere|anywhere)"
                   r"|(?:can't|cannot|can not|couldn't|could not|can t) find the link|(?:ne )?(?:trouve|trouvons) pas le lien|no (?:encuentro|encontre|consigo encontrar) el (?:enlace|link)"
                   r"|non (?:trovo|riesco a trovare) il link|(?:finde|fand) (?:den link|ihn) nicht|nao (?:encontro|acho|achei|encontrei|consigo encontrar) o link"
                   r"|(?:vind|vond) (?:ik )?de link niet)\b")
#: The name of a tool she used or mentioned, asked for (folded): "the name of that SEO tool you use", "you mentioned a tool for
#: keyword clustering, what was it called again?", "c'était quoi son nom ?", "wie hieß das nochmal?", "o nome daquela
#: ferramenta": the name sent here, never a call nor the stock list of free tools.
#: A browser extension or plugin is a tool too ("a Chrome extension for checking schema markup", "une extension Chrome", "eine
#: Chrome-Erweiterung", "una extensión", "un'estensione", "uma extensão", "een extensie", "a WordPress plugin") (153 A).
_TOOL_WORD = (r"\b(?:tools?|outils?|logiciels?|herramientas?|strument[oi]|ferramentas?|software|apps?"
              r"|(?:\w+-)?(?:extensions?|extensiones|estension[ei]|extensao|extensoes|extensies?|erweiterung(?:en)?)|plug-?ins?|add-?ons?)\b")
_TOOL_NAME_ASKED = (r"\b(?:name of (?:the|that|this|your) (?:\w+ )?tool|nom (?:de |du |d')(?:l'|cet |ton |votre )?(?:outil|logiciel)"
                    r"|nombre de (?:la |esa |aquella |tu )?herramienta|nome (?:dello|di quello|del|di quel) (?:strumento|tool)"
                    r"|nome (?:da|daquela|dessa|desta|aquela) ferramenta|namen? (?:des|von dem|von diesem|deines|ihres|von deinem|von ihrem) tools?"
                    r"|naam van (?:de|die|dat|je|jouw|uw) tool)\b")
_CALLED_AGAIN = (r"\b(?:what (?:was|is|'s) (?:it|that|the tool|that tool) called|what was (?:its|the) name|c'etait quoi (?:son nom|deja)|comment (?:il |elle )?s'appel\w*"
                 r"|quel (?:est|etait) son nom|wie hie(?:ss|s|ß) (?:das|es|der|die)|wie heisst (?:das|es)|como se llam\w*|cual era (?:el|su) nombre|come si chiam\w*"
                 r"|qual era il nome|como se chama\w*|qual era o nome|hoe heet(?:te)? (?:die|dat|het)|wat was de naam"
                 # "c'était lequel déjà ?", "which one was it again?", "welches war das nochmal?", "¿cuál era?", "qual era mesmo?",
                 # "welke was het ook alweer?": the one she named, asked back (153 A)
                 r"|c'(?:etait|est) (?:lequel|laquelle|lesquels|quoi) deja|(?:which|what) (?:one )?was (?:it|that) again|which one was (?:it|that)"
                 r"|welche[sr]? (?:war|ist) (?:das|es) (?:noch ?mal|gleich|nochmals)|(?:cual|qual|quale) era(?: (?:de nuevo|otra vez|mesmo|di nuovo|ancora))?(?=\s*\?)"
                 r"|welke was (?:het|dat) (?:ook alweer|nou|nog)|wat was (?:het|dat) ook alweer)\b")
#: Her material named in one sentence and asked for in the next with a pronoun ("deine Folien waren top! Kannst du mir
#: die zuschicken?", "loved your slides! Could you send them?", "je slides waren top! Kun je ze sturen?"): a share ask.
_SEND_IT_BACK = (r"\b(?:(?:send|share|forward|e-?mail) (?:me )?(?:them|it|those)|me (?:les|la|le) (?:envoyer|partager|transmettre|faire suivre)"
                 r"|(?:envoyer|partager|transmettre)(?: \w+)? (?:les|la|le)\b|(?:mir|uns) (?:die|diese|sie|es)(?: \w+\.?)? (?:zu|weiter)?(?:schicken|senden|mailen)"
                 r"|(?:die|diese|sie) (?:mir|uns)(?: \w+\.?)? (?:zu|weiter)?(?:schicken|senden|mailen)"
                 r"|(?:me )?(?:las|los|lo|la) (?:puedes|podrias|puede|podria) (?:enviar|mandar|pasar|compartir|reenviar|volver a enviar)|(?:enviar|mandar|pasar|compartir)(?:melas|melos)"
                 r"|me (?:le|li|lo|la) (?:puoi|potresti|puo|potrebbe) (?:mandare|inviare|girare|condividere|rimandare|reinviare)|(?:mandar|inviar|girar|condivider)mele"
                 r"|(?:pode|podes|poderia|podia)s? (?:me )?(?:enviar|mandar|passar|partilhar|compartilhar)(?:-mas|-mos|-me)?(?: \w+)?(?: eles| elas)?"
                 r"|(?:kun|kunt|wil|zou) (?:je|jij|u) (?:ze|die|deze)(?: \w+)? (?:naar )?(?:mij |me )?(?:door)?(?:sturen|mailen|delen)"
                 # "Kunt u mij die opnieuw sturen?", "Kannst du mir das schicken?", "pouvez-vous me le renvoyer ?"
                 r"|(?:kun|kunt|wil|zou) (?:je|jij|u) (?:mij|me) (?:ze|die|deze|het|dat)(?: \w+)? (?:door|op|toe)?(?:sturen|mailen|delen)"
                 r"|(?:mir|uns) (?:das|den|ihn)(?: \w+\.?)? (?:zu|weiter|erneut |nochmal |noch mal )?(?:schicken|senden|mailen)"
                 r"|me (?:les |la |le |l')?(?:renvoyer|reenvoyer)|me l'(?:envoyer|partager|transmettre))\b[^.!?]{0,40}\?")
#: Her own offer or promise to send her material, recalled by the sender (folded): "Sie hatten mir angeboten, Ihre Folien zu
#: schicken", "you offered to send me your slides", "vous m'aviez proposé vos slides", "me ofreciste tu presentación", "mi avevi
#: promesso le slide", "ficou de me enviar os slides", "je had beloofd je slides te sturen": a share ask, even without "?".
_YOU_OFFERED = (r"\b(?:you (?:\w+ ){0,2}(?:offered|promised|said you(?:'d| would)|mentioned you(?:'d| would))"
                r"|(?:vous|tu) (?:m'|nous )?(?:aviez|avais|avez|as) (?:\w+ )?(?:propose|promis|offert|dit que)"
                r"|(?:sie|du) (?:hatten|hattest|haben|hast) (?:mir |uns )?(?:\w+ ){0,2}(?:angeboten|versprochen|zugesagt)"
                r"|me (?:ofreciste|ofrecio|prometiste|prometio|ofreciais|dijiste que|dijo que)"
                r"|mi (?:avevi|aveva|hai|ha) (?:\w+ )?(?:offerto|promesso|proposto|detto che)"
                r"|(?:voce|tu|se|me) (?:se |me )?(?:ofereceu|ofereceste|prometeu|prometeste|ficou de|ficaste de)"
                r"|(?:je|jij|u) (?:had|hebt|heeft|zou) (?:me |mij )?(?:\w+ ){0,2}(?:aangeboden|beloofd|toegezegd))\b")
#: Her template or e-book (folded): "Template für Redaktionspläne", "Vorlage", "sjabloon", "modèle de calendrier", "plantilla".
_TEMPLATE_WORD = r"\b(?:templates?|vorlagen?|sjablo(?:on|nen)|plantillas?|modeles? de|modello|modelli|modelos? de)\b"
_EBOOK_WORD = r"\b(?:e-?books?|livre blanc|whitepaper|white paper)\b"
_SHARE_KIND = [("slides", r"\b(?:slides?|folien|diapositivas|deck|presentation|prasentation|presentacion|apresentacao|presentatie|supports?)\b"),
               ("recording", r"\b(?:recording|replay|enregistrement|aufzeichnung|grabacion|registrazione|gravacao|opname)\b"),
               # "send me the link to the checklist": the link asked for stays the link
               ("link", r"\b(?:link|lien|enlace|collegamento|linkje)\b"),
               # "your checklist from the newsletter: is it available as a PDF?": the material named, never a PDF promised
               ("checklist", r"\b(?:check-?lists?|checkliste\w*|lista de (?:verificacao|comprobacion|controlo))\b"),
               ("guide", r"\b(?:guides?|leitfaden|guia|guida|gids)\b"),
               # "ein Template für Redaktionspläne … Kannst du mir das schicken?": her template sent, never a budget asked
               ("template", _TEMPLATE_WORD)]
#: Her material asked for as a PDF or a download ("Gibt es die auch als PDF?", "is die ook als pdf te downloaden?", "la tienes
#: en PDF?"), in the last question (folded): a share ask, answered with the material named (after "may I send you my CV as a
#: PDF?", a send, is ruled out).
_PDF_ASK = r"\b(?:as|in|als|en|em|come|im|op) (?:a |an |een |un |formato |format |versao |version )?pdf\b|\bpdf[ -](?:version|versie|fassung|versao)\b"
#: The sender's own document ("my CV as a PDF?", "notre brochure en PDF"): theirs to send, never her material asked for;
#: and a PDF format as the topic ("PDF carousels on LinkedIn still worth it?"), never material asked for.
_OWN_DOC = (r"\b(?:carousels?|carrousels?|carrusel\w*|carossel\w*|carross\w*|karussell\w*|carosell\w*|my|mon|ma|mes|mein\w*|mi|mis|mio|mia|meu|minha|mijn|our|notre|nos|unser\w*|nuestr\w+|nostr\w+|nosso|nossa|onze"
            r"|i send|je (?:t'|vous )?envoie|ich (?:dir |ihnen )?schick\w*|te (?:envio|mando)|ti (?:invio|mando)|ik (?:je |u )?stuur)\b")
# "¿Tienes alguna plantilla?": a template named in a question is advice asked, never her material to send
_SHARE_KIND_RX = [(kind, rx) for kind, rx in _SHARE_KIND if kind != "template"]


def _share_kind(original: str, folded: str) -> str:
    """The material asked for, read in the questions first: "deine Folien sind top. Könntest du mir den Link zur Aufzeichnung
    schicken?" asks for the recording, never the slides they already have (144 O, de note-19)."""
    asked = " ".join(fold(q) for q in cre.question_sentences(original))
    for text in (asked, folded):
        kind = next((kind for kind, rx in _SHARE_KIND if text and _first(rx, text)), "")
        if kind:
            return kind
    return "link"
_CHOICE = r"\b(?:ou|or|oder|o|of)\b"
#: A question that asks to choose ("plutôt A ou B ?", "Semrush o Ahrefs?"), not two requests joined by "or".
_CHOOSE = (r"\b(?:plutot|mieux|better|rather|besser|lieber|mejor|meglio|melhor|beter|liever|lequel|laquelle|which|welche\w*|cual"
           r"|quale|qual|welke|recommand\w*|conseill\w*|recommend\w*|suggest\w*|empfiehlst|empfehlen|recomiendas|recomendarias|aconsejas"
           r"|consigli\w*|recomenda\w*|aconselha\w*|aanraden|raad|vs|versus|should i|should we|conviene|vale mais a pena|merece mas la pena|eher|slimmer)\b")
_BUDGET = r"\b(?:budget\w*|presupuesto|orcamento|spend|depenser|gastar|spendere|uitgeven)\b"
#: When the owner comes (back) to the sender's place (folded): "when are you next in London?", "wann bist du mal wieder in Wien?".
_VISIT = (r"\b(?:when (?:are|will) you (?:next |back |coming |be )?(?:back |coming )?(?:in|to|over)\b|when do you come (?:back )?to"
          r"|quand (?:est-ce que )?(?:tu|vous) (?:reviens|revenez|viens|venez|passes|passez|seras|serez)|quand (?:reviens|revenez|viens|venez|passes|passez)-(?:tu|vous)"
          r"|wann (?:bist du|sind sie|kommst du|kommen sie) (?:\w+ ){0,2}(?:in|nach)\b|cuando (?:vuelves|vienes|pasas|vuelve|viene|vas a venir|vas a volver) (?:a|por)\b"
          r"|quando (?:torni|vieni|passi|torna|viene) (?:a|in|da)\b|quando (?:voce )?(?:volta|vem|voltas|vens|passa|passas) (?:a|ao|para|pra|por|no|na)\b"
          r"|wanneer (?:kom|ben) (?:je|jij|u) (?:\w+ ){0,3}(?:naar|in)\b)")
#: The budget is what is asked: "how much", "what budget" — not a budget told ("with a small budget", "weinig tijd en budget").
_HOW_MUCH = (r"\b(?:how much|what (?:\w+ )?budget|which budget|combien|quel (?:\w+ )?budget|wie viel|wieviel|welches budget|welk (?:\w+ )?budget|hoeveel"
             r"|cuanto|cuanta|que presupuesto|quanto|quanta|quale budget|qual (?:\w+ )?(?:budget|orcamento)|que orcamento|min(?:imum|imo)|minimal\w*)\b")
_LANG_Q = (r"\b(?:en|in|auf|em|in het|op|an) (?:anglais|english|englisch|ingles|inglese|engels|frances|francais|french|franzosisch|francese|frances|frans"
           r"|espagnol|spanish|spanisch|espanol|spagnolo|espanhol|spaans|allemand|german|deutsch|aleman|tedesco|alemao|duits"
           r"|italien|italian|italienisch|italiano|portugais|portuguese|portugiesisch|portugues|portoghese|portugees|neerlandais|dutch|niederlandisch|holandes|olandese|nederlands)\b")
#: A site or page in a language (folded): "para um site em português e francês", "a website in English and French",
#: "un sito in italiano": the site's languages, never the language of working with her (135 A, pt note-42)
SITE_IN_LANG = (r"\b(?:site|sites|web|webs|website|websites|sitio|sitios|sito|siti|webseite|webshop|shop|loja|tienda|negozio|boutique|pagina|paginas)"
                 r"(?: web| internet| multilingue| bilingue)? (?:en|in|auf|em|op) \w+(?: (?:e|et|and|y|und|en) \w+)?")
#: A training, a course, a talk (folded): what a language can be wished for.
_TRAIN_WORDS = (r"\b(?:formations?|trainings?|schulung\w*|weiterbildung\w*|workshops?|ateliers?|cours|courses?|kurs\w*|seminar\w*|curso\w*|taller\w*|formacion\w*"
                r"|capacitac\w+|treinamento\w*|formazion\w*|corsi|corso|formac\w+|opleiding\w*|bijscholen|bijscholing|cursus\w*|masterclass\w*|webinar\w*"
                r"|talk|keynote|vortrag\w*|conference|conferencia|conferenza|charla|ponencia|palestra|lezing|presentation|presentatie)\b")
#: A wish or a preference (folded): "gerne", "liefst", "preferably", "de préférence", "idealmente", "if possible"…
_LANG_WISH = (r"\b(?:gerne?|am liebsten|vorzugsweise|idealerweise|wenn moglich|liefst|bij voorkeur|indien mogelijk|zo mogelijk|preferably|ideally|if possible|de preference"
              r"|idealement|si possible|de preferencia|preferiblemente|idealmente|si es posible|preferibilmente|se possibile|de preferencia|se possivel|preferencialmente"
              r"|suchen|zoeken|looking for|need|cherchons|buscamos|cerchiamo|procuramos|wil|willen|want|would like|brauchen|necesitamos|abbiamo bisogno|precisamos)\b")
_MONTH_ANY = "|".join(_MONTHS.values())
#: A date right after "on", "sur", "am" (folded): "on 12 June", "on the 5th", "on Monday" say when, never what about.
_DATE_NEXT = r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\b|(?:" + _MONTH_ANY + "|" + "|".join(_DAYS.values()) + r")\b)"
#: A date at the end of a talk's topic (folded): "sul marketing digitale del prossimo maggio", "sobre SEO de marzo", "on SEO next May".
_TOPIC_DATE_TAIL = (r"\s+(?:(?:del|della|di|de|do|da|of|du|von|van|in|en|em|a|im|op|on|this|next|ce|este|questo|deste|dieses)\s+)?"
                    r"(?:(?:il|el|o|le|the|den|het)\s+)?(?:(?:prossimo|proximo|next|prochain|nachsten|volgende|mese di|mes de|mois de)\s+)?"
                    r"(?:" + _MONTH_ANY + r")(?:\s+(?:prochain|next|\d{4}))?$"
                    # "on AI and SEO on 22 May", "sul content marketing del 20 (giugno)", "zum SEO am 12.": a day, with or without its
                    # month, is the event's date (said apart, in full), never the end of the topic ("the panel on AI and SEO on 22")
                    r"|\s+(?:(?:on|the|del|dal|al|il|le|du|el|de|do|da|no|am|vom|op|den|em|en|of)\s+)+\d{1,2}(?:st|nd|rd|th|er|\.)?"
                    r"(?:\s+(?:de\s+|of\s+)?(?:" + _MONTH_ANY + r"))?(?:\s+\d{4})?\.?$"
                    r"|\s+\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?(?:" + _MONTH_ANY + r")(?:\s+\d{4})?$")
#: A date at the head of a talk's topic (folded): "on 12 October on the topic of …", "le 14 mai sur …", "am 3. Juni zum Thema …":
#: the event's date, said apart, never part of the topic.
_TOPIC_DATE_HEAD = (r"(?:(?:on|the|le|el|il|am|op|em|no|den|del|du|of)\s+)*\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?(?:" + _MONTH_ANY
                    + r")(?:\s+\d{4})?\s*,?\s+(?=\S)"
                    r"|(?:on|in)\s+(?:" + _MONTH_ANY + r")\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*,?\s+(?=\S)")
#: Month abbreviations a date is written with ("18-19 Sept", "3 okt."), folded; never "mar"/"mai" (a word in some languages).
_MONTH_SHORT = r"jan|janv|feb|febr|fevr?|apr|avr|abr|jun|jul|juil|aug|ago|sept?|set|oct|okt|ott|out|nov|dec|dez|dic"
_SOON = {
    "fr": r"(?:en|d'ici|pour|a partir d[eu']|des|courant|debut|fin|mi-) ?(?:{m})(?: prochain)?|la semaine prochaine|dans les (?:deux|trois|\d+|prochaines) (?:semaines|jours)|au (?:premier|second|deuxieme|troisieme|quatrieme) (?:trimestre|semestre)|le mois prochain|le \d{{1,2}} (?:{m})",
    "en": r"(?:in|from|by|for|early|late|mid-?) (?:{m})|(?<=\bstarting )(?:{m})|(?<=\bstart )(?:{m})|next (?:week|month|semester|term)|in the (?:next|coming) (?:two |few |\d+ )?(?:weeks|days)|in q[1-4]|(?:on|by) (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{m})|\d{{1,2}} (?:{m})",
    "de": r"(?:im|ab|bis|anfang|ende|mitte) (?:{m})|(?<=\bstart )(?:{m})|(?<=\bstart: )(?:{m})|nachste woche|in den (?:nachsten|kommenden) (?:zwei |drei |\d+ )?(?:wochen|tagen)|im (?:ersten|zweiten|dritten|vierten) quartal|am \d{{1,2}}\. (?:{m})",
    "es": r"(?<=\binicio )(?:{m})|(?:en|para|a partir de|desde|a principios de|a finales de|(?:(?<=edicion )|(?<=conferencia )|(?<=congreso )|(?<=evento ))de) (?:{m})|la semana que viene|la proxima semana|en las proximas (?:dos |tres |\d+ )?semanas|en el (?:primer|segundo|tercer|cuarto) trimestre|el \d{{1,2}} de (?:{m})",
    "it": r"(?<=\binizio )(?:{m})|(?:a|ad|in|per|da|entro|a inizio|a fine|a meta|(?:(?<=edizione )|(?<=conferenza )|(?<=congresso )|(?<=evento )|(?<=festival )|(?<=summit ))di) (?:{m})|la prossima settimana|nelle prossime (?:due |tre |\d+ )?settimane|nel (?:primo|secondo|terzo|quarto) trimestre|il \d{{1,2}} (?:{m})",
    "pt": r"(?<=\binicio )(?:{m})|(?:em|para|a partir de|no inicio de|no fim de|ate|(?:(?<=edicao )|(?<=conferencia )|(?<=congresso )|(?<=evento ))de) (?:{m})|na proxima semana|nas proximas (?:duas |tres |\d+ )?semanas|no (?:primeiro|segundo|terceiro|quarto) trimestre|(?:em|a) \d{{1,2}} de (?:{m})",
    "nl": r"(?:in|vanaf|begin|eind|medio|tot|(?<=editie )van) (?:{m})|(?<=\bstart )(?:{m})|volgende week|de komende (?:twee |drie |\d+ )?weken|in (?:het )?(?:eerste|tweede|derde|vierde) kwartaal|op \d{{1,2}} (?:{m})",
}
#: The preposition a bare month takes ("im Januar", "in January", "en janvier", "a gennaio", "em janeiro").
_MONTH_IN = {"fr": "en", "en": "in", "de": "im", "es": "en", "it": "a", "pt": "em", "nl": "in"}
_MET_IN_PERSON = {
    "fr": r"\b(?:(?<!\bles )(?<!\bdes )(?<!\baux )rencontr\w+|(?:on se|nous nous) connai?ss?\w* (?:du|de|depuis)|(?:s'est|sommes|ai|avons|etre) croise\w*|on s'est (?:vu\w*|parle)|nous avons (?:echange|discute)|on a (?:echange|discute|parle)|(?:on|nous) (?:etait|etions) ensemble|assise? a cote|(?:etait|etions) a la meme table|assise?s? a la meme table)\b",
    "en": r"\b(?:we met|meeting you|met you|great meeting|nice meeting|(?:great|nice|good|lovely|wonderful) to (?:meet|see) you (?:at|in|during)|chatted|we spoke|we talked|ran into|bumped into|sat next to|sat at the same table|sat together|i'm the one|we were both (?:on|at|in|speaking)|we (?:both )?spoke on the same|we shared (?:a|the) (?:panel|stage)|(?:we )?know each other from(?! your\b))\b",
    "de": r"\b(?:kennengelernt|getroffen|unterhalten|gesprochen|sass neben|sa(?:ss|ß)en (?:wir )?(?:zusammen|nebeneinander|am (?:selben|gleichen) tisch)|wir sa(?:ss|ß)en|(?:dich|sie|euch) (?:[\w-]+ ){0,5}(?:kennenzulernen|zu treffen))\b",
    "es": rf"\b(?:nos conocimos|te conoci|le conoci|coincidimos|{_TALKED_ES}|te vi en|le vi en|nos vimos|(?:nos sentamos|estuvimos|estabamos) en la misma mesa|nos sentamos juntos|hablar contigo|hablar con usted|charlar contigo|charlar con usted|conversar contigo|conocerte|conocerle)\b",
    "it": r"\b(?:ci conosciamo (?:da|dal|dalla|dallo)|ci siamo (?:conosciut\w|incontrat\w|vist\w)|ti ho conosciut\w|l'ho conosciut\w|abbiamo (?:parlato|chiacchierato)|ci siamo parlat\w|averti conosciut\w|averla conosciut\w|conoscerti|conoscerla|averti incontrat\w|incontrarti|(?:eravamo|ci siamo sedut\w) (?:allo|al) stesso tavolo|eravamo sedut\w vicin\w)\b",
    "pt": rf"\b(?:nos conhecemos|se conhece\w*(?!\w)(?!{_SOMEONE_AFTER})|nos conhece\w*|conhecemo-nos|te conheci|conheci-[ao]|a conheci|conversamos|nos vimos|nos cruzamos|(?:estivemos|estavamos|ficamos|sentamo-nos|nos sentamos) (?:juntos |juntas )?(?:na|a) mesma mesa"
          # "estivemos juntas no meetup … como falámos": met there and talked
          r"|estivemos junt[oa]s (?:no|na|num|numa) (?=[^.!?]*[.!?]\s*(?:como|conforme) (?:falamos|conversamos|combinamos|te disse|lhe disse))"
          r")\b",
    "nl": r"\b(?:ontmoetten|ontmoet|spraken elkaar|spraken we|hebben gesproken|leerden elkaar kennen|zaten naast|zaten samen aan (?:tafel|dezelfde tafel)|zaten aan dezelfde tafel|(?:je|jou|u) (?:te )?(?:ontmoeten|leren kennen|spreken)"
          r"|kennen elkaar (?:nog )?van(?! (?:je|jouw|uw)\b))\b",
}
#: A meeting wished for, not had (folded): "je souhaiterais vous rencontrer", "I'd love to meet you", "me gustaría
#: conocerte en persona", "vorrei incontrarti", "gostaria de conhecê-la", "ich würde Sie gern treffen", "ik zou je graag
#: ontmoeten": never "thanks for our exchange".
_MEET_WISHED = (r"\b(?:souhaiterai\w*|aimerai\w*|voudrai\w*|serai\w* ravie? de|pour|would (?:\w+ )?(?:love|like|appreciate)|i'd (?:\w+ )?(?:love|like)"
                r"|hope to|me gustaria\w*|quisiera|quiero|para|vorrei|mi piacerebbe|per|gostaria\w*|queria|wurde\w*|mochte\w*|um|zou|wil|graag)"
                r"\W+(?:[\w'-]+ ){0,5}?(?:(?:vous|te|t') rencontrer|meet(?:ing)? you(?: in person)?|conocer(?:te|le|la)|incontrar(?:ti|la|vi)|conoscer(?:ti|la|vi)"
                r"|conhece-l[ao]|conhecer-te|conhece-lo|encontrar-(?:te|me com)|kennenlernen|kennenzulernen|treffen|zu treffen|ontmoeten|leren kennen"
                # "me gustaría hablar contigo": a call wished for, never a talk had ("gracias por la charla")
                r"|(?:hablar|charlar|conversar) con(?:tigo|usted))\b")
#: They were at the same event but never spoke (folded): "we didn't get a chance to talk", "je n'ai pas eu le temps de te
#: parler", "me quedé con ganas de preguntarte", "non abbiamo avuto modo di parlare", "não deu para conversar", "wir sind
#: nicht ins Gespräch gekommen", "we hebben elkaar niet gesproken": never thanked "for our chat".
_NO_TALK = (r"\b(?:(?:didn'?t|did not|never|couldn'?t|could not) (?:\w+ ){0,3}?(?:chance|time|get|got|manage\w*) (?:\w+ ){0,2}?(?:to )?(?:talk|chat|speak|say hi|ask)"
            r"|(?:didn'?t|did not|never) (?:talk|chat|speak)|(?:n'ai|n'avons|n'a|ne t'ai|ne vous ai) (?:pas|jamais) (?:\w+ ){0,4}?(?:parle|echange|discute|pu (?:te |vous )?(?:parler|poser|demander|echanger))"
            r"|pas eu (?:le temps|l'occasion) (?:de (?:te |vous )?(?:parler|poser|demander|echanger|discuter))"
            r"|(?:me|nos) quede\w* con (?:las )?ganas de (?:preguntar|hablar|charlar|saludar)\w*|no (?:\w+ ){0,2}?(?:pudimos|pude|tuvimos|tuve) (?:\w+ ){0,2}?(?:hablar|charlar|saludar|preguntar)\w*"
            r"|non (?:\w+ ){0,2}?(?:abbiamo|ho) (?:avuto (?:modo|occasione|tempo) di |potuto )(?:parlar|chiacchierar|salutar|chieder)\w*|non (?:siamo riusciti|sono riuscit\w) a (?:parlar|salutar|chieder)\w*"
            r"|nao (?:\w+ ){0,2}?(?:deu|conseguimos|consegui|tivemos|tive) (?:\w+ ){0,3}?(?:conversar|falar|perguntar|cumprimentar)\w*|fiquei com vontade de (?:perguntar|falar|conversar)\w*"
            r"|nicht (?:\w+ ){0,3}?(?:ins gesprach gekommen|gesprochen|unterhalten|dazu gekommen|geschafft)|keine (?:gelegenheit|zeit|chance),? (?:\w+ ){0,2}?(?:zu sprechen|zu fragen|anzusprechen|kennenzulernen)"
            r"|niet (?:\w+ ){0,3}?(?:gesproken|kunnen spreken|kunnen praten|aan toe gekomen)|geen (?:kans|tijd|gelegenheid) (?:\w+ ){0,3}?(?:te spreken|te praten|te vragen))\b")
#: Where a clause of a note ends: the event where they met is said in its own clause, apart from an invitation.
_CLAUSE_BREAK = r"[.!?;,:\n¿¡]"
#: The sender saw or heard the owner (folded): "I saw you at", "je t'ai vue au", "te vi en", "ti ho vista al", "ich habe dich … gesehen".
_SAW_HER = {
    "fr": r"\bje (?:t'ai|vous ai) (?:vue?|entendue?|ecoutee?)\b",
    "en": r"\b(?:saw|watched|heard|caught) you (?:at|on|in|during|speak|present|talk)\b",
    "de": r"\b(?:habe|hab) (?:dich|sie) (?:[\w-]+ ){0,8}(?:gesehen|gehort)\b|\b(?:sah|horte) (?:dich|sie)\b",
    "es": r"\b(?:te|le|la) (?:vi|escuche|oi) (?:en|durante|hablar|presentar)\b",
    "it": r"\b(?:ti|l') ?ho (?:vista|visto|sentita|ascoltata)\b",
    "pt": r"\b(?:vi|ouvi) (?:voce|vc|a senhora|-a)\b|\bte (?:vi|ouvi)\b|\bvi-a\b|\bouvi-a\b",
    "nl": r"\bik (?:zag|hoorde) (?:je|jou|u)\b|\bik heb (?:je|jou|u) (?:[\w-]+ ){0,5}(?:gezien|gehoord)\b",
}
#: The sender heard her at the event (folded): "war schön dich beim Webinar zu hören", "great to hear you at the webinar",
#: "qué bueno escucharte en", "bello sentirti al", "leuk je te horen bij", "ravi de t'écouter au", "bom ouvir-te no": she
#: spoke there, the sender listened; nobody chatted.
_HEARD_HER = (r"\b(?:dich|sie) (?:[\w-]+ ){0,8}?zu (?:horen|hoeren|erleben)\b|\bhear(?:ing)? you (?:at|on|in|during|speak|present)\b"
              r"|\b(?:escuchar|oir)(?:te|le|la)\b|\b(?:sentir|ascoltar)(?:ti|la)\b|\b(?:je|jou|u) (?:[\w-]+ ){0,6}?te (?:horen|zien spreken)\b"
              r"|\b(?:t'|vous )(?:ecouter|entendre)\b|\b(?:ouvir-(?:te|a)|te ouvir|ouvir (?:voce|a senhora))\b")
#: The sender saw her speak (folded): "I saw you speak at", "je vous ai vue intervenir", "te vi hablar", "ti ho sentita parlare",
#: "vi você falar", "ik zag je spreken", "dich … sprechen": she was on stage, whatever the event is called.
_SAW_SPEAK = (r"\b(?:you|vous|t'|te|le|la|ti|voce|a senhora|je|jou|u|dich|sie) (?:[\w'-]+ ){0,2}?(?:speak|speaking|present|presenting|talk|talking|intervenir|parler|presenter"
              r"|hablar|presentar|intervenir|parlare|presentare|intervenire|falar|apresentar|spreken|presenteren|sprechen|vortragen|referieren)\b")
#: An event where one speaks (folded): a webinar, a talk, a keynote, a panel.
_STAGE_WORK = (r"\b(?:webinar\w*|webinaire\w*|talk|keynote|panel|conference|conferencia|conferenza|conferencia|vortrag|charla|ponencia|palestra|lezing|masterclass|live)\b"
               r"|[\w-]+-(?:webinar|vortrag|panel|lezing)\b")
#: "cuánto tiempo / quanto tempo" asking how long something takes ("quanto tempo demora a recuperar?", "¿cuánto tiempo
#: tarda?") is a question, not "long time no see" (folded, after the words).
_NOT_HOW_LONG = (r"(?!\s+(?:demora\w*|leva\w*|levou|dura\w*|ci vuole|ci vorra|ci mette|servono|serve|tarda\w*|lleva\w*|se tarda|hace falta"
                 r"|necessit\w*|precis\w*|para|pra|ate|hasta|fino|prima|antes|costa|falta)\b)")
#: time gone by since they last spoke (folded): "depuis le temps", "it's been ages", "hace años", "eeuwen niet", "back in 2015", "years ago"
_LONG_AGO = (rf"\b(?:depuis le temps|toutes ces annees|after all these years|long time no see|lange nicht|nach all den jahren|cuanto tiempo{_NOT_HOW_LONG}|despues de tantos anos"
             rf"|quanto tempo{_NOT_HOW_LONG}|dopo tanti anni|depois de tantos anos|lang geleden|na al die jaren|back in (?:19|20)\d\d|ca fait (?:une eternite|longtemps|un bail|des annees|des lustres|une paye|un moment|un sacre moment|trop longtemps)"
             r"|une eternite|(?:de la|de ma|de notre|ma|notre|meme) promo|(?:ist )?lange her|hace mucho(?: tiempo)?|da tanto(?: tempo)?|ha quanto tempo|lang niet (?:gezien|gesproken)|it'?s been (?:ages|forever|so long|years|a while)|(?:seit )?ewig(?:keiten)? nicht|ewigkeiten|hace (?:siglos|mil anos|anos|tanto)|da secoli|da una vita"
             r"|ha (?:seculos|imenso tempo|tanto tempo)|eeuwen niet|tijden niet|erasmus|(?:years|ans|annees|jahre\w*|anos|anni|jaar|jaren) (?:ago|plus tot|her|fa|atras|geleden)"
             r"|il y a (?:\w+ )?ans|vor (?:\w+ )?jahren|hace (?:\w+ )?anos|(?:\w+ )?anni fa|ha (?:\w+ )?anos|(?:\w+ )?jaar geleden|promo (?:19|20)\d\d|class of (?:19|20)\d\d)\b")
_RECONNECT = (r"\b(?:reprendre contact|de (?:tes|vos) nouvelles|depuis le temps|toutes ces annees|(?:notre|our|unser\w*|nuestro|nostro|nosso|ons|onze) (?:\w+ )?erasmus|erasmus (?:ensemble|together|zusammen|juntos|insieme|samen)|reconnect\w*|after all these years|long time no see"
              rf"|wieder (?:in )?kontakt|lange nicht|nach all den jahren|retomar (?:el |o )?conta(?:c)?to|cuanto tiempo{_NOT_HOW_LONG}|despues de tantos anos"
              rf"|quanto tempo{_NOT_HOW_LONG}|dopo tanti anni|depois de tantos anos|weer (?:in )?contact|lang geleden|na al die jaren|back in (?:19|20)\d\d|ca fait (?:une eternite|longtemps|un bail|des annees|des lustres)|une eternite|it'?s been (?:ages|forever|so long|years)"
              r"|(?:seit )?ewig(?:keiten)? nicht|ewigkeiten|hace (?:siglos|mil anos|anos|tanto)|da secoli|da una vita|ha (?:seculos|imenso tempo|tanto tempo)"
              r"|eeuwen niet|tijden niet"
              # "ça serait top de se recontacter", "on s'était perdues de vue", "we lost touch": contact picked up again, never "kept"
              r"|(?:se )?recontacter|perdu\w* de vue|lost touch|perdimos (?:el )?contacto|pers\w* di vista|perdemos (?:o )?conta(?:c)?to"
              r"|aus den augen verloren|uit het oog verloren"
              # "we zaten samen in die masterclass, weet je nog?": an old acquaintance recalled, picked up again
              r"|weet je nog|weet u nog|erinnerst du dich|erinnern sie sich|weisst du noch|tu te souviens|vous vous souvenez|tu te rappelles"
              r"|te acuerdas|se acuerda de mi|ti ricordi|si ricorda di me|te lembras|lembras-te|se lembra de mim|voce lembra|do you remember|remember me)\b")
#: Praise that points back at the owner's piece without naming it again, at a clause's start (folded): "… foi top demais",
#: "it was great", "c'était top", "war mega", "fue genial", "è stato utilissimo", "thanks for the class", "obrigada pela aula".
_PRAISE_BACK = (r"(?:^|[.,!;:]\s*|\s(?:e|and|et|und|y|en)\s+)(?:foi|it was|was|c'etait|ca a ete|war|fue|ha sido|e stat[oa]|era|het was|was echt)\b"
                r"|\b(?:obrigad[oa] (?:pela aula|pelo curso|pela palestra|pela formacao)|thanks? (?:you )?for the (?:class|session|lesson|training|course)"
                r"|merci pour (?:le cours|la session|l'atelier|la formation)|danke fur (?:den kurs|die session|die schulung|das training)|gracias por la (?:clase|sesion|formacion)"
                r"|grazie per la (?:lezione|sessione|formazione)|bedankt voor de (?:les|sessie|training))\b"
                # "… fez mil perguntas kkk. Amei, muito obrigada!!", "Loved it!", "Me encantó, gracias": the loved "it" is the piece
                r"|(?:^|[.,!;:]\s*)(?:amei|adorei|gostei (?:muito|imenso|demais)|loved it|really enjoyed it|j'ai (?:adore|beaucoup aime|kiffe)"
                r"|me (?:encanto|ha encantado|gusto mucho|ha gustado mucho)|mi e piaciut[oa] (?:molto|tantissimo)|l'ho adorat[oa]|ho adorato"
                r"|hat mir (?:\w+ )?gefallen|fand (?:ich )?(?:es )?(?:super|toll|klasse)|vond (?:het|ik het) (?:\w+ )?(?:leuk|goed|geweldig|top)|heb (?:\w+ )?genoten)(?=\W|$)")
#: A wish said with "love" (folded): "would love to connect", "I'd love one", "me encantaría", "adoraria" — never praise.
_WISH_LOVE = r"\b(?:would|i'd|id|we'd|i would|we would) love\b|\b(?:me |nos )?encantaria\w*|\badoraria\w*"
_PRAISE = (r"\b(?:adore|ador\w+|loved?|love|aime|apprecie|enjoyed|liked|gefallen|gefiel|gusto|gustado|gusto mucho|piaciut\w*|genoten|mooi|super|great|genial|top|toll\w*|spannend\w*|interessant\w*|interesting|encant\w+|ottim\w+|bellissim\w+"
           r"|gostei|excellent\w*|excelente|fantasti\w+|brillant\w*|brilliant|inspirant\w*|inspiring|helpful|utile|nutzlich|util|nuttig|gold|spot on"
           r"|passionnant\w*|clair|clear|klasse|gaaf|sterk|geweldig|boeiend|merci pour|thanks for|thank you for|danke fur|gracias por|grazie per"
           rf"|obrigad\w+ (?:pel|por)|bedankt voor|{_THANK_VERB}|m'a (?:\w+ )?aide|helped|geholfen|ayud\w+|aiutat\w+|ajud\w+|geholpen"
           # "je talk zette me aan het denken", "it got me thinking", "m'a fait réfléchir": a thought-provoking piece is praise
           r"|(?:made|got|left) me (?:\w+ )?(?:think\w*|reflect\w*)|food for thought|thought-provoking|(?:m'a|m'ont) (?:\w+ )?fait reflechir|donne a reflechir"
           r"|zum nachdenken (?:gebracht|angeregt)|nachdenklich gemacht|regt zum nachdenken|me (?:hizo|ha hecho|hicieron) (?:\w+ )?(?:pensar|reflexionar)|da que pensar"
           # "was the highlight of my day", "m'a beaucoup parlé", "echt stark gemacht", "me pareció muy útil": praise in other words
           r"|highlight\w*|insightful|eye-?opening|eye-?opener|valuable|useful|impressive|awesome|amazing|fascinating|enlightening|superb|wonderful|terrific|refreshing|on point|nailed it|well done|stood out"
           r"|(?:m'a|m'ont) (?:\w+ )?(?:parle|plu|marquee?s?|touchee?s?|convaincue?s?|inspiree?s?)(?! de\b)|bravo|chapeau|enrichissant\w*|instructi\w+|formidable|captivant\w*|eclairant\w*|remarquable|pertinent\w*|au top"
           r"|stark|hervorragend\w*|grossartig\w*|grandios\w*|lehrreich\w*|inspirierend\w*|hilfreich\w*|wertvoll\w*|beeindruckend\w*|gelungen\w*|mega|sehr gut|aufschlussreich\w*"
           r"|buenisim\w+|muy buen\w*|brutal|increible|inspirador\w*|enriquecedor\w*|magnific\w+|valios\w+|me (?:parecio|resulto) (?:\w+ )?(?:util|interesante|buen\w*)"
           r"|eccellent\w*|illuminant\w*|utilissim\w*|stimolant\w*|splendid\w*|bravissim\w*|complimenti|prezios\w*|istruttiv\w*|molto bell\w*"
           r"|otim\w+|incrivel|sensaciona\w*|maravilhos\w*|muito bo\w+|inspirador\w*|amei"
           r"|leerzaam|inspirerend\w*|waardevol\w*|briljant\w*|knap\w*|heel goed|erg goed|indrukwekkend\w*|verhelderend\w*|fantastisch\w*"
           r"|mi (?:ha|hanno) (?:\w+ )?colpit\w*|me (?:marcou|tocou)|me (?:marco|toco)|hat mich (?:\w+ )?beeindruckt|heeft me (?:\w+ )?geraakt"
           r"|mi (?:ha|hanno) (?:\w+ )?fatto (?:\w+ )?(?:pensare|riflettere)|spunti? di riflessione|me (?:fez|fizeram) (?:\w+ )?(?:pensar|refletir)|(?:zette|zet|hebben) me (?:\w+ )?(?:\w+ )?aan het denken|stof tot nadenken"
           # "mi ha dato un sacco di spunti", "gave me lots of ideas", "m'a donné plein d'idées": ideas taken away are praise
           r"|(?:mi (?:ha|hanno)|me (?:dio|dieron|ha dado|deu|deram)|m'a|m'ont|gave me|hat mir|heeft me) (?:\w+ )?(?:dato|donne|given|gegeben|gegeven)?"
           r" ?(?:un sacco di|tanti|tantissimi|molti|muchas|muitas|plein d'|beaucoup d'|lots of|so many|loads of|viele|veel) ?(?:\w+ )?(?:spunti|ideas|ideias|idees|impulse|ideen|inspiratie))\b")
#: Results the sender already got (folded): congratulated, never "good luck putting it into practice".
#: A job or an internship landed, told in the past (folded): "landed my current job", "j'ai décroché un CDI", "conseguí mi
#: primer trabajo", "ho trovato lavoro", "fui contratada", "habe meinen ersten Job bekommen", "heb een baan gevonden".
_JOB_WORD = (r"(?:job|position|role|internship|contract|poste|emploi|cdi|cdd|stage|travail|boulot|alternance|trabajo|empleo|puesto|practicas|curro"
             r"|lavoro|posto|impiego|tirocinio|emprego|vaga|estagio|cargo|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle|arbeitsstelle|praktikum|anstellung|ausbildungsplatz|baan|functie|stageplek|werk)")
_LANDED = (rf"\b(?:(?:landed|got|found|secured|gotten|received|scored|help(?:ed)? me (?:to )?(?:land|get|find|secure)) (?:me )?(?:my|a|an|the|this|that) (?:[\w-]+ ){{0,3}}{_JOB_WORD}|got hired|was hired|been hired|got the job"
           rf"|(?:decroche|trouve|obtenu|eu|signe|(?:aidee? a|permis de) (?:decrocher|trouver|obtenir)) (?:mon|ma|un|une|le|la) (?:[\w-]+ ){{0,2}}{_JOB_WORD}|(?:ete|me faire|m'a fait) (?:embauchee?|recrutee?)"
           rf"|(?:consegui|encontre|obtuve|he conseguido|he encontrado|he obtenido|ayudo a (?:conseguir|encontrar)) (?:mi|un|una|el|la) (?:[\w-]+ ){{0,2}}{_JOB_WORD}|me (?:han )?contrataron|me han contratado"
           rf"|(?:ho trovato|ho ottenuto|aiutat[oa] a (?:trovare|ottenere)) (?:il mio |il |un |una |uno )?(?:[\w-]+ ){{0,2}}{_JOB_WORD}|(?:mi hanno|sono stat[oa]) assunt[oa]"
           rf"|(?:consegui|arranjei|encontrei|conquistei|arrumei|ajud\w+(?:-me)? a (?:conseguir|encontrar|arranjar|conquistar)) (?:o meu |meu |o |um |uma |a minha |minha |a )?(?:[\w-]+ ){{0,2}}{_JOB_WORD}|fui contratad[oa]|me contrataram"
           rf"|(?:habe|hab|hat|bekam|fand) (?:[\w-]+ ){{0,5}}{_JOB_WORD} (?:[\w-]+ ){{0,4}}(?:bekommen|gefunden|ergattert|erhalten)|(?:wurde|bin) (?:\w+ ){{0,2}}eingestellt"
           # "es hat mir geholfen, meinen ersten Job zu bekommen", "het heeft me geholpen om mijn eerste baan te vinden"
           rf"|geholfen,? (?:[\w-]+ ){{0,4}}{_JOB_WORD} (?:[\w-]+ ){{0,2}}zu (?:bekommen|finden|ergattern|kriegen)|geholpen,? (?:om )?(?:[\w-]+ ){{0,3}}{_JOB_WORD} te (?:vinden|krijgen|bemachtigen)"
           rf"|(?:heb|kreeg|vond) (?:[\w-]+ ){{0,5}}{_JOB_WORD} (?:[\w-]+ ){{0,2}}(?:gevonden|gekregen|bemachtigd|binnengehaald)|(?:ben|werd) (?:\w+ ){{0,2}}aangenomen)\b")
_INTERNSHIP = r"\b(?:internship|stage|practicas|tirocinio|estagio|praktikum|stageplek)\b"
#: A mentoring session she already gave, thanked for (folded): "thanks again for the mentoring call last month", "merci pour
#: la session de mentorat", "vielen Dank nochmal für das Mentoring-Gespräch", "merci nog voor je feedback tijdens de mentorsessie",
#: "grazie per la sessione di mentoring", "gracias por la mentoría", "obrigada pela mentoria": a past help, never a request.
_PAST_MENTORING = (r"\b(?:thanks?|thank you|merci|danke|dank je|dank u|vielen dank|gracias|grazie|obrigad[oa]|bedankt|dankjewel)\b[^.!?]{0,70}?"
                   r"\b(?:mentor\w*|tutor(?:at|ia|ing)\w*)")
#: A brand, a shop or a business the sender launched thanks to the owner (original text): "your tips helped me launch my
#: candle brand", "me han ayudado a lanzar mi marca de ropa", "mi hanno aiutato a lanciare il mio brand di ceramiche",
#: "m'ont aidée à lancer ma marque", "haben mir geholfen, mein Label zu starten", "hebben me geholpen mijn merk te lanceren".
_THANKS_ONLY_SAID = (r"\b(?:thanks?|thank you|merci|danke|dank je|dank u|vielen dank|gracias|grazie|obrigad[oa]|bedankt|agradec\w+|remerci\w+"
                     r"|ringrazi\w+|(?:mich|dir|ihnen) (?:\w+ )?bedanken|bedanken|dankjewel|valeu)\b")
_LAUNCH_THING = (r"(?:brand|label|shop|e-?shop|webshop|online ?shop|store|business|company|start-?up|line|marca|tienda|negocio|empresa|emprendimiento|proyecto"
                 r"|negozio|attività|impresa|progetto|linea|loja|lojinha|negócio|marque|boutique|entreprise|société|activité|ligne|Marke|Modelabel|Onlineshop"
                 r"|Laden|Firma|Unternehmen|Geschäft|Business|Startup|merk|winkel|bedrijf|zaak|lijn)")
_LAUNCH_TAIL = r"(?:\s(?!(?i:and|y|et|und|en|e|so|thanks?|thank|gracias|grazie|merci|danke|obrigad[oa]|bedankt|que|che|qui|who|which|that|dat|die|der)\b)[^\W\d_][\w'’-]*){0,3}"
_LAUNCHED = (rf"(?i)\b(?:helped me (?:to )?(?:launch|start|open|build|create|set up)|me (?:han |ha |)ayudad[oa] a (?:lanzar|crear|abrir|montar|arrancar)"
             rf"|me ayud(?:aron|ó|o) a (?:lanzar|crear|abrir|montar|arrancar)|mi (?:hanno|ha) aiutat[oa] ad? (?:lanciare|aprire|creare|avviare)"
             rf"|(?:me (?:ajudaram|ajudou|têm ajudado|tem ajudado)|ajudaram-me|ajudou-me) a (?:lançar|lancar|abrir|criar|montar)|m'(?:ont|a) aidée? à (?:lancer|créer|ouvrir|monter))"
             rf"\s+(?:(?:a|o|il|la)\s+)?(my|mi|mio|mia|minha|meu|ma|mon)\s+((?:[^\W\d_][\w'’-]*\s){{0,2}}?{_LAUNCH_THING}\b{_LAUNCH_TAIL})"
             rf"|\b(?:haben|hat) mir (?:\w+ )?geholfen,?\s+(mein|meine|meinen)\s+((?:[^\W\d_][\w'’-]*\s){{0,2}}?{_LAUNCH_THING}\b(?:\s[^\W\d_][\w'’-]*){{0,3}}?)\s+(?:zu (?:starten|launchen|gründen|eröffnen|lancieren)|aufzubauen)"
             rf"|\b(?:hebben|heeft) me (?:\w+ )?geholpen,?\s+(?:om\s+)?(mijn)\s+((?:[^\W\d_][\w'’-]*\s){{0,2}}?{_LAUNCH_THING}\b(?:\s[^\W\d_][\w'’-]*){{0,3}}?)\s+(?:te (?:lanceren|starten|openen)|op te (?:zetten|starten))")
#: What ties the job to the owner's work or says thanks for it (folded).
_LANDED_THANKS = (r"\b(?:thanks?|thank you|thanks to|helped|merci|grace a|aide|gracias|ayud\w+|grazie|aiutat\w+|obrigad[oa]|gracas a|ajud\w+|valeu"
                  r"|danke|dank|dankzij|geholfen|geholpen|bedankt|dankjewel)\b")
_RESULTS = (r"\b(?:(?:baisse|augmente|double|triple|grimpe|gagne|chute)\w* de \d+|\d+\s?% (?:de plus|de moins|en plus|en moins)|premiere page|1re page|ya he (?:subido|conseguido|aumentado|bajado|duplicado)"
            r"|primera pagina|prima pagina|primeira pagina|first page|halved|halbiert|gehalveerd|dimezzat\w+|divise\w* par (?:deux|2)|a la mitad|(?:pela|para a) metade|in half|page one|eerste pagina|erste seite|seite eins|ranking\w* (?:went|gone) up|went up|doubled|tripled|increased (?:by|my|our)|dropped by|cut (?:my|our) \w+ by"
            r"|(?:ha|han|e|sono) (?:aumentat|raddoppiat|calat|diminuit|sces)\w*|(?:baixou|subiu|aumentou|dobrou|caiu|diminuiu)|(?:ha|han) (?:bajado|subido|aumentado|duplicado)"
            r"|(?:ist|sind|hat sich|haben sich) (?:\w+ ){0,3}(?:gestiegen|gesunken|verdoppelt|gefallen)|(?:is|zijn) (?:\w+ ){0,3}(?:gestegen|gedaald|verdubbeld)|j'ai (?:deja )?(?:gagne|double|triple)"
            r"|dobrei|dobramos|tripliquei|o dobro|o triplo|el doble|el triple|il doppio|il triplo|ho raddoppiato|das doppelte|doppelt so \w+|het dubbele|twee keer zoveel|twice as \w+|deux fois plus"
            # "und habe seitdem viel mehr Anfragen", "da allora il mio blog è cresciuto", "sindsdien draait mijn webshop veel beter":
            # a growth told after her training, with no number
            r"|\b(?:since then|ever since|depuis (?:lors|cette formation|ta formation|votre formation|cet atelier|ton atelier|votre atelier)|seitdem|seither|desde entonces|da allora|desde entao|desde ai|sindsdien)\b[^.!?]{0,50}?"
            r"(?:\b(?:better|grown|grew|besser|gewachsen|mejor|crecido|meglio|cresciut\w+|melhor|cresceu|beter|gegroeid|mieux|decolle|explose)\b|\b(?:more|mehr|mas|piu|mais|meer|plus de)\b[^.!?]{0,20}?"
            r"\b(?:sales|orders|clients|customers|leads|visitors|traffic|bookings|requests|anfragen|kunden|bestellungen|umsatz|buchungen|ventas|pedidos|clientes|reservas|visitas|vendite|ordini|clienti|prenotazioni|richieste|vendas|encomendas|klanten|bestellingen|aanvragen|boekingen|ventes|commandes|demandes|visiteurs|reservations)\b)"
            r"|\b(?:rank(?:s|ing)? (?:first|#1|number one)|(?:a|ont) (?:\w+ )?(?:decolle|explose)|(?:e|sono) cresciut\w+ (?:tantissimo|molto|parecchio))\b"
            r"|" + MEASURE_GREW + "|" + RANKED +
            # "meine Website auf Seite 1 zu bringen", "we're on page 1 now", "op pagina 1", "na página 1": the first results page reached
            r"|\b(?:auf|on(?:to)?|sur|en|in|op|na|em|alla|a) (?:(?:die|the|la|de|a) )?(?:seite|page|pagina) (?:1|eins|one|uno|um|een)\b"
            r"|\d+\s?%"
            # "heb inmiddels mijn eigen campagnes opgezet, met goed resultaat!", "with great results", "avec de bons résultats"
            r"|\b(?:met (?:\w+ )?(?:goed|mooi|prima) resultaat|met (?:\w+ )?(?:goede|mooie|prima) resultaten|with (?:\w+ )?(?:good|great|excellent) results"
            r"|avec (?:de )?(?:\w+ )?(?:bons|beaux|excellents) resultats|con (?:\w+ )?(?:buenos|excelentes) resultados|con (?:\w+ )?(?:buoni|ottimi) risultati"
            r"|com (?:\w+ )?(?:bons|otimos|excelentes) resultados|mit (?:\w+ )?(?:guten|tollen|sehr guten) (?:ergebnissen|resultaten))\b)")
#: A plan built from what she taught, already begun (folded): "I've already started our editorial calendar", "j'ai déjà commencé
#: mon calendrier éditorial", "ya empecé mi calendario editorial", "ho già iniziato il piano editoriale", "já comecei o meu
#: calendário editorial", "habe schon mit dem Redaktionsplan angefangen", "ik ben al begonnen met onze contentkalender".
_PLAN_STARTED = (r"\b(?:(?:already|just) (?:started|begun|began|created|built|set up) (?:on |with |work on )?|(?:deja|enfin) (?:commence|demarre|lance|cree|mis en place|monte)\w* (?:a |mon |ma |mes |notre |nos |le |la |les )?"
                 r"|ya (?:he |hemos )?(?:empece|empezamos|empezado|comence|comenzamos|comenzado|cree|creamos|creado|arme|armamos|montado) (?:a |con |el |la |mi |mis |nuestro |nuestra )?"
                 r"|gia (?:iniziato|cominciato|avviato|impostato|creato|preparato) (?:a |con |il |la |lo |i |le |mio |mia |nostro |nostra )?"
                 r"|ja (?:comecei|comecamos|iniciei|iniciamos|criei|criamos|montei|montamos) (?:a |com |o |a |os |as |meu |minha |nosso |nossa )?"
                 r"|al (?:begonnen|gestart) (?:met|aan) )"
                 r"(?:[\w'-]+ ){0,3}?(?:(?:editorial|content|social media|marketing|posting|publishing) )?(?:calendar|plan|planning|strategy|calendrier|strategie|calendario|piano|plano|estrategia|strategia"
                 r"|redaktionsplan|redaktionskalender|contentplan|content-plan|contentkalender|redactiekalender|kalender|planung)\b"
                 # the German verb last: "habe schon mit dem Redaktionsplan angefangen"
                 r"|\b(?:schon|bereits) (?:mit )?(?:dem |der |den |unserem |unserer |meinem |meiner |einem |einer )?(?:[\w-]+ )?"
                 r"(?:redaktionsplan|redaktionskalender|contentplan|content-plan|content-kalender|themenplan|marketingplan|strategie)\w* (?:angefangen|begonnen|gestartet|erstellt|aufgesetzt)\b")
#: The sender is applying or will apply what they learnt (folded).
_APPLYING = (r"\b(?:appliqu\w+|(?:mets|mettre|mettons|mis) (?:\w+ ){0,3}en pratique|(?:put|putting) (?:\w+ ){0,3}into practice|(?:poner|pongo|puesto|poniendo) (?:\w+ ){0,3}en practica|mett\w+ (?:\w+ ){0,3}in pratica|(?:por|pus|colocar|coloquei|colocando|pondo) (?:\w+ ){0,3}em pratica|(?:setze|setzen) (?:[\w-]+ ){0,5}um|tester|teste|essayer|applying|apply|put (?:it|them|this) into practice|try (?:it|them|this) out|testing"
             r"|umsetzen|umzusetzen|setze \w+ um|anwenden|ausprobieren|aplicar|aplicando|poner en practica|probar|applicare|applicando|mettere in pratica|provare"
             r"|aplicar|aplicando|por em pratica|colocar em pratica|testar|toepassen|toe te passen|uitproberen|uit te proberen|in de praktijk|aan de slag|get to work|loslegen|manos a la obra|mettermi al lavoro|maos a obra|m.y mets"
             # "we already restructured two campaigns", "on a déjà revu nos annonces": already put into practice
             r"|(?:we|i)(?: have|'ve)? already (?:restructured|reworked|changed|updated|rebuilt|adjusted|optimi[sz]ed|implemented|set up)"
             r"|(?:on a|nous avons|j'ai) deja (?:restructure|revu|modifie|change|optimise|refait|ajuste)\w*"
             r"|(?:haben|habe|hab) (?:wir |ich )?(?:schon|bereits) (?:[\w-]+ ){0,4}(?:umgebaut|umstrukturiert|angepasst|geandert|optimiert|uberarbeitet)"
             r"|ya (?:hemos|he) (?:reestructurado|cambiado|ajustado|optimizado|rehecho)|(?:abbiamo|ho) gia (?:ristrutturato|cambiato|modificato|ottimizzato|rifatto|sistemato)"
             r"|ja (?:reestruturamos|reestruturei|mudamos|mudei|ajustamos|ajustei|otimizamos|otimizei|refizemos)"
             r"|(?:hebben|heb) (?:we |ik )?al (?:[\w-]+ ){0,4}(?:omgegooid|aangepast|herzien|geoptimaliseerd|veranderd))\b"
             + "|" + _PLAN_STARTED)
_CONGRATS = (r"\b(?:bravo|felicitations|congrats|congratulations|gluckwunsch|gratuliere|gratulation|enhorabuena|felicidades|complimenti|congratulazioni"
             r"|parabens|gefeliciteerd|proficiat)\b"
             # "saw you're a marketing consultant now, that's amazing", "tu es consultante maintenant, c'est génial": her news praised
             r"|\b(?:you'?re|you are|tu es|t'es|ahora eres|ora sei|agora es|jetzt bist du|je bent nu)\b[^.!?]{0,50}?"
             r"(?:that'?s|c'est|que|che|es|das ist|dat is)\s+(?:so |really |trop |tellement |muy |molto |muito |echt |so )?"
             r"(?:amazing|awesome|great|fantastic|brilliant|genial|super|top|incroyable|fantastique|increible|fantastico|stupendo|incrivel|toll|klasse|geweldig|gaaf|mooi)\b")


#: A marketing lead at a brand (someone the owner wants to meet, and who buys her kind of work), in the note.
_PROSPECT_ROLE = (r"\b(?:cmo|chief marketing officer|direct(?:eur|rice)s? (?:du |de la |de l')?(?:marketing|communication|digital|acquisition|e-?commerce|growth|croissance)"
                  # "I lead growth at a SaaS startup", "ich leite Growth", "responsable de growth": a growth lead, a prospect's role
                  r"|(?:i|je) (?:lead|run|head) growth|ich leite (?:das )?growth|(?:responsable|responsabile|responsavel) (?:de |del |della |do |pelo )?growth"
                  r"|responsable (?:du |de la )?(?:marketing|communication|acquisition)|head of (?:marketing|growth|digital|brand|e-?commerce|acquisition)"
                  r"|(?:marketing|growth|e-?commerce|brand) (?:director|manager|lead|leiter\w*|directeur|direttore|direttrice)|vp (?:of )?marketing|marketingleiter\w*"
                  r"|leiter\w* (?:marketing|kommunikation|e-?commerce)|marketingchef\w*|director\w* (?:de )?marketing|jef[ea] de marketing|responsable de marketing"
                  r"|dirett(?:ore|rice) (?:del |della )?marketing|responsabile (?:del )?marketing|diretor\w* (?:de )?marketing|gestor\w* de marketing"
                  r"|hoofd (?:van de )?marketing|marketingdirecteur|marketingmanager|manager marketing)\b")
#: A conversation already had: "our chat", "notre échange", "nuestra charla", "la nostra chiacchierata", "unser Gespräch" (folded).
_TALK_NOUN = (r"(?:chat|conversation|exchange|talk|echange|discussion|charla|conversacion|conversa|chiacchierata|conversazione|gesprach|austausch"
              r"|gesprek\w*|praatje|confronto|intercambio|troca de ideias)")
#: "mi è piaciuto molto il confronto", "j'ai apprécié l'échange", "me gustó mucho la charla", "fand den Austausch spannend",
#: "gostei muito da conversa", "vond het gesprek leuk" (folded): a talk liked is one already had, never one asked for.
_LIKED_TALK = (r"\b(?:piaciut[oa]|apprezzat[oa]|aime|apprecie|adore|gusto|encanto|gostei|adorei|enjoyed|loved|liked|appreciated|fand|genossen"
               r"|vond|genoten)"
               rf"\s+(?:\w+\s+){{0,2}}?(?:the|le|la|l'|les|il|lo|el|los|las|o|a|da|do|den|die|das|het|de|of)\s*{_TALK_NOUN}\b")
#: A talk had, to carry on, or a meeting had, said as such (folded): "great meeting you at Web Summit", "continue the
#: conversation", "poursuivre notre échange", "continuar la conversación", "continuare la conversazione", "das Gespräch
#: fortsetzen", "het gesprek voort te zetten": a talk already had (never one a client asks for).
_CONTINUED_TALK = (rf"\b(?:continue|continuing|pick up|carry on|poursuivre|continuer|prolonger|reprendre|continuar|seguir|retomar|continuare|proseguire|riprendere)"
                   rf"\s+(?:(?:the|our|this|that|la|l'|le|notre|cette|cet|nuestra|nuestro|esa|ese|el|a|o|nossa|nosso|essa|esse|il|lo|nostra|nostro|quella|quel)\s*)+"
                   rf"(?:\w+\s+)?{_TALK_NOUN}\b"
                   rf"|\b(?:das|den|unser\w*|het|ons|dat|dit)\s+(?:\w+\s+)?{_TALK_NOUN}\s+(?:\w+\s+)?(?:fortsetzen|fortzusetzen|fortfuhren|fortzufuhren|weiterfuhren|weiterzufuhren"
                   rf"|voortzetten|voort\s+te\s+zetten|voortgezet)\b"
                   rf"|\b(?:great|nice|lovely|good|fantastic|wonderful|a pleasure|pleasure|so nice|really nice|really great)\s+(?:meeting|chatting with|talking (?:to|with)) you\b")
_PAST_TALK = (rf"\b(?:our|notre|nos|nuestra|nuestras|nuestro|nossa|nossas|nosso|(?:la |le |il )?nostr[aeo]|unser\w*|ons|onze)\s+(?:\w+\s+)?{_TALK_NOUN}\b"
              rf"|{_LIKED_TALK}|{_CONTINUED_TALK}")
#: A reason to talk about the sender's own marketing, beside the role: an exchange, "your approach", a relaunch, a need.
#: Her approach praised (folded), after her workshop or talk: "mi è piaciuto molto il tuo approccio", "me encantó tu enfoque",
#: "j'ai beaucoup aimé votre approche", "loved your approach", "gostei muito da sua abordagem", "Ihr Ansatz hat mir gefallen",
#: "je aanpak sprak me aan": feedback, never a talk asked for (a talk asked is said with its own words: "en discuter", "call").
_PRAISED_APPROACH = (r"\b(?:aime|adore|apprecie|loved|liked|enjoyed|appreciated|encanto|encantado|gusto|gustado|gostei|adorei|amei"
                     r"|piaciut[oa]|apprezzato|adorato|genoten|gewaardeerd)\s+(?:(?:beaucoup|vraiment|bien|really|so|much|truly|muito|mucho|molto|tantissimo"
                     r"|tanto|sehr|echt|heel|erg|d[aeo]|de|del|la|le|il|o|a)\s+){0,3}(?:votre|ton|your|su|tu|il tuo|il suo|tuo|suo|seu|sua|teu|tua"
                     r"|jouw|uw|je)\s+(?:approche|approach|enfoque|approccio|abordagem|aanpak|vision|visao|visione|visie)\b"
                     r"|\b(?:ihr\w*|dein\w*|jouw|je|uw)\s+(?:ansatz|aanpak)\s+(?:hat mir (?:\w+ ){0,2}gefallen|gefiel mir|sprak me (?:\w+ )?aan|vond ik (?:\w+ )?(?:goed|sterk|top|mooi))")
#: Work a company would hand out (folded): "externaliser une partie de notre acquisition payante", "outsource our paid
#: acquisition", "einen Teil auslagern", "uitbesteden", "esternalizzare", "terceirizar": a client's lead, never a seller.
_OUTSOURCE_WORDS = (r"externalis\w+|externaliz\w+|esternalizz\w+|outsourc\w+|auslager\w*|auszulagern|uitbeste(?:d|ed)\w*|uit te besteden"
                    r"|terceiriz\w+")
_OUTSOURCING = rf"\b(?:{_OUTSOURCE_WORDS})\b"
#: Their own work sold at a price (folded): "we do cheap website design, $299 per site", "on fait des sites à 299 €",
#: "hacemos diseño web, 299 € por sitio", "wir machen Webdesign ab 299 €": a seller, when her interest is asked for.
_PRICED_WORK_SOLD = (r"\b(?:we (?:do|make|build|design|create|offer)|on fait|nous (?:faisons|realisons|creons|proposons)|hacemos|creamos|ofrecemos"
                     r"|facciamo|realizziamo|creiamo|offriamo|fazemos|criamos|oferecemos|wir (?:machen|erstellen|bauen|bieten)|(?:wij|we) (?:maken|bouwen|bieten))\b"
                     r"[^.?!\n]{0,80}?(?:\d+ ?(?:€|eur|euros?|\$|usd|dollars?)|[$€] ?\d+)")
#: Her interest asked for (folded): "interested?", "intéressé ?", "¿te interesa?", "Interesse?", "interessato?", "geïnteresseerd?".
_INTEREST_ASKED = r"\b(?:interested|interess\w*|interes\w*|geinteresseerd)\b[^.!\n]{0,20}\?"
#: Their own project, to tell her about (folded): "vous présenter notre projet", "tell you about the project", "euch unser
#: Projekt vorstellen", "presentarti il nostro progetto": from a marketing or growth lead, a client's lead, never a seller's offer.
_THEIR_PROJECT = (r"\b(?:notre|our|the|unser\w*|nuestro|il nostro|o nosso|ons|onze|het) (?:\w+ )?(?:projet|project|projekt|proyecto|progetto|projeto)\b"
                  # "nous cherchons à structurer notre acquisition payante", "we need to structure our paid acquisition"
                  r"|\b(?:structur\w+|strukturier\w+|estructur\w+|struttur\w+|estrutur\w+)\b")
_PROSPECT_TALK = (r"\b(?:echanger|echange|discuter|exchange|conversation|talk|chat|austausch|sprechen|gesprach|conversar|hablar|charla|conversa|conversazione"
                  r"|parlare|sentirci|confronto|praten|gesprek\w*|kennismaking\w*|accompagnement|support|unterstutzung|apoyo|supporto|apoio|ondersteuning"
                  # "gostaria de marcar uma reunião consigo para falarmos de estratégia digital": a meeting asked for
                  r"|reuniao|reunion|meeting|riunione|incontro|rendez-vous|rdv|treffen|termin|afspraak|falar\w*|hablemos|parliamo|reden"
                  r"|(?:votre|ton|your|ihr\w*|dein\w*|su|tu|suo|tuo|seu|sua|teu|tua|uw|je|jouw) (?:approche|approach|ansatz|enfoque|approccio|abordagem|aanpak|vision|vision|visao|visie)"
                  # "nous réfléchissons à internaliser notre SEO … votre regard d'experte", "we're thinking of bringing SEO in-house": a
                  # plan to decide on with her
                  # "nous réfléchissons à externaliser une partie de notre acquisition payante": work she would take on
                  r"|" + _OUTSOURCE_WORDS + "|" + _THEIR_PROJECT +
                  r"|internalis\w+|internaliz\w+|internalizz\w+|in-house|inhouse|insourc\w+|intern (?:aufbauen|aufzubauen|ubernehmen|zu ubernehmen|abbilden|abzubilden)|in eigener regie|zelf in huis|in huis (?:halen|nemen)"
                  r"|relaunch|refonte|rediseno|restyling|redesign|lancement|launch\w*|lanzamiento|lancio|lancamento|lancering|consultoria|consulenza|beratung|consulting"
                  r"|confront\w+|austausch\w*|intercambi\w+|trocar ideias|sparren|pick your brain|compare notes|van gedachten"
                  # "stiamo ripensando la nostra strategia digitale", "we're rethinking our digital strategy": a relaunch too
                  r"|ripens\w+|repens\w+|rethink\w*|replante\w+|uberdenk\w+|herzien\w*|heroverweg\w+"
                  r"|relanc\w+|relanz\w+|rilanc\w+|hablamos|hablemos|falamos|parliamo|sprechen wir|praten we|on en parle|let's talk|kennenlernen|conocernos|conhecer-nos|conoscerci"
                  # "happy to discuss", "gerne besprechen wir das", "felice di parlarne", "graag bespreken we dit": a talk offered
                  r"|discuss\w*|besprech\w*|bespre[kc]\w+|parlarne|discuterne|hablarlo|conversarlo)\b")
#: A business opening in France, her market (folded): "estamos abriendo mercado en Francia", "abrindo operação na França",
#: "we are launching in France": a marketing director's meeting about it is a client's, even with no field named.
_OPENING_FRANCE = (r"\b(?:abri\w*|abrir|launch\w*|lanc\w*|lanz\w*|expan\w*|ouvr\w*|apr(?:o|e|ire|iamo|endo|iremo)|eroffn\w*|start\w*|openen|opent|arriv\w*|s'implant\w*)\b"
                   r"[^.?!\n]{0,32}?\b(?:france|francia|franca|frankreich|frankrijk)\b")
#: Experience to swap between people of the trade (folded): "échanger sur vos retours d'expérience en SEO B2B", "swap
#: experiences on B2B SEO", "interessieren mich Ihre Erfahrungen mit LinkedIn Ads": a peer's exchange, no need of their own.
_EXPERIENCE_SWAP = (r"\b(?:retours? d'experiences?|(?:vos|tes|nos|votre|ton|notre|your|our) experiences?|(?:swap|share|exchange|compare)\w* (?:\w+ ){0,2}?(?:experiences?|notes|learnings)"
                    r"|(?:ihre[nr]?|deine[nr]?|unsere[nr]?) erfahrungen|erfahrungen (?:\w+ )?austausch\w*|erfahrungsaustausch|(?:intercambiar|compartir|trocar|partilhar|compartilhar|scambiare|condividere|confrontare)\w* (?:\w+ )?(?:experiencias|esperienze)"
                    r"|(?:tus|sus|nuestras) experiencias|(?:le tue|le sue|le nostre) esperienze|(?:as suas|as tuas|suas|tuas|nossas) experiencias|ervaringen (?:\w+ )?uit (?:te )?wisselen|ervaringen uitwisselen|(?:je|uw|jouw|onze) ervaringen)\b")
_FIELD_WORDS = (r"\b(?:seo|sea|ads|social\w*|sociais|content\w*|contenu\w*|contenid\w*|contenut\w*|conteudo\w*|inhalt\w*|campa\w+|kampagne\w*|acquisition|acquisizione"
                r"|adquisicion|captacion|aquisicao|acquisitie|website|webseite|site|sito|sitio|web|online|digital\w*|numerique|strateg\w+|estrateg\w+|visibilit\w+|sichtbarkeit"
                # "nossa estratégia de mídia paga", "nuestra estrategia de medios pagados": paid media is her field
                r"|midia paga|midias pagas|medios pagados|media a pagamento|paid media|paid-media\w*|betaalde media|bezahlt\w* (?:kunden)?akquise"
                r"|marque|brand\w*|marca|merk|e-?commerce|referencement|newsletter|\w*shops?|webshop\w*|onlineshop\w*)\b")
#: A season an event or session is planned for (folded): "in het najaar", "im Herbst", "this autumn", "à l'automne",
#: "en otoño", "in autunno", "no outono", "na primavera": the time given, with its own preposition.
_SEASON_GIVEN = (r"\b(?:(?:in het|dit|komend) (?:najaar|voorjaar)|(?:im|diesen) (?:herbst|fruhjahr|fruhling)"
                 r"|(?:in the|this|next|in) (?:autumn|fall|spring)|(?:a l'|cet |en )automne|(?:au|ce) printemps"
                 r"|(?:en|este|el proximo) (?:otono|primavera)|(?:in|quest'|il prossimo |in) ?(?:autunno|primavera)|(?:no|neste|na|nesta) (?:outono|primavera))\b")


#: A workshop (folded), the one session a trainer is sought for at an event (a course or a module is a programme's).
_WORKSHOP_NOUN = r"\b(?:workshops?|[\w-]+-workshops?|taller(?:es)?|masterclass)\b"


#: A session for the sender's own staff (folded): "einen internen Workshop", "in-house", "de l'intra", "incompany".
_IN_HOUSE_SESSION = r"\b(?:intern(?:e[nmrs]?)?|interno|interna|in-?house|intra|incompany|in-company)\b"


def _trainer_for_event(folded: str, lang: str) -> bool:
    """A trainer sought for a workshop at their event or network, never a post nor training for the sender's own team."""
    return (bool(_first(_TRAINER_WANTED, folded)) and bool(_first(_WORKSHOP_NOUN, folded)) and lang in _EVENT_NOUNS
            and not _first(_JOB_WORDS, folded) and not _first(_TEAM, cre.sub(_TEAMS_TOOL, " ", folded)) and not _first(_IN_HOUSE_SESSION, folded))


_JOB_WORDS = (r"\b(?:recrut\w*|hiring|recruit\w*|(?<!\ble )(?<!\balle )(?<!\bdelle )(?<!\bnelle )(?<!\bsulle )(?<!\bdalle )stelle|stellenangebot|vacature|puesto|vacante|posizione|vaga|cdi|cdd|m/w/d|h/f|full-time|job|role|position|poste"
              r"|candidat\w*|kandidat\w*|bewerb\w*)\b")


def _weighs_two(original: str, folded: str) -> bool:
    """Two paths weighed ("j'hésite entre le SEO ou les social ads"), never one path named ("je voudrais me spécialiser en
    SEO. Quelles formations me conseilleriez-vous ?": no "both" to compare).

    >>> _weighs_two("Je voudrais me spécialiser en SEO. Quelles ressources ?", "je voudrais me specialiser en seo. quelles ressources ?")
    False
    """
    spans = sentences(original)
    for m in _rx(_WEIGH).finditer(folded):
        i, (a, b) = next(((i, (a, b)) for i, (a, b) in enumerate(spans) if a <= m.start() < b), (0, (0, len(original))))
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt and _first(r"\b(?:meglio|better|mieux|plutot|besser|lieber|eher|mejor|melhor|beter|liever)\b", folded[nxt[0]:nxt[1]]):
            b = nxt[1]  # "vorrei specializzarmi in SEO. Meglio partire da un corso Google o da un master?"
        # "cosa mi consiglieresti studiare o leggere?": what to do, asked openly, no two paths
        span = cre.sub(r"\b(?:recomiendas|recomienda|recomendarias|recomendaria|recomendas|consiglieresti|consigli|consiglia|conseilleriez|conseillerais"
                       r"|conseilles|conseillez|recommend|suggest|empfiehlst|empfehlen|raad|adviseer)\s+(?:\w+\s+)?\w+ (?:o|or|ou|oder|of) \w+", " ", folded[m.start():b])
        if _first(r"\b(?:ou|or|oder|o|oppure|of|entre|between|zwischen|tussen|tra|fra|either|soit|sia|ni)\b|\bvs\.?(?!\w)|/", span):
            return True
    return False


#: Two paths weighed for a career: "j'hésite entre me spécialiser en SEO ou en social ads", "should I learn SEO or ads first?".
_WEIGH = (r"\b(?:j'hesite entre|hesite entre|je ne sais pas (?:si|quoi) (?:choisir|me specialiser)|(?:me|se) specialiser en|(?:torn|undecided|hesitating|choosing) between|should i (?:specialise|specialize|focus|learn|start with|study)"
          r"|(?:specialise|specialize|specialising|specializing) in \w+ or|(?:learn|study|start with) \w+ (?:\w+ )?or \w+ first"
          r"|schwanke zwischen|(?:soll|sollte) ich (?:mich )?(?:eher |lieber )?(?:auf|mit|in)\b.{0,40}\boder\b|mich (?:auf|in) .{0,30} oder .{0,30} (?:zu )?spezialisieren"
          r"|dudando entre|dudo entre|no se si especializarme|especializar(?:me|se) en|(?:me conviene|deberia) (?:estudiar|aprender|especializarme|hacer un curso)"
          r"|indecis[oa] tra|sono in dubbio tra|specializzar(?:mi|si) in|(?:mi conviene|dovrei) (?:studiare|imparare|specializzarmi|fare un corso)|(?:corso|corsi) .{0,40}\bo qualcosa"
          r"|em duvida entre|fico na duvida entre|especializar-(?:me|se) em|(?:me|se) especializar em|vale (?:mais )?a pena (?:fazer|estudar|aprender)|(?:devo|deveria) (?:estudar|aprender|fazer um curso|me especializar)"
          r"|twijfel (?:nog )?tussen|(?:moet|zou) ik (?:me )?(?:specialiseren|eerst|beter)|specialiseren in \w+ of)\b")


#: A student's or a career changer's words: the two paths are careers, not channels for a shop.
_CAREER_CTX = (r"\b(?:etudiant\w*|etudes|student\w*|studier\w*|studeer\w*|studie|estudi\w+|studi\w+|studio|licence|master|bts|but|bachelor|alternan\w+|ausbildung"
               r"|emploi|travail|job|jobs|career|carriere|karriere|beruf\w*|trabajo|empleo|carrera|lavoro|carriera|emprego|trabalho|carreira|baan|werk|loopbaan"
               r"|demiti\w+|licenzi\w+|entlassen|gekundigt|despedid\w+|laid off|reconversion|umschul\w+|quereinst\w+|migrar|cambiar de sector|cambiare settore"
               r"|career change|omscholing|overstappen|anno|annee|year|jaar|jahr|ano|semestre|semester)\b")


#: The sender struggles with something (their ads, their SEO): they tell where they stand.
_STRUGGLE = (r"\b(?:je galere|galere avec|je rame|je m'y perds|je suis perdue?|je n'y comprends rien|j'y comprends rien|je bloque"
             r"|struggl\w+ with|i'?m (?:a bit |totally |completely )?lost|no idea (?:how|what|where)|can'?t figure out|stuck with(?! (?:me|us)\b)|clueless"
             r"|kampf\w* (?:\w+ ){0,2}mit|hab (?:noch )?keinen plan|keine ahnung(?!,? ob (?:du|sie) (?:dich|sich) (?:noch )?(?:an mich|erinner))|blicke? (?:\w+ ){0,3}nicht durch|verstehe? (?:noch )?nichts|komme? (?:\w+ ){0,6}nicht (?:weiter|voran)"
             r"|(?:would love|'d love|want|wish) to learn from you|(?:j'aimerais|je voudrais|j'adorerais) apprendre (?:de|aupres de) (?:toi|vous)|(?:wurde|mochte) (?:\w+ )?(?:gern|gerne) von (?:dir|ihnen) lernen"
             r"|(?:me encantaria|me gustaria|quiero|quisiera) aprender de (?:ti|vos|usted)|(?:vorrei|mi piacerebbe) imparare da (?:te|lei)|(?:adoraria|gostaria de|quero) aprender com (?:voce|vc|o senhor|a senhora|voces)"
             r"|(?:zou|wil) (?:\w+ )?(?:graag )?(?:veel )?van (?:je|jou|u) (?:leren|willen leren)"
             r"|estoy (?:un poco |muy |bastante )?perdid[oa]|no entiendo nada|me cuesta|no me aclaro|no se por donde empezar"
             r"|non ci capisco (?:niente|nulla)|sono (?:un po' |molto )?in difficolta|faccio fatica|mi sento (?:un po' )?pers[oa]|sono (?:un po' )?pers[oa]"
             r"|estou (?:meio |um pouco |completamente )?perdid[oa]|nao (?:entendo|percebo) nada|sofrendo com|com dificuldade|tenho dificuldade"
             r"|snap er (?:nog |echt )?(?:niks|niets) van|worstel\w* met|ben (?:de weg )?kwijt|kom er niet uit|geen idee hoe)\b")


#: An exchange only looked forward to, as a sign-off ("Freue mich auf den Austausch!", "looking forward to swapping ideas",
#: "ik kijk ernaar uit om ervaringen uit te wisselen"): a warm line, never a call to schedule when nothing is asked. German and
#: Dutch only, where the reply echoes the exchange ("ich freue mich auf den Austausch!"); elsewhere the call is the warm answer.
_EXCHANGE_WISH = (r"\b(?:(?:ich )?freue? mich (?:sehr |schon )?(?:auf|uber) (?:den|einen|unseren|regen|weiteren|guten|fachlichen|kollegialen|spannenden)?"
                  r"\s?(?:\w+e[nm]?\s){0,2}(?:gedanken)?austausch|auf (?:einen |den )?(?:guten|regen|weiteren|spannenden|fachlichen|kollegialen) austausch"
                  r"|(?:kijk|verheug) (?:me |mij )?(?:ernaar |er naar )?uit om (?:\w+ ){0,2}(?:ervaringen|ideeen|kennis) (?:uit te wisselen|te delen)"
                  r"|(?:kijk|verheug) (?:me |mij )?(?:er )?(?:naar )?(?:uit|op) (?:naar |op )?(?:de |het |onze |een )?(?:uitwisseling|uitwisselen|ervaringen uit te wisselen|kennis te delen|gedachtewisseling)"
                  r")")

#: A reader of her posts, articles or talks ("lese Ihre Beiträge schon lange", "ik volg je posts"): the exchange they look
#: forward to is an opening worth a call, unlike a fellow marketer's plain sign-off.
_READS_HER = (r"\b(?:beitrag|beitrage[n]?|posts?|artikel|artikelen|vortrag|vortrage|newsletter|webinar|podcast|blog"
              r"|(?:ich )?(?:lese|verfolge|folge)|(?:ik )?(?:lees|volg)|(?:je|jouw|uw) (?:berichten|content|video's))\b")

#: A peer's offer to exchange ideas or experience, not to buy nor to be hired.
_EXCHANGE = (r"\b(?:echang\w+ (?:nos|des|sur nos|quelques) (?:retours|idees|experiences|bonnes pratiques|points de vue|pratiques|astuces)|qu'on echange|echanger entre (?:pairs|consultants?|freelances?)"
             r"|partager nos (?:retours|experiences)|(?:swap\w*|compar\w*|exchang\w*|trad\w*) (?:notes|ideas|experiences|war stories|tips)|bounce ideas|share (?:our )?experiences"
             # ("Master in Digital Marketing (Austausch aus Köln)": an exchange student, never a chat offered)
             r"|austausch(?! aus\b)|austauschen|auszutauschen|erfahrungen (?:teilen|austauschen)|intercambiar (?:ideas|experiencias|impresiones|opiniones|conocimientos)|compartir experiencias"
             r"|intercambio de (?:ideas|experiencias)|scambi\w* (?:di )?(?:idee|esperienze|opinioni|due parole|qualche idea|due idee|quattro idee)|confrontarci|un confronto"
             r"|trocar (?:umas |algumas )?(?:ideias|experiencias|figurinhas|impressoes)|troca de (?:ideias|experiencias)|van gedachten"
             # "seria ótimo trocar uma ideia", "trocar uma ideia sobre conteúdo", "bater um papo", "cambiar impresiones": a chat between peers
             r"|trocar uma ideia|bater um papo|(?:fare|farci) (?:due|quattro) chiacchiere|cambiar impresiones|charlar un rato|echanger quelques mots"
             r"|(?:ideeen|ervaringen|kennis) (?:uit )?(?:te )?(?:wisselen|uitwisselen|delen)|sparren"
             # "een uitwisseling over performance marketing", "un intercambio sobre …", "uma troca sobre …": an exchange on a topic
             r"|uitwisseling (?:over|rond|van)|un intercambio (?:sobre|de)|uma troca (?:sobre|de))\b")


#: A conversation to carry on (folded): "den Austausch fortsetzen", "continue our conversation", "poursuivre l'échange".
_GO_ON = (r"\b(?:(?:continue|continuing|carry on|pick up|follow up on) (?:the|our|this) (?:conversation|exchange|discussion|chat)|keep (?:the|our) (?:conversation|discussion) going"
          r"|(?:poursuivre|continuer|prolonger|reprendre) (?:l'echange|la discussion|la conversation|cet echange|cette discussion|notre (?:echange|discussion|conversation)|nos echanges)"
          r"|(?:den|unseren|das|unser|die|unsere) (?:austausch|gesprach|unterhaltung|diskussion) (?:\w+ ){0,2}(?:fortsetzen|fortfuhren|weiterfuhren|vertiefen)|(?:uns|mich) (?:gern\w* )?weiter austauschen"
          r"|(?:seguir|continuar|retomar|proseguir) (?:con )?(?:la|nuestra|esta|el|nuestro) (?:conversacion|charla|intercambio)"
          r"|(?:continuare|proseguire|riprendere|portare avanti) (?:la |il |questa |questo )?(?:nostra |nostro )?(?:conversazione|chiacchierata|confronto|discorso|scambio)"
          r"|(?:continuar|seguir|retomar|dar continuidade a) (?:a |essa |esta |nossa |a nossa )?(?:conversa|troca|discussao)"
          r"|(?:het|ons|dit|dat) gesprek (?:\w+ ){0,2}(?:voortzetten|voort te zetten|vervolgen|vervolgen)|verder (?:praten|kletsen|sparren))\b")
#: A call or meeting named outright (folded): with one, the wish to carry on the conversation is a call asked for.
_CALL_NAMED = (r"\b(?:call|appel|anruf|telefon\w*|phone|zoom|teams|visio\w*|video\w*|\d+ ?min\w*|llamada|chiamata|ligacao|chamada|bellen|belletje|meeting"
               r"|rendez-vous|rdv|cafe|coffee|kaffee|koffie|caffe|treffen|afspraak|reunion|riunione|reuniao|termin|skype|meet)\b")
#: A subject already talked about or agreed on, to be picked up: "quedamos en hablar sobre", "avevamo parlato di",
#: "as we discussed", "wie besprochen", "zoals besproken" (folded).
_AGREED = {
    "fr": r"\b(?:on avait|nous avions|on a|nous avons|on s'etait) (?:parle|evoque|discute|dit)|\bcomme (?:convenu|evoque|discute|prevu)\b",
    "en": r"\bwe (?:had )?(?:talked|spoke|chatted) about|\bwe discussed|\bwe agreed to (?:talk|discuss|chat|follow up)|\bas (?:discussed|agreed)\b",
    "de": r"\bwie besprochen\b|\bwie vereinbart\b|\bwir hatten (?:\w+ ){0,8}(?:gesprochen|besprochen|geredet)|\bwir wollten (?:\w+ ){0,6}(?:sprechen|reden)",
    "es": r"\bquedamos en (?:hablar|vernos|seguir|retomar)|\b(?:habiamos|hemos) hablado|\bhablamos (?:de|sobre)|\bcomo (?:quedamos|hablamos|acordamos)\b",
    "it": r"\b(?:avevamo|abbiamo) parlato|\beravamo rimasti|\bcome d'accordo\b|\bcome (?:detto|concordato|promesso)\b",
    "pt": r"\b(?:combinamos|ficamos) (?:de|em) (?:falar|conversar|retomar)|\b(?:tinhamos|haviamos|temos) (?:falado|conversado)|\b(?:falamos|conversamos) sobre|\bcomo combinado\b",
    "nl": r"\bzoals (?:besproken|afgesproken)\b|\bwe hadden het (?:\w+ ){0,3}over|\bwe spraken (?:\w+ ){0,3}over|\bwe zouden (?:\w+ ){0,4}(?:praten|bellen|spreken)",
}


def _swaps_experience(original: str, folded: str) -> bool:
    """Experience of the trade to talk over, no need of the sender's own ("Head of Growth … échanger sur vos retours
    d'expérience en SEO B2B", "interested in your experience with LinkedIn Ads in B2B, perhaps a chat"): a peer's exchange."""
    return bool(_first(_EXPERIENCE_SWAP, folded)) and bool(_first(_PROSPECT_TALK, folded)) \
        and not _first(_CLIENT_NEED, folded) and not _stated_need(original)


def _stated_need(original: str) -> bool:
    """"wir suchen Unterstützung bei der Suchmaschinenoptimierung", "wil beter gevonden worden in Google": a need for SEO,
    social ads or content strategy, plainly stated (a client's, when they also ask for a call)."""
    return bool(needs(original, ["seo", "social ads", "content strategy"]))


#: Someone looking for teachers (a school, a chamber of commerce): a teaching offer, the owner's training service (folded).
_TEACHERS_WANTED = (r"\b(?:looking for|seeking|searching for|need|cherchons|recherchons|cherche|recherche|suchen|sucht|buscamos|busca|necesitamos|cerchiamo|cerca|procuramos|procura|zoeken|zoekt|op zoek naar)"
                    r" (?:\w+ ){0,2}(?:lecturers?|teachers?|instructors?|trainers?|formateur\w*|formatrice\w*|intervenant\w*|enseignant\w*|dozent\w*|lehrbeauftragt\w*|referent\w*"
                    r"|formador\w*|docentes?|profesor\w*|docent\w*|formator\w*|insegnant\w*|professor\w*|instrutor\w*|gastdocent\w*|trainers?)\b")
#: "Ci servirebbe una mano con le campagne", "we could use a hand with our ads": a company's need for the owner's help (folded).
_HAND_WANTED = (r"\b(?:ci servirebbe|ci serve|nos vendria bien|nos haria falta|precisariamos de|precisavamos de|we could use|we.d need|we would need"
                r"|on aurait besoin d(?:e|')|nous aurions besoin d(?:e|')|wir brauchen|wir brauchten|we kunnen (?:\w+ )?gebruiken|we hebben (?:\w+ )?nodig)"
                r" (?:\w+ ){0,2}(?:una mano|aiuto|supporto|ayuda|apoyo|una mano|ajuda|apoio|uma mao|a hand|help|support|un coup de main|aide|unterstutzung|hilfe|hulp|ondersteuning)\b")


#: The sender's own business goal, in the first person (folded): "vorrei aumentare le prenotazioni dirette", "I'd like more
#: direct bookings", "je voudrais augmenter mes ventes", "ich möchte mehr Buchungen": a prospect's need, whatever the channel.
_GROWTH_GOAL = (r"\b(?:i(?:'d| would) like to|i want to|we(?:'d| would) like to|we want to|je (?:voudrais|souhaite|souhaiterais|veux|cherche a)|nous (?:voudrions|souhaitons|voulons)"
                r"|ich (?:mochte|will|wurde gern\w*)|wir (?:mochten|wollen|wurden gern\w*)|(?:quisiera|quiero|me gustaria|queremos|quisieramos|nos gustaria)"
                r"|(?:vorrei|voglio|vorremmo|vogliamo|mi piacerebbe|ci piacerebbe)|(?:queria|quero|gostaria de|queremos|gostariamos de)|(?:ik wil|ik zou graag|we willen|wij willen|we zouden graag))"
                r" (?:\w+ ){0,2}(?:increase|grow|boost|get more|more|augmenter|developper|plus de|steigern|erhohen|mehr|aumentar|incrementar|mas|aumentare|incrementare|piu|crescer|mais|verhogen|meer|laten groeien)"
                r" (?:\w+ ){0,3}(?:bookings?|reservations?|sales|customers|clients|leads|traffic|visibility|reservations?|ventes|clients|clientes|trafic|visibilite|buchungen|umsatz|kunden|anfragen|sichtbarkeit"
                r"|reservas|ventas|visibilidad|trafico|prenotazioni|vendite|clienti|visibilita|traffico|vendas|visibilidade|trafego|boekingen|omzet|klanten|zichtbaarheid|verkeer|aanvragen)\b")


#: A wish to strengthen or improve something of theirs (folded): "gostaríamos de reforçar a nossa estratégia de SEO",
#: "we'd like to improve our Google Ads", "wir möchten unsere Sichtbarkeit verbessern", "vorremmo potenziare i nostri social".
_IMPROVE_WISH = (r"\b(?:(?:we|i)(?:'d| would) (?:like|love) to|(?:we|i) want to|we(?:'re| are) (?:looking|hoping) to|(?:nous )?(?:aimerions|souhaitons|souhaiterions|voudrions|voulons|cherchons a)"
                 r"|(?:j'aimerais|je souhaite|je souhaiterais|je voudrais|je veux|je cherche a)|(?:wir )?(?:mochten|wollen|wurden gern\w*)|(?:ich )?(?:mochte|will|wurde gern\w*)"
                 r"|quisieramos|queremos|nos gustaria|me gustaria|quisiera|vorremmo|vogliamo|ci piacerebbe|vorrei|voglio|mi piacerebbe"
                 r"|gostariamos de|gostaria de|queremos|queriamos|pretendemos|we willen|wij willen|we zouden graag|ik wil|ik zou graag)"
                 r" (?:[\w-]+ ){0,7}?(?:reforc\w+|melhorar|impulsionar|potenciar|otimizar|improve|strengthen|boost|optimi[sz]e|grow|renforcer|ameliorer|developper|booster|optimiser"
                 r"|verbessern|starken|ausbauen|optimieren|mejorar|reforzar|impulsar|optimizar|potenziare|migliorare|rafforzare|ottimizzare|versterken|verbeteren|optimaliseren|uitbouwen)\b")
#: The sender's own skills, career or network to grow (folded): a learner or a peer, never a client's need.
_OWN_GROWTH = (r"\b(?:skills?|competences?|kenntnisse|fahigkeiten|habilidades|competencias|competenze|competencias|vaardigheden|career|carriere|karriere|carrera|carriera"
               r"|carreira|loopbaan|network|reseau|netzwerk|red de contactos|rete|rede|netwerk|knowledge|connaissances|wissen|conocimientos|conoscenze|conhecimentos|kennis"
               r"|portfolio|portafolio|portfolio|cv|profil|profile|perfil|profilo|profiel)\b")
#: The owner's training already taken, by the sender or a referrer (folded): "que hizo tu formación en redes sociales",
#: "who took your workshop", "j'ai suivi ta formation", "ho seguito il tuo corso", "deinen Kurs besucht hat", "jouw training gevolgd".
_OWNER_POSS = (r"(?:your|votre|vos|ta|ton|tes|dein\w*|ihr\w*|tu|tus|su|sus|il tuo|il suo|la tua|la sua|tuo|tua|suo|sua|(?:o |a )?(?:seu|sua|teu|tua)|jouw|je|uw)")
_COURSE_NOUN = (r"(?:formations?|trainings?|courses?|cours|workshops?|ateliers?|masterclass|schulung\w*|kurs\w*|seminar\w*|weiterbildung\w*|fortbildung\w*"
                r"|formacion\w*|cursos?|taller\w*|capacitacion\w*|formazion\w*|corsi|corso|formac\w+|treinamentos?|capacitac\w+|opleiding\w*|cursus\w*|bootcamp)")
#: The sender's own courses sold (folded): "je vends des formations en ligne", "I sell online courses", "vendo cursos online",
#: "vendo corsi online", "ich verkaufe Online-Kurse", "ik verkoop online cursussen": their product, never the service asked of her.
_OWN_COURSES_SOLD = (r"\b(?:i sell|i create|je vends?|je cree|je commercialise|vendo|creo|ich verkaufe|ich erstelle|ik verkoop|ik maak)\s+"
                     r"(?:des |mes |my |meine |mis |i miei |os meus |mijn |de |los |i |os )?(?:\w+[\s-])?(?:formations?|courses?|cours|cursos?|corsi|kurse|cursussen"
                     r"|trainings?|infoproduto\w*|infoproduct\w*|formacion\w*|formazion\w*)\b")
_TAKEN_COURSE = (r"\b(?:(?:attended|took|did|followed|completed|joined|suivi|fait|termine|hice|hizo|tome|tomo|curse|curso|asisti|asistio|segui|sigui|siguio|completo|complete"
                 r"|fatto|seguito|frequentato|partecipato|fiz|fez|frequentei|frequentou|participei|participou|conclui|concluiu|assisti|assistiu|gevolgd|gedaan)"
                 r"\s+(?:(?:a|al|à|no|na|ao|del|de|in|aan|bij)\s+)?" + _OWNER_POSS + r"\s+(?:[\w-]+\s+)?" + _COURSE_NOUN + r"\b"
                 r"|\b" + _OWNER_POSS + r"\s+(?:[\w-]+\s+)?" + _COURSE_NOUN + r"\s+(?:[\w-]+\s+){0,5}?(?:besucht|gemacht|belegt|absolviert|mitgemacht|gevolgd|gedaan|bijgewoond)\b"
                 # "hij was deelnemer van je training in Lyon", "a participant in your course", "Teilnehmer deines Kurses": taken too
                 r"|\b(?:deelnemer|deelneemster|participant|participante|partecipante|teilnehmer\w*|attendee)\s+(?:(?:van|aan|bei|in|de|di|at|of|a|à|em|en|du|al|del|da|do|no|na)\s+)?"
                 + _OWNER_POSS + r"\s+(?:[\w-]+\s+)?" + _COURSE_NOUN + r"\b)")
_HOW_YOU_WORK = (r"\b(?:how you (?:work|operate)|your way of working|comment (?:tu travailles|vous travaillez)|wie (?:du arbeitest|sie arbeiten)|como (?:trabajas|trabaja usted)"
                 # "Quel est votre mode de fonctionnement ?", "what's your process?", "wie läuft eine Zusammenarbeit mit Ihnen ab?"
                 r"|(?:votre|ton|vos|tes) (?:mode|facon|maniere|methode|modalites?) de (?:fonctionnement|fonctionner|travail|travailler|collaboration)|comment (?:tu fonctionnes|vous fonctionnez)"
                 r"|how do you (?:work|usually work|operate|go about it)|(?:what'?s|what is) your (?:process|approach|way of working)"
                 r"|wie (?:arbeitest du|arbeiten sie|lauft (?:eine|die) zusammenarbeit)|(?:deine|ihre) arbeitsweise"
                 r"|como (?:trabajas|trabaja|funciona trabajar contigo|funciona trabajar con usted)|tu (?:forma|manera|metodo) de trabajar|su (?:forma|manera|metodo) de trabajar"
                 r"|come (?:lavori|lavora) (?:di solito|con i clienti)|il tuo (?:metodo|modo) di lavorare|il suo (?:metodo|modo) di lavorare"
                 r"|(?:o seu|o teu|seu) (?:metodo|modo|jeito) de trabalh\w*|como e que (?:trabalha|trabalhas)|(?:je|jouw|uw) werkwijze|hoe (?:werk je|werkt u)"
                 r"|como (?:voce trabalha|trabalhas|a senhora trabalha|o senhor trabalha|trabalha)|come (?:lavori|lavora)|hoe (?:je|jij|u) (?:werkt|te werk gaat))\b")
#: Whom a yes/no question asks her to serve: "¿asesoras también a tiendas pequeñas?", "ob du auch kleine Shops berätst?",
#: "do you work with small businesses?": a business asking for her services, never a subject outside her field.
_BUSINESS_AUDIENCE = (r"\b(?:shops?|onlineshops?|webshops?|webwinkels?|winkels?|boutiques?|tiendas?|tienditas?|negocios?|comercios?|empresas?|pymes?"
                      r"|small business\w*|businesses|startups?|start-ups?|entrepreneurs?|emprendedor\w*|ondernemers?|bedrijven|zaken"
                      r"|geschafte|unternehmen|firmen|grunder\w*|selbststandige|negozi|negozio|attivita|aziende|imprese|lojas?|lojinhas?|tpe|pme"
                      r"|commerces?|artisans?|artesan\w*|artigian\w*|independants?|freelances?|restaurants?|ristoranti|restaurantes)\b")
_BUYER = (r"\b(?:head of|head de|marketing director|director\w* (?:de )?marketing|diretor\w* de marketing|directeur\w* marketing|directrice marketing|direttore marketing"
          r"|marketingleiter\w*|leiter\w* marketing|responsable (?:de )?marketing|responsavel de marketing|responsabile marketing|gerente de marketing|marketing manager"
          r"|cmo|ceo|owner of|dono d[aeo]|dona d[aeo]|proprietari[oa] d[ie]|inhaber\w*|eigenaar van|fundador\w* d[aeo]|founder of|gerant\w* d[e']|zaakvoerder|geschaftsfuhrer\w*)\b")


#: Help sought for the sender's own business, with "we" (folded): "we're looking for help with", "nous cherchons de l'aide
#: pour", "wir suchen Unterstützung bei", "buscamos ayuda con", "cerchiamo supporto per", "procuramos ajuda com",
#: "we zoeken hulp bij", "on aurait besoin d'un coup de main": a prospective client, whatever the judge guessed.
_WE_SEEK_HELP = (r"\b(?:(?:we(?:'re| are)?|we(?:'d| would)?) (?:currently |now |really )?(?:looking for|seeking|searching for|in need of|need|want|could use)"
                 r"|(?:nous|on) (?:re)?cherch\w*|nous (?:avons|aurions) (?:bien |vraiment )?besoin d|on a (?:bien |vraiment )?besoin d|on aurait besoin d|nous souhaitons (?:trouver|obtenir)"
                 r"|wir (?:suchen|brauchen|benotigen|wunschen uns)|(?:suchen|brauchen|benotigen) wir"
                 r"|buscamos|estamos buscando|necesitamos|nos haria falta|queremos|quisieramos"
                 r"|cerchiamo|stiamo cercando|abbiamo bisogno d|vorremmo|ci servirebbe|ci serve"
                 r"|procuramos|estamos (?:a procurar|procurando)|precisamos d|gostariamos d\w*|queremos"
                 r"|(?:nous|on) (?:aimerions|aimerait|voudrions|voudrait|souhaitons|souhaiterions|souhaiterait|voulons|veut|cherchons a|cherche a) (?:nous |se )?faire accompagner"
                 r"|(?:we|wij) zoeken|zoeken (?:we|wij)|(?:we|wij) zijn op zoek naar|(?:we|wij) hebben (?:\w+ )?nodig|(?:we|wij) willen graag)"
                 r"\W+(?:[\w']+ ){0,2}?(?:l')?(?:help|support|assistance|a hand|some guidance|aide|un coup de main|un accompagnement|soutien|un appui"
                 r"|unterstutzung|hilfe|begleitung|ayuda|apoyo|asesoramiento|una mano|acompanamiento|aiuto|supporto|consulenza|un affiancamento"
                 r"|ajuda|apoio|uma mao|acompanhamento|consultoria|hulp|ondersteuning|begeleiding|advies"
                 # "we're looking for local expertise on SEO", "cerchiamo competenze locali", "wir suchen Expertise": know-how to buy
                 r"|expertise|know-how|competenz\w*)\b")
#: The owner herself asked for, to work on the sender's business (folded): "nos gustaría contar con usted", "faire appel à vous",
#: "we'd like you to look at our", "Sie beauftragen", "avvalerci della sua consulenza", "contar consigo", "u inschakelen".
_WANT_YOU = (r"\b(?:contar con (?:usted|ustedes|vosotros|tigo|tu (?:ayuda|apoyo|experiencia)|su (?:ayuda|apoyo|experiencia)|sus servicios|tus servicios)|contar contigo"
             r"|contar (?:com (?:a senhora|o senhor|voce|a sua|o seu|os seus|as suas)|consigo|contigo)"
             r"|(?:avvalerci|avvalermi|affidarci|affidarmi) (?:a te|a lei|a voi|della (?:sua|tua)|dei (?:suoi|tuoi)|del (?:suo|tuo))|contare su di (?:te|lei)"
             r"|faire appel a (?:vous|toi|vos services|tes services)|vous confier|te confier|(?:travailler|collaborer) avec (?:vous|toi) (?:sur|pour) (?:notre|nos|mon|ma|mes)"
             r"|(?:like|love|want) you to (?:help|work on|look at|take (?:over|on|a look)|run|handle|manage|audit|lead|review|train|support)|(?:hire|engage|bring in|bring on|work with) you (?:for|on|to)\b"
             r"|(?:sie|dich) (?:beauftragen|engagieren|ins boot holen|mit ins boot)|(?:mit ihnen|mit dir) (?:an|bei) (?:unser\w*|mein\w*) [\w-]+ (?:zusammen)?arbeiten"
             r"|(?:je|jou|u) (?:inschakelen|inhuren)|een beroep (?:op (?:je|jou|u)) doen|met (?:je|jou|u) (?:samenwerken|werken) aan (?:onze|ons|mijn))\b")
#: A wish to improve the sender's own marketing, said for a company ("we"), folded: "gostaríamos de reforçar a nossa estratégia
#: de SEO", "nous voudrions améliorer notre référencement", "we want to strengthen our content strategy".
_WE_IMPROVE = (r"\b(?:we(?:'d| would)? (?:like|love|want|hope|are looking|'re looking|need) to|nous (?:voudrions|souhaitons|souhaiterions|aimerions|cherchons a|voulons)"
               r"|wir (?:mochten|wollen|wurden gern\w*)|(?:queremos|quisieramos|nos gustaria|buscamos)|(?:vorremmo|vogliamo|ci piacerebbe|cerchiamo di)"
               r"|(?:gostariamos de|queremos|pretendemos|procuramos)|(?:we|wij) (?:willen|zouden graag))"
               r" (?:\w+ ){0,2}?(?:improve|strengthen|boost|rework|revamp|overhaul|develop|grow|ameliorer|renforcer|developper|optimiser|retravailler|booster"
               r"|verbessern|starken|ausbauen|optimieren|mejorar|reforzar|potenciar|optimizar|impulsar|migliorare|rafforzare|potenziare|ottimizzare"
               r"|melhorar|reforcar|otimizar|potenciar|impulsionar|verbeteren|versterken|optimaliseren|uitbouwen)\b")
#: A seller offering THEIR services to the owner's kind (folded): "we help agencies like yours", "ayudamos a consultoras como
#: la tuya", "wir unterstützen Agenturen wie Ihre", "I'd like to offer you our SEO tool": a pitch, never a client.
#: An affiliate or reseller programme offered to the owner (folded): "30% Provision", "affiliate program",
#: "programme de parrainage", "comisión por cliente": commission for recommending a seller's product.
_COMMISSION = (r"\b(?:\d+ ?(?:%|percent|pour ?cent|prozent|por ?ciento|per ?cento|por ?cento|procent) (?:\w+ ){0,3}(?:provision|commission|comision|commissione|comissao|commissie|provisie)"
              r"|(?:provision|commission|comision|commissione|comissao|commissie|provisie) (?:\w+ ){0,2}(?:de |di |van |von |of )?\d+ ?(?:%|percent|pour ?cent|prozent|procent)"
              r"|(?:recurring|wiederkehrende\w*|recurrente|ricorrente|recorrente|terugkerende|recurrente?s?) (?:commission|provision|comision|commissione|comissao|commissie))\b"
              # "pour la recommander contre commission", "on commission", "gegen Provision", "a comisión", "su provvigione",
              # "por comissão", "op commissiebasis": paid on their sales, a number or not
              r"|\b(?:contre|moyennant|a la|sur|on|for|against|gegen|auf|a|por|mediante|su|dietro|tegen|op) (?:une? |a |la |el |il |uma |een |eine )?"
              r"(?:commission|commissions|provision|provisionen|comision|comisiones|commissione|commissioni|provvigion[ei]|comissao|comissoes|commissie|provisie)\b"
              r"|\b(?:commission-based|commission basis|provisionsbasis|commissiebasis|provisiebasis|base de comision|base de comissao|base provvigionale)\b"
              # "comisión del 30%.", "provvigione del 20%": a percentage ending the phrase (no word boundary after "%")
              r"|\b(?:provision|commission|comision|commissione|provvigione|comissao|commissie|provisie) (?:\w+ ){0,2}\d+ ?%")
#: Agencies or partners sought for the sender's network (folded): "wir suchen Partner-Agenturen", "we're looking for partner
#: agencies", "nous recherchons des agences partenaires", "buscamos agencias colaboradoras", "cerchiamo agenzie partner",
#: "procuramos agências parceiras", "wij zoeken partnerbureaus": a partnership offered to her kind.
_PARTNERS_SOUGHT = (r"\b(?:suchen|looking for|seeking|recherchons|cherchons|buscamos|cerchiamo|procuramos|zoeken|recrutons|recruiting)"
                    r" (?:des |de |d'|un |una |uns |um |uma |een |a |an |neue |new |nouvelles |nuevas |nuove |novas |nieuwe )?"
                    r"(?:partner-?\w*|partenaires|agences partenaires|agencies partners?|agencias (?:colaboradoras|socias|partner)|agenzie partner"
                    r"|agencias parceiras|parceir[oa]s|partnerbureaus|partnerkantoren|socios)\b")
_AFFILIATE = (_COMMISSION + r"|\b(?:affiliate[ -]?(?:program\w*|partner\w*|link\w*)|partner ?programm?\w*|partnerprogramma|programme (?:d'affiliation|de parrainage|partenaires?|revendeurs?)"
              r"|programa de (?:afiliados|socios|partners|parceiros|afiliacao)|programma (?:di affiliazione|partner|affiliati)|affiliateprogramma|reseller[ -]?program\w*"
              # "consultants who could recommend our tool to their clients", "die unser Tool ihren Kunden empfehlen": their product resold
              r"|(?:our|notre|nos|unser\w*|nuestr[ao]s?|nostr[aoi]|nosso|nossa|onze) (?:\w+ )?(?:tool|app|software|saas|platform|plateforme|outil|logiciel|solution|product|produit"
              r"|herramienta|plataforma|strumento|piattaforma|ferramenta|producto|prodotto|produto|plattform|produkt|losung) (?:\w+ ){0,3}?"
              r"(?:(?:to|a|aux|ai|alle|aos|as|aan) )?(?:their|leurs|sus|ai loro|alle loro|aos seus|as suas|hun|ihren|euren|deinen) (?:clients|customers|clientes|clienti|klanten|kunden))\b")
_SELLS_TO_OWNER = (r"\b(?:we (?:help|support|work with)|nous (?:aidons|accompagnons)|wir (?:helfen|unterstutzen|begleiten)|ayudamos|acompanamos|aiutiamo|supportiamo|affianchiamo"
                   r"|ajudamos|apoiamos|(?:wij|we) (?:helpen|ondersteunen|begeleiden)"
                   # "ik help consultants aan meer klanten", "I help freelancers land clients": one seller, the same pitch
                   r"|i (?:help|support|coach)|j'(?:aide|accompagne)|ich (?:helfe|unterstutze|begleite|coache)|(?:yo )?(?:ayudo|acompano)|(?:io )?(?:aiuto|affianco)"
                   r"|(?:eu )?(?:ajudo|apoio)|ik (?:help|ondersteun|begeleid|coach))"
                   r" (?:\w+ ){0,3}?(?:agenc(?:y|ies)|consultants?|consultancies|freelancers?|agences?|consultant\w*|independants|agentur\w*|berater\w*|freelancer\w*"
                   r"|agencias?|consultor\w*|consultoras?|autonomos|agenzi[ae]|consulent\w*|bureaus?|zzp\w*|marketeers|marketers|marketeurs)\b"
                   # "a consultants like you", "des consultants comme vous", "Beraterinnen wie Sie" (never a bare "wie du … siehst")
                   r"|\b(?:like yours|(?:consultants?|consultantes?|consultoras?|consultores|freelancers?|marketers?|marketeers?|marketeurs?|coaches|formateurs|trainers?|unternehmer\w*|ondernemers|empresas|aziende|agenc\w+|consultanc\w+|agentur\w*|berater\w*|freelancer\w*|agenzi\w+|consulent\w*|bureaus?|profession\w+|expert\w*|independant\w*|autonom\w*|businesses|companies|firms|entreprises|marques|brands)"
                   r" (?:like you|comme (?:vous|toi|la votre|la tienne|le votre|le tien)|wie (?:ihre|deine|sie|du)\b|como (?:usted|tu|voce|la tuya|la suya|el tuyo|el suyo|a sua|a tua|o seu|o teu)"
                   r"|come (?:te|lei|la tua|la sua|il tuo|il suo)|zoals (?:jij|u|jou|die van (?:jou|u)|het jouwe|uw bureau|jouw bureau)))"
                   r"|\b(?:(?:offer|present|show) you our|vous (?:proposer|presenter) (?:notre|nos)|te (?:proposer|presenter) (?:notre|nos)|(?:ihnen|dir) (?:unser\w*) (?:\w+ )?(?:vorstellen|anbieten|zeigen)"
                   r"|(?:presentarle|presentarte|ofrecerle|ofrecerte|proponerle|proponerte) (?:nuestr\w+)|(?:presentarle|presentarti|proporle|proporti|offrirle|offrirti) (?:il nostro|la nostra|i nostri)"
                   r"|(?:apresentar-lhe|apresentar-te|oferecer-lhe|oferecer-te|lhe apresentar|te apresentar) (?:o nosso|a nossa|os nossos|nosso|nossa)|(?:u|je|jou) (?:onze|ons) (?:\w+ )?(?:voorstellen|aanbieden|laten zien))\b")

#: A vendor putting itself at her disposal (folded): "se avete bisogno di un partner tecnologico siamo a disposizione",
#: "if you ever need a developer, we're here to help", "si vous avez besoin d'un imprimeur, nous sommes à votre disposition",
#: "falls Sie Unterstützung brauchen, stehen wir gern zur Verfügung": their services offered to her (never "if you need more
#: information, I'm available", a sender's courtesy).
_NEED_IF = (r"\b(?:if you (?:ever |should |also )?need|should you need|si (?:vous avez|tu as|vous aviez|tu avais) besoin|si (?:alguna vez )?(?:necesitas|necesita|necesitais|necesitan)"
            r"|se (?:mai )?(?:avete|hai|ha|aveste|avessi|avesse) bisogno|se (?:algum dia )?(?:precisar|precisares|precisarem|precisa|precisas)"
            r"|(?:wenn|falls|sollten) (?:sie|du|ihr) (?:\w+ ){0,6}?(?:brauchen|brauchst|braucht|benotigen|benotigst|suchen|suchst)|als (?:u|je|jij|jullie) (?:\w+ ){0,6}?nodig (?:heeft|hebt|heb|hebben))")
_AT_DISPOSAL = (r"\b(?:(?:we(?:'re| are)|our team is) (?:\w+ )?(?:available|here|at your (?:service|disposal)|happy to help)|nous sommes (?:\w+ )?(?:a (?:votre|ta) disposition|disponibles|la)"
                r"|estamos (?:\w+ )?(?:a (?:tu|su|vuestra) disposicion|disponibles|aqui)|siamo (?:\w+ )?(?:a (?:vostra |tua |sua )?disposizione|disponibili|qui)"
                r"|estamos (?:\w+ )?(?:a (?:sua |tua |vossa )?disposicao|disponiveis|aqui)|(?:stehen|sind) wir (?:\w+ ){0,2}?(?:zur verfugung|da|fur (?:sie|dich) da)"
                r"|(?:staan|zijn) (?:wij|we) (?:\w+ ){0,2}?(?:klaar|tot (?:uw|je|jouw) beschikking|beschikbaar))\b")
_AT_YOUR_SERVICE = rf"{_NEED_IF}(?!\s+(?:\w+\s+){{0,3}}?(?:info|informa|detail|dettagl|detal|precision|question|domand|pregunt|pergunt|frage|vrag))[^.!?]{{0,90}}?{_AT_DISPOSAL}"

#: Her field named by its channels ("posicionamiento en Google", "Suchmaschinenoptimierung", "vindbaarheid"), folded.
_SEARCH_WORDS = (r"\b(?:posicionament\w*|posizionament\w*|referencement|google|suchmaschin\w*|zoekmachine\w*|vindbaar\w*|indicizzazione"
                 r"|instagram|facebook|tiktok|linkedin|pinterest|meta)\b")

#: A training sought for the sender's own people (folded): "(wij) … zoeken een training digitale marketing", "we are looking
#: for a workshop", "suchen eine Schulung", "buscamos una formación", "cerchiamo un corso", "procuramos uma formação".
#: The sender's own team introduced (folded): "we are a sales team of 10", "wij zijn een salesteam", "somos un equipo de ventas".
_WE_TEAM = (r"\b(?:we are|we're|nous sommes|on est|wir sind|wij zijn|we zijn|somos|siamo|estamos)\s+(?:(?:a|an|une?|un[oa]?|uma?|ein\w*|een)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:team|\w+team|equipe|equipo|squadra|equipa|time"
            # "somos uma startup de 15 pessoas", "we're an agency of 12 people", "wir sind ein Start-up mit 20 Mitarbeitenden"
            r"|(?:de|of|von|van|di|da|con|com|with|mit|met)\s+\d+\s+(?:people|pessoas|personas|personnes|persone|personen|mensen|employees"
            r"|mitarbeit\w*|empleados|dipendenti|funcionarios|colaboradores|medewerkers|salaries|collaborateurs))\b")
_TEAM_TRAINING_SOUGHT = (r"\b(?:zoeken|zoekt|op zoek naar|looking for|seeking|we need|suchen|sucht|brauchen|buscamos|busca|estamos buscando|necesitamos"
                         r"|cerchiamo|stiamo cercando|procuramos|estamos (?:a procurar|procurando)|precisamos de|cherchons|recherchons|cherche|recherche)"
                         r"\W+(?:[\w']+ ){0,2}?(?:trainings?|trainingen|workshops?|schulung\w*|formac\w+|formazion\w*|formations?|treinamentos?"
                         r"|opleiding\w*|corso|corsi|cursos?|kurse?|cursus)\b")

#: A training the owner is asked to give (folded): "impartir una formación", "deliver a training session", "eine Schulung zu
#: halten", "een training te geven", "tenere una formazione", "ministrar um treinamento"; with the sender's team or an
#: internal event (``_TEAM``), a company's training to buy.
_TRAINING_TO_GIVE = (r"\b(?:give|deliver|run|lead|teach|animer|donner|assurer|dispenser|impartir|dar|dictar|tenere|condurre|erogare|ministrar"
                     r"|halten|geben|leiten|durchfuhren|geven|verzorgen)\s+(?:a|an|one|un|une|una|uno|um|uma|een|eine|einen)\s+(?:[\w'-]+\s+){0,2}?"
                     r"(?:trainings?|training sessions?|formations?|formacion|formazione|formacao|treinamento|capacitacion|schulung|workshop|cursus)\b"
                     r"|\b(?:eine|een)\s+(?:[\w'-]+\s+){0,2}?(?:schulung|training|workshop)\s+(?:zu |te )?(?:halten|geben|leiten|geven|verzorgen)\b")

#: The sender's own staff to be trained (folded): "former nos gérants", "train our store managers", "formar a nuestros
#: comerciales", "unsere Filialleiter schulen", "ons team trainen", or the owner's training "for my team" that interests
#: them ("la formación para pymes me interesa mucho para mi equipo"): a team's training to buy, never a reader's thanks.
_OUR_STAFF = (r"(?:nos|notre|our|nuestros?|nuestras?|a nuestros?|a nuestras?|nossos?|nossas?|a nossa|os nossos|as nossas|la nostra|il nostro|i nostri"
              r"|le nostre|unsere[nmr]?|onze|ons)\s+(?:\w+\s+)?"
              r"(?:gerants?|managers?|equipes?|teams?|equipos?|equipas?|squadra|staff|salaries|collaborateurs|commerciaux|vendeurs|franchises?|franchises"
              r"|employees|mitarbeit\w*|filialleit\w*|empleados|comerciales|gerentes|colaboradores|funcionarios|dipendenti|collaboratori|venditori"
              r"|medewerkers|verkopers|filiaalmanagers|store managers|sales ?reps?|salespeople|responsables?|responsabili)\b")
#: Her training, praised, asked again "for our team" (folded): "zoiets ook voor ons team", "something similar for our team", "la même
#: chose pour notre équipe", "algo parecido para nuestro equipo", "qualcosa di simile per il nostro team", "so etwas auch für unser
#: Team", "o mesmo para a nossa equipa": a client's request for a team training, never advice on their business.
_SAME_FOR_OUR_TEAM = (r"\b(?:zoiets|hetzelfde|iets (?:dergelijks|vergelijkbaars|soortgelijks)|something (?:similar|like (?:that|this|it))|the same|la meme chose"
                      r"|quelque chose de (?:similaire|semblable|pareil)|algo (?:similar|parecido|asi|assim|semelhante|parecido)|lo mismo|o mesmo|a mesma coisa"
                      r"|qualcosa di (?:simile|analogo|del genere)|lo stesso|so etwas|sowas|etwas (?:ahnliches|vergleichbares)|das gleiche|dasselbe)\b"
                      r"(?:\s+\w+){0,2}?\s+(?:voor|for|pour|para|per|fur)\s+(?:(?:ons|our|notre|nos|nuestro|nuestra|nostro|nostra|il nostro|la nostra|nosso|nossa"
                      r"|a nossa|o nosso|unser\w*|onze)\s+)(?:\w+\s+)?(?:team|teams|equipe|equipes|equipo|squadra|time|equipa|abteilung|afdeling|mitarbeit\w*|staff)\b")
#: Training words (folded), her training named beside it: "je training social ads", "your workshop", "tu formación".
_TRAINING_NAMED = (r"\b(?:training\w*|trainings?|workshops?|formations?|formacion\w*|formac(?:ao|oes)|formazion\w*|schulung\w*|opleiding\w*|cursus\w*"
                   r"|courses?|cursos?|corsi|corso|kurse?|masterclass\w*|ateliers?|talleres|taller)\b")
#: A proposal or a quote asked OF her (folded): "pourriez-vous nous envoyer une proposition ?", "could you send us a proposal?",
#: "¿podría enviarnos una propuesta?", "potrebbe inviarci una proposta?", "poderia nos enviar uma proposta?", "könnten Sie uns
#: ein Angebot schicken?", "kunt u ons een voorstel sturen?": a prospect's brief, never advice on their business.
_PROPOSAL_ASKED = (r"\b(?:(?:pourriez|pouvez|pourrais|peux|voudriez|pourrions)[- ](?:vous|tu|nous) (?:nous |me )?(?:envoyer|faire|adresser|transmettre|soumettre|faire parvenir|preparer)"
                   r"|(?:could|can|would) you (?:please )?(?:send|prepare|put together|draw up) (?:us|me)"
                   r"|(?:podria|podrias|puede|puedes|podrian)(?: usted)? (?:enviar(?:nos|me)|mandar(?:nos|me)|preparar(?:nos|me)|hacer(?:nos|me))"
                   r"|(?:potrebbe|potresti|puo|puoi) (?:inviar(?:ci|mi)|mandar(?:ci|mi)|preparar(?:ci|mi)|far(?:ci|mi) avere)"
                   r"|(?:poderia|podia|pode|podes)(?: nos| me)? (?:enviar|mandar|preparar|fazer)(?:-nos|-me)?"
                   r"|(?:konnten|konnen|wurden) sie uns (?:\w+ )?(?:ein|einen)|(?:konntest|kannst) du uns (?:\w+ )?(?:ein|einen)"
                   r"|(?:kunt|zou) (?:u|je|jij) (?:ons|mij|me) (?:\w+ )?(?:een))"
                   r"\s+(?:(?:un|une|votre|ta|a|an|your|una|la tua|la sua|uma|sua|tua|een|ein|einen|eine)\s+)?(?:\w+\s+)?"
                   r"(?:proposition|proposal|propuesta|proposta|angebot|voorstel|offerte|devis|quote|presupuesto|preventivo|orcamento|offre)\b")
_TEAM_TRAINING_WISH = (rf"\b(?:former|train|training|formar|formare|schulen|weiterbilden|trainen|opleiden|capacitar)\s+{_OUR_STAFF}"
                       rf"|\b(?:{_OUR_STAFF})(?:\s+[\w-]+){{0,4}}?\s+(?:zu |te |laten )?(?:schulen|weiterbilden|trainen|opleiden)\b"
                       r"|\b(?:formation|training|formacion|formazione|formacao|schulung|opleiding)\b[^.!?]{0,80}\b(?:m'interesse|interests? me|me interesa\w*"
                       r"|mi interessa\w*|interessou-me|me interessa\w*|interessiert mich|interesseert me|spreekt me aan)\b[^.!?]{0,30}"
                       r"\b(?:pour|for|para|per|fur|voor)\s+(?:mon|ma|my|mi|il mio|la mia|meu|minha|a minha|o meu|mein\w*|mijn|ons|onze|notre|our|nuestro|nuestra)\s+"
                       r"(?:equipe|team|equipo|squadra|equipa|staff|collaborateurs)\b"
                       # "a formação de equipas de PME interessou-me bastante": a team training that interests them
                       r"|\b(?:formation|training|formacion|formazione|formacao|schulung|opleiding)\s+(?:des|de|di|delle|dei|of|van|fur|von)\s+"
                       r"(?:equipes|teams|equipos|squadre|equipas|team|mitarbeit\w*|medewerkers)\b[^.!?]{0,40}\b(?:m'interesse|interests? me|me interesa\w*"
                       r"|mi interessa\w*|interessou-me|me interessa\w*|interessiert mich|interesseert me)\b")

#: A training of hers wanted by the sender for themself (folded): "je souhaiterais suivre une formation", "I'd like to take
#: one of your courses", "interessiere mich für Ihre Trainings", "me gustaría hacer tu curso", "vorrei seguire un tuo corso",
#: "gostaria de fazer uma formação", "ik zou graag een training volgen": a trainee enquiring, asked with a question.
_TRAINEE_WORDS = (r"(?:formations?|ateliers?|trainings?|trainingen|courses?|workshops?|schulung\w*|kurse?|seminare?|formacion\w*|cursos?|talleres?"
                  r"|formazion\w*|corsi|corso|formac\w+|cursus\w*|opleiding\w*)")
_OWN_TRAINING_WISH = (rf"\b(?:souhaiterai\w*|voudrai\w*|aimerai\w*|would like|'d like|want|wish|me gustaria|quisiera|vorrei|mi piacerebbe|gostaria|queria"
                      rf"|mochte|wurde gern\w*|zou graag|wil graag)\s+(?:de\s+|to\s+)?(?:suivre|faire|take|attend|follow|do|join|hacer|tomar|seguir"
                      rf"|realizar|seguire|fare|frequentare|fazer|frequentar|besuchen|machen|belegen|volgen|doen)\s+(?:\w+\s+){{0,3}}?{_TRAINEE_WORDS}\b"
                      rf"|\b(?:interesse\w*|interested|interessiere mich|interesado|interesada|interessat[oa]|interessad[oa]|interesse) (?:par|in|fur|en|a|ai|alle|nas|nos|pelas|pelos|in)"
                      rf"\s+(?:vos|tes|votre|ta|your|ihre|deine|tus|sus|i tuoi|i suoi|le tue|le sue|suas|seus|tuas|teus|je|jouw|uw)\s+(?:\w+\s+)?{_TRAINEE_WORDS}\b")


#: Her training told as a fact, in statement order (folded): "Sophie said you run digital marketing trainings for teams",
#: "du gibst Trainings für Teams", "je geeft trainingen": what a referrer told of her (_CLIENT has the questions' order).
_HER_TRAINING_TOLD = {
    "en": r"\byou (?:also )?(?:run|give|offer|deliver|teach|provide|organi[sz]e) (?:[\w-]+ ){0,3}(?:trainings?|training courses|workshops?|courses)\b",
    "de": r"\bdu (?:auch )?(?:gibst|bietest|machst|leitest|haltst|veranstaltest) (?:[\w-]+ ){0,3}(?:schulung\w*|workshops?|trainings?|kurse|seminare)\b",
    "nl": r"\b(?:je|jij|u) (?:ook )?(?:geeft|biedt|verzorgt|organiseert) (?:[\w-]+ ){0,3}(?:training\w*|workshops?|opleiding\w*|cursus\w*)\b",
}


def _team_wants_hers(original: str, folded: str, lang: str) -> bool:
    """Does the note name the owner's services and say, in a sentence of its own, what the sender's team wants?

    ("Sophie vertelde dat je trainingen geeft. Wij zijn een salesteam van 10 en willen LinkedIn beter inzetten": a team's
    training to buy, never a pitch because "wij zijn een" opens the sentence)
    """
    return bool(_first(_CLIENT[lang], folded) or _first(_HER_TRAINING_TOLD.get(lang, r"$^"), folded)) and any(_first(_TEAM, folded[a:b]) and _first(_WISH, folded[a:b]) and _first(_WE_TEAM, folded[a:b])
                                                        for a, b in sentences(original))


#: An outside expert sought by the sender for their OWN marketing (folded): "ben ik op zoek naar een externe specialist voor
#: onze social ads", "we're looking for an external specialist for our social ads", "je cherche un consultant externe pour
#: nos social ads", "wir suchen einen externen Spezialisten für unsere Social Ads", "buscamos un especialista externo para
#: nuestras campañas", "cerchiamo un consulente esterno per le nostre campagne", "procuramos um especialista externo para as
#: nossas campanhas": the owner's service to buy, never a seller's pitch (an agency's "freelancers for our clients" names
#: no field after "our", so it stays a mission offered).
_OUTSIDE_EXPERT_FOR_OURS = (
    r"\b(?:(?:i'?m|i am|we'?re|we are) (?:currently |now )?looking for|we need|we seek|(?:je|nous|on) (?:re)?cherch\w*|je suis a la recherche d'?"
    r"|(?:ich|wir) such\w*|such(?:e|en) (?:ich|wir)|busc\w+|estamos buscando|estoy buscando|cerc\w+|stiamo cercando|sto cercando"
    r"|procur\w+|estamos (?:a procurar|procurando)|estou (?:a procurar|procurando)|(?:ik ben|ben ik|we zijn|wij zijn|zijn we|zijn wij) op zoek naar"
    r"|(?:ik|we|wij) zoek\w*|zoek(?:en)? (?:ik|we|wij))"
    r" (?:\w+ ){0,2}?(?:(?:extern\w*|extern[oa]s?|outside|freelance|independent|independant\w*|freie[nr]?|freiberuflich\w*|zelfstandig\w*|autonom[oa]) )?"
    r"(?:specialist\w*|specialiste|spezialist\w*|especialista|consultant\w*|berater\w*|consultor\w*|consulente|expert\w*|experto|esperto|perito"
    r"|freelancer?|adviseur|partner)(?: (?:extern\w*|extern[oa]s?|independant\w*|freelance))?"
    r" (?:\w+ ){0,2}?(?:for|to (?:run|handle|manage)|pour|fur|para|per|voor)"
    r" (?:our|nos|notre|mes|mon|ma|unser\w*|nuestr[oa]s?|mis|las|los|i nostri|le nostre|il nostro|la nostra|nostr[aeio]|as nossas|os nossos|a nossa|o nosso|noss[oa]s?"
    r"|onze|ons|mijn)"
    r" (?:[\w-]+ ){0,2}?(?:seo|sea|ads|social\w*|sociais|content\w*|contenu\w*|contenid\w*|contenut\w*|conteudo\w*|campa\w+|kampagne\w*|acquisition\w*"
    r"|referencement|marketing|communication|website|webshop|site|sito|sitio|e-?commerce|newsletter)\b")


def client_sought(folded: str) -> bool:
    """Does the note (folded) ask the owner, for the sender's own business, for help in her field?

    >>> client_sought("tenemos 25 restaurantes y buscamos ayuda con el seo local.")
    True
    >>> client_sought("ayudamos a consultoras como la tuya a conseguir mas clientes con nuestro software de seo.")
    False
    """
    if _first(_SELLS_TO_OWNER, folded) or not (_first(_FIELD_WORDS, folded) or _first(_SEARCH_WORDS, folded)):
        return False
    if _first(_WE_SEEK_HELP, folded) or _first(_WANT_YOU, folded) or _first(_OUTSIDE_EXPERT_FOR_OURS, folded):
        return True
    # "gostaríamos de reforçar a nossa estratégia de SEO": a company's own marketing to improve
    m = _first(_WE_IMPROVE, folded)
    return m is not None and bool(_first(_CLIENT_NEED, folded[m.start():m.end() + 80]))


#: How she built her own practice, asked (folded): "how you built your consulting practice", "comment vous avez lancé votre
#: activité de conseil", "cómo montaste tu consultoría", "come hai avviato la tua consulenza", "wie du deine Beratung aufgebaut
#: hast", "hoe je je adviespraktijk hebt opgebouwd", "como você construiu sua consultoria": her path, never her service bought.
_HER_PRACTICE_PATH = (r"\b(?:how (?:did )?you (?:\w+ )?(?:built|build|started|start|launched|launch|grew|grow|set up|got started with|went about building)"
                      r"|comment (?:vous avez|tu as) (?:\w+ )?(?:lance|monte|construit|cree|demarre|developpe)"
                      r"|como (?:(?:has|ha|hiciste para) )?(?:montaste|monto|empezaste|empezo|lanzaste|lanzo|creaste|creo|construiste|construyo|montar|empezar)"
                      r"|come (?:hai|ha) (?:\w+ )?(?:avviato|costruito|lanciato|iniziato|creato|aperto)"
                      r"|como (?:voce |tu )?(?:construiu|construiste|montou|montaste|comecou|comecaste|lancou|lancaste|abriu|abriste|criou|criaste)"
                      r"|wie (?:du|sie) (?:\w+ ){0,4}(?:aufgebaut|gegrundet|gestartet|angefangen)"
                      r"|hoe (?:je|u) (?:\w+ ){0,4}(?:opgebouwd|opgezet|gestart|begonnen|opbouwde|opzette|startte|begon))\b")


def _wants(original: str, folded: str, lang: str, facts: Facts) -> None:
    """What the sender wants from the owner: to buy her services, to send or get something, a plain yes."""
    facts.recruiter = bool(_first(_RECRUITER, folded))
    facts.for_client = bool(_first(_FOR_CLIENT, folded))
    seeking_job = bool(facts.role) and bool(_first(rf"\b(?:{_SEEK[lang]})\b", folded)) and not facts.hiring \
        or asks_hiring(original, lang) and not (facts.recruiter or facts.pitch)  # "Est-ce que vous recrutez ?": a job sought, never a service
    pitch_only = facts.pitch and not _first(r"\?", folded)
    # "sou Head de Marketing de uma rede de clínicas … queria entender como você trabalha": a buyer asking how she works
    client = bool(_first(_HOW_YOU_WORK, folded) and _first(_BUYER, folded)) and not (seeking_job or facts.recruiter or facts.pitch)
    for m in ([] if client else _rx(_CLIENT[lang]).finditer(folded)):
        sentence = next(((a, b) for a, b in sentences(original) if a <= m.start() < b), (0, len(original)))
        text = folded[sentence[0]:sentence[1]]
        if _first(_HER_PRACTICE_PATH, text):
            continue  # "a chat about how you built your consulting practice?": her own path asked, never her consulting bought
        if _rx(_REQUEST).search(text) or _rx(_ADVICE_REQUEST).search(text) or _first(_WISH, text):
            client = True
            break
    # "really enjoyed our chat about local SEO … let's stay in touch": a conversation had, not one asked for
    unsaid = cre.sub(_PAST_TALK, " ", folded)
    agreed = _first(_AGREED[lang], folded) if lang in _AGREED else None
    facts.agreed = agreed is not None and any(_first(rx, folded[agreed.start():]) for kind, rx in _SERVICE_KIND if kind in ("training", "coaching")) \
        and not facts.recruiter and not facts.for_client
    price = False
    for m in ([] if _first(_QUOTE_OFFERED, folded) else _rx(_PRICE[lang]).finditer(folded)):
        if m.group() == "quote" and _first(_PRESS_QUOTE, folded):
            continue  # "Could I quote you in my piece for Marketing Week?": a statement for the press, never a price
        if _rx(_METRIC_COST).match(folded, m.start()):
            continue  # "mijn kosten per klik zijn gehalveerd", "my cost per click": an ads measure told, never her price asked
        sentence = next(((a, b) for a, b in sentences(original) if a <= m.start() < b), (0, len(original)))
        if _first(_NO_FEE_PAID, folded[sentence[0]:sentence[1]]) and "?" not in folded[sentence[0]:sentence[1]]:
            continue  # "Leider können wir kein Honorar zahlen, aber Reisekosten übernehmen wir": no fee, never her price asked
        if _rx(_REQUEST).search(folded[sentence[0]:sentence[1]]) or _rx(_ADVICE_REQUEST).search(folded[sentence[0]:sentence[1]]) \
                or _first(_PRICE_WISH, folded[sentence[0]:sentence[1]]):
            price = True
            break
    if not price and lang in _YOU_DO and _first(_YOU_DO[lang], folded) and _first(_BUDGET_FOR_IT, folded):
        price = True  # "Do you do this kind of work and what would a rough budget look like?": her price, asked as a budget
    if not price and _first(_ROUGH_BUDGET_ASKED, folded) and _first(_SERVICE_WISHED, folded):
        price = True  # "Nos gustaría contratar una auditoría SEO … ¿cuál sería el presupuesto aproximado?": her price, as a budget
    if not client and ((_first(_TEAM_TRAINING_SOUGHT, folded) or _first(_TRAINING_TO_GIVE, folded) or _team_wants_hers(original, folded, lang))
                       and _first(_TEAM, folded)
                       or _first(_TEAM_TRAINING_WISH, folded)) and not (seeking_job or facts.recruiter or facts.proposal
                                                                                          or facts.offers or facts.sells) \
            and not _first(_STUDENT_WORK, folded) and not _first(_SELLS_TO_OWNER, folded):
        # "wij zijn een team van 15 … en zoeken een training digitale marketing": a team's training to buy, never a pitch
        client, facts.pitch = True, False
    if not client and _first(_OWN_TRAINING_WISH, folded) and "?" in folded and not (seeking_job or facts.recruiter or facts.proposal
                                                                                   or facts.offers or facts.sells or facts.pitch) \
            and not _first(_STUDENT_WORK, folded) and not _first(_TAKEN_COURSE, folded):
        client = facts.trainee = True  # "souhaiterais suivre une formation … proposez-vous des sessions en intra ?": her training asked for
    if not client and not (seeking_job or facts.recruiter or facts.proposal or facts.offers or facts.sells or facts.pitch) \
            and any("?" in original[a:b] and seat_in_her_course(folded[a:b]) for a, b in sentences(original)):
        client = facts.trainee = True  # "a sua formação ainda tem vagas para a turma de março?": a seat in her course asked for
    if not client and _first(_SERVICE_FOR_OURS, folded) and not (seeking_job or facts.recruiter or facts.for_client or facts.pitch or facts.offers
                                                                  or facts.sells or facts.proposal) \
            and not _first(_STUDENT_WORK, folded) and not _first(_JOB_WORDS, folded):
        client = True  # "je vous contacte pour une mission de conseil SEO pour notre boutique": her service for their shop, never a pitch
    if not client and _first(_SOMEONE_FOR_OUR_AUDIT, folded) and (not facts.job_title or _first(_SERVICE_AS_TITLE, fold(facts.job_title))) \
            and not (seeking_job or facts.recruiter or facts.for_client or facts.pitch or facts.offers or facts.sells or facts.proposal):
        # "wir suchen jemanden für einen SEO-Audit unserer FR-Seite": the service bought, never a post to decline
        client, facts.job_title, facts.hiring, facts.job_offered = True, "", False, False
    run_ours = _first(_SOMEONE_TO_RUN_OURS, folded)
    if not client and run_ours and _first(_FIELD_WORDS, run_ours.group(0)) and not _first(_PERMANENT_ROLE, folded) \
            and not (seeking_job or facts.recruiter or facts.for_client or facts.pitch or facts.offers or facts.sells or facts.proposal):
        client, facts.hiring, facts.job_offered = True, False, False  # "looking for someone to lead our French content": a CMO's brief, never a CV asked
    if not client and (_first(_PROPOSAL_ASKED, folded) or _first(_SAME_FOR_OUR_TEAM, folded) and _first(_TRAINING_NAMED, folded)) \
            and not (seeking_job or facts.recruiter or facts.pitch or facts.offers or facts.sells):
        client = True  # "pourriez-vous nous envoyer une proposition ?", "zoiets ook voor ons team?": a prospect's brief, never advice
    if not client and _first(_HELP_US, folded) and not _first(_STUDENT_WORK, folded):
        client = True  # "Könnten Sie uns bei Social Ads und SEO unterstützen?"
    if not client and not (seeking_job or facts.recruiter or facts.pitch or facts.proposal or facts.hiring or facts.offers) \
            and not _first(_STUDENT_WORK, folded) and not _first(_JOB_WORDS, folded):
        for a, b in sentences(original):
            text = folded[a:b]
            if _first(_IMPROVE_WISH, text) and _first(_CLIENT_NEED, text) and not _first(_OWN_GROWTH, text) \
                    and (_first(_FIELD_WORDS, text) or _first(r"\b(?:google|posiciona\w*|posizionamento|ranking\w*|vindbaarheid|auffindbarkeit)\b", text)):
                client = True  # "gostaríamos de reforçar a nossa estratégia de SEO": a prospect's own need, never a proposal to accept
                break
    if not client and (_first(_CLIENT_NEED, unsaid) or _first(_GROWTH_WISH, unsaid) or _stated_need(original)) and (_first(_CLIENT_ASK, folded) or price
                                                      or facts.ask in ("call", "meet") or _first(r"\b(?:call|appel|telefonat|llamada|chiamata|chamada|gesprek|creneau|rendez-vous|rdv"
                                                                                                  r"|en discuter|en parler|meeting|termin\w*|reunion|reuniao|afspraak|sentirci|hablarlo|conversar"
                                                                                                  r"|hablemos|due chiacchiere|(?:erst|telefon|kennenlern)?gesprach|kennismaking\w*|introductory call|intro call|appel (?:de )?decouverte|llamada de presentacion|chamada de apresentacao|papo|bate-papo|call|videocall|videochamada|telefonema|videollamada)\b", unsaid)):
        client = True  # "we'd like an outside view on our French content … do you take on projects like this?"
    # "directrice marketing chez Maison Brunet … j'aimerais échanger avec vous sur un accompagnement SEO": a prospect
    # ("me encantó tu charla en el Congreso Web", "dein Vortrag auf der OMR": the owner's talk, not a conversation asked for)
    owners = cre.sub(r"\b(?:tu|su|your|ta|ton|votre|deine[nmr]?|ihre[nmr]?|dein|ihr|tuo|tua|sua|seu|jouw|uw|je)\s+(?:\w+\s+)?"
                     r"(?:charla|talk|conferencia|ponencia|intervention|conference|vortrag|keynote|intervento|palestra|lezing|presentation|presentacion"
                     r"|presentazione|apresentacao|presentatie|webinar|workshop|taller|atelier)\b", " ", unsaid)
    owners = cre.sub(_PRAISED_APPROACH, " ", owners)  # "mi è piaciuto molto il tuo approccio … restiamo in contatto": praise, no talk asked
    prospect = bool(_first(_PROSPECT_ROLE, folded)) and bool(_first(_PROSPECT_TALK, owners)) \
        and bool(_first(_FIELD_WORDS, folded) or _first(_OPENING_FRANCE, folded)) \
        and not _first(_JOB_WORDS, folded) and not facts.recruiter and not facts.for_client and not seeking_job \
        and not _swaps_experience(original, unsaid)
    if prospect:
        client = True
    elif facts.proposal == "partnership":
        client = False  # "eu fico com o Brasil e você com a França": a peer's partnership, not a client's need
    # "tenemos 25 restaurantes y buscamos ayuda con el SEO", "nos gustaría contar con usted": help sought for their own business
    sought = client_sought(folded) and not (seeking_job or facts.recruiter or facts.for_client or facts.candidate or facts.role
                                            or facts.proposal in ("speaker", "guest", "jury", "cowrite", "swap", "course")
                                            or _first(_STUDENT_WORK, folded))
    # "wir würden dich gern in unser Agentur-Partnerprogramm aufnehmen", with no commission sold nor demo booked: the
    # platform's partner team inviting her, a partnership to hear about (extract reads it), never a seller brushed off
    affiliate = bool(_first(_AFFILIATE, folded)) and not (facts.proposal == "partnership" and _first(_PARTNER_PROGRAMME, folded)
                                                          and not _first(_COMMISSION, folded) and not _first(_DEMO, folded))
    if affiliate and _first(_PARTNERS_SOUGHT, folded):
        # "wir suchen Partner-Agenturen für unser Affiliate-Netzwerk in Frankreich. Provision 15%": agencies sought as
        # partners of a network, a partnership offer to hear about, never a job declined nor a seller brushed off
        prospect = sought = client = affiliate = False
        facts.proposal, facts.pitch, facts.sells, facts.hiring, facts.job_offered = "partnership", False, False, False, False
    elif affiliate:
        # "wir suchen Berater:innen, die unser Tool ihren Kunden empfehlen – mit 30% Provision": a seller recruiting
        # resellers, never a client's need nor a partner's project to book a call on
        prospect = sought = client = False
        facts.pitch = facts.sells = True
        facts.hiring = facts.job_offered = False  # (resellers sought on commission: never a post to decline)
        if facts.proposal == "partnership":
            facts.proposal = ""  # "join our affiliate program": a commission on their sales, no joint project
    if sought:
        client = True
    elif prospect and (_first(_OUTSOURCING, folded) or _first(_THEIR_PROJECT, folded)):
        pass  # "nous réfléchissons à externaliser … j'aimerais vous présenter notre projet": their project for her, never a seller
    elif _first(_SELLS_TO_OWNER, folded) or _first(_AT_YOUR_SERVICE, folded) or (_first(_QUOTE_OFFERED, folded) and not prospect):
        client, facts.pitch, facts.sells = False, True, True  # "we help agencies like yours scale their SEO": a seller, never a client
    if not client and (_first(_TEACHERS_WANTED, folded) or (_first(_HAND_WANTED, folded) and _first(_FIELD_WORDS, folded))) \
            and not _first(_STUDENT_WORK, folded):
        client = True  # "we are seeking a lecturer for a 2-day module", "ci servirebbe una mano con le campagne Google Ads"
    if not client and facts.agreed:
        client = True  # "Avevamo parlato di una formazione per il mio team, ne riparliamo?": a client's training, picked up
    indirect = _first(_INDIRECT, folded)
    asked_q = fold(_last_question(original)) + " | " + (folded[indirect.start():] if indirect else "")
    # ("gostaria de saber se realiza ações de formação em redes sociais": her training asked about is her service)
    if not client and _first(_YOU_DO[lang], asked_q) and not _first(COUNT_ASKED, fold(_last_question(original))) \
            and (_first(_FIELD_WORDS, folded) or _first(_GROWTH_GOAL, folded) or _first(_BUYER, folded) or _first(rf"\b{_TRAIN_NOUN}\b", asked_q)
                 or _first(_BUSINESS_AUDIENCE, fold(_last_question(original)))) and not facts.proposal \
            and not facts.recruiter and not facts.hiring and not seeking_job and not facts.offers and facts.ask != "interns" \
            and not ("questions" in facts.asks and (_first(_STUDENT_WORK, folded) or _first(_SCHOOL_WORK, folded))):
        # ("étudiant en BTS … tu accepterais que je te pose 5 questions par mail ?": a school assignment, never a client)
        client = True  # "je souhaiterais savoir si vous accompagnez ce type d'entreprise", "Gibts auch einen Fortgeschrittenen-Kurs?"
    if client and facts.hiring and facts.job_title and not _first(_FIELD_WORDS, fold(facts.job_title)) \
            and (facts.refer_ask or facts.ask == "recommend" or _first(_JOB_WORDS, folded) or _first(r"\b(?:hr|rh|risorse umane|recursos humanos|ressources humaines|human resources|personalabteilung|p&o)\b", folded)):
        client = False  # "sono HR … cerchiamo un saldatore esperto, conosci qualcuno?": a role to fill, not a buyer of her services
    if client and facts.job_title and (_first(_PERMANENT_ROLE, folded) or _first(_PROFILE_FITS, folded) or (facts.hiring and _first(_POST_NAMED, folded))) \
            and not _first(r"\b(?:freelance\w*|free-lance|freiberuf\w*|zzp\w*|autonom[oa]s?|interim|contractor|mission freelance)\b", folded):
        # ("ich suche einen Head of SEO … ein Gespräch über die Stelle?": the post is named, a job offered, not SEO bought)
        # ("Busco Head of Digital Marketing … Tu perfil encaja muy bien": a title and her profile fitting it, a post offered her)
        client = False  # "je recrute un consultant SEO senior en CDI", "busco consultor SEO con contrato indefinido": a salaried post offered her, no purchase
    if (client or price) and not (affiliate or facts.recruiter or facts.for_client or seeking_job or facts.candidate or (pitch_only and not (prospect or sought))
                                  or (facts.pitch and facts.request == "trial" and not (prospect or sought))  # "our AI tool … Can I show you a demo? Free trial": a seller
                                  or (facts.pitch and not (prospect or sought) and _first(_SEND[lang], folded))  # "our company offers … can I send you a quote?"
                                  # "vendemos listas de emails … ¿te paso tarifas?": their price list offered, never her rates asked
                                  or (facts.pitch and not (prospect or sought) and _first(_WE_SELL, folded) and _first(_SEND_PRICE_LIST, folded))
                                  # "nossa plataforma gera relatórios de SEO … posso te mostrar em 20 min?": their product shown, a seller
                                  or (facts.pitch and not (prospect or sought) and _first(_DEMO, folded))
                                  # "plataforma de automação … poderia ajudar seus clientes. Uma call?": their product for her clients, a seller
                                  or (facts.pitch and not (prospect or sought) and _first(_HELPS_HER_CLIENTS, folded))
                                  or _first(_QUOTE_OFFERED, folded)  # "wij verkopen zonnepanelen … interesse in een vrijblijvende offerte?"
                                  or facts.proposal in ("speaker", "guest", "jury", "cowrite", "swap", "course") or facts.request == "interview"):
        facts.client = True
        facts.price = price
        asked = fold(_last_question(original))
        # what is asked first ("¿das mentorías individuales?" after "hice tu curso"), then the whole note
        questions = " ".join(cre.question_sentences(folded))
        # "vendo cursos online … ¿Haces auditorías SEO? ¿Cuánto cuesta?": what is asked, not what the sender sells
        for where in (asked, questions, folded):
            # "de parte de Inés, que hizo tu formación", "I took your course last year": a training already taken is
            # no service asked for (what is asked is the SEO help after it)
            where = cre.sub(_TAKEN_COURSE, " ", where)
            where = cre.sub(_OWN_COURSES_SOLD, " ", where)  # "je vends des formations en ligne … gérer mes pubs": their product
            where = cre.sub(_COURSE_WE_DID, " ", where)  # "the course we did back in 2019": a shared past, nothing to teach
            if facts.event and fold(facts.event) in where:
                # "un placer coincidir en el taller de Growth en Madrid … nos interesa reforzar el SEO": the workshop is where
                # they met, never the service asked for
                where = where.replace(fold(facts.event), " ")
            facts.service = next((kind for kind, rx in _SERVICE_KIND if _first(rx, where)), "")
            if facts.service == "module" and _first(_FOR_BEGINNERS, where) and not _first(_OUR_LEARNERS, folded):
                # "¿das clases de SEO para principiantes?", "do you teach SEO classes for beginners?": her courses asked
                # about by someone who wants to take one, never a school asking her to teach a module
                facts.service = "training"
            if facts.service == "module" and _first(_FOR_TEACHERS, where):
                facts.service = "training"  # "¿ofreces formación para profesores?": teachers as her learners, no module to teach
            if facts.service == "module" and _first(r"\b(?:your|tus|sus|i tuoi|i suoi|deine|ihre|os seus|os teus|je|jouw|uw|vos|tes) (?:\w+ )?(?:courses|classes|cursos|corsi|kurse|cursussen|cours)\b", where) \
                    and _first(r"\b(?:for|para|per|fur|voor|pour) (?:my|our|mi|nuestro|il mio|il nostro|mein\w*|unser\w*|a minha|a nossa|mijn|ons|onze|mon|notre) (?:\w+ )?", where) \
                    and _first(_TEAM, where):
                facts.service = "training"  # "your courses for my team": her trainings bought for a team, never a module to teach
            if facts.service == "module" and _first(_TRAINERS_FOR_STAFF, where):
                facts.service = "training"  # "je cherche des formateurs … pour nos équipes régionales": a company's own staff trained, never a course to give
            if facts.service:
                break
        facts.team = bool(_first(_TEAM, folded))
    if facts.proposal in ("speaker", "guest") and (price or _first(r"\b(?:dagtarief|tarief|tarifs?|honorar\w*|rates?|fees?|tarifa|tariffa|cachet|compenso|quanto (?:costa|cobra\w*)|wat kost|was kostet|(?<!tous les )combien(?! de fois)|speaking fees?|honorarios|vergutung|(?:do|would) you charge|cobr(?:as|a|an|am|arias?|aria)|(?:tu |vous )factur(?:es|ez)|factur(?:es|ez)[ -](?:tu|vous)|fai pagare|(?:ti|si) fa(?:i)? pagare|reken(?:t)? (?:je|u) (?:daar |er )?(?:iets|geld)|berechnest du|berechnen sie)\b",
                                                                         " ".join(cre.question_sentences(folded)))):
        facts.price = True  # "zou je een workshop willen geven? Wat is je dagtarief?": a yes to the workshop, and the rate after
    if facts.proposal in ("speaker", "guest") and _first(_CONDITIONS, " ".join(cre.question_sentences(folded))):
        facts.price = facts.conditions = True  # "Può indicarmi le sue condizioni?": her conditions, sent once the format is known
    last_q = fold(_last_question(original))
    if not last_q and indirect:
        last_q = folded[indirect.start():]  # "je souhaiterais savoir si vous accompagnez…"
    # "of je ook SEO audits doet voor kleine shops, en wat dat ongeveer kost?": the yes/no on her service, then the price
    yes_part = cre.split(r",?\s+(?:and|en|et|und|y|e|o|ou)\s+(?:\w+\s+)?(?=(?:how much|what (?:it|that|this|you|does|would|might|will)|was kostet|wat kost|combien|quanto costa|quanto custa|cuanto cuesta|wat (?:dat|het|je|u)|hoeveel|combien|ce que|was (?:das|es|du|sie)|wie ?viel"
                         r"|cuanto|que precio|quanto|qual (?:o|e o) (?:valor|preco))\b)", last_q)[0]
    facts.yes_q = bool(last_q) and bool(_first(_YOU_DO[lang], yes_part)) and not _first(_OPEN_Q, yes_part) and not _first(_OPINION_Q, yes_part) \
        and not _first(_ADVICE_ASKED, yes_part) and not asks_hiring(last_q + "?", lang) \
        and not _first(_PER_OR_PER, yes_part)  # "Est-ce que vous recrutez ?": her hiring, not her services
    if not facts.yes_q and facts.client and (facts.service or facts.price):
        # "¿Haces auditorías SEO? ¿Cuánto cuesta?": the yes/no question on her service comes before the price
        for q_ in cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*\?", folded):
            kind_ = next((k for k, rx in _SERVICE_KIND if _first(rx, q_)), "")
            # "… un audit SEO du site. Tu fais ce genre de mission ?": the service told before, asked about as "this kind of work"
            # "vc faz consultoria? quanto custa?", "Tu fais du conseil ? Combien ?": her consulting asked about, then its price
            back_ = not kind_ and bool(_first(_KIND_OF, q_) or _first(_CONSULTING, q_))
            if _first(_YOU_DO[lang], q_) and not _first(_OPEN_Q, q_) and not _first(_OPINION_Q, q_) and (kind_ == facts.service or back_):
                facts.yes_q = True
                break
    facts.soon = ""
    when = next((w for w in cre.finditer(rf"\b(?:{_SOON[lang].format(m=_MONTHS[lang])})\b", folded)
                 if not _told_as_past(folded, w.start())), None)
    if when:
        m = when
        # "9/10 June", "14 and 15 May", "3-4 octobre": a range of days is kept whole, never only its last day
        lead = cre.search(r"\b\d{1,2}(?:st|nd|rd|th)?\.?\s?(?:-|–|/|&|to|and|et|au|al|bis|und|e|en|y|a)\s?$", folded[max(0, m.start() - 12):m.start()])
        start = m.start() - (len(lead.group(0)) if lead else 0)
        facts.soon = _with_month_also(original[start:m.end()], original, folded, lang)
        if cre.fullmatch(_MONTHS[lang], fold(facts.soon)):
            # "(remote, 3 Monate, Start Januar)": the month said bare after "start", given its preposition ("ein Start im Januar")
            facts.soon = f"{_MONTH_IN[lang]} {facts.soon}"
        facts.soon_meet = bool(cre.search(r"\b(?:rendez-vous|rdv|appel|call|meeting|chat|termin|treffen|telefonat|gesprach|reunion|llamada|cafe|caffe|incontro"
                                         r"|chiamata|reuniao|chamada|conversa|afspraak|gesprek|kennismaking|koffie|coffee|kaffee|sentirci|vederci)\b",
                                         folded[max(0, m.start() - 40):m.start()]) or cre.search(_SOON_CALL, folded[max(0, m.start() - 40):m.start()]))
        # "Hätten Sie im März Kapazitäten für ein erstes Gespräch?", "are you free in March for a call?": the call asked for
        # that month in the same question, so the slots are asked for then, never "next week"
        after = cre.match(r"[^.;!?\n]{0,80}\?", folded[m.end():])
        facts.soon_meet = facts.soon_meet or bool(after and cre.search(_SOON_CALL, after.group(0)))
        # "je cherche une consultante pour septembre … Vous avez des disponibilités à la rentrée ?", "Hätten Sie im Mai
        # Kapazitäten?": a client asks whether she is free then; answered before the call, never skipped
        facts.avail_q = facts.avail_q or (facts.client and not facts.soon_meet and bool(_first(_AVAIL_Q, folded)))
    facts.lang_q = bool(_first(_LANG_Q, cre.sub(SITE_IN_LANG, " ", fold(_last_question(original)))))
    if not facts.lang_q:
        # "eine Schulung zu Google Ads, gerne auf Englisch", "liefst in het Engels", "idealmente in inglese": the language
        # wished for a training or a talk, said outside the question, is answered all the same
        for a, b in sentences(original):
            text = folded[a:b]
            if _first(_LANG_Q, text) and _first(_TRAIN_WORDS, text) and (_first(_LANG_WISH, text) or "?" in text):
                facts.lang_q = True
                break
    tt = _first(_TEAM_TRAIN, folded)
    if tt and not (facts.recruiter or facts.for_client or facts.candidate or facts.proposal or facts.pitch or facts.offers) \
            and (_first(_TRAIN_ASK, folded) or "?" in original or _first(_TRAIN_WISH, folded)):
        # "je suis DRH … former nos commerciaux au social selling. Pourriez-vous m'envoyer une proposition ?": a client's team training
        facts.client, facts.service, facts.team = True, "training", True
        on = _rx(r"\b(?:au|aux|a la|a l'|en|sur|in|on|zu|zum|zur|im|sobre|sul|sulla|sui|su|em|no|na|over)\s+").search(folded, tt.start(), tt.end() + 30)
        if on and on.start() > tt.end() and len(folded[tt.end():on.start()].split()) > 1 and not _rx(_TEAM_SIZE).fullmatch(folded[tt.end():on.start()]):
            on = None  # "nos équipes pour la rentrée sur …": only the words right after the team (or its size: "de 8 personnes")
        if on and not _rx(rf"^(?:{_OUR}|a|an|the|une?|een|eine?)\b").match(folded[on.end():]):
            phrase = cre.sub(r"(?i)\s+(?:schulen|weiterbilden|trainen|opleiden|zu schulen|te trainen|te leren)$", "", _phrase(original, folded, on.start(), lang, 8))
            phrase = cre.sub(_TEAM_AUDIENCE_END, "", phrase)  # "en marketing digital para el equipo": the team is the training's already
            if phrase and _no_pronoun(phrase, lang) and len(phrase) <= 50 and len(phrase.split()) >= 2 \
                    and not _rx(rf"^(?:{_LANG_Q})\W*$").match(fold(phrase)):
                # "for our sales team (in English)": the language is no topic; it is answered with her languages
                facts.train_topic = phrase
    facts.job_offered = bool(facts.job_title) or bool(_first(_JOB_OFFERED, cre.sub(r"\b(?:no (?:specific |particular |open )?(?:role|position|job)|sem vaga(?: especifica)?|pas de poste|keine (?:konkrete )?stelle|ningun puesto|nessuna posizione|geen vacature"
                                                                                  # "I would welcome the opportunity to discuss", "l'opportunité d'échanger": a chance to talk, never a job
                                                                                  r"|the opportunity to|an opportunity to|l'opportunite d(?:e |')|la oportunidad de|l'opportunita di|a oportunidade de)\b", "", folded)))
    if facts.hiring and not facts.job_offered and _first(_OWN_INTEREST, folded):
        facts.job_offered = True  # "we're hiring Java engineers … let me know if you're interested": a post offered to her, not a hello
    if True:
        facts.refer_ask = facts.ask == "recommend" or bool(_first(r"\b(?:if you know (?:of )?(?:anyone|someone)|know anyone who|know of (?:anyone|someone)|(?:vous connaissez|tu connais|connaissez-vous|connais-tu|connaitriez-vous|connaitrais-tu|vous connaitriez|tu connaitrais) (?:qqn|qq1|qqun)|(?:weet|ken) (?:je|u|jij) (?:\w+ ){0,2}iemand|iemand weet|(?:vous connaissez|tu connais|connaissez-vous|connais-tu|connaitriez-vous|connaitrais-tu) (?:quelqu'un|des profils|des personnes)|(?:kennen sie|kennst du|kennt ihr)(?: \w+\.?){0,2} jemand\w*|(?:anyone|someone|somebody|quelqu'un|jemand\w*|alguien|qualcuno|alguem|iemand) (?:\w+ ){0,2}(?:in|dans|de|en|nel|nella|na|no|aus|uit) (?:your|votre|ton|ihrem|deinem|tu|su|tua|sua|teu|seu|uw|je|jouw) (?:network|reseau|netzwerk|red|rete|rede|netwerk)|(?:conoces|conoce|conocen) a alguien|(?:conosci|conosce|conoscete) qualcuno|(?:conhece|conheces|conhecem) alguem|(?:indicaria|indicarias|indica|indicas|recomendaria|recomendarias) alguem|(?:se )?(?:conhecer|conheceres|souber de|souberes de) alguem|iemand kent|(?:ken je|kent u|kennen jullie) (?:\w+ )?iemand|(?:conoces|conoce|conocen) (?:\w+ ){0,2}a alguien|(?:conosci|conosce|conoscete) (?:\w+ ){0,2}qualcuno|(?:conhece|conheces|conhecem) (?:\w+ ){0,2}alguem|(?:connais-tu|connaissez-vous|tu connais|vous connaissez|tu connaitrais|vous connaitriez) (?:\w+ ){0,2}(?:quelqu'un|qqn)|(?:do|would) you (?:\w+ ){0,2}know (?:anyone|someone|somebody|of anyone|of someone)|(?:anyone|someone|somebody|quelqu'un|jemand\w*|iemand|alguien|qualcuno|alguem) (?:\w+ )?(?:in mind|en tete|im kopf|im sinn|in gedachten|en mente|in mente|em mente)|(?:me|nous|m') (?:recommander|recomendar|raccomandare|consigliare|indicar|aanbevelen) (?:des|de|dei|alguns|algunos|qualche)? ?(?:profils|perfiles|profili|perfis|candidat\w*|personnes)|iemand kennen|jemanden kennen|know (?:anyone|someone)|(?:mocht|als) (?:u|je|jij) (?:\w+ ){0,2}(?:mensen|kandidaten|geschikte mensen) (?:kent|kennen))\b", folded)) or bool(_first(_PEOPLE_ASK, folded)) or bool(_first(_SOURCING_ASK, folded)) or bool(_first(_REFER_SOMEONE, folded))
        if facts.refer_ask and (facts.job_title or facts.job_offered or facts.hiring) and _first(r"\b(?:would you be interested|are you interested|interested yourself|interest you|(?:seriez|serais)[- ](?:vous|tu) interess\w*"
                                                          r"|(?:vous|t') interesse\w*|(?:ware|waren) (?:das|sie|du) (?:\w+ )?interessiert|interessiert (?:sie|dich)|(?:hatten|haben|hattest|hast) (?:sie|du) (?:\w+ )?interesse|(?:te|le) (?:podria |puede )?interesa\w*"
                                                          r"|(?:ti|le) interesse\w*|(?:saresti|sarebbe|sareste) interessat[oaie]\b|(?:te|lhe|o|a) interessa\w*|(?:estaria|estarias|estas|esta) interessad[oa]\b|heb je interesse|heeft u interesse|interesse\s*\?"
                                                          r"|interessar(?:ti|le|la|lhe|te)|(?:teria|terias|tem|tens) interesse|(?:seriez|serais)[- ](?:vous|tu) ouverte?"
                                                          r"|(?:ware|waere) das (?:\w+ )?(?:was|etwas) fur (?:sie|dich)|(?:iets|wat) voor (?:je|jou|u)\b"
                                                          # "Wäre das für Sie interessant", "open to a new challenge … or do you know someone?": her first, then her network
                                                          r"|(?:ware|waere|ist) das (?:\w+ )?fur (?:sie|dich) interessant|interessant fur (?:sie|dich)"
                                                          r"|open (?:to|for) (?:a )?(?:new )?(?:challenge|role|opportunit\w+|position|move)|(?:sta je|staat u|sta jij) open|open voor een nieuwe"
                                                          r"|offen fur (?:eine )?neue\w* (?:herausforderung|aufgabe|stelle)|ouverte?s? a (?:un nouveau|une nouvelle|de nouvelles)"
                                                          r"|abiert[oa] a (?:un nuevo|una nueva|nuevos|nuevas)|apert[oa] a (?:una nuova|nuove|un nuovo)|abert[oa] a (?:um novo|uma nova|novos|novas)"
                                                          r"|" + _YOU_OR_SOMEONE + ")", folded):
            facts.pass_on = True
            facts.refer_ask = False  # "would you be interested, or know someone who might be?": the role is offered to her first
        if not facts.pass_on and (facts.job_title or facts.job_offered) and _first(_YOU_OR_SOMEONE, folded):
            facts.pass_on = True  # "potrebbe interessare a Lei o a qualcuno della Sua rete?": she is asked first, then her network
            facts.refer_ask = False
        if facts.refer_ask and (facts.job_title or facts.job_offered or facts.hiring) and _first(_PROFILE_FITS, folded):
            facts.pass_on, facts.refer_ask = True, False  # "je profiel past goed, of ken je iemand?": she is asked first, then her network
        if (facts.job_title or facts.job_offered or facts.hiring or facts.recruiter) and _first(_RELAY_ASK, folded) and not facts.pass_on:
            facts.relay = facts.refer_ask = True  # "¿te animas a compartir la oferta con tu red?": pass the post on, not take the job
        if facts.client and facts.refer_ask and facts.job_offered and not (facts.pass_on or facts.relay) and not _first(_FIELD_WORDS, folded):
            facts.client = False  # "lavoro nelle risorse umane … cerco un saldatore esperto. Conosce qualcuno?": a name outside her field, no buyer
        facts.freelance_role = bool(_first(_FREELANCE_ROLE, folded))
        if facts.freelance_role and _first(_FOR_FREELANCERS, folded) and not _first(_FREELANCE_ROLE, cre.sub(_FOR_FREELANCERS, " ", folded)):
            facts.freelance_role = False  # "Steuerberatung für Freiberufler": freelancers are the sender's clients, no mission offered her
        if facts.freelance_role and lang in _FREELANCER_SELF and _first(_FREELANCER_SELF[lang], folded) \
                and not _first(_SEEKING_FREELANCE, folded) \
                and not _first(_DIRECT_OFFER, folded) and not _first(_FREELANCERS_SOUGHT, folded):
            # "ik werk als freelance copywriter … zin om een keer koffie te drinken?": the sender's own trade, a peer's hello,
            # never a mission offered her (135 A, nl note-39)
            facts.freelance_role = False
        if facts.pitch and not facts.sells and _first(_FREELANCERS_SOUGHT, folded):
            facts.pitch = False  # "notre agence cherche des freelances pour ses clients": work offered her, nothing sold to her
        if facts.freelance_role and _first(_PERMANENT_ROLE, folded) and not _first(r"\b(?:freelance|free-lance|freiberuflich\w*|freiberufler\w*|zzp\w*|interim|contractor|pj|partita iva|auto-?entrepreneur)\b", folded):
            facts.freelance_role = False  # "SEO Lead (fulltime) voor een opdrachtgever", "CDI pour une mission...": a post on the payroll, not an engagement
        if facts.freelance_role and facts.refer_ask and (_first(_PEOPLE_ASK, folded) or not _first(_DIRECT_OFFER, folded)):
            facts.freelance_role = False  # "des consultants pour des missions … connaissez-vous des personnes ?": people sought, no mission offered her
        if not (facts.recruiter or facts.refer_ask or facts.pass_on or facts.relay or affiliate) and _first(_CONSULTANT_SOUGHT, folded) \
                and not _first(_PERMANENT_ROLE, folded) and not _first(_FOR_A_CLIENT, folded):
            facts.client = True  # "cerchiamo un/una consulente per la strategia SEO. Saresti disponibile?": a client lead, never declined as a job
        facts.duration = bool(_first(r"\b\d+(?:\s?-\s?\d+)?[\s-]?(?:months?|mois|monate?n?|mes|meses|mesi|maanden|maand|mnd|mndn|mths?|mos?|weeks?|wk|semaines|wochen|semanas|settimane|weken"
                                      r"|monatig\w*|wochig\w*|maandse?)\b", folded))  # "ein 6-monatiges Projekt", "een 6-maandse opdracht"
        no_role = _first(r"\b(?:no (?:specific |particular |open )?(?:role|position|job)|pas de poste|aucun poste|keine (?:konkrete |offene )?stelle|ningun puesto|nessuna posizione"
                         r"|nenhuma vaga|sem vaga|geen (?:concrete |specifieke )?(?:functie|vacature))\b", folded)
        facts.networking = facts.recruiter and not facts.refer_ask and not facts.for_client and not facts.job_title \
            and (not facts.job_offered or bool(no_role)) and not _first(_FIELD_ROLE, folded)
    # "coincidimos en el taller … me quedé con ganas de preguntarte": at the same event, never a talk to thank for
    facts.met = bool(_first(_MET_IN_PERSON[lang], cre.sub(_MEET_WISHED, " ", folded))) and not _first(_NO_TALK, folded)
    facts.classmates = bool(_first(_CLASSMATES, folded))
    if facts.event and (_first(_SAW_HER[lang], folded) or _first(_HEARD_HER, folded) and _first(_STAGE_WORK, fold(facts.event))):
        # "te vi en el webinar de Semrush", "ti ho vista al webinar": the sender watched her (she spoke), nobody chatted
        facts.met = False
        if not facts.work and _first(_STAGE_WORK, fold(facts.event)):
            facts.work = "webinar" if _first(r"\b(?:webinar\w*|webinaire\w*)\b", fold(facts.event)) else "talk"
            facts.event = ""  # her webinar is the work thanked for, never "my webinar at the Semrush webinar"
        elif not facts.work and _first(_SAW_SPEAK, folded):
            facts.work = "talk"  # "I saw you speak at the Shopify Meetup": her talk there, never "great chatting"
    if facts.event and not facts.work and _first(_SHE_SPOKE, folded):
        # "on s'est vus au salon E-commerce, tu as parlé de SEO", "we met at BrightonSEO, you spoke about audits. Loved the talk!":
        # she was on stage there, so the reply thanks them for coming to her talk, never "our conversation"
        facts.work = "talk"
        facts.met = False
    if facts.event and not facts.work and not facts.met and _first(_YOUR_TALK, folded):
        facts.work = "talk"  # "gostei muito da sua intervenção no Web Summit": her talk heard, never "our conversation there"
    session = _first(_HER_SESSION_ON, folded) if facts.event and not facts.work else None
    if session and (session.group("mine") or _first(_FIELD, session.group("topic")) and _first(_GOT_TO_KNOW_YOU, folded)) \
            and not _first(_CHATTED, folded):
        facts.work = "talk"  # "te conheci no RD Summit, na palestra sobre SEO. Adorei!": her talk attended, never "a nossa conversa"
        facts.met = False
    facts.studied = bool(facts.org) and bool(_first(rf"\b(?:{_STUDY_NOUNS}|l\d|m\d|etudi\w+|studied|studiert\w*|estudi\w+|studiat\w+|estudamos|gestudeerd|erasmus)\b",
                                                    fold(facts.org) + " " + folded))
    facts.reconnect = bool(_first(_RECONNECT, folded)) or bool(cre.search(r"\b(?i:c'est|it'?s|ich bin'?s|soy|sono|sou|ik ben) "
        # "sou Head de Growth", "soy Directora de Marketing": a job title, never a name to pick up with
        r"(?!(?i:head|director\w*|diretor\w*|directeur|directrice|gerente|manager|responsable|responsabile|leiter\w*|jef[ae]|fundador\w*|founder|fondat\w*|consultor\w*|coordinador\w*|coordenador\w*|coordinat\w*|ceo|cmo|cto|coo|cfo|vp)\b)"
        r"[A-ZÀ-Ý][a-zà-ÿ][\w-]* (?:from|de|du|von|del|di|da|van)\b", original)) \
        or bool(cre.search(r"\b(?i:c'est|it'?s) [A-ZÀ-Ý][\w-]+\s*[,!]", original))
    facts.long_ago = facts.reconnect and (facts.studied or bool(_first(_LONG_AGO, folded)))
    facts.congrats = bool(_first(_CONGRATS, folded))
    facts.results = bool(_first(_RESULTS, folded))
    facts.applying = bool(_first(_APPLYING, folded)) and not facts.results
    # "danke nochmal für das Mentoring-Gespräch … ich hab jetzt die Stelle bekommen": her mentoring thanked, the job is news
    mentored = "?" not in original and bool(_first(_PAST_MENTORING, folded))
    landed = _first(_LANDED, folded) if (facts.work or mentored) and _first(_LANDED_THANKS, folded) else None
    facts.landed = ("internship" if landed and _first(_INTERNSHIP, landed.group(0)) else "job") if landed else ""
    if landed and mentored and not facts.work:
        # a thank-you with news to congratulate: no mentoring asked, no job offered, no alumni network of hers
        facts.request = "" if facts.request == "mentor" else facts.request
        facts.alumni = facts.hiring = facts.job_offered = False
        facts.mentored = True
        if facts.service == "coaching":
            facts.client, facts.service = False, ""  # "thanks for the mentoring call": a session had, never coaching bought
    if facts.landed:
        facts.applying = facts.results = False
    if facts.work:
        # praise for the owner's piece, near it: "your talk on local SEO was great", "adorei sua palestra"
        for m in _rx(rf"\b(?:{_MEDIA[facts.work]})s?\b").finditer(folded):
            # "saw your post about the free audit - is it still on? id love one": a wish after the question is no praise;
            # "… your articles for a while and would love to connect": a wish to connect is no praise of the piece either
            qmark_at = folded.find("?", m.end())
            window = cre.sub(_WISH_LOVE, " ", folded[max(0, m.start() - 45):min(m.end() + 60, qmark_at if qmark_at >= 0 else len(folded))])
            if _first(_PRAISE, window) or _thanked_de(folded, m):
                facts.praise = True
                break
        else:
            facts.praise = _praised_back(folded)
        if not facts.praise:
            point = _first(_HER_POINT, folded)
            # "Su enfoque sobre el contenido me pareció muy acertado", "Deine Folie … hab ich mir gleich abfotografiert":
            # her approach or her slide praised is praise for the piece
            said = folded[point.start():point.end() + 80] if point else ""
            facts.praise = bool(said) and bool(_first(_PRAISE, said) or _first(_POINT_PRAISED, said))
    facts.helped = bool(facts.work) and bool(_first(_helped_rx(), folded))
    if facts.work:
        facts.regular = _regular_reader(folded, facts.work)
        facts.regular_long = facts.regular and bool(_first(_REGULAR_LONG, folded))
        if facts.topic:
            facts.topic = _drop_regular(facts.topic)
    if facts.helped and (facts.regular or not facts.topic):
        facts.helped_piece = _helped_piece(original, folded)
    facts.episode = facts.work == "podcast" and not facts.regular and bool(facts.topic) and bool(_first(_EPISODE_WORD, folded))
    if facts.regular and not facts.topic and not facts.helped:
        # a newsletter read, one piece of it praised ("reading your newsletter for a few months, the piece on TikTok ads
        # for small e-shops was spot on": the praise said of the piece, however far from "newsletter")
        facts.praised_piece = _helped_piece(original, folded, _PRAISED_VERB)
        facts.praise = facts.praise or bool(facts.praised_piece)
    facts.fan = not facts.work and bool(_first(_FAN, folded))
    facts.by_email = bool(_first(_BY_EMAIL, folded))
    if facts.request == "interview" and not facts.by_phone and _first(_FEW_QUESTIONS, folded) and not _first(_REQUESTS["interview"], folded):
        # "Posso farle qualche domanda?", "puis-je vous poser quelques questions ?", "could I ask you a few questions?": a
        # journalist's written questions, answered as such, never "gladly for the interview" nobody asked for
        facts.few_q = not facts.by_email
        facts.by_email = True
    if facts.request == "interview" and facts.deadline and not (facts.by_phone or facts.by_email or _first(_REQUESTS["interview"], folded)) \
            and _first(rf"\b{_QUOTE_ASKED}\b", folded):
        facts.request = "comment"  # "Could I quote you? Just need 2-3 lines by Thursday": a short written statement, never "the interview"
    facts.coffee = bool(_first(r"\b(?:cafe|cafecito|coffee|kaffee|caffe|caffettino|koffie|koffietje|drink|cerveza|birra|bier|beer|aperitivo|apero|cafezinho)\b", folded)) and bool(_first(
        r"\b(?:si|if|wenn|falls|se|als|quand|cuando|next time|whenever|la prochaine fois|la proxima|la prossima|da proxima|volgende keer|nachste mal)\b[^.!?]{0,40}"
        r"\b(?:venis|vienes|vuelves|volves|venes|pasabas|pasas|pasaras|pasases|vinieras|venias|bist|passavi|passerai|passassi|passares|passar|vinhas|langs komt|in de buurt bent|passais|passeras|pass(?:ing)? (?:through|by)|(?:ever|are) in|you(?:'re| are) (?:ever )?(?:back|in|around)|you come|come back|kommst|vorbeikommst|reviens|repasses|passes|viens|revenez|repassez|passez"
        r"|torni|ripassi|vieni|passi|voltares|vieres|voltar|vier|vem|weer in|terug bent|kom je|komt u)\b", folded))
    # The kind of question, for an answer in kind (never "good question, I'll reply later").
    q = fold(_last_question(original))
    if (_first(_USE_ASKED, folded) or _first(_USE_WISHED, folded) and _first(_USE_OK, folded)) and _first(_HER_MATERIAL, folded) and not (facts.pitch or facts.sells or facts.offers or facts.proposal):
        facts.qkind = "use"  # "¿te parece bien si cito tus guías con mis alumnos?": her material used, the source named
    elif _first(_PERMISSION[lang], folded):
        facts.qkind = "permission"
    elif _first(_TOOL_NAME_ASKED, folded) or _first(_CALLED_AGAIN, folded) and _first(_TOOL_WORD, folded):
        facts.qkind, facts.share = "share", "toolname"  # "what was that clustering tool called again?": the name sent here
    elif _first(_SHARE[lang], folded) or _offered_share(folded) or _first(_WHERE_DOWNLOAD, folded) \
            or _first(_SEND_IT_BACK, folded) and _first("|".join((_SHARE_KIND[0][1], _SHARE_KIND[1][1], _TEMPLATE_WORD, _EBOOK_WORD)), folded):
        facts.qkind = "share"
        facts.share = _share_kind(original, folded)
        if facts.proposal == "partnership" and not any(_first(_PROPOSALS["partnership"], fold(q)) for q in cre.question_sentences(original)):
            # "Ihr Workshop bei der IHK Lyon-Stuttgart Partnerschaft … Gibt es eine Aufzeichnung oder die Folien?": an event's
            # name, never a collaboration proposed; the slides asked for are the answer, never a call
            facts.proposal = ""
    elif _first(_SEND[lang], folded) or _first(_EMAIL_WHERE, folded) or (facts.proposal and _first(_SEND_OFFER, folded)):
        facts.qkind = "send"
        facts.by_email = facts.by_email or bool(_first(_EMAIL_WHERE, folded))  # "an welche E-Mail?": where to send it answered
        # "¿Podría indicarme un email de contacto?", "could you give me your email?": her address asked, where to write answered
        facts.by_email = facts.by_email or bool(_first(_HER_ADDRESS_ASKED, folded))
        facts.sendwhat = next((kind for kind, rx in _SENDWHAT if _first(rx, folded)), "details")
    elif q and _first(_PDF_ASK, q) and not _first(_OWN_DOC, q):
        facts.qkind = "share"
        facts.share = next((kind for kind, rx in _SHARE_KIND if _first(rx, folded)), "link")
    elif q and _first(_VISIT, q):
        facts.qkind = "visit"  # "Wanneer kom je weer eens naar Nederland?": nothing planned yet, she'll say when
    elif q and _first(_TIMING, q):
        facts.qkind = "timing"
    elif q and _first(_EXPERIENCE, q):
        facts.qkind = "experience"
    elif q and not facts.lang_q and not facts.yes_q and choice_options(_last_question(original)) and not _first(_HOW_TO_LAND, q):
        facts.qkind, facts.options = "choice", choice_options(_last_question(original))  # "SEO ou pub insta ?"
    elif q and _rx(_CHOICE).search(cre.sub(r"\b(?:plus ou moins|more or less|mehr oder weniger|mas o menos|piu o meno|mais ou menos|min of meer)\b", "", q)) and not facts.lang_q and (_rx(_CHOOSE).search(q) or len(q.split()) <= 6):
        facts.options = choice_options(_last_question(original))
        # "a bibliography or a case study?", "advice or a contact?": two requests, not a choice to answer
        facts.qkind = "choice" if facts.options or _rx(_CHOOSE).search(q) and not cre.search(_REQUEST_NOUNS, q) else ""
    elif q and _first(_BUDGET, q) and _first(_HOW_MUCH, q):
        facts.qkind = "budget"  # "how much should I spend?", never "a podcast on ads with a small budget?"
    funding = bool(_first(r"\b(?:cpf|opco|qualiopi|eligibles?|financ(?:ement|able|ees?|er)|prise en charge|bildungsgutschein|bildungsurlaub|forderfahig|foerderfahig"
                          r"|fundae|bonificable|bonificad\w*|bonificacion\w*|subvencionad\w+|fondimpresa|finanziabil\w+|finanziat\w+|financiad\w+|financiamento|subsidie|stap-budget|slim-subsidie"
                          r"|funding|funded|eligible|fund|fundable|financiavel|financiave(?:is|l)|financiable|financiar|finanziare|fordern|forderung|gefordert|vergoed\w*|gesubsidieerd)\b", q)) and bool(_first(r"\b(?:formations?|trainings?|courses?|kurs\w*|schulung\w*|cursos?|corsi|corso|formac\w+|formazion\w+|opleiding\w*|workshops?|ateliers?)\b", folded))
    # "finançable par l'OPCO ?" is the company's fund, "éligible au CPF ?" the person's own account: the reply names the one asked
    cpf = bool(funding and _first(r"\b(?:cpf|compte personnel de formation|mon compte formation|moncompteformation)\b", folded))
    facts.funding = "" if not funding else (
        "both" if cpf and _first(r"\b(?:opco|plan de developpement des competences|fonds? de formation)\b", folded)  # "CPF ou OPCO ?": both answered
        else "opco" if _first(r"\b(?:opco|plan de developpement des competences|fonds? de formation|akto|atlas|afdas|opcommerce|ocapiat|uniformation)\b", q)
        else "cpf" if _first(r"\b(?:cpf|compte personnel de formation|mon compte formation|moncompteformation)\b", q) else "any")
    facts.situation = bool(_first(_SITUATION, folded))
    facts.amount = bool(_first(_AMOUNT, folded))


#: The sender's own situation, told in the note: "j'ai lancé mon e-shop il y a 6 mois", "tengo una tienda online",
#: "bin grad dabei, meinen Etsy-Shop umzuziehen", "ik werk sinds 3 maanden als junior marketeer".
_SITUATION = (r"\b(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr[oa]s?|il mio|la mia|mio|mia|nostr[oa]|meu|minha|nosso|nossa|mijn|onze)"
              r"\s+(?:\w+\s+){0,2}?(?:shop|shops|e-?shop|webshop|onlineshop|store|boutique|tienda|negozio|shop online|loja|lojinha|winkel|business|company|entreprise"
              r"|empresa|azienda|bedrijf|site|website|webseite|sito|sitio|blog|brand|marque|marca|merk|bakery|boulangerie|baeckerei|panaderia|clients?|kunden|clientes|clienti|klanten"
              r"|equipe|team|equipo|squadra|ong|association|verein|asociacion|associazione|associacao|vereniging|startup|start-up|agence|agentur|agencia|agenzia|bureau)\b"
              r"|\b(?:i run|i opened|i launched|i started|i own|i have (?:a|an)|i'?m (?:a|an) (?:junior|senior|\w+ manager)|j'ai (?:lance|ouvert|cree|monte|repris|une|un)|je dirige|je gere"
              r"|tengo (?:una|un)|he (?:abierto|lanzado|montado)|llevo|acabo de|ho (?:un|una|aperto|lanciato)|gestisco|tenho (?:uma|um)|abri (?:uma|um)|acabei de"
              r"|ich habe (?:einen|eine|ein)|ich bin (?:grad|gerade)|bin grad|ich leite|ik heb (?:een|net)|ik werk|ik ben net|ik run|heb een|ben net gestart|sou (?:\w+ )?(?:freelancer|dono|dona)"
              r"|estou a (?:lancar|abrir)|estou (?:lancando|abrindo))\b"
              r"|\b(?:since|for|depuis|il y a|seit|vor|desde|hace|da|ha|sinds|al) \d+ (?:months?|mois|monate?n?|meses|mesi|maanden|years?|ans|jahre?n?|anos|anni|jaar|weeks?|semaines|wochen|semanas|settimane|weken)\b"
              r"|\d+\s?(?:€|eur\b|euros?\b|\$|£|k€)|(?:€|\$|£)\s?\d+|\b\d+ (?:personnes|people|personas|persone|pessoas|personen|mitarbeiter\w*|salaries|employees|empleados|dipendenti|funcionarios|medewerkers)\b")
_AMOUNT = r"\d+\s?(?:€|eur\b|euros?\b|\$|£|k€|k\b)|(?:€|\$|£)\s?\d+"
#: "Hoe heb jij dat aangepakt?", "how did you do it?": a question about the owner's own path.
_EXPERIENCE = (r"\b(?:how did you|how have you|comment (?:avez-vous|as-tu|vous avez|tu as)|wie (?:hast du|haben sie|bist du|sind sie)|como (?:lo )?(?:hiciste|hizo|has hecho|ha hecho|fizeste|fez|voce fez)"
               r"|come (?:hai fatto|ha fatto|ti sei|si e)|hoe (?:heb jij|heb je|heeft u|deed je|deed u|ben jij|ben je)|et (?:vous|toi),? (?:comment|qu'avez|qu'as)|what did you do)\b")
#: "… ou c'est trop tôt ?", "or is it too early?": now or later, not a choice between two things.
_TIMING = (r"\b(?:trop tot|encore tot|too (?:early|soon)|zu fruh|noch fruh|(?:es |todavia es |aun es )?(?:pronto|temprano)|(?:e |ancora )?presto|(?:ainda e )?cedo|te vroeg|nog vroeg)\s*\?")


#: Things people ask for, joined by "or" without asking to choose: "un conseil ou un contact ?", "bibliografía o algún caso".
_REQUEST_NOUNS = (r"\b(?:conseils?|contacts?|advice|tips?|contacts?|resources?|ressources|recursos|risorse|bronnen|bibliograf\w*|books?|livres?|libros?|libri|livros"
                  r"|boeken|buecher|bucher|caso|casos|cas|case|cases|studies|estudos?|studi|ideas?|idees?|idee|suggest\w*|sugerenc\w*|suggeriment\w*|sugest\w*"
                  r"|tipps?|\w+tipps?|\w+tips|ratschlag\w*|rat|names?|noms?|nombres|nomi|nomes|namen|consigli?o?|dicas?|conselhos?|consejos?|contatt[io]|contatos?|contactos?)\b")
_OPTION_STOP = (r"(?:a|an|the|le|la|les|l'|un|une|des|du|de|d'|en|in|on|op|auf|im|am|no|na|nos|nas|em|el|los|las|il|lo|gli|i|un'|der|die|das|den|dem|ein|eine|het|een|dans"
                r"|dalla|dal|dallo|dai|dalle|da|sulla|sul|sui|nella|nel|della|into|pelo|pela|ao|aos"
                r"|mit|with|avec|con|com|met|for|pour|para|pra|per|voor|fur|par|por|by|door|vers|sur|su|sobre|over|first|d'abord|primero|prima|primeiro|eerst|zuerst|plutot|rather|better|mieux|mejor|meglio"
                r"|melhor|beter|besser|eher|focar|focus|investir|invertir|investire|investeren|investieren|start|starting|commencer|iniziare|empezar|comecar|beginnen|anfangen"
                r"|aanpakken|miser|apostar|puntare|setzen|ou|or|oder|o|of|e|y|and|et|und|en|is|it|c'est|es|e|ist|vale|worth|je|tu|jij|du|you|ik|i|me|mi|m'|to|a|ad"
                r"|between|entre|zwischen|tra|fra|tussen|just|only|juste|seulement|uniquement|nur|solo|solamente|soltanto|apenas|alleen|enkel"
                r"|pour commencer|per iniziare|para empezar|to start|um anzufangen|om te beginnen|pra comecar|para comecar)")


_ENGLISH_BEFORE_OF = (r"think|thinking|thought|make|made|one|some|any|most|all|kind|sort|lot|lots|out|because|instead|part|end|top|head|full|each|both"
                      r"|many|much|few|use|proud|aware|fond|tired|number|couple|bit|type|types|piece|speaking|consist|consists|view|opinion|set|range|course|terms|fan"
                      # "how do you measure the ROI of content marketing?": what is measured of one thing, never a choice
                      r"|roi|roas|return|value|cost|costs|impact|results|effectiveness")
#: "… or is it better to …", "o è meglio", "ou vaut-il mieux", "oder lieber", "o es mejor", "ou é melhor", "of is het beter":
#: the second option comes after it.
_OR_BETTER = (r"(?:(?:is it|is|e|es|est|ist|c'est|it's|sarebbe|seria|ware|vaut-il|vale|is het|zou het) )?(?:(?:it|het|es) )?"
              r"(?:better|meglio|mieux|mejor|melhor|beter|besser|lieber|rather|plutot|eher|piuttosto)\b")


#: A verb that opens a clause after "or": the either/or is between two sentences, not two nouns ("… of kan ik beter …").
_CLAUSE_VERB = (r"(?:kan|kun\w*|moet\w*|zal|zullen|zou\w*|ga|gaan|is|should|shall|can|could|would|do|does|are|peux|puis|pouvons|dois|devons|devrais|faut|vaut|est"
                r"|kann|konnen|soll\w*|muss\w*|ist|pued\w*|podemos|debo|debemos|deberia\w*|conviene|es|poss\w*|dev\w*|dovrei|dovremmo|pode\w*|deveria\w*|vale)")


#: "… or another one?", "ou recomenda outra?": the second "option" is any other, the question a yes/no one.
_OTHER_OPTION = (r"\b(?:other|another|something else|autre|autres|andere[snm]?|anderes|otra|otro|otras|otros|altro|altra|altri|altre"
                 r"|outra|outro|outras|outros|iets anders)\b")
#: A verb inside the first option ("GA4 chega", "GA4 basta", "GA4 reicht"): a clause, not a thing to choose.
_CLAUSE_VERB_ANY = r"\b(?:chega|basta|bastaria|suffit|suffirait|reicht|genugt|volstaat|is genoeg|is enough|enough|suffices|alcanza|sirve|serve)\b"


#: "… was eye-opening", "hat mir die Augen geöffnet", "mi ha aperto un mondo" (folded): the piece helped, said another way.
_EYE_OPENING = (r"(?:was|is) (?:\w+ )?(?:eye(?:-?opening)?|an eye-?opener|(?:a (?:\w+ )?)?game[- ]?changer|so useful|really useful|super useful)|opened my eyes"
                r"|m'a ouvert les yeux|(?:etait|a ete) (?:\w+ )?(?:eclairant\w*|une revelation)"
                r"|(?:war|ist) (?:\w+ )?(?:augenoffnend|ein augenoffner|gold wert|super hilfreich|sehr hilfreich|echt hilfreich)|hat mir (?:\w+ )?die augen geoffnet"
                r"|(?:fue|ha sido|me resulto) (?:\w+ )?(?:revelador\w*|utilisim\w+|muy util|super util)|me abrio los ojos"
                r"|mi ha aperto (?:un mondo|gli occhi)|(?:e stat[oa]|era) (?:\w+ )?(?:illuminante|utilissim\w|molto utile|super utile)"
                r"|(?:foi|era) (?:\w+ )?(?:revelador\w*|utilissim\w+|muito util|super util)|(?:me )?abriu(?:-me)? os olhos"
                r"|(?:was|is) (?:\w+ )?(?:eye(?:-?opening)?|een eye-?opener|een openbaring|heel leerzaam|super nuttig|heel nuttig|erg nuttig)|heeft me (?:\w+ )?de ogen geopend"
                # time saved: "m'a fait gagner un temps fou", "saved me hours", "hat mir viel Zeit gespart", "me ahorró mucho tiempo"
                r"|m'a fait gagner (?:\w+ ){0,2}(?:temps|heures)|saved me (?:\w+ ){0,2}(?:time|hours)|(?:hat|haben) mir (?:\w+ ){0,2}(?:zeit|stunden) (?:gespart|erspart)"
                r"|me (?:ha |han )?(?:ahorrado|ahorro|ahorraron) (?:\w+ ){0,2}(?:tiempo|horas)|mi (?:ha|hanno) fatto (?:risparmiare|guadagnare) (?:\w+ ){0,3}(?:tempo|ore)"
                r"|me (?:poupou|pouparam|economizou|fez (?:poupar|ganhar|economizar)) (?:\w+ ){0,2}(?:tempo|horas)|poupou-me (?:\w+ ){0,2}(?:tempo|horas)"
                r"|(?:heeft|hebben) me (?:\w+ ){0,2}(?:tijd|uren) (?:bespaard|gescheeld)"
                # money saved: "me ahorró un montón de dinero", "mi ha fatto risparmiare parecchio", "saved me a lot of money",
                # "m'a fait économiser pas mal d'argent", "hat mir viel Geld gespart", "me fez poupar bastante", "heeft me veel geld bespaard"
                r"|m'a fait (?:economiser|gagner) (?:\S+ ){0,3}(?:d')?(?:argent|euros|budget)|m'a fait economiser|saved (?:me|us) (?:\S+ ){0,3}(?:money|dollars|euros|pounds|budget|cash)"
                r"|(?:hat|haben) (?:mir|uns) (?:\w+ ){0,3}(?:geld|euro|budget) (?:gespart|erspart)"
                r"|me (?:ha |han )?(?:ahorrado|ahorro|ahorraron) (?:\w+ ){0,3}(?:dinero|euros|pasta|plata|presupuesto)"
                r"|mi (?:ha|hanno) fatto risparmiare\b|(?:me )?(?:fez|fizeram) (?:poupar|economizar)\b|(?:me )?(?:poupou|pouparam|economizou)(?:-me)? (?:\w+ ){0,3}(?:dinheiro|euros|reais|grana)"
                r"|(?:heeft|hebben) (?:me|mij|ons) (?:\w+ ){0,3}(?:geld|euro's|euro|budget) (?:bespaard|uitgespaard)"
                # learned a lot, found it very useful: "aprendí un montón", "me pareció muy útil",
                # "found it really useful": glad it was useful, never a bare "glad you found it interesting"
                r"|(?:aprendi|he aprendido|aprendemos|hemos aprendido) (?:un monton|muchisimo|mucho|un mont)|me (?:parecio|ha parecido|resulto) (?:\w+ )?(?:muy|super|realmente) util"
                r"|(?:learned|learnt) (?:so much|a lot|loads|tons)|found (?:it|this|that) (?:so |really |very |super |extremely )?useful"
                r"|ho imparato (?:tantissimo|tanto|molto|un sacco|moltissimo)|(?:mi e sembrat[oa]|l'ho trovat[oa]) (?:\w+ )?(?:molto|super|davvero) util\w"
                r"|aprendi (?:\w+ )?(?:imenso|muito|bastante|um monte|muitissimo|horrores)|achei (?:\w+ )?(?:muito|super|bem|mega) util"
                r"|(?:habe|hab) (?:\w+ )?(?:so |sehr )?viel gelernt|fand (?:es|ihn|ihren|ihre|deinen|deine|den|die|das) (?:\w+ )?(?:sehr|super|echt) hilfreich"
                # saved or changed something, or "was gold": "me salvó la campaña", "was gold for my Shopify store", "era oro",
                # "mudou minha forma de trabalhar", "war mega hilfreich", "heeft mijn campagne gered"
                r"|(?:was|is) (?:pure |absolute |solid )?gold|saved (?:my|our) \w+|changed (?:the way|how) (?:i|we) (?:\w+ )?\w+|was a lifesaver"
                r"|m'a sauve|(?:etait|c'etait) de l'or|a change ma (?:facon|maniere) de (?:travailler|\w+ )|a change (?:ma|notre) (?:facon|maniere) de \w+"
                r"|(?:war|ist) (?:\w+ )?(?:gold|hilfreich)|hat (?:mir|uns) (?:\w+ ){0,2}gerettet"
                r"|me (?:salvo|ha salvado)|(?:fue|era|es) (?:\w+ )?oro|me cambio la forma de trabajar|(?:cambio|ha cambiado) mi (?:forma|manera|modo) de \w+|(?:cambio|ha cambiado) (?:la forma|el modo|la manera) (?:en (?:que|la que) |como |de )(?:\w+ )?\w+"
                r"|mi ha salvato|(?:era|e stat[oa]) (?:\w+ )?oro|mi ha cambiato il modo di lavorare|ha cambiato il mio modo di \w+|ha cambiato (?:il modo|la maniera) (?:in cui |con cui |come |di )(?:\w+ )?\w+"
                r"|me salvou|(?:foi|era) (?:\w+ )?ouro|mudou (?:a )?minha (?:forma|maneira|jeito) de \w+|mudou (?:a forma|a maneira|o jeito|o modo) (?:como|de|que) (?:\w+ )?\w+"
                r"|(?:was|is) (?:\w+ )?goud|heeft (?:mij|me|mijn \w+) gered|heeft (?:\w+ )?veranderd hoe (?:ik|wij|we)|hat (?:\w+ ){0,2}verandert, wie (?:ich|wir)"
                # it came just right: "me vino genial para mi tienda", "came in handy", "tombait à pic", "kam genau richtig",
                # "mi è servito tantissimo", "veio mesmo a calhar", "kwam precies op het juiste moment"
                r"|me (?:vino|viene|ha venido) (?:\w+ )?(?:genial|de perlas|de maravilla|de lujo|muy bien|super bien|fenomenal)|me (?:sirvio|ha servido) (?:\w+ )?(?:mucho|un monton|muchisimo)"
                r"|came in (?:\w+ )?handy|(?:was|is) (?:just |exactly )?what i needed|m'a (?:bien |beaucoup |tellement |vraiment )servi|tombait (?:\w+ )?a pic"
                r"|kam (?:\w+ )?(?:richtig|gelegen|zur rechten zeit)|(?:war|ist) (?:genau )?das richtige|mi (?:e|e stat[oa]) (?:\w+ )?(?:servit[oa]|utile)|mi (?:ha|hanno) (?:\w+ )?svoltato"
                r"|(?:me )?(?:veio|caiu) (?:\w+ )?(?:a calhar|como uma luva)|me serviu (?:\w+ )?(?:muito|demais|bastante)|kwam (?:\w+ )?(?:goed )?(?:van pas|als geroepen|op het juiste moment)")
_HELPED_VERB = (rf"\b(?:{_EYE_OPENING}|m'(?:a|ont) (?:\w+ )?fait economiser|saved (?:me|us)|me (?:fez|fizeram) (?:\w+ )?(?:poupar|economizar)|me (?:hizo|hicieron) ahorrar|mi (?:ha|hanno) fatto risparmiare|(?:hat|haben) mir (?:\w+ )?(?:\w+ )?gespart|(?:heeft|hebben) me (?:\w+ )?(?:\w+ )?bespaard|m'a (?:\w+ )?aidee?s?|m'ont (?:\w+ )?aidee?s?|m'a ete (?:\w+ )?utile|helped me|(?:really |so )?helped|was (?:so |really )?helpful"
                r"|(?:hat|haben) mir (?:\w+ )?geholfen|me (?:ha |han )?(?:ayudado|ayudo|ayudaron)|mi (?:ha|hanno) (?:\w+ )?aiutat\w|me (?:ajudou|ajudaram)|ajudou-me|ajudaram-me"
                r"|(?:heeft|hebben) me (?:\w+ )?geholpen|hielpen? (?:me|mij)|(?:half|halfen) mir"
                # "… ajudou imenso a minha loja", "… hat meinem Shop sehr geholfen": the piece before the verb helped their business
                r"|(?:ajudou|ajudaram)(?= (?:\w+ )?(?:a |o )?(?:minha|meu|nossa|nosso))|(?:a|ont)(?= (?:\w+ )?aidee? (?:ma|mon|mes|notre|nos)\b)"
                r"|(?:ayudo|ayudaron)(?= (?:\w+ )?a (?:mi|nuestra|nuestro)\b)|(?:ha|hanno)(?= (?:\w+ )?aiutato (?:\w+ )?(?:il mio|la mia|il nostro|la nostra)\b)"
                r"|(?:hat|haben)(?= (?:meinem|meiner|unserem|unserer) [\w-]+ (?:\w+ )?geholfen)|(?:heeft|hebben)(?= (?:mijn|ons|onze) [\w-]+ (?:\w+ )?geholpen))\b")
#: One episode of a podcast (folded): "your podcast episode", "l'épisode", "la Folge", "de aflevering".
_EPISODE_WORD = r"\b(?:episodes?|episodios?|episodi|folge|aflevering|puntata)\b"
#: The verb of one piece of hers praised (folded): "the piece on LinkedIn ads for B2B was spot on", "ton article sur … était top".
_PRAISED_VERB = (r"\b(?:was|were|is|are|etait|etaient|est|war|waren|ist|fue|era|eran|es|foi|era|e|fu|era|è|was|waren|is)"
                 r" (?:\w+ )?(?:spot on|great|brilliant|excellent|gold|super|top|genial|geweldig|ottimo|fantastic|amazing|incroyable|incrivel"
                 r"|increible|klasse|spitze|buenisimo|otimo|perfect|parfait|perfecto|perfetto|perfeito|sehr gut|really good|so good)\b"
                 # "vond de editie over e-mailmarketing super nuttig", "fand die Ausgabe zu SEO sehr hilfreich": found useful
                 r"|(?<=\s)(?:super|heel|erg|echt|zeer|sehr|wirklich|echt|really|very|so) (?:nuttig|handig|leerzaam|hilfreich|nutzlich|useful)\b")
#: The sender's "your" made the owner's "my", by language-neutral folded word: "dein Artikel" → "mein Artikel".
_MY = {"your": "my", "dein": "mein", "deine": "meine", "deinen": "meinen", "ton": "mon", "ta": "ma", "tes": "mes", "votre": "mon", "vos": "mes",
       "tu": "mi", "tus": "mis", "tuo": "mio", "tua": "mia", "tuoi": "miei", "tue": "mie", "suo": "mio", "sua": "mia", "teu": "meu", "seu": "meu",
       "tua_pt": "minha", "je": "mijn", "jouw": "mijn", "uw": "mijn", "aquele": "o", "aquela": "a", "that": "the", "ese": "el", "esa": "la",
       "quel": "il", "quella": "la", "quello": "lo",
       # "i suoi consigli sulla SEO" (Lei), "as suas dicas", "Ihre Tipps zu Meta Ads": hers, said as hers
       "suoi": "miei", "sue": "mie", "suas": "minhas", "seus": "meus", "tuas": "minhas", "teus": "meus", "ihre": "meine", "ihren": "meinen"}
#: A part of one of her pieces ("der Teil über Budgets bei Meta Ads hat mir geholfen"): what helped, named in the reply.
_PART_NOUNS = {"part", "partie", "passage", "section", "chapter", "chapitre", "teil", "abschnitt", "kapitel", "parte", "seccion", "capitulo",
               "sezione", "capitolo", "secao", "deel", "gedeelte", "hoofdstuk"}
#: A tip or a text of hers that helped ("tes conseils sur les pubs Meta", "je tip over Meta Ads retargeting", "o texto sobre SEO
#: local"): named back in the reply like any piece of hers.
_TIP_NOUNS = {"tip", "tipp", "conseil", "consejo", "consiglio", "consigli", "dica", "texto", "testo", "texte", "tekst"}
_PIECE_NOUNS = "|".join(sorted({w for k in ("article", "post", "talk", "podcast", "newsletter", "book", "video", "webinar", "workshop", "training")
                                for w in _MEDIA[k].split("|")} | {"guide", "guia", "guida", "leitfaden", "gids", "tutorial", "thread", "episode",
                                "edition", "edicion", "edizione", "edicao", "ausgabe", "editie", "issue", "numero", "piece"} | _PART_NOUNS | _TIP_NOUNS,
                                key=len, reverse=True))


def _helped_piece(original: str, folded: str, verb: str = _HELPED_VERB) -> str:
    """The subject of "… helped me" when it is one of the owner's pieces with what it is about: "Lese seit Monaten deinen
    Newsletter, der Artikel über Meta Ads für kleine Shops hat mir echt geholfen" → "der Artikel über Meta Ads für kleine Shops"."""
    one = cre.search(r"\b(?:the|that) (one) (?=(?:on|about) )", folded)
    nouns = cre.findall(rf"\b({_PIECE_NOUNS})s?\b", folded[:one.start()]) if one else []
    if one and nouns:
        # "following your posts …, the one on repurposing blog posts into carousels was gold": the one is a post (a
        # newsletter's one is an issue)
        noun = nouns[-1][:-1] if nouns[-1].endswith("s") and cre.fullmatch(_PIECE_NOUNS, nouns[-1][:-1]) else nouns[-1]
        noun = "issue" if noun == "newsletter" else noun
        original = original[:one.start(1)] + noun + original[one.end(1):]
        folded = folded[:one.start(1)] + noun + folded[one.end(1):]
    m = cre.search(verb, folded)
    if not m:
        return ""
    before = folded[:m.start()].rstrip()
    cut = max([before.rfind(c) for c in ".,;!?:\n"] + [i + 2 for i in (before.rfind(c) for c in (" - ", " – ", " — ")) if i >= 0])
    cuts = [cut]
    for w in (" und ", " and ", " et ", " y ", " e ", " en ", " mais ", " but ", " aber ", " pero ", " ma ", " mas ", " maar ",
              " vond ", " fand ", " found "):  # "… en vond de editie over e-mailmarketing super nuttig": the piece after the verb
        cuts += [i + len(w) - 1 for i in range(cut + 1, len(before)) if before.startswith(w, i)]
    # the latest "and" that leaves a piece: "el post sobre Meta Ads y el coste por lead me abrió los ojos" keeps the post
    for cut in sorted(set(cuts), reverse=True):
        piece = _piece_at(original, folded, before, cut + 1)
        if piece:
            return piece
    return ""


def _piece_at(original: str, folded: str, before: str, start: int) -> str:
    """The owner's piece written from ``start`` to the end of ``before`` (the words before "… helped me"), or ""."""
    phrase_f = folded[start:len(before)].strip()
    lead = len(folded[start:len(before)]) - len(folded[start:len(before)].lstrip())
    a = start + lead
    words = phrase_f.split()
    if not 3 <= len(words) <= 15:
        return ""
    det = r"(?:the|your|der|die|das|dein\w*|le|la|l'|ton|ta|tes|vos|votre|el|la|tu|tus|su|il|lo|i|tuoi|tue|o|a|os|as|seu|sua|teu|tua|tuas|teus|het|de|je|jouw|uw|il tuo|la tua|il suo|la sua|o seu|a sua|o teu|a tua)"
    shape = cre.match(rf"(?:{det} |l')?(?:{det} )?(?:\w+ )?(?:\w+-)?(?:{_PIECE_NOUNS})s?\b(?:'s)? \S", phrase_f)  # "dein Newsletter-Artikel über …"
    # "l'ultima sui social ads …", "the latest on pricing": the latest issue of the newsletter the note follows
    last = cre.match(r"(?:l'|the |el |la |o |a |die |de )?(ultim[ao]|latest|last|letzte|laatste) (?=\S)", phrase_f)
    if not shape and last and cre.match(r"(?:texto|textos|testo|text|texte|tekst|numero|numeros|edicao|edizione|edicion|envio|mail|e-mail|email|issue"
                                        r"|ausgabe|editie|aflevering|episodio|episode|folge|puntata)\b", phrase_f[last.end():]):
        shape = last  # "o último texto sobre SEO local", "l'ultimo numero sui social": the piece is named, no noun added
    elif not shape and last and cre.search(r"\bnewsletter\b", folded):
        noun = {"latest": "issue", "last": "issue", "letzte": "Ausgabe", "laatste": "editie"}.get(last.group(1), "newsletter")
        text = original[a:a + len(phrase_f)]
        end = len(text) - len(text[last.end():].lstrip())
        phrase_f = f"{phrase_f[:last.end()]}{noun} {phrase_f[last.end():]}"
        original = original[:a] + f"{text[:end]}{noun} {text[end:]}" + original[a + len(text):]
        shape = last
    about = cre.search(r"\b(?:uber|about|on|sur|sobre|su|sul|sulla|sui|sulle|sugli|sullo|sull|over|zu|zum|zur|de|do|da|di|del|della|dei|delle)\b", phrase_f)
    if not shape or not about:
        return ""
    text = original[a:a + len(phrase_f)]
    tail = cre.search(r"\s+(?:mi|me|mir|mij|ti|te|ci|nos|ons|uns|m'|moi)$", fold(text))
    if tail:
        text = text[:tail.start()]  # "l'ultimo numero … mi è stato utilissimo": the pronoun is the verb's, not the piece's
    out = []
    for i, w in enumerate(text.split()):
        fw = fold(w)
        nxt = fold(text.split()[i + 1]) if i + 1 < len(text.split()) else ""
        if i <= 1 and fw in ("su", "sus") and (cre.match(rf"(?:{_PIECE_NOUNS})s?$", nxt) or nxt in ("ultimo", "ultima", "ultimos", "ultimas")):
            out.append({"su": "mi", "sus": "mis"}[fw])  # "su último artículo" (usted): the owner's, "mi último artículo"
        elif i == 0 and (fw in ("el", "la") and nxt in ("ultimo", "ultima") or fw == "the" and nxt in ("latest", "last")):
            out.append("my" if fw == "the" else "mi")  # "el último artículo … me vino genial": hers, "mi último artículo"
        elif i <= 1 and fw in _MY:
            my = _MY[fw]
            if fw in ("tua", "sua") and i == 1 and fold(text.split()[0]) == "a":
                my = "minha"  # "a tua newsletter" → "a minha newsletter"
            out.append(my.capitalize() if w[:1].isupper() and i == 0 else my)
        else:
            out.append(w)
    piece = " ".join(out)
    return piece[:1].lower() + piece[1:] if not cre.match(r"[A-ZÀ-Ý]{2}", piece) else piece


#: An elided article glued to an option ("l'ABO", "dell'SEO", "d'Instagram"), dropped when the option is named.
_ELIDED_ARTICLE = r"^(?:l|d|dell|dall|nell|sull|all|un)['’](?=\w)"


#: How to get one thing or another (folded): "how to land a first role or freelance clients?", "comment décrocher un poste ou
#: des clients ?", "wie ich eine Stelle oder Kunden finde", "cómo conseguir un empleo o clientes", "come trovare un lavoro o
#: clienti", "hoe ik een baan of klanten vind": advice on getting both, never a choice between them.
_HOW_TO_LAND = (r"\b(?:how (?:to|do i|can i|could i|should i|would you) (?:land|get|find|win|attract)|comment (?:decrocher|trouver|obtenir|attirer|avoir)"
                r"|pour (?:decrocher|trouver|obtenir|attirer)|wie (?:ich |man )?[^.?!]{0,40}\b(?:finde|bekomme|gewinne|findet|bekommt)"
                r"|como (?:conseguir|encontrar|arranjar|obter|atrair)|para (?:conseguir|encontrar|arranjar|atrair)"
                r"|come (?:trovare|ottenere|attirare|trovo)|per (?:trovare|ottenere|attirare)|hoe (?:ik |je )?[^.?!]{0,40}\b(?:vind|vinden|krijg|krijgen|binnenhaal))\b")


def choice_options(question: str) -> list[str]:
    """The two things an either/or question names, as written, or [] when it does not name two.

    >>> choice_options("meglio pinterest o instagram per iniziare??"), choice_options("wat zou jij als eerste aanpakken: ads of content?")
    (['Pinterest', 'Instagram'], ['ads', 'content'])
    >>> choice_options("SEO ou pub insta d'abord ?"), choice_options("¿Me podrías recomendar bibliografía o algún caso de estudio?")
    (['SEO', 'pub Insta'], [])
    """
    between = _between_options(question)
    if between:
        # "Acabei o curso … e estou indeciso entre SEO e social ads": the two named after "entre", never "Acabei o curso"
        return between if all(_field_option(o) for o in between) else []
    words = cre.findall(r"[\w'’.-]+|[,:;?!]", question)
    folded = [fold(w) for w in words]
    for i, w in enumerate(folded):
        if w not in ("ou", "or", "oder", "o", "of") or i == 0 or i + 1 >= len(words):
            continue
        if w == "of" and (cre.fullmatch(_ENGLISH_BEFORE_OF, folded[i - 1]) or cre.fullmatch(r"the|a|an|my|your|our|their|this|that|these|those|his|her|its|them|it|us|you", folded[i + 1])):
            continue  # "what do you think of paid subscriptions?": English "of", never Dutch "or"
        if w == "of" and cre.fullmatch(r"af|weten|vragen|benieuwd|twijfel|twijfelde|nagaan|checken|zien|zeker", folded[i - 1]):
            continue  # "ik vroeg me af of TikTok zinvol is": Dutch "whether", never "or"
        if w == "o" and cre.fullmatch(r"seu|sua|seus|suas|meu|minha|teu|tua|nosso|nossa|mesmo|que|qual|site|blog|post|artigo|meu|vosso", folded[i + 1]):
            continue  # "li o seu artigo": the Portuguese article, never "or"
        left: list[str] = []
        for j in range(i - 1, max(-1, i - 4), -1):
            if cre.fullmatch(r"[,:;?!]", words[j]) or cre.fullmatch(_OPTION_STOP, folded[j]):
                break
            left.insert(0, words[j])
        right: list[str] = []
        r0 = i + 1
        better = cre.match(_OR_BETTER, " ".join(folded[i + 1:i + 5]))
        if better:
            # "investire nel blog o è meglio puntare sui video?": past "it is better to", to the second thing
            r0 = i + 1 + len(better.group(0).split())
            while r0 < len(words) - 1 and cre.fullmatch(_OPTION_STOP, folded[r0]) and not cre.fullmatch(r"[,:;?!]", words[r0]):
                r0 += 1
        for j in range(r0, min(len(words), r0 + 3)):
            if cre.fullmatch(r"[,:;?!]", words[j]) or cre.fullmatch(_OPTION_STOP, folded[j]):
                if right or not cre.fullmatch(r"(?:en|in|on|op|auf|im|no|na|em|el|il|lo|la|le|the|a|an|de|du|des|mit|with|avec|con|com|met|sur|su|sobre|over|uber|par|pelo|pela|da|dalla|dal|dallo|into|por|dans"
                                             r"|les|los|las|gli|i|os|as|het|die|der|den|das|dem|l'|sulla|sul|sui|nella|nel|sugli|dai|dagli|nos|nas|pelos|pelas)", folded[j]):
                    break
                continue  # "en meta ads o en seo": the preposition before the option
            right.append(words[j])
        if right and cre.fullmatch(_CLAUSE_VERB, fold(right[0])):
            # "genoeg voor Meta ads of kan ik beter eerst aan SEO werken?": the other option is a channel further on, or none
            later = [w for w in words[i + 2:] if fold(w) in _BRANDS or cre.fullmatch(r"[A-Z][A-Z0-9]{1,4}", w)]
            if not later:
                return []
            right = [later[0]]
        if len(left) > 2 and len(right) == 2 and fold(left[-1]) == fold(right[-1]):
            left = left[-2:]  # "recomiendas Pinterest Ads o TikTok Ads": the parallel pair, without the verb before it
        if not left or not right or len(left) > 2 or len(right) > 2:
            continue
        if right[0][:1].isdigit() != left[0][:1].isdigit() and not any(w[:1].isdigit() for w in right[1:] + left[1:]):
            return []  # "1 articolo lungo a settimana o 3 brevi?": the pair is longer than two words, never "settimana" vs "3 brevi"
        pair = [" ".join(left).strip(".-'’"), " ".join(right).strip(".-'’")]
        # "il CBO o l'ABO?", "le SEO ou l'ads ?": the thing, never its elided article ("tra CBO e l'ABO")
        pair = [cre.sub(_ELIDED_ARTICLE, "", o) or o for o in pair]
        if any(all(cre.fullmatch(_OPTION_STOP, fold(w)) for w in o.split()) for o in pair):
            return []  # "sur un sous-domaine ou dans un sous-dossier": an option is a thing, never a lone "dans"
        if any(cre.search(_REQUEST_NOUNS, fold(o)) or len(o) < 2 or o.isdigit() for o in pair):
            return []
        if cre.search(_OTHER_OPTION, fold(pair[1])) or cre.search(_CLAUSE_VERB_ANY, fold(pair[0])):
            return []  # "GA4 chega ou recomenda outra?": a yes/no question with "or another?", never "between GA4 chega and recomenda outra"
        if cre.fullmatch(r"(?:recomiendas|recomienda|recomendarias|recomendaria|recomendas|recomendas|consigli|consiglieresti|consiglia|conseilles|conseillez"
                         r"|conseillerais|conseilleriez|recommend|recommends|suggest|empfiehlst|empfehlen|raad|adviseer)\s+\w+(?:ar|er|ir|re|are|ere|ire|en|ing)", fold(pair[0])):
            return []  # "¿qué me recomiendas estudiar o leer?": what to do, open, never "between recomiendas estudiar and leer"
        if any(_not_a_thing(o) for o in pair):
            return []  # "q curso o recurso", "… artesanal ou é melhor ficar": a question word or a verb, never an option
        # "Google Ads, HubSpot o Meta Blueprint?": every option, never the last two
        k = i - len(left) - 1
        while k >= 1 and words[k] == ",":
            before: list[str] = []
            for j in range(k - 1, max(-1, k - 3), -1):
                if cre.fullmatch(r"[,:;?!]", words[j]) or cre.fullmatch(_OPTION_STOP, folded[j]):
                    break
                before.insert(0, words[j])
            if not before or (len(before) == 2 and not before[0][:1].isupper()):
                break
            pair.insert(0, " ".join(before).strip(".-'’"))
            k -= len(before) + 1
        if not all(_field_option(o) for o in pair):
            return []  # "você usa o ChatGPT … ou só para pesquisa?", "een cursus of gewoon eigen site bouwen": no two things to weigh
        if len(pair) == 2 and all(cre.fullmatch(_LEARN_KIND, fold(o)) for o in pair):
            return []  # "des conseils de formation ou de certification ?": two words for what to learn from, never a choice
        return [_brand_case(o) for o in pair]
    return []


#: A way to learn named bare (folded), with no subject beside it: "formation ou certification", "un corso o una
#: certificazione", "Kurs oder Zertifikat" ask for something to learn from, never a choice between the two.
_LEARN_KIND = (r"(?:(?:de|d'|des|une?|a|an|um|uma|un|una|uno|einen?|eine|een|il|la|le|el|o)\s+)?(?:cours|courses?|cursos?|cors[oi]|kurse?|cursus\w*|opleiding\w*"
               r"|formations?|formacion\w*|formacao|formacoes|formazion\w*|trainings?|weiterbildung\w*|fortbildung\w*|certif\w*|certs?|zertifi\w*"
               r"|certificering\w*|certificaat|certificaten|diplomas?|diplome)")


#: Words of the owner's field an option may name: channels, platforms, tools, kinds of content, ways to learn or work.
_FIELD_WORD = (r"(?:seo|sea|sem|smo|ads?|adwords|pubs?|publicite\w*|advertis\w*|werbung|anzeigen|anuncios?|annunci|advertenties|marketing|branding|display|shopping"
               r"|retargeting|remarketing|pmax|performance|max|instagram|insta|pinterest|tiktok|facebook|fb|linkedin|google|youtube|shopify|wordpress|wix|etsy|amazon"
               r"|meta|hubspot|ga4|matomo|semrush|ahrefs|sistrix|chatgpt|gpt|claude|gemini|mistral|copilot|jasper|canva|mailchimp|brevo|klaviyo|woocommerce|prestashop"
               r"|twitter|x|threads|snapchat|bing|vinted|ia|ai|ki|contents?|contenus?|contenidos?|contenuti|conteudos?|inhalte?|blogs?|blogging|newsletters?|e-?mails?"
               r"|emailing|mailing|videos?|reels?|stories|shorts|posts?|articles?|artikel|articulos?|articoli|artigos?|social|sociales|sociais|paid|organi\w*|influenc\w*"
               r"|referencement|posicionamiento|backlinks?|netlinking|keywords?|local|e-?commerce|sites?|websites?|webshops?|landing|pages?|analytics|tracking|cro|ux"
               r"|copywriting|redaction|podcasts?|webinars?|cours|courses?|cursos?|cors[oi]|kurse?|kursen|cursus\w*|opleiding\w*|formations?|formacao|formazione"
               r"|ausbildung|weiterbildung|bootcamps?|certif\w*|certs?|zertifi\w*|masters?|mba|stages?|internships?|alternance|freelances?|freelancer|freelancing"
               r"|selbststandig\w*|agenc\w*|agenzi\w*|agentur\w*|bureaus?|cdi|cdd|in-?house|inhouse|startups?|scale-?ups?|konzern|corporate|media|medien|campagn\w*|campaigns?"
               r"|kampagn\w*|audits?|strateg\w*|funnels?|leads?|crm|automation|community|communaute|comunidad|comunita|comunidade|pr|relations|presse|press"
               r"|salons?|fairs?|messen?|meetups?|afterworks?|networking|ferias?|fiere|events?|evenements?|eventos?|eventi|flyers?|print|radio|tv|television|sms|whatsapp|telegram|discord|reddit|quora"
               r"|marketplaces?|product|produit|produkt|producto|prodotto|produto|feed|merchant|search|recherche|suche|busqueda|ricerca|pesquisa|zoek\w*"
               # the form of a service or a job: "présentiel ou visio", "projet ou retainer", "stage of eerste baan", "hbo of wo"
               r"|presentiel|visio|remote|remotely|remoto|online|distance|telephone|phone|telefono|telefone|telefoon|telefon|call|appel|zoom|teams"
               r"|proje[ck]t\w*|projects?|proyectos?|progett\w*|mensual\w*|monthly|mensuel\w*|retainer|forfait|abonnement\w*|recording|enregistrement|slides"
               r"|subdomain|subfolder|sous-domaine|sous-dossier|long|tail|topic|clusters?|data|data-analyse|analyse|analysis|trafego|trafico|traffic|trafic|traffico"
               r"|midia|pago|paga|jobs?|baan|banen|emploi|empleo|lavoro|emprego|vagas?|stellen?|full-time|part-time|roles?|opdrachten|missions?|aziende|empresas?"
               r"|entreprises?|unternehmen|bedrijven|companies|hbo|wo|mbo|consumenten|consumers|clients?|kunden|klanten|b2b|b2c|portfolio|portfolios|cpc|mestrado"
               r"|english|anglais|englisch|engels|ingles|inglese|french|francais|franzosisch|frans|frances|francese|spanish|espagnol|spanisch|spaans|espanol"
               r"|italian|italien|italienisch|italiaans|italiano|portuguese|portugais|portugiesisch|portugees|portugues|portoghese|german|allemand|deutsch|duits|aleman"
               r"|tedesco|alemao|dutch|neerlandais|niederlandisch|nederlands|holandes|olandese)")
#: Words that say the "option" is the sender or the owner doing something, never a thing to weigh ("você usa", "posts yourself").
_PERSON_WORD = (r"(?:i|you|yourself|myself|me|je|tu|vous|toi|moi|ich|du|sie|mich|dich|yo|usted|io|eu|voce|vc|jij|ik|u|zelf|selbst|moi-meme|toi-meme|ti|mi|te"
                r"|sozinh[oa]|solo|sola|solos|allein|alleen|seul|seule|alone)")


def _field_option(option: str) -> bool:
    """An option of an either/or the owner can weigh: a noun phrase naming something of her field (a channel, a tool,
    a kind of content, a way to learn or to work), never a person doing something ("você usa", "aprender sozinha")."""
    words = [cre.split(r"['’]", fold(w).strip(".,'’"))[-1] for w in option.split()]  # "l'emailing": the noun after the elided article
    if not words or any(cre.fullmatch(_PERSON_WORD, w) for w in words):
        return False
    if any(cre.fullmatch(r"[a-z]{3,}(?:ar|er|ir|are|ere|ire|en|ing|es|as|is|ons|ez|iamo|ate|amos|emos|imos)", w) and not cre.fullmatch(_FIELD_WORD, w)
           for w in words[:1] if w):
        # "utilises ChatGPT", "usas IA", "bouwen": a verb, never an option; "ads", "articles", "stories" are field words
        if not any(cre.fullmatch(_FIELD_WORD, w) for w in words) or any(cre.fullmatch(r"(?:usas|usa|uses|use|utilise|utilises|utilisez|nutzt|nutzen|usi|usate|utilizzi"
                                                                                      r"|gebruik|gebruikt|utilizas|utiliza|escribes|escreve|schreibst|scrivi|schrijf|schrijft|write|writes|ecris)", w) for w in words):
            return False
    # a brand or proper name ("Semrush", "Ahrefs") or a word of the field
    return any(cre.fullmatch(_FIELD_WORD, w) for w in words) or any(cre.split(r"['’]", o)[-1][:1].isupper() for o in option.split())


_ARTICLE = r"(?:le|la|les|l'|el|los|las|o|a|os|as|il|lo|i|gli|the|het|de|der|die|das|dem|den|du|des|un|une|a|an|um|uma|een)"


def _between_options(question: str) -> list[str]:
    """The two things named after "between" ("entre SEO e social ads", "zwischen SEO und SEA", "tra SEO e ads"), or [].

    >>> _between_options("Acabei o curso de marketing e estou indeciso entre SEO e social ads"), _between_options("I'm torn between SEO and paid media.")
    (['SEO', 'social ads'], ['SEO', 'paid media'])
    """
    m = cre.search(r"(?i)\b(?:entre|between|zwischen|tussen|tra|fra)\s+(?:" + _ARTICLE + r"\s+)?([\w.+'’-]+(?:\s[\w.+'’-]+)?)\s+"
                   r"(?:e|y|and|et|und|en|ou|or|o|oder|of)\s+(?:" + _ARTICLE + r"\s+)?([\w.+'’-]+(?:\s[\w.+'’-]+)?)", question)
    if not m:
        return []
    pair = []
    for option in m.groups():
        words = option.split()
        while words and cre.fullmatch(_OPTION_STOP, fold(words[-1])):
            words.pop()  # "entre SEO y ads para mi tienda": the option ends before "para"
        if not words or any(cre.fullmatch(_OPTION_STOP, fold(w)) for w in words):
            return []
        pair.append(" ".join(words).strip(".-'’"))
    if any(_not_a_thing(o) or cre.search(_REQUEST_NOUNS, fold(o)) or len(o) < 2 for o in pair) or fold(pair[0]) == fold(pair[1]):
        return []
    if any(o[:1].islower() and cre.fullmatch(r"\w+(?:ar|er|ir|re|ren)(?:me|se|te|mi|si|ti)?|speciali[sz]\w*|spezialisier\w*", fold(o.split()[0])) for o in pair):
        return []  # "dudo entre especializarme en SEO o en paid media": a verb, the options come after it
    return [_brand_case(o) for o in pair]


#: Words an option never starts with: a question word (texting "q" for "qué"), a pronoun.
_QUESTION_WORDS = (r"q|k|ke|que|qual|quais|quale|quali|cual|cuales|what|which|quel|quelle|quels|quelles|welke|welk|wat|welche|welcher|welches"
                   r"|was|cosa|che|how|como|come|comment|wie|hoe|this|that|esto|eso|isso|isto|questo|quello|ca|cela|dit|dat|das")
#: Verbs that are no option ("ou é melhor ficar pelo Instagram": "ficar" is the way to stay, the option is Instagram).
_OPTION_VERBS = (r"ficar|continuar|seguir|manter|quedarme|quedarse|quedar|mantener|restare|rimanere|continuare|rester|continuer|garder"
                 r"|bleiben|weitermachen|blijven|doorgaan|stay|stick|keep|continue|wait|esperar|aspettare|attendre|warten|wachten|fazer|hacer|fare|faire"
                 r"|usar|utilizar|usare|utiliser|use|gebruiken|nutzen|ir|andare|aller|go|gaan|voy|vou|vado|ser|estar|essere|etre|be|sein|zijn")


#: Placement words: "en dessous ou au-dessus", "above or below", "oben oder unten" (folded).
_POSITION_WORDS = (r"dessous|dessus|au-dessus|en-dessous|au|en|above|below|over|under|underneath|top|bottom|oben|unten|daruber|darunter|arriba|abajo"
                   r"|encima|debajo|sopra|sotto|acima|abaixo|em cima|embaixo|boven|onder|bovenaan|onderaan|avant|apres|before|after|vor|nach|antes|despues|prima|dopo|depois|voor|na")


def _not_a_thing(option: str) -> bool:
    """An "option" that is a question word, a verb or a clause, never a noun phrase to choose."""
    words = [fold(w) for w in option.split()]
    if not words:
        return True
    if cre.fullmatch(_QUESTION_WORDS, words[0]) or any(cre.fullmatch(_OPTION_VERBS, w) for w in words):
        return True
    if all(cre.fullmatch(_POSITION_WORDS, w) for w in words):
        return True  # "en dessous ou au-dessus des photos": where to put a thing, never two things to weigh
    # a lone lower-case Romance infinitive ("investir", "aspettare"); brands and nouns ("Twitter", "newsletter") are not
    return len(words) == 1 and option[:1].islower() and bool(cre.fullmatch(r"[a-z]{3,}(?:ar|ir|are|ire|ere)", words[0]))




def _brand_case(option: str) -> str:
    """"meta ads" → "Meta ads", "instagram" → "Instagram": a brand's own spelling, the rest as written."""
    return " ".join(_BRANDS.get(fold(w), w) for w in option.split())


def _last_question(text: str) -> str:
    """The note's last sentence that ends with a question mark (whole, however long), or "".

    A greeting's "how are you?" ("Tudo bem?", "Ça va ?", "Come stai?") asks nothing to answer.

    >>> _last_question("Oi Camille! Tudo bem? A gente se conheceu no RD Summit. Bora manter contato")
    ''
    """
    for a, b in reversed(core_clauses(text)):
        if text[a:b].rstrip().endswith("?") and not cre.fullmatch(_SMALL_TALK_Q, fold(text[a:b]).strip()):
            return text[a:b]
    return ""


def small_talk(question: str) -> bool:
    """Is this question a "how are you?" ("Wie geht's dir so?", "Hoe is het met je?"), asking nothing on her work?

    >>> small_talk("Hoe gaat het met je?"), small_talk("Wie geht's dir so?"), small_talk("Hoe gaat het met je shop?")
    (True, True, False)
    """
    q = cre.sub(r"\s+(?:so|denn|eigentlich|inzwischen|tegenwoordig|nu|these days|lately|ultimamente|ahora|agora)(?=\W*\?)", "", fold(question).strip())
    q = cre.sub(r"\bwie geht'?s (?=dir|ihnen)", "wie geht es ", cre.sub(r"\bhoe is het met (?:je|jou|u)\b", "hoe is het", q))
    return bool(cre.fullmatch(_SMALL_TALK_Q, q))


#: A greeting's question, asking nothing (folded, the whole sentence).
#: ("e aí, tudo bem?", "opa, tudo certo?", "fala, beleza?": a Brazilian greeting word before it too)
_SMALL_TALK_Q = (r"\W*(?:(?:oi|ola|hi|hello|hey|salut|coucou|bonjour|hallo|hola|ciao|hoi|dag|e ai|eai|opa|fala|salve|buenas)\W+(?:\w+\W+)?)?"
                 r"(?:tudo bem|tudo bom|tudo certo|td bem|beleza|blz|como vai(?: voce)?|como estas|como esta|(?:que|q|k) tal(?: todo(?: bien)?)?|como va todo|(?:comment )?ca va|comment vas-tu|comment allez-vous"
                 r"|how are you(?: doing)?|how'?s it going(?: with you)?|wie lauft(?:'?s| es)(?: bei (?:dir|ihnen|euch))?|como te va|come ti va|hoe gaat het ermee|how are things|how'?s everything(?: going)?|wie geht'?s|wie geht es (?:dir|ihnen)|alles gut|alles klar"
                 r"|come stai|come sta|come va(?: tutto)?|tutto bene|hoe gaat het(?: met (?:je|jou|u))?|alles goed|hoe is het"
                 # "How's Lyon treating you?", "Comment ça se passe à Lyon ?", "¿Qué tal por Lyon?": how life goes in her city
                 r"|how'?s (?:life in )?[\w-]+(?: [\w-]+)? treating you|how'?s life(?: in [\w-]+(?: [\w-]+)?)?"
                 r"|comment (?:ca se passe|ca va|se passe la vie) a [\w-]+(?: [\w-]+)?|(?:que tal|como te va) (?:por|en) [\w-]+(?: [\w-]+)?"
                 r"|come (?:ti trovi|va|si sta) a [\w-]+(?: [\w-]+)?|como (?:esta a ser|vai a vida em|estao as coisas em) [\w-]+(?: [\w-]+)?"
                 r"|wie (?:gefallt|gefaellt) (?:dir|ihnen) [\w-]+(?: [\w-]+)?|wie ist (?:das leben in )?(?!(?:ihr|dein|euer|der|die|das)\w*\b)[\w-]+(?: [\w-]+)?|hoe bevalt [\w-]+(?: [\w-]+)?)\W*\?\W*")
