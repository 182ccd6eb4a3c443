"""Wave 72 group D: job seekers asking for agencies that hire remotely get where to look for remote agencies, in advice
voice ("An Ihrer Stelle würde ich …"), never "in the area you're aiming for" nor a search Camille would do herself."""
import pytest

from drafting import sample_draft

REMOTE_SEEKERS = [
    ("Guten Tag Frau Laurent, ich suche eine neue Stelle als SEO-Spezialistin, am liebsten remote. Kennen Sie Agenturen, "
     "die gerade Leute suchen? Beste Grüße", "Sabine Vogel", "die remote einstellen", ("in der Region", "Ich würde auf")),
    ("Goedemiddag mevrouw Laurent, ik zoek een nieuwe baan als SEO specialist, graag op afstand. Kent u bureaus die nu "
     "mensen zoeken? Met vriendelijke groet", "Femke Visser", "die remote mensen aannemen", ("in de regio", "Ik zou op")),
    ("Hi Camille, I'm looking for a new SEO job, fully remote. Do you know any agencies that are hiring right now? Thanks!",
     "Jane Doe", "that hire remotely", ("in the area you're aiming for",)),
    ("Hola Camille, busco trabajo de SEO en remoto. ¿Conoces agencias que estén contratando? Gracias", "Ana Ruiz",
     "que contratan en remoto", ("de la zona que",)),
]


@pytest.mark.parametrize("note,name,wanted,gone", REMOTE_SEEKERS)
def test_remote_seeker_gets_remote_agencies(note, name, wanted, gone):
    text = sample_draft(note, headline="SEO Specialist | Open to work", name=name)
    assert wanted in text
    for bad in gone:
        assert bad not in text


def test_local_seeker_keeps_the_area_in_advice_voice():
    text = sample_draft("Hallo Camille, ich suche eine Stelle im SEO. Kennst du Agenturen, die gerade Leute suchen? Danke!",
                        headline="SEO | offen für Neues", name="Mia Schneider")
    assert "An deiner Stelle würde ich auf LinkedIn" in text
    assert "Ich würde auf LinkedIn" not in text
