"""Wave 167 F: what the note told is taken up — a referrer named after "me l'ha consigliata" is thanked, her tips that
helped the sender's shop are said glad about, a doubled follower count is congratulated before the yes to staying in
touch, a former attendee gone home is not told "see you at the next event", and ads "with no return" get one line on
what she looks at first."""
from __future__ import annotations

from drafting import sample_draft

ROUND_56 = ("Ciao Camille, me l'ha consigliata Claire Petit. Sto lanciando un brand di gioielli artigianali e mi servirebbe "
            "aiuto con la strategia social. Fai consulenze?")
ROUND_2 = ("Hi Camille, ich lese seit Monaten deinen Newsletter und deine Tipps zu Meta Ads haben unserem kleinen Onlineshop "
           "echt geholfen 🙌 Freue mich auf Vernetzung! LG Lena")
ROUND_13 = ("Coucou Camille ! Trop contente d'avoir suivi ta formation Instagram chez la CCI le mois dernier, j'ai déjà doublé "
            "mes abonnés 🎉 On reste en contact ?\nEmma")
ROUND_15 = ("Liebe Frau Laurent, ich habe Ihren Workshop an der IAE Lyon im Erasmus-Semester besucht und bin jetzt zurück in "
            "Köln. Ich würde mich gerne vernetzen und freue mich über Ihre Beiträge. Herzliche Grüße, Hannah Fischer")
ROUND_26 = ("Oi Camille, tenho uma loja virtual de roupas fitness e to gastando muito com anúncios no Insta sem retorno. Vi seu "
            "post sobre ROAS. Vc faz consultoria pra pequenas empresas?")


def test_referrer_after_me_l_ha_consigliata_is_thanked() -> None:
    assert "grazie a Claire Petit" in sample_draft(ROUND_56, "Fondatrice | Oro Fino Gioielli", "Sara Galli")
    own = sample_draft("Ciao Camille, me l'ha consigliato Marco Bianchi: ho un piccolo e-commerce di ceramiche e cerco aiuto "
                       "con la SEO. Fai consulenze?", "", "Giulia Neri")
    assert "grazie a Marco Bianchi" in own


def test_no_referrer_keeps_plain_thanks() -> None:
    d = sample_draft("Ciao Camille, ho un piccolo e-commerce di ceramiche e cerco aiuto con la SEO. Fai consulenze?", "", "Giulia Neri")
    assert "grazie a " not in d and "messo in contatto" not in d


def test_tips_that_helped_the_shop_are_taken_up() -> None:
    assert "geholfen hat" in sample_draft(ROUND_2, "", "Lena Hoffmann")
    de = sample_draft("Hi Camille, ich lese deinen Blog schon lange und deine Tipps zu SEO haben meinem kleinen Blumenladen "
                      "wirklich geholfen 🙌 Freue mich auf Vernetzung! LG Mia", "", "Mia Schulz")
    assert "geholfen hat" in de
    nl = sample_draft("Hoi Camille, ik lees al maanden je nieuwsbrief en je tips over Meta Ads hebben onze kleine webshop echt "
                      "goed geholpen 🙌 Leuk om te connecten! Groet, Sanne", "", "Sanne Visser")
    assert "iets aan had" in nl


def test_doubled_followers_congratulated_before_the_yes() -> None:
    d = sample_draft(ROUND_13, "Créatrice de bijoux - Atelier Emma", "Emma Chevalier")
    assert "Deux fois plus d'abonnés" in d and "bravo" in d
    es = sample_draft("Hola Camille, hice tu formación de Instagram en la Cámara de Comercio y ya he duplicado mis "
                      "seguidores 🎉 ¿Seguimos en contacto?", "", "Lucía Ortega")
    assert "El doble de seguidores" in es and "enhorabuena" in es
    en = sample_draft("Hi Camille! I took your Instagram workshop last month and my followers have already doubled 🎉 Can we "
                      "stay in touch?", "", "Amy Clarke")
    assert "Twice as many followers" in en


def test_stay_in_touch_without_result_keeps_its_yes() -> None:
    d = sample_draft("Coucou Camille ! Trop contente d'avoir suivi ta formation Instagram le mois dernier. On reste en contact ?",
                     "", "Julie Roux")
    assert "Bien sûr, bienvenue dans mon réseau !" in d and "bravo" not in d.lower()


def test_attendee_back_home_is_not_told_see_you_at_the_next_event() -> None:
    d = sample_draft(ROUND_15, "", "Hannah Fischer")
    assert "nächsten Veranstaltung" not in d and "LinkedIn in Kontakt" in d
    en = sample_draft("Hi Mrs Laurent, I attended your workshop at IAE Lyon during my exchange semester and I'm back in London "
                      "now. I'd love to connect and follow your posts. Best, Tom Hughes", "", "Tom Hughes")
    assert "future event" not in en and "stay in touch here on LinkedIn" in en


def test_attendee_nearby_keeps_the_next_event() -> None:
    d = sample_draft("Liebe Frau Laurent, ich habe Ihren Workshop an der IAE Lyon besucht. Ich würde mich gerne vernetzen und "
                     "freue mich über Ihre Beiträge. Herzliche Grüße, Jana Koch", "", "Jana Koch")
    assert "nächsten Veranstaltung" in d


def test_ads_with_no_return_get_one_line() -> None:
    d = sample_draft(ROUND_26, "Fundadora da FitMoov", "Camila Ribeiro")
    assert "anúncios no Instagram custam sem dar retorno" in d
    es = sample_draft("Hola Camille, tengo una tienda online de cosmética y estoy gastando mucho en anuncios de Instagram sin "
                      "retorno. ¿Haces consultoría para pequeñas empresas?", "", "Elena Ruiz")
    assert "anuncios de Instagram cuestan sin dar retorno" in es
    en = sample_draft("Hi Camille, I run a small candle e-shop and we spend a lot on Facebook ads with no return. Do you "
                      "consult for small businesses?", "", "Kate Moore")
    assert "When Facebook ads cost money without bringing anything back" in en


def test_small_business_yes_without_a_problem_unchanged() -> None:
    d = sample_draft("Oi Camille, tenho uma loja virtual de roupas fitness. Vc faz consultoria pra pequenas empresas?", "", "Camila Ribeiro")
    assert "Sim, atendo muitas pequenas empresas e lojas virtuais." in d and "retorno" not in d
