"""Wave 38 (e38): the owner's FAQ texts read as written by a fluent writer of each language, not translated word by word."""

from __future__ import annotations

from drafting import sample_draft

#: Word-for-word calques the round-36 reviewers (and any fluent reader) would strike, per language.
_CALQUES = ("durch Machen lernen", "an etwas Echtem", "GA4 eingerichtet, und", "Kanal darauf bespielen",
            "leer door te doen", "aan iets echts", "kanaal bewerken", "GA4 erop",
            "aprender a fazer, em algo real", "canal trabalhado", "aprender fazendo, em algo real",
            "imparare facendo, su qualcosa", "un canale curato",
            "O SEO serve a quem", "que serve aos dois", "que serve para os dois", "arrivano in mesi", "che serve a entrambe",
            "resultaten duren maanden", "zählen die Zahlen", "tre settimane di numeri", "três semanas de números")


def test_a_learners_tip_reads_naturally_in_every_language() -> None:
    notes = [
        ("Hi Camille, ich studiere Kommunikation in Mainz und will später ins Online-Marketing. Hast du ein paar Tipps zum Anfangen?",
         "Studentin Kommunikation", "Mein Tipp für den Einstieg: praktisch lernen"),
        ("Guten Tag Frau Laurent, ich bin Berufseinsteigerin und suche seit Monaten eine Stelle im Marketing. Haben Sie einen Tipp für mich?",
         "Absolventin Kommunikation", "praktisch lernen"),
        ("Hoi Camille, ik studeer bedrijfskunde in Groningen en wil de marketingkant op. Heb je tips om te beginnen?",
         "Student Bedrijfskunde", "leer het in de praktijk"),
        ("Olá Camille, estou no último ano de Gestão em Coimbra e quero começar em marketing digital. Tem algum conselho para começar?",
         "Estudante de Gestão", "aprender na prática"),
        ("Ciao Camille, studio economia a Padova e vorrei iniziare nel marketing digitale. Hai qualche consiglio per iniziare?",
         "Studente di Economia", "imparare sul campo"),
        ("Oi Camille, tô no último ano de Publicidade em Recife e quero entrar no marketing digital. Tem alguma dica pra começar?",
         "Estudante de Publicidade", "Minha dica para começar: aprender na prática"),
    ]
    for note, headline, said in notes:
        text = sample_draft(note, headline, name="Sam Rossi")
        assert said in text, text
        for calque in _CALQUES:
            assert calque not in text, (calque, text)


def test_seo_or_ads_as_a_career_reads_naturally() -> None:
    notes = [
        ("Olá Camille, acabei o curso de Marketing e não sei se me devo especializar em SEO ou em anúncios pagos. Que me recomenda?",
         "O SEO é para quem"),
        ("Ciao Camille, sono neolaureato e sono indeciso tra specializzarmi in SEO o in paid media. Cosa faresti tu?", "La SEO fa per chi"),
        ("Hoi Camille, ik ben net afgestudeerd en twijfel of ik me moet specialiseren in SEO of in betaalde advertenties. Wat zou jij doen?",
         "pas na maanden"),
        ("Hallo Camille, ich bin Junior im Marketing und weiß nicht, ob ich mich auf SEO oder auf bezahlte Anzeigen spezialisieren soll. Was meinst du?",
         "etwas Analytics lernen"),
    ]
    for note, said in notes:
        text = sample_draft(note, name="Sam Rossi")
        assert said in text, text
        for calque in _CALQUES:
            assert calque not in text, (calque, text)
