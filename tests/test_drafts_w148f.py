"""Wave 148, group F (Portuguese): a sender who offered English hears "in English, with pleasure" once; a talk on a given
day ("no dia 12") never asks the exact date, and "Estarias disponível" is answered tu; a formal note that follows her work
and only asks to join her network is thanked, never answered as a proposal with a call."""

from __future__ import annotations

from drafting import sample_draft


def test_training_in_portuguese_or_english_answers_english_once() -> None:
    # 170 es_pt_it note-37: "Fazem formações em português ou inglês?" re-asked "Seria possível em inglês?" and said the no twice
    pt = sample_draft("Olá Camille, sou diretora de marketing de uma rede de hotéis no Algarve e estamos a pensar formar a "
                      "equipa em redes sociais. Fazem formações em português ou inglês?", name="Catarina Sousa")
    assert "Seria possível em inglês" not in pt
    assert pt.count("não dou formações") + pt.count("Não dou formações") == 1
    assert "Em inglês, com todo o gosto" in pt


def test_talk_on_a_given_day_never_asks_the_date_and_keeps_tu() -> None:
    # 170 es_pt_it note-39: "Estarias disponível … no dia 12?" got "pode indicar-me a data exata?" and the formal você
    pt = sample_draft("Olá Camille, organizo o Marketing Summit Porto em junho e procuramos oradores sobre SEO. Estarias "
                      "disponível para uma palestra de 30 min no dia 12?\nAbraço,\nJoão", name="João Silva")
    assert "data exata" not in pt
    assert "tomo nota da data" in pt
    assert "te teres lembrado" in pt and "se ter lembrado" not in pt


def test_talk_on_a_given_day_in_spanish_and_italian_never_asks_the_date() -> None:
    # 170 es_pt_it note-39 (es, it variants): "el día 12", "il 12?" with the month said before
    es = sample_draft("Hola Camille, organizo el Marketing Summit Madrid en junio y buscamos ponentes sobre SEO. ¿Estarías "
                      "disponible para una charla de 30 min el día 12?", name="Juan García")
    assert "fecha exacta" not in es and "apunto la fecha" in es
    it = sample_draft("Ciao Camille, organizzo il Marketing Summit Milano a giugno e cerchiamo relatori sul SEO. Saresti "
                      "disponibile per un intervento di 30 minuti il 12?", name="Marco Rossi")
    assert "data esatta" not in it and "mi segno la data" in it


def test_talk_in_a_month_only_still_asks_the_date() -> None:
    # 170 es_pt_it note-39 neighbour (must not change): a month with no day still asks the exact date
    pt = sample_draft("Olá Camille, organizo o Marketing Summit Porto em junho e procuramos oradores sobre SEO. Estarias "
                      "disponível para uma palestra de 30 min?\nAbraço,\nJoão", name="João Silva")
    assert "data exata" in pt


def test_formal_br_note_joining_her_network_is_thanked_not_a_proposal() -> None:
    # 171 es_pt_it note-25: "Acompanho seu trabalho … gostaria de fazer parte da sua rede" answered "a proposta me interessa" + call
    br = sample_draft("Prezada Sra. Laurent,\nAcompanho seu trabalho sobre estratégia de conteúdo há algum tempo e gostaria "
                      "de fazer parte da sua rede.\nAtenciosamente,\nMarcelo Pereira", name="Marcelo Pereira")
    assert "proposta" not in br and "20 minutos" not in br
    assert "Prezado Sr. Pereira" in br and "Agradeço o convite" in br
    it = sample_draft("Gentile Dott.ssa Laurent,\nseguo da tempo il Suo lavoro sulla strategia di contenuti e vorrei entrare "
                      "a far parte della Sua rete.\nCordiali saluti,\nMarco Bianchi", name="Marco Bianchi")
    assert "proposta" not in it and "20 minuti" not in it and "La ringrazio" in it


def test_br_partnership_after_following_her_work_stays_a_proposal() -> None:
    # 171 es_pt_it note-25 neighbour (must not change): following her work, then a partnership proposed
    br = sample_draft("Olá Camille, acompanho o seu trabalho sobre SEO há algum tempo. Gostaria de lhe propor uma parceria "
                      "para formações na nossa agência.", name="Rui Costa")
    assert "parceria" in br or "colaboração" in br or "proposta" in br
