"""Can the sender benefit from the connection? Matching headlines and notes to the owner's profile.

A phrase of ``help_whom`` or ``meet_whom`` is split into a *role* (student, founder, freelancer,
executive, job seeker…, recognised in seven languages) and a *field* (the rest, or the owner's
``offer`` when the phrase is only a role). A headline matches when it names the phrase's role (if
the phrase names one) and its meaning is close to the field — multilingual sentence embeddings,
so a French headline matches English phrases:

    score = cosine(headline, field) + ROLE_BONUS (when the phrase names a role and the headline has it)

and a match needs score >= benefit_threshold. A phrase's role is required: "students in digital
marketing" never matches a marketing manager, however close the field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .normalize import fold

ROLE_BONUS = 0.2
OFFER_SLACK = 0.1

# role -> folded-text patterns, all seven languages together
ROLES: dict[str, str] = {
    "student": r"\b(?:students?|etudiant\w*|estudiantes?|student\w*|studente(?:ssa)?|studenti|estudantes?|alun[oa]s?|master\w*|mba|"
               r"alternan\w+|apprenti\w*|interns?|internship|stagiaire|stagiair|becari[oa]s?|praktikant\w*|tirocinante|estagiari[oa]|werkstudent\w*|"
               r"graduates?|jeune diplome\w*|recien graduad\w*|absolvent\w*|neolaureat\w*|recem-formad\w*|afgestudeerd\w*|doctorant\w*|phd)\b",
    "founder": r"\b(?:founders?|co-?founders?|fondat(?:eur|rice|ore)\w*|co-?fondat\w*|fundador\w*|grunder\w*|mitgrunder\w*|oprichter\w*|"
               r"ceo|owner|gerant\w*|dirigeant\w*|proprietaire|entrepreneu\w*|emprendedor\w*|unternehmer\w*|imprendit\w*|empreendedor\w*|"
               r"ondernemer\w*|inhaber\w*|duen[oa]|titolare|socio|socia|eigenaar|zaakvoerder|chef d'entreprise|artisan\w*|"
               r"createur d'entreprise|creatrice d'entreprise|creat(?:eur|rice) de)\b",
    "freelancer": r"\b(?:freelance\w*|independant\w*|autonom[oa]|autonom[oa]s?|freiberufl\w*|selbststandig\w*|libero professionista|"
                  r"autonom[oa]|zzp\w*|zelfstandig\w*|consultant(?:e)? independant\w*)\b",
    "executive": r"\b(?:cmos?|directors?|directeur\w*|directrice\w*|director[ae]?s?|direktor\w*|direttor[ei]|direttrice|diretor[ae]?s?|directeur|"
                 r"head of|cmo|ceo|cco|vp|vice[- ]president\w*|chief \w+ officer|leiter\w*|leitung|responsable|responsabile|hoofd|"
                 r"chef de service)\b",
    "job_seeker": r"(?:#?open ?to ?work|en recherche|looking for (?:a )?(?:new )?(?:job|role|position|opportunit)|job ?seeker|"
                  r"en busqueda|busco (?:empleo|trabajo)|auf (?:der )?(?:jobsuche|suche)|in cerca di|procuro|em busca de|op zoek naar)",
}
_ROLE_RX = {role: re.compile(p) for role, p in ROLES.items()}


def roles_of(text: str) -> set[str]:
    """Roles named in a headline or phrase.

    >>> sorted(roles_of("Étudiante en Master Marketing Digital"))
    ['student']
    >>> sorted(roles_of("Gründerin von Kaffeeliebe, Online-Shop"))
    ['founder']
    """
    folded = fold(text)
    return {role for role, rx in _ROLE_RX.items() if rx.search(folded)}


def _field(phrase: str) -> str:
    """The phrase without its role words and linking words: 'students in digital marketing' → 'digital marketing'."""
    folded = fold(phrase)
    for rx in _ROLE_RX.values():
        folded = rx.sub(" ", folded)
    words = [w for w in re.split(r"[^\w'-]+", folded) if w and w not in _LINKING]
    return " ".join(words)


_LINKING = {"in", "of", "en", "de", "des", "du", "la", "le", "les", "and", "or", "et", "ou", "who", "qui", "the", "a", "an",
            "y", "o", "e", "und", "oder", "von", "im", "di", "del", "della", "da", "do", "dos", "das", "van", "het", "for", "pour", "para", "fur", "per", "voor", "want", "to", "my", "mon", "ma", "mes", "field", "domaine",
            # Kinds of organisation that a headline rarely states: the role alone is checked.
            "small", "smaller", "petite", "petites", "petit", "pequenas", "pequenos", "kleine", "piccole", "business", "businesses", "company", "companies", "entreprise", "entreprises", "empresa", "empresas", "unternehmen",
            "aziende", "azienda", "bedrijf", "bedrijven", "tpe", "pme", "smes", "sme", "startup", "startups", "shop", "shops",
            "boutique", "boutiques", "e-shop", "e-shops", "online", "brands", "brand", "marques", "marque"}


def _shown(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "…"


@dataclass(frozen=True)
class Match:
    kind: str  # "help_whom", "meet_whom" or "offer"
    phrase: str
    source: str  # "headline" or "note"
    text: str
    score: float

    def evidence(self) -> dict[str, str]:
        label = {"help_whom": "benefit", "meet_whom": "want_to_meet", "offer": "benefit"}[self.kind]
        return {"rule": label, "quote": f"{self.source} '{self.text}' matches '{self.phrase}'"}


@dataclass
class _Target:
    kind: str
    phrase: str
    roles: set[str]
    fields: list[str]


class BenefitMatcher:
    """Scores headlines and notes against the owner's help_whom, meet_whom and offer phrases."""

    def __init__(self, help_whom: Sequence[str], meet_whom: Sequence[str], offer: Sequence[str], threshold: float):
        self.threshold = threshold
        self.targets: list[_Target] = []
        for kind, phrases in (("help_whom", help_whom), ("meet_whom", meet_whom)):
            for phrase in phrases:
                field = _field(phrase)
                roles = roles_of(phrase)
                if len(field) < 3 and not roles:
                    field = phrase
                # An empty field means the role alone decides ("small business owners", "students").
                self.targets.append(_Target(kind, phrase, roles, [field] if len(field) >= 3 else []))
        # A note asking about something the owner offers also benefits (no role needed).
        for phrase in offer:
            self.targets.append(_Target("offer", phrase, set(), [phrase]))

    @property
    def active(self) -> bool:
        return bool(self.targets)

    def match(self, items: Sequence[tuple[str, str]]) -> list[list[Match]]:
        """For each (headline, note), the matches above the threshold, best first.

        Offer phrases are matched against notes only: a headline in the owner's own field is a peer,
        not someone who needs the owner.
        """
        from .encoder import encode

        if not self.targets:
            return [[] for _ in items]
        field_texts = sorted({f for t in self.targets for f in t.fields}) or ["-"]
        field_vecs = encode(field_texts)
        field_index = {f: i for i, f in enumerate(field_texts)}
        texts = sorted({t for h, n in items for t in (h, n) if t and t.strip()})
        vecs = encode(texts) if texts else np.zeros((0, 512), dtype=np.float32)
        sims = vecs @ field_vecs.T if texts else np.zeros((0, len(field_texts)))
        row_of = {t: i for i, t in enumerate(texts)}
        out: list[list[Match]] = []
        for headline, note in items:
            found: list[Match] = []
            for source, text in (("headline", headline), ("note", note)):
                if not text or not text.strip():
                    continue
                row = sims[row_of[text]]
                text_roles = roles_of(text)
                for t in self.targets:
                    if t.kind == "offer" and source != "note":
                        continue
                    if t.roles and not t.roles & text_roles:
                        continue  # "students in X" needs a student, whatever the field
                    if not t.fields:
                        found.append(Match(t.kind, t.phrase, source, _shown(text), self.threshold))
                        continue
                    sim = max(float(row[field_index[f]]) for f in t.fields)
                    if t.roles and t.kind == "help_whom":
                        # The role agrees: strong evidence of its own. Not for meet_whom, whose roles
                        # ("directors") are shared by unrelated jobs ("Sales Director").
                        sim += ROLE_BONUS
                    # A short offer phrase ("SEO") is never very close to a whole note: a lower bar,
                    # and an offer match only raises priority, it never turns accept into reply.
                    bar = self.threshold - OFFER_SLACK if t.kind == "offer" else self.threshold
                    if sim >= bar:
                        found.append(Match(t.kind, t.phrase, source, _shown(text), round(sim, 3)))
            found.sort(key=lambda m: -m.score)
            out.append(found)
        return out
