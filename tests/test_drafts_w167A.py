"""Wave 167 A: the note's kind read right — an invitation to speak "als spreker" at a congress whose name holds "Live"
is a talk (never a recording for "uw programma"); a formal letter about a consulting mission "pour notre division" is a
client lead (a call proposed, never "dites-moi ce que vous avez déjà essayé"); "averla come docente per un modulo" is
teaching in a programme (never a job declined); a headhunter's "des personnes à me recommander ?" asks for names (never
"ce poste ne correspond pas à mon métier"), and a title "Directeur Administratif et Financier" is kept whole."""

from __future__ import annotations

from drafting import sample_draft


def _congress(note: str, name: str) -> str:
    return sample_draft(note, name=name)


def test_congress_speaker_invitation_is_a_talk_not_a_recording():
    note = ("Beste mevrouw Laurent, namens Marketing Live Amsterdam wil ik u uitnodigen als spreker op ons congres in september "
            "over social advertising. Hoort graag of u interesse heeft. Met vriendelijke groet, Femke de Jong")
    d = _congress(note, "Femke de Jong")
    assert "opname" not in d and "programma" not in d and "lezing" in d
    d = _congress("Hallo Frau Laurent, im Namen von E-Commerce Live Köln möchte ich Sie als Referentin zu unserem Kongress im "
                  "Oktober zum Thema SEO einladen. Hätten Sie Interesse? Viele Grüße, Jonas Weber", "Jonas Weber")
    assert "Aufnahme" not in d and "Vortrag" in d
    d = _congress("Hello Ms Laurent, on behalf of Growth Live Dublin I would like to invite you as a speaker at our conference in May "
                  "on SEO for retailers. Please let me know if you are interested. Kind regards, Aoife Byrne", "Aoife Byrne")
    assert "recording" not in d and "talk" in d


def test_podcast_invitation_keeps_its_recording():
    d = sample_draft("Dag Camille, ik presenteer de podcast Groei Live. Mag ik je uitnodigen als gast voor een opname over SEO?",
                     name="Sanne Visser")
    assert "podcast" in d


def test_formal_consulting_mission_for_their_division_gets_a_call():
    note = ("Madame,\nDirectrice marketing du groupe Boiron, je souhaiterais m'entretenir avec vous au sujet d'une mission de conseil "
            "en stratégie de contenu pour notre division grand public.\nVeuillez agréer, Madame, l'expression de mes salutations "
            "distinguées.\nIsabelle Perrin")
    d = sample_draft(note, name="Isabelle Perrin")
    assert "déjà essayé" not in d and "appel" in d and "stratégie de contenu" in d
    d = sample_draft("Estimada Sra. Laurent:\nComo directora de marketing del grupo Puig, me gustaría hablar con usted sobre una "
                     "consultoría en estrategia de contenidos para nuestra división de gran consumo.\nAtentamente,\nLucía Romero",
                     name="Lucía Romero")
    assert "llamada" in d and "estrategia de contenidos" in d


def test_teaching_a_masters_module_is_no_job_declined():
    note = ("Gentile Camille Laurent,\nsono docente alla IULM e coordino un master in Digital Marketing. Saremmo lieti di averla "
            "come docente per un modulo di SEO. Sarebbe interessata?\nCordialmente,\nProf.ssa Anna Ricci")
    d = sample_draft(note, headline="Professoressa Associata - Università IULM", name="Anna Ricci")
    assert "bocca al lupo" not in d and "impiego" not in d and "interess" in d
    d = sample_draft("Bonjour Madame Laurent, je dirige un master de marketing digital à l'université Lyon 3 et nous serions ravis "
                     "de vous accueillir comme intervenante pour un module sur les réseaux sociaux. Cela vous intéresserait-il ?\n"
                     "Bien cordialement,\nPr Jean Morel", name="Jean Morel")
    assert "poste" not in d and "module" in d
    d = sample_draft("Dear Ms Laurent, I run the MSc in Digital Marketing at Kingston University and we would be delighted to have "
                     "you as a lecturer for our SEO module next term. Would you be interested? Best regards, Dr Tom Hughes",
                     name="Tom Hughes")
    assert "role" not in d and "teaching" in d


def test_headhunter_asking_for_people_is_answered_about_her_network():
    note = ("Bonjour Madame Laurent, je suis chasseur de têtes et je recrute un Directeur Administratif et Financier pour une ETI "
            "industrielle. Auriez-vous des personnes à me recommander ?\nCordialement\nBruno Michel")
    d = sample_draft(note, headline="Associé - Cabinet Michel & Associés", name="Bruno Michel")
    assert "ne correspond pas à mon métier" not in d and "réseau" in d and "Directeur Administratif," not in d
    d = sample_draft("Buongiorno Camille, sono head hunter e cerco un Responsabile Amministrativo e Finanziario per un'azienda di "
                     "Bologna. Avrebbe delle persone da consigliarmi?", name="Paolo Conti")
    assert "rete" in d and "non cerco" not in d
    d = sample_draft("Hallo Frau Laurent, als Headhunterin suche ich einen Leiter Finanzen und Controlling für einen Maschinenbauer. "
                     "Hätten Sie Kandidaten zu empfehlen?", name="Sabine Krüger")
    assert "Netzwerk" in d


def test_job_offered_keeps_its_whole_title():
    d = sample_draft("Bonjour Madame Laurent, je recrute un Directeur Administratif et Financier pour une ETI industrielle. "
                     "Le poste pourrait-il vous intéresser ?", name="Bruno Michel")
    assert "Directeur Administratif et Financier" in d
    d = sample_draft("Hi Camille, I'm hiring a Head of Marketing and Growth for a fintech in Paris. Would you be interested?",
                     name="Mark Jones")
    assert "Head of Marketing and Growth" in d
    d = sample_draft("Hi Camille, I'm hiring a Content Manager and I thought of you. Interested?", name="Mark Jones")
    assert "Content Manager role" in d
