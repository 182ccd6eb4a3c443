"""Wave 31, group E: a named piece praised is thanked with its topic; two ad networks named keep both."""

from __future__ import annotations

from drafting import draft


def test_praised_piece_named_with_its_topic_and_thanked() -> None:
    # (lang, note, the topic as the draft must name it, a word of thanks for the praise)
    notes = [
        ("en", "Hello Camille, I've followed your blog for a while now. Your article on repurposing webinars into posts was excellent, thanks! Sophie",
         "on repurposing webinars into posts", "kind words"),
        ("nl", "Hoi Camille, je artikel over lokale SEO voor bakkers was erg sterk, ik lees je al een tijdje. Groetjes, Femke",
         "over lokale SEO voor bakkers", "aansprak"),
        ("fr", "Bonjour Camille, je lis ta newsletter depuis longtemps. Ton article sur les budgets TikTok pour les artisans était vraiment top ! Léa",
         "sur les budgets TikTok pour les artisans", "plu"),  # wave 41: "Ravie que ça t'ait plu", not "me touche beaucoup"
        ("de", "Hallo Camille, ich lese deine Beiträge schon länger. Dein Beitrag über Content-Recycling war wirklich stark, klasse! Jonas",
         "über Content-Recycling", "angesprochen"),
    ]
    for lang, note, topic, thanks in notes:
        text = draft(note, lang, "content")
        assert topic in text, (lang, text)
        assert text.count(topic) == 1, (lang, text)
        assert thanks in text, (lang, text)


def test_two_ad_networks_named_keep_both() -> None:
    notes = [
        ("en", "Hi Camille, I run a small candle shop online and need help with Facebook and Instagram ads. Could we talk next week? Dan",
         "Facebook and Instagram ads"),
        ("fr", "Bonjour Camille, je gère une petite boutique de bijoux et j'ai besoin d'aide pour mes pubs Facebook et Instagram. On peut en parler ? Inès",
         "Facebook et Instagram"),
        ("it", "Ciao Camille, ho un piccolo negozio online e ho bisogno di aiuto con Facebook e Instagram Ads. Possiamo sentirci? Marco",
         "Facebook e Instagram"),
        ("nl", "Hoi Camille, ik heb een kleine webshop en zoek hulp bij Facebook en Instagram ads. Kunnen we bellen? Joost",
         "Facebook- en Instagram-advertenties"),
    ]
    for lang, note, both in notes:
        text = draft(note, lang, "client")
        assert both in text, (lang, text)
