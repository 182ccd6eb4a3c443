"""Wave 158 D: proposals answered with the wrong reply. A course both attended ("on était ensemble à la formation …")
is where they met, so the coffee proposed after it is answered (never "which trainings would I choose"); a course
platform seeking instructors on a revenue share is a partnership (never "not something I need"); a partner or
commission programme is declined as the programme it is (never "thanks for presenting your offer, not a need"); a
warehouse "shift lead" post is outside her field (a job's rank, never the sales leads of her trade)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# ---- 1. A coffee after a course both attended -------------------------------------------------------------------

COFFEE_AFTER_SHARED_COURSE = [
    # 195 fr_en note-10
    ("Coucou Camille ! On était ensemble à la formation Google Ads à Villeurbanne en 2022, je sais pas si tu te souviens de moi ^^ "
     "Je suis freelance maintenant, on pourrait se faire un café ?", "Freelance Social Media Manager", "Chloé Dubois", "café"),
    ("Hi Camille! We were together at the Meta Ads training in Lyon back in 2021, not sure you remember me :) I'm freelancing "
     "now too, fancy a coffee sometime?", "Freelance Paid Social", "Laura Bennett", "coffee"),
    ("Hallo Camille! Wir waren zusammen im SEO-Kurs in Lyon 2022, ich weiß nicht, ob du dich an mich erinnerst. Ich bin jetzt "
     "selbstständig – wollen wir mal einen Kaffee trinken?", "Freelance", "Lena Braun", "Kaffee"),
]


@pytest.mark.parametrize("note,headline,name,coffee", COFFEE_AFTER_SHARED_COURSE)
def test_coffee_after_a_shared_course_is_answered(note: str, headline: str, name: str, coffee: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert coffee in text
    for wrong in ("formations, dis-moi", "courses I recommend", "lesquelles je choisirais", "Kurse"):
        assert wrong not in text


def test_a_course_asked_for_still_gets_courses() -> None:
    # a neighbour: a course really asked for is still the ask
    text = sample_draft("Bonjour Camille, je débute en Google Ads. Quelle formation me conseilleriez-vous ?", name="Hugo Petit")
    assert "café" not in text
    assert "formation" in text.lower()


# ---- 2. Instructors sought for a course platform ------------------------------------------------------------------

INSTRUCTORS_SOUGHT = [
    # 194 fr_en note-39
    ("Hi Camille, I'm launching an online course platform for marketers and looking for French-speaking instructors. Revenue "
     "share 50/50. Keen to hear if this fits you!", "Founder @ SkillNest", "Grace Miller"),
    ("Bonjour Camille, je lance une plateforme de cours en ligne pour les marketeurs et je cherche des formatrices francophones. "
     "Partage des revenus 50/50. Ça vous intéresse ?", "Fondatrice", "Julie Martin"),
]


@pytest.mark.parametrize("note,headline,name", INSTRUCTORS_SOUGHT)
def test_instructors_sought_is_a_partnership_not_a_pitch(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for wrong in ("not something I need", "not a priority", "pas un besoin", "présentation de votre offre"):
        assert wrong not in text
    assert any(w in text for w in ("working together", "collaboration", "20-minute call", "appel de 20 minutes"))


# ---- 3. A partner / commission programme ---------------------------------------------------------------------------

PARTNER_PROGRAMMES = [
    # 194 fr_en note-15
    ("Bonjour Camille, je suis le fondateur d'une startup de planification de posts (SaaS). On cherche des consultantes pour "
     "un programme partenaire avec commission 20%. Intéressée ?", "Founder @ Postly", "Antoine Chevalier", "comme partenaire"),
    ("Hi Camille, we run a reporting tool for agencies and we're looking for consultants to join our affiliate programme, 25% "
     "recurring commission. Interested?", "Head of Partnerships", "Sam Reed", "as a partner"),
    ("Hallo Camille, wir suchen Berater:innen, die unser Tool ihren Kunden empfehlen – mit 30% Provision. Interesse?",
     "Partner Manager", "Jonas Klein", "als Partnerin"),
]


@pytest.mark.parametrize("note,headline,name,programme", PARTNER_PROGRAMMES)
def test_partner_programme_declined_as_a_programme(note: str, headline: str, name: str, programme: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert programme in text
    for wrong in ("pas un besoin", "not something I need", "keinen Bedarf", "Vorstellung"):
        assert wrong not in text


def test_a_plain_product_pitch_keeps_its_decline() -> None:
    text = sample_draft("Hi Camille, we sell an AI scheduling tool, plans from $29 a month. Want a demo?", headline="Sales", name="Tom Hill")
    assert "not something I need" in text
    assert "partner" not in text


# ---- 4. A warehouse shift-lead post ------------------------------------------------------------------------------

OFF_FIELD_LEADS = [
    # 194 fr_en note-37
    ("Hi Camille, I'm a recruiter for Amazon warehouse operations in Lyon. We're hiring shift leads, great pay. Interested?",
     "Recruiter - Amazon Operations", "Mike Turner", "isn't a fit for me"),
    ("Hi Camille, recruiting for a logistics hub near Lyon: we need team leads for the night shift, very good pay. Interested?",
     "Talent Partner", "Dan Ward", "isn't a fit for me"),
]


@pytest.mark.parametrize("note,headline,name,outside", OFF_FIELD_LEADS)
def test_shift_lead_post_is_outside_her_field(note: str, headline: str, name: str, outside: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert outside in text
    assert "SEO" in text  # her own field named
    assert "permanent role right now" not in text


def test_lead_generation_role_stays_in_her_field() -> None:
    text = sample_draft("Hi Camille, I'm a recruiter for a SaaS scale-up in Lyon. We're hiring a Head of Lead Generation, great pay. "
                        "Interested?", headline="Recruiter", name="Kate Moss")
    assert "permanent role right now" in text
