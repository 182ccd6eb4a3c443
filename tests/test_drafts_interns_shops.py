"""Wave 73 group D: an internship sought with a call asked, a shop owner's account to look at, a reader's thanks, a peer's swap."""
import pytest

from drafting import sample_draft

#: A student seeking an internship who asks for a short call (no question to her about interns): the no, then the call.
INTERN_CALLS = [
    ("Hallo Camille! Ich studiere Online-Kommunikation in Köln und suche für das Sommersemester ein Praktikum im Bereich "
     "Content Strategie, gerne auch in Frankreich. Hättest du vielleicht 15 Minuten für ein kurzes Gespräch? Danke dir! Mia",
     "Studentin Online-Kommunikation @ TH Köln", "keine Praktikanten", "15 Minuten"),
    ("Hoi Camille, ik studeer communicatie in Utrecht en zoek een stage in contentstrategie voor het najaar. "
     "Heb je misschien 15 minuten voor een kort gesprek?", "Student Communicatie @ HU", "geen stagiairs", "belletje"),
    ("Hi Camille, I'm a marketing student in Dublin looking for a summer internship in content strategy, ideally in France. "
     "Would you have 15 minutes for a quick chat?", "Marketing student @ DCU", "don't take interns", "call"),
    ("Hola Camille, estudio marketing en Madrid y busco unas prácticas en estrategia de contenidos para verano. "
     "¿Tendrías 15 minutos para una llamada?", "Estudiante de Marketing", "no tengo plazas de prácticas", "hablamos"),
    ("Ciao Camille, studio comunicazione a Milano e cerco un tirocinio in content strategy. Avresti 15 minuti per una breve chiamata?",
     "Studentessa @ IULM", "non ospito tirocinanti", "call"),
]


@pytest.mark.parametrize("note,headline,no,call", INTERN_CALLS)
def test_internship_sought_with_a_call_gets_the_no_then_the_call(note, headline, no, call):
    d = sample_draft(note, headline=headline, name="Mia Schneider")
    assert no in d and call in d
    assert d.index(no) < d.index(call)


#: A shop owner whose ads fail offers to show her the account: a clear yes (a call with the screen shared), no "good luck" nor budget.
ACCOUNTS = [
    ("Hallo Camille, danke für deinen Post über Fehler bei Facebook Ads! Ich betreibe einen kleinen Onlineshop für Hundezubehör "
     "und meine Ads performen null. Kann ich dir mal meinen Account zeigen? Würde natürlich auch zahlen. Grüße, Daniel",
     "Inhaber PfotenGlück Shop", "Gern schaue ich mir deinen Account", ("Viel Erfolg", "Budget")),
    ("Hallo Camille, bedankt voor je post over fouten bij Facebook Ads! Ik heb een kleine webshop in hondenspullen en mijn ads "
     "doen helemaal niks. Mag ik je mijn account eens laten zien? Betaal er uiteraard voor. Groet, Jeroen",
     "Eigenaar Poot & Co webshop", "graag kijk ik samen met je naar je account", ("welk budget", "Veel succes")),
    ("Hi Camille, loved your post on Facebook Ads mistakes! I run a small online pet shop and my ads get nothing. "
     "Could I show you my ad account? Happy to pay of course.", "Owner @ Pawsome Shop", "look at your account", ("budget", "Good luck")),
    ("Ciao Camille, grazie per il post sugli errori nelle Facebook Ads! Ho un piccolo negozio online di ceramiche e le mie "
     "inserzioni non rendono. Posso mostrarti il mio account pubblicitario? Ovviamente ti pago.", "Titolare @ Ceramiche Blu",
     "guardiamo insieme il tuo account", ("budget", "In bocca al lupo")),
]


@pytest.mark.parametrize("note,headline,yes,gone", ACCOUNTS)
def test_ads_account_offered_is_a_clear_yes(note, headline, yes, gone):
    d = sample_draft(note, headline=headline, name="Daniel Schäfer")
    assert yes in d and "20" in d
    assert not any(g in d for g in gone)


def test_kpi_question_on_campaigns_is_no_account_look():
    d = sample_draft("Ciao Camille, lavoro come social media manager da 6 mesi e faccio fatica con il reporting per i clienti. "
                     "Che KPI mi consigli di guardare per le campagne Instagram? Grazie, Alessio", name="Alessio Rossi")
    assert "account" not in d
