"""What a prospect says they need, read against the owner's `offer`: "nous cherchons à structurer notre stratégie
de contenu" → content strategy; "help with French SEO and paid social" → SEO and social ads. The draft names it
("Je vous accompagne avec plaisir sur votre stratégie de contenu !") instead of a generic "happy to talk".

Only a need plainly stated: an offer term in the same sentence as a word of needing, wanting or improving.
"""
from __future__ import annotations


from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: "and" between two fields (folded): "SEO + content", "SEO et contenu", "SEO en content".
_JOINED = r"(?:\+|&|/|,|et|and|und|y|e|en)"
#: Content named bare after its article (folded): "content", "le contenu", "los contenidos", "i contenuti", "os conteúdos", "Inhalte".
_BARE_CONTENT = (r"(?:(?:le |les |du |de |des |the |die |el |los |il |i |o |os |a |het )?"
                 r"(?:content|contenus?|contenidos?|contenuti|conteudos?|inhalten?|inhalte)(?![- ]?(?:creat|kreat|maker|manager|marketeer)\w*)\b)")

#: The owner's offer items this module knows, with the words a note uses for them (folded).
_TERMS = {
    "seo": (r"\bseo\b|\bsea\s*/\s*seo\b|referencement|posicionamiento (?:web|seo|en google)|\bposicionamiento\b|suchmaschinenoptimierung"
            r"|zoekmachineoptimalisatie|posizionamento (?:su google|sui motori|seo)|indicizzazione|otimizacao para (?:motores de busca|buscadores|o google)"
            r"|(?:beter|hoger) (?:te )?(?:scoren|gevonden (?:te )?worden|ranken|ranking) (?:in|op|bij) google|(?:rank|ranking) (?:higher|better) (?:on|in) google"
            r"|google rankings?|(?:besser|hoher|weiter oben) (?:bei|in|auf) google|ranking bei google|mieux (?:ressortir|apparaitre|positionne\w*|classe\w*|reference\w*) (?:sur|dans) google|(?:ressortir|apparaitre|remonter) (?:sur|dans) google"
            r"|(?:aparecer|posicionar\w*|salir) (?:mejor |mas arriba )?en google|(?:comparire|posizionar\w*) (?:meglio )?su google|(?:aparecer|ranquear|posicionar) (?:melhor )?no google"
            # "struggling with organic traffic", "trafic organique", "tráfego orgânico", "organisch verkeer": what SEO brings
            r"|organic (?:traffic|search|reach on google)|trafic organique|trafico organico|trafego organico|traffico organico|organische[nr]? (?:traffic|zugriffe|reichweite)|organisch verkeer"),
    "social ads": (r"social[- ]ads|paid social|social media (?:ads|advertising|advertenties|werbung)|social-media-werbung|social advertising"
                   r"|publicites? (?:sur les reseaux sociaux|meta|facebook|instagram)|pubs? (?:meta|facebook|instagram)|(?:meta|facebook|instagram|tiktok|linkedin) ads"
                   r"|(?:meta|facebook|instagram|insta|tiktok|linkedin)[- ](?:advertenties|anzeigen|werbung|advertising|kampagnen?)\b"
                   r"|(?:anuncios|annunci|ads|adverts|advertenties|anzeigen|pubs?|publicites?) (?:de|di|da|do|no|na|su|sur|on|op|auf|en|em) (?:meta|facebook|instagram|insta|tiktok)\b|insta ads"
                   r"|anuncios (?:en|nas|em) (?:las )?redes(?: sociales| sociais)?|publicidad en redes|publicidade (?:nas|em) redes|pubblicita sui social|advertenties op social media"
                   # "le nostre campagne social", "campañas en redes sociales", "Social-Media-Kampagnen": paid campaigns on social networks
                   # "le campagne Meta", "campañas de Facebook", "Instagram campaigns": paid campaigns on one network
                   r"|(?:campagne|campanas?|campanhas?|campagnes?) (?:di |de |do |no |na |sur |op )?(?:meta|facebook|instagram|tiktok)\b|(?:meta|facebook|instagram|tiktok) campaigns?"
                   r"|campagne (?:sui )?social\b|campagne (?:sui )?social media|campanas? (?:en )?redes sociales|campanhas? (?:nas |em )?redes sociais"
                   r"|social[- ]?(?:media[- ]?)?kampagnen?|social (?:media )?campaigns?|campagnes? (?:sur les )?reseaux sociaux|social[- ]?media[- ]?campagnes?|campagnes op social media"
                   # "serviços de SEO e mídia paga", "SEO and paid media": the paid side she offers is her social ads, named beside SEO
                   r"|paid (?:media|ads|advertising)|midia paga|media paga|trafego pago|trafico (?:de )?pago|publicidad (?:de )?pago|publicidad pagada|anuncios pagados"
                   r"|anuncios pagos|media (?:a )?pagamento|pubblicita a pagamento|publicite payante|medias? payants?|trafic payant|bezahlte (?:werbung|anzeigen|medien)"
                   r"|betaalde (?:media|advertenties|ads)"
                   # "(SEO + ads)", "SEO et pub", "ads & SEO": bare ads named beside SEO are the paid side she offers too
                   r"|(?<=seo)\s*(?:\+|&|/|,|et|and|und|y|e|en)\s*(?:les |la |des |de |le |the |die )?(?:ads|pubs?|publicites?|advertising|werbung|anuncios|pubblicita|advertenties)\b"
                   r"|\b(?:ads|pubs?|publicites?|advertising|werbung|anuncios|pubblicita|advertenties)\s*(?:\+|&|/|,|et|and|und|y|e|en)\s*(?:le |the |el |il |o |das |de |het )?(?=seo\b)"),
    "content strategy": (r"strategie de contenu|strategie editoriale|content[ -]?strateg\w*|contentstrateg\w*|estrategia de contenidos?|strategia (?:dei|di) contenuti"
                         r"|estrategia de conteudo|content[ -]?marketing|marketing de contenidos?|marketing de conteudo|contentmarketing|inhaltsstrategie"
                         # "hulp met SEO en content", "SEO and content", "le SEO et le contenu", "SEO y contenidos": bare content
                         # named beside SEO or ads is the content side she offers
                         rf"|(?<=seo)\s*{_JOINED}\s*{_BARE_CONTENT}|\b{_BARE_CONTENT}\s*{_JOINED}\s*(?:le |the |el |il |o |das |de |het |la )?(?=seo\b)"),
}
_ALIASES = {"referencement": "seo", "referencement naturel": "seo", "search engine optimization": "seo", "paid social": "social ads",
            "social media ads": "social ads", "publicite sur les reseaux sociaux": "social ads", "strategie de contenu": "content strategy",
            "content-strategie": "content strategy", "content marketing": "content strategy"}

#: Words of a need, a wish or an improvement (folded): the offer term next to one of them is what they want help with.
_NEED = (r"\b(?:cherch\w*|recherch\w*|besoin|aide[rz]?|accompagn\w*|structurer|externalis\w*|ameliorer|developper|lancer|renforcer|booster"
         r"|look(?:ing)? for|need\w*|help|support|improve|outsourc\w*|want\w*|boost|grow|scale|expand\w*|hire|consultant|engagement|mandat\w*|auftrag|incarico|encargo"
         r"|such\w*|brauch\w*|unterstutzung|hilfe|verbesser\w*|auslager\w*|aufbauen|ausbauen"
         r"|necesit\w*|busc\w*|ayuda\w*|mejorar|externaliz\w*|impulsar|apoyo"
         r"|cerc\w*|serv\w*|aiut\w*|migliorar\w*|esternalizz\w*|supporto|bisogno"
         # "indicou o seu nome para uma consultoria em anúncios no Instagram": a consultancy they were sent for is help wanted
         # (never "Vc faz consultoria de Facebook Ads? Quanto custa?": the yes and the price answer that one)
         r"|(?:para|per|for|pour|fur|voor) (?:uma?|una|a|une|eine|een) (?:consultori\w*|consulenz\w*|consultanc\w*|beratung\w*|adviestraject\w*)"
         r"|precis\w*|procur\w*|ajud\w*|melhorar|terceiriz\w*|apoio"
         r"|zoek\w*|nodig|hulp|verbeter\w*|uitbested\w*|wil|willen|beter"
         # "reforçar a nossa estratégia de SEO", "strengthen our SEO", "potenziare i social": to strengthen is to want help
         r"|reforc\w*|reforz\w*|refuerz\w*|rafforz\w*|potenzi\w*|potenci\w*|versterk\w*|starken|verstark\w*|strengthen\w*|ondersteuning"
         # "wir überlegen, unsere SEO-Strategie für Frankreich neu aufzusetzen", "we are considering …": a plan is a need too
         r"|uberleg\w*|erwag\w*|aufzusetzen|neu aufsetzen|aufzustellen|consider(?:ing)?|envisag\w*|overweg\w*"
         r"|revoir|replante\w*|ripensa\w*|rivedere|repensar|overhaul\w*|uberarbeit\w*|herzien\w*"
         # "refondre notre stratégie SEO", "revamp our SEO", "rifare la SEO", "reformular", "neu gestalten": a rework is a need too
         r"|refon\w*|revamp\w*|rethink\w*|rework\w*|rebuild\w*|rifare|riprogett\w*|rehacer|reformul\w*|neu gestalt\w*|vernieuw\w*"
         # "no sé por dónde empezar con el SEO", "je ne sais pas par où commencer", "non so da dove partire": help wanted too
         r"|por donde (?:empezar|comenzar)|par ou commencer|where to (?:start|begin)|wo ich anfangen|womit ich anfangen|por onde comecar"
         r"|da dove (?:iniziare|cominciare|partire)|waar (?:ik )?(?:moet )?(?:te )?beginnen"
         # "no consigo salir en Google", "je n'arrive pas à ressortir sur Google", "non riesco a comparire su Google", "I can't
         # get my shop to rank on Google": what they fail at in her field is what they want help with
         r"|no (?:consigo|consigue\w*|logro|logramos)|n'?arrive (?:pas|plus)|n'?arrivons pas|(?:can'?t|cannot|can not) (?:seem to )?get"
         r"|non (?:riesco|riusciamo)|nao (?:consigo|conseguimos)|(?:schaffe|schaffen) (?:es )?(?:\w+ )?nicht|lukt (?:het )?(?:me|ons|mij)? ?niet"
         # "ich kämpfe mit Instagram Ads", "struggling with Meta ads", "je galère avec", "worstel met": a struggle is help wanted (164 C)
         r"|kampfe|kampfen|struggl\w*|galere|galerons|peleando|luchando|batallando|faccio fatica|facciamo fatica|lottando|lutando|a lutar|worstel\w*)\b")

#: "consultant" named as a trade, not as someone wanted (folded, up to the word): "le métier de consultant SEO", "devenir
#: consultant", "working as a freelance SEO consultant", "career as a consultant", "Beruf als SEO-Consultant", "het vak van
#: SEO-consultant".
_TRADE_TITLE = (r"\b(?:metier|profession|carriere|devenir|en tant que|travailler comme|career|job|jobs|work(?:ing)? as|become|becoming"
                r"|beruf\w*|arbeiten als|vak|beroep|werken als)\b(?:\s+[\w'-]+){0,4}?\s+(?:[\w-]+-)?consultant$")

#: How the draft names each item after "help with" in its language: (formal, informal).
_PHRASES = {
    "fr": {"seo": ("votre SEO", "ton SEO"), "social ads": ("vos publicités sur les réseaux sociaux", "tes publicités sur les réseaux sociaux"),
           "content strategy": ("votre stratégie de contenu", "ta stratégie de contenu")},
    "en": {"seo": ("SEO", "SEO"), "social ads": ("social ads", "social ads"), "content strategy": ("content strategy", "content strategy")},
    "de": {"seo": ("SEO", "SEO"), "social ads": ("Ihren Social Ads", "deinen Social Ads"),
           "content strategy": ("Ihrer Content-Strategie", "deiner Content-Strategie")},
    "es": {"seo": ("su SEO", "tu SEO"), "social ads": ("sus anuncios en redes sociales", "tus anuncios en redes sociales"),
           "content strategy": ("su estrategia de contenidos", "tu estrategia de contenidos")},
    "it": {"seo": ("la SEO", "la SEO"), "social ads": ("la pubblicità sui social", "la pubblicità sui social"),
           "content strategy": ("la strategia dei contenuti", "la strategia dei contenuti")},
    # "ajudar com o SEO e com os anúncios", never the clumsy "ajudar no SEO" (review round 25)
    "pt": {"seo": ("com o SEO", "com o SEO"), "social ads": ("com os anúncios nas redes sociais", "com os anúncios nas redes sociais"),
           "content strategy": ("com a estratégia de conteúdo", "com a estratégia de conteúdo")},
    "nl": {"seo": ("SEO", "SEO"), "social ads": ("uw social ads", "je social ads"), "content strategy": ("uw contentstrategie", "je contentstrategie")},
}
#: A social network's ads named in a note (folded): "Meta Ads", "pubs Facebook", "publicités Instagram", "anuncios en TikTok".
_PLATFORM = (r"\b(meta|facebook|instagram|insta|tiktok|linkedin|pinterest)[ -](?:ads|advertising|werbung|anzeigen|advertenties|campagnes?|campaigns?)\b"
             r"|\b(?:publicites?|pubs?|anuncios|annunci|inserzioni|anuncios|campagne|campanas?|campanhas?|werbung|anzeigen|advertenties)"
             r" (?:(?:sur|en|su|no|na|em|auf|bei|op|in|on|de|di|da|do) )?(meta|facebook|instagram|insta|tiktok|linkedin|pinterest)\b"
             r"|\b(?:ads|adverts) (?:on|su|op|auf|sur|no|na|en) (meta|facebook|instagram|insta|tiktok|linkedin|pinterest)\b")
#: Two networks named together (folded): "facebook and instagram", "facebook- und instagram", "facebook e instagram".
_PLATFORM_PAIR = (r"\b(meta|facebook|instagram|tiktok|linkedin|pinterest)(?:[ -]ads)?\s*-?\s*(?:,|and|et|und|y|e|en|&|/|\+|or|ou|oder|o|of)\s*"
                  r"(?:(?:sur|en|su|no|na|em|auf|bei|op|in|on) )?(meta|facebook|instagram|tiktok|linkedin|pinterest)\b")
_PLATFORM_NAMES = {"insta": "Instagram", "meta": "Meta", "facebook": "Facebook", "instagram": "Instagram", "tiktok": "TikTok", "linkedin": "LinkedIn", "pinterest": "Pinterest"}
#: How the draft names that channel's ads after "help with" ({p}: the network): (formal, informal).
_PLATFORM_PHRASES = {"fr": ("vos publicités {p}", "tes publicités {p}"), "en": ("{p} ads", "{p} ads"), "de": ("Ihren {p} Ads", "deinen {p} Ads"),
                     "es": ("sus anuncios en {p}", "tus anuncios en {p}"), "it": ("la pubblicità su {p}", "la pubblicità su {p}"),
                     "pt": ("com os anúncios no {p}", "com os anúncios no {p}"), "nl": ("uw {p}-advertenties", "je {p}-advertenties")}
#: "our paid social strategy", "la stratégie social ads", "Social-Ads-Strategie" (folded): the strategy named, never bare "social ads".
_SOCIAL_STRATEGY_RX = (r"\b(?:paid social|social ads|social media (?:ads|advertising))[- ]?strateg\w*|social-ads-strateg\w*"
                       r"|\b(?:strateg\w*|estrateg\w*) (?:(?:de|di|da|do|des|voor) )?(?:paid social|social ads|publicite|anuncios|pubblicita|advertenties)\b")
_SOCIAL_STRATEGY = {"fr": ("votre stratégie de publicité sur les réseaux sociaux", "ta stratégie de publicité sur les réseaux sociaux"),
                    "en": ("paid social strategy", "paid social strategy"), "de": ("Ihrer Social-Ads-Strategie", "deiner Social-Ads-Strategie"),
                    "es": ("su estrategia de anuncios en redes sociales", "tu estrategia de anuncios en redes sociales"),
                    "it": ("la strategia di pubblicità sui social", "la strategia di pubblicità sui social"),
                    "pt": ("com a estratégia de anúncios nas redes sociais", "com a estratégia de anúncios nas redes sociais"),
                    "nl": ("uw social-ads-strategie", "je social-ads-strategie")}
_SEO_STRATEGY = {"fr": ("votre stratégie SEO", "ta stratégie SEO"), "en": ("SEO strategy", "SEO strategy"),
                 "de": ("Ihrer SEO-Strategie", "deiner SEO-Strategie"), "es": ("su estrategia SEO", "tu estrategia SEO"),
                 "it": ("la strategia SEO", "la strategia SEO"), "pt": ("com a estratégia de SEO", "com a estratégia de SEO"),
                 "nl": ("uw SEO-strategie", "je SEO-strategie")}
#: Their international SEO named (folded): "SEO internacional", "international SEO", "SEO international", "internationale SEO",
#: "SEO internazionale", "internationales SEO": the scope kept in the reply, never narrowed to a bare "your SEO".
_INTL_SEO_RX = r"\b(?:international(?:e[nms]?)? seo|seo[- ](?:international\w*|internacional|internazionale))\b"
_INTL_SEO = {"fr": ("votre SEO international", "ton SEO international"), "en": ("international SEO", "international SEO"),
             "de": ("Ihrem internationalen SEO", "deinem internationalen SEO"), "es": ("su SEO internacional", "tu SEO internacional"),
             "it": ("la SEO internazionale", "la SEO internazionale"), "pt": ("com o SEO internacional", "com o SEO internacional"),
             "nl": ("uw internationale SEO", "je internationale SEO")}
#: International SEO as a topic to talk about, after "about" (no possessive): "sobre SEO internacional", "about international SEO".
_INTL_TOPIC = {"fr": "SEO international", "en": "international SEO", "es": "SEO internacional", "it": "SEO internazionale",
               "pt": "SEO internacional", "de": "internationalem SEO", "nl": "internationale SEO"}
#: Their local SEO named (folded): "local SEO", "SEO local", "lokales SEO", "SEO locale", "lokale SEO": the scope kept too.
_LOCAL_SEO_RX = r"\b(?:local seo|seo[- ]local[e]?|lokale[nms]? seo|lokal-seo)\b"
#: A local consultant or partner sought (folded): "a local SEO consultant", "una consulente SEO locale": someone close to the
#: market, never the local-SEO discipline.
_LOCAL_SEO_PERSON = (r"\blocal seo (?:consultant|partner|expert|specialist|agency|freelancer|provider|firm)s?\b"
                     r"|\b(?:consulente|consultor|consultora|consultant|consultante|experto|experta|esperto|esperta|especialista"
                     r"|specialista|partenaire|partner|agence|agencia|agenzia|bureau|freelance|freelancer|experte?)s? seo[- ]locale?s?\b")
_LOCAL_SEO = {"fr": ("votre SEO local", "ton SEO local"), "en": ("local SEO", "local SEO"),
              "de": ("Ihrem lokalen SEO", "deinem lokalen SEO"), "es": ("su SEO local", "tu SEO local"),
              "it": ("la SEO locale", "la SEO locale"), "pt": ("com o SEO local", "com o SEO local"),
              "nl": ("uw lokale SEO", "je lokale SEO")}
_LEAD = {"fr": "sur ", "en": "with your ", "de": "bei ", "es": "con ", "it": "con ", "pt": "", "nl": "met "}
_AND = {"fr": "et", "en": "and", "de": "und", "es": "y", "it": "e", "pt": "e", "nl": "en"}


def and_word(lang: str, following: str) -> str:
    """"and" in ``lang`` before ``following``: Spanish "e" before an "i" sound ("TikTok e Instagram").

    >>> and_word("es", "Instagram"), and_word("es", "hielo"), and_word("pt-BR", "SEO")
    ('e', 'y', 'e')
    """
    base = lang.split("-")[0]
    return "e" if base == "es" and cre.match(r"(?i)h?i(?!e)", following) else _AND.get(base, "and")


def _offered(offer: list[str]) -> set[str]:
    keys = set()
    for phrase in offer:
        key = fold(phrase).strip()
        keys.add(_ALIASES.get(key, key))
        if "seo" in key.split() or "referencement" in key:
            keys.add("seo")
    return keys & set(_TERMS)


def needs(note: str, offer: list[str]) -> list[str]:
    """The owner's offer items the note plainly asks help with, in the note's order.

    >>> needs("Nous cherchons à structurer notre stratégie de contenu.", ["SEO", "content strategy"])
    ['content strategy']
    >>> needs("We're looking for help with French SEO and paid social.", ["SEO", "social ads"])
    ['seo', 'social ads']
    >>> needs("J'ai adoré ton article sur le SEO local !", ["SEO"])
    []
    """
    offered = _offered(offer)
    found: list[tuple[int, str]] = []
    for sentence in cre.split(r"(?<=[.!?\n])\s+", fold(note)):
        if not any(not cre.search(_TRADE_TITLE, sentence[:m.end()]) for m in cre.finditer(_NEED, sentence)):
            continue  # "je me pose des questions sur le métier de consultant SEO": the trade asked about, never a consultant wanted
        if cre.search(r"\b(?:article|post|newsletter|talk|intervention|conference|vortrag|beitrag|charla|ponencia|intervento|palestra|lezing|webinar\w*|podcast)\b", sentence) \
                and not cre.search(r"\b(?:nous|we|wir|nosotros|noi|nos|wij|our|notre|unser\w*|nuestr\w*|nostr\w*|nossa|nosso|onze|mon|ma|my|mein\w*|mi|mio|mia|minha|meu|mijn)\b", sentence):
            continue  # "ton article sur le SEO m'a aidée": the owner's piece, not their need
        for key in offered:
            m = cre.search(_TERMS[key], sentence)
            if m and key not in [k for _, k in found]:
                found.append((m.start(), key))
        if found:
            break  # the first sentence that states the need
    if not found and (cre.search(_BARE_HELP, fold(note)) or cre.search(_WHERE_TO_START, fold(note))
                      or cre.search(_ASK_HER_ABOUT, fold(note))
                      or (cre.search(_LAUNCHING, fold(note)) and cre.search(_THE_ONE_FOR, fold(note)))
                      or (cre.search(_A_REFERENCE_IN, fold(note)) and cre.search(_WISH_TO_TALK, fold(note)))):
        # "dice que eres la mejor en anuncios de Instagram. Estoy lanzando mi marca y necesito ayuda", "I'm struggling with
        # organic traffic": a bare "I need help" (or a struggle) in one sentence, the field named in another (often in what
        # the referrer praised): that field is the need, never a bare get-to-know call
        folded = fold(note)
        for key in offered:
            for m in cre.finditer(_TERMS[key], folded):
                if cre.match(r"[- ]?(?:trainings?|trainingen|cursus\w*|workshops?|formations?|kurs\w*|curso|corso|course|masterclass|schulung\w*|opleiding)\b", folded[m.end():]):
                    continue  # "ze zei dat jullie samen de SEO-training gaven": a course spoken of, never the need
                found.append((m.start(), key))
                break
    return [k for _, k in sorted(found)]


#: A bare ask for help or a struggle, with no field in the same words (folded): "necesito ayuda", "ho bisogno di una mano",
#: "preciso de ajuda", "I need help", "ich brauche Hilfe", "ik heb hulp nodig", "j'ai besoin d'aide", "struggling with",
#: "loop vast met", "je galère avec", "komme nicht weiter".
_BARE_HELP = (r"\b(?:(?:i )?need (?:some )?help|could use (?:some )?help|struggl\w*|stuck with|besoin d'?(?:aide|un coup de main)|galer\w*"
              r"|necesito (?:ayuda|una mano)|me vendria bien (?:una mano|ayuda)|tengo problemas con|me cuesta"
              r"|(?:ho )?bisogno di (?:una mano|aiuto|un aiuto)|(?:ho )?difficolta con|faccio fatica"
              r"|preciso de (?:ajuda|uma mao|uma forca)|(?:estou|to|tou) com dificuldade|(?:to|estou|tou) apanhando"
              r"|brauche? (?:etwas |dringend )?hilfe|komme? (?:nicht|kaum) weiter|hange fest"
              r"|(?:heb|kan) (?:wel )?(?:wat )?hulp (?:nodig|gebruiken)|loop vast|kom niet verder"
              # "my Instagram ads are not working", "mes pubs ne décollent pas", "mijn ads lopen niet goed": a struggle too
              r"|(?:are|is)n'?t working|(?:are|is) not working|not performing|underperform\w*|ne (?:marchent|marche|fonctionnent|decollent) pas"
              r"|no (?:funcionan|funciona|despegan|me funcionan)|non (?:funzionano|funziona|rendono)|nao (?:funcionam|funciona|estao dando)"
              r"|(?:funktionieren|laufen) (?:\w+ )?nicht|(?:lopen|werken) (?:\w+ )?niet(?: goed)?)\b")


#: Their own launch (folded): "je lance ma marque", "I'm launching my brand", "estoy lanzando mi tienda", "lancio il mio brand",
#: "vou lançar a minha marca", "ich launche meine Marke", "ik lanceer mijn merk".
_LAUNCHING = (r"\b(?:je lance|je vais lancer|(?:i'?m|i am) launching|i'?ll launch|(?:estoy )?lanzando|voy a lanzar|lanzo|(?:sto )?lanciando|lancio"
              r"|(?:estou )?lancando|vou lancar|lanco|ich launche|ich starte|ik lanceer|we lanceren) (?:ma|mon|my|mi|il mio|la mia|a minha|o meu|minha|meu|meine?n?|mijn)\b")
#: A beginner asking where to start (folded): "je voudrais savoir par où commencer", "vorrei capire da dove partire",
#: "no sé por dónde empezar", "por onde começar", "where to start", "wo ich anfangen soll", "waar ik moet beginnen".
_WHERE_TO_START = (r"\b(?:par ou commencer|par quoi commencer|where (?:to|do i|should i) start|por donde (?:empezar|empiezo|comenzar)"
                   r"|por onde (?:comecar|comeco)|da dove (?:partire|cominciare|iniziare)|wo (?:ich|man) (?:anfangen|beginnen)"
                   r"|womit (?:ich|man) (?:anfangen|beginnen)|waar (?:ik )?(?:moet )?(?:beginnen|starten))\b")
#: The referrer naming her as the one to ask about a field (folded): "la persona a quien preguntar sobre Meta Ads", "the person
#: to ask about SEO", "la personne à qui demander", "la persona a cui chiedere", "a pessoa a quem perguntar", "de persoon om … te vragen".
_ASK_HER_ABOUT = (r"\b(?:la persona a (?:quien|la que) (?:preguntar|consultar)|the (?:person|one) to ask|la personne a (?:qui|laquelle) "
                  r"(?:demander|poser)|la persona a cui (?:chiedere|rivolgersi)|a pessoa (?:a quem|para) (?:perguntar|consultar)"
                  r"|die (?:richtige )?ansprechpartnerin|de persoon (?:om|aan wie) (?:je )?(?:te )?(?:vragen|raad))\b")
#: The referrer calling her a reference in a field (folded): "você é referência em Meta Ads", "eres un referente en",
#: "sei un riferimento per", "une référence en", "a reference for" — with a wish to talk, that field is the need.
_A_REFERENCE_IN = r"\b(?:e |es |sei |est |is )?(?:uma? |une? |a |een )?(?:referencia|referente|riferimento|reference|referentie) (?:em|en|in|per|para|for|voor|pour)\b"
#: A wish to talk it over (folded): "queria trocar uma ideia", "me gustaría comentarlo", "vorrei parlarne", "I'd love to chat".
_WISH_TO_TALK = (r"\b(?:trocar (?:uma )?ideia|bater um papo|conversar|charlar|hablar(?:lo)?|comentarlo|parlarne|parlare|fare due chiacchiere"
                 r"|chat|talk|en parler|echanger|discuter|sprechen|austauschen|praten|sparren)\b")
#: The referrer's praise of her for one field (folded): "tu es LA personne pour les ads", "you're the person for SEO",
#: "eres la persona para", "sei la persona giusta per", "és a pessoa certa para", "du bist die Richtige für", "jij bent dé persoon voor".
_THE_ONE_FOR = (r"\b(?:la personne|the (?:right )?person|la persona(?: giusta)?|a pessoa(?: certa)?|die richtige|de persoon|the go-to)"
                r" (?:pour|for|para|per|fur|voor)\b")


#: A remark in brackets ("(wir haben zusammen bei der Agentur gearbeitet)"), folded: no part of what the sender needs.
_BRACKET_ASIDE = r"\([^)]*\)"


#: The need's "help with" preposition swapped for the "a call about" one, per language: "with your Facebook ads" → "your
#: Facebook ads" after "about" (German keeps "Ihren Bedarf": its cases would change).
_NEED_ABOUT = {"en": (r"^with ", ""), "fr": (r"^(?:sur|pour|avec) ", ""), "es": (r"^con ", ""), "nl": (r"^met ", ""), "de": (r"^bei (Ihren|deinen|euren|Ihrer|deiner|eurer) ", "")}


def need_about(need: str, lang: str) -> str:
    """The need as the topic of a call ("about your Facebook ads"), without the "help" preposition; "" when it cannot be said.

    >>> need_about("with your Facebook and Instagram ads", "en")
    'your Facebook and Instagram ads'
    >>> need_about("bei deinen Meta Ads", "de")
    ''
    """
    rule = _NEED_ABOUT.get(lang[:2])
    m = cre.match(rule[0], need) if need and rule else None
    if not m:
        return ""
    rest = need[m.end():]
    return rest if cre.match(r"(?:your|vos|votre|tes|ton|ta|sus|su|tus|tu|uw|je|jullie)\b", rest) else ""


def need_phrase(note: str, offer: list[str], lang: str, informal: bool) -> str:
    """What they need, after "help" in the draft's language: "sur votre stratégie de contenu", "with your SEO and social ads",
    "bei SEO", "con tu SEO", "con la SEO", "no SEO", "met SEO"; "" when the note states none.

    >>> need_phrase("We need help with our SEO and paid social.", ["SEO", "social ads"], "en", False)
    'with your SEO and social ads'
    >>> need_phrase("Nous cherchons à structurer notre stratégie de contenu.", ["content strategy"], "fr", False)
    'sur votre stratégie de contenu'
    >>> need_phrase("I'd be keen to discuss how we could strengthen our local SEO and paid social.", ["SEO", "social ads"], "en", False)
    'with your local SEO and social ads'
    >>> need_phrase("We are expanding into France and looking for a local SEO consultant.", ["SEO"], "en", False)
    'with your SEO'
    """
    base = lang[:2]
    if base not in _PHRASES:
        return ""
    keys = needs(note, offer)[:2]
    items = [_PHRASES[base][k][1 if informal else 0] for k in keys]
    if "seo" in keys and cre.search(r"\b(?:strat[eé]g\w*|estrat[eé]gi\w*|strategi\w*)\s+(?:de\s+)?seo\b|\bseo[- ]?(?:strat\w*)", fold(note)):
        # "externalizar nuestra estrategia SEO": "con su estrategia SEO", never the bare "con su SEO" (review round 12)
        items[keys.index("seo")] = _SEO_STRATEGY[base][1 if informal else 0]
    elif "seo" in keys and cre.search(_INTL_SEO_RX, fold(note)):
        items[keys.index("seo")] = _INTL_SEO[base][1 if informal else 0]  # "apoyo externo para SEO internacional": "con tu SEO internacional"
    elif "seo" in keys and cre.search(_LOCAL_SEO_RX, cre.sub(_LOCAL_SEO_PERSON, " ", fold(note))):
        items[keys.index("seo")] = _LOCAL_SEO[base][1 if informal else 0]  # "strengthen our local SEO": "with your local SEO"
    if "social ads" in keys and cre.search(_SOCIAL_STRATEGY_RX, fold(note)):
        # "review our paid social strategy across European markets": "with your paid social strategy", never "your social ads"
        items[keys.index("social ads")] = _SOCIAL_STRATEGY[base][1 if informal else 0]
    elif "social ads" in keys:
        # "brauchen Hilfe bei Meta Ads", "help with our TikTok ads": the channel they named, never the generic "social ads"
        folded = fold(note)
        named = {next(g for g in m.groups() if g) for m in cre.finditer(_PLATFORM, folded)}
        # "Facebook and Instagram ads", "pubs Facebook et Instagram", "Facebook- und Instagram-Ads": both channels kept, never
        # only the one next to "ads"
        paired = False
        for m in cre.finditer(_PLATFORM_PAIR, folded):
            if {m.group(1), m.group(2)} & named and m.group(1) != m.group(2):
                named |= {m.group(1), m.group(2)}
                paired = True
                break
        pair = sorted(named, key=folded.find)
        if len(named) == 1:
            items[keys.index("social ads")] = _PLATFORM_PHRASES[base][1 if informal else 0].format(p=_PLATFORM_NAMES[named.pop()])
        elif len(named) == 2 and paired:
            first, second = (_PLATFORM_NAMES[k] for k in pair)
            joint = "e" if base == "es" and fold(second)[:1] in ("i", "y") else _AND[base]
            if base in ("de", "nl"):
                phrase = _PLATFORM_PHRASES[base][1 if informal else 0].format(p=f"{first}- {joint} {second}")
                phrase = phrase.replace(f"{second} Ads", f"{second}-Ads")  # "Facebook- und Instagram-Ads"
            else:
                phrase = _PLATFORM_PHRASES[base][1 if informal else 0].format(p=f"{first} {joint} {second}")
            items[keys.index("social ads")] = phrase
    if not items:
        return ""
    # "Markus (wir haben zusammen in Genf gearbeitet) meinte …": a "we" said in brackets is the referrer and the sender, no team
    own = cre.sub(_BRACKET_ASIDE, " ", fold(note))
    if base == "de" and informal and cre.search(r"\b(?:wir|uns|unser\w*)\b", own):
        # "wir bauen gerade einen Shop auf und brauchen Hilfe": a team's ads are "euren", never one person's "deinen"
        items = ["euren " + i[7:] if i.startswith("deinen ") else "eurer " + i[7:] if i.startswith("deiner ") else i for i in items]
    # ("we willen in Frankrijk groeien via SEO en social ads": a "we" is a company too, "jullie social ads")
    if base == "nl" and informal and cre.search(r"\b(?:onze|wij|we (?:willen|zoeken|zijn|gaan|verkopen|maken|werken|lanceren|groeien|hebben (?!elkaar))|ons (?:bedrijf|team|merk|bureau))\b", own):
        # "een externe blik op onze contentstrategie": a company's strategy is "jullie contentstrategie", never one person's "je"
        items = ["jullie " + i[3:] if i.startswith("je ") else i for i in items]
    return _LEAD[base] + f" {_AND[base]} ".join(items)


#: The sender's own strategy they are reworking, after "our" in the note: "refondre notre stratégie digitale", "rever a nossa
#: estratégia de aquisição para 2027", "overhaul our digital strategy", "unsere Digitalstrategie neu aufstellen".
_OUR = (r"(?i)\b(?:notre|our|unsere[nmrs]?|nuestra|(?:la )?nostra|(?:a )?nossa|onze)\s+"
        r"((?:[\w-]+\s+){0,2}?[\w-]*(?:strat[ée]gie|strategy|strategie|estrategia|strategia|estratégia)"
        r"(?:\s+[dD]['’][\w-]+(?:\s+[\w-]+){0,2}|\s+(?:de|du|di|of|for|für|van|para|pour|per|voor|em|en|in|del|della|do|da|digital\w*|numérique|marketing|online|web|social\w*|commercial\w*|comercial|editorial\w*)\b(?:\s+[\w-]+){0,2})?)")
#: The strategy named with an article right after a rework verb ("stiamo rivedendo la strategia digitale", "we're reviewing
#: the content strategy", "estamos revisando la estrategia digital"): the company's own, as with "our".
_THE_STRATEGY = (r"(?i)\b(?:rivedendo|rivedere|ripensando|ripensare|revisando|revisar|repensando|repensar|replanteando|replantear|revendo|rever"
                 r"|revoir|repenser|refondre|reviewing|rethinking|revisiting|overhauling|überarbeiten|überdenken|herzien|herbekijken|heroverwegen)"
                 r"\s+(?:la|il|lo|el|a|o|the|die|den|de|het|le)\s+" + _OUR.split(r")\s+", 1)[1])
#: A word of reworking, wanting or needing near it (folded).
_REWORK = (r"\b(?:refon\w*|revoi\w*|revoy\w*|repens\w*|restructur\w*|modernis\w*|construi\w*|defini\w*|overhaul\w*|rethink\w*|review\w*|revamp\w*|rework\w*|rebuild\w*|define\w*|build\w*"
           r"|uberarbeit\w*|neu (?:aufstellen|aufsetzen|ausrichten|denken)|aufbauen|entwickeln|rever|reve\w*|revendo|repens\w*|reformul\w*|revis\w*|replante\w*|redefin\w*|rehac\w*|constru\w*"
           r"|rived\w*|ripens\w*|ridefin\w*|costrui\w*|herzien\w*|vernieuw\w*|opnieuw|opzet\w*|herijk\w*|ontwikkel\w*"
           # "eine Neuausrichtung unserer Social-Media-Strategie", "repositioning our social media strategy": a rework named as a noun
           r"|neuausricht\w*|neuaufstell\w*|neupositionier\w*|reposition\w*|reposicion\w*|riposizion\w*|herpositioner\w*"
           # "échanger avec vous au sujet de notre stratégie d'acquisition", "discuss our online acquisition strategy": the strategy to talk about
           r"|echanger|discuter|parler|falar|discuss\w*|talk(?:ing)? about|besprechen|sprechen|austauschen|hablar|comentar|discutir|conversar|discutere|parlare|confrontarci|bespreken|praten|sparren)\b")
#: Words that end the phrase: a conjunction or a verb after it.
_PLAN_STOP = r"(?i)\s+(?:with|avec|mit|con|com|consigo|met|et|and|und|y|e|en(?! ligne\b)|mais|but|aber|pero|ma|mas|maar|que|which|qui|die|che|neu|opnieuw|zu|te|to)\b.*$"

#: An English nationality adjective ending the phrase ("… for the French"), and the noun the note puts after it ("market").
_NATIONALITY_END = r"\b(?:French|German|Spanish|Italian|Dutch|Portuguese|Belgian|Swiss|European|Brazilian|British|UK|US)$"
_NOUN_AFTER = r"\s+(?:markets?|audiences?|customers|clients|shoppers|consumers|speakers|users|buyers)\b"
#: A preposition fused with its article ending the phrase ("estratégia de anúncios nas"), and the noun the note puts after
#: it ("redes sociais"): the phrase keeps its noun, never a truncated "… nas."
_FUSED_END = (r"(?i)\s(?:nas|nos|na|no|às|aos|ao|das|dos|des|du|aux|au|sui|sulle|sugli|sul|nei|nelle|negli|nel|dei|delle|degli|"
              r"alla|alle|agli|al|del|della|im|zum|zur|beim|sur|sobre|su|auf|op|on)$")
_FUSED_NOUN = r"\s+((?:(?!(?:with|avec|mit|con|com|met|et|and|und|y|e|en|mais|but|aber|pero|ma|mas|maar|que|which|qui|die|che|to|para|pour|per|for|et)\b)[\w-]+)(?:\s+(?!(?:with|avec|mit|con|com|met|et|and|und|y|e|en|mais|but|aber|pero|ma|mas|maar|que|which|qui|die|che|to|para|pour|per|for)\b)[\w-]+)?)"


def plan_phrase(note: str) -> str:
    """The sender's strategy they want to rework, as the note names it, without "our": "stratégie digitale",
    "estratégia de aquisição para 2027", "digital strategy"; "" when the note names none.

    >>> plan_phrase("Je dirige une PME et souhaiterais refondre notre stratégie digitale."), plan_phrase("We're rethinking our acquisition strategy for 2027.")
    ('stratégie digitale', 'acquisition strategy for 2027')
    """
    for sentence in cre.split(r"(?<=[.!?\n])\s+", note):
        if not cre.search(_REWORK, fold(sentence)):
            continue
        m = cre.search(_OUR, sentence) or cre.search(_THE_STRATEGY, sentence)
        if m:
            noun = cre.match(_NOUN_AFTER, sentence[m.end(1):]) if cre.search(_NATIONALITY_END, m.group(1)) else None
            # "our content strategy for the French market": the noun after "French" is the phrase's, never "for the French"
            phrase = cre.sub(_PLAN_STOP, "", m.group(1) + (noun.group(0) if noun else "")).strip(" ,;:")
            fused = cre.match(_FUSED_NOUN, sentence[m.start(1) + len(phrase):]) if cre.search(_FUSED_END, phrase) else None
            if fused:
                phrase += " " + fused.group(1)  # "estratégia de anúncios nas [redes sociais]": the noun the article is for
            while cre.search(r"(?i)\s(?:para|pour|per|for|für|voor|de|d'|del|della|el|il|la|le|the|a|o|do|da|di|van|of|in|en|em|het|der|die|das|next|this|the)$", phrase):
                phrase = phrase.rsplit(None, 1)[0]  # "estrategia digital para el [año que viene]": never a dangling preposition
            if phrase and len(phrase.split()) <= 6:
                return phrase
    return ""


#: How a prospect reply names the field the note spoke of, after "talk about" in each language: (preposition, {key: noun}).
#: "Ne parliamo volentieri" has no object; "Parliamo volentieri di pubblicità sui social!" says what the call is about.
_TOPIC_NOUNS = {
    "fr": ("de", {"seo": "SEO", "social ads": "publicité sur les réseaux sociaux", "content strategy": "stratégie de contenu"}),
    "en": ("", {"seo": "SEO", "social ads": "social ads", "content strategy": "content strategy"}),
    "es": ("de", {"seo": "SEO", "social ads": "publicidad en redes sociales", "content strategy": "estrategia de contenidos"}),
    "it": ("di", {"seo": "SEO", "social ads": "pubblicità sui social", "content strategy": "strategia dei contenuti"}),
    "pt": ("sobre", {"seo": "SEO", "social ads": "anúncios nas redes sociais", "content strategy": "estratégia de conteúdo"}),
    "pt-BR": ("sobre", {"seo": "SEO", "social ads": "anúncios em redes sociais", "content strategy": "estratégia de conteúdo"}),
    "de": ("zu", {"seo": "SEO", "social ads": "Social Ads", "content strategy": "Content-Strategie"}),
    "nl": ("over", {"seo": "SEO", "social ads": "social ads", "content strategy": "contentstrategie"}),
}
#: An SEO audit asked for (folded): "une mission d'audit SEO", "an SEO audit", "SEO-Audit", "auditoría SEO", "SEO-audit":
#: the audit named in the reply, never a bare "talk SEO".
_SEO_AUDIT = r"\b(?:audits?|auditorias?)\s+(?:de\s+|del\s+|di\s+)?seo\b|\bseo[- ]?audits?\b"
#: How many sites of theirs the audit covers (folded): "nos 4 sites", "our 3 websites", "unsere 2 Websites", "nuestras 3 webs".
_SITES_COUNT = (r"\b(?:nos|our|unsere[nr]?|nuestr[oa]s|i nostri|nostri|os nossos|nossos|onze)\s+(\d{1,2})\s+"
                r"(?:sites?|websites?|webseiten|sitios|webs|siti|webshops?|sites? web|e-?shops?|boutiques)\b")
#: The audit talked about, and its sites, in each language: "de l'audit SEO de vos 4 sites", "the SEO audit of your 4 sites".
_AUDIT_TOPIC = {"fr": ("de l'audit SEO", " de vos {n} sites"), "en": ("the SEO audit", " of your {n} sites"),
                "de": ("zum SEO-Audit", " der {n} Websites"), "es": ("de la auditoría SEO", " de los {n} sitios web"),
                "it": ("dell'audit SEO", " dei {n} siti"), "pt": ("sobre a auditoria de SEO", " dos {n} sites"),
                "nl": ("over de SEO-audit", " van de {n} websites")}
#: A course of hers spoken of right after the field (folded): "le SEO-training", "el taller de social ads" is no topic of theirs.
_COURSE_AFTER = r"[- ]?(?:trainings?|trainingen|cursus\w*|workshops?|formations?|kurs\w*|curso|corso|course|masterclass|schulung\w*|opleiding)\b"


#: Her course in one field, as the draft names it after "tell you more": (prefix, {key: field}, suffix) by language.
_COURSE_NAMES = {
    "en": ("about my ", {"seo": "SEO", "social ads": "social ads", "content strategy": "content strategy"}, " training"),
    "fr": ("de mes formations en ", {"seo": "SEO", "social ads": "publicité sur les réseaux sociaux", "content strategy": "stratégie de contenu"}, ""),
    "de": ("über meine ", {"seo": "SEO", "social ads": "Social-Ads", "content strategy": "Content-Strategie"}, "-Schulungen"),
    "es": ("sobre mis formaciones de ", {"seo": "SEO", "social ads": "publicidad en redes sociales", "content strategy": "estrategia de contenidos"}, ""),
    "it": ("dei miei corsi di ", {"seo": "SEO", "social ads": "pubblicità sui social", "content strategy": "strategia dei contenuti"}, ""),
    "pt": ("sobre as minhas formações em ", {"seo": "SEO", "social ads": "anúncios nas redes sociais", "content strategy": "estratégia de conteúdo"}, ""),
    "pt-BR": ("sobre os meus treinamentos de ", {"seo": "SEO", "social ads": "anúncios em redes sociais", "content strategy": "estratégia de conteúdo"}, ""),
    "nl": ("over mijn ", {"seo": "SEO", "social ads": "social-ads", "content strategy": "contentstrategie"}, "-trainingen"),
}
#: A course word before its field (folded): "formations SEO", "formación en SEO", "corsi di social ads", "training on SEO".
_COURSE_BEFORE = (r"\b(?:trainings?|trainingen|workshops?|formations?|formacion\w*|formazion\w*|formacao|formacoes|treinamentos?|kurs\w*|schulung\w*|cursos?|corsi|corso|courses?)"
                  r"\s+(?:(?:on|in|about|en|de|d'|du|sur|di|su|em|de|zu|zum|zur|over|op het gebied van)\s+)?(?:(?:le|la|el|il|lo|o|a|the)\s+)?$")


#: A course the sender took with someone (folded, right before the course word): "colega do curso", "con cui ho fatto il corso",
#: "compañera del curso", "with whom I did the course" — their classmate's course, never a wish to hear of her trainings.
_COURSE_TAKEN = (r"(?:\b(?:colegas?|companer[oa]s?|colleghi|collega|compagn[oa]|compagne?|camarades?|classmates?|kolleg\w*|cursusgeno\w*)"
                 r"\s+(?:do|da|dos|das|del|de la|de|dal|della|di|from|of|du|van|vom|aus dem|im|in|on|at)"
                 r"|\b(?:con cui|con la quale|con il quale|con quien|con la que|con el que|com quem|com a qual|com o qual|with whom|avec qui|avec laquelle|mit der|mit dem|met wie)"
                 r"\s+(?:\w+\s+){0,2}?(?:fatto|seguito|frequentato|hice|hicimos|hizo|fiz|fizemos|fez|did|took|attended|fait|suivi|besucht|gemacht|gevolgd|gedaan)"
                 r"(?:\s+(?:il|el|o|the|le|la|den|de|het))?)\s+$")


def _taken_course(folded: str, end: int) -> bool:
    """Whether the course word that ends before ``end`` is one the sender took with someone ("colega do curso de social ads")."""
    before = cre.search(_COURSE_BEFORE, folded[max(0, end - 40):end])
    start = max(0, end - 40) + before.start() if before else end
    return cre.search(_COURSE_TAKEN, folded[max(0, start - 50):start]) is not None


def course_phrase(note: str, offer: list[str], lang: str) -> str:
    """Her course in one field the note names ("the person to know for SEO training"), after "tell you more" in ``lang``:
    "about my SEO training", "über meine SEO-Schulungen"; "" when the note names no course of hers in one field.

    >>> course_phrase("She said you're the person to know for SEO training in France.", ["SEO", "social ads"], "en")
    'about my SEO training'
    >>> course_phrase("Ze zei dat je de beste bent voor trainingen in social ads.", ["SEO", "social ads"], "nl")
    'over mijn social-ads-trainingen'
    >>> course_phrase("Loved your post on SEO.", ["SEO"], "en")
    ''
    """
    entry = by_lang(_COURSE_NAMES, lang)
    if not entry or not note:
        return ""
    folded = fold(note)
    keys = [key for key in _offered(offer) for m in cre.finditer(_TERMS[key], folded)
            if cre.match(_COURSE_AFTER, folded[m.end():])
            or (cre.search(_COURSE_BEFORE, folded[max(0, m.start() - 40):m.start()]) and not _taken_course(folded, m.start()))]
    if len(set(keys)) != 1:
        return ""
    prefix, fields, suffix = entry
    return prefix + fields[keys[0]] + suffix


def topic_phrase(note: str, offer: list[str], lang: str) -> str:
    """The fields of her offer a prospect's note names (anywhere, not only as a need), after "talk about" in ``lang``:
    "di pubblicità sui social", "de SEO et de stratégie de contenu", "about Meta Ads"; "" when the note names none.

    >>> topic_phrase("Molto interessante il tuo approccio sulle social ads. Ci colleghiamo?", ["social ads"], "it")
    'di pubblicità sui social'
    >>> topic_phrase("Your take on TikTok Ads caught my eye.", ["SEO", "social ads"], "en")
    'TikTok Ads'
    """
    entry = by_lang(_TOPIC_NOUNS, lang)
    if not entry or not note:
        return ""
    prep, nouns = entry
    folded = fold(note)
    if "seo" in _offered(offer) and cre.search(_SEO_AUDIT, folded):
        return _audit_topic(folded, lang)
    found: list[tuple[int, str]] = []
    for key in _offered(offer):
        for m in cre.finditer(_TERMS[key], folded):
            if cre.match(_COURSE_AFTER, folded[m.end():]):
                continue
            found.append((m.start(), key))
            break
    keys = [k for _, k in sorted(found)][:2]
    if not keys:
        return ""
    items = [nouns[k] for k in keys]
    if "seo" in keys and cre.search(_INTL_SEO_RX, folded):
        items[keys.index("seo")] = _INTL_TOPIC[lang[:2]]  # "o seu trabalho com SEO internacional": the scope kept ("sobre SEO internacional")
    if keys == ["social ads"]:
        named = {next(g for g in m.groups() if g) for m in cre.finditer(_PLATFORM, folded)}
        if len(named) == 1:
            items = [f"{_PLATFORM_NAMES[named.pop()]} Ads"]  # "Meta Ads", "TikTok Ads": the product's own name in every language
    lead = f"{prep} " if prep else ""
    joint = f" {_AND[lang[:2]]} " + (lead if lang[:2] in ("fr", "es", "it") else "")
    phrase = lead + joint.join(items)
    return "zur " + phrase[3:] if lang[:2] == "de" and phrase.startswith("zu Content") else phrase  # "zur Content-Strategie"


def _audit_topic(folded: str, lang: str) -> str:
    """The SEO audit a prospect asked about, with the number of their sites when given.

    >>> _audit_topic("un audit seo de nos 4 sites", "fr"), _audit_topic("an seo audit of our shop", "en")
    ("de l'audit SEO de vos 4 sites", 'the SEO audit')
    """
    audit, sites = _AUDIT_TOPIC[lang[:2]]
    m = cre.search(_SITES_COUNT, folded)
    return audit + (sites.format(n=m.group(1)) if m else "")


#: Each field after "exchange ideas" in each language, its preposition and article included: "sobre estratégia de conteúdo",
#: "sur la stratégie de contenu", "sulla strategia dei contenuti", "über Content-Strategie".
_EXCHANGE_ON = {
    "en": {"seo": "on SEO", "social ads": "on social ads", "content strategy": "on content strategy"},
    "fr": {"seo": "sur le SEO", "social ads": "sur la publicité sur les réseaux sociaux", "content strategy": "sur la stratégie de contenu"},
    "es": {"seo": "sobre SEO", "social ads": "sobre publicidad en redes sociales", "content strategy": "sobre estrategia de contenidos"},
    "it": {"seo": "sulla SEO", "social ads": "sulla pubblicità sui social", "content strategy": "sulla strategia dei contenuti"},
    "pt": {"seo": "sobre SEO", "social ads": "sobre anúncios nas redes sociais", "content strategy": "sobre estratégia de conteúdo"},
    "de": {"seo": "über SEO", "social ads": "über Social Ads", "content strategy": "über Content-Strategie"},
    "nl": {"seo": "over SEO", "social ads": "over social ads", "content strategy": "over contentstrategie"},
}


#: A wish to exchange ideas (folded): "trocar ideias", "intercambiar ideas", "scambiare idee", "confrontarci", "échanger",
#: "austauschen", "Austausch", "van gedachten wisselen", "ideeën uitwisselen", "sparren".
_EXCHANGE_WORD = (r"\b(?:trocar (?:ideias|impressoes|experiencias)|troca de ideias|intercambi\w*|scambi\w*|confrontar\w*|echanger|echange|echangeons"
                  r"|austausch\w*|auszutauschen|van gedachten (?:te )?wisselen|uitwissel\w*|sparren)\b")


def exchange_topic(note: str, offer: list[str], lang: str) -> str:
    """The fields of her offer a note wants to exchange ideas on (named in the sentence of the wish, after it, or in the
    sentence just before), after "exchange ideas" in ``lang``; "" when it names none. Never English: its reply says
    "happy to" once already.

    >>> exchange_topic("Sigo tu trabajo. Me gustaría intercambiar ideas sobre estrategia de contenidos.", ["SEO", "content strategy"], "es")
    'sobre estrategia de contenidos'
    >>> exchange_topic("Ich interessiere mich für Ihre Arbeit zu SEO. Ich würde mich über einen Austausch freuen.", ["SEO"], "de")
    'über SEO'
    >>> exchange_topic("Ich arbeite im Content Marketing und freue mich auf den Austausch.", ["content strategy"], "de")
    ''
    """
    nouns = _EXCHANGE_ON.get(lang[:2])
    if not nouns or not note or lang[:2] == "en":
        return ""
    sentences = cre.split(r"(?<=[.!?\n])\s+", fold(note))
    hits = [(i, m) for i, x in enumerate(sentences) for m in [cre.search(_EXCHANGE_WORD, x)] if m]
    if not hits:
        return ""
    at, word = hits[0]
    wish = sentences[at][word.start():]
    before = sentences[at - 1] if at else ""
    found: list[tuple[int, str]] = []
    for text, rank in ((wish, 0), (before, 1000)):
        found += [(rank + m.start(), key) for key in _offered(offer) for m in [cre.search(_TERMS[key], text)]
                  if m and not cre.match(_COURSE_AFTER, text[m.end():]) and key not in [k for _, k in found]]
        if found:
            break
    return f" {_AND[lang[:2]]} ".join(_network_ads_on(wish + " " + before, lang[:2]) if k == "social ads" else nouns[k]
                                     for _, k in sorted(found)[:2])


#: One network's ads named (folded): "LinkedIn Ads", "Meta-Ads"; and in B2B: "im B2B-Bereich", "en B2B".
_NETWORK_ADS = r"\b(meta|facebook|instagram|tiktok|linkedin|pinterest|youtube)[- ]ads\b"
_B2B = r"\bb2b\b"
#: That network's ads after "exchange ideas" ({p}: the network), and "in B2B" after them, per language.
_NETWORK_ADS_ON = {"fr": ("sur les {p} Ads", " en B2B"), "es": ("sobre {p} Ads", " en B2B"), "it": ("sulle {p} Ads", " nel B2B"),
                   "pt": ("sobre {p} Ads", " em B2B"), "de": ("über {p} Ads", " im B2B-Bereich"), "nl": ("over {p} Ads", " in B2B")}
_NETWORK_NAMES = {"linkedin": "LinkedIn", "tiktok": "TikTok", "youtube": "YouTube"}


def _network_ads_on(text: str, lang: str) -> str:
    """Social ads named as the network the note names ("über LinkedIn Ads im B2B-Bereich"), never the generic "Social Ads".

    >>> _network_ads_on("ihre erfahrungen mit linkedin ads im b2b-bereich", "de"), _network_ads_on("sur la pub", "fr")
    ('über LinkedIn Ads im B2B-Bereich', 'sur la publicité sur les réseaux sociaux')
    """
    m = cre.search(_NETWORK_ADS, text)
    if not m:
        return _EXCHANGE_ON[lang]["social ads"]
    on, b2b = _NETWORK_ADS_ON[lang]
    network = _NETWORK_NAMES.get(m.group(1), m.group(1).capitalize())
    return on.format(p=network) + (b2b if cre.search(_B2B, text) else "")


#: Content for one social network named as what they want to make or learn (folded): "contenidos en Instagram", "contenuti su
#: Instagram", "conteúdo para o TikTok", "Instagram content", "Instagram-Inhalte", "content voor LinkedIn", "contenus pour Instagram".
_NETWORKS = r"(instagram|insta|tiktok|linkedin|facebook|pinterest|youtube)"
_CONTENT_FOR = (rf"\b(?:contenus?|content|inhalte\w*|contenidos?|contenuti|conteudos?)\s+(?:en|sur|su|no|na|nel|on|auf|op|para|per|for|pour|voor|fur|in)"
                rf"\s+(?:l'|el |il |lo |o |a |the |le |la |de |het |den |das )?{_NETWORKS}\b|\b{_NETWORKS}[- ](?:content|inhalte|contenus?)\b")
#: That content named in each language, after "a training on".
_CONTENT_NAMES = {"fr": "la création de contenus pour {p}", "en": "{p} content", "de": "Content für {p}", "es": "contenidos en {p}",
                  "it": "contenuti per {p}", "pt": "conteúdo para o {p}", "nl": "content voor {p}"}


def content_topic(note: str, lang: str) -> str:
    """The network content a note wants to make, named in ``lang`` ("contenidos en Instagram"); "" when it names none.

    >>> content_topic("quiero empezar con contenidos en Instagram. ¿Das formaciones?", "es")
    'contenidos en Instagram'
    >>> content_topic("J'aime ton article sur le SEO.", "fr")
    ''
    """
    m = cre.search(_CONTENT_FOR, fold(note))
    if not m or lang[:2] not in _CONTENT_NAMES:
        return ""
    return _CONTENT_NAMES[lang[:2]].format(p=_PLATFORM_NAMES[next(g for g in m.groups() if g)])


#: An agency writing (folded): "I own a digital agency", "je dirige une agence", "agence web à Villeurbanne", "tengo una
#: agencia", "ho un'agenzia", "ich leite eine Digitalagentur", "ik heb een digitaal bureau"; never "your agency".
_SENDER_AGENCY = (r"\b(?<!your )(?<!votre )(?<!ton )(?<!tu )(?<!su )(?<!tua )(?<!sua )(?<!ihre )(?<!deine )(?<!jouw )(?<!uw )"
                  r"(?:\w+-?)?(?:agency|agence|agencia|agenzia|agentur|bureau)\b")
#: A freelancer or consultant sought for projects or clients (folded): "a French-speaking freelancer for a few SEO projects",
#: "une freelance SEO pour quelques projets clients", "una freelance per alcuni progetti SEO", "eine Freelancerin für
#: einige SEO-Projekte": work for the agency's clients, never the agency's own SEO.
_FREELANCER_FOR_PROJECTS = (r"\b(?:freelanc\w*|free-lance\w*|consultant\w*|consultor\w*|consulent\w*|berater\w*|freiberuf\w*|zzp\w*)\b"
                            r"[^.?!\n]{0,60}\b(?:\w+-)?(?:projects?|projets?|proyectos?|progett[oi]|projetos?|projekte?n?|projecten|opdracht\w*)\b")
#: Their clients' projects in her field, after "help" (formal, informal): "with your clients' SEO projects", "sur les
#: projets SEO de vos clients", "con los proyectos SEO de sus clientes", "con i progetti SEO dei Suoi clienti", "com os
#: projetos de SEO dos seus clientes", "bei den SEO-Projekten Ihrer Kunden", "met de SEO-projecten van uw klanten".
_CLIENTS_SEO_PROJECTS = {
    "en": ("with your clients' SEO projects", "with your clients' SEO projects"),
    "fr": ("sur les projets SEO de vos clients", "sur les projets SEO de tes clients"),
    "es": ("con los proyectos SEO de sus clientes", "con los proyectos SEO de tus clientes"),
    "it": ("con i progetti SEO dei Suoi clienti", "con i progetti SEO dei tuoi clienti"),
    "pt": ("com os projetos de SEO dos seus clientes", "com os projetos de SEO dos teus clientes"),
    "de": ("bei den SEO-Projekten Ihrer Kunden", "bei den SEO-Projekten deiner Kunden"),
    "nl": ("met de SEO-projecten van uw klanten", "met de SEO-projecten van je klanten"),
}


def agency_projects_phrase(note: str, offer: list[str], lang: str, informal: bool) -> str:
    """An agency's SEO projects for its clients, after "help" ("with your clients' SEO projects"); "" for any other note.

    >>> agency_projects_phrase("I own a digital agency, looking for a freelancer for a few SEO projects.", ["SEO"], "en", False)
    "with your clients' SEO projects"
    >>> agency_projects_phrase("We need help with our SEO.", ["SEO"], "en", False)
    ''
    """
    folded = fold(note)
    row = _CLIENTS_SEO_PROJECTS.get(lang[:2])
    if not row or needs(note, offer) != ["seo"] or not cre.search(_SENDER_AGENCY, folded) or not cre.search(_FREELANCER_FOR_PROJECTS, folded):
        return ""
    return row[1 if informal else 0]


#: A team to be trained (folded): "queremos formar a 5 personas en paid social", "former notre équipe au SEO", "train our
#: team on Meta ads", "unser Team schulen", "formare il team", "formar a equipa comercial", "ons team opleiden" (164 C).
_TRAIN_VERB = (r"\b(?:form(?:ar|er|are)|train(?:ing)?|schulen|schulung|weiterbild\w*|capacitar|treinar|formacao|formacion|formazione"
               r"|opleiden|bijscholen|trainen|upskill\w*)\b")
_TRAINED_TEAM = (r"\b(?:equipo|equipa|equipe|team|teams|personas|pessoas|people|personnes|personen|persone|collaborateurs|colaboradores"
                 r"|mitarbeiter\w*|medewerkers|collaboratori|staff|salaries|empleados|funcionarios|dipendenti)\b")
#: Her help with a team's training, after "help" in each language: (formal, informal) with {t} the field (or none).
_TEAM_TRAINING = {
    "en": ("with training your team{t}", "with training your team{t}"),
    "fr": ("dans la formation de votre équipe{t}", "dans la formation de ton équipe{t}"),
    "de": ("bei der Schulung Ihres Teams{t}", "bei der Schulung deines Teams{t}"),
    "es": ("con la formación de su equipo{t}", "con la formación de tu equipo{t}"),
    "it": ("con la formazione del vostro team{t}", "con la formazione del tuo team{t}"),
    "pt": ("na formação da sua equipa{t}", "na formação da tua equipa{t}"),
    "pt-BR": ("no treinamento da sua equipe{t}", "no treinamento da sua equipe{t}"),
    "nl": ("met de training van uw team{t}", "met de training van je team{t}"),
}
_TEAM_FIELD_PREP = {"en": " in ", "fr": " en ", "de": " zu ", "es": " en ", "it": " su ", "pt": " em ", "pt-BR": " em ", "nl": " in "}


def team_training_phrase(note: str, offer: list[str], lang: str, informal: bool) -> str:
    """Her help with training the sender's team, after "help" in ``lang`` ("con la formación de su equipo en publicidad en
    redes sociales"), the field named when it is one of hers; "" when no team training is asked or none is in ``offer``.

    >>> team_training_phrase("Queremos formar a 5 personas en paid social.", ["social ads", "digital marketing training"], "es", False)
    'con la formación de su equipo en publicidad en redes sociales'
    >>> team_training_phrase("We need help with our SEO.", ["SEO", "digital marketing training"], "en", False)
    ''
    """
    if not any("training" in fold(o) for o in offer):
        return ""
    row = by_lang(_TEAM_TRAINING, lang)
    if not row:
        return ""
    for sentence in cre.split(r"(?<=[.!?\n])\s+", fold(note or "")):
        if cre.search(_TRAIN_VERB, sentence) and cre.search(_TRAINED_TEAM, sentence):
            offered = _offered(offer)
            keys = [k for k, rx in _TERMS.items() if k in offered and cre.search(rx, sentence)]
            nouns = by_lang(_TOPIC_NOUNS, lang)
            field = (_TEAM_FIELD_PREP.get(lang) or _TEAM_FIELD_PREP[lang[:2]]) + nouns[1][keys[0]] if keys and nouns else ""
            return row[1 if informal else 0].format(t=field)
    return ""
