"""Wave 159 D: direct questions answered plainly.

"Would you consider taking an intern? I would be grateful for any advice." gets the plain no and where to apply, led by a
sentence (never a bare "Where to apply:" label alone); "do you work with clients outside Europe?" gets the yes her
non-European region (Canada) backs, first, never "not yet" before naming Canada; "backlinks or content?" gets the choice
(content first); "is posting twice a week needed?" gets a plain answer on the pace; "Google or Semrush to start in SEO?" gets the one she would take, not five resources.
"""

from __future__ import annotations

from drafting import sample_draft


def test_intern_asked_with_advice_wished_gets_the_no_and_where_to_apply() -> None:
    # 196 fr_en note-26
    en = sample_draft("Dear Ms Laurent,\nI am a final-year student in Digital Marketing at the University of Leeds, looking for a "
                      "3-month internship this summer. Would you consider taking an intern? I would be grateful for any advice.\n"
                      "Yours sincerely,\nOliver Hughes", name="Oliver Hughes")
    assert "Dear Mr Hughes" in en and "I'm not taking on interns at the moment" in en
    assert "As for advice, here is where I would look: marketing agencies" in en and "\nWhere to apply:" not in en
    fr = sample_draft("Madame, je suis étudiante en master marketing à Grenoble et je cherche un stage de 4 mois. Envisageriez-vous "
                      "de prendre une stagiaire ? Tout conseil serait le bienvenu. Cordialement, Léa Martin")
    assert "Je ne prends pas de stagiaires en ce moment" in fr and "Côté conseils, voici où je chercherais : les agences" in fr
    assert "vous plaisent" in fr
    de = sample_draft("Sehr geehrte Frau Laurent, ich studiere Marketing in Köln und suche ein Praktikum. Würden Sie eine "
                      "Praktikantin aufnehmen? Für jeden Rat wäre ich dankbar. Mit freundlichen Grüßen, Jana Vogel")
    assert "nehme ich keine Praktikantinnen" in de and "Mein Tipp, wo ich suchen würde: bei Marketing-Agenturen" in de
    # neighbour: the interns question alone keeps its short no, no advice added
    plain = sample_draft("Hi Camille, do you take interns? Thanks!")
    assert "I'm not taking on interns" in plain and "As for advice" not in plain


def test_clients_outside_europe_get_the_yes_canada_backs() -> None:
    # 196 es_pt_it note-18
    es = sample_draft("Hola Camille, te escribo desde México 🇲🇽 Soy fundadora de una marca de ropa sostenible y vendemos en "
                      "Francia. ¿Trabajas con clientes fuera de Europa? Me interesa una auditoría SEO.\nSaludos, Valeria", name="Valeria Hernández")
    assert "Todavía no" not in es and "Sí, también tengo clientes en Canadá." in es
    assert es.index("Sí, también tengo clientes en Canadá") < es.index("Francia es justo mi mercado")
    en = sample_draft("Hi Camille, I'm based in Toronto and run a small skincare brand. Do you work with clients outside Europe?")
    assert "Not yet" not in en and "Yes, I also have clients in Canada." in en
    # neighbour: "outside France" still names her other regions
    fr_out = sample_draft("Hola Camille, ¿trabajas con clientes fuera de Francia?")
    assert "Sí, también tengo clientes en Suiza, en Bélgica y en Canadá." in fr_out


def test_links_or_content_gets_the_choice() -> None:
    # 197 es_pt_it note-30
    pt = sample_draft("Oi Camille, vi seu post sobre SEO local. Pergunta: vale a pena investir em backlinks pra uma loja pequena "
                      "de cosméticos ou é melhor focar no conteúdo? Obrigada!", name="Camila Ribeiro")
    assert "eu focaria primeiro no conteúdo" in pt and "Os links vêm depois" in pt and "Sim, os links ainda contam" not in pt
    fr = sample_draft("Bonjour Camille, pour ma petite boutique de thé en ligne, vaut-il mieux investir dans le netlinking ou "
                      "plutôt dans le contenu ? Merci")
    assert "je mettrais le contenu d'abord" in fr and "Les liens viennent ensuite" in fr
    # neighbour: "are backlinks still worth it?" keeps her links answer
    en = sample_draft("Hi Camille, quick one: are backlinks still worth it for a small bakery site?")
    assert "Yes, links still count, but quality beats quantity" in en and "content first" not in en


def test_posting_pace_answered() -> None:
    # 197 es_pt_it note-8
    es = sample_draft("Camille, te vi en el webinar de Semrush sobre contenido con IA. Una pregunta rápida: ¿sigues recomendando "
                      "publicar en el blog al menos 2 veces por semana para una tienda pequeña? Gracias!", name="Sofía Herrera")
    assert "No necesariamente: el ritmo importa menos" in es
    en = sample_draft("Hi Camille, I saw you on the HubSpot webinar about SEO. Is blogging twice a week still necessary for a small online shop?")
    assert "Not necessarily: the pace matters less" in en
    # neighbour: her own webinar is still hers, and no pace line without a pace asked
    own = sample_draft("Hi Camille, thanks for your webinar on SEO last week! Is a blog worth it for my small shop?")
    assert "my webinar" in own and "Not necessarily" not in own


def test_google_or_semrush_gets_one_pick() -> None:
    # 197 fr_en note-5
    fr = sample_draft("Salut Camille ! Etudiant en BTS com, je voulais savoir quelle certif tu conseilles pour commencer en SEO : "
                      "Google ou Semrush ? merci d'avance 🙏", headline="BTS Communication", name="Lucas Fontaine")
    assert "je commencerais par la Semrush Academy" in fr and "GA4" not in fr and "HubSpot" not in fr
    es = sample_draft("Hola Camille, estoy empezando en marketing y quiero aprender SEO. ¿Qué certificación me recomiendas, la de "
                      "Google o la de Semrush?")
    assert "empezaría por la Semrush Academy" in es
    en = sample_draft("Hi Camille, junior here. For SEO, would you go for a Semrush or a Google certificate first?")
    assert "I'd start with Semrush Academy" in en
