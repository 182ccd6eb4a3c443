"""Wave 50, group D: leads and referrals read for what they ask (a team's training never declined as a pitch, the lead's
field and market named, the course a referrer praised named)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

TEAM_LEADS = [
    ("Hoi Camille, Sophie Martin (ken je uit Lyon) vertelde dat je trainingen digitale marketing voor teams geeft. Wij zijn een salesteam van 10 "
     "en willen LinkedIn beter inzetten. Kan dat ook in het Engels? Thanks! Ruben", "Engels"),
    ("Hoi Camille, Mark van De Vries Media zei dat je trainingen SEO verzorgt. We zijn een webteam van 4 en willen graag beter scoren in Google. "
     "Doe je dat ook in het Engels?", "Engels"),
    ("Hoi Camille, via Sophie hoorde ik dat je workshops social media geeft. Wij zijn een klein team van 6 marketeers en willen beter worden in "
     "LinkedIn-advertenties. Kan dat ook bij ons op kantoor?", "incompany"),
]


@pytest.mark.parametrize(("note", "present"), TEAM_LEADS)
def test_a_team_wanting_her_training_is_a_lead_never_a_pitch(note: str, present: str) -> None:
    text = sample_draft(note, headline="Head of Sales", name="Ruben Jansen")
    assert present in text, text
    assert "geen behoefte" not in text and "aanbod" not in text, text


SCOPED = [
    ("Hallo Frau Laurent, ich bin Marketingleiterin bei einem Mittelständler (Maschinenbau) und wir überlegen, unsere SEO-Strategie für Frankreich "
     "neu aufzusetzen. Wären Sie für ein Erstgespräch offen? Freundliche Grüße, Julia Neumann", "SEO-Strategie für den französischen Markt", "klingt interessant"),
    ("Dear Ms. Laurent,\nAs CMO of Halden Group, I would welcome the opportunity to discuss a potential engagement to review our paid social strategy "
     "across European markets.\nKind regards,\nJonathan Price", "paid social strategy across European markets", "your social ads"),
    ("Gentile Dott.ssa Laurent, sono la responsabile marketing di un'azienda meccanica e stiamo valutando di rivedere la nostra strategia SEO per "
     "la Francia. Sarebbe disponibile per una prima call? Cordiali saluti", "SEO per il mercato francese", "proposta"),
    ("Geachte mevrouw Laurent, als marketingmanager van een machinebouwer overwegen wij onze SEO-strategie voor Frankrijk opnieuw op te zetten. "
     "Staat u open voor een kennismakingsgesprek? Met vriendelijke groet", "SEO-strategie voor de Franse markt", "klinkt interessant"),
    ("Ciao Camille, sono CMO di un brand di moda e vorremmo ripensare la nostra strategia social ads in tutta Europa. Ci sentiamo? Grazie",
     "strategia di pubblicità sui social a livello europeo", "proposta"),
    ("Oi Camille, sou head de marketing de uma fintech em SP e estamos pensando em terceirizar a parte de SEO. Podemos marcar um papo?",
     "com o SEO", "a proposta me interessa"),
]


@pytest.mark.parametrize(("note", "present", "absent"), SCOPED)
def test_a_leads_field_and_market_are_named(note: str, present: str, absent: str) -> None:
    text = sample_draft(note, headline="Marketing Director", name="Julia Neumann")
    assert present in text, text
    assert absent not in text, text


REFERRED_FOR_COURSE = [
    ("Hi Camille, Priya Raman from Northgate Partners suggested I get in touch, she said you're the person to know for SEO training in France. Best, Meera",
     "about my SEO training"),
    ("Bonjour Camille, Julie Martin de Fidal m'a conseillé de vous contacter : selon elle, vous êtes la référence pour les formations SEO en France. "
     "Bien cordialement, Hélène", "de mes formations en SEO"),
    ("Hallo Camille, Jonas Weber von der Allianz meinte, du bist die Richtige für SEO-Schulungen in Frankreich. Viele Grüße, Tim", "über meine SEO-Schulungen"),
    ("Hola Camille, Lucía Pérez de Inditex me sugirió que te escribiera: dice que eres la persona de referencia para formación en SEO en Francia. "
     "Un saludo, Marta", "sobre mis formaciones de SEO"),
    ("Hoi Camille, Sanne de Vries van ING raadde me aan contact met je op te nemen, volgens haar ben jij dé persoon voor SEO-trainingen in Frankrijk. "
     "Groet, Bram", "over mijn SEO-trainingen"),
    ("Oi Camille, a Ana Souza da Natura me indicou você, disse que você é a pessoa certa para treinamentos de SEO na França. Abraço, Pedro",
     "sobre os meus treinamentos de SEO"),
]


@pytest.mark.parametrize(("note", "present"), REFERRED_FOR_COURSE)
def test_the_course_a_referrer_praised_is_named(note: str, present: str) -> None:
    text = sample_draft(note, headline="L&D Manager | Corporate Academy", name="Meera Shah")
    assert present in text, text
    for generic in ("get to know each other", "faisons connaissance", "Kennenlernen", "para conocernos", "kennis te maken", "nos conhecermos"):
        assert generic not in text, text
