"""What a note says, read for a reply: names, language, register, address, quotable clauses and slots.

Every note here was written for these tests (seven languages); none comes from the corpus or the sample.
"""

from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import (best_quote, extract, headline_lang, is_informal, mirrors_title, parse_name,
                                  pt_variant, reply_language, sender_gender, sentences)


# -- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("display, first, last, titles, sure", [
    pytest.param("Prof. Dr. Klaus Meier", "Klaus", "Meier", ("Prof.", "Dr."), True, id="academic-titles"),
    pytest.param("Jane Doe, MBA", "Jane", "Doe", (), True, id="credential-after-comma"),
    pytest.param("Lee, Min-ji 🚀", "Min-ji", "Lee", (), True, id="surname-first-comma-emoji"),
    pytest.param("DUPONT Gérard", "Gérard", "Dupont", (), True, id="capitals-mark-the-surname"),
    pytest.param("Jan de Vries", "Jan", "de Vries", (), True, id="particle"),
    pytest.param("Dra. María López García", "María", "García", ("Dra.",), False, id="two-surnames-unsure"),
    pytest.param("Ana Ruiz (she/her)", "Ana", "Ruiz", (), True, id="pronouns-in-parentheses"),
    pytest.param("Marco Rossi | CEO @ Bottega", "Marco", "Rossi", (), True, id="headline-in-name"),
    pytest.param("Dott.ssa Chiara Bianchi", "Chiara", "Bianchi", ("Dott.ssa",), True, id="italian-title"),
    pytest.param("Tom", "Tom", "", (), False, id="one-word"),
    pytest.param("{{firstName}}", "", "", (), False, id="placeholder"),
    pytest.param("🚀✨", "", "", (), False, id="only-emoji"),
])
def test_names(display, first, last, titles, sure):
    name = parse_name(display)
    assert (name.first, name.last, name.titles, name.sure) == (first, last, titles, sure)


def test_the_whole_name_keeps_every_word():
    assert parse_name("Dra. María López García").full == "María López García"


# -- sentences and quotes ------------------------------------------------------------------------

def test_a_dot_after_an_abbreviation_or_an_initial_does_not_end_a_sentence():
    text = "Hola Dra. López, hablé con el Dr. Moreno y J. Pérez ayer. ¿Tiene un minuto?"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Hola Dra. López, hablé con el Dr. Moreno y J. Pérez ayer.", "¿Tiene un minuto?"]


@pytest.mark.parametrize("note, lang, banned", [
    pytest.param("Geachte mevrouw Laurent, ik las uw artikel over lokale SEO voor winkels.", "nl", "Geachte", id="greeting-nl"),
    pytest.param("Sehr geehrte Frau Laurent, Ihr Beitrag über Newsletter hat mir sehr geholfen.", "de", "Sehr geehrte", id="greeting-de"),
    pytest.param("Benoît here! I read your piece on local SEO for bakeries. Worth a 15-min call this week?", "en", "Benoît here", id="self-intro-en"),
    pytest.param("Bonjour, je suis Léa Martin. J'ai beaucoup aimé votre podcast sur les newsletters.", "fr", "Léa Martin", id="self-intro-fr"),
    pytest.param("Ciao! Sono Marco Neri. Ho letto il tuo articolo sulle newsletter per i negozi.", "it", "Marco Neri", id="self-intro-it"),
])
def test_greetings_and_self_introductions_are_never_quoted(note, lang, banned):
    quote = best_quote(note, lang)
    assert quote and banned not in quote


@pytest.mark.parametrize("note, lang", [
    pytest.param("Hi Camille, loved your post on pricing. Worth a 15-min call this week?", "en", id="en"),
    pytest.param("Bonjour, seriez-vous disponible 15 minutes cette semaine pour un appel ?", "fr", id="fr"),
    pytest.param("Hallo, hätten Sie 15 Minuten für ein kurzes Telefonat? Beste Grüße", "de", id="de"),
    pytest.param("Hola, ¿agendamos una llamada de 15 minutos esta semana?", "es", id="es"),
])
def test_calls_to_action_are_never_quoted(note, lang):
    quote = best_quote(note, lang)
    assert "15" not in quote and "min" not in quote


def test_a_quote_is_whole_balanced_and_keeps_its_question_mark():
    note = ("Bonjour Camille, j'ai lu votre article sur la stratégie de contenu (le passage sur les TPE, cité par le "
            "Dr. Martin). Vous intervenez aussi en Belgique ?")
    quote = best_quote(note, "fr", ["Vous intervenez"])
    assert quote == "Vous intervenez aussi en Belgique ?"
    # The sentence with "votre article" is too long to quote whole, and a cut would land inside the
    # parenthesis: no quote at all rather than a cut one or another clause.
    assert best_quote(note, "fr", ["votre article"]) == ""
    short = "Bonjour, j'ai lu votre article (cité par le Dr. Martin). Merci !"
    assert best_quote(short, "fr", ["votre article"]) == "j'ai lu votre article (cité par le Dr. Martin)"


def test_nested_quotation_marks_go_one_level_down_and_no_dot_is_doubled():
    assert best_quote('Hello, I loved your talk "Marketing without jargon" at the fair.', "en") == \
        "I loved your talk ‘Marketing without jargon’ at the fair"
    assert best_quote("Bonjour, j'ai écouté « Marketing sans jargon » hier soir...", "fr") == \
        "j'ai écouté “Marketing sans jargon” hier soir"


def test_a_long_clause_is_never_cut_inside():
    long = ("Hi Camille, I run a small agency in Leeds that helps bakeries and coffee shops with their local search and "
            "their social media ads and their newsletters and their loyalty programmes across the north of England.")
    quote = best_quote(long, "en")
    assert quote == "" or quote in long  # a whole clause or nothing, never a cut with an ellipsis


# -- register ------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, informal", [
    pytest.param("Hola Marta, ¿Conoces alguna agencia en Valencia?", "es", True, id="es-tu-verb"),
    pytest.param("Hola, ¿Sabes si hay un curso para empezar?", "es", True, id="es-sabes"),
    pytest.param("Buenos días, ¿Conoce alguna agencia en Valencia?", "es", False, id="es-usted-verb"),
    pytest.param("Hello Camille ! Dispo pour un café la semaine prochaine ?", "fr", True, id="fr-casual-no-pronoun"),
    pytest.param("Hello Camille, j'ai lu votre article, pourriez-vous m'aider ?", "fr", False, id="fr-hello-but-vous"),
    pytest.param("Hallo Jan, hast du kurz Zeit?", "de", True, id="de-hast-du"),
    pytest.param("Hallo Herr Jansen, könnten Sie mir kurz helfen?", "de", False, id="de-sie"),
    pytest.param("Ciao Luca, sai se esiste un corso base?", "it", True, id="it-sai"),
    pytest.param("Buongiorno, potrebbe darmi qualche consiglio?", "it", False, id="it-potrebbe"),
    pytest.param("Olá Rui, tens um minuto esta semana?", "pt", True, id="pt-tens"),
    pytest.param("Oi Ana, você tem alguma dica de curso?", "pt", True, id="pt-br-voce"),
    pytest.param("Prezado senhor, poderia me enviar o material?", "pt", False, id="pt-o-senhor"),
    pytest.param("Hoi Sanne, heb je zin in koffie?", "nl", True, id="nl-je"),
    pytest.param("Goedemiddag, heeft u interesse in een kennismaking?", "nl", False, id="nl-u"),
    pytest.param("Hey Camille, quick q about your newsletter", "en", True, id="en-hey"),
    pytest.param("Dear Ms Laurent, I would be grateful for your advice.", "en", False, id="en-dear"),
])
def test_register_from_pronouns_verb_forms_and_greetings(note, lang, informal):
    assert is_informal(note, lang) is informal


# -- formal address ------------------------------------------------------------------------------

@pytest.mark.parametrize("note, mirrored", [
    pytest.param("Sehr geehrte Frau Laurent, ich habe Ihren Vortrag gehört.", True, id="de"),
    pytest.param("Bonjour Madame Laurent, j'ai lu votre article.", True, id="fr"),
    pytest.param("Dear Ms. Laurent, I read your article.", True, id="en"),
    pytest.param("Estimada Sra. Laurent, leí su artículo.", True, id="es"),
    pytest.param("Gentile Dottoressa Laurent, ho letto il Suo articolo.", True, id="it"),
    pytest.param("Prezada Sra. Laurent, li o seu artigo.", True, id="pt"),
    pytest.param("Geachte mevrouw Laurent, ik las uw artikel.", True, id="nl"),
    pytest.param("Bonjour Laurent, j'ai lu votre article.", True, id="surname-only"),
    pytest.param("Bonjour Camille, j'ai lu votre article.", False, id="first-name"),
    pytest.param("Hallo Camille, ich habe Ihren Vortrag gehört.", False, id="first-name-with-sie"),
])
def test_a_title_or_the_owners_surname_in_the_greeting_is_mirrored(note, mirrored):
    assert mirrors_title(note, "Camille Laurent") is mirrored


@pytest.mark.parametrize("note, lang, headline, gender", [
    pytest.param("Je suis ravie de vous avoir rencontrée.", "fr", "", "f", id="fr-ravie"),
    pytest.param("Je suis consultant indépendant à Lyon.", "fr", "", "m", id="fr-consultant"),
    pytest.param("Muito obrigada pela palestra!", "pt", "", "f", id="pt-obrigada"),
    pytest.param("Soy fundador de una tienda online.", "es", "", "m", id="es-fundador"),
    pytest.param("Sono rimasta colpita dal Suo intervento.", "it", "", "f", id="it-rimasta"),
    pytest.param("Ich habe Ihren Vortrag gehört.", "de", "Inhaberin einer Schreinerei", "f", id="de-headline"),
    pytest.param("Ich habe Ihren Vortrag gehört.", "de", "Personalberaterin | Executive Search", "f", id="de-compound"),
    pytest.param("I read your article.", "en", "Founder at Acme", "", id="en-unknown"),
    pytest.param("Ik las uw artikel.", "nl", "", "", id="nl-unknown"),
])
def test_the_senders_gender_only_from_what_they_wrote(note, lang, headline, gender):
    assert sender_gender(note, lang, parse_name("Alex Martin"), headline) == gender


# -- language ------------------------------------------------------------------------------------

@pytest.mark.parametrize("headline, lang", [
    pytest.param("Responsable marketing – Mealtrack", "fr", id="fr"),
    pytest.param("Alternante community manager | Bachelor Communication digitale", "fr", id="fr-english-words"),
    pytest.param("Founder | Comptoir des Épices – eco-friendly homeware", "en", id="en-french-company"),
    pytest.param("BBA student | Digital marketing & branding", "en", id="en-student"),
    pytest.param("CMO at Lanternfish Studio", "en", id="en-at"),
    pytest.param("Inhaber von Cuir de Saône", "de", id="de"),
    pytest.param("Estudiante de Publicidad y RRPP", "es", id="es"),
    pytest.param("Responsable de marketing | Agence Mirabel", "es", id="es-responsable-de"),
    pytest.param("Titolare di Petites Pousses", "it", id="it"),
    pytest.param("Fundadora da Loja Sabiá | Loja online", "pt", id="pt"),
    pytest.param("Eigenaar bij Bakkerij de Molen", "nl", id="nl"),
])
def test_headline_language_from_its_role_words_not_its_company(headline, lang):
    assert headline_lang(headline) == lang


@pytest.mark.parametrize("note, judged, headline, owner, expected", [
    pytest.param("", "fr", "Marketing intern at Clevio", "fr", "en", id="no-note-headline-en"),
    pytest.param("", "fr", "Studentessa di Marketing Digitale", "fr", "it", id="no-note-headline-it"),
    pytest.param("", "fr", "Estagiário de comunicação", "fr", "pt", id="no-note-headline-pt"),
    pytest.param("", "fr", "", "de", "de", id="no-note-no-headline-owner"),
    pytest.param("Hola!", "fr", "", "fr", "es", id="short-greeting-es"),
    pytest.param("Hallo Camille!", "fr", "Eigenaar bij Bakkerij de Molen", "fr", "nl", id="hallo-dutch-headline"),
    pytest.param("Hallo Camille!", "fr", "Inhaberin | Café Sonnenschein", "fr", "de", id="hallo-german-headline"),
    pytest.param("Hi!", "fr", "Étudiante en école de commerce", "fr", "fr", id="hi-french-headline"),
    pytest.param("Ciao!", "fr", "", "fr", "it", id="ciao"),
    pytest.param("Ik las uw artikel over lokale SEO voor kleine winkels en heb een vraag.", "nl", "Founder at Acme", "fr", "nl",
                 id="the-note-wins"),
])
def test_reply_language(note, judged, headline, owner, expected):
    assert reply_language(note, judged, headline, owner) == expected


@pytest.mark.parametrize("texts, variant", [
    pytest.param(("Oi Ana, a gente se conheceu no evento, vamos manter contato!",), "pt-BR", id="a-gente-contato"),
    pytest.param(("Olá, estou fazendo uma pesquisa sobre marketing e gostaria da sua opinião.",), "pt-BR", id="gerund"),
    pytest.param(("Olá, a minha equipa está a crescer e gostava de manter o contacto.",), "pt", id="equipa-contacto"),
    pytest.param(("Olá Rui, tens um minuto? Estou a preparar um projeto.",), "pt", id="tu-estar-a"),
    pytest.param(("Olá!", "Analista de Marketing | São Paulo, Brasil"), "pt-BR", id="headline-brasil"),
    pytest.param(("Olá, li o seu artigo.",), "pt", id="no-cue-european"),
])
def test_brazilian_or_european_portuguese(texts, variant):
    assert pt_variant(*texts) == variant


# -- slots ---------------------------------------------------------------------------------------

def test_met_before_event_and_date_words_in_seven_languages():
    cases = [
        ("Bonjour, nous avons échangé la semaine dernière au salon E-Marketing Paris.", "fr", "au salon E-Marketing Paris", "la semaine dernière"),
        ("Hello, we met at the SMX breakfast in Paris yesterday!", "en", "at the SMX breakfast in Paris", "yesterday"),
        ("Hi, wir haben uns letzte Woche beim Online-Marketing-Stammtisch in Köln kennengelernt.", "de", "beim Online-Marketing-Stammtisch in Köln", "letzte Woche"),
        ("Hola, nos conocimos ayer en el SMX de Madrid.", "es", "en el SMX de Madrid", "ayer"),
        ("Ciao, ci siamo conosciuti ieri all'aperitivo di Digital Lovers a Torino.", "it", "all'aperitivo di Digital Lovers a Torino", "ieri"),
        ("Oi! A gente se conheceu no RD Summit em Florianópolis na semana passada.", "pt", "no RD Summit em Florianópolis", "na semana passada"),
        ("Hoi, leuk je gesproken te hebben op de Dutch Design Week vorige week!", "nl", "op de Dutch Design Week", "vorige week"),
    ]
    for note, lang, event, when in cases:
        f = extract(note, lang, "met_before")
        assert (f.event, f.when) == (event, when), (lang, f)


def test_worked_or_studied_together():
    f = extract("Salut ! On était ensemble dans la promo 2014 du Master Com' à Lyon 2, ça fait un bail", "fr", "met_before")
    assert f.org.startswith("dans la promo 2014") and not f.event
    assert extract("Hi Sam, we worked together at Google back in 2015!", "en", "met_before").org == "at Google"


def test_the_owners_piece_and_its_topic():
    cases = [
        ("Bonjour, j'ai lu votre article sur le SEO local hier, très utile.", "fr", "article", "sur le SEO local"),
        ("Loved your talk on AI in marketing, thanks!", "en", "talk", "on AI in marketing"),
        ("Ich habe Ihren Artikel über lokales SEO gelesen.", "de", "article", "über lokales SEO"),
        ("Vi tu charla en YouTube sobre estrategia de contenidos para pymes.", "es", "talk", "sobre estrategia de contenidos para pymes"),
        ("Ho letto il tuo post sulle campagne social, molto utile!", "it", "post", "sulle campagne social"),
        ("Ouvi o seu podcast sobre SEO para lojas, adorei.", "pt", "podcast", "sobre SEO para lojas"),
        ("Ik las uw artikel over lokale SEO gisteren.", "nl", "article", "over lokale SEO"),
    ]
    for note, lang, work, topic in cases:
        f = extract(note, lang, "content")
        assert (f.work, f.topic) == (work, topic), (lang, f)


def test_someone_elses_training_is_not_the_owners_piece():
    assert extract("She said you're the person to know for SEO training in France.", "en", "referral").work == ""
    assert extract("We help consultants like you book 10 meetings a month.", "en", "sales_pitch").work == ""


@pytest.mark.parametrize("note, lang, referrer", [
    pytest.param("Bonjour, c'est Sophie Marchal (Agence Ormeaux) qui m'a conseillé de vous contacter.", "fr", "Sophie Marchal", id="fr"),
    pytest.param("Hi, Priya Raman from Northgate Partners suggested I get in touch.", "en", "Priya Raman", id="en"),
    pytest.param("Hallo, Markus Feld hat mir empfohlen, mich bei Ihnen zu melden.", "de", "Markus Feld", id="de"),
    pytest.param("Hola, Javier Ortega me recomendó escribirte.", "es", "Javier Ortega", id="es"),
    pytest.param("Buongiorno, Paolo Conti mi ha consigliato di contattarLa.", "it", "Paolo Conti", id="it"),
    pytest.param("Olá, a Fernanda Lima me indicou o seu nome.", "pt", "Fernanda Lima", id="pt"),
    pytest.param("Beste Camille, via Pieter Jansen kwam ik bij jou terecht.", "nl", "Pieter Jansen", id="nl"),
    pytest.param("Hi, my colleague Tom suggested I reach out.", "en", "Tom", id="colleague-name"),
    # "gave me your name" in each language's own verb (dar, dare, dar, geven)
    pytest.param("Hola, Lucía Ferrer me dio tu nombre y tengo una pregunta sobre SEO.", "es", "Lucía Ferrer", id="es-dio-nombre"),
    pytest.param("Ciao, Marco Bellini mi ha dato il tuo nome per una consulenza.", "it", "Marco Bellini", id="it-dato-nome"),
    pytest.param("Olá, a Beatriz Nunes deu-me o seu nome.", "pt", "Beatriz Nunes", id="pt-deu"),
    pytest.param("Hoi, Daan Visser (van Visser Media) gaf me je naam. Ik heb een vraag.", "nl", "Daan Visser", id="nl-gaf-naam"),
])
def test_the_referrer_is_named(note, lang, referrer):
    assert extract(note, lang, "referral").referrer == referrer


@pytest.mark.parametrize("note, lang, role, domain, period", [
    pytest.param("Je cherche un stage de 6 mois à partir de mars en stratégie de contenu.", "fr", "internship", "en stratégie de contenu", "de 6 mois à partir de mars", id="fr"),
    pytest.param("I'm looking for an internship in SEO from September.", "en", "internship", "in SEO", "from September", id="en"),
    pytest.param("Ich suche ab April ein Praktikum im Online-Marketing.", "de", "internship", "im Online-Marketing", "ab April", id="de"),
    pytest.param("Estoy buscando prácticas en marketing digital para la primavera.", "es", "internship", "en marketing digital", "para la primavera", id="es"),
    pytest.param("Cerco uno stage in comunicazione digitale da settembre.", "it", "internship", "in comunicazione digitale", "da settembre", id="it"),
    pytest.param("Procuro um estágio na área de redes sociais a partir de setembro.", "pt", "internship", "na área de redes sociais", "a partir de setembro", id="pt"),
    pytest.param("Ik ben op zoek naar een stage in online marketing vanaf februari.", "nl", "internship", "in online marketing", "vanaf februari", id="nl"),
])
def test_a_job_seekers_role_field_and_period(note, lang, role, domain, period):
    f = extract(note, lang, "job_seeking")
    assert (f.role, f.domain, f.period) == (role, domain, period)


@pytest.mark.parametrize("note, lang, ask", [
    pytest.param("Do you take interns? I'm a marketing student.", "en", "interns", id="en-interns"),
    pytest.param("Prenez-vous des stagiaires ?", "fr", "interns", id="fr-interns"),
    pytest.param("¿Tienes alguna plantilla de calendario editorial?", "es", "resource", id="es-template"),
    pytest.param("Hello Camille ! Dispo pour un café la semaine prochaine ?", "fr", "meet", id="fr-coffee"),
    pytest.param("Could I ask you a couple of questions by message?", "en", "questions", id="en-questions"),
    pytest.param("Hätten Sie Zeit für ein kurzes Telefonat?", "de", "call", id="de-call"),
    pytest.param("¿Conoces alguna agencia de SEO local en Valencia?", "es", "recommend", id="es-recommend"),
    pytest.param("I'd value your feedback on a short 5-question survey.", "en", "feedback", id="en-survey"),
    pytest.param("Potrebbe darmi qualche consiglio per la mia tesi?", "it", "advice", id="it-advice"),
    pytest.param("Werkt dit ook voor webshops zonder fysieke winkel?", "nl", "question", id="nl-question"),
    pytest.param("We met at the fair yesterday, thanks again for the tips!", "en", "", id="thanks-is-not-an-ask"),
    pytest.param("We had coffee at the fair last week.", "en", "", id="a-memory-is-not-an-ask"),
])
def test_what_is_asked(note, lang, ask):
    assert extract(note, lang, "ask_for_help").ask == ask


def test_an_offer_and_a_proposal_are_told_apart():
    freelancer = extract("Hi, I'm a freelance copywriter and happy to help with your newsletter if you ever need a hand.", "en", "job_seeking")
    assert freelancer.offers and freelancer.ask == "services"
    partner = extract("Je me demandais si on pourrait monter une offre commune pour les restaurateurs. Ça vous dit ?", "fr", "ask_for_help")
    assert partner.proposal == "partnership" and partner.ask == "proposal"
    guest = extract("Hi Camille, I host The Marketing Crossroads podcast and would love to have you as a guest.", "en", "business_proposal")
    assert (guest.proposal, guest.project) == ("guest", "The Marketing Crossroads")


def test_a_recruiters_role_from_a_gender_marker():
    f = extract("Hallo, ich suche für einen Kunden in München eine Head of SEO (m/w/d), Remote möglich.", "de", "recruiting")
    assert (f.job_title, f.remote) == ("Head of SEO", True)
    f = extract("Bonjour, je recrute un(e) Head of Content en CDI à Lyon (60-65 k€).", "fr", "recruiting")
    assert (f.job_title, f.place, f.salary) == ("Head of Content", "à Lyon", True)


def test_a_slot_never_holds_the_senders_pronouns():
    f = extract("J'ai lu votre article sur ce que vous faites pour vos clients.", "fr", "content")
    assert f.topic == ""  # "sur ce que vous faites" would read wrong in the owner's mouth


# -- issue 15, third round: what the sender wants from the owner ------------------------------------

@pytest.mark.parametrize("note, lang, client, service, price", [
    ("Bonjour Camille, auriez-vous des disponibilités pour former notre équipe commerciale à LinkedIn ? Quel serait votre tarif ?", "fr", True, "training", True),
    ("Hi Camille, we need help with our local SEO before opening a second shop. Could we talk?", "en", True, "", False),
    ("Guten Tag, bieten Sie auch ein SEO-Audit für kleine Onlineshops an?", "de", True, "audit", False),
    ("Hola Camille, ¿cuánto cuesta un taller de redes sociales para mi equipo de 5 personas?", "es", True, "training", True),
    ("Ciao Camille, offriamo un software di reportistica per consulenti: posso mostrarti una demo?", "it", False, "", False),
    ("Olá Camille, sou recrutadora e procuro uma consultora SEO para um cliente em Lisboa.", "pt", False, "", False),
    ("Hoi Camille, ik zoek een stage in online marketing vanaf september. Neem jij stagiairs aan?", "nl", False, "", False),
])
def test_a_client_is_someone_buying_from_the_owner_not_selling_recruiting_or_seeking(note, lang, client, service, price):
    f = extract(note, lang, "")
    assert (f.client, f.service, f.price) == (client, service, price), (f.client, f.service, f.price)


@pytest.mark.parametrize("note, lang, qkind", [
    ("Salut Camille, ça te dérange si je t'ajoute ? J'adore tes posts.", "fr", "permission"),
    ("Hi Camille, thanks for the webinar! Could you share the slides?", "en", "share"),
    ("Guten Tag, darf ich Ihnen den Fragebogen zu meiner Bachelorarbeit schicken?", "de", "send"),
    ("Hola Camille, ¿qué te parece mejor para empezar, TikTok o Instagram?", "es", "choice"),
    ("Ciao Camille, quanto budget serve per partire con Google Ads per un piccolo B&B?", "it", "budget"),
    ("Hoi Camille, heb je tips of ken je bureaus in Lyon die stagiairs zoeken?", "nl", ""),
])
def test_the_kind_of_question_is_read_for_an_answer_in_kind(note, lang, qkind):
    assert extract(note, lang, "").qkind == qkind


def test_a_recruiter_who_only_networks_and_one_with_a_role_for_a_client():
    net = extract("Hi Camille, I'm a recruiter for logistics roles and I'm growing my network in Lyon.", "en", "recruiting")
    assert net.recruiter and net.networking and not net.client
    role = extract("Bonjour Camille, je suis recruteuse chez Talento et je recrute un Head of SEO pour un client à Paris, en freelance.", "fr", "recruiting")
    assert role.recruiter and role.for_client and role.freelance_role and not role.networking


def test_a_meeting_date_is_not_a_project_date():
    assert extract("Seriez-vous disponible pour un rendez-vous en janvier ?", "fr", "").soon_meet
    f = extract("Nous souhaiterions une formation en février pour 8 personnes.", "fr", "")
    assert f.soon == "en février" and not f.soon_meet


def test_praise_and_help_are_read_near_the_owners_piece():
    f = extract("Hi Camille, we met at the SEO meetup after your talk. Loved your talk, it helped me a lot!", "en", "met_before")
    assert f.work == "talk" and f.praise and f.helped and f.met
    f = extract("Bonjour Camille, on s'est croisées au salon E-commerce Connect, à votre atelier sur le SEO local.", "fr", "met_before")
    assert f.work == "workshop" and not f.praise and f.met


@pytest.mark.parametrize("headline, lang", [("Head of Growth en Glovo", "es"), ("Growth Lead na Hotmart", "pt"), ("Head of Growth presso Satispay", "it"),
                                            ("Marketing Director Benelux @ FoodCo | Brand & Digital", "en"), ("Consultante en SEO", "fr"),
                                            ("Marketingmanager bij Coolblue B.V.", "nl")])
def test_the_little_word_before_a_company_tells_a_headlines_language(headline, lang):
    assert headline_lang(headline) == lang


@pytest.mark.parametrize("note, lang", [
    ("Hola Camille, soy CMO de una marca de vinos. ¿Hablamos?", "es"),
    ("Olá Camille, sou CMO da Quinta Azul e gostaríamos de falar consigo.", "pt"),
    ("Bonjour, je propose des recommandations croisées à des consultants de Lyon.", "fr"),
])
def test_a_role_in_capitals_or_a_question_to_talk_is_not_an_old_acquaintance(note, lang):
    f = extract(note, lang, "business_proposal")
    assert not f.reconnect and not f.met, f


@pytest.mark.parametrize("note, lang, situation, amount, qkind", [
    ("J'ai lancé ma boutique de bougies il y a 3 mois, 200 € de budget pub. Plutôt Meta ou Pinterest ?", "fr", True, True, "choice"),
    ("Is it worth moving to server-side tracking for a small store, or is it too early?", "en", False, False, "timing"),
    ("Ich arbeite seit 2 Jahren im Marketing. Wie hast du angefangen?", "de", True, False, "experience"),
    ("Hoe heb jij dat aangepakt?", "nl", False, False, "experience"),
])
def test_the_situation_given_and_the_kind_of_question_are_read(note, lang, situation, amount, qkind):
    f = extract(note, lang, "ask_for_help")
    assert (f.situation, f.amount, f.qkind) == (situation, amount, qkind), f


# -- questions the owner's answer facts cover (settings: online, work_languages, regions, interns, mentoring, rates) -----

from invitriage.drafts.askfacts import asked, locative, place_key  # noqa: E402

ASKED = [  # notes written for these tests
    ("Bonjour Camille, vos ateliers existent-ils aussi à distance ? Je suis à Brest.", "fr", "online", None),
    ("Hi Camille, is your Google Ads course also available online?", "en", "online", None),
    ("Hola Camille, ¿tus talleres son presenciales o también online?", "es", "online", None),
    ("Hallo Camille, gibt es deinen Kurs auch online oder nur vor Ort?", "de", "online", None),
    ("Ciao Camille, il corso si può seguire online o solo in presenza?", "it", "online", None),
    ("Olá Camille, a formação também é online? Vivo no Porto.", "pt", "online", None),
    ("Hoi Camille, kan ik je training ook online volgen?", "nl", "online", None),
    ("Bonjour Camille, donnez-vous vos formations en anglais ?", "fr", "language", ["en"]),
    ("Hi Camille, do you also teach in German?", "en", "language", ["de"]),
    ("Hola Camille, ¿das formación en español?", "es", "language", ["es"]),
    ("Guten Tag Frau Laurent, bieten Sie Ihre Schulungen auch auf Deutsch an?", "de", "language", ["de"]),
    ("Ciao Camille, fai corsi in italiano?", "it", "language", ["it"]),
    ("Olá Camille, dá formações em português?", "pt", "language", ["pt"]),
    ("Beste Camille, geeft u workshops in het Nederlands?", "nl", "language", ["nl"]),
    ("Hi Camille, in which language are your workshops?", "en", "language", []),
    ("Bonjour, travaillez-vous avec des clients en Suisse ?", "fr", "region", "switzerland"),
    ("Hi Camille, do you work with clients in Canada?", "en", "region", "canada"),
    ("Hola, ¿trabajas con empresas en México?", "es", "region", "mexico"),
    ("Guten Tag, betreuen Sie auch Kunden in Österreich?", "de", "region", "austria"),
    ("Ciao, lavori anche con aziende in Belgio?", "it", "region", "belgium"),
    ("Olá, trabalha com clientes no Brasil?", "pt", "region", "brazil"),
    ("Hallo, werkt u ook voor klanten in Duitsland?", "nl", "region", "germany"),
    ("Hi, do you take on clients in Uruguay?", "en", "region", "Uruguay"),
    ("Bonjour Camille, prenez-vous des stagiaires cet été ?", "fr", "interns", None),
    ("Hi Camille, do you take interns?", "en", "interns", None),
    ("Hola Camille, ¿aceptas becarios?", "es", "interns", None),
    ("Hallo Camille, nimmst du Praktikanten?", "de", "interns", None),
    ("Ciao Camille, prendi tirocinanti?", "it", "interns", None),
    ("Olá Camille, aceita estagiários?", "pt", "interns", None),
    ("Hoi Camille, neem je stagiairs aan?", "nl", "interns", None),
    ("Bonjour, proposez-vous de l'accompagnement individuel ?", "fr", "mentoring", None),
    ("Hi Camille, do you offer one-to-one mentoring?", "en", "mentoring", None),
    ("Hola, ¿haces mentorías individuales?", "es", "mentoring", None),
    ("Hallo, bieten Sie Einzelcoaching an?", "de", "mentoring", None),
    ("Ciao, fai mentoring per freelance alle prime armi?", "it", "mentoring", None),
    ("Olá, faz mentoria individual?", "pt", "mentoring", None),
    ("Hoi, doe je ook een-op-een begeleiding?", "nl", "mentoring", None),
    ("Bonjour Camille, quel est votre tarif journalier ?", "fr", "rates", None),
    ("Hi Camille, what do you charge per hour?", "en", "rates", None),
    ("Hola, ¿cuál es tu tarifa por hora?", "es", "rates", None),
    ("Hallo, wie hoch ist Ihr Stundensatz?", "de", "rates", None),
    ("Ciao, qual è la tua tariffa oraria?", "it", "rates", None),
    ("Olá, qual é o preço de uma consultoria?", "pt", "rates", None),
    ("Hoi, wat is je uurtarief?", "nl", "rates", None),
]


@pytest.mark.parametrize("note, lang, topic, detail", ASKED, ids=[f"{a[2]}-{a[1]}-{i}" for i, a in enumerate(ASKED)])
def test_a_question_on_the_owners_service_is_read_with_its_topic(note, lang, topic, detail):
    a = asked(note, lang)
    assert topic in a.topics, (note, a)
    if topic == "language":
        assert a.langs == detail
    if topic == "region":
        assert a.place == detail


NOT_ASKED = [  # the same words, not a question about her service
    ("Bonjour Camille, je lance ma boutique en ligne de bougies. Des conseils pour le SEO ?", "fr"),
    ("Hoi Camille, Online koffie volgende week? Lotte", "nl"),
    ("Ciao Camille! Registriamo online, ti va?", "it"),
    ("Hi Camille, I was your intern in 2019 at Kiwi! How are you?", "en"),
    ("Hola Camille, vivo en Madrid y hablo español. ¿Me recomiendas un curso de SEO?", "es"),
    ("Hallo Camille, wie verbessere ich meine Conversion-Rate im Onlineshop?", "de"),
    ("Oi Camille, seus treinamentos são presenciais em Lyon?", "pt"),
]


@pytest.mark.parametrize("note, lang", NOT_ASKED)
def test_the_same_words_outside_such_a_question_are_not_read_as_one(note, lang):
    a = asked(note, lang)
    assert not ({"region", "interns", "rates", "language"} & set(a.topics)), (note, a)
    if "online" in a.topics:
        assert "presenciais" in note  # "only in person in Lyon?" is the online-or-in-person question


def test_places_are_read_in_every_language_and_said_in_the_drafts():
    assert {place_key(p) for p in ("Suisse", "Switzerland", "Schweiz", "Suiza", "Svizzera", "Suíça", "Zwitserland", "Genève")} == {"switzerland"}
    assert [locative("Switzerland", lang) for lang in ("fr", "en", "es", "de", "it", "pt", "nl")] == [
        "en Suisse", "in Switzerland", "en Suiza", "in der Schweiz", "in Svizzera", "na Suíça", "in Zwitserland"]
    assert locative("France", "pt-BR") == "na França" and locative("Uruguay", "fr") == "en Uruguay"


# -- slots said by the owner, without tautologies ------------------------------------------------

@pytest.mark.parametrize("note, lang, event", [
    pytest.param("Olá Camille! Fui ao seu workshop de estratégia de conteúdo no Web Summit em Lisboa, foi excelente.", "pt",
                 "no meu workshop", id="pt-ao-seu"),
    pytest.param("Olá Camille, gostei muito de a conhecer na sua palestra em Braga. Vamos manter contacto!", "pt",
                 "na minha palestra", id="pt-na-sua"),
])
def test_the_senders_your_event_is_the_owners_my_event(note, lang, event):
    assert event in extract(note, lang, "met_before").event


@pytest.mark.parametrize("event, lang, mine", [
    ("at your workshop in Leeds", "en", "at my workshop in Leeds"), ("en tu taller de Madrid", "es", "en mi taller de Madrid"),
    ("al tuo workshop a Milano", "it", "al mio workshop a Milano"), ("op jouw workshop in Gent", "nl", "op mijn workshop in Gent"),
    ("bei Ihrem Workshop in Köln", "de", "bei meinem Workshop in Köln"), ("à votre atelier", "fr", ""),
])
def test_an_event_with_your_is_said_with_my(event, lang, mine):
    from invitriage.drafts.notefacts import _own_event
    assert _own_event(event, lang) == mine


@pytest.mark.parametrize("note, lang", [
    pytest.param("Olá, tenho uma agência de tráfego pago em Curitiba e procuramos parceiros na França. Podemos conversar "
                 "sobre parceria?", "pt", id="pt-br-sobre-parceria"),
    pytest.param("Bom dia Camille, tenho uma agência de SEO no Porto e procuro parceiros em França. Podemos falar sobre "
                 "uma parceria?", "pt", id="pt-sobre-uma-parceria"),
    pytest.param("Hola Camille, tengo una agencia SEO en Valencia. ¿Podemos hablar sobre una posible colaboración?", "es",
                 id="es-sobre-colaboracion"),
    pytest.param("Hi Camille, I run a small PPC agency in Leeds. Could we talk about a partnership?", "en",
                 id="en-about-partnership"),
])
def test_a_partnership_proposal_about_partnership_has_no_topic(note, lang):
    f = extract(note, lang, "business_proposal")
    assert f.proposal == "partnership" and f.topic == ""
