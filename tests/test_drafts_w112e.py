"""Wave 112, group E: praise that names what a piece did for the sender (money saved, a way of working changed) is
answered with that piece, and the Spanish regular reader is thanked for following, never for "ser fiel a"."""

from __future__ import annotations

import pytest

from drafting import draft


@pytest.mark.parametrize("note,lang,piece", [
    ("Buenas Camille, leo tu newsletter cada semana, el ultimo numero sobre Meta Ads me ahorró un monton de dinero jaja. Gracias por compartir!",
     "es", "sobre Meta Ads"),
    ("Buenas Camille, leo tu newsletter cada semana desde hace meses. El ultimo numero sobre Meta Ads y el presupuesto minimo por conjunto"
     " de anuncios me ahorró bastante dinero jaja. Gracias por compartir!", "es", "presupuesto mínimo"),
    ("Ciao Camille, leggo la tua newsletter da un anno. L'ultimo numero sul budget minimo per le campagne Meta mi ha fatto risparmiare"
     " parecchio 😅 grazie!", "it", "budget minimo"),
    ("Hi Camille, your newsletter issue on Meta minimum budgets saved me a lot of money. Thanks!", "en", "Meta minimum budgets"),
    ("Hallo Camille, dein Artikel über Meta-Budgets hat mir viel Geld gespart, danke!", "de", "Meta-Budgets"),
    ("Olá Camille! Sou leitora da sua newsletter, e o artigo sobre conteúdos evergreen mudou a forma como planeio o blog da loja."
     " Obrigada por partilhar tanto!", "pt", "conteúdos evergreen"),
    ("Ciao Camille, ho letto il tuo articolo sulle campagne locali: ha cambiato il modo in cui gestisco gli annunci. Grazie!",
     "it", "campagne locali"),
])
def test_piece_that_saved_money_or_changed_work_is_named(note: str, lang: str, piece: str) -> None:
    text = draft(note, lang, "content", name="Diego Morales")
    assert piece in text, text
    assert "ser fiel" not in text and "com regularidade" not in text, text


@pytest.mark.parametrize("note", [
    "Hola! Te sigo desde hace tiempo, tus posts sobre TikTok Ads son oro. Conectamos?",
    "Hola Camille, leo tu newsletter desde hace tiempo, siempre aprendo algo. Conectamos?",
])
def test_spanish_regular_reader_is_thanked_for_following(note: str) -> None:
    text = draft(note, "es", "content", name="Nerea Iglesias")
    assert "ser fiel" not in text, text
    assert "por seguir mi" in text or "por leerme" in text, text


@pytest.mark.parametrize("note,lang,want,wrong", [
    ("hey camille, dein post über google core update war echt hilfreich, hab direkt bei meinem shop was geändert. danke!! würd mich gern vernetzen",
     "de", "über das Google Core Update", "über Google Core Update"),
    ("Hallo Camille, dein Artikel über Google Helpful Content Update hat mir die Augen geöffnet, danke!",
     "de", "über das Google Helpful Content Update", "über Google Helpful"),
    ("hoi camille, je post over het google core update was echt super handig, heb meteen wat aangepast op mn site. dankjewel! wil graag connecten",
     "nl", "over de Google Core Update", "het Google Core Update"),
    ("Hoi Camille, je artikel over google core update was top, bedankt!", "nl", "over de Google Core Update", "over Google Core"),
])
def test_named_google_update_takes_its_article(note: str, lang: str, want: str, wrong: str) -> None:
    text = draft(note, lang, "content", name="Dennis Krüger")
    assert want in text and wrong not in text, text


@pytest.mark.parametrize("note,lang,want,channel", [
    ("Dag mevrouw Laurent, ik heb uw webinar over contentstrategie gevolgd via Karel de Grote Hogeschool. Heel leerzaam!"
     " Ik zou graag in contact blijven.", "nl", "over contentstrategie", "Karel de Grote"),
    ("Hi Camille, I watched your webinar on content strategy via Lyon Business School. Very insightful, happy to connect!",
     "en", "content strategy", "Lyon Business School"),
])
def test_school_the_piece_came_through_is_no_part_of_its_topic(note: str, lang: str, want: str, channel: str) -> None:
    text = draft(note, lang, "content", name="Lien Peeters")
    assert want in text and channel not in text, text


@pytest.mark.parametrize("note", [
    "Oi Camille, a Fernanda Alves me passou seu contato. Sou fundador de uma marca de café especial e quero crescer no Instagram. Podemos marcar um papo?",
    "Oi Camille, o Pedro Lima falou de você pra mim, tenho uma loja de roupas e preciso de ajuda com anúncios. Bora conversar?",
])
def test_brazilian_referrer_thanked_idiomatically(note: str) -> None:
    text = draft(note, "pt-BR", "referral", name="Rafael Mendes")
    assert "valeu também" not in text, text
    assert "obrigada também" in text or "agradeço também" in text, text


@pytest.mark.parametrize("note,lang,intent,want", [
    ("Bonjour Camille, j'ai suivi votre formation \"Instagram pour les commerçants\" à la CMA en octobre. Depuis, mes ventes ont augmenté"
     " de 20 % ! Merci encore. Est-ce que vous proposez un module avancé ?", "fr", "sales_pitch", "Bravo pour ce résultat"),
    ("Hi Camille, I attended your workshop on Instagram for small shops at the Lyon Chamber of Commerce. My bakery's page has grown a lot"
     " since. Do you run any advanced sessions?", "en", "business_proposal", "congratulations"),
    ("Hola Camille, hice tu taller de Instagram en Madrid y desde entonces mis ventas han subido un 30 %. ¿Tienes algún curso avanzado?",
     "es", "ask_for_help", "Enhorabuena"),
])
def test_result_since_the_course_is_congratulated_before_the_follow_up(note: str, lang: str, intent: str, want: str) -> None:
    text = draft(note, lang, intent, name="Amandine Garnier")
    assert want in text, text
    assert text.index(want) < text.index({"fr": "second niveau", "en": "advanced session", "es": "segundo nivel"}[lang]), text


def test_marketing_channel_after_via_stays_in_the_topic() -> None:
    text = draft("Oi, Camille! Trabalho com marketing em uma startup de fintech e queria propor uma parceria: co-criar um webinar sobre"
                 " aquisição de clientes via LinkedIn Ads. O que acha?", "pt-BR", "business_proposal", name="Vinícius Ribeiro",
                 headline="Head of Growth na Pagaí")
    assert "via LinkedIn Ads" in text, text
