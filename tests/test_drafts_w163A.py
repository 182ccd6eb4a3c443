"""Wave 163, group A: advice that answered another question.

* "will product pages lose traffic to generative AI?" is SEO's future with AI (her answer in the settings), never how
  she writes with ChatGPT;
* a shop owner who told his platform and his (lack of) organic traffic gets her shop-SEO answer, never Instagram and
  Amazon advice nor "tell me where you stand";
* a free platform's courses weighed against a paid course platform ("Google ou OpenClassrooms ?") is answered;
* a Web Analyst asking about her practice is a peer, asked back how they handle it, never "tell me where you stand";
* a teacher asking for resources for their students gets the resources, never a learner's "tell me where you stand".
"""

from __future__ import annotations

from drafting import sample_draft


# -- traffic lost to AI -----------------------------------------------------------------------------------------------

def test_product_pages_losing_traffic_to_ai_gets_seo_future_answer() -> None:
    text = sample_draft("Bjr Camille, j'ai vu ton post sur le SEO et l'IA générative, super intéressant. Tu penses vraiment que "
                        "les pages produits vont perdre du trafic ? ", "", "Nadia Benali")
    assert "Le SEO ne disparaît pas" in text and "J'utilise ChatGPT" not in text


def test_traffic_lost_to_ai_in_other_languages() -> None:
    en = sample_draft("Hi Camille, loved your post on SEO and AI. Do you really think product pages will lose traffic?", "", "Ben Cole")
    assert "SEO isn't going away" in en and "I use ChatGPT" not in en
    nl = sample_draft("Hoi Camille, mooie post over AI en SEO. Gaan webshops echt verkeer verliezen?", "", "Joris Bakker")
    assert "SEO verdwijnt niet" in nl
    it = sample_draft("Ciao Camille, ho letto il tuo post sull'IA generativa: secondo te i blog perderanno traffico?", "", "Luca Neri")
    assert "La SEO non sparirà" in it


def test_chatgpt_for_product_descriptions_keeps_her_practice() -> None:
    text = sample_draft("Salut Camille, tu utilises ChatGPT pour écrire tes fiches produits ?", "", "Léa Roux")
    assert "J'utilise ChatGPT et Claude" in text


# -- a shop's organic traffic told --------------------------------------------------------------------------------------

def test_shop_with_no_organic_traffic_gets_shop_seo_without_reasking() -> None:
    text = sample_draft("Bonjour Camille, je suis fondateur d'une petite épicerie fine en ligne (3 personnes). On a un site Shopify "
                        "mais presque aucun trafic organique. Par où commenceriez-vous ?", "", "Mathieu Lambert")
    assert "le référencement commence sur les fiches produits" in text
    assert "Instagram" not in text and "Etsy" not in text and "où vous en êtes" not in text


def test_shop_traffic_told_in_other_languages() -> None:
    en = sample_draft("Hi Camille, I run a small online tea shop on Shopify (just me and my sister). We get almost no organic "
                      "traffic. Where would you start?", "", "Tom Reed")
    assert "SEO starts on the product and category pages" in en and "where you're at" not in en and "Amazon" not in en
    es = sample_draft("Hola Camille, tengo una tienda online de cerámica en Shopify y casi no tenemos tráfico orgánico. "
                      "¿Por dónde empezarías?", "", "Lucía Gómez")
    assert "el SEO empieza por las fichas de producto" in es and "en qué punto estás" not in es


def test_shop_seo_asked_without_its_state_keeps_the_step() -> None:
    text = sample_draft("Bonjour Camille, j'ai une boutique Shopify de bougies. Par où commencer pour le référencement ?", "", "Marc Petit")
    assert "le référencement commence sur les fiches produits" in text and "dites-moi où vous en êtes" in text


# -- a free platform or a paid one ---------------------------------------------------------------------------------------

def test_google_or_openclassrooms_is_answered() -> None:
    text = sample_draft("Salut ! jsuis en reconversion vers le marketing digital (ancienne prof d'anglais) et je me demandais quelle "
                        "formation tu conseillerais pour commencer, Google ou OpenClassrooms ? merci bcp", "", "Aurélie Garcia")
    assert "Je commencerais par les cours gratuits de Google" in text and "OpenClassrooms vaut le coup ensuite" in text
    assert "où tu en es" not in text


def test_free_or_paid_platform_in_other_languages() -> None:
    en = sample_draft("Hi Camille, I'm switching careers into digital marketing (I was a nurse). Which course would you start "
                      "with: Coursera or Google?", "", "Emma Hart")
    assert "I'd start with Google's free courses" in en and "Coursera is worth it later" in en and "where you're at" not in en
    pt = sample_draft("Olá Camille, estou em reconversão para o marketing digital. Que curso recomenda para começar, Google ou Udemy?",
                      "", "Rita Sousa")
    assert "Começaria pelos cursos gratuitos da Google" in pt and "Udemy vale a pena depois" in pt


def test_two_free_certifications_keep_their_answer() -> None:
    text = sample_draft("Salut Camille, quelle certification tu conseillerais, Google Ads ou Meta Blueprint ?", "", "Inès Blanc")
    # (round 211 asked for a pick between the two, wave 165 B: Google Ads first, Blueprint next for paid social)
    assert "Entre les deux, je commencerais par Google Ads" in text and "Meta Blueprint" in text and "cours gratuits de Google" not in text


# -- a Web Analyst is a peer ------------------------------------------------------------------------------------------

def test_web_analyst_gets_the_question_back() -> None:
    text = sample_draft("Ciao Camille, eravamo insieme al workshop di Google Analytics 4 a Lione il mese scorso. Mi è rimasta una "
                        "domanda: usi ancora Universal Analytics per qualche cliente?", "Web Analyst", "Federica Gatti")
    assert "a che punto sei" not in text and "E tu, come ti regoli?" in text


def test_web_analyst_in_other_languages() -> None:
    es = sample_draft("Hola Camille, coincidimos en el taller de GA4 en Lyon. ¿Sigues usando Universal Analytics con algún cliente?",
                      "Analista web", "Sergio Ruiz")
    assert "en qué punto estás" not in es and "¿Y tú, cómo lo haces?" in es
    en = sample_draft("Hi Camille, we met at the GA4 workshop in Lyon. Do you still use Universal Analytics for any clients?",
                      "Web Analyst at Decathlon", "Ben Cole")
    assert "How do you handle it on your side?" in en


def test_web_designer_is_no_peer() -> None:
    text = sample_draft("Ciao Camille, usi ancora Universal Analytics per qualche cliente?", "Web Designer", "Marco Rossi")
    assert "dimmi pure a che punto sei" in text


# -- resources for the sender's students --------------------------------------------------------------------------------

def test_teacher_asking_for_students_gets_no_learner_step() -> None:
    text = sample_draft("Olá Camille, sou professor num curso profissional de marketing em Braga. Recomenda algum livro ou curso "
                        "online sobre SEO para os meus alunos? Obrigado!", "", "Paulo Teixeira")
    assert "guia de introdução ao SEO da Google" in text and "em que ponto" not in text


def test_teacher_for_students_in_other_languages() -> None:
    it = sample_draft("Ciao Camille, insegno marketing in un istituto tecnico a Verona. Hai qualche libro o corso online sulla SEO "
                      "da consigliare ai miei studenti? Grazie!", "", "Paola Fontana")
    assert "a che punto" not in it
    pt = sample_draft("Olá Camille, sou professora numa escola profissional em Coimbra. Recomenda algum livro ou curso sobre SEO "
                      "para os meus formandos? Obrigada!", "", "Ana Vidal")
    assert "Search Console" in pt and "em que ponto" not in pt
    fr = sample_draft("Bonjour Camille, je suis enseignant en BTS communication. Un livre ou un cours en ligne sur le SEO à "
                      "conseiller pour mes étudiants ?", "", "Hugo Marchand")
    assert "où vous en êtes" not in fr


def test_learner_asking_for_himself_keeps_the_step() -> None:
    text = sample_draft("Olá Camille, estou a aprender SEO sozinho. Recomenda algum livro ou curso online sobre SEO?", "", "Rui Costa")
    assert "diga-me em que ponto está" in text
