"""Round 21 wording left by the first wave (fixW2): a shared event said as staying in touch "after" it, never "nice to know you
were also at X"; an invitation's format named as the note names it (aula magna, clase magistral, opening keynote)."""
import pytest

from drafting import sample_draft
from invitriage.drafts.writer import co_after, named_kind


# Both were at an event: the reply keeps in touch after it, never tells them they were there (gender-neutral).
@pytest.mark.parametrize("note, want, never", [
    ("Coucou Camille ! On était toutes les deux au meetup Growth Hacking de Villeurbanne, ravie de te suivre ici ! Chloé",
     "après le meetup Growth Hacking", "toi aussi"),
    ("Bonjour Camille, nous nous connaissons du salon Digital Week de Saint-Étienne. Cordialement, Bruno Lefort",
     "après le salon Digital Week", "vous aussi"),
    ("Ciao Camille, eravamo tutti e due al corso di Meta Ads a Bologna il mese scorso! Luca",
     "dopo il corso di Meta Ads", "anche tu"),
    ("Olá Camille! Estivemos os dois no workshop de SEO do Porto, vamos manter contacto. Tiago",
     "depois do workshop de SEO", "também"),
    ("Oi Camille, tudo bem? A gente estava na mesma palestra do Digitalks em São Paulo! Bjs, Carla",
     "depois da palestra", "também estava"),
    ("Hoi Camille, we waren allebei bij de masterclass van Marketingfacts in Amsterdam. Groet, Lotte",
     "na de masterclass van Marketingfacts", "om te weten"),
])
def test_a_shared_event_is_kept_in_touch_after(note, want, never):
    text = sample_draft(note)
    assert want in text
    assert never not in text


def test_co_after_bare_event_and_its_date():
    assert co_after("aux Rencontres du Marketing", "en juin", "fr") == "après les Rencontres du Marketing en juin"
    assert co_after("nella sala del Festival", "", "it") == "dopo la sala del Festival"
    assert co_after("bij het SEO-congres", "vorige week", "nl") == "na het SEO-congres van vorige week"
    assert co_after("chez Google", "", "fr") == ""  # an unknown preposition: the template's own fallback


# The session an invitation names keeps its qualifier; one slot of an event (aula magna, opening keynote) is "the" one.
@pytest.mark.parametrize("note, want, never", [
    ("Cara Camille, insegno alla IULM e vorrei invitarti a tenere una lezione inaugurale per il nuovo master in comunicazione. Un saluto, Chiara",
     "la lezione inaugurale", "per una lezione"),
    ("Estimada Camille, coordino el grado de Marketing en la Universidad de Valencia y me gustaría invitarla a dar la clase inaugural del curso. Saludos, Jorge Martín",
     "la clase inaugural", "para una clase"),
    ("Prezada Camille, sou coordenadora do MBA de Marketing da PUC e gostaria de convidá-la para ministrar a aula inaugural do semestre. Atenciosamente, Juliana Costa",
     "a aula inaugural", "uma aula"),
    ("Dear Camille, we'd be delighted if you could give the closing keynote at our e-commerce seminar in Manchester. Kind regards, Oliver Hughes",
     "the closing keynote", "for a seminar"),
])
def test_an_invitation_names_the_format_of_the_note(note, want, never):
    text = sample_draft(note)
    assert want in text
    assert never not in text


def test_named_kind_keeps_an_indefinite_open_class():
    assert named_kind("una clase", "¿te animarías a dar una clase abierta sobre TikTok Ads?", "es") == "una clase abierta"
    assert named_kind("a guest lecture", "would you give a guest lecture to my students?", "en") == "a guest lecture"
