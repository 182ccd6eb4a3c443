"""Wave 65 group B: a first campaign already launched, a 100 % of agreement, a shop being launched with a call asked."""
import pytest
from drafting import sample_draft

CAMPAIGN = [
    ("Camille! Estuve en tu formación de Google Ads en Lyon en marzo. Ya he lanzado mi primera campaña, ¡gracias por todo! Ane", "primera campaña", "Si pones algo"),
    ("Camille!! Fiz seu treinamento de Google Ads em Lyon em março. Já lancei minha primeira campanha, obrigada por tudo!! Larissa", "primeira campanha", "Se colocar algo"),
    ("Camille!! Ero al tuo corso Google Ads a Lione a marzo. Ho lanciato la mia prima campagna, grazie di tutto! Serena", "prima campagna", "Se metti in pratica"),
    ("Camille, j'étais à ta formation Google Ads à Lyon en mars. J'ai lancé ma première campagne, merci pour tout !", "première campagne", "Si tu mets"),
]


@pytest.mark.parametrize("note,good,bad", CAMPAIGN)
def test_first_campaign_launched_is_congratulated(note, good, bad):
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert good in text and bad not in text


AGREE = [
    "Olá Camille, li o seu post sobre conteúdo evergreen e concordo a 100%. Trabalho em marketing numa startup de fintech no Porto.",
    "Hi Camille, read your post on evergreen content and I agree 100%. I work in marketing at a fintech in Leeds.",
    "Hola Camille, leí tu post sobre contenido evergreen y estoy de acuerdo al 100%. Trabajo en marketing en una fintech.",
]


@pytest.mark.parametrize("note", AGREE)
def test_agreement_is_no_result(note):
    text = sample_draft(note, headline="Marketing Manager @ Fintech", name="Ana Ruiz")
    for bad in ("resultado", "working for you", "funcionando", "What a result"):
        assert bad not in text


def test_shop_being_launched_gets_the_call_asked():
    text = sample_draft("Salut Camille ! Julien Faure m'a donné ton nom. Je lance ma boutique de bougies en ligne, "
                        "est-ce que tu aurais 20 min pour en parler ?",
                        headline="Fondatrice @ Lumière de Soie | e-shop de bougies", name="Inès Benali")
    assert "20 minutes" in text and "Comment va" not in text
