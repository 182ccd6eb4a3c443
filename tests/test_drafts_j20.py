"""Round 20 (j20), job seekers: the owner's tip for the French job market comes IN ADDITION to the job seeker's own next
step (the CV or profile passed on), never instead of it; "tips or contacts?" is two requests, not a choice between two
paths; the sender's move date is never the job's date. In every language."""
from __future__ import annotations

import re

import pytest

from drafting import sample_draft


def draft(note: str, headline: str = "") -> str:
    return sample_draft(note, headline, with_evidence=True)


TIP = ("Welcome to the Jungle",)
CV = ("CV", "cv", "currículo", "Lebenslauf")
CHOICE = ("both options", "deux options", "dos opciones", "entrambe", "Beide Wege", "beide opties", "duas opções", "as duas",
          "Pour choisir", "To choose")

# (note, month the sender moves in, which must not be given as the job's date)
MOVERS = [
    ("Hola Camille! Busco trabajo de community manager tras 4 años en Sevilla. Me mudo a Lyon en marzo. ¿Sabes de empresas que estén contratando o algún consejo para el mercado francés?", "marzo"),
    ("Hola Camille, estoy buscando empleo como analista de datos de marketing y me traslado a Francia en junio. ¿Algún consejo o contacto para buscar en Lyon?", "junio"),
    ("Ciao Camille, cerco lavoro come social media manager. Mi trasferisco a Lione a novembre: hai qualche consiglio o contatto per il mercato francese?", "novembre"),
    ("Ciao Camille! Sto cercando un lavoro nel content marketing, a febbraio mi trasferisco a Lione. Qualche consiglio sul mercato francese o aziende che assumono?", "febbraio"),
    ("Hi Camille, I'm a PPC specialist moving to Lyon in November and looking for a job. Any advice for the French market or companies hiring?", "November"),
    ("Hello Camille, I'm searching for a content marketing role and relocating to Lyon in April. Any tips for the French market, or contacts?", "April"),
    ("Bonjour Camille, je cherche un poste de chargée SEO, j'arrive à Lyon en janvier. Des conseils sur le marché lyonnais ou des entreprises qui recrutent ?", "janvier"),
    ("Bonjour Camille, je recherche un emploi en marketing digital et je déménage à Lyon en mai. Des conseils pour le marché lyonnais ou des contacts ?", "mai"),
    ("Hallo Camille, ich suche eine Stelle als SEO-Managerin und ziehe im Mai nach Lyon. Hast du Tipps für den französischen Markt oder Kontakte?", "Mai"),
    ("Hallo Camille, ich bin auf Jobsuche im Online-Marketing und ziehe im September nach Frankreich. Tipps für Lyon oder Kontakte?", "September"),
    ("Hoi Camille, ik zoek een baan als contentmarketeer en verhuis in maart naar Lyon. Heb je tips voor de Franse markt of contacten?", "maart"),
    ("Hoi Camille, ik ben op zoek naar werk in online marketing en verhuis in augustus naar Lyon. Tips voor de Franse markt of bedrijven die mensen aannemen?", "augustus"),
    ("Oi Camille, tudo bem? Sou analista de SEO e vou me mudar para Lyon em agosto. Estou procurando emprego. Tem alguma dica para o mercado francês ou empresas contratando?", "agosto"),
    ("Olá Camille, sou gestora de conteúdos e mudo-me para Lyon em outubro. Estou à procura de emprego. Tens alguma dica para o mercado francês ou contactos?", "outubro"),
]


@pytest.mark.parametrize("note,month", MOVERS)
def test_french_market_tip_comes_with_the_cv_offer(note: str, month: str) -> None:
    text = draft(note)
    assert any(t in text for t in TIP), text  # the owner's tip for the French market
    assert any(c in text for c in CV), text  # AND the job seeker's next step: the CV passed on
    for bad in CHOICE:
        assert bad not in text, (bad, text)  # "tips or contacts?" is no choice between two paths
    assert not re.search(rf"\b{month}\b", text, re.IGNORECASE), text  # the move date is not the job's date


# A second question after the internship question ("… stagiaires ? Sinon, des conseils ?"): answered too.
INTERNS_AND_TIPS = [
    ("Hoi Camille! Ik studeer aan de HvA en zoek een stage vanaf februari in online marketing. Neem je stagiairs aan? Of heb je tips?", "tips"),
    ("Hoi Camille, ik zoek een stage in Lyon vanaf februari. Neem je stagiairs aan? Of heb je tips voor Frankrijk?", "Welcome to the Jungle"),
    ("Bonjour Camille, je cherche un stage de 6 mois à partir de janvier. Prenez-vous des stagiaires ? Sinon, auriez-vous des conseils ?", "conseils"),
    ("Hi Camille, I'm a marketing student looking for a summer internship in SEO. Do you take interns? Or any tips?", "tips"),
    ("Hallo Camille, ich suche ab März ein Praktikum im Bereich Social Ads. Nimmst du Praktikanten? Oder hast du Tipps?", "Tipps"),
    ("Hola Camille, busco prácticas en marketing digital desde marzo. ¿Aceptas becarios? ¿O tienes algún consejo?", "consejos"),
    ("Ciao Camille, cerco uno stage in digital marketing da marzo. Prendi stagisti? Oppure hai qualche consiglio?", "consigli"),
    ("Oi Camille, procuro estágio em marketing digital a partir de março. Você aceita estagiários? Ou tem alguma dica?", "dicas"),
]


@pytest.mark.parametrize("note,word", INTERNS_AND_TIPS)
def test_tips_after_the_interns_question_are_answered(note: str, word: str) -> None:
    text = draft(note)
    # the tips asked for, or (wave 32) the one tip given: "My one tip to start: …", "Mein Tipp zum Einstieg: …"
    one = word.lower()[:-1] if word.lower().endswith("s") else word.lower()
    assert word.lower() in text.lower() or re.search(rf"\b{re.escape(one)}\b", text.lower()), text


# "your question" only when a question was asked; "trocar uma ideia" / "bater um papo" get a yes to a short call
def test_no_your_question_without_a_question() -> None:
    for note in ("Hola Camille, busco mi primer empleo en marketing digital. Cualquier consejo me vendría genial, gracias!",
                 "Hallo Camille, ich suche meine erste Stelle im Online-Marketing. Jeder Tipp hilft mir sehr, danke!",
                 "Hoi Camille, ik zoek mijn eerste baan in online marketing. Alle tips zijn welkom, bedankt!"):
        text = draft(note)
        for bad in ("tu pregunta", "su pregunta", "deiner Frage", "Ihrer Frage", "je vraag", "uw vraag"):
            assert bad not in text, (bad, text)


@pytest.mark.parametrize("note", [
    "Oi Camille, acabei de me formar em Publicidade e tô procurando minha primeira vaga em mídia paga. Topa trocar uma ideia? Qualquer dica ajuda!",
    "Oi Camille! Tô buscando vaga de analista de SEO. Bora bater um papo qualquer dia? Valeu!",
    "Oi Camille, estou procurando meu primeiro emprego em marketing digital. Podemos bater um papo rápido? Obrigada!",
])
def test_pt_br_chat_request_gets_a_yes(note: str) -> None:
    text = draft(note)
    assert "sua pergunta" not in text, text
    assert any(w in text for w in ("café", "telefone", "conversa", "papo")), text
    assert "o que você precisa" not in text, text  # a job seeker, never a client's discovery call


# The portfolio a job seeker points to is acknowledged (never "I had a look at it"); the title searched is named.
@pytest.mark.parametrize("note,word", [
    ("Bonjour, je cherche un emploi de chargée de communication sur Lyon. Mon portfolio est sur mon profil. Merci !", "portfolio"),
    ("Hello, I'm looking for a remote content designer role. My portfolio is linked on my profile. Thanks!", "portfolio"),
    ("Hola Camille, busco trabajo como diseñadora gráfica en Lyon. Te dejo mi portfolio en mi perfil. ¡Gracias!", "portfolio"),
    ("Hallo Camille, ich suche eine Stelle als Social-Media-Managerin. Mein Portfolio findest du in meinem Profil.", "Portfolio"),
    ("Ciao Camille, cerco lavoro come copywriter a Lione. Il mio portfolio è nel profilo. Grazie!", "portfolio"),
    ("Hoi Camille, ik zoek een baan als social media manager. Mijn portfolio staat op mijn profiel.", "portfolio"),
    ("Oi Camille, estou procurando vaga de social media em Lyon. Meu portfólio está no meu perfil. Valeu!", "portfólio"),
])
def test_portfolio_pointed_to_is_acknowledged(note: str, word: str) -> None:
    text = draft(note)
    assert word in text, text
    for bad in ("I had a look", "j'ai regardé", "j'ai jeté un œil", "he visto tu", "ho visto il", "habe mir", "heb ik bekeken", "dei uma olhada"):
        assert bad not in text, (bad, text)


def test_english_title_before_role_noun_is_named() -> None:
    text = draft("Hello, I'm looking for a remote social media manager role. If you hear of anything, I'd be grateful!")
    assert "social media manager" in text, text
