"""Wave 152, group E: direct questions are answered, never dropped: a short chat a job seeker asks for is offered (and
"a summer internship" is never "an internship for a summer"); the funding of her training asked by a self-employed
person or a shop owner (autónomo, gérante, partita IVA) gets her own answer for them (an employer's fund is for
employees), beside a language answered from her facts; a learning subject already told is never re-asked; the slides of
a workshop both attended are answered as the material asked for, never with her training offer."""

from __future__ import annotations

from drafting import sample_draft


def test_short_chat_asked_by_job_seeker_is_offered() -> None:
    # 179 fr_en note-26
    en = sample_draft("Dear Ms. Laurent,\nI am a final-year BSc Marketing student at the University of Manchester and I'm looking for a "
                      "summer internship in digital marketing in France. Would you be open to a short chat?\nKind regards,\nJames Patel",
                      "Marketing student | University of Manchester", name="James Patel")
    assert "a call" in en and "Which days suit you" in en
    assert "for a summer" not in en and "for the summer" in en
    own = sample_draft("Hello Camille, I'm a second-year marketing student at Leeds and I'm looking for a summer internship in social "
                       "media. Would you have time for a brief chat?", "Student | Leeds", name="Oliver Green")
    assert "a call" in own and "for a summer" not in own


def test_job_seeker_without_chat_keeps_cv_reply() -> None:
    en = sample_draft("Hello Camille, I'm a marketing student looking for an internship in SEO from June. Any leads?",
                      "Student", name="Oliver Green")
    assert "CV" in en and "Which days suit you" not in en


def test_funding_for_self_employed_answered_beside_language() -> None:
    # 177 es_pt_it note-19
    es = sample_draft("Hola Camille, vi que haces formación en marketing digital. ¿Das cursos en español o solo en francés? Y ¿tienen "
                      "algún tipo de bonificación para autonomos? Gracias", "Autónoma | Tienda de artesanía", name="Beatriz Molina")
    assert "No doy formación en español" in es and "FUNDAE" in es and "autónomo" in es
    it = sample_draft("Ciao Camille, ho visto che fai formazione sul marketing digitale. Fai corsi in italiano? E sono finanziabili "
                      "per una libera professionista con partita IVA?", "Fotografa freelance", name="Giulia Rossi")
    assert "in italiano" in it and "partita IVA" in it and "fondi interprofessionali" in it


def test_shop_owner_opco_funding_and_subject_told() -> None:
    # 177 fr_en note-16
    fr = sample_draft("Bonjour Camille,\nVous proposez des formations ? Je suis gérante d'une petite épicerie fine et j'aimerais apprendre "
                      "à gérer mon Instagram moi même. Est ce finançable par l'OPCO ?\nMerci\nNathalie",
                      "Gérante - L'Épicerie de Nathalie", name="Nathalie Blanc")
    assert "AGEFICE" in fr and "salariés" in fr and "CPF" not in fr
    assert "ce que vous aimeriez apprendre" not in fr and "Instagram" in fr
    de = sample_draft("Hallo Camille, bieten Sie Schulungen an? Ich bin selbstständige Floristin und möchte lernen, mein Instagram "
                      "selbst zu betreuen. Ist das förderfähig?", "Inhaberin | Blumen Berger", name="Anna Berger")
    assert "Selbstständige" in de and "Betriebsausgabe" in de and "bei Instagram" in de


def test_employee_opco_funding_unchanged() -> None:
    fr = sample_draft("Bonjour Camille, vos formations SEO sont-elles finançables par l'OPCO ? Je suis chargée de communication dans une PME.",
                      "Chargée de communication", name="Claire Dubois")
    assert "l'OPCO de l'employeur" in fr and "AGEFICE" not in fr


def test_slides_of_a_workshop_both_attended_are_answered() -> None:
    # 177 de_nl note-15
    de = sample_draft("Hi Camille, wir haben beim Workshop von Marie Lefèvre in Paris nebeneinander gesessen :) Ich bin die mit dem "
                      "Tourismus-Startup. Hast du eigentlich die Folien von dem Workshop noch? LG Miriam",
                      "Co-Founderin | WanderNest", name="Miriam Vogel")
    assert "Folien" in de and "Schulungen" not in de
    fr = sample_draft("Bonjour Camille, on était assises côte à côte à l'atelier de Julie Martin à Lyon. Tu as encore les slides de "
                      "l'atelier ?", "Fondatrice | Ma Boîte", name="Léa Roux")
    assert "slides" in fr and "j'anime des formations" not in fr
    nl = sample_draft("Hoi Camille, we zaten naast elkaar bij de workshop van Pieter de Vries in Utrecht. Heb je de slides van die "
                      "workshop nog?", "Oprichter | Fietsbox", name="Sanne Bakker")
    assert "slides" in nl and "training" not in nl.lower()


def test_training_offer_question_unchanged() -> None:
    de = sample_draft("Hallo Camille, gibst du auch Workshops zu Social Ads?", "Marketing", name="Jonas Weber")
    assert "Schulungen" in de or "Workshop" in de
