"""Wave 125, group i: a marketing director asking her to GIVE a training at the company's internal seminar is a client
(yes, her in-house training, a call to scope it), never sent course recommendations."""

from __future__ import annotations

from drafting import sample_draft


def test_internal_seminar_training_to_give_gets_a_call_not_courses_es() -> None:
    # 124 es_pt_it note-10: "¿Estaría disponible para impartir una formación en octubre?" answered "le envío algunas formaciones"
    es = sample_draft("Estimada Sra. Laurent, soy directora de marketing en Grupo Altamar y estamos organizando un seminario "
                      "interno sobre redes sociales. ¿Estaría disponible para impartir una formación en octubre? Un saludo "
                      "cordial, Elena Márquez", headline="Directora de Marketing en Grupo Altamar", name="Elena Márquez")
    assert "formaciones que recomiendo" not in es
    assert "Sí, imparto formaciones para empresas" in es and "una llamada de 20 minutos sobre sus objetivos" in es


def test_internal_seminar_training_to_give_in_other_languages() -> None:
    nl = sample_draft("Beste mevrouw Laurent, ik ben marketingdirecteur bij Altamar Groep en we organiseren een intern seminar "
                      "over social media. Zou u in oktober beschikbaar zijn om een training te geven? Met vriendelijke groet, "
                      "Eva de Vries", headline="Marketingdirecteur", name="Eva de Vries")
    assert "cursussen die ik aanraad" not in nl and "Ja, ik verzorg incompanytrainingen" in nl and "gesprek van 20 minuten" in nl
    en = sample_draft("Dear Ms Laurent, I'm marketing director at Altamar Group and we're organising an internal seminar on social "
                      "media. Would you be available to deliver a training session in October? Kind regards, Helen Marsh",
                      headline="Marketing Director at Altamar", name="Helen Marsh")
    assert "courses I recommend" not in en and "Yes, I run in-house training sessions" in en and "20-minute call" in en
    de = sample_draft("Sehr geehrte Frau Laurent, ich bin Marketingleiterin bei der Altamar Gruppe und wir organisieren ein "
                      "internes Seminar zu Social Media. Hätten Sie im Oktober Zeit, eine Schulung zu halten? Freundliche Grüße, "
                      "Eva Schmidt", headline="Marketingleiterin", name="Eva Schmidt")
    assert "Kurse, die ich empfehle" not in de and "Ja, ich biete Inhouse-Schulungen an" in de
    it = sample_draft("Gentile Sig.ra Laurent, sono direttrice marketing presso Gruppo Altamar e stiamo organizzando un seminario "
                      "interno sui social. Sarebbe disponibile a tenere una formazione a ottobre? Cordiali saluti, Elena Rossi",
                      headline="Direttrice Marketing", name="Elena Rossi")
    assert "Sì, tengo corsi di formazione aziendali" in it and "call di 20 minuti" in it
    pt = sample_draft("Cara Sra. Laurent, sou diretora de marketing do Grupo Altamar e estamos a organizar um seminário interno "
                      "sobre redes sociais. Estaria disponível para dar uma formação em outubro? Com os melhores cumprimentos, "
                      "Ana Sousa", headline="Diretora de Marketing", name="Ana Sousa")
    assert "Sim, dou formações para equipas" in pt and "chamada de 20 minutos" in pt
    br = sample_draft("Prezada Sra. Laurent, sou diretora de marketing no Grupo Altamar e estamos organizando um seminário interno "
                      "sobre redes sociais. A senhora estaria disponível para ministrar um treinamento em outubro? Atenciosamente, "
                      "Ana Souza", headline="Diretora de Marketing", name="Ana Souza")
    assert "Sim, dou treinamentos para equipes" in br


def test_talk_at_a_public_conference_stays_a_speaker_invitation() -> None:
    # must not change: a talk at their (public) conference is an invitation to speak, never a team's training to buy
    en = sample_draft("Hi Camille, I'm organising a marketing conference in Lyon in October. Would you give a talk on SEO?",
                      name="Tom Baker")
    assert "in-house training" not in en


def test_ten_euros_a_day_on_meta_for_a_small_shop_is_answered() -> None:
    # 124 es_pt_it note-19: "¿De verdad con 10€/día se puede sacar algo para una tienda pequeña?" answered "Cuéntame qué has probado"
    es = sample_draft("Hola Camille, vi tu post sobre el presupuesto mínimo para Meta Ads. ¿De verdad con 10€/día se puede sacar "
                      "algo para una tienda pequeña? Gracias!!", headline="Emprendedora | Tienda online de cerámica", name="Paula Rincón")
    assert "Cuéntame qué has probado" not in es and "10 a 20 € al día" in es
    it = sample_draft("Ciao Camille, ho letto il tuo post sul budget per le Meta Ads. Davvero con 10 € al giorno si ottiene qualcosa "
                      "per un piccolo negozio?", headline="Negozio online", name="Giulia Neri")
    assert "Dimmi cosa hai già provato" not in it and "10-20 € al giorno" in it
    en = sample_draft("Hi Camille, saw your post on Meta Ads budgets. Can you really get results with €10/day for a small shop?",
                      headline="Shop", name="Kate Hill")
    assert "Tell me what you've tried" not in en and "about €10 to €20 a day" in en


def test_minimum_budget_for_ads_on_instagram_gets_the_figure() -> None:
    # 124 es_pt_it note-52: "che budget minimo consigli per iniziare con le ads su Instagram …?" answered Google-or-Meta, no figure
    it = sample_draft("Ciao Camille, che budget minimo consigli per iniziare con le ads su Instagram per un piccolo e-commerce di "
                      "ceramiche? Non vorrei buttare soldi 😅", headline="Fondatrice di Terra Viva Ceramiche", name="Elena Greco")
    assert "Google Ads se le persone cercano" not in it and "circa 10-20 € al giorno per un mese" in it


def test_meta_budget_question_naming_the_platform_keeps_its_answer() -> None:
    # must not change: a question naming its platform beside a daily budget is its own subject
    fr = sample_draft("Bonjour Camille, quel budget minimum conseilles-tu pour démarrer les pubs Instagram pour une petite "
                      "boutique en ligne ?", headline="E-commerce", name="Julie Roux")
    assert "10 à 20 € par jour pendant un mois" in fr
