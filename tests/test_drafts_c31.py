"""Scheduling, interviews and invitations (review round 29): her languages asked about once, never with the same verb
as the slot question; the Italian caveat agrees with any noun; the price never hangs on the language; a language is no
training topic; a journalist's quote is "your piece"; a phone deadline asks for slots within it."""

from __future__ import annotations

import re

from drafting import sample_draft


def test_the_language_question_and_the_slot_question_use_different_verbs():
    notes = [
        ("Hola Camille, soy redactor en una revista de emprendimiento y preparo un artículo sobre redes sociales para pymes. "
         "¿Podríamos hacer una entrevista de 10 minutos por videollamada? Saludos, Marcos", "es"),
        ("Buenas, Camille: estoy con mi trabajo de fin de máster sobre email marketing y me encantaría entrevistarte "
         "unos 20 minutos. ¿Te animas? Gracias, Lucía", "es"),
        ("Ciao Camille, sto scrivendo la tesi triennale sul social media marketing nelle PMI. Potrei farti una breve "
         "intervista (15 minuti) su Zoom? Grazie mille, Giulia", "it"),
        ("Buongiorno Camille, curo un podcast sul marketing per le PMI e vorrei invitarti per una puntata sulla SEO locale. "
         "Saresti disponibile? Marco", "it"),
    ]
    for note, lang in notes:
        text = sample_draft(note)
        assert ("inglés" if lang == "es" else "inglese") in text, text
        for verb in ("vendría bien", "andrebbe bene", "farlo in", "farla in"):
            assert verb not in text, text
        # one "bien/bene" question at most
        assert len(re.findall(r"\b(?:bien|bene)\b[^.?!]*\?", text)) <= 1, text
        if lang == "it":
            assert "dovrebbe essere in francese o in inglese" in text, text


def test_the_price_is_said_before_the_language_caveat():
    notes = [
        ("Buenos días Sra. Laurent, dirijo el departamento de formación de una red de clínicas dentales en Valencia. "
         "Buscamos un curso de marketing digital para nuestro equipo de recepción. ¿Cuáles serían sus tarifas?", "es",
         "precio depende", "solo trabajo en"),
        ("Gentile Camille, sono responsabile marketing di un gruppo di negozi di arredamento a Torino. Vorremmo una "
         "formazione sui social ads per il nostro team. Può indicarmi i prezzi? Cordiali saluti", "it",
         "prezzo dipende", "lavoro solo in"),
    ]
    for note, _lang, price, caveat in notes:
        text = sample_draft(note)
        assert price in text and caveat in text, text
        assert text.index(price) < text.index(caveat), text
        assert not re.search(r"(?:En ese caso|In tal caso), (?:el precio|il prezzo)", text), text


def test_a_language_in_brackets_is_no_training_topic():
    for note in (
        "Hi Camille, I head marketing at a chain of bike shops in Belgium and Ireland. We'd like a one-day SEO workshop for "
        "our store managers (in English). Could you do that? Thanks, Ciara",
        "Hello Camille, I manage L&D for a retail group with stores in France and Ireland. We're looking for someone to run "
        "a digital marketing training for our team (in English). Is this something you offer? Thanks, Aoife",
    ):
        text = sample_draft(note)
        assert text.count("in English") <= 1, text
        assert "in English, in English" not in text, text


def test_a_quote_for_a_journalist_is_for_a_piece():
    for note in (
        "Hi Camille, I'm a freelance journalist writing for Retail Gazette about small brands on TikTok. Could I get a quote "
        "from you by Wednesday? Thanks, Priya",
        "Hello Camille, I'm a reporter covering how supermarkets use TikTok. Could I quote you on it? Best, Tom",
    ):
        text = sample_draft(note)
        assert "your piece" in text and "interview" not in text, text


def test_a_phone_interview_with_a_deadline_asks_for_slots_within_it():
    for note in (
        "Bonjour Madame Laurent, journaliste au Dauphiné, je prépare un dossier sur le commerce en ligne des vignerons. "
        "Pourriez-vous répondre à quelques questions par téléphone d'ici jeudi ? Cordialement, Marc Girard",
        "Bonjour Camille, je travaille pour Lyon Mag sur un article consacré aux influenceurs locaux. Accepteriez-vous une "
        "courte interview par téléphone d'ici mardi ? Merci, Léa",
    ):
        text = sample_draft(note)
        assert "Je vérifie ensuite" not in text, text
        assert re.search(r"Quels créneaux [^?]*(?:jeudi|mardi) \?", text), text
