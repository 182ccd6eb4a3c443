"""Wave 166, group S: a direct question gets its answer, never a budget or CV request nor her own training.

"What would you check first?" about Instagram sales that dropped, "is interest targeting still worth it?", "how should I
report on organic content?", "are there many opportunities there?" / "any tips (una dritta) on finding work there?" after a
move to Lyon, and "can you recommend an SEO course in Portuguese?" (someone else's course, never her training's language).
"""
import pytest
from drafting import sample_draft


def test_instagram_sales_drop_gets_a_tip_not_a_budget_request() -> None:
    # 212 fr_en note-37
    en = sample_draft("Hi Camille, I run a small Shopify store selling handmade ceramics from Bristol. Sales from Instagram dropped "
                      "a lot this year. What would you check first? Cheers, Hannah", name="Hannah Price")
    assert "budget" not in en and "reels" in en
    es = sample_draft("Hola Camille, tengo una tienda online de bisutería y las ventas desde Instagram han bajado mucho este año. "
                      "¿Qué revisarías primero?")
    assert "presupuesto" not in es and "reels" in es
    fr = sample_draft("Bonjour Camille, j'ai une petite boutique de bougies en ligne et mes ventes via Instagram ont chuté cette "
                      "année. Tu regarderais quoi en premier ?")
    assert "budget" not in fr and "reels" in fr


def test_interest_targeting_question_is_answered() -> None:
    # 213 es_pt_it note-8
    es = sample_draft("Hola Camille, vi tu post sobre los cambios en el algoritmo de Meta Ads. ¿Crees que sigue valiendo la pena "
                      "la segmentación por intereses para un e-commerce pequeño?", headline="Emprendedor | Tienda online de café",
                      name="Diego Herrera")
    assert "presupuesto" not in es and "campaña manual" in es
    en = sample_draft("Hi Camille, loved your post on the Meta Ads changes. Is interest targeting still worth it for a small "
                      "online shop?")
    assert "budget you have" not in en and "manual campaign" in en
    fr = sample_draft("Bonjour Camille, avec les changements de Meta, le ciblage par centres d'intérêt vaut-il encore le coup pour "
                      "une petite boutique en ligne ?")
    assert "campagne manuelle" in fr


def test_reporting_on_organic_content_gets_the_metrics() -> None:
    # 212 fr_en note-33
    en = sample_draft("hey camille, junior social media manager here (1 yr exp), struggling to get my clients to see value in "
                      "organic content... any tips on how to report on it?? thx", name="Chloe Martin")
    assert "first steps I'd take" not in en and "saves, shares" in en
    es = sample_draft("Hola Camille, llevo las redes sociales de varias pymes y les cuesta ver el valor del contenido orgánico. "
                      "¿Cómo lo puedo reportar?")
    assert "guardados, compartidos" in es


def test_move_to_lyon_question_gets_the_market_tip_not_a_cv_request() -> None:
    # 212 es_pt_it note-37
    pt = sample_draft("Olá Camille, acabei o mestrado em comunicação em Coimbra e quero mudar-me para Lyon. Há muitas "
                      "oportunidades em marketing digital aí? Obrigada desde já", name="Beatriz Nunes")
    assert "Envie-me o seu CV" not in pt and "Welcome to the Jungle" in pt
    # 212 es_pt_it note-59: "una dritta" is a tip asked
    it = sample_draft("Ciao Camille, mi sono appena laureato in marketing e vorrei trasferirmi a Lione. Potresti darmi qualche "
                      "dritta su come trovare lavoro nel digital li?", name="Federico Barbieri")
    assert "Welcome to the Jungle" in it
    it2 = sample_draft("Ciao Camille, sto per trasferirmi a Lione con la mia compagna. Mi dai qualche dritta per trovare lavoro "
                       "nel marketing?")
    assert "Welcome to the Jungle" in it2
    es = sample_draft("Hola Camille, terminé el máster en marketing en Sevilla y quiero mudarme a Lyon. ¿Hay muchas oportunidades "
                      "de trabajo en marketing digital allí?")
    assert "Welcome to the Jungle" in es


def test_course_in_a_language_recommended_is_not_her_training_language() -> None:
    # 212 es_pt_it note-25
    pt = sample_draft("Boa tarde Camille, leio sempre a sua newsletter. Gostei muito do último artigo sobre estratégia de "
                      "conteúdos para PME. Podia indicar-me um bom curso de SEO em português?", name="Inês Carvalho")
    assert "Não dou formações" not in pt and "Search Console" in pt
    es = sample_draft("Hola Camille, sigo tu blog desde hace tiempo. ¿Me podrías recomendar un buen curso de SEO en español?")
    assert "francés o en inglés" not in es and "Search Console" in es
    it = sample_draft("Ciao Camille, leggo sempre la tua newsletter. Mi consiglieresti un buon corso di SEO in italiano?")
    assert "Search Console" in it
    # neighbour: her own training asked in Portuguese keeps the language answer
    mine = sample_draft("Olá Camille, dá formações em português?")
    assert "Não dou formações em português" in mine


@pytest.mark.parametrize("note", [
    "hola camille!! tengo un e-shop de artesania y no se por donde empezar con el SEO, me puedes recomendar algun curso tuyo o algo en español?",
    "oi camille, tenho uma lojinha online de velas e queria aprender sobre SEO, vc tem algum curso em portugues ou recomenda algum material?",
    "ciao camille! ho un piccolo e-shop di candele e non so da dove iniziare con la seo, hai qualche corso in italiano o mi consigli qualcosa?",
])
def test_her_own_course_in_a_language_keeps_her_language_answer(note: str) -> None:
    # regression read after wave 166: "un curso tuyo … en español?" asks about hers, so her languages are said first
    text = sample_draft(note)
    assert any(w in text for w in ("No doy formación en español", "Não dou treinamentos em português", "Non tengo corsi in italiano")), text


def test_a_course_recommended_or_workshops_in_english_is_no_course_to_teach() -> None:
    text = sample_draft("hey camille, im a junior dev wanting to move into marketing. is there a course you recommend or do you run "
                        "workshops in english? cheers", headline="Junior Web Developer")
    assert "teaching this course" not in text and "I teach in English too" in text, text
