"""Wave 49, group B: questions pushed to a call, leads misread, re-asks (new notes, several languages)."""
from __future__ import annotations

import pytest
from drafting import sample_draft


# B1: "do you do SEO audits? roughly what do they cost?": the yes to audits and her range from the settings
@pytest.mark.parametrize("note,yes,price", [
    ("Hi Camille, loved your thread on thin category pages. Our Shopify store has the same issue. Do you do SEO audits, and what do they usually cost?",
     "Yes, I do audits", "€800"),
    ("Bonjour Camille, votre article sur le contenu dupliqué m'a parlé. Vous faites des audits SEO ? Combien ça coûte à peu près ?",
     "Oui, je réalise des audits", "800"),
    ("Hallo Camille, machen Sie auch SEO-Audits für kleine Shops? Was kostet sowas ungefähr?", "Audit", "800"),
])
def test_audit_yes_and_range(note: str, yes: str, price: str) -> None:
    d = sample_draft(note, headline="Owner, online shop", name="Sam Reed")
    assert yes in d and price in d
    assert "goals and budget" not in d


# B2: a former trainee's follow-up on their own figures: a trainer's pointer, never "your business and your budget"
@pytest.mark.parametrize("note,bad", [
    ("Hi Camille, I attended your social ads training in Paris last year. My Meta CPM has doubled since March, is that normal or should I rework my audiences?",
     "business and your budget"),
    ("Coucou Camille, j'ai suivi ta formation sur les pubs sociales à Lyon au printemps. Petite question : mon CPM Meta a doublé depuis janvier, c'est normal ou je dois changer mon ciblage ?",
     "ton activité et de ton budget"),
    ("Hola Camille, hice tu formación de anuncios en redes el año pasado. Mi CPM ha subido muchísimo desde enero, ¿es normal o cambio la segmentación?",
     "tu negocio y tu presupuesto"),
    ("Hoi Camille, ik volgde vorig jaar je training over social ads. Mijn CPM op Meta is sinds januari verdubbeld, is dat normaal of moet ik mijn targeting aanpassen?",
     "je bedrijf en je budget"),
])
def test_former_trainee_figures_no_sales_qualification(note: str, bad: str) -> None:
    d = sample_draft(note, headline="Founder", name="Kim Lee")
    assert bad not in d


def test_former_trainee_figures_pointer_en() -> None:
    # wave 76: a CPM question is answered (what to check when it jumps), no longer "send me a screenshot" first
    d = sample_draft("Hi Camille, I attended your social ads training in Paris last year. My Meta CPM has doubled since March, is that normal or "
                     "should I rework my audiences?", headline="Founder", name="Kim Lee")
    assert "audience too narrow" in d and "Black Friday" in d, d


# B3: the goal told (grow / sell online in France): the call about it, never "your precise question"
@pytest.mark.parametrize("note,country,bad", [
    ("Buongiorno, produciamo ceramiche artigianali in Umbria. In Italia va bene, ma vorremmo vendere online in Francia. Mi piacerebbe un Suo parere.",
     "Francia", "domanda precisa"),
    ("Bonjour Camille, nous sommes une petite marque de savons en Provence et voulons vendre en Belgique. Votre avis ?", "Belgique", "votre budget"),
    ("Hola, tenemos una marca de cosmética natural en Valencia y queremos vender online en Francia. ¿Qué opinas?", "Francia", "pregunta concreta"),
])
def test_goal_in_france_not_reasked(note: str, country: str, bad: str) -> None:
    d = sample_draft(note, name="Luca Neri")
    assert country in d and bad not in d


# B4: a beginner shop starting with ads asks for tips: one concrete pointer from her answers, not a bare promise
@pytest.mark.parametrize("note,bad", [
    ("hola camille! tengo una tienda online de cerámica en sevilla y quiero empezar con anuncios, ¿algún consejo? gracias!", "por dónde empezaría yo en tu lugar"),
    ("ciao camille! ho una piccola libreria online a torino e voglio iniziare con la pubblicità, qualche consiglio?", "da dove partirei al tuo posto"),
    ("Hi Camille! I run a tiny online candle shop and want to start with ads, any tips?", "I'll tell you where I'd start"),
    ("Hoi Camille, ik heb een webshop in planten en wil beginnen met Instagram ads. Heb je tips hoe ik het beste kan starten met 200 euro?", "Als je wilt, vertel ik je graag"),
])
def test_start_with_ads_tips_gets_a_pointer(note: str, bad: str) -> None:
    d = sample_draft(note, name="Ana Ruiz")
    assert bad not in d
    assert "Google Ads" in d or "Meta" in d


# B5: a referral partnership: no "clients we share" (none shared yet), no "glad to explore" + "happy to talk"
@pytest.mark.parametrize("note,bad", [
    ("Hello Camille, we're a small branding agency in Brussels. Clients often ask us for paid ads, which we don't offer. Open to a referral partnership?",
     ["clients we share", "glad to explore"]),
    ("Bonjour Camille, je dirige un petit studio web à Annecy. Nos clients demandent du SEO que nous ne faisons pas. Un partenariat de recommandation vous tenterait ?",
     ["clients communs"]),
    ("Hallo Camille, ich habe eine kleine Webagentur in Basel. Unsere Kunden fragen oft nach SEO. Sollen wir uns gegenseitig Kunden empfehlen?",
     ["gemeinsame Kunden"]),
])
def test_referral_partnership_no_shared_clients(note: str, bad: list[str]) -> None:
    d = sample_draft(note, headline="Founder", name="Max Vogel")
    for b in bad:
        assert b not in d
