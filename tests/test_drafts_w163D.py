"""Wave 163 D: job seekers answered for where they are: a graduate who has already finished a master's gets the way into
the trade, never the master's-or-a-job either/or; a content job seeker gets writing samples to show and a word for months
of searching; months in a job are no months of searching; her no to an internship says "tut mir leid" /
"helaas" instead of a tail echoing the start ("auch nicht ab März") and, in German, acknowledges the student's French."""

from drafting import sample_draft


def test_finished_masters_gets_the_way_in_not_the_either_or() -> None:
    pt = sample_draft("Olá, acabei o mestrado em Marketing no ISCTE e estou a procurar o primeiro emprego. Que conselho me "
                      "daria para conseguir entrar na área do marketing digital?", name="Tiago Ferreira")
    assert "raramente é o mestrado" not in pt and "portefólio" in pt, pt
    en = sample_draft("Hi Camille, I just finished my master's in marketing in Manchester and I'm now looking for my first job. "
                      "Any advice to get into digital marketing?", name="Sam Hughes")
    assert "a master's is rarely" not in en and "portfolio" in en, en
    fr = sample_draft("Bonjour Camille, je viens de terminer mon master en communication et je cherche mon premier poste. Des "
                      "conseils pour entrer dans le marketing digital ?", name="Julie Martin")
    assert "ce n'est pas le master qui fait embaucher" not in fr, fr
    either = sample_draft("Hi Camille, should I do a master's in marketing or look for a job straight away?", name="Sam Hughes")
    assert "a master's is rarely what gets you hired" in either, either


def test_content_job_seeker_gets_samples_and_a_word_for_the_months() -> None:
    en = sample_draft("Hi Camille, I've been job hunting for a content marketing role for 6 months now. Any tips on standing "
                      "out? Thanks so much, Olivia", name="Olivia Brown")
    assert "writing samples" in en and "Months of searching" in en and "where you're at" not in en, en
    es = sample_draft("Hola Camille, llevo buscando trabajo como redactora de contenidos desde hace 5 meses. ¿Algún consejo "
                      "para destacar?", name="Lucía Gómez")
    assert "tres o cuatro textos" in es and "Tantos meses buscando" in es, es


def test_months_in_a_job_are_no_months_of_searching() -> None:
    fr = sample_draft("Bonjour Camille, je suis chef de projet junior en agence depuis 6 mois et je cherche un job en marketing "
                      "digital à Lyon. Auriez-vous des conseils ou des contacts ? Merci 🙂", "Chef de projet web junior", "Hugo Lambert")
    assert "Des mois de recherche" not in fr and "Welcome to the Jungle" in fr, fr


def test_internship_no_says_sorry_without_the_start_echo() -> None:
    de = sample_draft("Hallo Camille, ich studiere Kommunikationswissenschaft in Münster und suche ab März ein Praktikum im "
                      "Digital Marketing. Nimmst du Praktikanten? Ich spreche auch Französisch :)\nLG Tim", name="Tim Schröder")
    assert "Praktikanten auf, tut mir leid." in de and "auch nicht ab" not in de and "Französisch sprichst" in de, de
    own = sample_draft("Hi Camille, ich studiere Medienmanagement in Köln und suche ab September ein Praktikum. Nimmst du "
                       "Praktikanten? Ich spreche fließend Französisch.", name="Jonas Weber")
    assert "tut mir leid" in own and "auch nicht ab" not in own and "Französisch sprichst" in own, own
    nl = sample_draft("Geachte mevrouw Laurent, ik ben student Communicatie aan de Hogeschool Utrecht en ben op zoek naar een "
                      "afstudeerstage (5 maanden, vanaf februari) in digital marketing. Heeft u mogelijk plek? Mijn Frans is "
                      "redelijk goed. Met vriendelijke groet, Daan Jansen", name="Daan Jansen")
    assert "Helaas neem ik op dit moment geen stagiairs aan." in nl and "ook niet voor" not in nl, nl
    own_nl = sample_draft("Geachte mevrouw Laurent, ik studeer marketing in Tilburg en zoek een meeloopstage vanaf maart. Neemt "
                          "u stagiairs aan?", name="Eva Smit")
    assert "Helaas neem ik" in own_nl and "vanaf maart" not in own_nl, own_nl


def test_internship_named_in_an_informal_note_keeps_its_echo() -> None:
    de = sample_draft("Hallo Camille, ich studiere BWL in Mannheim und suche ab Oktober ein Pflichtpraktikum im Online-Marketing. "
                      "Nimmst du Praktikanten oder hast du einen Tipp, wo ich mich bewerben kann?", name="Jonas Weber")
    assert "für dein Pflichtpraktikum ab Oktober" in de and "tut mir leid" not in de, de

