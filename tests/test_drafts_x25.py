"""Wave 25 (x25): a speaker invitation sent on behalf of an event's organisers names the event where the talk is held,
a seat on a panel or a round table is thanked for as one, and Italian dates elide their article ("l'8 ottobre")."""

from drafting import draft


def test_organisers_event_named_where_held_es():
    text = draft("Buenas tardes, Sra. Laurent: en nombre del equipo organizador del Congreso Digital Sevilla 2026 queremos invitarla "
                 "a participar en la mesa redonda sobre marketing de contenidos (3 de marzo).", "es", "business_proposal")
    assert "la mesa redonda" in text
    assert "en el Congreso Digital Sevilla 2026" in text
    assert "ponencia" not in text and "(«" not in text


def test_organisers_event_named_where_held_pt():
    text = draft("Cara Camille, em nome da organização do Growth Summit Braga, queremos convidá-la para o painel sobre SEO local, "
                 "a 9 de junho.", "pt", "business_proposal")
    assert "o painel" in text and "no Growth Summit Braga" in text
    assert "palestra" not in text


def test_italian_panel_with_date_in_brackets():
    text = draft("Buongiorno Camille, a nome dell'organizzazione del Social Media Forum Bari vorremmo invitarti come relatrice "
                 "alla tavola rotonda sulle campagne TikTok (11 novembre). Ci diresti se sei disponibile?", "it", "business_proposal")
    assert "la tavola rotonda sulle campagne TikTok" in text
    assert "al Social Media Forum Bari" in text
    assert "l'11 novembre" in text and "il 11" not in text
    assert "disponibil" not in text.split("\n")[2]


def test_english_panel_kind():
    text = draft("Hi Camille, on behalf of the organising committee of Paid Social Summit Leeds, we'd like to invite you to speak "
                 "on our panel about TikTok ads on 4 May.", "en", "business_proposal")
    assert "the panel" in text and "a talk" not in text
