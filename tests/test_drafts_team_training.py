"""A manager asking for in-house training for their team is a client, whatever the judge read (round 77 fr note-8:
"je cherche à renforcer les compétences digitales de mon équipe" was judged a job search and got study tips)."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,yes", [
    ("Madame,\nJe suis directrice marketing chez Groupe Valmont et je cherche à renforcer les compétences digitales de mon "
     "équipe (8 personnes). Vos formations pourraient-elles être adaptées en intra-entreprise ?\nBien à vous,\nIsabelle Fournier",
     "Isabelle Fournier", "formations en entreprise"),
    ("Bonjour Camille, je dirige le marketing d'une PME lyonnaise et je cherche à faire monter mon équipe en compétences sur "
     "le SEO. Proposez-vous vos formations en intra ?", "Paul Girard", "formations en entreprise"),
    ("Guten Tag Frau Laurent, ich leite das Marketing bei der Brenner AG und möchte die digitalen Kompetenzen meines Teams "
     "(6 Personen) stärken. Bieten Sie Ihre Schulungen auch als Inhouse-Training an? Mit freundlichen Grüßen", "Karl Brenner",
     "Inhouse-Schulungen"),
    ("Hi Camille, I head marketing at Brightlane and I want to upskill my team of 5 in SEO. Could your training be run "
     "in-house for us?", "Tom Reid", "in-house training"),
])
def test_a_teams_training_request_gets_her_yes_and_a_call(note, name, yes):
    text = sample_draft(note, name=name)
    assert yes in text and "20" in text, text
    for tips in ("trois bases", "three foundations", "Je commencerais", "I'd start with"):
        assert tips not in text
