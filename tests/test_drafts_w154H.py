"""Wave 154 H (round 185 fr_en notes 8, 16, 37): a business contact's real request answered, never beside it.

- a marketing director who writes "Madame," and wants his team's digital skills built gets "Bonjour Monsieur Garnier," (the
  greeting rated as sent in every earlier round; "Monsieur," alone was tried and taken back) and a training call, never her consulting process (audit, monthly follow-up);
- a freelancer proposing a joint ("groupée", bundled) SEO + UX offer for SMEs gets the partnership welcomed, never
  "Oui, j'accompagne beaucoup de petites entreprises" (the noun "offre" read as "do you offer") or "parlons de SEO";
- a contact met in person who connects "to continue our chat about our website redesign" gets that topic picked up
  ("about your website redesign"), never "Gladly! What would you like to talk about?".
"""

from __future__ import annotations

from drafting import sample_draft


def test_a_team_skills_request_is_a_training_answered_formally() -> None:
    fr = sample_draft("Madame,\nJe me permets de vous solliciter en ma qualité de directeur marketing du groupe Vinci Immobilier "
                      "Rhône. Nous souhaiterions renforcer les compétences digitales de notre équipe. Pourriez-vous nous faire "
                      "part de vos modalités d'intervention ?\nBien respectueusement,\nPhilippe Garnier",
                      headline="Directeur Marketing - Groupe Vinci Immobilier Rhône", name="Philippe Garnier")
    assert fr.startswith("Bonjour Monsieur Garnier,\n") and "formation" in fr and "appel" in fr
    assert "audit" not in fr and "suivi mensuel" not in fr
    own = sample_draft("Bonjour Camille, nous souhaiterions faire monter notre équipe en compétences sur le digital. "
                       "Comment intervenez-vous ?", headline="Directrice communication - Alpes Bois", name="Claire Roux")
    assert "suivi mensuel" not in own and "appel de 20 minutes" in own
    en = sample_draft("Dear Ms Laurent, I am the marketing director of Northwind Homes. We would like to strengthen our team's "
                      "digital skills. Could you tell us how you would work with us?",
                      headline="Marketing Director - Northwind Homes", name="Peter Hall")
    assert "training your team" in en and "your business and your budget" not in en


def test_a_client_asking_how_she_works_keeps_bonjour_and_her_process() -> None:
    plain = sample_draft("Bonjour Camille, nous voulons revoir notre acquisition. Quelles sont vos modalités d'intervention ?",
                         headline="Directeur marketing - Maison Vert", name="Luc Vert")
    # the neighbour: a client asking how she works keeps her way of working and its greeting
    assert plain.startswith("Bonjour Luc,") and "suivi mensuel" in plain


def test_a_joint_offer_is_a_partnership_never_a_small_business_yes() -> None:
    fr = sample_draft("Bonjour Camille, je suis consultante en UX à Grenoble et je pense qu'on a des clients en commun. Ca vous "
                      "dirait qu'on réfléchisse à une offre groupée SEO + UX pour les PME ?",
                      headline="Consultante UX freelance", name="Emma Lefèvre")
    assert "Oui, j'accompagne" not in fr and "parlons de SEO" not in fr and "collaboration" in fr
    fr2 = sample_draft("Bonjour Camille, graphiste à Annecy ici. Et si on montait des offres combinées identité visuelle + SEO "
                       "pour les TPE ? Qu'en pensez-vous ?", headline="Graphiste freelance", name="Julie Morel")
    assert "Oui, j'accompagne" not in fr2
    en = sample_draft("Hi Camille, I'm a UX designer in Annecy and I think we share quite a few clients. Would you be up for "
                      "building a joint package of SEO + UX for SMEs?", headline="Freelance UX designer", name="Laura Smith")
    assert "working together" in en and "Yes, I work a lot with small businesses" not in en
    # the neighbour: "do you do audits for small businesses?" keeps its explicit yes
    small = sample_draft("Bonjour Camille, est-ce que vous faites des audits SEO pour les petites entreprises ?",
                         headline="Gérante - Boutique Lin", name="Sophie Martin")
    assert "j'accompagne beaucoup de petites entreprises" in small


def test_our_project_to_pick_up_is_named_back_as_theirs() -> None:
    en = sample_draft("Hi Camille, we met at the Lyon French Tech breakfast on Tuesday. As promised, connecting so we can "
                      "continue our chat about our website redesign. Cheers, James",
                      headline="Co-founder - Greenpath Bikes", name="James Walker")
    assert "What would you like to talk about" not in en and "about your website redesign" in en
    fr = sample_draft("Bonjour Camille, on s'est croisées au petit-déjeuner de la CCI mardi. Comme promis, je vous ajoute pour "
                      "poursuivre notre discussion sur notre nouveau site. Bonne journée, Claire",
                      headline="Cofondatrice - Atelier Brun", name="Claire Brun")
    assert "sur votre nouveau site" in fr
    de = sample_draft("Hallo Camille, wir haben uns beim Gründerfrühstück in Lyon kennengelernt. Wie versprochen vernetze ich "
                      "mich, um unser Gespräch über unsere neue Website fortzusetzen. Viele Grüße, Jonas",
                      headline="Mitgründer - Radwerk", name="Jonas Keller")
    assert "über eure neue Website" in de
    es = sample_draft("Hola Camille, nos conocimos en el desayuno de emprendedores en Lyon. Como te dije, te agrego para seguir "
                      "nuestra conversación sobre nuestra nueva web. Saludos, Pablo", headline="Cofundador - Ruedas", name="Pablo Ruiz")
    assert "sobre tu nueva web" in es
    # the neighbour: a topic without "our" is picked up as it was
    plain = sample_draft("Hi Camille, we met at the Lyon French Tech breakfast last week. Connecting so we can continue our "
                         "chat about TikTok ads. Best, Tom", headline="Founder - Tomco", name="Tom Reed")
    assert "pick up our chat about TikTok ads" in plain
