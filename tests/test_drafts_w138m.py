"""Wave 138 mends, found by reading the regression diff after the merge: a tool migrated to is no career move ("vale a
pena migrar pro server-side tagging?" keeps the tracking answer); a certificate question keeps the certificate-aware
course answer; "heeft mijn kapsalon geholpen" names no referrer; "Vc faz consultoria …? Quanto custa?" keeps the yes and
the price line; "a blog or my product pages first?" gets the blog answer."""

from __future__ import annotations

from drafting import sample_draft


def test_a_tool_migrated_to_is_no_career_move() -> None:
    # 138 mend, r118 es_pt_it note-36: "vale a pena migrar pro server-side tagging" got "Idade não é obstáculo"
    pt = sample_draft("Oi Camille, vi seu post sobre o GA4. Ficou uma dúvida: vale a pena migrar pro server-side tagging "
                      "numa loja pequena? Valeu!", headline="Analista de Dados")
    assert "Idade" not in pt and "server-side" in pt
    en = sample_draft("Hi Camille, loved your GA4 post. Is switching to server-side tagging worth it for a small shop?")
    assert "Age is no obstacle" not in en
    # (the career move itself still gets the honest answer)
    nl = sample_draft("hallo, ik ben 45 en wil overstappen naar online marketing. heeft dat nog zin op mijn leeftijd? gr marco")
    assert "Leeftijd is geen obstakel" in nl


def test_certificates_asked_by_a_job_seeker_keep_the_seo_course_answer() -> None:
    # 138 mend, r112 de_nl note-15: the SEO courses turned into the generic certificate line ("… als ein Abzeichen")
    de = sample_draft("Hallo Camille, ich bin gerade auf Jobsuche nach 3 Jahren als Content Managerin in einer Agentur. Ich "
                      "würde gern in Richtung SEO wechseln. Hast du einen Rat, welche Zertifikate wirklich was bringen?\n"
                      "Danke dir!\nNina", headline="Content Managerin")
    assert "SEO-Startleitfaden" in de and "Abzeichen" not in de
    es = sample_draft("Hola, soy junior SEO (1 año de experiencia) en Buenos Aires. Sigo tus contenidos y me ayudan un "
                      "montón. ¿Qué certificaciones me recomendarías para crecer? Gracias de antemano!! 🙏")
    assert "insignia" not in es and "Semrush Academy" in es


def test_my_shop_helped_names_no_referrer() -> None:
    # 138 mend, r124 de_nl note-25: "heeft mijn kapsalon echt geholpen" thanked "Profiel" for the introduction
    nl = sample_draft("Hey Camille! Ik lees je nieuwsbrief elke week, je tip over Google Business Profiel heeft mijn "
                      "kapsalon echt geholpen 😊 Wilde even bedanken!", headline="Eigenaar Salon Lotte | Utrecht")
    assert "introductie" not in nl and "Google Business Profiel" in nl
    # (a referrer who "heeft mij aangeraden" is still thanked)
    ref = sample_draft("Geachte mevrouw Laurent, De heer Pieter Smit van Smit Media heeft mij aangeraden contact met u op te "
                       "nemen. Wij willen onze webshop uitbreiden naar Frankrijk en zoeken hulp bij SEO.")
    assert "Smit" in ref


def test_do_you_consult_and_how_much_keeps_the_yes_and_the_price() -> None:
    # 138 mend, r111 es_pt_it note-26: "Vc faz consultoria de Facebook Ads? Quanto custa?" lost "Sim" and the price line
    pt = sample_draft("Oi Camille, tenho uma loja virtual de semijoias e meu tráfego pago ta muito caro. Vc faz consultoria "
                      "de Facebook Ads? Quanto custa?", headline="Dona da Brilho Semijoias")
    assert "Sim, é exatamente o que eu faço" in pt and "O valor depende do escopo" in pt
    it = sample_draft("Ciao Camille, quanto costa una consulenza SEO per un sito WordPress di un B&B? Siamo a Matera.")
    assert "Il prezzo dipende dalla portata del lavoro" in it


def test_a_blog_or_product_pages_first_gets_the_blog_answer() -> None:
    # 138 mend, r30 de_nl note-40: "beter beginnen met een blog of eerst mijn productpagina's?" got the no-budget start
    nl = sample_draft("Hoi Camille, ik ben net gestart met een webshop in duurzame babykleertjes en ik zie door de bomen het "
                      "bos niet meer qua SEO 😅 Kan ik beter beginnen met een blog of eerst mijn productpagina's optimaliseren? "
                      "Liefs, Nina")
    assert "Een blog loont" in nl and "verbeter ze dan eerst" in nl
    fr = sample_draft("Bonjour Camille, je viens de lancer ma boutique en ligne. Je commence par un blog ou d'abord par mes "
                      "fiches produits ?")
    assert "Un blog vaut le coup" in fr
