"""Wave 136, group A: technical SEO weighed against content or GA4 says which first (and the resources); a junior choosing
between Google Ads and Meta Ads courses is not told about "people searching for such a company"; an owner with no budget
asking for a course to follow alone gets free self-study pointers, never her paid training brochure."""

from __future__ import annotations

from drafting import sample_draft


def test_technical_seo_weighed_against_content_or_ga4_says_which_first() -> None:
    # 136 A fr_en note-27: "technical SEO or content? any resources?" answered with portfolio advice and Meta Blueprint
    en = sample_draft("hi camille, im a junior marketer (1 yr exp) trying to get into SEO. what would u recommend learning "
                      "first, technical SEO or content? any resources? thx", name="Tom Baker")
    assert "Meta Blueprint" not in en and "portfolio" not in en
    assert "I'd put technical SEO first" in en and "Search Central" in en
    # 136 A de_nl note-37: "eerst GA4-certificaat of technische SEO?" never said which first
    nl = sample_draft("Hoi Camille, ik werk sinds kort als junior SEO specialist en twijfel: moet ik eerst Google Analytics 4 "
                      "certificaat halen of beter in technische SEO duiken? Wat zou jij doen? Thanks! Noa",
                      headline="Junior SEO Specialist bij Webbureau Pixel", name="Noa de Vries")
    assert "Ik zou eerst technische SEO leren" in nl


def test_google_ads_or_meta_ads_course_for_a_junior_names_no_company() -> None:
    # 136 A de_nl note-27: "mensen die al naar zo'n bedrijf zoeken" for a junior marketer choosing a course
    nl = sample_draft("Hallo mevrouw Laurent, ik ben junior marketeer en twijfel tussen een cursus Google Ads of Meta Ads om "
                      "mee te beginnen. Wat zou u aanraden? Alvast bedankt, Bram", headline="Junior Marketeer",
                      name="Bram Mulder")
    assert "zo'n bedrijf" not in nl and "naar het product of de dienst zoeken" in nl
    es = sample_draft("Hola Camille, soy asistente de marketing y dudo entre un curso de Google Ads o de Meta Ads para "
                      "empezar. ¿Cuál me recomiendas?", name="Marta Ruiz")
    assert "ese tipo de negocio" not in es


def test_no_budget_owner_asking_a_course_to_follow_herself_gets_free_self_study() -> None:
    # 136 A de_nl note-42: "heb geen budget … heb je een cursus of training die ik zelf kan volgen?" got her paid training brochure
    nl = sample_draft("hoi camille, ben eigenaar van een kleine kapsalon in utrecht en wil meer klanten via google. heb geen "
                      "budget voor bureau. heb je een cursus of training die ik zelf kan volgen? gr, mo",
                      headline="Eigenaar Kapsalon Mo", name="Mohamed El Amrani")
    assert "Zwitserland" not in nl and "wat je wilt leren" not in nl
    assert "begin met je Google Bedrijfsprofiel" in nl
    de = sample_draft("Hallo Camille, ich habe einen kleinen Friseursalon in Köln und möchte mehr Kunden über Google. Kein "
                      "Budget für eine Agentur. Hast du einen Kurs, den ich selbst machen kann?",
                      headline="Inhaberin Salon Haarwerk", name="Petra Koch")
    assert "Schweiz" not in de and "zuerst dein Google-Unternehmensprofil" in de
    fr = sample_draft("Bonjour Camille, je tiens un petit salon de coiffure à Lyon et je voudrais plus de clients via Google. "
                      "Pas de budget pour une agence. Vous avez une formation que je peux suivre moi-même ?",
                      headline="Gérante Salon Coiff", name="Nadia Benali")
    assert "votre fiche Google Business Profile" in fr


def test_must_not_change_a_training_question_without_a_budget_said() -> None:
    # 136 A neighbour of de_nl note-42: "geef je nog trainingen SEO?" keeps her training offer
    nl = sample_draft("Hoi Camille, geef je nog trainingen SEO voor ondernemers? Ik heb een kapsalon.",
                      headline="Eigenaar Kapsalon", name="Tim Vos")
    assert "ik geef trainingen in digitale marketing" in nl and "Bedrijfsprofiel" not in nl
