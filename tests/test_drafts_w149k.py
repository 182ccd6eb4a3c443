"""Wave 149, group K: a met-before note naming the event "op het Women in Tech event" keeps the name whole (never "bij mijn
workshop in Tech event"); a tip of hers the sender says works ("het werkt echt", "hat wirklich geholfen", "ça marche
vraiment") gets joy at it, never "laat me weten wat het oplevert" / "halt mich auf dem Laufenden, was er bringt"."""

from __future__ import annotations

from drafting import sample_draft


def test_dutch_event_with_a_name_joined_by_in_is_never_cut() -> None:
    # 173 de_nl note-38: "leuk dat je bij mijn workshop in Tech event in Amsterdam was!"
    nl = sample_draft("Hoi Camille, we kennen elkaar van je workshop op het Women in Tech event in Amsterdam. Ik heb je tip over "
                      "de keyword map toegepast en het werkt echt! Dankjewel nog en laten we in contact blijven. Liefs, Noor",
                      name="Noor Jansen")
    assert "bij mijn workshop op het Women in Tech event in Amsterdam was" in nl
    assert "in Tech event" not in nl.replace("Women in Tech event", "")


def test_a_tip_that_works_gets_joy_never_a_keep_me_posted() -> None:
    # 173 de_nl note-38: "Top dat je de tip … meteen hebt toegepast! Laat me weten wat het oplevert." though it works
    nl = sample_draft("Hoi Camille, we kennen elkaar van je workshop op het Women in Tech event in Amsterdam. Ik heb je tip over "
                      "de keyword map toegepast en het werkt echt! Dankjewel nog en laten we in contact blijven. Liefs, Noor",
                      name="Noor Jansen")
    assert "Wat leuk dat de tip over de keyword map echt werkt!" in nl and "oplevert" not in nl
    # 173 de_nl note-16: "Halt mich gern auf dem Laufenden, was er bringt" though it "hat wirklich geholfen"
    de = sample_draft("Hallo Camille, wir kennen uns vom Workshop bei der Women in Digital Konferenz in Berlin. Ich hab deinen "
                      "Tipp mit der Keyword-Map umgesetzt und es hat wirklich geholfen! Danke nochmal und lass uns in Kontakt "
                      "bleiben. Liebe Grüße, Miriam", name="Miriam Vogel")
    assert "dass dir der Tipp mit der Keyword-Map wirklich geholfen hat" in de and "was er bringt" not in de
    assert "Women in Digital Konferenz in Berlin" in de
    # 173 de_nl note-38 (fr variant): "ça marche vraiment" is no "tiens-moi au courant des résultats"
    fr = sample_draft("Bonjour Camille, on s'est rencontrées à ton atelier au Women in Tech de Paris. J'ai appliqué ton conseil "
                      "sur la keyword map et ça marche vraiment ! Merci encore, restons en contact. Léa", name="Léa Martin")
    assert "Ravie que le conseil sur la keyword map marche si bien pour toi !" in fr and "résultats" not in fr


def test_a_tip_only_applied_still_gets_keep_me_posted() -> None:
    # a neighbour that must not change (173 de_nl note-38 without "het werkt echt"): applied only, the results still to come
    nl = sample_draft("Hoi Camille, we kennen elkaar van je workshop op het Women in Tech event in Amsterdam. Ik heb je tip over "
                      "de keyword map toegepast. Laten we in contact blijven. Noor", name="Noor Visser")
    assert "Top dat je de tip over de keyword map meteen hebt toegepast" in nl and "Laat me weten wat het oplevert" in nl
    de = sample_draft("Hallo Camille, wir kennen uns vom Workshop bei der Women in Digital Konferenz in Berlin. Ich hab deinen "
                      "Tipp mit der Keyword-Map umgesetzt. Lass uns in Kontakt bleiben. Liebe Grüße, Miriam", name="Miriam Vogel")
    assert "Toll, dass du den Tipp mit der Keyword-Map schon umsetzen konntest!" in de


def test_course_first_or_apply_gets_a_plain_answer_in_dutch_and_german() -> None:
    # 172 de_nl note-33: "Wat cursussen betreft, laat me weten waar je nu staat" to a career changer from the horeca
    nl = sample_draft("hoi camille ik wil graag switchen van de horeca naar online marketing. is het slim om eerst een cursus te "
                      "doen of gewoon solliciteren? alvast bedankt! Dennis", name="Dennis Bakker")
    assert "Ik zou nu al solliciteren en ernaast leren" in nl and "En de horeca telt" in nl
    assert "waar je nu staat" not in nl
    nl_u = sample_draft("Goedendag mevrouw Laurent, ik kom uit de horeca en wil overstappen naar online marketing. Is het "
                        "verstandig eerst een cursus te volgen of kan ik beter direct solliciteren?", name="Pieter de Vries")
    assert "Ik zou nu al solliciteren" in nl_u and "waar u nu staat" not in nl_u
    # 172 de_nl note-11: never says plainly whether to take a course first, ignores the Gastro background
    de = sample_draft("hi camille, bin quereinsteiger aus der gastro und will ins online marketing. macht es sinn erst ne "
                      "weiterbildung zu machen oder lieber direkt bewerben?? danke dir vorab, Kevin", name="Kevin Maier")
    assert "Ich würde direkt mit Bewerbungen starten und nebenbei lernen" in de and "Und die Gastro zählt" in de
    assert "wo du stehst" not in de and "telefonieren" not in de


def test_course_first_or_apply_in_the_romance_languages_gets_no_cv_request() -> None:
    # 172 de_nl note-33 (variants): the same question, answered in each language, never "send me your CV"
    it = sample_draft("ciao camille, vorrei passare dalla ristorazione al marketing online. meglio fare prima un corso o "
                      "candidarmi subito?", name="Marco Rossi")
    assert "Mi candiderei subito, imparando nel frattempo" in it and "CV" not in it
    br = sample_draft("oi camille, quero mudar da área de restaurantes para o marketing digital. é melhor fazer um curso "
                      "primeiro ou já me candidatar?", name="Lucas Souza")
    assert "Eu já me candidataria e aprenderia em paralelo" in br and "currículo" not in br
    es = sample_draft("hola camille, quiero pasar de la hostelería al marketing online. ¿es mejor hacer primero un curso o "
                      "postular directamente?", name="Pablo Ruiz")
    assert "Yo postularía ya y aprendería en paralelo" in es and "en qué punto estás" not in es
    fr = sample_draft("salut camille, je veux passer de la restauration au marketing digital. tu conseilles de faire une "
                      "formation d'abord ou de postuler direct ?", name="Julien Petit")
    assert "Je postulerais dès maintenant" in fr


def test_which_course_alone_keeps_its_course_answer() -> None:
    # a neighbour that must not change: "which course?" without applying weighed gets no "apply now"
    de = sample_draft("Hallo Camille, ich möchte mich ins Online-Marketing umschulen lassen. Welche Weiterbildung würdest du "
                      "empfehlen?", name="Jonas Weber")
    assert "Bewerbungen" not in de
    nl = sample_draft("Hoi Camille, ik wil overstappen naar online marketing. Welke cursus raad je aan?", name="Sanne Bos")
    assert "solliciteren" not in nl


def test_german_and_dutch_light_wording() -> None:
    # 172 de_nl note-12: "dann haben Sie meine Antworten bis zum 15.11.." (a double full stop after the date)
    de = sample_draft("Liebe Camille, ich bin Journalistin bei der t3n und schreibe einen Artikel über Social-Ads-Trends 2025 in "
                      "Europa. Wäre es möglich, Ihnen bzw. dir ein paar Fragen per Mail zu stellen? Deadline ist der 15.11. "
                      "Herzliche Grüße, Julia Roth", headline="Redakteurin bei t3n", name="Julia Roth")
    assert "bis zum 15.11." in de and "15.11.." not in de
    # 172 de_nl note-2: "das freut mich sehr. Über einen Austausch würde ich mich freuen" back to back
    de2 = sample_draft("Sehr geehrte Frau Laurent,\nich lese seit einigen Monaten Ihren Newsletter und schätze Ihre Analysen zu "
                       "Social Ads sehr. Ich würde mich freuen, mit Ihnen vernetzt zu sein.\nMit freundlichen Grüßen\nDr. Sabine "
                       "Krüger", headline="Leiterin Marketing & Kommunikation, Stadtwerke Freiburg", name="Sabine Krüger")
    assert "würde ich mich freuen" not in de2 and "Gern tausche ich mich mit Ihnen aus" in de2
    # 172 de_nl note-24: "fijn dat u mijn nieuwsbrief hebt gelezen" to a long-time reader
    nl = sample_draft("Geachte mevrouw Laurent,\nIk volg al enige tijd uw nieuwsbrief en waardeer uw analyses over social "
                      "advertising zeer. Graag zou ik met u connecten.\nMet vriendelijke groet,\nIngrid van Dijk",
                      headline="Marketingdirecteur | Rabo Vastgoed", name="Ingrid van Dijk")
    assert "fijn dat u mijn nieuwsbrief leest" in nl and "hebt gelezen" not in nl
    # 173 de_nl note-28: "als ik iemand bedenk" reads as "if I make someone up"
    nl2 = sample_draft("Goedemiddag, wij zoeken voor onze klant een ervaren SAP-consultant (fulltime, Eindhoven). Kent u "
                       "misschien iemand in uw netwerk? Mvg, Ruud Smit", headline="IT Recruiter bij Brunel", name="Ruud Smit")
    assert "als me later iemand te binnen schiet" in nl2 and "bedenk" not in nl2
