"""Wave 70, group A: questions that need one of the owner's answers get that answer, not a bare call or an anecdote."""

import pytest
from drafting import sample_draft

ADVANTAGE = [
    ("ciao, ho visto il tuo post su meta ads: per un piccolo ecommerce conviene usare advantage+ o fare campagne manuali??",
     "Partirei in manuale"),
    ("Hi Camille, quick one: for a small online shop, Advantage+ or manual campaigns?", "start with a manual campaign"),
    ("Bonjour Camille, pour ma petite boutique, vous conseillez Advantage+ ou des campagnes manuelles ?", "Je commencerais en manuel"),
    ("Hallo Camille, Advantage+ oder lieber manuelle Kampagnen für einen kleinen Shop?", "Ich würde manuell anfangen"),
    ("Hoi Camille, voor mijn webshop: Advantage+ of handmatige campagnes?", "Ik zou handmatig beginnen"),
    ("Hola Camille, ¿para una tienda pequeña conviene Advantage+ o campañas manuales?", "Empezaría en manual"),
]


@pytest.mark.parametrize(("note", "answer"), ADVANTAGE)
def test_advantage_or_manual_gets_the_meta_answer(note: str, answer: str) -> None:
    text = sample_draft(note, name="Simone Rizzo")
    assert answer in text
    assert "Advantage+" in text
    for call in ("15 minuti", "15 minutes", "20 minutes", "20-minute", "llamada", "Telefon", "belletje"):
        assert call not in text


PRICING = [
    ("hi camille, im a junior social media exec and honestly a bit lost on how to price freelance work on the side. any tips on how"
     " you started out? thanks so much, dan", "day rate"),
    ("Bonjour Camille, je me lance en freelance à côté de mon poste et je ne sais pas combien facturer. Des conseils ?", "taux journalier"),
    ("Hola Camille, empiezo como freelance y no sé cuánto cobrar por mis servicios, ¿algún consejo?", "tarifa diaria"),
    ("Ciao Camille, sto iniziando come freelance e non so quanto far pagare, mi dai qualche consiglio?", "tariffa giornaliera"),
    ("Hallo Camille, ich möchte nebenbei freiberuflich arbeiten, aber wie viel soll ich verlangen? Hast du Tipps?", "Tagessatz"),
    ("Hoi Camille, ik begin als zzp'er naast mijn baan, hoeveel moet ik vragen? Tips?", "dagtarief"),
    ("Olá Camille, estou a começar como freelancer e não sei quanto cobrar. Alguma dica?", "valor diário"),
]


@pytest.mark.parametrize(("note", "answer"), PRICING)
def test_pricing_freelance_work_gets_the_pricing_answer(note: str, answer: str) -> None:
    text = sample_draft(note, name="Dan Mitchell")
    assert answer in text
    for story in ("by chance", "par hasard", "por casualidad", "per caso", "zufällig", "Toevallig", "por acaso", "in-house"):
        assert story not in text
