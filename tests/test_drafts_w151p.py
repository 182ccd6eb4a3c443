"""Wave 151, group P: a topic the note gives for the talk to go on ("continuer notre échange sur le SEO pour les boutiques
Shopify") is picked up, never re-asked; a referrer described as her former colleague is never taken for the sender."""

from __future__ import annotations

from drafting import sample_draft


def test_long_followup_topic_is_picked_up_not_reasked() -> None:
    # 176 fr_en note-1: "continuer notre échange sur le SEO pour les boutiques Shopify" answered "De quoi aimeriez-vous que nous parlions ?"
    fr = sample_draft("Bonjour Camille, on s'est croisées au salon E-commerce One to One à Lyon mardi, sur le stand de Shopify. "
                      "J'aurais aimé continuer notre échange sur le SEO pour les boutiques Shopify. Au plaisir ! Julie",
                      "Fondatrice @ Maison Albe – cosmétiques naturels", name="Julie Morel")
    assert "De quoi aimeriez-vous" not in fr and "Avec plaisir !" not in fr
    assert "reprendre notre discussion sur le SEO pour les boutiques Shopify" in fr and "où en êtes-vous" in fr
    tu = sample_draft("Salut Camille, on s'est croisées au salon E-commerce à Lyon mardi. J'aimerais bien continuer notre échange "
                      "sur le SEO pour les boutiques Shopify. À plus ! Julie", "Fondatrice", name="Julie Morel")
    assert "sur le SEO pour les boutiques Shopify" in tu and "tu en es où" in tu and "De quoi aimerais-tu" not in tu


def test_short_followup_topic_unchanged() -> None:
    # 176 fr_en note-1 (must-not-change neighbour): a short topic kept as it was
    fr = sample_draft("Bonjour Camille, ravie de notre rencontre au salon E-commerce à Lyon mardi. J'aimerais poursuivre notre "
                      "discussion sur le SEO local.", "Fondatrice", name="Julie Morel")
    assert "Pour reprendre notre discussion sur le SEO local : où en êtes-vous de ce côté ?" in fr
    en = sample_draft("Hi Camille, we met at the E-commerce One to One show in Lyon on Tuesday. I'd love to continue our chat "
                      "about SEO for Shopify stores.", "Founder", name="Emma Stone")
    assert "Happy to pick up our chat about SEO for Shopify stores. How are things going on that front?" in en


def test_referrer_described_as_former_colleague_is_not_a_reunion() -> None:
    # 177 fr_en note-18: "Sophie Martin (ton ancienne collègue chez Publicis) m'a parlé de toi" greeted "de te retrouver"
    tu = sample_draft("Bonjour Camille, Sophie Martin (ton ancienne collègue chez Publicis) m'a parlé de toi. Je suis junior SEO "
                      "depuis 6 mois et j'aurais aimé avoir ton avis sur mon parcours. Tu aurais 20 min ?",
                      "Junior SEO chez Ouest Digital", name="Hugo Bernard")
    assert "retrouver" not in tu and "nouvelles" not in tu
    assert "Merci aussi à Sophie Martin" in tu and "mon avis sur ton parcours" in tu
    vous = sample_draft("Bonjour Camille, Sophie Martin (votre ancienne collègue chez Publicis) m'a parlé de vous. Je suis junior "
                        "SEO depuis 6 mois et j'aimerais avoir votre avis sur mon parcours. Auriez-vous 20 minutes ?",
                        "Junior SEO", name="Hugo Bernard")
    assert "retrouver" not in vous and "Merci aussi à Sophie Martin" in vous and "votre parcours" in vous
    comma = sample_draft("Bonjour Camille, Paul Durand, ton ancien stagiaire, m'a conseillé de t'écrire. Je débute en SEO, tu "
                         "aurais 20 min pour un conseil ?", "Junior SEO", name="Léa Roux")
    assert "retrouver" not in comma and "nouvelles" not in comma


def test_sender_who_was_her_trainee_is_still_a_reunion() -> None:
    # 177 fr_en note-18 (must-not-change neighbour): the sender herself her former trainee
    tu = sample_draft("Bonjour Camille, je suis ton ancienne stagiaire chez Publicis ! J'aurais aimé avoir ton avis sur mon "
                      "parcours, tu aurais 20 min ?", "Junior SEO", name="Inès Lambert")
    assert "Quel plaisir d'avoir de tes nouvelles et de te retrouver ici" in tu
