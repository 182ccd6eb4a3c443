"""Wave 150, group L (German and Dutch): links or an offshore dev team sold to her are a pitch declined politely, never
a white-label partnership, her rates or a call; a tool for social listening is answered honestly, never with a question
about the sender's website platform."""

from __future__ import annotations

from drafting import sample_draft


def test_backlinks_sold_are_a_pitch_declined_not_a_partnership() -> None:
    # 174 de_nl note-7: "Agentur für Whitelabel-Backlinks … 50 DA50+ Links für nur 499€" read as an exciting partnership
    de = sample_draft("Hi Camille, wir sind eine Agentur für Whitelabel-Backlinks und bieten dir 50 hochwertige DA50+ Links "
                      "für nur 499€ an. Interesse? Schreib mir einfach!", headline="Sales Manager | LinkBoost", name="Kevin Braun")
    assert "keinen Bedarf" in de
    assert "spannend" not in de and "White-Label" not in de and "Telefonat" not in de
    nl = sample_draft("Hoi Camille, wij zijn een bureau voor white-label backlinks en bieden je 50 DA50+ links voor maar €499. "
                      "Interesse?", headline="Sales | LinkPro", name="Bram de Vries")
    assert "geen behoefte" in nl and "bellen" not in nl


def test_offshore_dev_team_offering_a_free_quote_is_a_pitch_not_a_client() -> None:
    # 174 de_nl note-29: "offshore dev team … vanaf €15/uur. Wil je een gratis offerte ontvangen?" answered with her rates
    nl = sample_draft("Hallo, wij zijn een offshore dev team en bouwen websites en apps vanaf €15/uur. Wil je een gratis "
                      "offerte ontvangen? Groeten, Dennis", headline="Business Development | CodeBridge", name="Dennis Bakker")
    assert "geen behoefte" in nl
    assert "tarie" not in nl and "bellen" not in nl and "voorstel" not in nl


def test_social_listening_tool_gets_an_honest_answer_not_a_platform_question() -> None:
    # 175 de_nl note-20: "welches Tool du für Social Listening nutzt?" answered with "worauf deine Website läuft"
    de = sample_draft("Hallo Camille, danke für deinen Kommentar unter meinem Post zu Employer Branding! Fand deinen Punkt zu "
                      "UGC sehr spannend. Magst du mir sagen, welches Tool du für Social Listening nutzt? Grüße aus Hamburg, Lukas",
                      headline="Employer Branding Lead @ Nordlicht Logistik", name="Lukas Meyer")
    assert "Für Social Listening nutze ich kein bestimmtes Tool" in de and "Brand24" in de
    assert "Website" not in de and "Shopify" not in de
    nl = sample_draft("Hoi Camille, welke tool gebruik jij voor social listening?", headline="Marketeer", name="Sanne Jansen")
    assert "gebruik ik geen vaste tool" in nl and "Shopify" not in nl
    en = sample_draft("Hi Camille, which tool do you use for social listening?", headline="Marketer", name="Sam Lee")
    assert "I don't use one tool in particular" in en and "Shopify" not in en
    it = sample_draft("Ciao Camille, quale strumento usi per il social listening?", headline="Marketing", name="Marco Rossi")
    assert "non uso uno strumento in particolare" in it and "Shopify" not in it


def test_heatmap_tool_still_asks_what_the_site_runs_on() -> None:
    # 175 de_nl note-20 neighbour that must not change: a heatmap tool does depend on the site's platform
    de = sample_draft("Hallo Camille, welches Tool nutzt du für Heatmaps?", headline="Shop", name="Tim Wolf")
    assert "Für Heatmaps hängt das passende Tool vor allem davon ab, worauf deine Website läuft" in de


def test_agency_seeking_white_label_seo_partners_stays_a_partnership() -> None:
    # 174 de_nl note-7 neighbour: an agency seeking white-label SEO work from her is a partner, never a pitch declined
    en = sample_draft("Hi Camille, our agency is looking for white-label SEO partners. Would you be open to subcontracting "
                      "work for us?", headline="Founder | WebAgency", name="Tom Hardy")
    assert "no need" not in en.lower()
