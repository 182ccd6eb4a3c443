"""Wave 162 C: events, referrals and named topics read back right.

A module sought "en stratégie social ads" names its subject (never "le sujet" asked again); "ci ha parlato di te X",
"nos habló de ti X", "falou-nos de si o X" name a referrer (never an invented talk "a Roma"); "we met at the event, at
the talk on local SEO" is recalled with its topic (never "thanks for coming to my talk"); a course a few months back is
never "after all this time"; "tu te souviens de moi ?" is answered; a former trainee's news is never "Cela me fait très
plaisir que vous ayez suivi ma formation" followed by "plaisir" again.
"""

from __future__ import annotations

from drafting import sample_draft


def test_module_subject_named_not_asked() -> None:
    d = sample_draft("Bonjour Camille,\nJe suis responsable pédagogique à l'ESC Clermont. Nous recherchons un(e) intervenant(e) pour un module "
                     "de 20h en stratégie social ads au 2e semestre. Seriez-vous disponible ?\nCordialement,\nIsabelle Perrin",
                     "Responsable pédagogique - ESC Clermont", "Isabelle Perrin")
    assert "le sujet" not in d and "stratégie social ads" in d
    d = sample_draft("Bonjour Camille, notre école cherche un intervenant pour un module de 15h en stratégie SEO au printemps. "
                     "Seriez-vous disponible ?", "", "Marc Petit")
    assert "le sujet" not in d and "stratégie SEO" in d


def test_module_without_subject_still_asks_it() -> None:
    d = sample_draft("Bonjour Camille, nous cherchons un intervenant pour un module de 12h à l'IAE de Lyon au printemps. "
                     "Seriez-vous disponible ?", "", "Marc Petit")
    assert "le sujet" in d


def test_referrer_told_us_about_you() -> None:
    d = sample_draft("Ciao Camille, sono founder di una startup di food delivery a Roma. Ci ha parlato di te Julien Roux. Avremmo bisogno "
                     "di una mano con la strategia di acquisizione. Ne parliamo? Stefano", "", "Stefano Mancini")
    assert "Julien Roux" in d and "intervento" not in d
    d = sample_draft("Hola Camille, soy fundadora de una app de reservas en Sevilla. Nos habló de ti Marta Gil. Necesitamos ayuda "
                     "con la estrategia de adquisición. ¿Hablamos?", "", "Lucía Gil")
    assert "Marta Gil" in d and "charla" not in d
    d = sample_draft("Olá Camille, sou fundador de uma startup de logística em Lisboa. Falou-nos de si o Pedro Costa. Precisamos de "
                     "ajuda com a estratégia de aquisição. Podemos falar?", "", "Rui Costa")
    assert "Pedro Costa" in d


def test_met_at_a_talk_on_a_topic() -> None:
    d = sample_draft("Hola Camille! Nos conocimos en el Web Summit de Lisboa, en la charla sobre SEO local. Me encantó tu enfoque, "
                     "me gustaría seguir en contacto. Un saludo, Javier", "Growth Marketing Manager en Glovo", "Javier Ruiz")
    assert "venir a mi charla" not in d and "SEO local" in d
    d = sample_draft("Olá Camille, conhecemo-nos no Web Summit em Lisboa, na palestra sobre SEO local. Adorei a sua abordagem, "
                     "vamos manter contacto!", "", "Rui Costa")
    assert "SEO local" in d and d.count("brigada") <= 1


def test_came_to_her_talk_keeps_its_thanks() -> None:
    d = sample_draft("Hola Camille, fui a tu charla sobre SEO local en el Web Summit de Lisboa, me encantó. Un saludo", "", "Javier Ruiz")
    assert "venir a mi charla sobre SEO local" in d


def test_recent_course_not_all_this_time() -> None:
    d = sample_draft("ciao camille eravamo insieme al corso di formazione a lione a febbraio, quello su google analytics, piacere di "
                     "ritrovarti qui", "Marketing Manager presso Lavazza", "Stefano Galli")
    assert "tutto questo tempo" not in d and "febbraio" in d and "grazie" in d
    d = sample_draft("ciao camille eravamo insieme al master a bologna, che piacere ritrovarti qui", "", "Stefano Galli")
    assert "tutto questo tempo" in d


def test_remember_me_answered() -> None:
    d = sample_draft("Coucou Camille, tu te souviens de moi ? On était ensemble au master à Grenoble ! Je suis maintenant chez "
                     "Decathlon, ça me ferait plaisir qu'on se reconnecte 😊", "Chef de produit digital chez Decathlon", "Élodie Rousseau")
    assert "je me souviens" in d and d.count("plaisir") <= 1 and "créneaux" not in d
    d = sample_draft("Hola Camille, ¿te acuerdas de mí? Estudiamos juntas el máster en Madrid. Ahora trabajo en Zara, ¡me encantaría "
                     "reconectar!", "", "Ana Ruiz")
    assert "me acuerdo" in d


def test_former_trainee_news_one_plaisir() -> None:
    d = sample_draft('Bonjour, j\'ai suivi votre formation "Réseaux sociaux pour TPE" à la CCI l\'an dernier. Depuis mes ventes ont '
                     'doublé ! Merci encore 😊', "Artisane céramiste – Terre & Feu", "Camille Roux")
    assert "ayez suivi" not in d and "plaisir" not in d and "Réseaux sociaux pour TPE" in d
    d = sample_draft("Salut Camille, j'ai fait ta formation Instagram à Lyon en 2023, depuis mes réservations ont augmenté de 30% ! "
                     "Merci !", "", "Julie Blanc")
    assert "aies suivi" not in d and d.count("plaisir") <= 1
