"""Wave 137, group C: what the note already says or asks is kept — the link to her report asked for is sent here,
never "tell me about your business and budget"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said", [
    # 137 C es_pt_it note-17 (round 151): "¿Dónde se puede descargar completo? No encuentro el enlace." got business and budget
    ("Hola, vi tu post sobre el informe de tendencias SEO 2025. ¿Dónde se puede descargar completo? No encuentro el enlace. "
     "Gracias", "Te envío el enlace por aquí"),
    # 137 C es_pt_it note-61 (round 151): "dove si può scaricare la versione completa? Non trovo il link."
    ("Ciao, ho visto il tuo post sul report trend SEO 2025, dove si può scaricare la versione completa? Non trovo il link. "
     "Grazie", "ti mando il link qui"),
    # 137 C variants of note-17: fr, de, nl, pt-BR
    ("Bonjour, j'ai vu votre post sur le rapport tendances SEO 2025. Où peut-on le télécharger en entier ? Je ne trouve pas "
     "le lien. Merci", "je vous envoie le lien ici"),
    ("Hallo, ich habe Ihren Beitrag zum SEO-Trendreport 2025 gesehen. Wo kann man den vollständigen Bericht herunterladen? "
     "Ich finde den Link nicht. Danke", "Ich schicke Ihnen den Link"),
    ("Hoi, ik zag je post over het SEO trendrapport 2025. Waar kan ik het volledige rapport downloaden? Ik vind de link "
     "niet. Bedankt", "ik stuur je de link"),
    ("Oi, vi seu post sobre o relatório de tendências de SEO 2025. Onde dá pra baixar completo? Não achei o link. Valeu",
     "te mando o link por aqui"),
])
def test_a_download_link_asked_for_is_sent_here(note: str, said: str) -> None:
    text = sample_draft(note, headline="Marketing Specialist", name="Tomás Ruiz")
    assert said in text
    for budget in ("presupuesto", "budget", "orçamento", "Budget"):
        assert budget not in text


def test_a_report_read_without_a_question_keeps_its_draft() -> None:
    # 137 C neighbour of note-17: a post read, nothing asked, gets no link promised
    text = sample_draft("Hola Camille, vi tu post sobre el informe de tendencias SEO 2025, muy interesante. Un saludo",
                        headline="Marketing Specialist", name="Tomás Ruiz")
    assert "enlace" not in text and "informe de tendencias SEO 2025" in text


@pytest.mark.parametrize("note,said", [
    # 137 C fr_en note-19 (round 150), pt-PT variant: "caiu para metade" got "Depois conte-me os resultados"
    ("Olá Camille, participei na sua formação de social ads na Câmara de Comércio em fevereiro, obrigada mais uma vez! "
     "Apliquei os seus conselhos e o meu custo por clique caiu para metade.", "Parabéns pelo resultado"),
    # 137 C fr_en note-19, nl jij variant: "Ik heb je tips toegepast en mijn kosten per klik zijn gehalveerd" got a price answer
    ("Hoi Camille, ik heb in februari je social ads training bij de KvK gevolgd, nogmaals bedankt! Ik heb je tips toegepast "
     "en mijn kosten per klik zijn gehalveerd.", "Gefeliciteerd met dat mooie resultaat"),
])
def test_a_halved_cost_per_click_is_congratulated(note: str, said: str) -> None:
    text = sample_draft(note, headline="Gerente - Loja Mãozinhas", name="Ana Pereira")
    assert said in text
    for asked in ("conte-me os resultados", "prijs", "offerte", "waar je nu staat"):
        assert asked not in text


def test_a_price_asked_for_a_training_keeps_its_answer() -> None:
    # 137 C neighbour of note-19 (nl): a training's price really asked still gets the price line (since wave 156 E the
    # training's own: duration and content, and the online version asked beside it is answered too)
    text = sample_draft("Hoi Camille, wat kost je social ads training per persoon? Heb je ook een online versie?",
                        headline="Eigenaar - Winkel Handjes", name="Eva Smit")
    assert "hangt af van de duur en de inhoud" in text and "stuur ik je een offerte" in text
    assert "ook online" in text


@pytest.mark.parametrize("note,said", [
    # 137 C es_pt_it note-60 (round 151): "come hai fatto il salto a consulente freelance. Qualche consiglio per chi inizia?"
    ("Ciao Camille, lavoro come social media manager junior e vorrei capire come hai fatto il salto a consulente freelance. "
     "Qualche consiglio per chi inizia?", "mi sono messa in proprio"),
    # 137 C variants of note-60: fr (tu), en, de (du), nl (jij), pt
    ("Salut Camille, je suis social media manager junior et j'aimerais comprendre comment tu es passée consultante "
     "freelance. Des conseils pour se lancer ?", "je me suis installée en indépendante"),
    ("Hi Camille, I'm a junior social media manager and I'd love to know how you made the jump to freelance consultant. "
     "Any advice for starting out?", "Through my network"),
    ("Hallo Camille, ich bin Junior Social Media Managerin und würde gern wissen, wie du den Sprung in die "
     "Selbstständigkeit als Beraterin geschafft hast. Hast du Tipps für den Anfang?", "Mein Tipp"),
    ("Hoi Camille, ik ben junior social media manager en ik vraag me af hoe jij de stap naar freelance consultant hebt "
     "gemaakt. Tips voor iemand die begint?", "Mijn tip"),
    ("Olá Camille, sou social media manager júnior e gostava de perceber como deu o salto para consultora freelancer. "
     "Algum conselho para quem está a começar?", "passei a trabalhar por conta própria"),
])
def test_her_path_to_freelance_asked_is_told(note: str, said: str) -> None:
    text = sample_draft(note, headline="Social Media Manager Junior", name="Martina Rossi")
    assert said in text
    for bounced in ("a che punto sei", "où tu en es", "wo du gerade stehst", "waar je nu staat", "em que ponto está"):
        assert bounced not in text


@pytest.mark.parametrize("note,said", [
    # 137 C fr_en note-18 (round 150): a Shopify shop with "quasi aucune vente" got launch advice ("une page boutique simple")
    ("Bonjour Camille, je suis co-fondateur d'une boutique de vélos reconditionnés. On a un site Shopify mais quasi aucune "
     "vente... Je ne sais pas par où commencer. Merci si vous avez un moment", "par quoi je commencerais pour votre boutique"),
    # 137 C variants of note-18: en, de (Sie)
    ("Hi Camille, I co-founded a refurbished bike shop. We have a Shopify site but almost no sales... I don't know where to "
     "start. Thanks if you have a moment", "where I'd start with your shop"),
    ("Hallo Frau Laurent, ich bin Mitgründer eines Shops für aufbereitete Fahrräder. Wir haben eine Shopify-Seite, aber kaum "
     "Verkäufe... Ich weiß nicht, wo ich anfangen soll. Danke, falls Sie kurz Zeit haben", "wo ich bei Ihrem Shop anfangen würde"),
])
def test_an_existing_shop_without_sales_gets_no_launch_advice(note: str, said: str) -> None:
    text = sample_draft(note, headline="Co-fondateur Revélo Lyon", name="Maxime Durand")
    assert said in text
    for launch in ("page boutique simple", "simple shop page", "einfache Shopseite"):
        assert launch not in text


@pytest.mark.parametrize("note,said", [
    # 137 C de_nl note-19 (round 151): "für unsere Lernenden" is the audience told, never "die Zielgruppe" asked again
    ("Grüezi Frau Laurent, ich bin Berufsschullehrer für Kaufleute in Zürich und würde Sie gern für einen Gastvortrag "
     "(online) über digitales Marketing für unsere Lernenden anfragen. Wäre das grundsätzlich möglich?",
     "die geplanten Termine und die Dauer nennen"),
    # 137 C variant of note-19: "für unsere Auszubildenden"
    ("Grüezi Frau Laurent, ich bin Lehrer an einer Berufsschule in Bern und würde Sie gern für einen Gastvortrag über "
     "Social Media für unsere Auszubildenden anfragen. Wäre das möglich?", "die geplanten Termine"),
])
def test_apprentices_named_are_the_audience_told(note: str, said: str) -> None:
    text = sample_draft(note, headline="Lehrperson Wirtschaft & Gesellschaft | KV Zürich", name="Urs Keller")
    assert said in text and "Zielgruppe" not in text


def test_a_talk_without_its_audience_still_asks_for_it() -> None:
    # 137 C neighbour of note-19: no audience told, "die Zielgruppe" is still asked
    text = sample_draft("Sehr geehrte Frau Laurent, ich würde Sie gern für einen Gastvortrag über digitales Marketing "
                        "anfragen. Wäre das grundsätzlich möglich?", headline="Lehrperson | Berufsschule", name="Urs Keller")
    assert "Zielgruppe" in text


def test_her_course_attendee_is_not_asked_whether_english_is_ok() -> None:
    # 137 C de_nl note-18 (round 150): "ich habe Ihre Schulung online besucht … Gibt es auch einen Aufbaukurs?"
    text = sample_draft("Sehr geehrte Frau Laurent, ich habe Ihre Schulung \"SEO Grundlagen\" online besucht und wollte mich "
                        "nochmal für die praxisnahen Tipps bedanken. Gibt es auch einen Aufbaukurs? Freundliche Grüße, Monika Fischer",
                        headline="Marketing Assistentin", name="Monika Fischer")
    assert "Vertiefung zu SEO" in text and "Englisch" not in text


def test_a_team_training_asked_by_an_attendee_keeps_her_languages() -> None:
    # 137 C neighbour of note-18: a training for a whole German-speaking team still hears her working languages
    text = sample_draft("Hallo Frau Laurent, ich habe Ihren Workshop zu Social Ads besucht. Bieten Sie auch Schulungen für unser "
                        "ganzes Team an? Wir sind 8 Personen.", headline="Marketingleiterin", name="Petra Lang")
    assert "Inhouse-Schulungen" in text and "Wäre Englisch für Sie in Ordnung?" in text


@pytest.mark.parametrize("note,said,reasked", [
    # 137 C de_nl note-14 (round 150): "kämpfe mit der Sichtbarkeit bei Google … Schulungen für Gründer?" was asked what to learn
    ("Hallo Frau Laurent, ich habe vor kurzem meinen eigenen kleinen Onlineshop für Kaffee gegründet und kämpfe mit der "
     "Sichtbarkeit bei Google. Bieten Sie auch Schulungen für Gründer an? Viele Grüße, Markus Weber",
     "SEO-Einzelschulung direkt an Ihrer Website", "was Sie lernen möchten"),
    # 137 C de_nl note-36 (round 150): "worstel met vindbaarheid in Google. Geeft u ook trainingen voor starters?"
    ("Hallo mevrouw Laurent, ik ben net een kleine webshop in thee begonnen en worstel met vindbaarheid in Google. Geeft u "
     "ook trainingen voor starters? Vriendelijke groet, Kees Dekker", "SEO-training op uw eigen website", "wat u wilt leren"),
    # 137 C variants: fr, en
    ("Bonjour Madame Laurent, je viens de lancer ma petite boutique en ligne de thé et j'ai du mal à être visible sur Google. "
     "Proposez-vous des formations pour les créateurs ?", "formation SEO en individuel", "ce que vous aimeriez apprendre"),
    ("Hello Camille, I just launched a small online tea shop and I'm struggling to be found on Google. Do you run training "
     "for founders?", "one-to-one SEO session on your own site", "what you would like to learn"),
])
def test_a_training_asked_for_google_visibility_is_not_asked_what_to_learn(note: str, said: str, reasked: str) -> None:
    text = sample_draft(note, headline="Gründer, Röstwerk Weber", name="Markus Weber")
    assert said in text and reasked not in text


def test_a_training_asked_without_a_need_still_asks_what_to_learn() -> None:
    # 137 C neighbour of de note-14: no need told, what to learn is still asked
    text = sample_draft("Hallo Frau Laurent, bieten Sie auch Schulungen für Gründer an? Viele Grüße, Markus Weber",
                        headline="Gründer, Röstwerk Weber", name="Markus Weber")
    assert "lernen möchten" in text
