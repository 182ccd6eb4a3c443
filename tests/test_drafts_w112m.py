"""Wave 112, the merger's mend: her service asked for the sender's own business ("a consultation for our online store")
is a client's request, never a seller's pitch declined."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_DECLINED = ("offerta", "non ne ho bisogno", "votre offre", "pas un besoin", "not a priority", "su oferta", "no lo necesito",
             "Angebot", "aanbod", "oferta")


@pytest.mark.parametrize("note, name, wanted", [
    ("Buongiorno dott.ssa Laurent, la contatto per una consulenza SEO per il nostro e-commerce. Cordiali saluti", "Marco Rossi", "call"),
    ("Bonjour Madame Laurent, je vous contacte pour une mission de conseil SEO pour notre boutique en ligne. Cordialement",
     "Paul Martin", "appel"),
    ("Hello Camille, I'm reaching out about an SEO consultation for our online store. Best regards", "Tom Baker", "call"),
    ("Hola Camille, le escribo para una consultoría SEO para nuestra tienda online. Saludos", "Pedro Ruiz", "llamada"),
])
def test_her_service_for_their_own_shop_is_a_client_request(note: str, name: str, wanted: str) -> None:
    draft = sample_draft(note, headline="CEO", name=name)
    assert not any(word in draft for word in _DECLINED), draft
    assert wanted in draft and "20" in draft


def test_a_seller_offering_it_for_her_business_is_still_a_pitch() -> None:
    draft = sample_draft("Hello Camille, we offer SEO consultations for your business at a special price this month. Interested?",
                         headline="Sales at SEOBoost", name="Tom Baker")
    assert "20-minute" not in draft

