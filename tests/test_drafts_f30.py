"""Wave 30 (F): wording, repetition and slots — gladness said once across a paragraph's lines, a headline's description
never quoted as a business, a title never taken for a referrer's name, a broken "in X field" never copied, the ad channel
the sender named, Brazilian closings and articles."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.needs import need_phrase
from invitriage.drafts.notefacts import extract
from invitriage.drafts.writer import _business_with_article, _headline_parts, one_joy


def test_gladness_said_once_across_lines() -> None:
    # the two glad sentences sit on two lines of one paragraph, as the templates write them
    cases = [
        ("Hi Sam,\n\nThanks for the kind words! So glad it helped.\nGlad it was useful, and see you soon!\n\nCheers,\nCamille", "en", "glad"),
        ("Hallo Jan,\n\ndanke, dass Sie meine Posts lesen – das freut mich sehr.\nFreut mich, dass Sie einiges umsetzen konnten.\n\nViele Grüße\nCamille",
         "de", "freut mich"),
        ("Ciao Luca,\n\ngrazie, mi fa davvero piacere!\nCon piacere! Quali orari ti vanno bene?\n\nA presto,\nCamille", "it", "piacere"),
    ]
    for text, lang, word in cases:
        out = one_joy(text, lang)
        assert out.casefold().count(word) == 1, (lang, out)
        assert out.count("\n\n") == text.count("\n\n") and out.endswith("Camille"), out
    fr = one_joy("Salut Léa,\n\nMerci ! Ça me fait très plaisir que mon article t'ait servi.\nAvec plaisir pour un café : dis-moi quand.\n\nÀ bientôt,\nCamille", "fr")
    assert fr.count("plaisir") == 1 and "Volontiers pour un café" in fr and "mon article t'ait servi" in fr, fr


def test_headline_description_is_no_business() -> None:
    for headline in ("Head of Growth bei einem Münchner Möbel-Start-up | CRM", "Marketing Lead bij een Belgische webshop | Growth",
                     "Responsable acquisition chez une PME lyonnaise", "Content Manager at a leading travel startup",
                     "Directora de marketing en una cadena hotelera"):
        assert _headline_parts(headline)[1] == "", headline
    assert _headline_parts("Head of Growth bei Zalando | CRM")[1] == "Zalando"
    de = sample_draft("", headline="Head of Sales bei einem Hamburger Kaffee-Start-up | B2B", name="Jens Otto")
    assert "einem Hamburger" not in de, de


def test_title_before_a_referrers_name() -> None:
    for note, lang, name in [("Venho por indicação do Eng.º Paulo Reis, que trabalhou consigo.", "pt", "Paulo Reis"),
                             ("A Prof.ª Inês Lobo sugeriu que falasse consigo.", "pt", "Inês Lobo"),
                             ("Me recomendó escribirte el Ing. Javier Soto, de Sevilla.", "es", "Javier Soto"),
                             ("La Dott.ssa Chiara Riva mi ha consigliato di scriverle.", "it", "Chiara Riva")]:
        assert extract(note, lang, "referral").referrer == name, note
    pt = sample_draft("Bom dia, Dra. Camille.\nVenho por indicação do Eng.º Paulo Reis, que trabalhou consigo num projeto de SEO. "
                      "Tenho uma loja online de cortiça no Porto e gostava de saber se faz consultoria.\nCumprimentos,\nAna Rita Faria",
                      name="Ana Rita Faria")
    assert "Paulo Reis" in pt and " Eng " not in pt and "a Eng" not in pt, pt


def test_broken_field_phrase_never_copied() -> None:
    for note, want in [("Respected Madam, kindly guide me how to get job in Germany in digital marketing field.", "in digital marketing"),
                       ("Please help me get a job in France in SEO domain, I have 3 years experience.", "in SEO")]:
        domain = extract(note, "en", "job_seeking").domain
        assert domain.endswith(want) and not domain.endswith(("field", "domain")), domain
    assert extract("I'm looking for a job in the e-commerce field in Lyon.", "en", "job_seeking").domain.endswith("field")
    en = sample_draft("Dear Madam, I am SEO analyst from Pune with 3 years experience. Kindly guide me how to get job in France in "
                      "digital marketing field. Regards, Amit Kumar", name="Amit Kumar")
    assert "marketing field" not in en, en


def test_the_ad_channel_the_sender_named() -> None:
    offer = ["SEO", "social ads", "content strategy"]
    for note, lang, informal, want in [
            ("Wir eröffnen gerade ein Café und brauchen Hilfe bei Instagram Ads.", "de", True, "euren Instagram Ads"),
            ("We need help with our TikTok ads for the spring launch.", "en", False, "TikTok ads"),
            ("Nous cherchons un accompagnement pour nos publicités Meta.", "fr", False, "vos publicités Meta"),
            ("Ik zoek hulp bij mijn Facebook Ads.", "nl", True, "je Facebook-advertenties")]:
        assert want in need_phrase(note, offer, lang, informal), (note, need_phrase(note, offer, lang, informal))
    assert "Social Ads" in need_phrase("Ich brauche Hilfe bei Social Ads.", offer, "de", True)
    # two channels named: both kept (wave 31), never one of them alone
    assert "Meta- und TikTok-Ads" in need_phrase("Ich brauche Hilfe bei Meta Ads und TikTok Ads.", offer, "de", True)


def test_brazilian_bank_article_and_warm_closing() -> None:
    assert _business_with_article("Nubank", "pt", "Head of Growth na Nubank")[0] == "no Nubank"
    assert _business_with_article("Banco Inter", "pt", "Analista no Banco Inter")[0] == "no Banco Inter"
    br = sample_draft("", headline="Gerente de Marketing na Nubank | Growth", name="Rafael Lima")
    assert "Atenciosamente" not in br and br.rstrip().endswith("Um abraço,\nCamille"), br  # never a letter's closing above a first name


def test_not_taking_on_interns() -> None:
    en = sample_draft("Hi Camille, I'm a second-year marketing student at Bristol, in Lyon on exchange from March. Do you take interns? "
                      "Thanks, Amy")
    assert "I don't take interns" not in en, en
