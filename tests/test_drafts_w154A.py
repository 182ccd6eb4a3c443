"""Wave 154, group A: expert questions answered on their point. Reporting tools for Meta + Google Ads get the tools
(Looker Studio, a Meta connector, GA4 with UTMs), not how she measures the ROI; SEO weighed against a Google Business
Profile and Instagram for a local shop gets her pick, not "to choose between local bakery and Google"; a student asking
whether a cert is worth it before applying for internships elsewhere gets no "I don't take
interns"; the career changer's course answer reads as English; a graduate asking how to stand out with agencies gets
the stand-out tip, not agency against in-house."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_reporting_tools_for_meta_and_google_ads_named():
    notes = [
        ("hi camille im a junior marketer in dublin, just got my first job doing social ads. what tools would u recommend "
         "for reporting on facebook + google ads campaigns? thx!!", "Junior Digital Marketing Executive", "Conor Murphy"),
        ("Hoi Camille, welke tools raad je aan voor rapportages over Meta- en Google Ads-campagnes? Groetjes",
         "Online marketeer", "Lotte Visser"),
        ("Hallo Camille, welches Tool nutzt du für das Reporting von Facebook- und Google-Kampagnen?",
         "Performance Marketing", "Jonas Weber"),
    ]
    for note, headline, name in notes:
        draft = sample_draft(note, headline, name)
        assert "Looker Studio" in draft and "Supermetrics" in draft, draft
        assert "count the hours" not in draft and "ROAS" not in draft, draft


def test_roi_question_keeps_its_measurement_answer():
    draft = sample_draft("Hi Camille, how do you measure the ROI of your clients' Meta ads?", "E-commerce manager", "Sam Lee")
    assert "Supermetrics" not in draft, draft


def test_seo_against_business_profile_and_instagram_for_a_local_shop():
    notes = [
        ("Hi Camille - quick q: is it still worth doing SEO for a local bakery or should I just focus on Google Business "
         "Profile + Instagram? Your post yesterday got me thinking. Thanks, Jen", "Owner, Jen's Bakehouse", "Jennifer Walsh"),
        ("Bonjour Camille, pour ma fromagerie à Annecy, le SEO vaut-il encore le coup ou je me concentre sur ma fiche "
         "Google Business et Instagram ?", "Gérante, Fromagerie du Lac", "Sophie Brunet"),
        ("Hola Camille, tengo una floristería en Valencia: ¿merece la pena el SEO o me centro en el perfil de empresa en "
         "Google e Instagram?", "Florista", "Marta Gil"),
    ]
    for note, headline, name in notes:
        draft = sample_draft(note, headline, name)
        assert "choose between" not in draft and "budget" not in draft and "presupuesto" not in draft, draft
        assert "SEO" in _body(draft) and "Instagram" in _body(draft), draft


def test_business_profile_against_ads_keeps_the_profile_first():
    draft = sample_draft("Hi Camille, for my café: should I run Google Ads or just focus on my Google Business Profile?",
                         "Owner, Corner Café", "Mia Chen")
    assert "I'd start with the Google Business Profile" in draft, draft


def test_ga_cert_before_applying_for_internships():
    notes = [
        ("hey! comms student here, do u think its worth getting the google analytics cert before applying for internships? "
         "thx 🙏", "Communications student @ University of Leeds", "Ben Harris"),
        ("Salut Camille, étudiante en com, ça vaut le coup de passer une certification Google avant de postuler à des "
         "stages ?", "Étudiante en communication", "Emma Roux"),
    ]
    for note, headline, name in notes:
        draft = sample_draft(note, headline, name)
        assert "certif" in draft.lower(), draft
        assert "interns" not in draft and "stagiaires" not in draft, draft


def test_internship_asked_of_her_still_gets_her_no():
    draft = sample_draft("Hi Camille, I'm a marketing student looking for a 6-month internship from March. Do you take "
                         "interns?", "Marketing student", "Lily Evans")
    assert "interns" in draft, draft


def test_career_changer_course_answer_reads_as_english():
    draft = sample_draft("Hi Camille, I'm switching careers from accounting into digital marketing. Which course or "
                         "certification would you recommend to start with? Thanks so much.\nRebecca",
                         "Career changer - Digital marketing", "Rebecca Stone")
    assert "HubSpot Academy" in draft and "GA4" in draft, draft
    for clumsy in ("map of the field", "one can read", "Each lesson tried"):
        assert clumsy not in draft, draft


def test_standing_out_with_agencies_gets_the_tip_only():
    notes = [
        ("Beste Camille, ik ben net afgestudeerd (MSc Marketing, Erasmus) en ben op zoek naar een eerste baan in digital "
         "marketing. Heb je tips hoe ik kan opvallen bij bureaus? Alvast heel erg bedankt! Noor",
         "Afgestudeerd MSc Marketing | op zoek naar een startersfunctie", "Noor Hermans", "op te vallen"),
        ("Hi Camille, I just finished my master in marketing and I am applying for junior roles. How can I stand out when "
         "applying to agencies? Thanks!", "MSc Marketing graduate", "Tom Reed", "stand out"),
    ]
    for note, headline, name, tip in notes:
        draft = sample_draft(note, headline, name)
        assert tip in draft, draft
        assert "Beide" not in draft and "Both teach" not in draft, draft


def test_agency_or_in_house_keeps_both_sides():
    draft = sample_draft("Hoi Camille, ik ben net afgestudeerd. Bureau of inhouse, wat zou jij doen als eerste baan?",
                         "Afgestudeerd marketing", "Sem Bakker")
    assert "Beide leren je veel" in draft, draft
