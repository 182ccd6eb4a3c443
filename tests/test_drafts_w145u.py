"""Wave 145, group U: a prospect's traffic drop gets a clear yes naming the drop, a teaching offer gets interest (never a
commitment before the dates and programme), a dated talk request gets a clear "interested, I confirm once I've checked"
answer, and a class named as "notre Bachelor …" is never asked for again as the audience."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.judge.classify import classify


@pytest.mark.parametrize("note, said", [
    # 145 U fr_en note-20 (round 166): "Vous intervenez sur ce type de problème ?" answered "Avec plaisir, parlons de SEO !"
    ("Bonjour Camille, je suis responsable e-commerce chez Savons de Provence. Notre trafic organique a chuté de 40% depuis la "
     "dernière mise à jour Google. Vous intervenez sur ce type de problème ?", "Oui, c'est tout à fait le type de problème"),
    # 145 U fr_en note-42 (round 166): "Is this something you help with?" answered "Happy to talk SEO."
    ("Hi Camille, I'm Head of E-commerce at Bloom & Wild. Our organic traffic dropped 35% after the last Google core update. "
     "Is this something you help with?", "a 35% drop in organic traffic"),
    ("Buongiorno Camille, sono responsabile e-commerce di Saponi di Sicilia. Il nostro traffico organico è calato del 40% dopo "
     "l'ultimo aggiornamento di Google. Si occupa di questo tipo di problemi?", "un calo del 40% del traffico organico"),
    ("Guten Tag Frau Laurent, ich leite den Onlineshop von Seifen Berlin. Unser organischer Traffic ist nach dem letzten "
     "Google-Update um 40 % eingebrochen. Unterstützen Sie bei solchen Problemen?", "um 40 %"),
    ("Olá Camille, sou responsável de e-commerce na Sabonetes do Porto. O nosso tráfego orgânico caiu 40% desde a última "
     "atualização do Google. Trabalha com este tipo de problema?", "uma queda de 40%"),
])
def test_traffic_drop_prospect_gets_a_yes_naming_the_drop(note: str, said: str) -> None:
    d = sample_draft(note, name="Sophie Green")
    assert said in d
    assert "parlons de SEO" not in d and "Happy to talk SEO" not in d
    assert "20" in d  # the next step (a first call) stays


def test_traffic_drop_prospect_is_still_answered_not_declined() -> None:
    # 145 U fr_en note-20: the judged action stays a reply (triage unchanged)
    j = classify(["Hi Camille, I'm Head of E-commerce at Bloom & Wild. Our organic traffic dropped 35% after the last Google "
                  "core update. Is this something you help with?"], owner_lang=SAMPLE.language)[0]
    assert j.action == "reply"


def test_traffic_growth_is_not_read_as_a_drop() -> None:
    # must-not-change neighbour: a traffic figure that grew is congratulated, never "a 40% drop"
    en = sample_draft("Hi Camille, our organic traffic grew 40% last year thanks to content. Would love to connect!", name="Tom Hill")
    assert "drop" not in en and "congratulations" in en


@pytest.mark.parametrize("note, headline, said, gone", [
    # 145 U fr_en note-42 (round 167): "I'd be glad to teach" then "In principle I'm available, subject to my calendar"
    ("Hi Camille,\nI lead partnerships at the Digital Marketing Institute. We're looking for guest lecturers for our online SEO "
     "module (6 sessions). Would this interest you?\nBest,\nNeil Harper", "Head of Partnerships, Digital Marketing Institute",
     "I'd be very interested in teaching", "In principle I'm available"),
    # 145 U de_nl note-42 (round 166): "Ik verzorg deze cursus heel graag" over-commits
    ("Goedendag mevrouw Laurent, wij zijn een Nederlandse marketingopleider en zoeken freelance docenten voor onze cursus "
     "Online Marketing (Franstalige editie). Heeft u interesse? Met vriendelijke groet, Hans Verbeek",
     "Opleidingsmanager | NCOI Opleidingen", "Ik heb zeker interesse", "In principe ben ik beschikbaar"),
    ("Hola Camille, buscamos profesores invitados para nuestro módulo online de SEO (6 sesiones). ¿Le interesaría?",
     "Responsable de alianzas - Escuela Digital", "Me interesaría mucho", "En principio estoy disponible"),
    ("Buongiorno Camille, cerchiamo docenti ospiti per il nostro modulo online di SEO (6 sessioni). Le interesserebbe?",
     "Responsabile partnership - Scuola Digitale", "Mi interesserebbe molto", "In linea di massima sono disponibile"),
])
def test_teaching_offer_gets_interest_not_a_commitment(note: str, headline: str, said: str, gone: str) -> None:
    d = sample_draft(note, headline=headline, name="Neil Harper")
    assert said in d and gone not in d


@pytest.mark.parametrize("note, said", [
    # 145 U fr_en note-10 (round 167): "Avec plaisir, je note la date et je regarde mon agenda" never answered the 14 March
    ("Bonjour Camille, j'organise le Digital Day de Grenoble le 14 mars et nous cherchons une intervenante sur le thème « SEO "
     "et IA ». Seriez-vous disponible ? Le défraiement est prévu.", "Cela m'intéresse beaucoup, je note la date et je vous confirme"),
    ("Salut Camille, j'organise le Digital Day de Grenoble le 14 mars, on cherche une intervenante sur « SEO et IA ». Tu serais dispo ?",
     "je note la date et je te confirme"),
    ("Hi Camille, I'm organising Growth Camp Dublin on 3 March and we're looking for a speaker on SEO for e-commerce. "
     "Would you be available?", "I'd be very interested"),
    ("Hoi Camille, wij organiseren op 7 juni het Marketing Event Utrecht en zoeken een spreker over SEO. Ben je beschikbaar?",
     "Dat spreekt me erg aan"),
])
def test_dated_talk_gets_interest_and_a_confirmation_promise(note: str, said: str) -> None:
    d = sample_draft(note, headline="Organisatrice - Digital Day", name="Claire Dumas")
    assert said in d
    assert "Avec plaisir, je note la date" not in d and "I'd love to;" not in d


def test_bachelor_named_is_the_audience_never_asked_again() -> None:
    # 145 U fr_en note-20 (round 167): "notre Bachelor Marketing Digital" then "le public visé" asked
    fr = sample_draft("Bonjour Camille,\nJe suis responsable des partenariats chez Webschool Factory, on recherche des intervenants "
                      "vacataires pour notre Bachelor Marketing Digital (module SEO, 24h). Seriez-vous intéressée ? \nBien cordialement,"
                      "\nLaura Mercier", headline="Responsable partenariats pédagogiques - Webschool Factory", name="Laura Mercier")
    assert "le public visé" not in fr and "conditions de rémunération" in fr


def test_module_without_audience_still_asks_for_it() -> None:
    # must-not-change neighbour: a module with no class named still asks who it is for
    fr = sample_draft("Bonjour Camille, nous cherchons des intervenants pour notre module SEO en ligne (6 séances). Cela vous "
                      "intéresserait ?", headline="Responsable pédagogique - École du Web", name="Julie Morel")
    assert "le public visé" in fr


@pytest.mark.parametrize("note, said", [
    # 145 U fr_en note-15 (round 166): "vous sur la strat, moi sur l'animation" thanked as "collaboration sur l'animation"
    ("Bonjour Camille, je suis community manager freelance depuis 2 ans. Je pense qu'on pourrait collaborer sur des projets "
     "communs, vous sur la strat, moi sur l'animation. On en parle ?", "proposition de collaboration sur des projets communs"),
    ("Hi Camille, I'm a freelance community manager. I think we could collaborate on joint projects, you on strategy, me on "
     "community management. Shall we talk?", "working together on joint projects"),
])
def test_split_roles_are_framed_as_joint_projects(note: str, said: str) -> None:
    d = sample_draft(note, name="Manon Petit")
    assert said in d
    assert "sur l'animation" not in d and "on community management" not in d


def test_collaboration_on_one_topic_keeps_its_topic() -> None:
    # must-not-change neighbour: a collaboration on one named thing keeps that thing
    fr = sample_draft("Bonjour Camille, je suis community manager freelance. On pourrait collaborer sur l'animation de vos comptes "
                      "clients. On en parle ?", name="Manon Petit")
    assert "collaboration sur l'animation" in fr


@pytest.mark.parametrize("note, said", [
    # 145 U fr_en note-1 (round 166): "garder le contact pour parler SEO de ma boutique de bougies" answered "Comment se porte…"
    ("Bonjour Camille, on s'est croisées au Salon E-commerce de Lyon mardi, sur le stand Shopify. J'aimerais garder le contact "
     "pour parler SEO de ma boutique de bougies. Belle journée, Léa", "Parlons volontiers du SEO de votre boutique de bougies"),
    ("Hola Camille, nos vimos en el Salón E-commerce de Lyon el martes. Me gustaría seguir en contacto para hablar de SEO de mi "
     "tienda de velas.", "hablamos del SEO de tu tienda de velas"),
])
def test_met_shop_owner_wishing_to_talk_seo_gets_that_topic(note: str, said: str) -> None:
    d = sample_draft(note, name="Léa Roux")
    assert said in d and "20 minutes" in d.replace("minutos", "minutes")


def test_met_shop_owner_without_a_wish_still_gets_the_shop_question() -> None:
    # must-not-change neighbour: no wish to talk, the shop is asked after
    fr = sample_draft("Bonjour Camille, on s'est croisées au Salon E-commerce de Lyon mardi. Ravie d'avoir échangé sur ma boutique "
                      "de bougies ! Belle journée, Léa", name="Léa Roux")
    assert "Comment se porte votre boutique de bougies" in fr
