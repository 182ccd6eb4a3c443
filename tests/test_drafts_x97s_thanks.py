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


# --- "acompanho sua newsletter faz uns meses … me ajudou … obrigada!": "faz" tells how long, never "do you do …?" ---

def test_reader_thanks_with_faz_time_is_thanked_without_a_pitch():
    pt = sample_draft("oi camille, acompanho sua newsletter faz uns meses e seu texto sobre Meta Ads me ajudou demais na "
                      "minha loja. obrigada por compartilhar!!", headline="Empreendedora | Moda Praia", name="Camila Rocha")
    assert "newsletter" in pt and "sucesso com sua loja" in pt
    assert "orçamento" not in pt and "conversa de 20 minutos" not in pt and "ajudar com os anúncios" not in pt
    pt2 = sample_draft("Oi Camille! Faz tempo que sigo seus posts, o de Instagram Ads me ajudou demais na minha loja online. Valeu!",
                       name="Camila Rocha")
    assert "posts" in pt2 and "orçamento" not in pt2 and "conversa de 20 minutos" not in pt2
    pt3 = sample_draft("Olá Camille, leio a sua newsletter faz 2 anos e o artigo sobre SEO local ajudou muito o meu "
                       "restaurante. Obrigado!", name="Camila Rocha")
    assert "newsletter" in pt3 and "orçamento" not in pt3


def test_faz_asking_for_her_service_is_still_a_client():
    pt = sample_draft("Oi Camille, você faz auditoria de SEO para lojas online? Tenho uma loja de moda praia.", name="Camila Rocha")
    assert "auditorias de SEO" in pt and "20 minutos" in pt


# --- "expanding my network in France": a networking hello, never "your plans for France" + a call ---

def test_network_grown_in_a_country_is_no_market_expansion():
    en = sample_draft("Hi Camille, I work in supply chain consulting and I'm expanding my network in France. Happy to connect.",
                      headline="Supply Chain Consultant at Kuehne+Nagel", name="David Park")
    assert "Thanks for connecting" in en and "plans for France" not in en and "call" not in en
    fr = sample_draft("Bonjour Camille, je travaille dans la logistique et je cherche à étendre mon réseau en France. "
                      "Au plaisir d'échanger.", name="David Park")
    assert "bienvenue dans mon réseau" in fr and "projets" not in fr and "appel" not in fr
    es = sample_draft("Hola Camille, trabajo en consultoría de RR. HH. y estoy buscando expandir mi red en Francia. "
                      "¡Encantado de conectar!", name="David Park")
    assert "Gracias por conectar" in es and "planes para" not in es and "llamada" not in es
    pt = sample_draft("Olá Camille, trabalho com finanças e quero expandir minha rede na França. Prazer em conectar!",
                      name="David Park")
    assert "planos para" not in pt and "20 minutos" not in pt


def test_a_business_expanding_into_france_still_gets_its_plans_talked_about():
    en = sample_draft("Hi Camille, we're a SaaS startup expanding into France next year. Happy to connect.", name="David Park")
    assert "plans for France" in en


# --- "Sophie said you give trainings for teams. We're a startup of 15 people, interested?": a team's training to buy ---

def test_referred_team_training_gets_yes_and_a_call_never_the_catalogue():
    pt = sample_draft("Oi Camille! A Sophie Martin me passou seu contato, disse que você dá treinamentos de marketing digital "
                      "para times. Somos uma startup de 15 pessoas, teria interesse?", headline="COO na Fretei App",
                      name="Gustavo Ribeiro")
    assert "Sim, dou treinamentos para equipes" in pt and "20 minutos" in pt
    assert "Bélgica" not in pt and "pessoas físicas" not in pt
    en = sample_draft("Hi Camille, Sophie Martin gave me your name and said you run digital marketing trainings for teams. "
                      "We're a startup of 15 people, would you be interested?", name="Gustavo Ribeiro")
    assert "work with your team" in en and "20-minute call" in en and "budget" not in en
    de = sample_draft("Hallo Camille, Sophie Martin hat mir deinen Kontakt gegeben – du gibst Trainings in digitalem Marketing "
                      "für Teams. Wir sind ein Start-up mit 15 Mitarbeitenden, hättest du Interesse?", name="Gustavo Ribeiro")
    assert "Inhouse-Schulungen" in de and "20 Minuten" in de
    nl = sample_draft("Hoi Camille, Sophie Martin gaf me je contact, je geeft trainingen digitale marketing voor teams. "
                      "We zijn een startup van 15 mensen, zou je interesse hebben?", name="Gustavo Ribeiro")
    assert "incompanytrainingen" in nl and "20 minuten" in nl
    es = sample_draft("Hola Camille, Sophie Martin me pasó tu contacto y me dijo que das formaciones de marketing digital para "
                      "equipos. Somos una startup de 12 personas, ¿te interesaría?", name="Gustavo Ribeiro")
    assert "formaciones para empresas" in es and "20 minutos" in es
