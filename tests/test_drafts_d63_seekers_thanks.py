"""Wave 63, group D: a job seeker "buscando recolocação" read as one (not advice on choosing an agency), the article
thanked for named (not only the newsletter read), a tip that "worked wonders" / "I already apply it" acknowledged, and an
Italian referrer ("mi ha fatto il tuo nome") thanked, in the languages where each can happen."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, good", [
    ("Oi! Estou buscando recolocação como analista de SEO depois de 3 anos em agência. Se souber de alguma vaga, me avisa? Valeu!", "currículo"),
    ("Oi! Estou procurando emprego como analista de SEO depois de 3 anos em agência. Se souber de alguma oportunidade, me avisa?", "currículo"),
    ("Hola! Busco recolocarme como analista SEO tras 3 años en agencia. Si sabes de alguna vacante, ¿me avisas? Gracias", "CV"),
    ("Ciao! Cerco una ricollocazione come analista SEO dopo 3 anni in agenzia. Se sai di qualche posizione aperta, mi fai sapere? Grazie", "CV"),
])
def test_job_seeker_gets_the_seekers_reply_not_agency_choice(note: str, good: str) -> None:
    text = sample_draft(note, name="Bruno Carvalho")
    assert good in text
    for bad in ("Mais do que nomes", "Más que nombres", "Più che nomi", "escolheria", "budget", "orçamento"):
        assert bad not in text


def test_years_in_an_agency_said_once_with_its_preposition() -> None:
    text = sample_draft("Olá! Ando à procura de emprego no marketing digital depois de 5 anos numa agência. Se souberes de alguma coisa, diz-me!")
    assert "5 anos de experiência numa agência" in text and "em numa" not in text


@pytest.mark.parametrize("note, good, bad", [
    ("Estimada Sra. Laurent:\nLeo su newsletter desde hace meses y quería agradecerle el artículo sobre Google Ads para pymes. Me gustaría conectar con usted.\nAtentamente,\nJavier Morales",
     "artículo sobre Google Ads para pymes", "fiel a mi newsletter"),
    ("Gentile Sig.ra Laurent,\nleggo la Sua newsletter da tempo e volevo ringraziarLa per l'articolo su Google Ads per le PMI. Sarei lieto di entrare in contatto con Lei.\nCordiali saluti,\nMarco Rossi",
     "articolo su Google Ads per le PMI", "newsletter con tanta costanza"),
    ("Bonjour Camille, je lis votre newsletter depuis des mois et je voulais vous remercier pour l'article sur Google Ads pour les PME. Au plaisir d'échanger.",
     "article sur Google Ads pour les PME", "newsletter aussi fidèlement"),
    ("Hallo Frau Laurent, ich lese Ihren Newsletter seit Monaten und wollte mich für den Artikel über Google Ads für KMU bedanken. Ich würde mich gerne vernetzen.",
     "Artikel über Google Ads für KMU Sie angesprochen", "so lange lesen"),
])
def test_the_article_thanked_for_is_named(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Javier Morales")
    assert good in text and bad not in text


@pytest.mark.parametrize("note, good", [
    ("Liebe Camille, schön dich beim Workshop in Genf kennengelernt zu haben! Dein Tipp mit dem Content-Kalender hat bei uns schon Wunder gewirkt 🙌 Bis bald, Katrin",
     "Tipp schon funktioniert"),
    ("Hallo Camille, schön, dich auf der OMR getroffen zu haben! Deinen Tipp zu Reels setze ich schon um. Bis bald", "ins Umsetzen gekommen"),
    ("Hey Camille, super leuk je te ontmoeten bij de workshop in Brussel! Je tip over het hergebruiken van content pas ik nu al toe 🙌 Tot snel, Emma",
     "toegepast"),
    ("Bonjour Camille, ravi de vous avoir rencontrée au salon de Lyon. Votre conseil sur les fiches Google a fait des merveilles chez nous !",
     "porte déjà ses fruits"),
    ("Ciao Camille, è stato bello conoscerti al workshop di Milano! Il tuo consiglio sul calendario editoriale ha già fatto miracoli. A presto!",
     "stia già funzionando"),
    ("Oi Camille, foi ótimo te conhecer no workshop em São Paulo! Sua dica sobre calendário de conteúdo já está funcionando muito bem aqui. Até mais!",
     "já está funcionando"),
])
def test_a_tip_that_works_is_acknowledged(note: str, good: str) -> None:
    text = sample_draft(note, name="Katrin Fischer")
    assert good in text
    for bad in ("Woran arbeitest du", "Waar ben je", "Tu en es où", "Su cosa stai lavorando", "No que você está trabalhando"):
        assert bad not in text


@pytest.mark.parametrize("note, referrer, month", [
    ("Ciao Camille, Luca Conti mi ha fatto il tuo nome: dice che sei la persona giusta per la strategia di contenuti del mio e-shop di ceramiche. Hai disponibilità a marzo?",
     "grazie a Luca Conti", "marzo va bene"),
    ("Hola Camille, Lucía Gómez me dio tu nombre: dice que eres la persona ideal para la estrategia de contenidos de mi tienda online. ¿Tienes disponibilidad en marzo?",
     "gracias a Lucía Gómez", "marzo es posible"),
    ("Bonjour Camille, Paul Girard m'a donné votre nom pour la stratégie de contenu de ma boutique. Auriez-vous des disponibilités en avril ?",
     "merci à Paul Girard", "En avril, ce devrait être possible"),
])
def test_referrer_thanked_and_month_answered(note: str, referrer: str, month: str) -> None:
    text = sample_draft(note, name="Francesca Romano")
    assert referrer in text and month in text
