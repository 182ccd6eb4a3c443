"""Wave 157 G: misreads in Portuguese, Spanish and Italian. A Brazilian sender (a sum in reais, "tipo 300") gets the
Brazilian register, and "Meta Ads or organic?" is about Meta's ads and its posts (never the SEO answer); a firm outside
her field seeking "commercial partners" is a sales approach, never a welcome collaboration; teaching offered to her
("proporLe una docenza", "offer you a teaching module") is an invitation to teach, never a meeting recalled from the
programme's name; a workshop named as where the sender met her is no training asked for."""
from __future__ import annotations

import pytest

from drafting import sample_draft


# -- Meta Ads or organic, from a Brazilian shop ----------------------------------------------------------------------

def test_brazilian_meta_ads_or_organic_weighs_posts_against_ads_in_brazilian_portuguese() -> None:
    note = ("Olá Camille! Abri uma loja online de biquínis há 6 meses e estou perdida com o Meta Ads. Vale a pena investir "
            "pouco (tipo 300 reais/mês) ou melhor focar em orgânico?")
    text = sample_draft(note, name="Juliana Pereira")
    assert "SEO" not in text and "títulos claros" not in text, text
    assert "Meta" in text, text
    assert "Cumprimentos" not in text and "diga-me" not in text, text  # Brazilian, never European Portuguese


@pytest.mark.parametrize("note, said", [
    ("Olá Camille, tenho um e-commerce de acessórios e quero anunciar no Meta Ads com uns 500 reais por mês. Vale a pena "
     "ou é melhor apostar no orgânico?", "Meta"),
    ("Hola Camille, tengo una tienda online de cerámica y no me aclaro con Meta Ads. ¿Merece la pena invertir poco "
     "(unos 200 € al mes) o mejor centrarme en lo orgánico?", "Meta"),
])
def test_meta_ads_or_organic_is_never_the_seo_answer(note: str, said: str) -> None:
    text = sample_draft(note)
    assert said in text and "SEO" not in text, text


def test_seo_or_ads_for_a_shop_keeps_its_seo_answer() -> None:
    text = sample_draft("Hola Camille, ¿merece la pena el SEO para mi tienda de velas o es mejor invertir en anuncios en "
                        "Instagram? Gracias, Marta")
    assert "SEO tarda" in text, text


# -- commercial partners sought by a firm outside her field ----------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Olá! Somos uma empresa de contabilidade online e procuramos parceiros comerciais. Podemos agendar uma call?",
    "Hi! We're an online insurance broker looking for business partners. Can we schedule a call?",
    "Ciao! Siamo uno studio di commercialisti online e cerchiamo partner commerciali. Possiamo fissare una call?",
])
def test_commercial_partners_sought_off_field_is_no_welcome_collaboration(note: str) -> None:
    text = sample_draft(note, name="Fernando Costa")
    for said in ("interessa", "interesting", "20 min", "call de 20", "chamada"):
        assert said not in text, text


def test_a_peer_agency_partnership_keeps_its_call() -> None:
    text = sample_draft("Bonjour Camille, nous sommes une petite agence web à Lyon et aimerions te proposer un partenariat "
                        "sur le SEO de nos clients. On en parle ?")
    assert "20 minutes" in text or "appel" in text, text


# -- teaching offered -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Gentile Dott.ssa Laurent,\nsono la coordinatrice del Master in Digital Marketing della 24ORE Business School e vorrei "
    "proporLe una docenza.\nCordialmente,\nLaura Bruno",
    "Dear Ms Laurent, I coordinate the MSc in Digital Marketing at Kedge Business School and would like to offer you a "
    "teaching module. Kind regards",
    "Estimada Sra. Laurent, soy coordinadora del Máster en Marketing Digital de ESIC y me gustaría proponerle una docencia. "
    "Saludos cordiales",
])
def test_teaching_offered_is_an_invitation_never_a_meeting_recalled(note: str) -> None:
    text = sample_draft(note, name="Laura Bruno")
    for said in ("conversazione iniziata", "our conversation", "conversación", "working on at the moment", "Su cosa sta lavorando"):
        assert said not in text, text
    assert any(w in text for w in ("pensato a me", "thinking of me", "pensar en mí")), text


# -- a workshop where they met is no training asked ------------------------------------------------------------------

@pytest.mark.parametrize("note, need", [
    ("Hola Camille, coincidimos en el workshop de SEO de Growth Day en París. Soy directora de marketing en una marca de "
     "moda y estamos buscando consultora para nuestra estrategia de contenidos. ¿Hablamos?", "estrategia de contenidos"),
    ("Ciao Camille, ci siamo conosciute al corso di SEO di Search Marketing Connect a Bologna. Sono responsabile marketing "
     "di un brand di cosmetica e cerchiamo una consulente per la nostra strategia di contenuti. Ci sentiamo?", "strategia dei contenuti"),
])
def test_workshop_where_they_met_is_no_training_asked(note: str, need: str) -> None:
    text = sample_draft(note, name="Elena Vidal")
    assert "formaciones" not in text and "formazion" not in text and "corsi" not in text, text
    assert need in text, text


def test_training_asked_after_meeting_at_her_workshop_keeps_its_yes() -> None:
    text = sample_draft("Hola Camille, coincidimos en tu taller de SEO en Lyon. ¿Impartes también formaciones para equipos? "
                        "Somos 6 en marketing.")
    assert "imparto formaciones" in text, text
