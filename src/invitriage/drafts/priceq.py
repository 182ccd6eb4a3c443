""""What would a social ads workshop for 5 people cost?": the price question answered by name, never with "Yes,".

The owner's settings give no number (``rates = "on_request"``): the draft says the price depends on the length and the
content (a training) or on the scope (an audit, other work) and names what was asked about, in the sender's words
("a social ads workshop for 5 people"); the next step (a short call or a brief, then a proposal) follows.

>>> asked_what("Was kostet ein Social Ads Workshop ungefähr für 5 Personen?", "de", "training")
'einen Social-Ads-Workshop für 5 Personen'
>>> line("en", asked_what("Roughly what would an SEO audit cost?", "en", "audit"), "audit")
'The price of an SEO audit depends on the scope.'
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.drafts.needs import and_word
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: Topics by their folded pattern, as a draft names them.
_TOPICS = [(r"social[- ]?ads|social media ads|anuncios en redes|annunci social|anuncios nas redes", "social ads"),
           (r"google[- ]?ads|adwords", "Google Ads"), (r"meta[- ]?ads|facebook[- ]?ads", "Meta Ads"), (r"\bseo\b", "SEO"),
           (r"social selling", "social selling"), (r"linkedin[- ]?ads", "LinkedIn Ads"), (r"tiktok[- ]?ads", "TikTok Ads"),
           (r"instagram", "Instagram"), (r"tiktok", "TikTok"), (r"linkedin", "LinkedIn"),
           (r"pinterest", "Pinterest"), (r"ga4|google analytics", "Google Analytics"), (r"e-?mail ?marketing|emailing", "e-mail marketing"),
           (r"social media|reseaux sociaux|redes sociales|redes sociais|sociale media", "social media")]
#: The conjunction between two topics named together (folded): "instagram and tiktok", "seo et google ads", "seo & sea".
_JOINED = r"\s*(?:and|et|und|y|e|en|&|\+)\s+"
_WORKSHOP = r"(?:workshops?\b|\b(?:ateliers?|talleres|taller|laboratori\w*|oficinas?)\b)"
_TRAINING = r"\b(?:trainings?|formations?|formacion\w*|formazion\w*|formac\w*|schulung\w*|kurs\w*|cursos?|corsi|corso|cursus\w*|treinament\w*|seminar\w*|opleiding\w*)\b"
_AUDIT = r"\baudit\w*|\bauditori\w*"
_PEOPLE = (r"(\d{1,3})\s*(?:-\s*)?(?:people|mensen|leute|persons?|pers\.?|personnes|personen|personas|persone|pessoas|participants?|teilnehmer\w*|teilnehmende|participantes"
           r"|partecipanti|deelnemers|collaborateurs|mitarbeiter\w*|medewerkers|empleados|dipendenti|funcionarios|colaboradores|salaries)\b"
           r"|(?:team|equipe|equipo|squadra|team van|team von|team mit|team of|equipe de|equipo de|squadra di)\s+(?:of |de |di |van |von |mit )?(?:(?:about|around|environ|etwa|ca\.?|unos|circa|cerca de|ongeveer|ungefahr) )?(\d{1,3})\b"
           r"|(\d{1,3})-person")
#: A training's length stated in the note (folded): "2 jours", "1-day", "une journée", "3 Stunden", "two days", "2 giorni".
_NUMWORDS = {"one": 1, "un": 1, "une": 1, "ein": 1, "einen": 1, "eine": 1, "uno": 1, "una": 1, "um": 1, "uma": 1, "een": 1,
             "two": 2, "deux": 2, "zwei": 2, "dos": 2, "due": 2, "dois": 2, "duas": 2, "twee": 2,
             "three": 3, "trois": 3, "drei": 3, "tres": 3, "tre": 3, "drie": 3}
_DURATION = (r"\b(\d{1,2}|one|two|three|un|une|deux|trois|ein|einen|eine|zwei|drei|uno|una|dos|due|tre|tres|um|uma|dois|duas|een|twee|drie)"
             r"(\s+|-)(day|days|jours?|journees?|tage?n?|tagig\w*|dias?|giorni|giornat[ae]|dagen|dag|hours?|heures?|stunden|stundig\w*|horas?|ore|uur)\b")
#: A length written as one compound word (folded): "tweedaagse opleiding", "eendaagse workshop", "zweitägige Schulung".
_DURATION_ONE_WORD = r"\b(een|twee|drie|vier|vijf|ein|zwei|drei|vier|funf)(daags\w*|tagig\w*)\b"
_ONE_WORD_NUM = {"een": 1, "ein": 1, "twee": 2, "zwei": 2, "drie": 3, "drei": 3, "vier": 4, "vijf": 5, "funf": 5}
#: The course's language stated in the note (folded): "(in het Engels)", "in English", "auf Englisch", "en anglais".
_IN_ENGLISH = r"\b(?:in (?:het )?(?:english|engels)|auf englisch|en anglais|en ingles|in inglese|em ingles|in lingua inglese)\b"
#: The same, said after the thing asked about, per language.
_IN_ENGLISH_SAID = {"en": " in English", "fr": " en anglais", "de": " auf Englisch", "es": " en inglés", "it": " in inglese",
                    "pt": " em inglês", "nl": " in het Engels"}
_UNIT = {"day": "d", "days": "d", "jour": "d", "jours": "d", "journee": "d", "journees": "d", "tag": "d", "tage": "d", "tagen": "d",
         "dia": "d", "dias": "d", "giorni": "d", "giornata": "d", "giornate": "d", "dagen": "d", "dag": "d"}
_EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
_DE_NUM = {1: "ein", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf"}


def duration(note: str) -> tuple[int, str]:
    """The length of the training the note states, as (number, "d" for days or "h" for hours), or (0, "").

    >>> duration("on cherche une formation SEO (3 personnes, 2 jours)"), duration("we'd like a 1-day training"), duration("Quels tarifs ?")
    ((2, 'd'), (1, 'd'), (0, ''))
    """
    m = cre.search(_DURATION, fold(note or ""))
    if not m:
        # "een tweedaagse opleiding": the number and the days in one word
        w = cre.search(_DURATION_ONE_WORD, fold(note or ""))
        return (_ONE_WORD_NUM[w.group(1)], "d") if w else (0, "")
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMWORDS.get(m.group(1), 0)
    unit = m.group(3)
    if n == 1 and not m.group(1).isdigit() and m.group(2) != "-" and unit not in ("journee", "giornata"):
        return 0, ""  # "un jour", "um dia", "one day": someday, never a length
    kind = "d" if unit in _UNIT or unit.startswith("tagig") else "h"
    return (n, kind) if 0 < n <= 40 else (0, "")


def _length(lang: str, n: int, unit: str, kind: str) -> tuple[str, str]:
    """The length as said before the thing (en, de adjectives: "one-day", "zweitägige") or after it ("de 2 jours")."""
    base = lang.split("-")[0]
    one = n == 1
    if base == "en":
        return (f"{_EN_NUM.get(n, n)}-{'day' if unit == 'd' else 'hour'}", "")
    if base == "de":
        ending = {"training": "e", "workshop": "en", "bootcamp": "es"}.get(kind, "e")
        return (f"{_DE_NUM.get(n, n)}{'tägig' if unit == 'd' else 'stündig'}{ending}", "")
    if base == "fr":
        return ("", (" d'une journée" if unit == "d" else " d'une heure") if one else f" de {n} {'jours' if unit == 'd' else 'heures'}")
    if base == "es":
        return ("", f" de un {'día' if unit == 'd' else 'hora'}".replace("un hora", "una hora") if one else f" de {n} {'días' if unit == 'd' else 'horas'}")
    if base == "it":
        return ("", (" di una giornata" if unit == "d" else " di un'ora") if one else f" di {n} {'giorni' if unit == 'd' else 'ore'}")
    if base == "pt":
        return ("", (" de um dia" if unit == "d" else " de uma hora") if one else f" de {n} {'dias' if unit == 'd' else 'horas'}")
    if base == "nl":
        return ("", (" van één dag" if unit == "d" else " van één uur") if one else f" van {n} {'dagen' if unit == 'd' else 'uur'}")
    return "", ""


_APPROX = r"(?:about|around|environ|etwa|ca\.?|rund|ungefahr|unos|unas|circa|cerca de|ongeveer|zo'n)"


def _people(folded: str) -> str:
    m = cre.search(_PEOPLE, folded)
    return next((g for g in m.groups() if g), "") if m else ""


#: Topics as a Dutch reader writes them after "over" ("e-mailmarketing", "sociale media").
_NL_TOPIC = {"e-mail marketing": "e-mailmarketing", "social media": "sociale media"}


def _topics(f: str, lang: str) -> tuple[str, bool]:
    """The training's topic, and whether it is two joined ("training on Instagram and TikTok": both, never only the first).

    >>> _topics("training on instagram and tiktok", "en"), _topics("formacion de tiktok e instagram", "es"), _topics("a seo audit", "en")
    (('Instagram and TikTok', True), ('TikTok e Instagram', True), ('SEO', False))
    >>> _topics("instagram and tiktok ads", "en")
    ('Instagram and TikTok Ads', True)
    """
    found = sorted(((m.start(), m.end(), name) for rx, name in _TOPICS for m in [cre.search(rx, f)] if m), key=lambda h: (h[0], -h[1]))
    hits = [h for i, h in enumerate(found) if not i or h[0] >= found[i - 1][1]]  # "tiktok ads", never also "tiktok" inside it
    for (_, end, name), (start, _, second) in zip(hits, hits[1:]):
        if name != second and cre.fullmatch(_JOINED, f[end:start]):
            return f"{name} {and_word(lang, second)} {second}", True
    return next((name for rx, name in _TOPICS if cre.search(rx, f)), ""), False


def asked_what(note: str, lang: str, service: str) -> str:
    """What the price question is about, in ``lang`` with its article ("un taller de Google Ads para 4 personas"), or ""."""
    f = fold(note or "")
    topic, pair = _topics(f, lang)
    audit = cre.search(_AUDIT, f)
    if audit or service == "audit":
        kind = "audit"
        if audit:
            # "nos ventes stagnent malgré les pubs Instagram. Faites-vous des audits ?": the audit's own topic ("audit SEO",
            # "SEO-Audit", "auditoría de mis anuncios de Meta"), never a channel named elsewhere in the note
            near = f[max(0, audit.start() - 20):audit.end() + 30]
            topic = next((name for rx, name in _TOPICS if cre.search(rx, near)), "")
            pair = False
    elif cre.search(r"\bbootcamps?\b", f):
        kind = "bootcamp"  # "a 2-day digital marketing bootcamp": named as the sender names it, never "a training session"
    elif cre.search(_WORKSHOP, f):
        kind = "workshop"
    elif cre.search(_TRAINING, f) or service == "training":
        kind = "training"
    else:
        return ""
    n = _people(f) if kind != "audit" else ""
    base = lang.split("-")[0]
    t = topic
    days, unit = duration(note) if kind != "audit" else (0, "")
    pre, post = _length(lang, days, unit, kind) if days else ("", "")
    if base == "en":
        thing = {"workshop": "workshop", "training": "training session", "audit": "audit", "bootcamp": "bootcamp"}[kind]
        words = f"{t} {thing}" if t else thing
        art = "an" if (t and (t in ("SEO", "e-mail marketing", "Instagram") or t[0] in "AEIOU")) or (not t and kind == "audit") else "a"
        if pre:  # "a two-day SEO training session"
            words, art = f"{pre} {words}", "an" if pre[0] in "8" or pre.startswith(("eight", "eleven")) else "a"
        what = f"{art} {words}" + (f" for {n} people" if n else "")
    elif base == "fr":
        what = {"workshop": "un atelier", "training": "une formation", "audit": "un audit", "bootcamp": "un bootcamp"}[kind] + (f" {t}" if t else "") + post + (f" pour {n} personnes" if n else "")
    elif base == "de":
        comp = (t.replace(" ", "-").replace("social-ads", "Social-Ads").replace("social-media", "Social-Media").replace("e-mail-marketing", "E-Mail-Marketing").replace("social-selling", "Social-Selling")
                if t else "")
        if comp and comp[0].islower():
            comp = comp[0].upper() + comp[1:]
        noun = {"workshop": "Workshop", "training": "Schulung", "audit": "Audit", "bootcamp": "Bootcamp"}[kind]
        art = {"workshop": "einen", "training": "eine", "audit": "ein", "bootcamp": "ein"}[kind]
        if pair:  # "eine Schulung zu Instagram und TikTok": two topics make no compound
            what = f"{art} {pre + ' ' if pre else ''}{noun} zu {t}" + (f" für {n} Personen" if n else "")
        else:
            what = f"{art} {pre + ' ' if pre else ''}{comp + '-' + noun if comp else noun}" + (f" für {n} Personen" if n else "")
    elif base == "es":
        what = {"workshop": "un taller", "training": "una formación", "audit": "una auditoría", "bootcamp": "un bootcamp"}[kind]
        what += (f" {t}" if t == "SEO" and kind == "audit" else f" de {t}" if t else "") + post + (f" para {n} personas" if n else "")
    elif base == "it":
        what = {"workshop": "un workshop", "training": "un corso", "audit": "un audit", "bootcamp": "un bootcamp"}[kind]
        what += (f" {t}" if t and kind == "audit" else f" di {t}" if t else "") + post + (f" per {n} persone" if n else "")
    elif base == "pt":
        what = {"workshop": "um workshop", "training": "um treinamento" if lang == "pt-BR" else "uma formação", "audit": "uma auditoria", "bootcamp": "um bootcamp"}[kind]
        what += (f" de {t}" if t else "") + post + (f" para {n} pessoas" if n else "")
    elif base == "nl":
        what = {"workshop": "een workshop", "training": "een training", "audit": "een audit", "bootcamp": "een bootcamp"}[kind]
        if t:
            # "een SEO-training", "een Instagram-workshop": one word makes a Dutch compound; a longer topic follows "over"
            nl_t = _NL_TOPIC.get(t, t)
            what = f"een {t}-{kind}" if kind == "audit" or " " not in t else f"{what} over {nl_t}"
        what += post + (f" voor {n} personen" if n else "")
    else:
        return ""
    if kind != "audit" and cre.search(_IN_ENGLISH, f):
        what += _IN_ENGLISH_SAID.get(base, "")  # "een training van 2 dagen in het Engels": the language they asked for, confirmed
    return what


#: (a training, glad to give it: the price depends on length and content), (the same, the price said by the template),
#: (other work: the price depends on the scope); {what} the thing asked about, with its article.
_LINES: dict[str, tuple[str, str, str, str]] = {
    "en": ("I'd be glad to run {what}: the price depends on the length and content.", "I'd be glad to run {what}.",
           "The price of {what} depends on the scope.",
           "The price of {what} depends on the length and content."),
    "fr": ("Ce serait un plaisir d'animer {what} : le prix dépend de la durée et du contenu.", "Ce serait un plaisir d'animer {what}.",
           "Pour {what}, le prix dépend du périmètre.",
           "Pour {what}, le prix dépend de la durée et du contenu."),
    "de": ("Sehr gern gebe ich {what}; der Preis hängt von Dauer und Inhalten ab.", "Sehr gern gebe ich {what}.",
           "Der Preis für {what} hängt vom Umfang ab.",
           "Der Preis für {what} hängt von Dauer und Inhalten ab."),
    "es": ("Será un placer impartir {what}: el precio depende de la duración y del contenido.", "Será un placer impartir {what}.",
           "El precio de {what} depende del alcance.",
           "El precio de {what} depende de la duración y del contenido."),
    "it": ("Sarà un piacere tenere {what}: il prezzo dipende dalla durata e dai contenuti.", "Sarà un piacere tenere {what}.",
           "Il prezzo di {what} dipende dalla portata del lavoro.",
           "Il prezzo di {what} dipende dalla durata e dai contenuti."),
    "pt-BR": ("Vai ser um prazer dar {what}: o valor depende da duração e do conteúdo.", "Vai ser um prazer dar {what}.",
              "O valor de {what} depende do escopo.",
           "O valor de {what} depende da duração e do conteúdo."),
    "pt": ("Será um prazer dar {what}: o preço depende da duração e do conteúdo.", "Será um prazer dar {what}.",
           "O preço de {what} depende do âmbito do trabalho.",
           "O preço de {what} depende da duração e do conteúdo."),
    "nl": ("Ik geef graag {what}; de prijs hangt af van de duur en de inhoud.", "Ik geef graag {what}.",
           "De prijs van {what} hangt af van de omvang.",
           "De prijs van {what} hangt af van de duur en de inhoud."),
}


#: "à peu près", "roughly", "ungefähr", "más o menos", "all'incirca", "mais ou menos", "ongeveer" (folded): a ballpark asked.
_APPROX_ASKED = (r"\b(?:a peu pres|environ|en gros|approximativement|grosso modo|ordre d'idee|ordre de prix|fourchette|idee (?:du|de) (?:prix|tarif|budget|cout)"
                 r"|roughly|approximately|ballpark|rough (?:idea|price|cost|estimate|figure)|give or take|about how much|around how much|an idea of (?:the )?(?:price|cost)"
                 r"|ungefahr|circa|in etwa|grob|grossenordnung|preisrahmen|richtwert|pi mal daumen"
                 r"|mas o menos|aproximadamente|aprox|orientativ\w*|horquilla|rango de precios?|idea (?:del|de) (?:precio|coste|costo)"
                 r"|all'incirca|piu o meno|indicativamente|orientativamente|una stima|forbice|idea (?:del|di) (?:prezzo|costo)"
                 r"|mais ou menos|em media|por alto|faixa de (?:preco|valor)|uma estimativa|ideia (?:do|de) (?:preco|valor|custo)"
                 r"|ongeveer|grofweg|globaal|ruwweg|bij benadering|indicatie|richtprijs|prijsindicatie|een idee van de (?:prijs|kosten)"
                 # "¿Precio aproximado?", "prix approximatif ?", "prezzo indicativo?", "ungefährer Preis?": the adjective after the price
                 r"|(?:precio|coste|costo|prix|tarif|prezzo|preco|valor|preis|prijs|price|cost) (?:aproximado|approximatif|approximative|approssimativo|indicativo|orientativo|ungefahr|indicatief|approximate|estimado)"
                 r"|ungefahre[nr]? (?:preis|kosten))\b")


def approx(note: str) -> bool:
    """Whether the note asks for a ballpark rather than a price ("Et combien ça coûte à peu près ?").

    >>> approx("Et combien ça coûte à peu près ?"), approx("Was kostet das ungefähr?"), approx("Quel est votre tarif ?")
    (True, True, False)
    """
    return bool(cre.search(_APPROX_ASKED, fold(note or "")))


#: A ballpark asked and no number in her settings: what decides the price, said in the same sentence
#: (an audit of a site, an audit of ads accounts, any other work).
_DECIDES: dict[str, tuple[str, str, str]] = {
    "en": (", mostly the size of the site and how deep the analysis goes", ", mostly how many accounts and campaigns there are to review",
           ": mostly what is to be done and over how long"),
    "fr": (", surtout de la taille du site et de la profondeur de l'analyse", ", surtout du nombre de comptes et de campagnes à passer en revue",
           ", surtout de ce qu'il y a à faire et sur quelle durée"),
    "de": (", vor allem von der Größe der Website und der Tiefe der Analyse", ", vor allem von der Zahl der Konten und Kampagnen",
           ", vor allem davon, was zu tun ist und über welchen Zeitraum"),
    "es": (", sobre todo del tamaño de la web y de la profundidad del análisis", ", sobre todo del número de cuentas y campañas que revisar",
           ", sobre todo de lo que haya que hacer y durante cuánto tiempo"),
    "it": (", soprattutto dalle dimensioni del sito e dalla profondità dell'analisi", ", soprattutto dal numero di account e campagne da analizzare",
           ", soprattutto da cosa c'è da fare e per quanto tempo"),
    "pt": (", sobretudo da dimensão do site e da profundidade da análise", ", sobretudo do número de contas e campanhas a analisar",
           ", sobretudo do que há a fazer e durante quanto tempo"),
    "pt-BR": (", principalmente do tamanho do site e da profundidade da análise", ", principalmente do número de contas e campanhas a analisar",
              ", principalmente do que precisa ser feito e por quanto tempo"),
    "nl": (", vooral van de grootte van de site en hoe diep de analyse gaat", ", vooral van het aantal accounts en campagnes",
           ", vooral van wat er moet gebeuren en hoe lang"),
}
_ADS_AUDIT = r"(?i)\b(?:ads|anzeigen|adwords|campa\w+|kampagn\w+)\b"
#: Paid ads in a note's own words, any language ("mis anuncios en Instagram", "le mie inserzioni", "nos pubs Meta",
#: "onze advertenties", "Werbeanzeigen", "paid social"); a site, its pages or its SEO named instead.
_ADS_WORDS = (r"(?i)\b(?:(?:google|meta|facebook|instagram|social|linkedin|tiktok|pinterest|bing)[- ]?ads|ads|adwords|\w*anzeigen|werbung|campa\w+|kampagn\w+|annonces?|pubs?|publicit\w+|anuncios?|anuncio|"
              r"anunciar|inserzion\w*|annunci|sponsorizzat\w*|advertenties?|adverteren|advertising|paid social|ppc|sea|"
              r"trafego pago|trafico de pago)\b")
_SITE_WORDS = (r"(?i)\b(?:seo|site|sito|sitio|web|website|webseite|websites|pages?|paginas?|pagine|referencement|posicionamiento|"
               r"posizionamento|posicionamento|vindbaarheid)\b")


#: Social media named with an audit (folded): "auditoría de redes sociales", "audit dei social", "Social-Media-Audit",
#: "audit de mes réseaux", "audit van onze sociale media", "auditoria do Instagram".
#: The social networks named (folded), shared by the checks below.
_NETWORKS = "instagram|insta|tiktok|facebook|linkedin|pinterest"
_SOCIAL_WORDS = (r"(?i)\b(?:social(?:[- ]?media)?|socials|reseaux(?: sociaux)?|redes(?: sociales| sociais)?|soziale[nr]? medien|sozialen? netzwerke?"
                 rf"|sociale media|{_NETWORKS}|(?:comptes?|accounts?|cuentas?|contas?|konten|profil\w*|perfil\w*))\b")


def ads_audit(note: str, what: str = "") -> bool:
    """Whether the audit asked about is one of ads accounts (its price set by the accounts and campaigns, not the site):
    the ads named with the audit ("auditorías de campañas", "audit delle mie inserzioni"), or ads the note's only subject.

    >>> ads_audit("mis anuncios en Instagram no son rentables. ¿Haces auditorías de campañas?", "una auditoría")
    True
    >>> ads_audit("Notre site ne remonte pas sur Google. Faites-vous des audits ?", "un audit")
    False
    >>> ads_audit("Le mie inserzioni non convertono, ma anche il sito è lento. Fai audit?", "un audit")
    False
    >>> ads_audit("No consigo vender por Instagram. ¿Haces auditorías de redes sociales?", "una auditoría")
    True
    """
    if cre.search(_ADS_AUDIT, what):
        return True
    if cre.search(r"(?i)\bseo\b", what):
        return False
    f = fold(note or "")
    audit = cre.search(_AUDIT, f)
    near = f[max(0, audit.start() - 20):audit.end() + 40] if audit else ""
    if cre.search(_SOCIAL_WORDS, near) and not cre.search(r"(?i)\b(?:seo|site|sito|sitio|website|webseite|referencement|posicionamiento)\b", near):
        return True  # "¿Haces auditorías de redes sociales?", "Fai audit dei social?": accounts to review, never the site's size
    if cre.search(_SITE_WORDS, near):
        return False
    if cre.search(_ADS_WORDS, near):
        return True
    return bool(cre.search(_ADS_WORDS, f)) and not cre.search(_SITE_WORDS, f)


def decides(lang: str, sentence: str, what: str = "", note: str = "") -> str:
    """``sentence`` (a price line saying it depends on the scope) with what decides the price added before its full stop;
    a line on a training (its length and content named already) or in a language with no table is kept as it is.

    >>> decides("de", "Der Preis hängt vom Umfang ab.", "ein SEO-Audit")
    'Der Preis hängt vom Umfang ab, vor allem von der Größe der Website und der Tiefe der Analyse.'
    >>> decides("en", "The price depends on the scope of the work.")
    'The price depends on the scope of the work: mostly what is to be done and over how long.'
    """
    table = by_lang(_DECIDES, lang)
    if not table or not sentence.endswith(".") or not cre.search(r"(?i)périmètre|scope|umfang|alcance|portata|âmbito|escopo|omvang", sentence):
        return sentence
    if cre.search(_AUDIT, fold(what)):
        tail = table[1] if ads_audit(note, what) else table[0]
    else:
        tail = table[2]
    return sentence[:-1] + tail + "."


def line(lang: str, what: str, service: str, *, team: bool = True, yes: bool = False, ballpark: bool = False,
         note: str = "") -> str:
    """The price answered by name: ``what`` from :func:`asked_what`; ``team``: the template's next step says nothing
    of the price yet (a team training), so this line says it depends; ``yes``: the note also asks "do you …?" (its yes kept
    first, this line after it); ``ballpark``: a rough price asked (:func:`approx`): what decides it is said too."""
    table = by_lang(_LINES, lang)
    if not table or not what:
        return ""
    if service in ("training", "coaching") or not service and cre.search(r"workshop|atelier|taller|formation|formaci|schulung|training|corso|treinamento|formação", what):
        if yes:  # "do you run trainings? what would it cost?": the yes is the template's, the price follows it
            return no_length(lang, table[3].format(what=what), note) if team else ""
        return no_length(lang, table[0 if team else 1].format(what=what), note)
    said = table[2].format(what=what)
    return decides(lang, said, what, note) if ballpark else said


#: "depends on the length and content" when the note gives the length ("2 jours", "a 1-day training"): the programme only.
_LENGTH_AND_CONTENT = {"en": ("the length and content", "the programme"), "fr": ("de la durée et du contenu", "du programme"),
                       "de": ("von Dauer und Inhalten", "vom Programm"), "es": ("de la duración y del contenido", "del programa"),
                       "it": ("dalla durata e dai contenuti", "dal programma"), "pt": ("da duração e do conteúdo", "do programa"),
                       "nl": ("van de duur en de inhoud", "van het programma")}


#: A length told as a part of a day (folded): "a half-day session", "une demi-journée", "ein halber Tag", "halbtägig", "media
#: jornada", "medio día", "mezza giornata", "meio dia", "meia jornada", "een halve dag", "een dagdeel", "a full day".
_HALF_OR_FULL_DAY = (r"\b(?:half[- ]?(?:a[- ])?day|full[- ]day|whole[- ]day|demi-?journee|journee (?:complete|entiere)|halbe[nrs]? tag|halbtag\w*"
                     r"|ganztag\w*|media jornada|medio dia|jornada completa|mezza giornata|giornata intera|meio dia|meia jornada|halve dag|dagdeel|hele dag"
                     # "een dagtraining", "eine Tagesschulung", "a one-day training": a day told in the training's own name
                     r"|dagtraining\w*|dagworkshop\w*|eendaags\w*|tagesschulung\w*|tagesworkshop\w*|tagestraining\w*|eintagig\w*|one[- ]day|1[- ]day)\b")


def no_length(lang: str, sentence: str, note: str) -> str:
    """``sentence`` without "the price depends on the length" when ``note`` states the length already.

    >>> no_length("fr", "Le prix dépend de la durée et du contenu.", "une formation de 2 jours, quels tarifs ?")
    'Le prix dépend du programme.'
    >>> no_length("en", "The price depends on the length and content.", "a half-day session for 8 people?")
    'The price depends on the programme.'
    >>> no_length("en", "The price depends on the length and content.", "what would a training cost?")
    'The price depends on the length and content.'
    """
    pair = _LENGTH_AND_CONTENT.get(lang.split("-")[0])
    if not pair or not note or not (duration(note)[0] or cre.search(_HALF_OR_FULL_DAY, fold(note))):
        return sentence
    return sentence.replace(pair[0], pair[1])


#: The price line's "{what}" part per language (its lead, the thing, its tail): said again after a yes that names it, it goes.
_NAMED = {"en": (r"The price of ", r" depends"), "fr": (r"Pour ", r", le prix"), "de": (r"Der Preis für ", r" hängt"),
          "es": (r"El precio de ", r" depende"), "it": (r"Il prezzo di ", r" dipende"), "pt": (r"O (?:valor|preço) de ", r" depende"),
          "nl": (r"De prijs van ", r" hangt")}


def unnamed(lang: str, line: str, before: str) -> str:
    """The price line without the thing it names when the sentence ``before`` it names it already ("Oui, je réalise des
    audits SEO ! Pour un audit SEO, le prix dépend du périmètre." says "audit" twice).

    >>> unnamed("fr", "Pour un audit SEO, le prix dépend du périmètre.", "Oui, je réalise des audits SEO !")
    'Le prix dépend du périmètre.'
    >>> unnamed("en", "The price of a local SEO audit depends on the scope.", "Yes, I do audits.")
    'The price depends on the scope.'
    >>> unnamed("de", "Der Preis für einen Workshop hängt vom Umfang ab.", "Ja, ich mache SEO-Audits.")
    'Der Preis für einen Workshop hängt vom Umfang ab.'
    """
    parts = by_lang(_NAMED, lang)
    if not parts:
        return line
    m = cre.match(rf"{parts[0]}(?P<what>.+?){parts[1]}", line)
    if not m:
        return line
    kinds = (r"(?:\b|-)(audit|auditor|workshop|atelier|taller|formation|formaci|forma[cç]|training|schulung|cursus|curso|corso|coaching"
             r"|accompagnement|consult|strat[eé]g|strategi|campa|begeleiding|beratung)")
    named = {k.lower()[:5] for k in cre.findall(kinds, fold(m.group("what")))}
    if not named or not named & {k.lower()[:5] for k in cre.findall(kinds, fold(before))}:
        return line
    lead = {"en": "The price", "fr": "Le prix", "de": "Der Preis", "es": "El precio", "it": "Il prezzo", "nl": "De prijs"}.get(lang.split("-")[0])
    if lang.startswith("pt"):
        lead = "O valor" if line.startswith("O valor") else "O preço"
    tail = line[m.end("what"):]
    if lang == "fr":
        tail = tail[len(", le prix"):]
    return f"{lead}{tail}"


#: The size of the site to audit (folded): "environ 200 produits", "unas 30 paginas", "ca. 150 pagina's", "120 Seiten".
_SIZE = (r"(\d{1,3}(?:[ .,']\d{3})?|\d{1,6})(?:\s*|-)(?:\+\s*)?(?:(?:fiches? |product ?|produkt)?(pages?|pagina'?s|paginas|pagine|seiten|seitige\w*|unterseiten|url'?s|urls?)"
         r"|(produits|products?|productos|prodotti|produtos|producten|produkte\w*|artikel|articoli|sku'?s|references|referencias|referencias))\b")

#: The size unit as each language says it: (pages, products).
_UNITS = {"en": ("pages", "products"), "fr": ("pages", "produits"), "de": ("Seiten", "Produkten"), "es": ("páginas", "productos"),
          "it": ("pagine", "prodotti"), "pt": ("páginas", "produtos"), "nl": ("pagina's", "producten")}

#: The ballpark of an SEO audit: {what} the audit with its article, {size} "a site of about 200 products", {lo}–{hi} the range.
#: (the size given: its band, the depth of the analysis deciding the rest; no size: the whole range, by the size of the site)
_BALLPARK = {
    "en": ("For {what} of a site of about {n} {unit}, expect {lo} to {hi} excl. VAT; the exact figure depends on how deep the analysis goes.",
           "I usually charge {lo} to {hi} excl. VAT for {what}, depending on the size of the site."),
    "fr": ("Pour {what} d'un site d'environ {n} {unit}, c'est en général entre {lo} et {hi} HT ; le montant exact dépend de la profondeur de l'analyse.",
           "Pour {what}, je compte en général entre {lo} et {hi} HT, selon la taille du site."),
    "de": ("{What} für eine Website mit rund {n} {unit} kostet bei mir in der Regel zwischen {lo} und {hi} zzgl. MwSt.; der genaue Preis hängt von der Tiefe der Analyse ab.",
           "{What} kostet bei mir in der Regel zwischen {lo} und {hi} zzgl. MwSt., je nach Größe der Website."),
    "es": ("{What} para una web de unas {n} {unit} suele costar entre {lo} y {hi} + IVA; el precio exacto depende de la profundidad del análisis.",
           "Por {what} suelo cobrar entre {lo} y {hi} + IVA, según el tamaño de la web."),
    "it": ("{What} per un sito di circa {n} {unit} costa di solito tra {lo} e {hi} + IVA; il prezzo esatto dipende dalla profondità dell'analisi.",
           "Per {what} di solito chiedo tra {lo} e {hi} + IVA, a seconda delle dimensioni del sito."),
    "pt": ("{What} para um site de cerca de {n} {unit} custa normalmente entre {lo} e {hi} + IVA; o valor exato depende da profundidade da análise.",
           "Por {what} cobro normalmente entre {lo} e {hi} + IVA, consoante a dimensão do site."),
    "pt-BR": ("{What} para um site de cerca de {n} {unit} costuma custar entre {lo} e {hi} mais impostos; o valor exato depende da profundidade da análise.",
              "Por {what} costumo cobrar entre {lo} e {hi} mais impostos, dependendo do tamanho do site."),
    "nl": ("{What} voor een website van zo'n {n} {unit} kost bij mij meestal tussen {lo} en {hi} excl. btw; de precieze prijs hangt af van hoe diep de analyse gaat.",
           "{What} kost bij mij meestal tussen {lo} en {hi} excl. btw, afhankelijk van de grootte van de website."),
}


def _number(amount: int, lang: str) -> str:
    """A whole number as ``lang`` writes it: "1 500", "1,500", "1.500", "1500" (Spanish and Portuguese: 4 digits unseparated)."""
    base = lang.split("-")[0]
    if base == "en":
        return f"{amount:,}"
    if base in ("es", "pt") and amount < 10000:
        return str(amount)
    return f"{amount:,}".replace(",", " " if base in ("fr", "pt") else ".")


def _euros(amount: int, lang: str, *, bare: bool = False) -> str:
    """An amount in euros: "€1,500" (English), "€ 1.500" (Dutch), "1 500 €" elsewhere; ``bare``: the first of a range,
    its sign said once after the second ("entre 1 500 et 2 500 €") where the sign follows the number."""
    base = lang.split("-")[0]
    if base == "en":
        return f"€{_number(amount, lang)}"
    if base == "nl":
        return f"€ {_number(amount, lang)}"
    return _number(amount, lang) if bare else f"{_number(amount, lang)} €"


def site_size(note: str) -> tuple[int, str]:
    """The size of the site a price question gives (its number, "pages" or "products"), or (0, "").

    >>> site_size("un site e-commerce d'environ 200 produits"), site_size("unas 30 paginas"), site_size("(ca. 150 pagina's)")
    ((200, 'products'), (30, 'pages'), (150, 'pages'))
    >>> site_size("Shop mit 1.200 Produkten"), site_size("team of 12 people")
    ((1200, 'products'), (0, ''))
    """
    m = cre.search(_SIZE, fold(note or ""))
    if not m:
        return 0, ""
    return int(cre.sub(r"[ .,']", "", m.group(1))), "pages" if m.group(2) else "products"


#: The whole range after a yes that names the audit already ("Oui, je réalise des audits SEO ! En général, c'est …").
_RANGE_AFTER_YES = {
    "en": "Prices usually run from {lo} to {hi} excl. VAT, depending on the size of the site.",
    "fr": "En général, c'est entre {lo} et {hi} HT, selon la taille du site.",
    "de": "In der Regel liegt der Preis zwischen {lo} und {hi} zzgl. MwSt., je nach Größe der Website.",
    "es": "El precio suele estar entre {lo} y {hi} + IVA, según el tamaño de la web.",
    "it": "Di solito il prezzo è tra {lo} e {hi} + IVA, a seconda delle dimensioni del sito.",
    "pt": "Normalmente, o preço fica entre {lo} e {hi} + IVA, consoante a dimensão do site.",
    "pt-BR": "O valor costuma ficar entre {lo} e {hi} mais impostos, dependendo do tamanho do site.",
    "nl": "Meestal ligt de prijs tussen {lo} en {hi} excl. btw, afhankelijk van de grootte van de website.",
}


def ballpark(lang: str, what: str, note: str, bands: list[dict[str, int]], *, named: bool = False) -> str:
    """Her usual price of an SEO audit (``bands``: the ``seo_audit_prices`` setting) for the site the note describes:
    its band when the note gives the size, else the whole range by the size of the site (``named``: after a yes that
    names the audit, the range alone); "" without bands or a table.

    >>> bands = [{"up_to": 50, "from": 800, "to": 1200}, {"up_to": 300, "from": 1500, "to": 2500}, {"from": 3000, "to": 5000}]
    >>> ballpark("es", "una auditoría SEO", "¿cuánto cobras por una auditoría seo para una web de unas 30 páginas?", bands)
    'Una auditoría SEO para una web de unas 30 páginas suele costar entre 800 y 1200 € + IVA; el precio exacto depende de la profundidad del análisis.'
    >>> ballpark("en", "an SEO audit", "What would an SEO audit cost?", bands)
    'I usually charge €800 to €5,000 excl. VAT for an SEO audit, depending on the size of the site.'
    """
    table = by_lang(_BALLPARK, lang)
    units = _UNITS.get(lang.split("-")[0])
    if not table or not units or not bands or not what:
        return ""
    n, unit = site_size(note)
    if n:
        band = next((b for b in bands if n <= b.get("up_to", n)), bands[-1])
        lo, hi, text = band["from"], band["to"], table[0]
    else:
        lo, hi = bands[0]["from"], bands[-1]["to"]
        text = (_RANGE_AFTER_YES.get(lang) or _RANGE_AFTER_YES[lang.split("-")[0]]) if named else table[1]
    said = shop_worded(lang, text.format(what=what, What=what[:1].upper() + what[1:], n=_number(n, lang),
                                         unit=units[0 if unit == "pages" else 1], lo=_euros(lo, lang, bare=True),
                                         hi=_euros(hi, lang)), note)
    return f"{said} {_TIMEFRAME.get(lang) or _TIMEFRAME[lang.split('-')[0]]}" if duration_asked(note) else said


#: How long the work itself takes, asked beside its price (folded): "Und wie lange dauert das ungefähr?", "how long does it
#: take?", "combien de temps ça prend ?", "¿cuánto tarda?", "quanto tempo ci vuole?", "quanto tempo demora?", "hoe lang duurt
#: dat?". (How long until results show is another question: "wie lange dauert es, bis SEO wirkt?".)
_HOW_LONG = (r"\b(?:how long (?:does|will|would|do) (?:it|that|this|the audit|an audit|the work|they|you) (?:usually |roughly |normally )?take"
             r"|how long (?:would )?(?:it|that|this) take|what(?:'s| is) the (?:timeframe|turnaround|lead time)|combien de temps (?:ca|cela|ce|il|l'audit|un audit|faut|prend|dure)"
             r"|(?:quel|quels) (?:est le |sont les )?delais?|wie lange (?:dauert|braucht|brauchen)|cuanto (?:tarda|tardas|tarda usted|dura|tiempo)"
             r"|(?:que|cual es el) plazo|quanto (?:tempo|dura|ci vuole|ci mette)|qual (?:e )?o prazo|quanto tempo (?:demora|leva|dura)"
             r"|hoe lang (?:duurt|doe je|doet u|ben je|bent u))\b")
#: "how long until SEO shows results": the results' delay, not the length of the work.
_UNTIL_RESULTS = (r"\b(?:bis|until|till|before|avant (?:de|que)|hasta que|hasta ver|prima (?:che|di)|ate (?:ver|que)|voordat|tot (?:je|er|het)"
                  r"|results?|resultats?|resultados?|risultati|ergebnisse|resultaten)\b")
_SENTENCE_END = r"(?<=[?.!])\s+"
#: The length of the work, when asked: it depends on the same points as the price, and comes with the proposal (her
#: settings give no duration). Neutral register: the text is said to tu and vous alike.
_TIMEFRAME = {
    "en": "The time it takes depends on that too; I'll give the timeframe with the proposal.",
    "fr": "Le délai en dépend aussi ; je le précise avec la proposition.",
    "de": "Auch die Dauer richtet sich danach; den Zeitrahmen nenne ich mit dem Angebot.",
    "es": "El plazo también depende de eso; lo indico con la propuesta.",
    "it": "Anche i tempi dipendono da questo; li indico con la proposta.",
    "pt": "O prazo também depende disso; indico-o com a proposta.",
    "pt-BR": "O prazo também depende disso; eu indico junto com a proposta.",
    "nl": "Ook de doorlooptijd hangt daarvan af; die noem ik bij de offerte.",
}


def duration_asked(note: str) -> bool:
    """Does a price question also ask how long the work takes (not how long until results show)?

    >>> duration_asked("Was kostet ein Audit? Und wie lange dauert das ungefähr?"), duration_asked("Wie lange dauert es, bis SEO wirkt?")
    (True, False)
    """
    for sentence in cre.split(_SENTENCE_END, fold(note or "").lower()):
        if cre.search(_HOW_LONG, sentence) and not cre.search(_UNTIL_RESULTS, sentence):
            return True
    return False


#: The sender sells through an online shop (folded): "ma boutique Etsy", "una tienda en Etsy", "il mio negozio online", "webshop".
#: (an online shop only: "une boutique de vélos à Villeurbanne" is a shop with a site, whose size is the site's)
_SHOP = (r"\b(?:etsy|shopify|woocommerce|prestashop|nuvemshop|wix ?store|e-?shops?|e-?commerce|online ?-?shops?|webshops?|webwinkels?"
         r"|(?:boutique|tienda|negozio|loja|winkel|shop|store)s? (?:en ligne|online|en linea|virtual|web))\b")
#: "a site of about 300 products" as each language says it, and the same said of an online shop ("für einen Onlineshop
#: mit rund 300 Produkten": the sender's shop stays a shop, never "eine Website").
_SITE_OF = {
    "en": ("of a site of about", "of an online shop of about"), "fr": ("d'un site d'environ", "d'une boutique en ligne d'environ"),
    "de": ("für eine Website mit rund", "für einen Onlineshop mit rund"), "es": ("para una web de", "para una tienda online de"),
    "it": ("per un sito di circa", "per un negozio online di circa"), "pt": ("para um site de cerca de", "para uma loja online de cerca de"),
    "nl": ("voor een website van zo'n", "voor een webshop van zo'n"),
}
#: "the size of the site" as each language says it, and the same said of a shop.
_SITE_SIZE = {
    "en": ("the size of the site", "the size of the shop"), "fr": ("la taille du site", "la taille de la boutique"),
    "de": ("Größe der Website", "Größe des Shops"), "es": ("el tamaño de la web", "el tamaño de la tienda"),
    "it": ("dimensioni del sito", "dimensioni del negozio"), "pt": ("dimensão do site", "dimensão da loja"),
    "pt-BR": ("tamanho do site", "tamanho da loja"), "nl": ("grootte van de website", "grootte van de webshop"),
}


def shop_worded(lang: str, text: str, note: str) -> str:
    """``text`` with "the size of the site" said of the shop when the note's sender sells through a shop.

    >>> shop_worded("es", "suele costar entre 800 y 5000 € + IVA, según el tamaño de la web.", "mi tienda en Etsy")
    'suele costar entre 800 y 5000 € + IVA, según el tamaño de la tienda.'
    >>> shop_worded("it", "a seconda delle dimensioni del sito.", "il nostro sito aziendale")
    'a seconda delle dimensioni del sito.'
    """
    pair = by_lang(_SITE_SIZE, lang)
    if not pair or not note or not cre.search(_SHOP, fold(note).lower()):
        return text
    site, shop = _SITE_OF.get(lang) or _SITE_OF[lang.split("-")[0]]
    return text.replace(pair[0], pair[1]).replace(site, shop)


#: "Was kostet sowas ungefähr?" after "ich habe gesehen, dass Sie SEO machen": SEO work asked about with no audit named;
#: her usual first step (an audit) and its range from her settings, what follows depending on what it finds.
_SEO_START = {
    "en": "For SEO I start with an audit, which usually costs {lo} to {hi} excl. VAT depending on the size of the site; the work after it depends on what it finds.",
    "fr": "En SEO, je commence par un audit, en général entre {lo} et {hi} HT selon la taille du site ; la suite dépend de ce qu'il révèle.",
    "de": "Bei SEO beginne ich mit einem Audit; es kostet in der Regel zwischen {lo} und {hi} zzgl. MwSt., je nach Größe der Website. Was danach kommt, hängt vom Ergebnis ab.",
    "es": "En SEO empiezo con una auditoría, que suele costar entre {lo} y {hi} + IVA según el tamaño de la web; lo que sigue depende de lo que revele.",
    "it": "Per la SEO parto da un audit, che di solito costa tra {lo} e {hi} + IVA a seconda delle dimensioni del sito; il resto dipende da cosa emerge.",
    "pt": "Em SEO começo por uma auditoria, que normalmente fica entre {lo} e {hi} + IVA, consoante a dimensão do site; o resto depende do que ela revelar.",
    "pt-BR": "Em SEO eu começo por uma auditoria, que costuma ficar entre {lo} e {hi} mais impostos, dependendo do tamanho do site; o resto depende do que ela mostrar.",
    "nl": "Bij SEO begin ik met een audit; die kost meestal tussen {lo} en {hi} excl. btw, afhankelijk van de grootte van de website. Wat daarna komt, hangt af van de uitkomst.",
}
#: SEO named as the work asked about (folded), paid ads not.
_SEO_WORK = (r"\b(?:seo|referencement|posicionamiento|posizionamento|posicionamento|suchmaschinenoptimierung|zoekmachineoptimalisatie"
             r"|vindbaarheid|auffindbarkeit)\b")


def seo_start(lang: str, note: str, bands: list[dict[str, int]]) -> str:
    """Her usual first step and its price when a note asks what SEO work costs without naming an audit; "" when the note
    names no SEO, names paid ads too, or her settings give no audit prices.

    >>> bands = [{"up_to": 50, "from": 800, "to": 1200}, {"from": 3000, "to": 5000}]
    >>> seo_start("de", "Ich habe gesehen, dass Sie SEO machen. Was kostet sowas ungefähr?", bands)[:53]
    'Bei SEO beginne ich mit einem Audit; es kostet in der'
    >>> seo_start("en", "We need SEO and Google Ads, what do you charge?", bands)
    ''
    """
    table = by_lang(_SEO_START, lang)
    f = fold(note or "")
    if not table or not bands or not cre.search(_SEO_WORK, f) or cre.search(_ADS_WORDS, f):
        return ""
    return shop_worded(lang, table.format(lo=_euros(bands[0]["from"], lang, bare=True), hi=_euros(bands[-1]["to"], lang)), note)


#: One-off work asked about (folded): "do you offer one-off consultations?", "des consultations ponctuelles ?", "¿consultas
#: puntuales?", "consulenze una tantum?", "consultorias pontuais?", "einmalige Beratungen?", "losse consulten?".
_ONE_OFF_ASKED = (r"\b(?:one[- ]off|one[- ]time|single (?:session|consultation|call)|ponctuel\w*|puntual\w*|una tantum|pontua\w*|einmalig\w*"
                  r"|eenmalig\w*|losse (?:consult\w*|sessie\w*|adviesgesprek\w*|opdracht\w*)|einzel(?:beratung|sitzung|termin)\w*)\b")
#: Her one-off work and its price for a small site, from her audit prices (the smallest band): a plain yes, never "it depends".
_ONE_OFF = {
    "en": "Yes, one-off work is possible: I usually start with a one-off audit, a written report with the priorities, and you're free to stop there. For a small site it usually costs {lo} to {hi} excl. VAT.",
    "fr": "Oui, c'est possible en ponctuel : je commence en général par un audit ponctuel, un rapport écrit avec les priorités, et on peut s'arrêter là. Pour un petit site, c'est en général entre {lo} et {hi} HT.",
    "de": "Ja, das geht auch einmalig: Meist beginne ich mit einem einmaligen Audit, einem schriftlichen Bericht mit den Prioritäten, und dabei kann es bleiben. Für eine kleine Website kostet das in der Regel zwischen {lo} und {hi} zzgl. MwSt.",
    "es": "Sí, se puede hacer de forma puntual: suelo empezar con una auditoría puntual, un informe escrito con las prioridades, y se puede quedar ahí. Para una web pequeña suele costar entre {lo} y {hi} + IVA.",
    "it": "Sì, si può fare una tantum: di solito comincio con un audit una tantum, un report scritto con le priorità, e ci si può fermare lì. Per un sito piccolo di solito costa tra {lo} e {hi} + IVA.",
    "pt": "Sim, é possível de forma pontual: normalmente começo por uma auditoria pontual, um relatório escrito com as prioridades, e pode ficar por aí. Para um site pequeno, fica normalmente entre {lo} e {hi} + IVA.",
    "pt-BR": "Sim, dá para fazer de forma pontual: normalmente começo por uma auditoria pontual, um relatório escrito com as prioridades, e dá para parar por aí. Para um site pequeno, costuma ficar entre {lo} e {hi} mais impostos.",
    "nl": "Ja, dat kan eenmalig: meestal begin ik met een eenmalige audit, een schriftelijk rapport met de prioriteiten, en daar kan het bij blijven. Voor een kleine website kost dat meestal tussen {lo} en {hi} excl. btw.",
}


#: A social network named (folded): "mijn Instagram groeit maar niet" asks about social media, which an SEO audit does not answer.
_SOCIAL_TOLD = rf"\b(?:{_NETWORKS}|youtube|reels?|social media|redes sociais|redes sociales|reseaux sociaux|sociale media)\b"


def one_off(lang: str, note: str, bands: list[dict[str, int]]) -> str:
    """Her one-off work and its price for a small site when a note asks whether she works one-off and roughly what it
    costs; "" when the note asks nothing one-off, names paid ads, or her settings give no audit prices.

    >>> bands = [{"up_to": 50, "from": 800, "to": 1200}, {"from": 3000, "to": 5000}]
    >>> one_off("en", "Do you offer one-off consultations and what do they cost roughly?", bands).split("there. ")[-1]
    'For a small site it usually costs €800 to €1,200 excl. VAT.'
    >>> one_off("en", "Do you offer one-off Meta ads audits? Roughly what cost?", bands)
    ''
    >>> one_off("nl", "mijn Instagram groeit maar niet. Geef je ook losse adviesgesprekken? Wat kost dat ongeveer?", bands)
    ''
    """
    table = by_lang(_ONE_OFF, lang)
    f = fold(note or "")
    if not table or not bands or not cre.search(_ONE_OFF_ASKED, f) or cre.search(_ADS_WORDS, f) or cre.search(_SOCIAL_TOLD, f):
        return ""
    return shop_worded(lang, table.format(lo=_euros(bands[0]["from"], lang, bare=True), hi=_euros(bands[0]["to"], lang)), note)
