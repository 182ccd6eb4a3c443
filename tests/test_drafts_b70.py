"""Wave 70, group B: notes read as the wrong kind (a peer's referral offer read as an interview, a trainee's result, ...)."""
from drafting import sample_draft


# --- a web or SEO writer proposing to refer clients is a peer, never a journalist asking for an interview ---

def test_web_writer_proposing_referrals_gets_the_coffee_not_an_interview():
    fr = sample_draft("Bonjour Camille ! Je suis rédactrice web freelance à Lyon, spécialisée e-commerce. Je pense qu'on "
                      "pourrait se recommander mutuellement des clients, ça te dit d'en parler autour d'un café ? Margaux")
    assert "café" in fr and "interview" not in fr and "questions" not in fr
    fr2 = sample_draft("Bonjour Camille, rédacteur SEO indépendant ici. On a des clients complémentaires : on s'envoie "
                       "des contacts ? Un café un de ces jours ?")
    assert "café" in fr2 and "interview" not in fr2 and "questions" not in fr2
    nl = sample_draft("Hallo Camille, ik ben SEO-redacteur in Gent. Zullen we elkaar klanten doorsturen? Koffie binnenkort?")
    assert "klanten door te sturen" in nl and "interview" not in nl and "je vragen" not in nl


def test_a_journalist_still_gets_the_interview_answer():
    fr = sample_draft("Bonjour Camille, je suis journaliste au Progrès, pourriez-vous répondre à quelques questions ?")
    assert "vos questions" in fr


# --- a trainee who ranks in Google since the training is congratulated, never "if you apply any of it, let me know" ---

def test_a_google_ranking_told_by_a_trainee_is_congratulated():
    nl = sample_draft("Hallo Camille, ik heb vorige maand jouw training 'SEO voor beginners' gevolgd en sindsdien staat mijn "
                      "bakkerij op plek 2 in Google voor 'bakker Utrecht'! Dankjewel en graag blijven we in contact. Annelies")
    assert "Gefeliciteerd" in nl and "toepast" not in nl
    en = sample_draft("Hi Camille, I took your SEO workshop last spring and my bakery is now #2 on Google for 'bakery "
                      "Bristol'! Thank you so much, Annelies")
    assert "congratulations" in en and "future event" not in en
    it = sample_draft("Ciao Camille, ho seguito il tuo corso SEO e ora il mio forno è al secondo posto su Google per "
                      "'panificio Bologna'. Grazie! Annelies")
    assert "Complimenti per il risultato" in it
    pt = sample_draft("Olá Camille, fiz a sua formação de SEO e agora a minha padaria está em 2º lugar no Google. Obrigada! Annelies")
    assert "Parabéns pelo resultado" in pt


# --- "I'd love to understand how you work and how much it costs": the price is asked, and answered ---

def test_a_price_asked_as_a_wish_to_know_is_answered():
    pt = sample_draft("Olá Camille, sou fundadora de uma marca de biquínis em Salvador e queremos começar a vender na Europa. "
                      "Adoraria entender como você trabalha e quanto custa uma consultoria. Beijos, Taís")
    assert "O valor depende" in pt and "a equipe" not in pt
    es = sample_draft("Hola Camille, tengo una marca de bañadores en Cádiz y queremos vender en Francia. Me encantaría entender "
                      "cómo trabajas y cuánto cuesta una consultoría. Un abrazo")
    assert "El precio depende" in es and "pregunta concreta" not in es
    en = sample_draft("Hi Camille, I run a swimwear brand in Bristol and want to sell in France. I'd love to understand how you "
                      "work and how much a consultation costs. Best")
    assert "The price depends" in en and "precise questions" not in en


# --- "Hi Camille, VP Marketing at a fintech": a senior marketer introduced by the title alone is offered an exchange ---

def test_a_title_opening_the_note_makes_a_senior_reader_someone_to_talk_with():
    en = sample_draft("Hi Camille, VP Marketing at a Series A fintech in London. Enjoyed your thoughts on attribution in last "
                      "week's post. Happy to connect. Priyanka")
    assert "call" in en and "cover next" not in en
    fr = sample_draft("Bonjour Camille, directrice marketing chez un e-commerçant lyonnais, j'ai beaucoup aimé votre article sur "
                      "l'attribution. Ravie de vous rejoindre.")
    assert "échanger avec vous" in fr and "traiter" not in fr
    de = sample_draft("Hallo Camille, Head of Marketing bei einem Berliner Start-up. Dein Beitrag über Attribution hat mir "
                      "gefallen. Viele Grüße")
    assert "austauschen" in de and "Thema" not in de


# --- a gain told with its figure ("Umsatz +20%") is named in the congratulations, never a vague "zum Ergebnis" ---

def test_a_gain_with_its_figure_is_named():
    de = sample_draft("Liebe Camille, ich habe dein Training \"Social Ads Basics\" im Herbst besucht und schon zwei Kampagnen "
                      "für meinen Laden umgesetzt – Umsatz +20%! Wollte einfach Danke sagen. Herzliche Grüße, Claudia")
    assert "Umsatz +20%" in de and "schön, dass du es mir erzählst" not in de
    fr = sample_draft("Bonjour Camille, j'ai suivi ta formation Social Ads au printemps : +30 % de ventes sur ma boutique "
                      "depuis ! Merci et à bientôt, Claudia")
    assert "+30 % de ventes : bravo" in fr
    en = sample_draft("Hi Camille, took your social ads training in the autumn, two campaigns later and sales +15% 🙌 Just "
                      "wanted to say thanks! Claudia")
    assert "Sales +15%: what a result" in en
