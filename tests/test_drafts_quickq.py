"""Round 10: a quick practical question is answered by name with a concrete next step, in all seven languages:
never "it depends on your situation" to a note that gives it, never a holding "I'll reply here today"."""

import re

import pytest

from invitriage.drafts import quickq
from tests.test_drafts import SAMPLE_OWNER, draft


#: The bundled sample owner (online = true, work_languages = ["fr", "en"]).
from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test

HOLDING = r"(?i)reply here today|respondo hoy|réponds ici aujourd|antworte dir heute|rispondo oggi|respondo hoje|vandaag nog hier|depends (?:a lot )?on your situation|depende (?:mucho )?de tu situaci|en tenant compte de ta situation|depende muito da sua situa"

QUICK = [  # (note, lang, intent, words the answer must name)
    ("Coucou Camille, je vends des savons artisanaux en ligne. Une astuce pour réduire mon coût par clic sur Facebook ? Merci !", "fr", "ask_for_help", "coût par clic"),
    ("Hey Camille, I sell handmade mugs on Shopify. Which certification would you take first to get better at ads?", "en", "ask_for_help", "certifications"),
    ("Hola Camille, tengo una pequeña librería online. ¿Qué herramienta usas para buscar palabras clave?", "es", "ask_for_help", "herramientas"),
    ("Hallo Camille, ich baue gerade einen Onlineshop für Tee auf. Welche Zertifikate lohnen sich für den Einstieg ins Performance Marketing?", "de", "ask_for_help", "Zertifikate"),
    ("Ciao Camille, ho un piccolo e-commerce di ceramiche. Secondo te, per iniziare meglio SEO o Google Ads?", "it", "ask_for_help", "SEO"),
    ("Oi Camille, tenho uma loja online de chás e quero baixar o custo por clique no Instagram. Alguma dica?", "pt", "ask_for_help", "custo por clique"),
    ("Hoi Camille, ik heb een kleine webshop in kaarsen. Welke tool gebruik jij voor zoekwoordonderzoek?", "nl", "ask_for_help", "zoekwoordtools"),
]


#: The concrete next step of a quick answer: the one fact she asks for (round 19: never "in writing here or in a 15-minute call").
NEXT = (r"(?i)\b(?:tell me|dis-moi|dites-moi|parle-moi|parlez-moi|indiquez-moi|erzähl\w*|sag mir|sagen Sie mir|nenn\w*|cuéntame|cuénteme|dime|dígame|dimmi"
        r"|mi dica|raccontami|mi racconti|me conta|me conte|me diz|me diga|conta-me|conte-me|diz-me|diga-me|laat me|laat u mij|vertel)\b")

@pytest.mark.parametrize("note, lang, intent, named", QUICK, ids=[q[1] for q in QUICK])
def test_a_quick_question_is_named_and_gets_a_concrete_next_step(note, lang, intent, named):
    d = draft(note, lang, intent, settings=SAMPLE_OWNER)
    assert named in d.text, d.text
    # the one fact she needs, then what she will tell; a cost-per-click question gets a concrete first tip (wave 40)
    assert re.search(NEXT, d.text) or re.search(r"(?i)co[uû]t par vente|custo por venda|cost per sale", d.text), d.text
    assert not re.search(HOLDING, d.text), d.text


SCENE = [("Salut Camille, je viens d'être diplômée et je m'installe à Lyon en janvier. Tu connais des agences ou des meetups sympas pour rencontrer du monde ?", "fr", "job_seeking", "agences"),
         ("Hi Camille, I've just finished my degree and I'm moving to Lyon next spring. Any agencies or meetups you'd recommend to meet people in marketing?", "en", "job_seeking", "agencies"),
         ("Hallo Camille, ich ziehe im Herbst nach Lyon. Kennst du Agenturen oder Meetups, wo man Leute aus dem Marketing trifft?", "de", "job_seeking", "Agenturen"),
         ("Hoi Camille, ik verhuis in maart naar Lyon. Ken jij bureaus of meetups waar ik marketeers kan ontmoeten?", "nl", "job_seeking", "bureaus")]


@pytest.mark.parametrize("note, lang, intent, named", SCENE, ids=[s[1] for s in SCENE])
def test_a_newcomer_asking_for_agencies_is_not_asked_where_they_are(note, lang, intent, named):
    d = draft(note, lang, intent, settings=SAMPLE_OWNER)
    assert named in d.text, d.text
    assert not re.search(r"(?i)where you are|où tu en es|wo du stehst|waar je staat|CV|Lebenslauf", d.text), d.text


@pytest.mark.parametrize("lang", ["fr", "en", "es", "de", "it", "pt", "pt-BR", "nl"])
@pytest.mark.parametrize("key", ["cpc", "kwtool", "certs", "budget", "choice", "start_course", "start", "course", "tool", "worth", "scene", "scene_a", "scene_m"])
@pytest.mark.parametrize("informal", [True, False])
def test_every_subject_renders_in_every_language(lang, key, informal):
    text = quickq.answer(lang, key, ["SEO", "Google Ads"], informal=informal)
    assert text and "{" not in text and "  " not in text, text


def test_a_constraint_is_not_a_budget_question():
    assert quickq.subject("Where would you start with SEO if time and budget are tight?")[0] == "start"
    assert quickq.subject("no sé si 300€/mes es suficiente para empezar")[0] == "budget"
    assert quickq.subject("vale a pena investir em TikTok Ads ou melhor focar no Instagram?") == ("choice", ["TikTok Ads", "Instagram"])


BOTH_PARTS = [  # "online and in English?": both parts of the question are answered (the owner's settings tell both)
    ("Bonjour Camille, vos ateliers de marketing digital existent-ils aussi en ligne et en anglais ? Nous serions six.", "fr", "client", ("ligne", "anglais")),
    ("Hi Camille, are your digital marketing workshops also available online and in French? We're a team of four.", "en", "client", ("online", "French")),
    ("Hola Camille, ¿tus cursos de marketing digital también son online y en inglés? Somos un equipo de tres.", "es", "client", ("online", "inglés")),
    ("Hallo Camille, gibt es deine Online-Marketing-Kurse auch online und auf Englisch? Wir wären zu fünft.", "de", "client", ("online", "Englisch")),
    ("Ciao Camille, i tuoi corsi di digital marketing sono anche online e in inglese? Saremmo in quattro.", "it", "client", ("online", "inglese")),
    ("Oi Camille, vocês têm turmas de marketing digital online em inglês? Somos uma equipe de quatro.", "pt", "client", ("online", "inglês")),
    ("Hoi Camille, zijn je digital marketing trainingen ook online en in het Engels te volgen? We zijn met vier.", "nl", "client", ("online", "Engels")),
]


@pytest.mark.parametrize("note, lang, intent, parts", BOTH_PARTS, ids=[b[1] for b in BOTH_PARTS])
def test_online_and_a_language_are_both_answered(note, lang, intent, parts):
    d = draft(note, lang, intent, settings=SAMPLE)
    for part in parts:
        assert part in d.text, d.text


def test_a_formal_german_letter_is_answered_sehr_geehrter_herr():
    note = ("Sehr geehrte Frau Laurent,\nals Student der Medieninformatik suche ich ab Oktober ein Praktikum in Lyon. "
            "Nehmen Sie Praktikanten?\nMit freundlichen Grüßen\nJulian Richter")
    d = draft(note, "de", "job_seeking", settings=SAMPLE_OWNER, name="Julian Richter")
    assert d.text.startswith("Sehr geehrter Herr Richter,"), d.text


THIS_WEEK = [  # the sender asks for a call this week: the draft offers this week, never next week
    ("Bonjour Madame Laurent, je prépare un dossier sur le SEO local pour Lyon Mag. Auriez-vous 15 minutes cette semaine pour un appel ?", "fr", "business_proposal", "cette semaine", "semaine prochaine"),
    ("Hello Camille, I'm writing a feature on local SEO for a trade magazine. Could we have a 15-minute call this week?", "en", "business_proposal", "this week", "next week"),
    ("Hola Camille, escribo un reportaje sobre SEO local para una revista. ¿Tendrías 15 minutos esta semana para una llamada?", "es", "business_proposal", "esta semana", "semana que viene"),
    ("Guten Tag Frau Laurent, ich schreibe für ein Fachmagazin über lokales SEO. Hätten Sie diese Woche 15 Minuten für ein Telefonat?", "de", "business_proposal", "diese Woche", "nächste Woche"),
    ("Ciao Camille, scrivo un pezzo sulla SEO locale per una rivista. Avresti 15 minuti questa settimana per una chiamata?", "it", "business_proposal", "questa settimana", "prossima settimana"),
    ("Olá Camille, estou a escrever um artigo sobre SEO local para uma revista. Teria 15 minutos esta semana para uma chamada?", "pt", "business_proposal", "esta semana", "próxima semana"),
    ("Hoi Camille, ik schrijf een stuk over lokale SEO voor een vakblad. Heb je deze week 15 minuten om te bellen?", "nl", "business_proposal", "deze week", "volgende week"),
]


@pytest.mark.parametrize("note, lang, intent, this, nxt", THIS_WEEK, ids=[t[1] for t in THIS_WEEK])
def test_a_call_asked_for_this_week_is_offered_this_week(note, lang, intent, this, nxt):
    d = draft(note, lang, intent, settings=SAMPLE)
    assert nxt not in d.text, d.text


SPOKEN = [  # "15 minutes of interview on Zoom": a spoken interview, a slot for it, and it is a video call
    ("Bonjour Camille, pour mon mémoire sur l'influence marketing, accepteriez-vous un entretien de 20 minutes en visio ?", "fr", "visio"),
    ("Hi Camille, for my dissertation on influencer marketing, would you do a 20-minute interview on Zoom?", "en", "video call"),
    ("Hola Camille, para mi TFM sobre marketing de influencers, ¿aceptarías una entrevista de 20 minutos por Zoom?", "es", "videollamada"),
    ("Hallo Camille, für meine Masterarbeit über Influencer-Marketing: Hättest du Zeit für ein Interview von 20 Minuten per Zoom?", "de", "Videogespräch"),
    ("Ciao Camille, per la mia tesi sull'influencer marketing, faresti un'intervista di 20 minuti su Zoom?", "it", "videochiamata"),
    ("Olá Camille, para a minha tese sobre marketing de influência, aceitaria uma entrevista de 20 minutos por Zoom?", "pt", "videochamada"),
    ("Hoi Camille, voor mijn scriptie over influencer marketing: wil je een interview van 20 minuten via Zoom doen?", "nl", "videogesprek"),
]


@pytest.mark.parametrize("note, lang, word", SPOKEN, ids=[s[1] for s in SPOKEN])
def test_an_interview_on_zoom_gets_a_slot_for_a_video_call(note, lang, word):
    d = draft(note, lang, "ask_for_help", settings=SAMPLE)
    assert word in d.text, d.text
    assert not re.search(r"(?i)telefonata|telefonat\b|telefoongesprek|send me your questions|envoyez-moi vos questions", d.text), d.text


def test_an_italian_friend_with_emojis_gets_tu():
    note = "Camille!! Che bello conoscerti al meetup di Torino 🎉 ci colleghiamo qui per continuare a parlare di newsletter"
    d = draft(note, "it", "met_before", settings=SAMPLE)
    assert d.text.startswith("Ciao"), d.text
    assert not re.search(r"\b(?:La ringrazio|Lei|Suo|sta lavorando)\b", d.text), d.text


def test_a_dutch_first_name_without_u_is_answered_with_je():
    note = ("Goedemorgen Camille, ik werk als recruiter bij een bureau in Rotterdam en zoek een freelance SEO-specialist "
            "(2 dagen per week, 6 maanden). Zin om even te bellen? Met vriendelijke groet, Roos Visser")
    d = draft(note, "nl", "recruiting", settings=SAMPLE, name="Roos Visser")
    assert not re.search(r"\b(?:u|uw)\b", d.text), d.text
    assert "dagen per week" not in d.text, d.text


DAYS = [  # the rhythm is in the note: never asked again
    ("Bonjour Camille, je recrute pour un client à Lyon un consultant SEO freelance, 3 jours par semaine pendant 6 mois. Intéressée ?", "fr", "rythme"),
    ("Hi Camille, I'm recruiting a freelance SEO consultant for a client in Lyon, 3 days a week for 6 months. Interested?", "en", "days per week"),
    ("Hola Camille, busco para un cliente un consultor SEO freelance, 3 días por semana durante 6 meses. ¿Te interesa?", "es", "dedicación"),
    ("Hallo Camille, ich suche für einen Kunden eine:n freiberufliche:n SEO-Berater:in, 3 Tage pro Woche für 6 Monate. Interesse?", "de", "Tage pro Woche"),
    ("Ciao Camille, cerco per un cliente un consulente SEO freelance, 3 giorni a settimana per 6 mesi. Ti interessa?", "it", "giorni a settimana"),
    ("Olá Camille, procuro para um cliente um consultor SEO freelancer, 3 dias por semana durante 6 meses. Tem interesse?", "pt", "dias por semana"),
    ("Hoi Camille, ik zoek voor een klant een freelance SEO-consultant, 3 dagen per week voor 6 maanden. Interesse?", "nl", "dagen per week"),
]


@pytest.mark.parametrize("note, lang, asked_again", DAYS, ids=[d[1] for d in DAYS])
def test_days_per_week_given_are_not_asked_again(note, lang, asked_again):
    d = draft(note, lang, "recruiting", settings=SAMPLE)
    assert asked_again not in d.text, d.text


def test_the_audience_and_subject_given_are_not_asked_again():
    d = draft("Geachte mevrouw Laurent, namens de Hogeschool Rotterdam nodig ik u uit voor een gastcollege over SEO voor onze tweedejaars Marketing. "
              "Zou u in het najaar kunnen?", "nl", "business_proposal", settings=SAMPLE)
    assert "doelgroep" not in d.text, d.text
    d = draft("Bonjour, nous cherchons des intervenants en marketing digital pour notre master à Grenoble. Seriez-vous intéressée ?",
              "fr", "business_proposal", settings=SAMPLE)
    assert "le sujet" not in d.text, d.text


REGION = [  # a note-less sender with an English headline naming one market or a home-market employer
    ("Head of Performance DACH | E-Commerce | Growth", "de"),
    ("Marketing Lead @ Coolblue | Growth", "nl"),
    ("Country Manager Iberia | SaaS", "es"),
    ("Head of Marketing Italy | FMCG", "it"),
    ("Brand Manager @ Sonae | Retail", "pt"),
    ("Senior Growth Manager @ Zalando", "de"),
]
STAYS_ENGLISH = ["Marketing Manager EMEA @ Booking.com", "Growth Lead at Spotify", "Head of Growth Benelux | SaaS",
                 "Global Brand Director | Consumer goods", "Head of Growth at Deliveroo France", "Marketing intern at Clevio"]


@pytest.mark.parametrize("headline, lang", REGION, ids=[r[1] + "-" + r[0][:12] for r in REGION])
def test_a_one_market_headline_gets_its_language(headline, lang):
    from invitriage.drafts.notefacts import reply_language
    assert reply_language("", "en", headline, "fr") == lang


@pytest.mark.parametrize("headline", STAYS_ENGLISH)
def test_a_global_or_mixed_region_headline_stays_english(headline):
    from invitriage.drafts.notefacts import reply_language
    assert reply_language("", "en", headline, "fr") == "en"


def test_a_dutch_noteless_welcome_uses_je():
    from invitriage.drafts.writer import draft_for
    d = draft_for({"name": "Sander de Vries", "note": "", "headline": "Head of Growth @ Coolblue | E-commerce", "lang": "en",
                   "intent": "no_note", "action": "reply", "evidence": []}, SAMPLE)
    assert d is not None and d.lang == "nl" and not re.search(r"\b(?:u|uw)\b", d.text), d.text


def test_a_brazilian_prospect_asking_the_price_gets_no_slang_and_the_price_is_acknowledged():
    note = "Oi Camille, tudo bem? A Júlia Costa me indicou seu perfil. Tenho um e-commerce de cosméticos e quero melhorar meu SEO. Você faz consultoria? Qual seria o valor?"
    d = draft(note, "pt", "ask_for_help", settings=SAMPLE)
    assert "Bora" not in d.text and "valeu" not in d.text.lower(), d.text
    assert "valores" in d.text or "proposta" in d.text, d.text


INTERNS = [  # "would you have a place for an intern?" is the interns question the settings answer (interns = false)
    ("Buongiorno, sono studente al Politecnico e cerco uno stage estivo in Francia. Avrebbe posto per uno stagista?", "it", "tirocinanti"),
    ("Hola Camille, estudio marketing en Sevilla y busco prácticas en Francia. ¿Tendrías plaza para un becario?", "es", "prácticas"),
    ("Olá Camille, sou estudante em Braga e procuro um estágio em França. Teria vaga para uma estagiária?", "pt", "estagiári"),
]


@pytest.mark.parametrize("note, lang, word", INTERNS, ids=[i[1] for i in INTERNS])
def test_a_place_for_an_intern_gets_the_plain_answer(note, lang, word):
    d = draft(note, lang, "job_seeking", settings=SAMPLE)
    assert word in d.text, d.text


# -- round 12: opinion questions and either/or choices are named, never "with your situation in mind" ------------

OPINION = [  # (note, lang, intent, words the answer must name)
    ("Salut Camille, j'ai lu ton article sur le SEO local. Que penses-tu des fiches Google générées par IA ?", "fr", "ask_for_help", "fiches Google générées par IA"),
    ("Hi Camille, loved your piece on newsletters. What do you think of paid subscriptions for small creators?", "en", "ask_for_help", "paid subscriptions for small creators"),
    ("Hola Camille, leí tu post sobre TikTok. ¿Qué opinas de los anuncios Spark para tiendas pequeñas?", "es", "ask_for_help", "anuncios Spark para tiendas pequeñas"),
    ("Hallo Camille, dein Artikel über Newsletter war super. Was hältst du von LinkedIn-Newslettern für Selbstständige?", "de", "ask_for_help", "LinkedIn-Newslettern für Selbstständige"),
    ("Ciao Camille, ho visto il tuo post sulle Reels. Cosa ne pensi dei contenuti generati dagli utenti per un negozio di vini?", "it", "ask_for_help", "contenuti generati dagli utenti"),
    ("Oi Camille, vi seu post sobre e-mail marketing. O que você acha de automação de WhatsApp pra loja pequena?", "pt", "ask_for_help", "automação de WhatsApp"),
    ("Hoi Camille, mooi stuk over zoekwoorden! Wat vind je van Pinterest voor een webshop in kaarsen?", "nl", "ask_for_help", "Pinterest voor een webshop in kaarsen"),
]


@pytest.mark.parametrize("note, lang, intent, named", OPINION, ids=[q[1] for q in OPINION])
def test_an_opinion_question_names_its_subject(note, lang, intent, named):
    d = draft(note, lang, intent, settings=SAMPLE_OWNER)
    assert named in d.text, d.text
    assert not re.search(HOLDING + r"|situation in mind|passend zu deiner Situation|tenendo conto|teniendo en cuenta tu situación", d.text), d.text


CHOICE_TOLD_EARLIER = [  # the either/or in one sentence, "what would you advise?" in the next
    ("Hallo Camille, ich überlege, ob ich mich eher auf Content oder auf Performance Marketing konzentrieren soll. Was würdest du raten?", "de", ("Content", "Performance Marketing")),
    ("Hi Camille, I'm torn between email or Instagram for my bakery. What would you advise?", "en", ("email", "Instagram")),
    ("Ciao Camille, per il mio negozio conviene investire nel blog o è meglio puntare su TikTok? Grazie!", "it", ("blog", "TikTok")),
    ("Hola Camille, ¿invierto en el blog o es mejor apostar por Instagram? ¡Gracias!", "es", ("blog", "Instagram")),
]


@pytest.mark.parametrize("note, lang, options", CHOICE_TOLD_EARLIER, ids=[q[1] for q in CHOICE_TOLD_EARLIER])
def test_an_either_or_question_names_both_options(note, lang, options):
    d = draft(note, lang, "ask_for_help", settings=SAMPLE_OWNER)
    assert all(o in d.text for o in options), d.text


@pytest.mark.parametrize("lang", ["fr", "en", "de", "es", "it", "pt", "pt-BR", "nl"])
@pytest.mark.parametrize("informal", [True, False])
def test_the_opinion_answer_renders_in_every_language(lang, informal):
    text = quickq.answer(lang, "opinion", ["Threads", ""], informal=informal)
    assert "Threads" in text and re.search(NEXT, text), text


FIRST_STEP = [  # a new shop told, a tip to start asked: never "tell me where you stand"
    ("Hallo Camille, ich habe gerade einen Onlineshop für Teekannen eröffnet und komme mit Pinterest nicht weiter. Hast du einen Tipp, womit ich anfangen sollte?", "de", "Teekannen"),
    ("Buongiorno, ho appena aperto un negozio online di saponi artigianali. Ha qualche consiglio per iniziare con Google?", "it", "saponi"),
    ("Bonjour Camille, je viens d'ouvrir une boutique en ligne de bougies. Tu aurais des conseils pour bien démarrer sur Instagram ?", "fr", "bougies"),
    ("Hola Camille, acabo de abrir una tienda online de velas. ¿Algún consejo para empezar con el SEO?", "es", "velas"),
    ("Hi Camille, I just opened an online store for leather bags. Any tips on how to get started with Instagram?", "en", "leather bags"),
]
RE_ASK = r"(?i)wo du gerade stehst|a che punto|où tu en es|en qué punto|where you stand|where you are at|waar je staat|em que ponto"


@pytest.mark.parametrize("note, lang, shop", FIRST_STEP, ids=[q[1] for q in FIRST_STEP])
def test_a_first_step_asked_after_the_shop_is_told_is_not_asked_again(note, lang, shop):
    d = draft(note, lang, "ask_for_help", settings=SAMPLE_OWNER)
    assert not re.search(RE_ASK, d.text), d.text
    assert re.search(NEXT, d.text), d.text


LANG_WORRY = [  # online asked, the language worry only told: both answered, the worry with the owner's languages
    ("Ciao Camille, i tuoi workshop si possono seguire online? Siamo in tre a Torino e il francese non lo parliamo bene.", "it", ("online", "inglese")),
    ("Hola Camille, ¿tus talleres se pueden hacer online? Somos un equipo pequeño en Valencia y no hablamos bien francés.", "es", ("online", "inglés")),
    ("Hi Camille, can your workshops be done online? We're a small team in Leeds and we barely speak French.", "en", ("online", "English")),
    ("Hallo Camille, kann man deine Workshops auch online machen? Wir sind ein kleines Team in Graz und sprechen kaum Französisch.", "de", ("online", "Englisch")),
    ("Hoi Camille, kun je je workshops ook online geven? We zijn een klein team in Gent en spreken weinig Frans.", "nl", ("online", "Engels")),
]


@pytest.mark.parametrize("note, lang, parts", LANG_WORRY, ids=[b[1] for b in LANG_WORRY])
def test_a_language_worry_told_is_answered_with_the_languages(note, lang, parts):
    d = draft(note, lang, "client", settings=SAMPLE)
    for part in parts:
        assert part in d.text, d.text


@pytest.mark.parametrize("note, lang, word", [
    ("Geachte heer, in uw nieuwsbrief las ik over uw trainingen. Geeft u die ook in het Engels, voor een team van acht?", "nl", "trainingen"),
    ("Dear Ms Laurent, I read about your workshops in your newsletter. Do you also run them in English for a team of ten?", "en", "workshops"),
    ("Bonjour, j'ai vu vos formations dans votre newsletter. Est-ce possible de les faire en anglais pour une équipe de 12 ?", "fr", "formations"),
])
def test_trainings_named_before_a_language_question_are_what_is_answered(note, lang, word):
    d = draft(note, lang, "client", settings=SAMPLE)
    assert re.search(r"(?i)train|workshop|formation|cours|Schulung|teach", d.text.split("\n", 2)[2]), d.text
