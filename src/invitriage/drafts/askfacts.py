"""Questions about the owner's service that her settings can answer ("is the training online too?", "do you
teach in Spanish?", "clients in Canada?", "do you take interns?", "one-to-one mentoring?", "your rates?").

:func:`asked` reads which of these topics a note asks about, in the seven languages, and which place or
language it names; :func:`known_context` turns the topics the owner's answer facts cover (``online``,
``work_languages``, ``regions``, ``interns``, ``mentoring``, ``rates`` in the settings) into the variables of
``known.<lang>.txt``, the answer that then replaces ``answer.<lang>.txt``. A topic without its fact is left
to the usual answer: a draft never invents a yes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from invitriage.drafts import rx as cre
from invitriage.drafts.notefacts import HOW_YOU_PRICE, NEW_FREELANCER, SITE_IN_LANG, sentences
from invitriage.judge.normalize import fold
from invitriage.settings import Settings
from invitriage.taxonomy import by_lang

__all__ = ["TOPICS", "KNOWN_KEYS", "KNOWN_DEFAULTS", "Asked", "asked", "known_context", "langs_allowed", "place_key", "locative", "is_internship_note"]

#: The question topics, in the order a draft answers them.
TOPICS = ("online", "language", "region", "interns", "mentoring", "rates")

#: The variables ``known.<lang>.txt`` gets (also in every other template, empty when no fact answers).
KNOWN_DEFAULTS: dict[str, Any] = {"known": [], "k_train": False, "k_online": False, "k_lang": "", "k_lang_ok": False,
                                  "work_langs": [], "k_region": "", "k_place": "", "k_outside": False, "k_remote": False, "k_regions": [], "k_interns": False,
                                  "k_mentoring": False, "k_coach": False, "k_guide": False, "k_rates": "", "k_rates_line": "", "k_onsite": False, "k_either": False, "k_lang2": "", "k_lang_yes": "", "k_firm": "", "k_firm_f": False, "k_scene": ""}
KNOWN_KEYS = tuple(KNOWN_DEFAULTS)


@dataclass
class Asked:
    """What a note asks about the owner's service. Empty means not asked."""

    topics: list[str] = field(default_factory=list)
    #: language codes the question names ("¿en español o solo en francés?" → ["es", "fr"]).
    langs: list[str] = field(default_factory=list)
    #: the place asked about: a key of the place lexicon ("canada"), or the place as written ("Montevideo").
    place: str = ""
    #: the question is about clients beyond that place ("¿trabajás con clientes fuera de Francia?")
    outside: bool = False
    #: the question is about trainings, courses or workshops (else about her work in general).
    training: bool = False
    #: every place the region question names ("no Brasil ou só na França?" → ["brazil", "france"]), in the note's order.
    places: list[str] = field(default_factory=list)
    #: the way of working asked is on site, in person ("op locatie?", "en présentiel ?"), not online.
    onsite: bool = False
    #: "online o presencial?": both ways asked, as a choice (answered by naming both, never a bare "yes")
    either: bool = False
    #: "international clients on French SEO?": foreign clients wanting to reach the place named (one of hers: her clients)
    into: bool = False


# -- the words, folded (lower case, no accents) -----------------------------------------------------

#: A classroom named as the way a training is given ("live in een klaslokaal", "in a classroom", "en salle"), folded.
_CLASSROOM = (r"(?:live )?(?:in (?:een |de )?klaslokaal|in (?:een |de )?klas|in (?:a )?classroom|in class|en salle|en classe|in aula|en aula"
              r"|em sala(?: de aula)?|im (?:klassen|seminar|schulungs)raum)")
#: At the sender's premises ("on-site", "at our offices", "dans nos locaux", "in sede"), folded; never the "on-site SEO" of a page.
_ON_SITE = (r"|on-?site(?! (?:seo|optimi\\w*|search|content|audit|factors?))|on site(?! (?:seo|optimi\\w*|search|content|audit|factors?))|(?:at|in) our (?:office|offices|premises)|dans nos locaux|en nuestras? (?:oficinas?|instalaciones|sede)|nei nostri uffici|presso la nostra sede|nella nostra sede|nos nossos escritorios|no nosso escritorio|nas nossas instalacoes|bei uns im (?:haus|buro)|bij ons op kantoor")
_ONLINE = (r"\b(?:en ligne|en linea|a distance|distanciel|en visio|visio(?:conference)?|online|on-line|remote(?:ly)?|virtual(?:ly|mente|es)?|virtuel\w*"
           r"|virtuell\w*|virtueel|en remoto|remoto|a distancia|a distanza|da remoto|per video|via zoom|par zoom|op afstand"
           r"|presentiel|en presentiel|presencial\w*|in presenza|presenziale|in person|in-person|face-to-face|vor ort|prasenz\w*|praesenz\w*"
           rf"|op locatie|fysiek{_ON_SITE}|{_CLASSROOM})\b")
#: The verbs of a recommendation (folded), shared by the two patterns below.
_RECOMMEND_VERB = (r"recommend\w*|suggest\w*|consigli\w*|raccomand\w*|suggeri\w*|conseill\w*|recommand\w*|recomiend\w*|recomend\w*"
                   r"|empfiehl\w*|empfehl\w*|aanraden|aanbevelen")
#: Which courses (online ones among them) she would recommend, asked (folded): "che corsi online mi consigli?", "which online
#: courses would you recommend?", "quels cours en ligne me conseilles-tu ?", "¿qué cursos online me recomiendas?", "que cursos
#: online recomendas?", "welche Online-Kurse empfiehlst du?", "welke online cursussen raad je aan?": a recommendation, not her format.
_WHICH_RECOMMENDED = (r"\b(?:which|what|any|che|quali|quale|quels?|quelles?|qu'est-ce que|que|cuales|cual|quais|qual|welche\w*|welke|wat)\b"
                      rf"[^?]{{0,60}}?\b(?:{_RECOMMEND_VERB}|sugier\w*|suger\w*|raad (?:je|jij|u) aan|adviseer\w*)")
#: A course recommended to the sender (folded): "¿me podrías recomendar un buen curso online de GA4?", "você poderia me indicar
#: um bom curso online?", "mi consiglieresti un buon corso online?": others' courses asked for, never hers.
_RECOMMEND_A_COURSE = (rf"\b(?:{_RECOMMEND_VERB}|indicar|indica|indique|indicarme)\b[^?]{{0,40}}?"
                       r"\b(?:curso|cursos|course|courses|corso|corsi|cours|kurs|kurse|cursus|cursussen)\b")
#: A course named first, then recommended (folded): "hai qualche libro o corso online da consigliare ai miei studenti?",
#: "any book or online course you'd recommend to my students?", "¿algún curso online que recomiendes?", "um curso online
#: para indicar aos meus alunos?", "einen Online-Kurs, den du empfehlen würdest?": others' courses asked for, never hers.
_COURSE_RECOMMENDED = (r"\b(?:curso|cursos|course|courses|corso|corsi|cours|kurs|kurse|cursus|cursussen)\b[^?]{0,50}?"
                       rf"\b(?:{_RECOMMEND_VERB}|indicar|indique|indicaria\w*|raad (?:je|jij|u) aan|aan te raden)\b")
#: "solo presenciales o también online?": a yes/no on the other way (answered "yes, online too"), never a choice of two.
_ONLY_OR_ALSO = r"\b(?:only|just|too|also|seulement|uniquement|aussi|solo|solamente|tambien|anche|soltanto|so|apenas|tambem|nur|auch|alleen|ook)\b"
#: "online" that qualifies where a business sells ("negozi online", "tienda online", "boutique en ligne", "online store",
#: "online-Shop", "online marketing"): a shop, never a remote format asked for.
_SHOP_ONLINE = (r"\b(?:negoz\w*|tiendas?|boutiques?|lojas?|winkels?|shops?|stores?|e-?commerces?|vendite|ventas?|vendas|commerce|business|attivita|negocios?)\s+(?:\w+\s+)?(?:online|on-line|en ligne|en linea)\b"
                r"|\b(?:online|on-line)[- ](?:shops?|stores?|winkels?|business\w*|marketing|sales|verkauf|handel|retail|presence|presenza|presencia|presenca|sichtbarkeit|zichtbaarheid|boutiques?)\b")
#: The in-person words among them: the question asks for her on site, not online.
_IN_PERSON = (r"(?:presentiel|en presentiel|presencial\w*|in presenza|presenziale|in person|in-person|face-to-face|vor ort|prasenz\w*|praesenz\w*"
              rf"|op locatie|fysiek{_ON_SITE}|{_CLASSROOM})")
#: "also" before a way of giving the training (folded): "auch als Präsenzkurs", "también online", "anche in presenza".
_ALSO = r"\b(?:also|too|aussi|tambien|anche|tambem|auch|ook)\s+(?:\w+\s+){0,2}"
_ALSO_IN_PERSON = _ALSO + _IN_PERSON
_ALSO_WAY = _ALSO + r"(?:online|on-line|en ligne|en linea|" + _IN_PERSON[3:]
#: Words around "online" that make it the sender's shop, sales or marketing, not the owner's way of working.
_NOT_SERVICE = (r"\b(?:boutique|shop|store|tienda|negozio|loja|lojinha|winkel|business|(?:online|on-line|en ligne)[- ]marketing|marketing (?:online|on-line|en ligne|en linea)|werbung|ventes?|ventas?|vendite|vendas|verkoop|sell|selling"
                r"|vendre|vender|vendere|verkopen|verkaufen|(?:presence|presencia|presenza|presenca) (?:en ligne|online|digital\w*)|online[- ](?:presence|prasenz)|aanwezigheid|visibilite|visibility|sichtbarkeit|(?:online|on-line) ads|ads (?:online|on-line)|kurse?n? kaufen"
                r"|cafe|coffee|koffie|kaffee|caffe|call|meeting|rdv|rendez-vous|reunion|reuniao|gesprek|kennismaking|treffen|chat|aperitivo|apero"
                r"|registr\w+|grab\w+|enregistr\w+|record\w*|aufnahme|opname|gravacao|gravamos"
                # "Hast du die Slides irgendwo online?": her slides or replay asked for, never a remote training
                r"|slides?|folien|diapositivas|deck|prasentation|praesentation|presentation|presentacion|presentazione|apresentacao|presentatie"
                r"|replay|aufzeichnung|handouts?|unterlagen)\b")
_SERVICE = (r"\b(?:formations?|training\w*|turmas?|classes?|clases|classi|workshops?|ateliers?|cours|courses?|sessions?|seances?|coaching|mentor\w*|accompagn\w*|schulung\w*|kurs\w*"
            r"|seminar\w*|curso\w*|taller\w*|formacion\w*|corsi|corso|formazion\w*|lezion\w*|treinamento\w*|formaca?o\w*|formacoes|oficina\w*|aulas?"
            r"|cursus|opleiding\w*|begeleiding|consult\w*|beratung\w*|consulenz\w*|consultoria\w*|advies|audits?|auditori\w*"
            r"|work|working|travaill\w*|arbeit\w*|trabaj\w*|lavor\w*|trabalh\w*|werk\w*|bietest|bieten|biete|proposez|proposes|propose|offr\w*|ofrec\w*"
            r"|offri\w*|oferec\w*|aanbied\w*|bied\w*|versao|version|versione|versie|variante|options?|opcion\w*|opzion\w*|opca?o\w*|opties?|modalit\w*|format\w*"
            r"|teach\w*|enseign\w*|unterricht\w*|ensen\w*|insegn\w*|ensin\w*|lesgeven|les geven|doce\w*|do you do|faites|fais|machst|machen sie|haces|hace|fai|fa|faz|doe je|doet u)\b")
#: "la próxima edición", "the next cohort", "la prossima sessione": one run of a course named before in the note
_EDITION = r"\b(?:editions?|edicion\w*|edizion\w*|edica?o\w*|editie\w*|cohorts?|batch|durchgang\w*|termine?|lichting\w*|sessions?|sessione|sessao|sesion\w*|sessies?)\b"
#: The trainings named before, taken up in the question by a pronoun or as "also online / only in …" ("ich hab gesehen,
#: dass du Trainings gibst. Gibt's die auch online oder nur in Lyon?", "Geef je die ook online?", "Zijn die ook online te
#: volgen?", "are they online too?", "elles existent aussi en ligne ?"), folded: the way her trainings are given asked.
_BACK_TO_THEM = (r"\b(?:gibt'?s (?:die|diese|sie|das|dies)|gibt es (?:die|diese|sie|das|dies)|sind (?:die|diese|sie)|(?:geef|geeft|bied|biedt) (?:je|u) (?:die|ze|deze)|zijn (?:die|ze|deze)"
                 r"|are (?:they|these|those)|do you (?:run|give|offer|do) (?:them|these|those|it)|(?:elles|ils|celles-ci) (?:existent|sont|se font)"
                 # "Existe-t-elle aussi en présentiel ?", "Is it also given in person?": the one training named, taken up
                 r"|existe-t-(?:elle|il)|(?:elle|il) existe|is (?:it|that|this) (?:also |only |just )?(?:given|run|held|taught|offered|available)|(?:les|la) (?:donnez|donnes|proposez|proposes|faites|fais)"
                 r"|(?:los|las) (?:das|da|haces|hace|ofreces|ofrece|impartes|imparte)|(?:son|estan) (?:tambien |solo )?(?:online|en linea|presenciales)"
                 r"|(?:li|le) (?:fai|fa|tieni|tiene|offri|offre)|sono (?:anche |solo )?(?:online|in presenza)|(?:os|as) (?:da|das|faz|fazes|oferece|ofereces)"
                 r"|(?:sao|eles sao|elas sao) (?:tambem |so )?(?:online|presenciais)"
                 # "Quanto costano e si possono fare online?", "¿se pueden hacer online?", "dá para fazer online?"
                 r"|si possono (?:fare|seguire|frequentare)|se pueden (?:hacer|seguir|tomar)|(?:podem|da para|dá para) (?:ser )?(?:feit[oa]s|fazer|seguir)"
                 r"|kann man (?:die|sie|diese) (?:auch )?|kunnen (?:die|ze|deze) (?:ook )?|can (?:they|these|those) be (?:done|taken|followed)"
                 r"|(?:peuvent|pourraient)-(?:elles|ils) (?:se faire|etre suivies?)"
                 # "is it possible to do it on-site?", "est-il possible de la faire dans nos locaux ?": the training named, its place asked
                 r"|(?:is it|would it be) possible to (?:do|run|hold|give|have) (?:it|them|this|that|one)|can (?:you|we) (?:do|run|hold|have) (?:it|them|this|that|one)"
                 r"|(?:est-il|serait-il|c'est) possible de (?:la|les|le) (?:faire|organiser|donner)|(?:pourriez-vous|pouvez-vous|peux-tu) (?:la|les|le) (?:faire|donner|organiser)"
                 r"|(?:es|seria) posible (?:hacerl[oa]s?|darl[oa]s?|organizarl[oa]s?)|(?:e|sarebbe) possibile (?:farl[ae]|farl[oi]|tenerl[ae])|(?:e|seria) possivel (?:fazer|dar|organizar)"
                 r"|(?:ist|ware) (?:es|das) (?:auch )?moglich|(?:is|zou) (?:het|dat) (?:ook )?mogelijk)\b")
#: "or only in Lyon?", "oder nur in Lyon?", "of alleen in Lyon?", "ou seulement à Lyon ?", "o solo en Madrid?" (folded): a place
#: asked as the only way, i.e. on site.
_ONLY_THERE = (r"\b(?:only|just|nur|alleen|enkel|seulement|uniquement|solo|solamente|soltanto|apenas|somente)\s+(?:in|a|en|em|na|no|op|au|bei)\s+"
               r"(?!(?:\w+\s+)?(?:english|englisch|engels|anglais|ingles|inglese|french|franzosisch|frans|francais|frances|francese|deutsch|german|duits"
               r"|allemand|aleman|tedesco|alemao|spanish|spanisch|spaans|espagnol|espanol|spagnolo|espanhol|italian|italienisch|italiaans|italien|italiano"
               r"|portuguese|portugiesisch|portugees|portugais|portugues|portoghese|dutch|niederlandisch|nederlands|neerlandais|olandese|holandes)\b)[a-z]")
#: Her trainings named, also as the end of a compound ("Marketing-Trainings", "marketingtrainingen", "SEO-Kurse"), folded.
_TRAININGS_NAMED = r"(?:trainings?|trainingen|schulungen|workshops|kurse|cursussen|opleidingen|formations?|cursos|corsi|formazioni|treinamentos|formacoes|talleres)\b"
_TRAINING = (r"\b(?:formations?|training\w*|turmas?|classes?|clases|classi|workshops?|ateliers?|cours|courses?|schulung\w*|kurs\w*|seminar\w*|curso\w*|taller\w*|formacion\w*|corsi|corso"
             r"|formazion\w*|lezion\w*|treinamento\w*|formaca?o|formacoes|oficina\w*|aulas?|cursus|opleiding\w*|webinar\w*|teach\w*|enseign\w*"
             r"|unterricht\w*|ensen\w*|insegn\w*|ensin\w*|lesgeven|les geven|masterclass\w*)\b")

_LANG_NAMES = {
    "fr": r"francais|french|franzosisch|franzoesisch|frances|francese|frans|francophones?|french[- ]speaking|french[- ]language|franzosischsprachig\w*|francofon[oaie]s?|franstalig\w*",
    "en": r"anglais|english|englisch|ingles|inglese|engels|anglophones?|english[- ]speaking|english[- ]language|englischsprachig\w*|anglofon[oaie]s?|engelstalig\w*",
    "es": r"espagnol|spanish|spanisch|espanol|castellano|spagnolo|espanhol|spaans|hispanophones?|spanish[- ]speaking|spanischsprachig\w*|hispanohablantes?|ispanofon[oaie]|spaanstalig\w*",
    "de": r"allemand|german|deutsch|aleman|tedesco|alemao|duits|germanophones?|german[- ]speaking|deutschsprachig\w*|germanohablantes?|germanofon[oaie]s?|duitstalig\w*",
    "it": r"italien|italian|italienisch|italiano|italiaans|italophones?|italian[- ]speaking|italienischsprachig\w*|italofon[oaie]|italiaanstalig\w*",
    "pt": r"portugais|portuguese|portugiesisch|portugues|portoghese|portugees|lusophones?|portuguese[- ]speaking|portugiesischsprachig\w*|lusofon[oaie]s?|portugeestalig\w*",
    "nl": r"neerlandais|dutch|niederlandisch|hollandisch|neerlandes|holandes|olandese|nederlands|hollands|flamand|flemish|vlaams|neerlandophones?|dutch[- ]speaking|niederlandischsprachig\w*|nederlandstalig\w*",
}
_LANG_WORD = "|".join(_LANG_NAMES.values())
#: The clients' language as an adjective ("deutschsprachige Kunden", "des clients germanophones", "Spanish-speaking clients",
#: "clientes lusófonos", "Franstalige klanten"): a question on her working languages, never a yes to the service.
_SPEAKING = "|".join(alt for names in _LANG_NAMES.values() for alt in names.split("|")
                     if re.search(r"phones\?$|speaking|language|sprachig|hablantes|fon\[|talig", alt))
_CLIENTELE = (r"\b(?:clients?|clientes?|clienti|clientele|kunden|kundschaft|klanten|customers|markt|market|marche|mercado|mercato"
              r"|publico|pubblico|public|publiek|audience|zielgruppe|doelgroep"
              # "English-language websites", "englischsprachige Websites", "Engelstalige webshops": the sites' language asked
              r"|sites?|websites?|web ?sites?|webseiten|webshops?|e-?shops?|online ?shops?|onlineshops?|sitios?|siti|pages?|pagina\w*)\b")
_LANG_ASKED = (rf"\b(?:en|in|auf|em|in het|op|an|al|nel|naar het)\s+(?:{_LANG_WORD})\b(?![- ](?:speak\w*|native|natives|mother))"
               rf"|\b(?:parlez|parles|parlez-vous|parles-tu|speak|sprechen sie|sprichst du|hablas|habla|hablan|parli|parla|falas|fala|falam|spreek|spreekt|spreken)\s+(?:\w+\s+)?(?:{_LANG_WORD})\b"
               # "Arbeiten Sie auch mit deutschsprachigen Kunden?", "des clients germanophones ?": the clients' language asked
               # (beside the clients or the market, never "deutschsprachige Studis", "Nederlandstalige studenten")
               rf"|\b(?:{_SPEAKING})\s+(?:\w+\s+)?{_CLIENTELE}|{_CLIENTELE}\s+(?:\w+\s+)?(?:{_SPEAKING})\b"
               r"|\b(?:quelles? langues?|which languages?|what languages?|welche(?:r|n)? sprachen?|que idiomas?|en que (?:idioma|lengua)s?|in (?:che|quale|quali) lingu[ae]"
               r"|em que (?:lingua|idioma)s?|qua(?:l|is) (?:lingua|idioma)s?|welke talen?|in welke taal)\b")

_INTERN_WORDS = (r"\b(?:stagiaires?|interns?|internships?|praktikant\w*|praktik(?:um|a)\w*|pflichtpraktik\w*|becari[oa]s?|practicas|practicantes?"
                 r"|tirocin\w+|stagist[ai]|stagiair\w*|stageplaats\w*|stageplek\w*|afstudeerstage\w*|meeloopstage\w*|estagi\w+|stage|stages)\b")
_APPRENTICE = (r"\b(?:alternan(?:ce|ts?|tes?)|apprentissage|apprenti(?:e|s|es)?|contrat pro|contrat de professionnalisation"
               r"|apprenticeships?|apprentices?|work-study|werkstudent\w*|duale[snm]? studium|dualstudium|ausbildung\w*|azubis?"
               r"|contratos? de aprendizaje|aprendic\w*|formacion dual|fp dual|apprendistato|apprendist[ai]|jovem aprendiz|aprendiz(?:es)?"
               r"|leerbaan|leerbanen|bbl(?:-traject)?)\b")


def is_internship_note(note: str) -> bool:
    """Does the note name an internship or an intern ("stage", "Praktikum", "becario")?"""
    return bool(cre.search(_INTERN_WORDS, fold(note or "")))


def is_apprenticeship(note: str) -> bool:
    """An alternance, apprenticeship or working-student request with no word of an internship: not the interns question.

    >>> is_apprenticeship("Est-ce que tu prends des alternants ?"), is_apprenticeship("Prenez-vous des stagiaires ?")
    (True, False)
    """
    f = fold(note or "")
    return bool(cre.search(_APPRENTICE, f)) and not cre.search(_INTERN_WORDS, f)


#: An apprentice taken on, asked of her (folded): "Do you take on apprentices?", "Prenez-vous des alternants ?", "Bilden Sie aus?".
_APPRENTICE_TAKE = r"\bbild(?:en|est|et) (?:sie|du|ihr) (?:\w+ )?aus\b"


def apprentices_asked(note: str) -> bool:
    """Is she asked whether she takes on an apprentice or a work-study student (no internship named)?

    >>> apprentices_asked("Do you take on apprentices?"), apprentices_asked("Je cherche une alternance. Auriez-vous une place ?")
    (True, True)
    >>> apprentices_asked("Je suis en alternance chez Decathlon. Une question sur le SEO ?")
    False
    """
    if not is_apprenticeship(note):
        return False
    return any(cre.search(_APPRENTICE_TAKE, q) or cre.search(_INTERN_TAKE, q) and cre.search(_APPRENTICE, q)
               or cre.search(_SPOT_ASKED, q) for q in _questions(note))


#: Assistants she might take on (folded), asked like interns: "do you take on part-time assistants?", "prendi assistenti?".
_ASSISTANTS = r"\b(?:assistants?|assistantes?|asistentes?|ayudantes?|assistent[ei]|assistentes?|assistent(?:in|innen|en)?)\b"
_INTERN_TAKE = (r"\b(?:prenez|prends|prendriez|prendrais|accueill\w*|acceptez|acceptes|recrutez|recrutes|take|taking|takes|hire|hiring|accept\w*|consider\w*|host\w*"
                r"|nehmen|nimmst|betreu\w*|bieten|bietest|biete|suchen sie|suchst du|acept\w*|coges|tomas|ofrec\w*|buscas|busca|prendi|prende|prenderest\w*|prenderebbe|accogli\w*|cerchi|cerca"
                r"|offri|offre|aceit\w*|recebe\w*|oferec\w*|contrata\w*|neemt|neem je|nemen|aannemen|biedt|bied je|zoekt u|zoek je|heb je plek|heeft u plek|plaats|plek|place|platz|posto per|posti per|spazio per|plaza para|plazas para|vaga para|vagas para|room for|opening for|openings for"
                r"|chez vous|chez toi|with you|bei ihnen|bei dir|contigo|con usted|con te|con lei|com voce|consigo|bij u|bij jou|bij je|avec vous|avec toi)\b")

#: "Hättest du Platz?", "tu aurais une place ?", "heb je nog een plekje?": a place asked for, the internship named elsewhere (folded).
_SPOT_ASKED = (r"\b(?:platz|platze|place|places|plek|plekje|plaats|plaatsje|plaza|plazas|hueco|posto|posti|vaga|vagas|lugar|spot|spots|room|opening|openings)\b")


def _questions(note: str) -> list[str]:
    """The note's questions, folded, one per sentence ending in "?"."""
    return [q for q in (s.strip() for s in cre.split(r"(?<=[.!?\n])\s+", fold(note))) if q.endswith("?")]


_MENTORING = (r"\b(?:mentor\w*|einzelcoaching\w*|einzelberatung\w*|einzelbetreuung\w*|einzeltraining\w*|einzelsitzung\w*|1:1-coaching|1:1-beratung|privecoaching|"
              # "individuele begeleiding", "persönliche Beratung", "individuelle Coachings": the adjective before the noun
              r"(?:individuele|persoonlijke|individuelle[nrs]?|personliche[nrs]?|private?|prive)\s+(?:begeleiding|coaching\w*|beratung\w*|betreuung|sessies?|sitzungen?|sessions?|trajecten?|traject)|coaching individuel\w*|accompagnement (?:individuel|personnalise|one-to-one)\w*"
              r"|(?:accompagnement|coaching|sessions?|seances?|begeleiding|beratung|asesorias?|acompanhamento|acompanamiento|accompagnamento|sessioni|sesiones|sessoes|consulenz[ae]|consultorias?)\s+"
              r"(?:individu\w+|personnalise\w*|persoonlijk\w*|one[- ]to[- ]one|one on one|1:1|1-1|1-on-1|een-op-een|1-op-1)"
              r"|(?:one[- ]to[- ]one|one[- ]on[- ]one|1:1|1-on-1|1-op-1|een-op-een)\s+(?:coaching|mentoring|sessions?|begeleiding)"
              # "one-off coaching sessions", "accompagnements ponctuels", "einmaliges Coaching", "sesiones puntuales": a session now and then
              r"|(?:one[- ]off|one[- ]time|ad[- ]hoc|einmalige?[nrs]?|eenmalige?|losse)\s+coaching\w*"
              r"|(?:accompagnements?|coachings?|seances?|sesion\w*|sessioni|sessao|sessoes|mentorias?)\s+(?:ponctuel\w*|puntual\w*|pontua\w*|una tantum|singol\w*))\b")

#: One-to-one support named as such (accompagnement, Beratung, begeleiding, asesoría, consulenza…), folded.
_GUIDE = (r"(?:begeleiding|beratung|betreuung)|\b(?:accompagnements?|acompanamientos?|accompagnament[oi]|acompanhamentos?|asesoria\w*|consult\w*"
          r"|consulenz\w*|consultoria\w*|conseil individuel|advies\w*|advice)\b")
#: The sender runs a business: "je tiens un restaurant", "my shop", "mi negocio", "il mio negozio", "mein Laden", "mijn zaak".
_RUNS_BUSINESS = (r"\b(?:je tiens|je gere|j'ai (?:un|une) (?:restaurant|boutique|commerce|magasin|hotel|cafe|bar|salon|entreprise|pme|agence)"
                  r"|(?:mon|ma|notre) (?:restaurant|boutique|commerce|magasin|hotel|entreprise|societe|pme|cabinet|salon|atelier)"
                  r"|(?:my|our) (?:restaurant|shop|store|business|company|hotel|cafe|bakery|salon|firm|practice)|i run (?:a|an|my)"
                  r"|(?:mi|nuestro|nuestra) (?:restaurante|tienda|negocio|empresa|hotel|bar)|tengo (?:un|una) (?:restaurante|tienda|negocio|empresa)"
                  r"|(?:il mio|la mia|la nostra|il nostro) (?:ristorante|negozio|attivita|azienda|albergo|hotel|bar)|gestisco"
                  r"|(?:o meu|a minha|minha|meu|a nossa|o nosso) (?:restaurante|loja|negocio|empresa|hotel)|tenho (?:um|uma) (?:restaurante|loja|negocio|empresa)"
                  r"|(?:mein|meine|unser|unsere)e?[mnrs]? (?:restaurant|laden|geschaft|unternehmen|firma|hotel|cafe|betrieb|praxis)|ich fuhre"
                  r"|(?:mijn|ons|onze) (?:restaurant|winkel|zaak|bedrijf|hotel|cafe|praktijk))\b")

# A starting ad budget asked per day ("vous conseilleriez de commencer à combien par jour ?", "how much a day would you
# suggest starting with?") is the asker's spend, never her rates; a job title ("chargé de communication", "chargée
# d'affaires") or "in charge of" is no price asked (142 G, fr note-17); "ik zou het op prijs stellen" (I'd appreciate it) is no price
_RATES = (r"\b(?:tarifs?|prix|prices?|pricing|costs?|cost|(?<!\bin )(?<!\ben )(?<!\bof )charge(?! (?:de|des|du|of|d)\b)|how much(?! (?:time|often|budget|minimum|to (?:spend|invest|put)|should (?:i|we|one|(?:an?|my|our|the) (?:\w+ ){0,2}?\w+) (?:spend|invest|put|budget)|(?:would|do) you (?:recommend|suggest|advise)|(?:a|per) (?:day|week|month) (?:would|do|should) (?:you|i|we) (?:recommend|suggest|advise|start|spend|put)))|(?<!tous les )(?<!conseilles )(?<!conseillez )(?<!recommandes )(?<!recommandez )(?<!preconises )(?<!preconisez )(?<!mettre )(?<!investir )(?<!prevoir )(?<!depenser )(?<!commencer a )(?<!demarrer a )(?<!debuter a )(?<!commence a )(?<!demarre a )combien(?! (?:de |d')(?!euros?\b|budget|argent)| (?:au )?minimum\b| (?:faut|faudrait|mettre|investir|prevoir|depenser)\b)|stundensatz\w*|tagessatz\w*|preis\w*|kosten|kostet|honorar\w*"
          r"|precios?|tarifas?|cuanto (?:cuesta|cobras|cobra|cobrarias|cobraria|costaria|cuestan)|prezz\w*|tariff\w*|quanto (?:cost\w*|chiedi|chiede|chieder\w*|prendi|prender\w*|custa\w*|cobra\w*)"
          r"|precos?|valores|tarie\w+|(?<!\bop )prijs\w*|kost|wat kost\w*|uurtarief|dagtarief|(?:day|daily|hourly|your|vos|tes|ihre|deine|tus|sus|i tuoi|i suoi|os seus|os teus|uw|je) rates?"
          r"|per hour|de l'heure|a l'heure|pro stunde|por hora|all'ora|per uur"
          # "Offri anche mentoring? Quali sono i costi?", "¿cuáles son tus costes?", "quais são os custos?": the cost asked
          r"|(?:quali sono|quanto sono|che) (?:i )?(?:tuoi |suoi )?costi|i (?:tuoi|suoi) costi|(?:cuales son|cuanto son) (?:los |tus |sus )?cost(?:e|o)s"
          r"|quais (?:sao )?(?:os )?(?:teus |seus )?custos|wie hoch sind (?:die |deine |ihre )?kosten|wat zijn (?:de |je |uw )?kosten)\b")

#: Places: key → (folded names in the seven languages, the place after "in" in each draft language).
_PLACES: dict[str, tuple[str, dict[str, str]]] = {
    "france": (r"france|francia|frankreich|franca|frankrijk|hexagone",
               {"fr": "en France", "en": "in France", "es": "en Francia", "de": "in Frankreich", "it": "in Francia", "pt": "em França",
                "pt-BR": "na França", "nl": "in Frankrijk"}),
    "switzerland": (r"suisse|switzerland|schweiz|suiza|svizzera|suica|zwitserland|suisse romande|romandie",
                    {"fr": "en Suisse", "en": "in Switzerland", "es": "en Suiza", "de": "in der Schweiz", "it": "in Svizzera", "pt": "na Suíça",
                     "nl": "in Zwitserland"}),
    "belgium": (r"belgique|belgium|belgien|belgica|belgio|belgie|wallonie|flandre|vlaanderen|wallonie",
                {"fr": "en Belgique", "en": "in Belgium", "es": "en Bélgica", "de": "in Belgien", "it": "in Belgio", "pt": "na Bélgica",
                 "nl": "in België"}),
    "canada": (r"canada|kanada",
               {"fr": "au Canada", "en": "in Canada", "es": "en Canadá", "de": "in Kanada", "it": "in Canada", "pt": "no Canadá", "nl": "in Canada"}),
    "luxembourg": (r"luxembourg|luxemburg|luxemburgo|lussemburgo",
                   {"fr": "au Luxembourg", "en": "in Luxembourg", "es": "en Luxemburgo", "de": "in Luxemburg", "it": "in Lussemburgo",
                    "pt": "no Luxemburgo", "nl": "in Luxemburg"}),
    "germany": (r"allemagne|germany|deutschland|alemania|germania|alemanha|duitsland",
                {"fr": "en Allemagne", "en": "in Germany", "es": "en Alemania", "de": "in Deutschland", "it": "in Germania", "pt": "na Alemanha",
                 "nl": "in Duitsland"}),
    "austria": (r"autriche|austria|osterreich|oesterreich|oostenrijk",
                {"fr": "en Autriche", "en": "in Austria", "es": "en Austria", "de": "in Österreich", "it": "in Austria", "pt": "na Áustria",
                 "nl": "in Oostenrijk"}),
    "spain": (r"espagne|spain|spanien|espana|spagna|espanha|spanje",
              {"fr": "en Espagne", "en": "in Spain", "es": "en España", "de": "in Spanien", "it": "in Spagna", "pt": "em Espanha",
               "pt-BR": "na Espanha", "nl": "in Spanje"}),
    "italy": (r"italie|italy|italien|italia|italie|italia|italie|itali[ae]",
              {"fr": "en Italie", "en": "in Italy", "es": "en Italia", "de": "in Italien", "it": "in Italia", "pt": "em Itália",
               "pt-BR": "na Itália", "nl": "in Italië"}),
    "portugal": (r"portugal|portogallo",
                 {"fr": "au Portugal", "en": "in Portugal", "es": "en Portugal", "de": "in Portugal", "it": "in Portogallo", "pt": "em Portugal",
                  "nl": "in Portugal"}),
    "netherlands": (r"pays-bas|netherlands|holland|niederlande\w*|paises bajos|paesi bassi|olanda|paises baixos|holanda|nederland",
                    {"fr": "aux Pays-Bas", "en": "in the Netherlands", "es": "en los Países Bajos", "de": "in den Niederlanden",
                     "it": "nei Paesi Bassi", "pt": "nos Países Baixos", "pt-BR": "na Holanda", "nl": "in Nederland"}),
    "uk": (r"royaume-uni|united kingdom|uk|great britain|britain|england|angleterre|grossbritannien|england|reino unido|regno unito|inghilterra"
           r"|inglaterra|verenigd koninkrijk|engeland",
           {"fr": "au Royaume-Uni", "en": "in the UK", "es": "en el Reino Unido", "de": "in Großbritannien", "it": "nel Regno Unito",
            "pt": "no Reino Unido", "nl": "in het Verenigd Koninkrijk"}),
    "ireland": (r"irlande|ireland|irland|irlanda|ierland",
                {"fr": "en Irlande", "en": "in Ireland", "es": "en Irlanda", "de": "in Irland", "it": "in Irlanda", "pt": "na Irlanda",
                 "nl": "in Ierland"}),
    "usa": (r"etats-unis|usa|us|united states|america|vereinigte staaten|estados unidos|stati uniti|verenigde staten|amerika",
            {"fr": "aux États-Unis", "en": "in the US", "es": "en Estados Unidos", "de": "in den USA", "it": "negli Stati Uniti",
             "pt": "nos Estados Unidos", "nl": "in de Verenigde Staten"}),
    "brazil": (r"bresil|brazil|brasilien|brasil|brasile|brazilie",
               {"fr": "au Brésil", "en": "in Brazil", "es": "en Brasil", "de": "in Brasilien", "it": "in Brasile", "pt": "no Brasil",
                "nl": "in Brazilië"}),
    "mexico": (r"mexique|mexico|mexiko|messico",
               {"fr": "au Mexique", "en": "in Mexico", "es": "en México", "de": "in Mexiko", "it": "in Messico", "pt": "no México",
                "nl": "in Mexico"}),
    "morocco": (r"maroc|morocco|marokko|marruecos|marocco|marrocos",
                {"fr": "au Maroc", "en": "in Morocco", "es": "en Marruecos", "de": "in Marokko", "it": "in Marocco", "pt": "em Marrocos",
                 "pt-BR": "no Marrocos", "nl": "in Marokko"}),
    # groupings of countries (:data:`_GROUPS`): "clients in the Benelux?" is a yes when Belgium is one of her regions
    "benelux": (r"benelux",
                {"fr": "au Benelux", "en": "in the Benelux", "es": "en el Benelux", "de": "in den Benelux-Ländern", "it": "nel Benelux",
                 "pt": "no Benelux", "nl": "in de Benelux"}),
    "dach": (r"dach|d-a-ch|deutschsprachigen raum|deutschsprachige raum",
             {"fr": "dans la région DACH", "en": "in the DACH region", "es": "en la región DACH", "de": "im DACH-Raum", "it": "nell'area DACH",
              "pt": "na região DACH", "nl": "in de DACH-regio"}),
    "europe": (r"europe|europa|l'europe|ue|eu",
               {"fr": "en Europe", "en": "in Europe", "es": "en Europa", "de": "in Europa", "it": "in Europa", "pt": "na Europa",
                "nl": "in Europa"}),
}
#: The sender's own wish to work somewhere ("dica pra quem quer trabalhar com marketing na europa?", "I want to work in
#: Spain, any tips?"): a question on their job search, never one on where her clients are.
_OWN_WORK_WISH = (r"\b(?:want|wants|wanting|would like|hope|hoping|plan|planning|veux|voudrais|aimerais|souhaite|quer|quero|queria|gostaria de|quiero|quieres|quiere|quisiera|me gustaria|vuole|vuoi|veut|willst"
                  r"|voglio|vorrei|mochte|moechte|will|wurde gern|wil|wilt|zou graag)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:work|working|travailler|trabalhar|trabajar|lavorare"
                  r"|arbeiten|werken|find a job|trouver un (?:poste|emploi|job))\b")
#: Clients the sender wants to find there ("any advice on finding freelance clients in France?", "comment trouver des clients
#: en France ?", "¿cómo encontrar clientes en Francia?", "Kunden in Frankreich finden"): their own search, never where hers are.
_CLIENTS_SOUGHT = (r"\b(?:find\w*|land\w*|get|getting|win\w*|trouver|decrocher|encontrar|conseguir|captar|trovare|acquisire|arranjar|angariar|finden|gewinnen|akquirieren|vinden|werven)\s+"
                   r"(?:(?:my|your|some|new|first|more|des|de|mes|nouveaux|premiers|mis|nuevos|primeros|i|dei|nuovi|primi|os|meus|novos|primeiros|neue|erste|meine|nieuwe|eerste|mijn)\s+)*"
                   r"(?:freelance\s+|freelancing\s+)?(?:clients?|clientes?|clienti|kunden|klanten|customers)\b"
                   r"|\b(?:kunden|klanten)\s+(?:\w+\s+){0,3}(?:finden|gewinnen|vinden|werven)\b")
#: A job sought there ("busco trabajo en Francia, ¿me avisas si sabes de algo?", "looking for a job in France, would you
#: let me know?"): the sender's own search, never a question on where her clients are.
_JOB_SOUGHT = (r"\b(?:busco|buscando|looking for|seeking|cherche|recherche|cerco|sto cercando|procuro|procurando|suche|zoek|op zoek naar)\s+"
               r"(?:(?:a|an|un|une|una|um|uma|eine?n?|een|new|nouvel|nuevo|nuovo|novo|neue[n]?|nieuwe)\s+)?"
               r"(?:job|work|position|role|emploi|poste|travail|trabajo|empleo|puesto|lavoro|impiego|trabalho|emprego|stelle|arbeit|baan|werk)\b"
               # "che competenze per trovare lavoro in Francia?", "what skills to find a job in France?": a job to find there
               r"|\b(?:find|get|land|trouver|decrocher|encontrar|conseguir|trovare|ottenere|arranjar)\s+(?:(?:a|an|un|une|una|um|uma)\s+)?"
               r"(?:job|work|position|emploi|poste|travail|trabajo|empleo|puesto|lavoro|impiego|trabalho|emprego)\b"
               r"|\b(?:(?:einen?|eine) )?(?:job|stelle|arbeit|arbeitsstelle)\s+(?:zu )?finden\b|\b(?:een )?(?:baan|werk)\s+(?:te )?vinden\b")
#: Which firms hire or look for someone there ("quali aziende a Lione cercano…?", "que empresas em Lyon procuram…?", "welche
#: Agenturen in Frankreich suchen…?"): a job seeker's question on employers, never one on where her clients are.
_FIRMS_HIRING = (r"\b(?:agences|agencies|agenturen|agencias|agenzie|bureaus|entreprises|companies|firms|employers|firmen|unternehmen|empresas|aziende"
                 r"|bedrijven|werkgevers|start-?ups?)\b[^?.!]{0,60}?\b(?:hire|hires|hiring|recruit\w*|recrut\w*|embauch\w*|cherchent|recherch\w*|busqu\w*|look(?:s|ing)? for"
                 r"|suchen|einstell\w*|busca\w*|contrat\w*|cercano|cerchino|assum\w*|procura\w*|procure\w*|zoek\w*|aannem\w*)\b")

#: The lexicon's European countries: a question on clients "in Europe" is a yes when one of her regions is one.
_EUROPEAN = {"france", "switzerland", "belgium", "germany", "spain", "italy", "portugal", "netherlands", "luxembourg", "austria", "uk", "ireland"}

def _regions_beyond_europe(regions, keys):
    """Her regions outside Europe (Canada), the yes to "clients outside Europe?"."""
    return [r for r, k in zip(regions, keys) if k not in _EUROPEAN]


#: Groupings of countries and their members: a question on clients "in the Benelux" or "im DACH-Raum" is a yes when one
#: of her regions is a member, answered with that member ("yes, in Belgium"), never "not yet … Belgium".
_GROUPS = {"benelux": {"belgium", "netherlands", "luxembourg"}, "dach": {"germany", "austria", "switzerland"}}

#: Nationality adjectives read as their country when they qualify the clients ("clienti italiani", "Italian clients",
#: "des clients belges", "italienische Kunden", "Italiaanse klanten", "clientes mexicanos"): the country, never a language.
_DEMONYMS = {
    "france": r"francais(?:es?)?|french|franzosisch\w*|franceses?|francesas?|frances[ie]|francese|franse",
    "switzerland": r"suisses?|swiss|schweizer\w*|suiz[oa]s?|svizzer[oaie]|suic[oa]s?|zwitserse",
    "belgium": r"belges?|belgian|belgisch\w*|belgas?|belg[ih]e?|belghe",
    "canada": r"canadien(?:ne)?s?|canadian|kanadisch\w*|canadienses?|canades[ei]|canadenses?|canadese",
    "luxembourg": r"luxembourgeois(?:es?)?|luxembourgish|luxemburgisch\w*|luxemburgues\w*|lussemburghes[ei]|luxemburgse",
    "germany": r"allemand(?:e|s|es)?|german|deutsche[nmr]?|alemanes|alemanas?|aleman|tedesch[ie]|tedesc[oa]|alemaes|alemas|duitse",
    "austria": r"autrichien(?:ne)?s?|austrian|osterreichisch\w*|austriac[oaie]s?|oostenrijkse",
    "spain": r"espagnol(?:e|s|es)?|spanish|spanisch\w*|espanol(?:es|as?)?|spagnol[oaie]|espanho(?:l|is|las?)|spaanse",
    "italy": r"italien(?:ne)?s?|italian|italienisch\w*|italian[oaie]s?|italiaanse",
    "portugal": r"portugais(?:es?)?|portuguese|portugiesisch\w*|portugues(?:es|as?)?|portoghes[ei]|portugese",
    "netherlands": r"neerlandais(?:es?)?|hollandais(?:es?)?|dutch|niederlandisch\w*|hollandisch\w*|neerlandes(?:es|as?)?|holandes(?:es|as?)?|olandes[ei]|nederlandse|hollandse",
    "uk": r"britanniques?|british|britisch\w*|britanic[oa]s?|britannic[oaie]|britse",
    "ireland": r"irlandais(?:es?)?|irish|irisch\w*|irlandes(?:es|as?)?|irlandes[ei]|ierse",
    "usa": r"americain(?:e|s|es)?|american|amerikanisch\w*|estadounidenses?|american[oaie]s?|amerikaanse",
    "brazil": r"bresilien(?:ne)?s?|brazilian|brasilianisch\w*|brasilen[oa]s?|brasilian[oaie]|brasileir[oa]s?|braziliaanse",
    "mexico": r"mexicain(?:e|s|es)?|mexican|mexikanisch\w*|mexican[oa]s?|messican[oie]|mexicaanse",
    "morocco": r"marocain(?:e|s|es)?|moroccan|marokkanisch\w*|marroquies|marroqui|marocchin[oie]|marroquinos?|marokkaanse",
}
#: The nouns a nationality adjective qualifies in a question on her clients (folded).
_CLIENT_NOUN = (r"(?:clients?|clientes?|clienti|clientele|kunden|kundinnen|klanten|customers|companies|businesses|brands|firms|entreprises|societes|marques"
                r"|pme|empresas|marcas|negocios|pymes|aziende|imprese|marchi|unternehmen|firmen|marken|bedrijven|merken|organisations?|organizaciones"
                r"|organizzazioni|organizacoes|organisaties|start-?ups?)")


def _rx_demonym() -> list[tuple[str, re.Pattern[str]]]:
    # the noun then the adjective (fr, es, it, pt), or the adjective then the noun (en, de, nl; "belgische Kunden")
    return [(key, cre.compile(rf"\b{_CLIENT_NOUN}\s+(?:\w+\s+)?(?:{names})\b|\b(?:{names})\s+(?:\w+\s+)?{_CLIENT_NOUN}\b"))
            for key, names in _DEMONYMS.items()]


_DEMONYM_RX = _rx_demonym()


def demonym_key(text: str) -> str:
    """The country of a nationality adjective that qualifies clients in a (folded) text, or "".

    >>> demonym_key("lavori anche con clienti italiani?"), demonym_key("werkt u met belgische bedrijven?"), demonym_key("clients anglophones")
    ('italy', 'belgium', '')
    """
    for key, rx in _DEMONYM_RX:
        if rx.search(text):
            return key
    return ""


#: Cities and regions read as their country (folded).
_CITIES = {
    "canada": r"montreal|quebec|toronto|vancouver|ottawa|gatineau|sherbrooke",
    "switzerland": r"geneve|geneva|genf|ginevra|genebra|ginebra|lausanne|losanna|zurich|zurigo|berne?|basel|bale|basilea|lugano|neuchatel|fribourg|sion",
    "belgium": r"bruxelles|brussels|brussel|brussel|bruselas|bruxelas|bruxelles|liege|luik|anvers|antwerpen|gand|gent|namur|charleroi|leuven|louvain",
    "france": r"paris|lyon|marseille|bordeaux|lille|toulouse|nantes|nice|strasbourg|grenoble|rennes|montpellier|annecy",
    "germany": r"berlin|munchen|munich|hamburg|koln|cologne|frankfurt",
    "spain": r"madrid|barcelona|valencia|sevilla|bilbao|zaragoza",
    "italy": r"milano|milan|roma|rome|torino|turin|bologna|napoli",
    "portugal": r"lisboa|lisbon|porto",
    "netherlands": r"amsterdam|rotterdam|utrecht|den haag|eindhoven",
}
#: A question that is about where her clients are (beside the place).
_WHERE_CUE = (r"\b(?:clients?|clientes?|clienti|clientele|kunden|kundschaft|klanten|customers|entreprises|companies|businesses|empresas|aziende|unternehmen|firmen"
              r"|bedrijven|marques|brands|pme|pmi|pymes|kmo|kmo's|kmos|kmu|mkb|smes?|ondernem\w*|begeleid\w*|begleit\w*|startups|e-?shops|accompagn\w*|interv\w+|work|working|travaill\w*|arbeit\w*|trabaj\w*|lavor\w*|trabalh\w*"
              r"|werk\w*|betreu\w*|atiend\w*|atend\w*|segu\w*|ausserhalb|hors de|outside|fuera de|fuori|fora d[eao]|buiten|projets?|projects?|projekte?|proyectos?"
              r"|progetti|projetos?|projecten|missions?|auftrag\w*|deplac\w*|travel\w*|reis\w*|viaj\w*|viagg\w*"
              # "Você faz consultoria pra Brasil?", "¿haces consultoría para México?": her consulting asked for a place
              r"|consultoria|consulting|consultance|consulenz[ae]|beratung)\b")
#: A thing that "works" somewhere, never the owner working there (folded): "Does it work in the UK or is the audience too
#: young?", "werkt dat ook in NL?", "funktioniert das auch in Deutschland?", "would TikTok ads work in Spain?": a channel's
#: fit for a market asked (her TikTok answer), never "my clients are in France … a client in the UK is possible".
_THING_WORKS = (r"\b(?:(?:does|do|would|will|could|can|did) (?:it|that|this|they|these|those|tiktok|[\w-]+ ads)(?: \w+)? work"
                r"|(?:it|that|this) (?:\w+ )?works?|werkt (?:dat|het|dit|tiktok)|werken (?:die|ze)"
                r"|(?:funktioniert|klappt|lauft) (?:das|es|tiktok))\b")
#: A dash between two clauses of one sentence: "… in France – do you do retainers?".
_CLAUSE_DASH = r"\s[–—-]\s"
_PREP = r"(?:en|au|aux|a|in|im|nach|aus|em|no|na|nos|nas|nel|nella|negli|op|uit|de|from|del|dal|dalla|do|da|fuori|outside|pra|pro|para|per|for)"


#: "Arbeiten Sie auch mit ausländischen Unternehmen?", "clients abroad?", "empresas extranjeras?": clients beyond her
#: home country, answered from her regions (folded; the adjective beside the clients, or the adverb "abroad").
_FOREIGN_ADJ = (r"(?:foreign|overseas|international|etrang\w+|internationa\w+|auslandisch\w*|internationale?n?|extranjer[oa]s|internacionales"
                r"|ester[ei]|stranier[ei]|internazionali|estrangeir[oa]s|internacionais|buitenlandse|internationale)")
_FOREIGN = (rf"\b(?:{_WHERE_CUE[5:-3]})\s+(?:\w+\s+)?{_FOREIGN_ADJ}\b|\b{_FOREIGN_ADJ}\s+(?:\w+\s+)?(?:clients?|clientes?|clienti|kunden|klanten|customers"
            r"|companies|businesses|firms|brands|empresas|aziende|imprese|entreprises|marques|unternehmen|firmen|bedrijven|organisations?)\b"
            r"|\b(?:abroad|overseas|a l'etranger|de l'etranger|im ausland|aus dem ausland|en el extranjero|del extranjero|en el exterior|del exterior"
            r"|all'estero|dall'estero|no estrangeiro|do estrangeiro|no exterior|do exterior|in het buitenland|uit het buitenland|over de grens)\b")
#: Her home regions' word for "abroad", in the draft's language (a yes or a "not yet" never names a country asked for).
_ABROAD = {"fr": "à l'étranger", "en": "abroad", "de": "im Ausland", "es": "en el extranjero", "it": "all'estero", "pt": "no estrangeiro",
           "nl": "in het buitenland"}


def _rx_place() -> list[tuple[str, re.Pattern[str]]]:
    out = [(key, re.compile(rf"\b(?:{names})\b")) for key, (names, _) in _PLACES.items()]
    out += [(key, re.compile(rf"\b(?:{names})\b")) for key, names in _CITIES.items()]
    return out


_PLACE_RX = _rx_place()


#: A market the sender wants to enter (folded): "enter the French market", "s'implanter en France", "entrar no mercado francês".
_ENTER_MARKET = (r"\b(?:enter\w*|launch\w*|expand\w*|break into|s'implanter|arriver|se lancer|lancer|entrar|lanzar\w*|expandir\w*|entrare|lanciar\w*|espander\w*"
                 r"|eintreten|expandieren|starten|betreden|uitbreiden|lanceren)\b[^.?!\n]{0,32}?\b(?P<p>france|french|francais\w*|francia|frances\w*|frankreich"
                 r"|franzosisch\w*|frankrijk|franse|francese|franca|spain|spanish|espana|espagne|germany|german|allemagne|alemania|italy|italian|italia|italie)\b")


def place_key(text: str) -> str:
    """The lexicon key of a place (a country in any of the seven languages, or one of its big cities), or "".

    >>> place_key("Suisse"), place_key("Genève"), place_key("Kanada"), place_key("Uruguay")
    ('switzerland', 'switzerland', 'canada', '')
    """
    folded = fold(text or "")
    for key, rx in _PLACE_RX:
        if rx.search(folded):
            return key
    return ""


def locative(place: str, lang: str) -> str:
    """The place after "in" in the draft's language: "au Canada", "in der Schweiz"; a place the lexicon does not
    know keeps its name ("en Uruguay", "in Uruguay")."""
    key = place_key(place) if place not in _PLACES else place
    if key in _PLACES:
        forms = _PLACES[key][1]
        return by_lang(forms, lang) or forms["en"]
    prep = {"fr": "en", "en": "in", "es": "en", "de": "in", "it": "in", "pt": "em", "nl": "in"}.get(lang[:2], "in")
    return f"{prep} {place}"


def _question_spans(note: str) -> list[str]:
    """The note's questions: sentences that end with (or hold) a question mark, and indirect ones ("je voudrais savoir si …")."""
    out = []
    for a, b in sentences(note):
        s = note[a:b]
        f = fold(s)
        if "?" in s or cre.search(r"\b(?:savoir si|wondering (?:if|whether)|wonder (?:if|whether)|whether you|if you (?:also )?(?:offer|do|work|take|teach)"
                                 r"|wissen,? ob|frage mich,? ob|ob sie|ob du|saber si|sapere se|saber se|weten of|horen of|benieuwd of)\b", f):
            out.append(s)
    return out


def asked(note: str, lang: str = "") -> Asked:
    """What the note asks about the owner's service.

    >>> asked("Bonjour, vos formations existent-elles aussi en ligne ? Merci").topics
    ['online']
    >>> a = asked("Hola Camille, ¿das formación in-company en español o solo en francés?"); (a.topics, a.langs, a.training)
    (['language'], ['es', 'fr'], True)
    >>> a = asked("Est-ce que vous accompagnez aussi des clients au Canada? Merci!"); (a.topics, a.place)
    (['region'], 'canada')
    """
    out = Asked()
    found: dict[str, int] = {}
    for i, q in enumerate(_question_spans(note or "")):
        f = fold(q)
        for m in cre.finditer(_ONLINE, f):
            around = " ".join(f[max(0, m.start() - 25):m.end() + 25].split())
            # "Hoeveel kost een training? en kan het ook online?": the service may be named in the question before
            if (cre.search(_SHOP_ONLINE.split("|\\b(?:online|on-line)[- ]")[0] + "$", f[max(0, m.start() - 40):m.end()])
                    or cre.match(r"(?:online|on-line)[- ]" + _SHOP_ONLINE.split("|\\b(?:online|on-line)[- ]")[1], f[m.start():m.end() + 25])):
                continue  # "consulenza SEO per negozi online", "my online store": where they sell, never a remote format asked
            # "tu curso … ¿cuándo es la próxima edición? ¿se puede hacer online?": a course and its edition named, online asked of it
            # "ich hab gesehen, dass du Marketing-Trainings gibst. Gibt's die auch online?": the trainings named before, taken up
            back = bool(cre.search(_BACK_TO_THEM, f) and cre.search(_TRAININGS_NAMED, fold(note or "")))
            if cre.search(_NOT_SERVICE, around) or not (cre.search(_SERVICE, f) or (len(f.split()) <= 6 or cre.search(_EDITION, fold(note or "")))
                                                        and cre.search(_TRAINING, fold(note or "")) or back):
                continue
            if _course_recommended(f):
                continue  # "Che corsi online mi consigli per imparare la SEO?": others' courses recommended, never hers asked about
            found.setdefault("online", i)
            # "op locatie?" asks for her on site; "solo presenciales o también online?" asks for online
            ways = [bool(cre.fullmatch(_IN_PERSON, w)) for w in cre.findall(_ONLINE, f)]
            # "auch online oder nur in Lyon?": the training on site in her town named beside online, both answered
            out.onsite = all(ways) or not any(ways) and bool(cre.search(_ONLY_THERE, f))
            # "¿tu curso es online o presencial?": the choice asked names both; she gives both (the settings' online)
            # ("um curso online gravado ou só presencial?": no "also" on either way, a choice of two all the same)
            out.either = any(ways) and not all(ways) and bool(cre.search(r"\b(?:or|ou|o|u|oppure|oder|of)\b", f)) \
                and not cre.search(_ALSO_WAY, f)
            # "auch als Präsenzkurs oder nur online?", "ook live in een klaslokaal?", "Existe-t-elle aussi en présentiel ?": the
            # way in person asked as the extra is answered (on site and online too), never a bare "yes, online too"
            out.onsite = out.onsite or out.either or bool(cre.search(_ALSO_IN_PERSON, f))
            out.training = out.training or bool(cre.search(_TRAINING, f) or not cre.search(_SERVICE, f))
            break
        # "para um site em português e francês, subdomínios ou subpastas?": the site's languages, never hers asked
        # "Podia indicar-me um bom curso de SEO em português?": others' course in a language recommended, never her language asked
        if cre.search(_LANG_ASKED, cre.sub(SITE_IN_LANG, " ", f)) and not (_course_recommended(f) and not cre.search(_HER_OWN_COURSE, f)):
            found.setdefault("language", i)
            out.training = out.training or bool(cre.search(_TRAINING, f))
            for m in cre.finditer(rf"\b(?:{_LANG_WORD})\b", f):
                code = next(c for c, names in _LANG_NAMES.items() if cre.fullmatch(names, m.group(0)))
                if code not in out.langs:
                    out.langs.append(code)
        if (cre.search(_INTERN_WORDS, f) or cre.search(_ASSISTANTS, f)) and cre.search(_INTERN_TAKE, f) \
                and (lang in ("fr", "nl", "") or cre.search(r"\bstages?\b", f) is None or cre.search(_INTERN_WORDS.replace("|stage|stages", ""), f)
                     or cre.search(_ASSISTANTS, f)):
            found.setdefault("interns", i)
        if cre.search(_MENTORING, f):
            found.setdefault("mentoring", i)
        if cre.search(_RATES, f) and not (cre.search(HOW_YOU_PRICE, f) and cre.search(NEW_FREELANCER, fold(note or ""))):
            found.setdefault("rates", i)  # (a new freelancer asking how she prices: advice, never her rates)
        # "We're scaling paid acquisition in France – do you do retainers or one-off projects?": the place told before a
        # dash is the sender's own context; only the clause after it is asked
        qw = cre.split(_CLAUSE_DASH, q)[-1]
        qw = qw if len(qw.split()) >= 3 else q
        fw = fold(qw)
        if "region" not in found and cre.search(_WHERE_CUE, cre.sub(_THING_WORKS, " ", fw)) and not cre.search(_OWN_WORK_WISH, fw) and not cre.search(_FIRMS_HIRING, fw) \
                and not cre.search(_JOB_SOUGHT, fw) and not cre.search(_CLIENTS_SOUGHT, fw):
            key = ""
            hits: list[tuple[int, str]] = []
            for k, rx in _PLACE_RX:
                pm = rx.search(fw)
                # "in France", and "US-based clients", "UK-based brands": a place named before "-based" is as clearly a place
                if pm and (cre.search(rf"\b{_PREP}\s+(?:(?:la|le|l'|les|the|der|die|dem|den|el|los|il|lo|os|as|o|a|het)\s*)?{re.escape(pm.group(0))}\b", fw)
                           or cre.search(rf"\b{re.escape(pm.group(0))}[- ]based\b", fw)):
                    key = key or k
                    if k not in (h[1] for h in hits):
                        hits.append((pm.start(), k))
            # a place the lexicon does not know, after a preposition and beside "clients": "des clients en Uruguay ?"
            um = cre.search(rf"\b(?:clients?|clientes?|clienti|kunden|klanten|customers|companies|empresas|aziende|entreprises|unternehmen|bedrijven)\s+"
                          rf"(?:\w+\s+)?{_PREP}\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)", qw)
            if um and not cre.search(rf"\b(?:{_LANG_WORD})\b", fold(um.group(1))) and not place_key(um.group(1)):
                key = key or um.group(1)
                hits.append((um.start(1), um.group(1)))
            if not key:
                # "Lavori anche con clienti italiani?", "Do you work with Swiss companies?": the nationality is the country
                for k, rx in _DEMONYM_RX:
                    dm = rx.search(fw)
                    if dm and not cre.search(r"\b(?:speaking|sprachig\w*|hablantes?|falantes?|parlant\w*|talig\w*|phones?)\b", fw[dm.end():dm.end() + 12]):
                        key = k
                        hits.append((dm.start(), k))
                        break
            if not key and cre.search(_FOREIGN, fw):
                key = "abroad"  # "Do you work with foreign companies?": beyond her home country, read in known_context
            out.places = [k for _, k in sorted(hits)]
            if key and key != "abroad" and cre.search(_FOREIGN, fw):
                out.into = True  # "Do you work with international clients on French SEO?": foreign firms entering that market
            if key:
                found["region"] = i
                out.place = key
                out.outside = bool(cre.search(r"\b(?:fuera de|outside(?: of)?|beyond|hors de|en dehors de|au-dela de|ausserhalb|auserhalb|fuori (?:da|dalla|dall')|fora d[aoe]|buiten)\s+\w", fw))
    f_note = fold(note or "")
    if "language" not in found and cre.search(_LANG_CONCERN, f_note):
        # "il francese non lo parliamo benissimo 😅": the language worry told, not asked: answered with the note's own language
        found["language"] = len(found) and max(found.values()) + 1
        out.langs = [lang] if lang else []
        out.training = out.training or bool(cre.search(_TRAINING, f_note))
    # "(en francés o inglés) ¿Lo ofreces en remoto?": her languages already offered, the remote work answered as before
    if ("language" in found or "online" in found and not langs_wished(note or "")) and not out.training and cre.search(_TRAINING, f_note) \
            and not any(cre.search(r"\b(?:coaching|mentor\w*|accompagn\w*|consult\w*|beratung\w*|consulenz\w*|consultoria\w*|advies|audits?|begeleiding)\b", fold(q))
                        for q in _question_spans(note or "")):
        # "Via uw nieuwsbrief las ik over uw trainingen. Biedt u deze ook in het Engels aan?", "sua formação de Google Ads
        # ainda tá com vagas? … se tem versão online": the trainings, never "I also work remotely"
        out.training = True
    # "one-off coaching sessions (remote)?": the service asked answered before the way it is given
    out.topics = sorted(found, key=lambda t: (found[t], t != "mentoring", TOPICS.index(t)))
    return out


def langs_wished(note: str) -> list[str]:
    """The languages a note names after "in" ("gerne auf Englisch", "liefst in het Engels"), as codes, in its order.

    >>> langs_wished("Eine Schulung zu Google Ads, gerne auf Englisch."), langs_wished("Je parle espagnol.")
    (['en'], [])
    """
    out: list[str] = []
    for m in cre.finditer(rf"\b(?:en|in|auf|em|in het|op|an|al|nel|naar het)\s+({_LANG_WORD})\b", fold(note or "")):
        code = next(c for c, names in _LANG_NAMES.items() if cre.fullmatch(names, m.group(1)))
        if code not in out:
            out.append(code)
    return out


#: A language the note already allows for the talk, class or interview ("Grabamos en remoto, en español o inglés",
#: "pode ser em inglês", "anche in inglese", "Engelstalige sessie mogelijk", "gern auch auf Englisch", "English-speaking
#: audience"), never a nationality ("il mercato francese", "the French market") nor a refusal ("nicht auf Englisch").
_LANG_ALLOWED = (rf"(?<!\bnot )(?<!\bno )(?<!\bnicht )(?<!\bniet )(?<!\bnon )(?<!\bnao )(?<!\bpas )"
                 rf"\b(?:en|in|auf|em|in het|op|an|al|nel|naar het|o|or|ou|oder|of|y|e|und|ed|und|od)\s+(?:el |l'|het |o |lo )?({_LANG_WORD})\b"
                 # "Keynote 30 Min, Englisch oder Deutsch", "inglés o español": the first of two languages offered as a choice
                 rf"|\b({_LANG_WORD})(?=\s+(?:or|ou|oder|of|o|od)\s+(?:{_LANG_WORD})\b(?!\s+(?:markt|market|mercado|mercato|marche|markets|markten)\b))"
                 rf"|\b({_SPEAKING}|engelstalig\w*|franstalig\w*|englischsprachig\w*|franzosischsprachig\w*|english[- ]language|french[- ]language)\b"
                 # "Sprache gerne Englisch", "language: English is fine", "langue : anglais possible", "idioma, inglés sin problema"
                 rf"|\b(?:sprache|language|langue|idioma|lingua|taal)\s*[:=,-]?\s*(?:(?:gerne|gern|auch|ruhig|kann|darf|mag|could|can|may|also|aussi|possible|also|tambien|anche|tambem|ook|sehr|be|sein|ist|is|ok|okay|either|zijn)\s+){{0,3}}({_LANG_WORD})\b"
                 # "English is fine too", "Englisch ist auch okay", "l'anglais me va", "inglés también vale", "Engels is ook prima"
                 rf"|\b({_LANG_WORD})\s+(?:(?:is|ist|est|es|e|va|sera|would be|ware|zou|also|too|auch|aussi|tambien|anche|tambem|ook|ganz|totally|absolutely|perfectly|also|me|nos|ci|uns|voor ons|pour nous|fur uns|per noi|para nos)\s+){{1,3}}"
                 rf"(?:fine|ok|okay|good|great|no problem|kein problem|pas de probleme|sin problema|nessun problema|sem problema|geen probleem|prima|goed|perfekt|perfect|perfecto|perfetto|perfeito|benissimo|bene|bien|possible|possivel|posible|possibile|mogelijk|moglich|va|convient|vale|sirve|va bene|serve|funciona|funziona|in ordnung|willkommen|welcome|bienvenu|bienvenido|benvenuto|bem-vindo|welkom)\b"
                 # "Englisch geht auch", "Engels kan ook", "English works too", "l'anglais marche aussi": the language accepted
                 rf"|\b({_LANG_WORD})\s+(?:geht|gaat|kan|works|funktioniert|funziona|funciona|marche|passt|werkt|serve|sirve)\s+(?:auch|ook|too|also|aussi|tambien|anche|tambem|ebenfalls|prima|gut)\b(?!\s+(?:nicht|niet|not|pas|no|non|nao)\b)")


def langs_allowed(note: str) -> list[str]:
    """The languages a note offers for the activity ("en español o inglés", "Engelstalige sessie mogelijk"), as codes.

    >>> langs_allowed("Grabamos en remoto, en español o inglés."), langs_allowed("Gravação online, pode ser em inglês.")
    (['es', 'en'], ['en'])
    >>> langs_allowed("Engelstalige sessie mogelijk"), langs_allowed("sul mercato francese"), langs_allowed("We barely speak English, in Spanish please")
    (['en'], [], [])
    """
    f = fold(note or "")
    if cre.search(_LANG_CONCERN, f):
        return []
    out: list[str] = []
    for m in cre.finditer(_LANG_ALLOWED, f):
        word = next(g for g in m.groups() if g)
        code = next((c for c, names in _LANG_NAMES.items() if cre.fullmatch(names, word)), "")
        if not code:
            code = "en" if word.startswith("eng") else "fr" if word.startswith(("fr", "franz")) else ""
        if code and code not in out:
            out.append(code)
    return out


_SPEAK = (r"\b(?:do you (?:also )?speak|can you speak|you speak|parles-tu|parlez-vous|tu parles|vous parlez|sprichst du|sprechen sie|du sprichst|hablas|habla usted"
          r"|usted habla|tu hablas|parli|parla|lei parla|voce fala|fala|falas|tu falas|spreek je|spreek jij|spreekt u)\s+(?:(?:also|aussi|auch|tambien|anche|tambem|ook|un peu|un po|um pouco)\s+)?(?:el |o |il |l')?(" + _LANG_WORD + r")\b")


def speak_asked(note: str) -> str:
    """The language a note asks whether the owner speaks ("Você fala português?", "Sprechen Sie Spanisch?"), as a code, or "".

    >>> speak_asked("Você fala português? Senão a gente faz em inglês!"), speak_asked("Je parle espagnol couramment.")
    ('pt', '')
    """
    for q in _question_spans(note or ""):
        m = cre.search(_SPEAK, fold(q))
        if m:
            return next(c for c, names in _LANG_NAMES.items() if cre.fullmatch(names, m.group(1)))
    return ""


def training_lang_missing(note: str, work: list[str]) -> str:
    """The language a training or talk is asked in that the owner does not work in ("Dá formações em português ou só em
    francês/inglês?", "Do you run trainings in Portuguese?"), as a code, or "".

    >>> training_lang_missing("Dá formações em português ou só em francês/inglês? Gostaríamos de um workshop.", ["fr", "en"])
    'pt'
    >>> training_lang_missing("Geef je trainingen ook online?", ["fr", "en"]), training_lang_missing("Do you run trainings in English?", ["fr", "en"])
    ('', '')
    >>> training_lang_missing("We zaten samen in de masterclass. Kunnen we samenwerken bij Franstalige/Nederlandstalige klanten?", ["fr", "en"])
    ''
    """
    a = asked(note or "")
    if "language" not in a.topics or not a.training or not cre.search(_IN_A_LANGUAGE, fold(note or "")):
        return ""  # "samenwerken bij Franstalige/Nederlandstalige klanten?": the clients' languages, never a training's
    return next((c for c in a.langs if c not in work), "")


#: A language named as the one something is given in ("em português", "in Portuguese", "auf Deutsch") (folded).
_IN_A_LANGUAGE = rf"\b(?:en|in|auf|em|in het|op|nel|naar het)\s+(?:{_LANG_WORD})\b"


#: A worry about the language told, not asked ("we barely speak French", "il francese non lo parliamo benissimo").
_LANG_CONCERN = (rf"(?:\b(?:{_LANG_WORD})\b[^.!?]{{0,30}}\b(?:non (?:lo |la )?(?:parl\w+|mastich\w+)|(?:don't|do not|doesn't|can't|cannot) (?:really )?speak|isn't great|not great"
                 r"|n'est pas (?:top|terrible|genial|tres bon)|(?:ne )?(?:le |la )?parl\w+ (?:pas|mal|peu)|sprech\w+ (?:wir |ich )?(?:kaum|nicht|wenig|schlecht)"
                 r"|no (?:lo )?habl\w+|habl\w+ poco|nao (?:o )?fal\w+|fal\w+ pouco|spreken (?:we |ik )?(?:geen|weinig|niet|slecht))"
                 rf"|\b(?:barely|hardly|don't|do not|can't|cannot|not) (?:really )?speak (?:\w+ ){{0,2}}(?:{_LANG_WORD})\b|not (?:very |really )?fluent in (?:{_LANG_WORD})\b"
                 rf"|\bnon (?:parl\w+|mastich\w+) (?:\w+ ){{0,2}}(?:il |l')?(?:{_LANG_WORD})\b|\bparl\w+ (?:poco|male) (?:il |l')?(?:{_LANG_WORD})\b"
                 rf"|\b(?:ne )?parl\w+ (?:pas|mal|peu|pas tres bien|pas bien) (?:le |l')?(?:{_LANG_WORD})\b|\bmon (?:{_LANG_WORD}) (?:n'est pas|est (?:limite|moyen))"
                 rf"|\bsprech\w+ (?:\w+ )?(?:kaum|kein|nicht gut|wenig|schlecht) (?:{_LANG_WORD})\b|\b(?:no|apenas|casi no) habl\w+ (?:bien |mucho )?(?:el )?(?:{_LANG_WORD})\b"
                 rf"|\bnao fal\w+ (?:bem |muito )?(?:o )?(?:{_LANG_WORD})\b|\bfal\w+ pouco (?:o )?(?:{_LANG_WORD})\b"
                 rf"|\bspre(?:ek|ken) (?:\w+ )?(?:geen|weinig|nauwelijks|slecht|niet zo goed) (?:{_LANG_WORD})\b)")


# -- the answer's variables ------------------------------------------------------------------------

#: Templates whose answer a known fact replaces (a recruiter, a seller or an invitation is answered as such).
#: A job seeker's own French told as not good enough yet (folded): "I don't speak French fluently yet", "my French is still
#: basic", "je ne parle pas encore bien français", "ich spreche noch kein gutes Französisch", "mijn Frans is nog niet zo goed",
#: "aún no hablo bien francés", "non parlo ancora bene il francese", "ainda não falo francês": whether that holds them back
#: in France is what they ask, never which languages the owner works in.
_WEAK_FRENCH = (r"\b(?:(?:don't|do not|can't|cannot|doesn't) (?:yet |really |quite )?speak (?:\w+ )?french|not (?:yet |very |really )?fluent in french"
                r"|french (?:isn't|is not|is still|still isn't) (?:\w+ )?(?:great|fluent|good|basic|limited|weak|rusty|poor)|french fluently yet"
                r"|my french is (?:still |quite |rather |pretty )?(?:basic|limited|weak|rusty|poor|not)\b|(?:basic|limited|beginner|weak) french"
                r"|mon francais (?:n'est pas|est (?:encore |assez |un peu )?(?:limite|moyen|basique|faible|hesitant))"
                r"|je ne parle pas (?:encore )?(?:tres )?(?:bien |couramment )?(?:le )?francais|je parle (?:encore )?(?:peu|mal) (?:le )?francais"
                r"|(?:mein )?franzosisch ist (?:noch )?(?:nicht|schlecht|ausbaufahig|begrenzt|eingerostet|nur)"
                r"|spreche (?:noch )?(?:kein|keine|kaum|nicht gut|nicht fliessend|wenig|nur wenig|nur etwas) (?:gut\w* |fliessend\w* )?franzosisch"
                r"|(?:mijn )?frans is (?:nog )?(?:niet|slecht|beperkt|matig|basic|roestig)|spreek (?:nog )?(?:geen|weinig|nauwelijks|slecht|niet zo goed|niet goed|niet vloeiend) (?:goed |vloeiend )?frans"
                r"|(?:no|aun no|todavia no|casi no) hablo (?:bien |mucho |con fluidez )?(?:el )?frances|mi frances (?:no es|es (?:basico|limitado|flojo))|hablo poco (?:el )?frances"
                r"|non parlo (?:ancora )?(?:bene |fluentemente )?(?:il )?francese|il mio francese (?:non e|e (?:scarso|base|limitato))|parlo poco (?:il )?francese"
                r"|(?:ainda )?nao falo (?:bem |fluentemente )?(?:o )?frances|meu frances (?:nao e|e (?:basico|fraco|limitado))|falo pouco (?:o )?frances)")

#: People named by the language they speak, in a job-market question (folded): "the French job market for English-speaking
#: marketers", "el mercado laboral para anglófonos" — the sender's language, never a question on hers.
_SPEAKERS_JOB_MARKET = (r"(?=.*\b(?:job|jobs|emploi|empleo|trabajo|lavoro|emprego|trabalho|stellen\w*|arbeitsmarkt\w*|baan|banen|arbeidsmarkt\w*"
                        r"|mercado laboral|mercado de trabalho|mercato del lavoro|marche du travail|marche de l'emploi|job market)\b)"
                        r"(?=.*(?:\b(?:english|french|spanish|german|italian|dutch|portuguese)[- ]speak\w*|\banglophones?\b|\banglofon[oa]s?\b"
                        r"|\bhispanohablantes?\b|englischsprachig\w*|\bengelstalig\w*|\bdi lingua inglese\b|\bque falam ingles\b|\bde habla inglesa\b))")


def weak_french(note: str) -> bool:
    """Does a note tell that the sender's French is not good enough yet?

    >>> weak_french("I don't speak French fluently yet - is that a big problem?"), weak_french("I speak fluent French.")
    (True, False)
    """
    return bool(cre.search(_WEAK_FRENCH, fold(note or "")))


#: Questions offered by mail or by video (folded): "5 questions … (par mail ou visio de 20 min)", "by email or a video call",
#: "per Mail oder Video-Call": the channel of an interview, never whether she works remotely.
_MAIL_OR_VIDEO = (r"\b(?:e-?mail|mail|courriel|correo|correio)\w* (?:ou|or|o|oder|of) (?:par |by |via |por |per |em |en |in |um |uma |una |a |een )?"
                  r"(?:visio\w*|video\w*|videollamada|videochiamata|videochamada|zoom|teams)")


ANSWERED_IN = ("client", "ask_for_help", "job_seeking", "met_before", "content", "referral", "benefit")


def known_context(note: str, lang: str, variant: str, template: str, settings: Settings, *, ask: str = "",
                  request: str = "") -> dict[str, Any]:
    """The variables of ``known.<lang>.txt`` for a note: ``known`` lists the topics asked that the owner's
    settings answer (empty: the usual ``answer.<lang>.txt`` is used).

    >>> s = Settings(online=True, regions=["France", "Suisse"])
    >>> c = known_context("Vous travaillez aussi avec des clients au Canada ?", "fr", "", "ask_for_help", s)
    >>> c["known"], c["k_region"], c["k_place"], c["k_regions"]
    (['region'], 'no', 'au Canada', ['en France', 'en Suisse'])
    """
    ctx = {k: (list(v) if isinstance(v, list) else v) for k, v in KNOWN_DEFAULTS.items()}
    if template not in ANSWERED_IN or not (note or "").strip() or request in ("interview", "comment", "jury"):
        return ctx  # an interview or a jury seat is answered as such
    a = asked(note, lang)
    topics = list(a.topics)
    if ask == "interns" and "interns" not in topics and is_internship_note(note):
        topics.append("interns")  # "do you have any openings?" for a first job is not the interns question
    if "interns" not in topics and is_internship_note(note) and any(cre.search(_SPOT_ASKED, q) for q in _questions(note)):
        topics.append("interns")  # "suche ein Pflichtpraktikum … Hättest du eventuell Platz?": the internship named before the question
    if "interns" in topics and is_apprenticeship(note):
        topics.remove("interns")  # "tu prends des alternants ?": work-study, never answered with the interns fact
    if settings.interns is False and "interns" not in topics and apprentices_asked(note):
        topics.insert(0, "apprentices")  # "Prenez-vous des alternants ?": her plain no (she works alone), never a CV request alone
    if request == "mentor" and "mentoring" not in topics and ask not in ("meet", "call"):
        topics.append("mentoring")  # ("20 min for a coffee chat?" asked by someone seeking a mentor: the coffee answered, not a format)
    if template == "job_seeking" and "language" in topics and weak_french(note):
        topics.remove("language")  # "I don't speak French fluently yet, is that a problem?": their French, answered as such in writer
    if "language" in topics and cre.search(_SPEAKERS_JOB_MARKET, fold(note).replace("\n", " ")):
        topics.remove("language")  # "the French job market for English-speaking marketers": their language, never "I work in French and English"
    if ask == "questions" and "online" in topics and not a.training and cre.search(_MAIL_OR_VIDEO, fold(note)):
        topics.remove("online")  # "5 questions par mail ou visio ?": the interview's channel, never "je travaille aussi à distance"
    where = variant or lang
    work = list(settings.work_languages)
    base = (lang or "").split("-")[0]
    if "online" in topics and a.training and "language" not in topics and work and base and base not in work:
        # "Tem turma online? Tenho uma equipe em Curitiba": a training asked in a language she does not teach in gets
        # her languages said with the yes, never a bare yes she would have to take back on the call
        topics.append("language")
        a.langs = [base]
    known: list[str] = []
    for topic in topics:
        if topic == "online" and settings.online is not None:
            known.append(topic)
            ctx["k_online"] = settings.online
            ctx["k_onsite"] = a.onsite
            ctx["k_either"] = a.either and settings.online
        elif topic == "language" and work:
            known.append(topic)
            missing = [c for c in a.langs if c not in work]
            named = [c for c in a.langs if c in work]
            if missing:
                ctx["k_lang"], ctx["k_lang_ok"] = missing[0], False
                # "gern auf Deutsch oder Englisch?": the language she does work in, named by the sender, is the yes said first
                # ("¿en español o solo en francés?" asks which: the usual "not in Spanish, but in French or English")
                ctx["k_lang_yes"] = named[0] if named and not cre.search(
                    rf"\b(?:only|just|solo|solamente|soltanto|seulement|uniquement|nur|apenas|so|somente|alleen|enkel)\s+(?:(?:en|in|auf|em|op|in het)\s+)?(?:{_LANG_NAMES[named[0]]})\b",
                    fold(note)) else ""
            elif len(named) > 1:
                # "in het Engels of Frans?" and she works in both: both named, in the sender's order
                ctx["k_lang"], ctx["k_lang2"], ctx["k_lang_ok"] = named[0], named[1], True
            elif named:
                ctx["k_lang"], ctx["k_lang_ok"] = next((c for c in named if c != work[0]), named[0]), True
            elif "online" in topics and settings.online and a.training:
                # "Zijn die ook online te volgen en in welke taal?": one sentence, "yes, online too, in French and English"
                ctx["k_lang"], ctx["k_lang2"], ctx["k_lang_ok"] = work[0], (work[1:2] or [""])[0], True
            ctx["work_langs"] = work
        elif topic == "region" and settings.regions:
            known.append(topic)
            if len(a.places) > 1 and settings.regions != ["anywhere"]:
                # "no Brasil ou só na França?": the place beyond her usual regions is the one asked about
                home = [place_key(r) or fold(r) for r in settings.regions]
                a.place = next((p for p in a.places if p not in home), a.place)
            ctx["k_place"] = locative(a.place, where)
            abroad = a.place == "abroad"
            into_home = False
            if settings.regions and settings.regions != ["anywhere"]:
                # "we want to enter the French market. Do you offer audits for foreign brands?": a foreign firm entering
                # her home market (her first region), said outside the question
                entered = cre.search(_ENTER_MARKET, fold(note))
                market = entered and (place_key(entered.group("p"))
                                      or next((k for k, names in _DEMONYMS.items() if cre.fullmatch(names, entered.group("p"))), ""))
                home_key = place_key(settings.regions[0]) or fold(settings.regions[0])
                if abroad:
                    a.into = a.into or bool(market and market == home_key)
                elif market and market == home_key and a.place != home_key and not a.outside:
                    # "queremos lanzar la tienda en Francia. ¿Haces proyectos para empresas españolas?": a firm of her
                    # sender's country entering her home market is exactly her client, never "clients in Spain, not yet"
                    into_home = True
            if abroad:
                # "Arbeiten Sie auch mit ausländischen Unternehmen?": clients beyond her home (her first region)
                ctx["k_place"] = _ABROAD.get(lang[:2], "abroad")
                if settings.regions != ["anywhere"]:
                    a.place, a.outside = place_key(settings.regions[0]) or fold(settings.regions[0]), True
            if settings.regions == ["anywhere"]:
                ctx["k_region"] = "anywhere"
            else:
                keys = [place_key(r) or fold(r) for r in settings.regions]
                asked_key = a.place if a.place in _PLACES else fold(a.place)
                members = [r for r, k in zip(settings.regions, keys) if k in _GROUPS.get(asked_key, ())]
                inside = asked_key in keys or asked_key == "europe" and bool(set(keys) & _EUROPEAN) or bool(members)
                if members and not a.outside:
                    # "Werkt u ook met klanten in de Benelux?" and Belgium is hers: "Ja, … in België", the member named
                    ctx["k_place"] = locative(members[0], where)
                # "¿clientes fuera de Francia?": never "yes, also in France", but where else her clients are;
                # a place beyond her regions gets an honest "not yet", with where they are (never "most of my clients")
                others = [r for r, k in zip(settings.regions, keys) if k != asked_key]
                beyond = _regions_beyond_europe(settings.regions, keys) if a.outside and asked_key == "europe" else []
                ctx["k_outside"] = bool(a.outside)  # "clients outside Spain?": the "not yet" never names Spain
                # "¿Aceptas clientes en España?" from a place beyond her regions: where her clients are, and that she works
                # remotely (``online``), so the place asked is possible; never a bare "not yet" that reads as a polite no
                ctx["k_remote"] = bool(settings.online)
                ctx["k_region"] = ("outside" if others else "no") if a.outside and asked_key in keys else "yes" if inside and not a.outside else "no"
                if beyond:
                    # "¿Trabajas con clientes fuera de Europa?" and Canada is hers: "yes, I also have clients in Canada",
                    # never "not yet: my clients are in France, … and Canada"
                    ctx["k_region"], others = "outside", beyond
                if a.into and (asked_key in keys and not a.outside or abroad):
                    # "we want to enter the French market … audits for foreign brands?": the foreign company entering her
                    # market, never "yes, I also have clients in Switzerland, Belgium and Canada"
                    ctx["k_region"] = "into"
                    if abroad:
                        ctx["k_place"] = locative(settings.regions[0], where)  # foreign companies entering her own market
                if into_home:
                    ctx["k_region"], ctx["k_place"] = "into", locative(settings.regions[0], where)
                if ctx["k_region"] == "outside" and variant == "pt-BR" and settings.online and "brazil" not in keys:
                    # "Vc faz consultoria pra fora da França?" from a Brazilian shop: her remote work for a client in Brazil,
                    # never "I also have clients in Switzerland, Belgium and Canada" (nothing to them)
                    ctx["k_region"], ctx["k_place"] = "anywhere", "no Brasil"
                shown = others if ctx["k_region"] == "outside" else list(settings.regions)
                places = [locative(r, where) for r in shown[:5]]
                if lang in ("en", "nl"):  # "in France, Switzerland and Belgium"
                    places = places[:1] + [cre.sub(r"^in ", "", p) for p in places[1:]]
                ctx["k_regions"] = places
        elif topic == "apprentices":
            known.append(topic)
        elif topic == "interns" and settings.interns is not None:
            known.append(topic)
            ctx["k_interns"] = settings.interns
        elif topic == "mentoring" and settings.mentoring is not None:
            known.append(topic)
            ctx["k_mentoring"] = settings.mentoring
            # "Bietest du auch Einzelcoachings an?", "1-op-1 coaching?": answered with the sender's word, never "mentoring"
            ctx["k_coach"] = bool(cre.search(r"coach", fold(note))) and not cre.search(r"\bmentor", fold(note))
            # "individuele begeleiding?", "Einzelberatung?": the yes names what was asked (de, nl), never "mentoring"
            # "accompagnement individuel pour mon restaurant ?": one-to-one support for a business is consulting, never
            # "mentoring" (for people starting out), in every language; the sender's own word "mentor" stays
            ctx["k_guide"] = not ctx["k_coach"] and not cre.search(r"\bmentor", fold(note)) \
                and bool(cre.search(_GUIDE, fold(note)) or cre.search(_RUNS_BUSINESS, fold(note)))
        elif topic == "rates" and settings.rates:
            known.append(topic)
            ctx["k_rates"] = settings.rates
    if "interns" in known and not ctx["k_interns"] or "apprentices" in known:
        # "Biedt u stageplekken aan, eventueel op afstand?": no interns makes the rest moot, never a yes before the no
        known = [t for t in known if t not in ("online", "language", "region")]
    if known == ["rates"] and template == "client":
        known = []  # a client asking the price already gets a call and a quote, after a yes to the service
    ctx["known"] = known[:2]  # two plain answers at most, then one next step
    ctx["k_train"] = a.training
    if "region" in ctx["known"]:
        # "consultoria para empresas portuguesas?" from a pharmacy chain: the call is about its needs, named
        ctx["k_firm"], ctx["k_firm_f"] = firm_phrase(note, lang)
    return ctx


#: Her own course asked about (folded): "algun curso tuyo", "vc tem algum curso em portugues?", "hai qualche corso in italiano?",
#: "do you have a course in Spanish?": her language answered, even beside "or can you recommend something?".
_HER_OWN_COURSE = (r"\b(?:cursos? tuyos?|tus? cursos?|tienes (?:algun |un )?curso|tem (?:algum |um )?curso|tens (?:algum |um )?curso|seus? cursos?|teus? cursos?"
                   r"|hai (?:qualche |un )?corso|tuoi corsi|tuo corso|your (?:own )?courses?|do you (?:have|run|teach|give|offer) (?:a |any )?(?:courses?|workshops?|trainings?)"
                   r"|(?:ta|tes|votre|vos) formations?|as-tu (?:une )?formation|avez-vous (?:une )?formation|deine kurse|ihre kurse|hast du (?:einen )?kurs"
                   r"|haben sie (?:einen )?kurs|jouw cursus|uw cursus|heb je (?:een )?cursus|heeft u (?:een )?cursus)\b")


def _course_recommended(folded: str) -> bool:
    """Whether the question (folded) asks her to recommend someone else's course, never about her own."""
    return bool(cre.search(_WHICH_RECOMMENDED, folded) or cre.search(_RECOMMEND_A_COURSE, folded) or cre.search(_COURSE_RECOMMENDED, folded))


#: The sender's firm as the note describes it, after the role ("Sou diretor de marketing de uma cadeia de farmácias",
#: "soy responsable de marketing en una cadena de hoteles"): an article, a firm noun and "de"+ a lower-case word.
_FIRM_NOUNS = (r"cadeia|rede|grupo|empresa|marca|loja|clinica|clínica|agencia|agência|cooperativa|distribuidora|cadena|tienda|bodega"
               r"|catena|azienda|rete|gruppo|negozio|marchio|cantina|chaine|chaîne|entreprise|enseigne|boutique|societe|société|reseau|réseau|marque")
_FIRM_RX = {
    "pt": cre.compile(rf"\b(?:[Ss]ou|[Tt]rabalho)\b[^.?!\n]{{0,40}}?\b(?:de|numa|num|em|na|no|para) (uma|um) ((?:{_FIRM_NOUNS}) de [a-zà-ÿ]{{4,}})\b"),
    "es": cre.compile(rf"\b(?:[Ss]oy|[Tt]rabajo)\b[^.?!\n]{{0,40}}?\b(?:de|en|para) (una|un) ((?:{_FIRM_NOUNS}) de [a-zà-ÿ]{{4,}})\b"),
    "it": cre.compile(rf"\b(?:[Ss]ono|[Ll]avoro)\b[^.?!\n]{{0,40}}?\b(?:di|in|per|presso) (una|un|uno|un')\s?((?:{_FIRM_NOUNS}) di [a-zà-ÿ]{{4,}})\b"),
    "fr": cre.compile(rf"\b(?:[Jj]e suis|[Jj]e travaille)\b[^.?!\n]{{0,40}}?\b(?:de|d'|dans|pour|chez) ?(une|un) ((?:{_FIRM_NOUNS}) de [a-zà-ÿ]{{4,}})\b"),
}


def firm_phrase(note: str, lang: str) -> tuple[str, bool]:
    """("cadeia de farmácias", True): the sender's firm as the note calls it, and whether its noun is feminine; or
    ("", False) (a firm not described, or a language whose phrase is not read here).

    >>> firm_phrase("Sou diretor de marketing de uma cadeia de farmácias no Porto.", "pt")
    ('cadeia de farmácias', True)
    >>> firm_phrase("Soy responsable de marketing en una cadena de hoteles.", "es"), firm_phrase("Hi!", "en")
    (('cadena de hoteles', True), ('', False))
    """
    rx = _FIRM_RX.get((lang or "")[:2])
    m = rx.search(note or "") if rx else None
    if not m:
        return "", False
    return m.group(2), m.group(1) in ("uma", "una", "une", "un'")
