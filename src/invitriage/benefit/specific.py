"""What a phrase says more precisely than the lexicon's role kinds and fields (see :mod:`invitriage.benefit.matcher`).

- *Role nouns*: roles the lexicon has no kind for ("organisers", "A&R managers", "buyers", "editors", "PhD
  students"). A phrase that names one takes only headlines that name the same role, in any of the seven
  languages — never the field alone: a music student is no music festival organiser.
- *Categories*: a field that is a family of others ("deep tech", "fintech", "healthtech"…); a headline
  names one of its members (photonics, quantum, fusion… for deep tech).
- *Kinds of organisation* after the role ("Einkaufsleiter im Baustoffhandel", "A&R managers at record
  labels"): the headline must name the same kind.

All patterns run on folded text (lower case, no accents).
"""

from __future__ import annotations

import re
from functools import lru_cache

from invitriage.judge.normalize import fold

# label -> (pattern, field the role implies or "", whether those who run the thing named are the role too)
# "festival organisers": the festival's director or founder organises it as well
ROLE_NOUNS: dict[str, tuple[str, str, bool]] = {
    "organiser": (r"\borgani[sz](?:er|ers|ing)\b|\borganisat(?:eur|rice|eurs|rices)\b|\borganizzat(?:ore|rice|ori|rici)\b|"
                  r"\borganizador(?:a|es|as)?\b|\borganisator(?:en|s)?\b|\w*veranstalter(?:in|innen)?\b|\w*organisator(?:in|innen)?\b", "", True),
    "a&r": (r"(?<!\w)a ?& ?r(?!\w)|\bartists? (?:and|&) repertoire\b", "music", False),
    "buyer": (r"\bbuyers?\b|\bacheteu(?:r|se|rs|ses)\b|\w*einkaufer(?:in|innen)?\b|\bcomprador(?:a|es|as)?\b|\bbuyer\b|\binkoper(?:s)?\b|"
              r"\bcompratori?\b|\bcompratrice\b", "", False),
    "editor": (r"\beditors?\b(?![- ]in[- ]chief)|\bedit(?:eur|rice|eurs|rices)s?\b|\w*redakteur(?:in|innen|e)?\b|\beditor(?:a|es|as)?\b|"
               r"\bredatt(?:ore|rice|ori)\b|\bredacteur(?:en|s)?\b|\bredactor(?:a|es|as)?\b|\blektor(?:in|innen)?\b", "", False),
    # "Sponsoringverantwortliche", "sponsorship managers": who handles sponsoring, not anyone of the sponsor's trade
    "sponsorship": (r"\w*sponsor\w*|\bpatrocin\w*|\bmecenat\w*|\bmecenaz\w*|\bmecenaat\w*", "", False),
    "booker": (r"\bbookers?\b|\bbookeu(?:r|se)s?\b", "", False),
    "doctoral student": (r"\bph\.?d\b|\bdoctora(?:nt|nte|nts|ntes|ndo|nda|ndos|ndas)\b|\bdoktorand(?:in|innen|en)?\b|\bdottorand[oaie]\b|"
                         r"\bdoutorand[oa]s?\b|\bpromovend(?:us|a|i)\b|\b(?:estudiante|estudante|studente|studentessa)s? de(?:l)? (?:doctorado|doutoramento|doutorado)\b|"
                         r"\bdi dottorato\b|\bdoctoral (?:students?|candidates?|researchers?)\b|\bdoctorat\b|\bdoctorado\b|\bdoutorado\b|\bdoutoramento\b|"
                         r"\bpromotieonderzoek\w*|\bpromoveren\w*", "", False),
}
_NOUN_RX = {label: re.compile(p) for label, (p, _, _) in ROLE_NOUNS.items()}


@lru_cache(maxsize=20000)  # the same text, the same answer: asked again for every headline and phrase
def role_nouns(text: str) -> tuple[str, ...]:
    """The role nouns a text names: ("organiser",) for "music festival organisers"."""
    folded = fold(text)
    return tuple(label for label, rx in _NOUN_RX.items() if rx.search(folded))


def noun_field(label: str) -> str:
    return ROLE_NOUNS[label][1]


def runs_it(label: str) -> bool:
    return ROLE_NOUNS[label][2]


# category -> (pattern in a phrase, pattern of its members in a headline); a category word said in the
# headline counts too
CATEGORIES: dict[str, tuple[str, str]] = {
    "deep tech": (r"\bdeep[- ]?tech\w*",
                  r"\bphoton\w*|\bfoton\w*|\bquant(?:um|ique|iques|ica|icas|istic\w*|en\w*)\b|\bquanten\w*|\bkwantum\w*|\bqubits?\b|"
                  r"\bfusion\b|\bfusao\b|\bfusione\b|\bkernfusie\b|\bkernfusion\b|\brobot\w*|\bnano\w*|\bsemiconduct\w*|\bsemicondut\w*|"
                  r"\bhalbleiter\w*|\bhalfgeleider\w*|\blasers?\b|\blaserquell\w*|\bbiotech\w*|\bspace ?tech\w*|\bnewspace\b|\bsatellit\w*|"
                  r"\bgraphene\b|\bgrafen[eo]\b|\bgraphen\b|\badvanced materials\b|\bmateriaux avances\b|\bneuromorph\w*|\bsynthetic biology\b|"
                  r"\bbatter(?:y|ies|ie|ien|ias|ie)\b|\bhydrogen\w*|\bhydrogene\b|\bhidrogeno\b|\bidrogeno\b|\bwaterstof\b|\bwasserstoff\w*"),
    "fintech": (r"\bfin-?tech\w*",
                r"\bpayments?\b|\bpaiements?\b|\bpagos\b|\bpagamenti\b|\bpagamentos\b|\bzahlungs?\w*|\bbetaal\w*|\bneo-?banks?\w*|\bneobanque\w*|"
                r"\bcrypto\w*|\bblockchain\b|\binsur-?tech\w*|\bwealth-?tech\w*|\blending\b|\bcredit scoring\b|\bopen banking\b|\bbank(?:ing)?[- ]as[- ]a[- ]service\b"),
    "health tech": (r"\bhealth-?tech\w*|\bmed-?tech\w*|\be-?sante\b|\bdigital health\b",
                    r"\bmed-?tech\w*|\bdigital health\b|\bsante numerique\b|\be-?sante\b|\bsalud digital\b|\bsanita digitale\b|\bsaude digital\b|"
                    r"\bdigitale (?:gezondheid|zorg)\w*|\bdigital health\w*|\btele-?(?:medicine|medecine|medizin|medicina|geneeskunde|sante|consultation)\w*|"
                    r"\bmedical devices?\b|\bdispositifs? medicaux\b|\bmedizintechnik\b|\bdispositivos? medicos\b|\bdispositivi medici\b|\bmedische hulpmiddel\w*"),
    "edtech": (r"\bed-?tech\w*",
               r"\be-?learning\b|\blearning platforms?\b|\bplateformes? d'apprentissage\b|\blernplattform\w*|\bplataformas? de aprendizaje\b|"
               r"\bpiattaform[ae] di apprendimento\b|\bplataformas? de aprendizagem\b|\bleerplatform\w*|\bmoocs?\b"),
    "agritech": (r"\bagri-?(?:food-?)?tech\w*|\bag-?tech\w*",
                 r"\bprecision (?:agriculture|farming)\b|\bagriculture de precision\b|\bprazisionslandwirtschaft\b|\bagricultura de precision\b|"
                 r"\bagricoltura di precisione\b|\bprecisielandbouw\b|\bvertical farm\w*|\bagri-?drones?\b|\bsmart farming\b"),
    "clean tech": (r"\bclean-?tech\w*|\bclimate-?tech\w*|\bgreen-?tech\w*",
                   r"\bsolar\w*|\bsolaire\w*|\bphotovolta\w*|\bfotovolta\w*|\brenewabl\w*|\brenouvelabl\w*|\berneuerbar\w*|\brenovabl\w*|\brinnovabil\w*|"
                   r"\bhernieuwbar\w*|\bhydrogen\w*|\bwasserstoff\w*|\bwaterstof\b|\bhidrogeno\b|\bidrogeno\b|\bbatter(?:y|ies|ie|ien|ias)\b|"
                   r"\benergy storage\b|\bstockage d'energie\b|\bcarbon capture\b|\bwind (?:energy|power)\b|\beolien\w*|\beolic\w*|\bwindenergie\b"),
    "proptech": (r"\bprop-?tech\w*", r"\bproperty management software\b|\bsmart buildings?\b|\bimmobilienplattform\w*"),
    "legaltech": (r"\blegal-?tech\w*", r"\bcontract automation\b|\blegal software\b|\blogiciel juridique\b|\bsoftware juridico\b|\brechtssoftware\b"),
    "foodtech": (r"\bfood-?tech\w*", r"\bplant-based\b|\bvegetal\w*|\bcultivated meat\b|\bviande cultivee\b|\bfermentation\b|\bfermentacion\b|"
                                     r"\bfermentazione\b|\bfermentacao\b|\bfermentatie\b|\bfermentation\b|\bproteines? alternatives?\b|\balternative proteins?\b"),
}
_CATEGORY_RX = {label: (re.compile(p), re.compile(p + "|" + m)) for label, (p, m) in CATEGORIES.items()}


@lru_cache(maxsize=20000)
def category_of(text: str) -> str:
    """The category a phrase names ("deep tech"), or ""."""
    folded = fold(text)
    return next((label for label, (rx, _) in _CATEGORY_RX.items() if rx.search(folded)), "")


def member_named(category: str, text: str) -> str:
    """The words of a headline that name a member of the category ("photoniques"), or ""."""
    m = _CATEGORY_RX[category][1].search(fold(text))
    return m.group().strip() if m else ""


# kinds of organisation a phrase may name after its role ("im Baustoffhandel", "at record labels")
ORG_KINDS: dict[str, str] = {
    "building-materials trade": r"\bbaustoff\w*|\bbaumarkt\w*|\bbuilders'? merchants?\b|\bbuilding (?:supplies|materials?)\b|\bnegoce de materiaux\b|"
                                r"\bmateriaux de construction\b|\bmateriales de construccion\b|\bmateriali edili\b|\bmateriali da costruzione\b|"
                                r"\bmateriais de construcao\b|\bbouwmaterial\w*|\bbouwstoffen\w*",
    "record label": r"\brecords?\b|\brecord labels?\b|\blabels?\b|\bdisques\b|\bdiscos?\b|\bdischi\b|\bdiscografic\w*|\betichett[ae]\b|"
                    r"\bgravadora\w*|\bplatenlabel\w*|\bplatenmaatschappij\w*|\bplattenlabel\w*|\bplattenfirma\w*|\bsellos?\b|\bmusiklabel\w*|\bmuzieklabel\w*",
}
_ORG_KIND_RX = {label: re.compile(p) for label, p in ORG_KINDS.items()}
_AFTER = re.compile(r"\s(?:im|in der|in den|bei|at|of|in|en|nel|nella|nei|na|no|nas|nos|in de|bij|dans|chez|de|des|du|di|da|do|van|von)\s")


@lru_cache(maxsize=20000)
def org_kinds(phrase: str) -> tuple[str, ...]:
    """The kinds of organisation a phrase names after its role and a link word ("im Baustoffhandel")."""
    folded = fold(phrase)
    m = _AFTER.search(folded)
    if not m:
        return ()
    rest = folded[m.end():]
    return tuple(label for label, rx in _ORG_KIND_RX.items() if rx.search(rest))


def org_kind_named(label: str, text: str) -> str:
    m = _ORG_KIND_RX[label].search(fold(text))
    return m.group().strip() if m else ""


# Qualifiers of the organisation a phrase names, which a headline must meet:
# label -> (pattern in the phrase, pattern the headline must say or "", pattern it must not say or "")
_PRO_LEAGUES = (r"\w*bundesliga\w*|\blaliga\b|\bla liga\b|\bserie [ab]\b|\beredivisie\w*|\bligue [12]\b|\bpremier league\b|\bprimeira liga\b|"
                r"\bchampionship\b|\bsegunda division\b|\bkeuken kampioen\w*|\bnba\b|\bnfl\b|\bsad\b|\bprofession\w*|\bprofesional\w*|"
                r"\bprofissiona\w*|\bprofis?\b|\bprofi-?(?:club|verein|mannschaft|fussball|sport)\w*|\bpro\b|\bprofclub\w*|\bbetaald voetbal\b")
_INSURER = (r"\binsur(?:er|ers|ance|ances)\b|\bassur(?:eur|eurs|ance|ances)\b|\bmutuelles?\b|\basegurador\w*|\bseguros?\b|\w*versicher\w*|"
            r"\bassicura\w*|\bsegurador\w*|\w*verzeker\w*|\breinsur\w*|\breassur\w*|\bruckversicher\w*")
_CORPORATE_FOUNDATION = (r"\bcorporate foundations?\b|\bfondations? d'entreprises?\b|\bfundacion(?:es)? empresarial(?:es)?\b|\w*unternehmensstiftung\w*|"
                         r"\bfondazion[ei] (?:aziendal[ei]|d'impresa)\b|\bfundac(?:ao|oes) empresaria(?:l|is)\b|\bbedrijfsfonds\w*|\bcorporate stichting\w*|"
                         r"\bondernemingsstichting\w*")
_PHARMA = r"\w*pharma\w*|\bfarma\w*|\blaboratoires?\b|\blaboratorios?\b|\blaboratori\b|\blaboratorios?\b"
QUALIFIERS: dict[str, tuple[str, str, str]] = {
    # "Amateursportvereine", "amateur sports clubs": no Bundesliga, LaLiga or professional club
    "amateur": (r"\bamateur\w*|\bhobby\w*|\bbreitensport\w*|\bdilettantistic\w*|\bamador(?:es|as)?\b|\bamatoriali?\b|\bliefhebber\w*", "", _PRO_LEAGUES),
    # "ONG pequeñas", "small NGOs": not an international one with thousands of staff
    "small nonprofit": (r"(?=.*\b(?:ong|ngos?|npos?|charit\w*|associations?|asociacion\w*|associazion\w*|associac\w*|vereine?n?|verenigingen|"
                        r"organi[sz]a\w*|hilfsorganisation\w*|goede doelen)\b)(?=.*\b(?:small|petites?|pequen[oa]s?|kleine[nr]?|piccol[ei]|kleine)\b)",
                        "", r"\binternational\w*|\binternacional\w*|\binternazional\w*|\binternationa(?:al|le)\b|\bgrande?s? (?:ong|ngo)\b|"
                            r"\blarge (?:ngo|charity)\b|\bgrosse[nr]? (?:ngo|hilfsorganisation)\b"),
    # "fundaciones empresariales": a company's foundation, not a family, university or public one
    "corporate foundation": (_CORPORATE_FOUNDATION, _CORPORATE_FOUNDATION, ""),
    # "at insurers": at an insurer, not at a consultancy
    "insurer": (r"\b(?:at|in|chez|dans|en|bei|presso|nelle|em|nas|bij)\s+(?:\w+\s+)?(?:insurers?|insurance compan\w*|assureurs?|compagnies d'assurances?|"
                r"aseguradoras?|versicherungen|versicherer\w*|assicurazioni|compagnie assicurative|seguradoras?|verzekeraars?)\b", _INSURER, ""),
    # "pharmaceutical companies": not makers of medical devices or cosmetics
    "pharmaceutical company": (r"\bpharmaceutical (?:compan\w*|industry|firms?|groups?)\b|\b(?:entreprises|laboratoires|industrie|groupes) pharmaceutiques?\b|"
                               r"\bpharma-?(?:unternehmen|firmen|industrie|konzern\w*|compan\w*)\b|"
                               r"\b(?:empresas|compan\w*|laboratorios|industria|aziende|imprese|industrie) farmac\w*|\bfarmaceutische (?:bedrijven|industrie)\b",
                               _PHARMA, r"\bmedical devices?\b|\bmed-?tech\w*|\bcosmet\w*|\w*kosmetik\w*|\bproductos sanitarios\b|\bdispositi\w* medic\w*|"
                                        r"\bmedizinprodukt\w*|\bmedische hulpmiddel\w*|\bcosmetic\w*"),
}
_QUALIFIER_RX = {label: (re.compile(p), re.compile(m) if m else None, re.compile(n) if n else None)
                 for label, (p, m, n) in QUALIFIERS.items()}


@lru_cache(maxsize=20000)
def qualifiers(phrase: str) -> tuple[str, ...]:
    """The qualifiers of an organisation a phrase names: ("amateur",) for "Vorstände von Amateursportvereinen"."""
    folded = fold(phrase)
    return tuple(label for label, (rx, _, _) in _QUALIFIER_RX.items() if rx.search(folded))


def qualifier_unmet(label: str, text: str) -> bool:
    """Whether a headline fails the qualifier: a Bundesliga club for "amateur", a medical-device maker for "pharmaceutical"."""
    _, must, must_not = _QUALIFIER_RX[label]
    folded = fold(text)
    return bool((must and not must.search(folded)) or (must_not and must_not.search(folded)))
