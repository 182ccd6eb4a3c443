"""Wave 97, group S: readers' thanks, agreement with a post and plain hellos get thanks, never a pitch or a call."""
from drafting import sample_draft


# --- "comparto tu opinión sobre X": agreement with her post, never "I'll give you my opinion on X" + a call ---

def test_agreement_with_her_post_is_thanked_without_offering_her_opinion():
    es = sample_draft("hola camille, vi tu post sobre el SEO con IA y me parecio muy interesante, comparto tu opinion "
                      "sobre el contenido generico. saludos desde buenos aires", name="Martín Sosa")
    assert "publicación sobre el SEO con IA" in es
    assert "opinión sobre" not in es and "generico" not in es and "llamada" not in es
    en = sample_draft("Hi Camille, saw your post on AI and SEO, really interesting - I share your view on generic content. "
                      "Greetings from Montreal", name="Martín Sosa")
    assert "my post on AI and SEO" in en and "generic content" not in en and "call" not in en
    it = sample_draft("Ciao Camille, ho letto il tuo post sulla SEO con l'IA, molto interessante, condivido la tua opinione "
                      "sui contenuti generici. Saluti da Torino", name="Martín Sosa")
    assert "post sulla SEO" in it and "contenuti generici" not in it and "chiamata" not in it
    nl = sample_draft("Hoi Camille, je post over SEO met AI was heel interessant, ik deel je mening over generieke content. "
                      "Groet uit Gent", name="Martín Sosa")
    assert "post over SEO met AI" in nl and "generieke content" not in nl and "gesprek" not in nl
