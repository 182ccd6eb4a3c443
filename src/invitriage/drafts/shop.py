"""The sender's own shop, as the note names it ("I run a small online tea shop", "Gründer eines Onlineshops für
Bio-Hundefutter", "oprichter van een webshop in duurzame babykleding"), said back with the sender's possessive, and a
short wish for it ("Good luck with your online tea shop!"): a shop owner's note is never answered as if it named none.

Only a shop the sender plainly runs, launches or founded; a seller of shops to others (a pitch) is not one.
"""
from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: A word of running, owning or launching, then the shop as written (its article, adjectives, noun, one short complement).
_OWN = {
    "en": (r"(?i)\b(?:run(?:ning)?|own(?:ing)?|have|manag(?:e|ing)|launch(?:ing|ed)?|open(?:ing|ed)?|start(?:ing|ed)?|founder of|owner of|co-?founder of|build(?:ing)?)"
           r"\s+(?:(?:(?:my|our|own|a|an)\s+)+|(?=(?:small|little|tiny)\s))(?P<s>(?:[\w&'’-]+\s+){0,3}?(?:web\s?shop|e-?shop|shop|store|boutique|e-?commerce (?:store|site|business|brand)|online business|bakery|caf[eé]|coffee (?:shop|roastery)|roastery|restaurant|bistro|brewery|winery|candle (?:business|brand))\b"
           r"(?:\s+(?:selling|for|of)\s+[\w&'’-]+(?:\s+[\w&'’-]+)?)?)"),
    "fr": (r"(?i)\b(?:j'ai|j’ai|je tiens|je gère|je gere|je lance|je viens d'ouvrir|je viens de lancer|j'ouvre|nous lançons|nous avons|fondat(?:rice|eur)|g[ée]rante?|cr[ée]at(?:rice|eur)|propri[ée]taire)"
           r"\s+(?:de\s+|d['’])?(?:une?|ma|mon|notre)\s+(?P<s>(?:petite?\s+|nouvelle\s+|nouveau\s+)?(?:boutique|e-?shop|e-?commerce|[ée]picerie|magasin|concept-store|librairie|boulangerie|p[âa]tisserie|caf[ée]|restaurant|brasserie|torr[ée]faction|br[ûu]lerie)\b"
           r"(?:\s+en ligne)?(?:\s+(?:de|d['’])\s*[\w-]+(?:\s+[\w-]+)?)?)"),
    "de": (r"\b(?:[Gg]ründer(?:in)?|[Ii]nhaber(?:in)?|[Bb]etreiber(?:in)?|[Cc]o-[Ff]ounder(?:in)?|betreibe|habe|führe|starte|eröffne|launche|launchen|starten|eröffnen|betreiben)"
           r"\s+(?:eines|einen|ein|meines|meinen|unseren|unser)\s+(?:[a-zäöüß]+e[nmrs]?\s+){0,2}(?P<s>[A-ZÄÖÜ][\w-]*(?:[Ss]hop|[Ll]aden|[Ss]tore)s?(?:\s+(?:für|mit)\s+[\w-]+)?)"),
    "es": (r"(?i)\b(?:tengo|llevo|gestiono|regento|abr[íi]|he abierto|lanc[ée]|he lanzado|estoy lanzando|lanzamos|fundador[a]?|due[ñn][oa]|propietari[oa])"
           r"\s+(?:de\s+)?(?:una|un|mi|nuestra|nuestro)\s+(?P<s>(?:peque[ñn]a\s+|nueva\s+)?(?:tienda|e-?commerce|ecommerce|panader[íi]a|pasteler[íi]a|cafeter[íi]a|restaurante|tostadero)\b(?:\s+(?:online|en l[íi]nea))?(?:\s+de\s+[\w-]+(?:\s+[\w-]+)?)?)"),
    "it": (r"(?i)\b(?:ho|gestisco|ho aperto|apro|ho lanciato|sto lanciando|lanciamo|fondat(?:ore|rice)|titolare|proprietari[oa])"
           r"\s+(?:di\s+)?(?:una|un|il mio|la mia|il nostro|la nostra)\s+(?P<s>(?:piccol[oa]\s+|nuov[oa]\s+)?(?:negozio|e-?commerce|shop|bottega|boutique|panetteria|pasticceria|caffetteria|ristorante|torrefazione)\b(?:\s+online)?(?:\s+di\s+[\w-]+(?:\s+[\w-]+)?)?)"),
    "pt": (r"(?i)\b(?:tenho|gerencio|abri|lancei|estou lan[çc]ando|lan[çc]amos|fundador[a]?|dono|dona|propriet[áa]ri[oa])"
           r"\s+(?:de\s+|da\s+|do\s+)?(?:uma|um|a minha|o meu|minha|meu|a nossa|nossa)\s+(?P<s>(?:pequena\s+|nova\s+)?(?:loja|lojinha|e-?commerce|padaria|pastelaria|cafetaria|restaurante|torrefa[çc][ãa]o)\b(?:\s+(?:online|virtual))?(?:\s+de\s+[\w-]+(?:\s+[\w-]+)?)?)"),
    "nl": (r"(?i)\b(?:oprichter|oprichtster|eigenaar|eigenaresse|founder|heb|run|runnen|start|starten|begin|begonnen|gestart|lanceer|lanceren|open|openen|beheer|beheren)"
           r"\s+(?:(?:van|met|in het \w+|binnenkort|volgend jaar|dit jaar|straks|in \w+)\s+)?(?:een|mijn|m['’]?n|onze)\s+(?P<s>(?:kleine\s+|nieuwe\s+|eigen\s+)?(?:[\w-]+\s+(?=\w*(?:winkeltje|webshopje)\b))?(?:[\w-]*webshop(?:je)?|[\w-]*webwinkel|[\w-]*winkel(?:tje)?|[\w-]*shop|boetiek|[\w-]*bakkerij|[\w-]*branderij|brouwerij|restaurant)\b"
           r"(?:\s+(?:in|met|voor)\s+[\w-]+(?:\s+[\w-]+)?)?)"),
}
#: Words that end the phrase: a conjunction, a place clause or a verb after it.
_STOP = {"en": r"(?i)\s+(?:and|but|which|that|so|in|to)\s.*$", "fr": r"(?i)\s+(?:(?:et|mais|qui|que)\s|(?-i:(?:à|a)\s+(?=[A-ZÀ-Ý]))).*$",
         "de": r"\s+(?:und|aber|die|der|das|in)\s.*$", "es": r"(?i)\s+(?:y|pero|que|en)\s.*$", "it": r"(?i)\s+(?:(?:e|ma|che|in)\s|(?-i:a\s+(?=[A-ZÀ-Ý]))).*$",
         "pt": r"(?i)\s+(?:e|mas|que|em)\s.*$", "nl": r"(?i)\s+(?:en|maar|dat|die)\s.*$"}
#: A time phrase after the shop ("hace 2 años", "il y a 2 ans", "vor 2 Jahren", "2 anni fa", "há 2 anos", "2 jaar geleden",
#: "2 years ago", "since 2019", "for three years"): when the shop began, never part of its name ("tu tienda de ropa hace 2").
SHOP_SINCE = (r"(?i)\s+(?:(?:hace|h[áa]|il y a|vor|seit|since|depuis|desde|sinds|ago|geleden)\s+\S.*"
              r"|(?:(?:for|da|dal|por|durante|pendant|f[üu]r|voor|al)\s+)?(?:\d+|one|two|three|a few|un[ao]?|une?|dos|tres|deux|trois|zwei|drei|einem|ein|due|tre|dois|duas|tr[êe]s|twee|drie|een)"
              r"\s+(?:years?|ans?|ann[ée]es?|a[ñn]os?|anni|anno|anos?|jahr\w*|jaar|months?|mois|mes(?:es)?|mesi|mese|monat\w*|maand\w*|weeks?|semaines?|semanas?|settimane?|woche\w*|weken|week)\b.*)$")
#: A count after the shop ("webshop met 30 producten", "a shop with 200 products", "una tienda con unos 50 productos"): its size,
#: never quoted back in the wish ("Veel succes met je webshop!", never "… met je webshop met 30 producten!").
_SHOP_COUNT = (r"(?i)\s+(?:with|avec|con|com|mit|met)\s+(?:(?:about|around|some|over|environ|plus de|unos|unas|m[aá]s de|circa|oltre|cerca de|"
               r"mais de|etwa|rund|über|zo['’]n|ongeveer|ruim|meer dan)\s+)?\d.*$")
#: The small words dropped in the wish ("small", "kleine"): "your online tea shop", never "your small …".
_SMALL = r"(?i)^(?:small|little|tiny|petite?|peque[ñn]a|piccol[oa]|pequena|kleine?)\s+"
_FEM_FR = r"(?i)^(?:boutique|[ée]picerie|librairie|nouvelle|boulangerie|p[âa]tisserie|brasserie|torr[ée]faction|br[ûu]lerie)\b"
_FEM_IT = r"(?i)^(?:bottega|boutique|piccola|nuova|panetteria|pasticceria|caffetteria|torrefazione)\b"
_FEM_PT = r"(?i)^(?:loja|lojinha|pequena|nova|padaria|pastelaria|cafetaria|torrefa[çc][ãa]o)\b"
#: The wish, informal and formal: "{shop}" is the shop with the sender's possessive.
_WISH = {
    "en": ("Good luck with {shop}!", "I wish you every success with {shop}."),
    "fr": ("Bonne chance pour {shop} !", "Je vous souhaite beaucoup de succès avec {shop}."),
    "de": ("Viel Erfolg mit {shop}!", "Viel Erfolg mit {shop}!"),
    "es": ("¡Mucho éxito con {shop}!", "Le deseo mucho éxito con {shop}."),
    "it": ("In bocca al lupo per {shop}!", "Le auguro tanto successo con {shop}."),
    "pt": ("Boa sorte com {shop}!", "Desejo-lhe muito sucesso com {shop}."),
    "pt-BR": ("Boa sorte com {shop}!", "Desejo muito sucesso com {shop}."),
    "nl": ("Veel succes met {shop}!", "Veel succes met {shop}!"),
}
#: A shop named in the headline only ("Starter webshop vintage kleding", "Inhaberin | Onlineshop"): the bare shop, with the possessive.
_HEAD = (r"(?i)\b(?:web\s?shop|e-?shop|online\s?shop|onlineshop|webwinkel|e-?commerce|shopify store|etsy shop|boutique en ligne|tienda online|negozio online|loja online|loja virtual)\b")
_HEAD_SHOP = {"en": ("your online shop", "your online shop"), "fr": ("ta boutique en ligne", "votre boutique en ligne"),
              "de": ("deinem Onlineshop", "Ihrem Onlineshop"), "es": ("tu tienda online", "su tienda online"),
              "it": ("il tuo negozio online", "il Suo negozio online"), "pt": ("a tua loja online", "a sua loja online"),
              "pt-BR": ("sua loja online", "sua loja online"), "nl": ("je webshop", "uw webshop")}

#: A headline that opens on an employee's title ("Head of Growth | E-commerce | Marketplace Scale-up", "Marketing Manager
#: E-commerce"): e-commerce is their field at someone else's company, never a shop of theirs to wish luck to.
_EMPLOYEE = (r"(?i)^\s*(?:head of|vp|svp|evp|chief|director|directeur|directrice|directora?|direttore|direttrice|diretora?|responsable|responsabile"
             r"|chef de|cheffe de|jefe de|jefa de|leiter\w*|hoofd|cmo|cto|coo|cfo)\b"
             r"|\b(?:manager|managerin|director|officer|lead|leiter\w*|specialist\w*|strategist|coordinator|analyst)\b")


#: A learner's headline ("Student Commerciële Economie", "Estudiante", "Stagiaire", "Werkstudentin"): what it names is
#: a field of study, not a business of theirs.
_LEARNER = (r"(?i)\b(?:student\w*|studente|studentessa|estudiante|estudante|[ée]tudiante?|stagiaire|intern|trainee|stagista"
            r"|praktikant\w*|werkstudent\w*|alternante?|apprenti\w*|becari[oa]|estagi[áa]ri[oa]|tirocinante|afstudeer\w*|master|msc|bachelor)\b")
#: "E-commerce" in a list of fields ("Social media & e-commerce", "SEO, e-commerce", "e-commerce en marketing"): a field.
_FIELD_LIST = (r"(?i)(?:[&,/+]|\b(?:and|et|y|e|und|en)\b)\s*e-?commerce\b|\be-?commerce\s*(?:[&,/+]|\b(?:and|et|y|e|und|en)\b)")


#: A Dutch shop named with a bare one-word trade after "in" ("webshop in thee", "winkel in sokken"): said back as the shop alone
#: ("je webshop"), never "je webshop in thee"; a trade with its adjective ("in duurzame babykleding") reads well and stays.
_NL_BARE_TRADE = r"(?i)^(.*?\b[\w-]*(?:webshop|webwinkel|winkel|shop|boetiek))\s+in\s+[\w-]+$"
#: A shop said with a diminutive (nl "webshopje", "winkeltje"; pt "lojinha"), and the plain word said back for it.
_PLAIN = {"webshopje": "webshop", "winkeltje": "winkel", "webwinkeltje": "webwinkel", "shopje": "shop", "lojinha": "loja"}
_DIMINUTIVE = r"(?i)\b(?:webshopje|webwinkeltje|winkeltje|shopje|lojinha)\b"


def _field_only(headline: str) -> bool:
    """True when the headline's only shop word is "e-commerce" as a field (a learner's, or one in a list of fields).

    >>> _field_only("Student Commerciële Economie @ HAN | Social media & e-commerce"), _field_only("Fondatrice | E-commerce de bijoux")
    (True, False)
    """
    shops = [m.group(0) for m in cre.finditer(_HEAD, headline)]
    if not shops or any(not cre.fullmatch(r"(?i)e-?commerce", w) for w in shops):
        return False
    return bool(cre.search(_LEARNER, headline) or cre.search(_FIELD_LIST, headline))


def _possessive(phrase: str, lang: str, informal: bool, ours: bool) -> str:
    base = lang[:2]
    phrase = cre.sub(_SMALL, "", phrase)
    if base == "en":
        return f"your {phrase}"
    if base == "fr":
        return f"{('ta' if cre.match(_FEM_FR, phrase) else 'ton') if informal else 'votre'} {phrase}"
    if base == "de":
        noun, _, rest = phrase.partition(" ")
        if cre.search(r"(?i)(?:shop|store)s$", noun) or noun.endswith("Ladens"):
            noun = noun[:-1]  # "eines Onlineshops": the genitive's -s dropped for "mit deinem Onlineshop"
        return " ".join(x for x in (("deinem" if informal else "Ihrem"), noun, rest) if x)
    if base == "es":
        return f"{'tu' if informal else 'su'} {phrase}"
    if base == "it":
        fem = bool(cre.match(_FEM_IT, phrase))
        return f"{'la' if fem else 'il'} {('tua' if fem else 'tuo') if informal else ('Sua' if fem else 'Suo')} {phrase}"
    if base == "pt":
        fem = bool(cre.match(_FEM_PT, phrase))
        if lang == "pt-BR":
            return f"{'sua' if fem else 'seu'} {phrase}"
        return f"{'a' if fem else 'o'} {('tua' if fem else 'teu') if informal else ('sua' if fem else 'seu')} {phrase}"
    if base == "nl":
        return f"{'jullie' if ours and informal else ('je' if informal else 'uw')} {phrase}"
    return ""


#: The sender's own possessive inside the shop's name, after a preposition ("for my candles", "pour mes bougies", "für meine Kerzen").
_OWN_WORD = (r"(?i)(?<=\s)(?:my|our|mes|mon|ma|nos|notre|mis|mi|nuestr[ao]s?|i miei|le mie|il mio|la mia|meus|minhas|meu|minha"
             r"|meine[nmrs]?|unsere[nmrs]?|mijn|onze)\s+(?=\w)")


def shop_phrase(note: str, headline: str, lang: str, *, informal: bool) -> str:
    """The sender's shop with their possessive, as the draft says it, or "".

    >>> shop_phrase("I run a small online tea shop in Bristol and I'm trying to apply it.", "", "en", informal=True)
    'your online tea shop'
    >>> shop_phrase("bin Gründer eines kleinen Onlineshops für Bio-Hundefutter.", "", "de", informal=True)
    'deinem Onlineshop für Bio-Hundefutter'
    >>> shop_phrase("ik ben oprichter van een kleine webshop in duurzame babykleding.", "", "nl", informal=True)
    'je webshop in duurzame babykleding'
    >>> shop_phrase("ik ben net begonnen met mn eigen keramiek winkeltje online", "", "nl", informal=True)
    'je eigen keramiek winkel'
    >>> shop_phrase("", "Student | Starter webshop vintage kleding", "nl", informal=True)
    'je webshop'
    """
    base = lang[:2]
    if base not in _OWN:
        return ""
    m = cre.search(_OWN[base], note or "")
    if m:
        phrase = m.group("s")
        rest = note[m.end():]
        elided = cre.match(r"['’][\w-]+", rest) if cre.search(r"\w$", phrase) else None
        if elided:
            # "olio d'oliva", "huile d'olive": the elided word goes on past the apostrophe, never cut at "d"
            phrase, rest = phrase + elided.group(0), rest[elided.end():]
        phrase = cre.sub(SHOP_SINCE, "", phrase)
        phrase = cre.sub(_SHOP_COUNT, "", phrase)
        cut = cre.sub(_STOP[base], "", phrase + " ").strip()
        if cut != phrase:
            phrase = cut  # "de céramique [et je galère]": ended at a conjunction, whole
        elif cre.match(r"\s+[\w'’-]", rest) and not cre.match(_STOP[base], rest):
            # "negozio online di gioielli fatti [a mano]": a complement that goes on is left out, never cut
            phrase = cre.sub(r"(?i)\s+(?:selling|for|of|für|mit|de|d['’]|di|in|met|voor)\b.*$", "", phrase)
        phrase = cre.sub(_STOP[base], "", phrase).strip(" ,;:.!?")
        phrase = cre.sub(r"(?i)\s+(?:in|met|voor|for|of|de|di|für|mit|selling|en|em|d['’])$", "", phrase)
        # "a small etsy shop for my candles": the sender's own "my" is never kept after "your", and a platform is spelt as such
        phrase = cre.sub(_OWN_WORD, "", phrase)
        phrase = cre.sub(r"(?i)\b(etsy|shopify|amazon|vinted|woocommerce)\b", lambda p: p.group(1).capitalize().replace("Woocommerce", "WooCommerce"), phrase)
        # "een webshopje in handgemaakte kaarsen", "uma lojinha": the sender's own modest diminutive, said back plainly
        # ("je webshop"), never echoed by her as if she were belittling the shop
        phrase = cre.sub(_DIMINUTIVE, lambda d: _PLAIN[d.group(0).lower()], phrase)
        if base == "nl":
            phrase = cre.sub(_NL_BARE_TRADE, r"\1", phrase)
        ours = bool(cre.search(r"\b(?:wij|we|onze|ons)\b", fold(note)))
        return _possessive(phrase, lang, informal, ours) if phrase else ""
    if headline and not note.strip() and cre.search(_HEAD, headline) and not cre.search(_EMPLOYEE, headline.split("|")[0]) \
            and not _field_only(headline):
        forms = _HEAD_SHOP.get(lang) or _HEAD_SHOP[base]
        return forms[0 if informal else 1]
    return ""


def shop_line(note: str, headline: str, lang: str, *, informal: bool) -> str:
    """The wish for the sender's shop ("Veel succes met je webshop in duurzame babykleding!"), or ""."""
    shop = shop_phrase(note, headline, lang, informal=informal)
    if not shop:
        return ""
    forms = by_lang(_WISH, lang)
    return forms[0 if informal else 1].format(shop=shop) if forms else ""
