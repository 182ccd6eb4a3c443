"""Wave 79 C: a direct question gets the answer to that question, about the subject asked."""
from drafting import sample_draft


def test_follow_up_names_the_platform_asked_not_the_course_taken_nl() -> None:
    d = sample_draft("hoi camille heb je cursus over facebook ads gevolgd, echt top! komt er ook een vervolg over tiktok? groetjes Tom",
                     headline="Eigenaar fietsenwinkel", name="Tom Vos")
    assert "vervolg op maat over TikTok" in d
    assert "facebook ads samenstellen" not in d and "over Facebook Ads samenstellen" not in d


def test_follow_up_names_the_platform_asked_en_it() -> None:
    en = sample_draft("hi camille, took your facebook ads course last year, really great! is there a follow-up on tiktok?", headline="Owner", name="Ana Ruiz")
    assert "follow-up on TikTok" in en
    it = sample_draft("Ciao Camille, ho seguito il tuo corso sui Facebook Ads, fantastico! C'è un livello avanzato su tiktok?", headline="Owner", name="Ana Ruiz")
    assert "dedicato a TikTok" in it


def test_advanced_course_asked_after_her_online_course_de() -> None:
    d = sample_draft("Servus Camille, ich bin über deinen Kurs auf Udemy zu dir gekommen, super erklärt!! Gibts eigentlich auch einen Fortgeschrittenen-Kurs? lg Andreas",
                     headline="E-Commerce Manager", name="Andreas Huber")
    assert "Einen festen Aufbaukurs gibt es nicht" in d
    assert "welche ich an deiner Stelle wählen würde" not in d


def test_une_suite_asked_fr() -> None:
    d = sample_draft("bonjour camille, j'ai suivi votre formation SEO, top ! il y a une suite sur instagram ?", headline="Gérante", name="Ana Ruiz")
    assert "une suite sur mesure sur Instagram" in d
    assert "15 minutes au téléphone" not in d


def test_talk_requested_with_a_date_gets_the_speaker_yes_fr_en_de() -> None:
    fr = sample_draft("Madame Laurent,\nJe me permets de vous solliciter pour une intervention sur la stratégie de contenu lors de notre journée des "
                      "entrepreneurs le 14 mai à Villeurbanne. Seriez-vous disponible ?\nBien cordialement,\nPhilippe Garnier",
                      headline="Président – Club des Entrepreneurs de Villeurbanne", name="Philippe Garnier")
    assert "je note la date et je vous confirme" in fr and "14 mai" in fr
    assert "appel de 20 minutes" not in fr
    en = sample_draft("Dear Ms Laurent, I'm writing to ask you for a talk on content strategy at our entrepreneurs' day on 14 May in Lyon. Would you be available?",
                      headline="President – Entrepreneurs Club", name="Philippe Garnier")
    assert "noted the date and will check my diary" in en and "14 May" in en
    de = sample_draft("Sehr geehrte Frau Laurent, ich möchte Sie für einen Vortrag zur Content-Strategie auf unserer Konferenz am 14. Mai anfragen. Hätten Sie Zeit?",
                      headline="Vorstand – Unternehmerclub", name="Philipp Garner")
    assert "ich notiere mir den Termin" in de
    assert "Ihr Budget" not in de
