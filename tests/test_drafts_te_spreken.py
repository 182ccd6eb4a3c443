"""Dutch 'leuk je gisteren te spreken op het event' is a talk with her there, never an invitation to speak at the event."""

from drafting import sample_draft


def test_talked_with_her_at_the_event_is_no_speaker_invitation() -> None:
    text = sample_draft("Hoi Camille, leuk je gisteren te spreken op het Digital Marketing Event in Amsterdam! Je verhaal over lokale "
                        "SEO voor retailers zette me echt aan het denken. Laten we contact houden.", name="Daan de Vries")
    assert "lezing" not in text and "heel graag" not in text.lower(), text


def test_invited_to_speak_at_the_event_still_is() -> None:
    text = sample_draft("Beste Camille, wij zouden je graag uitnodigen om te spreken op het Webshop Congres in Utrecht over "
                        "contentstrategie. Heb je interesse?", name="Daan de Vries")
    assert "lezing" in text
