"""Wave 86, group I: the note read as the wrong kind, and the lead's next step."""
from drafting import sample_draft


# --- a team's training wanted ("former nos gérants", "for my team") is a client lead: the training call ---

def test_training_manager_wanting_to_train_their_managers_gets_the_training_call():
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur la formation des équipes au social ads, très pertinent. Je suis "
                      "responsable formation chez un réseau de 15 franchises et on réfléchit justement à former nos gérants. "
                      "Peut-on en parler ?", name="Isabelle Roux")
    assert "formations" in fr and "appel de 20 minutes" in fr and "votre activité et de votre budget" not in fr
    en = sample_draft("Hi Camille, I manage training for a chain of 20 gyms and we are thinking about how to train our club "
                      "managers on social media. Could we talk?")
    assert "training" in en and "20-minute call" in en
    de = sample_draft("Hallo Frau Laurent, ich bin für die Weiterbildung in einer Kette mit 12 Filialen zuständig. Wir überlegen, "
                      "unsere Filialleiter in Social Ads zu schulen. Können wir darüber sprechen?")
    assert "Schulungen" in de and "20 Minuten" in de
    nl = sample_draft("Hoi Camille, ik ben verantwoordelijk voor opleidingen bij een keten van 10 winkels en we willen onze "
                      "filiaalmanagers trainen in social media. Kunnen we even bellen?")
    assert "trainingen" in nl and "20 minuten" in nl


def test_training_that_interests_them_for_their_team_gets_a_next_step():
    es = sample_draft("Camille, encantado de conocerte ayer en el afterwork de French Tech Lyon! Lo que contaste de la formación "
                      "para pymes me interesa mucho para mi equipo. Seguimos hablando.\nÁlex", name="Alejandro Ribera")
    assert "formaciones" in es and "llamada de 20 minutos" in es and "¡Seguimos en contacto!" not in es
    pt = sample_draft("Camille, foi um prazer conhecê-la ontem no workshop da Web Summit em Lisboa. A sua abordagem à formação "
                      "de equipas de PME interessou-me bastante. Falamos em breve!\nJoana", name="Joana Martins")
    assert "formações" in pt and "chamada de 20 minutos" in pt and "Até breve!" not in pt
    it = sample_draft("Camille, piacere di averti conosciuta ieri all'aperitivo della French Tech a Lione! Il tuo discorso sulla "
                      "formazione per le PMI mi interessa per il mio team. Sentiamoci presto\nAndrea", name="Andrea Bruno")
    assert "formazione" in it and "call di 20 minuti" in it and "Restiamo in contatto" not in it
    fr = sample_draft("Bonjour Camille, ravi de vous avoir croisée hier au salon. Votre formation SEO m'intéresse beaucoup pour "
                      "mon équipe commerciale. À bientôt")
    assert "appel de 20 minutes" in fr


# --- a meeting in person in her city on a date is accepted for that date, never "our exchange on 15 May" nor a call ---

def test_meeting_in_lyon_on_a_date_is_accepted_for_that_day():
    fr = sample_draft("Bonjour Madame Laurent, je suis Head of Growth chez Lydia Pay et je souhaiterais vous rencontrer pour "
                      "échanger sur vos méthodes d'acquisition organique. Je serai à Lyon le 15 mai, seriez-vous disponible ?\n"
                      "Cordialement, Arnaud Chevalier", name="Arnaud Chevalier")
    assert "le 15 mai" in fr and "quelle heure" in fr and "notre échange" not in fr and "En mai, ce devrait" not in fr
    en = sample_draft("Dear Ms. Laurent, I lead growth at Revolut's French branch and would appreciate the opportunity to meet "
                      "you to discuss organic acquisition strategies. I will be in Lyon on May 15th - would you be available?\n"
                      "Best regards,\nDavid Kim", name="David Kim")
    assert "May 15th" in en and "what time" in en.lower() and "next week" not in en
    en2 = sample_draft("Hi Camille, I'd love to meet you when I'm in Lyon on June 3rd to chat about content strategy. Are you free?")
    assert "June 3rd" in en2 and "next week" not in en2
    es = sample_draft("Hola Camille, soy director de marketing en Glovo. Estaré en Lyon el 15 de mayo y me gustaría conocerte en "
                      "persona para hablar de SEO. ¿Estarías disponible?")
    assert "15 de mayo" in es and "semana que viene" not in es
    de = sample_draft("Guten Tag Frau Laurent, ich bin am 15. Mai in Lyon und würde Sie gern treffen, um über SEO zu sprechen. "
                      "Hätten Sie Zeit?")
    assert "15. Mai" in de and "Uhrzeit" in de
