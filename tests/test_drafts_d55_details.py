"""Wave 55, group D: the note's details named as the note names them (interns, dates of an event, a "mesa", a Bachelorarbeit)."""

import pytest
from drafting import sample_draft


def test_internship_application_told_she_takes_no_interns_fr_en_es():
    fr = sample_draft("Bonjour Madame Laurent, je suis étudiante en M1 et je recherche un stage de 6 mois à partir de mars. "
                      "Accepteriez-vous d'étudier ma candidature ?", name="Léa Martin")
    assert "Je ne prends pas de stagiaires" in fr
    assert "Si j'entends parler, dans mon réseau, d'un stage" in fr and "mars dans mon réseau" not in fr
    en = sample_draft("Hello Camille, I'm a marketing student looking for a 6-month internship from September. "
                      "Could you consider my application?", name="Ana Ruiz")
    assert "I don't take interns myself" in en
    es = sample_draft("Hola Camille, soy estudiante de marketing y busco unas prácticas de 6 meses desde marzo. "
                      "¿Considerarías mi candidatura?", name="Ana Ruiz")
    assert "no tengo plazas de prácticas" in es


def test_event_date_follows_the_event_it_es_fr():
    it = sample_draft("Gentile Dott.ssa Laurent, a nome dell'Associazione Commercianti vorrei invitarLa a tenere un workshop "
                      "sui social ads durante il nostro evento del 20 maggio.", name="Paolo Ferraro")
    assert "all'evento del 20 maggio" in it and "il 20 maggio" not in it
    it8 = sample_draft("Buongiorno, vorremmo invitarla come relatrice sulla SEO al Digital Forum di Torino l'11 marzo.")
    assert "dell'11 marzo" in it8 and "del'" not in it8
    es = sample_draft("Hola Camille, te invito a dar una charla sobre SEO en nuestro evento el 4 de mayo en Bilbao.")
    assert "del 4 de mayo" in es and "evento el 4" not in es


def test_mesa_is_a_panel_and_its_format_not_asked_again_es_pt():
    es = sample_draft("Estimada Sra. Laurent: quisiera invitarla a participar como ponente en la mesa sobre publicidad en redes "
                      "sociales del Congreso Ecommerce Sevilla (14 de noviembre). Atentamente, Fernando Castillo",
                      name="Fernando Castillo")
    assert "la mesa redonda" in es and "ponencia" not in es and "el formato" not in es
    pt = sample_draft("Olá Camille, gostaríamos de a convidar para participar como oradora na mesa sobre marketing de conteúdo "
                      "do nosso congresso, a 5 de junho.")
    assert "mesa-redonda" in pt and "palestra" not in pt and "o formato" not in pt


def test_german_thesis_named_and_minutes_without_aside():
    ba = sample_draft("Hallo Camille, ich schreibe meine Bachelorarbeit über Influencer-Marketing. Hättest du 15 Minuten für "
                      "ein kurzes Interview?", name="Tim Schulze")
    assert "Bachelorarbeit" in ba and "Abschlussarbeit" not in ba
    assert "passen gut)" not in ba and "15 Minuten Zeit" in ba
    ma = sample_draft("Guten Tag Frau Laurent, für meine Masterarbeit zum Thema SEO suche ich Expertinnen. Hätten Sie 20 Minuten "
                      "für ein Interview?", name="Ana Ruiz")
    assert "Ihrer Masterarbeit" in ma and "passen gut)" not in ma


def test_english_speaking_tip_names_english():
    en = sample_draft("Hello Camille, I'm a content marketer relocating to Lyon in June. Do you know agencies there hiring "
                      "English-speaking marketers? Any tips welcome.", name="Rachel Adams")
    assert "your English is a real plus" in en and "your language" not in en


@pytest.mark.parametrize("note, said, broken", [
    ("Ciao Camille, ti vorremmo come relatrice al Digital Marketing Day Milano il 12 giugno, sul SEO. Ti va? Un saluto, Paolo",
     "Milano del 12 giugno", "il 12 del"),
    ("Bonjour Camille, nous serions ravis de vous accueillir comme intervenante au salon Digital Lyon Days le 12 juin. "
     "Seriez-vous disponible ? Cordialement, Paul Martin", "Days du 12 juin", "le 12 du"),
])
def test_event_date_said_once(note: str, said: str, broken: str) -> None:
    """The day after an event's name ("… Milano il 12 giugno") belongs to the date, never to the name: never "il 12 del 12"."""
    text = sample_draft(note, headline="Organizzatore eventi", name="Paolo Rossi")
    assert said in text and broken not in text
