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
     "¿Tendrías 15 minutos para una llamada?", "Estudiante de Marketing", "no acepto becarios", "hablamos"),
    ("Ciao Camille, studio comunicazione a Milano e cerco un tirocinio in content strategy. Avresti 15 minuti per una breve chiamata?",
     "Studentessa @ IULM", "non ospito tirocinanti", "call"),
]


@pytest.mark.parametrize("note,headline,no,call", INTERN_CALLS)
def test_internship_sought_with_a_call_gets_the_no_then_the_call(note, headline, no, call):
    d = sample_draft(note, headline=headline, name="Mia Schneider")
    assert no in d and call in d
    assert d.index(no) < d.index(call)
