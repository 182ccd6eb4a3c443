"""Her FAQ answers fitted to what the sender told: a monthly budget, years of experience, applying from abroad (wave 69, group A)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, want, gone", [
    ("Hi Camille, je webinar over Google Ads was top. Raad je bij een budget van €300 per maand eerder Google Shopping "
     "of Meta aan? Noor", "€ 300 per maand te verdelen", "Met één budget"),
    ("Hallo Camille, für meinen Onlineshop habe ich 400 € im Monat: lieber Google Shopping oder Meta Ads? Danke, Jonas",
     "Statt 400 € im Monat aufzuteilen", "Mit einem Budget"),
    ("Salut ! Ton post sur les erreurs de ciblage Meta Ads m'a trop parlé, tu conseillerais quoi pour un petit budget "
     "(300€/mois) ?", "environ 10 € par jour sur le mois", "10 à 20 €"),
    ("Hi Camille, saw your post about Meta Ads mistakes - I sell vintage clothes on Shopify with a tiny budget "
     "($200/month). Where should I start?", "about $7 a day over the month", "€10 to €20"),
    ("Ciao Camille, ho un piccolo negozio online e un budget di 200 € al mese: consigli per gli annunci Instagram?",
     "circa 7 € al giorno", "10-20 €"),
    ("Hoi Camille, ik heb een webshop en zo'n €250 per maand voor Instagram ads. Heb je advies?",
     "zo'n € 8 per dag", "€ 10 à € 20"),
])
def test_told_monthly_budget_is_answered(note, want, gone):
    text = sample_draft(note, name="Ana Ruiz")
    assert want in text and gone not in text


def test_no_budget_told_keeps_her_first_test_range():
    text = sample_draft("Hi Camille, Meta Ads with a small budget: any advice for my Shopify store?", name="Ana Ruiz")
    assert "€10 to €20 a day" in text


@pytest.mark.parametrize("note, want, gone", [
    ("Bonjour Camille, je cherche un poste de chargée de marketing digital après 3 ans en agence. Auriez-vous des conseils "
     "ou des contacts dans la région lyonnaise ? Merci, Élodie", "message direct aux agences", "CV d'une page"),
    ("Hello Camille, after 5 years in an agency in London I'm looking for a digital marketing job in Lyon. Any advice?",
     "French level clear on your CV", "one page"),
    ("Hallo Camille, nach 4 Jahren im Marketing suche ich eine Stelle in Lyon. Hast du Tipps?",
     "wie gut man Französisch spricht", "einseitig"),
])
def test_experienced_job_seeker_gets_no_one_page_cv_tip(note, want, gone):
    text = sample_draft(note, name="Ana Ruiz")
    assert want in text and gone not in text


@pytest.mark.parametrize("note, want, gone", [
    ("Hallo Camille, ich studiere in Köln und suche ein Praktikum ab März. Hast du einen Tipp, wie ich mich in Frankreich "
     "am besten bewerbe? Danke! Lena", "direkt anschreiben", "im Studium zu Meetups"),
    ("Hi Camille, I'm a marketing student in Madrid looking for an internship. Any tips on how to apply in France?",
     "write directly to the agencies you like", "meetups while studying"),
    ("Hoi Camille, ik studeer in Utrecht en zoek een stage in marketing. Heb je tips hoe ik het beste solliciteer in "
     "Frankrijk?", "schrijf ook direct de bureaus aan", "tijdens je studie naar meetups"),
])
def test_student_applying_from_abroad_gets_no_local_meetups(note, want, gone):
    text = sample_draft(note, name="Ana Ruiz")
    assert want in text and gone not in text
    assert "mit dem Französischniveau" not in text


@pytest.mark.parametrize("note, gone", [
    ("Bonjour Camille, j'ai une petite boutique en ligne et un budget pub de 100€/mois. Est-ce que ça vaut le coup de faire "
     "des pubs Meta avec ça ?", "3 € par jour"),
    ("Hi Camille, I run a small shop with an ad budget of $90/month. Is it worth doing Meta ads with that?", "$3 a day"),
    ("Hola Camille, tengo una tienda online y 120 € al mes para anuncios. ¿Vale la pena hacer Meta ads con eso?", "4 € al día"),
])
def test_a_budget_far_below_her_first_test_is_never_told_it_is_enough(note, gone):
    text = sample_draft(note, name="Hugo Lambert")
    assert gone not in text, text
    assert cre_range(text), text  # her own first-test range says what a test needs


def cre_range(text: str) -> bool:
    return any(r in text for r in ("10 à 20 €", "€10 to €20", "10 a 20 €"))
