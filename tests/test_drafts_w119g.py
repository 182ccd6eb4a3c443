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


def test_a_timed_call_keeps_its_length() -> None:
    es = sample_draft("Hola Camille, Marta Roig me dijo que te escribiera. Tengo una tienda online de cerámica artesanal y las ventas "
                      "no despegan. ¿Podríamos hablar 20 min la semana que viene? Un saludo, Pablo", headline="", name="Pablo Gil")
    assert "20 minutos" in es and "15 minutos" not in es
