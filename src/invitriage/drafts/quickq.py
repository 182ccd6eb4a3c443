"""A quick practical question, answered by name.

"A tip to lower my cost per click?", "which keyword tool do you use?", "which certifications?", "where would you
start, SEO or ads?", "is 300 €/month enough?": the owner's expert opinion is hers to give, but a draft must name
the question's subject, never answer "it depends on your situation" to a note that gives the situation, and end on
a concrete next step (she tells or shows what she would do, here in writing or, if they prefer, in a 15-minute call:
the call is an offer, never the only way), never a bare holding "I'll reply here today". :func:`subject` reads the subject from the question (a key the draft's language names in its own
grammar); :func:`answer` writes the sentence.

>>> subject("Tu aurais une astuce pour baisser le coût par clic ?")
('cpc', [])
>>> subject("where would you start, SEO or ads? any advice appreciated", ['SEO', 'ads'])
('choice', ['SEO', 'ads'])
>>> answer("en", "certs", [], informal=True)
"About certifications, I'm happy to tell you which one I'd take if I were you, and why: I can write back here, or we can have a quick 15-minute call next week if you'd rather."
"""

from __future__ import annotations

import re

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold

#: (key, pattern on the folded question), the most specific first.
_KEYS: list[tuple[str, str]] = [
    ("scene", r"\b(?:agenc(?:es?|ies|ias?)|agenturen|agenzie|agencias|bureaus|meetups?|afterworks?)\b"),
    ("cpc", r"\b(?:cpc|cout par clic|cost per click|cost-per-click|coste por clic|costo por clic|costo per clic|custo por clique"
            r"|kosten pro klick|klickpreis\w*|kosten per klik|cout du clic)\b"),
    ("kwtool", r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*|software)\b.{0,40}\b(?:keyword\w*|mots?[- ]cles?"
               r"|palabras? clave|parole chiave|palavras?[- ]chave|zoekwoord\w*|schlusselw\w*|suchbegriff\w*)"
               r"|\b(?:keyword\w*|mots?[- ]cles?|palabras? clave|parole chiave|palavras?[- ]chave|zoekwoord\w*|schlusselw\w*)\b.{0,40}"
               r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*|software)\b"),
    ("certs", r"\b(?:certif\w*|zertifi\w*)\b"),
    ("budget", r"\b(?:budget|presupuesto|orcamento)\w*\b.{0,40}\b(?:enough|suffi\w*|genug|genoeg|suficiente|sufficiente|minim\w*|how much|combien"
               r"|wie ?viel|cuanto|quanto|hoeveel)|\b(?:minim\w*|how much|combien|wie ?viel|cuanto|quanto|hoeveel)\b.{0,30}\b(?:budget|presupuesto|orcamento)"
               r"|\d+ ?(?:€|euros?\b|eur\b).{0,60}\b(?:enough|suffi\w*|genug|genoeg|suficiente|sufficiente|te weinig|too little|trop peu)"),
    ("choice", ""),
    ("start_course", ""),
    ("start", r"(?:par ou (?:commencer|tu commencerais|vous commenceriez|demarrer)|where (?:would|should|do) (?:you|i) (?:start|begin)|where to start"
              r"|por donde (?:empez\w*|comenz\w*)|da dove (?:inizi\w*|partir\w*|comincer\w*)|wo (?:wurdest du|wurden sie|soll ich|sollte ich|fange ich) "
              r"(?:\w+ )?(?:anfangen|beginnen|starten|an)|waar (?:zou|moet|begin) (?:je|jij|ik|u)(?: \w+)? (?:beginnen|starten)?"
              r"|por onde (?:comec\w*|inici\w*)"
              # "a tip on what to start with?", "womit ich anfangen sollte", "un consiglio per iniziare": a first step asked for
              r"|(?:tips?|advice|hints?) (?:on )?(?:how |where )?to (?:get started|start|begin)|how (?:to|do i|should i) (?:get started|start|begin)|what (?:to|should i) start with"
              r"|(?:conseils?|astuces?|idees?) pour (?:commencer|demarrer|debuter|bien demarrer)|comment (?:commencer|demarrer|debuter)|(?:avec|par) quoi (?:commencer|je commence)"
              r"|womit (?:ich |soll ich |sollte ich )?(?:\w+ )?(?:anfangen|beginnen|starten)|wie (?:ich )?(?:am besten )?(?:anfange|anfangen|starte|beginne)"
              r"|(?:consejos?|tips?|ideas?) para (?:empezar|comenzar|arrancar)|(?:como|con que|por que) (?:empezar|comenzar|empiezo)"
              r"|(?:consigli\w*|dritt\w*|idee?) per (?:iniziare|cominciare|partire)|come (?:iniziare|cominciare|partire)|da cosa (?:iniziare|partire|comincio)"
              r"|(?:dicas?|conselhos?|ideias?) (?:pra|para) (?:comecar|iniciar)|como (?:comecar|comeco|iniciar)|com o que (?:comecar|comeco)"
              r"|(?:tips?|advies) om (?:te )?(?:beginnen|starten)|hoe (?:ik )?(?:het best )?(?:te )?(?:begin|beginnen|start|starten)|waarmee (?:ik )?(?:moet |zou )?(?:\w+ )?(?:beginnen|starten))"),
    ("course", r"\b(?:cours|formations?|courses?|cursos?|cors[oi]|kurse?|kursen|cursus|cursussen|opleiding\w*|weiterbildung\w*)\b"),
    ("tool", r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*)\b"),
    ("worth", r"\b(?:worth it|worth (?:the|investing)|vaut (?:le coup|la peine)|vale la pena|vale a pena|ne vale la pena|lohnt|de moeite waard|rendabel"
              r"|rentable|rentabile|rentavel)\b"),
]

_PLATFORMS = {"performance max": "Performance Max", "pmax": "Performance Max", "advantage+": "Advantage+", "pinterest": "Pinterest", "tiktok": "TikTok", "instagram": "Instagram", "facebook": "Facebook", "meta": "Meta",
              "linkedin": "LinkedIn", "google": "Google", "youtube": "YouTube", "snapchat": "Snapchat", "x": "X", "threads": "Threads"}


#: "What do you think of X?", "que penses-tu du X ?", "was hältst du von X?", "¿qué opinas del X?", "cosa pensi del X?",
#: "o que você acha do X?", "wat vind je van X?", and "what do you recommend for X?": group ``p`` the preposition, ``x`` the subject.
_OPINION = (r"\b(?:what (?:do|would) you (?:think|make|recommend|suggest) (?P<p1>of|about|for)|(?:your|any) (?:take|view|opinion|thoughts) (?P<p2>on|about)"
            r"|(?:que|qu'est-ce que) (?:tu penses|vous pensez|penses-tu|pensez-vous|tu recommandes|vous recommandez|recommandes-tu|recommandez-vous) (?P<p3>des|du|de la|de l'|de|d'|pour)"
            r"|(?:ton|votre) avis (?P<p4>sur)"
            r"|was (?:haltst du|halten sie|denkst du|denken sie|empfiehlst du|empfehlen sie) (?P<p5>von|fur)|(?:deine|ihre) meinung (?P<p6>zu|zum|zur)"
            r"|que (?:opinas|piensas|opina usted|opina|piensa|recomiendas|recomienda|me recomiendas|me recomienda) (?P<p7>del|de la|de los|de las|de|sobre|para)"
            r"|cosa (?:ne )?(?:pensi|pensa|consigli|consiglia|mi consigli|mi consiglia) (?P<p8>dell'|della|delle|dello|degli|del|dei|di|sul|sulla|su|per)"
            r"|o que (?:(?:voce|vc|tu|o senhor|a senhora) )?(?:acha|achas|pensa|pensas|recomenda|recomendas|me recomenda) (?P<p9>dos|das|do|da|de|sobre|pra|para|pro|pros|pras)"
            r"|wat (?:vind|denk|raad) (?:je|jij|u) (?:van|aan voor|over|voor) ?(?P<p10>)|wat is (?:je|jouw|uw) mening over ?(?P<p11>))\s*(?P<x>[^?!.;:]{2,60})")

#: The lead before the subject, by language and the note's preposition ("" = any other).
_OPINION_LEAD: dict[str, dict[str, str]] = {
    "en": {"": "About {x}"},
    "fr": {"du": "À propos du {x}", "des": "À propos des {x}", "de la": "À propos de la {x}", "de l'": "À propos de l'{x}", "": "À propos de {x}"},
    "de": {"": "Was {x} angeht", "zum": "Zum {x}", "zur": "Zur {x}"},
    "es": {"del": "Sobre el {x}", "de la": "Sobre la {x}", "de los": "Sobre los {x}", "de las": "Sobre las {x}", "": "Sobre {x}"},
    "it": {"del": "Quanto al {x}", "sul": "Quanto al {x}", "della": "Quanto alla {x}", "sulla": "Quanto alla {x}", "dei": "Quanto ai {x}",
           "delle": "Quanto alle {x}", "dello": "Quanto allo {x}", "degli": "Quanto agli {x}", "dell'": "Quanto all'{x}", "": "Quanto a {x}"},
    "pt": {"do": "Sobre o {x}", "da": "Sobre a {x}", "dos": "Sobre os {x}", "das": "Sobre as {x}", "pro": "Sobre o {x}", "pros": "Sobre os {x}",
           "pras": "Sobre as {x}", "": "Sobre {x}"},
    "nl": {"": "Wat {x} betreft"},
}


def opinion(question: str) -> tuple[str, str]:
    """(preposition, subject) of an opinion question ("what do you think of X?", "o que vc recomenda pra X?"), or ("", "").

    >>> opinion("Was hältst du von Threads für kleine Marken?")
    ('von', 'Threads für kleine Marken')
    """
    folded = fold(question)
    m = cre.search(_OPINION, folded)
    if not m:
        return "", ""
    prep = next((g for k, g in m.groupdict().items() if k.startswith("p") and g), "")
    x = question[m.start("x"):m.end("x")]
    x = cre.split(r"\s+(?:in your (?:view|opinion)|selon (?:toi|vous)|deiner meinung nach|en tu opinion|secondo te|na sua opiniao|volgens (?:jou|u))\b|,", x, flags=re.I)[0]
    x = x.strip(" '’\"“”«»-")
    if len(x.split()) > 7:  # "dei contenuti generati dagli utenti per un negozio di vini": the subject, without whom it is for
        x = cre.split(r"\s+(?:per|for|pour|para|pra|fur|für|voor|in|en|em|im|bei|chez|da|dans)\s", x, maxsplit=1)[0]
    if not x or len(x.split()) > 7 or cre.match(r"(?i)(?:it|this|that|ca|cela|das|es|eso|esto|cio|isso|isto|dat|dit|het)\b", fold(x)):
        return "", ""  # "what do you think of it?": no subject named
    return prep, x


def subject(question: str, options: list[str] | None = None) -> tuple[str, list[str]]:
    """(key, options) of a quick practical question, or ("", []) when it names no subject this module knows.
    ``options`` are the question's two choices when it asks "A or B?"."""
    folded = fold(question)
    if not folded.strip():
        return "", []
    found = {key for key, rx in _KEYS if rx and cre.search(rx, folded)}
    prep, x = opinion(question)
    if x and not found - {"tool", "course", "worth"} and not options:
        return "opinion", [x, prep]  # "what do you think of Threads for small brands?": the subject, by name
    if options and len(options) in (2, 3) and not found & {"scene", "cpc", "kwtool"}:
        return "choice", list(options)  # "which certification: Google Ads, HubSpot or Meta Blueprint?": between those, by name
    if {"certs", "course"} <= found:
        course = cre.search(_KEYS[[k for k, _ in _KEYS].index("course")][1], folded)
        cert = cre.search(_KEYS[[k for k, _ in _KEYS].index("certs")][1], folded)
        if course and cert and course.start() < cert.start():
            return "course", []  # "which course to prepare the GA4 certification?": a course is asked for, not a certification
    if {"start", "course"} <= found and not found & {"scene", "cpc", "kwtool", "certs", "budget"}:
        return "start_course", []
    if "scene" in found:
        agencies = cre.search(r"\b(?:agenc(?:es?|ies|ias?)|agenturen|agenzie|agencias|bureaus)\b", folded)
        meetups = cre.search(r"\b(?:meetups?|afterworks?)\b", folded)
        return ("scene" if agencies and meetups else "scene_a" if agencies else "scene_m"), []
    for key, _rx in _KEYS:
        if key in found:
            if key == "worth":
                brands = r"\b(" + "|".join(re.escape(k) for k in _PLATFORMS if len(k) > 1) + r")\b(\s+ads)?"
                worth = cre.search(_KEYS[[k for k, _ in _KEYS].index("worth")][1], folded)
                # "saw your post on Google Ads … is Performance Max worth it?": the platform the "worth" is about
                found_brands = list(cre.finditer(brands, folded))
                brand = min(found_brands, key=lambda b: abs(b.start() - worth.start()) if worth else b.start(), default=None)
                if not brand:
                    return "", []
                first = _PLATFORMS[brand.group(1)] + (" Ads" if brand.group(2) else "")
                other = cre.search(r"\b(?:ou|or|oder|o|of)\b.*?\b(" + "|".join(k for k in _PLATFORMS if len(k) > 1) + r")\b(\s+ads)?", folded[brand.end():])
                if other and other.group(1) != brand.group(1):  # "worth it on TikTok Ads … or rather Instagram?"
                    return "choice", [first, _PLATFORMS[other.group(1)] + (" Ads" if other.group(2) else "")]
                return "worth", [first]
            return key, []
    return "", []


# Per language: the subject's lead ("About certifications"), the call, and what the owner will tell or show.
# Placeholders: {A}/{B} (the options), {X} (a platform); register words {..} are filled from _REG.
_LEADS: dict[str, dict[str, str]] = {
    "en": {"cpc": "About your cost per click", "kwtool": "About keyword research tools", "certs": "About certifications",
           "budget": "About the starting budget", "choice": "To choose between {A} and {B}", "start_course": "About your first steps",
           "start": "As for first steps", "course": "About courses", "tool": "About tools", "worth": "About {X}",
           "scene": "About agencies and meetups", "scene_a": "About agencies", "scene_m": "About meetups"},
    "fr": {"cpc": "Pour le coût par clic", "kwtool": "Pour les outils de recherche de mots-clés", "certs": "Pour les certifications",
           "budget": "Pour le budget de départ", "choice": "Pour choisir entre {A} et {B}", "start_course": "Pour les premiers pas",
           "start": "Pour démarrer", "course": "Pour les formations", "tool": "Pour les outils", "worth": "Pour {X}",
           "scene": "Pour les agences et les meetups", "scene_a": "Pour les agences", "scene_m": "Pour les meetups"},
    "de": {"cpc": "Was die Kosten pro Klick angeht", "kwtool": "Was Keyword-Tools angeht", "certs": "Was die Zertifikate angeht", "budget": "Was das Startbudget angeht",
           "choice": "Was die Wahl zwischen {A} und {B} angeht", "start_course": "Was den Einstieg angeht", "start": "Was den Einstieg angeht", "course": "Was Kurse angeht",
           "tool": "Was Tools angeht", "worth": "Was {X} angeht", "scene": "Was Agenturen und Meetups angeht", "scene_a": "Was Agenturen angeht", "scene_m": "Was Meetups angeht"},
    "es": {"cpc": "Sobre el coste por clic", "kwtool": "Sobre las herramientas de keyword research", "certs": "Sobre las certificaciones",
           "budget": "Sobre el presupuesto para empezar", "choice": "Para elegir entre {A} y {B}", "start_course": "Sobre los primeros pasos",
           "start": "En cuanto a los primeros pasos", "course": "Sobre los cursos", "tool": "Sobre las herramientas", "worth": "Sobre {X}",
           "scene": "Sobre agencias y meetups", "scene_a": "Sobre agencias", "scene_m": "Sobre meetups"},
    "it": {"cpc": "Quanto al costo per clic", "kwtool": "Quanto agli strumenti per le keyword", "certs": "Quanto alle certificazioni",
           "budget": "Quanto al budget iniziale", "choice": "Per scegliere tra {A} e {B}", "start_course": "Quanto ai primi passi",
           "start": "Quanto al punto di partenza", "course": "Quanto alla scelta del corso", "tool": "Quanto agli strumenti", "worth": "Quanto a {X}",
           "scene": "Quanto ad agenzie e meetup", "scene_a": "Quanto alle agenzie", "scene_m": "Quanto ai meetup"},
    "pt": {"cpc": "Sobre o custo por clique", "kwtool": "Sobre as ferramentas de pesquisa de palavras-chave", "certs": "Sobre as certificações",
           "budget": "Sobre o orçamento inicial", "choice": "Para escolher entre {A} e {B}", "start_course": "Sobre os primeiros passos",
           "start": "Quanto aos primeiros passos", "course": "Sobre os cursos", "tool": "Sobre as ferramentas", "worth": "Sobre {X}",
           "scene": "Sobre agências e meetups", "scene_a": "Sobre agências", "scene_m": "Sobre meetups"},
    "nl": {"cpc": "Wat de kosten per klik betreft", "kwtool": "Wat zoekwoordtools betreft", "certs": "Wat certificeringen betreft", "budget": "Wat het startbudget betreft",
           "choice": "Om te kiezen tussen {A} en {B}", "start_course": "Wat de eerste stappen betreft", "start": "Wat de start betreft",
           "course": "Wat cursussen betreft", "tool": "Wat tools betreft", "worth": "Wat {X} betreft", "scene": "Wat bureaus en meetups betreft", "scene_a": "Wat bureaus betreft", "scene_m": "Wat meetups betreft"},
}

#: How she answers: the first words before the deliver phrase ({p} her pronoun to the sender), the word of goodwill put
#: after its verb, and the two ways she offers (in writing here, or a short call if they prefer): (informal, formal).
_OFFER: dict[str, tuple[str, str]] = {
    "en": ("I'm happy to {d}: I can write back here, or we can have a quick 15-minute call next week if you'd rather.",
           "I'm happy to {d}: I can write back here, or we can have a quick 15-minute call next week if you prefer."),
    "fr": ("je te {d} : ici par écrit, ou lors d'un appel de 15 minutes la semaine prochaine si tu préfères.",
           "je vous {d} : ici par écrit, ou lors d'un appel de 15 minutes la semaine prochaine si vous préférez."),
    "de": ("{d}: hier schriftlich oder, wenn dir das lieber ist, nächste Woche in 15 Minuten am Telefon.",
           "{d}: hier schriftlich oder, wenn Ihnen das lieber ist, nächste Woche in 15 Minuten am Telefon."),
    "es": ("te {d}: por escrito aquí o, si lo prefieres, en una llamada de 15 minutos la semana que viene.",
           "le {d}: por escrito aquí o, si lo prefiere, en una llamada de 15 minutos la semana que viene."),
    "it": ("ti {d}: per iscritto qui o, se preferisci, in una chiamata di 15 minuti la prossima settimana.",
           "Le {d}: per iscritto qui o, se preferisce, in una chiamata di 15 minuti la prossima settimana."),
    "pt-BR": ("eu te {d}: por escrito aqui ou, se preferir, numa conversa de 15 minutos na semana que vem.",
              "eu lhe {d}: por escrito aqui ou, se preferir, numa conversa de 15 minutos na próxima semana."),
    "pt": ("{d}: por escrito aqui ou, se preferires, numa chamada de 15 minutos na próxima semana.",
           "{d}: por escrito aqui ou, se preferir, numa chamada de 15 minutos na próxima semana."),
    "nl": ("{d}: hier op schrift, of in een belletje van 15 minuten volgende week als je dat liever hebt.",
           "{d}: hier op schrift, of in een gesprek van 15 minuten volgende week als u dat liever hebt."),
}
#: The word of goodwill and where it goes: after the first word of the deliver phrase ("dirai volontiers …"), or after the
#: pronoun ("sage ich dir gern, …"); English says it before ("I'm happy to …").
_GLAD: dict[str, tuple[str, str]] = {"fr": ("volontiers", "verb"), "de": ("gern", "pronoun"), "es": ("con gusto", "verb"),
                                     "it": ("volentieri", "verb"), "pt-BR": ("com prazer", "verb"), "pt": ("com gosto", "verb"),
                                     "nl": ("graag", "pronoun")}

#: What she will tell or show, after the call's pronoun ("I'll …", "Je te …", "Dann …"); {place}/{case} are register words.
_DELIVER: dict[str, dict[str, str]] = {
    "en": {"opinion": "tell you how I see it", "cpc": "walk you through the levers I'd check first", "kwtool": "show you what I use and how", "tool": "show you what I use and how",
           "certs": "tell you which one I'd take if I were you, and why", "budget": "tell you how I'd set it in your case",
           "course": "tell you which ones I'd pick if I were you", "start": "tell you what I'd do first in your case",
           "start_course": "tell you where I'd start and which course I'd pick if I were you", "choice": "tell you which one I'd start with in your case",
           "worth": "tell you whether I'd go for it in your case"},
    "fr": {"opinion": "dirai ce que j'en pense", "cpc": "montrerai les leviers que je regarderais en premier", "kwtool": "montrerai ce que j'utilise et comment",
           "tool": "montrerai ce que j'utilise et comment", "certs": "dirai laquelle je choisirais à {place}, et pourquoi",
           "budget": "dirai comment je le fixerais dans {case}", "course": "dirai lesquelles je choisirais à {place}",
           "start": "dirai ce que je ferais en premier dans {case}", "start_course": "dirai par où je commencerais et quelle formation je choisirais à {place}",
           "choice": "dirai par lequel je commencerais dans {case}", "worth": "dirai si je me lancerais dans {case}"},
    "de": {"opinion": "sage ich {dir}, wie ich das sehe", "cpc": "zeige ich {dir} die Hebel, die ich zuerst prüfen würde", "kwtool": "zeige ich {dir}, was ich nutze und wie",
           "tool": "zeige ich {dir}, was ich nutze und wie", "certs": "sage ich {dir}, welches ich an {place} machen würde und warum",
           "budget": "sage ich {dir}, wie ich es in {case} ansetzen würde", "course": "sage ich {dir}, welche ich an {place} wählen würde",
           "start": "sage ich {dir}, wo ich in {case} anfangen würde", "start_course": "sage ich {dir}, wo ich anfangen und welchen Kurs ich wählen würde",
           "choice": "sage ich {dir}, womit ich in {case} anfangen würde", "worth": "sage ich {dir}, ob ich es in {case} machen würde"},
    "es": {"opinion": "cuento cómo lo veo", "cpc": "enseño las palancas que revisaría primero", "kwtool": "enseño lo que uso y cómo", "tool": "enseño lo que uso y cómo",
           "certs": "digo cuál haría yo en {place} y por qué", "budget": "digo cómo lo plantearía en {case}",
           "course": "digo cuáles elegiría en {place}", "start": "digo qué haría primero en {case}",
           "start_course": "digo qué haría primero y qué curso elegiría en {place}", "choice": "digo por cuál empezaría en {case}",
           "worth": "digo si yo lo haría en {case}"},
    "it": {"opinion": "dico come la vedo", "cpc": "mostro le leve che guarderei per prime", "kwtool": "mostro cosa uso e come", "tool": "mostro cosa uso e come",
           "certs": "dico quale farei {place} e perché", "budget": "dico come lo imposterei {case}", "course": "dico quali sceglierei {place}",
           "start": "dico cosa farei per prima cosa {case}", "start_course": "dico da dove partirei e quale corso sceglierei {place}",
           "choice": "dico da quale partirei {case}", "worth": "dico se ci investirei {case}"},
    "pt-BR": {"opinion": "digo o que eu acho", "cpc": "mostro as alavancas que eu olharia primeiro", "kwtool": "mostro o que eu uso e como", "tool": "mostro o que eu uso e como",
              "certs": "digo qual eu faria no seu lugar, e por quê", "budget": "digo como eu definiria no seu caso",
              "course": "digo quais eu escolheria no seu lugar", "start": "digo o que eu faria primeiro no seu caso",
              "start_course": "digo por onde eu começaria e que curso escolheria no seu lugar", "choice": "digo por qual eu começaria no seu caso",
              "worth": "digo se eu investiria nisso no seu caso"},
    "pt": {"opinion": "Digo{te} o que penso", "cpc": "Mostro{te} as alavancas que veria primeiro", "kwtool": "Mostro{te} o que uso e como", "tool": "Mostro{te} o que uso e como",
           "certs": "Digo{te} qual faria no {place}, e porquê", "budget": "Digo{te} como o definiria no {case}",
           "course": "Digo{te} quais escolheria no {place}", "start": "Digo{te} o que faria primeiro no {case}",
           "start_course": "Digo{te} por onde começaria e que curso escolheria no {place}", "choice": "Digo{te} por qual começaria no {case}",
           "worth": "Digo{te} se investiria nisso no {case}"},
    "nl": {"opinion": "vertel ik {je} hoe ik ertegen aankijk", "cpc": "laat ik {je} zien welke knoppen ik als eerste zou checken", "kwtool": "laat ik {je} zien wat ik gebruik en hoe",
           "tool": "laat ik {je} zien wat ik gebruik en hoe", "certs": "vertel ik {je} welke ik in {place} zou doen, en waarom",
           "budget": "vertel ik {je} hoe ik het in {case} zou aanpakken", "course": "vertel ik {je} welke ik in {place} zou kiezen",
           "start": "vertel ik {je} wat ik in {case} als eerste zou doen", "start_course": "vertel ik {je} waar ik zou beginnen en welke cursus ik zou kiezen",
           "choice": "vertel ik {je} waarmee ik in {case} zou beginnen", "worth": "vertel ik {je} of ik het in {case} zou doen"},
}

_REG: dict[str, tuple[dict[str, str], dict[str, str]]] = {  # (informal, formal) register words
    "en": ({}, {}),
    "fr": ({"place": "ta place", "case": "ton cas"}, {"place": "votre place", "case": "votre cas"}),
    "de": ({"dir": "dir", "place": "deiner Stelle", "case": "deinem Fall"}, {"dir": "Ihnen", "place": "Ihrer Stelle", "case": "Ihrem Fall"}),
    "es": ({"place": "tu lugar", "case": "tu caso"}, {"place": "su lugar", "case": "su caso"}),
    "it": ({"place": "al tuo posto", "case": "nel tuo caso"}, {"place": "al Suo posto", "case": "nel Suo caso"}),
    "pt-BR": ({}, {}),
    "pt": ({"te": "-te", "place": "teu lugar", "case": "teu caso"}, {"te": "-lhe", "place": "seu lugar", "case": "seu caso"}),
    "nl": ({"je": "je", "place": "jouw plaats", "case": "jouw geval"}, {"je": "u", "place": "uw plaats", "case": "uw geval"}),
}

_SCENE: dict[str, tuple[str, str]] = {  # names are hers to give: she sends them, this week
    "en": ("I'll send you a few names here this week.", "I'll send you a few names here this week."),
    "fr": ("je t'envoie quelques noms ici cette semaine.", "je vous envoie quelques noms ici cette semaine."),
    "de": ("Ich schicke dir diese Woche hier ein paar Namen.", "Ich schicke Ihnen diese Woche hier ein paar Namen."),
    "es": ("te paso algunos nombres por aquí esta semana.", "le paso algunos nombres por aquí esta semana."),
    "it": ("ti mando qui qualche nome questa settimana.", "Le mando qui qualche nome questa settimana."),
    "pt-BR": ("te mando alguns nomes por aqui esta semana.", "envio alguns nomes por aqui esta semana."),
    "pt": ("envio-te alguns nomes por aqui esta semana.", "envio-lhe alguns nomes por aqui esta semana."),
    "nl": ("ik stuur je deze week hier een paar namen.", "ik stuur u deze week hier een paar namen."),
}


def answer(lang: str, key: str, options: list[str], *, informal: bool) -> str:
    """The sentence naming the question's subject and the next step, in ``lang`` ("fr", "pt-BR", …), or ""."""
    base = lang if lang in _LEADS else lang.split("-")[0]
    if not key or base not in _LEADS or key not in _LEADS[base] and key != "opinion":
        return ""
    first = {"en": ", ", "fr": ", ", "de": ", ", "es": ", ", "it": ", ", "pt": ", ", "nl": ", "}[base].join(options[:-1]) if len(options) > 2 else ""
    lead = "" if key == "opinion" else _LEADS[base][key].format(A=first or (options[0] if options else ""), B=options[-1] if len(options) > 1 else "",
                                    X=options[0] if options else "")
    if key == "opinion":
        if not options or base not in _OPINION_LEAD:
            return ""
        leads = _OPINION_LEAD[base]
        lead = leads.get(options[1] if len(options) > 1 else "", leads[""]).format(x=options[0])
    code = lang if lang in _OFFER else base
    reg = _REG[code][0 if informal else 1]
    sep = " : " if base == "fr" else ": "
    if key.startswith("scene"):
        return lead + sep + _SCENE[code][0 if informal else 1]
    deliver = _DELIVER[code][key].format(**reg)
    glad = _GLAD.get(code)
    if glad:
        word, where = glad
        if where == "verb":
            verb, _, rest = deliver.partition(" ")
            deliver = f"{verb} {word} {rest}"
        else:  # after the pronoun: "sage ich dir gern, …", "vertel ik je graag …"
            pron = reg.get("dir") or reg.get("je") or ""
            deliver = deliver.replace(f" {pron}", f" {pron} {word}", 1) if pron else f"{deliver} {word}"
    if code == "pt":
        deliver = deliver[:1].lower() + deliver[1:]  # "Digo-te" after the lead's comma: "digo-te com gosto …"
    offer = _OFFER[code][0 if informal else 1].format(d=deliver)
    return lead + ", " + offer
