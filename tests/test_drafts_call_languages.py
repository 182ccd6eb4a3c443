"""One rule for her working languages: a call she offers in a language she does not work in says them, once.

The sample owner works in French and English. Round 75's reviewers found the caveat uneven: talks and client leads
said it, a referred junior or a partner offered "a 20-minute call" in German or Portuguese did not.
"""
import pytest

from drafting import sample_draft

LIMITS = ("nur auf Französisch oder Englisch", "en francés o en inglés", "in francese o in inglese",
          "em francês ou em inglês", "het Frans of het Engels",
          # the call's own sentence offers them, English first ("whichever you prefer")
          "auf Englisch oder Französisch", "en inglés o en francés", "in inglese o in francese", "em inglês ou em francês",
          "het Engels of het Frans")


def said(text: str) -> int:
    return sum(text.count(x) for x in LIMITS)


CALLS = [
    ("Hallo Camille, Markus Weber hat mir dich empfohlen. Ich bin Marketing Managerin bei einem Möbelhändler und würde "
     "mich gern mit dir austauschen. Hast du Zeit für ein kurzes Gespräch? Lena", "Lena Graf", "20 Minuten"),
    ("Hi! Anna Köhler aus deinem Training bei der IHK hat mir von dir erzählt, sie war total begeistert. Ich bin Junior SEO "
     "und würde mich gerne vernetzen 🙂 Nils", "Nils Zimmermann", "20-minütiges"),
    ("Hola Camille, Marta Ibáñez me ha recomendado contactarte. Llevo la tienda online de una marca de zapatillas y quiero "
     "mejorar nuestros anuncios en Meta. ¿Hablamos?", "Diego Ruiz", "20 minutos"),
    ("Hoi Camille, wij zoeken een partner voor SEO-projecten voor onze klanten. Zullen we eens bellen? Groet, Bas",
     "Bas de Wit", "20 minuten"),
    ("Oi Camille! Tenho uma agência pequena em Curitiba e queria propor uma parceria em projetos de tráfego pago. "
     "Bora marcar uma call?", "Rafael Souza", "20 minutos"),
    ("Ciao Camille, ho un'agenzia a Torino e cerco una partner per progetti SEO dei nostri clienti. Ci sentiamo?",
     "Stefano Galli", "20 minuti"),
]


@pytest.mark.parametrize("note,name,call", CALLS)
def test_a_call_offered_in_another_language_says_her_languages_once(note, name, call):
    text = sample_draft(note, name=name)
    assert call in text
    assert said(text) == 1, text


def test_said_after_the_call_not_before_it():
    text = sample_draft(CALLS[1][0], name=CALLS[1][1])
    line = next(x for x in text.split("\n") if "20-minütiges" in x)
    assert line.index("20-minütiges") < line.index("Englisch oder Französisch")
    assert "ganz wie du magst" in line  # a choice offered, never "Allerdings arbeite ich nur …" after the dates


@pytest.mark.parametrize("note,name", [
    # English allowed by the note, met and talked in person, a team in France: nothing to warn about
    ("Ciao Camille, sono responsabile marketing di un'azienda di Bologna e vorrei capire se una collaborazione sui social "
     "ads può avere senso. Possiamo sentirci? Anche in inglese va bene.", "Paolo Neri"),
    ("Olá Camille, foi ótimo falar consigo no Web Summit em Lisboa. Gostava de continuar a conversa sobre uma parceria. "
     "Podemos marcar uma chamada?", "Rui Costa"),
    ("Hallo Camille, wir sind das Marketingteam von Decathlon Frankreich in Lille und suchen Unterstützung bei SEO. "
     "Hätten Sie Zeit für ein Gespräch?", "Jonas Berg"),
])
def test_no_caveat_where_a_language_is_already_shared(note, name):
    assert said(sample_draft(note, name=name)) == 0


def test_no_caveat_without_a_call():
    text = sample_draft("", headline="Head of Marketing bei Zalando", name="Anna Vogel")
    assert "20" not in text and said(text) == 0


@pytest.mark.parametrize("note,name", [
    ("Hallo! Marloes Kok van Growth Academy raadde me aan om met je te connecten, ik ben net begonnen als junior marketeer "
     "en wil graag leren van mensen zoals jij 🙂 Groet, Sven", "Sven Dekker"),
    ("Hola Camille, Lucía Gómez me recomendó conectar contigo. Acabo de empezar como junior en marketing digital y me "
     "encantaría aprender de personas como tú. ¡Un saludo!", "Pablo Ortiz"),
    ("Hallo Camille, Jonas Richter hat mir empfohlen, mich mit dir zu vernetzen. Ich bin gerade Junior im Online-Marketing "
     "und möchte gern von Leuten wie dir lernen. Viele Grüße, Tim", "Tim Hoffmann"),
])
def test_a_referred_junior_who_wants_to_learn_gets_the_call_then_her_languages(note, name):
    # a learner is no client lead: never "I only work in …" before anything is offered, but the languages offered after the call
    text = sample_draft(note, name=name)
    body = text.split("\n")
    line = next(x for x in body if cre_call(x))
    assert said(text) == 1 and said(line) == 1, text
    assert line.index("20") < min(line.index(x) for x in LIMITS if x in line)


def cre_call(line: str) -> bool:
    return any(w in line for w in ("20 minuten", "20 minutos", "20-minütig", "20 Minuten"))
