from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from invitriage.judge.evaluation import load_corpus
from invitriage.judge.normalize import normalize
from invitriage.judge.rules import RULES, run_rules
from invitriage.taxonomy import LANGUAGES, rank

CORPUS = load_corpus(Path(__file__).parent.parent / "src" / "invitriage" / "corpus")


def _stats() -> dict[str, list[int]]:
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # fired, same intent, consistent
    for example in CORPUS:
        note = normalize(example.text)
        for name, fn in RULES.items():
            hit = fn(note)
            if hit:
                s = stats[name]
                s[0] += 1
                s[1] += hit.intent == example.intent
                # A cue for a weaker purpose may fire on a note whose stronger purpose wins.
                s[2] += rank(example.intent) <= rank(hit.intent)
    return stats


STATS = _stats()


@pytest.mark.parametrize("name", sorted(n for n in RULES if n != "empty_note"))
def test_every_rule_fires_on_its_own_intent_and_rarely_misleads(name):
    fired, same, consistent = STATS.get(name, [0, 0, 0])
    assert same >= 1, f"{name} never fires on a corpus note of its intent"
    assert consistent / fired >= 0.75, f"{name}: only {consistent}/{fired} firings agree with the label"


def test_cue_rules_exist_for_every_intent_and_language():
    for intent in ("scam", "recruiting", "job_seeking", "sales_pitch", "business_proposal", "ask_for_help",
                   "referral", "met_before", "content", "generic"):
        for lang in LANGUAGES:
            assert f"cue.{intent}.{lang}" in RULES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hi Sarah,\nI’d like to add you to my professional network on LinkedIn.\n- Tom", id="en"),
        pytest.param("Bonjour Camille, J’aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.", id="fr"),
        pytest.param("Hola Ana: Me gustaría añadirte a mi red profesional en LinkedIn. Saludos, Pablo", id="es"),
        pytest.param("Hallo Herr Weber, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", id="de"),
        pytest.param("Marco, vorrei aggiungerti alla mia rete professionale su LinkedIn. 🙂", id="it"),
        pytest.param("Olá João! Gostaria de adicioná-lo à minha rede profissional no LinkedIn.", id="pt"),
        pytest.param("Hoi Sanne, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn. Groeten, Bram", id="nl"),
    ],
)
def test_default_template_in_every_language_with_greeting_name_and_signature(text):
    hits = run_rules(text)
    assert any(h.intent == "default_template" and h.rule.startswith("default_template") for h in hits)


@pytest.mark.parametrize("text", ["Hi", "Bonjour Camille", "Hola 🙂", "Hallo!", "Ciao Marco", "Olá", "Hoi Sanne 👋", "👍", "   "])
def test_near_empty_notes_are_no_note(text):
    hits = run_rules(text)
    assert hits and hits[0].intent == "no_note"


def test_empty_note_rule():
    assert [h.rule for h in run_rules("")] == ["empty_note"]


def test_a_hit_quotes_the_original_words():
    hits = run_rules("Bonjour Camille, nous nous sommes rencontrés au salon E-Marketing !")
    assert any(h.quote == "nous nous sommes rencontrés" for h in hits)


@pytest.mark.parametrize(
    "text, core",
    [
        ("Bonjour Madame Laurent, je suis étudiant. Cordialement, Paul", "je suis etudiant"),
        ("Hallo Herr Weber, wir haben uns getroffen. Viele Grüße, Jan", "wir haben uns getroffen"),
        ("Hi Tom!! Great to meet you 😀 - Ana", "great to meet you"),
        ("Ciao Marco, ti ho conosciuto al convegno. Un saluto, Luca Bianchi", "ti ho conosciuto al convegno"),
    ],
)
def test_normaliser_strips_greetings_names_emoji_and_signatures(text, core):
    assert normalize(text).core == core


def test_the_prefilter_never_changes_what_the_rules_find():
    """run_rules skips the rules none of whose required strings is in the note: on every note of the corpus (and a
    few written to sit on the edges: stock texts with "on LinkedIn", cue words split by punctuation or case), the
    hits are those of running every rule."""
    texts = [example.text for example in CORPUS] + [
        "I'd like to add you to my professional network on LinkedIn", "Je souhaite vous ajouter à mon réseau sur LinkedIn",
        "WE MET AT THE PYCON BOOTH!", "We-met at the booth", "", "🙂", "Hallo, wir haben uns auf der DMEXCO getroffen",
    ]
    assert len(texts) > 1000
    for text in texts:
        note = normalize(text)
        every = [h for fn in RULES.values() if (h := fn(note)) is not None]
        assert run_rules(text) == every, text
