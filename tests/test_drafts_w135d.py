"""Wave 135, group D: language, variant and quotes. Two days in a row read "les 14 et 15 mai" / "on 9 and 10 October"
(never a "from … to" span); a lowercase "march" is capitalised when echoed; an Italian headline description gets an
Italian reply; the Dutch interview time question reads "welk moment komt jou goed uit"."""

from __future__ import annotations

from drafting import sample_draft


def test_two_days_in_french_and_english_are_joined_by_and() -> None:
    # 135 fr_en note-15: "au salon E-commerce Lyon du 14 au 15 mai"
    fr = sample_draft("Bonjour Camille, nous organisons le salon E-commerce Lyon les 14-15 mai et recherchons des speakers pour "
                      "une conférence de 30 min sur le SEO pour les e-commerçants. Votre intervention nous intéresserait "
                      "beaucoup. Emma", headline="Chargée de programmation - E-commerce Lyon", name="Emma Petit")
    assert "les 14 et 15 mai" in fr and "du 14 au 15" not in fr
    # 135 fr_en note-30: "at the International Marketing Summit from 9 to 10 October"
    en = sample_draft("Dear Ms Laurent,\nOn behalf of the International Marketing Summit in Dublin (9-10 October), I'd like to "
                      "invite you to speak on a panel about SEO in the age of AI. Please let me know if you would be "
                      "interested.\nYours sincerely,\nSiobhan Kelly",
                      headline="Programme Director - International Marketing Summit", name="Siobhan Kelly")
    assert "on 9 and 10 October" in en and "from 9 to 10" not in en


def test_two_days_in_german_dutch_and_portuguese_are_joined_by_and() -> None:
    # 135 fr_en note-30 (variants): "vom 9. bis 10. Oktober", "van 9 tot en met 10 oktober", "de 9 a 10 de outubro"
    de = sample_draft("Sehr geehrte Frau Laurent, für unsere Konferenz Digital Days in Köln (9.-10. Oktober) möchten wir Sie "
                      "als Speakerin für ein Panel zu SEO und KI einladen. Hätten Sie Interesse? Viele Grüße, Jonas Weber",
                      headline="Programmleitung Digital Days", name="Jonas Weber")
    assert "am 9. und 10. Oktober" in de and "vom 9. bis" not in de
    nl = sample_draft("Beste Camille, voor ons congres in Utrecht (9-10 oktober) zoeken we sprekers voor een panel over SEO en "
                      "AI. Zou je interesse hebben? Groet, Sanne", headline="Programmamanager", name="Sanne Bakker")
    assert "op 9 en 10 oktober" in nl and "tot en met" not in nl
    pt = sample_draft("Olá Camille, no nosso congresso em Lisboa (9-10 de outubro) gostaríamos de a convidar para um painel "
                      "sobre SEO e IA. Teria interesse? Cumprimentos, Inês", headline="Gestora de eventos", name="Inês Costa")
    assert "nos dias 9 e 10 de outubro" in pt


def test_lowercase_month_echoed_in_english_is_capitalised() -> None:
    # 135 fr_en note-34: "after the Google Partners workshop in march"
    en = sample_draft("hey camille, we were both at the Google Partners workshop in Paris in march, i was the guy who asked "
                      "all the questions about performance max haha. would be good to connect", headline="PPC Specialist",
                      name="Chris Moore")
    assert "in March" in en and "in march" not in en


def test_month_in_french_keeps_its_lowercase() -> None:
    # 135 fr_en note-34 (must not change): French months are lowercase
    fr = sample_draft("salut camille, on était tous les deux à l'atelier Google Partners à Paris en mars, c'était top. au plaisir",
                      headline="Consultant SEA", name="Hugo Martin")
    assert "en mars" in fr and "Mars" not in fr


def test_noteless_italian_headline_description_gets_italian() -> None:
    # 135 es_pt_it note-66: "Founder @ Lanificio Sole | Maglieria artigianale online" answered in English
    it = sample_draft("", headline="Founder @ Lanificio Sole | Maglieria artigianale online", name="Irene Rossi")
    assert "Lanificio Sole" in it and "Thanks for connecting" not in it
    assert "La ringrazio" in it or "Grazie" in it


def test_noteless_english_headline_description_stays_english() -> None:
    # 135 es_pt_it note-66 (must not change): an English description keeps the English reply
    en = sample_draft("", headline="Founder @ Acme | Handmade knitwear online", name="Irene Smith")
    assert "Thanks for connecting" in en


def test_dutch_interview_time_question_reads_goed_uit() -> None:
    # 135 de_nl note-40: "welk moment komt jou uit" is ungrammatical
    nl = sample_draft("Beste Camille,\n\nVoor mijn masterscriptie (UvA) onderzoek ik hoe kleine e-shops TikTok inzetten.\n"
                      "Zou je mee willen werken aan een interview van 30 min?\n\nHartelijke groet,\nYara Hoekstra",
                      name="Yara Hoekstra")
    assert "welk moment komt jou goed uit" in nl


def test_casual_brazilian_sender_gets_brazilian_portuguese() -> None:
    # 135 es_pt_it note-27: "mais vale", "tem de", "prontas a", "a tua" to an "E aí … kkk" sender
    br = sample_draft("E aí Camille, tenho uma loja virtual de acessórios pet e queria saber: vale a pena investir em Google "
                      "Shopping ou focar no Instagram primeiro? Meu orçamento é bem apertado kkk",
                      headline="Fundador da PetMimo", name="Thiago Souza")
    assert "mais vale" not in br and "tem de" not in br and "a tua" not in br
    assert "Oi, Thiago!" in br and "sua loja virtual" in br


def test_european_portuguese_shop_question_stays_european() -> None:
    # 135 es_pt_it note-27 (must not change): a European sender keeps pt-PT
    pt = sample_draft("Olá Camille, tenho uma loja online de acessórios para animais e queria saber: vale a pena investir em "
                      "Google Shopping ou apostar primeiro no Instagram? O meu orçamento é apertado.",
                      headline="Fundador da PetLuso", name="Tiago Ferreira")
    assert "mais vale" in pt and "Olá, Tiago," in pt


def test_brazilian_social_media_job_seeker_gets_brazilian_portuguese() -> None:
    # 135 es_pt_it note-34: "digo-lhe", "Votos de sucesso" to a likely Brazilian "social media" job seeker
    br = sample_draft("Olá, estou desempregada há 3 meses, trabalhei 5 anos como social media. Se souber de vagas em marketing "
                      "digital (remoto) ficaria muito grata.", headline="Social Media | Open to work", name="Patrícia Gomes")
    assert "digo-lhe" not in br and "Votos de sucesso" not in br
    assert "você tem muito a oferecer" in br


def test_cara_with_a_compound_first_name_is_mirrored() -> None:
    # 135 es_pt_it note-38: "Cara Camille" answered "Olá, Ana Rita"
    pt = sample_draft("Cara Camille,\nSou professora de marketing no ISCTE e gostaríamos de a convidar para uma aula aberta "
                      "(online) com os nossos alunos de mestrado sobre estratégia de conteúdos. Estaria disponível em novembro?"
                      "\nCumprimentos,\nAna Rita Silva", headline="Professora Auxiliar | ISCTE Business School", name="Ana Rita Silva")
    assert pt.startswith("Cara Ana Rita,")
    caro = sample_draft("Caro Camille, sou diretor da escola e gostaríamos de a convidar para uma aula aberta sobre SEO. Estaria "
                        "disponível em março? Cumprimentos, João Pedro Santos", headline="Diretor", name="João Pedro Santos")
    assert caro.startswith("Caro João Pedro,")


def test_between_quote_keeps_both_terms() -> None:
    # 135 de_nl note-37: "het verschil tussen bereik" without "en impact"
    nl = sample_draft("Hallo Camille, je post over het verschil tussen bereik en impact vond ik heel herkenbaar. Ik werk zelf in "
                      "contentmarketing bij een zorgorganisatie. Leuk om te connecten! Groet, Marloes de Graaf", name="Marloes de Graaf")
    assert "het verschil tussen bereik en impact" in nl
    en = sample_draft("Hi Camille, I loved your post about the difference between reach and impact, so true. I work in content "
                      "marketing at a healthcare organisation. Happy to connect! Emma", name="Emma Brown")
    assert "between reach and impact" in en


def test_tips_applied_now_keep_no_stray_word_and_are_not_asked_again() -> None:
    # 135 de_nl note-41: "de tips over keyword clustering nu", then "Als je er iets van toepast"
    nl = sample_draft("Hi Camille, bedankt nog voor je training bij ons op kantoor vorige maand! We passen je tips over keyword "
                      "clustering nu toe. Groeten van het hele team, Koen Verbeek", name="Koen Verbeek")
    assert "keyword clustering nu" not in nl and "Als je er iets van toepast" not in nl
    assert "tips over keyword clustering" in nl and "toegepast" in nl
    de = sample_draft("Hallo Camille, danke nochmal für dein Training bei uns im Büro letzten Monat! Wir setzen deine Tipps zum "
                      "Keyword-Clustering jetzt um. Grüße vom ganzen Team, Jan", name="Jan Koch")
    assert "jetzt um" not in de and "Tipps zum Keyword-Clustering" in de


def test_training_thanks_without_practice_still_invites_news() -> None:
    # 135 de_nl note-41 (must not change): not applying yet keeps "Als je er iets van toepast"
    nl = sample_draft("Hi Camille, bedankt nog voor je training bij ons op kantoor vorige maand! Heel leerzaam. Groet, Koen Verbeek",
                      name="Koen Verbeek")
    assert "Als je er iets van toepast" in nl


def test_brazilian_hug_signoff_is_answered_with_a_hug() -> None:
    # 135 es_pt_it note-40: "Atenciosamente" is stiff after "Abs, Marcelo"
    br = sample_draft("Boa tarde, sou Head of Growth de uma fintech em São Paulo e estamos expandindo para a França. Gostaria de "
                      "trocar uma ideia sobre aquisição de clientes lá.\nAbs, Marcelo", headline="Head of Growth na PagFácil",
                      name="Marcelo Alves")
    assert "Atenciosamente" not in br and "\nAbraço,\n" in br
