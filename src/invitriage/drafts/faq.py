"""The owner's FAQ: a question she answers again and again, answered in her own words.

The ``answers`` setting holds entries ``{"when": [...], "also": [...], "texts": {lang: text}}``. A question matches an
entry when it holds one of its ``when`` phrases and, if the entry has ``also`` phrases, one of those too (accent- and
case-insensitive, whole words; a phrase ending in ``*`` matches any word it begins, "conseill*"). The entry whose
topic the question names wins: an ``also`` phrase that names a subject ("seo", "google ads") weighs more than one that
only asks ("which", "recommend*", "start*"); then the most phrases found; a tie goes to the first.

>>> entries = [{"when": ["subdomain", "sous-domaine"], "also": [], "texts": {"en": "A subfolder."}},
...            {"when": ["tiktok"], "also": ["worth", "vaut le coup"], "texts": {"fr": "Oui."}}]
>>> match("Is it better to put a blog on a subdomain or a subfolder?", entries, "en")
'A subfolder.'
>>> match("TikTok, ça vaut le coup pour ma cave ?", entries, "fr"), match("Do you run TikTok ads?", entries, "en")
('Oui.', '')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from invitriage.drafts import career, pick, told
from invitriage.drafts import rx as cre
from invitriage.drafts.notefacts import small_talk
from invitriage.settings import fold_phrase
from invitriage.taxonomy import in_lang
from invitriage.taxonomy import by_lang


def _hits(phrases: Sequence[str], text: str) -> bool:
    """Does any of ``phrases`` occur in the folded ``text``? Every entry's phrases are tried on every question, which
    is most of the time a draft takes: a phrase whose first word is not even a substring of the text is skipped
    without a search."""
    return any(_span(phrase, text) for phrase in phrases)


def _found(phrases: Sequence[str], text: str) -> list[str]:
    return [phrase for phrase in phrases if _span(phrase, text)]



#: A question that points back to the sentence before it: "lohnt sich das …?", "heeft dat zin …?", "is it worth it?",
#: "¿te ha pasado con clientes?".
_BACK = (r"\b(?:they|them|ils|elles|ellos|ellas|eles|elas|that|this|it|ca|cela|ce|das|dies|dieses|es|eso|esto|lo|questo|cio|isso|isto|dat|dit|het"
         # "faut-il l'implémenter tout de suite ?": the thing told before, taken up by its pronoun
         r"|l'(?:implement|install|activ|utilis|integr|mettre)\w*"
         r"|(?:te|le|os|les) ha pasado|(?:ti|le|vi) e (?:gia )?successo|(?:te|lhe|vos) aconteceu|(?:ja )?aconteceu|herken\w*"
         # "faut-il déjà revoir notre stratégie d'acquisition ?", "should we rethink our strategy?": a change of their strategy
         # asked because of the news told before (the end of cookies, an update), the subject in the sentence before
         r"|(?:revoir|repenser|changer|adapter|modifier) (?:\w+ )?(?:notre|nos|ma|mes|la) (?:strategie|approche)"
         r"|(?:rethink|change|adapt|revisit|rework|adjust) (?:\w+ )?(?:our|my|the) (?:\w+ )?(?:strategy|approach)"
         r"|(?:replantear|cambiar|revisar|adaptar|replantearnos) (?:\w+ )?(?:nuestra|mi|la) (?:\w+ )?estrategia"
         r"|(?:rivedere|cambiare|ripensare|adattare) (?:\w+ )?(?:la )?(?:nostra|mia) strategia"
         r"|(?:rever|repensar|mudar|adaptar) (?:\w+ )?(?:a )?(?:nossa|minha) estrategia"
         r"|(?:unsere|meine) (?:\w+ )?\w*strategie (?:\w+ ){0,2}?(?:uberdenken|anpassen|andern)|(?:onze|mijn) (?:\w+ )?\w*strategie (?:\w+ ){0,2}?(?:herzien|aanpassen|veranderen|omgooien))\b")
#: A question that asks for advice without naming its subject: "any tips?", "des conseils ?", "womit anfangen?".
_ADVICE = (r"\b(?:tips?|tipps?|advice|advise|advising|hints?|conseils?|astuces?|consejos?|consigli\w*|dritt[ae]|dicas?|conselhos?|advies|raad|recommend\w*|recommand\w*"
           r"|conseill\w*|aconselh\w*|priori[tsz]\w*"
           # "what would you reccomend?", "que me recomendas?": a misspelt recommend still asks advice
           r"|rec+om+end\w*|rec+om+and\w*|rac+om+and\w*|rec+om+iend\w*"
           # "Was wäre der erste Schritt?", "what would be the first step?": where to start, the subject in the sentence before
           r"|first steps?|erste[nr]? schritte?|premiers? pas|primer(?:os)? pasos?|prim[oi] pass[oi]|primeiros? passos?|eerste stap\w*"
           # "waar zou jij als eerste naar kijken?", "cosa controlleresti per primo?": what to check first after a drop told before
           r"|als eerste|als erstes|per prim[oa]|per prima cosa|innanzitutto|em primeiro lugar|en primer lugar"
           # "quelles sont les premières choses à apprendre ?": the first things to learn, the field named in the sentence before
           r"|premieres? choses?|primeras? cosas?|prime cose|primeiras? coisas?|ersten dinge|eerste dingen"
           r"|first|eerst|zuerst|d'abord|primero|primeiro|en premier|aconsej\w*|recomiend\w*|recomend\w*|empfehl\w*|empfiehl\w*|aanrad\w*|worth|vaut|valent|lohnt\w*|lohnen|lohnend|vale|valen|valgono|valem|conviene|compensa|zin|waard|start\w*|begin\w*"
           # "¿Qué harías tú?", "un avis ?", "was meinst du?": the opinion asked, the subject in the sentence before
           r"|harias|haria|farias|faria|faresti|ferais|feriez|would you do|wurdest du|wurden sie|zou jij|avis|meinst|meinung|opinion|opinione|opiniao|mening"
           r"|pensi|pensa|penses|pensez|think|denkst|acha|achas|opinas|vind je|vindt u"
           r"|commencer|demarrer|debuter|empezar|comenzar|iniziare|partire|anfangen|comecar|beginnen|should i|dois-je|devrais-je|sollte ich|deberia|dovrei|deveria|moet ik|zou ik)\b")


#: A phrase that only asks (which one, where to start, what to recommend) and names no subject: it weighs less than a
#: topic word when two entries match ("What course or certification would you recommend to get started in SEO?").
_ASKING = (_ADVICE[:-3] + r"|which|what|first|best|useful|important\w*|quel\w*|laquelle|lesquelles|d'abord|en premier|utile\w*|welche\w*|zuerst"
           r"|nutzlich\w*|wichtig\w*|cual\w*|primero|util\w*|importante\w*|quale|quali|prima|qual|quais|primeiro|ute\w*|welke|eerst|nuttig\w*"
           r"|belangrijk\w*|einstieg|womit|par ou|por donde|da dove|por onde|waar begin\w*|where to begin|get(?:ting)? started|me lancer"
           r"|beginner\w*|debutant\w*|principiant\w*|iniciante\w*|anfang\w*|cominciare|starten)\b")

#: A question that names its own subject ("welche 2-3 skills …?", "Que canais recomenda?") never borrows the sentence
#: before it: that sentence's shop or tools are not what it asks about.
_OWN_SUBJECT = (r"\b(?:skills?|competences?|competencias?|competenze|competencias?|fahigkeiten|kenntnisse|vaardigheden|channels?|canaux|canal"
                r"|kanale?|kanalen|canales|canali|canais"
                # "welche Agenturen in Frankreich suchen Studis?": the agencies asked about, never the tools told before
                r"|agenc\w*|agentur\w*|agenzi\w*|bureaus?|empresas|entreprises|companies|unternehmen|aziende|bedrijven|firmen)\b")

#: Emoji end a sentence as a full stop would: "ich versinke in tools 😅 welche 2-3 skills …?".
_EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+"


#: A doubt told without a question mark asks all the same: "Ik twijfel tussen een cursus of een eigen site.", "I'm torn
#: between a course and my own site."
_DOUBT = (r"\b(?:j'hesite entre|hesite entre|je ne sais pas si|torn between|undecided between|hesitating between|not sure (?:whether|if)"
          r"|schwanke zwischen|unsicher,? ob|weiss nicht,? ob|dudando entre|dudo entre|no se si|indecis[oa] tra|in dubbio tra|non so se"
          r"|(?:em|na) duvida entre|fiquei na duvida|nao sei se|twijfel (?:nog )?(?:tussen|of)|weet niet of"
          # "a bit lost on whether to specialise in SEO or paid ads", "je ne sais pas trop s'il vaut mieux", "no tengo claro si":
          # the doubt told without a question mark names what the question after it asks about
          r"|(?:lost|unsure|confused|unclear|undecided|stuck) (?:on|about|as to|over) whether|can'?t decide (?:whether|between)"
          r"|je ne sais pas (?:trop )?s'il vaut mieux|(?:pas sur|pas sure|perdue?) (?:de savoir )?s'il|no tengo claro si|no se bien si|non ho chiaro se|non so bene se"
          r"|nao tenho certeza se|nao sei bem se|bin mir nicht sicher,? ob|weiss nicht so recht,? ob|ik weet niet goed of|ik twijfel of"
          # "me quedé con la duda de si recomiendas …": a doubt left by a post asks as a question would
          r"|(?:quede|quedo|quedado) con la duda (?:de )?si|tengo (?:la )?duda (?:de )?si|(?:rimast[oa]|resta) (?:con )?il dubbio se|ho (?:il )?dubbio se"
          r"|fiquei com (?:a )?duvida (?:se|de se)|tenho (?:a )?duvida se|j'ai un doute sur le fait de|je me pose la question de savoir si"
          r"|left me wondering (?:whether|if)|ik twijfel nog of|frage mich noch,? ob)\b")


#: A problem told without a question mark asks for help with it all the same: "ich komme kaum an Sichtbarkeit", "I'm
#: struggling to get any traffic", "j'ai du mal à trouver des clients", "me cuesta conseguir ventas", "faccio fatica a
#: farmi notare", "tenho dificuldade em conseguir vendas", "ik krijg amper zichtbaarheid".
_STRUGGLE = (r"\b(?:struggl\w*|hard(?:ly)? (?:to )?(?:get|getting|find|finding)|barely (?:get|getting)|can'?t (?:seem to )?(?:get|find)"
             r"|du mal a|peine a|n'arrive pas a|galere\w* a|komme? (?:kaum|nicht|schwer) an|kaum (?:\w+ ){0,2}(?:sichtbarkeit|reichweite|verkaufe|kunden|traffic)"
             r"|(?:me|nos) cuesta|no (?:consigo|logro)|faccio fatica|fatico a|non riesco a|tenho dificuldade|nao consigo|custa-me"
             r"|krijg (?:amper|nauwelijks|weinig|geen)|lukt (?:het )?(?:me )?(?:niet|nauwelijks))\b"
             r"[^.!?]{0,40}\b(?:visib\w*|sichtbarkeit|zichtbaarheid|visibilidad|visibilita|visibilidade|reach|reichweite|bereik|alcance|traffic|trafic|trafico|traffico"
             r"|trafego|verkeer|bezoekers|sales|ventes|verkauf\w*|ventas|vendite|vendas|verkopen|orders|commandes|bestellungen|pedidos|ordini|bestellingen"
             r"|clients?|clienti|customers|kunden|clientes|klanten|followers|abonnes|seguidores|follower|volgers|notare|notato)\b")


#: Advice asked for without a question mark: "I'd love any advice on the local job market", "qualquer conselho seria ótimo",
#: "Kindly guide me regarding any online course", "über ein paar Tipps würde ich mich freuen". Thanks for tips already
#: given ("merci pour tes conseils") ask nothing.
_ADVICE_NOUN = (r"\b(?:advice|tips?|pointers|guidance|guide me|conseils?|consejos?|consigli\w*|dritt[ae]|dicas?|conselhos?|tipps?|ratschlag\w*|ratschlage|advies|raad"
                r"|orientacion|orientacao|orientamento|aiguiller|orienter)\b")
_WISH = (r"\b(?:would|i'?d|appreciate\w*|grateful|welcome|kindly|please|serait|serais|seraient|precieux|precieuse|preziosi|prezios[oa]|aimerais|volontiers|ravie?|seria|serian|agradec\w*|encantaria|adoraria"
         r"|gostaria|sarebbe|grat[oa]|piacerebbe|ware|waere|wurde|freue|dankbar|zou|graag|welkom|fijn|any|qualquer|qualquier|qualsiasi|cualquier|n'importe"
         r"|quelques|algun\w*|qualche|alguma\w*|ein paar|paar|elke|alle|some"
         # "ogni consiglio è ben accetto", "tout conseil est bienvenu", "jeder Tipp ist willkommen": advice welcome is advice asked
         r"|ben accett\w*|bienvenu\w*|bienvenid\w*|benvenut\w*|bem[- ]vind\w*|willkommen"
         # "me vendría genial un consejo", "mi servirebbe un consiglio", "I need a tip", "preciso de uma dica", "j'ai besoin de conseils"
         r"|vendria|vendrian|servirebbe\w*|serviria\w*|ayudaria\w*|aiuterebbe\w*|ajudaria\w*|need|needed|necesito|necesitaria|preciso|precisava|precisaria"
         r"|bisogno|besoin|brauche|brauchte|bräuchte|brauchen|nodig"
         # "queria uma dica de como entrar na área", "me gustaría un consejo", "vorrei un consiglio": a tip wished for
         r"|queria|quisiera|gustaria|vorrei|volevo|voudrais)\b")
_THANKS_FOR = r"\b(?:thanks?|thank you|merci|danke|gracias|grazie|obrigad[oa]|valeu|bedankt|dank)\b[^.!?]{0,30}$"

#: A question asked indirectly, without a question mark: "me gustaría saber qué certificaciones me recomiendas para SEO",
#: "I'd like to know which tools you use", "j'aimerais savoir comment tu as trouvé tes premiers clients", "vorrei sapere
#: se ha senso", "ich würde gern wissen, welche Kurse …", "ik vraag me af of …".
#: A doubt whether she remembers them (folded): "je ne sais pas si tu te souviens de moi", "no sé si te acuerdas de mí", "non so
#: se ti ricordi di me", "não sei se você lembra de mim", "not sure if you remember me", "weiß nicht, ob du dich an mich
#: erinnerst", "weet niet of je me nog kent": an old acquaintance's hello, never a choice to advise on.
REMEMBERS_ME = _REMEMBERS_ME = (r"\b(?:je ne sais pas si|(?:je )?sais pas si|jsais pas si|j'sais pas si|no se si|non so se|nao sei se|not sure (?:whether|if)|(?:i )?(?:don't|dont) know if"
                 r"|(?:i )?wonder if|wei(?:ss|ß) nicht,? ob|weet niet of|weet je niet of)\s+"
                 r"(?:tu te souviens|vous vous souvenez|tu te rappelles|vous vous rappelez|te acuerdas|se acuerda|te recuerdas|ti ricordi|si ricorda"
                 r"|(?:voce )?(?:se )?lembra|te lembras|you(?:'ll)? (?:still )?remember|du dich|sie sich|je (?:me|mij) nog)\b")
_INDIRECT = (r"\b(?:(?:i'?d|i would|i'd really|and would|and'?d) (?:like|love) to know|i (?:was|am|'m) wondering|i wonder|(?:could|can) you tell me|curious (?:to know|about)"
             r"|(?:j'aimerais|je voudrais|j'aimerai|je souhaiterais) (?:bien )?savoir|je me demande|(?:me )?(?:gustaria|encantaria|quisiera|queria)"
             r" saber|me pregunto|me preguntaba|(?:vorrei|volevo|mi piacerebbe) (?:tanto )?sapere|mi chiedo|mi chiedevo|je me demandais|me perguntava|ich habe mich gefragt|ik vroeg me af|(?:gostaria|gostava|queria|adoraria) (?:de )?saber"
             r"|pergunto-me|me pergunto|(?:ich )?(?:wurde|mochte) (?:gern|gerne) wissen|ich wusste gern|ich frage mich|(?:und|ich) frag mich|ik (?:zou|wil) (?:graag )?(?:willen )?weten"
             r"|ik vraag me af|ik ben benieuwd"
             # the subject dropped after "and": "… junior contentmarketeer en vroeg me af welke …", "… and was wondering which …"
             r"|(?:en|and|und) (?:vroeg me af|was wondering|habe mich gefragt)"
             # a wish to understand which way to go: "queria entender se vale mais a pena …", "I'd like to understand whether …",
             # "je voudrais comprendre s'il vaut mieux …", "quería entender si …", "vorrei capire se …", "ich möchte verstehen, ob …"
             r"|(?:i'?d|i would) (?:like|love) to understand (?:whether|if|which)|i(?:'m| am) trying to (?:understand|figure out) (?:whether|if|which)"
             r"|(?:j'aimerais|je voudrais|je souhaiterais|j'essaie de) (?:bien )?comprendre (?:si|s'il|lequel|laquelle|quel)"
             r"|(?:me )?(?:gustaria|quisiera|queria|quiero) (?:entender|saber bien) (?:si|cual|que)"
             r"|(?:vorrei|volevo|voglio) capire (?:se|quale|cosa)|(?:gostaria|queria|quero) (?:de )?(?:entender|perceber|compreender) (?:se|qual|o que)"
             r"|(?:ich )?(?:wurde|mochte|will) (?:gern |gerne )?verstehen,? (?:ob|was|welche)|(?:ik )?(?:wil|zou) graag (?:willen )?(?:begrijpen|snappen) of"
             # a wish to hear her story: "would love to hear how you found …", "j'aurais bien aimé avoir ton retour d'expérience
             # sur les débuts", "me encantaría escuchar cómo empezaste", "ich würde gern hören, wie du …", "hoor graag hoe je …"
             r"|(?:i'?d|i would|would|i'?d really|would really) love to (?:hear|learn)|love to hear (?:how|what|about)"
             r"|(?:j'aurais|j'aimerais|je voudrais|j'aurai) (?:bien |beaucoup |tellement )?(?:aime )?(?:avoir|connaitre|entendre) (?:ton|votre) (?:retour|avis|experience|parcours)"
             r"|(?:me )?(?:gustaria|encantaria) (?:escuchar|conocer|oir) (?:tu|su|como)|(?:mi )?piacerebbe (?:sentire|conoscere|ascoltare) (?:la tua|la sua|come)"
             r"|(?:gostaria|adoraria|queria) (?:de )?(?:ouvir|conhecer) (?:a tua|a sua|sua|como)|(?:wurde|mochte|wuerde) (?:\w+ )?(?:gern|gerne) (?:horen|erfahren)"
             r"|hoor (?:graag|het graag) (?:hoe|wat|over)|(?:zou|wil) (?:graag )?(?:horen|weten) hoe"
             # a wish to ask, then what is asked: "queria preguntarte qué certificaciones recomiendas …", "volevo chiederti quali
             # certificazioni consigli …", "I wanted to ask which certifications …" (a wh-word: "ask if we could meet" asks nothing)
             r"|(?:wanted|want|would like|'d like|d like) to ask (?:you )?(?:which|what|how)"
             r"|(?:voulais|voudrais|souhaitais|souhaiterais|aimerais) (?:te|vous) demander (?:quel\w*|lequel|laquelle|lesquel\w*|comment|combien)"
             r"|(?:queria|quisiera|quiero|gustaria) (?:preguntarte|preguntarle|preguntar) (?:que|cual\w*|como|cuant\w*)"
             r"|(?:volevo|vorrei|voglio) (?:chiederti|chiederle|chiedere) (?:quali|quale|come|cosa|che|quant\w*)"
             r"|(?:queria|gostaria de|quero) (?:perguntar-te|perguntar-lhe|te perguntar|lhe perguntar|perguntar) (?:que|qual|quais|como|quant\w*)"
             r"|(?:wollte|mochte|wurde) (?:dich|sie) (?:gern |gerne )?fragen,? (?:welche\w*|was|wie)"
             r"|(?:wilde|wil|zou) (?:je|jou|u) (?:graag )?(?:willen )?vragen (?:welke|wat|hoe))\b")

#: The owner's own start asked about ("ton retour d'expérience sur tes débuts", "how you got started as a freelancer",
#: "deine Anfänge", "tus comienzos", "i tuoi inizi", "os teus primeiros passos", "jouw begintijd"): a sender starting out
#: as a freelancer asks how she got going, which her first-clients answer tells ("how did you get started?" asks her path,
#: answered by the path entry).
_HER_START = (r"\b(?:(?:tes|vos|les|ses) debuts|(?:ton|votre) lancement|your (?:early days|beginnings|start)"
              r"|(?:deine|ihre|die) anfange|(?:deinen|ihren) (?:start|einstieg)|(?:tus|sus|los) (?:comienzos|inicios|primeros pasos)"
              r"|(?:i tuoi|i suoi|gli) inizi|(?:i tuoi|i suoi) primi passi|(?:os teus|os seus|seus|teus) (?:comecos|inicios|primeiros passos)|(?:o teu|o seu|seu) (?:comeco|inicio)"
              r"|(?:jouw|je|uw) (?:begintijd|beginjaren|begin|start))\b")
#: The owner's own freelance business, and how she built it ("wie du dir deine Selbständigkeit aufgebaut hast", "how you built
#: your freelance business", "comment tu as construit ton activité", "cómo montaste tu negocio", "come hai costruito la tua
#: attività", "como construíste o teu negócio", "hoe je je eigen zaak hebt opgebouwd") (folded): her start, told by her
#: first-clients answer, never a learner's first SEO steps.
_HER_BUSINESS = (r"(?:your|ton|votre|tu|su|la tua|la sua|o teu|o seu|a tua|a sua|seu|sua|deine|ihre|dein|ihr|je|jouw|uw)\s+(?:own\s+|propre\s+|propia\s+|propio\s+"
                 r"|eigene[nms]?\s+|eigen\s+)?(?:freelance\s+|independent\s+)?(?:business|activite|negocio|actividad|attivita|atividade|selbst(?:st)?andigkeit"
                 r"|geschaft|firma|zaak|bedrijf|praktijk)\b")
_BUILT = (r"\b(?:built|build|grew|grow|set up|started|aufgebaut|aufbauen|aufgezogen|gegrundet|construit|monte|developpe|lance|construiste|construido"
          r"|montaste|montado|creaste|costruito|avviato|creato|construiu|construir|montou|criaste|criou|opgebouwd|opgezet|opbouwen|gestart)\b")
_HER_BUILT = (rf"\b(?:how|wie|comment|como|come|hoe)\b[^.?!]{{0,30}}{_HER_BUSINESS}[^.?!]{{0,25}}{_BUILT}"
              rf"|\b(?:how|wie|comment|como|come|hoe)\b[^.?!]{{0,30}}{_BUILT}[^.?!]{{0,25}}{_HER_BUSINESS}")
_FREELANCE = (r"\b(?:freelanc\w*|free-lance|independant\w*|a mon compte|auto-?entrepreneu\w*|selbst(?:st)?andig\w*|freiberuf\w*|autonom[oa]s?|por (?:mi|mi propia) cuenta"
              r"|libero professionista|libera professionista|partita iva|por conta propria|zzp\w*|zelfstandig\w*|mijn eigen zaak)\b")

#: How to price one's own freelance work ("how to price freelance work", "combien facturer", "cuánto cobrar", "quanto far
#: pagare", "wie viel soll ich verlangen", "quanto cobrar", "hoeveel moet ik vragen"): the pricing, never the owner's own story.
_OWN_PRICING = (r"\b(?:how (?:to|do i|should i|would you) (?:price|charge)|pricing (?:my|freelance|your own)|what (?:to|should i|do i) charge"
                r"|how much (?:to|should i|do i|i should) charge|set(?:ting)? my (?:rates|prices)|combien (?:facturer|demander|je dois facturer)"
                r"|comment (?:fixer|definir|calculer) (?:mes|ses|ton|son|tes) (?:tarifs?|prix)|cuanto cobrar|como (?:poner precio|fijar (?:mis|las) tarifas|cobrar)"
                r"|quanto (?:far(?:mi)? pagare|chiedere)|come (?:fissare|stabilire|fare) (?:i prezzi|le tariffe)|wie ?viel (?:ich )?(?:soll ich )?(?:verlangen|nehmen|berechnen)"
                r"|(?:meine )?preise (?:festlegen|kalkulieren)|quanto cobrar|como (?:precificar|definir (?:os )?(?:meus )?precos)"
                r"|hoeveel (?:moet ik |ik )?(?:vragen|rekenen)|(?:mijn )?tarie(?:f|ven) bepalen)\b")

#: A question announced before a colon ("… e ho un dubbio: ha senso …?", "petite question : …?", "quick one: …?"), never a
#: question that names its subject before the colon ("Que habilidades …: SEO, tráfego pago ou conteúdo?").
_ANNOUNCED = (r"\b(?:questions?|query|doubt|quick one|curious|duda|dudas|pregunta|preguntita|curiosidad|dubbio|dubbi|domanda|domandina|curiosita"
              r"|duvida|duvidas|pergunta|perguntinha|curiosidade|frage|fragen|fragezeichen|vraag|vraagje|vragen)(?:\W+\w+){0,3}\W*$")


#: "where do I start??" asked without its subject (folded; the question ends with it, "¿por dónde empiezo con el SEO?" names its own): the shop or the field named before it (even across an emoji) is
#: what the start is asked about ("ho appena aperto un e-shop … non ho idea di come fare SEO 😅 da dove parto??").
_WHERE_START = (r"\b(?:where (?:do|should|would) i (?:start|begin)|where to (?:start|begin)|par (?:ou|quoi) (?:commencer|je commence|debuter)"
                r"|por donde (?:empiezo|empezar|comienzo|comenzar)|da dove (?:parto|partire|inizio|iniziare|comincio|cominciare)"
                r"|por onde (?:comeco|comecar|eu comeco)"
                # "tú por dónde empezarías?", "da dove partiresti?", "por onde você começaria?", "par où commencerais-tu ?",
                # "where would you start?": the start asked of her, for the setting told before the question
                r"|por donde (?:empezarias|comenzarias|empezaria usted)(?: tu)?|(?:tu )?commencerais par ou|da dove (?:partiresti|inizieresti|cominceresti)"
                r"|por onde (?:voce |vc |tu )?comecarias?|par ou (?:commencerais-tu|commenceriez-vous|tu commencerais|vous commenceriez)"
                r"|where would you (?:start|begin)|wo (?:wurdest du|wurden sie) (?:anfangen|ansetzen|starten)|waar zou (?:jij|je|u) beginnen|wo (?:fange ich an|anfangen|soll ich anfangen)|womit (?:fange ich an|anfangen)"
                r"|waar (?:begin ik|moet ik beginnen|te beginnen)"
                # "Wo fange ich am besten an?", "where should I best start?", "waar kan ik het beste beginnen?": an adverb between
                r"|where (?:do|should|would|could|can) i (?:best |ideally |even |actually )(?:start|begin)"
                r"|(?:wo|womit) (?:fange ich (?:am besten|idealerweise|da|denn|jetzt|uberhaupt|am klugsten)(?: am besten)? an|(?:soll|sollte) ich (?:am besten |da |denn |jetzt |uberhaupt )+anfangen)"
                r"|waar (?:kan|moet|zou) ik (?:het beste |het best |eigenlijk |nu )+beginnen"
                # "ich möchte SEO lernen. Wie fange ich am besten an?", "hoe begin ik het best?", "how should I start?": the
                # start asked without its subject, which the sentence before names
                r"|wie (?:fange ich (?:am besten |idealerweise |denn |da )?an|(?:soll|sollte) ich (?:am besten |da )?anfangen)"
                r"|hoe (?:begin|start) ik (?:het best(?:e)? |er |daar |dan )?|how (?:do|should|would|could|can) i (?:best )?(?:start|begin|get started)"
                r"|comment (?:je commence|commencer|debuter)|como (?:empiezo|empezar|comeco|comecar)|come (?:inizio|comincio|iniziare|cominciare))\b")

#: "where do I start" asked with only the field after it ("¿por dónde empiezo con el SEO?", "wo fange ich mit SEO an?", "da dove
#: comincio con la SEO?", "waar begin ik met SEO?") (folded): the field is no setting, so the shop told in the sentence before
#: ("tengo una tienda de cerámica en Etsy …") is what the start is asked for; a social network told there ("une boutique sur
#: Instagram") is where they sell today, never what the SEO question asks about, so that sentence is left out.
_WHERE_START_FIELD = (r"\b(?:where (?:do|should) i (?:start|begin)|par ou (?:commencer|je commence|debuter)|por donde (?:empiezo|empezar|comienzo|comenzar)"
                      r"|da dove (?:parto|partire|inizio|iniziare|comincio|cominciare)|por onde (?:comeco|comecar|eu comeco)"
                      r"|(?:wo|womit) (?:fange ich|soll ich)|waar (?:begin ik|moet ik beginnen))\b"
                      r"(?:\s+\w+){0,2}\s+(?:with|avec|con|com|mit|met|en|in|no|na|dans)\s+(?:(?:the|le|la|l'|el|lo|o|a|dem|der|het)\s+)?"
                      r"(?:seo|referencement|posicionamiento|posizionamento|posicionamento|sea|marketing)\b(?:\s+an)?\W*$")

#: "Kurze Frage:", "quick question:", "korte vraag:" (folded): an announcement, never a word of the question ("kurz" asks for
#: short articles only in the question itself).
_QUICK_ASK = (r"\b(?:quick|short|small|little|petite?|kurze?|kleine|korte|snelle|pequena|rapidinha)\s+(?:question|frage|vraag|vraagje|pregunta|domanda|pergunta|duvida)\b"
              r"|\b(?:question|pregunta|domanda|pergunta|duvida|vraag|frage)\s+(?:rapide|rapida|veloce|rapidinha|breve|rapidita)\b")

#: A wish to be found better on Google Maps told without a question mark ("quiero aparecer mejor en Google Maps", "vorrei
#: comparire meglio su Google Maps", "I want to show up better on Google Maps") (folded): asks how, as a question would.
_WANT_MAPS = (r"\b(?:want|would like|i'?d like|hope|voudrais|veux|aimerais|souhaite\w*|quiero|quisiera|queria|me gustaria|vorrei|voglio"
              r"|mi piacerebbe|quero|queria|gostaria|mochte|will|wurde gern\w*|wil|zou graag|wil graag)\b[^.!?]{0,60}\bgoogle maps\b")


#: A question pointing back to a choice told in the sentence before ("vi seu post sobre google ads x meta ads. … vc começaria
#: por qual?", "… tu da cosa partiresti?", "… su quale piattaforma conviene puntare?"): the two things are that sentence's.
_WHICH_BACK = (r"\b(?:por (?:qual|cual)|(?:da|con|per) (?:cosa|quale|quali)|par (?:lequel|laquelle|quoi)|lequel|laquelle|which one"
               r"|which of (?:them|the two|both)|welche[srnm]? (?:davon|von beiden|der beiden)|womit|welke van de twee|waarmee"
               r"|(?:quale|quali) (?:piattaforma|social|canale|dei due|delle due)|qual (?:delas|deles|das duas|dos dois|plataforma|rede)"
               r"|cual (?:de (?:las|los) dos|plataforma|red)|quelle plateforme|quel reseau|which platform|which network|which channel"
               r"|welche plattform|welches netzwerk|welcher kanal|welk platform|welk kanaal)\b")


def wants_maps(note: str) -> bool:
    """Does the note wish to show up better on Google Maps ("quiero aparecer mejor en Google Maps")?"""
    return bool(cre.search(_WANT_MAPS, fold_phrase(note)))


def _wish_advice(sentence: str) -> bool:
    """Does a sentence without a question mark ask for advice ("any advice would be great")?"""
    folded = fold_phrase(sentence)
    m = cre.search(_ADVICE_NOUN, folded)
    # ("hab deinen Tipp mit den Lookalikes direkt umgesetzt 😊 Würde mich gern vernetzen!": her tip already applied, no advice wished)
    return bool(m and cre.search(_WISH, folded) and not cre.search(_THANKS_FOR, folded[:m.start()]) and not told.tips_applied(sentence))


#: "Welke cursus zou jij aanraden naast Google Ads?", "any course besides GA4?", "¿qué curso además de Google Ads?": the thing
#: named after "besides" is what they already have, not what they ask about; its name (capitalised words, an acronym) is
#: read as ``BESIDES_NAMED``, which the answer on "something beyond the course they have" listens for.
_BESIDES = (r"(?i:\b(?:besides|apart from|aside from|other than|in addition to|on top of|naast|neben|au(?:ß|ss)er|en plus (?:de|du|des)"
            r"|en dehors (?:de|du|des)|à part|a part|autre(?:s)? que|además (?:de|del)|ademas (?:de|del)|aparte (?:de|del)|oltre (?:a|al|alla|ai|agli)"
            r"|além (?:de|do|da|dos|das)|alem (?:de|do|da|dos|das))\s+)(?:(?i:the|le|la|les|l'|el|los|il|lo|o|a|os|as|die|der|dem|den|das|de|het)\s*)?"
            r"(?:(?i:certifications?|certificering|zertifikat|zertifizierung|certificaci[oó]n|certificazione|certifica[çc][aã]o|course|cursus|kurs)"
            r"\s+(?:(?i:de|du|di|do|da|van|von|in|for|em|en)\s+)?)?"
            r"(?:[A-Z0-9][\w+-]*(?:\s+(?=[A-Z0-9])|\b)){1,3}(?:\s*(?:,|&|(?i:and|et|y|e|und|en))\s*(?:(?i:the|le|la|do|da|de|del|il|die|der|het)\s+)?(?:[A-Z0-9][\w+-]*(?:\s+(?=[A-Z0-9])|\b)){1,3})*")


BESIDES_NAMED = "besidesnamed"


#: A Google Analytics course weighed against an ads channel's, either way round, in one sentence: "twijfel tussen een
#: cursus Google Analytics 4 of eentje over Meta Ads", "torn between a GA4 course and one on Google Ads", "zwischen einem
#: Kurs zu GA4 oder einem zu Meta Ads", "un curso de Meta Ads o uno de GA4": read as ``ANALYTICS_WEIGHED``, which the
#: answer on a course beyond the channel (GA4 first, a channel after) listens for, never the course of one channel alone.
_ANALYTICS = r"(?:google[ -]analytics(?:[ -]?4)?|ga[ -]?4)"
_ADS_CHANNEL = (r"(?:meta(?:[ -]ads)?|facebook(?:[ -]ads)?|instagram(?:[ -]ads)?|google[ -]ads|adwords|linkedin[ -]ads|tiktok(?:[ -]ads)?|sea|social ads"
                r"|blueprint)")
_OR_AND = r"(?:or|and|of|en|oder|und|ou|et|o|y|e|vs\.?|versus)"
_ANALYTICS_VS_CHANNEL = (rf"(?i)\b({_ANALYTICS})\b[^.!?\n]{{0,30}}\b{_OR_AND}\b[^.!?\n]{{0,30}}?\b({_ADS_CHANNEL})\b"
                         rf"|\b({_ADS_CHANNEL})\b[^.!?\n]{{0,30}}\b{_OR_AND}\b[^.!?\n]{{0,30}}?\b({_ANALYTICS})\b")
ANALYTICS_WEIGHED = "analyticsweighed"


#: A Dutch or German compound ending in a tool (folded): "attributietool", "Attributionstool", "Reportingsoftware".
_TOOL_COMPOUND = r"\b(\w{4,}?)s?(tools?|software)\b"


def _asked_beyond(text: str) -> str:
    """The question without the name of what it says they already have ("naast Google Ads"), its tool compounds split
    ("een goede attributietool" read as "attributie tool", so the attribution answer is found).

    >>> _asked_beyond("kennst du ein gutes Attributionstool?")
    'kennst du ein gutes Attribution tool?'
    """
    weighed = f" {ANALYTICS_WEIGHED}" if _courses_weighed(text) else ""
    return cre.sub(_TOOL_COMPOUND, r"\1 \2", cre.sub(_BESIDES, f" {BESIDES_NAMED} ", text)) + weighed


#: A budget told per day ("con 10€/día", "€10/day", "10 € al giorno", "10 euros par jour", "10 euro pro Tag") (folded): on
#: ads, a small budget whose worth is asked ("¿de verdad con 10€/día se puede sacar algo?").
_DAILY_AMOUNT = (r"(?:[$€]\s*\d+|\d+\s*(?:€|eur\w*|\$|dollars?|reais|r\$)?)\s*(?:/|por|par|per|al|pro|am|a|ao|in|le)?\s*"
                 r"(?:dia|day|jour|giorno|tag|dag)\b")
#: A platform or channel named in the question itself: its own subject, never the sentence before.
_NAMED_CHANNEL = r"\b(?:meta|facebook|instagram|insta|tiktok|linkedin|pinterest|youtube|google|ads|adwords)\b"


#: How much to spend asked (folded): "quanto dovrebbe investire un piccolo brand al mese?", "how much should a small brand
#: spend per month?", "combien faut-il investir ?", "¿cuánto debería invertir?", "quanto devo gastar?", "wie viel sollte man
#: investieren?", "hoeveel moet je uitgeven?".
_SPEND_ASKED = (r"\b(?:how much|combien|cuanto|quanto|wie ?viel|hoeveel)\b(?:\s+\S+){0,5}?\s+(?:invest\w*|spend\w*|budget\w*|investi\w*"
                r"|invert\w*|gast\w*|spend\w*|mettre|depenser|ausgeben|uitgeven|investe\w*)\b")


def _bare_spend(folded: str) -> bool:
    """Whether a question asks how much to spend without naming on what ("Secondo te quanto dovrebbe investire un piccolo
    brand al mese?" after "ho letto il tuo post sul budget per TikTok Ads"): the sentence before names it.

    >>> _bare_spend("secondo te quanto dovrebbe investire un piccolo brand al mese per vedere risultati?")
    True
    >>> _bare_spend("how much should I spend on meta ads per month?")
    False
    """
    return bool(cre.search(_SPEND_ASKED, folded)) and not cre.search(_NAMED_CHANNEL, folded)


def _bare_daily_budget(folded: str) -> bool:
    """Whether a question tells a budget per day without naming what it is spent on ("¿de verdad con 10€/día se puede sacar
    algo para una tienda pequeña?" after "vi tu post sobre el presupuesto mínimo para Meta Ads"): the sentence before names it.

    >>> _bare_daily_budget("¿de verdad con 10€/dia se puede sacar algo para una tienda pequena?")
    True
    >>> _bare_daily_budget("are meta ads worth it with 10€/day?")
    False
    """
    return bool(cre.search(_DAILY_AMOUNT, folded)) and not cre.search(_NAMED_CHANNEL, folded)


def questions(note: str) -> tuple[str, str]:
    """The note's questions, folded: (the sentences ending in "?", the same with the sentence before each question
    that asks advice without its subject or points back to it: "I just opened my Etsy shop and idk where to start.
    Any tips?", "Saw your post on TikTok Ads. Is it worth it?")."""
    # "(2 J. Erfahrung Google Ads)": a lone letter before the full stop is an abbreviation, never a sentence end
    sentences = [s.strip() for s in cre.split(r"(?<=[.!?…\n])(?<!(?<!\w)\w\.)\s+", note) if s.strip()]
    for i in range(len(sentences) - 1, 0, -1):
        if cre.search(r"(?i)\b(?:ca|env|approx|aprox|circa|etwa|bzw|bspw|usw|etc|vs|mtl|mind|max|min|ong)\.$", sentences[i - 1]):
            sentences[i - 1:i + 1] = [sentences[i - 1] + " " + sentences[i]]  # "bei ca. 2000 €": an abbreviation ends no sentence
    asked: list[str] = []
    wider: list[str] = []
    for i, s in enumerate(sentences):
        if "?" not in s and (cre.search(_DOUBT, cre.sub(_REMEMBERS_ME, " ", fold_phrase(s))) or cre.search(_INDIRECT, fold_phrase(s))
                             or (cre.search(_STRUGGLE, fold_phrase(s)) or cre.search(_WANT_MAPS, fold_phrase(s))) and not any("?" in t for t in sentences)):
            asked.append(s)
            wider.append(s)
        elif "?" not in s and (_wish_advice(s) or cre.search(told.ADS_BURNING, fold_phrase(s))) and not any("?" in t for t in sentences):
            # ("Sarah told me you're the go-to person for Meta ads. … my ads are burning cash": the ads named before)
            # "I'm relocating to Lyon. I'd love any advice on the local job market.": the sentence before names the subject
            asked.append(s)
            wider.extend([*sentences[i - 1:i], s])
        elif "?" in s:
            # "ich versinke in tools 😅 welche 2-3 skills …?": the question is what follows the emoji
            parts = [p.strip() for p in cre.split(_EMOJI, s) if p.strip()] or [s]
            at = max((j for j, p in enumerate(parts) if "?" in p), default=len(parts) - 1)
            question, before = parts[at], parts[:at]
            # "ho letto la tua guida SEO e ho un dubbio: ha senso aprire un blog …?": what follows the colon is the question,
            # the guide read before it only its setting (in ``wider``)
            if len(head := cre.split(r"(?<=\w)\s*:\s+(?=[^:?]*\w[^:?]*\?)", question)) > 1 and len(cre.findall(r"\w+", head[-1])) >= 3 \
                    and cre.search(_ANNOUNCED, fold_phrase(head[-2])):
                before, question = [*before, ": ".join(head[:-1])], head[-1]
            if small_talk(question):
                continue  # "Hoe gaat het met je?": a greeting asks nothing her answers speak to, nor points back to the sentence before
            folded = fold_phrase(question)
            # "… ma non so da dove iniziare.. corsi, certificazioni?": a bare list of things asks about the sentence before
            # ("Welke tool gebruik jij daar zelf voor?": a tool asked for without its use, which the sentence before tells)
            if ((cre.search(_BACK, folded) or cre.search(_ADVICE, folded) or cre.search(_THERE_BACK, folded) or cre.search(_PAYS_OFF, folded) or cre.search(_TOOL_ASKED, folded) and cre.search(_THERE_FOR, folded) or cre.search(_WHERE_START + r"\W*$", folded) or cre.search(_WHERE_START_FIELD, folded) and not (i > 0 and cre.search(_PLATFORM, fold_phrase(sentences[i - 1]))) or cre.search(_WHICH_BACK, folded) or _bare_daily_budget(folded) or _bare_spend(folded)) and not cre.search(_OWN_SUBJECT, folded)
                    or len(cre.findall(r"\w+", folded)) <= 3 and cre.search(r"\w\s*[,/]\s*\w", folded)
                    # "I'd be grateful for any advice on breaking into SEO consulting. Which skills would you prioritise?":
                    # the advice wished in the sentence before names the field the question leaves out
                    or i > 0 and "?" not in sentences[i - 1] and _wish_advice(sentences[i - 1])):
                wider.extend([*sentences[i - 1:i], *before])
            asked.append(question)
            wider.append(question)
    return fold_phrase(_asked_beyond(" ".join(asked))), cre.sub(_QUICK_ASK, " ", fold_phrase(_asked_beyond(" ".join(wider))))


#: A question ending on "there" (folded): "Há muitas oportunidades aí?", "come trovare lavoro li?", "gibt es dort Jobs?": the
#: place is in the sentence before ("quero mudar-me para Lyon").
_THERE_BACK = r"\b(?:ai|ahi|alli|alla|li|la-bas|daar|dort|over there|out there|there)\W*$"


#: Whether the thing told before pays off ("seguí tu webinar sobre TikTok Ads … ¿merece la pena para B2B?", "funciona pra B2B?",
#: "does it work for B2B?") (folded): a question pointing back, its subject in the sentence before. Kept out of ``_ADVICE``
#: (and so of ``_ASKING``): an entry whose phrase is "funciona" or "merece la pena" still names its subject by it.
_PAYS_OFF = (r"\b(?:merece(?:n)? la pena|funciona|funcionan|funziona|funzionano|works|work for|fonctionne|fonctionnent|funktioniert|klappt"
             r"|werkt)\b")


#: A question about the owner herself, not a how-to ("wie oft postest du selbst?", "hoeveel keer post jij zelf?"): only an
#: entry marked ``self = true`` answers it, and such an entry answers nothing else.
_SELF = (r"\b(?:yourself|you personally|toi[- ]meme|vous[- ]meme|du selbst|selbst du|sie selbst|du personlich|tu mism[ao]|usted mism[ao]"
         r"|tu personalmente|tu stess[ao]|lei stess[ao]|te stess[ao]|voce mesm[ao]|tu propri[ao]|voce pessoalmente|jij zelf|je zelf|u zelf"
         r"|jijzelf|uzelf)\b")
#: "nimmst du selbst Praktikanten?", "do you take interns yourself?", "tu prends toi-même des stagiaires ?", "neem je zelf
#: stagiairs aan?" (folded): "yourself" bound to interns or juniors taken on asks whether she hires, never how she got
#: into the trade (the interns question is answered by its own line).
_SELF_HIRING = (r"\b(?:yourself|toi[- ]meme|vous[- ]meme|du selbst|sie selbst|tu mism[ao]|usted mism[ao]|tu stess[ao]|lei stess[ao]"
                r"|voce mesm[ao]|jij zelf|je zelf|u zelf)\b[^?.!\n]{0,30}\b(?:praktikant\w*|stagiair\w*|interns?|internships?|becari\w*"
                r"|stagist\w*|estagiari\w*|werkstudent\w*|azubis?|alternants?|juniors?)\b"
                r"|\b(?:praktikant\w*|stagiair\w*|interns|becari\w*|stagist\w*|estagiari\w*|werkstudent\w*|alternants?|juniors)\b"
                r"[^?.!\n]{0,20}\b(?:yourself|toi[- ]meme|vous[- ]meme|du selbst|sie selbst|tu mism[ao]|usted mism[ao]|tu stess[ao]|lei stess[ao]"
                r"|voce mesm[ao]|jij zelf|je zelf|u zelf)\b")

#: A question that asks the budget itself ("ab welchem Budget lohnt sich das?", "vanaf welk budget …?", "how much budget …?"):
#: only an entry that names a budget answers it, never a TikTok or Instagram entry that answers another facet.
_BUDGET_ASKED = (r"\b(?:what|which|how much|quel(?:le)?|combien de|welche[smn]?|ab welchem|wie ?viel|que|qual|quale|che|cuanto|quanto|welk"
                 r"|hoeveel|a partir de quel|a partir de que|a partire da quale|da quale|vanaf welk|from what|minimum|minimal\w*|minimo)"
                 r"\s+(?:\w+\s+)?(?:budget|presupuesto|orcamento|investissement|investment|investimento|inversion)\b"
                 # one word in Dutch and German: "welk minimumbudget …?", "welches Mindestbudget …?"
                 r"|\b(?:welk|welke[smn]?|wat|was|hoeveel|wie ?viel)\s+(?:\w+\s+)?(?:minimum|minimal|mindest|test|start|einstiegs|instap|werbe|advertentie)budget\b")
#: A Dutch or German word pointing back to what the sentence before told ("daar … voor", "dafür", "hiermee").
_THERE_FOR = r"\b(?:daar(?:voor|mee|bij)?|hier(?:voor|mee)|dafur|dazu|damit|dabei|hierfur)\b"
#: A question on the tool used ("which tool do you use yourself?", "welke tool gebruik jij zelf?").
_TOOL_ASKED = r"\b(?:tools?|outils?|herramientas?|strument[oi]|ferramentas?|werkzeuge?|software|logiciels?|app)\b"
#: Old content reworked, asked of her ("how often do you recycle old blog posts yourself?", "wie oft recycelst du selbst alte
#: Blogartikel?"): the update entry tells her own practice, so the question is answered there, never by how often she posts.
_OLD_CONTENT_ASKED = (r"\b(?:recycl\w*|recycel\w*|recicl\w*|ricicl\w*|hergebruik\w*|updat\w*|refresh\w*|aktualisier\w*|uberarbeit\w*"
                      r"|atualiz\w*|aggiorn\w*|actualiz\w*|actualis\w*|bijwerk\w*|opfris\w*)\b")
_BUDGET = r"\b(?:budget|presupuesto|orcamento|how much|combien|wie ?viel|cuanto|quanto|hoeveel)\b"
#: A budget the question tells with its amount ("für ein Budget von 500€/Monat …?", "with a $300 budget, …?", "com um orçamento
#: de 400 € …?"): on ads, the budget is what the answer must speak to, as when it is asked outright.
_BUDGET_TOLD = (r"\b(?:budget|presupuesto|orcamento)\b[^.!?]{0,25}\d|\d[^.!?]{0,12}\b(?:budget|presupuesto|orcamento)\b")
#: Meta named alone in a question on ads ("würdest du eher mit Meta starten?", "Meta or Google for 300 a month?"): its ads,
#: never its descriptions, tags, pixel or certification.
_BARE_META = (r"\bmeta\b(?![ -]?(?:ads?|anzeigen|advertenties|werbung|advertising|descri\w*|beschreibung\w*|omschrijving\w*|beschrijving\w*"
              r"|tags?|titles?|titel\w*|title|blueprint|business|pixel|verified|data|daten|keywords?)\b)")
#: A choice between two things ("SEO oder Meta?", "SEO of Meta?"), never English "of" ("a budget of $400").
_CHOICE_SAID = (r"\b(?:or|ou|o|oder|oppure|versus|vs|ni|entre|between|zwischen|tussen|tra|fra)\b"
                r"|\bof\b(?!\s*(?:[$€£]|\d|a|an|the|my|our|about|around|up to)\b)")
#: Where to start asked ("would you start with Meta?", "eher mit Meta starten?", "partiresti da Meta?") (folded): a budget
#: told beside it is what the answer speaks to; "tips for Instagram ads on 200 a month?" keeps the platform's own answer.
_START_ASKED = r"\b(?:start\w*|commenc\w*|begin\w*|beginn\w*|empez\w*|comenz\w*|inizi\w*|partir\w*|comec\w*)\b"
#: A social ad platform named by its name in the question: what it asks about, over a topic of the sentences before.
_PLATFORM = r"\b(?:meta|facebook|instagram|insta|tiktok|linkedin|pinterest|youtube)\b"


_OR = r"(?:or|ou|o|oder|of|versus|vs|oppure|ou bien|ou entao|o bien|o piu|oder eher|of eerder|of liever)"


@functools.lru_cache(maxsize=8192)
def _phrase_rx(phrase: str) -> re.Pattern[str] | None:
    """The expression that finds ``phrase`` in a folded text (each FAQ phrase is folded and compiled once, not per note)."""
    words = fold_phrase(phrase)
    stem = words.endswith("*")
    words = words.rstrip("*").strip()
    if not words:
        return None
    body = re.escape(words).replace(r"\ ", r"[\s'’-]+").replace(r"\-", r"[\s-]?")
    return cre.compile(r"(?<!\w)" + body + (r"\w*" if stem else r"(?!\w)"))


def _span(phrase: str, text: str) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in the folded ``text`` (whole words; "conseill*": any word that begins so), or None."""
    if _literal(phrase) not in text:
        return None  # "google ads" without "google" anywhere: no need to search
    rx = _phrase_rx(phrase)
    m = rx.search(text) if rx is not None else None
    return m.span() if m else None


@functools.lru_cache(maxsize=8192)
def _literal(phrase: str) -> str:
    """The part of ``phrase`` every text it occurs in holds as it is: its folded first word ("google" for "Google
    Ads", "conseill" for "conseill*")."""
    m = _FIRST_WORD.match(fold_phrase(phrase).strip())
    return m.group() if m else ""


_FIRST_WORD = re.compile(r"[^\s'’*-]+")


def _spans(phrases: Sequence[str], text: str) -> list[tuple[int, int]]:
    """Every place any of ``phrases`` occurs in the folded ``text``."""
    return [m.span() for p in phrases if (rx := _phrase_rx(p)) is not None for m in rx.finditer(text)]


def _either_or(when: Sequence[str], also: Sequence[str], text: str) -> bool:
    """Does the question weigh a ``when`` thing against an ``also`` thing ("X or Y", "X o puntare sulla Y")?"""
    first = [sp for sp in (_span(p, text) for p in when) if sp]
    second = [sp for sp in (_span(p, text) for p in also) if sp]
    for a in first:
        for b in second:
            (_, end), (start, _) = sorted((a, b))
            if end <= start and cre.fullmatch(rf"\W*(?:\w+\W+){{0,3}}?{_OR}\W+(?:\w+\W+){{0,3}}", text[end:start]) \
                    and not cre.search(_FULL_STOP, text[end:start]) and not cre.fullmatch(_ARTICLE_O, text[end:start]):
                return True  # ("… beter worden in SEO. Welke boeken of cursussen?": a choice never spans a full stop)
    return False


#: The Portuguese article "o" after a preposition, never the Spanish or Italian "or": "tô perdida com o Instagram Ads".
_ARTICLE_O = r"\W*(?:\w+\W+)?(?:com|sem|para|pra|sobre|contra|todo)\s+o\W*"

#: A sentence ended between two things: "SEO. Welke boeken of cursussen?" weighs the books against the courses, not SEO.
_FULL_STOP = r"[.!]\s"

#: "X or Y", "entre X et Y", "tussen X of Y", "zwischen X und Y": the words that make two things a choice.
_VERSUS_OR = (r"\b(?:or|ou|o|oder|of|versus|vs|oppure|ni"
              # "google ads x meta ads": the Portuguese "versus"
              r"|x"
              # "el SEO va a ganar peso frente a los anuncios", "SEO rather than ads", "SEO gegenüber Werbung": a comparison weighs too
              r"|frente al?|frente aos?|frente as?|face aux?|par rapport aux?|plutot que|au lieu de|rather than|instead of|compared (?:to|with)|against"
              r"|gegenuber|im vergleich zu[mr]?|statt|anstatt|rispetto a(?:l|i|gli|lla|lle)?|contro|invece d\w+|anziche|en lugar de|en vez de|comparado con|em vez d\w+"
              r"|ao inves d\w+|em relacao a(?:o|os|s)?|comparado com|tegenover|ten opzichte van|in plaats van|vergeleken met)\b")
_VERSUS_BETWEEN = r"\b(?:entre|between|zwischen|tussen|tra|fra|either|soit|sia)\b"


#: A full stop that ends no sentence: an abbreviation ("bei ca. 2000 €", "env. 500 €", "z. B.", "approx.") or a number's
#: separator ("2.000 €"): "Google Shopping bei ca. 2000 € oder eher Meta Ads?" is still one question.
_NOT_AN_END = (r"\b(?:ca|env|approx|aprox|circa|ong|etwa|bzw|bspw|usw|etc|vs|mtl|monatl|mind|max|min|z\. ?b|e\. ?g|i\. ?e|p\. ?ex|u\. ?a)\."
               r"|(?<=\d)\.(?=\d)")


#: Two things asked as a bare list of questions ("google? hubspot?", "¿Google? ¿HubSpot?", "Google oder HubSpot?"
#: aside): only a question mark between them, and one right after the second.
_BARE_GAP = r"\s*\?+\s*[¿]?\s*"
_BARE_END = r"\s*\?"


def _bare_options(gap: str, after: str) -> bool:
    """Are two named things asked one after the other as bare questions ("which certifications? google? hubspot?")?

    >>> _bare_options("? ", "? thx"), _bare_options("? ", " is what we use.")
    (True, False)
    """
    return bool(cre.fullmatch(_BARE_GAP, gap) and cre.match(_BARE_END, after))


#: Spending on the thing just told, weighed in the next sentence ("tô perdida com o Instagram Ads. Vale a pena investir ou
#: foco primeiro no SEO?", "I'm lost with Instagram ads. Is it worth investing, or SEO first?"), folded.
_WORTH_SPENDING = (r"\b(?:invest\w*|vale a pena|vale la pena|merece la pena|worth it|worth investing|worth paying|vaut le coup|vaut la peine"
                   r"|ne vale la pena|lohnt (?:es|sich)|de moeite waard|loont het)\b")


def _weighs_the_one_before(mid: str) -> bool:
    """Does the sentence after a thing told weigh spending on it ("…Instagram Ads. Vale a pena investir ou … SEO?")?

    >>> _weighs_the_one_before(". vale a pena investir ou foco primeiro no "), _weighs_the_one_before(". e depois quero o ")
    (True, False)
    """
    parts = cre.split(r"[.!?]+", mid)
    return len(parts) == 2 and bool(cre.search(_VERSUS_OR, parts[1])) and bool(cre.search(_WORTH_SPENDING, parts[1]))


def _weighs(when: Sequence[str], versus: Sequence[str], text: str) -> bool:
    """Does the question weigh a ``when`` thing against a ``versus`` thing, at any distance in one sentence ("SEO para una
    tienda con 30 productos o es mejor empezar con anuncios en Instagram?", "indeciso entre SEO e social ads")?"""
    # every place each thing is named: "reels vs tiktok: … instagram o tiktok?" weighs the second TikTok, not the first
    first = [sp for sp in _spans(when, text)]
    second = [sp for sp in _spans(versus, text)]
    for a in first:
        for b in second:
            (s1, e1), (s2, e2) = sorted((a, b))
            if _bare_options(text[e1:s2], text[e2:]):
                return True
            mid = cre.sub(_NOT_AN_END, " ", text[e1:s2])
            if cre.search(r"[.!?]", mid):
                if not _weighs_the_one_before(mid):
                    continue
                return True
            before = cre.split(r"[.!?]", text[:s1])[-1][-60:]
            if cre.search(_VERSUS_OR, mid) or cre.search(_VERSUS_BETWEEN, before):
                return True
    return False


#: A question about the owner's own path ("how did you get into SEO?", "comment es-tu devenue consultante ?", "wie bist du
#: zum SEO gekommen?", "¿cómo empezaste?", "come hai iniziato?", "como começou?", "hoe ben je in SEO terechtgekomen?"):
#: her story, never a how-to answer.
_PATH = (r"\b(?:how did you (?:get|got|end up|come to|start\w*|begin|become|break|go|(?:\w+ )?make the (?:move|switch|jump|leap|transition))\b|how you (?:got|get|started|began|became|ended up)\b|how you (?:\w+ )?made the (?:move|switch|jump|leap|transition)\b"
         r"|what (?:got|brought|led) you (?:into|to)\b"
         r"|comment (?:es-tu|etes-vous|t'es-tu|vous etes-vous|as-tu|avez-vous|tu es|vous etes|tu as|vous avez) (?:\w+ )?(?:devenue?|arrivee?|lancee?|commence|debute|tombee?|venue?|passee?)"
         r"|wie (?:bist du|sind sie|hast du|haben sie) (?:\S+ ){0,9}?(?:gekommen|gelandet|angefangen|eingestiegen|geworden|begonnen|geschafft)"
         r"|como (?:empezaste|empezo usted|comenzaste|llegaste|te iniciaste|te hiciste|acabaste|terminaste|entraste)"
         r"|come (?:hai|ha|sei|e) (?:\w+ )?(?:iniziato|cominciato|arrivata|arrivato|diventata|diventato|entrata|entrato|finita|finito)"
         r"|como (?:e que )?(?:voce |tu )?(?:comecou|comecaste|chegou|chegaste|entrou|entraste|se tornou|te tornaste|virou|viraste|foi parar|foste parar)"
         r"|hoe (?:ben je|ben jij|bent u|heb je|heeft u) (?:\w+ ){0,4}?(?:begonnen|terechtgekomen|beland|gestart|geworden|ingerold)"
         # "würde gern wissen, wie du den Einstieg ins Freelancing geschafft hast": the same question, told as a wish
         r"|wie (?:du|sie) (?:\w+ ){0,8}?(?:geschafft|gefunden|gekommen|gelandet|angefangen|eingestiegen|begonnen) (?:hast|haben|bist|sind)"
         # "comment avez-vous sauté le pas vers le freelance ?", "¿cómo diste el salto a freelance?", "come hai fatto il salto?",
         # "como deu o salto para freelancer?", "hoe heb je de sprong naar freelancer gemaakt?": the jump she made herself
         r"|comment (?:as-tu|avez-vous|tu as|vous avez) (?:\w+ )?(?:saute le pas|fait le saut|franchi le pas)"
         r"|como (?:diste|dio usted|dio|hiciste|hizo) (?:\w+ )?(?:el salto|el paso)|come (?:hai|ha) (?:fatto|compiuto) (?:\w+ )?(?:il salto|il passo)"
         r"|como (?:e que )?(?:voce |tu )?(?:deu|deste|fez|fizeste) (?:\w+ )?(?:o salto|o passo)"
         r"|hoe (?:heb je|heb jij|heeft u) (?:\w+ ){0,4}?(?:sprong|stap) (?:\w+ ){0,4}?gemaakt"
         r"|hoe (?:je|jij|u) (?:\w+ ){0,2}?(?:sprong|stap) (?:\w+ ){0,4}?(?:hebt|heeft|heb) gemaakt)")


#: Her own first clients asked about ("how did you find your first clients?", "comment as-tu trouvé tes premiers clients ?",
#: "¿cómo conseguiste tus primeros clientes?", "wie hast du deine ersten Kunden gefunden?", "hoe heb jij je eerste klanten
#: gevonden?"): a question about the owner, never "how do I find my first clients?".
_FIRST_CLIENTS = (r"\b(?:first|premiers?|primer|primeros|primi|primo|primeiros?|erste[nr]?|eerste)\s+(?:\w+\s+)?(?:clients?|customers|clientes"
                  r"|clienti|kunden|auftraggeber\w*|klanten|klant|opdrachtgevers|opdrachten)\b"
                  # "wie du am Anfang Kunden gefunden hast", "how you found clients at the start", "comment tu as trouvé des
                  # clients au début": the first clients, said with "at the start"
                  r"|\b(?:am anfang|anfangs|zu beginn|au debut|at the (?:start|beginning)|in the beginning|early on|al principio|al inicio"
                  r"|all'inizio|agli inizi|no inicio|no comeco|in het begin|in den anfangen)\s+(?:\w+\s+){0,2}(?:clients?|customers|clientes"
                  r"|clienti|kunden|auftraggeber\w*|klanten|opdrachtgevers)\b"
                  r"|\b(?:clients?|customers|clientes|clienti|kunden|klanten)\s+(?:\w+\s+){0,2}(?:am anfang|au debut|at the (?:start|beginning)"
                  r"|in the beginning|early on|al principio|all'inizio|no inicio|no comeco|in het begin)\b")
_YOU_DID = (r"\b(?:did you|have you|you got|you found|you landed|your first|as-tu|avez-vous|tu as|vous avez|t'as|tes premiers|vos premiers"
            r"|hast du|haben sie|deine ersten|ihre ersten|conseguiste|encontraste|captaste|consiguio|consiguieron|tus primeros|sus primeros"
            r"|hai trovato|ha trovato|hai ottenuto|sei riuscit\w|i tuoi primi|conseguiu|conseguiste|encontrou|encontraste|arranjou|arranjaste"
            r"|os teus primeiros|seus primeiros|heb je|heb jij|heeft u|kreeg je|vond je|jouw eerste)\b")

#: A catch-up question about what the owner does now ("Was machst du inzwischen?", "what are you up to these days?",
#: "que deviens-tu ?", "¿a qué te dedicas ahora?", "cosa fai adesso?", "o que fazes agora?", "wat doe je tegenwoordig?"):
#: her present work, never an out-of-field refusal.
_CATCH_UP = (r"\b(?:was (?:machst du|machen sie|treibst du)(?: \w+)? (?:inzwischen|mittlerweile|heute|jetzt|gerade|so|beruflich|heutzutage)"
             r"|what (?:are you|have you been) (?:\w+ )?(?:up to|doing)(?: now| these days| nowadays)?|what do you do (?:now|these days|nowadays)"
             r"|(?:que|qu'est-ce que tu|qu'est-ce que vous) (?:deviens|devenez)|(?:tu deviens|vous devenez) quoi|tu fais quoi (?:maintenant|aujourd'hui|en ce moment)"
             r"|que fais-tu (?:maintenant|aujourd'hui)|que faites-vous (?:maintenant|aujourd'hui)"
             r"|(?:a que|que) (?:te dedicas|se dedica|haces|hace usted) (?:ahora|hoy|actualmente|hoy en dia)|que es de tu vida|que (?:es|ha sido) de ti"
             r"|(?:cosa|che cosa|che) (?:fai|sta facendo|stai facendo|fa) (?:adesso|ora|oggi|di bello|ora come ora)|di cosa ti occupi (?:adesso|ora|oggi)|che fine hai fatto"
             r"|o que (?:fazes|voce faz|voce esta fazendo|anda[s]? a fazer|tens feito|tem feito)(?: \w+)? ?(?:agora|hoje|atualmente|hoje em dia)?"
             r"|wat doe (?:je|jij|u) (?:tegenwoordig|nu|inmiddels)|waar (?:ben je|bent u) (?:nu|tegenwoordig|inmiddels) mee bezig|o que e feito de ti)\b")


def catch_up(question: str) -> bool:
    """Does the (folded) question ask what the owner does now ("was machst du inzwischen?")?

    >>> catch_up("schon, dich hier wiederzufinden. was machst du inzwischen?"), catch_up("was machst du mit deinen kunden?")
    (True, False)
    """
    return bool(cre.search(_CATCH_UP, question))


def asks_path(note: str) -> bool:
    """Does the note ask how the owner herself got into her trade or went freelance ("wie bist du Freelancerin
    geworden?", "hoe ben je freelancer geworden?")?

    >>> asks_path("Wie bist du Freelancerin geworden?"), asks_path("Como você virou freelancer?"), asks_path("How do I go freelance?")
    (True, True, False)
    """
    return bool(cre.search(_PATH, fold_phrase(note)))


def is_self(question: str) -> bool:
    """Does the (folded) question ask about the owner herself ("how often do you post yourself?", "how did you get
    into SEO?")?

    >>> is_self("how did you get into seo consulting??"), is_self("wie bist du eigentlich zum seo gekommen?")
    (True, True)
    >>> is_self("how do i get into seo?")
    False
    """
    return bool(cre.search(_SELF, cre.sub(_SELF_HIRING, " ", question)) or cre.search(_PATH, question) or catch_up(question)
                or cre.search(_FIRST_CLIENTS, question) and cre.search(_YOU_DID, question))


def _best(entries: Sequence[dict[str, Any]], text: str, options: Sequence[str] = (), about_self: bool = False,
          budget: bool = False) -> dict[str, Any] | None:
    return _scored(entries, text, options, about_self, budget)[0]


def fits(entry: dict[str, Any], stage: str) -> bool:
    """Is the entry meant for a sender at this career stage (:mod:`career`)? An entry without ``who`` fits anyone; one
    with ``who`` fits the stages it names, and a sender whose stage the note does not tell counts as a junior.

    >>> fits({"who": ["experienced"]}, "junior"), fits({"who": ["junior"]}, ""), fits({}, "experienced")
    (False, True, True)
    """
    who = entry.get("who")
    # someone new in the job is still a junior for answers meant for juniors ("employed" answers come first in the list)
    return not who or (stage or "junior") in who or (stage == "employed" and "junior" in who)


def named(note: str) -> frozenset[str]:
    """The (folded) places the note names after a preposition of place, with their capital ("em Lyon", "in Frankreich",
    "à Lyon", "near Toronto"): a subject more telling than a common word. (A German noun's capital alone is no name.)

    >>> sorted(named("Estou à procura do primeiro emprego em Lyon. Alguma dica?")), sorted(named("mon premier poste sur Lyon"))
    (['lyon'], ['lyon'])
    """
    return frozenset(fold_phrase(m.group(1)) for m in cre.finditer(
        r"(?i:\b(?:in|at|near|to|from|around|en|au|aux|dans|vers|sur|em|no|na|a|nel|nella|nach|aus|bei|um|naar|uit|bij|rond)) "
        r"((?-i:[A-ZÀ-Ý])[a-zà-ÿ]{2,})\b", note or ""))


#: What the sender wants to learn or specialise in ("to specialise in SEO", "para especializarme en SEO", "um SEO zu lernen",
#: "per imparare la SEO", "pour me spécialiser en SEO", "om me in SEO te specialiseren"): the word after it names the field.
_AIM_BEFORE = (r"\b(?:speciali[sz]\w*|specializz\w*|especializ\w*|spezialisier\w*|learn\w*|apprendre|aprender|imparare|lernen|leren"
               r"|master(?:ing)?|maitriser|dominar|padroneggiare|focus(?:ing)? on|me former|formarme|formarmi|formar-me|vertiefen"
               r"|approfondir|approfondire|profundizar|aprofundar|verdiepen"
               # "por onde começar em SEO?", "where to start with SEO?": the field a learner wants to start in is the one aimed at
               r"|start(?:ing)? (?:in|with|learning)|get(?:ting)? started (?:in|with)|commencer (?:en|le|la|par)|debuter (?:en|dans)"
               r"|empezar (?:en|con)|comenzar (?:en|con)|iniziare (?:con|in|nella|nel)|cominciare (?:con|in|nella|nel)|partire (?:con|dalla)"
               r"|comecar (?:em|com|no|na)|beginnen (?:met|in)|starten (?:met|in)"
               # "welche Zertifikate für den Einstieg ins SEO?", "per entrare nella SEO": the field entered is the one aimed at
               # "in Richtung SEO wechseln", "switch to SEO", "beter worden in SEO": the field moved into or grown in is the one aimed at
               r"|in richtung|richting|switch(?:ing)? to|move into|moving into|passer (?:au|a la|en)|pasar al?|passare (?:al|alla)|mudar para"
               r"|get(?:ting)? better at|improve (?:at|in|my)|beter worden in|progresser en|mejorar en|migliorare (?:in|nella|nel)|besser werden (?:in|im)|melhorar (?:em|no|na)"
               # "pra quem quer trabalhar com SEO", "I want to work in SEO", "une carrière dans le SEO": the field worked in is the one aimed at
               r"|work(?:ing)? (?:in|with)|trabalhar (?:com|em|no|na)|trabajar (?:en|con)|lavorare (?:nella|nel|in|con)|travailler (?:dans|en)"
               r"|werken (?:in|met)|careers? in|carrieres? (?:en|dans)|carreras? en|carriera (?:nella|nel|in)|carreiras? (?:em|no|na)"
               r"|einstieg (?:ins|in|in die|in das)|einsteigen (?:ins|in)|entrar (?:en|no|na|em)|entrare (?:nel|nella|in)|instap (?:in)|break(?:ing)? into|get(?:ting)? into)\b(?:\W+\w+){0,2}?\W+$")
_AIM_AFTER = r"^\W+(?:\w+\W+){0,2}?(?:zu (?:lernen|vertiefen)|te (?:leren|specialiseren|verdiepen)|specialiseren|spezialisieren)\b"
#: The field named before "to start with" in a question on a course or certificate ("quelle certification en SEO pour
#: commencer ?", "which SEO course to start with?") (folded): the field a learner starts in.
_AIM_START_AFTER = (r"^\W+(?:\w+\W+){0,2}?(?:pour|to|para|per|om (?:mee )?te|zum) (?:commencer|debuter|start|get started|begin|empezar"
                    r"|comenzar|iniziare|cominciare|comecar|beginnen|einstieg|starten)\b")
_COURSE_OR_CERT = (r"\b(?:certif\w*|certs?|zertifi\w*|certificering\w*|certificaat|certificazion\w*|certificac\w*|course|courses|cours|formation"
                   r"|curso|cursos|corso|corsi|kurs|kurse|cursus|opleiding\w*)\b")


def _aimed(when: Sequence[str], text: str) -> bool:
    """Does the question name one of the ``when`` things as the field the sender wants to learn or specialise in?

    >>> _aimed(["seo"], "que certificaciones me recomiendas para especializarme en seo. google analytics, hubspot...?")
    True
    >>> _aimed(["seo"], "welche zertifikate, um seo zu lernen?"), _aimed(["seo"], "do you do seo audits?")
    (True, False)
    """
    for phrase in when:
        sp = _span(phrase, text)
        if sp and (cre.search(_AIM_BEFORE, text[max(0, sp[0] - 60):sp[0]]) or cre.search(_AIM_AFTER, text[sp[1]:sp[1] + 40])
                   or cre.search(_AIM_START_AFTER, text[sp[1]:sp[1] + 40]) and cre.search(_COURSE_OR_CERT, text)
                   and not cre.search(_COURSE_OR_CERT, text[sp[0]:sp[1]])):  # (the course itself is no field aimed at)
            return True
    return False


#: A social network named: "organic" beside it means its unpaid posts ("LinkedIn organique", "organisch op Instagram").
_NET = r"(?:linkedin|instagram|insta|tiktok|facebook|meta|pinterest|youtube)"
#: Ads placed on that network ("LinkedIn Ads", "pubs LinkedIn", "annunci su LinkedIn"): a shop that only sells on Instagram
#: and weighs paid traffic against organic still asks about SEO.
_NETWORK = (r"\b" + _NET + r"[ -](?:ads|advertenties|anzeigen|werbung|advertising)\b"
            r"|\b(?:ads|pubs?|publicite|annunci|anuncios|advertenties|anzeigen|werbung|publicidade|publicidad|campagnes?|campanhas?)"
            r" (?:on |sur |en |su |no |na |op |auf |de |do |da )?" + _NET + r"\b")
#: Search named outright: "organic" beside it is SEO after all ("organic search", "SEO or LinkedIn Ads?").
_SEARCH = (r"\b(?:seo|search|recherche|referencement|busqueda|posicionamiento|ricerca|posizionamento|pesquisa|busca|posicionamento"
           r"|suche|suchmaschin\w*|zoek\w*)\b")
_ORGANIC = r"(?:organic|organique|organico|organisch|organische)"


def _social_organic(when: Sequence[str], text: str) -> bool:
    """Does ``text`` match the entry's ``when`` only by an "organic" that means a social network's unpaid posts?

    >>> _social_organic(["seo", "organisch"], "linkedin ads voor b2b. 500 per maand of eerst organisch inzetten?")
    True
    >>> _social_organic(["seo", "organic"], "organic search or linkedin ads?"), _social_organic(["seo"], "seo or linkedin ads?")
    (False, False)
    >>> _social_organic(["seo", "organico"], "estou perdida com o meta ads. vale a pena investir pouco ou focar em organico?")
    True
    """
    found = _found(when, text)
    # an entry about a network's own posts ("organic" among its reels and posts) is the one that organic means
    return bool(found) and all(cre.fullmatch(_ORGANIC, fold_phrase(p)) for p in found) and any(cre.search(_SEARCH, fold_phrase(p)) for p in when) \
        and bool(cre.search(_NETWORK, text)) and not cre.search(_SEARCH, text)


#: Kinds of learning source ("cursussen of bronnen", "courses or books"): weighed together they name no subject.
#: A certification asked for, as an entry's own phrase names it (folded, without its "*"): "certif", "certs", "zertifi".
_KIND_OF_CERT = r"(?:certif\w*|certs?|zertifi\w*|certificering\w*|certificaa?t\w*|certificazion\w*|certificac\w*)"
_KIND_OF_SOURCE = (r"(?:ressources?|resources?|recursos?|risors[ae]|ressourcen|bronnen|bron|livres?|books?|buch|bucher|libros?|libri|livros?"
                   r"|boek(?:en)?|formations?|formacion(?:es)?|formazione|formacao|weiterbildung(?:en)?|courses?|kurse?|cursos?|cors[oi]|cursus(?:sen)?|opleiding(?:en)?|trainings?|tutorials?|blogs?"
                   r"|videos?|podcasts?)")


def _source_named(entry: dict[str, Any], text: str) -> bool:
    """Does ``entry`` name a kind of learning source (a course, a book …) that ``text`` asks for?

    >>> _source_named({"also": ["formation", "seo"]}, "des conseils de formation pour debuter en seo ?")
    True
    >>> _source_named({"also": ["seo", "digital"]}, "des conseils de formation pour debuter en seo ?")
    False
    """
    return any(cre.fullmatch(_KIND_OF_SOURCE, fold_phrase(p).rstrip("*").strip()) for p in _found(entry.get("also", []), text))


def _covers(entry: dict[str, Any], options: Sequence[str], *, weighs: bool, text: str = "") -> bool:
    """Does ``entry`` answer a choice between ``options``? Two options: it names both, or weighs two things by name.
    Three or more ("Instagram, SEO oder Google Ads?"): an entry weighing only two of them ("Beides …") leaves the third
    unanswered, so it must name every one; an entry that names none of them answers where to start among them, never one
    on a part of the list ("SEO for an Instagram profile")."""
    named = [o for o in options if _names(entry, o)]
    if len(options) > 2:
        return len(named) == len(options) or not weighs and not named
    if len(named) == 1 and text and (subject := _found(entry.get("when", []), text)) \
            and not any(_hits(subject, fold_phrase(o)) for o in options):
        return True  # "werkt TikTok voor B2B of vooral B2C?": the entry on its subject (TikTok) for one side answers the choice
    return weighs or len(named) == len(options)


def _names(entry: dict[str, Any], option: str) -> bool:
    """Does ``entry`` name ``option``: in its phrases, or among the things its answer settles (``covers``: "Notion or
    Trello?" for the planning tool she uses)?"""
    return _hits([*entry.get("when", []), *entry.get("also", []), *entry.get("versus", []), *entry.get("covers", [])], fold_phrase(option))


def _scored(entries: Sequence[dict[str, Any]], text: str, options: Sequence[str] = (), about_self: bool = False,
            budget: bool = False, names: frozenset[str] = frozenset()) -> tuple[dict[str, Any] | None, tuple[int, int]]:
    """The best entry for ``text`` and its score (topic words found, asking words found). ``names``: the words the note
    writes as a name (:func:`named`); an entry whose subject is one of them ("lyon", "frankreich") is the more specific
    answer: "primeiro emprego em marketing digital em Lyon" gets the owner's Lyon tip, not only the general one."""
    best, best_hits = None, (0, 0)
    for entry in entries:
        if bool(entry.get("self")) != about_self:
            continue  # "how often do YOU post?": her own habit, never the how-to entry, and her habit never answers a how-to
        if not _hits(entry.get("when", []), text) or _hits(entry.get("unless", []), text):
            continue  # "my Etsy shop": an entry for a webshop's own pages (``unless = ["etsy"]``) is not the answer
        if _social_organic(entry.get("when", []), text):
            continue  # "LinkedIn Ads with 500 a month, or organic first?": organic posts on that network, never SEO
        if budget and not any(cre.search(_BUDGET, fold_phrase(p)) for p in [*entry.get("when", []), *entry.get("also", [])]):
            continue  # "from what budget do TikTok ads pay off?": the budget entry or none
        topic, asking = 1, 0  # the subject once; then each "also" phrase found, a topic word before an asking word
        if entry.get("need"):
            if not _hits(entry["need"], text):
                continue  # "which course?" with no channel named: never the course for one channel (``need``)
            topic += 3  # "I now run our Google Ads: which course?": the answer for that channel beats the general one
        if _aimed(entry.get("when", []), text):
            topic += 2  # "qué certificaciones para especializarme en SEO? ¿Google Analytics, HubSpot…?": the field aimed at
            # is the subject; the brands listed beside it are only examples and never outweigh it
            if _source_named(entry, text) or not cre.search(_CHOICE_SAID, text) \
                    and any(cre.fullmatch(_KIND_OF_CERT, fold_phrase(p).rstrip("*").strip()) for p in _found(entry.get("also", []), text)):
                topic += 1  # "des conseils de formation pour débuter en SEO ?": the courses for the field aimed at, never the
                # career-change answer whose fields merely include it; "quelles certifs pour débuter en SEO (google,
                # semrush…) ?": the certifications for that field, never the tools listed as examples (a choice
                # weighed, "Google Ads certified or SEO first?", keeps the answer that weighs it)
        if names and any(fold_phrase(p).rstrip("*").strip() in names for p in _found(entry.get("when", []), text)):
            topic += 1  # the subject named as a name ("em Lyon", "in Frankreich"): the answer about that place or tool
        also = entry.get("also", [])
        versus = entry.get("versus", [])
        if versus:
            if not _weighs(entry.get("when", []), versus, text):
                continue  # "SEO or social ads?" only: an entry that weighs two things answers no question on one of them
            if options and not any(_names(entry, o) for o in options) \
                    and not any(_weighs(entry.get("when", []), versus, q) for q in cre.question_sentences(text)):
                continue  # "je post over TikTok ads vs Meta ads … werkt TikTok voor B2B of B2C?": an entry weighing two other
                # things (the post's subject, outside the question) answers no choice between the two the question names
            topic += 10  # the entry that answers the choice itself beats one on either side of it
        # "con poco presupuesto, ¿empezarías por SEO o por anuncios en Instagram?": a budget told is the setting, never one
        # side of the choice
        subjects = [p for p in _found(also, text) if not cre.fullmatch(_ASKING, fold_phrase(p).rstrip("*").strip())
                    and not cre.search(_BUDGET, fold_phrase(p))]
        weighs_both = _either_or(entry.get("when", []), subjects, text)
        if options and not _covers(entry, options, weighs=bool(weighs_both or versus), text=text):
            continue  # "TikTok or rather Instagram?": an entry that does not name both is not the answer to that choice
        if also:
            more = _found(also, text)
            if not more and not versus and _either_or(named := _found(entry.get("when", []), text), named, text) \
                    and not all(cre.fullmatch(_KIND_OF_SOURCE, fold_phrase(p).rstrip("*").strip()) for p in named):
                more = named[:1]  # "Semrush ou Ahrefs ?": two things of the entry's own topic weighed by name name its subject
            if not more and budget:
                # "Instagram Ads … Welches Budget würdest du am Anfang empfehlen?": the budget asked is the entry's own budget
                # phrase, the subject named in the sentence before
                more = [p for p in also if cre.search(_BUDGET, fold_phrase(p))][:1]
            if not more:
                continue
            asking = sum(1 for p in more if cre.fullmatch(_ASKING, fold_phrase(p).rstrip("*").strip()))
            topic += len(more) - asking
            if weighs_both:
                topic += 10  # "Google Ads o puntare sulla SEO?": the entry that weighs both things by name beats one naming one
                # of them, and one weighing a wider "ads" (``versus``) too
        hits = (topic, asking)
        if hits > best_hits:
            best, best_hits = entry, hits
    return best, best_hits


def _asked_first(entries: Sequence[dict[str, Any]], wider: str, asked: str, more: dict[str, Any] | None,
                 more_hits: tuple[int, int], how: tuple[Any, ...]) -> dict[str, Any] | None:
    """The entry that wins the note's wider text, where a tie goes to one whose own words the question itself says: "im a
    comms student and really want to get into SEO. what would you recommend to learn first? any free resources?" gets
    the resources answer, never the 'breaking into the field' one the sentence before names as strongly."""
    spoken = [e for e in entries if _hits([*e.get("when", []), *e.get("also", [])], asked)]
    if more is None or more in spoken or not spoken:
        return more
    focused, focused_hits = _scored(spoken, wider, *how)
    return focused if focused is not None and focused_hits >= more_hits else more


def _one_platform_budget(asked: str) -> bool:
    """Does the question tell its budget for ads on the one platform it names, no choice weighed ("würdest du für ein
    Budget von 500 €/Monat eher mit Meta starten?")? The budget is then what the answer speaks to."""
    platforms = {m.group() for m in cre.finditer(_PLATFORM, asked)}
    return len(platforms) == 1 and bool(cre.search(_BUDGET_TOLD, asked)) and bool(cre.search(_ADS_WORD, asked)) \
        and bool(cre.search(_START_ASKED, asked)) and not cre.search(_CHOICE_SAID, asked)


def _platform_asked(best: dict[str, Any] | None, more: dict[str, Any] | None, asked: str) -> bool:
    """Does the question name the platform of ``best`` while ``more``'s subject is only told before it ("Dein Post über
    TikTok Ads vs. Meta Ads … würdest du für 500 €/Monat eher mit Meta starten?": Meta, never the TikTok budget)?"""
    if best is None or more is None or len({m.group() for m in cre.finditer(_PLATFORM, asked)}) != 1:
        return False
    return _hits(best.get("when", []), asked) and not _hits(more.get("when", []), asked)


#: The career stages of a learner.
_LEARNER = ("student", "intern", "junior")


def _stage_told_before(best: dict[str, Any] | None, more: dict[str, Any], asked: str, wider: str) -> bool:
    """Is ``more`` found in the sentence before only by the learner's stage it tells ("neolaureata", "en reconversion"),
    while the question itself names the subject of ``best``? "Sono neolaureata … Mi daresti un consiglio su come impostare il portfolio?" gets
    the portfolio answer, "estou em reconversão … Que curso para começar em SEO?" the SEO courses: the stage told is who
    asks, never the question.

    >>> q = "come impostare il portfolio?"
    >>> _stage_told_before({"when": ["portfolio"]}, {"when": ["neolaureat*"]}, q, "sono neolaureata. " + q)
    True
    >>> _stage_told_before({"when": ["portfolio"]}, {"when": ["elternzeit"]}, q, "nach meiner elternzeit. " + q)
    False
    """
    return best is not None and not _hits([*more.get("when", []), *more.get("also", [])], asked) \
        and _stage_only(more.get("when", []), wider) is True and _stage_only(best.get("when", []), asked) is False


def _stage_only(phrases: Sequence[str], text: str) -> bool | None:
    """Are the ``phrases`` found in ``text`` all a learner's stage ("neolaureata", "primeiro emprego")? None: none found."""
    spans = _spans(phrases, text)
    return all(career.stage(text[a:b]) in _LEARNER for a, b in spans) if spans else None


def _weighs_asked(entry: dict[str, Any], asked: str) -> bool:
    """Does ``entry`` weigh two things the question itself names (its ``versus``, or two of its own words)?"""
    when = entry.get("when", [])
    if entry.get("versus"):
        return _weighs(when, entry["versus"], asked)
    return _either_or(when, _found(entry.get("also", []), asked), asked)


def _fitting_choice(entries: Sequence[dict[str, Any]], best: dict[str, Any], asked: str, whole: str) -> dict[str, Any]:
    """The either/or entry that fits the sender's setting told anywhere in the note: "Ich habe ein Pilates-Studio in Graz.
    SEO oder Werbeanzeigen?" asks the same choice as a shop owner, but the answer for a local service business (its
    ``also`` words found in the whole note, more of them than ``best`` has) fits it, never "a real product description"."""
    def told(entry: dict[str, Any]) -> int:
        return len(_found(entry.get("also", []), whole))
    pick, most = best, told(best)
    for entry in entries:
        versus = entry.get("versus", [])
        if entry is best or not versus or not entry.get("also") or bool(entry.get("self")) != bool(best.get("self")):
            continue
        if not _hits(entry.get("when", []), asked) or not _weighs(entry.get("when", []), versus, asked):
            continue  # the same choice asked, by the question itself
        if (n := told(entry)) > most:
            pick, most = entry, n
    return pick


#: Traffic asked as lost ("les pages produits vont perdre du trafic ?", "will product pages lose traffic?") (folded).
_TRAFFIC_LOSS_ASKED = (r"\b(?:perdre|perdront|perdent|perd|lose|losing|lost|perder|perderan|pierden|perdere|perderanno|perdono|perdem|perderao"
                       r"|verlieren|verliert|verliezen|verliest)\b[^.?!]{0,25}\b(?:trafic|traffic|trafico|traffico|trafego|visits|visites|visitas|visite"
                       r"|besucher\w*|zugriffe|verkeer|bezoekers|clics|clicks|clic|cliques|klicks|kliks)\b"
                       r"|\b(?:traffic|besucher\w*|zugriffe|klicks|verkeer|bezoekers|kliks)\b[^.?!]{0,25}\b(?:verlieren|verliert|verliezen|verliest|kwijtraken)\b")
#: Generative AI named in the note (folded): a traffic loss asked beside it is SEO's future with AI, never her writing tools.
_AI_NAMED = (r"\b(?:l'ia|la ia|a ia|ia generative|ia generativa|intelligence artificielle|inteligencia artificial|intelligenza artificiale"
             r"|inteligencia artificial|generative ai|the ai|ai overviews?|ai answers|ai search|chatgpt|perplexity|sge|ki|die ki|generative ki"
             r"|kunstliche intelligenz|generatieve ai|kunstmatige intelligentie|\bai)\b")
#: Visitors or sales gone, told without a verb of loss (folded): a drop, as "lost" or "dropped" would say it.
_VANISHED = (r"\b(?:(?:bijna |vrijwel |haast )?geen (?:\w+ )?(?:bezoekers|verkeer|traffic|bezoek|bestellingen|verkopen|klanten|clicks|kliks) meer"
             r"|nauwelijks (?:nog )?(?:bezoekers|verkeer|bezoek|bestellingen)|(?:kaum|keine) (?:noch )?(?:besucher\w*|traffic|zugriffe|klicks|bestellungen|aufrufe)(?: mehr)?"
             r"|(?:almost |barely |hardly )?(?:no|any) (?:more )?(?:visitors|traffic|visits|clicks|orders|sales) (?:anymore|any more|now)"
             r"|(?:barely|hardly) (?:get|gets|getting|any) (?:any )?(?:visitors|traffic|visits|clicks|orders)"
             r"|(?:presque )?plus (?:aucune? |de |du |d')(?:visites?|visiteurs|trafic|clics|commandes|ventes)"
             r"|ya no (?:tengo|recibe|recibo|recibimos|llegan|entran|hay) (?:\w+ )?(?:visitas|trafico|clics|pedidos|ventas)|casi (?:no hay|ninguna|sin) (?:visitas|trafico)"
             r"|non (?:ho|riceve|ricevo|arrivano|entrano|c'e) piu (?:\w+ )?(?:visite|traffico|visitatori|clic|ordini)|quasi (?:nessuna visita|nessun visitatore|zero visite)"
             r"|(?:nao|quase nao) (?:tenho|recebe|recebo|recebemos|chegam|entram|ha) mais (?:\w+ )?(?:visitas|trafego|cliques|pedidos|vendas)|quase (?:nenhuma visita|sem visitas|zero visitas))\b")


#: Ads named by their campaigns (folded): "nos campagnes Facebook", "our Instagram campaigns", "mis campañas de Instagram",
#: "le campagne su Facebook", "minhas campanhas no Instagram", "unsere Facebook-Kampagnen", "onze Facebook-campagnes": the
#: Meta ads the owner's answer speaks of, asked under another word.
_NET_CAMPAIGNS = (r"\b(?:campagnes?|campaigns?|campanas?|campagna|campanhas?|kampagnen?)\s+(?:\w+\s+){0,2}?(?:facebook|instagram|insta|meta)\b"
                  r"|\b(?:facebook|instagram|insta|meta)[ -](?:campagnes?|campaigns?|kampagnen?|campagna|campagne)\b")
#: A quick view asked on them ("un avis rapide ?", "any quick thoughts?", "eine kurze Einschätzung?", "un parere veloce?"):
#: advice asked, whatever word asks it.
_VIEW_ASKED = (r"\b(?:avis|thoughts|take|opinion|opinione|opiniao|einschatzung|meinung|parere|mening|inschatting|ideas?|idee"
               r"|tips?|tipps?|dicas?|blik|regard|coup d'oeil|look)\b")

#: A beginner starting with ads and asking for tips ("quiero empezar con anuncios, ¿algún consejo?", "vorrei iniziare con le
#: ads, qualche consiglio?", "tips hoe ik kan starten met €300 per maand?" after "Instagram ads"): a first, small test
#: budget, answered by her small-budget advice, never a promise of "where I'd start" with no tip (folded).
_START_WORD = (r"\b(?:start\w*|begin\w*|get started|empezar|empiezo|comenzar|iniziare|inizio|cominciare|partire|commencer|debuter|me lancer"
               r"|comecar|anfangen|einsteigen|beginnen)\b")
_ADS_WORD = (r"\b(?:ads|advertising|anuncios|publicidad|annunci|pubblicita|publicite|pubs?|publicidade|reclame|werbung|anzeigen|advertenties|adverteren)\b")
#: Ads on the social networks told (folded): "Social Ads", "les social ads", "anuncios en redes sociales", "Social-Media-Werbung".
_SOCIAL_ADS_TOLD = (r"\bsocial[ -]?(?:media[ -]?)?(?:ads|advertising|anzeigen|werbung|advertenties)\b"
                    r"|\b(?:pubs?|publicites?|anuncios|annunci|anuncios|publicidade|werbung|advertenties) (?:sur les |en |nas |sui |auf |op )?(?:reseaux sociaux|redes sociales|social|redes sociais|social media)\b")
#: the start and the ads said together ("empezar con anuncios", "Instagram ads … starten"), never a student of "Publicidade"
_START_ADS = _START_WORD + r".{0,50}" + _ADS_WORD + "|" + _ADS_WORD + r".{0,50}" + _START_WORD
_TIPS_ASKED = (r"\b(?:tips?|tipps?|dicas?|advice|advies|raad|conseils?|consejos?|consigli|consiglio|ratschlag|ratschlage)\b")
#: No money for ads at all (folded): "zero budget for ads", "pas de budget pub", "sin presupuesto para anuncios", "senza budget",
#: "sem orçamento", "kein Werbebudget", "geen budget": where to start is what costs nothing, never a first paid test.
_NO_AD_BUDGET = (r"\b(?:zero|no|without(?: a| any)?|sans|pas de|aucun|sin|cero|ningun|senza|nessun|sem|nenhum|kein(?:en)?|ohne|geen|zonder)"
                 r"\s+(?:ad |ads |advertising |marketing |pub |werbe|advertentie|reclame)?(?:budget|presupuesto|orcamento)\b"
                 r"|\b(?:budget|presupuesto|orcamento) (?:zero|cero|nul|0)\b"
                 # "no tengo presupuesto para anuncios", "non ho budget", "I don't have a budget", "je n'ai pas de budget"
                 r"|\b(?:no tengo|no tenemos|non ho|non abbiamo|nao tenho|nao temos|don'?t have|do not have|n'ai pas de|n'avons pas de"
                 r"|habe kein\w*|haben kein\w*|heb geen|hebben geen)\s+(?:\w+\s+)?(?:budget|presupuesto|orcamento)\b")

#: Whether a told budget is worth spending or enough (folded): "ça vaut le coup avec ça ?", "is it worth it?", "¿vale la pena?",
#: "ne vale la pena?", "basta?", "compensa?", "lohnt sich das?", "reicht das?", "heeft dat zin?", "is dat genoeg?".
_WORTH_ASKED = (r"\b(?:worth|enough|make sense|pay off|vaut (?:le coup|la peine)|suffi\w*|assez|rentable|vale la pena|merece la pena|alcanza"
                r"|basta\w*|suficiente|compensa|conviene|sufficiente|ha senso|vale a pena|da para|faz sentido|lohnt\w*|reicht|genug|sinnvoll"
                r"|loont|de moeite|genoeg|voldoende|heeft (?:het|dat) zin)\b")
#: A sum told (folded): "un budget pub de 500€/mois", "300 € im Monat", "$400 a month".
_AMOUNT_TOLD = _BUDGET_TOLD + r"|\d[\d.,]*\s?(?:€|eur\b|euros?\b|\$)|[€$]\s?\d"
#: Other platforms than Meta's (folded): a told budget weighed for them is not answered with Meta's small-budget test.
_NOT_META = r"\b(?:google|tiktok|linkedin|pinterest|youtube|snapchat|amazon|bing|x ads|twitter)\b"


#: A tip asked, or else a training (folded): "hast du einen Rat oder bietest du Schulungen an?", "heb je een tip of een
#: training hiervoor?", "un conseil ou une formation ?": the advice is what is asked first; the training is only its other way.
_TIP_OR_TRAINING = (r"\b(?:tips?|tipps?|rat|ratschlag|advice|advies|raad|conseils?|consejos?|consiglio|consigli|dicas?)\b[^.!?]{0,40}?"
                    r"(?=\b(?:or|oder|of|ou|o)\b[^.!?]{0,40}\b(?:trainings?|trainingen|schulung\w*|formations?|formacion\w*|formazion\w*|formacao"
                    r"|treinamentos?|cursus\w*|kurse?|courses?|cursos?|corsi|corso|workshops?)\b)")
#: The training alternative after the tip ("oder bietest du Schulungen an", "of een training hiervoor") (folded).
_OR_TRAINING = (r"\b(?:or|oder|of|ou|o)\b[^.!?]{0,40}\b(?:trainings?|trainingen|schulung\w*|formations?|formacion\w*|formazion\w*|formacao"
                r"|treinamentos?|cursus\w*|kurse?|courses?|cursos?|corsi|corso|workshops?)\b[^.!?]*")
#: Whether ads are worth it, or make sense, asked (folded): "ob sich Social Ads lohnen", "of social ads voor B2B zin hebben".
_ADS_SENSE = _WORTH_ASKED + r"|\bzin (?:hebben|heeft|heb)\b|\bzinvol\b|\blohnen\b|\bvalent (?:le coup|la peine)\b|\bvalen la pena\b|\bvalgono la pena\b|\bvalem a pena\b"
#: Little money told (folded): "kaum Budget", "budget is beperkt", "peu de budget", "a tight budget".
_LITTLE_BUDGET = (r"\b(?:kaum|wenig|little|tight|small|limited|peu de|petit|poco|pouco|beperkt|klein\w*|weinig|limitato|limitado|ridotto|serre|limite|geringe\w*)"
                  r"\s+(?:\w+\s+)?(?:budget|presupuesto|orcamento)\b|\b(?:budget|presupuesto|orcamento)\s+(?:is |ist |est |es |e )?(?:\w+\s+)?(?:beperkt|knapp|limite|limitado|limitato|serre|tight|limited|small|klein)\b")
_B2B = r"\b(?:b2b|btob|business[ -]to[ -]business)\b"


def ads_worth_before_training(folded: str) -> str:
    """The note without its training alternative, with the ads named, when a founder on little budget asks whether social
    ads are worth it and wants a tip or a training ("Wir haben kaum Budget … ob sich Social Ads lohnen. Hast du einen Rat
    oder bietest du Schulungen an?"): the question answered, never the training catalogue; "" otherwise (159 A).

    >>> bool(ads_worth_before_training("budget is beperkt, maar ik wil weten of social ads voor b2b zin hebben. heb je een tip of een training?"))
    True
    >>> ads_worth_before_training("bietest du schulungen zu social ads an?")
    ''
    """
    if not (cre.search(_TIP_OR_TRAINING, folded) and cre.search(_SOCIAL_ADS_TOLD, folded) and cre.search(_ADS_SENSE, folded)
            and cre.search(_LITTLE_BUDGET, folded)) or cre.search(_NOT_META, folded):
        return ""
    named = "linkedin ads b2b small budget worth" if cre.search(_B2B, folded) else "meta ads small budget worth"
    return cre.sub(_OR_TRAINING, "", folded) + " " + named + "?"


def _worth_social_ads(asked: str, whole: str) -> bool:
    """Does the question ask whether a budget the note tells is worth spending on social ads, no other platform than Meta's
    named ("On a un budget pub de 500€/mois, est-ce que ça vaut le coup de faire des social ads avec ça ?")?

    >>> _worth_social_ads("est-ce que ca vaut le coup de faire des social ads avec ca ?", "on a un budget pub de 500€/mois")
    True
    >>> _worth_social_ads("is it worth it?", "we have 500€ a month for google ads")
    False
    """
    return bool(cre.search(_WORTH_ASKED, asked) and cre.search(_ADS_WORD, f"{asked} {whole}") and cre.search(_AMOUNT_TOLD, whole)
                and not cre.search(_NOT_META, whole) and not cre.search(_NO_AD_BUDGET, whole))


#: Paid media said with a feminine or German ending (folded): "mídia paga", "publicidade paga", "publicidad pagada",
#: "pubblicità a pagamento", "bezahlte Werbung": the paid ads an either/or weighs against SEO.
_PAID_SAID = (r"\b(?:midia|media|publicidade|propaganda|publicidad|pubblicita|publicite|pub)\s+(?:paga|pagada|payante)\b"
              r"|\bbezahlte\s+(?:werbung|anzeigen|reichweite)\b|\bbetaalde\s+(?:advertenties|media|reclame)\b"
              # "SEO of performance marketing?", "SEO oder Performance Marketing?", "SEO ou marketing de performance ?": the
              # trade of paid campaigns by its other name, weighed against SEO as paid ads are
              r"|\bperformance[- ]?marketing\b|\bmarketing (?:de (?:la )?|di |della )?performance\b")
#: Openings asked for by another name (folded): "opportunités", "opportunities", "oportunidades", "opportunità",
#: "vacatures", "vacantes", "offene Stellen".
_OPENINGS_WORD = (r"\b(?:opportunit(?:e|es|y|ies|a)|oportunidad(?:es)?|oportunidades?|openings?|vacatures?|vacantes?|vacanc(?:y|ies)"
                  r"|offene\w* stellen?|stellenangebote?)\b")
#: A job the sender seeks, named in the note (folded), so that the openings asked are jobs.
_JOB_SOUGHT_WORD = r"\b(?:poste|emploi|job|trabajo|empleo|lavoro|impiego|emprego|vaga|trabalho|stelle|jobsuche|baan|functie)\b"
#: An internship sought (folded): its own tip answers it, never the job one.
_INTERNSHIP_SOUGHT = r"\b(?:stage|stages|internships?|praktik\w*|practicas|tirocini\w*|estagios?|stageplek\w*|alternance)\b"
#: A sender who has just finished their studies (folded): "me formei", "me acabo de graduar", "mi sono appena laureata",
#: "je viens d'être diplômée", "just graduated", "mein Studium abgeschlossen", "net afgestudeerd": a graduate, whatever the
#: question's own words.
_GRADUATED = (r"\b(?:me formei|acabei de me formar|terminei (?:o curso|a faculdade|a graduacao)|acabei (?:o curso|a faculdade|a licenciatura)"
              r"|me acabo de graduar|acabo de graduarme|me gradue|termine (?:la carrera|el grado|el master)|acabo de terminar (?:la carrera|el grado)"
              r"|mi sono (?:appena )?laureat[oa]|appena laureat[oa]|je viens d'(?:etre|obtenir mon) diplom\w*|viens de finir mes etudes|jeune diplomee?"
              r"|just graduated|recently graduated|recent grad\w*|\w*studium (?:\w+ )?abgeschlossen|(?:net )?afgestudeerd)\b")

#: SEO named anywhere in the note as the field learnt or aimed at ("wil me specialiseren in seo", "je vise un poste de
#: rédactrice web SEO") (folded).
_SEO_TOLD = r"\b(?:seo|referencement|suchmaschinenoptimierung|zoekmachineoptimalisatie)\b"
#: A course or certification asked for (folded).
_COURSE_ASKED = rf"\b(?:{_KIND_OF_SOURCE}|certif\w*|zertifi\w*|certificaten|certificaat|certificering\w*|certificacion\w*|certificazion\w*|certificac\w*)\b"
#: A subject a question on courses names itself ("Google Ads certification or GA4?", "un cours pour Instagram ?") (folded).
_COURSE_TOPIC = (r"\b(?:seo|referencement|ads?|google|meta|blueprint|social\w*|instagram|tiktok|linkedin|facebook|pinterest|content\w*"
                 r"|contenu\w*|contenid\w*|conteud\w*|contenut\w*|ga4|analytics|hubspot|e-?mail\w*|newsletter\w*|performance|paid|sea)\b")


#: A specialisation, major or option chosen within one's studies (folded): "ma spé", "mon option", "mi especialidad", "il mio
#: indirizzo", "a minha ênfase", "meinen Schwerpunkt", "mijn afstudeerrichting", "my major": a student's choice of field.
_STUDY_TRACK = (r"\b(?:(?:ma|la) (?:spe|specialite|specialisation|majeure)|mon option|(?:mi|la) (?:especialidad|especializacion|mencion|optativa)"
                r"|(?:il mio|l') indirizzo|la mia specializzazione|(?:a )?minha (?:especializacao|enfase|habilitacao)"
                r"|(?:meinen|mein|den) schwerpunkt|(?:meine|die) vertiefung|(?:mijn|de) (?:specialisatie|minor|afstudeerrichting|uitstroomprofiel)"
                r"|my (?:specialisation|specialization|major|minor|track|elective|concentration))\b")


#: A post (or article) and the network it was read on (folded): "post su linkedin", "your post on LinkedIn", "tu post en
#: LinkedIn", "dein Beitrag auf LinkedIn", "je post op LinkedIn", "ton post LinkedIn".
_POST_VENUE = (r"\b(posts?|article|artigo|articulo|articolo|artikel|beitrag|bericht|publication|publicacion|publicacao|pubblicazione|newsletter)"
               r"\s+(?:(?:su|on|en|sur|auf|op|no|na|em|in|de|di|du|da)\s+)?(?:linkedin|instagram)\b(?![ -]?(?:ads|advertising|anzeigen|werbung|advertenties))")


#: How to get a way in to a field (folded): "how do I get into SEO or social ads", "hoe ik als junior binnenkom in SEO of
#: social ads", "wie man als Junior in SEO reinkommt", "comment entrer dans le SEO", "cómo entrar en el SEO o los
#: anuncios": the fields named are where to get in, never a choice between them.
_WAY_IN = (r"\b(?:how|comment|como|come|wie|hoe)\b[^?]{0,40}?\b(?:(?:get|getting|break|breaking) (?:in|into)|land (?:a|my) first"
           r"|entrer|rentrer|percer|entrar|meterme|entrare|reinkomm\w*|reinzukommen|hineinkomm\w*|einsteig\w*|fu(?:ss|ß) fass\w*"
           r"|binnenkom\w*|binnen te komen|binnenkomen|aan de slag)\b")


#: A job sought in two fields (folded): "looking for a junior role or internship in SEO or paid social", "je cherche un
#: stage en SEO ou en social ads", "busco prácticas en SEO o publicidad", "cerco un tirocinio nella SEO o nelle ads",
#: "procuro vaga em SEO ou mídia paga", "suche eine Stelle im SEO oder Paid Social", "zoek een stage in SEO of social ads":
#: the fields are where the search is, never a choice the sender asks to weigh.
_ROLE_IN_FIELDS = (r"\b(?:roles?|jobs?|positions?|internships?|placements?|apprenticeships?|poste|emploi|stage|alternance|cdi|puesto|trabajo"
                   r"|empleo|practicas|pasantia|ruolo|lavoro|posizione|impiego|tirocinio|vaga|emprego|estagio|trabalho|stelle|praktikum"
                   r"|werkstudent\w*|baan|functie|stageplek|vacature)\b[^.!?]{0,40}?\b(?:in|en|dans|em|no|na|nel|nella|im|op|bij|within)\s+"
                   r"[^.!?]{1,30}?\b(?:or|ou|o|oder|of|and|et|y|e|und|en)\b")
#: A choice the sender says they are weighing (folded): "can't decide", "torn between", "hésite entre", "no sé cuál".
_TORN = (r"\b(?:decide|choose|choosing|torn|between|which one|hesite|choisir|entre|decidir|elegir|cual|scegliere|quale|tra|escolher|qual"
         r"|entscheiden|zwischen|welche|welches|kiezen|tussen|welke)\b")


#: A first job named with a word between (folded): "land a first junior role", "my first marketing position", "mon premier
#: vrai poste", "mi primer trabajo junior", "il mio primo impiego": the first job the owner's answers name as "first job".
#: A change of career told in other words than the owner's answers use (folded): "quiero cambiar de sector", "I want to
#: switch to marketing", "je veux changer de métier", "voglio cambiare settore", "quero mudar de área", "möchte ins Marketing
#: wechseln", "de overstap maken naar marketing": the career changer's answer, never "tell me where you stand".
_SWITCH_TOLD = (r"\b(?:cambiar de (?:sector|carrera|profesion|rubro)|cambiarme al? (?:marketing|sector)|pasarme al? marketing"
                r"|changer de (?:secteur|metier|voie|carriere)|(?:me )?reorienter vers|switch(?:ing)? (?:in)?to (?:digital )?marketing"
                r"|mov(?:e|ing) into (?:digital )?marketing|chang(?:e|ing) (?:my )?(?:field|industry|career)|pivot(?:ing)? (?:in)?to (?:digital )?marketing"
                r"|cambiare (?:settore|mestiere|carriera|lavoro)|passare al (?:digital )?marketing|mudar de (?:area|carreira|setor|profissao)"
                r"|(?:ins|in das|in den) (?:\w+ )?marketing (?:zu )?wechseln|beruflich(?: \w+)? (?:zu )?(?:wechseln|umorientieren)|umorientier\w*"
                r"|(?:de )?overstap (?:\w+ )?(?:te )?maken naar|overstappen naar"
                # "me reconvertir dans le marketing digital", "move into online marketing", "dar el salto al marketing", "ins
                # Online-Marketing wechseln", "mudar para o marketing online", "migrar para o marketing digital"
                r"|(?:me )?reconvertir (?:dans|vers) (?:le )?(?:marketing|digital|web)|(?:move|moving|switch|switching) into (?:online|digital) marketing"
                r"|dar el salto al? (?:\w+ )?marketing|(?:ins|in das|in den) (?:online|digital)-?marketing (?:zu )?wechseln"
                r"|(?:mudar|migrar|passar) para o (?:\w+ )?marketing|passare al (?:\w+ )?marketing)\b")
_FIRST_ROLE = (r"\b(?:first|premier|primer|primo|primeiro|ersten?|eerste)\s+(?:\w+\s+){0,2}?(?:role|job|position|poste|emploi|puesto|empleo"
               r"|trabajo|ruolo|lavoro|impiego|emprego|vaga|stelle|baan|functie)\b")


#: Positioning oneself as a freelancer (folded): "wie ich mich als Freelancerin positionieren kann", "hoe ik me als freelancer
#: kan positioneren", "how to position myself as a freelancer", "me positionner en freelance", "posicionarme como autónoma",
#: "posizionarmi come freelance", "me posicionar como freelancer": how to start and sell oneself as one, never a job search.
_POSITIONING = r"\b(?:position\w*|positionn\w*|positionier\w*|positioneer\w*|positioner\w*|posicion\w*|posizion\w*)\b"


def freelance_positioning(note: str) -> bool:
    """Does the note's question ask how to position oneself as a freelancer?

    >>> freelance_positioning("ik zoek werk en zou graag tips krijgen over hoe ik me als freelancer kan positioneren.")
    True
    >>> freelance_positioning("how should I position my CV for an agency job?")
    False
    """
    asked = questions(note)[0]
    return bool(asked and cre.search(_POSITIONING, asked) and cre.search(_FREELANCE, asked))


#: A move into marketing from another trade (folded): "mich ins Online-Marketing umschulen lassen", "overstappen naar online
#: marketing", "me reconvertir", "mudar de carreira", "riqualificarmi", "retraining into digital marketing".
#: A move into marketing with the field left named between (folded): "migrar de atendimento ao cliente para marketing
#: digital", "move from retail into digital marketing", "pasarme de la hostelería al marketing", "passer de la vente au marketing".
_MOVE_FROM_FIELD = (r"(?:overstap\w*|switch\w*|migrar|mudar|move|moving|pasarme|pasar|cambiar|passare|passer|changer) (?:de|from|van|da|dal|dalla|du|del|do)"
                    r" (?:[\w'-]+ ){1,4}?(?:naar|to|into|para|pro|pra|al|au|nel|in|in het|pour le|vers le) (?:o |a |het |de |il |le |la |el )?(?:[\w-]+ ){0,2}marketing")
_CAREER_MOVE = (r"\b(?:umschul\w*|quereinst\w*|overstap\w*|omscho\w*|reconver\w*|retrain\w*|re-?skill\w*|reconvirt\w*|career (?:change|switch)\w*|(?:switch|chang)\w* careers"
                r"|mudar de (?:carreira|area)|riqualific\w*|riconver\w*|cambiar de (?:carrera|sector)"
                # "overstappen naar online marketing", "switch into digital marketing", "migrar para o marketing" (never "migrar pro
                # server-side tagging", "switching to GA4": a tool changed is no career)
                r"|(?:overstap\w*|switch\w*|migrar) (?:naar|to|into|para|pro|pra) (?:[\w-]+ ){0,2}marketing"
                r"|" + _MOVE_FROM_FIELD +
                r"|ins (?:[\w-]+ ){0,2}[\w-]*marketing wechseln|(?:pasarme|passare|mudar) (?:al|para o) (?:[\w-]+ ){0,2}marketing)\b")


def _switch_told(folded: str) -> bool:
    """Does the (folded) note tell a move into marketing, in a phrase of its own ("cambiar de sector") or with the field
    left named ("migrar de atendimento ao cliente para marketing digital", ``_MOVE_FROM_FIELD``)?"""
    return bool(cre.search(_SWITCH_TOLD, folded) or cre.search(rf"\b(?:{_MOVE_FROM_FIELD})\b", folded))


#: A course or training asked for (folded question).
_TRAINING_ASKED = r"\b(?:formations?|courses?|cours|formacion|formazione|formacao|cursos?|corsi|corso|kurse?|weiterbildung\w*|cursus\w*|opleiding\w*|training)\b"
#: Whether that move is still worth it, at the sender's age or in a crowded market (folded question).
_MOVE_WORTH = (r"\b(?:worth it|too late|too old|my age|saturated|crowded|vaut (?:encore )?le coup|mon age|trop tard|sature\w*"
               r"|vale la pena|mi edad|demasiado tarde|saturad\w*|ha (?:ancora )?senso|mia eta|troppo tardi|saturo|vale a pena"
               r"|minha idade|lohnt (?:es|sich)|meinem alter|zu spat|markt (?:ist )?(?:voll|gesattigt)|heeft (?:dat|het) (?:nog )?zin"
               r"|mijn leeftijd|te laat|verzadigd)\b")
#: The honest "is retraining still worth it?" answer: yes, with conditions (impersonal, as the FAQ's answers).
MOVE_WORTH_ANSWER = {
    "en": "Honest answer: yes, with conditions. Age is no obstacle; what's crowded is beginners with only a certificate, and employers look for people who can show results. A previous job counts too (logistics, teaching, sales …): that sector is the best place to start. Then one channel, SEO or ads, and a real project with figures to show.",
    "fr": "Réponse honnête : oui, à certaines conditions. L'âge n'est pas un frein ; ce qui est saturé, ce sont les débutants qui n'ont qu'un certificat, et le marché cherche des gens qui montrent des résultats. Le métier d'avant compte aussi (logistique, enseignement, vente …) : c'est le meilleur secteur pour commencer. Puis un seul canal, SEO ou pub, et un vrai projet chiffré.",
    "es": "Respuesta sincera: sí, con condiciones. La edad no es un obstáculo; lo saturado son los principiantes con solo un certificado, y el mercado busca gente que demuestre resultados. El oficio anterior también cuenta (logística, docencia, ventas …): es el mejor sector para empezar. Después, un solo canal, SEO o anuncios, y un proyecto real con cifras.",
    "it": "Risposta sincera: sì, a certe condizioni. L'età non è un ostacolo; saturo è il mercato dei principianti con solo un certificato, e si cercano persone che mostrano risultati. Anche il lavoro di prima conta (logistica, insegnamento, vendite …): è il settore migliore da cui partire. Poi un solo canale, SEO o ads, e un progetto reale con numeri.",
    "de": "Ehrliche Antwort: ja, unter Bedingungen. Das Alter ist kein Hindernis; voll ist der Markt für Einsteiger, die nur ein Zertifikat haben, gesucht werden Leute, die Ergebnisse zeigen können. Auch der bisherige Beruf zählt (Logistik, Lehre, Vertrieb …): Diese Branche ist der beste Einstieg. Dann ein Kanal, SEO oder Ads, und ein echtes Projekt mit Zahlen.",
    "pt": "Resposta honesta: sim, com condições. A idade não é obstáculo; saturado está o mercado de principiantes só com um certificado, e procuram-se pessoas que mostrem resultados. A profissão anterior também conta (logística, ensino, vendas …): é o melhor setor para começar. Depois, um só canal, SEO ou anúncios, e um projeto real com números.",
    "pt-BR": "Resposta sincera: sim, com condições. Idade não é obstáculo; saturado está o mercado de iniciantes só com certificado, e as empresas procuram gente que mostre resultados. A profissão anterior também conta (logística, ensino, vendas …): é o melhor setor para começar. Depois, um canal só, SEO ou anúncios, e um projeto real com números.",
    "nl": "Eerlijk antwoord: ja, onder voorwaarden. Leeftijd is geen obstakel; verzadigd is de markt voor beginners met alleen een certificaat, en werkgevers zoeken mensen die resultaten laten zien. Het vorige vak telt ook (logistiek, onderwijs, verkoop …): die sector is de beste start. Daarna één kanaal, SEO of advertenties, en een echt project met cijfers.",
}


def move_worth(note: str, lang: str) -> str:
    """The honest answer to "is retraining into marketing still worth it (at my age, in a saturated market)?", or "".

    >>> move_worth("Ich bin 42 und möchte mich umschulen lassen. Lohnt sich das noch oder ist der Markt voll?", "de")[:22]
    'Ehrliche Antwort: ja, '
    >>> move_worth("Is SEO still worth it in 2025?", "en")
    ''
    """
    folded, asked = fold_phrase(note), questions(note)[1]
    if not (cre.search(_CAREER_MOVE, folded) and cre.search(_MOVE_WORTH, asked or folded)) or cre.search(_TRAINING_ASKED, asked) or cre.search(r"\bcertifi\w*|\bzertifi\w*|\bcerts?\b", asked):
        return ""  # (never "ça vaut le coup, une formation Google Ads ?", "is the digital garage cert worth it?": a course weighed, the course answers answer it)
    return in_lang(MOVE_WORTH_ANSWER, lang)


#: A content-marketing role aimed at (folded): "je vise un poste en content marketing", "quiero trabajar en marketing de contenidos".
_CONTENT_AIM = (r"\b(?:content[- ]?marketing|marketing (?:de |dei |del )?(?:contenu|contenidos?|contenuti|conteudo)|contentmarketing"
                r"|content[- ]marketeer|content[- ]writer|redact\w* web|redacteur web)\b")
#: SEO or ads named in the question itself: the content course is not what was asked.
_CHANNEL_ASKED = r"\b(?:seo|sea|ads?|google|meta|facebook|instagram|tiktok|linkedin|social)\b"
#: Where to start among several channels the question names: "Google Ads, SEO...?" (folded).
_ADS_AND_SEO = r"\bgoogle ads\b.{0,40}\bseo\b|\bseo\b.{0,40}\bgoogle ads\b"
#: The content-marketing course answer: a content-strategy course, an SEO-writing one, then a portfolio of articles.
CONTENT_COURSE_ANSWER = {
    "en": "For content marketing, I'd start with a content-strategy course (HubSpot Academy's Content Marketing certification is free) and one on writing for SEO (Semrush Academy's is free too). Then a portfolio of three or four published articles, even on a blog of one's own: that's what recruiters ask to see.",
    "fr": "Pour le content marketing, je commencerais par une formation en stratégie de contenu (la certification Content Marketing de HubSpot Academy est gratuite) et une formation à la rédaction SEO (celle de Semrush Academy l'est aussi). Puis un portfolio de trois ou quatre articles publiés, même sur un blog perso : c'est ce que les recruteurs demandent à voir.",
    "es": "Para el marketing de contenidos, empezaría por un curso de estrategia de contenidos (la certificación Content Marketing de HubSpot Academy es gratuita) y uno de redacción SEO (el de Semrush Academy también). Después, un portfolio de tres o cuatro artículos publicados, aunque sea en un blog propio: es lo que piden ver los reclutadores.",
    "it": "Per il content marketing partirei da un corso di content strategy (la certificazione Content Marketing di HubSpot Academy è gratuita) e da uno di scrittura SEO (anche quello di Semrush Academy lo è). Poi un portfolio di tre o quattro articoli pubblicati, anche su un blog personale: è quello che i recruiter chiedono di vedere.",
    "de": "Fürs Content Marketing würde ich mit einem Kurs in Content-Strategie anfangen (die Content-Marketing-Zertifizierung der HubSpot Academy ist kostenlos) und einem Kurs für SEO-Texte (bei der Semrush Academy ebenfalls gratis). Dann drei, vier veröffentlichte Artikel als Arbeitsproben, gern im eigenen Blog: Genau die wollen Personaler sehen.",
    "pt": "Para marketing de conteúdo, começaria por um curso de estratégia de conteúdo (a certificação Content Marketing da HubSpot Academy é gratuita) e um de escrita para SEO (o da Semrush Academy também). Depois, um portefólio de três ou quatro artigos publicados, nem que seja num blogue próprio: é o que os recrutadores pedem para ver.",
    "pt-BR": "Para marketing de conteúdo, eu começaria por um curso de estratégia de conteúdo (a certificação Content Marketing da HubSpot Academy é gratuita) e um de redação para SEO (o da Semrush Academy também). Depois, um portfólio com três ou quatro artigos publicados, mesmo que num blog próprio: é o que os recrutadores pedem para ver.",
    "nl": "Voor contentmarketing zou ik beginnen met een cursus contentstrategie (de Content Marketing-certificering van HubSpot Academy is gratis) en een cursus SEO-teksten schrijven (die van Semrush Academy ook). Daarna een portfolio van drie, vier gepubliceerde artikelen, al is het op een eigen blog: dat willen recruiters zien.",
}
#: Google Ads or SEO first, for someone moving into marketing: SEO, and why; Google Ads next.
SEO_FIRST_ANSWER = {
    "en": "Between the two, I'd start with SEO: it teaches what every marketing job uses (how people search, writing for the web, Search Console and GA4), and the free courses are enough (Google's SEO Starter Guide, HubSpot Academy). Google Ads comes next, with the free Skillshop certification, and each lesson tried on a real project.",
    "fr": "Entre les deux, je commencerais par le SEO : on y apprend ce qui sert dans tout le marketing (comment les gens cherchent, écrire pour le web, Search Console et GA4), et les formations gratuites suffisent (guide SEO de Google, HubSpot Academy). Google Ads vient ensuite, avec la certification gratuite de Skillshop, et chaque module appliqué à un vrai projet.",
    "es": "Entre los dos, empezaría por el SEO: enseña lo que sirve en todo el marketing (cómo busca la gente, escribir para la web, Search Console y GA4), y bastan los cursos gratuitos (la guía SEO de Google, HubSpot Academy). Google Ads viene después, con la certificación gratuita de Skillshop, y cada lección aplicada a un proyecto real.",
    "it": "Tra i due partirei dalla SEO: insegna ciò che serve in tutto il marketing (come cercano le persone, scrivere per il web, Search Console e GA4), e bastano i corsi gratuiti (la guida SEO di Google, HubSpot Academy). Google Ads viene dopo, con la certificazione gratuita di Skillshop, e ogni lezione applicata a un progetto reale.",
    "de": "Von den beiden würde ich mit SEO anfangen: Dabei lernt man, was im ganzen Marketing zählt (wie Menschen suchen, fürs Web schreiben, Search Console und GA4), und die kostenlosen Kurse reichen (Googles SEO-Startleitfaden, HubSpot Academy). Google Ads kommt danach, mit dem kostenlosen Skillshop-Zertifikat, und alles gleich an einem echten Projekt geübt.",
    "pt": "Entre os dois, começaria pelo SEO: ensina o que serve em todo o marketing (como as pessoas pesquisam, escrever para a web, Search Console e GA4), e os cursos gratuitos chegam (o guia de SEO da Google, HubSpot Academy). O Google Ads vem depois, com a certificação gratuita do Skillshop, e cada lição aplicada a um projeto real.",
    "pt-BR": "Entre os dois, eu começaria pelo SEO: ele ensina o que serve em todo o marketing (como as pessoas buscam, escrever para a web, Search Console e GA4), e os cursos gratuitos bastam (o guia de SEO do Google, HubSpot Academy). O Google Ads vem depois, com a certificação gratuita do Skillshop, e cada aula aplicada a um projeto real.",
    "nl": "Van die twee zou ik met SEO beginnen: daar leer je wat in alle marketing terugkomt (hoe mensen zoeken, schrijven voor het web, Search Console en GA4), en de gratis cursussen volstaan (Googles SEO-starterhandleiding, HubSpot Academy). Google Ads komt daarna, met het gratis Skillshop-certificaat, en elke les meteen toegepast op een echt project.",
}
#: A career changer asking which course to start with, no channel aimed at (Google Analytics weighed against a general
#: course at most): a general course first, for the map of the field, then the GA4 certification as proof.
GENERAL_FIRST_ANSWER = {
    "en": "I'd start with a general digital marketing course, to get an overview of the whole field (HubSpot Academy's is free), then the Google Analytics (GA4) certification, free on Skillshop, which shows you can work with data. And try out each lesson on a real project as you go: that's what sticks, and what recruiters ask about.",
    "fr": "Je commencerais par une formation générale en marketing digital, pour avoir une vue d'ensemble du métier (celle de HubSpot Academy est gratuite), puis la certification Google Analytics (GA4), gratuite sur Skillshop, comme preuve qu'on sait lire les chiffres. En parallèle, j'appliquerais chaque module à un vrai projet : c'est comme ça qu'on apprend.",
    "es": "Empezaría por un curso general de marketing digital, para tener el mapa del oficio (el de HubSpot Academy es gratuito), y después la certificación de Google Analytics (GA4), gratuita en Skillshop, como prueba de que se saben leer las cifras. Y, a la vez, aplicaría cada lección a un proyecto real: así es como se aprende.",
    "it": "Partirei da un corso generale di marketing digitale, per avere la mappa del mestiere (quello di HubSpot Academy è gratuito), poi la certificazione Google Analytics (GA4), gratuita su Skillshop, come prova di saper leggere i dati. E, in parallelo, applicherei ogni lezione a un progetto reale: è così che si impara.",
    "de": "Ich würde mit einem allgemeinen Kurs in Online-Marketing anfangen, um einen Überblick über das Fach zu bekommen (der von der HubSpot Academy ist kostenlos), und danach das Google-Analytics-Zertifikat (GA4), kostenlos auf Skillshop, als Nachweis, dass man Zahlen lesen kann. Dazu jede Lektion gleich an einem echten Projekt üben.",
    "pt": "Começaria por um curso geral de marketing digital, para ter o mapa da profissão (o da HubSpot Academy é gratuito), e depois a certificação Google Analytics (GA4), gratuita no Skillshop, como prova de que se sabe ler os números. E, ao mesmo tempo, aplicaria cada lição a um projeto real: é assim que se aprende.",
    "pt-BR": "Eu começaria por um curso geral de marketing digital, para ter o mapa da área (o da HubSpot Academy é gratuito), e depois a certificação Google Analytics (GA4), gratuita no Skillshop, como prova de que se sabe ler os números. E, ao mesmo tempo, aplicaria cada aula a um projeto real: é assim que se aprende.",
    "nl": "Ik zou beginnen met een algemene cursus online marketing, voor een overzicht van het vak (die van HubSpot Academy is gratis), en daarna de Google Analytics-certificering (GA4), gratis via Skillshop, als bewijs dat je met cijfers overweg kunt. En elke les meteen toepassen op een echt project: zo blijft het hangen.",
}
#: Years in marketing or communication already told (folded): "7 jaar marketing bij een verzekeraar", "10 jaar in de
#: communicatie": no beginner, the course closest to the job aimed at answers it, never a general course.
_MARKETING_YEARS = (r"\b\d+ (?:jaar|years?|jahre?n?|ans|anos|anni|años|anos) (?:\w+ ){0,2}(?:marketing|communicat\w*|comunica\w*"
                    r"|kommunikation|communication)\b")
#: A role aimed at (folded): "je vise un poste de chargée de contenu", "a job as…": the course closest to it answers.
_ROLE_AIMED = r"\b(?:vise\w*|poste|role|job as|position as|functie|stelle als|puesto|ruolo|vaga|funcao|cargo)\b"
#: Where to start asked, or a general course named (folded question): "to start with", "om te beginnen", "für den Einstieg".
_COURSE_START_ASKED = (r"\b(?:first|start\w*|begin\w*|d'abord|en premier|commencer|debuter|einstieg|anfangen|zuerst|empezar|primero|iniziare"
                r"|per primo|comecar|primeiro|eerst|general\w*|allgemein\w*|algemene)\b")
#: A second question after the course one ("… pour débuter ? Vos formations sont éligibles au CPF ?"): the shorter
#: course answer, so that both answers fit in the draft.
_TWO_QUESTIONS = r"\?[^?]+\?"
#: Google Analytics named in the question (folded): weighed against a general course, it is no channel aimed at.
_ANALYTICS_NAMED = r"\b(?:google )?analytics(?: 4)?\b|\bga4?\b"


#: A daily budget named in the question (folded): "budget quotidien", "Tagesbudget", "presupuesto diario".
_DAILY_BUDGET = (r"\b(?:daily budget|budget (?:quotidien|journalier|par jour|giornaliero|diario)|presupuesto diario|orcamento diario"
                 r"|tagesbudget|dagbudget|budget per dag|daily)\b")
#: ... weighed against a budget for the whole campaign: "lifetime budget", "budget global", "Laufzeitbudget".
_LIFETIME_BUDGET = (r"\b(?:lifetime|total budget|overall budget|budget (?:global|total|totale|complessivo|a vie)|presupuesto (?:total|global)"
                    r"|orcamento (?:total|global|vitalicio)|vitalicio|laufzeitbudget|gesamtbudget|totaalbudget|looptijdbudget)\b")
#: The Meta budget type for a dated launch: a lifetime budget; a daily one for an always-on campaign.
BUDGET_TYPE_ANSWER = {
    "en": "For a launch with set dates, I'd use a lifetime budget: Meta spreads the spend over the whole period, can push harder on the days that convert, and the ads can be scheduled. A daily budget suits an always-on campaign, adjusted week by week.",
    "fr": "Pour un lancement avec des dates précises, je prendrais un budget global : Meta répartit la dépense sur toute la période et peut pousser davantage les jours qui convertissent, avec une diffusion programmée possible. Le budget quotidien convient mieux à une campagne permanente, qu'on ajuste semaine après semaine.",
    "es": "Para un lanzamiento con fechas fijas, usaría un presupuesto total: Meta reparte el gasto en todo el periodo, puede invertir más los días que convierten y los anuncios se pueden programar. El presupuesto diario va mejor para una campaña siempre activa, que se ajusta semana a semana.",
    "it": "Per un lancio con date precise userei un budget totale: Meta distribuisce la spesa su tutto il periodo, può spingere di più nei giorni che convertono e gli annunci si possono programmare. Il budget giornaliero va meglio per una campagna sempre attiva, da regolare settimana dopo settimana.",
    "de": "Für einen Launch mit festen Daten würde ich ein Laufzeitbudget nehmen: Meta verteilt die Ausgaben über den ganzen Zeitraum, spielt an starken Tagen mehr aus, und die Anzeigen lassen sich zeitlich planen. Ein Tagesbudget passt besser zu einer dauerhaften Kampagne, die man Woche für Woche anpasst.",
    "pt": "Para um lançamento com datas fixas, usaria um orçamento vitalício (total): a Meta distribui o gasto por todo o período, pode apostar mais nos dias que convertem e os anúncios podem ser programados. O orçamento diário serve melhor uma campanha sempre ativa, ajustada semana a semana.",
    "pt-BR": "Para um lançamento com datas definidas, eu usaria o orçamento total (vitalício): a Meta distribui o gasto por todo o período, pode investir mais nos dias que convertem e os anúncios podem ser programados. O orçamento diário funciona melhor para uma campanha sempre ativa, ajustada semana a semana.",
    "nl": "Voor een lancering met vaste data zou ik een totaalbudget (looptijdbudget) kiezen: Meta verdeelt de uitgaven over de hele periode, zet meer in op de dagen die converteren, en de advertenties zijn in te plannen. Een dagbudget past beter bij een campagne die altijd loopt en week na week wordt bijgestuurd.",
}


def budget_type(note: str, lang: str) -> str:
    """The answer to "a daily or a lifetime budget (for a launch)?", a settings question with a plain answer, or "".

    >>> budget_type("Vaut-il mieux un budget quotidien ou un budget global pour une campagne de lancement ?", "fr")[:40]
    'Pour un lancement avec des dates précise'
    >>> budget_type("Quel budget quotidien pour commencer ?", "fr")
    ''
    """
    folded = fold_phrase(note)
    if not (cre.search(_DAILY_BUDGET, folded) and cre.search(_LIFETIME_BUDGET, folded)) or cre.search(r"\bgoogle ads\b", folded):
        return ""
    return in_lang(BUDGET_TYPE_ANSWER, lang)


#: A shop people walk into, named in the note (folded): a bakery, a café, a florist, a hairdresser, a restaurant…
_LOCAL_SHOP = (r"\b(?:bakery|bakeries|boulangeries?|patisseries?|panaderias?|pastelerias?|panetterias?|pasticcerias?|forno|backerei(?:en)?"
               r"|konditorei(?:en)?|bakkerij\w*|banketbakker\w*|padarias?|pastelarias?|confeitarias?|docerias?|cafes?|coffee ?shops?"
               r"|cafeterias?|caffetterias?|florists?|fleuristes?|floristerias?|fiora[io]|fioreria|blumenladen|bloemenwinkels?|bloemist\w*"
               r"|floriculturas?|hairdressers?|hair salons?|coiffeur\w*|coiffeuses?|salon de coiffure|peluquerias?|parrucchier\w*"
               r"|friseur\w*|kappers?|kapsalons?|cabeleireir\w*|restaurants?|restaurantes?|ristorant\w*|pizzerias?|trattorias?"
               r"|butcher\w*|boucheries?|carnicerias?|macellerias?|metzgerei(?:en)?|slagerij\w*|acougues?|talhos?|epiceries?|grocer\w*"
               r"|local (?:shop|store|business)|commerces? (?:de proximite|local|de quartier)|negocios? (?:local|de barrio)"
               r"|negozio (?:di quartiere|fisico)|laden vor ort|lokale (?:zaak|winkel)|lojas? fisicas?|negocios? de bairro"
               r"|gyms?|salle de sport|gimnasios?|palestra|academia de ginastica|fitnessstudios?|sportschool)\b")
#: Ads asked about (folded): "ads", "de la pub", "anunciar", "Werbung schalten", "adverteren".
_ADS_ASKED = (r"\b(?:ads|advertising|advertis\w*|pubs?|publicites?|anunci\w*|publicidad|publicidade|pubblicita|inserzioni"
              r"|werbung|anzeigen|advertenties|adverteren|reclame)\b")
#: ... never a question on search ads, SEO or an online shop (their own answers).
_NOT_LOCAL_ADS = (r"\b(?:google|search|seo|performance max|pmax|shopping|online|en ligne|webshop|e-?commerce|onlineshop|etsy"
                  r"|site|website|tiktok|linkedin"
                  # "or should I just post regularly?", "5 euro per dag, is dat genoeg?", "hoeveel minimaal?": posting weighed
                  # against ads, or a minimum spend asked, keep their own answers
                  r"|post regularly|just post|organic\w*|organique|organico|organisch\w*|minimum|minimal|minimaal|minimo|mindestens"
                  r"|how much|combien|cuanto|quanto|wie viel|hoeveel|genoeg|enough|assez|suficiente|abbastanza|genug"
                  # "a realistic starting budget for Meta ads for a local gym?": the first test's figure answers it
                  r"|realistic|realiste|realista|realistico|realistisch\w*|starting budget|budget de depart|startbudget|presupuesto inicial"
                  r"|budget iniziale|orcamento inicial)\b")
#: ... asked whether they are worth it or how to start (folded): never a struggle told ("spend a lot, sell little") or an
#: agency asked for.
_LOCAL_ASKED = (r"\b(?:worth\w*|vaut (?:le coup|la peine)|valent (?:le coup|la peine)|vale (?:la|a) pena|merece la pena|lohnt\w*|moeite waard"
                r"|loont|conviene|compensa|rentable|rentabel|zinvol|sinnvoll|start\w*|begin\w*|commencer|demarrer|debuter|empezar"
                r"|empiezo|comenzar|iniziare|partire|comecar|comeco|anfangen|beginnen)\b")
#: ... or Advantage+ weighed against a manual set-up (folded): "Advantage+ or manual targeting?", "des ad sets manuels ?".
_ADVANTAGE_ASKED = r"\b(?:advantage|manual\w*|manuel\w*|manuale|manuali|handmatig\w*|manuell\w*)\b"
_AGENCY_ASKED = r"\b(?:agency|agencies|agences?|agencias?|agenzi[ae]|agentur\w*|bureaus?|freelance\w*|freelancer\w*)\b"
#: The daily budget the owner's ``rule = "local_ads"`` answer may propose ("about €10 a day"), replaced by the one the note
#: tells ("$25/day", "20€/jour"); an answer worded otherwise keeps its own words.
_LOCAL_DAILY = {"en": "about €10 a day", "fr": "environ 10 € par jour", "es": "unos 10 € al día", "it": "circa 10 € al giorno",
                "de": "etwa 10 € am Tag", "pt": "cerca de 10 € por dia", "pt-BR": "uns R$ 50 por dia", "nl": "zo'n € 10 per dag"}


def rule_text(entries: Sequence[dict[str, Any]], rule: str, lang: str) -> str:
    """The owner's answer for a situation recognised by rule (``rule = "local_ads"`` in an ``[[answers]]`` entry) in
    ``lang`` (pt-BR falls back on pt), or "" when the owner wrote none: another owner never gets Camille's advice.

    >>> rule_text([{"rule": "local_ads", "texts": {"pt": "Para um negócio de bairro…"}}], "local_ads", "pt-BR")
    'Para um negócio de bairro…'
    >>> rule_text([], "local_ads", "en")
    ''
    """
    for entry in entries:
        if entry.get("rule") == rule:
            return in_lang(entry["texts"], lang)
    return ""


#: Two rule answers for the doctests below, as an owner writes them.
_EXAMPLE = [{"rule": "local_ads", "texts": {"en": "For a local shop, a small budget is enough: one ad to people within a few km, "
                                                  "about €10 a day. After two weeks, count the visits."}},
            {"rule": "local_advantage", "texts": {"en": "Advantage+ needs many conversions: I'd set it up manually."}},
            {"rule": "meta_start", "texts": {"de": "Für den Start mit Instagram- und Facebook-Anzeigen: eine einfache Kampagne."}},
            {"rule": "agency_france", "texts": {"es": "Para una agencia que llega a Francia: una web en francés."}}]


def local_ads(note: str, lang: str, entries: Sequence[dict[str, Any]]) -> str:
    """The owner's plain answer for a shop people walk into asking about ads (is it worth it, where to start), or "".

    >>> local_ads("Is it worth running ads with 300€/month for a small bakery?", "en", _EXAMPLE)[:40]
    'For a local shop, a small budget is enou'
    >>> local_ads("Performance Max ou Search pour ma boulangerie ?", "fr", _EXAMPLE), local_ads("Instagram ads for my online shop?", "en", _EXAMPLE)
    ('', '')
    >>> print(local_ads("Facebook ads for my gym: Advantage+ or manual targeting with $25/day?", "en", _EXAMPLE))
    For a local shop, a small budget is enough: one ad to people within a few km, $25 a day. Advantage+ needs many conversions: I'd set it up manually.
    """
    folded = fold_phrase(note)
    advantage = bool(cre.search(_ADVANTAGE_ASKED, folded))
    if not (cre.search(_LOCAL_SHOP, folded) and cre.search(_ADS_ASKED, folded) and (advantage or cre.search(_LOCAL_ASKED, folded))) \
            or cre.search(_NOT_LOCAL_ADS, folded) or cre.search(_AGENCY_ASKED, folded):
        return ""
    answer = rule_text(entries, "local_ads", lang)
    if not answer:
        return ""
    budget = pick.told_daily(note, lang)
    daily = in_lang(_LOCAL_DAILY, lang)
    if budget and daily in answer:
        answer = answer.replace(daily, budget)  # "$25/day": the budget they told, never "about €10 a day" beside it
    if advantage:  # the set-up in place of the counting, so the draft stays short
        answer = f"{answer.split('. ', 1)[0]}. {rule_text(entries, 'local_advantage', lang)}".strip()
    return answer


#: Meta ads named (folded): "instagram ads", "anúncios no Instagram", "Facebook-Werbung", "pub Meta".
_META_ADS = (r"\b(?:instagram|insta|facebook|meta)[ -]?(?:ads|anzeigen|werbung|advertenties)\b"
             r"|\b(?:ads|anuncios|annunci|inserzioni|pubs?|publicites?|werbung|anzeigen|advertenties) (?:\w+ )?(?:en|de|no|do|na|da|su|sur|auf|op|on) "
             r"(?:instagram|insta|facebook|meta)\b|\b(?:pubs?|publicites?|anuncios|annunci|inserzioni) (?:instagram|insta|facebook|meta)\b")
#: ... never asked beside search ads, SEO or another network (folded).
_NOT_META_START = r"\b(?:google|search|seo|performance max|pmax|shopping|tiktok|linkedin|pinterest)\b"
#: A first step asked in a note that says it starts from nothing (folded): "wo ich anfangen soll", "just started", "null klar".
_START_FROM_ZERO = (r"\b(?:wo ich (?:anfangen|starten|beginnen) soll|where i should (?:start|begin)|par ou je dois commencer"
                    r"|por donde (?:tengo que|debo) empezar|da dove devo (?:partire|iniziare)|por onde (?:devo|tenho de|tenho que) comecar"
                    r"|waar ik moet beginnen)\b")
_ZERO_TOLD = (r"\b(?:null|zero|cero|from scratch|de zero|de cero|da zero|van nul|bij nul|gestartet|just (?:started|launched|opened)"
              r"|je viens de (?:lancer|creer|commencer)|acabo de (?:lanzar|abrir|empezar)|ho appena (?:aperto|lanciato|iniziato)"
              r"|acabei de (?:abrir|lancar|comecar)|net (?:begonnen|gestart|geopend)|keine ahnung|no idea|aucune idee|ni idea|nessuna idea|nenhuma ideia)\b")


def meta_start(note: str, lang: str, entries: Sequence[dict[str, Any]]) -> str:
    """The owner's one concrete first step for Meta ads (``rule = "meta_start"``), asked by someone who says they start
    from nothing, or "".

    >>> meta_start("hab grad meinen onlineshop gestartet und komm mit instagram ads null klar. wo ich anfangen soll?", "de", _EXAMPLE)[:30]
    'Für den Start mit Instagram- u'
    >>> meta_start("Meta ads: where should I start with 300 a month, Google or Meta?", "en", _EXAMPLE)
    ''
    """
    folded = fold_phrase(note)
    if not (cre.search(_META_ADS, folded) and cre.search(_START_FROM_ZERO, folded) and cre.search(_ZERO_TOLD, folded)) \
            or cre.search(_NOT_META_START, folded):
        return ""
    return rule_text(entries, "meta_start", lang)


#: GA4 named (folded): "GA4", "Google Analytics 4", "google analytics".
_GA4_NAMED = r"\b(?:ga ?4|google analytics(?: ?4)?|analytics ?4)\b"
#: A switch to it asked (folded): "over te stappen", "passer à GA4", "umsteigen", "migrar para o GA4".
_SWITCH_ASKED = (r"\b(?:over ?te stappen|overstap\w*|overgaan|switch\w*|migrat\w*|migrer|migrar\w*|migrare|mov(?:e|ing) (?:over )?to"
                 r"|passer (?:a|sur|vers)|pasar(?:se|me)? a|cambiar(?:se|me)? a|passare a|mudar (?:para|pro|pra)|passar (?:para|ao|pro|pra)"
                 r"|umsteig\w*|umstieg\w*|umstell\w*|wechseln)\b")
#: ... as a must (folded): "is het echt nodig", "do I really need", "c'est obligatoire", "muss ich wirklich".
_SWITCH_MUST = (r"\b(?:nodig|noodzakelijk|verplicht|moet ik|moeten|need|needed|have to|must|necessary|required|obligatoire|oblige"
                r"|necessaire|faut[- ]il|dois[- ]je|necesario|obligatorio|tengo que|hay que|necessario|obbligatorio|devo|bisogna"
                r"|obrigatorio|preciso|tenho (?:de|que)|notig|muss|mussen|pflicht)\b")
#: ... by a small shop or business (folded): the answer's "the basics are enough" fits it.
_SMALL_SHOP = (r"\b(?:\w*shop\w*|boutique|e-?commerce|tienda|negozio|loja|lojinha|winkel\w*|small|petite?s?|pequen[oa]s?|piccol[oa]"
               r"|klein\w*|kleine[nrs]?)\b")
#: Universal Analytics itself or another tool weighed: the answers on those answer it; a switch of job, or GA4 to learn,
#: is a career question ("overstappen naar een baan in marketing, moet ik GA4 leren?").
_NOT_GA4_SWITCH = (r"\b(?:universal|ua|matomo|piwik|plausible|baan|job|career|carriere|carreira|loopbaan|beruf\w*|emploi|trabajo|lavoro"
                   r"|emprego|omscholing|umschulung|reconversion|leren|learn\w*|apprendre|lernen|aprender|imparare)\b")


def ga4_switch(note: str, lang: str, entries: Sequence[dict[str, Any]]) -> str:
    """The owner's answer (``rule = "ga4_switch"``) to "do I really have to switch to GA4 with my small shop?", or "":
    a direct answer, never a budget question.

    >>> ga4_switch("zag je post over google analytics 4. is het echt nodig om over te stappen als je een kleine webshop hebt?", "nl",
    ...            [{"rule": "ga4_switch", "texts": {"nl": "Ja: Universal Analytics is gestopt…"}}])
    'Ja: Universal Analytics is gestopt…'
    >>> ga4_switch("How do I migrate my small shop to GA4?", "en", [{"rule": "ga4_switch", "texts": {"en": "Yes…"}}])
    ''
    """
    folded = fold_phrase(note)
    if not (cre.search(_GA4_NAMED, folded) and cre.search(_SWITCH_ASKED, folded) and cre.search(_SWITCH_MUST, folded)
            and cre.search(_SMALL_SHOP, folded)) or cre.search(_NOT_GA4_SWITCH, folded):
        return ""
    return rule_text(entries, "ga4_switch", lang)


#: The sender's own agency (folded): "tengo una agencia pequeña", "lavoro in un'agenzia", "our agency", "unsere Agentur".
_OWN_AGENCY = (r"\b(?:(?:my|our|an?|mon|notre|une|mi|nuestra|una|un|mia|nostra|minha|nossa|uma|numa|meine|unsere|eine[rm]?|mijn|ons|een) |un'|l')"
               r"(?:(?:small|petite|pequena|piccola|kleine?n?|klein|little) )?(?:agency|agence|agencia|agenzia|agentur|bureau|marketingbureau)\b")
#: ... that wants to open or set up in France (folded): "queremos abrir en Francia", "aprire una sede in Francia".
_OPEN_IN_FRANCE = (r"\b(?:abrir|aprire|open|opening|ouvrir|eroffnen|openen|expand\w*|s'implanter|s'installer|implantar\w*|instalar\w*"
                   r"|entrar|enter|entering|sbarcare|expandir\w*|espander\w*|uitbreiden|gehen|go)\b[^.?!]*\b(?:france|francia|franca|frankreich|frankrijk)\b"
                   r"|\b(?:france|francia|franca|frankreich|frankrijk)\b[^.?!]*\b(?:abrir|aprire|open|ouvrir|eroffnen|openen|gehen)\b")

#: ... and asks for advice on the market (folded): "¿Podrías aconsejarnos?", "qualche consiglio", "zum französischen Markt
#: beraten"; "we're looking for contacts" asks for none and keeps the talk about her plans.
_MARKET_ADVICE_ASKED = (r"\b(?:advice|advise|tips?|conseil\w*|aconsej\w*|consejos?|consigli\w*|conselhos?|aconselh\w*|dicas?"
                        r"|beraten|rat|tipps?|advies|adviseren|raad|market|marche|mercado|mercato|markt)\b")


def agency_france(note: str, lang: str, entries: Sequence[dict[str, Any]]) -> str:
    """The owner's advice for an agency that wants to open in France (``rule = "agency_france"``), or "": never the
    advice for a shop selling products there, nor the job-seeker's tip.

    >>> agency_france("Tengo una agencia pequeña y queremos abrir en Francia. ¿Podrías aconsejarnos?", "es", _EXAMPLE)[:20]
    'Para una agencia que'
    >>> agency_france("Quiero trabajar en una agencia en Francia. ¿Algún consejo?", "es", _EXAMPLE)
    ''
    """
    folded = fold_phrase(note)
    if not (cre.search(_OWN_AGENCY, folded) and cre.search(_OPEN_IN_FRANCE, folded) and cre.search(_MARKET_ADVICE_ASKED, folded)):
        return ""
    return rule_text(entries, "agency_france", lang)


#: A job seeker's own positioning asked (folded question): "wie ich mich besser positionieren kann", "how to position myself",
#: "me positionner", "posicionarme", "posizionarmi", "me posicionar", "hoe ik me kan profileren".
#: ("È a conoscenza di posizioni aperte?", "open positions", "posiciones abiertas": vacancies asked, never how to position oneself)
#: Standing out asked in Dutch the same way: "hoe ik me kan onderscheiden" (elsewhere, "how to stand out to agencies on
#: LinkedIn", "me démarquer", "destacar" keep the owner's stand-out answer, a phrase entry).
_JOB_POSITIONING = (r"\b(?:position\w*|positionn\w*|positionier\w*|positioneer\w*|posicion\w*|posizion\w*|profileren|profilieren"
                    r"|(?:me|mij|je|zich) (?:kan |kun |kunnen )?onderscheiden)\b"
                    r"(?! (?:apert\w*|abiert\w*|abert\w*|ouvert\w*|disponibl\w*|open\w*|vacant\w*|libr\w*|dispon\w*)\b)"
                    r"(?<!open position)(?<!open positions)")
#: A change of field or a break told (folded): the career changer's answer (another sector, a gap in one line) fits it.
_CHANGE_OR_BREAK = (r"\b(?:wechsel\w*|umstieg\w*|umsteigen|pasarme|pasar al|passare al|mudar|switch\w*|move into|changer de|changement"
                    r"|elternzeit|parental|maternit\w*|paternit\w*|conge|baja|pause|pausa|break|gap|luck\w*|licenci\w*|kundigung|gekundigt"
                    r"|redundan\w*|laid off|despid\w*|despedi\w*|ontslag\w*|reorgani\w*|restructur\w*|umstruktur\w*|demitid\w*"
                    r"|ander\w* (?:branche|sector)|autre secteur|otro sector|altro settore|outro setor|another (?:sector|industry))\b")


def job_positioning(note: str, lang: str, entries: Sequence[dict[str, Any]], stage: str) -> str:
    """The owner's positioning advice (``rule = "job_positioning"``) to an experienced job seeker who stays in the field
    ("seit 6 Monaten auf Jobsuche … SEA/SEO, 3 Jahre Erfahrung … wie ich mich besser positionieren kann?"), or "": a
    change of field or a break told keeps the career changer's answer.

    >>> example = [{"rule": "job_positioning", "texts": {"en": "I'd sharpen the headline."}}]
    >>> job_positioning("6 months job hunting in SEO, 3 years of experience. How can I position myself better?", "en", example, "experienced")
    "I'd sharpen the headline."
    >>> job_positioning("After parental leave: how can I position myself better?", "en", example, "experienced")
    ''
    """
    folded = fold_phrase(note)
    if stage != "experienced" or not cre.search(_JOB_POSITIONING, questions(note)[0]) or cre.search(_CHANGE_OR_BREAK, folded) \
            or cre.search(_FREELANCE, folded) or cre.search(_CAREER_MOVE, folded) or career.new_field(folded):
        return ""
    return rule_text(entries, "job_positioning", lang)


def first_step(answer: str, entries: Sequence[dict[str, Any]]) -> bool:
    """Is ``answer`` a complete first step (ads for a local shop, Meta ads from zero), after which "tell me where you
    stand" is needless? (Its opening is compared: the budget the note tells may replace "a small budget".)

    >>> first_step("Für den Start mit Instagram- und Facebook-Anzeigen: eine einfache Kampagne.", _EXAMPLE), first_step("Google Ads first.", _EXAMPLE)
    (True, False)
    """
    # (the career changer's "a general course first, then GA4": the pick asked, told where she stands by the move itself)
    return any(answer.startswith(text[:18]) for entry in entries if entry.get("rule") in ("local_ads", "meta_start")
               for text in entry["texts"].values()) or any(answer.startswith(text[:30]) for text in GENERAL_FIRST_ANSWER.values()) \
        or course_or_apply_answer(answer)


def course_or_apply_answer(answer: str) -> bool:
    """Is ``answer`` the "apply now while learning" answer (a complete answer: never "tell me where you stand" after it)?"""
    return any(answer.startswith(text[:30]) for text in COURSE_OR_APPLY_ANSWER.values())


#: Content strategy named as what to learn (folded): "estrategia de contenidos", "la content strategy", "Inhaltsstrategie".
_CONTENT_STRATEGY = (r"\b(?:content[- ]?strateg\w*|contentstrateg\w*|strategie (?:de |du )?contenus?|estrategia de contenidos?"
                     r"|strategia (?:dei |di |del )?contenut[oi]|estrategia de conteudos?|inhaltsstrategie)\b")
#: ... asked as something to learn, or courses or books recommended for it (folded).
#: (learning or reading asked, or a course with a recommendation or a "which": never "recommend" alone, "Nathalie m'a
#: recommandé votre expertise en stratégie de contenu", "cada cuánto recomiendas publicar", "i consigli sulla content
#: strategy", nor a course alone, "I took your content strategy course in 2023")
_LEARNING_ASKED = (r"\b(?:learn\w*|apprendre|aprender|imparare|lernen|leren|books?|livres?|libros?|libri|livros?|buch|bucher|boeken?"
                   r"|resources?|ressources?|recursos?|risorse)\b")
_COURSE_NAMED = (r"\b(?:courses?|cours|curso|cursos|corso|corsi|kurs|kurse|cursus\w*|opleiding\w*|formation|formacion|formazione"
                 r"|formacao|certif\w*)\b")
_COURSE_WANTED = (r"\b(?:recommend\w*|recommand\w*|conseill\w*|recomend\w*|recomiend\w*|consigli\w*|indicac\w*|indica\w*|empfehl\w*"
                 r"|aanrad\w*|raad|which|quel\w*|qual\w*|cual\w*|welche?|what)\b")
#: ... from her ("aprender mais sobre estratégia de conteúdos consigo", "proposez-vous des formations en stratégie de contenu ?",
#: "your content strategy course"): her training, which the training answers give
_HERS_ASKED = (r"\b(?:consigo|with you|from you|avec (?:vous|toi)|aupres de vous|contigo|con (?:te|lei)|com (?:voce|o senhor|a senhora)"
               r"|bei (?:dir|ihnen)|van (?:jou|u)|met (?:jou|u)|do you (?:offer|run|teach|give)|propos\w* ?-?vous|vous propos\w*|tu proposes"
               r"|ofreces|ofrece usted|offri|offre|ofereces|oferece|bietest du|bieten sie|bied je|biedt u|geef je|geeft u"
               r"|your (?:course|training|workshop)s?|vos formations|votre formation|tes formations|ta formation|tus cursos|tu curso"
               r"|sus cursos|su curso|i tuoi corsi|il tuo corso|i suoi corsi|il suo corso|seus cursos|seu curso|teus cursos|teu curso"
               r"|deine[nm]? kurs\w*|ihre[nm]? kurs\w*|je cursus|uw cursus|jouw cursus"
               # her own book or her experience: "comprei o seu e-book de estratégia de conteúdos", "aprender de tu experiencia"
               r"|e-?books?|(?:your|ton|votre|tu|su|tuo|suo|seu|teu|dein\w*|ihr\w*|je|uw|jouw) (?:book|livre|libro|livro|buch|boek)"
               r"|(?:from|de|dalla|da|aus|van) (?:your|ton|votre|tu|su|tua|sua|deiner|ihrer|je|uw|jouw) (?:experience|experiencia|esperienza|experiencia|erfahrung|ervaring))\b")
#: Ads named beside it (folded): a choice between courses, answered by the entries that weigh it.
_ADS_NAMED = r"\b(?:ads|google ads|meta ads|blueprint|skillshop|sea|ppc|publicite|pubs?|anuncios|annunci|anzeigen|advertenties)\b"
#: ... never a talk, a guest lecture or a workshop she is invited to give on it (folded).
_TALK_ASKED = (r"\b(?:talk|conference\w*|conferencia|conferenza|guest|speaker|intervention|intervenir|vortrag\w*|gastvortrag\w*"
               r"|palestra|charla|ponencia|gastcollege|seminar\w*|workshop|masterclass|webinar|panel|keynote|students?|etudiants?"
               r"|estudiantes|studenti|studierende\w*|studenten|alunos)\b")


def content_learning(note: str, lang: str, entries: Sequence[dict[str, Any]]) -> str:
    """The owner's answer (``rule = "content_learning"``) to courses or books for learning content strategy, or "": someone
    working in SEO who asks for it gets it too, never the SEO resource list; a talk on it she is invited to give never does.

    >>> content_learning("soy junior en SEO. que me recomendarias para aprender estrategia de contenidos? libros, cursos...", "es",
    ...                  [{"rule": "content_learning", "texts": {"es": "En estrategia de contenidos…"}}])
    'En estrategia de contenidos…'
    >>> content_learning("seriez-vous disponible pour une intervention sur la stratégie de contenu ? je vous conseille", "fr",
    ...                  [{"rule": "content_learning", "texts": {"fr": "En stratégie de contenu…"}}])
    ''
    """
    folded = fold_phrase(note)
    if cre.search(_TALK_ASKED, folded) or cre.search(_ADS_NAMED, folded) or cre.search(_HERS_ASKED, folded):
        return ""  # "torn between a Google Ads course and a content strategy course": a choice the other answers weigh
    # content strategy and the learning asked in one sentence: "il tuo corso sulla content strategy è stato fantastico …
    # Qualche consiglio per Instagram?" praises her course and asks about something else
    if not any(cre.search(_CONTENT_STRATEGY, s) and (cre.search(_LEARNING_ASKED, s) or cre.search(_COURSE_NAMED, s) and cre.search(_COURSE_WANTED, s))
               for s in cre.findall(_SENTENCE, folded)):
        return ""
    return rule_text(entries, "content_learning", lang)


#: A free course from an ad platform (folded): Google (Skillshop, its Ateliers numériques), HubSpot Academy, Meta Blueprint.
_FREE_PLATFORM = r"\b(?:google(?: skillshop| ateliers? numeriques?| digital garage| ads| analytics)?|skillshop|hubspot(?: academy)?|meta blueprint|blueprint)\b"
#: A paid course platform or school (folded): OpenClassrooms, Coursera, Udemy, LinkedIn Learning, a bootcamp school.
_PAID_PLATFORM = (r"\b(?:openclassrooms?|open classrooms?|coursera|udemy|linkedin learning|domestika|crehana|datacamp|studi|simplilearn|le wagon"
                  r"|ironhack|wild code school|edx)\b")
#: Those two names weighed in one question.
_PLATFORMS_WEIGHED = (rf"{_FREE_PLATFORM}[^?.!]{{0,30}}\b(?:ou|or|o|oder|of|oppure|vs|versus)\b[^?.!]{{0,20}}{_PAID_PLATFORM}"
                      rf"|{_PAID_PLATFORM}[^?.!]{{0,30}}\b(?:ou|or|o|oder|of|oppure|vs|versus)\b[^?.!]{{0,20}}{_FREE_PLATFORM}")
#: "Google or OpenClassrooms?": the free platform's courses first for the basics, the paid one later and only for a longer,
#: guided track with real projects ({paid}: the paid platform as the sender named it).
PLATFORM_CHOICE_ANSWER = {
    "en": "I'd start with Google's free courses (Skillshop, Google Analytics first): they cover the basics at no cost. {paid} is worth it later if you want a longer, guided track, and only if it makes you do real projects: that's what convinces recruiters, more than the certificate.",
    "fr": "Je commencerais par les cours gratuits de Google (Skillshop, Google Analytics en premier) : ils donnent les bases sans rien coûter. {paid} vaut le coup ensuite pour un parcours plus long et encadré, seulement s'il fait faire de vrais projets : c'est ce qui convainc les recruteurs, plus que le diplôme.",
    "es": "Empezaría por los cursos gratuitos de Google (Skillshop, Google Analytics primero): dan las bases sin coste. {paid} merece la pena después, para un itinerario más largo y guiado, y solo si obliga a hacer proyectos reales: eso es lo que convence a quien contrata, más que el certificado.",
    "it": "Partirei dai corsi gratuiti di Google (Skillshop, prima Google Analytics): danno le basi senza costi. {paid} vale la pena dopo, per un percorso più lungo e guidato, e solo se fa fare progetti reali: è questo che convince chi assume, più del certificato.",
    "de": "Ich würde mit den kostenlosen Kursen von Google anfangen (Skillshop, zuerst Google Analytics): Sie vermitteln die Grundlagen ohne Kosten. {paid} lohnt sich danach für einen längeren, begleiteten Weg, und nur mit echten Projekten: Die überzeugen Arbeitgeber mehr als ein Zertifikat.",
    "pt": "Começaria pelos cursos gratuitos da Google (Skillshop, primeiro o Google Analytics): dão as bases sem custos. {paid} vale a pena depois, para um percurso mais longo e acompanhado, e só se obrigar a fazer projetos reais: é isso que convence quem recruta, mais do que o certificado.",
    "pt-BR": "Eu começaria pelos cursos gratuitos do Google (Skillshop, primeiro o Google Analytics): eles dão a base sem custo. {paid} vale a pena depois, para uma trilha mais longa e acompanhada, e só se fizer você fazer projetos reais: é isso que convence quem contrata, mais do que o certificado.",
    "nl": "Ik zou beginnen met de gratis cursussen van Google (Skillshop, eerst Google Analytics): die geven de basis zonder kosten. {paid} is daarna de moeite waard voor een langer, begeleid traject, en alleen met echte projecten: die overtuigen werkgevers meer dan een certificaat.",
}


def platform_choice(note: str, lang: str) -> str:
    """The answer to a free platform's courses weighed against a paid course platform ("Google ou OpenClassrooms ?",
    "Coursera or Google?"): Google's free courses first, the paid one later for a guided track; "" otherwise.

    >>> platform_choice("quelle formation pour commencer, Google ou OpenClassrooms ?", "fr")[:42]
    'Je commencerais par les cours gratuits de '
    >>> platform_choice("Google Ads o Meta Ads?", "it")
    ''
    """
    asked = questions(note)[0]
    if not asked or not cre.search(_PLATFORMS_WEIGHED, asked):
        return ""
    names = {"openclassroom": "OpenClassrooms", "open classroom": "OpenClassrooms", "coursera": "Coursera", "udemy": "Udemy",
             "linkedin learning": "LinkedIn Learning", "domestika": "Domestika", "crehana": "Crehana", "datacamp": "DataCamp",
             "studi": "Studi", "simplilearn": "Simplilearn", "le wagon": "Le Wagon", "ironhack": "Ironhack",
             "wild code school": "Wild Code School", "edx": "edX"}
    found = cre.search(_PAID_PLATFORM, asked)
    key = next((k for k in names if found and found.group(0).startswith(k)), "")
    text = in_lang(PLATFORM_CHOICE_ANSWER, lang)
    return text.replace("{paid}", names.get(key, "")) if key and text else ""


def platform_choice_answer(text: str) -> bool:
    """Is ``text`` the free-or-paid platform answer (:func:`platform_choice`), complete without "tell me where you stand"?"""
    return bool(text) and any(text.startswith(t.split("{paid}")[0]) for t in PLATFORM_CHOICE_ANSWER.values())


def career_course(note: str, lang: str) -> str:
    """The course a career changer asks for, when the note says which way: a content role aimed at gets the
    content-marketing courses, "Google Ads, SEO…?" which to start with and why; "" otherwise.

    >>> career_course("Je suis en reconversion et je vise un poste en content marketing. Quelle formation pour commencer ?", "fr")[:35]
    'Pour le content marketing, je comme'
    >>> career_course("Je suis en reconversion. Quelle formation SEO pour commencer ?", "fr")
    ''
    """
    folded = fold_phrase(note)
    asked = questions(note)[0]
    if not (cre.search(_CAREER_MOVE, folded) or career.new_field(folded)) or not cre.search(_TRAINING_ASKED, asked):
        return ""
    if cre.search(_ADS_AND_SEO, asked):
        return in_lang(SEO_FIRST_ANSWER, lang)
    if cre.search(_CONTENT_AIM, folded) and not cre.search(_CHANNEL_ASKED, asked) and not cre.search(r"\bseo\b", folded):
        # (never "je vise un poste de rédactrice web SEO": SEO aimed at, the SEO courses answer it)
        return in_lang(CONTENT_COURSE_ANSWER, lang)
    if not cre.search(_CHANNEL_ASKED, cre.sub(_ANALYTICS_NAMED, " ", asked)) and not cre.search(_CONTENT_AIM, folded) \
            and not cre.search(_CHANNEL_ASKED, cre.sub(_ANALYTICS_NAMED, " ", folded)) and not cre.search(_MARKETING_YEARS, folded) \
            and not cre.search(_ROLE_AIMED, folded) and cre.search(_COURSE_START_ASKED, asked) \
            and not cre.search(_TWO_QUESTIONS, note):
        # "GA cert or a general course?", "welke opleiding om te beginnen?": a general course first, then GA4 as proof
        return in_lang(GENERAL_FIRST_ANSWER, lang)
    return ""


#: A course weighed against applying, in one question (folded): "eerst een cursus doen of gewoon solliciteren?", "erst ne
#: Weiterbildung oder lieber direkt bewerben?", "une formation d'abord ou postuler direct ?", "course first or just apply?".
_COURSE_WORD = (_TRAINING_ASKED[:-3] + r"|bootcamp\w*|fortbildung\w*|ausbildung|studium|certifi\w*|zertifi\w*|certifica\w*)\b")
_APPLY_WORD = (r"\b(?:solliciter\w*|sollicitaties?|apply\w*|applying|applications?|postul\w*|candidat\w*|candidar\w*|candidatar\w*|candidarmi|candidarsi"
               r"|bewerb\w*|aplicar|send(?:ing)? (?:out )?(?:my )?cvs?|job ?hunting|chercher (?:du |un )?(?:travail|job|emploi|poste)|buscar (?:trabajo|empleo)"
               r"|cercare (?:lavoro|un lavoro)|procurar (?:emprego|trabalho)|jobsuche|vacatures?)\b")
#: The trade left, when it is hospitality (folded): "uit de horeca", "aus der Gastro", "from hospitality", "de la restauration".
_HOSPITALITY = (r"\b(?:horeca|gastro|gastronomie|hospitality|restaurant(?:e?s)?|restauration|hosteleria|ristorazione|restauracao|hotelaria|hotellerie"
                r"|kellner\w*|serveu(?:r|se)|camarer[oa]|camerier[ea]|garcom|garconete|bediening|barista)\b")
#: Apply now while learning (a free course alongside, a small real project to show; a paid programme only with a portfolio):
#: the plain answer to "course first or apply straight away?" from someone moving into marketing, never "tell me where you stand".
COURSE_OR_APPLY_ANSWER = {
    "en": "I'd apply now and learn alongside: a free course such as Google Skillshop or HubSpot Academy is enough to start, plus one small real project to show (a friend's shop, a local business's Instagram). A paid programme is only worth it if it ends with a real portfolio.",
    "fr": "Je postulerais dès maintenant en apprenant à côté : une formation gratuite (Skillshop de Google, HubSpot Academy) suffit pour démarrer, avec un petit projet concret à montrer (la boutique d'un proche, l'Instagram d'un commerce). Une formation payante ne vaut le coup que si elle débouche sur un vrai portfolio.",
    "es": "Yo postularía ya y aprendería en paralelo: un curso gratuito (Skillshop de Google, HubSpot Academy) basta para empezar, más un pequeño proyecto real que enseñar (la tienda de un conocido, el Instagram de un negocio). Un programa de pago solo compensa si deja un portfolio real.",
    "it": "Mi candiderei subito, imparando nel frattempo: un corso gratuito (Skillshop di Google, HubSpot Academy) basta per iniziare, più un piccolo progetto reale da mostrare (il negozio di un amico, l'Instagram di un locale). Un corso a pagamento vale la pena solo se lascia un vero portfolio.",
    "de": "Ich würde direkt mit Bewerbungen starten und nebenbei lernen: Ein kostenloser Kurs (Googles Skillshop, HubSpot Academy) reicht für den Anfang, dazu ein kleines echtes Projekt zum Zeigen (der Shop von Bekannten, das Instagram eines Betriebs vor Ort). Eine bezahlte Weiterbildung lohnt sich nur mit echtem Portfolio am Ende.",
    "pt": "Eu candidatava-me já e aprendia em paralelo: um curso gratuito (Skillshop da Google, HubSpot Academy) chega para começar, mais um pequeno projeto real para mostrar (a loja de um amigo, o Instagram de um negócio). Um programa pago só compensa se deixar um portefólio a sério.",
    "pt-BR": "Eu já me candidataria e aprenderia em paralelo: um curso gratuito (Skillshop do Google, HubSpot Academy) basta para começar, mais um pequeno projeto real para mostrar (a loja de um amigo, o Instagram de um negócio). Um curso pago só vale a pena se deixar um portfólio de verdade.",
    "nl": "Ik zou nu al solliciteren en ernaast leren: een gratis cursus (Skillshop van Google, HubSpot Academy) is genoeg om te beginnen, plus één klein echt project om te laten zien (de webshop van een kennis, de Instagram van een lokale zaak). Een betaalde opleiding loont alleen als er een echt portfolio uit komt.",
}
#: The hospitality trade left, said to count (added to the answer above).
HOSPITALITY_COUNTS = {
    "en": "And hospitality counts: customer contact and working under pressure help in marketing too.",
    "fr": "Et la restauration compte : le contact client et le travail sous pression servent aussi en marketing.",
    "es": "Y la hostelería cuenta: el trato con clientes y el trabajo bajo presión también sirven en marketing.",
    "it": "E la ristorazione conta: contatto con i clienti e lavoro sotto pressione servono anche nel marketing.",
    "de": "Und die Gastro zählt: Kundenkontakt und Arbeiten unter Druck helfen auch im Marketing.",
    "pt": "E a restauração conta: o contacto com clientes e o trabalho sob pressão também servem no marketing.",
    "pt-BR": "E a experiência em restaurantes conta: contato com clientes e trabalho sob pressão também valem no marketing.",
    "nl": "En de horeca telt: klantcontact en werken onder druk komen in marketing ook van pas.",
}


def course_or_apply(note: str, lang: str) -> str:
    """The plain answer to "a course first, or apply straight away?" from someone moving into marketing, or "".

    >>> course_or_apply("ik wil switchen van de horeca naar online marketing. is het slim om eerst een cursus te doen of gewoon solliciteren?", "nl")[:30]
    'Ik zou nu al solliciteren en e'
    >>> course_or_apply("Welke cursus raad je aan voor Google Ads?", "nl")
    ''
    """
    folded = fold_phrase(note)
    asked = questions(note)[0]
    if not (asked and cre.search(_COURSE_WORD, asked) and cre.search(_APPLY_WORD, asked)):
        return ""
    if not (cre.search(_CAREER_MOVE, folded) or career.new_field(folded) or cre.search(r"\bmarketing\b", folded)):
        return ""
    answer = in_lang(COURSE_OR_APPLY_ANSWER, lang)
    trade = in_lang(HOSPITALITY_COUNTS, lang)
    return f"{answer} {trade}" if answer and cre.search(_HOSPITALITY, folded) else answer


#: Three or more channels listed as the choice ("SEO, Instagram, Google...", "SEO, Instagram o Amazon?") (folded).
_CHANNEL = r"(seo|instagram|insta|google ads|google|amazon|etsy|tiktok|facebook|pinterest|youtube|meta ads|meta)"
_LIST_SEP = r"\s*(?:,\s*(?:or|ou|o|oder|of|oppure)?|/|\b(?:or|ou|o|oder|of|oppure)\b)\s*"
_CHANNELS_LISTED = rf"\b{_CHANNEL}{_LIST_SEP}{_CHANNEL}{_LIST_SEP}{_CHANNEL}\b"


def _courses_weighed(text: str) -> re.Match[str] | None:
    """GA4 weighed against an ads channel in a note that speaks of courses or certificates ("Do I need Consent Mode if I
    only use GA4 or Google Ads?" weighs no course)."""
    found = cre.search(_ANALYTICS_VS_CHANNEL, text)
    return found if found and cre.search(_COURSE_OR_CERT, fold_phrase(text)) else None


def analytics_weighed(note: str) -> list[str]:
    """The two courses a note weighs when one is Google Analytics and the other an ads channel's, or [].

    >>> analytics_weighed("twijfel tussen een cursus Google Analytics 4 of eentje over Meta Ads")
    ['google analytics 4', 'meta ads']
    >>> analytics_weighed("Ho fatto il corso GA4, ora cosa?")
    []
    """
    found = _courses_weighed(note)
    return [fold_phrase(g) for g in found.groups() if g] if found else []


def listed_channels(note: str) -> list[str]:
    """The three channels a note lists as its choice, or [] (a shop asking where to start among them).

    >>> listed_channels("No se por donde empezar, SEO, Instagram, Google... ¿Qué me recomiendas?")
    ['seo', 'instagram', 'google']
    >>> listed_channels("Ho provato Instagram e Google Ads, cosa ne pensi?")
    []
    """
    found = cre.search(_CHANNELS_LISTED, fold_phrase(note))
    return list(found.groups()) if found else []


def match(note: str, entries: Sequence[dict[str, Any]], lang: str, options: Sequence[str] = (), stage: str = "") -> str:
    """The owner's answer to the question ``note`` asks, in ``lang`` ("fr", "pt-BR", …), or "". The question alone
    first; the sentence before it only when the question alone matches no entry. ``options``: the two things an
    either/or question names; an entry answers it only if it names each of them. ``stage``: the sender's career stage
    (:func:`invitriage.drafts.career.stage`); an entry with ``who`` answers only the stages it names."""
    if (reread := ads_worth_before_training(fold_phrase(note))) and (ads := _matched(reread, entries, lang, options, stage)):
        return ads  # "kaum Budget … lohnen sich Social Ads? Einen Rat oder Schulungen?": the worth answered, never the catalogue
    if worth := move_worth(note, lang) or content_learning(note, lang, entries) or course_or_apply(note, lang) or platform_choice(note, lang) or career_course(note, lang) or budget_type(note, lang) \
            or local_ads(note, lang, entries) or meta_start(note, lang, entries) or ga4_switch(note, lang, entries) \
            or agency_france(note, lang, entries) or job_positioning(note, lang, entries, stage):
        return worth
    # "No sé por dónde empezar, SEO, Instagram, Google...": a listed choice is a choice, even without its question mark
    options = options or listed_channels(note) or analytics_weighed(note)
    if len(options) > 2:
        # "Instagram, SEO oder Google Ads?": an answer on where to start among them first; only without one, the answer
        # that weighs two of them ("What's the ONE thing first: SEO, Instagram or ads?" still gets SEO weighed against ads)
        return _match(note, entries, lang, options, stage) or _match(note, entries, lang, options[:2], stage)
    return _match(note, entries, lang, options, stage) or _match(_path_told(note), entries, lang, options, stage)


#: A sentence of a note (its end mark kept).
_SENTENCE = r"[^.!?\n]+[.!?]*"


def _path_told(note: str) -> str:
    """The sentence asking the owner's own path, as a question, when the note's question is another one ("vorrei capire
    come hai fatto il salto a consulente freelance. Qualche consiglio per chi inizia?"); "" otherwise.

    >>> _path_told("Vorrei capire come hai fatto il salto a freelance. Qualche consiglio?")
    'vorrei capire come hai fatto il salto a freelance?'
    >>> _path_told("Qualche consiglio per chi inizia?")
    ''
    """
    told = [s for s in cre.findall(_SENTENCE, fold_phrase(note)) if "?" not in s and cre.search(_PATH, s)]
    return told[0].strip().rstrip(".!") + "?" if told else ""


#: What follows a question on her own path in the same sentence ("comment vous avez débuté dans le marketing digital,
#: quelles certifs vous conseillez ?", "how did you get into SEO and which course would you recommend?") (folded): the
#: clause up to the next comma, "and" or question mark.
_PATH_CLAUSE = r"[^,;?]*?(?:,|;|\s(?:and|et|y|e|und|en)\s(?=(?:\w+\s+){0,2}(?:which|what|quel\w*|que|qual\w*|cual\w*|quale|quali|welche\w*|welk\w*|how|comment|como|come|wie|hoe)\b)|(?=\?))"


#: The longest answer that tells her path and answers the question beside it (the whole reply stays under 600 characters).
_BOTH_MAX = 470


def _asked_beside_path(note: str) -> str:
    """The note without its question on the owner's own path, when another question is asked beside it; "" otherwise.

    >>> _asked_beside_path("je suis en BTS et j'aimerais savoir comment vous avez débuté dans le marketing, quelles certifs vous conseillez ?")
    "je suis en bts et j'aimerais savoir   quelles certifs vous conseillez ?"
    >>> _asked_beside_path("How did you get into SEO? Thanks!")
    ''
    """
    folded = fold_phrase(note)
    m = cre.search(_PATH, folded)
    if not m:
        return ""
    end = cre.match(_PATH_CLAUSE, folded[m.end():])
    rest = folded[:m.start()] + " " + folded[m.end() + (end.end() if end else 0):]
    if not end or not any(len(cre.findall(r"\w+", q)) >= 2 for q in cre.findall(r"[^.!?]*\?", folded[m.end() + end.end():])):
        return ""
    return rest.strip()


def _match(note: str, entries: Sequence[dict[str, Any]], lang: str, options: Sequence[str], stage: str) -> str:
    found = _matched(note, entries, lang, options, stage)
    if found and (beside := _asked_beside_path(note)) and not is_self(questions(beside)[0]):
        # "comment vous avez débuté, quelles certifs vous conseillez ?": her path told in its first sentence, then the other
        # question answered, never the certifications dropped for her story (both only when they fit in a short reply)
        other = _matched(beside, entries, lang, options, stage)
        told_path = cre.split(r"(?<=[.!])\s+", found)[0]
        if other and other != found and len(told_path) + len(other) <= _BOTH_MAX:
            return f"{told_path} {other}"
    if found or not _worth_social_ads(questions(note)[0], fold_phrase(note)):
        return found
    # "budget pub de 500€/mois, ça vaut le coup de faire des social ads avec ça ?": no answer of hers on the ads named
    # (retargeting, TikTok …), so her small-budget Meta test answers whether the budget is worth it
    return _matched(note, entries, lang, options, stage, added="meta ads small budget")


#: A setting told between a thing weighed and "or better …" ("is google ads nog zinvol voor een kleine fietsenwinkel met
#: webshop of beter alles op seo?", "vale a pena investir em X pra uma loja pequena ou e melhor focar no Y?") (folded): the
#: shop told is who asks, never a side of the choice; without it the two things weighed stand side by side.
_SETTING_BEFORE_BETTER = (r"(?<=\w)\s+(?:voor|for|pour|para|pra|per|fur)\s+(?:een|a|an|un|une|uma?|una|eine[nm]?|mijn|my|ma|mon|mi|mia|minha|meine[nm]?)"
                          r"\s[^.?!,]{3,60}?(?=,?\s+(?:of|or|ou|o|oder)\s+(?:(?:e|es|is|ist|est|it's|is it|ist es|c'est|sarebbe|seria)\s+)?"
                          r"(?:beter|better|mieux|mejor|meglio|melhor|besser|liever|rather)\b)")


def _matched(note: str, entries: Sequence[dict[str, Any]], lang: str, options: Sequence[str], stage: str, added: str = "") -> str:
    asked, wider = questions(note)
    # "ho letto il tuo post su linkedin, reels vs tiktok: instagram o tiktok?": the network a post was read on is where she
    # wrote, never a channel the question weighs
    asked, wider = cre.sub(_POST_VENUE, r"\1", asked), cre.sub(_POST_VENUE, r"\1", wider)
    if asked and cre.search(_BARE_META, asked) and cre.search(rf"{_ADS_WORD}|{_BUDGET}", fold_phrase(note)):
        # "Post über TikTok Ads vs. Meta Ads … würdest du eher mit Meta starten?": Meta named alone is its ads
        asked, wider = cre.sub(_BARE_META, "meta ads", asked), cre.sub(_BARE_META, "meta ads", wider)
    said = asked  # the question as its sender wrote it, before the words added below
    asked = cre.sub(_SETTING_BEFORE_BETTER, "", asked)
    if asked and cre.search(_TRAFFIC_LOSS_ASKED, asked) and cre.search(_AI_NAMED, fold_phrase(note)):
        # "j'ai vu ton post sur le SEO et l'IA … les pages produits vont perdre du trafic ?": whether AI takes search clicks,
        # answered as "is SEO losing importance with AI?" is, never how she writes with ChatGPT
        asked, wider = f"{asked} seo lose importance", f"{wider} seo lose importance" if wider else wider
    if cre.search(_VANISHED, fold_phrase(note)):
        # "krijgt sinds de laatste google update bijna geen bezoekers meer", "kaum noch Besucher": traffic lost, told
        # without a word for the loss
        asked, wider = f"{asked} lost" if asked else asked, f"{wider} lost" if wider else wider
    if cre.search(_NET_CAMPAIGNS, fold_phrase(note)) and not cre.search(r"\bads?\b", fold_phrase(note)) \
            and (wider != asked or cre.search(_VIEW_ASKED, asked) or cre.search(_NET_CAMPAIGNS, asked)):
        # ("on me demande de gérer les campagnes Meta … Vous faites des formations finançables par l'OPCO ?": a question with
        # a subject of its own, never the campaigns told before it)
        # "nos campagnes Facebook ne décollent pas. Un avis rapide ?": the campaigns are the Meta ads asked about
        extra = " facebook ads advice" if cre.search(_VIEW_ASKED, asked) else " facebook ads"
        asked, wider = f"{asked}{extra}" if asked else asked, f"{wider}{extra}" if wider else wider
    if (asked and cre.search(_TIPS_ASKED, asked) and (cre.search(_START_ADS, fold_phrase(note))
                                                    # "hänge beim Thema Social Ads total fest. Hättest du Tipps, womit ich
                                                    # anfangen sollte?": the start asked, the ads told in the sentence before
                                                    or cre.search(_START_WORD + "|womit|par ou|por donde|da dove|por onde", asked)
                                                    and cre.search(_SOCIAL_ADS_TOLD, wider))
            and not cre.search(_FREELANCE, fold_phrase(note))
            and not cre.search(_NO_AD_BUDGET, fold_phrase(note)) and not cre.search(rf"\b{_KIND_OF_SOURCE}\b", asked)):
        # "tengo una tienda … y quiero empezar con anuncios, ¿algún consejo?": the ads to start with, a first test on a small budget
        # (never "me lancer en freelance dans les social ads": a career start, answered as one; never "mi consigli un corso
        # per principianti?": a course asked for, answered with the courses;
        # never "zero budget for ads, where do I start?": nothing to spend, so the free start answers it)
        asked, wider = f"{asked} ads small budget advice", f"{wider} ads small budget advice" if wider else wider
    if asked and added:
        asked, wider = f"{asked} {added}", f"{wider} {added}" if wider else wider
    if asked and cre.search(_DAILY_AMOUNT, said) and not cre.search(r"\bsmall budget\b", asked):
        # "¿de verdad con 10€/día se puede sacar algo?", "can you really get results with €10/day?": a budget per day is the
        # small budget asked about, answered as one (the Meta small-budget test names its own daily figure)
        asked, wider = f"{asked} small budget", f"{wider} small budget" if wider else wider
    if asked and cre.search(_TIPS_ASKED, asked) and cre.search(rf"\b{_KIND_OF_SOURCE}\b", asked) and not cre.search(r"\badvice\b", asked):
        # "Heeft u tips voor een goede opleiding of certificering?", "des conseils pour une bonne formation ?": tips on a
        # course are advice on which course to take, answered as "which course would you recommend?" is
        asked, wider = f"{asked} advice", f"{wider} advice" if wider else wider
    if asked and cre.search(_PAID_SAID, asked):
        # "SEO ou mídia paga?": the paid ads weighed, said as the owner's answers name them
        asked, wider = cre.sub(_PAID_SAID, r"\g<0> paid ads", asked), cre.sub(_PAID_SAID, r"\g<0> paid ads", wider)
    if asked and cre.search(_OPENINGS_WORD, asked) and cre.search(_JOB_SOUGHT_WORD, fold_phrase(note)) \
            and not cre.search(_INTERNSHIP_SOUGHT, fold_phrase(note)):
        # "En recherche d'un poste … Auriez-vous connaissance d'opportunités à Lyon ?": the openings asked are jobs, answered
        # as a job search there is (her tip for the place), never left without an answer for want of the word "job"
        asked, wider = f"{asked} job", f"{wider} job" if wider else wider
    if asked and cre.search(_COURSE_ASKED, asked) and not cre.search(_COURSE_TOPIC, asked) \
            and cre.search(_SEO_TOLD, fold_phrase(note)):
        # "ik wil me specialiseren in seo. Welke cursussen of certificaten zijn de moeite waard?", "je vise un poste de
        # rédactrice web SEO. Quelle formation ?": the courses asked are on the SEO told before, never the generic choice
        # between ads and content courses
        asked, wider = f"{asked} seo", f"{wider} seo" if wider else wider
    if asked and cre.search(_GRADUATED, fold_phrase(note)) and not cre.search(r"\bgraduat", asked):
        # "Me formei mês passado … SEO ou mídia paga?": a graduate's choice of field, asked without a word for the stage
        asked, wider = f"{asked} graduated", f"{wider} graduated" if wider else wider
    if asked and cre.search(_STUDY_TRACK, fold_phrase(note)) and not cre.search(r"\bspeciali", asked):
        # "je galère à choisir entre SEO et social ads pour ma spé": a student's field to specialise in, never a shop's SEO or ads
        asked, wider = f"{asked} specialise", f"{wider} specialise" if wider else wider
    if asked and _switch_told(fold_phrase(note)) and (cre.search(_ADVICE, asked) or cre.search(_FIRST_ROLE, asked)) \
            and not cre.search(rf"\b{_KIND_OF_SOURCE}\b|\bcertif\w*|\bcareer change", asked):
        # "soy ingeniero pero quiero cambiar de sector. ¿Tienes algún consejo?": a career changer's advice asked, answered
        # as "any advice for a career change?" is (a course or certification asked keeps the course answer)
        # ("hoe kom ik aan mijn eerste baan zonder ervaring?" after "de overstap naar online marketing": the first job asked is
        # one in marketing, the field moved into)
        extra = " career change" if cre.search(_ADVICE, asked) else " career change marketing"
        asked, wider = f"{asked}{extra}", f"{wider}{extra}" if wider else wider
    if asked and cre.search(_FIRST_ROLE, asked):
        # "I just finished the Google course. Any advice on how to land a first junior role?": a first job asked for, never
        # the course already done
        asked, wider = f"{asked} first job", f"{wider} first job" if wider else wider
    # "I've just opened an Etsy shop. Any SEO tips?": the whole note rules out an entry meant for another setting
    whole = fold_phrase(note)
    if asked and cre.search(_ETSY_OR_OWN_SITE, fold_phrase(asked)):
        # "my Instagram ads don't convert. Is it better to send traffic to Etsy or build my own site first?": the choice
        # asked is where to sell, answered by the Etsy entry (Etsy first, a site of one's own later); the ads told before
        # it are only the setting, and never rule that entry out
        whole, asked, wider = fold_phrase(asked), f"{asked} own site", f"{asked} own site"
    if cre.search(_ETSY_WORD, whole) and cre.search(_OWN_SHOP_PLATFORM, whole):
        # "ich hab einen kleinen Etsy und Shopify Shop … kaum Besucher über Google": the shop of one's own already exists, so
        # its pages and Google answer, never the Etsy entry's "stay on Etsy, a site later"
        # (visitors from Google told: the shop's SEO is what is asked)
        seo = " seo" if asked and cre.search(_GOOGLE_WORD, whole) else ""
        whole, asked, wider = cre.sub(_ETSY_WORD, " ", whole), cre.sub(_ETSY_WORD, " ", asked) + seo, cre.sub(_ETSY_WORD, " ", wider) + seo
    if cre.search(_CERT_DONE, whole):
        # "Google certificate done. Any advice on landing a first role?": the certificate held is told, never the subject
        asked, wider = cre.sub(_CERT_DONE, " ", asked), cre.sub(_CERT_DONE, " ", wider)
    entries = [e for e in entries if not _hits(e.get("unless", []), whole) and fits(e, stage)]
    if asked and cre.search(_WAY_IN, asked):
        entries = [e for e in entries if not e.get("versus")]  # "hoe kom ik binnen in SEO of social ads?": a way in, no choice
    if asked and cre.search(_ROLE_IN_FIELDS, whole) and not cre.search(_TORN, whole):
        # "looking for a junior role in SEO or paid social. Any advice or leads?": the job search, never "SEO or ads?" weighed
        entries = [e for e in entries if not e.get("versus") or _weighs(e.get("when", []), e["versus"], asked)]
    if not asked or not entries:
        return ""
    about_self, budget = is_self(asked), bool(cre.search(_BUDGET_ASKED, asked) or _one_platform_budget(said))
    if cre.search(_OWN_PRICING, whole) and cre.search(_FREELANCE, whole):
        # "a bit lost on how to price freelance work. any tips on how you started out?": the pricing is the question, answered
        # by how to start and price as a freelancer, never by her own story
        about_self, asked = False, f"{asked} as a freelancer start"
    elif freelance_positioning(note):
        # "Tipps, wie ich mich als Freelancerin positionieren kann" from a job seeker: how to start and sell oneself as a
        # freelancer (a clear offer, the network, first projects with figures), never the job search told in the same sentence
        asked = "as a freelancer start first clients"
    elif (cre.search(_HER_START, asked) or cre.search(_HER_BUILT, whole)) and cre.search(_FREELANCE, whole):
        # "je me lance en freelance, j'aurais aimé ton retour d'expérience sur les débuts": her start as a freelancer is
        # how she found her first clients (the entry that tells it), never a request to see their work
        about_self, asked = True, f"{asked} first clients"
    if about_self and cre.search(_FREELANCE, asked) and cre.search(_ADVICE, asked) and not cre.search(_FIRST_CLIENTS, asked):
        # "wie hast du den Einstieg in die Selbständigkeit geschafft? … überlege den Schritt. Hast du 2-3 Tipps?": her own
        # start as a freelancer with tips for theirs is how she found her first clients and her tip, never her SEO story
        asked = "first clients"
    if about_self and cre.search(_FIRST_CLIENTS, asked) and cre.search(_YOU_DID, asked):
        # "Hast du Tipps, wie du am Anfang Kunden gefunden hast?": how she found her first clients, never how she learnt
        asked = f"{asked} first clients"
    if about_self and cre.search(_OLD_CONTENT_ASKED, asked):
        about_self = False  # "how often do you recycle old posts yourself?": her practice is the update entry's answer
    if about_self and cre.search(_TOOL_ASKED, asked) and not any(_hits(e.get("when", []), asked) for e in entries if e.get("self")):
        # "Welke tool gebruik jij daar zelf voor?", "which tool do you use yourself?": the tool she uses is the one her
        # how-to answer names, never a question left unanswered for want of an entry about herself
        about_self = False
    names = named(note)
    best, hits = _scored(entries, asked, options, about_self, budget, names)
    if wider != asked:
        # "vorrei specializzarmi in SEO. Che corsi o certificazioni mi consiglieresti?": the subject told just before the
        # question names the entry better than the question alone (SEO courses, not every certification)
        more, more_hits = _scored(entries, wider, options, about_self, budget, names)
        more = _asked_first(entries, wider, asked, more, more_hits, (options, about_self, budget, names))
        # ("ho visto il tuo post sui reels vs tiktok … instagram o tiktok?": a question that is itself an either/or an entry
        # weighs (``versus``, or both things by name) keeps that answer; a choice told in the sentences before never wins)
        if best is None or more is not None and more_hits[0] > hits[0] and (hits[0] < 10 or _weighs_asked(more, asked)) and (
                _hits([*more.get("when", []), *more.get("also", [])], asked) or not _hits(best.get("when", []), asked)) \
                and not _platform_asked(best, more, said) and not _stage_told_before(best, more, asked, wider):
            # ("Je suis en reconversion. Quelles formations recommanderiez-vous ?": the courses the question names keep
            # their answer; the sentence before it only wins with an entry that speaks to the question too)
            best = more
    if best is None and wider != asked:
        # "Zag je post over Instagram reels! … krijg t bereik niet omhoog.. 1 tip?": the tip asked without its subject, the
        # subject told earlier in the note (the post read, the shop described): the whole note names it
        best, _ = _scored(entries, whole, options, about_self, budget, names)
    if best is not None and best.get("versus"):
        best = _fitting_choice(entries, best, asked, whole)
    if best is None:
        return ""
    texts = best.get("texts", {})
    text = without_done_certificate(str(texts.get(lang) or (texts.get("pt") if lang == "pt-BR" else "") or ""), whole)
    text = without_hiring_pitch(text, whole)
    text = only_stand_out_when_presenting(text, whole)
    text = without_unasked_stand_out(text, whole)
    text = without_freelance_day_rate(text, whole)
    text = without_unasked_ads_kpis(text, whole)
    text = roas_answer_without_asides(text, whole, lang)
    text = language_versions_answer(text, whole)
    text = seo_courses_for_seo_staff(text, whole, lang)
    text = content_field_tip(text, whole, lang)
    text = broad_match_opening(text, whole, lang)
    return channel_named(text, asked) if best.get("versus") else _named_first(text, said)


#: Content strategy or content marketing named as the sender's field (folded): "ein Praktikum im Bereich Content Strategie",
#: "een stageplek in content marketing", "un stage en stratégie de contenu", "prácticas en marketing de contenidos".
_CONTENT_FIELD = (r"\bcontent[ -]?(?:strateg\w*|marketing|creation|manag\w*)\b|\bcontent(?:strateg\w*|marketing)\b"
                  r"|\b(?:strategie|marketing|creation) de contenus?\b|\b(?:estrategia|marketing|creacion) de contenid\w*"
                  r"|\b(?:strategia|marketing) (?:dei |di |del )?contenut\w*|\b(?:estrategia|marketing|criacao) de conteudos?\b"
                  r"|\binhalts?strateg\w*|\bredaction web\b|\bcopywriting\b")
#: The learner's practical tip, its channel and GA4 clause (as the sample's words say it), and the same step for someone
#: aiming at content: plan the project's content, never "set up GA4 and run a channel" for a content strategist.
_CONTENT_TIP_STEP = {
    "en": ("set up GA4, and work one channel on it for two or three months",
           "plan its content for two or three months (a simple editorial calendar, a few articles or posts a month)"),
    "fr": ("GA4 installé, un canal travaillé deux ou trois mois",
           "son contenu planifié deux ou trois mois (un petit calendrier éditorial, quelques articles ou posts par mois)"),
    "es": ("con GA4 instalado, y un canal trabajado durante dos o tres meses",
           "con su contenido planificado durante dos o tres meses (un calendario editorial sencillo, unos cuantos artículos o posts al mes)"),
    "it": ("si installa GA4, si segue un canale per due o tre mesi",
           "si pianificano i contenuti per due o tre mesi (un piccolo calendario editoriale, qualche articolo o post al mese)"),
    "de": ("GA4 einrichten, zwei, drei Monate lang einen Kanal betreuen",
           "Zwei, drei Monate lang Inhalte planen und schreiben (ein einfacher Redaktionsplan, einige Artikel oder Posts im Monat)"),
    "pt": ("instalar o GA4, gerir um canal durante dois ou três meses",
           "planear os conteúdos durante dois ou três meses (um pequeno calendário editorial, alguns artigos ou posts por mês)"),
    "pt-BR": ("Instalar o GA4, cuidar de um canal por dois ou três meses",
              "Planejar os conteúdos por dois ou três meses (um calendário editorial simples, alguns artigos ou posts por mês)"),
    "nl": ("Installeer GA4, beheer twee à drie maanden één kanaal",
           "Plan en schrijf twee à drie maanden de content (een eenvoudige contentkalender, een paar artikelen of posts per maand)"),
}


def content_field_tip(text: str, whole: str, lang: str) -> str:
    """The learner's practical tip with its step on content when the note aims at content strategy or content marketing
    ("ein Praktikum im Bereich Content Strategie"): the tip follows the field asked, never GA4 and a channel to run.

    >>> content_field_tip("Take a project, set up GA4, and work one channel on it for two or three months, noting it.", "an internship in content marketing", "en")
    'Take a project, plan its content for two or three months (a simple editorial calendar, a few articles or posts a month), noting it.'
    >>> content_field_tip("Take a project, set up GA4, and work one channel on it for two or three months.", "an internship in seo", "en")
    'Take a project, set up GA4, and work one channel on it for two or three months.'
    """
    old, new = by_lang(_CONTENT_TIP_STEP, lang) or ("", "")
    if not old or old not in text or not cre.search(_CONTENT_FIELD, fold_phrase(whole)):
        return text
    return text.replace(old, new, 1)


#: Broad match named (folded): the question is about match types, not whether Google Ads pays.
_BROAD_MATCH = (r"\b(?:broad[- ]match\w*|requetes? larges?|correspondance large|concordancia amplia|coincidencia amplia"
                r"|corrispondenza generica|correspondencia ampla|weitgehend passend\w*|weitgehende ubereinstimmung|breed zoek\w*|brede zoekterm\w*)")
#: The answer's opening yes on Google Ads as a whole ("Yes, Google Ads pays off when …."): the first sentence.
_ADS_YES_FIRST = r"^(?:Yes|Oui|Sí|Sì|Ja|Sim),? (?:o )?Google Ads [^.]*\.\s+"
#: What a broad-match question on a small budget hears first instead: rarely.
_BROAD_OPENING = {"en": "Rarely, I'd say.", "fr": "Rarement, à mon avis.", "es": "Rara vez, la verdad.", "it": "Di rado, secondo me.",
                  "pt": "Raramente, na minha opinião.", "de": "Eher selten.", "nl": "Zelden, vind ik."}


def broad_match_opening(text: str, note: str, lang: str) -> str:
    """The Google Ads answer opened on the match type when the (folded) note asks about broad match: "Rarely, I'd say.",
    never "Yes, Google Ads pays off …" read as a yes to broad match on a small budget (review round 142).

    >>> broad_match_opening("Yes, Google Ads pays off when people search. On a small budget, phrase or exact match.", "broad match on 300 eur?", "en")
    "Rarely, I'd say. On a small budget, phrase or exact match."
    >>> broad_match_opening("Yes, Google Ads pays off when people search. More.", "is google ads worth it?", "en")
    'Yes, Google Ads pays off when people search. More.'
    """
    if not cre.search(_BROAD_MATCH, note):
        return text
    opening = cre.match(_ADS_YES_FIRST, text)
    return f"{_BROAD_OPENING.get(lang[:2], '')} {text[opening.end():]}".strip() if opening else text


#: A product's name in her answer: capitalised words ("Looker Studio", "Search Console", "GA4").
_NAME_IN_ANSWER = r"\b[A-Z][\w+]*[A-Z0-9a-z](?:\s+[A-Z][\w+]*)*"


def _named_first(text: str, asked: str) -> str:
    """Her answer with the sentence naming the tool the question asks about first ("Quel outil pour le reporting ? Looker
    Studio ?": her Looker Studio report first, never at the end of her method), when the question asks for a tool.

    >>> _named_first("I keep it simple: UTMs and GA4. For clients, a Looker Studio report.", "which tool for reporting? looker studio?")
    'For clients, a Looker Studio report. I keep it simple: UTMs and GA4.'
    >>> _named_first("I keep it simple: UTMs and GA4. For clients, a Looker Studio report.", "how do you measure roi?")
    'I keep it simple: UTMs and GA4. For clients, a Looker Studio report.'
    """
    if not cre.search(_TOOL_ASKED, asked):
        return text
    sentences = cre.split(r"(?<=[.!])\s+", text)
    for i, sentence in enumerate(sentences[1:], start=1):
        names = [n for n in cre.findall(_NAME_IN_ANSWER, sentence) if len(n) > 3 and " " in n and _span(n, asked)]
        if names and not any(_span(n, fold_phrase(sentences[0])) for n in names):
            return " ".join([sentence, *sentences[:i], *sentences[i + 1:]])
    return text


#: A certificate the sender already holds (folded): "Google certificate done", "I've got my Google Ads certification",
#: "j'ai obtenu la certification Google", "Zertifikat gemacht", "hice la certificación de Google", "ho preso la
#: certificazione", "tirei o certificado", "certificaat behaald": never recommended to them again.

#: An Etsy shop weighed against a site of its own ("send traffic to Etsy or build my own site first?", "Etsy ou mon propre
#: site ?", "¿Etsy o mi propia web?", "meglio Etsy o il mio sito?", "eigene Website oder Etsy?", "eigen website of Etsy?").
_OWN_SITE = (r"\b(?:(?:my|our) own (?:site|website|web ?shop|store|shop)|own (?:site|website)|(?:mon|notre) propre site|(?:ma|notre) propre boutique"
             r"|site (?:a moi|perso)|(?:mi|nuestra) propia (?:web|pagina|tienda)|(?:mi|nuestro) propio (?:sitio|ecommerce|e-commerce)"
             r"|(?:il )?mio sito|(?:un )?sito mio|(?:o )?meu (?:proprio )?site|(?:um )?site (?:meu|proprio)|(?:a )?minha (?:propria )?loja (?:virtual|online)"
             r"|eigenen? (?:website|webseite|homepage|onlineshop|shop)|eigen (?:website|site|webshop|webwinkel))\b")
#: Etsy and a site of its own in one question: the choice asked, whatever the ads told beside it.
_ETSY_OR_OWN_SITE = rf"\betsy\b.*{_OWN_SITE}|{_OWN_SITE}.*\betsy\b"
#: A shop of one's own beside Etsy (folded): "einen kleinen Etsy und Shopify Shop", "Etsy + WooCommerce": the own shop is
#: what Google traffic is asked for, never "stay on Etsy first".
_OWN_SHOP_PLATFORM = r"\b(?:shopify|woocommerce|wix|prestashop|shopware|squarespace|bigcommerce|jimdo|nuvemshop|tiendanube)\b"
_ETSY_WORD = r"\betsy\b"
_GOOGLE_WORD = r"\bgoogle\b"
_CERT_DONE = (r"\b(?:certif\w*|zertifi\w*)\s+(?:\w+\s+){0,2}?(?:done|completed|finished|obtained|passed|in hand|under my belt"
              r"|obtenue?s?|en poche|validee?s?|terminee?s?|gemacht|abgeschlossen|bestanden|erhalten|in der tasche|geschafft"
              r"|hech[oa]s?|terminad[oa]s?|obtenid[oa]s?|aprobad[oa]s?|ottenut[ao]|conseguit[ao]|superat[ao]|concluid[oa]s?|tirad[oa]s?|obtid[oa]s?"
              r"|behaald|gehaald|op zak|afgerond)\b"
              r"|\b(?:i(?:'ve| have)? (?:got|earned|completed|finished|passed|obtained|done)|j'ai (?:obtenu|passe|valide|termine)|hice|saque|obtuve|termine|complete|aprobe"
              r"|ho (?:gia )?(?:preso|ottenuto|conseguito|finito|superato)|tirei|fiz|conclui|terminei|obtive)\s+(?:\w+\s+){0,3}?(?:certif\w*|zertifi\w*)")
#: A sentence of an answer that recommends a certification.
_CERT_SAID = r"(?i:\b(?:certif\w*|zertifi\w*|blueprint|skillshop)\b)"


def without_done_certificate(text: str, note: str) -> str:
    """The answer without its add-on sentences recommending a certification when the (folded) note says one is done
    ("Google certificate done … advice on landing a first role?"); an answer that is about certifications keeps them.

    >>> without_done_certificate("A real project counts most. A certification adds to it: Google Ads.", "google certificate done, a first role?")
    'A real project counts most.'
    >>> without_done_certificate("Take the HubSpot certification. A project counts more.", "google certificate done, which next?")
    'Take the HubSpot certification. A project counts more.'
    """
    if not cre.search(_CERT_DONE, note):
        return text
    return _without_add_ons(text, _CERT_SAID)


def _without_add_ons(text: str, said: str) -> str:
    """An answer without its add-on sentences that match ``said``; an answer that opens with such a sentence is about
    that subject and stays whole.

    >>> _without_add_ons("Read the guide. Recruiters like blogs. Start today.", r"(?i:recruiters)")
    'Read the guide. Start today.'
    >>> _without_add_ons("Recruiters like blogs. Read the guide.", r"(?i:recruiters)")
    'Recruiters like blogs. Read the guide.'
    """
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    if cre.search(said, sentences[0]):
        return text
    kept = [x for x in sentences if not cre.search(said, x)]
    return text if len(kept) == len(sentences) else " ".join(kept)


#: The sender runs (or opens) an online shop of their own (folded): "mi e-shop de cerámica", "ho un piccolo e-shop",
#: "il mio negozio online", "un piccolo shop online", "ma boutique en ligne", "my online store", "meinen Onlineshop", "mijn webwinkel", "a minha loja online".
_OWN_SHOP_SAID = (r"\b(?:my|our|mon|ma|notre|mi|nuestra|nuestro|il mio|la mia|il nostro|la nostra|meine[nmr]?|mein|unsere[nmr]?|unser|mijn|onze"
                  r"|a minha|o meu|minha|meu|a nossa|o nosso|un|una|uno|a|an|une|een|eine[nm]?|ein|uma|um)\s+(?:(?:small|little|own|new|piccol[oa]|nuov[oa]"
                  r"|pequen[oa]|nuev[oa]|petite?|nouvelle|kleine[nm]?|klein|eigen|eigene[nm]?|nova|novo)\s+){0,2}(?:e-?shop|webshop\w*|web shop|online (?:shop|store)|(?:shop|store) online"
                  r"|boutique en ligne|tienda (?:online|en linea)|negozio online|loja (?:online|virtual)|online-?shop|webwinkel\w*|etsy shop|shopify store)\b"
                  # "Gründerin eines kleinen Etsy-Shops", "een klein etsy winkeltje": a shop on a marketplace, said any way
                  r"|\b(?:etsy|shopify)[- ]?(?:shop\w*|store|winkel\w*|tienda|loja|negozio|boutique)\b")
#: The sender is looking for a job (folded): the advice that convinces recruiters is theirs.
_JOB_SAID = (r"\b(?:job|jobs|emploi|stage|alternance|empleo|trabajo|practicas|lavoro|tirocinio|emprego|vaga|estagio|stelle|praktikum|baan|vacature"
             r"|cv|recruit\w*|hiring|candidat\w*|bewerb\w*|sollicit\w*)\b")
#: A sentence of an answer that speaks to job hunting: "convinces recruiters and clients", "convince chi assume", "lo que
#: más se valora", "überzeugt Arbeitgeber", "overtuig je recruiters".
_HIRING_SAID = r"(?i:\b(?:recruiters?|recruteurs?|chi assume|se valora|arbeitgeber|recrutadores|werkgevers)\b)"


def without_hiring_pitch(text: str, whole: str) -> str:
    """The answer without its add-on sentences about convincing recruiters when the (folded) note is a shop owner's who
    seeks no job ("acabo de lanzar mi e-shop … ¿algún recurso?"): their own site is the shop, no recruiter reads it.

    >>> without_hiring_pitch("Read the guide. What convinces recruiters is a blog.", "i just opened my e-shop, any resource?")
    'Read the guide.'
    >>> without_hiring_pitch("Read the guide. What convinces recruiters is a blog.", "looking for a job, i run my e-shop too")
    'Read the guide. What convinces recruiters is a blog.'
    """
    if not cre.search(_OWN_SHOP_SAID, whole) or cre.search(_JOB_SAID, whole):
        return text
    return _without_add_ons(text, _HIRING_SAID)


#: The answer's closing tip on standing out with projects: "To stand out, show study projects with figures", "Des projets
#: chiffrés aident à se démarquer", "Om op te vallen helpen studieprojecten met cijfers".
_STAND_OUT_TIP = (r"(?i:\b(?:to stand out|se d[ée]marquer|aufzufallen|para (?:se )?destacar|distinguersi|op te vallen)\b)"
                  r"(?=.*(?i:projects?|projets?|projekt\w*|proyectos?|progett\w*|projetos?|studieprojecten))|(?i:\bprojets? chiffr\w* aident)")
#: The note asks how to stand out or apply (folded): the tip on projects that stand out is theirs.
_STAND_OUT_ASKED = (r"\b(?:stand out|standing out|demarquer|distinguer|distinguersi|distinguermi|emergere|abheben|auffallen|aufzufallen|destacar\w*|opvallen|op te vallen"
                    r"|onderscheiden|appl(?:y|ying|ication)\w*|postul\w*|candidat\w*|candidatur\w*|bewerb\w*|sollicit\w*|cv|portfolio\w*|project\w*|projet\w*"
                    r"|proyecto\w*|progett\w*|projeto\w*|projekt\w*"
                    # "bin auf Jobsuche", "looking for a job", "cerco lavoro": a job search under way wants the tip too
                    r"|jobsuche|job search|job hunt\w*|looking for (?:a |my first |an? entry[- ]level )?(?:job|role|position)|recherche d'emploi|busco (?:trabajo|empleo)"
                    r"|buscando (?:trabajo|empleo)|cerco lavoro|in cerca di lavoro|procuro emprego|procurando emprego|op zoek naar (?:een |mijn eerste )?(?:baan|job))\b")


def without_unasked_stand_out(text: str, whole: str) -> str:
    """The answer without its closing tip on standing out with projects when the (folded) note asks nothing about standing
    out or applying ("bureau of inhouse, wat zou jij doen?": the choice is answered, no tip for applications).

    >>> without_unasked_stand_out("Both teach well. To stand out, show study projects with figures.", "agency or in-house, what would you do?")
    'Both teach well.'
    >>> without_unasked_stand_out("Both teach well. To stand out, show study projects with figures.", "how do i stand out when applying?")
    'Both teach well. To stand out, show study projects with figures.'
    """
    if cre.search(_STAND_OUT_ASKED, whole):
        return text
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    if len(sentences) < 2 or not cre.search(_STAND_OUT_TIP, sentences[-1]):
        return text
    return " ".join(sentences[:-1])


#: The note asks how to present oneself to agencies (folded): "come presentarmi alle agenzie?", "como me apresentar para as
#: agências?", "how to present myself to agencies?".
_PRESENTING_ASKED = (r"\b(?:present (?:myself|yourself)|introduce myself|pitch myself|me presenter|presentarme|presentarmi|presentarsi"
                     r"|(?:me )?apresentar(?:-me)?|mich (?:\w+ )?vorstellen|mich (?:\w+ )?prasentieren|mezelf (?:\w+ )?(?:presenteren|voorstellen))\b")
#: How to stand out asked (folded): "tips hoe ik kan opvallen bij bureaus?", "how do I stand out with agencies?", "comment
#: me démarquer auprès des agences ?": the tip on standing out answers it, never the agency-or-in-house comparison.
_STAND_OUT_Q = (r"\b(?:stand out|standing out|opvallen|op te vallen|me demarquer|se demarquer|destacar(?:me|-me)?|distinguermi|distinguersi"
                r"|emergere|auffallen|aufzufallen|mich abheben)\b")
#: A side weighed against the agency (folded): in-house, a brand, a company, freelance ("agenzia o azienda?").
_OTHER_SIDE_SAID = (r"\b(?:in-house|inhouse|in house|brands?|client[- ]side|annonceurs?|entreprises?|empresas?|aziend[ae]|unternehmen|bedrij(?:f|ven)"
                    r"|in-company|start-?ups?|freelanc\w*|versus|vs)\b")


def only_stand_out_when_presenting(text: str, whole: str) -> str:
    """Only the closing tip on standing out when the (folded) note asks how to present oneself to agencies (or to stand out) and weighs no
    other side ("come presentarmi alle agenzie?": the agency-or-in-house comparison answers a question not asked).

    >>> only_stand_out_when_presenting("Both teach well. To stand out, show study projects with figures.", "how do i present myself to agencies?")
    'To stand out, show study projects with figures.'
    >>> only_stand_out_when_presenting("Both teach well. To stand out, show study projects with figures.", "agency or in-house? how do i present myself?")
    'Both teach well. To stand out, show study projects with figures.'
    """
    if not (cre.search(_PRESENTING_ASKED, whole) or cre.search(_STAND_OUT_Q, whole)) or cre.search(_OTHER_SIDE_SAID, whole):
        return text
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    if len(sentences) < 2 or not cre.search(_STAND_OUT_TIP, sentences[-1]):
        return text
    return sentences[-1]


#: A note on starting one's own agency (folded): "mi propia agencia", "ma propre agence", "my own agency", "eigen bureau".
_OWN_AGENCY_START = (r"\b(?:my own (?:\w+ )?agency|ma propre agence|mi propia agencia|la mia agenzia|mia agenzia|minha propria agencia"
                     r"|(?:meine )?eigene (?:\w+)?agentur|(?:mijn )?eigen (?:\w+)?bureau)\b")
#: The answer's sentence pricing a freelancer's work from a day rate (folded).
_DAY_RATE_SAID = r"\b(?:day rate|taux journalier|tarifa diaria|tariffa giornaliera|tagessatz\w*|valor diario|dagtarief)\b"
#: A price or rate asked or told in the note (folded).
_PRICING_SAID = r"\b(?:pric\w*|rates?|tarif\w*|prix|precio\w*|prezz\w*|preis\w*|preco\w*|cobrar|charge|factur\w*|dagtarief|tagessatz\w*)\b"


#: A first freelance assignment asked for (folded): "trouver une première mission en freelance", "land a first freelance
#: assignment", "encontrar mi primer cliente como freelance": how to find it, the price not asked.
_FIRST_MISSION = (r"\b(?:premi\w+ (?:missions?|clients?)|first (?:freelance )?(?:assignments?|gigs?|missions?|clients?|projects?)|primer(?:os)? (?:clientes?|proyectos?|encargos?)"
                  r"|prim[oi] (?:clienti|cliente|incarichi|incarico|progetti|progetto)|primeir[oa]s? (?:clientes?|projetos?|trabalhos?)"
                  r"|erste[nr]? (?:kunden|auftrag|auftrage|projekt\w*)|eerste (?:klanten|klant|opdracht\w*))\b")


def without_freelance_day_rate(text: str, whole: str) -> str:
    """The answer without its sentence on a freelancer's day rate when the (folded) note starts an agency of its own or
    asks how to find a first freelance assignment, and asks nothing about prices ("Estoy empezando mi propia agencia …
    ¿qué consejo para arrancar sin clientes?", "des conseils pour trouver une première mission en freelance ?").

    >>> without_freelance_day_rate("Start with your network. Price from a day rate.", "i'm starting my own agency, any advice without clients?")
    'Start with your network.'
    >>> without_freelance_day_rate("Start with your network. Price from a day rate.", "starting my own agency: how should i set my rates?")
    'Start with your network. Price from a day rate.'
    >>> without_freelance_day_rate("Start with your network. Price from a day rate.", "any advice to land a first freelance assignment?")
    'Start with your network.'
    """
    if not (cre.search(_OWN_AGENCY_START, whole) or cre.search(_FIRST_MISSION, whole)) or cre.search(_PRICING_SAID, whole):
        return text
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    if len(sentences) < 2 or cre.search(_DAY_RATE_SAID, fold_phrase(sentences[0])):
        return text
    return " ".join(x for x in sentences if not cre.search(_DAY_RATE_SAID, fold_phrase(x)))


#: Paid advertising named in the note (folded): "Social Ads", "anuncios", "inserzioni", "Werbeanzeigen", "campagnes", "CPC".
_ADS_SAID = (r"\b(?:ads?|adverts?|advertis\w*|advertentie\w*|anuncio\w*|annonce\w*|inserzion\w*|pubblicit\w*|publicit\w*|publicidad\w*"
             r"|pubs?|werbung\w*|werbeanzeige\w*|anzeige\w*|paid|payant\w*|pagad\w*|pagament\w*|bezahlt\w*|betaald\w*|sponsor\w*|patrocinad\w*"
             r"|campaigns?|campagne\w*|campana\w*|campagn\w*|campanha\w*|kampagne\w*|cpc|cpa|cpm|ctr|roas|advantage)\b")
#: The answer's sentence listing the paid KPIs (folded): CTR, CPC and ROAS together.
_PAID_KPIS = r"(?=.*\bctr\b)(?=.*\bcpc\b)(?=.*\broas\b)"


def without_unasked_ads_kpis(text: str, whole: str) -> str:
    """The answer without its sentence on the paid KPIs (CTR, CPC, ROAS) when the (folded) note names no ads ("welke KPI's
    gebruik jij om het succes van LinkedIn-content te meten?": organic content measured, ads metrics never asked).

    >>> without_unasked_ads_kpis("Reach says little. I look at saves. For ads, I add CTR, CPC and ROAS. Then leads.", "which kpis for linkedin content?")
    'Reach says little. I look at saves. Then leads.'
    >>> without_unasked_ads_kpis("Reach says little. I look at saves. For ads, I add CTR, CPC and ROAS. Then leads.", "which kpis for social ads?")
    'Reach says little. I look at saves. For ads, I add CTR, CPC and ROAS. Then leads.'
    """
    if cre.search(_ADS_SAID, whole):
        return text
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    kept = [x for x in sentences if not cre.search(_PAID_KPIS, fold_phrase(x))]
    return " ".join(kept) if len(sentences) > 2 and 1 < len(kept) < len(sentences) and kept[0] == sentences[0] else text


#: The ROAS asked (folded): return on ad spend, an ads metric; content's hours and a client report are no answer to it.
_ROAS_ASKED = r"\broas\b|\breturn on ad spend\b"
#: Content, reporting or clients named beside it (folded): then her sentences on them stay.
_ROI_ASIDES_ASKED = (r"\b(?:content\w*|contenu\w*|contenid\w*|contenut\w*|conteud\w*|inhalt\w*|inhoud\w*|blog\w*|seo|report\w*"
                     r"|rapport\w*|dashboard\w*|tableaux? de bord|looker|clients?|kunden?|klant\w*|client[ie]|clientes?|cuadros? de mando)\b")
#: Her ROI answer's asides (folded): the hours content took, the monthly Looker Studio report for clients.
_ROI_ASIDE_SAID = (r"^(?:for content|contenu|en el contenido|per i contenuti|bei content|no conteudo|bij content)\b"
                   r"|\blooker\b")
#: A small budget told (folded): "bei so kleinen Budgets", "on tiny budgets", "avec de petits budgets", "con poco presupuesto".
_SMALL_BUDGETS_SAID = (r"\b(?:small|tiny|low|limited|petits?|faibles?|pequenos?|piccol[io]|klein\w*|gering\w*|kleine)\s+(?:ad\s+)?budget"
                       r"|\bbudgets?\s+(?:reduits?|limites?|ridott[io]|limitat[io]|pequenos?|kleine?)\b|\bpoco presupuesto\b"
                       r"|\bpresupuestos?\s+pequenos?\b|\bpouco orcamento\b|\borcamentos?\s+pequenos?\b|\bweinig budget\b"
                       r"|\bbudgets?\s+(?:is|are|est|sont|ist|sind|e|sono|es|son|e|sao|is|zijn)\s+(?:\w+\s+)?(?:tiny|small|low|limited|petits?"
                       r"|faibles?|pequenos?|piccol[io]|klein\w*|gering\w*)\b")
#: Her word on a ROAS read on a small budget, after her measurement answer.
_SMALL_BUDGET_ROAS = {
    "en": "On a small budget, I read the ROAS over a whole month, never day by day: a few sales make it jump.",
    "fr": "Avec un petit budget, je lis le ROAS sur un mois entier, jamais jour par jour : quelques ventes suffisent à le faire varier.",
    "es": "Con poco presupuesto, leo el ROAS sobre un mes entero, nunca día a día: unas pocas ventas lo hacen variar mucho.",
    "it": "Con un budget piccolo leggo il ROAS su un mese intero, mai giorno per giorno: bastano poche vendite a farlo oscillare.",
    "pt": "Com pouco orçamento, leio o ROAS ao longo de um mês inteiro, nunca dia a dia: poucas vendas fazem-no variar muito.",
    "pt-BR": "Com orçamento pequeno, leio o ROAS ao longo de um mês inteiro, nunca dia a dia: poucas vendas já fazem ele variar muito.",
    "de": "Bei kleinem Budget lese ich den ROAS über einen ganzen Monat, nie Tag für Tag: Schon wenige Verkäufe lassen ihn stark schwanken.",
    "nl": "Met een klein budget lees ik de ROAS over een hele maand, nooit per dag: een paar verkopen laten hem al flink schommelen.",
}


def roas_answer_without_asides(text: str, whole: str, lang: str) -> str:
    """Her ROI answer to a ROAS question without its asides on content hours and client reports, unless the (folded) note
    names them, and with her word on small budgets when the note tells one ("wie misst du den ROAS bei so kleinen Budgets?").

    >>> roas_answer_without_asides("UTMs first. Then revenue against cost. For content, I count the hours. For clients, a Looker Studio report.", "how do you measure roas on small budgets?", "en")
    'UTMs first. Then revenue against cost. On a small budget, I read the ROAS over a whole month, never day by day: a few sales make it jump.'
    >>> roas_answer_without_asides("UTMs first. For content, I count the hours.", "how do you measure roi on content?", "en")
    'UTMs first. For content, I count the hours.'
    """
    if not cre.search(_ROAS_ASKED, whole) or cre.search(_ROI_ASIDES_ASKED, whole):
        return text
    sentences = cre.split(r"(?<=[.!?])\s+", text)
    kept = [x for x in sentences if not cre.search(_ROI_ASIDE_SAID, fold_phrase(x))]
    if len(kept) == len(sentences) or len(kept) < 2:
        return text
    extra = by_lang(_SMALL_BUDGET_ROAS, lang, "")
    return " ".join([*kept, extra] if cre.search(_SMALL_BUDGETS_SAID, whole) and extra else kept)



#: The sender already works in SEO (folded): "ich bin Junior SEO-Managerin", "junior seo specialist", "chargée SEO".
_SEO_STAFF_SAID = (r"\bseo[- ]?(?:manager\w*|specialist\w*|spezialist\w*|consultant\w*|executive|analyst\w*|expert\w*"
                   r"|specialiste|lead)\b|\b(?:especialista|specialista|specialiste|analista|consultora?|consulente|chargee?"
                   r"|responsable|redacteur|redactrice)\s+(?:en\s+|de\s+|di\s+)?seo\b|\b(?:doing|do|faccio|fais|hago|faco|mache)\s+(?:du\s+)?seo\b")
#: Her employed SEO-course answer, starter level (Google's starter guide with Semrush Academy), as the sample words it.
_STARTER_GUIDE_SAID = (r"Starter Guide|guide de démarrage SEO|guía de introducción al SEO|guida introduttiva alla SEO"
                       r"|SEO-Startleitfaden|guia de introdução ao SEO|SEO-starterhandleiding")
#: Courses past the starter level for someone whose job is SEO already: no starter guide, no "from day one".
_SEO_STAFF_COURSES = {
    "en": "Since SEO is already your job, I'd go for what takes you further: Semrush Academy's more advanced SEO courses, Ahrefs Academy and Google Search Central's documentation for the technical side, each lesson tried straight away on a few pages of the site you work on.",
    "fr": "Quand le SEO est déjà son métier, je miserais sur ce qui fait progresser : les cours SEO avancés de la Semrush Academy, l'Ahrefs Academy et la documentation Google Search Central pour la technique, chaque leçon testée aussitôt sur quelques pages du site.",
    "es": "Trabajando ya en SEO, apostaría por lo que hace avanzar: los cursos de SEO más avanzados de Semrush Academy, la Ahrefs Academy y la documentación de Google Search Central para la parte técnica, probando cada lección en unas páginas de la web.",
    "it": "Quando la SEO è già il proprio lavoro, punterei su ciò che fa crescere: i corsi SEO più avanzati della Semrush Academy, la Ahrefs Academy e la documentazione di Google Search Central per la parte tecnica, provando ogni lezione su qualche pagina del sito.",
    "pt": "Quando o SEO já é o trabalho, apostaria no que faz avançar: os cursos de SEO mais avançados da Semrush Academy, a Ahrefs Academy e a documentação do Google Search Central para a parte técnica, testando cada lição em algumas páginas do site.",
    "pt-BR": "Quando o SEO já é o trabalho, eu apostaria no que faz avançar: os cursos de SEO mais avançados da Semrush Academy, a Ahrefs Academy e a documentação do Google Search Central para a parte técnica, testando cada lição em algumas páginas do site.",
    "de": "Für den nächsten Schritt im SEO-Job würde ich auf die fortgeschrittenen SEO-Kurse der Semrush Academy, die Ahrefs Academy und die Dokumentation von Google Search Central setzen und jede Lektion gleich an ein paar Seiten der betreuten Website ausprobieren.",
    "nl": "Om verder te groeien in SEO zou ik kiezen voor de gevorderde SEO-cursussen van Semrush Academy, Ahrefs Academy en de documentatie van Google Search Central voor het technische deel. Omdat je al aan een echte site werkt: pas elke les toe op een paar pagina's, dan blijft het hangen.",
}


def seo_courses_for_seo_staff(text: str, whole: str, lang: str) -> str:
    """Her starter-level SEO-course answer (Google's starter guide, Semrush Academy) for someone whose job is SEO already
    ("ich bin Junior SEO-Managerin, welche Weiterbildung lohnt sich?"): courses that take them further instead.

    >>> seo_courses_for_seo_staff("Google's SEO Starter Guide and Semrush Academy.", "junior seo specialist here, which course?", "en")[:34]
    "Since SEO is already your job, I'd"
    >>> seo_courses_for_seo_staff("Google's SEO Starter Guide and Semrush Academy.", "junior in marketing, which seo course?", "en")
    "Google's SEO Starter Guide and Semrush Academy."
    """
    if "Semrush Academy" not in text or "HubSpot" in text or not cre.search(_STARTER_GUIDE_SAID, text):
        return text
    if not cre.search(_SEO_STAFF_SAID, whole):
        return text
    return by_lang(_SEO_STAFF_COURSES, lang, text)

#: Language versions asked about (folded): "un site multilingue", "sites in IT and FR", "hreflang", "una versión en inglés".
_LANGUAGE_VERSIONS_ASKED = (r"\b(?:multilingu\w*|multi-?lingu\w*|mehrsprachig\w*|meertalig\w*|hreflang|lingue|langues|idiomas|linguas"
                            r"|sprachen|talen|languages|sprachversion\w*|taalversie\w*)\b")
#: A blog or a shop platform named (folded): then her whole answer, blog and platform included, stays.
_BLOG_OR_PLATFORM_ASKED = r"\b(?:blog\w*|shopify|wix|squarespace|prestashop|webflow|jimdo|shopware|wordpress)\b"
#: Her answer's blog clause after the languages one (up to its "Shopify, Wix…"), and its "or if the built-in blog can't
#: cope" tail.
_BLOG_CLAUSE = r";[^;…]*…"
_BUILT_IN_TAIL = r",\s+(?:or|ou|o|oder|of)\s+(?:if|si|se|wenn|un|een)\b[^.]*\.$"
_WORDPRESS_ASIDE = r"\s*\([^)]*WordPress[^)]*\)"
#: Two languages named as a site's versions (folded): "in it e fr", "en français et en italien", "deutsch und englisch".
_LANGUAGE_CODES = {"it": "it", "italiano": "it", "italien": "it", "italian": "it", "italienisch": "it", "italiaans": "it",
                   "fr": "fr", "francese": "fr", "francais": "fr", "french": "fr", "frances": "fr", "franzosisch": "fr",
                   "frans": "fr", "en": "en", "inglese": "en", "anglais": "en", "english": "en", "ingles": "en",
                   "englisch": "en", "engels": "en", "es": "es", "spagnolo": "es", "espagnol": "es", "spanish": "es",
                   "espanol": "es", "espanhol": "es", "spanisch": "es", "spaans": "es", "de": "de", "tedesco": "de",
                   "allemand": "de", "german": "de", "aleman": "de", "alemao": "de", "deutsch": "de", "duits": "de",
                   "pt": "pt", "portoghese": "pt", "portugais": "pt", "portuguese": "pt", "portugues": "pt",
                   "portugiesisch": "pt", "portugees": "pt", "nl": "nl", "olandese": "nl", "neerlandais": "nl",
                   "dutch": "nl", "neerlandes": "nl", "holandes": "nl", "niederlandisch": "nl", "nederlands": "nl"}
_LANGUAGE_PAIR = (r"\b(" + "|".join(sorted(_LANGUAGE_CODES, key=len, reverse=True)) + r")\s+(?:e|and|et|y|und|en|&)\s+(?:en\s+|in\s+)?("
                  + "|".join(sorted(_LANGUAGE_CODES, key=len, reverse=True)) + r")\b")
_EXAMPLE_CODES = r"\(/[a-z]{2}/, /[a-z]{2}/\)"


def language_versions_answer(text: str, whole: str) -> str:
    """Her subfolder-or-subdomain answer to a question on a site's language versions alone: without its blog and shop
    platform clauses (unless the folded note names a blog or a platform), and with the two languages the note names as
    its example ("sottocartelle o sottodomini per un sito in it e fr?").

    >>> language_versions_answer("Subfolders. Languages: one each (/fr/, /en/), with hreflang; blog: site.com/blog or Shopify's… A subdomain (a separate WordPress) only for separate teams, or if the built-in blog can't cope.", "subfolders or subdomains for a site in spanish and german?")
    'Subfolders. Languages: one each (/es/, /de/), with hreflang. A subdomain only for separate teams.'
    """
    if not cre.search(_LANGUAGE_VERSIONS_ASKED, whole) and not cre.search(_LANGUAGE_PAIR, whole):
        return text
    if cre.search(_BLOG_OR_PLATFORM_ASKED, whole) or not cre.search(_EXAMPLE_CODES, text):
        return text
    trimmed = cre.sub(_BUILT_IN_TAIL, ".", cre.sub(_WORDPRESS_ASIDE, "", cre.sub(_BLOG_CLAUSE, ".", text, count=1)))
    pair = cre.search(_LANGUAGE_PAIR, whole)
    if pair and _LANGUAGE_CODES[pair.group(1)] != _LANGUAGE_CODES[pair.group(2)]:
        codes = f"(/{_LANGUAGE_CODES[pair.group(1)]}/, /{_LANGUAGE_CODES[pair.group(2)]}/)"
        trimmed = cre.sub(_EXAMPLE_CODES, codes, trimmed, count=1)
    return trimmed

#: The social channels an either/or may weigh against a blog or a site, as a draft writes them.
_CHANNELS = {"tiktok": "TikTok", "facebook": "Facebook", "linkedin": "LinkedIn", "pinterest": "", "youtube": ""}


def channel_named(text: str, asked: str) -> str:
    """The owner's either/or answer about the channel the question weighs: "blog ou TikTok ?" answered with her "blog or
    Instagram" text names TikTok, never another channel than the two asked about. A question naming Instagram (or its
    Reels and Stories) keeps the text as it is; a channel her text does not fit gets no answer from it ("").

    >>> channel_named("An Instagram post lives a day; an Instagrampost too.", "blog or tiktok for a small shop?")
    'A TikTok post lives a day; a TikTok-post too.'
    >>> channel_named("An Instagram post lives a day.", "blog or instagram reels?")
    'An Instagram post lives a day.'
    """
    if "Instagram" not in text or cre.search(r"\b(?:instagram|insta|reels?|stories)\b", asked):
        return text
    m = cre.search(r"\b(?:" + "|".join(_CHANNELS) + r")\b", asked)
    if not m:
        return text
    if m.group(0) in text.lower():
        return text  # "TikTok or Pinterest?": a text that weighs the channel asked already answers it as it is
    name = _CHANNELS[m.group(0)]
    if not name:
        return ""  # a Pinterest pin or a YouTube video lives for months: her "a post lives a day or two" is not its answer
    text = cre.sub(r"\bInstagram(?=[a-z])", name + "-", text)  # "Instagramposts": "TikTok-posts"
    text = cre.sub(r"\bInstagram\b", name, text)
    return cre.sub(r"\b([Aa]n) (?=" + name + ")", lambda a: a.group(1)[0] + " ", text) if name[0] not in "AEIOU" else text


def channel_choice(note: str, headline: str, lang: str, text: str = "") -> str:
    """Her answer to an either/or between two channels, the one mechanism for it: her pick between the two the note
    names ("Google Ads or Meta for my restaurant?", "TikTok Ads or stay with LinkedIn Ads?", "SEO or Instagram first?":
    :func:`invitriage.drafts.pick.choice`, by name and with why); else ``text``, her own either/or answer, about the
    channel asked (:func:`channel_named`); "" when neither answers it.

    >>> channel_choice("Hoi, SEO of Instagram: waar zou jij beginnen?", "", "nl")[:43]
    'SEO en Instagram kosten allebei vooral tijd'
    >>> channel_choice("blog or tiktok for a small shop?", "", "en", "An Instagram post lives a day.")
    'A TikTok post lives a day.'
    """
    return pick.choice(note, headline, lang) or (channel_named(text, questions(note)[0]) if text else "")


def weighed(note: str, entries: Sequence[dict[str, Any]], lang: str) -> str:
    """The owner's answer to an either/or the note asks ("do you offer audits as a one-off, or only retainers?"): only an
    entry that weighs the two things (``versus``) answers it, even when the question reads as a yes/no; or "".

    >>> e = [{"when": ["one-off"], "versus": ["retainer*"], "texts": {"en": "Both."}}]
    >>> weighed("Do you do audits as a one-off, or only retainers?", e, "en"), weighed("Do you do retainers?", e, "en")
    ('Both.', '')
    """
    asked, _ = questions(note)
    if not asked:
        return ""
    whole = fold_phrase(note)
    for entry in entries:
        versus = entry.get("versus", [])
        if entry.get("also") and not _hits(entry["also"], whole):
            continue  # "Instagram or TikTok?" from a shop: the answer for a restaurant (``also`` its setting) is not theirs
        if versus and not entry.get("self") and not _hits(entry.get("unless", []), whole) \
                and not _social_organic(entry.get("when", []), asked) and _weighs(entry.get("when", []), versus, asked):
            texts = entry.get("texts", {})
            return channel_named(str(texts.get(lang) or (texts.get("pt") if lang == "pt-BR" else "") or ""), asked)
    return ""


#: The light, optional next step after the owner's answer: (informal, formal); never a call pushed.
FOLLOW: dict[str, tuple[str, str]] = {
    "en": ("If you want to go further, just tell me where you're at.", "If you would like to go further, just tell me where you stand."),
    "fr": ("Si tu veux creuser, dis-moi où tu en es.", "Si vous voulez creuser, dites-moi où vous en êtes."),
    "de": ("Wenn du tiefer einsteigen willst, schreib mir gern, wo du gerade stehst.", "Wenn Sie tiefer einsteigen möchten, schreiben Sie mir gern, wo Sie gerade stehen."),
    "es": ("Si quieres profundizar, cuéntame en qué punto estás.", "Si quiere profundizar, cuénteme en qué punto está."),
    "it": ("Se vuoi approfondire, dimmi pure a che punto sei.", "Se desidera approfondire, mi dica pure a che punto è."),
    "pt": ("Se quiseres aprofundar, diz-me em que ponto estás.", "Se quiser aprofundar, diga-me em que ponto está."),
    "pt-BR": ("Se quiser se aprofundar, me conta em que ponto você está.", "Se quiser se aprofundar, é só me dizer em que ponto está."),
    "nl": ("Wil je er dieper op ingaan, laat me dan gerust weten waar je nu staat.", "Wilt u er dieper op ingaan, laat me dan gerust weten waar u nu staat."),
}


#: Impersonal turns of the shared answers that read better spoken to the sender: (impersonal, informal, formal) per language.
_TO_SENDER = {
    "es": (("la que más guste", "la que más te guste", "la que más le guste"),
           ("a todos los conocidos qué servicio concreto se ofrece", "a todos tus conocidos qué servicio concreto ofreces",
            "a todos sus conocidos qué servicio concreto ofrece"),),
    "it": (("quella che piace di più", "quella che ti piace di più", "quella che Le piace di più"),
           ("a tutte le persone che si conoscono quale servizio preciso si offre",
            "a tutte le persone che conosci quale servizio preciso offri",
            "a tutte le persone che conosce quale servizio preciso offre"),),
    "fr": (("dire à tout son entourage quel service précis on propose", "dire à tout ton entourage quel service précis tu proposes",
            "dire à tout votre entourage quel service précis vous proposez"),),
    "de": (("welchen Service man anbietet", "welchen Service du anbietest", "welchen Service Sie anbieten"),),
    "pt": (("dizer a todos os conhecidos que serviço concreto se oferece", "dizer a todos os teus conhecidos que serviço concreto ofereces",
            "dizer a todos os seus conhecidos que serviço concreto oferece"),),
    "pt-BR": (("contar para todos os conhecidos qual serviço concreto se oferece",
               "contar para todos os seus conhecidos qual serviço concreto você oferece",
               "contar para todos os seus conhecidos qual serviço concreto oferece"),),
    "nl": (("welke dienst je aanbiedt", "welke dienst je aanbiedt", "welke dienst u aanbiedt"),),
}


def to_sender(text: str, lang: str, *, informal: bool) -> str:
    """A shared answer with its impersonal "the one one likes" spoken to the sender, in the sender's register.

    >>> to_sender("Yo elegiría la que más guste, con lo básico de la otra.", "es", informal=True)
    'Yo elegiría la que más te guste, con lo básico de la otra.'
    >>> to_sender("Sceglierei quella che piace di più ogni giorno.", "it", informal=False)
    'Sceglierei quella che Le piace di più ogni giorno.'
    >>> to_sender("Começaria pela rede: contar para todos os conhecidos qual serviço concreto se oferece.", "pt-BR", informal=True)
    'Começaria pela rede: contar para todos os seus conhecidos qual serviço concreto você oferece.'
    """
    for plain, tu, lei in by_lang(_TO_SENDER, lang, ()):
        text = text.replace(plain, tu if informal else lei)
    return text


def follow(lang: str, *, informal: bool) -> str:
    """The light next step after the owner's answer, in ``lang`` and the sender's register."""
    pair = by_lang(FOLLOW, lang) or ("", "")
    return pair[0 if informal else 1]


#: A sender whose headline names a practitioner of her trade (folded): "SEO Specialist", "Growth Marketer | B2B SaaS",
#: "Data analist marketing", "Content Manager": a peer, whose question on her practice gets the question back.
PEER_TRADE = (r"\b(?:seo|sea|sem|ppc|growth|performance|paid (?:social|media|search)|data|analytics|analyst|analist\w*|analista|"
              r"content|contenu|contenido|contenuti?|conteudo|inhalte?|crm|ads|traffic|trafic|acquisition|acquisizione|adquisicion|aquisicao)\b"
              r"[^|,;]{0,40}\b(?:manager\w*|managerin|specialist\w*|spezialist\w*|specialiste|especialista|consultant\w*|consultor\w*|consulente"
              r"|berater\w*|lead|head|expert\w*|esperto|analyst\w*|analist\w*|analista|marketer\w*|strateg\w*|owner)\b"
              r"|\bweb ?(?:analyst|analist)\w*|\banalista (?:web|digital)\b"
              r"|\b(?:growth|performance|seo|sea|ppc) marketer\b|\bdata analist\w*|\bmarketing analyst\b|\b(?:head|lead) of (?:seo|growth|performance|content|paid)\b"
              r"|\b(?:analista|especialista|gerente|responsable|responsabile|gestor[ae]?|consultor[ae]?|consulente|redactor[ae]?|redattore)"
              r" (?:de |di |do |da |del |della )?(?:seo|sea|sem|conteudo|conteudos|contenido|contenidos|contenuti|trafego|trafico|performance|growth|dados|datos|dati|midia paga|medios pagados)\b")
#: The learner's or client's step ("tell me where you stand") turned for a peer: how they do it themselves.
PEER_BACK: dict[str, tuple[str, str]] = {
    "en": ("How do you handle it on your side?", "How do you handle it on your side?"),
    "fr": ("Et toi, comment tu fais de ton côté ?", "Et vous, comment faites-vous de votre côté ?"),
    "de": ("Wie machst du das bei dir?", "Wie handhaben Sie das bei sich?"),
    "es": ("¿Y tú, cómo lo haces?", "¿Y usted, cómo lo hace?"),
    "it": ("E tu, come ti regoli?", "E Lei, come si regola?"),
    "pt": ("E tu, como fazes desse lado?", "E do seu lado, como costuma fazer?"),
    "pt-BR": ("E você, como faz aí?", "E do seu lado, como costuma fazer?"),
    "nl": ("Hoe pak jij het zelf aan?", "Hoe pakt u het zelf aan?"),
}


#: A practitioner still learning the trade ("Junior SEO Specialist", "ik ben net begonnen", "which course or book to get
#: good at it?"): a learner, whose question gets her answer and the light step, never "how do you handle it yourself?".
_LEARNING = (r"\b(?:junior|juniors|trainee|stagiaire?|stagiair|werkstudent\w*|praktikant\w*|apprenti\w*|alternant\w*|becari[oa]"
             r"|tirocinante|estagiari[oa]|beginner\w*|beginnend\w*|debutant\w*|principiante|iniciante|anfanger\w*|einsteiger\w*"
             r"|just (?:started|begun|begin)|net (?:begonnen|gestart)|pas begonnen|je (?:debute|commence)|viens de commencer|acabo de empezar"
             r"|acabei de comecar|ho appena iniziato|habe gerade (?:angefangen|begonnen)|fange gerade an"
             r"|(?:cursus|boek|course|book|livre|cours|formation|curso|libro|corso|livro|kurs|buch)\w*\b[^.!?]{0,60}\b(?:aanraden|recommend\w*"
             r"|recommand\w*|conseill\w*|empfehl\w*|recomend\w*|consigli\w*|aconsej\w*))\b")


def peer_back(lang: str, headline: str, stage: str, *, informal: bool, question: str = "") -> str:
    """The question back to a peer (``headline`` names a practitioner of her trade, ``stage`` no learner's), or "".

    >>> peer_back("nl", "SEO Specialist, Rotterdam", "", informal=True), peer_back("en", "Marketing student", "student", informal=True)
    ('Hoe pak jij het zelf aan?', '')
    >>> peer_back("nl", "Junior SEO Specialist", "", informal=True), peer_back("de", "SEO Managerin", "", informal=True,
    ...     question="Welchen Kurs würdest du mir empfehlen, um besser zu werden?")
    ('', '')
    """
    if stage in ("student", "intern", "junior") or not cre.search(PEER_TRADE, fold_phrase(headline or "")) \
            or cre.search(_LEARNING, fold_phrase(headline or "")) or cre.search(_LEARNING, fold_phrase(question or "")):
        return ""
    pair = by_lang(PEER_BACK, lang) or ("", "")
    return pair[0 if informal else 1]


#: Links weighed against content (folded): "backlinks pra uma loja pequena ou é melhor focar no conteúdo?", "netlinking ou
#: contenu ?", "link building or content first?": the choice answered, never only how to get links.
_LINKS_WORD = r"\b(?:backlinks?|netlinking|net-linking|link ?building|link-building|linkaufbau|liens|enlaces|links)\b"
_CONTENT_WORD = r"\b(?:contenu|content|contenido|contenuti?|conteudo|inhalte?n?|inhoud|artikel\w*|articles?|articulos|articoli|artigos)\b"
_EITHER_OR = r"\b(?:ou|or|o|oder|of|oppure|o meglio|ou melhor|ou plutot|or rather|o mejor|oder lieber|of liever|versus|vs)\b"
#: The two weighed against each other in one either/or, never a third option ("zero backlinks, would you start with blog
#: content or technical SEO?" weighs content against technical SEO, not against links).
_LINKS_VS_CONTENT = (rf"{_LINKS_WORD}[^?.!]{{0,40}}{_EITHER_OR}[^?.!]{{0,25}}{_CONTENT_WORD}"
                     rf"|{_CONTENT_WORD}[^?.!]{{0,40}}{_EITHER_OR}[^?.!]{{0,25}}{_LINKS_WORD}")
_LINKS_OR_CONTENT: dict[str, str] = {
    "en": "On a small site, I'd put content first: clear product and category pages and a few articles that answer your customers' real questions. Links come after, and only earned ones (suppliers, partners, local press, niche blogs), never bought ones, which Google can penalise.",
    "fr": "Sur un petit site, je mettrais le contenu d'abord : des pages produits et catégories claires et quelques articles qui répondent aux vraies questions des clients. Les liens viennent ensuite, et seulement ceux qu'on obtient (fournisseurs, partenaires, presse locale, blogs du secteur), jamais achetés : Google peut pénaliser.",
    "es": "En un sitio pequeño, yo pondría primero el contenido: fichas de producto y categorías claras y unos pocos artículos que respondan a las preguntas reales de los clientes. Los enlaces vienen después, y solo los conseguidos (proveedores, socios, prensa local, blogs del sector), nunca comprados: Google puede penalizarlos.",
    "it": "Su un sito piccolo metterei prima i contenuti: schede prodotto e categorie chiare e qualche articolo che risponde alle domande vere dei clienti. I link vengono dopo, e solo quelli guadagnati (fornitori, partner, stampa locale, blog di settore), mai comprati: Google può penalizzarli.",
    "pt": "Num site pequeno, poria primeiro o conteúdo: páginas de produto e de categoria claras e alguns artigos que respondam às perguntas reais dos clientes. Os links vêm depois, e só os conquistados (fornecedores, parceiros, imprensa local, blogues do setor), nunca comprados: a Google pode penalizá-los.",
    "pt-BR": "Num site pequeno, eu focaria primeiro no conteúdo: páginas de produto e de categoria claras e alguns artigos que respondam às dúvidas reais dos clientes. Os links vêm depois, e só os conquistados (fornecedores, parceiros, imprensa local, blogs do setor), nunca comprados: o Google pode penalizar.",
    "de": "Auf einer kleinen Website würde ich zuerst auf Inhalte setzen: klare Produkt- und Kategorieseiten und ein paar Artikel, die echte Kundenfragen beantworten. Links kommen danach, und nur verdiente (Lieferanten, Partner, Lokalpresse, Branchenblogs), nie gekaufte: Die kann Google abstrafen.",
    "nl": "Op een kleine site zou ik eerst op content inzetten: duidelijke product- en categoriepagina's en een paar artikelen die echte klantvragen beantwoorden. Links komen daarna, en alleen verdiende (leveranciers, partners, lokale pers, vakblogs), nooit gekochte: Google kan die afstraffen.",
}


def links_or_content(lang: str, note: str) -> str:
    """Her answer when a question weighs links against content ("backlinks or content?"), or "": content first.

    >>> links_or_content("en", "For a small shop, should I invest in backlinks or focus on content?")[:36]
    "On a small site, I'd put content fir"
    >>> links_or_content("en", "Are backlinks still worth it?"), links_or_content("en", "Zero backlinks: would you start with content or technical SEO?")
    ('', '')
    """
    for q in cre.question_sentences(fold_phrase(note)):
        if cre.search(_LINKS_VS_CONTENT, q):
            return by_lang(_LINKS_OR_CONTENT, lang, "")
    return ""


#: A posting pace asked about (folded): "publicar al menos 2 veces por semana?", "is twice a week enough?", "deux articles
#: par semaine, c'est assez ?": a plain answer on the pace leads her blog answer, never left implied.
_PACE = (r"\b(?:\d|one|two|three|twice|un|une|deux|trois|uno|una|dos|tres|due|tre|dois|duas|ein\w*|zwei|drei|een|twee|drie)\s*"
         r"(?:x|times?|fois|veces|volte|vezes|mal|keer|articles?|articulos?|articoli|artigos?|posts?|beitrage?|artikel\w*)?\s*"
         r"(?:a|per|par|por|a la|al|alla|pro|in de|in der|per)\s+(?:week|semaine|semana|settimana|woche)\b")
_BLOG_WORD = r"\b(?:blog\w*|articles?|articulos?|articoli|artigos?|artikel\w*|post(?:s|er|ear|are)?|publi\w*|pubblica\w*|posten|schreiben)\b"
_PACE_LEAD: dict[str, str] = {
    "en": "Not necessarily: the pace matters less than what each article is worth.",
    "fr": "Pas forcément : le rythme compte moins que ce que vaut chaque article.",
    "es": "No necesariamente: el ritmo importa menos que lo que vale cada artículo.",
    "it": "Non necessariamente: il ritmo conta meno di quanto vale ogni articolo.",
    "pt": "Não necessariamente: o ritmo conta menos do que aquilo que cada artigo vale.",
    "pt-BR": "Não necessariamente: o ritmo importa menos do que o valor de cada artigo.",
    "de": "Nicht unbedingt: Der Rhythmus zählt weniger als das, was jeder Artikel wert ist.",
    "nl": "Niet per se: het tempo telt minder dan wat elk artikel waard is.",
}


def pace_lead(lang: str, note: str, answer: str) -> str:
    """The plain answer to "is posting N times a week (still) needed?" put before her blog answer, or "".

    >>> pace_lead("en", "Do you still recommend blogging twice a week for a small shop?", "A blog is worth it if each article answers a real question.")
    'Not necessarily: the pace matters less than what each article is worth.'
    >>> pace_lead("en", "Is a blog worth it for a small shop?", "A blog is worth it if each article answers a real question.")
    ''
    """
    if not answer or not cre.search(_BLOG_WORD, fold_phrase(answer)):
        return ""
    for q in cre.question_sentences(fold_phrase(note)):
        if cre.search(_PACE, q) and cre.search(_BLOG_WORD, q):
            return by_lang(_PACE_LEAD, lang, "")
    return ""


#: A certificate asked to be enough on its own (folded): "une certification Google suffit pour un premier job ?", "is the
#: Google certificate enough to get hired?", "¿basta con el certificado?": a plain "not on its own" leads her answer.
_CERT_WORD = r"\b(?:certif\w*|zertifi\w*|certificering\w*|certificaa?t\w*|diplom\w*)"
_ENOUGH = (r"\b(?:suffi\w*|enough|sufficient|basta\w*|bastar\w*|suficiente\w*|sufficient\w*|chega|chegaria|reicht|reichen|ausreich\w*"
           r"|genoeg|volstaat|voldoende)\b")
#: The masculine certificate word (a lead agreeing with it: "pas à lui seul", "por sí solo", "da solo", "sozinho").
_CERT_MASC = r"\b(?:certificat|certificats|certificado|certificados|certificato|certificati|diplome|diplomes|diploma|diplomas)\b"
#: Her answer already says "not alone" ("une certification seule … suffit rarement"): no lead said twice.
_ALONE_SAID = r"\b(?:seule?s?|alone|on its own|por si sol[oa]|da sol[oa]|sozinh[oa]|allein|alleen|op zichzelf)\b"
_ALONE_LEAD: dict[str, tuple[str, str]] = {
    "en": ("Not on its own, no.", "Not on its own, no."),
    "fr": ("Pas à elle seule, non.", "Pas à lui seul, non."),
    "es": ("Por sí sola, no.", "Por sí solo, no."),
    "it": ("Da sola, no.", "Da solo, no."),
    "pt": ("Sozinha, não.", "Sozinho, não."),
    "de": ("Für sich allein meist nicht.", "Für sich allein meist nicht."),
    "nl": ("Op zichzelf meestal niet.", "Op zichzelf meestal niet."),
}


def alone_lead(lang: str, note: str, answer: str) -> str:
    """The plain "not on its own" put before her answer when a certificate is asked to be enough, or "".

    >>> alone_lead("fr", "Tu penses qu'une certification Google suffit pour trouver un job ?", "Le concret compte plus.")
    'Pas à elle seule, non.'
    >>> alone_lead("fr", "Quelle certification Google passer ?", "Le concret compte plus.")
    ''
    """
    if not answer or cre.search(_ALONE_SAID, fold_phrase(answer)):
        return ""
    for q in cre.question_sentences(fold_phrase(note)):
        if cre.search(_CERT_WORD, q) and cre.search(_ENOUGH, q):
            row = by_lang(_ALONE_LEAD, lang)
            if not row:
                return ""
            cert = cre.search(_CERT_WORD + r"\w*", q)
            masc = bool(cre.search(_CERT_MASC, q)) and not (cert and cert.group(0).startswith(("certification", "certificacion", "certificazion", "certificacao")))
            return row[1 if masc else 0]
    return ""



#: How often to send a newsletter (folded question): "wie oft versenden, wöchentlich oder monatlich?", "hoe vaak mailen?",
#: "à quelle fréquence envoyer sa newsletter ?": her pace answered, never "tell me about your business" nor "I'll write back".
_SEND_PACE = (r"\b(?:how often|how frequently|wie oft|wie haufig|hoe vaak|hoe regelmatig|a quelle frequence|combien de fois|quel rythme"
              r"|con que frecuencia|cada cuanto|ogni quanto|quanto spesso|con che frequenza|com que frequencia|de quanto em quanto)\b"
              r"|\b(?:weekly|hebdo\w*|semanal\w*|settimanal\w*|wochentlich\w*|wekelijks\w*)\s+(?:or|ou|o|oder|of|oppure)\s+"
              r"(?:monthly|mensuel\w*|mensual\w*|mensil\w*|mensal\w*|monatlich\w*|maandelijks\w*)\b"
              r"|\b(?:monthly|mensuel\w*|mensual\w*|mensil\w*|mensal\w*|monatlich\w*|maandelijks\w*)\s+(?:or|ou|o|oder|of|oppure)\s+"
              r"(?:weekly|hebdo\w*|semanal\w*|settimanal\w*|wochentlich\w*|wekelijks\w*)\b")
_NEWSLETTER_WORD = (r"\b(?:newsletters?|nieuwsbrie\w*|infolettres?|lettres? d'information|boletin\w*|e-?mailings?|mailings?|e-?mail ?marketing"
                    r"|mailen|mailt|versenden|verschicken|envoyer|enviar|inviare|mandare|mailer)\b")
#: A newsletter named anywhere in the note ("danke für deinen Post über Newsletter-Strategien"): the pace asked is its own.
_NEWSLETTER_NAMED = r"\b(?:newsletters?|nieuwsbrie\w*|infolettres?)\b"
#: Another channel's pace asked ("à quelle fréquence poster sur Instagram ?" from a newsletter reader): never the newsletter's.
_OTHER_CHANNEL = (r"\b(?:instagram|linkedin|tiktok|facebook|pinterest|youtube|blog\w*|articles?|articulos|articoli|artigos|artikel\w*"
                  r"|posts?|poster|posten|postear|postare|postar|publier|publicar|pubblicare|veroffentlichen|publiceren)\b")
_NEWSLETTER_PACE: dict[str, str] = {
    "en": "For a small business, I'd go monthly: one useful issue a month, kept up all year, does more than a weekly one that fizzles out after a few weeks. Every two weeks only once you have enough to say and the open rates hold.",
    "fr": "Pour une petite entreprise, je partirais sur un envoi par mois : une lettre utile chaque mois, tenue toute l'année, fait plus qu'une hebdo qui s'essouffle au bout de quelques semaines. Tous les quinze jours seulement si on a assez à dire et que les taux d'ouverture tiennent.",
    "es": "Para una pequeña empresa, yo empezaría con un envío al mes: una newsletter útil cada mes, mantenida todo el año, hace más que una semanal que se apaga a las pocas semanas. Cada quince días, solo si hay bastante que contar y las tasas de apertura aguantan.",
    "it": "Per una piccola impresa partirei con un invio al mese: una newsletter utile ogni mese, tenuta tutto l'anno, rende più di una settimanale che si spegne dopo poche settimane. Ogni due settimane solo se c'è abbastanza da dire e i tassi di apertura tengono.",
    "pt": "Para uma pequena empresa, começaria com um envio por mês: uma newsletter útil todos os meses, mantida o ano inteiro, faz mais do que uma semanal que se apaga ao fim de poucas semanas. De quinze em quinze dias só se houver o suficiente para dizer e as taxas de abertura se mantiverem.",
    "pt-BR": "Para uma pequena empresa, eu começaria com um envio por mês: uma newsletter útil todo mês, mantida o ano inteiro, rende mais do que uma semanal que morre depois de poucas semanas. A cada quinze dias só quando houver assunto suficiente e as taxas de abertura se mantiverem.",
    "de": "Für ein kleines Unternehmen würde ich monatlich versenden: ein nützlicher Newsletter pro Monat, das ganze Jahr durchgehalten, bringt mehr als ein wöchentlicher, der nach ein paar Wochen einschläft. Alle zwei Wochen erst, wenn genug zu erzählen ist und die Öffnungsraten halten.",
    "nl": "Voor een klein bedrijf zou ik maandelijks mailen: één nuttige nieuwsbrief per maand, het hele jaar volgehouden, levert meer op dan een wekelijkse die na een paar weken stilvalt. Om de twee weken pas als je genoeg te vertellen hebt en de openingspercentages goed blijven.",
}


def newsletter_pace(lang: str, note: str) -> str:
    """Her answer when a question asks how often to send a newsletter, or "": monthly first.

    >>> newsletter_pace("en", "Loved your newsletter post! How often should a small firm send one, weekly or monthly?")[:33]
    "For a small business, I'd go mont"
    >>> newsletter_pace("en", "How often should I post on Instagram?")
    ''
    """
    folded = fold_phrase(note)
    for q in cre.question_sentences(folded):
        if cre.search(_SEND_PACE, q) and not cre.search(_OTHER_CHANNEL, q) \
                and (cre.search(_NEWSLETTER_WORD, q) or cre.search(_NEWSLETTER_NAMED, folded)):
            return by_lang(_NEWSLETTER_PACE, lang, "")
    return ""


#: An app or plugin recommended for a shop's product pages (folded question): "vc recomenda algum app pra otimizar as
#: descrições de produto?", "any Shopify app you'd recommend for product descriptions?": the app question answered plainly
#: before her shop answer, never left out.
#: (an app, never a "tool": "what tool for keyword research for product pages?" asks her SEO tools)
_APP_WORD = r"\b(?:apps?|aplicativos?|aplicacion\w*|applicazion\w*|plugins?|plug-ins?|extensions?|erweiterung\w*)\b"
_RECOMMEND = (r"\b(?:recommend\w*|suggest\w*|recomend\w*|recomiend\w*|conseill\w*|recommand\w*|consigli\w*|empfiehl\w*|empfehl\w*|aanrad\w*|raad \w+ aan"
              r"|indica\w*|usa(?:s|is)?|uses?|utilises?|utilisez|usi|nutz\w*|gebruik\w*)\b")
_PRODUCT_TEXT = r"\b(?:product\w*|produ[ck]t\w*|prodott\w*|produit\w*|fichas?|descri\w*|beschreib\w*|beschrijving\w*|fiches?|schede?)\b"
_SHOP_PLATFORMS = {"shopify": "Shopify", "woocommerce": "WooCommerce", "wix": "Wix", "shopware": "Shopware", "prestashop": "PrestaShop"}
_SHOP_PLATFORM = r"\b(?:shopify|woocommerce|wix|shopware|prestashop)\b"
#: Her answer names an app already: no lead.
_APP_SAID = r"\b(?:apps?|app's|plugins?|aplicativo|extension|erweiterung)\b"
_APP_LEAD: dict[str, str] = {
    "en": "No need for a paid app: {p} already lets you edit each product's title and description for Google; an AI app can draft them, but they work best rewritten in the customers' own words.",
    "fr": "Pas besoin d'une app payante : {p} permet déjà de modifier le titre et la description de chaque produit pour Google ; une app d'IA peut faire un premier jet, mais mieux vaut le réécrire avec les mots des clients.",
    "es": "No hace falta una app de pago: {p} ya permite editar el título y la descripción de cada producto para Google; una app de IA puede hacer un borrador, pero conviene reescribirlo con las palabras de los clientes.",
    "it": "Non serve un'app a pagamento: {p} permette già di modificare titolo e descrizione di ogni prodotto per Google; un'app di IA può fare una bozza, ma conviene riscriverla con le parole dei clienti.",
    "pt": "Não é preciso uma app paga: o {p} já permite editar o título e a descrição de cada produto para o Google; uma app de IA pode fazer um rascunho, mas convém reescrevê-lo com as palavras dos clientes.",
    "pt-BR": "Não precisa de app pago: o {p} já deixa editar o título e a descrição de cada produto para o Google; um app de IA pode fazer um rascunho, mas vale reescrever com as palavras dos clientes.",
    "de": "Dafür braucht es keine kostenpflichtige App: In {p} lassen sich Titel und Beschreibung jedes Produkts für Google schon bearbeiten; eine KI-App kann einen Entwurf liefern, besser wirkt er aber in den Worten der Kunden umgeschrieben.",
    "nl": "Daar is geen betaalde app voor nodig: in {p} pas je de titel en beschrijving van elk product voor Google al aan; een AI-app kan een eerste versie maken, maar die werkt beter herschreven in de woorden van de klanten.",
}


def app_lead(lang: str, note: str, answer: str) -> str:
    """The plain answer to "which app for my product descriptions?" put before her shop answer, or "".

    >>> app_lead("en", "Loved your Shopify SEO post. Any app you'd recommend for product descriptions?", "On a shop, SEO starts on the product pages.")[:30]
    'No need for a paid app: Shopif'
    >>> app_lead("en", "Any tips for my Shopify product pages?", "On a shop, SEO starts on the product pages.")
    ''
    """
    if not answer or cre.search(_APP_SAID, fold_phrase(answer)):
        return ""
    folded = fold_phrase(note)
    platform = cre.search(_SHOP_PLATFORM, folded)
    if not platform:
        return ""
    for q in cre.question_sentences(folded):
        if cre.search(_APP_WORD, q) and cre.search(_RECOMMEND, q) and cre.search(_PRODUCT_TEXT, q):
            row = by_lang(_APP_LEAD, lang, "")
            return row.format(p=_SHOP_PLATFORMS[platform.group(0)]) if row else ""
    return ""
