"""Wave 134, group E: quotes, echoes and small replies. An echoed topic keeps its capitals, its article and its whole
subject; a proposal's topic never repeats the proposal; a long speaker invitation is thanked short; a class named is the
audience; a recruiter's sales word, rates question and out-of-field profile are handled naturally; a half-day is a length;
local SEO stays local; formal Dutch thanks "de heer Jansen"; an internship place asked gets her honest no; a career
changer gets the course advice."""

from __future__ import annotations

from drafting import sample_draft


def test_lowercase_german_topic_keeps_its_nouns_capitalised() -> None:
    # 142 de_nl note-9: "mein Beitrag über ChatGPT für content" kept the note's lowercase noun
    de = sample_draft("hi camille, hab deinen post über chatgpt für content gesehen, fand ich mega. würd gern connecten",
                      headline="Junior Social Media Manager", name="Max Weber")
    assert "ChatGPT für Content" in de and "für content" not in de


def test_a_platform_algorithm_takes_its_article() -> None:
    # 142 de_nl note-37: "mijn post over LinkedIn-algoritme" lacked "het"
    nl = sample_draft("Hi Camille, je post over LinkedIn-algoritme was echt eye opening haha. Volg je al een tijdje, leek me leuk "
                      "om te connecten 😊", headline="Marketing Assistant", name="Noor Jansen")
    assert "over het LinkedIn-algoritme" in nl
    en = sample_draft("Hi Camille, your post on LinkedIn algorithm was eye opening. Would love to connect!", name="Emma Stone")
    assert "on LinkedIn algorithm" not in en


def test_google_core_updates_stay_whole_in_a_lowercase_note_signed_with_a_name() -> None:
    # 143 de_nl note-9: "Beitrag zu Google" cut the topic (the capitalised sign-off made the note look cased)
    de = sample_draft("hallo camille, hab deinen post zu google core updates gelesen, sehr hilfreich!! kurze frage: lohnt sich für "
                      "einen kleinen onlineshop (ca 200 produkte) eher SEO oder erstmal google ads? danke dir 🙏 Max",
                      headline="Gründer @ Kaffeeliebe Online-Shop", name="Max Braun")
    assert "Google Core Updates" in de and "Beitrag zu Google gelesen" not in de


def test_a_collaboration_topic_is_not_said_after_the_collaboration() -> None:
    # 143 fr_en note-14: "proposition de collaboration d'éventuelles collaborations"
    fr = sample_draft("Bonjour Camille, consultante SEA basée à Grenoble, je pense que nos offres sont complémentaires (vous en SEO, "
                      "moi en Google Ads). Ça vous dirait qu'on prenne un café pour parler d'éventuelles collaborations ?",
                      name="Hélène Martin")
    assert "votre proposition de collaboration" in fr and "collaboration d'éventuelles" not in fr
    en = sample_draft("Hi Camille, I'm a PPC freelancer in Lyon and our offers look complementary. Fancy a coffee to talk about "
                      "potential collaborations?", name="Tom Reed")
    assert "about potential collaborations" not in en


def test_a_module_in_a_named_degree_does_not_ask_the_audience() -> None:
    # 143 fr_en note-18: "le public visé" asked although the note says Licence Pro
    fr = sample_draft("Bonjour Camille, je suis chargée de mission à l'Université Lyon 2. Nous recherchons un(e) intervenant(e) "
                      "vacataire pour un module de 20h en stratégie de contenu en Licence Pro. Ce type de mission vous "
                      "intéresserait-il ?\nCordialement, Émilie Jacquet", name="Émilie Jacquet")
    assert "le public visé" not in fr and "les dates envisagées et les conditions de rémunération" in fr
    # must not change: no class named, the audience is still asked
    other = sample_draft("Bonjour Camille, nous cherchons une intervenante pour un module de 15h en SEO. Cela vous "
                         "intéresserait-il ?", name="Paul Martin")
    assert "le public visé" in other


def test_a_recruiters_sales_word_is_not_echoed() -> None:
    # 143 fr_en note-27: "the exciting Head of Content role"
    en = sample_draft("Hi Camille, I'm a recruiter at Hays Digital. We have an exciting Head of Content role with a fintech in "
                      "Paris (hybrid, €75k). Your background looks like a great fit. Open to a chat?\nBest, Daniel", name="Daniel Brown")
    assert "about the Head of Content role" in en and "exciting" not in en
    fr = sample_draft("Bonjour Camille, je suis recruteuse chez Hays. Nous avons un poste passionnant de Head of Content dans une "
                      "fintech à Paris. Ouverte à un échange ?", name="Claire Dubois")
    assert "passionnant" not in fr and "Head of Content" in fr


def test_a_profile_outside_her_field_gets_a_natural_no() -> None:
    # 142 fr_en note-30: "I work in SEO…, so no one with that profile comes to mind" was a non sequitur
    en = sample_draft("Hi, I'm hiring warehouse supervisors for our logistics sites. Let me know if you know anyone.",
                      headline="Recruiter - LogiStaff", name="Kevin Lee")
    assert "Honestly, no one with that profile comes to mind in my network: I work in SEO" in en
    assert "I work in SEO, social ads and content strategy, so" not in en


def test_rates_asked_by_an_agency_are_answered() -> None:
    # 142 fr_en note-37: "Would you be interested in discussing rates?" got no word on rates
    en = sample_draft("Hi Camille, we're a UK-based agency looking for French-speaking SEO freelancers for a client project in Q1. "
                      "Would you be interested in discussing rates?", headline="Director - Blue Lantern Digital", name="Tom Baker")
    assert "A freelance assignment like this could well interest me" in en and "My rates depend on the mission" in en
    assert en.index("interest me") < en.index("My rates")
    es = sample_draft("Hola Camille, somos una agencia de Madrid y buscamos freelancers SEO francófonos para un proyecto en el "
                      "primer trimestre. ¿Hablamos de tarifas?", name="Pablo Ruiz")
    assert "Mis tarifas dependen de la misión" in es and "¿me " not in es


def test_a_half_day_is_a_length_already_given() -> None:
    # 142 fr_en note-38: "depends on the length and content" after "a half-day session for 8 people"
    en = sample_draft("Hi Camille, saw your post on evergreen content. Do you run workshops for small teams? What would the price "
                      "be for a half-day session for 8 people?", headline="Marketing Lead - GreenLeaf Charity", name="Hannah Cole")
    assert "length and content" not in en and "depends on the programme" in en


def test_local_seo_keeps_local() -> None:
    # 142 fr_en note-28: "Happy to help with your SEO" dropped "local"
    en = sample_draft("Dear Camille,\nAs CMO of a mid-size retail group expanding in France, I'd be keen to discuss how we could "
                      "strengthen our local SEO and paid social. Are you available for a call next month?\nBest regards,\n"
                      "Richard Collins", headline="CMO - Northgate Retail Group", name="Richard Collins")
    assert "local SEO" in en


def test_formal_dutch_thanks_de_heer_and_says_the_seo_yes_once() -> None:
    # 142 de_nl note-24: "dank aan Pieter Jansen" and "Ik help u graag met SEO." after the SEO plan
    nl = sample_draft("Geachte mevrouw Laurent,\nVia de heer Pieter Jansen van Frankwatching kreeg ik uw naam. Wij zoeken een "
                      "SEO-expert die ons kan helpen bij de lancering van onze webshop in Frankrijk. Zou u open staan voor een "
                      "kennismakingsgesprek?\nMet vriendelijke groet,\nHenk Bakker",
                      headline="Directeur, Bakker Tuinmeubelen B.V.", name="Henk Bakker")
    assert "dank aan de heer Jansen" in nl and "Ik help u graag met SEO." not in nl
    # must not change: an informal note without a title keeps the name as given
    tu = sample_draft("Hoi Camille, via Pieter Jansen kreeg ik je naam. We zoeken hulp met SEO voor onze webshop. Zin in een call?",
                      name="Sanne de Vries")
    assert "dank aan Pieter Jansen" in tu


def test_an_internship_place_asked_gets_her_honest_no_and_the_tip() -> None:
    # 143 de_nl note-3: "Hättest du vielleicht Plätze oder einen Tipp?" got only the tip
    de = sample_draft("Hi Camille! Ich studiere Medienkommunikation in Köln (5. Semester) und suche ein Praktikum im Bereich "
                      "Content-Strategie ab März. Hättest du vielleicht Plätze oder einen Tipp, wo ich mich bewerben könnte? LG Lena",
                      name="Lena Schmidt")
    assert "Im Moment nehme ich keine Praktikant" in de and "Wo du dich bewerben kannst" in de
    en = sample_draft("Hi Camille, I study media in Cologne and I am looking for an internship in content strategy from March. "
                      "Would you have a spot, or a tip on where to apply?", name="Lena Schmidt")
    assert "I'm not taking on interns at the moment" in en and "Where to apply" in en


def test_a_career_changer_gets_the_course_advice() -> None:
    # 143 de_nl note-11: "Welche Weiterbildung würdest du empfehlen?" after parental leave was deferred
    de = sample_draft("Hallo Camille, ich bin seit 3 Monaten auf Jobsuche nach meiner Elternzeit und möchte mich im Online-Marketing "
                      "neu orientieren. Welche Weiterbildung würdest du empfehlen? Danke & viele Grüße, Julia", name="Julia Braun")
    assert "Was Kurse angeht, erzähl mir" not in de and "Google Ads auf Skillshop und Meta Blueprint" in de
    en = sample_draft("Hi Camille, after parental leave I'm job hunting and want to retrain in online marketing. Which course "
                      "would you recommend?", name="Julia Brown")
    assert "Google Ads on Skillshop and Meta Blueprint" in en
    fr = sample_draft("Bonjour Camille, après un congé parental je cherche un emploi et je veux me reconvertir dans le marketing "
                      "digital. Quelle formation me conseilleriez-vous ?", name="Julie Petit")
    assert "Google Ads sur Skillshop et Meta Blueprint" in fr
