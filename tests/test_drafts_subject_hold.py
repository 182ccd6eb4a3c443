"""A question that names its own subject (GA4 conversions missing, a free audit) is answered on that subject, never
with "tell me your business and your budget" nor "a 15-minute call and I'll give you my take" (wave 58, group E)."""

import pytest
from drafting import sample_draft

_BUDGET = ("budget", "presupuesto", "orçamento", "give you my take", "mon avis", "come la vedo")

GA4 = [
    ("Hola Camille! Desde la migración no me aparecen las conversiones de mi e-shop en GA4. Te ha pasado con algún cliente?", "eventos clave"),
    ("oi camille depois que migrei pro GA4 as conversoes da minha loja sumiram dos relatorios, vc ja viu isso?", "eventos-chave"),
    ("ciao camille da quando sono passato a GA4 non vedo piu le conversioni del mio shop nei report. ti è mai capitato?", "eventi chiave"),
    ("Hi Camille, my conversions stopped showing in Google Analytics since last month, any idea why?", "key events"),
    ("Bonjour Camille, depuis le passage à GA4 mes conversions ne remontent plus dans les rapports. Une idée de la cause ?", "événements clés"),
    ("Hallo Camille, seit der Umstellung auf GA4 sehe ich keine Konversionen mehr in meinem Shop. Kennst du das?", "Schlüsselereignisse"),
    ("Hoi Camille, sinds GA4 zie ik geen conversies meer van mijn webshop. Enig idee waarom?", "belangrijke gebeurtenissen"),
]


@pytest.mark.parametrize("note,words", GA4)
def test_missing_ga4_conversions_get_the_first_checks(note: str, words: str) -> None:
    text = sample_draft(note, headline="Owner, surf shop", name="Sam Peters")
    assert words in text and "DebugView" in text
    assert not any(b in text for b in _BUDGET), text


FREE = [
    ("Bonjour Camille, j'ai vu votre post sur l'audit SEO gratuit pour les assos. Je suis bénévole aux Restos du Coeur, est-ce que ça s'applique à nous ?", "Pour l'audit gratuit"),
    ("Hi Camille, saw your post about free SEO audits for nonprofits. I volunteer for an animal shelter in Bristol, are you still offering those?", "About the free audits"),
    ("Hola Camille, ¿sigues haciendo auditorías SEO gratuitas para ONG? Colaboro con una asociación en Sevilla.", "Sobre la auditoría gratuita"),
    ("Ciao Camille, ho visto il tuo post sull'audit SEO gratuito per le associazioni: vale anche per noi? Sono volontaria in un canile.", "Per l'audit gratuito"),
]


@pytest.mark.parametrize("note,words", FREE)
def test_a_free_audit_asked_gets_an_honest_next_step(note: str, words: str) -> None:
    text = sample_draft(note, headline="Volunteer", name="Emma Walsh")
    assert words in text, text
    assert not any(b in text for b in _BUDGET), text


def test_a_pixel_question_is_not_read_as_missing_conversions() -> None:
    text = sample_draft("ciao camille ho letto il tuo post sulle campagne meta, secondo te conviene ancora il pixel o meglio passare alla conversion API?",
                        headline="Freelance ADV", name="Simone Bruno")
    assert "DebugView" not in text
