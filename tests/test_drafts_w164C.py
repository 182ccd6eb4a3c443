"""Wave 164, group C: the request itself acknowledged.

* a founder sent by a referrer who struggles with her Instagram ads and asks for a short exchange gets help with those
  ads and a call, never a bare "how is the shop going?";
* a team to be trained (five people in paid social, a sales team in social media) is acknowledged as a team training,
  never a generic call "to get to know each other";
* "do you offer SEO training for small teams?" gets a yes to the training for small teams, never a bare "I advise";
* a workshop for an audience the sender named (the city's shopkeepers) is quoted after its length, size and place,
  never "tell me what you would like to learn";
* a lecturer who said the class is his own ("minha turma", "la mia classe") is not asked the audience again.
"""

from __future__ import annotations

from drafting import sample_draft


# -- a struggle with ads, a short exchange asked ------------------------------------------------------------------------

def test_referred_founder_struggling_with_instagram_ads_gets_help_and_call() -> None:
    text = sample_draft("Hi Camille! Markus Vogel von Growthly meinte, ich soll mich unbedingt bei dir melden – ich baue gerade einen "
                        "kleinen Onlineshop für handgemachte Keramik auf und kämpfe mit Instagram Ads. Hättest du Lust auf einen "
                        "kurzen Austausch? LG Lena", "Gründerin @ Tonwerk Studio", "Lena Schmitt")
    assert "Instagram Ads" in text and "Wie läuft es gerade" not in text and "20 Minuten" in text


def test_struggle_with_ads_in_other_languages() -> None:
    nl = sample_draft("Hoi Camille! Sanne de Vries zei dat ik je moest benaderen. Ik heb een kleine webshop in handgemaakte sieraden "
                      "en ik worstel met Instagram-advertenties. Zin in een kort gesprek? Groet, Eva", "", "Eva Mulder")
    assert "Ik help je graag met je Instagram" in nl and "Hoe gaat het met" not in nl


# -- a team to train ----------------------------------------------------------------------------------------------------

def test_team_of_five_to_train_in_paid_social_is_acknowledged() -> None:
    text = sample_draft("Hola Camille! Me pasó tu perfil Julie Moreau, dice que eres la mejor en formación de equipos de marketing. "
                        "Tenemos una startup en Barcelona y queremos formar a 5 personas en paid social.", "COO en Fresca App", "Jordi Puig")
    assert "formación de tu equipo en publicidad en redes sociales" in text and "para conocernos" not in text


def test_team_training_in_other_languages() -> None:
    pt = sample_draft("Exma. Sra. Camille Laurent,\nO Rui Pires, da agência Lumen, falou-me do seu trabalho em formação de equipas. "
                      "Somos uma PME de vinhos do Douro e pretendemos formar a equipa comercial em redes sociais.\n"
                      "Com os melhores cumprimentos,\nJoão Matos", "Diretor Comercial na Quinta do Vale Alto", "João Matos")
    assert "formação da sua equipa" in pt
    en = sample_draft("Hi Camille, Julie Moreau passed me your profile. We're a small startup in Dublin and we want to train 4 "
                      "people on Meta ads. Best, Sean", "", "Sean Byrne")
    assert "training your team in social ads" in en


def test_need_without_training_keeps_its_phrase() -> None:
    text = sample_draft("Hi Camille, Sarah Blake suggested I contact you. We need help with our SEO and paid social. Best, Tom",
                        "Founder, Brightside", "Tom Reed")
    assert "training your team" not in text and "SEO" in text


# -- training for small teams -------------------------------------------------------------------------------------------

def test_seo_training_for_small_teams_gets_a_yes_to_the_training() -> None:
    text = sample_draft("Estimada Sra. Laurent:\nLe escribo por recomendación de Jorge Pastor, de la agencia Nómada. Dirijo una pequeña "
                        "tienda online de cerámica y me gustaría saber si ofrece formaciones en SEO para equipos pequeños.\n"
                        "Atentamente,\nMercedes Ruiz", "Fundadora de Cerámica Ruiz", "Mercedes Ruiz")
    assert "Sí, también doy formaciones para equipos pequeños" in text


def test_training_for_small_teams_in_other_languages() -> None:
    en = sample_draft("Hello Camille, Sarah Blake from Nordly suggested I contact you. I run a small online bakery. Do you offer SEO "
                      "trainings for small teams?", "", "Paul Durand")
    # (small teams alone: the trainings answer's own in-house yes, never the small-business line)
    assert "Yes, I run in-house training sessions" in en and "small businesses and e-shops" not in en
    it = sample_draft("Ciao Camille, mi ha parlato di te Luca Neri. Ho un piccolo e-commerce di vini: fai formazioni sui social per "
                      "piccoli team?", "", "Paolo Rossi")
    assert "Sì, tengo corsi di formazione" in it and "piccole attività" not in it


def test_small_business_question_keeps_its_yes() -> None:
    text = sample_draft("Hello Camille, do you consult for small businesses? I run a candle shop.", "", "Ann Lee")
    assert "Yes, I work a lot with small businesses and e-shops." in text


# -- a workshop for an audience they named ------------------------------------------------------------------------------

def test_workshop_for_shopkeepers_quote_asks_length_size_place() -> None:
    text = sample_draft("Bonjour Madame, je suis responsable de la communication de la mairie de Villeurbanne. Nous souhaiterions "
                        "organiser un atelier pour les commerçants de la ville sur la visibilité en ligne. Pourriez-vous nous "
                        "transmettre vos tarifs ? Bien cordialement, Anne Girard", "Responsable communication - Ville de Villeurbanne",
                        "Anne Girard")
    assert "ce que vous aimeriez apprendre" not in text and "la durée envisagée, le nombre de participants" in text


def test_workshop_for_an_audience_in_other_languages() -> None:
    en = sample_draft("Hello, I work for the city of Leeds. We would like to organise a workshop on social media for local shop "
                      "owners. Could you send me your rates? Kind regards", "", "Paul Durand")
    assert "what you would like to learn" not in en and "how many people will attend" in en
    it = sample_draft("Buongiorno, lavoro per la Camera di Commercio di Brescia. Vorremmo organizzare un workshop sulla visibilità "
                      "online per i commercianti del centro. Potrebbe inviarci le sue tariffe? Cordiali saluti", "", "Paolo Rossi")
    assert "quante persone parteciperebbero" in it


# -- the class is his own -----------------------------------------------------------------------------------------------

def test_lecturer_naming_his_class_is_not_asked_the_audience() -> None:
    text = sample_draft("Oi Camille, sou professor numa faculdade em BH e queria saber se você daria uma aula online sobre SEO para "
                        "minha turma de pós. Tem como?", "Professor de Marketing - PUC Minas", "André Moreira")
    assert "público-alvo" not in text and "a duração" in text
