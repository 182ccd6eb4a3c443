"""Wave 161 D: the wrong kind of reply. A note praising her looks (a romance-scam opening, no business) gets a dry no,
never a warm thanks; a newcomer who "moved to Lyon" ("mudei-me para Lyon") and asks for a coffee gets the coffee, never
"glad you've already put it into practice" (moving is no tip applied); a fintech, SaaS or B2B firm launching in France
is no shop: never product pages, shipping and returns, but France as her market and a call as the next step."""
from drafting import sample_draft


def test_looks_praised_gets_a_dry_no():
    en = sample_draft("Hello dear, I saw your profile and you look very nice. I would like to know you better 😊",
                      headline="Engineer at Offshore Oil Rig", name="James Williams")
    assert "this isn't for me" in en and "Thanks for connecting" not in en
    es = sample_draft("Hola querida, eres muy guapa, me gustaría conocerte mejor 😘", name="Marco Ruiz")
    assert "no me interesa" in es
    de = sample_draft("Hallo, du siehst wirklich hübsch aus auf deinem Foto. Ich würde dich gern besser kennenlernen", name="Tom Berg")
    assert "nichts für mich" in de
    # neighbour: praise for her website and work keeps its friendly reply
    other = sample_draft("Hi Camille, your website looks very nice! Would love to know you better and your work on SEO.", name="Amy Stone")
    assert "isn't for me" not in other and "not for me" not in other


def test_moved_to_lyon_is_no_tip_applied():
    pt = sample_draft("Olá Camille, sou portuguesa e mudei-me para Lyon há pouco tempo. Trabalho em comunicação e gostava de conhecer "
                      "profissionais da área por cá. Um café um dia destes?", headline="Comunicação & Marketing", name="Sofia Mendes")
    assert "prática" not in pt and "resultados" not in pt and "café" in pt
    pt2 = sample_draft("Olá! Sou de Braga e mudei-me para Lyon no mês passado, trabalho em marketing digital. Tomamos um café?",
                       name="Rita Costa")
    assert "prática" not in pt2 and "café" in pt2
    # neighbour: a tip really applied keeps the congratulations
    done = sample_draft("Olá Camille, li o seu post sobre títulos SEO e mudei os títulos das minhas páginas. Obrigada pela dica!", name="Ana Lopes")
    assert "prática" in done or "resultado" in done


def test_fintech_into_france_is_no_shop():
    it = sample_draft("Ciao Camille, sono la responsabile growth di una startup fintech di Milano, vogliamo lanciarci in Francia nel 2025. "
                      "Fai consulenze di go-to-market? Come funziona?", headline="Head of Growth @ Soldino", name="Martina Lombardi")
    assert "spedizione" not in it and "schede prodotto" not in it and "call" in it
    en = sample_draft("Hi Camille, I lead marketing at a B2B SaaS start-up in Berlin and we plan to launch in France next year. "
                      "Do you do go-to-market consulting? How does it work?", name="Jonas Weber")
    assert "product pages" not in en and "Shipping" not in en and "call" in en
    es = sample_draft("Hola Camille, soy responsable de marketing de una fintech de Madrid y queremos expandirnos a Francia el año que viene. "
                      "¿Haces consultoría de go-to-market? ¿Cómo funciona?", name="Lucía Ortega")
    assert "devoluciones" not in es and "llamada" in es
    # neighbour: a goods brand launching in France keeps her French-market answer for a shop
    shop = sample_draft("Ciao Camille, abbiamo un brand di cosmetici naturali a Torino e vorremmo lanciarci in Francia: quali canali ci "
                        "consiglieresti?", name="Sara Gallo")
    assert "schede prodotto" in shop
