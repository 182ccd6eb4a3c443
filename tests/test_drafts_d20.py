"""Round 20, details and wording (d20): what a business request names, launches, formal closings, event names,
wording slips (interview, phone call, separable particles, double thanks, repeated "respondo")."""

from __future__ import annotations

import pytest

from drafting import draft


@pytest.mark.parametrize("lang,note,country", [
    ("de", "Hallo Camille, ich leite das Marketing eines Kaffeerösters aus Köln und wir wollen nächstes Jahr in Frankreich starten. Wäre ein Kennenlernen möglich?", "Frankreich"),
    ("de", "Guten Tag Frau Laurent, wir möchten 2026 in Spanien durchstarten. Hätten Sie Zeit für ein Gespräch?", "Spanien"),
    ("nl", "Hoi Camille, we zijn een Utrechtse sieradenmerk en we lanceren in het voorjaar in Frankrijk. Zullen we eens bellen?", "Frankrijk"),
    ("nl", "Hallo Camille, wij willen volgend jaar in België starten met onze webshop. Zullen we eens kennismaken?", "België"),
    ("fr", "Bonjour Camille, je dirige le marketing d'une marque suisse de thé et nous allons nous lancer en France cet automne. Pourrions-nous échanger ?", "France"),
    ("en", "Hi Camille, I'm Head of Growth at a Dutch fashion label and we're launching in France next spring. Could we have a chat?", "France"),
])
def test_a_launch_in_a_country_is_named(lang: str, note: str, country: str) -> None:
    for intent in ("business_proposal", "client"):
        text = draft(note, lang, intent)
        assert country in text, (intent, text)
        assert "klinkt interessant" not in text and "talk it over" not in text and "zuerst" not in text


@pytest.mark.parametrize("lang,note,words", [
    ("fr", "Madame, Directrice marketing d'une chaîne de 20 boutiques, je souhaiterais échanger avec vous au sujet de notre stratégie d'acquisition en ligne. Je vous prie d'agréer mes salutations distinguées.", "stratégie d'acquisition en ligne"),
    ("en", "Dear Ms Laurent, As Marketing Director of a group of language schools, I would welcome the opportunity to discuss our content strategy with you. Yours sincerely, Paul Grant", "content strategy"),
    ("en", "Dear Ms Laurent, we are rethinking our acquisition strategy for 2026 and I would like to discuss it with you.", "acquisition strategy for 2026"),
    ("de", "Sehr geehrte Frau Laurent, als Marketingleiter einer Hotelgruppe würde ich gern mit Ihnen über unsere Online-Marketing-Strategie sprechen.", "Online-Marketing-Strategie"),
    ("pt", "Exma. Sra. Laurent, sou diretora de marketing de um grupo hoteleiro e gostaria de falar consigo sobre a nossa estratégia digital.", "estratégia digital"),
])
def test_the_strategy_to_discuss_is_named(lang: str, note: str, words: str) -> None:
    text = draft(note, lang, "business_proposal", name="Robin Blake")
    assert words in text, text
    assert " with." not in text and "talk it over" not in text


@pytest.mark.parametrize("note", [
    "Madame, Directeur commercial d'un réseau de cliniques, je souhaiterais échanger avec vous sur notre stratégie digitale. Je vous prie d'agréer, Madame, mes salutations distinguées.",
    "Monsieur, je me permets de vous contacter au sujet de notre visibilité en ligne. Veuillez agréer l'expression de mes sentiments distingués.",
    "Bonjour Madame Laurent, responsable marketing d'un groupe hôtelier, je souhaiterais échanger avec vous. Salutations distinguées.",
])
def test_a_very_formal_french_letter_is_closed_in_kind(note: str) -> None:
    text = draft(note, "fr", "client")
    assert "Bien à vous" not in text and "Bien cordialement," in text, text


def test_a_plain_french_note_keeps_bien_a_vous() -> None:
    assert "Bien à vous" in draft("Bonjour Camille, je souhaiterais échanger avec vous sur notre stratégie digitale.", "fr", "client")


@pytest.mark.parametrize("note", [
    "Dear Camille, we are organising a product marketing meetup in Leeds and would love to have you on stage. Are you available?",
    "Dear Camille, I'd like to invite you to our podcast on e-commerce. Would you be interested?",
    "Dear Camille, thank you for your article on local SEO; it helped our bakery a lot.",
])
def test_dear_first_name_is_answered_with_dear(note: str) -> None:
    text = draft(note, "en", "business_proposal", name="Aoife Byrne")
    assert text.startswith("Dear Aoife,"), text


@pytest.mark.parametrize("lang,note,name", [
    ("fr", "Bonjour Camille, nous étions ensemble à l'atelier « Growth marketing » du Lyon Startup Week-end. Au plaisir !", "Growth marketing du Lyon Startup Week-end"),
    ("fr", "Bonjour Camille, on s'est croisés à la conférence « Retail de demain » du salon VivaTech. Bonne journée", "la conférence Retail de demain"),
    ("en", "Hi Camille, we met at the “Scaling content teams” workshop of the Content Marketing Show. Let's stay in touch!", "Scaling content teams"),
])
def test_a_quoted_event_name_is_kept_whole(lang: str, note: str, name: str) -> None:
    text = draft(note, lang, "met_before")
    assert name in text, text


@pytest.mark.parametrize("note,event", [
    ("Dear Camille, we are organising the Digital Marketing Europe summit in Dublin on 12 June and would be delighted to have you as a speaker on content strategy. Are you available?", "Digital Marketing Europe summit"),
    ("Hi Camille, would you speak at the Nordic Ecommerce conference in Oslo this autumn? Topic: SEO for shops.", "Nordic Ecommerce conference"),
    ("Hello Camille, we'd love you to speak at the Retail Growth festival in Manchester in May about social ads.", "Retail Growth festival"),
])
def test_a_speaker_event_keeps_its_noun(note: str, event: str) -> None:
    text = draft(note, "en", "business_proposal")
    assert event in text, text


@pytest.mark.parametrize("lang,note", [
    ("en", "Hi Camille, we chatted at the SEO meetup in Lyon on Thursday. Nice talking about link building!"),
    ("en", "Hello Camille, great to meet you at the e-commerce breakfast last Tuesday!"),
    ("fr", "Salut Camille, on a discuté mardi soir à l'apéro SEO de Lyon, ravi d'avoir échangé !"),
    ("de", "Hallo Camille, wir haben uns am Mittwoch beim Online-Marketing-Stammtisch in München unterhalten."),
    ("nl", "Hoi Camille, leuk je donderdagavond gesproken te hebben op de meetup in Utrecht!"),
])
def test_a_meeting_this_week_gets_no_what_since(lang: str, note: str) -> None:
    text = draft(note, lang, "met_before")
    for since in ("What have you been up to since", "depuis", "seitdem", "sindsdien"):
        assert since not in text, text


@pytest.mark.parametrize("lang,note,subject,bad", [
    ("nl", "Goedemiddag mevrouw Laurent, wij ontmoetten elkaar op de borrel van Frankwatching in Utrecht. Graag zet ik ons gesprek over employer branding voort.", "over employer branding", "branding voort"),
    ("nl", "Hoi Camille, leuk je gesproken te hebben op het congres in Gent! Ik zet ons gesprek over SEO voor webshops graag verder.", "over SEO voor webshops", "webshops graag"),
    ("de", "Hallo Camille, wir haben uns beim Meetup in Köln gesehen. Ich setze unser Gespräch über Newsletter-Marketing gern fort.", "über Newsletter-Marketing", "Marketing gern fort:"),
])
def test_a_separable_particle_stays_with_the_senders_verb(lang: str, note: str, subject: str, bad: str) -> None:
    text = draft(note, lang, "met_before")
    assert subject in text and bad not in text, text
    assert " voort:" not in text and "Marketing gern fort" not in text


@pytest.mark.parametrize("note", [
    "Hallo Camille, ich bin Redakteurin bei einem Magazin und schreibe über lokales SEO. Hättest du Zeit für ein kurzes Interview am Telefon?",
    "Hi Camille, ich mache einen Podcast über Onlinehandel – hättest du Lust auf ein Interview (20 Min, per Telefon)?",
    "Hey Camille, für unseren Blog suche ich Expertinnen: Hast du nächste Woche Zeit für ein Telefon-Interview?",
])
def test_de_interview_is_not_attended(note: str) -> None:
    text = draft(note, "de", "business_proposal")
    assert "Beim Interview bin ich gern dabei" not in text and "bin ich gern dabei: Schick" not in text, text


@pytest.mark.parametrize("note", [
    "Hi Camille, ich starte gerade mit Social Ads für meinen Onlineshop. Hast du einen Tipp, wie ich am besten anfange?",
    "Hallo Camille, ich bin Studentin und möchte ins Online-Marketing. Hast du einen Rat, wie man einsteigt?",
    "Guten Tag Frau Laurent, hätten Sie einen Rat, womit ich bei SEO für meine Praxis anfangen sollte?",
])
def test_de_phone_call_is_not_in_20_minutes(note: str) -> None:
    for intent in ("ask_for_help", "job_seeking"):
        assert "in 20 Minuten am Telefon" not in draft(note, "de", intent)


@pytest.mark.parametrize("lang,note,bad", [
    ("pt", "Olá Camille, li o teu artigo sobre SEO para lojas online e já apliquei metade das dicas. Obrigado!", "puseste em prática"),
    ("pt", "Bom dia Camille, segui o seu guia sobre Google Ads e já apliquei tudo na minha loja. Obrigada!", "pôs em prática"),
])
def test_pt_put_into_practice_has_an_object(lang: str, note: str, bad: str) -> None:
    text = draft(note, lang, "content")
    assert bad not in text, text


@pytest.mark.parametrize("lang,note", [
    ("en", "Hey Camille, I've been reading your newsletter for a year now, the issue on TikTok ads for shops was gold. Would love to connect!"),
    ("en", "Hi Camille, long-time newsletter reader here; your last issue on SEO for Shopify really helped me. Let's connect!"),
    ("es", "Estimada Sra. Laurent: Leo su newsletter desde hace meses y su último artículo sobre SEO local me resultó muy útil."),
    ("es", "Hola Camille, te leo cada semana y tu artículo sobre Instagram Ads para tiendas me ha sido muy útil. ¡Gracias!"),
])
def test_no_second_thanks_sentence_for_a_helpful_piece(lang: str, note: str) -> None:
    text = draft(note, lang, "content")
    assert "And thanks for letting me know" not in text and "Y gracias por contarme" not in text, text
    if lang == "es":
        assert "su último artículo" not in text


@pytest.mark.parametrize("lang,note,bad", [
    ("es", "Hola Camille, soy periodista y preparo un reportaje sobre errores en Facebook Ads. ¿Podría hacerte unas preguntas por correo?", "Respondo con mucho gusto"),
    ("pt", "Olá Camille, sou jornalista e estou a escrever sobre SEO local. Posso enviar-lhe algumas perguntas por email?", "Respondo com todo o gosto"),
    ("es", "Estimada Sra. Laurent: escribo para una revista de empresa. ¿Podría enviarle unas preguntas por correo electrónico?", "Respondo con mucho gusto"),
])
def test_one_respondo_per_reply(lang: str, note: str, bad: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert bad not in text, text


@pytest.mark.parametrize("note", [
    "Estimada Camille, le escribo de parte de Pierre Dubois, con quien trabajo. Me gustaría conocer sus servicios.",
    "Estimada Sra. Laurent: me gustaría conocer mejor sus servicios para nuestra empresa.",
    "Buenos días Camille, quería saber más sobre cómo trabaja con empresas industriales.",
])
def test_es_client_line_has_an_antecedent(note: str) -> None:
    assert "hablarlo con usted" not in draft(note, "es", "client", name="Fernando Vega")


@pytest.mark.parametrize("lang,note,noun", [
    ("es", "Hola Camille, soy estudiante de Erasmus en Lyon y busco prácticas en marketing digital. ¿Sabrías de alguna agencia que busque becarios?", "agencias"),
    ("en", "Hi Camille, I'm looking for an SEO internship in Lyon. Do you know any agencies that take interns?", "agencies"),
    ("it", "Ciao Camille, cerco uno stage in marketing digitale a Lione: conosci qualche agenzia che prende stagisti?", "agenzie"),
])
def test_agencies_names_without_abrupt_lead_or_this_week(lang: str, note: str, noun: str) -> None:
    text = draft(note, lang, "job_seeking")
    assert "Sobre agencias:" not in text and "About agencies:" not in text and "Quanto alle agenzie:" not in text, text
    assert "this week" not in text and "esta semana" not in text and "questa settimana" not in text
