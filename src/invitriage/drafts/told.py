"""What the note already told, answered instead of asked again.

* a show the owner was a guest on ("te vi en el podcast de Marketing Sin Filtros", "heard you on the Growth Table
  podcast"): the episode is named and the sender's point picked up, never "what topic should I cover next?";
* the sender's own project ("ero quella con il progetto di app per ristoranti", "my project, a booking app"): asked
  after by name, never "what are you working on at the moment?".

>>> show_line("hola camille te vi en el podcast de Marketing Sin Filtros y me gusto lo que dijiste de la formacion de equipos", "es", informal=True)
'¡Qué bien que te gustara el episodio de Marketing Sin Filtros, sobre todo lo que conté sobre la formacion de equipos!'
>>> show_line("Just heard you on the Growth Table podcast!", "en", informal=True)
'So glad you enjoyed the Growth Table episode!'
>>> show_line("I love your podcast", "en", informal=True)
''
>>> project_line("ero quella con il progetto di app per ristoranti", "it", informal=True)
"Come sta andando il progetto dell'app per ristoranti?"
"""

from __future__ import annotations

import re

from invitriage.drafts import misread
from invitriage.drafts.misread import disagrees
from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

_SHOW_NOUN = r"(?:podcast|podcasts|episode|episodio|episodio|aflevering|folge|emission|émission|programa|programma|show|live|interview|entrevista|intervista|entretien)"
#: The show's name: capitalised words (and the small words names carry), as written.
_NAME = r"[A-ZÀ-Ý0-9][\w'’&!.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’&!.-]*|de|di|del|da|do|of|the|van|von|sin|con|senza|sem|ohne|zonder|without|&|e|y|et|and|und|en)){0,5}"
#: "podcast de Marketing Sin Filtros", "podcast Marketing Espresso", "im Podcast von OMR", "no podcast do Marketing Raiz".
_AFTER = rf"(?i:{_SHOW_NOUN})\s+(?:(?i:de la|de|di|del|della|da|do|du|des|of|of the|van|von|vom|bei)\s+)?(?P<name>{_NAME})"
#: "the Growth Table podcast", "le podcast" excluded: the name before the noun (English, Dutch, German compounds).
_BEFORE = rf"(?:\b(?i:the|on|in|at|im|in de|op|bij)\s+)(?P<name>{_NAME})\s+(?i:podcast|show|episode|aflevering)\b"
#: Her own show ("your podcast", "ton podcast", "tu podcast", "dein Podcast", "je podcast"): a piece of hers, not a guest spot.
_OWN = r"\b(?:your|votre|ton|ta|tu|su|tuo|tua|suo|sua|seu|sua|teu|tua|dein\w*|ihr\w*|je|jouw|uw)\s+(?:\w+\s+)?$"
#: The note says they heard or saw her there ("te vi", "ti ho sentita", "heard you", "je t'ai écoutée").
_HEARD = (r"\b(?:heard|listened|saw|watched|caught) you|\byour (?:episode|interview|appearance)|\b(?:t'ai|vous ai) (?:entendu|ecoute|vu)\w*"
          r"|\b(?:te|la) (?:vi|escuche|oi|he (?:visto|escuchado|oido))\b|\b(?:ti|la) ho (?:sentit|ascoltat|vist)\w*"
          r"|\b(?:te|a) (?:vi|ouvi|escutei)\b|\b(?:vi|ouvi|escutei)-(?:te|a)\b|\b(?:vi|ouvi|escutei) (?:voce|a senhora)\b|\bhabe (?:dich|sie) (?:\w+ ){0,4}(?:gehort|gesehen)"
          r"|\bhoorde (?:je|jou|u)\b|\bheb (?:je|jou|u) (?:\w+ ){0,4}(?:gehoord|gezien)|\bhast (?:du|sie) (?:\w+ ){0,4}(?:gesagt|erzahlt)|\bwas du (?:\w+ ){0,3}gesagt"
          r"|\blo que dijiste|\bquello che hai detto|\bo que (?:disseste|voce disse|falou)|\bce que (?:tu as|vous avez) dit|\bwhat you said|\bwat je (?:zei|vertelde)"
          r"|\bparte (?:sul|sulla|sui|su)|\bpart about|\bpassage sur")
#: The point they liked: "lo que dijiste de la formación de equipos", "la parte sul budget ads", "your point about local SEO".
_POINT = (r"(?:lo que (?:dijiste|contaste|comentaste)|la parte|what you said|your point|the part|the bit|ce que (?:tu as|vous avez) dit|le passage|la partie"
          r"|quello che hai detto|quello che dicevi|o que (?:disseste|voce disse|falou)|a parte|was (?:du|sie) (?:\w+ ){0,2}gesagt (?:hast|haben)|der teil|wat je zei|het stuk)"
          r"\s+(?P<su>de|del|sobre|sul|sulla|sulle|sullo|sull'|sui|sugli|su|about|on|sur|de la|du|des|d'|do|da|sobre o|sobre a|uber|zu|zum|zur|over|van)\s+")
_PLACE = {
    "en": ("So glad you enjoyed the {show} episode{point}!", "I'm glad you enjoyed the {show} episode{point}.", ", especially the part about {p}"),
    "fr": ("Ravie que l'épisode de {show} t'ait plu{point} !", "Ravie que l'épisode de {show} vous ait plu{point}.", ", notamment le passage sur {p}"),
    "es": ("¡Qué bien que te gustara el episodio de {show}{point}!", "Me alegra que le gustara el episodio de {show}{point}.", ", sobre todo lo que conté sobre {p}"),
    "it": ("Che bello che ti sia piaciuta la puntata di {show}{point}!", "Mi fa piacere che Le sia piaciuta la puntata di {show}{point}.", ", soprattutto la parte {su} {p}"),
    "pt": ("Que bom que gostaste do episódio de {show}{point}!", "Fico contente por ter gostado do episódio de {show}{point}.", ", sobretudo a parte sobre {p}"),
    "pt-BR": ("Que bom que você gostou do episódio de {show}{point}!", "Fico feliz que tenha gostado do episódio de {show}{point}.", ", principalmente a parte sobre {p}"),
    "de": ("Schön, dass dir die Folge von {show} gefallen hat{point}!", "Schön, dass Ihnen die Folge von {show} gefallen hat{point}.", ", besonders der Teil über {p}"),
    "nl": ("Leuk dat je de aflevering van {show} goed vond{point}!", "Fijn dat u de aflevering van {show} goed vond{point}.", ", vooral het stuk over {p}"),
}
_STOP = r"(?:\s+(?:and|y|e|et|und|but|pero|ma|mais|aber|maar|mas|,|saludos|a presto|groet\w*|gruss\w*|thanks|merci|gracias|grazie|obrigad\w*|danke|bedankt)\b.*|[.!?,;:\n(].*|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF].*)$"


def _show(note: str) -> str:
    for rx in (_AFTER, _BEFORE):
        for m in cre.finditer(rx, note):
            if rx == _AFTER and cre.search(_OWN, fold(note[max(0, m.start() - 20):m.start()])):
                continue
            name = cre.sub(r"(?:\s+(?:de|di|del|da|do|of|the|van|von|sin|con|senza|sem|ohne|zonder|without|&|e|y|et|and|und|en))+$", "", m.group("name")).strip(" .!")
            if len(name) >= 3 and not cre.fullmatch(r"(?i)(?:linkedin|youtube|spotify|instagram|tiktok|camille|the|le|la|el|il|de)", name):
                return name
    return ""


def show_line(note: str, lang: str, *, informal: bool) -> str:
    """"Glad you enjoyed the episode of {show}" when the note says it heard the owner as a guest on a named show, or ""."""
    texts = by_lang(_PLACE, lang)
    if not texts or not note:
        return ""
    show = _show(note)
    if not show or not cre.search(_HEARD, fold(note)):
        return ""
    point = ""
    m = cre.search(_POINT, fold(note))
    if m and len(fold(note)) == len(note):
        p = cre.sub(_STOP, "", note[m.end():m.end() + 70]).strip()
        if 1 <= len(p.split()) <= 7 and not cre.search(r"(?i)\b(?:you|tu|te|ti|vous|du|dich|je|jij|voce|usted)\b", p):
            su = m.group("su") if m.group("su").startswith("su") else "su"
            point = texts[2].format(p=p, su=su)
    return (texts[0] if informal else texts[1]).format(show=show, point=point)


#: "ero quella con il progetto di app per ristoranti", "my project of a booking app", "mon projet d'appli pour les cavistes".
_PROJECT = (r"\b(?:(?:il|mio|col|con il|del) progetto (?:di|per) (?P<it>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:my|the|our) (?:project|startup|start-up) (?:of|for|on) (?P<en>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:mon|le|notre) projet (?:de |d'|pour )(?P<fr>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:mi|el|nuestro) proyecto (?:de|para) (?P<es>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:meu|o|nosso) projeto (?:de|para) (?P<pt>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:mein\w*|de\w*|unser\w*) projekt (?:fur|zu|zur|zum|mit) (?P<de>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40})"
            r"|(?:mijn|het|ons) project (?:voor|met|over) (?P<nl>[^.!?,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,40}))")
_ASK_PROJECT = {
    "it": ("Come sta andando il progetto {p}?", "Come sta andando il progetto {p}?"),
    "en": ("How's the project going?", "How is the project going?"),
    "fr": ("Où en est ton projet ?", "Où en est votre projet ?"),
    "es": ("¿Cómo va el proyecto?", "¿Cómo va el proyecto?"),
    "pt": ("Como está a correr o projeto?", "Como está a correr o projeto?"),
    "pt-BR": ("Como está indo o projeto?", "Como está indo o projeto?"),
    "de": ("Wie läuft es mit deinem Projekt?", "Wie läuft es mit Ihrem Projekt?"),
    "nl": ("Hoe gaat het met je project?", "Hoe gaat het met uw project?"),
}


#: The sender's own start-up, by which she placed herself (folded): "yo era la chica de la startup de moda sostenible",
#: "ero quella della startup di moda", "I was the one from the fintech startup", "j'étais celle de la startup", "eu era a da
#: startup", "ich war die mit dem Start-up", "ik was degene van de startup", or "mi startup", "my startup", "la mia startup".
_OWN_STARTUP = (r"\b(?:(?:era|soy|ero|sono|i was|i'm|i am|j'etais|je suis|ich war|ich bin|ik was|ik ben|eu era|eu sou)\b[^.!?\n]{0,30}?"
                r"(?:de la|de mi|della|dalla|della mia|from the|from my|with the|of the|de la|de ma|du|von der|vom|mit dem|mit der|van de|van het|met de|met het|da|do|com a|con la|avec la|de l')(?:\s+[\w-]+){0,3}?"
                r"|\b(?:mi|my|ma|mon|la mia|meine?m?|mijn|minha|a minha|nuestra|our|notre|unser\w*|onze|nossa))\s+(?:startup|start-up)\b")
#: A start-up the sender is building now (folded): "working on a travel startup", "je bosse maintenant sur une startup de
#: voyage", "ich arbeite gerade an einem Reise-Startup", "ik werk nu aan een reisstartup", "sto lavorando a una startup".
_BUILDING_STARTUP = (r"\b(?:(?:i'?m |i am )?(?:now |currently )?working on|(?:je )?(?:bosse|travaille) (?:\w+ )?sur|(?:ich )?arbeite (?:\w+ )?an"
                     r"|(?:ik )?werk (?:\w+ )?aan|sto lavorando (?:a|su)) (?:a|an|une|un|einem|een|una|uno|my|ma|mon|meinem|mijn|la mia) (?:[\w-]+ )?[\w-]*?(?:startup|start-up)\b")
_ASK_STARTUP = {
    "it": ("Come sta andando la startup?", "Come sta andando la startup?"),
    "en": ("How's the startup going?", "How is the startup going?"),
    "fr": ("Comment se porte ta startup ?", "Comment se porte votre startup ?"),
    "es": ("¿Cómo va la startup?", "¿Cómo va la startup?"),
    "pt": ("Como está a correr a startup?", "Como está a correr a startup?"),
    "pt-BR": ("Como está indo a startup?", "Como está indo a startup?"),
    "de": ("Wie läuft es mit deinem Start-up?", "Wie läuft es mit Ihrem Start-up?"),
    "nl": ("Hoe gaat het met je start-up?", "Hoe gaat het met uw start-up?"),
}


def startup_question(line: str) -> bool:
    """Whether ``line`` is the "how's the start-up going?" question of any language.

    >>> startup_question("How's the startup going?"), startup_question("Looking forward to continuing the conversation!")
    (True, False)
    """
    return any(line in pair for pair in _ASK_STARTUP.values())


#: The sender launching the project's site or shop right now (folded): "sto lanciando il sito", "I'm launching the website",
#: "je lance mon site", "estoy lanzando la web", "estou lançando o site", "ich launche gerade die Website", "ik lanceer mijn site".
_SITE_LAUNCHING = (r"\b(?:sto (?:per )?lancia(?:ndo|re) (?:il|la|lo)|(?:i'?m|we'?re) (?:about to |just )?launching (?:the|my|our)|je (?:suis en train de )?lance (?:le|mon|notre|la|ma)"
                   r"|(?:estoy|estamos) (?:a punto de )?lanza(?:ndo|r) (?:la|el|mi|nuestra|nuestro)|(?:estou|estamos) (?:lancando|a lancar) (?:o|a|meu|minha|nosso|nossa)"
                   r"|(?:ich|wir) (?:launche|launchen|starte|starten) (?:gerade |bald )?(?:die|den|das|meine?n?|unsere?n?)|(?:ik|we) (?:lanceer|lanceren) (?:nu )?(?:de|het|mijn|onze))"
                   r" (?:\w+ )?(?:sito|site|sitio|web|website|webseite|webshop|e-?shop|shop|negozio|tienda|loja|winkel)\b")
#: A wish for that launch, in place of "how is the project going?" (informal, formal).
_LAUNCH_WISH = {
    "it": ("In bocca al lupo per il lancio del sito, fammi sapere!", "In bocca al lupo per il lancio del sito, mi faccia sapere!"),
    "en": ("Good luck with the launch, keep me posted!", "Good luck with the launch; do keep me posted."),
    "fr": ("Bon lancement, tiens-moi au courant !", "Bon lancement, tenez-moi au courant !"),
    "es": ("¡Mucha suerte con el lanzamiento, ya me contarás!", "Mucha suerte con el lanzamiento; ya me contará."),
    "pt": ("Boa sorte com o lançamento, depois conta-me!", "Boa sorte com o lançamento; depois conte-me como correu."),
    "pt-BR": ("Boa sorte com o lançamento, depois me conta!", "Boa sorte com o lançamento; depois me conte como foi."),
    "de": ("Viel Erfolg beim Launch, halt mich auf dem Laufenden!", "Viel Erfolg beim Launch, halten Sie mich gern auf dem Laufenden!"),
    "nl": ("Veel succes met de lancering, houd me op de hoogte!", "Veel succes met de lancering, houdt u mij op de hoogte!"),
}


def project_line(note: str, lang: str, *, informal: bool) -> str:
    """A question after the sender's project when the note names it, or "" (then the usual "what are you working on?").

    >>> project_line("coincidimos en el afterwork, yo era la chica de la startup de moda sostenible", "es", informal=True)
    '¿Cómo va la startup?'
    >>> project_line("trabajo en una startup fintech", "es", informal=True)
    ''
    """
    texts = by_lang(_ASK_PROJECT, lang)
    if not texts or not note:
        return ""
    wish = by_lang(_LAUNCH_WISH, lang)
    if wish and cre.search(_SITE_LAUNCHING, fold(note)):
        return wish[0 if informal else 1]  # "sto lanciando il sito, ti faccio sapere!": luck wished, never "how is it going?"
    same = cre.search(rf"(?i:{_PROJECT})", note)  # the project as written (accents, capitals) when the words need no folding
    m = same or cre.search(_PROJECT, fold(note))
    if not m:
        startup = by_lang(_ASK_STARTUP, lang)
        # "yo era la chica de la startup de moda sostenible": her start-up asked after, never "what are you working on?"
        return (startup[0] if informal else startup[1]) if startup and any(cre.search(rx, fold(note)) for rx in (_OWN_STARTUP, _BUILDING_STARTUP)) else ""
    line = texts[0] if informal else texts[1]
    if "{p}" in line:
        what = next(g for g in m.groups() if g)
        if not same:
            return line.replace(" {p}", "")
        words = note[m.start(m.lastgroup or 0):m.end(m.lastgroup or 0)].strip()
        words = cre.sub(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF].*$", "", words).strip()
        if not words or len(what.split()) > 6:
            return line.replace(" {p}", "")
        art = "dell'" if cre.match(r"(?i)[aeiou]", words) else "di "
        return line.format(p=f"{art}{words}")
    return line



#: A question whether SHE tried something (folded): "did you end up trying the Spark Ads?", "al final probaste lo de …",
#: "hai provato gli Spark Ads?", "conseguiu testar aquela campanha?", "as-tu testé …", "hast du … ausprobiert?", "heb je … getest?".
_SHE_TRIED = (r"\b(?:(?:did you (?:\w+ ){0,3}(?:try|trying|test|testing)|have you (?:\w+ ){0,2}(?:tried|tested)|(?:as-tu|avez-vous|tu as|t'as|vous avez) (?:\w+ ){0,2}(?:teste|essaye)"
              r"|(?:probaste|testeaste|has probado|ha probado|(?:llegaste|llego|pudiste|pudo) a probar)"
              r"|(?:hai|ha) (?:\w+ ){0,2}(?:provato|testato)|(?:sei|e) riuscit[oa] a (?:provare|testare)"
              r"|(?:conseguiu|conseguiste|chegou a|chegaste a) (?:testar|experimentar)|\b(?:testou|experimentou|testaste|experimentaste)"
              r"|(?:hast du|haben sie)\b.*\b(?:ausprobiert|getestet)|(?:heb je|heeft u|hebt u)\b.*\b(?:geprobeerd|uitgeprobeerd|getest)))\b")
#: Her answer to "did you try it?" (informal, formal): honest, no result invented, the question returned.
_TRIED_ANSWER = {
    "en": ("Not yet, to be honest! I'll let you know how it goes. Have you tested anything yourself?",
           "Not yet, to be honest; I will let you know how it goes. Have you tested anything yourself?"),
    "fr": ("Pas encore, à vrai dire ! Je te dirai ce que ça donne. Et toi, tu as fait des tests ?",
           "Pas encore, à vrai dire ; je vous dirai ce que cela donne. Et vous, avez-vous fait des tests ?"),
    "es": ("¡Todavía no, la verdad! Ya te contaré qué tal. ¿Y tú, has hecho alguna prueba?",
           "Todavía no, la verdad. Ya le contaré qué tal. ¿Y usted, ha hecho alguna prueba?"),
    "it": ("Non ancora, a dire il vero! Ti farò sapere come va. E tu, hai fatto qualche test?",
           "Non ancora, a dire il vero. Le farò sapere come va. E Lei, ha fatto qualche test?"),
    "pt": ("Ainda não, para ser sincera! Depois conto-te como correu. E tu, já fizeste algum teste?",
           "Ainda não, para ser sincera. Depois conto-lhe como correu. E já fez algum teste?"),
    "pt-BR": ("Ainda não, para falar a verdade! Depois te conto como foi. E você, já fez algum teste?",
              "Ainda não, para falar a verdade. Depois lhe conto como foi. E você, já fez algum teste?"),
    "de": ("Noch nicht, ehrlich gesagt! Ich sage dir Bescheid, wie es läuft. Und du, hast du schon etwas getestet?",
           "Noch nicht, ehrlich gesagt. Ich sage Ihnen Bescheid, wie es läuft. Haben Sie selbst schon etwas getestet?"),
    "nl": ("Nog niet, eerlijk gezegd! Ik laat je weten hoe het gaat. En jij, heb je al iets getest?",
           "Nog niet, eerlijk gezegd. Ik laat u weten hoe het gaat. Heeft u zelf al iets getest?"),
}


def asks_she_tried(note: str) -> bool:
    """Whether the note asks if the owner tried or tested something ("¿al final probaste lo de los Spark Ads?").

    >>> asks_she_tried("coincidimos en el taller de TikTok Ads. ¿Al final probaste lo de los Spark Ads? jaja")
    True
    >>> asks_she_tried("J'ai testé ton astuce, merci !")
    False
    """
    return any(cre.search(_SHE_TRIED, fold(q)) for q in cre.question_sentences(note or ""))


def tried_answer_line(note: str, lang: str, *, informal: bool) -> str:
    """Her honest answer when asked whether she tried something ("Not yet, to be honest! …"), or ""."""
    texts = by_lang(_TRIED_ANSWER, lang)
    if not texts or not asks_she_tried(note):
        return ""
    return texts[0] if informal else texts[1]


#: A wish or a "maybe" that makes the talk a proposal, not a chat they had (folded): "magari", "would love to", "pourquoi pas".
_TALK_WISH = (r"\b(?:magari|maybe|perhaps|love to|like to|happy to|would|could|let's|lets|vorrei|piacerebbe|farebbe piacere|potremmo|pourquoi pas"
              r"|volontiers|aimerais|aimerions|on pourrait|ravie? de|encantaria|gustaria|podriamos|quizas|quiza|tal vez|gostava|gostaria|talvez|podiamos"
              r"|podemos|vielleicht|gern|gerne|wurde|wurden|konnten|misschien|graag|zouden|eens)\b[^.!?\n]{0,40}?")
#: A topic the sender they met proposes to talk about (folded): "magari parlare di ads", "maybe talk about ads",
#: "hablar de anuncios", "falar sobre SEO", "über Ads zu sprechen", "eens over ads praten" (never "great chatting about …").
_TALK_ABOUT = (_TALK_WISH + r"(?:\b(?:talk|chat) about |\b(?:parler|discuter|echanger) (?:de |d'|sur )|\b(?:hablar|charlar|conversar) (?:de|sobre) "
               r"|\b(?:parlare|parlarne|chiacchierare|confrontarci) (?:di |d'|su )|\b(?:falar|conversar) (?:de|sobre|da|do) "
               r"|\b(?:sprechen|reden|quatschen|austauschen) uber |\buber (?=[\w'-]+(?: [\w'-]+)? (?:zu )?(?:sprechen|reden|quatschen|austauschen)\b)"
               r"|\b(?:praten|kletsen|sparren) over |\bover (?=[\w'-]+(?: [\w'-]+)? (?:te )?(?:praten|kletsen|sparren|hebben)\b))")
#: The topic after it: one to three words, up to the end of the clause or a small word that closes it.
_TALK_TOPIC = (r"(?P<t>[\w'-]+(?: [\w'-]+){0,2}?)(?=\s*(?:[.!?,;:)\n]|$)|\s(?:or|o|ou|oder|of|insieme|ensemble|together|juntos"
               r"|zusammen|samen|with|con|avec|mit|met|com|sometime|some|one|un|una|um|qualche|quando|when|zu|te|sprechen|reden|quatschen|austauschen"
               r"|praten|kletsen|sparren|hebben|mal|eens|ogni|de temps|a un|over|autour|around|davanti|tomando|bei|bij)(?![\w'-]))")
#: Words no topic is made of: a pronoun, "everything", "more", "business" (then the usual line).
_NOT_TOPIC = (r"\b(?:you|toi|vous|te|ti|tu|dir|dich|ihnen|je|jou|u|voce|usted|it|this|that|ca|cela|questo|quello|esto|eso|isso|das|dat|het|everything|tout"
              r"|todo|tutto|alles|tudo|more|plus|piu|mas|mehr|meer|business|affaires|negocios|lavoro|work|trabajo|arbeit|werk|projects?|projets?|progett\w*"
              r"|proyectos?|projetos?|projekte?|stuff|things|cose|cosas|coisas|dinge|dingen|choses|collaborat\w*|kooperation|samenwerking)\b")
#: The article a topic may carry ("the ads", "les pubs", "die Ads"): dropped, the topic said bare.
_TOPIC_ARTICLE = r"^(?:the|les|le|la|l'|los|las|el|lo|gli|il|i|os|as|o|a|die|der|den|das|de|het) "
#: Their start-up told ("la startup di e-bike", "my e-bike start-up", "dem E-Bike-Startup").
_STARTUP = r"start-?ups?\b"
_TALK_LINE = {
    "en": ("Happy to talk about {t}{v}! A coffee or a quick call one of these days?",
           "I'd be glad to talk about {t}{v}. Would a coffee or a short call suit you one of these days?", " for your start-up", " for your start-up"),
    "fr": ("Avec plaisir pour parler {de}{t}{v} ! Un café ou un appel un de ces jours ?",
           "Avec plaisir pour parler {de}{t}{v}. Un café ou un appel un de ces jours, cela vous irait ?", " pour ta start-up", " pour votre start-up"),
    "es": ("¡Encantada de hablar de {t}{v}! ¿Un café o una llamada un día de estos?",
           "Encantada de hablar de {t}{v}. ¿Le vendría bien un café o una llamada un día de estos?", " para tu startup", " para su startup"),
    "it": ("Volentieri, parliamo di {t}{v}! Un caffè o una call uno di questi giorni?",
           "Volentieri parliamo di {t}{v}: Le andrebbe un caffè o una call uno di questi giorni?", " per la tua startup", " per la Sua startup"),
    "pt": ("Com todo o gosto falamos de {t}{v}! Um café ou uma chamada um dia destes?",
           "Com todo o gosto falamos de {t}{v}. Um café ou uma chamada um dia destes, que lhe parece?", " para a tua startup", " para a sua startup"),
    "pt-BR": ("Vamos conversar sobre {t}{v}, sim! Um café ou uma call um dia desses?",
              "Com prazer conversamos sobre {t}{v}. Um café ou uma call um dia desses, o que acha?", " para a sua startup", " para a sua startup"),
    "de": ("Gern sprechen wir über {t}{v}! Auf einen Kaffee oder kurz per Call in den nächsten Tagen?",
           "Sehr gern sprechen wir über {t}{v}. Passt Ihnen ein Kaffee oder ein kurzer Call in den nächsten Tagen?", " für dein Startup", " für Ihr Startup"),
    "nl": ("Graag praat ik met je over {t}{v}! Zin in een koffie of een belletje een dezer dagen?",
           "Graag praat ik met u over {t}{v}. Past een koffie of een belletje een dezer dagen?", " voor je startup", " voor uw startup"),
}


def _talk_topic(note: str) -> str:
    """The topic the note proposes to talk about, as written (one to three words), or ""."""
    folded = fold(note)
    m = cre.search(rf"(?:{_TALK_ABOUT}){_TALK_TOPIC}", folded)
    if not m or cre.search(_NOT_TOPIC, m.group("t")):
        return ""
    topic = note[m.start("t"):m.end("t")] if len(folded) == len(note) else m.group("t")
    return cre.sub(rf"(?i){_TOPIC_ARTICLE}", "", topic).strip()


def talk_line(note: str, lang: str, *, informal: bool) -> str:
    """"Happy to talk about ads for your start-up: a coffee or a call?" when someone met before proposes a topic, or "".

    >>> talk_line("ero quello con la startup di e-bike. Mi farebbe piacere magari parlare di ads. Ciao!", "it", informal=True)
    'Volentieri, parliamo di ads per la tua startup! Un caffè o una call uno di questi giorni?'
    >>> talk_line("Would be great to stay in touch and talk about you", "en", informal=True)
    ''
    """
    texts = by_lang(_TALK_LINE, lang)
    topic = _talk_topic(note) if texts and note else ""
    if not texts or not topic:
        return ""
    venture = (texts[2] if informal else texts[3]) if cre.search(_STARTUP, fold(note)) else ""
    de = "d'" if cre.match(r"(?i)[aeiouh]", topic) else "de "
    return (texts[0] if informal else texts[1]).format(t=topic, v=venture, de=de)


#: An old acquaintance telling what they do now (folded): "ahora estoy en Madrid llevando el marketing de una startup",
#: "agora tô em São Paulo trabalhando com branding", "now I'm in Berlin working on…", "maintenant je bosse à Paris dans…",
#: "adesso sono a Milano e lavoro…", "jetzt bin ich in Wien und arbeite…", "nu werk ik in Gent…": their work already told.
_NOW_WORK = (r"\b(?:ahora|agora|now|nowadays|these days|maintenant|desormais|aujourd'hui|ora|adesso|jetzt|inzwischen|mittlerweile|nu|inmiddels)\b"
             r"[^.!?\n]{0,60}?\b(?:trabaj\w*|llevando|llevo|dirijo|lavor\w*|mi occupo|gestisco|trabalh\w*|cuido|work\w*|running|run|lead\w*"
             r"|in charge|travaille|bosse|m'occupe|gere|arbeite\w*|leite\w*|betreue|werk\w*|verantwoordelijk|bezig|marketing)\b")
_NOW_TOLD = {
    "es": ("¡Qué bien saber en qué andas ahora! ¡Claro que nos ponemos al día! Cuéntame qué tal te va por allí.",
           "Qué bien saber en qué anda ahora. Con mucho gusto nos ponemos al día: cuénteme qué tal le va."),
    "pt": ("Gostei muito de saber o que andas a fazer agora! Claro que pomos a conversa em dia: conta-me como está a correr.",
           "Gostei muito de saber o que está a fazer agora! Com todo o gosto pomos a conversa em dia: conte-me como está a correr."),
    "pt-BR": ("Adorei saber o que você anda fazendo agora! Bora colocar o papo em dia: me conta como estão as coisas por aí.",
              "Gostei muito de saber o que você está fazendo agora! Vamos colocar a conversa em dia: me conte como estão as coisas."),
    "it": ("Che bello sapere di cosa ti occupi adesso! Certo che ci aggiorniamo: raccontami come va.",
           "Che piacere sapere di cosa si occupa adesso! Volentieri ci aggiorniamo: mi racconti come va."),
    "en": ("Great to hear what you're up to now! Let's catch up for sure: tell me how it's going.",
           "Great to hear what you are working on now! Happy to catch up: tell me how it is going."),
    "fr": ("Ravie de savoir ce que tu fais maintenant ! Avec plaisir pour se donner des nouvelles : raconte-moi comment ça se passe.",
           "Ravie de savoir ce que vous faites maintenant ! Avec plaisir pour échanger des nouvelles : dites-moi comment cela se passe."),
    "de": ("Schön zu hören, was du jetzt machst! Gern bringen wir uns auf den neuesten Stand: erzähl mal, wie es läuft.",
           "Schön zu hören, was Sie jetzt machen! Gern tauschen wir uns aus: erzählen Sie mir, wie es läuft."),
    "nl": ("Leuk om te horen wat je nu doet! Zeker, laten we bijpraten: vertel eens hoe het gaat.",
           "Leuk om te horen wat u nu doet! Graag praten we bij: vertel eens hoe het gaat."),
}


def now_line(note: str, lang: str, *, informal: bool) -> str:
    """Glad to hear what an old acquaintance does now, when the note tells it, or "" (never "what are you working on?"
    re-asked of someone who just said it).

    >>> now_line("Soy Álex, del máster. Ahora estoy en Madrid llevando el marketing de una fintech.", "es", informal=True)[:35]
    '¡Qué bien saber en qué andas ahora!'
    >>> now_line("On s'était croisées au salon, ravie de garder le contact !", "fr", informal=True)
    ''
    """
    texts = by_lang(_NOW_TOLD, lang)
    if not texts or not note or not cre.search(_NOW_WORK, fold(note)):
        return ""
    return texts[0 if informal else 1]

# -- the size and market of a client's business ---------------------------------------------------------------------
#: "pour nos 12 enseignes", "a group of 40 stores", "mit 12 Filialen", "i nostri 8 negozi", "onze 5 vestigingen": the count and
#: the unit as written; a number of the client's own sites, shops or brands, never a budget or a date.
_UNITS = (r"(?:enseignes|magasins|boutiques|points de vente|agences|restaurants|h[ôo]tels|sites(?: web| e-commerce)?|cliniques|franchises|marques|salons"
          r"|stores|shops|locations|branches|outlets|websites|brands|restaurants|clinics|salons|e-?shops|webshops"
          r"|Filialen|Standorte|Geschäfte|Geschafte|Läden|Laden|Shops|Marken|Hotels|Onlineshops|Praxen"
          r"|tiendas|locales|sucursales|marcas|restaurantes|cl[ií]nicas|franquicias|sedes"
          r"|negozi|punti vendita|filiali|marchi|ristoranti|sedi|cliniche|alberghi"
          r"|lojas|unidades|filiais|restaurantes|cl[ií]nicas|franquias"
          r"|winkels|vestigingen|filialen|merken|restaurants|webwinkels|hotels|klinieken)")
_COUNT = (r"(?i:\b(?:our|nos|unsere[nm]?|nuestr[oa]s|(?:i |le )?nostr[ie]|(?:os |as )?noss[oa]s|onze"
          r"|(?:group|chain|network|groupe|r[ée]seau|gruppe|kette|verbund|grupo|cadena|red|gruppo|catena|rete|rede|keten|groep)\s+(?:of|de|d'|von|mit|di|con|com|van|met)"
          r"|with|avec|mit|con|com|met|we (?:have|run|operate|manage)|nous (?:avons|g[ée]rons)|on a|wir (?:haben|betreiben)|haben wir|betreiben wir"
          r"|tenemos|gestionamos|abbiamo|gestiamo|temos|gerimos|we hebben|hebben we|beheren we)\s+)(?P<n>\d{1,4})\s+(?P<u>(?i:" + _UNITS + r"))\b")
_POSS = {"en": ("your", "your"), "fr": ("tes", "vos"), "de": ("deine", "Ihre"), "es": ("tus", "sus"), "nl": ("je", "uw")}
_FOR = {"en": "for", "fr": "pour", "de": "für", "es": "para", "nl": "voor"}
#: "the French market", "marché français", "den französischen Markt", "expanding into France", "our French SEO strategy" (folded).
_FRENCH = (r"\b(?:french market|marche francais|franzosische\w* markt\w*|markt in frankreich|mercado frances|mercato frances\w*|franse markt"
           r"|(?:expand\w*|expansion|launch\w*|entering|enter) (?:\w+ ){0,3}?(?:in)?to france|launch\w* (?:\w+ ){0,3}?in france|french seo|seo (?:strategy )?(?:in|for) france"
           r"|(?:s'implanter|se developper|expansion|lancement|se lancer|arriver) (?:\w+ ){0,2}?en france|(?:nach|in) frankreich (?:\w+ ){0,2}?(?:expandieren|starten|gehen)|(?:markteintritt|markteinfuhrung|launch|start) in frankreich"
           r"|(?:expandir\w*|expansion|entrar|lanzar\w*|lanzamiento) (?:\w+ ){0,3}?(?:a|en) francia|(?:espander\w*|espansione|entrare|sbarcare|lancio|lanciar\w*) (?:\w+ ){0,2}?in francia"
           r"|(?:expandir\w*|expansao|entrar|lancar\w*|lancamento) (?:\w+ ){0,3}?(?:para|em|n)a? franca|(?:uitbreid\w*|uitbreiding|expansie|expanderen|lanceren|lancering|starten) (?:\w+ ){0,2}?(?:naar|in) frankrijk"
           # "unsere SEO-Strategie für Frankreich", "notre stratégie SEO pour la France", "estrategia SEO para Francia": the need's country
           r"|(?:seo|strateg\w*|estrateg\w*|content\w*|ads|social|marketing|referencement)[\w-]* (?:fur|for|pour|para|per|voor) (?:la |o |a )?(?:frankreich|france|francia|franca|frankrijk)"
           # "an SEO audit of our French site", "unserer französischen Seite", "onze Franse website": their site for France
           r"|(?:our|notre|unsere[rnms]?|nuestr[oa]|(?:il )?nostro|(?:o )?nosso|onze) (?:french|franzosische[nmr]?|franse) (?:web)?(?:site|seite|shop|webshop)s?"
           r"|(?:notre|nuestr[oa]|(?:il )?nostro|(?:o )?nosso) (?:site|sitio|web|shop) (?:web )?(?:francais|frances|francesa|francese))\b")
#: European markets as a whole (folded): "across European markets", "sur les marchés européens", "in ganz Europa".
_EUROPE = (r"\b(?:european markets?|across europe|marches europeens|(?:dans )?toute l'europe|europaischen? markt\w*|in ganz europa|mercados europeos|(?:en )?toda europa"
           r"|mercati europei|(?:in )?tutta europa|mercados europeus|(?:em )?toda a europa|europese markt\w*|(?:in )?heel europa)\b")
_EUROPE_MARKETS = {"en": "across European markets", "fr": "à l'échelle européenne", "de": "für die europäischen Märkte", "es": "a escala europea",
                   "it": "a livello europeo", "pt": "nos mercados europeus", "nl": "voor de Europese markten"}
_MARKET = {"en": "for the French market", "fr": "pour le marché français", "de": "für den französischen Markt", "es": "para el mercado francés",
           "it": "per il mercato francese", "pt": "para o mercado francês", "nl": "voor de Franse markt"}


def scope_phrase(note: str, lang: str, *, informal: bool) -> str:
    """What the client's need is for, when the note says it: their number of shops or brands ("pour vos 12 enseignes",
    "für Ihre 12 Filialen") or the French market they are entering ("for the French market"), or "".

    >>> scope_phrase("je souhaiterais échanger au sujet d'un accompagnement SEO pour nos 12 enseignes", "fr", informal=False)
    'pour vos 12 enseignes'
    >>> scope_phrase("We are a UK retailer expanding into France and need a French SEO lead.", "en", informal=False)
    'for the French market'
    >>> scope_phrase("Our budget is 500 euros a month.", "en", informal=False)
    ''
    """
    if not note:
        return ""
    base = lang[:2]
    m = cre.search(_COUNT, note)
    if m and int(m.group("n")) >= 2:
        n, unit = m.group("n"), m.group("u")
        if base == "it":
            poss = ("le tue" if informal else "le Sue") if unit.lower().endswith("e") else ("i tuoi" if informal else "i Suoi")
            return f"per {poss} {n} {unit}"
        if base == "pt":
            fem = unit.lower().endswith("as") or unit.lower() in ("unidades", "filiais", "sedes")
            if lang == "pt-BR":
                poss = "suas" if fem else "seus"
            else:
                poss = ("as tuas" if fem else "os teus") if informal else ("as suas" if fem else "os seus")
            return f"para {poss} {n} {unit}"
        if base in _POSS:
            return f"{_FOR[base]} {_POSS[base][0 if informal else 1]} {n} {unit}"
        return ""
    if cre.search(_FRENCH, fold(note)):
        return _MARKET.get(base, "")
    if cre.search(_EUROPE, fold(note)):
        return _EUROPE_MARKETS.get(base, "")
    return ""


# -- the owner's tips, thanked for or already applied -----------------------------------------------------------------
#: "merci pour tes conseils sur les reels", "Ihre Tipps zu Meta Ads", "your tips on local SEO", "i tuoi consigli sui caroselli":
#: the preposition and the subject as written (the noun itself is said in the draft's own words).
_TIP = (r"\b(?:your|the|those|these|that|this|tes|vos|les|ces|ton|votre|cette|ce|deine[n]?|ihre[n]?|die|den|diesen|eure[n]?|tus|sus|los|esos|ese|esa|aquel|i tuoi|i suoi|quei|quel|quello|i|as tuas|as suas|suas|tuas|as|essas|essa|aquela|aquele"
        r"|pelas|pelos|je|jouw|uw|de)\s+(?:(?:great|useful|helpful|précieux|precieux|bons|super|tollen?|guten|wertvollen|buenos|grandes|preziosi|ottimi|ótimas|otimas|boas|goede|handige|waardevolle)\s+)?"
        r"(?P<n>tips?|advice|pointers|suggestions|recommendations|conseils?|astuces?|recommandations|tipps?|ratschl[äa]ge|hinweise|empfehlungen|consejos?|recomendaciones"
        r"|consigli|consiglio|suggerimenti|dicas?|sugest[õo]es|conselhos|adviezen|advies)\s+"
        # "deinen Tipp mit den Content-Clustern", "je tip met de contentkalender": the tip named by what it is about
        r"(?P<p>on|about|for|regarding|around|sur|pour|concernant|à propos d(?:u|e la|es|e)|au sujet d(?:u|e la|es|e)|zu[mr]?|für|fürs|rund um|über|mit|met|sobre|acerca de|para"
        r"|su|sul|sulla|sullo|sui|sugli|sulle|riguardo (?:a|al|alla|ai|alle)|do|da|dos|das|over|voor|rond|rondom)\s+")
_TIP_STOP = (r"(?:\s+(?:and|et|und|y|e|en|but|mais|aber|pero|ma|mas|maar|already|d[ée]j[àa]|bereits|schon|ya|gi[àa]|j[áa]|al|that|which|qui|que|die|dass|che|dat"
             # "your tips on content strategy were super actionable": the verb after the subject ends it (never "… were useful were useful")
             r"|were|was|are|is|have been|sont|[ée]taient|ont [ée]t[ée]|waren|sind|eran|son|fueron|han sido|erano|sono|sono stati|foram|s[ãa]o|eram|zijn|waren"
             r"|in (?:my|our|unse\w*|meine\w*|mijn|onze|ons)|bij (?:mijn|onze|ons)|dans|im|en mi|en nuestr\w*|nel|nella|no meu|na minha|auf|umgesetzt|angewendet|ausprobiert|toegepast|aplicad\w*|applicat\w*"
             r"|last|during|lors|beim|durante|tijdens|pendant|mardi|lundi|gestern|yesterday|ayer|ieri|ontem|gisteren|hier|at|op|bei|auf"
             r"|meteen|direct|direkt|gleich|sofort|nu|now|jetzt|nun|maintenant|ahora|agora|adesso|ora|letzte\w*|vorige\w*|vorhin|la semaine|last week|vorige week|vorige maand|la semana|la settimana|na semana|immediately|straight away|tout de suite|subito|enseguida|logo"
             r"|for my|pour (?:ma|mon|notre)|f[üu]r (?:mein|unser)\w*|para (?:mi|nuestr\w*|a minha|o meu|minha|meu)|per (?:il mio|la mia|il nostro|la nostra)|voor (?:mijn|onze|ons)"
             # "für die Tipps zum Thema Google Ads bedanken – hat super geklappt": the verb of thanks said last, or a dash, ends it
             r"|bedanken|danken|bedanke|bedank|gegeben"
             # "pas je tips over contentkalenders toe in ons team": the Dutch verb's particle (toepassen) ends the subject
             r"|toe"
             # "vos conseils sur les reels avec succès", "your tips on ads with great success": the success told ends the subject
             r"|(?:avec|with|mit|met|con|com) (?:great |grand |gran |grande |gro(?:ss|ß)em |groot |veel )?(?:succ[eè]s|success|erfolg|succes|[ée]xito|successo|sucesso)|successfully|erfolgreich)\b.*"
             r"|\s*[.!?,;:\n()–—].*|\s+-\s.*|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF].*)$")
#: "je tip over Pinterest voor webshops werkt echt", "your tip on reels worked wonders", "tus consejos sobre Pinterest funcionan":
#: the verb saying it worked ends the subject, unless the subject is how something works ("your tips on how the algorithm works")
_TIP_WORKED = (r"(?i)^(?!(?:\S+\s+){0,3}?(?:how|hoe|wie|come|como|cómo|comment)\b)(?P<s>.*?)\s+(?:works?|worked|werkt|werkte|werkten|marche(?:nt)?|a marché"
               r"|fonctionne(?:nt)?|funktionier(?:t|en|te|ten)|klapp(?:t|en|te|ten)|funciona(?:n|ron|ou|m)?|funziona(?:no)?|ha(?:nno)? funzionato"
               r"|helped|helpt|hielp(?:en)?|saved|(?:me )?ajud(?:ou|aram)(?:-me)?|(?:me )?(?:ha|han) ayudado|(?:mi )?(?:ha|hanno) aiutat[oi])\b.*$")
#: thanks said as a noun or a verb (folded): "merci", "je voulais te remercier", "volevo ringraziarti", "queria agradecer-te",
#: "ich wollte mich bedanken", "ik wilde je bedanken", "I wanted to thank you"
_THANKS = (r"\b(?:thanks|thank you|thank|merci|remerci\w*|danke|vielen dank|bedanken|gracias|agradec\w*|grazie|ringrazi\w*|obrigad[oa]|bedankt|bedank"
           r"|dank (?:je|u)|dankjewel|dankuwel)\b")
#: They put the tips into practice (folded): "habe Ihre Tipps zu Meta Ads bereits in unserem Shop umgesetzt", "I've applied your tips".
_APPLIED = (r"\b(?:(?:i|we)(?:'ve| have)? (?:already |immediately |straight away |just )?(?:applied|implemented|tried|tested|used|put (?:\w+ ){0,6}into practice)"
            r"|(?<![?] )already (?:applied|implemented|tried|tested|used|put (?:\w+ ){0,6}into practice)"  # "was brilliant, already tried the trick"
            r"|(?:j'ai|nous avons|on a) (?:deja |tout de suite |immediatement )?(?:applique|mis en place|mis en pratique|teste|suivi|utilise)"
            r"|(?:habe|hab|haben) (?:ich |wir )?(?:[\w'()-]+ ){0,10}(?:umgesetzt|angewendet|angewandt|ausprobiert|getestet)"
            r"|(?:ya )?(?:he|hemos) (?:aplicado|probado|puesto en practica|seguido)|(?:ho|abbiamo) (?:gia |subito )?(?:applicato|provato|messo in pratica|seguito)"
            # applying them now: "we passen je tips … nu toe", "we're now applying", "nous appliquons", "wir setzen … um"
            r"|(?:we|wij|ik) (?:passen|pas) (?:\w+ ){0,8}toe|(?:we're|we are|i'm|i am) (?:now )?(?:applying|implementing|using)"
            r"|(?:nous appliquons|on applique|j'applique)"
            r"|(?:estamos|estoy) (?:aplicando|poniendo en practica)|(?:stiamo|sto) (?:applicando|mettendo in pratica)|(?:estamos|estou) (?:a aplicar|aplicando)"
            r"|(?:ja )?(?:apliquei|aplicamos|testei|pus em pratica|coloquei em pratica|segui)|(?:heb|hebben) (?:ik |we )?(?:[\w'-]+ ){0,10}(?:toegepast|geprobeerd|getest|uitgeprobeerd))\b")
#: She gave them the tip herself, in person (folded): "jij gaf me die tip over …", "you gave me that tip about …", "tu m'as donné
#: cette astuce", "me diste ese consejo", "você me deu aquela dica", "mi hai dato quel consiglio", "du hast mir den Tipp … gegeben":
#: a tip of hers acknowledged like one thanked for.
_GAVE_ME = (r"\b(?:(?:you|u|jij|je) (?:gave|gaf|hebt gegeven|heeft gegeven)(?: me)?|(?:tu )?m'as donne|vous m'avez donne|me (?:diste|dio|dieron)"
            r"|(?:voce |tu )?me deu|(?:tu )?me deste|mi hai dato|mi ha dato|(?:du )?hast mir|haben sie mir|gaf (?:je|jij|u) me)\b")
_TIP_LINES = {
    # (thanked informal, thanked formal, applied informal, applied formal); {t}: "sur les reels", "zu Meta Ads"
    "en": ("Glad the tips {t} were useful!", "I'm glad the tips {t} were useful.",
           "Great that you've already put the tips {t} into practice: keep me posted on the results!",
           "It's great that you've already put the tips {t} into practice; do keep me posted on the results."),
    "fr": ("Contente que les conseils {t} t'aient servi !", "Je suis heureuse que les conseils {t} vous aient été utiles.",
           "Bravo d'avoir déjà mis en pratique les conseils {t} ! Tiens-moi au courant des résultats.",
           "Bravo d'avoir déjà mis en pratique les conseils {t} ; tenez-moi au courant des résultats."),
    "de": ("Freut mich sehr, dass dir die Tipps {t} etwas gebracht haben!", "Es freut mich sehr, dass Ihnen die Tipps {t} etwas gebracht haben.",
           "Toll, dass du die Tipps {t} schon umsetzen konntest! Halt mich gern auf dem Laufenden, was sie bringen.",
           "Schön, dass Sie die Tipps {t} schon umsetzen konnten! Halten Sie mich gern auf dem Laufenden, was sie bringen."),
    "es": ("¡Qué bien que te hayan servido los consejos {t}!", "Me alegra que le hayan servido los consejos {t}.",
           "¡Qué bien que ya hayas puesto en práctica los consejos {t}! Ya me contarás qué resultados te dan.",
           "¡Qué bien que ya haya puesto en práctica los consejos {t}! Ya me contará qué resultados le dan."),
    "it": ("Felice che i consigli {t} ti siano stati utili!", "Mi fa piacere che i consigli {t} Le siano stati utili.",
           "Che bello che tu abbia già messo in pratica i consigli {t}! Fammi sapere che risultati ottieni.",
           "Mi fa piacere che abbia già messo in pratica i consigli {t}! Mi faccia sapere che risultati ottiene."),
    "pt": ("Que bom que as dicas {t} foram úteis!", "Fico contente por as dicas {t} terem sido úteis.",
           "Que bom que já puseste em prática as dicas {t}! Depois conta-me os resultados.",
           "Que bom que já pôs em prática as dicas {t}! Depois conte-me os resultados."),
    "pt-BR": ("Que bom que as dicas {t} foram úteis!", "Fico feliz que as dicas {t} tenham sido úteis.",
              "Que bom que você já colocou em prática as dicas {t}! Me conta os resultados.",
              "Que bom que você já colocou em prática as dicas {t}! Depois me conte os resultados."),
    "nl": ("Fijn dat je iets had aan de tips {t}!", "Fijn dat u iets had aan de tips {t}.",
           "Top dat je de tips {t} meteen hebt toegepast! Laat me weten wat het oplevert.",
           "Fijn dat u de tips {t} meteen hebt toegepast! Laat u me weten wat het oplevert?"),
}


#: The tips said to work, with no figure (folded): "het werkt echt", "es hat wirklich geholfen", "ça marche vraiment",
#: "funciona de verdad", "funziona davvero", "funciona mesmo", "it really works": joy at it, never "keep me posted on what it brings".
_TIP_WORKS = (r"\b(?:(?:it|this|that) (?:really |actually |totally )?(?:works|worked|helped)|works (?:really|so) well|really (?:helped|works|worked)"
              r"|(?:het|dat|ze) werk(?:t|en) (?:echt|super|goed|geweldig|top|prima|perfect)|werk(?:t|en) echt|(?:heeft|hebben) (?:me |ons )?(?:echt|enorm|flink|veel) geholpen|helpt echt"
              r"|(?:ca|cela|ils|elles?) (?:marche(?:nt)?|fonctionne(?:nt)?) (?:vraiment|super|tres bien|du tonnerre)|(?:ca|cela) a (?:vraiment|super bien|tres bien) (?:marche|fonctionne)"
              r"|(?:hat|haben) (?:mir |uns )?(?:wirklich|echt|sehr|total|enorm|richtig) (?:gut )?(?:geholfen|funktioniert|geklappt)|funktionier(?:t|en) (?:wirklich|echt)"
              r"|funciona(?:n)? (?:de verdad|muy bien|mesmo|de verdade|muito bem)|(?:me |nos )?(?:ha|han) (?:ayudado|funcionado) (?:mucho|de verdad)"
              r"|(?:lauft|laufen|klappt|klappen) (?:jetzt |inzwischen |schon )?(?:super|toll|prima|bestens|hervorragend|richtig gut|sehr gut)"
              r"|(?:it's|it is|they're|they are) working (?:great|really well|so well|brilliantly)|works (?:great|like a charm)"
              r"|(?:ca|cela) marche (?:super|tres) bien|funciona(?:n)? (?:genial|de maravilla)|(?:deu|deram) (?:super|muito) certo"
              r"|funziona(?:no)? (?:davvero|benissimo|alla grande)|(?:mi |ci )?(?:ha|hanno) (?:davvero |molto )?aiutat[oi](?: molto| davvero)?"
              r"|(?:me |nos )?ajud(?:ou|aram)(?:-me)? (?:muito|mesmo|imenso)"
              # the result told as success, no figure: "mit Erfolg", "with great success", "avec succès", "con éxito", "met succes"
              r"|(?:mit|with|avec|con|com|met) (?:(?:gro(?:ss|ß)em|great|grand|gran|grande|groot|veel) )?(?:erfolg|success|succes|exito|successo|sucesso)"
              r"|successfully|erfolgreich)\b")
#: Joy at tips that work (informal, formal); {t}: "over de keyword map"; the reply thanked them already and asks nothing more.
_TIP_WORKS_LINES = {
    "en": ("So glad the tips {t} are working for you!", "I'm delighted the tips {t} are working for you."),
    "fr": ("Ravie que les conseils {t} marchent si bien pour toi !", "Ravie que les conseils {t} fonctionnent si bien pour vous."),
    "de": ("Wie schön, dass dir die Tipps {t} wirklich geholfen haben – das freut mich!", "Wie schön, dass Ihnen die Tipps {t} wirklich geholfen haben – das freut mich."),
    "es": ("¡Qué alegría que los consejos {t} te estén funcionando!", "¡Qué alegría que los consejos {t} le estén funcionando!"),
    "it": ("Che bello che i consigli {t} funzionino davvero!", "Mi fa molto piacere che i consigli {t} funzionino."),
    "pt": ("Que bom que as dicas {t} estão mesmo a funcionar!", "Fico muito contente por as dicas {t} estarem a funcionar."),
    "pt-BR": ("Que bom que as dicas {t} estão funcionando de verdade!", "Fico muito feliz que as dicas {t} estejam funcionando."),
    "nl": ("Wat leuk dat de tips {t} echt werken!", "Wat fijn dat de tips {t} echt werken."),
}


#: their practice of the tips when they also tell its result ("+30% de trafic", "our CTR doubled"): the result is congratulated
#: on its own line, so never "keep me posted on the results" they just gave (informal, formal); the reply thanked them already
#: and the line opens with joy, so no second "thanks" nor a second "glad"
_TIP_GAIN = {
    "en": ("So glad the tips {t} paid off so quickly: congratulations on the result!",
           "I'm delighted the tips {t} paid off so quickly: congratulations on the result."),
    "fr": ("Ravie que les conseils {t} aient déjà porté leurs fruits ! Bravo pour ce résultat, ça fait plaisir à lire !",
           "Ravie que les conseils {t} aient déjà porté leurs fruits. Bravo pour ce résultat, cela fait plaisir à lire."),
    "de": ("Wie schön, dass sich die Tipps {t} schon ausgezahlt haben: Glückwunsch zu dem Ergebnis!",
           "Wie schön, dass sich die Tipps {t} schon ausgezahlt haben: Herzlichen Glückwunsch zu diesem Ergebnis!"),
    "es": ("¡Qué alegría que los consejos {t} ya hayan dado fruto! ¡Enhorabuena por ese resultado!",
           "¡Qué alegría que los consejos {t} ya hayan dado fruto! ¡Enhorabuena por ese resultado!"),
    "it": ("Che bello che i consigli {t} abbiano già dato i loro frutti: complimenti per il risultato!",
           "Mi fa molto piacere che i consigli {t} abbiano già dato i loro frutti: complimenti per il risultato."),
    "pt": ("Que bom que as dicas {t} já deram frutos: parabéns pelo resultado!",
           "Que bom que as dicas {t} já deram frutos: parabéns pelo resultado!"),
    "pt-BR": ("Que bom que as dicas {t} já deram resultado: parabéns!",
              "Que bom que as dicas {t} já deram resultado: parabéns!"),
    "nl": ("Wat leuk dat de tips {t} al zoveel hebben opgeleverd: gefeliciteerd met dat resultaat!",
           "Wat fijn dat de tips {t} al zoveel hebben opgeleverd: gefeliciteerd met dat resultaat."),
}


def tip_subject(note: str) -> str:
    """The subject of the owner's tips the note thanks for or applied, with its preposition as written ("sur les reels",
    "zu Meta Ads", "on local SEO"), or "".

    >>> tip_subject("on s'est croisées mardi, merci encore pour tes conseils sur les reels 😊 Marine")
    'sur les reels'
    >>> tip_subject("ich habe Ihre Tipps zu Meta Ads bereits in unserem Shop umgesetzt")
    'zu Meta Ads'
    >>> tip_subject("Any tips on local SEO?")
    ''
    """
    return _tip(note)[0]


#: One tip, not several ("deinen Tipp mit …", "your tip on …", "ton conseil sur …"): the line says it in the singular.
_ONE_TIP = {
    "de": (("dir die Tipps", "dir der Tipp"), ("Ihnen die Tipps", "Ihnen der Tipp"), ("sich die Tipps", "sich der Tipp"),
           ("die Tipps", "den Tipp"), ("gefallen haben", "gefallen hat"), ("was sie bringen", "was er bringt"), ("ausgezahlt haben", "ausgezahlt hat"), ("etwas gebracht haben", "etwas gebracht hat"), ("geholfen haben", "geholfen hat")),
    "en": (("the tips", "the tip"), ("were useful", "was useful"), ("are working", "is working")),
    "fr": (("les conseils", "le conseil"), ("aient déjà porté leurs fruits", "ait déjà porté ses fruits"), ("t'aient servi", "t'ait servi"),
           ("vous aient été utiles", "vous ait été utile"), ("marchent si", "marche si"), ("fonctionnent si", "fonctionne si")),
    "nl": (("de tips", "de tip"), ("al zoveel hebben opgeleverd", "al zoveel heeft opgeleverd"), ("echt werken", "echt werkt")),
    "es": (("los consejos", "el consejo"), ("hayan servido", "haya servido"), ("estén funcionando", "esté funcionando")),
    "it": (("i consigli", "il consiglio"), ("siano stati utili", "sia stato utile"), ("funzionino", "funzioni")),
    "pt": (("as dicas", "a dica"), ("foram úteis", "foi útil"), ("terem sido úteis", "ter sido útil"), ("tenham sido úteis", "tenha sido útil"),
           ("estão mesmo", "está mesmo"), ("estarem a", "estar a"), ("estão funcionando", "está funcionando"), ("estejam funcionando", "esteja funcionando")),
}


#: Where the sender heard her tips, said with "your" ("in your training", "in deinem Workshop", "nel tuo corso"): no part of the subject.
_IN_YOUR = (r"(?i)\s+(?:in|at|during|from|dans|à|a|lors de|pendant|de|en|bei|im|aus|nel|nella|al|alla|durante|na|no|da|do|tijdens|op|uit|van)\s+"
            r"(?:your|ton|ta|tes|votre|vos|dein\w*|Ihre[mnrs]?|tu|tus|su|sus|tuo|tua|tuoi|teu|tua|seu|sua|je|jouw|uw)\b.*$")


#: The tips' "subject" that is the piece where she gave them (original text): "(da) formação de ontem", "(del) taller".
_TIPS_FROM_PIECE = (r"(?i)(?:(?:the|la|le|el|il|a|o|de|het|der|dem|l')\s*)?(?:workshop|atelier|taller|formation|forma[çc][ãa]o|formaci[óo]n|formazione|training|course|cours"
                    r"|curso|corso|kurs|schulung|webinar|webinaire|talk|conf[ée]rence|charla|palestra|lezing|cursus|opleiding|session|masterclass|bootcamp)\b")

_AT_PIECE = (r"(?i)\s+(?:in|at|during|from|dans|à|lors de|pendant|de|en|bei|im|beim|aus|nel|nella|al|alla|durante|na|no|da|do|tijdens|op|uit|van|del|della)\s+"
             + _TIPS_FROM_PIECE[4:] + ".*$")


#: The sender's own thing right after the tips' preposition (folded): "vos conseils sur mon site", "your tips on my website",
#: "deine Tipps auf meiner Website", "tus consejos en mi web", "i tuoi consigli sul mio sito", "as suas dicas no meu site",
#: "je tips op mijn website": where they applied them, never what the tips were about (nor "mon site" in her mouth).
_OWN_AFTER = (r"^(?:on|sur|zu[mr]?|fur|fuers|uber|sobre|para|su|sul|sulla|do|da|over|voor|op|en|in|auf|no|na|per)\s+(?:(?:le|la|il|lo|o|a)\s+)?"
              r"(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w*|mio|mia|miei|mie|nostr\w*|meu|meus|minha|minhas|nosso\w*|nossa\w*|mijn|onze|ons)\b")

#: The tips asked for, just before them, said without a "?" (folded): "j'aimerais avoir vos conseils pour choisir…",
#: "I'd love your advice on…", "me gustaría tu consejo para…", "vorrei i tuoi consigli su…", "gostaria dos seus conselhos
#: sobre…", "ich bräuchte deine Tipps zu…", "ik zou graag je advies over…": a request, never thanks for her tips.
_TIPS_WANTED = (r"\b(?:j'aimerais|je voudrais|j'aurais besoin|je souhaiterais|je cherche|i'd (?:like|love|appreciate)|i would (?:like|love|appreciate)"
                r"|i need|i'm looking for|me gustaria|quisiera|necesito|busco|vorrei|mi servirebbe|avrei bisogno|cerco|gostaria (?:de ter|dos|das|de receber)|preciso|procuro"
                r"|ich hatte gern|ich wurde gern|ich brauche|ich brauchte|ich suche|ik zou graag|ik wil graag|ik zoek|ik heb (?:graag )?behoefte)\b[^.!?\n]{0,25}$")


def _tip(note: str) -> tuple[str, bool]:
    """(the tips' subject with its preposition, whether the note names one tip only)."""
    if not note:
        return "", False
    for m in cre.finditer(rf"(?i:{_TIP})", note):
        if cre.match(r"(?i)(?:the|that|this|les|cette|ce|die|den|diesen|los|ese|esa|aquel|quel|quello|i|as|essa|aquela|aquele|de)\b", m.group(0)) \
                and not cre.search(_THANKS + "|" + _APPLIED + "|" + _GAVE_ME, fold(note)):
            continue  # "the tips on …" with neither thanks nor practice: a request, not the owner's tips
        if cre.match(r"[^.!?,;\n]*\?", note[m.end():]):
            continue  # "Heb je tips voor iemand die net begint?", "¿tienes consejos para…?": tips asked for, never thanked for
        if cre.search(_TIPS_WANTED, fold(note[:m.start()])):
            continue  # "j'aimerais avoir vos conseils pour choisir entre …": tips asked for without a "?", never thanked for
        # the subject ends with its line ("Danke für den Tipp mit Brevo!\nLiebe Grüße"): never "der Tipp mit Brevo. etwas"
        window = note[m.end():m.end() + 60].split("\n", 1)[0]
        x = cre.sub(_TIP_STOP, "", cre.sub(_TIP_WORKED, r"\g<s>", window)).strip()
        # "de tips over contentkalenders gebruik ik elke week", "die Tipps zu Reels nutze ich jede Woche": the verb before
        # the subject (German, Dutch) ends the subject; "your tips on SEO I use daily": the pronoun starts a new clause
        x = cre.sub(r"(?i)\s+[\w'-]+\s+(?:ik|ich|wir|wij|we)\b.*$|\s+(?-i:I)\b.*$|\s+(?:yo|io|eu)\b.*$", "", x).strip()
        x = cre.sub(_IN_YOUR, "", x).strip()  # "the tips on Meta Ads in your training": where they heard them is hers, never "your"
        x = cre.sub(_AT_PIECE, "", x).strip()  # "sobre Reels na formação de ontem": the subject, not where she gave the tips
        if cre.match(_TIPS_FROM_PIECE, x):
            continue  # "as dicas da formação de ontem", "the tips at the workshop": where she gave them, no subject
        if cre.match(_OWN_AFTER, fold(f"{m.group('p')} {x}")):
            continue  # "j'ai appliqué vos conseils sur mon site": their site is where, no subject of the tips
        if 1 <= len(x.split()) <= 5 and not cre.search(r"(?i)\b(?:you|tu|toi|vous|du|dich|dir|sie|usted|te|ti|voc[eê]|je|jou|u)\b", x):
            return f"{m.group('p')} {x}", fold(m.group("n")) in ("tip", "tipp", "conseil", "astuce", "consejo", "consiglio", "dica")
    return "", False


def tip_line(note: str, lang: str, *, informal: bool, gained: bool = False) -> str:
    """Thanks for the owner's named tips, or their practice acknowledged ("Contente que les conseils sur les reels t'aient servi !",
    "Freut mich sehr, dass Sie die Tipps zu Meta Ads schon umsetzen konnten! …"), or "" when the note names no tip of hers
    it thanks for or applied.

    >>> tip_line("merci encore pour tes conseils sur les reels", "fr", informal=True)
    "Contente que les conseils sur les reels t'aient servi !"
    """
    line = _tip_line(note, lang, informal=informal, gained=gained)
    t, one = _tip(note)
    if line and one:
        for plural, single in _ONE_TIP.get(lang[:2], ()):
            line = line.replace(plural, single)  # "Toll, dass du den Tipp mit den Content-Clustern schon umsetzen konntest!"
    return line


#: One trick of hers named by what it is and already tried (original text): "already tried the keyword clustering trick",
#: "j'ai déjà testé l'astuce des mots-clés", "ya probé el truco de los títulos", "já testei o truque das hashtags".
_TRIED_TRICK = (r"(?i)\b(?:already |just )(?P<v>tried|applied|used|tested) (?P<t>(?:the|your) [\w -]{2,40}?(?:trick|hack|tip|technique|method|template|checklist))\b"
                r"|\bdéjà (?P<vf>testé|essayé|appliqué|utilisé) (?P<tf>(?:l'|ton |ta |votre )(?:astuce|technique|méthode|template|check-?list)(?: (?:du|de la|des|de l'|d')[\w' -]{2,30}?)?)(?=[.,;:!?\n]|\s+(?:et|and)\b|$)"
                r"|\bya (?P<ve>probé|apliqué|usé|he probado|he aplicado) (?P<te>(?:el|tu|su) (?:truco|consejo|método|técnica)(?: (?:de|del|de la|de los|de las) [\w -]{2,30}?)?)(?=[.,;:!?\n]|\s+y\b|$)"
                r"|\bjá (?P<vp>testei|experimentei|apliquei|usei) (?P<tp>(?:o|a|seu|sua|teu|tua) (?:truque|dica|método|técnica)(?: (?:de|do|da|dos|das) [\w -]{2,30}?)?)(?=[.,;:!?\n]|\s+e\b|$)")
#: Their trick already tried, acknowledged by name: (informal, formal); {t}: "the keyword clustering trick".
_TRIED_LINES = {"en": ("Great that you've already tried {t}: let me know how it works out!", "Great that you have already tried {t}; do let me know how it works out."),
                "fr": ("Bravo d'avoir déjà testé {t} ! Tiens-moi au courant des résultats.", "Bravo d'avoir déjà testé {t} ; tenez-moi au courant des résultats."),
                "es": ("¡Qué bien que ya hayas probado {t}! Ya me contarás qué tal te funciona.", "Me alegra que ya haya probado {t}. Ya me contará qué tal le funciona."),
                "pt": ("Que bom que já testaste {t}! Depois conta-me como correu.", "Que bom que já testou {t}! Depois conte-me como correu."),
                "pt-BR": ("Que bom que você já testou {t}! Depois me conta como foi.", "Que bom que o senhor já testou {t}! Depois me conte como foi.")}


def tried_trick(note: str) -> str:
    """The trick of hers the note says was already tried, as written ("the keyword clustering trick"), or ""."""
    m = cre.search(_TRIED_TRICK, note or "")
    thing = next((g for g in (m.group("t"), m.group("tf"), m.group("te"), m.group("tp")) if g), "") if m else ""
    # without its determiner ("keyword clustering trick"): the reply names it "the …", "el …"
    return cre.sub(r"(?i)^(?:the|your|l'|ton|ta|votre|el|tu|su|o|a|seu|sua|teu|tua)\s*", "", thing)


def _tried_line(note: str, lang: str, informal: bool) -> str:
    """Their trick already tried, named ("Great that you've already tried the keyword clustering trick: …"), or "".

    >>> _tried_line("your workshop was brilliant, already tried the keyword clustering trick. Thanks!", "en", True)
    "Great that you've already tried the keyword clustering trick: let me know how it works out!"
    """
    texts = by_lang(_TRIED_LINES, lang)
    m = cre.search(_TRIED_TRICK, note) if texts else None
    if not texts or not m:
        return ""
    thing = next(g for g in (m.group("t"), m.group("tf"), m.group("te"), m.group("tp")) if g)
    thing = cre.sub(r"(?i)^your ", "the ", thing)  # her trick, named as "the …"
    if lang == "pt-BR":
        thing = cre.sub(r"^(?:teu|seu) ", "o ", cre.sub(r"^(?:tua|sua) ", "a ", thing))
    elif lang[:2] == "pt":
        thing = cre.sub(r"^(?:teu|seu) ", "o ", cre.sub(r"^(?:tua|sua) ", "a ", thing))
    elif lang[:2] == "es":
        thing = cre.sub(r"^(?:tu|su) ", "el ", thing)
    elif lang[:2] == "fr":
        thing = cre.sub(r"^(?:ton|ta|votre) ", "l'", thing)
    return texts[0 if informal else 1].format(t=thing.strip())


def tips_applied(text: str) -> bool:
    """Does ``text`` tell that her tips were put into practice ("hab deinen Tipp mit den Lookalikes direkt umgesetzt")?

    >>> tips_applied("hab deinen Tipp mit den Meta-Ads-Lookalikes direkt umgesetzt"), tips_applied("any tips on lookalikes?")
    (True, False)
    """
    return bool(cre.search(_APPLIED, fold(text)))


def _tip_line(note: str, lang: str, *, informal: bool, gained: bool = False) -> str:
    texts = by_lang(_TIP_LINES, lang)
    t = tip_subject(note)
    if not texts or not t:
        return "" if gained else _tried_line(note, lang, informal)
    folded = fold(note)
    if gained and (cre.search(_APPLIED, folded) or cre.search(_THANKS, folded)):
        # "j'ai appliqué tes conseils sur les fiches produits, +30% de trafic": the result congratulated, never "keep me posted"
        gain = _TIP_GAIN.get(lang) or _TIP_GAIN[lang[:2]]
        return gain[0 if informal else 1].format(t=t)
    if cre.search(_TIP_WORKS, folded) and (cre.search(_APPLIED, folded) or cre.search(_THANKS, folded)):
        works = _TIP_WORKS_LINES.get(lang) or _TIP_WORKS_LINES[lang[:2]]
        return works[0 if informal else 1].format(t=t)  # "het werkt echt": joy at it, never "laat me weten wat het oplevert"
    if cre.search(_APPLIED, folded):
        return texts[2 if informal else 3].format(t=t)
    if cre.search(_THANKS, folded) or cre.search(_GAVE_ME, folded):
        return texts[0 if informal else 1].format(t=t)
    return ""


_NUM = (r"(?:[2-9]|[1-4]\d)\+?|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix|zwei|drei|vier|fünf|sechs|sieben"
        r"|acht|neun|zehn|twee|drie|vijf|zes|zeven|negen|tien|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre|quattro|sei|sette|otto|nove|dieci"
        r"|dois|duas|três|quatro|sete|oito|dez")
_YEARS = r"(?:years?|yrs?|ans|années|Jahren?|jaar|años|anni|anos)"
_EXP_WORD = r"(?:of (?:work )?experience|experience(?=\s+(?:in|with|as|at)\b)|d'expérience|d’expérience|Berufserfahrung|Erfahrung|werkervaring|ervaring|de experiencia|di esperienza|de experiência)"
_PREP = (r"(?:in|at|with|en|dans|chez|bei|im|bij|op|presso|em|na|no|numa|num)\s+(?:(?:an?|the|une?|l'|l’|le|la|les|einer?|der|dem|den|een|het|de|una?|un'|uma?|o|a)\s+)?")
#: A role after "as" ("als contentmarketeer", "come social media manager", "comme chef de projet"): up to three words.
_ROLE = (r"(?:as|comme|als|como|come)\s+(?:(?:an?|une?|een|um|uma)\s+)?[A-Za-zÀ-ÿ][\w-]*"
         r"(?:\s+(?!(?:and|et|und|en|y|e|in|at|à|a|bei|im|bij|op|em|na|no|nel|nella|con|with|avec|mit|met|je|ich|ik|yo|io|eu|i"
         # a verb after the trade ("als marketing coördinator | ben ik op zoek", "as a marketer | am looking") ends it
         r"|ben|bin|am|is|ist|was|war|heb|habe|have|suis|sono|soy|estoy|sou|estou)\b)[A-Za-zÀ-ÿ][\w-]*){0,2}")
_TAIL = (r"(?:(?i:[ld]|dell|dall|nell|sull|all)['’])?[A-Za-zÀ-ÿ][\w-]*(?:\s+(?:digital|digitale|digitais|numérique|online|web|B2B|B2C))?"
         # "SEO & PPC", "SEO et Ads": a second field joined on, a name (never "contentmarketeer en zoek")
         r"(?:(?:\s*[&/]\s*[A-Za-zÀ-ÿ]|\s+(?:et|and|und|en|y|e)\s+[A-ZÀ-Ý])[\w-]*)?")
#: The sender's years in the trade, with what comes before ("after", "avec", "nach", "met", "tras", "dopo", "após", "(") or
#: an experience word after: "après 3 ans en agence", "(5 yrs in SEO & PPC)", "4 jaar ervaring bij een bureau".
_EXPERIENCE = (rf"(?i:(?P<pre>\b(?:after|with|having|après|apres|avec|fort de|forte de|nach|mit|met|na|tras|después de|con|dopo|com|após|depois de)\s+|\()"
               rf"|(?<![\w-])(?<!\d[.,]))(?P<n>[1-9]\d?[.,]\d(?!\d)|(?i:{_NUM}))\s*(?P<y>(?i:{_YEARS}))\b(?P<rest>(?:\s+(?i:{_EXP_WORD}))?(?:\s+(?i:{_ROLE})|\s+(?i:{_PREP}){_TAIL})?)")
_EXP_LINE = {
    "en": ("With {exp} behind you, you have a lot to offer.", "With {exp} behind you, you have a lot to offer."),
    "fr": ("Avec {exp} derrière toi, tu as de sérieux atouts.", "Avec {exp} derrière vous, vous avez de sérieux atouts."),
    "de": ("Mit {exp} bringst du schon viel mit.", "Mit {exp} bringen Sie schon viel mit."),
    "nl": ("Met {exp} heb je al veel in huis.", "Met {exp} heeft u al veel in huis."),
    "es": ("Con {exp} a tus espaldas, tienes mucho que aportar.", "Con {exp} a sus espaldas, tiene mucho que aportar."),
    "it": ("Con {exp} alle spalle, hai molto da offrire.", "Con {exp} alle spalle, ha molto da offrire."),
    "pt": ("Com {exp}, tens muito para oferecer.", "Com {exp}, tem muito para oferecer."),
    "pt-BR": ("Com {exp}, você tem muito a oferecer.", "Com {exp}, você tem muito a oferecer."),
}
#: Years spent in another sector whose strengths carry over to marketing (the trade, folded): banking, finance or insurance;
#: sales or retail. A career changer asking how to present that past hears the strengths named, never "serious assets" alone.
_SECTOR_BANK = (r"\b(?:bank\w*|banque\w*|bancari\w*|banca|banco|bancos|finance|finanz\w*|financ\w*|finanza|finan[cç]as|finanzas|financien"
                r"|assurance\w*|insurance|versicherung\w*|seguros?|assicurazion\w*|verzekering\w*)\b")
_SECTOR_SALES = (r"\b(?:sales|vente|ventes|commerce|commercial\w*|vertrieb|verkauf|verkoop|ventas|vendite|vendas|retail|einzelhandel"
                 r"|grande distribution|gdo|varejo|comercio|commerciale)\b")
#: Marketing already in the trade: no other sector to frame ("5 ans en marketing bancaire").
_SECTOR_IS_MARKETING = r"\b(?:marketing|seo|sea|ads|social|content|communication|comunica\w*|kommunikation|communicatie)\b"
#: Per sector and language: the strengths named (register-free noun phrases).
_SECTOR_ASSETS = {
    "bank": {"en": "client relationships, comfort with figures and rigour on compliance",
             "fr": "la relation client, l'aisance avec les chiffres et la rigueur sur la conformité",
             "de": "Kundenbeziehungen, Sicherheit im Umgang mit Zahlen und Sorgfalt bei Compliance-Fragen",
             "nl": "klantrelaties, gemak met cijfers en nauwkeurigheid rond compliance",
             "es": "la relación con el cliente, la soltura con las cifras y el rigor con la normativa",
             "it": "la relazione con il cliente, la dimestichezza con i numeri e il rigore sulla compliance",
             "pt": "a relação com o cliente, o à-vontade com números e o rigor com a conformidade",
             "pt-BR": "o relacionamento com o cliente, a facilidade com números e o rigor com compliance"},
    "sales": {"en": "knowing what makes customers buy, working to targets and reading sales figures",
              "fr": "la connaissance de ce qui fait acheter un client, l'habitude des objectifs et la lecture des chiffres de vente",
              "de": "das Wissen, was Kunden zum Kauf bewegt, Arbeiten mit Zielen und das Lesen von Verkaufszahlen",
              "nl": "weten waarom klanten kopen, werken met targets en verkoopcijfers kunnen lezen",
              "es": "saber qué hace comprar a un cliente, el trabajo con objetivos y la lectura de las cifras de venta",
              "it": "sapere cosa spinge un cliente a comprare, il lavoro per obiettivi e la lettura dei dati di vendita",
              "pt": "saber o que leva um cliente a comprar, o trabalho por objetivos e a leitura dos números de vendas",
              "pt-BR": "saber o que leva um cliente a comprar, o trabalho com metas e a leitura dos números de vendas"},
}
#: The line with the strengths named ({exp}, {a}): (informal, formal).
_EXP_ASSETS_LINE = {
    "en": ("With {exp} behind you, you have real strengths to put forward: {a}.",) * 2,
    "fr": ("Avec {exp} derrière toi, tu as de sérieux atouts à mettre en avant : {a}.", "Avec {exp} derrière vous, vous avez de sérieux atouts à mettre en avant : {a}."),
    "de": ("Mit {exp} bringst du Stärken mit, die du zeigen solltest: {a}.", "Mit {exp} bringen Sie Stärken mit, die Sie zeigen sollten: {a}."),
    "nl": ("Met {exp} heb je sterke punten om te laten zien: {a}.", "Met {exp} heeft u sterke punten om te laten zien: {a}."),
    "es": ("Con {exp} a tus espaldas, tienes puntos fuertes que destacar: {a}.", "Con {exp} a sus espaldas, tiene puntos fuertes que destacar: {a}."),
    "it": ("Con {exp} alle spalle, hai punti di forza da mettere in evidenza: {a}.", "Con {exp} alle spalle, ha punti di forza da mettere in evidenza: {a}."),
    "pt": ("Com {exp}, tens trunfos a destacar: {a}.", "Com {exp}, tem trunfos a destacar: {a}."),
    "pt-BR": ("Com {exp}, você tem trunfos para destacar: {a}.",) * 2,
}


def sector_assets(trade: str, lang: str) -> str:
    """The strengths a past in another sector brings to marketing, named in ``lang``, or "" (no such sector, or marketing).

    >>> sector_assets("dans la banque", "fr")
    "la relation client, l'aisance avec les chiffres et la rigueur sur la conformité"
    >>> sector_assets("in banking marketing", "en"), sector_assets("in SEO", "en")
    ('', '')
    """
    folded = fold(trade)
    if not folded or cre.search(_SECTOR_IS_MARKETING, folded):
        return ""
    key = "bank" if cre.search(_SECTOR_BANK, folded) else "sales" if cre.search(_SECTOR_SALES, folded) else ""
    return by_lang(_SECTOR_ASSETS[key], lang) or "" if key else ""


#: The German line when the trade itself opens with "mit" ("Erfahrung mit Google Ads"): the years as the subject.
_DE_EXP_MIT = ("Deine {n} Jahre {rest} sind schon ein echtes Plus.", "Ihre {n} Jahre {rest} sind schon ein echtes Plus.")
#: A half after the years ("2 ans et demi", "3 years and a half", "3 años y medio", "2 anni e mezzo", "2 anos e meio",
#: "2 jaar en een half", "2 Jahre und ein halb"): the number would be cut.
_HALF_AFTER = r"(?i)\s*(?:and a half|et demi|y medio|e mezzo|e meio|en een half|und (?:ein )?halb|½)(?!\w)"
#: The experience word a line adds where the years alone could read as an age ("Mit 8 Jahren Erfahrung als …").
_EXP_NOUN = {"de": "Erfahrung", "nl": "ervaring", "pt": "de experiência"}
#: The experience word with the field right after it, no preposition between ("5 jaar ervaring Google Ads", "3 Jahre Erfahrung
#: SEO"): the line puts in the one the language wants (never "Met 5 jaar ervaring Google Ads").
_EXP_BARE = (rf"(?i)({_EXP_WORD})\s+(?!(?:in|en|em|na|no|numa|num|nas|nos|im|bei|bij|op|met|mit|with|als|as|comme|como|come|at|chez|presso|con|com|avec|dans"
             r"|nel|nella|nei|nelle|sur|on|op|van|von|of|de|di|do|da|du|des|del|della|dei|im|am|als|su|sul|sulla|sui|sobre|über|uber|over)\b)([A-Za-zÀ-ÿ].*)$")
_EXP_WITH = {"nl": "met", "de": "mit", "fr": "en", "es": "en", "it": "in", "pt": "em", "en": "in"}
_YEARS_WORD = {"en": "years", "fr": "ans", "de": "Jahren", "nl": "jaar", "es": "años", "it": "anni", "pt": "anos"}
#: Countries and cities a sender may write in lowercase ("2 años de experiencia en españa", "3 anos no brasil"), folded:
#: echoed in the reply, they take their capital ("en España", "no Brasil", "in Italia").
_PLACE_NAMES = frozenset({
    "espana", "spain", "spagna", "espanha", "brasil", "brazil", "brasile", "italia", "italy", "portugal", "portogallo", "argentina",
    "mexico", "messico", "chile", "cile", "colombia", "peru", "venezuela", "uruguay", "ecuador", "francia", "france", "franca",
    "frankrijk", "frankreich", "alemania", "germania", "alemanha", "germany", "deutschland", "duitsland", "inglaterra", "england",
    "inghilterra", "belgica", "belgio", "belgium", "belgie", "suiza", "svizzera", "suica", "schweiz", "canada", "irlanda", "ireland",
    "madrid", "barcelona", "valencia", "sevilla", "bilbao", "malaga", "roma", "rome", "milano", "milan", "torino", "napoli", "bologna",
    "firenze", "padova", "lisboa", "lisbon", "lisbona", "porto", "braga", "london", "londres", "londra", "paris", "parigi", "lyon",
    "lione", "marseille", "berlin", "berlino", "munchen", "hamburg", "amsterdam", "rotterdam", "bruxelles", "brussels", "bruselas",
    "curitiba", "recife", "salvador", "fortaleza", "rosario", "cordoba", "bogota", "medellin", "lima", "santiago", "montevideo",
})
#: The word right after a place preposition ("en españa", "no brasil", "in italia", "em lisboa", "a milano").
_PLACE_AFTER = r"\b(?:en|in|em|no|na|nel|nella|a|à|au|bei)\s+([a-zà-ÿ][\w-]*)"


def _capital_place(m: re.Match[str]) -> str:
    word = m.group(1)
    return m.group(0)[:m.start(1) - m.start(0)] + word[:1].upper() + word[1:] if fold(word) in _PLACE_NAMES else m.group(0)


def capital_places(phrase: str) -> str:
    """A phrase copied from a note with the places the sender wrote in lowercase capitalised.

    >>> capital_places("de experiencia en españa"), capital_places("di esperienza in italia"), capital_places("in agency work")
    ('de experiencia en España', 'di esperienza in Italia', 'in agency work')
    """
    return cre.sub(_PLACE_AFTER, _capital_place, phrase)


#: What may close the trade named after the years (folded words): a conjunction, a pronoun, a verb of the search, an adverb.
_TAIL_END = frozenset({"and", "et", "und", "en", "y", "e", "but", "mais", "aber", "maar", "pero", "ma", "mas", "or", "ou", "oder", "o",
                       "i", "i'm", "i'd", "je", "j'ai", "ich", "ik", "yo", "io", "eu", "we", "nous", "wir", "now", "maintenant", "jetzt",
                       "nu", "ahora", "ora", "adesso", "agora", "behind", "under", "so", "donc", "also", "quindi", "por", "who", "qui",
                       "que", "che", "die", "der", "das", "dat", "which", "looking", "suche", "zoek", "cherche", "busco", "cerco", "procuro",
                       "am", "bin", "ben", "sono", "estoy", "estou", "suis", "already", "deja", "schon", "al", "ya", "gia", "ja", "il", "her",
                       "sous", "unter", "derriere", "a", "to", "for", "pour", "fur", "voor", "para", "per", "if", "si", "wenn", "als", "se",
                       # a wish that follows the trade ("als social media manager | wil ik", "como gestora | quisiera"): the clause ends
                       "wil", "wilde", "zou", "want", "wants", "would", "möchte", "mochte", "will", "veux", "voudrais", "souhaite",
                       "aimerais", "quiero", "quisiera", "gustaria", "vorrei", "voglio", "quero", "queria", "gostaria"})
#: Words that carry a trade on ("gestão | de redes sociais", "paid | social", "marketing | digital"): the phrase is not whole yet.
_TAIL_ON = frozenset({"of", "de", "di", "do", "da", "dos", "das", "del", "della", "delle", "dei", "des", "du", "d'", "van", "von", "vom"})


#: A preposition or an article never closes a trade ("als Content Managerin bei | …").
_TAIL_DANGLING = frozenset({"bei", "beim", "im", "in", "at", "en", "em", "na", "no", "chez", "bij", "op", "presso", "with", "met", "mit", "con",
                            "com", "avec", "einem", "einer", "eines", "einen", "dem", "den", "der", "die", "das", "the", "an", "un", "une",
                            "um", "uma", "een", "het", "la", "le", "les", "el", "il", "lo", "os", "as"})


#: The conjunctions that join two named tools sharing one head: "Google e Meta Ads", "SEO and SEA", "Google y Meta Ads".
_NAME_JOINS = frozenset({"and", "&", "et", "und", "en", "y", "e", "ed", "o", "ou", "or", "oder", "of"})


def _joins_names(prev: str, word: str, nxt: str) -> bool:
    """True when ``word`` joins two capitalised names ("Google | e | Meta Ads"), never a clause ("SEO | and | I moved").

    >>> _joins_names("Google", "e", "Meta"), _joins_names("SEO", "and", "I"), _joins_names("agence", "et", "Paris")
    (True, False, False)
    """
    return fold(word) in _NAME_JOINS and prev[:1].isupper() and nxt[:1].isupper() and fold(nxt) not in _TAIL_END


def _whole_tail(after: str, lang: str = "", prev: str = "") -> str | None:
    """The words that finish the trade named after the years, up to a clause end ("" when it ends right there), or None
    when the phrase runs on past four words: "(5 yrs in paid | social, French B2)" → " social". ``prev``, the word before
    ``after``, keeps a pair of tools whole: "em Google | e Meta Ads"."""
    words: list[str] = []
    pos = joined = 0
    while True:
        if cre.match(r"\s*(?:[,.;:!?()\[\]–—\n]|\s-\s|$)", after[pos:]):
            break  # punctuation or the end: the phrase is whole
        w = cre.match(r"[ \t]+([\w'’&/+-]+)", after[pos:])
        if not w:
            break  # an emoji or a symbol closes it too
        token = fold(w.group(1)).replace("\u2019", "'")
        nxt = cre.match(r"[ \t]+([\w'’&/+-]+)", after[pos + w.end():])
        coordinated = _joins_names(words[-1] if words else prev, w.group(1), nxt.group(1) if nxt else "")
        if token in _TAIL_END and not (words and fold(words[-1]) in _TAIL_ON) and not coordinated:
            break
        if lang == "de" and w.group(1)[:1].islower() and token not in ("im", "in", "bei", "beim", "von", "vom", "der", "des", "dem", "den", "die", "das",
                                                                          "einem", "einer", "eines", "einen", "fur", "e-commerce"):
            break  # German nouns are capitalised: "im Online-Marketing | eine neue Stelle" ends at the lowercase word
        joined += coordinated  # "met Google | en Meta Ads": the second tool does not count against the four words
        if len(words) >= 4 + 2 * joined:
            return None
        words.append(w.group(1))
        pos += w.end()
    if words and (fold(words[-1]) in _TAIL_ON or fold(words[-1]) in _TAIL_DANGLING):
        return None  # "de", "bei", "the" closing: cut
    return (" " + " ".join(words)) if words else ""


#: German words a phrase copied from a note keeps lowercase (articles, prepositions, conjunctions, adverbs).
_DE_LOWER = frozenset({"im", "in", "bei", "beim", "mit", "als", "für", "fur", "und", "oder", "der", "die", "das", "dem", "den", "des", "ein",
                       "eine", "einer", "einem", "einen", "vom", "von", "zum", "zur", "auf", "am", "an", "aus", "nach", "über", "ueber"})


def _german_nouns(phrase: str) -> str:
    """A German phrase copied from a note written in lowercase, with its nouns capitalised: the experience noun always
    ("3 jahre erfahrung" → "Erfahrung"); when other words are lowercase too, only the experience noun is kept, since a
    lowercase word of the note may be a noun or an adjective ("erfahrung im online marketing" → "Erfahrung").

    >>> _german_nouns("erfahrung"), _german_nouns("erfahrung im online marketing"), _german_nouns("Erfahrung im Online-Marketing")
    ('Erfahrung', 'Erfahrung', 'Erfahrung im Online-Marketing')
    """
    words = phrase.split()
    exp = cre.match(r"(?i)(?:berufs)?erfahrung\b", phrase)
    if exp and any(w[:1].islower() and w.casefold() not in _DE_LOWER for w in words[1:]):
        return phrase[:exp.end()].capitalize()
    return " ".join(w.capitalize() if cre.fullmatch(r"(?:berufs)?erfahrung", w) else w for w in words)


#: The experience words, then the word that opens the trade ("als", "as", "en", "in" …) and the trade itself.
_REST_PARTS = rf"(?i)^(?P<exp>(?:{_EXP_WORD}\s*)?)(?P<intro>\S+)(?P<body>(?:\s+\S+)*)$"
#: A verb of moving that starts a new clause after the trade ("… ervaring en verhuis in september", "and moving to Lyon").
#: An article opening the trade after "as", "comme", "als" … ("as a content manager", "como uma gestora").
_ROLE_ARTICLES = frozenset({"a", "an", "un", "une", "een", "um", "uma"})
_MOVE_VERBS = frozenset({"verhuis", "verhuizen", "ziehe", "umziehen", "demenage", "demenager", "moving", "move", "relocating", "mudo", "mudare",
                         "trasferisco", "trasferiro", "mudar", "mudo-me", "vou"})


def _clause_cut(rest: str, lang: str) -> str:
    """The trade after the years kept to its own words, cut where the sender's sentence goes on: "als contentmarketeer | zoek
    ik", "as a content marketer | looking", and the Dutch "en" ("and", never "in") ending it: "ervaring | en verhuis …".

    >>> _clause_cut("als contentmarketeer zoek", "nl"), _clause_cut("ervaring en verhuis in september naar Lyon", "nl")
    ('als contentmarketeer', 'ervaring')
    >>> _clause_cut("as a content manager", "en")
    'as a content manager'
    >>> _clause_cut("d'expérience en agence", "fr"), _clause_cut("como community manager busco trabajo", "es"), _clause_cut("Erfahrung", "de")
    ("d'expérience en agence", 'como community manager', 'Erfahrung')
    """
    m = cre.match(_REST_PARTS, rest)
    if not m or not m.group("body"):
        return rest  # "Erfahrung", "d'expérience": the experience word alone
    exp = m.group("exp").strip()
    if fold(m.group("intro")) == "en" and lang[:2] not in ("fr", "es"):
        return exp
    kept: list[str] = []
    body = m.group("body").split()
    for i, word in enumerate(body):
        if _joins_names(kept[-1] if kept else m.group("intro"), word, body[i + 1] if i + 1 < len(body) else ""):
            kept.append(word)  # "em Google | e | Meta Ads": two tools, one trade
            continue
        if (fold(word) in _TAIL_END or fold(word) in _MOVE_VERBS) and not (not kept and fold(word) in _ROLE_ARTICLES | _TAIL_DANGLING):
            break  # "as | a content manager", "in | der Pflege": the article opening the trade is kept
        kept.append(word)
    if not kept:
        return exp
    return " ".join([exp, m.group("intro"), *kept]).strip()


#: The word glued after an elided article the experience match stopped at ("professeure d|'anglais").
_ELIDED_NEXT = r"^['’]\w+"


def experience_line(note: str, lang: str, *, informal: bool, plain: bool = False) -> str:
    """The sender's years in the trade acknowledged: "après 3 ans en agence" → "Avec 3 ans en agence derrière vous…";
    a past in another sector ("10 ans dans la banque") names the strengths it brings, unless ``plain`` (a draft too long).

    >>> experience_line("I'm looking for a role in Lyon after relocating from Dublin (5 yrs in SEO & PPC).", "en", informal=True)
    'With 5 years in SEO & PPC behind you, you have a lot to offer.'
    >>> experience_line("Je cherche un poste sur Lyon après 3 ans en agence.", "fr", informal=False)
    'Avec 3 ans en agence derrière vous, vous avez de sérieux atouts.'
    >>> experience_line("Ich suche nach 4 Jahren Erfahrung im Online-Marketing eine neue Stelle.", "de", informal=False)
    'Mit 4 Jahren Erfahrung im Online-Marketing bringen Sie schon viel mit.'
    >>> experience_line("I'm 25 years old and in 2 years I want to be a manager.", "en", informal=True)
    ''
    >>> experience_line("après 8 ans dans l'enseignement je veux me reconvertir", "fr", informal=False)
    "Avec 8 ans dans l'enseignement derrière vous, vous avez de sérieux atouts."
    >>> experience_line("après 8 ans comme professeure d'anglais je me reconvertis", "fr", informal=False)
    "Avec 8 ans comme professeure d'anglais derrière vous, vous avez de sérieux atouts."
    """
    pair = by_lang(_EXP_LINE, lang)
    if not pair:
        return ""
    for m in cre.finditer(_EXPERIENCE, note or ""):
        if cre.match(_HALF_AFTER, note[m.end("y"):]):
            continue  # "2 ans et demi", "3 years and a half": a number is never cut, the half left out
        rest = m.group("rest").strip()
        tail = cre.search(r"(\S+)$", rest)
        if tail and tail.group(1)[:1].isupper() and not tail.group(1).isupper() and not cre.search(rf"(?i){_EXP_WORD}", rest) \
                and cre.search(r"(?i)\b(?:in|en|em|na|no)\s+\S+$", rest):
            rest = ""  # "after 3 years in London": where the sender lived, not the trade
        if not rest and not (m.group("pre") or "").strip():
            continue
        if not rest and not cre.search(rf"(?i){_EXP_WORD}", note[m.end():m.end() + 30]):
            continue  # "with 3 years" alone: the years of what, the note does not say
        glued = cre.match(_ELIDED_NEXT, note[m.end():]) if rest and lang[:2] in ("fr", "it") else None
        if glued:
            rest += glued.group(0)  # "comme professeure d'|anglais": the elided word kept whole, never "professeure d"
        if rest:
            more = _whole_tail(note[m.end() + (glued.end() if glued else 0):], lang[:2], prev=rest.split()[-1])
            if more is None:
                continue  # "3 anos de experiência em gestão | de redes sociais": a field cut in its middle is left out
            rest = _clause_cut(rest + more, lang)
            if not rest:
                continue  # nothing of the trade left whole: no line, never "Mit 8 Jahren" (an age)
        if rest and lang[:2] in _EXP_NOUN and not cre.search(rf"(?i){_EXP_WORD}", rest):
            # "Mit 8 Jahren als Content-Managerin", "Com 8 anos como gestora": read as the sender's age; the experience named
            rest = f"{_EXP_NOUN[lang[:2]]} {rest}"
        bare = cre.match(_EXP_BARE, rest) if rest else None
        if bare and lang[:2] in _EXP_WITH:
            rest = f"{bare.group(1)} {_EXP_WITH[lang[:2]]} {bare.group(2)}"  # "5 jaar ervaring Google Ads": "ervaring met Google Ads"
        if lang[:2] == "de" and rest:
            rest = _german_nouns(rest)
        n = m.group("n")
        if cre.fullmatch(r"\d+[.,]\d", n):
            n = n.replace(",", ".") if lang[:2] == "en" else n.replace(".", ",")  # "1,5 jaar", "1.5 years"
        if lang[:2] == "de" and cre.search(r"\bmit\b", rest) and cre.fullmatch(r"[2-9]|[1-9]\d|[2-9][.,]\d", n):
            # "5 Jahre Erfahrung Google & Meta Ads": never "Mit 5 Jahren Erfahrung mit …", the years say it without a second "mit"
            return _DE_EXP_MIT[0 if informal else 1].format(n=n, rest=rest)
        if lang[:2] == "en":
            rest = cre.sub(r"^(?i:experience)\b", "of experience", rest)  # "4 yrs experience in content": "4 years of experience in content"
        if lang[:2] == "pt":
            rest = cre.sub(r"\b([Ee])xperiencia(s?)\b", r"\1xperiência\2", rest)  # "3 anos de experiencia": the accent the reply writes
        exp = f"{n} {_YEARS_WORD[lang[:2]]} {capital_places(rest)}".strip()
        assets, with_assets = sector_assets(rest, lang), by_lang(_EXP_ASSETS_LINE, lang)
        if assets and with_assets and not plain:
            return with_assets[0 if informal else 1].format(exp=exp, a=assets)
        return pair[0 if informal else 1].format(exp=exp)
    return ""


# -- a counterpoint to her piece, welcomed --------------------------------------------------------------------------
_PIECE = {
    "en": {"post": "my post", "article": "my article", "newsletter": "my newsletter", "video": "my video", "podcast": "my podcast", "comment": "my comment", "talk": "my talk"},
    "fr": {"post": "mon post", "article": "mon article", "newsletter": "ma newsletter", "video": "ma vidéo", "podcast": "mon podcast", "comment": "mon commentaire", "talk": "mon intervention"},
    "es": {"post": "mi publicación", "article": "mi artículo", "newsletter": "mi newsletter", "video": "mi vídeo", "podcast": "mi pódcast", "comment": "mi comentario", "talk": "mi charla"},
    "it": {"post": "mio post", "article": "mio articolo", "newsletter": "mia newsletter", "video": "mio video", "podcast": "mio podcast", "comment": "mio commento", "talk": "mio intervento"},
    "pt": {"post": "meu post", "article": "meu artigo", "newsletter": "minha newsletter", "video": "meu vídeo", "podcast": "meu podcast", "comment": "meu comentário", "talk": "minha palestra"},
    "de": {"post": "meinem Beitrag", "article": "meinem Artikel", "newsletter": "meinem Newsletter", "video": "meinem Video", "podcast": "meinem Podcast", "comment": "meinem Kommentar", "talk": "meinem Vortrag"},
    "nl": {"post": "mijn post", "article": "mijn artikel", "newsletter": "mijn nieuwsbrief", "video": "mijn video", "podcast": "mijn podcast", "comment": "mijn reactie", "talk": "mijn lezing"},
}
#: (opening informal, opening formal, ask informal, ask formal); {piece} and {topic} (with its own preposition, may be "").
_DEBATE = {
    "en": ("Thanks for connecting, and for the counterpoint to {piece}{topic} – a different view is always welcome!",
           "Thank you for the invitation, and for your counterpoint to {piece}{topic}: a different view is always welcome.",
           "Happy to discuss it: what makes you see it differently?", "I'd be glad to discuss it: what makes you see it differently?"),
    "fr": ("Merci pour l'invitation ! Ton désaccord avec {piece}{topic} m'intéresse : un autre point de vue fait toujours avancer.",
           "Merci pour l'invitation. Votre désaccord avec {piece}{topic} m'intéresse : un autre point de vue fait toujours avancer.",
           "Volontiers, parlons-en : qu'est-ce qui te fait voir les choses autrement ?", "J'en discuterai volontiers avec vous : qu'est-ce qui vous fait voir les choses autrement ?"),
    "es": ("¡Gracias por conectar y por tu réplica a {piece}{topic}! Siempre viene bien otro punto de vista.",
           "Gracias por la invitación y por su réplica a {piece}{topic}; siempre viene bien otro punto de vista.",
           "Lo debatimos con gusto: ¿qué te hace verlo de otra manera?", "Con mucho gusto lo debatimos: ¿qué le hace verlo de otra manera?"),
    "it": ("grazie per il collegamento e per il tuo punto di vista sul {piece}{topic}: un'opinione diversa è sempre benvenuta!",
           "La ringrazio per il collegamento e per il Suo punto di vista sul {piece}{topic}: un'opinione diversa è sempre benvenuta.",
           "Ne parliamo volentieri: come mai la vedi diversamente?", "Ne parlerò volentieri con Lei: come mai la vede diversamente?"),
    "pt": ("Obrigada pelo convite e pelo teu contraponto ao {piece}{topic}! Uma opinião diferente é sempre bem-vinda.",
           "Obrigada pelo convite e pelo seu contraponto ao {piece}{topic}. Uma opinião diferente é sempre bem-vinda.",
           "Debatemos com todo o gosto: porque é que vês isto de outra forma?", "Terei todo o gosto em debater: porque é que vê isto de outra forma?"),
    "pt-BR": ("Obrigada pelo convite e pelo contraponto ao {piece}{topic}! Uma opinião diferente é sempre bem-vinda.",
              "Obrigada pelo convite e pelo contraponto ao {piece}{topic}. Uma opinião diferente é sempre bem-vinda.",
              "Adoraria trocar uma ideia: por que você vê isso de outro jeito?", "Será um prazer debater: por que você vê isso de outra forma?"),
    "de": ("danke fürs Vernetzen und für deine Gegenposition zu {piece}{topic} – eine andere Sicht ist immer willkommen!",
           "vielen Dank für die Vernetzung und für Ihre Gegenposition zu {piece}{topic} – eine andere Sicht ist immer willkommen.",
           "Ich tausche mich gern darüber aus: Wie kommst du zu deiner Sicht?", "Ich tausche mich gern mit Ihnen darüber aus: Wie kommen Sie zu Ihrer Sicht?"),
    "nl": ("Bedankt voor je uitnodiging, en voor je tegengeluid op {piece}{topic}: een andere kijk is altijd welkom!",
           "Hartelijk dank voor uw uitnodiging en voor uw tegengeluid op {piece}{topic}: een andere kijk is altijd welkom.",
           "Ik ga er graag over in gesprek: hoe kijk jij ertegenaan?", "Ik ga er graag met u over in gesprek: hoe kijkt u ertegenaan?"),
}


#: Their own figures offered to back the counterpoint: "our data shows ~20%. Happy to share", "nos chiffres montrent…",
#: "nuestros datos", "i nostri dati", "unsere Zahlen", "onze data" (folded): the data welcomed, never "what makes you see it differently?"
_DATA_OFFERED = (r"\b(?:(?:our|my) (?:own )?(?:data|numbers|figures|stats)|(?:nos|mes) (?:propres )?(?:donnees|chiffres|stats)|(?:nuestros|mis) (?:propios )?(?:datos|numeros|cifras)"
                 r"|(?:i )?(?:nostri|miei) (?:dati|numeri)|(?:nossos|meus|os nossos|os meus) (?:proprios )?(?:dados|numeros)|(?:unsere|meine) (?:eigenen )?(?:daten|zahlen)|(?:onze|mijn) (?:eigen )?(?:data|cijfers))\b")
#: (informal, formal) the data they offer, asked for: replaces the "why do you see it differently?" question.
_DEBATE_DATA = {
    "en": ("I'd love to see your data: happy to compare notes!", "I would be glad to see your data and compare notes."),
    "fr": ("Je veux bien voir tes chiffres : comparons nos observations !", "Je serais ravie de voir vos chiffres et de comparer nos observations."),
    "es": ("Me encantaría ver tus datos: ¡comparamos observaciones!", "Me encantaría ver sus datos y comparar observaciones."),
    "it": ("Mi piacerebbe molto vedere i tuoi dati: confrontiamoci!", "Mi piacerebbe molto vedere i Suoi dati e confrontarci."),
    "pt": ("Adorava ver os teus dados: comparamos observações!", "Teria todo o gosto em ver os seus dados e comparar observações."),
    "pt-BR": ("Adoraria ver seus dados: vamos comparar!", "Adoraria ver seus dados e comparar nossas observações."),
    "de": ("Deine Zahlen würde ich sehr gern sehen – lass uns vergleichen!", "Ihre Zahlen würde ich sehr gern sehen und mit meinen vergleichen."),
    "nl": ("Ik zou je cijfers graag zien: laten we vergelijken!", "Ik zou uw cijfers graag zien en met de mijne vergelijken."),
}


#: A coffee offered to talk it over (folded, or the cup itself): "debatirlo contigo algún día ☕", "over a coffee", "bei einem Kaffee".
_DEBATE_COFFEE = r"\u2615|\b(?:cafe|cafecito|cafezinho|coffee|caffe|caffettino|kaffee|koffie|koffietje)\b"
#: The coffee welcomed for a day they are in the same place (she lives in Lyon: no date, no trip promised): (informal, formal).
_COFFEE_SOMEDAY = {
    "en": ("And if we're ever in the same city, I'd love that coffee!", "And if we are ever in the same city, I would be glad to have that coffee."),
    "fr": ("Et si on se croise un jour, ce sera avec plaisir autour d'un café !", "Et si nous nous croisons un jour, ce sera avec plaisir autour d'un café."),
    "es": ("¡Y si algún día coincidimos, encantada de tomar ese café!", "Y si algún día coincidimos, encantada de tomar ese café."),
    "it": ("E se un giorno ci incrociamo, volentieri davanti a un caffè!", "E se un giorno ci incrociamo, volentieri davanti a un caffè."),
    "pt": ("E se um dia nos cruzarmos, o café fica combinado!", "E, se um dia nos cruzarmos, terei todo o gosto em tomar esse café."),
    "pt-BR": ("E se um dia a gente se encontrar, o café está combinado!", "E, se um dia nos encontrarmos, será um prazer tomar esse café."),
    "de": ("Und wenn wir uns mal über den Weg laufen, gern bei einem Kaffee!", "Und wenn wir uns einmal begegnen, gern bei einem Kaffee."),
    "nl": ("En als we elkaar ooit tegenkomen, graag bij een kop koffie!", "En als we elkaar ooit tegenkomen, graag bij een kop koffie."),
}


#: The coffee is a virtual one (folded): "un café virtual", "un caffè virtuale", "einen virtuellen Kaffee", "Kaffee (virtuell)",
#: "een virtuele koffie", "an online coffee", "un café en visio": a date can be set now, wherever they live.
_VIRTUAL_COFFEE = (r"\b(?:virtual|virtuel|virtuellen|virtuelle[nr]?|virtuele|online|on-line|video|visio|zoom)\s+(?:kaffee|koffie|koffietje|coffee|cafe|caffe)\b"
                   r"|\b(?:cafe|cafecito|cafezinho|coffee|caffe|caffettino|kaffee|koffie|koffietje)\s+\(?(?:virtual|virtuale|virtuel|virtuell|virtueel|online|on-line"
                   r"|en ligne|en visio|par visio|(?:por|via|per|op|on|em|par|over) (?:zoom|teams|video|videollamada|videochiamata|videochamada|videocall))\b")
#: The virtual coffee taken up with a date asked, the discussion kept for it: (informal, formal).
_COFFEE_VIRTUAL = {
    "en": ("Happy to discuss it over a virtual coffee: which days suit you in the next two weeks?",
           "I would be glad to discuss it over a virtual coffee: which days would suit you in the next two weeks?"),
    "fr": ("Volontiers, parlons-en autour d'un café virtuel : quels jours t'arrangent dans les deux prochaines semaines ?",
           "J'en discuterai volontiers avec vous autour d'un café virtuel : quels jours vous conviennent dans les deux prochaines semaines ?"),
    "es": ("Lo debatimos con gusto en un café virtual: ¿qué días te vienen bien en las próximas dos semanas?",
           "Con mucho gusto lo debatimos en un café virtual: ¿qué días le vienen bien en las próximas dos semanas?"),
    "it": ("Ne parliamo volentieri davanti a un caffè virtuale: che giorni ti vanno bene nelle prossime due settimane?",
           "Ne parlerò volentieri con Lei davanti a un caffè virtuale: quali giorni Le andrebbero bene nelle prossime due settimane?"),
    "pt": ("Debatemos com todo o gosto num café virtual: que dias te dão jeito nas próximas duas semanas?",
           "Terei todo o gosto em debater num café virtual: que dias lhe dão jeito nas próximas duas semanas?"),
    "pt-BR": ("Adoraria trocar uma ideia num café virtual: que dias funcionam para você nas próximas duas semanas?",
              "Será um prazer debater num café virtual: que dias seriam bons para você nas próximas duas semanas?"),
    "de": ("Ich tausche mich gern bei einem virtuellen Kaffee darüber aus: Welche Tage passen dir in den nächsten zwei Wochen?",
           "Ich tausche mich gern bei einem virtuellen Kaffee mit Ihnen darüber aus: Welche Tage passen Ihnen in den nächsten zwei Wochen?"),
    "nl": ("Ik ga er graag over in gesprek bij een virtuele koffie: welke dagen komen jou de komende twee weken uit?",
           "Ik ga er graag met u over in gesprek bij een virtuele koffie: welke dagen komen u de komende twee weken uit?"),
}


#: Her piece set off a discussion on the sender's side (folded): "hat bei uns im Team eine riesige Diskussion ausgelöst",
#: "sparked a big debate in our team", "a lancé un vrai débat chez nous", "generó un debate", "ha acceso una discussione",
#: "gerou uma discussão", "heeft een discussie losgemaakt": the discussion acknowledged, never only "thanks for reading".
_SPARKED = (r"\b(?:(?:diskussion|debatte)\w* (?:\w+ ){0,3}?(?:ausgel(?:o|oe|ö)st|entfacht|angesto(?:ss|ß)en)|fur (?:\w+ ){0,2}diskussion\w* gesorgt"
            r"|(?:sparked|started|triggered|caused|kicked off|led to|opened) (?:a |an |quite a |such a )?(?:\w+ ){0,2}?(?:discussion|debate)"
            r"|(?:lance|suscite|provoque|declenche|cree|ouvert) (?:un |une |le |la |pas mal de )?(?:\w+ ){0,2}?(?:debat|discussion)"
            r"|(?:genero|provoco|abrio|desato|levanto) (?:un |una |el |la )?(?:\w+ ){0,2}?(?:debate|discusion)"
            r"|(?:scatenato|acceso|aperto|generato|suscitato|sollevato) (?:un |una |il |la )?(?:\w+ ){0,2}?(?:dibattito|discussione)"
            r"|(?:gerou|provocou|abriu|desencadeou|levantou|criou) (?:um |uma |o |a )?(?:\w+ ){0,2}?(?:debate|discussao)"
            r"|(?:discussie|debat) (?:\w+ ){0,3}?(?:losgemaakt|ontketend|opgeleverd|uitgelokt))\b")
#: (opening informal, opening formal, ask informal, ask formal) when her piece started a discussion; {piece}, {topic} as above.
_SPARKED_LINES = {
    "en": ("Thanks for connecting – great to hear {piece}{topic} got such a discussion going!",
           "Thank you for connecting; I'm glad to hear {piece}{topic} got a discussion going.",
           "Out of curiosity, which side were you on?", "Out of curiosity, which side were you on?"),
    "fr": ("Merci pour l'invitation ! Ravie que {piece}{topic} ait lancé le débat chez vous.",
           "Merci pour l'invitation ; ravie que {piece}{topic} ait lancé le débat chez vous.",
           "Je suis curieuse : de quel côté étais-tu ?", "Je suis curieuse de savoir de quel côté vous étiez."),
    "es": ("¡Gracias por conectar! Me alegra mucho que {piece}{topic} haya abierto un debate.",
           "Gracias por la invitación; me alegra que {piece}{topic} haya abierto un debate.",
           "Tengo curiosidad: ¿de qué lado estabas tú?", "Tengo curiosidad: ¿de qué lado estaba usted?"),
    "it": ("grazie per il collegamento: che bello sapere che il {piece}{topic} ha acceso la discussione!",
           "La ringrazio per il collegamento: mi fa piacere sapere che il {piece}{topic} ha acceso la discussione.",
           "Sono curiosa: tu da che parte stavi?", "Sono curiosa: Lei da che parte stava?"),
    "pt": ("Obrigada pelo convite! Que bom saber que o {piece}{topic} gerou debate.",
           "Obrigada pelo convite. Fico contente por saber que o {piece}{topic} gerou debate.",
           "Fiquei curiosa: de que lado estavas?", "Fiquei curiosa: de que lado estava?"),
    "pt-BR": ("Obrigada pelo convite! Que bom saber que o {piece}{topic} gerou uma boa discussão.",
              "Obrigada pelo convite. Fico feliz em saber que o {piece}{topic} gerou uma boa discussão.",
              "Fiquei curiosa: de que lado você estava?", "Fiquei curiosa: de que lado você estava?"),
    "de": ("danke fürs Vernetzen – schön zu hören, dass es bei euch zu {piece}{topic} eine so lebhafte Diskussion gab!",
           "vielen Dank für die Vernetzung – schön zu hören, dass es bei Ihnen zu {piece}{topic} eine so lebhafte Diskussion gab.",
           "Ich bin neugierig: Auf welcher Seite standest du?", "Ich bin neugierig: Auf welcher Seite standen Sie?"),
    "nl": ("Bedankt voor je uitnodiging, en leuk om te horen dat {piece}{topic} bij jullie een discussie heeft losgemaakt!",
           "Hartelijk dank voor uw uitnodiging; leuk om te horen dat {piece}{topic} bij u een discussie heeft losgemaakt.",
           "Ik ben benieuwd: aan welke kant stond jij?", "Ik ben benieuwd: aan welke kant stond u?"),
}


def sparked(note: str) -> bool:
    """Did her piece start a discussion on the sender's side?

    >>> sparked("dein Post zu 'SEO ist nicht tot' hat bei uns im Team eine riesige Diskussion ausgelöst"), sparked("Great post!")
    (True, False)
    """
    return bool(note) and bool(cre.search(_SPARKED, fold(note)))


def debate_lines(note: str, lang: str, *, informal: bool, work: str = "", topic: str = "") -> tuple[str, str]:
    """(thanks for the counterpoint, welcome to the discussion) when the note disagrees with her piece, or ("", "").

    >>> debate_lines("ho letto il tuo post e non sono d'accordo, mi piacerebbe confrontarmi", "it", informal=True, work="post", topic="sui Reels")
    ("grazie per il collegamento e per il tuo punto di vista sul mio post sui Reels: un'opinione diversa è sempre benvenuta!", 'Ne parliamo volentieri: come mai la vedi diversamente?')
    """
    against = disagrees(note)
    table = _DEBATE if against else _SPARKED_LINES
    texts = by_lang(table, lang)
    pieces = _PIECE.get(lang[:2])
    if not texts or not pieces or not (against or sparked(note)):
        return "", ""
    piece = pieces.get(work) or pieces["post"]
    line = (texts[0] if informal else texts[1]).format(piece=piece, topic=f" {topic}" if topic else "")
    # the article agrees with a feminine piece
    line = line.replace("ao minha", "à minha").replace("sul mia", "sulla mia").replace("il mia", "la mia").replace("o minha", "a minha")
    ask = texts[2] if informal else texts[3]
    data = (by_lang(_DEBATE_DATA, lang)) if against and cre.search(_DATA_OFFERED, fold(note)) else None
    if data:
        ask = data[0 if informal else 1]  # "our data shows ~20%. Happy to share": their figures asked for, the reason already given
    virtual = by_lang(_COFFEE_VIRTUAL, lang)
    if virtual and cre.search(_VIRTUAL_COFFEE, fold(note)):
        return line, virtual[0 if informal else 1]  # "¿lo debatimos en un café virtual?": a date asked, never "if we ever meet"
    coffee = by_lang(_COFFEE_SOMEDAY, lang)
    if coffee and cre.search(_DEBATE_COFFEE, fold(note)):
        ask = f"{ask} {coffee[0 if informal else 1]}"  # "me gustaría debatirlo contigo algún día ☕": the coffee taken up too
    return line, ask


# -- a former classmate who suggests working together -----------------------------------------------------------------
_COLLAB = (r"\b(?:colabor\w*|collabor\w*|samenwerk\w*|samen (?:iets )?(?:doen|werken|oppakken)|zusammenarbeit\w*|zusammen ?arbeiten|gemeinsame\w* projekt\w*"
           r"|travailler ensemble|bosser ensemble|work together|team up|trabajar juntos|trabajar juntas|lavorare insieme|trabalhar juntos|trabalhar juntas|parceria)\b")
#: The course they took together, as written with its article: "el curso de Google Analytics 4 de Aula CM", "il corso di … con Digital Coach".
_COURSE = (r"(?P<c>\b(?:el |la |il |lo |o |a |the |le |den |die |das |de |het )(?:curso|corso|formacao|formazione|course|cours|formation|kurs|cursus|opleiding"
           r"|bootcamp|master|taller|workshop|lehrgang|weiterbildung|programa|programma)\b(?: (?:de|di|do|da|on|in|sur|en|zu|zum|zur|voor|over|von|in) [^.!?,;()\n]{2,60}(?!\w))?)")
#: A classmate who only says hello: the course remembered, no collaboration asked.
#: "with you" ending a course taken with her ("o curso de GA4 contigo em Lyon em março"), and what follows it.
_WITH_HER = r"\s+(?:contigo|com voce|com você|with you|avec toi|avec vous|con te|mit dir|met jou)\b.*$"
_COURSE_ONLY = {"en": "Great to reconnect here after {c}!", "fr": "Que de bons souvenirs de {c} !", "es": "¡Qué buenos recuerdos de {c}!",
                "it": "Che bei ricordi, {c}!", "pt": "Que boas lembranças de {c}!", "pt-BR": "Que boas lembranças de {c}!",
                "de": "Schön, dass wir uns nach {c} hier wiederfinden!", "nl": "Fijn om elkaar na {c} hier weer te treffen!"}
_CLASSMATE_LINES = {
    "en": ("Great to hear from you again after {c}!", "I'd love to collaborate! What kind of projects do you have in mind?", "I'd be glad to collaborate: what kind of projects do you have in mind?"),
    "fr": ("Contente d'avoir de tes nouvelles depuis {c} !", "Avec plaisir pour collaborer ! Quel type de projets as-tu en tête ?", "Je collaborerais volontiers : quel type de projets avez-vous en tête ?"),
    "es": ("¡Qué alegría saber de ti después de {c}!", "¡Me encantaría colaborar contigo! ¿Qué tipo de proyectos tienes en mente?", "Me encantaría colaborar: ¿qué tipo de proyectos tiene en mente?"),
    "it": ("Che bello risentirti dopo {c}!", "Mi piacerebbe molto collaborare! Che tipo di progetti hai in mente?", "Collaborerei volentieri: che tipo di progetti ha in mente?"),
    "pt": ("Que bom ter notícias tuas depois de {c}!", "Adorava colaborar contigo! Que tipo de projetos tens em mente?", "Teria todo o gosto em colaborar: que tipo de projetos tem em mente?"),
    "pt-BR": ("Que bom ter notícias suas depois de {c}!", "Adoraria colaborar com você! Que tipo de projeto você tem em mente?", "Adoraria colaborar: que tipo de projeto você tem em mente?"),
    "de": ("Schön, nach {c} wieder von dir zu hören!", "Eine Zusammenarbeit fände ich toll! An welche Art von Projekten denkst du?", "Eine Zusammenarbeit fände ich schön: An welche Art von Projekten denken Sie?"),
    "nl": ("Leuk om na {c} weer van je te horen!", "Samenwerken lijkt me heel leuk! Aan wat voor projecten denk je?", "Samenwerken lijkt me interessant: aan wat voor projecten denkt u?"),
}
#: The preposition and the course's article merged as each language writes them ("de el" → "del", "de a" → "da", "nach den" …).
_MERGE = {"es": (("de el ", "del "),), "pt": (("de a ", "da "), ("de o ", "do ")), "pt-BR": (("de a ", "da "), ("de o ", "do ")),
          "fr": (("depuis le ", "depuis le "), ("de le ", "du ")), "de": (("nach den ", "nach dem "), ("nach die ", "nach der "), ("nach das ", "nach dem ")),
          "nl": (("na de ", "na de "),), "it": (("dopo il ", "dopo il "),), "en": ()}


def classmate_lines(note: str, lang: str, *, informal: bool, course_only: bool = False) -> tuple[str, str]:
    """(the shared course named, a collaboration welcomed with a question) for a former classmate who suggests working
    together, or ("", ""); the first is "" when the note names no course. With ``course_only``, a classmate who only says
    hello ("fizemos juntas o curso de … em Paris!") gets the course named and no collaboration question.

    >>> classmate_lines("Abbiamo fatto insieme il corso di Google Analytics 4 con Digital Coach. Magari possiamo collaborare!", "it", informal=True)
    ('Che bello risentirti dopo il corso di Google Analytics 4 con Digital Coach!', 'Mi piacerebbe molto collaborare! Che tipo di progetti hai in mente?')
    """
    from invitriage.drafts.notefacts import _CLASSMATES  # the same classmates the register reads
    texts = by_lang(_CLASSMATE_LINES, lang)
    folded = fold(note or "")
    collab = bool(cre.search(_COLLAB, folded))
    if not texts or not cre.search(_CLASSMATES, folded) or not collab and not course_only:
        return "", ""
    ask = (texts[1] if informal else texts[2]) if collab else ""
    m = cre.search(_COURSE, folded)
    if not m or len(folded) != len(note):
        return "", ask
    course = cre.sub(r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF].*)?$", "", note[m.start("c"):m.end("c")]).strip()
    course = cre.sub(r"\s+(?:gemacht|besucht|absolviert|belegt|gedaan|gevolgd)$", "", course)  # "den Kurs zu SEO gemacht"
    course = cre.sub(_WITH_HER, "", course)  # "o curso de GA4 contigo em Lyon": the course, never "with you" said back
    if m.end("c") == m.end() and (named := cre.match(r"(?:\s+(?:[A-ZÀ-Ý][\w+-]*|\d+[\w+-]*)){1,3}", note[m.end():])):
        course += named.group(0).rstrip()  # "la formation Google Ads ensemble": the course's name, as capitalised
    line = (texts[0] if collab else _COURSE_ONLY.get(lang, texts[0])).format(c=course)
    for a, b in _MERGE.get(lang, ()):
        line = line.replace(a, b)
    return line, ask


#: The sender works in the owner's own field (folded): "trabajo en lo mismo", "lavoro anch'io nel settore", "I work in SEO too",
#: "je travaille aussi dans le SEO", "ich arbeite auch im Online-Marketing", "ik werk ook in SEO", "também trabalho com SEO".
_SAME_FIELD = (r"\b(?:trabajo en lo mismo|me dedico a lo mismo|(?:yo )?tambien (?:trabajo|me dedico)|trabajo tambien en|trabajo en el mismo sector"
               r"|lavoro anch'io|anch'io lavoro|mi occupo anch'io|anch'io mi occupo|lavoro nello stesso settore|faccio lo stesso lavoro"
               r"|i (?:also )?work in (?:[\w-]+ ){0,2}(?:too|as well)|i also work in|i'm in (?:[\w-]+ ){0,2}(?:too|as well)|same field|i do the same (?:job|work)"
               r"|je travaille aussi (?:dans|en|sur)|moi aussi je travaille|je suis aussi dans|meme metier|meme domaine|meme secteur"
               r"|ich arbeite (?:auch|ebenfalls|selbst) (?:im|in|als)|gleichen branche|selben branche"
               r"|ik werk ook (?:in|als|aan)|ik zit ook in|zelfde vak\w*|zelfde branche"
               r"|(?:eu )?tambem trabalho (?:com|na|no|em)|trabalho tambem (?:com|na|no|em)|mesma area|mesmo setor"
               # "Ben zelf ook SEO consultant", "Bin auch im Performance Marketing unterwegs", "I'm also an SEO consultant",
               # "je suis aussi consultante SEO", "soy también consultor SEO", "sono anch'io consulente SEO", "também sou gestor de tráfego"
               r"|(?:(?:ik )?ben (?:zelf )?ook|(?:ich )?bin (?:selbst |selber )?auch|i'm also|i am also|je suis (?:moi-meme )?aussi|moi aussi je suis"
               r"|(?:yo )?soy tambien|tambien soy|anch'io sono|sono anch'io|sono anche io|(?:eu )?tambem sou|sou tambem)"
               r" (?:[\w'-]+ ){0,3}(?:seo|sea|sem|marketing|marketeer|marketer|\w*marketing|consultant\w*|berater\w*|consultor\w*|consulente"
               r"|ads|content\w*|social media|performance|growth|referencement|trafego|gestor de trafego))\b")
#: Where they work, as the note says it ("en México", "a Torino", "in Berlin"): a capitalised place after a preposition.
_WORK_PLACE = r"(?<!\w)((?:en|a|à|in|em|no|na|nel|nella|im|aus|uit) (?:[A-ZÀ-Ý][a-zà-ÿ]+)(?: [A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w-])"  # ("im Online-Marketing" is no place)
_PEER = {
    "es": ("Qué bien conocer a alguien que trabaja en lo mismo{p}: seguiré tu trabajo con interés.",
           "Es un placer conocer a alguien del mismo sector{p}; seguiré su trabajo con interés."),
    "it": ("Fa piacere conoscere chi lavora nel settore{p}: seguirò volentieri il tuo lavoro.",
           "Mi fa piacere conoscere chi lavora nel settore{p}: seguirò volentieri il Suo lavoro."),
    "en": ("Always nice to meet someone in the same field{p}: I'll enjoy following your work.",
           "It is a pleasure to meet someone in the same field{p}; I look forward to following your work."),
    # ("Toujours agréable …": after "Ravie que mon post …", never a second "Ravie")
    "fr": ("Toujours agréable de rencontrer quelqu'un du même métier{p} : je suivrai ton travail avec plaisir.",
           "Toujours agréable de rencontrer quelqu'un du même métier{p} : je suivrai votre travail avec plaisir."),
    "de": ("Toll, jemanden aus der Branche{p} kennenzulernen – ich freue mich auf den Austausch.",
           "Ich lerne gern Menschen aus der Branche{p} kennen und freue mich auf den Austausch mit Ihnen."),
    "nl": ("Leuk om iemand uit hetzelfde vak{p} te leren kennen: ik volg je werk graag.",
           "Leuk om iemand uit hetzelfde vak{p} te leren kennen; ik volg uw werk graag."),
    "pt": ("É bom conhecer alguém da mesma área{p}: vou acompanhar o teu trabalho com gosto.",
           "É um prazer conhecer alguém da mesma área{p}; vou acompanhar o seu trabalho com gosto."),
    "pt-BR": ("Bacana conhecer alguém da mesma área{p}: vou acompanhar seu trabalho com prazer.",
              "É um prazer conhecer alguém da mesma área{p}; vou acompanhar seu trabalho com prazer."),
}


#: "Yes" to a fellow's "you're in marketing too?", before the colleague's welcome.
_YES = {"en": "Yes!", "fr": "Oui !", "de": "Ja!", "nl": "Ja!", "es": "¡Sí!", "it": "Sì!", "pt": "Sim!", "pt-BR": "Sim!"}


def peer_greeting(lang: str, *, informal: bool) -> str:
    """A yes to "you're in marketing too?" and a colleague's welcome, or "" for a language without one.

    >>> peer_greeting("nl", informal=True)
    'Ja! Leuk om iemand uit hetzelfde vak te leren kennen: ik volg je werk graag.'
    """
    texts = by_lang(_PEER, lang)
    yes = by_lang(_YES, lang)
    return f"{yes} {(texts[0] if informal else texts[1]).format(p='')}" if texts and yes else ""


def peer_line(note: str, lang: str, *, informal: bool) -> str:
    """A colleague greeted as one ("nice to meet someone in the same field in Turin") when the note says the sender works
    in the owner's field, or "".

    >>> peer_line("Loved your post on SEO. I work in SEO too, in Lyon!", "en", informal=True)
    "Always nice to meet someone in the same field in Lyon: I'll enjoy following your work."
    >>> peer_line("Loved your post on SEO.", "en", informal=True)
    ''
    """
    texts = by_lang(_PEER, lang)
    m = cre.search(_SAME_FIELD, fold(note)) if texts and note else None
    if not texts or not m:
        return ""
    place = ""
    if len(fold(note)) == len(note):
        near = note[max(0, m.start() - 40):m.end() + 60]
        pm = cre.search(_WORK_PLACE, near)
        if pm and not cre.search(r"\b(?:SEO|SEA|IA|AI|KI|Google|LinkedIn|Meta|Instagram|TikTok|Marketing|Performance|Ads|Content|Social)\b", pm.group(1)):
            place = " " + pm.group(1)
    return (texts[0] if informal else texts[1]).format(p=place)


# -- the sender's own launch: an agency or a freelance business of their own --------------------------------------------
#: "I finally launched my own agency", "j'ai lancé mon agence", "he montado mi propia agencia", "ho aperto la mia agenzia",
#: "habe meine eigene Agentur gegründet", "abri minha própria agência", "mijn eigen bureau gestart" (folded).
#: "je viens de monter ma boîte de com", "acabo de abrir mi agencia", "acabei de abrir a minha agência": a launch just made,
#: said with the infinitive ("je vais monter ma boîte" is a plan, never congratulated).
_JUST_DID = r"(?:viens|vient|venons|acabo|acabamos|acabei|acabamos) de (?:lancer|creer|monter|ouvrir|fonder|montar|abrir|lanzar|crear|fundar|lancar|criar)"
_OWN_AGENCY = (r"\b(?:(?:launched|started|opened|set up|founded)\s+(?:my|our)\s+(?:own\s+)?(?:(?:digital|marketing|creative|content|seo|social media|design|web|comms?|pr)\s+)?(?:agency|studio)"
               rf"|(?:(?:lance|cree|monte|ouvert|fonde)e?s?|{_JUST_DID})\s+(?:ma|mon|notre)\s+(?:propre\s+)?(?:agence|studio|boite de (?:com|communication|marketing|pub))"
               rf"|(?:(?:montado|lanzado|abierto|fundado|creado)|{_JUST_DID})\s+(?:mi|nuestra)\s+(?:propia\s+)?(?:agencia|estudio)"
               r"|(?:lanciato|aperto|fondato|avviato)\s+(?:la mia|la nostra)\s+(?:\w+\s+)?agenzia"
               r"|(?:meine|unsere)\s+(?:eigene\s+)?agentur\s+(?:\w+\s+)?(?:gegrundet|eroffnet|gestartet|gelauncht)"
               rf"|(?:abri|lancei|montei|fundei|criei|{_JUST_DID})\s+(?:a\s+)?(?:minha|nossa)\s+(?:propria\s+)?agencia"
               r"|(?:mijn|ons)\s+(?:eigen\s+)?(?:bureau|agency)\s+(?:\w+\s+)?(?:gestart|opgericht|geopend|begonnen)"
               # an agency of their own now run: "ahora estoy en Bogotá con mi propia agencia", "I run my own agency", "j'ai ma propre agence"
               r"|(?:run|running|have|with|own)\s+(?:my|our)\s+own\s+(?:[\w-]+\s+)?agency|(?:avec|j'ai|ai|dirige|gere)\s+(?:ma|notre)\s+propre\s+agence"
               r"|(?:con|tengo|dirijo|llevo)\s+(?:mi|nuestra)\s+propia\s+agencia|(?:con|ho|dirigo|gestisco)\s+(?:la mia|la nostra)\s+(?:propria\s+)?agenzia"
               r"|(?:com|tenho|toco|dirijo)\s+(?:a\s+)?(?:minha|nossa)\s+propria\s+agencia|(?:mit|habe|hab|fuhre|leite)\s+(?:meiner|meine|unserer|unsere)\s+eigenen?\s+agentur"
               r"|(?:met|heb|run|leid)\s+(?:mijn|ons)\s+eigen\s+(?:bureau|agency|agentschap))\b")
#: "je me suis lancée en freelance", "I went freelance", "me he hecho autónoma", "mi sono messa in proprio", "habe mich
#: selbstständig gemacht", "virei freelancer", "ik ben voor mezelf begonnen" (folded).
_WENT_FREELANCE = (r"\b(?:(?:went|gone|going|started|launched)\s+(?:out\s+as\s+a\s+)?freelanc\w*|(?:me suis|m'suis|je suis)\s+(?:\w+\s+)?(?:lancee?|installee?|mise?)\s+(?:en|a mon compte|comme)\s*(?:freelance|independante?)?"
                   r"|(?:me he hecho|me hice|me he establecido como|me lance como|empece como)\s+(?:freelance|autonom[oa])|(?:sono|mi sono)\s+(?:messa|messo|diventata|diventato)\s+(?:in proprio|freelance)"
                   r"|(?:habe mich|hab mich)\s+(?:\w+\s+)?selbststandig gemacht|(?:virei|tornei-me|me tornei|comecei como)\s+freelancer|(?:ben|zijn)\s+(?:\w+\s+)?voor (?:mezelf|onszelf) begonnen"
                   # the start being made now: "je me lance en freelance moi aussi", "me lanzo como autónoma", "ich mache mich selbstständig"
                   r"|je me lance\s+(?:en freelance|en independante?|a mon compte|comme (?:freelance|independante?|consultante?))|je (?:deviens|passe) (?:en )?freelance"
                   r"|(?:me lanzo|me establezco|empiezo) como (?:freelance|autonom[oa])|me hago (?:freelance|autonom[oa])|mi (?:sto )?mett(?:o|endo) in proprio|divento freelance"
                   r"|mache mich (?:\w+\s+){0,3}selbststandig|werde (?:\w+\s+)?(?:freelancerin|freelancer|selbststandig)"
                   r"|(?:vou|estou) (?:virar|virando|me tornar|me tornando|comecar como|comecando como) freelancer"
                   r"|ik (?:begin|ga) (?:\w+\s+){0,3}voor mezelf|ik (?:word|ga) (?:\w+\s+){0,3}(?:freelancer|zzp'er|freelancen))\b")
#: A shop, café or business of their own opened (folded): "I've opened my own little café", "j'ai ouvert ma boutique",
#: "he abierto mi propia cafetería", "ho aperto il mio negozio", "hab mein eigenes Café eröffnet", "abri a minha loja",
#: "ik heb mijn eigen zaak geopend": their news, congratulated.
_BIZ_NOUN = (r"(?:cafes?|coffee shop|shop|store|restaurant|bakery|boutique|brand|label|business|company|start-?up|salon|bar|bistro|e-?shop|onlineshop|webshop"
             r"|boulangerie|marque|entreprise|societe|commerce|cafeteria|tienda|restaurante|panaderia|marca|empresa|negocio|caffe|negozio|ristorante|forno"
             r"|marchio|azienda|attivita|loja|padaria|laden|geschaft|backerei|marke|firma|unternehmen|koffiezaak|winkel|bakkerij|merk|bedrijf|zaak)")
_OWN_BUSINESS = (rf"\b(?:(?:opened|launched|started|set up|founded)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_BIZ_NOUN}"
                 rf"|(?:(?:j'ai|ai|avons|on a) (?:\w+ )?(?:ouvert|lance|cree|monte|fonde)e?s?|{_JUST_DID})\s+(?:ma|mon|notre)\s+(?:propre\s+)?(?:[\w-]+\s+)?{_BIZ_NOUN}"
                 rf"|(?:abierto|montado|lanzado|fundado|creado|abri|monte|lance|funde|{_JUST_DID})\s+(?:mi|nuestr[oa])\s+(?:propi[oa]\s+)?(?:[\w-]+\s+)?{_BIZ_NOUN}"
                 rf"|(?:aperto|lanciato|fondato|avviato)\s+(?:il mio|la mia|il nostro|la nostra|un[oa]?)\s+(?:[\w-]+\s+)?{_BIZ_NOUN}"
                 rf"|(?:abri|lancei|montei|fundei|criei|aberto|{_JUST_DID})\s+(?:(?:o|a|um|uma)\s+)?(?:meu|minha|nosso|nossa)\s+(?:propri[oa]\s+)?(?:[\w-]+\s+)?{_BIZ_NOUN}"
                 rf"|(?:mein|meine|meinen|unser|unsere)\s+(?:eigene[ns]?\s+)?(?:[\w-]+\s+){{0,2}}?{_BIZ_NOUN}\s+(?:[\w-]+\s+){{0,4}}?(?:eroffnet|gegrundet|gestartet|gelauncht|aufgemacht)"
                 rf"|(?:mijn|ons|onze)\s+(?:eigen\s+)?(?:[\w-]+\s+){{0,2}}?{_BIZ_NOUN}\s+(?:[\w-]+\s+){{0,4}}?(?:geopend|gestart|opgericht|gelanceerd))\b")
_LAUNCH_LINES = {
    "en": {"agency": ("Congratulations on launching your own agency!", "Congratulations on launching your own agency."),
           "business": ("Congratulations on your new business!", "Congratulations on your new business."),
           "freelance": ("Congratulations on going freelance!", "Congratulations on going freelance.")},
    "fr": {"agency": ("Bravo pour le lancement de ton agence !", "Bravo pour le lancement de votre agence."),
           "business": ("Bravo pour ta nouvelle activité !", "Félicitations pour votre nouvelle activité."),
           "freelance": ("Bravo pour ton lancement en freelance !", "Bravo pour votre lancement en freelance.")},
    "es": {"agency": ("¡Enhorabuena por tu agencia!", "Enhorabuena por su agencia."),
           "business": ("¡Enhorabuena por tu nuevo negocio!", "Enhorabuena por su nuevo negocio."),
           "freelance": ("¡Enhorabuena por tu nueva etapa como freelance!", "Enhorabuena por su nueva etapa como freelance.")},
    "it": {"agency": ("Complimenti per la tua agenzia!", "Complimenti per la Sua agenzia."),
           "business": ("Complimenti per la tua nuova attività!", "Complimenti per la Sua nuova attività."),
           "freelance": ("Complimenti per la nuova avventura da freelance!", "Complimenti per la nuova attività da freelance.")},
    "de": {"agency": ("Glückwunsch zur eigenen Agentur!", "Herzlichen Glückwunsch zur eigenen Agentur."),
           "business": ("Herzlichen Glückwunsch zum eigenen Geschäft!", "Herzlichen Glückwunsch zum eigenen Geschäft."),
           "freelance": ("Glückwunsch zur Selbstständigkeit!", "Herzlichen Glückwunsch zur Selbstständigkeit.")},
    "pt": {"agency": ("Parabéns pela tua agência!", "Parabéns pela sua agência."),
           "business": ("Parabéns pelo teu novo negócio!", "Parabéns pelo seu novo negócio."),
           "freelance": ("Parabéns pelo arranque como freelancer!", "Parabéns pelo arranque como freelancer.")},
    "pt-BR": {"agency": ("Parabéns pela sua agência!", "Parabéns pela sua agência."),
              "business": ("Parabéns pelo seu novo negócio!", "Parabéns pelo seu novo negócio."),
              "freelance": ("Parabéns pela nova fase como freelancer!", "Parabéns pela nova fase como freelancer.")},
    "nl": {"agency": ("Gefeliciteerd met je eigen bureau!", "Gefeliciteerd met uw eigen bureau."),
           "business": ("Gefeliciteerd met je eigen zaak!", "Gefeliciteerd met uw eigen zaak."),
           "freelance": ("Gefeliciteerd met je start als freelancer!", "Gefeliciteerd met uw start als freelancer.")},
}
#: Congratulations already said in a draft (folded).
CONGRATS_SAID = r"\b(?:congrat\w*|bravo|felicit\w*|enhorabuena|complimenti|gluckwunsch\w*|parabens|gefeliciteerd|proficiat)\b"


def launch_line(note: str, lang: str, *, informal: bool) -> str:
    """Congratulations on the agency or the freelance business the sender just launched, or "".

    >>> launch_line("It's Sarah from the workshop. I finally launched my own agency 🎉", "en", informal=True)
    'Congratulations on launching your own agency!'
    >>> launch_line("Je me suis lancée en freelance aussi, on échange ?", "fr", informal=True)
    'Bravo pour ton lancement en freelance !'
    """
    texts = by_lang(_LAUNCH_LINES, lang)
    if not texts or not note:
        return ""
    folded = fold(note)
    kind = "agency" if cre.search(_OWN_AGENCY, folded) else "freelance" if cre.search(_WENT_FREELANCE, folded) \
        else "business" if cre.search(_OWN_BUSINESS, folded) else ""
    return texts[kind][0 if informal else 1] if kind else ""


# -- her content liked in general ---------------------------------------------------------------------------------------
#: Her content praised as a whole, no piece named (folded): "ich find deine Inhalte mega", "I love your content", "j'adore
#: ton contenu", "me encanta tu contenido", "adoro i tuoi contenuti", "adoro o teu conteúdo", "ik vind je content top".
_CONTENT_LIKED = (r"\b(?:(?:love|like|enjoy|follow)\w* (?:all )?your (?:content|posts)|your (?:content|posts) (?:is|are) (?:great|amazing|awesome|so good|super)"
                  r"|(?:adore|aime|apprecie|kiffe|suis fan de) (?:beaucoup |vraiment )?(?:ton|votre|tes|vos) (?:contenus?|posts)"
                  r"|(?:me encanta|me gusta|sigo) (?:mucho )?(?:tu|su|tus|sus) (?:contenidos?|publicaciones|posts)"
                  r"|(?:adoro|amo|mi piace|mi piacciono|seguo) (?:molto )?(?:i tuoi|il tuo|o teu|o seu|os teus|os seus|seu|teu|seus) (?:contenuti|contenuto|conteudos?|posts)"
                  r"|(?:deine|ihre) (?:inhalte|beitrage|posts) (?:\w+ ){0,2}?(?:mega|super|klasse|toll|spitze|genial|stark|gut)"
                  r"|(?:finde?|mag|liebe) (?:deine|ihre) (?:inhalte|beitrage|posts)"
                  r"|(?:vind|volg) (?:je|jouw|uw) (?:content|posts|berichten))\b")
_CONTENT_LIKED_LINES = {
    "en": ("So glad you enjoy my content!", "I'm glad you enjoy my content."),
    "fr": ("Ravie que mes contenus te plaisent !", "Ravie que mes contenus vous plaisent."),
    "es": ("¡Me alegra mucho que te guste mi contenido!", "Me alegra mucho que le guste mi contenido."),
    "it": ("Che bello sapere che i miei contenuti ti piacciono!", "Mi fa piacere sapere che i miei contenuti Le piacciono."),
    "pt": ("Fico muito contente por saber que gostas dos meus conteúdos!", "Fico muito contente por saber que gosta dos meus conteúdos."),
    "pt-BR": ("Que bom saber que você curte meus conteúdos!", "Fico feliz em saber que você gosta dos meus conteúdos."),
    "de": ("Freut mich sehr, dass dir meine Inhalte gefallen!", "Es freut mich sehr, dass Ihnen meine Inhalte gefallen."),
    "nl": ("Leuk om te horen dat je mijn content waardeert!", "Fijn om te horen dat u mijn content waardeert."),
}


def content_liked_line(note: str, lang: str, *, informal: bool) -> str:
    """Glad they like her content, when the note praises it as a whole, or "".

    >>> content_liked_line("hi, kennen uns nicht aber ich find deine Inhalte mega. Vernetzen? :)", "de", informal=True)
    'Freut mich sehr, dass dir meine Inhalte gefallen!'
    """
    texts = by_lang(_CONTENT_LIKED_LINES, lang)
    if not texts or not note or not cre.search(_CONTENT_LIKED, fold(note)):
        return ""
    return texts[0 if informal else 1]


# -- a former trainee back with news ------------------------------------------------------------------------------
#: They took her course or training (folded): "fui alumno de tu formación", "estive na tua formação", "ho seguito il tuo
#: corso", "j'ai suivi ta formation", "I took your workshop", "ich habe deinen Kurs besucht", "ik heb je training gevolgd".
_HER_COURSE = r"(?:\w+ ){0,2}?(?:formation|formacion|formacao|formazione|cours|curso|corso|course|training|workshop|class|masterclass|bootcamp|atelier|taller|kurs|schulung|seminar|cursus)"
_TOOK_COURSE = (rf"\b(?:j'ai (?:suivi|fait|participe a|assiste a)|j'etais (?:a|dans)) (?:ta|ton|votre|tes|vos) {_HER_COURSE}"
                rf"|\bi (?:took|attended|did|joined|followed|was in|was at|was on) your {_HER_COURSE}"
                rf"|\b(?:fui alumn[oa] (?:de|en)|hice|asisti a|estuve en|segui|participe en) (?:tu|su|tus|sus) {_HER_COURSE}"
                rf"|\b(?:ho seguito|ho frequentato|ho fatto) (?:il |la |i )?(?:tuo|tua|suo|sua|tuoi) {_HER_COURSE}|\b(?:ero|ho partecipato) (?:al|alla|a un|in) (?:tuo|tua|suo|sua) {_HER_COURSE}"
                rf"|\b(?:estive|participei|fiz|frequentei|fui alun[oa]) (?:na|no|a|o|em|da|do) ?(?:tua|teu|sua|seu) {_HER_COURSE}"
                rf"|\b(?:ich habe|hab|ich war) (?:an |in |bei )?(?:deinen|ihren|deine|ihre|dein|ihr|deinem|ihrem|deiner|ihrer) {_HER_COURSE}"
                rf"|\bik (?:heb|zat in|was bij) (?:je|jouw|uw) {_HER_COURSE}")
#: Their news (folded): a new job ("ahora trabajo en", "ora lavoro nel", "I now work at", "je travaille maintenant") …
_NEW_JOB = (r"\b(?:(?:ahora|ora|agora|now|maintenant|desormais|jetzt|inzwischen|nu) (?:i )?(?:trabajo|lavoro|trabalho|work|je travaille|arbeite ich|werk ik)"
            r"|i(?:'m| am)? now work\w*|je travaille (?:maintenant|desormais|aujourd'hui)|ich arbeite (?:jetzt|inzwischen|mittlerweile|seit)|ik werk (?:nu|inmiddels)"
            r"|(?:trabajo|lavoro|trabalho) (?:ahora|ora|agora)|(?:new|nouveau|nuevo|nuovo|novo|neuen?|nieuwe) (?:job|poste|trabajo|lavoro|emprego|trabalho|stelle|job|baan))\b")
#: … or a launch of their own ("lancei a minha marca", "I launched my shop", "j'ai lancé ma marque", "ho lanciato il mio brand")
_OWN_LAUNCH = (r"\b(?:lancei|lance|he lanzado|abri|he abierto|ho lanciato|ho aperto|launched|opened|started|j'ai lance|j'ai ouvert|j'ai cree"
               r"|habe (?:\w+ )?(?:gegrundet|gelauncht|gestartet|eroffnet)|heb (?:\w+ )?(?:gelanceerd|gestart|geopend)|gegrundet|gelanceerd)\b"
               r"(?:\s+\w+){0,3}?\s+(?:brand|label|shop|webshop|onlineshop|e-?shop|store|marca|loja|tienda|negozio|marque|boutique|merk|winkel|agency|agence|agencia|agenzia|agencia|agentur|bureau|business|negocio|negocio|startup|start-up)\b"
               r"|\b(?:ich habe|habe ich|ik heb|heb ik|i have|j'ai) (?:\w+ ){0,3}(?:label|marke|shop|webshop|onlineshop|e-shop|merk|winkel|brand|marque) (?:\w+ ){0,3}(?:gegrundet|gelauncht|gestartet|gelanceerd|launched|lance)\b")
#: … that they want to show her ("queria mostrar-te", "I'd love to show you", "je voulais te montrer", "volevo mostrarti")
_SHOW_HER = (r"\b(?:mostrar-te|mostrarte|ensenarte|mostrarti|farti vedere|show you|te montrer|vous montrer|mostrar-lhe|dir (?:\w+ ){0,3}zeigen|ihnen (?:\w+ ){0,3}zeigen"
             r"|(?:je|u) (?:\w+ ){0,3}laten zien|te lo (?:quiero|queria) (?:ensenar|mostrar))\b")
_NEWS = {
    #      job (informal, formal), launch (informal, formal), show it (informal, formal)
    "en": (("Congratulations on the new job! How are you finding it?", "Congratulations on the new position! How are you finding it?"),
           ("Congratulations on the launch!", "Congratulations on the launch!"),
           ("I'd love to see it: send me the link!", "I would love to see it: feel free to send me the link.")),
    "fr": (("Félicitations pour ton nouveau poste ! Comment ça se passe ?", "Félicitations pour votre nouveau poste ! Comment cela se passe-t-il ?"),
           ("Félicitations pour le lancement !", "Félicitations pour le lancement !"),
           ("J'ai hâte de voir ça : envoie-moi le lien !", "J'ai hâte de voir cela : n'hésitez pas à m'envoyer le lien.")),
    "es": (("¡Enhorabuena por el nuevo trabajo! ¿Qué tal te va?", "¡Enhorabuena por el nuevo puesto! ¿Qué tal le va?"),
           ("¡Enhorabuena por el lanzamiento!", "¡Enhorabuena por el lanzamiento!"),
           ("¡Me encantará verlo: mándame el enlace!", "Me encantará verlo: envíeme el enlace cuando quiera.")),
    "it": (("Complimenti per il nuovo lavoro! Come ti trovi?", "Complimenti per il nuovo incarico! Come si trova?"),
           ("Complimenti per il lancio!", "Complimenti per il lancio!"),
           ("Sono curiosa di vederlo: mandami pure il link!", "Sono curiosa di vederlo: mi mandi pure il link.")),
    "pt": (("Parabéns pelo novo trabalho! Como está a correr?", "Parabéns pelo novo cargo! Como está a correr?"),
           ("Parabéns pelo lançamento!", "Parabéns pelo lançamento!"),
           ("Adorava ver o resultado: manda-me o link!", "Gostaria muito de ver o resultado: envie-me o link quando quiser.")),
    "pt-BR": (("Parabéns pelo novo trabalho! Como está sendo?", "Parabéns pelo novo cargo! Como está sendo?"),
              ("Parabéns pelo lançamento!", "Parabéns pelo lançamento!"),
              ("Adoraria ver o resultado: me manda o link!", "Gostaria muito de ver o resultado: fique à vontade para me enviar o link.")),
    "de": (("Glückwunsch zum neuen Job! Wie gefällt es dir?", "Herzlichen Glückwunsch zur neuen Stelle! Wie gefällt es Ihnen?"),
           ("Glückwunsch zum Launch!", "Herzlichen Glückwunsch zum Launch!"),
           ("Ich bin gespannt: Schick mir gern den Link!", "Ich bin gespannt: Schicken Sie mir gern den Link.")),
    "nl": (("Gefeliciteerd met je nieuwe baan! Hoe bevalt het?", "Gefeliciteerd met uw nieuwe functie! Hoe bevalt het?"),
           ("Gefeliciteerd met de lancering!", "Gefeliciteerd met de lancering!"),
           ("Ik ben benieuwd: stuur me gerust de link!", "Ik ben benieuwd: stuur me gerust de link.")),
}


def trainee_back(folded: str) -> bool:
    """A former trainee of her course back in touch with news: a new job, a launch (no question to answer; a result is a reader's thanks).

    >>> trainee_back("ciao camille! ho seguito il tuo corso di seo a lione due anni fa. ora lavoro nel marketing di un hotel")
    True
    >>> trainee_back("i attended your workshop and my cpc halved! stay in touch"), trainee_back("j'ai suivi ta formation, maintenant je travaille chez x. c'est normal ?")
    (False, False)
    """
    if "?" in folded or misread.freelancer_self(folded):
        return False  # "ora lavoro come freelance": their freelance start is answered as such, never "congrats on the new job"
    return bool(cre.search(_TOOK_COURSE, folded)) and bool(cre.search(_NEW_JOB, folded) or cre.search(_OWN_LAUNCH, folded))


def news_line(note: str, lang: str, *, informal: bool) -> str:
    """Congratulations on the news a former trainee tells (a new job, a launch, with a yes to seeing it), or "".

    >>> news_line("Estive na tua formação. Entretanto lancei a minha marca de roupa e queria mostrar-te o resultado!", "pt", informal=True)
    'Parabéns pelo lançamento! Adorava ver o resultado: manda-me o link!'
    """
    texts = by_lang(_NEWS, lang)
    f = fold(note)
    if not texts:
        return ""
    pick = 0 if informal else 1
    if cre.search(_OWN_LAUNCH, f):
        return " ".join([texts[1][pick]] + ([texts[2][pick]] if cre.search(_SHOW_HER, f) else []))
    return texts[0][pick] if cre.search(_NEW_JOB, f) else ""


#: How the sender placed herself when they met, by the questions she asked there: "ich war die Deutsche mit den vielen
#: Fragen zu hreflang", "ik was die Nederlandse met de vele vragen over hreflang", "I was the one with all the hreflang
#: questions", "j'étais celle avec plein de questions sur hreflang" (the subject: one word, or a capitalised name).
_ASKED_THERE = (r"(?i)\b(?:i was|ich war|ik was|j['’]étais|j['’]etais|yo era|era|ero|eu era)\b"
                # never a question still to ask ("mi era rimasta una domanda su …", "me quedó una pregunta")
                r"(?:(?!rimast|restat|quedad|ficou|ficad)[^.!?\n]){0,50}?"
                # "ich war der mit der Frage zu Google Analytics 4", "I was the one with the question about GA4": one question, too
                r"(?:\b(?P<q>questions?|fragen?|vragen|vraag|preguntas?|domand[ae]|perguntas?)\s+(?:about|on|zu|über|uber|zum|zur|over|sur|sobre|su|sul|sulla|sui)\s+"
                r"(?P<t>[\w-]+(?:\s+(?:[A-Z][\w-]*|\d+\b)){0,2})|(?:all|many|lots of|so many) (?:the )?(?P<t2>[\w-]+) questions)")
#: The question word in the singular: "la question", "die Frage", "la pregunta", "la domanda", "a pergunta", "de vraag".
_ONE_QUESTION = r"(?i)(?:question|frage|vraag|pregunta|domanda|pergunta)"
#: The sender's verb closing the subject ("die Frage zu TikTok Ads gestellt hat", "de vraag over TikTok gesteld had"): the
#: subject ends before it (the pattern is case-blind, so a verb passes for a capitalised name).
_VERB_AFTER = r"(?i)\s+(?:gestellt|gefragt|hatte|hat|habe|gesteld|gevraagd|had|heb)\b.*$"
#: A link word left at the subject's end when the cut falls before what it links ("Frage zu TikTok Ads fuer B2B" → "TikTok
#: Ads", never "TikTok Ads für").
_LINK_WORD_AFTER = r"(?i)\s+(?:für|fuer|for|pour|para|per|voor|with|mit|con|avec|and|und|et|y|e|en|of|von|van|de|di|da|do|du|in|im|bei|on|sur|su|sobre|over|om)$"
#: Laughter closing the sender's words ("… sul budget ahah", "… on tiktok lol", "… sobre presupuesto jaja"): hers, never
#: part of the subject said back.
_LAUGHTER_AFTER = r"(?i)(?:\s+(?:a?h(?:a|ah)+h?|lol|mdr|ptdr|jaja\w*|jeje\w*|haha\w*|hihi\w*|hehe\w*|kk+|rsrs\w*|xd))+$"
#: An article or possessive caught instead of the subject ("questions about the …").
_ARTICLE = r"(?i)(?:the|my|your|our|le|la|les|ma|mon|die|der|das|den|dem|de|het|el|il|lo|o|a|un|une|a)"
_ASKED_RECALLED = {
    "en": ("Of course I remember your questions on {t}!", "Of course I remember your questions on {t}."),
    "fr": ("Je me souviens bien de tes questions sur {t} !", "Je me souviens bien de vos questions sur {t}."),
    "de": ("Klar erinnere ich mich an deine Fragen zu {t}!", "Natürlich erinnere ich mich an Ihre Fragen zu {t}."),
    "es": ("¡Claro que me acuerdo de tus preguntas sobre {t}!", "Claro que me acuerdo de sus preguntas sobre {t}."),
    "it": ("Certo che mi ricordo delle tue domande su {t}!", "Certo che mi ricordo delle sue domande su {t}."),
    "pt": ("Claro que me lembro das tuas perguntas sobre {t}!", "Claro que me lembro das suas perguntas sobre {t}."),
    "pt-BR": ("Claro que lembro das suas perguntas sobre {t}!", "Claro que lembro das suas perguntas sobre {t}."),
    "nl": ("Je vragen over {t} weet ik nog goed!", "Uw vragen over {t} weet ik nog goed."),
}
#: The same, for one question asked there ("ich war der mit der Frage zu Google Analytics 4").
_ONE_ASKED_RECALLED = {
    "en": ("Of course I remember your question on {t}!", "Of course I remember your question on {t}."),
    "fr": ("Je me souviens bien de ta question sur {t} !", "Je me souviens bien de votre question sur {t}."),
    "de": ("Klar erinnere ich mich an deine Frage zu {t}!", "Natürlich erinnere ich mich an Ihre Frage zu {t}."),
    "es": ("¡Claro que me acuerdo de tu pregunta sobre {t}!", "Claro que me acuerdo de su pregunta sobre {t}."),
    "it": ("Certo che mi ricordo della tua domanda su {t}!", "Certo che mi ricordo della sua domanda su {t}."),
    "pt": ("Claro que me lembro da tua pergunta sobre {t}!", "Claro que me lembro da sua pergunta sobre {t}."),
    "pt-BR": ("Claro que lembro da sua pergunta sobre {t}!", "Claro que lembro da sua pergunta sobre {t}."),
    "nl": ("Je vraag over {t} weet ik nog goed!", "Uw vraag over {t} weet ik nog goed."),
}


def asked_line(note: str, lang: str, *, informal: bool) -> str:
    """Her questions at the event they shared, remembered, when the sender placed herself by them, or "".

    >>> asked_line("wir kennen uns vom SEO Campus – ich war die Deutsche mit den vielen Fragen zu hreflang 😄", "de", informal=True)
    'Klar erinnere ich mich an deine Fragen zu hreflang!'
    >>> asked_line("I was the one with all the hreflang questions", "en", informal=False)
    'Of course I remember your questions on hreflang.'
    >>> asked_line("ero quella con mille domande sul budget ahah", "it", informal=True)
    'Certo che mi ricordo delle tue domande su budget!'
    >>> asked_line("I have a few questions about hreflang", "en", informal=True)
    ''
    """
    pair = by_lang(_ASKED_RECALLED, lang)
    m = cre.search(_ASKED_THERE, note) if pair and note else None
    subject = (m.group("t") or m.group("t2") or "") if m else ""
    subject = cre.sub(_LAUGHTER_AFTER, "", subject)
    subject = cre.sub(_VERB_AFTER, "", subject)
    subject = cre.sub(_LINK_WORD_AFTER, "", subject)
    if not pair or not subject or cre.fullmatch(_ARTICLE, subject):
        return ""
    if m and m.group("q") and cre.fullmatch(_ONE_QUESTION, m.group("q")):
        pair = by_lang(_ONE_ASKED_RECALLED, lang) or pair
    return pair[0 if informal else 1].format(t=subject)

#: Their ads losing money (folded): "my ads are burning cash", "mes pubs brûlent mon budget", "mis anuncios están quemando
#: dinero" — the thoughts asked are on the ads, never a look at the shop.
ADS_BURNING = (r"\b(?:ads|pubs?|publicites?|anuncios|annunci|anuncios|werbung|anzeigen|advertenties|campaigns?|campagnes?|campanas|campanhas|kampagnen)\b"
             r"[^.!?]{0,25}\b(?:burn\w*|brulent|crament|quemando|queman|bruciando|bruciano|queimando|queimam|verbrennen|verbranden|wast\w*)\b")
