"""Wave 153 mend (round 183 es_pt_it notes 14, 27, 58): a tool asked for a purpose that depends on the sender's site gets the
platform asked and the pick she would make for it, never "tell me your platform and I'll tell you which one I use"."""

from __future__ import annotations

from drafting import sample_draft


def test_a_tool_for_a_site_purpose_is_her_pick_for_their_platform() -> None:
    es = sample_draft("Hola! Vi tu post sobre los errores más comunes en Google Ads y me sentí muy identificado jaja. ¿Qué "
                      "herramienta usas para el seguimiento de conversiones?", headline="Marketing Specialist", name="Pablo Herrera")
    assert "cuál uso yo" not in es and "cuál elegiría yo" in es
    en = sample_draft("Hi Camille, loved your post on Google Ads mistakes. Which tool do you use for conversion tracking?",
                      name="Tom Baker")
    assert "which one I use" not in en and "which one I'd pick for it" in en
