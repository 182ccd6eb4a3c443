"""Wave 51 B: the formal address given back in kind (Italian "Dott.", Portuguese "Ex.ma Sra. Dra.") and her working
languages said to a business offering client work in a language she does not work in (never for work aimed at France)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

# -- Italian: the "Dott.ssa" she was given is given back ("Gentile Dott. Conti"), never "signor" --------------------------


@pytest.mark.parametrize("note, name, expected", [
    ("Gentile Dott.ssa Laurent,\nsono il direttore marketing di un'azienda vinicola in Toscana e vorremmo sviluppare la nostra "
     "presenza digitale in Francia. Sarei lieto di conoscere i suoi servizi.\nCordiali saluti,\nFederico Conti", "Federico Conti",
     "Gentile Dott. Conti,"),
    ("Buongiorno Dottoressa Laurent, dirigo un piccolo hotel sul lago di Como e cerchiamo una consulenza SEO per il mercato "
     "francese. Sarebbe disponibile per una chiamata? Distinti saluti, Marco Galli", "Marco Galli", "Gentile Dott. Galli,"),
    ("Gentile Dott.ssa Laurent,\nsono la responsabile marketing di un'azienda di cosmetici a Milano e vorremmo lanciare il "
     "nostro e-shop in Francia. Potremmo sentirci?\nCordiali saluti,\nGiulia Ricci", "Giulia Ricci", "Gentile Dott.ssa Ricci,"),
])
def test_italian_doctor_title_is_mirrored(note: str, name: str, expected: str) -> None:
    text = sample_draft(note, name=name)
    assert text.startswith(expected)
    assert "signor" not in text.split("\n")[0]


def test_italian_plain_signora_gets_no_doctor_title() -> None:
    text = sample_draft("Gentile Signora Laurent, sono il direttore marketing di un gruppo alimentare di Parma e stiamo valutando "
                        "una consulenza per la strategia social. Cordiali saluti, Roberto Esposito", name="Roberto Esposito")
    assert text.startswith("Gentile signor Esposito,")
    assert "Dott." not in text


# -- Portuguese: "Ex.ma Sra. Dra." is a letter, answered as one --------------------------------------------------------


@pytest.mark.parametrize("note, name, expected", [
    ("Ex.ma Sra. Dra. Camille Laurent,\nNa qualidade de coordenador do mestrado em Marketing Digital da Universidade do Minho, "
     "venho convidá-la para uma aula aberta online aos nossos alunos.\nCom os melhores cumprimentos,\nProf. Nuno Ferreira",
     "Nuno Ferreira", "Exmo. Sr. Prof. Nuno Ferreira,"),
    ("Ex.ma Senhora Doutora Camille Laurent,\nSou diretor de marketing de uma empresa de vinhos do Douro e gostaríamos de "
     "reforçar a nossa presença digital em França. Estaria disponível para uma reunião?\nCom os melhores cumprimentos,\nRui Almeida",
     "Rui Almeida", "Exmo. Sr. Rui Almeida,"),
    ("Exmª Sra. Dra. Laurent, na qualidade de diretora do curso de Comunicação do ISCTE, gostaria de a convidar para uma "
     "palestra online. Com os melhores cumprimentos, Profª. Ana Costa", "Ana Costa", "Exma. Sra. Profa. Ana Costa,"),
])
def test_portuguese_letter_opening_is_mirrored(note: str, name: str, expected: str) -> None:
    text = sample_draft(note, name=name)
    assert text.startswith(expected)
    assert "Com os melhores cumprimentos," in text
    assert not text.startswith(("Caro", "Cara", "Bom dia"))


# -- client work in a language she does not work in: her languages said after the yes ----------------------------------


@pytest.mark.parametrize("note, name, said", [
    ("Sehr geehrte Frau Laurent,\nHerr Thomas Brunner von der IHK München hat mir empfohlen, Sie zu kontaktieren. Wir suchen für "
     "unser mittelständisches Unternehmen eine externe Beratung zur Content-Strategie. Wären Sie für ein erstes Gespräch offen?\n"
     "Mit freundlichen Grüßen\nDr. Andrea Hofmann", "Andrea Hofmann", "nur auf Französisch oder Englisch"),
    ("Hoi Camille, Marie Dubois zei dat ik je moest contacteren. Ik start in juni een webshop in duurzame sneakers en wil meteen "
     "goed beginnen met SEO. Kunnen we eens bellen? Groetjes, Emma", "Emma Jacobs", "alleen in het Frans of het Engels werk."),
    ("Goedemiddag mevrouw Laurent, ik ben recruiter bij Randstad en ben op zoek naar een SEO Specialist (freelance, 3 maanden) "
     "voor een e-commerce klant in Eindhoven. Zou dit iets voor u zijn? Met vriendelijke groet, Bram Mulder", "Bram Mulder",
     "alleen in het Frans of het Engels werk."),
    ("Hola Camille, Marta Gil me recomendó contactarte. Tengo una tienda online de cerámica en Sevilla y necesito ayuda con "
     "el SEO. ¿Hablamos la semana que viene?", "Lucía Romero", "solo trabajo en francés o en inglés"),
    ("Olá Camille, a Ana Ribeiro recomendou-me que falasse consigo. Tenho uma pequena loja online de vinhos do Douro e gostaria "
     "de melhorar o SEO. Teria disponibilidade para uma conversa?", "Rita Sousa", "só trabalho em francês ou em inglês"),
    ("Ciao Camille, mi ha parlato di te Marco Bianchi. Ho un piccolo shop online di ceramiche a Deruta e vorrei migliorare "
     "il posizionamento. Possiamo sentirci la prossima settimana?", "Luca Conte", "lavoro solo in francese o in inglese"),
])
def test_client_work_in_another_language_hears_her_languages(note: str, name: str, said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    body = text.split("\n\n")[1]
    assert not body.split("\n")[-1].startswith(("Allerdings", "Ik moet", "Eso sí", "Devo", "Debo"))  # after the yes, never first


def test_freelance_assignment_asks_english_before_the_details() -> None:
    text = sample_draft("Hi Camille, ik ben recruiter bij YoungCapital en heb een freelance opdracht als SEO specialist "
                        "(3 maanden, remote) bij een grote Nederlandse webwinkel. Sta je open voor een kennismaking? Groet, Daan Smit",
                        name="Daan Smit")
    assert "Ik moet er wel bij zeggen dat ik alleen in het Frans of het Engels werk. Is Engels voor jou een optie? Zo ja," in text
    assert "dat het alleen in" not in text


@pytest.mark.parametrize("note, name", [
    # work aimed at France, or French/English already named: nothing to warn about
    ("Gentile Dott.ssa Laurent,\nsono il direttore marketing di un'azienda vinicola in Toscana e vorremmo sviluppare la nostra "
     "presenza digitale in Francia. Sarei lieto di conoscere i suoi servizi.\nCordiali saluti,\nFederico Conti", "Federico Conti"),
    ("Guten Tag Frau Laurent, wir sind ein Onlineshop für Outdoor-Bekleidung und wollen nach Frankreich expandieren. "
     "Könnten Sie uns bei der SEO helfen? Beste Grüße, Jonas Weber", "Jonas Weber"),
    ("Beste Camille, ik ben recruiter bij een bureau in Amsterdam en we zoeken een freelance SEO specialist (Frans/Engels) "
     "voor een e-commerce klant, 3 dagen p/w. Zou dit iets voor je zijn?", "Femke Jansen"),
    ("Hola Camille, soy Head of Growth en una scale-up de movilidad en Madrid y buscamos consultora externa para SEO "
     "internacional (FR/ES/IT). ¿Tendrías disponibilidad en enero? Un saludo, Laura Vidal", "Laura Vidal"),
    # a job seeker is offering no client work
    ("Ciao Camille, mi manda Julien Morel. Sono copywriter SEO freelance (IT/FR) e mi ha detto che a volte cerchi partner "
     "per progetti in italiano. Possiamo sentirci?", "Giulia Neri"),
])
def test_no_language_caveat_for_work_in_her_languages(note: str, name: str) -> None:
    text = sample_draft(note, name=name)
    for words in ("Französisch oder Englisch", "het Frans of het Engels", "francés o en inglés", "francese o in inglese"):
        assert words not in text
