"""Drafts that must not misread what is asked nor commit to the wrong thing (review round 11): a recording is not
a call, an adjacent topic is in the owner's field, a role in her field is offered to her, no slot said twice, the
thing promised is the thing asked for, a partnership is a partnership, and the sender's call length is kept.
Notes written for these tests."""
from __future__ import annotations

import re

import pytest

from invitriage.drafts import quickq
from invitriage.drafts.notefacts import choice_options
from invitriage.drafts.writer import context_for, draft_for, no_stutter
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def _item(note: str, lang: str, intent: str, headline: str = "", name: str = "Alex Martin"):
    return {"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply", "evidence": []}


def render(note: str, lang: str, intent: str = "business_proposal"):
    d = draft_for(_item(note, lang, intent), OWNER)
    assert d is not None
    template, _, context = context_for(_item(note, lang, intent), OWNER)
    return d.text, template, context


# -- (1) a podcast recording is a recording, never "the call" ------------------------------------------------
RECORDINGS = [
    ("en", "Hi Camille, I produce the 'Small Shop Stories' podcast. Could we interview you on Instagram ads for crafters? We record remotely, about 40 minutes. Up for it?", "recording", ("call",)),
    ("fr", "Bonjour Camille, j'anime le podcast « Boutiques en ligne ». On aimerait t'interviewer sur le SEO local, enregistrement à distance, 30 minutes environ. Partante ?", "enregistrement", ("appel", "visio")),
    ("de", "Hallo Camille, ich moderiere den Podcast 'Shop-Talk'. Dürfen wir dich zum Thema Social Ads interviewen? Aufnahme remote, ca. 40 Minuten. Hast du Lust?", "Aufnahme", ("Telefonat", "Videogespräch")),
    ("es", "Hola Camille, presento el podcast 'Tiendas que venden'. ¿Te entrevistamos sobre anuncios en Instagram? Grabamos a distancia, unos 35 minutos. ¿Te apuntas?", "grabación", ("llamada",)),
    ("it", "Ciao Camille, curo il podcast 'Botteghe digitali'. Ti intervisteremmo volentieri sulle social ads. Registrazione da remoto, circa 40 minuti. Ci stai?", "registrazione", ("telefonata", "videochiamata")),
    ("pt", "Olá Camille, faço o podcast 'Lojas com Alma'. Gostávamos de a entrevistar sobre anúncios no Instagram. Gravação à distância, cerca de 35 minutos. Aceita?", "gravação", ("chamada",)),
    ("nl", "Hoi Camille, ik maak de podcast 'Webshop Verhalen'. Mogen we je interviewen over social ads? Opname op afstand, ongeveer 40 minuten. Doe je mee?", "opname", ("telefoongesprek", "videogesprek")),
]


@pytest.mark.parametrize("lang, note, word, never", RECORDINGS)
def test_a_recording_is_never_called_a_call(lang, note, word, never):
    text, _, context = render(note, lang)
    assert context["recording"], note
    for bad in never:
        assert not re.search(rf"(?i)\b{bad}\b", text), text
    if context["by_phone"]:
        assert word.casefold() in text.casefold(), text


# -- (2) a talk on a topic next to her offer is hers; no enthusiasm next to a decline ---------------------
ADJACENT_TALKS = [
    ("es", "Estimada Sra. Laurent: desde la Asociación de Comerciantes de Vigo organizamos en mayo unas jornadas sobre venta online y nos gustaría invitarla como ponente. ¿Le interesaría?"),
    ("fr", "Bonjour Madame Laurent, la CCI de Grenoble organise en avril une matinée sur le commerce en ligne et nous aimerions vous inviter à intervenir. Seriez-vous disponible ?"),
    ("it", "Gentile Dott.ssa Laurent, organizziamo a maggio una giornata sul commercio elettronico per le PMI e vorremmo invitarla come relatrice. Sarebbe disponibile?"),
    ("pt", "Cara Dra. Laurent, organizamos em maio um encontro sobre comércio eletrônico para pequenas lojas e gostaríamos de a convidar como oradora. Estaria disponível?"),
    ("de", "Sehr geehrte Frau Laurent, wir veranstalten im Mai einen Thementag zum Onlinehandel und würden Sie gern als Referentin einladen. Hätten Sie Zeit?"),
    ("nl", "Geachte mevrouw Laurent, in mei organiseren wij een dag over online groei voor kleine winkels en we nodigen u graag uit als spreker. Heeft u tijd?"),
    ("en", "Dear Ms Laurent, our retailers' association holds an afternoon on web analytics for small shops in May and we'd love you to give a talk. Would you be available?"),
]
_DECLINE = r"outside my field|sort de mon domaine|außerhalb meines Fachgebiets|fuera de mi ámbito|fuori dal mio ambito|fora da minha área|buiten mijn vakgebied"


@pytest.mark.parametrize("lang, note", ADJACENT_TALKS)
def test_an_adjacent_topic_is_never_declined(lang, note):
    text, _, context = render(note, lang)
    assert context["in_field"], note
    assert not re.search(_DECLINE, text), text


UNRELATED_TALKS = [
    ("en", "Dear Ms Laurent, our beekeepers' club meets in June and we would like you to give a talk on hive diseases. Would you be available?", r"honoured|sounds great"),
    ("es", "Estimada Sra. Laurent: organizamos en junio una jornada sobre fiscalidad de las cooperativas agrícolas y nos gustaría contar con usted como ponente. ¿Estaría disponible?", r"ilusión"),
    ("fr", "Bonjour Madame Laurent, notre club organise en juin une conférence sur la fiscalité des associations et nous aimerions vous inviter comme intervenante. Seriez-vous disponible ?", r"belle proposition"),
]


@pytest.mark.parametrize("lang, note, glad", UNRELATED_TALKS)
def test_a_decline_never_opens_with_delight(lang, note, glad):
    text, _, context = render(note, lang)
    assert not context["in_field"] and re.search(_DECLINE, text), text
    assert not re.search(glad, text), text


# -- (3) a recruiter for a role in her own field gets the in-field reply ---------------------------------
FIELD_ROLES = [
    ("nl", "Hoi Camille, ik ben recruiter bij TalentBrug en ben op zoek naar een Social Ads Specialist voor een webwinkel in Utrecht. Sta je open voor iets nieuws? Groet, Lotte"),
    ("en", "Hi Camille, I'm a recruiter at PeopleFirst and I'm after a Content Strategist for a travel start-up in Lyon. Open to a chat about it? Best, Kim"),
    ("fr", "Bonjour Camille, je suis chasseuse de têtes chez Talentia et je cherche un profil de Consultante SEO senior pour une marque de cosmétiques. Ouverte à une nouvelle aventure ? Léa"),
    ("de", "Hallo Camille, ich bin Recruiterin bei JobBrücke und suche für ein Start-up in Köln eine SEO Managerin. Offen für etwas Neues? Grüße, Jana"),
    ("es", "Hola Camille, soy recruiter en Talentia y busco perfiles de SEO Specialist para un ecommerce de Valencia. ¿Te abrirías a un nuevo reto? Saludos, Ana"),
    ("it", "Ciao Camille, sono recruiter in TalentHub e per un e-commerce di Torino stiamo selezionando un Social Media Manager. Saresti aperta a una nuova sfida? Marco"),
    ("pt", "Olá Camille, sou recrutadora na Talentos e estou à procura de uma SEO Specialist para uma loja online no Porto. Estaria aberta a um novo desafio? Rita"),
]
_NOT_ME = r"not the right|pas la bonne|nicht die richtige|no soy la persona|non sono la persona|não sou a pessoa|niet de juiste"


@pytest.mark.parametrize("lang, note", FIELD_ROLES)
def test_a_role_in_her_field_is_never_declined_as_out_of_field(lang, note):
    text, _, context = render(note, lang, "recruiting")
    assert not context["networking"], note
    assert not re.search(_NOT_ME, text), text


# -- (4) no phrase said twice in a row ----------------------------------------------------------------------
def test_a_time_in_the_topic_is_said_once():
    text, _, _ = render("Hello Camille, I coordinate the digital programme at a Lyon business school. We're looking for someone to teach a 10-hour "
                        "module on SEO basics next semester. Would you be interested? Best, Dr. Jo Reed", "en")
    assert text.count("next semester") <= 1, text
    assert "lecture" not in text and "module" in text, text
    text, _, _ = render("Bonjour Camille, je coordonne un master à Lyon et nous cherchons un(e) intervenant(e) pour un module de 15h sur le SEO "
                        "au premier semestre. Intéressée ? Bien à vous, Paul Roux", "fr")
    assert text.count("au premier semestre") <= 1, text


def test_no_stutter():
    assert no_stutter("a module on SEO next term next term; thanks") == "a module on SEO next term; thanks"
    assert no_stutter("au second semestre au second semestre :") == "au second semestre :"
    assert no_stutter("step by step, day by day") == "step by step, day by day"


# -- (5) the thing promised is the thing asked for ----------------------------------------------------------
def test_a_question_on_her_methods_is_not_a_request_for_a_template():
    text, _, context = render("Hola Camille, llevo el marketing de una app de viajes. ¿Usas algún modelo de atribución propio o te quedas con el de "
                              "Google para clientes pequeños?", "es", "ask_for_help")
    assert context["ask"] != "resource" and "plantilla" not in text, text


@pytest.mark.parametrize("lang, note, thing", [
    ("it", "Ciao Camille, ero al tuo corso di formazione a Torino il mese scorso. Una domanda: le slide sulla SEO locale si possono scaricare da qualche parte?", "slide"),
    ("es", "Hola Camille, estuve en tu curso de formación en Sevilla. Una pregunta: ¿las diapositivas sobre SEO local están disponibles en algún sitio?", "diapositivas"),
])
def test_slides_asked_are_slides_promised(lang, note, thing):
    text, _, context = render(note, lang, "met_before")
    assert context["qkind"] == "share", context["qkind"]
    assert thing in text and not re.search(r"\b(?:cors[oi]|cursos?)\b.*(?:consiglio|recomiendo)", text), text


def test_a_budget_question_is_not_a_paid_consulting_pitch():
    text, template, _ = render("oi camille, curti seu post sobre anúncios no google. vale a pena rodar Performance Max com orçamento de 15 reais por dia?",
                               "pt", "ask_for_help")
    assert template != "client" and "proposta" not in text, text
    assert "Performance Max" in text, text


def test_a_course_for_a_certification_is_a_course():
    assert quickq.subject("qué curso me recomiendas para preparar la certificación de Google Ads?")[0] == "course"
    assert quickq.subject("welke cursus raad je aan voor het Google Ads-certificaat?")[0] == "course"
    assert quickq.subject("Which certification should I start with?")[0] == "certs"


def test_every_option_is_named():
    assert choice_options("Quale corso mi consigli: Semrush Academy, HubSpot o Google Skillshop?") == ["Semrush Academy", "HubSpot", "Google Skillshop"]
    line = quickq.answer("it", "choice", ["Semrush Academy", "HubSpot", "Google Skillshop"], informal=True)
    assert "Semrush Academy, HubSpot e Google Skillshop" in line, line


@pytest.mark.parametrize("question", ["GA4 chega ou recomenda outra?", "Is GA4 enough or would you use another tool?",
                                      "¿Basta con GA4 o usas otra herramienta?", "Reicht GA4 oder nimmst du ein anderes Tool?"])
def test_a_yes_no_question_with_or_another_is_no_choice(question):
    assert choice_options(question) == []


# -- (6) a partnership is a partnership; the sender's call length is kept ------------------------------------
@pytest.mark.parametrize("lang, note, never", [
    ("en", "Hi Camille, I'm a UX designer in Lyon and I think we could team up on website projects for your clients. Fancy a coffee? Sam", r"offer of a hand|samples"),
    ("nl", "Hoi Camille, ik heb een klein webbureau in Antwerpen. Onze klanten vragen vaak naar SEO, wat wij niet doen. Zullen we kijken of we elkaar kunnen doorverwijzen? Groet, Bram", r"jouw situatie"),
    ("fr", "Bonjour Camille, je suis graphiste à Lyon ; on pourrait faire équipe sur des projets de refonte pour tes clients. Un café ? Julie", r"coup de main|exemples"),
])
def test_a_partnership_is_never_an_offer_of_help(lang, note, never):
    text, _, context = render(note, lang, "job_seeking" if lang != "nl" else "ask_for_help")
    assert context["proposal"] == "partnership", context["proposal"]
    assert not re.search(never, text), text


@pytest.mark.parametrize("lang, note, minutes", [
    ("it", "Buongiorno Camille, Marta Conti mi ha dato il tuo nome. Abbiamo un'azienda di ceramiche e vogliamo vendere online in Francia. Possiamo fare una call di 30 minuti?", "30"),
    ("en", "Hello Camille, Jo Reed suggested I reach out. We run a tea shop and want help with SEO in France. Could we do a 45-minute call next week?", "45"),
    ("de", "Guten Tag Frau Laurent, wir sind ein kleiner Teeshop und suchen Hilfe bei SEO. Hätten Sie Zeit für ein 30-minütiges Gespräch?", "30"),
])
def test_the_senders_call_length_is_kept(lang, note, minutes):
    text, _, _ = render(note, lang, "referral")
    assert not re.search(r"\b20[\s-]?(?:min|Min)", text), text
