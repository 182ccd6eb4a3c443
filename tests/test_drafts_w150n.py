"""Wave 150, group N (Portuguese): a course being built is a peer exchange, a greeting's "tudo bem?" asks nothing, and
"Instagram Ads … vale a pena investir ou SEO?" weighs both."""
from __future__ import annotations

from drafting import sample_draft


def test_a_course_being_built_is_a_chat_never_courses_sent_pt() -> None:
    # 174 es_pt_it note-42: "estou a montar um curso online … trocar ideias" got "envio-lhe alguns cursos que recomendo"
    draft = sample_draft("Olá Camille, trabalho com e-commerce há 10 anos e estou a montar um curso online de marketing digital. "
                         "Gostava de trocar ideias consigo sobre formação, se tiver interesse.\nCumprimentos, Miguel",
                         headline="Formador e consultor de e-commerce", name="Miguel Sousa")
    assert "cursos que recomendo" not in draft
    assert "20 minutos" in draft


def test_a_course_being_built_is_a_chat_en_and_br() -> None:
    # 174 es_pt_it note-42 (variants): the sender's own course, never a course asked for
    en = sample_draft("Hi Camille, I'm building an online digital marketing course and would love to swap ideas with you about "
                      "training.", headline="Trainer", name="John Smith")
    br = sample_draft("Oi Camille, estou montando um curso online de marketing digital e queria trocar ideias com você sobre "
                      "formação. Abraço", headline="Consultor", name="Rafael Lima")
    assert "20-minute" in en and "course" not in en.split("\n", 2)[-1].lower()
    assert "20 minutos" in br and "recomendo" not in br


def test_a_course_asked_for_still_gets_courses() -> None:
    # 174 es_pt_it note-42's neighbour (kept): a course asked for is still answered with courses
    draft = sample_draft("Olá Camille, pode recomendar-me um curso online de marketing digital para começar?", name="Ana Silva")
    assert "20 minutos" not in draft or "curso" in draft.lower()


def test_same_field_with_a_greeting_question_is_never_out_of_her_area() -> None:
    # 175 es_pt_it note-41: "e ai, tudo bem? adicionando pq somos da mesma area" got "isso está fora da minha área"
    draft = sample_draft("e ai, tudo bem? adicionando pq somos da mesma area. abs", name="Diego Santos")
    assert "fora da minha área" not in draft
    assert "trocar ideias" in draft or "Valeu" in draft


def test_same_field_pt_pt_and_en_greeting_question_stay_warm() -> None:
    # 175 es_pt_it note-41 (variants): "how's it going? adding you since we're in the same field" was declined too
    pt = sample_draft("olá, adiciono porque somos da mesma área. abraço", name="Rui Costa")
    en = sample_draft("hey, how's it going? adding you since we're in the same field. cheers", name="Tom Brown")
    assert "fora da minha área" not in pt and "trocar ideias" in pt
    assert "outside my" not in en and "Thanks" in en


def test_instagram_ads_worth_it_or_seo_first_weighs_both_br() -> None:
    # 175 es_pt_it note-27: "tô perdida com o Instagram Ads. Vale a pena investir ou foco primeiro no SEO?" got only the
    # Meta setup (R$ 50 a R$ 100 por dia, Advantage+)
    draft = sample_draft("Oi Camille, tenho uma lojinha virtual de acessórios feitos à mão e tô perdida com o Instagram Ads. Vale a "
                         "pena investir ou foco primeiro no SEO? Obrigada!!", headline="Fundadora da Ateliê Flor de Sal",
                         name="Patrícia Alves")
    assert "Advantage+" not in draft and "R$ 50" not in draft
    assert "Depende da pressa em vender" in draft


def test_instagram_ads_worth_it_or_seo_weighs_both_pt_and_en() -> None:
    # 175 es_pt_it note-27 (variants): pt-PT in one sentence, en told across two sentences (was the Meta setup)
    pt = sample_draft("Olá Camille, tenho uma pequena loja online de bijuteria e não sei se devo investir em anúncios no Instagram "
                      "ou primeiro no SEO. Obrigada!", headline="Fundadora", name="Joana Pereira")
    en = sample_draft("Hi Camille, I'm lost with Instagram Ads for my small shop. Is it worth investing, or should I focus on SEO "
                      "first?", headline="Founder", name="Emma Clark")
    assert "Depende da pressa em vender" in pt
    assert "It depends on how soon sales are needed" in en


def test_meta_ads_lost_alone_still_gets_the_meta_answer() -> None:
    # 175 es_pt_it note-27's neighbour (kept): lost with Instagram Ads, no SEO weighed: the small-budget Meta answer
    draft = sample_draft("Oi Camille, tenho uma lojinha virtual e tô perdida com o Instagram Ads. Vale a pena investir? Obrigada!",
                         name="Carla Souza")
    assert "Advantage+" in draft
