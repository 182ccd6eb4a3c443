"""Wave 27, helper C: slots that came out broken are filled whole or left out, never cut."""

from drafting import SAMPLE, draft

from invitriage.drafts.notefacts import extract
from invitriage.drafts.told import experience_line
from invitriage.drafts.writer import _headline_parts, draft_for


def _sample(note: str, lang: str, intent: str, name: str, headline: str = "") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


# A presentative before the referrer's name ("C'est …", "It was …", "Fue …") is no part of the name.
def test_referrer_after_presentative_fr() -> None:
    f = extract("Bonjour Camille, c'est Marc Dupuis qui m'a recommandé de vous écrire pour mon site de vins.", "fr", "referral")
    assert f.referrer == "Marc Dupuis"


def test_referrer_after_presentative_fr_draft() -> None:
    text = _sample("Coucou Camille ! C'est Léa Morel qui m'a parlé de toi, je monte une boutique de thé en ligne.\nNina", "fr", "referral", "Nina Roche")
    assert "C'est" not in text and "Léa Morel" in text


def test_referrer_after_presentative_es() -> None:
    f = extract("Hola Camille, fue Pablo Ortiz quien me recomendó contactarte para el SEO de mi tienda.", "es", "referral")
    assert f.referrer in ("", "Pablo Ortiz")
    assert not f.referrer.startswith("Fue")


# The role sought: "en tant que …" kept whole, an English field before "role" said as a field.
def test_role_en_tant_que_whole() -> None:
    f = extract("Bonjour, je recherche un poste en tant que responsable acquisition SEA après 4 ans en agence.", "fr", "job_seeking")
    assert f.domain == "en tant que responsable acquisition SEA"


def test_role_en_tant_que_draft() -> None:
    text = draft("Bonjour Camille, je cherche un emploi en tant que community manager junior depuis mon arrivée à Lyon. Merci !", "fr", "job_seeking")
    assert "en tant dans" not in text and "en tant " not in text.replace("en tant que community manager junior", "")


def test_field_role_en() -> None:
    f = extract("Hello! I'm searching for a content marketing role now that I've moved to Lyon.", "en", "job_seeking")
    assert f.domain == "in content marketing"
    f = extract("Hello! I'm looking for a social media manager role in Lyon.", "en", "job_seeking")
    assert f.domain in ("as a social media manager", "in Lyon")


def test_field_role_en_draft() -> None:
    text = draft("Hi Camille, I'm looking for a growth marketing role in France, any lead is welcome!", "en", "job_seeking")
    assert "as a growth marketing," not in text and "as a growth marketing " not in text


# The years in the trade: the trade whole to its end, or no line at all.
def test_experience_tail_whole_en() -> None:
    line = experience_line("I'm job hunting (4 yrs in influencer marketing, fluent French).", "en", informal=True)
    assert "4 years in influencer marketing behind you" in line


def test_experience_tail_whole_pt_es_it() -> None:
    assert "gestão de campanhas pagas" in experience_line("Tenho 5 anos de experiência em gestão de campanhas pagas. Procuro emprego.", "pt", informal=False)
    assert "marketing de contenidos" in experience_line("Tengo 3 años de experiencia en marketing de contenidos. Busco trabajo.", "es", informal=True)
    assert "gestione dei social media" in experience_line("Ho 2 anni di esperienza in gestione dei social media e cerco lavoro.", "it", informal=True)


def test_experience_runs_on_left_out() -> None:
    line = experience_line("after 6 years in retail banking marketing teams across Europe and Asia I am looking", "en", informal=True)
    assert line == ""


def test_experience_de_stops_at_verb_phrase() -> None:
    line = experience_line("Nach 5 Jahren Erfahrung im Performance-Marketing suche ich eine neue Stelle.", "de", informal=True)
    assert line == "Mit 5 Jahren Erfahrung im Performance-Marketing bringst du schon viel mit."


# A second job title in the headline is never the company.
def test_headline_title_segment_not_company() -> None:
    assert _headline_parts("CMO | Head of Marketing - Brightloop")[1] == "Brightloop"
    assert _headline_parts("Growth | Directrice Marketing | Maison Lune")[1] == "Maison Lune"
    assert _headline_parts("Berater | Leiterin Vertrieb | Alpenkraft")[1] == "Alpenkraft"


# The first name signed alone on the last line wins over the profile's.
def test_signed_short_name_wins() -> None:
    text = _sample("Hi Camille, loved your post on local SEO, let's connect!\nKate", "en", "content", "Katherine Moss")
    assert text.startswith("Hi Kate") or text.startswith("Hello Kate") or "Kate," in text.splitlines()[0]


def test_signed_thanks_line_is_no_name() -> None:
    text = _sample("Hallo Camille, ich würde mich gern mit dir vernetzen.\nDanke", "de", "known", "Daniel Weber")
    assert "Danke," not in text.splitlines()[0] and "Daniel" in text.splitlines()[0]


# German gender forms stay whole on a job title: "Manager*in", "Strateg:in", "Spezialist/in" (never "Manager*").
def test_de_gender_star_title_whole() -> None:
    f = extract("Hallo Camille, wir suchen eine*n Head of Content*in für eine Agentur in Wien, hybrid.", "de", "recruiting")
    assert not f.job_title.endswith("*") and (f.job_title == "" or f.job_title.endswith("*in"))
    f = extract("Guten Tag, wir suchen eine:n Social-Ads-Expert:in für einen Kunden in Zürich.", "de", "recruiting")
    assert f.job_title == "Social-Ads-Expert:in"


def test_de_gender_star_draft() -> None:
    text = _sample("Hallo Camille, ich suche als Recruiter für ein Startup in Berlin eine*n Content Marketing Manager*in. Interesse?",
                   "de", "recruiting", "Jonas Berg")
    assert "Manager* " not in text and "Manager*." not in text and "Manager* und" not in text


def test_experience_de_employer_phrase_whole() -> None:
    line = experience_line("Guten Tag, nach 4 Jahren als Social-Media-Managerin bei einer Kölner Agentur suche ich etwas Neues.", "de", informal=False)
    assert " bei bringen" not in line and (line == "" or "bei einer Kölner Agentur" in line)
