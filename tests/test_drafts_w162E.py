"""Wave 162 E: career advice that fits the person. A job seeker with agency years who asks how to start as a freelancer
gets the freelance start (network, first projects, a day rate), never CV tips nor the beginner's "agency first"; a junior
in an agency who asks how to specialise in advertising gets that, never first-months tips; a shop owner asking for SEO
resources is told nothing about convincing recruiters ("shop online" read as a shop); the content-course answer names a
real course and says it in whole sentences; a newcomer's thanks line welcomes and acknowledges their years before the
promise to pass on leads, and "4 yrs experience in content" is acknowledged."""
from drafting import sample_draft

from invitriage.drafts import told


def test_job_seeker_asks_how_to_start_freelancing():
    # 204 de_nl note-10
    de = sample_draft("hallo camille, bin grad auf jobsuche nach 2 jahren als social media manager in einer agentur. hättest du evtl tipps "
                      "wie man als freelancer startet? oder suchst du unterstützung? lg max", "Social Media Manager | offen für neue Projekte", "Max Fischer")
    assert "Netzwerk" in de and "Tagessatz" in de, de
    assert "Headline" not in de and "Recruiter" not in de, de
    fr = sample_draft("Bonjour Camille, je cherche un emploi après 4 ans en agence comme chargée SEO. Des conseils pour me lancer en "
                      "freelance ?", "", "Julie Perrin")
    assert "réseau" in fr and "taux journalier" in fr and "en débutant" not in fr, fr
    it = sample_draft("Ciao Camille, sto cercando lavoro dopo 3 anni in agenzia come social media manager. Consigli per partire come "
                      "freelance?", "", "Marco Bianchi")
    assert "tariffa giornaliera" in it and "all'inizio è la strada più dura" not in it, it


def test_experienced_job_search_keeps_positioning_tips():
    en = sample_draft("Hi Camille, after 5 years in an agency I am looking for a new job. Any tips on how to position myself?", "", "Tom Reed")
    assert "headline" in en and "day rate" not in en, en


def test_junior_asks_how_to_specialise_in_ads():
    # 204 es_pt_it note-62
    it = sample_draft("Ciao Camille, sono junior social media manager in un'agenzia a Napoli. Hai qualche consiglio su come specializzarmi "
                      "in advertising? Ti stimo tanto", "", "Antonio Russo")
    assert "primi mesi" not in it and "specializzarti in advertising" in it, it
    es = sample_draft("Hola Camille, soy junior en una agencia de marketing en Sevilla. ¿Algún consejo para especializarme en publicidad "
                      "de pago?", "", "Pablo Ruiz")
    assert "primeros meses" not in es and "especializarte en publicidad" in es, es
    en = sample_draft("Hi Camille, I just started as a junior at an agency in Leeds. Any advice on how to specialise in paid ads?", "", "Sam Cole")
    assert "first months" not in en and "specialise in advertising" in en, en


def test_shop_owner_not_told_about_recruiters():
    # 205 es_pt_it note-52
    it = sample_draft("Ciao, ho appena aperto un piccolo shop online di olio extravergine e non so da dove partire con il SEO. Mi "
                      "consiglieresti qualche risorsa per iniziare?", "Fondatrice di Oro di Puglia - olio EVO", "Chiara De Luca")
    assert "chi assume" not in it and "guida introduttiva" in it, it
    en = sample_draft("Hello Camille, I just launched a small store online selling handmade candles. Any resources to learn SEO?",
                      "Founder, Wick & Co", "Amy Hall")
    assert "recruiters" not in en and "Starter Guide" in en, en


def test_job_seeker_still_told_what_convinces_recruiters():
    en = sample_draft("Hi Camille, I'm looking for a junior SEO job. Which SEO courses or resources would you recommend?", "", "Ben Ward")
    assert "recruiters" in en, en


def test_content_course_named_and_whole_sentences():
    # 204 fr_en note-20
    fr = sample_draft("Bonjour Madame, je suis en reconversion professionnelle (ancienne infirmière) et je souhaite me former au marketing "
                      "digital. Quelle formation me conseilleriez-vous ? Respectueusement, Nadia Cherif", "En reconversion vers le marketing digital", "Nadia Cherif")
    assert "HubSpot Academy" in fr and "Commencer par les gratuites" not in fr, fr
    it = sample_draft("Ciao Camille, ero infermiera e mi sto riconvertendo nel marketing digitale. Che corso mi consiglieresti?", "", "Anna Neri")
    assert "content strategy come quello di HubSpot Academy" in it and "Tutti gratuiti" in it, it
    # neighbour: a content role aimed at keeps its content-marketing course answer
    en = sample_draft("Hi Camille, I'm a former teacher retraining and I'm aiming for a content marketing role. Which course would you "
                      "recommend to start? Thanks!", "", "Sam Moreau")
    assert "content-strategy course" in en and "Meta Blueprint" not in en, en


def test_newcomer_welcomed_before_promise():
    # 204 fr_en note-35
    en = sample_draft("Hi Camille, I recently moved to Lyon and I'm looking for a role in digital marketing (4 yrs experience in content). "
                      "Any advice or contacts you could share? Many thanks", "Content Marketer | Open to work", "Emily Watson")
    thanks = en.split("\n")[2]
    assert thanks.index("settling in") < thanks.index("If I hear of"), en
    assert "4 years of experience in content" in en and "many jobs" not in en, en


def test_bare_english_experience_years():
    assert told.experience_line("looking for a role (3 yrs experience in PPC).", "en", informal=True) == \
        "With 3 years of experience in PPC behind you, you have a lot to offer."
    assert told.experience_line("I'm 25 years old and looking for a job.", "en", informal=True) == ""
