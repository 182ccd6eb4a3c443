"""Round 20 (j20), job seekers: the owner's tip for the French job market comes IN ADDITION to the job seeker's own next
step (the CV or profile passed on), never instead of it; "tips or contacts?" is two requests, not a choice between two
paths; the sender's move date is never the job's date. In every language."""
from __future__ import annotations

from importlib import resources

import pytest

from invitriage.drafts.writer import draft_for
from invitriage.judge.classify import classify
from invitriage.settings import load_settings

SAMPLE = load_settings(resources.files("invitriage") / "sample" / "invitriage.toml")


def draft(note: str, headline: str = "") -> str:
    j = classify([note], owner_lang=SAMPLE.language)[0]
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": j.lang, "intent": j.intent, "action": "reply",
                   "evidence": list(j.evidence)}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


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
    assert month.lower() not in text.lower(), text  # the move date is not the job's date
