"""Joining one of her events: "can I come to your next afterwork?", "will you run another workshop soon?".

A sender who asks to come to a gathering the owner hosts (an afterwork, a meetup, an apéro) or to one of her sessions
(a workshop, a training), or whether she will run another one, wants a welcome and the date. Her settings hold no
date of a next event: the reply welcomes them and promises to tell them here when the date is set, never a date, a
job-search tip, a "your proposal interests me" nor a question about their business and budget.

>>> asked("Vi que organizas afterworks de marketers, ¿puedo apuntarme al próximo?")
'join'
>>> asked("Estive no seu workshop de Instagram. Queria saber se você vai fazer outro em breve!")
'again'
>>> asked("Would you like to join our afterwork next Thursday?")  # theirs: thanked, glad to come as her diary allows, where asked
'invited'
>>> line("en", "join", informal=True)
"Of course, you'd be very welcome! The next date isn't set yet: I'll let you know here as soon as it is."
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: A gathering she hosts (folded): asking to come is enough.
_GATHERING = r"\b(?:\w*afterworks?|after-works?|[\w-]*meetups?|aperos?|aperitiv[oi]|\w*borrels?|[\w-]*stammtisch\w*|happy hours?|networking\w*|soirees?)\b"
#: One of her sessions (folded): asking to come to the NEXT one (asking to attend one at all is a client's request).
_SESSION = (r"\b(?:workshops?|ateliers?|talleres?|taller|masterclass\w*|webinars?|webinaires?|trainings?|formations?|sessions?|sessies?"
            r"|cursos?|cors[oi]|kurse?|schulung\w*|cursus\w*|treinamentos?)\b")
_EVENT = rf"{_GATHERING}|{_SESSION}"
#: "can I join / come / sign up", first person, in every language; German and Dutch put the verb last (folded).
_JOIN = (r"\b(?:can i|could i|may i|might i|would it be possible (?:for me )?to|is it possible to|puis-je|je peux|je pourrais|pourrais-je|est-ce que je (?:peux|pourrais)"
         r"|puedo|podria|(?:me )?puedo|posso|potrei|poderia|darf ich|kann ich|konnte ich|mag ik|kan ik|zou ik)\s+(?:[\w'-]+\s+){0,5}?"
         r"(?:join|come|attend|sign up|register|tag along|venir|participer|m'inscrire|me joindre|(?:vous |te )?rejoindre|apuntarme|unirme|ir|asistir|participar"
         r"|sumarme|inscribirme|partecipare|venire|unirmi|iscrivermi|aggregarmi|me inscrever|inscrever-me|me juntar|juntar-me|aparecer"
         r"|mitkommen|vorbeikommen|kommen|teilnehmen|dabei sein|mitmachen|dazukommen|aansluiten|komen|meedoen|langskomen|deelnemen|meekomen|inschrijven)\b"
         r"|\b(?:je|jou|u|dich|sie|te|ti|vous|you) (?:(?:mal|een keer|eens|gern|graag) )*(?:anschliessen|aansluiten|rejoindre)\b")
#: "the next one", "your next", "al próximo", "au prochain", "al prossimo", "ao próximo", "zum nächsten", "bij de volgende" (folded).
_NEXT = r"\b(?:next|prochaine?s?|proxim[oa]s?|prossim[oa]|nachste[nmrs]?|volgende)\b"
#: Another of her sessions wished for: "another one soon?", "un autre atelier", "outro em breve", "noch einen", "nog een" (folded).
#: "nog een vraag", "another quick question", "noch eine Frage": another question, never another session.
#: ("o era otra Camille?", "or was it another Camille?": another person of her name, never another session asked)
_ANOTHER = (r"(?<!\bera )(?<!\bwas it )(?<!\bwas that )(?<!etait )(?<!war es )(?<!war das )(?<!was het )(?<!\bfoi )\b(?:another|un autre|une autre|otro|otra|un altro|un'altra|outro|outra|noch (?:einen|eine|ein)|nog een|weer een)\b"
            r"(?! (?:(?:small|quick|little|petite|pequena|piccola|kleine?|korte?|kurze?) )?(?:question|frage|pregunta|domanda|pergunta|vraag|duvida|duda|dubbio)\w*)")
_SOON_OR_ASKED = (r"\?|\b(?:soon|bientot|pronto|presto|em breve|bald|binnenkort|know if|know whether|savoir si|saber si|sapere se|saber se|wissen ob|weten of"
                  r"|planned|prevu|previsto|prevista|geplant|gepland)\b")
#: An invitation to her ("would you like to join our…", "wir laden dich ein"): theirs, never hers to welcome them to.
_OURS = (r"\b(?:our|we|nous|notre|nos|on organise|nuestro|nuestra|nosotros|organizamos|nostro|nostra|organizziamo|nosso|nossa|unser\w*|wir|onze|ons|wij)\b")


#: She is asked to come to THEIR gathering (folded): "ça te dirait de rejoindre le groupe ?", "would you like to join us?",
#: "¿te apetece venir?", "ti va di unirti?", "topas vir?", "hast du Lust vorbeizukommen?", "heb je zin om langs te komen?", "tu viens ?".
_INVITED = (r"\b(?:ca te dirait|ca vous dirait|ca te tente|ca vous tente|tu viens|vous venez|tu veux venir|voulez-vous venir|seriez-vous partante?"
            r"|serais-tu partante?|would you like to|do you want to|want to (?:join|come)|fancy (?:joining|coming)|care to join|join us"
            r"|te apetece|le apetece|te animas|se anima|quieres venir|quiere venir|te gustaria (?:venir|unirte|sumarte)|le gustaria (?:venir|unirse|sumarse)"
            r"|ti va|le va|ti andrebbe|le andrebbe|vuoi venire|vorresti (?:venire|unirti)|vuoi unirti|topas?|queres vir|quer vir|gostarias de (?:vir|aparecer|juntar)"
            r"|gostaria de (?:vir|aparecer|se juntar)|hast du lust|hatten sie lust|magst du|mochtest du (?:kommen|vorbeikommen|dabei sein)|kommst du"
            r"|heb je zin|hebt u zin|zin om|lijkt het je leuk|kom je|wil je (?:komen|aansluiten|erbij))\b")


def invited(note: str) -> bool:
    """Whether the sender invites her to a gathering of THEIRS (an afterwork, a meetup, an apéro): thanked, and the place asked.

    >>> invited("On organise des afterworks une fois par mois. Ça te dirait de rejoindre le groupe ?"), invited("Can I join your next meetup?")
    (True, False)
    """
    folded = fold(note or "")
    return bool(cre.search(_GATHERING, folded) and cre.search(_OURS, folded) and cre.search(_INVITED, folded))


#: A follow-up session asked for (folded): "komt er nog een vervolg?", "is there a follow-up course?", "y aura-t-il une suite ?",
#: "gibt es einen Aufbaukurs?", "¿habrá una segunda parte?", "ci sarà un seguito?", "vai haver continuação?".
_SEQUEL = (r"\b(?:vervolg\w*|follow-?up (?:course|session|workshop|training)s?|sequel|part (?:2|two|ii)|advanced (?:course|session|workshop|level)"
           r"|une suite|la suite|niveau 2|aufbau\w*|fortsetzung|teil 2|segunda parte|continuacion|continuacao|un seguito|secondo livello|parte 2)\b")


def asked(note: str) -> str:
    """"join" (to come to her next gathering or session), "again" (whether she runs another session), "" for a follow-up
    session asked (her follow-up answer's), "invited" (to theirs), or ""."""
    folded = fold(note or "")
    if not cre.search(_EVENT, folded):
        return ""
    for s in cre.split(r"(?<=[.!?…\n])\s+", folded):
        join = cre.search(_JOIN, s)
        if join and not cre.search(_OURS, s) and (cre.search(_NEXT, s) or cre.search(_GATHERING, s[join.start():])):
            return "join"
        if cre.search(_SEQUEL, s) and "?" in s and not cre.search(_OURS, s):
            return ""  # "Komt er nog een vervolg?": a follow-up asked (her follow-up answer's), never a wish to attend again
        if cre.search(_ANOTHER, s) and cre.search(_SOON_OR_ASKED, s) and not cre.search(_OURS, s):
            return "again"
    return "invited" if invited(note) else ""


#: (informal, formal) per language: the welcome to a join, the gladness at "another one?", and the honest date line.
_JOIN_LEAD: dict[str, tuple[str, str]] = {
    "en": ("Of course, you'd be very welcome!",) * 2,
    "fr": ("Avec grand plaisir !",) * 2,
    "de": ("Sehr gern!",) * 2,
    "es": ("¡Con mucho gusto!",) * 2,
    "it": ("Con piacere!",) * 2,
    "pt": ("Com todo o gosto!",) * 2,
    "pt-BR": ("Claro, com prazer!",) * 2,
    "nl": ("Graag, je bent van harte welkom!", "Graag, u bent van harte welkom!"),
}
_AGAIN_LEAD: dict[str, tuple[str, str]] = {
    "en": ("Glad you'd like to come to another one!",) * 2,
    "fr": ("Ravie que ça te donne envie de revenir !", "Ravie que cela vous donne envie de revenir !"),
    "de": ("Schön, dass du wiederkommen möchtest!", "Schön, dass Sie wiederkommen möchten!"),
    "es": ("¡Qué bien que te hayan quedado ganas de repetir!", "Me alegra que le hayan quedado ganas de repetir."),
    "it": ("Che bello che ti sia venuta voglia di tornare!", "Mi fa piacere che Le sia venuta voglia di tornare."),
    "pt": ("Que bom que ficaste com vontade de repetir!", "Que bom que ficou com vontade de repetir!"),
    "pt-BR": ("Que bom que você ficou com vontade de voltar!",) * 2,
    "nl": ("Leuk dat je nog eens wilt komen!", "Leuk dat u nog eens wilt komen!"),
}
_DATE_LINE: dict[str, tuple[str, str]] = {
    "en": ("The next date isn't set yet: I'll let you know here as soon as it is.",) * 2,
    "fr": ("La prochaine date n'est pas encore fixée : je te préviens ici dès qu'elle l'est.",
           "La prochaine date n'est pas encore fixée : je vous préviens ici dès qu'elle l'est."),
    "de": ("Der nächste Termin steht noch nicht fest: Ich sage dir hier Bescheid, sobald er feststeht.",
           "Der nächste Termin steht noch nicht fest: Ich gebe Ihnen hier Bescheid, sobald er feststeht."),
    "es": ("La próxima fecha aún no está fijada: te aviso por aquí en cuanto lo esté.",
           "La próxima fecha aún no está fijada: le aviso por aquí en cuanto lo esté."),
    "it": ("La prossima data non è ancora fissata: ti avviso qui appena lo sarà.",
           "La prossima data non è ancora fissata: La avviso qui appena lo sarà."),
    "pt": ("A próxima data ainda não está marcada: aviso-te aqui assim que estiver.",
           "A próxima data ainda não está marcada: dou-lhe notícia por aqui assim que estiver."),
    "pt-BR": ("A próxima data ainda não está marcada: te aviso por aqui assim que estiver.",
              "A próxima data ainda não está marcada: aviso por aqui assim que estiver."),
    "nl": ("De volgende datum staat nog niet vast: ik laat het je hier weten zodra die bekend is.",
           "De volgende datum staat nog niet vast: ik laat het u hier weten zodra die bekend is."),
}


#: Her answer to an invitation to their gathering (informal, formal): glad to come as her diary allows, then where (and when,
#: with no date in the note). Her settings hold no diary: never a firm yes, never a 20-minute call about it.
_INVITED_LEAD: dict[str, tuple[str, str]] = {
    "en": ("I'd love to come if my diary allows!",) * 2,
    "fr": ("Avec plaisir, si mon agenda le permet !",) * 2,
    "de": ("Sehr gern, wenn es mein Kalender zulässt!",) * 2,
    "es": ("¡Me encantaría ir, si la agenda me lo permite!",) * 2,
    "it": ("Molto volentieri, agenda permettendo!",) * 2,
    "pt": ("Com todo o gosto, se a agenda o permitir!",) * 2,
    "pt-BR": ("Adoraria ir, se a agenda permitir!",) * 2,
    "nl": ("Graag, als mijn agenda het toelaat!",) * 2,
}
#: (where, when and where) per language, informal then formal.
_WHERE_Q: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "en": (("Where does it take place?",) * 2, ("When and where does it take place?",) * 2),
    "fr": (("Où est-ce que ça se passe ?", "Où cela se passe-t-il ?"), ("Où et quand est-ce que ça se passe ?", "Où et quand cela se passe-t-il ?")),
    "de": (("Wo findet es statt?",) * 2, ("Wann und wo findet es statt?",) * 2),
    "es": (("¿Dónde es?", "¿Dónde será?"), ("¿Cuándo y dónde es?", "¿Cuándo y dónde será?")),
    "it": (("Dove si svolge?",) * 2, ("Quando e dove si svolge?",) * 2),
    "pt": (("Onde vai ser?",) * 2, ("Quando e onde vai ser?",) * 2),
    "nl": (("Waar is het?",) * 2, ("Wanneer en waar is het?",) * 2),
}


#: The sender signed up for one of her sessions (folded): "I'm enrolled in your course", "je suis dans ta promo", "me he
#: inscrito en tu curso", "mi sono iscritta al tuo corso", "inscrevi-me no seu curso", "ich habe mich für deinen Kurs
#: angemeldet", "ik heb me ingeschreven voor je training".
_ENROLLED = (r"\b(?:(?:i'?m|i am|i'?ve|i have|just|we'?re|we are) (?:\w+ )?(?:enrolled|signed up|registered|booked)"
             r"|(?:je|nous) (?:me |nous )?(?:suis|sommes|viens de m'inscrire|viens de nous inscrire) (?:\w+ )?(?:inscrite?s?|dans (?:ta|votre) (?:promo|session|classe))"
             r"|je viens de m'inscrire|(?:me he|me|nos hemos) (?:inscrito|inscribi|apuntado|apunte)|estoy (?:inscrit[oa]|apuntad[oa])"
             r"|mi sono (?:appena )?iscritt[oa]|sono iscritt[oa]|me inscrevi|inscrevi-me|estou inscrit[oa]"
             r"|(?:habe mich|bin) (?:[\w-]+ ){0,7}?(?:angemeldet|eingeschrieben)|(?:ik ben|ik heb me|heb me) (?:[\w-]+ ){0,7}?(?:ingeschreven|aangemeld))\b")
#: Her session named as hers (folded): "your social ads course", "ta promo de formation", "tu curso", "deinen Kurs", "je training".
_HER_SESSION = (r"\b(?:your|ton|ta|votre|tu|su|tuo|tua|al tuo|seu|sua|teu|no seu|no teu|na sua|na tua|dein\w*|ihr\w*|je|jouw|uw)\s+(?:[\w-]+\s+){0,3}?"
                rf"(?:promo|courses?|cours|bootcamp|kurs\w*|opleiding|formacao|formacion|formazione|{_SESSION[5:-3]})\b")
#: The session still ahead (folded): "starting next month", "looking forward to it", "hâte de commencer", "non vedo l'ora".
_STARTS_LATER = (r"\b(?:starting|starts|begins|next (?:month|week)|looking forward|can'?t wait|hate de commencer|hate que (?:ca|cela) commence|qui commence|commence (?:en|le|dans)"
                 r"|ganas de (?:empezar|comenzar|que empiece)|que empieza|empieza (?:el|en|la)|non vedo l'ora|che inizia|inizia (?:a|il|tra)|mal posso esperar|nao vejo a hora"
                 r"|que comeca|comeca (?:em|no|na|daqui)|freue? mich (?:schon )?(?:sehr )?(?:drauf|darauf)|der (?:im|am|nachsten) \w+ (?:startet|beginnt)|startet (?:im|am|nachsten)"
                 r"|beginnt (?:im|am|nachsten)|kijk (?:er )?(?:\w+ )?(?:naar )?uit|(?:die|dat) (?:\w+ ){0,2}(?:begint|start))\b")


def enrolled(note: str) -> bool:
    """Whether the sender says they signed up for one of her sessions still ahead, asking nothing: welcomed to it.

    >>> enrolled("I'm enrolled in your social ads course starting next month - really looking forward to it!")
    True
    >>> enrolled("Salut ! Je suis dans ta promo de formation Social Ads de septembre, hâte de commencer 🙂")
    True
    >>> enrolled("I'm enrolled in an SEO course starting next month, looking forward to it!")  # not hers
    False
    """
    folded = fold(note or "")
    return "?" not in folded and bool(cre.search(_ENROLLED, folded) and cre.search(_HER_SESSION, folded) and cre.search(_STARTS_LATER, folded))


#: The welcome to her session ahead (informal, formal): glad to have them, see you at the start, questions welcome until then.
_ENROLLED_LINE: dict[str, tuple[str, str]] = {
    "en": ("Great to have you on board: see you when we start, and feel free to message me before then if you have any questions!",
           "Great to have you on board: see you when we start, and please feel free to message me before then if you have any questions."),
    "fr": ("Ravie de te compter parmi les participants : à très vite en formation, et n'hésite pas si tu as des questions d'ici là !",
           "Ravie de vous compter parmi les participants : à très vite en formation, et n'hésitez pas si vous avez des questions d'ici là !"),
    "de": ("Schön, dass du dabei bist! Bis bald beim Kursstart, und melde dich gern, wenn du vorher Fragen hast.",
           "Schön, dass Sie dabei sind! Bis bald beim Kursstart, und melden Sie sich gern, wenn Sie vorher Fragen haben."),
    "es": ("¡Qué bien que te hayas apuntado! Nos vemos al empezar, y si tienes alguna pregunta antes, escríbeme sin problema.",
           "Me alegra mucho que se haya inscrito. Nos vemos al empezar, y si tiene alguna pregunta antes, no dude en escribirme."),
    "it": ("Che bello averti tra i partecipanti! Ci vediamo all'inizio, e se hai domande prima, scrivimi pure.",
           "Mi fa molto piacere averLa tra i partecipanti. Ci vediamo all'inizio, e se ha domande prima, mi scriva pure."),
    "pt": ("Que bom que te inscreveste! Vemo-nos no arranque, e se tiveres alguma dúvida até lá, escreve-me à vontade.",
           "Fico muito contente com a sua inscrição! Vemo-nos no arranque, e se tiver alguma dúvida até lá, não hesite em escrever-me."),
    "pt-BR": ("Que bom que você se inscreveu! Nos vemos no início, e se tiver alguma dúvida até lá, é só me escrever.",) * 2,
    "nl": ("Leuk dat je meedoet! Tot bij de start, en als je vooraf vragen hebt, laat het me gerust weten.",
           "Leuk dat u meedoet! Tot bij de start, en als u vooraf vragen hebt, laat het me gerust weten."),
}


def enrolled_line(lang: str, *, informal: bool) -> str:
    """The welcome to her session ahead in ``lang`` (``pt-BR`` too), or "".

    >>> enrolled_line("en", informal=True)[:22]
    'Great to have you on b'
    """
    row = by_lang(_ENROLLED_LINE, lang)
    return row[0 if informal else 1] if row else ""


def invited_line(lang: str, *, informal: bool, dated: bool) -> str:
    """The reply to an invitation to their gathering in ``lang``: glad to come as her diary allows, and where (and when).

    >>> invited_line("fr", informal=True, dated=True)
    'Avec plaisir, si mon agenda le permet ! Où est-ce que ça se passe ?'
    """
    lead, where = by_lang(_INVITED_LEAD, lang), by_lang(_WHERE_Q, lang)
    if not lead or not where:
        return ""
    i = 0 if informal else 1
    return f"{lead[i]} {where[0 if dated else 1][i]}"


def line(lang: str, kind: str, *, informal: bool) -> str:
    """The reply to a "join" or "again" ask in ``lang`` (``pt-BR`` too): the welcome, then the honest date line."""
    leads = _JOIN_LEAD if kind == "join" else _AGAIN_LEAD
    lead, date = by_lang(leads, lang), by_lang(_DATE_LINE, lang)
    if not kind or not lead or not date:
        return ""
    i = 0 if informal else 1
    return f"{lead[i]} {date[i]}"
