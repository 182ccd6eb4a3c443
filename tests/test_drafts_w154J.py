"""Wave 154, group J: job seekers and juniors asking specific advice get it. "How do I improve my profile?" gets the
profile advice (never where to apply nor only "in writing or on a call?"); book or course tips asked get courses to
take (never her own training offer); tips for freelance assignments get how to find first clients; an experienced
job seeker back after a break in the same trade never hears "another sector is a plus"; a recruiter's "Bei Interesse"
is never quoted as the employer."""

from __future__ import annotations

from drafting import sample_draft

_PROFILE_WORDS = ("título", "titolo", "Headline", "headline", "kopregel", "titular")


def test_job_seeker_asking_to_improve_her_profile_gets_profile_advice() -> None:
    # 184 es_pt_it note-33 (pt-BR): where to apply answered instead of the profile asked
    br = sample_draft("Oi Camille! Sou social media júnior e estou procurando emprego. Poderia me dar umas dicas para melhorar "
                      "meu perfil? Muito obrigada 🙏", headline="Social Media Júnior | Em busca de oportunidades", name="Larissa Oliveira")
    assert "Onde procurar" not in br and "título" in br, br
    # 184 es_pt_it note-55 (it): only "in writing or on a call?"
    it = sample_draft("Ciao Camille! Sono una social media manager junior e sto cercando lavoro. Mi daresti qualche consiglio per "
                      "migliorare il mio profilo? Grazie in anticipo 🙏", headline="Social Media Manager Junior | In cerca di nuove opportunità",
                      name="Martina Costa")
    assert "per iscritto qui" not in it and "titolo" in it, it
    es = sample_draft("Hola Camille, soy community manager junior y busco trabajo. ¿Me darías algún consejo para mejorar mi perfil?",
                      headline="Community Manager Junior", name="Lucía Gil")
    assert "Dónde buscar" not in es and "titular" in es, es
    nl = sample_draft("Hoi Camille, ik ben junior marketeer en zoek een baan. Heb je tips om mijn profiel te verbeteren?",
                      headline="Junior marketeer", name="Sanne de Vries")
    assert "Waar je kunt solliciteren" not in nl and "kopregel" in nl, nl


def test_where_to_apply_asked_keeps_the_where_line() -> None:
    br = sample_draft("Oi Camille! Sou social media júnior e estou procurando emprego. Onde você acha que vale a pena me candidatar?",
                      headline="Social Media Júnior", name="Bruna Lima")
    assert "título" not in br or "Onde" in br, br


def test_book_or_course_tips_get_courses_never_her_training_offer() -> None:
    # 184 de_nl note-20 (de): "Hast du Buchtipps oder Kurse …?" read as "do you give courses?"
    de = sample_draft("Hallo Camille, ich bin Junior Social Media Managerin und hab dich auf dem Webinar von HubSpot gesehen. Hast du "
                      "Buchtipps oder Kurse, mit denen ich mich in Paid Social weiterbilden kann? 🙏",
                      headline="Junior Social Media Managerin bei Lidl", name="Hannah Wagner")
    assert "ich gebe Schulungen" not in de and "Wahl zwischen" not in de and "Blueprint" in de, de
    de2 = sample_draft("Hallo Camille, hast du Lesetipps oder Kurse, mit denen ich besser in Social Ads werde?", name="Jonas Weber")
    assert "ich gebe Schulungen" not in de2 and "Blueprint" in de2, de2
    nl = sample_draft("Hoi Camille, ik werk sinds kort als social media marketeer. Heb je leestips of cursussen om beter te worden in "
                      "betaalde social ads?", name="Lotte Smit")
    assert "Blueprint" in nl and "trainingen" not in nl, nl


def test_whether_she_gives_courses_keeps_her_training_offer() -> None:
    de = sample_draft("Hallo Camille, hast du auch Kurse für Anfänger in Social Ads?", name="Jonas Weber")
    assert "ich gebe Schulungen" in de, de


def test_tips_for_freelance_assignments_are_answered() -> None:
    # 185 de_nl note-36 (nl): only "send me your CV"
    nl = sample_draft("Beste Camille, ik ben na 5 jaar als social media manager op zoek naar een nieuwe baan. Heb je tips voor freelance "
                      "opdrachten in marketing, of ken je bedrijven die zoeken? Alvast dank, Anouk Bos", name="Anouk Bos")
    assert "netwerk" in nl and "cv" in nl, nl
    de = sample_draft("Hallo Camille, nach 4 Jahren im Marketing suche ich Freelance-Aufträge. Hast du Tipps, wie ich welche finde?",
                      name="Lena Fuchs")
    assert "Netzwerk" in de, de
    en = sample_draft("Hi Camille, I have 6 years in social media and I am now looking for freelance assignments. Any tips on where "
                      "to find them?", name="Tom Reed")
    assert "people you already know" in en, en


def test_return_after_a_break_in_the_same_trade_never_hears_another_sector() -> None:
    # 185 de_nl note-16 (de): "Eine andere Branche ist ein Plus" to a social media manager back after parental leave
    de = sample_draft("Sehr geehrte Frau Laurent, ich bin seit 3 Monaten auf Jobsuche nach meiner Elternzeit (vorher 6 J. Social Media "
                      "Managerin). Hätten Sie Tipps, wie ich am besten wieder einsteige, oder kennen Sie jemanden, der sucht? Freundliche "
                      "Grüße, Nadine Schulz", name="Nadine Schulz")
    assert "andere Branche" not in de and "Am besten steht" not in de and "Erfahrung nach vorn" in de, de
    fr = sample_draft("Bonjour Camille, je cherche un poste après mon congé parental (5 ans comme community manager). Auriez-vous des "
                      "conseils pour revenir ?", name="Julie Martin")
    assert "autre secteur" not in fr, fr


def test_recruiter_bei_interesse_is_no_employer() -> None:
    # 185 de_nl note-7 (de): "zum Auftrag als SAP-Berater bei Interesse"
    de = sample_draft("Hallo, wir suchen erfahrene SAP-Berater (m/w/d) für ein Projekt in Stuttgart, 12 Monate, 100% vor Ort. Bei "
                      "Interesse gerne melden! Gruß Markus Braun, Talent Acquisition", name="Markus Braun")
    assert "bei Interesse" not in de and "SAP-Berater" in de, de
    de2 = sample_draft("Guten Tag, wir suchen einen erfahrenen Java-Entwickler (m/w/d) für ein Projekt in München, 6 Monate. Bei "
                       "Interesse freue ich mich auf Ihre Nachricht. Viele Grüße, Julia Kern", name="Julia Kern")
    assert "bei Interesse" not in de2, de2
    # a real employer after "bei" is still named
    de3 = sample_draft("Hallo Frau Laurent, wir suchen eine Online-Marketing-Managerin bei Bosch in Stuttgart. Hätten Sie Interesse? "
                       "Gruß, Tim Roth", name="Tim Roth")
    assert "bei Bosch" in de3, de3
