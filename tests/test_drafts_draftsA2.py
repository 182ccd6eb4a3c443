"""Review round 15, quoted spans, address and wording: a quote is whole or absent (quote marks balanced, a quoted name
never cut), no phrase echoed in the next sentence, idiomatic wording, a formal Dutch greeting mirrored, one register
for a note-less Spanish welcome, Brazilian headlines answered in pt-BR, a welcome by surname signed in full."""
from __future__ import annotations

import pytest

from drafting import draft

from invitriage.drafts.notefacts import _open_quote, name_gender, pt_variant


def body(text: str) -> str:
    lines = text.strip().splitlines()
    return "\n".join(lines[1:-2])


# -- quotes whole or absent ----------------------------------------------------------------------

QUOTED = [
    ("Hallo Camille, dein Artikel zu „Content ist kein Sprint, sondern ein Marathon“ war super. Kurze Frage: Reicht ein Post pro Woche? "
     "Gruß, Timo", "de", "Timo Berger", "„Content ist kein Sprint, sondern ein Marathon“", "zu „Content gelesen"),
    ("Hoi Camille, je artikel over 'klein beginnen, groot denken' vond ik heel sterk. Hoe pak je dat aan bij een startup? Groet, Sander",
     "nl", "Sander Bos", "'klein beginnen, groot denken'", "'klein beginnen te"),
    ("Bonjour Camille, j'ai lu votre article sur le fait que \"le référencement local est sous-estimé\", tout à fait d'accord. "
     "Au plaisir d'échanger !", "fr", "Hugo Perrin", "« le référencement local est sous-estimé »", "sur le fait."),
]


@pytest.mark.parametrize("note, lang, name, whole, cut", QUOTED, ids=[c[1] for c in QUOTED])
def test_a_quoted_title_is_repeated_whole(note, lang, name, whole, cut):
    text = draft(note, lang, "content", name)
    assert whole in text, text
    assert cut not in text, text


def test_quote_marks_in_a_slot_are_balanced():
    assert _open_quote("über „SEO") >= 0
    assert _open_quote("über „SEO lokal“") == -1
    assert _open_quote("over 'minder posten") >= 0
    assert _open_quote("voor kmo's en zzp'ers") == -1  # apostrophes inside words are no quote marks
    assert _open_quote("l'idée de « SEO local »") == -1


@pytest.mark.parametrize("note, lang, name, show", [
    ("Hi Camille! I run 'The Corner Store Show', a podcast for local retailers. Would you come on and talk about Google Ads? Cheers, Max",
     "en", "Max Reed", "The Corner Store Show"),
    ("Ciao Camille! Ho un podcast, 'Bottega Digitale', e vorrei intervistarti sulla SEO per artigiani. Registriamo online. Ti va?",
     "it", "Marco Gallo", "Bottega Digitale"),
    ("Olá Camille, tenho um podcast chamado 'Loja Aberta' e adoraria te entrevistar sobre anúncios no Instagram. Topa?",
     "pt", "Paulo Reis", "Loja Aberta"),
])
def test_a_show_name_is_never_cut(note, lang, name, show):
    text = draft(note, lang, "business_proposal", name)
    assert show in text, text


# -- no echo in consecutive sentences ------------------------------------------------------------

def test_spanish_keep_in_touch_does_not_echo_the_thanks():
    text = draft("¡Hola Camille! Coincidimos en el Congreso de Marketing de Valencia, en la mesa sobre TikTok. ¿Seguimos en contacto? "
                 "Saludos, Pablo", "es", "met_before", "Pablo Ruiz")
    assert text.count("conectar") <= 1, text
    assert "Sigamos en contacto" in text, text


def test_portuguese_follow_up_does_not_repeat_continuar_a_conversa():
    text = draft("Boa tarde Camille, conhecemo-nos no Marketing Summit no Porto. Gostava de continuar a nossa conversa sobre "
                 "automação de marketing. Cumprimentos, Nuno Costa", "pt", "met_before", "Nuno Costa")
    assert text.count("a conversa") <= 1, text
    assert "sobre automação de marketing" in text, text


def test_german_workshop_thanks_do_not_say_freuen_twice():
    text = draft("Hi Camille, dein Workshop beim Marketing Camp in Köln war klasse! Hab viel mitgenommen. Grüße, Lukas", "de", "content",
                 "Lukas Hahn")
    assert "Ich freue mich, wenn" not in text and "bei einem nächsten" not in text, text


def test_dutch_congratulations_do_not_repeat_leuk():
    text = draft("Hallo Camille, ik deed vorig jaar je cursus 'Content voor beginners' en heb sindsdien veel meer leads. "
                 "Wilde je even bedanken! Groet, Pieter", "nl", "content", "Pieter Smit")
    assert text.lower().count("leuk") <= 1, text


# -- wording ---------------------------------------------------------------------------------------

def test_english_chat_request_is_not_with_pleasure():
    text = draft("Hi Camille, Jane Doe from Brightwave suggested I reach out — our Facebook ads for my bakery barely convert. "
                 "Could we have a quick chat?", "en", "referral", "Emma Stone")
    assert "With pleasure" not in text, text


def test_english_guest_acceptance_has_no_colon_after_love_to():
    text = draft("Hi Camille! I host 'Indie Growth Hour', a podcast for solo founders. Would you like to come on and talk about SEO? Best, Dan",
                 "en", "business_proposal", "Dan Fox")
    assert "I'd love to:" not in text, text


def test_dutch_referral_is_modest_and_never_graag_after_a_statement():
    text = draft("Hallo Camille, Anne Visser gaf me jouw naam. Ik begin een webshop in tweedehands meubels en zoek hulp bij SEO. "
                 "Heb je tijd voor een kennismaking? Groet, Iris", "nl", "referral", "Iris de Boer")
    assert "goed helpen" not in text, text
    assert "\nGraag!" not in text, text


@pytest.mark.parametrize("note, lang, name, never", [
    ("Hoi Camille, ik ben recruiter bij Randstad en zoek een freelance content marketeer voor een webshop. 6 maanden, 3 dagen per week. "
     "Interesse? Groet, Tim", "nl", "Tim Jansen", "(startdatum)"),
    ("Hi Camille, I'm a recruiter at Hays looking for a freelance SEO consultant for a retailer. 4 months, 2 days a week. Interested? Tom",
     "en", "Tom Wood", "(start date)"),
    ("Ciao Camille, sono recruiter presso Adecco e cerco una freelance SEO per un e-commerce. 3 mesi, 2 giorni a settimana. Ti interessa?",
     "it", "Luca Neri", "(data di inizio)"),
])
def test_only_the_start_date_missing_is_asked_plainly(note, lang, name, never):
    text = draft(note, lang, "recruiting", name)
    assert never not in text, text


def test_dutch_recruiter_is_thanked_for_the_invitation():
    text = draft("Hoi Camille, ik ben recruiter bij Brunel en zoek een freelance SEO-specialist voor een retailer. 3 maanden, 2 dagen/week. "
                 "Interesse? Groet, Rik", "nl", "recruiting", "Rik Vos")
    assert "uitnodiging" in text, text


# -- address and register --------------------------------------------------------------------------

@pytest.mark.parametrize("first", ["Johan", "Jasper", "Laurens", "Ronald"])
def test_common_dutch_male_names_are_known(first):
    assert name_gender(first) == "m"


def test_formal_dutch_greeting_is_mirrored_for_a_known_male_name():
    text = draft("Geachte mevrouw Laurent, namens de Marketingdag Gent nodig ik u graag uit als spreker over contentstrategie. "
                 "Mogen wij u een voorstel sturen? Met vriendelijke groeten, Johan de Smet", "nl", "business_proposal", "Johan de Smet")
    assert text.startswith("Geachte heer De Smet,") or text.startswith("Geachte heer de Smet,"), text


def test_noteless_spanish_welcome_is_one_register():
    text = draft("", "es", "no_note", "Diego Martín", "Head of Marketing en Glovo")
    assert text.startswith("¡Hola, Diego!"), text
    for usted in ("Le parecería", " sus proyectos", "no dude"):
        assert usted not in text, text


@pytest.mark.parametrize("headline", ["Estudante de Publicidade na ESPM | Fundadora da Loja Girassol",
                                      "Analista de Marketing | FGV", "Designer em São Paulo"])
def test_brazilian_schools_and_cities_read_pt_br(headline):
    assert pt_variant("", headline) == "pt-BR"


def test_noteless_brazilian_student_is_answered_in_pt_br():
    text = draft("", "pt", "no_note", "Beatriz Souza", "Estudante de Marketing na ESPM | Fundadora da Loja Girassol")
    assert "Cumprimentos" not in text and "com todo o gosto" not in text, text


@pytest.mark.parametrize("name, headline", [("Katrin Vogel", "Studentin BWL | Schwerpunkt Marketing"),
                                            ("Stefan Roth", "Inhaber von Roth Möbel")])
def test_noteless_german_welcome_by_surname_is_signed_in_full(name, headline):
    text = draft("", "de", "no_note", name, headline)
    if text.startswith(("Guten Tag Frau", "Guten Tag Herr")):
        assert text.rstrip().endswith("Camille Laurent"), text
    assert "und willkommen!" not in text, text


@pytest.mark.parametrize("note, lang, name, words", [
    ("Bonjour Camille, j'ai lu votre article sur la fin des cookies tiers, très clair. Nos campagnes perdent en précision, "
     "vous avez déjà vu ça ?", "fr", "Paul Girard", ("plaisir",)),
    ("Ciao Camille, ho letto la tua newsletter sui test A/B, utilissima! Ciao, Giulia", "it", "Giulia Rizzi", ("piace",)),
    ("Servus Camille! Wir haben beim Meetup in Graz über SEO geplaudert. Bleiben wir in Kontakt? Liebe Grüße, Anna", "de", "Anna Huber",
     ("kontakt", "vernetz")),
])
def test_a_courtesy_word_is_not_said_in_two_sentences(note, lang, name, words):
    text = draft(note, lang, "content" if lang != "de" else "met_before", name)
    for word in words:
        assert body(text).lower().count(word) <= 1, text
