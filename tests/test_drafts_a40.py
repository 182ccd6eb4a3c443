"""Wave 40, helper A: a cost-per-click question answered with a concrete tip, never "tell me your sector"."""

from drafting import sample_draft

#: New notes (not the round-38 ones): a CPC that climbed, the sector often given, in several languages.
CPC_NOTES = [
    ("Bonjour Camille, je vends des bougies artisanales en ligne et mon coût par clic sur Instagram a doublé depuis janvier. Une astuce ?",
     "Fondatrice, Atelier Cire", ("visuel", "coût par vente")),
    ("Hi Camille, I run a small pet-food webshop and my cost per click on Facebook keeps going up. Any tips?",
     "Founder at Happy Paws", ("creative", "cost per sale")),
    ("Hola Camille, tengo una tienda online de cerámica y el coste por clic en Meta no para de subir. ¿Qué harías?",
     "Fundador de Barro Vivo", ("creatividad", "coste por venta")),
    ("Ciao Camille, vendo gioielli fatti a mano e il costo per clic su Instagram è salito tantissimo. Qualche idea?",
     "Titolare di Oro Lento", ("creatività", "costo per vendita")),
    ("Oi Camille! Tenho uma loja de cosméticos naturais e meu custo por clique no Facebook subiu muito, alguma dica?",
     "Fundadora da Flor de Sal", ("criativo", "custo por venda")),
    ("Hallo Camille, ich verkaufe Teesorten online und meine Klickpreise bei Meta sind stark gestiegen. Hast du einen Tipp?",
     "Gründer von Teegarten", ("Creatives", "Kosten pro Verkauf")),
    ("Hoi Camille, ik heb een webshop in fietstassen en mijn kosten per klik op Instagram schieten omhoog. Heb je een tip?",
     "Eigenaar van Tassenfiets", ("creatie", "kosten per verkoop")),
]


def test_cpc_question_gets_a_concrete_tip_not_a_sector_question() -> None:
    for note, headline, wanted in CPC_NOTES:
        text = sample_draft(note, headline=headline)
        low = text.lower()
        for w in wanted:
            assert w.lower() in low, (note, text)
        for bad in ("sector", "secteur", "setor", "settore", "branche", "15 min"):
            assert bad not in low, (note, text)



def test_italian_sky_high_is_not_a_german_job() -> None:
    # "alle stelle" (sky-high) was read as the German "Stelle" (a job): a CPC question got a job-offer decline.
    from invitriage.drafts.notefacts import extract
    for note in ("Ciao Camille, vendo borse in pelle online e il costo per clic su Facebook è alle stelle. Qualche consiglio?",
                 "Buongiorno Camille, le spese delle mie campagne Instagram sono alle stelle e le vendite ferme: da dove partirebbe?",
                 "Ciao! Ho un agriturismo e i prezzi delle Google Ads sono andati alle stelle, hai qualche dritta?"):
        f = extract(note, "it", "ask_for_help")
        assert not (f.hiring or f.job_offered), note
        assert "impiego" not in sample_draft(note, headline="Titolare").lower(), note
    f = extract("Hallo Camille, bei uns ist eine Stelle als SEO-Manager:in frei. Hättest du Interesse?", "de", "recruiting")
    assert f.job_offered
