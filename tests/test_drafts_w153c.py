"""Wave 153 C: who the sender is, misread. A firm's marketing lead moving into France and asking for advice is a client
lead (a call about the plans, never generic tips dumped); a career changer asking for a chat about how she built her
practice is no client (a chat agreed, never "your goals and budget"); a peer SEO asking "content or technical first?" after
a core update gets her answer (Search Console, sections vs pages), never a prospect's "tell me your business and budget"."""

from drafting import sample_draft


def _body(text: str) -> str:
    return text.lower()


# -- a firm's marketing lead expanding into France: a call, not tips ------------------------------------------------

def test_marketing_director_expanding_into_france_gets_a_call():
    note = ("Dear Ms Laurent,\nAs Marketing Director at Brightwell Retail UK, I am looking to expand our e-commerce presence "
            "in France and would welcome your advice.\nYours sincerely,\nCatherine Hale")
    d = sample_draft(note, headline="Marketing Director, Brightwell Retail", name="Catherine Hale")
    assert "call" in d and "France" in d
    assert "machine translation" not in d


def test_head_of_marketing_own_words_expanding_gets_a_call():
    note = ("Hello Camille, I'm Head of Marketing at a UK homeware brand. We plan to expand our online store into France "
            "next spring and I'd appreciate your advice.")
    d = sample_draft(note, headline="Head of Marketing, Oakline Home", name="Priya Shah")
    assert "call" in d
    assert "machine translation" not in d


def test_spanish_marketing_director_any_advice_gets_a_call():
    note = ("Hola Camille, soy directora de marketing de una marca de cosmética y queremos vender online en Francia el año "
            "que viene. ¿Algún consejo?")
    d = sample_draft(note, headline="Directora de marketing", name="Lucía Gómez")
    assert "llamada" in d
    assert "traducción automática" not in d


def test_small_shop_founder_keeps_her_france_tips():
    note = "Hi Camille, I run a small candle shop on Etsy and we'd like to start selling in France. Any advice?"
    d = sample_draft(note, headline="Founder, Glow Candles", name="Emma Cole")
    assert "real French" in d


# -- a career changer's chat: no client -----------------------------------------------------------------------------

def test_career_changer_chat_is_no_client_call():
    note = ("Hi Camille, I'm switching careers from teaching into digital marketing. Would you be open to a 20-minute chat "
            "about how you built your consulting practice? Happy to work around your schedule.")
    d = sample_draft(note, headline="Former teacher | Career changer into marketing", name="Laura Simmons")
    assert "budget" not in _body(d) and "goals" not in _body(d)
    assert "chat" in d or "call" in d
    assert "sounds interesting" not in _body(d)


def test_career_changer_own_words_chat_is_no_client_call():
    note = ("Hello Camille, I'm changing careers after eight years in hospitality. Would you have 15 minutes for a call on "
            "how you started your consulting business?")
    d = sample_draft(note, headline="Career changer | Aspiring marketer", name="Tom Reed")
    assert "budget" not in _body(d) and "goals" not in _body(d)


def test_prospect_asking_her_consulting_keeps_the_client_call():
    note = ("Hi Camille, we are a B2B SaaS and would like to know more about your consulting services for SEO. "
            "Open to a 20-minute call?")
    d = sample_draft(note, headline="Head of Marketing", name="Laura Simmons")
    assert "goals" in _body(d)


# -- a peer's "content or technical first?" after a core update: her answer -----------------------------------------

def test_peer_content_or_tech_first_after_update_is_answered():
    note = ("Hi, dein Post über Google Core Updates war echt stark. Wie gehst du bei Kunden vor, die nach so einem Update "
            "40% Traffic verloren haben? Erst Content oder erst Technik? VG Daniel")
    d = sample_draft(note, headline="SEO Freelancer", name="Daniel Schmitt")
    assert "Search Console" in d
    assert "Budget" not in d and "Geschäft" not in d


def test_french_peer_content_or_tech_first_is_answered():
    note = ("Bonjour, super post sur les core updates. Quand un client perd 30% de trafic après une mise à jour, tu commences "
            "par le contenu ou par la technique ? Marc")
    d = sample_draft(note, headline="Consultant SEO freelance", name="Marc Petit")
    assert "Search Console" in d
    assert "budget" not in _body(d)


def test_english_peer_content_or_technical_first_is_answered():
    note = ("Hello, loved your post on Google core updates. When a client loses 30% of traffic after an update, do you start "
            "with content or with technical fixes? Tom")
    d = sample_draft(note, headline="SEO consultant", name="Tom Hardy")
    assert "Search Console" in d
    assert "budget" not in _body(d)


def test_how_she_works_asked_by_a_firm_moving_into_france_keeps_her_answer() -> None:
    # regression of wave 153 C (r174 es_pt_it note-40): "como você trabalha com campanhas" lost her way of working
    pt = sample_draft("Olá Camille, sou diretora de marketing de uma marca de cosméticos brasileira que quer entrar no mercado "
                      "francês. Gostaria de entender como você trabalha com campanhas de social ads aí.",
                      headline="Diretora de Marketing – Bela Natura", name="Fernanda Lima")
    assert "auditoria" in pt
