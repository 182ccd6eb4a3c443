"""Who the sender is (wave 55 C): a professional asking whether Camille works with freelancers offers a collaboration."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, want, bad", [
    ("Estimada Camille:\nSoy especialista en SEM con 5 años de experiencia y me acabo de mudar a Lyon. Estoy buscando nuevas "
     "oportunidades y me encantaría saber si colaboras con freelances.\nAtentamente, Rocío Navarro",
     ["propuesta de colaboración", "tu perfil"], ["CV", "su búsqueda", "Envíeme"]),
    ("Hi Camille, I'm a PPC specialist with 6 years of experience, recently relocated to Lyon. Do you ever work with freelancers?",
     ["offer to work together", "keep you in mind"], ["CV", "search"]),
    ("Ciao Camille, sono copywriter e mi sono trasferita a Lione. Lavori mai con freelance?",
     ["proposta di collaborazione", "portfolio"], ["offerta di aiuto", "ricerca"]),
    ("Olá Camille, sou especialista em SEO e mudei-me para Lyon. Trabalhas com freelancers?",
     ["proposta de colaboração", "teu perfil"], ["CV", "procura"]),
    ("Hoi Camille, ik ben SEO-specialist en net verhuisd naar Lyon. Werk je ook met freelancers?",
     ["aanbod om samen te werken", "je profiel"], ["cv", "zoektocht"]),
])
def test_asking_if_she_works_with_freelancers_is_a_collaboration_offer(note: str, want: list[str], bad: list[str]) -> None:
    text = sample_draft(note, name="Laura Petit")
    for w in want:
        assert w in text
    for b in bad:
        assert b not in text


def test_collaboration_offer_asks_for_samples_not_help() -> None:
    text = sample_draft("Buongiorno Camille, sono una content strategist con 7 anni di esperienza e mi sono appena trasferita a Lione. "
                        "Sto cercando nuove collaborazioni: se avesse bisogno di supporto sarei felice di parlarne. Elena Ferri",
                        name="Elena Ferri")
    assert "Sua proposta di collaborazione" in text and "esempio dei Suoi lavori o il Suo portfolio" in text
    assert "offerta di aiuto" not in text and "qualche lavoro." not in text


@pytest.mark.parametrize("note, want, bad", [
    ("Si alguna vez necesitas apoyo con contenidos, soy redactora freelance y estaría encantada de colaborar.",
     "tu propuesta de colaboración", "ofrecerme una mano"),
    ("Falls Sie mal Unterstützung bei Texten brauchen, ich bin freiberufliche Texterin und unterstütze gerne.",
     "Angebot zur Zusammenarbeit", "mich zu unterstützen"),
])
def test_help_offer_thanked_as_collaboration(note: str, want: str, bad: str) -> None:
    text = sample_draft(note, name="Marta Gil")
    assert want in text and bad not in text
