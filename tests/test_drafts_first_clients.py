"""'How do I find my first freelance clients?': the answer starts with the network (who to tell, first projects for a
testimonial), the day rate after it, in full sentences."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, network", [
    ("Bonjour, je suis en reconversion et je me forme au SEO. Auriez vous 2-3 conseils pour trouver une premiere mission en "
     "freelance ? merci", "réseau"),
    ("Ciao, mi sono appena laureata in marketing e vorrei lavorare come freelance nel social media marketing. Mi daresti "
     "qualche consiglio su come trovare i primi clienti?", "rete"),
    ("Hola! Acabo de terminar mi máster en comunicación. ¿Me darías algún consejo para empezar como freelance?", "red de contactos"),
])
def test_first_clients_start_with_the_network(note: str, network: str) -> None:
    text = sample_draft(note, name="Sara Gallo")
    assert network in text and "témoignage" in text or network in text and ("testimonianza" in text or "testimonio" in text), text
