"""Wave 128, group B: a recruiter outside her field who only grows the network gets a friendly hello (no post declined),
engineers sought "do you know anyone?" get "not in my network" (no promise of names), an Italian tu is kept."""

from __future__ import annotations

from drafting import sample_draft


def test_recruiter_growing_network_gets_no_declined_post() -> None:
    # 131 es_pt_it note-51: "Allargo la mia rete in Francia" answered "questa posizione non fa per me"
    it = sample_draft("Ciao Camille, mi occupo di selezione per profili IT nel settore bancario a Milano. Allargo la mia rete "
                      "in Francia.", name="Chiara Bianchi")
    assert "posizione" not in it and "un piacere essere in contatto" in it
    fr = sample_draft("Bonjour Camille, je recrute des profils IT pour le secteur bancaire à Paris. J'élargis mon réseau à Lyon.",
                      name="Claire Martin")
    assert "ce poste" not in fr and "au plaisir d'échanger" in fr
    # 131 es_pt_it note-7 / note-29: "será un placer intercambiar ideas" ignores the recruiter
    es = sample_draft("Hola Camille, selecciono perfiles de ingeniería de software para una fintech en Málaga. Amplío mi red en "
                      "Francia.", name="Marta López")
    assert "Trabajo por mi cuenta en SEO" in es and "intercambiar ideas" not in es
    pt = sample_draft("Oi Camille, recruto desenvolvedores Java para bancos em São Paulo, estou expandindo minha rede na Europa.",
                      name="Fernanda Souza")
    assert "Trabalho por conta própria com SEO" in pt and "trocar ideias" not in pt


def test_engineers_sought_get_not_in_my_network() -> None:
    # 130 es_pt_it note-52: "cerco ingegneri meccanici … Conosce qualcuno?" answered with a promise of names
    it = sample_draft("Buongiorno, cerco ingegneri meccanici per un'azienda automotive a Torino. Conosce qualcuno? Grazie, "
                      "Paolo Ricci", name="Paolo Ricci")
    assert "nomi di fiducia" not in it and "non ho profili di questo tipo" in it
    fr = sample_draft("Bonjour, je cherche des ingénieurs mécaniques pour un constructeur automobile à Lyon. Vous connaissez "
                      "quelqu'un ?", name="Paul Girard")
    assert "noms de confiance" not in fr and "Je n'ai pas ce type de profils" in fr
    en = sample_draft("Hi, I'm looking for mechanical engineers for an automotive company in Turin. Do you know anyone?",
                      name="Paul Green")
    assert "no one with that profile comes to mind" in en


def test_photographer_asked_still_gets_a_name_promised() -> None:
    # a neighbour that must not change: a provider for their own shop, not a post to fill
    en = sample_draft("Hi Camille, do you know a good photographer for my product shots?", name="Emma Stone")
    assert "no one with that profile" not in en


def test_italian_tu_recruiter_is_answered_with_tu() -> None:
    # 131 es_pt_it note-50: "potrebbe interessarti" answered with Lei
    tu = sample_draft("Buongiorno Camille, sono recruiter presso Randstad Italia. Ho una posizione di SEO Manager (full remote) "
                      "che potrebbe interessarti. Ne parliamo?", name="Davide Rossi")
    assert "La ringrazio" not in tu and "grazie per il messaggio" in tu
    lei = sample_draft("Buongiorno Camille, sono recruiter presso Randstad Italia. Ho una posizione di SEO Manager (full remote) "
                       "che potrebbe interessarLe. Ne parliamo?", name="Davide Rossi")
    assert "La ringrazio" in lei
