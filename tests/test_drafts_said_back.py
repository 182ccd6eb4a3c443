"""Wave 61, group D: the note's own wording said back correctly (possessives, a cut topic, an idiom read as a topic)."""

from __future__ import annotations

from drafting import sample_draft


def test_module_audience_said_back_as_theirs_and_interest_before_price() -> None:
    fr = sample_draft("Bonjour, je suis responsable formation chez CCI Lyon Métropole. Nous cherchons une formatrice pour un module "
                      "de 2 jours sur les réseaux sociaux pour nos commerçants. Quels sont vos tarifs et disponibilités ?",
                      headline="Responsable formation - CCI Lyon Métropole", name="Marie-Hélène Durand")
    assert "pour vos commerçants" in fr and "nos commerçants" not in fr
    assert fr.index("Animer ce module") < fr.index("le prix dépend")
    assert "ce serait avec plaisir" not in fr
    fr2 = sample_draft("Bonjour, je coordonne les formations à la CMA du Rhône. Nous montons un module d'une journée sur Instagram "
                       "pour nos artisans. Quel serait votre tarif ?", headline="Chargée de formation", name="Ana Ruiz")
    assert "pour vos artisans" in fr2 and "nos artisans" not in fr2
    en = sample_draft("Hello, I run training at the Lyon Business Club. We're putting together a 1-day module on LinkedIn ads for "
                      "our members. What are your rates and availability?", headline="Training manager", name="Ana Ruiz")
    assert "for your members" in en and " our members" not in en
    assert en.index("this module") < en.index("depends on")
    de = sample_draft("Hallo, ich organisiere Weiterbildungen bei der IHK. Wir planen ein Modul zu Social Media für unsere Händler. "
                      "Was kostet das bei Ihnen?", headline="Weiterbildung IHK", name="Ana Ruiz")
    assert "für Ihre Händler" in de and "unsere" not in de
    it = sample_draft("Ciao, organizzo la formazione in Confcommercio. Prepariamo un modulo sui social per i nostri commercianti. "
                      "Quali sono le sue tariffe?", headline="Formazione", name="Ana Ruiz")
    assert "per i vostri commercianti" in it and "nostri" not in it
    assert it.index("tenere questo modulo") < it.index("Il prezzo")


def test_round_table_named_with_its_whole_topic() -> None:
    fr = sample_draft("Bonjour Madame Laurent, j'organise la conférence \"Digital Lyon Day\" le 14 mars prochain. Nous serions honorés "
                      "de vous compter parmi nos intervenants pour une table ronde sur l'IA et le SEO. Pourrions-nous en parler ?",
                      headline="Directrice événementiel - Digital Lyon Day", name="Françoise Perrin")
    assert "table ronde sur l'IA et le SEO" in fr
    assert "donner une conférence" not in fr and "l'IA et au" not in fr
    es = sample_draft("Hola Camille, organizo el congreso Marketing Day el 5 de junio. Nos encantaría invitarte como ponente en la mesa "
                      "redonda sobre la IA y el SEO. ¿Hablamos?", headline="Organizadora", name="Ana Ruiz")
    assert "mesa redonda sobre la IA y el SEO" in es and "la IA y en" not in es
    en = sample_draft("Hi Camille, I'm organising the Growth Conference on 12 May. We'd love to have you as a speaker on our round "
                      "table on SEO and the AI shift. Could we talk?", headline="Event manager", name="Ana Ruiz")
    assert "the round table" in en and "a talk" not in en


def test_made_to_measure_is_no_topic() -> None:
    fr = sample_draft("Bonjour Camille,\nje développe des sites web sur mesure pour les PME. Si jamais vous avez des clients qui ont "
                      "besoin d'un site, je serais ravi de vous proposer un partenariat avec commission d'apport d'affaires.\nCdt, Yann",
                      headline="Développeur web freelance", name="Yann Le Gall")
    assert "proposition de collaboration" in fr and "sur mesure" not in fr
    it = sample_draft("Ciao Camille, sviluppo siti web su misura per le PMI. Se hai clienti che hanno bisogno di un sito, ti propongo "
                      "una partnership con commissione.", headline="Web developer", name="Luca Bianchi")
    assert "collaborazione" in it and "su misura" not in it
    en = sample_draft("Hi Camille, I build websites on demand for small businesses. If your clients need a site, I would propose a "
                      "referral partnership with commission.", headline="Web developer", name="Luca Bianchi")
    assert "working together" in en and "on demand" not in en
