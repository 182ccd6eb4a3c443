"""Whose language a person's name is in, from first names (and English surnames) that leave little doubt.

A sender without a note and with a bare English job title ("Head of Growth @ Tribolo") is answered in the language their
name says: "Anaïs Gérard" in French, "Oliver Grant" in English. The language identifier reads short names poorly
("Pierre Leclerc" it takes for Spanish, "Romain Duval" for French at 0.74), so a list of first names each typical of one
of the seven languages, and rarely given elsewhere, decides first. Names shared across languages ("Laura", "Thomas",
"Claire", "Daniel", "Anna") are in no list: for them the identifier and the other rules keep their say.

Keys are folded (lowercase, no accents), as ``fold`` gives them; a compound first name ("Jean-Baptiste") is read by its
first part.
"""

from __future__ import annotations

from invitriage.judge.normalize import fold

#: First names typical of one language and rarely given in the others (folded).
GIVEN = {
    "fr": {
        "romain", "aurelien", "aurelie", "anais", "pierre", "julien", "mathieu", "matthieu", "guillaume", "antoine", "baptiste",
        "thibault", "thibaut", "maxime", "quentin", "arnaud", "yannick", "yves", "gilles", "thierry", "didier", "philippe",
        "christophe", "sylvain", "ludovic", "florian", "bastien", "fabien", "damien", "adrien", "cedric", "jerome", "jeremy",
        "remi", "benoit", "herve", "loic", "gael", "gaetan", "etienne", "edouard", "francois", "sebastien",
        "stephane", "clement", "theo", "mathis", "matheo", "corentin", "killian", "kylian", "gregoire",
        "jean", "jacques", "laurent", "pascal", "frederic", "leo", "noe", "timothee", "hugues", "amaury",
        "helene", "lea", "chloe", "zoe", "maelle", "gaelle", "heloise", "noemie", "oceane", "melanie", "valerie", "geraldine",
        "nadege", "solene", "clemence", "elodie", "emilie", "ophelie", "amelie", "celine", "stephanie", "francoise",
        "margaux", "camille", "pauline", "marion", "justine", "morgane", "capucine", "agathe", "amandine", "delphine",
        "sandrine", "nathalie", "isabelle", "sylvie", "martine", "coralie", "laetitia", "virginie", "aurore", "estelle",
        "armelle", "lucie", "juliette", "clementine", "segolene", "gwendoline", "salome", "romane",
        "apolline", "eloise", "anne-sophie", "marie-helene", "brigitte", "veronique", "dominique", "genevieve", "josiane",
        "ghislaine", "mireille", "christelle", "severine", "karine", "cecile", "berengere", "jeanne",
    },
    "en": {
        "oliver", "ollie", "jack", "harry", "charlie", "emily", "olivia", "amelia",
        "ashley", "tyler", "kyle", "megan", "rachel", "rebecca", "amy", "liam", "mason", "ethan", "logan",
        "jacob", "matthew", "christopher", "andrew", "joshua", "steve", "mike", "chris", "kate", "katie",
        "ella", "ruby", "poppy", "jenny", "heather", "kimberly", "brittany", "tiffany", "courtney", "amanda",
        "alfie", "archie",
        "freddie", "toby", "jake", "josh", "callum", "connor", "declan", "sean", "shaun", "owen", "graham", "gareth",
        "nigel", "trevor", "keith", "neil", "wayne", "craig", "darren", "gavin",
        "matt", "rob", "bob", "bill", "jim", "joe",
        "holly", "abigail", "madison", "brooke", "kayla", "chelsea", "lauren", "samantha",
        "jane", "mary", "susan", "karen", "linda",
        "fiona", "gemma", "kirsty", "leanne", "stacey", "ellie", "millie", "imogen",
    },
}

#: Surnames most frequent in England and the US and rarely French (folded): with a first name no list holds ("Tom Wood" is
#: in none of the French), the surname says English.
EN_SURNAMES = {
    "smith", "jones", "williams", "brown", "taylor", "davies", "wilson", "evans", "johnson", "roberts", "walker", "wright",
    "robinson", "thompson", "white", "hughes", "edwards", "green", "hall", "wood", "harris", "lewis", "jackson", "clarke",
    "clark", "turner", "hill", "scott", "cooper", "morris", "ward", "watson", "baker", "harrison", "morgan", "young", "allen",
    "mitchell", "anderson", "phillips", "bell", "parker", "davis", "miller", "moore", "king", "collins", "stewart", "murphy",
    "cook", "carter", "campbell", "bennett", "cox", "kelly", "price", "shaw", "fletcher", "palmer", "grant", "wilkinson",
    "foster", "marshall", "graham", "chapman", "webb", "rogers", "gray", "grey", "mason", "hunt", "holmes", "mills", "owen",
    "knight", "lloyd", "butler", "russell", "barker", "stevens", "jenkins", "dixon", "fisher", "harper", "ellis", "payne",
    "pearson", "barnes", "richardson", "fox", "howard", "brooks", "gibson", "wells", "kennedy", "saunders", "newman", "hayes",
    "hudson", "adams", "armstrong", "lawrence", "whitmore", "sullivan", "reynolds", "hamilton", "sanders", "myers", "ross", "long",
}

#: French first names English also gives, without the accent ("Chloe Adams", "Zoe Hughes", "Theo Parker"): French only
#: when written with it ("Chloé", "Zoé", "Théo").
_FR_BY_ACCENT = {"chloe", "zoe", "leo", "theo", "melanie", "stephanie", "valerie", "amelie", "celine", "noemie", "emilie", "cecile"}


def _parts(name: str) -> list[str]:
    return [p for p in fold(name or "").replace(",", " ").split() if p.isalpha() or "-" in p]


def name_language(name: str) -> str:
    """The one language ("fr", "en") a person's name is typical of, or "" when it leaves doubt.

    >>> name_language("Anaïs Gérard"), name_language("Romain Duval"), name_language("Aurélien Leroux")
    ('fr', 'fr', 'fr')
    >>> name_language("Tom Wood"), name_language("Oliver Grant"), name_language("Claire Evans")
    ('en', 'en', 'en')
    >>> name_language("Laura Martin"), name_language("Fleur Jansen"), name_language("Markus Schmidt"), name_language("")
    ('', '', '', '')
    >>> name_language("Chloé Martin"), name_language("Chloe Adams"), name_language("Chloe Martin")
    ('fr', 'en', '')
    """
    parts = _parts(name)
    if not parts:
        return ""
    first = parts[0]
    whole = first if first in GIVEN["fr"] or first in GIVEN["en"] else first.split("-")[0]
    last = parts[-1] if len(parts) > 1 else ""
    english_surname = last in EN_SURNAMES
    found = [lang for lang, names in GIVEN.items() if whole in names]
    if found == ["fr"] and whole in _FR_BY_ACCENT and (name or "").split()[0].isascii():
        found = []  # "Chloe Adams": the English spelling
    if len(found) == 1:
        if found == ["fr"] and english_surname:
            return ""  # "Pierre Smith": the names disagree
        return found[0]
    if english_surname:
        return "en"  # "Tom Wood", "Claire Evans": a first name given on both sides, an English surname
    return ""
