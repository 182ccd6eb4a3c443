"""Wave 50, helper E: order, repetition and tone inside a draft — one yes then one hedge, the answer's yes before a tip,
no second thanks for the same piece, a counterpoint asked about warmly, the sender's pleonasm not echoed."""

from __future__ import annotations

from drafting import sample_draft


def _body(text: str) -> str:
    return text.split("\n\n")[1]


def test_a_month_asked_for_a_podcast_or_talk_gets_one_yes_with_one_calendar_hedge() -> None:
    notes = [
        ("Liebe Camille,\nich moderiere den Podcast \"Marketing am Morgen\" und würde dich gern als Gast einladen – Thema: SEO-Mythen 2025. "
         "Aufnahme remote, ca. 45 Min. Hast du im Januar Zeit?\nHerzliche Grüße\nAnna", "Januar", ("sollte es bei mir grundsätzlich passen",)),
        ("Hoi Camille,\nIk maak de podcast 'Marketing Zonder Omwegen' en zou je graag uitnodigen als gast over contentstrategie. "
         "Opname online, ± 40 min. Heb je in februari tijd?\nGroet,\nJoris", "februari", ("is februari bij mij mogelijk",)),
        ("Olá Camille, apresento o podcast «Marketing à Portuguesa» e gostava de a convidar para falar sobre SEO para PMEs. "
         "Gravação online, 40 minutos. Tem disponibilidade em maio?\nCumprimentos,\nJoana", "maio", ("maio é possível",)),
        ("Hi Camille, I host the Growth Table podcast and would love to have you as a guest to talk about local SEO. "
         "Recording is remote, about 45 minutes. Are you available in March?\nBest, Tom", "March", ("should work on my side",)),
    ]
    for note, month, never in notes:
        body = _body(sample_draft(note, name="Anna Vogel"))
        assert month in body, body  # the dates are asked for that month
        for bad in never:
            assert bad not in body, body  # never "January works" before "gladly, calendar permitting"


def test_the_france_tip_comes_after_the_yes_and_exactly_is_said_once() -> None:
    notes = [
        ("Hallo Camille,\nOnze startup (fietsaccessoires, 5 man) gaat in het voorjaar lanceren in Frankrijk en we zoeken hulp met social ads. "
         "Doe je dat ook op projectbasis? Wat kost zoiets ongeveer?\nGroet,\nLars", "Ja, dat is precies wat ik doe!", "Frankrijk is mijn markt", "precies"),
        ("Hoi Camille, wij verkopen duurzame sokken en willen dit jaar in Frankrijk gaan verkopen. We zoeken iemand voor onze advertenties daar. "
         "Doe je zulke opdrachten? Wat kost dat ongeveer? Groet, Eva", "Ja, dat is precies wat ik doe!", "Frankrijk is mijn markt", "precies"),
        ("Hi Camille, our startup (bike accessories, 5 people) is launching in France this spring and we need help with social ads. "
         "Do you also work on a project basis? Roughly what would it cost? Cheers, Lars", "Yes, that's exactly what I do!", "France is my market", "exactly"),
    ]
    for note, yes, france, exact in notes:
        body = _body(sample_draft(note, name="Lars Kok"))
        assert yes in body and france in body, body
        assert body.index(yes) < body.index(france), body  # the yes first, then the tip
        assert body.casefold().count(exact) == 1, body


def test_a_referred_lead_gets_her_help_then_a_call_never_a_bare_yes_after_it() -> None:
    notes = [
        ("Boa tarde Camille, fui indicada pela Ana Ferreira, que trabalhou consigo no projeto da Sumol. Tenho uma loja online de vinhos do Douro "
         "e gostaria de melhorar o SEO. Podemos falar?\nCumprimentos,\nInês Rodrigues", "Com todo o gosto!"),
        ("Olá Camille! O Rui Costa falou-me de ti. Tenho uma marca de cosmética e precisava de ajuda com os anúncios no Instagram. Podemos falar?",
         "Com todo o gosto!"),
        ("Boa tarde Camille, o Pedro Alves recomendou-me o seu trabalho. Temos uma loja de azeite online e gostaríamos de melhorar o SEO. Podemos falar?",
         "Com todo o gosto!"),
    ]
    for note, bare in notes:
        body = _body(sample_draft(note, name="Inês Rodrigues"))
        assert "Posso ajudar" in body, body
        assert bare not in body, body
        assert "20 minutos" in body and "próxima semana" in body, body


def test_a_piece_liked_is_thanked_once() -> None:
    notes = [
        ("Bonjour Camille,\nJ'ai beaucoup aimé votre post sur les erreurs en Meta Ads, surtout le point sur le ciblage trop large. Je suis CM freelance.\nAmélie",
         "Ravie que mon post sur les erreurs en Meta Ads vous ait plu", ("Cela me fait très plaisir", "Ravie que cela")),
        ("Salut Camille, super ton article sur le SEO local, très clair ! Au plaisir d'échanger", "Ravie que mon article sur le SEO local t'ait plu",
         ("Ça me fait très plaisir", "Ravie que ça")),
        ("Bonjour Camille, merci pour la formation SEO de la semaine dernière, c'était top !", "Ravie que ma formation", ("Cela me fait très plaisir",)),
        ("Oi Camille, adorei seu post sobre os erros no Meta Ads, principalmente a parte da segmentação ampla demais. Sou social media freelancer.",
         "Fico feliz que tenha gostado do meu post sobre os erros no Meta Ads", ("Que bom que você leu",)),
    ]
    for note, wanted, never in notes:
        body = _body(sample_draft(note, name="Amélie Roux"))
        assert wanted in body, body
        for bad in never:
            assert bad not in body, body


def test_a_counterpoint_is_asked_about_warmly_and_a_coffee_taken_up() -> None:
    notes = [
        ("Hola Camille, vi tu post sobre la IA en el SEO y no estoy del todo de acuerdo con lo de que el contenido largo ha muerto jaja. "
         "Me gustaría debatirlo contigo algún día ☕", ("otra manera", "café"), "argumentos"),
        ("Ciao Camille, ho letto il tuo post sull'IA e la SEO e non sono del tutto d'accordo che i contenuti lunghi siano morti 😅 Mi piacerebbe confrontarmi con te!",
         ("diversamente",), "argomenti"),
        ("Ciao Camille, non sono d'accordo con il tuo articolo sui Reels, magari ne parliamo davanti a un caffè?", ("diversamente", "caffè"), "argomenti"),
        ("Hoi Camille, ik las je post over linkbuilding en ben het er niet mee eens. Zullen we erover sparren bij een koffie?", ("ertegenaan", "koffie"), "argumenten"),
        ("Bonjour Camille, j'ai lu ton post sur le SEO local et je ne suis pas vraiment d'accord avec toi sur les avis Google. On en débat ?",
         ("autrement",), "arguments"),
    ]
    for note, wanted, never in notes:
        body = _body(sample_draft(note, name="Pablo Ruiz"))
        for w in wanted:
            assert w in body, body
        assert never not in body, body


def test_the_senders_ads_pleonasm_and_a_second_pour_are_not_echoed() -> None:
    notes = [
        "Bonjour Camille, j'organise le Digital Day de Grenoble le 14 mars. Nous cherchons une intervenante sur les publicités social ads pour les TPE. "
        "Seriez-vous intéressée ? Défraiement prévu.",
        "Bonjour Camille, nous organisons le Lyon Web Forum le 3 juin et cherchons une intervenante sur les pubs social ads pour les artisans. Intéressée ?",
        "Bonjour Camille, j'organise une matinée le 12 juin à Annecy : pourriez-vous intervenir sur le SEO pour les commerçants ?",
    ]
    for note in notes:
        body = _body(sample_draft(note, name="Claire Petit"))
        first = body.split("\n")[0]
        assert "publicités social ads" not in body and "pubs social ads" not in body, body
        assert first.count(" pour ") <= 1, body
