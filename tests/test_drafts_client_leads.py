"""Client leads who say what they need are answered on that need (fix wave 80, group D)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: A shop that fails to show on Google ("no consigo salir en Google"): help with SEO offered, never "tell me about your business".
FAILING_ON_GOOGLE = [
    ("Buenas Camille, Pablo Navarro me dio tu nombre. Tengo una pequeña tienda online de cerámica y no consigo salir en Google. "
     "¿Podríamos hablar?", "SEO", "Cuéntame un poco de tu negocio"),
    ("Ciao Camille, Marco Rossi mi ha parlato di te. Ho un piccolo negozio online di ceramiche e non riesco a comparire su Google. "
     "Possiamo sentirci?", "SEO", "sentiamoci 20 minuti"),
    ("Olá Camille, a Ana Souza me passou seu contato. Tenho uma loja online de cerâmica e não consigo aparecer no Google. "
     "Podemos conversar?", "SEO", "Me diz"),
    ("Hoi Camille, Pieter gaf me je naam. Ik heb een kleine webshop met keramiek en het lukt me niet om hoger te ranken op Google. "
     "Kunnen we even bellen?", "SEO", "Hoe gaat het met je webshop"),
    ("Bonjour Camille, Julie Martin m'a donné votre nom. J'ai une petite boutique en ligne de bijoux et je n'arrive pas à ressortir "
     "sur Google. Pourrait-on en parler ?", "SEO", "Avec plaisir ! Quels"),
]


@pytest.mark.parametrize(("note", "said", "gone"), FAILING_ON_GOOGLE)
def test_failing_to_show_on_google_is_an_seo_need(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Fondatrice", name="Alba Moreno")
    assert said in text
    assert gone not in text


#: Training asked with its price, the content named ("contenidos en Instagram"): that training named, never "what would you like to learn".
CONTENT_TRAINING = [
    ("Hola Camille, tengo un e-shop de cosmética natural y quiero empezar con contenidos en Instagram. ¿Das formaciones para "
     "emprendedoras? ¿Cuánto cuestan más o menos?", "formación sobre contenidos en Instagram", "qué te gustaría aprender"),
    ("Ciao Camille, ho un e-shop di cosmetica naturale e vorrei iniziare a fare contenuti su Instagram. Fai formazione per piccole "
     "imprenditrici? Quanto costa più o meno?", "contenuti per Instagram", "piacerebbe imparare"),
    ("Bonjour Camille, j'ai une boutique de bougies et je voudrais apprendre à faire des contenus pour Instagram. Vous donnez des "
     "formations ? C'est combien ?", "contenus pour Instagram", "aimeriez apprendre"),
    ("Hallo Camille, ich habe einen kleinen Laden und möchte mit Content für TikTok anfangen. Gibst du Schulungen? Was kostet das "
     "ungefähr?", "Content für TikTok", "lernen möchtest"),
    ("Hoi Camille, ik heb een webshop en wil beginnen met content voor LinkedIn. Geef je trainingen? Wat kost dat ongeveer?",
     "content voor LinkedIn", "wilt leren"),
]


@pytest.mark.parametrize(("note", "said", "gone"), CONTENT_TRAINING)
def test_training_price_names_the_content_asked(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Fondatrice", name="Rocío Delgado")
    assert said in text
    assert gone not in text
