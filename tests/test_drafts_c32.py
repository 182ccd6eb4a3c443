"""Wave 32, branch c32: a sender met at an event who praises her talk there in other words gets thanked for it."""

from drafting import draft


def test_praise_in_other_words_is_thanked_in_met_before() -> None:
    cases = [
        ("fr", "Bonjour Camille, contente de vous avoir croisée au salon E-commerce Paris le mois dernier. Votre conférence sur le référencement m'a vraiment marquée. Au plaisir !",
         ("merci pour votre retour", "ravie que cela vous ait plu")),
        ("en", "Hi Camille, lovely meeting you at SMX Munich last month. Your talk on structured data was really insightful. Let's stay connected! Priya",
         ("kind words",)),
        ("en", "Hello Camille, we met at the Lyon Digital Summit in March; your talk on TikTok ads was the highlight of the event for me. Keep in touch, Mark",
         ("kind words",)),
        ("fr", "Bonjour Camille, on a discuté au Salon du Marketing à Lyon hier. Votre intervention sur le contenu était vraiment enrichissante ! Bonne journée, Paul",
         ("merci pour votre retour",)),
    ]
    for lang, note, wanted in cases:
        text = draft(note, lang, "met_before")
        assert any(w in text for w in wanted), (note, text)


def test_praise_in_other_words_is_thanked_for_content() -> None:
    cases = [
        ("de", "Hallo Camille, ich habe deinen Artikel über lokales SEO gelesen, wirklich lehrreich! Lass uns vernetzen. Jonas",
         ("angesprochen", "Worte")),
        ("nl", "Hoi Camille, ik las je artikel over lokale SEO, heel leerzaam! Graag verbinden. Groet, Eva",
         ("aansprak", "woorden", "iets aan")),
        ("es", "Hola Camille, leí tu artículo sobre SEO local y me pareció muy útil. ¡Conectemos! Lucía",
         ("palabras", "alegra")),
        ("pt", "Olá Camille, li o seu artigo sobre SEO local, sensacional! Vamos manter contacto. Ana",
         ("palavras", "gostou", "ainda bem")),
    ]
    for lang, note, wanted in cases:
        text = draft(note, lang, "content")
        assert any(w in text for w in wanted), (note, text)


def test_two_day_event_keeps_both_days() -> None:
    cases = [
        ("de", "Guten Tag Frau Laurent, für unser Barcamp am 21./22. März in Bremen suchen wir Speaker zu SEO. Hätten Sie Interesse an einem Vortrag? Viele Grüße, Lena Vogt",
         "21."),
        ("en", "Hi Camille, we're running a summit on 9/10 June in Leeds and looking for a speaker on social ads. Would you give a talk? Best, Sam",
         "9 and 10 June"),
        ("fr", "Bonjour Camille, pour notre salon les 3/4 octobre à Lille, nous cherchons une intervenante sur le SEO. Seriez-vous partante pour une conférence ? Marc",
         "les 3 et 4 octobre"),
        ("nl", "Hoi Camille, voor ons event op 14 en 15 mei in Gent zoeken we een spreker over SEO. Zou je een talk willen geven? Groet, Pieter",
         "14 en 15 mei"),
    ]
    for lang, note, wanted in cases:
        text = draft(note, lang, "business_proposal")
        assert wanted in text, (note, text)


def test_audience_named_with_my_students_is_not_asked() -> None:
    cases = [
        ("it", "Buongiorno Camille, insegno all'Università di Padova. Le andrebbe di tenere un seminario sulla SEO per i miei studenti di marketing? Cordiali saluti, Paola Ferri",
         "pubblico"),
        ("pt", "Olá Camille, sou professora na Universidade do Porto. Aceitaria dar um seminário online sobre SEO para os meus alunos? Obrigada, Inês",
         "público"),
    ]
    for lang, note, unwanted in cases:
        text = draft(note, lang, "business_proposal")
        assert unwanted not in text and ("date" in text or "data" in text), (note, text)
