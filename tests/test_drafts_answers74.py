"""Wave 74, group A: the owner's answers (employed learners, a platform asked about, wording)."""
from drafting import sample_draft


# --- someone already in the job asking for SEO books or courses: the employed answer, no certificate or recruiter remark ---

def test_employed_junior_asking_for_seo_books_gets_the_in_the_job_answer():
    nl = sample_draft("Hoi, ik werk sinds kort als junior online marketeer en wil beter worden in SEO. Welke boeken of "
                      "cursussen raad je aan? thanks!! Tim")
    assert "Semrush Academy" in nl and "echte site" in nl
    assert "Recruiters" not in nl and "officiële certificering" not in nl
    es = sample_draft("Hola Camille, trabajo desde hace poco como junior de marketing online y quiero mejorar en SEO. "
                      "¿Qué libros o cursos me recomiendas?")
    assert "Semrush Academy" in es and "reclutadores" not in es and "certificación oficial" not in es
    en = sample_draft("Hi Camille, I recently started as a junior marketing assistant and want to get better at SEO. "
                      "Which books or courses would you recommend?")
    assert "Semrush Academy" in en and "recruiters" not in en and "no official certification" not in en


def test_employed_answer_has_no_unasked_certificate_remark_in_german():
    de = sample_draft("Hi, ich bin Junior im Online Marketing (seit 6 Monaten) und wollte fragen ob du Bücher oder Kurse "
                      "empfehlen kannst um bei SEO besser zu werden? Danke schonmal!! Max")
    assert "SEO-Startleitfaden" in de and "kein offizielles Zertifikat" not in de


def test_lost_job_is_not_read_as_employed():
    it = sample_draft("Ciao Camille, ho perso il lavoro da poco dopo 5 anni come social media manager. Secondo te conviene "
                      "prendere una certificazione Google Ads o puntare sulla SEO? Ogni consiglio è prezioso, grazie")
    assert "Visto che sei già nel ruolo" not in it


# --- "does it work on Shopify too?": said in so many words; Italian answers and echoes say "la SEO" ---

def test_platform_too_is_answered_yes_by_name():
    it = sample_draft("ciao camille, ho visto il tuo post sul seo per e-commerce,  si puo fare anche con shopify? grazie ciao")
    assert "Sì, funziona anche su Shopify." in it and "sulla SEO per e-commerce" in it and "sul SEO" not in it
    en = sample_draft("Hi Camille, saw your post on SEO for online stores. Does it work with Shopify too?")
    assert "Yes, it works on Shopify too." in en
    de = sample_draft("Hallo Camille, dein Beitrag über SEO für Onlineshops war super. Geht das auch mit Shopify?")
    assert "Ja, das geht auch mit Shopify." in de
    nl = sample_draft("Hoi Camille, leuke post over SEO voor webshops. Kan dat ook met Shopify?")
    assert "Ja, dat werkt ook op Shopify." in nl


def test_italian_echo_of_a_piece_says_la_seo():
    it = sample_draft("Ciao Camille, ho letto il tuo articolo sul SEO locale, molto utile! Grazie")
    assert "sulla SEO locale" in it and "sul SEO" not in it


# --- wording ---

def test_hubspot_answer_says_email_marketing():
    en = sample_draft("hi camille, im trying to break into digital marketing after 5 yrs in retail. what certifications "
                      "would you recommend first? google ads or hubspot? thx")
    assert "email marketing" in en and "emailing" not in en


def test_her_start_story_is_not_redundant_in_spanish():
    es = sample_draft("hola camille! soy estudiante de marketing digital en la universidad de valencia y me gustaria saber "
                      "como empezaste como consultora. algun consejo para alguien que empieza? gracias!!")
    assert "empecé en una pyme" in es and "de una pyme" not in es
