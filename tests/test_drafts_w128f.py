"""Wave 128, group F: a reader whose tips already worked is thanked, never lectured on the basics; a student club met at
an event inviting her to run a workshop gets a yes in principle with the dates asked, in every language."""

from __future__ import annotations

from drafting import sample_draft

_SHOP_SEO = ("product- en categoriepagina", "product and category pages", "fiches produits", "Produkt- und Kategorieseiten",
             "fichas de producto", "schede prodotto")


def test_tips_that_already_helped_a_webshop_get_glad_it_helped_not_a_lecture() -> None:
    # 131 de_nl note-26: "je tips over lokale SEO hebben mijn webshop echt vooruit geholpen" lectured on basic webshop SEO
    nl = sample_draft("Hi Camille, ik volg je nieuwsbrief al een tijdje en je tips over lokale SEO hebben mijn webshop echt "
                      "vooruit geholpen 🙏 Wil graag connecten!", headline="Eigenaar van Tuinhuisje.nl – webshop voor tuindecoratie",
                      name="Bram de Vries")
    assert not any(s in nl for s in _SHOP_SEO)
    assert "fijn om te horen dat je er iets aan had" in nl
    en = sample_draft("Hi Camille, I've been following your newsletter for a while and your local SEO tips really helped my "
                      "online shop grow 🙏 Would love to connect!", name="Tom Baker")
    assert not any(s in en for s in _SHOP_SEO) and "So glad it helped!" in en
    de = sample_draft("Hallo Camille, ich lese deinen Newsletter schon eine Weile und deine Tipps zu lokalem SEO haben meinem "
                      "Onlineshop echt weitergeholfen 🙏 Würde mich gern vernetzen!", name="Jonas Weber")
    assert not any(s in de for s in _SHOP_SEO) and "Schön zu hören, dass dir das geholfen hat." in de
    es = sample_draft("Hola Camille, sigo tu newsletter desde hace tiempo y tus consejos de SEO local han ayudado mucho a mi "
                      "tienda online 🙏 ¡Me encantaría conectar!", name="Pablo Ruiz")
    assert not any(s in es for s in _SHOP_SEO) and "Me alegra mucho que te haya sido útil." in es
    fr = sample_draft("Salut Camille, je lis ta newsletter depuis un moment et tes conseils en SEO local ont vraiment boosté ma "
                      "boutique en ligne 🙏 Ravi de se connecter !", name="Paul Martin")
    assert not any(s in fr for s in _SHOP_SEO) and "ça t'a été utile" in fr


def test_a_shop_owner_asking_where_to_start_still_gets_the_shop_seo_answer() -> None:
    # a neighbour that must not change: a newsletter reader with a webshop who ASKS where to start keeps her answer
    nl = sample_draft("Hoi Camille, ik lees je nieuwsbrief en heb een webshop. Waar begin ik met SEO?", name="Sanne Bakker")
    assert "product- en categoriepagina's" in nl
    en = sample_draft("Hi Camille, I read your newsletter and I run an online shop. Where should I start with SEO?",
                      name="Tom Baker")
    assert "product and category pages" in en


def test_student_club_met_at_an_event_inviting_her_to_run_a_workshop_gets_a_yes() -> None:
    # 131 fr_en note-12: the workshop invitation ignored ("Tu en es où de tes projets ?"), the event's typo copied
    fr = sample_draft("coucou camille! on s'est croisées a la soirée la French Tech one lyon, j'etais avec mon assos "
                      "d'etudiants en com. on aimerait bien t'inviter pour un atelier sur le personal branding, ca te dirait?",
                      headline="Présidente BDE Com'Unity – ISCOM Lyon", name="Manon Girard")
    assert "Tu en es où de tes projets" not in fr and "la soirée la French Tech" not in fr
    assert "un atelier sur le personal branding" in fr and "Oui, avec plaisir" in fr and "dates" in fr
    de = sample_draft("Hallo Camille, wir haben uns beim French Tech One Lyon Abend getroffen, ich war mit meinem "
                      "Studierendenverein da. Wir würden dich gern zu einem Workshop über Personal Branding einladen, hättest "
                      "du Lust?", name="Lena Schmidt")
    assert "Woran arbeitest du gerade" not in de
    assert "für einen Workshop über Personal Branding angefragt hast" in de and "Abend angefragt" not in de
    assert "Französisch oder Englisch" in de and "Termine" in de
    nl = sample_draft("Hoi Camille, we hebben elkaar ontmoet op de French Tech One Lyon avond, ik was er met mijn "
                      "studentenvereniging. We willen je graag uitnodigen voor een workshop over personal branding, zin in?",
                      name="Sanne Bakker")
    assert "Waar ben je op dit moment mee bezig" not in nl
    assert "een workshop over personal branding" in nl and "Frans of het Engels" in nl


def test_invited_to_attend_our_workshop_is_not_asked_to_run_one() -> None:
    # a neighbour: "our workshop" to attend is no session offered to her
    fr = sample_draft("Bonjour Camille, nous organisons notre atelier sur le SEO local jeudi à Lyon, je serais ravie de vous "
                      "y inviter !", name="Claire Petit")
    assert "animer" not in fr
