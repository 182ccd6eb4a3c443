"""Wave 114, group C: a one-to-one training asked on a named subject (Meta ads, SEO, Instagram Ads) keeps the subject in the
next step instead of asking the learner what they would like to learn."""

from __future__ import annotations

from drafting import sample_draft


def test_training_subject_named_is_not_reasked() -> None:
    # 114 fr_en note-42: "do you offer 1:1 training so I can run my own Meta ads?" answered "Tell me what you'd like to learn"
    en = sample_draft("Hi Camille, Mike from the Lyon Startup Meetup mentioned you. I'm launching a DTC skincare brand - do you offer 1:1 "
                      "training so I can run my own Meta ads? Thanks, Grace", headline="Founder, Lumi Skin", name="Grace Kim")
    assert "what you'd like to learn" not in en and "what you would like to learn" not in en
    assert "where you stand with meta ads" in en.lower()  # "Meta Ads" as Meta writes it (wave 160 F restyles product names)
    fr = sample_draft("Bonjour Camille, proposez-vous des formations en individuel sur le SEO ? J'ai une petite boutique en ligne.",
                      headline="Gérante", name="Julie Martin")
    assert "ce que vous aimeriez apprendre" not in fr
    assert "côté SEO" in fr
    es = sample_draft("Hola Camille, ¿ofreces formación individual en Instagram Ads? Tengo una tienda online.", headline="Fundadora", name="Lucía Pérez")
    assert "qué te gustaría aprender" not in es
    assert "en Instagram Ads" in es


def test_training_without_subject_still_asks_what_to_learn() -> None:
    en = sample_draft("Hi Camille, do you offer 1:1 training? I'm launching a small skincare brand. Thanks, Grace",
                      headline="Founder, Lumi Skin", name="Grace Kim")
    assert "where you stand with" not in en


def test_traffic_drop_and_a_look_asked_gets_a_yes() -> None:
    # 114 fr_en note-25: "our organic traffic has dropped 40% since March. Could you have a look?" answered by "tell me your budget"
    en = sample_draft("Hi Camille, Priya Shah suggested I reach out. I run a small online store selling handmade candles in Manchester and our "
                      "organic traffic has dropped 40% since March. Could you have a look or point me to someone who can?\nTom",
                      headline="Owner – Wick & Wax", name="Tom Harris")
    assert "budget" not in en
    assert "glad to take a look" in en and "Search Console" in en
    de = sample_draft("Hallo Camille, unser Traffic ist seit April eingebrochen. Könnten Sie einen Blick darauf werfen?", headline="Inhaber", name="Jonas Weber")
    assert "Budget" not in de and "Search Console" in de


def test_traffic_look_needs_both_the_drop_and_the_look() -> None:
    from invitriage.drafts.quickq import traffic_look
    assert traffic_look("il traffico del mio sito è calato del 30%. Potresti darci un'occhiata?")
    assert traffic_look("ons verkeer is flink gedaald sinds de update. Zou u er eens naar kunnen kijken?")
    assert not traffic_look("Could you have a look at my website? I'd love feedback.")
    assert not traffic_look("Our traffic dropped 40% since March, what would you do first?")
