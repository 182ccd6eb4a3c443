"""Wave 135, group B: the direct question answered at FAQ level. A minimum ad budget asked for Instagram gets the
figure (never organic reels advice); "is the Google Ads certificate worth it?" gets a plain "worth it as a complement"
first; "pay someone to answer the reviews or do it myself?" gets "best written by the owner", never
the hire-or-learn "if it still doesn't sell" step."""

from __future__ import annotations

from drafting import sample_draft


def test_minimum_instagram_ad_budget_gets_the_figure_not_organic_reels() -> None:
    # 135 B note-3 (draft_review145 fr_en): "tu conseillerais quoi comme budget pub mini pour démarrer sur Insta ?"
    fr = sample_draft("Salut Camille ! Je lis ta newsletter chaque mardi depuis 1 an, ton dernier numéro sur les Reels m'a bien "
                      "aidé pour ma boutique de bougies. Question : tu conseillerais quoi comme budget pub mini pour démarrer "
                      "sur Insta ?", headline="Fondatrice - Lumière & Cire (bougies artisanales)", name="Sophie Martin")
    assert "reels" not in fr.split("\n\n")[1].lower() and "10 à 20 € par jour" in fr
    en = sample_draft("Hi Camille, love your newsletter on Reels! For my candle shop, what minimum ad budget would you suggest "
                      "to start on Insta?", name="Emma Hart")
    assert "grows with reels" not in en and "€10 to €20 a day" in en
    de = sample_draft("Hallo Camille, ich lese deinen Newsletter. Welches Mindestbudget würdest du für Instagram-Werbung für "
                      "meinen Kerzenshop empfehlen?", name="Lena Braun")
    assert "Reels" not in de and "10 bis 20 € pro Tag" in de


def test_instagram_shop_not_growing_keeps_the_reels_advice() -> None:
    # 135 B note-3 neighbour that must not change: no ad budget asked, the organic Instagram advice stays
    fr = sample_draft("Salut Camille, ma boutique de bougies ne décolle pas sur Insta, tu conseillerais quoi pour démarrer ?",
                      name="Julie Petit")
    assert "grandit surtout avec des reels" in fr


def test_certificate_worth_it_gets_a_plain_answer_first() -> None:
    # 135 B note-36 (draft_review144 fr_en): "Is the Google Digital Garage certificate worth it or should I go for something else?"
    en = sample_draft("Hi Camille, I'm switching careers from teaching to digital marketing. Is the Google Digital Garage "
                      "certificate worth it or should I go for something else?", name="Rachel Green")
    assert "A certificate is worth it as a complement" in en
    nl = sample_draft("Hoi Camille, ik zit in een carrièreswitch naar digitale marketing. Is het Google Ads certificaat de "
                      "moeite waard?", name="Eva Smit")
    assert "Een certificaat is de moeite waard als aanvulling" in nl
    es = sample_draft("Hola Camille, estoy en reconversión hacia el marketing digital. ¿Vale la pena la certificación de "
                      "Google Ads?", name="Ana Ruiz")
    assert "Una certificación vale la pena como complemento" in es


def test_career_changer_without_certificate_keeps_the_breaking_in_answer() -> None:
    # 135 B note-14 neighbour that must not change: breaking in asked, no certificate named
    en = sample_draft("Hi Camille, I'm switching careers into digital marketing, any advice to break into the field?",
                      name="Tom Baker")
    assert "concrete proof counts more than a diploma" in en


def test_pay_someone_to_answer_reviews_gets_the_owner_answer() -> None:
    # 135 B note-37 (draft_review145 es_pt_it): "vale a pena pagar alguém pra responder as avaliações ou o dono mesmo deve fazer?"
    pt = sample_draft("Camille, vi seu post sobre o Google Perfil da Empresa. Pergunta rápida: vale a pena pagar alguém pra "
                      "responder as avaliações ou o dono mesmo deve fazer? Tenho uma pizzaria pequena. Valeu! Marcos",
                      name="Marcos Silva")
    assert "de preferência do próprio dono" in pt
    en = sample_draft("Hi Camille, quick question: should I pay someone to answer my Google reviews or do it myself? I run a "
                      "small bakery.", name="Sam Ford")
    assert "best written by the owner" in en and "doesn't sell" not in en
    de = sample_draft("Hallo Camille, sollte ich die Google-Bewertungen meines Cafés selbst beantworten oder jemanden dafür "
                      "bezahlen?", name="Jonas Wolf")
    assert "am besten vom Inhaber selbst" in de and "verkauft es" not in de
