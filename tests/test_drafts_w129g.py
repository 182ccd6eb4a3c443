"""Wave 129, group G: the Google-or-HubSpot certification answer reads as a direct answer to the sender (what she would
start with for a first role, Google Ads first when already in performance, all free), never a clipped list."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_CLIPPED = ("Todas gratuitas:", "Tutte gratuite:", "Toutes gratuites :", "All free:", "Alle kostenlos:", "Allemaal gratis:",
            "Para quien", "Chi lavora", "Wie al in", "se gli annunci")


@pytest.mark.parametrize("note, name, said", [
    # 133 es_pt_it note-17: "Todas gratuitas: HubSpot Inbound lleva a …", "Para quien ya trabaja en performance"
    ("Hola Camille, me gustaria conectar contigo porque estoy empezando en marketing digital y tu perfil me inspira mucho. Una "
     "pregunta: ¿qué certificación me recomiendas, Google o HubSpot?", "Sofía Ruiz",
     "Para un primer puesto, empezaría por HubSpot Inbound"),
    # 133 es_pt_it note-62: "Tutte gratuite: …", "poi Google Ads se gli annunci lo chiedono" (job ads or Google ads?)
    ("Ciao Camille, sto iniziando nel marketing digitale e volevo chiederti: meglio la certificazione Google Ads o quella di "
     "HubSpot per cominciare? grazie!!", "Sara Bianchi", "può aspettare che la chiedano le offerte di lavoro"),
    # 133 es_pt_it note-17, French variant
    ("Bonjour Camille, je débute dans le marketing digital. Quelle certification me conseilleriez-vous : Google ou HubSpot ?",
     "Léa Martin", "Pour un premier poste, je commencerais par HubSpot Inbound"),
    # 133 es_pt_it note-17, English variant
    ("Hi Camille, I'm just starting out in digital marketing. Which certification would you recommend, Google or HubSpot?",
     "Emma Stone", "For a first role, I'd start with HubSpot Inbound"),
    # 133 es_pt_it note-17, German variant (Sie)
    ("Sehr geehrte Frau Laurent, ich beginne im digitalen Marketing. Welche Zertifizierung würden Sie empfehlen, Google oder "
     "HubSpot?", "Jonas Weber", "Für die erste Stelle würde ich mit HubSpot Inbound"),
    # 133 es_pt_it note-17, Portuguese variants
    ("Olá Camille, estou a começar no marketing digital. Que certificação me recomenda, Google ou HubSpot?", "Inês Costa",
     "pode esperar até as ofertas de emprego a pedirem"),
    ("Oi Camille, tô começando no marketing digital. Qual certificação você recomenda, Google ou HubSpot?", "Ana Souza",
     "Para uma primeira vaga, começaria pela HubSpot Inbound"),
    # 133 es_pt_it note-17, Dutch variant
    ("Hoi Camille, ik begin net in online marketing. Welke certificering raad je aan, Google of HubSpot?", "Sanne de Vries",
     "Voor een eerste functie zou ik beginnen met HubSpot Inbound"),
])
def test_certification_choice_is_a_direct_answer(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="Junior Marketing Assistant", name=name)
    assert said in text, text
    assert not any(x in text for x in _CLIPPED), text
    assert "GA4" in text and "Google Ads" in text, text


@pytest.mark.parametrize("note, name, said", [
    # 133 es_pt_it note-8: a beginner shop asking a course for Instagram ads got product-SEO tips ("Los anuncios, después")
    ("Hola Camille! Acabo de lanzar mi e-shop de cosmética natural y no sé por dónde empezar con los anuncios en Instagram. "
     "¿Me recomiendas algún curso o recurso para principiantes?", "Marta López", "Meta Blueprint"),
    # 133 es_pt_it note-8, French variant (vous)
    ("Bonjour Camille, je viens de lancer ma boutique en ligne de cosmétiques naturels et je ne sais pas par où commencer avec "
     "les publicités Instagram. Vous me conseillez une formation ou une ressource pour débuter ?", "Claire Blanc", "Meta Blueprint"),
    # 133 es_pt_it note-8, Italian variant
    ("Ciao Camille! Ho appena aperto il mio e-shop di cosmetici naturali e non so da dove iniziare con le inserzioni su Instagram. "
     "Mi consigli un corso o una risorsa per principianti?", "Chiara Russo", "Meta Blueprint"),
    # 133 es_pt_it note-8, Dutch variant
    ("Hoi Camille! Ik heb net mijn webshop in natuurlijke cosmetica gelanceerd en weet niet waar ik moet beginnen met "
     "Instagram-advertenties. Kun je een cursus of bron voor beginners aanraden?", "Eva Bos", "Meta Blueprint"),
])
def test_a_beginner_shop_asking_a_course_for_instagram_ads_gets_one(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="Founder", name=name)
    assert said in text and "Jon Loomer" in text, text
    assert not any(x in text for x in ("Los anuncios, después", "La pub viendra ensuite", "Advertenties komen later", "reel")), text


def test_a_past_trainee_asking_whether_she_gives_google_ads_training_gets_her_own_offer() -> None:
    # 133 fr_en note-14: "Est-ce que vous proposez aussi une formation sur Google Ads ?" got free Skillshop/Blueprint courses
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation Facebook Ads à la CCI le mois dernier, super claire ! Est-ce que "
                      "vous proposez aussi une formation sur Google Ads ?", headline="Gérant – Cave des Canuts", name="Olivier Morel")
    assert "j'anime des formations" in fr and "Skillshop" not in fr and "poste visé" not in fr, fr
    # 133 fr_en note-14, Dutch variant
    nl = sample_draft("Hoi Camille, vorige maand volgde ik je Facebook Ads-training bij de Kamer van Koophandel, heel duidelijk! "
                      "Geef je ook een training over Google Ads?", headline="Eigenaar – Wijnkelder", name="Olaf Smit")
    assert "ik geef trainingen" in nl and "Skillshop" not in nl, nl


def test_neighbour_a_learner_asking_which_course_still_gets_the_course_advice() -> None:
    # must not change (133 fr_en note-14 neighbour): a junior asking which course to take is no question on her own offer
    fr = sample_draft("Bonjour Camille, je suis assistante marketing junior. Quelle formation me conseilleriez-vous pour "
                      "la performance, Google Ads ?", headline="Assistante marketing junior", name="Léa Martin")
    assert "Skillshop" in fr and "j'anime des formations" not in fr, fr
