"""Wave 139, group C: a call or a coffee asked for gets a yes and the next step, in every language: "Seria possível
agendarmos uma conversa?" is answered with the call (never an unrelated question), a coffee asked after a meetup in Lyon is
accepted with days proposed (never swapped for a call, never "glad to work with you" presumed, never the availability
question bounced back), and the meetup is named."""

from __future__ import annotations

from drafting import sample_draft


def test_pt_pt_formal_referral_asking_to_schedule_a_call_gets_the_call() -> None:
    # 139 C es_pt_it note-25: "Seria possível agendarmos uma conversa?" answered "Como está a correr a sua loja online de vinhos?"
    pt = sample_draft("Exma. Sra. Laurent,\nA Dra. Teresa Pinto recomendou-me que a contactasse. Tenho uma pequena loja online de "
                      "vinhos no Porto e procuro apoio em SEO. Seria possível agendarmos uma conversa?\nCumprimentos,\nRui Almeida",
                      name="Rui Almeida")
    assert "Como está a correr" not in pt
    assert "chamada de 20 minutos" in pt and "lhe seriam convenientes" in pt


def test_inflected_meeting_requests_keep_the_call_in_other_languages() -> None:
    # 139 C es_pt_it note-25 (variants that already got the call, kept): "marcarmos uma conversa", "podríamos agendar", "fissare una chiamata", "gesprek inplannen"
    br = sample_draft("Prezada Camille, a Dra. Teresa Pinto me recomendou seu trabalho. Tenho uma pequena loja online de vinhos em "
                      "Curitiba e procuro apoio em SEO. Seria possível marcarmos uma conversa? Atenciosamente, Rui Almeida", name="Rui Almeida")
    assert "conversa de 20 minutos" in br and "Como está" not in br
    it = sample_draft("Gentile Sig.ra Laurent, la Dott.ssa Teresa Pinto mi ha consigliato di contattarla. Ho un piccolo negozio online "
                      "di vini a Verona e cerco supporto SEO. Potremmo fissare una chiamata? Cordiali saluti, Rui Almeida", name="Rui Almeida")
    assert "call di 20 minuti" in it
    nl = sample_draft("Geachte mevrouw Laurent, dr. Teresa Pinto raadde me aan contact met u op te nemen. Ik heb een kleine online "
                      "wijnwinkel in Utrecht en zoek hulp bij SEO. Kunnen we een gesprek inplannen? Met vriendelijke groet, Rui Almeida",
                      name="Rui Almeida")
    assert "gesprek van 20 minuten" in nl


def test_pt_coffee_after_a_lyon_meetup_is_accepted_with_days_and_the_meetup_named() -> None:
    # 139 C es_pt_it note-40: coffee swapped for a call, "trabalhar convosco" presumed, availability question bounced back
    pt = sample_draft("Olá Camille, estivemos juntas no meetup Women in Digital em Lyon na terça. Como falámos, gostava de tomar um "
                      "café contigo para saber mais sobre as tuas formações para equipas. Quando tens disponibilidade?",
                      headline="Head of Marketing - Vinhos Lusitanos France", name="Catarina Sousa")
    assert "meetup Women in Digital em Lyon" in pt
    assert "tomar esse café" in pt and "terça ou quinta" in pt
    assert "trabalhar convosco" not in pt and "chamada de 20 minutos" not in pt


def test_it_fr_coffee_after_a_meetup_gets_days_not_a_call() -> None:
    # 139 C es_pt_it note-61: "mi piacerebbe prendere un caffè … Quando sei disponibile?" answered with a 20-minute call
    it = sample_draft("Ciao Camille, ci siamo viste al meetup Digital Women a Lione giovedì. Come ti dicevo, mi piacerebbe prendere un "
                      "caffè insieme per parlare di una formazione per il mio team. Quando sei disponibile?",
                      headline="Head of Marketing - Italian Food France", name="Elisa Romano")
    assert "prendiamo un caffè" in it and "martedì o giovedì" in it
    assert "call di 20 minuti" not in it and "lavorare con il tuo team" not in it
    fr = sample_draft("Bonjour Camille, on s'est croisées au meetup Women in Digital à Lyon mardi. Comme on en a parlé, j'aimerais "
                      "prendre un café avec toi pour parler de tes formations pour équipes. Tu es dispo quand ?",
                      headline="Head of Marketing - Acme France", name="Julie Martin")
    assert "autour d'un café" in fr and "mardi ou jeudi" in fr and "appel de 20 minutes" not in fr
    assert "travailler avec ton équipe" not in fr


def test_es_which_day_for_a_coffee_is_answered_with_days() -> None:
    # 139 C es_pt_it note-20: "¿Qué día te viene bien?" bounced back as "¿qué horarios te vienen bien?"
    es = sample_draft("Hola Camille, nos vimos en el afterwork de marketers de Lyon el jueves. Como te comenté, me gustaría que nos "
                      "tomáramos un café para hablar de una posible colaboración en formación para mi equipo. ¿Qué día te viene bien?",
                      headline="Head of Marketing - Grupo Alvarado", name="Sergio Alvarado")
    assert "el martes o el jueves" in es and "qué horarios" not in es
    de = sample_draft("Hallo Camille, wir haben uns am Dienstag beim Women in Digital Meetup in Lyon getroffen. Wie besprochen würde "
                      "ich gern mit dir einen Kaffee trinken, um über deine Team-Schulungen zu sprechen. Wann hast du Zeit?",
                      headline="Head of Marketing - Acme France", name="Julia Weber")
    assert "Kaffee sehr gern" in de and "Dienstag oder Donnerstag" in de and "20 Minuten" not in de


def test_training_asked_without_a_coffee_still_gets_the_call() -> None:
    # 139 C neighbour that must not change: a team training asked with no coffee keeps the 20-minute call and the warm yes
    pt = sample_draft("Olá Camille, sou Head of Marketing numa empresa de vinhos. Dás formações para equipas? Gostava de saber mais.",
                      headline="Head of Marketing - Vinhos Lusitanos", name="Catarina Sousa")
    assert "chamada de 20 minutos" in pt and "café" not in pt
    it = sample_draft("Ciao Camille, sono Head of Marketing di Italian Food France. Fai formazioni per team? Mi piacerebbe saperne di più.",
                      headline="Head of Marketing - Italian Food France", name="Elisa Romano")
    assert "call di 20 minuti" in it and "caffè" not in it


def test_english_event_names_are_kept_whole() -> None:
    # 139 C fr_en note-39: "great chatting at the Lyon on Thursday" (the "startup afterwork" dropped)
    en = sample_draft("Hi Camille, we met at the Lyon startup afterwork on Thursday — I was the one with the coffee roastery. As "
                      "promised, connecting here! Looking forward to continuing our chat about Shopify SEO.",
                      headline="Founder, Roast & Co", name="Ben Carter")
    assert "at the Lyon startup afterwork on Thursday" in en
    # 139 C es_pt_it note-40 (English variant): "at the Women in Digital on Tuesday" (the "meetup" dropped)
    meetup = sample_draft("Hi Camille, we met at the Women in Digital meetup in Lyon on Tuesday. As we discussed, I'd like to have a "
                          "coffee with you to learn more about your team trainings. When are you available?",
                          headline="Head of Marketing - Acme France", name="Sarah Jones")
    assert "Women in Digital meetup" in meetup and "Tuesday or Thursday" in meetup
    # 139 C fr_en note-33: "a talk on local SEO at BrightonSEO's." (a dangling possessive)
    talk = sample_draft("Hi Camille, I'm organising BrightonSEO's online edition in April and we're looking for speakers on local SEO. "
                        "Would you be interested in giving a 20-minute talk?", headline="Events Manager, BrightonSEO", name="Lucy Hall")
    assert "at BrightonSEO's online edition" in talk


def test_brazilian_professor_signed_with_his_title_keeps_o_senhor() -> None:
    # 139 C es_pt_it note-37: "Prezado Professor" then "você pode me contar"
    br = sample_draft("Prezada Camille, sou professor na Universidade Federal de Minas Gerais e gostaria de convidá-la para uma aula "
                      "online sobre estratégia de conteúdo com nossos alunos de Comunicação. Atenciosamente, Prof. Marcos Vieira",
                      headline="Professor Adjunto - UFMG", name="Marcos Vieira")
    assert "Prezado Professor" in br and "o senhor poderia me informar" in br and "você" not in br


def test_dutch_company_we_keeps_jullie_throughout() -> None:
    # 139 C de_nl note-38: "Ik help jullie graag met SEO en je social ads"
    nl = sample_draft("Beste Camille, ik ben Head of Marketing bij een Belgische chocolatier en we willen in Frankrijk groeien via SEO "
                      "en social ads. Kunnen we binnenkort bellen? Vriendelijke groeten, Koen Peeters",
                      headline="Head of Marketing | Chocolaterie Peeters", name="Koen Peeters")
    assert "jullie social ads" in nl and "je social ads" not in nl


def test_speaker_invitation_asking_for_a_call_gets_the_call() -> None:
    # 139 C de_nl note-32: "Kunnen wij hierover een gesprek inplannen?" answered only with "de beoogde data en het format"
    nl = sample_draft("Geachte mevrouw Laurent, namens de organisatie van het Emerce eDay 2025 wil ik u uitnodigen als spreker over "
                      "contentstrategie. Kunnen wij hierover een gesprek inplannen? Met vriendelijke groet, drs. Marieke Vos",
                      headline="Programmamanager Emerce", name="Marieke Vos")
    assert "kort gesprek" in nl and "Welke dagen komen u volgende week uit?" in nl


def test_german_speaker_yes_is_not_said_twice() -> None:
    # 139 C de_nl note-10: "das freut mich sehr. Sehr gern, ich schaue dafür in meinen Kalender"
    de = sample_draft("Sehr geehrte Frau Laurent, für die Online Marketing Konferenz Bodensee im Mai suchen wir noch Speaker*innen zum "
                      "Thema Content-Strategie. Hätten Sie Interesse und Zeit? Freundliche Grüße, Dr. Andreas Vogel",
                      headline="Programmleitung OMK Bodensee", name="Andreas Vogel")
    assert "Sehr gern, ich schaue" not in de and "Interesse habe ich auf jeden Fall" in de
