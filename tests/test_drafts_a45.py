"""Wave 45, group A (reading the note): an invitation promised when they met is a met-before note, never a pitch; a quick
opinion asked on ads campaigns that do not take off is a request for help answered with the owner's Meta ads tip; a
graduate's "SEO or paid media?" gets the career either/or answer; a move stated as an option is never wished luck; a
class named by its whole programme is the audience stated; a Dutch or German infinitive's particle is no part of a topic."""

from __future__ import annotations

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts.notefacts import extract
from invitriage.judge.classify import classify

PROMISED = [  # (note, words of the place named)
    ("Bonjour Camille, nous nous sommes croisées au petit-déj des indépendantes vendredi. Comme convenu je vous envoie mon invitation. Bien à vous, Chloé",
     "petit-déj"),
    ("Bonjour Camille, nous nous sommes rencontrées hier au salon du e-commerce, ravie ! Claire", "salon"),
    ("Hi Camille, as promised at the founders' breakfast this morning, here's my invitation. Speak soon, Priya", ""),
    ("Hola Camille, como te prometí ayer en el desayuno de emprendedoras, aquí va mi invitación. Un abrazo, Marta", ""),
    ("Ciao Camille, come promesso ieri alla colazione di networking, ecco il mio invito! Giulia", ""),
    ("Hoi Camille, zoals beloofd op de netwerkborrel van donderdag stuur ik je een uitnodiging. Groetjes, Sanne", "netwerkborrel"),
]


@pytest.mark.parametrize("note,place", PROMISED)
def test_invitation_promised_when_they_met_is_met_before_not_a_pitch(note: str, place: str) -> None:
    assert classify([note], owner_lang=SAMPLE.language)[0].intent == "met_before"
    text = sample_draft(note)
    assert not any(w in text for w in ("offre", "offer", "oferta", "offerta", "aanbod", "besoin", "need")), text
    if place:
        assert place in text, text


QUICK_VIEW = [  # (note, words of the owner's Meta ads answer)
    ("Salut Camille, je vends des savons artisanaux en ligne et mes campagnes Instagram ne décollent pas du tout. Un avis rapide ?", "audience resserrée"),
    ("Hey Camille, I sell handmade jewellery online and my Instagram campaigns are going nowhere. Any quick thoughts?", "tight audience"),
    ("Hola Camille, vendo velas por internet y mis campañas de Facebook no arrancan. ¿Alguna opinión rápida?", "público acotado"),
    ("Hallo Camille, wir verkaufen Kaffee online und unsere Instagram-Kampagnen bringen nichts. Hast du eine kurze Einschätzung?", "enge Zielgruppe"),
    ("Ciao Camille, ho un negozio online di borse e le mie campagne su Facebook non partono. Un parere veloce?", "pubblico ristretto"),
    ("Hoi Camille, ik verkoop thee online en mijn Facebook-campagnes leveren niks op. Heb je een snelle tip?", "afgebakende doelgroep"),
]


@pytest.mark.parametrize("note,answer", QUICK_VIEW)
def test_quick_view_on_failing_campaigns_is_help_with_a_tip(note: str, answer: str) -> None:
    assert classify([note], owner_lang=SAMPLE.language)[0].intent == "ask_for_help"
    text = sample_draft(note)
    assert answer in text, text
    assert not any(w in text for w in ("proposition", "proposal", "propuesta", "klingt interessant", "Any for")), text


GRADUATE_CHOICE = [  # (note, words of the career either/or answer, words never said)
    ("Oi Camille! Acabei de me formar em publicidade e não sei se começo por SEO ou por mídia paga. Alguma luz?", "Os dois são bons caminhos",
     "do seu negócio"),
    ("Olá Camille, terminei a faculdade de marketing e estou indecisa: SEO ou publicidade paga para começar? Obrigada", "dois bons caminhos",
     "o seu negócio"),
    ("Hola Camille, me acabo de graduar en marketing y dudo por dónde empezar, ¿SEO o publicidad pagada?", "buenas opciones", "presupuesto"),
    ("Hallo Camille, ich habe mein BWL-Studium abgeschlossen und weiß nicht: erst SEO oder lieber bezahlte Werbung?", "gute Wege", "Umsatz"),
]


@pytest.mark.parametrize("note,answer,never", GRADUATE_CHOICE)
def test_graduate_choosing_seo_or_paid_gets_the_career_answer(note: str, answer: str, never: str) -> None:
    text = sample_draft(note)
    assert answer in text, text
    assert never not in text, text


MOVE_OPTION = [
    "Hi Camille, looking for a first job in social media, and I'd be willing to move to Lyon for the right role. Any tips? Thanks, Omar",
    "Hallo Camille, ich suche einen Einstieg ins Content-Marketing und bin offen für einen Umzug nach Lyon. Tipps? Danke, Mia",
    "Ciao Camille, cerco il primo impiego nel digital marketing e sarei disponibile a trasferirmi a Lione. Consigli? Grazie, Sara",
    "Hoi Camille, ik zoek een eerste baan in marketing en sta open voor een verhuizing naar Frankrijk. Tips? Groet, Tim",
]


@pytest.mark.parametrize("note", MOVE_OPTION)
def test_a_move_stated_as_an_option_is_never_wished_luck(note: str) -> None:
    text = sample_draft(note)
    assert not any(w in text for w in ("your move", "Umzug nach", "trasferimento a", "verhuizing naar")), text


def test_a_decided_move_is_still_wished_luck() -> None:
    # the wish for the move is in the search closing when there is one (wave 51: one wish, never two)
    text = sample_draft("Hi Camille, I'm moving to Lyon in June and looking for my first marketing job there. Any advice?")
    assert "your move to Lyon" in text or "Good luck with the move and the search," in text, text


def test_a_class_named_by_its_programme_is_the_audience_stated() -> None:
    text = sample_draft("Hi Camille, I teach at Galway Tech and we'd love you to give a guest lecture to our BSc Marketing Analytics students "
                        "(online). Would that be possible?")
    assert "audience" not in text, text


@pytest.mark.parametrize("note,lang,topic", [
    ("Hoi Camille, wil je volgend voorjaar een gastles over contentstrategie te komen geven bij ons op school?", "nl", "over contentstrategie"),
    ("Beste Camille, zou je een lezing over Google Ads voor retailers willen geven?", "nl", "over Google Ads voor retailers"),
    ("Hallo Camille, hätten Sie Zeit, im Herbst einen Vortrag über lokales SEO zu halten?", "de", "über lokales SEO"),
])
def test_topic_loses_the_infinitive_particle(note: str, lang: str, topic: str) -> None:
    got = extract(note, lang, "business_proposal").topic
    assert got == topic, got


def test_an_invitation_to_a_lecture_is_not_its_own_topic() -> None:
    text = sample_draft("Hallo Camille, ich lehre an der FH Wien und möchte dich zu einer Gastvorlesung für meine Studierenden einladen. Lust?")
    assert "Gastvorlesung zu einer Gastvorlesung" not in text, text


def test_a_question_word_is_never_a_referrer() -> None:
    text = sample_draft("Hi Camille, my small tea shop's Facebook campaigns aren't working at all. Any quick thoughts? Cheers, Tom")
    assert "Any for" not in text and "to Any" not in text, text
