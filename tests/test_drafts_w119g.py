"""Wave 119, group G: proposals from people she knows, and referred prospects who want to meet."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import situation


def test_referred_shop_owner_with_stalled_sales_gets_a_call_not_how_is_it_going() -> None:
    # 116 es_pt_it note-4 / note-48: "las ventas no despegan … me encantaría que nos conociéramos" answered "¿Qué tal va tu tienda?"
    es = sample_draft("Buenas Camille, Marta Ruiz me ha hablado muy bien de ti y me recomendó que te escribiera. Tengo una tienda online "
                      "de cosmética natural y las ventas no despegan. Me encantaría que nos conociéramos.",
                      headline="Fundadora de Verde Cosmética", name="Ana Belén Soto")
    assert "¿Qué tal va" not in es
    assert "Que las ventas no despeguen" in es and "15 minutos" in es
    it = sample_draft("Buongiorno Camille, Francesca Greco mi ha parlato molto bene di te e mi ha consigliato di scriverti. Ho un e-commerce "
                      "di prodotti biologici e le vendite sono ferme. Mi piacerebbe conoscerti.",
                      headline="Fondatrice di BioNatura Shop", name="Chiara Esposito")
    assert "Come sta andando" not in it
    assert "Che le vendite restino ferme" in it and "15 minuti" in it


def test_stalled_sales_read_as_a_problem_in_other_languages_and_growth_is_not() -> None:
    assert situation.read("J'ai une boutique en ligne de bougies et mes ventes stagnent depuis des mois.").problem == "stall"
    assert situation.read("I run a small online tea shop and sales have stalled this year.").problem == "stall"
    assert situation.read("Ik heb een webshop in fietsen maar de verkoop komt niet op gang.").problem == "stall"
    assert situation.read("Tenho uma loja online de roupa e as vendas não descolam.").problem == "stall"
    assert situation.read("Ich habe einen Onlineshop für Tee und der Umsatz stagniert.").problem == "stall"
    assert situation.read("I run a small online tea shop and my sales went up 30%!").problem != "stall"


def test_proposal_from_someone_she_trained_with_names_the_shared_training() -> None:
    # 118 fr_en note-12 / note-34: a proposal from a former training mate answered as if from a stranger
    fr = sample_draft("Coucou Camille, on était ensemble à la formation Google Ads à Paris en 2019 ! Je suis maintenant freelance en "
                      "création de sites, ça pourrait être sympa de collaborer sur des projets communs",
                      headline="Webdesigner freelance", name="Laura Bonnet")
    assert "Quel plaisir d'avoir de tes nouvelles depuis la formation Google Ads" in fr
    en = sample_draft("Hi Camille, we were in the same Google Ads training in Dublin back in 2020! I'm now running a small web design "
                      "agency, would be great to explore collaborating on projects.", headline="Founder, Pixelcraft Studio", name="Sean Murphy")
    assert "great to hear from you again after the Google Ads training" in en
    assert "the same" not in en


def test_reunion_line_only_for_a_shared_past_and_in_german_too() -> None:
    en = sample_draft("Hi Camille, I'm running a small web design agency, would be great to explore collaborating on projects.",
                      headline="Founder, Pixelcraft Studio", name="Sean Murphy")
    assert "hear from you again" not in en
    de = sample_draft("Hallo Camille, wir waren zusammen in der Google-Ads-Schulung in Berlin 2019! Ich bin jetzt freiberuflicher "
                      "Webdesigner, wollen wir bei Projekten zusammenarbeiten?", headline="Webdesigner", name="Jonas Weber")
    assert "nach der Google-Ads-Schulung in Berlin 2019 wieder von dir zu hören" in de


def test_a_recent_shared_webinar_is_no_reunion_and_a_timed_call_keeps_its_length() -> None:
    nl = sample_draft("Hallo Camille, we zaten samen in de breakout sessie over content strategie op het webinar van Semrush. Ik ben "
                      "freelance copywriter en zou het leuk vinden om eens samen te werken. Groet, Femke", headline="", name="Femke de Vries")
    assert "weer van je te horen" not in nl
    es = sample_draft("Hola Camille, Marta Roig me dijo que te escribiera. Tengo una tienda online de cerámica artesanal y las ventas "
                      "no despegan. ¿Podríamos hablar 20 min la semana que viene? Un saludo, Pablo", headline="", name="Pablo Gil")
    assert "20 minutos" in es and "15 minutos" not in es
