"""Wave 83, group A: a question weighing two options gets the choice answered, never generic tips or "tell me more"."""
from drafting import sample_draft


# --- Google Shopping or SEO first for a small shop: both weighed, never the shop's generic SEO tips ---

def test_google_shopping_or_seo_is_weighed_in_several_languages():
    de = sample_draft("Hallo Camille, lohnt sich Google Shopping für einen Shop mit 40 Produkten oder sollte ich "
                      "erstmal auf SEO setzen? Danke, Sandra")
    assert "wie schnell Umsatz kommen muss" in de and "Search Console" not in de
    en = sample_draft("Hi Camille, quick question: for a shop with 30 products, should I start with SEO or Google "
                      "Shopping ads?")
    assert "how soon sales are needed" in en
    nl = sample_draft("Hoi Camille, is Google Shopping zinvol voor een webshop met 40 producten of kan ik beter eerst "
                      "op SEO inzetten?")
    assert "hoe snel de verkoop moet komen" in nl
    it = sample_draft("Ciao Camille, per un piccolo e-commerce conviene Google Shopping o meglio partire dalla SEO?")
    assert "Dipende dall'urgenza delle vendite" in it


# --- a junior weighing freelance against an agency first: the choice answered (agency first, then freelance) ---

def test_freelance_or_agency_first_is_answered_in_several_languages():
    de = sample_draft("Hallo Frau Laurent, ich bin Junior SEO und wollte fragen, wie man am besten in die Beratung "
                      "einsteigt? Freelance oder erst Agentur?", headline="Junior SEO Specialist", name="Tobias Wagner")
    assert "zwei, drei Jahre in einer Agentur" in de and "zwischen beiden" not in de
    nl = sample_draft("Hallo mevrouw Laurent, ik ben junior SEO specialist en wil doorgroeien naar consultant. Eerst "
                      "bureau of meteen freelance?", headline="Junior SEO Specialist", name="Thijs Visser")
    assert "twee of drie jaar bij een bureau" in nl and "tussen die twee" not in nl
    en = sample_draft("Hi Camille, I'm a junior SEO. Would you go freelance straight away or work at an agency first?",
                      headline="Junior SEO")
    assert "two or three years at an agency" in en and "search LinkedIn" not in en
    fr = sample_draft("Bonjour Camille, jeune diplômée en marketing, je me demande : agence d'abord ou freelance "
                      "directement ?", headline="Étudiante")
    assert "deux ou trois ans en agence" in fr and "chez l'annonceur" not in fr
    es = sample_draft("Hola Camille, soy junior en marketing digital. ¿Freelance directamente o mejor primero en una "
                      "agencia?", headline="Junior")
    assert "dos o tres años en una agencia" in es and "LinkedIn" not in es
