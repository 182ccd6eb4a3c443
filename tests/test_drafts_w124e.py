"""Wave 124, group E: people she met and former trainees: the event is named without the spot where the two stood in it."""

from __future__ import annotations

from drafting import sample_draft


def test_met_at_the_coffee_stand_of_an_event_names_the_event_only() -> None:
    # 123 de_nl note-1: "beim SEO Campixx in Berlin am Kaffeestand" echoed whole; the coffee stand is no part of the event
    de = sample_draft("Hallo Camille, wir haben uns letzte Woche beim SEO Campixx in Berlin am Kaffeestand unterhalten – über "
                      "Local SEO für Onlineshops. Würde mich freuen, in Kontakt zu bleiben! Viele Grüße, Jonas",
                      headline="E-Commerce Manager bei Gartenwelt24", name="Jonas Becker")
    assert "Kaffeestand" not in de and "beim SEO Campixx in Berlin" in de
    de2 = sample_draft("Hallo Camille, wir haben uns auf der OMR in Hamburg am Buffet unterhalten. Lass uns gern in Kontakt "
                       "bleiben! Grüße, Lena", name="Lena Vogel")
    assert "Buffet" not in de2 and "auf der OMR in Hamburg" in de2
    de3 = sample_draft("Hallo Frau Laurent, wir haben uns auf der DMEXCO in Köln an der Kaffeebar kennengelernt. Ich würde mich "
                       "freuen, in Kontakt zu bleiben. Beste Grüße, Thomas Berger", name="Thomas Berger")
    assert "Kaffeebar" not in de3 and "auf der DMEXCO in Köln" in de3


def test_met_at_an_event_without_a_spot_keeps_the_whole_event() -> None:
    de = sample_draft("Hallo Camille, wir haben uns letzte Woche beim SEO Campixx in Berlin unterhalten. Würde mich freuen, "
                      "in Kontakt zu bleiben! Viele Grüße, Jonas", name="Jonas Becker")
    assert "beim SEO Campixx in Berlin" in de


def test_trainee_of_a_past_year_gets_hope_it_still_serves_never_if_you_put_it_into_practice() -> None:
    # 122 es_pt_it note-14: a 2022 trainee now running a startup's marketing got "Si pones algo en práctica, ya me contarás"
    es = sample_draft("Hola Camille! Hice tu formación de Google Ads en Lyon en 2022 (era la única española jaja). Ahora llevo el "
                      "marketing de una startup. Quería reconectar!", headline="Marketing Manager en Fintoo", name="Carmen Ibáñez")
    assert "Si pones algo en práctica" not in es and "¡Espero que lo que aprendiste te siga sirviendo hoy!" in es
    # 122 es_pt_it note-36: the same from a 2023 trainee in Brazil
    br = sample_draft("Oi Camille! Fiz seu curso online de estratégia de conteúdo em 2023 e hoje cuido do marketing de uma startup "
                      "em SP. Queria agradecer, me ajudou muito 🙏", headline="Marketing Manager | Pagaí", name="Beatriz Costa")
    assert "Se colocar algo em prática" not in br and "Espero que o que você aprendeu ainda seja útil no seu dia a dia!" in br
    en = sample_draft("Hi Camille! I took your content strategy course in 2023 and I now run marketing at a startup in Manchester. "
                      "Just wanted to say thanks, it helped a lot!", headline="Marketing Manager", name="Emma Clarke")
    assert "If you put any of it into practice" not in en and "Hope what you learnt there still comes in handy today!" in en
    it = sample_draft("Ciao Camille! Ho seguito il tuo corso di Google Ads a Lione nel 2022. Adesso mi occupo del marketing di una "
                      "startup. Volevo riprendere i contatti!", headline="Marketing Manager", name="Giulia Ferri")
    assert "Se metti in pratica qualcosa" not in it and "Spero che quello che hai imparato ti sia ancora utile oggi!" in it


def test_trainee_of_last_month_still_gets_let_me_know_if_you_put_it_into_practice() -> None:
    es = sample_draft("Hola Camille, hice tu formación de Google Ads el mes pasado. ¡Gracias!", name="Lucía Gómez")
    assert "Si pones algo en práctica, ya me contarás qué tal te va." in es


def test_tips_applied_on_their_own_site_never_become_her_site() -> None:
    # 123 fr_en note-14: "j'ai déjà appliqué vos conseils sur mon site" came back as "les conseils sur mon site" in her mouth
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation « SEO pour débutants » chez la CCI de Lyon en octobre. Merci encore, "
                      "j'ai déjà appliqué vos conseils sur mon site ! Est ce que vous faites une suite niveau avancé ?",
                      headline="Gérant – Boulangerie Vidal", name="Pierre Vidal")
    assert "mon site" not in fr and "Bravo d'avoir déjà mis cela en pratique" in fr
    # the advanced course asked: a lighter answer, no flat "there is none"
    assert "Il n'y a pas de second niveau" not in fr and "Je n'ai pas de second niveau programmé pour l'instant" in fr
    fr2 = sample_draft("Salut Camille, merci pour ta formation SEO, j'ai déjà appliqué tes conseils sur mon site !", headline="Fleuriste",
                       name="Julie Martin")
    assert "mon site" not in fr2 and "Bravo d'avoir déjà mis ça en pratique" in fr2
    it = sample_draft("Ciao Camille, grazie per il corso SEO, ho già applicato i tuoi consigli sul mio sito!", headline="Titolare – Forno Rossi",
                      name="Luca Rossi")
    assert "mio sito" not in it and "Che bello che tu abbia già messo in pratica i miei consigli!" in it


def test_tips_on_a_subject_keep_their_subject() -> None:
    fr = sample_draft("Salut Camille, merci pour ta formation, j'ai déjà appliqué tes conseils sur les fiches produits !", name="Léo Petit")
    assert "Bravo d'avoir déjà mis en pratique les conseils sur les fiches produits !" in fr
