"""The sender's situation, told in the note, and the short line a draft answers it with.

Round 11: the most frequent reason a draft was not sendable was a generic closing question ("Woran arbeiten Sie
gerade?", "what would you like to read next?") to someone who had just said where they stand: a new shop with
almost no visitors, a rising CPM, a move to Lyon, an expansion to France, a tip of the owner's that already
worked, a team to train, "how did you become a freelancer?". :func:`read` finds that situation in the note (in
its own language) and :func:`line` writes the sentence acknowledging it, in the draft's language and register,
with a next step that never asks again what was said.

Kinds, most specific first (``now``: they say they are freelance now, after ``expand``): ``path`` (how the owner started or went freelance), ``team`` (a team to train),
``problem`` (``traffic``, ``sales`` or ``cost``: little traffic, no sales, a high CPM/CPC), ``result`` (her tip
already worked or was applied), ``expand`` (an expansion to a country), ``shop`` (the shop they run and what it
sells). ``move`` (a move to a city) is a separate, short wish put before the draft's next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from invitriage.drafts import rx as cre
from invitriage.drafts.shop import SHOP_SINCE
from invitriage.drafts.misread import disagrees
from invitriage.judge.normalize import fold

_SHOP_NOUN = (r"(?:[\w-]*-shop|[\w-]*webshop|onlineshop|online-?shop|e-?shop|e-?commerce|ecommerce|webwinkel|boutique(?: en ligne)?|tienda(?: online| en linea)?"
              r"|negozio(?: online)?|lojinha(?: online)?|loja(?: online| virtual)?|shop|store|online store|winkel)")
_OWN = (r"(?:my|our|a|an|the|mon|ma|notre|une?|mein\w*|unser\w*|einen?|eine[mn]?|dem|den|kleinen|mi|nuestr[oa]|una?|il mio|la mia|mio|mia|il nostro|un"
        r"|meu|minha|nossa|nosso|uma?|mijn|m'?n|onze|een|de|het|die van de|la|le|el|il|lo|o|da|do|del|della|dello|der|die|das)")
#: What the shop sells, after its noun ("für handgemachte Keramik", "de mates artesanales"): up to three words.
_TAIL = (r"(\s+(?:fur|für|for|of|de|di|in|van|voor|met|em|d')\s*(?!(?:google|instagram|meta|tiktok|facebook|shopify|mir|me|moi)\b)[\w'-]+(?:\s+(?!(?:und|and|et|y|e|en|aber|but|mais|pero|ma|mas|maar|op|auf|on|sur|su|em|over|uber|über|ou|o|or|oder|of|que|che|dat|dass|com|con|with|mit|met|avec|para|pra|per|pour|for|voor|fur|für|al|ao|na|no|nel|im|in|is|est|es|ist|e|è|é|sono|son|sind|zijn|il|elle|ils|elles|depuis|qui|che|que|since|which|that|seit|sinds|desde|da|gegrundet|gegründet|eroffnet|eröffnet|gestartet|aufgebaut|opened|launched|started|ouvert|lance|lancé|abierto|aperto|aberto|geopend|gestart|begonnen|pequen[oa]|pequeñ[oa]|small|petite?|klein\w*|piccol[oa]|grande|big)\b)[\w'-]+){0,2})?")
_SHOP = re.compile(rf"\b{_OWN}\s+(?:(?:small|little|tiny|mini|own|kleine[nm]?|eigen(?:e[nm]?)?|propi[oa]|piccolo|pequen[oa]|pequena|petite?|nieuwe?|new|nouvelle?|nuevo|nueva|nuovo|novo|nova)\s+)?"
                   rf"((?:(?:etsy|shopify|amazon|vinted|wix|woocommerce)\s+)?{_SHOP_NOUN})\b(?!\s*(?:owner|eigenaar|besitzer|inhaber))"
                   # "op de Webwinkel Vakdagen", "en el eCommerce Day", "auf dem E-Commerce Forum": an event's name, never the sender's shop
                   r"(?![\s-]*(?:vakdag\w*|dag|dagen|days?|tage?|summit|forum|congres\w*|congress\w*|kongress|beurs|expo|event\w*|festival|messe|week|woche|conference|konferenz|conferenc\w*|live|awards?|meetup|show|salon|night)\b)"
                   + _TAIL,
                   re.IGNORECASE)
#: A venture named by its owner with a first-person word, not a shop noun: "tengo un emprendimiento de mates artesanales",
#: "mi negocio de velas", "o meu negócio de bolos", "my small business selling candles" -- named like a shop, never re-asked.
#: A bare English "my business" / "our business" is not enough ("I want to grow my business", a vendor's "our business").
_VENTURE = cre.compile(r"\b(?:mi|nuestro|tengo un|tenemos un|meu|nosso|o meu|o nosso|tenho um|temos um|my|our|i run a|i have a|i own a)\s+"
                      r"(?:(?:small|little|own|pequeño|pequeno|propio|próprio|proprio)\s+)?"
                      r"(emprendimiento|emprendimento|negocio|negócio|tiendita|small business|(?:(?<=run a )|(?<=own a )|(?<=small )|(?<=little )|(?<=own ))business)\b(?!\s*(?:plan|model|school|coach|partner|card|trip))"
                      + _TAIL, re.IGNORECASE)
#: Shop nouns that are themselves the product: "fietsenwebshop", "Keramikshop".
_PROBLEMS = [
    ("cost", r"\b(?:cpm|cpc|cpa|cout par|coste por|costo per|custo por|kosten pro|cost per)\b.{0,60}\b(?:sub\w+|high|higher|rising|risen|gone up|increas\w*|eleve|augment\w*|explos\w*|gestiegen|hoch|teuer|alto|aumentat\w*|aumentad\w*|subiu|duur|gestegen|omhoog|problem\w*|probleme|probleem"
              # "our CPA has doubled since March", "le CPA a doublé", "der CPC hat sich verdoppelt": a cost that doubled is a problem, never a result
              r"|doubled|tripled|skyrocket\w*|double|triple|verdoppelt|verdreifacht|duplicad[oa]|duplico|se ha duplicado|raddoppiat\w*|triplicat\w*|dobrou|duplicou|verdubbeld|explodiert|exploded)\b"
              r"|\b(?:problem\w*|probleme|probleem)\b.{0,40}\b(?:cpm|cpc|cpa)\b"),
    # "onze Facebook ads kosten veel maar leveren weinig op", "my ads cost a lot and bring little": spend without return
    ("roi", r"\b(?:ads|advertenties|advertentie|anzeigen|werbung|pubs|publicites|campagnes|campaigns|kampagnen|anuncios|campanas|annunci|campagne|anuncios|campanhas)\b"
            r"[^.!?]{0,40}\b(?:cost(?:s|ing)? (?:a lot|so much|a fortune)|kosten (?:veel|viel|ein vermogen|eine menge)|coutent (?:cher|beaucoup|une fortune)|cuestan (?:mucho|un dineral)"
            r"|costano (?:molto|tanto|un sacco)|custam (?:muito|caro|uma fortuna))\b[^.!?]{0,40}\b(?:little|nothing|weinig|niets|wenig|nichts|kaum|peu|rien|poco|nada|niente|pouco)\b"),
    ("sales", r"\b(?:almost no|hardly any|no|few|not many|barely any|peu de|pas de|aucune?|presque pas de|kaum|keine|wenige?|casi ningun[ao]?|ningun[ao]?|pocas?|pocos|quase nenhuma?|nenhuma?|poucas?|poucos|quasi nessun[ao]?|nessun[ao]?|poche|pochi|pochissim[ei]|(?:bijna )?geen|weinig"
               r"|(?:casi )?no (?:tengo|recibo|consigo|hago|vendo) (?:casi )?(?:ninguna |nada de )?|(?:quase )?nao (?:tenho|recebo|consigo|faco) (?:quase )?(?:nenhuma )?)\s*"
               r"(?:sales|orders|ventes?|commandes?|verkaufe|verkauf|bestellungen|umsatz|ventas?|pedidos|vendite|vendita|ordini|ordine|vendas?|verkopen|bestellingen|sales)\b"),
    # "las ventas no despegan", "le vendite sono ferme", "nos ventes stagnent", "sales have stalled", "der Umsatz stagniert",
    # "de verkoop komt niet op gang", "as vendas não descolam": a shop selling, but stuck (never "few sales at the start")
    ("stall", r"\b(?:sales|ventes|ventas|vendite|vendas|verkopen|verkoop|umsatz|verkaufe|omzet)\s+(?:\w+\s+){0,3}?"
              r"(?:(?:are|is|have|has|been|remain|remains)\s+)*(?:stalling|stalled|stagnat\w*|plateaued|flat\b|not taking off|not picking up|(?:aren'?t|don'?t|won'?t) (?:take|taking|pick|picking) (?:off|up)"
              r"|ne (?:decollent|decolle|demarrent|decollent toujours) pas|stagnent|stagne|plafonnent|(?:sont|est) au point mort"
              r"|no (?:acaban de |terminan de )?(?:despegan|despega|arrancan|arranca)|(?:estan |se han |se )?estancad?\w*|estan paradas"
              r"|(?:sono |restano )?ferm[ei]\b|non (?:decollano|decolla|partono)|ristagnano|(?:sono )?in stallo"
              r"|nao (?:descolam|decolam|deslancham|arrancam)|(?:estao )?(?:paradas|estagnad\w*)|estagnaram"
              r"|stagnier\w*|kommt? nicht in (?:gang|schwung)|lauft schleppend|laufen schleppend"
              r"|stagneer\w*|stagneren|komt niet op gang|komen niet op gang|blijft achter|blijven achter)"),
    # "my traffic has flatlined", "mon trafic stagne", "mi tráfico se ha estancado", "o meu tráfego estagnou", "il mio traffico è
    # fermo", "mein Traffic stagniert", "mijn verkeer staat stil": visits that stopped growing, never "how is your shop doing?"
    ("flat", r"\b(?:traffic|trafic|trafico|traffico|trafego|besucher\w*|bezoekers|verkeer|visitas|visites|visite)\s+(?:\w+\s+){0,3}?"
             r"(?:(?:are|is|have|has|been|remain|remains)\s+)*(?:flatlin\w*|stalling|stalled|stagnat\w*|plateau\w*|flat\b|stagnent|stagne|plafonne\w*"
             r"|(?:se ha |se han |esta |estan |se )?estanc\w*|(?:e |è |sono )?ferm[oi]\b|ristagna\w*|estagn\w*|(?:esta |está )?parado"
             r"|stagnier\w*|stagneer\w*|stagneert|staat stil|staan stil)"),
    ("traffic", r"\b(?:almost no|hardly any|no|little|low|few|not much|barely any|peu de|pas de|aucun|presque pas de|kaum|kein(?:en)?|wenig(?:e)?|casi ningun[ao]?|casi nada de|poco|pocas?|pocos|muy poco|quase nenhum|quase nada de|pouco|poucas?|poucos|quasi nessun[ao]?|poco|poche|pochi|pochissim[ei]|(?:bijna )?geen|weinig"
                r"|(?:casi )?no (?:tengo|recibo|consigo) (?:casi )?(?:nada de )?|(?:quase )?nao (?:tenho|recebo|consigo) (?:quase )?(?:nenhuma )?)\s*"
                r"(?:traffic|trafic|visitors|visits|visiteurs|visites|besucher\w*|trafico|tráfico|visitas|visitantes|traffico|visite|visitatori|trafego|tráfego|bezoekers|verkeer|bezoek)\b"),
]
#: A measure of the sender's business grown, with no number, the measure first (folded): "as vendas subiram", "mes ventes
#: ont augmenté", "my bookings went up", "le vendite sono salite", "mein Umsatz ist gestiegen": a result to congratulate.
MEASURE_GREW = (
    r"\b(?:sales|orders|bookings|leads|revenue|traffic|ventes|commandes|reservations|visites|ventas|pedidos|reservas|visitas|vendas"
    r"|encomendas|vendite|ordini|prenotazioni|umsatz|verkaufe|bestellungen|buchungen|anfragen|verkopen|bestellingen|boekingen|omzet"
    # the audience of her page: "my bakery's page has grown a lot", "mon compte a beaucoup grandi", "mis seguidores han crecido"
    r"|page|account|audience|followers|community|compte|abonnes|communaute|cuenta|seguidores|comunidad|profilo|follower|seguaci"
    r"|conta|perfil|seite|konto|volgers)\b[^.!?]{0,25}?"
    r"\b(?:went up|are up|up \d+|up by \d+|en hausse de \d+|in crescita del \d+|(?:\d+ ?% )?omhoog|have gone up|increased|grew|(?:has|have) (?:\w+ )?grown|has doubled|jumped|a (?:\w+ )?grandi|ha (?:crecido|aumentado)|cresceu|took off|picked up|(?:ont|a) (?:\w+ )?(?:augmente|double|triple|grimpe|progresse)"
    r"|subieron|aumentaron|crecieron|se (?:duplicaron|dispararon)|han crecido|subiram|aumentaram|dobraram|cresceram|dispararam"
    r"|(?:sono )?(?:salit|aumentat|cresciut|raddoppiat|decollat)\w*|(?:sind |ist )?(?:gestiegen|verdoppelt)|zugelegt|(?:zijn |is )?(?:gestegen|verdubbeld))\b")

#: A ranking place reached in a search engine (folded): "op plek 2 in Google", "#2 on Google", "auf Platz 3 bei Google",
#: "en 2e position sur Google", "en segunda posición en Google", "al secondo posto su Google", "em 2º lugar no Google".
RANKED = (r"(?:(?:(?<!\w)#\d{1,2}|\b(?:op )?(?:plek|plaats|positie|platz|position|posicion|posizione|posicao|posto|lugar|place|spot|rank(?:ed)?)"
          r" (?:#|nr\.? ?|n\.? ?|no\.? ?)?\d{1,2}\b|\b(?:\d{1,2}(?:st|nd|rd|th|e|eme|re|er|o|a|ª|º)?|first|second|third|premiere?|deuxieme|troisieme"
          r"|primera|segunda|tercera|primero|segundo|tercero|prima|seconda|terza|primo|secondo|terzo|primeiro|terceiro|erste[nm]?|zweite[nm]?|dritte[nm]?"
          r"|eerste|tweede|derde) (?:place|position|posicion|posizione|posicao|posto|lugar|platz|plek|plaats|positie|spot)\b)"
          r"[^.!?]{0,20}?\b(?:on|in|sur|dans|en|auf|bei|su|no|na|em|op) google\b"
          # first on the map, with no "place" word (folded): "we're first on Google Maps", "siamo primi su Google Maps", "salimos
          # primeros en Google Maps", "aparece em primeiro no Google Maps", "erste bei Google Maps", "eerste in Google Maps"
          r"|\b(?:first|top|number one|premiers?|premieres?|primer[oa]s?|primi|prime|primeir[oa]s?|erste[nr]?|eerste|nummer (?:1|een|eins))"
          r" (?:(?:place|lugar|posto|plaats|plek) )?(?:on|in|sur|dans|en|auf|bei|su|no|na|em|op) google maps\b)")

#: Her own story recalled by the sender (folded): "still thinking about your story of the client who…", "ton anecdote sur…",
#: "tu historia del cliente", "la tua storia", "a tua história", "deine Geschichte", "je verhaal": her story remembered with a
#: smile, never a result of the sender's congratulated ("rank #1 for 'shoes'" is in her story).
_HER_STORY = (r"\b(?:your|ton|ta|votre|tu|deine[nr]?|la tua|la sua|a tua|a sua|je|jouw)\s+(?:(?:funny|little|great|hilarious|petite|drole|famous|fameuse|graciosa|divertente|lustige[n]?|leuke)\s+)?"
              r"(?:story|anecdote|histoire|anecdota|historia|aneddoto|storia|anedota|geschichte|anekdote|verhaal)\b")
#: ... told as a laugh (folded): "😂", "haha", "mdr", "funny", "drôle": only then is it a story remembered with a smile ("je
#: verhaal over lokale SEO was eye-opening", "your story of leaving the agency inspired me" are her talk or her path, no joke).
_FUNNY = (r"(?:😂|🤣|😅|😆|😄|😁|\b(?:ha(?:ha)+|he(?:he)+|lol|mdr|ptdr|jaja\w*|jeje\w*|ah(?:ah)+|kkk+|rsrs\w*|funny|hilarious|drole"
          r"|marrant\w*|rigolo|divertent\w*|divertid\w*|gracios\w*|lustig\w*|witzig\w*|grappig\w*|hilarisch\w*|engracad\w*"
          r"|laugh\w*|made me smile|rire|reir|reirme|ridere|rir|lachen|gelachen)\b)")
#: A return figure told (folded): "ROAS 4!", "un ROAS de 5", "ROAS von 3,5", "ROI x3", "4x ROAS": a result to congratulate,
#: never "tell me what results you get".
_RETURN_TOLD = (r"\b(?:roas|roi)\s*(?:(?:de|di|of|von|van|do|da|em|at|a|à|bei|op|about|circa)\s+|[:=]\s*)?(?:x\s*)?\d+(?:[.,]\d+)?\s*x?(?!\s*%)(?![\w.,]\d)"
                r"|\b\d+(?:[.,]\d+)?\s*x\s*(?:de |di |of )?(?:roas|roi)\b")
_RESULT = [
    ("story", _HER_STORY),
    # a result told, with its measure: "le CPC a baissé de 30 %", "ya he subido a primera página": congratulations, never "tell me the results"
    ("gain", MEASURE_GREW + "|" + RANKED + "|" + _RETURN_TOLD + r"|(?:\b(?:first|top) page|premiere page|primera pagina|prima pagina|primeira pagina|erste(?:n)? seite|eerste pagina|page one|pagina 1|page 1"
             r"|\b(?:doubled|tripled|double|triple|verdoppelt|verdreifacht|duplicado|duplique|raddoppiat\w|triplicat\w|dobrou|dobraram|triplicou|verdubbeld"
             # "já dobrei as vendas", "vende el doble", "il doppio degli ordini", "das Doppelte", "twice as many": a result in the first person too
             r"|dobrei|dobramos|(?:consegui|conseguimos) dobrar|tripliquei|o dobro|o triplo|el doble|el triple|il doppio|il triplo|ho raddoppiato|das doppelte|doppelt so \w+|het dubbele|twee keer zoveel|twice as \w+|deux fois plus)\b"
             # halved: "CPC fast halbiert", "cut our CPA in half", "divisé par deux", "reducido a la mitad", "dimezzato", "caiu para metade", "gehalveerd"
             r"|\b(?:halved|halbiert|gehalveerd|halveerd|dimezzat\w|divise\w* par (?:deux|2)|(?:a|en) la mitad|(?:pela|para(?: a)?|a) metade|in half|um die halfte|de moitie|by half|della meta|met de helft)\b"
             # "und habe seitdem viel mehr Anfragen", "da allora il mio blog è cresciuto", "sindsdien draait mijn webshop veel beter":
             # a growth told after her training, with no number
             r"|\b(?:since then|ever since|depuis (?:lors|cette formation|ta formation|votre formation|cet atelier|ton atelier|votre atelier)|seitdem|seither|desde entonces|da allora|desde entao|desde ai|sindsdien)\b[^.!?]{0,50}?"
             r"(?:\b(?:better|grown|grew|besser|gewachsen|mejor|crecido|meglio|cresciut\w+|melhor|cresceu|beter|gegroeid|mieux|decolle|explose)\b|\b(?:more|mehr|mas|piu|mais|meer|plus de)\b[^.!?]{0,20}?"
             r"\b(?:sales|orders|clients|customers|leads|visitors|traffic|bookings|requests|anfragen|kunden|bestellungen|umsatz|buchungen|ventas|pedidos|clientes|reservas|visitas|vendite|ordini|clienti|prenotazioni|richieste|vendas|encomendas|klanten|bestellingen|aanvragen|boekingen|ventes|commandes|demandes|visiteurs|reservations)\b)"
             r"|\b(?:rank(?:s|ing)? (?:first|#1|number one)|(?:a|ont) (?:\w+ )?(?:decolle|explose)|(?:e|sono) cresciut\w+ (?:tantissimo|molto|parecchio))\b"
             r"|\b(?:dropped|fell|went down|gone down|went up|gone up|increased|decreased|cut|baisse|diminue|augmente|grimpe|gesunken|gestiegen|gefallen|bajo|bajado|subido|subio|aumentado|sceso|scesi|salito|aumentato|calato|diminuito"
             r"|baixou|baixaram|caiu|cairam|subiu|subiram|aumentou|aumentaram|diminuiu|diminuiram|bajaron|subieron|aumentaron|disminuyo|disminuyeron"
             r"|scese|salite|saliti|aumentate|aumentati|calate|calati|diminuite|diminuiti|gedaald|gestegen|omlaag|omhoog)\b[^.!?]{0,40}?\d+ ?(?:%|pour ?cent|percent|prozent|por ?ciento|per ?cento|por ?cento|procent)"
             r"|\d+ ?(?:%|prozent|procent)[^.!?]{0,20}\b(?:gesunken|gestiegen|gefallen|zuruckgegangen|gedaald|gestegen|omlaag|omhoog|verdoppelt|verringert|reduziert|gesenkt|runter|rauf|naar beneden)\b"
             r"|\d+ ?(?:%|percent|prozent|procent)[^.!?]{0,30}\b(?:less|more|lower|higher|moins|plus|weniger|mehr|menos|mas|meno|piu|minder|meer)\b"
             # "+30% de trafic organique", "+40 % Umsatz", "ventas +25%": a gain written with its plus sign
             r"|(?<![\w+])\+ ?\d+(?:[.,]\d+)? ?(?:%|pour ?cent|percent|prozent|procent|por ?ciento|per ?cento|por ?cento)(?!\w))"),
    ("worked", r"\b(?:(?:already|really) (?:worked|works|paid off)|it worked|worked for (?:us|me)|a (?:deja )?(?:marche|fonctionne)|ca (?:a )?marche|hat (?:bei (?:uns|mir) )?(?:schon |echt |wirklich )?(?:(?:super|gut|prima|toll|bestens|perfekt|sehr gut) )?(?:funktioniert|geklappt)"
               r"|(?:ya )?(?:me |nos )?ha funcionado|(?:ya )?funciono|ha (?:gia )?funzionato|funziona gia|ja funcionou|funcionou|werkte|werkt (?:al|echt|nu)|heeft (?:al )?gewerkt|baixou|subiu|aumentou|dobrou|first page|page one|premiere page|primera pagina|prima pagina|primeira pagina|eerste pagina|erste seite"
               # a percentage, never the "100 %" of agreement ("concordo a 100%", "d'accord à 100 %", "I agree 100%", "100% einverstanden")
               r"|(?<!\ba )(?<!\bal )(?<!\bto )(?<!\bzu )(?<!\bvoor )(?<!\bagree )(?<!\bagreed )(?<!\bconcordo )\d+\s?%(?! ?(?:d'accord|agree|einverstanden|eens|de acuerdo|d'accordo|concordo|akkoord|with you|mit dir|met je|d'acord|com (?:voce|isso|tudo)))"
               # "hat schon Wunder gewirkt", "works wonders", "fait des merveilles", "ha fatto miracoli", "já está funcionando": it works
               r"|works? wonders|worked wonders|(?:already|is) working|wunder (?:gewirkt|bewirkt)|wirkt (?:\w+ )?wunder|funktioniert (?:schon|bereits|super|bestens)"
               r"|fait (?:deja )?des (?:merveilles|miracles)|(?:fonctionne|marche) (?:deja|super bien|tres bien)|(?:hizo|ha hecho|hace) (?:\w+ )?(?:maravillas|milagros)"
               r"|ya (?:me |nos )?esta funcionando|(?:ha )?(?:gia )?fatto (?:miracoli|meraviglie)|sta (?:gia )?funzionando|fez (?:\w+ )?(?:maravilhas|milagres)"
               r"|ja (?:esta|ta) (?:funcionando|a funcionar|dando resultado)|(?:doet|deed|heeft) (?:\w+ )?wonderen(?: gedaan)?|werkt (?:super|goed|geweldig)|funciona de verdad|funziona davvero|funciona mesmo|hat (?:wirklich|echt) geholfen)(?!\w)"),
    # "ya he lanzado mi primera campaña", "ho lanciato la mia prima campagna", "já lancei minha primeira campanha",
    # "I've launched my first campaign", "j'ai lancé ma première campagne": what she taught, already in use
    ("campaign", r"\b(?:(?:i'?ve |i have |we'?ve |we have |i |we )(?:just |now |finally )?(?:launched|started|run|set up) (?:(?:my|our) (?:very )?(?:first |1st )?|the (?:very )?(?:first|1st) )(?:\w+ )?campaigns?"
                r"|(?:j'ai|on a|nous avons) (?:deja |enfin |meme )?(?:lance|cree|monte) (?:(?:ma|notre) (?:toute )?(?:premiere |1re )?|la (?:toute )?(?:premiere|1re) )campagne"
                r"|(?:he|hemos) (?:lanzado|creado|montado) (?:(?:mi|nuestra) (?:primera )?|la primera )campana|lance (?:mi (?:primera )?|la primera )campana"
                r"|(?:ho|abbiamo) (?:gia |finalmente )?(?:lanciato|creato|avviato) (?:(?:la mia|la nostra) (?:prima )?|la prima )campagna"
                r"|(?:lancei|lancamos|criei|criamos) (?:a )?(?:(?:minha|nossa) (?:primeira )?|primeira )campanha"
                r"|(?:habe|hab|haben) (?:ich |wir )?(?:schon |jetzt |endlich )?(?:(?:meine|unsere) (?:erste )?|die erste )(?:\w+-?)?kampagne (?:gestartet|gelauncht|aufgesetzt)"
                r"|(?:heb|hebben) (?:ik |we )?(?:al |nu |eindelijk )?(?:(?:mijn|onze) (?:eerste )?|de eerste )(?:\w+-?)?campagne (?:gelanceerd|gestart|opgezet))\b"),
    ("applied", r"\b(?:(?:i|we) (?:already |immediately |straight away )?(?:applied|updated|changed|implemented|tried|fixed|rewrote|redid|reworked|optimi[sz]ed)|j'ai (?:deja |tout de suite |immediatement )?(?:applique|mis en place|modifie|change|teste|corrige|refait|reecrit|optimise)"
                r"|(?:habe|hab|haben) (?:ich |wir )?(?:schon |gleich |sofort )?(?:[\w'-]+ ){0,10}(?:umgesetzt|angepasst|ausprobiert|geandert|korrigiert|optimiert|uberarbeitet)|(?:ya )?(?:he|hemos) (?:aplicado|cambiado|probado|corregido|arreglado|optimizado)|ho (?:gia |subito )?(?:applicato|cambiato|provato|modificato|corretto|sistemato|ottimizzato|riscritto)"
                r"|(?:ja )?(?:apliquei|mudei(?![- ]?me\b| (?:para|de casa|de cidade|de pais)\b)|testei|alterei|corrigi|arrumei|otimizei|reescrevi)|(?:heb|hebben) (?:ik |we )?(?:meteen |direct |al )?(?:[\w'-]+ ){0,8}(?:aangepast|toegepast|geprobeerd|veranderd|verbeterd|geoptimaliseerd|herschreven)"
                # "pas ik nu al toe", "setze ich schon um", "I'm already applying it": in use now (the Romance "ya lo estoy
                # aplicando" after her training has its own "glad it serves you" line)
                r"|(?:i'?m|we'?re) (?:already )?(?:applying|using) (?:it|them)|(?:pas|passen) (?:ik|we) (?:[\w'-]+ ){0,3}toe"
                r"|setze (?:ich|wir) (?:[\w'-]+ ){0,3}um|wende (?:ich|wir) (?:[\w'-]+ ){0,3}an)\b"),
]
_TEAM = (r"\b(?:train(?:ing)? (?:for )?(?:my|our) (?:\w+ )?team|(?:weiterbildung\w*|schulung\w*|trainings?|trainingen|formations?|formacion\w*|formazion\w*|formac(?:ao|oes)|opleiding\w*|cursus\w*|corsi) (?:\w+ ){0,2}?(?:fur|for|pour|para|per|voor) (?:unsere|our|nos|nuestros|nuestras|i nostri|le nostre|os nossos|as nossas|nossos|onze) (?:\d+ )?\w*(?:mitarbeit\w*|vertrieb\w*|staff|employees|salespeople|sales reps|commerciaux|collaborateurs|salaries|comerciales|empleados|vendedores|commerciali|dipendenti|venditori|comerciais|colaboradores|funcionarios|medewerkers|verkopers)|(?:my|our) team'?s? training|train (?:my|our) (?:\w+ )?(?:team|staff)|former (?:mon|mes|notre|nos) (?:\w+ )?(?:equipes?|collaborateurs)"
         r"|formation (?:de|pour) (?:mon|mes|notre|nos) (?:\w+ )?(?:equipes?|collaborateurs)|(?:mein|unser) team (?:\w+ ){0,3}(?:schulen|weiterbilden|trainieren)|schulung (?:fur|für) (?:mein|unser)\w* team"
         # "l'accompagnement de nos équipes en SEO", "capacitar minha equipe", "upskill our team": training for the sender's team
         r"|(?:accompagne\w*|montee en competences?) (?:de |pour |des )?(?:mes|nos|notre|mon) (?:\w+ )?equipes?|(?:upskill|coach) (?:my|our) (?:\w+ )?(?:team|staff)"
         r"|(?:capacitar|treinar|qualificar) (?:a |o )?(?:minha|nossa|meu|nosso) (?:equipe|equipa|time)|(?:capacitacao|treinamento) (?:para|da|do) (?:minha|nossa|meu|nosso) (?:equipe|equipa|time)"
         r"|capacitar a (?:mi|nuestro) equipo|formar a (?:mi|nuestro) equipo|formacion (?:para|de) (?:mi|nuestro) equipo|formare (?:il mio|il nostro) team|formare (?:la mia|la nostra) squadra|formazione (?:per|del) (?:mio|nostro) team"
         r"|formar (?:a |o )?(?:minha|nossa|meu|nosso) (?:equipa|equipe|time)|formacao (?:para|da) (?:minha|nossa) (?:equipa|equipe)|(?:mijn|ons) team (?:\w+ ){0,3}(?:trainen|opleiden)|training voor (?:mijn|ons) team"
         # "renforcer les compétences digitales de notre équipe", "strengthen our team's digital skills", "die digitalen Kompetenzen
         # unseres Teams stärken", "mejorar las habilidades de nuestro equipo": the team's skills to build, a training
         r"|(?:renforcer|developper|ameliorer|faire (?:evoluer|progresser)) (?:les )?competences (?:\w+ )?(?:de|des) (?:mon|mes|notre|nos) (?:\w+ )?equipes?"
         r"|faire monter (?:mon|mes|notre|nos) (?:\w+ )?equipes? en competences?"
         r"|(?:strengthen|build|develop|improve|boost|grow|build up) (?:the )?(?:\w+ )?skills of (?:my|our) (?:\w+ )?(?:team|staff)|(?:strengthen|build|develop|improve|boost|grow|build up) (?:my|our) (?:\w+ )?(?:team|staff)'?s? (?:\w+ )?skills"
         r"|(?:kompetenzen|fahigkeiten|skills) (?:meines|unseres) teams (?:\w+ ){0,2}(?:starken|ausbauen|erweitern|verbessern|weiterentwickeln)"
         r"|(?:reforzar|mejorar|desarrollar|fortalecer) (?:las )?(?:competencias|habilidades) (?:\w+ )?de (?:mi|nuestro) equipo"
         r"|(?:rafforzare|migliorare|sviluppare|potenziare) (?:le )?competenze (?:\w+ )?del (?:mio|nostro) team"
         r"|(?:reforcar|melhorar|desenvolver|fortalecer) (?:as )?(?:competencias|habilidades) (?:\w+ )?da (?:minha|nossa) (?:equipe|equipa)"
         r"|(?:versterken|verbeteren|ontwikkelen) (?:de )?(?:\w+ )?(?:vaardigheden|competenties|skills) van (?:mijn|ons) team"
         r"|(?:vaardigheden|competenties|skills) van (?:mijn|ons) team (?:\w+ ){0,2}(?:versterken|verbeteren|ontwikkelen))\b")
_EXPERIENCE_PATH = (r"\b(?:how did you (?:start|get started|become|get into|go freelance|end up)|how (?:you )?(?:started|became)|comment (?:as-tu|avez-vous|tu as|vous avez) (?:commence|debute|demarre|lance|sauter?|franchi|devenu|devenue)"
                    r"|comment (?:es-tu|etes-vous) (?:devenue?|arrivee?|passee?)|wie bist du (?:\w+ ){0,3}(?:gekommen|gestartet|geworden)|wie sind sie (?:\w+ ){0,3}(?:gekommen|gestartet|geworden)|wie hast du (?:\w+ ){0,3}angefangen|wie haben sie (?:\w+ ){0,3}angefangen"
                    r"|como (?:empezaste|empezo|comenzaste|comenzo|te hiciste|se hizo|llegaste|llego|te convertiste|se convirtio)|come (?:hai (?:iniziato|cominciato)|ha (?:iniziato|cominciato)|sei diventat[oa]|e diventat[oa]|sei arrivat[oa]|ti sei mess[oa])"
                    r"|como (?:voce )?(?:comecou|comecaste|virou|se tornou|te tornaste|chegaste|chegou)|hoe (?:ben (?:jij|je)|bent u) (?:\w+ ){0,2}(?:begonnen|gestart|geworden|terechtgekomen)|hoe (?:heb (?:jij|je)|heeft u) (?:\w+ ){0,3}(?:aangepakt|gedaan) toen)")
_USEFUL = (r"\b(?:helped (?:me|us)|was (?:so |really |super )?(?:useful|helpful)|opened my eyes|m'a (?:beaucoup |vraiment |bien )?(?:aidee?|servi)|nous a (?:beaucoup |vraiment )?aides?|ouvert les yeux"
           r"|(?:hat|haben) (?:mir|uns) (?:sehr |total |echt |wirklich )?geholfen|me (?:ha )?(?:ayudado|ayudo|sirvio|ha servido)|nos (?:ha )?(?:ayudado|ayudo)|mi (?:ha|hanno) (?:\w+ )?(?:aiutat[oa]|aperto un mondo)|(?:e|sono) stat[oa] (?:molto |super )?utile"
           r"|me ajudou|(?:nos )?ajudou (?:demais|muito)|foi (?:muito |super )?util|(?:heeft|hebben) me (?:echt |enorm |erg )?geholpen|was (?:heel |super |erg )?nuttig)\b")
#: "Agora estou freelancer em Lyon também", "ik ben nu zzp'er": what they do now, told (never "what are you up to?")
_NOW_FREELANCE = (r"\b(?:(?:i'?m|i am) now (?:a )?(?:freelanc\w*|self-employed|independent)|now (?:working as a )?freelanc\w*|went freelance"
                  r"|(?:je suis|suis) (?:maintenant|desormais|aujourd'hui) (?:en )?(?:freelance|independante?|a mon compte)|(?:bin )?jetzt (?:als )?(?:freelancer\w*|selbststandig|freiberuflich)"
                  r"|ahora (?:soy|trabajo como|estoy como|estoy de) (?:freelance|autonom[oa])|ora (?:sono|lavoro come|faccio il|faccio la) (?:freelance|libero professionista)"
                  r"|agora (?:sou|estou|trabalho como)(?: como)? (?:freelancer?|autonom[oa])|ik ben (?:nu|sinds kort) (?:zzp'?er|freelancer|zelfstandige))")
#: "you're now freelancing", "dass du jetzt selbstständig bist" (folded): HER news, told back to her (often with
#: congratulations), cut out before reading the sender's own "now freelance"
_YOU_NOW_FREELANCE = (r"\b(?:you(?:'re| are)? (?:now )?(?:working as a )?(?:freelanc\w*|went freelance|(?:have|'ve) gone freelance)|you(?:'re| are) now (?:a )?(?:self-employed|independent)"
                      r"|(?:du|sie|ihr) (?:bist |sind |seid )?(?:\w+ )?jetzt (?:als )?(?:freelancer\w*|selbststandig|freiberuflich))")
#: "no sabemos por dónde empezar con las redes", "tô perdida com o Instagram", "di instagram non capisco niente" (folded),
#: also with "even" ("no sabemos ni por dónde empezar", "we don't even know where to start", "não sei nem por onde começar"):
#: the sender is lost with social media; the draft offers where to start, never "what topic next?"
_LOST = (r"\b(?:(?:don'?t|do not|no) (?:really |even )?know where to (?:start|begin)|(?:i'?m|i am|we'?re|we are|feel|feeling) (?:a bit |totally |completely |so )?(?:lost|overwhelmed)"
         r"|(?:je ne sais|on ne sait|nous ne savons|je sais) (?:meme )?(?:pas )?(?:meme )?par ou commencer|(?:je suis|je me sens) (?:un peu |completement |totalement )?(?:perdue?|depassee?)"
         r"|(?:weiss|weiß|weis|wissen) (?:\w+ ){0,2}nicht(?: mal| einmal)?,? wo (?:ich|wir) (?:mit (?:\w+ ){1,2}?)?anfangen|(?:bin|sind|fuhle mich) (?:\w+ ){0,4}(?:verloren|uberfordert)|keine ahnung von"
         # "… und total überfordert mit Instagram Ads": overwhelmed told after a long subject, the adverb or the object tells it
         r"|(?:total|vollig|komplett|ziemlich|echt|voll|etwas|sehr) uberfordert|uberfordert (?:mit|von)"
         r"|no (?:se|sabemos|sabe) (?:muy bien |ni )?por donde (?:empezar|comenzar)|(?:estoy|estamos|me siento) (?:un poco |muy |totalmente )?(?:perdid[oa]s?|agobiad[oa]s?)"
         r"|non (?:so|sappiamo) (?:bene |neanche |nemmeno |neppure )?da (?:dove|che parte) (?:partire|iniziare|cominciare)|non (?:ci )?capisco (?:niente|nulla)|(?:sono|siamo|mi sento) (?:un po' |un po |completamente )?(?:pers[oaie]|confus[oaie])"
         r"|nao (?:sei|sabemos) (?:bem |nem )?por onde comecar|(?:to|tou|estou|estamos|me sinto|sinto-me) (?:meio |um pouco |muito |totalmente )?(?:perdid[oa]s?|confus[oa]s?)"
         r"|(?:weet|weten) (?:\w+ ){0,2}niet (?:eens )?waar (?:ik|we) (?:moet(?:en)? )?(?:beginnen|starten)|(?:ben|zijn|voel me) (?:\w+ ){0,4}(?:de weg kwijt|verloren|overweldigd)|snap (?:er )?(?:niks|niets) van)")
_LOST_TOPIC = r"\b(?:instagram|insta|tiktok|facebook|pinterest|linkedin|social|sociais|sociales|sociaux|redes|reseaux|social media|marketing|seo|google ads|ads|pubs?)\b"
#: the shop is not open yet: "ouvre au printemps", "lanceer binnenkort", "eröffne im Frühjahr", "(bald online)"
_SOON = (r"\b(?:(?:open\w*|launch\w*) (?:\w+ ){0,7}?(?:soon|in (?:the )?(?:spring|summer|autumn|fall|winter|\w+ months?))|not (?:yet )?(?:launched|open|live)|coming soon"
         r"|(?:ouvre|ouvrira|ouvrir|lance|lancerai|lancer|lancement) (?:\w+ ){0,7}?(?:bientot|prochainement|au printemps|cet ete|a l'automne|en \w+ prochain)|pas encore (?:lance|ouvert|en ligne)"
         r"|(?:eroffne|eroffnen|starte|starten|launche) (?:\w+ ){0,7}?(?:bald|demnachst|im (?:fruhjahr|fruhling|sommer|herbst|winter))|bald online|noch nicht (?:online|live|eroffnet)"
         r"|(?:abro|abrire|abriremos|lanzo|lanzare|lanzaremos|lanzamos) (?:\w+ ){0,7}?(?:pronto|en primavera|en verano|en otono|el mes que viene)|(?:todavia|aun) no (?:he|hemos) (?:lanzado|abierto)"
         r"|(?:apro|apriro|lancio|lancero|lanciamo|apriamo) (?:\w+ ){0,7}?(?:a breve|presto|in primavera|in estate|in autunno)|non (?:ho|abbiamo) ancora (?:lanciato|aperto)"
         r"|(?:vou (?:abrir|lancar)|abro|lanco|vamos (?:abrir|lancar)) (?:\w+ ){0,7}?(?:em breve|logo|na primavera|no verao|no outono)|ainda nao (?:lancei|abri|lancamos|abrimos)"
         r"|(?:lanceer|lanceren|open|openen|start|starten) (?:\w+ ){0,7}?(?:binnenkort|in het voorjaar|deze zomer|in de lente)|binnenkort (?:online|live|open)|nog niet (?:online|live|open)"
         # "je lance ma boutique", "I'm launching my shop", "estoy lanzando mi tienda", "sto lanciando il mio shop", "estou a lançar a minha loja",
         # "ich starte gerade meinen Shop", "ik ben mijn webshop aan het lanceren": a launch under way, the shop not open yet
         r"|(?:je lance|on lance|nous lancons|(?:i'?m|i am|we'?re|we are) (?:just )?launching|estoy lanzando|estamos lanzando|sto lanciando|stiamo lanciando"
         r"|estou (?:a )?lanc\w+|estamos (?:a )?lanc\w+|(?:starte|launche|eroffne) (?:ich|wir) gerade)"
         r" (?:\w+ ){0,2}?(?:ma|mon|my|our|notre|mi|nuestra|nuestro|il mio|la mia|il nostro|la nostra|a minha|o meu|minha|meu|meinen|meine|mein|unseren|unsere|mijn|onze)\b"
         r"|(?:ben|zijn) (?:ik|we|wij) (?:\w+ ){0,3}aan het (?:lanceren|opstarten|openen))\b")
#: the wish to talk: "Sentiamoci!", "würde mich über einen kurzen Austausch freuen", "zou graag even van gedachten wisselen"
_TALK = (r"\b(?:let'?s (?:talk|chat)|(?:love|like|happy) to (?:have a )?(?:chat|talk)|(?:on )?(?:pourrait|pourrions|peut) (?:en )?(?:echanger|discuter)|ravie? d'echanger|echangeons"
         r"|(?:uber )?einen (?:kurzen )?austausch (?:\w+ )?freuen|(?:kurz )?austauschen|lass uns (?:mal )?(?:sprechen|reden|telefonieren|quatschen|plaudern|austauschen)"
         r"|(?:podemos|podriamos) (?:hablar|charlar)|me (?:encantaria|gustaria) (?:hablar|charlar)|hablamos\?|sentiamoci|ci sentiamo\?|(?:potremmo|possiamo) sentirci|mi piacerebbe (?:parlarne|sentirci)|(?:fare|facciamo|farci) (?:due|quattro) chiacchiere|(?:ti|le) andrebbe di (?:sentirci|parlarne)"
         r"|(?:podemos|poderiamos) (?:conversar|falar|bater um papo)|vamos conversar|(?:gostaria|adoraria) de (?:conversar|falar)|van gedachten wisselen|(?:even )?(?:sparren|bijpraten|kennismaken)|zullen we (?:eens )?(?:bellen|praten)"
         # "Bora conversar?", "Ne parliamo?", "On en parle ?", "Shall we talk?", "Sollen wir reden?": a question asking to talk
         r"|bora (?:conversar|falar|bater um papo|trocar uma ideia)|(?:ne parliamo|parliamone|on en parle|on en discute|on s'appelle|shall we (?:talk|chat)|can we (?:talk|chat)"
         r"|(?:sollen|wollen|konnen) wir (?:mal |kurz )?(?:reden|sprechen|telefonieren)|podemos falar|falamos) ?\?"
         # "Poderíamos agendar uma conversa?", "¿Podríamos agendar una conversación?", "Could we schedule a conversation?": a
         # meeting asked for, answered with the call, never "how is your shop going?"
         # "Seria possível agendarmos uma conversa?", "podemos marcar uma reunião?": the verb inflected, still a meeting asked for
         r"|(?:agend|marc)(?:ar|armos|assemos|emos) (?:uma |una |um |un )?(?:conversa\w*|reuni\w*|chamada|llamada|ligacao|videochamada|call)|schedule (?:a |an )?(?:conversation|call|chat|meeting)"
         r"|(?:convenir|fixer) d?'?(?:un |une )?(?:entretien|echange|rendez-vous)|fissare (?:un |una )?(?:colloquio|chiamata|call|incontro)"
         r"|(?:ein )?(?:gesprach|telefonat|termin) (?:zu )?vereinbaren|(?:een )?gesprek (?:in)?(?:te )?plannen)")
_CALL_WORD = (r"\b(?:\d+ ?min(?:s|utes?|uten|utos|uti)?|call|calls|chiamata|videochiamata|telefonata|videocall|zoom|appel|visio|visioconference|llamada|videollamada|chamada|videochamada"
              r"|ligacao|telefonat|videocall|gesprach|belletje|videogesprek|telefoontje|meeting|reunion|reuniao|riunione|incontro|rendez-vous|cafe|caffe|coffee|koffie|kaffee)\b")
#: A call asked with its length: "20 min", "15 minutos", "une demi-heure".
_CALL_MINUTES = r"\b(?:\d+ ?(?:min|mins|minutes?|minuten|minutos|minuti)\b|une demi-heure|half an hour|media hora|mezz'ora|meia hora|ein halbes stundchen|een half uur)"
#: A call length in minutes, for the number itself: "20 min", "30 minutos".
_CALL_LENGTH = re.compile(r"\b(\d{1,2}) ?(?:min|mins|minutes?|minuten|minutos|minuti)\b")
_COUNTRY = r"(?:(?:a|o|la|le|het|de)\s+)?([A-ZÀ-Ý][\wÀ-ÿ-]+)"
_EXPAND = re.compile(r"(?:expand\w*|expansion|launch\w*|entering|enter|entry)\s+(?:[\w-]+\s+){0,3}?(?:to|into|in)\s+(?:the\s+)?(?P<en>[A-Z][\w-]+(?:\s+markets?\b)?)"
                     r"|(?:s'implanter|s'etendre|s'étendre|se developper|se développer|développement|developpement|lancer\s+\w+\s+\w+|expansion|implantation|étendre|etendre)\s+(?:\w+\s+){0,2}?(?:en|au|aux)\s+(?P<fr>[A-ZÀ-Ý][\wÀ-ÿ-]+)"
                     r"|(?:nach|in)\s+(?P<de>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:\w+\s+){0,1}?(?:expandieren|zu expandieren|gehen wollen|einsteigen)|[Mm]arkteintritt\s+in\s+(?P<de2>[A-ZÄÖÜ][\wäöüß-]+)|expansion\s+nach\s+(?P<de3>[A-ZÄÖÜ][\wäöüß-]+)"
                     r"|(?:expandir\w*|expansión|expansion|implantar\w*|lanzar\w*|entrar)\s+(?:\w+\s+){0,3}?(?:a|en|al mercado de|en el mercado de)\s+(?P<es>[A-ZÁÉÍÓÚ][\wáéíóúñ-]+)"
                     r"|(?:espander\w*|espansione|lanciare\s+(?:\w+\s+){0,3}?|entrare|sbarcare)\s*(?:in|nel mercato di)\s+(?P<it>[A-Z][\wàèéìòù-]+)"
                     r"|(?:expandir\w*|expansão|entrar|lançar\w*)\s+(?:\w+\s+){0,3}?(?:para|em|no mercado d[aeo]|n[ao])\s+(?P<pt>(?:a |o )?[A-ZÁÉÍÓÚÂÊÔÃÕ][\wáéíóúâêôãõç-]+)"
                     r"|naar\s+(?P<nl>[A-Z][\w-]+)\s+(?:wil(?:len)?|gaan|te)\s+(?:uitbreiden|uit te breiden|expanderen)|(?:uitbreid\w+|uitbreiding|expansie|expanderen)\s+naar\s+(?P<nl2>[A-Z][\w-]+)"
                     # "wir wollen 2025 in Frankreich starten", "we lanceren volgend jaar in Frankrijk", "se lancer en France":
                     # a launch in a country (named from a short list: "in Berlin starten" may be a job)
                     r"|\bin\s+(?P<de4>Frankreich|Deutschland|Österreich|der Schweiz|Spanien|Italien|Belgien|den Niederlanden|Portugal|Großbritannien|den USA)\s+(?:\w+\s+){0,1}?(?:starten|durchstarten|launchen|Fuß fassen|an den Start gehen)"
                     r"|(?:lanceren|lancering|starten|launchen)\s+(?:\w+\s+){0,3}?in\s+(?P<nl3>Frankrijk|Duitsland|België|Spanje|Italië|Oostenrijk|Zwitserland|Portugal|Nederland)\b"
                     r"|\bin\s+(?P<nl4>Frankrijk|Duitsland|België|Spanje|Italië|Oostenrijk|Zwitserland|Portugal|Nederland)\s+(?:\w+\s+){0,1}?(?:lanceren|starten|launchen)"
                     # "onze zichtbaarheid in Frankrijk vergroten", "more visibility in France", "notre visibilité en Belgique": a market aimed at
                     r"|(?:zichtbaarheid|visibility|Sichtbarkeit|Bekanntheit|visibilité|visibilidad|visibilità|visibilidade|notoriété|naamsbekendheid)\s+(?:\w+\s+){0,2}?(?:in|en|em|na|no|au|op de)\s+(?P<vis>Frankrijk|France|Frankreich|Francia|França|Belgique|België|Belgien|Bélgica|Spanje|Spain|Spanien|España|Espanha|Italië|Italy|Italien|Italie|Italia|Duitsland|Germany|Deutschland|Allemagne|Alemania|Germania|Alemanha|Nederland|the Netherlands|den Niederlanden|Suisse|Zwitserland|der Schweiz)\b"
                     r"|(?:se lancer|lancement|arriver|débarquer|lancer)\s+(?:\w+\s+){0,2}?(?:en|au|aux)\s+(?P<fr2>France|Belgique|Suisse|Espagne|Italie|Allemagne|Portugal|Canada|Québec|Royaume-Uni|États-Unis)\b"
                     # "we willen de Franse markt op", "enter the French market", "den französischen Markt erschließen": the
                     # French market entered, read as France (see _MARKET_COUNTRY); a market only served or asked about is not
                     r"|(?P<nl5>Franse)\s+markt\s+(?:op|betreden|veroveren)\b|(?:enter|entering|expand\w*\s+into|break\w*\s+into|launch\w*\s+(?:in|into|on)|crack)\s+the\s+(?P<en2>French)\s+market"
                     r"|(?:den|auf den)\s+(?P<de5>französischen)\s+Markt\s+(?:erobern|erschließen|betreten|gehen|expandieren)"
                     r"|(?:attaquer|conquérir|pénétrer|arriver sur|se lancer sur|entrer sur|percer sur)\s+(?:le\s+)?marché\s+(?P<fr3>français)"
                     r"|(?:entrar en|entrar al|llegar al|conquistar|abrirnos al|expandirnos al|lanzarnos al)\s+(?:el\s+)?mercado\s+(?P<es2>francés)"
                     r"|(?:entrare nel|sbarcare sul|espanderci sul|conquistare il|approdare sul)\s+mercato\s+(?P<it2>francese)"
                     r"|(?:entrar no|chegar ao|conquistar o|expandir para o|expandir-nos para o)\s+mercado\s+(?P<pt2>francês)"
                     # "vogliamo crescere online in Francia", "we want to sell online in France", "queremos vender em França": a
                     # goal in a country (the verb in the infinitive: a wish, never "vendiamo bene in Italia", what they do now)
                     r"|\b(?:to|start|want to|wants to|would like to|like to|hoping to|plan to|planning to)\s+(?:sell|grow)\s+(?:\w+\s+){0,2}?in\s+(?P<gen>[A-Z][\w-]+)"
                     r"|\b(?:vendre|grandir|croître|croitre)\s+(?:\w+\s+){0,2}?(?:en|au|aux)\s+(?P<gfr>[A-ZÀ-Ý][\wÀ-ÿ-]+)"
                     r"|\b(?:vender|crecer)\s+(?:\w+\s+){0,2}?en\s+(?P<ges>[A-ZÁÉÍÓÚ][\wáéíóúñ-]+)"
                     # "quero vender na Europa": the article kept ("seus planos para a Europa"), "em França" without one
                     r"|\b(?:vender|crescer)\s+(?:\w+\s+){0,2}?(?:em\s+(?P<gpt>[A-ZÁÉÍÓÚÂÊÔÃÕ][\wáéíóúâêôãõç-]+)|n(?P<gpt2>[ao]\s+[A-ZÁÉÍÓÚÂÊÔÃÕ][\wáéíóúâêôãõç-]+))"
                     r"|\b(?:vendere|crescere)\s+(?:\w+\s+){0,2}?in\s+(?P<git>[A-Z][\wàèéìòù-]+)"
                     # "queremos reforçar a aquisição na França", "boost our acquisition in Spain", "rafforzare le vendite in Francia":
                     # growth wished in a country (pt keeps its article: "seus planos para a França")
                     r"|\b(?i:reforçar|reforcar|fortalecer|aumentar|acelerar|impulsionar|reforzar|impulsar|rafforzare|potenziare|aumentare|accelerare"
                     r"|renforcer|développer|developper|accélérer|accelerer|strengthen|boost|grow|scale|accelerate)\s+(?i:(?:a|o|as|os|la|el|las|los|il|le|l'|our|the|notre|nos|nossa|nosso|nuestra|nuestras|la nostra|le nostre)\s*)?"
                     r"(?i:aquisição|aquisicao|adquisición|adquisicion|captación|captacion|acquisizione|acquisition|user acquisition|crescimento|crecimiento|crescita|croissance|growth|vendas|ventas|vendite|ventes|sales)"
                     r"\s+(?:(?:em|en|in|au|in)\s+(?P<gacq>[A-ZÁÉÍÓÚÂÊÔÃÕ][\wáéíóúâêôãõçàèéìòù-]+)|n(?P<gacq2>[ao]\s+[A-ZÁÉÍÓÚÂÊÔÃÕ][\wáéíóúâêôãõç-]+))"
                     r"|\bin\s+(?P<gde>Frankreich|Deutschland|Österreich|der Schweiz|Spanien|Italien|Belgien|den Niederlanden|Portugal)\s+(?:\w+\s+){0,2}?(?:verkaufen|wachsen)\b"
                     r"|\bin\s+(?P<gnl>Frankrijk|Duitsland|België|Spanje|Italië|Oostenrijk|Zwitserland|Portugal|Nederland)\s+(?:\w+\s+){0,2}?(?:verkopen|groeien)\b")
#: "my network", "mon réseau", "mi red", "la mia rete", "minha rede", "mein Netzwerk", "mijn netwerk": what a networking
#: hello grows in a country (_EXPAND's "expanding my network in France"), never a market entered.
_NETWORK_GROWN = r"(?i)\b(?:network|connections|r[ée]seau|netzwerk|kontakte|red|contactos|rete|contatti|rede|contatos|contactos|netwerk)\b"

#: The country of a market named by its adjective in _EXPAND.
_MARKET_COUNTRY = {"Franse": "Frankrijk", "French": "France", "französischen": "Frankreich", "français": "France", "francés": "Francia",
                   "francese": "Francia", "francês": "França"}
_MOVE = re.compile(r"\b(?i:moving|move|moved|relocating|relocate|relocated)\s+(?:\w+\s+){0,2}?to\s+(?P<en>[A-Z][\w-]+)"
                   r"|\b(?i:je (?:demenage|déménage|m'installe|vais m'installer|vais demenager|vais déménager|me suis installée?|suis arrivée?|viens de m'installer|viens d'arriver)|j'arrive|j'ai déménagé|nous (?:demenageons|déménageons))\s+(?:\w+\s+){0,2}?(?:a|à)\s+(?P<fr>[A-ZÀ-Ý][\wÀ-ÿ-]+)"
                   r"|\b(?i:zieh|ziehe|ziehen|umziehen|umzug)\s+(?:\w+\s+){0,6}?nach\s+(?P<de>[A-ZÄÖÜ][\wäöüß-]+)"
                   r"|\b(?i:me mudo|me traslado|me voy a vivir|me mudaré|me mudare|nos mudamos|me he mudado|me he trasladado|me acabo de mudar)\s+(?:\w+\s+){0,2}?a\s+(?P<es>[A-ZÁÉÍÓÚ][\wáéíóúñ-]+)"
                   r"|\b(?i:mi trasferisco|mi trasferir[oò]|mi sto trasferendo|trasferirmi|mi sono (?:appena )?trasferit[oa])\s+(?:\w+\s+){0,2}?a\s+(?P<it>[A-Z][\wàèéìòù-]+)"
                   r"|\b(?i:vou me mudar|vou mudar-me|mudo-me|estou me mudando|me mudo|vou morar|me mudei|mudei-me)\s+(?:\w+\s+){0,2}?(?:para|pra|em)\s+(?P<pt>[A-ZÁÉÍÓÚ][\wáéíóúâêôãõç-]+)"
                   r"|\b(?i:verhuis|verhuizen|verhuizing|verhuisd)\s+(?:[\w'’]+\s+){0,6}?naar\s+(?P<nl>[A-Z][\w-]+)"
                   # the city before the verb: "ich bin nach Lyon gezogen", "ik ben naar Lyon verhuisd"
                   r"|\b(?:bin|sind)\s+(?:\w+\s+){0,3}?nach\s+(?P<de2>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:um)?gezogen\b"
                   r"|\b(?:ben|zijn)\s+(?:\w+\s+){0,3}?naar\s+(?P<nl2>[A-Z][\w-]+)\s+(?:verhuisd|verhuist)\b"
                   # the city, then the move in brackets: "busco nuevo proyecto en Lyon (me mudo en enero)"
                   r"|\b(?:en|em|a|à|in)\s+(?P<paren>[A-ZÀ-Ý][\wà-ÿ-]+)\s*\((?i:me mudo|me traslado|me mudaré|me mudare|mudo-me|vou me mudar|mi trasferisco"
                   r"|je déménage|je demenage|je m'installe|moving|i'm moving|ich ziehe|ziehe|ik verhuis|verhuis)\b"
                   # round 148: the city, then the move in a relative clause: "em Lyon, onde me vou mudar em março"
                   r"|\b(?:en|em|a|à|in)\s+(?P<rel>[A-ZÀ-Ý][\wà-ÿ-]+),?\s+(?i:(?:para )?onde (?:me vou mudar|vou morar|me mudo|vou me mudar)"
                   r"|donde (?:me mudo|me voy a mudar|voy a vivir)|dove (?:mi trasferisco|mi trasferir[oò]|andr[oò] a vivere)"
                   r"|o[uù] je (?:vais m'installer|m'installe|d[ée]m[ée]nage)|where i(?:'m| am) (?:moving|relocating))\b"
                   # round 209: the city, then where they came from: "a role in Lyon (I relocated from Dublin)", "in Lyon, just
                   # moved from Manchester", "à Lyon (je viens d'arriver de Nantes)", "en Lyon, me acabo de mudar desde Madrid"
                   r"|\b(?:in|à|a|en|em)\s+(?P<frm>[A-ZÀ-Ý][\wà-ÿ-]+)\s*[,(–-]?\s*(?i:i(?:'ve| have)? (?:just |recently )?(?:relocated|moved)"
                   r"|(?:just|recently) (?:relocated|moved)|je viens d'arriver|je viens de déménager|je suis arrivée?|me acabo de mudar|me he mudado"
                   r"|mi sono (?:appena )?trasferit[oa]|me mudei|acabei de me mudar|ich bin (?:gerade |vor kurzem )?(?:umgezogen|hergezogen)"
                   r"|ik ben (?:net |pas )?verhuisd)\s+(?:from|de|d'|desde|da|dal|dalla|aus|von|uit)\b")

#: A move already made (just before the move's city): "after relocating to Lyon", "I've just moved to", "je me suis installée
#: à", "je viens d'arriver à", "nach meinem Umzug nach", "bin gerade nach … gezogen", "me he mudado a", "tras mudarme a",
#: "mi sono trasferita a", "dopo il trasferimento a", "me mudei para", "depois de me mudar para", "ik ben verhuisd naar",
#: "na mijn verhuizing naar": they are there now, to be welcomed, never wished luck with a move.
_MOVED = re.compile(r"\b(?:(?:after|since|having|just|recently|newly)\s+(?:\w+\s+)?(?:moving|moved|relocating|relocated)|(?:i'?ve|i have|we'?ve|we have)\s+(?:just\s+|recently\s+)?(?:moved|relocated)"
                    r"|i\s+(?:just\s+|recently\s+)?(?:moved|relocated)|je (?:me )?suis (?:\w+ )?(?:installée?|arrivée?|instal+ée?)|je viens (?:de m'installer|d'arriver|de déménager|de demenager)"
                    r"|(?:depuis|après) (?:mon|notre) (?:déménagement|demenagement|installation|arrivée|arrivee)"
                    r"|nach (?:meinem|unserem) Umzug|(?:bin|sind) (?:\w+ ){0,5}?(?:gezogen|umgezogen)|(?:me he|nos hemos) (?:mudado|trasladado)|(?:me acabo|nos acabamos) de (?:mudar|trasladar)"
                    r"|(?:tras|después de|despues de) (?:mudarme|trasladarme|mi mudanza|mi traslado)|mi sono (?:appena )?trasferit[oa]|(?:dopo|da quando) (?:il|mi sono|il mio) ?trasferi\w*"
                    r"|(?:me mudei|mudei-me|nos mudamos)|(?:depois de|após|apos) (?:me mudar|mudar-me|a mudança|a mudanca|minha mudança|minha mudanca)"
                    r"|(?:ben|zijn) (?:\w+ ){0,5}?(?:verhuisd|verhuist)|na (?:mijn|onze) verhuizing)\b", re.IGNORECASE)

#: A stay for studies in a city, coming or under way: "mache ab September ein Auslandssemester in Lyon", "je fais mon
#: semestre d'échange à Lyon", "vengo de Erasmus a Lyon", "faccio l'Erasmus a Lyon", "I'm doing an exchange semester in Lyon",
#: "ik ga op uitwisseling in Lyon": they will be in that city for a while (a coffee once there), never a move to wish luck for.
_STAY = re.compile(r"\b(?:(?:Auslands|Austausch|Erasmus|Praxis)?-?[Ss]emester|Erasmus\w*|[Ss]emestre|[Ss]emester|[Éé]change|[Ii]ntercambio|[Ss]cambio"
                   r"|[Ii]ntercâmbio|[Ii]ntercambio|[Uu]itwisseling\w*|[Ee]xchange(?: semester| year| term)?)"
                   r"\s+(?:[\w'’-]+\s+){0,4}?(?:in|à|a|en|em|na|no|te)\s+(?P<c>[A-ZÀ-Ý][\w-]+)")
#: A stay already over or under way ("j'ai fait mon Erasmus à Lyon", "I did my exchange in Lyon", "mache gerade ein
#: Auslandssemester in Lyon"), folded, just before or after it: never a coffee "once you have arrived".
_STAY_NOT_COMING = (r"\b(?:did|spent|was|fait|passe|ete|hice|pase|estuve|fiz|passei|estive|fatto|ho fatto|passato|sono stat[oa]|ero|habe|hab|hatte|war"
                    r"|gemacht|verbracht|absolviert|heb|had|deed|gedaan|doorgebracht|gerade|grad|grade|momentan|aktuell|jetzt|derzeit|nu|now|ahora|agora|adesso|maintenant|zurzeit|zur zeit|currently|right now|at the moment"
                    r"|en ce moment|actuellement|actualmente|ahora mismo|attualmente|in questo momento|atualmente|neste momento|momenteel|op dit moment"
                    # "soy estudiante de Erasmus en Lyon", "I'm an exchange student in Lyon", "ich bin Erasmus-Studentin in Lyon": there now
                    r"|(?:i'?m|i am|je suis|soy|sono|sou|ich bin|ik ben) (?:an? |une? |un[oa] |uma? |een |eine? )?(?:estudiante |student\w* |studente\w* |etudiant\w* |estudante "
                    r"|studierende\w* )?(?:de |d'|en |di |em |in |in an? |im )?(?:erasmus|exchange|echange|intercambio|scambio|uitwisseling\w*|austausch\w*|auslands\w*))\b")

#: A stay under way now (folded, just before it): "mache grad ein Erasmus in Lyon", "je suis actuellement en échange à
#: Lyon", "ik zit momenteel op uitwisseling in Lyon": they live in that city now (a coffee soon, never "once you arrive").
_STAY_UNDER_WAY = (r"\b(?:gerade|grad|grade|momentan|aktuell|jetzt|derzeit|zurzeit|zur zeit|currently|right now|at the moment|now|en ce moment"
                   r"|actuellement|maintenant|actualmente|ahora|ahora mismo|attualmente|adesso|in questo momento|atualmente|agora|neste momento"
                   r"|momenteel|op dit moment|nu)\b")

#: An exchange the sender and she shared, long over (folded, right before it): "it's Kate from the Erasmus year in Lyon",
#: "c'est Julie de l'Erasmus à Lyon", "del Erasmus", "dall'Erasmus", "do Erasmus", "vom Erasmus", "van het Erasmusjaar".
_STAY_SHARED = re.compile(r"\b(?:from (?:the|our|that)|de (?:l'|notre|cet |cette )|de l'|del|dal|dall'|dell'|do|da|vom|von unserem|van (?:het|ons|onze))\s*$")


#: A move offered as an option, not decided (folded, just before the move): "open to relocating to France", "willing to
#: move to Lyon", "prêt à déménager", "offen für einen Umzug nach", "disponibile a trasferirmi a", "disposta a me mudar",
#: "open voor een verhuizing naar": never "good luck with your move".
_MOVE_OPTION = (r"\b(?:open to|willing to|ready to|happy to|able to|prepared to|flexible (?:to|about)|considering|thinking (?:about|of)|could|would|if"
                r"|pret[e]? a|prete?s? a|ouvert[e]? a|dispos[e]? a|disponible (?:a|pour)|envisage\w*|pourrais|si"
                r"|bereit(?:,)?(?: zu\w*)?|offen (?:fur|fuer)|flexibel|konnte|wurde|falls|wenn"
                r"|dispuest[oa] a|abiert[oa] a|disponible para|podria|dispost[oa] a|disponibile a|apert[oa] a|potrei"
                r"|disponivel para|abert[oa] a|poderia|bereid (?:om|tot)|sta open voor|open voor|zou)\W+(?:\w+\W+){0,3}$")


@dataclass
class Situation:
    """What a note says about the sender's own situation (a path, a team, a problem, a result, a shop), for the
    draft to name."""

    kind: str = ""  # path, team, problem, result, expand, shop, or ""
    goal: bool = False  # the country only named as a goal to grow or sell in ("vogliamo crescere online in Francia")
    problem: str = ""  # traffic, sales, cost
    result: str = ""  # worked, applied
    figure: str = ""  # a gain as the note writes it, with its measure: "Umsatz +20%", "+30% de trafic", "sales +15 %"
    doubled: str = ""  # "unsere Leads haben sich verdoppelt": what doubled ("leads", "sales", "traffic"), named in the reply
    shop: str = ""  # the shop as the note names it, with what it sells: "Onlineshop für handgemachte Keramik"
    shop_noun: str = ""  # the shop noun alone: "Onlineshop"
    country: str = ""  # "Frankreich", "a França"
    move: str = ""  # "Lyon"
    stay: bool = False  # ``move`` is a stay for studies ("Auslandssemester in Lyon"), no move to wish luck for
    moved: bool = False  # ``move`` is already made ("after relocating to Lyon"): a welcome, no luck wished for it
    useful: bool = False  # the owner's post, newsletter or tip helped them ("mi ha aperto un mondo per il mio negozio")
    channel: str = ""  # for ``lost``: "instagram", "tiktok", "seo", … or "" (social media in general)
    minutes: str = ""  # for ``lost``: the length of the call the note asks for ("¿Podríamos hablar 20 min?"), "" when none
    soon: bool = False  # the shop is not open yet ("eröffne im Frühjahr", "lanceer binnenkort", "bald online")
    talk: bool = False  # the note wishes to talk ("Sentiamoci!", "über einen kurzen Austausch freuen")
    talk_seo: bool = False  # the wish to talk is about SEO ("garder le contact pour parler SEO de ma boutique")
    launch_help: bool = False  # support sought for the launch ("zoek begeleiding bij de online lancering")
    about: str = ""  # the questions or advice the note asks about, with its preposition: "zu Social Ads", "over social ads"
    metric: str = ""  # for a ``cost`` problem: the cost the note names ("CPA", "CPC"), CPM when none


#: Questions or advice asked about a topic: "habe Fragen zu Social Ads", "zoek advies over social ads", "I have a few questions
#: about Meta ads", "j'ai des questions sur les pubs Instagram"; the preposition and topic (at most four words) kept as written.
#: A wish to talk SEO (folded): "garder le contact pour parler SEO de ma boutique", "keep in touch to talk SEO for my shop",
#: "para hablar de SEO de mi tienda": the shop's SEO picked up with the call, never "how is your shop going?"
_TALK_SEO = (r"\b(?:pour|to|para|per|om|um) (?:parler|echanger|discuter|talk|chat|hablar|charlar|falar|conversar|parlare|praten|sprechen)"
             r" (?:about |de |di |sobre |del |do |da |over |uber )?(?:le |el |o |il |the )?(?:seo|referencement)\b")
_ABOUT = re.compile(r"(?i)\b(?:questions?|fragen|vragen|vraagjes|preguntas|dudas|domande|dubbi|d[uú]vidas|perguntas|advice|advies|conseils?|consejos?|consigli|conselhos?|tipps|rat)"
                    r"\s+(?P<t>(?:about|on|regarding|around|zu|zum|zur|über|rund um|over|omtrent|sur|concernant|sobre|acerca de|su|sul|sui|sulle|sullo|riguardo a|riguardo ai)"
                    r"\s+[\w'’-]+(?:\s+(?!(?:and|und|et|y|e|or|oder|of|ou|o|for|für|voor|pour|para|per|because|weil|omdat|car|porque|perché|perche|but|aber|maar|mais|pero|ma|mas|mijn|my|mon|ma|mi|il|mein\w*|meinem|voor)\b)[\w'’-]+){0,3})"
                    r"(?=\s*(?:[.,;:!?()]|$|\s+(?:and|und|et|y|e|or|oder|of|ou|o|for|für|voor|pour|para|per|because|weil|omdat|car|porque|perché|perche|but|aber|maar|mais|pero|ma|mas)\b))")


_THANKED_FOR = r"\b(?:thanks?|thank you|merci|danke|dank|bedankt|gracias|grazie|obrigad[oa]|valeu)\b"
_ADVICE_WORD = r"(?:advice|advies|conseils?|consejos?|consigli|conselhos?|tipps|rat)\b"
#: Advice sought (folded): "zoek advies", "looking for advice", "busco consejo", "cerco consigli", "suche Rat", "j'aimerais des conseils".
_SEEK = (r"\b(?:zoek\w*|looking for|need|want|would like|seek\w*|cherche\w*|besoin de|aimerais|voudrais|busco|buscando|necesito|quisiera|me gustaria"
         r"|cerco|cercando|vorrei|mi servono|ho bisogno di|procuro|procurando|preciso de|gostaria de|queria|suche|brauche|hatte gern|wurde mich uber|wil graag|heb \w+ nodig|graag)\b")


#: A participle that needs its complement ("fatte a mano", "made by hand", "feitos à mão"), and the short words that
#: lead that complement; an article may follow them ("à la main").
_PARTICIPLE = (r"(?i)(?:.*\s)?(?:fatt[eioa]|hech[oa]s|hech[oa]|feit[oa]s?|fait(?:e|s|es)?|made|gemaakt|gemacht|cucit[eioa]|confeccionad[oa]s?"
               r"|tejid[oa]s?|tecid[oa]s?|pintad[oa]s?|dipint[eioa]|bordad[oa]s?|ricamat[eioa]|brod[ée]e?s?|tricot[ée]e?s?|geh[äa]kelt|gestrickt"
               r"|handmade|hand-made)")
_LEAD = r"(?:a|à|ao|by|with|met|mit|in|en|al|au|de|di|da|do|na|no|con|com|per|op|von|van|aus|uit)"


#: An adjective cut from the noun it qualifies in a set phrase ("de segunda [mano]", "di seconda [mano]", "de seconde [main]",
#: "em segunda [mão]", "second [hand]", "de alta [gama]", "di alta [gamma]", "haut de [gamme]").
_HANGING_ADJ = r"(?i)(?:^|\s)(?:segunda|seconda|seconde|second|alta|alto|bassa|baja|haut de|bas de|high|low|tweede)$"


def _complement(product: str, taken: str, rest: str) -> str:
    """A product never ends on a participle cut from its complement nor on a dangling short word: "borse fatte a"
    (the note says "borse fatte a mano in Puglia") reads "borse fatte a mano".

    >>> _complement("borse fatte a", "di borse fatte a", " mano in Puglia e voglio")
    'borse fatte a mano'
    >>> _complement("candles made", "of candles made", " by hand in Leeds")
    'candles made by hand'
    >>> _complement("bijoux", "de bijoux", " en argent")
    'bijoux'
    >>> _complement("ropa de segunda", "de ropa de segunda", " mano en Valencia")
    'ropa de segunda mano'
    """
    if not product or not taken.endswith(product):
        return product
    if cre.search(_HANGING_ADJ, product):
        # "ropa de segunda mano", "abiti di seconda mano", "roupa em segunda mão", "vêtements de seconde main", "alta gama":
        # an adjective that only reads with the noun after it keeps that noun, never "ropa de segunda"
        m = cre.match(r"\s+([^\W\d_][\w'-]*)", rest)
        return f"{product} {m.group(1)}" if m else product
    dangling = cre.search(rf"(?i)\s{_LEAD}(?:\s+(?:la|le|el|il|the|de|der|die|den|het|o|a))?$", product)
    if dangling and cre.fullmatch(_PARTICIPLE, product[:dangling.start()]):
        m = cre.match(r"\s+((?:(?:la|le|el|il|the|de|der|die|den|het|o|a)\s+)?[^\W\d_][\w'-]*)", rest)
        return f"{product} {m.group(1)}" if m else product[:dangling.start()]
    if cre.fullmatch(_PARTICIPLE, product):
        m = cre.match(rf"(?i)\s+({_LEAD}\s+(?:(?:la|le|el|il|the|de|der|die|den|het|o|a)\s+)?[^\W\d_][\w'-]*)", rest)
        if m:
            return f"{product} {m.group(1)}"
    return product


#: A third person's possessive right after the shop's noun: "o e-commerce dela", "la tienda de ella", "il negozio di lei",
#: "de winkel van haar": the referrer's or a friend's shop, never the sender's own.
_THIRD_PARTY_OWNER = cre.compile(r"(?i)\s+(?:dela|dele|delas|deles|de (?:ella|ellos|ellas|él|el)|di (?:lei|lui|loro)|van (?:haar|hem|hen))\b")

#: An event's name just before the shop noun: "no evento de e-commerce em Paris", "en la feria del e-commerce", "alla fiera
#: dell'e-commerce": the event's theme, never the sender's shop (a stand worked there is not her e-shop).
_EVENT_BEFORE_SHOP = (r"(?i)\b(?:event[oi]?s?|events?|evenement|événement|salon|salão|salao|feira|feria|fiera|messe|beurs|confer\w*|congr\w*|kongress"
                      r"|summit|meetup|webinar\w*)\s+(?:(?:sobre|about|over|sur|über|uber|on|zum|zur)\s+)?$")

def read(note: str) -> Situation:
    """What the note says of the sender's situation (any of the seven languages)."""
    s = Situation()
    if not note.strip():
        return s
    folded = fold(note)
    # the sender's own shop: never the owner's ("your shop") nor a third party's ("tu clienta de la tienda de vinos")
    m = next((x for x in [*_SHOP.finditer(note), *_VENTURE.finditer(note)]
              if not cre.search(r"(?i)\b(?:your|ton|ta|votre|dein\w*|ihr\w*|tu|su|tuo|tua|seu|sua|teu|jouw|uw|his|her|their|sein\w*|leur)\b", note[max(0, x.start() - 30):x.start()])
              and not _THIRD_PARTY_OWNER.match(note[x.end(1):x.end(1) + 20])
              and not cre.search(_EVENT_BEFORE_SHOP, note[max(0, x.start() - 30):x.start()])), None)
    if m:
        noun = cre.sub(r"(?i)\b(etsy|shopify|amazon|vinted|wix|woocommerce)\b", lambda b: {"woocommerce": "WooCommerce"}.get(b.group(1).lower(), b.group(1).capitalize()), m.group(1))
        product = (m.group(2) or "").strip()
        product = cre.split(r"(?i)\s+(?:ja(?:ja)+|ha(?:ha)+|lol|kkk+|rs)\b", product)[0]
        product = cre.sub(SHOP_SINCE, "", product)  # "tienda de ropa hace 2 años": the shop, never "tu tienda de ropa hace 2"
        product = cre.sub(r"[\s,.!?;:]+$", "", product)
        # "negozio di abbigliamento conviene di piu": the product ends before a verb or a dangling word, never "… conviene di"
        product = cre.split(r"(?i)\s+(?:conviene|convient|conviendrait|vale|vaut|merece|compensa|lohnt|loont|is|are|est|es|ist|è|e|é|sono|zijn|sind|should|would|could"
                            r"|può|puo|pode|puede|kann|kan|can|serve|sirve|funziona|funciona|marche|works?|geht|gaat|meglio|mieux|mejor|melhor|besser|beter|better"
                            r"|piu|più|mas|más|plus|mehr|meer|more"
                            # "meinen shop für nachhaltige mode aufzubauen", "mn webshop voor duurzame kleding aan het opzetten":
                            # the verb the shop is the object of ends it (a zu-infinitive, Dutch "aan het …")
                            r"|[a-zäöü]+zu[a-zäöü]+en|aan(?= het\b|$))\b.*$", product)[0]
        product = cre.sub(r"(?i)(?:^|\s+)(?:di|de|da|del|della|do|of|for|voor|für|fur|per|pour|para|pra|van|met|mit|con|com|with|avec|em|in|d')$", "", product.strip())
        if cre.search(r"(?i)\b(?:online|en ligne)$", product) and not cre.search(r"(?i)\s", product):
            product = ""
        product = _complement(product, (m.group(2) or "").strip(), note[m.end(2) if m.group(2) else m.end():])
        s.shop_noun, s.shop = noun, (f"{noun} {product}" if product else noun)
    m2 = _MOVE.search(note)
    if m2 and cre.search(_MOVE_OPTION, fold(note[max(0, m2.start() - 50):m2.start()])):
        m2 = None  # "open to relocating to France": an option, not a move to wish luck for
    if m2:
        s.move = next(v for v in m2.groupdict().values() if v)
        s.moved = bool(_MOVED.search(note[max(0, m2.start() - 30):m2.end()]))
    elif (stay := _STAY.search(note)) and not cre.search(_STAY_NOT_COMING, fold(note[max(0, stay.start() - 25):stay.end() + 20])) \
            and not _STAY_SHARED.search(fold(note[max(0, stay.start() - 25):stay.start()])):
        s.move, s.stay = stay.group("c"), True  # "ab September ein Auslandssemester in Lyon": there for a while
    elif (stay := _STAY.search(note)) and cre.search(_STAY_UNDER_WAY, fold(note[max(0, stay.start() - 25):stay.start()])) \
            and not _STAY_SHARED.search(fold(note[max(0, stay.start() - 25):stay.start()])):
        s.move, s.stay, s.moved = stay.group("c"), True, True  # "mache grad ein Erasmus in Lyon": there now, a coffee soon
    m3 = _EXPAND.search(note)
    if m3 and cre.search(_NETWORK_GROWN, m3.group(0)):
        m3 = None  # "expanding my network in France", "étendre mon réseau en Suisse": contacts made, no market entered
    if m3:
        country = next(v for v in m3.groupdict().values() if v)
        s.goal = m3.lastgroup in ("gen", "gfr", "ges", "gpt", "gpt2", "git", "gde", "gnl", "gacq", "gacq2")
        country = _MARKET_COUNTRY.get(country, country)
        # "launching my candle brand in June": a month is no country
        if not cre.search(r"(?i)\b(?:instagram|google|meta|tiktok|linkedin|facebook|youtube|pinterest|amazon|shopify|etsy|ads?|seo"
                          r"|january|february|march|april|may|june|july|august|september|october|november|december"
                          r"|januar|februar|märz|mai|juni|juli|oktober|dezember|mei|maart|augustus|juin|juillet)\b", country):
            # "our expansion into the French market": the market named whole, never "your plans for French"
            s.country = f"the {country}" if country.endswith(("market", "markets")) else country
    s.useful = bool(cre.search(_USEFUL, folded))
    about = _ABOUT.search(note)
    if about:
        # "grazie per i consigli sui Reels": advice thanked for is no question; advice counts when it is sought
        before = fold(note[max(0, about.start() - 30):about.start()])
        if cre.search(_THANKED_FOR, before) or (cre.match(_ADVICE_WORD, fold(about.group(0))) and not cre.search(_SEEK, before)):
            about = None
    s.about = about.group("t") if about else ""
    s.soon = bool(s.shop and cre.search(_SOON, folded))
    # "Avresti tempo per una call la prossima settimana?", "Hast du Zeit für ein kurzes Telefonat?": a call asked in a question
    s.talk_seo = bool(cre.search(_TALK_SEO, folded))
    s.talk = s.talk_seo or bool(cre.search(_TALK, folded)) or any(cre.search(_CALL_WORD, q) for q in cre.question_sentences(folded))
    # "Ik start binnenkort een webshop … en zoek begeleiding bij de online lancering": help sought, a call to see how
    s.launch_help = bool(cre.search(_LAUNCH_HELP, folded))
    lost = cre.search(_LOST, folded)
    if lost:
        near = folded[max(0, lost.start() - 60):lost.end() + 60]
        # "estoy perdida con el SEO": the topic named right after the lost words first, then any near them
        topic = cre.search(_LOST_TOPIC, folded[lost.end():lost.end() + 40]) or cre.search(_LOST_TOPIC, near)
        if topic:
            t = topic.group(0)
            s.channel = t if t in ("instagram", "tiktok", "facebook", "pinterest", "linkedin", "seo", "marketing") else ("instagram" if t == "insta" else "")
            # "¿Podríamos hablar 20 min?": the call length asked is the one offered, never a shorter one
            asked = _CALL_LENGTH.search(folded)
            s.minutes = asked.group(1) if asked else ""
        else:
            lost = None
    if cre.search(_EXPERIENCE_PATH, folded):
        s.kind = "path"
    elif cre.search(_TEAM, folded):
        s.kind = "team"
    else:
        for key, rx in _PROBLEMS:
            if cre.search(rx, folded) and not (key == "stall" and cre.search(_CALL_MINUTES, folded)):
                # ("las ventas no despegan. ¿Podríamos hablar 20 min?": the call asked, with its length, is the reply)
                s.kind, s.problem = "problem", key
                metric = cre.search(r"\b(cpm|cpc|cpa|cpl)\b", folded) if key == "cost" else None
                s.metric = metric.group(1).upper() if metric else ""
                break
        else:
            for key, rx in _RESULT:
                # "not sure I agree clicks will drop 50% – our data shows ~20%": a figure disputed, never a result told
                if cre.search(rx, folded) and (key != "story" or cre.search(_FUNNY, folded)) and not (key in ("worked", "gain") and disagrees(note)):
                    s.kind, s.result = "result", key
                    figure = _GAIN_FIGURE.search(note) if key == "gain" else None
                    s.figure = figure.group(0).strip() if figure else ""
                    s.doubled = doubled_measure(folded) if key == "gain" and not s.figure else ""
                    break
            else:
                if s.country:
                    s.kind = "expand"
                elif cre.search(_NOW_FREELANCE, cre.sub(_YOU_NOW_FREELANCE, " ", folded)):
                    s.kind = "now"
                elif lost:
                    s.kind = "lost"
                elif s.shop:
                    s.kind = "shop"
    return s


# -- the line a draft answers the situation with ------------------------------------------------------------------
# Each entry: (informal, formal). {shop} is the shop with its possessive, in the case the sentence needs.

_PATH = {
    # one or two sentences of the story first (a "how did you start?" is answered, 142 de_nl note-41), then the call
    "en": ("In short, I started in-house, in charge of a small company's site and social media, learnt SEO on the job, and my first clients came through my network. For the longer story of my path, shall we jump on a 15-minute call next week? I'll answer your questions too.",
           "In short, I started in-house, in charge of a small company's website and social media, learnt SEO on the job, and my first clients came through my network. For the longer story of my path, shall we take 15 minutes on the phone next week? I will answer your questions too."),
    "fr": ("En bref : j'ai commencé dans une PME, chargée de son site et de ses réseaux sociaux, j'ai appris le SEO sur le terrain, et mes premiers clients sont venus de mon réseau. Pour te raconter plus en détail comment j'ai démarré, on s'appelle 15 minutes la semaine prochaine ? Je réponds aussi à tes questions.",
           "En bref : j'ai commencé dans une PME, chargée de son site et de ses réseaux sociaux, j'ai appris le SEO sur le terrain, et mes premiers clients sont venus de mon réseau. Pour vous raconter plus en détail comment j'ai démarré, pouvons-nous nous appeler 15 minutes la semaine prochaine ? Je répondrai aussi à vos questions."),
    "de": ("Kurz gesagt: Ich habe in einem kleinen Unternehmen angefangen, zuständig für Website und Social Media, habe SEO in der Praxis gelernt, und meine ersten Kunden kamen über mein Netzwerk. Mehr von meinem Weg erzähle ich dir gern nächste Woche in einem 15-minütigen Telefonat, dann beantworte ich auch deine Fragen.",
           "Kurz gesagt: Ich habe in einem kleinen Unternehmen angefangen, zuständig für Website und Social Media, habe SEO in der Praxis gelernt, und meine ersten Kunden kamen über mein Netzwerk. Mehr von meinem Weg erzähle ich Ihnen gern nächste Woche in einem 15-minütigen Telefonat, dann beantworte ich auch Ihre Fragen."),
    "es": ("En resumen: empecé en una pyme, a cargo de su web y sus redes sociales, aprendí SEO trabajando, y mis primeros clientes llegaron por mi red de contactos. Para contarte mi camino con calma, ¿hablamos 15 minutos por teléfono la semana que viene? Y respondo también a tus preguntas.",
           "En resumen: empecé en una pyme, a cargo de su web y sus redes sociales, aprendí SEO trabajando, y mis primeros clientes llegaron por mi red de contactos. Para contarle mi camino con calma, ¿le parece que hablemos 15 minutos por teléfono la semana que viene? Y respondo también a sus preguntas."),
    "it": ("In breve: ho iniziato in una piccola azienda, occupandomi del sito e dei social, ho imparato la SEO sul campo, e i primi clienti sono arrivati dalla mia rete di contatti. Per raccontarti il mio percorso con calma, ci sentiamo 15 minuti al telefono la prossima settimana? Rispondo anche alle tue domande.",
           "In breve: ho iniziato in una piccola azienda, occupandomi del sito e dei social, ho imparato la SEO sul campo, e i primi clienti sono arrivati dalla mia rete di contatti. Per raccontarLe il mio percorso con calma, Le va di sentirci 15 minuti al telefono la prossima settimana? Rispondo anche alle Sue domande."),
    "pt-BR": ("Resumindo: comecei numa pequena empresa, cuidando do site e das redes sociais, aprendi SEO na prática, e meus primeiros clientes vieram da minha rede de contatos. Para contar minha trajetória com calma, que tal 15 minutos por telefone na semana que vem? Respondo também às suas perguntas.",
              "Resumindo: comecei numa pequena empresa, cuidando do site e das redes sociais, aprendi SEO na prática, e meus primeiros clientes vieram da minha rede de contatos. Para contar minha trajetória com calma, que tal uma conversa de 15 minutos por telefone na semana que vem? Respondo também às suas perguntas."),
    "pt": ("Em resumo: comecei numa PME, responsável pelo site e pelas redes sociais, aprendi SEO na prática, e os primeiros clientes vieram da minha rede de contactos. Para contar o meu percurso com calma, falamos 15 minutos por telefone na próxima semana? Respondo também às tuas perguntas.",
           "Em resumo: comecei numa PME, responsável pelo site e pelas redes sociais, aprendi SEO na prática, e os primeiros clientes vieram da minha rede de contactos. Para contar o meu percurso com calma, podemos falar 15 minutos por telefone na próxima semana? Respondo também às suas perguntas."),
    "nl": ("Kort gezegd: ik begon bij een mkb-bedrijf, verantwoordelijk voor de site en social media, leerde SEO in de praktijk, en mijn eerste klanten kwamen via mijn netwerk. Meer over mijn weg vertel ik je graag volgende week in een belletje van 15 minuten, en dan beantwoord ik ook je vragen.",
           "Kort gezegd: ik begon bij een mkb-bedrijf, verantwoordelijk voor de site en social media, leerde SEO in de praktijk, en mijn eerste klanten kwamen via mijn netwerk. Meer over mijn weg vertel ik u graag volgende week in een gesprek van 15 minuten, en dan beantwoord ik ook uw vragen."),
}
_TEAM_LINE = {
    "en": ("Happy to talk about training your team: what works for you next week for a 20-minute call?",
           "I'd be glad to talk about training your team: when would suit you next week for a 20-minute call?"),
    "fr": ("Parlons volontiers de la formation de ton équipe : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Volontiers pour échanger sur la formation de votre équipe : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Über die Schulung deines Teams spreche ich gern: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Über die Schulung Ihres Teams spreche ich gern: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto hablamos de la formación de tu equipo: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto hablamos de la formación de su equipo: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Parliamo volentieri della formazione del tuo team: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Parliamo volentieri della formazione del Suo team: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Vamos conversar sobre o treinamento da sua equipe: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Vamos conversar sobre o treinamento da sua equipe: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Falamos com todo o gosto sobre a formação da tua equipa: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Falamos com todo o gosto sobre a formação da sua equipa: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik praat graag met je over een training voor je team: wanneer past een belletje van 20 minuten volgende week?",
           "Ik praat graag met u over een training voor uw team: wanneer komt een gesprek van 20 minuten u volgende week uit?"),
}
_PROBLEM = {
    "en": {"flat": "Traffic that stops growing is very common, and there are usually a few clear levers",
           "roi": "Ads that cost a lot and bring little are very common, and it can usually be fixed",
           "traffic": "Few visitors at the start is very common, and it can be fixed step by step",
           "sales": "Few sales at the start is very common, and there are usually a few simple levers",
           "stall": "Sales that stall are very common, and there are usually a few simple levers",
           "cost": "The rising {m} is hitting a lot of shops right now"},
    "fr": {"flat": "Un trafic qui stagne, c'est très fréquent, et il y a souvent quelques leviers clairs",
           "roi": "Des pubs qui coûtent cher et rapportent peu, c'est très fréquent, et ça se corrige souvent",
           "traffic": "Peu de visiteurs au début, c'est très fréquent et ça se travaille étape par étape",
           "sales": "Peu de ventes au début, c'est très fréquent, et il y a souvent quelques leviers simples",
           "stall": "Des ventes qui stagnent, c'est très fréquent, et il y a souvent quelques leviers simples",
           "cost": "La hausse du {m} touche beaucoup de boutiques en ce moment"},
    "de": {"flat": "Dass der Traffic stagniert, kommt sehr häufig vor, und oft gibt es ein paar klare Hebel",
           "roi": "Anzeigen, die viel kosten und wenig bringen, sind sehr häufig, und das lässt sich meist beheben",
           "traffic": "Dass am Anfang kaum Besucher kommen, ist ganz normal und lässt sich Schritt für Schritt ändern",
           "sales": "Dass am Anfang wenig verkauft wird, ist ganz normal, und oft gibt es ein paar einfache Hebel",
           "stall": "Dass der Verkauf stockt, kommt sehr häufig vor, und oft gibt es ein paar einfache Hebel",
           "cost": "Der gestiegene {m} trifft gerade viele Shops"},
    "es": {"flat": "Que el tráfico se estanque es muy habitual, y suele haber palancas claras",
           "roi": "Que los anuncios cuesten mucho y rindan poco es muy habitual, y suele tener arreglo",
           "traffic": "Tener pocas visitas al principio es muy habitual y se puede mejorar paso a paso",
           "sales": "Tener pocas ventas al principio es muy habitual, y suele haber palancas sencillas",
           "stall": "Que las ventas no despeguen es muy habitual, y suele haber palancas sencillas",
           "cost": "La subida del {m} está afectando a muchas tiendas ahora mismo"},
    "it": {"flat": "Che il traffico resti fermo è molto frequente, e spesso ci sono alcune leve chiare",
           "roi": "Annunci che costano tanto e rendono poco sono frequentissimi, e di solito si può rimediare",
           "traffic": "Poche visite all'inizio sono normalissime e si possono aumentare passo dopo passo",
           "sales": "Poche vendite all'inizio sono normalissime, e spesso bastano alcune leve semplici",
           "stall": "Che le vendite restino ferme è molto frequente, e spesso bastano alcune leve semplici",
           "cost": "L'aumento del {m} sta colpendo molti e-commerce in questo periodo"},
    "pt-BR": {"flat": "Tráfego estagnado é muito comum, e costuma haver alavancas claras",
              "roi": "Anúncios que custam muito e rendem pouco são muito comuns, e normalmente dá para corrigir",
              "traffic": "Poucas visitas no começo é muito comum e dá para melhorar passo a passo",
              "sales": "Poucas vendas no começo é muito comum, e costuma haver alavancas simples",
              "stall": "Vendas que não decolam são muito comuns, e costuma haver alavancas simples",
              "cost": "O aumento do {m} está afetando muitas lojas agora"},
    "pt": {"flat": "Tráfego estagnado é muito comum, e costuma haver alavancas claras",
           "roi": "Anúncios que custam muito e rendem pouco são muito comuns, e normalmente corrige-se",
           "traffic": "Poucas visitas no início é muito comum e melhora-se passo a passo",
           "sales": "Poucas vendas no início é muito comum, e costuma haver alavancas simples",
           "stall": "Vendas que não descolam são muito comuns, e costuma haver alavancas simples",
           "cost": "O aumento do {m} está a afetar muitas lojas neste momento"},
    "nl": {"flat": "Dat het verkeer stilstaat komt heel vaak voor, en vaak zijn er een paar duidelijke knoppen om aan te draaien",
           "roi": "Advertenties die veel kosten en weinig opleveren komen heel vaak voor, en meestal valt dat te verhelpen",
           "traffic": "Weinig bezoekers in het begin is heel normaal en dat valt stap voor stap te verbeteren",
           "sales": "Weinig verkopen in het begin is heel normaal, en vaak zijn er een paar eenvoudige knoppen om aan te draaien",
           "stall": "Dat de verkoop stagneert komt heel vaak voor, en vaak zijn er een paar eenvoudige knoppen om aan te draaien",
           "cost": "De gestegen {m} raakt op dit moment veel webshops"},
}
# the next step after the problem: (informal, formal), {shop} with its possessive; {what} "where I'd start" / "what I'd try first"
_PROBLEM_NEXT: dict[str, tuple[str, str, tuple[str, str]]] = {
    "en": ("shall we jump on a 15-minute call next week? I'll tell you {what}.",
           "shall we take 15 minutes on the phone next week? I will tell you {what}.",
           ("where I'd start with {shop}", "what I'd try first with {shop}")),
    "fr": ("on s'appelle 15 minutes la semaine prochaine ? Je te dirai {what}.",
           "pouvons-nous nous appeler 15 minutes la semaine prochaine ? Je vous dirai {what}.",
           ("par quoi je commencerais pour {shop}", "ce que j'essaierais en premier pour {shop}")),
    "de": ("Wollen wir nächste Woche 15 Minuten telefonieren? Dann sage ich dir, {what}.",
           "Sollen wir nächste Woche 15 Minuten telefonieren? Dann sage ich Ihnen, {what}.",
           ("wo ich bei {shop} anfangen würde", "was ich bei {shop} zuerst ausprobieren würde")),
    "es": ("¿hablamos 15 minutos por teléfono la semana que viene? Te digo {what}.",
           "¿le parece que hablemos 15 minutos por teléfono la semana que viene? Le digo {what}.",
           ("por dónde empezaría con {shop}", "qué probaría primero con {shop}")),
    "it": ("ci sentiamo 15 minuti al telefono la prossima settimana? Ti dico {what}.",
           "Le va di sentirci 15 minuti al telefono la prossima settimana? Le dico {what}.",
           ("da dove partirei con {shop}", "cosa proverei per primo con {shop}")),
    "pt-BR": ("que tal 15 minutos por telefone na semana que vem? Te digo {what}.",
              "que tal uma conversa de 15 minutos por telefone na semana que vem? Digo {what}.",
              ("por onde eu começaria com {shop}", "o que eu testaria primeiro com {shop}")),
    "pt": ("falamos 15 minutos por telefone na próxima semana? Digo-te {what}.",
           "podemos falar 15 minutos por telefone na próxima semana? Digo-lhe {what}.",
           ("por onde começaria com {shop}", "o que testaria primeiro com {shop}")),
    "nl": ("zullen we volgende week 15 minuten bellen? Dan vertel ik je {what}.",
           "zullen we volgende week 15 minuten bellen? Dan vertel ik u {what}.",
           ("waar ik zou beginnen met {shop}", "wat ik als eerste zou proberen met {shop}")),
}
#: A result the sender tells is congratulated; the reply has thanked them already (for connecting), so never a second "thanks".
_RESULT_LINE = {
    "en": {"story": ("Ha, that story still makes me laugh too! Glad it stuck with you.",
           "I'm glad that story stayed with you; it still makes me smile too."),
           "campaign": ('Congratulations on launching your first campaign! Keep me posted on the results.',
                       'Congratulations on launching your first campaign; do keep me posted on the results.'),
           "gain": ("What a result, congratulations! So glad you told me.", "Congratulations on the result; I'm glad you let me know."),
           "worked": ("So glad the tip is already working for you! Keep me posted on how it goes.",
                      "I'm delighted to hear the tip is already working for you; do keep me posted."),
           "applied": ("Great that you've already put it into practice: keep me posted on the results!",
                       "It's great that you've already put it into practice; do keep me posted on the results.")},
    "fr": {"story": ("Ravie que cette histoire t'ait fait rire, elle me fait encore sourire aussi !",
           "Ravie que cette histoire vous ait plu, elle me fait encore sourire aussi."),
           "campaign": ('Bravo pour ta première campagne lancée ! Tiens-moi au courant des résultats.',
                       'Bravo pour votre première campagne lancée ! Tenez-moi au courant des résultats.'),
           "gain": ("Bravo pour ce résultat, quelle belle nouvelle !", "Bravo pour ce résultat, c'est une très belle nouvelle."),
           "worked": ("Trop bien que le conseil marche déjà ! Tiens-moi au courant de la suite.",
                      "Quel plaisir de savoir que le conseil porte déjà ses fruits ! Tenez-moi au courant de la suite."),
           "applied": ("Bravo d'avoir déjà mis ça en pratique ! Tiens-moi au courant des résultats.",
                       "Bravo d'avoir déjà mis cela en pratique ; tenez-moi au courant des résultats.")},
    "de": {"story": ("Haha, schön, dass dir die Geschichte in Erinnerung geblieben ist – ich muss selbst noch darüber schmunzeln!",
           "Schön, dass Ihnen die Geschichte in Erinnerung geblieben ist – ich muss selbst noch darüber schmunzeln."),
           "campaign": ('Glückwunsch zur ersten eigenen Kampagne! Halt mich gern auf dem Laufenden, was sie bringt.',
                       'Herzlichen Glückwunsch zur ersten eigenen Kampagne! Halten Sie mich gern auf dem Laufenden, was sie bringt.'),
           "gain": ("Glückwunsch zu dem Ergebnis – toll, dass du es mir erzählst!", "Herzlichen Glückwunsch zu diesem Ergebnis – danke, dass Sie es mir mitteilen."),
           "worked": ("Toll, dass der Tipp schon funktioniert hat! Halt mich gern auf dem Laufenden.",
                      "Freut mich, dass der Tipp schon funktioniert hat! Halten Sie mich gern auf dem Laufenden."),
           # "ins Umsetzen gekommen", "was dabei herauskommt": one tip or several, never an "es" with nothing before it
           "applied": ("Toll, dass du schon ins Umsetzen gekommen bist! Halt mich gern auf dem Laufenden, was dabei herauskommt.",
                       "Es freut mich sehr, dass Sie schon ins Umsetzen gekommen sind. Halten Sie mich gern auf dem Laufenden, was dabei herauskommt.")},
    "es": {"story": ("¡Jaja, me alegra que te acuerdes de esa historia, a mí todavía me hace sonreír!",
           "Me alegra que se acuerde de esa historia; a mí todavía me hace sonreír."),
           "campaign": ('¡Enhorabuena por tu primera campaña! Ya me contarás qué resultados te da.',
                       '¡Enhorabuena por su primera campaña! Ya me contará qué resultados le da.'),
           "gain": ("¡Enhorabuena por ese resultado, qué alegría que me lo cuentes!", "¡Enhorabuena por ese resultado, qué alegría que me lo cuente!"),
           "worked": ("¡Qué bien que el consejo ya te esté funcionando! Ya me contarás cómo sigue.",
                      "¡Qué bien que el consejo ya le esté funcionando! Ya me contará cómo sigue."),
           "applied": ("¡Qué bien que ya lo hayas puesto en práctica! Ya me contarás qué resultados te da.",
                       "¡Qué bien que ya lo haya puesto en práctica! Ya me contará qué resultados le da.")},
    "it": {"story": ("Ahah, mi fa piacere che ti ricordi quella storia, fa ancora sorridere anche me!",
           "Mi fa piacere che si ricordi quella storia: fa ancora sorridere anche me."),
           "campaign": ('Complimenti per la tua prima campagna! Fammi sapere che risultati ottieni.',
                       'Complimenti per la Sua prima campagna! Mi faccia sapere che risultati ottiene.'),
           "gain": ("Complimenti per il risultato, che soddisfazione!", "Complimenti per il risultato: davvero un'ottima notizia."),
           "worked": ("Che bello che il consiglio stia già funzionando! Fammi sapere come va.",
                      "Mi fa piacere che il consiglio stia già funzionando! Mi faccia sapere come va."),
           "applied": ("Che bello che tu abbia già messo in pratica i miei consigli! Fammi sapere che risultati ottieni.",
                       "Mi fa piacere che abbia già messo in pratica i miei consigli! Mi faccia sapere che risultati ottiene.")},
    "pt-BR": {"story": ("Haha, que bom que você lembrou dessa história, ela ainda me faz sorrir!",
              "Que bom que essa história ficou na memória; ela ainda me faz sorrir."),
              "campaign": ('Parabéns pela sua primeira campanha! Me conta os resultados.',
                          'Parabéns pela sua primeira campanha! Depois me conte os resultados.'),
              "gain": ("Parabéns pelo resultado, que notícia boa!", "Parabéns pelo resultado, que ótima notícia!"),
              "worked": ("Que bom saber que a dica já está funcionando! Me conta como vai.",
                         "Que bom saber que a dica já está dando resultado! Depois me conte como vai."),
              "applied": ("Que bom que você já colocou isso em prática! Me conta os resultados.",
                          "Que bom que você já colocou isso em prática! Depois me conte os resultados.")},
    "pt": {"story": ("Ahah, ainda bem que te lembras dessa história, ainda me faz sorrir!",
           "Ainda bem que essa história lhe ficou na memória; ainda me faz sorrir."),
           "campaign": ('Parabéns pela tua primeira campanha! Depois conta-me os resultados.',
                       'Parabéns pela sua primeira campanha! Depois conte-me os resultados.'),
           "gain": ("Parabéns pelo resultado, que excelente notícia!", "Parabéns pelo resultado, é uma excelente notícia!"),
           "worked": ("Que bom saber que a dica já está a funcionar! Depois conta-me como corre.",
                      "Que bom saber que a dica já está a dar resultado! Depois conte-me como corre."),
           "applied": ("Que bom que já puseste isso em prática! Depois conta-me os resultados.",
                       "Que bom que já pôs isso em prática! Depois conte-me os resultados.")},
    "nl": {"story": ("Haha, leuk dat dat verhaal je is bijgebleven, ik moet er zelf nog om lachen!",
           "Leuk dat dat verhaal u is bijgebleven; ik moet er zelf nog om glimlachen."),
           "campaign": ('Gefeliciteerd met je eerste campagne! Laat me weten wat het oplevert.',
                       'Gefeliciteerd met uw eerste campagne! Laat u me weten wat het oplevert?'),
           "gain": ("Gefeliciteerd met dat mooie resultaat, wat fijn om te horen!", "Gefeliciteerd met dat resultaat! Fijn dat u het me laat weten."),
           "worked": ("Leuk om te horen dat de tip al werkt! Houd me op de hoogte.",
                      "Fijn om te horen dat de tip al werkt! Houdt u me op de hoogte?"),
           "applied": ("Top dat je het meteen hebt toegepast! Laat me weten wat het oplevert.",
                       "Fijn dat u het meteen hebt toegepast! Laat u me weten wat het oplevert?")},
}
#: A gain written with its plus sign and its measure, as the note writes it: "Umsatz +20%", "+30% de trafic", "ventas +25 %".
_MEASURE_NOUN = (r"(?:sales|revenue|traffic|orders|bookings|leads|umsatz|traffic|bestellungen|buchungen|anfragen|ventes|trafic|commandes|chiffre d'affaires"
                 r"|ventas|tr[áa]fico|pedidos|reservas|facturaci[óo]n|vendite|fatturato|ordini|prenotazioni|vendas|faturamento|encomendas|omzet|verkopen|bestellingen|boekingen)")
_GAIN_FIGURE = cre.compile(r"(?i)(?:\b" + _MEASURE_NOUN + r"\s?)?(?<![\w+])\+ ?\d+(?:[.,]\d+)? ?%(?:\s(?:de |d'|in |en |di |em |of |an |aan )?"
                           + _MEASURE_NOUN + r"\b)?")
#: The same congratulations with the gain named (informal, formal).
_GAIN_NAMED = {
    "en": ("{fig}: what a result, congratulations! So glad you told me.", "{fig}: congratulations on the result; I'm glad you let me know."),
    "fr": ("{fig} : bravo pour ce résultat, quelle belle nouvelle !", "{fig} : bravo pour ce résultat, c'est une très belle nouvelle."),
    "de": ("{fig} – herzlichen Glückwunsch zu diesem Ergebnis!", "{fig} – herzlichen Glückwunsch zu diesem Ergebnis!"),
    "es": ("{fig}: ¡enhorabuena por ese resultado, qué alegría que me lo cuentes!", "{fig}: ¡enhorabuena por ese resultado, qué alegría que me lo cuente!"),
    "it": ("{fig}: complimenti per il risultato, che soddisfazione!", "{fig}: complimenti per il risultato, davvero un'ottima notizia."),
    "pt-BR": ("{fig}: parabéns pelo resultado, que notícia boa!", "{fig}: parabéns pelo resultado, que ótima notícia!"),
    "pt": ("{fig}: parabéns pelo resultado, que excelente notícia!", "{fig}: parabéns pelo resultado, é uma excelente notícia!"),
    "nl": ("{fig}: gefeliciteerd met dat mooie resultaat, wat fijn om te horen!", "{fig}: gefeliciteerd met dat resultaat! Fijn dat u het me laat weten."),
}
#: What doubled, as the note says it (folded): "unsere Leads haben sich verdoppelt", "doubled our leads", "on a doublé nos
#: ventes", "duplicamos las ventas", "i lead sono raddoppiati", "os leads duplicaram", "onze omzet is verdubbeld".
_DOUBLE_VERB = r"(?:verdoppel\w*|doubled|doubl\w*|double|duplica\w*|dobr(?:ou|aram|amos|ado|ados|ar|ei)|raddoppia\w*|verdubbel\w*)"
_DOUBLED_NOUN = (r"(leads?|anfragen|contatti|demandes|contactos|aanvragen|umsatz\w*|sales|revenue|ventes|chiffre d'affaires|ventas|vendite"
                 r"|fatturato|vendas|faturamento|omzet|verkopen|verkaufe|traffic|trafic|trafico|traffico|trafego|verkeer|bezoekers"
                 # "j'ai doublé mes abonnés", "my followers doubled", "meine Follower haben sich verdoppelt": her audience grew
                 r"|followers?|abonnes|abonnees|seguidores|seguaci|volgers)")
_DOUBLED = cre.compile(r"\b" + _DOUBLED_NOUN + r"\b(?: \w+){0,3}? " + _DOUBLE_VERB + r"\b|\b" + _DOUBLE_VERB + r"(?: [\w']+){0,2}? " + _DOUBLED_NOUN + r"\b")
_DOUBLED_KIND = {"sales": ("umsatz", "sales", "revenue", "ventes", "chiffre", "ventas", "vendite", "fatturato", "vendas", "faturamento", "omzet", "verkopen", "verkaufe"),
                 "traffic": ("traffic", "trafic", "trafico", "traffico", "trafego", "verkeer", "bezoekers"),
                 "followers": ("follower", "abonne", "seguidores", "seguaci", "volgers")}
#: The doubled measure named, as the opening of _GAIN_NAMED: never a vague "congratulations on the result".
_DOUBLED_NAMED = {
    "en": {"leads": "Twice as many leads", "sales": "Sales doubled", "traffic": "Traffic doubled", "followers": "Twice as many followers"},
    "fr": {"leads": "Deux fois plus de leads", "sales": "Des ventes multipliées par deux", "traffic": "Un trafic multiplié par deux", "followers": "Deux fois plus d'abonnés"},
    "de": {"leads": "Doppelt so viele Leads", "sales": "Doppelter Umsatz", "traffic": "Doppelt so viel Traffic", "followers": "Doppelt so viele Follower"},
    "es": {"leads": "El doble de leads", "sales": "El doble de ventas", "traffic": "El doble de tráfico", "followers": "El doble de seguidores"},
    "it": {"leads": "Il doppio dei lead", "sales": "Il doppio delle vendite", "traffic": "Il doppio del traffico", "followers": "Il doppio dei follower"},
    "pt-BR": {"leads": "O dobro de leads", "sales": "O dobro de vendas", "traffic": "O dobro de tráfego", "followers": "O dobro de seguidores"},
    "pt": {"leads": "O dobro de leads", "sales": "O dobro de vendas", "traffic": "O dobro de tráfego", "followers": "O dobro de seguidores"},
    "nl": {"leads": "Twee keer zoveel leads", "sales": "Een verdubbelde omzet", "traffic": "Twee keer zoveel verkeer", "followers": "Twee keer zoveel volgers"},
}


def doubled_measure(folded: str) -> str:
    """What the (folded) note says doubled: "leads", "sales", "traffic", or "".

    >>> doubled_measure("seitdem haben sich unsere leads verdoppelt!"), doubled_measure("on a double nos ventes"), doubled_measure("merci !")
    ('leads', 'sales', '')
    """
    m = _DOUBLED.search(folded)
    if not m:
        return ""
    noun = m.group(1) or m.group(2) or ""
    return next((k for k, words in _DOUBLED_KIND.items() if noun.startswith(words)), "leads")


_EXPAND_LINE = {
    "en": ("Happy to talk about your plans for {c}: what works for you next week for a 20-minute call?",
           "I'd be glad to talk about your plans for {c}: when would suit you next week for a 20-minute call?"),
    "fr": ("Parlons volontiers de tes projets {c} : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Volontiers pour échanger sur vos projets {c} : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Über deine Pläne für {c} spreche ich gern: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Über Ihre Pläne für {c} spreche ich gern: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto hablamos de tus planes para {c}: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto hablamos de sus planes para {c}: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Parliamo volentieri dei tuoi progetti in {c}: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Parliamo volentieri dei Suoi progetti in {c}: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Vamos conversar sobre seus planos para {c}: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Vamos conversar sobre seus planos para {c}: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Falamos com todo o gosto sobre os teus planos para {c}: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Falamos com todo o gosto sobre os seus planos para {c}: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik praat graag met je over je plannen voor {c}: wanneer past een belletje van 20 minuten volgende week?",
           "Ik praat graag met u over uw plannen voor {c}: wanneer komt een gesprek van 20 minuten u volgende week uit?"),
}
_SHOP_HELPED = {
    "en": ("All the best with {shop}, and keep me posted!", "All the best with {shop}, and do keep me posted."),
    "fr": ("Plein de succès pour {shop} ! Tiens-moi au courant.", "Plein de succès pour {shop} ! Tenez-moi au courant."),
    "de": ("Viel Erfolg weiterhin mit {shop}! Halt mich gern auf dem Laufenden.", "Viel Erfolg weiterhin mit {shop}! Halten Sie mich gern auf dem Laufenden."),
    "es": ("¡Mucho éxito con {shop}! Ya me contarás cómo va.", "¡Mucho éxito con {shop}! Ya me contará cómo va."),
    "it": ("In bocca al lupo per {shop}! Fammi sapere come va.", "In bocca al lupo per {shop}! Mi faccia sapere come va."),
    "pt-BR": ("Muito sucesso com {shop}! Me conta como vai.", "Muito sucesso com {shop}! Depois me conte como vai."),
    "pt": ("Muito sucesso com {shop}! Depois conta-me como corre.", "Muito sucesso com {shop}! Depois conte-me como corre."),
    "nl": ("Veel succes met {shop}! Houd me op de hoogte.", "Veel succes met {shop}! Houdt u me op de hoogte?"),
}
_SHOP_USEFUL = {
    "en": ("Glad it was useful for {shop}: keep me posted on how it goes!", "I'm glad it was useful for {shop}; do keep me posted."),
    "fr": ("Tant mieux si ça t'a servi pour {shop} ! Tiens-moi au courant.", "Tant mieux si cela vous a servi pour {shop} ! Tenez-moi au courant."),
    "de": ("Schön, dass es dir bei {shop} geholfen hat! Halt mich gern auf dem Laufenden.", "Schön, dass es Ihnen bei {shop} geholfen hat! Halten Sie mich gern auf dem Laufenden."),
    "es": ("¡Me alegra que te haya servido para {shop}! Ya me contarás cómo va.", "¡Me alegra que le haya servido para {shop}! Ya me contará cómo va."),
    "it": ("Che bello sapere che ti ha dato una mano per {shop}! Fammi sapere come va.", "Che bello sapere che Le ha dato una mano per {shop}! Mi faccia sapere come va."),
    "pt-BR": ("Que bom que foi útil para {shop}! Me conta como vai.", "Que bom que foi útil para {shop}! Depois me conte como vai."),
    "pt": ("Que bom que foi útil para {shop}! Depois conta-me como corre.", "Que bom que foi útil para {shop}! Depois conte-me como corre."),
    "nl": ("Leuk dat het je geholpen heeft met {shop}! Houd me op de hoogte.", "Fijn dat het u geholpen heeft met {shop}! Houdt u me op de hoogte?"),
}
_SHOP_HOW = {
    "en": ("How is {shop} doing these days?", "How is {shop} doing at the moment?"),
    "fr": ("Comment va {shop} en ce moment ?", "Comment se porte {shop} en ce moment ?"),
    "de": ("Wie läuft es gerade mit {shop}?", "Wie läuft es gerade mit {shop}?"),
    "es": ("¿Qué tal va {shop}?", "¿Qué tal va {shop}?"),
    "it": ("Come sta andando {shop}?", "Come sta andando {shop}?"),
    "pt-BR": ("Como está indo {shop}?", "Como está indo {shop}?"),
    "pt": ("Como está a correr {shop}?", "Como está a correr {shop}?"),
    "nl": ("Hoe gaat het met {shop}?", "Hoe gaat het met {shop}?"),
}
_NOW_LINE = {
    "en": ("Great to hear you're freelancing now! Shall we grab a coffee one of these days?",
           "Good to hear you are freelancing now. It would be a pleasure to have a coffee one of these days."),
    "fr": ("Bonne nouvelle, ce passage en freelance ! On se fait un café un de ces jours ?",
           "Belle nouvelle, ce passage en freelance ! Ce serait un plaisir de prendre un café un de ces jours."),
    "de": ("Toll zu hören, dass du jetzt selbstständig bist! Wollen wir demnächst mal einen Kaffee trinken?",
           "Freut mich zu hören, dass Sie jetzt selbstständig sind! Wollen wir demnächst einen Kaffee trinken?"),
    "es": ("¡Qué bien que ahora seas freelance! ¿Nos tomamos un café un día de estos?",
           "¡Qué bien que ahora sea freelance! ¿Le apetece tomar un café un día de estos?"),
    "it": ("Che bello che ora tu sia freelance! Ci prendiamo un caffè uno di questi giorni?",
           "Che bello che ora sia freelance! Le andrebbe un caffè uno di questi giorni?"),
    "pt-BR": ("Legal saber que agora você também é freelancer! Vamos tomar um café um dia desses?",
              "Bom saber que agora você é freelancer! Vamos tomar um café um dia desses?"),
    "pt": ("Ótimo saber que agora és freelancer! Tomamos um café um dia destes?",
           "Ótimo saber que agora é freelancer! Podemos tomar um café um dia destes?"),
    "nl": ("Leuk dat je nu zelfstandig bent! Zullen we binnenkort een koffie drinken?",
           "Fijn dat u nu zelfstandig bent! Zullen we binnenkort een kop koffie drinken?"),
}
#: The same for a sender who lives far away (another country, another city): a call, and the coffee if they come by.
_NOW_FAR = {
    "en": ("Great to hear you're freelancing now! Shall we have a video call one of these days? And if you're ever passing through, coffee's on me.",
           "Good to hear you are freelancing now. I would be glad to have a video call one of these days, and a coffee if you are ever passing through."),
    "fr": ("Bonne nouvelle, ce passage en freelance ! On s'appelle en visio un de ces jours ? Et si tu passes par ici, le café est pour moi.",
           "Belle nouvelle, ce passage en freelance ! Ce serait un plaisir d'échanger en visio un de ces jours, et autour d'un café si vous passez par ici."),
    "de": ("Toll zu hören, dass du jetzt selbstständig bist! Wollen wir demnächst mal per Video telefonieren? Und wenn du mal in der Gegend bist, geht der Kaffee auf mich.",
           "Freut mich zu hören, dass Sie jetzt selbstständig sind! Gern telefonieren wir demnächst einmal per Video, und wenn Sie in der Gegend sind, trinken wir einen Kaffee."),
    "es": ("¡Qué bien que ahora seas freelance! ¿Hacemos una videollamada un día de estos? Y si algún día pasas por aquí, el café corre de mi cuenta.",
           "¡Qué bien que ahora sea freelance! ¿Le parece que hagamos una videollamada un día de estos? Y si algún día pasa por aquí, con gusto tomamos un café."),
    "it": ("Che bello che ora tu sia freelance! Ci sentiamo in videochiamata uno di questi giorni? E se passi da queste parti, il caffè lo offro io.",
           "Che bello che ora sia freelance! Le andrebbe una videochiamata uno di questi giorni? E se passa da queste parti, volentieri un caffè."),
    "pt-BR": ("Legal saber que agora você também é freelancer! Vamos marcar uma videochamada um dia desses? E se passar por aqui, o café é por minha conta.",
              "Bom saber que agora você é freelancer! Podemos marcar uma videochamada um dia desses? E se passar por aqui, tomamos um café."),
    "pt": ("Ótimo saber que agora és freelancer! Fazemos uma videochamada um dia destes? E se passares por cá, o café é por minha conta.",
           "Ótimo saber que agora é freelancer! Podemos fazer uma videochamada um dia destes? E se passar por cá, tomamos um café."),
    "nl": ("Leuk dat je nu zelfstandig bent! Zullen we binnenkort eens videobellen? En als je ooit in de buurt bent, trakteer ik op koffie.",
           "Fijn dat u nu zelfstandig bent! Zullen we binnenkort eens videobellen? En als u ooit in de buurt bent, drinken we graag een kop koffie."),
}
_MOVE_LINE = {
    "en": ("Good luck with your move to {x}!", "Good luck with your move to {x}!"),
    "fr": ("Bonne installation à {x} !", "Bonne installation à {x} !"),
    "de": ("Viel Erfolg beim Umzug nach {x}!", "Viel Erfolg beim Umzug nach {x}!"),
    "es": ("¡Mucha suerte con la mudanza a {x}!", "¡Mucha suerte con la mudanza a {x}!"),
    "it": ("In bocca al lupo per il trasferimento a {x}!", "In bocca al lupo per il trasferimento a {x}!"),
    "pt-BR": ("Boa sorte com a mudança para {x}!", "Boa sorte com a mudança para {x}!"),
    "pt": ("Boa sorte com a mudança para {x}!", "Boa sorte com a mudança para {x}!"),
    "nl": ("Alvast een fijne verhuizing naar {x}!", "Alvast een goede verhuizing naar {x} gewenst!"),  # "Succes" is the closing's
}
#: The same for a move already made: a wish to settle in well.
_MOVED_LINE = {
    "en": ("I hope you're settling in well in {x}!", "I hope you are settling in well in {x}!"),
    "fr": ("J'espère que ton installation à {x} se passe bien !", "J'espère que votre installation à {x} se passe bien !"),
    "de": ("Ich hoffe, du hast dich in {x} gut eingelebt!", "Ich hoffe, Sie haben sich in {x} gut eingelebt!"),
    "es": ("¡Espero que te estés adaptando bien a {x}!", "¡Espero que se esté adaptando bien a {x}!"),
    "it": ("Spero che ti stia ambientando bene a {x}!", "Spero che si stia ambientando bene a {x}!"),
    "pt-BR": ("Espero que esteja se adaptando bem a {x}!", "Espero que esteja se adaptando bem a {x}!"),
    "pt": ("Espero que estejas a adaptar-te bem a {x}!", "Espero que se esteja a adaptar bem a {x}!"),
    "nl": ("Ik hoop dat je je al thuis voelt in {x}!", "Ik hoop dat u zich al thuis voelt in {x}!"),
}
#: "a" + the country's article, joined: "à França", "ao Canadá".
_A_ARTICLE = {"a": "à", "o": "ao"}
#: A move to a country, where Brazilian Portuguese wants its article ("vou me mudar pra França" → "a mudança para a França"),
#: never "para França": the move line's preposition, then country → its phrase.
_MOVE_COUNTRY: dict[str, tuple[str, dict[str, str]]] = {
    "pt-BR": ("para", {"França": "para a França", "Espanha": "para a Espanha", "Itália": "para a Itália", "Alemanha": "para a Alemanha",
                       "Bélgica": "para a Bélgica", "Suíça": "para a Suíça", "Holanda": "para a Holanda", "Irlanda": "para a Irlanda",
                       "Inglaterra": "para a Inglaterra", "Canadá": "para o Canadá"}),
}
# (informal, formal); {ch} the channel the note names, or social media in general
_LOST_LINE = {
    "en": ("Not knowing where to start with {ch} is very common! If it helps, I'm happy to tell you what I'd do first: here in a message or in a quick 15-minute call.",
           "Not knowing where to start with {ch} is very common. If it would help, I would be glad to tell you what I would do first: here in writing or in a 15-minute call."),
    "fr": ("C'est très courant de ne pas savoir par où commencer avec {ch} ! Si ça peut t'aider, je te dis volontiers ce que je ferais en premier : ici par écrit ou lors d'un appel de 15 minutes.",
           "C'est très courant de ne pas savoir par où commencer avec {ch}. Si cela peut vous aider, je vous dirai volontiers ce que je ferais en premier : ici par écrit ou lors d'un appel de 15 minutes."),
    "de": ("Am Anfang nicht zu wissen, wo man bei {ch} ansetzen soll, ist ganz normal! Wenn es dir hilft, sage ich dir gern, womit ich anfangen würde: hier schriftlich oder in einem kurzen Telefonat von 15 Minuten.",
           "Am Anfang nicht zu wissen, wo man bei {ch} ansetzen soll, ist ganz normal. Wenn es Ihnen hilft, sage ich Ihnen gern, womit ich anfangen würde: hier schriftlich oder in einem kurzen Telefonat von 15 Minuten."),
    "es": ("Es muy normal no saber por dónde empezar con {ch}. Si te sirve, te cuento qué haría yo primero: por aquí o en una llamada de 15 minutos.",
           "Es muy normal no saber por dónde empezar con {ch}. Si le sirve, le cuento qué haría yo primero: por aquí o en una llamada de 15 minutos."),
    "it": ("È normalissimo non sapere da dove partire con {ch}! Se ti può servire, ti dico volentieri cosa farei io per prima cosa: qui per iscritto o in una chiamata di 15 minuti.",
           "È normalissimo non sapere da dove partire con {ch}. Se Le può servire, Le dico volentieri cosa farei io per prima cosa: qui per iscritto o in una chiamata di 15 minuti."),
    "pt-BR": ("É muito comum não saber por onde começar com {ch}! Se ajudar, te conto com prazer o que eu faria primeiro: por aqui ou numa conversa de 15 minutos.",
              "É muito comum não saber por onde começar com {ch}. Se ajudar, conto com prazer o que eu faria primeiro: por escrito aqui ou numa conversa de 15 minutos."),
    "pt": ("É muito comum não saber por onde começar com {ch}! Se ajudar, digo-te com gosto o que faria primeiro: aqui por escrito ou numa chamada de 15 minutos.",
           "É muito comum não saber por onde começar com {ch}. Se ajudar, digo-lhe com gosto o que faria primeiro: aqui por escrito ou numa chamada de 15 minutos."),
    "nl": ("Heel normaal om niet te weten waar je moet beginnen met {ch}! Als je wilt, vertel ik je graag wat ik als eerste zou aanpakken: hier op schrift of in een belletje van 15 minuten.",
           "Heel normaal om in het begin niet te weten waar te beginnen met {ch}. Als u wilt, vertel ik u graag wat ik als eerste zou aanpakken: hier op schrift of in een gesprek van 15 minuten."),
}
_SOCIAL = {"en": "social media", "fr": "les réseaux sociaux", "de": "Social Media", "es": "las redes sociales", "it": "i social",
           "pt-BR": "as redes sociais", "pt": "as redes sociais", "nl": "social media"}
_SEO_NAME = {"en": "SEO", "fr": "le SEO", "de": "SEO", "es": "el SEO", "it": "la SEO", "pt-BR": "o SEO", "pt": "o SEO", "nl": "SEO"}
_MARKETING_NAME = {"en": "marketing", "fr": "le marketing", "de": "Marketing", "es": "el marketing", "it": "il marketing", "pt-BR": "o marketing",
                   "pt": "o marketing", "nl": "marketing"}
_CHANNEL_NAME = {"instagram": "Instagram", "tiktok": "TikTok", "facebook": "Facebook", "pinterest": "Pinterest", "linkedin": "LinkedIn"}
# a shop not open yet: a wish for the launch, {shop} with its possessive in the case the sentence needs
_SHOP_SOON = {
    "en": ("Good luck with the launch of {shop}!", "All the best with the launch of {shop}!"),
    "fr": ("Plein de succès pour le lancement de {shop} !", "Plein de succès pour le lancement de {shop} !"),
    "de": ("Alles Gute für den Start mit {shop}!", "Alles Gute für den Start mit {shop}!"),
    "es": ("¡Mucha suerte con el lanzamiento de {shop}!", "¡Mucha suerte con el lanzamiento de {shop}!"),
    "it": ("In bocca al lupo per il lancio {shop}!", "In bocca al lupo per il lancio {shop}!"),
    "pt-BR": ("Muito sucesso com o lançamento {shop}!", "Muito sucesso com o lançamento {shop}!"),
    "pt": ("Muito sucesso com o lançamento {shop}!", "Muito sucesso com o lançamento {shop}!"),
    "nl": ("Veel succes met de lancering van {shop}!", "Veel succes met de lancering van {shop}!"),
}
_SOON_NEXT = {
    "en": ("Keep me posted!", "Do keep me posted."), "fr": ("Tiens-moi au courant !", "Tenez-moi au courant."),
    "de": ("Halt mich gern auf dem Laufenden.", "Halten Sie mich gern auf dem Laufenden."),
    "es": ("Ya me contarás cómo va.", "Ya me contará cómo va."), "it": ("Fammi sapere come va.", "Mi faccia sapere come va."),
    "pt-BR": ("Me conta como vai.", "Depois me conte como vai."), "pt": ("Depois conta-me como corre.", "Depois conte-me como corre."),
    "nl": ("Houd me op de hoogte.", "Houdt u me op de hoogte?"),
}
# a shop about to launch whose owner seeks support for the launch ("zoek begeleiding bij de online lancering", "looking for help
# with the launch"): how she can help looked at in a call, never only good luck
_LAUNCH_HELP = (r"\b(?:begeleiding|hulp|ondersteuning|help|support|guidance|accompagnement|aide|ayuda|acompanamiento|apoyo|aiuto|supporto"
                r"|accompagnamento|ajuda|apoio|acompanhamento|unterstutzung|begleitung|hilfe)"
                r" (?:bij|with|for|on|pour|sur|dans|con|para|en|per|nel|nella|com|no|na|beim|bei|fur) (?:\w+ ){0,3}?"
                r"(?:lancering|launch(?:ing)?|lancement|lanzamiento|lancio|lancamento|start|launch)\b")
_LAUNCH_HELP_LINE = {
    "en": ("Happy to see how I can help with the launch: what works for you next week for a 20-minute call?",
           "I would be glad to see how I can help with the launch: when would suit you next week for a 20-minute call?"),
    "fr": ("Voyons volontiers comment je peux t'aider pour le lancement : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Voyons volontiers comment je peux vous aider pour le lancement : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Gern schauen wir, wie ich dich beim Start unterstützen kann: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Gern schauen wir gemeinsam, wie ich Sie beim Start unterstützen kann: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto vemos cómo puedo ayudarte con el lanzamiento: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto vemos cómo puedo ayudarle con el lanzamiento: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Vediamo volentieri come posso aiutarti con il lancio: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Vediamo volentieri come posso aiutarLa con il lancio: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Vamos ver com calma como posso te ajudar no lançamento: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Vamos ver com calma como posso ajudar no lançamento: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Vemos com todo o gosto como te posso ajudar no lançamento: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Vemos com todo o gosto como posso ajudar no lançamento: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik kijk graag met je hoe ik je bij de lancering kan helpen: wanneer past een belletje van 20 minuten volgende week?",
           "Ik bekijk graag met u hoe ik u bij de lancering kan helpen: welke momenten komen u volgende week uit voor een gesprek van 20 minuten?"),
}
# the note wishes to talk: the call proposed, never "how is the shop going?"
_TALK_LINE = {
    "en": ("Happy to have a chat: what works for you next week for a 20-minute call?", "I'd be glad to talk: when would suit you next week for a 20-minute call?"),
    "fr": ("Échangeons volontiers : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Volontiers pour échanger : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Gern tauschen wir uns aus: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Gern tauschen wir uns aus: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto lo hablamos: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto lo hablamos: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Sentiamoci volentieri: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Ci sentiamo volentieri: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Vamos conversar, sim: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Vamos conversar, sim: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Falamos com todo o gosto: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Falamos com todo o gosto: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik praat graag even met je: wanneer past een belletje van 20 minuten volgende week?",
           "Ik spreek u graag: welke momenten komen u volgende week uit voor een gesprek van 20 minuten?"),
}
# the note wishes to talk SEO for the shop: {shop} named, the call proposed
_TALK_SEO_LINE = {
    "en": ("Happy to talk SEO for {shop}: what works for you next week for a 20-minute call?",
           "I'd be glad to talk about SEO for {shop}: when would suit you next week for a 20-minute call?"),
    "fr": ("Parlons volontiers du SEO de {shop} : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Parlons volontiers du SEO de {shop} : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Gern sprechen wir über SEO für {shop}: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Gern sprechen wir über SEO für {shop}: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto hablamos del SEO de {shop}: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto hablamos del SEO de {shop}: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Parliamo volentieri della SEO per {shop}: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Parliamo volentieri della SEO per {shop}: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Vamos conversar sobre o SEO para {shop}, sim: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Vamos conversar sobre o SEO para {shop}, sim: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Falamos com todo o gosto sobre o SEO para {shop}: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Falamos com todo o gosto sobre o SEO para {shop}: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik praat graag met je over SEO voor {shop}: wanneer past een belletje van 20 minuten volgende week?",
           "Ik praat graag met u over SEO voor {shop}: welke momenten komen u volgende week uit voor een gesprek van 20 minuten?"),
}
# the note has questions or asks advice on a topic: {t} the topic with the note's own preposition ("zu Social Ads")
_ABOUT_LINE = {
    "en": ("Happy to answer your questions {t}: what works for you next week for a 20-minute call?",
           "I'd be glad to answer your questions {t}: when would suit you next week for a 20-minute call?"),
    "fr": ("Je réponds volontiers à tes questions {t} : quels créneaux t'arrangent la semaine prochaine pour un appel de 20 minutes ?",
           "Je réponds volontiers à vos questions {t} : quels créneaux vous conviendraient la semaine prochaine pour un appel de 20 minutes ?"),
    "de": ("Deine Fragen {t} beantworte ich gern: Welche Termine passen dir nächste Woche für ein 20-minütiges Telefonat?",
           "Ihre Fragen {t} beantworte ich gern: Welche Termine passen Ihnen nächste Woche für ein 20-minütiges Telefonat?"),
    "es": ("Con gusto respondo a tus preguntas {t}: ¿qué horarios te vienen bien la semana que viene para una llamada de 20 minutos?",
           "Con gusto respondo a sus preguntas {t}: ¿qué horarios le vienen bien la semana que viene para una llamada de 20 minutos?"),
    "it": ("Rispondo volentieri alle tue domande {t}: quali orari ti vanno bene la prossima settimana per una call di 20 minuti?",
           "Rispondo volentieri alle Sue domande {t}: quali orari Le vanno bene la prossima settimana per una call di 20 minuti?"),
    "pt-BR": ("Respondo com prazer às suas dúvidas {t}: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?",
              "Respondo com prazer às suas dúvidas {t}: que horários ficam bons para você na semana que vem para uma conversa de 20 minutos?"),
    "pt": ("Respondo com todo o gosto às tuas dúvidas {t}: que horários te dão jeito na próxima semana para uma chamada de 20 minutos?",
           "Respondo com todo o gosto às suas dúvidas {t}: que horários lhe dão jeito na próxima semana para uma chamada de 20 minutos?"),
    "nl": ("Ik beantwoord graag je vragen {t}: wanneer past een belletje van 20 minuten volgende week?",
           "Ik beantwoord graag uw vragen {t}: welke momenten komen u volgende week uit voor een gesprek van 20 minuten?"),
}
_DEFAULT_SHOP = {"en": "shop", "fr": "boutique", "de": "Shop", "es": "tienda", "it": "negozio", "pt-BR": "loja", "pt": "loja", "nl": "webshop"}


def _key(lang: str, variant: str) -> str:
    return "pt-BR" if lang == "pt" and variant == "pt-BR" else lang


def shop_phrase(s: Situation, lang: str, *, informal: bool, variant: str = "") -> str:
    """The sender's shop with its possessive, as a draft names it: "deinem Onlineshop für handgemachte Keramik",
    "ta boutique en ligne", "il tuo negozio di pasta fresca online", "a sua loja"."""
    key = _key(lang, variant)
    shop = s.shop or _DEFAULT_SHOP[key]
    # "negozio di abbigliamento vintage a" (the place cut off): a preposition left hanging at the end is dropped
    shop = cre.sub(r"(?:\s+(?:a|in|en|à|em|no|na|di|de|da|del|della|te|bij|aus|im|in der|at|to|for|per|para|pour|für|voor|van|von|of))+$", "", shop) or shop
    # "für einen kleinen Yoga-Shop empfehlen?": the question's verb after the shop is never part of its name
    shop = cre.sub(r"(?i)(?<=\w)\s+(?:empfehlen|anfangen|beginnen|starten|machen|tun|raten|recommend|start|begin|recommander|commencer|conseiller"
                   r"|recomendar(?:ias)?|empezar(?:ias)?|comenzar|consigliare|consiglieresti|iniziare|partire|partiresti|comecar|aanraden|adviseren)$", "", shop) or shop
    noun = fold(s.shop_noun or _DEFAULT_SHOP[key])
    if lang == "de":
        shop = cre.sub(r"^(Etsy|Shopify|Amazon|Vinted|Wix|WooCommerce)\s+(\w)", lambda b: f"{b.group(1)}-{b.group(2).upper()}", shop)  # "deinem Etsy-Shop"
        words = shop.split()
        words[0] = words[0][:1].upper() + words[0][1:]
        if len(words) > 1:
            words[-1] = words[-1][:1].upper() + words[-1][1:]  # "für handgemachte keramik": the noun is the last word
        return ("deinem " if informal else "Ihrem ") + " ".join(words)
    if lang == "fr":
        fem = noun.startswith("boutique")
        return (("ta " if fem else "ton ") if informal else "votre ") + shop
    if lang == "es":
        return ("tu " if informal else "su ") + shop
    if lang == "it":
        return ("il tuo " if informal else "il Suo ") + shop
    if key == "pt-BR":
        return ("sua " if noun.startswith("loj") else "seu ") + shop
    if lang == "pt":
        fem = noun.startswith("loj")
        return ("a " if fem else "o ") + (("tua " if fem else "teu ") if informal else ("sua " if fem else "seu ")) + shop
    if lang == "nl":
        return ("je " if informal else "uw ") + shop
    return "your " + shop


def _fr_country(country: str) -> str:
    return ("en " if country[:1].upper() in "AEIOUÉ" or country.endswith("e") else "au ") + country


def line(s: Situation, lang: str, *, informal: bool, variant: str = "", helped: bool = False, far: bool = False) -> str:
    """The sentence answering the situation (empty for none): it acknowledges what was said and proposes the next
    step, never asking again for what the note told."""
    key = _key(lang, variant)
    if key not in _PATH:
        return ""
    i = 0 if informal else 1
    if s.kind == "path":
        return _PATH[key][i]
    if s.kind == "team":
        return _TEAM_LINE[key][i]
    if s.kind == "problem":
        head = _PROBLEM[key][s.problem].format(m=s.metric or "CPM")
        nxt = _PROBLEM_NEXT[key]
        what = (nxt[2][1] if s.problem == "cost" else nxt[2][0]).format(shop=shop_phrase(s, lang, informal=informal, variant=variant))
        call = nxt[1] if i else nxt[0]
        return f"{head}{' :' if lang == 'fr' else ':'} {call.format(what=what)}"
    if s.kind == "result" and (s.figure or s.doubled):
        fig = _DOUBLED_NAMED[key][s.doubled] if s.doubled else s.figure[:1].upper() + s.figure[1:]
        return _GAIN_NAMED[key][i].format(fig=fig)
    if s.kind == "result":
        return _RESULT_LINE[key][s.result][i]
    if s.kind == "expand":
        c = _fr_country(s.country) if lang == "fr" else s.country
        return _EXPAND_LINE[key][i].format(c=c)
    if s.kind == "now":
        return (_NOW_FAR if far else _NOW_LINE)[key][i]
    if s.kind == "lost":
        ch = _CHANNEL_NAME.get(s.channel, "")
        if ch and key == "pt-BR" or ch and lang == "pt":
            ch = "o " + ch
        if s.channel in ("seo", "marketing"):  # lost with SEO or marketing: named with the article its language wants
            ch = (_SEO_NAME if s.channel == "seo" else _MARKETING_NAME)[key]
        line = _LOST_LINE[key][i].format(ch=ch or _SOCIAL[key]).replace(" bei Marketing ", " beim Marketing ")
        return line.replace("15", s.minutes) if s.minutes else line
    if s.kind == "shop" and (s.soon or s.talk or s.about or s.launch_help):
        # a shop not open yet is never asked "how is it going?"; a wish to talk is answered with the call
        head = ""
        if s.soon and not s.launch_help:  # (help sought for the launch: the help looked at, no luck wished instead)
            shop = shop_phrase(s, lang, informal=informal, variant=variant)
            if lang == "it":
                shop = cre.sub(r"^il ", "del ", shop)
            elif key == "pt-BR":
                shop = ("da " if shop.startswith("sua") else "do ") + shop
            elif lang == "pt":
                shop = cre.sub(r"^a ", "da ", cre.sub(r"^o ", "do ", shop))
            head = _SHOP_SOON[key][i].format(shop=shop)
        tail = _LAUNCH_HELP_LINE[key][i] if s.launch_help else _TALK_LINE[key][i] if s.talk else _SOON_NEXT[key][i]
        if s.talk_seo and not s.soon and not s.launch_help:
            tail = _TALK_SEO_LINE[key][i].format(shop=shop_phrase(s, lang, informal=informal, variant=variant))
        if s.about:
            # "habe Fragen zu Social Ads", "zoek advies over social ads": the questions invited and the call proposed, never a goodbye
            tail = _ABOUT_LINE[key][i].format(t=s.about)
        return f"{head} {tail}".strip()
    if s.kind == "shop":
        # the opener already thanked for the help: a wish for the shop; else the help named with the shop
        table = _SHOP_HELPED if helped else (_SHOP_USEFUL if s.useful else _SHOP_HOW)
        text = table[key][i].format(shop=shop_phrase(s, lang, informal=informal, variant=variant))
        return text[:1].upper() + text[1:]
    return ""


def move_line(s: Situation, lang: str, *, informal: bool, variant: str = "") -> str:
    """A short wish for a move the note announces ("ziehe im Sommer nach Lyon"), put before the next step."""
    key = _key(lang, variant)
    if not s.move or s.stay or key not in _MOVE_LINE:
        return ""
    line = (_MOVED_LINE if s.moved else _MOVE_LINE)[key][0 if informal else 1]
    prep, countries = _MOVE_COUNTRY.get(key, ("", {}))
    if s.move in countries:
        done = line.replace(f"{prep} {{x}}", countries[s.move])  # "para a França", "en France", "in Francia"
        if "{x}" in done:
            # a move already made ("se adaptando bem a {x}"): the country's article joins the "a" ("à França", "ao Canadá")
            article = countries[s.move].split()[1] if len(countries[s.move].split()) > 2 else ""
            done = done.replace("a {x}", f"{_A_ARTICLE.get(article, 'a')} {{x}}")
        return done.format(x=s.move)
    return line.format(x=s.move)
