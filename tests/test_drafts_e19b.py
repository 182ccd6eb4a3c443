"""Round-20 e19b: views asked on a topic, a coffee on the sender's next visit, an exchange offered to senior marketers."""

from __future__ import annotations

import pytest

from drafting import draft

VIEWS = [
    ("Hi Camille, I run marketing at a SaaS company and I'd love your thoughts on LinkedIn ads vs SEO for lead generation. Cheers, Tom",
     "en", "LinkedIn ads vs SEO for lead generation"),
    ("Dear Ms Laurent, I would value your perspective on content marketing for industrial brands. Kind regards, Helen", "en",
     "content marketing for industrial brands"),
    ("Hey Camille, what's your take on TikTok ads for B2B brands?", "en", "TikTok ads for B2B brands"),
    ("Bonjour Camille, j'aimerais bien avoir ton avis sur le SEO vs Google Ads pour une marque B2C. Merci !", "fr",
     "le SEO vs Google Ads pour une marque B2C"),
    ("Bonjour Madame Laurent, votre point de vue sur le social selling en B2B m'intéresse beaucoup.", "fr", "le social selling en B2B"),
    ("Hallo Frau Laurent, mich würde Ihre Meinung zu SEO vs. Paid im B2B interessieren.", "de", "zu SEO vs. Paid im B2B"),
    ("Hi Camille, deine Einschätzung zum Thema Content-Marketing im B2B würde mich interessieren!", "de", "zum Thema Content-Marketing im B2B"),
    ("Hola Camille, me gustaría conocer tu opinión sobre el SEO frente a la publicidad en B2B.", "es", "el SEO frente a la publicidad en B2B"),
    ("Ciao Camille, mi piacerebbe conoscere la tua opinione sul paid vs organico nel B2B.", "it", "sul paid vs organico nel B2B"),
    ("Olá Camille, gostava de saber a sua opinião sobre SEO vs. anúncios pagos no B2B.", "pt", "SEO vs. anúncios pagos no B2B"),
    ("Hoi Camille, ik ben benieuwd naar je mening over SEO versus betaalde advertenties in B2B.", "nl", "SEO versus betaalde advertenties in B2B"),
    ("Goedemiddag Camille, graag hoor ik uw visie op contentmarketing voor B2B-bedrijven.", "nl", "contentmarketing voor B2B-bedrijven"),
]

_HELP = ("help with your", "aider sur", "bei SEO", "ayudarte con", "aiutarti con", "ajudar", "helpen met", "entender tus necesidades",
         "Bedarf", "besoins", "needs")


@pytest.mark.parametrize("note,lang,topic", VIEWS)
def test_views_asked_on_a_topic_get_her_take_on_that_topic(note: str, lang: str, topic: str) -> None:
    for intent in ("ask_for_help", "business_proposal", "content"):
        text = draft(note, lang, intent)
        assert topic in text, text
        assert not any(h in text for h in _HELP), text


VISITS = [
    ("Good morning Camille, I'd love to hear your thoughts on SEO vs paid for B2B in France. Coffee next time I'm in Lyon? Regards, Stefan",
     "en", "when you are next in Lyon"),
    ("Hey Camille, love your work on Meta ads. Let's grab a coffee when I'm next in Lyon!", "en", "when you're next in Lyon"),
    ("Salut Camille, un café la prochaine fois que je passe à Lyon ? J'aimerais avoir ton avis sur le SEO local.", "fr",
     "la prochaine fois que tu passes à Lyon"),
    ("Bonjour Camille, lors de mon prochain passage à Lyon, un café ensemble ?", "fr", "vous passez à Lyon"),
    ("Hallo Camille, wenn ich das nächste Mal in Lyon bin, trinken wir einen Kaffee? Deine Meinung zu Social Ads würde mich interessieren.",
     "de", "wenn du das nächste Mal in Lyon bist"),
    ("Hola Camille, ¿tomamos un café la próxima vez que pase por Lyon?", "es", "pasar por Lyon"),
    ("Ciao Camille, ci prendiamo un caffè la prossima volta che passo da Lione?", "it", "quando torni a Lione"),
    ("Olá Camille, podemos tomar um café da próxima vez que estiver em Lyon?", "pt", "em Lyon"),
    ("Hoi Camille, zin in koffie als ik weer eens in Lyon ben?", "nl", "als je weer eens in Lyon bent"),
]


@pytest.mark.parametrize("note,lang,line", VISITS)
def test_next_visit_is_awaited_never_dated_in_two_weeks(note: str, lang: str, line: str) -> None:
    for intent in ("ask_for_help", "business_proposal", "met_before", "content"):
        text = draft(note, lang, intent)
        if intent == "met_before" and line not in text:
            continue  # met_before keeps its own coffee line ("next time I'm in town")
        assert line in text, (intent, text)
        assert not any(w in text for w in ("two weeks", "deux prochaines semaines", "zwei Wochen", "próximas dos semanas",
                                             "prossime due settimane", "próximas duas semanas", "twee weken")), text


#: (a sender far from Lyon, in London, Munich or Utrecht or writing in another language, is offered a call, not a coffee)
SENIOR = [
    ("Hi Camille, I'm Head of Growth at a fintech in London and loved your talk at the MeasureCamp conference. Let's connect!", "en",
     "Head of Growth @ Lendly", "MeasureCamp conference", ("call",)),
    ("Bonjour Camille, directrice marketing chez un e-commerçant, j'ai lu votre article sur le SEO local. Très juste !", "fr",
     "Directrice marketing | Maison Lou", "SEO local", ("café", "appel")),
    ("Hi Camille, ich bin Head of Growth bei einem Münchner Startup und fand deinen Vortrag auf der DMEXCO stark. Lass uns vernetzen!", "de",
     "Head of Growth @ Kleo", "DMEXCO", ("Call",)),
    ("Guten Tag Frau Laurent, als Marketingleiterin habe ich Ihren Artikel über Content-Strategie mit Interesse gelesen.", "de",
     "Marketingleiterin | Wohnwerk GmbH", "Content-Strategie", ("Telefonat",)),
    ("Hola Camille, soy directora de marketing en una startup de Sevilla. Me encantó tu charla en el Congreso Web. ¡Conectemos!", "es",
     "Directora de marketing | Ondas", "Congreso Web", ("llamada",)),
    ("Ciao Camille, sono CMO di una scale-up milanese e ho letto il tuo articolo sulla SEO internazionale. Complimenti!", "it",
     "CMO | Satispay", "SEO internazionale", ("call",)),
    ("Olá Camille, sou diretora de marketing numa empresa em Lisboa e gostei muito do seu artigo sobre SEO local.", "pt",
     "Diretora de Marketing | Farfetch", "SEO local", ("chamada",)),
    ("Hoi Camille, ik ben Head of Growth bij een scale-up in Utrecht en zag je talk op Frankwatching Live. Sterk verhaal! Laten we connecten.", "nl",
     "Head of Growth @ Fietsly", "Frankwatching Live", ("bellen",)),
]


@pytest.mark.parametrize("note,lang,headline,named,offer", SENIOR)
def test_senior_marketer_content_note_gets_an_exchange(note: str, lang: str, headline: str, named: str, offer: tuple[str, str]) -> None:
    text = draft(note, lang, "content", headline=headline)
    assert named in text, text
    assert all(o in text for o in offer), text
    assert not any(w in text.lower() for w in ("next event", "nächsten event", "volgend event", "próximo evento", "prossimo evento",
                                               "cover next", "als nächstes", "tratara", "trattassi", "necesidades", "besoins")), text


def test_a_reader_who_is_not_senior_keeps_the_reader_reply() -> None:
    text = draft("Hi Camille, loved your talk at BrightonSEO, thanks!", "en", "content", headline="Marketing student")
    assert "coffee or a quick call" not in text


NL_TALK = [
    ("Hoi Camille, ik zag je talk op Dept Festival. Sterk verhaal!", "op Dept Festival was"),
    ("Beste mevrouw Laurent, ik heb uw lezing op het Emerce-congres bijgewoond. Zeer leerzaam.", "was"),
    ("Hoi Camille, ik las je artikel over lokale SEO, heel nuttig!", "mijn artikel over lokale SEO je aansprak"),  # praised: one sentence (wave 34)
]


@pytest.mark.parametrize("note,said", NL_TALK)
def test_dutch_attendance_said_naturally(note: str, said: str) -> None:
    text = draft(note, "nl", "content")
    assert "de tijd nam" not in text and "bij te wonen" not in text, text
    assert said in text, text
