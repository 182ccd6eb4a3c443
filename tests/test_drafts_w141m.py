"""Wave 141 mends, found by reading the regression diff after the merge: the Google Business Profile's "yes, worth it"
never goes to an online shop without a shop front; a job title with "content" is no third area weighed; a meeting of
yesterday is too soon to ask how the start-up is going; her articles followed are thanked as articles (plural), and "would
love to connect" is no praise of them."""

from __future__ import annotations

from drafting import sample_draft


def test_online_shop_without_a_shop_front_is_not_told_the_profile_is_worth_it() -> None:
    # 141 mend, r54 es_pt_it note-32: "vale a pena investir em Google Meu Negócio para um e-commerce sem loja física?"
    pt = sample_draft("Oi! Vi seu post sobre SEO local e fiquei com uma dúvida: vale a pena investir em Google Meu Negócio para "
                      "um e-commerce sem loja física?", headline="Social media freelancer")
    assert "Google Maps" not in pt and "negócio local" not in pt
    en = sample_draft("Hi Camille, is a Google Business Profile worth it for my online shop? We sell online only, no physical store.")
    assert "Yes, SEO is worth it for a local business" not in en
    # (a sweet shop with a counter still hears yes)
    shop = sample_draft("Oi Camille, tudo bem? Vi seu post sobre SEO local e adorei! Tenho uma lojinha de doces em Curitiba e queria "
                        "saber se vale a pena investir em Google Meu Negócio. Abraço!")
    assert "Google Maps" in shop


def test_content_as_a_job_title_is_no_third_area() -> None:
    # 141 mend, r86 de_nl note-17 and r87 de_nl note-27: SEO or paid social asked by a content manager → "each of the three"
    de = sample_draft("Hallo Camille, ich bin Junior Content Managerin und frage mich gerade, ob ich mich eher auf SEO oder auf "
                      "Paid Social spezialisieren sollte. Was würdest du einer Berufseinsteigerin raten? Liebe Grüße, Mia",
                      headline="Junior Content Manager @ Zalando")
    assert "der drei" not in de and "Beides" in de
    nl = sample_draft("Hey Camille! Ik ben net begonnen als junior contentmarketeer en twijfel of ik me moet specialiseren in SEO "
                      "of in paid social. Wat zou jij doen? Alvast bedankt 🙏 Daan", headline="Junior Content Marketeer")
    assert "van de drie" not in nl and "allebei" in nl
    # (three areas named by a graduate still get the three)
    pt = sample_draft("Oi Camille! Acabei de me formar em Marketing e to meio perdida sobre qual área seguir: SEO, mídia paga ou "
                      "conteúdo. Qual vc recomendaria pra quem tá começando?")
    assert "das três" in pt


def test_a_startup_met_yesterday_is_not_asked_after_yet() -> None:
    # 141 mend, r90 es_pt_it note-19: met yesterday at the workshop → "¿Cómo va la startup?"
    es = sample_draft("Hola Camille, un placer coincidir ayer en el taller de Google Ads de la CCI de Lyon. Como te comenté, estoy "
                      "montando el departamento de marketing de nuestra startup. Seguimos en contacto! / Iñaki")
    assert "startup?" not in es and "contacto" in es
    # (a start-up told after an afterparty with no date is still asked after)
    en = sample_draft("Hey! We were both at the SMX Paris afterparty, I'm the guy who spilled wine on your notebook 😅 sorry again! "
                      "Working on a travel startup, would be great to keep in touch")
    assert "startup going?" in en


def test_her_articles_followed_are_thanked_as_articles() -> None:
    # 141 mend, r129 de_nl note-24: "Ik volg al enige tijd uw artikelen over contentstrategie" → "mijn artikel"
    nl = sample_draft("Geachte mevrouw Laurent, / Ik volg al enige tijd uw artikelen over contentstrategie en zou graag met u in "
                      "contact komen. / Met vriendelijke groet, / Drs. Pieter van den Berg",
                      headline="Directeur Communicatie, Gemeente Eindhoven")
    assert "mijn artikelen" in nl and "mijn artikel " not in nl
    it = sample_draft("Gentile Dott.ssa Laurent, seguo con interesse i suoi articoli sulla content strategy e vorrei entrare a far "
                      "parte della sua rete professionale. Cordiali saluti, Marco Bianchi")
    assert "i miei articoli" in it
    en = sample_draft("Hi Camille, I've been following your articles on content strategy for a while and would love to connect.")
    assert "my articles" in en and "kind words" not in en
    # (one article read stays one article)
    one = sample_draft("Hoi Camille, ik las je artikel over contentstrategie, heel herkenbaar!")
    assert "artikelen" not in one
