"""Wave 83, group B: a consultant told that she (Camille) looks for partners offers to be one — a partner, never a client."""
from drafting import sample_draft

from invitriage.drafts import misread


def test_referral_to_her_partner_search_gets_the_partner_welcome_es_it():
    es = sample_draft("Hola Camille,\nte escribo de parte de Tomás Ferrer (Agencia Kubo). Me comentó que buscas partners "
                      "en España para proyectos de SEO internacional.\nUn abrazo,\nMiguel Ángel Prieto",
                      headline="Director en Prieto Digital", name="Miguel Ángel Prieto")
    assert "no tengo ningún proyecto en el que necesite un partner" in es and "Tomás Ferrer" in es and "Puedo ayudarte" not in es
    it = sample_draft("Ciao Camille,\nmi ha parlato di te Davide Serra (agenzia Pixel) dicendomi che cerchi partner in "
                      "Italia per progetti SEO internazionali.\nA presto,\nMatteo Lombardi",
                      headline="Founder @ Lombardi Digital", name="Matteo Lombardi")
    assert "non ho progetti per cui mi serva un partner" in it and "Davide Serra" in it and "Posso aiutarti" not in it


def test_her_partner_search_paraphrased_in_other_languages():
    fr = sample_draft("Bonjour Camille, Julie Martin m'a dit que tu cherches des partenaires en Belgique pour tes projets "
                      "SEO. Je suis consultant SEO à Bruxelles, parlons-en !", headline="Consultant SEO", name="Marc Dubois")
    assert "pas de projet qui demande un partenaire" in fr and "accompagner" not in fr
    de = sample_draft("Hallo Camille, Jonas Weber hat mir erzählt, dass du Partner in Deutschland für internationale "
                      "SEO-Projekte suchst. Ich bin SEO-Berater in Köln.", headline="SEO-Berater", name="Lukas Braun")
    assert "kein Projekt, für das ich einen Partner brauche" in de and "unterstützen" not in de
    nl = sample_draft("Hoi Camille, via Pieter Jansen hoorde ik dat je partners zoekt in Nederland voor internationale "
                      "SEO-projecten. Ik ben SEO-consultant in Utrecht.", headline="SEO consultant", name="Bram de Vries")
    assert "geen project waarvoor ik een partner nodig heb" in nl and "help je graag" not in nl
    pt = sample_draft("Olá Camille, o Rui Costa disse-me que procuras parceiros em Portugal para projetos de SEO "
                      "internacional. Sou consultor SEO em Lisboa.", headline="Consultor SEO", name="João Silva")
    assert "não tenho nenhum projeto em que precise de um parceiro" in pt and "Posso ajudar" not in pt
    for note in ("Me comentó que buscas partners en México.", "mi ha parlato di te dicendomi che cerchi partner a Milano.",
                 "Ana disse-me que procuras parceiros no Porto.", "Via Els hoorde ik dat je partners zoekt in Gent."):
        assert misread.partner_heard(note), note


def test_english_partner_referral_thanks_never_glued_after_a_dash():
    en = sample_draft("Hi Camille, Sarah Jones mentioned you're looking for SEO partners in the UK. I run a small SEO "
                      "agency in Leeds and would be glad to help.", headline="Founder, Leeds SEO Co", name="Tom Hart")
    assert "don't have a project that needs a partner" in en and "Thanks also to Sarah Jones" in en
    assert "interesting, and to" not in en


# --- a fellow freelancer proposing to swap clients when overbooked: the peer swap welcomed, never "Good question!" ---

def test_peer_client_swap_gets_the_referral_welcome():
    for note in ("Hey Camille, fellow freelancer here (PPC specialist based in Bristol). Always good to connect with people "
                 "in the same field — maybe we can swap clients when one of us is overbooked?",
                 "Hi Camille, I'm a freelance content writer in Manchester. Would you be open to trading clients now and "
                 "then when we're too busy?",
                 "Hello Camille! Social ads freelancer here. Fancy exchanging projects when one of us has too much on?"):
        en = sample_draft(note, headline="Freelancer", name="Sam Whitaker")
        assert "Referring clients to each other" in en and "Good question" not in en, en


# --- a SaaS vendor wanting consultants to recommend its tool to their clients: a pitch, answered politely ---

def test_vendor_tool_resold_to_her_clients_is_a_pitch():
    en = sample_draft("Hi Camille – I'm head of growth at a SaaS startup (Tasklane) and we're looking to partner with "
                      "marketing consultants who could recommend our tool to their clients. Open to a chat about a referral "
                      "partnership?", headline="Head of Growth at Tasklane", name="Lucas Meyer")
    assert "not something I need right now" in en and "each other" not in en and "call" not in en
    fr = sample_draft("Bonjour Camille, je m'occupe des partenariats chez Plannio, un logiciel de planification. Nous "
                      "cherchons des consultants qui recommandent notre outil à leurs clients. Un échange ?",
                      headline="Partnerships @ Plannio", name="Léa Morel")
    assert "pas un besoin pour moi" in fr and "appel" not in fr
    es = sample_draft("Hola Camille, buscamos consultores que recomienden nuestra herramienta a sus clientes. ¿Te interesa "
                      "una colaboración?", headline="Growth en Herra", name="Pablo Ruiz")
    assert "no lo necesito" in es and "llamada" not in es
