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

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold

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
    texts = _PLACE.get(lang) or _PLACE.get(lang[:2])
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


def project_line(note: str, lang: str, *, informal: bool) -> str:
    """A question after the sender's project when the note names it, or "" (then the usual "what are you working on?")."""
    texts = _ASK_PROJECT.get(lang) or _ASK_PROJECT.get(lang[:2])
    if not texts or not note:
        return ""
    same = cre.search(rf"(?i:{_PROJECT})", note)  # the project as written (accents, capitals) when the words need no folding
    m = same or cre.search(_PROJECT, fold(note))
    if not m:
        return ""
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
