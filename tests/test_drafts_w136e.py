"""Wave 136, group E: a newsletter reader who thanks Camille for a named tip or text of hers gets that piece named back
("mes conseils sur les pubs Meta", "mijn tip over Meta Ads retargeting"), in the right number, never a bare "it helped"."""

from __future__ import annotations

from drafting import sample_draft


def test_tips_that_saved_budget_are_named_in_french_and_english() -> None:
    # 136 E draft_review148 fr_en note-2: "tes conseils sur les pubs Meta m'ont fait économiser" got only newsletter thanks
    fr = sample_draft("Salut Camille ! Je suis ta newsletter depuis 6 mois, tes conseils sur les pubs Meta m'ont fait économiser "
                      "pas mal de budget 🙏 Je voulais te dire merci et me connecter ici.", "Fondateur @ Kiwi Socks", name="Julien Morel")
    assert "mes conseils sur les pubs Meta t'ont été utiles" in fr
    en = sample_draft("Hi Camille, I read your newsletter every week and your tips on Meta retargeting saved me a lot of budget. "
                      "Thanks!", "Shop owner", name="Anna Reed")
    assert "my tips on Meta retargeting helped" in en


def test_named_tip_or_text_is_named_back_in_dutch_portuguese_and_italian() -> None:
    # 136 E draft_review149 de_nl note-25: "fijn om te horen dat je er iets aan had" had no referent
    nl = sample_draft("Hey Camille! Ik lees je nieuwsbrief elke week en je tip over Meta Ads retargeting heeft mijn webshop echt "
                      "geholpen 🙌 Wil graag connecten! Gr. Daan", "Eigenaar van Daans Koffiebonen webshop", name="Daan de Vries")
    assert "mijn tip over Meta Ads retargeting je geholpen heeft" in nl and "er iets aan had" not in nl
    nl_u = sample_draft("Beste Camille, ik lees uw nieuwsbrief elke week en uw tips over lokale SEO hebben me enorm geholpen. "
                        "Dank u wel!", "Eigenaar", name="Pieter Jansen")
    assert "mijn tips over lokale SEO u geholpen hebben" in nl_u
    # 136 E draft_review149 es_pt_it note-24: "E que bom saber que te ajudou" named nothing
    br = sample_draft("Olá Camille, acompanho sua newsletter há uns meses e o texto sobre SEO local me ajudou demais na minha "
                      "loja virtual. Obrigada!", "Fundadora da Ateliê Flor de Sal (e-commerce)", name="Camila Souza")
    assert "o texto sobre SEO local te ajudou" in br
    it = sample_draft("Ciao Camille, leggo la tua newsletter ogni settimana e i tuoi consigli sulle Meta Ads mi hanno aiutato "
                      "tantissimo. Grazie!", "Titolare", name="Giulia Rossi")
    assert "i miei consigli sulle Meta Ads ti hanno aiutato" in it


def test_plural_tips_agree_in_spanish_and_german() -> None:
    # 136 E: tips helped, the verb agrees with the plural piece
    es = sample_draft("Hola Camille, leo tu newsletter cada semana y tus consejos sobre Meta Ads me han ayudado mucho con mi "
                      "tienda. ¡Gracias!", "Fundadora", name="Lucía Gil")
    assert "mis consejos sobre Meta Ads te hayan sido útiles" in es
    de = sample_draft("Hallo Camille, ich lese deinen Newsletter jede Woche und deine Tipps zu Meta Ads haben mir echt geholfen. "
                      "Danke!", "Inhaber", name="Jonas Weber")
    assert "meine Tipps zu Meta Ads geholfen haben" in de


def test_plain_newsletter_thanks_stays_as_is() -> None:
    # 136 E must-not-change neighbour: a reader who names no piece keeps the plain newsletter thanks
    fr = sample_draft("Salut Camille, je suis ta newsletter depuis un an, merci pour tout !", "Consultant", name="Marc Petit")
    assert "merci de suivre ma newsletter aussi fidèlement !" in fr and "utile" not in fr
    de = sample_draft("Liebe Camille, danke für deinen Post über Content-Pillars, der hat mir echt die Augen geöffnet!",
                      "Marketing Lead", name="Sophie Braun")
    assert "mein Beitrag über Content-Pillars" in de


def test_one_piece_praised_in_a_followed_newsletter_is_named() -> None:
    # 136 E draft_review148 fr_en note-24: "the piece on LinkedIn ads for B2B was spot on" got only generic newsletter thanks
    en = sample_draft("Hey Camille! Been reading your newsletter for a while, the piece on LinkedIn ads for B2B was spot on. "
                      "Thought I'd connect 🙂", "Growth marketer | B2B SaaS", name="Tom Baker")
    assert "regular reader of my newsletter" in en and "So glad you liked the piece on LinkedIn Ads for B2B!" in en


def test_podcast_episode_heard_is_the_episode_not_my_podcast() -> None:
    # 136 E draft_review148 fr_en demo-2992: "for listening to my podcast on SEO…" though one episode was heard
    en = sample_draft("Just listened to your podcast episode on SEO for small businesses (Marketing sans jargon), so many practical "
                      "tips. Thanks for sharing, would love to follow your work.", "Owner, The Little Crumb Bakery", name="Chris Hall")
    assert "listening to the episode on SEO for small businesses" in en and "my podcast" not in en
    # must-not-change neighbour: the podcast itself heard stays "my podcast"
    show = sample_draft("Hi Camille, just listened to your podcast on SEO for small businesses, so many practical tips!", "Baker",
                        name="Sam Price")
    assert "listening to my podcast on SEO for small businesses" in show


def test_met_days_ago_as_promised_picks_up_the_topic_not_what_since() -> None:
    # 136 E draft_review148 fr_en note-35: "What have you been up to since?" days after the meetup, Pinterest ads not named
    en = sample_draft("Hi Camille! We chatted briefly at the Shopify meetup in Lyon about Pinterest ads. Connecting as promised :) "
                      "Jess", "E-commerce manager | Pinterest nerd", name="Jess Moore")
    assert "our chat about Pinterest ads" in en and "up to since" not in en
    es = sample_draft("Hola Camille, charlamos un momento en el meetup de Shopify en Lyon sobre anuncios en Pinterest. ¡Conecto como "
                      "prometí! Jess", "E-commerce manager", name="Jess Ortega")
    assert "seguimos hablando sobre anuncios en Pinterest" in es
    it = sample_draft("Ciao Camille, abbiamo chiacchierato al meetup Shopify di Lione sulle ads di Pinterest. Mi collego come promesso! "
                      "Giulia", "E-commerce manager", name="Giulia Neri")
    assert "il discorso sulle ads di Pinterest" in it
    # must-not-change neighbour: a meeting years ago is still a catch-up
    old = sample_draft("Hi Camille, we met at a conference in Paris back in 2019. Hope you're well!", "Marketer", name="Paul Green")
    assert "after all these years" in old
