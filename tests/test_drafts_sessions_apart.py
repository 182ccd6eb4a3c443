"""A workshop sat in together is not her course taken later; praise for her teaching means she gave the training (wave 56 D)."""

from drafting import sample_draft


def test_shared_workshop_and_later_course_are_two_things_es() -> None:
    text = sample_draft("Hola! Coincidimos en el taller de TikTok Ads de Marsella en marzo, yo estaba en la mesa de al lado. "
                        "Me apunté a tu formación de contenidos y fue genial. Ojalá coincidamos otra vez!",
                        headline="Marketing en Hotel Mirador", name="Laura Ibáñez")
    assert "coincidido" in text and "taller de TikTok Ads" in text and "mi formación" in text
    assert "venir a mi formación en" not in text and "conversación" not in text


def test_shared_workshop_and_later_course_are_two_things_it() -> None:
    text = sample_draft("Ciao! Eravamo insieme al workshop di TikTok Ads a Nizza a marzo (io ero quella con il cane). "
                        "Ho poi seguito il tuo corso sui contenuti, fantastico! Speriamo di rivederci",
                        headline="Marketing presso Hotel Belvedere", name="Martina Fontana")
    assert "workshop di TikTok Ads" in text and "mio corso" in text
    assert "mio corso al workshop" not in text


def test_shared_workshop_and_later_course_other_languages() -> None:
    en = sample_draft("Hi Camille! We were both at the LinkedIn Ads workshop in Paris last May, I was at the next table. "
                      "I later took your content course and loved it. Hope to see you again!", headline="Marketing", name="Ana Ruiz")
    assert "LinkedIn Ads workshop" in en and "my training at the" not in en and "coming to my training" not in en
    fr = sample_draft("Bonjour Camille ! On était toutes les deux à l'atelier TikTok Ads de Marseille en mars. "
                      "J'ai ensuite suivi ta formation contenus, top ! Au plaisir", headline="Marketing", name="Ana Ruiz")
    assert "atelier TikTok Ads" in fr and "ma formation à l'atelier" not in fr and "assisté à ma formation" not in fr
    pt = sample_draft("Oi Camille! Estivemos juntas no workshop de TikTok Ads em Marselha em março. Depois fiz o seu curso de "
                      "conteúdo, adorei! Vamos manter contato", headline="Marketing", name="Ana Ruiz")
    assert "curso" in pt and "curso no workshop" not in pt


def test_praise_for_her_teaching_means_she_gave_the_training() -> None:
    pt = sample_draft("Olá Camille! Estivemos juntas na formação de TikTok Ads em Lyon, em março (eu era a brasileira da primeira "
                      "fila kkk). Adorei a sua didática! Bora manter contato", headline="Social Media na Agência Bossa", name="Larissa Rocha")
    assert "meu curso" in pt and "gostou" in pt
    assert "termos estado em Lyon" not in pt
    es = sample_draft("Hola Camille, estuvimos juntas en la formación de TikTok Ads en Lyon en marzo. Me encantó tu forma de explicar. "
                      "Seguimos en contacto", headline="Marketing", name="Ana Ruiz")
    assert "mi formación" in es and "te gustara" in es
    pte = sample_draft("Olá Camille, estive na formação de Google Ads em Lisboa em maio. Gostei muito da tua didática! "
                       "Vamos manter o contacto", headline="Marketing", name="Ana Ruiz")
    assert "minha formação" in pte and "gostado" in pte
