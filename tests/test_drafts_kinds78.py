"""Wave 78, group B: notes read as the wrong kind (an off-field recruiter, a met-at-event hello, a peer after a post,
a coffee chat asked)."""
from drafting import sample_draft


# --- a recruiter's own verb in every language ("ich rekrutiere", "ik rekruteer", "sto reclutando") is a role to fill ---

def test_off_field_recruiter_in_german_gets_outside_my_network_not_names_promised():
    de = sample_draft("Hallo, ich rekrutiere für einen Automobilzulieferer Projektleiter Logistik. Vielleicht kennen Sie "
                      "jemanden? Beste Grüße Thomas Wolf", name="Thomas Wolf")
    assert "nicht in meinem direkten Netzwerk" in de and "Ich überlege, wen ich empfehlen kann" not in de
    de2 = sample_draft("Hallo, wir rekrutieren gerade Pflegekräfte für ein Klinikum in Köln. Kennst du jemanden? Grüße Anna",
                       name="Anna Berg")
    assert "nicht in meinem direkten Netzwerk" in de2 and "Ich überlege" not in de2


def test_off_field_recruiter_in_dutch_and_spanish_gets_outside_my_network():
    nl = sample_draft("Hallo, ik rekruteer voor een toeleverancier in de auto-industrie een projectleider logistiek. "
                      "Misschien kent u iemand? Groet Thomas", name="Thomas Wolf")
    assert "niet in mijn directe netwerk" in nl and "Ik denk even na" not in nl
    es = sample_draft("Hola, estoy reclutando un jefe de proyecto de logística para un proveedor de automoción. "
                      "¿Quizás conoce a alguien? Thomas", name="Thomas Wolf")
    assert "no tengo perfiles de ese tipo" in es


def test_recruiter_in_her_field_is_not_told_it_is_outside_her_field():
    de = sample_draft("Hallo, ich rekrutiere für eine Agentur in München einen SEO-Manager. Vielleicht kennen Sie jemanden? "
                      "Thomas", name="Thomas Wolf")
    assert "Spontan fällt mir niemand ein" in de and "außerhalb" not in de and "SEO, Social-Media-Werbung" not in de
