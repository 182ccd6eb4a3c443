"""Wave 126, group N: a small café asking a test budget gets the figure, never a call offer; someone who only saw her in a
webinar (her questions in its chat) is never told of "our conversation"; a beginner asking how to start in SEO gets the
first steps, never France job-search tips; a shop owner writing "webshopje" gets shop SEO and the plain "webshop" back."""

from __future__ import annotations

from drafting import sample_draft


def test_small_cafe_asking_a_tiktok_test_budget_gets_the_figure() -> None:
    # 126 de_nl note-12: "Wie viel würdest du einem kleinen Cafe als Testbudget empfehlen?" answered "tausche mich gern aus"
    de = sample_draft("Hey Camille, hab deinen Post über TikTok Ads für lokale Läden gesehen, echt starker Punkt mit dem Budget. "
                      "Wie viel würdest du einem kleinen Cafe als Testbudget empfehlen? Gruß Mia",
                      headline="Inhaberin Café Milchschaum", name="Mia Schulz")
    assert "tausche ich mich" not in de and "Welche Termine" not in de
    assert "Bei TikTok braucht jede Anzeigengruppe mindestens etwa 20 € am Tag" in de
    nl = sample_draft("Hoi Camille, ik zag je post over TikTok ads voor lokale zaken. Hoeveel zou je een klein café aanraden als "
                      "testbudget? Groet, Sanne", headline="Eigenaar Koffiebar De Boon", name="Sanne de Vries")
    assert "Wanneer past het jou" not in nl and "Op TikTok vraagt elke advertentiegroep minstens zo'n 20 euro per dag" in nl
    en = sample_draft("Hi Camille, saw your post about TikTok ads for local shops. How much would you recommend a small café "
                      "spend as a test budget? Mia", headline="Owner, Milk Foam Café", name="Mia Shaw")
    assert "On TikTok, each ad group needs at least about €20 a day" in en
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur TikTok Ads pour les commerces locaux. Quel budget de test "
                      "conseilleriez-vous pour un petit café ?", headline="Gérante Café Mousse", name="Léa Martin")
    assert "Sur TikTok, chaque groupe d'annonces demande au moins 20 €" in fr
    pt = sample_draft("Olá Camille, vi o seu post sobre TikTok Ads para lojas locais. Quanto recomendaria como orçamento de teste "
                      "para um pequeno café?", headline="Dona Café Espuma", name="Ana Costa")
    assert "No TikTok, cada grupo de anúncios pede pelo menos cerca de 20 €" in pt and "próxima semana" not in pt


def test_a_coffee_asked_for_is_still_a_meeting() -> None:
    # nearby: a coffee proposed is a meeting, never read as the sender's café
    de = sample_draft("Hallo Camille, ich bin auch in Lyon im Marketing tätig. Wollen wir nächste Woche einen Kaffee trinken gehen?",
                      name="Tim Berg")
    assert "Kaffee" in de and "TikTok" not in de


def test_webinar_seen_together_is_no_conversation() -> None:
    # 126 de_nl note-18: "wir haben uns auf dem Webinar … 'gesehen' – deine Fragen im Chat waren top" got "nach unserem Gespräch"
    de = sample_draft("Hallo Camille, wir haben uns auf dem Webinar von HubSpot letzten Donnerstag 'gesehen' – deine Fragen im Chat "
                      "waren top. Ich bin selbst im Bereich Growth tätig und würde mich gerne vernetzen. Grüße aus Wien, Lukas",
                      headline="Growth Lead @ Wien Energie Startups", name="Lukas Huber")
    assert "Gespräch" not in de and "dabei warst" in de and "danke für das Kompliment" in de
    # 126 de_nl note-40: "ik zat ook bij het HubSpot webinar … jouw vragen in de chat waren top" got "na ons gesprek"
    nl = sample_draft("Hoi Camille, ik zat ook bij het HubSpot webinar van vorige week, jouw vragen in de chat waren top. Ik werk "
                      "zelf in growth, leuk om te connecten! Groeten uit Amsterdam, Niels", headline="Growth Lead @ Mollie",
                      name="Niels van Leeuwen")
    assert "gesprek" not in nl and "na het HubSpot webinar van vorige week contact te houden" in nl and "compliment" in nl
    de2 = sample_draft("Hallo Camille, wir waren beide im Webinar von HubSpot letzte Woche. Ihre Fragen im Chat fand ich sehr "
                       "spannend. Gerne vernetze ich mich mit Ihnen. Beste Grüße, Peter Maier", headline="Head of Marketing",
                       name="Peter Maier")
    assert "Gespräch" not in de2 and "Kompliment" in de2
    en = sample_draft("Hi Camille, we were both at the HubSpot webinar last Thursday, your questions in the chat were great. I work "
                      "in growth too, happy to connect! Lukas", headline="Growth Lead", name="Lukas Hill")
    assert "chatting" not in en and "thanks for the kind words" in en
    es = sample_draft("Hola Camille, estuvimos los dos en el webinar de HubSpot el jueves pasado, tus preguntas en el chat fueron "
                      "geniales. Encantado de conectar, Pablo", headline="Growth Lead", name="Pablo Ruiz")
    assert "conversación" not in es
    it = sample_draft("Ciao Camille, eravamo entrambi al webinar di HubSpot giovedì scorso, le tue domande in chat erano ottime. "
                      "Piacere di collegarci, Marco", headline="Growth Lead", name="Marco Bianchi")
    assert "chiacchierata" not in it
    fr = sample_draft("Bonjour Camille, nous étions tous les deux au webinar HubSpot jeudi dernier, vos questions dans le chat "
                      "étaient top. Au plaisir d'échanger, Luc", headline="Growth Lead", name="Luc Morel")
    assert "l'échange commencé" not in fr
    br = sample_draft("Oi Camille, a gente estava no mesmo webinar da HubSpot quinta passada, suas perguntas no chat foram ótimas. "
                      "Bora conectar! Pedro", headline="Growth Lead", name="Pedro Lima")
    assert "nossa conversa" not in br


def test_a_real_conversation_at_an_event_is_still_one() -> None:
    # nearby: "dass wir uns … unterhalten haben", "even gesproken": the talk they had is said back
    de = sample_draft("Hallo Camille, schön, dass wir uns letzte Woche auf der OMR in Hamburg unterhalten haben. Lass uns in "
                      "Kontakt bleiben! Lukas", name="Lukas Brandt")
    assert "nach unserem Gespräch" in de
    nl = sample_draft("Hoi Camille, leuk dat we vorige week op het congres in Utrecht even gesproken hebben. Laten we in contact "
                      "blijven! Niels", name="Niels Bakker")
    assert "na ons gesprek" in nl


def test_beginner_on_erasmus_asking_how_to_start_seo_gets_first_steps() -> None:
    # 126 de_nl note-27: "Heb je tips hoe ik als beginner in SEO kan starten?" got France job-search tips
    nl = sample_draft("Hoi Camille, ik studeer marketing in Gent en doe nu een Erasmus in Lyon. Heb je tips hoe ik als beginner in "
                      "SEO kan starten? Zou super zijn! Groetjes, Emma", headline="Studente Marketing @ Arteveldehogeschool",
                      name="Emma Peeters")
    assert "Welcome to the Jungle" not in nl and "SEO-starterhandleiding van Google" in nl
    de = sample_draft("Hallo Camille, ich studiere Marketing und mache gerade ein Erasmus-Semester in Lyon. Hast du Tipps, wie ich "
                      "als Anfängerin mit SEO anfangen kann? LG Emma", headline="Studentin Marketing", name="Emma Becker")
    assert "Welcome to the Jungle" not in de and "SEO-Startleitfaden von Google" in de
    de2 = sample_draft("Hallo Camille, ich bin Marketing-Student und möchte SEO lernen. Wie fange ich am besten an?",
                       headline="Student", name="Max Koch")
    assert "telefonieren" not in de2 and "SEO-Startleitfaden von Google" in de2
    br = sample_draft("Oi Camille, estudo marketing e tô fazendo intercâmbio em Lyon. Você tem dicas pra começar em SEO do zero?",
                      headline="Estudante", name="Emma Oliveira")
    assert "Welcome to the Jungle" not in br and "guia de introdução ao SEO do Google" in br
    en = sample_draft("Hi Camille, I'm a marketing student and want to learn SEO. How should I start?", headline="Student",
                      name="Max Hill")
    assert "Google's free SEO Starter Guide" in en


def test_erasmus_student_asking_for_job_openings_keeps_the_job_tips() -> None:
    # nearby: a job search in France asked is still answered with where the openings are
    nl = sample_draft("Hoi Camille, ik doe een Erasmus in Lyon en zoek daarna een marketingbaan in Frankrijk. Heb je tips waar ik "
                      "vacatures vind?", headline="Student Marketing", name="Emma de Boer")
    assert "Welcome to the Jungle" in nl


def test_candle_webshopje_asking_where_to_start_with_seo_gets_shop_seo() -> None:
    # 126 de_nl note-39: "webshopje in handgemaakte kaarsen … geen idee van seo. waar moet ik beginnen??" got launch advice
    nl = sample_draft("hoi camille, ben net begonnen met een webshopje in handgemaakte kaarsen 🕯️ en heb echt geen idee van seo "
                      "haha. waar moet ik beginnen?? groetjes jesse", headline="Oprichter @ Vlamwerk", name="Jesse Kok")
    assert "Bij een webshop begint SEO op de product- en categoriepagina's" in nl
    assert "webshopje" not in nl and "e-maillijst" not in nl
    br = sample_draft("Oi Camille, acabei de abrir uma lojinha online de velas artesanais e não entendo nada de SEO. Por onde começo?",
                      headline="Fundadora", name="Carla Lima")
    assert "o SEO começa pelas páginas de produto e de categoria" in br and "lojinha" not in br


def test_candle_webshop_asking_first_customers_is_no_seo_question() -> None:
    # nearby: first customers asked, no SEO named: never the shop SEO answer
    nl = sample_draft("Hoi Camille, ik ben net begonnen met een webshop in kaarsen. Hoe krijg ik mijn eerste klanten?",
                      headline="Oprichter", name="Tom Kok")
    assert "categoriepagina" not in nl
