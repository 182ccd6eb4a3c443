"""Wave 52, direct questions: a training's price asked by an individual; the certification answer's English."""

from drafting import sample_draft


def test_course_price_says_how_pricing_works_without_forcing_a_call() -> None:
    for note, said, gone in [
        ("oi camille vc da curso de marketing digital online? qual o valor? vlw", "O valor depende do formato", "Que horários"),
        ("Olá Camille, dá formações de SEO online? Qual é o valor?", "O preço depende do formato", "Que horários"),
        ("Ciao Camille, fai corsi online di SEO? Quanto viene?", "Il prezzo dipende dal formato", "Quali orari"),
        ("Hi Camille, do you run online SEO courses? How much do they cost?", "Tell me in a few words what you'd like to learn", "What works for you"),
    ]:
        text = sample_draft(note)
        assert said in text and gone not in text, text


def test_job_ads_not_job_offers_in_english() -> None:
    text = sample_draft("Hi Camille, which certification would you recommend to start: Google Ads or HubSpot?")
    assert "HubSpot" in text and "job offers" not in text, text
