"""Wave 155, group M: who the sender is, misread around interns and training.

* A student seeking an internship who asks "Hätten Sie Bedarf oder einen Tipp?" asks whether SHE needs an intern: the
  owner's settings (``interns = false``) answer it with her plain no, before the tip, never the tip alone.
* A manager referred by "your former intern" who wants his team trained is a client for her in-house training: the
  intern is the referrer's title, never an internship the sender seeks ("I take no interns, send your CV").
"""

from __future__ import annotations

from drafting import sample_draft


def test_need_for_an_intern_asked_gets_her_no_de_review():
    d = sample_draft("Hallo Frau Laurent, ich studiere Kommunikationswissenschaft in Wien und suche ab März ein Praktikum im Bereich "
                     "Digital Marketing. Hätten Sie vielleicht Bedarf oder einen Tipp für mich? Beste Grüße, Lena Hofer",
                     headline="Studentin Kommunikationswissenschaft, Uni Wien", name="Lena Hofer")
    assert "keine Praktikant" in d
    assert "Tipp" in d  # the tip asked as well


def test_need_for_an_intern_asked_gets_her_no_de_informal():
    d = sample_draft("Hi Camille, ich studiere Medienwirtschaft und suche ab Oktober ein Praktikum im Online-Marketing. "
                     "Hättest du Bedarf oder einen Tipp für mich?", headline="Student", name="Jonas Weber")
    assert "nehme ich keine Praktikant" in d


def test_need_for_an_intern_asked_gets_her_no_pt():
    d = sample_draft("Olá Camille, sou estudante de marketing em Lisboa e procuro um estágio a partir de setembro. Você precisa de "
                     "alguém na sua equipa ou tem alguma dica para mim?", headline="Estudante de Marketing", name="Inês Costa")
    assert "não recebo estagiários" in d


def test_tip_only_asked_keeps_the_tip_alone():
    d = sample_draft("Hallo Frau Laurent, ich studiere BWL in Graz und suche ab April ein Praktikum im Marketing. Haben Sie einen "
                     "Tipp für mich?", headline="Studentin", name="Anna Berger")
    assert "Mein Tipp für den Einstieg" in d
    assert "Praktikant" not in d


def test_former_intern_as_referrer_is_no_internship_fr_review():
    d = sample_draft("Bonjour Camille, Chloé Perrin (votre ancienne stagiaire) m'a parlé de vos formations. Je dirige une équipe de "
                     "5 commerciaux et j'aimerais les former aux réseaux sociaux. Vous faites de l'intra ?",
                     headline="Directeur commercial - Alpes Matériaux", name="Franck Vidal")
    assert "stagiaire" not in d and "CV" not in d and "recherches" not in d
    assert "formations en entreprise" in d and "Chloé Perrin" in d


def test_former_intern_as_referrer_is_no_internship_fr_other():
    d = sample_draft("Bonjour Camille, Julie Martin (votre ancienne stagiaire) m'a conseillé de vous contacter. Je manage une équipe "
                     "de 8 vendeurs et j'aimerais les former à LinkedIn. Vous proposez des formations en entreprise ?",
                     headline="Directeur des ventes", name="Marc Roux")
    assert "stagiaire" not in d and "CV" not in d
    assert "Oui, j'anime des formations en entreprise" in d


def test_former_intern_as_referrer_is_no_internship_es_en():
    d = sample_draft("Hola Camille, Lucía Gómez (tu antigua becaria) me habló de tus formaciones. Dirijo un equipo de 4 comerciales "
                     "y me gustaría formarlos en redes sociales. ¿Haces formaciones en empresa?", headline="Director comercial", name="Jorge Ruiz")
    assert "becari" not in d and "CV" not in d
    assert "formaciones para empresas" in d
    d = sample_draft("Hi Camille, Tom Baker, your former intern, recommended you. I manage a team of 6 sales reps and want to train "
                     "them on LinkedIn. Do you run in-house sessions?", headline="Sales Director", name="Paul Green")
    assert "intern" not in d and "CV" not in d
    assert "in-house training" in d


def test_student_asking_for_an_internship_still_gets_the_no():
    d = sample_draft("Bonjour Madame Laurent, je suis étudiante en master marketing à Lyon et je cherche un stage de 6 mois à partir "
                     "de mars. Prenez-vous des stagiaires ?", headline="Étudiante", name="Emma Petit")
    assert "stagiaires" in d
