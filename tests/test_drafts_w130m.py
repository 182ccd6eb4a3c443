"""Wave 130, group M: a founder who doesn't know where to start with marketing gets the offer of a first tip (German
"weiß … nicht, wo ich mit Marketing anfangen soll" included), marketing named; a recruiter asking her to pass on
developers looking for a job gets "not my network", never "this job doesn't fit my profile"; a journalist's "vragen
over stellen" is never quoted as the message's topic."""

from __future__ import annotations

from drafting import sample_draft


def test_founder_lost_with_marketing_in_german_gets_a_first_tip_offered() -> None:
    # 135 de_nl note-18: "weiß ehrlich gesagt nicht, wo ich mit Marketing anfangen soll" answered "what would you like to read next?"
    de = sample_draft("Hallo Camille 👋 ich habe vor kurzem eine kleine Kaffeerösterei mit Onlineshop gegründet und weiß ehrlich "
                      "gesagt nicht, wo ich mit Marketing anfangen soll. Ich folge dir schon länger und finde deine Posts super "
                      "hilfreich! Liebe Grüße, Mia", name="Mia Braun")
    assert "als Nächstes" not in de
    assert "wo man beim Marketing ansetzen soll" in de and "sage ich dir gern, womit ich anfangen würde" in de


def test_founder_lost_with_marketing_names_marketing_not_social_media() -> None:
    # 135 de_nl note-18 (variants): the marketing she is lost with is named, never "social media"
    en = sample_draft("Hi Camille 👋 I recently founded a small coffee roastery with an online shop and honestly don't know "
                      "where to start with marketing. I've been following you for a while and find your posts super helpful!", name="Mia Brown")
    assert "Not knowing where to start with marketing is very common" in en
    fr = sample_draft("Bonjour Camille, je viens de créer une petite torréfaction avec une boutique en ligne et honnêtement je ne "
                      "sais pas par où commencer avec le marketing. Je vous suis depuis longtemps, vos posts sont super utiles !", name="Marie Roux")
    assert "par où commencer avec le marketing" in fr and "réseaux sociaux" not in fr


def test_founder_lost_with_instagram_still_gets_instagram_named() -> None:
    # a neighbour that must not change: the channel named stays the channel
    en = sample_draft("Hi Camille 👋 I recently founded a small coffee roastery with an online shop and honestly don't know "
                      "where to start with Instagram. I've been following you for a while and find your posts super helpful!",
                      name="Jane Doe")
    assert "Not knowing where to start with Instagram is very common" in en


def test_recruiter_asking_for_react_developers_gets_not_my_network() -> None:
    # 135 es_pt_it note-30: "se souber de devs React procurando vaga me avisa!" answered "essa vaga não combina com o meu perfil"
    br = sample_draft("Oi Camille, trabalho com recrutamento de engenheiros de software. Vi que vc tem uma rede grande, se souber "
                      "de devs React procurando vaga me avisa! Valeu, Felipe", name="Felipe Souza")
    assert "não combina com o meu perfil" not in br and "não tenho perfis desse tipo na minha rede" in br
    en = sample_draft("Hi Camille, I recruit software engineers. You seem to have a big network, if you know any React developers "
                      "looking for a job let me know! Thanks, Mark", name="Mark Jones")
    assert "isn't a fit for me" not in en and "no one with that profile comes to mind in my network" in en
    es = sample_draft("Hola Camille, recluto ingenieros de software. Si conoces desarrolladores React que busquen trabajo, "
                      "¡avísame! Gracias", name="Pablo Ruiz")
    assert "no tengo perfiles de ese tipo en mi red" in es
    it = sample_draft("Ciao Camille, mi occupo di recruiting di sviluppatori. Se conosci sviluppatori React in cerca di lavoro "
                      "fammi sapere! Grazie", name="Marco Conti")
    assert "non ho profili di questo tipo nella mia rete" in it
    de = sample_draft("Hallo Camille, ich rekrutiere Softwareentwickler. Wenn du React-Entwickler kennst, die eine Stelle suchen, "
                      "sag mir Bescheid!", name="Tim Koch")
    assert "passt daher nicht zu mir" not in de and "solche Profile nicht in meinem direkten Netzwerk" in de


def test_react_role_offered_to_her_still_declined_as_not_her_profile() -> None:
    # a neighbour that must not change: the role offered to her is declined as hers, not as her network's
    en = sample_draft("Hi Camille, we're hiring a senior React developer for our Lyon office. Would you be interested?",
                      name="Kate Moss")
    assert "this role isn't a fit for me" in en


def test_journalist_questions_over_stellen_never_quoted_as_topic() -> None:
    # 135 de_nl note-33: "Mag ik je daar een paar vragen over stellen?" thanked as "je bericht over stellen"
    nl = sample_draft("Hallo Camille, ik ben journalist bij Emerce en schrijf een stuk over de impact van AI op "
                      "zoekmachineoptimalisatie. Mag ik je daar een paar vragen over stellen? Een kwartiertje bellen deze week "
                      "zou top zijn. Groet, Thijs Mulder", name="Thijs Mulder")
    assert "over stellen" not in nl and "Ik werk graag mee aan het interview" in nl
    short = sample_draft("Hoi Camille, ik schrijf een artikel over lokale SEO voor mkb. Mag ik je daar wat vragen over stellen?",
                         name="Eva Jansen")
    assert "over stellen" not in short and "Bedankt voor je uitnodiging" in short
