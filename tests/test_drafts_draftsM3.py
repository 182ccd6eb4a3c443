"""Notes misread in review round 16 (a pitch or a proposal given the help template, and other misreads): notes
written for these tests, in every language the mechanism concerns."""
from __future__ import annotations

import pytest

from drafting import render

from invitriage.drafts.notefacts import extract


HELP_WORDS = ("advise", "conseiller", "beraten", "aconsejar", "consigliar", "aconselhar", "adviseren", "situation", "situación",
              "situazione", "situação", "Situation", "situatie", "courses I recommend", "nomi di fiducia")


# -- a seller offering to send something is declined as a pitch, never "not the right person to advise you" -----------

@pytest.mark.parametrize("lang, note", [
    ("en", "Good afternoon, I work for a firm supplying ergonomic office chairs. Could I send you our brochure?"),
    ("fr", "Bonjour, je représente une société de mobilier de bureau. Puis-je vous envoyer notre catalogue ?"),
    ("pt", "Olá, trabalho com planos de previdência para profissionais liberais. Posso te mandar uma simulação?"),
    ("es", "Hola, vendemos seguros de salud para autónomos. ¿Puedo enviarte un presupuesto sin compromiso?"),
    ("it", "Buongiorno, rappresento un'azienda di arredi per ufficio. Posso inviarLe il nostro catalogo?"),
])
def test_pitch_offering_to_send_is_declined_as_pitch(lang, note):
    text, template = render(note, lang, "sales_pitch")
    assert template == "sales_pitch", text
    assert not any(w in text for w in HELP_WORDS), text


# -- a proposal's own question gets the proposal's reply (yes in principle and a call) --------------------------------

@pytest.mark.parametrize("lang, note, said, kind", [
    # (wave 77: a course for an association's members is a training request: her trainings said, then the call)
    ("it", "Buongiorno, sono responsabile della formazione di un'associazione di categoria. Vorremmo un corso di marketing digitale per gli associati. Può mandarci un'offerta?", "20 minuti", "client"),
    ("de", "Guten Tag Frau Laurent, ich leite das Marketing eines Schmuckherstellers in Basel und wir suchen jemanden für unsere Instagram-Kampagnen in Frankreich. Wäre das etwas für Sie?", "20-minütigen", "business_proposal"),
])
def test_proposal_question_is_answered_as_a_proposal(lang, note, said, kind):
    text, template = render(note, lang, "business_proposal")
    assert template == kind, text
    assert said in text, text
    assert not any(w in text for w in HELP_WORDS), text


@pytest.mark.parametrize("lang, note", [
    ("en", "Hello Camille, we're putting together a growth day for retail founders in Lausanne in May. Would you consider running a 90-minute social ads training session? Fee available."),
    ("en", "Hi Camille, I run a coworking space in Lyon. Would you be up for giving a short SEO workshop to our members in April?"),
])
def test_invitation_to_run_a_training_session_is_a_speaker_proposal(lang, note):
    assert extract(note, lang, "business_proposal").proposal == "speaker"
    text, template = render(note, lang, "business_proposal")
    assert template == "business_proposal", text
    assert "courses I recommend" not in text and "thinking of me" in text, text


# -- peers sending each other clients are a partnership ---------------------------------------------------------------

@pytest.mark.parametrize("lang, note, said", [
    ("fr", "Coucou ! Je suis rédactrice web à Chambéry. On pourrait se renvoyer des clients quand l'une de nous est débordée ? Je fais surtout de la fiche produit.", "clients"),
    ("fr", "Bonjour, consultante SEA à Dijon : ça vous dirait qu'on s'envoie des clients de temps en temps ?", "clients"),
])
def test_peer_sending_clients_is_a_partnership(lang, note, said):
    f = extract(note, lang, "sales_pitch")
    assert f.mutual and f.proposal == "partnership"
    text, template = render(note, lang, "sales_pitch")
    assert template == "business_proposal", text
    assert said in text and "surtout" not in text, text


# -- a firm seeking workers outside her field, asking for names: not her network, never names promised -----------------

@pytest.mark.parametrize("lang, note, said", [
    ("it", "Buongiorno, cerchiamo magazzinieri per il nostro deposito a Brescia. Se conosce qualcuno me lo faccia sapere. Grazie", "In bocca al lupo"),
    ("en", "Hello, we are looking for forklift drivers for our warehouse in Leeds. If you know anyone, let me know. Thanks", "Good luck"),
])
def test_firm_seeking_workers_gets_not_in_my_network(lang, note, said):
    text, template = render(note, lang, "sales_pitch")
    assert template == "recruiting", text
    assert said in text, text
    assert "nomi" not in text and "names" not in text, text


# -- a small business asking "do you work with businesses like mine?" with a growth goal is a client -------------------

@pytest.mark.parametrize("lang, note", [
    ("it", "Buonasera, gestisco un B&B sul lago di Garda. Lei segue anche piccole strutture ricettive? Vorrei aumentare le prenotazioni dirette."),
    ("en", "Hello, I run a small guesthouse in Cornwall. Do you work with small hospitality businesses? I'd like to get more direct bookings."),
    ("pt", "Olá Camille, tenho uma pousada em Paraty e queria saber se você faria um trabalho para a gente. Queremos aumentar as reservas diretas."),
])
def test_small_business_with_growth_goal_is_a_client(lang, note):
    assert extract(note, lang, "sales_pitch").client
    text, template = render(note, lang, "sales_pitch")
    assert template == "client", text
    assert not any(w in text for w in HELP_WORDS), text


def test_urgent_request_this_week_is_kept_this_week():
    note = "Oi Camille, sou Diretora de Marketing numa edtech em Recife e queria entender se você faria uma auditoria de SEO do nosso site. É urgente, dá pra falar essa semana?"
    f = extract(note, "pt", "recruiting")
    assert not f.reconnect and f.client
    text, template = render(note, "pt", "recruiting")
    assert template == "client", text
    assert "esta semana" in text and "próxima semana" not in text and "semana que vem" not in text, text
    assert "tantos anos" not in text


# -- a recruiter's role in her own field, written "um(a)", is a role offered, never "outside my area" -------------------

@pytest.mark.parametrize("lang, note, title", [
    ("pt", "Oi! Sou recrutadora e estou buscando um(a) Analista de Mídia Paga (Meta Ads) para uma agência em São Paulo. Topa conversar?", "Analista de Mídia Paga"),
    ("es", "¡Hola! Soy reclutadora y estoy buscando un/a Especialista SEO para una startup en Valencia. ¿Te interesa?", "Especialista SEO"),
])
def test_recruiter_role_with_neutral_article(lang, note, title):
    f = extract(note, lang, "recruiting")
    assert f.job_title.startswith(title.split()[0]) and not f.networking, f.job_title


# -- an event's name is never thanked as a referrer ------------------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("es", "Hola Camille, te escribo de parte del Congreso Digital Sevilla. Buscamos ponentes sobre SEO y nos han hablado de ti. ¿Te animas?"),
    ("it", "Buongiorno, Le scrivo da parte del Convegno Marketing Torino: cerchiamo relatori sui social ads. Sarebbe disponibile?"),
])
def test_event_name_is_not_a_referrer(lang, note):
    assert extract(note, lang, "business_proposal").referrer == ""
    text, _ = render(note, lang, "business_proposal")
    assert "Congreso" not in text.split("\n\n")[1] or "contacto" not in text, text
    assert "por ponernos en contacto" not in text and "per averci messo in contatto" not in text, text


# -- a question about what she offers is not a piece she gave the sender ---------------------------------------------

@pytest.mark.parametrize("lang, note, attended", [
    ("pt", "Bom dia Camille, as suas formações em SEO dão certificado? Quero inscrever a minha equipa.", ("frequentado", "frequentou")),
    ("en", "Hi Camille, do your training courses come with a certificate? I'd like to enrol my team of four.", ("attended", "glad you enjoyed")),
    ("fr", "Bonjour Camille, vos formations sont-elles certifiantes ? Je voudrais y inscrire mon équipe.", ("suivi", "participé")),
])
def test_question_on_her_courses_is_not_attendance(lang, note, attended):
    assert extract(note, lang, "ask_for_help").work == ""
    text, _ = render(note, lang, "ask_for_help")
    assert not any(w in text for w in attended), text


# -- a student's expert interview for a thesis is an interview, never a client's call --------------------------------

@pytest.mark.parametrize("lang, note", [
    ("de", "Hallo Camille, ich schreibe meine Masterarbeit über Content-Marketing im Mittelstand. Hättest du Zeit für ein Experteninterview (30 Min)? Viele Grüße, Jana"),
    ("en", "Hi Camille, I'm writing my dissertation on TikTok ads for small brands. Could I ask you for a short expert interview (20 min)?"),
])
def test_thesis_expert_interview(lang, note):
    assert extract(note, lang, "ask_for_help").request == "interview"
    text, template = render(note, lang, "ask_for_help")
    assert template != "client", text
    assert "Bedarf" not in text and "your needs" not in text, text


# -- a founder's plea for advice judged a proposal still gets the advice ---------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("nl", "Hoi Camille, ik heb net een kleine bakkerij met webshop geopend in Leiden. Waar zou jij beginnen: Google Ads of Instagram? Weinig budget helaas"),
    ("fr", "Bonjour Camille, je viens d'ouvrir une petite librairie en ligne à Nantes. Par quoi commencer selon vous : SEO ou publicité Facebook ?"),
])
def test_founder_choice_question_judged_proposal_gets_advice(lang, note):
    text, template = render(note, lang, "business_proposal")
    assert template == "ask_for_help", text
    assert "interessant" not in text and "intéress" not in text, text
