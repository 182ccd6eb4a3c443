"""Wave 135, group C: questions about Camille and her services get their answer — the month she is asked about ("des dispos
en juin ?"), a workshop's subject given (Instagram) never re-asked, a training seen on Instagram never thanked for as
attended and "when is the next one?" answered with the dates line."""

from __future__ import annotations

from drafting import sample_draft


def test_dispos_in_june_gets_the_month_answer() -> None:
    # 135 C fr_en note-18: "Tu aurais des dispos en juin ?" ignored (no month answered)
    tu = sample_draft("Hello Camille, j'ai vu ton intervention à la CCI de Lyon sur la formation des équipes au digital. On cherche "
                      "justement une formatrice pour nos 15 commerciaux. Tu aurais des dispos en juin ?",
                      headline="DRH - Groupe Ferrand", name="Céline Martin")
    assert "En juin, ce devrait être possible de mon côté." in tu
    vous = sample_draft("Bonjour Camille, nous cherchons une formatrice pour nos commerciaux. Vous auriez des dispos en juin ?",
                        name="Paul Dubois")
    assert "En juin, ce devrait être possible de mon côté." in vous and "vos objectifs" in vous


def test_month_asked_in_other_languages_still_answered() -> None:
    # 135 C fr_en note-18 (neighbours that must not change): the month answered in Spanish and German
    es = sample_draft("Hola Camille, buscamos una formadora para nuestro equipo comercial. ¿Tendrías disponibilidad en junio?",
                      name="Lucía Gil")
    assert "En principio, junio es posible por mi parte." in es
    de = sample_draft("Hallo Camille, wir suchen eine Trainerin für unser Vertriebsteam. Hätten Sie im Juni Zeit?", name="Petra Schmidt")
    assert "Im Juni sollte es bei mir grundsätzlich passen." in de


def test_workshop_on_instagram_keeps_its_subject() -> None:
    # 135 C fr_en note-20 (round 144): "pourriez-vous me préciser le sujet" although the note says Instagram
    fr = sample_draft("Chère Madame Laurent,\nJe me permets de vous solliciter en tant que présidente de l'association des commerçants "
                      "de la Croix-Rousse : accepteriez-vous d'animer un atelier gratuit sur Instagram pour nos adhérents ?\n"
                      "Bien cordialement,\nMonique Perrin", headline="Présidente - Association des commerçants de la Croix-Rousse",
                      name="Monique Perrin")
    assert "un atelier sur Instagram" in fr and "le sujet" not in fr
    en = sample_draft("Dear Ms Laurent, as chair of the Croix-Rousse shopkeepers' association, would you agree to run a free workshop "
                      "on Instagram for our members? Kind regards, Monica Perry", name="Monica Perry")
    assert "a workshop on Instagram" in en and "topic" not in en
    es = sample_draft("Estimada Sra. Laurent: soy presidenta de la asociación de comerciantes del barrio. ¿Aceptaría impartir un taller "
                      "gratuito sobre Instagram para nuestros socios? Saludos cordiales, Carmen Ruiz", name="Carmen Ruiz")
    assert "un taller sobre Instagram" in es and "tema" not in es
    de = sample_draft("Sehr geehrte Frau Laurent, als Vorsitzende des Händlervereins möchte ich Sie fragen: Würden Sie einen kostenlosen "
                      "Workshop zu Instagram für unsere Mitglieder halten? Mit freundlichen Grüßen, Petra Schmidt", name="Petra Schmidt")
    assert "Workshop zu Instagram" in de and "Thema" not in de


def test_a_live_on_instagram_is_still_no_topic() -> None:
    # 135 C fr_en note-20 (neighbour that must not change): "una diretta su Instagram" names the channel, not the subject
    it = sample_draft("Ciao Camille, ti andrebbe di fare una diretta su Instagram con me il mese prossimo?", name="Giulia Rossi")
    assert "su Instagram" not in it and "call di 20 minuti" in it


def test_training_seen_on_instagram_is_not_attended_and_gets_the_dates() -> None:
    # 135 C es_pt_it note-40: "por ter participado na minha formação" (he only saw it on Instagram), next session not answered
    pt = sample_draft("ola camille vi a sua formaçao de seo no instagram e fiquei interessado. quanto custa e quando é a proxima? obg",
                      name="Rui Costa")
    assert "participado" not in pt and "as datas da próxima edição" in pt and "o preço" in pt
    fr = sample_draft("Bonjour Camille, j'ai vu votre formation SEO sur Instagram. Combien ça coûte et quand est la prochaine session ?",
                      name="Paul Dubois")
    assert "suivi" not in fr and "les dates de la prochaine session" in fr and "le tarif" in fr
    es = sample_draft("Hola Camille, vi tu formación de SEO en Instagram. ¿Cuánto cuesta y cuándo es la próxima?", name="Lucía Gil")
    assert "las fechas de la próxima edición" in es and "con el precio" in es and "presupuesto" not in es
    it = sample_draft("Ciao Camille, ho visto la tua formazione SEO su Instagram. Quanto costa e quando è la prossima?", name="Giulia Rossi")
    assert "le date della prossima edizione" in it and "con il prezzo" in it
    nl = sample_draft("Hoi Camille, ik zag je SEO-training op Instagram. Wat kost het en wanneer is de volgende?", name="Anke de Vries")
    assert "de data van de volgende editie" in nl and "met de prijs" in nl and "offerte" not in nl


def test_training_attended_still_thanked() -> None:
    # 135 C es_pt_it note-40 (neighbour that must not change): a training he did take stays attended
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation SEO le mois dernier, merci ! Quand est la prochaine session avancée ?",
                      name="Paul Dubois")
    # wave 162 C: "Cela me fait très plaisir que vous ayez suivi…" became "Ravie d'avoir de vos nouvelles après ma formation SEO"
    assert "que vous ayez suivi ma formation SEO" in fr or "de vos nouvelles après ma formation SEO" in fr, fr


def test_switching_at_forty_gets_a_plain_encouraging_answer() -> None:
    # 135 C fr_en note-10: "réaliste de trouver un poste à 40 ans ?" ignored, a certification she is taking recommended
    fr = sample_draft("Bonjour Camille, je suis en reconversion (ex-comptable) et je passe une certif en marketing digital. Est-ce que "
                      "tu penses que c'est réaliste de trouver un poste à 40 ans ? Merci d'avance pour ton retour",
                      headline="En reconversion - Marketing digital", name="Nathalie Roux")
    assert "Oui, c'est réaliste" in fr and "ton premier métier est un atout" in fr and "Meta Blueprint" not in fr
    es = sample_draft("Hola Camille, estoy en plena reconversión al marketing digital (antes era contable). ¿Crees que es realista "
                      "encontrar trabajo a los 40?", name="Lucía Gil")
    assert "Sí, es realista" in es and "tu primer oficio" in es and "Meta Blueprint" not in es
    it = sample_draft("Ciao Camille, sto facendo una riconversione nel marketing digitale dopo anni in banca. Secondo te è realistico "
                      "trovare lavoro a 40 anni?", name="Giulia Rossi")
    assert "Sì, è realistico" in it
    de = sample_draft("Hallo Camille, ich mache gerade einen Quereinstieg ins Online-Marketing. Ist es realistisch, mit 40 noch eine "
                      "Stelle zu finden?", name="Petra Schmidt")
    assert "Ja, das ist realistisch" in de and "dein erster Beruf" in de
    nl = sample_draft("Hoi Camille, ik ben aan het omscholen naar online marketing. Is het realistisch om op mijn 40e nog een baan te vinden?",
                      name="Anke de Vries")
    assert "Ja, dat is realistisch" in nl and "je bedrijf" not in nl


def test_career_switch_tips_without_age_keep_the_portfolio_answer() -> None:
    # 135 C fr_en note-10 (neighbour that must not change): no age asked, the portfolio-and-certification tip stays
    fr = sample_draft("Bonjour Camille, je suis en reconversion vers le marketing digital. Tu aurais des conseils pour décrocher un "
                      "premier poste ?", name="Julie Petit")
    assert "le concret compte plus qu'un diplôme" in fr and "réaliste" not in fr


def test_do_you_work_with_non_profits_gets_a_plain_yes() -> None:
    # 135 C es_pt_it note-15 (round 144): "¿Trabaja con entidades sin ánimo de lucro?" ignored, "Así le doy mi opinión"
    es = sample_draft("Estimada Camille,\nSoy directora de comunicación de una ONG y queremos mejorar nuestra visibilidad en redes. "
                      "No tenemos mucho presupuesto. ¿Trabaja con entidades sin ánimo de lucro?\nSaludos cordiales,\nPilar Herrero",
                      headline="Directora de Comunicación en Fundación Aire Limpio", name="Pilar Herrero")
    assert "Sí, trabajo con entidades sin ánimo de lucro" in es and "que su equipo pueda llevar" in es and "Así le doy" not in es
    fr = sample_draft("Bonjour Camille, je suis chargée de communication dans une association. Nous avons peu de budget. "
                      "Travaillez-vous avec des associations ?", name="Claire Morel")
    assert "Oui, je travaille avec des associations" in fr and "votre équipe" in fr and "votre activité" not in fr
    en = sample_draft("Hi Camille, I run comms for a small charity with a tight budget. Do you work with non-profits?", name="Emma Stone")
    assert "Yes, I do work with non-profits" in en and "outside my field" not in en
    de = sample_draft("Hallo Frau Laurent, ich leite die Kommunikation eines gemeinnützigen Vereins mit kleinem Budget. Arbeiten Sie auch "
                      "mit Vereinen?", name="Petra Schmidt")
    assert "Ja, ich arbeite mit gemeinnützigen Organisationen" in de and "Ihr Team" in de


def test_an_association_asking_for_a_workshop_gets_no_non_profit_line() -> None:
    # 135 C es_pt_it note-15 (neighbour that must not change): an association named, no "do you work with" asked
    fr = sample_draft("Bonjour Camille, je préside l'association des commerçants du quartier : accepteriez-vous d'animer un atelier "
                      "sur Instagram ?", name="Monique Perrin")
    assert "je travaille avec des associations" not in fr and "atelier sur Instagram" in fr
