"""Our mend after fix wave 131, from reading every changed regression draft: wave 131 f kept students who want to
specialise in SEO out of the retraining answer and the learner tips alike, so they fell through to a bare promise;
its "specialise" trigger caught a junior SEO manager choosing between technical SEO and content; and its "mistake"
words drew a student who asks free Meta Ads resources (after a post on beginners' mistakes) to the small-budget answer."""

from drafting import sample_draft


def test_students_who_want_to_specialise_in_seo_get_the_seo_first_steps():
    # r130 fr_en note-19 and note-41: answered with the learner tips before wave 131, a bare promise after it
    fr = sample_draft("Bonjour Camille, étudiant en BUT MMI à Annecy, j'ai adoré votre article sur la stratégie de contenu pour "
                      "TPE. Auriez-vous quelques conseils pour me spécialiser dans le SEO ? Merci beaucoup !",
                      "Étudiant BUT MMI – IUT Annecy")
    assert "guide de démarrage SEO de Google" in fr and "je vous dirai par quoi je commencerais" not in fr
    en = sample_draft("Hi Camille, I'm a communications student in Toronto and really enjoyed your article on content strategy "
                      "for small businesses. Any tips for someone who wants to specialise in SEO? Thank you!",
                      "BA Communications student – TMU")
    assert "Google's free SEO Starter Guide" in en and "Yes, with your background" not in en
    es = sample_draft("Hola Camille, soy estudiante de marketing en Valencia. ¿Algún consejo para especializarme en SEO? ¡Gracias!",
                      "Estudiante de Marketing")
    assert "guía de introducción al SEO de Google" in es
    de = sample_draft("Hallo Camille, ich studiere Medienmanagement in Köln. Hast du Tipps, wie ich mich auf SEO spezialisieren "
                      "kann? Danke!", "Student Medienmanagement")
    assert "SEO-Startleitfaden von Google" in de


def test_a_junior_marketer_specialising_in_seo_gets_the_first_steps_without_a_yes():
    # r58 fr_en note-31: "any tips?" is no yes-or-no question; the retraining answer's "Yes, with your background" read oddly
    en = sample_draft("hi! im a junior marketer (6 months in) and ur posts on content strategy help me so much. any tips for "
                      "someone who wants to specialise in SEO? thx", "Junior Marketing Assistant")
    assert "Google's free SEO Starter Guide" in en and not any(line.startswith("Yes,") for line in en.splitlines())


def test_a_junior_seo_manager_choosing_technical_seo_or_content_is_no_retraining():
    # r26 de_nl note-5: already in SEO, he weighs two specialisms; wave 131 gave him "a good move with your background"
    de = sample_draft("Hey Camille, bin seit 6 Monaten Junior SEO Manager und frag mich, ob ich mich eher auf technisches SEO "
                      "oder auf Content spezialisieren soll. Was würdest du raten? Danke dir! Tim")
    assert "mit dieser Erfahrung ist das ein guter Schritt" not in de and "SEO-Startleitfaden" not in de


def test_free_meta_ads_resources_asked_after_a_post_on_mistakes_get_the_resources():
    # r78 fr_en note-13: the post's "erreurs de débutant" drew the small-budget answer; she asks where to learn for free
    fr = sample_draft("Salut ! Étudiant en BTS Communication, j'ai vu ton post sur les erreurs de débutant en Meta Ads. Tu aurais "
                      "des conseils de ressources pour se former gratuitement ? Merci beaucoup 🙏", "Étudiant BTS Communication")
    assert "Meta Blueprint" in fr and "10 à 20 € par jour" not in fr


def test_the_biggest_beginners_mistake_in_one_dutch_word_gets_the_meta_advice():
    # 136 de_nl note-28, said as one compound ("beginnersfout") instead of "de grootste fout die beginners maken"
    nl = sample_draft("Hoi Camille, ik heb een webshop in handgemaakte kaarsen en begin net met Instagram ads. Wat is de grootste "
                      "beginnersfout die ik moet vermijden?")
    assert "verkoopcampagne" in nl and "producttitels" not in nl
