"""Wave 76, group A: direct questions answered from the FAQ (a blog or a site in several languages: subfolders or
subdomains; rising CPMs; hashtags on Instagram; one page per location), never a call or a beginner's list instead."""

from drafting import sample_draft


def test_subfolders_or_subdomains_for_languages_gets_subfolders_and_hreflang():
    cases = [("Ciao Camille, domanda veloce: per un blog aziendale in 3 lingue (IT, FR, EN) conviene usare sottocartelle "
              "o sottodomini? Grazie!", "sottocartella"),
             ("Bonjour Camille, notre blog va passer en 3 langues : sous-domaines ou sous-dossiers, tu conseilles quoi ?",
              "sous-dossier"),
             ("Hi Camille, quick one: our company blog will run in three languages. Subdomains or subfolders for each?",
              "subfolder"),
             ("Hola Camille, para el blog de mi tienda en dos idiomas, ¿subdominios o subcarpetas?", "subcarpeta"),
             ("Hallo Camille, kurze Frage: Blog in zwei Sprachen – Subdomains oder Unterverzeichnisse?", "Unterverzeichnis")]
    for note, word in cases:
        d = sample_draft(note, name="Stefano Barbieri")
        assert word in d and "hreflang" in d, d
        assert "vale la pena" not in d and "worth it" not in d, d


def test_rising_cpm_gets_what_to_check_never_the_beginner_list():
    cases = [("Bonjour Camille, j'ai suivi votre formation Facebook Ads chez la CCI l'an dernier. Petite question : en ce "
              "moment mes CPM explosent sur Meta, c'est normal ou j'ai raté un réglage ?", "audience trop étroite", "Blueprint"),
             ("Hi Camille, I took your Meta ads workshop last year. My CPMs have doubled this month, is that normal or did I "
              "break something?", "audience too narrow", "Blueprint"),
             ("Hola Camille, hice tu curso de Meta Ads. Últimamente el CPM se me dispara en Instagram, ¿es normal?",
              "público demasiado estrecho", "Blueprint"),
             ("Ciao Camille, il CPM delle mie campagne Meta è salito alle stelle, è normale?", "pubblico troppo stretto", "Blueprint"),
             ("Hallo Camille, meine CPMs bei Meta explodieren gerade, ist das normal?", "zu enge Zielgruppe", "Blueprint")]
    for note, words, bad in cases:
        d = sample_draft(note, headline="Gérante - La Petite Mercerie", name="Nathalie Blanc")
        assert words in d and "Black Friday" in d, d
        assert bad not in d and "Loomer" not in d, d


def test_hashtags_on_instagram_get_an_answer_and_no_call():
    cases = [("Hola Camille, una pregunta rápida: en tu último post decías que los hashtags ya no sirven en LinkedIn. ¿Eso aplica "
              "también a Instagram? Llevo la comunicación de una ONG pequeña y vamos justos de tiempo. Gracias!", "hashtags precisos"),
             ("Oi Camille, pergunta rápida: li que as hashtags já não funcionam no LinkedIn. E no Instagram, ainda valem a pena? "
              "Vamos com pressa na loja.", "hashtags precis"),
             ("Hi Camille, do hashtags still do anything on Instagram, or is it a waste of time now? Thanks!", "precise hashtags"),
             ("Salut Camille, petite question : les hashtags sur Instagram, ça sert encore à quelque chose ?", "hashtags précis"),
             ("Hallo Camille, bringen Hashtags auf Instagram überhaupt noch etwas?", "genaue Hashtags")]
    for note, words in cases:
        d = sample_draft(note, name="Paula Vidal")
        assert words in d, d
        assert "Claro que sí" not in d and "semana que vem" not in d and "semana que viene" not in d and "next week" not in d, d
