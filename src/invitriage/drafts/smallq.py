""""Do you do SEO audits for small budgets?", "beraten Sie auch kleine Unternehmen?": the small part answered.

A note that asks whether the owner works for small budgets or small businesses gets an explicit yes that says so,
when her settings (``help_whom`` or ``offer``) name small businesses and e-shops: never a bare "yes, I do audits" that
ignores the budget, never a yes the settings cannot back.

>>> asked("Est-ce que vous faites des audits SEO pour des petits budgets ?")
'budget'
>>> asked("Hello Camille, do you consult for small businesses? I run a candle shop.")
'business'
>>> line("en", "business")
'Yes, I work a lot with small businesses and e-shops.'
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

_SMALL_BUDGET = (r"\b(?:(?:small|tiny|tight|low|limited|modest|smaller) budgets?|petits? budgets?|budgets? (?:serres?|limites?|modestes?|reduits?)"
                 r"|kleine[nmrs]? budgets?|kleinem budget|begrenzte[nms]? budgets?|presupuestos? (?:pequenos?|ajustados?|limitados?|reducidos?)"
                 r"|poco presupuesto|budget (?:piccol[oi]|ridott[oi]|limitat[oi])|piccoli budget|poco budget|orcamentos? (?:pequenos?|apertados?|limitados?|reduzidos?)"
                 r"|pouco orcamento|klein(?:e)? budget(?:ten)?|beperkte? budget(?:ten)?)\b")
_SMALL_BIZ = (r"\b(?:small (?:\w+ )?(?:business(?:es)?|compan(?:y|ies)|shops?|brands?|firms?)|smes?|petites? (?:entreprises?|structures?|boutiques?|commerces?)|tpe|pme"
              r"|kleine[nr]? (?:unternehmen|betriebe?n?|firmen|shops?|laden|online-?shops?|geschafte|marken)|kleinunternehm\w*|pequenas? (?:empresas?|negocios?|tiendas?|lojas?)|pymes?"
              r"|piccol[ei] (?:imprese|aziende|attivita|realta|negozi|shop|e-?commerce|brand|marchi)|attivita piccole|realta piccole|pmi|kleine (?:\w+ )?(?:bedrijven|ondernemers?|ondernemingen|zaken|winkels?|webshops?|webwinkels?)|mkb"
              # the adjective after the noun: "¿asesoras a tiendas pequeñas?", "lojas pequenas", "negozi piccoli"
              r"|(?:empresas?|negocios?|tiendas?|comercios?|marcas?|lojas?|negozi|aziende|imprese|attivita|marchi|brands?) (?:pequen[oa]s|piccol[ei]))\b")
#: "do you …?", "faites-vous …", "beraten Sie …", "¿haces …?", "fa consulenze …", "você faz …", "doe je …" (folded)
_DO_YOU = (r"\b(?:do you|are you|would you|can you|could you|faites-vous|vous faites|tu fais|fais-tu|travaillez-vous|vous travaillez|tu travailles"
           r"|accompagnez-vous|vous accompagnez|tu accompagnes|proposez-vous|vous proposez|machst du|machen sie|bietest du|bieten sie|arbeitest du"
           r"|arbeiten sie|beratst du|beraten sie|unterstutzt du|unterstutzen sie|haces|hace usted|hace|trabajas|trabaja|ofreces|ofrece|asesoras|asesora"
           # (never the French noun: "une offre groupée SEO + UX pour les PME" is a joint offer proposed, not "do you offer …")
           r"|fai|fa|lavori|lavora|offri|(?<!une )(?<!l')(?<!d')(?<!cette )(?<!notre )(?<!votre )(?<!nos )(?<!vos )(?<!mon )(?<!ton )(?<!son )offre|segui|segue|voce faz|faz|fazes|trabalha|trabalhas|atende|atendes|oferece|ofereces|doe je|doet u|werk je"
           r"|werkt u|help je|helpt u|bied je|biedt u|begeleid je|begeleidt u"
           # "vous intervenez aussi en B2B ?", "interviens-tu auprès des PME ?"
           r"|intervenez-vous|vous intervenez|interviens-tu|tu interviens"
           # "wanted to ask if you also advise small businesses", "wollte fragen, ob du auch kleine Shops berätst?"
           r"|(?:if|whether) you (?:also |ever |still )?(?:advise|work|help|consult|coach|support|take on|offer|do)"
           # "wollte fragen, ob du auch kleine Shops berätst?": the verb at the end of the "ob" clause
           r"|ob (?:du|sie) (?:[\w-]+ ){0,4}(?:beratst|beraten|betreust|betreuen|unterstutzt|unterstutzen|machst|arbeitest|begleitest|begleiten))\b")

#: Her pick asked, the small budget only its setting (folded): "for a B2B SaaS with a small budget, would you put money into
#: LinkedIn ads or content first?", "avec un petit budget, vous conseilleriez quoi ?", "con poco presupuesto, ¿qué recomiendas?":
#: advice asked, never whether she works for small budgets.
_PICK_ASKED = (r"\b(?:recommend\w*|recommand\w*|conseill\w*|recomiend\w*|recomend\w*|aconsej\w*|consigli\w*|aconselh\w*|empfiehl\w*|empfehl\w*"
               r"|aanrad\w*|raad (?:je|jij|u) aan|would you (?:put|invest|spend|go for|choose|pick|prioriti[sz]e|focus|bet)|where would you"
               r"|which (?:one |would )?(?:would |do )?you)\b")
#: The first of two things asked ("… LinkedIn ads or content first?", "SEO ou pub en premier ?", "¿SEO o anuncios primero?"),
#: or where to start between two ("would you start with lead gen forms or a landing page for a small budget?",
#: "commencerais-tu par … ou …", "¿empezarías con … o …?"): her pick, the small budget only its setting.
_START = (r"first|d'abord|en premier|primero|primeiro|per primo|per prima|zuerst|als erstes|eerst"
          r"|start\w*|begin\w*|commenc\w*|empez\w*|comenz\w*|inizi\w*|comincer\w*|comec\w*|anfang\w*|anfangen|beginn\w*")
_FIRST_OF_TWO = (r"\b(?:or|ou|o|oder|of|oppure)\b[^?]*\b(?:" + _START + r")\b"
                 r"|\b(?:" + _START + r")\b[^?]*\b(?:or|ou|o|oder|of|oppure)\b")

#: A how/what question before the "do you" ("how do you measure the ROI of ads for a small shop?", "comment vous mesurez …",
#: "wie misst du …"): her method asked, never whether she works for small budgets or small businesses.
_HOW_BEFORE = r"\b(?:how|what|which|where|why|comment|pourquoi|quel\w*|como|cual\w*|donde|come|quale|dove|perche|wie|welche\w*|wo|hoe|wat|welk\w*|waar)\W+(?:\w+\W+){0,2}$"

#: An opinion asked right after the "do you" ("do you think Advantage+ is worth it with a tiny budget?", "would you say …",
#: "do you reckon …"): her view on a tactic, never whether she works for small budgets.
_OPINION_AFTER = r"\s+(?:really |honestly |personally )?(?:think|reckon|believe|feel|suppose|say)\b"

#: Training named in the question (folded): "formaciones en SEO para equipos pequeños", "training for small teams",
#: "Schulungen für kleine Teams": a yes to the training for them, never a bare "I advise small businesses" (164 C).
_TRAINING = (r"\b(?:trainings?|workshops?|formations?|ateliers?|formacion(?:es)?|cursos?|talleres?|formazion[ei]|corsi|workshop"
             r"|formac(?:ao|oes)|schulung(?:en)?|seminare?|trainingen|cursussen|opleidingen)\b")
#: Small teams (folded): "small teams", "petites équipes", "equipos pequeños", "kleine Teams", "piccoli team", "equipas pequenas".
_SMALL_TEAM = (r"\b(?:small (?:\w+ )?teams?|petites? equipes?|equipes? (?:reduites?|restreintes?)|equipos? pequenos|pequenos equipos"
               r"|kleine[nr]? teams?|piccoli team|team piccoli|equipas? pequenas|pequenas equipas|equipes? pequenas|pequenas equipes|kleine teams)\b")

#: In-house training asked (folded): "in-house training for small teams", "formations en intra": the in-house yes of the
#: trainings answer says it better than a yes to small teams.
_IN_HOUSE = r"\b(?:in-?house|inhouse|in-?company|incompany|intra|en entreprise|en empresa|in azienda|in der firma|firmenintern\w*|interne?|intern)\b"

#: B2B named as a kind of client (folded): "do you also work with B2B?", "vous intervenez aussi en B2B ?", "¿trabajas también
#: con empresas B2B?", "lavori anche nel B2B?", "arbeitest du auch im B2B?", "werk je ook voor B2B?".
_B2B = r"\b(?:b2b|btob|business[ -]to[ -]business)\b"
#: B2B beside the "do you" but not her clients asked (folded): "B2B-Schulungen für Vertriebsteams" (a training's kind), "für
#: B2B-Unternehmen im deutschsprachigen Raum" (the region is the question, answered by her regions).
_B2B_NOT_CLIENTS = (r"\b(?:b2b|btob)-(?:schulung|training|kurs|workshop|seminar|formation|formacion|formazione|opleiding|cursus)\w*"
                    r"|\b(?:raum|region\w*|regio|dach|pays|paises|paesi|landen|lander[n]?|countries|schweiz|suisse|svizzera|belgi\w*"
                    r"|osterreich|austria|deutschland|germany|allemagne|alemania|canada|spain|espagne|espana|italia|italy)\b")
#: Her work with B2B companies in her settings (folded): the segment named, or the marketing directors she works with.
_OWNER_B2B = r"\bb2b\b|\bmarketing (?:directors?|managers?|teams?)\b"

_OWNER_SMALL = r"\bsmall (?:business|compan|shop|brand)\w*|\bsmes?\b"
_OWNER_ESHOP = r"\be-?shops?\b|\bonline (?:shops?|stores?)\b|\be-?commerce\b"


def asked(note: str) -> str:
    """"budget" (small budgets asked about), "business" (small businesses asked about), "training" (training for small
    teams asked about), "training_biz" (training for small businesses asked about) or "" — in a question of the
    note ("?" ended: indirect questions are ended so before, writer.asked_outright) that asks whether she does it."""
    for s in cre.split(r"(?<=[.!?…\n])\s+", note or ""):
        if "?" not in s:
            continue
        f = fold(s)
        do_you = cre.search(_DO_YOU, f)
        if not do_you or cre.search(_HOW_BEFORE, f[:do_you.start()]) or cre.search(_PICK_ASKED, f) or cre.search(_FIRST_OF_TWO, f) \
                or cre.match(_OPINION_AFTER, f[do_you.end():]):
            continue
        if cre.search(_TRAINING, f) and cre.search(_SMALL_BIZ, f) and not cre.search(_IN_HOUSE, f):
            # (small teams alone: the trainings answer's own yes, "in-house training … glad to work with your team", says it
            # better; small businesses named too: the yes to training for them, never a bare "I advise small businesses")
            return "training" if cre.search(_SMALL_TEAM, f) else "training_biz"
        if cre.search(_B2B, f[do_you.end():do_you.end() + 50]) and not cre.search(_B2B_NOT_CLIENTS, f):
            return "b2b"  # "do you also work with B2B or mainly e-commerce?": the B2B asked, said plainly
        if cre.search(_SMALL_BUDGET, f):
            return "budget"
        if cre.search(_SMALL_BIZ, f):
            return "business"
    return ""


def owner_serves(kind: str, phrases: list[str]) -> bool:
    """Do the owner's settings (help_whom, meet_whom, offer) back the yes for ``kind`` ("b2b": B2B companies or their
    marketing directors; any other: small businesses and e-shops)?

    >>> owner_serves("b2b", ["founders of small businesses and e-shops", "marketing directors"]), owner_serves("b2b", ["students"])
    (True, False)
    """
    if kind == "b2b":
        return bool(cre.search(_OWNER_B2B, fold(" ".join(phrases))))
    return owner_serves_small(phrases)


def owner_serves_small(phrases: list[str]) -> bool:
    """Do the owner's settings (help_whom, offer) say she works with small businesses and e-shops?"""
    text = fold(" ".join(phrases))
    return bool(cre.search(_OWNER_SMALL, text) and cre.search(_OWNER_ESHOP, text))


#: (small budget, the audit named), (small budget, other work), (small businesses): per language.
_LINES: dict[str, tuple[str, str, str, str]] = {
    "en": ("Yes, I do {audit} for small budgets too: I work a lot with small businesses and e-shops, and I scope the audit to the budget.",
           "Yes, small budgets too: I work a lot with small businesses and e-shops, and I scope my work to the budget.",
           "Yes, I work a lot with small businesses and e-shops.",
           "Yes, I do {audit}, and I work a lot with small businesses and e-shops."),
    "fr": ("Oui, je fais aussi des {audit} pour les petits budgets : j'accompagne beaucoup de petites entreprises et d'e-shops, et j'adapte l'audit au budget.",
           "Oui, les petits budgets aussi : j'accompagne beaucoup de petites entreprises et d'e-shops, et j'adapte mon intervention au budget.",
           "Oui, j'accompagne beaucoup de petites entreprises et d'e-shops.",
           "Oui, je fais des {audit}, et j'accompagne beaucoup de petites entreprises et d'e-shops."),
    "de": ("Ja, ich mache auch {audit} für kleine Budgets: Ich berate viele kleine Unternehmen und Onlineshops, und den Umfang des Audits passe ich an das Budget an.",
           "Ja, auch mit kleinem Budget: Ich berate viele kleine Unternehmen und Onlineshops und passe den Umfang an das Budget an.",
           "Ja, ich berate viele kleine Unternehmen und Onlineshops.",
           "Ja, ich mache {audit} und berate viele kleine Unternehmen und Onlineshops."),
    "es": ("Sí, también hago {audit} para presupuestos pequeños: asesoro a muchas pequeñas empresas y tiendas online, y ajusto la auditoría al presupuesto.",
           "Sí, también con presupuestos pequeños: asesoro a muchas pequeñas empresas y tiendas online, y ajusto el trabajo al presupuesto.",
           "Sí, asesoro a muchas pequeñas empresas y tiendas online.",
           "Sí, hago {audit} y asesoro a muchas pequeñas empresas y tiendas online."),
    "it": ("Sì, faccio {audit} anche per budget piccoli: seguo spesso piccole attività ed e-shop, e calibro l'audit sul budget.",
           "Sì, anche con budget piccoli: seguo spesso piccole attività ed e-shop, e calibro il lavoro sul budget.",
           "Sì, seguo spesso piccole attività ed e-shop.",
           "Sì, faccio {audit} e seguo spesso piccole attività ed e-shop."),
    "pt-BR": ("Sim, faço {audit} também para orçamentos pequenos: atendo muitas pequenas empresas e lojas virtuais, e ajusto a auditoria ao orçamento.",
              "Sim, também com orçamentos pequenos: atendo muitas pequenas empresas e lojas virtuais, e ajusto o trabalho ao orçamento.",
              "Sim, atendo muitas pequenas empresas e lojas virtuais.",
           "Sim, faço {audit} e atendo muitas pequenas empresas e lojas virtuais."),
    "pt": ("Sim, também faço {audit} para orçamentos pequenos: acompanho muitas pequenas empresas e lojas online, e ajusto a auditoria ao orçamento.",
           "Sim, também com orçamentos pequenos: acompanho muitas pequenas empresas e lojas online, e ajusto o trabalho ao orçamento.",
           "Sim, acompanho muitas pequenas empresas e lojas online.",
           "Sim, faço {audit} e acompanho muitas pequenas empresas e lojas online."),
    "nl": ("Ja, ik doe ook {audit} voor kleine budgetten: ik begeleid veel kleine bedrijven en webshops, en ik stem de audit af op het budget.",
           "Ja, ook met een klein budget: ik begeleid veel kleine bedrijven en webshops, en ik stem het werk af op het budget.",
           "Ja, ik begeleid veel kleine bedrijven en webshops.",
           "Ja, ik doe {audit} en ik begeleid veel kleine bedrijven en webshops."),
}

#: The yes to training asked for small businesses, per language (164 C): no team named, so none said.
_TRAINING_LINES = {
    "en": "Yes, I also run trainings, and I work a lot with small businesses and e-shops.",
    "fr": "Oui, j'anime aussi des formations, et j'accompagne beaucoup de petites entreprises et d'e-shops.",
    "de": "Ja, ich gebe auch Schulungen und berate viele kleine Unternehmen und Onlineshops.",
    "es": "Sí, también doy formaciones, y asesoro a muchas pequeñas empresas y tiendas online.",
    "it": "Sì, tengo anche formazioni, e seguo spesso piccole attività ed e-shop.",
    "pt-BR": "Sim, também dou treinamentos, e atendo muitas pequenas empresas e lojas virtuais.",
    "pt": "Sim, também dou formações, e acompanho muitas pequenas empresas e lojas online.",
    "nl": "Ja, ik geef ook trainingen, en ik begeleid veel kleine bedrijven en webshops.",
}

#: The yes to B2B asked ("do you also work with B2B or mainly e-commerce?"): B2B said plainly, beside the e-shops she serves.
_B2B_LINES = {
    "en": "Yes, I work with B2B companies too, not only with e-shops.",
    "fr": "Oui, j'interviens aussi en B2B, pas seulement pour des e-shops.",
    "de": "Ja, ich arbeite auch mit B2B-Unternehmen, nicht nur mit Onlineshops.",
    "es": "Sí, también trabajo con empresas B2B, no solo con tiendas online.",
    "it": "Sì, lavoro anche con aziende B2B, non solo con e-shop.",
    "pt-BR": "Sim, também atendo empresas B2B, não só lojas virtuais.",
    "pt": "Sim, também trabalho com empresas B2B, não só com lojas online.",
    "nl": "Ja, ik werk ook met B2B-bedrijven, niet alleen met webshops.",
}

#: The yes to training for small teams alone (164 C): the team asked about, no word on the businesses she advises.
_TEAM_TRAINING_LINES = {
    "en": "Yes, I also run trainings for small teams.",
    "fr": "Oui, j'anime aussi des formations pour les petites équipes.",
    "de": "Ja, ich gebe auch Schulungen für kleine Teams.",
    "es": "Sí, también doy formaciones para equipos pequeños.",
    "it": "Sì, tengo anche formazioni per piccoli team.",
    "pt-BR": "Sim, também dou treinamentos para equipes pequenas.",
    "pt": "Sim, também dou formações para equipas pequenas.",
    "nl": "Ja, ik geef ook trainingen voor kleine teams.",
}

#: Pages that do not rank (folded): "meine Produktseiten ranken gar nicht", "my pages don't rank", "mijn pagina's ranken
#: niet", "no posicionan", "non si posizionano", "não rankeiam": an SEO problem told without the word.
_NOT_RANKING = (r"\b(?:ranken|rank|ranks|ranking|ranqueia\w*|rankeia\w*|ranqueando|rankeando)\s+(?:\w+\s+)?(?:gar\s+|helemaal\s+|totaal\s+)?(?:nicht|niet|nergens)\b"
                r"|\b(?:don't|doesn't|do not|does not|aren't|isn't|not|nao|no|non)\s+(?:\w+\s+)?(?:rank|ranking|ranken|rankeia\w*|ranqueia\w*|posiciona\w*|posizionan\w*|si posizionan\w*)\b")
#: A site not found on Google (folded): "our site doesn't show up on Google", "notre site n'apparaît pas sur Google", "no
#: aparece en Google", "non compare su Google", "não aparece no Google", "wird bei Google nicht gefunden", "we zijn niet
#: vindbaar in Google": an SEO problem told without the word (never the Google Ads named).
_NOT_SHOWN = (r"(?:(?:doesn't|don't|does not|do not|isn't|aren't|never|not) (?:show(?:s|ing)? up|appear\w*|come up|found|visible)"
              r"|n'appar\w+ (?:pas|jamais|nulle part)|(?:n'est|ne sont|ne sommes) (?:pas|jamais) (?:visibles?|trouves?)|no (?:aparece\w*|aparecemos|salimos|sale)"
              r"|non (?:compa\w+|appa\w+|esce|usciamo)|nao (?:aparece\w*|aparecemos)|(?:erscheint|erscheinen|auftauch\w*|gefunden|sichtbar) (?:\w+ )?nicht"
              r"|nicht (?:\w+ )?(?:gefunden|auftauch\w*|sichtbar)|(?:verschijnt|verschijnen) (?:\w+ )?niet|niet (?:\w+ )?(?:gevonden|vindbaar|zichtbaar))")
_NOT_ON_GOOGLE = (rf"\b{_NOT_SHOWN}\b[^.!?\n]{{0,30}}\bgoogle\b(?![- ]?ads)|\bgoogle\b(?![- ]?ads)[^.!?\n]{{0,30}}\b{_NOT_SHOWN}\b")
#: The audit named as the note names it: (pattern on the folded note, per language).
_AUDITS: list[tuple[str, dict[str, str]]] = [
    (r"\bseo\b|" + _NOT_RANKING + "|" + _NOT_ON_GOOGLE, {"en": "SEO audits", "fr": "audits SEO", "de": "SEO-Audits", "es": "auditorías SEO", "it": "audit SEO", "pt": "auditorias de SEO", "nl": "SEO-audits"}),
    (r"\b(?:google[- ]ads|sea|adwords)\b", {"en": "Google Ads audits", "fr": "audits Google Ads", "de": "Google-Ads-Audits", "es": "auditorías de Google Ads",
                                         "it": "audit Google Ads", "pt": "auditorias de Google Ads", "nl": "Google Ads-audits"}),
    (r"", {"en": "audits", "fr": "audits", "de": "Audits", "es": "auditorías", "it": "audit", "pt": "auditorias", "nl": "audits"}),
]


#: Search ads in an offer (folded): an offer naming them makes a "Google Ads audit" hers.
_SEARCH_ADS_OFFER = r"\b(?:google[- ]ads|sea|adwords|ppc|search ads|paid search)\b"
#: Her own audits named when the note names ads she does not offer ("I invest in Google Ads … do you do audits?"):
#: the SEO and social ads she does audit, never a yes to an audit of the ads she does not run.
_OWN_AUDITS = {"en": "SEO and social ads audits", "fr": "audits SEO et social ads", "de": "SEO- und Social-Ads-Audits",
               "es": "auditorías de SEO y de publicidad en redes sociales", "it": "audit SEO e social ads",
               "pt": "auditorias de SEO e de anúncios nas redes sociais", "nl": "SEO- en social-ads-audits"}


def seo_named(note: str) -> bool:
    """Whether the note names SEO, in the word or as pages that do not rank ("meine Produktseiten ranken gar nicht").

    >>> seo_named("meine Produktseiten ranken gar nicht"), seo_named("my ads don't convert")
    (True, False)
    """
    return bool(cre.search(_AUDITS[0][0], fold(note or "")))


def audit_name(note: str, lang: str, offer: list[str] | None = None) -> str:
    """The audit as the note names it, in ``lang``: "SEO audits", "auditorías SEO", "Audits"; Google Ads only when her
    ``offer`` (when given) holds search ads, else the SEO and social ads audits she does (or plain audits).

    >>> audit_name("Invierto en Google Ads pero no veo resultados. ¿Haces auditorías?", "es", ["SEO", "social ads"])
    'auditorías de SEO y de publicidad en redes sociales'
    >>> audit_name("Investo in Google Ads. Fai audit?", "it", ["SEO", "Google Ads"])
    'audit Google Ads'
    """
    f = fold(note or "")
    base = lang.split("-")[0]
    for rx, names in _AUDITS:
        if not rx or cre.search(rx, f):
            if offer is not None and "Google Ads" in names["en"] and not any(cre.search(_SEARCH_ADS_OFFER, fold(o)) for o in offer):
                offered = {fold(o) for o in offer}
                return _OWN_AUDITS.get(base, "") if {"seo", "social ads"} <= offered else _AUDITS[-1][1].get(base, "")
            return names.get(base, "")
    return ""


#: Said plainly after the yes when Google Ads audits are asked for and search ads are not in her offer (140 D).
_NO_SEARCH_ADS = {"en": "Google Ads, though, isn't part of my offer.", "fr": "En revanche, Google Ads ne fait pas partie de mon offre.",
                  "es": "Google Ads, en cambio, no forma parte de mis servicios.", "it": "Google Ads, invece, non rientra nei miei servizi.",
                  "pt": "Já o Google Ads não faz parte dos meus serviços.", "de": "Google Ads gehört aber nicht zu meinem Angebot.",
                  "nl": "Google Ads hoort echter niet bij mijn aanbod."}


def search_ads_not_offered(note: str, lang: str, offer: list[str]) -> str:
    """The plain "Google Ads is not part of my offer" when the note asks about Google Ads (audits) and ``offer`` holds no
    search ads, else "".

    >>> search_ads_not_offered("Quiero empezar con Google Ads. ¿Haces auditorías?", "es", ["SEO", "social ads"])
    'Google Ads, en cambio, no forma parte de mis servicios.'
    >>> search_ads_not_offered("Investo in Google Ads. Fai audit?", "it", ["SEO", "Google Ads"])
    ''
    """
    if not cre.search(_AUDITS[1][0], fold(note or "")) or any(cre.search(_SEARCH_ADS_OFFER, fold(o)) for o in offer):
        return ""
    return _NO_SEARCH_ADS.get(lang.split("-")[0], "")


def line(lang: str, kind: str, *, audit: str = "") -> str:
    """The explicit yes for ``kind`` ("budget", "business" or "training"), the audit named when one is asked about, or ""."""
    if kind in ("training", "training_biz"):
        lines = _TRAINING_LINES if kind == "training_biz" else _TEAM_TRAINING_LINES
        return by_lang(lines, lang, "")
    if kind == "b2b":
        return by_lang(_B2B_LINES, lang, "")
    table = by_lang(_LINES, lang)
    if not table or kind not in ("budget", "business"):
        return ""
    if kind == "business":
        return table[3].format(audit=audit) if audit else table[2]
    return table[0].format(audit=audit) if audit else table[1]
