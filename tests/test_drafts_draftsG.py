"""Drafts that say what the note says (review round 14): the result told, the piece that helped, the compliment, the
project, the audience already named, the recruiter's "you or someone you know", the note-less welcome in natural words."""
from __future__ import annotations

import pytest

from invitriage.drafts.needs import plan_phrase
from invitriage.drafts.notefacts import extract
from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"],
                 help_whom=["students in digital marketing or communication", "founders of small businesses and e-shops"],
                 meet_whom=["marketing directors"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin", headline: str = "", meet: bool = False) -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": [], "meet": meet}, OWNER)
    assert d is not None
    return d.text


# -- a reader: how long, what helped, the result -----------------------------------------------------------------

@pytest.mark.parametrize("note, lang, long_", [
    ("Hallo Camille, ich lese deinen Newsletter seit einigen Wochen und finde ihn super.", "de", False),
    ("Hallo Camille, ich lese deinen Newsletter schon seit Jahren, immer spannend.", "de", True),
    ("Hoi Camille, ik lees je nieuwsbrief sinds een tijdje, leuk!", "nl", False),
    ("Hoi Camille, ik lees je nieuwsbrief al jaren, altijd goed.", "nl", True),
])
def test_so_long_only_when_the_reader_says_long(note, lang, long_):
    text = draft(note, lang, "content")
    said = "schon so lange" in text or "al zo lang" in text
    assert said == long_, text
    assert ("Newsletter" in text or "nieuwsbrief" in text), text


@pytest.mark.parametrize("note, lang, piece", [
    ("Hoi Camille, ik volg je nieuwsbrief sinds een paar weken en je stuk over TikTok-advertenties voor kleine winkels was echt eye-opening.",
     "nl", "mijn stuk over TikTok-advertenties voor kleine winkels"),
    ("Hi Camille, I've read your newsletter for a couple of weeks and your piece on Pinterest ads for small shops was really eye-opening.",
     "en", "my piece on Pinterest Ads for small shops"),
    ("Hallo Camille, ich lese deinen Newsletter seit einigen Wochen, dein Artikel über Google-Ads für Cafés war echt augenöffnend.",
     "de", "mein Artikel über Google-Ads für Cafés"),
    ("Ciao Camille, leggo la tua newsletter da qualche settimana e il tuo articolo sulla SEO per ristoranti mi ha aperto gli occhi.",
     "it", "il mio articolo sulla SEO per ristoranti"),
])
def test_the_piece_that_opened_their_eyes_is_named(note, lang, piece):
    text = draft(note, lang, "content")
    assert piece in text, text


@pytest.mark.parametrize("note, lang, said", [
    ("Hallo Camille, dein Tipp zu Google-Ads-Keywords hat meinen CPC fast halbiert, danke!", "de", "Glückwunsch"),
    ("Hi Camille, your tip on ad audiences halved my cost per click. Thanks!", "en", "ongratulations"),
    ("Bonjour Camille, grâce à ton conseil sur les audiences Meta, mon coût par clic a été divisé par deux. Merci !", "fr", "Bravo"),
])
def test_a_halved_cost_is_a_result_congratulated(note, lang, said):
    text = draft(note, lang, "content")
    assert said in text, text


# -- a compliment on the owner's content in general ---------------------------------------------------------------

@pytest.mark.parametrize("note, lang, said", [
    ("Me encantan tus publicaciones, ¡sigue así!", "es", "mi contenido"),
    ("Bravo per i tuoi contenuti, sempre chiari!", "it", "sui miei contenuti"),
    ("Love your content, keep it coming!", "en", "kind words about my content"),
    ("Adoro o teu conteúdo!", "pt", "os meus conteúdos"),
    ("Ich mag deine Inhalte sehr!", "de", "zu meinen Beiträgen"),
])
def test_a_compliment_on_the_content_is_thanked(note, lang, said):
    text = draft(note, lang, "generic")
    assert said in text, text
    assert "intercambiar ideas" not in text and "confrontarci" not in text, text


def test_no_compliment_no_thanks_for_kind_words():
    text = draft("Hola, me gustaría conectar contigo.", "es", "generic")
    assert "palabras" not in text, text
    assert extract("Complimenti per il tuo articolo sulla SEO!", "it", "content").fan is False  # a piece named: the content template's


# -- a recruiter -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, own", [
    ("Guten Tag Frau Laurent, ich suche für ein Start-up in München eine:n Head of SEO. Wäre das etwas für Sie oder jemanden aus Ihrem "
     "Netzwerk? Viele Grüße, Tim Wolf", "de", "keine Stelle"),
    ("Goedendag mevrouw Laurent, voor een klant in Utrecht zoek ik een Performance Marketeer. Zou dit iets voor u of iemand uit uw "
     "netwerk zijn? Groet, Mark de Boer", "nl", "geen baan"),
    ("Hello Ms Laurent, I'm recruiting a Head of Content for a client in Dublin. Would this interest you or someone in your network? "
     "Kind regards, Sean Kelly", "en", "not looking"),
    ("Buongiorno, sono recruiter presso Selecta e cerco un Head of SEO per un cliente a Torino. Potrebbe interessare a Lei o a qualcuno della Sua rete? Cordiali saluti, "
     "Marco Bassi", "it", "non cerco"),
])
def test_you_or_someone_you_know_is_answered_for_her_too(note, lang, own):
    text = draft(note, lang, "recruiting")
    assert own in text, text


@pytest.mark.parametrize("note, lang, network", [
    ("Hoi, ik ben recruiter in de bouw (timmerlieden, stukadoors) en breid mijn netwerk uit. Groet, Kees", "nl", "netwerk"),
    ("Hi, I'm a recruiter in logistics (warehouse staff, drivers) growing my network. Cheers, Dan", "en", "network"),
    ("Bonjour, je suis recruteur dans le BTP (maçons, plombiers) et j'élargis mon réseau. Bonne journée, Yves", "fr", "réseau"),
])
def test_a_recruiter_who_asked_nothing_gets_no_network_clause(note, lang, network):
    text = draft(note, lang, "recruiting")
    body = text.split("\n\n")[1]
    assert network not in body.split("!")[-1] and "niemand" not in body and "no one" not in body and "personne" not in body, text


# -- a note-less welcome ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, headline, company, banned", [
    ("fr", "Directrice marketing | Maison Dubois", "Maison Dubois", "Je vois que"),
    ("en", "Marketing Director at Brightline", "Brightline", "I see you're"),
    ("de", "Marketingleiter | Nordlicht Reisen", "Nordlicht Reisen", "Ich sehe"),
    ("es", "Director de Marketing en Bodegas Arce", "Bodegas Arce", "Veo que"),
    ("it", "Direttore Marketing | Pasta Fina", "Pasta Fina", "Vedo che"),
    ("pt", "Diretor de Marketing | Sabor &Co", "Sabor &Co", "Vejo que"),
    ("nl", "Marketingdirecteur bij Tulpwerk", "Tulpwerk", "Ik zie dat"),
])
def test_a_marketing_lead_without_a_note_is_asked_about_their_work_at_the_company(lang, headline, company, banned):
    text = draft("", lang, "no_note", headline=headline, meet=True)
    assert company in text, text
    assert banned not in text, text
    assert "marketing" not in text.split("\n\n")[1].split(".")[0].lower() or lang == "en", text


@pytest.mark.parametrize("lang, headline", [("fr", "CMO"), ("en", "Head of Growth | Scale-up SaaS"), ("de", "CMO | B2B SaaS")])
def test_a_headline_without_a_company_names_none(lang, headline):
    text = draft("", lang, "no_note", headline=headline, meet=True)
    assert "SaaS" not in text and "CMO" not in text and "Head of Growth" not in text, text


@pytest.mark.parametrize("lang, headline, said, banned", [
    ("de", "Studentin der Betriebswirtschaftslehre an der Universität Mannheim", "Tipps rund um SEO", "Unterstützung bei"),
    ("fr", "Étudiant en BUT Information-Communication", "des conseils en SEO", "coup de main"),
    ("en", "Digital marketing student at Kent", "tips on SEO", "a hand"),
    ("es", "Estudiante de Publicidad y Marketing Digital", "consejos sobre SEO", "una mano"),
    ("it", "Studente di Marketing Digitale", "consigli su SEO", "una mano"),
    ("nl", "Studente Communicatie aan de Hogeschool van Amsterdam", "tips over SEO", "hulp kunt"),
])
def test_a_student_is_offered_tips_for_their_studies(lang, headline, said, banned):
    text = draft("", lang, "no_note", headline=headline)
    assert said in text and banned not in text, text


# -- an invitation to speak: the audience and the topic as the note gives them -------------------------------------

@pytest.mark.parametrize("note, lang, banned", [
    ("Estimada Sra. Laurent: coordino el máster en Marketing Digital de la Universidad de Sevilla y nos gustaría invitarla a impartir "
     "un taller sobre SEO en marzo. Un saludo, Dr. Luis Mora", "es", "público"),
    ("Gentile Signora Laurent, coordino un master in Comunicazione d'impresa a Bologna. Vorremmo invitarLa a tenere un workshop sulla "
     "SEO in aprile. Cordiali saluti, Prof. Paolo Gatti", "it", "pubblico"),
    ("Dear Ms Laurent, I run the MSc in Marketing at Bristol and would love you to give a workshop on SEO in May. Best, Dr Ann Cole",
     "en", "audience"),
])
def test_a_programme_director_has_named_the_audience(note, lang, banned):
    text = draft(note, lang, "business_proposal")
    assert banned not in text, text


def test_the_masters_subject_is_not_the_sessions_topic():
    note = ("Gentile Signora Laurent, sono docente e coordino un master in Digital Marketing a Torino. Vorremmo invitarLa a tenere un "
            "workshop a giugno. Cordiali saluti, Prof.ssa Anna Riva")
    text = draft(note, "it", "business_proposal")
    assert "workshop in Digital Marketing" not in text and "workshop" in text, text


def test_an_invitation_to_a_talk_is_a_speaking_invitation():
    note = ("Olá Camille, organizo o Encontro Digital do Porto em outubro e gostaria de convidá-la para uma palestra sobre SEO local. "
            "Podemos falar?")
    assert extract(note, "pt", "business_proposal").proposal == "speaker"
    text = draft(note, "pt", "business_proposal")
    assert "palestra sobre SEO local" in text and "proposta" not in text, text


# -- the project a prospect names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("note, expected", [
    ("Nous souhaitons repenser notre stratégie numérique pour 2027.", "stratégie numérique pour 2027"),
    ("We want to overhaul our go-to-market strategy and would love to talk.", "go-to-market strategy"),
    ("Wir wollen unsere Online-Strategie neu aufstellen.", "Online-Strategie"),
    ("Estamos a repensar a nossa estratégia de conteúdo para o próximo ano.", "estratégia de conteúdo"),
    ("Vogliamo ripensare la nostra strategia social.", "strategia social"),
    ("Queremos revisar nuestra estrategia de captación.", "estrategia de captación"),
    ("We willen onze marketingstrategie herzien.", "marketingstrategie"),
    ("J'adore votre stratégie de contenu !", ""),
])
def test_plan_phrase(note, expected):
    assert plan_phrase(note) == expected


@pytest.mark.parametrize("note, lang, intent, said", [
    ("Bonjour Madame Laurent, je vous contacte de la part de Mme Claire Roux. Je dirige une PME industrielle et nous voulons repenser "
     "notre stratégie numérique. Cordialement, Jean Petit", "fr", "referral", "votre stratégie numérique"),
    ("Hi Camille, Tom Baker suggested I reach out. We're a small brewery and want to rethink our marketing strategy.", "en", "referral",
     "your marketing strategy"),
    ("Olá Camille, sou diretora de marketing numa startup em Braga e estamos a repensar a nossa estratégia de comunicação. Gostaria de "
     "trocar umas ideias consigo. Cumprimentos, Sara Lopes", "pt", "business_proposal", "a vossa estratégia de comunicação"),
])
def test_the_project_is_named(note, lang, intent, said):
    text = draft(note, lang, intent)
    assert said in text, text
    assert "proposta" not in text, text


# -- where they met ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, event", [
    ("Hola Camille, nos conocimos en el Marketing Day de Bilbao, en la charla sobre SEO. ¡Un saludo!", "es", "Marketing Day de Bilbao"),
    ("Hi Camille, we met at MozCon, at the panel on local search. Cheers!", "en", "MozCon"),
])
def test_the_named_event_wins_over_a_bare_talk(note, lang, event):
    assert event in extract(note, lang, "met_before").event


@pytest.mark.parametrize("note, lang, said", [
    ("Hi, we're hiring HGV drivers across the Midlands. Please pass this on to your network!", "en", "pass the job ad on"),  # off-field: only if she knows someone
    ("Oi! Tô contratando eletricistas pra uma obra em Campinas. Se tiver indicação, me chama", "pt", "ninguém"),
    ("Hello, we're hiring Python developers in Leeds. Let me know if you or anyone you know is interested!", "en", "no one with that profile"),
])
def test_a_recruiter_who_asks_about_her_network_is_answered_for_it(note, lang, said):
    text = draft(note, lang, "recruiting")
    assert said in text, text
