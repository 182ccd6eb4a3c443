"""Wave 128, group E: meetings and training requests. A visit to Lyon in a named month gets that month, never "the next
two weeks"; someone abroad asking for a coffee gets a video call first and the coffee when next in Lyon; the topic of an
outside view or an exchange is kept as written; a training series (IHK, KvK) is acknowledged with its field; a director's
team training and a team of 12 are answered as a team's training."""

from __future__ import annotations

from drafting import sample_draft


def test_visit_to_lyon_in_a_named_month_gets_that_month_in_spanish_italian_portuguese() -> None:
    # 130 es_pt_it note-18: "estaremos en Lyon en junio. ¿Te apetece un café …?" answered with "en las próximas dos semanas"
    es = sample_draft("Hola Camille, soy CMO de una startup fintech en Madrid y estaremos en Lyon en junio. ¿Te apetece un "
                      "café para hablar de growth y SEO? Un abrazo, Laura Vidal", name="Laura Vidal")
    assert "en junio" in es and "próximas dos semanas" not in es
    # 130 es_pt_it note-62: "sarò a Lione a maggio. Ti andrebbe un caffè …?"
    it = sample_draft("Ciao Camille, sono CMO di una scale-up SaaS a Milano e sarò a Lione a maggio. Ti andrebbe un caffè "
                      "per parlare di growth marketing? A presto, Valentina Moretti", name="Valentina Moretti")
    assert "a maggio" in it and "prossime due settimane" not in it
    # 130 es_pt_it note-42: "vou passar por Lyon em setembro. Bora tomar um café …?"
    pt = sample_draft("Oi Camille! Sou head de marketing de uma rede de academias no Brasil e vou passar por Lyon em setembro. "
                      "Bora tomar um café e falar de social ads? 😄 Carolina Nunes", name="Carolina Nunes")
    assert "em setembro" in pt and "próximas duas semanas" not in pt


def test_visit_in_a_named_month_in_english_french_german_dutch() -> None:
    # 130 es_pt_it note-18 (variants): the coffee asked in the sentence after the visit
    en = sample_draft("Hi Camille, I'm CMO of a SaaS scale-up in London and I'll be in Lyon in June. Fancy a coffee to talk "
                      "about growth and SEO? Best, Emma Stone", name="Emma Stone")
    assert "in June" in en and "next two weeks" not in en
    fr = sample_draft("Bonjour Camille, je suis CMO d'une start-up à Paris et je serai à Lyon en juin. Un café pour parler "
                      "SEO ? Bien à toi, Julie Martin", name="Julie Martin")
    assert "en juin" in fr and "deux prochaines semaines" not in fr
    de = sample_draft("Hallo Camille, ich bin CMO eines Startups in München und bin im Mai in Lyon. Lust auf einen Kaffee, "
                      "um über SEO zu sprechen? Viele Grüße, Anna Schmidt", name="Anna Schmidt")
    assert "im Mai" in de and "nächsten zwei Wochen" not in de
    nl = sample_draft("Hoi Camille, ik ben CMO van een scale-up in Utrecht en ben in juni in Lyon. Zin in een koffie om over "
                      "SEO te praten? Groet, Sanne de Vries", name="Sanne de Vries")
    assert "in juni" in nl and "komende twee weken" not in nl


def test_getting_to_know_call_in_april_keeps_april_and_the_topic_in_german() -> None:
    # 130 de_nl note-18: "Kennenlerngespräch im April?" answered "nächste Woche", "internationaler SEO-Strategie" flattened
    de = sample_draft("Sehr geehrte Frau Laurent, als Marketingdirektor der Alpina Sportswear Gruppe bin ich an einem "
                      "Austausch zu internationaler SEO-Strategie interessiert. Wären Sie offen für ein Kennenlerngespräch im "
                      "April? Mit freundlichen Grüßen, Martin Krüger", headline="Marketing Director DACH, Alpina Sportswear",
                      name="Martin Krüger")
    assert "im April" in de and "nächste Woche" not in de
    assert "zu internationaler SEO-Strategie" in de and "über SEO" not in de


def test_coffee_asked_from_abroad_gets_a_video_call_first() -> None:
    # 130 fr_en note-35: a Berlin Head of Growth asking for a coffee chat got "which days for a coffee"
    en = sample_draft("Hi Camille, I'm Head of Growth at a Berlin fintech and we're considering launching in France. Would "
                      "you have time for a coffee chat about local acquisition channels?", headline="Head of Growth – Payly",
                      name="Lukas Becker")
    assert "video call" in en and "next time you're in Lyon" in en
    es = sample_draft("Hola Camille, soy Head of Growth en una fintech de Berlín y estamos pensando en lanzarnos en Francia. "
                      "¿Tendrías tiempo para un café sobre canales de adquisición locales?", headline="Head of Growth – Payly",
                      name="Lukas Becker")
    assert "videollamada" in es and "cuando pases por Lyon" in es


def test_coffee_asked_in_lyon_stays_a_coffee() -> None:
    # must not change: a sender in Lyon asking for a coffee gets the coffee, never a video call
    fr = sample_draft("Bonjour Camille, je suis responsable marketing d'une PME lyonnaise. Un café un de ces jours pour "
                      "parler SEO ?", name="Léa Petit")
    assert "visio" not in fr and "quels jours vous arrangent dans les deux prochaines semaines" in fr
    en = sample_draft("Hi Camille, I'm a marketing manager at a Lyon startup. Fancy a coffee sometime to talk about SEO?",
                      name="Tom Brown")
    assert "video call" not in en and "coffee" in en


def test_outside_view_on_a_strategy_names_it_in_french() -> None:
    # 130 fr_en note-13: "un regard extérieur sur notre stratégie d'acquisition" answered with a bare "Un café, volontiers"
    fr = sample_draft("Bonjour Camille, directeur marketing chez un groupe de distribution régional, je cherche un regard "
                      "extérieur sur notre stratégie d'acquisition. Un café à Lyon un de ces jours ?",
                      headline="Directeur Marketing – Groupe Rhône Distribution", name="Olivier Martin")
    assert "votre stratégie d'acquisition" in fr and "café" in fr


def test_training_series_is_acknowledged_with_its_field() -> None:
    # 131 de_nl note-3: "eine Schulungsreihe zu Content-Strategie" answered "Ich biete Schulungen und Workshops an"
    de = sample_draft("Sehr geehrte Frau Laurent,\nHerr Thomas Weber von der IHK Karlsruhe hat mir empfohlen, mich bei Ihnen zu "
                      "melden. Wir planen eine Schulungsreihe zu Content-Strategie für unsere Mitglieder und suchen eine "
                      "erfahrene Referentin.\nMit freundlichen Grüßen\nDr. Sabine Krüger",
                      headline="Leiterin Weiterbildung, IHK Karlsruhe", name="Sabine Krüger")
    assert "Ihre Schulungsreihe zu Content-Strategie" in de and "Ich biete Schulungen und Workshops an" not in de
    # 131 de_nl note-24: "een workshopreeks over contentstrategie" answered "Ik geef trainingen en workshops"
    nl = sample_draft("Geachte mevrouw Laurent,\nDe heer Pieter Janssen van de KvK Rotterdam raadde mij aan contact met u op te "
                      "nemen. Wij zoeken een trainer voor een workshopreeks over contentstrategie voor ondernemers.\nMet "
                      "vriendelijke groet,\nIngrid Bakker", headline="Programmamanager Ondernemerschap | KvK", name="Ingrid Bakker")
    assert "Uw workshopreeks over contentstrategie" in nl and "Ik geef trainingen en workshops" not in nl
    es = sample_draft("Estimada Sra. Laurent: el Sr. Juan Pérez de la Cámara de Comercio me recomendó contactarla. Estamos "
                      "organizando un ciclo de formación sobre estrategia de contenidos para nuestros socios y buscamos una "
                      "formadora con experiencia. Saludos cordiales, Marta Gil", name="Marta Gil")
    assert "Su ciclo de formación sobre estrategia de contenidos" in es


def test_team_training_asked_by_a_director_is_a_team_training() -> None:
    # 131 fr_en note-11: "une formation de nos équipes aux réseaux sociaux" called "votre proposition", the topic dropped
    fr = sample_draft("Madame,\nDirectrice marketing d'un groupe de distribution régional, je souhaiterais échanger avec vous "
                      "au sujet d'une formation de nos équipes aux réseaux sociaux.\nVeuillez agréer mes salutations "
                      "distinguées.\nIsabelle Fournier", headline="Directrice Marketing – Groupe Alpes Distribution",
                      name="Isabelle Fournier")
    assert "proposition, qui m'intéresse" not in fr and "formations aux réseaux sociaux" in fr
    # 131 de_nl note-38: "Wij zijn met 12 marketeers" got the brochure of every format, on site in FR/BE/CH only
    nl = sample_draft("Hoi Camille, ik heb jouw training over Google Analytics 4 gevolgd bij de Lyon Digital School vorig jaar. "
                      "Superleerzaam! Geef je ook trainingen op maat voor bedrijven? Wij zijn met 12 marketeers.",
                      headline="Teamlead Marketing | Bol.com", name="Joost Visser")
    assert "incompanytrainingen" in nl and "België en Zwitserland" not in nl
