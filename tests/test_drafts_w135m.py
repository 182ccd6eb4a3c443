"""Mend after wave 135 (every changed regression draft read): a recruiter seeking a freelance profile is no freelancer
telling her own trade, and a call asked in a month is answered by the call in that month, not by "June is possible"
followed by a call next week."""

from drafting import sample_draft


def test_a_recruiter_seeking_a_freelance_lead_still_offers_a_mission() -> None:
    # regression r26 fr_en note-29: "I'm recruiting a freelance SEO lead" read as the sender's own freelance trade
    en = sample_draft("Hi Camille, I'm recruiting a freelance SEO lead for a fast-growing e-commerce client in Paris (remote "
                      "friendly, 3 days/week). Would you be open to a chat?\nBest, Hannah Wright | Talent Partner @ Hays",
                      name="Hannah Wright", headline="Talent Partner @ Hays")
    assert "A freelance assignment like this could well interest me" in en and "permanent role" not in en
    # must-not-change neighbour (135 A): a fellow freelancer's coffee stays a coffee
    nl = sample_draft("Hoi Camille, ik werk als freelance copywriter in Lyon. Zin om een keer koffie te drinken?", name="Sanne Bos")
    assert "koffie" in nl.casefold() and "startdatum" not in nl


def test_a_call_asked_in_a_month_is_set_in_that_month() -> None:
    # regression r70 fr_en note-16: "Dispo pour un échange en janvier ?" got "En janvier, ce devrait être possible" and then
    # "quels créneaux vous conviennent la semaine prochaine ?"
    fr = sample_draft("Bonjour Camille, je suis directrice marketing chez Maison Dubreuil (ameublement, 40 M€ CA). On réfléchit à "
                      "refondre notre stratégie de contenu, j'aimerais avoir votre regard. Dispo pour un échange en janvier ?",
                      name="Claire Dubreuil", headline="Directrice Marketing - Maison Dubreuil")
    assert "quels créneaux vous conviennent en janvier ?" in fr and "la semaine prochaine" not in fr
    # must-not-change neighbour (135 C): her room asked in a month keeps the month's answer
    tu = sample_draft("Salut Camille, on organise un atelier pour notre asso. Tu aurais des dispos en juin ?", name="Léa Martin")
    assert "En juin, ce devrait être possible de mon côté." in tu


def test_thanks_for_her_advice_with_no_question_is_no_request_for_one() -> None:
    # 147 fr_en note-18: "Vos conseils en stratégie de contenu m'aident beaucoup au quotidien" got "pourriez-vous me préciser
    # votre question ?"; the Spanish peer did too
    fr = sample_draft("Bonjour Camille, gestionnaire de communauté à Montréal, je suis votre contenu depuis un bout. Vos conseils en "
                      "stratégie de contenu m'aident beaucoup au quotidien. Au plaisir d'échanger ! Geneviève Tremblay",
                      name="Geneviève Tremblay")
    assert "préciser votre question" not in fr and "Y a-t-il un sujet que vous aimeriez me voir traiter" in fr
    es = sample_draft("Hola Camille, community manager en Madrid, sigo tu contenido desde hace tiempo. Tus consejos de estrategia de "
                      "contenidos me ayudan mucho en el día a día. ¡Un placer conectar! Lucía", name="Lucía Gómez")
    assert "tu pregunta concreta" not in es and "¿Hay algún tema que te gustaría que tratara próximamente?" in es
    # must-not-change neighbour: the same thanks with a question keeps the answer
    asked = sample_draft("Bonjour Camille, vos conseils m'aident beaucoup. Comment choisir entre SEO et Google Ads pour ma boutique ?",
                         name="Julie Petit")
    assert "le SEO demande trois à six mois" in asked
