"""Wave 140, group D: a Google Ads audit asked of an owner whose offer holds no search ads gets the audits she does and a
plain "Google Ads is not part of my offer"; a trainee whose campaigns already run better is congratulated, never asked to
report back "if you apply something"."""

from __future__ import annotations

from drafting import sample_draft


def test_google_ads_audit_outside_her_offer_is_said_plainly_in_spanish_portuguese_italian() -> None:
    # 140 es_pt_it note-19: "quiero empezar con Google Ads. ¿Haces auditorías?" answered with SEO/social ads audits only
    es = sample_draft("Buenas tardes Camille, mi compañera Laura Méndez me ha hablado muy bien de tu trabajo. Tengo una pequeña "
                      "tienda de ropa infantil en Bilbao y quiero empezar con Google Ads. ¿Haces auditorías?",
                      headline="Propietaria de Txiki Moda", name="Amaia Etxeberria")
    assert "Google Ads, en cambio, no forma parte de mis servicios." in es
    # 140 es_pt_it note-40: "Você faz auditoria?" after "quero começar com Google Ads"
    br = sample_draft("Oi Camille, sua colega Julie Bernard me falou muito bem de você. Tenho um e-commerce de café especial em BH "
                      "e quero começar com Google Ads. Você faz auditoria?", headline="Fundador do Café Serra Azul", name="Thiago Souza")
    assert "Já o Google Ads não faz parte dos meus serviços." in br
    # 140 es_pt_it note-63: "vorrei iniziare con Google Ads. Fai audit?"
    it = sample_draft("Buonasera Camille, la mia collega Anna Ferri mi ha parlato molto bene di te. Ho un piccolo negozio di "
                      "abbigliamento per bambini a Verona e vorrei iniziare con Google Ads. Fai audit?",
                      headline="Titolare di Piccoli Passi Boutique", name="Laura Rossi")
    assert "Google Ads, invece, non rientra nei miei servizi." in it


def test_google_ads_audit_outside_her_offer_in_english_french_german_dutch() -> None:
    # 140 D variants of es_pt_it note-19 in the other languages
    en = sample_draft("Hi Camille, my colleague Tom Baker spoke highly of your work. I run a small kids' clothing shop in Leeds "
                      "and want to start with Google Ads. Do you do audits?", headline="Owner, Little Steps", name="Emma Jones")
    assert "Google Ads, though, isn't part of my offer." in en
    fr = sample_draft("Bonjour Camille, ma collègue Julie Martin m'a dit beaucoup de bien de vous. J'ai une petite boutique de "
                      "vêtements pour enfants à Lille et je veux me lancer sur Google Ads. Faites-vous des audits ?", name="Claire Petit")
    assert "En revanche, Google Ads ne fait pas partie de mon offre." in fr
    de = sample_draft("Hallo Camille, meine Kollegin Anna Weber hat mir viel Gutes von dir erzählt. Ich habe einen kleinen "
                      "Kinderkleidungsladen in Köln und möchte mit Google Ads anfangen. Machst du Audits?", name="Lena Fischer")
    assert "Google Ads gehört aber nicht zu meinem Angebot." in de
    nl = sample_draft("Hoi Camille, mijn collega Eva de Boer was erg positief over je werk. Ik heb een kleine kinderkledingwinkel "
                      "in Utrecht en wil beginnen met Google Ads. Doe je audits?", name="Sanne Bakker")
    assert "Google Ads hoort echter niet bij mijn aanbod." in nl


def test_seo_audit_question_is_unchanged() -> None:
    # 140 D must-not-change neighbour: an SEO audit asked gets the plain yes, no Google Ads sentence
    es = sample_draft("Hola Camille, tengo una tienda online y mis páginas no posicionan. ¿Haces auditorías SEO?", name="Marta Ruiz")
    assert "Google Ads" not in es and "auditorías SEO" in es


def test_trainee_with_better_campaigns_is_congratulated_in_german_and_dutch() -> None:
    # 140 de_nl note-14: "meine Kampagnen laufen jetzt deutlich besser!" answered with "Wenn du etwas davon umsetzt"
    de = sample_draft("Hallo Camille, ich habe deine Schulung zu Instagram Ads im März besucht (Gruppe aus Genf). Hat mir viel "
                      "gebracht, meine Kampagnen laufen jetzt deutlich besser! Danke nochmal 🙏 Sarah",
                      headline="Social Media Managerin", name="Sarah Meier")
    assert "Wenn du etwas davon umsetzt" not in de and "Glückwunsch zu den besseren Ergebnissen" in de
    # 140 de_nl note-36: "mijn campagnes lopen nu veel beter!" answered with "Als je er iets van toepast"
    nl = sample_draft("Hoi Camille, ik heb in maart jouw training Instagram ads gevolgd (online groep). Heel leerzaam, mijn "
                      "campagnes lopen nu veel beter! Nogmaals bedankt 🙏 Iris", headline="Social media specialist", name="Iris Jansen")
    assert "Als je er iets van toepast" not in nl and "Gefeliciteerd met de betere resultaten" in nl


def test_trainee_with_better_campaigns_is_congratulated_in_french_spanish_italian() -> None:
    # 140 D variants of de_nl note-14
    fr = sample_draft("Bonjour Camille, j'ai suivi ta formation Instagram Ads en mars (groupe en ligne). Super utile, mes "
                      "campagnes tournent beaucoup mieux maintenant ! Merci encore 🙏 Léa", headline="Social media manager", name="Léa Morel")
    assert "Bravo pour ces meilleurs résultats" in fr and "Si tu en mets" not in fr
    es = sample_draft("Hola Camille, hice tu formación de Instagram Ads en marzo (grupo online). Muy útil, ¡mis campañas van mucho "
                      "mejor ahora! Gracias de nuevo 🙏 Lucía", headline="Social media manager", name="Lucía García")
    assert "Enhorabuena por esos mejores resultados" in es
    it = sample_draft("Ciao Camille, ho seguito la tua formazione su Instagram Ads a marzo (gruppo online). Utilissima, le mie "
                      "campagne ora vanno molto meglio! Grazie ancora 🙏 Giulia", headline="Social media manager", name="Giulia Bianchi")
    assert "Complimenti per i risultati migliori" in it


def test_trainee_without_results_still_gets_the_let_me_know() -> None:
    # 140 D must-not-change neighbour: a training liked, no results told
    de = sample_draft("Hallo Camille, ich habe deine Schulung zu Instagram Ads im März besucht. Hat mir viel gebracht! Danke "
                      "nochmal, Sarah", headline="Social Media Managerin", name="Sarah Meier")
    assert "Glückwunsch" not in de and "erzähl mir gern, wie es läuft" in de
