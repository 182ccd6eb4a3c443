"""Wave 52, group E: wording and echoes — the France line said once without "real … really", product names spelt as
their owners write them, a quoted event name kept whole, a disagreement never answered "glad you liked it", the
Italian interview slot, and "i tuoi post" thanked as posts."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_FRANCE = [
    ("es", "Hola Camille, Pierre Dubois me ha recomendado contactarte. Tengo una pequeña tienda online de cosmética natural "
           "en Valencia y quiero lanzarme al mercado francés. ¿Podríamos hablar 20 minutos?", "Nuria Gómez",
     "pensados directamente en francés", ("de verdad", "realmente")),
    ("it", "Ciao Camille, mi ha dato il tuo contatto Sophie Martin. Ho un piccolo e-commerce di olio extravergine in Puglia "
           "e vorrei vendere in Francia. Possiamo sentirci per una call? Francesco De Luca", "Francesco De Luca",
     "pensati direttamente in francese", ("francese vero", "davvero")),
    ("nl", "Hallo Camille, Eva Janssens (van Bloom Studio in Gent) raadde me aan contact met je op te nemen. Ik start een "
           "webshop in Belgische chocolade en wil de Franse markt op. Zou je tijd hebben voor een kort gesprek? Groeten, Joris",
     "Joris Peeters", "Franstalige content en SEO", ("echt",)),
    ("de", "Hallo Camille, wir verkaufen Naturkosmetik in Deutschland und wollen nach Frankreich expandieren. Hätten Sie Zeit "
           "für ein kurzes Gespräch?", "Lena Vogel", "SEO auf Französisch", ("echtem", "wirklich")),
]


@pytest.mark.parametrize("lang, note, name, said, gone", _FRANCE, ids=[c[0] for c in _FRANCE])
def test_france_line_is_one_natural_sentence(lang: str, note: str, name: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    for word in gone:
        assert word not in text


def test_paid_social_gets_the_ads_line_not_content_and_seo() -> None:
    text = sample_draft("Hi Camille, Sarah Mitchell from Growthly suggested I reach out. I'm launching a DTC skincare brand in "
                        "France and need help with paid social. Would you be open to a quick call?",
                        headline="Founder, Glow Botanics", name="Emma Wilson")
    assert "for ads there" in text
    assert "content and SEO" not in text


@pytest.mark.parametrize("note, said", [
    ("hey camille, read ur newsletter every week, the one on google ads quality score was gold. thx for sharing all this for free!",
     "Google Ads Quality Score"),
    ("Hi Camille, your newsletter issue on performance max for small shops really helped me, thanks!", "Performance Max"),
    ("Hi Camille, your piece on tiktok ads for small brands helped a lot. Thanks!", "TikTok Ads"),
])
def test_product_names_spelt_right_in_the_piece_that_helped(note: str, said: str) -> None:
    text = sample_draft(note, headline="Freelance PPC specialist", name="Chris Hall")
    assert said in text
    assert said.lower() not in text


@pytest.mark.parametrize("note, name, said", [
    ("Geachte mevrouw Laurent, op 21 maart organiseren wij in Antwerpen het congres 'Digital Marketing voor kmo's'. Wij willen "
     "u graag uitnodigen als spreker over contentstrategie. Mag ik u meer informatie sturen? Met vriendelijke groeten, An Claes",
     "An Claes", "Digital Marketing voor kmo's"),
    ("Hi Camille, we run the conference 'Growth for SME's' in Geneva on 12 June and would love you to speak about SEO. Interested?",
     "Mark Jones", "Growth for SME's"),
])
def test_quoted_event_name_keeps_its_apostrophe(note: str, name: str, said: str) -> None:
    assert said in sample_draft(note, name=name)


@pytest.mark.parametrize("note, name, gone", [
    ("Bonjour Camille, j'ai vu votre post sur l'IA et le SEO, très intéressant. Par contre je ne suis pas d'accord sur le fait "
     "que le contenu long est mort… on en discute ?", "Hugo Martin", "Ravie que cela vous ait plu"),
    ("Salut Camille, super intéressant ton article sur TikTok, mais je ne suis pas du tout d'accord sur les hashtags. On en parle ?",
     "Léa Petit", "Ravie que ça t'ait plu"),
    ("Hi Camille, great post on TikTok ads, really interesting! I respectfully disagree on the budget part though. Happy to discuss?",
     "Sam Lee", "glad you liked"),
])
def test_disagreement_is_not_answered_glad_you_liked_it(note: str, name: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert gone.casefold() not in text.casefold()
    assert "?" in text.split("\n\n")[1]


@pytest.mark.parametrize("note, name", [
    ("Ciao Camille, sono giornalista per Il Sole 24 Ore e sto scrivendo un pezzo sull'uso dell'IA nella SEO. Avresti 15 minuti "
     "questa settimana per un'intervista? Grazie, Federica Greco", "Federica Greco"),
    ("Buongiorno dott.ssa Laurent, scrivo per Corriere Innovazione un articolo sul social commerce. Avrebbe 20 minuti entro "
     "venerdì per una breve intervista telefonica? Cordiali saluti, Marco Bassi", "Marco Bassi"),
])
def test_italian_interview_slot_reads_naturally(note: str, name: str) -> None:
    text = sample_draft(note, name=name)
    assert "se riusciamo a incastrarla in agenda" in text
    assert "cerco un momento libero" not in text


@pytest.mark.parametrize("note, name, said", [
    ("Ciao Camille! Ho appena aperto il mio shop online di ceramiche fatte a mano e sto imparando tutto da zero. I tuoi post "
     "sono una miniera d'oro! Felice di connetterci, Martina", "Martina Rossi", "i miei post"),
    ("Ciao Camille, adoro i tuoi post sulla SEO locale! Mi hanno aiutata tanto. Elena", "Elena Conti", "ti hanno dato una mano"),
])
def test_italian_posts_praised_in_the_plural(note: str, name: str, said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    assert "il mio post" not in text
