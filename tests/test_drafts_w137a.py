"""Wave 137, group A: an explicit ask to talk ("Bora conversar?", "Ne parliamo?", "Sollen wir reden?") from a referred
shop owner gets a yes and the 20-minute call, never "how is your shop going?"."""

from __future__ import annotations

from drafting import sample_draft


def test_referred_shop_owner_asking_to_talk_gets_the_call_in_portuguese_and_italian() -> None:
    # 137 es_pt_it note-37: "o tráfego não decola. Bora conversar?" answered with "Como está indo sua loja…?"
    pt = sample_draft("Oiii Camille! A Fernanda Alves me passou seu perfil, disse que vc é fera em SEO pra e-commerce rs. Tenho uma "
                      "loja de cafés especiais online e o tráfego não decola. Bora conversar?", headline="Fundador Café do Sítio",
                      name="Gustavo Lima")
    assert "Como está indo" not in pt
    assert "Vamos conversar, sim" in pt and "conversa de 20 minutos" in pt and "inglês ou em francês" in pt
    # 137 es_pt_it note-59: "il traffico non decolla. Ne parliamo?" answered with "Come sta andando il tuo negozio…?"
    it = sample_draft("Ciao Camille!! Mi ha passato il tuo profilo Anna De Luca, dice che sei una forza nella SEO per gli e-shop ahah. "
                      "Ho un negozio online di vini e il traffico non decolla. Ne parliamo?",
                      headline="Fondatore di Vini delle Langhe Online", name="Andrea Rossi")
    assert "Come sta andando" not in it
    assert "Sentiamoci volentieri" in it and "call di 20 minuti" in it and "inglese o in francese" in it


def test_referred_shop_owner_asking_sollen_wir_reden_gets_the_call_in_german() -> None:
    # 137 es_pt_it note-37 (German variant): "Sollen wir reden?" answered with "Sag mir ungefähr, welches Budget du hast"
    de = sample_draft("Hallo Camille! Anna Schmidt hat mir dein Profil gegeben, sie sagt, du bist super in SEO für Onlineshops. Ich "
                      "habe einen Onlineshop für Kaffee und der Traffic kommt nicht in Fahrt. Sollen wir reden?",
                      headline="Gründer Kaffeewerk", name="Jonas Weber")
    assert "welches Budget" not in de
    assert "Sehr gern tausche ich mich mit dir zu SEO aus!" in de and "welche Termine passen dir nächste Woche?" in de


def test_referred_shop_owner_asking_hablamos_still_gets_the_call() -> None:
    # 137 es_pt_it note-37 neighbour that must not change: "¿Hablamos?" already got the call
    es = sample_draft("Hola Camille! Marta Ruiz me pasó tu perfil, dice que eres una crack en SEO para e-commerce. Tengo una tienda "
                      "online de cafés y el tráfico no despega. ¿Hablamos?", headline="Fundador Café Origen", name="Pablo Gómez")
    assert "Con gusto lo hablamos: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?" in es


def test_referred_shop_owner_without_an_ask_is_still_asked_how_the_shop_goes() -> None:
    # 137 es_pt_it note-59 neighbour that must not change: no wish to talk, the shop asked after
    it = sample_draft("Ciao Camille! Mi ha passato il tuo profilo Anna De Luca. Ho un negozio online di vini.",
                      headline="Fondatore di Vini delle Langhe Online", name="Andrea Rossi")
    assert "Sentiamoci volentieri" not in it and "Sarebbe bello conoscerci." in it


def test_a_follow_up_she_asked_for_picks_up_the_instagram_strategy() -> None:
    # 137 es_pt_it note-20: "Me dijiste que te escribiera para lo de la estrategia de Instagram" answered "¿En qué estás trabajando?"
    es = sample_draft("Hola Camille! Nos vimos en el afterwork de mujeres emprendedoras en Lyon, te hablé de mi marca de ropa sostenible. "
                      "Me dijiste que te escribiera para lo de la estrategia de Instagram, ¡aquí estoy! 🌱\nBea",
                      headline="Fundadora de Verde Moda", name="Bea Martín")
    assert "¿En qué estás trabajando" not in es and "seguimos hablando de la estrategia de Instagram" in es
    # 137 es_pt_it note-64: "Mi avevi detto di scriverti per la strategia Instagram" answered "Su cosa stai lavorando?"
    it = sample_draft("Ciao Camille! Ci siamo conosciute all'aperitivo delle donne imprenditrici a Lione, ti ho parlato del mio brand di "
                      "moda sostenibile. Mi avevi detto di scriverti per la strategia Instagram, eccomi! 🌱\nBea",
                      headline="Fondatrice di Moda Verde", name="Bea Conti")
    assert "Su cosa stai lavorando" not in it and "il discorso sulla strategia Instagram" in it
    fr = sample_draft("Coucou Camille ! On s'est vues à l'afterwork des femmes entrepreneures à Lyon, je t'ai parlé de ma marque de mode "
                      "durable. Tu m'avais dit de t'écrire pour la stratégie Instagram, me voilà ! 🌱",
                      headline="Fondatrice de Mode Verte", name="Léa Roux")
    assert "tes projets" not in fr and "discussion sur la stratégie Instagram" in fr


def test_met_at_an_event_without_a_follow_up_is_still_asked_what_she_works_on() -> None:
    # 137 es_pt_it note-20 neighbour that must not change: met at the afterwork, nothing asked to pick up
    es = sample_draft("Hola Camille! Nos vimos en el afterwork de mujeres emprendedoras en Lyon, te hablé de mi marca de ropa sostenible.",
                      headline="Fundadora de Verde Moda", name="Bea Martín")
    assert "seguimos hablando" not in es and "¿En qué estás trabajando ahora?" in es
