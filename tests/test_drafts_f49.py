"""Wave 49, group F: wording (round 46 lights and wave-48 leftovers)."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.needs import plan_phrase
from invitriage.drafts.told import experience_line
from invitriage.drafts.writer import _shared_session


# fr_en note-9, fr_en note-31: the session both attended is named at its venue, never the venue alone or "after we were both"
@pytest.mark.parametrize("note, want, absent", [
    ("Coucou Camille ! On était dans le même atelier au Totem Numérique mardi (celui sur Pinterest ads). Restons en contact 🙂",
     "l'atelier sur Pinterest ads au Totem Numérique", "après le Totem"),
    ("hey Camille! we were in the same masterclass at Station F (the one on Meta Ads). let's keep in touch",
     "after the masterclass on Meta Ads at Station F", "after we were both"),
    ("Ciao Camille, eravamo nello stesso workshop al Talent Garden ieri. Restiamo in contatto!",
     "workshop al Talent Garden", "dopo il Talent Garden"),
])
def test_shared_session_named_at_its_venue(note: str, want: str, absent: str) -> None:
    text = sample_draft(note, name="Lea Martin")
    assert want in text
    assert absent not in text


def test_shared_session_keeps_a_plain_event() -> None:
    assert _shared_session("on s'est croisées au salon E-commerce Lyon", "au salon E-commerce Lyon") == "au salon E-commerce Lyon"


# de_nl note-17: the fair named with the stand; the follow-up offered plainly
def test_fair_named_with_the_stand() -> None:
    note = ("Hallo Camille, wir haben uns auf der OMR am Stand von Semrush kennengelernt und über Content für Onlineshops gesprochen. "
            "Bleiben wir in Kontakt! Grüße, Jonas")
    text = sample_draft(note, name="Jonas Weber")
    assert "auf der OMR am Stand von Semrush" in text
    assert "Sehr gern setzen wir" not in text


# es_pt_it note-19: the day before the event that ends on its city; the stated purpose taken up
@pytest.mark.parametrize("note, want, absent", [
    ("Camille, un placer conocerte ayer en el meetup de Marketing Digital en Valencia. Como te dije, te agrego para hablar del curso de SEO local. Saludos, Pablo",
     ("ayer en el meetup", "del curso de SEO local"), "en Valencia ayer"),
    ("Oi Camille, adorei te conhecer ontem no meetup da ABRADi em São Paulo! Te adiciono para conversar sobre o workshop de SEO local. Abraço, Lucas",
     ("o workshop de SEO local",), "Atenciosamente"),
])
def test_met_yesterday_purpose_taken_up(note: str, want: tuple[str, ...], absent: str) -> None:
    text = sample_draft(note, name="Pablo Gil")
    for w in want:
        assert w in text
    assert absent not in text


# es_pt_it note-2: "mi newsletter" said once
def test_newsletter_named_once() -> None:
    text = sample_draft("Hola Camille, sigo tu newsletter cada lunes, la última sobre Google Ads me ayudó mucho con mi web. ¡Gracias! Lucía",
                        name="Lucía Romero")
    assert text.count("newsletter") == 1


# de_nl note-12: "sprechen wir" once
def test_not_yet_in_germany_no_double_talk() -> None:
    text = sample_draft("Hallo Camille, ich leite das Marketing eines Möbelhauses in Hamburg und wir wollen unsere SEO-Strategie auslagern. "
                        "Arbeitest du auch mit Firmen aus Deutschland? Gruß, Tobias", name="Tobias Krause")
    assert "sprechen wir gern darüber" not in text


# en (wave 48): the tips' line says the joy once
@pytest.mark.parametrize("note, absent", [
    ("Hi Camille, thanks for the tips on LinkedIn Ads in your training last week, already applying them in my job!", "So glad it's already useful"),
    ("Hi Camille, thanks for the tips on TikTok Ads at your workshop yesterday, I'm already using them at work!", "Glad it was useful"),
])
def test_tips_joy_said_once(note: str, absent: str) -> None:
    text = sample_draft(note, name="Sam Lee")
    assert absent not in text
    assert "in your" not in text


# es_pt_it note-26: the strategy keeps its noun after a fused preposition
@pytest.mark.parametrize("note, want", [
    ("Gostaríamos de rever a nossa estratégia de presença nas redes sociais. Seria possível falarmos?", "estratégia de presença nas redes sociais"),
    ("Vorremmo rivedere la nostra strategia di annunci sui social network. Possiamo sentirci?", "strategia di annunci sui social network"),
])
def test_plan_keeps_its_noun(note: str, want: str) -> None:
    assert plan_phrase(note) == want


# es_pt_it note-34: a Brazilian journalist who writes "te" is answered friendly; a formal one never gets a bare "Com prazer."
def test_br_journalist_with_te_is_friendly() -> None:
    text = sample_draft("Olá Camille, sou jornalista da revista Época Negócios e estou escrevendo uma reportagem sobre freelancers de marketing na Europa. "
                        "Posso te fazer algumas perguntas? Renata Lima", name="Renata Lima")
    assert "Atenciosamente" not in text


def test_br_formal_journalist_no_bare_pleasure() -> None:
    text = sample_draft("Prezada Camille, sou jornalista do jornal Valor e preparo uma matéria sobre consultoria digital na França. "
                        "A senhora poderia responder algumas perguntas? Atenciosamente, Paula Reis", name="Paula Reis")
    assert "Com prazer." not in text


# de_nl note-32: the experience word takes its preposition
@pytest.mark.parametrize("note, lang, want", [
    ("Ik zoek werk als SEA-specialist (4 jaar ervaring Meta Ads).", "nl", "ervaring met Meta Ads"),
    ("Ich suche eine Stelle (6 Jahre Erfahrung SEO).", "de", "Erfahrung mit SEO"),
])
def test_experience_takes_its_preposition(note: str, lang: str, want: str) -> None:
    assert want in experience_line(note, lang, informal=True)


# pt speaker (wave 48): a side event named once, where the talk is
@pytest.mark.parametrize("note, want, absent", [
    ('Olá Camille, organizo o Web Summit side event "Porto Growth Nights" em novembro. Gostaríamos de a convidar para falar sobre SEO local. Teria interesse?',
     "no evento «Porto Growth Nights»", "Web Summit («"),
    ('Hi Camille, I run the Web Summit side event "Lisbon Growth Days" in November. Would you like to speak about social ads for small shops?',
     "Lisbon Growth Days", "Web Summit (“"),
])
def test_side_event_named_once(note: str, want: str, absent: str) -> None:
    text = sample_draft(note, name="Joana Silva")
    assert want in text
    assert absent not in text
