"""Wave 52 (group D): a familiar "you" mirrored whatever closing frames it, a coffee agreed when they met is set up, and
press or client work in a language the owner does not work in hears her languages."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import is_informal


@pytest.mark.parametrize("note, lang", [
    ("Olá Camille, conhecemo-nos no Web Summit. Fiquei a pensar na tua ideia sobre conteúdos evergreen. Cumprimentos, Tiago", "pt"),
    ("Boa tarde Camille, subscrevo a tua newsletter há uns meses. Obrigada! Beatriz Sousa", "pt"),
    ("Buongiorno Camille, ho letto il tuo articolo sul SEO locale e mi è piaciuto molto. Cordiali saluti, Marco", "it"),
    ("Buenos días Camille, leí tu artículo sobre SEO local y me gustó mucho. Atentamente, Marcos", "es"),
    ("Bonjour Camille, j'ai lu ton article sur le SEO local, très utile. Cordialement, Marc", "fr"),
    ("Guten Tag Camille, ich habe deinen Artikel über lokales SEO gelesen. Mit freundlichen Grüßen, Markus", "de"),
    ("Goedemorgen Camille, ik heb jouw artikel over lokale SEO gelezen. Hoogachtend, Mark", "nl"),
])
def test_familiar_pronoun_outweighs_a_courteous_closing(note: str, lang: str) -> None:
    assert is_informal(note, lang)


@pytest.mark.parametrize("note, lang", [
    ("Bom dia Camille, li o seu artigo e gostava de lhe fazer uma pergunta. Cumprimentos, Rui", "pt"),
    ("Exma. Sra. Camille, li o teu artigo. Cumprimentos", "pt"),
    ("Gentile dott.ssa Laurent, ho letto il Suo articolo. Cordiali saluti", "it"),
    ("Sehr geehrte Frau Laurent, ich habe Ihren Artikel gelesen.", "de"),
])
def test_polite_pronoun_keeps_the_formal_register(note: str, lang: str) -> None:
    assert not is_informal(note, lang)


def test_pt_tu_sender_answered_with_tu() -> None:
    text = sample_draft("Boa tarde Camille, subscrevo a tua newsletter há uns meses e o artigo sobre o funil de conteúdos foi "
                        "mesmo útil para o meu negócio de cerâmica. Obrigada! Beatriz Sousa", name="Beatriz Sousa")
    assert "acompanhas" in text and "teu negócio" in text
    assert "acompanha a" not in text and "seu negócio" not in text and "Cumprimentos" not in text


@pytest.mark.parametrize("note, words", [
    ("Bonjour Camille, suite à notre échange au Meetup Growth Lyon mardi soir, comme promis je t'envoie l'invitation ! "
     "Au plaisir de prendre ce café 😊\nChloé", ("café", "Quels jours")),
    ("Hi Camille, following our chat at the Growth Meetup in Lyon on Tuesday, here's my invite as promised! Looking forward "
     "to that coffee.\nSophie", ("coffee", "Which days")),
    ("Hi Camille, great meeting you at the SEO Camp in Lyon yesterday. Can't wait for that coffee we talked about!\nTom",
     ("coffee", "Which days")),
    ("Hola Camille, encantada de conocerte ayer en el Marketing Day de Lyon. ¡Tenemos un café pendiente!\nLucía",
     ("café", "Qué días")),
    ("Hallo Camille, schön dich gestern beim Online-Marketing-Stammtisch kennengelernt zu haben. Wie besprochen, hier meine "
     "Anfrage – freue mich auf den Kaffee!\nJonas", ("Kaffee", "Welche Tage")),
    ("Olá Camille, foi ótimo conhecer-te no Web Summit. Como prometido, envio-te o convite. Fica combinado o café!\nInês",
     ("café", "Que dias")),
])
def test_coffee_agreed_is_set_up(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    for word in words:
        assert word in text
    for bad in ("recroiser", "continuing the conversation", "Seguimos en contacto", "weiteren Austausch"):
        assert bad not in text


@pytest.mark.parametrize("note, limit", [
    ("Hola Camille, soy periodista en la revista Emprendedores y preparo un reportaje sobre SEO para pequeños comercios. "
     "¿Podría hacerte unas preguntas por email esta semana? Gracias, Sofía Navarro", "en francés o en inglés"),
    ("Ciao Camille, sono giornalista per Wired Italia e preparo un articolo sul SEO per piccoli negozi. Posso mandarti "
     "qualche domanda per email questa settimana? Grazie, Giulia", "in francese o in inglese"),
    ("Hallo Camille, ich schreibe für t3n einen Artikel über SEO für kleine Läden. Darf ich Ihnen diese Woche ein paar "
     "Fragen per E-Mail schicken? Danke, Jana", "Französisch oder Englisch"),
    ("Hola Camille, dirijo una agencia de diseño web en Barcelona y muchos clientes nos piden SEO. ¿Te interesaría "
     "colaborar? Nosotros la web y tú el SEO. Un abrazo, Jordi Puig", "solo trabajo en francés o en inglés"),
    ("Ciao Camille, gestisco un'agenzia web a Milano e molti clienti ci chiedono SEO. Ti andrebbe di collaborare? Noi il "
     "sito, tu il SEO. Marco", "lavoro solo in francese o in inglese"),
    ("Olá Camille, a Marie Dupont me indicou seu nome. Estou abrindo um e-commerce de cosméticos e gostaria de entender "
     "como funciona sua consultoria de SEO. Podemos conversar? Att, Juliana Costa", "só trabalho em francês ou em inglês"),
])
def test_work_in_another_language_hears_her_languages(note: str, limit: str) -> None:
    assert limit in sample_draft(note, name="Ana Ruiz")


def test_abbreviation_never_splits_the_yes() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich schreibe für t3n einen Artikel über Marketing-Trends in Frankreich vs. "
                        "Deutschland. Darf ich Ihnen ein paar Fragen per E-Mail schicken? Viele Grüße, Jana Roth", name="Jana Roth")
    assert "vs. Allerdings" not in text and "Wenn ja, deutschland" not in text
