"""Wave 85, group G: notes read as the wrong kind, or what they asked for lost (a referrer taken up by a pronoun,
a fellow freelancer's coffee, an offer of freelance help, two needs, the topic of an exchange)."""
from drafting import sample_draft


# --- "ancien collègue d'Antoine Roche chez Publicis, il m'a dit de vous contacter": the referrer is thanked ---

def test_referrer_taken_up_by_a_pronoun_is_thanked_in_several_languages():
    fr = sample_draft("Bonjour Camille,\nJe suis ancien collègue d'Antoine Roche chez Publicis, il m'a dit de vous contacter. "
                      "Je lance une marque de cosmétiques bio et j'aurais besoin d'aide pour les pubs Facebook.\nBien cordialement,\nDavid Perrin")
    assert "merci à Antoine Roche" in fr and "d'Antoine" not in fr
    fr2 = sample_draft("Bonjour Camille, j'ai travaillé avec Julie Martin chez Havas ; elle m'a conseillé de vous écrire. "
                       "Je cherche de l'aide pour mon référencement.")
    assert "Julie Martin" in fr2
    en = sample_draft("Hi Camille, I'm a former colleague of Tom Reed at Ogilvy, he told me to reach out. I'm launching a "
                      "skincare brand and need help with Facebook ads.")
    assert "thanks to Tom Reed" in en
    nl = sample_draft("Hallo Camille, ik ben een oud-collega van Pieter Jansen bij Coolblue, hij raadde me aan je te mailen. "
                      "Ik zoek hulp met Facebook-advertenties.")
    assert "dank aan Pieter Jansen" in nl
    de = sample_draft("Hallo Camille, ich bin eine ehemalige Kollegin von Anna Schulz bei Zalando, sie hat mir geraten, Sie zu "
                      "kontaktieren. Ich brauche Hilfe bei Facebook-Werbung.")
    assert "Anna Schulz" in de
