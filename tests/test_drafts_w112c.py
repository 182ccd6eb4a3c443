"""Wave 112, group C: register and address (a classmate of the same year, an Italian "ti", a nameless German "Hi", an Austrian
signed title), a French portfolio thanks that read as a request, a student's choice of specialisation."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import is_informal


def test_same_year_classmate_is_answered_tu() -> None:
    # 111 fr_en note-15: "nous étions dans la même promo" answered with vous
    fr = sample_draft("Bonjour Camille, nous étions dans la même promo à l'ISC Paris (2012) ! Je suis maintenant chez L'Oréal, "
                      "ravi de reprendre contact.", headline="Brand Manager - L'Oréal", name="Guillaume Roux")
    assert "vos nouvelles" not in fr and "Bien à vous" not in fr
    assert "tes nouvelles" in fr
    assert is_informal("Hola Camille, estábamos en la misma promoción en ESIC. Ahora trabajo en marketing, encantado de reconectar.", "es")
    assert is_informal("Hallo Camille, wir waren im selben Jahrgang an der HWR Berlin. Schön, wieder in Kontakt zu sein.", "de")
    assert is_informal("Hi Camille, we were in the same cohort at ESCP. Great to reconnect.", "en")
    # a classmate who writes "vous" is still answered with vous
    assert not is_informal("Bonjour Madame, nous étions dans la même promo, je me permets de vous écrire.", "fr")


def test_italian_ti_is_answered_tu() -> None:
    # 111 es_pt_it note-64: "Ti andrebbe di collaborare?" answered "La ringrazio", "Le andrebbero", "Cordiali saluti"
    it = sample_draft("Buongiorno Camille, sono il fondatore di una piccola agenzia a Napoli. Ti andrebbe di collaborare su progetti per "
                      "clienti francesi che vogliono entrare in Italia? Potrebbe nascere una bella partnership.",
                      headline="Founder @ Agenzia Vesuvio Digital", name="Antonio Gallo")
    assert "La ringrazio" not in it and "Le andrebbero" not in it and "Cordiali saluti" not in it
    assert is_informal("Buongiorno Camille, ti scrivo perché potrebbe essere utile un confronto sul SEO per il mio e-commerce.", "it")
    # Lei stays Lei
    assert not is_informal("Buongiorno Camille, La contatto perché potrebbe esserci un progetto per Lei. Cordiali saluti", "it")


def test_nameless_hi_signed_in_full_is_sie() -> None:
    # 111 de_nl note-14: "Hi, ich bin Marketingdirektorin … Gruß Claudia Berger" answered with du
    de = sample_draft("Hi, ich bin Marketingdirektorin bei einem Modehändler mit 40 Filialen und wir überlegen, unsere SEO-Strategie neu "
                      "aufzustellen. Könnten wir nächste Woche kurz telefonieren? Gruß Claudia Berger",
                      headline="Marketingdirektorin, Berger Mode AG", name="Claudia Berger")
    assert "deine" not in de and "dich" not in de and "dir" not in de.split()
    assert "Ihre" in de
    assert not is_informal("Hey, wir suchen Unterstützung für unseren Onlineshop. Hätten Sie Zeit für ein Gespräch? Grüße Markus Weber", "de")
    # a first-name hello or a first-name signature stays du
    assert is_informal("Hi Camille, ich bin Marketingdirektorin und wir überlegen, unsere SEO neu aufzustellen. Gruß Claudia Berger", "de")
    assert is_informal("Hi, ich bin Webdesignerin in Köln und finde deine Posts super. Gruß Julia", "de")


def test_french_portfolio_thanks_is_not_a_request() -> None:
    # 111 fr_en note-20: "Merci aussi de m'indiquer votre portfolio" reads as "please give me your portfolio"
    fr = sample_draft("Bjr Camille, je cherche une alternance en community management pour la rentrée de septembre, est ce que vous prenez "
                      "des alternants ? Je vous joint mon portfolio si besoin. Merci d'avance, Yanis",
                      headline="Étudiant Bachelor Communication - Sup de Pub", name="Yanis Haddad")
    assert "m'indiquer" not in fr
    assert "Merci aussi pour votre portfolio." in fr
    other = sample_draft("Bonjour Camille, je cherche un poste de community manager sur Lyon. Mon portfolio est sur mon profil. Merci, Camille",
                         headline="Community manager", name="Camille Petit")
    assert "m'indiquer" not in other


def test_specialisation_choice_is_a_field_choice_not_a_shops() -> None:
    # 111 fr_en note-5: a BTS student choosing between SEO and social ads "pour ma spé" got a shop's sales advice
    fr = sample_draft("salut camille ! je suis en BTS com et je galere un peu a choisir entre SEO et social ads pour ma spé... t'aurais des "
                      "conseils ? merci bcp 🙏", headline="Étudiant BTS Communication", name="Enzo Lefebvre")
    assert "urgence des ventes" not in fr and "description par produit" not in fr
    assert "Les deux voies sont bonnes" in fr
    es = sample_draft("Hola Camille, dudo entre SEO y social ads para mi especialidad, ¿algún consejo?", name="Lucía Gómez")
    assert "prisa por vender" not in es and "Las dos son buenas opciones" in es
    nl = sample_draft("Hoi Camille, ik twijfel voor mijn afstudeerrichting tussen SEO en social ads. Heb je tips?", name="Sanne de Vries")
    assert "verkoop moet komen" not in nl and "allebei goede richtingen" in nl
    # a shop owner's choice keeps the sales answer
    shop = sample_draft("Bonjour Camille, j'ai une boutique en ligne de bougies : SEO ou pub Facebook pour démarrer ? Merci !",
                        headline="Fondatrice - Bougies Lumière", name="Sophie Martin")
    assert "urgence des ventes" in shop


def test_austrian_signed_title_in_the_greeting() -> None:
    # 112 de_nl note-17: signed "Mag. Lukas Huber", greeted "Sehr geehrter Herr Huber"
    de = sample_draft("Sehr geehrte Frau Laurent, wir sind eine Agentur aus Wien und suchen eine französische Partnerin für gemeinsame "
                      "Kundenprojekte (SEO/SEA für Kunden, die nach Frankreich expandieren). Wäre eine Kooperation für Sie denkbar? "
                      "Mit besten Grüßen, Mag. Lukas Huber", headline="Geschäftsführer | Huber Digital GmbH, Wien", name="Lukas Huber")
    assert de.startswith("Sehr geehrter Herr Mag. Huber,")
    other = sample_draft("Sehr geehrte Frau Laurent, ich leite eine Agentur in Graz und würde gern über eine Zusammenarbeit bei SEO-Projekten "
                         "sprechen. Hätten Sie Interesse? Mit freundlichen Grüßen, Dipl.-Ing. Stefan Moser", name="Stefan Moser")
    assert "Dipl.-Ing. Moser" in other.split("\n")[0]
