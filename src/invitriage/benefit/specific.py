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

from functools import lru_cache

from invitriage import rxcache
from invitriage.benefit.fieldspan import unsharp
from invitriage.judge.normalize import fold as _fold


def fold(text: str) -> str:
    """Folded as the lexicon is written: "ß" as "ss" ("Großbrauerei" → "grossbrauerei"), then lower case, no accents."""
    return _fold(unsharp(text))


# label -> (pattern, field the role implies or "", whether those who run the thing named are the role too)
# "festival organisers": the festival's director or founder organises it as well
ROLE_NOUNS: dict[str, tuple[str, str, bool]] = {
    "organiser": (r"\borgani[sz](?:er|ers|ing)\b|\borganisat(?:eur|rice|eurs|rices)\b|\borganizzat(?:ore|rice|ori|rici)\b|"
                  r"\borganizador(?:a|es|as)?\b|\borganisator(?:en|s)?\b|\w*veranstalter(?:in|innen)?\b|\w*organisator(?:in|innen)?\b", "", True),
    "a&r": (r"(?<!\w)a ?& ?r(?!\w)|\bartists? (?:and|&) repertoire\b", "music", False),
    "buyer": (r"\bbuyers?\b|\bacheteu(?:r|se|rs|ses)\b|\w*einkaufer(?:in|innen)?\b|\bcomprador(?:a|es|as)?\b|\bbuyer\b|\binkoper(?:s)?\b|"
              r"\bcompratori?\b|\bcompratrice\b|\bacquirent[ei]\b", "", False),
    "editor": (r"\beditors?\b(?![- ]in[- ]chief)|\bedit(?:eur|rice|eurs|rices)s?\b|\w*redakteur(?:in|innen|e)?\b|\beditor(?:a|es|as)?\b|"
               r"\bredatt(?:ore|rice|ori)\b|\bredacteur(?:en|s)?\b|\bredactor(?:a|es|as)?\b|\blektor(?:in|innen)?\b", "", False),
    # "Sponsoringverantwortliche", "sponsorship managers": who handles sponsoring, not anyone of the sponsor's trade
    "sponsorship": (r"\w*sponsor\w*|\bpatrocin\w*|\bmecenat\w*|\bmecenaz\w*|\bmecenaat\w*", "", False),
    "booker": (r"\bbookers?\b|\bbookeu(?:r|se)s?\b", "", False),
    "doctoral student": (r"\bph\.?d\b|\bdoctora(?:nt|nte|nts|ntes|ndo|nda|ndos|ndas)\b|\bdoktorand(?:in|innen|en)?\b|\bdottorand[oaie]\b|"
                         r"\bdoutorand[oa]s?\b|\bpromovend(?:us|a|i)\b|\b(?:estudiante|estudante|studente|studentessa)s? de(?:l)? (?:doctorado|doutoramento|doutorado)\b|"
                         r"\bdi dottorato\b|\bdoctoral (?:students?|candidates?|researchers?)\b|\bdoctorat\b|\bdoctorado\b|\bdoutorado\b|\bdoutoramento\b|"
                         r"\bpromotieonderzoek\w*|\bpromoveren\w*", "", False),
    # "assistantes dentaires", "Dental Nurse", "ZFA", "assistente alla poltrona": not the dentist, hygienist or technician
    "dental assistant": (r"\bassistant(?:e)?s? (?:dentaires?|en (?:cabinet|medecine) dentaire)\b|\bdental (?:assistants?|nurses?)\b|"
                         r"\bzahnmedizinische(?:r|n)? fachangestellte\w*|\bzfa\b|\bzahnarzthelfer\w*|\bstuhlassisten\w*|"
                         r"\b(?:asistente|auxiliar)(?:es)? (?:de clinica )?dental(?:es)?\b|\bauxiliar(?:es)? de clinica dental\b|\bhigienista auxiliar\b|"
                         r"\bassistent[ei] (?:alla poltrona|di studio odontoiatrico|dental[ei])\b|\baso\b|"
                         r"\b(?:assistente|auxiliar)s? (?:dentari[oa]s?|de saude (?:bucal|oral)|de consultorio dentario)\b|\basb\b|"
                         r"\btandartsassistent\w*|\bmondzorgassistent\w*", "dentistry", False),
    # "instaladores fotovoltaicos": who installs or fits (a Solarteur, "montaggio pannelli", "pose de panneaux")
    "installer": (r"\w*install(?:er|ers|ateur|ateurs|atrice|atrices|atore|atori|atrice|ation|ing|s)?\b|\binstala(?:dor|dora|dores|doras|cao|cion|ciones|coes)\b|"
                  r"\w*monteu(?:r|rs|se|ren)\b|\w*monteur(?:in)?\b|\bmonta(?:je|ge|gem|ggio)\b|\bmontador(?:a|es|as)?\b|\bsolarteur\w*|"
                  r"\bpose de\b|\bposeu(?:r|se)s?\b|\bfit(?:s|ting|ter|ters)?\b", "", False),
    # "costureiras e alfaiates", "Maßschneiderin", "sarta", "kleermaker", "modista", "dressmaker"
    "tailor": (r"\bcostureir[oa]s?\b|\bcosturer[oa]s?\b|\balfaiat(?:e|es|a|as)\b|\bcouturi(?:er|ere)s?\b(?! de)|\btailleu(?:r|se)s?\b(?! de pierre)|"
               r"\btailors?\b|\bdressmak\w*|\bseamstress\w*|\w*schneider(?:in|innen|ei)?\b|\bnaherin\w*|\bnaaister\w*|\bkleermaker\w*|"
               r"\bcoupeu(?:r|se)s?\b|\bsart(?:o|a|i|e|oria)\b|\bsastr(?:e|a|es|as|eria)\b|\bmodist(?:a|as|e|es)\b|\bretoucheu(?:r|se)s?\b", "", False),
    # "giornalisti praticanti": a journalist, reporter, Volontärin (not a copywriter or a PR person)
    "journalist": (r"\w*journalist(?:e|es|s|in|innen|en)?\b|\bgiornalist[aie]\b|\bperiodistas?\b|\bjornalistas?\b|\breporters?\b|\breporter(?:o|a|os|as)\b|"
                   r"\bverslaggever\w*|\bvolontar(?:in|innen|e)?\b|\bcronist[aie]s?\b|\bcorrespon\w*|"
                   r"\w*redakteur(?:in|innen|e)?\b|\bredatt(?:ore|rice|ori|rici)\b|\bredacteur(?:en|s)?\b", "journalism", False),
    # "Chefärzte", "Primario", "Jefe de Servicio", "clinical director", "geneesheer-directeur": the head physician
    # (not an Oberarzt, a praticien hospitalier or the clinic's business director)
    "head physician": (r"\b(?:chief|head) physicians?\b|\bmedecins?-? ?chefs?\b|\bjef(?:e|a|es|as) medic[oa]s?\b|\bhoofdarts\w*|\bchefarzt\w*|\bchefarztin\w*|\bprimari[oa]\b|\bprimari\b|\bjef[ea]s? de (?:servicio|seccion|psiquiatria|\w+logia)\b|"
                       r"\bjef[ea]s? del? servicio\b|\bdiret(?:or|ora) (?:do |de )?servico\b|\bdiret(?:or|ora) clinic[oa]\b|"
                       r"\b(?:clinical|medical) directors?\b|\bgeneesheer-?directeur\w*|\bmedisch (?:directeur|manager)\b|"
                       r"\bhoofd (?:van de )?(?:afdeling )?(?:psychiatrie|\w+logie)\b|\bmedecin-?chef\w*|\bchef(?:fe)?s? de (?:service|pole)\b|"
                       r"\bdirett(?:ore|rice) (?:di )?(?:struttura complessa|unita operativa|dipartimento)\b|\bhead of (?:psychiatry|department)\b|"
                       r"\bdirect(?:eur|rice) medical\b|\bdirettore sanitario\b", "medicine", False),
    # "mestres cervejeiros", "Braumeisterin", "Head Brewer", "maître brasseuse": who leads the brewing (not a brewer's assistant or an apprentice)
    "master brewer": (r"\b(?:mestr[ea]s?|maestr[oa]s?|mastr[oa]|mastri|maitres?|masters?|head|chief)[- ](?:cervejeir|cervecer|birrai|brasseu|brew)\w*|"
                      r"\bbrewmasters?\b|\w*braumeister\w*|\bbrouwmeester\w*|\bhoofdbrouwer\w*|\bchefs? brasseu\w*", "brewing and spirits", False),
    # "Psychotherapeuten in Ausbildung": a psychotherapist, or one training in psychotherapy (not a coach or a sophrologist)
    "psychotherapist": (r"\w*psychotherap\w*|\bpsicoterap\w*|\bpsychotherapeut\w*|\bpia\b", "psychology", False),
}
_NOUN_RX = {label: rxcache.compile(p) for label, (p, _, _) in ROLE_NOUNS.items()}

# person nouns of a phrase the lexicon reads no role in ("Kameraleute", "Produzenten"), by family across the seven languages:
# a headline that names one of the family names the phrase's person ("directora de fotografía", "produttrice")
PERSON_NOUNS: dict[str, str] = {
    # "Kameraleute", "directora de fotografía", "chef opérateur", "DoP": who shoots a film (a camera operator or a DoP)
    "cinematographer": r"\bkamera(?:mann|frau|leute|manner|frauen)\b|\bcamera(?:man|men|woman|women|vrouw|vrouwen|mensen)\b|\bcamera operators?\b|"
                       r"\bcinematograph(?:er|ers)\b|\bdirect(?:or|ora|ores|oras|eur|eurs|rice|rices)s? (?:of|de) (?:la )?(?:photography|photographie|fotografia)\b|"
                       r"\bdirett(?:ore|rice|ori|rici) della fotografia\b|\bdiret(?:or|ora|ores|oras) de fotografia\b|\bdops?\b|\bchef(?:fe)?s? operat(?:eur|rice)s?\b|"
                       r"\boperat(?:eur|rice|ore|rice|or|ora)s? (?:de |di |da )?(?:camera|prise de vues?|ripresa|camara)\b|\bbildgestalter(?:in|innen)?\b|\bcinegrafista\b",
    # "Produzentinnen und Produzenten", "productrices", "produttori": who produces (films, records, shows…)
    "producer": r"\w*produc(?:er|ers|teur|teurs|trice|trices|tor|tora|tores|toras)\b|\w*produzent(?:in|innen|en)?\b|\w*produtt(?:ore|rice|ori|rici)\b|"
                r"\w*produt(?:or|ora|ores|oras)\b|\w*producent(?:en)?\b",
}
_PERSON_RX = {label: rxcache.compile(p) for label, p in PERSON_NOUNS.items()}


@lru_cache(maxsize=20000)
def person_nouns(text: str) -> frozenset[str]:
    """The families of person nouns a text names: {"producer"} for "Produttrice di documentari"."""
    folded = fold(text)
    return frozenset(label for label, rx in _PERSON_RX.items() if rx.search(folded))



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
_CATEGORY_RX = {label: (rxcache.compile(p), rxcache.compile(p + "|" + m)) for label, (p, m) in CATEGORIES.items()}


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
    # "distribuidores de material eléctrico": an electrical wholesaler (Elektrogroßhandel, electrical wholesale, matériel électrique)
    "electrical wholesaler": r"\belectrical (?:wholesal|distribut|suppl|merchant)\w*|\belektro-?\w*(?:grosshandel|groothandel|handel)\w*|"
                             r"\b(?:material|materiel|materiale|materiais|suministros?|forniture|fournitures?) (?:\w+ )?(?:electric|electriqu|elettric|eletric)\w*|"
                             r"\belettroforniture\b|\bcomptoirs? electriques?\b|\belektrotechnische groothandel\w*|\belektrogroothandel\w*|"
                             r"\bdistribu\w* (?:electrique|electrica|elettrica|eletrica|electrico|elettrico|eletrico)\b",
    # "groothandels", "wholesalers", "grossistes", "mayoristas": a wholesaler or distributor (not a supermarket or a shop)
    "wholesaler": r"\w*groothandel\w*|\bwholesal\w*|\w*grosshandel\w*|\w*grossist\w*|\w*mayorist\w*|\batacad\w*|\bdistribu\w*|\bgrossi?st[ai]\b",
}
_ORG_KIND_RX = {label: rxcache.compile(p) for label, p in ORG_KINDS.items()}
_AFTER = rxcache.compile(r"\s(?:im|in der|in den|bei|at|of|in|en|nel|nella|nei|na|no|nas|nos|in de|bij|dans|chez|de|des|du|di|da|do|van|von)\s")


@lru_cache(maxsize=20000)
def org_kinds(phrase: str) -> tuple[str, ...]:
    """The kinds of organisation a phrase names after its role and a link word ("im Baustoffhandel")."""
    folded = fold(phrase)
    m = _AFTER.search(folded)
    if not m:
        return ()
    rest = folded[m.end():]
    return tuple(label for label, rx in _ORG_KIND_RX.items() if rx.search(rest))


def org_kind_start(phrase: str) -> int | None:
    """Where the kind of organisation a phrase names begins, at the link word before it ("… | de distribuidores de material")."""
    folded = fold(phrase)
    m = _AFTER.search(folded)
    if not m:
        return None
    starts = [k.start() for rx in _ORG_KIND_RX.values() if (k := rx.search(folded, m.start()))]
    if not starts:
        return None
    links = [a.start() for a in _AFTER.finditer(folded) if a.end() <= min(starts)]
    return links[-1] if links else None


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
_ORGANIC = (r"\bbio\b|\bbio-\w+|\bbio(?=[a-z]{4,})\w*|\bbiologi\w*|\borganic\w*|\becologic\w*|\becologique\w*|\bokolog\w*|\boko-?\w*|"
            r"\bdemeter\b|\bbiodynam\w*|\bnaturkost\w*|\bnaturland\b|\bbioland\b|\bskal\b|\bsoil association\b|\bagriculture biologique\b|\bab\b")
_INDEPENDENT = r"\bindepend\w*|\bindipendent\w*|\bunabhangig\w*|\bonafhankelijk\w*|\beigentumergefuhrt\w*|\bfamily-run\b"
_CHAIN = (r"\bdepartment stores?\b|\bgrands? magasins?\b|\bgrandes almacenes\b|\bwarenh[au]u?s\w*|\bwarenhuis\w*|\bgrandi magazzini\b|"
          r"\bchains?\b|\bcadenas?\b|\bcatena\b|\bcadeias?\b|\w*kette\b|\w*ketten\b|\w*keten\b|\bchaines?\b|\boutlets?\b|\bfast[- ]fashion\b")
_SELF_EMPLOYED = (r"\bfree-?lanc\w*|\bindependant(?:e)?s?\b|\bindependent\b|\bindependente\b|\bindependiente\b|\bindipendente\b|"
                  r"\ba mon compte\b|\bmon propre compte\b|\b(?:auto|micro)-?entrepreneu(?:r|se)s?\b|\bautonom[oa]s?\b|\bpor (?:cuenta|conta) propria\b|"
                  r"\bfreiberufl\w*|\bselbst(?:st)?andig\w*|\bliber[oa] professionist[ai]\b|\bpartita iva\b|\bin proprio\b|\bditta individuale\b|"
                  r"\bentreprise individuelle\b|\bei\b|\bsole traders?\b|\bself-?employed\b|\bzzp\w*|\bzelfstandig\w*|\beenmanszaak\w*|"
                  r"\beigen(?:e|em|en|er)? (?:\w+)?(?:atelier|werkplaats|bedrijf|zaak|praxis|betrieb|werkstatt|studio)\b|\b(?:laboratorio|atelier|taller|oficina) propri[oa]\b|"
                  r"\bmy own (?:studio|workshop|business|atelier)\b|\bmon (?:propre )?atelier\b|\btrabalhador(?:a)? independente\b|\bempresario individual\b|"
                  r"\bempresari[oa] em nome individual\b|\bsoloselbst\w*")
_EMPLOYED = (r"\bemployed (?:at|by)\b|\bangestellt\w*|\bsalari(?:e|ee|es|ees)\b|\basalariad\w*|\bassalariad\w*|\bdipendente\b|\bin loondienst\b|"
             r"\bwerknemer\b|\bcdi\b")
_PRACTICE = (r"\w*prax\w*|\bpractices?\b|\bcabinets?\b|\bconsult(?:a|as|orio|orios)\b|\bstudio\b|\bpraktijk\w*|\bambulatori\w*|\bconsultations?\b")
_OWNER = (r"\btitulaires?\b|\bowners?\b|\bprincipal\b|\binhaber\w*|\bpraxisinhaber\w*|\btitolar[ei]\b|\bpropriet\w*|\bpropietari[oa]s?\b|\bdon[oa]\b|"
          r"\beigena(?:ar|res)\w*|\bpraktijkhoud\w*|\bpraktijkeigena\w*|\b(?:in )?eigener? praxis\b|\bmy own (?:practice|clinic)\b|"
          r"\bmon (?:propre )?cabinet\b|\bmi (?:propia )?(?:clinica|consulta)\b|\bmeu (?:proprio )?consultorio\b|\bmia (?:propria )?studio\b|\beigen praktijk\b")
_VOCATIONAL = (r"\bfp\b|\bformacion profesional\b|\bciclos? (?:formativ\w*|de grado)\b|\bgrado (?:medio|superior)\b|\bvocational\b|\bbac pro\b|\bcap\b|"
               r"\blycee professionnel\b|\bformation professionnelle\b|\bits academy\b|\btecnico superiore\b|\biefp\b|\bistitut[oi] (?:tecnic|professional)\w*|"
               r"\bformazione professionale\b|\bcurso (?:profissional|tecnico)\b|\bescola profissional\b|\bensino profissional\b|\bsenai\b|"
               r"\bmbo\w*|\bberoepsopleiding\b|\broc\b|\bfachschul\w*|\bberufsschul\w*|\bberufsfachschul\w*|\bausbildung\w*|\bauszubildende\w*|\bazubi\w*|"
               r"\bbtec\b|\bhnd\b|\bhnc\b|\bnvq\b|\bapprentic\w*|\bapprenti\w*|\baprendiz\w*|\bapprendist\w*|\bleerling\w*|\bfurther education\b")
_SOLAR = (r"\bsolar\w*|\bsolaire\w*|\bphotovolta\w*|\bfotovolta\w*|\bpv\b|\bpv-\w+|\bzonne\w*|\bpainei?s solares\b|\bplacas solares\b|"
          r"\bpannell\w* solar\w*|\bpanneaux solaires\b|\bsonnenenergie\b")
# general word families of status and kind of organisation (not of one field): a volunteer, a public or municipal body, a
# university, a micro or craft maker (not an industrial group), a maker at home or as a hobby, a manufacturer, a supermarket chain
_VOLUNTEER = (r"\bbenevol\w*|\bvolunteer\w*|\bvoluntari[oa]s?\b|\bvoluntariado\b|\bvolontari[oaie]?\b|\bvolontariat\b|\bvrijwillig\w*|"
              r"\behrenamt\w*|\bunpaid\b|\bbenevolat\b")
_MUNICIPAL = (r"\bmunicip\w*|\bcommunal\w*|\bcommunale?s?\b|\bcomunal\w*|\bcomunale\b|\bcivic\w*|\bstadt\w*|\bstads\w*|\bstedelijk\w*|"
              r"\bgemeent\w*|\bgemeind\w*|\bcity\b|\btown\b|\bvillage\b|\bville de\b|\bayuntamiento\b|\bconcello\b|\bcamara municipal\b|"
              r"\bcomune di\b|\bcouncil\b|\bpublic\b|\bpublique\b|\bpubblic[ao]\b|\bpublic[ao]\b|\bopenbare?\b|\boffentlich\w*|\bquartier\w*|"
              r"\bbarrio\b|\bbairro\b|\bwijk\w*|\bkommunal\w*")
_NOT_MUNICIPAL = (r"\buniversit\w*|\bhochschul\w*|\bhogeschool\w*|\bfacult\w*|\bfaculdade\b|\bfacolta\b|\bcampus\b|\bbu\b|\bub\b|"
                  r"\bhospital\w*|\bhopita\w*|\bospedal\w*|\bklinik\w*|\bziekenhuis\w*|\bscolast\w*|\bscolaire\b|\bescolar\b|\bschool\w*|"
                  r"\bliceo\b|\blycee\b|\bcollege\b|\bcorporate\b|\bentreprise\b|\bprivat\w*|\bprive\w*|\bdepartementa\w*|\bprovincia\w*|"
                  r"\bnational\w*|\bnacional\b|\bnazional\w*")
_UNIVERSITY = (r"\buniversit\w*|\bhochschul\w*|\bhogeschool\w*|\bfacult\w*|\bfaculdade\b|\bfacolta\b|\bcampus\b|\bbu\b|\bub\b|\bscd\b|"
               r"\bateneo\b|\bpolitecnic\w*|\bpolytechn\w*|\bacademic\b|\bacademique\b|\bacademic[oa]\b|\bakademisch\w*")
_MICRO_MAKER = (r"\bmicro-?\w+|\bcraft\b|\bartisan\w*|\bartesan\w*|\bartigian\w*|\bambachtelijk\w*|\bkleinbrau\w*|\bindependent\b")
_INDUSTRIAL = (r"\bindustri\w*|\bgroup\b|\bgroupe\b|\bgrupo\b|\bgruppo\b|\bgroep\b|\bkonzern\w*|\bmultinational\w*|\bmultinacional\w*|"
               r"\bmultinazional\w*|\bplc\b|\bmillion\w*|\bmillon\w*|\bmilion\w*|\bmilhoes\b|\bmio\b|\bmiljoen\w*|\bgross\w*|\bgroot\w*|"
               r"\bglobal\b|\bleader\b|\blider\b|\bleading\b")
_AT_HOME = (r"\bcaseir[oa]s?\b|\bcaser[oa]s?\b|\bhome-?\w*|\bthuis\w*|\bhobby\w*|\bfait[- ]maison\b|\bfatto in casa\b|\bamateur\w*|"
            r"\bamador\w*|\bamatorial\w*|\baficionad[oa]s?\b|\bappassionat[oi]\b|\bliefhebber\w*|\bweekend\w*|\bgarag\w*|\bpassionne\w*|"
            r"\bpassionate\b|\bin my spare time\b|\bfreizeit\w*")
_MANUFACTURER = (r"\bmanufactur\w*|\bmanifattur\w*|\bfabri\w*|\bfabbric\w*|\w*fabriek\w*|\w*fabrik\w*|\w*hersteller\w*|\bherstellung\w*|"
                 r"\bindustri\w*|\bmetal\w*|\w*maschinenbau\w*|\bmachinebouw\w*|\busine\w*|\bfonderi\w*|\bfoundr\w*|\bfundic\w*|"
                 r"\w*giesserei\w*|\bgieterij\w*|\bcastings?\b|\bmeccanic\w*|\bwerke?\b|\bstabiliment\w*|\bfactor(?:y|ies)\b|\bplants?\b|"
                 r"\bproduction\b|\bproduccion\b|\bproduzione\b|\bproducao\b|\bproduktion\w*|\bproductie\w*")
_SUPERMARKET = (r"\bsuperm\w*|\bhiperm\w*|\bhyperm\w*|\bgrocer\w*|\bgrande distribution\b|\bgdo\b|\blebensmittel(?:einzel)?handel\w*|"
                r"\bdiscounter\w*|\benseignes?\b|\bsupermarkt\w*|\bsupermercat\w*|\bsupermerc\w*|\bsupermarch\w*|\bgrande distribuzione\b|"
                r"\bgran distribucion\b|\bretail\w*|\bvarejo\b|\bretalho\b")
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
    # "biologische boeren", "organic wholesalers": the headline must say organic (bio, Demeter, ecológico), and not conventional
    "organic": (r"\bbiologi(?:sch|sche|co|ca|ci|che|que|ques|cal)\b|\bbio\b|\borganic\b|\becologic[oa]s?\b|\becologique\w*|\bokologisch\w*|"
                r"\bbiodynam\w*", _ORGANIC, r"\bconvention\w*|\bkonventionell\w*|\bconvenzional\w*|\bconvencional\w*|\bgangbar\w*|"
                r"\bintensi(?:ve|vo|va|ef|f|v)\b"),
    # "boutiques independentes": an independent shop, not a department store or a chain
    "independent shop": (r"\b(?:libraires?|booksellers?|\w*buchhandler(?:in|innen)?|librer[oa]s?|librai[oa]|livreir[oa]s?|boekverkopers?) "
                         r"(?:independ|indipendent|unabhangig|onafhankelijk)\w*|\b(?:independent|unabhangige[n]?|onafhankelijke) (?:booksellers?|buchhandler\w*|boekverkopers?)\b|"
                         r"\b(?:boutiques?|shops?|stores?|lojas?|tiendas?|negozi|winkels?|laden|geschafte?)\b.*\b(?:independ\w*|indipendent\w*|"
                         r"unabhangig\w*|onafhankelijk\w*)|\b(?:independ\w*|indipendent\w*|unabhangig\w*|onafhankelijk\w*) (?:boutiques?|shops?|stores?|"
                         r"lojas?|tiendas?|negozi|winkels?|laden|geschafte?|retail\w*)\b", _INDEPENDENT, _CHAIN),
    # "que trabajan como autónomos", "por conta própria": the headline must say self-employed, not employed
    "self-employed": (r"\bautonom[oa]s\b|\bpor (?:conta|cuenta) propria\b|\bself-?employed\b|\ba (?:leur|son) compte\b|\bselbst(?:st)?andig\w*|"
                      r"\bin proprio\b|\bzzp\w*|\bzelfstandig\w*|\bsole traders?\b", _SELF_EMPLOYED, _EMPLOYED),
    # "Privatpraxen", "private practices": a practice of their own, not an app or an employer's service
    "private practice": (r"\w*privatprax\w*|\bprivate practices?\b|\bcabinets? (?:liberaux|prives)\b|\bconsultas? privadas?\b|"
                         r"\bconsultorios? privados?\b|\bstudi privati\b|\bvrijgevestigde praktijk\w*|\beigen praktijk\w*",
                         _PRACTICE, r"\bstart-?ups?\b|\bapps?\b|\bplatforms?\b|\bplateformes?\b|\bpiattaform[ae]\b|\bplataformas?\b|\bplattform\w*|"
                                    r"\bnhs\b|\basl\b|\bemployed\b|\bangestellt\w*"),
    # "titulaires de leur propre cabinet": the owner of the practice, not an associate, a locum or a salaried one
    "own practice": (r"\btitulaires?\b.*\b(?:cabinet|praxis|practice|clinic|studio|consult\w*)|\b(?:propre|own|eigene[nr]?|propri[oa]|propia|propria|"
                     r"eigen) (?:cabinet|praxis|practice|clinic|studio|consulta|consultorio|clinica|praktijk)\b|\bpraxisinhaber\w*|\bpractice owners?\b",
                     _OWNER, r"\bcollaborat(?:eur|rice|ore|rice)\b|\bassociate\b|\bsalari\w*|\basalariad\w*|\bangestellt\w*|\bemployed\b|"
                             r"\bdipendente\b|\bwaarnemer\w*|\blocum\w*|\bin loondienst\b|\bassalariad\w*|\bremplacant\w*"),
    # "in Ausbildung", "in training", "en formación", "praticanti" (of a profession): in training for it, not qualified
    "in training": (r"\bin (?:ausbildung|training|opleiding|formazione)\b|\ben formacion\b|\bem formacao\b|\ben formation\b|\btrainees?\b",
                    r"\bin (?:ausbildung|training|opleiding|formazione)\b|\ben formacion\b|\bem formacao\b|\ben formation\b|\btrainees?\b|\bpia\b|"
                    r"\bspecializzand[oaie]\b|\ballie(?:vo|va|vi|ve) (?:di|della|del) (?:una |la )?scuol\w*|\bausbildungskandidat\w*|\bi\.? ?a\.?\b|"
                    r"\bin opleiding tot\b|\bestagiari[oa]s?\b|\bpraticant[ei]\b|\bvolontar(?:in|innen|e)?\b", ""),
    # "psychiatrischer Kliniken", "psychiatric hospitals": a psychiatric one (not a cardiology department)
    "psychiatric": (r"\bpsychiatr\w*|\bpsichiatr\w*|\bpsiquiatr\w*", r"\w*psychiatr\w*|\bpsichiatr\w*|\bpsiquiatr\w*|\bggz\b|\bmental health\b|"
                    r"\bsante mentale\b|\bsalud mental\b|\bsalute mentale\b|\bsaude mental\b|\bgeestelijke gezondheidszorg\b", ""),
    # "quotidiani locali", "local dailies": a daily newspaper, not a magazine, a radio station or a national title
    "local daily": (r"\bquotidian[oi] local[ei]\b|\blocal (?:daily|dailies|daily newspapers?)\b|\bdiarios? local(?:es)?\b|\bquotidiens? locaux\b|"
                    r"\bquotidiens? local\b|\blokale?n? (?:tages)?zeitung\w*|\blokale? dagblad\w*|\bjorna(?:l|is) (?:diarios? )?loca(?:l|is)\b|"
                    r"\bregionale? dagblad\w*|\bregional (?:daily|dailies)\b",
                    r"\bquotidian\w*|\bquotidien\w*|\bdail(?:y|ies)\b|\bdiari[oa]s?\b|\w*zeitung\w*|\w*tagblatt\w*|\w*dagblad\w*|\bjornal\b|\bgazzett\w*|"
                    r"\bgazet\w*|\bnewspapers?\b|\bkrant\w*|\bperiodico\b|\bgiornale\b",
                    r"\bradio\w*|\btv\b|\btelevis\w*|\bmagazin\w*|\brivist[ae]\b|\brevistas?\b|\bsettimanal\w*|\bhebdo\w*|\bweekl\w*|\bwochen\w*|"
                    r"\bweekblad\w*|\bsemana(?:rio|l)\w*|\bnazional\w*|\bnational\w*|\bnacional\w*|\blandelijk\w*|\bbundesweit\w*|\bueberregional\w*|\buberregional\w*"),
    # "FP", "formación profesional", "vocational": a vocational course (bac pro, mbo, Fachschule, IeFP, BTEC), not a university degree
    "vocational": (r"\bfp\b|\bformacion profesional\b|\bvocational\b|\bformation professionnelle\b|\bberufsschul\w*|\bberufsausbildung\b|"
                   r"\bformazione professionale\b|\bensino profissional\b|\bmbo\b|\bberoepsonderwijs\b", _VOCATIONAL,
                   r"\buniversi\w*|\bhochschule\w*|\bhogeschool\w*|\bingenieu\w*|\bengineering\b|\bingenier\w*|\bingegneri\w*|\bengenhari\w*|"
                   r"\b[bm]\.? ?eng\b|\bbachelor\w*|\bmasters?\b|\bgrado en\b|\blaurea\b|\blicenciatura\b|\bb\.? ?sc\b|\bm\.? ?sc\b"),
    # "instaladores fotovoltaicos": solar work said (PV, Solarteur, panneaux solaires, zonnepanelen)
    "solar": (r"\bfotovolta\w*|\bphotovolta\w*|\bsolar(?:es|i)?\b|\bsolaires?\b|\bzonne-?(?:energie|panelen)\b", _SOLAR, ""),
    # "energías renovables", "erneuerbare Energien": a renewable energy said (solar, wind, "duurzame energie")
    "renewable energy": (r"(?:\benerg\w* (?:de |das |des )?)?(?:\brenovabl\w*|\brenewabl\w*|\brenouvelabl\w*|\brinnovabil\w*|\brenovave\w*|"
                         r"\berneuerbar\w*|\bhernieuwbar\w*)(?: energ\w*)?",
                         _SOLAR + r"|\brenovabl\w*|\brenewabl\w*|\brenouvelabl\w*|\brinnovabil\w*|\brenovave\w*|\berneuerbar\w*|"
                                  r"\bhernieuwbar\w*|\bduurzame energie\w*|\bregenerativ\w* energ\w*|\beoli\w*|\bwind ?(?:energ|power|turbin|kraft)\w*", ""),
    # "bénévoles en bibliothèque", "Ehrenamtliche": a volunteer, not one paid for the same work
    "volunteer": (_VOLUNTEER, _VOLUNTEER, ""),
    # "médiathèques municipales", "bij gemeenten": a public or municipal body (Stadtbibliothek, civica), not a university's or a firm's
    "municipal": (r"\bmunicipa\w*|\bcommunales?\b|\bcomunal(?:es)?\b|\bcomunali\b|\bgemeente\w*|\bgemeenten\b|\bgemeindlich\w*|\bstadtisch\w*|"
                  r"\bkommunal\w*|\bcivic\w*|\bcivich[ei]\b|\bpublic librar\w*|\bbibliotheques? publiques?\b", _MUNICIPAL, _NOT_MUNICIPAL),
    # "bibliothèques universitaires", "university libraries": a university's (a BU, a SCD, a Hochschule), not a town's
    "university": (r"\buniversitaires?\b|\buniversitari[oa]s?\b|\buniversitarie?\b|\buniversitair\w*|\buniversity (?=librar|hospital|press|museum)|"
                   r"\bhochschulbiblio\w*|\buniversitatsbiblio\w*", _UNIVERSITY, ""),
    # "microcervejarias", "craft breweries": a small maker, not an industrial group producing millions
    "micro or craft": (r"\bmicro-?(?!entrepr|empres|impres|busines|onderne|enterpr|firm|compan)[a-z]{4,}|\bcraft (?!\w*(?:skills?|beer lovers?))\w+|"
                       r"\bartesana(?:is|l|les)?\b|\bartisana(?:le|les|l)\b|\bartigianal[ei]\b|\bambachtelijke?\b", "", _INDUSTRIAL),
    # "cervejeiros caseiros", "home bakers", "thuisbrouwers": who makes it at home or as a hobby, not a professional
    "at home": (r"\bcaseir[oa]s\b|\bcaser[oa]s\b|\bhome-? ?(?:brew|bak|cook|roast|distill|wine)\w*|\bthuis\w{4,}|\bhobby\w{3,}|\bfaits? maison\b",
                _AT_HOME, r"\bprofession\w*|\bmaster\b|\bmaitre\b|\bmestre\b|\bmaestro\b|\bmastro\b|\w*meister\w*|\bbrouwmeester\b|"
                          r"\bbuyer\b|\bacheteu\w*|\bcomprador\w*|\binkoper\w*|\w*einkauf\w*|\brepresentante\b|\bsales\b|\bcommercial\w*|"
                          r"\bstudent\w*|\bestudiante\w*|\bestudante\w*|\bauszubildend\w*|\bazubi\b|\bmaster\w*|\bmaster en\b|"
                          r"\bassistent\w*|\bassistant\w*"),
    # "aziende manifatturiere", "manufacturers": a maker of things (a foundry, a Maschinenbau, a factory), not a bank or a retailer
    "manufacturer": (r"\bmanifatturier\w*|\bmanufactur\w*|\bfabricant\w*|\bfabricante\w*|\bhersteller\w*|\bfabrikant\w*|\bfabbricant\w*|"
                     r"\bindustrie manufacturiere\b|\bmaakbedrij\w*|\bmaakindustrie\b|\bproduzierende\w*", _MANUFACTURER, ""),
    # "compradores de bebidas", "Getränkeeinkäufer", "drinks buyers": the goods must be drinks (beer, wine, spirits…), not frozen food or dairy
    # ("alimentos y bebidas", "food & beverage": a hotel's F&B department, no kind of goods)
    "beverages": (r"(?<!\by )(?<!\be )(?<!\band )(?<!& )(?<!\bet )(?<!\bund )(?<!\ben )"
                  r"(?:\bbebidas?\b|\bbeverages?\b|\bdrinks\b|\bboissons?\b|\bgetranke\w*|\bbevande\b|\bdranken\b)",
                  r"\bbebidas?\b|\bbeverages?\b|\bdrinks?\b|\bboissons?\b|\w*getranke\w*|\bbevande\b|\w*dranken\b|\bbeers?\b|\bwines?\b|"
                  r"\bspirits?\b|\bbieres?\b|\bvins?\b|\bspiritueux\b|\bcerveza\w*|\bcerveja\w*|\bvinhos?\b|\bvinos?\b|\bbirr[ae]\b|\bvini\b|"
                  r"\w*bier\b|\w*wein\w*|\bwijn\w*|\bsoft drinks?\b|\bsodas?\b|\bliquor\w*|\blicor\w*|\bsumos?\b|\bzumos?\b|\bsucchi\b|\bsappen\b", ""),
    # "redes de supermercados", "supermarket chains": a supermarket or grocery chain, not a restaurant or hotel group
    "supermarket": (r"(?:\b(?:redes?|cadenas?|catene?|chaines?|ketens?|chains?|chain of) (?:de |di |of )?)?\bsuperm(?:ercad|arch|arkt|arket|ercat)\w*|"
                    r"\bsupermarktket\w*|\bgrocery (?:chains?|retail\w*)\b|\bgrande distribution\b|\bgrande distribuzione\b", _SUPERMARKET,
                    r"\brestaura\w*|\bristora\w*|\bhotel\w*|\bcafes?\b|\bbar\b|\bhoreca\w*|\bcatering\b"),
}
_QUALIFIER_RX = {label: (rxcache.compile(p), rxcache.compile(m) if m else None, rxcache.compile(n) if n else None)
                 for label, (p, m, n) in QUALIFIERS.items()}


@lru_cache(maxsize=20000)
def qualifiers(phrase: str) -> tuple[str, ...]:
    """The qualifiers of an organisation a phrase names: ("amateur",) for "Vorstände von Amateursportvereinen"."""
    folded = fold(phrase)
    return tuple(label for label, (rx, _, _) in _QUALIFIER_RX.items() if rx.search(folded))


def qualifier_spans(folded: str) -> list[tuple[int, int]]:
    """Where a phrase (folded) says its qualifiers: "biologische", "por conta própria", "in Ausbildung" are no field words."""
    return [m.span() for rx, _, _ in _QUALIFIER_RX.values() for m in rx.finditer(folded) if m.end() > m.start()]


def qualifier_unmet(label: str, text: str) -> bool:
    """Whether a headline fails the qualifier: a Bundesliga club for "amateur", a medical-device maker for "pharmaceutical"."""
    _, must, must_not = _QUALIFIER_RX[label]
    folded = fold(text)
    return bool((must and not must.search(folded)) or (must_not and must_not.search(folded)))


# words of a phrase that say how someone works, not their field ("que trabajan como", "who work")
_WORKING = rxcache.compile(r"\b(?:que|who|qui|die|che|das|dat)?\s*(?:trabajan|trabalham|work(?:s|ing)?|travaillent|arbeiten|lavorano|werken)"
                      r"(?:\s+(?:como|as|comme|als|come|por|for|para|on|voor))?\b")


def unsaid(folded: str) -> str:
    """A phrase's field words (folded) without its role nouns, qualifiers, kinds of organisation and working conditions."""
    rxs = [*_NOUN_RX.values(), *(rx for rx, _, _ in _QUALIFIER_RX.values()), *_ORG_KIND_RX.values(), _WORKING]
    for rx in rxs:
        folded = rx.sub(" ", folded)
    return folded
