"""Wave 95 Q: proposals, pitches and clients read as the wrong kind.

* A vendor putting itself at her disposal ("se avete bisogno di un partner tecnologico siamo a disposizione") sells its
  services: a polite no, never "la proposta mi interessa" and a call.
* A marketing director asking her expert view on bringing SEO in-house is a client lead: a call about it, never
  "send me what you want to show me".
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

VENDORS = [
    ("Buongiorno, siamo una software house di Padova e sviluppiamo gestionali su misura. Se avete bisogno di un partner "
     "tecnologico siamo a disposizione.", "non ne ho bisogno", "mi interessa"),
    ("Bonjour, nous sommes une imprimerie lyonnaise. Si vous avez besoin de flyers ou de cartes de visite, nous sommes à "
     "votre disposition.", "pas un besoin", "intéress"),
    ("Hola Camille, somos un estudio de diseño web en Valencia. Si alguna vez necesitas un desarrollador para tus clientes, "
     "estamos a tu disposición.", "no lo necesito", "interesa"),
    ("Guten Tag, wir sind eine Übersetzungsagentur aus Köln. Falls Sie Unterstützung bei Übersetzungen brauchen, stehen wir "
     "gern zur Verfügung.", "keinen Bedarf", "spannend"),
    ("Goedendag, wij zijn een webbureau uit Gent. Als u ooit een developer nodig heeft, staan wij graag klaar.",
     "geen behoefte", "interessant"),
    ("Olá Camille, somos uma agência de desenvolvimento em Lisboa. Se precisar de um parceiro técnico, estamos à disposição.",
     "não é uma necessidade", "interess"),
]


@pytest.mark.parametrize(("note", "no", "yes"), VENDORS)
def test_vendor_at_her_disposal_is_declined_politely(note: str, no: str, yes: str) -> None:
    text = sample_draft(note, headline="Sales Manager", name="Andrea Barbieri")
    assert no in text
    assert yes not in text.lower()
    assert "20 min" not in text


LEADS = [
    ("Bonjour Camille, je suis directrice marketing chez Nexa Assurances. Nous réfléchissons à internaliser notre SEO et "
     "j'aimerais avoir votre regard d'experte. Au plaisir,\nIsabelle Roux", "Directrice Marketing - Nexa Assurances", "appel"),
    ("Hi Camille, I'm the Head of Marketing at a fintech in Dublin. We're considering bringing our SEO in-house and I'd "
     "value your expert view on it.", "Head of Marketing", "call"),
    ("Guten Tag Frau Laurent, ich bin Marketingleiterin bei einem Versicherer in Stuttgart. Wir überlegen, unser SEO intern "
     "aufzubauen, und hätten gern Ihre Einschätzung als Expertin.", "Marketingleiterin", "Telefonat"),
    ("Buongiorno, sono direttore marketing di un'azienda di Verona. Stiamo valutando di internalizzare la SEO e vorrei il "
     "suo parere da esperta.", "Direttore marketing", "call"),
]


@pytest.mark.parametrize(("note", "headline", "call"), LEADS)
def test_expert_view_on_their_seo_is_a_lead(note: str, headline: str, call: str) -> None:
    text = sample_draft(note, headline=headline, name="Isabelle Roux")
    assert call in text
    assert "20" in text
    for bad in ("montrer", "show me", "zeigen", "mostrarmi", "fine della settimana", "fin de la semaine"):
        assert bad not in text


BELGIAN_SMES = [
    ("Geachte mevrouw Laurent,\nIk ben zaakvoerder van een kleine vinotheek in Brugge en wil mijn online verkoop naar Frankrijk "
     "uitbreiden. Kan u mij zeggen of u ook kmo's in België begeleidt?\nMet vriendelijke groeten,\nLuc Vandenberghe",
     "Ja, ik werk ook met klanten in België", ("klinkt interessant", "aan mij dacht")),
    ("Guten Tag Frau Laurent, ich bin Inhaber eines Weinhandels in Eupen. Können Sie mir sagen, ob Sie auch KMU in Belgien "
     "begleiten?", "Ja, ich arbeite auch mit Kunden in Belgien", ("klingt spannend", "Austausch freue")),
    ("Hola Camille, soy dueña de una vinoteca en Bruselas y quiero vender online en Francia. ¿Acompañas a pymes de Bélgica?",
     "Sí, también trabajo con clientes en Bélgica", ("interesante",)),
]


@pytest.mark.parametrize(("note", "yes", "bad"), BELGIAN_SMES)
def test_whether_she_supports_belgian_smes_gets_the_yes(note: str, yes: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Luc Vandenberghe")
    assert yes in text
    assert "20" in text
    for word in bad:
        assert word not in text


MATERIAL_USE = [
    ("Hola Camille! Soy profe de marketing en un instituto de FP en Granada. Me gustaría compartir con mis alumnos tus guías "
     "gratuitas de SEO, ¿te parece bien si las cito?\nGracias!\nNuria", "cites la fuente", ("llamada", "interesante")),
    ("Guten Tag Frau Laurent, ich unterrichte Online-Marketing an einer Berufsschule. Dürfte ich Ihre Beiträge im Unterricht "
     "verwenden?", "die Quelle zu nennen", ("telefonieren", "Einschätzung")),
    ("Hoi Camille, ik geef les in digitale marketing op een hogeschool. Mag ik je posts gebruiken in mijn lessen?",
     "de bron te vermelden", ("bellen", "kijk erop")),
    ("Bonjour Camille, je suis formatrice en BTS. Est-ce que je peux utiliser tes articles sur le SEO local avec mes étudiants ?",
     "citer la source", ("budget", "appel")),
    ("Hi Camille, I teach a digital marketing course at a college in Leeds. Could I share your LinkedIn carousels with my "
     "students?", "credit the source", ("budget", "call")),
    ("Ciao Camille, insegno marketing in un istituto tecnico. Posso condividere i tuoi post sulla SEO con i miei studenti?",
     "citare la fonte", ("budget", "call")),
    ("Olá Camille, sou professora de marketing num politécnico. Posso partilhar os teus artigos de SEO com os meus alunos?",
     "cites a fonte", ("orçamento", "chamada")),
]


@pytest.mark.parametrize(("note", "yes", "bad"), MATERIAL_USE)
def test_leave_to_use_her_material_is_a_yes_with_the_source(note: str, yes: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Nuria Campos")
    assert yes in text
    for word in bad:
        assert word not in text
