"""Wave 39, helper D: words echoed from the note written fluently; a shared-clients partnership stays shared."""
from drafting import sample_draft


def test_english_weekdays_and_months_capitalised():
    notes = [
        "hi! we chatted at the SEO breakfast in Lyon last thursday, loved your take on local search. coffee soon?",
        "Hello Camille, great to meet you at the growth marketing evening on friday. Let's stay connected!",
        "hey, we met at the content strategy workshop back in october, I was the one from the travel startup :)",
    ]
    for note in notes:
        text = sample_draft(note)
        for word in ("monday", "tuesday", "wednesday", "thursday", "friday", "october"):
            assert f" {word}" not in text, text


def test_french_social_ads_plural_and_italian_discorso_su():
    fr = sample_draft("Bonjour Camille, on organise une matinée pro à Annecy en juin et on cherche quelqu'un pour parler "
                      "du social ads devant des commerçants. Ça vous tenterait ?")
    assert "du social ads" not in fr and "le social ads" not in fr and "au social ads" not in fr, fr
    it = sample_draft("Ciao Camille! Ci siamo conosciuti al meetup di marketing a Torino martedì, abbiamo parlato "
                      "di SEO locale. Ti aggiungo volentieri!")
    assert "discorso di " not in it and "discorso della " not in it, it


def test_shared_clients_partnership_is_not_one_sided():
    notes = [
        "Hi Camille, I run a small web design studio in Manchester. We could refer clients to each other – "
        "interested in a chat about a partnership?",
        "Salut Camille, je suis rédactrice web à Nantes. On pourrait monter un partenariat pour nos clients communs, ça te dit ?",
        "Hola Camille, soy consultor de Google Ads en Valencia. ¿Te interesaría una colaboración para clientes en común?",
        "Ciao Camille, sono una web designer a Milano: che ne dici di una partnership per clienti in comune?",
        "Hallo Camille, ich bin SEA-Freelancer in Köln. Hättest du Lust auf eine Partnerschaft für gemeinsame Kunden?",
        "Hoi Camille, ik ben SEA-specialist in Utrecht. Zullen we een samenwerking opzetten en klanten naar elkaar doorverwijzen?",
        "Oi Camille, sou designer em Curitiba. Topa uma parceria para clientes em comum?",
    ]
    for note in notes:
        text = sample_draft(note).lower()
        for one_sided in ("your clients", "tes clients", "vos clients", "tus clientes", "sus clientes", "tuoi clienti",
                          "suoi clienti", "deine kunden", "ihre kunden", "je klanten", "uw klanten", "seus clientes",
                          "teus clientes"):
            assert one_sided not in text, text
