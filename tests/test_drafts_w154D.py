"""Wave 154 D: German (and other) misreadings of a speaker invitation and of a meeting at an alumni event.

- The details a conference offers to send ("weitere Infos zu Format und Honorar") are never the talk's topic, and the
  edition's month keeps its year ("im Mai 2025").
- Meeting at an alumni gathering ("beim Alumni-Treffen der ESSEC begegnet") is a meeting, not a fellow alumnus: the
  reply recalls the meeting and the one question asked there, never "nice to hear from other alumni" and an
  unasked introduction.
"""

from __future__ import annotations

from drafting import sample_draft


def test_speaker_invitation_details_offered_are_not_the_topic_de() -> None:
    note = ("Sehr geehrte Frau Laurent, im Namen der Online Marketing Konferenz Bodensee möchte ich Sie als Speakerin für "
            "unsere Ausgabe im Mai 2025 anfragen. Gerne sende ich Ihnen weitere Infos zu Format und Honorar.\n"
            "Mit freundlichen Grüßen\nAndrea Schmitt")
    text = sample_draft(note, headline="Programmleitung OMK Bodensee", name="Andrea Schmitt")
    assert "zu Format und Honorar" not in text
    assert "Mai 2025" in text
    assert "Online Marketing Konferenz Bodensee" in text


def test_speaker_invitation_details_offered_other_senders() -> None:
    de = sample_draft("Guten Tag Frau Laurent, für den Digitaltag Freiburg würden wir Sie gern als Referentin für einen Vortrag "
                      "anfragen, Termin im Oktober 2026. Details zu Ablauf und Vergütung schicke ich Ihnen gern. Viele Grüße, Jana Roth",
                      name="Jana Roth")
    assert "zu Ablauf und Vergütung" not in de
    es = sample_draft("Hola Camille, en nombre del congreso eCommerce Day Madrid me gustaría invitarte como ponente en nuestra "
                      "edición de mayo de 2025. Te puedo enviar más detalles sobre el formato y los honorarios.", name="Lucía Gil")
    assert "sobre el formato" not in es
    assert "mayo de 2025" in es


def test_speaker_invitation_real_topic_kept() -> None:
    """Neighbour: a topic the talk is about stays named."""
    text = sample_draft("Sehr geehrte Frau Laurent, wir möchten Sie für einen Vortrag zu Social Ads für kleine Shops beim "
                        "E-Commerce Forum Ulm anfragen. Mit freundlichen Grüßen, Petra Vogel", name="Petra Vogel")
    assert "Social Ads" in text


def test_met_at_alumni_meeting_de() -> None:
    note = ("Hallo Frau Laurent, wir sind uns beim Alumni-Treffen der ESSEC in Paris begegnet, ich war der mit der Frage zu "
            "Google Analytics 4 😅 Würde mich über die Vernetzung freuen. Beste Grüße, Moritz Lange")
    text = sample_draft(note, headline="Growth Marketing Manager bei Zalando", name="Moritz Lange")
    assert "Alumni zu hören" not in text
    assert "stelle ich gern den Kontakt her" not in text
    assert "Alumni-Treffen" in text
    assert "Frage zu Google Analytics 4" in text


def test_met_at_alumni_meeting_other_languages() -> None:
    en = sample_draft("Hi Camille, we met at the HEC alumni evening in Lyon last month, I was the one with the question about "
                      "TikTok ads. Would be great to connect! Tom", name="Tom Reed")
    assert "fellow alum" not in en and "put you in touch" not in en
    assert "question on TikTok ads" in en
    es = sample_draft("Hola Camille, nos conocimos en el encuentro de alumni de IE en Madrid, yo era el de la pregunta sobre "
                      "Meta Ads. Encantado de conectar. Pablo", name="Pablo Ruiz")
    assert "antiguos alumnos" not in es and "te pongo en contacto" not in es
    assert "pregunta sobre Meta Ads" in es


def test_fellow_alumnus_still_welcomed_as_alumnus() -> None:
    """Neighbour: someone from her school, met nowhere, keeps the alumni welcome."""
    text = sample_draft("Hi Camille, fellow ESSEC alumna here! Would love to connect. Sarah", name="Sarah Kim")
    assert "fellow alum" in text
