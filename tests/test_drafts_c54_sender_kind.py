"""Wave 54 group C: who the sender is. A recruiter's "if you know someone" recalls no meeting, a peer's mutual
referrals are a partnership, an agency seeking "freie Mitarbeiter" offers freelance work, and a founder who only
wants to connect presented no offer to decline."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Olá Camille, estamos a recrutar enfermeiros para hospitais em França. Se conhecer alguém interessado, agradeço que partilhe. Cumprimentos, Nuno Silva",
    "Bom dia Camille, recrutamos analistas de dados para Lisboa e Porto. Se conhecer profissionais com este perfil, partilhe por favor. Obrigado, Rui",
    "Olá Camille, temos vagas de designer em França. Caso conheça alguém, agradeço a partilha. Cumprimentos, Marta",
])
def test_pt_know_someone_recalls_no_meeting(note: str) -> None:
    text = sample_draft(note, name="Nuno Silva")
    assert "começámos" not in text and "conversa que" not in text


def test_pt_met_still_recalled() -> None:
    text = sample_draft("Oi Camille, a gente se conhece do RD Summit! Bora manter contato. Abraço, Lucas", name="Lucas Lima")
    assert "RD Summit" in text


@pytest.mark.parametrize("note, words", [
    ("Hallo Camille, ich bin selbst SEO-Freelancerin in Wien und suche Kolleginnen für gegenseitige Empfehlungen, wenn Kunden nach FR/DACH expandieren. "
     "Vielleicht passt das ja? Grüße, Eva", "gegenseitig"),
    ("Hola Camille, soy consultora SEO freelance en Madrid y busco colegas para recomendaciones mutuas cuando los clientes se expanden a Francia. "
     "¿Te interesa? Saludos, Lucía", "mutuamente"),
    ("Ciao Camille, sono una freelance SEO a Milano e cerco colleghe per segnalazioni reciproche quando i clienti vogliono espandersi in Francia. "
     "Che ne dici? Giulia", "a vicenda"),
    ("Hoi Camille, ik ben freelance SEO-specialist in Utrecht en zoek collega's voor wederzijdse doorverwijzingen. Interesse? Groet, Sanne",
     "elkaar klanten"),
])
def test_mutual_referrals_are_a_partnership(note: str, words: str) -> None:
    text = sample_draft(note, name="Eva Gruber")
    assert words in text
    assert "Budget" not in text and "presupuesto" not in text and "budget" not in text


@pytest.mark.parametrize("note", [
    "Moin! Wir sind eine Agentur aus Hamburg und suchen freie Mitarbeiter für französischsprachige Kampagnen (Meta + Google). Tagessatz nach Absprache. Bock drauf? Grüße, Lars",
    "Servus Camille, wir sind eine Agentur aus München und suchen freie Mitarbeiterinnen für Social Ads auf Französisch. Lust? LG Tobias",
])
def test_freie_mitarbeiter_is_freelance_work(note: str) -> None:
    text = sample_draft(note, name="Lars Petersen")
    assert "freiberuflich" in text and "Eckdaten" in text
    assert "Geschäft" not in text and "Budget" not in text


@pytest.mark.parametrize("note, bad", [
    ("Qué tal Camille! Soy de CDMX, tengo una marca de ropa sustentable y vendo por Shopify. Te sigo desde hace rato y tus tips de Meta Ads "
     "me han servido muchísimo. Me encantaría conectar 🙌 Saludos! Valeria", "oferta"),
    ("Oi! Trabalho com vendas de seguros e to expandindo minha rede. Bora conectar?", "oferta"),
    ("Hallo Camille, ich habe ein kleines Modelabel und verkaufe über Shopify. Deine Tipps haben mir sehr geholfen. Würde mich freuen, uns zu vernetzen! Mia",
     "Angebot"),
])
def test_connect_wish_is_no_offer(note: str, bad: str) -> None:
    text = sample_draft(note, name="Valeria Hernández")
    assert bad not in text


def test_pitch_with_call_still_declined() -> None:
    text = sample_draft("Hallo Camille! Wir bieten White-Label-Google-Ads für Freelancer an. Lass uns doch mal 15 Min telefonieren, "
                        "ich zeig dir wie du deinen Umsatz verdoppelst 🚀", name="Kevin Braun")
    assert "Angebot" in text or "Bedarf" in text


@pytest.mark.parametrize("note, client_line", [
    ("Hola Camille, soy community manager y busco trabajo en Francia, ¿me avisas si sabes de algo? Gracias! Lucía",
     "trabajo con clientes"),
    ("Ciao Camille, sto cercando lavoro in Francia come social media manager, mi faresti sapere se senti di qualcosa? Grazie, Giulia",
     "lavoro con clienti"),
    ("Hi Camille, I'm looking for a job in France in social ads, would you let me know if you hear of anything? Thanks, Tom",
     "work with clients"),
])
def test_job_sought_in_her_country_is_not_the_clients_question(note: str, client_line: str) -> None:
    """"busco trabajo en Francia, ¿me avisas…?" is the sender's own search: never "yes, I also work with clients in France"
    and a call about "your needs"."""
    text = sample_draft(note, headline="Community manager", name="Lucía Gómez")
    assert client_line not in text.lower()
    assert "20" not in text  # no 20-minute client call


def test_clients_in_a_country_still_answered() -> None:
    text = sample_draft("Hola Camille, ¿trabajas con clientes en España? Tengo una tienda online. Saludos, Pedro",
                        headline="Fundador tienda online", name="Pedro Ruiz")
    assert "España" in text and "clientes" in text
