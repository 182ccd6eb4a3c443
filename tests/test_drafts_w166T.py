"""Wave 166 T: what the note already says is never asked again, and the register follows the sender.

- a conversation's topic told in the imperfect ("on parlait de TikTok Ads", "parlavamo di SEO locale") is picked up, never
  "what would you like to talk about?"; a chief executive's bare "Hello" (a prospect) is answered with vous;
- "je t'envoie l'invit comme promis": the invitation is the note itself, nothing of theirs to await; their coffee answered;
- two languages offered as a choice ("Englisch oder Deutsch", "inglés o español"): English taken, never "would English work?";
- a training for the sender's staff ("für unsere 15 Vertriebsmitarbeiter") is the team's: never "what would you like to
  learn?", the language caveat before the next step, the referrer ("Tipp von …", "tip from …") thanked;
- "me vendría genial tu consejo": advice wished, never "what are you working on?".
"""
from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[-1]


def test_topic_told_in_the_imperfect_is_picked_up_and_ceo_gets_vous():
    d = sample_draft("Hello Camille, on était à la même table au déjeuner du Club Marketing Lyon mardi, je suis la DG de Maison Verdier "
                     "(prêt-à-porter). On parlait de TikTok Ads, j'aimerais vraiment poursuivre la discussion ! Aurélie", name="Aurélie Verdier")
    assert "De quoi aimer" not in d and "TikTok Ads" in _body(d)
    assert "Bien à vous" in d and "Salut" not in d and " tu " not in d
    d = sample_draft("Hello Camille, je suis la présidente de Brasserie Dumas, on s'est croisées au salon Franchise Lyon lundi. "
                     "On discutait de Google Ads, j'aimerais poursuivre l'échange. Claire", name="Claire Dumas")
    assert "Google Ads" in _body(d) and "De quoi aimer" not in d and "Bien à vous" in d
    d = sample_draft("Ciao Camille, ci siamo visti al meetup Digital Torino martedì. Parlavamo di SEO locale per ristoranti, "
                     "mi piacerebbe continuare la chiacchierata!", name="Marco Rossi")
    assert "SEO locale" in _body(d)


def test_hello_without_a_title_stays_informal():
    d = sample_draft("Hello Camille ! Dispo pour un café la semaine prochaine ?", name="Léa Roux")
    assert d.startswith("Salut Léa") and "café" in d


def test_invitation_sent_as_promised_is_nothing_to_await_and_coffee_answered():
    d = sample_draft("Coucou Camille ! Trop contente de t'avoir rencontrée au meetup Growth Lyon hier soir 😄 Comme promis je t'envoie "
                     "l'invit, on se fait un café bientôt ?\nManon", headline="Social media manager freelance", name="Manon Lambert")
    assert "J'attends tes infos" not in d and "café" in _body(d)
    d = sample_draft("Coucou Camille, super soirée au salon E-commerce Lyon jeudi ! Je t'envoie l'invit comme promis, on se prend un café "
                     "un de ces jours ?", name="Julie Perrin")
    assert "J'attends tes infos" not in d and "café" in _body(d)


def test_two_languages_offered_as_a_choice_english_taken():
    d = sample_draft("Sehr geehrte Frau Laurent,\nim Namen der IHK München möchte ich Sie als Speakerin für unseren E-Commerce-Tag am 14. Mai "
                     "einladen (Keynote 30 Min, Englisch oder Deutsch). Ein Honorar ist vorgesehen.\nMit freundlichen Grüßen\nDr. Claudia Schmitt",
                     name="Claudia Schmitt")
    assert "Wäre Englisch" not in d and "Allerdings arbeite ich nur" not in d
    d = sample_draft("Guten Tag Frau Laurent, wir laden Sie herzlich als Referentin zu unserem Marketing-Forum am 3. Juni ein (Vortrag 45 Min., "
                     "Englisch oder Deutsch). Ein Honorar ist vorgesehen. Beste Grüße, Thomas Berger", name="Thomas Berger")
    assert "Wäre Englisch" not in d and "Englisch" in d
    d = sample_draft("Hola Camille, te escribo de la Cámara de Comercio de Sevilla: ¿te animarías a dar una ponencia de 30 minutos en nuestras "
                     "jornadas digitales (inglés o español)? Un saludo", name="Lucía Ramos")
    assert "¿Sería posible en inglés?" not in d


def test_the_french_or_spanish_market_offers_no_language():
    from invitriage.drafts.askfacts import langs_allowed
    assert "fr" not in langs_allowed("we sell on the French or Spanish market")
    assert langs_allowed("(Keynote 30 Min, Englisch oder Deutsch)") == ["en", "de"]


def test_training_for_their_staff_is_the_teams_with_the_referrer_thanked():
    d = sample_draft("Hallo Camille, Tipp von Claire Dubois: du machst Marketing-Schulungen. Ich organisiere Weiterbildungen für unsere 15 "
                     "Vertriebsmitarbeiter und suche jemanden für einen Tag LinkedIn-Marketing. Was würde so etwas kosten?",
                     headline="Personalentwicklung, Maschinenbau Keller AG", name="Sandra Keller")
    assert "lernen möchtest" not in d and "Claire Dubois" in d
    body = _body(d)
    assert body.index("Französisch oder Englisch") < body.index("Termine")
    d = sample_draft("Hoi Camille, tip van Pieter Jansen: jij geeft marketingtrainingen. Ik organiseer opleidingen voor onze 12 verkopers en "
                     "zoek iemand voor een dag LinkedIn-marketing. Wat kost zoiets?", name="Sanne Visser")
    assert "Pieter Jansen" in d and "wilt leren" not in d and "jullie" in d
    d = sample_draft("Hi Camille, Anna Weber gave me a tip: you run marketing trainings. I organise training for our 20 sales reps and I'm "
                     "looking for someone for a day of LinkedIn marketing. What would that cost?", name="Mark Evans")
    assert "Anna Weber" in d and "like to learn" not in d


def test_advice_wished_is_no_what_are_you_working_on():
    d = sample_draft("Camille! Qué tal? Soy Alba, nos vimos en el curso de Google Ads en Lyon en 2022. Ahora tengo mi propia marca de ropa "
                     "y me vendría genial tu consejo 🙏", headline="Fundadora de Alba Studio", name="Alba Martín")
    assert "¿En qué estás trabajando" not in d


def test_shop_advice_neighbour_keeps_its_answer():
    d = sample_draft("Hola Camille! Soy Pablo, coincidimos en el taller de SEO en Madrid el año pasado. Ahora tengo una tienda online de "
                     "cerámica y me vendría genial tu consejo", name="Pablo Ruiz")
    assert "fichas de producto" in d


def test_would_be_great_to_stay_in_touch_asks_no_advice() -> None:
    # regression read after wave 166: "Would be great to stay in touch" was read as advice wished ("send me what to look at")
    text = sample_draft("Hi Camille, great meeting you at Web Summit Lisbon last week! Loved your take on SEO for small e-shops during "
                        "the Q&A. Would be great to stay in touch. Cheers, Ben", headline="Founder @ Northwind Candles")
    assert "look at" not in text and "Web Summit" in text, text
