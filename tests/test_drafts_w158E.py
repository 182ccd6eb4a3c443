"""Wave 158 E: direct yes/no questions of a job seeker answered plainly before the tips.

- "zou je iemand zoeken of tips hebben?": an internship asked of her (someone sought) said no to, then the tips;
- "any advice or openings?" for an internship: the no to the internship AND the advice asked;
- "do you know agencies that are hiring?": her plain "none comes to mind" before where to look, the city kept beside
  remote work ("remote or Lyon"), and "could I send you my CV?" answered with a yes;
- the Dutch speakers' tip never repeats "troef".
"""

from __future__ import annotations

from drafting import sample_draft


def test_someone_sought_internship_is_answered_before_tips_nl() -> None:
    text = sample_draft("Hallo Camille, ik studeer Communicatie aan de Hogeschool Utrecht en zoek een stageplek in digitale "
                        "marketing vanaf februari. Zou je misschien iemand zoeken of tips hebben?\nGroetjes, Emma",
                        headline="Student Communicatie @ HU", name="Emma Smit")
    assert "geen stagiairs" in text
    assert "Mijn tip" in text


def test_someone_sought_internship_other_senders() -> None:
    nl = sample_draft("Hoi Camille, ik zit in mijn derde jaar marketing in Breda en zoek vanaf september een stage. "
                      "Zou je misschien iemand zoeken of heb je tips voor me?")
    assert "geen stagiairs" in nl and "Mijn tip" in nl
    de = sample_draft("Hallo Camille, ich studiere Medienmanagement in Köln und suche ab April ein Praktikum im Online-Marketing. "
                      "Würdest du vielleicht jemanden suchen oder hättest du Tipps?")
    assert "keine Praktikanten" in de and "Mein Tipp" in de


def test_internship_advice_or_openings_gets_the_advice_too() -> None:
    en = sample_draft("Hello Camille, I'm a final-year marketing student at Manchester Met and I'm looking for a 6-month internship "
                      "in digital marketing in France from September. Would you have any advice or openings?\nThanks, Priya",
                      headline="Marketing student @ Manchester Metropolitan University", name="Priya Shah")
    assert "not taking on interns" in en
    assert "Welcome to the Jungle" in en
    fr = sample_draft("Bonjour Camille, je suis étudiante en école de commerce et je cherche un stage de 6 mois en marketing "
                      "digital à Lyon à partir de mars. Auriez-vous des conseils ou des postes ouverts ?")
    assert "stagiaires" in fr and "Welcome to the Jungle" in fr


def test_internship_advice_only_keeps_its_draft() -> None:
    it = sample_draft("Ciao Camille, sono una studentessa di marketing e cerco uno stage in Francia da settembre. "
                      "Avresti qualche consiglio o possibilità?")
    assert "non ospito tirocinanti" in it and "Welcome to the Jungle" in it


def test_agencies_known_asked_gets_a_plain_answer_and_keeps_remote_de() -> None:
    text = sample_draft("Hallo, ich bin seit 6 Monaten auf Jobsuche im Online Marketing (SEA/SEO, 3 Jahre Erfahrung). Kennen Sie "
                        "Agenturen in Lyon oder remote, die gerade suchen? Ich spreche auch Französisch.",
                        headline="Online Marketing Manager | offen für neue Herausforderungen", name="Daniel Wolf")
    assert "keine Agentur ein" in text
    assert "in Lyon" in text and "remote" in text


def test_agencies_for_speakers_nl_plain_and_no_repeated_word() -> None:
    text = sample_draft("Hallo, ik ben op zoek naar een nieuwe baan als online marketeer (4 jaar ervaring SEA). Ken je bureaus in "
                        "Frankrijk die Nederlandstaligen zoeken? Spreek redelijk Frans.",
                        headline="Online Marketeer | Open to work", name="Ruben Hendriks")
    assert "geen bureau" in text
    assert text.count("troef") <= 1
    assert "Nederlands" in text


def test_agencies_or_cv_asked_en_keeps_the_city_and_says_yes_to_the_cv() -> None:
    text = sample_draft("Hello, I'm looking for a job as a junior SEO specialist (remote or Lyon). Do you know any agencies hiring, "
                        "or could I send you my CV?\nMany thanks,\nAhmed", headline="Junior SEO | Open to work", name="Ahmed Khan")
    assert "in Lyon" in text and "remotely" in text
    assert "send me your CV" in text
    assert "don't know of an agency" in text


def test_agencies_or_cv_asked_other_languages() -> None:
    es = sample_draft("Hola, busco trabajo como especialista SEO junior (remoto o Lyon). ¿Conoces agencias que estén contratando, "
                      "o puedo enviarte mi CV?")
    assert "de Lyon" in es and "remoto" in es and "envíame tu CV" in es and "no conozco" in es
    fr = sample_draft("Bonjour, je cherche un poste de chargé de SEA (Lyon ou télétravail). Vous connaissez des agences qui recrutent, "
                      "ou puis-je vous envoyer mon CV ?")
    assert "à Lyon" in fr and "télétravail" in fr and "envoyer votre CV" in fr


def test_how_to_find_agencies_gets_no_plain_no() -> None:
    text = sample_draft("Hallo, ich suche einen Job im Online Marketing in Lyon. Wie finde ich am besten Agenturen, die einstellen?")
    assert "keine Agentur ein" not in text
