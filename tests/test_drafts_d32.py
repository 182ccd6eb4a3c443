"""Wave 32, group D: training leads. A former attendee asking for team training is thanked for coming; the proposal
call is the one next step (never "a call, or a written brief if you prefer" followed by "which dates next week?")."""
from drafting import sample_draft

#: A written-brief alternative, in every language.
_BRIEF = ("written brief", "par écrit si", "kurze Beschreibung", "por escrito si", "por escrito, se", "per iscritto", "omschrijving per bericht")


def test_former_attendee_thanked_for_coming() -> None:
    cases = [
        ("Bonjour Camille, j'ai suivi ton atelier SEO à Lyon il y a deux ans et depuis on gère notre référencement en interne. "
         "Tu fais aussi des formations pour les équipes ? On serait 4.", "suivi mon atelier"),
        ("Hola Camille, el año pasado asistí a tu taller de Google Ads y desde entonces llevamos las campañas nosotros. "
         "¿Haces también formaciones para equipos? Somos 7.", "asistido a mi taller"),
        ("Ciao Camille, l'anno scorso ho seguito il tuo workshop sui social ads e da allora gestiamo tutto internamente. "
         "Fai anche formazioni per team aziendali? Siamo in 5.", "seguito il mio workshop"),
        ("Olá Camille, participei no seu workshop de SEO no ano passado e desde então tratamos do SEO internamente. "
         "Também faz formações para equipas? Somos 6 pessoas.", "participado no meu workshop"),
        ("Guten Tag Frau Laurent, ich habe vor zwei Jahren Ihr Training zu SEO besucht. Bieten Sie auch Inhouse-Schulungen "
         "für Teams an? Wir sind acht Mitarbeitende.", "bei meinem Training dabei"),
        ("Dear Camille, I attended your webinar on paid social in the spring. Do you offer training for marketing teams? "
         "There are 10 of us.", "attending my webinar"),
        ("Hoi Camille, ik heb twee jaar geleden je workshop over SEO gevolgd. Geef je ook trainingen voor teams? "
         "We zijn met z'n vijven.", "mijn workshop hebt gevolgd"),
    ]
    for note, want in cases:
        text = sample_draft(note)
        assert want in text, (note, text)
    # her training asked about, nobody says they attended it: no thanks for coming
    for note in ("Bonjour Madame Laurent, vos formations SEO m'intéressent pour mon équipe de 5. Les faites-vous à distance ?",
                 "Estimada Sra. Laurent, nos interesa su formación en redes sociales para nuestro equipo. ¿Cuál sería el precio?",
                 "Prezada Sra. Laurent, gostaríamos de conhecer seus treinamentos em SEO para nossa equipe."):
        text = sample_draft(note)
        assert not any(w in text for w in ("d'avoir suivi", "haber asistido", "ter participado")), (note, text)


def test_training_proposal_offers_one_next_step() -> None:
    notes = [
        "Hi Camille, we're looking for a paid social training for our team of 6. Do you run in-house sessions?",
        "Bonjour Camille, nous cherchons une formation SEO pour notre équipe de 5 personnes. Tu proposes ça ?",
        "Hallo Camille, wir suchen eine Schulung zu Google Ads für unser Team (6 Leute). Machst du so etwas?",
        "Hola Camille, buscamos una formación en redes sociales para nuestro equipo de 8 personas. ¿Das formaciones en empresas?",
        "Ciao Camille, cerchiamo una formazione SEO per il nostro team di 4 persone. Fai formazioni aziendali?",
        "Hallo Camille, wij zoeken een training SEO voor ons team van 5 mensen. Geef je incompany trainingen?",
        "Olá Camille, procuramos uma formação em SEO para a nossa equipa de 6 pessoas. Dá formações para empresas?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "20" in text and "?" in text, (note, text)
        assert not any(b in text for b in _BRIEF), (note, text)
