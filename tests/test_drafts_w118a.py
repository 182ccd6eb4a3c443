"""Wave 118, group A: direct questions answered with a stock answer that fits the subject asked."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import quickq


def test_content_strategy_books_asked_point_to_a_content_course_not_ad_platforms() -> None:
    # 118 es_pt_it note-20 / note-42 / note-64: content-strategy books answered with Skillshop and Meta Blueprint
    es = sample_draft("Hola Camille, estudio Comunicación y sigo tus publicaciones. ¿Qué libros me recomiendas para aprender "
                      "estrategia de contenidos? ¡Saludos!", headline="Estudiante de Comunicación", name="Valeria Cruz")
    assert "Skillshop" not in es and "Blueprint" not in es
    assert "marketing de contenidos de HubSpot Academy" in es
    pt = sample_draft("Olá Camille! Sou estudante de Comunicação e sigo as suas publicações. Que livros recomenda para aprender "
                      "estratégia de conteúdos? Obrigada", headline="Estudante de Ciências da Comunicação", name="Catarina Sousa")
    assert "Skillshop" not in pt and "marketing de conteúdo da HubSpot Academy" in pt
    it = quickq.reading("it", "Che libri mi consigli per imparare la content strategy? Grazie")
    assert "content marketing di HubSpot Academy, sempre aggiornato," in it and "Skillshop" not in it


def test_content_books_in_other_languages_and_ads_books_unchanged() -> None:
    assert "Content-Marketing-Kurs" in quickq.reading("de", "Hast du eine Buchempfehlung zum Thema Content-Strategie?")
    assert "marketing de contenu" in quickq.reading("fr", "Quel livre conseilles-tu pour la stratégie de contenu ?")
    assert "contentmarketing" in quickq.reading("nl", "Welk boek raad je aan over contentmarketing?")
    assert "Blueprint" in quickq.reading("en", "Any book you'd recommend to get into Meta ads?")


def test_junior_seo_specialist_asking_courses_or_books_gets_the_seo_resources() -> None:
    # 117 de_nl note-27: SEO courses or books answered with Google Ads, Meta Blueprint and a content course
    nl = sample_draft("Hoi Camille, ik werk sinds een half jaar als junior SEO specialist. Welke cursussen of boeken zou jij aanraden "
                      "om echt beter te worden? Alvast bedankt! Daan", headline="Junior SEO Specialist", name="Daan Mulder")
    assert "Meta Blueprint" not in nl and "contentstrategie" not in nl
    assert "SEO-starterhandleiding" in nl
    en = sample_draft("Hi Camille, I've been working as a junior SEO specialist for six months. Which courses would you recommend "
                      "to really get better? Thanks!", headline="Junior SEO Specialist", name="Dan Miller")
    assert "Meta Blueprint" not in en and "SEO Starter Guide" in en


def test_meta_conversions_without_cookies_lead_with_the_conversions_api() -> None:
    # 118 es_pt_it note-14 / note-58: Meta conversions without cookies answered with Google's Consent Mode first
    es = sample_draft("¡Hola! Vi tu post sobre el fin de las cookies de terceros. Una pregunta: ¿qué recomiendas para medir conversiones "
                      "en Meta sin cookies? Saludos", headline="Analista digital", name="Alberto Ramos")
    assert "Consent Mode" not in es and "server-side (como la API de conversiones de Meta)" in es
    it = sample_draft("Ciao! Ho letto il tuo post sulla fine dei cookie di terze parti. Domanda: come misuri le conversioni su Meta "
                      "senza cookie? Grazie", headline="Digital Analyst", name="Simone Fontana")
    assert "Consent Mode" not in it and "Conversions API di Meta" in it
    en = sample_draft("Hi Camille, how would you measure Meta conversions without cookies?", headline="Digital Analyst", name="Sam Reed")
    assert "Consent Mode" not in en and "Conversions API" in en
    # Google's side still gets the Consent Mode answer
    fr = sample_draft("Bonjour Camille, comment mesurer les conversions sans cookies ? Le Consent Mode suffit-il ?",
                      headline="Analyste web", name="Julie Martin")
    assert "Consent Mode v2" in fr
