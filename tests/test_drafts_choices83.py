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
    assert "quanto in fretta servono le vendite" in it
