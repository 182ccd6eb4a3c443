"""Round 67's rewrites fixed by hand: a consultant for a set time or a project is a freelance engagement (never
declined as a job), a partner search the sender heard of is no question to answer "not really", a former fellow
trainee is no conversation and is answered tu."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, offered", [
    ("Buongiorno Camille, sono head hunter per Digital Talent Milano. Un nostro cliente nel settore moda cerca una "
     "consulente di content strategy per 3 mesi. Sarebbe interessata? Cordialmente, Paolo Marino", "progetto freelance"),
    ("Oi Camille, tudo bem? Sou tech recruiter na Hunt Digital e estamos buscando uma consultora de SEO sênior pra um "
     "projeto remoto com cliente europeu. Topa conversar? Abraço, Patrícia Mendes", "projeto freelance"),
    ("Hi Camille, I'm a recruiter at TalentCo. One of our clients, a retailer, needs an SEO consultant for 6 months "
     "(remote). Interested?", "freelance assignment"),
    ("Hola Camille, soy reclutadora en Michael Page. Un cliente busca una consultora de SEO durante 3 meses. ¿Te interesa?",
     "proyecto freelance"),
    ("Hallo Frau Laurent, ich bin Recruiterin bei Hays. Ein Kunde sucht eine SEO-Beraterin für 6 Monate, remote. "
     "Hätten Sie Interesse?", "freiberufliches Projekt"),
])
def test_a_consultant_for_months_or_a_project_is_an_engagement_not_a_job_declined(note, offered):
    text = sample_draft(note, name="Paolo Marino")
    assert offered in text
    for declined in ("impiego da dipendente", "emprego fixo", "not looking for a job", "empleo", "Festanstellung", "passo", "deixar essa"):
        assert declined not in text


@pytest.mark.parametrize("note, headline, kept_in_mind", [
    ("Bonjour Camille, Pauline Mercier (on a travaillé ensemble chez Kiabi) m'a dit que tu cherchais un partenaire pour "
     "la partie dev web de tes clients. Je suis développeur WordPress/Shopify, on en parle ?",
     "Développeur web freelance WordPress & Shopify", "je te garde volontiers en tête"),
    ("Hi Camille, Tom told me you're looking for a partner for paid social. I run a small ads studio in Leeds, shall we talk?",
     "Founder, ads studio", "keep you in mind"),
    ("Hola Camille, Laura me dijo que buscabas un socio para la parte de desarrollo web. Soy desarrollador Shopify, ¿hablamos?",
     "Desarrollador web", "tendré en cuenta tu perfil"),
])
def test_a_partner_search_heard_of_is_no_question_answered_not_really(note, headline, kept_in_mind):
    text = sample_draft(note, headline=headline, name="Romain Chevalier")
    assert kept_in_mind in text
    for denial in ("Pas vraiment", "Not that I know of", "La verdad es que no"):
        assert denial not in text


def test_asked_to_confirm_the_partner_search_still_gets_the_honest_no():
    text = sample_draft("Marc m'a dit que tu cherchais un associé pour le marché belge. C'est vrai ?", name="Romain Chevalier")
    assert "je ne cherche pas d'associé" in text


@pytest.mark.parametrize("note", [
    "Bonjour Camille,\nC'est Hugo, on était ensemble à la formation Google Ads à Villeurbanne en 2022. Je me lance en "
    "freelance, on pourrait peut être collaborer sur des projets ?\nHugo",
    "Bonjour Camille, nous étions ensemble au bootcamp SEO l'an dernier. Je démarre comme freelance, on pourrait collaborer ?",
])
def test_a_former_fellow_trainee_is_answered_tu_without_an_invented_conversation(note):
    text = sample_draft(note, headline="Consultant SEA freelance", name="Hugo Martin")
    assert text.startswith("Salut Hugo") and "ta proposition" in text
    assert "notre échange" not in text and "votre" not in text and "Bien à vous" not in text


@pytest.mark.parametrize("note, answer", [
    ("oi camille, sou estudante de publicidade na USP e to fazendo meu TCC sobre marketing de conteudo. vc poderia "
     "responder umas perguntinhas? seria mto importante pra mim!! valeu", "Me manda suas perguntas por aqui"),
    ("Hola Camille, estoy haciendo mi TFG sobre marketing de contenidos. ¿Podrías responderme unas preguntitas? ¡Gracias!",
     "Envíame tus preguntas por aquí"),
    ("Hoi Camille, ik schrijf mijn scriptie over contentmarketing. Mag ik je een paar vraagjes stellen? Groetjes, Sanne",
     "stuur je vragen gerust hier"),
])
def test_a_few_little_questions_for_a_thesis_are_welcome_in_writing(note, answer):
    text = sample_draft(note, name="Gabriel Oliveira")
    assert answer in text
    assert "em que ponto" not in text and "en qué punto" not in text and "waar je nu staat" not in text


@pytest.mark.parametrize("note, certificate, price", [
    ("Boa noite Camille, vi que dá formação em SEO. As formações são certificadas? E qual é o preço por pessoa? "
     "Obrigado, Tiago Marques", "certificado de participação", "O preço depende"),
    ("Bonjour Camille, vos formations sont-elles certifiantes ? Et quel est le tarif par personne ?",
     "attestation de fin de formation", "Le tarif dépend"),
    ("Guten Tag Frau Laurent, gibt es am Ende Ihrer Schulung ein Zertifikat? Und was kostet die Teilnahme pro Person?",
     "Teilnahmebescheinigung", "Der Preis hängt"),
    ("Hola Camille, ¿tus cursos tienen certificado al final? ¿Y cuál es el precio por persona?",
     "certificado de asistencia", "El precio depende"),
])
def test_a_question_asked_beside_the_price_is_answered_too(note, certificate, price):
    text = sample_draft(note, name="Tiago Marques")
    assert certificate in text and price in text
    assert text.index(certificate) < text.index(price)
