"""Notes asking for an exchange: the owner's views on a topic, a coffee on the sender's next visit, a senior marketer.

- ``views_on(note, lang)``: "I'd love your thoughts on SEO vs paid for B2B", "ton avis sur …", "Ihre Meinung zu …":
  the topic as written (after its preposition), so the reply offers her take on THAT topic, never "happy to help with your SEO".
- ``next_visit(note, lang)``: "coffee next time I'm in Lyon?", "la prochaine fois que je passe à Lyon": the place, with
  the preposition the reply needs, so the reply says "let me know when you're next in Lyon", never "which days in the next two weeks".
- ``senior_marketer(note, headline)``: a Head of Growth, CMO, marketing director, Marketingleiterin…: someone worth an
  exchange (a short call or a coffee) after a content or event note, never a bare "maybe at the next event".
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold, sentence_span

_END = r"(?P<t>[^?!.;:\n(]{3,}?)\s*(?=[?!.;:\n(]|,\s|\s+(?:and|et|und|y|e|en|or|ou|oder|o|ou)\s+(?:I|je|j'|ich|me|mi|eu|ik|would|could|maybe|peut|vielleicht|quiz[aá]s|magari|talvez|misschien)\b|\s*$)"

_VIEWS = {
    "en": r"\b(?:your|hear your|get your)\s+(?:thoughts|views?|take|opinion|perspective|insights?|point of view)\s+(?:on|about|regarding)\s+",
    # ("je cherche un regard extérieur sur notre stratégie d'acquisition": an outside view asked for, on THAT topic)
    "fr": r"\b(?:(?:ton|votre)\s+(?:avis|point de vue|regard|opinion|ressenti|analyse)|un\s+(?:regard|avis|œil|oeil)\s+(?:extérieur|externe|neuf))"
          r"\s+(?:sur|concernant|quant (?:à|au|aux))\s+",
    "de": r"\b(?:deine|Ihre|eure|deinen|Ihren)\s+(?:Meinung|Einschätzung|Sicht|Sichtweise|Perspektive|Gedanken|Blick)\s+(?=(?:zu[mr]?|über)\s)",
    "es": r"\b(?:tu|su)\s+(?:opini[oó]n|punto de vista|visi[oó]n|perspectiva|parecer)\s+(?:sobre|acerca de|respecto a|respecto de|en cuanto a)\s+",
    "it": r"\b(?:tua|tuo|sua|suo|Sua|Suo|vostra|vostro)\s+(?:opinione|visione|prospettiva|parere|punto di vista)\s+(?=(?:su|sul|sulla|sullo|sui|sugli|sulle|sull')\b)",
    "pt": r"\b(?:tua|sua)\s+(?:opini[aã]o|vis[aã]o|perspectiva|ponto de vista)\s+(?:sobre|acerca d[eoa]s?|em rela[cç][aã]o a[os]?)\s+",
    "nl": r"\b(?:je|jouw|uw)\s+(?:mening|visie|kijk|blik|perspectief|gedachten)\s+(?:over|op|omtrent)\s+",
}

#: "een gesprek over performance marketing op de Franse markt zou waardevol zijn", "a chat about SEO for marketplaces",
#: "ein Austausch über Social Ads im B2B": a conversation on a topic is a wish for her views on it; never the sender's own
#: project, a job or a collaboration ("a chat about my project", "un échange sur une collaboration").
#: ("a conversation about your services", "un échange sur vos prestations": her own services asked about, a prospect's
#: request for a call, never "glad to talk about your services")
_NOT_A_TOPIC = (r"(?!(?:(?:your|vos|votre|tes|ton|deine\w*|Ihre\w*|tus|sus|i tuoi|i suoi|i Suoi|os seus|os teus|seus|teus|je|jouw|uw)\s+"
                r"(?:services?|offers?|offerings?|prestations?|offres?|accompagnements?|Leistung\w*|Dienst\w*|Angebot\w*|servicios|servizi|servi[cç]os|diensten|aanbod)\b"
                r"|my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w*|il mio|la mia|i miei|mio|mia|nostr\w*|o meu|a minha|meu|minha|noss\w*"
                r"|mijn|onze|ons|(?:an?|une?|eine?n?|una?|uma|een|a|the|la|le|il|el|de|het|die|das|der)\s+(?:possible\s+|[ée]ventuel\w*\s+|mogelijke?\s+|m[oö]gliche\w*\s+|posible\s+|possibil\w*\s+|poss[ií]vel\s+)?"
                r"(?:collab\w*|partner\w*|samenwerking|zusammenarbeit|colabora\w*|project\w*|projet|projekt|proyecto|progetto|projeto|job|role|position|poste|stelle|vacature|functie|puesto|vaga|mission|opdracht|auftrag))\b)")
_TALK_ON = {
    "en": r"|\b(?:a|the)\s+(?:conversation|chat|discussion|exchange)\s+(?:on|about|around)\s+" + _NOT_A_TOPIC,
    "fr": r"|\b(?:un|une|l')\s*(?:[ée]change|discussion|conversation)\s+(?:sur|[àa] propos d[eu]s?|au sujet d[eu]s?)\s+" + _NOT_A_TOPIC,
    "de": r"|\b(?:ein|einen|einem|den)\s+(?:Austausch|Gedankenaustausch|Gespräch|Gesprach)\s+(?=(?:über|zu[mr]?)\s+" + _NOT_A_TOPIC + r")",
    "es": r"|\b(?:una|la)\s+(?:charla|conversaci[oó]n)\s+(?:sobre|acerca de)\s+" + _NOT_A_TOPIC,
    "it": r"|\b(?:una|la)\s+(?:chiacchierata|conversazione)\s+(?=(?:su|sul|sulla|sullo|sui|sugli|sulle|sull')\b(?!\s+(?:tuoi|suoi|Suoi|vostri)\s+servizi))",
    "pt": r"|\b(?:uma|a)\s+conversa\s+(?:sobre)\s+" + _NOT_A_TOPIC,
    "nl": r"|\b(?:een|het)\s+(?:gesprek|gesprekje|uitwisseling)\s+(?:over)\s+" + _NOT_A_TOPIC,
}
_VIEWS_OR_TALK = {k: f"(?:{v}{_TALK_ON[k]})" for k, v in _VIEWS.items()}

# Trailing words that belong to the sentence, not to the topic ("… on SEO vs paid sometime", "… zu SEO vs. Paid hören").
_TAIL = (r"\s+(?:sometime|some time|one day|at some point|hören|horen|erfahren|kennen|wissen|einholen|conoscere|sapere|avere|ouvir|saber"
         r"|conocer|saber|horen|weten|graag|gern|gerne|un jour|à l'occasion|a veces|qualche volta|algum dia)\b.*$"
         # "… würde mich interessieren", "… m'intéresse", "… me interesa": the sentence's verb, not the topic
         r"|\s+(?:zou|zouden|would|could|will|wäre|waere|serait|sería|seria|sarebbe|freuen|freue|freut|fortsetzen|fortführen|weiterführen|vertiefen|führen|starten"
         r"|voortzetten|continuer|poursuivre|continuar|retomar|continuare|riprendere)\b.*$"
         r"|\s+(?:(?:würde|würden|wäre|would|will|zou)\s+)?(?:mich\s+|me\s+|m'|mi\s+|really\s+|sehr\s+|beaucoup\s+)*"
         r"(?:interessier\w*|intéress(?:e|ent|erait)|interesa\w*|interessa\w*|interesseert|interests)\b.*$"
         # "… sur mon parcours si vous avez 15 min", "… if you have a moment": a condition on her time, not the topic
         r"|,?\s+(?:si (?:vous avez|tu as|t['’]as|t['’]avais|vous aviez|tu avais|tu aurais|vous auriez|tienes|tiene|tuvieras)|if you(?:['’]ve| have)? (?:have|had|can spare|get|got)|wenn (?:du|sie) (?:\w+ )?(?:zeit|lust)"
         r"|se (?:hai|ha|avessi|tiver|tiveres|tens|voc[eê] tiver)|als (?:je|u) (?:\w+ )?(?:tijd|zin))\b.*$")


_ASKING = (r"\b(?:d love|would love|hear|get|know|have|value|curious|love to|like to|appreciate|interested|wondering|ask|pick|keen|avoir|connaitre|savoir|recueillir"
           r"|conocer|saber|sapere|conoscere|avere|ouvir|horen|hoor|benieuwd|interess\w*|interes\w*|wurde|would|gostava|gostaria|queria|cherche|recherche"
           r"|gustaria|encantaria|adoraria|valuable|waardevol|wertvoll|precieux|valioso|prezios\w*|piacerebbe|vorrei|aimerais|voudrais|mochte|zou|graag|gern|gerne|einholen|erfahren|weten)\b")


#: "comparto tu opinión sobre …", "I agree with your take on …", "je partage ton avis sur …", "ich teile deine Meinung zu …":
#: agreement with a view she already gave, never a request for her views (the words just before "your opinion").
_AGREEING = (r"(?i)\b(?:share|agree with|agreed with|partage|partag[ée]|rejoins|teile|stimme|comparto|compart[ií]|coincido con|estoy de acuerdo con"
             r"|condivido|concordo con|d'accordo con|compartilho|concordo com|deel|eens met|eens zijn met)\s+(?:(?:la|il|a|o|de|con)\s+)?$")


def views_on(note: str, lang: str, *, talk: bool = True) -> str:
    """The topic the sender wants the owner's views on, as written ("SEO vs paid for B2B acquisition in France"; in German
    and Italian with its preposition: "zu SEO vs. Paid im B2B", "sul paid vs organico"), or ""."""
    pat = (_VIEWS_OR_TALK if talk else _VIEWS).get(lang)  # talk: "a conversation about X" too (not for a client's need)
    text = cre.sub(r"(?i)\b(vs|bzw|z\.\s?B|etc|e\.g|i\.e)\.", lambda d: d.group(0)[:-1] + "\x00", note)  # "SEO vs. Paid": no sentence end
    m = cre.search(rf"(?i){pat}{_END}", text) if pat else None
    if not m:
        return ""
    if cre.search(r"(?i)\b(?:dar|impartir|ofrecer|give|deliver|tenere|fare|donner|animer|halten|geven|houden|ministrar|fazer)\s*$", text[max(0, m.start() - 20):m.start()]):
        return ""  # "invitarte a dar una charla sobre SEO": a talk she would give, never a conversation about her views
    if cre.search(_AGREEING, text[max(0, m.start() - 30):m.start()]):
        return ""  # "comparto tu opinión sobre el contenido genérico": agreement with her post, nothing asked
    start, end = sentence_span(text, m.start(), m.end())
    sentence = fold(text[start:end + 1])
    if "?" not in sentence and not cre.search(_ASKING, sentence):
        return ""  # "Loved your take on SEO for small e-shops": praise of what she said, not a request for her views
    topic = cre.sub(rf"(?i){_TAIL}", "", m.group("t")).strip(" ,-–—").replace("\x00", ".")
    if lang == "en":
        topic = cre.sub(r"(?i)^(?:how|what|whether|which)\b.*$", "", topic)  # "your thoughts on how to …": a question, not a topic
    if not topic or len(topic) > 80 or len(topic.split()) < 1:
        return ""
    return topic


_PLACE = r"(?P<p>[A-ZÀ-ÝÄÖÜ][\w'’-]+(?:[ -](?:[A-ZÀ-ÝÄÖÜ][\w'’-]+|de|del|am|sur|upon|an der|aan)(?:[ -][A-ZÀ-ÝÄÖÜ][\w'’-]+)?)?)"

_VISIT = {
    "en": [r"\b(?:next time I(?:['’]?m| am| visit| come| get)|when I(?:['’]?m| am) next|whenever I(?:['’]?m| am)|when I(?:['’]?m| am) back|when I next (?:visit|come)|if I(?:['’]?m| am| come| pass| get| happen to be| ever come| ever pass))\s+(?:back\s+|over\s+|down\s+|up\s+|through\s+|by\s+)?(?P<pr>in|to|at|)\s*" + _PLACE],
    "fr": [r"\b(?:la prochaine fois que|quand|lorsque|dès que|si)\s+(?:je|j')\s*(?:repasse|passe(?:rai)?|viens|viendrai|serai|suis|reviens|reviendrai|descends|monte)\s+(?:de nouveau\s+|à nouveau\s+)?(?P<pr>à|a|par|sur|en|au|dans)\s+" + _PLACE,
           r"\b(?:lors de|à|pour) mon prochain (?:passage|séjour|déplacement|voyage)\s+(?P<pr>à|a|par|sur|en|au|dans)\s+" + _PLACE],
    "de": [r"\b(?:wenn|sobald|falls)\s+ich\s+(?:das nächste Mal|mal|nächstes Mal|wieder(?:\s+mal)?|mal wieder|demnächst|wieder einmal)\s+(?P<pr>in|nach)\s+" + _PLACE,
           r"\b(?:beim nächsten Mal|bei meinem nächsten (?:Besuch|Aufenthalt|Trip))\s+(?P<pr>in)\s+" + _PLACE],
    "es": [r"\b(?:la pr[oó]xima vez que|cuando)\s+(?:vuelva a\s+)?(?:est[eé]|pase|vaya|venga|ande|vuelva)\s+(?:de nuevo\s+|otra vez\s+)?(?P<pr>por|en|a)\s+" + _PLACE,
           r"\bsi\s+(?:alguna vez\s+)?(?:paso|estoy|voy|vengo|vuelvo)\s+(?P<pr>por|en|a)\s+" + _PLACE,
           r"\b(?:en|para) mi pr[oó]xim[oa] (?:visita|viaje|paso)\s+(?P<pr>a|por|en)\s+" + _PLACE],
    "it": [r"\b(?:la prossima volta che|quando|se)\s+(?:sono|sar[oò]|passo|passer[oò]|torno|torner[oò]|vengo|verr[oò])\s+(?:di nuovo\s+)?(?P<pr>a|ad|in|da|per|dalle parti di)\s+" + _PLACE],
    "pt": [r"\b(?:da|na)?\s*pr[oó]xima vez que\s+(?:eu\s+)?(?:estiver|passar|for|vier|voltar|estou)\s+(?:de novo\s+)?(?:a\s+)?(?P<pr>por|em|a|no|na|para)\s+" + _PLACE,
           r"\b(?:quando|se)\s+(?:eu\s+)?(?:estiver|passar|for|vier|voltar)\s+(?:de novo\s+)?(?P<pr>por|em|a|no|na|para)\s+" + _PLACE],
    "nl": [r"\b(?:de volgende keer dat|volgende keer dat|als|wanneer|zodra)\s+ik\s+(?:weer|opnieuw|nog eens|eens|een keer|binnenkort)?\s*(?:eens\s+)?(?P<pr>in|naar)\s+" + _PLACE + r"\s+(?:ben|ga|kom|zit)\b"],
}

#: the preposition each reply writes before the place ("when you're next in Lyon", "wenn du das nächste Mal in Lyon bist")
_PREP = {"en": "in", "de": "in", "nl": "in"}


#: Cities a casual note writes in lower case ("quand je passe a lyon ?"): capitalised before the place is looked for.
_LOWER_CITY = (r"\b(?:lyon|lione|paris|marseille|lille|nantes|bordeaux|toulouse|grenoble|annecy|geneve|genève|bruxelles|brussel|london|londres|berlin"
               r"|madrid|barcelona|valencia|milano|milan|roma|lisboa|lisbonne|porto|amsterdam|rotterdam|utrecht|munchen|münchen|köln|koln|zurich|zürich|wien)\b")


def next_visit(note: str, lang: str) -> str:
    """Where the sender will be next ("in Lyon", "à Lyon", "por Lyon", "a Lione"), with the preposition the reply needs, or "".

    >>> next_visit("on se fait un cafe quand je passe a lyon ?", "fr"), next_visit("coffee next time I'm in Lyon?", "en")
    ('à Lyon', 'in Lyon')
    """
    note = cre.sub(_LOWER_CITY, lambda m: m.group(0)[:1].upper() + m.group(0)[1:], note)
    for pat in _VISIT.get(lang, []):
        cut = pat.index("(?P<pr>")
        m = cre.search(f"(?i:{pat[:cut]}){pat[cut:]}", note)
        if not m:
            continue
        place = m.group("p")
        if fold(place) in ("i", "je", "ich", "ik", "you", "tu", "the", "a"):
            continue
        pr = (m.group("pr") or "").lower()
        if lang in _PREP:
            pr = _PREP[lang]
        elif lang == "fr":
            pr = "à" if pr in ("a", "par", "sur") else pr
        elif lang == "it":
            pr = "a" if pr in ("ad", "da", "per", "dalle parti di") else pr
        elif lang == "es":
            pr = "por" if pr in ("a", "por") else "en"
        elif lang == "pt":
            pr = "por" if pr in ("a", "para", "por") else pr
        return f"{pr} {place}"
    return ""


_SENIOR = (r"\b(?:head of (?:growth|marketing|digital|acquisition|performance|e-?commerce|brand|demand gen\w*|content)"
           r"|chief (?:marketing|growth|digital) officer|cmo|vp (?:of )?(?:marketing|growth)|vice president,? marketing"
           r"|(?:global |group |digital )?marketing director|director of (?:marketing|growth)|growth director|marketing lead|growth lead"
           r"|i lead (?:growth|marketing)|leading (?:growth|marketing)"
           r"|(?:directeur|directrice|director|directora|direttore|direttrice|diretor|diretora)(?: du| de la| de| del| della| di)?"
           r" (?:marketing|growth|digital|e-?commerce|acquisition|crecimiento|comunicacion y marketing)"
           r"|marketingleiter\w*|leiter(?:in)? (?:des )?(?:marketing|growth|e-?commerce)|marketing-?chef\w*|bereichsleiter\w* marketing"
           r"|marketingdirecteur|marketing directeur|hoofd (?:marketing|growth)|cmo)\b")

#: The note opens its sentence with the sender's title, where they work next (folded): "Hi Camille, VP Marketing at a Series A
#: fintech", "Bonjour, Head of Growth dans une startup SaaS", "Hola, directora de marketing en una cadena de hoteles".
_SENIOR_OPENS = (r"(?:^|[,.!?:;]\s*|\n)\s*" + _SENIOR[2:]
                 + r"\s+(?:at|@|for|with|chez|dans|pour|bei|in|fur|en|de|para|presso|in|da|em|na|no|bij|van|voor)\b")


def senior_marketer(note: str, headline: str) -> bool:
    """The sender leads marketing or growth (from the headline, or the note's own introduction)."""
    return bool(cre.search(_SENIOR, fold(headline or ""))) or bool(cre.search(
        r"\b(?:i'?m|i am|as|je suis|en tant que|ich bin|als|soy|como|sono|come|sou|como|ik ben|als)\s+(?:the\s+|a\s+|an\s+|la\s+|le\s+|el\s+|il\s+|o\s+|a\s+|de\s+)?"
        r"(?:new\s+)?" + _SENIOR[2:], fold(note or ""))) or bool(cre.search(
        r"\b(?:i lead|i head|i run|leading|je dirige|je pilote|ich leite|ich verantworte|dirijo|lidero|guido|dirigo|coordino|lidero|ik leid|ik leid)"
        r"\s+(?:the\s+|le\s+|la\s+|das\s+|den\s+|el\s+|il\s+|o\s+|de\s+|het\s+)?(?:growth|marketing|acquisition|crecimiento)\b", fold(note or ""))) or bool(cre.search(_SENIOR_OPENS, fold(note or "")))


#: The sender's first-person possessives and pronouns, said back to them: (formal, informal) by folded word.
_REVOICE = {
    "en": {"our": ("your", "your"), "my": ("your", "your"), "us": ("you", "you"), "ours": ("yours", "yours"), "mine": ("yours", "yours")},
    "fr": {"notre": ("votre", "votre"), "nos": ("vos", "vos"), "mon": ("votre", "ton"), "ma": ("votre", "ta"), "mes": ("vos", "tes")},
    "de": {"unser": ("Ihr", "euer"), "unsere": ("Ihre", "eure"), "unseren": ("Ihren", "euren"), "unserem": ("Ihrem", "eurem"),
           "unserer": ("Ihrer", "eurer"), "unseres": ("Ihres", "eures"), "mein": ("Ihr", "dein"), "meine": ("Ihre", "deine"),
           "meinen": ("Ihren", "deinen"), "meinem": ("Ihrem", "deinem"), "meiner": ("Ihrer", "deiner"), "meines": ("Ihres", "deines")},
    "es": {"nuestro": ("su", "tu"), "nuestra": ("su", "tu"), "nuestros": ("sus", "tus"), "nuestras": ("sus", "tus"),
           "mi": ("su", "tu"), "mis": ("sus", "tus")},
    "it": {"nostro": ("vostro", "vostro"), "nostra": ("vostra", "vostra"), "nostri": ("vostri", "vostri"), "nostre": ("vostre", "vostre"),
           "mio": ("Suo", "tuo"), "mia": ("Sua", "tua"), "miei": ("Suoi", "tuoi"), "mie": ("Sue", "tue")},
    "pt": {"nosso": ("seu", "teu"), "nossa": ("sua", "tua"), "nossos": ("seus", "teus"), "nossas": ("suas", "tuas"),
           "meu": ("seu", "teu"), "minha": ("sua", "tua"), "meus": ("seus", "teus"), "minhas": ("suas", "tuas")},
    "nl": {"onze": ("uw", "jullie"), "ons": ("uw", "jullie"), "mijn": ("uw", "je")},
}
#: First-person words that cannot simply be swapped ("I", "we", "nous", "wir"…): a topic holding one is not said back.
_FIRST_PERSON = {"i", "i'm", "i've", "we", "we're", "je", "j'", "nous", "ich", "wir", "uns", "yo", "nosotros", "nos", "me", "io", "noi", "ci",
                 "eu", "ik", "wij", "mij"}
#: Words of that list that are something else in a language: French "nos" (our, swapped), Italian "i" (the article).
_NOT_FIRST = {"fr": {"nos"}, "it": {"i"}}


def revoice(topic: str, lang: str, informal: bool) -> str:
    """The sender's topic said back to them: "supporting our expansion" → "supporting your expansion"; "" when a first
    person is left that a swap cannot fix ("how we grow" never becomes "how we grow" in the owner's mouth).

    >>> revoice("supporting our expansion into the French market", "en", False), revoice("wie wir wachsen", "de", False)
    ('supporting your expansion into the French market', '')
    >>> revoice("per i nostri commercianti", "it", True)
    'per i vostri commercianti'
    """
    table = _REVOICE.get(lang[:2], {})
    informal = informal and lang != "pt-BR"  # Brazil says "seu/sua" to everyone
    out: list[str] = []
    for tok in cre.split(r"(\W+)", topic):
        low = fold(tok)
        if low in table:
            new = table[low][1 if informal else 0]
            out.append(new[:1].upper() + new[1:] if tok[:1].isupper() and not out else new)
        elif low in _FIRST_PERSON and low not in _NOT_FIRST.get(lang[:2], ()):
            return ""
        else:
            out.append(tok)
    return "".join(out)


#: A reader whose own company lives the problem the content was about ("we're facing exactly that issue", "on se pose
#: exactement ces questions", "wir stehen gerade vor genau diesem Problem", "nos enfrentamos justo a eso", "stiamo
#: affrontando proprio questo", "estamos a enfrentar exatamente isso", "daar worstelen we nu ook mee"): a live case, so
#: an exchange about it is offered, never "anything you'd like me to cover next?".
_FACING = (r"\b(?:(?:we'?re|we are|we'?ve been|i'?m|i am) (?:[\w-]+ ){0,5}?(?:facing|dealing with|struggling with|grappling with|wrestling with|tackling)"
           r" (?:exactly |precisely |just )?(?:that|this|these|those|the same|it)\b|same (?:issue|problem|challenge|question) here"
           r"|(?:facing|dealing with|struggling with|grappling with|wrestling with|tackling) (?:exactly|precisely) (?:that|this|these|those|the same)"
           r"|exactly (?:that|this|the same|our) (?:issue|problem|challenge|situation)"
           r"|(?:on se pose|nous nous posons|je me pose|on est en train de se poser) (?:\w+ )?(?:ces|les memes|exactement ces|justement ces) questions"
           r"|(?:on y est|nous y sommes|on est) (?:\w+ )?confronte|(?:on est|nous sommes) en plein dedans|c'est exactement notre (?:cas|probleme|situation)"
           r"|(?:wir stehen|ich stehe) (?:\w+ ){0,4}?vor (?:genau )?(?:diesem|dem gleichen|demselben|dieser|der gleichen) (?:problem|thema|frage|herausforderung)"
           r"|(?:wir kampfen|wir ringen|wir beschaftigen uns) (?:\w+ ){0,2}?(?:damit|mit genau|mit diesem|mit dem thema)|genau (?:das|dieses) (?:problem|thema) haben wir"
           r"|(?:nos enfrentamos|estamos enfrentando|nos estamos enfrentando) (?:\w+ )?(?:a )?(?:eso|esto|ese|este|lo mismo)|nos estamos planteando (?:\w+ )?(?:esas|estas|las mismas) preguntas"
           r"|(?:stiamo affrontando|ci stiamo ponendo|ci poniamo|affrontiamo) (?:proprio |esattamente )?(?:questo|questa|queste|lo stesso|le stesse|la stessa)"
           r"|(?:estamos a enfrentar|estamos enfrentando|enfrentamos) (?:\w+ )?(?:isso|isto|esse|este|o mesmo|a mesma)"
           r"|(?:we lopen|wij lopen|we worstelen|wij worstelen) (?:nu |ook |precies )*(?:tegen|met) (?:dit|dat|hetzelfde|precies)|daar (?:worstelen|zitten) (?:we|wij) (?:\w+ ){0,2}?mee"
           r"|(?:worstelen|lopen) (?:we|wij) (?:\w+ ){0,3}?(?:met|tegen) (?:dit|dat|deze|die|hetzelfde|precies)"
           # a peer who sees the same in their own data or works on the same subject ("We're seeing the same thing in our
           # traffic data", "Je travaille sur le même sujet côté rédaction web"): notes to compare, never "which topic next?"
           r"|(?:we'?re|we are|i'?m|i am) (?:also |now )?(?:seeing|noticing|observing) (?:exactly |much |pretty much )?the same"
           r"|(?:i'?m|i am|we'?re|we are) (?:also )?working on (?:the same|a similar) (?:topic|subject|thing|issue)"
           r"|(?:on|nous) (?:observ|constat|voi)\w* (?:exactement |aussi |egalement )?(?:la meme chose|les memes)"
           r"|(?:je travaille|nous travaillons|on travaille) (?:\w+ )?sur (?:le meme|un) (?:sujet|theme) (?:similaire|proche)?"
           r"|(?:wir sehen|ich sehe|wir beobachten|ich beobachte) (?:\w+ ){0,3}?(?:genau )?(?:das gleiche|dasselbe|dieselben?|die gleichen?)"
           r"|(?:ich arbeite|wir arbeiten) (?:\w+ ){0,2}?(?:am|an dem) (?:gleichen|selben) thema|(?:ich arbeite|wir arbeiten) (?:\w+ ){0,2}?an einem ahnlichen thema"
           r"|(?:estamos viendo|vemos|estoy viendo|veo) (?:\w+ )?(?:exactamente )?lo mismo|(?:trabajo|trabajamos) (?:\w+ )?(?:en|sobre) el mismo tema"
           r"|(?:stiamo vedendo|vediamo|sto vedendo|vedo) (?:\w+ )?(?:esattamente )?(?:lo stesso|la stessa cosa)|(?:lavoro|lavoriamo) (?:\w+ )?sullo stesso (?:tema|argomento)"
           r"|(?:estamos a ver|estamos vendo|vemos|estou vendo|estou a ver) (?:\w+ )?(?:exatamente )?(?:o mesmo|a mesma coisa)|(?:trabalho|trabalhamos) (?:\w+ )?(?:no|sobre o) mesmo (?:tema|assunto)"
           r"|(?:wij zien|we zien|ik zie) (?:\w+ ){0,3}?(?:precies )?hetzelfde|(?:ik werk|wij werken|we werken) (?:\w+ )?aan hetzelfde (?:onderwerp|thema))\b")


def facing(note: str) -> bool:
    """Does the sender say their own company faces the issue the content was about?

    >>> facing("Your post on cookies resonated. We're a mid-sized shop facing exactly that issue."), facing("Great post!")
    (True, False)
    >>> facing("Votre post était clair. On se pose exactement ces questions dans notre PME.")
    True
    """
    return bool(cre.search(_FACING, fold(note or "")))


#: "a coffee if you come to Nantes?", "si tu passes à Nantes", "wenn du mal in Köln bist": the OWNER's visit to the
#: sender's city, so the reply says "next time I'm in Nantes, I'll let you know", never "which days in the next two weeks".
_YOUR_VISIT = {
    "en": r"\b(?:if|when|whenever|next time)\s+you(?:['’]re| are| ever| happen to| come| get| find yourself| pass)?\s*(?:ever\s+)?(?:be\s+|are\s+|come\s+|get\s+|pass\s+|passing\s+|coming\s+)?(?:back\s+|over\s+|down\s+|up\s+|through\s+|by\s+|around\s+)?(?:in|to|at|through|near)\s+",
    "fr": r"\b(?:si|quand|la prochaine fois que|lorsque)\s+(?:tu|vous)\s+(?:(?:re)?passe[sz]?|(?:re)?viens|(?:re)?venez|es|êtes|etes|descends|descendez|montes|montez)\s+(?:un jour\s+|de passage\s+|dans le coin\s+|dans la région\s+)?(?:à|a|par|sur|vers|du côté de)\s+",
    "es": r"\b(?:si|cuando|la pr[oó]xima vez que)\s+(?:alguna vez\s+|alg[uú]n d[ií]a\s+)?(?:pasas|pases|pasa|pase|vienes|vengas|viene|venga|est[aá]s|est[eé]s|est[aá]|andas|andes)\s+(?:alguna vez\s+|de nuevo\s+)?(?:por|a|en)\s+",
    "it": r"\b(?:se|quando|la prossima volta che)\s+(?:mai\s+)?(?:passi|vieni|sei|capiti|passa|viene|[eè]|capita)\s+(?:mai\s+)?(?:da|a|per|in|dalle parti di)\s+",
    "pt": r"\b(?:se|quando|da pr[oó]xima vez que|na pr[oó]xima vez que)\s+(?:voc[eê]\s+|tu\s+)?(?:um dia\s+)?(?:passar(?:es)?|vier(?:es)?|estiver(?:es)?|for(?:es)?)\s+(?:por|pelo|pela|a|ao|em|no|na|para|pra)\s+",
    "de": r"\b(?:wenn|falls|sobald)\s+(?:du|Sie)\s+(?:mal\s+|einmal\s+|wieder\s+|mal wieder\s+|das nächste Mal\s+|irgendwann\s+)*(?:in|nach)\s+",
    "nl": r"\b(?:als|wanneer|zodra|mocht)\s+(?:je|jij|u)\s+(?:ooit\s+|eens\s+|nog eens\s+|een keer\s+|weer\s+|in de buurt van\s+)*(?:in|naar|langs)\s+",
}


#: "un café quand tu reviendras", "tomar un café cuando vinieras de nuevo", "a coffee when you're next here": the OWNER's
#: return to the sender's city, named earlier in the note ("nos vimos … en Madrid"), never "when you pass through Lyon".
_YOUR_RETURN = {
    "en": r"\b(?:when|whenever|next time|if)\s+you(?:['’]re| are)\s+(?:next\s+)?(?:back|here|in town|around)\b|\b(?:when|next time)\s+you\s+(?:come|are)\s+(?:back|again)\b",
    "fr": r"\b(?:quand|la prochaine fois que|lorsque|si)\s+(?:tu|vous)\s+(?:reviendras|reviendrez|repasseras|repasserez|reviens|revenez|repasses|repassez|seras de retour|serez de retour)\b",
    "es": r"\b(?:cuando|la pr[oó]xima vez que|si)\s+(?:vinieras|vinieses|vengas|vuelvas|volvieras|pases|pasaras|est[eé]s)\s+(?:de nuevo|otra vez|de vuelta|por aqu[ií])\b|\bcuando\s+(?:vuelvas|volvieras)\b",
    "it": r"\b(?:quando|la prossima volta che|se)\s+(?:torni|tornerai|ripassi|ripasserai|sarai di nuovo qui|sarai qui)\b",
    "pt": r"\b(?:quando|da pr[oó]xima vez que|na pr[oó]xima vez que|se)\s+(?:voc[eê]\s+|tu\s+)?(?:voltar(?:es)?|vier(?:es)? de novo|vier(?:es)? outra vez|estiver(?:es)? de volta)\b",
    "de": r"\b(?:wenn|sobald|falls)\s+(?:du|Sie)\s+(?:mal\s+)?wieder\s+(?:hier|da|in der Stadt)\s+(?:bist|sind)\b|\b(?:wenn|sobald)\s+(?:du|Sie)\s+wiederkommst\b",
    "nl": r"\b(?:als|wanneer|zodra)\s+(?:je|jij|u)\s+(?:weer|nog eens)\s+(?:hier\s+)?(?:bent|komt|langskomt)\b",
}
#: The city named with its preposition ("en Madrid", "in Berlin", "à Lille"), the sender's city when the owner comes back.
_IN_CITY = r"\b(?:en|in|à|a|em|no|na|im|te)\s+" + _PLACE


def your_return(note: str, lang: str) -> str:
    """The city the OWNER would come back to, when the note says "when you're back" after naming it, or "".

    >>> your_return("Hola, nos vimos en Madrid. Un café cuando vinieras de nuevo, ¡avísame!", "es")
    'Madrid'
    >>> your_return("Salut, un café quand tu passes à Lyon ?", "fr")
    ''
    """
    pat = _YOUR_RETURN.get(lang[:2])
    if not pat or not cre.search(f"(?i:{pat})", note):
        return ""
    places = [m.group("p") for m in cre.finditer(_IN_CITY, note)
              if fold(m.group("p")) not in ("lyon", "lione", "linkedin", "la", "le", "el", "il", "de", "het")]
    return places[-1] if places else ""


def your_visit(note: str, lang: str) -> str:
    """The sender's city the OWNER may visit ("Nantes" in "un café si tu passes à Nantes ?"), or ""."""
    pat = _YOUR_VISIT.get(lang[:2])
    if not pat:
        return ""
    m = cre.search(f"(?i:{pat}){_PLACE}", note)
    if not m:
        return ""
    place = m.group("p")
    if fold(place) in ("i", "je", "ich", "ik", "you", "tu", "the", "a", "lyon", "lione", "la", "le", "el", "il", "de", "het", "town", "ville"):
        return ""
    return place
