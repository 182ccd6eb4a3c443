"""Wave 152 B: course and certificate choices. "A certifying course or a bootcamp?" is weighed (never her own training's
attestation); SEO certificates asked by someone in a marketing job ("Junior Online-Marketing Manager") get the SEO
courses for the work at hand, never ads certificates and interview prep; a platform's course the sender is not sure was
hers ("auf Udemy … glaube ich jedenfalls, dass es deins war") is answered (not hers) with the advanced course asked."""

from drafting import sample_draft

from invitriage.drafts.career import stage


# --- a certifying course or a bootcamp -------------------------------------------------------------------------------

def test_certifying_course_or_bootcamp_is_weighed_not_her_attestation():
    d = sample_draft("Bonjour, je suis en reconversion (ancienne comptable) et je voudrais me former au marketing digital. "
                     "Vous conseilleriez plutôt une formation certifiante ou un bootcamp ? Merci beaucoup pour votre retour",
                     headline="En reconversion – marketing digital", name="Sandrine Petit")
    assert "bootcamp" in d.lower() and "certifiante" in d
    assert "attestation" not in d


def test_bootcamp_or_certified_course_in_other_languages():
    en = sample_draft("Hi Camille, I'm retraining after 10 years in retail and want to get into digital marketing. "
                      "Would you recommend a bootcamp or a certified online course? Thanks", headline="Career changer")
    assert "bootcamp" in en.lower() and "certifying course" in en and "certificate of completion" not in en
    de = sample_draft("Hallo Camille, ich bin Quereinsteigerin aus der Pflege. Lieber ein Bootcamp oder eine zertifizierte "
                      "Weiterbildung im Online-Marketing? Danke!")
    assert "Bootcamp ist" in de and "Teilnahmebescheinigung" not in de
    es = sample_draft("Hola Camille, quiero reconvertirme al marketing digital. ¿Me recomiendas un bootcamp o un curso certificado? Gracias")
    assert "bootcamp es" in es.lower() and "certificado de asistencia" not in es


def test_her_own_trainings_certificate_still_answered():
    d = sample_draft("Bonjour Camille, est-ce que vos formations donnent droit à une certification à la fin ? Merci")
    assert "attestation de fin de formation" in d and "bootcamp" not in d.lower()
    en = sample_draft("Hi Camille, do your trainings come with a certificate at the end?")
    assert "certificate of completion" in en


# --- SEO certificates for someone in a marketing job -----------------------------------------------------------------

def test_seo_certificates_for_someone_employed_are_seo_courses_not_ads_or_interviews():
    d = sample_draft("Guten Tag, ich bin Junior Online-Marketing Manager und würde gern wissen, welche SEO-Zertifikate Sie "
                     "für den Einstieg empfehlen würden. Vielen Dank im Voraus! Tim Schulz",
                     headline="Junior Online Marketing Manager", name="Tim Schulz")
    assert "SEO" in d.split("\n", 3)[3]
    assert "Meta Blueprint" not in d and "Vorstellungsgespräch" not in d


def test_seo_certificates_in_other_languages_never_ads_certificates():
    de = sample_draft("Hallo Camille, ich bin Performance-Marketing Managerin bei einem Onlineshop. Welche SEO-Zertifikate "
                      "lohnen sich für den Einstieg? Danke, Sara")
    assert "SEO" in de and "Meta Blueprint" not in de and "Vorstellungsgespräch" not in de
    es = sample_draft("Hola Camille, soy junior en marketing. ¿Qué certificaciones de SEO me recomiendas para empezar? Gracias",
                      headline="Junior marketing")
    assert "SEO" in es and "Meta Blueprint" not in es


def test_a_hyphenated_role_is_a_job_held():
    assert stage("ich bin Junior Online-Marketing Manager und würde gern wissen, welche Zertifikate helfen") == "employed"
    assert stage("ich bin Junior Online-Marketing Manager und suche eine neue Stelle") != "employed"


def test_a_student_breaking_in_still_gets_the_certificates_by_job():
    d = sample_draft("Hi Camille, I'm a student trying to break into digital marketing. Which certification should I get first?",
                     headline="Marketing student")
    assert "Meta Blueprint" in d and "Google Ads" in d


# --- a platform's course she is not sure was hers, and the advanced course asked --------------------------------------

def test_platform_course_doubted_is_answered_with_the_advanced_course():
    d = sample_draft("Hallo Camille! Ich habe dein Training zu Google Analytics 4 auf Udemy gemacht (glaube ich jedenfalls "
                     "dass es deins war 😅). Gibt es auch einen Fortgeschrittenen-Kurs? Liebe Grüße, Nina",
                     headline="Marketing Assistentin", name="Nina Becker")
    assert "Auf Udemy habe ich keinen Kurs" in d and "Aufbaukurs" in d and "Vertiefung" in d
    assert "meine Schulung" not in d and "auf Udemy!" not in d and "wo du gerade stehst" not in d


def test_platform_course_doubted_in_other_languages():
    en = sample_draft("Hi Camille, I did your Google Ads training on Udemy last year (at least I think it was yours!). "
                      "Is there an advanced course too? Thanks, Emma")
    assert "I don't have a course on Udemy" in en and "follow-up on Google Ads" in en and "my training" not in en
    fr = sample_draft("Bonjour Camille, j'ai suivi ta formation SEO sur Udemy (enfin je crois que c'était la tienne). "
                      "Est-ce qu'il existe un niveau avancé ? Merci, Léa")
    assert "Je n'ai pas de cours sur Udemy" in fr and "ma formation" not in fr
    nl = sample_draft("Hoi Camille, ik heb jouw training over SEO op Udemy gevolgd (denk ik tenminste dat die van jou was). "
                      "Is er ook een vervolgcursus voor gevorderden? Groetjes, Eva")
    assert "Ik heb geen cursus op Udemy" in nl and "mijn training" not in nl


def test_her_own_course_taken_keeps_its_follow_up():
    d = sample_draft("Hallo Camille, ich habe deinen SEO-Kurs gemacht und fand ihn super. Gibt es einen Aufbaukurs? LG Jana")
    assert "bei meinem Training dabei warst" in d and "Einen festen Aufbaukurs gibt es nicht" in d and "Udemy" not in d
