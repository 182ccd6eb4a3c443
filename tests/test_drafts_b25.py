"""Wave 25, scope B: who the sender is and what they want (a CV already on the profile, a recruiter asking for people,
someone new in the job, a short Spanish headline)."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.drafts import career
from invitriage.drafts.notefacts import reply_language
from invitriage.drafts.writer import cv_told, draft_for


@pytest.mark.parametrize("note, asked, told", [
    ("Bonjour Camille, je cherche un poste de chef de projet SEO à Lyon après 4 ans chez l'annonceur. Si vous entendez parler de "
     "quelque chose, je suis preneuse ! Mon CV est sur mon profil. Merci, Julie", "Envoyez-moi votre CV", "CV que vous avez mis sur votre profil"),
    ("Hi Camille, I'm looking for a content marketing job in Lyon after 6 years in London. Any leads welcome - my resume is "
     "linked on my profile. Thanks, Kate", "send me your CV", "CV on your profile"),
    ("Hallo Camille, ich suche nach 3 Jahren in einer Agentur eine neue Stelle im Online-Marketing in Lyon. Mein Lebenslauf "
     "ist in meinem Profil. Danke! Jonas", "Lebenslauf, dann", "Lebenslauf in deinem Profil"),
    ("Hoi Camille, ik zoek een baan in online marketing in Lyon. Mijn cv staat op mijn profiel. Als je iets hoort, laat het me "
     "weten! Sanne", "Stuur me", "cv op je profiel"),
    ("Hola Camille, busco trabajo de marketing digital en Lyon tras 5 años en agencia. Mi CV está en mi perfil. ¡Gracias! Lucía",
     "Envíame tu CV", "CV de tu perfil"),
])
def test_cv_on_the_profile_is_read_there_never_asked_for(note: str, asked: str, told: str) -> None:
    text = sample_draft(note)
    assert asked not in text
    assert told in text


def test_a_cv_offered_in_a_question_is_not_on_the_profile() -> None:
    assert not cv_told("Puis-je vous envoyer mon CV ? Il n'est pas encore sur mon profil.")
    assert cv_told("Je vous mets mon CV en pièce jointe.")


@pytest.mark.parametrize("note, headline, wrong", [
    ("Goedemiddag Camille, wij zijn momenteel op zoek naar ervaren .NET developers voor meerdere opdrachten in Utrecht. Ken je "
     "mensen in je netwerk die interesse hebben? Groet, Ilse | CodeMatch", "Recruiter @ CodeMatch", ("cv", "Succes met zoeken,")),
    ("Bonjour Camille, nous recherchons des consultants data pour des missions longues à Lyon. Connaissez-vous des personnes de "
     "votre réseau qui seraient intéressées ? Bien à vous, Anne", "Chargée de recrutement", ("descriptif", "m'intéresser")),
    ("Hola Camille, buscamos diseñadores UX freelance para proyectos en Valencia. ¿Conoces a gente de tu red que pueda encajar? "
     "Un saludo, Marta", "Recruiter", ("CV", "descripción")),
])
def test_a_recruiter_asking_for_people_is_not_offered_a_cv_reply_nor_a_mission(note: str, headline: str, wrong: tuple[str, ...]) -> None:
    text = sample_draft(note, headline)
    for word in wrong:
        assert word not in text


@pytest.mark.parametrize("note, headline, wrong, right", [
    ("hallo camille, hab gerade als junior im onlinemarketing angefangen und soll jetzt unsere instagram-anzeigen machen. welches "
     "zertifikat würdest du empfehlen? lg Paula", "", "angestrebten Stelle", "schon im Job"),
    ("hoi camille, ik ben net begonnen als marketingmedewerker bij een webshop. welke cursus raad je aan om te beginnen? groetjes "
     "Femke", "", "de baan die je wilt", "al aan de slag"),
    ("Hi Camille! I just started as a marketing assistant at a small brewery and I'm in charge of our Instagram ads now. Which course "
     "would you recommend? Thanks, Mia", "", "the job you want", "already in the job"),
    ("Ciao Camille, ho appena iniziato come social media manager in un'agenzia. Quale certificazione mi consigli per prima? Grazie, Giulia",
     "", "a cui si punta", "già nel ruolo"),
])
def test_someone_new_in_the_job_gets_advice_for_the_work_not_for_a_job_search(note: str, headline: str, wrong: str, right: str) -> None:
    text = sample_draft(note, headline)
    assert wrong not in text
    assert right in text


def test_career_stage_employed_only_without_a_job_search() -> None:
    assert career.stage("acabo de empezar como community manager en una agencia") == "employed"
    assert career.stage("je viens de commencer ma recherche d'emploi en SEO") != "employed"
    assert career.stage("acabei de começar como assistente de marketing numa startup") == "employed"


@pytest.mark.parametrize("headline, lang", [
    ("Fundadora de Casa Olivo | Tienda online de aceite ecológico", "es"),
    ("Fundador de Lunaria Cosmética | Tienda online de cosmética natural", "es"),
    ("Fundadora de Maré Viva | Loja online de moda praia", "pt"),
    ("Fondatrice di Luna Bio | Negozio online di cosmetica naturale", "it"),
    ("Eigenaar van Bloem & Zo | webshop", "nl"),
])
def test_a_short_headline_is_drafted_in_the_language_of_its_words(headline: str, lang: str) -> None:
    assert reply_language("", None, headline, "fr") == lang


def test_a_spanish_shop_headline_without_a_note_is_answered_in_spanish() -> None:
    d = draft_for({"name": "Hugo Ruiz", "note": "", "headline": "Fundador de Lunaria Cosmética | Tienda online de cosmética natural",
                   "lang": "", "intent": "no_note", "action": "reply", "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None and d.lang == "es"
    assert "Agradeço" not in d.text


@pytest.mark.parametrize("note, thanks", [
    ("Hee Camille, leuk je te spreken op het e-commerce congres in Utrecht gisteren. Zoals beloofd stuur ik je hierbij een "
     "connectieverzoek! Groet, Joris", "alvast bedankt"),
    ("Hallo Camille, schön dich beim Marketing-Stammtisch in Köln getroffen zu haben! Wie versprochen schicke ich dir hiermit "
     "eine Kontaktanfrage. Liebe Grüße, Jana", "danke schon mal"),
    ("Hi Camille, great meeting you at the SEO meetup in Lyon on Tuesday! As promised, I'm sending you a connection request. "
     "Best, Owen", "thanks in advance"),
])
def test_the_connection_request_itself_is_nothing_more_to_send(note: str, thanks: str) -> None:
    assert thanks not in sample_draft(note).casefold()


def test_a_real_promise_is_still_thanked() -> None:
    text = sample_draft("Hi Camille, great meeting you at the SEO meetup in Lyon on Tuesday! As promised, I'll send you the slides "
                        "tomorrow. Best, Owen")
    assert "thanks in advance for the slides" in text


@pytest.mark.parametrize("note, wrong", [
    ("hola camille, estudio marketing en la uv y quiero dedicarme a lo digital. ¿tienes algún consejo para alguien que está "
     "empezando? ¡gracias!", "prácticas"),
    ("Oi Camille! Sou estudante de publicidade e quero entrar no marketing digital. Tem alguma dica pra alguém que está "
     "começando? Obrigada!", "estágio"),
])
def test_advice_for_someone_starting_out_is_no_internship_request(note: str, wrong: str) -> None:
    assert wrong not in sample_draft(note)


@pytest.mark.parametrize("note, headline, said", [
    ("Bonjour Camille, je suis rédacteur web freelance à Villeurbanne. Je crois qu'il y a des synergies entre nos offres, on "
     "pourrait répondre à des missions communes. Un café un de ces jours ?", "Rédacteur web freelance", "collaboration"),
    ("Hi Camille, I'm a freelance UX designer in Lyon. I think our services are quite complementary - maybe we could pitch "
     "joint projects? Coffee sometime?", "Freelance UX designer", "working together"),
])
def test_a_peer_proposing_joint_missions_is_a_partnership_not_a_mission_offered(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline)
    assert said in text
    assert "descriptif" not in text and "description" not in text and "start date" not in text
