"""Notes that look like a request but are not one: the reply they need instead.

* "X told me you were looking for a partner for Spain. Is that right?": a question about HER plans, answered honestly
  (her settings never say she seeks a partner), with curiosity for what they have in mind, never "outside my field".
* "As discussed, I'll send you the info on our workshop format": THEY will send THEIR material; she looks forward to
  it, never a pitch of her own training nor a sales call.
* "I've been following you for a while. Great insights on employer branding! Connect?": a plain networking note;
  glad they like her posts, welcome, never "sounds interesting" nor a call about nothing.

>>> partner_asked("Marc m'a dit que tu cherchais un associé pour le marché belge. C'est vrai ?")
True
>>> they_send("Wie besprochen schicke ich dir die Infos zu unserem Format, sobald sie fertig sind.")
True
>>> follow_topic("Hi Camille, I've been following you for a while. Great insights on local SEO! Connect?")
(True, 'on local SEO')
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.drafts.quickq import in_register
from invitriage.judge.normalize import fold, sentence_span
from invitriage.taxonomy import by_lang

#: "you're looking for a partner", "tu cherches un associé", "buscabas un socio", "cerchi un partner", "procuras um sócio",
#: "du suchst einen Partner", "je zoekt een partner" (folded)
_PARTNER = (r"\b(?:(?:you|you're|you are|you were) (?:\w+ )?(?:looking for|seeking|searching for)|(?:tu |vous )?(?:cherches|cherchais|cherchez|cherchiez|recherches|recherchez)"
            r"|(?:buscas|buscabas|buscarias|usted busca|usted buscaba)|(?:cerchi|cercavi|lei cerca|lei cercava)|(?:procuras|procuravas|voce (?:esta )?procura(?:ndo|va)?|estas a procura|tu (?:estas )?a procura)"
            r"|(?:suchst|suchtest|sie (?:suchen|suchten))|(?:je|u|jij) (?:\w+ )?(?:zoekt|zocht|zoek)|op zoek (?:bent|was|bent geweest) naar)"
            r"\s+(?:\w+\s+){0,2}?(?:socios?|socias?|partners?|partenaires?|associes?|associees?|associates?|business partners?|co-?founders?|cofondat\w*|cofundador\w*"
            r"|parceir[oa]s?|geschaftspartner\w*|vennoot|vennoten|compagnon)\b"
            # the verb last: "dass du einen Partner für die Schweiz suchst", "dat je een partner zoekt voor België"
            r"|\b(?:dass|ob) (?:du|sie) (?:\w+ ){0,2}(?:partner|geschaftspartner|mitgrunder)\w*\b[^.?!]{0,60}\b(?:suchst|suchen)\b"
            r"|\b(?:dat|of) (?:je|jij|u) (?:\w+ ){0,2}(?:partner|vennoot|compagnon)s?\b[^.?!]{0,60}\b(?:zoekt|zocht|zoekt)\b")
#: The sender calls themself a freelancer (folded): "sono copywriter SEO freelance", "I'm a freelance designer", "je suis
#: rédactrice indépendante", "soy traductora autónoma", "ich bin freiberufliche Texterin", "ik ben zzp'er", "trabalho como freelancer".
_SELF_FREELANCE = (r"\b(?:i'?m|i am|je suis|soy|sono|sou|ich bin|ik ben|lavoro come|trabajo como|trabalho como|work as|travaille (?:en|comme)|arbeite als|werk als)"
                   r"\s+(?:(?:a|an|un|une|una|uno|um|uma|ein|eine|een)\s+)?(?:[\w-]+\s+){0,3}?(?:freelance\w*|free-lance\w*|freiberufl\w*|autonom[oa]"
                   r"|independiente|independant\w*|zzp'?er|selbststandig\w*|zelfstandig\w*)\b")
#: "is that right?", "c'est vrai ?", "¿es así?", "è così?", "é verdade?", "stimmt das?", "klopt dat?" or any question
_RIGHT = r"\?"
#: "Pauline m'a dit que tu cherchais un partenaire", "I heard you're looking for partners" (folded): the search heard of
_HEARD = (r"\b(?:m'a|m'ont) (?:dit|parle|explique|raconte)|\bj'ai (?:entendu|appris|vu)|\b(?:told|tells) me|\bmentioned|\bi (?:heard|hear|read|saw)"
          r"|\bme (?:dijo|conto|comento|ha dicho|ha contado)|\bhe (?:oido|leido|visto)|\bmi ha (?:detto|raccontato|parlato)|\bdicendomi|\bho (?:sentito|letto|visto)"
          r"|\bhat mir (?:erzahlt|gesagt|berichtet)|\bich habe (?:gehort|gelesen)|\b(?:vertelde|zei) (?:me|mij)|\bik (?:hoorde|las)|\bheb (?:gehoord|gelezen)"
          r"|\bme (?:disse|contou|falou)|\b(?:disse|contou|falou)-me|\b(?:hoorde|las) ik|\bouvi (?:dizer|falar)|\bli que")
#: "c'est vrai ?", "is that right/still the case?", "¿es así?", "è vero?", "é verdade?", "stimmt das?", "klopt dat?" (folded)
_CONFIRM = (r"\b(?:c'est (?:vrai|bien ca|toujours le cas|toujours d'actualite)|(?:is|was) (?:that|it|this) (?:right|true|so|correct|still the case)|still the case"
            r"|es (?:asi|cierto|verdad)|sigue (?:en pie|siendo asi)|e (?:cosi|vero)|e (?:verdade|assim)|ainda (?:esta|e) (?:de pe|assim)"
            r"|stimmt das|ist das (?:so|richtig|noch aktuell)|klopt (?:dat|het)|is dat (?:zo|nog zo))\b")
#: "as discussed", "comme convenu", "wie besprochen", "como acordamos", "come d'accordo", "como combinado", "zoals besproken"
_AS_AGREED = (r"\b(?:as (?:discussed|agreed|promised)|like we said|comme (?:convenu|promis|dit|discute)|wie (?:besprochen|versprochen|vereinbart|abgemacht)"
              r"|como (?:acordamos|quedamos|hablamos|prometi|combinado|combinamos|prometido|falamos)|segun lo (?:hablado|acordado)|(?:come|com'e) (?:d'accordo|promesso|concordato|detto)"
              r"|zoals (?:besproken|afgesproken|beloofd))\b")
#: "I'll send you", "je t'envoie", "schicke ich dir", "te envío", "ti mando", "envio-te", "stuur ik je" (folded): the sender sends
_I_SEND = (r"\b(?:i(?:'ll| will)? (?:send|share|forward|email) you|je (?:t'|vous )(?:envoie|enverrai|transmets|transmettrai|partage)"
           r"|(?:schicke|sende|schick|leite) ich (?:dir|ihnen)|ich (?:schicke|sende) (?:dir|ihnen)|(?:te|le|les|os) (?:envio|enviare|mando|mandare|paso|pasare)"
           r"|(?:ti|le|vi) (?:mando|mandero|invio|inviero|giro|girero)|(?:te|lhe|vos) (?:envio|enviarei|mando|mandarei)|(?:envio|mando)-(?:te|lhe|vos)"
           r"|vou (?:te |lhe )?(?:enviar|mandar)(?:-te|-lhe)?|(?:stuur|mail|deel) ik (?:je|jou|u)|ik (?:stuur|mail) (?:je|jou|u))\b")
#: "following you for a while", "je te suis depuis", "ich folge dir", "te sigo desde", "ti seguo da", "te sigo há", "volg je al" (folded)
_FOLLOW = (r"\b(?:(?:been )?follow(?:ing|ed)? (?:you|your (?:posts|content|work))|je (?:te|vous) suis (?:depuis|sur)|(?:je )?suis (?:tes|vos) (?:posts|publications)"
           r"|ich folge (?:dir|ihnen)|folge (?:dir|ihnen) (?:schon|seit)|(?:te|le) sigo|sigo (?:tus|sus) (?:publicaciones|posts)|(?:ti|la) seguo|seguo i tuoi"
           r"|(?:te|a) (?:sigo|acompanho)|(?:sigo|acompanho) (?:voce|o seu|os seus|teu|tuas|suas)|volg (?:je|jou|u)|ik volg (?:je|jou|u)"
           # "volg ik uw publicaties", "verfolge ich Ihre Beiträge", "I follow your publications", "seguo i Suoi contenuti"
           r"|(?:volg|volgen) (?:ik|we|wij) (?:je|jouw|uw)|volg (?:jouw|uw) (?:posts|publicaties|berichten|werk)|follow your publications"
           r"|verfolge (?:ich )?(?:deine|ihre) (?:beitrage|posts|publikationen|veroffentlichungen)|seguo (?:i|le) (?:tuoi|suoi|tue|sue))\b")
#: A wish to follow her posts (folded): "would like to follow your posts", "j'aimerais suivre vos publications", "me gustaría
#: seguir sus publicaciones", "vorrei seguire i Suoi post", "gostaria de acompanhar suas publicações", "würde gern Ihre Beiträge
#: verfolgen", "wil graag uw posts volgen": a follower's hello, never a proposal.
_FOLLOW_WISH = (r"\b(?:follow|suivre|seguir|seguire|acompanhar|acompanar|verfolgen|folgen|volgen)\s+(?:de plus pres\s+|da vicino\s+|de perto\s+|de cerca\s+)?"
                r"(?:your|vos|tes|sus|tus|i suoi|i tuoi|le sue|le tue|(?:as )?(?:suas|tuas)|(?:os )?(?:seus|teus)|(?:deine|ihre)|(?:je|jouw|uw))\s+"
                r"(?:posts?|publications?|publicaciones|publicacoes|pubblicazioni|contenidos?|contenuti|conteudos?|content|contenus?|beitrage|posts|berichten|publicaties)\b"
                r"|\b(?:acompanho|sigo) (?:o )?(?:seu|teu) trabalho\b")
#: "great insights on X", "super analyses sur X", "tolle Einblicke zu X", "mooie inzichten over X", "spunti interessanti sul X":
#: her posts praised, and their topic with its preposition (group ``px``)
_PRAISE_ADJ = (r"(?:great|nice|good|interesting|inspiring|valuable|insightful|useful|super|belles?|bonnes?|excellent(?:e|es|s)?|superbes?|chouettes?|passionnant(?:e|es|s)?"
               r"|interessant(?:e|es|s)?|tolle|spannende|starke|gute|hilfreiche|mooie|sterke|goede|leuke|boeiende|waardevolle|grandes|buen[oa]s|geniales|interesantes|utiles|útiles"
               r"|ottim[ie]|bell[ie]|bellissim[ie]|interessanti|util[ie]|[oó]tim[oa]s|excelentes|boas|incr[ií]veis)")
_PRAISE_NOUN = (r"(?:insights?|posts?|content|tips|thoughts|analyses?|conseils|contenus?|publications?|einblicke|beitr(?:a|ä)ge|impulse|tipps|publicaciones|contenidos?"
                r"|consejos|ideas|spunti|contenuti|consigli|riflessioni|publica(?:c|ç)(?:o|õ)es|conte(?:u|ú)dos?|dicas|inzichten|berichten)")
_PRAISE_PREP = r"(?:on|about|sur|zu|zum|zur|uber|über|sobre|su|sul|sulla|sui|sugli|sull'|over)"
_PRAISED_ON = (rf"(?i)\b(?:{_PRAISE_ADJ}\s+(?:\w+\s+)?{_PRAISE_NOUN}|{_PRAISE_NOUN}\s+(?:(?:tr[eè]s|muy|molto|muito|sehr|zeer|heel|really|so)\s+)?{_PRAISE_ADJ})"
               rf"\s+(?P<px>{_PRAISE_PREP}\s+[^.!?\n]{{2,40}}?)\s*[.!?\n]")
#: more than a wish to connect: working together, swapping notes, a call
_MORE = (r"\b(?:collaborat\w*|colabor\w*|collabor\w*|work together|travailler ensemble|zusammenarbeit\w*|samenwerk\w*|swap|exchange|echanger|austauschen|call|appel|anruf"
         r"|telefon\w*|cafe|coffee|kaffee|koffie"
         # "acompanho o seu trabalho … Gostaria de lhe propor uma parceria": a proposal after following her work
         r"|parceri\w*|partenariat\w*|partnerships?|partnerschaft\w*|propor|propose[rz]?|proposition|proponer\w*|proporre|proporle|voorstel\w*|vorschlag\w*"
         # "acompanho o seu trabalho … Gostava de trocar impressões sobre estratégia de conteúdo": an exchange wished
         r"|trocar|troca de|intercambiar|scambiare|confronto|uitwisselen|sparren|talk about|discuss\w*|discuter|conversar)\b")
#: a question of their own beside the wish to connect: not a plain networking note
_OWN_ASK = (r"\b(?:could you|can you|would you|pourrais|pourriez|peux-tu|pouvez-vous|konntest|konnten sie|kannst du|podrias|podria|puedes|potresti|potrebbe"
            r"|puoi|poderia|podes|pode|kun je|kunt u|zou je|zou u|price|prix|tarif\w*|preis\w*|precio|prezzo|preco|prijs|advice|conseil|rat\b|consejo|consiglio"
            r"|conselho|advies|help|aide|hilfe|ayuda|aiuto|ajuda|hulp)\b")
#: a plain wish to get in touch (folded): "ik zou graag met u in contact komen", "j'aimerais entrer en contact avec vous",
#: "I'd like to connect with you", "würde mich gern mit Ihnen vernetzen", "me gustaría entrar en contacto", "entrare in contatto"
_CONNECT_WISH = (r"\b(?:in contact (?:komen|treden)|connect with you|entrer en (?:contact|relation)|in kontakt (?:treten|kommen)|mit (?:ihnen|dir) (?:zu )?vernetzen"
                 r"|entrar en contacto|conectar (?:con usted|contigo)|entrare in contatto|entrar em (?:contato|contacto))\b")
_CONNECT_Q = (r"\b(?:connect(?:ing|er|ons|ons-nous|iamoci|emos|ar|are|en)?|vernetzen|netzwerken|se connecter|on se connecte|conectamos|conectar|colleghiamoci"
              r"|collegarci|ligar|conectar-nos|connecten|linken|verbinden)\b\s*\??")


#: "je cherche une formatrice", "looking for a trainer", "wir suchen eine Trainerin", "buscamos un formador", "cerchiamo un docente",
#: "procuramos um formador", "we zoeken een trainer" (folded): an organisation that needs a trainer for its own learners
_TRAINER_SOUGHT = (r"\b(?:(?:je |nous )?(?:cherche|cherchons|recherche|recherchons) (?:un |une )?(?:formatrice|formateur|intervenante?)"
                   r"|(?:looking|searching) for an? (?:\w+ ){0,3}?(?:trainer|instructor|facilitator|tutor)|(?:suche|suchen) (?:eine[n]?|nach einer?) (?:\w+ )?(?:trainer\w*|dozent\w*|referent\w*)"
                   r"|(?:busco|buscamos) (?:un |una )?(?:formador\w*|docente|profesor\w*)|(?:cerco|cerchiamo) (?:un |una |un')?(?:formator\w*|docente)"
                   r"|(?:procuro|procuramos|procurando|estou a procura de|estamos a procura de) (?:um |uma )?(?:formador\w*|docente|instrutor\w*)"
                   r"|(?:zoek|zoeken) (?:een|naar een) (?:\w+ )?(?:trainer|docent)\w*)\b")


def trainer_sought(note: str) -> bool:
    """An organisation looking for a trainer for its learners (never "what would you like to learn?" back)."""
    return bool(cre.search(_TRAINER_SOUGHT, fold(note)))


#: A series of trainings or workshops an organisation plans (folded): "Schulungsreihe", "workshopreeks", "cycle de formations",
#: "training series", "ciclo de formación", "ciclo di formazione", "ciclo de formações".
_SERIES = (r"\b(?:schulungsreihe|workshopreihe|seminarreihe|weiterbildungsreihe|vortragsreihe|workshopreeks|trainingsreeks|cursusreeks|lezingenreeks"
           r"|cycle (?:de |d')(?:formations?|ateliers|workshops|webinaires)|serie (?:de formations|d'ateliers|de workshops)"
           r"|(?:training|workshop|webinar|masterclass) series|series of (?:trainings?|workshops|webinars)"
           r"|ciclo de (?:formacion|formaciones|talleres|workshops|formacao|formacoes)|serie de (?:talleres|formaciones|formacoes|workshops)"
           r"|ciclo di (?:formazione|workshop|incontri formativi)|serie di (?:workshop|corsi|incontri formativi))\b")
#: The field right after the series (folded): "zu Content-Strategie", "over contentstrategie", "sur la stratégie de contenu".
_SERIES_TOPIC = (r"\s+((?:zu[mr]?|uber|over|sur|on|about|in|sobre|de|su|sul|sulla|sui|sugli|em)\s+[^.,;:!?()\n]{3,40}?)"
                 r"(?=\s+(?:fur|voor|pour|for|para|per|bei|bij|aupres|with|mit|met|avec|con|com|und|en|et|and|y|e|ed)\b|\s*[.,;:!?()\n]|\s*$)")
#: The reply's line on that series, per language: {s} the series as written, {t} its field; (informal, formal).
_SERIES_LINE = {
    "en": ("Your {s} {t} sounds great: it's right in my field.", "Your {s} {t} is right in my field, and I would be glad to hear more."),
    "fr": ("{P} {s} {t} m'intéresse beaucoup : c'est tout à fait mon domaine.", "Votre {s} {t} m'intéresse beaucoup : c'est tout à fait mon domaine."),
    "de": ("Deine {s} {t} klingt spannend, das ist genau mein Thema.", "Ihre {s} {t} interessiert mich sehr, das ist genau mein Thema."),
    "es": ("Tu {s} {t} me interesa mucho: es justo mi especialidad.", "Su {s} {t} me interesa mucho: es justo mi especialidad."),
    "it": ("{P} {s} {t} mi interessa molto: è proprio il mio campo.", "{P} {s} {t} mi interessa molto: è proprio il mio campo."),
    "pt": ("{P} {s} {t} interessa-me muito: é precisamente a minha área.", "{P} {s} {t} interessa-me muito: é precisamente a minha área."),
    "pt-BR": ("{P} {s} {t} me interessa muito: é exatamente a minha área.", "{P} {s} {t} me interessa muito: é exatamente a minha área."),
    "nl": ("Je {s} {t} spreekt me erg aan: dat is precies mijn vakgebied.", "Uw {s} {t} spreekt me erg aan: dat is precies mijn vakgebied."),
}
#: The possessive a series takes where it has a gender (masculine "cycle"/"ciclo", feminine "série"/"serie"): (informal, formal).
_SERIES_POSSESSIVE = {"fr": (("Ton", "Ta"), ("Votre", "Votre")), "it": (("Il tuo", "La tua"), ("Il Suo", "La Sua")),
                      "pt": (("O teu", "A tua"), ("O seu", "A sua")), "pt-BR": (("Seu", "Sua"), ("Seu", "Sua"))}


def series_line(note: str, lang: str, *, informal: bool) -> str:
    """A series of trainings the sender plans, acknowledged with its field as written, or "" (no series, or none named).

    >>> series_line("Wir planen eine Schulungsreihe zu Content-Strategie für unsere Mitglieder.", "de", informal=False)
    'Ihre Schulungsreihe zu Content-Strategie interessiert mich sehr, das ist genau mein Thema.'
    >>> series_line("Wij zoeken een trainer voor een workshopreeks over contentstrategie voor ondernemers.", "nl", informal=False)[:44]
    'Uw workshopreeks over contentstrategie spree'
    >>> series_line("Stiamo organizzando un ciclo di formazione sulla SEO locale.", "it", informal=True)[:46]
    'Il tuo ciclo di formazione sulla SEO locale mi'
    >>> series_line("We run a training series for our members.", "en", informal=False)
    ''
    """
    row = by_lang(_SERIES_LINE, lang)
    folded = fold(note)
    m = cre.search(_SERIES, folded)
    if not row or not m:
        return ""
    topic = cre.match(_SERIES_TOPIC, folded[m.end():])
    if not topic:
        return ""
    said, field = note[m.start():m.end()], note[m.end() + topic.start(1):m.end() + topic.end(1)]
    pair = (by_lang(_SERIES_POSSESSIVE, lang) or (("", ""), ("", "")))[0 if informal else 1]
    possessive = pair[1] if folded[m.start():].startswith("serie") else pair[0]
    return row[0 if informal else 1].format(s=said, t=field, P=possessive)


def freelancer_self(note: str) -> bool:
    """The sender presents themself as a freelancer ("sono copywriter SEO freelance", "I'm a freelance designer")."""
    return bool(cre.search(_SELF_FREELANCE, fold(note)))


def partner_asked(note: str) -> bool:
    """The note asks whether the owner is looking for a partner or an associate."""
    f = fold(note)
    return bool(cre.search(_PARTNER, f) and cre.search(_RIGHT, f))


def partner_heard(note: str) -> bool:
    """The sender heard she seeks a partner and offers to be one, asking nothing about it ("Pauline m'a dit que tu
    cherchais un partenaire … Je suis développeur, on en parle ?"; never with "c'est vrai ?" or the search asked).

    >>> partner_heard("Pauline m'a dit que tu cherchais un partenaire pour le dev web. Je suis développeur, on en parle ?")
    True
    >>> partner_heard("Marc m'a dit que tu cherchais un associé pour le marché belge. C'est vrai ?")
    False
    """
    f = fold(note)
    m = cre.search(_PARTNER, f)
    if not m:
        return False
    start, end = sentence_span(f, m.start(), m.end())
    return bool(cre.search(_HEARD, f[start:m.start()])) and f[end:end + 1] != "?" and not cre.search(_CONFIRM, f)


#: "zoals beloofd stuur ik je een connectieverzoek", "as promised I'm sending you an invite": the request itself, nothing to await
_SENT_REQUEST = (r"\b(?:connecti\w*|connection|invite|invit|invits|invitation|connexion|request|uitnodiging|verzoek|einladung|anfrage|vernetzungsanfrage|kontaktanfrage|solicitud|richiesta"
                 r"|invito|convite|pedido|demande)\b")
#: "zoals beloofd stuur ik je even een berichtje – wil je me de link sturen?", "as promised, I'm sending you a quick message":
#: a message (folded) is the note itself, nothing of theirs to await
_SENT_NOTE = (r"\b(?:message|nachricht|mensaje|mensajito|messaggio|messaggino|mensagem|bericht(?:je)?|appje|petit mot|(?:quick|short) (?:note|line))\b(?!-)(?! (?:with|avec|mit|con|com|met)\b)")


def they_send(note: str) -> bool:
    """The sender, as agreed, will send their own material (never a request for hers, nor the invitation itself)."""
    f = fold(note)
    sent = cre.search(_I_SEND, f)
    after = f[sent.end():sent.end() + 40] if sent else ""
    return bool(cre.search(_AS_AGREED, f) and sent and not cre.search(_SENT_REQUEST, after) and not cre.search(_SENT_NOTE, after))


def follow_topic(note: str) -> tuple[bool, str]:
    """A plain networking note from someone who follows her posts; the topic praised, with its preposition."""
    f = fold(note)
    wish = bool(cre.search(_FOLLOW_WISH, f))
    if not (cre.search(_FOLLOW, f) or wish) or cre.search(_OWN_ASK, f) or cre.search(_MORE, f) or f.count("?") > 1:
        return False, ""
    if "?" in f and not cre.search(_CONNECT_Q + r"\?", f):
        return False, ""
    m = cre.search(_PRAISED_ON, note)
    if not m and "?" not in f and (cre.search(_CONNECT_WISH, f) or wish):
        return True, ""  # "volg ik uw publicaties met belangstelling. Ik zou graag met u in contact komen.": a follower's hello, no topic named
    return (True, m.group("px").strip()) if m else (False, "")


#: (informal, formal) per language: not looking for a partner now, curious what they have in mind
_PARTNER_LINE: dict[str, tuple[str, str]] = {
    "en": ("Not that I know of: I'm not looking for a partner at the moment. But I'm curious to hear what you have in mind, so feel free to tell me more here!",
           "Not that I know of: I'm not looking for a partner at the moment. But I'd be curious to hear what you have in mind, so feel free to tell me more here."),
    "fr": ("Pas vraiment : je ne cherche pas d'associé en ce moment. Mais je suis curieuse de savoir ce que tu as en tête, dis-m'en un peu plus ici !",
           "Pas vraiment : je ne cherche pas d'associé en ce moment. Mais je serais curieuse de savoir ce que vous avez en tête : dites-m'en un peu plus ici."),
    "es": ("La verdad es que no: ahora mismo no busco socio. Pero me da curiosidad saber qué tienes en mente, ¡cuéntame un poco más por aquí!",
           "La verdad es que no: ahora mismo no busco socio. Pero me interesa saber qué tiene en mente; cuénteme un poco más por aquí."),
    "it": ("In realtà no: al momento non sto cercando un partner. Però sono curiosa di sapere cosa hai in mente, raccontami qualcosa in più qui!",
           "In realtà no: al momento non sto cercando un partner. Però sono curiosa di sapere cosa ha in mente: mi racconti qualcosa in più qui."),
    "pt": ("Na verdade, não: neste momento não estou à procura de um sócio. Mas tenho curiosidade em saber o que tens em mente: conta-me um pouco mais por aqui!",
           "Na verdade, não: neste momento não estou à procura de um sócio. Mas tenho curiosidade em saber o que tem em mente: conte-me um pouco mais por aqui."),
    "pt-BR": ("Na verdade, não: no momento não estou procurando um sócio. Mas fiquei curiosa para saber o que você tem em mente, me conta um pouco mais por aqui!",
              "Na verdade, não: no momento não estou procurando um sócio. Mas gostaria de saber o que tem em mente: me conte um pouco mais por aqui."),
    "de": ("Das stimmt so nicht ganz: Im Moment suche ich keinen Partner. Aber ich bin neugierig, was du im Sinn hast – erzähl mir hier gern etwas mehr!",
           "Das stimmt so nicht ganz: Im Moment suche ich keinen Partner. Aber ich bin neugierig, was Sie im Sinn haben – erzählen Sie mir hier gern etwas mehr."),
    "nl": ("Dat klopt niet helemaal: op dit moment zoek ik geen partner. Maar ik ben benieuwd wat je in gedachten hebt, vertel me er hier gerust meer over!",
           "Dat klopt niet helemaal: op dit moment zoek ik geen partner. Maar ik ben benieuwd wat u in gedachten heeft; vertel me er hier gerust meer over."),
}

#: (informal, formal) per language: a freelancer offering to be her partner on projects ("mi ha detto che a volte cerchi partner
#: per progetti in italiano"): no project for a partner now, their portfolio kept in mind, never "not really" to the referrer's word
_PARTNER_OFFERED_LINE: dict[str, tuple[str, str]] = {
    "en": ("I don't have a project that needs a partner right now, but I'm happy to keep you in mind: feel free to send me your portfolio here.",
           "I don't have a project that requires a partner at the moment, but I would be glad to keep you in mind: feel free to send me your portfolio here."),
    "fr": ("Je n'ai pas de projet qui demande un partenaire en ce moment, mais je te garde volontiers en tête : envoie-moi ton portfolio ici.",
           "Je n'ai pas de projet qui demande un partenaire en ce moment, mais je vous garde volontiers en tête : n'hésitez pas à m'envoyer votre portfolio ici."),
    "es": ("Ahora mismo no tengo ningún proyecto en el que necesite un partner, pero tendré en cuenta tu perfil con gusto: mándame tu portfolio por aquí.",
           "Ahora mismo no tengo ningún proyecto en el que necesite un partner, pero tendré en cuenta su perfil con gusto: envíeme su portfolio por aquí."),
    "it": ("Al momento non ho progetti per cui mi serva un partner, ma ti tengo volentieri presente: mandami pure qui il tuo portfolio.",
           "Al momento non ho progetti per cui mi serva un partner, ma terrò volentieri presente il Suo profilo: mi mandi pure qui il Suo portfolio."),
    "pt": ("Neste momento não tenho nenhum projeto em que precise de um parceiro, mas fico com o teu perfil em mente: envia-me o teu portefólio por aqui.",
           "Neste momento não tenho nenhum projeto em que precise de um parceiro, mas fico com o seu perfil em mente: envie-me o seu portefólio por aqui."),
    "pt-BR": ("No momento não tenho nenhum projeto em que precise de um parceiro, mas vou guardar o seu perfil: me mande seu portfólio por aqui!",
              "No momento não tenho nenhum projeto em que precise de um parceiro, mas vou guardar o seu perfil: fique à vontade para me enviar seu portfólio por aqui."),
    "de": ("Im Moment habe ich kein Projekt, für das ich einen Partner brauche, aber ich behalte dich gern im Hinterkopf: Schick mir hier gern dein Portfolio.",
           "Im Moment habe ich kein Projekt, für das ich einen Partner brauche, aber ich behalte Sie gern im Hinterkopf: Schicken Sie mir hier gern Ihr Portfolio."),
    "nl": ("Op dit moment heb ik geen project waarvoor ik een partner nodig heb, maar ik houd je graag in gedachten: stuur me hier gerust je portfolio.",
           "Op dit moment heb ik geen project waarvoor ik een partner nodig heb, maar ik houd u graag in gedachten: stuur me hier gerust uw portfolio."),
}

#: (informal, formal): looking forward to what they will send
_AWAIT_LINE: dict[str, tuple[str, str]] = {
    "en": ("Looking forward to your info!", "I look forward to receiving your information."),
    "fr": ("J'attends tes infos avec plaisir !", "Au plaisir de recevoir vos informations."),
    "es": ("¡Quedo atenta a tu información!", "Quedo atenta a su información."),
    "it": ("Aspetto volentieri le tue informazioni!", "Resto in attesa delle Sue informazioni."),
    "pt": ("Fico a aguardar as tuas informações!", "Fico a aguardar as suas informações."),
    "pt-BR": ("Fico no aguardo das suas informações!", "Fico no aguardo das suas informações."),
    "de": ("Ich freue mich auf deine Infos!", "Ich freue mich auf Ihre Informationen."),
    "nl": ("Ik kijk uit naar je info!", "Ik kijk uit naar uw informatie."),
}

#: (informal, formal): glad they like her posts (on the topic), welcome
_FOLLOW_LINE: dict[str, tuple[str, str]] = {
    "en": ("Glad you enjoy my posts{px}, and welcome to my network!", "Glad you enjoy my posts{px}, and welcome to my network!"),
    "fr": ("Ravie que mes posts{px} te plaisent, et bienvenue dans mon réseau !", "Ravie que mes publications{px} vous plaisent, et au plaisir d'échanger."),
    "es": ("¡Me alegra que te gusten mis publicaciones{px}! Encantada de conectar.", "Me alegra que le gusten mis publicaciones{px}. Encantada de conectar."),
    "it": ("Sono contenta che i miei post{px} ti piacciano: felice di essere in contatto!", "Sono contenta che i miei post{px} Le piacciano: felice di essere in contatto."),
    "pt": ("Fico contente por gostares das minhas publicações{px}! É um prazer estarmos em contacto.",
           "Fico contente por gostar das minhas publicações{px}. É um prazer estarmos em contacto."),
    "pt-BR": ("Que bom que você gosta dos meus posts{px}! Vai ser um prazer manter contato.", "Fico feliz que goste das minhas publicações{px}. Será um prazer manter contato."),
    "de": ("Schön, dass dir meine Beiträge{px} gefallen, und willkommen in meinem Netzwerk!", "Schön, dass Ihnen meine Beiträge{px} gefallen; ich freue mich auf den Austausch."),
    "nl": ("Fijn dat je mijn posts{px} waardeert, en welkom in mijn netwerk!", "Fijn dat u mijn posts{px} waardeert; leuk om met u in contact te staan."),
}


def partner_line(lang: str, *, informal: bool, offered: bool = False) -> str:
    """The honest answer to "are you looking for a partner?" (``offered``: a freelancer offering to be one)."""
    return in_register(_PARTNER_OFFERED_LINE if offered else _PARTNER_LINE, lang, informal)


def await_line(lang: str, *, informal: bool) -> str:
    """She looks forward to what the sender will send."""
    return in_register(_AWAIT_LINE, lang, informal)


def follow_line(lang: str, px: str, *, informal: bool) -> str:
    """Glad they like her posts (``px``: "on local SEO", the preposition as the note wrote it), welcome."""
    return in_register(_FOLLOW_LINE, lang, informal).format(px=f" {px}" if px else "")


#: The sender disagrees with what she wrote or said: "I (respectfully) disagree", "je ne suis pas tout à fait d'accord",
#: "no estoy del todo de acuerdo", "discordo", "non sono d'accordo", "bin anderer Meinung", "ben het er niet mee eens" (folded).
_DISAGREE = (r"(?<!can't )(?<!cannot )(?<!couldn't )\bi (?:\w+ )?disagree\b|\b(?:i|we) (?:don't|do not) (?:\w+ )?agree\b|\bbeg to differ\b|\bnot (?:sure|convinced) i agree\b"
             r"|\b(?:i see|i'd see|i view) (?:it|this|that|things) (?:a bit |quite |slightly )?differently\b|\bi have (?:a|another|a slightly) different (?:view|take|opinion)\b|\bpush back on\b"
             r"|\bne suis pas (?:\w+ ){0,2}d'accord\b|\bpas (?:du tout |tout a fait |vraiment |trop |entierement |completement )?d'accord (?:avec|sur|quand|sur le fait)\b"
             r"|\bje ne partage pas\b|\bje vois les choses (?:un peu |tres |assez )?differemment\b|\bje ne suis pas convaincu"
             r"|\bno estoy (?:\w+ ){0,2}de acuerdo\b|\bdiscrepo\b|\bno comparto\b|\bno lo veo (?:asi|igual|tan claro)\b|\bopino (?:distinto|diferente|lo contrario)\b"
             r"|\bdiscordo\b|\bnao concordo\b|\bnao estou (?:\w+ ){0,2}de acordo\b|\bnao (?:compartilho|partilho)\b|\bpenso (?:diferente|de outra forma|de forma diferente)\b|\bvejo (?:isso |isto )?de outra forma\b"
             r"|\bnon sono (?:\w+ ){0,2}d'accordo\b|\bnon concordo\b|\bdissento\b|\bnon condivido\b|\bla penso (?:diversamente|in modo diverso|diversamente)\b"
             r"|\b(?:bin|sind) (?:da |hier |ein wenig |etwas |ganz )?anderer meinung\b|\bnicht (?:ganz |ganz und gar |so ganz |wirklich |vollig )?einverstanden\b|\bstimme (?:\w+ ){0,3}nicht zu\b"
             r"|\bsehe (?:das|es|ich das|ich es) (?:\w+ ){0,2}anders\b|\bmuss (?:\w+ ){0,2}widersprechen\b|\bteile (?:\w+ ){0,3}nicht\b"
             r"|\b(?:ben|zijn) het (?:\w+ ){0,3}niet (?:\w+ ){0,2}eens\b|\bniet mee eens\b|\boneens\b|\bdenk (?:er|daar) (?:\w+ ){0,2}anders over\b|\bzie (?:het|dat|dit) (?:\w+ ){0,2}anders\b")


def disagrees(note: str) -> bool:
    """The note disagrees with something ("no estoy del todo de acuerdo", "I respectfully disagree", "bin anderer Meinung").

    >>> disagrees("vi tu post sobre las cookies y no estoy del todo de acuerdo con lo del contextual")
    True
    >>> disagrees("I couldn't agree more with your post!")
    False
    """
    return bool(note) and bool(cre.search(_DISAGREE, fold(note).replace("\u2019", "'")))
