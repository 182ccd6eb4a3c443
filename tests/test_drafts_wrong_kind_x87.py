"""Wave 87 Q: notes read as the wrong kind (a networking recruiter, her talk heard, a business opened)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, good, bad", [
    ("Hallo Camille, als recruiter in de bouw en techniek breid ik mijn netwerk uit in Europa. Leuk om te linken!\nMvg Rick",
     "fijn om met je in contact te staan", "functie past niet"),
    ("Hola Camille, como reclutadora en ingeniería estoy ampliando mi red en Europa. ¡Encantada de conectar! Marta",
     "un placer estar en contacto", "puesto"),
    ("Ciao Camille, come recruiter nel settore edile sto ampliando la mia rete in Europa. Piacere di collegarci! Marco",
     "un piacere essere in contatto", "posizione"),
])
def test_recruiter_only_networking_gets_a_welcome(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text
    assert bad not in text


@pytest.mark.parametrize("note, good, bad", [
    ("Olá Camille, sou diretor de marketing numa seguradora em Lisboa. Gostei muito da sua intervenção no Web Summit, "
     "podiamos marcar um café virtual para trocar ideias?", "minha palestra no Web Summit", "conversa que começámos"),
    ("Hola Camille, me encantó tu ponencia en el Congreso Web de Zaragoza, ¿tomamos un café virtual?",
     "mi charla", "conversación que empezamos"),
    ("Ciao Camille, mi è piaciuto molto il tuo intervento al Web Marketing Festival, possiamo fare un caffè virtuale?",
     "il mio intervento", "chiacchierata"),
    ("Bonjour Camille, j'ai beaucoup aimé votre intervention au salon E-marketing, pourrions-nous prendre un café virtuel ?",
     "mon intervention", "échange commencé"),
])
def test_her_talk_heard_is_not_a_conversation(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text
    assert bad not in text


@pytest.mark.parametrize("note, good, bad", [
    ("Servus Camille! Wir waren zusammen im Workshop von Sophie Martin in Paris letztes Jahr. Ich hab jetzt mein eigenes "
     "kleines Café mit Onlineshop in Wien eröffnet ☕ Würde gern in Kontakt bleiben! Lg Verena", "Glückwunsch", "Woran arbeitest"),
    ("Hoi Camille! We hebben elkaar ontmoet op de workshop in Parijs. Ik heb mijn eigen koffiezaak in Utrecht geopend! "
     "Leuk om in contact te blijven.", "Gefeliciteerd", "Waar ben je"),
    ("Hola Camille, nos conocimos en el taller de Sophie en París. ¡He abierto mi propia cafetería en Sevilla! Me encantaría "
     "seguir en contacto.", "Enhorabuena", "¿En qué estás trabajando"),
    ("Ciao Camille! Ci siamo conosciute al workshop a Parigi. Ho aperto il mio piccolo negozio a Torino, restiamo in contatto!",
     "Complimenti", "Su cosa stai lavorando"),
])
def test_business_opened_is_congratulated(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text
    assert bad not in text


@pytest.mark.parametrize("note, good, bad", [
    ("Chère Madame Laurent, je dirige une petite entreprise de menuiserie et souhaiterais suivre une formation pour mieux "
     "utiliser les réseaux sociaux. Proposez-vous des sessions en intra ? Respectueusement, Gérard Blanc",
     "Oui, j'anime des formations", "votre proposition"),
    ("Grüezi Frau Laurent, ich bin Marketingverantwortlicher bei einer Schweizer Uhrenmarke und interessiere mich für Ihre "
     "Trainings zu Content-Strategie. Gibt es Termine im Herbst? Freundliche Grüsse, Lukas Meier", "Ja, ich biete Schulungen",
     "Zertifizierung"),
    ("Bonjour Camille, je suis intéressée par vos formations en SEO. Avez-vous des dates cet automne ?",
     "Oui, j'anime des formations", "certification"),
])
def test_her_training_asked_for_gets_her_yes(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Gérard Blanc")
    assert good in text
    assert bad not in text
