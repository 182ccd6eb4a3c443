"""Wave 160 A: notes misread, in every language where the same misreading can happen.

- a training asked "on-site" (at their office, "dans nos locaux", "en nuestras oficinas") gets the on-site answer, not
  only the language part;
- a session she ran for the referrer's team ("you ran a workshop for her team at Zalando") is how they know her, never
  a training asked for the sender's team;
- a reader who disputes a figure of her post with their own data gets the counterpoint welcomed and the data asked for,
  never "glad the tip is already working for you" (a percentage is no result told then);
- someone looking for freelance clients in France (as an English speaker) gets how to find freelance clients, never
  "Yes, I work with clients in France" and a sales call.
"""

from __future__ import annotations

from drafting import sample_draft


def _body(text: str) -> str:
    return " ".join(text.split())


# -- on-site training asked ---------------------------------------------------------------------------------------------

def test_onsite_training_answered_with_the_language():
    d = _body(sample_draft("Hi Camille, do you offer your SEO training in English? Our team in Lyon is international. "
                           "Also, is it possible to do it on-site?", headline="HR & Training Manager, BioMérieux", name="Karen Walsh"))
    assert "on site" in d and "English" in d


def test_onsite_training_french_and_spanish():
    fr = _body(sample_draft("Bonjour Camille, proposez-vous votre formation Google Ads en anglais ? Notre équipe à Lyon est "
                            "internationale. Est-il possible de la faire dans nos locaux ?", name="Hélène Roux"))
    assert "sur place" in fr and "anglais" in fr
    es = _body(sample_draft("Hola Camille, ¿das tu formación de SEO en inglés? Nuestro equipo en Madrid es internacional. "
                            "¿Sería posible hacerla en nuestras oficinas?", name="Marta Gil"))
    assert "presencial" in es and "inglés" in es


def test_onsite_seo_is_no_training_place():
    d = _body(sample_draft("Hi Camille, do you also do on-site SEO audits for e-commerce sites in Lyon?", name="Tom Baker"))
    assert "on site" not in d and "training" not in d


# -- the referrer's team ------------------------------------------------------------------------------------------------

def test_referrers_team_workshop_is_no_training_asked():
    d = _body(sample_draft("Hi Camille, Anna Schmidt (you ran a workshop for her team at Zalando) told me to reach out. I'm "
                           "launching a DTC skincare brand and need help with my launch ads plan. Could we book a call?",
                           headline="Co-founder, Dew Theory Skincare", name="Priya Shah"))
    assert "training" not in d and "your team" not in d and "Anna Schmidt" in d and "call" in d


def test_referrers_team_workshop_french_and_spanish():
    fr = _body(sample_draft("Bonjour Camille, Julie Morel (vous avez animé un atelier pour son équipe chez Decathlon) m'a conseillé "
                            "de vous écrire. Je lance une marque de cosmétiques et j'ai besoin d'aide pour ma stratégie publicitaire "
                            "de lancement. Un appel ?", name="Claire Petit"))
    assert "formation" not in fr and "équipe" not in fr and "Julie Morel" in fr
    es = _body(sample_draft("Hola Camille, Lucía Pérez (diste un taller para su equipo en Zara) me recomendó escribirte. Estoy "
                            "lanzando una marca de café y necesito ayuda con mi plan de anuncios. ¿Hablamos?", name="Pablo Ruiz"))
    assert "formación" not in es and "equipo" not in es and "Lucía Pérez" in es


def test_own_team_workshop_still_in_house():
    d = _body(sample_draft("Hi Camille, could you run a social ads workshop for our team of 10?", name="Sam Lee"))
    assert "in-house training" in d and "your team" in d


# -- a figure of her post disputed with data ----------------------------------------------------------------------------

def test_figure_disputed_with_data_is_a_counterpoint():
    d = _body(sample_draft("Interesting post on Google's AI Overviews. Not sure I agree that clicks will drop 50% though – our "
                           "data shows ~20%. Happy to share. Connecting!", headline="SEO Lead, Booking.com", name="Michael Grant"))
    assert "working for you" not in d and "tip" not in d
    assert "counterpoint" in d and "data" in d and "see it differently" not in d


def test_figure_disputed_french_and_german():
    fr = _body(sample_draft("Bonjour Camille, post intéressant sur le SEO local, mais je ne suis pas d'accord sur les 40 % d'avis : "
                            "nos chiffres montrent plutôt 15 %. Je peux partager.", name="Luc Girard"))
    assert "conseil" not in fr and "désaccord" in fr and "chiffres" in fr
    de = _body(sample_draft("Hallo Camille, spannender Beitrag über Meta Ads, aber ich bin anderer Meinung beim CPM-Anstieg von "
                            "30 %: unsere Zahlen zeigen eher 10 %. Teile sie gern.", name="Jonas Weber"))
    assert "Tipp" not in de and "Gegenposition" in de and "Zahlen" in de


def test_tip_that_worked_still_congratulated():
    d = _body(sample_draft("Hi Camille, thanks for the workshop! I changed my title tags like you said and it already worked: "
                           "clicks up 20%.", name="Nina Cole"))
    assert "working for you" in d


def test_disagreement_without_data_still_asks_why():
    d = _body(sample_draft("Hi Camille, I read your post on TikTok ads and I respectfully disagree with the part on budgets. "
                           "Connecting!", name="Ray Hunt"))
    assert "see it differently" in d


# -- freelance clients sought in France ---------------------------------------------------------------------------------

def test_freelance_clients_in_france_is_advice_not_a_sale():
    d = _body(sample_draft("Hi Camille, I was laid off from my agency job last month after 4 years in social media management. "
                           "Any advice on finding freelance clients in France as an English speaker? Would really appreciate it.\nAmy",
                           headline="Social Media Manager | Open to work", name="Amy Clarke"))
    assert "I work with clients in France" not in d and "your needs" not in d and "Welcome to the Jungle" not in d
    assert "people you already know" in d and "English" in d


def test_freelance_clients_in_france_spanish_and_other_english():
    es = _body(sample_draft("Hola Camille, me despidieron hace un mes tras 6 años como social media manager. ¿Algún consejo "
                            "para conseguir clientes como freelance en Francia siendo angloparlante?", name="Laura Vidal"))
    assert "trabajo con clientes en Francia" not in es and "red de contactos" in es and "inglés" in es
    en = _body(sample_draft("Hi Camille, I was laid off last month after 5 years as a content manager. Any tips for getting "
                            "freelance clients in France as a non-French speaker?", name="Ben Hart"))
    assert "I work with clients in France" not in en and "people you already know" in en


def test_clients_in_france_asked_of_her_still_answered():
    d = _body(sample_draft("Hi Camille, do you work with clients in France only, or also in Belgium?", name="Eva Stone"))
    assert "clients in France" in d


def test_job_in_france_for_english_speaker_unchanged():
    d = _body(sample_draft("Hi Camille, any advice on finding a job in France as an English speaker? I have 3 years in SEO.", name="Joe Park"))
    assert "Welcome to the Jungle" in d and "For English speakers" in d
