"""Wave 55, group A: a question read as the wrong kind. "pagare le sponsorizzate o lavorare con micro influencer?" got
"grazie per la proposta di collaborazione" (sponsored posts are ads bought, never a sponsor sought); "Sou júnior numa
agência … Tens algum template?" got where to look for agencies in Braga (the thing asked for, never the sender's workplace)."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "ciao camille, ho letto il tuo post sui reels, ma secondo te per un ristorante conviene di piu pagare le sponsorizzate "
    "o lavorare con micro influencer? grazie mille ciao Federica",
    "Buongiorno Camille, per la mia pizzeria meglio sponsorizzare i post su Instagram o puntare sui micro influencer? Grazie, Paolo",
    "Salut Camille, pour un petit resto, tu conseillerais plutôt les posts sponsorisés ou des micro-influenceurs ? Merci ! Léa",
    "Hi Camille, quick one: for a small bakery, are sponsored posts worth it or should I work with local micro influencers? Thanks, Tom",
])
def test_sponsored_posts_asked_about_are_no_partnership(note: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    low = text.lower()
    for bad in ("collaborazione", "collaboration", "partenariat", "partnership", "l'idea mi interessa", "sounds interesting"):
        assert bad not in low, text


@pytest.mark.parametrize("note, headline, wanted, bad", [
    ("Olá Camille! Sou júnior numa agência em Braga e adorei o teu post sobre briefs de conteúdo. Tens algum template que "
     "recomendes? Obrigado 🙏\nTiago", "Junior Content Manager", "modelo", "agências"),
    ("Hi Camille, I'm a junior copywriter at an agency in Leeds and loved your post on content briefs. Do you have a "
     "template you'd recommend? Thanks!", "Junior Copywriter", "template", "agencies"),
    ("Salut Camille, je suis junior dans une agence à Nantes, ton post sur les briefs de contenu m'a beaucoup aidé. Tu "
     "aurais un modèle à me conseiller ? Merci", "Chargée de contenu junior", "modèle", "agences"),
    ("Hola Camille, trabajo como junior en una agencia de Sevilla y me encantó tu post sobre briefs. ¿Tienes alguna "
     "plantilla que recomiendes? Gracias", "Content junior", "plantilla", "agencias"),
    ("Ciao Camille, sono junior in un'agenzia a Bari e ho adorato il tuo post sui brief di contenuto. Hai un modello da "
     "consigliarmi? Grazie", "Junior content", "modello", "agenzie"),
])
def test_template_asked_by_a_junior_at_an_agency_is_no_job_search(note: str, headline: str, wanted: str, bad: str) -> None:
    text = sample_draft(note, headline=headline, name="Sam Lee")
    assert wanted in text and bad not in text and "LinkedIn" not in text, text
