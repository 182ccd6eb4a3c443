"""Wave 67, group A (Dutch first): budget answers that say one clear thing, course advice for starters, wording."""
from drafting import sample_draft


# --- the TikTok budget answer: below the ad-group minimum start organic, from it run one ad group (never both at once) ---

def test_tiktok_budget_answer_is_a_clear_condition_in_several_languages():
    nl = sample_draft("Hoi, ik heb een webshop in kaarsen. Heeft TikTok-advertenties zin met 300 euro budget per maand?",
                      headline="Eigenaar | Kaarsenhuis")
    assert "Met minder zegt een betaalde test weinig" in nl and "vanaf dat bedrag" in nl
    assert "Met dat budget zou ik" not in nl
    de = sample_draft("Hallo Camille, ich verkaufe Kerzen online. Lohnt sich TikTok-Werbung mit 300 € Budget im Monat?")
    assert "ab diesem Betrag" in de and "Mit diesem Budget würde ich" not in de
    en = sample_draft("Hi Camille, I run a small tea shop online. Is TikTok ads worth it with a budget of 1000 a month?")
    assert "from that amount on" in en and "With that, I'd run" not in en
