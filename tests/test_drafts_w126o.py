"""Wave 126, group O (round 127 rewrites): a mentoring coffee is met as a peer sharing what she learned, never a sales
"first chat to see how I can help"; a speaker call's quoted event name is closed before the month, and its field is kept."""

from __future__ import annotations

from drafting import sample_draft

_MARTINA = ('Hallo Camille, ich organisiere die E-Commerce Konferenz "Shop Days Stuttgart" im Mai und suche noch Speaker für SEO. '
            'Honorar + Reisekosten werden übernommen. Interesse? Grüße, Martina Wolf')


def test_mentoring_coffee_is_no_sales_chat() -> None:
    # 127 fr_en note-39: "I'd love some mentoring … grab a coffee sometime?" answered "Thank you for your trust! … to see how I can help"
    en = sample_draft("Hi Camille, I'm a community manager at a Lyon startup and I'd love some mentoring on building a content strategy "
                      "from scratch. Any chance we could grab a coffee sometime?", headline="Community Manager at Vizzio", name="Lucas Martin")
    assert "trust" not in en and "how I can help" not in en
    assert "Happy to share what I've learned along the way, and a coffee sounds good." in en


def test_mentoring_coffee_in_other_languages() -> None:
    de = sample_draft("Hallo Camille, ich bin Community Managerin in Lyon und würde mich sehr über ein Mentoring zur Content-Strategie "
                      "freuen. Hättest du mal Zeit für einen Kaffee?", name="Anna Keller")
    assert "Vertrauen" not in de and "Sehr gern teile ich mit dir, was ich gelernt habe, gern bei einem Kaffee." in de
    nl = sample_draft("Hoi Camille, ik ben community manager en zou graag wat mentoring krijgen bij het opzetten van een contentstrategie. "
                      "Zin om een keer koffie te drinken?", name="Eva de Vries")
    assert "vertrouwen" not in nl and "Ik deel graag met je wat ik onderweg geleerd heb, en een kop koffie lijkt me leuk." in nl
    fr = sample_draft("Bonjour Camille, je débute en community management et j'aimerais beaucoup être mentorée par vous. "
                      "Un café un de ces jours ?", name="Léa Roux")
    assert "confiance" not in fr and "Je partagerai volontiers avec vous ce que j'ai appris autour d'un café." in fr
    it = sample_draft("Ciao Camille, sono una community manager e mi piacerebbe avere un po' di mentoring sulla strategia di contenuti. "
                      "Un caffè qualche volta?", name="Giulia Rossi")
    assert "fiducia" not in it and "Con piacere ti racconto quello che ho imparato, e un caffè mi va benissimo." in it
    es = sample_draft("Hola Camille, soy community manager y me encantaría que fueras mi mentora en estrategia de contenidos. "
                      "¿Tomamos un café algún día?", name="Lucía Gómez")
    assert "confianza" not in es and "Con mucho gusto te cuento lo que he aprendido, y un café me parece muy bien." in es


def test_mentoring_offer_question_unchanged() -> None:
    # a nearby note that must not change: whether she mentors at all is answered with her one-to-one mentoring
    en = sample_draft("Hi Camille, I'm new to SEO and would really value a mentor. Would you be open to mentoring me a little?", name="Sam Lee")
    assert "Yes, I do one-to-one mentoring." in en


def test_speaker_call_quoted_event_closed_and_field_kept() -> None:
    # 127 de_nl note-19: '"Shop Days Stuttgart im Mai' (the quote left open) and "das Thema" asked although SEO was given
    de = sample_draft(_MARTINA, headline="Event Managerin, Shop Days Stuttgart", name="Martina Wolf")
    assert "für einen Vortrag zum Thema SEO bei den Shop Days Stuttgart angefragt hast" in de  # 137 E: by the name's own noun
    assert "Stuttgart im Mai" not in de and "das Thema" not in de
    nl = sample_draft('Hoi Camille, ik organiseer de e-commerce conferentie "Shop Dagen Gent" in mei en we zoeken nog sprekers over SEO. '
                      'Vergoeding en reiskosten betaald. Interesse?', name="Martijn Wolf")
    assert "een lezing over SEO op de Shop Dagen Gent" in nl and "het onderwerp" not in nl
    en = sample_draft('Hi Camille, I organise the e-commerce conference "Shop Days Leeds" in May and we are still looking for speakers on SEO. '
                      'Fee and travel covered. Interested?', name="Martin Wolf")
    assert "a talk on SEO at Shop Days Leeds" in en


def test_speaker_call_for_an_event_keeps_event_not_topic() -> None:
    # nearby: "Speaker für die OMR" names the event, never a topic
    de = sample_draft("Hallo Camille, wir suchen noch Speaker für die OMR Masterclass im Juni. Hättest du Interesse?", name="Jonas Weber")
    assert "zum Thema" not in de


def test_minimal_daily_meta_budget_in_dutch_gets_the_figure() -> None:
    # 127 de_nl note-38: "wat is volgens jou een minimaal dagbudget voor Meta ads?" answered with free SEO and Search Console
    nl = sample_draft("Beste Camille, ik zag je talk op Marketing Live in Amsterdam over social ads met klein budget. Ik vroeg me af: "
                      "wat is volgens jou een minimaal dagbudget voor Meta ads voor een lokale winkel? Groet, Monique",
                      headline="Marketing, Fietsenwinkel Bos", name="Monique Bos")
    assert "Search Console" not in nl and "reken ik op zo'n 10 tot 20 euro per dag" in nl
    nl2 = sample_draft("Hoi Camille, wat is een minimaal budget per dag voor Facebook-advertenties voor een kleine zaak?", name="Sanne Jansen")
    assert "reken ik op zo'n 10 tot 20 euro per dag" in nl2


def test_minimum_daily_budget_other_languages_unchanged() -> None:
    # nearby notes that already got the figure keep it
    de = sample_draft("Hallo Camille, was ist deiner Meinung nach ein minimales Tagesbudget für Meta Ads für einen lokalen Laden?",
                      name="Jonas Weber")
    assert "rechne ich mit etwa 10 bis 20 € pro Tag" in de
    en = sample_draft("Hi Camille, what would you say is the minimum daily budget for Meta ads for a local shop?", name="Ben Foster")
    assert "I'd budget about €10 to €20 a day" in en


def test_no_note_english_name_and_headline_at_a_lyon_school_is_answered_in_english() -> None:
    # 127 fr_en note-44: no note, "Student in Digital Marketing & Communication at EM Lyon" from Chloe Adams answered in French
    en = sample_draft("", headline="Student in Digital Marketing & Communication at EM Lyon", name="Chloe Adams")
    assert en.startswith("Hello Chloe,") and "Thanks for connecting" in en and "Merci" not in en
    en2 = sample_draft("", headline="Marketing Manager at Lyon Tech Hub", name="Sarah Miller")
    assert "Merci" not in en2


def test_no_note_french_name_at_a_lyon_school_stays_french() -> None:
    # nearby: the same headline from a French name is a Lyon student, answered in French
    fr = sample_draft("", headline="Student in Digital Marketing & Communication at EM Lyon", name="Chloé Martin")
    assert fr.startswith("Bonjour Chloé,") and "Merci pour l'invitation" in fr


def test_dutch_how_i_work_reads_naturally() -> None:
    # 127 de_nl note-42 (wording only): "daarna … Daarna", "het team" and "Welke tijden komen je uit?" were awkward
    nl = sample_draft("Hoi Camille, ik ben oprichter van een startup in duurzame sneakers en we lanceren dit voorjaar in Frankrijk. "
                      "Kun jij ons helpen met onze social ads strategie? Hoe werk je meestal? Groet, Tim", name="Tim Bosman")
    assert "je eigen team voert ze uit" in nl and "Wanneer komt het jou uit?" in nl and "tijden komen" not in nl
