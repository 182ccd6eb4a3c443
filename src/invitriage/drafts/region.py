"""The language a note-less sender with an English headline most likely reads best, from the region or the
employer the headline names: "Head of Growth DACH @ Zalando" is German, "Head of Growth @ Coolblue" Dutch,
"Country Manager Iberia" Spanish. English stays English for a global role, a global employer, or a region
that has no one language (EMEA, Europe, Switzerland, Belgium). France as a country is left out (an English headline at
"Deliveroo France" reads English well), and so is a French employer: "VP Marketing at Decathlon" from Hannah Whitmore
was rated a rewrite in French (round 43), so an English headline at a French company stays English; a French regional
city is French. A first name is no country signal: "Géraldine", "Anaïs" with an English headline were
rated "send" in English by the reviews, so a French-sounding name alone keeps the headline's English.

>>> region_language("Head of Growth DACH @ Zalando | Performance Marketing"), region_language("Head of Growth @ Coolblue | E-commerce")
('de', 'nl')
>>> region_language("Marketing Manager EMEA @ Booking.com"), region_language("Growth Lead at Spotify")
('', '')
"""

from __future__ import annotations


from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold

#: Region words (folded) of one language.
_REGIONS = {
    "de": r"dach|germany|deutschland|austria|osterreich|german market|german-speaking|berlin|munich|munchen|hamburg|frankfurt|cologne|koln|vienna|wien|dusseldorf|stuttgart",
    "nl": r"netherlands|nederland|the netherlands|dutch market|amsterdam|rotterdam|utrecht|eindhoven|the hague|den haag",
    "es": r"spain|espana|iberia|iberian|latam|latin america|madrid|barcelona|valencia|sevilla|mexico|argentina|colombia|chile",
    "it": r"italy|italia|italian market|milan|milano|rome|roma|turin|torino|bologna",
    "pt": r"portugal|brazil|brasil|lisbon|lisboa|porto|sao paulo|rio de janeiro",
    # French regional cities (not "France" nor "Paris": a global firm's French office reads English well)
    "fr": r"lyon|marseille|bordeaux|nantes|lille|toulouse|rennes|grenoble|montpellier|strasbourg|annecy|clermont-ferrand|dijon|angers|rouen",
}
#: Employers selling mostly at home, whose staff read their own language (global firms are left out on purpose; French
#: employers too: the owner is French, and an English headline at a French company is someone who chose English).
_EMPLOYERS = {
    "de": r"zalando|otto group|otto\.de|rewe|edeka|dm-drogerie markt|mediamarkt|media markt|saturn|check24|autoscout24|mobile\.de|douglas"
          r"|deutsche telekom|deutsche bahn|lufthansa|n26|personio|hellofresh|flixbus|about you|tchibo|galeria|hornbach|fressnapf|idealo",
    "nl": r"coolblue|bol\.com|albert heijn|ahold delhaize|jumbo|hema|wehkamp|rabobank|abn amro|ing nederland|kpn|picnic|nederlandse spoorwegen|thuisbezorgd"
          r"|marktplaats|funda|vattenfall nederland|eneco|essent|blokker|kruidvat|bijenkorf|de bijenkorf|anwb|postnl|randstad nederland",
    "es": r"inditex|mercadona|el corte ingles|telefonica|movistar|bbva|caixabank|iberdrola|glovo|wallapop|cabify|mango|cupra|repsol|mapfre|idealista",
    "it": r"enel|ferrero|barilla|intesa sanpaolo|unicredit|generali|pirelli|satispay|esselunga|coop italia|poste italiane|mediaset|lavazza|yoox",
    "pt": r"sonae|jeronimo martins|pingo doce|continente|galp|edp|nos comunicacoes|millennium bcp|worten|natura|magalu|nubank|ifood|mercado livre",
}
#: A region with no one language, or a global scope: English is right.
_GLOBAL = r"\b(?:emea|apac|global|worldwide|international|europe|european|eu|benelux|belgium|belgique|switzerland|suisse|schweiz|nordics|cee|uk|us|usa|americas)\b"


#: Benelux or Belgium named with a Dutch employer: the Dutch-speaking side of it ("Marketing Director Benelux at Coolblue").
_LOW_COUNTRIES = r"\b(?:benelux|belgium|belgie|belgique)\b"


def region_language(headline: str) -> str:
    """The language the headline's region or employer points to, or "".

    >>> region_language("Marketing Director Benelux at Coolblue"), region_language("Marketing Director Benelux at Unilever")
    ('nl', '')
    >>> region_language("Head of Growth | Fintech Nubank")
    'pt'
    """
    folded = fold(headline or "")
    if not folded.strip():
        return ""
    # the employer may follow one word of its own kind: "| Fintech Nubank", "at retailer Coolblue"
    employers = {lang for lang, rx in _EMPLOYERS.items()
                 if cre.search(rf"(?:@|\bat\b|\bbei\b|\bbij\b|\ben\b|\bchez\b|\bpresso\b|\bna\b|\bno\b|\||-|,)\s*(?:[a-z-]+\s+)?(?:{rx})\b", folded)}
    if cre.search(_GLOBAL, folded):
        low_countries_only = not cre.search(_GLOBAL, cre.sub(_LOW_COUNTRIES, " ", folded))
        return "nl" if low_countries_only and employers == {"nl"} else ""
    found = {lang for lang, rx in _REGIONS.items() if cre.search(rf"\b(?:{rx})\b", folded)} | employers
    return found.pop() if len(found) == 1 else ""
