"""Wave 167 E: register, variant and wording.

A Spanish "¿Impartes …?" under a warm "Estimada Camille" is answered tú; a note-less Brazilian profile ("Estudante de
Administração", a shop "do Sítio") gets Brazilian Portuguese and "a loja Café do Sítio", never "a Café do Sítio"; the
European Portuguese content-course answer leads with the course (not with books) and says "conteúdos"; a team training
topic is said once and plainly ("em SEO", never "em SEO para a equipa de marketing"; "en estrategia de contenidos", never
a bare "en contenidos"); "vai ser um prazer" is said once.
"""
from __future__ import annotations

from drafting import sample_draft


def test_a_tu_verb_under_a_warm_letter_opening_is_answered_tu() -> None:
    # 214 es_pt_it note-18: "Estimada Camille, … ¿Impartes formaciones in-company? Saludos cordiales": answered usted
    es = sample_draft("Estimada Camille, dirijo el área de growth de una fintech en Barcelona y estamos valorando formación en "
                      "marketing digital para nuestro equipo (8 personas). ¿Impartes formaciones in-company? Saludos cordiales, "
                      "Alberto Sanz", headline="Head of Growth at PagoFácil", name="Alberto Sanz")
    assert "tu mensaje" in es and "su mensaje" not in es and "le vienen bien" not in es, es
    own = sample_draft("Estimada Camille, llevo el marketing de una cadena de gimnasios en Bilbao y queremos formar al equipo "
                       "en redes sociales. ¿Impartes talleres para empresas? Un cordial saludo, Iker Etxebarria",
                       headline="Marketing Manager", name="Iker Etxebarria")
    assert "su mensaje" not in own and "le vienen bien" not in own, own
    # neighbour: an usted writer stays usted
    usted = sample_draft("Estimada Sra. Laurent: dirijo el marketing de una cadena hotelera y buscamos formación en SEO para el "
                         "equipo. ¿Imparte usted formaciones in-company? Atentamente, Jorge Vidal",
                         headline="Director de Marketing", name="Jorge Vidal")
    assert "su mensaje" in usted and "le vienen bien" in usted, usted


def test_a_noteless_brazilian_profile_gets_brazilian_portuguese_and_the_shop_named() -> None:
    # 215 es_pt_it note-44: "gerir a Café do Sítio … ajudo com todo o gosto" for a Brazilian student founder
    br = sample_draft("", headline="Fundador da loja online Café do Sítio | Estudante de Administração", name="Lucas Barbosa")
    assert "gerir" not in br and "todo o gosto" not in br and "Cumprimentos" not in br, br
    assert "a loja Café do Sítio" in br and "tocar a Café" not in br, br
    own = sample_draft("", headline="Graduanda em Administração | Fundadora da loja online Doces do Sítio", name="Júlia Santos")
    assert "você" in own and "todo o gosto" not in own and "a loja Doces do Sítio" in own, own
    # neighbour: a Portuguese student founder keeps European Portuguese
    pt = sample_draft("", headline="Estudante de Gestão no ISCTE | Fundadora da loja online Bolos da Avó", name="Inês Rocha")
    assert "gerir a loja Bolos da Avó" in pt and "Cumprimentos" in pt, pt


def test_the_european_content_course_answer_leads_with_the_course() -> None:
    # 214 es_pt_it note-37: "Em estratégia de conteúdo os livros envelhecem depressa" to a course asked, in PT-PT
    pt = sample_draft("Olá Camille, sou júnior em marketing e queria saber que formação me recomenda para me especializar em "
                      "estratégia de conteúdos. Algum curso que valha mesmo a pena?", headline="Assistente de Marketing",
                      name="Beatriz Matos")
    assert "Em estratégia de conteúdos, apostaria numa formação gratuita" in pt, pt
    assert "os livros envelhecem depressa:" not in pt and "conteúdo útil" not in pt, pt
    books = sample_draft("Olá Camille, sou júnior numa agência em Lisboa. Que livros ou cursos me recomendaria para aprender "
                         "estratégia de conteúdos? Obrigado", name="Tiago Costa")
    assert "o curso de marketing de conteúdo da HubSpot Academy" in books and "os livros, nesta área, envelhecem depressa" in books, books


def test_a_team_training_topic_is_said_once_and_plainly() -> None:
    # 215 es_pt_it note-42: "dou formações para equipas em SEO para a equipa de marketing"
    pt = sample_draft("Olá Camille, sou Head of Growth numa scale-up em Lisboa e procuramos formação em SEO para a equipa de "
                      "marketing (6 pessoas). Podemos marcar uma conversa?", headline="Head of Growth @ Pagaqui", name="Catarina Sousa")
    assert "dou formações para equipas em SEO." in pt and "para a equipa de marketing" not in pt, pt
    own = sample_draft("Olá Camille, sou diretor de marketing numa empresa no Porto e procuramos formação em Google Ads para a "
                       "equipa de vendas (5 pessoas). Podemos falar?", headline="Diretor de Marketing", name="Nuno Pires")
    assert "em Google Ads." in own and "equipa de vendas" not in own, own
    # 215 es_pt_it note-20: "imparto formaciones para empresas en contenidos"
    es = sample_draft("Hola Camille, soy Head of Growth en una startup fintech en Madrid. Estamos buscando formación en contenidos "
                      "para nuestro equipo de 8 personas. ¿Podemos hablar?", headline="Head of Growth @ Pagalo",
                      name="Miguel Ángel Serrano")
    assert "en estrategia de contenidos." in es and "empresas en contenidos" not in es, es
    own_es = sample_draft("Hola Camille, dirijo una agencia en Sevilla y buscamos formación en contenidos para el equipo. ¿Hablamos?",
                          headline="CEO", name="Pablo Ruiz")
    assert "en estrategia de contenidos" in own_es, own_es


def test_the_pleasure_is_said_once() -> None:
    # 214 es_pt_it note-42: "vai ser um prazer trocar ideias … Vai ser um prazer!"
    br = sample_draft("Olá Camille, sou consultor de marketing também, em Porto Alegre. Adoraria trocar ideias sobre tendências "
                      "de social ads na Europa x Brasil 🙂", headline="Consultor de Marketing Digital", name="Eduardo Martins")
    assert br.lower().count("vai ser um prazer") == 1 and "Que tal uma chamada" in br, br
    own = sample_draft("Oi Camille, sou consultora de marketing também, em Recife. Adoraria trocar ideias sobre tendências de "
                       "anúncios no TikTok 🙂", headline="Consultora de Marketing", name="Fernanda Lopes")
    assert own.lower().count("vai ser um prazer") == 1, own
    # neighbour: with no pleasure in the thanks, the call line keeps its own
    post = sample_draft("Oi Camille, vi seu post sobre IA e SEO, ótima análise. Trabalho com algo parecido em São Paulo, adoraria "
                        "trocar ideias.", "SEO", "Pedro Santos")
    assert "Vai ser um prazer!" in post, post
