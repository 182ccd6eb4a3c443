"""After the wave 45 merge: a piece that helped the sender's business ("ajudou imenso a minha loja online", "hat meinem
Shop sehr geholfen") is named as what helped, in every language, never left out (round 42, pt note-24)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

HELPED_SHOP = [
    ("Olá Camille, acompanho a sua newsletter há meses e o último artigo sobre anúncios no Instagram ajudou imenso a minha loja "
     "online. Obrigada!", "artigo sobre anúncios no Instagram lhe foi útil"),
    ("Hallo Camille, ich lese deinen Newsletter seit Monaten, und dein letzter Artikel zu Instagram-Anzeigen hat meinem Shop sehr "
     "geholfen. Danke!", "mein letzter Artikel zu Instagram-Anzeigen geholfen hat"),
    ("Hola Camille, leo tu newsletter desde hace meses y tu último artículo sobre anuncios en Instagram ayudó mucho a mi tienda. "
     "¡Gracias!", "artículo sobre anuncios en Instagram te haya sido útil"),
    ("Ciao Camille, seguo la tua newsletter da mesi e il tuo ultimo articolo sugli annunci Instagram ha aiutato tantissimo il mio "
     "negozio. Grazie!", "articolo sugli annunci Instagram ti ha aiutato"),
    ("Hoi Camille, ik lees al maanden je nieuwsbrief en je laatste artikel over Instagram-advertenties heeft mijn webshop enorm "
     "geholpen. Dank!", "artikel over Instagram-advertenties je geholpen heeft"),
    ("Bonjour Camille, je lis votre newsletter depuis des mois et votre dernier article sur les pubs Instagram a beaucoup aidé ma "
     "boutique. Merci !", "article sur les pubs Instagram vous a été utile"),
    ("Hi Camille, been reading your newsletter for months and your last article on Instagram ads helped my shop a lot. Thanks!",
     "article on Instagram Ads helped"),
]


@pytest.mark.parametrize("note,said", HELPED_SHOP)
def test_a_piece_that_helped_their_shop_is_named(note: str, said: str) -> None:
    text = sample_draft(note, headline="Fundadora de loja online")
    assert said in text, text


MET_AT_A_WORKSHOP = [
    ("Camille, un placer coincidir en el taller de Content en Valencia el martes. Como te conté, dirijo el marketing de una "
     "cadena de gimnasios y queremos mejorar el SEO local. ¿Hablamos?", "SEO"),
    ("Camille, foi ótimo te conhecer no workshop de Growth em Lisboa ontem! Sou diretora de marketing de uma rede de academias "
     "e queremos estruturar nosso SEO local. Podemos marcar uma call?", "SEO"),
    ("Camille, piacere di averti conosciuta al workshop di Content a Torino ieri. Sono direttore marketing di una catena di "
     "palestre e vorremmo migliorare la SEO locale. Ne parliamo?", "SEO"),
    ("Camille, great meeting you at the Growth workshop in Dublin on Tuesday! I head marketing at a chain of gyms and we want "
     "to sort out our local SEO. Shall we talk?", "SEO"),
]


@pytest.mark.parametrize("note,field", MET_AT_A_WORKSHOP)
def test_a_workshop_where_they_met_is_no_training_asked(note: str, field: str) -> None:
    """Round 43 (es/pt/it rewrites): the workshop is where they met; the SEO help asked for is answered, never "yes, I
    give trainings and workshops"."""
    text = sample_draft(note, headline="Marketing Director")
    assert field in text, text
    for never in ("formaciones y talleres", "treinamentos e workshops", "corsi e workshop", "trainings and workshops",
                  "formações e workshops"):
        assert never not in text, text


@pytest.mark.parametrize("note,said,never", [
    ("Hola Camille, soy estudiante de Erasmus en Lyon y busco unas prácticas en marketing digital para la primavera. ¿Sabrías "
     "de alguna agencia que busque becarios?", "de Lyon", "no tengo plazas de prácticas"),
    ("Hi Camille, I just graduated and live in Grenoble. Do you know agencies hiring juniors?", "in Grenoble", "comes to mind"),
    ("Hi Camille, I just graduated. Do you know agencies in Lyon hiring juniors?", "Lyon", "comes to mind"),
])
def test_agencies_asked_about_get_where_to_look(note: str, said: str, never: str) -> None:
    """Round 43 demo (es): a student asking which agencies take interns is asked about other employers — no "I don't take
    interns" nobody asked, the city they are in kept; "agencies … hiring juniors" is no opening the sender has to fill."""
    text = sample_draft(note, headline="Student")
    assert said in text and never not in text, text


@pytest.mark.parametrize("note,said,never", [
    ("Hey Camille 👋\nLoved your workshop at Bordeaux Startup Weekend!\nThe section on lookalike audiences was so useful 🙌\nLet's "
     "keep in touch!\nTom", "event", "up to since"),
    ("Hoi Camille! Super leuk je workshop op de Dutch Marketing Days, het stuk over retargeting was echt nuttig. Laten we contact "
     "houden! Groet, Sem", "event", "Waar ben je op dit moment mee bezig"),
])
def test_a_participant_who_loved_her_workshop_is_hoped_at_the_next_event(note: str, said: str, never: str) -> None:
    """Round 43 merge (c46): a participant praising her workshop is hoped to be seen at a next event, never asked by the
    trainer "what have you been up to since?"."""
    text = sample_draft(note, headline="Co-founder")
    assert said in text and never not in text, text


def test_a_compound_piece_that_helped_is_named() -> None:
    """Round 43 de note-15: "dein Newsletter-Artikel über … hat mir die Augen geöffnet" names the piece, never a bare
    "dass dir das geholfen hat"."""
    text = sample_draft("Hallo Camille, ich baue gerade einen kleinen Onlineshop für Tee auf, und dein Blog-Beitrag über "
                        "Produktfotos für Shops hat mir echt die Augen geöffnet. Danke! Jana", headline="Gründerin")
    assert "Blog-Beitrag über Produktfotos für Shops" in text, text


def test_a_foreign_firm_entering_her_market_is_told_she_works_with_exactly_that() -> None:
    """Round 43 en note-32: "we plan to launch in France … do you work with foreign companies?" is a foreign firm entering
    her home market, never "yes, I also have clients in Switzerland, Belgium and Canada"."""
    text = sample_draft("Hi Camille, we are a Berlin skincare brand planning to launch in France next year. Do you work with foreign "
                        "companies?", headline="Founder")
    assert "want to be found in France" in text and "Canada" not in text, text


@pytest.mark.parametrize("note,said,never", [
    ("Hi Camille, Laura Kim from Brightlab suggested I get in touch. I sell handmade candles on Shopify and my Instagram ads are "
     "not working. She said you are the person to ask. Would love to connect!", "help with your Instagram ads", "get to know each other"),
    ("Hoi Camille, Joost de Wit raadde me aan je te benaderen. Ik verkoop keramiek online en mijn Facebook-advertenties lopen niet "
     "goed. Groet, Lotte", "Facebook", "kennismaken"),
    ("Hi Camille, Tom Reed from Growthlab suggested I reach out. I run a small Shopify store selling soaps and I'm struggling with "
     "Facebook ads. Would love to connect!", "help with your Facebook ads", "Happy to help"),
])
def test_a_referred_shop_whose_ads_fail_gets_its_field_named(note: str, said: str, never: str) -> None:
    """Round 43 (en note-27, nl note-26, es note-16): ads that "are not working" / "lopen niet goed" are the need the reply
    names, never a bare get-to-know call; "I can certainly help …" is not followed by "Happy to help"."""
    text = sample_draft(note, headline="Founder")
    assert said in text and never not in text, text


@pytest.mark.parametrize("note,said", [
    ("hoi Camille, vraagje: heeft het nog zin om blogs te schrijven voor mijn webshop of kan ik beter alles in video stoppen?", "video"),
    ("Hi Camille, quick one: should I keep writing blog posts for my shop or switch everything to video?", "short video"),
    ("Hola Camille, ¿sigo escribiendo artículos en el blog o mejor me paso a los vídeos?", "vídeo corto"),
])
def test_blog_or_video_is_answered_both_halves(note: str, said: str) -> None:
    """Round 43 nl note-32: "blogs or everything in video?" weighs both, never the blog half alone."""
    text = sample_draft(note, headline="Owner")
    assert said in text and "goog" in text.lower(), text
