"""Wave 140, group E: register and greetings (a student's casual sign-off, a note-less director), met-before warmth
(contact picked up again, "Wie läuft es bei dir?" answered, the questions she asked remembered) and two phrasings ("Happy to get to know each other", "agencias que interesen")."""

from __future__ import annotations

from drafting import sample_draft

_MILA = ("Beste mevrouw Laurent, ik doe de mbo-opleiding Marketing & Communicatie en moet een verslag schrijven over SEO. "
         "Mag ik u een paar vragen stellen? Dat zou heel fijn zijn. Groetjes, Mila")


def test_student_signing_casually_gets_first_name_and_je() -> None:
    # 140 E de_nl note-40 (draft_review156): "Beste Mila de Graaf" with u for an MBO student who signed "Groetjes, Mila"
    nl = sample_draft(_MILA, "Student MBO Marketing & Communicatie | ROC Amsterdam", name="Mila de Graaf")
    assert nl.startswith("Beste Mila,") and "stuur je vragen" in nl and "uw" not in nl
    es = sample_draft("Estimada Sra. Laurent, soy estudiante de marketing y estoy haciendo un trabajo sobre SEO. ¿Podría "
                      "hacerle unas preguntas? ¡Besos! Lucía", "Estudiante de marketing", name="Lucía Gil")
    assert "Sra. Gil" not in es and "tus preguntas" in es
    it = sample_draft("Gentile Sig.ra Laurent, sono studentessa di marketing e scrivo una tesina sul SEO. Posso farle "
                      "qualche domanda? Baci, Giulia", "Studentessa", name="Giulia Rossi")
    assert "signora Rossi" not in it and "le tue domande" in it


def test_professional_signing_formally_keeps_u() -> None:
    # 140 E de_nl note-40 neighbour: a marketing manager writing "u … Met vriendelijke groet" stays formal
    nl = sample_draft("Beste mevrouw Laurent, ik ben marketingmanager bij een webshop. Mag ik u een paar vragen stellen over "
                      "SEO? Met vriendelijke groet, Mila de Graaf", "Marketingmanager", name="Mila de Graaf")
    assert "stuurt u uw vragen" in nl and "Met vriendelijke groet," in nl


def test_noteless_dutch_marketing_director_gets_beste() -> None:
    # 140 E de_nl note-43 (draft_review156): "Hoi Jeroen" to a note-less "Marketingdirecteur | Coolblue"
    nl = sample_draft("", "Marketingdirecteur | Coolblue", name="Jeroen de Vries")
    assert nl.startswith("Beste Jeroen,") and "Hoi" not in nl
    # a neighbour that must not change: a note-less marketeer is still "Hoi"
    assert sample_draft("", "Marketeer | Coolblue", name="Jeroen de Vries").startswith("Hoi Jeroen,")


def test_lost_touch_is_contact_picked_up_again_in_french() -> None:
    # 140 E fr_en note-13 (draft_review157): "Ça serait top de se recontacter" answered "sympa de garder le contact"
    fr = sample_draft("Coucou Camille ! On était ensemble à la formation Google Ads à Paris l'an dernier, je suis tombée sur "
                      "ton profil par hasard. Ça serait top de se recontacter !", "Chargée de communication - Mairie de Bron",
                      name="Aurélie Martin")
    assert "reprendre contact" in fr and "garder le contact" not in fr
    lost = sample_draft("Bonjour Camille, on s'était perdues de vue depuis le salon e-marketing à Paris en 2022. Ravie de "
                        "reprendre contact !", name="Claire Dupuis")
    assert "ravie de reprendre contact après notre rencontre à Paris en 2022" in lost
    # a neighbour that must not change: "ravie de garder le contact" keeps the contact
    keep = sample_draft("Coucou Camille, on était ensemble à la formation Google Ads à Paris l'an dernier, ravie de garder le "
                        "contact !", name="Aurélie Martin")
    assert "garder le contact" in keep


def test_reconnecting_peer_gets_how_she_is_and_the_shared_memory() -> None:
    # 140 E de_nl note-16 (draft_review157): "Wie läuft es bei dir?" and the SEO Campus / hreflang memory ignored
    de = sample_draft("Liebe Camille, wir kennen uns vom SEO Campus in Paris 2023 – ich war die Deutsche mit den vielen "
                      "Fragen zu hreflang 😄 Wie läuft es bei dir? Würde gern wieder in Kontakt kommen! Herzliche Grüße, Katrin",
                      "SEO Consultant (freiberuflich)", name="Katrin Schulz")
    assert "SEO Campus" in de and "Fragen zu hreflang" in de and "Mir geht es gut" in de
    # 140 E de_nl note-38 (draft_review157): "leuk om contact te houden nu we allebei … waren" and no hreflang
    nl = sample_draft("Lieve Camille, we kennen elkaar van SEO Campus Parijs 2023, ik was die Nederlandse met de vele vragen "
                      "over hreflang 😄 Hoe gaat het met je? Zou leuk zijn weer contact te hebben! Liefs, Marloes",
                      "Freelance SEO consultant", name="Marloes Bakker")
    assert "weer van je te horen sinds we elkaar op SEO Campus Parijs 2023 zagen" in nl
    assert "vragen over hreflang" in nl and "contact te houden" not in nl
    en = sample_draft("Hi Camille, we know each other from SEO Campus Paris 2023 – I was the one with all the hreflang "
                      "questions 😄 How's it going? Would love to reconnect! Best, Kate", name="Kate Brown")
    assert "questions on hreflang" in en and "I'm doing well" in en


def test_met_before_without_a_memory_or_a_question_stays_as_it_was() -> None:
    # 140 E de_nl note-16 neighbour: a plain "schön, dass wir in Kontakt bleiben" note keeps the usual reply
    de = sample_draft("Hallo Camille, wir haben uns 2023 beim SEO Campus in Paris kennengelernt. Schön, dass wir hier in "
                      "Kontakt bleiben! Viele Grüße, Jana", "SEO Consultant", name="Jana Roth")
    assert "hier in Kontakt bleiben" in de and "erinnere" not in de and "Mir geht es gut" not in de


def test_referred_formal_contact_gets_a_natural_english_call_offer() -> None:
    # 140 E fr_en note-25 (draft_review157): "Happy to get to know each other." is unnatural
    en = sample_draft("Dear Ms. Laurent,\nI was referred to you by Mark Jennings, who spoke very highly of your work on paid "
                      "social. I would be grateful for the opportunity to connect.\nKind regards,\nRichard Hale",
                      "Managing Director - Hale & Sons Ltd", name="Richard Hale")
    assert "get to know each other" not in en and "I would be glad to hear more about your work" in en


def test_spanish_internship_tip_never_says_agencias_que_interesen() -> None:
    # 140 E es_pt_it note-3 (draft_review156): "las agencias que interesen" (the FAQ answer addresses no one: no "te")
    es = sample_draft("Hola! Soy estudiante de marketing digital en la Universidad de Valencia y busco practicas en Francia "
                      "para septiembre. Tendrias un hueco en tu equipo o algun consejo? Gracias!!", name="Pablo Ruiz")
    assert "que interesen" not in es and "conviene escribir también a las agencias directamente." in es
