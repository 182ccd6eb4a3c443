"""Wave 71, group D: job seekers who ask for a few minutes, trainings and exchanges, in every language."""

from __future__ import annotations

import pytest
from drafting import sample_draft

# A student who asks for "a few minutes to talk" gets the talk, not only "send your CV".
FEW_MINUTES = [
    ("Dear Ms. Laurent,\nI am an MSc Digital Marketing student and I am looking for a 6-month internship. "
     "Would you have a few minutes to discuss your work?\nKind regards", ("call",)),
    ("Hello Camille, I'm a business school student looking for an internship. Could you spare a couple of minutes "
     "to talk about your job?", ("call",)),
    ("Estimada Sra. Laurent: soy estudiante y busco unas prácticas de 6 meses. ¿Tendría unos minutos para hablar "
     "de su trabajo? Saludos", ("teléfono",)),
    ("Gentile Dott.ssa Laurent, sono studentessa e cerco uno stage di 6 mesi. Avrebbe qualche minuto per parlare "
     "del suo lavoro? Cordiali saluti", ("call",)),
    ("Prezada Sra. Laurent, sou estudante e procuro um estágio de 6 meses. Teria alguns minutos para falar sobre "
     "o seu trabalho? Atenciosamente", ("telefone",)),
    ("Geachte mevrouw Laurent, ik studeer marketing en zoek een stage van 6 maanden. Heeft u een paar minuten om "
     "over uw werk te praten? Met vriendelijke groet", ("belletje",)),
]


@pytest.mark.parametrize("note,words", FEW_MINUTES)
def test_a_few_minutes_to_talk_gets_the_talk(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Priya Sharma")
    assert any(w in text for w in words), text
    assert "CV here" not in text and "CV por aqu" not in text and "currículo por aqui" not in text, text


# A course mate going freelance too, who proposes a coffee: her start congratulated, no "continue our conversation".
COURSE_MATES = [
    ("coucou camille, on etait ensemble a la formation google ads de l'an dernier chez kedge, je me lance en freelance "
     "moi aussi ! on se fait un cafe a l'occasion ?", "Bravo pour ton lancement en freelance"),
    ("Salut Camille ! On était toutes les deux à la masterclass SEO en mars. Je me lance à mon compte, ça te dit un café "
     "un de ces jours ?", "Bravo pour ton lancement en freelance"),
    ("Hi Camille! We were both at the SEO bootcamp last year. I'm going freelance too! Shall we grab a coffee sometime?",
     "Congratulations on going freelance"),
    ("Hallo Camille, wir waren zusammen im Google-Ads-Kurs letztes Jahr. Ich mache mich jetzt auch selbstständig! "
     "Sollen wir mal einen Kaffee trinken?", "Glückwunsch zur Selbstständigkeit"),
]


@pytest.mark.parametrize("note,congrats", COURSE_MATES)
def test_course_mate_going_freelance_is_congratulated(note: str, congrats: str) -> None:
    text = sample_draft(note, name="Manon Blanc")
    assert congrats in text, text
    assert "échange commencé" not in text and "great chatting" not in text.lower(), text


# "Wenn ja," takes the verb next: "Wenn ja, bin ich grundsätzlich verfügbar", never "Wenn ja, grundsätzlich bin ich".
SCHOOLS = [
    'Sehr geehrte Frau Laurent, wir sind eine Hochschule in Wien und suchen für unseren Lehrgang "Digitales Marketing" '
    "eine Gastdozentin für ein Modul über Social Ads (2 Tage, online). Hätten Sie grundsätzlich Interesse? "
    "Mit besten Grüßen, Prof. Dr. Andreas Wimmer",
    "Sehr geehrte Frau Laurent, unsere Fachhochschule in Graz sucht eine Gastdozentin für ein Online-Modul zu SEO "
    "(2 Tage). Hätten Sie Interesse? Freundliche Grüße, Dr. Eva Huber",
]


@pytest.mark.parametrize("note", SCHOOLS)
def test_if_so_takes_the_verb_next(note: str) -> None:
    text = sample_draft(note, headline="Studiengangsleiter", name="Andreas Wimmer")
    assert "Wenn ja, grundsätzlich" not in text, text
    if "Wenn ja," in text and "grundsätzlich" in text:
        assert "Wenn ja, bin ich grundsätzlich" in text, text
