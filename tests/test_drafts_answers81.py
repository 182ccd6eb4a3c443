"""Wave 81, group A: her own answers reached from how people ask (rows r76 fr_en note-15, note-30, es_pt_it note-42;
r77 fr_en note-17): PMax or standard Shopping, the tools she uses day to day, a learner's certification or
SEO first, and whether specialising in SEO is worth it."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, must, never", [
    ("Bonjour Camille, votre post d'hier sur les erreurs en Google Ads m'a parlé. Petite question : vous recommandez plutôt le "
     "Performance Max ou des campagnes Shopping classiques pour un petit catalogue (40 produits) ?",
     ["Shopping standard", "petit catalogue"], ["parlez-moi", "votre activité"]),
    ("Hi Camille, would you go with PMax or standard Shopping campaigns for a shop with 30 products?",
     ["standard Shopping", "small catalogue"], ["tell me about your business"]),
    ("Hallo Camille, Performance Max oder klassische Shopping-Kampagnen für meinen kleinen Shop mit 25 Produkten?",
     ["Standard-Shopping"], ["erzähl mir"]),
])
def test_pmax_or_shopping_answered(note: str, must: list[str], never: list[str]) -> None:
    text = sample_draft(note, headline="Gérant – e-shop", name="Julien Faure")
    assert all(m in text for m in must), text
    assert not any(n.lower() in text.lower() for n in never), text


@pytest.mark.parametrize("note, must, never", [
    ("Bonjour Camille, j'ai vu votre post sur l'IA générative dans la stratégie de contenu. Très juste ! Vous utilisez quels "
     "outils concrètement au quotidien ?", ["Search Console", "ChatGPT"], ["ce que vous voulez en faire"]),
    ("Hi Camille, loved your post on content planning. Which tools do you actually use day to day?",
     ["Search Console", "Canva"], ["what you want to do with them"]),
    ("Hola Camille, ¿qué herramientas usas en el día a día?", ["Search Console", "Canva"], ["qué quieres hacer"]),
    ("Hoi Camille, welke tools gebruik je dagelijks?", ["Search Console", "Canva"], ["wat je ermee wilt"]),
])
def test_tools_used_day_to_day_named(note: str, must: list[str], never: list[str]) -> None:
    text = sample_draft(note, headline="Content Manager", name="Sarah Lambert")
    assert all(m in text for m in must), text
    assert not any(n.lower() in text.lower() for n in never), text


def test_ai_tools_question_keeps_the_ai_answer() -> None:
    text = sample_draft("Bonjour Camille, quels outils d'IA utilisez-vous pour vos contenus ?", headline="Rédactrice web", name="Léa Roux")
    assert "ChatGPT" in text and "Claude" in text and "Meta Business Suite" not in text, text


@pytest.mark.parametrize("note, must, never", [
    ("hi camille im switching careers from retail into digital marketing, would u recommend starting with google ads certs "
     "or learning SEO first? thx a lot", ["Skillshop"], ["product pages", "small budget"]),
    ("Hola Camille, estoy en pleno cambio de carrera: ¿empiezo por la certificación de Google Ads o por el SEO?",
     ["Skillshop"], ["fichas de producto", "poco presupuesto"]),
])
def test_learner_cert_or_seo_never_a_shop_answer(note: str, must: list[str], never: list[str]) -> None:
    text = sample_draft(note, headline="Aspiring digital marketer", name="Chloe Evans")
    assert all(m in text for m in must), text
    assert not any(n.lower() in text.lower() for n in never), text


@pytest.mark.parametrize("note, must, never", [
    ("Olá, acabei a licenciatura em Comunicação e estou a pensar especializar-me em SEO. Vale a pena? Que conselho dá a quem "
     "está a começar? Obrigado pela atenção, João Marques", ["Sim, vale a pena", "Search Console"], ["GA4", "gere-se um canal"]),
    ("Bonjour Camille, je sors d'école et j'hésite à me spécialiser en SEO. Ça vaut le coup ?", ["Oui, ça vaut le coup", "Search Console"], []),
    ("Hallo Camille, lohnt es sich, sich auf SEO zu spezialisieren?", ["Ja, das lohnt sich", "Search Console"], []),
    ("Ciao Camille, ha senso specializzarsi nella SEO oggi?", ["Sì, ne vale la pena"], []),
])
def test_worth_specialising_in_seo_gets_a_yes(note: str, must: list[str], never: list[str]) -> None:
    text = sample_draft(note, headline="", name="João Marques")
    assert all(m in text for m in must), text
    assert not any(n in text for n in never), text
