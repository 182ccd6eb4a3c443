"""Wave 31 (a31): someone already in the job who asks which course or certification for the ONE channel they now run
(Google Ads, Meta ads, SEO) gets the learning path for that channel, never job-seeker advice about recruiters."""

from drafting import sample_draft

_RECRUITER = ("recruit", "recrut", "reclutador", "selezionator", "personaler", "chi assume", "sollicitatie")


def test_employed_learner_gets_the_channel_asked_without_recruiters():
    notes = [
        ("Hallo Camille, ich arbeite als Marketing-Assistentin in einem Möbelhaus und soll ab nächstem Monat die Google Ads betreuen. "
         "Welchen Kurs würdest du mir empfehlen?", "", "Skillshop", "Meta Blueprint"),
        ("Bonjour Camille, je suis chargée de communication dans une PME et je dois reprendre nos campagnes Google Ads. "
         "Quelle formation me conseilles-tu pour m'y mettre ?", "", "Skillshop", "Meta Blueprint"),
        ("Olá Camille, sou assistente de marketing numa startup e agora tenho de gerir o Google Ads. Que curso me recomendas?",
         "", "Skillshop", "Meta Blueprint"),
        ("Hola Camille, trabajo como community manager en una tienda online y ahora me toca llevar los anuncios de Instagram. "
         "¿Qué curso me recomiendas?", "", "Blueprint", "Skillshop"),
        ("Ciao Camille, faccio la content manager in un'agenzia e devo occuparmi anche delle inserzioni su Instagram. "
         "Quale certificazione mi consigli?", "", "Blueprint", "Skillshop"),
        ("Hi Camille, I work as a marketing coordinator at a small hotel and now have to handle our SEO too. "
         "Any course you'd recommend?", "", "Semrush", "Meta Blueprint"),
        ("Hoi Camille, ik moet als marketeer bij een fietsenwinkel ineens de SEO van onze site oppakken. "
         "Welke cursus raad je aan?", "Marketeer @ Fietsplein", "Semrush", "Meta Blueprint"),
    ]
    for note, headline, want, other in notes:
        text = sample_draft(note, headline)
        low = text.lower()
        assert want in text, (note, text)
        assert other not in text, (note, text)  # only the channel they run
        assert not any(w in low for w in _RECRUITER), (note, text)


def test_career_stage_reads_who_holds_the_job():
    from invitriage.drafts import career
    # "faccio la/il …" says the job held now; a "fresher" (a new graduate) is looking for a first one
    assert career.stage("Ciao, faccio il digital marketer in un'azienda di moda da due anni. Che corso mi consigli?") == "employed"
    assert career.stage("Hello ma'am, I am a digital marketing fresher from Pune, which certifications should I do for SEO?") == "junior"
    text = sample_draft("Hello Camille, I am marketing fresher from Chennai. Which SEO certification should I do to get a job?")
    assert "recruiters" in text and "working on a real site" not in text, text
    # no channel named: the general course answer for someone in the job, never one channel's (``need``)
    for note in ("Hallo Camille, ich habe gerade als Marketing-Assistent in einer Bäckerei angefangen. Welchen Kurs empfiehlst du?",
                 "Hola Camille, acabo de empezar como asistente de marketing en una agencia. ¿Qué curso me recomiendas?"):
        text = sample_draft(note)
        assert not any(w in text for w in ("Search Console", "Conversion", "conversiones", "Media Buying")), text
