"""Wave 116, group C: speaker invitations that name their talk's topic (a quoted title) and their event are thanked with
both, never asked "the topic?" again nor garbled ("Vortrag im Mittelstand")."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import extract


def test_speaker_topic_quoted_after_on_is_named_not_reasked() -> None:
    # 115 fr_en note-10: "une intervenante sur « La pub Meta avec un petit budget »" answered "pourriez-vous me préciser le sujet"
    fr = sample_draft("Bonjour Camille, j'organise les Rencontres du Commerce Connecté à Saint-Étienne le 14 mai. Nous cherchons une "
                      "intervenante sur « La pub Meta avec un petit budget ». Seriez-vous intéressée ? Claire Fontaine, CCI Loire",
                      name="Claire Fontaine")
    assert "le sujet" not in fr
    assert "« La pub Meta avec un petit budget »" in fr
    assert "aux Rencontres du Commerce Connecté" in fr
    en = sample_draft('Hi Camille, we are looking for a speaker on "Social ads and SEO for small shops" for our meetup in June. '
                      "Would you be interested? Best, Tom", name="Tom Baker")
    assert "Social ads and SEO for small shops" in en
    assert "the topic" not in en


def test_mittelstand_is_no_event() -> None:
    # 115 de_nl note-11: "Forum "E-Commerce im Mittelstand"" read as an event "im Mittelstand" ("einen Vortrag im Mittelstand")
    de = sample_draft('Sehr geehrte Frau Laurent,\nim Namen der IHK Stuttgart lade ich Sie ein, am 14. Mai auf unserem Forum "E-Commerce im '
                      'Mittelstand" einen Vortrag (30 Min.) zu halten. Honorar und Reise werden übernommen.\nMit freundlichen Grüßen\nKarin Lehmann',
                      name="Karin Lehmann")
    assert "Vortrag im Mittelstand" not in de
    assert "„E-Commerce im Mittelstand“" in de
    assert extract("Hallo Camille, ich arbeite im Marketing eines Unternehmens im Mittelstand und würde mich gern vernetzen. Gruß, Jan",
                   "de", "networking").event == ""
    assert extract("Hallo Camille, ich bin seit Mai im Vorstand unseres Vereins und suche Tipps für Social Ads. Gruß, Jan",
                   "de", "networking").event == ""
    # a booth stays one: "am Messestand"
    assert extract("Hallo Camille, schön, dass wir uns auf der Messe am Messestand von Shopware getroffen haben!", "de", "met_before").event
