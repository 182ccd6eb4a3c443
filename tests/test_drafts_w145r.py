"""Wave 145, group R: a thesis asking for readings gets a few well-known books and a citable source, never job-course
advice; a book or course asked for is answered, never a pitch of her trainings; a career changer's background is named."""

from __future__ import annotations

from drafting import sample_draft

_PULIZZI = "Epic Content Marketing"


def test_thesis_reading_request_gets_books_not_job_courses_pt_it() -> None:
    # 145 R es_pt_it note-36 (167): a TCC on LinkedIn content answered with Skillshop/Blueprint and "vaga desejada"
    pt = sample_draft("Oi Camille! Sou aluna do mestrado em comunicação na PUC-Rio, meu TCC é sobre marketing de conteúdo no "
                      "LinkedIn. Teria algum livro ou curso pra indicar? Obrigada!!", name="Larissa Souza",
                      headline="Mestranda em Comunicação – PUC-Rio")
    assert _PULIZZI in pt and "Skillshop" not in pt and "vaga desejada" not in pt and "recrutadores" not in pt
    # 145 R es_pt_it note-58 (167): a thesis on B2B LinkedIn content answered with ads courses
    it = sample_draft("Ciao Camille! Sono una studentessa magistrale in marketing alla Bocconi, la mia tesi è sui contenuti B2B "
                      "su LinkedIn. Mi consiglieresti qualche libro o risorsa? 😊", name="Martina Rossi")
    assert "Per una tesi partirei da due classici" in it and "Skillshop" not in it and "invecchiano" not in it


def test_thesis_reading_request_gets_books_es_fr_de_nl() -> None:
    # 145 R es_pt_it note-14 (167): "Te envío algunas lecturas" said nothing about her thesis
    es = sample_draft("Hola Camille, soy de México y estudio la maestría en comunicación digital. Mi tesis es sobre estrategias "
                      "de contenido en LinkedIn, ¿me podrías recomendar algún libro o recurso? Saludos desde CDMX 🇲🇽",
                      name="Fernanda López")
    assert "Para una tesis, empezaría por dos clásicos" in es and "Content Marketing Institute" in es
    fr = sample_draft("Bonjour Camille, je rédige mon mémoire de master sur le contenu LinkedIn en B2B. Auriez-vous des livres "
                      "ou des ressources à me conseiller ?", name="Léa Martin")
    assert "Pour un mémoire, je partirais de deux classiques" in fr
    de = sample_draft("Hallo Camille, ich schreibe meine Masterarbeit über Content-Marketing auf LinkedIn. Kannst du mir ein "
                      "paar Bücher oder Quellen empfehlen?", name="Lena Braun")
    assert "Für eine Abschlussarbeit" in de and "HubSpot" not in de
    nl = sample_draft("Hoi Camille, ik schrijf mijn scriptie over SEO voor webshops. Kun je me een paar boeken of bronnen "
                      "aanraden?", name="Sanne de Vries")
    assert "The Art of SEO" in nl and "leestips" not in nl


def test_book_asked_without_thesis_keeps_its_reading_answer() -> None:
    # 145 R neighbour that must not change: no thesis, a book for SEO keeps the SEO starter answer
    en = sample_draft("Hi Camille, I just started as a junior marketer. Can you recommend a good book or course on SEO? Thanks!",
                      name="Tom Baker")
    assert "SEO Starter Guide" in en and "The Art of SEO" not in en


def test_book_or_course_recommendation_in_dutch_is_answered_not_a_training_pitch() -> None:
    # 145 R de_nl note-36 (167): "een goed boek of cursus over SEO die je aanraadt?" got "Ja, ik geef trainingen"
    nl = sample_draft("Hi Camille, ik werk sinds kort als junior online marketeer en zou het super vinden om af en toe van je te "
                      "leren. Heb je misschien een goed boek of cursus over SEO die je aanraadt? Dank je! Iris",
                      name="Iris Jansen", headline="Junior Online Marketeer @ Webwinkel.nl")
    assert "Ja, ik geef trainingen" not in nl and "SEO-starterhandleiding van Google" in nl
    u = sample_draft("Goedemiddag Camille, ik ben net begonnen als marketeer. Heeft u een goed boek of een cursus over Google Ads "
                     "die u aanraadt?", name="Pieter Bakker")
    assert "Ja, ik geef trainingen" not in u and "Skillshop" in u
    de = sample_draft("Hallo Camille, hast du ein gutes Buch oder einen Kurs über SEO, den du empfiehlst?", name="Jonas Weber")
    assert "SEO-Startleitfaden" in de


def test_her_own_training_asked_in_dutch_keeps_the_yes() -> None:
    # 145 R neighbour that must not change: "heb je ook een training?" asks her own offer
    nl = sample_draft("Hoi Camille, heb je ook een training voor zzp'ers?", name="Eva Smit")
    assert "Ja, ik geef trainingen" in nl
