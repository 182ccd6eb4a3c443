"""Wave 33 (helper E): a team asking for a training in a language she does not work in hears the limit plainly, before any commitment;
a referred lead who told the business and the need is offered the call, never asked about "business and budget"."""
from drafting import sample_draft

_COMMIT = ("será un placer trabajar", "sarà un piacere lavorare", "vai ser um prazer trabalhar", "será um prazer trabalhar",
           "terei todo o gosto em trabalhar", "ich würde mich freuen, mit")
_DOWNPLAY = ("Solo una precisazione", "Só um detalhe", "Wel één ding")


def test_team_training_lead_hears_the_language_limit_plainly_before_any_commitment():
    notes = {
        "pt": "Prezada Camille,\nSou gerente de marketing de uma rede de supermercados e queria saber se a senhora faz treinamentos in company para a nossa equipe.\nAtenciosamente,\nPaula Souza",
        "de": "Sehr geehrte Frau Laurent,\nwir sind ein Marketingteam von 10 Personen und suchen eine Inhouse-Schulung zu SEO. Bieten Sie so etwas an?\nMit freundlichen Grüßen\nKlaus Weber",
        "pt2": "Olá Camille! Sou responsável de marketing numa cadeia de ginásios em Lisboa. Fazes formações para equipas? Gostávamos de formar a nossa equipa em SEO.",
        "it": "Gentile Camille,\nsono la responsabile marketing di una catena di negozi di arredamento. Offrite formazione in azienda sulle campagne social? Ci interesserebbe per il nostro team.\nCordiali saluti,\nElena Conti",
    }
    for key, note in notes.items():
        text = sample_draft(note, name="Test Person")
        assert not any(c in text for c in _COMMIT), (key, text)
        assert not any(d in text for d in _DOWNPLAY), (key, text)
        assert any(w in text for w in ("francês", "Französisch", "francese")), (key, text)
    assert "Ja, ich gebe" not in sample_draft(notes["de"], name="Test Person")


def test_referred_lead_with_business_and_need_told_is_offered_the_call():
    notes = [
        "Geachte mevrouw Laurent,\nvia Karel Wouters van Voka kreeg ik uw naam. Wij hebben een kleine webwinkel in tuinmeubelen in Leuven en zoeken hulp met SEO. Hebt u daar ruimte voor?\nMet vriendelijke groet,\nLies Maes",
        "Sehr geehrte Frau Laurent,\nFrau Maria Gruber vom Handelsverband hat Sie mir empfohlen. Ich betreibe einen Onlineshop für Holzspielzeug und brauche Hilfe bei Meta Ads. Hätten Sie dafür Zeit?\nMit freundlichen Grüßen\nJohann Berger",
        "Hoi Camille, Bram de Vries gaf me je naam. Ik run een webshop in koffiebonen in Utrecht en zoek hulp met SEO. Heb je daar tijd voor?",
    ]
    for note in notes:
        text = sample_draft(note, name="Test Person")
        assert not any(w in text for w in ("budget", "Budget", "over uw bedrijf", "over je bedrijf")), text
        assert "20 Minuten" in text or "20 minuten" in text, text
