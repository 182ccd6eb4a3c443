"""Wave 145, our mend after the merge: guest teachers sought for a programme ("Gastdozenten", "professores convidados") are
an invitation to teach, never a post declined; a local shop or gym asking Advantage+ or manual gets the local answer with the
budget it told and a reason for the manual set-up, never the online shop's "sales campaign, €10 to €20 a day"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, said, never", [
    ("Sehr geehrte Frau Laurent, wir suchen für unser Sommersemester Gastdozenten für digitales Marketing an der Hochschule "
     "Stuttgart. Hätten Sie Interesse? Mit freundlichen Grüßen, Prof. Dr. Anna Keller", "Anna Keller", "Gastvorlesung",
     "Festanstellung"),
    ("Oi Camille, sou coordenadora de um MBA em São Paulo e estamos buscando professores convidados para um módulo de "
     "marketing digital. Você teria interesse? Abraços, Fernanda", "Fernanda Lima", "Tenho muito interesse", "emprego fixo"),
    ("Hola Camille, en nuestra escuela de negocios de Valencia buscamos profesores invitados para el máster de marketing "
     "digital. ¿Te interesaría?", "Elena Ruiz", "", "empleo fijo"),
])
def test_guest_teachers_sought_is_a_teaching_invitation_not_a_post_declined(note: str, name: str, said: str, never: str) -> None:
    # wave 145 mend (group U's report): "Gastdozenten … Hätten Sie Interesse?" declined as a job ("suche keine Festanstellung")
    draft = sample_draft(note, name=name)
    assert never not in draft
    assert said in draft


def test_a_salaried_lecturer_post_stays_a_post() -> None:
    # wave 145 mend, must not change: a permanent post with a salary is still a post offered, declined as such
    draft = sample_draft("Guten Tag Frau Laurent, wir suchen ab sofort eine Dozentin für Online-Marketing in Vollzeit, "
                         "unbefristet, Gehalt 55.000 €. Hätten Sie Interesse?", name="Petra Hahn")
    assert "Gastvorlesung" not in draft


@pytest.mark.parametrize("note, headline, budget, manual", [
    # 167 fr_en note-39: a gym's $25/day answered with "about €10 to €20 a day" and a sales campaign
    ("Hi Camille, I attended your webinar on Meta ads last Tuesday. Quick q: should I use Advantage+ or manual targeting "
     "with a $25/day budget for a local gym?", "Owner, IronCore Gym", "$25 a day", "I'd set it up manually"),
    ("Bonjour Camille, je gère une boulangerie à Villeurbanne. Pour des pubs Facebook, vaut-il mieux Advantage+ ou des ad "
     "sets manuels pour un budget de 20€/jour ?", "", "20 € par jour", "je partirais en manuel"),
    ("Hallo Camille, ich habe ein kleines Fitnessstudio in Köln. Lohnt sich Instagram-Werbung mit 15 € am Tag, Advantage+ "
     "oder manuell?", "", "15 € am Tag", "Ich würde manuell starten"),
    ("Hoi Camille, ik heb een kleine bakkerij in Utrecht en wil met Facebook-advertenties meer klanten uit de buurt trekken. "
     "Ik heb zo'n 20 euro per dag. Advantage+ of zelf instellen? Groet, Marieke", "", "€20 per dag", "ik zou handmatig beginnen"),
    ("Ciao Camille, ho una pizzeria a Bari: per le inserzioni su Facebook meglio Advantage+ o manuale, con 15 € al giorno?", "",
     "15 € al giorno", "lo imposterei in manuale"),
])
def test_local_shop_asking_advantage_or_manual_gets_the_local_answer_with_its_budget(note: str, headline: str, budget: str,
                                                                                    manual: str) -> None:
    draft = sample_draft(note, headline=headline, name="Sam Lee")
    assert budget in draft and manual in draft
    assert "10 to €20" not in draft and "10 à 20" not in draft and "campagne de ventes" not in draft


def test_online_shop_asking_advantage_or_manual_keeps_the_meta_answer() -> None:
    # must not change: an online shop (no radius) keeps the owner's small-budget Meta answer
    draft = sample_draft("Hi Camille, for my online shop, Advantage+ or manual with $25/day?", name="Tim Baker")
    assert "sales campaign" in draft and "radius" not in draft


@pytest.mark.parametrize("note, lang_word, never", [
    ("Hola Camille, tengo una tienda online de café de especialidad. ¿Por dónde empiezo con el SEO? Gracias", "fichas de producto",
     "Google Maps"),
    ("Bonjour Camille, j'ai une boutique en ligne de café torréfié. Par où commencer le référencement ? Merci", "", "Google Maps"),
])
def test_an_online_coffee_shop_is_no_local_business(note: str, lang_word: str, never: str) -> None:
    # wave 145 mend (group S's report): "tienda online de café" answered as a café people walk into (Google Maps first)
    draft = sample_draft(note, name="Carlos Gil")
    assert never not in draft
    assert lang_word in draft


def test_a_cafe_people_walk_into_keeps_the_local_answer() -> None:
    # a café people walk into ("cafetería") asking whether SEO is worth it gets Google Maps first, never "tell me about your business"
    draft = sample_draft("Hola Camille, tengo una cafetería en Sevilla. ¿Merece la pena el SEO para un negocio como el mío?", name="Rosa Díaz")
    assert "Google Maps" in draft


def test_a_field_named_before_the_role_wins_over_the_town_after_it() -> None:
    # 167 fr_en note-28: "job hunting for a junior SEO role in Lyon (… moved here in September …)": the SEO role never named
    draft = sample_draft("Hello Camille, I'm job hunting for a junior SEO role in Lyon (I'm British, moved here in September, B2 "
                         "French). Any tips or leads would be much appreciated!", headline="Junior SEO Specialist | Open to work",
                         name="Oliver Grant")
    assert "a new role in SEO" in draft and "September" not in draft
    # must not change: a town alone stays the town
    assert "a new role in Berlin" in sample_draft("Hello Camille, I'm looking for a new role in Berlin. Any tips?", name="Oliver Grant")


def test_a_coffee_brand_selling_in_france_is_no_local_cafe() -> None:
    # wave 145 regression (r79 es note-18): "una pequeña marca de café … vender en Francia" answered "para un negocio local"
    draft = sample_draft("Hola Camille, soy de México y tengo una pequeña marca de café de especialidad que queremos vender en "
                         "Francia. ¿Qué canal recomiendas para empezar, Instagram Ads o Google? Gracias de antemano, Rodrigo",
                         headline="Fundador | Café Altura Oaxaca", name="Rodrigo Pérez")
    assert "negocio local" not in draft and "Francia es justo mi mercado" in draft
    # a café people walk into keeps the local pick
    cafe = sample_draft("Bonjour Camille, j'ai ouvert un café à Lyon. Pub Instagram ou Google pour commencer, avec 200 €/mois ?",
                        name="Julie Martin")
    assert "pour un commerce local" in cafe and "200 € par mois" in cafe


@pytest.mark.parametrize("note, opener", [
    ("Bonjour Camille, nous organisons les Rencontres du Web le 14 mai à Lyon. Seriez-vous disponible pour intervenir ? "
     "Pourriez-vous nous proposer un sujet ?", "Cela m'intéresse beaucoup"),
    ("Hi Camille, we're running a marketing meetup in Leeds on 3 April. Would you be available to speak about SEO?",
     "I'd be very interested"),
])
def test_a_dated_talk_is_welcomed_without_praising_a_topic_not_yet_named(note: str, opener: str) -> None:
    # wave 145 regression (r147 fr note-10, r129 nl note-30): "Le thème m'intéresse beaucoup … pourriez-vous me préciser le sujet ?"
    draft = sample_draft(note, name="Claire Morel")
    assert opener in draft
    assert "thème m'intéresse" not in draft and "topic really interests" not in draft
