"""Round 21 (m21), misreads: a client asking for a training proposal or an online class is a client (never "the proposal
interests me, send me the details"); a recruiter's remote consulting project is freelance work (never declined as a
salaried job); a marketing director asking for a meeting on strategy is a lead (never declined as a sales pitch)."""
from __future__ import annotations

import pytest

from drafting import sample_draft


def draft(note: str, headline: str = "") -> str:
    return sample_draft(note, headline, with_evidence=True)


OFFERED_TO_HER = ("proposta interessa", "proposta me interessa", "envie-me os detalhes", "me envie os detalhes",
                  "proposal interests", "send me the details", "envoyez-moi les détails", "propuesta me interesa",
                  "Neste momento não é uma necessidade", "não estou buscando um emprego", "não procuro um emprego",
                  "not looking for a job", "oportunidade passar", "presentación de su oferta", "apresentação da sua oferta")

TRAINING_ASKS = [
    "Bom dia Camille, sou responsável de marketing numa empresa de azeites. Gostaríamos de receber uma proposta de formação em SEO para a nossa equipa de 5 pessoas.",
    "Exmo. Sra. Laurent, gostaríamos de contratar uma formação em anúncios para a nossa equipa comercial. Pode enviar-nos uma proposta?",
    "Oi Camille! Vi que você dá treinamentos de marketing. Vocês têm turma online? Queria capacitar minha equipe de 4 pessoas.",
    "Olá Camille, tem alguma turma online de Google Ads? Gostava de formar a nossa equipa.",
    "Bonjour Camille, proposez-vous une formation en ligne sur Google Ads ? Nous aimerions former notre équipe de 6 personnes.",
    "Hi Camille, could you send us a proposal for an SEO training for our marketing team of 10? Do you run online sessions?",
    "Hola Camille, nos gustaría contratar una formación en redes sociales para nuestro equipo. ¿Ofreces cursos online?",
    "Ciao Camille, vorremmo formare il nostro team sulla SEO. Fai anche corsi online?",
    "Hallo Camille, bieten Sie auch Online-Schulungen zu Social Ads an? Wir hätten gern ein Angebot für 5 Personen.",
    "Hoi Camille, geef je ook online trainingen over SEO? We willen graag een voorstel voor ons team.",
]


@pytest.mark.parametrize("note", TRAINING_ASKS)
def test_training_request_is_a_clients(note: str) -> None:
    text = draft(note)
    for bad in OFFERED_TO_HER:
        assert bad.lower() not in text.lower(), (bad, text)
    assert any(w in text.lower() for w in ("20", "proposta", "proposal", "proposition", "propuesta", "angebot", "voorstel", "online")), text


PROJECTS = [
    "Oi Camille! Sou recrutadora e procuro uma consultora de SEO para um projeto remoto com uma marca de cosméticos. Podemos conversar?",
    "Olá Camille, sou recrutadora na TalentPT e procuro um consultor de marketing digital para um projeto de 3 meses em Lisboa. Tem interesse?",
    "Hi Camille, I'm a recruiter at Hays looking for an SEO consultant for a remote project with a French fashion brand. Can we talk?",
    "Bonjour Camille, je suis recruteuse et je cherche une consultante SEO pour un projet à distance avec une marque de mode. On en parle ?",
    "Hola Camille, soy reclutadora y busco una consultora SEO para un proyecto remoto con una marca francesa. ¿Hablamos?",
    "Ciao Camille, sono una recruiter e cerco una consulente SEO per un progetto da remoto con un brand francese. Ne parliamo?",
    "Hallo Camille, ich bin Recruiterin und suche eine SEO-Beraterin für ein Remote-Projekt mit einer französischen Modemarke. Können wir sprechen?",
    "Hoi Camille, ik ben recruiter en zoek een SEO-consultant voor een remote project bij een Frans modemerk. Zullen we even bellen?",
]

DECLINED = ("not looking for a permanent", "pas de poste salarié", "não estou buscando um emprego", "não procuro um emprego",
            "deixar essa oportunidade passar", "deixar passar esta oportunidade", "keine Festanstellung", "no busco un empleo",
            "non cerco un impiego", "geen vaste baan", "pass on this", "je passe mon tour", "Boa sorte na busca", "Good luck with")


@pytest.mark.parametrize("note", PROJECTS)
def test_remote_consulting_project_is_not_declined(note: str) -> None:
    text = draft(note)
    for bad in DECLINED:
        assert bad.lower() not in text.lower(), (bad, text)


LEADS = [
    ("Bom dia Camille, sou diretor de marketing de uma cadeia de hotéis e vamos entrar no mercado francês. Gostaria de marcar uma reunião consigo para falarmos de estratégia digital.", "Diretor de Marketing | Hotéis Sol"),
    ("Olá Camille, sou diretora de marketing de uma marca de calçado. Podemos marcar uma reunião para falar da nossa estratégia digital em França?", "Diretora de Marketing"),
    ("Bonjour Camille, directrice marketing d'une marque de cosmétiques, je souhaiterais organiser un rendez-vous pour parler de notre stratégie digitale en France.", "Directrice marketing"),
    ("Hi Camille, I'm marketing director at a Spanish wine brand launching in France. Could we set up a meeting to talk about our digital strategy?", "Marketing Director"),
    ("Hola Camille, soy director de marketing de una marca de aceite y preparamos la entrada en Francia. ¿Podríamos tener una reunión para hablar de estrategia digital?", "Director de Marketing"),
    ("Ciao Camille, sono direttore marketing di un'azienda vinicola e stiamo preparando l'ingresso in Francia. Possiamo fissare un incontro per parlare di strategia digitale?", "Direttore Marketing"),
    ("Hallo Frau Laurent, als Marketingleiter eines Weinguts planen wir den Markteintritt in Frankreich. Können wir einen Termin vereinbaren, um über unsere digitale Strategie zu sprechen?", "Marketingleiter"),
    ("Hoi Camille, ik ben marketingdirecteur van een wijnhuis en we bereiden de Franse markt voor. Kunnen we een afspraak maken om over onze digitale strategie te praten?", "Marketingdirecteur"),
]

NOT_NEEDED = ("não é uma necessidade", "no es una necesidad", "not something I need", "pas un besoin", "non è un'esigenza",
              "keinen Bedarf", "geen behoefte", "oferta", "offre", "your offer", "Angebot", "aanbod", "offerta")


@pytest.mark.parametrize("note,headline", LEADS)
def test_marketing_directors_meeting_is_a_lead(note: str, headline: str) -> None:
    text = draft(note, headline)
    for bad in NOT_NEEDED:
        assert bad.lower() not in text.lower(), (bad, text)
    assert "20" in text, text  # a first call offered
