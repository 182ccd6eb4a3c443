"""Wave 140, group A: direct questions on nonprofit rates, technical-SEO resources, book tips and local SEO get a direct
answer (never the generic price-and-call template, "I'll send reading", "glad you read my book" or "tell me your budget")."""

from __future__ import annotations

from drafting import sample_draft


def test_nonprofit_rates_get_an_honest_direct_answer_not_the_price_template() -> None:
    # 140 A fr_en note-18 (review156): "Proposez-vous des tarifs pour les associations ?" got "Le prix dépend du périmètre"
    fr = sample_draft("Bonjour,\nJe suis responsable communication de l'association Les Restos du Cœur du Rhône. Proposez-vous "
                      "des tarifs pour les associations ?\nBien à vous,\nNathalie Gauthier", name="Nathalie Gauthier")
    assert "Le prix dépend" not in fr and "premier appel" not in fr
    assert "Je travaille volontiers avec des associations, sans grille tarifaire dédiée : parlez-moi du projet" in fr
    assert "parlez-moi un peu de votre site" not in fr
    # 140 A fr_en note-40 (review156): "any pro bono or discounted work for nonprofits?" answered "yes I work with them"
    en = sample_draft("Hello, I'm the comms lead for a small animal-rescue charity. Do you offer any pro bono or discounted work "
                      "for nonprofits?\nThanks, Laura", name="Laura Smith")
    assert "I have no set non-profit rate: tell me about the project and I'll tell you what I can do." in en
    assert "where you stand" not in en


def test_nonprofit_rates_in_other_languages_keep_the_register() -> None:
    # 140 A note-18 variants: es tú, de du, nl je, pt o senhor/você
    es = sample_draft("Hola, soy responsable de comunicación de una ONG. ¿Tienes tarifas para asociaciones sin ánimo de lucro?",
                      name="Lucía Gil")
    assert "no tengo una tarifa fija para ellas: cuéntame el proyecto" in es and "El precio depende" not in es
    de = sample_draft("Hallo Camille, ich bin bei einem gemeinnützigen Verein. Hast du Sonderpreise für Vereine?", name="Anna Weber")
    assert "keinen festen Sonderpreis: Erzähl mir vom Projekt" in de and "außerhalb meines Fachgebiets" not in de
    nl = sample_draft("Hoi Camille, ik werk voor een goed doel. Heb je speciale tarieven voor non-profits?", name="Eva de Vries")
    assert "vertel me over het project, dan zeg ik je wat ik kan doen" in nl and "hangt af van de omvang" not in nl


def test_working_with_nonprofits_asked_without_rates_keeps_its_answer() -> None:
    # 140 A neighbour that must not change: "do you work with non-profits?" keeps the plain yes and how
    en = sample_draft("Hi Camille, do you work with non-profits?", name="Kim Lee")
    assert "Yes, I do work with non-profits: on a tight budget I start with what pays off most" in en
    assert "no set non-profit rate" not in en


def test_technical_seo_resources_named_for_a_junior_who_wants_to_specialise() -> None:
    # 140 A fr_en note-27 (review156): "what resources … to learn technical SEO?" got "I'll send you some reading"
    en = sample_draft("hi camille, im a junior marketer (1 yr exp) wanting to specialize in SEO. what resources would you "
                      "recommend to learn technical SEO? thx", name="Ryan Cole")
    assert "send you some reading" not in en
    assert "Google Search Central" in en and "Screaming Frog" in en
    fr = sample_draft("Bonjour Camille, je veux me spécialiser en SEO. Quelles ressources pour apprendre le SEO technique ?",
                      name="Paul Martin")
    assert "Google Search Central" in fr and "Ensuite, crawler un vrai site avec Screaming Frog" in fr and "crawle un" not in fr


def test_choosing_technical_seo_or_content_is_still_no_resource_list() -> None:
    # 140 A neighbour that must not change: a specialisation choice is not the technical resources answer
    en = sample_draft("Hi Camille, junior SEO here: should I specialize in technical SEO or content?", name="Ryan Cole")
    assert "Google Search Central" not in en


def test_book_tips_in_german_and_dutch_read_naturally_and_never_as_her_book() -> None:
    # 140 A de_nl note-18 (review157): "sie" with no noun, broken "den Kurs … und jeden Teil auszuprobieren"
    de = sample_draft("hi camille, bin azubi im bereich marketingkommunikation und finde deine inhalte mega. hast du buchtipps "
                      "zum thema content strategie? lg max", headline="Auszubildender Kaufmann für Marketingkommunikation",
                      name="Max Müller")
    assert "In diesem Bereich veralten Fachbücher schnell." in de
    assert "Jeden Teil probiert man am besten gleich an einem eigenen Blog oder Konto aus." in de
    # 140 A de_nl note-40 (review157): "heb je boek tips" read as "leuk dat je mijn boek hebt gelezen" (she has no book)
    nl = sample_draft("hoi camille, ik zit in mn 2e jaar marketing op het mbo en vind je content echt top. heb je boek tips "
                      "over content strategie? groetjes yara", headline="Student Marketing & Communicatie MBO", name="Yara Jansen")
    assert "mijn boek" not in nl
    assert "in dit vak verouderen vakboeken snel" in nl and "HubSpot Academy" in nl


def test_is_local_seo_worth_it_for_small_shops_gets_a_yes_and_why() -> None:
    # 140 A es_pt_it note-31 (review157): "achas que o SEO local ainda vale a pena para pequenas lojas?" got "conta-me o teu orçamento"
    pt = sample_draft("Olá Camille, assisti à tua palestra na Web Summit em Lisboa sobre SEO e IA. Fiquei com uma dúvida: achas "
                      "que o SEO local ainda vale a pena para pequenas lojas?", headline="Marketing Manager na Padaria Portuguesa",
                      name="Tiago Silva")
    assert "orçamento" not in pt and "Sim, o SEO vale a pena para um negócio local" in pt
    for note, name, want in (("Hi Camille, is local SEO still worth it for small shops?", "Ben Ford", "Yes, SEO is worth it"),
                             ("Bonjour Camille, le SEO local vaut-il encore le coup pour les petits commerces ?", "Marc Petit", "Oui, le SEO vaut le coup"),
                             ("Hallo Camille, lohnt sich lokales SEO noch für kleine Läden?", "Lena Schulz", "Ja, SEO lohnt sich"),
                             ("Hoi Camille, is lokale SEO nog de moeite waard voor kleine winkels?", "Tim Visser", "Ja, SEO is de moeite waard")):
        draft = sample_draft(note, name=name)
        assert want in draft and "budget" not in draft.lower(), draft


def test_cpf_eligibility_asked_gets_her_settings_answer_not_certification_advice() -> None:
    # 140 A fr_en note-19 (review157): "formations en social ads éligibles au CPF ?" got Meta Blueprint certification advice
    fr = sample_draft("Bonjour Camille,\nEst-ce que vous proposez des formations en social ads éligibles au CPF ? Je suis "
                      "assistante marketing et j'aimerais monter en compétences.\nMerci !\nJulie", headline="Assistante marketing",
                      name="Julie Bernard")
    assert "Mes formations ne sont pas éligibles au CPF" in fr and "Meta Blueprint" not in fr
    tu = sample_draft("Salut Camille, tu proposes des formations SEO éligibles au CPF ? Je suis chargée de com.", name="Emma Girard")
    assert "Mes formations ne sont pas éligibles au CPF" in tu and "Semrush Academy" not in tu
