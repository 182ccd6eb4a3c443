"""Wave 81 group C: a direct question answered with what was asked, never with something else or a contradiction."""
import pytest

from drafting import sample_draft

_INTERN_MONTH = [
    ("Hi Camille! Ich studiere Medienmanagement im 5. Semester und suche ein Praktikum im Bereich Digital Marketing ab März, "
     "gerne auch in Frankreich. Hättest du evtl. Tipps oder sogar einen Platz frei? LG Lea", "Studentin Medienmanagement", "Lea Schneider", "März"),
    ("Hi Camille! I'm a marketing student looking for an internship in digital marketing from March, ideally in France. "
     "Any tips or maybe even a spot free with you? Thanks, Lea", "Marketing student", "Lea Smith", "March"),
    ("Hola Camille, estudio marketing y busco unas prácticas en marketing digital a partir de mayo. ¿Tendrías algún consejo "
     "o incluso un hueco libre?", "Estudiante", "Lucía Gómez", "mayo"),
    ("Hoi Camille, ik studeer communicatie en zoek een stage in digitale marketing vanaf februari. Heb je tips of misschien "
     "zelfs een plek vrij?", "Student communicatie", "Sanne de Vries", "februari"),
]


@pytest.mark.parametrize("note, headline, name, month", _INTERN_MONTH)
def test_internship_month_never_agreed_by_owner_taking_no_interns(note, headline, name, month):
    text = sample_draft(note, headline=headline, name=name)
    assert month not in text  # no "Ab März sollte es bei mir grundsätzlich passen" after (or instead of) the no


_PANEL_TOPIC = [
    ("Hola Camille, soy organizador del congreso eShow Madrid. Estamos buscando ponentes para la mesa de SEO y creo que "
     "encajarías genial. ¿Podemos hablar?", "Organizador en eShow", "Alberto Díaz", "sobre SEO", "creo que"),
    ("Ciao Camille, organizzo il convegno Digital Bologna. Cerchiamo relatori per la tavola rotonda sul SEO e penso che "
     "saresti perfetta. Possiamo sentirci?", "Organizzatore", "Marco Rossi", "SEO", "penso che"),
    ("Olá Camille, organizo o congresso Digital Porto. Procuramos oradores para a mesa redonda sobre SEO e acho que seria "
     "perfeita. Podemos falar?", "Organizador", "João Silva", "sobre SEO", "acho que"),
    ("Hallo Camille, ich organisiere die Konferenz Digital Köln. Wir suchen Speaker für das Panel zu SEO und ich glaube, du "
     "würdest super passen. Können wir sprechen?", "Organisator", "Jan Berg", "zu SEO", "ich glaube"),
]


@pytest.mark.parametrize("note, headline, name, topic, opinion", _PANEL_TOPIC)
def test_sender_opinion_clause_never_carried_into_topic(note, headline, name, topic, opinion):
    text = sample_draft(note, headline=headline, name=name)
    assert topic in text
    assert opinion not in text


_COFFEE_TRADE = [
    ("hi camille saw ur post about tiktok ads for local business, super useful. im starting a coffee truck in lyon, any tips "
     "where to start?? cheers", "Owner - Brew on Wheels", "Sam O'Brien", "grab a coffee"),
    ("Bonjour Camille, j'ouvre un café-librairie à Lyon, des conseils pour démarrer ?", "Fondatrice", "Inès Morel", "un café"),
    ("Hola Camille, acabo de abrir un café en Valencia, ¿algún consejo para empezar?", "Fundadora", "Marta Ruiz", "tomar un café"),
    ("Ciao Camille, ho aperto un caffè a Torino, qualche consiglio per iniziare?", "Titolare", "Luca Bianchi", "prendere un caffè"),
]


@pytest.mark.parametrize("note, headline, name, offer", _COFFEE_TRADE)
def test_coffee_business_is_never_a_coffee_offered(note, headline, name, offer):
    text = sample_draft(note, headline=headline, name=name)
    assert offer not in text.split("\n", 2)[2]  # their trade, not "Happy to grab a coffee! Which days work for you?"
