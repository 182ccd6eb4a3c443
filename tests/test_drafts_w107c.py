"""Wave 107, group C: register (a polite third person asking her is answered formally)."""
import pytest

from invitriage.drafts.notefacts import is_informal
from drafting import sample_draft


@pytest.mark.parametrize("note, lang", [
    # round 106 es_pt_it note-32 / note-54: "Se souber … agradecia 🙏", "Se sa … le sarei grato 🙏" is Lei / o senhor
    ("Olá, estou à procura de emprego como especialista SEO depois de 3 anos em agência. Se souber de alguma oportunidade, agradecia imenso 🙏", "pt"),
    ("Olá, terminei o mestrado em marketing no Porto e procuro estágio. Se puder indicar-me alguma agência, agradecia 🙂", "pt"),
    ("Buongiorno, sto cercando lavoro come SEO specialist dopo 3 anni in agenzia. Se sa di qualche opportunità le sarei molto grato 🙏", "it"),
    ("Salve, cerco uno stage in marketing digitale a Milano. Se conosce qualche agenzia che assume le sarei grata 🙂", "it"),
    # round 106 es_pt_it note-28: "gostava muito de a ter como convidada … Tem disponibilidade em março? Abraço"
    ("Olá! Apresento o podcast \"Marketing sem Filtro\" (Porto) e gostava muito de a ter como convidada num episódio sobre "
     "estratégia de conteúdo. Tem disponibilidade em março?\nAbraço, Tiago", "pt"),
])
def test_a_polite_third_person_asking_her_is_formal(note, lang):
    assert not is_informal(note, lang)


@pytest.mark.parametrize("note, lang", [
    ("Olá Camille! Se souberes de alguma vaga em Lisboa, diz-me 🙏", "pt"),
    ("Ciao Camille, se sai di qualche opportunità ti sarei grato 🙏", "it"),
    ("Oi Camille, tudo bem? Se souber de alguma vaga me avisa, valeu! 🙏", "pt"),
])
def test_a_familiar_writer_stays_familiar(note, lang):
    assert is_informal(note, lang)


def test_job_seeker_writing_se_souber_is_answered_formally_in_portuguese() -> None:
    note = ("Olá, estou à procura de emprego como especialista SEO depois de 3 anos em agência. "
            "Se souber de alguma oportunidade, agradecia imenso 🙏")
    text = sample_draft(note, name="João Rodrigues")
    assert "tens" not in text and "teu CV" not in text and "digo-te" not in text, text
    assert "seu CV" in text, text


def test_job_seeker_writing_le_sarei_grato_is_answered_with_lei() -> None:
    note = "Buongiorno, sto cercando lavoro come SEO specialist dopo 3 anni in agenzia. Se sa di qualche opportunità le sarei molto grato 🙏"
    text = sample_draft(note, name="Matteo Fontana")
    assert not text.startswith("Ciao") and "tuo CV" not in text and "Mandami" not in text, text
    assert "Suo CV" in text, text


def test_podcast_host_writing_de_a_ter_gets_no_tu() -> None:
    note = ("Olá! Apresento o podcast \"Marketing sem Filtro\" (Porto) e gostava muito de a ter como convidada num episódio sobre "
            "estratégia de conteúdo. Tem disponibilidade em março?\nAbraço, Tiago")
    text = sample_draft(note, name="Tiago Sousa")
    assert "te teres" not in text and "te dariam" not in text and "lhe dariam" in text, text
