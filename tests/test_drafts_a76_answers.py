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
