"""Comparing two field spans directly, across languages: for fields the lexicon does not know.

When an owner's phrase names a field the lexicon of :mod:`invitriage.benefit.roles` does not know
("students in aircraft maintenance", "estudiantes de turismo", "studenten archeologie"), the phrase's
field words are compared with the words of the headline's own field span (what is left of the role's
segment once the titles and the employer are taken out):

- folded *cognate stems*: the spelling differences between the seven languages are levelled
  (ch/qu/k → c, ph → f, th → t, y → i, z → s, doubled letters, ou/oe → u, ae → e) and a few
  well-known vowel shifts (chem-/chim-/quím-, musi-/muzi-, produc-/produz-/produk-); two words are
  cognates when their levelled forms share a long enough beginning: "turismo" ~ "Tourismus" ~
  "toerisme", "archeologie" ~ "arqueología" ~ "Archäologie", "musea" ~ "museum".
- *compounds* (German, Dutch) are split on the words of the other side and on common heads
  ("Tourismusmanagement" → tourismus + management, "Hotelfachschule" → hotel + fach + schule,
  "toerisme-opleiding" → toerisme + opleiding), so that a part may be the cognate.
- a headline whose field words are all among the phrase's, and fewer, names a broader field
  ("Biologie" for "biologia marinha"): no.

What the stems cannot decide goes to the sentence encoder, on the two field spans alone, with a
margin against the lexicon's other fields (see :class:`invitriage.benefit.matcher.BenefitMatcher`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from invitriage import rxcache
from invitriage.judge.normalize import fold

# words that say nothing of the field: links, study and degree words, seniority, generic organisation words
_NOT_FIELD = set("""
in of en de des du d l la le les and or et ou the a an y o e und oder von im di del della dei delle degli da do dos das
van het voor for pour para fur per at chez bei presso bij with avec mit con com met my mon ma mes el los las il lo gli i
un une una uno um uma een der die den dem des zur zum al au aux nel nella nei no na nos nas op te ter
student students studente studenti studentessa studentin studenten studierende etudiant etudiante etudiants estudiante
estudiantes estudante estudantes alumno alumna aluno aluna undergraduate undergrad postgraduate candidate phd msc bsc ma ba
master masters bachelor licence laurea grado licenciatura magistrale triennale semestre semester year annee ano anno jaar
jahr cursus course curso corso opleiding studium studie studies study studiengang ausbildung formation formacion formacao
formazione degree diplome diploma graduate graduated graduada graduado recien recem neo pas net afgestudeerd afgestudeerde
frisch examiniert junior junge junger jungen jeune jeunes young giovane giovani joven jovenes jovem jovens jonge jong
senior new nouveau nouvelle nuevo nueva nuovo nuova novo nova nieuw nieuwe neu neue neuer
university universite universidad universita universidade universitat universiteit uni hochschule hogeschool school ecole
escuela scuola escola college institute institut instituto istituto faculty faculte facultad faculdade politecnico
grand grande grandes big large small petit petite petites pequena pequeno pequenas pequenos klein kleine kleiner kleinen
piccola piccolo piccole piccoli kleine
company companies entreprise entreprises empresa empresas unternehmen azienda aziende impresa imprese bedrijf bedrijven
business businesses firm firms sector secteur sector settore setor sektor branche industry industrie industria
hired recruited qualified registered licensed certified appointed assunti neoassunti eingestellt contratados contratadas titulados tituladas diplomados formados gediplomeerd zertifiziert certifie certifiee abilitata abilitato neoabilitata neoabilitato bereich bereichen domaine domaines domain domains field fields area areas ambito campo gebied vakgebied specialisation specialization specialite especialidad specializzazione especializacao dell dall nell sull corsi cursos cours kurse
programa programas programme programmes program programs programma programmi programm programmen """.split())

# "science of": no field by itself, but the encoder reads "materials science" better than "materials"
_SCIENCE = set("science sciences scienza scienze ciencia ciencias ciencia wissenschaft wissenschaften wetenschap wetenschappen kunde".split())

# common heads of German and Dutch compounds (folded): "Tourismusmanagement", "Hotelfachschule", "toerisme-opleiding"
_HEADS = ("management", "manager", "managerin", "wissenschaften", "wissenschaft", "wissenschaftler", "technik", "techniker",
          "technologie", "kunde", "kundige", "schule", "school", "studium", "studie", "student", "studentin", "studierende",
          "opleiding", "fach", "leiter", "leiterin", "leitung", "planung", "planer", "planerin", "entwicklung", "entwickler",
          "ontwikkelaar", "produktion", "productie", "design", "designer", "wirtschaft", "wesen", "bau", "beheer", "onderzoek",
          "forschung", "forscher", "mechaniker", "mechanikerin", "monteur", "onderhoud", "wartung", "instandhaltung",
          "berater", "beraterin", "adviseur", "amt", "abteilung", "afdeling", "bedrijf", "betrieb", "haus", "huis", "museum",
          "zentrum", "centrum", "verband", "verein", "agentur", "buro", "bureau", "studio", "wetenschap", "wetenschappen",
          "ingenieur", "ingenieurin", "kunst", "lehre", "lehrling", "praktikant", "praktikantin", "medewerker",
          "importeur", "importeure", "importeurin", "importer", "handler", "handlerin", "handel", "direktor", "direktorin",
          "directeur", "grunder", "grunderin", "inhaber", "inhaberin", "eigenaar", "oprichter", "studentin", "studenten")
# heads that name the person, not the field: "Weinimporteur" is wine, "Chemiestudentin" chemistry
_PERSON_HEADS = {"importeur", "importeure", "importeurin", "importer", "handler", "handlerin", "direktor", "direktorin", "directeur",
                 "grunder", "grunderin", "inhaber", "inhaberin", "eigenaar", "oprichter", "student", "studentin", "studenten",
                 "studierende", "leiter", "leiterin", "leitung", "manager", "managerin", "praktikant", "praktikantin", "lehrling",
                 "medewerker"}
_LINKING = ("s", "es", "en", "n", "e", "er")

# spelling levelled across the seven languages (on folded text)
_LEVEL = [(rxcache.compile(p), r) for p, r in (
    (r"^(?:chem|chim|quim|kem|chym)", "#xm"), (r"^(?:scheikund)", "#xmic"),  # chemistry; Dutch "scheikunde"
    (r"^(?:produ[ckz]|produç)", "produc"), (r"^mu[sz]i(?:e?[ck]|qu)", "musik"),
    (r"^(?:turis|touris|toeris)", "turis"), (r"^(?:hote|hôte)", "hote"),
    (r"^e(?=s[bcdfgklmnpqtvw])", ""),  # the Spanish and Portuguese e- before s: "estudio" ~ "studio", "especial" ~ "special"
    (r"ph", "f"), (r"th", "t"), (r"qu(?=[ei])", "k"), (r"qu", "cu"), (r"ch", "c"), (r"ck", "k"), (r"k", "c"), (r"y", "i"),
    (r"z", "s"), (r"ou", "u"), (r"oe", "u"), (r"ae", "e"), (r"ue", "u"), (r"ij", "i"), (r"w", "v"), (r"(.)\1", r"\1"),
)]
_ENDING = rxcache.compile(r"(?:innen|ungen|ismus|ismo|isme|ien|eren|ern|ung|ion|ione|iones|ions|cao|coes|ao|oes|ia|ie|ies|y|ei|"
                     r"[aeiou]s|ium|um|us|in|en|er|es|s|[aeiou])$")
MIN_STEM = 4


def unsharp(text: str) -> str:
    """"ß" written "ss", as Swiss German does and as every pattern of the lexicon spells it ("Großhandel" → "Grosshandel").

    :func:`fold` keeps one character per character, so the text is respelled before it is folded: the headline
    or phrase itself, once, where it is read (the folded and the written text then keep the same places).

    >>> unsharp("Großbrauerei STRAẞE")
    'Grossbrauerei STRASSE'
    """
    return text.replace("ß", "ss").replace("ẞ", "SS") if "ß" in text or "ẞ" in text else text


@lru_cache(maxsize=8192)
def level(word: str) -> str:
    """A word's spelling levelled across languages: 'Tourismus' → 'turismus', 'Archäologie' → 'arcaologie', 'química' → '#xmica'."""
    w = fold(word)
    for rx, rep in _LEVEL:
        w = rx.sub(rep, w)
    return w


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The levelled word without its ending (never shorter than MIN_STEM): 'musea' → 'muse', 'turismo' → 'turism'."""
    w = level(word)
    s = _ENDING.sub("", w)
    return s if len(s) >= MIN_STEM else w[:max(MIN_STEM, len(s))]


def cognate(a: str, b: str) -> bool:
    """Two words of one field in two languages: 'turismo' ~ 'toerisme', 'chimica' ~ 'Chemie', not 'museum' ~ 'music'.

    >>> cognate("arqueologia", "archeologie"), cognate("musea", "museum"), cognate("museum", "musik")
    (True, True, False)
    """
    la, lb = level(a), level(b)
    if la.startswith("#xm") and lb.startswith("#xm"):
        return True  # chem-, chim-, quím-, kem-, scheikunde: the one root the spelling rules cannot level
    sa, sb = stem(a), stem(b)
    if min(len(sa), len(sb)) < MIN_STEM:
        return sa == sb
    n = _common(sa, sb)
    if n >= min(len(sa), len(sb), 6) or (n >= 5 and n >= 0.7 * min(len(sa), len(sb))):
        return True
    # the same consonants where only the vowels differ: "Archäologie" ~ "archeologie", "imker" ~ "Imkerei"
    ka, kb = _skeleton(sa), _skeleton(sb)
    return min(len(ka), len(kb)) >= 4 and _common(ka, kb) >= min(len(ka), len(kb), 5)


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _skeleton(s: str) -> str:
    """The first letter and the consonants after it: 'arceolog' → 'arclg'."""
    return s[:1] + re.sub(r"[aeiou]", "", s[1:])


@lru_cache(maxsize=8192)
def split_compound(word: str, known: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A German or Dutch compound cut into its words, on common heads and on ``known`` words (folded).

    >>> split_compound("tourismusmanagement"), split_compound("hotelfachschule"), split_compound("toerisme-opleiding")
    (('tourismus', 'management'), ('hotel', 'fach', 'schule'), ('toerisme', 'opleiding'))
    """
    word = fold(word)
    if "-" in word:
        return tuple(p for part in word.split("-") if part for p in split_compound(part, known))
    heads = sorted(set(_HEADS) | {k for k in known if len(k) >= MIN_STEM}, key=len, reverse=True)
    for head in heads:
        if word.endswith(head) and len(word) - len(head) >= 3:
            rest = word[: -len(head)]
            for link in ("",) + _LINKING:
                if link and not rest.endswith(link):
                    continue
                left = rest[: len(rest) - len(link)] if link else rest
                if len(left) >= 3:
                    return split_compound(left, known) + (head,)
    for k in known:  # a known word at the start: "musikproduktion" ← "musik"
        if len(k) >= MIN_STEM and word.startswith(k) and len(word) - len(k) >= 3:
            return (k,) + split_compound(word[len(k):].lstrip("s-") or word[len(k):], known)
    for i in range(3, len(word) - 3):  # a cognate of a known word at the end: "spezialchemie" ← "chimiche"
        if any(len(k) >= MIN_STEM and cognate(k, word[i:]) for k in known):
            return (word[:i], word[i:])
    return (word,)


# role nouns of phrases the role table does not know by their plural or their trade ("analysts", "technicians")
_ROLE_WORD = rxcache.compile(r"(?:analyst|technic|tecnic|techni[ck]|expert|specialist|professional|profession|assistant|officer|"
                        r"consultant|advis|dottorand|doctorand|doutorand|promovend|diplom|neoassunt|promot)\w*$")


# person nouns by their agent endings in the seven languages (folded): "bibliothécaires", "Produzenten", "Kameraleute",
# "cervejeiros", "guionistas", "redattori", "bibliothecaris", "brewers" — a phrase's role the lexicon has no kind for
_AGENT = rxcache.compile(r"^[a-z]{3,}(?:aires?|ari[oa]s?|ario|aris(?:sen)?|ar(?:in|innen)|arin|aar(?:s|ster)?|eu(?:r|rs|se|ses)|"
                    r"ist(?:a|as|e|es|en|in|innen|s)?|eir[oa]s?|er[oa]s|(?<!mat)(?<!dat)er(?:in|innen|s)|[dt]or(?:a|as|es|en|in|innen|s)?|"
                    r"[st]ore|[st]ori|tric[ei]|trices?|leute|mann|frau|vrouw|ent(?:in|innen|en)|ians?)$")


def agent_word(word: str) -> bool:
    """A word that names a person by its ending, not a field: 'bibliothécaires', 'Produzentinnen', 'Kameraleute'.

    >>> [agent_word(w) for w in ("bibliothecaires", "produzenten", "kameraleute", "dokumentarfilmen", "biblioteca")]
    [True, True, True, False, False]
    """
    return bool(_AGENT.match(fold(word)))


def role_word(word: str) -> bool:
    """A word that names a kind of worker, not a field: 'analysts', 'technicians', 'dottorandi'."""
    return bool(_ROLE_WORD.match(fold(word)))


def words(text: str, science: bool = False, written: bool = False) -> list[str]:
    """The field words of a text (folded), without link, study, degree and seniority words (nor "science of", unless asked);
    ``written``: as written, in lower case with their accents (the encoder reads "Reisebüro" better than "reiseburo")."""
    out = []
    for token in re.split(r"[^\w&]+", text):
        w = fold(token)
        if len(w) > 1 and w not in _NOT_FIELD and not w.isdigit() and not role_word(w) and (science or w not in _SCIENCE):
            out.append(token.lower() if written else w)
    return out


def parts(text: str, known: tuple[str, ...] = ()) -> list[str]:
    """The field words of a text with their compounds split: "Werkstoffwissenschaften" → werkstoff, wissenschaften."""
    out: list[str] = []
    for w in words(text):
        out.append(w)
        pieces = split_compound(w, known)
        if len(pieces) > 1:
            out.extend(p for p in pieces if p not in _NOT_FIELD)
    return out


# field words of one meaning whose languages use different roots (folded): a library is a "bibliothèque", a "Bücherei",
# a "médiathèque", a university's SCD (service commun de documentation)
_SYNONYMS = {label: rxcache.compile(p) for label, p in (
    ("library", r"(?:\w*bibliot\w*|\w*biblioth\w*|\w*librar(?:y|ies|ian|ians)|\w*bucherei\w*|\w*mediat(?:h)?e[ck]\w*|scd)$"),
    # books, book fairs and children's books under their roots in the seven languages
    ("book", r"(?:livres?|libros?|livros?|libri|buch\w*|bucher\w*|boek\w*|books?|edition|edicion|editoria|edicao|verlag\w*|uitgeverij\w*|uitgeef\w*|publishing)$"),
    ("fair", r"(?:salons?|fairs?|ferias?|fier[ae]|feiras?|\w*messen?|\w*beurs(?:en)?|festivals?)$"),
    ("children", r"(?:jeunesse|kinder\w*|jugend\w*|children'?s?|infanti\w*|juvenil\w*|ragazzi|bambini|infanto-?juvenil|kinderboek\w*|jeugd\w*)$"),
    # shared for all ("bicicleta compartida", "bike sharing", "vélo en libre-service", "deelfietsen")
    ("sharing", r"(?:compartid\w*|compartilhad\w*|partage\w*|libre-service|\w*sharing|share|shared|condivis\w*|gedeeld\w*|deel\w+)$"),
)}


def _family(word: str) -> str:
    w = fold(word)
    return next((label for label, rx in _SYNONYMS.items() if rx.match(w)), "")


def _found(word: str, hparts: list[str]) -> bool:
    lw = level(word)
    s = stem(word)
    family = _family(word)
    return any(cognate(word, h) or (len(s) >= 5 and s in level(h)) or (len(lw) >= 5 and lw in level(h)) or (family and _family(h) == family)
               for h in hparts)


def split_words(text: str) -> str:
    """The field words of a text as written, for the encoder, without the person a compound names: "Weinimporteur" →
    "wein", "Fluggerätmechaniker" stays whole."""
    out = []
    for w in words(text, science=True, written=True):
        pieces = split_compound(w)
        if len(pieces) > 1 and any(p in _PERSON_HEADS for p in pieces):
            at, kept = 0, []
            for p in pieces:  # fold keeps the length: the written parts are at the same places
                if p not in _PERSON_HEADS:
                    kept.append(w[at:at + len(p)])
                at += len(p)
            out.append(" ".join(kept))
        elif fold(w) not in _PERSON_HEADS:
            out.append(w)
    return " ".join(x for x in out if x)


def title_field_words(title: str) -> str:
    """What a compound title says of the field: "Weinimporteur" → "wein", "Importer" → ""."""
    pieces = [p for w in words(title) for p in split_compound(w)]
    return " ".join(p for p in pieces if p not in _PERSON_HEADS) if len(pieces) > 1 else ""


def _ending(word: str) -> str:
    s = stem(word)
    return s[-4:] if len(s) >= 6 else ""


def compare(phrase: str, headline: str) -> str:
    """How a headline's field span stands to a phrase's field: "same" (every field word of the phrase has a cognate
    in the headline), "broader" (the headline's words are some of the phrase's, not all: "Biologie" for
    "biologia marinha"), "other" (a sibling discipline: "geologia" for "archeologie"), "" (the stems cannot tell).

    >>> compare("turismo", "Tourismusmanagement"), compare("biologia marinha", "biologie"), compare("chimica", "Chemiestudentin")
    ('same', 'broader', 'same')
    """
    pw = words(phrase)
    if not pw:
        return ""
    hp = parts(headline, tuple(level(w) for w in pw) + tuple(fold(w) for w in pw))
    if not hp:
        return ""
    covered = [w for w in pw if _found(w, hp)]
    if len(covered) == len(pw) or (len(pw) >= 3 and len(covered) >= len(pw) - 1):
        return "same"  # of three words or more, one may go unsaid: "game studio" for "indie game studios"
    hw = words(headline)
    if covered and hw and all(any(cognate(h, w) for w in pw) for h in hw):
        return "broader"
    if not covered and any(_ending(w) and _ending(w) == _ending(h) for w in pw for h in hp):
        return "other"  # the same kind of word from another root: "geologia", "anthropology" for "archeologie"
    return ""


def some_shared(phrase: str, headline: str) -> bool:
    """Some field word of the phrase has a cognate in the headline (a part of the field said the same way)."""
    pw = words(phrase)
    hp = parts(headline, tuple(fold(w) for w in pw))
    return any(_found(w, hp) for w in pw)


def shown(text: str) -> str:
    """A span as the evidence shows it: its field words, folded."""
    return " ".join(words(text))
