"""Wave 147, group E (Dutch): "do I really have to switch to GA4 with a small webshop?" gets a direct answer (Universal
Analytics stopped in 2023, so yes: GA4 or a simpler privacy-friendly tool; the basics are enough), never a budget
question, in every language."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_BUDGET = ("budget", "presupuesto", "orçamento", "Budget")

GA4_SWITCH = [  # (note, name, words of the answer)
    # 170 de_nl note-32: "is het echt nodig om over te stappen als je een kleine webshop hebt?" answered with a budget question
    ("hoi, zag je post over google analytics 4. is het echt nodig om over te stappen als je een kleine webshop hebt? snap er "
     "niks van haha. gr tom", "Tom Jansen", "Ja: Universal Analytics is in juli 2023 gestopt"),
    ("Goedendag mevrouw Laurent, is het voor een kleine webshop werkelijk noodzakelijk om over te stappen naar GA4? Met "
     "vriendelijke groet, Henk Visser", "Henk Visser", "Voor een kleine webshop is de basis genoeg"),
    ("Bonjour Camille, j'ai vu votre post sur Google Analytics 4. Est-ce vraiment nécessaire de passer à GA4 quand on a une "
     "petite boutique en ligne ? Merci, Paul", "Paul Martin", "Oui : Universal Analytics s'est arrêté en juillet 2023"),
    ("Salut Camille, vu ton post sur GA4. C'est vraiment obligatoire de passer à GA4 pour une petite boutique en ligne ? "
     "J'y comprends rien. Léa", "Léa Roux", "Pour une petite boutique, l'essentiel suffit"),
    ("Hi Camille, saw your post about Google Analytics 4. Do I really need to switch to GA4 if I run a small online shop?",
     "Mark Evans", "Yes: Universal Analytics stopped in July 2023"),
    ("Hola Camille, vi tu post sobre Google Analytics 4. ¿De verdad es necesario pasarse a GA4 si tengo una tienda online "
     "pequeña? Gracias, Lucía", "Lucía Gil", "Sí: Universal Analytics dejó de funcionar en julio de 2023"),
    ("Olá Camille, vi o seu post sobre o Google Analytics 4. É mesmo necessário mudar para o GA4 se tenho uma pequena loja "
     "online? Obrigado, João", "João Silva", "Sim: o Universal Analytics parou em julho de 2023"),
    ("Ciao Camille, ho visto il tuo post su Google Analytics 4. È davvero necessario passare a GA4 se ho un piccolo "
     "e-commerce? Grazie, Marco", "Marco Rossi", "Sì: Universal Analytics si è fermato a luglio 2023"),
    ("Hallo Camille, ich habe deinen Post über Google Analytics 4 gesehen. Muss ich wirklich auf GA4 umsteigen, wenn ich "
     "einen kleinen Onlineshop habe? Danke, Jonas", "Jonas Weber", "Ja: Universal Analytics wurde im Juli 2023 eingestellt"),
]


@pytest.mark.parametrize("note,name,words", GA4_SWITCH)
def test_ga4_switch_for_a_small_shop_gets_a_direct_answer_not_a_budget_question(note: str, name: str, words: str) -> None:
    # 170 de_nl note-32 (and the same question in fr, en, es, pt, it, de)
    text = sample_draft(note, name=name)
    assert words in text
    assert "GA4" in text and "Matomo" in text
    assert not any(w in text for w in _BUDGET)


def test_dutch_u_register_keeps_u_around_the_ga4_answer() -> None:
    # 170 de_nl note-32, the formal variant: the answer is impersonal, the closing stays in u
    text = sample_draft("Goedendag mevrouw Laurent, is het voor een kleine webshop werkelijk noodzakelijk om over te stappen "
                        "naar GA4? Met vriendelijke groet, Henk Visser", name="Henk Visser")
    assert "Beste heer Visser" in text and "zonder overstap zijn er gewoon geen statistieken meer" in text
    assert " je " not in text


def test_keeping_universal_analytics_data_still_gets_the_no_first_answer() -> None:
    # must not change (wave 42 c42): "keep my old UA data, or just move on?" is still a clear no
    text = sample_draft("Hi Camille, is it worth keeping my old Universal Analytics data somewhere, or should I just move on?",
                        name="Sam Lee")
    assert "No, just move on" in text and "Yes: Universal Analytics" not in text


def test_a_career_switch_asking_about_ga4_is_never_the_shop_answer() -> None:
    # must not change: "overstappen naar een baan … moet ik GA4 leren?" is a career question, never "Ja: Universal Analytics"
    text = sample_draft("Hoi Camille, ik wil overstappen naar een baan in online marketing, moet ik GA4 leren? Ik kom uit een "
                        "kleine winkel.", name="Eva Bos")
    assert "Universal Analytics" not in text and "portfolio" in text
