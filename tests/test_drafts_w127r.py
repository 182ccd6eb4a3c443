"""Wave 127, group R: a graduate asking how to present herself to agencies gets the tip on standing out, never the
agency-or-in-house comparison she did not ask for; a blog question weighing one long article against three "corti" or
"curtos" gets the pace-and-length answer, never a call offered instead."""

from __future__ import annotations

from drafting import sample_draft


def test_how_to_present_oneself_to_agencies_gets_the_stand_out_tip_not_the_comparison() -> None:
    # 128 es_pt_it note-55: "hai qualche consiglio su come presentarmi alle agenzie?" answered with "Entrambe formano bene"
    it = sample_draft("ciao camille, mi sono appena laureata in marketing e cerco lavoro. hai qualche consiglio su come "
                      "presentarmi alle agenzie? grazie davvero", headline="Neolaureata in Marketing", name="Martina Colombo")
    assert "Entrambe" not in it and "in azienda" not in it
    assert "Per distinguersi aiutano progetti con risultati e un'idea per un cliente dell'agenzia." in it
    br = sample_draft("Oi Camille, acabei de me formar em marketing e estou procurando emprego. Tem alguma dica de como me "
                      "apresentar para as agências?", headline="Recém-formada em Marketing", name="Julia Costa")
    assert "Os dois ensinam" not in br and "uma ideia para um cliente da agência" in br
    pt = sample_draft("Olá Camille, acabei o curso de marketing e procuro o primeiro emprego. Como me devo apresentar às agências?",
                      headline="Mestre em Marketing", name="Inês Ferreira")
    assert "Os dois ensinam" not in pt and "uma ideia para um cliente da agência" in pt
    en = sample_draft("Hi Camille, I just graduated in marketing and I'm job hunting. Any advice on how to present myself to "
                      "agencies?", headline="Marketing graduate", name="Emma Hall")
    assert "Both teach well" not in en and "an idea for one of the agency's clients" in en


def test_agency_or_in_house_still_weighs_both_sides() -> None:
    # the nearby either/or question keeps its comparison
    it = sample_draft("Ciao Camille, appena laureato: meglio iniziare in agenzia o in azienda?", headline="Neolaureato",
                      name="Marco Bianchi")
    assert "Entrambe formano bene: in agenzia si lavora per tanti clienti" in it
    en = sample_draft("Hi Camille, I just graduated and I'm applying to agencies. Any tips on what to look for? Thanks, Ben",
                      name="Ben Carter")
    assert "Both teach well" in en


def test_one_long_article_or_three_short_ones_gets_the_answer_not_a_call() -> None:
    # 129 es_pt_it note-51: "meglio pubblicare 1 articolo lungo a settimana o 3 corti?" answered with a 15-minute call
    it = sample_draft("Ciao Camille, leggo sempre la tua newsletter. Domanda veloce: per un blog aziendale meglio pubblicare "
                      "1 articolo lungo a settimana o 3 corti? Grazie!", headline="Content writer", name="Sara Marino")
    assert "telefono" not in it and "un articolo lungo più di tre brevi" in it
    it_lei = sample_draft("Buongiorno Camille, per il blog della nostra azienda ha più senso un post lungo alla settimana "
                          "oppure tre post corti?", headline="Marketing manager", name="Paolo Greco")
    assert "un articolo lungo più di tre brevi" in it_lei
    br = sample_draft("Oi Camille, pro blog da empresa é melhor postar 1 artigo longo por semana ou 3 curtos?",
                      headline="Redatora", name="Ana Lima")
    assert "um artigo longo mais do que três curtos" in br
    es = sample_draft("Hola Camille, para el blog de la empresa, ¿mejor 1 artículo largo por semana o 3 cortos?",
                      headline="Redactora", name="Lucía Gómez")
    assert "un artículo largo más que tres cortos" in es
