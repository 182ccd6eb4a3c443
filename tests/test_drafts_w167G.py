"""Wave 167 G: older light edits. A Dutch woman who calls herself "eigenaar" is addressed "mevrouw" (her first name decides
over a masculine job noun Dutch women use too); a guest class online for a teacher's students is answered with her interest
in teaching them, never as her trainings' online version; a recruiter asking whether she has contacts in the trade is
answered about her network, never as if the job were offered to her; her languages for a podcast or talk said in German
with a verb that fits ("geht das bei mir nur auf …", never "arbeite" nor "machen"); a referrer's place ("trabajé con X en Lyon") ties the referrer, not
the lead, to France, so the consultancy lead hears the call's languages; a lead in Brazilian Portuguese or formal Spanish hears a
conditional "I would be glad to help" before her languages, never a promise."""

from __future__ import annotations

from drafting import sample_draft


def test_dutch_woman_owner_is_mevrouw() -> None:
    note = ("Geachte mevrouw Laurent,\nVia de heer Pieter Janssen kreeg ik uw naam. Ik ben eigenaar van een webwinkel in "
            "fietsaccessoires en zoek hulp bij onze Google-zichtbaarheid. Zou u open staan voor een kennismakingsgesprek?\n"
            "Met vriendelijke groet,\nMarieke Bakker")
    assert sample_draft(note, name="Marieke Bakker").startswith("Geachte mevrouw Bakker")
    own = ("Geachte mevrouw Laurent, ik ben oprichter van een kleine koffiebranderij in Utrecht en zoek advies over onze "
           "Instagram. Heeft u tijd voor een gesprek?\nMet vriendelijke groet,\nSanne de Vries")
    assert sample_draft(own, name="Sanne de Vries").startswith("Geachte mevrouw De Vries")
    # a man's name keeps "heer"
    man = own.replace("Sanne de Vries", "Pieter de Vries")
    assert sample_draft(man, name="Pieter de Vries").startswith("Geachte heer De Vries")


def test_guest_class_for_students_is_no_training_product() -> None:
    note = ("Oi, sou professor de marketing numa faculdade em Belo Horizonte. Você faria uma aula online pros meus alunos "
            "sobre estratégia de conteúdo? seria incrivel")
    text = sample_draft(note, name="Marcelo Ribeiro")
    assert "treinamentos" not in text and "versão online" not in text, text
    assert "dar aula para os seus alunos" in text and "francês ou em inglês" in text, text
    own = ("Oi Camille! Dou aula de marketing digital numa universidade em Recife. Toparia fazer uma aula online para a minha "
           "turma sobre SEO? Os alunos iam adorar")
    text = sample_draft(own, name="Juliana Costa")
    assert "versão online" not in text and "é exatamente o que eu faço" not in text, text


def test_contacts_in_the_trade_asked_not_the_job() -> None:
    note = "Hola, soy recruiter en una consultora de logística y busco un jefe de almacén en Zaragoza. Tienes contactos en el sector?"
    text = sample_draft(note, headline="Recruiter en LogiTalent", name="Marcos Gil")
    assert "no encaja conmigo" not in text and "por pensar en mí" not in text and "red" in text, text
    it = ("Ciao, sono recruiter per un'azienda di trasporti e cerco un responsabile di magazzino a Verona. Hai contatti nel settore?")
    text = sample_draft(it, headline="Talent Acquisition @ MoviTalent", name="Luca Bianchi")
    assert "rete" in text and "non fa per me" not in text, text
    de = "Hallo, ich suche als Recruiterin einen Lagerleiter in Hamburg. Hast du Kontakte in der Branche?"
    text = sample_draft(de, headline="Recruiterin", name="Julia Koch")
    assert "Netzwerk" in text, text


def test_podcast_language_line_in_german() -> None:
    note = ('Hallo Camille, ich moderiere den Podcast "Marketing auf den Punkt" (ca. 8.000 Hörer/Folge). Hättest du Lust, als '
            'Gast über SEO für kleine Shops zu sprechen? Aufnahme ist remote, ca. 45 Min. VG Tobias Neumann')
    text = sample_draft(note, name="Tobias Neumann")
    assert "Allerdings geht das bei mir nur auf Französisch oder Englisch." in text and "arbeite ich nur" not in text and "machen." not in text, text
    own = "Hallo Camille, ich habe einen Podcast über E-Commerce. Magst du als Gast über Content-Strategie sprechen? Aufnahme per Zoom."
    text = sample_draft(own, name="Jonas Weber")
    assert "geht das bei mir nur auf Französisch oder Englisch" in text, text


def test_referred_lead_hears_her_languages() -> None:
    note = ("Hola! Soy Ana, trabajé con Sophie Martin en Lyon y me dijo que te escribiera. Estoy lanzando una marca de cosmética "
            "natural y necesito ayuda con la estrategia de redes. ¿Ofreces consultoría?")
    text = sample_draft(note, headline="Fundadora de Natura Bella", name="Ana Beltrán")
    assert "en inglés o en francés" in text and "Sophie Martin" in text, text
    own = ("Hola Camille, trabajé con Julie Petit en París y me recomendó escribirte. Tengo una tienda online de cerámica y "
           "necesito ayuda con el SEO. ¿Haces consultoría?")
    assert "en inglés o en francés" in sample_draft(own, name="Lucía Gómez")


def test_lead_hears_a_conditional_yes_before_her_languages() -> None:
    note = ("Prezada Sra. Laurent,\nEntro em contato por indicação de Pierre Martin. Sou diretor de marketing de uma rede de "
            "clínicas em São Paulo e estamos procurando consultoria em SEO. Seria possível agendar uma conversa?\n"
            "Atenciosamente,\nRicardo Almeida")
    text = sample_draft(note, headline="Diretor de Marketing - Clínicas Vida", name="Ricardo Almeida")
    assert "Será um prazer" not in text and "Eu teria prazer em ajudar com o SEO" in text and "francês ou em inglês" in text, text
    es = ("Estimada Sra. Laurent:\nMe pongo en contacto por recomendación de Pierre Martin. Soy director de marketing de una "
          "red de clínicas dentales en Madrid y buscamos consultoría SEO. ¿Sería posible concertar una reunión?\nAtentamente,\nJavier Ruiz")
    text = sample_draft(es, headline="Director de Marketing", name="Javier Ruiz")
    assert "Será un placer" not in text and "Me encantaría ayudarle" in text and "francés o en inglés" in text, text
