"""Wave 147, group B: courses or books asked to LEARN content strategy get her free, current courses and practice
(HubSpot Academy's content marketing course, Google's people-first content guidance, Search Console), never the SEO
resource list, even when the sender works in SEO; a talk on content strategy she is invited to give never does."""

from __future__ import annotations

from drafting import sample_draft


def test_content_strategy_books_or_courses_in_spanish_get_the_content_answer() -> None:
    # 171 es_pt_it note-11: a junior in SEO asks for content-strategy books/courses, got the beginner SEO resources
    es = sample_draft("hola camille, soy junior en una agencia en madrid, llevo 1 año en SEO. que me recomendarias para "
                      "aprender estrategia de contenidos? libros, cursos... gracias de antemano", name="Álvaro Ruiz")
    assert "HubSpot Academy" in es and "Search Central" in es and "estrategia de contenidos los libros envejecen" in es
    assert "guía de introducción al SEO" not in es and "Ahrefs" not in es


def test_content_strategy_course_in_italian_and_portuguese_gets_the_content_answer() -> None:
    # 171 es_pt_it note-55: a junior SEO asks for content-strategy courses/books, got the introductory SEO resources
    it = sample_draft("ciao camille, sono junior seo da 6 mesi in un agenzia a roma. mi consiglieresti qualche corso o libro "
                      "per imparare la content strategy? grazie in anticipo", name="Lorenzo Bianchi")
    assert "il corso di content marketing di HubSpot Academy" in it and "Semrush" not in it
    pt = sample_draft("Olá Camille, sou júnior numa agência em Lisboa. Que livros ou cursos me recomendaria para aprender "
                      "estratégia de conteúdos? Obrigado", name="Tiago Costa")
    assert "o curso de marketing de conteúdo da HubSpot Academy" in pt and "Meta Blueprint" not in pt


def test_content_strategy_learning_in_french_english_german_dutch() -> None:
    # 171 es_pt_it note-11 (same situation, other languages): never the SEO starter guide
    fr = sample_draft("Salut Camille, junior SEO depuis 6 mois, tu me conseillerais quels cours ou livres pour apprendre la "
                      "stratégie de contenu ?", name="Hugo Petit")
    assert "les livres vieillissent vite" in fr and "Abondance" not in fr
    en = sample_draft("Hi Camille, I'm a junior SEO at an agency in Leeds. What books or courses would you recommend to learn "
                      "content strategy? Thanks", name="Tom Hill")
    assert "people-first content (Search Central)" in en and "SEO Starter Guide" not in en
    de = sample_draft("Hallo Camille, ich bin Junior SEO in einer Agentur. Welche Bücher oder Kurse würden Sie mir empfehlen, "
                      "um Content-Strategie zu lernen?", name="Jonas Weber")
    assert "Content-Marketing-Kurs der HubSpot Academy" in de and "SEO-Startleitfaden" not in de
    nl = sample_draft("Hoi Camille, ik werk een jaar als junior SEO bij een bureau. Welke boeken of cursussen zou je me aanraden "
                      "om contentstrategie te leren?", name="Daan de Vries")
    assert "contentmarketingcursus van HubSpot Academy" in nl and "SEO-starterhandleiding" not in nl


def test_content_strategy_talk_invitation_and_seo_courses_stay_as_they_are() -> None:
    # neighbours that must not change: a talk on content strategy, and a junior SEO asking for SEO courses
    talk = sample_draft("Bonjour Camille, seriez-vous disponible pour une intervention sur la stratégie de contenu devant nos "
                        "étudiants de master ?", name="Paul Girard")
    assert "HubSpot Academy" not in talk and "stratégie de contenu" in talk
    seo = sample_draft("Hi Camille, I'm a junior SEO at an agency in Leeds. What books or courses would you recommend to learn "
                       "SEO? Thanks", name="Tom Hill")
    assert "Search Central" not in seo and "SEO Starter Guide" in seo


def test_voseo_do_you_have_a_course_gets_her_training_offer() -> None:
    # 171 es_pt_it note-20: "¿Tenés algún curso?" asks whether she trains; got "cuéntame en qué punto estás"
    vos = sample_draft("Buenas, me llamo Valentina, soy argentina y vivo en Lyon. Estoy empezando mi emprendimiento de ropa y "
                       "quisiera aprender de marketing digital. ¿Tenés algún curso?", name="Valentina Gómez")
    assert "Sí, doy formaciones de marketing digital" in vos and "en qué punto estás" not in vos
    # neighbour that must not change: the tú form already got her offer
    tu = sample_draft("Hola, estoy empezando mi negocio de velas y quiero aprender marketing digital. ¿Tienes algún curso?",
                      name="Marta Gil")
    assert "Sí, doy formaciones de marketing digital" in tu


def test_indirect_content_course_request_in_brazilian_portuguese_is_answered() -> None:
    # 171 es_pt_it note-40: "Queria muito uma indicação de curso pra aprender estratégia de conteúdo" (no question mark) got
    # an empty "vai ser um prazer trocar ideias"
    br = sample_draft("Oi Camille, sou júnior em SEO numa agência de Curitiba, 8 meses de experiência. Queria muito uma "
                      "indicação de curso pra aprender estratégia de conteúdo de verdade. Valeu!", name="Bruno Souza")
    assert "o curso de marketing de conteúdo da HubSpot Academy" in br and "trocar ideias" not in br
    en = sample_draft("Hi Camille, junior SEO at an agency in Leeds for 8 months. I'd love a course recommendation to really "
                      "learn content strategy. Cheers!", name="Tom Hill")
    assert "content-strategy course: HubSpot Academy's content marketing one" in en


def test_praise_of_her_content_course_with_another_question_keeps_its_answer() -> None:
    # neighbour that must not change (112 es_pt_it note-64): her content-strategy course praised, Instagram asked
    it = sample_draft("Ciaoo Camille, il tuo corso sulla content strategy è stato fantastico 😍 ho appena aperto il mio brand di "
                      "candele artigianali e su Instagram sono persa. Qualche consiglio per partire senza budget?",
                      headline="Founder di Fiamma Candele", name="Sara Villa")
    assert "Search Central" not in it and "reel" in it
