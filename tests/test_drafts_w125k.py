"""Wave 125, group K: a job seeker's weak French answered honestly; the traffic drop after a Google update answered in
full sentences, in Dutch too (what to check first), never a re-ask."""

from __future__ import annotations

import pytest
from drafting import sample_draft

WEAK_FRENCH = [
    # 125 fr_en note-34: "I don't speak French fluently yet - do you think that's a big problem here?" got "Yes, I work in French"
    ("Hello, I recently moved to Lyon from Toronto and I'm looking for a job in digital marketing. I don't speak French fluently "
     "yet - do you think that's a big problem here?", "in most French companies it matters"),
    ("Hi Camille, I just relocated to Lyon and I'm job hunting in marketing. My French is still basic, will that hold me back?",
     "do hire in English"),
    ("Hallo Camille, ich bin gerade nach Lyon gezogen und suche eine Stelle im Online-Marketing. Ich spreche noch kein gutes "
     "Französisch – ist das ein großes Problem?", "stellen aber auch auf Englisch ein: Bewirb dich zuerst dort"),
    ("Hoi Camille, ik ben net naar Lyon verhuisd en zoek een baan in digitale marketing. Mijn Frans is nog niet zo goed, is dat "
     "een groot probleem?", "werven ook in het Engels: mik eerst daarop"),
    ("Hola Camille, acabo de mudarme a Lyon y busco trabajo en marketing digital. Aún no hablo bien francés, ¿es un problema grande?",
     "también contratan en inglés: apunta primero a esos"),
    ("Ciao Camille, mi sono appena trasferita a Lione e cerco lavoro nel marketing digitale. Non parlo ancora bene il francese, "
     "è un grosso problema?", "assumono anche in inglese: punta prima su quelli"),
    ("Oi Camille, acabei de me mudar para Lyon e estou procurando emprego em marketing digital. Ainda não falo francês "
     "fluentemente, isso é um grande problema?", "também contratam em inglês: mire primeiro nesses"),
    ("Olá Camille, mudei-me há pouco para Lyon e procuro emprego em marketing digital. Ainda não falo bem francês, é um grande "
     "problema?", "também contratam em inglês: aposte primeiro nesses"),
    ("Bonjour Camille, je viens de m'installer à Lyon et je cherche un poste en marketing digital. Je ne parle pas encore bien "
     "français, est-ce un gros problème ?", "recrutent aussi en anglais : visez-les d'abord"),
]


@pytest.mark.parametrize(("note", "said"), WEAK_FRENCH)
def test_weak_french_of_a_job_seeker_is_answered_honestly(note: str, said: str) -> None:
    text = sample_draft(note, name="Sophie Tremblay")
    assert said in text, text
    for wrong in ("I work in French", "about your needs", "real asset", "ich arbeite auf Französisch", "echter Vorteil", "troef",
                  "your question", "sobre tu pregunta", "sobre a sua pregunta"):
        assert wrong not in text, text


def test_fluent_french_job_seeker_keeps_the_france_tip() -> None:
    text = sample_draft("Hi Camille, I moved to Lyon and I'm looking for a job in digital marketing. I speak fluent French. Any tips?",
                        name="Mark Evans")
    assert "Welcome to the Jungle" in text and "in most French companies it matters" not in text


UPDATE_DROP = [
    # 125 de_nl note-10: "was würdest du als erstes prüfen?" answered in verbless fragments and the wrong tense
    ("Servus Camille, bin Gründer von einem kleinen Online-Shop für Bergsport-Zubehör in Innsbruck. Unser organischer Traffic ist "
     "seit dem letzten Google Update eingebrochen 😩 was würdest du als erstes prüfen? Grüße, Florian",
     "Ich würde zuerst in der Search Console prüfen, welche Seiten Klicks verloren haben."),
    # 125 de_nl note-30: "waar zou jij als eerste naar kijken?" re-asked with "Wat de start betreft, laat me weten waar je nu staat"
    ("hoi camille, ik heb een kleine online winkel in vintage meubels en sinds de laatste google update zijn we bijna al ons "
     "verkeer kwijt... waar zou jij als eerste naar kijken? alvast bedankt!! Daan",
     "Ik zou eerst in Search Console kijken welke pagina's klikken hebben verloren."),
    ("Hallo Camille, sinds de laatste Google-update is ons organisch verkeer flink gedaald. Wat zou u als eerste controleren?",
     "Ik zou eerst in Search Console kijken"),
    ("Hi Camille, our organic traffic crashed after the last Google update. What would you check first?",
     "I'd first check in Search Console which pages and queries lost clicks."),
    ("Ciao Camille, dopo l'ultimo aggiornamento di Google il traffico è crollato. Cosa controlleresti per primo?",
     "Guarderei prima in Search Console quali pagine hanno perso clic."),
    ("Hola Camille, desde la última actualización de Google hemos perdido casi todo el tráfico. ¿Qué revisarías primero?",
     "Yo miraría primero en Search Console qué páginas han perdido clics."),
    ("Bonjour Camille, depuis la dernière mise à jour Google notre trafic a chuté. Vous regarderiez quoi en premier ?",
     "Je regarderais d'abord dans la Search Console quelles pages ont perdu des clics."),
    ("Olá Camille, depois da última atualização do Google perdemos quase todo o tráfego. O que você verificaria primeiro?",
     "Eu começaria vendo no Search Console quais páginas perderam cliques."),
]


@pytest.mark.parametrize(("note", "said"), UPDATE_DROP)
def test_traffic_drop_after_an_update_gets_what_to_check_first(note: str, said: str) -> None:
    text = sample_draft(note, name="Daan Peters")
    assert said in text, text
    for wrong in ("Wat de start betreft", "verloren nach", "Zuerst in der Search Console prüfen"):
        assert wrong not in text, text


def test_first_step_for_a_new_shop_still_asks_where_they_stand() -> None:
    # a nearby note with no drop told: no update answer
    text = sample_draft("Hoi Camille, ik start binnenkort een webshop. Waar zou jij als eerste naar kijken?", name="Daan Peters")
    assert "Search Console" not in text
