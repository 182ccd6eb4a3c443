"""A quick practical question, answered by name.

"A tip to lower my cost per click?", "which keyword tool do you use?", "which certifications?", "where would you
start, SEO or ads?", "is 300 €/month enough?": the owner's expert opinion is hers to give, but a draft must name
the question's subject, never answer "it depends on your situation" to a note that gives the situation, and end on
a concrete next step (she asks the one fact she needs and says what she will then tell), never a bare holding "I'll
reply here today" nor a formulaic "in writing here or in a 15-minute call". :func:`subject` reads the subject from the question (a key the draft's language names in its own
grammar); :func:`answer` writes the sentence.

>>> subject("Tu aurais une astuce pour baisser le coût par clic ?")
('cpc', [])
>>> subject("where would you start, SEO or ads? any advice appreciated", ['SEO', 'ads'])
('choice', ['SEO', 'ads'])
>>> answer("en", "certs", [], informal=True)
"About certifications: tell me where you stand today, and I'll tell you which one I'd take if I were you, and why."
"""

from __future__ import annotations

import re

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: Local events or communities asked for to meet people of the trade (folded): "which local events or communities would you
#: recommend to meet people in the field?", "quels événements locaux pour rencontrer des gens du métier ?", "¿qué eventos o
#: comunidades para conocer gente del sector?": where to find meetups, never only a call.
_SCENE_GATHERINGS = (r"\b(?:events?|communit(?:y|ies)|evenements?|communautes?|eventos?|comunidades?|eventi|comunita|veranstaltungen|events"
                     r"|netzwerke?|evenementen|communities|gemeenschappen)\b[^.?!\n]{0,60}?\b(?:to meet (?:people|other|marketers|folks)"
                     r"|(?:pour )?rencontrer (?:des gens|du monde|d'autres)|(?:para )?conocer (?:a )?(?:gente|personas|otros)|(?:per )?conoscere (?:gente|persone|altri)"
                     r"|(?:para )?conhecer (?:pessoas|gente|outros)|(?:um )?(?:leute|menschen|andere) (?:\w+ )?kennenzulernen|(?:om )?(?:mensen|anderen) (?:te )?(?:leren kennen|ontmoeten)"
                     r"|to network|pour (?:reseauter|networker)|para (?:hacer networking|networking)|per fare networking|zum netzwerken|om te netwerken)")

#: Employers a job seeker asks which to approach ("companies I should approach", "entreprises à contacter", "empresas a
#: las que dirigirme", "aziende da contattare", "Firmen, bei denen ich mich bewerben sollte", "bedrijven om te benaderen")
#: (folded): where to look, like agencies, never a choice between "the market or companies".
_SCENE_EMPLOYERS = (r"\b(?:companies|employers|entreprises|boites|employeurs|empresas|empleadores|aziende|societa|unternehmen|firmen|arbeitgeber|bedrijven|werkgevers)\b"
                    r"[^.?!\n]{0,30}?\b(?:approach\w*|contact\w*|target\w*|apply|reach out|postuler|cibler|dirigir\w*|candidat\w*|enviar|mandar|contatt\w*|rivolger\w*"
                    r"|bewerb\w*|ansprech\w*|anschreib\w*|benader\w*|solliciter\w*|aanschrijven)\b")

#: (key, pattern on the folded question), the most specific first.
_KEYS: list[tuple[str, str]] = [
    ("scene", r"\b(?:agenc(?:es?|ies|ias?|y)|agenturen?|agenzi[ae]|agencias|agencias?|bureaus|(?:marketing|reclame|seo|online|sea|social[- ]media)-?bureaus?|meetups?|afterworks?)\b|" + _SCENE_GATHERINGS + "|" + _SCENE_EMPLOYERS),
    ("cpc", r"\b(?:cpc|cout par clic|cost per click|cost-per-click|coste por clic|costo por clic|costo per clic|custo por clique"
            r"|kosten pro klick|klickpreis\w*|kosten per klik|cout du clic)\b"),
    ("kwtool", r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*|software)\b.{0,40}\b(?:keyword\w*|mots?[- ]cles?"
               r"|palabras? clave|parole chiave|palavras?[- ]chave|zoekwoord\w*|schlusselw\w*|suchbegriff\w*)"
               r"|\b(?:keyword\w*|mots?[- ]cles?|palabras? clave|parole chiave|palavras?[- ]chave|zoekwoord\w*|schlusselw\w*)\b.{0,40}"
               r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*|software)\b"),
    ("certs", r"\b(?:certif\w*|certs?|zertifi\w*)\b"),
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
    ("worth", r"\b(?:worth it|worth (?:the|investing)|(?:vaut|valait|vaudrait) (?:le coup|la peine)|(?:vale|valga|merece|valdria) la pena|(?:vale|valeria|valha) a pena"
              r"|ne vale la pena|lohnt|lohnen|de moeite waard|rendabel|zinvol|sinnvoll|ha senso|a du sens|tiene sentido|faz sentido|heeft zin"
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
    "es": {"del": "Sobre el {x}", "de la": "Sobre la {x}", "de los": "Sobre los {x}", "de las": "Sobre las {x}", "para": "Para {x}", "": "Sobre {x}"},
    "it": {"del": "Quanto al {x}", "sul": "Quanto al {x}", "della": "Quanto alla {x}", "sulla": "Quanto alla {x}", "dei": "Quanto ai {x}",
           "delle": "Quanto alle {x}", "dello": "Quanto allo {x}", "degli": "Quanto agli {x}", "dell'": "Quanto all'{x}", "": "Quanto a {x}"},
    "pt": {"do": "Sobre o {x}", "da": "Sobre a {x}", "dos": "Sobre os {x}", "das": "Sobre as {x}", "pro": "Sobre o {x}", "pros": "Sobre os {x}",
           "pras": "Sobre as {x}", "": "Sobre {x}"},
    "nl": {"": "Wat {x} betreft"},
}


#: The sender's first person inside the subject, said to them (base language: (pattern, informal, formal)):
#: "para especializarme" → "para especializarte", "per il mio negozio" → "per il tuo negozio", "for my shop" → "for your shop".
_YOU_FORMS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "es": ((r"\b(\w+?)(ar|er|ir)me\b", r"\1\2te", r"\1\2se"), (r"\bmis\b", "tus", "sus"), (r"\bmi\b", "tu", "su")),
    "it": ((r"\b(\w+?)(ar|er|ir)mi\b", r"\1\2ti", r"\1\2si"), (r"\b(il|lo) mio\b", r"\1 tuo", r"\1 Suo"), (r"\bla mia\b", "la tua", "la Sua"),
           (r"\bi miei\b", "i tuoi", "i Suoi"), (r"\ble mie\b", "le tue", "le Sue")),
    "pt": ((r"\b(\w+?)(ar|er|ir)-me\b", r"\1\2-te", r"\1\2-se"), (r"\b(?:o )?meu\b", "o teu", "o seu"), (r"\b(?:a )?minha\b", "a tua", "a sua"),
           (r"\b(?:os )?meus\b", "os teus", "os seus"), (r"\b(?:as )?minhas\b", "as tuas", "as suas")),
    "fr": ((r"\bme (?=[a-zàâéèêîôû]+(?:er|ir|re)\b)", "te ", "vous "), (r"\bm'(?=[a-zàâéèêîôûh])", "t'", "vous "), (r"\bmon\b", "ton", "votre"),
           (r"\bma\b", "ta", "votre"), (r"\bmes\b", "tes", "vos")),
    "en": ((r"\bmy\b", "your", "your"), (r"\bme\b", "you", "you"), (r"\bmyself\b", "yourself", "yourself")),
}


def _to_you(x: str, base: str, informal: bool) -> str:
    """The subject of an opinion question with the sender's first person turned to the second ("especializarme" →
    "especializarte"): the lead speaks to them, never in their words."""
    for rx, tu, vous in _YOU_FORMS.get(base, ()):
        x = cre.sub(rx, tu if informal else vous, x)
    return x


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


#: A certificate asked of the owner's own training ("gibt es am Ende ein Zertifikat?", "do you issue a certificate?",
#: "tes formations sont certifiantes ?"): a question about her offer, never "which certification should I take".
_OWN_CERT = (r"\b(?:am ende|zum abschluss|nach (?:der|dem|deiner|ihrer) (?:schulung|kurs|workshop|training)|at the end|afterwards|a la fin|al final"
             r"|alla fine|no final|ao final|aan het eind\w*|na afloop|do you (?:give|issue|provide|offer|deliver)|you (?:give|issue|provide|deliver)"
             r"|bei dir|bei ihnen|stellst du|stellen sie|bekommt man|bekomme ich|erhalt man|erhalte ich|gibst du|geben sie"
             r"|(?:your|deine[mnrs]?|ihre[mnrs]?|tes|vos|ta|votre|tus|sus|tu|su|i tuoi|i suoi|il tuo|il suo|teus|seus|os teus|os seus|je|jouw|uw)"
             r" (?:trainings?|courses?|workshops?|schulung\w*|kurs\w*|formations?|cursos?|talleres?|formaci\w*|cors[oi]|formazion\w*|treinamentos?|cursus\w*|opleiding\w*)"
             r"|certifiante?s?|delivres?|delivrez|delivre[sz]?-tu|on (?:recoit|obtient)|se (?:recibe|obtiene|entrega)|si (?:riceve|ottiene)|(?:recebe|obtem)-se|krijg je|krijgt u)\b")


#: An option that names only a kind of learning ("formations", "certifs", "courses"), no course of its own.
_GENERIC_OPTION = (r"(?:(?:des|de|les|d'|some|any|the|a|an|un|une|una|uno|um|uma|unos|unas|algun\w*|dei|delle|degli|alcun\w*|uns|umas|algun\w*|ein\w*|welche|een)\s*)?"
                   # "een goede opleiding of certificering?", "a good course or a certification?": a kind of learning with a
                   # plain "good" is still no course of its own
                   r"(?:(?:good|great|bonnes?|bons?|buen[oa]?s?|buon[oa]?|buone|boas?|gute[nrs]?|gute|goede?)\s+)?"
                   r"(?:formations?|certifs?|certifications?|cours|courses?|certificat(?:e|es|ions?)|certs?|cursos?|certificaciones|certificados?"
                   r"|corsi|corso|certificazioni?|kurse?|zertifikate?|zertifizierung(?:en)?|weiterbildung(?:en)?|cursus(?:sen)?|certificaten|certificaat"
                   r"|certificering(?:en)?|opleidingen|opleiding|formacoes|formacao|certificacoes|certificacao|formacion"
                   r"|trainings?|schulungen|schulung|formaciones|formazioni|formazione)(?:\s+(?:a faire|to take|to do|a hacer|da fare|zu machen|para fazer|om te doen))?")


#: A subordinate clause's verb left at the end of "für …" / "voor …" ("für die Planung empfiehlst", "voor heatmaps gebruikt"):
#: German nouns keep their capital, so a lowercase last word is the verb; Dutch verbs are named.
#: Google as the search engine that judges a page ("o Google considera conteúdo duplicado", "will Google see it as
#: duplicate?", "Google straft das ab"): the engine, never an ad platform whose worth is asked ("Sobre Google, …").
_ENGINE_JUDGES = (r"google\s+(?:(?:lo|la|li|le|les|l'|o|a|os|as|se|it|them|das|dat|het|ze)\s*)?(?:(?:ne|nao|no|non|niet|nicht|will|would|may|might|could|va|vai|puede|pode|kann|wird|zal|kan)\s+)?"
                  r"(?:consider\w*|sees?|seeing|view\w*|treats?|penali[sz]\w*|punish\w*|counts?|index\w*|ranks?|reads?|judges?|flags?"
                  r"|regards?|prefers?|understands?|detects?|voit|verra|trait\w*|juge\w*|compte\w*|prefere\w*|comprend\w*|detect\w*|ve|vea"
                  r"|vera|penaliz\w*|castig\w*|trata\w*|cuenta\w*|entiende\w*|vede|vedra|tratta|conta|penalizz\w*|capisce|acha|entende"
                  r"|sieht|wertet|bewertet|betrachtet|straft|zahlt|erkennt|versteht|ziet|beschouwt|bestraft|telt|rekent|begrijpt|herkent"
                  r"|indexeert|interpret\w*)\b")
#: The same with the verb first (German and Dutch word order: "oder straft Google das ab?", "ziet Google dat als duplicaat?").
_ENGINE_JUDGES_BEFORE = (r"\b(?:sieht|wertet|bewertet|betrachtet|straft|zahlt|erkennt|versteht|ziet|beschouwt|bestraft|telt|rekent|begrijpt"
                         r"|herkent|indexeert)\s+$")
_TRAIL_VERB_DE = r"(?<=\S)\s+(?-i:[a-zäöüß]\w*)(?:\s+(?-i:[a-zäöüß]\w*))?$"
_TRAIL_VERB_NL = (r"(?i)(?<=\S)\s+(?:(?:zou|zouden|kunt|kan|moet)\s+)?(?:gebruik\w*|aanraadt|aanraden|aan\s+raadt|raadt|adviseert|aanbeveelt|inzet"
                  r"|inzetten|neemt|nemen|kiest|kiezen)$")


def _engine_judges(folded: str, brand: re.Match[str]) -> bool:
    """Is this bare "google" the search engine judging a page ("ou o Google considera conteúdo duplicado?"), not a
    platform whose worth is asked?"""
    return not brand.group(2) and bool(cre.match(_ENGINE_JUDGES, folded[brand.start():])
                                       or cre.search(_ENGINE_JUDGES_BEFORE, folded[:brand.start()]))


def generic_choice(options: list[str] | tuple[str, ...]) -> bool:
    """Do the options name only kinds of learning ("een goede opleiding of certificering?", "formations ou certifs ?"),
    never two courses of their own? Such a question asks which course to take, not a choice between the two.

    >>> generic_choice(["goede opleiding", "certificering"]), generic_choice(["Google Ads", "Meta Blueprint"])
    (True, False)
    """
    return bool(options) and all(cre.fullmatch(_GENERIC_OPTION, fold(o).strip(" .?!")) for o in options)


def subject(question: str, options: list[str] | None = None) -> tuple[str, list[str]]:
    """(key, options) of a quick practical question, or ("", []) when it names no subject this module knows.
    ``options`` are the question's two choices when it asks "A or B?"."""
    folded = fold(question)
    if not folded.strip():
        return "", []
    found = {key for key, rx in _KEYS if rx and cre.search(rx, folded)}
    if "certs" in found and cre.search(_OWN_CERT, folded):
        found.discard("certs")  # "gibt es bei dir am Ende ein Zertifikat?": her own training's paper, not which one to take
    prep, x = opinion(question)
    if x and not found - {"tool", "course", "worth"} and not options:
        return "opinion", [x, prep]  # "what do you think of Threads for small brands?": the subject, by name
    if options and generic_choice(options):
        options = None  # "des formations ou des certifs à faire en priorité ?": which ones first, never a choice between kinds
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
        agencies = cre.search(r"\b(?:agenc(?:es?|ies|ias?|y)|agenturen?|agenzi[ae]|agencias|agencias?|bureaus|(?:marketing|reclame|seo|online|sea|social[- ]media)-?bureaus?)\b", folded) or cre.search(_SCENE_EMPLOYERS, folded)
        meetups = cre.search(r"\b(?:meetups?|afterworks?)\b", folded) or cre.search(_SCENE_GATHERINGS, folded)
        return ("scene" if agencies and meetups else "scene_a" if agencies else "scene_m"), []
    if found == {"tool"} or found == {"tool", "worth"}:
        # "which tool do you use for heatmaps?": what the tool is for, named in the answer, never "tell me what it's for"
        m = cre.search(r"\b(?:outils?|tools?|herramientas?|strument[oi]|ferramentas?|werkzeug\w*)\b[^?.!;:]{0,30}?\b(for|pour|para|pra|per|fur|voor|to(?= (?:measure|track|monitor|analy[sz]e)\b))\s+([^?.!;:,]{3,50})", folded)
        if m and len(m.group(2).split()) <= 7:
            start, end = m.start(1), m.end(2)
            lead = question[start:end].strip()
            if m.group(1) in ("fur", "voor"):
                # "welche Tools du für die Planung empfiehlst?", "welke tools je voor de planning gebruikt?": the clause's verb
                # at its end is no part of what the tool is for ("Für die Planung empfiehlst hängt …" is broken German)
                lead = cre.sub(_TRAIL_VERB_DE if m.group(1) == "fur" else _TRAIL_VERB_NL, "", lead)
            return "tool_for", [lead]
    for key, _rx in _KEYS:
        if key in found:
            if key == "worth":
                brands = r"\b(" + "|".join(re.escape(k) for k in _PLATFORMS if len(k) > 1) + r")\b(\s+ads)?"
                worth = cre.search(_KEYS[[k for k, _ in _KEYS].index("worth")][1], folded)
                # "saw your post on Google Ads … is Performance Max worth it?": the platform the "worth" is about
                found_brands = [b for b in cre.finditer(brands, folded) if not _engine_judges(folded, b)]
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

#: How she answers: she asks the one fact she needs, then says what she will tell ({d} the deliver phrase, its pronoun
#: before it): (informal, formal). Never a formulaic "here in writing or in a 15-minute call".
_OFFER: dict[str, tuple[str, str]] = {
    "en": ("{ask}, and I'll {d}.", "{ask}, and I'll {d}."),
    "fr": ("{ask}, et je te {d}.", "{ask}, et je vous {d}."),
    "de": ("{ask}, dann {d}.", "{ask}, dann {d}."),
    "es": ("{ask} y te {d}.", "{ask} y le {d}."),
    "it": ("{ask} e ti {d}.", "{ask} e Le {d}."),
    "pt-BR": ("{ask} e eu te {d}.", "{ask} e eu lhe {d}."),
    "pt": ("{ask} e {d}.", "{ask} e {d}."),
    "nl": ("{ask}, dan {d}.", "{ask}, dan {d}."),
}

#: Which fact she needs, by the question's subject: where they stand (a course, a certificate, a first step), their
#: business and budget (a choice, whether it is worth it; the budget alone when the note names the shop), what a tool
#: is for, their sector and cost per click, their goal and what a sale brings.
_NEED_KEY = {"certs": "where", "course": "where", "start_course": "where", "start": "where", "choice": "sit", "worth": "sit",
             "opinion": "sit", "kwtool": "tool", "tool": "tool", "cpc": "cpc", "budget": "budget"}
_NEED: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"goal": ("tell me where you stand and what you're aiming for", "tell me where you stand and what you are aiming for"),
           "tried": ("tell me what you've tried so far", "tell me what you have tried so far"),
           "where": ("tell me where you stand today", "tell me where you stand today"),
           "sit": ("tell me a little about your business and your budget", "tell me a little about your business and your budget"),
           "sitn": ("tell me a little about your business", "tell me a little about your business"),
           "sitb": ("tell me roughly what budget you have", "tell me roughly what budget you have"),
           "tool": ("tell me what you'd use it for", "tell me what you would use it for"),
           "cpc": ("tell me your sector and what you pay per click today", "tell me your sector and what you pay per click today"),
           "budget": ("tell me your goal and what a sale brings you", "tell me your goal and what a sale brings you")},
    "fr": {"goal": ("dis-moi où tu en es et ce que tu vises", "dites-moi où vous en êtes et ce que vous visez"),
           "tried": ("dis-moi ce que tu as déjà essayé", "dites-moi ce que vous avez déjà essayé"),
           "where": ("dis-moi où tu en es", "dites-moi où vous en êtes"),
           "sit": ("parle-moi un peu de ton activité et de ton budget", "parlez-moi un peu de votre activité et de votre budget"),
           "sitn": ("parle-moi un peu de ton activité", "parlez-moi un peu de votre activité"),
           "sitb": ("dis-moi à peu près quel budget tu as", "dites-moi à peu près de quel budget vous disposez"),
           "tool": ("dis-moi ce que tu veux en faire", "dites-moi ce que vous voulez en faire"),
           "cpc": ("dis-moi ton secteur et ton coût par clic actuel", "indiquez-moi votre secteur et votre coût par clic actuel"),
           "budget": ("dis-moi ton objectif et ce que te rapporte une vente", "dites-moi votre objectif et ce que vous rapporte une vente")},
    "de": {"goal": ("erzähl mir kurz, wo du stehst und wo du hinwillst", "erzählen Sie mir kurz, wo Sie stehen und wo Sie hinwollen"),
           "tried": ("sag mir, was du schon ausprobiert hast", "sagen Sie mir, was Sie schon ausprobiert haben"),
           "where": ("erzähl mir kurz, wo du gerade stehst", "erzählen Sie mir kurz, wo Sie gerade stehen"),
           "sit": ("erzähl mir kurz etwas über dein Geschäft und dein Budget", "erzählen Sie mir kurz etwas über Ihr Geschäft und Ihr Budget"),
           "sitn": ("erzähl mir kurz, was du anbietest und für wen", "erzählen Sie mir kurz, was Sie anbieten und für wen"),
           "sitb": ("sag mir ungefähr, welches Budget du hast", "sagen Sie mir ungefähr, welches Budget Sie haben"),
           "tool": ("sag mir, wofür du es brauchst", "sagen Sie mir, wofür Sie es brauchen"),
           "cpc": ("nenn mir deine Branche und deine aktuellen Klickpreise", "nennen Sie mir Ihre Branche und Ihre aktuellen Klickpreise"),
           "budget": ("nenn mir dein Ziel und was dir ein Verkauf einbringt", "nennen Sie mir Ihr Ziel und was Ihnen ein Verkauf einbringt")},
    "es": {"goal": ("cuéntame en qué punto estás y qué quieres conseguir", "cuénteme en qué punto está y qué quiere conseguir"),
           "tried": ("cuéntame qué has probado hasta ahora", "cuénteme qué ha probado hasta ahora"),
           "where": ("cuéntame en qué punto estás", "cuénteme en qué punto está"),
           "sit": ("cuéntame un poco de tu negocio y tu presupuesto", "cuénteme un poco sobre su negocio y su presupuesto"),
           "sitn": ("cuéntame un poco de tu negocio", "cuénteme un poco sobre su negocio"),
           "sitb": ("dime más o menos qué presupuesto tienes", "dígame más o menos de qué presupuesto dispone"),
           "tool": ("dime para qué lo necesitas", "dígame para qué lo necesita"),
           "cpc": ("dime tu sector y cuánto pagas ahora por clic", "dígame su sector y cuánto paga ahora por clic"),
           "budget": ("dime tu objetivo y cuánto te deja una venta", "dígame su objetivo y cuánto le deja una venta")},
    "it": {"goal": ("dimmi a che punto sei e qual è il tuo obiettivo", "mi dica a che punto è e qual è il Suo obiettivo"),
           "tried": ("dimmi cosa hai già provato", "mi dica cosa ha già provato"),
           "where": ("dimmi a che punto sei", "mi dica a che punto è"),
           "sit": ("raccontami un po' della tua attività e del tuo budget", "mi racconti un po' della Sua attività e del Suo budget"),
           "sitn": ("raccontami un po' della tua attività", "mi racconti un po' della Sua attività"),
           "sitb": ("dimmi più o meno che budget hai", "mi dica più o meno di che budget dispone"),
           "tool": ("dimmi a cosa ti serve", "mi dica a cosa Le serve"),
           "cpc": ("dimmi il tuo settore e quanto paghi oggi a clic", "mi dica il Suo settore e quanto paga oggi a clic"),
           "budget": ("dimmi il tuo obiettivo e quanto ti rende una vendita", "mi dica il Suo obiettivo e quanto Le rende una vendita")},
    "pt-BR": {"goal": ("me conta em que ponto você está e qual é o seu objetivo", "me conte em que ponto está e qual é o seu objetivo"),
           "tried": ("me conta o que você já testou", "me conte o que já testou"),
           "where": ("me conta em que ponto você está", "me conte em que ponto está"),
              "sit": ("me conta um pouco do seu negócio e do seu orçamento", "me conte um pouco sobre o seu negócio e o seu orçamento"),
              "sitn": ("me conta um pouco do seu negócio", "me conte um pouco sobre o seu negócio"),
              "sitb": ("me diz mais ou menos qual é o seu orçamento", "me diga mais ou menos qual é o seu orçamento"),
              "tool": ("me diz para que você precisa", "me diga para que precisa"),
              "cpc": ("me diz o seu setor e quanto você paga por clique hoje", "me diga o seu setor e quanto paga por clique hoje"),
              "budget": ("me diz o seu objetivo e quanto uma venda te rende", "me diga o seu objetivo e quanto uma venda lhe rende")},
    "pt": {"goal": ("diz-me em que ponto estás e qual é o teu objetivo", "diga-me em que ponto está e qual é o seu objetivo"),
           "tried": ("diz-me o que já experimentaste", "diga-me o que já experimentou"),
           "where": ("diz-me em que ponto estás", "diga-me em que ponto está"),
           "sit": ("conta-me um pouco sobre o teu negócio e o teu orçamento", "conte-me um pouco sobre o seu negócio e o seu orçamento"),
           "sitn": ("conta-me um pouco sobre o teu negócio", "conte-me um pouco sobre o seu negócio"),
           "sitb": ("diz-me mais ou menos que orçamento tens", "diga-me mais ou menos que orçamento tem"),
           "tool": ("diz-me para que precisas", "diga-me para que precisa"),
           "cpc": ("diz-me o teu setor e quanto pagas hoje por clique", "diga-me o seu setor e quanto paga hoje por clique"),
           "budget": ("diz-me o teu objetivo e quanto te rende uma venda", "diga-me o seu objetivo e quanto lhe rende uma venda")},
    "nl": {"goal": ("laat me weten waar je nu staat en wat je wilt bereiken", "laat u mij weten waar u nu staat en wat u wilt bereiken"),
           "tried": ("laat me weten wat je al hebt geprobeerd", "laat u mij weten wat u al hebt geprobeerd"),
           "where": ("laat me weten waar je nu staat", "laat u mij weten waar u nu staat"),
           "sit": ("laat me iets weten over je bedrijf en je budget", "laat u mij iets weten over uw bedrijf en uw budget"),
           "sitn": ("laat me iets weten over je bedrijf", "laat u mij iets weten over uw bedrijf"),
           "sitb": ("laat me ongeveer weten welk budget je hebt", "laat u mij ongeveer weten welk budget u hebt"),
           "tool": ("laat me weten waarvoor je het nodig hebt", "laat u mij weten waarvoor u het nodig hebt"),
           "cpc": ("laat me weten in welke branche je zit en wat je nu per klik betaalt", "laat u mij weten in welke branche u zit en wat u nu per klik betaalt"),
           "budget": ("laat me weten wat je doel is en wat een verkoop je oplevert", "laat u mij weten wat uw doel is en wat een verkoop u oplevert")},
}

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
           "choice": "dirai par quoi je commencerais dans {case}", "worth": "dirai si je me lancerais dans {case}"},
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
    "nl": ({"je": "je", "place": "jouw situatie", "case": "jouw geval"}, {"je": "u", "place": "uw situatie", "case": "uw geval"}),
}

#: Agencies or meetups asked for ("do you know agencies in France that look for Dutch-speaking students?"): a pointer
#: now, how she would look for them, never a promise to send names later; (informal, formal) per key.
_SCENE: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"scene_a": ("I'd search LinkedIn for marketing and SEO agencies in the area you're aiming for, then look at their clients and recent hires: that quickly shows where a profile like yours fits.",) * 2,
           "scene_m": ("The easiest way in is Meetup.com and LinkedIn events, searching for marketing or SEO in your city; after one or two, the people you meet will point you to the rest.",) * 2,
           "scene": ("I'd search LinkedIn for marketing and SEO agencies in the area you're aiming for, looking at their clients and recent hires, and find meetups on Meetup.com and in LinkedIn events in your city.",) * 2},
    "fr": {"scene_a": ("Je chercherais sur LinkedIn les agences marketing et SEO de la zone qui t'intéresse, puis je regarderais leurs clients et leurs derniers recrutements : on voit vite où un profil comme le tien a sa place.",
                       "Je chercherais sur LinkedIn les agences marketing et SEO de la zone qui vous intéresse, puis je regarderais leurs clients et leurs derniers recrutements : on voit vite où un profil comme le vôtre a sa place."),
           "scene_m": ("Le plus simple : Meetup.com et les événements LinkedIn, en cherchant « marketing » ou « SEO » dans ta ville ; après un ou deux, les gens rencontrés t'indiqueront les autres.",
                       "Le plus simple : Meetup.com et les événements LinkedIn, en cherchant « marketing » ou « SEO » dans votre ville ; après un ou deux, les gens rencontrés vous indiqueront les autres."),
           "scene": ("Je chercherais sur LinkedIn les agences marketing et SEO de la zone qui t'intéresse, en regardant leurs clients et leurs derniers recrutements, et les meetups sur Meetup.com et dans les événements LinkedIn de ta ville.",
                     "Je chercherais sur LinkedIn les agences marketing et SEO de la zone qui vous intéresse, en regardant leurs clients et leurs derniers recrutements, et les meetups sur Meetup.com et dans les événements LinkedIn de votre ville.")},
    "de": {"scene_a": ("An deiner Stelle würde ich auf LinkedIn Marketing- und SEO-Agenturen in der Region, die dich interessiert, heraussuchen und mir dann ihre Kunden und Neueinstellungen ansehen: So sieht man schnell, wo ein Profil wie deins passt.",
                       "An Ihrer Stelle würde ich auf LinkedIn Marketing- und SEO-Agenturen in der Region, die Sie interessiert, heraussuchen und mir dann ihre Kunden und Neueinstellungen ansehen: So sieht man schnell, wo ein Profil wie Ihres passt."),
           "scene_m": ("Am einfachsten über Meetup.com und LinkedIn-Events, mit „Marketing“ oder „SEO“ und deiner Stadt als Suche; nach ein, zwei Treffen empfehlen dir die Leute dort die nächsten.",
                       "Am einfachsten über Meetup.com und LinkedIn-Events, mit „Marketing“ oder „SEO“ und Ihrer Stadt als Suche; nach ein, zwei Treffen empfehlen Ihnen die Leute dort die nächsten."),
           "scene": ("An deiner Stelle würde ich auf LinkedIn Marketing- und SEO-Agenturen in der Region, die dich interessiert, heraussuchen und mir ihre Kunden und Neueinstellungen ansehen; Meetups findest du über Meetup.com und LinkedIn-Events in deiner Stadt.",
                     "An Ihrer Stelle würde ich auf LinkedIn Marketing- und SEO-Agenturen in der Region, die Sie interessiert, heraussuchen und mir ihre Kunden und Neueinstellungen ansehen; Meetups finden Sie über Meetup.com und LinkedIn-Events in Ihrer Stadt.")},
    "es": {"scene_a": ("Yo buscaría en LinkedIn las agencias de marketing y SEO de la zona que te interese y luego miraría sus clientes y sus últimas contrataciones: así se ve rápido dónde encaja un perfil como el tuyo.",
                       "Yo buscaría en LinkedIn las agencias de marketing y SEO de la zona que le interese y luego miraría sus clientes y sus últimas contrataciones: así se ve rápido dónde encaja un perfil como el suyo."),
           "scene_m": ("Lo más fácil es Meetup.com y los eventos de LinkedIn, buscando «marketing» o «SEO» en tu ciudad; después de uno o dos, la gente que conozcas te llevará a los demás.",
                       "Lo más fácil es Meetup.com y los eventos de LinkedIn, buscando «marketing» o «SEO» en su ciudad; después de uno o dos, la gente que conozca le llevará a los demás."),
           "scene": ("Yo buscaría en LinkedIn las agencias de marketing y SEO de la zona que te interese, fijándome en sus clientes y sus últimas contrataciones, y los meetups en Meetup.com y en los eventos de LinkedIn de tu ciudad.",
                     "Yo buscaría en LinkedIn las agencias de marketing y SEO de la zona que le interese, fijándome en sus clientes y sus últimas contrataciones, y los meetups en Meetup.com y en los eventos de LinkedIn de su ciudad.")},
    "it": {"scene_a": ("Cercherei su LinkedIn le agenzie di marketing e SEO della zona che ti interessa, poi guarderei i loro clienti e le ultime assunzioni: si capisce subito dove un profilo come il tuo trova posto.",
                       "Cercherei su LinkedIn le agenzie di marketing e SEO della zona che Le interessa, poi guarderei i loro clienti e le ultime assunzioni: si capisce subito dove un profilo come il Suo trova posto."),
           "scene_m": ("Il modo più semplice è Meetup.com con gli eventi LinkedIn, cercando «marketing» o «SEO» nella tua città; dopo uno o due, le persone che incontri ti indicheranno gli altri.",
                       "Il modo più semplice è Meetup.com con gli eventi LinkedIn, cercando «marketing» o «SEO» nella Sua città; dopo uno o due, le persone che incontrerà Le indicheranno gli altri."),
           "scene": ("Cercherei su LinkedIn le agenzie di marketing e SEO della zona che ti interessa, guardando i loro clienti e le ultime assunzioni, e i meetup su Meetup.com e negli eventi LinkedIn della tua città.",
                     "Cercherei su LinkedIn le agenzie di marketing e SEO della zona che Le interessa, guardando i loro clienti e le ultime assunzioni, e i meetup su Meetup.com e negli eventi LinkedIn della Sua città.")},
    "pt-BR": {"scene_a": ("Eu procuraria no LinkedIn as agências de marketing e SEO da região que te interessa e depois olharia os clientes delas e as últimas contratações: dá para ver rápido onde um perfil como o seu se encaixa.",
                          "Eu procuraria no LinkedIn as agências de marketing e SEO da região que lhe interessa e depois olharia os clientes delas e as últimas contratações: dá para ver rápido onde um perfil como o seu se encaixa."),
              "scene_m": ("O mais fácil é o Meetup.com e os eventos do LinkedIn, buscando \"marketing\" ou \"SEO\" na sua cidade; depois de um ou dois, as pessoas que você conhecer vão te indicar os outros.",
                          "O mais fácil é o Meetup.com e os eventos do LinkedIn, buscando \"marketing\" ou \"SEO\" na sua cidade; depois de um ou dois, as pessoas que conhecer vão lhe indicar os outros."),
              "scene": ("Eu procuraria no LinkedIn as agências de marketing e SEO da região que te interessa, olhando os clientes delas e as últimas contratações, e os meetups no Meetup.com e nos eventos do LinkedIn da sua cidade.",
                        "Eu procuraria no LinkedIn as agências de marketing e SEO da região que lhe interessa, olhando os clientes delas e as últimas contratações, e os meetups no Meetup.com e nos eventos do LinkedIn da sua cidade.")},
    "pt": {"scene_a": ("Procuraria no LinkedIn as agências de marketing e SEO da zona que te interessa e depois veria os clientes delas e as últimas contratações: percebe-se depressa onde encaixa um perfil como o teu.",
                       "Procuraria no LinkedIn as agências de marketing e SEO da zona que lhe interessa e depois veria os clientes delas e as últimas contratações: percebe-se depressa onde encaixa um perfil como o seu."),
           "scene_m": ("O mais simples é o Meetup.com e os eventos do LinkedIn, pesquisando «marketing» ou «SEO» na tua cidade; depois de um ou dois, as pessoas que conheceres indicam-te os outros.",
                       "O mais simples é o Meetup.com e os eventos do LinkedIn, pesquisando «marketing» ou «SEO» na sua cidade; depois de um ou dois, as pessoas que conhecer indicam-lhe os outros."),
           "scene": ("Procuraria no LinkedIn as agências de marketing e SEO da zona que te interessa, vendo os clientes delas e as últimas contratações, e os meetups no Meetup.com e nos eventos do LinkedIn da tua cidade.",
                     "Procuraria no LinkedIn as agências de marketing e SEO da zona que lhe interessa, vendo os clientes delas e as últimas contratações, e os meetups no Meetup.com e nos eventos do LinkedIn da sua cidade.")},
    "nl": {"scene_a": ("Als ik jou was, zou ik op LinkedIn zoeken naar marketing- en SEO-bureaus in de regio die je aanspreekt en dan kijken voor welke klanten ze werken en wie ze onlangs hebben aangenomen: zo zie je snel waar een profiel als het jouwe past.",
                       "Als ik u was, zou ik op LinkedIn zoeken naar marketing- en SEO-bureaus in de regio die u aanspreekt en dan kijken voor welke klanten ze werken en wie ze onlangs hebben aangenomen: zo ziet u snel waar een profiel als het uwe past."),
           "scene_m": ("Het makkelijkst gaat dat via Meetup.com en LinkedIn-evenementen, met 'marketing' of 'SEO' en je stad als zoekterm; na een of twee keer wijzen de mensen die je daar ontmoet je de rest.",
                       "Het makkelijkst gaat dat via Meetup.com en LinkedIn-evenementen, met 'marketing' of 'SEO' en uw stad als zoekterm; na een of twee keer wijzen de mensen die u daar ontmoet u de rest."),
           "scene": ("Als ik jou was, zou ik op LinkedIn zoeken naar marketing- en SEO-bureaus in de regio die je aanspreekt en kijken voor welke klanten ze werken en wie ze onlangs hebben aangenomen; meetups vind je via Meetup.com en LinkedIn-evenementen in je stad.",
                     "Als ik u was, zou ik op LinkedIn zoeken naar marketing- en SEO-bureaus in de regio die u aanspreekt en kijken voor welke klanten ze werken en wie ze onlangs hebben aangenomen; meetups vindt u via Meetup.com en LinkedIn-evenementen in uw stad.")},
}


#: "Agenturen in Lyon", "agencias en Valencia", "bureaus in Utrecht": the city the agencies are asked in (as written).
_SCENE_CITY = (r"\b(?i:agenc\w*|agentur\w*|agenzi\w*|ag[eê]ncias?|(?:marketing|reclame|online|seo|content)?bureaus?|meetups?)\b[^.?!\n]{0,20}?\b(?:in|à|a|en|em|no|na|te|op|at|around|near|rond|um|bei|de|di|da)\s+"
               r"(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?(?: (?:or|ou|o|oder|of|and|et|y|e|und|en) [A-ZÀ-Ý][\w'’-]+)?)")
#: Where the sender studies, lives or is based, when the agencies asked for have no place of their own: "estudiante de
#: Erasmus en Lyon", "I'm based in Lyon", "ich studiere in Lyon", "woon in Lyon".
_SCENE_HOME = (r"\b(?i:estudiante|studente|estudante|student\w*|etudiante?|étudiante?|erasmus|studiere|studeer|estudo|estudio|studio|vivo|moro|woon|wohne"
               r"|live|living|based|basée?|habite|j'habite|abito|installée?|installed)\b[^.?!\n]{0,30}?\b(?:in|à|a|en|em|no|na|te|op)\s+"
               r"(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
#: Where the sender moves, when the agencies asked for have no place of their own: "verhuis binnenkort naar Lyon", "ziehe im
#: Sommer nach Lyon", "me mudo a Lyon", "I'm moving to Lyon", "je déménage à Lyon", "mi trasferisco a Lyon", "vou me mudar pra Lyon".
_SCENE_MOVE = (r"\b(?i:verhuis\w*|verhuiz\w*|ziehe|umziehe|zieh\w*|mudo|mudar\w*|mudando|mudamos|moving|move|relocat\w*|demenag\w*|déménag\w*"
               r"|trasferisc\w*|trasferir\w*|trasferendo|trasferit[ao]|moved|mudei|mud[eé]|gezogen)\b[^.?!\n]{0,25}?\b(?:naar|nach|to|a|à|para|pra|pro|in|em|en)\s+"
               r"(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
#: Where the sender moves, the verb after the city: "würde gern nach Lyon ziehen", "wil graag naar Lyon verhuizen".
_SCENE_MOVE_TO = (r"\b(?:nach|naar)\s+(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)\s+(?:(?i:zu|te|gaan|mit|met)\s+)?"
                  r"(?i:ziehen|umziehen|umzuziehen|verhuizen|wonen|gehen|gaan)\b")
#: A French city's region named by its adjective ("dans la région lyonnaise", "en région parisienne"): the city.
_CITY_ADJ = {"lyonnaise": "Lyon", "parisienne": "Paris", "marseillaise": "Marseille", "bordelaise": "Bordeaux", "lilloise": "Lille",
             "nantaise": "Nantes", "toulousaine": "Toulouse", "grenobloise": "Grenoble", "niçoise": "Nice", "rennaise": "Rennes"}
_CITY_REGION = r"(?i)\b(?:dans la |en )?(?:région|agglomération|métropole|zone) (" + "|".join(_CITY_ADJ) + r")\b"
#: Where the sender spends an exchange or a semester abroad (the note's whole text): "vou fazer intercâmbio em Lyon", "my
#: exchange semester in Lyon", "mon Erasmus à Lyon", "Auslandssemester in Lyon", "uitwisseling in Lyon", "scambio a Lione",
#: "intercambio en Lyon": where they will look, never "the area you're aiming for".
_SCENE_STAY = (r"\b(?i:interc[aâ]mbio|intercambio|exchange|échange|echange|erasmus|scambio|austausch\w*|auslandssemester|uitwisseling\w*)\b"
               r"[^.?!\n]{0,20}?\b(?:in|à|a|en|em|no|na|te|op|at)\s+(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
#: Where the internship or job is sought, when the agencies asked for have no place of their own: "cerco uno stage a Lione",
#: "à procura de um estágio em Lyon", "looking for a job in Lyon", "busco prácticas en Lyon", "suche ein Praktikum in Lyon".
_SCENE_SOUGHT = (r"\b(?i:stages?|stagio|internships?|jobs?|roles?|positions?|emplois?|postes?|alternance|praktikum\w*|stellen?|pr[aá]cticas|pasant[ií]as?|trabajo|empleo"
                 r"|tirocini[oi]|lavoro|est[aá]gios?|emprego|vagas?|stageplek\w*|stageplaats\w*|baan|werk)\b[^.?!\n]{0,25}?\b(?:in|à|a|en|em|no|na|te|op|at|around|near|um|bei|sur)\s+"
                 r"(?P<c>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
#: A field of work written with capitals ("an internship in Digital Marketing"), never the place sought.
_NOT_PLACE = (r"\b(?:marketing|digital|digitale|numerique|seo|sea|sem|ppc|content|contenu|social|communication|comunicacion|comunicazione|comunicacao|communicatie"
              r"|kommunikation|e-?commerce|media|ads|growth|performance|publicidad|pubblicita|publicidade|werbung)\b")
#: Countries and regions, never read as the city ("agences en France").
_NOT_CITY = (r"\b(?:france|frankreich|francia|franca|frankrijk|europe|europa|spain|espana|spanien|spanje|espanha|italy|italia|italien|italie|portugal|brasil|brazil"
             r"|germany|deutschland|alemania|germania|alemanha|duitsland|nederland|niederlanden|holland|belgium|belgique|belgien|belgie|suisse|schweiz|svizzera|suiza"
             r"|uk|england|ireland|linkedin|google|der|die|das|den|dem|ihrer|deiner|meiner)\b")
#: The trade the job seeker names ("mit SEA Erfahrung", "en SEO"): the agencies' kind, folded → as written in the line.
_SCENE_TRADE = r"\b(?P<t>sea|seo|sem|ppc)\b"
#: Per language: the generic area (informal, formal), what a city replaces it with, the generic kind of agencies, the
#: kind with a trade ({t}) in its place.
_SCENE_SLOTS: dict[str, tuple[tuple[str, str], str, tuple[tuple[str, str], ...]]] = {
    "en": (("in the area you're aiming for", "in the area you're aiming for"), "in {c}", (("marketing and SEO agencies", "{t} agencies"),)),
    "fr": (("de la zone qui t'intéresse", "de la zone qui vous intéresse"), "à {c}", (("agences marketing et SEO", "agences {t}"),)),
    "de": (("in der Region, die dich interessiert,", "in der Region, die Sie interessiert,"), "in {c}", (("Marketing- und SEO-Agenturen", "{t}-Agenturen"),)),
    "es": (("de la zona que te interese", "de la zona que le interese"), "de {c}", (("agencias de marketing y SEO", "agencias de {t}"), ("las de marketing y SEO", "las de {t}"))),
    "it": (("della zona che ti interessa", "della zona che Le interessa"), "di {c}", (("agenzie di marketing e SEO", "agenzie di {t}"), ("quelle di marketing e SEO", "quelle di {t}"))),
    "pt-BR": (("da região que te interessa", "da região que lhe interessa"), "em {c}", (("agências de marketing e SEO", "agências de {t}"), ("as de marketing e SEO", "as de {t}"))),
    "pt": (("da zona que te interessa", "da zona que lhe interessa"), "em {c}", (("agências de marketing e SEO", "agências de {t}"), ("as de marketing e SEO", "as de {t}"))),
    "nl": (("in de regio die je aanspreekt", "in de regio die u aanspreekt"), "in {c}", (("marketing- en SEO-bureaus", "{t}-bureaus"),)),
}


#: The job seeker wants to work remotely ("Remote oder Lyon", "(remote)", "en télétravail", "da remoto", "op afstand") (folded).
_SCENE_REMOTE = (r"\b(?:remote|remotely|full[- ]remote|teletravail|a distance|homeoffice|home office|remoto|da remoto|a distanza|a distancia"
                 r"|teletrabajo|teletrabalho|op afstand|thuiswerk\w*)\b")
#: Per language: what the generic area (with the space before it) becomes for a remote job seeker.
_SCENE_REMOTE_AREA = {"en": " that hire remotely", "fr": " qui recrutent en télétravail", "de": ", die remote einstellen,",
                      "es": " que contratan en remoto", "it": " che assumono da remoto", "pt-BR": " que contratam para trabalho remoto",
                      "pt": " que contratam em regime remoto", "nl": " die remote mensen aannemen"}


#: Where a job seeker wants to work, remote named beside a city ("(remote or Lyon)", "Lyon oder remote") (the city unfolded).
_REMOTE_WORD = r"(?i:remote|remotely|full[- ]remote|t[ée]l[ée]travail|homeoffice|remoto|da remoto|op afstand)"
_SCENE_REMOTE_OR_CITY = (rf"\b{_REMOTE_WORD}\s+(?i:or|ou|o|oder|of|e|y)\s+(?:(?i:in|à|a|en|em|op)\s+)?(?P<c>[A-ZÀ-Ý][\w'’-]+)")
_SCENE_CITY_OR_REMOTE = (rf"\b(?P<c>[A-ZÀ-Ý][\w'’-]+)\s+(?i:or|ou|o|oder|of|e|y)\s+{_REMOTE_WORD}\b")
#: Per language: what follows the city when the job seeker also wants remote work ("in Lyon and those that hire remotely").
_SCENE_REMOTE_TOO = {"en": " and those that hire remotely", "fr": " et celles qui recrutent en télétravail", "de": " und solche, die remote einstellen,",
                     "es": " o las que contratan en remoto", "it": " e quelle che assumono da remoto", "pt-BR": " e as que contratam para trabalho remoto",
                     "pt": " e as que contratam em regime remoto", "nl": " en naar bureaus die remote mensen aannemen"}

#: Agencies asked of her, whether she KNOWS some (folded): "do you know any agencies hiring", "Kennen Sie Agenturen",
#: "ken je bureaus", "tu connais des agences", "conoces agencias", "conosci agenzie", "conhece agências".
_AGENCIES_KNOWN_ASKED = (r"\b(?:know (?:of )?(?:any|some)?|kennst du|kennen sie|kennt ihr|ken je|ken jij|kent u|connais(?:-tu)?|connaissez(?:-vous)?"
                         r"|conoces|conoce|conosci|conosce|conheces|conhece)\b[^?.!\n]{0,25}\b(?:agenc(?:y|ies)|agences?|agenturen?|agencias?|agenzie|agenzia"
                         r"|agencias?|bureaus?|bureau)\b")
#: The plain answer to it, before where to look: no agency hiring comes to mind (one register fits both).
_NO_AGENCY_KNOWN = {"en": "Offhand, I don't know of an agency that's hiring right now.", "fr": "Je n'ai pas en tête d'agence qui recrute en ce moment.",
                    "de": "Mir fällt gerade keine Agentur ein, die sucht.", "es": "Ahora mismo no conozco ninguna agencia que esté contratando.",
                    "it": "Al momento non mi viene in mente un'agenzia che stia assumendo.", "pt": "De momento, não conheço nenhuma agência que esteja a contratar.",
                    "pt-BR": "No momento, não conheço nenhuma agência que esteja contratando.", "nl": "Ik ken zo direct geen bureau dat nu mensen zoekt."}
#: The same with her promise to keep her eyes open, when the opening's "if I hear of a role, I'll let you know" gave way to
#: the length (see :func:`with_promise`).
_NO_AGENCY_PROMISE = {"en": "Offhand, I don't know of an agency that's hiring right now, but I'll keep my eyes open.",
                      "fr": "Je n'ai pas en tête d'agence qui recrute en ce moment, mais je garde l'œil ouvert.",
                      "de": "Mir fällt gerade keine Agentur ein, die sucht, aber ich halte die Augen offen.",
                      "es": "Ahora mismo no conozco ninguna agencia que esté contratando, pero estaré atenta.",
                      "it": "Al momento non mi viene in mente un'agenzia che stia assumendo, ma terrò gli occhi aperti.",
                      "pt": "De momento, não conheço nenhuma agência que esteja a contratar, mas fico atenta.",
                      "pt-BR": "No momento, não conheço nenhuma agência que esteja contratando, mas vou ficar de olho.",
                      "nl": "Ik ken zo direct geen bureau dat nu mensen zoekt, maar ik houd mijn ogen open."}


def no_agency_known(note: str, lang: str) -> str:
    """Her plain no when a job seeker asks whether she knows agencies that are hiring, said before where to look.

    >>> no_agency_known("Kennen Sie Agenturen in Lyon, die gerade suchen?", "de")
    'Mir fällt gerade keine Agentur ein, die sucht.'
    >>> no_agency_known("Wie finde ich Agenturen in Lyon?", "de")
    ''
    """
    if not any(cre.search(_AGENCIES_KNOWN_ASKED, q) for q in cre.question_sentences(fold(note or ""))):
        return ""
    return by_lang(_NO_AGENCY_KNOWN, lang, "")


#: The sender asks whether they may send her their CV (folded): "could I send you my CV?", "puis-je vous envoyer mon CV ?",
#: "kann ich dir meinen Lebenslauf schicken?", "mag ik je mijn cv sturen?", "¿puedo enviarte mi CV?", "posso mandarti il CV?".
_CV_MAY_SEND = (r"\b(?:(?:could|can|may|might) i (?:also )?(?:send|share|forward) you my (?:cv|resume)|(?:puis|pourrais|peux)[- ]je (?:aussi )?(?:t'|vous )(?:envoyer|transmettre) (?:mon )?cv"
                r"|je (?:peux|pourrais) (?:aussi )?(?:t'|vous )envoyer mon cv|(?:kann|darf|konnte|durfte) ich (?:dir|ihnen) (?:\w+ )?(?:meinen )?lebenslauf"
                r"|(?:mag|kan) ik (?:je|jou|u) (?:\w+ )?(?:mijn )?cv|(?:puedo|podria) (?:enviarte|enviarle|mandarte|mandarle) (?:mi )?cv"
                r"|(?:posso|potrei) (?:mandarti|inviarti|mandarle|inviarle|mandar-te|enviar-te|enviar-lhe|te mandar|te enviar|lhe enviar) (?:il (?:mio )?|o (?:meu )?|meu )?(?:cv|curriculo))\b")
#: Her yes to it, after where to look (informal, formal).
_CV_YES: dict[str, tuple[str, str]] = {
    "en": ("And yes, feel free to send me your CV here.",) * 2,
    "fr": ("Et oui, tu peux m'envoyer ton CV ici.", "Et oui, vous pouvez m'envoyer votre CV ici."),
    "de": ("Und ja, schick mir gern deinen Lebenslauf hier.", "Und ja, schicken Sie mir gern Ihren Lebenslauf hier."),
    "nl": ("En ja, stuur me gerust hier je cv.", "En ja, stuur me gerust hier uw cv."),
    "es": ("Y sí, envíame tu CV por aquí.", "Y sí, envíeme su CV por aquí."),
    "it": ("E sì, mandami pure il tuo CV qui.", "E sì, mi mandi pure il Suo CV qui."),
    "pt-BR": ("E sim, pode me mandar seu currículo por aqui.",) * 2,
    "pt": ("E sim, envia-me o teu CV por aqui.", "E sim, envie-me o seu CV por aqui."),
}


def cv_yes(note: str, lang: str, *, informal: bool) -> str:
    """Her yes when the note asks whether the CV may be sent to her, or "".

    >>> cv_yes("Do you know any agencies hiring, or could I send you my CV?", "en", informal=False)
    'And yes, feel free to send me your CV here.'
    >>> cv_yes("Mag ik je mijn cv sturen?", "nl", informal=True), cv_yes("Mijn cv staat op mijn profiel.", "nl", informal=True)
    ('En ja, stuur me gerust hier je cv.', '')
    """
    if not any(cre.search(_CV_MAY_SEND, q) for q in cre.question_sentences(fold(note or ""))):
        return ""
    pair = by_lang(_CV_YES, lang)
    return pair[0 if informal else 1] if pair else ""


def with_promise(text: str) -> str:
    """``text`` with her plain no to "do you know agencies that are hiring?" carrying the promise to keep her eyes open, said
    when the opening's "if I hear of a role" is cut for length, so that the promise is never lost.

    >>> with_promise("Mir fällt gerade keine Agentur ein, die sucht. An deiner Stelle …")
    'Mir fällt gerade keine Agentur ein, die sucht, aber ich halte die Augen offen. An deiner Stelle …'
    """
    for lang, line in _NO_AGENCY_KNOWN.items():
        if line in text:
            return text.replace(line, _NO_AGENCY_PROMISE[lang], 1)
    return text


def said_no_agency(text: str) -> bool:
    """Does ``text`` carry her plain no to "do you know agencies that are hiring?" (which the CV promise may then yield to)?"""
    return any(line.rstrip(".") in text for line in _NO_AGENCY_KNOWN.values())


#: Agencies asked for that need speakers of the sender's language ("bureaus die Nederlandstalige mensen zoeken",
#: "deutschsprachige Verstärkung", "Spanish-speaking", "hispanohablantes", "italofoni", "que falem português") (folded).
_SPEAKERS = (r"\b(?:\w+talig\w*|\w+sprachig\w*|(?:french|english|german|spanish|italian|portuguese|dutch)[- ]speaking|(?:french|english|german|spanish|italian|portuguese|dutch) speakers?"
             r"|(?:hispano|franco|italo|luso|germano|anglo|neerlando)(?:hablantes?|fon[oiae]s?|phones?)"
             r"|(?:que|che|qui|who) (?:hablen|hable|falem|fale|parlent|parle|parlano|parli|speak)s? (?:\w+ )?(?:espanol|castellano|portugues|italiano|allemand|aleman|tedesco|alemao"
             r"|neerlandais|holandes|olandese|espagnol|spagnolo|italien|portugais|portoghese|german|spanish|italian|portuguese|dutch))\b")
#: Where a speaker of another language fits best, after the where-to-look line; (informal, formal).
_SPEAKERS_TIP: dict[str, tuple[str, str]] = {
    "en": ("Look especially at agencies with international clients or clients from your home market: that is where your English is a real plus.",) * 2,
    "fr": ("Regarde surtout les agences qui ont des clients internationaux ou de ton pays : c'est là que ta langue est un vrai atout.",
           "Regardez surtout les agences qui ont des clients internationaux ou de votre pays : c'est là que votre langue est un vrai atout."),
    "de": ("Achte vor allem auf Agenturen mit internationalen Kunden oder Kunden aus deinem Sprachraum: Dort ist deine Sprache besonders gefragt.",
           "Achten Sie vor allem auf Agenturen mit internationalen Kunden oder Kunden aus Ihrem Sprachraum: Dort ist Ihre Sprache besonders gefragt."),
    "es": ("Fíjate sobre todo en las agencias con clientes internacionales o de tu país: ahí tu idioma es un verdadero plus.",
           "Fíjese sobre todo en las agencias con clientes internacionales o de su país: ahí su idioma es un verdadero plus."),
    "it": ("Guarda soprattutto le agenzie con clienti internazionali o del tuo paese: lì la tua lingua è un vero vantaggio.",
           "Guardi soprattutto le agenzie con clienti internazionali o del Suo paese: lì la Sua lingua è un vero vantaggio."),
    "pt-BR": ("Repare principalmente nas agências com clientes internacionais ou do seu país: é aí que o seu idioma faz diferença.",) * 2,
    "pt": ("Repara sobretudo nas agências com clientes internacionais ou do teu país: é aí que a tua língua é uma verdadeira mais-valia.",
           "Repare sobretudo nas agências com clientes internacionais ou do seu país: é aí que a sua língua é uma verdadeira mais-valia."),
    "nl": ("Let vooral op bureaus met internationale klanten of klanten uit je eigen taalgebied: daar is je taal een echt pluspunt.",
           "Let vooral op bureaus met internationale klanten of klanten uit uw eigen taalgebied: daar is uw taal een echt pluspunt."),
}


#: The speakers asked for speak the draft's own language ("Deutschsprachige" in a German note): the tip names it, never
#: "deine Sprache"; per language, the language's stem (folded) and the vague words → the named ones.
_SPEAKERS_OWN: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "fr": (r"franc|french", (("ta langue", "ton français"), ("votre langue", "votre français"))),
    "de": (r"deutsch|german", (("deine Sprache", "dein Deutsch"), ("Ihre Sprache", "Ihr Deutsch"))),
    "es": (r"hispan|espan|castellano|spanish", (("tu idioma", "tu español"), ("su idioma", "su español"))),
    "it": (r"italo|italian", (("la tua lingua", "il tuo italiano"), ("la Sua lingua", "il Suo italiano"))),
    "pt-BR": (r"luso|portugu", (("o seu idioma", "o seu português"),)),
    "pt": (r"luso|portugu", (("a tua língua", "o teu português"), ("a sua língua", "o seu português"))),
    "nl": (r"nederland|neerland|dutch|vlaams", (("je taal een echt", "je Nederlands een"), ("uw taal een echt", "uw Nederlands een"))),
}


def _with_speakers_tip(line: str, code: str, note: str) -> str:
    """``line`` (a job seeker's where-to-look line) with where their language counts, when the agencies asked for need it."""
    scenes = _SCENE.get(code, {})
    pair = _SPEAKERS_TIP.get(code)
    speakers = cre.search(_SPEAKERS, fold(note))
    if not pair or not speakers or not any(line in v for k, v in scenes.items() if k != "scene_m"):
        return line
    informal = any(line == v[0] for v in scenes.values())
    tip = pair[0 if informal else 1]
    stem, named = _SPEAKERS_OWN.get(code, ("", ()))
    if stem and cre.search(stem, speakers.group(0)):
        for vague, own in named:
            tip = tip.replace(vague, own)
    return f"{line} {tip}"


#: Demand asked for, in the question that names speakers of a language ("¿hay demanda de perfiles hispanohablantes?",
#: "is there demand for Spanish speakers", "gibt es Bedarf an …", "c'è richiesta di …") (folded).
_DEMAND_ASKED = r"\b(?:demand|demande|demanda|richiesta|procura|bedarf|nachfrage|vraag|besoin|need for|looking for)\b"
#: Her one-sentence answer to it, where such a profile counts, with the CV offer; (informal, formal).
_SPEAKERS_DEMAND: dict[str, tuple[str, str]] = {
    "en": ("Yes, there is, mostly at agencies and companies with international clients or clients from your home market: that's where your language is a real plus. Feel free to send me your CV here and I'll tell you if I see a lead.",) * 2,
    "fr": ("Oui, il y en a, surtout dans les agences et entreprises qui ont des clients internationaux ou de ton pays : c'est là que ta langue est un vrai atout. Envoie-moi ton CV ici si tu veux, je te dirai si je vois une piste.",
           "Oui, il y en a, surtout dans les agences et entreprises qui ont des clients internationaux ou de votre pays : c'est là que votre langue est un vrai atout. Envoyez-moi votre CV ici si vous le souhaitez, je vous dirai si je vois une piste."),
    "de": ("Ja, den gibt es, vor allem bei Agenturen und Unternehmen mit internationalen Kunden oder Kunden aus deinem Sprachraum: Dort ist deine Sprache ein echtes Plus. Schick mir gern hier deinen Lebenslauf, dann sage ich dir, ob ich eine Möglichkeit sehe.",
           "Ja, den gibt es, vor allem bei Agenturen und Unternehmen mit internationalen Kunden oder Kunden aus Ihrem Sprachraum: Dort ist Ihre Sprache ein echtes Plus. Schicken Sie mir gern hier Ihren Lebenslauf, dann sage ich Ihnen, ob ich eine Möglichkeit sehe."),
    "es": ("Sí, la hay, sobre todo en agencias y empresas con clientes internacionales o de tu país: ahí tu idioma es un verdadero plus. Si quieres, envíame tu CV por aquí y te diré si veo alguna oportunidad.",
           "Sí, la hay, sobre todo en agencias y empresas con clientes internacionales o de su país: ahí su idioma es un verdadero plus. Si lo desea, envíeme su CV por aquí y le diré si veo alguna oportunidad."),
    "it": ("Sì, c'è, soprattutto nelle agenzie e nelle aziende con clienti internazionali o del tuo paese: lì la tua lingua è un vero vantaggio. Se vuoi, mandami il tuo CV qui e ti dirò se vedo un'opportunità.",
           "Sì, c'è, soprattutto nelle agenzie e nelle aziende con clienti internazionali o del Suo paese: lì la Sua lingua è un vero vantaggio. Se vuole, mi mandi il Suo CV qui e Le dirò se vedo un'opportunità."),
    "pt-BR": ("Sim, existe, principalmente em agências e empresas com clientes internacionais ou do seu país: é aí que o seu idioma faz diferença. Se quiser, me mande seu currículo por aqui e eu te digo se aparecer alguma oportunidade.",) * 2,
    "pt": ("Sim, existe, sobretudo em agências e empresas com clientes internacionais ou do teu país: é aí que a tua língua é uma verdadeira mais-valia. Se quiseres, envia-me o teu CV por aqui e digo-te se vir alguma oportunidade.",
           "Sim, existe, sobretudo em agências e empresas com clientes internacionais ou do seu país: é aí que a sua língua é uma verdadeira mais-valia. Se quiser, envie-me o seu CV por aqui e digo-lhe se vir alguma oportunidade."),
    "nl": ("Ja, die is er, vooral bij bureaus en bedrijven met internationale klanten of klanten uit je eigen taalgebied: daar is je taal een echt pluspunt. Stuur me gerust hier je cv, dan laat ik je weten of ik een kans zie.",
           "Ja, die is er, vooral bij bureaus en bedrijven met internationale klanten of klanten uit uw eigen taalgebied: daar is uw taal een echt pluspunt. Stuur me gerust hier uw cv, dan laat ik u weten of ik een kans zie."),
}


def speakers_demand(note: str, lang: str, *, informal: bool) -> str:
    """Her one-sentence answer when a job seeker asks whether speakers of a language are in demand, or "".

    >>> speakers_demand("¿Sabes si en Lyon hay demanda de perfiles hispanohablantes?", "es", informal=True)[:40]
    'Sí, la hay, sobre todo en agencias y emp'
    >>> speakers_demand("Kennst du Agenturen in Lyon?", "de", informal=True)
    ''
    """
    asked = next((q for q in cre.question_sentences(fold(note or "")) if cre.search(_SPEAKERS, q) and cre.search(_DEMAND_ASKED, q)), "")
    pair = by_lang(_SPEAKERS_DEMAND, lang)
    if not asked or not pair:
        return ""
    line = pair[0 if informal else 1]
    stem, named = _SPEAKERS_OWN.get(lang, ("", ()))
    spoken = cre.search(_SPEAKERS, asked)
    if stem and spoken and cre.search(stem, spoken.group(0)):
        for vague, own in named:
            line = line.replace(vague, own)
    return line


#: Agencies asked for that take interns ("agencias que acepten pasantes", "agenzie che prendono tirocinanti") (folded), the
#: agencies first: "busco prácticas en una agencia, ¿aceptarías a alguien?" asks her, not where to look.
_INTERNS = (r"\b(?:agenc\w*|agentur\w*|agenzi\w*|bureaus?)\b[^.?!]{0,40}?\b(?:interns?|internships?|stagiaires?|stages?|pasantes?|pasantias?|practicas|practicantes?|becari[oa]s?|tirocin\w+|stagisti|stagiste"
            r"|estagiari[oa]s?|estagios?|praktikant\w*|praktik(?:a|um)|stagiairs?|stageplek\w*)\b")
#: Where interns find a place, after the where-to-look line: job boards, writing directly, the school's agreement; (informal, formal).
_INTERN_TIP: dict[str, tuple[str, str]] = {
    "en": ("For internships, also check the offers on Welcome to the Jungle, and write directly to the agencies you like, mentioning your school's internship agreement.",) * 2,
    "fr": ("Pour les stages, regarde aussi Welcome to the Jungle, et écris directement aux agences qui te plaisent en précisant la convention de stage de ton école.",
           "Pour les stages, regardez aussi Welcome to the Jungle, et écrivez directement aux agences qui vous plaisent en précisant la convention de stage de votre école."),
    "de": ("Für Praktika lohnt sich auch Welcome to the Jungle; schreib die Agenturen, die dir gefallen, direkt an und erwähne die Praktikumsvereinbarung deiner Hochschule.",
           "Für Praktika lohnt sich auch Welcome to the Jungle; schreiben Sie die Agenturen, die Ihnen gefallen, direkt an und erwähnen Sie die Praktikumsvereinbarung Ihrer Hochschule."),
    "es": ("Para las prácticas, mira también Welcome to the Jungle, y escribe directamente a las agencias que te gusten mencionando el convenio de prácticas de tu universidad.",
           "Para las prácticas, mire también Welcome to the Jungle, y escriba directamente a las agencias que le gusten mencionando el convenio de prácticas de su universidad."),
    "it": ("Per i tirocini, guarda anche Welcome to the Jungle, e scrivi direttamente alle agenzie che ti piacciono citando la convenzione di tirocinio della tua università.",
           "Per i tirocini, guardi anche Welcome to the Jungle, e scriva direttamente alle agenzie che Le piacciono citando la convenzione di tirocinio della Sua università."),
    "pt-BR": ("Para estágio, veja também o Welcome to the Jungle, e escreva direto para as agências de que você gostar, mencionando o convênio de estágio da sua faculdade.",) * 2,
    "pt": ("Para estágios, vê também o Welcome to the Jungle, e escreve diretamente às agências de que gostares, referindo o protocolo de estágio da tua universidade.",
           "Para estágios, veja também o Welcome to the Jungle, e escreva diretamente às agências de que gostar, referindo o protocolo de estágio da sua universidade."),
    "nl": ("Kijk voor stages ook op Welcome to the Jungle, en schrijf de bureaus die je aanspreken direct aan, met de stageovereenkomst van je school erbij.",
           "Kijk voor stages ook op Welcome to the Jungle, en schrijf de bureaus die u aanspreken direct aan, met de stageovereenkomst van uw school erbij."),
}


def _with_intern_tip(line: str, code: str, note: str) -> str:
    """``line`` (the where-to-look line for agencies) with where interns find a place, when the note asks for internships."""
    pair = _INTERN_TIP.get(code)
    scene = (_SCENE.get(code) or _SCENE.get(code.split("-")[0], {})).get("scene_a")
    if not pair or not scene or line not in scene or not cre.search(_INTERNS, fold(note)):
        return line
    return f"{line} {pair[0 if line == scene[0] else 1]}"


#: The rest of a sentence that asks ("… in Lyon, die Deutschsprachige suchen?").
_REST_ASKED = r"[^.!?\n]*\?"


def _told_agency_city(note: str, city: re.Match[str]) -> bool:
    """The agencies' city is told, not asked, and the sender lives or moves elsewhere: "zuletzt Agentur in Köln, zieh jetzt nach
    Lyon. Kennst du Agenturen …?" looks in Lyon, never in Köln where they worked."""
    if cre.match(_REST_ASKED, note[city.end():]):
        return False
    there = cre.search(_SCENE_HOME, note) or cre.search(_SCENE_MOVE, note)
    return there is not None and there.group("c") != city.group("c") and not cre.search(_NOT_CITY, fold(there.group("c")))


def _sought_place(note: str) -> re.Match[str] | None:
    """Where the internship or job is sought ("cerco uno stage a Lione"), never a field written with capitals.

    >>> _sought_place("cerco uno stage a Lione per l'estate").group("c"), _sought_place("an internship in Digital Marketing")
    ('Lione', None)
    """
    place = cre.search(_SCENE_SOUGHT, note)
    return place if place and not cre.search(_NOT_PLACE, fold(place.group("c"))) else None


def scene_local(line: str, lang: str, note: str, whole: str = "") -> str:
    """Where-to-look ``line`` with the city and the trade the note names ("Agenturen in Lyon … mit SEA Erfahrung"), never
    "the area you're aiming for" nor "marketing and SEO agencies" when the note says which. ``whole``: the whole note
    when ``note`` is only the question, for the place the internship or job is sought in ("ich suche ein Praktikum in Lyon").

    >>> "SEA-Agenturen in Lyon heraussuchen" in scene_local(_SCENE["de"]["scene_a"][0], "de", "Kennst du Agenturen in Lyon, die jemanden mit SEA Erfahrung suchen?")
    True
    """
    slots = by_lang(_SCENE_SLOTS, lang)
    if not slots or not line:
        return line
    areas, at, kinds = slots
    line = _with_intern_tip(line, lang, note)
    line = _with_speakers_tip(line, lang if lang in _SCENE else lang.split("-")[0], note)
    # "un emploi … dans la région lyonnaise": Lyon named, as "à Lyon" would
    region = cre.search(_CITY_REGION, whole or note)
    if region:
        note = (f"{note} Agences à {_CITY_ADJ[region.group(1).lower()]}.").strip()
    city = cre.search(_SCENE_CITY, note)
    remote_or = cre.search(_SCENE_REMOTE_OR_CITY, whole or note) or cre.search(_SCENE_CITY_OR_REMOTE, whole or note)
    if not city and remote_or and not cre.search(_NOT_CITY, fold(remote_or.group("c"))):
        city = remote_or  # "(remote or Lyon)": the city kept beside remote work, never only "agencies that hire remotely"
    if not city or cre.search(_NOT_CITY, fold(city.group("c"))) or _told_agency_city(note, city):
        # "cerco uno stage a Lione", "Erasmus en Lyon", "verhuis naar Lyon": where they will be
        # (the exchange's city before the home one: "estudio en Buenos Aires … un intercambio en Lyon" looks in Lyon)
        city = _sought_place(note) or _sought_place(whole) or cre.search(_SCENE_STAY, note) or cre.search(_SCENE_STAY, whole) \
            or cre.search(_SCENE_HOME, note) or cre.search(_SCENE_MOVE, note) or cre.search(_SCENE_MOVE_TO, note) or city
    if city and not cre.search(_NOT_CITY, fold(city.group("c"))):
        # "Agenturen in Lyon oder remote": the city, and remote work beside it, never the one without the other
        also = (by_lang(_SCENE_REMOTE_TOO, lang, "")) if remote_or else ""
        for area in areas:
            line = line.replace(area, at.format(c=city.group("c")) + also)
    elif cre.search(_SCENE_REMOTE, fold(note)):
        remote = by_lang(_SCENE_REMOTE_AREA, lang, "")
        for area in areas:
            line = line.replace(" " + area, remote)  # "(remote)": agencies that hire remotely, never "in the area you're aiming for"
    trades = {m.group("t") for m in cre.finditer(_SCENE_TRADE, fold(note))}
    if len(trades) == 1:
        trade = trades.pop().upper()
        for generic, kind in kinds:
            line = line.replace(generic, kind.format(t=trade))
    return line


#: Agencies asked for by a business that may hire one ("do you know a local SEO agency in Valencia?"): how to choose one,
#: never a promise of names; (informal, formal).
_SCENE_HIRE: dict[str, tuple[str, str]] = {
    "en": ("Rather than names, here is how I'd choose: ask two or three agencies for case studies with businesses like yours and for a client you can call; how they answer tells you a lot.",) * 2,
    "fr": ("Plutôt que des noms, voici comment je choisirais : demander à deux ou trois agences des cas clients proches de ton activité et un client à appeler ; leur façon de répondre en dit long.",
           "Plutôt que des noms, voici comment je choisirais : demander à deux ou trois agences des cas clients proches de votre activité et un client à appeler ; leur façon de répondre en dit long."),
    "de": ("Statt Namen zu nennen, sage ich dir lieber, wie ich auswählen würde: zwei, drei Agenturen nach Fallbeispielen mit Unternehmen wie deinem und nach einem Kunden als Referenz fragen; wie sie darauf antworten, sagt viel.",
           "Statt Namen zu nennen, sage ich Ihnen lieber, wie ich auswählen würde: zwei, drei Agenturen nach Fallbeispielen mit Unternehmen wie Ihrem und nach einem Kunden als Referenz fragen; wie sie darauf antworten, sagt viel."),
    "es": ("Más que nombres, te cuento cómo elegiría yo: pedir a dos o tres agencias casos de clientes parecidos a tu negocio y un cliente al que llamar; cómo respondan dice mucho.",
           "Más que nombres, le cuento cómo elegiría yo: pedir a dos o tres agencias casos de clientes parecidos a su negocio y un cliente al que llamar; cómo respondan dice mucho."),
    "it": ("Più che nomi, ecco come sceglierei: chiedere a due o tre agenzie casi di clienti simili alla tua attività e un cliente da chiamare; da come rispondono si capisce molto.",
           "Più che nomi, ecco come sceglierei: chiedere a due o tre agenzie casi di clienti simili alla Sua attività e un cliente da chiamare; da come rispondono si capisce molto."),
    "pt-BR": ("Mais do que nomes, é assim que eu escolheria: pedir a duas ou três agências cases de clientes parecidos com o seu negócio e um cliente para quem ligar; o jeito como respondem diz muito.",) * 2,
    "pt": ("Mais do que nomes, eis como eu escolheria: pedir a duas ou três agências casos de clientes parecidos com o teu negócio e um cliente a quem ligar; a forma como respondem diz muito.",
           "Mais do que nomes, eis como eu escolheria: pedir a duas ou três agências casos de clientes parecidos com o seu negócio e um cliente a quem ligar; a forma como respondem diz muito."),
    "nl": ("Liever dan namen: zo zou ik kiezen. Vraag twee of drie bureaus naar cases met bedrijven zoals het jouwe en naar een klant die je kunt bellen; hoe ze daarop reageren, zegt veel.",
           "Liever dan namen: zo zou ik kiezen. Vraag twee of drie bureaus naar cases met bedrijven zoals het uwe en naar een klant die u kunt bellen; hoe ze daarop reageren, zegt veel."),
}


#: A tool asked for a named purpose ("which tool for heatmaps?"): the purpose named, the one fact she needs (what the
#: site runs on) and the pick she will then give for it, never "which one I use" as if her own depended on their site;
#: (informal, formal). ``{lead}`` is the note's own "for heatmaps".
_TOOL_FOR: dict[str, tuple[str, str]] = {
    "en": ("{lead}, the right tool depends mostly on what your site runs on: tell me (Shopify, WordPress, something else?) and I'll tell you which one I'd pick for it.",) * 2,
    "fr": ("{lead}, le bon outil dépend surtout de ce sur quoi tourne ton site : dis-le-moi (Shopify, WordPress, autre ?) et je te dirai lequel je choisirais.",
           "{lead}, le bon outil dépend surtout de ce sur quoi tourne votre site : dites-le-moi (Shopify, WordPress, autre ?) et je vous dirai lequel je choisirais."),
    "de": ("{lead} hängt das passende Tool vor allem davon ab, worauf deine Website läuft: Sag mir das (Shopify, WordPress, etwas anderes?), dann sage ich dir, welches ich dafür nehmen würde.",
           "{lead} hängt das passende Tool vor allem davon ab, worauf Ihre Website läuft: Sagen Sie mir das (Shopify, WordPress, etwas anderes?), dann sage ich Ihnen, welches ich dafür nehmen würde."),
    "es": ("{lead}, la herramienta adecuada depende sobre todo de la plataforma de tu web: dime cuál es (Shopify, WordPress, otra) y te digo cuál elegiría yo.",
           "{lead}, la herramienta adecuada depende sobre todo de la plataforma de su web: dígame cuál es (Shopify, WordPress, otra) y le digo cuál elegiría yo."),
    "it": ("{lead}, lo strumento giusto dipende soprattutto dalla piattaforma del tuo sito: dimmi qual è (Shopify, WordPress, altro) e ti dico quale sceglierei io.",
           "{lead}, lo strumento giusto dipende soprattutto dalla piattaforma del Suo sito: mi dica qual è (Shopify, WordPress, altro) e Le dico quale sceglierei io."),
    "pt-BR": ("{lead}, a ferramenta certa depende principalmente da plataforma do seu site: me diz qual é (Shopify, WordPress, outra) e eu te digo qual eu escolheria.",
              "{lead}, a ferramenta certa depende principalmente da plataforma do seu site: me diga qual é (Shopify, WordPress, outra) e eu lhe digo qual escolheria."),
    "pt": ("{lead}, a ferramenta certa depende sobretudo da plataforma do teu site: diz-me qual é (Shopify, WordPress, outra) e digo-te qual escolheria.",
           "{lead}, a ferramenta certa depende sobretudo da plataforma do seu site: diga-me qual é (Shopify, WordPress, outra) e digo-lhe qual escolheria."),
    "nl": ("{lead} hangt de juiste tool vooral af van het platform van je site: laat me weten welk (Shopify, WordPress, iets anders), dan zeg ik je welke ik zou kiezen.",
           "{lead} hangt de juiste tool vooral af van het platform van uw site: laat u mij weten welk (Shopify, WordPress, iets anders), dan zeg ik u welke ik zou kiezen."),
}


#: A tool for a purpose that does not depend on the sender's site (social listening, brand mentions): an honest "none in
#: particular", then what to look at, never "tell me what your site runs on" (w150 L, de note-20). ``{lead}``: the note's
#: own "for social listening".
_SITE_FREE_PURPOSE = r"(?i:social[- ]?listening|listening|monitoring|veille|mentions?|menciones|menzioni|mencoes|erwahnungen|vermeldingen)"
_TOOL_FOR_ANY_SITE: dict[str, str] = {
    "en": "{lead}, I don't use one tool in particular: Google Alerts and the platforms' own search go a long way to start, and for more I'd look at Brand24 or Mention.",
    "fr": "{lead}, je n'utilise pas d'outil en particulier : Google Alertes et la recherche des réseaux eux-mêmes suffisent pour commencer, et pour aller plus loin je regarderais Brand24 ou Mention.",
    "de": "{lead} nutze ich kein bestimmtes Tool: Für den Anfang reichen Google Alerts und die Suche der Netzwerke selbst, für mehr würde ich mir Brand24 oder Mention ansehen.",
    "es": "{lead}, no uso ninguna herramienta en particular: para empezar bastan Google Alerts y el buscador de las propias redes, y para algo más miraría Brand24 o Mention.",
    "it": "{lead}, non uso uno strumento in particolare: per iniziare bastano Google Alert e la ricerca dei social stessi, e per qualcosa di più guarderei Brand24 o Mention.",
    "pt": "{lead}, não uso nenhuma ferramenta em particular: para começar bastam o Google Alertas e a pesquisa das próprias redes, e para algo mais olharia para o Brand24 ou o Mention.",
    "pt-BR": "{lead}, não uso nenhuma ferramenta em particular: para começar bastam o Google Alertas e a busca das próprias redes, e para algo mais eu daria uma olhada no Brand24 ou no Mention.",
    "nl": "{lead} gebruik ik geen vaste tool: om te beginnen volstaan Google Alerts en de zoekfunctie van de netwerken zelf, en voor meer zou ik naar Brand24 of Mention kijken.",
}


#: A tool to measure how far social posts go ("which tool do you use to measure reach?", "quel outil pour mesurer la
#: portée ?"): the networks' own statistics, never "tell me what your site runs on" (w158 C, es note-10). Folded lead.
_POST_REACH_PURPOSE = (r"(?i:\b(?:reach|portee|alcance|reichweite|bereik|portata|impressions?|impresiones|impressioni|impressoes"
                       r"|impressies|engagement|interactions?|interacciones|interazioni|interacoes|interacties|interaktionen)\b)")
_TOOL_FOR_POSTS: dict[str, str] = {
    "en": "{lead}, I mostly use the networks' own statistics: on LinkedIn, the analytics under each post (impressions, reactions, who saw it) are enough to start, and to follow several networks at once I'd look at Metricool.",
    "fr": "{lead}, j'utilise surtout les statistiques des réseaux eux-mêmes : sur LinkedIn, celles sous chaque post (impressions, réactions, qui l'a vu) suffisent pour commencer, et pour suivre plusieurs réseaux à la fois je regarderais Metricool.",
    "de": "{lead} nutze ich vor allem die Statistiken der Netzwerke selbst: Auf LinkedIn reichen für den Anfang die Zahlen unter jedem Beitrag (Impressionen, Reaktionen, wer ihn gesehen hat), und für mehrere Netzwerke auf einmal würde ich mir Metricool ansehen.",
    "es": "{lead}, uso sobre todo las estadísticas de las propias redes: en LinkedIn, las de cada publicación (impresiones, reacciones, quién la vio) bastan para empezar, y para seguir varias redes a la vez miraría Metricool.",
    "it": "{lead}, uso soprattutto le statistiche dei social stessi: su LinkedIn bastano per iniziare quelle sotto ogni post (impressioni, reazioni, chi l'ha visto), e per seguire più social insieme guarderei Metricool.",
    "pt": "{lead}, uso sobretudo as estatísticas das próprias redes: no LinkedIn, as de cada publicação (impressões, reações, quem a viu) bastam para começar, e para acompanhar várias redes ao mesmo tempo olharia para o Metricool.",
    "pt-BR": "{lead}, uso principalmente as estatísticas das próprias redes: no LinkedIn, as de cada post (impressões, reações, quem viu) bastam para começar, e para acompanhar várias redes ao mesmo tempo eu daria uma olhada no Metricool.",
    "nl": "{lead} gebruik ik vooral de statistieken van de netwerken zelf: op LinkedIn volstaan om te beginnen de cijfers onder elk bericht (weergaven, reacties, wie het zag), en om meerdere netwerken tegelijk te volgen zou ik naar Metricool kijken.",
}


#: A cost per click that climbed (on Meta, Instagram, Google…): a concrete first tip that holds in any sector, never
#: "tell me your sector" to a note that already names it; (informal, formal), after the language's "about CPC" lead.
_CPC_TIP: dict[str, tuple[str, str]] = {
    "en": ("the first lever is usually the creative: people tire of the same visuals, so I'd test two or three new ones (a short video, a real customer photo) every two or three weeks and judge on cost per sale rather than per click.",) * 2,
    "fr": ("le premier levier est souvent le visuel : l'audience se lasse des mêmes créas, donc je testerais deux ou trois nouvelles (une vidéo courte, une vraie photo client) toutes les deux ou trois semaines et je jugerais sur le coût par vente plutôt que par clic.",) * 2,
    "de": ("sind meist die Creatives der erste Hebel: Die Zielgruppe hat die immer gleichen Bilder schnell satt, also würde ich alle zwei, drei Wochen zwei, drei neue testen (ein kurzes Video, ein echtes Kundenfoto) und nach Kosten pro Verkauf statt pro Klick bewerten.",) * 2,
    "es": ("la primera palanca suele ser la creatividad: la audiencia se cansa de los mismos anuncios, así que probaría dos o tres nuevos (un vídeo corto, una foto real de clienta) cada dos o tres semanas y juzgaría por el coste por venta, no por clic.",) * 2,
    "it": ("la prima leva di solito è la creatività: il pubblico si stanca sempre degli stessi annunci, quindi proverei due o tre creatività nuove (un video breve, una foto vera di una cliente) ogni due o tre settimane e valuterei il costo per vendita, non per clic.",) * 2,
    "pt-BR": ("a primeira alavanca costuma ser o criativo: o público cansa dos mesmos anúncios, então eu testaria dois ou três novos (um vídeo curto, uma foto real de cliente) a cada duas ou três semanas e avaliaria pelo custo por venda, não por clique.",) * 2,
    "pt": ("a primeira alavanca costuma ser o criativo: o público cansa-se dos mesmos anúncios, por isso testaria dois ou três novos (um vídeo curto, uma foto real de cliente) a cada duas ou três semanas e avaliaria pelo custo por venda, não por clique.",) * 2,
    "nl": ("is de creatie meestal de eerste knop: je doelgroep raakt dezelfde beelden beu, dus ik zou om de twee à drie weken twee of drie nieuwe testen (een korte video, een echte klantfoto) en sturen op kosten per verkoop in plaats van per klik.",) * 2,
}


def answer(lang: str, key: str, options: list[str], *, informal: bool, shop: bool = False, learner: bool = False, amount: bool = False) -> str:
    """The sentence naming the question's subject, the one fact she needs and what she will then tell, in ``lang``
    ("fr", "pt-BR", …), or "". ``shop``: the note names the sender's shop (only the budget is then asked)."""
    base = lang if lang in _LEADS else lang.split("-")[0]
    if key == "tool_for" and options:
        code = lang if lang in _TOOL_FOR else base
        if code not in _TOOL_FOR:
            return ""
        lead = cre.sub(r"^(?i:pra)\b", "para", options[0])
        if cre.search(_SITE_FREE_PURPOSE, fold(lead)) and base in _TOOL_FOR_ANY_SITE:
            return _TOOL_FOR_ANY_SITE[lang if lang in _TOOL_FOR_ANY_SITE else base].format(lead=lead[:1].upper() + lead[1:])
        if cre.search(_POST_REACH_PURPOSE, fold(lead)) and base in _TOOL_FOR_POSTS:
            return _TOOL_FOR_POSTS[lang if lang in _TOOL_FOR_POSTS else base].format(lead=lead[:1].upper() + lead[1:])
        return _TOOL_FOR[code][0 if informal else 1].format(lead=lead[:1].upper() + lead[1:])
    if not key or base not in _LEADS or key not in _LEADS[base] and key != "opinion":
        return ""
    first = {"en": ", ", "fr": ", ", "de": ", ", "es": ", ", "it": ", ", "pt": ", ", "nl": ", "}[base].join(options[:-1]) if len(options) > 2 else ""
    lead = "" if key == "opinion" else _LEADS[base][key].format(A=first or (options[0] if options else ""), B=options[-1] if len(options) > 1 else "",
                                    X=options[0] if options else "")
    if key == "choice" and base in ("de", "nl") and options:
        # "ob ich mich auf technisches SEO oder auf Content spezialisieren soll": the options keep the note's case and verb;
        # "zwischen technisches SEO und Content spezialisieren" is broken German. The verb goes; an inflected word
        # (a lowercase adjective) cannot follow "zwischen"/"tussen" as written, so the options are left out.
        verb = r"\s+(?:zu\s+)?[a-zäöüß]+(?:ieren|eren|en|ern|eln)$" if base == "de" else r"\s+(?:te\s+)?[a-z]+(?:eren|en)$"
        options = [cre.sub(verb, "", o) if len(o.split()) > 1 else o for o in options]
        if any(w[:1].islower() and not cre.fullmatch(r"(?i:e-?commerce|b2b|b2c|seo|sea|ads|social|content|e-?mail|ux|ki|ai)", w)
               for o in options for w in o.split()):
            lead = {"de": "Was die Wahl zwischen beiden angeht", "nl": "Om tussen die twee te kiezen"}[base]
        else:
            lead = _LEADS[base][key].format(A=first or options[0], B=options[-1] if len(options) > 1 else "", X=options[0])
    if key == "opinion":
        if not options or base not in _OPINION_LEAD:
            return ""
        leads = _OPINION_LEAD[base]
        lead = leads.get(options[1] if len(options) > 1 else "", leads[""]).format(x=_to_you(options[0], base, informal))
    code = lang if lang in _OFFER else base
    reg = _REG[code][0 if informal else 1]
    if key == "cpc" and code in _CPC_TIP:
        return lead + (": " if base == "en" else ", ") + _CPC_TIP[code][0 if informal else 1]
    if key.startswith("scene"):
        if key == "scene_a" and not learner:
            return _SCENE_HIRE[code][0 if informal else 1]
        return _SCENE[code][key][0 if informal else 1]
    deliver = _DELIVER[code][key].format(**reg)
    if code == "pt":
        deliver = deliver[:1].lower() + deliver[1:]  # "Digo-te" after "e": "e digo-te …"
    need = _NEED_KEY.get(key, "sit")
    if need in ("sit", "where") and shop and key not in ("certs", "course", "start_course"):
        need = "sitb"  # the shop is named: only the budget is missing, never "tell me where you stand" again
        if amount:
            need = "tried"  # the shop and the budget told: what was tried, never the budget again
    elif need == "sit" and amount:
        need = "sitn"  # "unser Budget liegt bei 2.000 € im Monat": the budget told, only the business asked, never the budget again
    elif need in ("sit", "where") and learner:
        need = "goal"  # a student or a junior: where they stand and what they aim for, never "your business and budget"
    ask = _NEED[code][need][0 if informal else 1]
    offer = _OFFER[code][0 if informal else 1].format(ask=ask, d=deliver)
    if base == "en":
        return lead + ": " + offer
    return lead + ", " + offer


#: The holding line for an advice question nothing else answers: the one fact she needs, then what she will tell.
#: Keys: "shop" (the note names the shop: its budget), "shop_amount" (the shop and a budget named: what was tried),
#: "" (their business and budget), "amount" (a budget named: their business); each (informal, formal).
_HOLD: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"shop": ("Tell me roughly what budget you have, and I'll tell you where I'd start with {shop}.",) * 2,
           "shop_amount": ("Tell me what you've tried so far, and I'll tell you where I'd start with {shop}.",) * 2,
           "": ("Tell me a little about your business and your budget, and I'll tell you where I'd start.",) * 2,
           "amount": ("If you like, we can go through it together in a 20-minute call, and I'll tell you what I'd do with that budget.",) * 2},
    "fr": {"shop": ("Dis-moi à peu près quel budget tu as, et je te dirai par quoi je commencerais pour {shop}.",
                    "Dites-moi à peu près de quel budget vous disposez, et je vous dirai par quoi je commencerais pour {shop}."),
           "shop_amount": ("Dis-moi ce que tu as déjà essayé, et je te dirai par quoi je commencerais pour {shop}.",
                           "Dites-moi ce que vous avez déjà essayé, et je vous dirai par quoi je commencerais pour {shop}."),
           "": ("Parle-moi un peu de ton activité et de ton budget, et je te dirai par quoi je commencerais.",
                "Parlez-moi un peu de votre activité et de votre budget, et je vous dirai par quoi je commencerais."),
           "amount": ("Si tu veux, on regarde ça ensemble lors d'un appel de 20 minutes, et je te dis ce que je ferais avec ce budget.",
                      "Si vous le souhaitez, nous pouvons regarder cela ensemble lors d'un appel de 20 minutes, et je vous dirai ce que je ferais avec ce budget.")},
    "de": {"shop": ("Sag mir ungefähr, welches Budget du hast, dann sage ich dir, wo ich bei {shop} anfangen würde.",
                    "Sagen Sie mir ungefähr, welches Budget Sie haben, dann sage ich Ihnen, wo ich bei {shop} anfangen würde."),
           "shop_amount": ("Sag mir, was du schon ausprobiert hast, dann sage ich dir, wo ich bei {shop} anfangen würde.",
                           "Sagen Sie mir, was Sie schon ausprobiert haben, dann sage ich Ihnen, wo ich bei {shop} anfangen würde."),
           "": ("Erzähl mir kurz etwas über dein Geschäft und dein Budget, dann sage ich dir, wo ich anfangen würde.",
                "Erzählen Sie mir kurz etwas über Ihr Geschäft und Ihr Budget, dann sage ich Ihnen, wo ich anfangen würde."),
           "amount": ("Wenn du magst, schauen wir uns das in einem 20-minütigen Call zusammen an, und ich sage dir, was ich mit dem Budget machen würde.",
                      "Wenn Sie möchten, schauen wir uns das in einem 20-minütigen Gespräch gemeinsam an, und ich sage Ihnen, was ich mit dem Budget machen würde.")},
    "es": {"shop": ("Dime más o menos qué presupuesto tienes y te digo por dónde empezaría con {shop}.",
                    "Dígame más o menos de qué presupuesto dispone y le digo por dónde empezaría con {shop}."),
           "shop_amount": ("Cuéntame qué has probado hasta ahora y te digo por dónde empezaría con {shop}.",
                           "Cuénteme qué ha probado hasta ahora y le digo por dónde empezaría con {shop}."),
           "": ("Cuéntame un poco de tu negocio y tu presupuesto y te digo por dónde empezaría.",
                "Cuénteme un poco sobre su negocio y su presupuesto y le digo por dónde empezaría."),
           "amount": ("Si quieres, lo revisamos juntos en una llamada de 20 minutos y te digo qué haría con ese presupuesto.",
                      "Si le parece, lo revisamos juntos en una llamada de 20 minutos y le digo qué haría con ese presupuesto.")},
    "it": {"shop": ("Dimmi più o meno che budget hai e ti dico da dove partirei con {shop}.",
                    "Mi dica più o meno di che budget dispone e Le dico da dove partirei con {shop}."),
           "shop_amount": ("Dimmi cosa hai già provato e ti dico da dove partirei con {shop}.",
                           "Mi dica cosa ha già provato e Le dico da dove partirei con {shop}."),
           "": ("Raccontami un po' della tua attività e del tuo budget e ti dico da dove partirei.",
                "Mi racconti un po' della Sua attività e del Suo budget e Le dico da dove partirei."),
           "amount": ("Se ti va, ci diamo un'occhiata insieme in una call di 20 minuti e ti dico cosa farei con quel budget.",
                      "Se Le va, ci diamo un'occhiata insieme in una call di 20 minuti e Le dico cosa farei con quel budget.")},
    "pt-BR": {"shop": ("Me diz mais ou menos qual é o seu orçamento e eu te digo por onde eu começaria com {shop}.",
                       "Me diga mais ou menos qual é o seu orçamento e eu lhe digo por onde eu começaria com {shop}."),
              "shop_amount": ("Me conta o que você já testou e eu te digo por onde eu começaria com {shop}.",
                              "Me conte o que já testou e eu lhe digo por onde eu começaria com {shop}."),
              "": ("Me conta um pouco do seu negócio e do seu orçamento e eu te digo por onde eu começaria.",
                   "Me conte um pouco sobre o seu negócio e o seu orçamento e eu lhe digo por onde eu começaria."),
              "amount": ("Se quiser, a gente olha isso junto numa chamada de 20 minutos e eu te digo o que faria com esse orçamento.",
                         "Se quiser, podemos ver isso juntos numa chamada de 20 minutos e eu lhe digo o que faria com esse orçamento.")},
    "pt": {"shop": ("Diz-me mais ou menos que orçamento tens e digo-te por onde começaria com {shop}.",
                    "Diga-me mais ou menos que orçamento tem e digo-lhe por onde começaria com {shop}."),
           "shop_amount": ("Diz-me o que já experimentaste e digo-te por onde começaria com {shop}.",
                           "Diga-me o que já experimentou e digo-lhe por onde começaria com {shop}."),
           "": ("Conta-me um pouco sobre o teu negócio e o teu orçamento e digo-te por onde começaria.",
                "Conte-me um pouco sobre o seu negócio e o seu orçamento e digo-lhe por onde começaria."),
           "amount": ("Se quiseres, vemos isso juntos numa chamada de 20 minutos e digo-te o que faria com esse orçamento.",
                      "Se quiser, vemos isso juntos numa chamada de 20 minutos e digo-lhe o que faria com esse orçamento.")},
    "nl": {"shop": ("Laat me ongeveer weten welk budget je hebt, dan vertel ik je waar ik bij {shop} zou beginnen.",
                    "Laat u mij ongeveer weten welk budget u hebt, dan vertel ik u waar ik bij {shop} zou beginnen."),
           "shop_amount": ("Laat me weten wat je al hebt geprobeerd, dan vertel ik je waar ik bij {shop} zou beginnen.",
                           "Laat u mij weten wat u al hebt geprobeerd, dan vertel ik u waar ik bij {shop} zou beginnen."),
           "": ("Vertel me iets over je bedrijf en je budget, dan zeg ik je waar ik zou beginnen.",
                "Vertelt u mij iets over uw bedrijf en uw budget, dan zeg ik u waar ik zou beginnen."),
           "amount": ("Als je wilt, kijken we er samen naar in een call van 20 minuten, dan zeg ik je wat ik met dat budget zou doen.",
                      "Als u wilt, kijken we er samen naar in een gesprek van 20 minuten, dan zeg ik u wat ik met dat budget zou doen.")},
}


#: A former trainee's follow-up question on their own figures ("my CPM doubled since January, is that normal?",
#: "mon CPC a grimpé depuis la formation"): the honest pointer of a trainer, never "tell me about your business and
#: your budget" as to a sales lead. Folded.
_FIGURES = (r"\b(?:cpm|cpc|ctr|cpa|roas|cost per \w+|cout par \w+|coste por \w+|costo per \w+|custo por \w+|kosten pro \w+|kosten per \w+"
            r"|impressions?|impressionen|impresiones|impressioni|impressoes|vertoningen|clics?|clicks?|klicks?|klikken"
            r"|conversions?|conversiones|conversioni|conversoes|conversies|traffic|trafic|trafico|traffico|trafego|bezoekers"
            r"|rankings?|positions?|posiciones|posizioni|posicoes|posities)\b")
_TRAINEE_HOLD: dict[str, tuple[str, str]] = {
    "en": ("Hard to judge without seeing the figures: send me a screenshot of the main numbers here, and I'll tell you what I'd check first.",
           "It is hard to judge without seeing the figures: feel free to send me a screenshot of the main numbers here, and I will tell you what I would check first."),
    "fr": ("Difficile de juger sans voir les chiffres : envoie-moi ici une capture des principaux indicateurs, et je te dirai ce que je regarderais en premier.",
           "Difficile de juger sans voir les chiffres : envoyez-moi ici une capture des principaux indicateurs, et je vous dirai ce que je regarderais en premier."),
    "de": ("Ohne die Zahlen zu sehen, ist das schwer zu sagen: Schick mir hier einen Screenshot der wichtigsten Kennzahlen, dann sage ich dir, was ich zuerst prüfen würde.",
           "Ohne die Zahlen zu sehen, ist das schwer zu sagen: Schicken Sie mir hier gern einen Screenshot der wichtigsten Kennzahlen, dann sage ich Ihnen, was ich zuerst prüfen würde."),
    "es": ("Es difícil decirlo sin ver los datos: mándame por aquí una captura de las cifras principales y te digo qué revisaría primero.",
           "Es difícil decirlo sin ver los datos: envíeme por aquí una captura de las cifras principales y le digo qué revisaría primero."),
    "it": ("Difficile dirlo senza vedere i numeri: mandami qui uno screenshot dei dati principali e ti dico cosa controllerei per prima cosa.",
           "Difficile dirlo senza vedere i numeri: mi mandi qui uno screenshot dei dati principali e Le dico cosa controllerei per prima cosa."),
    "pt": ("É difícil dizer sem ver os números: manda-me aqui uma captura de ecrã dos principais indicadores e digo-te o que verificaria primeiro.",
           "É difícil dizer sem ver os números: envie-me aqui uma captura de ecrã dos principais indicadores e digo-lhe o que verificaria primeiro."),
    "pt-BR": ("É difícil dizer sem ver os números: me manda aqui um print dos principais indicadores que eu te digo o que olharia primeiro.",
              "É difícil dizer sem ver os números: me envie aqui um print dos principais indicadores e eu lhe digo o que verificaria primeiro."),
    "nl": ("Zonder de cijfers te zien is dat lastig te zeggen: stuur me hier een screenshot van de belangrijkste cijfers, dan zeg ik je wat ik als eerste zou nakijken.",
           "Zonder de cijfers te zien is dat lastig te zeggen: stuurt u mij hier gerust een screenshot van de belangrijkste cijfers, dan laat ik u weten wat ik als eerste zou nakijken."),
}


def in_register(table: dict[str, tuple[str, str]], lang: str, informal: bool) -> str:
    """The line of ``table`` for ``lang`` (its base language when the variant has none), informal or formal; "" for a
    language the table lacks."""
    pair = by_lang(table, lang)
    return pair[0 if informal else 1] if pair else ""


def trainee_hold(lang: str, note: str, *, informal: bool) -> str:
    """The pointer for a former trainee asking about their own figures (``""`` when the note names none).

    >>> trainee_hold("en", "Quick question: my CPM doubled, is that normal?", informal=True)[:31]
    'Hard to judge without seeing th'
    """
    if not cre.search(_FIGURES, fold(note)):
        return ""
    return in_register(_TRAINEE_HOLD, lang, informal)


#: Their own tracking gone wrong ("since the GA4 migration my conversions don't show up", "le conversioni sono sparite
#: dai report"): the usual causes named and the first checks, never "tell me your budget" as to a sales lead. Folded.
_TRACKING = (r"\b(?:ga4|google analytics|analytics)\b[^?!]{0,160}\b(?:conversions?|conversiones|conversioni"
             r"|conversoes|conversies|konversionen|events?|evenements|eventos|eventi|evenementen|ereignisse)\b"
             r"|\b(?:conversions?|conversiones|conversioni|conversoes|conversies|konversionen)\b[^?!]{0,160}\b(?:ga4|google analytics|analytics)\b")
#: Attribution asked about ("is data-driven attribution reliable under 50 conversions a month?", "le modèle d'attribution"):
#: how conversions are credited, never conversions gone missing. Folded.
_ATTRIBUTION = r"\b(?:attribution|attribuer|atribucion|atribuir|attribuzione|atribuicao|attributie|attribuering|zuordnung\w*|attributionsmodell\w*)\b"
_TRACKING_HOLD: dict[str, tuple[str, str]] = {
    "en": ("It's a common one with GA4: usually the conversions were never marked as key events, or the tag no longer fires on the order confirmation page. I'd check those two first (Admin > Events, then DebugView); if it still doesn't show, send me a screenshot here.",
           "It's a common one with GA4: usually the conversions were never marked as key events, or the tag no longer fires on the order confirmation page. I would check those two first (Admin > Events, then DebugView); if it still does not show, feel free to send me a screenshot here."),
    "fr": ("C'est fréquent avec GA4 : souvent, les conversions n'ont pas été marquées comme événements clés, ou la balise ne se déclenche plus sur la page de confirmation de commande. Je vérifierais ces deux points d'abord (Admin > Événements, puis DebugView) ; si rien ne remonte, envoie-moi une capture ici.",
           "C'est fréquent avec GA4 : souvent, les conversions n'ont pas été marquées comme événements clés, ou la balise ne se déclenche plus sur la page de confirmation de commande. Je vérifierais ces deux points d'abord (Admin > Événements, puis DebugView) ; si rien ne remonte, envoyez-moi une capture ici."),
    "de": ("Das kommt bei GA4 oft vor: Meist wurden die Conversions nicht als Schlüsselereignisse markiert, oder das Tag feuert nicht mehr auf der Bestellbestätigungsseite. Ich würde zuerst diese beiden Punkte prüfen (Verwaltung > Ereignisse, dann DebugView); wenn dann noch nichts ankommt, schick mir hier einen Screenshot.",
           "Das kommt bei GA4 oft vor: Meist wurden die Conversions nicht als Schlüsselereignisse markiert, oder das Tag feuert nicht mehr auf der Bestellbestätigungsseite. Ich würde zuerst diese beiden Punkte prüfen (Verwaltung > Ereignisse, dann DebugView); wenn dann noch nichts ankommt, schicken Sie mir hier gern einen Screenshot."),
    "es": ("Pasa a menudo con GA4: casi siempre las conversiones no se marcaron como eventos clave, o la etiqueta ya no se dispara en la página de confirmación del pedido. Yo revisaría eso primero (Administrar > Eventos y luego DebugView); si sigue sin aparecer, mándame una captura por aquí.",
           "Pasa a menudo con GA4: casi siempre las conversiones no se marcaron como eventos clave, o la etiqueta ya no se dispara en la página de confirmación del pedido. Yo revisaría eso primero (Administrar > Eventos y luego DebugView); si sigue sin aparecer, envíeme una captura por aquí."),
    "it": ("Capita spesso con GA4: di solito le conversioni non sono state segnate come eventi chiave, oppure il tag non si attiva più sulla pagina di conferma dell'ordine. Controllerei prima queste due cose (Amministrazione > Eventi, poi DebugView); se ancora non compaiono, mandami qui uno screenshot.",
           "Capita spesso con GA4: di solito le conversioni non sono state segnate come eventi chiave, oppure il tag non si attiva più sulla pagina di conferma dell'ordine. Controllerei prima queste due cose (Amministrazione > Eventi, poi DebugView); se ancora non compaiono, mi mandi qui uno screenshot."),
    "pt": ("Acontece muitas vezes com o GA4: normalmente as conversões não foram marcadas como eventos-chave, ou a etiqueta deixou de disparar na página de confirmação da encomenda. Verificaria essas duas coisas primeiro (Administrador > Eventos, depois DebugView); se continuar sem aparecer, manda-me aqui uma captura de ecrã.",
           "Acontece muitas vezes com o GA4: normalmente as conversões não foram marcadas como eventos-chave, ou a etiqueta deixou de disparar na página de confirmação da encomenda. Verificaria essas duas coisas primeiro (Administrador > Eventos, depois DebugView); se continuar sem aparecer, envie-me aqui uma captura de ecrã."),
    "pt-BR": ("Acontece bastante com o GA4: geralmente as conversões não foram marcadas como eventos-chave, ou a tag parou de disparar na página de confirmação do pedido. Eu olharia essas duas coisas primeiro (Administrador > Eventos, depois DebugView); se continuar sem aparecer, me manda um print aqui.",
              "Acontece bastante com o GA4: geralmente as conversões não foram marcadas como eventos-chave, ou a tag parou de disparar na página de confirmação do pedido. Eu verificaria essas duas coisas primeiro (Administrador > Eventos, depois DebugView); se continuar sem aparecer, me envie um print aqui."),
    "nl": ("Dat komt vaak voor met GA4: meestal zijn de conversies niet als belangrijke gebeurtenissen gemarkeerd, of gaat de tag niet meer af op de bevestigingspagina van de bestelling. Ik zou eerst die twee dingen nakijken (Beheer > Gebeurtenissen, dan DebugView); verschijnt er dan nog niets, stuur me hier een screenshot.",
           "Dat komt vaak voor met GA4: meestal zijn de conversies niet als belangrijke gebeurtenissen gemarkeerd, of gaat de tag niet meer af op de bevestigingspagina van de bestelling. Ik zou eerst die twee dingen nakijken (Beheer > Gebeurtenissen, dan DebugView); verschijnt er dan nog niets, stuurt u mij hier gerust een screenshot."),
}


#: Conversions asked how to set up ("how do I set up conversions for my Shopify store?", "comment configurer les
#: conversions ?"), with nothing said to have broken: the set-up steps, never "the tag no longer fires" (w158 C, nl
#: note-34). Folded.
_SETUP_ASKED = (r"\b(?:how (?:do|can|should|would) (?:i|we|you) (?:set ?up|configure|track|install|add)|how to (?:set ?up|configure|track|install)"
                r"|comment (?:je |on )?(?:configur\w*|parametr\w*|mettre en place|mets en place|install\w*|suivre|tracker)"
                r"|como (?:se )?(?:configur\w*|instal\w*|pongo|poner|monto|montar|medir|mido|ponho|por)"
                r"|come (?:si )?(?:impost\w*|configur\w*|install\w*|attiv\w*|tracci\w*|mett\w*)"
                r"|wie (?:richte|stelle|setze|tracke|messe) ich|wie (?:kann|sollte) ich\b[^?]{0,60}\b(?:einrichten|einstellen|aufsetzen|tracken|messen)"
                r"|hoe (?:zet|stel|richt|meet|track) (?:ik|je|we)|hoe (?:kan|moet) ik\b[^?]{0,60}\b(?:opzetten|instellen|inrichten|meten|tracken))\b")
_BROKEN_TOLD = (r"\b(?:no longer|not showing|don'?t (?:show|appear)|disappeared|stopped|missing|plus (?:rien|de)|ne (?:remonte|s'affich)\w*|disparu\w*"
                r"|desaparec\w*|ya no|no aparec\w*|sparit\w*|non (?:compa|si vedon|appa)\w*|piu\b|nao aparec\w*|sumi\w*|desaparece\w*|deixou de"
                r"|nicht mehr|verschwunden|fehlen|keine mehr|niet meer|verdwenen|komen niet|kloppen niet|zero|null|0)\b")
_SETUP_HOLD: dict[str, tuple[str, str]] = {
    "en": ("The simplest way: connect GA4 through your shop's own Google integration (on Shopify, the Google & YouTube app), which sends the purchases by itself; then mark \"purchase\" as a key event in GA4 (Admin > Events) and check it with a test order in DebugView.",) * 2,
    "fr": ("Le plus simple : relier GA4 par l'intégration Google de ta boutique (sur Shopify, l'application Google & YouTube), qui envoie les achats toute seule ; ensuite, marquer « purchase » comme événement clé dans GA4 (Admin > Événements) et vérifier avec une commande test dans DebugView.",
           "Le plus simple : relier GA4 par l'intégration Google de votre boutique (sur Shopify, l'application Google & YouTube), qui envoie les achats toute seule ; ensuite, marquer « purchase » comme événement clé dans GA4 (Admin > Événements) et vérifier avec une commande test dans DebugView."),
    "de": ("Am einfachsten: GA4 über die Google-Integration deines Shops verbinden (bei Shopify die App Google & YouTube), die die Käufe von selbst sendet; dann in GA4 „purchase“ als Schlüsselereignis markieren (Verwaltung > Ereignisse) und mit einer Testbestellung in DebugView prüfen.",
           "Am einfachsten: GA4 über die Google-Integration Ihres Shops verbinden (bei Shopify die App Google & YouTube), die die Käufe von selbst sendet; dann in GA4 „purchase“ als Schlüsselereignis markieren (Verwaltung > Ereignisse) und mit einer Testbestellung in DebugView prüfen."),
    "es": ("Lo más sencillo: conectar GA4 con la integración de Google de tu tienda (en Shopify, la app Google & YouTube), que envía las compras sola; luego marcar «purchase» como evento clave en GA4 (Administrar > Eventos) y comprobarlo con un pedido de prueba en DebugView.",
           "Lo más sencillo: conectar GA4 con la integración de Google de su tienda (en Shopify, la app Google & YouTube), que envía las compras sola; luego marcar «purchase» como evento clave en GA4 (Administrar > Eventos) y comprobarlo con un pedido de prueba en DebugView."),
    "it": ("La via più semplice: collegare GA4 con l'integrazione Google del tuo negozio (su Shopify, l'app Google & YouTube), che invia gli acquisti da sola; poi segnare \"purchase\" come evento chiave in GA4 (Amministrazione > Eventi) e verificarlo con un ordine di prova in DebugView.",
           "La via più semplice: collegare GA4 con l'integrazione Google del Suo negozio (su Shopify, l'app Google & YouTube), che invia gli acquisti da sola; poi segnare \"purchase\" come evento chiave in GA4 (Amministrazione > Eventi) e verificarlo con un ordine di prova in DebugView."),
    "pt": ("O mais simples: ligar o GA4 pela integração Google da tua loja (no Shopify, a app Google & YouTube), que envia as compras sozinha; depois marcar \"purchase\" como evento-chave no GA4 (Administrador > Eventos) e confirmar com uma encomenda de teste no DebugView.",
           "O mais simples: ligar o GA4 pela integração Google da sua loja (no Shopify, a app Google & YouTube), que envia as compras sozinha; depois marcar \"purchase\" como evento-chave no GA4 (Administrador > Eventos) e confirmar com uma encomenda de teste no DebugView."),
    "pt-BR": ("O mais simples: conectar o GA4 pela integração Google da sua loja (no Shopify, o app Google & YouTube), que envia as compras sozinha; depois marcar \"purchase\" como evento-chave no GA4 (Administrador > Eventos) e conferir com um pedido de teste no DebugView.",) * 2,
    "nl": ("Het eenvoudigst: koppel GA4 via de Google-integratie van je winkel (bij Shopify de app Google & YouTube), die de aankopen vanzelf doorstuurt; markeer daarna \"purchase\" als belangrijke gebeurtenis in GA4 (Beheer > Gebeurtenissen) en controleer het met een testbestelling in DebugView.",
           "Het eenvoudigst: koppel GA4 via de Google-integratie van uw winkel (bij Shopify de app Google & YouTube), die de aankopen vanzelf doorstuurt; markeer daarna \"purchase\" als belangrijke gebeurtenis in GA4 (Beheer > Gebeurtenissen) en controleer het met een testbestelling in DebugView."),
}


#: A free audit asked about ("do you still offer free audits for nonprofits?", "l'audit gratuit pour les assos, ça
#: s'applique à nous ?"): the settings name no such offer, so she asks for the site and says she will tell what she
#: can do, never "your budget" nor "a 15-minute call and my take". Folded.
_FREE_AUDIT = (r"\b(?:free|gratuit\w*|gratis|kostenlos\w*|kostenfrei\w*|umsonst|pro bono)\b[^.?!]{0,30}\b(?:seo[- ])?(?:audits?|auditorias?|auditori[ao]s?"
               r"|diagnostics?|analysen?|check)\b|\b(?:audits?|auditorias?|diagnostics?|analysen?)\b(?: \w+){0,3} (?:free|gratuit\w*|gratis|kostenlos\w*|pro bono)\b")
_FREE_AUDIT_HOLD: dict[str, tuple[str, str]] = {
    "en": ("About the free audits: send me the link to your site and a few words about your organisation, and I'll tell you here what I can offer you.",
           "About the free audits: feel free to send me the link to your site and a few words about your organisation, and I will tell you here what I can offer you."),
    "fr": ("Pour l'audit gratuit : envoie-moi le lien de votre site et quelques mots sur votre structure, et je te dirai ici ce que je peux te proposer.",
           "Pour l'audit gratuit : envoyez-moi le lien de votre site et quelques mots sur votre structure, et je vous dirai ici ce que je peux vous proposer."),
    "de": ("Zum kostenlosen Audit: Schick mir den Link zu eurer Website und ein paar Worte zu eurer Organisation, dann sage ich dir hier, was ich dir anbieten kann.",
           "Zum kostenlosen Audit: Schicken Sie mir gern den Link zu Ihrer Website und ein paar Worte zu Ihrer Organisation, dann sage ich Ihnen hier, was ich Ihnen anbieten kann."),
    "es": ("Sobre la auditoría gratuita: mándame el enlace de vuestra web y unas palabras sobre la organización, y te digo por aquí qué puedo ofrecerte.",
           "Sobre la auditoría gratuita: envíeme el enlace de su web y unas palabras sobre la organización, y le digo por aquí qué puedo ofrecerle."),
    "it": ("Per l'audit gratuito: mandami il link del vostro sito e due parole sull'organizzazione, e ti dico qui cosa posso offrirti.",
           "Per l'audit gratuito: mi mandi il link del vostro sito e due parole sull'organizzazione, e Le dico qui cosa posso offrirLe."),
    "pt": ("Sobre a auditoria gratuita: manda-me o link do vosso site e umas palavras sobre a organização, e digo-te aqui o que te posso oferecer.",
           "Sobre a auditoria gratuita: envie-me o link do vosso site e umas palavras sobre a organização, e digo-lhe aqui o que lhe posso oferecer."),
    "pt-BR": ("Sobre a auditoria gratuita: me manda o link do site de vocês e umas palavras sobre a organização, que eu te digo aqui o que posso oferecer.",
              "Sobre a auditoria gratuita: me envie o link do site e algumas palavras sobre a organização, e eu lhe digo aqui o que posso oferecer."),
    "nl": ("Over de gratis audit: stuur me de link naar jullie site en een paar woorden over de organisatie, dan laat ik je hier weten wat ik je kan aanbieden.",
           "Over de gratis audit: stuurt u mij gerust de link naar uw site en een paar woorden over de organisatie, dan laat ik u hier weten wat ik u kan aanbieden."),
}

#: The free audit her posts offer, asked whether it is still on ("is it still on?", "c'est toujours d'actualité ?",
#: "gibt es das noch?"), when her settings say it is (``free_audit = true``): a plain yes, then the site's link. A question
#: on who qualifies ("for nonprofits", "pour les assos", "para ONG") keeps the holding line: the settings do not say. Folded.
_STILL_ON = (r"\b(?:still|toujours|encore|sigue\w*|todavia|aun|ancora|ainda|continua\w*|noch|nog|nach wie vor)\b"
             r"|\bd'actu(?:alite)?\b|\bloopt (?:die|het|deze) nog\b")
_AUDIENCE_ASKED = (r"\b(?:non-?profits?|charit\w*|ngos?|asso\w*|ong|onlus|benevol\w*|volunt\w*|vereins?|ehrenamt\w*|stichting\w*"
                   r"|goede doel\w*|vzw|s'applique|applies|vale anche|ONGs?)\b")
_FREE_AUDIT_ON: dict[str, tuple[str, str]] = {
    "en": ("Yes, the free audit is still on! Send me the link to your site and I'll get back to you here.",
           "Yes, the free audit is still on: send me the link to your site and I will get back to you here."),
    "fr": ("Oui, l'audit gratuit est toujours d'actualité ! Envoie-moi le lien de ton site et je reviens vers toi ici.",
           "Oui, l'audit gratuit est toujours d'actualité : envoyez-moi le lien de votre site et je reviens vers vous ici."),
    "de": ("Ja, das kostenlose Audit gibt es noch! Schick mir den Link zu deiner Website, dann melde ich mich hier bei dir.",
           "Ja, das kostenlose Audit gibt es noch: Schicken Sie mir gern den Link zu Ihrer Website, dann melde ich mich hier bei Ihnen."),
    "es": ("¡Sí, la auditoría gratuita sigue en pie! Mándame el enlace de tu web y te respondo por aquí.",
           "Sí, la auditoría gratuita sigue en pie: envíeme el enlace de su web y le respondo por aquí."),
    "it": ("Sì, l'audit gratuito è ancora valido! Mandami il link del tuo sito e ti rispondo qui.",
           "Sì, l'audit gratuito è ancora valido: mi mandi il link del Suo sito e Le rispondo qui."),
    "pt": ("Sim, a auditoria gratuita continua disponível! Manda-me o link do teu site e respondo-te aqui.",
           "Sim, a auditoria gratuita continua disponível: envie-me o link do seu site e respondo-lhe aqui."),
    "pt-BR": ("Sim, a auditoria gratuita continua valendo! Me manda o link do seu site que eu te respondo por aqui.",
              "Sim, a auditoria gratuita continua valendo: me envie o link do seu site e eu lhe respondo por aqui."),
    "nl": ("Ja, de gratis audit loopt nog! Stuur me de link naar je site, dan kom ik hier bij je terug.",
           "Ja, de gratis audit loopt nog: stuurt u mij gerust de link naar uw site, dan kom ik hier bij u terug."),
}


def free_audit_on(note: str, audit_on: bool | None) -> bool:
    """Does the note ask whether the free audit is still on, one her settings say is (``audit_on``)?

    >>> free_audit_on("saw your post about the free 10-point SEO audit - is it still on?", True)
    True
    >>> free_audit_on("saw your post about the free 10-point SEO audit - is it still on?", None)
    False
    >>> free_audit_on("saw your post about free SEO audits for nonprofits, are you still offering those?", True)
    False
    """
    folded = fold(note)
    return bool(audit_on) and "?" in note and bool(cre.search(_FREE_AUDIT, folded)) and bool(cre.search(_STILL_ON, folded)) \
        and not cre.search(_AUDIENCE_ASKED, folded)


#: An attribution model asked about ("data-driven or last click for small clients?", "dernier clic ou data-driven ?",
#: "¿modelo basado en datos o último clic?"): the model she keeps and why, never "I'll tell you how I do it" left unsaid. Folded.
_ATTRIBUTION_MODEL = (r"\b(?:last|first)[- ]?(?:non[- ]direct[- ])?click\b|\b(?:dernier|premier) clic\b|\b(?:ultimo|primer|primo) clic\b|\b(?:ultimo|primeiro) clique\b"
                      r"|\b(?:letzte[rn]?|erste[rn]?) klick\b|\b(?:laatste|eerste) klik\b|\bdata[- ]driven (?:attribution|model\w*)\b"
                      r"|\bmod(?:el|ele|elo|ello)\w* (?:data[- ]driven|basad[oa] en (?:los )?datos|basato sui dati|baseado em dados)\b|\b(?:attribution|attributie|attributions)[- ]?model\w*\b"
                      r"|\bmodele d'attribution\b|\bmodel(?:o|os|lo|li) (?:de|di) (?:atribucion|attribuzione|atribuicao)\b|\bdatengetrieben\w* (?:attribution|modell\w*)\b|\bdatagestuurd\w* (?:attributie|model\w*)\b")
_MODEL_HOLD: dict[str, tuple[str, str]] = {
    "en": ("For small clients I keep GA4's default, the data-driven model, and compare it with last click now and then: with few conversions it has little to learn from, so the two rarely differ much. Clean conversion tracking and UTM tags matter far more than the model.",) * 2,
    "fr": ("Pour les petits clients, je garde le modèle par défaut de GA4, le data-driven, et je le compare de temps en temps au dernier clic : avec peu de conversions, il a peu de quoi apprendre et les deux diffèrent rarement. Un suivi propre des conversions et des UTM comptent bien plus que le modèle.",) * 2,
    "de": ("Bei kleinen Kunden bleibe ich beim Standard von GA4, dem datengetriebenen Modell, und vergleiche es ab und zu mit Last Click: Bei wenigen Conversions hat es kaum Daten zum Lernen, die beiden weichen selten stark ab. Sauberes Conversion-Tracking und UTM-Tags zählen viel mehr als das Modell.",) * 2,
    "es": ("Con clientes pequeños me quedo con el modelo predeterminado de GA4, el basado en datos, y de vez en cuando lo comparo con el último clic: con pocas conversiones tiene poco de lo que aprender y rara vez difieren mucho. Importan mucho más un seguimiento limpio de conversiones y las UTM.",) * 2,
    "it": ("Con i clienti piccoli tengo il modello predefinito di GA4, quello basato sui dati, e ogni tanto lo confronto con l'ultimo clic: con poche conversioni ha poco da cui imparare e i due raramente differiscono molto. Contano molto di più un tracciamento pulito delle conversioni e gli UTM.",) * 2,
    "pt": ("Com clientes pequenos fico com o modelo predefinido do GA4, o baseado em dados, e de vez em quando comparo-o com o último clique: com poucas conversões tem pouco com que aprender e raramente diferem muito. Contam muito mais um registo limpo das conversões e as UTM.",) * 2,
    "pt-BR": ("Para clientes pequenos eu fico com o modelo padrão do GA4, o data-driven, e de vez em quando comparo com o último clique: com poucas conversões ele tem pouco com que aprender e os dois raramente diferem muito. Importam muito mais um rastreamento de conversões bem feito e as UTMs.",) * 2,
    "nl": ("Bij kleine klanten houd ik het standaardmodel van GA4 aan, het datagestuurde, en vergelijk het af en toe met last click: met weinig conversies heeft het weinig om van te leren en verschillen de twee zelden veel. Strakke conversietracking en UTM-tags tellen veel meer dan het model.",) * 2,
}


def model_asked(note: str) -> bool:
    """Does the note ask which attribution model she uses ("data-driven ou dernier clic ?")?

    >>> model_asked("você usa modelo data-driven ou último clique pra clientes pequenos?"), model_asked("data-driven marketing?")
    (True, False)
    """
    return "?" in note and bool(cre.search(_ATTRIBUTION_MODEL, fold(note)))

#: Looker Studio weighed against GA4's own reports ("conviene Looker Studio o basta l'interfaccia di GA4?", "vale a pena
#: migrar os relatórios para o Looker Studio ou usar as explorações nativas?"): a one-line pick, never "I'll write back". Folded.
_LOOKER_NAMED = r"\b(?:looker|data) studio\b"
_GA4_OWN = r"\b(?:ga4|google analytics|nativ\w*|interfa\w*|explor\w*|verkenning\w*)\b"
_LOOKER_WEIGHED = r"\b(?:o|ou|or|oder|of|vs|versus|worth|vale|conviene|basta|merece|compensa|lohnt\w*|loont|migr\w*|suffi\w*|reicht|volstaat|enough)\b"


def _asked_with(folded: str, *patterns: str) -> bool:
    """Does one question sentence of the (folded) note carry every pattern? (What each line below answers is asked in one
    sentence: "what tools for reporting on Meta and Google Ads?", never words scattered over the note.)

    >>> _asked_with("j'ai lu ton post. quel outil pour le reporting meta et google ?", r"\\boutil", r"\\bmeta\\b")
    True
    >>> _asked_with("j'utilise meta. quel outil conseilles-tu ?", r"\\boutil", r"\\bmeta\\b")
    False
    """
    return any(all(cre.search(p, q) for p in patterns) for q in cre.question_sentences(folded))


def looker_asked(note: str) -> bool:
    """Does a question weigh Looker Studio against GA4's own reports? (The owner's pick is her ``rule = "looker_pick"``
    answer.)

    >>> looker_asked("conviene usare Looker Studio o basta l'interfaccia di GA4?")
    True
    >>> looker_asked("Quel outil utilisez-vous pour le reporting ? Looker Studio ?")
    False
    """
    folded = fold(note)
    return _asked_with(folded, _LOOKER_NAMED, _LOOKER_WEIGHED) and bool(cre.search(_GA4_OWN, folded))

#: Which tool to report on ad campaigns with ("what tools would you recommend for reporting on Facebook + Google Ads?",
#: "welk tool gebruik je voor rapportages van Meta- en Google-campagnes?"): the tools named, never how she measures the
#: ROI. Folded; a question sentence naming a tool, reporting, Meta and Google (the answer is for both together).
_TOOL_WORD = r"\b(?:tools?|outils?|logiciels?|software|herramientas?|strumenti|strumento|ferramentas?|werkzeuge?|app|apps)\b"
_REPORT_WORD = r"\b(?:report\w*|rapport\w*|informes?|relatori\w*|relatorios?|bericht\w*|dashboards?|tableaux? de bord)\b"
_META_ADS = r"\b(?:facebook|meta|instagram)\b"
_GOOGLE_ADS = r"\bgoogle(?:[ -]ads)?\b"


#: A tool to measure the return with on a small budget ("¿qué herramienta recomiendas para una pyme con poco presupuesto?"
#: after a post on the ROI of social media): the free tools named, never her ROI method. Folded; the question sentence
#: names a tool and a small budget or business, the note a measure, ROI or reporting.
_SMALL_BUDGET = (r"\b(?:(?:low|small|tight|limited|little) budget|petit budget|peu de (?:budget|moyens)|budget (?:serre|limite)|pme|tpe"
                 r"|small business\w*|poco presupuesto|presupuesto (?:bajo|pequeno|limitado|ajustado)|pymes?|pequenas? empresas?"
                 r"|poco budget|budget (?:ridotto|limitato|basso)|piccolo budget|pmi|pouco orcamento|orcamento (?:baixo|pequeno|limitado|curto)"
                 r"|kleine[ms]? budget|wenig budget|kmu|klein(?:e|er|es)? (?:unternehmen|firma|betrieb)|klein budget|beperkt budget|weinig budget|mkb)\b")
_MEASURE_WORD = (r"\b(?:roi|roas|measur\w*|mesur\w*|medir|mide\w*|misura\w*|messen|misst|meten|meet|report\w*|rendement|rentab\w*"
                 r"|retorno|ritorno|auswert\w*)\b")
#: Another purpose for the tool (folded): SEO rankings, e-mailing, scheduling posts; her ROI tools answer none of them.
_OTHER_TOOL_PURPOSE = (r"\b(?:seo|referencement|posicionamiento|posizionamento|posicionamento|keywords?|mots?[- ]cles?|palabras clave"
                       r"|rankings?|positions?|posiciones|posizioni|e-?mail\w*|newsletters?|schedul\w*|planifi\w*|programar|programmare"
                       r"|agendar|planen|inplannen|crm)\b")


def small_budget_tools_asked(note: str) -> bool:
    """Does a question ask for a tool on a small budget, in a note about measuring or the ROI? (The owner's tools are her
    ``rule = "small_budget_tools"`` answer.)

    >>> small_budget_tools_asked("Loved your post on social media ROI. Which tool do you recommend for a small business?")
    True
    >>> small_budget_tools_asked("Which tool do you use for reporting?")
    False
    """
    folded = fold(note)
    if not cre.search(_MEASURE_WORD, folded) or cre.search(_OTHER_TOOL_PURPOSE, folded):
        return False
    return _asked_with(folded, _TOOL_WORD, _SMALL_BUDGET)


def report_tools_asked(note: str) -> bool:
    """Does a question ask for the tools to report on Facebook and Google Ads campaigns? (The owner's tools are her
    ``rule = "report_tools"`` answer.)

    >>> report_tools_asked("what tools do you use for reporting on Meta and Google Ads campaigns?")
    True
    >>> report_tools_asked("How do you measure the ROI of your ads?")
    False
    """
    return _asked_with(fold(note), _TOOL_WORD, _REPORT_WORD, _META_ADS, _GOOGLE_ADS)

#: MER (total revenue over total ad spend) weighed against ROAS ("is MER better than ROAS for small shops?", "MER o ROAS para
#: una tienda pequeña?"): her pick, never how she tracks the ROI. Folded; the bare "mer" only beside ROAS (French "la mer").
_MER_NAMED = r"\b(?:mer|marketing efficiency ratio|blended roas)\b"
_MER_SPELLED = r"\b(?:marketing efficiency ratio|blended roas)\b"
_MER_BESIDE = r"\broas\b"


def mer_asked(note: str) -> bool:
    """Does a question weigh MER against ROAS? (The sea, "la mer", is no metric; the owner's pick is her
    ``rule = "mer_pick"`` answer.)

    >>> mer_asked("Saw your post on ROAS vs MER. Is MER the better number for a small store?")
    True
    >>> mer_asked("Je pars à la mer cet été, tu mesures comment le ROI de tes campagnes ?")
    False
    """
    folded = fold(note)
    return _asked_with(folded, _MER_NAMED) and bool(cre.search(_MER_BESIDE, folded) or cre.search(_MER_SPELLED, folded))

#: Visits or rankings told gone down (folded): "our organic traffic has dropped 40% since March", "notre trafic a chuté",
#: "las visitas han bajado", "il traffico è calato", "o tráfego caiu", "unser Traffic ist eingebrochen", "ons verkeer is gedaald".
_TRAFFIC_NOUN = (r"(?:traffic|trafic|trafico|traffico|trafego|verkeer|bezoekers(?:aantal)?|visits|visitors|visites|visiteurs|visitas|visite|visitatori"
                 r"|besucher\w*|zugriffe|rankings?|positions|posiciones|posizionamento|posicoes|posities|klicks|clicks|clics|cliques|kliks)")
_FELL_WORD = (r"(?:dropped|drop(?:ping)?|fell|fallen|falling|plummeted|plunged|tanked|crashed|declined|halved|gone down|went down"
              r"|chute|baisse|effondre\w*|degringole\w*|divise\w*|perdu|bajado|bajo|caido|cayo|cayendo|desplomado|calato|calati|crollato|crollati|sceso|scese|dimezzat\w*|perso"
              r"|caiu|cairam|caido|baixou|baixaram|despencou|perdemos|eingebrochen|gesunken|eingebrochen|zuruckgegangen|gefallen|halbiert|abgesturzt|verloren"
              r"|gedaald|gekelderd|ingezakt|gezakt|gehalveerd|verloren|achteruitgegaan)")
_TRAFFIC_FELL = (rf"\b{_TRAFFIC_NOUN}\b[^.!?]{{0,40}}?\b{_FELL_WORD}\b"
                 rf"|\b(?:lost|perdu|perdido|perso|perdemos|perdeu|verloren)\b[^.!?]{{0,30}}?\b{_TRAFFIC_NOUN}\b"
                 rf"|\b(?:drop|decline|fall|chute|baisse|caida|calo|crollo|queda|einbruch|ruckgang|daling)\b (?:in|of|de|du|del|della|do|da|des|im|beim|van|in het) (?:\w+ ){{0,2}}?{_TRAFFIC_NOUN}\b")
#: A look asked at it (folded): "could you have a look", "jeter un œil", "echar un vistazo", "dare un'occhiata", "dar uma olhada",
#: "einen Blick darauf werfen", "ernaar kijken".
_LOOK_ASKED = (r"\b(?:(?:have|take) a (?:quick )?look|look into it|look at it|jeter un (?:coup d')?oeil|regarder (?:ca|cela|de plus pres)|y jeter"
               r"|echar(?:le)? un (?:vistazo|ojo)|mirarlo|revisarlo|dare un'?occhiata|darci un'?occhiata|guardarci|dar uma (?:olhada|vista de olhos)|espreitar"
               r"|(?:einen )?blick (?:darauf |drauf )?werfen|drauf ?schauen|draufschauen|(?:es )?(?:dir|ihnen) (?:mal )?anschauen|ernaar (?:\w+ )?kijken|er (?:eens |even )?naar (?:\w+ )?(?:te )?kijken|meekijken)\b")
_TRAFFIC_LOOK_HOLD: dict[str, tuple[str, str]] = {
    "en": ("Sorry to hear about the drop. Yes, I'd be glad to take a look: send me your site's address and, if you can, read access to Google Search Console, and I'll tell you what I see first.",
           "Sorry to hear about the drop. Yes, I would be glad to take a look: feel free to send me your site's address and, if possible, read access to Google Search Console, and I will tell you what I see first."),
    "fr": ("Une baisse pareille, ce n'est jamais agréable. Oui, j'y jette un œil volontiers : envoie-moi l'adresse de ton site et, si tu peux, un accès en lecture à la Google Search Console, et je te dirai ce que je vois en premier.",
           "Une baisse pareille, ce n'est jamais agréable. Oui, j'y jette un œil volontiers : envoyez-moi l'adresse de votre site et, si possible, un accès en lecture à la Google Search Console, et je vous dirai ce que je vois en premier."),
    "es": ("Siento lo de la caída. Sí, le echo un vistazo con gusto: mándame la dirección de tu web y, si puedes, acceso de lectura a Google Search Console, y te digo lo primero que veo.",
           "Siento lo de la caída. Sí, le echo un vistazo con gusto: envíeme la dirección de su web y, si es posible, acceso de lectura a Google Search Console, y le digo lo primero que veo."),
    "it": ("Mi dispiace per il calo. Sì, ci do volentieri un'occhiata: mandami l'indirizzo del tuo sito e, se puoi, un accesso in lettura a Google Search Console, e ti dico cosa vedo per prima cosa.",
           "Mi dispiace per il calo. Sì, ci do volentieri un'occhiata: mi mandi l'indirizzo del Suo sito e, se possibile, un accesso in lettura a Google Search Console, e Le dico cosa vedo per prima cosa."),
    "pt": ("Lamento a queda. Sim, dou uma vista de olhos com gosto: manda-me o endereço do teu site e, se puderes, acesso de leitura ao Google Search Console, e digo-te o que vejo primeiro.",
           "Lamento a queda. Sim, dou uma vista de olhos com gosto: envie-me o endereço do seu site e, se possível, acesso de leitura ao Google Search Console, e digo-lhe o que vejo primeiro."),
    "pt-BR": ("Sinto muito pela queda. Sim, dou uma olhada com prazer: me manda o endereço do seu site e, se puder, acesso de leitura ao Google Search Console, que eu te digo o que vejo primeiro.",
              "Sinto muito pela queda. Sim, dou uma olhada com prazer: me envie o endereço do seu site e, se possível, acesso de leitura ao Google Search Console, e eu lhe digo o que vejo primeiro."),
    "de": ("Das mit dem Rückgang tut mir leid. Ja, ich schaue gern drauf: Schick mir die Adresse deiner Website und, wenn möglich, Lesezugriff auf die Google Search Console, dann sage ich dir, was mir zuerst auffällt.",
           "Das mit dem Rückgang tut mir leid. Ja, ich schaue gern drauf: Schicken Sie mir die Adresse Ihrer Website und, wenn möglich, Lesezugriff auf die Google Search Console, dann sage ich Ihnen, was mir zuerst auffällt."),
    "nl": ("Vervelend, zo'n daling. Ja, ik kijk er graag naar: stuur me het adres van je site en, als het kan, leestoegang tot Google Search Console, dan laat ik je weten wat me als eerste opvalt.",
           "Vervelend, zo'n daling. Ja, ik kijk er graag naar: stuurt u mij het adres van uw site en, als het kan, leestoegang tot Google Search Console, dan laat ik u weten wat me als eerste opvalt."),
}


def traffic_look(note: str) -> bool:
    """Does the note tell its visits or rankings fell and ask her to look at it?

    >>> traffic_look("our organic traffic has dropped 40% since March. Could you have a look?"), traffic_look("Could you have a look at my site?")
    (True, False)
    """
    folded = fold(note)
    return bool(cre.search(_TRAFFIC_FELL, folded)) and _asked_with(folded, _LOOK_ASKED)


#: An audit named in the note (folded): "un audit SEO", "an SEO audit", "una auditoría", "ein SEO-Audit".
_AUDIT_NAMED = r"\b(?:audit\w*|auditor\w*|seo-audit\w*)\b"
#: An audit asked for a site whose traffic fell: the drop acknowledged, what her audit looks at and how she quotes it, then
#: the one thing she needs for the quote, never "tell me about your business and your budget" (the note told both).
_AUDIT_DROP_HOLD: dict[str, tuple[str, str]] = {
    "en": ("Sorry to hear about the drop in traffic. For a drop like this, my audit looks at which pages and searches lost clicks in Search Console, "
           "then at those pages' content and the technical basics, and ends with written priorities. I quote it by the size of the site: "
           "send me its address and roughly how many pages or products it has, and I'll come back to you with a quote.",
           "Sorry to hear about the drop in traffic. For a drop like this, my audit looks at which pages and searches lost clicks in Search Console, "
           "then at those pages' content and the technical basics, and ends with written priorities. I quote it by the size of the site: "
           "feel free to send me its address and roughly how many pages or products it has, and I will come back to you with a quote."),
    "fr": ("Désolée pour cette baisse de trafic. Pour une baisse comme celle-ci, mon audit regarde dans la Search Console quelles pages et quelles "
           "recherches ont perdu des clics, puis le contenu de ces pages et les bases techniques, avec des priorités écrites à la fin. Je le chiffre "
           "selon la taille du site : envoie-moi son adresse et à peu près son nombre de pages ou de produits, et je reviens vers toi avec un devis.",
           "Désolée pour cette baisse de trafic. Pour une baisse comme celle-ci, mon audit regarde dans la Search Console quelles pages et quelles "
           "recherches ont perdu des clics, puis le contenu de ces pages et les bases techniques, avec des priorités écrites à la fin. Je le chiffre "
           "selon la taille du site : envoyez-moi son adresse et à peu près son nombre de pages ou de produits, et je reviens vers vous avec un devis."),
    "es": ("Siento lo de la caída de tráfico. Ante una caída así, mi auditoría mira en Search Console qué páginas y búsquedas han perdido clics, "
           "luego el contenido de esas páginas y la base técnica, y termina con prioridades por escrito. El precio depende del tamaño de la web: "
           "mándame la dirección y más o menos cuántas páginas o productos tiene, y te envío un presupuesto.",
           "Siento lo de la caída de tráfico. Ante una caída así, mi auditoría mira en Search Console qué páginas y búsquedas han perdido clics, "
           "luego el contenido de esas páginas y la base técnica, y termina con prioridades por escrito. El precio depende del tamaño de la web: "
           "envíeme la dirección y más o menos cuántas páginas o productos tiene, y le envío un presupuesto."),
    "it": ("Mi dispiace per il calo di traffico. Per un calo così, il mio audit guarda in Search Console quali pagine e ricerche hanno perso clic, "
           "poi il contenuto di quelle pagine e le basi tecniche, e si chiude con le priorità per iscritto. Il prezzo dipende dalle dimensioni del sito: "
           "mandami l'indirizzo e più o meno quante pagine o prodotti ha, e ti mando un preventivo.",
           "Mi dispiace per il calo di traffico. Per un calo così, il mio audit guarda in Search Console quali pagine e ricerche hanno perso clic, "
           "poi il contenuto di quelle pagine e le basi tecniche, e si chiude con le priorità per iscritto. Il prezzo dipende dalle dimensioni del sito: "
           "mi mandi l'indirizzo e più o meno quante pagine o prodotti ha, e Le mando un preventivo."),
    "pt": ("Lamento a queda de tráfego. Numa queda assim, a minha auditoria vê no Search Console que páginas e pesquisas perderam cliques, "
           "depois o conteúdo dessas páginas e a base técnica, e termina com as prioridades por escrito. O preço depende da dimensão do site: "
           "manda-me o endereço e mais ou menos quantas páginas ou produtos tem, e envio-te um orçamento.",
           "Lamento a queda de tráfego. Numa queda assim, a minha auditoria vê no Search Console que páginas e pesquisas perderam cliques, "
           "depois o conteúdo dessas páginas e a base técnica, e termina com as prioridades por escrito. O preço depende da dimensão do site: "
           "envie-me o endereço e mais ou menos quantas páginas ou produtos tem, e envio-lhe um orçamento."),
    "pt-BR": ("Sinto muito pela queda de tráfego. Numa queda assim, minha auditoria vê no Search Console quais páginas e buscas perderam cliques, "
              "depois o conteúdo dessas páginas e a base técnica, e termina com as prioridades por escrito. O valor depende do tamanho do site: "
              "me manda o endereço e mais ou menos quantas páginas ou produtos ele tem, que eu te envio um orçamento.",
              "Sinto muito pela queda de tráfego. Numa queda assim, minha auditoria vê no Search Console quais páginas e buscas perderam cliques, "
              "depois o conteúdo dessas páginas e a base técnica, e termina com as prioridades por escrito. O valor depende do tamanho do site: "
              "me envie o endereço e mais ou menos quantas páginas ou produtos ele tem, e eu lhe envio um orçamento."),
    "de": ("Das mit dem Traffic-Rückgang tut mir leid. Bei so einem Einbruch schaue ich im Audit zuerst in der Search Console, welche Seiten und "
           "Suchanfragen Klicks verloren haben, dann auf den Inhalt dieser Seiten und die technischen Grundlagen; am Ende stehen schriftliche "
           "Prioritäten. Der Preis richtet sich nach der Größe der Website: Schick mir die Adresse und ungefähr die Zahl der Seiten oder Produkte, "
           "dann bekommst du ein Angebot.",
           "Das mit dem Traffic-Rückgang tut mir leid. Bei so einem Einbruch schaue ich im Audit zuerst in der Search Console, welche Seiten und "
           "Suchanfragen Klicks verloren haben, dann auf den Inhalt dieser Seiten und die technischen Grundlagen; am Ende stehen schriftliche "
           "Prioritäten. Der Preis richtet sich nach der Größe der Website: Schicken Sie mir die Adresse und ungefähr die Zahl der Seiten oder "
           "Produkte, dann bekommen Sie ein Angebot."),
    "nl": ("Vervelend, zo'n daling in het verkeer. Bij zo'n daling kijk ik in de audit eerst in Search Console welke pagina's en zoekopdrachten "
           "klikken hebben verloren, dan naar de inhoud van die pagina's en de technische basis, en ik sluit af met schriftelijke prioriteiten. "
           "De prijs hangt af van de grootte van de site: stuur me het adres en ongeveer hoeveel pagina's of producten erop staan, dan krijg je een offerte.",
           "Vervelend, zo'n daling in het verkeer. Bij zo'n daling kijk ik in de audit eerst in Search Console welke pagina's en zoekopdrachten "
           "klikken hebben verloren, dan naar de inhoud van die pagina's en de technische basis, en ik sluit af met schriftelijke prioriteiten. "
           "De prijs hangt af van de grootte van de site: stuurt u mij het adres en ongeveer hoeveel pagina's of producten erop staan, dan krijgt u een offerte."),
}


def audit_drop(note: str) -> bool:
    """Does the note ask about an audit for a site whose visits or rankings fell?

    >>> audit_drop("Available for an SEO audit in March? Our shop lost 25% of its traffic since the update.")
    True
    >>> audit_drop("Do you do SEO audits for small shops?"), audit_drop("Our traffic dropped 30%, could you have a look?")
    (False, False)
    """
    folded = fold(note)
    return bool(cre.search(_AUDIT_NAMED, folded)) and bool(cre.search(_TRAFFIC_FELL, folded))


def audit_drop_hold(lang: str, *, informal: bool) -> str:
    """The answer to an audit asked for a site whose traffic fell: the drop acknowledged, what her audit looks at, how she
    quotes it and what she needs for the quote (informal or formal), ``""`` for a language without the text.

    >>> audit_drop_hold("es", informal=False)[:27]
    'Siento lo de la caída de tr'
    """
    return in_register(_AUDIT_DROP_HOLD, lang, informal)


def setup_asked(note: str) -> bool:
    """Does the note ask how to set tracking up, with nothing told to have broken?

    >>> setup_asked("how do I set up conversions in GA4 for my shop?"), setup_asked("how do I fix it? my GA4 conversions no longer show")
    (True, False)
    """
    folded = fold(note)
    return bool(cre.search(_SETUP_ASKED, folded)) and not cre.search(_BROKEN_TOLD, folded)


def subject_hold(lang: str, note: str, *, informal: bool, audit_on: bool | None = None) -> str:
    """The answer to a question that names its own subject (missing conversions, a free audit, an attribution model), ``""`` for any other.

    >>> subject_hold("en", "saw your post about free SEO audits for nonprofits, are you still offering those?", informal=True)[:25]
    'About the free audits: se'
    """
    if traffic_look(note):
        # "our organic traffic has dropped 40% since March. Could you have a look?": a yes to the look and what she needs for it
        return in_register(_TRAFFIC_LOOK_HOLD, lang, informal)
    if free_audit_on(note, audit_on):
        # "the free 10-point SEO audit - is it still on?" (her settings: free_audit = true): yes, then the link
        return in_register(_FREE_AUDIT_ON, lang, informal)
    if model_asked(note):
        pair = by_lang(_MODEL_HOLD, lang)
        return pair[0 if informal else 1] if pair else ""
    for rx_, table in ((_TRACKING, _TRACKING_HOLD), (_FREE_AUDIT, _FREE_AUDIT_HOLD)):
        if cre.search(rx_, fold(note)) and not (table is _TRACKING_HOLD and cre.search(_ATTRIBUTION, fold(note))):
            if table is _TRACKING_HOLD and setup_asked(note):
                return in_register(_SETUP_HOLD, lang, informal)  # "how do I set up conversions?": the steps, not a broken tag
            pair = by_lang(table, lang)
            return pair[0 if informal else 1] if pair else ""
    return ""


#: "Por onde eu começo sem gastar muito?", "on a tight budget", "sans trop dépenser" (folded): little or nothing to spend,
#: which is the budget told — never asked again.
FRUGAL = (r"\b(?:without spending (?:much|a lot|too much|money|anything)|(?:on|with) (?:a )?(?:small|tight|low|tiny|limited|shoestring) budget|on a shoestring|for free|cheaply"
          r"|sans (?:trop |beaucoup )?depenser|(?:avec )?(?:un )?(?:petit|faible|tout petit) budget|gratuitement|sin (?:gastar|invertir) (?:mucho|demasiado|nada|dinero)?"
          r"|(?:con )?(?:poco|un pequeno|un presupuesto (?:pequeno|limitado|bajo)) presupuesto|gratis|senza spendere (?:molto|troppo|tanto|nulla)?|(?:con )?(?:poco|un piccolo) budget"
          r"|budget (?:ridotto|limitato)|sem gastar (?:muito|nada|dinheiro)?|(?:com )?(?:pouco|um pequeno) orcamento|orcamento (?:pequeno|limitado|baixo)|de graca"
          r"|ohne (?:viel |gro(?:ss|ß)es )?(?:geld|budget)|(?:mit )?(?:kleinem|wenig|geringem) budget|kostenlos|zonder veel (?:geld )?(?:uit te geven|budget)|(?:met )?(?:een )?klein budget|gratis)\b")

#: The holding line for little to spend: the free first step, then what was tried (informal, formal).
_FRUGAL_HOLD: dict[str, tuple[str, str]] = {
    "en": ("Without spending much, I'd start with what's free: pages written with the words your customers search for, and "
           "Google Search Console to see which searches already bring visitors. Tell me what you've tried so far, and I'll tell you what I'd do next.",) * 2,
    "fr": ("Sans trop dépenser, je commencerais par le gratuit : des pages écrites avec les mots que tes clients cherchent, et "
           "Google Search Console pour voir quelles recherches t'amènent déjà des visites. Dis-moi ce que tu as déjà essayé, et je te dirai la suite.",
           "Sans trop dépenser, je commencerais par le gratuit : des pages écrites avec les mots que vos clients cherchent, et "
           "Google Search Console pour voir quelles recherches vous amènent déjà des visites. Dites-moi ce que vous avez déjà essayé, et je vous dirai la suite."),
    "de": ("Ohne großes Budget würde ich mit dem Kostenlosen anfangen: Seiten mit den Wörtern, nach denen deine Kunden suchen, und "
           "die Google Search Console, um zu sehen, welche Suchen dir schon Besucher bringen. Sag mir, was du schon ausprobiert hast, dann sage ich dir, wie es weitergeht.",
           "Ohne großes Budget würde ich mit dem Kostenlosen anfangen: Seiten mit den Wörtern, nach denen Ihre Kunden suchen, und "
           "die Google Search Console, um zu sehen, welche Suchen Ihnen schon Besucher bringen. Sagen Sie mir, was Sie schon ausprobiert haben, dann sage ich Ihnen, wie es weitergeht."),
    "es": ("Sin gastar mucho, empezaría por lo gratuito: páginas escritas con las palabras que buscan tus clientes y "
           "Google Search Console para ver qué búsquedas ya te traen visitas. Cuéntame qué has probado hasta ahora y te digo cómo seguir.",
           "Sin gastar mucho, empezaría por lo gratuito: páginas escritas con las palabras que buscan sus clientes y "
           "Google Search Console para ver qué búsquedas ya le traen visitas. Cuénteme qué ha probado hasta ahora y le digo cómo seguir."),
    "it": ("Senza spendere molto, partirei da ciò che è gratuito: pagine scritte con le parole che cercano i tuoi clienti e "
           "Google Search Console per vedere quali ricerche ti portano già visite. Dimmi cosa hai già provato e ti dico come andrei avanti.",
           "Senza spendere molto, partirei da ciò che è gratuito: pagine scritte con le parole che cercano i Suoi clienti e "
           "Google Search Console per vedere quali ricerche Le portano già visite. Mi dica cosa ha già provato e Le dico come andrei avanti."),
    "pt-BR": ("Sem gastar muito, eu começaria pelo que é gratuito: páginas escritas com as palavras que seus clientes buscam e o "
              "Google Search Console para ver quais buscas já trazem visitas. Me conta o que você já testou e eu te digo o próximo passo.",
              "Sem gastar muito, eu começaria pelo que é gratuito: páginas escritas com as palavras que seus clientes buscam e o "
              "Google Search Console para ver quais buscas já trazem visitas. Me conte o que já testou e eu lhe digo o próximo passo."),
    "pt": ("Sem gastar muito, começaria pelo que é gratuito: páginas escritas com as palavras que os teus clientes pesquisam e o "
           "Google Search Console para ver que pesquisas já te trazem visitas. Diz-me o que já experimentaste e digo-te o passo seguinte.",
           "Sem gastar muito, começaria pelo que é gratuito: páginas escritas com as palavras que os seus clientes pesquisam e o "
           "Google Search Console para ver que pesquisas já lhe trazem visitas. Diga-me o que já experimentou e digo-lhe o passo seguinte."),
    "nl": ("Zonder veel uit te geven zou ik met het gratis werk beginnen: pagina's met de woorden waarop je klanten zoeken, en "
           "Google Search Console om te zien welke zoekopdrachten je al bezoekers opleveren. Laat me weten wat je al hebt geprobeerd, dan vertel ik je de volgende stap.",
           "Zonder veel uit te geven zou ik met het gratis werk beginnen: pagina's met de woorden waarop uw klanten zoeken, en "
           "Google Search Console om te zien welke zoekopdrachten u al bezoekers opleveren. Laat u mij weten wat u al hebt geprobeerd, dan vertel ik u de volgende stap."),
}


def holding(lang: str, *, informal: bool, shop: str = "", amount: bool = False, learner: bool = False, frugal: bool = False) -> str:
    """The short line for an advice question no FAQ entry and no subject here covers: it asks the one fact she needs
    and names the sender's shop when the note does (``shop`` with its possessive, from situation.shop_phrase).

    >>> holding("es", informal=True, shop="tu tienda de velas")
    'Dime más o menos qué presupuesto tienes y te digo por dónde empezaría con tu tienda de velas.'
    >>> holding("es", informal=True, shop="tu tienda de velas", frugal=True).startswith("Sin gastar mucho, empezaría por lo gratuito")
    True
    """
    table = by_lang(_HOLD, lang)
    if not table:
        return ""
    if learner and not shop:
        # "als starter in SEO: cursus of eigen site?": where they stand and what they aim for, never "your business and budget"
        pair = _LEARNER_HOLD.get(lang) or _LEARNER_HOLD[lang.split("-")[0]]
        return pair[0 if informal else 1]
    if frugal and not amount:
        # "por onde eu começo sem gastar muito?": the budget is told (little), never asked; the free first step instead
        pair = _FRUGAL_HOLD.get(lang) or _FRUGAL_HOLD[lang.split("-")[0]]
        return pair[0 if informal else 1]
    key = ("shop_amount" if amount else "shop") if shop else ("amount" if amount else "")
    return table[key][0 if informal else 1].format(shop=shop)


#: A question on how the owner herself works with a tool or with AI ("how do you use ChatGPT?", "what do you delegate
#: to AI?", "AI or human content?"): hers to tell, never "tell me about your business and budget".
_PRACTICE_ASK = (r"\b(?:(?:how )?do you (?:use|work with|decide|choose|delegate|write|handle)|are you using|you use|tu utilises|vous utilisez|utilises-tu"
                 r"|utilisez-vous|tu te sers|vous vous servez|comment (?:tu |vous )?(?:decides|decidez|choisis|choisissez)|nutzt du|nutzen sie|verwendest du"
                 r"|verwenden sie|arbeitest du mit|entscheidest du|entscheiden sie|usas|utilizas|como decides|decides|usi|utilizzi|come decidi|come scegli|decidi"
                 r"|voce usa|vc usa|voce utiliza|voce decide|vc decide|como decides|gebruik je|gebruikt u|gebruik jij|hoe bepaal je|hoe beslis je|bepaal je|beslis je"
                 r"|delegu\w*|delegar|delegas|delegate|delegi|delegieren|delegierst|delegeer\w*)\b")
_AI = (r"\b(?:ia|ai|ki|chatgpt|gpt|claude|gemini|mistral|copilot|llm|intelligence artificielle|inteligencia artificial|intelligenza artificiale"
       r"|kunstliche intelligenz|kunstmatige intelligentie|inteligencia artificial)\b")


#: A count or a rhythm asked (folded): "wie viele Formate machst du aus einem Artikel?", "how many posts do you make from one
#: article?", "combien de formats tu fais ?", "cuántos formatos haces?", "quanti formati ricavi?", "quantos formatos fazes?", "hoeveel
#: formats maak je?", "how often do you …?": a measure of the work, asked of her practice when said to her (:data:`_YOU_COUNT`).
COUNT_ASKED = (r"\b(?:how many|how often|combien de|a quelle frequence|cuant[oa]s|con que frecuencia|cada cuanto|quant[ie]|ogni quanto"
               r"|con che frequenza|quant[oa]s|com que frequencia|de quanto em quanto|wie ?viele|wie oft|hoeveel|hoe vaak)\b")
#: Said to her ("do you", "machst du", "tu fais", "haces", "ricavi", "fazes", "maak je"): her own practice, never the reader's.
_YOU_COUNT = (r"\b(?:you|du|tu|vous|usted|lei|voce|vc|jij|je|u|fais|faites|haces|hace|sacas|creas|publicas|produces|fai|ricavi|crei"
              r"|pubblichi|produci|fazes|tiras|crias|produzes)\b")

#: Advice asked with the count ("how many hashtags do you recommend?", "combien de posts tu conseilles ?", "wie oft sollte
#: ich posten?"): how many the reader should do, her how-to answer, never her own habit.
_COUNT_ADVISED = (r"\b(?:recommend\w*|advise|suggest\w*|should|conseill\w*|recommand\w*|devrais|devrait|faut|empfiehl\w*|empfehl\w*"
                  r"|sollte\w*|soll|recomiend\w*|aconsej\w*|deberia\w*|hay que|consigli\w*|dovrei|dovrebbe|bisogna|recomend\w*|aconselh\w*"
                  r"|deveria|devo|aanraden|raad|adviseer\w*|moet|zou ik)\b")


def practice(question: str) -> bool:
    """Whether ``question`` asks how the owner herself works with AI or a tool, or how much or how often she does a piece
    of her work (a personal question).

    >>> practice("Cómo decides qué partes delegar en la IA y cuáles no?"), practice("Should I use AI for my blog?")
    (True, False)
    >>> practice("Wie viele Formate machst du im Schnitt aus einem Blogartikel?"), practice("How many posts should I write?")
    (True, False)
    """
    q = fold(question)
    if q and cre.search(COUNT_ASKED, q) and cre.search(_YOU_COUNT, q) and not cre.search(_COUNT_ADVISED, q):
        return True
    return bool(q and cre.search(_AI, q) and (cre.search(_PRACTICE_ASK, q)
                                              or cre.search(r"\b(?:ia|ai|ki)\b.{0,40}\b(?:humain|human|humano|umano|mensch\w*|mens)\b", q)))


#: A student, a junior, a graduate or a career changer: asked where they stand and what they aim for, never their
#: "business and budget".
_LEARNER = (r"\b(?:student\w*|etudiant\w*|estudiante\w*|studente\w*|studentessa|estudante\w*|studierende\w*|junior|beginner|debutant\w*|principiante\w*"
            r"|iniciante\w*|berufseinsteiger\w*|absolvent\w*|graduate\w*|jeune diplome\w*|recien graduad\w*|neolaureat\w*|recem-formad\w*|afgestudeerd"
            r"|reconversion|career change\w*|career switch\w*|changing careers|quereinsteiger\w*|cambio de carrera|riconversione|transicao de carreira"
            r"|omscholing|carriereswitch|zij-instromer|stagiaire|intern|alternant\w*|werkstudent\w*|trainee|stagiair\w*|tirocinant\w*"
            r"|starter in (?:seo|sea|marketing|ads|content)|(?:to|estou|tô) comecando (?:agora )?na area|je debute|(?:i'?m|i am) (?:just )?starting out"
            r"|new to (?:seo|marketing|ads|the field)|empezando en (?:el sector|marketing|seo)|sto iniziando|ich fange gerade an|ik begin net"
            # retraining or studying for the trade: "Umschulung zur Online-Marketing-Managerin", "je me forme au SEO", "sto studiando marketing"
            r"|umschulung\w*|weiterbildung zu[rm]|retraining|reskilling|reconversao|riqualificazione|je me forme|me estoy formando"
            r"|sto studiando|estou estudando|ik volg een opleiding|(?:i'?m|i am) (?:currently )?studying|ich studiere)\b")


def learner(note: str, headline: str = "") -> bool:
    """Whether the sender is learning the trade (a student, a junior, a career changer), from the note or headline."""
    text = fold(note + "\n" + headline)
    # "présenter votre métier à nos étudiants": a teacher's students, never the sender learning
    return any(not cre.search(r"\b(?:nos|mes|vos|our|my|your|unsere\w*|meine\w*|ihre\w*|nuestr[oa]s|mis|sus|nostri|nostre|miei|mie|os nossos|as nossas|meus|minhas|onze|mijn|leurs|their)\s+(?:\w+\s+)?$",
                          text[max(0, m.start() - 30):m.start()]) for m in cre.finditer(_LEARNER, text))


_PRACTICE_LINE: dict[str, tuple[str, str]] = {
    "en": ("Good question! I'll write back here with how I handle it myself.",) * 2,
    "fr": ("Bonne question ! Je te réponds ici en t'expliquant comment je m'y prends.", "Bonne question ! Je vous réponds ici en vous expliquant comment je m'y prends."),
    "de": ("Gute Frage! Ich schreibe dir hier, wie ich das selbst handhabe.", "Gute Frage! Ich schreibe Ihnen hier, wie ich das selbst handhabe."),
    "es": ("¡Buena pregunta! Te cuento por aquí cómo lo hago yo.", "¡Buena pregunta! Le cuento por aquí cómo lo hago yo."),
    "it": ("Bella domanda! Ti scrivo qui come faccio io.", "Bella domanda! Le scrivo qui come faccio io."),
    "pt-BR": ("Boa pergunta! Te conto por aqui como eu faço.", "Boa pergunta! Conto por aqui como eu faço."),
    "pt": ("Boa pergunta! Conto-te por aqui como faço.", "Boa pergunta! Conto-lhe por aqui como faço."),
    "nl": ("Goede vraag! Ik laat je hier weten hoe ik het zelf aanpak.", "Goede vraag! Ik laat u hier weten hoe ik het zelf aanpak."),
}

_LEARNER_HOLD: dict[str, tuple[str, str]] = {
    "en": ("Tell me where you stand today and what you're aiming for, and I'll tell you how I'd go about it in your place.",) * 2,
    "fr": ("Dis-moi où tu en es et ce que tu vises, et je te dirai comment je m'y prendrais à ta place.",
           "Dites-moi où vous en êtes et ce que vous visez, et je vous dirai comment je m'y prendrais à votre place."),
    "de": ("Erzähl mir kurz, wo du gerade stehst und wo du hinwillst, dann sage ich dir, wie ich es an deiner Stelle angehen würde.",
           "Erzählen Sie mir kurz, wo Sie gerade stehen und wo Sie hinwollen, dann sage ich Ihnen, wie ich es an Ihrer Stelle angehen würde."),
    "es": ("Cuéntame en qué punto estás y qué te gustaría conseguir, y te digo cómo lo haría yo en tu lugar.",
           "Cuénteme en qué punto está y qué le gustaría conseguir, y le digo cómo lo haría yo en su lugar."),
    "it": ("Dimmi a che punto sei e qual è il tuo obiettivo, e ti dico come farei io al posto tuo.",
           "Mi dica a che punto è e qual è il Suo obiettivo, e Le dico come farei io al Suo posto."),
    "pt-BR": ("Me conta em que ponto você está e qual é o seu objetivo, e eu te digo como eu faria no seu lugar.",
              "Me conte em que ponto está e qual é o seu objetivo, e eu lhe digo como faria no seu lugar."),
    "pt": ("Diz-me em que ponto estás e qual é o teu objetivo, e digo-te como faria no teu lugar.",
           "Diga-me em que ponto está e qual é o seu objetivo, e digo-lhe como faria no seu lugar."),
    "nl": ("Laat me weten waar je nu staat en wat je wilt bereiken, dan vertel ik je hoe ik het in jouw situatie zou aanpakken.",
           "Laat u mij weten waar u nu staat en wat u wilt bereiken, dan vertel ik u hoe ik het in uw situatie zou aanpakken."),
}


def practice_line(lang: str, *, informal: bool) -> str:
    """The short honest line for a question on how she herself works ("how do you use ChatGPT?")."""
    return in_register(_PRACTICE_LINE, lang, informal)


#: A sequel asked of one of her pieces (folded question): "are you planning a follow-up?", "tu comptes écrire une suite ?",
#: "schreibst du eine Fortsetzung?", "¿vas a escribir una segunda parte?", "scriverai un seguito?", "vai escrever uma
#: continuação?", "ga je daar nog een vervolg op schrijven?": her own plans, never "tell me about your business and budget".
SEQUEL_ASKED = (r"\b(?:follow-?up|sequel|part (?:2|two|ii)|une suite|(?:une |la )?(?:deuxieme|seconde) partie|partie 2|(?:un )?seguito|seconda parte|parte (?:2|due|dois)"
                r"|segunda parte|continuacion|continuacao|teil (?:2|zwei)|zweite[nrs]? teil|fortsetzung|vervolg\w*|deel (?:2|twee)|tweede deel)\b")
#: A piece of hers the sequel would follow (folded note): a post, an article, a newsletter, a video, a thread.
SEQUEL_PIECE = (r"\b(?:posts?|articles?|artikel\w*|beitrag\w*|blog\w*|newsletters?|nieuwsbrief\w*|videos?|threads?|carrousel\w*|carousel\w*"
                r"|publicac\w*|publicaci\w*|articulos?|articoli|articolo|artigos?|publicatie\w*|schreib\w*|write|writing|ecrire|escribir|scrivere|escrever|schrijven)\b")

#: Her answer (informal, formal): the idea welcomed, a word here if she writes it (her settings plan no piece), the
#: angle they would like asked.
_SEQUEL_LINE: dict[str, tuple[str, str]] = {
    "en": ("A follow-up is a good idea: if I write one, I'll let you know here. Which aspect would you like me to dig into?",
           "A follow-up is a good idea: if I write one, I will let you know here. Which aspect would you like me to explore further?"),
    "fr": ("Une suite, bonne idée : si j'en écris une, je te préviens ici. Quel aspect aimerais-tu que je creuse ?",
           "Une suite, bonne idée : si j'en écris une, je vous préviens ici. Quel aspect aimeriez-vous que j'approfondisse ?"),
    "de": ("Eine Fortsetzung ist eine gute Idee: Wenn ich eine schreibe, sage ich dir hier Bescheid. Welchen Aspekt soll ich vertiefen?",
           "Eine Fortsetzung ist eine gute Idee: Wenn ich eine schreibe, gebe ich Ihnen hier Bescheid. Welchen Aspekt soll ich vertiefen?"),
    "es": ("Una segunda parte es buena idea: si la escribo, te aviso por aquí. ¿Qué aspecto te gustaría que profundizara?",
           "Una segunda parte es buena idea: si la escribo, se lo comento por aquí. ¿Qué aspecto le gustaría que profundizara?"),
    "it": ("Un seguito è una buona idea: se lo scrivo, ti avviso qui. Quale aspetto ti piacerebbe che approfondissi?",
           "Un seguito è una buona idea: se lo scrivo, La avviso qui. Quale aspetto Le piacerebbe che approfondissi?"),
    "pt": ("Uma continuação é boa ideia: se a escrever, aviso-te aqui. Que aspeto gostavas que eu aprofundasse?",
           "Uma continuação é boa ideia: se a escrever, aviso por aqui. Que aspeto gostaria que eu aprofundasse?"),
    "pt-BR": ("Uma continuação é uma boa ideia: se eu escrever, te aviso por aqui. Que aspecto você gostaria que eu aprofundasse?",
              "Uma continuação é uma boa ideia: se eu escrever, aviso por aqui. Qual aspecto gostaria que eu aprofundasse?"),
    "nl": ("Een vervolg is een goed idee: als ik er een schrijf, laat ik het je hier weten. Welk aspect zou je graag verder uitgediept zien?",
           "Een vervolg is een goed idee: als ik er een schrijf, laat ik het u hier weten. Welk aspect zou u graag verder uitgediept zien?"),
}

#: A subject asked of her next pieces (folded question): "will you also write about TikTok?", "tu vas en refaire un sur
#: TikTok ?", "schreibst du auch mal was über TikTok?", "¿vas a hablar también de TikTok Ads?", "scriverai anche di TikTok?",
#: "vais publicar algo sobre TikTok?", "ga je ook iets over TikTok posten?": her own plans, like a sequel.
NEXT_PIECE_ASKED = (r"\b(?:(?:will|would|are) you (?:\w+ ){0,2}(?:going to |planning (?:to|on) |thinking (?:of|about) )?(?:write|writing|post|posting|publish\w*|cover\w*)"
                    r"|(?:do|did) you (?:\w+ )?plan (?:to|on) (?:write|writing|post|posting|publish\w*|cover\w*)"
                    r"|(?:tu vas|vous allez|tu comptes|vous comptez|comptes-tu|comptez-vous|tu prevois|vous prevoyez) (?:\w+ ){0,2}(?:ecrire|publier|refaire|reparler|traiter|aborder)"
                    r"|tu (?:ecriras|publieras|referas)|vous (?:ecrirez|publierez|referez)"
                    r"|(?:wirst du|werden sie|schreibst du|schreiben sie|planst du|planen sie) (?:\w+ ){0,4}(?:schreib\w*|veroffentlich\w*|post\w*)|(?:schreibst du|schreiben sie) (?:auch |noch )?(?:mal|bald|demnachst|irgendwann)"
                    r"|(?:vas a|va a|piensas|planeas|tienes pensado|tiene pensado) (?:\w+ ){0,2}(?:escribir|publicar|hablar)|escribiras|publicaras|hablaras"
                    r"|scriverai|scrivera|pubblicherai|pubblichera|parlerai|(?:hai|ha) in programma di (?:scrivere|pubblicare|parlare)|pensi di (?:scrivere|pubblicare|parlare)"
                    r"|(?:vais|vai|pensas|pensa|tens planos de|planeja\w*) (?:\w+ ){0,2}(?:escrever|publicar|falar|postar)|escreveras|publicaras"
                    r"|(?:ga je|gaat u|ga jij|ben je van plan|bent u van plan) (?:\w+ ){0,4}(?:schrijven|posten|publiceren)|(?:schrijf je|schrijft u|post je) (?:ook |nog )?(?:eens|binnenkort|ooit))\b")
#: Her answer to a subject asked (informal, formal), like the sequel's: a good idea, a word here if she writes it.
_NEXT_PIECE_LINE: dict[str, tuple[str, str]] = {
    "en": ("Good idea for a future post: if I write about it, I'll let you know here. Which aspect would you like me to cover?",
           "That is a good idea for a future post: if I write about it, I will let you know here. Which aspect would you like me to cover?"),
    "fr": ("Bonne idée pour un prochain post : si j'écris dessus, je te préviens ici. Quel aspect aimerais-tu que je traite ?",
           "Bonne idée pour un prochain post : si j'écris dessus, je vous préviens ici. Quel aspect aimeriez-vous que je traite ?"),
    "de": ("Gute Idee für einen nächsten Beitrag: Wenn ich darüber schreibe, sage ich dir hier Bescheid. Welcher Aspekt interessiert dich am meisten?",
           "Eine gute Idee für einen nächsten Beitrag: Wenn ich darüber schreibe, gebe ich Ihnen hier Bescheid. Welcher Aspekt interessiert Sie am meisten?"),
    "es": ("Buena idea para una próxima publicación: si escribo sobre ello, te aviso por aquí. ¿Qué aspecto te interesa más?",
           "Buena idea para una próxima publicación: si escribo sobre ello, se lo comento por aquí. ¿Qué aspecto le interesa más?"),
    "it": ("Buona idea per un prossimo post: se ne scrivo, ti avviso qui. Quale aspetto ti interessa di più?",
           "Buona idea per un prossimo post: se ne scrivo, La avviso qui. Quale aspetto Le interessa di più?"),
    "pt": ("Boa ideia para uma próxima publicação: se escrever sobre isso, aviso-te aqui. Que aspeto te interessa mais?",
           "Boa ideia para uma próxima publicação: se escrever sobre isso, aviso por aqui. Que aspeto lhe interessa mais?"),
    "pt-BR": ("Boa ideia para um próximo post: se eu escrever sobre isso, te aviso por aqui. Qual aspecto te interessa mais?",
              "Boa ideia para um próximo post: se eu escrever sobre isso, aviso por aqui. Qual aspecto mais lhe interessa?"),
    "nl": ("Goed idee voor een volgende post: als ik erover schrijf, laat ik het je hier weten. Welk aspect interesseert je het meest?",
           "Goed idee voor een volgende post: als ik erover schrijf, laat ik het u hier weten. Welk aspect interesseert u het meest?"),
}


def sequel_line(lang: str, *, informal: bool) -> str:
    """The honest line for a sequel asked of one of her pieces ("Ga je daar nog een vervolg op schrijven?").

    >>> sequel_line("nl", informal=True).startswith("Een vervolg is een goed idee")
    True
    """
    return in_register(_SEQUEL_LINE, lang, informal)


def next_piece_line(lang: str, *, informal: bool) -> str:
    """The honest line for a subject asked of her next pieces ("schreibst du auch mal was über TikTok?")."""
    return in_register(_NEXT_PIECE_LINE, lang, informal)


#: A book or reading asked for: "a book you'd recommend?", "eine Buchempfehlung?", "un livre à conseiller ?", "qualche
#: libro?", "um livro?", "een boekentip?" (folded). Her settings name no book: the answer says so and points to what she
#: does recommend, never an invented title.
BOOK = (r"\b(?:books|(?:a|any|one|the|some|good|which|what|favou?rite) books?|livres?|libros?|libri|livros?|boek(?:en)?|buch|bucher|buechern?|buchern)\b"
         r"|\b(?:buch(?:empfehlung|tipp|vorschlag)\w*|boeken?(?:tip|aanrader|advies)\w*|leestip\w*|lesetipp\w*|lesestoff|leesvoer|reading list|lecturas? recomendad\w*"
         r"|(?:quoi|que) lire|que leer|cosa leggere|o que ler|was (?:ich )?lesen|wat (?:ik )?(?:moet )?(?:te )?lezen)\b")
_ASKING = (r"\?|\b(?:recommend\w*|recommand\w*|conseill\w*|recomiend\w*|recomend\w*|consigli\w*|empfehl\w*|empfiehl\w*|aanrad\w*|aanbevel\w*|suggest\w*|sugger\w*"
           r"|sugier\w*|suger\w*|tips?|tipps?|any|some|quelques?|algun\w*|qualche|algum\w*|einige?|paar)\b")
#: Other resources asked for in the same sentence: courses, certifications, guides, blogs (folded).
_OTHER_RESOURCE = (r"\b(?:cours|courses?|formations?|cursos?|cors[oi]|kurse?|cursus\w*|opleiding\w*|certif\w*|certs?|zertifi\w*|schulung\w*|trainings?"
                   r"|tutorials?|guides?|guias?|guida|leitfad\w*|handleiding\w*|blogs?|podcasts?|resources?|ressources?|recursos?|risorse|bronnen)\b")
#: A book word capitalised mid-sentence (original text, case-sensitive): "alla Fiera del Libro di Francoforte", "at the
#: Frankfurt Book Fair": part of a name, never a book asked for (German nouns are all capitalised: not read here).
_BOOK_IN_NAME = r"(?<=[\w,] )(?:Books?|Livres?|Libros?|Libro|Libri|Livros?|Boek(?:en)?)\b"
_OWN_BOOK = r"\b(?:my|mon|mein\w*|mijn|mi|il mio|meu|o meu)\s+(?:\w+\s+)?(?:book|livre|buch|boek|libro|livro)\b"

_READ: dict[str, tuple[str, str]] = {
    # (the honest lead, what she points to instead) — {X}: the free courses for the note's subject
    "en": ("I don't have one book I'd single out: in this field they date quickly.", "What I recommend instead is {X}, kept up to date, and putting each part into practice {P} as you go."),
    "fr": ("Je n'ai pas un livre en particulier à recommander : dans ce domaine, ils vieillissent vite.", "Je conseille plutôt {X}, toujours à jour, en appliquant chaque partie {P} au fur et à mesure."),
    "de": ("Ein bestimmtes Buch kann ich nicht empfehlen: In diesem Bereich veralten Fachbücher schnell.", "Ich empfehle eher {X}, das ist immer auf dem neuesten Stand. Jeden Teil probiert man am besten gleich {P} aus."),
    "es": ("No tengo un libro concreto que recomendar: en este campo se quedan anticuados enseguida.", "Recomiendo más bien {X}, siempre al día, y aplicar cada parte {P} sobre la marcha."),
    "it": ("Non ho un libro in particolare da consigliare: in questo campo invecchiano in fretta.", "Consiglio piuttosto {X}, sempre aggiornati, applicando ogni parte {P} man mano."),
    "pt": ("Não tenho um livro em particular para recomendar: nesta área ficam desatualizados depressa.", "Recomendo antes {X}, sempre atualizados, e aplicar cada parte {P} à medida que se avança."),
    "pt-BR": ("Não tenho um livro específico para recomendar: nessa área eles ficam desatualizados rápido.", "Recomendo mais {X}, sempre atualizados, e aplicar cada parte {P} conforme avança."),
    "nl": ("Eén bepaald boek kan ik niet aanraden: in dit vak verouderen vakboeken snel.", "Ik raad eerder {X} aan, dat is altijd actueel. Het werkt het best om elk onderdeel meteen toe te passen {P}."),
}
#: where each part is put into practice: a small site of one's own (SEO), a real ad account (ads)
_READ_P: dict[str, dict[str, str]] = {
    "seo": {"en": "on a small site of your own", "fr": "sur un petit site perso", "de": "an einer eigenen kleinen Website", "es": "en una web pequeña propia",
            "it": "su un piccolo sito personale", "pt": "num pequeno site próprio", "pt-BR": "num site pequeno próprio", "nl": "op een eigen kleine site"},
    "ads": {"en": "on a real account", "fr": "sur un vrai compte", "de": "an einem echten Konto", "es": "en una cuenta real",
            "it": "su un account reale", "pt": "numa conta real", "pt-BR": "numa conta real", "nl": "op een echt account"},
}
_READ_X: dict[str, dict[str, str]] = {
    "google": {"en": "Google's free Skillshop courses", "fr": "les cours gratuits de Google sur Skillshop", "de": "die kostenlosen Kurse von Google auf Skillshop",
               "es": "los cursos gratuitos de Google en Skillshop", "it": "i corsi gratuiti di Google su Skillshop", "pt": "os cursos gratuitos da Google no Skillshop",
               "pt-BR": "os cursos gratuitos do Google no Skillshop", "nl": "de gratis cursussen van Google op Skillshop"},
    "seo": {"en": "Google's free SEO Starter Guide", "fr": "le guide de démarrage SEO de Google, gratuit", "de": "den kostenlosen SEO-Startleitfaden von Google",
            "es": "la guía de introducción al SEO de Google, gratuita", "it": "la guida introduttiva alla SEO di Google, gratuita",
            "pt": "o guia de introdução ao SEO da Google, gratuito", "pt-BR": "o guia de introdução ao SEO do Google, gratuito", "nl": "de gratis SEO-starterhandleiding van Google"},
    "social": {"en": "Meta's free Blueprint courses", "fr": "les cours gratuits Meta Blueprint", "de": "die kostenlosen Kurse von Meta Blueprint",
               "es": "los cursos gratuitos de Meta Blueprint", "it": "i corsi gratuiti di Meta Blueprint", "pt": "os cursos gratuitos do Meta Blueprint",
               "pt-BR": "os cursos gratuitos do Meta Blueprint", "nl": "de gratis cursussen van Meta Blueprint"},
    "ads": {"en": "the platforms' own free courses, Google Skillshop and Meta Blueprint", "fr": "les cours gratuits des plateformes elles-mêmes, Google Skillshop et Meta Blueprint",
            "de": "die kostenlosen Kurse der Plattformen selbst, Google Skillshop und Meta Blueprint", "es": "los cursos gratuitos de las propias plataformas, Google Skillshop y Meta Blueprint",
            "it": "i corsi gratuiti delle piattaforme stesse, Google Skillshop e Meta Blueprint", "pt": "os cursos gratuitos das próprias plataformas, Google Skillshop e Meta Blueprint",
            "pt-BR": "os cursos gratuitos das próprias plataformas, Google Skillshop e Meta Blueprint", "nl": "de gratis cursussen van de platforms zelf, Google Skillshop en Meta Blueprint"},
    "content": {"en": "HubSpot Academy's free content marketing course", "fr": "le cours gratuit de HubSpot Academy sur le marketing de contenu",
                "de": "den kostenlosen Content-Marketing-Kurs der HubSpot Academy", "es": "el curso gratuito de marketing de contenidos de HubSpot Academy",
                "it": "il corso gratuito di content marketing di HubSpot Academy", "pt": "o curso gratuito de marketing de conteúdo da HubSpot Academy",
                "pt-BR": "o curso gratuito de marketing de conteúdo da HubSpot Academy", "nl": "de gratis cursus contentmarketing van HubSpot Academy"},
}
#: content strategy or content marketing named as the subject of the reading asked (folded): "estrategia de contenidos",
#: "la content strategy", "estratégia de conteúdos", "Content-Strategie", "contentmarketing", "stratégie de contenu"
READ_CONTENT_SUBJECT = (r"\b(?:content[ -]?(?:strateg\w*|marketing)|(?:strategie|strategia|estrategias?|marketing) (?:de |dei |di |do |dos )?"
                        r"(?:contenus?|contenidos?|contenuti|contenuto|conteudos?)|redaction web|copywriting)\b")
#: where content reading is put into practice: a blog or an account of one's own
_READ_P_CONTENT: dict[str, str] = {
    "en": "on a blog or an account of your own", "fr": "sur un blog ou un compte à soi", "de": "an einem eigenen Blog oder Konto", "es": "en un blog o una cuenta propia",
    "it": "su un blog o un account personale", "pt": "num blogue ou numa conta própria", "pt-BR": "num blog ou numa conta própria", "nl": "op een eigen blog of account",
}


def reading(lang: str, note: str) -> str:
    """Her answer to a book asked for, or "" when the note asks none. Her settings name no book, so she says so and
    points to the free courses for the note's subject (SEO, social ads, ads in general), never an invented title.

    >>> reading("en", "Any book you'd recommend to get into SEO?")[:40]
    "I don't have one book I'd single out: in"
    >>> reading("en", "I loved your talk. My book on branding is out next month!")
    ''
    """
    folded = fold(cre.sub(_BOOK_IN_NAME, " ", note))
    if lang not in _READ or cre.search(_OWN_BOOK, folded):
        return ""
    hit = next((s for s in cre.split(r"(?<=[.!?\n])\s+", folded) if cre.search(BOOK, s) and cre.search(_ASKING, s)), "")
    if not hit or cre.search(_OTHER_RESOURCE, hit):
        return ""  # "Corsi, certificazioni, libri?": courses asked for too, the owner's own answer on them stands
    subject = "google" if cre.search(r"\b(?:google ads|adwords|sea|ppc|skillshop)\b", folded) and not cre.search(r"\b(?:meta|facebook|instagram|social)\b", folded) \
        else "seo" if cre.search(r"\b(?:seo|referencement|posicionamiento|posizionamento|suchmaschinen\w*|zoekmachine\w*)\b", folded) \
        else "content" if cre.search(READ_CONTENT_SUBJECT, folded) \
        else "social" if cre.search(r"\b(?:social|sociaux|sociales|meta|facebook|instagram|reseaux)\b", folded) \
        and not cre.search(r"\b(?:google|performance|sea|ppc|ads? (?:google|search))\b", folded) else "ads"
    lead, rest = _READ[lang]
    practice = _READ_P_CONTENT[lang] if subject == "content" else _READ_P["seo" if subject == "seo" else "ads"][lang]
    text = lead + " " + rest.replace("{X}", _READ_X[subject][lang]).replace("{P}", practice)
    if subject in ("seo", "content"):  # one guide or one course, not several courses: "la guida … sempre aggiornata", "il corso … sempre aggiornato"
        text = text.replace("sempre aggiornati", "sempre aggiornata" if subject == "seo" else "sempre aggiornato").replace("sempre atualizados", "sempre atualizado")
    return text


#: The sender's own thesis or dissertation (folded): "ma thèse", "mon mémoire", "my master's thesis", "mi tesis", "mi TFM",
#: "la mia tesi", "meu TCC", "a minha tese", "meine Masterarbeit", "mijn scriptie".
_THESIS_WORD = (r"\b(?:thesis|dissertation|memoire|these|masterarbeit|bachelorarbeit|abschlussarbeit|tesis|tfm|tfg|tesi|tesina|tese|tcc"
                r"|dissertacao|scriptie|afstudeerscriptie|masterproef|bachelorproef)\b")
#: Readings or sources asked for (folded): books, readings, resources, sources, references, bibliography.
_READING_ASKED = (BOOK + r"|\b(?:resources?|ressources?|recursos?|risorse|ressourcen|bronnen|sources?|fuentes|fonti|fontes|quellen|literatur\w*"
                  r"|references?|referencias?|riferimenti|referencias|bibliogra\w*|literatuur|leituras?|letture|lecturas?|lectures?|reading)\b")
#: A few well-known books and one citable source per thesis subject, never Skillshop or job-hunting advice.
_THESIS_READ: dict[str, dict[str, str]] = {
    "content": {
        "en": "For a thesis, I'd start with two classics: Epic Content Marketing by Joe Pulizzi and Everybody Writes by Ann Handley. For figures you can cite, the Content Marketing Institute's yearly B2B benchmark reports are a solid source.",
        "fr": "Pour un mémoire, je partirais de deux classiques : Epic Content Marketing de Joe Pulizzi et Everybody Writes d'Ann Handley. Pour des chiffres à citer, les baromètres B2B annuels du Content Marketing Institute sont une source solide.",
        "es": "Para una tesis, empezaría por dos clásicos: Epic Content Marketing, de Joe Pulizzi, y Everybody Writes, de Ann Handley. Para cifras que citar, los informes anuales B2B del Content Marketing Institute son una fuente sólida.",
        "it": "Per una tesi partirei da due classici: Epic Content Marketing di Joe Pulizzi ed Everybody Writes di Ann Handley. Per dati da citare, i report annuali B2B del Content Marketing Institute sono una fonte solida.",
        "pt": "Para uma tese, começaria por dois clássicos: Epic Content Marketing, de Joe Pulizzi, e Everybody Writes, de Ann Handley. Para números a citar, os relatórios anuais B2B do Content Marketing Institute são uma fonte sólida.",
        "pt-BR": "Para um trabalho acadêmico, eu começaria por dois clássicos: Epic Content Marketing, de Joe Pulizzi, e Everybody Writes, de Ann Handley. Para ter dados para citar, os relatórios anuais B2B do Content Marketing Institute são uma fonte sólida.",
        "de": "Für eine Abschlussarbeit würde ich mit zwei Klassikern anfangen: Epic Content Marketing von Joe Pulizzi und Everybody Writes von Ann Handley. Für zitierfähige Zahlen sind die jährlichen B2B-Studien des Content Marketing Institute eine solide Quelle.",
        "nl": "Voor een scriptie zou ik met twee klassiekers beginnen: Epic Content Marketing van Joe Pulizzi en Everybody Writes van Ann Handley. Voor cijfers om te citeren zijn de jaarlijkse B2B-rapporten van het Content Marketing Institute een degelijke bron.",
    },
    "seo": {
        "en": "For a thesis, I'd start with The Art of SEO by Eric Enge, Stephan Spencer and Jessie Stricchiola, the reference book, and Google's own Search Central documentation, which you can cite.",
        "fr": "Pour un mémoire, je partirais de The Art of SEO d'Eric Enge, Stephan Spencer et Jessie Stricchiola, l'ouvrage de référence, et de la documentation Search Central de Google, citable telle quelle.",
        "es": "Para una tesis, empezaría por The Art of SEO, de Eric Enge, Stephan Spencer y Jessie Stricchiola, el libro de referencia, y por la documentación Search Central de Google, que se puede citar.",
        "it": "Per una tesi partirei da The Art of SEO di Eric Enge, Stephan Spencer e Jessie Stricchiola, il libro di riferimento, e dalla documentazione Search Central di Google, citabile.",
        "pt": "Para uma tese, começaria por The Art of SEO, de Eric Enge, Stephan Spencer e Jessie Stricchiola, o livro de referência, e pela documentação Search Central da Google, que se pode citar.",
        "pt-BR": "Para um trabalho acadêmico, eu começaria por The Art of SEO, de Eric Enge, Stephan Spencer e Jessie Stricchiola, o livro de referência, e pela documentação Search Central do Google, que dá para citar.",
        "de": "Für eine Abschlussarbeit würde ich mit The Art of SEO von Eric Enge, Stephan Spencer und Jessie Stricchiola anfangen, dem Standardwerk, und mit Googles Search-Central-Dokumentation, die man zitieren kann.",
        "nl": "Voor een scriptie zou ik beginnen met The Art of SEO van Eric Enge, Stephan Spencer en Jessie Stricchiola, het standaardwerk, en met de Search Central-documentatie van Google, die je kunt citeren.",
    },
}
_SEO_SUBJECT = r"\b(?:seo|referencement|posicionamiento|posizionamento|suchmaschinen\w*|zoekmachine\w*)\b"


def thesis_reading(lang: str, note: str) -> str:
    """A few well-known books and a citable source for a student's thesis when readings are asked, or "": a thesis
    asks for readings on its topic, never the courses or certifications a job hunt needs.

    >>> thesis_reading("en", "I'm writing my master's thesis on LinkedIn content. Any books you'd recommend?")[:38]
    "For a thesis, I'd start with two class"
    >>> thesis_reading("en", "Any book you'd recommend to get into SEO?")
    ''
    """
    folded = fold(note)
    if lang not in _THESIS_READ["content"] or not cre.search(_THESIS_WORD, folded):
        return ""
    asked = [s for s in cre.split(r"(?<=[.!?\n])\s+", folded) if cre.search(_READING_ASKED, s) and cre.search(_ASKING, s)]
    if not asked:
        return ""
    return _THESIS_READ["seo" if cre.search(_SEO_SUBJECT, folded) else "content"][lang]


#: Her own course asked for beside a course recommendation (folded): "Tem algum seu?", "do you have one of your own?",
#: "tu en as une à toi ?", "¿tienes alguno tuyo?", "ne hai uno tuo?", "hast du selbst einen?", "heb je er zelf een?", "do
#: you run courses yourself?": the recommendation answered, and her own trainings said, never the question left aside.
OWN_ONE_ASKED = (r"\b(?:(?:any|one|some) of your own|do you (?:have|run|teach|offer|give) (?:one|any|a course|courses|a training|trainings) (?:yourself|of your own)"
                 r"|(?:do you have|have you got) (?:a |an |any )?(?:course|training|class)e?s? of your own|your own (?:course|training|class)e?s?\s*\?"
                 r"|(?:tu en as|en as-tu|vous en avez|en avez-vous) (?:une?|des) (?:a toi|a vous|perso)|(?:tu donnes|tu proposes|vous donnez|vous proposez) (?:toi-meme |vous-meme )?(?:des|une?) (?:formations?|cours)\s*\?"
                 r"|(?:une?|des) (?:formations?|cours) (?:a toi|a vous)\s*\?"
                 r"|(?:tienes|tiene usted|tiene) (?:algun|alguno|alguna|un|uno)(?: curso| formacion)? (?:tuyo|tuya|suyo|suya|propio|propia)|(?:das|impartes|da usted) (?:tu |usted )?(?:cursos|formaciones)\s*\?"
                 r"|(?:ne )?(?:hai|ha) (?:un|uno|una|qualche)(?: corso)? (?:tuo|tua|suo|sua)|(?:fai|tieni|organizzi) (?:anche )?(?:tu )?(?:dei )?corsi\s*\?"
                 r"|(?:tem|tens|voce tem) (?:algum|alguma|um|uma)(?: curso)? (?:seu|sua|teu|tua|proprio|propria)\b|(?:voce da|das|da) (?:algum )?(?:cursos?|formac\w+|treinamentos?)\s*\?"
                 r"|(?:hast du|haben sie|hast du auch|haben sie auch) (?:selbst |selber )?(?:einen|eine|eigene)(?: eigenen)?(?: kurs| kurse| schulung\w*)?\s*\?|(?:bietest du|bieten sie) (?:selbst |selber )?(?:einen kurs|kurse|schulungen)\s*\?"
                 r"|(?:heb je|hebt u|heeft u) (?:er )?(?:zelf )?(?:een|eentje)(?: eigen\w*)?(?: cursus| training)?\s*\?|(?:geef je|geeft u) (?:zelf )?(?:ook )?(?:cursussen|trainingen)\s*\?)")
_OWN_TRAININGS: dict[str, tuple[str, str]] = {
    "en": ("I also run trainings myself (SEO, social ads and content strategy), one-to-one too: if you'd like, I'll tell you more.",
           "I also run trainings myself (SEO, social ads and content strategy), one-to-one too: if you'd like, I'll tell you more."),
    "fr": ("J'anime aussi des formations (SEO, social ads et stratégie de contenu), y compris en individuel : si ça t'intéresse, je t'en dis plus.",
           "J'anime aussi des formations (SEO, social ads et stratégie de contenu), y compris en individuel : si cela vous intéresse, je vous en dis plus."),
    "es": ("Yo también doy formaciones (SEO, social ads y estrategia de contenidos), también individuales: si te interesa, te cuento más.",
           "Yo también doy formaciones (SEO, social ads y estrategia de contenidos), también individuales: si le interesa, le cuento más."),
    "it": ("Anch'io tengo dei corsi (SEO, social ads e strategia dei contenuti), anche individuali: se ti interessa, ti racconto di più.",
           "Anch'io tengo dei corsi (SEO, social ads e strategia dei contenuti), anche individuali: se le interessa, le racconto di più."),
    "pt": ("Também dou formações (SEO, social ads e estratégia de conteúdo), incluindo individuais: se te interessar, conto-te mais.",
           "Também dou formações (SEO, social ads e estratégia de conteúdo), incluindo individuais: se lhe interessar, conto-lhe mais."),
    "pt-BR": ("Eu também dou treinamentos (SEO, social ads e estratégia de conteúdo), inclusive individuais: se quiser, te conto mais.",
              "Eu também dou treinamentos (SEO, social ads e estratégia de conteúdo), inclusive individuais: se tiver interesse, conto mais."),
    "de": ("Ich gebe auch selbst Schulungen (SEO, Social Ads und Content-Strategie), auch als Einzeltraining: Wenn du magst, erzähle ich dir mehr.",
           "Ich gebe auch selbst Schulungen (SEO, Social Ads und Content-Strategie), auch als Einzeltraining: Wenn Sie möchten, erzähle ich Ihnen gern mehr."),
    "nl": ("Ik geef zelf ook trainingen (SEO, social ads en contentstrategie), ook één-op-één: als je wilt, vertel ik je er meer over.",
           "Ik geef zelf ook trainingen (SEO, social ads en contentstrategie), ook één-op-één: als u wilt, vertel ik u er graag meer over."),
}


def own_trainings_line(lang: str, note: str, *, informal: bool) -> str:
    """Her own trainings said when the note asks whether she has a course of her own, or "".

    >>> own_trainings_line("pt-BR", "qual curso você recomenda pra aprender Google Ads do zero? Tem algum seu?", informal=True)[:30]
    'Eu também dou treinamentos (SE'
    >>> own_trainings_line("en", "Which course would you recommend for Google Ads?", informal=True)
    ''
    """
    if not cre.search(OWN_ONE_ASKED, fold(note)):
        return ""
    return in_register(_OWN_TRAININGS, lang, informal)

#: The Google Business Profile named in a question (folded): "is a Google Business Profile still worth it …?", "créer une fiche
#: Google Business", "¿vale la pena el perfil de empresa de Google?", "ha senso la scheda Google My Business?".
_GBP_NAMED = (r"\b(?:google (?:my )?business(?: profile)?|gmb|gbp|fiche (?:google|d'etablissement)|profil (?:google|d'etablissement)"
              r"|perfil de (?:empresa|google|negocio) (?:en |de |no |do )?google|perfil (?:da|de) empresa no google|perfil do google|perfil de google"
              r"|scheda (?:google|dell'attivita)|profilo (?:google|dell'attivita)|google[- ]?unternehmensprofil|unternehmensprofil (?:bei|auf|von) google"
              r"|google[- ]?bedrijfsprofiel|bedrijfsprofiel (?:op|bij|van) google)\b")
#: No premises told (folded): "quand on n'a pas de boutique physique", "if I run an online-only shop", "sin local", "senza un
#: negozio fisico", "sem loja física", "ohne Ladengeschäft", "zonder fysieke winkel": whether the profile fits is the question.
_NO_PREMISES = (r"\b(?:online[- ]only|only (?:sell )?online|(?:without(?: an?)?|no|don'?t have an?|do not have an?|not have an?) (?:physical |bricks?[- ]and[- ]mortar |real )?(?:shop|store|premises|storefront|office|studio|address)"
                r"|(?:sans|pas de|pas d'|aucune?) (?:boutique|local|magasin|adresse|cabinet|vitrine)|(?:boutique|magasin|local) physique"
                r"|uniquement en ligne|100 ?% en ligne"
                r"|(?:sin|no tengo|no tenemos) (?:una |un )?(?:tienda|local|oficina|establecimiento)|(?:tienda|local) fisic[oa]|solo (?:online|en linea|por internet)"
                r"|(?:senza|non ho|non abbiamo) (?:un |una )?(?:negozio|sede|locale|studio)|negozio fisico|solo online"
                r"|(?:sem|nao tenho|nao temos) (?:uma |um )?(?:loja|espaco|ponto|escritorio)|loja fisica|ponto fisico|(?:so|apenas|somente) online"
                r"|(?:ohne|kein|keine|keinen) (?:eigene[ns]? |physische[ns]? )?(?:laden|ladengeschaft|ladenlokal|geschaft|praxis|buro|standort)|nur online"
                r"|(?:zonder|geen) (?:eigen |fysieke )?(?:winkel|zaak|praktijk|kantoor|locatie)|fysieke (?:winkel|zaak)|alleen online)\b")
#: The shop sells online (folded): a profile needs contact in person, so an online-only shop is not eligible.
_SELLS_ONLINE = (r"\b(?:online[- ]only|only (?:sell )?online|online (?:shop|store|business)|e-?shop|e-?commerce|webshop|web shop|shopify|etsy"
                 r"|boutique en ligne|uniquement en ligne|100 ?% en ligne|tienda (?:online|en linea|virtual)|negozio online|loja (?:virtual|online)"
                 r"|onlineshop|online-shop|nur online|webwinkel|alleen online|solo online|(?:so|apenas|somente) online|solo (?:en linea|por internet))\b")
#: (informal, formal): a profile without premises, for someone who meets clients in an area (a coach, a tradesperson).
_GBP_AREA: dict[str, tuple[str, str]] = {
    "en": ("Yes, if you see clients in person in an area (at their place, outdoors, in a rented room): create the Google Business Profile as a service-area business with the address hidden, then ask every happy client for a review. It's free, and it's what shows up when people search for your service plus your town.",) * 2,
    "fr": ("Oui, si tu vois tes clients en personne dans un secteur (chez eux, en extérieur, dans une salle louée) : crée la fiche Google Business comme entreprise de services de proximité, adresse masquée, puis demande un avis à chaque client content. C'est gratuit, et c'est ce qui ressort sur « métier + ta ville ».",
           "Oui, si vous voyez vos clients en personne dans un secteur (chez eux, en extérieur, dans une salle louée) : créez la fiche Google Business comme entreprise de services de proximité, adresse masquée, puis demandez un avis à chaque client content. C'est gratuit, et c'est ce qui ressort sur « métier + votre ville »."),
    "es": ("Sí, si ves a tus clientes en persona en una zona (en su casa, al aire libre, en una sala alquilada): crea el perfil de empresa de Google como negocio de servicios a domicilio, con la dirección oculta, y pide una reseña a cada cliente contento. Es gratis y es lo que aparece al buscar «servicio + tu ciudad».",
           "Sí, si ve a sus clientes en persona en una zona (en su casa, al aire libre, en una sala alquilada): cree el perfil de empresa de Google como negocio de servicios a domicilio, con la dirección oculta, y pida una reseña a cada cliente contento. Es gratis y es lo que aparece al buscar «servicio + su ciudad»."),
    "it": ("Sì, se incontri i clienti di persona in una zona (a casa loro, all'aperto, in una sala in affitto): crea la scheda Google Business Profile come attività che serve un'area, con l'indirizzo nascosto, e chiedi una recensione a ogni cliente soddisfatto. È gratis ed è ciò che compare cercando «servizio + la tua città».",
           "Sì, se incontra i clienti di persona in una zona (a casa loro, all'aperto, in una sala in affitto): crei la scheda Google Business Profile come attività che serve un'area, con l'indirizzo nascosto, e chieda una recensione a ogni cliente soddisfatto. È gratis ed è ciò che compare cercando «servizio + la sua città»."),
    "pt": ("Sim, se vê os clientes pessoalmente numa zona (em casa deles, ao ar livre, numa sala alugada): crie o perfil do Google Business como empresa de serviços na área, com a morada oculta, e peça uma avaliação a cada cliente satisfeito. É gratuito e é o que aparece quando se pesquisa «serviço + cidade».",) * 2,
    "pt-BR": ("Sim, se você atende os clientes pessoalmente numa região (na casa deles, ao ar livre, numa sala alugada): crie o Perfil da Empresa no Google como empresa de serviços na região, com o endereço oculto, e peça uma avaliação a cada cliente satisfeito. É gratuito e é o que aparece na busca por «serviço + cidade».",) * 2,
    "de": ("Ja, wenn du Kundinnen und Kunden persönlich in einer Gegend triffst (bei ihnen, draußen, in einem gemieteten Raum): Leg das Google-Unternehmensprofil als Unternehmen mit Einzugsgebiet an, Adresse ausgeblendet, und bitte jede zufriedene Kundin um eine Bewertung. Es kostet nichts und erscheint bei „Leistung + Ort“.",
           "Ja, wenn Sie Kundinnen und Kunden persönlich in einer Gegend treffen (bei ihnen, draußen, in einem gemieteten Raum): Legen Sie das Google-Unternehmensprofil als Unternehmen mit Einzugsgebiet an, Adresse ausgeblendet, und bitten Sie zufriedene Kunden um Bewertungen. Es kostet nichts und erscheint bei „Leistung + Ort“."),
    "nl": ("Ja, als je klanten persoonlijk ziet in een regio (bij hen thuis, buiten, in een gehuurde ruimte): maak het Google Bedrijfsprofiel aan als bedrijf met servicegebied, adres verborgen, en vraag elke tevreden klant om een review. Het is gratis en het is wat verschijnt bij „dienst + je stad”.",
           "Ja, als u klanten persoonlijk ziet in een regio (bij hen thuis, buiten, in een gehuurde ruimte): maak het Google Bedrijfsprofiel aan als bedrijf met servicegebied, adres verborgen, en vraag elke tevreden klant om een review. Het is gratis en het is wat verschijnt bij „dienst + uw stad”."),
}
#: (informal, formal): a shop that sells only online (no contact in person) is not eligible for a profile.
_GBP_ONLINE: dict[str, tuple[str, str]] = {
    "en": ("Honestly, not really: a Google Business Profile is meant for businesses that meet customers in person, and Google can suspend one for a shop that only sells online. Your time is better spent on the product and category pages, and on Search Console to see which searches already bring visitors.",) * 2,
    "fr": ("Franchement, pas vraiment : la fiche Google Business est réservée aux activités qui reçoivent ou rencontrent leurs clients, et Google peut suspendre celle d'une boutique uniquement en ligne. Mieux vaut soigner les fiches produits et les pages catégories, et suivre dans la Search Console les recherches qui amènent déjà des visites.",) * 2,
    "es": ("Sinceramente, no mucho: el perfil de empresa de Google es para negocios que atienden a sus clientes en persona, y Google puede suspender el de una tienda solo online. Mejor dedicar el tiempo a las fichas de producto y las páginas de categoría, y a Search Console para ver qué búsquedas ya traen visitas.",) * 2,
    "it": ("Sinceramente, non molto: la scheda Google Business Profile è pensata per le attività che incontrano i clienti di persona, e Google può sospendere quella di un negozio solo online. Meglio investire il tempo sulle schede prodotto e sulle pagine di categoria, e su Search Console per vedere quali ricerche portano già visite.",) * 2,
    "pt": ("Sinceramente, pouco: o perfil do Google Business é para negócios que atendem os clientes pessoalmente, e a Google pode suspender o de uma loja só online. Mais vale dedicar o tempo às páginas de produto e de categoria, e à Search Console para ver que pesquisas já trazem visitas.",) * 2,
    "pt-BR": ("Sinceramente, pouco: o Perfil da Empresa no Google é para negócios que atendem os clientes pessoalmente, e o Google pode suspender o de uma loja só on-line. Vale mais dedicar o tempo às páginas de produto e de categoria, e ao Search Console para ver quais buscas já trazem visitas.",) * 2,
    "de": ("Ehrlich gesagt kaum: Das Google-Unternehmensprofil ist für Unternehmen gedacht, die Kundschaft persönlich treffen, und Google kann es bei einem reinen Onlineshop sperren. Die Zeit steckst du besser in Produkt- und Kategorieseiten und in die Search Console, um zu sehen, welche Suchen schon Besuche bringen.",
           "Ehrlich gesagt kaum: Das Google-Unternehmensprofil ist für Unternehmen gedacht, die Kundschaft persönlich treffen, und Google kann es bei einem reinen Onlineshop sperren. Die Zeit stecken Sie besser in Produkt- und Kategorieseiten und in die Search Console, um zu sehen, welche Suchen schon Besuche bringen."),
    "nl": ("Eerlijk gezegd nauwelijks: het Google Bedrijfsprofiel is bedoeld voor bedrijven die klanten persoonlijk ontmoeten, en Google kan het van een webshop zonder fysiek contact opschorten. Je tijd gaat beter naar product- en categoriepagina's en naar Search Console, om te zien welke zoekopdrachten al bezoekers opleveren.",
           "Eerlijk gezegd nauwelijks: het Google Bedrijfsprofiel is bedoeld voor bedrijven die klanten persoonlijk ontmoeten, en Google kan het van een webshop zonder fysiek contact opschorten. Uw tijd gaat beter naar product- en categoriepagina's en naar Search Console, om te zien welke zoekopdrachten al bezoekers opleveren."),
}

#: Paid ads weighed against the profile in one question (folded): "ads per un B&B o meglio puntare su google my business?",
#: "fiche Google ou pub Facebook ?", "Anzeigen oder lieber das Unternehmensprofil?".
_GBP_PAID = (r"\b(?:ads|adwords|annunci|inserzioni|sponsorizzat\w*|anuncios|pub|pubs|publicite|werbung|anzeigen|advertenties|adverteren"
             r"|campagn\w*|campan\w*|kampagne\w*|paid|payant\w*|pago|pagos|bezahlt\w*|betaald\w*|a pagamento)\b")
_GBP_OR = r"\b(?:or|ou|o|oder|of|oppure|vs|versus)\b"
#: SEO weighed against the profile (and social) for a local business ("is SEO still worth it for a local bakery or should I
#: just focus on Google Business Profile + Instagram?"). Folded.
_GBP_SOCIAL = r"\b(?:instagram|insta|facebook|tiktok|social\w*|reseaux|redes|sociale)\b"
_GBP_SEO = r"\b(?:seo|referencement|posicionamiento|posizionamento|posicionamento|suchmaschinenoptimierung|zoekmachineoptimalisatie)\b"
#: (informal, formal): the profile and social first, a simple site as all the SEO a local shop needs at first.
_GBP_OVER_SEO: dict[str, tuple[str, str]] = {
    "en": ("For a local shop, I'd focus on the Google Business Profile and Instagram: the profile is where local search happens (photos, opening hours, a review asked of every happy customer), and Instagram shows what's new. A simple site with the address, hours and products, linked from the profile, is all the SEO I'd do at first; no blog needed.",) * 2,
    "fr": ("Pour un commerce local, je miserais sur la fiche Google Business et Instagram : c'est la fiche qui fait le référencement local (photos, horaires, un avis demandé à chaque client content), et Instagram montre les nouveautés. Un site simple avec l'adresse, les horaires et les produits, relié à la fiche, suffit comme SEO au début ; pas besoin de blog.",) * 2,
    "es": ("Para un comercio local, me centraría en el perfil de empresa de Google e Instagram: el perfil es donde ocurre la búsqueda local (fotos, horarios, una reseña pedida a cada cliente contento), e Instagram muestra las novedades. Una web sencilla con la dirección, los horarios y los productos, enlazada desde el perfil, basta como SEO al principio; no hace falta blog.",) * 2,
    "it": ("Per un negozio locale punterei sulla scheda Google Business e su Instagram: è la scheda a fare la SEO locale (foto, orari, una recensione chiesta a ogni cliente contento), e Instagram mostra le novità. Un sito semplice con indirizzo, orari e prodotti, collegato alla scheda, basta come SEO all'inizio; non serve un blog.",) * 2,
    "pt": ("Para um comércio local, apostaria no perfil da empresa no Google e no Instagram: é o perfil que faz o SEO local (fotos, horários, uma avaliação pedida a cada cliente satisfeito), e o Instagram mostra as novidades. Um site simples com a morada, os horários e os produtos, ligado ao perfil, chega como SEO no início; não é preciso blogue.",) * 2,
    "pt-BR": ("Para um comércio local, eu apostaria no perfil da empresa no Google e no Instagram: é o perfil que faz o SEO local (fotos, horários, uma avaliação pedida a cada cliente satisfeito), e o Instagram mostra as novidades. Um site simples com endereço, horários e produtos, ligado ao perfil, basta como SEO no começo; não precisa de blog.",) * 2,
    "de": ("Für ein lokales Geschäft würde ich auf das Google-Unternehmensprofil und Instagram setzen: Das Profil macht die lokale Suche aus (Fotos, Öffnungszeiten, eine Bewertung von jedem zufriedenen Kunden erbeten), Instagram zeigt das Neue. Eine einfache Website mit Adresse, Öffnungszeiten und Produkten, mit dem Profil verknüpft, reicht am Anfang als SEO; ein Blog ist nicht nötig.",) * 2,
    "nl": ("Voor een lokale zaak zou ik inzetten op het Google-bedrijfsprofiel en Instagram: het profiel bepaalt de lokale zoekresultaten (foto's, openingstijden, een review gevraagd aan elke tevreden klant), en Instagram laat het nieuwe zien. Een eenvoudige site met adres, openingstijden en producten, gekoppeld aan het profiel, is in het begin genoeg SEO; een blog is niet nodig.",) * 2,
}
#: (informal, formal): the free profile first, then a small paid test judged on bookings or contacts.
_GBP_FIRST: dict[str, tuple[str, str]] = {
    "en": ("I'd start with the Google Business Profile: it's free, and a complete one (photos, hours, a review asked of every happy customer) already brings people searching in your area. Ads come next, as a small test judged on bookings or enquiries, not clicks.",) * 2,
    "fr": ("Je commencerais par la fiche Google Business : elle est gratuite, et complète (photos, horaires, un avis demandé à chaque client content), elle amène déjà ceux qui cherchent dans ton secteur. La pub vient ensuite, en petit test jugé sur les réservations ou les demandes, pas sur les clics.",
           "Je commencerais par la fiche Google Business : elle est gratuite, et complète (photos, horaires, un avis demandé à chaque client content), elle amène déjà ceux qui cherchent dans votre secteur. La pub vient ensuite, en petit test jugé sur les réservations ou les demandes, pas sur les clics."),
    "es": ("Empezaría por el perfil de empresa de Google: es gratis y, completo (fotos, horarios, una reseña pedida a cada cliente contento), ya atrae a quien busca en tu zona. Los anuncios vienen después, como una prueba pequeña que se juzga por reservas o contactos, no por clics.",
           "Empezaría por el perfil de empresa de Google: es gratis y, completo (fotos, horarios, una reseña pedida a cada cliente contento), ya atrae a quien busca en su zona. Los anuncios vienen después, como una prueba pequeña que se juzga por reservas o contactos, no por clics."),
    "it": ("Partirei dalla scheda Google Business Profile: è gratuita e, completa (foto, orari, una recensione chiesta a ogni cliente soddisfatto), porta già chi cerca nella tua zona. Gli annunci vengono dopo, come piccolo test da giudicare su prenotazioni o contatti, non sui clic.",
           "Partirei dalla scheda Google Business Profile: è gratuita e, completa (foto, orari, una recensione chiesta a ogni cliente soddisfatto), porta già chi cerca nella sua zona. Gli annunci vengono dopo, come piccolo test da giudicare su prenotazioni o contatti, non sui clic."),
    "pt": ("Começaria pelo perfil do Google Business: é gratuito e, completo (fotos, horário, uma avaliação pedida a cada cliente satisfeito), já traz quem pesquisa na sua zona. Os anúncios vêm depois, como um pequeno teste avaliado pelas reservas ou contactos, não pelos cliques.",) * 2,
    "pt-BR": ("Eu começaria pelo Perfil da Empresa no Google: é gratuito e, completo (fotos, horário, uma avaliação pedida a cada cliente satisfeito), já traz quem busca na sua região. Os anúncios vêm depois, como um teste pequeno avaliado pelas reservas ou contatos, não pelos cliques.",) * 2,
    "de": ("Ich würde mit dem Google-Unternehmensprofil anfangen: Es ist kostenlos und bringt vollständig (Fotos, Öffnungszeiten, eine Bewertung von jedem zufriedenen Kunden) schon die Leute, die in deiner Gegend suchen. Anzeigen kommen danach, als kleiner Test, gemessen an Buchungen oder Anfragen, nicht an Klicks.",
           "Ich würde mit dem Google-Unternehmensprofil anfangen: Es ist kostenlos und bringt vollständig (Fotos, Öffnungszeiten, eine Bewertung von jedem zufriedenen Kunden) schon die Leute, die in Ihrer Gegend suchen. Anzeigen kommen danach, als kleiner Test, gemessen an Buchungen oder Anfragen, nicht an Klicks."),
    "nl": ("Ik zou beginnen met het Google Bedrijfsprofiel: het is gratis en brengt, volledig ingevuld (foto's, openingstijden, een review van elke tevreden klant), al mensen die in jouw buurt zoeken. Advertenties komen daarna, als kleine test, beoordeeld op boekingen of aanvragen, niet op klikken.",
           "Ik zou beginnen met het Google Bedrijfsprofiel: het is gratis en brengt, volledig ingevuld (foto's, openingstijden, een review van elke tevreden klant), al mensen die in uw buurt zoeken. Advertenties komen daarna, als kleine test, beoordeeld op boekingen of aanvragen, niet op klikken."),
}

#: Whether the profile fits, asked in a sentence that does not name it ("hab deinen Post über Google Business Profile
#: gelesen … lohnt sich das auch für einen Onlineshop ohne Ladengeschäft?"). Folded.
_GBP_FIT_ASKED = (r"\b(?:worth|make sense|makes sense|pay off|useful|work|works|vaut (?:le coup|la peine)|utile|marche|vale la pena|merece la pena"
                  r"|sirve|compensa|conviene|ha senso|serve|funziona|funciona|vale a pena|faz sentido|lohnt\w*|sinnvoll|bringt|funktioniert"
                  r"|loont|de moeite|zinvol|heeft (?:het|dat) zin|nuttig|werkt)\b")
#: A website weighed against the profile in one question (folded): "Google Business Profile o il sito?", "la fiche Google
#: ou le site ?", "Unternehmensprofil oder Website?".
_GBP_SITE = r"\b(?:site|sito|sitio|website|webseite|homepage|web|sito web|site web|pagina web|webpagina|eigene seite)\b"
#: (informal, formal): the free profile first for a local business, a simple site linked from it second.
_GBP_OVER_SITE: dict[str, tuple[str, str]] = {
    "en": ("For a local business, the profile first: it's what people nearby see on Maps and in Google (hours, photos, menu or prices, reviews), it's free, and a review asked of every happy customer does a lot. The site comes second: a simple page with the address, hours, menu or services and how to book, linked from the profile, is enough at first.",) * 2,
    "fr": ("Pour une activité locale, la fiche d'abord : c'est ce que voient les gens du coin sur Maps et dans Google (horaires, photos, carte ou tarifs, avis), elle est gratuite, et un avis demandé à chaque client content fait beaucoup. Le site vient ensuite : une page simple avec l'adresse, les horaires, la carte ou les prestations et le moyen de réserver, reliée à la fiche, suffit au début.",) * 2,
    "es": ("Para un negocio local, primero el perfil: es lo que ve la gente de la zona en Maps y en Google (horarios, fotos, carta o precios, reseñas), es gratis, y una reseña pedida a cada cliente contento ayuda mucho. La web va después: una página sencilla con la dirección, los horarios, la carta o los servicios y cómo reservar, enlazada desde el perfil, basta al principio.",) * 2,
    "it": ("Per un'attività locale, prima la scheda: è ciò che vede chi è in zona su Maps e su Google (orari, foto, menu o prezzi, recensioni), è gratuita, e una recensione chiesta a ogni cliente soddisfatto fa molto. Il sito viene dopo: una pagina semplice con indirizzo, orari, menu o servizi e come prenotare, collegata alla scheda, basta all'inizio.",) * 2,
    "pt": ("Para um negócio local, primeiro o perfil: é o que vê quem está na zona no Maps e no Google (horário, fotos, menu ou preços, avaliações), é gratuito, e uma avaliação pedida a cada cliente satisfeito ajuda muito. O site vem depois: uma página simples com a morada, o horário, o menu ou os serviços e como reservar, ligada ao perfil, chega no início.",) * 2,
    "pt-BR": ("Para um negócio local, primeiro o perfil: é o que vê quem está na região no Maps e no Google (horário, fotos, cardápio ou preços, avaliações), é gratuito, e uma avaliação pedida a cada cliente satisfeito ajuda muito. O site vem depois: uma página simples com endereço, horário, cardápio ou serviços e como reservar, ligada ao perfil, basta no começo.",) * 2,
    "de": ("Für ein lokales Geschäft zuerst das Profil: Das sehen die Leute aus der Umgebung auf Maps und bei Google (Öffnungszeiten, Fotos, Karte oder Preise, Bewertungen), es ist kostenlos, und eine Bewertung von jedem zufriedenen Kunden bringt viel. Die Website kommt danach: Eine einfache Seite mit Adresse, Öffnungszeiten, Karte oder Leistungen und Buchungsmöglichkeit, mit dem Profil verknüpft, reicht am Anfang.",) * 2,
    "nl": ("Voor een lokale zaak eerst het profiel: dat zien mensen uit de buurt op Maps en in Google (openingstijden, foto's, menu of prijzen, reviews), het is gratis, en een review gevraagd aan elke tevreden klant doet veel. De site komt daarna: een eenvoudige pagina met adres, openingstijden, menu of diensten en hoe te boeken, gekoppeld aan het profiel, is in het begin genoeg.",) * 2,
}

#: A review platform weighed against the profile in one question (folded): "Google Business Profile o TripAdvisor?",
#: "fiche Google ou TripAdvisor ?", "Unternehmensprofil oder Tripadvisor?": group 1 the platform named (a tourists' site).
_GBP_REVIEW_SITE = r"\b(tripadvisor|trip advisor)\b"
_REVIEW_SITE_NAMES = {"tripadvisor": "TripAdvisor", "trip advisor": "TripAdvisor"}
#: (informal, formal): the profile first (where local people search, on Maps), the review site kept tidy beside it ({X}).
_GBP_OVER_REVIEWS: dict[str, tuple[str, str]] = {
    "en": ("I'd put most of the effort into the Google Business Profile: it's where people nearby search, on Maps and in Google, and it's free. Keep it complete (hours, photos, menu or prices) and ask every happy customer for a review. {X} matters more if many of your customers are tourists: there, a tidy listing and a reply to every review are enough.",) * 2,
    "fr": ("Je mettrais l'essentiel de l'effort sur la fiche Google Business : c'est là que cherchent les gens du coin, sur Maps et dans Google, et elle est gratuite. Garde-la complète (horaires, photos, carte ou tarifs) et demande un avis à chaque client content. {X} compte surtout si tu as beaucoup de touristes : une fiche soignée et une réponse à chaque avis suffisent.",
           "Je mettrais l'essentiel de l'effort sur la fiche Google Business : c'est là que cherchent les gens du coin, sur Maps et dans Google, et elle est gratuite. Gardez-la complète (horaires, photos, carte ou tarifs) et demandez un avis à chaque client content. {X} compte surtout si vous avez beaucoup de touristes : une fiche soignée et une réponse à chaque avis suffisent."),
    "es": ("Pondría casi todo el esfuerzo en el perfil de empresa de Google: es donde busca la gente de la zona, en Maps y en Google, y es gratis. Mantenlo completo (horarios, fotos, carta o precios) y pide una reseña a cada cliente contento. {X} pesa más si tienes muchos turistas: ahí basta con una ficha cuidada y responder a cada reseña.",
           "Pondría casi todo el esfuerzo en el perfil de empresa de Google: es donde busca la gente de la zona, en Maps y en Google, y es gratis. Manténgalo completo (horarios, fotos, carta o precios) y pida una reseña a cada cliente contento. {X} pesa más si tiene muchos turistas: ahí basta con una ficha cuidada y responder a cada reseña."),
    "it": ("Metterei quasi tutto l'impegno sulla scheda Google Business Profile: è lì che cerca chi è in zona, su Maps e su Google, ed è gratuita. Tienila completa (orari, foto, menu o prezzi) e chiedi una recensione a ogni cliente soddisfatto. {X} conta di più se hai molti turisti: lì bastano una scheda curata e una risposta a ogni recensione.",
           "Metterei quasi tutto l'impegno sulla scheda Google Business Profile: è lì che cerca chi è in zona, su Maps e su Google, ed è gratuita. La tenga completa (orari, foto, menu o prezzi) e chieda una recensione a ogni cliente soddisfatto. {X} conta di più se ha molti turisti: lì bastano una scheda curata e una risposta a ogni recensione."),
    "pt": ("Poria quase todo o esforço no perfil do Google Business: é aí que procura quem está na zona, no Maps e no Google, e é gratuito. Mantenha-o completo (horário, fotos, menu ou preços) e peça uma avaliação a cada cliente satisfeito. O {X} pesa mais se tiver muitos turistas: aí basta uma ficha cuidada e responder a cada avaliação.",) * 2,
    "pt-BR": ("Eu colocaria quase todo o esforço no Perfil da Empresa no Google: é ali que busca quem está na região, no Maps e no Google, e é gratuito. Mantenha o perfil completo (horário, fotos, cardápio ou preços) e peça uma avaliação a cada cliente satisfeito. O {X} pesa mais se você recebe muitos turistas: ali basta uma página caprichada e responder a cada avaliação.",) * 2,
    "de": ("Ich würde den Großteil der Mühe ins Google-Unternehmensprofil stecken: Dort suchen die Leute aus der Umgebung, auf Maps und bei Google, und es ist kostenlos. Halte es vollständig (Öffnungszeiten, Fotos, Karte oder Preise) und bitte jeden zufriedenen Gast um eine Bewertung. {X} zählt mehr, wenn viele Touristen kommen: Dort reichen ein gepflegter Eintrag und eine Antwort auf jede Bewertung.",
           "Ich würde den Großteil der Mühe ins Google-Unternehmensprofil stecken: Dort suchen die Leute aus der Umgebung, auf Maps und bei Google, und es ist kostenlos. Halten Sie es vollständig (Öffnungszeiten, Fotos, Karte oder Preise) und bitten Sie jeden zufriedenen Gast um eine Bewertung. {X} zählt mehr, wenn viele Touristen kommen: Dort reichen ein gepflegter Eintrag und eine Antwort auf jede Bewertung."),
    "nl": ("Ik zou de meeste moeite in het Google Bedrijfsprofiel steken: daar zoeken mensen uit de buurt, op Maps en in Google, en het is gratis. Houd het volledig (openingstijden, foto's, menu of prijzen) en vraag elke tevreden klant om een review. {X} telt vooral als je veel toeristen krijgt: daar volstaan een verzorgde vermelding en een reactie op elke review.",
           "Ik zou de meeste moeite in het Google Bedrijfsprofiel steken: daar zoeken mensen uit de buurt, op Maps en in Google, en het is gratis. Houd het volledig (openingstijden, foto's, menu of prijzen) en vraag elke tevreden klant om een review. {X} telt vooral als u veel toeristen krijgt: daar volstaan een verzorgde vermelding en een reactie op elke review."),
}


def gbp_line(lang: str, note: str, *, informal: bool) -> str:
    """Her answer when a question asks whether a Google Business Profile fits a business without premises, or weighs it
    against paid ads (the free profile first), ``""`` otherwise.

    >>> gbp_line("en", "Is a Google Business Profile still worth it if I run an online-only shop?", informal=True)[:20]
    'Honestly, not really'
    >>> gbp_line("fr", "Ça vaut le coup de créer une fiche Google Business sans boutique physique ?", informal=False)[:40]
    'Oui, si vous voyez vos clients en person'
    >>> gbp_line("it", "con 300€ al mese ha senso fare ads per un B&B o meglio puntare su google my business?", informal=True)[:27]
    'Partirei dalla scheda Googl'
    >>> gbp_line("en", "How often should I post on my Google Business Profile?", informal=True)
    ''
    """
    folded = fold(note)
    asked = [q for q in cre.question_sentences(folded) if cre.search(_GBP_NAMED, q)]
    if not asked and cre.search(_GBP_NAMED, folded):
        # "read your post on Google Business Profile … is it worth it for a shop without premises?": the profile is the "it"
        asked = [q for q in cre.question_sentences(folded) if cre.search(_NO_PREMISES, q) and cre.search(_GBP_FIT_ASKED, q)]
    # (only after a colon: "ho letto il tuo post sulle campagne social e ho una domanda: Instagram o Google Business?" weighs
    # no ads)
    site = next((m for q in asked if cre.search(_GBP_OR, q) for m in [cre.search(_GBP_REVIEW_SITE, q)] if m), None)
    if site:
        # "per un ristorante conviene investire di più su Google Business Profile o su TripAdvisor?": the profile first,
        # the review site kept tidy for tourists, never "yes, SEO pays off locally" to a question it does not answer
        return in_register(_GBP_OVER_REVIEWS, lang, informal).replace("{X}", _REVIEW_SITE_NAMES[site.group(1)])
    if any(cre.search(_GBP_SEO, q) and cre.search(_GBP_OR, q) and cre.search(_GBP_SOCIAL, q) for q in asked):
        # "is SEO still worth it for a local bakery or should I just focus on Google Business Profile + Instagram?": the
        # profile and social first, a simple site as the SEO, never "to choose between local bakery and Google"
        return in_register(_GBP_OVER_SEO, lang, informal)
    if any(cre.search(_GBP_OR, q) and cre.search(_GBP_SITE, cre.sub(_GBP_NAMED, " ", q)) and not cre.search(_GBP_PAID, q)
           and not cre.search(_NO_PREMISES, q) for q in asked):
        # "per un ristorante conviene più Google Business Profile o il sito?": the profile first, the site second, never
        # "yes, SEO pays off locally" to an either/or
        return in_register(_GBP_OVER_SITE, lang, informal)
    if any(cre.search(_GBP_PAID, cre.sub(_GBP_NAMED, " ", q.rsplit(":", 1)[-1])) and cre.search(_GBP_OR, q) for q in asked):
        # "ha senso fare ads o meglio puntare su google my business?": the free profile first, then a small paid test
        return in_register(_GBP_FIRST, lang, informal)
    if not asked or not cre.search(_NO_PREMISES, folded):
        return ""
    return in_register(_GBP_ONLINE if cre.search(_SELLS_ONLINE, folded) else _GBP_AREA, lang, informal)


# -- TikTok for a local trade named in the note -------------------------------------------------------------------------
#: The local trade a "does TikTok work for my …?" note names (folded): a hair salon or a bakery.
_LOCAL_TRADES = (("salon", r"\b(?:hair ?salons?|hairdress\w*|salons? de coiffure|coiffeu\w*|friseur\w*|peluquer\w*|parrucchier\w*"
                           r"|cabeleireir\w*|salao de beleza|saloes de beleza|kapsalon\w*|kapper\w*)\b"),
                 ("bakery", r"\b(?:bakery|bakeries|boulangeries?|panaderias?|panetteri[ae]|padarias?|backerei\w*|baeckerei\w*|bakkerij\w*)\b"))
#: Where the generic sentence of her TikTok answer begins ("For a shop, a restaurant or a product brand …"), per language.
_TIKTOK_GENERIC = {"en": "For a shop, a restaurant", "fr": "Pour un petit commerce", "es": "Para una tienda, un restaurante",
                   "it": "Per un negozio, un ristorante", "de": "Für ein Geschäft, ein Restaurant", "pt": "Para uma loja, um restaurante",
                   "nl": "Voor een winkel, een restaurant"}
#: The sentence said instead, naming their trade: {x} the trade, {show} what its videos show, {around} the place targeted.
_TIKTOK_TRADE_LINE = {
    "en": "For {x} I'd start with a month or two of organic videos ({show}), then ads on those already getting views, on a small radius around {around}.",
    "fr": "Pour {x}, je ferais un ou deux mois de vidéos organiques ({show}), puis de la pub sur celles qui font des vues, sur un petit rayon autour {around}.",
    "es": "Para {x}, empezaría con uno o dos meses de vídeos orgánicos ({show}) y luego anuncios en los que ya tienen visitas, en un radio pequeño alrededor {around}.",
    "it": "Per {x} partirei con un mese o due di video organici ({show}), poi annunci sui video con più visualizzazioni, in un raggio ristretto intorno {around}.",
    "de": "Für {x} würde ich mit ein, zwei Monaten organischer Videos anfangen ({show}) und dann die Videos mit den meisten Aufrufen bewerben, in einem kleinen Umkreis um {around}.",
    "pt": "Para {x}, começaria com um ou dois meses de vídeos orgânicos ({show}) e depois anúncios nos que já têm visualizações, num raio pequeno à volta {around}.",
    "pt-BR": "Para {x}, eu começaria com um ou dois meses de vídeos orgânicos ({show}) e depois anúncios nos que já têm visualizações, num raio pequeno ao redor {around}.",
    "nl": "Voor {x} zou ik beginnen met een maand of twee organische video's ({show}), daarna adverteren met video's die al views halen, in een kleine straal rond {around}.",
}
#: (trade, what its videos show, around where), per language and trade.
_TRADE_WORDS = {
    "en": {"salon": ("a hair salon", "before-and-after transformations, quick styling tips", "the salon"),
           "bakery": ("a bakery", "bread coming out of the oven, the team at work", "the shop")},
    "fr": {"salon": ("un salon de coiffure", "des avant/après, des astuces coiffage", "du salon"),
           "bakery": ("une boulangerie", "le pain qui sort du four, l'équipe au travail", "de la boutique")},
    "es": {"salon": ("una peluquería", "el antes y el después, trucos de peinado", "de la peluquería"),
           "bakery": ("una panadería", "el pan saliendo del horno, el equipo trabajando", "de la panadería")},
    "it": {"salon": ("un salone di parrucchiere", "il prima e dopo, consigli di styling", "al salone"),
           "bakery": ("una panetteria", "il pane appena sfornato, il team al lavoro", "al negozio")},
    "de": {"salon": ("einen Friseursalon", "Vorher-nachher-Verwandlungen, kurze Styling-Tipps", "den Salon"),
           "bakery": ("eine Bäckerei", "Brot frisch aus dem Ofen, das Team bei der Arbeit", "die Bäckerei")},
    "pt": {"salon": ("um salão de cabeleireiro", "o antes e depois, dicas de penteado", "do salão"),
           "bakery": ("uma padaria", "o pão a sair do forno, a equipa a trabalhar", "da padaria")},
    "pt-BR": {"salon": ("um salão de beleza", "o antes e depois, dicas de penteado", "do salão"),
              "bakery": ("uma padaria", "o pão saindo do forno, a equipe trabalhando", "da padaria")},
    "nl": {"salon": ("een kapsalon", "voor-en-na-transformaties, korte stylingtips", "de salon"),
           "bakery": ("een bakkerij", "brood dat uit de oven komt, het team aan het werk", "de bakkerij")},
}


def tiktok_for_trade(answer: str, note: str, lang: str) -> str:
    """Her TikTok answer with its generic "for a shop, a restaurant or a brand …" sentence said for the local trade the note
    names ("Funktioniert das auch für einen kleinen Friseursalon?": before-and-after videos, ads around the salon); the
    answer as it is otherwise.

    >>> a = "It can work: many users are over 35. For a shop, a restaurant or a product brand I'd start with organic videos."
    >>> tiktok_for_trade(a, "Does TikTok work for a small bakery?", "en")
    "It can work: many users are over 35. For a bakery I'd start with a month or two of organic videos (bread coming out of the oven, the team at work), then ads on those already getting views, on a small radius around the shop."
    """
    at = answer.find(_TIKTOK_GENERIC.get(lang[:2], "\0"))
    trade = next((t for t, rx in _LOCAL_TRADES if cre.search(rx, fold(note))), "") if at >= 0 else ""
    words = _TRADE_WORDS.get(lang, _TRADE_WORDS.get(lang[:2], {})).get(trade)
    if not words:
        return answer
    line = _TIKTOK_TRADE_LINE.get(lang, _TIKTOK_TRADE_LINE[lang[:2]])
    return answer[:at] + line.format(x=words[0], show=words[1], around=words[2])


#: "Tu penses que ça va impacter les petites boutiques Shopify aussi ?", "will it affect small shops too?", "¿afecta
#: también a las tiendas pequeñas?" (folded question): whether the change told also reaches the case named, a yes-or-no
#: question her answer settles only once it says yes.
ALSO_AFFECTED = (r"\b(?:impact\w*|affect\w*|touch\w*|concern\w*|afect\w*|tocc\w*|riguard\w*|colpi\w*|betreff\w*|betrifft|trifft|getroffen"
                 r"|raakt?|raken|geraakt|treffen|hit|hits)\b.{0,60}\b(?:aussi|egalement|too|as well|also|tambien|anche|tambem|auch|ook)\b"
                 r"|\b(?:aussi|egalement|also|tambien|anche|tambem|auch|ook)\b.{0,40}\b(?:impact\w*|affect\w*|touch\w*|concern\w*|afect\w*|tocc\w*"
                 r"|riguard\w*|colpi\w*|betreff\w*|betrifft|trifft|getroffen|raakt?|raken|geraakt|treffen|hit)\b")
#: A plain yes before her answer, when it does not open with one.
_ALSO_YES: dict[str, tuple[str, str]] = {
    "en": ("Yes, it affects them too.",) * 2,
    "fr": ("Oui, ça les concerne aussi.",) * 2,
    "de": ("Ja, das betrifft sie auch.",) * 2,
    "es": ("Sí, también les afecta.",) * 2,
    "it": ("Sì, riguarda anche loro.",) * 2,
    "pt": ("Sim, também se aplica a esse caso.",) * 2,
    "pt-BR": ("Sim, também vale para esse caso.",) * 2,
    "nl": ("Ja, dat geldt ook voor hen.",) * 2,
}
_OPENS_WITH_ANSWER = r"^(?:yes|oui|si|ja|sim|no(?! need| hace)|non(?! serve)|nao(?! vale| precisa)|nein|nee|not|pas|nicht|niet)\b"


def also_affected_yes(answer: str, question: str, lang: str) -> str:
    """Her answer with a plain yes before it, when the question asks whether the change also reaches a case it names.

    >>> also_affected_yes("No need to wait: Safari blocks them.", "Will it affect small Shopify shops too?", "en")
    'Yes, it affects them too. No need to wait: Safari blocks them.'
    >>> also_affected_yes("Yes, them too.", "Will it affect small shops too?", "en")
    'Yes, them too.'
    """
    if not answer or not cre.search(ALSO_AFFECTED, fold(question)) or cre.search(_OPENS_WITH_ANSWER, fold(answer)):
        return answer
    return f"{in_register(_ALSO_YES, lang, True)} {answer}"

