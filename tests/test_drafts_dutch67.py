"""Wave 67, group A (Dutch first): budget answers that say one clear thing, course advice for starters, wording."""
from drafting import sample_draft


# --- the TikTok budget answer: below the ad-group minimum start organic, from it run one ad group (never both at once) ---

def test_tiktok_budget_answer_is_a_clear_condition_in_several_languages():
    nl = sample_draft("Hoi, ik heb een webshop in kaarsen. Heeft TikTok-advertenties zin met 300 euro budget per maand?",
                      headline="Eigenaar | Kaarsenhuis")
    assert "is het budget te krap voor TikTok-advertenties" in nl and "vanaf dat bedrag" in nl
    assert "Met dat budget zou ik" not in nl
    de = sample_draft("Hallo Camille, ich verkaufe Kerzen online. Lohnt sich TikTok-Werbung mit 300 € Budget im Monat?")
    assert "ab diesem Betrag" in de and "Mit diesem Budget würde ich" not in de
    en = sample_draft("Hi Camille, I run a small tea shop online. Is TikTok ads worth it with a budget of 1000 a month?")
    assert "at that level" in en and "With that, I'd run" not in en


# --- a graduate choosing a course (Google Ads or SEO) is answered as a learner, never as a shop choosing a channel ---

def test_graduate_choosing_a_course_never_gets_the_shop_answer():
    nl = sample_draft("Hallo, ik ben net afgestudeerd en wil de online marketing in. Welke cursus raad je aan om mee te "
                      "beginnen, Google Ads of eerder SEO? Daan", headline="Starter in online marketing")
    assert "eerst Google Ads" in nl and "productpagina" not in nl and "verkopen" not in nl
    nl2 = sample_draft("Hoi Camille, ik studeer af in juni en wil graag een cursus volgen: eerst Google Ads of toch SEO? Sanne")
    assert "productpagina" not in nl2 and "certificering" in nl2
    en = sample_draft("Hi Camille, just graduated in marketing. Which course should I start with, Google Ads or SEO? Tom")
    assert "product pages" not in en and "good paths" in en
    es = sample_draft("Hola Camille, tengo una tienda online de velas. ¿Empiezo con Google Ads o con SEO?",
                      headline="Fundadora | Velas Luna")
    assert "fichas de producto" in es  # a shop still gets the shop answer


# --- a workshop's price asked by someone who already knows she gives them: the price, no "I give trainings" before it ---

def test_price_of_a_known_workshop_without_the_redundant_yes_line():
    nl = sample_draft("Lieve Camille, Marie Dubois vertelde me dat jij hele goede trainingen over social ads geeft. Ik heb een "
                      "kleine webshop in Haarlem. Wat kost zo'n workshop ongeveer? Noor", headline="Oprichter | Puur Noor")
    assert "De prijs hangt af van de opzet" in nl
    assert "Ik geef trainingen en workshops" not in nl and "formaat" not in nl
    nl2 = sample_draft("Hoi Camille, via Tom hoorde ik over je SEO-trainingen. Wat vraag je voor een workshop van een dag? Bas",
                       headline="Eigenaar | Fietsenwinkel Bas")
    assert "De prijs hangt af" in nl2 and "Ik geef trainingen" not in nl2
    de = sample_draft("Liebe Camille, Marie hat mir erzählt, dass du sehr gute Trainings zu Social Ads gibst. Ich habe einen "
                      "kleinen Onlineshop. Was kostet so ein Workshop ungefähr? Noor", headline="Gründerin | Pure Noor")
    assert "Der Preis hängt" in de and "Ich gebe Schulungen" not in de and "Ich biete Schulungen" not in de
    es = sample_draft("Hola Camille, una amiga me habló de tus talleres de redes sociales. ¿Cuánto cuesta un taller? Lucía",
                      headline="Fundadora | Tienda Lucía")
    assert "El precio depende" in es and "Imparto" not in es
