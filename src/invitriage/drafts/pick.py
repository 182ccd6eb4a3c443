"""Either/or questions between two marketing channels answered with a pick ("Google Ads or Meta for my restaurant?",
"TikTok Ads or stay with LinkedIn Ads?", "SEO or Instagram first?", "saw your post Google Ads vs Meta Ads: which
one would you start with?"): she names both, says which one she would start with and why, in one or two sentences;
never a budget asked first (two organic channels need none), never an amount in a currency.

>>> choice("Hoi, SEO of Instagram: waar zou jij beginnen?", "", "nl")[:43]
'SEO en Instagram kosten allebei vooral tijd'
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: The channels, by kind: G search ads, M Meta's ads, T TikTok, L LinkedIn Ads, S SEO, I Instagram (organic).
_CHANNELS = (
    ("G", r"\bgoogle(?:\s+ads)?\b|\badwords\b"),
    ("M", r"\b(?:meta|facebook|fb|insta(?:gram)?)\s+ads\b|\bmeta\b|\bfacebook\b"),
    ("T", r"\btik\s?tok(?:\s+ads)?\b"),
    ("L", r"\blinked\s?in(?:\s+ads)?\b"),
    ("S", r"\bseo\b|\breferencement(?: naturel)?\b|\bposicionamiento\b|\bposizionamento\b|\bvindbaarheid\b"),
    ("I", r"\binsta(?:gram)?\b"),
    ("P", r"\bpinterest(?:[\s-]+ads)?\b"),
)
_NAMES = {"G": "Google Ads", "M": "Meta Ads", "T": "TikTok Ads", "L": "LinkedIn Ads", "S": "SEO", "I": "Instagram", "P": "Pinterest Ads"}

#: "A or B", "A vs B", "A x B", "A oder B", "A o B", "A ou B", "A of B", "A versus B", "A / B"; "A eher als B", "A rather than B".
_OR = r"\s*(?:\beher als\b|\brather than\b|\bplutot que\b|\bmas que\b|\bpiu che\b|\bmais (?:do )?que\b|\bliever dan\b|\bor\b|\bou\b|\boder\b|\bo\b|\bof\b|\bvs\.?|\bversus\b|\bx\b|/|\bou (?:o|a)\b|\bo el\b|\bo il\b)\s*(?:(?:rather|plutot|eher|mejor|meglio|beter|melhor|bei|with|avec|con|com|met|mit|stay with|stick with|rester sur|bleiben bei|blijven bij)\s+)*"
#: A question asking which to choose or where to start, when the two channels were named elsewhere (a post's title).
_WHICH = (r"\b(?:which|where (?:would|should) (?:you|i)|start|lequel|laquelle|par (?:lequel|laquelle|quoi|ou)|commencer|welche[snm]?|womit|wo (?:wurdest|wurden|soll)"
          r"|anfangen|starten|cual|por donde|empez\w*|quale|da dove|da quale|parto|partire|partiresti|inizi\w*|qual|por onde|comec\w*|welke|waar(?:mee)? zou|beginnen"
          r"|recommend\w*|recomend\w*|raccomand\w*|consigli\w*|aconsej\w*|aconselh\w*|conseill\w*|empfiehl\w*|empfehl\w*|raad\w*|aanraden|worth|vaut|lohnt|vale|moeite)\b")
#: "pubs insta", "anuncios en Instagram", "anúncios no Instagram", "annunci su Instagram", "Werbung auf Instagram"; "le ads di
#: instagram", "los anuncios del Instagram", "anúncios do Instagram": a shop asking about paid ads on Instagram, never the organic account.
_PAID_ON = r"\b(?:pubs?|publicites?|ads|adverts?|anuncios?|publicidad|annunci|inserzion[ei]|sponsorizzat[ei]|pubblicita|anuncios?|anuncio|werbung|anzeigen|advertenties|adverteren|sponsored|sponsoris\w*|patrocinad\w*)\s+(?:on\s+|sur\s+|en\s+|no\s+|na\s+|su\s+|auf\s+|op\s+|in\s+|de\s+|di\s+|del\s+|do\s+|da\s+|van\s+)?"
#: "instagram ads", "Instagram-Anzeigen", "instagram-advertenties": the paid word after the channel.
_PAID_AFTER = r"[\s-]+(?:ads|advertenties|advertentie|anzeigen|werbung|adverts)\b"
#: An online product shop or a certification: the owner's own tailored answers (product search vs a visual product; which
#: certificate) fit better than a channel pick.
_KEEP = (r"\b(?:online|en ligne|e-?shop\w*|e-?commerce|webshop\w*|webwinkel\w*|onlineshop\w*|shopify|woocommerce|virtual|shopping|abbigliamento|vetements|ropa|roupa\w*"
         r"|kleding|kleidung|clothing|fashion|bijoux|jewel\w*|schmuck|joias|gioielli|ceramic\w*|ceramique|ceramica|keramik|certif\w*|certs?|zertifi\w*|blueprint|skillshop)\b")
#: What may stand between two channels named side by side as a choice: "instagram o tiktok", "google ads or meta ads",
#: "seo ou plutot instagram".
_SIDE_BY_SIDE = r"(?:\s+ads)?" + _OR + r"(?:\w+\s+)?"
#: A budget told beside a LinkedIn-or-Meta question ("with a small budget (£1k/month)", "petit budget", "con poco presupuesto",
#: "500 € al mese"): the owner's FAQ answer, which weighs what a small budget buys on each, answers it, not the bare pick.
_BUDGET_BESIDE = (r"\b(?:budget|budgets|presupuesto|orcamento|verba)\b|[$€£]\s?\d|\d\s?(?:k\b|[$€£]|euros?\b|eur\b|dollars?\b|pounds?\b|reais\b)"
                  r"|\d\s?(?:/|per |a |par |al |am |im |por |pro )(?:month|mois|mes|mese|monat|maand|mes)\b")
#: A local business customers walk into (folded, note and headline): a restaurant, a bakery, a gym, a salon.
_LOCAL = (r"\b(?:restaurants?|restaurante|ristorante|trattoria|osteria|pizzeria|pizzaria|bakery|boulangerie|patisserie|panaderia|padaria|panetteria"
          r"|forno|backerei|bakkerij|(?<!\bde )(?<!\bdi )(?<!\bof )(?<!\bdo )(?<!\bda )cafe(?! de especialidad| di specialita| especial)|bistro|bar|brasserie|gym|salle de sport|gimnasio|palestra|academia|fitnessstudio|sportschool|salon|kapsalon"
          r"|coiffeur|friseur|peluqueria|parrucchiere|cabeleireiro|barbearia|barber\w*)\b")
#: ... never a brand that sells a product far away (folded): "una marca de café que queremos vender en Francia", "my coffee brand".
_PRODUCT_BRAND = (r"\b(?:marca|brand|marque|marchio|merk|marke)\b|\b(?:vender|sell|vendre|vendere|verkaufen|verkopen) (?:\w+ )?"
                  r"(?:en|in|a|em|na|no|nach|naar) (?:francia|france|frankreich|frankrijk|franca|europa|europe)\b")
#: A budget told as an amount and a period: "$25/day", "300€/mes", "300€ al mese", "R$ 1.500/mês", "20€/jour" (original text).
_AMOUNT = (r"(?i)(R\$|US\$|[$£€])?\s?(\d[\d.,]*)\s?(€|euros?|eur|\$|£)?\s?(?:/|per |a |par |al |am |im |por |pro |au |an? )\s?"
           r"(day|jour|d[ií]a|giorno|dia|tag|dag|month|mois|mes|m[eê]s|mese|monat|maand)\b")
_PERIOD = {"en": ("a day", "a month"), "fr": ("par jour", "par mois"), "es": ("al día", "al mes"), "it": ("al giorno", "al mese"),
           "pt": ("por dia", "por mês"), "de": ("am Tag", "im Monat"), "nl": ("per dag", "per maand")}
_SMALL = {"en": "a small budget", "fr": "un petit budget", "es": "un presupuesto pequeño", "it": "un budget piccolo",
          "pt": "um orçamento pequeno", "de": "einem kleinen Budget", "nl": "een klein budget"}
#: What a question may ask about instead of the channels a post set against each other (folded): "saw your post on LinkedIn
#: Ads vs Meta Ads … which certifications are worth it?" asks about certificates or courses, never for a pick between the two.
_OWN_SUBJECT = (r"\b(?:certif\w*|certs?|zertifi\w*|blueprint|skillshop|courses?|cours|formations?|cursos?|corsi|corso|kurse?|cursus|cursussen"
                r"|opleiding\w*|books?|livres?|libros?|libri|livros?|bucher|buch|boeken|tools?|outils?|herramientas?|strumenti|ferramentas?|werkzeuge?)\b")
_B2B = r"\b(?:b2b|saas|software|logiciel\w*|industrial|industriel\w*|industrie\w*|industria\w*|b2b-?\w*)\b"


def _kinds(text: str) -> list[tuple[int, str]]:
    return [(start, kind) for start, _, kind in _spans(text)]


def _spans(text: str) -> list[tuple[int, int, str]]:
    """The channels the text names: (start, end, kind), in the text's order."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _CHANNELS:
        for m in cre.finditer(pattern, text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if kind == "I" and (cre.match(_PAID_AFTER, text[m.end():]) or cre.search(_PAID_ON + r"$", text[max(0, m.start() - 30):m.start()])):
                found.append((m.start(), m.end(), "M"))  # "les pubs insta", "anuncios en Instagram": Meta's ads, not the organic account
                taken.append((m.start(), m.end()))
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), kind))
    return sorted(found)


def _pair(text: str) -> tuple[str, str] | None:
    """The two channels the text sets against each other ("A or B", "A vs B"), in the text's order, or None. Two named
    side by side ("instagram o tiktok") are the choice asked, whatever channel the note names before them: "ho visto il
    tuo post su linkedin sui reels vs tiktok … instagram o tiktok?" weighs Instagram and TikTok, never LinkedIn.

    >>> _pair("ho visto il tuo post su linkedin sui reels vs tiktok: conviene di piu instagram o tiktok?")
    ('I', 'T')
    """
    spans = _spans(text)
    loose = None
    for (i, e, a), (j, _, b) in zip(spans, spans[1:]):
        if a != b and cre.search(_OR, text[i:j]) and j - i < 110:
            if cre.fullmatch(_SIDE_BY_SIDE, text[e:j]):
                return a, b
            loose = loose or (a, b)
    return loose


_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "GL": "Between {A} and {B}, for a local business I'd start with Google Ads plus a complete Google Business Profile: people nearby already searching for a place like yours find you, and with a tight radius around you {X} reaches those most likely to come in. Meta comes second, to show what you do to people nearby who aren't searching yet.",
        "GM": "Between {A} and {B}, I'd start with Google Ads: it reaches people who are already searching for what you offer, so a small budget turns into contacts faster. Meta comes second, once you know what works, to reach people who aren't searching yet.",
        "LB": "Between {A} and {B}, for B2B I'd stay with LinkedIn Ads: it's where you can target decision-makers by job title, sector and company size; a click costs more, but it reaches the right people. {O} at most as a small test later.",
        "LC": "Between {A} and {B}, I'd start with {O}: clients who are private individuals are there, and a click costs far less than on LinkedIn, which is worth it when the buyers are companies.",
        "SI": "Between {A} and {B}, both cost time more than budget. I'd start with Instagram, which brings the first visitors faster, and lay the SEO basics right away (clear pages, titles, descriptions), since SEO takes a few months to pay off.",
        "PM": "Between {A} and {B}, for visual products (jewellery, decoration, crafts) I'd start with Pinterest: people go there looking for things to buy, a pin keeps bringing clicks for months, and a click usually costs less. Send those clicks to your best-selling products and judge by sales after a month; {O} come second, once you know which products people want.",
    },
    "fr": {
        "GL": "Entre {A} et {B}, pour un commerce local je commencerais par Google Ads avec une fiche Google Business complète : les gens du coin qui cherchent déjà ce type d'adresse vous trouvent, et avec un rayon serré autour de chez vous, {X} touche ceux qui ont le plus de chances de venir. Meta vient ensuite, pour montrer ce que vous faites aux gens du coin qui ne cherchent pas encore.",
        "GM": "Entre {A} et {B}, je commencerais par Google Ads : on y touche des gens qui cherchent déjà ce type d'offre, donc un petit budget se transforme plus vite en contacts. Meta vient ensuite, une fois qu'on sait ce qui marche, pour toucher ceux qui ne cherchent pas encore.",
        "LB": "Entre {A} et {B}, en B2B je resterais sur LinkedIn Ads : c'est là qu'on cible les décideurs par poste, secteur et taille d'entreprise ; le clic coûte plus cher, mais il touche les bonnes personnes. {O}, au plus en petit test plus tard.",
        "LC": "Entre {A} et {B}, je commencerais par {O} : les clients particuliers y sont, et le clic y coûte bien moins cher que sur LinkedIn, qui vaut le coup quand les acheteurs sont des entreprises.",
        "SI": "Entre {A} et {B}, les deux demandent surtout du temps, pas de budget. Je commencerais par Instagram, qui amène les premiers visiteurs plus vite, en posant dès maintenant les bases du SEO (pages claires, titres, descriptions), car le SEO met quelques mois à porter ses fruits.",
        "PM": "Entre {A} et {B}, pour des produits qui se choisissent à l'œil (bijoux, déco, artisanat), je commencerais par Pinterest : on y va chercher des idées d'achat, une épingle rapporte des clics pendant des mois, et le clic coûte souvent moins cher. Les clics vont vers les produits qui se vendent le mieux, et on juge aux ventes après un mois ; {O} viennent ensuite, quand on sait ce qui plaît.",
    },
    "de": {
        "GL": 'Zwischen {A} und {B} würde ich bei einem lokalen Geschäft mit Google Ads und einem vollständigen Google-Unternehmensprofil anfangen: Leute aus der Nähe, die schon nach so einem Ort suchen, finden ihn, und mit einem engen Radius um den Standort erreicht man mit {X} die, die am ehesten vorbeikommen. Meta kommt danach, um Leuten aus der Umgebung, die noch nicht suchen, zu zeigen, was es dort gibt.',
        "GM": "Zwischen {A} und {B} würde ich mit Google Ads anfangen: Dort erreicht man Leute, die schon nach genau so einem Angebot suchen, ein kleines Budget bringt also schneller Anfragen. Meta kommt danach, wenn klar ist, was funktioniert, um Leute zu erreichen, die noch nicht suchen.",
        "LB": "Zwischen {A} und {B} würde ich im B2B bei LinkedIn Ads bleiben: Nur dort erreicht man Entscheider gezielt nach Position, Branche und Unternehmensgröße; ein Klick kostet mehr, trifft aber die richtigen Leute. {O} höchstens später als kleiner Test.",
        "LC": "Zwischen {A} und {B} würde ich mit {O} anfangen: Dort sind Privatkunden unterwegs, und ein Klick kostet deutlich weniger als auf LinkedIn, das sich lohnt, wenn Unternehmen die Käufer sind.",
        "SI": "Zwischen {A} und {B}: Beides kostet vor allem Zeit, kein Budget. Ich würde mit Instagram anfangen, weil es schneller die ersten Besucher bringt, und gleich die SEO-Grundlagen legen (klare Seiten, Titel, Beschreibungen), denn SEO braucht ein paar Monate, bis es wirkt.",
        "PM": "Zwischen {A} und {B} würde ich bei Produkten, die übers Auge verkauft werden (Schmuck, Deko, Handgemachtes), mit Pinterest anfangen: Dort suchen Leute gezielt nach Ideen zum Kaufen, ein Pin bringt monatelang Klicks, und ein Klick ist meist günstiger. Die Klicks gehen auf die bestverkauften Produkte, gemessen wird nach einem Monat an den Verkäufen; {O} kommen danach, wenn klar ist, was gefällt.",
    },
    "es": {
        "GL": 'Entre {A} y {B}, para un negocio local yo empezaría por Google Ads y un perfil de Google Business completo: la gente de la zona que ya busca un sitio así lo encuentra, y con un radio pequeño alrededor del local, {X} llega a quien tiene más probabilidades de venir. Meta viene después, para enseñar lo que se hace a la gente de la zona que todavía no busca.',
        "GM": "Entre {A} y {B}, yo empezaría por Google Ads: llega a gente que ya está buscando el producto o servicio, así que un presupuesto pequeño se convierte antes en clientes. Meta viene después, cuando ya se sabe qué funciona, para llegar a quien todavía no busca.",
        "LB": "Entre {A} y {B}, en B2B me quedaría con LinkedIn Ads: es donde se segmenta a quien decide por cargo, sector y tamaño de empresa; el clic cuesta más, pero llega a las personas adecuadas. {O}, como mucho en una pequeña prueba más adelante.",
        "LC": "Entre {A} y {B}, yo empezaría por {O}: ahí están los clientes particulares, y el clic cuesta bastante menos que en LinkedIn, que compensa cuando quien compra es una empresa.",
        "SI": "Entre {A} y {B}, los dos piden sobre todo tiempo, no presupuesto. Yo empezaría por Instagram, que trae antes las primeras visitas, y dejaría puestas ya las bases del SEO (páginas claras, títulos, descripciones), porque el SEO tarda unos meses en dar fruto.",
        "PM": "Entre {A} y {B}, para productos que entran por los ojos (joyas, decoración, artesanía) yo empezaría por Pinterest: la gente va allí buscando ideas para comprar, un pin trae clics durante meses y el clic suele costar menos. Esos clics van a los productos que más se venden, y se juzga por las ventas al cabo de un mes; {O} vienen después, cuando ya se sabe qué gusta.",
    },
    "it": {
        "GL": "Tra {A} e {B}, per un'attività locale partirei da Google Ads con una scheda Google Business completa: chi è in zona e cerca già un posto così lo trova, e con un raggio stretto intorno al locale {X} raggiunge chi ha più probabilità di venire. Meta viene dopo, per far vedere il locale a chi è in zona e non sta ancora cercando.",
        "GM": "Tra {A} e {B} partirei da Google Ads: raggiunge persone che stanno già cercando il prodotto o il servizio, quindi anche un budget piccolo porta clienti più in fretta. Meta viene dopo, quando si sa cosa funziona, per raggiungere chi non sta ancora cercando.",
        "LB": "Tra {A} e {B}, nel B2B resterei su LinkedIn Ads: è lì che si raggiungono i decisori per ruolo, settore e dimensione dell'azienda; il clic costa di più, ma arriva alle persone giuste. {O} al massimo come piccolo test più avanti.",
        "LC": "Tra {A} e {B} partirei da {O}: lì ci sono i clienti privati, e il clic costa molto meno che su LinkedIn, che conviene quando a comprare sono le aziende.",
        "SI": "{A} e {B} chiedono tutti e due soprattutto tempo, non budget. Partirei da Instagram, che porta i primi visitatori più in fretta, e metterei subito le basi della SEO (pagine chiare, titoli, descrizioni), perché la SEO impiega qualche mese a dare frutti.",
        "PM": "Tra {A} e {B}, per prodotti che si scelgono con gli occhi (gioielli, decorazioni, artigianato) partirei da Pinterest: lì si va a cercare idee da comprare, un pin porta clic per mesi e il clic di solito costa meno. I clic vanno sui prodotti che vendono di più, e si giudica dalle vendite dopo un mese; {O} vengono dopo, quando si sa cosa piace.",
    },
    "pt-BR": {
        "GL": 'Entre {A} e {B}, para um negócio local eu começaria pelo Google Ads com um Perfil da Empresa no Google completo: quem está perto e já procura um lugar assim encontra vocês, e com um raio pequeno em volta do local, {X} alcança quem tem mais chance de vir. A Meta vem depois, para mostrar o que vocês fazem a quem está perto e ainda não está procurando.',
        "GM": "Entre {A} e {B}, eu começaria pelo Google Ads: ele alcança quem já está procurando o produto ou serviço, então um orçamento pequeno vira cliente mais rápido. A Meta vem depois, quando já se sabe o que funciona, para alcançar quem ainda não está procurando.",
        "LB": "Entre {A} e {B}, no B2B eu ficaria com o LinkedIn Ads: é lá que se segmenta quem decide por cargo, setor e tamanho de empresa; o clique custa mais, mas chega às pessoas certas. {O}, no máximo como um pequeno teste mais tarde.",
        "LC": "Entre {A} e {B}, eu começaria pelo {O}: é lá que estão os clientes pessoa física, e o clique custa bem menos do que no LinkedIn, que compensa quando quem compra é uma empresa.",
        "SI": "Entre {A} e {B}, os dois pedem mais tempo do que orçamento. Eu começaria pelo Instagram, que traz os primeiros visitantes mais rápido, e já deixaria feito o básico de SEO (páginas claras, títulos, descrições), porque o SEO leva alguns meses para dar resultado.",
        "PM": "Entre {A} e {B}, para produtos que se vendem pelo visual (joias, decoração, artesanato), eu começaria pelo Pinterest: as pessoas vão lá procurando ideias para comprar, um pin traz cliques por meses e o clique costuma custar menos. Os cliques vão para os produtos que mais vendem, e a avaliação é pelas vendas depois de um mês; os {O} vêm depois, quando já se sabe o que agrada.",
    },
    "pt": {
        "GL": 'Entre {A} e {B}, para um negócio local eu começaria pelo Google Ads com um perfil do Google Business completo: quem está perto e já procura um sítio assim encontra-o, e com um raio pequeno à volta do espaço, {X} chega a quem tem mais hipóteses de vir. A Meta vem depois, para mostrar o espaço a quem está perto e ainda não anda à procura.',
        "GM": "Entre {A} e {B}, eu começaria pelo Google Ads: chega a quem já está à procura do produto ou serviço, por isso um orçamento pequeno dá clientes mais depressa. A Meta vem depois, quando já se sabe o que funciona, para chegar a quem ainda não anda à procura.",
        "LB": "Entre {A} e {B}, em B2B ficaria com o LinkedIn Ads: é aí que se segmenta quem decide por cargo, setor e dimensão da empresa; o clique custa mais, mas chega às pessoas certas. {O}, no máximo como um pequeno teste mais tarde.",
        "LC": "Entre {A} e {B}, eu começaria pelo {O}: é aí que estão os clientes particulares, e o clique custa bem menos do que no LinkedIn, que compensa quando quem compra são empresas.",
        "SI": "Entre {A} e {B}, os dois pedem sobretudo tempo, não orçamento. Eu começaria pelo Instagram, que traz os primeiros visitantes mais depressa, e deixaria já feitas as bases de SEO (páginas claras, títulos, descrições), porque o SEO leva alguns meses a dar frutos.",
        "PM": "Entre {A} e {B}, para produtos que se vendem pelo visual (joias, decoração, artesanato), eu começaria pelo Pinterest: as pessoas vão lá à procura de ideias para comprar, um pin traz cliques durante meses e o clique costuma custar menos. Os cliques vão para os produtos que mais vendem, e avalia-se pelas vendas ao fim de um mês; os {O} vêm depois, quando já se sabe o que agrada.",
    },
    "nl": {
        "GL": "Tussen {A} en {B} zou ik voor een lokale zaak met Google Ads en een volledig Google Bedrijfsprofiel beginnen: mensen in de buurt die al naar zo'n plek zoeken, vinden de zaak, en met een kleine straal eromheen bereik je met {X} wie het meest waarschijnlijk langskomt. Meta komt daarna, om mensen in de buurt die nog niet zoeken te laten zien wat er te halen is.",
        "GM": "Tussen {A} en {B} zou ik met Google Ads beginnen: daar bereik je mensen die al naar het product of de dienst zoeken, dus een klein budget levert sneller klanten op. Meta komt daarna, als duidelijk is wat werkt, om mensen te bereiken die nog niet zoeken.",
        "LB": "Tussen {A} en {B} zou ik in B2B bij LinkedIn Ads blijven: daar bereik je beslissers gericht op functie, sector en bedrijfsgrootte; een klik kost meer, maar komt bij de juiste mensen. {O} hooguit later als kleine test.",
        "LC": "Tussen {A} en {B} zou ik met {O} beginnen: daar zitten particuliere klanten, en een klik kost er veel minder dan op LinkedIn, dat loont als bedrijven de kopers zijn.",
        "SI": "{A} en {B} kosten allebei vooral tijd, geen budget. Ik zou met Instagram beginnen, omdat dat sneller de eerste bezoekers oplevert, en meteen de SEO-basis leggen (duidelijke pagina's, titels, beschrijvingen), want SEO heeft een paar maanden nodig voordat het iets oplevert.",
        "PM": "Tussen {A} en {B} zou ik voor producten die op het oog verkopen (sieraden, decoratie, handwerk) met Pinterest beginnen: mensen zoeken daar naar ideeën om te kopen, een pin levert maandenlang klikken op en een klik kost er meestal minder. De klikken gaan naar de best verkopende producten, en na een maand tellen de verkopen; {O} komen daarna, als duidelijk is wat aanslaat.",
    },
}


def choice(note: str, headline: str, lang: str) -> str:
    """Her pick between the two channels the note asks about, in ``lang`` ("fr", "pt-BR", …), or ""."""
    texts = by_lang(_TEXT, lang)
    if not texts or "?" not in note and not cre.search(_WHICH, fold(note)):
        return ""
    folded = fold(note)
    questions = cre.question_sentences(folded) or [folded]
    pair = next((p for p in (_pair(q) for q in questions) if p), None)
    if not pair:
        told = _pair(folded)  # "vi tu post sobre linkedin ads vs meta ads … ¿por cuál empezarías?"
        # "malgré mes posts Insta. Par où commenceriez-vous ? SEO ou pub ?": a question naming its own options (SEO or
        # ads) is the choice asked, never the channels told before it
        if told and any(cre.search(_WHICH, q) and not _kinds(q) for q in questions) and not any(_kinds(q) for q in questions) \
                and not any(cre.search(_OWN_SUBJECT, q) for q in questions):
            pair = told
    if not pair:
        return ""
    kinds = set(pair)
    names = [_NAMES[k] for k in pair]
    if kinds == {"G", "M"}:
        if cre.search(_KEEP, fold(note + " " + headline)):
            return ""
        local = cre.search(_LOCAL, fold(note + " " + headline)) and not cre.search(_PRODUCT_BRAND, fold(note))
        key, other = ("GL" if local else "GM"), ""
    elif "L" in kinds and kinds & {"M", "T", "I"}:
        other = next(k for k in pair if k != "L")
        other_name = {"I": "Instagram Ads"}.get(other, _NAMES[other])
        key = "LB" if cre.search(_B2B, fold(note + " " + headline)) else "LC"
        if key == "LB" and other in ("M", "I") and cre.search(_BUDGET_BESIDE, folded):
            return ""  # "Meta or LinkedIn ads for B2B with £1k/month?": the budget weighed too, her FAQ answer on both
        other = other_name
    elif kinds == {"S", "I"}:
        key, other = "SI", ""
    elif kinds == {"P", "M"}:
        # "Pinterest Ads or Instagram Ads for my Etsy shop?": both named, Pinterest first for a visual product, never her
        # Meta-only answer (the ads on Instagram named as the sender named them)
        names = [_paid_meta_name(folded) if k == "M" else _NAMES[k] for k in pair]
        key, other = "PM", _paid_meta_name(folded)
    else:
        return ""
    return texts[key].format(A=names[0], B=names[1], O=other, X=told_budget(note, lang))


def _paid_meta_name(folded: str) -> str:
    """Meta's ads as the note names them: "Instagram Ads" for "insta ads", "Facebook Ads", else "Meta Ads"."""
    m = cre.search(_META_NAMED, folded)
    return {"insta": "Instagram Ads", "instagram": "Instagram Ads", "facebook": "Facebook Ads", "fb": "Facebook Ads"}.get(m.group(1), "Meta Ads") if m else "Meta Ads"


#: The platform a note's Meta ads are named by (folded): "instagram ads", "insta-ads", "facebook ads".
_META_NAMED = r"\b(insta(?:gram)?|facebook|fb|meta)\b"


def told_daily(note: str, lang: str) -> str:
    """The daily budget the note tells, in ``lang``'s words, or "" (a monthly one is budget.py's to place).

    >>> told_daily("Advantage+ or manual with a $25/day budget?", "en"), told_daily("300€/mes", "es")
    ('$25 a day', '')
    """
    said = told_budget(note, lang)
    return said if said != _SMALL[lang.split("-")[0]] and said.endswith(_PERIOD[lang.split("-")[0]][0]) else ""


def told_budget(note: str, lang: str) -> str:
    """The budget the note tells, in ``lang``'s words, or a small budget in general.

    >>> told_budget("with a $25/day budget for a local gym?", "en"), told_budget("un presupuesto de 300€/mes", "es")
    ('$25 a day', '300 € al mes')
    >>> told_budget("um orçamento de R$ 1.500/mês?", "pt-BR"), told_budget("help with ads", "de")
    ('R$ 1.500 por mês', 'einem kleinen Budget')
    """
    base = lang.split("-")[0]
    m = cre.search(_AMOUNT, note)
    if not m or not (m.group(1) or m.group(3)):
        return _SMALL[base]
    before = (m.group(1) or "").upper()
    after = m.group(3) or ""
    unit = before or ("€" if after.lower().startswith("eur") or after == "€" else after)
    amount = f"{unit}{m.group(2)}" if unit in ("$", "£") or (unit == "€" and base in ("en", "nl")) else (
        f"{unit} {m.group(2)}" if unit in ("R$", "US$") else f"{m.group(2)} {unit}")
    daily = fold(m.group(4)) in ("day", "jour", "dia", "giorno", "tag", "dag")
    return f"{amount} {_PERIOD[base][0 if daily else 1]}"
