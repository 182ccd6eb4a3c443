"""Wave 36, wording (d36): a channel is no part of a post's topic, a job's length follows the role, the in-house line
after the answer asked, the client's shops or brands in the need, no "plaisir" twice, plain referral and training words."""

from tests.drafting import sample_draft


def test_a_channel_named_before_the_topic_is_not_quoted() -> None:
    for note, kept in (
            ("Hey Camille, read your piece on LinkedIn about TikTok ads for local shops, really clear. Happy to connect!", "TikTok"),
            ("Bonjour Camille, j'ai beaucoup aimé votre publication sur LinkedIn sur le référencement local. Au plaisir !", "référencement local"),
            ("Hallo Camille, dein Beitrag auf LinkedIn über Content-Planung war sehr hilfreich. Gerne vernetzen!", "Content-Planung"),
            ("Hoi Camille, je post op LinkedIn over e-mailmarketing voor webshops vond ik sterk. Graag connecten!", "e-mailmarketing"),
            ("Ciao Camille, ho letto il tuo post su LinkedIn sulle campagne Meta, utilissimo! Piacere di collegarci.", "Meta")):
        text = sample_draft(note, name="Sam Keller")
        assert kept in text, text
        assert "on LinkedIn" not in text and "sur LinkedIn" not in text and "auf LinkedIn" not in text \
            and "op LinkedIn" not in text and "su LinkedIn" not in text, text


def test_a_jobs_length_follows_the_role() -> None:
    for note, good in (
            ("Madame Laurent, je suis étudiant en licence à Lyon 2 et je cherche un stage de 3 mois en marketing digital à partir de juin. "
             "Pourriez-vous regarder ma candidature ? Cordialement, Hugo Petit", "stage de 3 mois en marketing digital"),
            ("Ciao Camille, sono laureanda a Milano e cerco uno stage di sei mesi nel marketing digitale da marzo. Posso mandarti il CV?",
             "stage di sei mesi nel marketing digitale"),
            ("Olá Camille, sou estudante em Lisboa e procuro um estágio de 6 meses em marketing digital a partir de setembro. Posso enviar-lhe o meu CV?",
             "estágio de 6 meses em marketing digital")):
        text = sample_draft(note, name="Hugo Petit")
        assert good in text, text


def test_the_answer_asked_comes_before_the_in_house_line() -> None:
    for note, first, team in (
            ("Beste Camille, vorig jaar volgde ik je workshop over LinkedIn Ads bij ons bedrijf. Geef je trainingen ook online, in het Engels? "
             "Er zijn nieuwe collega's in ons team. Groet, Joost", "online", "incompany"),
            ("Bonjour Camille, vous étiez venue chez nous l'an dernier pour une formation SEO. La proposez-vous aussi en ligne, en anglais ? "
             "Notre équipe s'agrandit.", "en ligne", "en entreprise")):
        text = sample_draft(note, name="Sam Keller")
        assert first in text and team in text and text.index(first) < text.index(team), text
        assert text.count("Ik geef") + text.count("ik geef") <= 1, text
    # asked in so many words, the in-house training is still confirmed first
    text = sample_draft("Hallo Camille, bieten Sie Ihre Schulung zu SEO auch als Inhouse-Workshop für ein Team von 8 Personen an? Und auf welcher Sprache?")
    assert text.index("ins Unternehmen") < text.index("Englisch"), text


def test_the_clients_shops_or_brands_follow_the_need() -> None:
    for note, good, bad in (
            ("Bonjour Madame Laurent, responsable digital d'un réseau de 8 boutiques, nous cherchons un accompagnement SEO pour nos 8 boutiques. "
             "Pourrions-nous en parler ?", "le SEO de vos 8 boutiques", "votre SEO pour vos"),
            ("Hola Camille, llevo el marketing de nuestras 5 tiendas y necesitamos ayuda con el SEO. ¿Hablamos?", "el SEO de tus 5 tiendas",
             "tu SEO para tus")):
        text = sample_draft(note, name="Sam Keller")
        assert good in text and bad not in text, text


def test_plain_wording_in_french_english_and_dutch() -> None:
    text = sample_draft("Bonjour Camille, on s'est rencontrées à l'afterwork du Wagon à Lyon mardi, on a parlé de newsletters. "
                        "Ravie de garder le contact !", name="Julie Morel")
    assert text.count("plaisir") <= 1, text
    text = sample_draft("Hello Camille, loved your SEO workshop at Station F last month. Do you also run it online? My colleagues want in.",
                        name="Olivia Reed")
    assert "trainings" not in text, text
    text = sample_draft("Hoi Camille, ik ben webdesigner en denk dat we elkaar klanten kunnen doorsturen. Zin om te bellen? Groet, Daan",
                        name="Daan Visser")
    assert "zinvol" not in text and "elkaar klanten door te sturen" in text, text
