"""Wave 142, group J: a recruiter hiring for roles outside her field who says her network might be interested gets an
offer to pass the ad on, never "ce poste ne correspond pas à mon métier" nor "je ne vois personne"."""

from __future__ import annotations

from drafting import sample_draft


def test_recruiter_saying_her_network_might_be_interested_gets_the_ad_passed_on() -> None:
    # 142 J fr_en note-7: "je pense que votre réseau pourrait être intéressé" read as the post offered to her
    fr = sample_draft("Bonjour, je recrute des commerciaux terrain pour une entreprise de photovoltaïque, je pense que votre "
                      "réseau pourrait être intéressé. Bonne journée", name="Marc Dupont")
    assert "ne correspond pas à mon métier" not in fr and "je ne vois personne" not in fr
    assert "si je connais quelqu'un que ce poste peut intéresser, je lui transmettrai l'annonce" in fr
    tu = sample_draft("Salut, je recrute des commerciaux terrain pour une boîte de photovoltaïque, je pense que ton réseau "
                      "pourrait être intéressé !", name="Marc Dupont")
    assert "je lui transmettrai l'annonce" in tu
    en = sample_draft("Hi, I'm hiring field sales reps for a solar company, I think your network might be interested. Have a "
                      "good day", name="Mark Evans")
    assert "isn't a fit for me" not in en and "I'll pass the job ad on" in en
    de = sample_draft("Guten Tag, ich suche Außendienstmitarbeiter für ein Photovoltaik-Unternehmen, ich denke, Ihr Netzwerk "
                      "könnte interessiert sein.", name="Klaus Weber")
    assert "passt daher nicht zu mir" not in de and "leite ich die Anzeige gern weiter" in de
    pt = sample_draft("Olá, estou a recrutar comerciais de terreno para uma empresa fotovoltaica, acho que a sua rede poderia "
                      "estar interessada.", name="Rui Santos")
    assert "passo-lhe o anúncio" in pt
    br = sample_draft("Oi, estou recrutando vendedores externos para uma empresa de energia solar, acho que sua rede pode estar "
                      "interessada.", name="Felipe Souza")
    assert "não combina com o meu perfil" not in br and "passo a vaga adiante" in br


def test_recruiter_asking_whom_she_knows_still_gets_not_in_my_network() -> None:
    # 142 J neighbour that must not change: "Vous connaissez quelqu'un ?" is a question answered honestly
    fr = sample_draft("Bonjour, je recrute des soudeurs et des caristes pour un chantier à Lyon. Vous connaissez quelqu'un ?",
                      headline="Chargé de recrutement BTP", name="Paul Girard")
    assert "Je n'ai pas ce type de profils dans mon réseau proche" in fr and "transmettrai l'annonce" not in fr


def test_market_named_in_the_help_line_is_not_repeated_as_a_region_yes() -> None:
    # 142 J fr_en note-26: "I can certainly help with your SEO … for the French market." then "Yes, I work with clients in France."
    en = sample_draft("Hi Camille, Sarah Jenkins suggested I reach out. We run an online tea shop based in Bristol and are looking "
                      "to expand into France. Do you help UK brands with French SEO and social ads?",
                      headline="Co-founder, Leaf & Kettle", name="James Hall")
    assert "for the French market" in en and "Yes, I work with clients in France" not in en
    # neighbour that must not change: the place asked alone still gets its plain yes
    bare = sample_draft("Hi Camille, do you work with clients in France?", name="Emma Jones")
    assert "Yes, I work with clients in France." in bare
