"""Wave 87, group R: wording slips in fr / es / pt / it drafts (a day after the event's city, an accent copied from the
note, a curt no to interns, a Brazilian thank-you in European Portuguese, a verb said twice)."""
from drafting import sample_draft


# --- a day said after an event that ends on its city goes first: "ieri al workshop SEO a Lione", never "a Lione ieri" ---

def test_day_goes_before_an_event_ending_on_its_city():
    it = sample_draft("Camille, è stato un piacere conoscerti ieri al workshop SEO a Lione! Come promesso ti mando il "
                      "link al nostro case study. A presto, Davide")
    assert "ieri al workshop SEO a Lione" in it and "Lione ieri" not in it
    pt = sample_draft("Olá Camille, adorei conversar contigo ontem no workshop de SEO em Porto. Beijinhos, Inês")
    assert "ontem no workshop de SEO em Porto" in pt and "Porto ontem" not in pt
    es = sample_draft("Hola Camille, encantado de conocerte ayer en el taller de SEO en Lyon. Un abrazo, Jorge")
    assert "ayer en el taller de SEO en Lyon" in es and "Lyon ayer" not in es
