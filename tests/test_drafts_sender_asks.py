"""What the sender asks for is what the reply answers (wave 57, group C): a recruiter's "or could you refer someone?",
contacts asked outside her field, a referrer named with a title, openings asked by a job seeker."""

from __future__ import annotations

import pytest
from drafting import sample_draft

RECRUITER = "Senior Consultant - Michael Page"


@pytest.mark.parametrize("note, good", [
    ("Buongiorno Camille, sono recruiter presso Michael Page e sto cercando un Head of Content per un brand di moda a Milano. "
     "Saresti interessata o potresti segnalarmi qualcuno?", "se qualcuno della mia rete"),
    ("Ciao Camille, sto cercando una Content Manager per un'azienda di Torino. Sarebbe interessata, o mi può segnalare qualcuno?",
     "se qualcuno della mia rete"),
    ("Hi Camille, I'm a recruiter at Michael Page looking for a Head of Content for a fashion brand in London. "
     "Would you be interested, or could you refer someone?", "if someone in my network fits"),
    ("Olá Camille, sou recrutador na Michael Page e procuro um Head of Content para uma marca de moda em Lisboa. "
     "Estaria interessada ou poderia indicar-me alguém?", "se alguém da minha rede"),
    ("Hallo Camille, ich bin Recruiter bei Michael Page und suche einen Head of Content für eine Modemarke in München. "
     "Hätten Sie Interesse oder könnten Sie mir jemanden empfehlen?", "wenn jemand aus meinem Netzwerk"),
])
def test_role_offered_then_someone_to_refer_answers_both(note: str, good: str) -> None:
    text = sample_draft(note, headline=RECRUITER, name="Alessandro Ricci")
    assert good in text
    assert not any(w in text for w in ("questa volta passo", "this one isn't for me", "não vou avançar", "nicht infrage"))


@pytest.mark.parametrize("note, good, bad", [
    ("Hoi Camille, ik werf technici voor de offshore windindustrie en breid mijn netwerk uit. "
     "Ken je toevallig mensen met een elektrotechnische achtergrond? Gr. Ruben Meijer", "ik ken helaas niemand", "om je te adviseren"),
    ("Hoi Camille, ik zoek lassers voor een scheepswerf in Rotterdam. Ken je misschien mensen met lasergaring? Groet, Ruben",
     "ik ken helaas niemand", "om je te adviseren"),
])
def test_contacts_asked_outside_her_field_says_she_knows_nobody(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Ruben Meijer")
    assert good in text
    assert bad not in text


@pytest.mark.parametrize("note, good", [
    ("Madame Laurent,\nJe me permets de vous solliciter à la recommandation de M. Olivier Garnier, avec qui j'ai travaillé chez "
     "Bonduelle. Je dirige le marketing d'un groupe agroalimentaire et souhaiterais échanger sur un accompagnement SEO.\n"
     "Cordialement,\nFrançois Delmas", "Olivier Garnier"),
    ("Bonjour Madame Laurent, je vous contacte sur les conseils de Mme Sophie Bertin. Nous cherchons un accompagnement SEO "
     "pour notre site. Bien à vous, François Delmas", "Sophie Bertin"),
    ("Dear Ms Laurent, I am writing on the recommendation of Mr. Olivier Garnier, a former colleague at Bonduelle. I lead "
     "marketing at a food group and would like to discuss SEO support. Kind regards, François Delmas", "thanks to Mr Olivier Garnier"),
    ("Estimada Sra. Laurent: le escribo por recomendación de D. Olivier Garnier, con quien trabajé en Bonduelle. Dirijo el "
     "marketing de un grupo alimentario y me gustaría hablar de un acompañamiento SEO. Atentamente, François Delmas",
     "gracias a Olivier Garnier"),
])
def test_referrer_named_with_a_title_is_thanked(note: str, good: str) -> None:
    text = sample_draft(note, headline="Directeur Marketing - Groupe Valfleur", name="François Delmas")
    assert good in text
    assert "glad to reconnect" not in text


@pytest.mark.parametrize("note", [
    "Hi, I'm job hunting for a social media manager position after being laid off. Any chance you know of openings in Lyon "
    "or remote? I'd really appreciate any leads. Thank you! Jess",
    "Hi Camille, I'm looking for a content marketing job in Lyon. Do you know of any positions that might suit me? Thanks, Jess",
    "Hello Camille, after my contract ended I'm looking for a new SEO role. Would you know of any vacancies in Lyon? Jess",
])
def test_openings_asked_get_the_lead_not_pointers(note: str) -> None:
    text = sample_draft(note, headline="Social Media Manager | Open to work", name="Jessica Adams")
    assert "if I see a lead" in text or "I'll let you know" in text
    assert "pointers" not in text
