"""Personal reply drafts in the sender's language, from templates the owner can override.

A draft says something specific without pasting the note: :mod:`invitriage.drafts.notefacts` reads what the
note gives (an event, date words, a topic, a role, a referrer, what is asked) and the templates write
their own sentences around those slots. It answers what was asked, asks only what is missing, keeps the
sender's register, mirrors a formal address, and is at most 600 characters.

Templates are Jinja2 files ``<intent>.<lang>.txt`` (and ``answer.<lang>.txt``, the next step that every
intent's draft ends with) shipped in ``invitriage/templates/drafts``; ``<name>.pt-BR.txt`` is used for
Brazilian senders. A file of the same name in the owner's ``templates/`` directory (beside
``invitriage.toml``) wins.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from invitriage.drafts import rx as cre
from invitriage.drafts import blogplan, budget, career, exchange, faq, joining, misread, priceq, quickq, situation, smallq, told
from invitriage.drafts.needs import agency_projects_phrase, and_word, content_topic, course_phrase, exchange_topic, need_phrase, plan_phrase, topic_phrase
from invitriage.drafts.shop import shop_line, shop_phrase
from invitriage.drafts.askfacts import _ENTER_MARKET, _INTERN_TAKE, _INTERN_WORDS, _PLACE_RX, _TRAINING, KNOWN_DEFAULTS, is_internship_note, known_context, langs_allowed, langs_wished, speak_asked, training_lang_missing, weak_french
from invitriage.errors import ConfigError
from invitriage.judge.normalize import normalize
from invitriage.judge.normalize import fold, without_emoji
from invitriage.drafts.notefacts import restyled
from invitriage.drafts.notefacts import fr_talk_on
from invitriage.drafts.notefacts import CHAT_WORDS as _NF_CHAT_WORDS
from invitriage.drafts.notefacts import _MONTHS as _NF_MONTHS
from invitriage.drafts.notefacts import _CV as _NF_CV
from invitriage.drafts.notefacts import _PLAN_STARTED as _NF_PLAN_STARTED
from invitriage.drafts.notefacts import sentences as _nf_sentences
from invitriage.drafts.notefacts import _OWN_INTEREST as _NF_OWN_INTEREST
from invitriage.drafts.notefacts import _ABBREVIATIONS as _NF_ABBREVIATIONS
from invitriage.drafts.notefacts import _SOON_CALL as _NF_SOON_CALL
from invitriage.drafts.notefacts import _BY_EMAIL as _NF_BY_EMAIL
from invitriage.drafts.notefacts import _PT_CLOSING_HUG as _NF_PT_CLOSING_HUG
from invitriage.drafts.notefacts import _SERVICES as _NF_SERVICES
from invitriage.drafts.notefacts import _TRAINER_NETWORK as _NF_TRAINER_NETWORK
from invitriage.drafts.notefacts import _OWN_COURSES_SOLD as _NF_OWN_COURSES_SOLD
from invitriage.drafts.notefacts import _WORK_WITH_FREELANCERS as _NF_WORK_WITH_FREELANCERS
from invitriage.drafts.notefacts import _TOPIC_VERB_TAIL as _NF_TOPIC_VERB_TAIL
from invitriage.drafts.notefacts import MODULE_LENGTH
from invitriage.drafts.notefacts import SURVEY_WORD as _SURVEY_WORD
from invitriage.drafts.notefacts import (_THESIS, _BUDGET_FOR_IT, _ROUGH_BUDGET_ASKED, _FOR_BEGINNERS, _SHE_SPOKE, _CONSULTING, _KIND_OF, small_talk as _small_talk, _FIELD_ROLE, _OPEN_Q, _PROGRAMME_NOUN, _HEADLINE_WORDS, choice_options, core_clauses, _RECRUITER_HEADLINE, _last_question, MIN_CORE_LETTERS, Facts, Name, best_quote, extract, headline_lang, said_where_seen, seen_at, is_informal, mirrors_title, short_note_language,
                        PANEL_MESA, PARTNER_WORK, INDIRECT_ASK, asks_hiring, asks_only_hiring, offered_trade, _HOW_YOU_WORK, name_gender, parse_name, pt_variant, reply_language, sender_gender)
from invitriage.settings import Settings
from invitriage.taxonomy import LANGUAGES

__all__ = ["MAX_CHARS", "DRAFT_INTENTS", "TEMPLATES", "Draft", "draft_for", "render", "load_template", "template_name",
           "is_informal", "reason_quote", "greeting", "context_for", "preview"]

MAX_CHARS = 600
#: Intents answered with their own template; a reply to anyone else (they can benefit) uses "benefit".
DRAFT_INTENTS = ("met_before", "content", "referral", "ask_for_help", "job_seeking", "recruiting",
                 "business_proposal", "sales_pitch")
TEMPLATES = (*DRAFT_INTENTS, "benefit", "client")
#: Every template gets these variables (the README of the templates folder explains each).
CONTEXT_KEYS = ("plain_note", "news_at", "en_taken", "series", "guest_article", "interview_talk", "calm", "promised", "self_line", "speaker_event", "greeting", "first_name", "last_name", "full_name", "informal", "formal_address", "ceremonious", "variant",
                "intent", "has_note", "quote", "question", "ask", "wanted", "survey", "event", "when", "org",
                "work", "title", "topic", "referrer", "role", "domain", "period", "cv", "job_title", "company",
                "place", "salary", "remote", "proposal", "project", "offers", "portfolio", "offer", "signature",
                "resource", "shall_we", "options", "meet_day", "answer", "former", "candidate", "alumni", "answering", "thanked", "laid_off",
                "request", "target", "fmt", "length", "minutes", "recent", "in_field", "offer_or", "audience", "position", "business", "business_in", "business_for", "funding",
                "client", "service", "price", "conditions", "lang_q", "soon", "qkind", "sendwhat", "share", "recruiter", "networking",
                "refer_ask", "freelance_role", "for_client", "met", "classmates", "studied", "reconnect", "long_ago", "congrats", "results", "applying", "applied_now", "tips_applied_said", "clicked_line", "landed", "mentored", "owner_langs",
                "student_job", "course_kind", "taught", "taught_for", "kind_words", "compliment", "cases", "topic_of", "referrer_gender", "asks", "soon_meet", "helped", "helped_piece", "praised_piece", "episode", "by_email", "coffee", "praise", "situated", "amount", "tool_choice", "direct", "posts_plural",
                "team", "yes_q", "yes_known", "links", "pass_on", "relay", "duration", "senhor", "business_dat", "business_acc", "deadline", "by_phone", "piece",
                "own_shop", "shared_work", "someday", "kind", "kind_key", "attendees", "regular", "regular_long", "fan", "plan", "exchange", "go_on", "learn", "tools_too", "speaker_call", "network_ask", "need", "lead_call", "followup", "mutual", "mutual_f", "career", "agreed",
                "situation", "situation_line", "move_line", "nearby_line", "howdy_line", "heard_line", "peer_line", "trade", "debate_line", "project_line", "topic_clause", "attended", "agencies_asked", "topic_said", "was_there", "co_attended", "co_after", "online_met", "network_of", "stalled_line", "next_dates", "swiss", "kind_closing", "our_business", "slang", "speak_lang", "speak_ok", "speak_alt", "owner_email", "email_profile", "piece_about", "inhouse", "inhouse_asked", "period_first", "partner_work", "cohost_on", "plain_q", "swap", "recommended", "launch_line", "course_said", "market_line", "into_line", "france_line",
                "topic_named", "stage_at", "avail_q", "date_asked", "cfp", "train_topic", "learn_topic", "beginners", "views_on", "next_visit", "my_visit", "far_meet", "dated_coffee", "arrive", "arrived", "moved", "senior", "speak_only", "panel", "expert_panel", "far", "event_name", "question_mark", "recorded", "career_fb", "group_line", "course_named")


# -- address -------------------------------------------------------------------------------------

#: A career path the sender wants her view on (folded): "my career path", "mon parcours", "mi trayectoria".
_CAREER_PATH = (r"\b(?:career (?:path|plan|move|choices?|steps?)|my career|mon parcours|ma carriere|mi (?:carrera|trayectoria)|la mia carriera|il mio percorso"
                r"|(?:a )?minha (?:carreira|trajetoria)|o meu percurso|meinen? (?:werdegang|karriere\w*)|mijn (?:loopbaan|carriere))\b")
#: A talk or a webinar watched as a recording (folded): "vi tu charla en YouTube", "j'ai regardé le replay".
#: A team asking in the first person plural (folded): "Wir suchen jemanden für ein SEO-Audit", "We hebben een SEO-audit nodig",
#: "wij zoeken …": the need is theirs together, so the informal reply helps "euch"/"jullie", never one person's "dich"/"je".
_WE_ASK = {"de": r"\bwir (?:suchen|brauchen|benotigen|planen|mochten|wollen|wurden|hatten|haben|sind auf der suche)\b",
           "nl": r"\b(?:we|wij) (?:hebben|zoeken|willen|zouden|zijn op zoek|gaan|plannen)\b"}
_RECORDED = (r"\b(?:youtube|replay|rediffusion|enregistrement|recording|recorded|grabacion|grabado|grabada|registrazione|registrat[oa]"
             r"|gravacao|gravad[oa]|aufzeichnung|aufgezeichnet\w*|opname|terugkijk\w*|en differe|on demand)\b")


#: "o painel de oradores", "our panel of speakers", "el panel de ponentes": the line-up of speakers, no panel discussion.
_LINEUP = (r"\b(?:panels? of (?:speakers|experts)|speaker panel|painel de (?:oradores|palestrantes|convidados)|panel de (?:ponentes|oradores|expertos)"
           r"|panel (?:di|dei) (?:relatori|speaker)|panel d'(?:intervenants|experts)|sprecherpanel)\b")
#: A panel or round table (folded), the format the sender names.
_PANEL = (r"\b(?:panels?|panel ?discussions?|paneldiskussion\w*|paneldiscussies?|podiumsdiskussion\w*|podiumgesprek\w*|round ?tables?"
          r"|tables? rondes?|tavol[ae] rotond[ae]|mes(?:a|as)[ -]redondas?|rondetafel\w*|gesprachsrunde\w*|diskussionsrunde\w*|expertenrunde\w*|painel|paineis|panels?gesprek\w*|" + PANEL_MESA + r")\b")


#: Places abroad (folded): the sender's city, country or market, adjectives too ("Amsterdamse", "hamburger", "berlinois").
_ABROAD = (r"\b(?:hamburg\w*|berlin\w*|munchen\w*|munich|frankfurt\w*|koln\w*|cologne|keulen|dusseldorf\w*|stuttgart\w*|wien\w*|vienna|zurich\w*|deutschland|germany"
           r"|osterreich|austria|schweiz|amsterdam\w*|rotterdam\w*|utrecht\w*|eindhoven\w*|den haag|the hague|nederland\w*|netherlands|holland\w*|antwerpen|gent"
           r"|madrid\w*|barcelon\w*|valencia|sevilla|bilbao|malaga|espana|spain|lisbo\w*|lisbon|porto|portugal|brasil|brazil|sao paulo|rio de janeiro"
           r"|milan\w*|milano|roma|rome|torino|turin|bologna|napoli|italia|italy|london\w*|dublin|new york|mexico|buenos aires|bruxelles|brussel\w*|bruxelas|bruselas|bruxelles|geneve|geneva|genf|lausanne|montreal|quebec|toronto|barcelona)\b")
#: The sender's own place now, abroad (folded): "ora lavoro come freelance a Torino", "bin jetzt zurück in Berlin",
#: "ahora trabajo … en México", "now based in London", "je vis maintenant à Madrid", "agora moro em Lisboa".
_NOW_ELSEWHERE = (r"\b(?:now|ora|adesso|ahora|agora|jetzt|nu|maintenant|desormais|based|basee?|vivo|vive|vivi|moro|mora|woon|woont|wohne|wohnst|lebe|habite"
                  r"|live|lives|living|lavoro|trabajo|trabalho|werk|arbeite|travaille|work|working|zuruck|retour|back|de volta|de vuelta|tornat[oa])\b"
                  rf"[^.!?]{{0,50}}?{_ABROAD}")
#: The owner's city named (folded): "à Lyon", "in Lione", "near Lyon".
_OWNER_CITY = r"\b(?:lyon\w*|lione|villeurbanne)\b"
#: A need's possessive made an article when the client's shops or brands follow ("le SEO de vos 3 marques").
_SCOPED_ARTICLES = {"fr": ((r"\b(?:votre|ton) (?=SEO|référencement)", "le "), (r"\b(?:votre|ta) (?=stratégie)", "la "), (r"\b(?:vos|tes) (?=publicités|campagnes)", "les ")),
                    "es": ((r"\b(?:su|tu) (?=SEO|posicionamiento)", "el "), (r"\b(?:su|tu) (?=estrategia)", "la "), (r"\b(?:sus|tus) (?=anuncios|campañas)", "los "))}
#: A job's length said with "of" (fr, es, it, pt, nl): it goes right after the role, before its field ("de 6 mois", "di sei mesi").
_PERIOD_FIRST = (r"(?:d'une duree de|de|di|van|d'un|d'une)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|douze|dos|dois|tres|cuatro|quatro"
                 r"|cinco|seis|due|tre|quattro|cinque|sei|twee|drie|vier|vijf|zes)\s+(?:mois|semaines|meses|semanas|mesi|settimane|maanden|weken)\s*$")


def _far(note: str, headline: str, note_lang: str, settings: Settings, lang: str = "") -> bool:
    """Whether the sender plausibly lives far from the owner: a note in a language not hers, or a place abroad named; without a
    note, a headline answered in a language neither hers nor English ("Head of Growth bei Flaschenpost", "… bij Coolblue")."""
    text = fold(f"{note} {headline}")
    # "su suggerimento del Dott. Bianchi della Camera di Commercio Italiana a Lione", "eravate insieme all'EM Lyon": her city
    # named for someone else, never where the sender lives
    if cre.search(_OWNER_CITY, cre.sub(_FRANCE_NOT_THEIRS, " ", text)) and not cre.search(_NOW_ELSEWHERE, text):
        # "ho seguito il tuo corso a Lione … ora lavoro a Torino": where they met is hers, where the sender lives now is not
        return False
    if not note.strip() and lang and lang[:2] not in (settings.language[:2], "en"):
        return True  # a coffee in Lyon is never offered to a company abroad: a call only
    return bool(note.strip()) and note_lang != settings.language or bool(cre.search(_ABROAD, text))


#: The Portuguese letter's opening (folded), however abbreviated: "Exma.", "Ex.ma", "Ex.mº", "Exmª".
_EXMO = r"ex\.?m[oaºª]"


def _lead_word(word: str) -> str:
    """A note's opening word as ``greeting`` compares it: "ex.ma" and "exmª" are "exma"."""
    return word.replace(".", "").replace("ª", "a").replace("º", "o") if cre.match(_EXMO, word) else word


def _titles(name: Name, lang: str) -> str:
    return " ".join(name.titles)


def name_word(words: str) -> str:
    """The first word of a name part ("Gómez" of the middle names "Gómez")."""
    return words.split()[0] if words.split() else ""


def greeting(lang: str, name: Name, *, informal: bool, mirror: bool, gender: str = "", variant: str = "",
             first_name_used: bool = True, soft: bool = False, opener: str = "", lead: str = "", title_used: bool = False) -> str:
    """The opening line: by first name, or title and surname when the sender wrote formally to the owner's.

    Without the sender's gender (never guessed from a first name) a formal address uses the full name.

    >>> greeting("de", parse_name("Prof. Dr. Klaus Meier"), informal=False, mirror=True)
    'Guten Tag Prof. Dr. Klaus Meier,'
    >>> greeting("de", parse_name("Stefanie Berger"), informal=False, mirror=True, gender="f")
    'Sehr geehrte Frau Berger,'
    >>> greeting("fr", parse_name("Gérard Dupont"), informal=False, mirror=True), greeting("en", parse_name("Lee, Min-ji 🚀"), informal=True, mirror=False)
    ('Bonjour Gérard,', 'Hi Min-ji,')
    >>> greeting("pt", parse_name("Ana Rita Silva"), informal=False, mirror=False, lead="cara")
    'Cara Ana Rita,'
    """
    first, last, full = name.first, name.last, name.full
    titles = _titles(name, lang)
    if lang in ("es", "pt") and not gender:
        if "Dra." in name.titles or "Profa." in name.titles:
            gender = "f"
        elif "Dr." in name.titles:
            gender = "m"
    if lang == "it" and not gender and "Dott." in name.titles:
        gender = "m"
    surname_ok = bool(last) and name.sure
    who = last if surname_ok else full  # an unsure surname: the whole name
    if lang == "es" and not name.sure and last:
        # Spanish names carry two surnames and the first is the one used: "Javier Morales Ruiz" → Sr. Morales;
        # a compound first name comes first: "María José García" → Sra. García.
        words = [first, *name.middle.split()]
        if fold(" ".join(words[:2])) in _COMPOUND_FIRST or (len(words) >= 2 and fold(words[1]) in _SECOND_GIVEN):
            words = words[2:]
        else:
            words = words[1:]
        rest = [*words, *last.split()]
        if any(fold(w) in _SURNAME_PARTICLES for w in rest[1:-1]):
            who, surname_ok = " ".join(rest), True  # "Javier Sáenz de Ugarte" → Sr. Sáenz de Ugarte, never "Sr. Sáenz de"
        elif rest:
            who, surname_ok = rest[0] if len(rest) <= 2 else " ".join(rest[:-1]), len(rest) <= 2
    if lang == "pt" and not name.sure and last:
        who, surname_ok = last.split()[-1], True  # "João Pedro Sequeira" → Sr. Sequeira
    if lang in ("pt", "es", "fr", "it") and first and name.middle:
        pair = f"{first} {name.middle.split()[0]}"
        if fold(pair) in _COMPOUND_FIRST:
            first = pair  # "Ana Rita Mendes" is "Olá, Ana Rita", "Maria José" never "Maria"
    if lang == "fr":
        lead_g = gender or name_gender(first, "fr")
        if lead in ("chere", "cher") and first and lead_g and not mirror:
            return f"{'Chère' if lead_g == 'f' else 'Cher'} {first},"  # "Chère Camille, …": "Chère Martine", in kind
        if informal:
            return f"Salut {first}," if first else "Bonjour,"
        if mirror and full:
            if gender and surname_ok:
                return f"Bonjour {'Madame' if gender == 'f' else 'Monsieur'} {last},"
            return f"Bonjour {first}," if first else f"Bonjour {full},"  # no gender: not "Bonjour Karim Benali"
        return f"Bonjour {first}," if first else "Bonjour,"
    if lang == "en":
        if informal:
            return f"Hi {first}," if first else "Hi there,"
        if mirror and full:
            if "Prof." in name.titles and surname_ok:
                return f"Dear Professor {last},"
            if "Dr." in name.titles and surname_ok:
                return f"Dear Dr {last},"
            if gender and surname_ok:
                return f"Dear {'Ms' if gender == 'f' else 'Mr'} {last},"
            return f"Dear {first}," if first else f"Dear {full},"
        if lead == "dear" and first:
            return f"Dear {first},"  # "Dear Camille, we are organising…": answered in kind, never "Hello"
        return f"Hello {first}," if first else "Hello,"
    if lang == "de":
        if informal:
            return f"Hallo {first}," if first else "Hallo,"
        if lead == "hallo" and not mirror and not gender and first:
            return f"Hallo {first},"  # "Hallo, ich studiere … Dürfte ich Ihnen …": her own opening, her first name
        if lead in ("hallo", "hey", "hi", "moin", "servus") and first_name_used and not mirror and first and not name.titles:
            # "Hallo Camille :) … könnten wir uns empfehlen?", "Hi Camille, hätten Sie …": a casual hello to the owner's first
            # name is answered by first name, in kind, even when the note says Sie ("Hallo Claudia, … Ihnen"), never "Guten Tag Frau Meier"
            return f"{'Hallo' if lead in ('hallo', 'hey') else lead.capitalize()} {first},"
        if mirror or not first_name_used or (gender and surname_ok):
            # "Hallo Camille, … Gruß, Stefan Maier" answered with Sie: "Guten Tag Herr Maier", never "Hallo Stefan" with Sie
            if mirror and gender and surname_ok:
                title = f"{titles} " if titles else ""
                who_de = f"Frau {title}{last}" if gender == "f" else f"Herr {title}{last}"
                if opener in ("Hallo", "Guten Tag", "Grüezi", "Grüessech", "Grüß Gott"):  # "Hallo Frau Krüger", "Grüß Gott Frau Gruber": in kind
                    return f"{opener} {who_de},"
                if opener == "Liebe":  # "Liebe Frau Laurent": the warm-formal opening, in kind ("Lieber Herr Weber")
                    return f"{'Liebe' if gender == 'f' else 'Lieber'} {who_de},"
                return f"Sehr geehrte {who_de}," if gender == "f" else f"Sehr geehrter {who_de},"
            if gender and surname_ok:
                return f"Guten Tag {'Frau' if gender == 'f' else 'Herr'} {f'{titles} ' if titles else ''}{last},"
            named = " ".join(p for p in (titles, full) if p)
            return f"Guten Tag {named}," if named and full else "Guten Tag,"
        return f"Hallo {first}," if first else "Guten Tag,"
    if lang == "es":
        if informal:
            if lead in ("estimada", "estimado") and gender and first:
                return f"{'Estimada' if gender == 'f' else 'Estimado'} {first}:"  # "Estimada Camille, … contigo": in kind
            return f"¡Hola, {first}!" if first else "¡Hola!"
        lead_es = gender or (name_gender(first, "es") or name_gender(first.split()[0], "es") if first else "")  # "María José": María's
        if lead in ("estimada", "estimado") and first_name_used and first and lead_es and not name.titles and not title_used:
            return f"{'Estimada' if lead_es == 'f' else 'Estimado'} {first}:"  # "Estimada Camille, … Mercedes": "Estimada Mercedes:"
        if mirror and full:
            if gender:
                courtesy = next((t for t in name.titles if t in ("Dr.", "Dra.")), "Sra." if gender == "f" else "Sr.")
                if courtesy == "Dr." and gender == "f":
                    courtesy = "Dra."
                if courtesy in ("Sra.", "Sr.") and any(t in name.titles for t in ("Prof.", "Profa.")):
                    courtesy = "profesora" if gender == "f" else "profesor"  # "Estimada profesora Gómez:"
                return f"{'Estimada' if gender == 'f' else 'Estimado'} {courtesy} {who}:"
            return f"Buenos días, {first}:" if first else f"Buenos días, {full}:"
        return f"Hola, {first}:" if first else "Hola:"
    if lang == "it":
        if lead == "gentile" and first and (not (mirror and not informal) or first_name_used and not name.titles and not title_used):
            # "Gentile Camille, … Potrei farle …": the owner's first name was used, so the sender's is ("Gentile Federica")
            return f"Gentile {first},"  # "Gentile Camille, … vorremmo invitarti": "Gentile Alessia", never "Gentile signora Fontana" with tu
        if informal:
            return f"Ciao {first}," if first else "Ciao,"
        if mirror and full:
            title = next((t for t in name.titles if t in ("Prof.", "Prof.ssa", "Profa.", "Dott.", "Dott.ssa", "Dr.", "Dra.", "Ing.", "Avv.", "Arch.")), "")
            if not title and title_used and gender and surname_ok:
                # "Gentile Dott.ssa Laurent … Federico Conti": the courtesy title she was given is given back in kind, as an
                # Italian letter does ("Gentile Dott. Conti", "Gentile Dott.ssa Ricci"), never "signor" (rounds 9 to 48)
                return f"Gentile {'Dott.ssa' if gender == 'f' else 'Dott.'} {last},"
            if title and surname_ok:
                # "Gentile Professoressa Sartori", "Gentile Professor Neri": a professor's title spelled out ("Gentile dott.ssa Bianchi")
                if title in ("Prof.", "Prof.ssa", "Profa."):
                    return f"Gentile {'Professoressa' if title != 'Prof.' or gender == 'f' else 'Professor'} {last},"
                if title == "Dra." or (title == "Dr." and gender == "f"):
                    title = "Dott.ssa"
                return f"Gentile {title.lower()} {last},"
            if gender and surname_ok:
                return f"Gentile {'signora' if gender == 'f' else 'signor'} {last},"
            return f"Gentile {first}," if first else f"Gentile {full},"
        return f"Buongiorno {first}," if first else "Buongiorno,"
    if lang == "pt":
        brazil = variant == "pt-BR"
        lead_g = gender or name_gender(first, "pt") or name_gender(first.split()[0] if first else "", "pt")  # "Ana Rita": Ana's
        if lead in ("cara", "caro") and first and lead_g and not mirror:
            return f"{'Cara' if lead_g == 'f' else 'Caro'} {first},"  # "Cara Camille, … gostaríamos de a convidar": "Cara Rita"
        if lead in ("prezada", "prezado") and first and lead_g and not name.titles and not title_used:
            # "Prezada Camille, … Att, Carolina": the first name in kind ("Prezada Carolina"), never "Prezada Sra. Azevedo"
            return f"{'Prezada' if lead_g == 'f' else 'Prezado'} {first}," if brazil else f"{'Cara' if lead_g == 'f' else 'Caro'} {first},"
        if informal:
            return (f"Oi, {first}!" if first else "Oi!") if brazil else (f"Olá, {first}!" if first else "Olá!")
        if mirror and full:
            if gender:
                courtesy = next((t for t in name.titles if t in ("Dr.", "Dra.", "Prof.", "Profa.")), "Sra." if gender == "f" else "Sr.")
                if courtesy == "Dr." and gender == "f":
                    courtesy = "Dra."
                if not brazil and lead in ("exmo", "exma"):
                    # "Exma. Sra. Dra. Camille Laurent" is answered in kind, with the whole name ("Exma. Sra. Lopes" is not
                    # Portuguese) and the doctor's title only when the sender holds it ("Exma. Sra. Dra. Catarina Lopes"); the
                    # "Dra." they gave her is their courtesy, never a title assumed for them
                    sr = "Sra." if gender == "f" else "Sr."
                    doctor = courtesy in ("Dr.", "Dra.", "Prof.", "Profa.")
                    dr = ("Dra." if gender == "f" else "Dr.") if courtesy in ("Dr.", "Dra.", "Sra.", "Sr.") else courtesy
                    named = f"{first} {last}" if first and last else full
                    return f"{'Exma.' if gender == 'f' else 'Exmo.'} {sr} {dr + ' ' if doctor else ''}{named},"
                # "Prezada Sra. Laurent" is answered in kind in Portugal too ("Prezada Sra. Sousa", never "Cara Sra. Sousa")
                prezada = brazil or lead.startswith("prezad")
                opener = ("Prezada" if gender == "f" else "Prezado") if prezada else ("Cara" if gender == "f" else "Caro")
                if courtesy in ("Prof.", "Profa."):
                    # "Cara Professora Helena Sousa": the title spelled out, before the whole name
                    named = f"{first} {last}" if first and last else full
                    return f"{opener} {'Professora' if gender == 'f' else 'Professor'} {named},"
                return f"{opener} {courtesy} {who},"
            return f"Bom dia, {first}," if first else f"Bom dia, {full},"
        return f"Olá, {first}," if first else "Olá,"
    if lang == "nl":
        if informal:
            if lead in ("beste", "dag", "goeiedag", "goedendag") and first:
                # "Beste Camille, … heb je …": answered in kind, not "Hoi"
                return f"{'Beste' if lead == 'beste' else 'Dag'} {first},"
            if lead.startswith(("goede", "goeie")) and first:
                return f"Beste {first},"  # "Goedemiddag Camille, … Vriendelijke groet": a polite note, never "Hoi Daan"
            if lead == "hallo" and first:
                return f"Hallo {first},"  # "Hallo Camille, als marketingdirecteur …": answered in kind; "Hoi" is for a "Hoi"
            return f"Hoi {first}," if first else "Hoi,"
        if mirror and full:
            # A surname's particle is capitalised when no first name comes before it: "heer De Vries".
            cap = last[:1].upper() + last[1:] if last else ""
            if "Prof." in name.titles and surname_ok:
                return f"Geachte professor {cap},"
            if "Dr." in name.titles and surname_ok:
                return f"Geachte dr. {cap},"
            opener = "Beste" if soft else "Geachte"  # "Beste mevrouw Laurent" is answered in kind
            if gender and surname_ok:
                return f"{opener} {'mevrouw' if gender == 'f' else 'heer'} {cap},"
            if first and last:
                return f"Beste {first} {last},"  # u without a known gender: "Beste Youssef El Amrani", never "Beste Youssef" with u
            return f"Beste {first}," if first else f"{opener} {full},"
        return f"Beste {first}," if first else "Goedendag,"
    return f"Hello {first}," if first else "Hello,"



#: Particles inside a Spanish compound surname (folded): "Sáenz de Ugarte", "García de la Fuente".
_SURNAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "i"}

#: Spanish compound first names (folded): "María José García" is Sra. García.
_COMPOUND_FIRST = {"maria jose", "juan carlos", "jose luis", "miguel angel", "jose maria", "juan jose", "maria jesus", "ana maria",
                   "luis miguel", "jose antonio", "juan antonio", "francisco javier", "maria carmen", "maria luisa", "jose manuel",
                   "juan manuel", "maria teresa", "maria isabel", "maria pilar", "maria angeles", "juan pablo", "jose carlos",
                   # Portuguese, Italian and French compound first names (used whole in a greeting)
                   "ana rita", "ana sofia", "ana luisa", "ana paula", "ana clara", "ana beatriz", "ana catarina", "ana margarida",
                   "maria joao", "maria eduarda", "maria clara", "maria ines", "maria fernanda", "joao pedro", "joao paulo",
                   "joao vitor", "joao miguel", "pedro henrique", "luiz felipe", "luis felipe", "jose pedro", "ana lucia",
                   "anna maria", "maria grazia", "maria chiara", "maria vittoria", "maria rosaria", "pier paolo", "gian marco",
                   "gian luca", "anna lisa", "maria cristina", "jean pierre", "jean marc", "jean luc", "jean paul",
                   "jean baptiste", "jean francois", "marie claire", "marie laure", "marie christine", "marie france", "anne marie",
                   "anne sophie", "pierre yves", "marie helene", "marie anne", "ana isabel", "ana belen", "maria elena"}
#: Given names that, second in a Spanish name, are a second given name rather than a surname (folded):
#: "Andrés Felipe Rojas", "Juan Sebastián Díaz", "Luisa Fernanda Gómez" → Sr. Rojas, Sr. Díaz, Sra. Gómez.
_SECOND_GIVEN = {"felipe", "andres", "sebastian", "camilo", "esteban", "david", "alejandro", "alejandra", "fernanda",
                 "camila", "eduardo", "ignacio", "alberto", "enrique", "ricardo", "mauricio", "fernando", "valentina",
                 "carolina", "patricia", "gabriela", "daniela", "andrea", "paola", "isabel", "victoria", "lucia", "sofia",
                 "antonio", "manuel", "jose", "maria", "luis", "carlos", "javier", "pablo", "jesus", "angel", "ines",
                 # Marian and devotional second names of Spanish women ("María Dolores", "Ana Belén", "Rosa Mercedes"),
                 # and the common second given names of men ("José Ramón", "Juan Ignacio"): never a surname
                 "dolores", "pilar", "carmen", "mercedes", "rosario", "soledad", "concepcion", "asuncion", "angeles", "montserrat",
                 "belen", "elena", "eugenia", "luisa", "teresa", "josefa", "amparo", "remedios", "consuelo", "milagros",
                 "inmaculada", "encarnacion", "esperanza", "nieves", "rocio", "lourdes", "beatriz", "cristina",
                 "ramon", "francisco", "miguel", "pedro", "joaquin", "agustin"}


# -- which template: the intent, unless the note plainly says something else ---------------------

#: The wish to connect on LinkedIn itself (folded): "graag zou ik met u connecten", "über eine Vernetzung freuen", "conectar".
_CONNECT_WISH = r"\b(?:connect\w*|vernetz\w*|conect\w*|collegar\w*|colleghiamoci|connetter\w*)\b"

#: The sender interested in HER work (folded): "je m'intéresse à vos travaux sur le content B2B", "interested in your work on
#: SEO", "me interesa tu trabajo", "mi interessa il tuo lavoro", "interesso-me pelo seu trabalho", "ich interessiere mich für
#: Ihre Arbeit", "ik ben geïnteresseerd in uw werk": a peer's or a prospect's interest, no job offered.
_HER_WORK_INTEREST = (r"\b(?:(?:je )?m'interesse (?:beaucoup )?(?:a|aux) (?:vos|tes|votre|ton) (?:travaux|travail|contenus?|publications|approche|expertise)"
                      r"|interesse(?:e|s|es)? (?:par|pour) (?:vos|tes|votre|ton) (?:travaux|travail|contenus?|publications|approche|expertise)"
                      r"|interested in your (?:work|content|posts|approach|expertise)"
                      r"|(?:me interesa(?:n)?|interesad[oa]s? en) (?:mucho )?(?:tu|su|tus|sus) (?:trabajos?|contenidos?|publicaciones|enfoque)"
                      r"|(?:mi interessa(?:no)?|interessat[oaie] (?:a|al|ai)) (?:molto )?(?:il )?(?:tuo|suo|tuoi|suoi)? ?(?:lavor[oi]|contenuti|approccio)"
                      r"|(?:interesso-me|tenho interesse|interessad[oa]s?) (?:muito )?(?:pelo|pelos|no|nos|em) (?:seu|teu|seus|teus) (?:trabalhos?|conteudos?|abordagem)"
                      r"|interessiere mich (?:sehr )?fur (?:ihre|deine) (?:arbeit|inhalte|beitrage|ansatz)|interessiert an (?:ihrer|deiner) arbeit"
                      r"|(?:interesse|geinteresseerd) in (?:je|jouw|uw) (?:werk|content|aanpak|posts))\b")

#: "Let's talk!" as the whole wish (folded): "échangeons !", "let's talk/chat!", "¡hablemos!", "parliamone!", "falemos!",
#: "lass uns austauschen!", "laten we sparren!".
_LETS_EXCHANGE = (r"\b(?:echangeons|discutons|let'?s (?:talk|chat|exchange ideas|connect and talk)|hablemos|charlemos|conversemos|parliamone|parliamo|confrontiamoci"
                  r"|falemos|conversemos|vamos conversar|lass(?:t)? uns (?:uns )?(?:austauschen|sprechen|reden)|laten we (?:sparren|praten|van gedachten wisselen))\b")

_HELP_ASKS = ("question", "questions", "advice", "resource", "recommend", "intro", "feedback")


#: A job seeker asking whether weak French holds them back (folded): "is that a big problem?", "c'est bloquant ?", "¿es un
#: problema?", "ist das ein Hindernis?", "is dat een probleem?": the question the honest answer is for. "I speak basic French :)"
#: said in passing by an intern asking for a placement asks nothing about it.
_FRENCH_WORRY = (r"\b(?:problem\w*|probleme\w*|probleem|issue|obstacle|handicap|matter|matters|big deal|deal-?breaker|bloquant|frein"
                 r"|genant|grave|ostacolo|hindernis|schlimm|bezwaar|belemmering|nodig|necessary|need|needed|required|obligatoire"
                 r"|indispensable|necessaire|imprescindible|necesario|necessario|notwendig|noodzakelijk|essential|essentiel|hold (?:me|you|us) back"
                 r"|holds? back|handicap\w*|penalis\w*|penaliz\w*|limit\w*|chances?)\b")

#: Courses asked for (folded): "welke cursussen", "which courses", "quelles formations", "welche Kurse", "qué cursos",
#: "quali corsi", "quais cursos": a laid-off sender's course question, answered as a job seeker's (the layoff acknowledged).
_COURSES_ASKED = r"\b(?:courses?|cours|formations?|cursos?|cors[oi]|kurse?|cursus(?:sen)?|opleiding(?:en)?|weiterbildung(?:en)?)\b"

def _supports(intent: str, f: Facts) -> bool:
    """Does the note give what a reply of this intent talks about?"""
    return {
        "met_before": bool(f.event or f.org or f.when),
        "content": bool(f.work),
        "referral": bool(f.referrer),
        "ask_for_help": f.ask in _HELP_ASKS or f.ask in ("call", "meet") or (bool(f.topic) and not f.work),
        # "ik ben sinds kort werkloos … welke cursussen?": a layoff told is a job search, answered with the layoff acknowledged
        "job_seeking": bool(f.role) or f.ask in ("interns", "services") or f.laid_off,
        "recruiting": bool(f.job_title or f.company or f.salary or f.hiring or f.recruiter),
        "business_proposal": bool(f.proposal or f.offers),
        "sales_pitch": f.pitch or f.offers,
    }.get(intent, True)


def _own_question(intent: str, f: Facts) -> bool:
    """Is the note's question the judged pitch's or proposal's own, not a plea for help? "May I send you our
    catalogue?", "Posso te mandar uma cotação?" offer something (a pitch); "Potrebbe inviarci una proposta?",
    "Wäre das etwas für Sie?" ask her to take work on (a proposal). A sender who tells of their own situation
    ("je viens de lancer ma boutique… des conseils ?") is still helped."""
    if f.ask != "question" or f.career or f.laid_off or f.candidate or f.request in ("interview", "comment"):
        return False  # a journalist's interview keeps its own reply ("gern für das Interview"), never "sounds interesting"
    if intent == "sales_pitch":
        return f.qkind == "send" and not f.situation
    if cre.search(_YOUR_COURSE, fold(f.question)) and not f.team and not cre.search(_INHOUSE, fold(f.question)):
        return False  # "A sua formação também está disponível online?": a learner asking about her course proposes nothing
    if f.qkind in ("choice", "budget", "experience", "visit") or (f.situation and cre.search(_OPEN_Q, fold(f.question))):
        return False  # "ik ben net begonnen … waar moet ik beginnen: SEO of social?": a founder's plea for advice, answered as such
    return intent == "business_proposal"


#: A question that only reminds of a meeting (folded): "…, lembra?", "tu te souviens ?", "remember?".
_REMEMBER_Q = (r"(?:\b(?:remember|lembra|lembras|te lembras|se lembra|tu te souviens|vous vous souvenez|tu te rappelles|vous vous rappelez|te acuerdas|se acuerda|recuerdas"
               r"|ti ricordi|si ricorda|te lo ricordi|weisst du noch|wissen sie noch|erinnerst du dich|erinnern sie sich|weet je nog|weet u nog|herinner je je dat)(?: me| mich| mij)?\W*$)")
#: Peers comparing notes (folded), never a seller's offer.
#: A call or a meeting asked for in words, not a length (folded): "a short call", "un appel", "een afspraak", "Poderíamos conversar?".
_CALL_ASKED = (r"\b(?:call|phone|zoom|teams|appel|coup de fil|telephon\w*|telefon\w*|visio\w*|videocall|videollamada|videochiamata|videochamada|videogesprek|anruf"
               r"|llamada|llamarte|llamarle|chiamata|sentirci|ligacao|chamada|bellen|belletje|afspraak|meeting|rendez-vous|rdv|reunion|reuniao|riunione"
               r"|termin vereinbaren|gesprek\w*|gesprach|conversar|conversa|charlar|hablarlo|en parler|en discuter|en echanger|parlarne|falarmos|bespreken)\b")
#: Her piece named just before a topic (folded): "ton post sur …", "your article about …", "Ihren Beitrag über …".
_PIECE_BEFORE = (r"\b(?:post|posts|article|articles|artikel|articolo|artigo|articulo|beitrag|bericht|newsletter|video|videos|podcast|commentaire|comment|kommentar"
                 r"|commento|comentario|reactie|blog|thread|carrousel|carousel|carrossel|carosello)\b[^.!?]{0,12}$")
_SWAP_NOTES = (r"\b(?:swap(?:ping)? (?:notes|ideas|tips|experiences?|stories)|compare notes|exchange (?:notes|ideas|tips|experiences?)"
               r"|echanger (?:nos|des|sur nos) (?:retours|experiences|idees|pratiques|astuces|methodes)|retours? d'experience|erfahrungen austauschen|(?:uns|mich) (?:\w+ )?austauschen"
               r"|intercambiar (?:experiencias|ideas|notas|impresiones|opiniones)|scambiar(?:e|ci) (?:esperienze|idee|opinioni|consigli)|trocar (?:experiencias|ideias|figurinhas|impressoes)"
               r"|ervaringen (?:uit te )?(?:wisselen|uitwisselen|delen)|kennis (?:uit te )?(?:wisselen|delen)|sparren)\b")

#: A wish to go on learning, from her or from her posts (folded): "me gustaría seguir aprendiendo de ti", "vorrei imparare di
#: più", "continuar a aprender", "keep learning from you", "continuer à apprendre", "weiter von dir lernen", "meer van je leren".
_KEEP_LEARNING = (r"\b(?:(?:seguir|continuar) aprendiendo|aprender (?:mas|un poco mas)|(?:continuare a |continuare ad )?imparare (?:di piu|ancora|sempre di piu)"
                  r"|continuare a imparare|continuar (?:a )?aprend(?:er|endo)|aprender (?:ainda )?mais|keep (?:on )?learning|learn(?:ing)? (?:more|even more) from you"
                  r"|continuer a apprendre|(?:en )?apprendre (?:davantage|encore|plus)|weiter (?:\w+ ){0,2}lernen|mehr (?:\w+ ){0,2}lernen|(?:blijven|verder) leren|meer (?:\w+ ){0,2}leren)\b")
#: The sender only says they are a freelancer ("soy freelance", "sono freelance", "sou freelancer", "ik ben freelancer"),
#: with no help offered (folded).
_FREELANCE_SELF_ONLY = r"\b(?:soy|sono|sou|ik ben) (?:un |una |um |uma |een )?(?:freelance|freelancer)\w*\b"


#: The owner's teaching taken by the sender: a training, a course, a masterclass ("formación", "Schulung", "corso"…).
_TAUGHT_RX = (r"\b(?:formations?|trainings?|course|cours|schulung\w*|kurse?s?|weiterbildung|curso|corso|cursus|formazione|formacao"
              r"|formacion|opleiding|masterclass|workshop|atelier|taller|treinamentos?|capacitac(?:ao|ion)|fortbildung\w*|bootcamp|bijscholing)\b")
#: Where it was given or taken: in the sender's company or team, or on a course platform.
_TAUGHT_WHERE = (r"\b(?:udemy|coursera|openclassrooms|skillshare|linkedin learning|domestika|teachable|hotmart"
                 r"|(?:our|my) (?:team|company|office|staff)|(?:chez|pour) nous|(?:notre|mon) (?:equipe|entreprise|societe|boite)"
                 r"|(?:bei|fur) uns|(?:unser\w*|mein\w*) (?:team|firma|unternehmen|betrieb)|(?:nuestr[ao]|mi) (?:empresa|equipo|oficina)"
                 r"|(?:nostr[ao]|mi[ao]) (?:azienda|team|ufficio|squadra)|(?:nossa|minha) (?:empresa|equipa|equipe)|(?:bij ons|ons bedrijf|ons team|mijn team))\b")
#: A course platform: a course named with it is the platform's unless the note calls it hers (:data:`_YOUR_COURSE`).
_PLATFORM = r"\b(?:udemy|coursera|openclassrooms|skillshare|linkedin learning|domestika|teachable|hotmart|edx|futurelearn)\b"
#: The owner's course, said so: "your masterclass on Udemy", "ta formation", "dein Kurs", "tu curso", "il tuo corso",
#: "o seu curso", "jouw cursus", or "the course you gave".
_YOUR_COURSE = (r"\b(?:(?:your|ta|ton|votre|vos|tes|dein\w*|tus|tuo|tua|tuoi|seu|teu|jouw|uw)\s+(?:[\w-]+\s+){0,3}?|(?:tu|su|sus|je|ihr\w*|sua|suo)\s+)"
                r"(?:formations?|trainings?|courses?|cours|schulung\w*|kurs\w*|weiterbildung|cursos?|corsi|corso|cursus|formazione|formacao|formacion"
                r"|opleiding|masterclass|workshops?|ateliers?|taller|treinamentos?|bootcamp)\b"
                r"|\b(?:you|tu|vous|sie|du) (?:gave|ran|led|delivered|taught|held|created|made|donnes?|animes?|as (?:donne|anime|cree)|avez (?:donne|anime|cree)"
                r"|hast|haben|gibst|impartes|imparte|impartiste|tieni|hai tenuto|da[s]?|deu|ministra|geeft|gaf)\b")
#: Given by the owner or taken by the sender: "que impartiste", "die Sie gegeben haben", "hice tu curso", "I took your".
_TAUGHT_DONE = (r"\b(?:(?:you|tu|vous) (?:gave|ran|led|delivered|taught|held|did)|(?:que )?(?:vous avez|tu as) (?:animee?|donnee?|faite?|assuree?)"
                r"|(?:gehalten|gegeben|durchgefuhrt|geleitet)|(?:impartiste|impartio|diste|dio|hiciste|has dado|has impartido)"
                r"|(?:hai|ha) (?:tenuto|fatto|condotto)|(?:deu|deste|ministrou|ministrou|fez)|(?:gaf|gegeven|verzorgd|verzorgde)"
                r"|i (?:took|did|followed|completed|attended|loved|enjoyed)|j'ai (?:suivi|fait|termine|adore)|ich (?:hab|habe) (?:[\w-]+ ){1,5}(?:gemacht|belegt|besucht|abgeschlossen)"
                r"|hice|he hecho|termine|ho (?:seguito|fatto|frequentato|completato)|fiz|frequentei|conclui|ik heb (?:[\w-]+ ){1,5}(?:gevolgd|gedaan)"
                # "Participei da sua formação", "j'ai participé à", "ho partecipato al", "he participado en", "teilgenommen"
                r"|participei|participated|(?:j'ai|i) particip\w*|(?:ho|abbiamo) partecipato|(?:he|hemos) participado|particip[eo] en|teilgenommen|deelgenomen)\b")


#: Her feedback or advice that helped the sender (folded): "votre retour sur notre fiche produit m'a bien aidée", "your feedback
#: on our landing page really helped", "dein Feedback zu unserem Shop hat mir sehr geholfen", "tus consejos me ayudaron mucho",
#: "il tuo feedback mi è stato molto utile", "o seu feedback ajudou-me imenso", "je feedback heeft me enorm geholpen".
_FEEDBACK_HELPED = (r"\b(?:your|ton|ta|tes|votre|vos|dein\w*|ihr\w*|tu|tus|su|sus|il tuo|i tuoi|il suo|i suoi|seu|seus|sua|suas|teu|teus|tua|tuas|je|jouw|uw)\s+"
                    r"(?:feedback|retours?|avis|conseils?|remarques?|advice|tips?|input|rat|ratschlage?|tipps?|hinweise?|consejos?|comentarios?|consigli?"
                    r"|suggeriment[oi]|dicas?|conselhos?|advies|opmerkingen)\b[^.!?]{0,50}?"
                    r"\b(?:m'(?:a|ont) (?:\w+ )?(?:aidee?s?|ete (?:\w+ )?utiles?)|nous (?:a|ont) (?:\w+ )?aides?|helped|(?:hat|haben) (?:mir|uns) (?:\w+ )?geholfen"
                    r"|(?:me|nos) (?:ha|han) (?:\w+ )?(?:ayudado|servido)|(?:me|nos) (?:ayudo|ayudaron|sirvio|sirvieron)|(?:mi|ci) (?:ha|hanno) (?:\w+ )?aiutat\w"
                    r"|(?:mi|ci) (?:e|sono) stat[oi] (?:\w+ )?util[ei]|(?:me )?(?:ajudou|ajudaram)|(?:heeft|hebben) (?:me|mij|ons) (?:\w+ )?geholpen)")
#: A session taken long ago, as the note dates it (folded): "l'an dernier", "il y a deux ans", "last year", "a few months ago",
#: "letztes Jahr", "vor zwei Jahren", "el año pasado", "hace meses", "l'anno scorso", "due anni fa", "no ano passado", "vorig jaar".
_TAKEN_LONG_AGO = (r"\b(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee)|il y a (?:\w+ )?(?:ans?|mois)|last year|(?:\w+ )?(?:years?|months) ago"
                   r"|(?:letztes|letzten|vergangenes|vergangenen) jahr|vor (?:\w+ )?(?:jahren|jahr|monaten)|el ano pasado|hace (?:\w+ )?(?:anos?|meses)"
                   r"|l'anno scorso|(?:\w+ )?(?:anni|anno|mesi) fa|(?:no|o) ano passado|ha (?:\w+ )?(?:anos?|meses)|(?:\w+ )?(?:anos?|meses) atras"
                   r"|(?:vorig|vorige|afgelopen) jaar|(?:\w+ )?(?:jaar|maanden) geleden)\b")
#: A year said in the sentence of a course taken (folded): "Hice tu formación de Google Ads en Lyon en 2022", "fiz seu curso em
#: 2023", "I took your workshop back in 2021": a former trainee, the year is the clue.
_YEAR_IN_SENTENCE = r"(?<![\d/.-])(?P<y>20\d\d)(?![\d/]|[.-]\d)"


def _taken_in_past_year(note: str) -> bool:
    """Whether the note dates the course it tells of to a year before this one (a former trainee reconnecting or thanking).

    >>> _taken_in_past_year("Hice tu formación de Google Ads en 2022. Ahora llevo el marketing de una startup.")
    True
    >>> _taken_in_past_year("En 2022 j'ai lancé ma boîte. J'ai suivi ta formation.")
    False
    """
    folded, this_year = fold(note), date.today().year
    for start, end in _nf_sentences(folded):
        sentence = folded[start:end]
        if any(int(m.group("y")) < this_year for m in cre.finditer(_YEAR_IN_SENTENCE, sentence)) \
                and (cre.search(_TRAINING_WORD, sentence) or cre.search(_COURSE_WORD, sentence)):
            return True
    return False


#: Already putting it into practice (folded): "j'applique déjà", "I'm already using it", "ya lo estoy aplicando",
#: "lo sto già mettendo in pratica", "já estou aplicando", "setze es schon um", "pas het al toe".
_APPLIED_NOW = (r"\b(?:j'applique|je (?:les |l')?applique|(?:deja|already) (?:\w+ ){0,2}(?:mis|applique\w*|applying|using|use|put)|i(?:'m| am) (?:already |now )?(?:applying|using|putting)"
                r"|ya (?:lo |la |los |las )?(?:estoy|estamos|aplico|aplique|uso|puse|he aplicado)|(?:estoy|estamos) (?:aplicando|poniendo)"
                r"|(?:sto|stiamo) (?:gia )?(?:applicando|mettendo|usando)|gia (?:lo |la |li |le )?(?:applico|uso|sto)"
                r"|(?:ja )?(?:estou|estamos) (?:aplicando|a aplicar|colocando|a por|usando|a usar)|ja (?:apliquei|aplico|uso|coloquei)"
                r"|(?:setze|wende|setzen|wenden) (?:\w+ ){0,3}(?:schon|bereits) (?:\w+ ){0,2}(?:um|an)|(?:schon|bereits) (?:umgesetzt|angewendet)"
                r"|(?:pas|passen) (?:ik |we )?(?:\w+ ){0,2}(?:al|nu al) (?:\w+ ){0,2}toe|al toegepast"
                # still applying, or every day: "sigo aplicando lo que aprendí", "lo uso tutti i giorni", "I still use it daily"
                r"|(?:still|keep) (?:applying|using|putting)|(?:use|using|apply|applying) (?:\w+ ){0,3}(?:every ?day|daily)"
                r"|(?:utilise|applique)\w* (?:\w+ ){0,3}(?:tous les jours|au quotidien|chaque jour)|continue a (?:appliquer|utiliser)"
                r"|sigo (?:aplicando|usando|poniendo)|(?:uso|aplico|usamos|aplicamos) (?:\w+ ){0,3}(?:todos los dias|a diario|cada dia)"
                r"|continuo (?:ad |a )?(?:applicare|usare|utilizzare|aplicando|usando|aplicar|usar)"
                r"|(?:uso|applico|utilizzo) (?:\w+ ){0,3}(?:tutti i giorni|ogni giorno|quotidianamente)"
                r"|(?:uso|aplico|utilizo) (?:\w+ ){0,3}(?:todos os dias|diariamente|todo dia|no dia a dia)"
                r"|(?:nutze|verwende|benutze|wende|setze) (?:\w+ ){0,3}(?:jeden tag|taglich|immer noch|noch immer)"
                # done already: "já implementei o tracking", "ho già messo in pratica", "I've already set it up", "ya he implementado"
                r"|(?:deja|already|ya|ja|gia) (?:\w+ ){0,2}(?:implement\w*|mis en place|mis en pratique|set (?:it )?up|puesto en practica|messo|pus|coloquei)"
                r"|(?:to|tou|estou|estamos) (?:ja )?(?:aplicando|usando|implementando)|(?:schon|bereits) (?:\w+ ){0,3}(?:eingerichtet|implementiert|eingebaut)"
                r"|\bal (?:\w+ ){0,3}(?:geimplementeerd|ingesteld|ingevoerd)"
                r"|(?:gebruik|pas) (?:\w+ ){0,3}(?:elke dag|dagelijks|nog steeds|nog altijd))\b")
#: What finally clicked for the sender (folded; group ``t`` from an article): "j'ai enfin compris les enchères", "I finally
#: understand bidding", "por fin entendí las pujas", "ho finalmente capito le aste", "finalmente entendi os lances".
_CLICKED = (r"\b(?:j'ai (?:enfin |finalement |enfin bien )?compris|je comprends enfin) (?P<t>(?:les|le|la|l') ?[\w' -]{2,30}?)(?=\s*[.!?,;:\n(]|\s+(?:grace|merci)\b|\s*$|\s+\W)"
            r"|\bi (?:finally|now) (?:understand|get|understood|got) (?P<e>(?!it\b|this\b|that\b|everything\b)[\w' -]{2,30}?)(?=\s*[.!?,;:\n(]|\s+(?:thanks|thank)\b|\s*$|\s+\W)"
            r"|\b(?:por fin|al fin|finalmente) (?:entendi|entiendo|comprendi) (?P<s>(?:los|las|el|la) [\w' -]{2,30}?)(?=\s*[.!?,;:\n(]|\s*$|\s+\W)"
            r"|\bho (?:finalmente |davvero )?capito (?P<i>(?:le|la|il|lo|i|gli|l') ?[\w' -]{2,30}?)(?=\s*[.!?,;:\n(]|\s*$|\s+\W)"
            r"|\b(?:finalmente|agora) (?:entendi|percebi|compreendi) (?P<p>(?:os|as|o|a) [\w' -]{2,30}?)(?=\s*[.!?,;:\n(]|\s*$|\s+\W)")
#: (informal, formal) per language: glad {X} finally makes sense ({v}: the verb's number in French)
_CLICKED_LINE = {
    "fr": ("Trop bien que {t} {v} enfin du sens pour toi, c'est tout l'objectif ! N'hésite pas à me dire comment ça se passe.",
           "Je suis ravie que {t} {v} enfin du sens pour vous : c'est tout l'objectif. N'hésitez pas à me dire comment cela se passe."),
    "en": ("So glad {t} finally clicked, that's exactly the point! Let me know how it goes.",
           "I'm so glad {t} finally clicked: that's exactly the point. Do let me know how it goes."),
    "es": ("¡Me alegra mucho que por fin tengas claro lo de {t}! Ya me contarás qué tal te va.",
           "Me alegra mucho que por fin tenga claro lo de {t}. Ya me contará qué tal le va."),
    "it": ("Che bello che tu abbia finalmente capito {t}: fammi sapere come va!",
           "Mi fa molto piacere che abbia finalmente capito {t}: mi faccia sapere come va!"),
    "pt": ("Ótimo saber que agora ficou tudo mais claro sobre {t}! Depois conta-me como está a correr.",
           "Ótimo saber que agora ficou tudo mais claro sobre {t}! Depois conte-me como está a correr."),
    "pt-BR": ("Ótimo saber que agora ficou tudo mais claro sobre {t}! Depois me conta como está indo.",
              "Ótimo saber que agora ficou tudo mais claro sobre {t}! Depois me conte como está indo."),
}


def clicked_line(note: str, lang: str, *, informal: bool) -> str:
    """Her reaction to what finally clicked for the sender in her training, named as they wrote it, or "".

    >>> clicked_line("Super ta formation, j'ai enfin compris les enchères 😅 Merci !", "fr", informal=True)[:48]
    'Trop bien que les enchères aient enfin du sens p'
    """
    row = _CLICKED_LINE.get(lang) or _CLICKED_LINE.get(lang[:2])
    folded = fold(note)
    m = cre.search(_CLICKED, folded) if row and len(folded) == len(note) else None
    if not m or not row:
        return ""
    key = next(k for k in ("t", "e", "s", "i", "p") if m.group(k))
    if {"t": "fr", "e": "en", "s": "es", "i": "it", "p": "pt"}[key] != lang[:2]:
        return ""
    a, b = m.span(key)
    t = note[a:b].strip()
    if not t or len(t.split()) > 5:
        return ""
    return row[0 if informal else 1].format(t=t, v="aient" if fold(t).startswith("les ") else "ait")


#: The subject of a training she gave, named next to it (folded): "ta formation Google Ads", "formação em Google Ads",
#: "your Google Ads training", "corso di SEO", "Schulung zu Meta Ads", "training over GA4" (group ``s`` or ``p``).
_TRAINED_SUBJECT = r"(?:google ads|meta ads|facebook ads|instagram ads|linkedin ads|tiktok ads|social ads|google analytics(?: 4)?|ga4|seo local|local seo|seo|sea|content marketing)"
_TRAINED_ON = (r"\b(?:formations?|trainings?|course|cours|curso|corso|formacao|formacion|formazione|treinamento|schulung|kurs|opleiding|cursus|masterclass)"
              r"\s+(?:(?:en|em|de|di|sur|on|in|zu|zum|sobre|su|over|about|do|da|del|d')\s+)?(?:(?:le|la|el|il|o|a|l'|the|das|het)\s+)?(?P<s>" + _TRAINED_SUBJECT + r")\b"
              r"|\b(?:your|my) (?P<p>" + _TRAINED_SUBJECT + r") (?:training|course|masterclass)\b")
#: (preposition before the subject) per language: "on Google Ads", "sobre Google Ads"; French names it bare ("ma formation Google Ads")
_TRAINED_ON_PREP = {"fr": "", "en": "on", "es": "sobre", "it": "su", "pt": "sobre", "pt-BR": "sobre", "de": "zu", "nl": "over"}


def course_subject(note: str, lang: str) -> str:
    """The subject of the owner's training the note names, with its preposition ("sobre Google Ads"), or "".

    >>> course_subject("Participei da sua formação em Google Ads na CCI Lyon", "pt-BR")
    'sobre Google Ads'
    >>> course_subject("Loved your GA4 course!", "en")
    'on GA4'
    """
    m = cre.search(_TRAINED_ON, fold(note))
    if not m:
        return ""
    a, b = m.span("s") if m.group("s") else m.span("p")
    prep = _TRAINED_ON_PREP.get(lang, _TRAINED_ON_PREP.get(lang[:2]))
    if prep is None or len(fold(note)) != len(note):
        return ""
    return f"{prep} {note[a:b]}".strip()  # fr "ma formation Google Ads", never "ma formation sur Google Ads" after "message sur"


#: A training asked for again or for more people ("another session", "pour d'autres équipes", "noch einmal") (folded).
_TRAINING_AGAIN = (r"\b(?:another|again|second|next|une autre|a nouveau|encore une|deuxieme|otra|de nuevo|segunda|un'altra|di nuovo|seconda"
                   r"|outra|de novo|noch (?:eine|einmal|mal)|weitere\w*|zweite\w*|nog een|opnieuw|tweede)\s+(?:\w+\s+)?(?:session|training|formation|sesion|sessione|sessao|schulung|workshop|atelier|taller|formazione|formacao|treinamento)\b")


#: One of her talks or webinars, whose recording or slides are asked for (folded).
_HER_TALK = (r"\b(?:webinars?|webinaires?|webinarios?|webinari|talks?|keynotes?|presentations?|prasentation\w*|presentacion\w*|apresentac\w*"
             r"|presentatie\w*|vortrag\w*|conferences?|conferencias?|conferenza|lezing\w*|charlas?|palestras?|intervento|lives?|livestream\w*)\b")

#: Her talk or webinar MISSED, said so (folded): "I missed your webinar", "Ihr Webinar zu SEO verpasst", "j'ai raté ton live",
#: "me perdí tu charla", "ho perso il tuo webinar", "perdi a sua palestra", "je webinar gemist".
_MISSED_VERB = r"(?:missed|miss|verpasst|verpassen|ai rate|ai manque|perdi|perdido|perso|gemist|misgelopen)"
_MISSED_TALK = (rf"\b{_MISSED_VERB}\b(?:\s+[\w'-]+){{0,3}}?\s+{_HER_TALK}|{_HER_TALK}(?:\s+[\w'-]+){{0,4}}?\s+{_MISSED_VERB}\b")


def _material_asked(facts: Facts, name: str) -> str:
    """Her material (slides, a recording) asked for: sent here, never a client lead; returns the intent to draft."""
    facts.client, facts.service, facts.team = False, "", False
    if facts.ask in ("question", "call", ""):
        facts.ask = "question"
    if name in ("ask_for_help", "client", "business_proposal", "sales_pitch", "benefit", "referral", "job_seeking"):
        return "content"
    return name


def _asks_if_offered(folded: str) -> bool:
    """Does a question of the (folded) note ask whether she has a course or a workshop ("¿tiene algún curso online?")?"""
    return any(cre.search(_HAS_TRAINING, q) for q in cre.question_sentences(folded))


def _owner_course(note: str, facts: Facts) -> bool:
    """Does the note thank the owner for a training or a course she gave (in the sender's company, on Udemy…)?"""
    folded = fold(note)
    m = cre.search(_TAUGHT_RX, folded)
    if not m or facts.work not in ("training", "workshop", "talk", ""):
        return False
    if cre.search(_PLATFORM, folded) and not cre.search(_YOUR_COURSE, folded):
        return False  # "je suis une formation OpenClassrooms", "estoy haciendo un curso en Coursera": the platform's course, not hers
    if not cre.search(_TAUGHT_DONE, folded) and _asks_if_offered(folded):
        return False  # "¿tiene algún curso online? … para mi equipo. Gracias": whether she has one is asked, nobody took it
    if facts.work == "training":
        return bool(cre.search(_TAUGHT_WHERE, folded) or cre.search(_TAUGHT_DONE, folded) or cre.search(_THANKS_FOR, folded))
    return bool(cre.search(_TAUGHT_WHERE, folded)) and bool(cre.search(_TAUGHT_DONE, folded) or cre.search(_THANKS_FOR, folded))


#: A hand offered for some day ("si un jour vous avez besoin", "if you ever need", "mocht je ooit … nodig hebben").
_PEER_SOMEDAY = (r"\b(?:si un jour|si jamais|le jour ou|if you ever|should you ever|if ever you|whenever you need|if at some point"
                 r"|falls (?:du|sie) (?:mal|einmal|jemals|irgendwann)|wenn (?:du|sie) (?:mal|einmal|irgendwann)|sollten sie (?:mal|einmal)"
                 r"|si algun dia|si alguna vez|si en algun momento|si algun momento|se mai|se un giorno|se (?:ti|le) dovesse servire|se dovessi aver bisogno"
                 r"|se algum dia|se alguma vez|se um dia|caso (?:um dia|algum dia)|mocht (?:je|jij|u) ooit|als (?:je|jij|u) ooit|mocht (?:je|u) \w+ nodig)\b")
#: A freelancer's own words for their trade ("graphiste freelance", "freiberufliche Webentwicklerin", "zzp'er").
_FREELANCER = (r"\b(?:freelanc\w*|free-lance|independant\w*|auto-?entrepreneu\w*|freiberufl\w*|selbststandig\w*|selbstandig\w*"
               r"|autonom[oa]s?|independiente|indipendente|libero professionista|zzp\w*|zelfstandig\w*)\b")
#: A length only, read as a job title (folded): "trois mois", "6 months", "tres meses", "drei Monate".
_SPAN_ONLY = (r"(?:\d+|\w+)\s+(?:mois|months?|semaines?|weeks?|meses|mesi|monate?n?|maanden|semanas|settimane|wochen|weken|jours|days|dias|giorni|tage|dagen)")
#: A company seeking freelancers (folded): "notre agence cherche des freelances", "looking for freelancers", "buscamos autónomos",
#: "cerchiamo freelance", "wir suchen Freelancer", "procuramos freelancers", "zoeken freelancers".
_SEEKS_FREELANCERS = (r"\b(?:cherch\w*|recherch\w*|looking for|seeking|searching for|need|needs|busc\w*|necesit\w*|cerc\w*|suche|suchen|sucht|benotig\w*"
                      r"|procur\w*|precis\w*|zoek\w*|op zoek naar)\s+(?:\w+\s+){0,3}?(?:freelancers?|freelances|free-lances|autonomos|autonomas|independientes"
                      r"|indipendenti|liberi professionisti|freiberufler\w*|zzp'?ers?|zelfstandigen)\b|\bcerchiamo\s+(?:\w+\s+){0,2}?freelance\b")
#: Her availability asked for a freelance engagement (folded): "are you available for a 3-month freelance SEO mission",
#: "seriez-vous disponible pour une mission freelance", "¿estarías disponible para una misión freelance?", "hätten Sie
#: Kapazität für ein Freelance-Projekt", "ben je beschikbaar voor een freelance opdracht": work offered her (136 C, en note-42)
_AVAILABLE_FOR_MISSION = (r"\b(?:(?:are|would) (?:you|u) (?:be )?(?:available|free|open)|(?:seriez|etes|serais|es)[ -](?:vous|tu) (?:\w+ )?dispo\w*"
                          r"|(?:estarias|estaria|estas|esta|saresti|sarebbe|sei|e) (?:\w+ )?disponib(?:le|ile)|(?:estarias|estaria|estas|esta) disponivel"
                          r"|(?:hattest|hatten|haben|hast) (?:sie|du) (?:\w+ )?(?:kapazitat|zeit)|(?:bist|sind|waren|warst) (?:sie|du) (?:\w+ )?verfugbar"
                          r"|(?:ben|bent|zou|zijn|is) (?:je|jij|u) (?:\w+ )?beschikbaar)\b.{0,60}?\b(?:freelance\w*|free-lance|missions?|mision|missione|missao"
                          r"|opdracht\w*|auftrag\w*|projekteinsatz|contract)\b")
#: Her expert view asked (folded): "votre regard d'experte", "votre avis d'expert", "your expert view", "tu opinión de
#: experta", "Ihre Einschätzung als Expertin", "il suo parere da esperta", "a sua opinião de especialista", "uw expertblik".
_EXPERT_VIEW = (r"\b(?:regard|avis|eclairage|point de vue|view|opinion|take|perspective|opinion|vision|parere|punto di vista|opiniao|visao|mening|blik"
                r"|einschatzung|meinung|sicht)\b (?:\w+ ){0,2}(?:d'|de |da |di |als |van |as an? )?(?:experte?s?|expert\w*|esperta|esperto|especialista"
                r"|experta|experto|expertin|experten)\b|\b(?:expert|expertise|expertenblick|expertblik)\b (?:view|opinion|eye|take|advice|input)\b")
#: A firm weighing its marketing in-house or outside (folded): "réinternaliser", "bring it back in-house", "internalizar",
#: "esternalizzare", "wieder intern machen", "auslagern", "intern te doen", "uitbesteden", "outsource".
_INSOURCING = (r"\b(?:r?e?internalis\w*|externalis\w*|in-?house|internaliz\w*|externaliz\w*|internalizz\w*|esternalizz\w*|reinternalizz\w*"
               r"|outsourc\w*|auslager\w*|uitbested\w*|intern (?:zu )?(?:machen|aufbauen|holen|te doen|doen|beleggen))")
_THANKS_FOR = (r"\b(?:thanks?|thank you|merci|danke|dank|vielen dank|gracias|grazie|obrigad[oa]|bedankt"
               r"|agradec\w+|remerci\w+|ringrazi\w+|bedanken)\b")  # "Queria agradecer", "je voulais te remercier"
#: A thank-you for what was already given ("Thanks again for your feedback on our landing page!", "merci pour tes retours"),
#: never a thank-you in advance ("thanks in advance for your feedback", "merci d'avance", "danke vorab", "alvast bedankt").
_THANKED_BACK = _THANKS_FOR + (r"(?![^.!?]{0,20}\b(?:in advance|d'avance|par avance|im voraus|vorab|de antemano|por adelantado|in anticipo"
                               r"|desde ja|antecipadamente|alvast|bij voorbaat)\b)")
#: A thank-you said (folded): the words, and the verbs ("queria só te agradecer", "je voulais te remercier", "mich bedanken").
#: A fellow in her field asking if she is one too (folded): "jij ook marketing?", "toi aussi dans le marketing ?", "you're in
#: marketing too?", "¿tú también en marketing?", "auch im Marketing?": a peer's hello, never a prospect to ask for a budget.
_FELLOW_Q = (r"\b(?:(?:jij|je|u|toi|vous|you|you're|youre|tu|tú|du|sie|voce|você|lei) (?:ook|aussi|too|tambien|también|auch|anche|tambem|também)"
             r"|(?:ook|aussi|also|tambien|auch|anche|tambem) (?:in|dans|en|im|nel|nella|no|na|em) (?:de |le |la |l'|het |the |el |il )?"
             r"|(?:you're|youre|you are|are you) (?:also )?)"
             r"\s*(?:(?:in|dans|en|im|nel|nella|no|na|em|bij) )?(?:de |le |la |l'|het |the |el |il |o |a )?(?:marketing|seo|social media|content|e-?commerce|growth|communication|comunicacion|comunicazione|comunicacao)"
             r"(?: too| aussi| ook| tambien| auch| anche| tambem)?\s*\?")
_THANKS_ONLY = (r"\b(?:thanks?|thank you|merci|danke|dank je|dank u|vielen dank|gracias|grazie|obrigad[oa]|bedankt|agradec\w+|remerci\w+"
                r"|ringrazi\w+|(?:mich|dir|ihnen) (?:\w+ )?bedanken|bedanken|dankjewel|valeu)\b")


#: A job title that is several people hunted (folded): "des comptables confirmés", "several Java developers", "varios
#: contables", "alcuni commercialisti", "mehrere Buchhalter", "enkele boekhouders", "alguns contadores".
#: A recruiter growing their own network (folded): "je développe mon réseau sur la région", "I'm growing my network in
#: Lyon", "estoy ampliando mi red", "sto ampliando la mia rete", "estou a expandir a minha rede", "ich erweitere mein
#: Netzwerk", "ik breid mijn netwerk uit": a hello, whatever post they recruit for.
_GROWING_OWN_NETWORK = (r"\b(?:je (?:developpe|elargis|etends|construis|agrandis)|j'(?:elargis|etends)|(?:pour|afin de) (?:developper|elargir|etendre|agrandir)) (?:un peu )?mon reseau\b"
                        r"|\b(?:i'?m|i am) (?:\w+ )?(?:growing|expanding|building|extending|widening) my (?:professional |local )?network\b|\b(?:to )?(?:grow|expand|build|extend|widen) my (?:professional |local )?network\b"
                        r"|\b(?:estoy )?(?:ampliando|amplio|ampliar|expandiendo|expandir) mi red\b|\b(?:sto )?(?:ampliando|amplio|ampliare|allargando|allargare|espandendo) la mia rete\b"
                        r"|\b(?:estou )?(?:a )?(?:ampliando|amplio|ampliar|expandindo|expandir|alargar|alargando) (?:a )?minha rede\b"
                        r"|\b(?:ich )?(?:erweitere|baue) (?:gerade )?mein (?:berufliches )?netzwerk(?: aus)?\b|\bmein netzwerk (?:zu )?(?:erweitern|auszubauen|ausbauen)\b"
                        r"|\b(?:ik )?breid (?:ik )?mijn netwerk (?:\w+ ){0,3}?uit\b|\bmijn netwerk (?:\w+ ){0,3}?(?:uitbreiden|uit te breiden)\b")
_HUNTED_PROFILES = (r"^(?:des|plusieurs|quelques|several|some|multiple|various|varios|varias|unos|unas|algunos|algunas|alguns|algumas|vari|varie|alcuni|alcune"
                    r"|diversi|diverse|mehrere|einige|enkele|meerdere|verschillende|\d+)\s")

#: Her advice or content said to help the sender (folded): "vos conseils … m'aident beaucoup", "your tips help me every day".
_HELPED_BY_HER = (r"\b(?:vos|tes|your|tus|sus|i tuoi|i suoi|os seus|os teus|seus|teus|deine|ihre|je|jouw|uw) (?:conseils|astuces|tips|consejos"
                  r"|consigli|dicas|conselhos|tipps|ratschlage|posts?|contenus?|content|contenidos?|contenuti|conteudos?|inhalte|articles?"
                  r"|artikel\w*|publicaciones|publicacoes) (?:[\w'-]+ ){0,6}(?:m'aident|m'ont (?:beaucoup )?aide|help(?:s|ed)? me|me ayudan"
                  r"|me han ayudado|mi aiutano|mi hanno aiutato|me ajudam|me ajudaram|helfen mir|haben mir (?:\w+ )?geholfen|helpen me"
                  r"|hebben me (?:\w+ )?geholpen)\b")


def choose_template(name: str, facts: Facts) -> str:
    """The template for a reply: the judged intent's, unless the note gives nothing that intent talks
    about and plainly gives another reason (a referrer's name, a question, the owner's article…).

    >>> choose_template("sales_pitch", Facts(referrer="Priya Raman")), choose_template("sales_pitch", Facts(pitch=True))
    ('referral', 'sales_pitch')
    """
    if facts.landed and not (facts.offers or facts.proposal or facts.ask) and name not in ("recruiting", "business_proposal"):
        # "your workshop helped me land my current job, thank you!": a thank-you about her work, never a job search
        return "content"
    if facts.launched[1] and not (facts.offers or facts.proposal or facts.ask) and name not in ("recruiting", "business_proposal"):
        # "your tips helped me launch my candle brand, thank you!": a thank-you to congratulate, never "what is your question?"
        return "content"
    if (facts.offers or facts.proposal) and name in ("met_before", "content", "referral", "ask_for_help"):
        # "happy to help with your newsletter", "une offre commune ?": an offer or a proposal, not a question
        return "business_proposal"
    if facts.proposal == "partnership" and name == "recruiting" and not (facts.job_title or facts.hiring or facts.role or facts.recruiter):
        return "business_proposal"  # "ik run een vertaalbureau… samen te werken voor klanten?": a partner, never "send me the job ad"
    if facts.pitch and name == "recruiting" and not (facts.job_offered or facts.hiring or facts.job_title or facts.role or facts.recruiter
                                                     or facts.freelance_role or facts.cv or facts.refer_ask or facts.proposal or facts.client
                                                     or facts.situation or facts.referrer):
        return "sales_pitch"  # "soy asesor de seguros … ¿una llamada sin compromiso?": a seller, never "this job does not suit me"
    if name == "job_seeking" and facts.client and (facts.team or facts.trainee) and facts.service == "training" \
            and not (facts.cv or facts.candidate or facts.role or facts.ask == "interns" or facts.laid_off or facts.portfolio):
        # "renforcer les compétences digitales de mon équipe … vos formations en intra ?", "interessiere mich für Ihre Trainings.
        # Gibt es Termine im Herbst?": her training asked for, never study tips
        return "client"
    if facts.networking and name == "sales_pitch" and not (facts.pitch or facts.offers or facts.proposal):
        return "recruiting"  # "trabalho com recrutamento … estou expandindo minha rede": a recruiter's hello, nothing sold
    if name == "sales_pitch" and facts.hiring and facts.job_offered and not (facts.pitch or facts.sells or facts.offers or facts.proposal):
        return "recruiting"  # "cerchiamo agenti di commercio … se interessata mi contatti": a post offered to her, never a product to decline
    if name in ("sales_pitch", "business_proposal") and (facts.classmates or facts.reconnect) \
            and not (facts.pitch or facts.offers or facts.sells or facts.proposal or facts.links or facts.price or facts.amount or facts.client
                     or facts.hiring or facts.job_offered or facts.request or facts.ask or facts.question or facts.referrer):
        # "we did the Google Ads bootcamp together back in 2020, would be great to catch up", "wij zaten samen in de jury":
        # an old acquaintance saying hello, nothing sold nor proposed: a warm reply, never a pitch declined nor a proposal
        return "met_before"
    if name in ("sales_pitch", "business_proposal") and facts.fan \
            and not (facts.pitch or facts.offers or facts.sells or facts.proposal or facts.links or facts.price or facts.client or facts.hiring
                     or facts.job_offered or facts.request or facts.ask or facts.question):
        # "ik heb net mijn webshop gestart … Ik volg je graag om van je te leren!": a follower who wants to learn, never a pitch
        # declined nor a proposal thanked for
        return "content"
    if name in ("recruiting", "job_seeking", "ask_for_help") and facts.refer_ask and facts.hiring and facts.ask == "recommend" \
            and not (facts.cv or facts.candidate or facts.role or facts.laid_off or facts.portfolio or facts.client):
        return "recruiting"  # "cerco ingegneri meccanici per un'azienda. Conosce qualcuno?": names for a post, answered as a recruiter's ask
    if name == "benefit" or _supports(name, facts):
        return name
    order = [("business_proposal", facts.proposal or facts.offers), ("job_seeking", facts.role or facts.ask == "interns"),
             ("referral", facts.referrer), ("ask_for_help", facts.ask in _HELP_ASKS and not _own_question(name, facts)),
             # "a journalist at Marketing Week … could I interview you?": the magazine is no meeting to recall
             ("business_proposal", name == "business_proposal" and facts.request in ("interview", "comment")),
             ("content", facts.work), ("met_before", facts.event or facts.org)]
    for candidate, present in order:
        if present:
            return candidate
    if name == "job_seeking" and not (facts.cv or facts.candidate or facts.laid_off or facts.portfolio):
        # "ich leite das Marketing … würde mich gern austauschen": nothing of a job search, never "send me your CV"
        return "benefit"
    if name == "recruiting" and not (facts.job_offered or facts.refer_ask or facts.freelance_role or facts.cv):
        # "Head of Marketing … zin in een (online) koffie?": nothing of a job, never "send me the job ad"
        return "benefit"
    if name == "business_proposal" and facts.fan and not facts.ask:
        # "seus conteúdos são ouro!! Queria muito acompanhar seu trabalho": praise of her content, nothing proposed, never
        # "the proposal interests me"
        return "content"
    return name


def _firm_into_france(note: str, facts: Facts, settings: Settings, lang: str) -> bool:
    """A firm ("wir", "we") moving into France, her home market, that seeks nothing of a job and offers nothing."""
    f = fold(note)
    return bool(note.strip()) and lang[:2] != "fr" and bool(settings.regions) and fold(settings.regions[0]) == "france" \
        and not (facts.cv or facts.candidate or facts.role or facts.laid_off or facts.portfolio or facts.offers or facts.pitch) \
        and bool(cre.search(_FRANCE_GROWTH, f)) and bool(cre.search(_FIRM_WE, f)) \
        and not cre.search(_JOB_WORDS, f) and not cre.search(_PEER_PARTNER, f)


# -- rendering -----------------------------------------------------------------------------------

def _listing(items: Any, lang: str = "en") -> str:
    """'a, b and c' in the draft's language (a Jinja filter: ``{{ missing|listing("fr") }}``)."""
    items = [str(i) for i in (items or []) if str(i).strip()]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {and_word(lang, items[-1])} {items[-1]}"


def _to_it(name: Any) -> str:
    """Italian 'a' before a name, 'ad' before the same vowel (a Jinja filter: ``grazie {{ referrer|to_it }}``).

    >>> _to_it("Antoine Dubois"), _to_it("Elena"), _to_it("Marco")
    ('ad Antoine Dubois', 'a Elena', 'a Marco')
    """
    text = str(name)
    if text.startswith(("prof.ssa ", "dott.ssa ")):
        return f"alla {text}"  # "grazie alla prof.ssa Bianchi"
    if text.startswith(("prof. ", "dott. ")):
        return f"al {text}"  # "grazie al prof. Martini"
    return f"{'ad' if text[:1] in ('A', 'a', 'À') else 'a'} {text}"


def _it_the(name: Any) -> str:
    """An Italian titled name as an object, with its article (a Jinja filter: ``ringrazio {{ referrer|it_the }}``).

    >>> _it_the("prof. Martini"), _it_the("prof.ssa Bianchi"), _it_the("Marco Rossi")
    ('il prof. Martini', 'la prof.ssa Bianchi', 'Marco Rossi')
    """
    text = str(name)
    if text.startswith(("prof.ssa ", "dott.ssa ")):
        return f"la {text}"
    return f"il {text}" if text.startswith(("prof. ", "dott. ")) else text


class _CompiledCache(jinja2.FileSystemBytecodeCache):
    """Templates compiled once per machine, not once per process (compiling the shipped ones takes
    seconds; loading them back, milliseconds). A cache that cannot be read or written is no cache."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates, in the user's cache directory (keyed by the template's text,
    Jinja's and Python's versions); ``INVITRIAGE_NO_TEMPLATE_CACHE=1`` turns it off."""
    if os.environ.get("INVITRIAGE_NO_TEMPLATE_CACHE"):
        return None
    try:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("invitriage", appauthor=False)) / "templates"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return _CompiledCache(str(folder))
    except (OSError, ImportError):
        return None


#: Template texts by their digest: the name under which the environment's loader finds each one.
_SOURCES: dict[str, str] = {}


def _source(name: str) -> tuple[str, None, Callable[[], bool]]:
    return _SOURCES[name], None, lambda: True


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False,
                               autoescape=False, trim_blocks=False, lstrip_blocks=False,
                               loader=jinja2.FunctionLoader(_source), bytecode_cache=_bytecode_cache(), cache_size=0)
    env.filters["listing"] = _listing
    env.filters["event_date"] = event_date
    env.filters["to_it"] = _to_it
    env.filters["it_the"] = _it_the
    return env


@lru_cache(maxsize=512)
def _compiled(source: str) -> jinja2.Template:
    name = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    _SOURCES[name] = source
    try:
        return _env().get_template(name)
    finally:
        del _SOURCES[name]


def _candidates(name: str, lang: str) -> list[str]:
    return [f"{name}.{lang}.txt", f"{name}.pt.txt"] if lang == "pt-BR" else [f"{name}.{lang}.txt"]


def load_template(name: str, lang: str, owner_dir: Path | None = None) -> tuple[str, str]:
    """(source, where) of the template for ``name`` in ``lang`` (``pt-BR`` for Brazilian Portuguese).

    The owner's copy wins; for ``pt-BR`` the owner's ``.pt-BR.txt``, then the owner's ``.pt.txt``, then ours.
    """
    for filename in _candidates(name, lang):
        if owner_dir is None:
            break
        own = owner_dir / filename
        if own.is_file():
            try:
                return own.read_text(encoding="utf-8"), str(own)
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{own}: cannot read template: {exc}") from None
    for filename in _candidates(name, lang):
        shipped = _shipped(filename)
        if shipped is not None:
            return shipped, f"invitriage/templates/drafts/{filename}"
    raise ConfigError(f"no draft template {name}.{lang}.txt")


@lru_cache(maxsize=256)
def _shipped(filename: str) -> str | None:
    ref = resources.files("invitriage").joinpath("templates", "drafts", filename)
    return ref.read_text(encoding="utf-8") if ref.is_file() else None


@dataclass
class Draft:
    text: str
    lang: str
    template: str


_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\[[A-Z][A-Za-z ]*\]")


def _render_source(source: str, where: str, context: dict[str, Any]) -> str:
    try:
        return _compiled(source).render(**context)
    except jinja2.TemplateError as exc:
        lineno = getattr(exc, "lineno", None)
        line = f":{lineno}" if lineno else ""
        raise ConfigError(f"{where}{line}: template error: {exc}") from None


def owners_form(title: str, gender: str) -> str:
    """A job offered to the owner, in her own form: "consultor/a SEO" → "consultora SEO" ("f"), "consultor SEO" ("m");
    unsaid, the slash form stays (a guess would be worse).

    >>> owners_form("consultor/a SEO senior", "f"), owners_form("Berater/in Online-Marketing", "m"), owners_form("consulente SEO", "f")
    ('consultora SEO senior', 'Berater Online-Marketing', 'consulente SEO')
    >>> owners_form("Social-Ads-Experte/in", "f")
    'Social-Ads-Expertin'

    """
    if gender not in ("f", "m"):
        return title

    def pick(m: re.Match[str]) -> str:
        stem, tail = m.group(1), m.group(2)
        if gender == "m":
            return stem
        if tail.lower() in ("a", "in", "e", "ice", "essa", "ina"):
            # "consultor/a" → "consultora"; "direttore/trice": the ending replaces the masculine one
            # ("Experte/in" → "Expertin": the German -e gives way to -in)
            return stem[:-1] + tail if (stem.endswith("o") and tail == "a" or stem.endswith("e") and tail == "in") else stem + tail
        return stem + tail

    title = cre.sub(r"\b([^\W\d_]{3,})/(a|in|e|ina)\b", pick, title)
    title = cre.sub(r"\b([^\W\d_]{3,})\((a|in)\)", pick, title)  # "consultor(a)", "Berater(in)"
    return cre.sub(r"\b([^\W\d_]{3,})\*(in)\b|\b([^\W\d_]{3,}):(in)\b",
                   lambda m: (m.group(1) or m.group(3)) + ("in" if gender == "f" else ""), title)


def _tidy(text: str) -> str:
    text = "\n".join(" ".join(line.split()) for line in text.strip().splitlines())
    text = cre.sub(r"\n{3,}", "\n\n", text)
    text = cre.sub(r" ([,.])", r"\1", text)
    # "ao meu workshop no meu workshop de Google Ads": a slot that repeats the template's own words, said once
    text = cre.sub(r"(?i)\b((?:meu|minha|mon|ma|my|mein|meinem|meiner|meinen|mi|mio|mia|mijn)\s+([^\W\d_]{3,}))"
                   r"\s+(?:no|na|em|au|à|a|at|in|im|bei|beim|en|al|alla|nel|nella|op|bij|tijdens|durante)\s+(?:\w+\s+)?\1\b", r"\1", text)
    return text


_EN_CAPS = (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september"
            r"|october|november|december|(?:march|may)(?= \d)|(?<=\d )(?:march|may)|(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\buntil )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-))march(?!\s+(?:on|to|for|with|through|into|against|past)\b))\b")
_FR_PLATFORM_ADS = r"\b(?:(le)|(du)|(au)) (TikTok|Meta|Google|LinkedIn|Facebook|Instagram|Pinterest|Snapchat) [Aa]ds\b"
_IT_SU_ART = {"seo": "sulla", "sea": "sulla", "sem": "sulla", "content marketing": "sul", "social media marketing": "sul", "marketing digitale": "sul",
              "e-commerce": "sull'", "ecommerce": "sull'", "email marketing": "sull'"}
_IT_SU_BARE = r"(?i)(?<![\w'])su ((?:seo|sea|sem|content marketing|social media marketing|marketing digitale|e-?commerce|email marketing))\b(?!\s*(?:,|e\b|o\b|ed\b|vs\b|versus\b|contro\b|/))"
#: "un nouveau poste de chargée de …", "a new role as …", "eine neue Stelle als …": the adjective goes before a job title
_NEW_ROLE_TITLED = (r"\b(un|a|eine|un|una|een|uma) (?:nouveau|new|neue|nuevo|nuova|nieuwe|nova) "
                    r"(poste (?:de|d')|role as|Stelle als|puesto de|posizione (?:come|di|da)|functie als|função (?:de|como))(?=\s)")
#: An ad noun before its own English name: "publicités social ads", "anuncios de social ads", "Anzeigen Social Ads".
_ADS_TWICE = (r"(?i)\b(?:publicit[ée]s?|pubs?|annonces|anuncios|annunci|pubblicit[àa]|an[úu]ncios|publicidades?|anzeigen|werbung|advertenties|advertising|adverts?)"
              r"\s+(?:(?:de|di|sui|su|sobre|do|dos|da|der|op|over)\s+)?((?:social|paid) ads)\b")
_IT_DI_SU = {"di": "su", "del": "sul", "della": "sulla", "dello": "sullo", "dei": "sui", "delle": "sulle", "degli": "sugli", "dell'": "sull'"}
#: "stay in touch" said a second time as the closing answer to "let's connect": the later one goes
_STAY = (r"(?:vamos manter (?:o )?contato|fiquemos em contacto|restiamo in contatto|sigamos en contacto|laten we in contact blijven"
         r"|let's stay in touch|restons en contact|bleiben wir in kontakt)")
_STAY_ROOT = r"(?i)(?:manter (?:o )?contato|mantermos (?:o )?contacto|in contatto|en contacto|in contact|in touch|en contact|in kontakt)"


def _echo_wording(text: str, lang: str) -> str:
    r"""Words echoed from the note, written as a fluent reader would.

    >>> _echo_wording("Great chatting at the meetup last tuesday, see you in june or on 3 may!", "en")
    'Great chatting at the meetup last Tuesday, see you in June or on 3 May!'
    >>> _echo_wording("great to stay in touch after the workshop in march! We march on.", "en")
    'great to stay in touch after the workshop in March! We march on.'
    >>> _echo_wording("Merci pour intervenir sur le social ads.", "fr")
    'Merci pour intervenir sur les social ads.'
    >>> _echo_wording("Merci de penser à moi sur les publicités social ads.", "fr")
    'Merci de penser à moi sur les social ads.'
    >>> _echo_wording("Riprendiamo volentieri il discorso della SEO: a che punto sei?", "it")
    'Riprendiamo volentieri il discorso sulla SEO: a che punto sei?'
    >>> _echo_wording("Que bom manter contato depois do workshop.\nClaro, com prazer: vamos manter contato!", "pt")
    'Que bom manter contato depois do workshop.\nClaro, com prazer!'
    """
    if lang == "en":
        # "last tuesday", "in june": weekdays and months take a capital in English
        text = cre.sub(_EN_CAPS, lambda m: m.group(1).capitalize(), text)
    elif lang == "fr":
        # "le social ads": a plural noun ("les social ads", "des paid ads")
        text = cre.sub(r"\b(?:(le)|(du)|(au)) ((?:social|paid) (?:ads|media))\b",
                       lambda m: ("les" if m.group(1) else "des" if m.group(2) else "aux") + " " + m.group(4), text)
        # "le TikTok ads", "du Meta ads": a platform's ads said as French does, "les publicités TikTok"
        text = cre.sub(_FR_PLATFORM_ADS, lambda m: ("les" if m.group(1) else "des" if m.group(2) else "aux") + " publicités " + m.group(4), text)
    elif lang == "it":
        # "il discorso di TikTok Ads": a talk is "su" something
        text = cre.sub(r"\b(discorso) (di|del|della|dello|dei|delle|degli|dell')(?=[ \w])",
                       lambda m: f"{m.group(1)} {_IT_DI_SU[m.group(2)]}", text)
        # "il discorso su SEO": a field noun after "su" takes its article ("sulla SEO", "sul content marketing"); two set side by
        # side ("su SEO vs SEA", "su SEO/SEA") stay bare
        text = cre.sub(_IT_SU_BARE, lambda m: _IT_SU_ART[m.group(1).casefold()] + ("" if _IT_SU_ART[m.group(1).casefold()].endswith("'") else " ") + m.group(1), text)
    # "les publicités social ads", "los anuncios social ads": the sender's noun said twice (once in English), said once
    text = cre.sub(_ADS_TWICE, r"\1", text)
    # "un nouveau poste de chargée de marketing digital": a job named by its title is no "new" post
    text = cre.sub(_NEW_ROLE_TITLED, r"\1 \2", text)
    first = cre.search(_STAY_ROOT, text)
    if first:
        rest = text[first.end():]
        rest2 = cre.sub(r"(?i)\s*:\s*" + _STAY + r"(?=[.!])", "", rest)
        rest2 = cre.sub(r"(?i)(?<=[.!?])[ \t]+" + _STAY + r"[.!]", "", rest2)
        text = text[:first.end()] + rest2
    return text


#: A partnership on clients both sides bring (folded): "clients communs", "referral partnership", "uns Kunden gegenseitig".
#: Where to send written answers when the settings hold only a placeholder address (see _RESERVED_EMAIL): the address in
#: her profile's contact info, the words LinkedIn uses for that section in each language (the same for both registers).
_EMAIL_IN_PROFILE = {
    "en": "to my email address (it's in my profile, under Contact info)",
    "fr": "à mon adresse e-mail (elle figure dans mon profil, rubrique Coordonnées)",
    "de": "per E-Mail (die Adresse steht in meinem Profil unter Kontaktinfo)",
    "es": "a mi correo electrónico (está en mi perfil, en Información de contacto)",
    "it": "al mio indirizzo email (è nel mio profilo, alla voce Informazioni di contatto)",
    "nl": "naar mijn e-mailadres (dat staat in mijn profiel onder Contactgegevens)",
    "pt": "para o meu e-mail (está no meu perfil, em Informações de contacto)",
    "pt-BR": "para o meu e-mail (está no meu perfil, em Informações de contato)",
}
#: "an article about content strategy for small web shops", "un artigo sobre …", "einen Artikel über …": the subject of a
#: written piece, preposition included, up to the end of its clause.
#: The region closing a piece's subject: "… della pubblicità social in Europa" → " in Europa".
_PIECE_PLACE = r"\s+(?:in|en|em|im|op|au|aux|na|no|nel|nella|across|throughout)\s+[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*$"
_PIECE_ABOUT = (r"(?i)\b(?:article|artikel|beitrag|art[ií]culo|artigo|articolo|piece|story)\s+"
                r"((?:über|sobre|over|about|on|sur|su|sul|sulla|sullo|sugli|sulle)\s+(?:[^.?!\n;:,()\"]|(?<=\bvs)\.){3,80}?)\s*(?=(?<!\bvs)[.?!\n;:,]|$)")
#: The sender's own next clause after a piece's subject ("über KI im SEO und würde Sie gerne zitieren", "about AI in SEO and
#: would love to quote you"): cut there, the subject is what comes before.
_PIECE_CLAUSE_CUT = (r"(?i)\s+(?:und|and|et|y|e|en|ed)\s+(?:würde|möchte|wollte|will|would|want|wanted|j'aimerais|je voudrais|aimerais"
                     r"|voudrais|me gustaría|quisiera|quería|gostaria|queria|vorrei|volevo|mi piacerebbe|zou|wil|wilde)\b")
#: A separable verb's particle closing a German or Dutch clause ("bereite ich einen Artikel über … vor", "bereid ik een
#: artikel over … voor"): the verb's, never the subject's last word.
_PARTICLE_TAIL = r"\s+(?:vor|an|auf|aus|nach|ab|durch|zusammen|zurück|voor|aan|uit|mee|toe|af|terug|samen)$"
#: A piece that compares two places ("tussen Frankrijk en Nederland", "in Frankreich vs. Deutschland"): the second place
#: is half of the subject, never a region to drop ("en" is Dutch for "and").
_PIECE_COMPARE = r"(?i)\b(?:between|tussen|zwischen|entre|tra|fra|vs\.?|versus|contre|frente a|im vergleich zu|comparado com|rispetto a)\s"
#: An e-mail address at a reserved example domain (RFC 2606 / RFC 6761): a placeholder, never given in a draft.
_RESERVED_EMAIL = r"(?i)@(?:[\w.-]+\.)?(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost))\s*$|@example$"
#: "on a piece about how SMEs use paid social" (an English topic): the piece named once, "on your piece on how ...".
#: A Portuguese topic whose noun lost its article before "do/da/dos/das" ("sobre algoritmo do LinkedIn").
_PT_BARE_OF = r"^(sobre|acerca d[eo]) ([a-zà-ú]{4,})(?= (?:do|da|dos|das) )"


#: "sul SEO", "del SEO", "il SEO" (any case): the masculine article before SEO, which her Italian answers make feminine.
_IT_MASC_SEO = r"(?i)\b(il|lo|sul|sullo|del|dello|al|allo|nel|nello|dal|dallo)\s+(seo)\b"
_IT_FEM = {"il": "la", "lo": "la", "sul": "sulla", "sullo": "sulla", "del": "della", "dello": "della", "al": "alla", "allo": "alla",
           "nel": "nella", "nello": "nella", "dal": "dalla", "dallo": "dalla"}


def _it_fem_seo(m: re.Match[str]) -> str:
    """ "sul seo" → "sulla SEO", as her Italian answers say it.

    >>> import re; re.sub(_IT_MASC_SEO, _it_fem_seo, "sul seo per e-commerce"), re.sub(_IT_MASC_SEO, _it_fem_seo, "del SEO locale")
    ('sulla SEO per e-commerce', 'della SEO locale')
    """
    return f"{_IT_FEM[m.group(1).lower()]} SEO"


def _pt_article(m: re.Match[str]) -> str:
    """The article a bare Portuguese noun takes from its ending: "algoritmo" → "o algoritmo", "estratégia" → "a estratégia".

    >>> import re; _pt_article(re.match(_PT_BARE_OF, "sobre algoritmo do LinkedIn")), _pt_article(re.match(_PT_BARE_OF, "sobre gestão das redes"))
    ('sobre o algoritmo', 'sobre gestão')
    """
    noun = m.group(2)
    if noun.endswith(("ção", "são", "dade", "gem", "ise")):
        art = "a"
    elif noun.endswith("ão"):
        return m.group(0)  # "gestão", "padrão": the ending does not tell
    elif noun.endswith(("os", "ores", "emas")):
        art = "os"
    elif noun.endswith(("as", "ções", "dades", "gens")):
        art = "as"
    elif noun.endswith(("o", "or", "ema", "ama", "ismo", "mento")):
        art = "o"
    elif noun.endswith("a"):
        art = "a"
    else:
        return m.group(0)
    return f"{m.group(1)} {art} {noun}"


_EN_PIECE_TOPIC = r"^(?:on|about) (?:a|an) (piece|article|story|feature|report|column) (?:about|on) "
#: The sender writing that piece ("working on a piece about …", "I'm writing an article on …"): the piece is theirs.
_EN_OWN_PIECE = r"(?i)\b(?:working on|writing|preparing|putting together|researching)\s+(?:a|an)\s+(?:piece|article|story|feature|report|column)\b"
#: A company or team in France (folded note): "marketingdirecteur van Hema Frankrijk", "das Marketing von Zalando Frankreich".
_TEAM_IN_FRANCE = r"\b(?:van|von|of|de|di|do|da|du|bei|chez|at|for|fur|voor)\s+(?:[\w&.-]+\s+){1,2}(?:france|frankrijk|frankreich|francia|franca)\b"
#: The same in a headline ("Marketingdirecteur, HEMA France"): the country named at all.
_HEADLINE_FRANCE = r"\b(?:france|frankrijk|frankreich|francia|franca)\b"
#: France, French or her city named anywhere (folded): the work is for the French market, in her own language.
_FRENCH_LINK = (r"\b(?:france|frankrijk|frankreich|francia|franca|french|francais\w*|franzosisch\w*|franse|francese|francesi|frances|francesa"
                r"|franceses|francesas|francofon\w*|francophon\w*|franstalig\w*|lyon|lione|paris|parijs|parigi|bruxelles|brussel|brussels|bruselas"
                r"|bruxelas|geneve|genf|ginevra|lausanne|montreal|quebec|wallon\w*|romandie|romand\w*)\b"
                # "SEO internacional (FR/ES/IT)", "SEO specialist (Frans/Engels)": French among the languages of the work
                r"|\b(?:fr|frans)\s*/|/\s*(?:fr|frans)\b")
#: France only as the market a business abroad aims at (folded): "unsere SEO-Strategie im französischen Markt", "de Franse
#: markt", "wir wollen nach Frankreich expandieren", "we willen naar Frankrijk": the work is for France (no "I only work in
#: French or English" caveat), but the sender talks in their own language, so the call still offers hers.
_FRANCE_AS_MARKET = (r"\b(?:franzosisch\w*|franse|french|francese|francesi|frances|francesa|francais\w*)\s+(?:markt\w*|market\w*|mercado\w*|mercato|mercati)\b"
                     r"|\b(?:markt\w*|market\w*|mercado\w*|mercato|mercati)\s+(?:in\s+|en\s+|di\s+|de\s+|em\s+)?(?:frankreich|frankrijk|france|francia|franca|frances\w*|francese|francais\w*)\b"
                     r"|\b(?:expan\w*|uitbrei\w*|ausweit\w*|ausbau\w*|espander\w*)\W+(?:\w+\W+){0,3}?(?:nach|naar|to|into|in|en|a|na|para|em|ins?)\s+(?:frankreich|frankrijk|france|francia|franca)\b"
                     r"|\b(?:nach|naar|to|into|in|en|a|na|para|em)\s+(?:frankreich|frankrijk|france|francia|franca)\s+(?:\w+\s+){0,2}?(?:expan\w*|uitbrei\w*|espander\w*|wachsen|groeien)"
                     r"|\b(?:wir|we|wij)\s+(?:wollen|willen|mochten|möchten|gaan)\s+(?:\w+\s+){0,2}?(?:nach|naar)\s+(?:frankreich|frankrijk)\b"
                     # the work itself for France: "unsere Content-Strategie für Frankreich", "onze contentstrategie voor
                     # Frankrijk", "la estrategia de contenidos para Francia", "una campagna per la Francia" (never a role:
                     # "Marketingleiter für Frankreich" works there)
                     r"|\b(?:\w*strateg\w*|estrateg\w*|kampagne\w*|campa[gn]\w*|campanha\w*|campaign\w*|content\w*|contenid\w*|contenut\w*|conteud\w*"
                     r"|inhalte\w*|seo|sea|ads|website\w*|webseite\w*|webshop\w*|onlineshop\w*|sitio|sito|site|lancering|markteintritt|launch)"
                     r"\s+(?:\w+\s+){0,2}?(?:fur|voor|for|para|per|pour)\s+(?:la\s+|a\s+)?(?:frankreich|frankrijk|france|francia|franca)\b")
_FR_COUNTRY = r"(?:francia|franca|france|frankreich|frankrijk)"
#: France named for someone or something else than the sender (folded), for the call only: partners or clients sought there
#: ("buscamos partners en Francia", "clientes que querem vender em França"), a business's branches there ("hoteles con presencia
#: en Francia", "strutture anche in Francia"), the school the referrer shared with her ("coincidisteis en el MBA de EM Lyon",
#: "eravate insieme all'EM Lyon"), the referrer's chamber of commerce ("su suggerimento del Dott. Bianchi della Camera di
#: Commercio Italiana a Lione"): the sender still talks in their own language, so the call offers hers.
_FRANCE_NOT_THEIRS = (r"\b(?:partners?|parceir[oa]s?|socios?|partenaires?|partnern?|partnerbureaus?|partneragentur\w*|agencias?|agenzie|agencies|referral\w*)\s+"
                      rf"(?:\w+\s+){{0,2}}?(?:en|em|in|a|na|no|aux?)\s+{_FR_COUNTRY}\b"
                      r"|\b(?:vender|vendere|verkaufen|verkopen|sell(?:ing)?|vendre|venderem|vendan)\s+(?:\w+\s+){0,2}?(?:en|em|in|a|na|nach|naar|into|to)\s+"
                      rf"{_FR_COUNTRY}\b"
                      r"|\b(?:presencia|presenza|presenca|presence|prasenz|aanwezigheid|strutture|estructuras|sedi|filiales?|filiali|filiais|vestigingen"
                      rf"|standorte?|niederlassung\w*|branches)\s+(?:\w+\s+){{0,2}}?(?:en|em|in|a|na|no)\s+{_FR_COUNTRY}\b"
                      r"|\b(?:coincidisteis|estudiasteis|estuvisteis|eravate|avete studiato|estudaram juntas?|estiveram juntas?|you (?:both )?(?:were|studied) together"
                      r"|ihr (?:wart|habt zusammen)|jullie (?:zaten|waren|studeerden))\b[^.!?)]{0,60}"
                      # (the chamber only as the referrer's: "en nombre de la Cámara de Comercio de España en Francia" is the sender's own)
                      r"|\b(?:suggerimento|indicazione|recomendacion|indicacao|recommendation|empfehlung|aanbeveling|recommandation|de parte)\b[^!?\n]{0,60}?"
                      r"\b(?:camera di commercio|camara de comercio|chamber of commerce|handelskammer|kamer van koophandel)\b[^.!?)]{0,60}")


def _client_work(name: str, intent: str, facts: Facts) -> bool:
    """Whether the note offers the owner work for a business it is the first to speak of: a client's request or a freelance
    assignment (never a job seeker's or a seller's note, a peer's swap, nor work talked over when they met)."""
    return (name == "client" or facts.client or name == "recruiting" and facts.freelance_role) and intent not in ("job_seeking", "met_before") \
        and not (facts.mutual or facts.offers or facts.former)


#: The sender's own clients (folded): "muchos clientes nos piden SEO", "viele Kunden fragen nach SEO", "i nostri clienti".
_THEIR_CLIENTS = r"\b(?:clients?|clientes|clienti|kunden|klanten|klant)\b"
#: The sender's own clients (folded): "mijn klanten", "my clients", "meine Kunden", "mis clientes", "i miei clienti", "os meus clientes".
_MY_CLIENTS = (r"\b(?:my|our|mes|nos|mis|nuestros|miei|nostri|mein\w*|unser\w*|mijn|onze|meus|nossos)\s+(?:\w+\s+)?"
               r"(?:clients?|clientes|clienti|kunden|klanten)\b")


def _work_for_clients(name: str, intent: str, facts: Facts, note: str) -> bool:
    """Whether the note asks for her work for a business: an agency's partnership on its clients' projects ("nosotros la web y
    tú el SEO") or a referred lead telling their business ("a Marie indicou seu nome. Estou abrindo um e-commerce")."""
    partner = facts.proposal == "partnership" and name == "business_proposal" and bool(cre.search(_THEIR_CLIENTS, fold(note)))
    # (a junior who wants to learn from her, "wil graag leren van mensen zoals jij", is no lead: a get-to-know call)
    referred_lead = name == "referral" and bool(facts.referrer) and facts.situation and facts.ask in ("call", "question", "") \
        and not cre.search(_LEARN_FROM, fold(note))
    # "ik ben freelance webdesigner … mijn klanten vragen vaak naar SEO … jij doet de SEO": a freelancer's offer to split work
    # for the sender's own clients is still work for those clients, in their language
    offers = facts.offers and not (partner and cre.search(_MY_CLIENTS, fold(note)))
    return (partner or referred_lead) and intent not in ("job_seeking", "met_before", "recruiting") \
        and not (facts.mutual or offers or facts.former or facts.candidate or facts.career or facts.studied)


#: Her own course, training or other work named (folded): "tu curso de social ads", "il tuo corso", "your SEO workshop",
#: "ta formation", "deinen Kurs", "je cursus", "o teu curso": what a referrer recommended.
_RECOMMENDED_WORK = (r"\b(?:your|ton|ta|tes|votre|vos|tu|tus|su|sus|tuo|tua|tuoi|tue|suo|sua|suoi|teu|teus|seu|seus|dein\w*|ihr\w*|je|jouw|uw)\s+"
                     r"(?:\w+[- ]?)?(?:\w+\s+)?(?:courses?|trainings?|workshops?|masterclass\w*|webinars?|cours|formations?|ateliers?|cursos?|talleres|taller"
                     r"|formacion\w*|corsi|corso|formazion\w*|kurs\w*|schulung\w*|cursus\w*|opleiding\w*|treinament\w*|formac\w*|seminar\w*)\b")
#: The referrer only told the sender about her (folded): "Anna hat mir von dir erzählt", "told me about you", "m'a parlé de
#: vous", "me habló de ti", "mi ha parlato di te", "me falou de você", "heeft me over je verteld": kind words, not an introduction.
_TOLD_ABOUT_HER = (r"\b(?:told me (?:\w+ ){0,2}about you|(?:spoke|speaks|talked|talks) (?:\w+ ){0,2}(?:highly )?(?:of|about) you"
                   r"|m'a (?:\w+ ){0,2}parle de (?:toi|vous)|me (?:\w+ ){0,2}(?:hablo|ha hablado) (?:\w+ ){0,2}de (?:ti|usted)"
                   r"|mi (?:\w+ ){0,2}ha parlato (?:\w+ ){0,2}di te|me (?:\w+ ){0,2}falou (?:\w+ ){0,2}(?:de voce|de ti|sobre voce|sobre ti|de si)"
                   r"|(?:hat|haben) mir (?:\w+ ){0,3}von (?:dir|ihnen) (?:\w+ ){0,2}(?:erzahlt|berichtet|vorgeschwarmt)"
                   r"|(?:heeft|hebben) me (?:\w+ ){0,3}over (?:je|jou|u) (?:\w+ ){0,2}verteld)\b")
#: Words of an introduction (folded): "put us in touch", "gave me your name", "suggested I contact you": the referrer did connect them.
_INTRODUCED = (r"\b(?:in touch|introduc\w*|connect\w*|your name|ton nom|votre nom|tu nombre|su nombre|il tuo nome|il suo nome|o teu nome|o seu nome|seu nome"
               r"|deinen namen|ihren namen|je naam|uw naam|contact\w*|contatt\w*|kontakt\w*|mis en relation|mettre en relation|fait le lien"
               r"|reach out|get in touch|escribirte|escribirle|scriverti|scriverle|t'ecrire|vous ecrire|dir zu schreiben|ihnen zu schreiben"
               r"|je te schrijven|u te schrijven|te escrever|lhe escrever|escrever para voce|vorgestellt|doorverw\w*)\b")
#: Clients in France (folded): "clientes franceses", "French clients", "Kunden in Frankreich" -- not the sender's clients' projects.
_FRENCH_CLIENTS = (r"\b(?:(?:clients?|clientes|clienti|kunden|klanten) (?:\w+ )?(?:francais|franceses|francesi|franzosische[nrs]?|franse|french"
                   r"|in frankreich|en france|in france|em franca|in francia|en francia|in frankrijk)"
                   r"|(?:french|franzosische[nrs]?|franse) (?:\w+ )?(?:clients?|clientes|clienti|kunden|klanten))\b")
#: Her content already spoken of in a draft (folded): "mes contenus", "meine Inhalte", "my content".
_CONTENT_SAID = r"\b(?:my content|mes contenus|mon contenu|mi contenido|mis contenidos|miei contenuti|meus conteudos|meinen? inhalte\w*|mijn content)\b"
#: Another market named with the French clients (folded): "clientes franceses y españoles", "French and Italian clients",
#: "Kunden in Frankreich und Deutschland": every market said back, never only "French clients".
_OTHER_MARKETS = {"spain": cre.compile(r"\b(?:espanol\w*|spanish|espagnol\w*|spanisch\w*|spagnol\w*|spaans\w*|espanhol\w*|spanien|espagne|spain|espana|spagna|spanje|espanha)\b"),
                  "italy": cre.compile(r"\b(?:italian\w*|italien\w*|italiano?s?|italiaans\w*|italy|italie|italia|itali\w*)\b"),
                  "germany": cre.compile(r"\b(?:german|allemand\w*|aleman\w*|tedesc\w*|alemaes|duits\w*|deutsch\w*|germany|allemagne|alemania|germania|alemanha|duitsland)\b"),
                  "belgium": cre.compile(r"\b(?:belg\w*)\b")}
_FRENCH_CLIENTS_AND = cre.compile(_FRENCH_CLIENTS + r"(?P<rest>.{0,40})")
_ALSO_CLIENTS = {
    "en": {"spain": " and Spanish", "italy": " and Italian", "germany": " and German", "belgium": " and Belgian"},
    "fr": {"spain": " et espagnols", "italy": " et italiens", "germany": " et allemands", "belgium": " et belges"},
    "es": {"spain": " y españoles", "italy": " e italianos", "germany": " y alemanes", "belgium": " y belgas"},
    "it": {"spain": " e spagnoli", "italy": " e italiani", "germany": " e tedeschi", "belgium": " e belgi"},
    "pt": {"spain": " e espanhóis", "italy": " e italianos", "germany": " e alemães", "belgium": " e belgas"},
    "de": {"spain": " und Spanien", "italy": " und Italien", "germany": " und Deutschland", "belgium": " und Belgien"},
    "nl": {"spain": " en Spaanse", "italy": " en Italiaanse", "germany": " en Duitse", "belgium": " en Belgische"},
}


def clients_also(note: str, lang: str) -> str:
    """The other market named right after the French clients, as the reply's ``lang`` adds it, or "".

    >>> clients_also("podríamos combinar nuestras ofertas para clientes franceses y españoles", "es")
    ' y españoles'
    >>> clients_also("for French clients", "en")
    ''
    """
    m = _FRENCH_CLIENTS_AND.search(fold(note))
    table = _ALSO_CLIENTS.get(lang[:2], {})
    if not m or not table:
        return ""
    rest = cre.split(r"[.!?;]", m.group("rest"))[0]
    return next((table[k] for k, rx in _OTHER_MARKETS.items() if rx.search(rest) and k in table), "")


#: "you train, we bring the clients", "a Camille dá formação e nós trazemos clientes": she trains the partner's clients (folded
#: note; both halves needed), never "your clients' projects".
_TRAINING_DEAL = (r"\b(?:formacao|formacoes|formation|formations|formacion|formaciones|formazion[ei]|trainings?|trainingen|schulung\w*|opleiding\w*|former|formar|formare|trainen|schulen|train)\b")
_BRING_CLIENTS = (r"\b(?:trazemos|trazer|bring|apportons|apporter|amenons|traemos|traer|portiamo|portare|bringen|brengen|aanbrengen|leveren)\b"
                  r"[^.!?\n]{0,30}\b(?:clients?|clientes|clienti|kunden|klanten)\b")


def training_deal(note: str) -> bool:
    """She gives the training and the partner brings the clients.

    >>> training_deal("Tu fais la formation, nous apportons les clients."), training_deal("Nous apportons des clients.")
    (True, False)
    """
    return bool(cre.search(_TRAINING_DEAL, fold(note)) and cre.search(_BRING_CLIENTS, fold(note)))


#: Her clients, said by the sender (folded): "your clients", "dei tuoi clienti", "para tus clientes", "seus clientes", "deine
#: Kunden": in her reply they are "my clients", never "yours".
_YOUR_CLIENTS = (r"\b(?:your (?:\w+ )?clients|vos clients|tes clients|tus clientes|sus clientes|tuoi clienti|suoi clienti|seus clientes"
                 r"|teus clientes|deine(?:n)? kunden|ihre(?:n)? kunden|je klanten|uw klanten)\b")
#: Clients the owner has, as the sender says it: "your clients", "vous avez des clients", "heb je klanten".
_HAS_CLIENTS = (rf"{_YOUR_CLIENTS}|\b(?:vous avez|tu as|you have|tienes|hai|tem|hast|haben sie|heb je|heeft u) (?:\w+ )?(?:clients?|clientes|clienti|kunden|klanten)\b")
_SHARED_CLIENTS = (r"\b(?:(?:clients?|clientes|clienti|kunden|klanten) (?:\w+ )?(?:communs?|en commun|in common|en comun|em comum|in comune|comuni|gemeinsam\w*)"
                   r"|(?:common|shared|mutual|joint|gemeinsame\w*|gezamenlijke|gedeelde|comuni|compartid\w*|partilhad\w*|compartilhad\w*) (?:\w+ )?(?:clients?|clientes|clienti|kunden|klanten)"
                   r")\b")
#: Clients passed to each other (folded): "a referral partnership", "refer clients to each other", "gegenseitig Kunden
#: vermitteln": a partnership still to start, so no clients shared yet (never "the clients we share").
_MUTUAL_REFERRALS = (r"\b(?:referrals?|(?:refer\w*|send\w*|pass\w*|envoy\w*|recommand\w*|referir\w*|indicar\w*|segnal\w*|passar\w*|mandar\w*) (?:\w+ ){0,3}?"
                   r"(?:each other|one another|l'un(?:e)? (?:a|vers) l'autre|mutuellement|mutuamente|reciprocamente|a vicenda|uns aos outros|unos a otros)"
                   r"|(?:gegenseitig|elkaar) (?:\w+ ){0,4}?(?:vermittel\w*|zuschanz\w*|empfehl\w*|doorverwijz\w*|doorsturen|toesturen|toespelen|aanbevelen)"
                   r"|uns (?:\w+ ){0,3}?(?:kunden|projekte|auftrage) (?:\w+ )?(?:zuschicken|zusenden|zuschieben|zuspielen)"
                   r"|(?:s'envoyer|nous envoyer|se recommander|nous recommander|s'adresser|doorverwijz\w*) (?:\w+ )?(?:des )?clients?)\b")
#: Thanks for what the sender promised to send ("I'll send you the contact of our Shopify developer"), said after the first
#: line: (informal, formal) per language and kind; "{x}" is the thing, "doc" anything else promised.
_PROMISED_THING = {
    "en": {"contact": "the contact", "case_study": "the case study", "slides": "the slides", "link": "the link", "list": "the list"},
    "fr": {"contact": "le contact", "case_study": "l'étude de cas", "slides": "les slides", "link": "le lien", "list": "la liste"},
    "es": {"contact": "el contacto", "case_study": "el caso de estudio", "slides": "las diapositivas", "link": "el enlace", "list": "la lista"},
    "it": {"contact": "il contatto", "case_study": "il case study", "slides": "le slide", "link": "il link", "list": "la lista"},
    "de": {"contact": "den Kontakt", "case_study": "die Case Study", "slides": "die Folien", "link": "den Link", "list": "die Liste"},
    "nl": {"contact": "de contactgegevens", "case_study": "de case study", "slides": "de slides", "link": "de link", "list": "de lijst"},
    "pt": {"contact": "o contato", "case_study": "o estudo de caso", "slides": "os slides", "link": "o link", "list": "a lista"},
}
_PROMISED_LINE = {
    "en": ("And thanks in advance for {x}!", "And thank you in advance for {x}.", "And thanks in advance for sending it!"),
    "fr": ("Et merci d'avance pour {x} !", "Et merci par avance pour {x}.", "Et merci d'avance pour l'envoi !"),
    "es": ("¡Y gracias de antemano por {x}!", "Y muchas gracias de antemano por {x}.", "¡Y gracias de antemano por enviármelo!"),
    "it": ("E grazie in anticipo per {x}!", "E grazie in anticipo per {x}.", "E grazie in anticipo per l'invio!"),
    "de": ("Und danke schon mal für {x}!", "Und vielen Dank vorab für {x}.", "Und danke schon mal fürs Schicken!"),
    "nl": ("En alvast bedankt voor {x}!", "En alvast hartelijk dank voor {x}.", "En alvast bedankt voor het sturen!"),
    "pt": ("E obrigada desde já por {x}!", "E obrigada desde já por {x}.", "E obrigada desde já pelo envio!"),
}
#: Something sent for her view ("I'll send over our landing page for your feedback"): her yes to look at it (informal, formal)
_REVIEW_LINE = {
    "en": ("Send it over whenever you're ready, I'll gladly take a look!", "Please send it over whenever you're ready; I'll gladly take a look."),
    "fr": ("N'hésite pas à me l'envoyer, j'y jetterai un œil avec plaisir !", "N'hésitez pas à me l'envoyer, j'y jetterai un œil avec plaisir."),
    "es": ("¡Mándamelo cuando quieras y le echo un vistazo con mucho gusto!", "Envíemelo cuando quiera y le echaré un vistazo con mucho gusto."),
    "it": ("Mandami pure tutto quando vuoi: ci do un'occhiata volentieri!", "Mi mandi pure tutto quando vuole: ci darò un'occhiata volentieri."),
    "de": ("Schick mir das gern, ich schaue es mir gern an!", "Schicken Sie mir das gern, ich schaue es mir gern an."),
    "nl": ("Stuur maar op, ik kijk er graag naar!", "Stuurt u het gerust op, ik kijk er graag naar."),
    "pt": ("Manda quando quiseres, dou uma vista de olhos com todo o gosto!", "Envie quando quiser, dou uma vista de olhos com todo o gosto."),
    "pt-BR": ("Pode mandar quando quiser, dou uma olhada com prazer!", "Pode enviar quando quiser, dou uma olhada com prazer."),
}
_PROMISE_TEMPLATES = ("met_before", "content", "benefit", "referral", "ask_for_help")


def _promise_thanks(promised: str, lang: str, informal: bool) -> str:
    """ "Und danke schon mal für den Kontakt – sehr gern!": the line that thanks for what the sender promised to send."""
    short = lang[:2]
    lines = _PROMISED_LINE.get(short)
    if not promised or not lines:
        return ""
    if promised == "review":
        pair = _REVIEW_LINE.get(lang) or _REVIEW_LINE[short]
        return pair[0 if informal else 1]
    thing = _PROMISED_THING[short].get(promised, "")
    if short == "pt" and thing and lang != "pt-BR":
        thing = thing.replace("contato", "contacto")
    if not thing:
        return lines[2] if informal or short not in ("de",) else "Und vielen Dank vorab fürs Zusenden."
    line = lines[0] if informal else lines[1]
    line = line.format(x=thing)
    if short == "pt":
        line = cre.sub(r"\bpor (o|a|os|as) ", lambda m: {"o": "pelo ", "a": "pela ", "os": "pelos ", "as": "pelas "}[m.group(1)], line)
    return line


#: The answer to an old colleague's "how are you?" (informal, formal); the draft's own question follows it.
_HOWDY = {"en": ("I'm doing well, thanks!",) * 2, "fr": ("Je vais bien, merci !",) * 2,
          "de": ("Mir geht es gut, danke!", "Mir geht es gut, danke der Nachfrage!"), "es": ("¡Muy bien, gracias!", "Muy bien, gracias."),
          "it": ("Sto bene, grazie!",) * 2, "pt": ("Estou bem, obrigada!",) * 2, "pt-BR": ("Tudo ótimo, obrigada!",) * 2,
          "nl": ("Met mij gaat het goed, dank je!", "Met mij gaat het goed, dank u!")}
#: A draft that already says how she is (folded).
_HOWDY_SAID = (r"\b(?:i'?m (?:doing )?(?:well|fine|good)|je vais bien|mir geht(?:'s| es) gut|muy bien, gracias|sto bene|estou bem|tudo otimo"
               r"|met mij gaat het goed)\b")
#: A draft that already wishes the sender well for a move (folded).
_MOVE_SAID = r"\b(?:move|installation|umzug|mudanza|trasferimento|mudanca|verhuizing)\b"
#: A closing that already wishes luck for the search, and the same closing with the move in it: one wish at the end,
#: never "All the best with your move!" early in the draft and "Good luck with the search" again at the end.
_MOVE_CLOSING = {
    "en": {"Good luck with the search,": "Good luck with the move and the search,",
           "Best of luck with your search,": "Best of luck with the move and your search,"},
    "fr": {"Bon courage pour tes recherches,": "Bonne installation, et bon courage pour tes recherches,",
           "Bonne continuation dans vos recherches,": "Bonne installation, et bonne continuation dans vos recherches,"},
    "de": {"Viel Erfolg bei der Suche": "Alles Gute für den Umzug und viel Erfolg bei der Suche",
           "Viel Erfolg bei Ihrer Suche": "Alles Gute für den Umzug und viel Erfolg bei Ihrer Suche"},
    "es": {"¡Mucho ánimo con la búsqueda!": "¡Mucha suerte con la mudanza y mucho ánimo con la búsqueda!",
           "Le deseo mucho éxito en su búsqueda,": "Le deseo mucho éxito con la mudanza y en su búsqueda,"},
    "it": {"In bocca al lupo per la ricerca,": "In bocca al lupo per il trasferimento e per la ricerca,"},
    "pt": {"Boa sorte na procura,": "Boa sorte com a mudança e com a procura,",
           "Votos de sucesso na sua procura,": "Votos de sucesso com a mudança e na sua procura,"},
    "pt-BR": {"Boa sorte na busca,": "Boa sorte com a mudança e com a busca,",
              "Sucesso na sua busca,": "Sucesso com a mudança e na sua busca,"},
    "nl": {"Succes met zoeken,": "Succes met de verhuizing en met zoeken,",
           "Veel succes met uw zoektocht,": "Veel succes met de verhuizing en met uw zoektocht,"},
}


def _move_wished(text: str, line: str, lang: str) -> str:
    r"""The wish for the sender's move said once: folded into a closing that already wishes luck for the search, else
    ``line`` after the first line (never two "good luck" in one draft).

    >>> _move_wished("Hi Anna,\n\nThanks!\nA tip.\n\nGood luck with the search,\nCamille", "Good luck with your move to Lyon!", "en")
    'Hi Anna,\n\nThanks!\nA tip.\n\nGood luck with the move and the search,\nCamille'
    """
    for closing, with_move in (_MOVE_CLOSING.get(lang) or _MOVE_CLOSING.get(lang[:2], {})).items():
        if f"\n{closing}\n" in text:
            return text.replace(f"\n{closing}\n", f"\n{with_move}\n", 1)
    if cre.search(r"(?i)\bgood luck\b", text):
        line = line.replace("Good luck with your move", "All the best with your move")  # one "good luck" per draft
    if cre.search(r"(?i)\bviel erfolg\b", text):
        line = line.replace("Viel Erfolg beim Umzug", "Alles Gute für den Umzug")
    return _after_first_line(text, line)


#: The sender moves to her own city (``arrive``) and asks no meeting: a coffee once they are there, never only "good
#: luck with the move" as if she lived elsewhere; (informal, formal), {x} the city.
_ARRIVE_COFFEE = {
    "en": ("I'm in {x} too, so let's have a coffee once you've settled in.",) * 2,
    "fr": ("Je suis moi aussi à {x} : prenons un café une fois que tu auras posé tes valises.",
           "Je suis moi aussi à {x} : prenons un café une fois que vous aurez posé vos valises."),
    "de": ("Ich bin selbst in {x}: Wenn du angekommen bist, trinken wir gern einen Kaffee.",
           "Ich bin selbst in {x}: Wenn Sie angekommen sind, trinken wir gern einen Kaffee."),
    "es": ("Yo también estoy en {x}: cuando llegues, tomamos un café.", "Yo también estoy en {x}: cuando llegue, con gusto tomamos un café."),
    "it": ("Anch'io sono a {x}: quando arrivi, prendiamo un caffè.", "Anch'io sono a {x}: quando arriva, prendiamo volentieri un caffè."),
    "pt-BR": ("Eu também estou em {x}: quando você chegar, vamos tomar um café.", "Eu também estou em {x}: quando chegar, será um prazer tomar um café."),
    "pt": ("Também estou em {x}: quando chegares, tomamos um café.", "Também estou em {x}: quando chegar, tomamos um café com todo o gosto."),
    "nl": ("Ik zit zelf ook in {x}: als je er eenmaal woont, drinken we een kop koffie.",
           "Ik zit zelf ook in {x}: als u er eenmaal woont, drinken we graag een kop koffie."),
}
#: The same when the sender already lives in her city ("after relocating to Lyon"): a coffee now, no arrival awaited.
_ARRIVED_COFFEE = {
    "en": ("I'm in {x} too, so let's have a coffee soon.", "I'm in {x} too: I'd be glad to meet for a coffee soon."),
    "fr": ("Je suis moi aussi à {x} : prenons un café prochainement.", "Je suis moi aussi à {x} : prenons un café prochainement."),
    "de": ("Ich bin selbst in {x}: Lass uns gern bald einen Kaffee trinken.", "Ich bin selbst in {x}: Gern trinken wir bald einen Kaffee."),
    "es": ("Yo también estoy en {x}: tomemos un café pronto.", "Yo también estoy en {x}: con gusto tomamos un café pronto."),
    "it": ("Anch'io sono a {x}: prendiamo presto un caffè.", "Anch'io sono a {x}: prendiamo volentieri un caffè presto."),
    "pt-BR": ("Eu também estou em {x}: vamos tomar um café em breve.", "Eu também estou em {x}: será um prazer tomar um café em breve."),
    "pt": ("Também estou em {x}: tomamos um café em breve.", "Também estou em {x}: tomamos um café em breve com todo o gosto."),
    "nl": ("Ik zit zelf ook in {x}: laten we binnenkort een kop koffie drinken.",
           "Ik zit zelf ook in {x}: laten we binnenkort graag een kop koffie drinken."),
}
_COFFEE_SAID = r"\b(?:coffee|cafe|kaffee|caffe|koffie|meet|treffen|rencontr\w*|vederci|ver-nos|conocernos|afspreken)\b"


def _arrive_coffee(text: str, ctx: Mapping[str, Any], lang: str) -> str:
    """``text`` with a coffee offered in her own city when the sender moves there and no meeting is asked or offered yet,
    when it fits in a draft."""
    lines = _ARRIVED_COFFEE if ctx.get("arrived") else _ARRIVE_COFFEE
    pair, city = lines.get(lang) or lines.get(lang[:2]), ctx.get("arrive") or ctx.get("arrived")
    asks = [str(a).split(":")[0] for a in ctx.get("asks") or ()]
    if not city or not pair or "meet" in asks or "call" in asks or ctx.get("ask") in ("meet", "call") \
            or cre.search(_COFFEE_SAID, fold(text)):
        return text
    with_coffee = _before_sign_off(text, pair[0 if ctx.get("informal") else 1].format(x=city))
    return with_coffee if len(with_coffee) <= MAX_CHARS else text  # never at the cost of the owner's own tip


def _asks_howdy(note: str) -> bool:
    """Does the note ask "how are you?" after telling something ("we worked together at … How are you?")? The greeting's
    "Oi Camille! Tudo bem?" asks nothing to answer."""
    told_words = 0
    for a, b in core_clauses(note):
        sentence = note[a:b].strip()
        if sentence.endswith("?") and _small_talk(sentence):
            return told_words >= 4
        told_words += len(cre.findall(r"\w+", sentence))
    return False


def _shop_said(text: str, headline: str) -> bool:
    """The draft already names the sender's shop: a word for a shop, or a capitalised name from the headline."""
    body = text.split("\n", 2)[-1]
    if cre.search(r"(?i)\b(?:shop|store|boutique|laden|tienda|negozio|loja|lojinha|winkel|webshop|e-?commerce|attivit[àa]|neg[óo]cio|negocio)\b", body):
        return True
    return any(len(w) >= 4 and w in body for w in cre.findall(r"\b[A-ZÀ-Ý][\w&'’-]+", headline)
               if w.casefold() not in ("student", "studentin", "starter", "founder", "owner", "webshop", "etudiante", "studente"))


#: The templates whose sender may be a shop owner wished luck with the shop (shop.py).
_SHOP_TEMPLATES = ("content", "ask_for_help", "client", "benefit", "answer", "met_before", "known")


def _after_first_line(text: str, line: str) -> str:
    """``line`` said right after the draft's first sentence line (the thanks), before the next step."""
    lines = text.split("\n")
    for i, row in enumerate(lines):
        if i >= 2 and row.strip():
            lines[i] = row.rstrip() + " " + line
            return "\n".join(lines)
    return text


#: A LinkedIn group both belong to, named in quotes: "wir sind beide in der Gruppe „Digital Marketing France-Allemagne“",
#: "we're both members of the group "SEO Women"", "on est toutes les deux dans le groupe « Marketing Lyon »".
_SHARED_GROUP = (r"(?i)\b(?:group|groupe|gruppe|groep|gruppo|grupo)\s*(?:linkedin\s*)?(?:[:–-]\s*)?[«„“\"‘']\s*([^»“”\"’'\n]{3,60}?)\s*[»“”\"’']")
#: The cue that the sender is in it too, or a member (folded), never "join our group": "beide", "both", "toutes les deux", "membre".
_GROUP_BOTH = (r"\b(?:beide|both|allebei|allemaal|toutes les deux|tous les deux|tous deux|toutes deux|ambos|ambas|entrambi|entrambe|tutti e due|tutte e due"
               r"|membre|membres|member|members|mitglied\w*|lid van|leden van|membro|membri|membros|miembro|miembros|auch in|also in|aussi dans|ook in|tambien en|tambem no|anche io nel)\b")
#: The name quoted in a line the draft adds ("die Gruppe „SEO Süd“" → "SEO Süd").
_QUOTED_NAME = r"[„“«‘]\s*([^“”»’]+?)\s*[“”»’]"
#: The group named after the thanks, per reply language: (informal, formal); {g} the group's name.
_GROUP_LINE = {
    "en": ("Great to meet a fellow member of the “{g}” group!", "Good to meet a fellow member of the “{g}” group."),
    "fr": ("Ravie qu'on se retrouve via le groupe « {g} » !", "Ravie de nous retrouver via le groupe « {g} »."),
    "de": ("Toll, dass wir uns über die Gruppe „{g}“ gefunden haben!", "Gut, dass wir uns über die Gruppe „{g}“ gefunden haben."),
    "es": ("¡Qué bien coincidir en el grupo «{g}»!", "Un placer coincidir en el grupo «{g}»."),
    "it": ("Bello ritrovarci nel gruppo “{g}”!", "Un piacere ritrovarci nel gruppo “{g}”."),
    "pt": ("Que bom encontrarmo-nos no grupo “{g}”!", "É um gosto estarmos em contacto através do grupo “{g}”."),
    "pt-BR": ("Que bom a gente se encontrar no grupo “{g}”!", "É um prazer estarmos em contato pelo grupo “{g}”."),
    "nl": ("Mooi om elkaar via de groep ‘{g}’ te vinden!", "Fijn om elkaar via de groep ‘{g}’ te vinden."),
}


def group_line(note: str, lang: str, informal: bool) -> str:
    """The shared group named once, when the note says both are in it, in ``lang``, or "".

    >>> group_line("Hallo, wir sind beide in der Gruppe „SEO Süd“. Grüße", "de", False)
    'Gut, dass wir uns über die Gruppe „SEO Süd“ gefunden haben.'
    >>> group_line("Hi, please join our group «SEO Süd»!", "en", True)
    ''
    """
    m = cre.search(_SHARED_GROUP, note)
    row = _GROUP_LINE.get(lang) or _GROUP_LINE.get(lang[:2])
    if not m or not row or not cre.search(_GROUP_BOTH, fold(note)):
        return ""
    return row[0 if informal else 1].format(g=m.group(1).strip())


#: A series of episodes about a subject (folded): "a series on European consultants", "una serie sobre", "een reeks over".
_SERIES_ON = r"\b(?:series|serie|reeks)\s+(?:on|about|sobre|su|sui|sulle|over|de)\b"
#: An interview asked by name (folded): "interview", "entrevista", "intervista", "entretien".
_INTERVIEW_WORD = r"\b(?:interview\w*|entrevista\w*|intervist\w*|entretien)\b"
#: Its mode already given (folded): written questions, a quote, thoughts, a phone interview: never offered the choice again.
_WRITTEN_OR_PHONE = (r"\b(?:questions?|preguntas?|perguntas?|domande|fragen|vragen|quote|citation|thoughts|par ecrit|por escrito|per iscritto|schriftlich\w*"
                     r"|schriftelijk|in writing|e-?mail|mail|phone|telephon\w*|telefon\w*|telefoon\w*|telefone|telefono|telefonico|telefonica|bellen|anrufen)\b")
#: A piece she is asked to write for the sender's blog, magazine or newsletter (folded): "write a guest article", "un article
#: invité", "escribir un artículo para nuestro blog", "scrivere un articolo ospite", "escrever um artigo convidado", "einen
#: Gastbeitrag schreiben", "een gastblog schrijven".
_ARTICLE_WRITTEN = (r"\b(?:guest ?(?:article|post|blog ?post|column)s?|articles? invites?|tribune|articulos? invitados?|articoli? ospit[ei]|artigos? convidados?"
                    r"|gastbeitr\w*|gastartik\w*|gastblog\w*|gastcolumn\w*)\b"
                    r"|\b(?:write|writing|ecrire|rediger|escribir|redactar|scrivere|escrever|redigir|schreiben|verfassen|schrijven|contribute)\b"
                    r"[^.!?\n]{0,40}\b(?:article|articulo|articolo|artigo|artikel|beitrag|post|blog ?post|column|chronique)s?\b")


#: The sender's offer of English taken up ("Anche in inglese va benissimo"), in a language she does not work in: the reply
#: says English suits her, never a language caveat or a silence that implies the sender's language.
_EN_TAKEN = {"es": "Y en inglés, perfecto para mí.", "it": "L'inglese va bene anche per me.", "pt": "Por mim, em inglês está ótimo.",
             "pt-BR": "Em inglês fica ótimo para mim.", "de": "Englisch ist für mich kein Problem.", "nl": "In het Engels kan dat prima."}
#: The sender's offer of French taken up ("in inglese o francese va benissimo"): a French owner picks her own language.
_FR_TAKEN = {"es": "En francés, perfecto para mí.", "it": "Per me il francese è perfetto.", "pt": "Por mim, em francês está ótimo.",
             "pt-BR": "Em francês fica ótimo para mim.", "de": "Französisch ist mir am liebsten.", "nl": "In het Frans kan dat prima.",
             "en": "French suits me best."}
#: The sender speaks of their own French ("mi francés es básico", "my French is rusty"): English spares them, never French.
_OWN_FRENCH = r"\b(?:mi|my|il mio|o meu|mein|mijn|mon) (?:\w+ )?(?:frances|french|francese|franzosisch|frans|francais)\b"
#: The language taken up, by its code, and how the draft names it already (never said twice).
_TAKEN = {"en": (_EN_TAKEN, r"(?i)\b(?:ingl[eéê]s|inglese|englisch|engels)\b"), "fr": (_FR_TAKEN, r"(?i)\b(?:franc[eé]s|francese|französisch|frans|french)\b")}


def _en_taken(text: str, lang: str, taken: str = "en") -> str:
    """The line saying English suits her, after the first sentence of the draft's answer (the line after the thanks).

    >>> print(_en_taken("Ciao Luca,\\n\\ngrazie per il messaggio.\\nVolentieri! Quando ti va bene?\\n\\nA presto,\\nCamille", "it"))
    Ciao Luca,
    <BLANKLINE>
    grazie per il messaggio.
    Volentieri! L'inglese va bene anche per me. Quando ti va bene?
    <BLANKLINE>
    A presto,
    Camille
    """
    lines, said = _TAKEN[taken]
    if cre.search(said, text):
        return text
    line = lines.get(lang) or lines.get(lang[:2], "")
    return _after_answer_opening(text, line) if line else text


def _after_answer_opening(text: str, line: str) -> str:
    """``line`` said after the first sentence of the draft's answer (the line after the thanks), e.g. after its yes."""
    parts = text.split("\n\n")
    if len(parts) < 3:
        return text
    rows = parts[1].split("\n")
    i = 1 if len(rows) > 1 else 0
    rows[i] = _after_first_clause(rows[i], line)
    parts[1] = "\n".join(rows)
    return "\n\n".join(parts)


#: The draft's answer opens with a yes to "do you do that?": "Ja, dat is precies wat ik doe!", "Yes, I run …", "Sí, …".
_ANSWER_YES = r"\n\n[^\n]+\n(?:Yes|Oui|Sí|Sì|Sim|Ja)\b"
#: The France line's "exactly", per language: left out when the answer already says one ("Ja, dat is precies wat ik doe!",
#: "Sim, é exatamente o que faço"), never "exactly" twice.
_EXACTLY = {"en": "exactly ", "fr": "justement ", "es": "justo ", "it": "proprio ", "pt": "precisamente ", "pt-BR": "justamente ", "de": "genau ",
            "nl": "precies "}
_EXACTLY_SAID = r"(?i)\b(?:exactly|precisely|justement|exactement|justo|exactamente|precisamente|proprio|esattamente|exatamente|justamente|genau|precies|exact)\b"


def _france_said(text: str, line: str, lang: str) -> str:
    r"""The France line (her market, what she would test there first) added once: after the answer's yes when the answer
    opens with one ("Ja, dat is precies wat ik doe! Frankrijk is mijn markt: …"), never before it; else after the thanks.

    >>> print(_france_said("Hoi,\n\nBedankt!\nJa, dat is precies wat ik doe! Wanneer?\n\nGroet", "Frankrijk is precies mijn markt: test eerst.", "nl"))
    Hoi,
    <BLANKLINE>
    Bedankt!
    Ja, dat is precies wat ik doe! Frankrijk is mijn markt: test eerst. Wanneer?
    <BLANKLINE>
    Groet
    """
    word = _EXACTLY.get(lang) or _EXACTLY.get(lang[:2], "")
    if word and cre.search(_EXACTLY_SAID, text):
        line = line.replace(word, "", 1)
    return _after_answer_opening(text, line) if cre.search(_ANSWER_YES, text) else _after_first_line(text, line)


#: A German thesis named by its degree (folded): "Bachelorarbeit", "Masterarbeit", "Diplomarbeit".
_DE_THESIS_KIND = r"\b(bachelor|master|diplom)-?arbeit\b"

#: The thesis as the draft names it: (informal, formal).
_THESIS_NOUN = {"en": ("your thesis", "your thesis"), "fr": ("ton mémoire", "votre mémoire"), "de": ("deiner Abschlussarbeit", "Ihrer Abschlussarbeit"),
                "es": ("tu tesis", "su tesis"), "it": ("la tua tesi", "la Sua tesi"), "pt": ("a tua tese", "a sua tese"),
                "pt-BR": ("o seu TCC", "o seu TCC"), "nl": ("je scriptie", "uw scriptie")}


#: The sender's possessive turned the owner's way, per language: {note's word: (informal, formal)}, with the preposition the
#: template's "the launch of …" needs ("del tuo", "da sua", "de ta", "deines").
_LAUNCH_YOURS = {"en": {"my": ("your", "your")}, "es": {"mi": ("tu", "su")}, "it": {"mio": ("del tuo", "del Suo"), "mia": ("della tua", "della Sua")},
                 "pt": {"minha": ("da tua", "da sua"), "meu": ("do teu", "do seu")}, "pt-BR": {"minha": ("da sua", "da sua"), "meu": ("do seu", "do seu")},
                 "fr": {"ma": ("de ta", "de votre"), "mon": ("de ton", "de votre")}, "nl": {"mijn": ("je", "uw")},
                 "de": {"mein": ("deines", "Ihres"), "meinen": ("deines", "Ihres"), "meine": ("deiner", "Ihrer")}}


def launched_thing(launched: tuple[str, str], lang: str, *, informal: bool) -> str:
    """The brand or shop the sender launched, as the reply names it ("tu marca de ropa", "del tuo brand di ceramiche",
    "deines Labels für Taschen"), or "" when the note names none the reply can take up.

    >>> launched_thing(("mein", "Label für Taschen"), "de", informal=True), launched_thing(("minha", "marca de biquínis"), "pt-BR", informal=True)
    ('deines Labels für Taschen', 'da sua marca de biquínis')
    >>> launched_thing(("ma", "marque de bijoux"), "fr", informal=False), launched_thing(("mein", "neues Label"), "de", informal=True)
    ('de votre marque de bijoux', '')
    """
    mine, thing = launched
    table = _LAUNCH_YOURS.get(lang) or _LAUNCH_YOURS.get(lang[:2], {})
    if not thing or mine not in table:
        return ""
    yours = table[mine][0 if informal else 1]
    if lang[:2] == "de":
        head, _, tail = thing.partition(" ")
        if not head[:1].isupper():
            return ""  # "mein neues Label": an adjective to inflect, the launch is congratulated without naming it
        if yours in ("deines", "Ihres") and not head.endswith(("s", "x", "z")):
            head += "s"
        thing = f"{head} {tail}".strip()
    return f"{yours} {thing}"


def _thesis_noun(note: str, lang: str, *, informal: bool) -> str:
    """The sender's own thesis as the draft names it ("a sua tese"), or "" when the note names none.

    >>> _thesis_noun("estou a fazer a tese sobre estratégia de conteúdos", "pt", informal=False)
    'a sua tese'
    >>> _thesis_noun("Je rédige mon mémoire sur le SEO local", "fr", informal=True), _thesis_noun("I read a thesis on SEO", "en", informal=True)
    ('ton mémoire', '')
    >>> _thesis_noun("ich schreibe meine Masterarbeit über SEO", "de", informal=False)
    'Ihrer Masterarbeit'
    """
    folded = fold(note)
    if not cre.search(_THESIS, folded):
        return ""
    pair = _THESIS_NOUN.get(lang) or _THESIS_NOUN.get(lang[:2])
    if not pair:
        return ""
    noun = pair[0 if informal else 1]
    if lang[:2] == "fr" and cre.search(r"\bthese\b", folded):
        noun = noun.replace("mémoire", "thèse").replace("ton ", "ta ")
    if lang[:2] == "en" and "dissertation" in folded:
        noun = "your dissertation"  # "my MSc dissertation": named as they name it
    if lang == "pt-BR" and cre.search(r"\b(?:dissertacao|tese)\b", folded):
        noun = "a sua dissertação" if "dissertacao" in folded else "a sua tese"
    named = cre.search(_DE_THESIS_KIND, folded) if lang[:2] == "de" else None
    if named:  # "meine Bachelorarbeit über Influencer-Marketing": his Bachelorarbeit, never a generic Abschlussarbeit
        noun = noun.replace("Abschlussarbeit", named.group(1).capitalize() + "arbeit")
    return noun


def _before_sign_off(text: str, line: str) -> str:
    r"""``line`` said at the end of the draft's body, right before the sign-off ("Best regards,").

    >>> _before_sign_off("Hi Ana,\n\nThanks!\nAn answer.\n\nBest,\nCamille", "Good luck!")
    'Hi Ana,\n\nThanks!\nAn answer. Good luck!\n\nBest,\nCamille'
    """
    paras = text.split("\n\n")
    if len(paras) < 3:
        return _after_first_line(text, line)
    paras[-2] = paras[-2].rstrip() + " " + line
    return "\n\n".join(paras)


_AT_EVENT = {"en": r"(?:at|during)\s", "fr": r"(?:au|aux|à|lors d)[\s']", "es": r"(?:en|durante)\s", "it": r"(?:al|alla|all'|allo|ai|alle|nel|nella|durante)[\s']?",
             "pt": r"(?:no|na|nos|nas|em|durante)\s", "de": r"(?:auf|bei|beim|im|am|in der|während)\s", "nl": r"(?:op|bij|tijdens)\s"}


_EVENT_WORD = (r"(?:event|events|summit|days|day|forum|fórum|foro|conference|konferenz|kongress|congres|congress|congreso|congresso|festival|meetup"
               r"|week|woche|salon|expo|fair|messe|beurs|camp|con|fest|tage|dag|dagen|giornate|jornadas|jornada|encontro)")
#: "eMetrics Summit", "Emerce eDay": a brand written in camel case ("e" or "i" then a capital) is a capitalised word of the name.
#: A small joining word between two capitalised words stays in it: "Women in Tech meetup", never "the Tech meetup".
_NAMED_EVENT = (rf"(?<![\w-])((?:(?:[A-Z0-9]|[a-z]{{1,2}}[A-Z])[\w&'-]*\s+(?:(?:in|of|for|and)\s+(?=[A-Z]))?){{0,3}}(?i:{_EVENT_WORD}|[a-z]{{1,2}}(?-i:Day|Days|Summit|Con|Fest))"
                 rf"(?:\s+(?:[A-Z0-9][\w-]*)){{0,4}})(?![\w-])")


#: A quoted name's letters up to its closing quote: an apostrophe inside a word ("kmo's", "SME's", "l'e-commerce") is
#: part of the name, never its end.
_QUOTED_BODY = r"(?:[^\"”“»’'\n]|(?<=\w)['’](?=\w))"


def _words(text: str) -> set[str]:
    return set(cre.findall(r"\w+", text.casefold()))


#: A capitalised word just before (a name's head: "Congreso de Marketing Digital", "Digital Days di …").
_CAPITAL_BEFORE = r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w-]+\s+$"


def _event_name(note: str, project: str) -> str:
    """The sender's named event: a quoted project that is an event, or a capitalised name around an event word
    ("E-commerce Event Gent", "Digital Days Lyon"); "" when none."""
    if project and cre.search(rf"\b{_EVENT_WORD}\b", project, flags=re.I) and cre.search(rf"[\"“„«‘']\s*{re.escape(project)}\s*[\"”“»’']", note):
        return project  # the quoted name, as the sender wrote it
    quoted = cre.search(rf"(?i:{_EVENT_WORD}|veranstaltung|evenement|événement|evento|conférence|congrès|kongresses|konferenz)\s+[\"“„«‘']\s*({_QUOTED_BODY}{{3,60}}?)\s*[\"”“»’'](?!\w)", note)
    if quoted:
        return quoted.group(1)  # für unseren Kongress "Handel Digital Linz": the quoted name after an event noun
    for m in cre.finditer(_NAMED_EVENT, note):
        # "Namens Webshop Dag Gent nodig ik je uit": who writes, then the event; the name starts after "namens"
        name = cre.sub(r"(?i)^(?:namens|im namen (?:von|der|des)|au nom d(?:e|u|es)|en nombre de|a nome d(?:i|el|ella)|em nome d[aeo]|on behalf of)\s+",
                       "", m.group(1).strip())
        name = cre.sub(r"\s+I$", "", name)  # "… Summit Paris I'd like to invite you": the pronoun is not the name's
        if cre.search(r"\bcon\b", name):
            continue  # "una sesión sobre SEO con mis alumnos": "con" is "with", no event
        if not note[:m.start(1)].strip() or note[:m.start(1)].rstrip(" \t").endswith("\n"):
            if cre.match(r"\s*[,!:\n]", note[m.end(1):] + "\n"):
                continue  # "Dag Camille," "Hi Day Team!": the salutation opening the note, never an event's name
        # ("el congreso Marketing Norte": the event's own noun, then its capitalised name)
        if len(name.split()) >= 2 and (name[0].isupper() or cre.match(r"[a-z]{1,2}[A-Z]", name) or cre.match(
                r"(?:congreso|congresso|congres|kongress|conferencia|conferenza|conference|festival|forum|foro|salon|salone|evento|event|summit|encuentro|encontro"
                r"|jornadas|feria|fiera|beurs|messe)\s+[A-Z]", name)):
            return name
    return ""


#: Her working languages said after the yes to a talk, class or interview in another language, per reply language:
#: (the names, the joiner between two names, the sentence around them).
_SPEAK_LIMIT: dict[str, tuple[dict[str, str], str, str]] = {
    "es": ({"fr": "francés", "en": "inglés", "es": "español", "de": "alemán", "it": "italiano", "pt": "portugués", "nl": "neerlandés"},
           " o en ", "Eso sí, tendría que ser en {}."),
    "it": ({"fr": "francese", "en": "inglese", "es": "spagnolo", "de": "tedesco", "it": "italiano", "pt": "portoghese", "nl": "olandese"},
           " o in ", "Solo una precisazione: dovrebbe essere in {}."),
    "pt": ({"fr": "francês", "en": "inglês", "es": "espanhol", "de": "alemão", "it": "italiano", "pt": "português", "nl": "neerlandês"},
           " ou em ", "Só um detalhe: teria de ser em {}."),
    "pt-BR": ({"fr": "francês", "en": "inglês", "es": "espanhol", "de": "alemão", "it": "italiano", "pt": "português", "nl": "holandês"},
              " ou em ", "Só um detalhe: teria que ser em {}."),
    "de": ({"fr": "Französisch", "en": "Englisch", "es": "Spanisch", "de": "Deutsch", "it": "Italienisch", "pt": "Portugiesisch", "nl": "Niederländisch"},
           " oder ", "Allerdings arbeite ich nur auf {}."),
    "nl": ({"fr": "het Frans", "en": "het Engels", "es": "het Spaans", "de": "het Duits", "it": "het Italiaans", "pt": "het Portugees", "nl": "het Nederlands"},
           " of ", "Wel één ding: ik kan dat alleen in {} doen."),
    "fr": ({"fr": "français", "en": "anglais", "es": "espagnol", "de": "allemand", "it": "italien", "pt": "portugais", "nl": "néerlandais"},
           " ou en ", "Seule précision : je ne pourrais intervenir qu'en {}."),
    "en": ({"fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"},
           " or ", "One thing, though: I would need to do it in {}."),
}


#: Her working languages said plainly to a client lead (formal, informal): a business that would buy her work hears the limit
#: as a fact before any "it will be a pleasure", never as "just one detail" (the names and joiner come from _SPEAK_LIMIT).
_LEAD_LIMIT: dict[str, tuple[str, str]] = {
    "es": ("Debo decirle, eso sí, que solo trabajo en {}.", "Eso sí, te aviso de que solo trabajo en {}."),
    "it": ("Devo però precisarLe che lavoro solo in {}.", "Devo però dirti che lavoro solo in {}."),
    "pt": ("Devo, no entanto, dizer-lhe que só trabalho em {}.", "Tenho, no entanto, de te dizer que só trabalho em {}."),
    "pt-BR": ("Preciso, no entanto, avisar que só trabalho em {}.", "Um detalhe: só trabalho em {}."),
    "de": ("Allerdings arbeite ich nur auf {}.", "Allerdings arbeite ich nur auf {}."),
    "nl": ("Ik moet er wel bij zeggen dat ik alleen in {} werk.", "Ik moet er wel bij zeggen dat ik alleen in {} werk."),
    "fr": ("Je dois toutefois préciser que je travaille uniquement en {}.", "Je dois quand même te préciser que je travaille uniquement en {}."),
    "en": ("I should say, though, that I only work in {}.", "I should say, though, that I only work in {}."),
}


#: The plain answer to "do you train in <language> or only in French/English?", by draft language.
_TRAIN_LANG_NO = {"en": "I don't run trainings in {}, only in {}.", "fr": "Je ne donne pas de formations en {}, seulement en {}.",
                  "es": "No doy formaciones en {}, solo en {}.", "it": "Non tengo formazioni in {}, solo in {}.",
                  "pt": "Não dou formações em {}, só em {}.", "pt-BR": "Não dou treinamentos em {}, só em {}.",
                  "de": "Auf {} gebe ich keine Schulungen, nur auf {}.", "nl": "Ik geef geen trainingen in {}, alleen in {}."}
_LANG_NAMES_EN_FR = {"en": ({"fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}, " or "),
                     "fr": ({"fr": "français", "en": "anglais", "es": "espagnol", "de": "allemand", "it": "italien", "pt": "portugais", "nl": "néerlandais"}, " ou en ")}
#: A reply's leading bare yes ("Sim, com todo o gosto.", "Yes, I'd be happy to."), dropped where an either/or was asked.
_BARE_YES = r"^(?:Sim|Sí|Sì|Si|Ja|Yes|Oui)\b[^.!?:]{0,30}[.!:]\s+"


def train_lang_no(lang: str, missing: str, codes: list[str]) -> str:
    """The plain "not in ``missing``, only in ``codes``" line, in ``lang``, or "".

    >>> train_lang_no("pt", "pt", ["fr", "en"]), train_lang_no("en", "pt", ["fr", "en"])
    ('Não dou formações em português, só em francês ou em inglês.', "I don't run trainings in Portuguese, only in French or English.")
    """
    names, joiner = _LANG_NAMES_EN_FR.get(lang[:2]) or (_SPEAK_LIMIT.get(lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", ""))[:2]
    row = _TRAIN_LANG_NO.get(lang) or _TRAIN_LANG_NO.get(lang[:2])
    said = [names[c] for c in codes if c in names]
    return row.format(names[missing], joiner.join(said)) if row and said and missing in names else ""


def _no_bare_yes(answer: str) -> str:
    """``answer`` without its leading bare yes sentence.

    >>> _no_bare_yes("Sim, com todo o gosto. Pode indicar-me o tema?"), _no_bare_yes("Sì, volentieri: mi dici il tema?")
    ('Pode indicar-me o tema?', 'Mi dici il tema?')
    """
    rest = cre.sub(_BARE_YES, "", answer, count=1)
    return rest[:1].upper() + rest[1:] if rest != answer else answer


def lead_limit(lang: str, codes: list[str], informal: bool) -> str:
    """The plain sentence telling a client lead the owner works only in ``codes``, in ``lang``, or "".

    >>> lead_limit("it", ["fr", "en"], False), lead_limit("nl", ["fr", "en"], True)
    ('Devo però precisarLe che lavoro solo in francese o in inglese.', 'Ik moet er wel bij zeggen dat ik alleen in het Frans of het Engels werk.')
    """
    names, joiner, _ = _SPEAK_LIMIT.get(lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", "")
    row = _LEAD_LIMIT.get(lang) or _LEAD_LIMIT.get(lang[:2])
    said = [names[c] for c in codes if c in names]
    return row[1 if informal else 0].format(joiner.join(said)) if said and row else ""


#: The call proposed to a referred lead who told her business and need (formal, informal): nothing left to ask first.
_LEAD_CALL: dict[str, tuple[str, str]] = {
    "en": ("The simplest is a 20-minute call next week: when would suit you?", "The simplest is a 20-minute call next week: when would suit you?"),
    "fr": ("Le plus simple est un appel de 20 minutes la semaine prochaine : quel créneau vous conviendrait ?",
           "Le plus simple est un appel de 20 minutes la semaine prochaine : quel créneau t'arrange ?"),
    "de": ("Am einfachsten sprechen wir nächste Woche 20 Minuten am Telefon: Wann passt es Ihnen?",
           "Am einfachsten telefonieren wir nächste Woche 20 Minuten: Wann passt es dir?"),
    "es": ("Lo más sencillo es una llamada de 20 minutos la semana que viene: ¿qué horario le viene bien?",
           "Lo más sencillo es una llamada de 20 minutos la semana que viene: ¿qué horario te viene bien?"),
    "it": ("La cosa più semplice è una call di 20 minuti la prossima settimana: quale orario Le andrebbe bene?",
           "La cosa più semplice è una call di 20 minuti la prossima settimana: quale orario ti andrebbe bene?"),
    "pt": ("O mais simples é uma chamada de 20 minutos na próxima semana: que horário lhe dá jeito?",
           "O mais simples é uma chamada de 20 minutos na próxima semana: que horário te dá jeito?"),
    "pt-BR": ("O mais simples é uma conversa de 20 minutos na próxima semana: qual horário seria melhor?",
              "O mais simples é uma conversa de 20 minutos na próxima semana: qual horário fica bom para você?"),
    "nl": ("Het eenvoudigst is een gesprek van 20 minuten volgende week: wanneer komt het u uit?",
           "Het makkelijkst is een belletje van 20 minuten volgende week: wanneer past het jou?"),
}


#: The same sentence to a formal sender where the casual opener ("Só um detalhe:", "Wel één ding:") would clash with
#: "Exma. Sra. Dra." or "Geachte mevrouw": the languages said as a plain, polite fact.
_SPEAK_LIMIT_FORMAL: dict[str, str] = {
    "pt": "Devo apenas referir que teria de ser em {}.",
    "pt-BR": "Devo apenas avisar que teria que ser em {}.",
    "nl": "Eén kanttekening: dat kan alleen in {}.",
    "it": "Devo solo precisarLe che dovrebbe essere in {}.",
}


def speak_limit(lang: str, codes: list[str], informal: bool = True) -> str:
    """The sentence saying the owner works only in ``codes``, in ``lang`` (``pt-BR`` too), or "".

    >>> speak_limit("es", ["fr", "en"]), speak_limit("nl", ["fr", "en"])
    ('Eso sí, tendría que ser en francés o en inglés.', 'Wel één ding: ik kan dat alleen in het Frans of het Engels doen.')
    >>> speak_limit("pt", ["fr", "en"], informal=False)
    'Devo apenas referir que teria de ser em francês ou em inglês.'
    """
    names, joiner, sentence = _SPEAK_LIMIT.get(lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", "")
    if not informal:
        sentence = _SPEAK_LIMIT_FORMAL.get(lang) or _SPEAK_LIMIT_FORMAL.get(lang[:2]) or sentence
    said = [names[c] for c in codes if c in names]
    return sentence.format(joiner.join(said)) if said else ""


#: After her languages: whether English works for the sender (formal, informal), and the "if so" that opens the next ask,
#: so the dates or the format are never asked as if the language were settled.
_LANG_OK: dict[str, tuple[str, str, str]] = {
    "en": ("Would English work for you?", "Would English work for you?", "If so,"),
    "fr": ("L'anglais vous conviendrait-il ?", "L'anglais te conviendrait ?", "Si oui,"),
    "es": ("¿Sería posible en inglés?", "¿Sería posible en inglés?", "En ese caso,"),
    "it": ("Sarebbe possibile in inglese?", "Sarebbe possibile in inglese?", "In tal caso,"),
    "pt": ("Seria possível em inglês?", "Seria possível em inglês?", "Se sim,"),
    "de": ("Wäre Englisch für Sie in Ordnung?", "Wäre Englisch für dich okay?", "Wenn ja,"),
    "nl": ("Is Engels voor u een optie?", "Is Engels voor jou een optie?", "Zo ja,"),
}


#: The same question when a recruiter offers an assignment for a client: it is the client who must work in English.
_LANG_OK_CLIENT: dict[str, str] = {
    "en": "Would English work for the client?", "fr": "L'anglais conviendrait-il au client ?",
    "es": "¿Sería posible en inglés para el cliente?", "it": "Sarebbe possibile in inglese per il cliente?",
    "pt": "Seria possível em inglês para o cliente?", "de": "Wäre Englisch für den Kunden in Ordnung?",
    "nl": "Is Engels een optie voor de klant?",
}


def lang_question(lang: str, codes: list[str], informal: bool, for_client: bool = False) -> str:
    """The question whether English (one of her ``codes``) works for the sender (or, ``for_client``, the client), in ``lang``, or "".

    >>> lang_question("de", ["fr", "en"], False), lang_question("nl", ["fr", "en"], True), lang_question("de", ["fr"], False)
    ('Wäre Englisch für Sie in Ordnung?', 'Is Engels voor jou een optie?', '')
    >>> lang_question("nl", ["fr", "en"], True, for_client=True)
    'Is Engels een optie voor de klant?'
    """
    row = _LANG_OK.get(lang) or _LANG_OK.get(lang[:2])
    if not row or "en" not in codes:
        return ""
    return _LANG_OK_CLIENT[lang[:2]] if for_client and lang[:2] in _LANG_OK_CLIENT else row[0 if not informal else 1]


def _client_decides(name: str, ctx: dict[str, Any]) -> bool:
    """Whether a recruiter offers the work for a client of theirs, who is the one to say whether English works."""
    return name == "recruiting" and bool(ctx.get("for_client"))


#: A German or Dutch sentence opened by its subject and its verb ("Ich schlage …", "Wir können …", "Ik stel …", "We kunnen …"):
#: after "Wenn ja," / "Zo ja," the verb comes first ("Wenn ja, schlage ich …"). Not an adverb after the subject ("Ich persönlich").
_SUBJECT_THEN_VERB = (r" (Ich|Wir|Ik|We|Wij) (?!(?:personlich|persönlich|selbst|auch|gern|gerne|zelf|ook|graag|nog|dann|also|dan)\b)"
                      r"([a-zäöüß]+)(?=[^\n]*?[.?!](?:\s|$))")
#: A German or Dutch sentence opened by a sentence adverb, then its verb and subject ("Grundsätzlich bin ich verfügbar",
#: "Natuurlijk kan ik …"): after "Wenn ja," / "Zo ja," the verb comes first and the adverb after the subject.
_ADVERB_VERB_SUBJECT = (r" (Grundsätzlich|Prinzipiell|Natürlich|Selbstverständlich|Natuurlijk|Uiteraard|Vanzelfsprekend)"
                        r" ([a-zäöüß]+) (ich|wir|ik|we|wij)\b(?=[^\n]*?[.?!:](?:\s|$))")
_NOT_VERB_FIRST = frozenset("für zum zur mit bei nach um im in am auf der die das ein eine einen dem den ich wir voor om met bij na in op de het een ik we wij".split())


#: A sentence that states the price or what it depends on (never an ask): "El precio depende de la duración."
_PRICE_LINE = (r" ((?:[^.?!\n]*?\b(?:precio|precios|tarifa|tarifas|prezzo|prezzi|costo|Preis|Preise|Kosten|prijs|prijzen|kosten|preço|preços|"
               r"price|prices|cost|fee|fees|prix|tarif|tarifs|coût)\b[^.?!\n]*)[.!])(?=\s|$)")


#: After an Italian "La"/"Le" opening a sentence, the word that makes it the article, never the courtesy pronoun:
#: "La cosa più semplice", "Le mie tariffe" (against "Le propongo una call").
_IT_ARTICLE_NEXT = r" (?:cosa|mi[ae]|miei|su[ae]|suoi|prossim[ae]|date|tariffe)\b"


def _call_then_price(sentence: str) -> bool:
    """Whether ``sentence`` proposes the call and names the price only after it: the call, never moved as a price line.

    >>> _call_then_price("Te propongo una llamada de 20 minutos; después te envío mis tarifas.")
    True
    >>> _call_then_price("Der Preis hängt vom Format ab: Sag mir kurz, was du lernen möchtest, in einem 20-minütigen Telefonat.")
    False
    """
    head = cre.split(r"[;:]", sentence, maxsplit=1)[0]
    return bool(cre.search(_CALL_OR_ASK, head)) and not cre.match(_PRICE_LINE, f" {head.strip()}.")


def _if_so(text: str, question: str, lang: str, limit: str = "", informal: bool = False) -> str:
    r"""The ask that follows ``question`` in ``text`` opened by "if so": "Is Engels een optie? Zo ja, laat je me de data weten?".

    >>> _if_so("Wäre Englisch für Sie in Ordnung? Schicken Sie mir die Details.", "Wäre Englisch für Sie in Ordnung?", "de")
    'Wäre Englisch für Sie in Ordnung? Wenn ja, schicken Sie mir die Details.'
    >>> _if_so("Wäre Englisch für Sie in Ordnung? Grundsätzlich bin ich verfügbar.", "Wäre Englisch für Sie in Ordnung?", "de")
    'Wäre Englisch für Sie in Ordnung? Wenn ja, bin ich grundsätzlich verfügbar.'
    >>> _if_so("¿Sería posible en inglés? ¿Podría indicarme las fechas?", "¿Sería posible en inglés?", "es")
    '¿Sería posible en inglés? En ese caso, ¿podría indicarme las fechas?'
    >>> _if_so("Con gusto. Eso sí, en inglés. ¿Sería posible en inglés? El precio depende de la duración. ¿Me dice las fechas?",
    ...        "¿Sería posible en inglés?", "es", "Eso sí, en inglés.")
    'Con gusto. El precio depende de la duración. Eso sí, en inglés. ¿Sería posible en inglés? En ese caso, ¿me dice las fechas?'
    >>> _if_so("Would English work for you?\n\nBest,", "Would English work for you?", "en")
    'Would English work for you?\n\nBest,'
    """
    row = _LANG_OK.get(lang) or _LANG_OK.get(lang[:2])
    at = text.find(question)
    if not row or at < 0:
        return text
    end = at + len(question)
    price = cre.match(_PRICE_LINE, text[end:])
    if price and limit and text.rfind(limit, 0, at) >= 0 and not _call_then_price(price.group(1)):
        # "¿Sería posible en inglés? El precio depende de la duración": the price never hangs on the language; it goes
        # first, then her languages and the question, and "if so" opens the ask after them
        start = text.rfind(limit, 0, at)
        text = f"{text[:start]}{price.group(1)} {text[start:end]}{text[end + price.end():]}"
        at = text.find(question, start)
        end = at + len(question)
    m = cre.match(r" ([¿¡]?)(\w+)(?=[^\n]*?[.?!](?:\s|$))", text[end:])
    if not m or m.group(2) in ("I", "Sie", "Ihnen", "Ihr", "Ihre", "U"):
        return text
    if lang[:2] == "it" and not informal and m.group(2) in ("Le", "La", "Lei", "Loro", "Glielo", "Gliela") \
            and not cre.match(_IT_ARTICLE_NEXT, text[end + m.end():]):
        # "In tal caso, Le propongo una call": the courtesy pronoun keeps its capital (to "tu", "La cosa più semplice"
        # is the article: "in tal caso, la cosa più semplice")
        return f"{text[:end]} {row[2]} {m.group(1)}{m.group(2)}{text[end + m.end():]}"
    if lang[:2] in ("de", "nl") and (adverb := cre.match(_ADVERB_VERB_SUBJECT, text[end:])):
        # "Grundsätzlich bin ich verfügbar": "Wenn ja, bin ich grundsätzlich verfügbar", never "Wenn ja, grundsätzlich bin ich"
        return f"{text[:end]} {row[2]} {adverb.group(2)} {adverb.group(3)} {adverb.group(1).lower()}{text[end + adverb.end():]}"
    if lang[:2] in ("de", "nl") and (inverted := cre.match(_SUBJECT_THEN_VERB, text[end:])):
        # "Ich schlage ein Telefonat vor": "Wenn ja, schlage ich ein Telefonat vor", "Zo ja, stel ik voor …" (verb second)
        return f"{text[:end]} {row[2]} {inverted.group(2)} {inverted.group(1).lower()}{text[end + inverted.end():]}"
    if lang[:2] in ("de", "nl") and m.group(2).casefold() in _NOT_VERB_FIRST:
        return text  # "Wenn ja," / "Zo ja," take the verb next: never "Wenn ja, für ein Angebot sprechen wir"
    word = m.group(2)[:1].lower() + m.group(2)[1:]
    return f"{text[:end]} {row[2]} {m.group(1)}{word}{text[end + m.end():]}"


def _with_limit(text: str, limit: str, after_yes: bool = True) -> str:
    r"""``limit`` put after the first sentence of the reply's last body line (the one before the sign-off).

    >>> _with_limit("Hallo Jo,\n\ndanke!\nSehr gern. Schicken Sie mir die Details.\n\nViele Grüße\nCamille", "Allerdings nur auf Englisch.")
    'Hallo Jo,\n\ndanke!\nSehr gern. Allerdings nur auf Englisch. Schicken Sie mir die Details.\n\nViele Grüße\nCamille'
    """
    parts = text.split("\n\n")
    if len(parts) < 3:
        return text
    lines = parts[-2].split("\n")
    lines[-1] = _after_first_clause(lines[-1], limit) if after_yes and cre.search(r"[.!?]\s", lines[-1]) else f"{lines[-1]} {limit}"
    parts[-2] = "\n".join(lines)
    return "\n\n".join(parts)


def _no_yes_first(answer: str) -> str:
    """The answer without its opening "Yes," when nobody asked a question.

    >>> _no_yes_first("Sí, imparto formaciones para empresas, y será un placer.")
    'Imparto formaciones para empresas, y será un placer.'
    >>> _no_yes_first("Ja, sehr gern.")
    'Ja, sehr gern.'
    """
    m = cre.match(rf"(?:{_YES}),\s+(?=\S+\s+\S)", answer)
    if not m or cre.match(r"(?i)(?:(?:sehr )?gerne?|volontiers|con (?:mucho )?gusto|volentieri|claro|certo|avec plaisir|of course|sure|happy|graag)\b", answer[m.end():]):
        return answer
    rest = answer[m.end():]
    return rest[:1].upper() + rest[1:]


#: Where a sentence of an answer ends: its stop, never an abbreviation's dot ("zzgl. MwSt.", "excl. btw", "z.B.").
_ANSWER_STOP = r"(?<!\bzzgl)(?<!\bexcl)(?<!\bincl)(?<!\binkl)(?<!\bvs)(?<!\bbzw)(?<!\betc)(?<!\bca)(?<!\bz\.B)[.!?](?=\s+\S)"

#: A price named in an answer's sentence: "Meine Preise hängen vom Projekt ab", "Un audit coûte 800 €", "O valor depende".
_PRICE_WORD = (r"€|\b(?:prices?|costs?|fees?|rates|prix|tarifs?|coûte?|coûts|precios?|tarifas?|cuesta|costa|costo|prezz[oi]|tariffe"
               r"|Preise?|Kosten|kostet|Honorare?|prij(?:s|zen)|tarieven|kost|preços?|valor|custa)\b")

#: A sentence proposing the call or asking something: "Te propongo una llamada de 20 minutos", "Welche Termine passen?".
_CALL_OR_ASK = r"\?|\b\d+\s*-?\s*(?i:min)"


def _before_the_call(answer: str, line: str) -> str:
    """``line`` put before the answer's first sentence that proposes the call or asks (after its yes, price and regions),
    after its first clause when the call opens it, at its end when the call comes after it.

    >>> _before_the_call("Sí, hago auditorías. El precio depende del alcance. Te propongo una llamada de 20 minutos. ¿Qué día?", "Eso sí, en inglés.")
    'Sí, hago auditorías. El precio depende del alcance. Te propongo una llamada de 20 minutos. Eso sí, en inglés. ¿Qué día?'
    >>> _before_the_call("Ein Audit kostet 800 € zzgl. MwSt., je nach Größe. Lass uns 20 Minuten telefonieren.", "Allerdings nur Englisch.")
    'Ein Audit kostet 800 € zzgl. MwSt., je nach Größe. Lass uns 20 Minuten telefonieren. Allerdings nur Englisch.'
    """
    starts = [0] + [m.end() + 1 for m in cre.finditer(_ANSWER_STOP, answer)]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(answer)
        if cre.search(_CALL_OR_ASK, answer[start:end]) and i and "?" not in answer[start:end] and cre.search(_PRICE_WORD, answer[starts[i - 1]:start]):
            # the call offered as a statement after the price ("Meine Preise hängen vom Projekt ab. Am einfachsten sprechen wir
            # 20 Minuten …"): the limit after the offer, before its question, never wedged between the price and the call
            return f"{answer[:end].rstrip()} {line} {answer[end:].lstrip()}".rstrip()
        if cre.search(_CALL_OR_ASK, answer[start:end]):
            return f"{answer[:start].rstrip()} {line} {answer[start:].lstrip()}" if i else _after_first_clause(answer, line)
    return f"{answer} {line}"  # the call comes after the answer: the limit ends it, so "if so" opens the call


def _after_first_clause(answer: str, line: str) -> str:
    """``line`` put after the answer's first clause (its yes): "Sí, con mucho gusto: ¿me cuentas…?" becomes
    "Sí, con mucho gusto. <line> ¿Me cuentas…?".

    >>> _after_first_clause("In linea di massima sì, volentieri: mi dici le date previste?", "Solo una precisazione: dovrebbe essere in inglese.")
    'In linea di massima sì, volentieri. Solo una precisazione: dovrebbe essere in inglese. Mi dici le date previste?'
    >>> _after_first_clause("Sehr gern.", "Allerdings kann ich das nur auf Englisch machen.")
    'Sehr gern. Allerdings kann ich das nur auf Englisch machen.'
    >>> _after_first_clause("Sí, con mucho gusto: ¿me cuentas el formato?", "Eso sí, tendría que ser en inglés.")
    'Sí, con mucho gusto. Eso sí, tendría que ser en inglés. ¿Me cuentas el formato?'
    """
    # ("Marketing-Trends in Frankreich vs. Deutschland": an abbreviation's dot never ends the yes)
    m = cre.search(r"(?<!\bvs)(?<!\bbzw)(?<!\betc)(?<!\bca)(?<!\bevtl)(?<!\bz\.B)(?<!\bSt)(?<!\bDr)\s*([.!?:])(?:\s+|$)", answer)
    if not m:
        return f"{answer} {line}".strip()
    head, rest = answer[:m.start()], answer[m.end():].strip()
    end = "!" if m.group(1) == "!" else "?" if m.group(1) == "?" else "."
    if m.group(1) == ":":
        # "¿me cuentas…?" after a colon opens its own sentence now: "¿Me cuentas…?"
        lead = len(rest) - len(rest.lstrip("¿¡"))
        rest = rest[:lead] + rest[lead:lead + 1].upper() + rest[lead + 1:]
    return " ".join(x for x in (f"{head}{end}", line, rest) if x)


def render(name: str, lang: str, context: dict[str, Any], owner_dir: Path | None = None) -> Draft:
    """Render one template (``lang`` may be ``pt-BR``); a broken or leaky owner template is a ConfigError
    naming the file. ``context`` may leave out variables: they default to empty."""
    lang = lang if lang in LANGUAGES or lang == "pt-BR" else "en"
    ctx = {**_EMPTY_CONTEXT, **context}
    for key in ("when", "soon"):
        when = str(ctx.get(key) or "")
        if when and any(cre.search(rf"(?<!\w){re.escape(when.casefold())}(?!\w)", str(ctx.get(k) or "").casefold())
                        for k in ("event", "org", "place", "topic", "project")):
            # "in Utrecht vorige week", "sur la stratégie de contenu au second semestre" already say when: never said twice
            ctx[key] = ""
    if "answer" not in context and ctx.get("faq") and name == "job_seeking" and ctx.get("ask") not in ("interns", "services") \
            and not ctx.get("resource") and not ctx.get("freelance_path"):
        # "any advice for the French market, or companies hiring?": the owner's tip, then the job seeker's own next step
        # (the CV or profile passed on), never the tip instead of it; the tip answered the question: no "my take on it"
        source, where = load_template("answer", lang, owner_dir)
        tail = {**ctx, "faq": "", "qanswer": "", "career": False, "views_on": "", "qkind": "", "options": [],
                "asks": [a for a in ctx.get("asks") or [] if a not in ("advice", "question")], "lang": lang[:2]}
        ctx["answer"] = " ".join(x for x in (str(ctx["faq"]), _tidy(_render_source(source, where, tail))) if x)
    elif "answer" not in context and ctx.get("faq") and ctx.get("length_q") and ctx.get("known"):
        # "how long is the course, and can it be done online / in English?": her answer facts first, then the
        # programme with its length as the next step, never the length alone
        source, where = load_template("known", lang, owner_dir)
        ctx["answer"] = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2], "course_tip": ctx["faq"]}))
    elif "answer" not in context and ctx.get("faq"):
        # the owner's own answer to a question she gets again and again (faq.py), then a light optional next step
        ctx["answer"] = " ".join(str(x) for x in (ctx["faq"], ctx.get("faq_step")) if x)
    elif "answer" not in context and ctx.get("next_dates") and ctx.get("known"):
        # "when is the next edition, and can it be done online?": her answer facts first, then the dates promised as
        # the next step, never a call about "your needs" instead of the dates
        source, where = load_template("answer", lang, owner_dir)
        dates = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2]}))
        source, where = load_template("known", lang, owner_dir)
        ctx["answer"] = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2], "course_tip": dates}))
    elif "answer" not in context:
        # a question the owner's answer facts cover ("online too?", "clients in Canada?") is answered by known.<lang>.txt
        source, where = load_template("known" if ctx.get("known") else "answer", lang, owner_dir)
        ctx["answer"] = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2]}))
        if ctx.get("move_line") and (ctx["answer"] or ctx.get("not_hiring")) and ctx["move_line"] not in ctx["answer"]:
            # "ziehe im Sommer nach Lyon": a wish for the move first (after her "not hiring", the whole answer)
            ctx["answer"] = f"{ctx['move_line']} {ctx['answer']}".strip()
        if ctx.get("proposal") == "speaker" and ctx["answer"] and not ctx.get("price") and ctx.get("talk_unpaid"):
            # "we have no budget for a fee": the unpaid point taken up, never left unanswered after her yes
            row = _UNPAID_OK.get(lang) or _UNPAID_OK.get(lang[:2], "")
            ctx["answer"] = f"{ctx['answer']} {row}".strip()
    if "answer" not in context:
        lead = []
        if ctx.get("not_hiring"):
            lead.append(_NOT_HIRING.get(lang) or _NOT_HIRING.get(lang[:2], ""))
        if ctx.get("price_asked") and not ctx.get("faq"):
            # "how much would it cost?": never "Yes," first; what was asked named when the note names it
            answer = str(ctx["answer"])
            talk = cre.match(_TALK_FIRST, answer)
            if talk and not cre.search(_PRICE_SAID, answer):
                # "quanto custa uma auditoria?": the price depends on the scope, never a bare "Falamos com todo o gosto!"
                line = ctx.get("price_line") or _RATES_LINE.get(lang) or _RATES_LINE.get(lang[:2], "")
                yes_audit = _YES_AUDIT.get(lang) or _YES_AUDIT.get(lang[:2], "") if (ctx.get("yes_q") or ctx.get("audit_asked")) and ctx.get("service") == "audit" else ""
                if not yes_audit and ctx.get("consulting_q"):
                    # "vc faz consultoria? quanto custa?": a clear yes to her consulting, then the price, never the price alone
                    yes_audit = _YES_OFFER.get(lang) or _YES_OFFER.get(lang[:2], "")
                if yes_audit and line:
                    # "Faites-vous des audits ? Quels sont vos tarifs ?": the yes to audits first, then the price
                    line = f"{yes_audit} {priceq.unnamed(lang, str(line), yes_audit)}"
                    ctx["price_line"] = ""  # said here, never twice
                answer = f"{line} {answer[talk.end():]}".strip() if line else answer
                ctx["answer"] = answer
            elif talk:
                answer = answer[talk.end():].strip()
                ctx["answer"] = answer
            yes = cre.match(rf"(?:{_YES})\b[^.!?]*[.!?]\s*", answer)
            if cre.search(_PRICE_SAID, answer) or (ctx.get("k_rates_line") and str(ctx["k_rates_line"]) in answer):
                ctx["price_line"] = ""  # "Mijn tarief hangt af van …" already in the answer: never said twice
            if ctx.get("service") == "module" and not yes:
                # "un module de 2 jours pour nos commerçants : vos tarifs ?": the interest in the module first, the price after
                yes = cre.match(r"[^.!?]*[.!?]\s*", answer)
            if (ctx.get("yes_q") or ctx.get("lang_q") or ctx.get("known") or ctx.get("audit_asked") or ctx.get("service") == "module") and yes:
                # "do you run trainings, and what would it cost?": the yes first, the price named after it
                if ctx.get("price_line") and ctx["price_line"] not in answer:
                    price_line = priceq.unnamed(lang, str(ctx["price_line"]), answer[:yes.end()])  # "Oui, je fais des audits ! Le prix dépend …"
                    ctx["answer"] = f"{answer[:yes.end()].strip()} {price_line} {answer[yes.end():]}".strip()
            elif ctx.get("price_line") and ctx["price_line"] not in answer:
                ctx["answer"] = f"{ctx['price_line']} {answer[yes.end():] if yes else answer}".strip()
            elif yes and cre.search(_PRICE_SAID, answer[yes.end():]):
                # "Marie says your trainings are great: what does a workshop cost?": nobody asked whether she gives them,
                # so the price alone, never "I give trainings and workshops." before it
                ctx["answer"] = answer[yes.end():].strip()
            elif yes:
                rest = cre.sub(rf"^(?:{_YES}),?\s*", "", answer)
                ctx["answer"] = rest[:1].upper() + rest[1:]
            if ctx.get("ballpark"):
                answer = str(ctx["answer"])
                yes = cre.match(rf"(?:{_YES})\b[^.!?]*[.!?]\s*", answer)
                yes_audit = _YES_AUDIT.get(lang) or _YES_AUDIT.get(lang[:2], "")
                if not yes and yes_audit and (ctx.get("audit_asked") or ctx.get("kind_of_q")) and ctx.get("service") == "audit":
                    # "on cherche un audit SEO. Tu fais ce genre de mission ? Tes tarifs en gros ?": a clear yes, then her range
                    answer = f"{yes_audit} {answer}"
                    yes = cre.match(rf"(?:{_YES})\b[^.!?]*[.!?]\s*", answer)
                if yes and ctx.get("ballpark_named") and cre.search(r"(?i)audit|auditor", yes.group(0)):
                    ctx["ballpark"] = ctx["ballpark_named"]  # "Oui, je réalise des audits SEO !": the range without "pour un audit SEO"
                ctx["answer"] = _with_ballpark(answer, str(ctx["ballpark"]))
        if name == "client" and ctx.get("service") in ("training", "coaching", "audit") and not (
                ctx.get("yes_q") or ctx.get("lang_q") or ctx.get("known") or ctx.get("price_asked") or ctx.get("question") or ctx.get("question_mark")):
            # "me gustaría conocer sus servicios de formación": nothing asked, so no "Sí," answering it; what she does is said
            ctx["answer"] = _no_yes_first(str(ctx["answer"]))
        if ctx.get("yes_small") and ctx["yes_small"] not in str(ctx["answer"]):
            # the small part asked about: its yes first, never a second yes after it
            ctx["answer"] = cre.sub(rf"^(?:{_YES})\b[^.!?]*[.!?]\s*", "", str(ctx["answer"]))
            lead.append(str(ctx["yes_small"]))
        elif ctx.get("yes_offer") and not ctx.get("price_asked") and not ctx.get("funding") and not cre.match(rf"(?:{_YES})\b", str(ctx["answer"])):
            # ("finançables par le CPF ?": the funding answered, never "yes, that's what I do" before it)
            lead.append(_YES_OFFER.get(lang) or _YES_OFFER.get(lang[:2], ""))
        if ctx.get("beside_price") and str(ctx["beside_price"]) not in str(ctx["answer"]) \
                and len(str(ctx["answer"])) + len(str(ctx["beside_price"])) < 470:  # (a draft is at most 600 characters)
            lead.append(str(ctx["beside_price"]))  # the other question's answer, then the price
        first = cre.match(_FIRST_SENTENCE, str(ctx["answer"])) if name == "recruiting" else None
        if ctx.get("rate_line") and not cre.search(_PRICE_SAID, str(ctx["answer"])) and first:
            # "A freelance assignment like this interests me. | My rates depend on …": her interest first, then the rates
            rest = str(ctx["answer"])[first.end():].strip()
            cap = 2 if rest[:1] in "¿¡" else 1  # "¿me cuentas más …?" opens a sentence: "¿Me cuentas …?"
            ctx["answer"] = f"{first.group(1)}. {ctx['rate_line']} {rest[:cap].upper() + rest[cap:]}".strip()
        elif ctx.get("rate_line") and not cre.search(_PRICE_SAID, str(ctx["answer"])):
            lead.append(str(ctx["rate_line"]))  # the rate asked for a mission, before the call about it
        if lead and (ctx["answer"] or ctx.get("not_hiring")):
            ctx["answer"] = " ".join([*lead, str(ctx["answer"])]).strip()  # "Suchen Sie Verstärkung?": the no is the answer
        if ctx.get("tips_too") and str(ctx["tips_too"]) not in str(ctx["answer"]):
            ctx["answer"] = f"{ctx['answer']} {ctx['tips_too']}".strip()  # "Neem je stagiairs aan? Of heb je tips?": both answered
    if ctx.get("stalled_line") and ctx.get("answer") and str(ctx["stalled_line"]) not in str(ctx["answer"]):
        ctx["answer"] = _after_yes(str(ctx["answer"]), str(ctx["stalled_line"]))
    if_so = if_so_limit = ""  # the question whether English works for the sender, once her languages are said
    # One policy for her languages ("I only work in French or English") in a language she does not work in:
    # (1) a draft proposing a call or a meeting says the call's languages once, in the call_limit form, after the call
    #     (call_languages), unless the note allows one of her languages or ties the sender to France (_languages_to_say);
    # (2) work delivered in the sender's language (a team's training, a talk, a module, a lead's project) hears the plain
    #     limit and "would English work?" right after the yes (this block, and late_limit below);
    # (3) a draft with nothing for it to refer to (no call, no work: a question back about their shop, a fixed course's
    #     dates sent, leave to reuse her slides) never carries the line.
    # a lead buying her work or a freelance assignment offered ("Offrite formazione in azienda?", "een SEO-opdracht van 3 maanden")
    lead_work = name == "client" and ctx.get("service") != "module" or name == "recruiting" and bool(ctx.get("freelance_role")) or bool(ctx.get("lead_langs"))
    if ctx.get("speak_only") and not ctx.get("cfp") and ctx.get("answer") and (
            ctx.get("next_dates") or ctx.get("qkind") == "use"
            or (ctx.get("situation_line") and str(ctx["answer"]).strip() == str(ctx["situation_line"]).strip())):
        # "¿cuándo es la próxima edición?" (a course already set: "would English work?" asks nothing), "¿puedo usar tus
        # slides?", "tengo una tienda online … me encantaría conocerte" answered "¿Qué tal va tu tienda?": no work to say it of
        ctx["speak_only"] = []
    if (name in ("business_proposal", "client") or lead_work) and ctx.get("speak_only") and not ctx.get("cfp") and ctx.get("answer"):
        # "En principio, sí, con mucho gusto. Eso sí, tendría que ser en francés o en inglés. ¿Me cuentas…?": the yes first,
        # then her languages, so "it" ("tendría que ser") has the talk or interview before it; never a caveat that opens the reply
        limit = speak_limit(lang, list(ctx["speak_only"]), bool(ctx.get("informal")))
        if ctx.get("lang_plain"):
            # "em português ou só em francês/inglês?": the plain no first, then the yes without its "Sim" (never an either/or
            # answered "yes")
            limit = train_lang_no(lang, str(ctx["lang_plain"]), list(ctx["speak_only"])) or limit
        if lead_work:
            # "Offrite formazione in azienda?": a lead buying her work hears the limit plainly, not as "solo una precisazione"
            limit = lead_limit(lang, list(ctx["speak_only"]), bool(ctx.get("informal"))) or limit
        if limit:
            # "een contentstrateeg voor een klant in Amsterdam": the recruiter's client is asked about English, never the recruiter
            lang_q = lang_question(lang, list(ctx["speak_only"]), bool(ctx.get("informal")), _client_decides(name, ctx))
            said = f"{limit} {lang_q}".strip()
            # a lead's answer (the yes, the price, the regions) said whole, then her languages and "would English work?",
            # so "if so" opens the call that follows: never a price cut at "zzgl." nor "if so, my clients are in France"
            # (a tip written out after the mentoring's yes is no call: her languages go with the yes, with no "would English
            # work? if so, my tip…", never after the tip as if it hung on them)
            tip_after = bool(ctx.get("course_tip")) and str(ctx["course_tip"]) in str(ctx["answer"])
            if tip_after:
                ctx["answer"] = _after_first_clause(str(ctx["answer"]), limit)
            elif ctx.get("lang_plain"):
                ctx["answer"] = f"{said} {_no_bare_yes(str(ctx['answer']))}".strip()
                if_so, if_so_limit = lang_q, limit
            else:
                ctx["answer"] = _before_the_call(str(ctx["answer"]), said) if lead_work else _after_first_clause(str(ctx["answer"]), said)
                if_so, if_so_limit = lang_q, limit
            ctx["speak_only"] = []
    late_limit = ""
    if ctx.get("speak_only") and (ctx.get("cfp") or name not in ("business_proposal", "client")):
        # a talk drafted from another template ("Dürfen wir Ihnen Details zusenden?" read as a question), or a call for
        # papers: her languages said after the yes or the thanks, never as a caveat that opens the reply, never left out
        late_limit = speak_limit(lang, list(ctx["speak_only"]), bool(ctx.get("informal")))
        if lead_work:
            late_limit = lead_limit(lang, list(ctx["speak_only"]), bool(ctx.get("informal"))) or late_limit
        if late_limit:
            if not ctx.get("cfp"):
                # "One thing: I work in French or English. Would English work for you? If so, …": never the dates as if settled
                if_so = lang_question(lang, list(ctx["speak_only"]), bool(ctx.get("informal")), _client_decides(name, ctx))
                if_so_limit = late_limit
                late_limit = f"{late_limit} {if_so}".strip()
            ctx["speak_only"] = []
    source, where = load_template(name, lang, owner_dir)
    text = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2]}))
    text = _echo_wording(text, lang[:2])
    text = no_stutter(text)
    if ctx.get("free_call_line"):
        text = _with_free_call(text, str(ctx["free_call_line"]), replace=bool(ctx.get("free_call_only")))
    if late_limit and late_limit not in text:
        text = _with_limit(text, late_limit, after_yes=not ctx.get("cfp"))
    if if_so:
        text = _if_so(text, if_so, lang, if_so_limit, informal=bool(ctx.get("informal")))
    if name == "benefit" and ctx.get("compliment") and not ctx.get("fan"):
        # "toujours intéressant de suivre des profils comme le vôtre", "I love your posts": a brief thanks for the kind words
        words = _KIND_THANKS.get(lang) or _KIND_THANKS.get(lang[:2])
        if words:
            line = words[0 if ctx.get("informal") else 1]
            m = cre.search(r"\n\n[^\n]*?[.!?](?=\s|$)", text)
            if m and line not in text:
                text = f"{text[:m.end()]} {line}{text[m.end():]}"
    # "un intervento durante il 15 maggio": a date takes no "during" ("il 15 maggio", "el 15 de mayo", "le 15 mai", "am 15. Mai")
    text = cre.sub(r"\b(?:durante|pendant|during|während|tijdens|lors du) (il |el |o dia |le |the |den |de )?(\d{1,2}\b)",
                   lambda m: {"it": "il ", "es": "el ", "pt": "no dia ", "fr": "le ", "en": "on ", "de": "am ", "nl": "op "}.get(lang[:2], "") + m.group(2), text)
    if lang == "de":
        text = cre.sub(_DE_LOWER_EVENT, lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)  # "auf dem Barcamp", "letzte Woche"
    if lang == "it":
        # "l'8 ottobre", "dall'11 marzo": the article elides before a number said with a vowel, never "il 8 ottobre"
        text = cre.sub(r"\b(il|al|dal|del|nel|sul) (8|11|8\d)\b(?=\s+\w)", lambda m: {"il": "l'"}.get(m.group(1), m.group(1)[:-1] + "l'") + m.group(2), text)
    if lang == "pt-BR":
        # Brazil puts the article before a country's name: "para a França", "na Itália", never Portugal's "para França"
        text = cre.sub(r"\b(para|pra|de|em) (Fran[cç]a|It[aá]lia|Espanha|Alemanha|Holanda|B[eé]lgica|Su[ií][cç]a|Inglaterra|Argentina|Irlanda)\b",
                       lambda m: {"para": "para a", "pra": "pra", "de": "da", "em": "na"}[m.group(1)] + " " + m.group(2), text)
    if ctx.get("call_minutes") and str(ctx["call_minutes"]) != "20":
        # the sender asked for 30 minutes: every "20 minutes" of the call offer says their length
        text = cre.sub(r"(?i)\b20(?=[\s-]?(?:min|minute|minuti|minutos|minuten|minütig|minutige))", str(ctx["call_minutes"]), text)
    text = no_repeated_phrase(text)
    text = no_double_mine(text)
    text = one_wish(text, lang, bool(ctx.get("informal")))
    text = no_double_yes(text)
    text = one_gladly(text, lang[:2])
    text = one_joy(text, lang[:2])
    if ctx.get("work") == "post" and ctx.get("posts_plural"):
        for one, many in _POSTS.get(lang[:2], ()):
            text = cre.sub(rf"\b{one}\b", many, text)  # "Loving your posts!": thanks for reading "my posts", not one post
    if ctx.get("virtual_coffee") and lang[:2] in _COFFEE_VIRTUAL:
        text = cre.sub(_COFFEE_VIRTUAL[lang[:2]][0], _COFFEE_VIRTUAL[lang[:2]][1], text, count=1)  # "¿Un café virtual?": virtual, as proposed
    if lang == "pt-BR" and ctx.get("senhor"):
        text = senhor_address(text, str(ctx["senhor"]))
    elif lang == "pt-BR":
        # "Atenciosamente, / Camille": a letter's closing above a first name alone is an odd mix; signed by first name, a
        # Brazilian reply closes warmly ("Um abraço,")
        text = cre.sub(r"\nAtenciosamente,(\n[^\s,]+\s*)$", r"\nUm abraço,\1", text)
        if ctx.get("br_hug"):
            text = cre.sub(r"\nAtenciosamente,(\n[^\n]+\s*)$", r"\nAbraço,\1", text)
    text = accented(text, lang[:2])
    if lang == "nl":
        # "een-op-een coaching": one to one is written with its accents ("één-op-één"), wherever the phrase came from
        text = cre.sub(r"\b([Ee])en-op-een\b", lambda m: ("Eén" if m.group(1) == "E" else "één") + "-op-één", text)
    text = whole_lead(text, lang[:2], informal=bool(ctx.get("informal")))
    if lang == "nl":
        text = nl_register(text, informal=bool(ctx.get("informal")))
    if ctx.get("calm"):
        text = calm_exclamations(text, lang[:2])
    elif _gushy(text):
        text = fewer_exclamations(text)
    text = plain_colons(text, lang[:2])
    if ctx.get("our_business") and ctx.get("informal"):
        text = our_business(text, lang[:2])
    if lang == "nl":
        text = closing_in_kind(text, bool(ctx.get("kind_closing")), informal=bool(ctx.get("informal")))
    if lang == "es":
        # "la charla en el afterwork el jueves pasado": an event's date is "del jueves pasado"
        text = cre.sub(r"\b((?:en|a|por|de) (?:el|la|los|las) (?:[^\W\d_][\w'’-]*\s){0,5}?[^\W\d_][\w'’-]*) el ((?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
                       r"(?: pasado)?|\d{1,2} de [a-z]+)\b", r"\1 del \2", text)
    if ctx.get("group_line"):
        g = cre.search(_QUOTED_NAME, str(ctx["group_line"]))
        if g and g.group(1) not in text:
            text = _after_first_line(text, str(ctx["group_line"]))  # "wir sind beide in der Gruppe „…“": the group named once
    if ctx.get("promised") and name in _PROMISE_TEMPLATES and not ctx.get("sendwhat") \
            and not (ctx["promised"] == "link" and (ctx.get("survey") or ctx.get("ask") in ("survey", "questions"))):
        # ("Te mando el enlace si aceptas" to her survey: she does the favour, never "thanks in advance for the link")
        text = _after_first_line(text, _promise_thanks(str(ctx["promised"]), lang, bool(ctx.get("informal"))))
    if ctx.get("howdy_line") and not cre.search(_HOWDY_SAID, fold(text)):
        text = _after_first_line(text, str(ctx["howdy_line"]))
    if ctx.get("market_line") and "?" not in text and not cre.search(r"(?i)\b(?:fran\w+ market|marché français|französischen markt|mercado franc\w+|mercato francese|franse markt)", text):
        # "um mehr über den französischen Markt zu lernen": what they want to learn about, offered, never a bare thanks
        text = _after_first_line(text, str(ctx["market_line"]))
    if ctx.get("into_line") and not cre.search(_INTO_SAID, text):
        text = _after_first_line(text, str(ctx["into_line"]))
    if ctx.get("france_line") and not cre.search(_FRANCE_SAID, text) \
            and len(text) + max(len(str(ctx["france_line"])), int(ctx.get("france_room") or 0)) < 520:
        text = _france_said(text, str(ctx["france_line"]), lang)
        if "SEO" in str(ctx["france_line"]).split(":", 1)[-1] and str(ctx["france_line"]) in text:
            # "Frankrijk is precies mijn markt: ik zou beginnen met … SEO. | Ik help u graag met SEO.": the plan says the yes
            text = cre.sub(_BARE_SEO_YES, "", text)
    if ctx.get("course_said") and str(ctx["course_said"]) not in text:
        text = _after_first_line(text, str(ctx["course_said"]))
    if ctx.get("liked_line") and not cre.search(_CONTENT_SAID, fold(text)):
        text = _after_first_line(text, str(ctx["liked_line"]))
    if ctx.get("launch_line") and not cre.search(told.CONGRATS_SAID, fold(text)):
        # "I finally launched my own agency 🎉", "je me suis lancée en freelance aussi": their news congratulated, never skipped
        text = _after_first_line(text, str(ctx["launch_line"]))
    if ctx.get("nearby_line") and not ctx.get("move_line") and not ctx.get("coffee") and not ctx.get("meet_day") \
            and not cre.search(r"(?i)\b(?:nearby|close by|tout près|pas loin|cerca|vicino|perto|in der Nähe|in de buurt|dichtbij)\b", text):
        # "sou brasileira e moro aí perto", "I live nearby": a neighbour is glad news, said once, never ignored
        text = _after_first_line(text, _nearby_said(str(ctx["nearby_line"]), text, lang, bool(ctx.get("informal"))))
    if ctx.get("move_line") and str(ctx["move_line"]) not in text and not cre.search(_MOVE_SAID, fold(text)):
        # "ik verhuis in september naar Lyon": the wish for the move in every draft, not only in an answer's
        line = str(ctx["move_line"])  # a move already made is welcomed, never folded into "good luck with the move"
        text = _after_first_line(text, line) if ctx.get("moved") else _move_wished(text, line, lang)
    text = _arrive_coffee(text, ctx, lang)  # "me mudo a Lyon en marzo": she lives there, a coffee once they arrive
    if lang == "en":
        # "Thanks for connecting, and for our chat at the meetup! Thanks also to Julien for putting us in touch!": one
        # thanks, never chained three times ("…, and for our chat…, and to Julien…")
        text = cre.sub(r"\bThanks for connecting, and for our chat ([^.!?\n]{3,80})! Thanks also to ([^.!?\n]{2,60}) for putting us in touch[.!]",
                       lambda m: f"Great to have met you {m.group(1)}, and thanks to {m.group(2)} for putting us in touch!", text)
        text = cre.sub(r"\bThank you for connecting, and for our conversation ([^.!?\n]{3,80})\. Thanks also to ([^.!?\n]{2,60}) for putting us in touch[.!]",
                       r"It was a pleasure to meet you \1, and thanks to \2 for putting us in touch.", text)
        # "Thanks for reaching out! Thanks also to Sarah for putting us in touch!": one thanks, never two in a row (never
        # after a dash: "… working together – sounds interesting, and to Sarah" would thank the idea and Sarah in one breath)
        # (nor after a thanks that already has its ", and for …": "…, and for thinking of me, and to Peter" is one "and" too many)
        text = cre.sub(r"\b(Thanks|Thank you) for ((?:(?!, and )[^.!?\n–—]){3,80})[.!] Thanks also to ([^.!?\n]{2,60}) for putting us in touch([.!])",
                       r"\1 for \2, and to \3 for putting us in touch\4", text)
    if ctx.get("shop_line") and not ctx.get("has_note") and _shop_said(text, str(ctx.get("shop_headline") or "")):
        ctx["shop_line"] = ""  # "for Lunaria Cosmética", "Studying while running Wildroot": the headline's shop already named
    if ctx.get("france_line") and ctx["france_line"] in text:
        ctx["shop_line"] = ""  # "vendemos bien en España, queremos entrar en Francia": her market told, never a bare "mucho éxito"
    said = " ".join(str(ctx.get("shop_phrase") or "").split()[1:4]).casefold()
    if ctx.get("shop_line") and said and said in text.split("\n", 2)[-1].casefold():
        ctx["shop_line"] = ""  # "Comment se porte votre boutique en ligne de bougies… ?": the draft names their shop already
    if ctx.get("shop_line") and not cre.search(r"(?i)\b(?:good luck|bonne chance|viel erfolg|mucho éxito|in bocca al lupo|boa sorte|veel succes)\b", text):
        # a draft that answers their question wishes them luck after the answer, as a close, never between the thanks
        # and the answer ("Veel succes met je webshop! Voor een eerste test …")
        answered = bool(ctx.get("faq") or ctx.get("qanswer"))
        text = _before_sign_off(text, str(ctx["shop_line"])) if answered else _after_first_line(text, str(ctx["shop_line"]))
    if ctx.get("tip_line") and name not in ("recruiting",) and str(ctx.get("tip_told")).casefold() not in text.casefold():
        text = one_joy(_after_first_line(text, str(ctx["tip_line"])), lang[:2], keep_said=True)  # "…: mi fa davvero piacere. Mi fa piacere che i consigli …"
    if ctx.get("tip_line") and str(ctx["tip_line"]) in text:
        # "Glad the tips on Meta Ads were useful. So glad it's already useful to you, …": the tips' line says the joy once;
        # the answer after it keeps only its wish ("Do let me know how it goes!")
        text = cre.sub(_GLAD_AGAIN, lambda m: m.group(1).upper(), text)
    if ctx.get("meet_period"):
        text = period_for_next_week(text, lang[:2], str(ctx["meet_period"]))
    if ctx.get("video"):
        text = by_video(text, lang)
    if ctx.get("far_line") and str(ctx["far_line"]) not in text:
        text = _before_sign_off(text, str(ctx["far_line"]))
    if ctx.get("quarter_line"):
        text = _after_first_line(text, str(ctx["quarter_line"]))
    if ctx.get("beginner_line") and not cre.search(_BEGINNER_SAID, fold(text)) \
            and len(text) + len(str(ctx["beginner_line"])) < MAX_CHARS:
        text = _after_first_line(text, str(ctx["beginner_line"]))
    if ctx.get("abroad_line") and str(ctx.get("tips_too")) in text and len(text) + len(str(ctx["abroad_line"])) < MAX_CHARS:
        text = text.replace(str(ctx["tips_too"]), f"{ctx['tips_too']} {ctx['abroad_line']}", 1)
    if ctx.get("month_line") and str(ctx["month_line"]) not in text:
        text = _after_first_line(text, str(ctx["month_line"]))
    text = contract_articles(text, lang[:2])
    if ctx.get("formal_address"):
        text = formal_letter(text, lang[:2])
        if lang[:2] == "de" and ctx.get("warm_close"):
            text = text.replace("\nMit freundlichen Grüßen\n", "\nHerzliche Grüße\n")
    if lang == "fr" and ctx.get("ceremonious"):
        # "Madame, … Je vous prie d'agréer mes salutations distinguées": a very formal letter gets a closing in kind
        text = cre.sub(r"\nBien à vous,\n", "\nBien cordialement,\n", text)
    if ctx.get("cv_told"):
        text = cv_from_profile(text, lang, informal=bool(ctx.get("informal")), sent=bool(ctx.get("cv_sent")))
    if name == "job_seeking":
        text = one_promise(text, lang[:2], specific=bool(ctx.get("domain")), period=bool(ctx.get("period")))
        if ctx.get("interns_line"):
            text = _refusal_first(text, str(ctx["interns_line"]))
        if ctx.get("experience_line") and str(ctx["experience_line"]) not in text:
            text = _after_first_line(text, str(ctx["experience_line"]))
        if ctx.get("french_asset") and not cre.search(_FRANCE_SAID, text):
            text = _after_first_line(text, str(ctx["french_asset"]))
        if ctx.get("where_lead"):
            text = cre.sub(_WHERE_LABEL_NATURAL[lang][0], str(ctx["where_lead"]), text, count=1)  # never "Dónde buscar:" unasked
        if ctx.get("portfolio_told") and ctx.get("portfolio_offered") and (asked := portfolio_asked(text, lang)):
            text = asked  # "quieres ver mi portfolio? encantado de compartirlo": the portfolio asked for, never a CV instead
        elif ctx.get("portfolio_told"):
            pair = _PORTFOLIO_THANKS.get(lang) or _PORTFOLIO_THANKS.get(lang[:2]) or ("", "")
            text = _after_first_line(text, pair[0 if ctx.get("informal") else 1]) if pair[0] else text
    elif ctx.get("met_there") and str(ctx["met_there"]) not in text:
        text = _after_first_line(text, str(ctx["met_there"]))
    elif name == "ask_for_help" and ctx.get("interns_line"):
        # the tips asked, and the internship asked of her answered too; "suche ein Praktikum … 15 Minuten?": the no, then the call
        text = _refusal_first(text, str(ctx["interns_line"]))
    elif name == "ask_for_help" and ctx.get("experience_line") and str(ctx["experience_line"]) not in text:
        # "nach 6 Jahren im Vertrieb … Tipps, wo ich anfange?": a job seeker's advice answered, their years acknowledged too
        text = _after_first_line(text, str(ctx["experience_line"]))
    if lang == "pt-BR" and not ctx.get("slang"):
        text = plain_pt_br(text)
    if ctx.get("en_taken"):
        text = _en_taken(text, lang, "fr" if ctx["en_taken"] == "fr" else "en")  # "Anche in inglese va benissimo": taken up, never an interview implied in Italian
    if lang == "de":
        text = de_umlauts(text)  # "der Beitrag zu Meta Ads fuer kleine Shops": quoted with its umlauts, never "fuer"
    if ctx.get("swiss"):
        text = text.replace("ß", "ss")  # "Freundliche Grüsse" to a sender from Zürich
    if ctx.get("pt_hug") and not ctx.get("informal"):
        text = cre.sub(r"\nCumprimentos,(?=\n)", "\nUm abraço,", text)
    if lang == "pt" and text.startswith(("Exma.", "Exmo.")):
        # "Exma. Sra. Dra. …" is a letter: its closing is the full one, as the sender's ("Com os melhores cumprimentos")
        text = cre.sub(r"\nCumprimentos,(?=\n)", "\nCom os melhores cumprimentos,", text)
    if ctx.get("call_langs") and len(text) + len(str(ctx["call_langs"])) < MAX_CHARS:
        text = call_languages(text, str(ctx["call_langs"]), lang, str(ctx.get("france_line") or ""))  # the call she offers, in the languages she works in
    if not ctx.get("calm") and _gushy(text):
        text = fewer_exclamations(text)  # a wish or a line added last ("Good luck with your shop!") counts too
    # A placeholder left in the owner's template is an error of the template; what the sender wrote
    # (their name, a slot) may hold "{{firstName}}" or "[Name]" and is not looked at.
    probe = text
    for value in sorted((v for v in ctx.values() if isinstance(v, str) and v), key=len, reverse=True):
        probe = probe.replace(value, "")
    if _LEFTOVER.search(probe):
        raise ConfigError(f"{where}: the draft still holds a placeholder: {text[:80]!r}")
    if not ctx.get("signature"):
        text = _drop_dangling_closing(text)
    return Draft(text, lang[:2], where)


#: Words a note copied without their accents ("tienda online de ceramica"), never correct bare in that language:
#: a slot keeps the sender's words, spelled right.
_ACCENTS: dict[str, dict[str, str]] = {
    "es": {w.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u"): w for w in """
cerámica cerámicas última último últimos últimas electrónica música fotografía joyería panadería pastelería cosmética cosméticos
decoración informática tecnología jardín página páginas técnica comunicación publicación logística energía construcción
nutrición estética peluquería cafetería librería ferretería papelería marroquinería óptica psicología odontología ingeniería
automoción alimentación educación formación orgánica orgánico orgánicos ecológica ecológico ecológicos artesanía artesanías
fisioterapéutica gastronomía repostería bisutería lencería juguetería relojería carpintería cerrajería mensajería consultoría
estrategia_ categoría categorías artículo artículos número números vídeo vídeos análisis""".split() if not w.endswith("_")},
    "pt": {"ceramica": "cerâmica", "ceramicas": "cerâmicas", "musica": "música", "cosmeticos": "cosméticos", "cosmetica": "cosmética",
           "decoracao": "decoração", "informatica": "informática", "comunicacao": "comunicação", "estetica": "estética",
           "otica": "ótica", "organico": "orgânico", "organica": "orgânica", "organicos": "orgânicos", "logistica": "logística",
           "nutricao": "nutrição", "educacao": "educação", "formacao": "formação", "gastronomia": "gastronomia",
           "artesanato": "artesanato", "sustentavel": "sustentável", "sustentaveis": "sustentáveis", "acessorios": "acessórios",
           "calcados": "calçados", "papelaria": "papelaria", "confeccao": "confecção", "conteudo": "conteúdo", "conteudos": "conteúdos",
           "estrategia": "estratégia", "trafego": "tráfego", "anuncios": "anúncios", "midia": "mídia"},
    "fr": {"ceramique": "céramique", "ceramiques": "céramiques", "epicerie": "épicerie", "electronique": "électronique",
           "decoration": "décoration", "patisserie": "pâtisserie", "patisseries": "pâtisseries", "beaute": "beauté", "sante": "santé",
           "ecologique": "écologique", "ecologiques": "écologiques", "esthetique": "esthétique", "creation": "création",
           "creations": "créations", "referencement": "référencement", "strategie": "stratégie", "reseaux": "réseaux",
           "evenementiel": "événementiel", "numerique": "numérique", "theatre": "théâtre", "bijouterie": "bijouterie",
           "therapie": "thérapie", "evenement": "événement", "evenements": "événements", "seminaire": "séminaire", "seminaires": "séminaires",
           "conference": "conférence", "conferences": "conférences", "ecole": "école", "universite": "université", "reunion": "réunion",
           "soiree": "soirée", "journee": "journée", "journees": "journées", "equipe": "équipe", "equipes": "équipes", "societe": "société",
           "developpement": "développement", "etudiant": "étudiant", "etudiante": "étudiante", "etudiants": "étudiants", "metier": "métier",
           "metiers": "métiers", "deja": "déjà", "tres": "très", "numero": "numéro", "edition": "édition", "chambre": "chambre",
           "medias": "médias", "strategies": "stratégies", "donnees": "données", "realite": "réalité", "electrique": "électrique",
           "derniere": "dernière", "dernieres": "dernières", "premiere": "première", "premieres": "premières", "annee": "année",
           "annees": "années", "recemment": "récemment", "probleme": "problème", "problemes": "problèmes", "idee": "idée", "idees": "idées",
           "experience": "expérience", "experiences": "expériences", "activite": "activité", "communaute": "communauté",
           "visibilite": "visibilité", "qualite": "qualité", "proprietaire": "propriétaire", "createur": "créateur", "creatrice": "créatrice",
           "apres": "après", "bientot": "bientôt", "entrepreneure": "entrepreneure", "ete": "été", "telephone": "téléphone",
           "reseau": "réseau", "prochaine": "prochaine", "systeme": "système", "frere": "frère", "soeur": "sœur", "mere": "mère",
           "pere": "père", "lycee": "lycée", "cafe": "café", "cafes": "cafés",
           "methode": "méthode", "methodes": "méthodes", "benevole": "bénévole", "association": "association"},
    "it": {"caffe": "caffè", "citta": "città", "universita": "università", "qualita": "qualità", "attivita": "attività",
           "pubblicita": "pubblicità", "societa": "società", "perche": "perché", "identita": "identità", "novita": "novità"},
}


def accented(text: str, lang: str) -> str:
    """Words the note gave without their accents, spelled right: "tienda online de ceramica" → "de cerámica".

    >>> accented("¿Qué tal va tu tienda online de ceramica?", "es"), accented("il negozio di ceramica", "it")
    ('¿Qué tal va tu tienda online de cerámica?', 'il negozio di ceramica')
    """
    table = {k: v for k, v in _ACCENTS.get(lang, {}).items() if k != v}
    if lang == "pt":
        table = {k: v for k, v in table.items() if k != "midia"}  # "mídia" is Brazil's, "média" Portugal's: left as written
    if not table:
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        right = table.get(word.lower())
        if not right:
            return word
        return right[:1].upper() + right[1:] if word[:1].isupper() else right
    text = cre.sub(r"(?<![\w@#/.-])[^\W\d_]+(?![\w@/.-])", fix, text)
    if lang == "fr":
        # "croisées a l'atelier Canva", "a Lyon": the note's unaccented preposition, reused, gets its accent back (never "il a la …")
        text = cre.sub(r"(?<!\bil)(?<!\belle)(?<!\bon)(?<!\bqui)(?<!\bça)(?<!\bcela)(?<!\bCamille)(?<!\by)(?<!\ben) \ba (?=(?:l['’]|la |au )?(?:atelier|événement|afterwork|apéro|conférence|soirée|salon|formation"
                       r"|webinaire|meetup|séminaire|masterclass|table ronde|journée|rencontre|session|école|université|réunion|CCI)\b|(?!(?:Il|Elle|On|Je)\b)[A-Z][a-zé]+\b)", " à ", text)
    return text


#: A bare Dutch imperative to the reader ("Stuur me", "Laat me", "Vertel me"): the je-form of a request.
_NL_BARE_IMPERATIVE = r"(?<![\w'])(Stuur|stuur|Laat|laat|Vertel|vertel|Geef|geef|Mail|mail|Bel|bel|Neem|neem|Zeg|zeg|Kijk|kijk|Deel|deel)( gerust)? (me|mij)\b(?=[^.!?\n]*?\b(?:u|uw)\b)"


def nl_register(text: str, *, informal: bool) -> str:
    """One register per Dutch draft: a u-reply asks with "Stuurt u mij", never the je-imperative "Stuur me uw vragen".

    >>> nl_register("Stuur me uw vragen, dan antwoord ik snel.", informal=False)
    'Stuurt u mij uw vragen, dan antwoord ik snel.'
    >>> nl_register("Graag. Laat me gerust weten wanneer het u past.", informal=False)
    'Graag. Laat u mij gerust weten wanneer het u past.'
    >>> nl_register("Stuur me je vragen.", informal=True)
    'Stuur me je vragen.'
    """
    if informal:
        return text

    def polite(m: re.Match[str]) -> str:
        verb = m.group(1)
        verb_t = verb if verb.endswith("t") else verb + "t"
        return f"{verb_t} u mij{m.group(2) or ''}"

    text = cre.sub(_NL_BARE_IMPERATIVE, polite, text)

    def inverted(m: re.Match[str]) -> str:
        verb = m.group(1)
        low = verb.lower()
        done = _NL_U_FORMS.get(low) or (low if low.endswith("t") else low + "t")
        return f"{verb[0] + done[1:] if verb[:1].isupper() else done} u"

    # "Recruiters overtuig je het meest met een eigen site": the generic "je" of a shared text, in a u-draft, is "overtuigt u"
    text = cre.sub(rf"\b({_NL_JE_VERBS})\s+je\b", inverted, text)
    # "Ik zou kiezen wat je dagelijks het leukst vindt", "als je al een site hebt": the generic "je" subject of a shared
    # text's subordinate clause, in a u-draft, is "u" (the clause's verb is the same for both)
    text = cre.sub(_NL_SUB_JE, lambda m: f"{m.group(1)} u", text)
    return cre.sub(r"\b([Jj])e eigen\b", lambda m: ("U" if m.group(1) == "J" else "u") + "w eigen", text)


#: A subordinate clause whose subject is the generic "je" ("wat je leuk vindt", "waar je aan gewerkt hebt", "als je al een
#: site hebt"), never the possessive "je" before a noun ("als je site traag is").
_NL_SUB_JE = (r"\b(wat|waar|als|wanneer|zodra|wie|welke) je\b(?! (?:site|website|webshop|winkel|bedrijf|team|klanten|budget|posts?|profiel"
              r"|merk|vraag|vragen|bericht|cv|portfolio|eigen|werk|studie|stage|baan|netwerk)\b)")


#: Dutch verbs a shared text uses with the generic "je" ("overtuig je", "bereik je", "heb je"), and their u-forms.
_NL_U_FORMS = {"heb": "hebt", "kun": "kunt", "kan": "kunt", "wil": "wilt", "ben": "bent", "zul": "zult", "ga": "gaat", "doe": "doet",
               "sta": "staat", "zie": "ziet", "moet": "moet", "zou": "zou", "mag": "mag", "weet": "weet", "hou": "houdt", "kom": "komt"}
_NL_JE_VERBS = ("(?i:heb|kun|kan|wil|ben|zul|ga|doe|sta|zie|moet|zou|mag|weet|hou|houd|kom|overtuig|bereik|vind|krijg|maak|leer|begin|haal"
                "|bouw|test|werk|kies|schrijf|zet|verdien|scoor|trek|win|merk|blijf|gebruik|probeer|plaats|deel|volg|lees|spreek|toon)")


def calm_exclamations(text: str, lang: str) -> str:
    r"""At most one exclamation mark in the body of a reply to a senior, sober note (the greeting and sign-off untouched).

    >>> calm_exclamations("Beste Koen,\n\nBedankt voor je bericht!\nIk help je graag! Wanneer past het?\n\nGroet,\nCamille", "nl")
    'Beste Koen,\n\nBedankt voor je bericht!\nIk help je graag. Wanneer past het?\n\nGroet,\nCamille'
    >>> calm_exclamations("Bonjour Marc,\n\nMerci !\nAvec plaisir ! À bientôt !\n\nCamille", "fr")
    'Bonjour Marc,\n\nMerci !\nAvec plaisir. À bientôt.\n\nCamille'
    """
    parts = text.split("\n\n")
    if len(parts) < 3:
        return text
    body = "\n\n".join(parts[1:-1])
    for m in reversed(list(cre.finditer(r"\s?!", body))[1:]):
        body = _plain_stop(body, m.start())
    return "\n\n".join([parts[0], body, parts[-1]])


#: The owner's possessives: "my", "meu", "mijn"… ("ao meu workshop do meu workshop": one work named twice in a row).
_MY = r"(?:my|mon|ma|mes|mi|mis|mio|mia|miei|mie|meu|minha|meus|minhas|mein|meine|meinem|meinen|meiner|meines|mijn)"


def no_double_mine(text: str) -> str:
    """The owner's own work is never named twice in a row ("ao meu workshop do meu workshop", "at my talk at my talk").

    >>> no_double_mine("Agradeço por ter assistido ao meu workshop do meu workshop!"), no_double_mine("Thanks for coming to my talk at my talk in Leeds.")
    ('Agradeço por ter assistido ao meu workshop!', 'Thanks for coming to my talk in Leeds.')
    """
    return cre.sub(rf"(?i)\b({_MY}\s+(?:\w+\s+)?([^\W\d_][\w-]+))\s+[^\W\d_]{{1,4}}\s+{_MY}\s+\2\b", r"\1", text)


def fewer_exclamations(text: str) -> str:
    r"""A gushy body keeps two exclamation marks, its first and its last; those between become full stops.

    >>> fewer_exclamations("Hallo Sarah,\n\ndanke – das freut mich! Schön, dass es geholfen hat!\nViel Erfolg! Halt mich auf dem Laufenden.\n\nViele Grüße\nCamille")
    'Hallo Sarah,\n\ndanke – das freut mich! Schön, dass es geholfen hat.\nViel Erfolg! Halt mich auf dem Laufenden.\n\nViele Grüße\nCamille'
    """
    parts = text.split("\n\n")
    body = "\n\n".join(parts[1:-1])
    marks = [m.start() for m in cre.finditer(r"\s?!", body)]
    for start in reversed(marks[1:-1]):
        body = _plain_stop(body, start)
    return "\n\n".join([parts[0], body, parts[-1]])


def _plain_stop(body: str, start: int) -> str:
    r"""The exclamation mark at ``start`` (or the space before it) made a full stop, its Spanish "¡" dropped with it.

    >>> _plain_stop("¡Gracias! ¡Me alegra mucho! Ya me contarás.", 26), _plain_stop("Merci ! Super.", 5)
    ('¡Gracias! Me alegra mucho. Ya me contarás.', 'Merci. Super.')
    """
    end = start + (2 if body[start] != "!" else 1)
    body = body[:start] + "." + body[end:]
    opening = body.rfind("¡", 0, start)
    if opening >= 0 and not cre.search(r"[.!?\n]", body[opening:start]):
        body = body[:opening] + body[opening + 1:]
    return body


def _gushy(text: str) -> bool:
    """Three exclamation marks or more in a reply's body read gushy, whoever the sender is."""
    parts = text.split("\n\n")
    return len(parts) >= 3 and "\n\n".join(parts[1:-1]).count("!") >= 3


#: A colon before a short verdict or a question is French punctuation; German, English and Dutch use a dash before
#: the verdict ("Idee einer Zusammenarbeit – klingt spannend!") and a full stop before the question.
_VERDICT_COLON = r": ((?:[Dd]as |[Dd]at |[Tt]hat )?(?:klingt|klinkt|sounds|lijkt|wirkt)\b[^.!?:;\n]{0,40}[!.])"
_QUESTION_COLON = {
    "de": r": ((?:Welche|Welcher|Wann|Wie|Wo|Wollen|Passt|Passen|Hätten|Haben|Hast|Hättest|Können|Kannst|Sollen|Würde|Wäre)\b[^.!:;\n]*\?)",
    "en": r": ((?:which|when|what|would|shall|could|can|does|do|is|are|how)\b[^.!:;\n]*\?)",
    "nl": r": ((?:welke|wanneer|wat|zullen|past|heb|hebt|heeft|kun|kunt|zou|wil|is)\b[^.!:;\n]*\?)",
}


#: The verdict's own subject, when it stands as a sentence of its own ("Das klingt spannend!").
_VERDICT_SUBJECT = {"de": "Das", "en": "That", "nl": "Dat"}


def _verdict(m: re.Match[str], lang: str) -> str:
    """The verdict after a dash, or as a sentence of its own when its sentence already holds a dash (one dash a sentence)."""
    verdict = m.group(1)
    before = cre.split(r"[.!?\n]", m.string[:m.start()])[-1]
    if " – " not in before and " — " not in before:
        return " – " + verdict[:1].lower() + verdict[1:]
    if cre.match(r"(?i)(?:das|dat|that)\b", verdict):
        return ". " + verdict[:1].upper() + verdict[1:]
    return f". {_VERDICT_SUBJECT[lang]} {verdict}"


def plain_colons(text: str, lang: str) -> str:
    """German, English and Dutch put no colon before a verdict or a question ("…Zusammenarbeit: klingt spannend!").

    >>> plain_colons("Danke für deine Idee: klingt spannend! Gern in einem Telefonat: Welche Termine passen dir?", "de")
    'Danke für deine Idee – klingt spannend! Gern in einem Telefonat. Welche Termine passen dir?'
    >>> plain_colons("Schön, dass wir uns kennengelernt haben – und danke für deinen Vorschlag: klingt spannend!", "de")
    'Schön, dass wir uns kennengelernt haben – und danke für deinen Vorschlag. Das klingt spannend!'
    >>> plain_colons("Thanks for the idea: sounds interesting! Happy to talk: which days suit you?", "en")
    'Thanks for the idea – sounds interesting! Happy to talk. Which days suit you?'
    >>> plain_colons("Leuk dat je bij mijn lezing in Utrecht was: fijn dat je er iets aan had!", "nl")
    'Leuk dat je bij mijn lezing in Utrecht was – fijn dat je er iets aan had!'
    >>> plain_colons("Ik zou kiezen voor gratis opties: de handleiding van Google.", "nl")
    'Ik zou kiezen voor gratis opties: de handleiding van Google.'
    """
    if lang not in _QUESTION_COLON:
        return text
    text = cre.sub(_VERDICT_COLON, lambda m: _verdict(m, lang), text)
    # "…in Amsterdam was: fijn dat je er iets aan had!": gladness after a colon takes a dash in German, English, Dutch
    text = cre.sub(rf"(?<=\w): (?=(?:{_JOY[lang]})\b)", " – ", text)
    return cre.sub(rf"(?i){_QUESTION_COLON[lang]}", lambda m: ". " + m.group(1)[:1].upper() + m.group(1)[1:], text)


_DE_YOUR = {"dein": "euer", "deine": "eure", "deinem": "eurem", "deinen": "euren", "deiner": "eurer", "deines": "eures"}
_BUSINESS_NOUN = r"(?:Shop|Onlineshop|Webshop|Laden|Team|Unternehmen|Firma|Agentur|Startup|Start-up|winkel|webshop|team|bedrijf|bureau|zaak)"


def our_business(text: str, lang: str) -> str:
    """A sender who writes "unser Shop" / "onze webshop" is told about "euren Shop" / "jullie webshop", never "deinen".

    >>> our_business("Viel Erfolg weiterhin mit deinem Shop!", "de"), our_business("Succes met je webshop!", "nl")
    ('Viel Erfolg weiterhin mit eurem Shop!', 'Succes met jullie webshop!')
    """
    if lang == "de":
        return cre.sub(rf"\b([Dd])(ein(?:e|em|en|er|es)?) ((?:[\w-]+[- ])?{_BUSINESS_NOUN})\b",
                       lambda m: ("E" if m.group(1) == "D" else "e") + _DE_YOUR["d" + m.group(2)][1:] + " " + m.group(3), text)
    if lang == "nl":
        return cre.sub(rf"\b([Jj])(?:e|ouw) ((?:[\w-]+[- ])?{_BUSINESS_NOUN})\b", lambda m: ("J" if m.group(1) == "J" else "j") + "ullie " + m.group(2), text)
    return text


def closing_in_kind(text: str, kind: bool, informal: bool = False) -> str:
    r"""A Dutch sender who closes with "Met vriendelijke groet" is answered in kind, never with a curt "Groet,"; a je-reply
    closes warmly with "Hartelijke groet", never the u-letter's "Met vriendelijke groet" under "Hallo Iris … je".

    >>> closing_in_kind("Beste Pieter,\n\nGraag.\n\nGroet,\nCamille", True)
    'Beste Pieter,\n\nGraag.\n\nMet vriendelijke groet,\nCamille'
    >>> closing_in_kind("Hallo Iris,\n\nWanneer past het jou?\n\nMet vriendelijke groet,\nCamille", True, informal=True)
    'Hallo Iris,\n\nWanneer past het jou?\n\nHartelijke groet,\nCamille'
    """
    if not kind:
        return text
    if informal:
        return cre.sub(r"\n\n(?:Met vriendelijke groet|Groet),\n", "\n\nHartelijke groet,\n", text)
    return cre.sub(r"\n\nGroet,\n", "\n\nMet vriendelijke groet,\n", text)


def whole_lead(text: str, lang: str, *, informal: bool) -> str:
    """"Graag: zullen we bellen?", "Sehr gern: Wollen wir …?": a bare "gladly" before a question answers nothing; it
    becomes a whole sentence ("Ik help u graag. Zullen we …?", "Ich helfe Ihnen sehr gern weiter. Wollen wir …?").

    >>> whole_lead("Graag: zullen we volgende week bellen?", "nl", informal=False)
    'Ik help u graag. Zullen we volgende week bellen?'
    """
    if lang == "nl":
        lead = "Ik help je graag. " if informal else "Ik help u graag. "
        return cre.sub(r"(?m)(^|(?<=[.!?] ))Graag: (zullen we|vertel)", lambda m: m.group(1) + lead + m.group(2)[:1].upper() + m.group(2)[1:], text)
    if lang == "de":
        lead = "Ich helfe dir gern weiter. " if informal else "Ich helfe Ihnen sehr gern weiter. "
        return cre.sub(r"(?m)(^|(?<=[.!?] ))(?:Sehr gern|Gern): (Wollen wir|Sollen wir|Schreib)", lambda m: m.group(1) + lead + m.group(2), text)
    return text


#: Italian articulated prepositions: the stem of the preposition and the ending of the article.
_IT_STEMS = {"su": "su", "di": "de", "a": "a", "da": "da", "in": "ne"}
_IT_ENDS = {"il ": "l", "lo ": "llo", "la ": "lla", "l'": "ll'", "i ": "i", "gli ": "gli", "le ": "lle"}
_CONTRACTIONS = {
    # "bei dem Modehaus Engel" → "beim Modehaus Engel"; a relative clause after its comma ("das Projekt, an dem Sie arbeiten") stays
    "de": [(r"(?<![,;:] )\b([Bb]ei|[Vv]on|[Zz]u|[Ii]n|[Aa]n) dem (?=(?!(?:Sie|Ihnen|Ihr\w*|du|dir|ich|wir|er|es)\b)[A-ZÄÖÜ])", r"\1\1 "),
           (r"(?<![,;:] )\b([Zz]u) der (?=(?!(?:Sie|Ihnen|Ihr\w*|du|dir|ich|wir|er|es)\b)[A-ZÄÖÜ])", r"\1r ")],
    "es": [(r"\bde el\b", "del"), (r"\ba el\b", "al")],
    "pt": [(r"\bem o\b", "no"), (r"\bem a\b", "na"), (r"\bem os\b", "nos"), (r"\bem as\b", "nas"), (r"\bde o\b(?!\s+(?:ler|ver|rever|fazer|enviar|receber|analisar|encaminhar|passar|partilhar|conhecer|avaliar)\b)", "do"),
           (r"\bde os\b", "dos"), (r"\bpor o\b", "pelo"), (r"\bpor a\b", "pela"), (r"\bpor os\b", "pelos"), (r"\bpor as\b", "pelas")],
}


def contract_articles(text: str, lang: str) -> str:
    """A preposition and an article a slot put side by side, contracted: "su il mio intervento" → "sul mio intervento".

    Only lowercase articles ("de El Corte Inglés" keeps the name's article).

    >>> contract_articles("grazie per le tue parole su il mio intervento e a l'evento", "it"), contract_articles("gracias de el equipo", "es")
    ("grazie per le tue parole sul mio intervento e all'evento", 'gracias del equipo')
    """
    if lang == "it":
        def joined(m: re.Match[str]) -> str:
            prep, art = m.group(1), m.group(2)
            word = _IT_STEMS[prep.lower()] + _IT_ENDS[art]
            return word[0].upper() + word[1:] if prep[0].isupper() else word
        return cre.sub(r"\b(su|Su|di|Di|a|A|da|Da|in|In) (il |lo |la |i |gli |le |l')(?=\w)", lambda m: joined(m) + ("" if m.group(2) == "l'" else " "), text)
    for rx, to in _CONTRACTIONS.get(lang, ()):
        if to == r"\1\1 ":  # German: "bei dem" → "beim", "von dem" → "vom", "in dem" → "im", "zu dem" → "zum"
            text = cre.sub(rx, lambda m: (m.group(1)[:-1] if m.group(1).endswith("n") else m.group(1)) + "m ", text)
            continue
        text = cre.sub(rx, to, text)
    return text


#: Time phrases a sentence can lose at its end: said twice in one draft, the second goes ("… this week! … back to you this week.").
_TIME_PHRASES = ("this week", "next week", "cette semaine", "la semaine prochaine", "diese Woche", "nächste Woche", "esta semana",
                 "la semana que viene", "la próxima semana", "questa settimana", "la prossima settimana", "na próxima semana",
                 "na semana que vem", "deze week", "volgende week", "today", "aujourd'hui", "heute", "hoy", "oggi", "hoje", "vandaag")
#: Any of them (none holds another, so a phrase said twice is two matches here).
_TIME_ANY = rf"(?i)(?<![\w'])({'|'.join(map(re.escape, _TIME_PHRASES))})(?![\w'])"


def no_stutter(text: str) -> str:
    """A phrase of two to six words never follows itself (two slots saying the same thing): the copy goes.

    >>> no_stutter("for a module on ads next term next term; I'm honoured.")
    "for a module on ads next term; I'm honoured."
    """
    return cre.sub(r"(?i)(?<![\w'])((?:[\w'’-]+\s+){1,5}[\w'’-]+)\s+\1(?![\w'’-])", r"\1", text)


#: "gladly" said as an aside after a comma, per language: said twice in one draft, the second goes.
_GLADLY = {"pt": r", com (?:muito )?prazer(?=[:!.,])", "es": r", con (?:mucho )?gusto(?=[:!.,])", "it": r", con (?:molto )?piacere(?=[:!.,])",
           "fr": r", avec (?:grand )?plaisir(?=[ :!.,])", "nl": r", heel graag(?=[:!.,])", "en": r", gladly(?=[:!.,])"}


#: Common German words a sender typed without umlauts ("fuer", "ueber", "moechte"): her reply quoting them writes the
#: umlauts. Common words only, never a name ("Herr Mueller" keeps his spelling).
_DE_UMLAUT_WORDS = {
    "fuer": "für", "ueber": "über", "moechte": "möchte", "moechten": "möchten", "koennen": "können", "koennte": "könnte",
    "koenntest": "könntest", "waere": "wäre", "haette": "hätte", "wuerde": "würde", "wuerden": "würden", "muessen": "müssen",
    "schoen": "schön", "schoene": "schöne", "schoenen": "schönen", "natuerlich": "natürlich", "gruesse": "grüße",
    "kuerzlich": "kürzlich", "spaeter": "später", "frueher": "früher", "naechste": "nächste", "naechsten": "nächsten",
    "geschaeft": "Geschäft", "laeden": "Läden", "kaeufer": "Käufer", "groesse": "Größe", "groesser": "größer",
    "moeglich": "möglich", "moeglichkeit": "Möglichkeit", "moeglichkeiten": "Möglichkeiten", "erhoehen": "erhöhen",
    "verkaeufe": "Verkäufe", "unterstuetzung": "Unterstützung", "uebersicht": "Übersicht", "waehrend": "während",
    "zurueck": "zurück", "gruender": "Gründer", "gruenderin": "Gründerin", "maerz": "März", "fuers": "fürs", "ueberhaupt": "überhaupt",
}
_DE_UMLAUT_RX = cre.compile(r"(?i)\b(?:" + "|".join(sorted(_DE_UMLAUT_WORDS, key=len, reverse=True)) + r")\b")


def de_umlauts(text: str) -> str:
    """Common German words typed without umlauts are written with them (a noun keeps its capital).

    >>> de_umlauts("der Beitrag zu Meta Ads fuer kleine Shops, ueber SEO, Herr Mueller")
    'der Beitrag zu Meta Ads für kleine Shops, über SEO, Herr Mueller'
    """
    def fix(m: re.Match[str]) -> str:
        word = _DE_UMLAUT_WORDS[m.group(0).lower()]
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word

    return _DE_UMLAUT_RX.sub(fix, text)


def one_gladly(text: str, lang: str) -> str:
    """ "Vamos conversar, com prazer! Topo um café, com prazer: …": the aside "gladly" said once, the second goes.

    >>> one_gladly("Vamos conversar, com prazer! Topo um café, com prazer: que dias ficam bons?", "pt")
    'Vamos conversar, com prazer! Topo um café: que dias ficam bons?'
    """
    rx = _GLADLY.get(lang)
    if not rx:
        return text
    seen = cre.search(rx, text)
    if not seen:
        return text
    return text[:seen.end()] + cre.sub(rx, "", text[seen.end():])


#: A wish of luck or success, per language: said in the body ("Boa sorte com a mudança!"), the sign-off ("Boa sorte na
#: busca,") says it a second time.
_WISH = {"en": r"good luck|best of luck|all the best", "fr": r"bon courage|bonne chance|bonne continuation|plein de succ[eè]s",
         "es": r"suerte|mucho [eé]xito", "it": r"in bocca al lupo|buona fortuna|buona ricerca",
         "pt": r"boa sorte|muito sucesso|sucesso", "de": r"viel erfolg|viel gl[uü]ck|alles gute", "nl": r"succes|veel geluk"}
#: The plain sign-off that replaces a repeated wish: (informal, formal).
_PLAIN_CLOSE = {"en": ("Best,", "Best regards,"), "fr": ("À bientôt,", "Bien à vous,"), "es": ("Un saludo,", "Un cordial saludo,"),
                "it": ("A presto,", "Cordiali saluti,"), "pt": ("Um abraço,", "Com os melhores cumprimentos,"),
                "pt-BR": ("Abraço,", "Atenciosamente,"), "de": ("Viele Grüße", "Beste Grüße"), "nl": ("Groet,", "Met vriendelijke groet,")}


def one_wish(text: str, lang: str, informal: bool) -> str:
    """A wish of luck is said once: when the body already wishes it, the sign-off is a plain one.

    >>> print(one_wish("Oi, Ana!\\n\\nBoa sorte com a mudança!\\n\\nBoa sorte na busca,\\nCamille", "pt-BR", True))
    Oi, Ana!
    <BLANKLINE>
    Boa sorte com a mudança!
    <BLANKLINE>
    Abraço,
    Camille
    """
    wish = _WISH.get(lang[:2])
    parts = text.rsplit("\n\n", 1)
    if not wish or len(parts) < 2 or "\n" not in parts[1]:
        return text
    close, _, signature = parts[1].partition("\n")
    if not cre.match(rf"(?i)(?:{wish})\b", close) or not cre.search(rf"(?i)(?<!\w)(?:{wish})\b", parts[0]):
        return text
    plain = _PLAIN_CLOSE.get(lang) or _PLAIN_CLOSE.get(lang[:2], ("", ""))
    return f"{parts[0]}\n\n{plain[0 if informal else 1]}\n{signature}"


def no_repeated_phrase(text: str) -> str:
    """One draft never says the same time phrase twice: a later one ending its sentence goes.

    >>> no_repeated_phrase("Happy to help, and this week works for me! I'll send my answers this week.")
    "Happy to help, and this week works for me! I'll send my answers."
    """
    said = [m.group(1).casefold() for m in cre.finditer(_TIME_ANY, text)]
    if len(said) == len(set(said)):
        return text  # no time phrase twice (the usual case): one search, not one per phrase
    for phrase in _TIME_PHRASES:
        rx = cre.compile(rf"(?i)(?<![\w'])({re.escape(phrase)})(?![\w'])")
        hits = list(rx.finditer(text))
        for m in reversed(hits[1:]):
            if cre.match(r"\s*[.!?]", text[m.end():]):
                text = text[:m.start()].rstrip(" ,") + text[m.end():]
    return text


#: Gladness said to the sender, per language ("Me alegra que …", "fijn dat …", "mi fa piacere"): two sentences in a row
#: saying it read as a stutter ("Me alegra que te haya interesado. ¡Me alegra mucho que te haya sido útil!").
_JOY = {"es": r"me alegra|me alegro|qué bien que|qué alegría|qué gusto|con (?:mucho )?gusto",
        "pt": r"fico (?:muito )?feliz|que bom (?:saber|que)|que alegria|que prazer|com (?:muito )?prazer",
        "it": r"mi fa (?:davvero |molto |tanto )?piacere|che bello|che piacere|che gioia|sono content[ao]|con (?:molto )?piacere|volentieri",
        "fr": r"avec (?:grand )?plaisir|volontiers|(?:ça|cela) me fait (?:très |grand )?plaisir|quel plaisir|quelle joie|je suis ravie|ravie (?:que|d'apprendre|de lire)",
        "nl": r"leuk dat|fijn dat|wat leuk|wat fijn|fijn om te (?:horen|lezen)|leuk om te (?:horen|lezen)|met plezier",
        "de": r"(?:es )?freut mich|schön, dass|wie schön|schön zu (?:hören|lesen)",
        "en": r"glad|happy to hear|how nice|how lovely|what a pleasure|great to hear|lovely to hear|so pleased"}
#: A professor by their headline ("Docente | LUISS", "Profesora titular en la UGR", "Prof. di Marketing").
_PROF_HEADLINE = (r"\b(?:docente|professore|professoressa|profesora? (?:titular|asociad[oa]|universitari[oa]|de universidad)|catedratic[oa])\b"
                  r"|^\W*(?:prof|profesora?)\b")
#: A professor by their own Italian note (folded): "sono docente del master …", "insegno come docente a contratto", never the
#: teacher they look for ("cerchiamo una docente per un modulo": the owner is the docente sought, the sender is no professor).
_PROF_SELF_IT = (r"\b(?:sono|in qualita di|come|faccio il|faccio la|lavoro come) (?:una? |un'|il |la )?(?:docente|professore|professoressa)\b"
                 r"|(?<!un )(?<!una )(?<!un')(?<!cerchiamo )(?<!cerco )\b(?:docente|professore|professoressa) (?:di|del|della|presso|all'|alla|al|universitari[oa]|a contratto|ordinari[oa]|associat[oa])\b")
#: An event noun copied lower case from an informal German note ("hab dich auf dem barcamp gesehen"): a German noun
#: keeps its capital in the reply ("auf dem Barcamp", "beim Meetup", "in deinem Workshop", "letzte Woche").
_DE_LOWER_EVENT = (r"\b(dem|der|den|das|die|im|beim|am|zum|zur|vom|einem|einer|eurem|eurer|deinem|deiner|Ihrem|Ihrer|unserem|unserer|meinem|meiner|letzte|letzten|nächste|nächsten|vergangene|vergangenen|diese|dieser) "
                   r"(barcamp|meetup|workshop|webinar|seminar|kongress|vortrag|panel|event|stammtisch|netzwerktreffen|netzwerkabend|forum|festival"
                   r"|summit|gipfel|masterclass|bootcamp|konferenz|messe|tagung|schulung|hackathon|afterwork|sommerfest|podcast|livestream|woche|monat)\b")
#: A sentence that is nothing but "gladly!" ("Con piacere!", "Avec plaisir !", "Graag!").
_BARE_JOY = (r"¡?(?:con (?:mucho |molto )?(?:gusto|piacere)|avec (?:grand )?plaisir|volontiers|gladly|with pleasure|graag|heel graag|met plezier"
             r"|(?:sehr )?gerne?|com (?:muito )?prazer|volentieri)\s?[!.]")
#: Where a clause of gladness starts inside a sentence: after a comma, a semicolon or a dash (and its "and").
_JOY_CUT = r"(?:,|;|:| –| -)\s(?:(?:and|et|y|e|en|und|das|dat|that|ce qui|cela|ciò|eso|isso)\s)?$"
#: The same word of gladness twice ("Ça me fait très plaisir que … Avec plaisir pour un appel"): (the word in the first
#: sentence, the yes that opens the next, what the yes becomes).
_JOY_SWAP = {"fr": ("plaisir", r"(?i)avec (?:grand )?plaisir\b", "Volontiers"),
             "it": ("piacere", r"(?i)con (?:molto )?piacere\b", "Volentieri")}
#: A place or event named with a capital after its preposition: "coincidido en Barcelona", "beim OMR", "op Emerce".
_NAMED_PLACE = r"\b(?:en|in|at|à|au|a|al|na|no|em|bei|beim|im|op|alla|allo)\s+[A-ZÀ-Ý]"
_JOY_AND = r"(?:And|Et|Y|E|En|Und)\s"
#: A second gladness opening its sentence, after a first one that says more ("fijn om te horen dat je iets had aan mijn
#: nieuwsbrief! Leuk om te horen dat de tip al werkt!"): it is said with other words (pattern, replacement), per language.
_JOY_OTHER = {"nl": (r"(?:leuk|fijn) (?:om te (?:horen|lezen),? )?dat\b", "Mooi dat"),
              "en": (r"(?:glad|happy|great|lovely) to (?:hear|read)(?: that)?\b", "Great that"),
              "de": (r"schön zu (?:hören|lesen), dass\b", "Toll, dass"),
              "es": (r"me alegra (?:saber )?que\b", "Qué bien que"),
              "pt": (r"fico (?:muito )?feliz (?:em saber )?que\b", "Que bom que"),
              "it": (r"mi fa (?:davvero |molto )?piacere (?:sapere )?che\b", "Che bello che"),
              "fr": (r"(?:quel plaisir|(?:ça|cela) me fait (?:très )?plaisir) de (?:savoir|lire) que\b", "Ravie de savoir que")}
#: The yes that opens a sentence ("Con gusto hablamos…", "Volentieri, sentiamoci…"): an answer, not a second gladness.
_YES_LEAD = (r"(?i)¡?(?:con (?:mucho )?gusto|con (?:molto )?piacere|volentieri|com (?:muito )?prazer|avec (?:grand )?plaisir|volontiers"
             r"|met plezier|gladly|happy to|(?:sehr )?gerne?)\b")


def joy_said_otherwise(sentence: str, lang: str) -> str:
    """A sentence opening with a gladness that the one before already said opens with other words.

    >>> joy_said_otherwise("Leuk om te horen dat de tip al werkt!", "nl")
    'Mooi dat de tip al werkt!'
    """
    other = _JOY_OTHER.get(lang)
    if not other or not cre.match(rf"(?i){other[0]}", sentence):
        return sentence
    return cre.sub(rf"(?i)^{other[0]}", other[1], sentence, count=1)


def one_joy(text: str, lang: str, keep_said: bool = False) -> str:
    """Two sentences in a row never both say "I'm glad": a bare "gladly!" after one goes, a short glad lead before one
    goes, and a glad clause followed by a glad sentence gives way to it (the later one says what the gladness is about).
    keep_said: a glad clause that says what it is glad about ("leuk dat je mijn nieuwsbrief leest") stays; the next
    sentence says its gladness with other words.

    >>> one_joy("¡Gracias por conectar! Me alegra que te haya interesado. ¡Me alegra mucho que te haya sido útil!", "es")
    '¡Gracias por conectar! ¡Me alegra mucho que te haya sido útil!'
    >>> one_joy("Bedankt voor je uitnodiging, en leuk dat je mijn post las! En fijn om te horen dat hij je geholpen heeft!", "nl")
    'Bedankt voor je uitnodiging, en fijn om te horen dat hij je geholpen heeft!'
    >>> one_joy("grazie, mi fa davvero piacere! Con piacere! Quali orari ti vanno bene?", "it")
    'grazie, mi fa davvero piacere! Quali orari ti vanno bene?'
    """
    joy = _JOY.get(lang)
    if not joy:
        return text
    out = []
    for para in text.split("\n\n"):
        # the lines of one paragraph are read as one run of sentences ("So glad it helped.\nGlad it was useful"): a
        # stutter across a line break is still one; each sentence keeps the space or line break that followed it
        split = cre.split(r"(?<=[.!?])(\s+)(?=[¡¿]?[A-ZÀ-ÖØ-Þ])", para)
        parts, seps = split[0::2], split[1::2] + [""]

        def drop(k: int) -> None:
            if k > 0 and "\n" in seps[k]:
                seps[k - 1] = seps[k]  # the line break after the dropped sentence stays
            del parts[k], seps[k]

        i = 0
        while i < len(parts) - 1:
            s1, s2 = parts[i], parts[i + 1]
            j1, j2 = cre.search(rf"(?i)\b(?:{joy})\b", s1), cre.search(rf"(?i)(?:^|\b)(?:{joy})\b", s2)
            if not (j1 and j2):
                i += 1
                continue
            swap = _JOY_SWAP.get(lang)
            if cre.fullmatch(rf"(?i){_BARE_JOY}", s2.strip()):
                if "\n" in seps[i] and swap and cre.search(rf"(?i)\b{swap[0]}\b", s1) and cre.match(swap[1], s2):
                    parts[i + 1] = cre.sub(swap[1], swap[2], s2, count=1)  # "Avec plaisir !" opening its line is the yes asked for
                    i += 1
                    continue
                drop(i + 1)
                continue
            if swap and cre.search(rf"(?i)\b{swap[0]}\b", s1) and cre.match(swap[1], s2):
                # "Ça me fait très plaisir que … Avec plaisir pour un appel": the same word twice, the yes says it otherwise
                parts[i + 1] = cre.sub(swap[1], swap[2], s2, count=1)
                i += 1
                continue
            if cre.match(r"(?i)¡?(?:[\w'’]+\s)?$", s1[:j1.start()]) and not s1.rstrip().endswith("?") \
                    and (len(s1.split()) <= 4 or len(s1.split()) == 5 and cre.match(rf"(?i)(?:{joy})\b", s2)):
                # "So glad it helped. Glad it was useful, and …", "So glad you enjoyed it. Glad the tips on … were useful.":
                # the short one goes (five words only before another sentence opening with gladness)
                drop(i)
                continue
            lead = cre.match(rf"(?i)¡?(?:{_JOY_AND})?(?:{joy})\b", s2)
            if lead and len(s2) < len(s1) - j1.start():
                lead = None  # "leuk dat je mijn artikel over e-mailflows las! En fijn dat je er iets aan had!": the first says more
                parts[i + 1] = joy_said_otherwise(s2, lang)
            if lead:
                before = s1[:j1.start()]
                if cre.match(_YES_LEAD, s2) and (len(s1[j1.start():].split()) >= 7 or cre.search(_NAMED_PLACE, s1[j1.start():])):
                    # "Qué alegría haber coincidido el mes pasado en el taller. Con gusto hablamos 20 minutos": the first tells
                    # where they met, the second is the yes to the call; both stay ("Qué alegría haber coincidido en
                    # Barcelona. ¡Con mucho gusto seguimos hablando sobre …!": a named place is enough to keep the first)
                    i += 1
                    continue
                if j1.start() <= 2:
                    if not cre.match(_JOY_AND, s2):  # "Fico feliz que você me lê. E que bom que …": both say something
                        drop(i)
                        continue
                    i += 1
                    continue
                cut = cre.search(_JOY_CUT, before)
                if cut and "," in s1[j1.end():]:
                    cut = None  # "grazie, mi fa piacere restare in contatto, e grazie per i complimenti!": a clause after it stays
                if cut and keep_said and len(s1[j1.end():].split()) > 1:
                    parts[i + 1] = joy_said_otherwise(s2, lang)  # "leuk dat je mijn nieuwsbrief leest! Mooi dat je iets had aan de tips"
                    i += 1
                    continue
                if cut and len(before[:cut.start()].split()) >= 2:
                    head = before[:cut.start()]
                    if cre.match(_JOY_AND, s2):
                        parts[i:i + 2] = [head + ", " + s2[:1].lower() + s2[1:]]
                        del seps[i]
                    else:
                        end = s1.rstrip()[-1] if s1.rstrip()[-1] in ".!?" else "."
                        parts[i] = head + (" !" if end == "!" and lang == "fr" else end)
                    continue
            i += 1
        out.append("".join(p + sep for p, sep in zip(parts, seps)))
    return "\n\n".join(out)


#: "my post" said of several posts, per language (the sender praised "your posts", "vos posts", "je posts").
_POSTS = {"en": (("my post", "my posts"),),
          "es": (("mi publicación", "mis publicaciones"), ("que (te|le) haya (?:interesado|gustado)", r"que \1 gusten")),
          "de": (("meinen Beitrag", "meine Beiträge"),), "fr": (("mon post", "mes posts"),), "nl": (("mijn post", "mijn posts"),),
          "it": (("il mio post", "i miei post"), ("al mio post", "ai miei post"), ("sapere che (ti|Le) ha", r"sapere che \1 hanno")), "pt": (("(d|n|a|pel)o meu post", r"\1os meus posts"),  # "gostou do meu post" → "dos meus posts", never "do meus posts"
                 ("o meu post", "os meus posts"), ("meu post", "meus posts"))}
_PLURAL_POSTS = r"\b(?:your|vos|tes|je|jouw|uw|tuoi|seus|teus|tus|sus|deine|ihre)\s+(?:\w+\s+)?(?:posts|publicaciones|beitrage)\b|\b(?:tuoi|suoi)\s+(?:\w+\s+)?post\b"  # ("i tuoi post": Italian "post" is invariable)
_SINGLE_POST = r"\b(?:your|votre|ton|je|jouw|uw|tuo|seu|teu|tu|su|dein|deinen|ihren)\s+(?:\w+\s+)?(?:post|publicacion|beitrag)\b"
#: A coffee over video (folded): "un café virtual", "a virtual coffee", "un caffè online", "ein virtueller Kaffee", "een online koffie".
_VIRTUAL_COFFEE = (r"\b(?:virtual\w*|virtuel\w*|virtuale|virtuell\w*|virtuele|online|on-line|zoom|video)[- ]?(?:coffee|cafe|caffe|kaffee|koffie)\b"
                   r"|\b(?:coffee|cafe|cafezinho|caffe|kaffee|koffie)\s+(?:virtual\w*|virtuel\w*|virtuale|online|on-line|en ligne|en linea|a distancia|a distanza"
                   r"|(?:on|sur|en|por|via|per|su|no|auf|op) (?:zoom|teams|meet|video|visio))\b")
#: The coffee a draft proposes, and the same coffee said virtual: the sender's video coffee never turned into a meeting in person.
_COFFEE_VIRTUAL = {"en": (r"\ba coffee\b", "a virtual coffee"), "fr": (r"\bun café\b(?! virtuel)", "un café virtuel"), "es": (r"\bun café\b(?! virtual)", "un café virtual"),
                   "it": (r"\bun caffè\b(?! virtuale)", "un caffè virtuale"), "pt": (r"\bum café\b(?! virtual)", "um café virtual"),
                   "de": (r"\b(einen|einem) Kaffee\b", r"\1 virtuellen Kaffee"), "nl": (r"\been (?:kop )?koffie\b", "een online kop koffie")}

_YES = r"Ja|Yes|Sí|Oui|Sì|Sim"


def no_double_yes(text: str) -> str:
    """Two answers in a row never both open with "Yes, …": the second one starts plainly.

    >>> no_double_yes("Ja, ik geef ook online les. Ja, ik werk ook in het Engels.")
    'Ja, ik geef ook online les. Ik werk ook in het Engels.'
    """
    rx = cre.compile(rf"((?:^|(?<=[.!?]\s))({_YES}), [^.!?\n]*[.!?]) \2, (\w)")
    while True:
        new = rx.sub(lambda m: f"{m.group(1)} {m.group(3).upper()}", text)
        if new == text:
            return text
        text = new


def repeated_phrases(text: str) -> set[str]:
    """The two-word phrases with a content word said twice in a draft's body (greeting and closing left out)."""
    lines = text.strip().splitlines()
    body = " ".join(lines[1:-2]) if len(lines) > 3 else text
    words = [w.casefold() for w in cre.findall(r"[\w'’-]+", body)]
    seen: dict[tuple[str, str], int] = {}
    found: set[str] = set()
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair[0] in _FUNCTION_WORDS and pair[1] in _FUNCTION_WORDS or pair[0] in _FUNCTION_WORDS and len(pair[1]) <= 3:
            continue
        if pair in seen and i - seen[pair] >= 2:
            found.add(" ".join(pair))
        seen.setdefault(pair, i)
    return found


_FUNCTION_WORDS = set("""the a an and or of to for in on at by with your my you i me it is be we our this that if i'll let know
de la le les des du et ou à au aux en un une pour par sur avec vous votre tu ton ta te je mon ma mes il est ne pas
der die das und oder zu für mit von im ein eine ich sie du dein mein ihnen dir dich dass ist
el los las y o del un una para por con su mi que es se lo me
il gli e di da per con una ti si che è non
os as do da dos das em no na um uma com seu sua meu minha você
het een van voor met je jij u uw mijn ik op aan dan""".split())


def _drop_dangling_closing(text: str) -> str:
    """Without a signature a closing line ("Cheers,") would dangle at the end: it goes."""
    lines = text.rstrip().splitlines()
    if len(lines) > 2 and lines[-1].rstrip().endswith(",") and len(lines[-1]) <= 40 and not lines[-2].strip():
        lines = lines[:-2]
    return "\n".join(lines).rstrip()


_EMPTY_CONTEXT: dict[str, Any] = {k: "" for k in CONTEXT_KEYS}
_EMPTY_CONTEXT.update({"informal": False, "formal_address": False, "has_note": False, "survey": False, "cv": False,
                       "salary": False, "remote": False, "offers": False, "portfolio": False, "shall_we": False,
                       "client": False, "price": False, "conditions": False, "lang_q": False, "recruiter": False, "networking": False,
                       "refer_ask": False, "freelance_role": False, "for_client": False, "met": False, "classmates": False, "studied": False,
                       "reconnect": False, "long_ago": False, "congrats": False, "landed": "", "mentored": False, "launched": "", "launch": False, "owner_langs": [], "asks": [], "soon_meet": False, "helped": False, "helped_piece": "", "praised_piece": "", "episode": False, "by_email": False, "coffee": False, "praise": False,
                       "situated": False, "amount": False, "tool_choice": False, "direct": "", "posts_plural": False, "team": False, "yes_q": False, "yes_known": False,
                       "links": False, "regular": False, "regular_long": False, "fan": False, "exchange": False, "go_on": False, "learn": False, "tools_too": False, "speaker_call": False, "network_ask": False, "career": False, "swap": False,
                       "speak_ok": False})
del _EMPTY_CONTEXT["answer"]
_EMPTY_CONTEXT.update({k: (list(v) if isinstance(v, list) else v) for k, v in KNOWN_DEFAULTS.items()})
_EMPTY_CONTEXT.update({"lang_plain": "", "met_there": "", "portfolio_offered": False, "where_lead": "", "clients_also": "", "liked_line": "", "far_profiles": False, "dated_coffee": "", "call_when": "", "pt_hug": False, "br_hug": False, "past_again": "", "talk_unpaid": False, "taken_long_ago": False, "advice_helped": False, "month_only": False, "event_name": "", "thesis": "", "research": False, "beta": False, "topic_free": False, "crowded": False, "speak_only": [], "panel": False, "far": False, "price_asked": False, "audit_asked": False, "consulting_q": False, "kind_of_q": False, "price_line": "", "ballpark": "", "ballpark_named": "", "hold": "", "tracked": False, "yes_small": "", "audit_name": "", "owner_email": "", "email_profile": "", "piece_about": "", "inhouse": False, "inhouse_asked": False, "period_first": False, "faq": "", "faq_step": "", "tips_too": "", "portfolio_told": False, "cv_told": False, "cv_sent": False, "experience_line": "", "yes_offer": False, "not_hiring": False, "qanswer": "", "video": False, "this_week": False, "days": False, "multi_day": False, "interns_line": "", "french_asset": "", "recruiter_call": False, "sought_line": "", "rate_line": "", "beside_price": "", "we_ask": False,
                       # a German sender's warm closing mirrored; "aux Rencontres du Digital à Annecy": the date after the city keeps "le"
                       "warm_close": False, "stage_city": False})  # a quick question answered by name (quickq.py); a video call
_EMPTY_CONTEXT["course_tip"] = ""  # which course to start with, asked beside a question her facts answer
_EMPTY_CONTEXT["beginner_line"] = ""  # "¿Tu curso sirve para principiantes?": who her trainings are for
_EMPTY_CONTEXT["remembered"] = False  # "tu te souviens ?" asked by someone she met: "Bien sûr que je me souviens !"
_EMPTY_CONTEXT["video"] = False  # "per Video austauschen": the call is a video call
_EMPTY_CONTEXT["abroad_line"] = ""  # who funds an internship abroad, after where to look
_EMPTY_CONTEXT["when_first"] = False  # the day before an event that ends on its city ("ieri al workshop SEO a Lione")
#: An event ending on its city ("al workshop SEO a Lione", "en el taller de SEO en Lyon", "no evento em Lisboa"): a day said
#: after it collides with the city ("a Lione ieri"), so the day goes first (es, it, pt).
_EVENT_CITY_END = r"\s(?:a|in|di|en|de|em|no|na|do|da)\s+[A-ZÀ-Ý][\w'-]*$"
#: An event copied with its article and no preposition ("a conferência Marketing Portugal"): left where the note put it.
_BARE_ARTICLE = r"(?:a|o|as|os|la|el|il|lo)\s"
#: "ayer", "ieri", "ontem": a day said from today goes before the event ("ayer en el afterwork", "ieri all'aperitivo"), never after it
_DEICTIC_DAY = r"(?:ayer|anteayer|anoche|hoy|ieri(?: sera)?|l'altro ieri|oggi|ontem(?: à noite)?|anteontem|hoje)$"
#: "ieri" + "all'aperitivo": an Italian day said after an event named with its article ("all'aperitivo di ieri")
_IT_DAY_OF = r"(?:ieri|ieri sera|oggi) (?:al|allo|alla|ai|agli|alle|all'|nel|nello|nella|nei|negli|nelle|nell'|dal|dalla|dall')"
_EMPTY_CONTEXT["month_line"] = ""  # "¿Tendría disponibilidad en abril?": yes in principle for that month
_EMPTY_CONTEXT["meeting"] = ""  # "a meeting in Lyon next month?" from a client: met in person, never "a coffee" nor a call
_EMPTY_CONTEXT["meet_period"] = ""  # "teria disponibilidade em abril?": the month the sender names for meeting, never "next week"
_EMPTY_CONTEXT["coffee_asked"] = False  # "Un café à Lyon le mois prochain ?": the meeting asked is a coffee, said back as one
#: A coffee named in the note (folded).
_COFFEE_WORD = r"\b(?:cafe|cafecito|coffee|kaffee|caffe|koffie|koffietje|cafezinho)\b"
_EMPTY_CONTEXT["team_shared"] = ""
_EMPTY_CONTEXT["team_liked"] = False  # her training given at their company, and their team's feedback (content)  # her piece shared with their team (content)


# -- the draft for one invitation ----------------------------------------------------------------

def reason_quote(note: str, evidence: list[dict[str, str]], lang: str = "en") -> str:
    """The short, whole clause of the note that carries the reason (never a greeting, a
    self-introduction, a signature or a call to action), or "".

    >>> reason_quote("Bonjour Camille, j'ai lu votre article sur le SEO local. Merci !", [{"rule": "cue.content.fr", "quote": "votre article"}], "fr")
    "j'ai lu votre article sur le SEO local"
    """
    cues = [e["quote"] for e in evidence if e.get("quote") and not e.get("rule", "").startswith(("model:", "benefit", "campaign"))]
    return best_quote(note, lang, cues)


#: Well-known offer phrases in each draft language: an English "social ads" is not pasted into a French
#: sentence. Keys are folded; an owner's phrase that is not here is used as written.
_OFFER_TERMS: dict[str, dict[str, str]] = {
    "seo": dict.fromkeys(LANGUAGES, "SEO"),
    "sea": dict.fromkeys(LANGUAGES, "SEA"),
    "google ads": dict.fromkeys(LANGUAGES, "Google Ads"),
    "social ads": {"fr": "publicité sur les réseaux sociaux", "en": "social ads", "de": "Social-Media-Werbung",
                   "es": "publicidad en redes sociales", "it": "pubblicità sui social", "pt": "anúncios nas redes sociais",
                   "nl": "advertenties op sociale media"},
    "content strategy": {"fr": "stratégie de contenu", "en": "content strategy", "de": "Content-Strategie",
                         "es": "estrategia de contenidos", "it": "strategia dei contenuti", "pt": "estratégia de conteúdo",
                         "nl": "contentstrategie"},
    "digital marketing training": {"fr": "formation au marketing digital", "en": "digital marketing training",
                                   "de": "Online-Marketing-Schulungen", "es": "formación en marketing digital",
                                   "it": "formazione in marketing digitale", "pt": "formação em marketing digital",
                                   "nl": "trainingen in online marketing"},
    "digital marketing": {"fr": "marketing digital", "en": "digital marketing", "de": "Online-Marketing",
                          "es": "marketing digital", "it": "marketing digitale", "pt": "marketing digital", "nl": "online marketing"},
    "social media": {"fr": "réseaux sociaux", "en": "social media", "de": "Social Media", "es": "redes sociales",
                     "it": "social media", "pt": "redes sociais", "nl": "social media"},
    "email marketing": {"fr": "emailing", "en": "email marketing", "de": "E-Mail-Marketing", "es": "email marketing",
                        "it": "email marketing", "pt": "e-mail marketing", "nl": "e-mailmarketing"},
    "copywriting": {"fr": "rédaction web", "en": "copywriting", "de": "Texten", "es": "redacción publicitaria",
                    "it": "copywriting", "pt": "redação publicitária", "nl": "copywriting"},
    "branding": {"fr": "image de marque", "en": "branding", "de": "Markenaufbau", "es": "branding", "it": "branding",
                 "pt": "branding", "nl": "branding"},
    "community management": {"fr": "community management", "en": "community management", "de": "Community-Management",
                             "es": "gestión de comunidades", "it": "community management", "pt": "gestão de comunidades",
                             "nl": "communitymanagement"},
    "web analytics": {"fr": "web analytics", "en": "web analytics", "de": "Webanalyse", "es": "analítica web",
                      "it": "web analytics", "pt": "análise web", "nl": "webanalyse"},
}
_OFFER_ALIASES = {"referencement naturel": "seo", "referencement": "seo", "strategie de contenu": "content strategy",
                  "content-strategie": "content strategy", "social media ads": "social ads", "paid social": "social ads",
                  "publicite sur les reseaux sociaux": "social ads", "formation": "digital marketing training",
                  "formation marketing digital": "digital marketing training", "marketing digital": "digital marketing",
                  "reseaux sociaux": "social media", "emailing": "email marketing", "e-mail marketing": "email marketing",
                  "redaction web": "copywriting", "analytics": "web analytics", "content marketing": "content strategy"}
_OR = {"fr": "ou", "en": "or", "de": "oder", "es": "o", "it": "o", "pt": "ou", "nl": "of"}


def offer_items(offer: list[str], lang: str) -> list[str]:
    """The owner's first three offer phrases in the draft's language (well-known ones translated).

    >>> offer_items(["SEO", "social ads", "content strategy"], "fr")
    ['SEO', 'publicité sur les réseaux sociaux', 'stratégie de contenu']
    """
    out = []
    for phrase in offer[:3]:
        key = fold(phrase).strip()
        key = _OFFER_ALIASES.get(key, key)
        out.append(_OFFER_TERMS.get(key, {}).get(lang, phrase))
    return out


def _offer_text(settings: Settings, lang: str) -> str:
    return _listing(offer_items(settings.offer, lang), lang)


def _offer_or(settings: Settings, lang: str) -> str:
    items = offer_items(settings.offer, lang)
    if len(items) <= 1:
        return "".join(items)
    word = _OR.get(lang, "or")
    if lang == "es" and cre.match(r"(?i)h?o", items[-1]):
        word = "u"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


#: Words of the owner's trade (digital marketing, and a consultant's own work): a note without any of them
#: asks about another field ("Rust or Go?", "which DMS?", "a cardiology post"), and the reply says so.
_FIELD = (r"\b(?:paid (?:media|social|search)|midia paga|media paga|medios pagados|media a pagamento|bezahlte medien|betaalde media|medias? payants?|trafego pago|etsy|shopify|pubs?|insta|en ligne|woocommerce|wix|(?:get|be|getting|being) (?:seen|found|noticed)|sichtbar\w*|visibil\w*|visibilt\w*|zichtbaar\w*|market\w*|seo|sea|ads|adwords|publicit\w*|advertis\w*|werbung|pubblicit\w*|publicidad|anuncio\w*|social\w*|reseaux"
          r"|redes|content\w*|contenu\w*|contenid\w*|contenut\w*|conteudo\w*|inhalt\w*|communication|kommunikation|comunica\w*"
          r"|communicatie|brand\w*|marque|marca|marchio|merk|newsletter\w*|linkedin|instagram|tiktok|pinterest|youtube|snapchat|reels|nieuwsbrie\w*|boletin\w*|facebook|growth|e-?commerce"
          r"|e-?shop|webshop|site|website|sito|webseite|copywrit\w*|redaction|emailing|e-?mail\w*|campa\w*|kampagne\w*|google"
          r"|analytics|referencement|visibilit\w*|sichtbarkeit|audience|influen\w*|storytelling|community|freelanc\w*|independant\w*"
          r"|consult\w*|consulen\w*|asesoria\w*|assessoria\w*|beratung\w*|clients?|kunden|pricing|tarif\w*|prix|devis|formation\w*|training\w*|schulung\w*|leads?|digital\w*|numerique"
          r"|web|online|employer branding|marque employeur|trafic|traffic|trafego|trafico|traffico|suchmaschin\w*|zoekmachine\w*|vindbaarheid|search engines?"
          r"|moteurs? de recherche|buscadores|motores de busca|motori di ricerca|posicionamiento|posizionamento|conversion\w*|posts?|blog\w*|podcast\w*|notoriete|crm"
          r"|performance|keywords?|keyword-\w+|mots-cles|palabras clave|parole chiave|palavras-chave|zoekwoord\w*|ahrefs|semrush|sistrix"
          r"|\w*shops?|b2b|b2c|meta|tiktok|webinar\w*|slides|folien|growth\w*|acquisition|acquisizione|adquisicion|aquisicao"
          r"|touris\w*|turist\w*|toerist\w*|visiteurs|visitors|besucher|visitantes|visitatori|bezoekers|customers|clienti|clientes|klanten"
          r"|attirer|attract\w*|attirare|atraer|atrair|aantrekken|notoriet\w*|awareness|bekanntheit|naamsbekendheid"
          r"|editorial\w*|editoriaux|redaktion\w*|redazional\w*|redactione\w*|canva|figma|wordpress|webflow|shopify|wix|later|buffer|metricool|hootsuite"
          # adjacent to her offer, hers to talk about: online selling, growth, the web, data on it, social networks
          r"|comercio electronico|commerce (?:electronique|en ligne)|commercio elettronico|comercio eletronico|elektronische[rn]? handel|online-?handel"
          r"|onlinehandel|webwinkel\w*|vente en ligne|ventes en ligne|venta online|ventas online|vendite online|vendas online|tiendas? online"
          r"|negozi(?:o)? online|lojas? online|online ?shops?|marketplaces?|omnicanal\w*|omnichannel|cross-?canal|retail media|crecimiento|croissance"
          r"|crescita|crescimento|wachstum|groei\w*|internet|sozial\w*|redes sociales|medias sociaux|social media|sociale media|rrss|analytic\w*"
          r"|analitic\w*|analytique|anal[iy]se de donnees|datos de (?:la )?web|inbound|funnel\w*|cro|ux|user experience|landing ?pages?"
          r"|e-?reputation|reputacion online|reputazione online|emarketing|e-?marketing|webmarketing|mercadotecnia|comunicacao|publicite|pubblicita|reclame"
          # measurement: "server-side tagging", "conversions sans cookies", "heatmaps", "GA4"
          r"|tracking|tagging|tag manager|gtm|ga4|google analytics|search console|server-?side|cote serveur|lato server|serverseitig\w*|cookies?|cookieless"
          r"|conversions?|conversiones|conversioni|conversoes|conversies|konversion\w*|heatmaps?|mapas? de calor|mappe di calore|retargeting|remarketing)\b")


#: A place of work that is no web site: "a construction site in Leeds", "on-site", "the site in Brescia".
_NOT_WEBSITE = r"\b(?:(?:construction|building|work|job|industrial|production) sites?|site (?:managers?|supervisors?|foreman|foremen|engineers?)|on-?site|(?:a|the|our) site (?:in|at|near) [A-Za-z]\w*)\b"


#: An expert panel (folded) rating tools or entries: "panel of experts", "comité d'experts", "Expertenpanel", "panel de expertos".
_EXPERT_PANEL = (r"\b(?:panel of (?:\w+ )?experts|expert panel|panel d'experts|comite d'experts|expertenpanel|expertenjury|expertenbeirat|panel de expertos"
                 r"|comite de expertos|panel di esperti|comitato di esperti|painel de especialistas|painel de peritos|expertpanel|panel van experts|deskundigenpanel)\b")


#: A bare trainee's title (folded), which names no field: "intern", "stagiaire", "Praktikant:in", "becario", "stagista"…
_TRAINEE_TITLE = (r"(?:an? |un |une |una |uno |ein |eine |een |um |uma )?(?:interns?|trainees?|stagiaires?|alternant\w*|praktikant\w*|werkstudent\w*"
                  r"|becari[oa]s?|estudiantes? en practicas|stagist[aie]|tirocinant[ei]|estagiari[oa]s?|stagiair\w*)")

#: A bare trainer or teacher title (folded): "formateur/trice", "Trainerin", "formadora", "docente", "trainer".
_TRAINER_TITLE = (r"(?:an? |un(?:\(e\))? |une |una |uno |ein |eine |een |um |uma )?(?:formateur|formatrice|formateur/trice|formateur\(trice\)|trainer(?:in|innen|s)?"
                  r"|formador(?:a|es|as)?|formator[ei]|formatrice|docente|dozent(?:in)?|docent|instructor\w*|intervenant\w*|coach(?:es)?)")
#: A bare outside adviser's title (folded): "externe adviseur", "external consultant", "consulente esterno", "externe Beraterin":
#: it says nothing of the field; the note does ("… voor contentstrategie op de Franse markt").
_ADVISER_TITLE = (r"(?:an? |un(?:\(e\))? |une |una |uno |ein |eine |een |um |uma )?(?:(?:external|outside|externe?[nr]?|extern[oa]s?|estern[oaie]) )?"
                  r"(?:advis[eo]rs?|adviseurs?|consultants?|consultante?s?|consultor(?:a|es|as)?|consulent[ei]|berater(?:in)?|asesor(?:a|es|as)?|conseill\w+)"
                  r"(?: (?:externe?s?|extern[oa]s?|estern[oaie]))?")

#: Students asked for (folded): "do you know any good students?", "auriez-vous des étudiants à nous conseiller ?", "kennst du Studierende?".
_STUDENTS_ASK = (r"\b(?:know|connais\w*|connaitri\w*|auriez|aurais|kennst|kennen|conoces|conoce|conosci|conosce|conheces|conhece|ken je|kent u|ken jij)\b"
                 r".{0,40}\b(?:students?|etudiant\w*|studierende\w*|student\w*|estudiantes?|studenti|studentess\w*|estudantes?|studenten)\b")

#: A manager, director or owner speaking for a business (folded, note and headline).
_MANAGER_SAYS = (r"\b(?:manager|director\w*|directeur|directrice|direttore|direttrice|diretor\w*|directora|gerente|responsable|responsabile|head of|leiter\w*"
                 r"|leitung|geschaftsfuhrer\w*|bedrijfsleider|eigenaar|owner|titolare|propietari[oa]|proprietari[oa]|dueno|duena|ceo|cmo|founder|fondat\w*|fundador\w*"
                 r"|gerant\w*|dirijo|dirigo|gestiono|llevo el marketing|ich leite|ik leid\w*|i run|i lead|je dirige)\b")


#: Students who might apply (folded): "des étudiants qui pourraient postuler", "students who might apply", "estudiantes que
#: puedan estar interesados", "studenti che potrebbero candidarsi", "Studierende, die sich bewerben könnten", "studenten die willen solliciteren".
_STUDENTS_MIGHT_APPLY = (r"\b(?:students?|etudiant\w*|studierende\w*|studenten|estudiantes?|studenti|studentess\w*|estudantes?|alumnos?|alunos?)\b"
                         r"[^.!?]{0,50}\b(?:apply|applying|postuler|candidater|interes\w*|interess\w*|bewerben|solliciter\w*|postular\w*|aplicar|candidatar\w*"
                         r"|candidarsi|candidarse|candidar-se|passen|geschikt|interested|fit|suit)\b")


#: A recruiter's own title, as a note signs off with it: "Recruitment Consultant", "consultante en recrutement",
#: "Personalberaterin", "consulente di selezione", "wervingsconsultant": says nothing of the field of the role offered.
_RECRUITER_TITLE = (r"(?i)\b(?:(?:recruit\w*|talent(?: acquisition)?|staffing|hr|rh)[- ]?consultant\w*|personalberater\w*|wervingsconsultant\w*"
                    r"|consult\w* (?:en |in |de |di |em )?(?:recrutement|recruitment|recruiting|selecci[oó]n|selezione|recrutamento|reclutamiento|werving))\b")


def in_field(text: str, settings: Settings) -> bool:
    """Is ``text`` about the owner's field (digital marketing, the owner's own offer, a consultant's work)?"""
    folded = cre.sub(_NOT_WEBSITE, " ", fold(text or ""))
    if cre.search(_FIELD, folded):
        return True
    words = {w for phrase in settings.offer for w in cre.findall(r"[a-z0-9]{3,}", fold(phrase))}
    return any(cre.search(rf"\b{re.escape(w)}\b", folded) for w in words)


def audience_hint(text: str) -> bool:
    """Does a headline name a shop or business of the person's own ("Oprichter van webshop 'Plantjes & Co'")?"""
    return bool(cre.search(r"(?i)\b(?:fondat\w+|founder|owner|inhaber\w*|gr[üu]nder\w*|fundador\w*|titolare|propriet\w+|eigena\w+|oprich\w+|e-?shop|webshop|onlineshop)\b", text))


#: "after" per language and the event's leading preposition(+article) → the bare article ("à la masterclass" → "la masterclass").
_AFTER = {"fr": "après", "it": "dopo", "pt": "depois", "nl": "na", "en": "after", "de": "nach"}
_BARE_EVENT = {
    "fr": [(r"^(?:à|a|de|dans|pendant|lors de) la ", "la "), (r"^(?:à|a|de|dans|pendant|lors de) l['’]", "l'"), (r"^(?:au|du|dans le|pendant le|lors du) ", "le "),
           (r"^(?:aux|des|dans les|pendant les|lors des) ", "les ")],
    "it": [(r"^(?:al|dal|del|nel|durante il) ", "il "), (r"^(?:allo|dallo|dello|nello|durante lo) ", "lo "), (r"^(?:alla|dalla|della|nella|durante la) ", "la "),
           (r"^(?:all|dall|dell|nell)['’]", "l'"), (r"^(?:ai|dai|dei|nei|durante i) ", "i "), (r"^(?:agli|dagli|degli|negli) ", "gli "), (r"^(?:alle|dalle|delle|nelle) ", "le ")],
    "pt": [(r"^(?:no|do|ao|pelo|durante o) ", "o "), (r"^(?:na|da|à|pela|durante a) ", "a "), (r"^(?:nos|dos|aos|pelos) ", "os "), (r"^(?:nas|das|às|pelas) ", "as ")],
    "nl": [(r"^(?:op|bij|in|van|tijdens|na) (?=(?:de|het) )", "")],
    "en": [(r"^(?:at|in|on|from|during) (?=the )", "")],
    # "im Workshop von Growth Tribe", "bei der Masterclass": "nach dem Workshop …", "nach der Masterclass"
    "de": [(r"^(?:im|beim|vom|am) ", "dem "), (r"^(?:in der|bei der|von der|an der|aus der) ", "der ")],
}
_PT_AFTER = {"o ": "do ", "a ": "da ", "os ": "dos ", "as ": "das "}


def _date_of(when: str, lang: str) -> str:
    """A date after an event's noun, as the event's own ("le salon de jeudi dernier", "il workshop del mese scorso").

    >>> _date_of("la semaine dernière", "fr"), _date_of("jeudi", "fr"), _date_of("il mese scorso", "it"), _date_of("giovedì", "it")
    ('de la semaine dernière', 'de jeudi', 'del mese scorso', 'di giovedì')
    >>> _date_of("le mois dernier", "fr"), _date_of("l'anno scorso", "it"), _date_of("en septembre", "fr")
    ('du mois dernier', "dell'anno scorso", 'en septembre')
    """
    if lang == "fr":
        if cre.match(r"(?i)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|l'an|l'année)\b", when):
            return "de " + when
        return cre.sub(r"(?i)^le (?=(?:mois|week-end|weekend|printemps|trimestre)\b)", "du ", when)
    if lang == "it":
        m = cre.match(r"(?i)(il|la|l')\s?(?=(?:mese|settimana|anno|weekend|fine settimana)\b)", when)
        if m:
            return {"il": "del ", "la": "della ", "l'": "dell'"}[m.group(1).lower()] + when[m.end():]
        if cre.match(r"(?i)(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b", when):
            return "di " + when
    if lang == "de":
        # "nach dem Workshop vom letzten Jahr", never "nach dem Workshop letztes Jahr"
        de = {"letztes jahr": "vom letzten Jahr", "letzte woche": "von letzter Woche", "letzten monat": "vom letzten Monat",
              "vergangenes jahr": "vom vergangenen Jahr", "vergangene woche": "von vergangener Woche"}.get(when.strip().casefold())
        return de or when
    return when


#: The city closing an event's name: "le salon E-commerce One to One à Lyon" → " à Lyon".
_EVENT_CITY = r"\s(?:à|a|in|en|em|im|op|te)\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?$"


#: A side event of a bigger one (folded): "Web Summit side event", "un off de VivaTech", "evento paralelo", "Rahmenprogramm".
_SIDE_EVENT = (r"\b(?:side[- ]?events?|fringe events?|evenement off|(?:un |le )?off d[eu]|evento (?:paralelo|collaterale|satelite|satellite)"
               r"|eventos? paralelos?|rahmenprogramm|nebenveranstaltung|side[- ]?programm|randprogramma|nevenevenement)\b")
#: The answer's own "glad it is useful" before its wish, said again after a line on her tips (what follows is kept).
_GLAD_AGAIN = (r"(?:\bGlad it was useful, and |\bI am glad it was useful, and |\bSo glad it's already useful to you, and |\bI'm so glad it's already useful to you; "
               r"|\bTrop bien que ça te serve déjà, |\bC'est une excellente nouvelle que cela vous serve déjà ; |¡Me alegra mucho que ya te esté sirviendo! "
               r"|\bMe alegra mucho que ya le esté sirviendo\. |\bChe bello che ti stia già servendo: |\bMi fa piacere che Le stia già servendo: "
               r"|\bQue bom que já te está a ser útil; |\bFico contente por já lhe estar a ser útil; |\bÓtimo saber que já está sendo útil, "
               r"|\bÉ ótimo saber que já está sendo útil; |\bSchön, dass es dir schon etwas bringt – |\bSchön, dass es Ihnen schon etwas bringt – "
               r"|\bMooi dat het nu al van pas komt[,;] )(\w)")
#: Her field of expertise named just before (folded): "votre expertise en", "your experience in", "Ihre Erfahrung im",
#: "su experiencia en", "la sua competenza in", "sua experiência em", "uw expertise op het gebied van": why she is asked, not
#: the session's subject said in the note's words.
_EXPERTISE_BEFORE = (r"\b(?:expertise|experience|experiences|competences?|savoir-faire|know-how|erfahrung|kompetenz|fachwissen|experiencia|conocimientos?"
                     r"|esperienza|competenz[ae]|conhecimentos?|ervaring|kennis|deskundigheid)\s+$")
#: A named side event the talk is given at, when its name takes no article of its own ("no evento «Lisboa Digital Days»").
_AT_NAMED_EVENT = {"en": "at “{n}”", "fr": "à l'événement « {n} »", "es": "en el evento «{n}»", "it": "all'evento «{n}»",
                   "pt": "no evento «{n}»", "de": "bei der Veranstaltung „{n}“", "nl": "op het event ‘{n}’"}
#: A stand or booth said as the place of the meeting ("am Stand von Sistrix", "au stand de Semrush", "at the Semrush booth").
_STAND = (r"(?i)(?:am|beim|an der|au|sur le|at the|by the|on the|en el|al|allo|no|na|op de|bij de|bij het)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:stand|booth|messestand|stand[- ]?je|estande|estand|expo[- ]?stand)\b")
#: The fair named right before the stand in the note: "auf der dmexco", "at VivaTech", "au salon E-commerce Paris".
_FAIR_BEFORE = (r"(?i)\b((?:auf der|auf dem|bei der|beim|at|à|au|en el|en la|en|al|alla|na|no|op|bij)\s+(?:(?:the|le|la|el|il|o|a|de|het)\s+)?"
                r"[\w.&-]+(?:\s+(?-i:[A-ZÀ-Ý0-9])[\w.&-]*){0,3}(?:\s+in\s+(?-i:[A-ZÀ-Ý])[\w-]+)?)\s+")


#: "dans le même atelier à la Cité du Design (celui sur TikTok ads)": the session both attended, named before the venue the
#: note gives as the event: (where, its article, the session's noun); the topic in brackets after it (its preposition, the topic).
_SESSION_NOUN = (r"(?:atelier|workshop|taller|laboratorio|oficina|masterclass|conférence|conference|session|sesión|sessione|sessão|talk|panel"
                 r"|webinar|formation|training|kurs|cursus)")
_SAME_SESSION = (r"(?i)\b((?:dans|à|a|in|at|en|nel|nella|nello|na|no|im|in der|bei|op|bij)\s+(?:(?:the|le|la|el|il|lo|o|a|de|het|dem|der)\s+)?)"
                 r"(?:même|meme|same|mismo|misma|stesso|stessa|mesmo|mesma|selben|gleichen|zelfde|dezelfde|hetzelfde)\s+"
                 rf"({_SESSION_NOUN})\s+")
#: The session's noun, then its venue, in the event said back ("in the masterclass | at Station F").
_SESSION_AT = rf"(?i)^(.*?\b{_SESSION_NOUN})\s+(\S.{{2,}})$"
_SESSION_TOPIC = (r"(?i)[^().!?\n]{0,30}?\s*\((?:celui|celle|the one|el|la|quello|quella|o|a|der|die|das|degene|die)\s+"
                  r"(sur|on|about|sobre|de|su|sul|sulla|über|zu|over)\s+([^()\n]{2,40})\)")


#: A session both sat in, as the event (folded): "en el taller de TikTok Ads", "al workshop di Google", never "your workshop".
_SESSION_EVENT = (r"^(?!.*\b(?:your|ton|ta|votre|tu|su|tuo|tua|suo|sua|teu|tua|seu|sua|dein\w*|ihr\w*|jouw|je|uw)\b)"
                  r".*\b(?:atelier|workshop|taller|laboratorio|oficina|masterclass|conference|session|sesion|sessione|sessao|talk|panel"
                  r"|webinar|meetup|seminar\w*|seminario|congres\w*|kongress|congreso|congresso|formation|formacion|formacao|formazione|training"
                  r"|course|cours|curso|corso|kurs|schulung|cursus)\b")
#: Praise for how she teaches (folded): "adorei a sua didática", "loved your teaching", "ta pédagogie", "deine Didaktik".
_HER_TEACHING = (r"\b(?:(?:your|ta|votre|tu|su|la tua|la sua|tua|sua|a tua|a sua|deine|ihre|jouw|je|uw) (?:didacti\w*|didatti\w*|didati\w*|didakti\w*|pedagog\w*|paedagog\w*"
                 r"|way of (?:teaching|explaining)|teaching style|maniere d'expliquer|forma de (?:explicar|ensenar)|manera de (?:explicar|ensenar)|modo di (?:spiegare|insegnare)"
                 r"|jeito de (?:explicar|ensinar)|forma de (?:explicar|ensinar)|art (?:zu erklaren|zu unterrichten)|manier van (?:uitleggen|lesgeven)))\b")
#: The training or workshop the note names (folded), its noun first.
_SESSION_NAMED = (r"\b(workshop|atelier|taller|laboratorio|oficina|formation|formacion|formacao|formazione|training|course|cours|curso|corso|kurs|schulung"
                  r"|cursus|masterclass)\b")
#: "yo estaba en la mesa de al lado", "I sat at the next table": seated near, no conversation told (folded).
_NEXT_TABLE = (r"\b(?:the (?:next|neighbouring|neighboring) table|table (?:next to|beside) (?:you|yours)|(?:la )?mesa de al lado|(?:la )?mesa (?:ao lado|vizinha)"
               r"|(?:la )?table d'a cote|(?:la )?table voisine|(?:il )?tavolo (?:accanto|vicino|di fianco)|nachbartisch|(?:de )?tafel naast"
               # "yo estaba en la mesa del fondo", "I sat at the back table": where the sender sat, not a talk with her
               r"|(?:the )?(?:back|front) (?:table|row)|(?:la )?mesa del (?:fondo|final)|(?:la )?table du fond|(?:il )?tavolo in fondo|(?:a )?mesa do fundo"
               r"|hinterste[nr]? tisch|(?:de )?achterste tafel"
               # "j'étais à la table ronde sur le SEO local", "the round table on local SEO": a panel session, no talk with her
               r"|(?:la |une |the |a )?tables? rondes?|round[- ]?tables?|(?:la |una )?mesas? redondas?|(?:la |una )?tavol[ae] rotond[ae]"
               r"|runde[nr]? tisch|ronde[- ]?tafel\w*|rondetafel\w*)\b")

#: "wir haben beim Panel nebeneinander gesessen", "we zaten naast elkaar", "we sat next to each other", "on était assis côte
#: à côte", "estábamos sentados uno al lado del otro", "eravamo seduti vicini", "sentamos lado a lado" (folded): both sat in
#: the audience, so the session was not hers and "her question" was asked from the floor; never "thanks for following my panel"
_SAT_BESIDE = (r"\b(?:(?:sat|sitting|seated) (?:right )?(?:next to|beside) (?:each other|one another|you)|(?:sat|sitting|seated) side by side"
               r"|(?:nebeneinander|neben (?:dir|ihnen)) (?:\w+ ){0,6}?(?:gesessen|sassen|saßen|sass|saß)|(?:sassen|saßen|sass|saß) (?:wir |ich )?(?:\w+ ){0,6}?(?:nebeneinander|neben (?:dir|ihnen))"
               r"|(?:naast elkaar|naast (?:je|jou|u)) (?:\w+ ){0,4}?(?:zaten|zat|gezeten)|(?:zaten|zat) (?:we |wij |ik )?(?:\w+ ){0,6}?(?:naast elkaar|naast (?:je|jou|u))"
               r"|assis\w* (?:\w+ ){0,2}?(?:cote a cote|a cote|l'une? a cote de l'autre|a cote de (?:toi|vous))|voisin\w* de (?:rang|siege|table)"
               r"|sentad[oa]s? (?:\w+ ){0,2}?(?:uno al lado del otro|una al lado de la otra|juntos|juntas|a tu lado|a su lado|lado a lado|ao (?:seu|teu) lado|um ao lado do outro|uma ao lado da outra)"
               r"|(?:me sente|nos sentamos|sentamos|sentei) (?:\w+ ){0,2}?(?:a tu lado|a su lado|juntos|juntas|lado a lado|ao (?:seu|teu) lado|do (?:seu|teu) lado)"
               r"|sedut[ioae] (?:\w+ ){0,2}?(?:accanto|vicin[ieao]|uno accanto all'altro|una accanto all'altra|fianco a fianco)|(?:mi sono|ci siamo) sedut[ioae] (?:accanto|vicin[ieao]))\b")


def _shared_session_apart(note: str, event: str) -> bool:
    """True when the event is a session the sender sat in WITH her ("coincidimos en el taller de TikTok Ads", "eravamo
    insieme al workshop"), so her course the note names too was taken apart, not given there.

    >>> _shared_session_apart("Coincidimos en el taller de TikTok Ads. Me apunté a tu formación de contenidos.", "en el taller de TikTok Ads")
    True
    >>> _shared_session_apart("I attended your workshop in Lyon, loved it", "in Lyon"), _shared_session_apart("we were both at your workshop", "at your workshop")
    (False, False)
    """
    return bool(cre.search(_SESSION_EVENT, fold(event))) and bool(cre.search(_SHARED_PRESENCE, fold(note)))


def _shared_session(note: str, event: str) -> str:
    """The session two people both attended, when the note names it before its venue: "dans le même atelier à la Cité du
    Design (celui sur TikTok ads)" → "dans l'atelier sur TikTok ads à la Cité du Design", never the venue alone as the event.

    >>> _shared_session("On était dans le même atelier à la Cité du Design (celui sur TikTok ads).", "à la Cité du Design")
    "dans l'atelier sur TikTok ads à la Cité du Design"
    >>> _shared_session("we were in the same workshop at Station F, keep in touch", "at Station F")
    'in the workshop at Station F'
    >>> _shared_session("we were in the same masterclass at Station F (the one on Meta Ads)!", "in the masterclass at Station F")
    'in the masterclass on Meta Ads at Station F'
    """
    if not event:
        return event
    m = cre.search(_SAME_SESSION + re.escape(event), note)
    if m:
        head = m.group(1)
        if cre.match(r"(?i)[aeiouéèêh]", m.group(2)) and cre.search(r"(?i)\b(?:le|la) $", head):
            head = cre.sub(r"(?i)\b(?:le|la) $", "l'", head)  # "dans le même atelier": "dans l'atelier"
        session, venue, end = head + m.group(2), event, m.end()
    else:
        n = cre.match(_SESSION_AT, event)
        at = note.find(n.group(2)) if n else -1
        if not n or at < 0:
            return event
        session, venue, end = n.group(1), n.group(2), at + len(n.group(2))
    topic = cre.match(_SESSION_TOPIC, note[end:])
    return f"{session}{' ' + topic.group(1) + ' ' + topic.group(2).strip() if topic else ''} {venue}"


#: A French event's name that ends on "de" and a capitalised name ("le salon E-commerce de Lyon").
_EVENT_OF_NAME_END = r"\s(?:de|d'|du|des)\s*[A-ZÀ-Ý][\w-]*$"


#: A capitalised name of a network ("Femmes Entrepreneures Rhône-Alpes", "Women in Digital Lyon"), small linking words inside.
_NETWORK_NAME = r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:(?:de|di|da|do|des|du|in|of|for|voor|van|für|&)\s+)?[A-ZÀ-Ý0-9][\w’'-]*)*"
#: The sender's membership told ("je fais partie du réseau …", "I'm also in the … network", "ich bin auch im Netzwerk …").
_MEMBER_OF = cre.compile(r"\b(?:fais partie|suis (?:aussi |egalement )?membre|suis aussi|also (?:in|part of|a member)|member of|part of"
                         r"|mitglied|bin auch|formo parte|soy (?:tambien )?miembr[oa]|estoy (?:tambien )?en|faco parte|sou (?:tambem )?membro"
                         r"|faccio parte|sono (?:anche )?(?:membro|socia|socio)|zit ook|ben (?:ook )?lid|lid van)\b")
#: "réseau Femmes Entrepreneures", "Netzwerk Digital Women", "rete Donne Digitali": the word, then the name.
_NETWORK_THEN_NAME = re.compile(r"\b(?:réseau|network|red|rede|rete|Netzwerk|netwerk|communauté|community|Community|comunidad|comunidade|comunità"
                                r"|gemeenschap|collectif|club|Club|association|associazione|asociación|associação|Verein|vereniging)\s+(?:«\s*|\")?(" + _NETWORK_NAME + ")")
#: "the Women in Digital Lyon network", "im Digital Women Netzwerk": the name, then the word.
_NAME_THEN_NETWORK = re.compile(r"\b(?:the|im|in het|het|dem|in)\s+(" + _NETWORK_NAME + r")[\s-]+(?:network|Netzwerk|netwerk|community|Community|club|Club)\b")


def member_network(note: str) -> str:
    """The network the sender says they belong to, as named in the note ('' when no membership is told).

    >>> member_network("Je fais partie du réseau Femmes Entrepreneures Rhône-Alpes et je serais ravie de me connecter.")
    'Femmes Entrepreneures Rhône-Alpes'
    >>> member_network("Hi Camille, I'm also in the Women in Digital Lyon network and would be happy to connect."), member_network("I work in SEO.")
    ('Women in Digital Lyon', '')
    """
    if not cre.search(_MEMBER_OF, fold(note)):
        return ""
    found = _NAME_THEN_NETWORK.search(note) or _NETWORK_THEN_NAME.search(note)
    return found.group(1) if found and len(found.group(1).split()) <= 6 else ""


#: Ads that stopped converting (folded): "nos pubs Facebook ne convertissent plus", "our Meta ads stopped converting".
_STALLED_ADS = cre.compile(r"\b(facebook|meta|instagram|google|tiktok|linkedin)\b[^.!?\n]{0,40}?\b(?:ne convertissent plus|ne convertit plus|ne convertissent pas"
                           r"|stopped converting|(?:are|is)n'?t converting|(?:are|is) not converting|no longer convert\w*|don'?t convert"
                           r"|(?:ya )?no convierten|dejaron de convertir|han dejado de convertir|non convertono piu|hanno smesso di convertire"
                           r"|(?:ja )?nao convertem|deixaram de converter|pararam de converter|converteren niet meer|zijn gestopt met converteren"
                           r"|(?:konvertieren|converteren)(?: [\w ]{0,25})? (?:nicht mehr|niet meer)|konvertieren kaum noch|bringen keine conversions)")
_ADS_PLATFORM = {"facebook": "Facebook", "meta": "Meta", "instagram": "Instagram", "google": "Google", "tiktok": "TikTok", "linkedin": "LinkedIn"}
#: The problem acknowledged, {p} the platform: what she looks at first (an audit, a coaching session or a consultancy
#: alike), never a promise of results.
_STALLED_LINE = {
    "fr": "Quand des pubs {p} ne convertissent plus, je regarde d'abord le ciblage, les créations, le tracking et la page d'arrivée.",
    "en": "When {p} ads stop converting, I first look at targeting, creatives, tracking and the landing page.",
    "de": "Wenn {p}-Anzeigen nicht mehr konvertieren, schaue ich zuerst auf Targeting, Creatives, Tracking und Landingpage.",
    "es": "Cuando los anuncios de {p} dejan de convertir, reviso primero la segmentación, las creatividades, el tracking y la página de destino.",
    "it": "Quando gli annunci {p} smettono di convertire, guardo prima targeting, creatività, tracciamento e landing page.",
    "pt": "Quando os anúncios {pt} deixam de converter, olho primeiro para a segmentação, os criativos, o tracking e a página de destino.",
    "nl": "Als {p}-advertenties niet meer converteren, kijk ik eerst naar targeting, creatives, tracking en de landingspagina.",
}


def stalled_ads_line(note: str, lang: str) -> str:
    """The line acknowledging ads that stopped converting ('' when the note tells of none).

    >>> stalled_ads_line("Nos pubs Facebook ne convertissent plus depuis 2 mois.", "fr")[:45]
    'Quand des pubs Facebook ne convertissent plus'
    >>> stalled_ads_line("Our Meta ads stopped converting 2 months ago.", "en")[:30], stalled_ads_line("Our ads are great.", "en")
    ('When Meta ads stop converting,', '')
    >>> stalled_ads_line("Meus anúncios no Instagram não convertem.", "pt-BR")[:40]
    'Quando os anúncios no Instagram deixam d'
    """
    found = cre.search(_STALLED_ADS, fold(note))
    line = _STALLED_LINE.get(lang) or _STALLED_LINE.get(lang[:2], "")
    if not found or not line:
        return ""
    platform = _ADS_PLATFORM[found.group(1)]
    return line.format(p=platform, pt=("da " if platform == "Meta" else "no ") + platform)


def _after_yes(answer: str, line: str) -> str:
    """The line put right after the answer's opening yes ("Oui, je réalise des audits ! <line> Je vous propose …")."""
    yes = cre.match(rf"(?:{_YES})\b[^.!?]*[.!?]\s*", answer)
    if not yes:
        return f"{line} {answer}".strip()
    return f"{answer[:yes.end()].strip()} {line} {answer[yes.end():]}".strip()


def co_after(event: str, when: str, lang: str) -> str:
    """ "After" the event two people both attended, with its date: "après la masterclass LinkedIn Ads la semaine dernière",
    "dopo il workshop di Google", "depois da masterclass", "na het congres"; "" when the event's preposition is unknown.

    >>> co_after("à la masterclass LinkedIn Ads", "la semaine dernière", "fr"), co_after("do evento RD Summit", "", "pt-BR")
    ('après la masterclass LinkedIn Ads de la semaine dernière', 'depois do evento RD Summit')
    >>> co_after("nel workshop di Google", "", "it"), co_after("op het Frankwatching-congres", "vorige maand", "nl"), co_after("chez Google", "", "fr")
    ('dopo il workshop di Google', 'na het Frankwatching-congres van vorige maand', '')
    """
    base = lang[:2]
    for rx, art in _BARE_EVENT.get(base, ()):
        m = cre.match(rx, event)
        if not m:
            continue
        bare = art + event[m.end():]
        city = cre.search(_EVENT_CITY, bare) if when else None
        if city and len(bare[:city.start()].split()) >= 2:
            # "après le salon E-commerce One to One à Lyon mardi": the event and its day are enough, never event, city and
            # weekday piled up ("après le salon E-commerce One to One de mardi")
            bare = bare[:city.start()]
        if base == "pt":
            head = next((a for a in _PT_AFTER if bare.startswith(a)), "")
            phrase = f"depois {_PT_AFTER[head]}{bare[len(head):]}" if head else ""
        else:
            phrase = f"{_AFTER[base]} {bare}"
        if phrase and when:
            # "na het congres van vorige maand": a Dutch date after a noun goes with "van"
            # "après le salon E-commerce de Lyon mardi": an event whose name ends on "de Lyon" takes the bare day, never a second
            # "de" ("le salon E-commerce de Lyon de mardi"; Italian keeps "il workshop di Google della settimana scorsa")
            phrase += f" van {when}" if base == "nl" and cre.match(r"(?i)(?:vorige?|afgelopen|deze|eind|begin) ", when) else " " + (
                when if cre.search(r"\s(?:à|a|in|en)\s+[A-ZÀ-Ý]", bare) or base == "fr" and cre.search(_EVENT_OF_NAME_END, bare) else _date_of(when, base))
        return phrase
    return ""


#: A recruiter's word about the owner's network or people she may know (folded).
#: Both were there (folded): "we were both in", "coincidimos en", "wir waren beide", "eravamo entrambi", "estivemos os dois",
#: "we zaten allebei", "wir kennen uns vom …": a shared presence, which tells of no conversation.
#: A recruiter asking whether she herself is open or interested (folded), never "someone who might be interested".
_SELF_OPEN = (r"\b(?:would you be (?:open|interested)|are you (?:open|interested)|(?:seriez|etes)-vous (?:ouverte|interessee)|(?:serais|es)-tu (?:ouverte|interessee)"
              r"|(?:vous|tu) seri(?:ez|ais) (?:ouverte|interessee)|(?:estarias|estaria|estas|esta usted) (?:abierta|interesada)|(?:te|le) interesaria"
              r"|saresti (?:aperta|interessata)|sarebbe (?:aperta|interessata)|(?:ti|le) interesserebbe|(?:estaria|estarias|ficaria|voce estaria) (?:aberta|interessada)"
              r"|(?:teria|terias) interesse|(?:waren|waeren) sie offen|(?:warst|waerst) du offen|(?:hatten|haetten) sie interesse|(?:hattest|haettest) du interesse"
              r"|sta je open|staat u open|zou(?:den)? (?:je|jij|u) (?:open ?staan|openstaan|interesse hebben)|(?:ben je|ben jij|bent u) geinteresseerd|heb je interesse|heeft u interesse"
              # "Topa conversar ou conhece alguém?", "up for a chat, or know someone?": a chat about the role, hers to answer
              r"|topa(?:ria)? (?:conversar|um papo|bater um papo)|(?:te|lhe) interessaria|(?:are you |would you be )?up for a (?:chat|call)"
              r"|(?:seriez|etes)-vous partante|(?:serais|es)-tu partante|te animas a (?:hablar|charlar)|ti andrebbe di (?:parlarne|sentirci)"
              r"|(?:hatten|haetten) sie lust|(?:hattest|haettest) du lust|heb je zin om te praten)\b")
_SELF_OPEN_LINE = {"en": "I work independently and I'm not looking for a new role.",
                   "fr": "Je suis indépendante et je ne cherche pas de poste en ce moment.",
                   "es": "Trabajo como independiente y no busco un puesto en este momento.",
                   "it": "Lavoro come libera professionista e non cerco un impiego.",
                   "pt": "Trabalho por conta própria e não procuro emprego.",
                   "pt-BR": "Trabalho como autônoma e não estou buscando uma vaga.",
                   "de": "Ich bin selbstständig und suche gerade keine Stelle.",
                   "nl": "Ik werk zelfstandig en zoek op dit moment geen baan."}
#: A year named (a shared training "en 2019", "back in 2020"): some time ago.
_YEAR_SAID = r"\b(?:19[89]\d|20[0-4]\d)\b"
#: An event followed on screen (folded): a webinar, an online conference, a livestream, a Zoom session.
_ONLINE_EVENT = (r"\b(?:webinai?r\w*|webinario\w*|webin[aá]rio\w*|online|en ligne|virtu(?:al|el|ale|ele)\w*|livestream\w*|live ?stream\w*"
                 r"|zoom|visio\w*|teams[- ]call|in streaming|em linha)\b")

#: "in the same …", "à la même …": the event both attended, said back without "the same" (see the co_attended event).
_SAME_EVENT_WORD = (r"^(na|no|en la|en el|nella|nello|in the|at the|on the|à la|au|in der|im|in de|in het) "
                    r"(?:mesm[ao]|mism[ao]|stess[ao]|same|meme|même|selben|gleichen|derselben|zelfde|dezelfde|hetzelfde) ")
#: The warm line to someone she trained with years ago who now proposes work (informal, formal); {after} "after the
#: Google Ads training in Dublin back in 2020" (co_after); _PAST_AGAIN_BARE when the event's preposition is unknown.
_PAST_AGAIN = {
    "en": ("So great to hear from you again {after}!", "How lovely to hear from you again {after}!"),
    "fr": ("Quel plaisir d'avoir de tes nouvelles {after} !", "Quel plaisir d'avoir de vos nouvelles {after} !"),
    "de": ("Schön, {after} wieder von dir zu hören!", "Schön, {after} wieder von Ihnen zu hören!"),
    "it": ("Che bello risentirti {after}!", "Che piacere risentirLa {after}!"),
    "pt": ("Que bom voltar a ter notícias tuas {after}!", "Que bom voltar a ter notícias suas {after}!"),
    "pt-BR": ("Que bom ter notícias suas de novo {after}!", "Que bom ter notícias suas de novo {after}!"),
    "nl": ("Leuk om weer van je te horen {after}!", "Fijn om weer van u te horen {after}!"),
}
#: Where the sender met her, said after the thanks for a talk asked (informal, formal): "after the Google event in Paris".
_MET_THERE = {
    "en": ("Great to be in touch again {after}.", "Lovely to be in touch again {after}."),
    "fr": ("Ravie de te retrouver ici {after}.", "Ravie de vous retrouver ici {after}."),
    "de": ("Schön, {after} wieder von dir zu hören.", "Schön, {after} wieder von Ihnen zu hören."),
    "es": ("Me alegra saber de ti {after}.", "Me alegra saber de usted {after}."),
    "it": ("Che bello risentirti {after}.", "Che piacere risentirLa {after}."),
    "pt": ("Que bom voltar a ter notícias tuas {after}.", "Que bom voltar a ter notícias suas {after}."),
    "pt-BR": ("Que bom ter notícias suas de novo {after}.", "Que bom ter notícias suas de novo {after}."),
    "nl": ("Fijn om weer van je te horen {after}.", "Fijn om weer van u te horen {after}."),
}
#: Sat at one table with her (folded): "we zaten samen aan tafel", "same table", "am selben Tisch", "misma mesa".
_SAT_TOGETHER = (r"\b(?:same table|sat together|meme table|zaten (?:samen|naast elkaar)|dezelfde tafel|selben tisch|gleichen tisch|sa(?:ss|ß)en"
                 r"|misma mesa|sentamos juntos|stesso tavolo|mesma mesa)\b")
#: A Spanish event where both were ("en el evento de Google"), said "after" it: "después del evento de Google".
_ES_EVENT_AT = r"^(?:en|de|durante) (?:(el)|(la|los|las)) "


def _met_after(event: str, lang: str) -> str:
    """ "After" the event where the sender met her, or "" (Spanish too, which co_after leaves out).

    >>> _met_after("en el evento de Google en París", "es"), _met_after("bij het Google-event in Parijs", "nl")
    ('después del evento de Google en París', 'na het Google-event in Parijs')
    """
    if lang[:2] != "es":
        return co_after(event, "", lang)
    m = cre.match(_ES_EVENT_AT, event)
    return f"después {'del' if m.group(1) else 'de ' + m.group(2)} {event[m.end():]}" if m else ""


_PAST_AGAIN_BARE = {
    "en": ("So great to hear from you again!", "How lovely to hear from you again!"),
    "fr": ("Quel plaisir d'avoir de tes nouvelles !", "Quel plaisir d'avoir de vos nouvelles !"),
    "de": ("Schön, wieder von dir zu hören!", "Schön, wieder von Ihnen zu hören!"),
    "es": ("¡Qué alegría volver a saber de ti!", "¡Qué alegría volver a saber de usted!"),
    "it": ("Che bello risentirti!", "Che piacere risentirLa!"),
    "pt": ("Que bom voltar a ter notícias tuas!", "Que bom voltar a ter notícias suas!"),
    "pt-BR": ("Que bom ter notícias suas de novo!", "Que bom ter notícias suas de novo!"),
    "nl": ("Leuk om weer van je te horen!", "Fijn om weer van u te horen!"),
}
_SHARED_PRESENCE = (r"\b(?:we (?:were|both) (?:both )?(?:in|at|on|attended|took|did)|we both|both (?:attended|took|did|were)|(?:in|at|on) the same|i was (?:also|there too)"
                    r"|we were (?:classmates|course ?mates|in the same (?:class|cohort))|(?:nous etions|on etait|nous avons ete|on a ete) ensemble\b"
                    r"|(?:estabamos|estuvimos) (?:juntos|juntas)|fuimos companer[oa]s|(?:nous etions|on etait|nous avons|on a) (?:tous|toutes) (?:les )?deux|(?:tous|toutes) (?:les )?deux (?:a|au|aux|dans)|(?:a|dans) (?:la|le) meme"
                    r"|on se connait (?:de|du|grace)|nous nous connaissons (?:de|du)"
                    r"|wir (?:waren|haben) (?:beide|zusammen|gemeinsam)|(?:im|in der|beim|bei der) (?:selben|gleichen|derselben)|wir kennen uns (?:vom|von|aus|am)"
                    r"|coincidimos|(?:los|las) dos (?:estuvimos|fuimos|asistimos|hicimos)|estuvimos (?:los dos|las dos|ambos|ambas)|(?:en el|en la) mism[oa]|nos conocemos (?:del?|por)"
                    r"|eravamo (?:entramb[ie]|tutti e due|tutte e due|insieme)|(?:entramb[ie]|tutti e due|tutte e due) (?:al|alla|allo|all'|a|in|nel|nella)"
                    r"|abbiamo (?:partecipato|frequentato|seguito) (?:entramb[ie]|tutti e due|tutte e due|insieme)|(?:nello|nella) stess[oa]|ci conosciamo (?:dal|dalla|da|del)"
                    r"|estivemos (?:ambos|ambas|os dois|as duas|juntos|juntas)|(?:estavamos|estava|participamos|fizemos) (?:na mesma|no mesmo|juntos|juntas|os dois|as duas|ambos)"
                    r"|(?:na|no) mesm[oa]|a gente se conhece (?:d[oa]|de)"
                    # "ci siamo visti al workshop", "nos vimos en el taller", "we crossed paths at": seen there, no talk told
                    r"|ci siamo (?:visti|viste|incrociati|incrociate|intravisti|intraviste)|nos (?:vimos|cruzamos)|a gente se (?:viu|cruzou)|nos (?:vimos|cruzamos)"
                    r"|on s'est (?:croise\w*|vu\w*)|nous nous sommes (?:croise\w*|vu\w*)|we (?:saw each other|crossed paths)|wir haben uns (?:[\w-]+ ){0,8}[\x27\x22\u201e\u201c\u201a\u2018]?gesehen"
                    # "ik zat ook bij het webinar", "ich war auch beim Webinar", "j'étais aussi au webinar": there too, no talk told
                    r"|ik (?:zat|was) ook (?:bij|in|op)|ich war (?:auch|ebenfalls) (?:beim|bei|im|auf|in)|j'etais aussi (?:a|au|dans)|yo tambien estuve|anch'io ero|tambem estive|eu tambem estava"
                    # "hab dich auf dem Workshop gesehen", "zag je op de workshop", "I saw you at", "je t'ai vue à", "te vi en",
                    # "ti ho vista al", "vi você no": she was seen there, no talk told
                    r"|(?:hab|habe) (?:dich|sie) (?:\w+ ){0,9}gesehen|zag (?:je|jou|u) (?:op|bij|in|tijdens)|(?:i )?saw you (?:at|in|on|during)"
                    r"|je (?:t'|vous )ai (?:vue?|apercue?) (?:a|au|aux|lors|pendant)|te vi (?:en|no|na)|ti ho (?:vist[ao]|intravist[ao]) (?:al|alla|allo|a|in|nel|nella)"
                    r"|vi (?:voce|a senhora|o senhor) (?:no|na|em)"
                    r"|(?:we|wij) (?:zaten|waren) (?:allebei|beiden|alle twee|samen)|(?:allebei|beiden) (?:bij|op|in)|in (?:dezelfde|hetzelfde)|we kennen elkaar (?:van|via))\b" + r"|" + _SAT_BESIDE)
#: The chat box of a webinar or a live, where questions are typed for all to read (folded): "deine Fragen im Chat waren top",
#: "jouw vragen in de chat", "your questions in the chat", "tes questions dans le chat": no conversation between the two.
_EVENT_CHAT = (r"\b(?:im|in the|in de|in het|dans le|sur le|en el|nel|nella|in|na|no|in der|during the|tijdens de)\s+(?:live-?|webinar-?|zoom-?)?chat\b"
               r"(?![^.!?\n]{0,40}\b(?:mit mir|with me|met mij|avec moi|conmigo|con me|comigo|privat\w*|private\w*|prive\w*|privad\w*|privat[oa]))")


def _talk_told(note: str) -> bool:
    """Whether the note tells of a conversation the two had (a webinar's chat, where the sender read her questions, is none)."""
    return bool(cre.search(_TALKED, cre.sub(_EVENT_CHAT, " ", cre.sub(_PROPOSAL_ASKED, " ", cre.sub(_NEXT_TABLE, " ", fold(note))))))


#: A conversation, a meeting or a plan the note tells of (folded): then "great chatting" is no invention.
#: A proposal asked as a question ("on se fait un café à l'occasion ?", "shall we grab a coffee?"): what may come, never a
#: conversation they already had
_PROPOSAL_ASKED = r"(?![^.!?\n]*\b(?:ce|that|ese|quel|esse|aquele|diesen|die|deze) (?:cafe|coffee|caffe|kaffee|koffie)\b)[^.!?\n]*\b(?:on se fait|on se prend|on prend|shall we|let's|should we|fancy|ca te dit|ca vous dirait|ca te dirait|tomamos|prendiamo|zullen we|sollen wir|wollen wir)\b[^.!?\n]*\?"
_TALKED = (r"\b(?:chat\w*|talk(?:ed|ing)|spoke|conversation|discuss\w*|we met|meeting you|to meet you|coffee|lunch|dinner|table|agreed|promised"
           r"|(?:avons|avoir|on a|a) (?:parle|discute|echange)|(?:t'ai|vous ai|m'as|m'avez|t'avais|vous avais) (?:parle|raconte)|(?:notre|nos|l')\s*(?:echanges?|discussions?|conversation)|rencontre\w*|cafe|dejeuner|diner|table|promis|convenu"
           r"|diskutiert|debattiert|discutimos|discusso|gediscussieerd"
           r"|unterhalten|gesprochen|gesprach\w*|kennengelernt|getroffen|kaffee\w*|mittag\w*|abendessen|tisch|versprochen|vereinbart|ausgemacht"
           r"|hablamos|charlamos|charla(?:mos)?|conversaci\w+|nos conocimos|conocerte|comida|cena|mesa|quedamos|prometi\w*"
           r"|parlato|parlammo|chiacchier\w*|conosciut\w*|conoscerti|pranzo|cena|tavolo|promesso|detto"
           r"|falamos|conversa\w*|papo|conhec(?:emos|i|er)|almoco|jantar|mesa|combinamos|prometi\w*"
           r"|gesprek\w*|gesproken|gepraat|ontmoet\w*|koffie|lunch|diner|tafel|afgesproken|beloofd"
           # "Du hattest erzählt, du machst viel mit Content-Strategie", "you told me about your work": she told them, so they talked
           r"|(?:du hattest|sie hatten|du hast|sie haben) (?:mir )?(?:[\w-]+ ){0,6}?erzahlt|you told me|tu m'(?:avais|as) (?:parle|raconte)|vous m'(?:aviez|avez) (?:parle|raconte)"
           r"|me (?:contaste|contabas|conto|hablaste|contou|contaste|falaste)|mi (?:avevi|hai) (?:raccontato|parlato)|je (?:vertelde|had verteld|hebt verteld)|u (?:vertelde|had verteld))\b")
#: When the next session of a course starts (folded question): "when does your next course start?", "quand commence la
#: prochaine session ?", "wann startet dein nächster Kurs?", "¿cuándo empieza la próxima edición?", "quando parte la prossima
#: edizione?", "quando começa a próxima turma?", "wanneer begint de volgende editie?"; "the next dates?"
#: Someone else attended the owner's workshop or talk (a colleague, a friend, the boss), not the sender.
_OTHER_ATTENDED = (r"\b(?:(?:my|mijn|onze?|ma|mon|mes|nos|notre|mein\w*|unser\w*|mi|mis|nuestr[oa]s?|il mio|la mia|mio|mia|i miei|le mie|o meu|a minha|meu|minha)"
                   r"\s+(?:\w+\s+)?(?:colleagues?|coworkers?|manager|boss|friends?|wife|husband|partner|sister|brother|team|collega\w*|baas|chef\w*|vorgesetzte\w*|leidinggevende|vriend\w*"
                   r"|vrouw|man|zus|broer|collegue\w*|amie?s?|patron\w*|femme|mari|soeur|frere|kolleg\w*|freund\w*|frau|mann|schwester|bruder|companer[oa]s?|amig[oa]s?"
                   r"|jef[ae]|colleg\w*|capo|mujer|marido|hermana|hermano|moglie|marito|colega\w*|chefe|esposa|irma|irmao)|a colleague of mine|een collega(?: van mij)?)\b"
                   r"[^.!?]{0,60}\b(?:attended|took|followed|was at|went to|heeft\s+(?:\w+\s+){0,3}?(?:gevolgd|bijgewoond)|volgde|was bij|was op|a suivi|a participe|etait a"
                   r"|hat\s+(?:\w+\s+){0,3}?(?:besucht|mitgemacht|belegt)|war\s+(?:\w+\s+){0,3}?(?:in|bei|auf)|asistio|hizo|fue a|ha (?:seguito|partecipato|fatto)|e stat[oa]|assistiu|fez|participou|foi a)\b")
#: Courses by name, and "the next one" standing for one (folded): "la prochaine", "the next one", "die nächste", "de volgende".
_COURSE_NOUN = (r"session|sessie|workshop|training|cursus|kurs|schulung|atelier|formation|taller|curso|corso|masterclass|webinar|seminar|seminaire"
                r"|formacion|formazione|formacao|opleiding")
_NEXT_ONE = (r"(?:the next(?: one)?|la prochaine|le prochain|la proxima|el proximo|la prossima|il prossimo|a proxima|o proximo"
             r"|die nachste|der nachste|den nachsten|das nachste|de volgende|het volgende)")
_NEXT_SESSION = (r"(?<![^\n])(?=.*\b(?:when|quand|wann|ab wann|cuando|quando|wanneer|dates?|termine?|fechas?|date|datas?|data)\b)"
                 r".*\b(?:next|upcoming|prochaine?s?|nachste[nrs]?|kommende[nrs]?|proxim[ao]s?|prossim[aoie]|volgende)\b.{0,30}?"
                 r"\b(?:[\w-]*(?:session|sessione|sessao|sesion|edition|edicion|edizione|edicao|editie|cohorts?|batch|turma|class|classes|courses?|cours"
                 r"|formation|kurs|kurses|durchgang|termine?|curso|corso|cursus|training|workshop|atelier|taller|masterclass|groep|lichting|dates?|fechas|date|datas|data"
                 r"|sessies?|edities|trainingen|workshops|ateliers|kurse|cursos|corsi|cursussen))\b"
                 # "wanneer geef je weer een workshop?", "wann gibst du wieder einen Kurs?", "quand refais-tu un atelier ?": the next one, too
                 r"|\b(?:when|quand|wann|cuando|quando|wanneer)\b.{0,40}\b(?:again|weer|opnieuw|nog eens|wieder|erneut|de nouveau|otra vez|de nuevo|di nuovo|novamente|de novo)\b"
                 r".{0,20}\b(?:session|sessie|workshop|training|cursus|kurs|schulung|atelier|formation|taller|curso|corso|masterclass|webinar)\w*"
                 # "ta formation Instagram, elle a lieu quand la prochaine ?", "your workshop, when is the next one?": the course named first
                 rf"|\b(?:{_COURSE_NOUN})\w*\b[^?]{{0,80}}\b(?:when|quand|wann|cuando|quando|wanneer)\b[^?]{{0,30}}\b{_NEXT_ONE}\s*\?"
                 rf"|\b(?:{_COURSE_NOUN})\w*\b[^?]{{0,80}}\b{_NEXT_ONE}[^?\w]{{0,12}}(?:c'est |is it |ist |es |e |é |is )?(?:when|quand|wann|cuando|quando|wanneer)\b")
#: "When is the next one?" asked alone (folded question), its course named in another sentence: "vi a sua formação de SEO no
#: Instagram … quanto custa e quando é a próxima?", "ho visto la tua formazione … quando è la prossima?".
_NEXT_ONE_ASKED = rf"\b(?:when|quand|wann|cuando|quando|wanneer)\b[^?]{{0,30}}\b{_NEXT_ONE}\s*\?"
#: "How long is your SEO training?", "hoe lang duurt jouw training?", "quanto dura il corso?": the length of her training
#: asked (folded). Her settings hold no length: the programme promised with it, never another question's answer.
_LENGTH_ASKED = (r"\b(?:how long (?:is|are|does|do|will|would)|how many (?:days|hours|sessions)|(?:length|duration) of"
                 r"|combien de temps (?:dure|durent|prend)|(?:dure|durent) combien|duree|combien de (?:jours|heures|seances)"
                 r"|wie lange (?:dauert|dauern|geht|gehen|lauft|laufen)|wie viele (?:tage|stunden|termine)|dauer"
                 r"|cuanto (?:tiempo )?(?:dura|duran)|cuantas (?:horas|sesiones)|cuantos dias|duracion"
                 r"|quanto (?:tempo )?(?:dura|durano)|quante (?:ore|giornate|sessioni)|quanti giorni|durata"
                 r"|quanto tempo (?:dura|duram|leva)|quanto dura|quantas (?:horas|sessoes)|quantos dias|duracao"
                 r"|hoe lang (?:duurt|duren|is|zijn|loopt)|hoeveel (?:dagen|uur|uren|sessies|dagdelen)|duur)\b")
_LENGTH_LINE = {
    "en": ("The length depends on the format and the group; I'll send you the programme here with the options.",
           "The length depends on the format and the group; I will send you the programme here with the options."),
    "fr": ("La durée dépend du format et du groupe ; je t'envoie ici le programme et les formules.",
           "La durée dépend du format et du groupe ; je vous envoie ici le programme et les formules."),
    "de": ("Die Dauer hängt vom Format und von der Gruppe ab; ich schicke dir hier das Programm mit den Varianten.",
           "Die Dauer hängt vom Format und von der Gruppe ab; ich schicke Ihnen hier das Programm mit den Varianten."),
    "es": ("La duración depende del formato y del grupo; te paso por aquí el programa con las opciones.",
           "La duración depende del formato y del grupo; le envío por aquí el programa con las opciones."),
    "it": ("La durata dipende dal formato e dal gruppo; ti mando qui il programma con le opzioni.",
           "La durata dipende dal formato e dal gruppo; Le mando qui il programma con le opzioni."),
    "pt": ("A duração depende do formato e do grupo; envio-te aqui o programa com as opções.",
           "A duração depende do formato e do grupo; envio-lhe aqui o programa com as opções."),
    "pt-BR": ("A duração depende do formato e do grupo; te mando aqui o programa com as opções.",
              "A duração depende do formato e do grupo; envio aqui o programa com as opções."),
    "nl": ("De duur hangt af van de vorm en de groep; ik stuur je hier het programma met de opties.",
           "De duur hangt af van de vorm en de groep; ik stuur u hier het programma met de opties."),
}


def length_asked(note: str) -> bool:
    """Does the note ask how long her training (course, workshop) lasts?

    >>> length_asked("Hoi Camille, hoe lang duurt jouw SEO-training?"), length_asked("Quanto dura il tuo corso di SEO?")
    (True, True)
    >>> length_asked("How long have you been doing SEO?"), length_asked("Wie lange dauert es, bis SEO wirkt?")
    (False, False)
    """
    from invitriage.drafts.askfacts import _TRAINING
    for q in cre.question_sentences(fold(note or "")) or [fold(note or "")]:
        m = cre.search(_LENGTH_ASKED, q)
        if m and cre.search(_TRAINING, q[m.start():]) and not cre.search(r"\b(?:have you|hast du|haben sie|tu fais|vous faites|llevas|lleva usted|fai questo|fazes isto|doe je dit)\b", q):
            return True
    return False


#: The job ad itself asked to be shared (folded): "please share with anyone who might be interested", "n'hésitez pas à partager",
#: "comparte la oferta", "condividete pure", "gerne teilen / weiterleiten", "mag gedeeld worden": a relay, not an offer to her.
#: Trades far from digital marketing (shipyard and factory workers, maintenance technicians, drivers, nurses…): people
#: sought for them are outside her network, never "I'll think of one or two names" (135 A, it note-51, es note-8)
_FAR_TRADES = (r"\b(?:operai\w*|operaio|saldator\w*|elettricist\w*|muratori|idraulic\w*|carpentier\w*|autist\w*|magazzinier\w*"
               r"|infermier\w*|tecnic[oi] (?:di )?manutenzion\w*|manutentor\w*|cantier\w* naval\w*"
               r"|operari[oa]s?|soldador\w*|electricistas?|fontaner\w*|conductor(?:es|as)? de|camioner\w*|enfermer[oa]s?|carretiller\w*"
               r"|tecnic[oa]s? de mantenimiento|astiller\w*|planta industrial|mantenimiento industrial"
               r"|operarios?|soldadores?|eletricistas?|motoristas?|enfermeir[oa]s?|tecnic[oa]s? de manutencao|estaleir\w*"
               r"|ouvriers?|ouvrieres?|soudeu\w*|electricien\w*|plombier\w*|cariste\w*|chauffeurs?|infirmier\w*|techniciens? de maintenance|chantier naval"
               r"|workers? for (?:a|our) (?:plant|factory|shipyard|site)|welders?|electricians?|plumbers?|truck drivers?|forklift\w*|nurses?|maintenance technicians?|shipyard"
               r"|schweisser\w*|elektriker\w*|monteur\w*|lkw-fahrer\w*|staplerfahrer\w*|pflegekr\w*|instandhaltung\w*|werft\w*"
               r"|lassers?|elektriciens?|monteurs?|vrachtwagenchauffeurs?|heftruckchauffeurs?|verpleegkundigen?|onderhoudsmonteurs?|scheepswerf\w*)\b")
_SHARE_JOB = (r"\b(?:(?:please|feel free to|do|kindly) (?:re)?share|share (?:it|this|the (?:post|ad|offer|job))|pass (?:it|this) on|spread the word"
              r"|partag(?:ez|er|e)\b|diffus(?:ez|er)|relay(?:ez|er)|compart(?:e|a|an|ir|ilhe|ilha|ilhar)\b|difund(?:e|a|ir)\b|condivid(?:i|ete|ere)\b"
              r"|diffond(?:i|ete|ere)\b|divulg(?:ue|ar|a)\b|(?:gerne? |gern )?(?:teilen|weiterleiten|weitersagen)|(?:mag|mogen) (?:\w+ )?gedeeld|(?:doorsturen|delen)\b)")
_NETWORK_ASK = (r"\b(?:(?:your|ton|votre|dein\w*|ihr\w*|tu|su|tua|sua|teu|seu|jouw|uw|je) (?:\w+ )?(?:network|reseau|netzwerk|red|rete|rede|netwerk)"
                r"|share|partage\w*|teilen|weiterleiten|compart\w+|condivid\w+|indica\w*|doorsturen|delen|anyone|someone|quelqu'un|jemand\w*|alguien|qualcuno"
                r"|alguem|iemand|kandidat\w*|candidat\w*|kennst|kennen sie|connais|conoces|conoce|conosci|conosce|conheces|conhece|ken je|kent u"
                # "se conhecer engenheiros interessados, diga-me", "falls Sie Ingenieure kennen", "als je ingenieurs kent": people
                # asked for without a question mark (profiles merely named, "spécialisé dans les profils IT", ask nothing)
                r"|if you know|si vous connaissez|si tu connais|se conhecer\w*|se (?:souber|souberes)|si conoces|si conoce|se conosci|se conosce"
                r"|(?:falls|wenn) (?:sie|du|ihr) (?:[\w-]+ ){0,4}(?:kennen|kennst|kennt)|als (?:je|jij|u) (?:[\w-]+ ){0,4}kent"
                r"|(?:me|m'|nous) (?:recommander|recomendar|raccomandare|consigliare|indicar|aanbevelen|empfehlen))\b")


#: Joining her network (folded): "ravie de rejoindre votre réseau", "happy to join your network", "prazer em ligar-me à sua
#: rede", "entrare nella tua rete": the connection itself, never people asked for.
_JOIN_NETWORK = (r"\b(?:rejoindre|integrer|join(?:ing)?|be part of|unirme a|entrar (?:en|in|na|no)|far parte del?la|fazer parte da|ligar-me a|juntar-me a"
                 r"|aufnehmen in|teil (?:ihres|deines) netzwerks|deel (?:uit )?(?:te )?maken van|toe te voegen aan) (?:a |la |à |al |alla )?"
                 r"(?:your|votre|ton|tu|su|tua|sua|teu|seu|ihr\w*|dein\w*|jouw|uw|je) (?:\w+ )?(?:network|reseau|netzwerk|red|rete|rede|netwerk)\b")


#: A headline segment that is a job title (folded): "Head of Growth", "Marketing Manager", "Directrice Marketing", "Leiterin
#: Vertrieb", "Jefe de Ventas", "Responsabile Marketing", "Hoofd Marketing".
_TITLE_SEGMENT = (r"^(?:head of|vp|svp|evp|chief|director|directeur|directrice|directora?|direttore|direttrice|diretora?|responsable|responsabile"
                  r"|chef de|cheffe de|jefe de|jefa de|leiter\w*|hoofd|manager|lead|cmo|ceo|cto|coo|cfo|founder|co-?founder|gerente|coordinat\w+)\b"
                  r"|\b(?:manager|managerin|director|officer|lead|leiter\w*|specialist\w*|consultant\w*|strategist|marketeer|marketer|coordinator)$")


def strip_emoji(text: str) -> str:
    """A name or a slot without its emoji: "Little Sprout Co. 🌱" → "Little Sprout Co.".

    >>> strip_emoji("Pétales & Co 🌸"), strip_emoji("🚀 Growth ✨ Lab")
    ('Pétales & Co', 'Growth Lab')
    """
    if not text:
        return text
    return " ".join(without_emoji(text).split())


#: Kinds of company said before its name in a headline ("Fintech Nubank", "SaaS Payfit"), never part of the name.
_KIND_LEAD = {"fintech", "foodtech", "healthtech", "edtech", "proptech", "insurtech", "legaltech", "martech", "adtech", "cleantech",
              "saas", "b2b", "b2c", "startup", "start-up", "scale-up", "scaleup", "neobank", "neobanco", "neobanque"}


def _without_sector_lead(segment: str) -> str:
    """A headline segment without the sector words before the company's name: "Fintech Nubank" → "Nubank" ("no Nubank",
    never "na Fintech Nubank"); a segment of sector words only, or one word, stays as it is.

    >>> _without_sector_lead("Fintech Nubank"), _without_sector_lead("Redkite Media"), _without_sector_lead("B2B SaaS Payfit")
    ('Nubank', 'Redkite Media', 'Payfit')
    """
    words = segment.split()
    lead = 0
    while lead < len(words) - 1 and fold(words[lead]) in _KIND_LEAD:
        lead += 1
    return " ".join(words[lead:])


def _headline_parts(headline: str) -> tuple[str, str]:
    """(position, business) of a headline: "Responsable marketing – Mealtrack" → ("Responsable marketing", "Mealtrack").

    The business is named only when the headline marks it ("chez", "at", "@", "Fondatrice de …") or a later
    segment is a name in capitals ("| Redkite Media"), never a tagline ("| Marque employeur", "| SEO").
    """
    text = strip_emoji(headline or "")
    if not text:
        return "", ""
    segments = [p.strip(" ✨🎯🚀") for p in cre.split(r"\s[|•·–—-]\s|\s\|\s?|\|", text) if p.strip(" ✨🎯🚀")]
    position = segments[0] if segments else ""
    business = ""
    m = cre.search(r"\s(?:chez|at|@|bei|presso|bij|en la empresa|na|no|en(?=\s+[A-ZÀ-Ý]))\s+(.+)$|\s@(\S.+)$", position)
    founder_seg = any(cre.match(r"(?i)(?:\w+\s){0,2}?(?:fondat\w+|co-?fondat\w+|founder|co-?founder|owner|inhaber\w*|gr[üu]nder\w*|fundador\w*|"
                               r"cofundador\w*|titolare|propriet[áa]ri[oa]|eigena\w+|oprich\w+)\b", seg) for seg in segments[1:])
    if m and cre.match(r"(?i)(?:etudiant|étudiant|student|estudiante|studente|studentessa|estudante|studentin)", position) and founder_seg:
        m = None  # "Étudiant en Master … - Fondateur de Sneakers Lab": the business is the founder's
    if m:
        business = (m.group(1) or m.group(2) or "").strip()
        position = position[:m.start()].strip()
    else:
        m = cre.search(r"^(?:\w+\s){0,2}?(?:fondat\w+|co-?fondat\w+|g[ée]rante?|dirigeante?|cr[ée]at\w+|founder|co-?founder|owner"
                      r"|inhaber\w*|gr[üu]nder\w*|fundador\w*|cofundador\w*|due[ñn][oa]|titolare|fondat\w+|propriet[áa]ri[oa]|s[óo]ci[oa]"
                      r"|eigena\w+|oprich\w+)\b,?\s+(?:de la |de l'|du |des |de |d'|of |von |der |di |da |do |van |bij )?([A-ZÀ-Ý].+)$",
                      position, flags=re.IGNORECASE)
        if m and m.group(1)[:1].isupper():
            business = m.group(1).strip()
    if not business:
        # "Étudiant en Master … - Fondateur de Sneakers Lab (e-shop)": the business is in the founder's segment
        for seg in segments[1:]:
            m = cre.search(r"^(?:\w+\s){0,2}?(?:fondat\w+|co-?fondat\w+|g[ée]rante?|founder|co-?founder|owner|inhaber\w*|gr[üu]nder\w*|fundador\w*|"
                          r"cofundador\w*|due[ñn][oa]|titolare|propriet[áa]ri[oa]|eigena\w+|oprich\w+)\b,?\s+(?:de la |de l'|du |des |de |d'|of |von |der |di |da |do |van |bij )?"
                          r"(?:(?:webshop|e-?shop|onlineshop|online-?shop|online store|loja online|tienda online|negozio online|boutique en ligne)\s+)?([A-ZÀ-Ý][^()]+?)\s*(?:\(.*)?$",
                          seg, flags=re.IGNORECASE)
            if m and m.group(1)[:1].isupper():
                business = m.group(1).strip(" '\"‘’“”")
                break
    if not business:
        for seg in segments[1:]:
            words = seg.split()
            if cre.match(r"(?i)(?:stud|[ée]tud|estud|master|bachelor|msc|mba|alumn)", seg):
                continue  # "| Studentessa di Marketing": a role, not a business
            small = {"de", "du", "des", "d'", "la", "le", "les", "&", "of", "the", "and", "et", "y", "e", "da", "do", "di", "van", "von"}
            if all(fold(w).strip(",.") in small or _sector_word(w) or fold(w) in _GENERIC_BUSINESS for w in words):
                continue  # "| Retail & E-commerce", "| B2B SaaS": a field or a sector, never a company
            if cre.search(_TITLE_SEGMENT, fold(seg)):
                continue  # "VP Marketing | Head of Growth - Zenloop": a second job title, never the company
            if _place_segment(seg):
                continue  # "| Milano", "| Lyon, France", "| Greater Paris Area": where they live, never a company
            if 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in small or cre.fullmatch(r"&\w+", w) for w in words) \
                    and not (len(words) == 1 and words[0].isupper()) and not cre.search(r"(?i)\b(?:en|in|im|at|bij)\b", seg):
                business = _without_sector_lead(seg)
                break
    business = cre.sub(r"\s*\((?:[^()]*)\)\s*$", "", business).strip()  # "Miel & Ruches (boutique en ligne)": the name only
    business = cre.sub(r",\s+[a-zà-ÿ].*$", "", business).strip()  # "Mila & Lou, e-shop de bijoux": the name, not its description
    if business:
        # "Fondatrice de La Petite Épicerie Vrac": a capitalised article is part of the name ("La Petite Épicerie Vrac"),
        # never cut as if it were the "de la" of the sentence
        lead = cre.search(r"(?:^|[\s|•·,(])((?:La|Le|Les|The|El|Los|Las|Il|Lo|Gli|De|Het|Die|Der|Das)\s|L['’])" + re.escape(business) + r"\b", text)
        if lead:
            business = lead.group(1) + business
    # a quoted name ("Fondatrice de « Miel & Ruches »"); an elision's apostrophe ("l'IDRAC … d'une") is no quote mark,
    # and a name never runs over a separator
    quoted = cre.search(r"(?<![^\W\d_])[«“\"'‘]([^«»“”\"'‘’|•·]{2,40})[»”\"'’](?![^\W\d_])", business or text)
    if quoted and (business or audience_hint(text)):
        business = quoted.group(1).strip()
    if business and _place_segment(business):
        business = ""  # "Marketing Manager @ Milano": a city, never a company to work "at" ("presso Milano")
    if business and cre.match(r"(?i)ex[- ]|former\b|ancien\w*\b|ehemal\w*", business):
        business = ""  # "| Ex-HubSpot": a past employer, not where they work now
    if business and cre.match(r"(?i)(?:a|an|one|un|une|uno|una|um|uma|ein|eine|einem|einer|einen|eines|een|a\s+small|a\s+leading)\s", business):
        business = ""  # "bei einem Berliner Fashion-E-Commerce", "bij een Nederlandse online retailer": a description, never a name
    if business and (len(business) > 40 or (business.isupper() and " " not in business)):
        business = ""  # "Dirigeant de TPE": an acronym of a kind of business, not its name
    if business and len(business.split()) == 1 and (fold(business) in _GENERIC_BUSINESS
                                                    or any(fold(business) in words for words in _HEADLINE_WORDS.values())):
        business = ""  # "| Emprendedor", "| Freelance": a role or a sector, not a business's name
    # "Van Dijk Tuinmeubelen B.V.", "Olivos del Sur S.L.": a sentence names the business without its legal form (German
    # keeps "GmbH"/"AG", which decide the article: "bei der Alpenmilch AG")
    business = cre.sub(r",?\s+(?:B\.V\.|BV|N\.V\.|S\.L\.U?\.?|S\.A\.S?\.?|S\.r\.l\.?s?|S\.p\.A\.?|Lda\.?|Ltda\.?|SARL|SAS|SASU|EURL|Ltd\.?|Inc\.?|LLC)$", "", business)
    return position, business


#: Words around a place in a headline's segment ("Greater Paris Area", "Région de Lyon", "Lyon et environs").
_PLACE_FILLER = (r"(?:greater|area|metropolitan|region|regione|regiao|regio|et|environs|y|alrededores|e|dintorni|und|umgebung|en|omgeving"
                 r"|de|di|da|do|du|la|le|the|of|van|von|city|ville|ciudad|citta|cidade|stad|stadt|remote|hybrid|hybride)")


#: Cities a headline names besides the big ones of askfacts (folded).
_HEADLINE_CITIES = (r"\b(?:lione|villeurbanne|verona|padova|firenze|venezia|genova|braga|coimbra|sao paulo|rio de janeiro|belo horizonte"
                    r"|curitiba|stuttgart|dusseldorf|wien|vienna|den haag|malaga|buenos aires|bogota|lima|mexico|london|londres|londra|londen"
                    r"|new york|dublin|milan|lisbonne|lissabon|mailand|rom|napoli|naples|nizza|niza|marsella|marsiglia)\b")


def _place_segment(seg: str) -> bool:
    """Is a headline segment only a place ("Milano", "Lyon, France", "Greater Paris Area"), never a business's name?

    >>> _place_segment("Milano"), _place_segment("Lyon, France"), _place_segment("Greater Paris Area"), _place_segment("Lyon Digital")
    (True, True, True, False)
    """
    text = fold(seg)
    for _, rx in _PLACE_RX:
        text = rx.sub(" _place_ ", text)
    text = cre.sub(_HEADLINE_CITIES, " _place_ ", text)
    words = [w for w in cre.split(r"[\s,/()-]+", text) if w]
    if "_place_" not in words:
        return False
    return all(w == "_place_" or cre.fullmatch(_PLACE_FILLER, w) for w in words)


#: One-word headline segments that are a role or a sector, never a business's name.
_GENERIC_BUSINESS = {"emprendedor", "emprendedora", "entrepreneur", "entrepreneuse", "entrepreneure", "unternehmer", "unternehmerin",
                     "imprenditore", "imprenditrice", "empreendedor", "empreendedora", "ondernemer", "freelance", "freelancer",
                     "independant", "independante", "autonomo", "autonoma", "selbststandig", "zzp", "zzp'er", "consultant", "consultante",
                     "consultor", "consultora", "consulente", "adviseur", "berater", "beraterin", "ecommerce", "e-commerce", "retail",
                     "marketing", "startup", "start-up", "artisan", "artisane", "artesano", "artesana", "artigiano", "handwerk"}
#: Words of a sector or a field: a headline segment made only of them ("| Retail & E-commerce") names no company.
_SECTOR_WORDS = {"scale-up", "scaleup", "start-up", "pme", "tpe", "kmu", "pmi", "mkb", "sme", "smb", "retail", "e-commerce", "ecommerce", "e-commerce.", "commerce", "b2b", "b2c", "d2c", "dtc", "saas", "tech", "fintech", "foodtech",
                 "healthtech", "edtech", "proptech", "fmcg", "cpg", "media", "medias", "fashion", "mode", "moda", "food", "beauty", "luxe", "luxury",
                 "lusso", "lujo", "luxo", "travel", "tourism", "tourisme", "turismo", "toerisme", "hospitality", "horeca", "industry", "industrie",
                 "industria", "marketing", "sales", "growth", "brand", "branding", "digital", "online", "social", "seo", "sea", "sem", "content",
                 "strategy", "strategie", "estrategia", "strategia", "communication", "communications", "communicatie", "kommunikation",
                 "comunicacion", "comunicazione", "comunicacao", "pr", "events", "evenementen", "vente", "ventes", "ventas", "vendite", "vendas",
                 "verkoop", "vertrieb", "handel", "detailhandel", "einzelhandel", "webshops", "startups", "startup", "start-ups", "scale-ups",
                 "innovation", "innovatie", "data", "analytics", "ai", "automotive", "real", "estate", "immobilier", "vastgoed", "immobilien",
                 "finance", "finances", "finanzas", "finanza", "financas", "financien", "banking", "insurance", "health", "healthcare", "sante",
                 "salud", "sanita", "saude", "zorg", "gesundheit", "energy", "energie", "energia", "logistics", "logistiek", "logistik",
                 "logistica", "logistique", "benelux", "dach", "emea", "europe", "europa", "international", "global", "performance", "ads",
                 "advertising", "publicite", "publicidad", "pubblicita", "publicidade", "reclame", "werbung", "omnichannel", "cx", "ux", "crm",
                 # consumer sectors ("| Sportwear | B2C"): a market, never a company to work "at"
                 "sportswear", "sportwear", "sport", "sports", "outdoor", "apparel", "textile", "textil", "tessile", "textiel",
                 "cosmetics", "cosmetique", "kosmetik", "cosmetica", "cosmetiek", "pharma", "gaming", "fitness",
                 "wellness", "lifestyle", "furniture", "mobel", "meubles", "muebles", "mobili", "moveis", "meubelen",
                 "jewelry", "jewellery", "schmuck", "bijoux", "joyeria", "gioielli", "joias", "sieraden", "consumer", "goods",
                 # functions and fields of a team ("| Distribution B2B", "| Demand Gen & Brand"): what they do, never where
                 "distribution", "distributie", "distribucion", "distribuzione", "distribuicao", "demand", "gen", "generation",
                 "generacion", "generazione", "geracao", "acquisition", "adquisicion", "acquisizione", "aquisicao", "akquise",
                 "acquisitie", "lead", "leads", "partnerships", "partenariats", "partnerschaften", "alianzas", "operations",
                 "operaciones", "operazioni", "operacoes", "product", "produit", "produkt", "producto", "prodotto", "produto",
                 "customer", "experience", "retention", "lifecycle", "community", "inbound", "outbound", "abm", "gtm",
                 "go-to-market", "revenue", "revops", "martech", "adtech", "paid", "organic", "web", "webmarketing", "e-mail",
                 "email", "emailing", "influence", "export", "trade", "event", "evenementiel", "eventi", "eventos",
                 "relations", "publiques", "public", "presse", "press", "engagement", "employer", "rh", "hr"}

#: Industries named as LinkedIn names them ("Food & Beverage", "Wine & Spirits", "F&B"): a field, never a company ("presso Food & Beverage").
_SECTOR_WORDS |= {"beverage", "beverages", "drinks", "wine", "wines", "spirits", "f&b", "bebidas", "bevande", "boissons", "getranke", "dranken",
                  "alimentation", "alimentacion", "alimentare", "alimentos", "alimentari", "lebensmittel", "voeding", "agroalimentaire", "agroalimentare",
                  "agrifood", "agriculture", "pharmaceuticals", "pharmaceutical", "services", "telecom", "telecoms", "entertainment", "education",
                  "non-profit", "nonprofit", "ngo", "government", "manufacturing", "construction", "electronics", "chemicals", "footwear", "aerospace",
                  "biotech", "medtech", "cleantech", "greentech", "sustainability", "publishing", "consumer", "goods", "wellbeing"}


#: Words that describe a field, a market or a kind of company, by their ending: "Sportartikel", "Haushaltswaren",
#: "Modebranche", "Lebensmittelhandel", "Marketplace", "Scale-up", "Plattform", "Webagentur" alone name no company.
_SECTOR_TAIL = (r"[\w-]*(?:artikel|waren|branche|industrie|handel|bedarf|guter|sektor|wirtschaft|marktplatz|marketplaces?|marktplaats"
                r"|platforms?|plattform|plataforma|piattaforma|platform|scale-?ups?|start-?ups?|companies|company|unternehmen|bedrijf"
                r"|empresa|azienda|entreprise|agency|agentur|agence|agencia|agenzia|bureau|brands?|marken?|merken?|marcas?|marchi?|marques?"
                r"|retailers?|ecosystems?|sector|settore|secteur|industry|mittelstand)")


def _sector_word(word: str) -> bool:
    """Is a headline word a sector or a kind of business, never a company's name ("Sportartikel", "Marketplace")?

    >>> _sector_word("Sportartikel"), _sector_word("Marketplace"), _sector_word("Scale-up"), _sector_word("Zalando")
    (True, True, True, False)
    """
    w = fold(word).strip(",.()")
    return w in _SECTOR_WORDS or bool(cre.fullmatch(_SECTOR_TAIL, w))


#: German business names that begin with a common noun need an article: "bei der Brauerei Wallner", "beim Hotel Adler".
_DE_NOUN_GENDER = [(r"(?:\w*(?:ei|ung|schaft|heit|keit|ion|tat|gruppe|agentur|bank|stiftung|praxis|klinik|manufaktur|akademie|hochschule|universitat"
                    r"|apotheke|versicherung|boutique|galerie|kette|zeitung|werkstatt|schule|kammer))", "f"),
                   (r"(?:\w*(?:hotel|studio|buro|institut|atelier|restaurant|cafe|weingut|haus|werk|kontor|labor|zentrum|magazin|geschaft|unternehmen))", "n"),
                   (r"(?:\w*(?:verlag|verein|betrieb|handel|konzern|markt|hof|laden|gasthof|shop|onlineshop))", "m")]


#: French business names that begin with a common noun take its article: "chez le Groupe Ardelis", "pour la Brûlerie Saint-Just".
_FR_NOUN_ARTICLE = [(r"(?:laboratoires|editions|etablissements|ets|ateliers|vignobles|caves|jardins|domaines|transports|chantiers|brasseries"
                     r"|fromageries|salons|cafes|hotels|editions|freres|opticiens|menuiseries|pepinieres)", "les "),
                    (r"(?:groupe|cabinet|laboratoire|institut|hotel|restaurant|domaine|comptoir|collectif|studio|reseau|centre|salon|bureau|club)", "le "),
                    (r"(?:\w+erie|agence|societe|clinique|pharmacie|banque|fondation|association|ecole|universite|ferme|cave|chambre|mairie"
                     r"|maison de \w+|compagnie|cooperative|federation|manufacture|fabrique|academie|boutique)", "la ")]


#: Spanish and Italian names led by a common noun take its article ("en el Grupo Hotelero Mediterráneo", "presso il
#: Gruppo Alimentare Italiano"); (pattern on the folded first word, article)
_ES_NOUN_ARTICLE = [(r"(?:laboratorios|hoteles|talleres|viveros|almacenes)", "los"), (r"(?:bodegas|bodeguitas|conservas)", "las"),
                    (r"(?:grupo|banco|instituto|colegio|hospital|museo|club|centro|estudio|despacho|bufete|laboratorio|hotel"
                     r"|restaurante|taller|ayuntamiento|consorcio|gabinete|vivero)", "el"),
                    (r"(?:fundacion|clinica|agencia|universidad|asociacion|cooperativa|escuela|academia|consultora|editorial"
                     r"|farmacia|bodega|constructora|camara|federacion|compania|inmobiliaria|cadena|red|residencia)", "la")]
_IT_NOUN_ARTICLE = [(r"(?:studio|studi)", "lo "), (r"(?:istituto|hotel|albergo|ospedale|osservatorio)", "l'"),
                    (r"(?:agenzia|associazione|azienda|accademia|universita|enoteca|officina)", "l'"),
                    (r"(?:gruppo|centro|laboratorio|consorzio|museo|club|ristorante|banco|circolo|caseificio|pastificio|birrificio"
                     r"|panificio|salumificio|frantoio|vivaio|forno)", "il "),
                    (r"(?:fondazione|clinica|cooperativa|scuola|banca|farmacia|cantina|societa|federazione|camera|fattoria|tenuta"
                     r"|trattoria|pasticceria|libreria|sartoria|bottega|cascina|rete|catena)", "la ")]
_IT_IN_ARTICLE = {"il ": "nel ", "lo ": "nello ", "la ": "nella ", "l'": "nell'"}


def _business_with_article(business: str, lang: str, headline: str) -> tuple[str, str]:
    """(after "chez"/"em", after "pour"/"para") for a business name: French and Portuguese names led by a common
    noun need their article ("chez le Groupe Ardelis", "no Grupo Pão de Açúcar", "para o Cantinho Bio").

    >>> _business_with_article("Groupe Ardelis", "fr", ""), _business_with_article("Cantinho Bio", "pt", "Fundador da Cantinho Bio")
    (('au sein du Groupe Ardelis', 'le Groupe Ardelis'), ('no Cantinho Bio', 'o Cantinho Bio'))
    >>> _business_with_article("Grupo Hotelero Sol", "es", ""), _business_with_article("Gruppo Alimentare Italiano", "it", "")
    (('en el Grupo Hotelero Sol', 'el Grupo Hotelero Sol'), ('nel Gruppo Alimentare Italiano', 'il Gruppo Alimentare Italiano'))
    >>> _business_with_article("Mercado Libre", "es", "")
    ('en Mercado Libre', 'Mercado Libre')
    """
    if not business:
        return "", ""
    words = business.split()
    head = fold(words[0])
    if lang == "fr":
        if len(words) < 2:
            return "chez " + business, business
        for rx, art in _FR_NOUN_ARTICLE:
            if cre.fullmatch(rx, head) or (art == "la " and cre.fullmatch(rx, fold(" ".join(words[:3])))):
                art = "l'" if head[:1] in "aeiouh" and art != "les " else art  # "chez les Laboratoires Kerneo"
                within = {"le ": "au sein du ", "les ": "au sein des ", "la ": "au sein de la ", "l'": "au sein de l'"}[art]
                return within + business, art + business  # "au sein du Groupe SEB", never "chez le Groupe SEB"
        return "chez " + business, business
    if lang == "pt":
        m = cre.search(rf"(?i)\b(n|d)([oa])\s+{re.escape(business)}", headline or "")
        if cre.fullmatch(r"\w*bank|banco|bradesco|ita[uú]|santander", head):
            art = "o"  # "no Nubank", "no Banco Inter": a bank is "o banco", whatever article the headline used
        elif cre.fullmatch(r"\w+(?:o|os|ete|ento|eiro)", head) and len(words) >= 2:
            art = "o"  # "Grupo Pão de Açúcar", "Cantinho Bio", "Instituto …"
        elif cre.fullmatch(r"\w+(?:a|as|cao|dade|gem)", head) and len(words) >= 2:
            art = "a"  # "Agência Ipê", "Construtora Alicerce", "Rede Vida"
        elif m:
            art = m.group(2).lower()  # "Fundadora da Flor de Sal", "Tech Recruiter na Gupy": the headline's own article ("Flor" ends in no gender)
        elif cre.search(rf"(?i)\b(?:n|d)[oa]\s+(?:loja|marca|empresa|ag[eê]ncia|cl[ií]nica|startup|confeitaria|padaria|livraria)\b(?:\s+online)?\s+{re.escape(business)}\b", headline or ""):
            art = "a"  # "Fundadora da loja online Bioessência": the shop (a loja) is "a Bioessência", never "manter Bioessência"
        elif not cre.search(r"(?:o|os|or|um|im|ao|ol|el|il|ul|al|es|is|us)$", head) and (len(words) >= 2 or cre.search(r"[a-z][A-Z]", business)):
            art = "a"  # "Head of Growth | FinPay Brasil", "na Hunt Talentos", "na PayLumen": a company is "a empresa", never "em FinPay"
            # (a single plain word may be a city read as the business: "em Lisboa", never "na Lisboa")
        else:
            return "em " + business, business  # "Sabor Real", "Studio Pixel": a masculine-looking head word, no article rather than a wrong one
        return ("no " if art == "o" else "na ") + business, f"{art} {business}"
    if lang in ("es", "it") and len(words) >= 2:
        # "en el Grupo Hotelero Mediterráneo", "nel Gruppo Alimentare Italiano" / "presso il Gruppo …"; a bare brand stays bare
        for rx, art in (_ES_NOUN_ARTICLE if lang == "es" else _IT_NOUN_ARTICLE):
            if cre.fullmatch(rx, head):
                if lang == "es":
                    return f"en {art} {business}", f"{art} {business}"
                return _IT_IN_ARTICLE[art] + business, art + business
    if lang == "es":
        return "en " + business, business
    if lang == "it":
        return "in " + business, business
    return business, business


def _de_business(business: str) -> tuple[str, str]:
    """(dative, accusative) of a German business name: "der Brauerei Wallner" / "die Brauerei Wallner"; a proper name stays bare.

    >>> _de_business("Brauerei Wallner"), _de_business("Siemens")
    (('der Brauerei Wallner', 'die Brauerei Wallner'), ('', ''))
    >>> _de_business("Blumenliebe Online-Shop"), _de_business("Shopwerk GmbH")
    (('dem Blumenliebe Online-Shop', 'den Blumenliebe Online-Shop'), ('der Shopwerk GmbH', 'die Shopwerk GmbH'))
    """
    words = business.split()
    if len(words) < 2:
        return "", ""
    head = fold(words[0])
    cases = {"f": ("der", "die"), "n": ("dem", "das"), "m": ("dem", "den")}
    if cre.fullmatch(r"AG|GmbH|gGmbH|KG|KGaA|SE|OHG|UG|GmbH & Co\.? KG", " ".join(words[1:])) or words[-1] in ("AG", "GmbH", "SE", "KG"):
        # the legal form decides the article, before the first noun does: "bei der Alpenmilch AG", "bei der Shopwerk GmbH"
        # (never "beim Shopwerk GmbH")
        return f"der {business}", f"die {business}"
    for rx, g in _DE_NOUN_GENDER:
        if cre.fullmatch(rx, head):
            dat, acc = cases[g]
            return f"{dat} {business}", f"{acc} {business}"
    tail = fold(words[-1])
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and (
            tail in ("onlineshop", "online-shop", "e-shop", "eshop", "web-shop", "shop", "webshop", "store", "studio", "atelier", "cafe", "agentur",
                     "manufaktur", "verlag", "magazin", "blog", "podcast")
            or (len(words) > 2 and any(cre.fullmatch(rx, tail) for rx, _ in _DE_NOUN_GENDER)
                and not cre.fullmatch(r"(?:fashion|vision|passion|mission|solutions?|collection|creation|lion)", tail))):
        # "Kräuterliebe Onlineshop", "Kleine Keramik Manufaktur": the last word is the noun and takes its article, but
        # the brand stays exactly as its owner writes it: "für den Kräuterliebe Onlineshop", "für die Kleine Keramik
        # Manufaktur", never "das Kleinkram-Studio"
        gender = next((g for rx, g in _DE_NOUN_GENDER if cre.fullmatch(rx, tail)), "m")
        dat, acc = cases[gender]
        return f"{dat} {business}", f"{acc} {business}"
    return "", ""


def _audience(item: Mapping[str, Any], headline: str) -> str:
    """Whom a note-less reply speaks to: ``meet`` (the owner wants to meet them), ``student``, ``business``
    (a founder, an owner), ``job_seeker``, ``freelancer`` or "" (anyone else)."""
    evidence = item.get("evidence") or []
    if item.get("meet") or any(e.get("rule") == "want_to_meet" for e in evidence):
        return "meet"
    from invitriage.benefit.roles import roles_of

    kinds = roles_of(headline) if headline.strip() else set()
    # A student who also runs a shop or a small business is both: the welcome names the studies and the business
    # ("Studentin Digital Marketing | Gründerin eines kleinen Etsy-Shops"), never a sales offer "für Ihr Unternehmen" alone
    if "student" in kinds and kinds & {"founder", "owner", "ceo"}:
        return "student_founder"
    for kind, label in (("founder", "business"), ("owner", "business"), ("student", "student"), ("job_seeker", "job_seeker"),
                        ("ceo", "business"), ("freelancer", "freelancer")):
        if kind in kinds:
            return label
    return ""


def _position_for(position: str, lang: str) -> str:
    if lang in ("fr", "es", "it", "pt", "nl") and position[:2].istitle() \
            and not any(w[:1].isupper() for w in position.split()[1:]):
        return position[0].lower() + position[1:]  # "vous êtes directrice marketing"; "CMO", "Head of Growth" stay
    first = fold(position.split()[0]) if position.split() else ""
    if lang in ("fr", "es", "it", "pt", "nl") and (headline_lang(position) == lang or first in _HEADLINE_WORDS.get(lang, set())) \
            and first not in _HEADLINE_WORDS["en"]:
        # "Directrice Marketing & Communication" → "directrice marketing et communication"
        words = [w.lower() if w[:1].isupper() and not w.isupper() else w for w in position.split()]
        return " ".join(words).replace(" & ", f" {and_word(lang, '')} ")
    return position


_TOOLS = (r"\b(?:semrush|ahrefs|sistrix|moz|ubersuggest|hubspot|mailchimp|brevo|klaviyo|hootsuite|metricool|screaming frog|similarweb|looker studio"
          r"|canva|figma|wordpress|webflow|shopify|wix|woocommerce|prestashop|squarespace|magento|notion|trello|asana|chatgpt|matomo|buffer|later"
          r"|planoly|agorapulse|sendinblue|substack|beehiiv|google analytics|ga4|tag manager|yoast|rank math|zapier|airtable|capcut|lightroom)\b")

_YES_NO = re.compile(r"(?i)\b(?:interess\w*|interest\w*|open to|passt das|te interesa|le interesa|ti andrebbe|le interesserebbe"
                     r"|pode te interessar|bij interesse|hearing more|saperne di piu|en savoir plus|m[eé]hr erfahren)")


def draft_language(item: Mapping[str, Any], settings: Settings) -> str:
    """The language of one queue item's draft (the page marks the draft with it).

    >>> draft_language({"note": "Hallo Camille, ik ben afgestudeerd en zoek een stage.", "lang": "nl"}, Settings())
    'nl'
    """
    judged = str(item.get("lang") or "")
    note, headline = str(item.get("note") or ""), str(item.get("headline") or "")
    lang = reply_language(note, judged if judged in LANGUAGES else None, headline, settings.language, str(item.get("name") or ""))
    return lang


#: A greeting by title and surname: the letter is formal, and signed with the full name.
_BY_SURNAME = cre.compile(r"\b(?:Frau|Herr|Herrn|Sr\.|Sra\.|Dr\.|Dra\.|Madame|Monsieur|Signora|Signor|Dott\.|Dott\.ssa|heer|mevrouw|Mr|Mrs|Ms|Senhor|Senhora|Sr|Sra)\b")


#: A Brazilian note closed with a hug (folded): "Abs, Marcelo", "Abraços,\nAna", "abs".
_BR_HUG_SIGNED = r"(?:^|[\s.!,])(?:abs|abracos?|abraco|abc|abss)\s*[,.!]?\s*(?:\n?\s*[A-Za-z][\w' -]{0,40})?\s*$"


#: A Brazilian note written as a letter or by someone senior (folded): answered "Atenciosamente" with the full name.
_PT_LETTER = (r"\b(?:o senhor|a senhora|os senhores|prezad[oa]s?|v\. ?sa|vossa|exm[oa]|atenciosamente|cordialmente|cumprimentos|lhe|sr|sra|srta"
              r"|dr|dra|doutor\w*|professor\w*|prof|diretor\w*|director\w*|ceo|presidente|gerente|head|jornalista|reporter|redator\w*|editor\w*"
              r"|revista|jornal|empresa|escritorio|ltda|grupo|proposta|parceria|orcamento|contratar|servicos?|gostariamos|nossa equipe"
              r"|att|recrut\w*|recruiter|agencia|somos|vagas?|clientes?)\b"
              r"|^\W*(?:bom dia|boa tarde|boa noite)\b")


def pt_br_plain(note: str, headline: str = "") -> bool:
    """Is a Brazilian note plain and friendly, with nothing of a letter, a business or a senior title?

    >>> pt_br_plain("Olá Camille, leio sua newsletter toda semana, já apliquei as dicas na minha loja.")
    True
    >>> pt_br_plain("Prezada Camille, gostaria de saber mais sobre as formações."), pt_br_plain("Olá, sou diretora de marketing")
    (False, False)
    """
    return bool(note.strip()) and not cre.search(_PT_LETTER, fold(note)) and not cre.search(_PT_LETTER, fold(headline))


def _signature(settings: Settings, *, formal: bool) -> str:
    """How the draft is signed: a letter to someone who wrote "Sehr geehrte Frau Laurent" is signed with the full name
    ("Mit freundlichen Grüßen / Camille Laurent"), never the first name alone.

    >>> _signature(Settings(owner_name="Camille Laurent", signature="Camille"), formal=True)
    'Camille Laurent'
    """
    sign = settings.signature or settings.owner_name
    owner = parse_name(settings.owner_name)
    if formal and owner.first and owner.last and fold(sign.strip()) == fold(owner.first):
        return settings.owner_name.strip()
    return sign


#: Brazilian slang a sender may use (folded); the draft's own slang ("Valeu", "Topo", "rapidinho") only answers it.
_PT_SLANG = (r"\b(?:valeu|vlw|rapidinho|rapidao|topa|topas|topo|bora|beleza|blz|tmj|kkk+|mano|sussa|fechou|show de bola|massa|demais"
             r"|abs|bjs|bjos|obg|vc|vcs|pra|pro|ta|to|tô|tá|a gente|papo|galera)\b")
_PT_PLAIN = [(r"\bValeu (?=pel|por )", "Agradeço "), (r"\bvaleu também\b", "agradeço também"), (r"(?<=Agradeço pelo convite, e )obrigada também\b", "agradeço também"), (r"\bTopo (?=a |o |um |uma )", "Aceito "),
             (r"\bBora sim!", "Com prazer!"), (r"\bBora (?=\w)", "Vamos "), (r"\s*rapidinho\b", " em breve"), (r"\bresuminho\b", "breve resumo"),
             (r"\bconversa em breve\.", "conversa.")]


def plain_pt_br(text: str) -> str:
    """A Brazilian draft without slang, for a sender who used none ("Oi Camille, sou jornalista da revista…").

    >>> plain_pt_br("Valeu pelo convite! Topo a entrevista, respondo rapidinho.")
    'Agradeço pelo convite! Aceito a entrevista, respondo em breve.'
    """
    for pat, rep in _PT_PLAIN:
        text = cre.sub(pat, rep, text)
    return text


#: A job seeker's draft promises to pass on leads once: the thanks line's "If I hear of a new role, I'll let you know" goes
#: when the answer already says "I'll tell you if I see a lead" (review round 12).
_FIRST_PROMISE = {"en": r" If I hear of [^.!]*?, I'll (?:gladly )?let you know[.!]", "fr": r" Si j'entends parler[ ,][^.!]*?[.!]",
                  "es": r" Si me entero de [^.!]*?[.!]", "de": r" Ich halte (?:gern )?(?:die )?Augen offen[^.!]*[.!]",
                  "pt": r" Se (?:eu souber de|surgir) [^.!]*?[.!]", "nl": r" Als ik hoor van [^.!]*?[.!]",
                  "it": r" Se nella mia rete sento parlare [^.!]*?[.!]"}
_LEAD_PROMISE = {"en": r"if I see (?:a|any) (?:lead|opportunit)|a few names|if I know agencies", "fr": r"si je vois une piste|quelques noms|si je connais des agences",
                 "es": r"si veo alguna oportunidad|algunos nombres|si conozco agencias", "de": r"ob ich eine Möglichkeit sehe|ob ich Agenturen kenne|ein paar Namen",
                 "pt": r"se (?:vejo|aparecer|vir) alguma oportunidade|alguns nomes|se conheço agências", "nl": r"of ik een kans zie|een paar namen|of ik bureaus ken",
                 "it": r"se vedo un'opportunità|qualche nome|se conosco agenzie"}


#: The answer's lead promise as a clause that can go ("… my take on your question and tell you if I see a lead").
_LEAD_CLAUSE = {"en": r",? and (?:I'll )?tell you if I see a lead(?: or someone to pass it on to)?(?=[.!])",
                "nl": r",? (?:en|dan) laat ik (?:je|u) weten of ik een kans zie(?: of iemand ken aan wie ik het kan doorsturen)?(?=[.!])",
                "fr": r",? (?:et|puis) (?:je )?(?:te|vous) dis si je vois une piste(?: ou quelqu'un à qui le transmettre)?(?=[.!])",
                "es": r",? y (?:te|le) (?:digo|diré) si veo alguna oportunidad(?: o a alguien a quien pasárselo)?(?=[.!])",
                "pt": r",? e (?:te |lhe )?(?:aviso|digo)(?:-te|-lhe)? se (?:aparecer|vejo|vir) alguma oportunidade(?: ou alguém para quem repassar)?(?=[.!])"}


#: The answer's lead promise after the CV request, where the first promise carries the dates (pt, it).
_LEAD_TAIL = {"pt": r": (?:digo|aviso)-(?:te|lhe) se (?:vejo|aparecer|vir) alguma oportunidade(?: ou alguém a quem o passar)?(?=[.!])",
              "it": r": (?:ti|Le) dirò se vedo un'opportunità(?: o qualcuno a cui girarlo)?(?=[.!])"}


_FR_LEAD_TAIL = r" : je (vous|te) dirai si je vois une piste ou (?:quelqu'un|une personne) à qui le transmettre\."

#: "Mon portfolio est sur mon profil", "my portfolio is linked": thanks for pointing to it, never "I had a look at it".
_PORTFOLIO_THANKS = {
    # ("Merci de m'indiquer votre portfolio" reads as a request: the thanks is for the portfolio itself)
    "fr": ("Merci aussi pour ton portfolio.", "Merci aussi pour votre portfolio."),
    "en": ("Thanks for pointing me to your portfolio, too.", "Thank you also for pointing me to your portfolio."),
    "de": ("Danke auch für den Hinweis auf dein Portfolio.", "Danke auch für den Hinweis auf Ihr Portfolio."),
    "es": ("Gracias también por compartir tu portfolio.", "Gracias también por compartir su portfolio."),
    "it": ("Grazie anche per aver condiviso il tuo portfolio.", "La ringrazio anche per aver condiviso il Suo portfolio."),
    "nl": ("Bedankt ook voor de verwijzing naar je portfolio.", "Dank ook voor de verwijzing naar uw portfolio."),
    "pt-BR": ("Obrigada também por indicar seu portfólio.", "Obrigada também por indicar o seu portfólio."),
    "pt": ("Obrigada também por me indicares o teu portefólio.", "Obrigada também por me indicar o seu portefólio."),
}
#: Round 149: a portfolio offered ("quieres ver mi portfolio, encantado de compartirlo", "ti mando volentieri il mio portfolio",
#: "Portfolio su richiesta") is not there yet: the CV asked of the job seeker becomes the portfolio (pattern, replacement).
_PORTFOLIO_ASKED = {
    "es": (r"\b(tu|su) CV\b", r"\1 portfolio"), "it": (r"\b(tuo|Suo) CV\b", r"\1 portfolio"),
    "fr": (r"\b(ton|votre) CV\b", r"\1 portfolio"), "en": (r"\byour CV\b", "your portfolio"),
    "nl": (r"\b(je|uw) cv\b", r"\1 portfolio"), "pt": (r"\b(teu|seu) CV\b", r"\1 portefólio"),
    "pt-BR": (r"\b(seu) currículo\b", r"\1 portfólio"),
    "de": (r"\b(dein|Ihr)en Lebenslauf\b", r"\1 Portfolio"),
}
#: the German CV taken up again further in its line ("an den ich ihn weitergeben kann"): the portfolio is "es"
_DE_CV_PRONOUN = r"(?<=Portfolio)([^\n]*?)\bihn\b"
#: The portfolio already there to see: on the profile, linked, attached, a site named (folded).
_PORTFOLIO_THERE = (r"\b(?:joins?|joint|jointe|profil|profile|perfil|profilo|profiel|attached|ci-joint|en piece jointe|adjunto|allegato|anexo|anbei|im anhang"
                     r"|bijgevoegd|bijlage|link|lien|enlace|linked|below|ci-dessous|abajo|qui sotto|abaixo|unten|hieronder|https?|www|behance|dribbble)\b|\.(?:com|fr|net|io)\b")
_PORTFOLIO_NOTE = r"\b(?:portfolio|portefolio|portafolio|portafoglio|portfolio|portefolio|book)\b"
#: A portfolio still to build, or advice on one asked (folded): "je cherche des conseils pour créer mon portfolio", "I'm
#: building my first portfolio", "ich baue gerade mein Portfolio auf", "quiero armar mi portafolio", "sto costruendo il mio
#: portfolio", "estou montando meu portfólio", "ik ben mijn portfolio aan het opbouwen": not one pointed to, never "thanks for
#: pointing me to it".
_PORTFOLIO_TO_BUILD = (r"\b(?:build\w*|creat\w*|make|making|put together|putting together|start\w*|tips|advice|conseils?|creer|construire|monter|realiser|faire|preparer"
                       r"|erstell\w*|aufbau\w*|aufzubauen|bau\w*|tipps?|ratschlag\w*|crear|armar|hacer|montar|preparar|consejos?|creare|costruire|costruendo|fare|preparare|consigli\w*"
                       r"|criar|fazer|montando|dicas?|conselhos?|maken|bouwen|opbouwen|opzetten|samenstellen|advies)\b[^.!?\n]{0,40}\b(?:portfolio|portefolio|portafolio|portafoglio)\b"
                       r"|\b(?:portfolio|portefolio|portafolio|portafoglio)\b[^.!?\n]{0,20}\b(?:aufbauen|aufzubauen|erstellen|opbouwen|maken|bouwen|aan het opbouwen)\b")
#: A portfolio named in one of her answers (folded): advice on proof of work, never a reading.
_PORTFOLIO_SAID = r"\b(?:portfolio|portefolio|portafolio|portafoglio)\b"
#: the owner's "which course for the job you want" answer (folded): a course choice, never an answer to a book asked for
#: ("Vous avez donné un cours … Quels livres conseilleriez-vous ?": the course is hers, the books are the question)
_COURSE_PICK_SAID = r"\b(?:course closest|formation la plus proche|curso mas cercano|corso piu vicino|weiterbildung wahlen|curso mais proximo|cursus kiezen die)\b"

#: "¿me das tu opinión sobre mi portafolio?", "Potresti dare un'occhiata al mio CV?", "feedback on my resume?": a job
#: seeker asking her to look at their own CV or portfolio (folded; the thing, then the look asked in the same sentence).
_REVIEW_THING = (r"\b(?:my|mon|ma|mes|mi|mis|mio|il mio|al mio|sul mio|meu|o meu|no meu|do meu|mein|meinen|meine|meinem|mijn)\s+"
                 r"(?:(?:linkedin|online|new|nouveau|nuevo|nuovo|novo|neuen?|nieuwe?)\s+)?"
                 r"(?P<thing>cv|c\.v\.|curriculum(?: vitae)?|curriculo|resume|lebenslauf|portfolio|portafolio|portefolio|portfolio|book)\b")
_REVIEW_ASK = (r"\b(?:feedback|thoughts|opinion|opiniao|avis|retour|parere|meinung|einschatzung|mening|critique|review|revis\w*|relire|relecture"
               r"|look (?:at|over)|(?:have|take) a (?:quick |short )?look|what you think|glance|draufschau\w*|draufzuschauen|reinschau\w*|reinzuschauen|œil|vistazo|ojo|occhiat\w*|occhio|olhad\w*|(?:coup d')?oeil|vista de olhos|blick|anschau\w*|ansehen|anzusehen|durchsehen|druberschau\w*"
               r"|bekijk\w*|kijken|naar kijken|checken|check|schau(?:en|st|t)?|regard(?:er|es|ez|iez)|guarda(?:re|rlo|resti|rebbe)|guardi|mirar\w*|ver o meu)\b")
#: "portfolio on my profile", "CV attached", "link below": the thing is there already (no "send it to me").
_REVIEW_THERE = (r"\b(?:profil|profile|perfil|profilo|profiel|attached|ci-joint|en piece jointe|adjunto|allegato|in allegato|anexo|em anexo|anbei"
                 r"|im anhang|bijgevoegd|in de bijlage|link|lien|enlace|linked|below|ci-dessous|abajo|qui sotto|abaixo|unten|hieronder)\b")


def portfolio_asked(text: str, lang: str) -> str:
    """The draft's CV request made a request for the portfolio the job seeker offered ("" when it holds none).

    >>> portfolio_asked("Hallo Lena,\\n\\nSchick mir gern deinen Lebenslauf: an den ich ihn weitergeben kann.", "de").split("\\n")[-1]
    'Schick mir gern dein Portfolio: an den ich es weitergeben kann.'
    >>> portfolio_asked("Thanks!", "en")
    ''
    """
    pattern, repl = _PORTFOLIO_ASKED.get(lang) or _PORTFOLIO_ASKED.get(lang[:2]) or ("", "")
    if not pattern or not cre.search(pattern, text):
        return ""
    asked = cre.sub(pattern, repl, text, count=1)
    return cre.sub(_DE_CV_PRONOUN, r"\1es", asked, count=1) if lang[:2] == "de" else asked


def review_asked(note: str) -> str:
    """"portfolio" or "cv" when the note asks her to look at the sender's own portfolio or CV, sent or to send ("" otherwise).

    >>> review_asked("Me encantaría que me dieras tu opinión sobre mi portafolio.")
    'portfolio'
    >>> review_asked("Você poderia dar uma olhada no meu currículo?")
    'cv'
    >>> review_asked("Mon portfolio est sur mon profil, n'hésite pas à y jeter un œil.")
    ''
    >>> review_asked("Any tips on building a portfolio?")
    ''
    """
    for sentence in cre.findall(r"[^.!?\n]+[.!?]?", fold(note)):
        thing = cre.search(_REVIEW_THING, sentence)
        if thing and cre.search(_REVIEW_ASK, sentence) and not cre.search(_REVIEW_THERE, sentence):
            return "cv" if thing.group("thing") not in ("portfolio", "portafolio", "portefolio", "book") else "portfolio"
    return ""


#: Her offer to look at a job seeker's CV or portfolio (informal, formal): sent here, read, an honest opinion given.
_LOOK_LINE = {
    "portfolio": {
        "en": ("Send me the link to your portfolio here: I'll take a proper look and give you my honest feedback.",
               "Feel free to send me the link to your portfolio here: I'll take a proper look and give you my honest feedback."),
        "fr": ("Envoie-moi le lien de ton portfolio ici : je le regarde tranquillement et je te fais un retour sincère.",
               "Envoyez-moi le lien de votre portfolio ici : je le regarderai tranquillement et vous ferai un retour sincère."),
        "es": ("Envíame el enlace a tu portafolio por aquí: lo miro con calma y te doy mi opinión sincera.",
               "Envíeme el enlace a su portafolio por aquí: lo miro con calma y le doy mi opinión sincera."),
        "it": ("Mandami pure il link al tuo portfolio qui: lo guardo con calma e ti dico sinceramente cosa ne penso.",
               "Mi mandi pure il link al Suo portfolio qui: lo guarderò con calma e Le dirò sinceramente cosa ne penso."),
        "pt": ("Envia-me o link do teu portefólio por aqui: vejo-o com calma e dou-te a minha opinião sincera.",
               "Envie-me o link do seu portefólio por aqui: vejo-o com calma e dou-lhe a minha opinião sincera."),
        "pt-BR": ("Me manda o link do seu portfólio por aqui: dou uma olhada com calma e te digo com sinceridade o que achei.",
                  "Pode me enviar o link do seu portfólio por aqui? Vou olhar com calma e dar minha opinião sincera."),
        "de": ("Schick mir gern hier den Link zu deinem Portfolio, dann schaue ich es mir in Ruhe an und sage dir ehrlich, was mir auffällt.",
               "Schicken Sie mir gern hier den Link zu Ihrem Portfolio, dann sehe ich es mir in Ruhe an und sage Ihnen ehrlich, was mir auffällt."),
        "nl": ("Stuur me hier gerust de link naar je portfolio, dan bekijk ik het rustig en geef ik je eerlijke feedback.",
               "Stuur me hier gerust de link naar uw portfolio, dan bekijk ik het rustig en geef ik u eerlijke feedback."),
    },
    "cv": {
        "en": ("Send me your CV here: I'll read it carefully and tell you honestly what I'd change.",
               "Feel free to send me your CV here: I'll read it carefully and tell you honestly what I would change."),
        "fr": ("Envoie-moi ton CV ici : je le lis attentivement et je te dis franchement ce que je changerais.",
               "Envoyez-moi votre CV ici : je le lirai attentivement et vous dirai franchement ce que je changerais."),
        "es": ("Envíame tu CV por aquí: lo leo con calma y te digo con sinceridad qué cambiaría.",
               "Envíeme su CV por aquí: lo leo con calma y le digo con sinceridad qué cambiaría."),
        "it": ("Mandami pure il tuo CV qui: lo leggo con calma e ti dico sinceramente cosa cambierei.",
               "Mi mandi pure il Suo CV qui: lo leggerò con calma e Le dirò sinceramente cosa cambierei."),
        "pt": ("Envia-me o teu CV por aqui: leio-o com calma e digo-te com franqueza o que mudaria.",
               "Envie-me o seu CV por aqui: leio-o com calma e digo-lhe com franqueza o que mudaria."),
        "pt-BR": ("Me manda seu currículo por aqui: leio com calma e te digo com sinceridade o que eu mudaria.",
                  "Pode me enviar seu currículo por aqui? Vou ler com calma e dizer com sinceridade o que eu mudaria."),
        "de": ("Schick mir gern hier deinen Lebenslauf, dann lese ich ihn in Ruhe und sage dir ehrlich, was ich ändern würde.",
               "Schicken Sie mir gern hier Ihren Lebenslauf, dann lese ich ihn in Ruhe und sage Ihnen ehrlich, was ich ändern würde."),
        "nl": ("Stuur me hier gerust je cv, dan lees ik het rustig en zeg ik je eerlijk wat ik zou veranderen.",
               "Stuur me hier gerust uw cv, dan lees ik het rustig en zeg ik u eerlijk wat ik zou veranderen."),
    },
}



#: The sender's own site or shop (folded): "mon nouveau site", "my store", "meinem neuen Onlineshop", "mijn eigen keramiek
#: winkeltje", "la mia boutique online", "minha loja", "mi tienda online", "nuestra web" (a possessive, up to two words, the thing).
_OWN_SITE = (r"\b(?:my|our|mon|ma|notre|mi|nuestr[oa]|(?:il |al |sul |del |nel )?(?:mio|nostro)|(?:la |alla |sulla |della |nella )?(?:mia|nostra)"
             r"|(?:o |no |do |ao )?(?:meu|nosso)|(?:a |na |da |a )?(?:minha|nossa)|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mijn|m'?n|onze|ons)\s+"
             r"(?:(?!(?:cv|portfolio|profil\w*|profile?|perfil|page linkedin)\b)[\w'-]+\s+){0,2}?"
             r"(?:(?P<site>site(?: web| internet)?|website|web ?site|sitio(?: web)?|web|pagina web|sito(?: web| internet)?|webseite|homepage|internetseite|landing ?page)"
             r"|(?P<shop>e-?shop|webshop|online ?shop|onlineshop|shop|store|boutique|tienda|tiendita|loja|lojinha|negozio|negozietto|winkel(?:tje)?|webwinkel|e-?commerce|laden)"
             # "naar mijn Instagram kijken", "a look at my Instagram", "un œil à mon compte Insta": her look at their account
             # ("my Instagram campaigns", "unsere Instagram-Kampagnen": ads asked about, never the account looked at)
             r"|(?P<insta>instagram|insta)(?![ -]?(?:campa\w*|kampagn\w*|ads?|adverts?|werbung|anzeigen|annunci|anuncios?|advertent\w*|reels?|posts?|strat\w*|marketing|budget)\b))\b"
             # "il sito della mia attività", "le site de ma boutique", "the website of my studio": the site, the possessive after it
             r"|\b(?P<site_of>site(?: web| internet)?|website|sitio(?: web)?|sito(?: web)?|webseite|website) (?:of|de|della|del|di|da|do|van|von) (?:my|our|ma|mon|notre|mi|la mia|mia|nostr[ao]|minha|meu|mijn|onze|meiner|meinem|unserer)\b")
#: Just launched or new (folded): "j'ai enfin lancé", "just launched", "acabo de abrir", "ho appena lanciato", "gerade
#: gelauncht", "net begonnen", "lancei", "new", "nouveau", "neuen", "nieuwe".
_SITE_NEW = (r"\b(?:launch\w*|lanc\w*|lanz\w*|gelauncht|gelanceerd|lanceer\w*|live"
             r"|(?:just |enfin |finally |recien |appena |acabei de |gerade )?(?:opened|started|ouvert|abierto|abri|aperto|acabo de abrir|acabei de abrir|viens d'ouvrir|eroffnet|gestartet|geopend|begonnen|online gegangen|online gezet|en ligne)"
             r"|new|nouveau|nouvelle|nuev[oa]|nuov[oa]|nov[oa]|neue[mnrs]?|neu|nieuwe?)\b")
#: A launch still to come (folded): "je vais lancer", "going to launch", "voy a abrir", "sto per lanciare", "bald", "binnenkort".
_SITE_SOON = (r"\b(?:vais|allons|going to|gonna|will|voy a|vamos a|sto per|stiamo per|vou|vamos|werde|werden|bald|demnachst|binnenkort|ga ik|gaan"
              r"|soon|bientot|prochainement|pronto|presto|em breve|planning|prevois|pienso|penso di|plane|van plan)\b")
#: The link given already (folded): a web address, "link below", "in my bio", "on my profile".
_SITE_THERE = (r"(?:https?://|www\.|\b[\w-]+\.(?:com|fr|de|nl|es|it|pt|be|ch|eu|shop|store|co|io|net|org|br)\b"
               r"|\b(?:below|ci-dessous|abajo|qui sotto|abaixo|unten|hieronder|bio|(?:my|mon|mi|il mio|meu|o meu|meinem|mijn) (?:profile?|perfil|profilo|profiel)\b))")


def site_look(note: str) -> tuple[str, bool, bool]:
    """("site" or "shop", new, link there) when the note asks her to look at the sender's own site or shop, else ("", …).

    The thing and the look asked in one sentence, or the thing in the sentence just before the ask ("Just opened my shop!
    Would love your feedback"); "your opinion on SEO" or a look at a CV or portfolio is not it.

    >>> site_look("J'ai enfin lancé mon site, j'aimerais bien ton avis dessus quand t'as 5 min")
    ('site', True, False)
    >>> site_look("Ich habe gerade meinen Onlineshop gestartet. Magst du mal drüberschauen? www.kleinkram.de")
    ('shop', True, True)
    >>> site_look("Any tips for my shop's SEO?"), site_look("Would love your opinion on LinkedIn ads for my store.")
    (('', False, False), ('', False, False))
    >>> site_look("Thanks again for your feedback on our landing page!"), site_look("Merci d'avance pour ton avis sur mon site !")[0]
    (('', False, False), 'site')
    >>> site_look("AI texts risky for product pages too? We have 3000 products in our shop. Curious about your opinion!")
    ('', False, False)
    """
    folded = fold(note or "")
    parts = cre.findall(r"[^.!?\n]+[.!?]?", folded)
    for i, sentence in enumerate(parts):
        ask = cre.search(_REVIEW_ASK, sentence)
        if not ask or cre.search(r"\b(?:on|about|sur|zu|sobre|su|over|op) (?!(?:it|ihn|sie|es|lo|la|het|ca|cela)\b)(?:\w+ ){0,2}?(?:seo|ads|adwords|linkedin|instagram|tiktok|strat\w*)\b", sentence[ask.end():]):
            continue
        if "?" not in sentence and cre.search(_THANKED_BACK, sentence[:ask.start()]):
            continue  # "Thanks again for your feedback on our landing page!": a look already given, thanked, never offered again
        for where in (sentence, parts[i - 1] if i else ""):
            own = cre.search(_OWN_SITE, where)
            if own and where is not sentence and "?" not in sentence + where and any("?" in p for p in parts[:i - 1]):
                # "… geldt dat ook voor productteksten? Wij hebben 3000 producten in onze shop. Benieuwd naar je mening!":
                # the opinion closes the question asked before the shop is told, never a look at the shop
                continue
            if own:
                kind = "insta" if own.group("insta") else "site" if own.group("site") or own.group("site_of") else "shop"
                return (kind, bool(cre.search(_SITE_NEW, where)) and not cre.search(_SITE_SOON, where), bool(cre.search(_SITE_THERE, folded)))
    return "", False, False


#: Her look at the sender's site or shop (informal, formal): "ask" has her ask for the link, "there" looks at the one given.
_SITE_LOOK = {
    "en": {"ask": ("Send me the link to {x} here: I'll have a look and tell you honestly what I think.",
                   "Feel free to send me the link to {x} here: I'll have a look and tell you honestly what I think."),
           "there": ("I'll have a look at {x} and tell you honestly what I think.", "I'll have a look at {x} and tell you honestly what I think.")},
    "fr": {"ask": ("Envoie-moi le lien de {x} ici : j'y jette un œil et je te dis franchement ce que j'en pense.",
                   "Envoyez-moi le lien de {x} ici : j'y jetterai un œil et vous dirai franchement ce que j'en pense."),
           "there": ("Je vais jeter un œil à {x} et je te dirai franchement ce que j'en pense.", "Je vais jeter un œil à {x} et je vous dirai franchement ce que j'en pense.")},
    "es": {"ask": ("Envíame el enlace de {x} por aquí: le echo un vistazo y te digo con sinceridad qué me parece.",
                   "Envíeme el enlace de {x} por aquí: le echaré un vistazo y le diré con sinceridad qué me parece."),
           "there": ("Le echo un vistazo a {x} y te digo con sinceridad qué me parece.", "Le echaré un vistazo a {x} y le diré con sinceridad qué me parece.")},
    "it": {"ask": ("Mandami pure qui il link {x}: ci do un'occhiata e ti dico sinceramente cosa ne penso.",
                   "Mi mandi pure qui il link {x}: ci darò un'occhiata e Le dirò sinceramente cosa ne penso."),
           "there": ("Do volentieri un'occhiata {x} e ti dico sinceramente cosa ne penso.", "Darò volentieri un'occhiata {x} e Le dirò sinceramente cosa ne penso.")},
    "pt": {"ask": ("Envia-me o link {x} por aqui: dou uma vista de olhos e digo-te com franqueza o que acho.",
                   "Envie-me o link {x} por aqui: dou uma vista de olhos e digo-lhe com franqueza o que acho."),
           "there": ("Vou dar uma vista de olhos {x} e digo-te com franqueza o que acho.", "Vou dar uma vista de olhos {x} e digo-lhe com franqueza o que acho.")},
    "pt-BR": {"ask": ("Me manda o link {x} por aqui: dou uma olhada e te digo com sinceridade o que penso.",
                      "Pode me enviar o link {x} por aqui? Vou dar uma olhada e dizer com sinceridade o que penso."),
              "there": ("Vou dar uma olhada {x} e te digo com sinceridade o que penso.", "Vou dar uma olhada {x} e dizer com sinceridade o que penso.")},
    "de": {"ask": ("Schick mir gern hier den Link {x}, dann schaue ich mal rein und sage dir ehrlich, was mir auffällt.",
                   "Schicken Sie mir gern hier den Link {x}, dann schaue ich gern hinein und sage Ihnen ehrlich, was mir auffällt."),
           "there": ("Ich schaue mir {x} gern an und sage dir ehrlich, was mir auffällt.", "Ich sehe mir {x} gern an und sage Ihnen ehrlich, was mir auffällt.")},
    "nl": {"ask": ("Stuur me hier gerust de link naar {x}, dan kijk ik even mee en zeg ik je eerlijk wat me opvalt.",
                   "Stuur me hier gerust de link naar {x}, dan kijk ik even mee en zeg ik u eerlijk wat me opvalt."),
           "there": ("Ik kijk graag even naar {x} en zeg je eerlijk wat me opvalt.", "Ik kijk graag even naar {x} en zeg u eerlijk wat me opvalt.")},
}
#: The site or shop as each line says it: (mode, kind) → (informal, formal).
_SITE_NOUN = {
    "en": {"site": ("your site",) * 2, "shop": ("your shop",) * 2},
    "fr": {"site": ("ton site", "votre site"), "shop": ("ta boutique", "votre boutique")},
    "es": {"site": ("tu web", "su web"), "shop": ("tu tienda", "su tienda")},
    "it": {"site": ("del tuo sito", "del Suo sito"), "shop": ("del tuo negozio", "del Suo negozio"),
           "there_site": ("al tuo sito", "al Suo sito"), "there_shop": ("al tuo negozio", "al Suo negozio")},
    "pt": {"site": ("do teu site", "do seu site"), "shop": ("da tua loja", "da sua loja"),
           "there_site": ("ao teu site", "ao seu site"), "there_shop": ("à tua loja", "à sua loja")},
    "pt-BR": {"site": ("do seu site",) * 2, "shop": ("da sua loja",) * 2, "there_site": ("no seu site",) * 2, "there_shop": ("na sua loja",) * 2},
    "de": {"site": ("zu deiner Website", "zu Ihrer Website"), "shop": ("zu deinem Shop", "zu Ihrem Shop"),
           "there_site": ("deine Website", "Ihre Website"), "there_shop": ("deinen Shop", "Ihren Shop")},
    "nl": {"site": ("je site", "uw site"), "shop": ("je webshop", "uw webshop")},
}
#: Her yes to a look at the sender's Instagram, and what she will look at (informal, formal).
_INSTA_LOOK = {
    "en": ("Happy to have a look at your Instagram! Send me your handle here and I'll tell you honestly what I think of the bio, the feed and the captions.",
           "I'd be happy to have a look at your Instagram. Send me your handle here and I'll tell you honestly what I think of the bio, the feed and the captions."),
    "fr": ("Avec plaisir pour ton Instagram ! Envoie-moi ton compte ici et je te dirai franchement ce que je pense de la bio, du feed et des légendes.",
           "Avec plaisir pour votre Instagram. Envoyez-moi votre compte ici et je vous dirai franchement ce que je pense de la bio, du feed et des légendes."),
    "es": ("¡Con gusto le echo un vistazo a tu Instagram! Pásame tu usuario por aquí y te digo con sinceridad qué me parecen la bio, el feed y los textos.",
           "Con gusto le echaré un vistazo a su Instagram. Envíeme su usuario por aquí y le diré con sinceridad qué me parecen la bio, el feed y los textos."),
    "it": ("Do volentieri un'occhiata al tuo Instagram! Mandami qui il nome del profilo e ti dico sinceramente cosa penso della bio, del feed e delle didascalie.",
           "Darò volentieri un'occhiata al Suo Instagram. Mi mandi qui il nome del profilo e Le dirò sinceramente cosa penso della bio, del feed e delle didascalie."),
    "pt": ("Dou com todo o gosto uma vista de olhos ao teu Instagram! Envia-me o teu perfil por aqui e digo-te com franqueza o que acho da bio, do feed e das legendas.",
           "Dou com todo o gosto uma vista de olhos ao seu Instagram. Envie-me o seu perfil por aqui e digo-lhe com franqueza o que acho da bio, do feed e das legendas."),
    "pt-BR": ("Dou uma olhada no seu Instagram com prazer! Me manda o seu @ por aqui e te digo com sinceridade o que acho da bio, do feed e das legendas.",
              "Dou uma olhada no seu Instagram com prazer. Pode me enviar o seu @ por aqui? Digo com sinceridade o que acho da bio, do feed e das legendas."),
    "de": ("Ich schaue mir dein Instagram gern an! Schick mir hier deinen Account-Namen, dann sage ich dir ehrlich, was mir an Bio, Feed und Captions auffällt.",
           "Ich sehe mir Ihr Instagram gern an. Schicken Sie mir hier Ihren Account-Namen, dann sage ich Ihnen ehrlich, was mir an Bio, Feed und Captions auffällt."),
    "nl": ("Ik kijk graag even naar je Instagram! Stuur me hier je accountnaam, dan zeg ik je eerlijk wat me opvalt aan je bio, je feed en je captions.",
           "Ik kijk graag even naar uw Instagram. Stuur me hier uw accountnaam, dan zeg ik u eerlijk wat me opvalt aan uw bio, uw feed en uw captions."),
}
#: Congratulations on a site or shop just launched (informal, formal).
_SITE_CONGRATS = {"en": ("Congrats on the launch!", "Congratulations on the launch!"), "fr": ("Bravo pour le lancement !", "Félicitations pour le lancement !"),
                  "es": ("¡Enhorabuena por el lanzamiento!", "¡Enhorabuena por el lanzamiento!"), "it": ("Complimenti per il lancio!", "Complimenti per il lancio!"),
                  "pt": ("Parabéns pelo lançamento!", "Parabéns pelo lançamento!"), "de": ("Glückwunsch zum Launch!", "Herzlichen Glückwunsch zum Launch!"),
                  "nl": ("Gefeliciteerd met de lancering!", "Gefeliciteerd met de lancering!")}

#: The drafts where a look at the sender's site or shop is the answer (never a proposal, a pitch or a job).
_SITE_LOOK_NAMES = ("ask_for_help", "client", "met_before", "content", "benefit", "exchange", "generic", "referral", "business_proposal")


def site_look_line(note: str, lang: str, *, informal: bool) -> str:
    """Congratulations when it is new, then her look at the sender's site or shop (the link asked unless given), or "".

    >>> site_look_line("Just launched my store - would love your honest feedback when you get a sec", "en", informal=True)
    "Congrats on the launch! Send me the link to your shop here: I'll have a look and tell you honestly what I think."
    """
    kind, new, there = site_look(note)
    rows, nouns = _SITE_LOOK.get(lang) or _SITE_LOOK.get(lang[:2]), _SITE_NOUN.get(lang) or _SITE_NOUN.get(lang[:2])
    if not kind or not rows or not nouns:
        return ""
    mode = "there" if there else "ask"
    if kind == "insta":
        # "would you look at my Instagram?": a yes and what she will look at (the handle asked), never only "how is the shop?"
        line = (_INSTA_LOOK.get(lang) or _INSTA_LOOK[lang[:2]])[0 if informal else 1]
    else:
        noun = (nouns.get(f"{mode}_{kind}") or nouns[kind])[0 if informal else 1]
        line = rows[mode][0 if informal else 1].format(x=noun)
    congrats = _SITE_CONGRATS.get(lang[:2], ("", ""))[0 if informal else 1] if new else ""
    return f"{congrats} {line}".strip()

#: Their ads account or campaigns offered to be shown to her, or her look at them asked ("Kann ich dir mal meinen Account
#: zeigen?", "mag ik je mijn account laten zien?", "could you take a look at my campaigns?"), folded.
_ACCOUNT_SHOWN = (r"\b(?:show you|te montrer|vous montrer|(?:dir|ihnen) (?:\w+ ){0,4}zeigen|(?:je|jou|u) (?:\w+ ){0,4}laten zien|mostrarte|mostrarle|ensenarte"
                  r"|mostrarti|farti vedere|mostrar-te|mostrar-lhe|te mostrar|look at|have a look|take a look|(?:jeter|jetterais?) un (?:oeil|coup d'oeil)|regarder"
                  r"|anschauen|ansehen|drauf ?schauen|bekijken|kijken naar|echar(?:le)? un vistazo|mirar|dare un'occhiata|guardare|dar uma olhada|olhar)\b")
#: … their own ads account or campaigns, with its possessive ("meinen Account", "mijn account", "my campaigns", "il mio account").
_ADS_ACCOUNT = (r"\b(?:my|our|mein\w*|unser\w*|mijn|onze|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mio|mia|miei|mie|nostr[oaie]|meu|meus|minha|minhas|nossa|nossas)"
                r"\s+(?:\w+[ -]){0,2}?(?:(?:ads|meta|facebook|google|werbe|advertentie)[ -]?(?:account|konto|manager)|account|konto|compte|cuenta|conta"
                r"|campaigns?|campagnes?|kampagnen?|campanas?|campanhas?|campagne)\b")
#: Her yes to looking at their ads account together: a short video call with their screen shared, then the dates (no fee named).
_ACCOUNT_LOOK = {
    "en": ("Happy to look at your account with you: the easiest is a 20-minute video call where you share your screen. Which days suit you next week?",
           "I would be happy to look at your account with you: the easiest is a 20-minute video call where you share your screen. Which days would suit you next week?"),
    "fr": ("Avec plaisir, regardons ton compte ensemble : le plus simple est un appel vidéo de 20 minutes où tu partages ton écran. Quels jours t'arrangent la semaine prochaine ?",
           "Avec plaisir, regardons votre compte ensemble : le plus simple est un appel vidéo de 20 minutes où vous partagez votre écran. Quels jours vous arrangent la semaine prochaine ?"),
    "de": ("Gern schaue ich mir deinen Account mit dir an: am einfachsten in einem Videocall von 20 Minuten, in dem du deinen Bildschirm teilst. Welche Tage passen dir nächste Woche?",
           "Gern schaue ich mir Ihren Account mit Ihnen an: am einfachsten in einem Videocall von 20 Minuten, in dem Sie Ihren Bildschirm teilen. Welche Tage passen Ihnen nächste Woche?"),
    "es": ("Con gusto miramos tu cuenta juntos: lo más fácil es una videollamada de 20 minutos en la que compartes pantalla. ¿Qué días te vienen bien la semana que viene?",
           "Con gusto miramos su cuenta juntos: lo más fácil es una videollamada de 20 minutos en la que comparte pantalla. ¿Qué días le vienen bien la semana que viene?"),
    "it": ("Volentieri guardiamo insieme il tuo account: la cosa più semplice è una videochiamata di 20 minuti in cui condividi lo schermo. Quali giorni ti vanno bene la settimana prossima?",
           "Volentieri guardiamo insieme il Suo account: la cosa più semplice è una videochiamata di 20 minuti in cui condivide lo schermo. Quali giorni Le vanno bene la settimana prossima?"),
    "pt": ("Com todo o gosto vemos a tua conta juntos: o mais simples é uma videochamada de 20 minutos em que partilhas o ecrã. Que dias te dão jeito na próxima semana?",
           "Com todo o gosto vemos a sua conta juntos: o mais simples é uma videochamada de 20 minutos em que partilha o ecrã. Que dias lhe dão jeito na próxima semana?"),
    "pt-BR": ("Claro, vamos olhar a sua conta juntos: o mais simples é uma videochamada de 20 minutos em que você compartilha a tela. Que dias ficam bons para você na semana que vem?",
              "Claro, podemos olhar a sua conta juntos: o mais simples é uma videochamada de 20 minutos em que o senhor compartilha a tela. Que dias ficam bons na semana que vem?"),
    "nl": ("Ja, graag kijk ik samen met je naar je account: het makkelijkst is een videocall van 20 minuten waarin je je scherm deelt. Welke dagen komen je volgende week uit?",
           "Ja, graag kijk ik samen met u naar uw account: het makkelijkst is een videocall van 20 minuten waarin u uw scherm deelt. Welke dagen komen u volgende week uit?"),
}


def account_look_line(note: str, lang: str, *, informal: bool) -> str:
    """Her yes to looking at the sender's ads account together, when the last question offers or asks it, or "".

    >>> account_look_line("Meine Ads performen null. Kann ich dir mal meinen Account zeigen?", "de", informal=True)[:32]
    'Gern schaue ich mir deinen Accou'
    >>> account_look_line("Kann ich dir mal meinen Shop zeigen?", "de", informal=True)
    ''
    """
    row = _ACCOUNT_LOOK.get(lang) or _ACCOUNT_LOOK.get(lang[:2])
    asked = fold(_last_question(note) or "")
    if not row or not (cre.search(_ACCOUNT_SHOWN, asked) and cre.search(_ADS_ACCOUNT, asked)):
        return ""
    return row[0 if informal else 1]


#: "My CV is on my profile", "CV en pièce jointe", "mein Lebenslauf ist im Profil", "cv staat op mijn profiel": the CV is
#: already there, in the same sentence as where it is (folded note).
_CV_TOLD = (r"\b(?:cv|c\.v\.|resume|lebenslauf|curriculum|curriculo)\b[^.!?\n]{0,50}?(?:\b(?:profile?|perfil|profilo|profiel)\b|\blinked\b|\battached\b"
            r"|\b(?:ci-)?jointe?\b|\banbei\b|\bangehangt\b|\banhang\b|\bbijlage\b|\bbijgevoegd\b|\ballegato\b|\badjunto\b|\banexo\b|\banexado\b)"
            r"|\b(?:profile?|perfil|profilo|profiel)\b[^.!?\n]{0,40}?\b(?:cv|c\.v\.|resume|lebenslauf|curriculum|curriculo)\b"
            # "Adjunto mi CV", "je joins mon CV", "in allegato il mio CV", "segue em anexo o meu currículo", "I've attached my CV"
            r"|" + r"\b(?:adjunto|adjunta|te adjunto|le adjunto|anexo|em anexo|segue|allego|ti allego|le allego|in allegato|je joins|je vous joins"
            r"|je te joins|ci-joint|ci-jointe|i attach|i'?ve attached|i have attached|attaching|attached|anbei|im anhang|in de bijlage|bijgevoegd)\b"
            r"[^.!?\n]{0,25}?\b(?:cv|c\.v\.|resume|lebenslauf|curriculum|curriculo)\b")
#: The CV is attached or sent with the note, not on the profile (folded): it is read as it is, "your CV", never "on your profile".
_CV_SENT = (r"\b(?:attached|attaching|attach|joins|ci-jointe?|jointe?|anbei|angehangt|anhang|bijlage|bijgevoegd|allegato|allego|adjunt[oa]|anexo|anexado)\b")


#: The CV only offered, "if needed" (folded): "je vous joins mon CV si besoin", "happy to attach my CV if useful", "CV anbei,
#: falls gewünscht", "te adjunto mi CV si quieres", "allego il CV se serve", "anexo o currículo se precisar", "cv in de bijlage
#: indien gewenst": nothing is attached to a LinkedIn note, so the CV is asked for, never "I'll read it".
_CV_IF_WANTED = (r"\b(?:si besoin|si (?:vous|tu) (?:voulez|veux|le souhaitez|le souhaites)|si (?:ca|cela) (?:vous|t')\s?interesse|au besoin"
                 r"|if (?:needed|useful|helpful|you(?:'d)? (?:like|want|need)|it helps)|happy to|falls (?:gewunscht|gewuenscht|notig|interessant|du (?:magst|willst)|sie (?:mochten|wollen))|bei bedarf"
                 r"|si (?:quieres|quiere|lo necesitas|lo necesita|hace falta|te sirve|le sirve)|se (?:vuoi|vuole|serve|ti serve|le serve|necessario)"
                 r"|se (?:quiser|precisar|for util|necessario)|caso (?:queira|precise)|indien gewenst|als je (?:wilt|wil)|als u (?:wilt|wil)|desgewenst)\b")


def cv_told(note: str) -> bool:
    """The sender says where the CV already is: it is read there, never asked for (not "can I send you my CV?").

    >>> cv_told("Mon CV est dispo sur mon profil."), cv_told("Mijn cv staat op mijn profiel"), cv_told("Puis-je vous envoyer mon CV ?")
    (True, True, False)
    """
    for sentence in cre.split(r"(?<=[.!?\n])", fold(note or "")):
        if "?" not in sentence and cre.search(_CV_TOLD, sentence) and not cre.search(_CV_IF_WANTED, sentence):
            return True
    return False


#: The draft's "send me your CV (here)" per language → "I'll read the CV on your profile" (informal, formal).
_CV_ASK = {
    "en": (r"\b(?:[Ff]eel free to |[Pp]lease )?[Ss]end me your CV(?: here)?", "I'll have a look at the CV on your profile", "I'll have a look at the CV on your profile"),
    "fr": (r"\b[Ee]nvoie-moi ton CV(?: ici)?|\b[Ee]nvoyez-moi votre CV(?: ici)?", "je lirai le CV que tu as mis sur ton profil", "je lirai le CV que vous avez mis sur votre profil"),
    "de": (r"\b[Ss]chick(?:en Sie)? mir ((?:aber |bis dahin )?)gern (?:deinen|Ihren) Lebenslauf", "ich schaue mir \\1gern den Lebenslauf in deinem Profil an",
           "ich schaue mir \\1gern den Lebenslauf in Ihrem Profil an"),
    "nl": (r"\b[Ss]tuur(?:t u)? (?:me|mij) (?:hier )?((?:gerust |intussen )*)(?:hier )?(?:je|uw) cv", "ik bekijk \\1graag het cv op je profiel", "ik bekijk \\1graag het cv op uw profiel"),
    "es": (r"\b[Ee]nv[ií]ame tu CV(?: por aquí)?(?: si quieres)?|\b[Ee]nv[ií]eme su CV(?: por aquí)?(?: si quiere)?", "leeré el CV de tu perfil", "leeré el CV de su perfil"),
    "it": (r"\b[Mm]andami (?:pure |qui )*il tuo CV(?: qui)?|\b[Mm]i mandi (?:pure |qui )*il Suo CV(?: qui)?", "leggo volentieri il CV sul tuo profilo",
           "leggo volentieri il CV sul Suo profilo"),
    "pt-BR": (r"\b(?:[Pp]ode me (?:enviar|mandar)|[Mm]e manda) seu currículo(?: por aqui)?", "vou ler o currículo do seu perfil", "vou ler o currículo do seu perfil"),
    "pt": (r"\b[Ee]nvia-me o teu CV(?: por aqui)?|\b[Ee]nvie-me o seu CV(?: por aqui)?", "vou ler o CV do teu perfil", "vou ler o CV do seu perfil"),
}


#: The same "send me your CV" → "I'll read your CV", for a CV the note says is attached (informal, formal).
_CV_READ = {
    "en": ("I'll have a look at your CV", "I'll have a look at your CV"),
    "fr": ("je lirai ton CV", "je lirai votre CV"),
    "de": ("ich schaue mir \\1gern deinen Lebenslauf an", "ich schaue mir \\1gern Ihren Lebenslauf an"),
    "nl": ("ik bekijk \\1graag je cv", "ik bekijk \\1graag uw cv"),
    "es": ("leeré tu CV", "leeré su CV"),
    "it": ("leggo volentieri il tuo CV", "leggo volentieri il Suo CV"),
    "pt-BR": ("vou ler seu currículo", "vou ler seu currículo"),
    "pt": ("vou ler o teu CV", "vou ler o seu CV"),
}


def cv_sent(note: str) -> bool:
    """The note says the CV comes with it ("Adjunto mi CV", "CV ci-joint"), not that it is on the profile.

    >>> cv_sent("Adjunto mi CV."), cv_sent("Mon CV est dispo sur mon profil.")
    (True, False)
    """
    return cv_told(note) and bool(cre.search(_CV_SENT, fold(note or ""))) and not cre.search(r"\b(?:profile?|perfil|profilo|profiel)\b", fold(note or ""))


#: "after reading it" in the line after the CV, said again once "send me your CV" became "I'll read your CV".
_READ_AGAIN = r"(?:(?<=: )|(?<=, and ))(?:après l'avoir lu|once I've read it|dopo averlo letto), "


def cv_from_profile(text: str, lang: str, *, informal: bool, sent: bool = False) -> str:
    """A draft to a sender whose CV is on the profile reads it there, never "send me your CV".

    >>> cv_from_profile("Thanks! Feel free to send me your CV here, and I'll tell you if I see a lead.", "en", informal=True)
    "Thanks! I'll have a look at the CV on your profile, and I'll tell you if I see a lead."
    >>> cv_from_profile("Merci. Envoyez-moi votre CV ici : je vous dirai si je vois une piste.", "fr", informal=False)
    'Merci. Je lirai le CV que vous avez mis sur votre profil : je vous dirai si je vois une piste.'
    """
    entry = _CV_ASK.get(lang) or _CV_ASK.get(lang[:2])
    if not entry:
        return text
    pat, tu, vous = entry
    if sent:
        tu, vous = _CV_READ.get(lang) or _CV_READ.get(lang[:2]) or (tu, vous)

    def swap(m: Any) -> str:
        out = m.expand(tu if informal else vous)
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    read = cre.sub(pat, swap, text)
    # "Je lirai votre CV : après l'avoir lu, je vous donnerai …": the reading is said once
    return cre.sub(_READ_AGAIN, "", read) if read != text else read


def one_promise(text: str, lang: str, specific: bool = False, period: bool = False) -> str:
    """One promise to pass on leads: a generic "If I hear of a new role" goes; a specific one ("an internship in SEO from
    March") stays and the answer's "and tell you if I see a lead" goes instead.

    >>> one_promise("Thanks! If I hear of a new role, I'll let you know.\\nSend me your CV and I'll tell you if I see a lead.", "en")
    "Thanks!\\nSend me your CV and I'll tell you if I see a lead."
    """
    first, lead = _FIRST_PROMISE.get(lang), _LEAD_PROMISE.get(lang)
    if not (first and lead and cre.search(lead, text) and cre.search(first, text)):
        return text
    if period and lang in _LEAD_TAIL and cre.search(_LEAD_TAIL[lang], text):
        # "um estágio em marketing digital de março a agosto": the dates are said only in the first promise, which stays
        return cre.sub(_LEAD_TAIL[lang], "", text, count=1)
    if specific and lang in _LEAD_CLAUSE and cre.search(_LEAD_CLAUSE[lang], text):
        return cre.sub(_LEAD_CLAUSE[lang], "", text, count=1)
    if specific and lang == "fr" and cre.search(_FR_LEAD_TAIL, text):
        # "un poste de community manager sur Lyon" stays named; the CV line says what the CV is for instead
        return cre.sub(_FR_LEAD_TAIL, lambda m: f" : je pourrai ainsi {m.group(1)} recommander si une occasion se présente.", text, count=1)
    return cre.sub(first, "", text, count=1)


#: Words alone on a note's last line that are no name it is signed with (folded).
_NOT_SIGNED = frozenset({"merci", "thanks", "thank", "cheers", "best", "bises", "bisous", "danke", "gracias", "grazie", "groetjes", "saludos",
                         "saluti", "abrazo", "abrazos", "ciao", "regards", "obrigado", "obrigada", "bedankt", "cordialement", "amities",
                         "besos", "beijos", "abracos", "gruss", "grusse", "liebe", "team", "equipe", "equipo", "cordiali", "atentamente",
                         "bonne", "buona", "buen", "bom", "groeten", "hugs", "xoxo", "tchau", "adieu", "salut", "camille", "laurent"})
#: A sign-off right before the name that closes a note ("Abrazo, Nacho", "Groetjes, Bas", "LG Steffi"), after some words
#: of the note: the opening hello ("Ciao! Connettiamoci 🙂", "Danke! Gerne") is no sign-off and the word after it no name.
_SIGN_OFF_BEFORE_NAME = (r"(?i)\w\W*\b(?:saludos|un saludo|abrazos?|un abrazo|besos|cheers|best|thanks|merci|bises|bisous|à bientôt|ciao|un saluto|saluti"
                         r"|a presto|abraços?|um abraço|beijinhos|beijos|groet(?:jes|en)?|gru(?:ß|ss)|grüße|grüsse|lg|vg|bg|danke|bedankt|gracias|grazie"
                         r"|obrigad[oa])\W*$")


#: A sender who says they write from Austria or Germany (folded): "grüsse aus Wien", "hier in Graz" is no Swiss sender,
#: however the keyboard spells "Grüsse".
_NOT_SWISS_HOME = (r"\b(?:aus|us|hier in|ich (?:bin|lebe|wohne|arbeite) in|wohne in|lebe in)\s+(?:dem\s+)?(?:wien|graz|linz|salzburg|innsbruck|klagenfurt"
                   r"|bregenz|osterreich|oesterreich|berlin|hamburg|munchen|muenchen|koln|koeln|frankfurt|stuttgart|dusseldorf|duesseldorf|leipzig|dresden"
                   r"|deutschland)\b")
#: Swiss German cues (folded): a Swiss sender reads "Grüsse", never "Grüße" (Swiss German has no ß).
_SWISS_PLACES = r"(?:schweiz\w*|zurich|zuerich|bern|basel|luzern|winterthur|st\. ?gallen|zug)"
_SWISS = (rf"\b(?:gruezi|gruessech|gruessli|gruess(?:e)? (?:aus|us) |merci vielmal|en guete|chf|fr\. \d|\w+\.ch)\b|\.ch\b"
          # a Swiss place is the sender's own when the note says they are there ("aus Zürich", "hier in Basel", "mit Sitz in
          # Bern"); "suche Pflegekräfte für Kliniken in der Schweiz" names a market, and its writer may well sign "LG" from Köln
          rf"|\b(?:aus|hier in|bei uns in|wir (?:sind )?in|ich (?:bin|lebe|wohne|arbeite) in|lebe in|wohne in|sitz in|ansassig in|basiert in|based in)"
          rf"\s+(?:der\s+)?{_SWISS_PLACES}\b"
          # "Wir sind ein Team von 6 Leuten in Basel", "unser Büro in Zug": where the writer works
          rf"|\b(?:wir (?:sind|sitzen|arbeiten|leben)|ich bin|unser(?:e|em)? (?:buro|bueros?|firma|agentur|team|sitz|standort))\b[^.!?\n]{{0,50}}"
          rf"\b(?:in|aus) (?:der\s+)?{_SWISS_PLACES}\b")


_FORMAL_PT = [(r"\blhe dão jeito\b", "lhe seriam convenientes"), (r"\blhe dá jeito\b", "lhe seria conveniente"),
              (r"\blhe dariam jeito\b", "lhe seriam convenientes"), (r"\blhe daria jeito\b", "lhe seria conveniente")]


def formal_letter(text: str, lang: str) -> str:
    """A reply to a formal letter ("Exmo. Sr.", "Dear Ms Laurent", "Estimada Sra.") keeps its tone to the end: no
    exclamation marks in the body, no colloquial "lhe dão jeito".

    >>> formal_letter("Estimada Sra. Ruiz:\\n\\n¡Con mucho gusto le ayudo! ¿Le viene bien?", "es")
    'Estimada Sra. Ruiz:\\n\\nCon mucho gusto le ayudo. ¿Le viene bien?'
    """
    head, sep, body = text.partition("\n")
    body = cre.sub(r"¡", "", body) if lang == "es" else body
    body = cre.sub(r"\s?!(?=\s|$)", ".", body)
    body = cre.sub(r"\.\.", ".", body)
    if lang == "pt":
        for pat, rep in _FORMAL_PT:
            body = cre.sub(pat, rep, body)
    return head + sep + body


#: An indirect question without its "?" ("ich wollte fragen, ob sich Pinterest Ads lohnen", "je me demandais si …",
#: "ik vroeg me af of …"): read as the question it is, so the FAQ and the question's answer apply (folded).
_ASKED_INDIRECTLY = (r"(?:\b(?:(?:je )?(?:me demandais|me demande|voulais savoir|voudrais savoir|aimerais savoir|souhaiterais savoir)|savoir si"
                     r"|(?:i )?(?:was wondering|am wondering|wonder|wanted to ask|wanted to know|would like to know|'d like to know|d like to know)"
                     r"|(?:ich )?(?:wollte (?:dich |sie )?(?:mal )?(?:fragen|wissen)|frage mich|fragte mich|wurde gern(?:e)? wissen|mochte (?:gern(?:e)? )?wissen)"
                     r"|der frage(?: \w+){0,2},? ob|(?:ik )?(?:vroeg me af|vraag me af|wilde (?:je |u )?vragen|wil graag weten|zou graag willen weten)|(?:de|met de) vraag of"
                     r"|(?:me )?(?:preguntaba|pregunto|queria saber|gustaria saber)|(?:mi )?(?:chiedevo|chiedo|domandavo|domando)|volevo (?:sapere|chiederti|chiederle)|vorrei sapere"
                     r"|(?:me )?(?:perguntava|pergunto)|queria (?:saber|entender|perguntar)|gostaria de (?:saber|entender|perguntar)|gostava de saber)"
                     r"[\s,]+(?:if|whether|si|ob|of|se)\b"
                     # "Kindly advise which certification I should pursue first.", "Veuillez me conseiller une formation.": a
                     # deferential request, a question all the same
                     r"|\b(?:kindly|please) (?:advise|suggest|recommend|tell me|let me know)\b(?: me)?\s+(?:which|what|how|whether|if|where)\b"
                     r"|\b(?:merci de|veuillez|je vous prie de) (?:bien vouloir )?me (?:conseiller|recommander|guider|dire|indiquer)\b"
                     r"|\b(?:le ruego que|le agradeceria que) me (?:aconseje|recomiende|oriente|indique)\b|\bla prego di (?:consigliarmi|indicarmi|orientarmi)\b"
                     r"|\b(?:peco-lhe que|peco que) me (?:aconselhe|recomende|oriente|indique)\b)")
_TRAILING = r"[\s.!…]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D][\s.!…]*)*$"


#: A piece of work that lasts several days (folded): "module de 2 jours", "formation sur deux jours", "two-day workshop",
#: "zweitägiger Workshop", "tweedaagse", "training van 2 dagen", "taller de dos días", "corso di due giorni", "curso de dois dias".
_MULTI_DAY = (r"\b(?:de|d'|sur|of|von|van|di|da)\s*(?:[2-9]|deux|trois|quatre|two|three|four|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro|dois|twee|drie)"
              r"\s+(?:jours|journees|days|tagen|dias|giorni|giornate|dagen)\b(?!\s*(?:par|per|a|/|pro|por)\s*(?:semaine|week|settimana|woche|semana|w)\b)"
              r"|\b(?:[2-9]|two|three|four)-days?\b|\b(?:zwei|drei|vier|[2-9]-?)tagig\w*|\b(?:twee|drie|vier|[2-9]-?)daags\w*")


#: A dot after an abbreviation ("z.B.", "e.g.", "ca.", "bzw."): it ends no sentence.
_ABBREVIATION_END = r"(?i:(?:^|(?<=[\s(]))(?:" + "|".join(re.escape(a) for a in sorted(_NF_ABBREVIATIONS, key=len, reverse=True)) + r")\.)$"


def _sentence_parts(note: str) -> list[str]:
    """``note`` cut after each sentence's end, the spaces between kept as parts of their own; a dot after an
    abbreviation ends none: "ob sich eine Zertifizierung (z.B. Google) lohnt oder ob Praxis wichtiger ist." is one.

    >>> _sentence_parts("Ich frage mich, ob z.B. Google reicht. Danke!")
    ['Ich frage mich, ob z.B. Google reicht.', ' ', 'Danke!']
    """
    parts: list[str] = []
    for p in cre.split(r"((?<=[.!…\n])\s+)", note):
        if len(parts) >= 2 and p.strip() and cre.search(_ABBREVIATION_END, parts[-2]) and not parts[-1].count("\n"):
            gap = parts.pop()
            parts[-1] += gap + p
        else:
            parts.append(p)
    return parts


#: Chat shorthand for "quanto" ("Qto custa mais ou menos?", "qnto vc cobra?"): the word every price pattern reads.
_QUANTO_SHORT = re.compile(r"\b([Qq])n?to\b(?=\s+(?:custa|custam|custaria|sai|fica|ficaria|cobra\w*|vc|voce|você|tu|ce)\b)")


def spelled_out(note: str) -> str:
    """``note`` with Portuguese chat shorthand for a price question written out.

    >>> spelled_out("Vc faz consultoria? Qto custa mais ou menos?")
    'Vc faz consultoria? Quanto custa mais ou menos?'
    """
    return _QUANTO_SHORT.sub(lambda m: m.group(1) + "uanto", note)


def asked_outright(note: str) -> str:
    """``note`` with each indirect question's sentence ended by "?" (a sentence that already holds one is kept).

    >>> asked_outright("Hallo Camille, ich wollte fragen, ob sich Pinterest Ads lohnen. Danke!")
    'Hallo Camille, ich wollte fragen, ob sich Pinterest Ads lohnen? Danke!'
    """
    if not note or not cre.search(_ASKED_INDIRECTLY, fold(note)):
        return note
    out = []
    for p in _sentence_parts(note):
        if p.strip() and "?" not in p and cre.search(_ASKED_INDIRECTLY, fold(p)):
            end = cre.search(_TRAILING, p)
            cut = end.start() if end else len(p)
            tail = p[cut:]
            p = p[:cut] + "?" + (tail if not cre.fullmatch(r"[\s.!…]*", tail) else "")
        out.append(p)
    return "".join(out)


#: A partnership that makes content together (folded): "co-criar um webinar", "co-host a webinar", "un webinaire ensemble",
#: "samen een webinar", "gemeinsam ein Webinar", "organizzare insieme un webinar", "un webinar conjunto".
# "en marque blanche", "white-label work": the sender's own words for work sold under the agency's name
_WHITE_LABEL_WORK = r"\b(?:white[- ]?label|marque blanche|marca blanca|marca bianca)"
# "une collaboration en sous-traitance", "subcontracting", "in subappalto", "als onderaannemer": subcontracted work
_SUBCONTRACT_WORK = r"\b(?:sous-?traitan|subcontra|subappalt|onderaannem|subunternehm)"
_COCREATE = (r"\b(?:co-?(?:criar|crear|creer|create|host|hosten|organi[sz]\w*|animer|animar|condurre|presentar|produce|produzir|realizar|realizzare)|cocriar|cocrear|co-?realizzare)\b"
             r"[^.!?]{0,30}\b(?:webinar\w*|webinaire\w*|live|podcast|episod\w*|event\w*|evento|evenement|ebook|e-book|guide|guia|guida|white ?paper|masterclass|workshop|atelier|taller|article|artigo|articulo|articolo|artikel)\b"
             r"|\b(?:webinar\w*|webinaire\w*|live|podcast|masterclass|workshop|ebook)\b[^.!?]{0,40}\b(?:ensemble|together|juntos|juntas|insieme|gemeinsam|samen|en commun|in comune|conjunto|em conjunto|a quattro mani|a dos voces)\b"
             r"|\b(?:ensemble|together|juntos|insieme|gemeinsam|samen|em conjunto)\b[^.!?]{0,20}\b(?:ein|een|a|an|un|una|um|uma)?\s*(?:webinar\w*|webinaire\w*|live|podcast|masterclass|workshop|ebook)\b")


#: The co-created piece named in the call line: (phrase for a webinar, for a podcast, for anything else).
_COHOST_ON = {
    "en": (" on the webinar", " on the podcast", " on this project"), "fr": (" sur ce webinaire", " sur ce podcast", " sur ce projet"),
    "de": (" beim gemeinsamen Webinar", " beim gemeinsamen Podcast", " bei dem gemeinsamen Projekt"),
    "es": (" en el webinar", " en el pódcast", " en el proyecto"), "it": (" sul webinar", " sul podcast", " sul progetto"),
    "pt-BR": (" no webinar", " no podcast", " no projeto"), "pt": (" no webinar", " no podcast", " no projeto"),
    "nl": (" voor het webinar", " voor de podcast", " voor het project"),
}


def _cohost_on(note: str, lang: str) -> str:
    """The piece a partnership makes together, as the call line names it: "to see how we could team up on the webinar"."""
    if lang not in _COHOST_ON or not cre.search(_COCREATE, fold(note)):
        return ""
    folded = fold(note)
    return _COHOST_ON[lang][0 if cre.search(r"\bwebin\w+", folded) else 1 if cre.search(r"\bpodcast", folded) else 2]


#: Her trainings named by a sender (folded): workshops, courses, classes in the seven languages.
_TRAIN_NOUN = (r"(?:workshops?|trainings?|trainingen|courses?|classes|masterclass\w*|formations?|ateliers?|cours|talleres|taller|cursos?"
               r"|formacion\w*|corsi|corso|formazion[ei]|formacoes|formacao|treinamentos?|schulung\w*|kurse?|seminare?|cursus\w*|opleiding\w*)")
#: Learning THAT she gives trainings (folded): "I saw you run workshops on…", "j'ai vu que tu animes des ateliers", "vi que das
#: talleres", "ho visto che tieni workshop", "vi que você dá workshops", "ich habe gelesen, dass du Workshops … gibst", "ik las
#: dat je workshops … geeft". Interest in her offer, never a visit to one of them nor a reader of her posts.
_HEARD_TRAINS = (r"\b(?:(?:read|saw|see|seen|heard|noticed|learned|learnt|found out)(?: \w+){0,2}(?: that)? you(?:'re| are)? (?:also |still )?"
                 r"(?:run|give|teach|hold|offer|do|organi[sz]e|running|giving|teaching|holding|offering|doing)"
                 r"|(?:j'ai (?:vu|lu|appris|entendu|remarque)(?: dire)?|je vois|il parait) qu(?:e |')(?:tu|vous) (?:\w+ )?"
                 r"(?:animes?|animez|donnes?|donnez|proposes?|proposez|organises?|organisez|fais|faites|dispenses?|dispensez)"
                 r"|(?:vi|he visto|lei|he leido|me (?:dijeron|contaron)|escuche|he oido|supe|veo) que (?:usted |tu )?(?:tambien |ahora )?"
                 r"(?:das|da|impartes|imparte|organizas|organiza|haces|hace|ofreces|ofrece|dictas|dicta)"
                 r"|(?:ho (?:visto|letto|sentito|saputo)|vedo|ho notato) che (?:lei |tu )?(?:anche |ora )?(?:tieni|tiene|fai|fa|organizzi|organizza|offri|offre)"
                 r"|(?:vi|li|soube|ouvi dizer|vejo|reparei) que (?:voce |tu |o senhor |a senhora )?(?:tambem |agora )?"
                 r"(?:da|das|faz|fazes|ministra|ministras|oferece|ofereces|organiza|organizas))\b[^.!?]{0,40}?\b" + _TRAIN_NOUN + r"\b"
                 r"|\b(?:(?:habe|hab) (?:\w+ ){0,3}(?:gelesen|gesehen|gehort|mitbekommen|erfahren)|las|sah|horte),? dass (?:du|sie) [^.!?]{0,50}?\b"
                 + _TRAIN_NOUN + r"\b[^.!?]{0,40}\b(?:gibst|geben|anbietest|anbieten|haltst|halten|machst|machen|leitest|leiten|veranstaltest|veranstalten)\b"
                 r"|\b(?:las|zag|hoorde|lees|zie|(?:heb|had) (?:\w+ ){0,3}(?:gelezen|gezien|gehoord))(?: \w+){0,2} dat (?:je|jij|u) [^.!?]{0,50}?\b"
                 + _TRAIN_NOUN + r"\b[^.!?]{0,40}\b(?:geeft|geef|organiseert|verzorgt|houdt|doet|aanbiedt)\b")
#: A past session in that sentence (folded): "I saw you give a workshop last week", "vi que diste un taller ayer": one seen there.
_HEARD_PAST = (r"\b(?:last (?:week|month|year|time)|yesterday|the other day|semaine derniere|mois dernier|l'an dernier|annee derniere|hier"
               r"|semana pasada|mes pasado|ano pasado|ayer|settimana scorsa|mese scorso|anno scorso|ieri|semana passada|mes passado|ano passado"
               r"|ontem|letzte woche|letzten monat|letztes jahr|gestern|vorige week|vorige maand|vorig jaar|gisteren)\b")
#: The sender addressing her formally in that sentence (folded), by language.
_HEARD_FORMAL = {"fr": r"\bvous\b", "de": r"\bsie\b", "es": r"\b(?:usted|da|imparte|organiza|hace|ofrece|dicta)\b",
                 "it": r"\b(?:lei|tiene|fa|organizza|offre)\b", "nl": r"\bu\b", "pt": r"\b(?:o senhor|a senhora)\b"}
#: The plain question the sentence stands for, (informal, formal), with her trainings as the sender named them.
_HEARD_ASKED = {"en": ("Do you run {w}?", "Do you run {w}?"), "fr": ("Est-ce que tu proposes des {w} ?", "Est-ce que vous proposez des {w} ?"),
                "es": ("¿Ofreces {w}?", "¿Ofrece usted {w}?"), "it": ("Offri {w}?", "Offre {w}?"),
                "de": ("Bietest du {w} an?", "Bieten Sie {w} an?"), "nl": ("Bied je {w} aan?", "Biedt u {w} aan?"),
                "pt": ("Ofereces {w}?", "Oferece {w}?"), "pt-BR": ("Você oferece {w}?", "Oferece {w}?")}


def heard_trains(note: str, lang: str) -> str:
    """``note`` with a sentence saying the sender learned THAT she gives trainings asked outright as whether she does, so
    the reply is her training offer and the learner's next step, never "glad you were at my workshop" nor a reader's thanks.

    >>> heard_trains("Hoi Camille, ik las dat je workshops over SEO geeft. Groet, Daan", "nl")
    'Hoi Camille, Bied je workshops aan? Groet, Daan'
    >>> heard_trains("I attended your workshop last week.", "en")
    'I attended your workshop last week.'
    """
    if not note or lang[:2] not in _HEARD_ASKED or "?" in note or not cre.search(_HEARD_TRAINS, fold(note)):
        return note
    parts = cre.split(r"((?<=[.!…\n])\s+)", note)
    out = []
    for p in parts:
        m = cre.search(_HEARD_TRAINS, fold(p)) if p.strip() and not cre.search(_HEARD_PAST, fold(p)) else None
        if m:
            w = cre.search(r"\b" + _TRAIN_NOUN + r"\b", m.group(0))
            formal = bool(cre.search(_HEARD_FORMAL.get(lang[:2], r"(?!)"), fold(p)))
            key = "pt-BR" if lang[:2] == "pt" and cre.search(r"\bvoce\b", fold(p)) else lang[:2]
            lead = cre.match(r"^(?:(?:hi|hello|hey|dear|bonjour|salut|hola|buenos dias|ciao|buongiorno|salve|ola|oi|hallo|hoi|guten tag|beste|goedendag)"
                             r"\b[^,.!]{0,30}[,!]\s*)", fold(p))
            head = p[:lead.end()] if lead else ""
            p = head + _HEARD_ASKED[key][1 if formal else 0].format(w=w.group(0) if w else "trainings")
        out.append(p)
    return "".join(out)


#: A meeting told (folded): "we met at", "on s'est croisées à", "wir haben uns beim … getroffen", "nos conocimos en".
_MET_AT = (r"\b(?:ontmoet|leren kennen|kennengelernt|getroffen|gesehen|(?:we|i) met|rencontre\w*|croise\w*|conocimos|coincidimos|conosciut\w*|incontrat\w*"
           r"|conhecemos|conheceu|great meeting|nice meeting|lovely meeting)\b")


#: Met at HER session (folded): "we hebben elkaar ontmoet bij jouw SEO-training", "we met at your workshop in Leeds",
#: "nos conocimos en tu taller", "ci siamo conosciuti al tuo corso", "wir haben uns bei deinem Workshop kennengelernt".
#: Agencies or companies that are hiring, asked about (folded): "conoces alguna agencia que contrate", "conosci agenzie che
#: assumono", "une agence qui recrute", "an agency that's hiring", "Agenturen, die einstellen", "bureaus die mensen zoeken".
_AGENCY_HIRING = (r"\b(?:agenc\w*|agenzi\w*|agentur\w*|bureaus?|empresas?|entreprises?|compan\w+|aziende|unternehmen|bedrijven|firmen)\b"
                  r"[^.!?\n]{0,30}?\b(?:contrat\w*|assum\w+|recrut\w*|recruit\w*|hiring|einstell\w*|suchen|sucht|zoek\w*|busca\w*|cerca\w*|procura\w*)\b")
_MET_AT_YOURS = (r"\b(?:ontmoet|leren kennen|kennengelernt|getroffen|met|rencontre\w*|croise\w*|conocimos|conosciut\w*|incontrat\w*|conhecemos|conheceu"
                 r"|vist[ie]|vimos|vus?)\s+(?:\w+\s+){0,2}?(?:bij|tijdens|op|at|during|a|à|au|lors de|en|durante|al|alla|no|na|bei|beim|auf|in|im|wahrend)\s+"
                 r"(?:(?:de|het|the|la|le|el|il|o|a|der|dem|den)\s+)?(?:jouw|je|uw|your|votre|ta|ton|tu|su|tuo|tua|seu|sua|teu|tua|deine[mnrs]?|ihre[mnrs]?|dein|ihr)\s+"
                 r"(?:[\w-]+\s+)?[\w-]*(?:training|workshop|talk|webinar|cursus|formation|atelier|curso|taller|corso|charla|palestra|vortrag|schulung|seminar\w*"
                 r"|lezing|masterclass|oficina|formacao|formazione|formacion)\b")


def context_for(item: Mapping[str, Any], settings: Settings) -> tuple[str, str, dict[str, Any]]:
    """(template name, language, context) of the draft for one queue item."""
    intent = str(item.get("intent") or "")
    name = template_name(intent, str(item.get("action") or "")) or "benefit"
    note = asked_outright(spelled_out(str(item.get("note") or "")))
    headline = str(item.get("headline") or "")
    judged = str(item.get("lang") or "")
    told_note = note
    if any(cre.search(_TRAINING_WORD, fold(o)) for o in settings.offer or ()):
        heard_q = heard_trains(note, judged)  # "ik las dat je workshops geeft": whether she gives them (she does), as a question
        if heard_q != note and not extract(note, judged, intent).pitch:
            # "Vi que você dá formações … queria te apresentar nossa solução para vender cursos": a seller who read of her
            # trainings asks nothing about them (a pitch declined), never a learner told her offer
            note = heard_q
    heard = note != told_note
    lang = draft_language(item, settings)
    # Slots are read in the note's own language; a note in another language gives none. A short note
    # ("Hola!") is too short for the judge's language: its greeting chose ``lang``.
    long_note = sum(ch.isalpha() for ch in normalize(note).core) >= MIN_CORE_LETTERS if note.strip() else False
    note_lang = judged if judged in LANGUAGES and long_note else lang
    if note_lang == settings.language and lang != note_lang and long_note and short_note_language(note, settings.language) == lang:
        note_lang = lang  # "Hola Camille, me gustaria conectar contigo": a short note the judge left in the owner's language
    facts = extract(note, lang, intent) if note.strip() and note_lang == lang else Facts(lang=lang)
    # "Wie geht es dir?", "Hoe gaat het met je?" after the news of an old colleague: small talk answered in a few words
    # (``howdy``), never a question on her field ("außerhalb meines Fachgebiets") nor left unanswered
    recalled = cre.sub(_RECALL_Q, ".", note, flags=re.IGNORECASE) if note_lang == lang and note.strip() else note
    if recalled != note:
        # "On était ensemble à la formation Google Ads, tu te souviens ?": a "do you remember?" asks for nothing; the
        # question and the ask are those of the note without it (a course remembered is never a course asked for)
        bare = extract(recalled, lang, intent)
        # ("we did the HubSpot certification together, remember?": no tool asked for either)
        facts = replace(facts, question=bare.question, ask=bare.ask, options=bare.options, request=bare.request if facts.request == "tool" else facts.request)
    howdy = note_lang == lang and _asks_howdy(note)
    if howdy and facts.question and _small_talk(facts.question):
        facts = replace(facts, question="", ask="" if facts.ask == "question" else facts.ask)
    if intent == "referral" and facts.referrer and facts.ask == "questions" and not facts.question \
            and cre.search(_BRAIN_PICK, fold(note)) and facts.struggle:
        # "Sarah suggested I reach out - I'm launching a skincare brand and struggling with Meta ads. Would love to pick your
        # brain!": a referred lead with no question written wants to talk, offered a call, never "send your questions"
        facts = replace(facts, ask="call", asks=["call"])
    variant = ""
    if lang == "pt":
        variant = pt_variant(note, headline) if note_lang == "pt" or not note.strip() else pt_variant(headline)
    who = parse_name(str(item.get("name") or ""))
    sign = cre.search(r"(?:^|[\s,.!–—-])([A-ZÀ-Ý][a-zà-ÿ]{1,})\W*$", note.strip())
    if sign and who.first and who.first.lower() != sign.group(1).lower() and fold(who.first).startswith(fold(sign.group(1))) \
            and len(sign.group(1)) >= 3:
        who = replace(who, first=sign.group(1))  # signed "Max": "Salut Max", not "Salut Maxime"
    elif sign and who.first and fold(who.first) != fold(sign.group(1)) and (not who.last or fold(sign.group(1)) not in fold(who.last)) \
            and cre.search(_SIGN_OFF_BEFORE_NAME, note.strip()[:sign.start(1)]) \
            and fold(sign.group(1)) not in ("team", "equipo", "equipe", "squadra", "equipa", "camille", "laurent"):
        who = replace(who, first=sign.group(1))  # "Abrazo, Nacho" from Ignacio: the name he signs with is the one he goes by
    own_line = cre.search(r"\n[ \t]*[-–—]?[ \t]*([A-ZÀ-Ý][a-zà-ÿ]{2,})[ \t]*$", note.strip())
    if own_line and who.first and fold(who.first) != fold(own_line.group(1)) and fold(who.first)[:1] == fold(own_line.group(1))[:1] \
            and fold(own_line.group(1)) not in _NOT_SIGNED and (not who.last or fold(own_line.group(1)) not in fold(who.last)):
        who = replace(who, first=own_line.group(1))  # "Mike" alone on the last line of Michael's note: the name he goes by
    tail = cre.search(_SIGNED_AFTER_SENTENCE, note.strip()) if note.strip() else None
    if tail and who.first and fold(tail.group(1)) not in _NOT_SIGNED and _short_form(who.first, tail.group(1)):
        who = replace(who, first=tail.group(1))  # "… Lass uns in Kontakt bleiben! Vroni" from Veronika: "Hallo Vroni"
    here = cre.search(r"\b([A-ZÀ-Ý][a-zà-ÿ]{2,}) (?:hier|here|ici|aquí|aqui|qui)\b", note[:120]) if note.strip() else None
    if here and who.first and (_goes_by(who.first, here.group(1)) or _short_form(who.first, here.group(1))):
        who = replace(who, first=here.group(1))  # "Max hier 👋" from Maximilian: "Hallo Max"
    intro = cre.search(r"(?i:\b(?:aqui (?:é|e) (?:a|o)|sou (?:a|o)|c'est|ici|moi c'est|soy|aquí (?:es|está)|sono|qui (?:è|e)|ich bin(?:'s)?|hier ist"
                       r"|hier is|ik ben|it's|this is|i'm))\s+([A-ZÀ-Ý][a-zà-ÿ]{2,})\b", note[:120]) if note.strip() else None
    if intro and who.first and (_goes_by(who.first, intro.group(1)) or _short_form(who.first, intro.group(1))):
        who = replace(who, first=intro.group(1))  # "Aqui é a Carol, …" from Carolina Ferraz: "Oi, Carol!"
    # "Dr. Sabine Krüger" signs a note sent as "Sabine Krüger": the title is hers ("Dra. Pilar Gómez" for "Pilar Gómez
    # Herrero", "Prof.ª Helena Sousa", the Austrian "Mag. Lukas Huber"); a note signed with an academic title asks for it in a formal reply
    surnames = [w for w in (who.last, name_word(who.middle)) if w and w in note]
    signed_title = False
    if note.strip() and surnames:  # (no surname in the note: no expression of its own to compile)
        signed = cre.search(r"\b(?:(?:Prof\.ssa|Dott\.ssa|Prof\.?ª|Dr\.?ª|Profa|[Pp]rof|Dra|[Dd]r|Dott|Ing|Mag|Dipl\.-Ing|Professoressa|Dottoressa|Professora|Professor)\.?\s+)+"
                            rf"(?:{re.escape(who.first)}\s+)?(?:{'|'.join(re.escape(w) for w in surnames)})\b", note)
        if signed:
            signed_title = True
            extra = tuple(t for t in parse_name(signed.group(0)).titles if t not in who.titles)
            who = replace(who, titles=who.titles + extra, gender=who.gender or parse_name(signed.group(0)).gender)
    if lang in ("it", "es") and not who.titles and note_lang == lang and (cre.search(_PROF_HEADLINE, fold(headline))
                                                                         or lang == "it" and cre.search(_PROF_SELF_IT, fold(note))) \
            and not cre.search(r"\b(?:student\w*|estudiante|alumn[oa])\b", fold(headline)):
        # "sono docente del master …", "Docente | LUISS": "Gentile Professor Marchetti", never "Gentile signor Marchetti"
        who = replace(who, titles=("Prof.",))
        signed_title = True  # a formal note from a professor is answered by title ("Estimado profesor Peña:")
    if headline and cre.search(_RECRUITER_HEADLINE, fold(headline)) and (not facts.role or facts.hiring) and not facts.client:
        facts.recruiter = True  # "IT Recruiter en Adecco": "busco perfiles de Java…" is a recruiter's note
    if facts.question and cre.search(_REMEMBER_Q, fold(facts.question)):
        # "A gente se conheceu no RD Summit, lembra?": a reminder, never a question to answer in writing or in a call
        facts.question = ""
        facts.asks = [a for a in facts.asks if a.split(":")[0] != "question"]
        if facts.ask == "question":
            facts.ask = ""
    if facts.exchange and facts.offers and cre.search(_SWAP_NOTES, fold(note)):
        # "I'm a freelance social media manager too, would be great to swap notes": a peer, not a seller
        facts.offers = facts.freelance_role = False
        if facts.ask == "services":
            facts.ask = ""
    if facts.offers and not (facts.proposal or facts.pitch or facts.client or facts.sells or facts.question or facts.exchange) \
            and (cre.search(_KEEP_LEARNING, fold(note)) or cre.search(_LEARN_FROM, fold(note))) \
            and not cre.search(_NF_SERVICES.get(lang[:2], r"(?!)"), cre.sub(_FREELANCE_SELF_ONLY, " ", fold(note))) \
            and not cre.search(_NF_WORK_WITH_FREELANCERS, fold(note)):
        # "Soy freelance de redes y me gustaría seguir aprendiendo de ti", "sono freelance e vorrei imparare di più": a learner
        # who reads her, never a freelancer offering services ("send me your case studies")
        facts.offers = facts.freelance_role = False
        if facts.ask == "services":
            facts.ask = ""
    if facts.proposal == "partnership" and not facts.recruiter and cre.search(_NF_TRAINER_NETWORK, fold(note)):
        # "wir bauen ein Netzwerk von Marketing-Trainern auf … Wäre das was für dich?": a partner's platform, never a client
        # asking for her offer nor a job to decline
        facts.job_title, facts.job_offered, facts.hiring, facts.client, facts.service = "", False, False, False, ""
    if facts.proposal == "partnership" and not facts.recruiter and cre.search(PARTNER_WORK, fold(note)):
        # "we're looking for a French SEO partner … white-label work?", "nosotros hacemos desarrollo web y tú la parte de SEO para
        # clientes franceses": business between two providers, never a job to decline nor a client's "your needs"
        facts.job_title, facts.job_offered, facts.hiring, facts.client, facts.service = "", False, False, False, ""
    if facts.recruiter:
        facts.client = False
        # "a Senior SEO Consultant": a role in her own field is offered to her, never declined as "I work in SEO"
        facts.networking = not facts.refer_ask and not facts.job_offered and not facts.for_client and not cre.search(_FIELD_ROLE, fold(note))
        folded_note = fold(note)
        if not facts.networking and not facts.refer_ask and not facts.freelance_role and "?" not in note \
                and not cre.search(_FIELD_ROLE, folded_note) \
                and (facts.for_client and cre.search(_HUNTED_PROFILES, fold(facts.job_title))
                     or not facts.for_client and cre.search(_GROWING_OWN_NETWORK, folded_note) and not cre.search(_NF_OWN_INTEREST, folded_note)):
            # "je recherche des comptables confirmés pour nos clients": profiles outside her field hunted for the recruiter's
            # clients; "je suis recruteur pour un poste de contrôleur de gestion … Je développe mon réseau sur la région": the
            # post is the recruiter's own work. Either is a recruiter's hello, never a post offered her ("d'avoir pensé à moi …
            # ce poste ne correspond pas à mon métier, je ne donnerai pas suite")
            facts.networking, facts.job_offered, facts.job_title = True, False, ""
    informal = is_informal(note, lang) if note_lang == lang else False
    mirror = mirrors_title(note, settings.owner_name) if note_lang == lang else False
    if informal and lang == "fr" and (name == "sales_pitch" or facts.pitch) \
            and not cre.search(r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt'", fold(note)) and not cre.match(r"\W*(?:salut|coucou|hello|hey|yo)\b", fold(note)):
        informal = False  # "Bonjour Camille 👋 Chez LeadBoost … Dispo pour un call ?": a cold pitch without "tu" is answered with vous
    if informal and lang == "fr" and facts.client and not facts.met and not facts.former \
            and not cre.search(r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt'", fold(note)) and not cre.match(r"\W*(?:salut|coucou|hey|yo)\b", fold(note)):
        informal = False  # "Hello Camille, Head of Growth chez … on cherche à structurer notre stratégie. On en parle ?": a prospect without "tu", answered with vous
    owner_first = parse_name(settings.owner_name).first
    first_used = bool(owner_first) and bool(cre.search(rf"\b{re.escape(owner_first)}\b", note[:60]))
    # "Dag Camille, … Neemt u stagiairs aan?": the owner's first name after a friendly hello is answered "Beste Lotte"
    by_first = first_used and bool(cre.match(rf"\W*(?:dag|hallo|hoi|hey|hi|goedemorgen|goedemiddag|goedenavond|goedendag|goeiedag|goeiemorgen|goeiemiddag|beste|lieve)\W+{re.escape(fold(owner_first))}\b", fold(note)))
    if lang == "nl" and note_lang == lang and not informal and not by_first and (
            cre.search(r"\b(?:u|uw)\b", fold(note)) or (cre.search(r"\b(?:met vriendelijke groet(?:en)?|hoogachtend|geachte)\b", fold(note))
                                                        and bool(surnames))):
        # "… iets voor iemand in uw netwerk?", "Met vriendelijke groet, Henk Bos": "Beste heer Hendriks", not "Beste Rob" with "u"
        mirror = True
    if signed_title and not informal and note_lang == lang and lang != "fr":
        mirror = True  # "… gostaríamos de a convidar … Prof.ª Helena Sousa": "Cara Professora Helena Sousa", never "Olá, Helena"
    owner_last = parse_name(settings.owner_name).last
    if mirror and lang == "fr" and not signed_title and career.stage(note, headline) in ("student", "intern") \
            and quickq.learner(note, headline) \
            and not (owner_last and cre.search(rf"\b(?:madame|monsieur|mme|m\.)\s+{re.escape(fold(owner_last))}\b", fold(note[:80]))):
        # "Bonjour Madame, je suis étudiante en M1…": a student is answered "Bonjour Inès" (with vous), not "Madame Haddad";
        # "Bonjour Madame Laurent, … Cordialement, Hugo Lefebvre" names her in full and is answered in kind ("Bonjour Monsieur Lefebvre")
        mirror = False
    gender = sender_gender(note, lang, who, headline) if mirror or lang == "de" else ""
    if not gender and (mirror or (lang == "de" and not informal)):
        gender = name_gender(who.first, lang)  # "Hallo Frau Krüger" is answered "Hallo Frau Müller", not with the full name
    senhor = ""
    first_letter = bool(owner_first) and bool(cre.match(rf"\W*prezad[oa]\s+{re.escape(fold(owner_first))}\b", fold(note)))
    if variant == "pt-BR" and note_lang == lang and not informal and (cre.search(_SENHOR, fold(note)) or mirror and gender and not first_letter):
        # "Prezada Sra. Laurent, … convidá-la": the reply opens "Prezado Sr. Almeida" and keeps "o senhor", never "você"
        # "trabalhou com a senhora": the sender keeps "o senhor / a senhora", and so does the reply (never "você")
        senhor = gender or sender_gender(note, lang, who, headline) or name_gender(who.first, lang)
    judged_template = name
    if facts.proposal == "partnership" and cre.match(r"(?i)(?:surtout|plut[oô]t|mainly|mostly|vor allem|haupts[aä]chlich|sobre todo|principalmente"
                                                     r"|soprattutto|sobretudo|vooral|voornamelijk)\b", facts.topic):
        facts.topic = ""  # "je fais surtout du technique": the sender's own specialty, never the subject of the collaboration
    missed = bool(cre.search(_MISSED_TALK, fold(note)))
    if missed:
        facts.work = ""  # "habe Ihr Webinar verpasst", "I missed your talk": never thanked for watching or attending it
    course_thanks = _owner_course(note, facts)
    if course_thanks:
        # "thanks for the Google Ads training you gave at our company", "I took your masterclass on Udemy": thanks for
        # the owner's own training, named as such; never a talk heard at an event, a pitch, a chat or a call for courses
        if facts.work != "workshop" or cre.search(r"\bmasterclass\b", fold(note)):
            facts.work = "training"  # "your masterclass on Udemy" is a course, never a talk heard at an event
        if facts.ask == "resource" and facts.wanted == "course":
            facts.ask, facts.wanted = "", ""
        if not facts.topic and facts.work == "training":
            facts.topic = course_subject(note, lang)  # "Participei da sua formação em Google Ads": the training named
        if facts.qkind == "share" and not facts.proposal and not cre.search(_TRAINING_AGAIN, fold(note)):
            # "thank you for the training you delivered for our team … could you send me the slides?": her material from
            # a training already given, sent here; never a new in-house training nor a call about the team's goals
            name = _material_asked(facts, name)
        if not (facts.ask or facts.question or facts.offers or facts.proposal or facts.client) and name in (
                "met_before", "sales_pitch", "ask_for_help", "business_proposal", "benefit", "referral", "job_seeking"):
            name = "content"
    elif facts.qkind == "share" and facts.share in ("recording", "slides") and not facts.proposal and cre.search(_HER_TALK, fold(note)) \
            and (facts.client or facts.service or missed):
        # "habe Ihr Webinar zu SEO verpasst, gibt es eine Aufzeichnung?", "any slides from your talk?": her material asked
        # for, sent here; a shop founder asking is not a client lead (no call about goals and budget)
        name = _material_asked(facts, name)
    if note_lang == lang and not (facts.proposal or facts.client or facts.team or course_thanks) and (has_training_q(note) or gives_training_q(note)):
        # "heb je ook een training voor zzp'ers?", "gibt's davon auch einen Kurs?": whether SHE has a training is a
        # question on her offer, answered with it; never other people's courses recommended
        if facts.ask == "resource" and facts.wanted == "course" or not facts.ask:
            facts.ask, facts.wanted = "question", ""
        facts.yes_q, facts.service = True, "training"
        if facts.event and not facts.met and any(fold(facts.event) in q and cre.search(_GIVES_TRAINING, q.strip())
                                                 for q in cre.question_sentences(fold(note))):
            facts.event = ""  # "vc da curso?": the course she is asked whether she gives is no event they met at
        if name in ("business_proposal", "sales_pitch") and not (facts.offers or facts.sells or facts.pitch):
            name = "ask_for_help"  # a question on her own training, never a proposal she is thanked for remembering
    if note_lang == lang and (facts.event or facts.met) and not (facts.proposal or facts.client or facts.offers) and told.asks_she_tried(note):
        # "coincidimos en el taller de TikTok Ads … ¿al final probaste lo de los Spark Ads?": a question on her own follow-up
        # of the shared event, answered by her (told.tried_answer_line); never a meetup tip nor "what are you working on?"
        name, facts.ask, facts.asks, facts.question = "met_before", "", [], ""
    tip = told.tip_subject(note) if note.strip() and note_lang == lang and "?" not in note else ""
    if tip and told.tip_line(note, lang, informal=False) and facts.ask in ("", "advice") and not (facts.question or facts.offers or facts.proposal or facts.client) \
            and name in ("ask_for_help", "sales_pitch", "business_proposal", "benefit", "content", "met_before"):
        # "gracias por tus consejos sobre TikTok", "ik heb je tips over Google Business Profile meteen toegepast": thanks for
        # her tips, never a request for advice ("tell me where you stand") nor a message "about TikTok"
        facts.ask, facts.asks = "", [a for a in facts.asks if a.split(":")[0] != "advice"]
        if tip.split(" ", 1)[-1].casefold() in facts.topic.casefold():
            facts.topic = ""
        if name not in ("content", "met_before"):
            name = "met_before" if facts.event or facts.met else "content"
    if name in ("sales_pitch", "business_proposal") and facts.offers and not (facts.pitch or facts.sells or facts.price or facts.client) \
            and note.strip() and note_lang == lang and cre.search(_PEER_SOMEDAY, fold(note)) \
            and (facts.freelance_role or cre.search(_FREELANCER, fold(f"{note} {headline}"))):
        # "graphiste freelance … Si un jour vous avez besoin d'un graphiste, n'hésitez pas !": a peer offering a hand some
        # day, not a seller; "good to know, I'll keep you in mind", never the cold refusal of a pitch nor a call to book
        name, facts.ask, facts.proposal = "business_proposal", "services", ""
    if name in ("sales_pitch", "business_proposal", "job_seeking") and facts.offers and not (facts.pitch or facts.sells or facts.price or facts.client
                                                                                          or facts.recruiter or facts.hiring) \
            and note.strip() and note_lang == lang and (facts.portfolio or offered_trade(note)) and not facts.mutual \
            and not {"call", "meet"} & {a.split(":")[0] for a in [facts.ask, *facts.asks]} \
            and not cre.search(_HAS_CLIENTS, fold(note)) \
            and (offered_trade(note) or facts.freelance_role or cre.search(_FREELANCER, fold(f"{note} {headline}"))) \
            and not cre.search(PARTNER_WORK, fold(note)) and facts.ask != "interns" or (
                name == "job_seeking" and facts.ask == "interns" and facts.offers and facts.portfolio and not facts.role
                and cre.search(_FREELANCER, fold(f"{note} {headline}"))):
        # "vendo servicios de diseño web … mira mi portafolio", "offro servizi di copywriting e mi piacerebbe collaborare":
        # a freelancer selling their trade; its name and "I'll keep you in mind", never a partnership's call to book
        name, facts.ask, facts.proposal = "business_proposal", "services", ""
    if name == "sales_pitch" and facts.hiring and facts.job_offered and note_lang == lang \
            and not (facts.sells or facts.offers or facts.proposal or facts.candidate or facts.freelance_role) \
            and cre.search(_EMPLOYMENT_TERMS, fold(note)):
        # "nous recherchons des commerciaux terrain … CDI + variable attractif. Intéressée ?", "we have openings for Java
        # developers, competitive salary": a post offered her, declined as a post ("not looking for a salaried role"), never
        # "ce n'est pas un besoin pour moi" as to a seller
        name = "recruiting"
    if name in ("sales_pitch", "business_proposal", "ask_for_help", "benefit", "content", "job_seeking") and facts.freelance_role \
            and not (facts.offers or facts.candidate or facts.recruiter) and note.strip() and note_lang == lang \
            and (cre.search(_SEEKS_FREELANCERS, fold(note)) or cre.search(_AVAILABLE_FOR_MISSION, fold(note))):
        # "notre agence web cherche des freelances SEO", "our agency is looking for freelancers for a paid social project":
        # work offered to her as a freelancer (interest, then the details), never a client's template nor a pitch's no
        facts.hiring, facts.client, facts.pitch, facts.ask = True, False, False, "question"
        name = "recruiting"
    if name == "ask_for_help" and "?" not in note and note_lang == lang and cre.search(_HELPED_BY_HER, fold(note)) \
            and not (facts.ask or facts.question.strip() or facts.request or facts.offers or facts.proposal or facts.role or facts.client):
        # "Vos conseils en stratégie de contenu m'aident beaucoup au quotidien", "tus consejos me ayudan mucho": thanks for her
        # content, no question in it, never "could you specify your question?" (review round 147)
        name = "content"
    name = choose_template(name, facts)
    if recalled != note and facts.classmates and name in ("benefit", "ask_for_help", "content") and not (facts.ask or facts.question or facts.offers
                                                                                                        or facts.pitch or facts.proposal):
        # "we did the HubSpot certification together last year, remember? congrats on going freelance": someone she knows
        # (the shared past remembered, the congratulations thanked), never a bare thanks nor certification advice
        name = "met_before"
    shared_past = name == "met_before" and recalled != note and facts.classmates
    if name == "sales_pitch" and not (facts.pitch or facts.offers or facts.links or facts.amount or facts.ask) and note_lang == lang \
            and cre.search(_CONNECT_WISH, fold(note)) and not cre.search(_CALL_ASKED, fold(note)):
        # "tengo una marca de ropa… tus tips me han servido, me encantaría conectar": nothing offered, no call asked, only the
        # wish to connect: thanks for connecting, never "thanks for presenting your offer"
        name = "benefit"
    if (name == "sales_pitch" or name == "recruiting" and not (facts.job_offered or facts.hiring or facts.job_title or facts.salary or facts.recruiter
                                                                or facts.freelance_role or facts.cv or facts.refer_ask or facts.role or facts.candidate)) \
            and not (facts.pitch or facts.offers or facts.sells or facts.links or facts.amount or facts.price or facts.proposal) \
            and note.strip() and note_lang == lang and lang[:2] != "fr" and settings.regions and fold(settings.regions[0]) == "france" \
            and cre.search(_FRANCE_GROWTH, fold(note)) and not cre.search(_JOB_WORDS, fold(note)) and not cre.search(_PEER_PARTNER, fold(note)):
        # "Head de Marketing num grupo … com expansão prevista para França. Gostava de perceber como abordaria a aquisição":
        # a firm moving into her home market that sells her nothing is a prospective client (France is her market, a call),
        # never "thanks for presenting your offer, no need"
        name = "business_proposal"
    if name in ("recruiting", "sales_pitch", "ask_for_help") and not (facts.job_offered or facts.hiring or facts.job_title or facts.salary
                                                                       or facts.recruiter or facts.freelance_role or facts.cv or facts.refer_ask
                                                                       or facts.role or facts.candidate or facts.pitch or facts.sells) \
            and note.strip() and note_lang == lang and cre.search(_EXPERT_VIEW, fold(note)) and cre.search(_INSOURCING, fold(note)) \
            and not cre.search(_JOB_WORDS, fold(note)) and not cre.search(_RECRUITER_HEADLINE, fold(headline)):
        # "Directeur Marketing chez Maison Vernier … réinternaliser notre acquisition payante. J'aimerais avoir votre regard
        # d'experte": a firm weighing its own marketing in-house or outside is a prospect (yes and a call), never a job
        # declined, a pitch declined nor "send me what to look at" (136 C, fr note-19)
        name, facts.client = "client", True
    if name == "benefit" and judged_template == "job_seeking" and _firm_into_france(note if note_lang == lang else "", facts, settings, lang):
        # "Geschäftsführer einer kleinen Agentur … wir möchten nach Frankreich expandieren und suchen Kontakte": a firm's move
        # into her home market, contacts sought for it, is a prospective client, never a job seeker asked for a CV
        name = "business_proposal"
    if name == "recruiting" and not (facts.job_offered or facts.hiring or facts.job_title or facts.salary or facts.recruiter or facts.freelance_role
                                     or facts.cv or facts.refer_ask or facts.role or facts.candidate or facts.client or facts.proposal or facts.offers) \
            and note.strip() and note_lang == lang and cre.search(_HER_WORK_INTEREST, fold(note)) and not cre.search(_JOB_WORDS, fold(note)) \
            and not cre.search(_RECRUITER_HEADLINE, fold(headline)):
        # "Directeur marketing chez X, je m'intéresse à vos travaux sur le content marketing B2B. Échangeons !": their own
        # employer named, no post offered: an exchange gladly taken up, never "I'm not looking for a job, good luck"
        name = "benefit"
        if cre.search(_LETS_EXCHANGE, fold(note)):
            facts.exchange = True  # "Échangeons !", "let's talk!": the field they name is the one to exchange on
    if name == "business_proposal" and not (facts.proposal or facts.offers or facts.ask or facts.question or facts.exchange or facts.situation) \
            and "?" not in note and cre.search(_CONNECT_WISH, fold(note)):
        # "… ben ik geïnteresseerd in uw expertise. Graag zou ik met u connecten.": no proposal, no question, only the wish
        # to connect: thanks for connecting, never "dat klinkt interessant" about nothing
        name = "benefit"
    students_sought = bool(note.strip()) and note_lang == lang and not facts.candidate and bool(cre.search(_STUDENTS_MIGHT_APPLY, fold(note))) \
        and bool(facts.recruiter or facts.hiring or facts.job_title or is_internship_note(note) or cre.search(_RECRUITER_HEADLINE, fold(headline)))
    if students_sought and name in ("job_seeking", "ask_for_help", "benefit", "content", "referral", "business_proposal"):
        # "des étudiants qui pourraient postuler ?", "¿estudiantes que puedan estar interesados?": a recruiter asking her to
        # pass the offer on to students, never the sender seeking a job
        name, facts.refer_ask = "recruiting", True
    if name == "sales_pitch" and note.strip() and note_lang == lang and not (facts.offers or facts.proposal or facts.price or facts.sells) \
            and cre.search(_FOR_AGENCIES, fold(facts.question or _last_question(note) or "")) and settings.answers \
            and faq.match(note, settings.answers, lang):
        # "wij zijn een reclamebureau in Gent. Werkt u ook voor bureaus?": an agency telling what it is, then asking whether
        # she works for agencies, is no pitch to decline: her own yes answers it
        facts.pitch, name = False, "ask_for_help"
    if name in ("business_proposal", "job_seeking", "sales_pitch", "benefit", "met_before", "content") and not shared_past \
            and _only_faq_question(note if note_lang == lang else "", facts, settings, lang):
        # "lohnen sich Blogartikel für einen kleinen Onlineshop noch?", "avec quoi fais-tu ton suivi de positions ?": a note
        # that only asks a question her FAQ answers gets the answer, whatever the intent judged (no call, no CV)
        name = "ask_for_help"
    if name == "content" and facts.question and cre.search(_SAT_BESIDE, fold(note)):
        # "sentamos lado a lado no painel … você recomenda alguma ferramenta?": a neighbour in the audience asking, never a
        # reader "following what I share"
        name = "ask_for_help"
    if name == "business_proposal" == judged_template and not facts.proposal and _own_question(name, facts):
        # "Potrebbe inviarci una proposta?", "Wäre das etwas für Sie?": the proposal's own question, answered as a
        # proposal (a yes in principle and a call), never "it depends on your situation"
        facts.ask = "proposal"
    if judged_template == "job_seeking" and name == "benefit" and cre.search(_SEEKING, fold(note)) and not cre.search(_SEEK_FOR_OURS, fold(note)):
        name = "job_seeking"  # "suche ich eine neue Herausforderung", "per 1 juni beschikbaar": a job search all the same
    if name == "ask_for_help" and facts.role in ("job", "first_job") and facts.ask == "advice" and facts.refer_ask \
            and cre.search(_SEEKING, fold(note)) and not cre.search(_SEEK_FOR_OURS, fold(note)):
        name = "job_seeking"  # "ik zoek al een half jaar werk … tips, of ken je iemand?": a job search (tips and the CV offer), never "in jouw situatie"
    name = _situation_template(name, facts, note)
    if facts.request == "tool" and facts.ask == "questions" and {a.split(":")[0] for a in facts.asks} <= {"questions"}:
        # "can i ask u a couple questions about klaviyo?": a yes to the questions, never "the one I'd recommend"
        facts.request = ""
    if name == "job_seeking" and note.strip() and note_lang == lang and "?" in note and cre.search(career.EMPLOYED, fold(note)) \
            and career.stage(note) == "employed" and not cre.search(_SEEKING, fold(note)) \
            and not (facts.cv or facts.candidate or facts.applying or facts.hiring or facts.ask == "interns" or facts.offers or facts.proposal):
        # "junior marketer here, just started my first job. what's the one skill you'd focus on?", "je viens de commencer
        # mon premier poste": someone IN a first job asking advice, never a job seeker (no CV, no "good luck with the search")
        name, facts.role = "ask_for_help", ""
    elif name == "job_seeking" and note.strip() and note_lang == lang and _learner_asks_training(note, facts):
        # "ich bin Azubi im Marketing (2. Lehrjahr). Welche Weiterbildung würdest du für Social Ads empfehlen?": an apprentice
        # or a working student asking which training, never a job seeker (no CV, no "good luck with the search")
        name, facts.role = "ask_for_help", ""
    elif name == "job_seeking" and note.strip() and note_lang == lang and _learner_at_work(note, facts):
        # "ich bin Werkstudent im Marketing bei Bosch. Würde mich freuen, von deinen Erfahrungen zu lernen!": a learner already
        # in a job who wants to learn from her, never a job seeker (no CV, no "good luck with the search")
        name, facts.role = ("met_before" if facts.event or facts.met else "content" if facts.work else "benefit"), ""
    elif name == "ask_for_help" and facts.ask == "advice" and not facts.question.strip() and {a.split(":")[0] for a in facts.asks} <= {"advice"} \
            and note.strip() and note_lang == lang and not facts.topic and _learner_at_work(note, facts):
        # "je suis alternante chez … j'aimerais apprendre de votre expérience": no advice on a subject, a wish to learn from her
        name, facts.ask, facts.asks, facts.role = ("met_before" if facts.event or facts.met else "content" if facts.work else "benefit"), "", [], ""
    # "Any tips on building a portfolio?", "¿algún consejo sobre cómo buscar en Lyon?": a job seeker asking for advice,
    # not for a job, is given the advice (a short call on the first steps), never "send me your CV".
    # (a layoff told with courses asked keeps the job seeker's reply: "werkloos … welke cursussen?" hears the layoff acknowledged)
    job_advice = name == "job_seeking" and facts.ask == "advice" and not facts.candidate and not facts.cv \
        and not (facts.laid_off and cre.search(_COURSES_ASKED, fold(facts.question))) \
        and {a.split(":")[0] for a in facts.asks} <= {"advice", "question"} and not cre.search(_JOB_LEAD, fold(facts.question or note)) \
        and (len(facts.question.split()) >= 5  # a bare "Any tips?" after the search is about the search: the job seeker's reply
             # "me ayudaría mucho cualquier consejo sobre cómo entrar en el sector en Francia": advice on a subject, asked without "?"
             or (not facts.question and bool(cre.search(_ADVICE_ON, fold(note)))))
    if facts.career and name in ("job_seeking", "content", "benefit", "client") and not (facts.cv or facts.candidate or facts.ask == "interns"):
        name = "ask_for_help"  # "j'hésite entre le SEO ou les social ads… vous me conseilleriez quoi ?": advice, never "send me your CV"
    if job_advice:
        name = "ask_for_help"
    if judged_template == "job_seeking" and name == "ask_for_help" and note_lang == lang and asks_hiring(note, lang) \
            and career.stage(note, headline) not in ("experienced", "employed") and not (settings.answers and faq.match(note, settings.answers, lang)):
        name = "job_seeking"  # "Stellst du ein?" after her master: a job sought (her no, then the job seeker's next step), never "your business and budget"
        if asks_hiring(facts.question, lang):
            facts.question, facts.ask = "", "" if facts.ask == "question" else facts.ask  # answered by her no, never "my view on your question"
    if judged_template == "recruiting" and name in ("ask_for_help", "benefit") and _YES_NO.search(fold(note)) and not facts.candidate \
            and not (facts.exchange and not (facts.job_title or facts.hiring or facts.recruiter)) \
            and not ((cre.search(_HER_WORK_INTEREST, fold(note)) or cre.search(_FRANCE_GROWTH, fold(note)) and lang[:2] != "fr")
                     and not (facts.job_title or facts.hiring or facts.recruiter or facts.job_offered or cre.search(_JOB_WORDS, fold(note)))):
        name = "recruiting"  # "ich suche eine:n Social-Ads-Expert:in … Hättest du Interesse?" is a recruiter's question
    if name == "recruiting" and intent != "recruiting" and note.strip() and note_lang == lang:
        kept = facts
        facts = extract(note, lang, "recruiting")  # the recruiter's slots (job title, company, place)
        facts.request, facts.minutes = kept.request, kept.minutes
        facts.recruiter, facts.networking, facts.client = kept.recruiter, kept.networking, kept.client
    asked = [a.split(":")[0] for a in facts.asks] + (["question"] if (facts.question.strip() or facts.ask == "question")
                                                     and facts.qkind not in ("send", "permission", "share") else [])
    if facts.ask == "interns" and facts.qkind == "send":
        facts.qkind = ""  # "Prenez-vous des stagiaires ? Je peux vous envoyer mon CV": the interns question first, not a bare "sure"
    if name == "job_seeking" and facts.ask == "interns" and facts.role in ("first_job", "job") and not is_internship_note(note):
        facts.ask = ""  # "my first role … do you have any openings?": a job seeker's CV reply, never "about an internship with me"
        asked = [a for a in asked if a not in ("question", "interns")]  # the CV reply answers it: no "my take on your question"
    if name == "job_seeking" and facts.exchange and facts.ask in ("call", "meet") and not {"call", "meet"} & set(asked):
        # "Über einen Austausch würde ich mich freuen", "graag eens van gedachten wisselen": the talk asked is offered beside
        # the CV, never only "send me your CV"
        asked.append(facts.ask)
    if name == "job_seeking" and facts.ask in ("advice", "question", "call", "meet", "questions"):
        facts.ask = ""  # a job seeker's "any advice?" is answered by the job seeker's next step
    if name == "job_seeking" and "question" in asked and cre.search(_NF_CV, fold(facts.question or _last_question(note))):
        # "Zou ik u mijn cv mogen sturen?", "Puedo enviarte mi CV?": the CV asked leave to send is the reply's own next
        # step, never "my take on your question"
        asked = [a for a in asked if a != "question"]
    if name == "job_seeking" and "question" in asked and any(cre.search(rx, fold(facts.question or _last_question(note))) for rx in (_OPENING_ASK, _TELL_ME_IF, _KNOW_OPENINGS)):
        # "Tem alguma oportunidade?", "hast du etwas für mich?", "se souber de algo me avisa?": the lead promised answers it,
        # never "my take on your question"
        asked = [a for a in asked if a != "question"]
    if name == "job_seeking" and _lead_choice(facts.options or choice_options(facts.question or _last_question(note)), facts.question or _last_question(note)):
        # "des conseils sur le marché lyonnais ou des entreprises qui recrutent ?", "Tipps oder Kontakte?": two requests,
        # never a choice between two paths ("both options can work")
        facts.options = []
        facts.qkind = "" if facts.qkind == "choice" else facts.qkind
        if "recommend" not in asked:
            asked.append("recommend")
    # "Hätten Sie Interesse an einem kurzen Austausch?", "Sta je open voor een kort belletje?": the short call a recruiter
    # asks for is agreed beside the details asked, never passed over
    recruiter_call = name == "recruiting" and (facts.ask in ("call", "meet") or bool(cre.search(_MEETING_ASK, fold(facts.question or _last_question(note)))))
    if name == "recruiting" and facts.ask in ("call", "question", "meet"):
        facts.ask = ""  # the recruiter's question is answered by the recruiting reply itself
    # "ich hab einen kleinen Onlineshop … kaum Traffic", "wir planen den Markteintritt in Frankreich": the situation
    # the draft acknowledges instead of a generic "woran arbeitest du gerade?" (situation.py)
    sit = situation.read(note) if note.strip() and note_lang == lang else situation.Situation()
    if sit.kind == "lost" and facts.struggle and facts.ask == "advice":
        sit.kind = "shop" if sit.shop else ""  # "estoy perdida con la publicidad": the struggle's own offer of a hand answers it
    audience = position = business = ""
    if name == "benefit" and not note.strip():
        audience = _audience(item, headline)
        position, business = _headline_parts(headline)
        position = _position_for(position, lang)
        if (audience in ("student", "student_founder") or cre.search(r"(?i)\b(?:estudiante|studente|studentessa|student)\b", headline or "")) \
                and lang in ("es", "it", "nl") and not note.strip():
            informal = True  # a student is answered with tú / tu / je on LinkedIn
        if lang in ("nl", "es"):
            # "Head of Growth en Cabify" without a note: Spanish LinkedIn writes tú with "¡Hola, Iván!", never "Hola, Iván:" with usted
            informal = True  # "Eigenaar Studio Femke", "Head of Growth @ Coolblue": Dutch LinkedIn writes je, never "Beste Femke" with u
    elif name == "benefit" and not sit.kind and not (facts.ask or facts.question or facts.topic or facts.work or facts.referrer or facts.event or facts.org
                                    or facts.proposal or facts.offers or facts.client or facts.role):
        # "toujours intéressant de suivre des profils comme le vôtre" from a marketing director: someone to meet;
        # "me interesa mucho el marketing digital" from a student: the note-less student's offer of tips, never a bland one-liner
        if _audience(item, headline) in ("meet", "student"):
            audience = _audience(item, headline)
            position, business = _headline_parts(headline)
            position = _position_for(position, lang)
    if facts.job_title and cre.fullmatch(_SPAN_ONLY, fold(facts.job_title)):
        facts.job_title = ""  # "une mission de trois mois": its length, never a job title
    # "an intern for our digital marketing team": a bare trainee title says nothing of the field, the note does
    # "un(e) formateur/trice en marketing digital": a bare trainer title says nothing of the field either; the note, less the company, does
    bare_title = not facts.job_title or any(cre.fullmatch(t, fold(facts.job_title)) for t in (_TRAINEE_TITLE, _TRAINER_TITLE, _ADVISER_TITLE))
    subject = " ".join(p for p in (facts.job_title, facts.topic, facts.question,
                                   note.replace(facts.company, " ") if facts.company and bare_title else note if bare_title else "") if p)
    if name == "recruiting":
        # "for a banking client": the recruiter's client says nothing of the role's field
        subject = cre.sub(r"(?i)\b(?:clients?|clientes?|clienti|kunden?|mandanten?|klant(?:en)?|cliente)\b", " ", subject)
        subject = cre.sub(_RECRUITER_TITLE, " ", subject)  # "Linda Park, Recruitment Consultant": her own title, never the role's field
    # "Servus Frau Laurent", "Moin Herr …", "Hi Frau …": a casual hello with her surname is answered "Hallo Herr Baumann",
    # never the stiffer "Sehr geehrter"
    opener_m = cre.match(r"\W*(hallo|guten tag|sehr geehrte|gruezi|gruessech|gruess gott|gruß gott|gruss gott|lieber?(?=\s+(?:frau|herr)\b)"
                         r"|(?:servus|moin|hi|hey)(?=\s+(?:frau|herr)\b))", fold(note))
    lead_m = cre.match(rf"\W*(beste|dag|goeiedag|goedendag|goe(?:de|ie)(?:morgen|middag|navond)|{_EXMO}|hallo|hoi|hey|estimad[oa]|dear|hi|moin|servus"
                       r"|prezad[oa]\s+(?:sra?|senhora?|dra?|doutora?))\b", fold(note))  # "Prezada Sra. Laurent": answered "Prezada Sra. Sousa"
    if not lead_m and owner_first:
        # "Cara Camille", "Gentile Camille", "Chère Camille": a warm letter opening with the owner's first name, answered in kind
        lead_m = cre.match(rf"\W*(cara|caro|gentile|chere|cher|prezad[oa])\s+{re.escape(fold(owner_first))}\b", fold(note))
    if lead_m and lead_m.group(1) in ("estimada", "estimado") and owner_first and owner_last \
            and cre.match(rf"\W*estimad[oa]\s+{re.escape(fold(owner_first))}\s+{re.escape(fold(owner_last))}\b", fold(note)):
        lead_m = None  # "Estimada Camille Laurent, … Elena Márquez": the whole name, answered by title and surname as before
    company = strip_emoji(facts.company)
    if facts.for_client or (company and cre.search(rf"(?i)\b(?:recrut\w+|recruit\w*|reclut\w+|talent\w*|headhunt\w*|de t[êe]tes|personalberat\w*|werving\w*|recrutamento|reclutamiento|selezione)(?:\s+[\w&-]+){{0,2}}?\s+(?:chez|at|bei|en|presso|na|da|bij|de|di|@)\s+{re.escape(company)}", note)
        or cre.search(rf"(?i)\b(?:cabinet|agence|agency|agentur|agencia|agenzia|agência|bureau|wervingsbureau)\s+(?:de\s+)?(?:recrutement|recruitment|recruiting|personal\w*|selecci[oó]n|selezione|recrutamento|werving)?\s*{re.escape(company)}\b", note)):
        company = ""  # "je suis recruteuse chez TalentUp … pour un client": TalentUp is not the employer
    if facts.proposal in ("speaker", "guest") and not facts.topic and note_lang == lang:
        # "des intervenants vacataires en marketing digital": the subject is given, never asked again
        fm = cre.search(r"(?i)\b(?:en|in|im|sobre|su|em|over|about|on|sur|zu|über|de)\s+(?:(?:le|la|l'|il|el|o|a|het|de|das|den|the)\s*)?"
                       r"(?:marketing digital|digital marketing|marketing digitale|online[- ]marketing|seo|sea|social (?:media )?ads|social media advertising"
                       r"|content[- ]marketing|content strategy|strat[ée]gie de contenu|contentstrategie|content-strategie|estrategia de contenidos"
                       r"|strategia dei contenuti|estrat[ée]gia de conte[úu]do|social media|r[ée]seaux sociaux|redes sociales)\b", note)
        if fm and (lang != "de" and cre.search(_CAPITAL_BEFORE, note[:fm.start()]) and fm.group(0).split()[-1][:1].isupper()
                   or seen_at(fold(note), fm.start(), lang[:2])):
            fm = None  # "el Congreso de Marketing Digital de Sevilla", "te vi en … sobre redes sociales": never the talk's topic
        if fm and cre.search(_EXPERTISE_BEFORE, fold(note[max(0, fm.start() - 30):fm.start()])):
            fm = None  # "Votre expertise en stratégie de contenu serait précieuse": her field, never "une conférence en stratégie de contenu"
        if fm and not cre.search(rf"\b{_PROGRAMME_NOUN}\s*$", fold(note[:fm.start()])) \
                and not (facts.proposal == "guest" and cre.search(r"\b(?:podcast|show|programa|programma|emission|blog|newsletter|chaine|canal|channel|kanal|sendung|vlog)\s*$", fold(note[:fm.start()]))
                         and cre.search(r"\b(?:sobre|about|uber|sur|su|sulla|over|de)\s", fold(note[fm.end():]))):
            # "tenho um podcast sobre marketing digital … te entrevistar sobre como …": the show's subject is not the interview's
            facts.topic = fm.group(0)  # never the programme's own subject ("un master in Digital Marketing")
        else:
            facts.topic = _given_topic(note, lang) or facts.topic
    elif facts.proposal in ("speaker", "guest") and note_lang == lang and cre.search(r"(?i)\b(?:thema|theme|th[èe]me|topic|tema|onderwerp|sujet|argomento|assunto)\s*[:–—]|[–—,-]\s+Thema\s+[A-ZÄÖÜ]", note):
        facts.topic = _given_topic(note, lang) or facts.topic  # "einen Podcast über E-Commerce … – Thema: Social Ads": the episode's subject, not the show's
    for said in (facts.when, facts.soon):
        if said and len(facts.topic) > len(said) and fold(facts.topic).endswith(" " + fold(said)):
            facts.topic = facts.topic[:-len(said)].rstrip(" ,")  # "sur la stratégie de contenu au second semestre": the time is its own slot
    if facts.topic and (facts.when or facts.soon):
        # "sulla content strategy per la giornata del" + "il 14 novembre": the date slot carries its own preposition,
        # so the topic never ends on one ("per la giornata del il 14 novembre")
        facts.topic = cre.sub(_DANGLING_DAY, "", facts.topic).rstrip(" ,") or facts.topic
    if lang == "pt":
        # "minha palestra sobre SEO pra e-commerce": a slot is written out in the draft's own neutral words ("para")
        for slot in ("topic", "event", "project", "work", "job_title", "title", "domain"):
            value = getattr(facts, slot, "")
            if isinstance(value, str) and value:
                setattr(facts, slot, cre.sub(r"\b(?:pra|pro|pras|pros)\b", lambda m: {"pra": "para", "pro": "para o", "pras": "para as",
                                                                                      "pros": "para os"}[m.group(0)], value))
    context: dict[str, Any] = {
        "recruiter_call": recruiter_call,
        **{k: getattr(facts, k) for k in ("ask", "wanted", "survey", "event", "when", "org", "work", "title", "topic",
                                          "referrer", "role", "domain", "period", "cv", "job_title", "company", "place",
                                          "salary", "remote", "proposal", "project", "offers", "portfolio", "question",
                                          "shall_we", "options", "former", "candidate", "alumni", "answering", "thanked", "laid_off",
                                          "request", "target", "fmt", "length", "minutes", "recent", "promised")},
        "greeting": greeting(lang, who, informal=informal, mirror=mirror, gender=gender, variant=variant,
                             first_name_used=first_used, soft=not fold(note).lstrip(" ,!").startswith("geachte"),
                             opener={"hallo": "Hallo", "guten tag": "Guten Tag", "gruezi": "Grüezi", "gruessech": "Grüessech", "liebe": "Liebe",
                                     "gruß gott": "Grüß Gott", "gruss gott": "Grüß Gott", "gruess gott": "Grüß Gott",
                                     "lieber": "Liebe", "servus": "Hallo", "moin": "Hallo", "hi": "Hallo", "hey": "Hallo"}.get(
                                 opener_m.group(1), "") if opener_m else "",
                             # "Camille, … Vriendelijke groet, Daan": a note signed politely is answered "Beste Daan", never "Hoi"
                             lead=_lead_word(lead_m.group(1)) if lead_m else ("beste" if lang == "nl" and cre.search(
                                 r"\b(?:met )?vriendelijke groet(?:en)?\b", fold(note)) else ""),
                             title_used=bool(cre.match(rf"\W*(?:{_EXMO}\.?\s+)?(?:sr\.?|sra\.?|senhora?)?\s*(?:dr|dra|prof|profa|doutora?|professora?)\b", fold(note))
                                            # "Gentile Dott.ssa Laurent", "Buongiorno dott.ssa Laurent": the title given is given back
                                            or lang == "it" and bool(cre.match(r"\W*(?:(?:gentil\w*|egregi\w*|car[ao]|spettabile|buongiorno|buonasera|salve)\W+)?"
                                                                               r"(?:dott|dottoressa)\b", fold(note))))),
        # "un stage de 6 mois en marketing digital", "uno stage di 6 mesi nel marketing": a length follows the role at once
        "period_first": bool(facts.period and facts.domain and cre.match(_PERIOD_FIRST, fold(facts.period))),
        "ceremonious": lang == "fr" and bool(cre.search(
            r"\b(?:(?:je vous prie|veuillez) (?:d'|de bien vouloir )?(?:agreer|recevoir)|salutations distinguees|sentiments (?:distingues|respectueux)"
            r"|l'expression de mes)\b|^\W*(?:madame|monsieur)(?: \w+)?\s*,", fold(note))),
        "first_name": who.first,
        "last_name": who.last,
        "full_name": who.full,
        "informal": informal,
        "formal_address": mirror and not informal,
        "variant": variant,
        "intent": name,
        # "your masterclass on Udemy", "deinen Kurs": the owner's course named as the note names it; a training otherwise
        "course_kind": ("" if not course_thanks else "masterclass" if cre.search(r"\bmasterclass\b", fold(note))
                        else "course" if cre.search(r"\b(?:course|kurs|curso|cursus|udemy|coursera|skillshare|domestika)\b", fold(note)) else "training"),
        "has_note": bool(note.strip()),
        "quote": reason_quote(note, item.get("evidence") or [], lang) if note.strip() and note_lang == lang else "",
        "offer": _offer_text(settings, lang),
        "offer_or": _offer_or(settings, lang),
        # a question on the owner's own article or talk, or a client's request, is hers to answer
        "in_field": in_field(subject, settings) or bool(facts.work) or facts.client or job_advice if note.strip() else True,
        "audience": audience,
        # "je viens de rejoindre Decathlon": an old friend's new job, congratulated
        "news_at": career.new_job_at(note) if name == "met_before" and note_lang == lang else "",
        # "Gründerin eines kleinen Etsy-Shops": the business a note-less welcome names is a shop
        "own_shop": bool(audience and cre.search(r"(?i)\b(?:e-?shop|etsy|shop|boutique|tienda|negozio|loja|lojinha|webwinkel|winkel|onlineshop|webshop)", headline or "")),
        "position": position,
        "business": business,
        "business_in": _business_with_article(business, lang, headline)[0],
        "business_for": _business_with_article(business, lang, headline)[1],
        "business_dat": _de_business(business)[0] if lang == "de" else "",
        "business_acc": _de_business(business)[1] if lang == "de" else "",
        # a formal reply to a note ("Mit freundlichen Grüßen", "Met vriendelijke groet", "Bien à vous") is signed with the
        # full name; a note-less welcome by first name keeps the usual signature, one by surname ("Guten Tag Frau Bauer")
        # is signed with the full name as well
        # a Brazilian's plain, friendly "você" note ("Olá Camille, leio sua newsletter…") is signed by first name ("Um abraço,"),
        # never "Atenciosamente, / Camille Laurent": only a letter's own forms (Prezada, a senhora, Bom dia) get the full name
        "signature": _signature(settings, formal=not informal and bool(note.strip()) and note_lang == lang
                                and not (variant == "pt-BR" and pt_br_plain(note, headline))),
        # a plain "Olá! Os seus cursos …" from a student (nothing of a letter, a business or a title) is closed "Cumprimentos,",
        # never the letter's "Com os melhores cumprimentos"
        "plain_note": variant == "pt" and pt_br_plain(note, headline),
        "slang": bool(cre.search(_PT_SLANG, fold(note))) if lang == "pt" else False,
        # "… trocar ideias. Abraço, Tiago" in Portugal: the polite "lhe / preferir", and his own warm closing mirrored
        # ("Um abraço,"), never a colder "Cumprimentos," than the sender's
        "pt_hug": variant == "pt" and bool(cre.search(_NF_PT_CLOSING_HUG, fold(note))),
        # "… aquisição de clientes lá. Abs, Marcelo": a Brazilian's own hug closing is answered "Abraço,", never "Atenciosamente,"
        "br_hug": variant == "pt-BR" and bool(cre.search(_BR_HUG_SIGNED, fold(note))),
        # a client in Zürich is no Swiss sender: one who writes "Grüße" with ß writes German German
        # "unser Shop", "onze webshop", "our shop": the business is theirs together ("eurem Shop", "jullie webshop")
        "our_business": bool(cre.search(r"(?i)\b(?:unser(?:e|em|en|er)?|onze|ons)\s+(?:\w+[- ])?(?:shop|onlineshop|webshop|laden|team|unternehmen|firma|agentur|startup|winkel|bedrijf|bureau|zaak)\b", note)),
        # a sender who opens casually ("hoi camille, … mvg, Kevin") gets the casual close: "Met vriendelijke groet" under "Hoi" reads stiff
        "kind_closing": lang == "nl" and bool(cre.search(r"(?i)\b(?:(?:vriendelijke|hartelijke) groet(?:en)?|mvg)\b", note))
        and not cre.match(r"(?i)\s*(?:hoi|hey|hi|hee|heey)\b", note),
        # "Freundliche Grüsse": a close typed with ü but without ß is Swiss, and so is the reply's ("gruss" from a keyboard
        # without umlauts, "fuer", "Waere", is no sign: an Austrian's "Gruss" still gets "Grüße")
        "swiss": lang == "de" and "ß" not in note and bool(cre.search(_SWISS, fold(f"{note} {headline}")) or cre.search(rf"\b{_SWISS_PLACES}\b", fold(headline))
                                                           or cre.search(r"(?i)\bgrüss(?:e|en|li)?\b", note))
        and not cre.search(_NOT_SWISS_HOME, fold(note)),  # "gruesse aus wien": an Austrian without ß, still "Grüße"
        # "Grüß Gott Frau Laurent, … Liebe Grüße, Theresa Gruber": a warm close to a Sie letter is answered "Herzliche Grüße",
        # never the stiff "Mit freundlichen Grüßen"
        "warm_close": lang == "de" and bool(cre.search(_DE_WARM_CLOSE, fold(note))),
        "resource": settings.resources.get(intent, "") or settings.resources.get(name, ""),
        **{k: getattr(facts, k) for k in ("client", "service", "price", "conditions", "lang_q", "soon", "qkind", "sendwhat", "share",
                                          "recruiter", "networking", "refer_ask", "pass_on", "relay", "duration", "deadline", "by_phone", "piece", "freelance_role", "for_client", "met",
                                          "classmates", "studied", "reconnect", "long_ago", "congrats", "results", "applying", "landed", "mentored", "soon_meet", "helped", "helped_piece", "praised_piece", "episode", "by_email", "coffee", "praise", "attendees", "regular", "regular_long", "fan", "funding", "career", "agreed")},
        # "would you give a guest lecture?": the session, named as the reply names it ("a guest lecture", "einen Workshop")
        # ("für die OMR Masterclass": the event's name says the kind, never "eine Masterclass bei der OMR Masterclass")
        "kind": named_kind(_module_length("einen Gastvortrag" if lang == "de" and facts.kind == "lecture" and "gastvortrag" in fold(note)
                                          else _KIND_PHRASES.get(lang, {}).get(facts.kind, ""), note if note_lang == lang else ""),
                           note if note_lang == lang else "", lang)
        if facts.proposal == "speaker" and not _kind_in_stage(facts) else "",
        # "ponente en la mesa redonda", "relatrice al panel", "oradora no painel": the seat on a panel is named as one,
        # never "una ponencia"/"uma palestra" she was not asked to give
        # ("la conférence Digital Lyon Day … pour une table ronde": the event is a conference, her seat the round table)
        **({"kind": _panel_kind(note, lang)} if facts.proposal == "speaker" and (not facts.kind or facts.kind == "talk" and not cre.search(_LINEUP, fold(note)))
           and note_lang == lang and _panel_kind(note, lang)
           and not cre.search(_PANEL, fold(facts.topic or "")) else {}),  # ("on a panel about …" is the topic's own)
        "kind_key": facts.kind if facts.proposal == "speaker" else "",
        # "speak at BrightonSEO", "organizo o Web Summit Side Events": the event named, with the preposition the reply needs
        # "la conférence Digital Lyon Summit": the name's own event noun gives its article ("au Digital Lyon Summit"), never the
        # article of the generic noun before it ("à la Digital Lyon Summit")
        "stage_at": _stage_phrase(facts.stage, facts.stage_art, lang) if facts.proposal == "speaker" and note_lang == lang else "",
        # "quiero empezar con contenidos en Instagram. ¿Das formaciones? ¿Cuánto cuestan?": the content they want to learn, named
        "learn_topic": content_topic(note, lang) if note_lang == lang else "",
        "train_topic": facts.train_topic if note_lang == lang else "",  # "former nos commerciaux au social selling": the training named
        # "geef je ook trainingen voor beginners, en wat kost dat?": her trainings said to be for beginners too
        "beginners": note_lang == lang and not facts.team and bool(cre.search(_FOR_BEGINNERS, fold(note))),
        "cfp": facts.cfp if facts.proposal == "speaker" and note_lang == lang else "",
        "avail_q": facts.avail_q and facts.proposal == "speaker" and not cre.search(r"\d", facts.soon or facts.when)
        and not cre.search(_DAY_MONTH, fold(note)),  # ("le 14 mai": the date is given)
        # "le 14 novembre … Seriez-vous disponible ?": the day given and asked about is noted, never "subject to my diary"
        "date_asked": facts.avail_q and facts.proposal == "speaker" and bool(cre.search(_DAY_MONTH, fold(note))),
        # "une matinée professionnelle en avril", "(marzo)": a talk in a month, not on a day; the exact date is asked
        "month_only": facts.proposal == "speaker" and bool(facts.soon or facts.when) and not cre.search(r"\d", facts.soon or facts.when)
        and not cre.search(_DAY_MONTH, fold(note)),
        "company": company,
        "owner_langs": [settings.language] + (["en"] if settings.language != "en" else []),
        "student_job": _student_job(headline) if name == "benefit" and not note.strip() else "",
        "taught": _taught(note, headline) if facts.service == "module" else "",
        # "pour nos commerçants" said back as "pour vos commerçants", never the sender's "nos" in the owner's mouth
        "taught_for": exchange.revoice(_taught_for(note), lang, informal) if facts.service == "module" and note_lang == lang else "",
        "topic_of": _topic_of(facts.topic, lang),
        "topic_on": _topic_on(facts.topic, lang),
        # "white-label work?", "para clientes franceses": the collaboration the call is about ("white_label", "clients")
        "swap": bool(facts.exchange and cre.search(_SWAP_NOTES, fold(note))),  # peers comparing notes
        # "co-criar um webinar sobre aquisição de clientes": content made together, never work on the sender's clients
        "partner_work": ("" if facts.proposal != "partnership" else "cohost" if cre.search(_COCREATE, fold(note)) else "" if not (cre.search(PARTNER_WORK, fold(note)) or training_deal(note)) else
                         "white_label" if cre.search(_WHITE_LABEL_WORK, fold(note))
                         # "une collaboration en sous-traitance ?": work subcontracted, said back as such, never "white label"
                         else "subcontract" if cre.search(_SUBCONTRACT_WORK, fold(note))
                         # "clients communs", "refer clients to each other", "gemeinsame Kunden": clients both share, never "yours"
                         else "shared" if cre.search(_SHARED_CLIENTS, fold(note))
                         # "Could we explore a referral partnership?": clients passed both ways, none shared yet (the opening says it)
                         else "referral" if cre.search(_MUTUAL_REFERRALS, fold(note))
                         else "training" if training_deal(note)
                         # "proyectos de clientes franceses", "French clients": clients in France, never "your clients' projects"
                         else "french" if cre.search(_FRENCH_CLIENTS, fold(note))
                         # "sui progetti dei tuoi clienti", "for your clients": her clients, "my clients" in her reply
                         else "mine" if cre.search(_YOUR_CLIENTS, fold(note)) else "clients"),
        "cohost_on": _cohost_on(note, variant or lang),
        "clients_also": clients_also(note, lang) if note_lang == lang else "",
        # "Zijn die ook in het Engels of alleen in het Frans?": a plain question, thanked for as a message, never "klinkt interessant"
        # "Do you work with agencies?", "Zijn die ook in het Engels?": a note that proposes nothing (no offer, request or
        # pitch; only a yes/no on her) is thanked as a message, never "sounds interesting"
        "plain_q": (bool(facts.lang_q) or bool(facts.yes_q) and not (
            facts.offers or facts.pitch or facts.request or facts.hiring or facts.shall_we or facts.exchange or facts.refer_ask
            or facts.ask in ("proposal", "call", "meet", "intro", "questions", "services"))) and not facts.proposal,
        "project_noun": _project_noun(note, facts.project, lang),
        "referrer_gender": _referrer_gender(note, facts.referrer, lang) if facts.referrer else "",
        "asks": asked,
        # the note says where they stand (a shop, a budget, how long), or asks something precise: answer it, never re-ask
        "situated": job_advice or facts.situation or facts.amount or facts.qkind in ("timing", "experience")
        or (facts.qkind not in ("choice", "budget") and len((facts.question or _last_question(note)).split()) >= 9),
        "amount": facts.amount,
        "team": facts.team,
        "yes_q": facts.yes_q,
        "yes_known": facts.yes_q and _settings_tell(_yes_no_question(note), facts, settings),
        "links": facts.links,
        "senhor": senhor,
        # "Shopify or WordPress?": an either/or between two tools, the only one "both are good tools" answers
        "tool_choice": facts.qkind == "choice" and len(set(cre.findall(_TOOLS, fold(facts.question or note)))) >= 2,
    }
    if lang == "nl" and not note.strip() and informal and who.first and context["greeting"].startswith("Hoi ") and cre.search(
            r"\b(?:director|directeur|directrice|head of|hoofd|ceo|cmo|coo|cfo|vp|vice president|managing|partner|bestuurder|general manager)\b",
            fold(headline)):
        # "Marketing Director Benelux bij …" with no note: "Beste Annelies," (je stays, as Dutch LinkedIn writes), never "Hoi"
        context["greeting"] = f"Beste {who.first},"
    if not note.strip() and not informal and (_BY_SURNAME.search(context["greeting"]) or who.last and who.last in context["greeting"]):
        # a note-less welcome by surname ("Guten Tag Frau Bauer", "Estimado Sr. Ruiz:") or by full name when the gender is
        # not known ("Guten Tag Kim Berger") is signed with the full name as well, never a first name under a formal address
        context["signature"] = _signature(settings, formal=True)
    # "Sono a Lione il 3 e 4 luglio, ti andrebbe un caffè?": the coffee is accepted on the sender's days, never re-asked
    day = cre.search(_MEET_DAYS, note) if "meet" in asked else None
    context["meet_day"] = day.group(0).strip() if day else ""
    # "Would you be available for a meeting in Lyon next month?", "un rendez-vous à Lyon": a client's meeting in person is
    # accepted as such ("in Lyon" kept when it is her city), never turned into "a coffee" or a first call
    context["meeting"] = meeting_place(note, settings.city) if facts.client and note_lang == lang else ""
    context["when"], context["soon"] = _whole_range(context["when"], note), _whole_range(context["soon"], note)
    context["when"], context["soon"] = _dated(context["when"], lang), _dated(context["soon"], lang)
    context["meet_period"] = meet_period(note, str(context["soon"] or "")) or next_month(note, lang[:2])
    # "would you be open to a chat, or know someone who might be?": a recruiter asking about her too gets her own answer
    # before the referral one
    context["self_line"] = _SELF_OPEN_LINE.get(variant or lang, _SELF_OPEN_LINE.get(lang[:2], "")) \
        if intent == "recruiting" and cre.search(_SELF_OPEN, fold(note)) else ""
    context["quarter_line"] = quarter_line(note, variant or lang) if name in ("client", "business_proposal", "recruiting", "answer", "ask_for_help") else ""
    if context["quarter_line"]:
        context["meet_period"] = ""  # "available in Q1?": the quarter is the work's, the first call stays next week
        if cre.search(_NEW_CLIENTS_ROOM, fold(note)):
            # "taking on new clients this quarter?": answered by the quarter line, never "that's exactly what I do"
            context["yes_q"] = context["yes_offer"] = False
    context["beginner_line"] = beginner_line(note, variant or lang, informal=bool(context["informal"])) if not facts.team else ""
    context["video"] = bool(cre.search(_VIDEO_ASK, fold(note)))
    # "¿Tendrías disponibilidad en enero?", "Hai disponibilità da gennaio?": the month the work would start, answered (the
    # period as the note wrote it, "da gennaio" too), and the first call stays next week unless the call itself was asked
    # for that month ("are you free in March for a call?")
    # ("lancement en septembre … des disponibilités à la rentrée ?": a client asks about the month named elsewhere)
    # ("Wir suchen eine externe SEO-Beraterin … Hätten Sie im Februar Kapazitäten?": a partner's project asks the same)
    period = context["meet_period"] or (facts.soon if cre.match(_FROM_PERIOD, fold(facts.soon)) or (facts.client and facts.avail_q or name in ("business_proposal", "referral"))
                                        and not facts.soon_meet else "")
    context["month_line"] = month_line(note, variant or lang, str(period)) \
        if name in ("client", "business_proposal", "recruiting", "answer", "ask_for_help", "referral") else ""
    if name == "recruiting" and not (facts.freelance_role or facts.client):
        context["month_line"] = ""  # a salaried post declined: no "April works for me" before the no
    if name == "recruiting" and facts.freelance_role and context["soon"] and (variant or lang) != "pt-BR":
        context["month_line"] = ""  # the freelance reply says it: "een start vanaf maart is in principe bespreekbaar"
    if name == "recruiting" and facts.freelance_role and facts.soon_meet and context["soon"] and context["recruiter_call"]:
        # "Heb je volgende week tijd voor een korte call?": the week is the call's, said with the call ("Een kort belletje
        # volgende week is ook prima"), never read as the mission's start ("een start volgende week is bespreekbaar")
        context["call_when"], context["soon"] = context["soon"], ""
    if facts.proposal in ("speaker", "guest", "jury") and facts.qkind != "send" and (context["when"] or context["soon"]):
        # "Hast du im Januar Zeit?" for a podcast or a talk: the yes says it once with its calendar hedge and asks for dates in
        # that month, never "Im Januar sollte es passen. Sehr gern, sofern mein Kalender es zulässt!"
        context["month_line"] = ""
    soon_at = fold(note).find(fold(facts.soon)) if facts.soon else -1
    after = cre.match(r"[^.!?\n]{0,30}", fold(note)[soon_at + len(facts.soon):]) if soon_at >= 0 else None
    # "Would you be free to talk in May?", "disponible en septembre pour en parler ?": the talk itself is asked for that month
    talk_then = soon_at >= 0 and bool(cre.search(_TALK_THEN, fold(note)[max(0, soon_at - 40):soon_at])
                                      or (after and cre.search(_TALK_WORD, after.group(0))))
    if context["month_line"] and not facts.soon_meet and not talk_then and not cre.search(_TALK_WISH, fold(note)):
        context["meet_period"] = ""
    if lang == "de" and context["event"]:
        # "beim Webinar von HubSpot im Chat": written as a German speaker would, "im Chat beim HubSpot-Webinar"
        event = context["event"].strip()
        chat = cre.search(r"\s+(im (?:Chat|Kommentarbereich|Q&A))$", event)
        if chat:
            event = f"{chat.group(1)} {event[:chat.start()]}"
        # (a person's first name stays after "von": "im Workshop von Neil", never "im Neil-Workshop")
        event = cre.sub(r"\b(beim|im|am|auf dem|nach dem|vom) (Webinar|Workshop|Meetup|Event|Livestream|Online-Event|Barcamp) von ([A-ZÄÖÜ][\w.]*)$",
                        lambda m: m.group(0) if name_gender(m.group(3), lang) else f"{m.group(1)} {m.group(3)}-{m.group(2)}", event)
        context["event"] = event
    if facts.own_colleague:
        context["referrer"] = ""  # "via mijn collega Pieter Janssen": his colleague, never "dank aan Pieter voor de introductie"
    # "Ana me habló muy bien de tu curso", "Giorgio mi ha consigliato il tuo corso": the referrer only recommended her
    # course (or other work), never "thanks to Ana for putting us in touch"
    context["recommended"] = bool(context["referrer"]) and bool(cre.search(_RECOMMENDED_WORK, fold(note)) or cre.search(_TOLD_ABOUT_HER, fold(note))) \
        and not cre.search(_INTRODUCED, fold(note))
    if lang in ("de", "nl"):
        # "Herr Markus Weber", "mevrouw Sanne de Vries": a title takes the surname alone ("Herr Weber", "mevrouw De Vries")
        context["referrer"] = cre.sub(r"^(Herrn?|Frau|meneer|mevrouw|de heer) [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? (?=(?:van |de |von |ter |den )?\S)",
                                      r"\1 ", context["referrer"])
        context["referrer"] = cre.sub(r"^(meneer|mevrouw|de heer) (van|de|den|ter)\b", lambda m: f"{m.group(1)} {m.group(2).capitalize()}", context["referrer"])
    if lang == "de" and context["referrer"].startswith("Herr "):
        context["referrer"] = "Herrn " + context["referrer"][5:]  # "vielen Dank an Herrn Brandt"
    if context["referrer"] and not context["informal"] and (
            title := cre.search(r"(?<!\w)(Dr\.|Dra\.|Dr\.ª|Prof\.|Prof\.ª|Profa\.|Eng\.º|Eng\.ª)\s+" + re.escape(str(context["referrer"])) + r"\b", note)):
        # "por indicação do Dr. Rui Almeida": a formal note's title for the referrer kept ("também ao Dr. Rui Almeida")
        context["referrer"] = f"{title.group(1)} {context['referrer']}"
    if context["job_title"] and cre.match(r"(?:a|an|un|une|uno|una|um|uma|een|ein|eine|einen)\s+(?=[A-ZÀ-Ý])", context["job_title"]):
        # "een Senior SEO Specialist", "a Head of Growth": one capitalised title after its article is the title itself ("de functie van Senior SEO Specialist")
        context["job_title"] = context["job_title"].split(None, 1)[1]
    if context["job_title"] and cre.match(r"(?i)(?:des|les|un|une|a|an|the|der|die|ein|eine|los|las|unos|gli|dei|os|as|de)\s", context["job_title"]):
        context["job_title"] = ""  # "des consultants data confirmés" is not a job title to write "le poste de …" with
    if context["job_title"]:
        context["job_title"] = owners_form(context["job_title"], settings.owner_gender)
    # The owner's answer facts: a plain answer to "online too?", "in Spanish?", "clients in Canada?", "interns?"
    # "wij willen beter gevonden worden. Heeft u ook klanten in Nederland?": judged a proposal but proposing nothing,
    # the sender is a prospect whose question on her answer facts gets its plain answer
    prospect = name == "business_proposal" and not (facts.proposal or facts.offers or facts.request or facts.job_title or facts.recruiter)
    context.update(known_context(note if note_lang == lang else "", lang, variant, "client" if prospect else name, settings, ask=facts.ask,
                                 request=facts.request))
    if facts.exchange and facts.ask == "call":
        context["known"] = []  # "swap notes on pricing", "come gestite i clienti": a peer's topic, not a question on her rates or regions
    if context.get("known") == ["mentoring"] and faq.asks_path(note) and not cre.search(_MENTORING_OFFER_ASKED, fold(note)):
        # "würde mich über ein kurzes Mentoring-Gespräch freuen – wie bist du Freelancerin geworden?": the chat wished for
        # is her own path asked, answered from her FAQ, never a pitch for paid one-to-one mentoring
        context["known"] = []
    # "busco prácticas en Francia. ¿Tendrías alguna posibilidad o algún consejo?": an internship asked of an owner who takes
    # none, with tips asked beside it: the tips are given and the no is said in one line, never one without the other
    context["intern_tips"] = intent == "job_seeking" and settings.interns is False and note_lang == lang and is_internship_note(note) \
        and _intern_and_tips(note)
    if context["intern_tips"] and name == "ask_for_help" and "interns" in (context.get("known") or []):
        context["known"] = [k for k in context["known"] if k != "interns"]
    if settings.work_languages:
        context["owner_langs"] = list(settings.work_languages)
        wished = [c for c in langs_wished(note if note_lang == lang else "") if c in settings.work_languages] if facts.lang_q else []
        if len(wished) == 1:
            context["owner_langs"] = wished  # "gerne auf Englisch": "ja, … auf Englisch", never her whole list as if not read
        # "Você fala português? Senão a gente faz em inglês!": the work_languages fact answers it, in a proposal too
        spoken = speak_asked(note if note_lang == lang else "")
        if spoken and name == "business_proposal" and "language" not in (context.get("known") or []):
            work = list(settings.work_languages)
            context["speak_lang"], context["speak_ok"] = spoken, spoken in work
            context["speak_alt"] = "" if spoken in work else ("en" if "en" in work else work[0])
    # "nous cherchons à structurer notre stratégie de contenu": the need named in the reply ("sur votre stratégie de contenu")
    context["need"] = need_phrase(note if note_lang == lang else "", list(settings.offer), lang, bool(context["informal"])) \
        if not facts.role and not facts.recruiter else ""
    scope = told.scope_phrase(note if note_lang == lang else "", variant or lang, informal=bool(context["informal"]))
    if context["need"] and scope and scope not in str(context["need"]):
        # "un accompagnement SEO pour nos 12 enseignes", "expanding into France … our French SEO strategy": the need for THEIR
        # business ("sur votre SEO pour vos 12 enseignes", "with your SEO strategy for the French market"), never a bare "your SEO"
        need = str(context["need"])
        if lang in ("fr", "es") and cre.match(r"(?:pour|para) (?:vos|tes|sus|tus) \d", scope):
            # "sur votre SEO pour vos 3 marques" reads clumsy: "sur le SEO de vos 3 marques", "con el SEO de sus 3 tiendas"
            for poss_rx, article in _SCOPED_ARTICLES[lang]:
                need = cre.sub(poss_rx, article, need)
            scope = "de " + scope.split(" ", 1)[1]
        context["need"] = f"{need} {scope}"
    clients_projects = agency_projects_phrase(note if note_lang == lang else "", list(settings.offer), lang, bool(context["informal"]))
    if context["need"] and clients_projects:
        context["need"] = clients_projects  # "an agency … a freelancer for a few SEO projects": their clients' projects, never "your SEO"
    context["we_ask"] = bool(context["need"] and context["informal"] and lang[:2] in _WE_ASK
                             and cre.search(_WE_ASK[lang[:2]], fold(note if note_lang == lang else "")))
    # "souhaiterais refondre notre stratégie digitale": the project named ("parler de votre stratégie digitale"), never a bare "happy to talk"
    context["plan"] = plan_phrase(note) if note_lang == lang and not context["need"] and not facts.role and not facts.recruiter else ""
    # "vi tu charla en YouTube", "watched the replay of your webinar": seen online, never "see you at a next event"
    context["recorded"] = bool(cre.search(_RECORDED, fold(note)))
    # "would value your feedback on my career path": their path talked over, never "send me what to look at"
    context["career_fb"] = bool(cre.search(_CAREER_PATH, fold(note)))
    # "molto interessante il tuo approccio sulle social ads. Ci colleghiamo?": the field they spoke of named in a prospect's
    # reply ("Parliamo volentieri di pubblicità sui social!"), never a bare "Ne parliamo" with nothing to talk about
    context["topic_named"] = topic_phrase(note, list(settings.offer), variant or lang) \
        if note_lang == lang and not context["need"] and not context["plan"] and not facts.role and not facts.recruiter and not facts.price else ""
    # "she said you're the person to know for SEO training": what she was recommended for, named ("tell you more about my SEO training")
    context["course_named"] = course_phrase(note, list(settings.offer), variant or lang) if note_lang == lang else ""
    context["exchange"] = facts.exchange
    # "Gerne würde ich den Austausch fortsetzen": the talk carried on, gladly ("worüber möchten Sie sprechen?"), never a call set
    # "Could we arrange a short call?", "Kunnen wij een afspraak inplannen?": a speaker invitation whose call is asked, never
    # the talk's own length ("une conférence de 30 min")
    # ("Pouvons-nous en parler ?", "Possiamo parlarne?", "Kunnen we het bespreken?": the talk's organiser asks to discuss it)
    context["speaker_call"] = facts.proposal == "speaker" and (bool({"call", "meet"} & {a.split(":")[0] for a in facts.asks})
                                                               or (facts.shall_we and bool(cre.search(_CALL_ASKED, fold(facts.question))))) \
        and bool(cre.search(_CALL_ASKED, fold(note))) and not cre.search(_NF_BY_EMAIL, fold(note))
    # ("Kunnen we dit verder bespreken per mail?", "Can we discuss it by email?": discussed in writing, never a phone call set)
    # "würde mich freuen, von deinen Erfahrungen zu lernen", "would love to learn from your experience": glad to share it,
    # and what they would like to know (never "what should I write next?" nor "what are you working on?")
    context["learn"] = bool(note.strip()) and note_lang == lang and name in ("met_before", "content", "benefit") \
        and bool(cre.search(_LEARN_FROM, fold(note))) and not (facts.ask or facts.question.strip() or facts.proposal or facts.offers or facts.role)
    # "could you send me the slides and the list of tools you mentioned?": both named in the share reply
    context["tools_too"] = facts.qkind == "share" and bool(note.strip()) and bool(cre.search(_TOOL_LIST, fold(note)))
    context["go_on"] = facts.go_on and not (facts.ask or facts.question.strip() or facts.proposal or facts.offers or facts.role)
    # "I run a small online tea shop", "oprichter van een webshop in duurzame babykleding": a wish for THEIR shop, never a reply
    # that reads as if the note named none (a seller, a recruiter or a job seeker has no shop of theirs to wish luck to)
    context["shop_line"] = shop_line(note if note_lang == lang else "", str(item.get("headline") or ""), variant or lang,
                                     informal=bool(context["informal"])) \
        if name in _SHOP_TEMPLATES and not (facts.sells or facts.pitch or facts.offers or facts.role or facts.recruiter or facts.hiring) \
        and not (facts.client or facts.price or facts.service or facts.funding or cre.search(_STALLED, fold(note))) \
        and not facts.launched[1] and not cre.search(_GROWTH_STALLED, fold(note)) \
        and not {"call", "meet"} & {a.split(":")[0] for a in [facts.ask, *facts.asks]} else ""
    # ("your posts helped me open my tea shop, thanks!": the launch is congratulated instead; "mijn instagram groeit maar niet":
    # a problem told gets the answer, never a closing "good luck with your shop"; "hai tempo per una call?": the call is the reply)
    # ("nos ventes stagnent", "¿cuánto cuesta una auditoría?", "como funciona sua consultoria?": a prospect describing a problem
    # or asking for her services gets the business part, never a "good luck with your shop" that reads like a brush-off)
    context["shop_headline"] = str(item.get("headline") or "")
    context["shop_phrase"] = shop_phrase(note if note_lang == lang else "", "", variant or lang,
                                         informal=bool(context["informal"])) if context["shop_line"] else ""
    own = note if note_lang == lang else ""
    # "I'd love your thoughts on SEO vs paid for B2B", "ton avis sur …", "Ihre Meinung zu …": her take on THAT topic (exchange.py)
    context["question_mark"] = "?" in own  # something asked ("Seriez-vous disponible en mars ?"): a "Oui," may answer it
    # (a talk she is invited to give is no request for her views: "que dieras una charla sobre SEO local")
    context["views_on"] = exchange.views_on(own, lang, talk=not context["need"]) if name not in ("recruiting", "job_seeking") and facts.proposal != "speaker" else ""
    # "a conversation about supporting our expansion": the topic said back with the sender's own pronouns turned ("your expansion")
    context["views_on"] = exchange.revoice(context["views_on"], lang, bool(context.get("informal")))
    # "coffee next time I'm in Lyon?": "let me know when you're next in Lyon", never "which days in the next two weeks"
    context["next_visit"] = exchange.next_visit(own, lang)
    # "a coffee if you come to Nantes?": her own next visit there ("I'll let you know next time I'm in Nantes")
    context["my_visit"] = "" if context["next_visit"] else exchange.your_visit(own, lang)
    for k in ("org", "place", "event", "co_after"):  # "si tu passes à Bordeaux" is no place they shared
        if context["my_visit"] and isinstance(context.get(k), str) and cre.sub(r"^\S{1,4}\s+", "", context[k]) == context["my_visit"]:
            context[k] = ""
    # "auf der OMR in Hamburg", "een Amsterdamse fintech", a note in Dutch: the sender lives far from the owner, so the
    # exchange she offers is a call, never a coffee (unless the sender asks to meet or comes to her city)
    context["far"] = _far(note, headline, note_lang, settings, lang) and not context["next_visit"] and not context["my_visit"] and "meet" not in asked
    # "I'm Head of Growth at a Berlin fintech … time for a coffee chat?": someone abroad with no visit to her city named gets a
    # video call first and the coffee when next in Lyon, never "which days for a coffee" as if they lived next door
    far_meet = "meet" in asked and not (context["next_visit"] or context["my_visit"] or context["meet_period"] or context["meet_day"]
                                        or context["meeting"] or context.get("arrive")) \
        and bool(cre.search(_ABROAD, fold(f"{note} {headline}"))) and not cre.search(_OWNER_CITY, fold(note)) \
        and not cre.search(_MEETING_REMOTE, fold(note))  # "Um café virtual?": already a remote one, accepted as such
    context["far_meet"] = far_meet_line(variant or lang, settings.city, informal=bool(context["informal"])) if far_meet else ""
    if "meet" in asked and not context["meet_day"]:
        # "¿Vas al Salon de París? Me encantaría tomar un café": the event asked about answered, the coffee there
        context["far_meet"] = event_meet_line(own, variant or lang, informal=bool(context["informal"])) or context["far_meet"]
    # "estaré en Lyon el 14 y 15 de noviembre, ¿un café para hablar de formación?": the coffee on THOSE days is the next
    # step of a training or service answer, never "a 20-minute call next week"
    context["dated_coffee"] = dated_coffee_line(variant or lang, str(context["meet_day"]), informal=bool(context["informal"])) \
        if "meet" in asked and not (context["meeting"] or context["next_visit"] or context["my_visit"] or far_meet) else ""
    context["coffee_asked"] = bool(cre.search(_COFFEE_WORD, fold(note)))
    # a Head of Growth, a CMO, a Marketingleiterin (or someone the owner wants to meet): an exchange after a content note
    context["senior"] = bool(item.get("meet")) or any(e.get("rule") == "want_to_meet" for e in (item.get("evidence") or [])) \
        or exchange.senior_marketer(own, headline) or (name == "content" and exchange.facing(own))
    # "als marketingdirecteur … Met vriendelijke groeten": a senior sender who wrote without one exclamation mark gets a calm
    # reply (at most one "!" in the body), never "Bedankt voor je bericht! Ik help je graag!"
    context["calm"] = bool(context["senior"]) and bool(note.strip()) and "!" not in note and note_lang == lang
    context["shared_work"] = _shared_work(note, lang) if note_lang == lang else ""
    # "l'ho condiviso col mio team", "I forwarded it to my colleagues", "mit meinem Team geteilt": her piece passed on, thanked
    # "danke nochmal für die tolle Schulung bei uns im Unternehmen … Das Team ist begeistert": a training she GAVE at their
    # company, and the team's feedback, thanked as such (never "dafür, dass Sie meine Schulung besucht haben")
    context["team_liked"] = name == "content" and facts.work in ("training", "workshop") and note_lang == lang \
        and bool(cre.search(_TAUGHT_WHERE, fold(note))) and bool(cre.search(_TEAM_REACTION, fold(note)))
    shared = cre.search(_TEAM_SHARED, fold(note)) if name == "content" else None
    # "lo condivido col mio team", "I'll share it with my team", "je vais le partager à mon équipe": a share to come is
    # never thanked as done ("grazie per averlo condiviso"); the reply hopes it helps their team ("will")
    context["team_shared"] = ("will" if cre.search(_TEAM_WILL, fold(note)[max(0, shared.start() - 14):shared.end()]) else "done") if shared else ""
    # "maybe we can collaborate on projects someday :)": a casual wish gets a light "let's keep each other in mind",
    # never a call to book nor the wish quoted back
    if name == "business_proposal" and facts.proposal == "partnership" and facts.work and facts.topic and note_lang == lang:
        # "j'ai vu ton post sur l'audit SEO des e-shops … on pourrait collaborer sur des projets clients": the topic is the
        # piece's, never the collaboration's ("ta proposition de collaboration sur l'audit SEO des e-shops")
        tpos = fold(note).find(fold(facts.topic))
        if tpos >= 0 and cre.search(_PIECE_BEFORE, fold(note)[max(0, tpos - 40):tpos]):
            context["topic"] = ""
            if context.get("topic_on") is not None:
                context["topic_on"] = ""
    context["someday"] = name == "business_proposal" and "?" not in note and facts.ask in ("", "proposal") and bool(cre.search(_SOMEDAY, fold(note)))
    if context["someday"]:
        context["topic"] = ""
        if context.get("topic_on") is not None:
            context["topic_on"] = ""
    # "consigli su corsi o certificazioni?", "tips on courses or certificates?": a topic that is one option of the question
    # is half the question, never the message's subject ("grazie per il tuo messaggio su corsi")
    opts = facts.options or choice_options(facts.question or _last_question(note))
    core = cre.sub(r"^\S+\s+", "", str(context.get("topic") or "")).strip()
    if core and ((len(opts) >= 2 and fold(core) in {fold(o).strip() for o in opts})
                 or cre.search(r"(?i)(?:^|\s)" + re.escape(core) + r"\s+(?:or|ou|o|oder|of|ó)\s+\w[^.!]*\?", note)):
        for k in ("topic", "topic_of", "topic_on"):
            if context.get(k):
                context[k] = ""
    # "Please share with your network", "se tiver indicação", "know anyone?": the recruiter asks about her network too
    context["network_ask"] = bool(facts.recruiter or intent == "recruiting") and bool(cre.search(_NETWORK_ASK, cre.sub(_JOIN_NETWORK, " ", fold(note))))
    # "als Marketing Director … op zoek naar expertise rond SEO voor de Franse markt": judged a recruiter, but no job is
    # offered (the template fell back to "benefit"): a prospect with a need, answered as one
    if (name == "business_proposal" or name == "benefit" and intent == "recruiting") and context["need"] \
            and not (facts.proposal or facts.ask or facts.offers or facts.pitch):
        # "I would like to discuss a possible engagement regarding our paid social strategy": a prospective client,
        # answered with the need named, never a vague "I'd be glad to explore this"
        name = context["intent"] = "client"
        context["client"] = True
    elif intent in ("recruiting", "job_seeking", "business_proposal") and name in ("recruiting", "ask_for_help", "met_before", "business_proposal", "benefit") \
            and context["need"] and facts.ask in ("", "call", "question", "meet") and note_lang == lang \
            and not (facts.proposal or facts.offers or facts.pitch or facts.hiring or facts.job_title or facts.recruiter or facts.candidate
                     or facts.role or facts.freelance_role or facts.exchange or is_internship_note(note)) \
            and career.stage(note, headline) not in ("student", "intern", "junior") and cre.search(_MANAGER_SAYS, fold(f"{note} {headline}")):
        # "como directora de marketing … busco experiencia en SEO", "sono responsabile marketing … cerchiamo supporto per la SEO":
        # a manager stating a business need (judged a recruiter or a job seeker): a prospect, answered with the need named
        name = context["intent"] = "client"
        context["client"] = True
        if context.get("met") and not context.get("when") and any(fold(o) in fold(str(context.get("event") or "")) for o in settings.offer) \
                and cre.fullmatch(r"(?:in|en|em|op|auf|at|a|à|di|de)\s+[\w' -]{1,30}", str(context.get("event") or "")):
            context["met"], context["event"] = False, ""  # "competenze in SEO": her field, never a conversation "in SEO"
    # "for your message on getting a first internship": a question echoed back reads robotic; "and good question!" does not
    # "en tu charla sobre SEO local", "al tuo talk": the sender was in the audience; no conversation to pick up again
    if facts.work and note_lang == lang and cre.search(_OTHER_ATTENDED, fold(note)) and not cre.search(_TALKED, fold(note)):
        # "mijn collega Sven heeft jouw workshop gevolgd", "a colleague of mine took your course": someone else was
        # there, not the sender; never "glad you were at my workshop"
        if name == "met_before":
            name = context["intent"] = "content"
        facts.work = context["work"] = ""
    if facts.work in ("workshop", "training") and not _took_it(note) and (
            cre.search(_RUNS_TRAINING, fold(note)) or cre.search(_YOUR_TRAINING_Q, fold(_last_question(note) or "")) or _asks_if_offered(fold(note))
            or context.get("recommended")):
        # "do your training courses run in English too?", "tieni ancora il corso?": her training asked about, nobody
        # attended it; never "thanks for attending my training"; "Marta me habló muy bien de tu curso": recommended to
        # the sender, not followed
        facts.work = context["work"] = ""
    # "já estou aplicando tudo no meu trabalho", "lo sto già mettendo in pratica": already of use, never "good luck putting it into practice"
    # "I've already started our editorial calendar": already put to use, like "I'm already applying it"
    context["applied_now"] = bool(cre.search(_APPLIED_NOW, fold(note)) or cre.search(_NF_PLAN_STARTED, fold(note)))
    # "j'ai suivi votre formation Google Ads à la CCI l'an dernier, merci encore !": a training taken long ago, hoped to serve
    # still, never "if you put some of it into practice"
    context["taken_long_ago"] = facts.work in ("training", "workshop") and (
        bool(cre.search(_TAKEN_LONG_AGO, fold(str(facts.when or "")))) or _taken_in_past_year(note))
    # "j'ai enfin compris les enchères": what clicked, reacted to ("Trop bien que les enchères aient enfin du sens pour toi")
    context["clicked_line"] = clicked_line(note, variant or lang, informal=bool(context["informal"])) \
        if note_lang == lang and facts.work in ("training", "workshop", "webinar", "talk") else ""
    if not facts.work and note_lang == lang and cre.search(_HER_TEACHING, fold(note)) and not cre.search(_SESSION_EVENT, fold(str(context["event"]))):
        # "estivemos juntas na formação de TikTok Ads … Adorei a sua didática!": she gave it, so the sender attended her
        # training; never "great to keep in touch after we were in Lyon"
        session = cre.search(_SESSION_NAMED, fold(note))
        if session:
            facts.work = context["work"] = "workshop" if session.group(1) in ("workshop", "atelier", "taller", "laboratorio", "oficina") else "training"
            facts.praise = context["praise"] = True  # her teaching praised: "glad you liked it"
    context["attended"] = facts.work in ("talk", "workshop", "webinar", "training", "live") and not cre.search(
        r"\b(?:" + _NF_CHAT_WORDS + r"|stand"
        # "fijn je ontmoet te hebben", "great meeting you": a personal encounter, beyond the talk
        # ("du hast über Social Ads gesprochen", "você falou sobre SEO": her speaking on stage, no conversation)
        r")\b", cre.sub(_SHE_SPOKE, " ", fold(note))) and not cre.search(
        r"\b(?:ontmoet\w*|leren kennen|kennengelernt|getroffen|(?:great|nice|good|lovely) (?:meeting|to meet)|ravie? de (?:t'|vous )?avoir rencontre\w*"
        r"|averti conosciut\w*|piacere di conoscerti|encantad[oa] de conocerte|prazer em (?:te )?conhecer|on s'est (?:vu|croise)\w*|we met|nos vimos|ci siamo vist\w*)\b", fold(note)) \
        and not cre.search(_SAT_BESIDE, fold(note))
    if not context["attended"] and facts.work in ("talk", "workshop", "webinar", "training") and cre.search(_MET_AT_YOURS, fold(note)) \
            and not cre.search(_SAT_BESIDE, fold(note)):
        # "we hebben elkaar ontmoet bij jouw SEO-training in Brussel": met at HER training, so the sender attended it; never
        # "na ons gesprek in Brussel"
        context["attended"] = True
    if facts.work == "talk" and cre.search(_SAT_BESIDE, fold(note)):
        # "wir haben nebeneinander beim Panel gesessen": both were in the audience, the panel is no work of hers to thank for
        facts.work = context["work"] = ""
    if facts.work and _shared_session_apart(note, str(context["event"])):
        # "coincidimos en el taller de TikTok Ads … me apunté a tu formación de contenidos": the workshop both sat in is not
        # her course taken later; never "thanks for coming to my training at the TikTok Ads workshop"
        context["attended"] = False
        if name == "content":
            context["event"] = ""  # "que bom que você fez meu curso", never "… meu curso no workshop de TikTok Ads"
    if context["attended"]:
        # "en la charla del jueves", "al talk di venerdì": the talk is hers ("mi charla del jueves"), never "mi charla en la charla"
        context["event"] = cre.sub(r"^(?:en|in|at|a|al|à|au|no|na|op|bij|auf|im|beim)\s+(?:(?:la|el|the|il|lo|o|a|de|het|der|dem)\s+)?"
                                   r"(?:(?:minha|meu|sua|seu|tua|teu|mi|tu|su|my|your|ma|mon|ta|ton|votre|mia|mio|tuo|mein\w*|dein\w*|ihr\w*|mijn|jouw|je|uw)\s+)?"
                                   r"(?:charla|talk|keynote|ponencia|palestra|intervento|conférence|conference|lezing|vortrag|session|sesión|masterclass)\b\s*",
                                   "", context["event"])
    # "ich habe letztes Jahr deinen Workshop besucht": the sender says they were there, never read from "vos formations" alone
    context["was_there"] = context["attended"] and _took_it(note)
    # "we were both in the LinkedIn Ads masterclass", "coincidimos en…", "wir kennen uns vom Workshop": a shared presence,
    # never "great chatting" when the note tells of no conversation
    context["co_attended"] = name in ("met_before", "ask_for_help") and bool(facts.event) and not context["attended"] and bool(cre.search(_SHARED_PRESENCE, fold(note))) \
        and not _talk_told(note)
    if name == "business_proposal" and context.get("met") and note_lang == lang and cre.search(_SHARED_PRESENCE, fold(note)) \
            and not _talk_told(note):
        # "wir haben uns beim Webinar gesehen … zusammen was machen?": both were there, nothing was said; the proposal is
        # thanked for, never "our conversation at the webinar"
        context["met"] = False
    if name == "ask_for_help" and context["co_attended"]:
        context["met"] = False  # "we sat next to each other at the panel": both there, no chat told, never "our chat"
    if name == "met_before" and lang == "de" and not context["co_attended"]:
        # "wir kennen uns vom Meetup", then a conversation: "nach unserem Gespräch beim Meetup", never "vom Meetup"
        context["event"] = cre.sub(r"^vom ", "beim ", cre.sub(r"^von der ", "bei der ", context["event"]))
    if context["co_attended"] and lang == "de":
        # "wir kennen uns vom Workshop": said as where she was ("beim Workshop … dabei")
        context["event"] = cre.sub(r"^(?:vom|am) ", "beim ", cre.sub(r"^(?:von der|an der|aus der) ", "bei der ", context["event"]))
    if context["co_attended"]:
        # "na mesma masterclass" said back as "também estava na masterclass": "the same" is the note's, "too" is ours
        context["event"] = cre.sub(r"^(na|no|en la|en el|nella|nello|in the|at the|on the|à la|au|in der|im|in de|in het) (?:mesm[ao]|mism[ao]|stess[ao]|same|meme|même|selben|gleichen|derselben|zelfde|dezelfde|hetzelfde) ",
                                   r"\1 ", context["event"])
        context["event"] = cre.sub(r"(?i)^au (?=[aeiouâéèêîôû])", "à l'", str(context["event"]))  # "au même atelier": "à l'atelier"
    if context["co_attended"] and context["event"]:
        context["event"] = _shared_session(note, str(context["event"]))
    if name == "met_before" and cre.match(_STAND, str(context["event"] or "")):
        # "auf der dmexco am Stand von Sistrix getroffen": the fair is named with the stand, never the stand alone
        fair = cre.search(_FAIR_BEFORE + re.escape(str(context["event"])), note)
        if fair:
            context["event"] = f"{fair.group(1)} {context['event']}"
    if context["co_attended"] and lang == "nl":
        context["event"] = cre.sub(r"^van (?=de |het )", "bij ", context["event"])
        context["event"] = cre.sub(r"^(in|op|bij) (?:dezelfde|hetzelfde) ", lambda m: f"{m.group(1)} {'het' if 'het' in m.group(0) else 'de'} ", context["event"])
    if context["co_attended"] and lang == "es":
        # "nos conocemos del taller de SEO": where both were is "en el taller" ("después de coincidir en el taller")
        context["event"] = cre.sub(r"^del ", "en el ", cre.sub(r"^de (?=la |los |las )", "en ", context["event"]))
    # "we were both at X": the reply keeps in touch "after X", never "nice to know you were also at X" (news to her)
    context["co_after"] = co_after(context["event"], context["when"], lang) if context["co_attended"] else ""
    # "nous étions ensemble au webinaire de HubSpot", "we were both at the inbound webinar": only on screen together, so
    # never "au plaisir de vous recroiser" / "continuing the conversation"; glad to swap ideas here instead
    context["online_met"] = bool(context["co_attended"]) and bool(cre.search(_ONLINE_EVENT, fold(str(context["event"] or ""))))
    # "on était ensemble à la formation Google Ads en 2019 … collaborer ?", "we were in the same Google Ads training back in
    # 2020, would be great to collaborate": someone she trained with years ago proposing work hears one warm line naming
    # the shared past before the proposal is thanked for (never a proposal answered as if from a stranger)
    context["past_again"] = ""
    if name == "business_proposal" and facts.proposal == "partnership" and (facts.classmates or facts.reconnect) and note_lang == lang \
            and context["event"] and not context["met"] and not context["co_attended"] and cre.search(_SHARED_PRESENCE, fold(note)) \
            and (facts.reconnect or bool(context["long_ago"]) or bool(cre.search(_YEAR_SAID, note))):
        # (a shared past some time ago: "en 2019", "back in 2020"; "we zaten samen in de chat bij het webinar" is no reunion)
        shared_at = cre.sub(_SAME_EVENT_WORD, r"\1 ", str(context["event"]))
        shared_after = co_after(shared_at, str(context["when"] or ""), lang)
        if lang == "fr":
            shared_after = cre.sub(r"^après ", "depuis ", shared_after)  # "des nouvelles depuis la formation", never "après la formation"
        context["past_again"] = quickq.in_register(_PAST_AGAIN, lang, bool(context["informal"])).format(after=shared_after) if shared_after \
            else quickq.in_register(_PAST_AGAIN_BARE, lang, bool(context["informal"]))
    if name == "business_proposal" and facts.proposal == "partnership" and not context["past_again"] and note_lang == lang:
        context["past_again"] = _post_liked(note, facts, lang, bool(context["informal"]))
    # "We zaten samen aan tafel bij het Google-event in Parijs … een gastcollege?": the event is where they met, said as such
    # after the thanks, never the place of the talk ("een gastcollege bij het Google-event")
    met_after = _met_after(str(facts.event), lang) if name == "business_proposal" and facts.proposal in ("speaker", "guest", "course") \
        and note_lang == lang and facts.event and said_where_seen(fold(note), str(facts.event), lang[:2]) and cre.search(_SAT_TOGETHER, fold(note)) else ""
    context["met_there"] = quickq.in_register(_MET_THERE, lang, bool(context["informal"])).format(after=met_after) if met_after else ""
    # (never after "for coming to my workshop": the work is named before the event; never an event left with a bare article)
    context["when_first"] = lang[:2] in ("es", "it", "pt") and bool(context["when"]) and (bool(cre.match(_DEICTIC_DAY, str(
        context["when"]))) or not context["attended"] and bool(cre.search(_EVENT_CITY_END, str(context["event"] or "")) and not cre.match(
        _BARE_ARTICLE, str(context["event"]))))
    if lang[:2] == "it" and context["when_first"] and cre.match(_IT_DAY_OF, f'{context["when"]} {context["event"] or ""}') \
            and not cre.search(_EVENT_CITY_END, str(context["event"] or "")):  # ("ieri al workshop SEO a Lione": the city ends it)
        context["when"], context["when_first"] = f'di {context["when"]}', False  # "all'aperitivo di ieri", never "all'aperitivo ieri"
    context["topic_clause"] = bool(cre.match(r"(?:on|about|regarding) \w+ing\b", facts.topic or ""))
    if name == "met_before" and not facts.recent and not context.get("attended") and cre.search(
            r"\b(?:last week|this week|(?:a few|two|three|2|3) days ago|la semaine derniere|cette semaine|il y a (?:quelques|deux|trois|2|3) jours"
            r"|letzte woche|vergangene woche|diese woche|vor (?:ein paar|einigen|zwei|drei|2|3) tagen|la semana pasada|esta semana|hace (?:unos|pocos|dos|tres|2|3) dias"
            r"|la settimana scorsa|questa settimana|(?:qualche|due|tre|2|3) giorni fa|na semana passada|a semana passada|esta semana|ha (?:uns|poucos|dois|tres|2|3) dias"
            r"|vorige week|afgelopen week|deze week|(?:een paar|twee|drie|2|3) dagen geleden"
            # "connecting as promised", "comme promis", "wie versprochen": the promise made when they met, days ago
            r"|as promised|comme promis|wie versprochen|como (?:prometido|prometida|prometi|promet\w+)|come promesso|zoals beloofd"
            # "at the meetup on Thursday", "jeudi soir", "am Dienstag": a weekday is this week or the last
            r"|(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|last|this) (?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?! prochain)"
            r"|(?:am |letzten |diesen )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:abend|morgen|nachmittag)?"
            r"|(?:el |este |el pasado )(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?: scors[oa])?"
            r"|(?:segunda|terca|quarta|quinta|sexta)-feira|(?:na|no|nesta|neste|na passada) (?:segunda|terca|quarta|quinta|sexta|sabado|domingo)"
            r"|(?:afgelopen |vorige |op )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|middag|ochtend)?)\b", fold(f"{facts.when} {note}")):
        context["recent"] = True  # "great meeting you last week": never "what have you been up to since?"
    # "on était ensemble à la formation Google Ads, tu te souviens ?", "Lembra de mim?": answered first ("Bien sûr que je me
    # souviens !"), never left hanging; the templates put it before the reply's own question
    # "je sais pas si tu te souviens de moi (la fille avec le chien)": the doubt, without its question mark, answered the same way
    context["remembered"] = name == "met_before" and (recalled != note or bool(cre.search(faq.REMEMBERS_ME, fold(note))))
    # "6 Jahre Performance Marketing (Google Ads, Meta)": work judged on results, shown by case studies or references, not "samples"
    context["trade"] = offered_trade(note) if facts.ask == "services" and note_lang == lang else ""
    context["cases"] = facts.ask == "services" and bool(cre.search(
        r"\b(?:performance|sea|seo|ppc|sem|google ads|meta ads|facebook ads|paid (?:social|media|search)|growth|acquisition|acquisizione|adquisicion|aquisicao"
        r"|traffic manager|media buy\w*|analytics|crm|e-?mail(?:ing)? marketing|marketing manager|consultant\w*|berater\w*|consultor\w*|consulente)\b", fold(f"{note} {headline}")))
    # "your take on SEO for small e-shops was spot on": a compliment on what the owner said, thanked for
    context["kind_words"] = name == "met_before" and not facts.work and not facts.congrats and bool(cre.search(
        r"\b(?:your|ton|ta|tes|votre|vos|dein\w*|ihr\w*|tu|tus|su|sus|il tuo|la tua|i tuoi|le tue|il suo|la sua|je|jouw|uw|seu|sua|teu|tua)\s+"
        # "deine Fragen im Chat waren top", "jouw vragen in de chat": her questions at a webinar, praised
        r"(?:fragen?|questions?|vragen|vraag|preguntas?|domande|domanda|perguntas?|"
        r"take|part|teil|parte|deel|point of view|perspective|insights?|advice|tips|points?|talk|presentation|keynote|session|pitch|vision|point de vue|regard|analyse|conseils?|intervention|presentation"
        r"|sicht|einschatzung|perspektive|tipps?|impuls\w*|vortrag|punto de vista|vision|consejos?|charla|ponencia|prospettiva|consigli|intervento|visione|punt\w* di vista"
        r"|kijk|visie|inzichten?|tips?|presentatie|verhaal|perspetiva|visao|dicas?|conselhos?|palestra|apresentacao"
        # "ton exemple de la boulangerie", "dein Beispiel mit dem Café", "il tuo esempio": an example she gave
        r"|exemples?|examples?|beispiel\w*|fallbeispiel\w*|ejemplos?|esempi[oi]?|voorbeeld\w*|exemplos?|case stud(?:y|ies)|cas concrets?|casos?|casi)\b[^.!?]{0,70}?"
        r"\b(?:spot on|great|brilliant|excellent|so true|very true|inspiring|super|top|genial|excelente|geweldig|sterk|ottim\w+|bellissim\w+|toll\w*|klasse|spannend\w*"
        r"|tres juste|juste|passionnant\w*|inspirant\w*|pertinent\w*|certeir\w+|acertad\w+|interessant\w*|interesante|interessante|illuminante|inspirador\w*|inspirerend)\b"
        # the praise first: "super ta conf au Web2Day", "loved your talk", "toller Vortrag", "bravo pour ton intervention"
        r"|\b(?:super|top|genial|great|loved|love|bravo (?:pour|for)|chapeau pour|toll\w*|klasse|starke\w*|ottim\w+|bellissim\w+|gran|excelente|geweldige?|sterke?|otim\w+"
        # "j'ai adoré ton exemple", "me encantó tu ejemplo", "ho adorato il tuo esempio", "adorei o teu exemplo", "mooi voorbeeld"
        r"|adore|aime|liked|enjoyed|encanto|gusto|adorato|apprezzato|adorei|gostei (?:muito )?(?:d[oa]|de)|mooie?|leuke?|schones?)\s+"
        r"(?:(?:your|ton|ta|votre|dein\w*|ihr\w*|tu|su|il tuo|la tua|il suo|la sua|je|jouw|uw|seu|sua|teu|tua|a tua|a sua|o teu|o seu)\s+)?"
        r"(?:talk|conf|confs|conference|presentation|keynote|intervention|prez|vortrag|impulsvortrag|charla|ponencia|intervento|talk|lezing|presentatie|palestra|apresentacao"
        r"|exemples?|examples?|beispiel\w*|ejemplos?|esempi[oi]?|voorbeeld\w*|exemplos?"
        # "really enjoyed your take on TikTok ads", "j'ai aimé votre regard sur…", "me encantó tu visión": what she said there
        r"|take|perspective|insights?|point de vue|regard|sicht|blick|perspektive|vision|punto de vista|visione|prospettiva|visao|kijk|visie)\b", fold(note)))
    # "Votre retour sur notre fiche produit m'a bien aidée": her feedback that helped, thanked for in the meeting line
    context["advice_helped"] = name == "met_before" and not facts.work and not facts.congrats and note_lang == lang \
        and bool(cre.search(_FEEDBACK_HELPED, fold(note)))
    if context["advice_helped"]:
        context["kind_words"] = False
    # "dein Panel zu TikTok Ads", "je panel over…", "tu mesa redonda", "the round table": she sat on a panel; it is named as
    # one ("die Paneldiskussion", "het panel", "la mesa redonda"), never "my talk" she did not give
    context["panel"] = facts.work == "talk" and bool(cre.search(_PANEL, fold(note)))
    # "our panel of experts reviewing marketing tools", "Expertenpanel": reviews to give, asked what it involves, never "this jury"
    context["expert_panel"] = facts.proposal == "jury" and bool(cre.search(_EXPERT_PANEL, fold(note)))
    context["mutual"] = facts.mutual  # "on pourrait se recommander des clients": the idea acknowledged
    # "sono una web designer … segnalarci a vicenda": two women, "entrambe", "uma à outra" (Camille is a woman)
    context["mutual_f"] = facts.mutual and lang in ("pt", "it") \
        and (sender_gender(note, lang, who, headline) or name_gender(who.first, lang)) == "f"
    context["followup"] = facts.followup  # "reprendre notre discussion sur TikTok Ads": picked up, never "what are you up to?"
    if lang == "fr" and context["followup"]:
        # "on a parlé de SEO local": "notre discussion sur le SEO local", never "notre discussion de SEO local"
        context["followup"] = cre.sub(r"^(?:de|du) (SEO|SEA|marketing|référencement|contenu|content marketing|growth)\b", r"sur le \1", str(context["followup"]))
        context["followup"] = fr_talk_on(str(context["followup"]))  # "de TikTok ads" → "sur TikTok ads"
    context["compliment"] = bool(cre.search(_COMPLIMENT, fold(note)))
    context["virtual_coffee"] = bool(cre.search(_VIRTUAL_COFFEE, fold(note)))
    context["posts_plural"] = bool(cre.search(_PLURAL_POSTS, fold(note)) and not cre.search(_SINGLE_POST, fold(note)))
    context["direct"] = direct_kind(note, facts.situation or facts.amount) if facts.ask == "question" else ""
    # "20 minuti su Zoom": the call is a video call; "15 minutes d'interview cette semaine": a spoken interview, not written questions
    context["video"] = bool(cre.search(r"\b(?:zoom|teams|google meet|skype|online|on-line|en ligne|visio\w*|video\w*|videollamada|videochiamata|videochamada|videobellen)\b",
                                       cre.sub(_ONLINE_TRADE, " ", fold(note))))
    # "Grabamos en remoto", "podcast", "Registrazione da remoto": a recording is a recording, never "the call"
    context["recording"] = bool(cre.search(_RECORDING, fold(note)))
    if facts.request == "interview" and facts.minutes and not cre.search(_WRITTEN, fold(note)):
        context["by_phone"] = True
    if facts.request == "interview" and facts.survey and cre.search(_SURVEY_OR_TALK, fold(note)):
        # "¿Podrías responder a una encuesta de 10 minutos o concederme una breve entrevista?": the survey offered is the
        # easy yes (its link asked for), never a call pushed instead
        context.update(request="", ask="feedback", by_phone=False)
    # "¿Te animarías a dar una charla?", "vorrei invitarla a tenere un seminario", "adoraria te entrevistar no podcast":
    # a talk, class or spoken interview in a language she does not work in is accepted with her languages said
    # (work_languages), never a bare yes she would have to take back
    base = (variant or lang).split("-")[0]
    on_stage = facts.proposal in ("speaker", "guest", "course") or (facts.request == "interview" and (
        context.get("by_phone") or context["recording"] or context.get("video")) and not cre.search(_WRITTEN, fold(note))) \
        or facts.proposal == "partnership" and bool(cre.search(_NF_TRAINER_NETWORK, fold(note)))  # trainings she would give for a platform
    # "soy periodista … ¿unas preguntas por teléfono?", "ich schreibe für t3n einen Artikel … 15 Min. Telefonat?": a press
    # interview, whatever template drafts it, is given in her languages too (said after the yes, then "would English work?")
    # (written answers too: "¿unas preguntas por email?" for a Spanish magazine is published in Spanish, so her languages are
    # said after the yes all the same, never a promise of answers she would write in a language she does not work in)
    # ("eu escrevo um artigo convidado pro seu blog e você um pro meu": a peer's guest-post swap, never the press)
    press = (context.get("request") == "interview" or bool(cre.search(_PRESS, fold(note)))) and facts.proposal != "swap"
    context["speak_only"] = list(settings.work_languages) if (
        ((on_stage and name == "business_proposal") or press) and note_lang == lang and settings.work_languages and base not in settings.work_languages
        and not context.get("speak_lang") and "language" not in (context.get("known") or []) and not context.get("someday")
        # "Grabamos en remoto, en español o inglés", "Engelstalige sessie mogelijk": the note already allows one of her
        # languages, so the limit is never said again
        and not set(langs_allowed(note)) & set(settings.work_languages)) else []
    # "we're doing a series on European marketing consultants": she is a guest IN the series, never "invited to talk on consultants"
    context["series"] = facts.proposal == "guest" and bool(cre.search(_SERIES_ON, fold(note)))
    # "invite you to write a guest article for our blog", "un articolo ospite per il nostro blog": a piece to write for
    # them, never a show to appear on (its deadline and length asked, never "the dates")
    context["guest_article"] = facts.proposal == "guest" and bool(cre.search(_ARTICLE_WRITTEN, fold(note)))
    # "Teria disponibilidade para uma breve entrevista esta semana?": an interview asked, its mode left open: a short call
    # (subject to her diary) or written questions, as the journalist prefers; never "this week is no problem"
    context["interview_talk"] = facts.request == "interview" and bool(cre.search(_INTERVIEW_WORD, fold(note))) \
        and not cre.search(_WRITTEN_OR_PHONE, fold(note))
    # "Anche in inglese va benissimo", "English is fine too": her English taken up in the reply's language she does not work in
    # (French offered too, "in inglese o francese": a French owner takes her own language)
    offered = [c for c in langs_allowed(note) if c in ("en", "fr") and c in settings.work_languages]
    taken = "fr" if "fr" in offered and settings.language[:2] == "fr" and not cre.search(_OWN_FRENCH, fold(note)) else "en" if "en" in offered else ""
    context["en_taken"] = taken if (on_stage and name != "recruiting" and note_lang == lang and settings.work_languages
                                    and base not in settings.work_languages) else ""
    missing = training_lang_missing(note, list(settings.work_languages)) if name == "business_proposal" and note_lang == lang else ""
    if missing:
        # "Dá formações em português ou só em francês/inglês?", "Do you run trainings in Portuguese?": the question answered
        # plainly (not in Portuguese, only French or English; would English work?), never "em francês está ótimo" as if
        # French were offered, nor a bare "Sim" that answers an either/or
        context.update(speak_only=list(settings.work_languages), en_taken="", speak_lang="", lang_plain=missing)
    # "Hätten Sie diese Woche 15 Minuten?": the call is offered this week, never "next week"
    context["this_week"] = bool(cre.search(r"\b(?:this week|cette semaine|diese woche|esta semana|essa semana|questa settimana|deze week|nog deze week)\b",
                                          fold(" ".join(cre.question_sentences(cre.sub(r"(?i)\b(min|ca|approx|env|evtl|bzw|zb|nr|st)\.", r"\1", note)))))) and not facts.soon
    # "un module de 2 jours", "a two-day workshop", "een tweedaagse training": the exact dates are asked, never "the date"
    context["multi_day"] = bool(cre.search(_MULTI_DAY, fold(note)))
    # "3 dagen p/w", "2 jours par semaine", "4 Tage/Woche": the rhythm is given, never asked again
    context["days"] = bool(cre.search(r"\b\d(?:[.,]\d)?\s*(?:dagen|dag|days?|jours?|j|tage?|dias?|giorni|gg)\s*(?:p/w|pw|per week|a week|per settimana|a settimana"
                                     r"|alla settimana|par semaine|/\s*semaine|/\s*sem|pro woche|/\s*woche|a la semana|por semana|/\s*week|/\s*w)\b"
                                     r"|\b(?:full[- ]time|temps plein|vollzeit|tiempo completo|tempo pieno|tempo integral|fulltime|voltijd)\b"
                                     # "32u/w", "24 uur per week", "30h/semaine", "32 hours a week", "32 Std./Woche": hours a week say the rhythm too
                                     r"|\b\d{1,2}\s*(?:u|uur|h|hrs?|hours?|heures?|std\.?|stunden|horas?|ore)\s*(?:/\s*w(?:eek|oche)?|/\s*sem\w*|p/w|pw|per week|a week|per settimana"
                                     r"|a settimana|alla settimana|par semaine|pro woche|in der woche|a la semana|por semana|semanales|semanais|settimanali|wochentlich)\b"
                                     # "(32u, hybride Rotterdam)", "35h", "a 30-hour contract": a working week's hours, never a day's 24
                                     r"|\b(?:1[6-9]|2[0-35-9]|3\d|40)[\s-]?(?:u|uur|h|hrs|hours?|heures|std|stunden|horas|ore)\b(?![/:]\s*(?:d|dag|tag|day|jour|dia|giorno)\b)", fold(note)))
    # "una call di 30 minuti?": the call is offered at the sender's length, never the templates' 20 minutes
    calls = (r"(?:call|calls|appel|chiamata|telefonata|llamada|chamada|ligacao|gesprek|belletje|telefonat|gesprach|videocall|visio|zoom"
             r"|meeting|reunion|reuniao|echange|conversa|videollamada|videochiamata|videochamada|chat)")
    dur = cre.search(rf"\b{calls}\b[^.?!\d]{{0,25}}?\b(\d{{2}})[\s-]*(?:min\w*|mn)\b|\b(\d{{2}})[\s-]*(?:min\w*|mn)\b[^.?!\d]{{0,25}}?\b{calls}\b", fold(note))
    # "si vous avez 15 min", "if you can spare 10 minutes", "wenn du 15 Minuten hast": the time they ask of her is the call's length
    dur = dur or cre.search(r"\b(?:avez|aviez|avais|as|auriez|aurais|have|had|spare|hast|habt|haben|hattest|hatten|tienes|tiene|tuvieras|tuviera|hai|ha|avessi|avesse"
                            r"|tiver|tens|tem|tiveres|heb|hebt|heeft|dispo\w*|disponible)\b[^.?!\d]{0,12}?\b()(\d{2})[\s-]*(?:min\w*|mn)\b", fold(note))
    context["call_minutes"] = (dur.group(1) or dur.group(2)) if dur and facts.request != "interview" else ""
    context["thesis"] = _thesis_noun(note, variant or lang, informal=bool(context["informal"])) if note_lang == lang else ""
    # "un entretien de recherche", "je suis doctorante": a researcher's interview (French "l'entretien", never the press's "l'interview")
    context["research"] = bool(cre.search(_RESEARCH, fold(note)))
    # "on cherche des consultantes pour tester la beta gratuitement": a vendor asking her to try the product is declined
    # as a favour asked (no time to test it well), never "thanks for presenting your offer, not a need" (sales_pitch.*)
    context["beta"] = bool(cre.search(_BETA_ASKED, fold(note)))
    context["launch"] = bool(facts.launched[1])
    context["launched"] = launched_thing(facts.launched, variant or lang, informal=bool(context["informal"])) if note_lang == lang else ""
    context["qanswer"] = _quick_answer(name, facts, note, context, lang=(variant or lang), shop=bool(sit.shop),
                                       learner=quickq.learner(note, headline) and not sit.shop) if note_lang == lang else ""
    context["situation"] = sit.kind
    if sit.about and context.get("need") and intent == "referral":
        # "Ik help je graag met je social ads" said already: the call proposed without naming the topic twice
        sit = replace(sit, about="", talk=True)
    context["situation_line"] = situation.line(sit, lang, informal=bool(context["informal"]), variant=variant,
                                               helped=bool(facts.helped or facts.praise), far=bool(context.get("far")))
    if facts.launched[1]:
        context["situation_line"] = ""  # "tus consejos me ayudaron a lanzar mi marca": the launch congratulated, no "how is it going?"
    if sit.kind == "lost" and name == "referral" and context["situation_line"] and context.get("need"):
        # "non so da dove partire con la SEO": the lost line offers her help with it, so no "Posso aiutarti con la SEO" before it
        context["need"] = ""
    if sit.shop and context["qanswer"] and lang in _IN_YOUR_CASE:
        # "Estoy empezando un e-shop de aceite de oliva … ¿algún consejo?": "por dónde empezaría con tu e-shop de aceite
        # de oliva", never "en tu caso" after the shop was named
        rx, prep = _IN_YOUR_CASE[lang]
        shop = situation.shop_phrase(sit, lang, informal=bool(context["informal"]), variant=variant)
        context["qanswer"] = cre.sub(rx, f"{prep} {shop}", context["qanswer"], count=1)
        context["qanswer"] = cre.sub(r"\bstart with with\b", "start with for", context["qanswer"])  # "which one I'd start with for your Etsy shop"
    # the holding line for advice nothing else answers: the one fact she needs, the sender's shop named (quickq.holding)
    own_note = note if note_lang == lang else ""
    learning = bool(own_note) and not sit.shop and quickq.learner(own_note, headline)
    context["learning"] = learning  # known.<lang>.txt: a learner asking about her courses gets no sales call about "your needs"
    if not learning and own_note and not context.get("team") and facts.work in ("article", "post", "newsletter", "video", "podcast") \
            and (facts.helped or facts.praise or context.get("regular")) and cre.search(_TRAINING, fold(own_note)):
        # "Leo tu newsletter cada semana … ¿das formación en español?": a reader of her pieces asking about her courses is
        # told what to tell her, never pushed into a 20-minute call about "your needs"
        context["learning"] = True
    context["hold"] = quickq.holding(variant or lang, informal=bool(context["informal"]), amount=bool(context.get("amount")), learner=learning,
                                     frugal=bool(own_note) and bool(cre.search(quickq.FRUGAL, fold(own_note))),
                                     shop=situation.shop_phrase(sit, lang, informal=bool(context["informal"]), variant=variant) if sit.shop else "")
    if own_note and not learning and context.get("attended") and facts.work in ("training", "workshop", "webinar") \
            and name not in ("recruiting", "job_seeking", "sales_pitch", "client") and not facts.proposal:
        # "I took your social ads training … my CPM doubled since January, is that normal?": a former trainee's follow-up on
        # their own figures gets a trainer's honest pointer, never "tell me about your business and budget" (a sales lead's)
        context["hold"] = quickq.trainee_hold(variant or lang, own_note, informal=bool(context["informal"])) or context["hold"]
    if own_note and not learning and name not in ("recruiting", "job_seeking", "sales_pitch") and not facts.proposal:
        # "desde la migración no me aparecen las conversiones en GA4, ¿te ha pasado?": the usual causes and the first
        # checks, never "tell me your budget" to a question that names its own subject
        tracked = quickq.subject_hold(variant or lang, own_note, informal=bool(context["informal"]))
        context["tracked"] = bool(tracked)  # answer.<lang>.txt: the checks given here, never "a 15-minute call and my take"
        context["hold"] = tracked or context["hold"]
        if tracked and quickq.model_asked(own_note):
            # "datengetriebenes Modell oder Last Click?": the model she keeps, never "it depends on your budget"
            context["qanswer"], context["options"] = "", []
    if own_note and not learning and not sit.shop and not context.get("amount") and not context.get("tracked") and "?" in own_note \
            and name not in ("recruiting", "job_seeking", "sales_pitch", "client", "business_proposal") and not facts.proposal \
            and cre.search(faq.PEER_TRADE, fold(headline)):
        # "Performance Marketing Lead … is data-driven attribution reliable under 50 conversions a month?": a peer's question on
        # the trade that no answer of hers covers gets her own take promised, never "tell me about your business and budget"
        context["hold"] = quickq.practice_line(variant or lang, informal=bool(context["informal"]))
    if name not in ("recruiting", "job_seeking", "sales_pitch") and context.get("referrer") and context.get("need") and own_note and not learning:
        # "via Pieter kreeg ik uw naam … een kleine webshop in Gent, zoek hulp met SEO. Zou u daar tijd voor hebben?": the
        # business and the need are told, so the call is proposed, never "tell me about your business and your budget"
        row = _LEAD_CALL.get(variant or lang) or _LEAD_CALL.get(lang[:2])
        if row:
            context["hold"] = row[1 if context["informal"] else 0]
            context["lead_call"] = True
    if own_note and context["direct"] == "sequel":
        # "Super post over het LinkedIn-algoritme … Ga je daar nog een vervolg op schrijven?": a question on her own next
        # piece is answered as hers, never "tell me about your business and budget" nor a call to give "my take"
        context["hold"] = quickq.sequel_line(variant or lang, informal=bool(context["informal"]))
    elif own_note and context["direct"] == "next_piece":
        context["hold"] = quickq.next_piece_line(variant or lang, informal=bool(context["informal"]))
    if own_note and name not in ("recruiting", "sales_pitch", "client", "business_proposal") and not facts.proposal \
            and quickq.practice(facts.question or _last_question(own_note) or own_note):
        # "você usa o ChatGPT para escrever os artigos?", "cómo decides qué delegar en la IA?": how she herself works, a short
        # honest line (the owner's FAQ answers it when she has one), never "tell me about your business and budget"
        context["qanswer"] = quickq.practice_line(variant or lang, informal=bool(context["informal"]))
        context["options"], context["ask"] = [], "question"
    if sit.kind == "path":
        context["qanswer"] = ""  # "¿cómo empezaste como freelance? … dejar mi agencia": her path, never "some agency names"
    if sit.kind == "team" and context["client"] and not context["service"]:
        context["service"], context["team"] = "training", True  # "formar a mi equipo": a training for a team
    # "¿Estarías disponible para un módulo en el segundo semestre?": a module taught to a class is said in her languages too
    module = name in ("client", "business_proposal") and context.get("service") == "module"
    # "Geef je zulke trainingen ook incompany?", "¿das el taller también en la empresa?": a training given at the sender's
    # company is a team's, whatever the service read
    inhouse_training = bool(cre.search(_INHOUSE, fold(note)) and cre.search(_TRAINING_WORD, fold(note)))
    if (name == "client" and (context.get("service") == "training" and context.get("team") or inhouse_training) or module) and note_lang == lang and settings.work_languages \
            and base not in settings.work_languages and not context.get("lang_q") and not context.get("speak_lang") \
            and "language" not in (context.get("known") or []) and not set(langs_allowed(note)) & set(settings.work_languages):
        # "formación para nuestro equipo", "Inhouse-Schulung für unser Marketingteam": a team that will expect its own
        # language hears hers after the yes, as a speaker invited to a talk does -- unless the team works in France
        # ("marketingdirecteur van Hema Frankrijk"): French is hers, the question "is English OK?" would be odd
        if not ("fr" in settings.work_languages and (cre.search(_TEAM_IN_FRANCE, fold(note)) or cre.search(_HEADLINE_FRANCE, fold(headline)))):
            context["speak_only"] = list(settings.work_languages)
    elif (name == "client" and (context.get("service") == "training" and context.get("team") or inhouse_training) or module) and note_lang == lang \
            and settings.work_languages and base not in settings.work_languages and "en" in settings.work_languages and "en" in langs_allowed(note):
        # "Engels is prima", "Englisch ist okay": the team already allows English, taken up in one line, never left unsaid
        context["en_taken"] = True
    # "merci encore pour tes conseils sur les reels", "habe Ihre Tipps zu Meta Ads bereits umgesetzt": her tips named, and
    # their practice acknowledged, never a generic "glad it helped" or nothing at all (told.tip_line)
    context["tip_told"] = (told.tip_subject(note) or told.tried_trick(note)) if note_lang == lang else ""
    context["tip_line"] = told.tip_line(note, variant or lang, informal=bool(context["informal"]),
                                       gained=sit.kind == "result" and sit.result == "gain") if context["tip_told"] else ""
    # "we passen je tips over keyword clustering nu toe": their practice said in the tips' line, never "if you apply any of it"
    context["tips_applied_said"] = bool(context["tip_line"]) and told.tips_applied(note)
    if context["tip_line"] and sit.kind == "result" and sit.result in ("applied", "worked", "gain"):
        context["situation_line"] = context["tip_line"]
    context["move_line"] = situation.move_line(sit, lang, informal=bool(context["informal"]), variant=variant)
    # "ich ziehe im Sommer nach Lyon … Zeit für einen Kaffee?": the coffee once they live in her city, never "in the next two weeks"
    in_city = sit.move if sit.move and settings.city and fold(sit.move) == fold(settings.city) else ""
    # "after relocating to Lyon": she lives there already, a coffee now, never "once you arrive"
    context["moved"] = sit.moved
    context["arrive"], context["arrived"] = ("", in_city) if sit.moved else (in_city, "")
    context["group_line"] = group_line(note, variant or lang, informal=bool(context["informal"])) if note_lang == lang else ""
    context["nearby_line"] = nearby_line(note if note_lang == lang else "", variant or lang, informal=bool(context["informal"]))
    pair = _HOWDY.get(variant or lang) or _HOWDY.get(lang[:2]) or ("", "")
    # "queria usar o seu checklist nas minhas aulas. Tudo bem?": her leave asked, never "how are you?"
    context["howdy_line"] = pair[0 if context["informal"] else 1] if howdy and facts.qkind != "use" else ""
    own_note = note if note_lang == lang else ""
    context["heard_line"] = told.show_line(own_note, variant or lang, informal=bool(context["informal"])) if name == "content" else ""
    context["peer_line"] = told.peer_line(own_note, variant or lang, informal=bool(context["informal"])) if name in ("content", "benefit") and not context["heard_line"] else ""
    # "no estoy del todo de acuerdo … me encantaría debatirlo", "I respectfully disagree": the counterpoint thanked and the
    # discussion welcomed, never "glad you liked it, what should I cover next?"
    context["debate_line"], debate_ask = told.debate_lines(own_note, variant or lang, informal=bool(context["informal"]), work=str(context.get("work") or ""),
                                                           topic=str(context.get("topic") or "")) if name == "content" and context.get("work") else ("", "")
    if debate_ask:
        context["answer"] = debate_ask
    if context["debate_line"]:
        context["praise"] = False  # "très intéressant, par contre je ne suis pas d'accord": the counterpoint thanked, never "Ravie que cela vous ait plu"
    # "fuimos compañeras en el curso de GA4 … a ver si colaboramos": the course named, the collaboration welcomed, never a
    # coffee in another city nor a sales call
    course_line, collab_ask = told.classmate_lines(own_note, variant or lang, informal=bool(context["informal"])) \
        if name in ("met_before", "business_proposal", "job_seeking", "benefit", "content") else ("", "")
    if collab_ask and name == "business_proposal":
        # the template's thanks already welcomed the collaboration: only the question after the course
        q = cre.sub(r"^[^!:]*[!:]\s*", "", collab_ask)
        collab_ask = q[:1].upper() + q[1:]
    if collab_ask:
        context["answer"] = " ".join(x for x in (course_line if not context.get("event") else "", collab_ask) if x)
    elif name == "business_proposal" and own_note and not context.get("event"):
        # "On a fait la formation Google Ads ensemble … ce serait cool de partager nos expériences": a classmate's exchange
        # proposed, the course they shared remembered after the thanks, the call kept
        context["course_said"], _ = told.classmate_lines(own_note, variant or lang, informal=bool(context["informal"]), course_only=True)
    elif (name == "met_before" and not context.get("event") and not context.get("org") and not context.get("shared_work") and own_note
          and not context.get("my_visit")):  # "si tu passes à Bordeaux, un café ?": the visit's coffee line answers it
        # "fizemos juntas o curso de Growth Marketing em Paris!": a classmate who only says hello gets the course named
        course_line, _ = told.classmate_lines(own_note, variant or lang, informal=bool(context["informal"]), course_only=True)
        if course_line and context.get("when") and f' {context["when"]}' in course_line and f' {context["when"]}' not in str(context.get("answer") or ""):
            # "il workshop … a Lione il mese scorso": the greeting said when already, never "il mese scorso" twice
            course_line = course_line.replace(f' {context["when"]}', "", 1)
        if course_line:
            context["answer"] = " ".join(x for x in (course_line, str(context.get("answer") or "")) if x)
    follow_q = next((q for q in cre.question_sentences(own_note or "") if cre.search(_FOLLOW_UP, fold(q))), "")
    if context.get("was_there") and own_note \
            and context.get("work") in ("training", "workshop", "webinar") and follow_q:
        # "ich habe deine Schulung besucht … Bietest du auch einen Kurs für Fortgeschrittene an?", "über deinen Kurs auf Udemy
        # … super erklärt!": a follow-up she can build, never a course her settings do not hold, never the sales call about
        # "your needs"; "komt er ook een vervolg over tiktok?": the subject asked, before the one taken
        course = cre.search(_COURSE_SUBJECT, follow_q) or cre.search(_PLATFORM_ASKED, follow_q) or cre.search(_COURSE_SUBJECT, own_note)
        on = _COURSE_ON.get(lang[:2], " {}").format(restyled(course.group(1), lang[:2])) if course else ""
        on = {"fr": on.replace(" sur SEO", " sur le SEO"), "it": on.replace(" a SEO", " alla SEO")}.get(lang[:2], on)
        context["answer"] = _FOLLOW_UP_LINE[variant if variant in _FOLLOW_UP_LINE else lang][0 if context["informal"] else 1].format(on=on)
        if context.get("situation") == "result" and context.get("situation_line"):
            # "depuis, mes ventes ont augmenté de 20 % … un module avancé ?": the result told is congratulated before the
            # follow-up she can build, never skipped for the course question alone
            context["answer"] = f'{context["situation_line"]} {context["answer"]}'
            context["situation_line"] = ""
    pair = _MARKET_LINE.get(variant or lang) or _MARKET_LINE.get(lang[:2], ("", ""))
    context["market_line"] = pair[0 if context["informal"] else 1] \
        if name in ("generic", "benefit", "met_before", "content", "exchange") and own_note and cre.search(_LEARN_MARKET, fold(own_note)) else ""
    # "als Nederlandse fietsfabrikant onderzoeken wij de Franse markt": a foreign firm eyeing her home market is exactly her
    # client, said after the thanks, never a bare "that sounds interesting"
    entered = cre.search(_ENTER_MARKET, fold(own_note)) or cre.search(_EXPLORE_MARKET, fold(own_note))
    context["into_line"] = _INTO_LINE.get(variant or lang) or _INTO_LINE.get(lang[:2], "") \
        if name == "business_proposal" and own_note and lang[:2] != "fr" and settings.regions and fold(settings.regions[0]) == "france" \
        and entered and cre.match(r"fran|french", entered.group("p")) and not facts.proposal else ""
    # "queremos entrar en Francia", "expandir pra Europa começando pela França", "estratégia de conteúdo para o mercado
    # francês": a brand moving into her home market hears that France is exactly her market and what she would look at
    # there (ads in real French when ads are asked, content and SEO otherwise), never only a call
    grows = own_note and lang[:2] != "fr" and name in _FRANCE_NAMES and not context["into_line"] and not facts.lang_q \
        and settings.regions and fold(settings.regions[0]) == "france" and cre.search(_FRANCE_GROWTH, fold(own_note)) \
        and not cre.search(_JOB_WORDS, fold(own_note)) and not cre.search(_PEER_PARTNER, fold(own_note))
    france_row = (_FRANCE_ADS_LINE if cre.search(_ADS_TOPIC, fold(own_note)) and not cre.search(_SEO_TOPIC, fold(own_note)) else _FRANCE_LINE)
    france_line = (france_row.get(variant or lang) or france_row.get(lang[:2], "")) if grows else ""
    if france_line and (context["senior"] or not (cre.search(_ADS_TOPIC, fold(own_note)) or cre.search(_SEO_TOPIC, fold(own_note))
                                                  or cre.search(_SELLS_GOODS, fold(own_note)) or cre.search(_CHANNELS_ASKED, fold(own_note)))):
        # (a marketing director asking to talk or compare notes hears no tip before the call either: "review our paid social
        # strategy for the French market. Open to a conversation?" gets "France is exactly my market.", never a small-budget test)
        # "Head of Marketing bei einem Fintech … suchen jemanden, der den Markt kennt": no channel asked about and no goods sold
        # (a shop moving into France still hears where she would start), so only that France is her market, never a strategy
        # ("I'd start with content and SEO …") before she knows anything of theirs
        context["france_room"] = len(france_line)  # (said only where the whole line would have fitted: never added to a long draft)
        france_line = france_line.split(":")[0] + "."
    context["france_line"] = france_line
    # "j'ai suivi ta formation … j'ai depuis monté ma propre agence !": a former trainee's agency congratulated too
    context["launch_line"] = told.launch_line(own_note, variant or lang, informal=bool(context["informal"])) \
        if name in ("met_before", "exchange", "business_proposal", "generic", "content") and own_note else ""
    # "ich find deine Inhalte mega. Vernetzen?": her content liked, said back, never a bare "thanks for your message"
    context["liked_line"] = told.content_liked_line(own_note, variant or lang, informal=bool(context["informal"])) \
        if name == "ask_for_help" and own_note and not context.get("work") else ""
    # "ero quello con la startup di e-bike … magari parlare di ads": the topic they propose taken up (with their start-up),
    # a coffee or a call offered, never "what are you working on?" re-asked
    context["project_line"] = (told.tried_answer_line(own_note, variant or lang, informal=bool(context["informal"]))
                               or told.talk_line(own_note, variant or lang, informal=bool(context["informal"]))
                               or told.project_line(own_note, variant or lang, informal=bool(context["informal"]))) if name == "met_before" else ""
    if name == "met_before" and facts.former and not context["project_line"]:
        # "ahora trabajo en marketing en Madrid", "lancei a minha marca … queria mostrar-te": the news congratulated, never "what are you up to?"
        context["project_line"] = told.news_line(own_note, variant or lang, informal=bool(context["informal"]))
        if context["project_line"]:
            # "Congratulations on the launch!": the brand congratulated once, never also "good luck with it" nor "how is your shop going?"
            context["shop_line"] = context["situation_line"] = ""
    if name == "met_before" and own_note and not context["project_line"]:
        # "coincidimos en el máster … ahora estoy en Madrid llevando el marketing de una fintech": their work already told,
        # glad to hear it and yes to catching up, never "what are you working on?" re-asked
        context["project_line"] = told.now_line(own_note, variant or lang, informal=bool(context["informal"]))
    if context["direct"] == "meeting":
        context["shall_we"] = True
    # "nach meiner Elternzeit", "8 jaar ervaring", "Werkstudentenstelle": the sender's career stage picks the FAQ answer
    # meant for it (``who``), never "as a junior" to a manager nor internship paperwork to a Werkstudent
    context["career_stage"] = career.stage(note, headline)
    if context["career_stage"] == "experienced" and facts.laid_off and cre.search(_COURSES_ASKED, fold(facts.question)):
        # "ik ben sinds kort werkloos (7 jaar marketing) … welke cursussen zijn waardevol?": a laid-off professional moving
        # into digital picks a course as a career changer does; other experienced senders (a team's training, a reading
        # list, how often to blog) never get the learner's course answer
        context["career_stage"] = "junior"
    context["faq"] = _faq_answer(name, facts, note if note_lang == lang else "", context, settings, lang=(variant or lang))
    context["faq"] = _platform_yes(str(context["faq"]), note if note_lang == lang else "", variant or lang)
    if own_note and intent in ("ask_for_help", "job_seeking") \
            and (study := career.study_choice(variant or lang, own_note, headline, informal=bool(context["informal"]))):
        # "je suis lycéen en terminale … une école de commerce ou un BUT MMI ?": the studies weighed, never a career
        # changer's "good way in" nor a job search
        context["faq"] = study
    if sit.kind == "path" and not context["faq"] and not context.get("known") and own_note and settings.answers and faq.asks_path(own_note):
        # "würde mich über ein Mentoring-Gespräch freuen – wie bist du Freelancerin geworden?": her path told from her own
        # answer, never only a call to tell it
        context["faq"] = faq.match(own_note, settings.answers, variant or lang)
    # "Tipps, wie ich mich als Freelancerin positionieren kann": the freelance start answers it; a CV passed on does not
    context["freelance_path"] = bool(context["faq"]) and faq.freelance_positioning(note)
    if context.get("known") and not context["faq"] and own_note and name not in ("recruiting", "sales_pitch"):
        # "Che formazione mi consiglieresti per iniziare? … E' in italiano?": the language answered from her facts, and
        # the course asked for answered too (her own answer on which course to take), in place of the call
        # "queria aprender sobre SEO, vc … recomenda algum material?": a course or material recommended for one of her fields
        picks = [q for q in cre.question_sentences(own_note) if cre.search(_COURSE_PICK, fold(q))
                 or cre.search(_COURSE_REC, fold(q)) and cre.search(_FIELD_NAMED, fold(own_note))]
        context["course_tip"] = _course_tip(own_note, picks[0], settings, variant or lang, str(context["career_stage"])) if picks else ""
        if not context["course_tip"] and "mentoring" in context["known"] and "?" not in own_note and cre.search(_TIPS_WISHED, fold(own_note)):
            # "Ela disse que você dá mentoria … queria umas dicas de por onde começar": the tips wished for (said without a
            # question mark) get her answer beside the mentoring's yes, never only "tell me what you want to learn"
            context["course_tip"] = faq.match(own_note.rstrip(" .!") + "?", settings.answers, variant or lang, stage=str(context["career_stage"]))
    if not context["faq"] and intent in ("job_seeking", "ask_for_help") and facts.ask == "advice" and not facts.career and note_lang == lang and note.strip() \
            and cre.search(_JOB_HUNT, fold(note)) and not cre.search(_WHERE_APPLY + "|" + _VACANCY_ASK, fold(note)):
        # "je galère à trouver une alternance, t'aurais des conseils ?": where to look and how to apply, said now, never
        # only "I'll tell you where I'd start"
        row = _WHERE_LINE.get(variant or lang) or _WHERE_LINE.get(lang[:2])
        context["faq"] = row[0 if context["informal"] else 1] if row else ""
    for her_ask, her_lines, her_intents in _ABOUT_HER_ANSWERS:
        # "est-ce réaliste de trouver un poste à 40 ans ?": a plain, encouraging yes, never a certification she is already taking
        # (a career question the judge read as a pitch too: "¿es realista encontrar trabajo a los 40?"); "¿Trabaja con entidades
        # sin ánimo de lucro?": a plain yes and how, never "tell me about your business"
        if own_note and intent in her_intents and any(cre.search(her_ask, fold(q)) for q in cre.question_sentences(own_note)):
            row = her_lines.get(variant or lang) or her_lines.get(lang[:2])
            context["faq"] = row[0 if context["informal"] else 1] if row else context["faq"]
    if own_note and intent in ("job_seeking", "ask_for_help") and facts.ask != "interns" and _where_asked(own_note) \
            and not cre.search(_FRANCE_NAMED, fold(own_note)):
        # "any advice on where to apply?" for an internship: where to apply answered, never a learner's "learn by doing"
        # tip (her France internship tip only when France or Lyon is named; "do you take interns?" asked too: _tips_too)
        row = _WHERE_LINE.get(variant or lang) or _WHERE_LINE.get(lang[:2])
        context["faq"] = row[0 if context["informal"] else 1] if row else context["faq"]
    if own_note and intent in ("job_seeking", "ask_for_help") and settings.answers and (not context["faq"] or context["faq"] in _WHERE_LINES) \
            and any(cre.search(_STAND_OUT_Q, fold(q)) for q in cre.question_sentences(own_note)) \
            and cre.search(_JOB_HUNT + "|" + _SEEKING + r"|\bopen to work\b", fold(f"{note} {headline}")):
        # "Heb je tips hoe ik op LinkedIn beter opval bij bureaus?", "how to stand out to agencies on LinkedIn?": how to stand
        # out (the profile, posts, messages to the agencies), whatever the years, never how to research the agencies
        # ("for a junior" said only to a junior, below)
        context["faq"] = faq.match("I am looking for a job. Any tips?", settings.answers, variant or lang, stage="junior")
        context["qanswer"] = ""
    if context["faq"] and own_note and not cre.search(_SHOP_WORD + "|" + _PRODUCT_SITE + "|" + _SHOP_OWNED, fold(f"{note} {headline}")):
        # "acabo de empezar como community manager … ROI de Instagram": the owner's answer for a small shop, said without
        # "para una tienda online pequeña" to someone who never says they have one
        context["faq"] = _shop_lead_out(str(context["faq"]))
    if context["faq"] and (name == "job_seeking" or intent == "job_seeking"
                           or name == "ask_for_help" and cre.search(_JOB_HUNT + "|" + _SEEKING, fold(f"{note} {headline}"))):
        # "un titular con el puesto buscado («Marketing online | SEO y Google Ads»)" to a community manager: the owner's
        # example names a trade the job seeker is not in; the advice stands without it
        context["faq"] = _foreign_example_out(str(context["faq"]), f"{note} {headline}")
        if context["career_stage"] not in ("junior", "student", "intern"):
            # "je suis en recherche d'emploi comme chargé de communication digitale": the advice without "en junior" to
            # someone who never says they are starting out
            context["faq"] = _junior_lead_out(str(context["faq"]))
        if cre.search(_FROM_ABROAD, fold(own_note)) and not cre.search(_IN_FRANCE_NOW, fold(f"{note} {headline}")):
            # "a student at the University of Manchester looking for an internship in France": the meetups in Lyon are
            # no tip from abroad; the direct message to agencies is
            context["faq"] = _meetups_out(str(context["faq"]))
        if cre.search(_FOR_ENGLISH_SPEAKERS, fold(own_note)) and "Welcome to the Jungle" in str(context["faq"]):
            # "where to look in Lyon for English speakers?": the question's own part answered, never only the French boards
            context["faq"] = _sentence_after_first(str(context["faq"]), _ENGLISH_ROLES.get(variant or lang) or _ENGLISH_ROLES.get(lang[:2], ""))
    if context["faq"] and own_note and name == "ask_for_help" and any(cre.search(_TRAINING_WORD, fold(o)) for o in settings.offer or ()) \
            and cre.search(_COURSE_PICK, fold(own_note)) and not cre.search(_OFFERS_TRAINING_ALREADY, str(context["faq"])):
        # "qual curso você recomenda …? Tem algum seu?": the course recommended, and her own trainings said, never the
        # question about hers left unanswered
        own = quickq.own_trainings_line(variant or lang, own_note, informal=bool(context["informal"]))
        context["faq"] = f"{context['faq']} {own}" if own else context["faq"]
    # "Google Ads or Meta for my restaurant?", "TikTok Ads or stay with LinkedIn Ads?", "SEO or Instagram first?": her pick
    # between the two channels, by name and with why, never a budget asked first nor an amount in a currency
    picked = faq.channel_choice(note, headline, variant or lang) if note_lang == lang and name not in ("recruiting", "job_seeking", "met_before") \
        and not facts.price and not facts.proposal else ""
    if picked:
        context["faq"], context["qanswer"] = picked, ""
    if sit.kind == "expand" and context["faq"] and own_note and "?" in own_note:
        # "Queremos expandirnos a Francia, ¿qué canales digitales nos aconsejarías?": the channels asked get her answer for
        # the French market, never only "happy to talk about your plans for France" and a call
        context["situation_line"] = ""
    if sit.kind == "expand" and "meet" in context["asks"] and not context.get("far"):
        # "we gaan de Franse markt op … ben in maart in Lyon, koffie?": the coffee asked is answered, never a call about the plans
        context["situation_line"] = ""
    if sit.kind == "expand" and context["situation_line"] and context["hold"] and own_note and not facts.proposal \
            and name not in ("recruiting", "job_seeking", "sales_pitch", "client") and not context.get("meet_period") and not context.get("month_line"):
        # "nous voulons vendre en Belgique. Votre avis ?": the goal told, so the call is about it, never "tell me about your
        # business and your budget" (or "your precise question") as if nothing were said
        context["hold"] = context["situation_line"]
    if sit.kind == "expand" and sit.goal and (context.get("meet_period") or context.get("month_line")):
        # "queremos crescer na França. Teria agenda em junho?": the month's slots asked, never "next week" for the goal
        context["situation_line"] = ""
    # "Mon portfolio est sur mon profil", "my portfolio is linked on my profile": pointed to, not asked about
    context["portfolio_told"] = name == "job_seeking" and bool(own_note := (note if note_lang == lang else "")) \
        and bool(cre.search(_PORTFOLIO_NOTE, fold(own_note))) and not any(cre.search(_PORTFOLIO_NOTE, q) for q in cre.question_sentences(fold(own_note))) \
        and not cre.search(_PORTFOLIO_TO_BUILD, fold(own_note))
    context["portfolio_offered"] = bool(context["portfolio_told"]) and not cre.search(_PORTFOLIO_THERE, fold(note))
    context["where_lead"] = where_lead(note, lang) if name == "job_seeking" and note_lang == lang else ""
    context["cv_told"] = bool(note.strip()) and note_lang == lang and cv_told(note)
    context["cv_sent"] = bool(context["cv_told"]) and cv_sent(note)
    # "si necesitas apoyo … o conoces alguna agencia que contrate": a job search, never "tu propuesta de colaboración"; the
    # agencies hiring asked about get an answer
    context["agencies_asked"] = name == "job_seeking" and context.get("ask") == "services" and note_lang == lang \
        and bool(cre.search(_AGENCY_HIRING, fold(note)))
    if name == "job_seeking" and note_lang == lang and "question" in context["asks"] and "recommend" not in context["asks"] \
            and cre.search(_AGENCY_HIRING, fold(note)) and not context.get("faq"):
        # "Sabe de empresas a recrutar na área?": the firms hiring asked get "I'll tell you if I know any", never "my opinion on
        # your question" (her own answer to it, "agencies in Lyon hiring English speakers?", keeps its tips)
        context["asks"] = [("recommend" if a == "question" else a) for a in context["asks"]]
    # "après 3 ans en agence", "(5 yrs in SEO & PPC)": a job seeker's years in the trade, acknowledged
    context["experience_line"] = told.experience_line(note, variant or lang, informal=bool(context["informal"])) \
        if (name == "job_seeking" or intent == "job_seeking" and name == "ask_for_help") and note_lang == lang else ""
    # "zoek een stage in Frankrijk. Ik spreek goed Frans!": the French of a job seeker bound for France, her market, acknowledged
    context["french_asset"] = quickq.in_register(_FRENCH_ASSET, variant or lang, bool(context["informal"])) \
        if name == "job_seeking" and note_lang == lang and facts.role and not context["faq"] and cre.search(_SPEAKS_FRENCH, fold(note)) \
        and not weak_french(note) and cre.search(_FRANCE_NAMED, cre.sub(_SPEAKS_FRENCH, " ", fold(note))) \
        and not cre.search(_LIVES_THERE, fold(note)) else ""
    # "I just moved to Lyon … I don't speak French fluently yet, is that a big problem?": a job seeker's weak French answered
    # honestly (it matters in most French firms; roles in English exist), never "Yes, I work in French"
    if name == "job_seeking" and note_lang == lang and weak_french(note) and "?" in note and cre.search(_FRENCH_WORRY, fold(note)):
        context["french_asset"] = quickq.in_register(_WEAK_FRENCH_ANSWER, variant or lang, bool(context["informal"]))
        context["asks"] = [a for a in context["asks"] if a != "question"]  # answered here: the CV offer promises no later opinion
    context["tips_too"] = _tips_too(name, facts, note if note_lang == lang else "", settings, variant or lang, informal=bool(context["informal"]),
                                    stage=str(context["career_stage"]))
    # "zoek een stage, liefst in het buitenland … tips waar ik kan zoeken?": after where to look, who funds one abroad (when it fits)
    context["abroad_line"] = _abroad_line(note, variant or lang, informal=bool(context["informal"])) \
        if context["tips_too"] in _WHERE_LINES else ""
    # "Nimmst du Praktikant:innen oder kennst du Agenturen in Lyon?": where to look, unless the tips line already says it
    context["k_scene"] = _intern_agencies(note, context, variant or lang) if note_lang == lang and not context["tips_too"] else ""
    # "¿cuándo empieza la próxima edición?", "wann startet dein nächster Kurs?": the dates of the next session, never a
    # custom-proposal call nor another topic's FAQ answer
    # "wann ist der nächste Termin? Gibt es eine Förderung?", "quando é a próxima turma? É possível online?": the dates
    # asked in any question, the other answers (funding, online, language) with them
    context["next_dates"] = bool(note.strip()) and note_lang == lang and (bool(cre.search(_NEXT_SESSION, fold(facts.question or _last_question(note) or note)))
                                                                         or any(cre.search(_NEXT_SESSION, q) or cre.search(_NEXT_ONE_ASKED, q)
                                                                                and cre.search(rf"\b(?:{_COURSE_NOUN})", fold(note)) for q in cre.question_sentences(fold(note))))
    if context["next_dates"] or facts.qkind == "use" or facts.share == "toolname":
        # "j'aimerais utiliser votre checklist dans mon cours, est-ce possible ?": leave to use her material is the answer,
        # never the course-choice FAQ that "cours" would pick; "what was that tool called again?": its name, never the tools list
        context["faq"] = context["qanswer"] = ""
        if context["next_dates"] and facts.funding and own_note:
            # "when is the next session? can my employer fund it?": the dates AND the funding answered together from her
            # own answer to both, never the funding dropped for the dates alone
            both = [e for e in settings.answers if any(cre.search(_NEXT_SESSION, fold(p)) for p in e.get("when", []))
                    and any(cre.search(_FUNDING_PHRASE, fold(p)) for p in e.get("also", []))]
            context["faq"] = faq.match(own_note, both, variant or lang) if both else ""
            context["dates_funded"] = bool(context["faq"])
    elif own_note and length_asked(own_note):
        # "how long is your SEO training?": her programme promised with its length, never which course to take
        pair = _LENGTH_LINE.get(variant or lang) or _LENGTH_LINE.get(lang[:2], ("", ""))
        context["faq"], context["qanswer"], context["length_q"] = pair[0 if context["informal"] else 1], "", True
    if context["faq"] and own_note and cre.search(_PLACE_TO_STAY, fold(own_note)) \
            and cre.search(_GOOGLE_OR_SOCIAL, fold(_last_question(own_note) or own_note)):
        # "ho aperto un agriturismo … Google Ads o Instagram?": a stay is searched for and booked, never a product's "cost per sale"
        context["faq"] = _STAY_ADS.get(variant or lang) or _STAY_ADS.get(lang[:2], context["faq"])
    if own_note and context.get("tracked") and quickq.model_asked(own_note):
        # "usa algum modelo de atribuição específico para e-commerce pequeno?": the model she keeps (the hold), never the
        # stock "how I measure the ROAS" answer that the word "attribution" or "ROAS" would pick
        context["faq"] = context["qanswer"] = ""
    if own_note and (looker := quickq.looker_line(variant or lang, own_note)):
        # "conviene usare Looker Studio o basta l'interfaccia di GA4?": her pick in one line, never "I'll write back with it"
        context["faq"], context["qanswer"] = looker, ""
    if own_note and (gbp := quickq.gbp_line(variant or lang, own_note, informal=bool(context["informal"]))):
        # "does a Google Business Profile pay off without a physical shop?": yes as a service-area business for someone who
        # meets clients in person, hardly for an online-only shop; never a budget asked nor product-page advice alone
        context["faq"], context["qanswer"] = gbp, ""
    context["faq"] = faq.to_sender(str(context["faq"] or ""), variant or lang, informal=bool(context["informal"]))
    # "Funktioniert TikTok auch für einen kleinen Friseursalon?": the advice said for the salon, never "für eine Marke nach Alter"
    context["faq"] = quickq.tiktok_for_trade(str(context["faq"]), own_note, variant or lang) if own_note else context["faq"]
    context["faq_step"] = faq.follow(variant or lang, informal=bool(context["informal"])) if context["faq"] and not context.get("length_q") else ""
    if context["faq_step"] and note_lang == lang and "job_seeking" not in (name, intent) and not faq.is_self(fold(_last_question(note) or note)) \
            and (back := faq.peer_back(variant or lang, headline, str(context["career_stage"]), informal=bool(context["informal"]),
                                  question=note)):
        # "SEO Specialist: Screaming Frog or Sitebulb for audits?", "Growth Marketer: how do you measure conversions…?": a
        # peer asking about her practice gets the question back, never "tell me where you stand" as to a learner (a job
        # seeker's tip or her own path keeps its step: "how do you handle it?" answers neither)
        context["faq_step"] = back
    if context["faq_step"] and opinion_only(note if note_lang == lang else "", lang):
        # "do you really think Google penalises AI content?", "qu'en penses-tu ?": her view is the whole answer, never
        # "tell me where you're at" to someone who asked what she thinks and has nothing in progress
        context["faq_step"] = ""
    if context["faq"] and own_note and cre.search(_HIRE_OR_LEARN, fold(_last_question(own_note) or own_note)) \
            and not cre.search(_REVIEW_REPLIES, fold(own_note)):
        # "my ads burn money with no sales: hire someone or learn it myself first?": the advice, then who should run it;
        # "pay someone to answer the reviews or do it myself?": the review answer already says who (the owner), and
        # "if it still doesn't sell" fits no review
        context["faq_step"] = quickq.in_register(_HIRE_OR_LEARN_STEP, variant or lang, bool(context["informal"]))
    if context["faq"] and own_note and cre.search(_CONSULTANT_OR_DIY, fold(_last_question(own_note) or own_note)):
        # "is it worth hiring a consultant at £400 a month or keep DIYing?": the set-up advice, then the plain answer (not
        # a retainer at that budget: DIY, or a one-off audit) and a call, never the Meta tips alone
        context["faq"] = quickq.in_register(_CONSULTANT_STEP, variant or lang, bool(context["informal"])) or context["faq"]
        context["faq_step"] = ""
    beginner_step = False
    if context["beginner_line"] and own_note and own_note.count("?") == 1 and not cre.search(_COURSE_PICK, fold(own_note)) \
            and not cre.search(_COURSE_RECOMMEND, fold(own_note)) and not context.get("known"):
        # "Do you think your training would suit a complete beginner?" asked alone: the plain yes (the beginner line), then
        # what they want to learn and the format, never certificate advice or "I'll send you some courses" (a question on
        # online, a price or a language keeps its own answer: "Geef je die workshop ook online?")
        context["faq"] = quickq.in_register(_BEGINNER_STEP, variant or lang, bool(context["informal"])) or context["faq"]
        context["faq_step"] = ""
        beginner_step = True
    if context["faq"] and own and faq.catch_up(fold(_last_question(own) or own)):
        # "Was machst du inzwischen?": what she does now, then the question back, never "tell me where you stand"
        context["faq_step"] = quickq.in_register(_CATCH_UP_BACK, variant or lang, bool(context["informal"]))
    if name == "client" and context["faq"] and own_note and cre.search(_HOW_YOU_WORK, fold(_last_question(own_note) or own_note)):
        context["faq_step"] = quickq.in_register(_HOW_CALL, variant or lang, bool(context["informal"]))  # how she works told, then the call that starts it
    if context["faq"] and own_note and "job_seeking" not in (name, intent) and cre.search(_CONTACTS_ASKED, fold(_last_question(own_note) or own_note)) \
            and cre.search(_JOB_SEARCH, fold(own_note)):
        # "je cherche mon premier poste … des conseils ou des contacts ?": the tips answered, then the contacts truthfully
        # (no names promised; the CV passed on if she hears of something), never "tell me where you stand"
        context["faq_step"] = quickq.in_register(_CONTACTS_STEP, variant or lang, bool(context["informal"])) or context["faq_step"]
    if context["faq_step"] == faq.follow(variant or lang, informal=bool(context["informal"])) and _stand_told(context, facts):
        # "je suis étudiante en BTS … quelle formation ?", "trabalho como social media há 2 anos …", "c'est éligible au
        # CPF ?": the answer ends there, never "tell me where you stand" to someone who just said it or asked one fact
        context["faq_step"] = ""
    own = note if note_lang == lang else ""
    if facts.yes_q and not context["yes_known"] and own:
        # "I need help with my Instagram strategy. Is that something you'd take on?": the question points back to the
        # need told before it; "Gostaria de saber se presta consultoria para e-shops": the indirect question itself
        question = _last_question(own)
        indirect = cre.search(INDIRECT_ASK + r"[^.!?\n]*", fold(own)) if not question else None
        if question and cre.search(_REFERS_BACK, fold(question)) and not cre.search(_UNKNOWABLE, fold(question)):
            context["yes_known"] = _in_offer(own[:own.rfind(question)] if question in own else own, settings)
        elif indirect and not cre.search(_UNKNOWABLE, indirect.group(0)):
            context["yes_known"] = _in_offer(indirect.group(0), settings)
    if own and settings.first_call_free is not None and name not in ("recruiting", "job_seeking"):
        call_q, call_only = first_call_asked(own)
        if call_q:
            pair = _FREE_CALL.get(variant or lang) or _FREE_CALL.get(lang[:2], ("", ""))
            context["free_call_line"] = pair[0 if settings.first_call_free else 1]
            context["free_call_only"] = call_only
    hiring_q = bool(own) and asks_hiring(own, lang)
    if hiring_q:
        context["yes_known"] = False  # "Est-ce que vous recrutez ?" is no question on her services
    day_rate_q = bool(own) and bool(cre.search(_DAY_RATE_ASKED, fold(own)))
    if own and (facts.price or facts.freelance_role or day_rate_q) and (facts.proposal == "partnership" or facts.freelance_role and name == "recruiting") \
            and (cre.search(_HER_PRICE, fold(own)) or day_rate_q):
        # ("Would you be interested in discussing rates?" from an agency seeking freelancers: the rates answered, too)
        # "Nous cherchons une freelance SEO en sous-traitance. Quel est votre TJM ?": the rate asked is answered (it depends
        # on the mission, given once its scope is known), never passed over for a bare call ("Tarif jour ? On peut
        # s'appeler ?": a day rate asked in two words, by an agency subcontracting, is asked all the same)
        context["rate_line"] = _mission_rate(own, variant or lang)
    if own and facts.service == "training" and not context.get("sought_line"):
        # "Wir planen eine Schulungsreihe zu Content-Strategie … suchen eine Referentin": THAT series acknowledged with its field,
        # never a generic "Ich biete Schulungen und Workshops an"
        context["sought_line"] = misread.series_line(own, variant or lang, informal=bool(context.get("informal")))
    # "what would a social ads workshop for 5 people cost?": the price answered by name, never with "Yes," (priceq.py)
    # ("we're looking for a trainer for a 2-day bootcamp. What are your rates?": a training bought from her, named too)
    if own and facts.price and cre.search(_HER_PRICE, fold(own)) and (name not in ("recruiting", "job_seeking") or name == "recruiting" and facts.service == "training") \
            and not facts.proposal:
        # ("je vends des formations en ligne … gérer mes pubs facebook. Tes tarifs ?": their courses are their product, never
        # the training priced)
        what = priceq.asked_what(cre.sub(_NF_OWN_COURSES_SOLD, " ", fold(own)) if cre.search(_NF_OWN_COURSES_SOLD, fold(own)) else own, variant or lang, str(context.get("service") or ""))
        ballpark = priceq.approx(own)
        context["price_line"] = priceq.line(variant or lang, what, str(context.get("service") or ""), team=bool(context.get("team")),
                                            yes=bool(facts.yes_q), ballpark=ballpark, note=own)
        if what and facts.service == "training" and misread.trainer_sought(note):
            # "looking for a trainer for a 2-day bootcamp. Your rates?": glad to run THAT, named; the price follows in the answer
            context["sought_line"] = priceq.line(variant or lang, what, "training", team=False)
            context["price_line"] = ""
        if ballpark and not context["price_line"] and not what:
            # "combien ça coûte à peu près ?" with no number in her settings: what decides the price, in one sentence
            rates = _RATES_LINE.get(variant or lang) or _RATES_LINE.get(lang[:2], "")
            context["price_line"] = priceq.decides(variant or lang, rates) if rates else ""
        context["price_asked"] = True
        # "As formações são certificadas? E qual é o preço por pessoa?": the other question answered from her own answers
        # before the price, never dropped for it
        other = [q for q in cre.question_sentences(own) if not cre.search(_HER_PRICE, fold(q))]
        # (never a question her answer facts already answer, "do you do X?" whose yes comes with the price, nor a draft too long)
        beside = faq.match(" ".join(other), settings.answers, variant or lang) \
            if other and name == "client" and not context.get("known") and not facts.yes_q else ""
        context["beside_price"] = beside if len(beside) <= 260 else ""
        if "rates" in (context.get("known") or []) and what and context.get("k_train"):
            # "cuánto cuesta el curso de SEO? y es online?": a course's price depends on its length and content, never
            # on "the project" (consulting rates)
            lines = priceq._LINES.get(variant or lang) or priceq._LINES.get(lang[:2])
            context["k_rates_line"] = priceq.no_length(variant or lang, lines[3].format(what=what), own) if lines else ""
        if context.get("next_dates"):
            # "¿cuándo es la próxima edición y cuánto cuesta?": the dates and the price of that session sent with it, never
            # "glad to give a course" to someone who wants to attend hers
            context["price_line"] = context["k_rates_line"] = ""
        # "Do you do audits, and what do you charge?": the yes to audits said before the price, even in one question
        context["audit_asked"] = bool(cre.search(_DO_AUDITS, fold(own)))
        # "Tu fais ce genre de mission ?", "Do you do this kind of work?": the service told before, asked about (never
        # "¿Trabajas con clientes en España?", whose yes is another answer's)
        context["kind_of_q"] = bool(facts.yes_q) and any(cre.search(_KIND_OF, q) for q in cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*\?", fold(own)))
        # "vc faz consultoria? quanto custa?", "¿Haces asesorías?": her consulting asked about by name, answered yes first
        context["consulting_q"] = bool(facts.yes_q) and not facts.service and any(
            cre.search(_CONSULTING, q) and _in_offer(q + " marketing", settings) for q in cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*\?", fold(own)))
        # "vos tarifs pour un audit SEO d'un site d'environ 200 produits ?": her usual range for a site that size, from her
        # settings (seo_audit_prices), never "it depends on the size of the site" when the size is given
        if settings.seo_audit_prices and (cre.search(r"\bSEO\b", what) or (what and priceq.site_size(own)[0])
                                          or (cre.fullmatch(_BARE_AUDIT, what) and (cre.search(_SEO_WORD, own) or smallq.seo_named(own)))) \
                and cre.search(r"(?i)audit|auditor", what) and not priceq.ads_audit(own, what):
            context["ballpark"] = priceq.ballpark(variant or lang, what, own, settings.seo_audit_prices)
            context["ballpark_named"] = priceq.ballpark(variant or lang, what, own, settings.seo_audit_prices, named=True)
        elif settings.seo_audit_prices and not what and ballpark and context.get("service") not in ("training", "coaching") \
                and "mentoring" not in (context.get("known") or []):
            # ("Bietest du auch Einzelcoachings an und was kostet sowas ungefähr?": the coaching's price, never the audit's)
            # "ich habe gesehen, dass Sie SEO machen … Was kostet sowas ungefähr?": a rough price of SEO work asked, her
            # first step (an audit) and its range, never only "it depends on the scope" (rates for a contract: the call)
            context["ballpark"] = priceq.seo_start(variant or lang, own, settings.seo_audit_prices)
    # "SEO audits for small budgets?", "beraten Sie auch kleine Unternehmen?": the small part answered with an explicit yes,
    # when her settings say she works with small businesses and e-shops (smallq.py); the audit named as the note names it
    # "cerco operai specializzati per un cantiere navale … Se conosce qualcuno mi contatti": a trade far from her field, the
    # names asked for are outside her network, never a promise to think of some (135 A, it note-51, es note-8)
    context["far_profiles"] = bool(facts.refer_ask and facts.ask == "recommend" and not context.get("in_field")
                                   and cre.search(_FAR_TRADES, fold(note)))
    if name == "recruiting" and context.get("in_field") and not context.get("pass_on") \
            and ((facts.refer_ask or cre.search(_STUDENTS_ASK, fold(facts.question))) and cre.search(_TRAINEE_TITLE, fold(facts.job_title))
                 or cre.search(_STUDENTS_MIGHT_APPLY, fold(own))):
        # "do you know good students for our marketing internship?": a trainee in her field, the offer passed on to her network
        context["relay"] = True
    elif name == "recruiting" and not context.get("in_field") and not facts.freelance_role and cre.search(_SHARE_JOB, fold(own)):
        # "we're hiring warehouse operatives … please share with anyone who might be interested": the ad passed on to her
        # network, never "thanks for thinking of me, this role isn't a fit for me"
        context["relay"] = True
    # "nos pubs Facebook ne convertissent plus depuis 2 mois, vous faites des audits ?": the problem acknowledged after the yes
    context["stalled_line"] = stalled_ads_line(note, variant or lang) if name == "client" and note_lang == lang[:2] else ""
    small = smallq.asked(own) if own and name not in ("recruiting", "job_seeking") and not facts.proposal else ""
    audit = smallq.audit_name(own, variant or lang, list(settings.offer)) if own else ""
    context["audit_name"] = audit if audit and cre.search(r"(?i)seo|ads", audit) else ""
    if small and smallq.owner_serves_small([*settings.help_whom, *settings.offer]):
        context["yes_small"] = smallq.line(variant or lang, small, audit=audit if context.get("service") == "audit" else "")
        context["in_field"] = True
    if own and facts.yes_q and context["yes_known"] and "France" in settings.regions and not facts.proposal \
            and cre.search(r"\bseo\b", fold(facts.question or _last_question(own))) \
            and (cre.search(_INTO_MARKET, fold(own)) or cre.search(_SELL_IN_FRANCE, fold(own))) and not cre.search(_JOB_WORDS, fold(own)):
        # "vorrei vendere di più in Francia. Ti occupi anche di SEO internazionale?": France is her market, said with the yes,
        # never a bare budget question
        context["yes_small"] = _FRANCE_SEO_YES.get(variant or lang) or _FRANCE_SEO_YES.get(lang[:2], "")
    # an explicit yes to "do you do X?" when X is in her offer, before whatever next step the draft takes
    context["yes_offer"] = bool(context["yes_known"]) and not beginner_step and not facts.lang_q and not context.get("known") \
        and name not in ("recruiting", "sales_pitch", "job_seeking") and not facts.proposal \
        and facts.ask != "questions" and not context.get("intern_tips") \
        and not (facts.qkind == "share" or facts.share) \
        and not (context["quarter_line"] and not context["yes_q"])  # "tu accepterais que je te pose 5 questions ?": a yes to the questions, not to her trade;
    # "could you share the slides of your workshop?": her material asked for, never "yes, that's exactly what I do"
    if name == "client" and facts.yes_q and context["faq"]:
        # "one-off audit or a retainer?": the two ways she works told, never "yes, that's what I do" before it, and the
        # client's next step (their site), never a learner's "tell me where you stand" (the beginner's step is its own)
        context["yes_offer"] = False
        context["faq_step"] = "" if beginner_step else _client_step(own or note, variant or lang, context["informal"])
    if context["faq"] and own_note and cre.search(_FOR_AGENCIES, fold(facts.question or _last_question(own_note) or "")) \
            and not facts.proposal and not facts.price:
        # "do you work with agencies?": her yes, then an agency's next step (their project, how they work with
        # freelancers), never an end client's "your site" or a learner's "tell me where you stand"
        context["yes_offer"] = False
        context["faq_step"] = quickq.in_register(_FOR_AGENCIES_STEP, variant or lang, bool(context["informal"]))
    if context["faq"] and not facts.team and not beginner_step \
            and (facts.yes_q and facts.service == "training" or cre.search(_RUNS_TRAINING, fold(note))):
        # "do you still run your course?": her training told, then what the learner wants to learn, never "your site"
        pair = _TRAIN_STEP.get(variant or lang) or _TRAIN_STEP.get(lang[:2], ("", ""))
        context["faq_step"] = _group_step(note, facts, variant or lang, context["informal"]) or pair[0 if context["informal"] else 1]
        context["yes_small"] = ""  # her training told, never "yes, I work a lot with small businesses" instead of it
        if heard and cre.search(_OWN_BUSINESS, fold(told_note)) and not _group_step(note, facts, variant or lang, context["informal"]):
            # "I saw you run workshops … I have a small coffee roastery": what they would learn for their business
            context["faq_step"] = quickq.in_register(_TRAIN_STEP_BIZ, variant or lang, bool(context["informal"])) or context["faq_step"]
        if cre.search(_GOOGLE_NEED, fold(note)) and not _group_step(note, facts, variant or lang, context["informal"]):
            # "kämpfe mit der Sichtbarkeit bei Google", "worstel met vindbaarheid in Google": the need told is SEO, never
            # "tell me what you'd like to learn" asked again (137 C, de note-14, nl note-36)
            context["faq_step"] = quickq.in_register(_TRAIN_STEP_SEO, variant or lang, bool(context["informal"])) or context["faq_step"]
        course_m = cre.search(_COURSE_SUBJECT, facts.question or _last_question(own or note) or "") if own else None
        if course_m and not _group_step(note, facts, variant or lang, context["informal"]) and not _took_it(own):
            # "do you offer 1:1 training so I can run my own Meta ads?": the subject they named kept, where they stand with it asked
            step = quickq.in_register(_TRAIN_STEP_ON, variant or lang, bool(context["informal"]))
            context["faq_step"] = step.format(s=course_m.group(1)) if step else context["faq_step"]
        if cre.search(_NO_BUDGET, fold(note)) and cre.search(_ON_MY_OWN, fold(note)) and "google" in fold(note):
            # "geen budget … een cursus die ik zelf kan volgen?": free self-study pointers, never her paid offer
            context["faq"] = quickq.in_register(_SELF_STUDY, variant or lang, bool(context["informal"])) or context["faq"]
            context["faq_step"] = ""
            context["yes_offer"] = False
    # "Zoekt u toevallig versterking?", "are you hiring?": answered plainly when the settings say she is not
    context["not_hiring"] = settings.hiring is False and hiring_q and name not in ("recruiting", "sales_pitch", "business_proposal")
    if context["not_hiring"] and facts.ask == "question" and context.get("direct") not in ("none", "meeting") and asks_only_hiring(own, lang):
        context["direct"] = "none"  # "Suchen Sie Verstärkung?" answered by the no: never "15 Minuten telefonieren? Dann gebe ich Ihnen meine Einschätzung"
    # "Social Media Marketeer (freelance, 3 dagen p/w, hybride Amsterdam)": a role on site or hybrid in another city than
    # hers gets her interest and where she is based, with remote work asked, never a bare "send me the details"
    context["far_line"] = far_line(note if note_lang == lang else "", variant or lang, settings.city, settings.owner_gender) \
        if name == "recruiting" and facts.freelance_role and not facts.candidate else ""
    # "Kindly guide me regarding any online course or internship": an internship sought from an owner who takes no interns
    # is told so kindly before the CV is offered for a lead, never "send me your CV with your dates" as if she might
    no_interns = _NO_JUNIORS if facts.role == "internship_or_first" and settings.hiring is False else _NO_INTERNS
    context["interns_line"] = (no_interns.get(variant or lang) or no_interns.get(lang, "")) \
        if (name == "job_seeking" or name == "ask_for_help" and facts.ask != "advice") and settings.interns is False \
        and facts.role in ("internship", "internship_or_first") and facts.ask not in ("interns", "services") and bool(own) and is_internship_note(own) \
        and not cre.search(_OTHERS_TAKING, fold(own)) \
        or name == "ask_for_help" and context.get("intern_tips") else ""
    if facts.candidate and facts.role not in ("internship", "internship_or_first") \
            or facts.qkind == "choice" and len(facts.options or context.get("options") or []) == 2:
        # a reply that will not say it (an application read, a choice weighed) keeps the opening's promise instead; a
        # call asked for is agreed after the no (see _refusal_first)
        context["interns_line"] = ""
    if context["interns_line"] or settings.interns is False and facts.role in ("internship", "internship_or_first") and is_internship_note(note):
        context["month_line"] = ""  # "suche ein Praktikum ab März … einen Platz frei?": she takes no interns, no "March works for me"
    # "auch als Inhouse-Workshop für ein Team von 8?": the team training asked in so many words, confirmed before the language
    context["inhouse"] = bool(cre.search(_INHOUSE, fold(note)))
    context["talk_unpaid"] = facts.proposal == "speaker" and bool(cre.search(_TALK_UNPAID, fold(note)))
    # "ik volgde je training bij ons bedrijf. Geef je ook trainingen online?": in-house told, not asked; the answer asked comes first
    context["inhouse_asked"] = bool(cre.search(_INHOUSE + r"[^.!?\n]*\?", fold(note)))
    # "to speak op Emerce eDay": a speaker invitation names its event where it is held ("op", "auf der", "at"), never as
    # "del Congreso…" or "du Web de Grenoble", which would read as the talk's topic
    context["speaker_event"] = facts.event if cre.match(_AT_EVENT.get(lang[:2], "$^"), facts.event or "", flags=re.I) \
        and not said_where_seen(fold(note), facts.event, lang[:2]) and not (facts.met and cre.search(_MET_AT, fold(note))) else ""
    # ("te vi en Lisboa": where she was seen, "wir haben uns beim French Tech Abend getroffen": where they met, never the talk's place)
    # "für unsere Konferenz „E-Commerce Days Wien“", "namens het E-commerce Event Gent": a named event the talk is for is
    # named back (in brackets, no article to guess), never left out of the thanks
    named = _event_name(note, str(context.get("project") or ""))
    named = "" if named and said_where_seen(fold(note), named, lang[:2]) else named  # "te vi en el panel de Web Summit": not the event invited to
    # ("bei den E-Commerce Tagen Köln" shows "E-Commerce Tage Köln": the dative plural is the same name)
    shown = cre.sub(r"tagen\b", "tage", " ".join(str(context.get(k) or "") for k in ("speaker_event", "stage_at", "topic")).casefold())
    core = cre.sub(r"^[a-z]\w*\s+", "", named)  # ("congreso Social Day Bilbao" is shown as "en el Social Day Bilbao")
    context["event_name"] = "" if not named or named.casefold() in shown or _words(named) <= _words(shown) or core.casefold() in shown else named
    if context["event_name"] and (context["speaker_event"] or context["stage_at"]) and cre.search(_SIDE_EVENT, fold(note)):
        # "o Web Summit side event «Lisboa Digital Days»": the talk is at the side event, named once; the big event it
        # sits beside is never given as the place ("no Web Summit («Lisboa Digital Days»)")
        context["speaker_event"] = context["stage_at"] = ""
        if event_article(context["event_name"], lang) is None and lang[:2] in _AT_NAMED_EVENT:
            context["stage_at"], context["event_name"] = _AT_NAMED_EVENT[lang[:2]].format(n=context["event_name"]), ""
    if context["event_name"] and not context["stage_at"] and not context["speaker_event"]:
        # "namens het Content Marketing Congres", "der Online Marketing Konferenz Bern": the event named where the talk is
        # given, with the article its own noun takes ("op het Content Marketing Congres", "bei der … Konferenz Bern"),
        # never a bracketed name after the thanks
        own = _quoted_own_event(str(context["event_name"]), lang)  # 'Konferenz "E-Commerce Summit Stuttgart"': "beim E-Commerce Summit …"
        art = event_article(_unquoted_head(own), lang)  # "Konferenz E-Commerce Forum …": "bei der", never "beim"
        at = stage_at(own, art, lang) if art is not None else ""
        if not at and lang[:2] in _AT_NAMED_EVENT:
            # "het congres 'E-commerce Live'": a name with no event noun of its own is said with the word "event" and its
            # article ("op het event ‘E-commerce Live’"), never stuck in brackets after the thanks
            at = _AT_NAMED_EVENT[lang[:2]].format(n=context["event_name"])
        if at:
            context["stage_at"], context["event_name"] = at, ""
    # "für eine Masterclass … beim OMR Festival Masterclasses": an event whose name holds the kind of talk asked is named in
    # brackets ("für eine Masterclass zum Thema Social Ads („OMR Festival Masterclasses“)"), never the noun twice
    place = str(context.get("stage_at") or context.get("speaker_event") or "")
    head = fold(str(context.get("kind") or "")).split()[-1:]
    named_at = cre.search(_NAME_IN_PLACE, place)
    if head and len(head[0]) >= 4 and named_at and not context["event_name"] \
            and cre.search(rf"\b{re.escape(head[0].rstrip('s'))}", fold(place)):
        context["event_name"], context["stage_at"], context["speaker_event"] = named_at.group(0), "", ""
    # "Thema wäre frei wählbar", "het onderwerp mag u zelf kiezen", "topic of your choice": the topic is hers, never asked
    # "to talk about how French consumers respond to social ads": the topic told as a question clause is never asked again either
    context["topic_free"] = bool(facts.proposal and note_lang == lang and (cre.search(_TOPIC_FREE, fold(note)) or cre.search(_TOPIC_TOLD, fold(note))
                                 or facts.proposal == "speaker" and cre.search(_TOPIC_OWN_JOB, fold(note))))
    if facts.proposal and note_lang == lang and cre.search(_TOPIC_TOLD, fold(note)):
        for k in ("topic", "topic_of", "topic_on"):  # the clause cut to a stub reads "l'idée de parler de la façon": never echoed
            if context.get(k):
                context[k] = ""
    # "una ponencia sobre SEO para tiendas online en el eCommerce Sevilla en mayo de 2025": a thanks that names the topic
    # and the event leaves the date to the answer, never four complements stacked in one breath
    cut = cre.search(r"\s+(?:(?:le|el|il|del|the|on|am|op|a|o|em|l')\s*)?(\d{1,2})(?:er|st|nd|rd|th|\.)?$", str(context.get("stage_at") or ""))
    if cut and cut.group(1) in f"{context.get('when') or ''} {context.get('soon') or ''}":
        context["stage_at"] = str(context["stage_at"])[:cut.start()]  # "au Digital Day de Clermont le 14" + "le 14 mai": the day is the date's
    # (a day given, "le 14 mai", "from 8 to 9 May", is kept: only a bare month or year is left out)
    context["crowded"] = bool(context.get("topic") and (context.get("stage_at") or context.get("speaker_event") or context.get("event_name"))
                              and not cre.search(r"\b\d{1,2}\b", f"{context.get('when') or ''} {context.get('soon') or ''}"))
    if context.get("topic") and context.get("stage_at") and not context["crowded"] and (context.get("when") or context.get("soon")):
        # "as a speaker on social ads for small shops at the European E-commerce Forum in Amsterdam on 12 June": topic, event
        # and day are enough; the city goes, never four complements in one breath
        city = cre.search(r"\s+(?:in|à|en|em|im|op|te)\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?$", str(context["stage_at"]))
        if city and len(str(context["stage_at"])[:city.start()].split()) >= 3 and not cre.search(r"[’”»“'\"]", city.group(0)):
            # ("op het event ‘Marketing in Europa’": a place inside the quoted name is the name's, never cut)
            context["stage_at"] = str(context["stage_at"])[:city.start()]
    # "aux Rencontres du Digital à Annecy | le 14 novembre": a date after the city is the talk's, never "à Annecy du 14 novembre"
    context["stage_city"] = bool(context.get("stage_at") and cre.search(_STAGE_CITY_END, str(context["stage_at"])))
    _month_after_of(context, lang)
    context["owner_email"] = settings.email  # "may I e-mail you a few questions?": where to send them, or "here" when unset
    if cre.search(_RESERVED_EMAIL, settings.email or ""):
        # "contact@camille-laurent.example": a reserved example domain (RFC 2606) is no address anyone can write to, so it
        # is never written: questions come here, on LinkedIn, or (asked by e-mail) to her profile's contact info below
        context["owner_email"] = ""
    # "could you answer a few questions by e-mail?" while the settings hold only a placeholder address: she has one, so the
    # questions go to the address in her profile's contact info, never back to LinkedIn messages
    context["email_profile"] = (_EMAIL_IN_PROFILE.get(variant or lang) or _EMAIL_IN_PROFILE.get(lang[:2]) or "") \
        if settings.email and not context["owner_email"] and context.get("by_email") else ""
    context["piece_about"] = ""
    if (context["email_profile"] or context.get("request") == "comment") and context.get("piece") and not context.get("topic") \
            and note_lang == lang and own_note:
        # a quote asked for a piece ("ein Statement für einen Artikel über KI im SEO") names the piece's subject too
        # "un artículo sobre marketing digital para pequeños negocios … ¿por email?": the article's subject, in the note's own
        # words, named in the yes ("su artículo sobre …"), short enough to read as one complement
        about = cre.search(_PIECE_ABOUT, cre.sub(_PIECE_CLAUSE_CUT, ".", own_note)) \
            if context.get("request") == "comment" else cre.search(_PIECE_ABOUT, own_note)
        # "sulle tendenze della pubblicità social in Europa": the region the piece covers goes, never the sender's whole
        # sentence echoed back
        said = cre.sub(_PARTICLE_TAIL, "", about.group(1)) if about and lang[:2] in ("de", "nl") else about.group(1) if about else ""
        subject = (said if cre.search(_PIECE_COMPARE, said) else cre.sub(_PIECE_PLACE, "", said)) if about else ""
        if subject and len(subject.split()) <= 9:
            context["piece_about"] = subject
    # "gostava de trocar ideias sobre estratégia de conteúdos. Um café virtual?": the field to exchange on named
    # ("será um prazer trocar ideias sobre estratégia de conteúdo"), never a bare "trocar ideias"
    context["swap_topic"] = exchange_topic(note, list(settings.offer), lang) \
        if name == "benefit" and facts.exchange and not context.get("topic") and note_lang == lang else ""
    # "je fais partie du réseau Femmes Entrepreneures Rhône-Alpes", "I'm also in the Women in Digital Lyon network": the
    # shared network named back ("entre membres du réseau …", "a fellow … member"), never a bare thank-you
    context["network_of"] = member_network(note) if name == "benefit" and note_lang == lang else ""
    if context.get("views_on"):
        # "ein Austausch zu internationaler SEO-Strategie": the answer names the topic as the sender wrote it, so the thanks
        # never flattens it first ("auf den Austausch über SEO") nor says it twice
        context["swap_topic"] = ""
    if context.get("topic") and not context.get("piece") and cre.search(_ASKED_TOPIC, fold(str(context["topic"]))):
        # "advice on how to break into SEO?": the question itself is no subject to thank for ("Thanks for reaching out about
        # how to break into SEO!"); the answer that follows says it
        context["topic"] = ""
    if lang == "en" and context.get("topic") and (context.get("piece") or cre.search(_EN_OWN_PIECE, own_note or "")):
        # "working on a piece about how SMEs use paid social": "your message about your piece on how ...", never
        # "your message about a piece about how ..."
        context["topic"] = cre.sub(_EN_PIECE_TOPIC, r"on your \1 on ", str(context["topic"]))
    if lang in ("pt", "pt-BR") and context.get("topic"):
        # "vi seu post sobre algoritmo do LinkedIn": a thing of someone's takes its article in the reply ("sobre o
        # algoritmo do LinkedIn"); "sobre marketing de conteúdo" (a field, "de") stays bare
        context["topic"] = cre.sub(_PT_BARE_OF, _pt_article, str(context["topic"]))
    if lang == "it" and context.get("topic"):
        # "il tuo post sul seo per e-commerce": her answers say "la SEO", so the echo does too ("sulla SEO"), never both
        context["topic"] = cre.sub(_IT_MASC_SEO, _it_fem_seo, str(context["topic"]))
    if facts.few_q:
        context["owner_email"] = ""  # "Posso farle qualche domanda?" asked here, on LinkedIn: "send them here", no address given unasked
    if note_lang == lang and own_note and cre.search(_HER_CLIENT, fold(own_note)) and cre.search(_HOW_IT_WENT, fold(own_note)) \
            and name in ("met_before", "ask_for_help", "content", "benefit", "known", "referral"):
        # "du hast mir von deinem Kunden mit dem Weinshop erzählt … wie das Projekt weitergegangen ist", "Jij vertelde over die
        # klant met de wijnwebshop, benieuwd hoe dat verder is gegaan": HER client's project asked about, answered gladly
        # (the story told on a call, no result invented), never "your wine shop" nor "what are you working on?"
        row = _HER_PROJECT.get(variant or lang) or _HER_PROJECT.get(lang[:2])
        if row:
            context["answer"] = row[1 if context["informal"] else 0]
    # "tenho uma lojinha … por onde eu começo com SEO??": a shop's SEO start asked, answered as a founder's is
    shop_q = f"{_last_question(own_note).rstrip(' ?')}, online shop?" if own_note and _last_question(own_note) \
        and cre.search(_SHOP_OWNED + "|" + _SHOP_WORD, fold(own_note)) and cre.search(_SEO_NAMED, fold(_last_question(own_note))) else ""
    if (context.get("career_stage") == "founder" or shop_q) and own_note and not facts.options and name in ("content", "client", "ask_for_help", "benefit") \
            and not (facts.price or facts.proposal or facts.service or context.get("faq") or context.get("known") or facts.yes_q or facts.shall_we) \
            and not {"call", "meet"} & {a.split(":")[0] for a in [facts.ask, *facts.asks]} and sit.problem != "sales" \
            and cre.search(_START_ASK, fold(own_note)) and not context.get("answer") and not cre.search(quickq.FRUGAL, fold(own_note)):
        # (asked "without spending much": quickq's free first step answers it; a shop that exists with almost no sales
        # gets where she would look first and a call, never launch advice: 137 C, fr note-18)
        # "estou lançando minha marca … por onde começar no marketing digital?": a founder's first steps, never a learner's
        # "learn on a friend's shop, it's what recruiters want" nor only a call
        # ("non so da dove iniziare con la SEO": her own answer on where a shop starts with SEO, when her settings hold one)
        # (the shop told two sentences before the question is what it asks about)
        own = (shop_q and faq.match(shop_q, settings.answers, variant or lang, stage="founder")
               or faq.match(own_note, settings.answers, variant or lang, stage="founder")) if settings.answers else ""
        # "Content-Strategie für meinen Yoga-Onlinekurs": a course or a service launched has no shop page to dress
        starts = _FOUNDER_OFFER_START if cre.search(_OFFER_LAUNCHED, fold(own_note)) \
            and not cre.search(_SHOP_OWNED + "|" + _SHOP_WORD, fold(own_note)) else _FOUNDER_START
        row = (own, own) if own else (starts.get(variant or lang) or starts.get(lang[:2])) \
            if context.get("career_stage") == "founder" else None
        if row and not own:
            row = _with_launch_budget(row, own_note, variant or lang)
        if row:
            name = "ask_for_help"
            context["faq"], context["faq_step"] = row[0 if context["informal"] else 1], \
                "" if _stand_told(context, facts) else faq.follow(variant or lang, informal=bool(context["informal"]))
            context["qanswer"] = ""
    review = review_asked(own_note) if (name == "job_seeking" or name == "ask_for_help" and facts.ask == "feedback" and bool(facts.role)) and own_note and facts.ask not in ("interns", "services") and not facts.candidate else ""
    if review:
        # "¿me das tu opinión sobre mi portafolio?", "dai un'occhiata al mio CV?": the look she offers, sent here, never
        # "send me your CV" for a portfolio, a tip on building one from scratch, nor "my take on your question"
        rows = _LOOK_LINE[review]
        row = rows.get(variant or lang) or rows.get(lang[:2])
        if row:
            context["answer"] = row[0 if context["informal"] else 1]
            context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
            context["portfolio_told"] = context["cv_told"] = context["cv_sent"] = False
            # "¿Me podrías dar tu opinión sobre mi CV?": her look is the answer, never "si me entero de un primer empleo" before it
            context["role"] = ""
    look = (site_look_line(own_note, variant or lang, informal=bool(context["informal"]))
            or account_look_line(own_note, variant or lang, informal=bool(context["informal"]))) \
        if name in _SITE_LOOK_NAMES and not review and not (facts.price or facts.proposal or facts.service or facts.candidate or facts.promised) else ""
    if look:
        # (a page they promise to send has its own "send it over" line)
        # "j'ai enfin lancé mon site, j'aimerais ton avis", "just launched my store, would love your feedback": congratulations
        # and her look (the link asked), never a discovery call about their budget nor a question back
        # (an old acquaintance keeps the reunion's first line: the look is what they asked, never "how is it going?")
        if name != "met_before" and context.get("referrer"):
            context["intent"] = "ask_for_help"  # "we know each other via Sophie Martin": the one who put them in touch still thanked
        name = name if name == "met_before" else "ask_for_help"
        context["answer"], context["shop_line"], context["situation_line"], context["followup"] = look, "", "", ""
        context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
    blog = blogplan.blog_structure_line(own_note, variant or lang, informal=bool(context["informal"])) \
        if context.get("referrer") and name in ("referral", "content", "ask_for_help", "business_proposal") and not look \
        and not (facts.proposal or facts.offers or facts.candidate or facts.recruiter) else ""
    if blog:
        # "María de Ecomm Hub me dijo que hablara contigo sobre cómo estructurar el contenido del blog de mi e-shop": the
        # referrer thanked, a first pointer on the blog's structure and a call, never only "¿Qué tal va tu e-shop?"
        name = "referral"
        context["intent"] = "referral"
        context["answer"], context["shop_line"], context["situation_line"], context["followup"] = blog, "", "", ""
        context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = context["need"] = context["plan"] = ""
    if name == "benefit" and note.strip() and note_lang == lang and facts.ask in ("", "question") and cre.search(_FELLOW_Q, fold(note)):
        # "hoi! jij ook marketing? laten we connecten": yes, and a colleague's welcome, never a budget asked of a peer
        peer = told.peer_greeting(variant or lang, informal=bool(context["informal"]))
        if peer:
            context["answer"], context["ask"] = peer, "question"
            context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
    if context.pop("dates_funded", False) and context.get("faq"):
        # the dates and the funding, both in her own answer: it is the reply, never a line on trainings said instead
        context.pop("answer", None)
    if not context.get("speak_only") and (_client_work(name, intent, facts) or _work_for_clients(name, intent, facts, note)) and context.get("in_field") \
            and not context.get("faq") and not is_internship_note(note) and note_lang == lang \
            and _languages_to_say(note, headline, variant or lang, settings, context):
        # "eine externe Beratung zur Content-Strategie", "een SEO-opdracht voor een e-commerceklant in Eindhoven", "help met SEO
        # voor mijn webshop": work for a business in a language she does not work in hears her languages after the yes, as a
        # talk or a team's training does; never when the work is for France, French-speaking or already allowed in English
        context["speak_only"] = list(settings.work_languages)
        # an agency's clients or a referred lead's shop would buy work in their language: the limit said plainly, as to a client
        context["lead_langs"] = not _client_work(name, intent, facts)
    if context.get("was_there") and context.get("work") in ("training", "workshop", "webinar") and not facts.team and note_lang == lang \
            and not cre.search(_IN_COMPANY_ASKED, fold(note)):
        # "ich habe Ihre Schulung online besucht … Gibt es auch einen Aufbaukurs?": her own course attended, its language is
        # known to the sender, so a follow-up never asks "would English be OK?" (137 C, de note-18)
        context["speak_only"] = []
    if facts.mutual and note_lang == lang and name in ("business_proposal", "sales_pitch", "referral", "client", "ask_for_help", "benefit") \
            and settings.work_languages and lang[:2] not in settings.work_languages and facts.proposal not in ("speaker", "guest", "jury", "cowrite", "course"):
        # "uns mal Projekte zuschieben, wenn Kunden deutschsprachige Inhalte brauchen": a peer's offer to pass work both ways is
        # welcomed with the work she takes (her offer, in her working languages), never a caveat on her languages nor "your needs"
        # (a peer writing in one of her own languages keeps the call about it: the languages would tell them nothing)
        row = _PEER_SWAP.get(variant or lang) or _PEER_SWAP.get(lang[:2])
        names, joiner, _ = _SPEAK_LIMIT.get(variant or lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", "")
        swap_langs = [names[c] for c in settings.work_languages if c in names]
        if row and swap_langs and context.get("offer"):
            context["answer"] = row[0 if context["informal"] else 1].format(offer=context["offer"], langs=joiner.join(swap_langs))
            call = quickq.in_register(_PEER_SWAP_CALL, variant or lang, bool(context["informal"]))
            if call and {"call", "meet"} & {a.split(":")[0] for a in [facts.ask, *facts.asks]}:
                # "¿te parece que lo hablemos?", "ti va di sentirci?": the talk they asked for is offered, never left unanswered
                context["answer"] += " " + call
            context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
            context["speak_lang"], context["speak_only"] = [], []
    if facts.joint and not (facts.project or facts.topic) and note_lang == lang and name in ("business_proposal", "sales_pitch", "referral", "client", "ask_for_help", "benefit"):
        # "vlt. mal gemeinsam ein Webinar machen": an idea for later, welcomed with the contact kept and a topic asked, never a
        # call booked nor a talk at their event
        row = _JOINT_IDEA.get(variant or lang) or _JOINT_IDEA.get(lang[:2])
        if row:
            context["answer"] = row[0 if context["informal"] else 1]
            context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
    name = _joining(name, note if note_lang == lang else "", variant or lang, context)
    name = _misread(name, note if note_lang == lang else "", variant or lang, context)
    met = intent == "met_before" or facts.met or bool(facts.event and not facts.work)
    context["call_langs"] = "" if met else _call_langs(note, headline, variant or lang, settings, context)
    return name, (variant or lang), context


def _call_langs(note: str, headline: str, lang: str, settings: Settings, context: Mapping[str, Any]) -> str:
    """Her working languages as said after a call she proposes in a language she does not work in, or "".

    One rule for every template: a reply that proposes her 20-minute call to a sender writing in a language she does not
    work in says her languages there, unless the note already allows one of them, asks about languages (answered
    elsewhere), or ties the sender to France (a team or a headline in France, a French speaker). (People who met and
    talked in person already share a language: the caller leaves them out.)
    """
    return call_limit(lang, list(settings.work_languages), bool(context.get("informal"))) \
        if _languages_to_say(note, headline, lang, settings, context, for_call=True) else ""


def _languages_to_say(note: str, headline: str, lang: str, settings: Settings, context: Mapping[str, Any], *, for_call: bool = False) -> bool:
    """Whether a reply in ``lang`` must say her working languages: she does not work in it, the note neither allows one of
    hers nor asks about languages (answered elsewhere), and nothing ties the sender to France (a team or a headline in
    France, a French speaker). The call's sentence and a client lead's limit both ask it. (For the call, France only as
    the market they aim at ties nothing: the work is in French, but they talk in their own language.)"""
    work = set(settings.work_languages)
    if not work or lang[:2] in work or context.get("lang_q") or context.get("speak_lang") or "language" in (context.get("known") or []):
        return False
    linked = cre.sub(_FRANCE_AS_MARKET + "|" + _FRANCE_NOT_THEIRS, " ", fold(f"{note} {headline}")) if for_call else fold(f"{note} {headline}")
    return not (set(langs_allowed(note)) & work or ("fr" in work and cre.search(_FRENCH_LINK, linked)))


#: Her languages offered for the call (informal, formal), English first: a choice given, never a condition tacked on after
#: the dates ("Allerdings arbeite ich nur auf …" read as off-putting after "Welche Termine passen dir?", rounds 76–77).
_CALL_LIMIT: dict[str, tuple[str, str]] = {
    "en": ("We can talk in {}, whichever you prefer.", "We can talk in {}, whichever you prefer."),
    "fr": ("On peut se parler en {}, comme tu préfères.", "Nous pouvons échanger en {}, comme vous préférez."),
    "es": ("Podemos hablar en {}, como prefieras.", "Podemos hablar en {}, como prefiera."),
    "it": ("Possiamo parlare in {}, come preferisci.", "Possiamo parlare in {}, come preferisce."),
    "pt": ("Podemos falar em {}, como preferires.", "Podemos falar em {}, como preferir."),
    "pt-BR": ("A gente pode conversar em {}, como você preferir.", "Podemos conversar em {}, como preferir."),
    "de": ("Wir können gern auf {} sprechen, ganz wie du magst.", "Wir können gern auf {} sprechen, ganz wie es Ihnen lieber ist."),
    "nl": ("We kunnen in {} praten, wat jij het liefst hebt.", "We kunnen het gesprek in {} voeren, wat u het liefst heeft."),
}


def call_limit(lang: str, codes: list[str], informal: bool) -> str:
    """The sentence offering her call in ``codes`` (English first), in ``lang``; one language alone is a plain limit.

    >>> call_limit("es", ["fr", "en"], True), call_limit("de", ["fr", "en"], False)
    ('Podemos hablar en inglés o en francés, como prefieras.', 'Wir können gern auf Englisch oder Französisch sprechen, ganz wie es Ihnen lieber ist.')
    >>> call_limit("nl", ["en"], True)
    'Wel één ding: ik kan dat alleen in het Engels doen.'
    """
    names, joiner, _ = _SPEAK_LIMIT.get(lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", "")
    said = [names[c] for c in sorted(codes, key=lambda c: c != "en") if c in names]
    row = _CALL_LIMIT.get(lang) or _CALL_LIMIT.get(lang[:2])
    if len(said) < 2 or not row:
        return speak_limit(lang, codes, informal)
    return row[0 if informal else 1].format(joiner.join(said))


#: A choice the call's own sentence already gives (folded): "posso escrever aqui ou, se preferir, a gente conversa 20
#: minutos", "si prefieres, lo hablamos", "if you prefer, we can talk": the languages then follow without a second "as you prefer".
_CALL_CHOICE_SAID = (r"\b(?:se preferir\w*|se voce preferir|si (?:lo )?prefier\w+|if you(?:'d)? prefer|se preferisc\w+|si tu preferes"
                     r"|si vous preferez|wenn (?:du|sie) (?:magst|mochtest|mochten)|wenn (?:dir|ihnen) das lieber ist|als je (?:wilt|dat liever hebt)"
                     r"|als u (?:wilt|dat liever heeft))\b")
#: The "as you prefer" that closes her languages' line for the call (see _CALL_LIMIT), in each language.
_CALL_LIMIT_TAIL = (r",\s*(?:como (?:você )?preferi\w*|como prefier\w+|come preferisc\w+|whichever you prefer|comme (?:tu|vous) préfér\w+"
                    r"|ganz wie (?:du magst|es Ihnen lieber ist)|wat (?:jij|u) het liefst \w+)\.$")
#: The languages' line with no choice repeated after a call already offered as a choice (Brazilian "a gente conversa …"
#: never echoed by "A gente pode conversar em …").
_CALL_LIMIT_BARE = {"pt-BR": (r"^(?:A gente pode conversar|Podemos conversar) em ", "Pode ser em ")}
#: A warm German close (folded): "Liebe Grüße", "Herzliche Grüße", "Herzlichst", "LG".
_DE_WARM_CLOSE = r"\b(?:(?:ganz )?liebe|herzliche|viele liebe) gru(?:ss|ß)e\b|\bherzlichst\b|\blg\b"
#: Her standard call offered in a reply: "a 20-minute call", "una llamada de 20 minutos", "ein 20-minütiges Telefonat".
#: (or a short call or a video call without its minutes: "Wie wäre es mit einem kurzen Telefonat im April?", "empezamos con una
#: videollamada": her languages are said after it too)
_CALL_OFFER = (r"(?i)\b\d{2}(?:\s|-)?(?:min\b|minutes?\b|minuti\b|minutos\b|minuten\b|minütig\w*|minutige\w*)"
               r"|\b(?:(?:ein|einen|einem) (?:kurze[ns]? )?(?:Telefonat|Call|Videocall)|kurze[ns]? (?:Telefonat|Call|Videocall)"
               r"|(?:breve|rápida) (?:llamada|call|chiamata|telefonata|chamada|conversa)|llamada breve|chamada rápida|(?:kort|korte) (?:belletje|call|gesprek)"
               r"|video ?call|videollamada|videochiamata|videochamada|videogesprek"
               r"|(?:twintig|zwanzig|veinte|venti|vinte|twenty|vingt|quinze|quince|quindici|vijftien|fünfzehn|fifteen) minut\w*)\b")


def call_languages(text: str, line: str, lang: str, work_line: str = "") -> str:
    r"""``text`` with her languages (``line``) said at the end of the paragraph that offers her call, unless the draft names
    a language already or offers no call. (``work_line``, a line on the work itself, "content and SEO in real French", names
    the language of the work, never the one they can talk in: it does not count.)

    >>> call_languages("Hallo Nils,\n\ndanke!\nHast du Lust auf ein 20-minütiges Telefonat?\n\nViele Grüße\nCamille",
    ...                "Allerdings arbeite ich nur auf Französisch oder Englisch.", "de").split("\n")[3]
    'Hast du Lust auf ein 20-minütiges Telefonat? Allerdings arbeite ich nur auf Französisch oder Englisch.'
    >>> call_languages("Hola:\n\n¿Una llamada de 20 minutos? Eso sí, en inglés.\n\nUn saludo", "Eso sí, tendría que ser en inglés.", "es")
    'Hola:\n\n¿Una llamada de 20 minutos? Eso sí, en inglés.\n\nUn saludo'
    """
    names = (_SPEAK_LIMIT.get(lang) or _SPEAK_LIMIT.get(lang[:2]) or ({}, "", ""))[0]
    probe = text.replace(work_line, "") if work_line else text
    # "a estratégia de conteúdo para o mercado francês": the market named, never the language they can talk in
    probe = cre.sub(_FRANCE_AS_MARKET, " ", fold(probe))
    if not line or any(cre.search(rf"\b{re.escape(fold(n.split()[-1]))}\b", probe) for n in names.values()):
        return text
    lines = text.split("\n")
    for i, row in enumerate(lines[1:-2], start=1):
        if cre.search(_CALL_OFFER, row):
            if cre.search(_CALL_CHOICE_SAID, fold(row)):
                # "… ou, se preferir, a gente conversa 20 minutos": "Pode ser em inglês ou em francês.", never a second
                # "como você preferir"
                line = cre.sub(_CALL_LIMIT_TAIL, ".", line)
                if lang in _CALL_LIMIT_BARE:
                    line = cre.sub(_CALL_LIMIT_BARE[lang][0], _CALL_LIMIT_BARE[lang][1], line)
            lines[i] = f"{row.rstrip()} {line}"
            return "\n".join(lines)
    return text


#: A session to make together, welcomed (informal, formal): the contact kept, and an idea for its topic asked.
_JOINT_IDEA: dict[str, tuple[str, str]] = {
    "en": ("Let's stay in touch: send me an idea for the topic whenever you like, and we'll see what we could do together.",
           "Let's stay in touch: feel free to send me an idea for the topic, and we will see what we could do together."),
    "fr": ("Restons en contact : envoie-moi une idée de sujet quand tu veux, et on voit ce qu'on pourrait faire ensemble.",
           "Restons en contact : n'hésitez pas à m'envoyer une idée de sujet, et nous verrons ce que nous pourrions faire ensemble."),
    "de": ("Lass uns in Kontakt bleiben: Schick mir gern eine Idee für das Thema, dann schauen wir, was wir zusammen machen könnten.",
           "Lassen Sie uns in Kontakt bleiben: Schicken Sie mir gern eine Idee für das Thema, dann schauen wir, was wir zusammen machen könnten."),
    "es": ("Sigamos en contacto: mándame una idea de tema cuando quieras y vemos qué podríamos hacer juntos.",
           "Sigamos en contacto: no dude en enviarme una idea de tema y vemos qué podríamos hacer juntos."),
    "it": ("Restiamo in contatto: mandami pure un'idea per il tema quando vuoi, e vediamo cosa potremmo fare insieme.",
           "Restiamo in contatto: mi mandi pure un'idea per il tema, e vediamo cosa potremmo fare insieme."),
    "pt": ("Vamos manter o contacto: envia-me uma ideia de tema quando quiseres, e vemos o que podemos fazer juntos.",
           "Vamos manter o contacto: não hesite em enviar-me uma ideia de tema, e vemos o que podemos fazer juntos."),
    "pt-BR": ("Vamos manter contato: me manda uma ideia de tema quando quiser, e a gente vê o que dá para fazer juntos.",
              "Vamos manter contato: fique à vontade para me enviar uma ideia de tema, e vemos o que podemos fazer juntos."),
    "nl": ("Laten we contact houden: stuur me gerust een idee voor het onderwerp, dan kijken we wat we samen kunnen doen.",
           "Laten we contact houden: stuur me gerust een idee voor het onderwerp, dan kijken we wat we samen kunnen doen."),
}


def _joining(name: str, note: str, lang: str, context: dict[str, Any]) -> str:
    """"¿puedo apuntarme al próximo afterwork?", "vai fazer outro workshop em breve?": welcomed, and the date promised
    when it is set (joining.py), never a job-search tip, "your proposal interests me" nor their business and budget."""
    kind = joining.asked(note)
    informal = bool(context.get("informal"))
    ahead = joining.enrolled_line(lang, informal=informal) if joining.enrolled(note) else ""
    if ahead and not any(context.get(k) for k in ("referrer", "debate_line", "next_dates", "price_asked", "funding")):
        # "I'm enrolled in your course starting next month": welcomed to it, never thanked "for attending" nor asked how it went
        for k in ("work", "title", "topic", "praise", "helped", "thanked", "regular", "team_liked", "answering", "team_shared", "mutual"):
            context[k] = ""
        context["answer"] = ahead
        context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
        return "ask_for_help"
    if kind == "invited":
        line = joining.invited_line(lang, informal=informal, dated=bool(context.get("when") or context.get("soon")))
    else:
        line = joining.line(lang, kind, informal=informal) if kind else ""
    if not line or any(context.get(k) for k in ("next_dates", "price_asked", "funding")):
        # "when is the next session, and is it CPF-eligible?": the dates, price or funding answered by their own lines
        return name
    context["answer"] = line
    context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
    return "ask_for_help" if name in ("job_seeking", "business_proposal", "sales_pitch", "recruiting", "client") else name


#: Her post praised by a peer who proposes to work together (informal, formal): the kind words thanked, "{topic}" as the
#: note says it ("über die Google Core Updates"), before or after the proposal is welcomed.
_POST_LIKED = {
    "en": ("Glad you liked my post {topic}!", "I'm glad you liked my post {topic}."),
    "fr": ("Ravie que mon post {topic} t'ait plu !", "Ravie que mon post {topic} vous ait plu."),
    "de": ("Schön, dass dir mein Post {topic} gefallen hat!", "Schön, dass Ihnen mein Post {topic} gefallen hat."),
    "es": ("¡Me alegra que te haya gustado mi post {topic}!", "Me alegra que le haya gustado mi post {topic}."),
    "it": ("Mi fa piacere che il mio post {topic} ti sia piaciuto!", "Mi fa piacere che il mio post {topic} Le sia piaciuto."),
    "pt": ("Fico contente por teres gostado da minha publicação {topic}!", "Fico contente por ter gostado da minha publicação {topic}."),
    "pt-BR": ("Que bom que você gostou do meu post {topic}!", "Fico feliz que tenha gostado do meu post {topic}."),
    "nl": ("Leuk dat mijn post {topic} je aansprak!", "Fijn dat mijn post {topic} u aansprak."),
}
#: The topic of her post as the note names it, with the preposition each language's line above needs (folded).
_POST_TOPIC_PREP = {"en": r"(?:about|on) ", "fr": r"sur ", "de": r"(?:uber|zu) ", "es": r"sobre ", "it": r"su(?:l|lla|i|gli|lle|ll')? ?",
                    "pt": r"sobre ", "nl": r"over "}
#: Kind words on a post (folded): "sehr treffend", "spot on", "très juste", "muy acertado", "molto centrato", "heel raak".
_POST_PRAISED = (r"\b(?:treffend|spot on|tres juste|tres pertinent|acertad[oa]|centrat[oa]|raak|certeir[oa]|great|super|genial|excellent\w*|top"
                 r"|bravo|loved|adore|encanto|adorei|gefallen|interessant\w*|interesting)\b")


def _post_liked(note: str, facts: Facts, lang: str, informal: bool) -> str:
    """A peer's praise of her post thanked ("Schön, dass dir mein Post über die Google Core Updates gefallen hat!"), or "".

    Only beside clients passed both ways: a joint project proposed after praise is never said to be about the post."""
    topic = facts.topic or ""
    if facts.work != "post" or not facts.mutual or not cre.match(_POST_TOPIC_PREP.get(lang[:2], r"$^"), fold(topic)) \
            or not (facts.praise or cre.search(_POST_PRAISED, fold(note))):
        return ""
    return quickq.in_register(_POST_LIKED, lang, informal).format(topic=topic)


#: A peer's offer to pass work both ways, welcomed (informal, formal): the work she takes ({offer} in {langs}, her working
#: languages, from _SPEAK_LIMIT), sent her way, and what fits the peer's own work passed on.
_PEER_SWAP: dict[str, tuple[str, str]] = {
    "en": ("On my side, I take on {offer} projects in {langs}, so feel free to send those my way, and I'll pass on any requests that fit your work.",
           "On my side, I take on {offer} projects in {langs}, so please feel free to send those my way, and I will pass on any requests that fit your work."),
    "fr": ("De mon côté, je travaille en {offer}, en {langs} : n'hésite pas à m'envoyer ce type de demandes, et je te transmettrai celles qui correspondent à ton activité.",
           "De mon côté, je travaille en {offer}, en {langs} : n'hésitez pas à m'envoyer ce type de demandes, et je vous transmettrai celles qui correspondent à votre activité."),
    "de": ("Ich selbst übernehme {offer} auf {langs}: Wenn solche Anfragen bei dir landen, schick sie mir gern weiter – und umgekehrt empfehle ich dich, wenn etwas zu deiner Arbeit passt.",
           "Ich selbst übernehme {offer} auf {langs}: Wenn solche Anfragen bei Ihnen landen, leiten Sie sie gern an mich weiter – und umgekehrt empfehle ich Sie, wenn etwas zu Ihrer Arbeit passt."),
    "es": ("Por mi parte, trabajo en {offer}, en {langs}: no dudes en mandarme ese tipo de encargos, y yo te pasaré los que encajen con tu trabajo.",
           "Por mi parte, trabajo en {offer}, en {langs}: no dude en enviarme ese tipo de encargos, y yo le pasaré los que encajen con su trabajo."),
    "it": ("Da parte mia, mi occupo di {offer} in {langs}: mandami pure richieste di questo tipo, e io ti girerò quelle adatte al tuo lavoro.",
           "Da parte mia, mi occupo di {offer} in {langs}: mi invii pure richieste di questo tipo, e io Le girerò quelle adatte al Suo lavoro."),
    "pt": ("Da minha parte, trabalho em {offer}, em {langs}: envia-me à vontade esse tipo de pedidos, e eu passo-te os que se encaixem no teu trabalho.",
           "Da minha parte, trabalho em {offer}, em {langs}: não hesite em enviar-me esse tipo de pedidos, e eu passo-lhe os que se enquadrem no seu trabalho."),
    "pt-BR": ("Da minha parte, trabalho com {offer}, em {langs}: pode me mandar esse tipo de pedido, e eu te passo os que combinarem com o seu trabalho.",
              "Da minha parte, trabalho com {offer}, em {langs}: fique à vontade para me enviar esse tipo de pedido, e eu lhe repasso os que combinarem com o seu trabalho."),
    "nl": ("Zelf doe ik {offer} in {langs}: zulke aanvragen mag je altijd naar mij sturen, en ik geef alles door wat bij jouw werk past.",
           "Zelf doe ik {offer} in {langs}: zulke aanvragen mag u altijd naar mij sturen, en ik geef alles door wat bij uw werk past."),
}


#: A wish to "pick her brain" (folded): to talk her problem through, no question written.
_BRAIN_PICK = r"\bpick(?:ing)? your brains?\b"


#: A peer who asked to talk their swap over, answered with a call (informal, formal).
_PEER_SWAP_CALL: dict[str, tuple[str, str]] = {
    "en": ("Happy to talk it through on a quick call: what works for you next week?",
           "I would be glad to discuss it on a short call: what times suit you next week?"),
    "fr": ("Parlons-en volontiers lors d'un petit appel : quels créneaux te conviennent la semaine prochaine ?",
           "Parlons-en volontiers lors d'un court appel : quels créneaux vous conviennent la semaine prochaine ?"),
    "de": ("Lass uns gern kurz telefonieren: Wann passt es dir nächste Woche?",
           "Lassen Sie uns gern kurz telefonieren: Wann passt es Ihnen nächste Woche?"),
    "es": ("Y sí, hablémoslo con gusto en una llamada breve: ¿qué día te viene bien la semana que viene?",
           "Y sí, hablémoslo con gusto en una llamada breve: ¿qué día le viene bien la semana que viene?"),
    "it": ("E sì, sentiamoci volentieri per una breve call: quando ti farebbe comodo la prossima settimana?",
           "E sì, sentiamoci volentieri per una breve call: quando Le farebbe comodo la prossima settimana?"),
    "pt": ("E sim, falamos com todo o gosto numa chamada curta: que dia te dá jeito na próxima semana?",
           "E sim, falamos com todo o gosto numa chamada curta: que dia lhe dá jeito na próxima semana?"),
    "pt-BR": ("E sim, vamos conversar numa ligação rápida: que dia fica bom para você na semana que vem?",
              "E sim, podemos conversar numa ligação rápida: que dia fica bom na semana que vem?"),
    "nl": ("En ja, laten we het even bespreken in een kort belletje: wanneer komt het je volgende week uit?",
           "En ja, laten we het even bespreken in een kort telefoongesprek: wanneer komt het u volgende week uit?"),
}


def _misread(name: str, note: str, lang: str, context: dict[str, Any]) -> str:
    """Notes read as a request but not one (misread.py): the reply they need, and the template to write it in.

    "X told me you were looking for a partner. Is that right?" is answered (not now, curious what they have in mind);
    "as discussed, I'll send you our info" gets "looking forward to it"; "I follow you, great insights on X! Connect?"
    gets glad-you-like-my-posts and a welcome: never "outside my field", a pitch, "sounds interesting" or a call.
    """
    # "je cherche une formatrice … Quels sont vos tarifs ?": the programme's topics, audience and group size asked, never what
    # the training manager would like to learn
    context["trainer_sought"] = bool(note.strip()) and misread.trainer_sought(note)
    if not note.strip() or name in ("recruiting", "job_seeking"):
        return name
    informal = bool(context.get("informal"))
    line = ""
    if misread.partner_asked(note) or misread.partner_heard(note):
        # (a partner search heard of, and the sender offering to be one: no project needing one now, kept in mind —
        # never "not really" to a question nobody asked)
        line = misread.partner_line(lang, informal=informal, offered=misread.freelancer_self(note) or misread.partner_heard(note))
        context["need"] = ""  # "me comentó que buscas partners": a partner offered, never "Puedo ayudarte con tu SEO"
    elif (name in ("business_proposal", "ask_for_help") or name == "client" and "?" not in note
          or name == "met_before" and not context.get("promised") and not context.get("answer")) and misread.they_send(note):
        line = misread.await_line(lang, informal=informal)
    elif name in ("business_proposal", "ask_for_help") or name == "content" and not context.get("answer") and not context.get("work"):
        # (a bare "Connecten?" is no question: the follower's note may reach "content" with no work of hers named)
        plain, px = misread.follow_topic(note)
        if plain:
            line = misread.follow_line(lang, px, informal=informal)
            if line:
                name = "content"
    if line:
        context["answer"] = line
        context["faq"] = context["faq_step"] = context["tips_too"] = context["qanswer"] = ""
    return name


#: The owner's own client spoken of (folded): "deinem Kunden", "die klant (met)", "your client", "ton client", "tu cliente".
_HER_CLIENT = (r"\b(?:(?:deine[mnr]?|ihre[mnr]?|dem|diesem) (?:kunde\w*|kundin\w*|projekt)|(?:je|jouw|uw|die|dat) (?:klant|project)\b"
               r"|your (?:client|customer|project)|(?:that|the) client (?:with|who|you)|(?:ton|votre|ce) (?:client|projet)|(?:ta|votre|cette) cliente"
               r"|(?:tu|su|ese|aquel) (?:cliente|proyecto)|(?:il tuo|il suo|quel|quello|del tuo|del suo) (?:cliente|progetto)|(?:la tua|la sua|quella) cliente"
               r"|(?:seu|teu|aquele|esse|do seu|do teu) (?:cliente|projeto)|(?:sua|tua|aquela|essa) cliente)\b")
#: A wish to hear how it went (folded): "wie das Projekt weitergegangen ist", "hoe dat verder is gegaan", "how it went".
_HOW_IT_WENT = (r"\b(?:wie (?:das|es|die sache)\b[^.?!]{0,30}\b(?:weitergegangen|ausgegangen|gelaufen|gelaufen ist|geworden|lauft|steht)"
                r"|hoe (?:is |was |zit |ging |gaat )?(?:dat|het)\b[^.?!]{0,20}\b(?:gegaan|afgelopen|loopt|gaat|uitgepakt)"
                r"|how (?:did |is |has |does )?(?:it|that|the project|things)\b[^.?!]{0,20}\b(?:went|turned out|go|going|ended up|worked out)"
                r"|comment (?:ca|cela|le projet|c'est)\b[^.?!]{0,20}\b(?:passe|fini|termine|evolue|avance|continue|tourne)|ce que (?:ca|c'est) (?:a )?donne"
                r"|como (?:sigui\w*|acab\w*|termin\w*|fue|ha ido|le fue|va|foi|ficou|andou|esta|correu|evoluiu)"
                r"|come (?:e|sia|e andat\w*|sia andat\w*|va|procede|e finit\w*|e proseguit\w*)|com'e andat\w*|com'e finit\w*)\b")
#: Her answer about her client's project (formal, informal): glad to tell the story on a call, nothing invented.
_HER_PROJECT: dict[str, tuple[str, str]] = {
    "en": ("Glad you remember it! I'd be happy to tell you how that project went: shall we have a quick call next week?",
           "Glad you remember it! Happy to tell you how that project went: shall we have a quick call next week?"),
    "fr": ("Ravie que vous vous en souveniez ! Je vous raconte volontiers la suite de ce projet : un petit appel la semaine prochaine ?",
           "Ravie que tu t'en souviennes ! Je te raconte volontiers la suite de ce projet : un petit appel la semaine prochaine ?"),
    "de": ("Gern erzähle ich Ihnen, wie es mit dem Projekt weitergegangen ist – wollen wir nächste Woche kurz telefonieren?",
           "Gern erzähle ich dir, wie es mit dem Projekt weitergegangen ist – wollen wir nächste Woche kurz telefonieren?"),
    "es": ("¡Qué bien que lo recuerde! Le cuento con gusto cómo siguió ese proyecto: ¿hablamos un momento por teléfono la semana que viene?",
           "¡Qué bien que te acuerdes! Te cuento con gusto cómo siguió ese proyecto: ¿hablamos un momento por teléfono la semana que viene?"),
    "it": ("Che bello che se lo ricordi! Le racconto volentieri com'è andato avanti quel progetto: ci sentiamo per una breve call la prossima settimana?",
           "Che bello che te lo ricordi! Ti racconto volentieri com'è andato avanti quel progetto: ci sentiamo per una breve call la prossima settimana?"),
    "pt": ("Que bom que se lembra! Conto-lhe com gosto como correu esse projeto: falamos por telefone na próxima semana?",
           "Que bom que te lembras! Conto-te com gosto como correu esse projeto: falamos por telefone na próxima semana?"),
    "pt-BR": ("Que bom que você lembra! Conto com prazer como foi esse projeto: que tal uma conversa rápida na semana que vem?",
              "Que bom que você lembrou! Te conto com prazer como foi esse projeto: bora marcar uma conversa rápida na semana que vem?"),
    "nl": ("Leuk dat u daar nog aan denkt! Ik vertel u graag hoe dat project verder is gegaan: zullen we volgende week even bellen?",
           "Leuk dat je daar nog aan denkt! Ik vertel je graag hoe dat project verder is gegaan: zullen we volgende week even bellen?"),
}


#: A question that points back to what the note said before it: "is that something you'd take on?", "ce type de mission".
_REFERS_BACK = (r"\b(?:that|this|it|ce type|ce genre|ce|cela|ca|das|dies\w*|so etwas|sowas|eso|esto|este tipo|ese tipo|questo|quel tipo|isso|isto|esse tipo"
                r"|dat|dit|zoiets|dit soort|dat soort)\b")

#: What she does, as a need a note tells: her offer's own words, and the platforms and kinds of work they cover.
_OFFER_WORDS = (r"\b(?:seo|referencement|posicionamiento|posizionamento|instagram|facebook|tiktok|linkedin|pinterest|youtube|social\w*|reseaux sociaux"
                r"|redes sociais|redes sociales|ads|publicite|werbung|anzeigen|anuncios|annunci|advertenties|contenu\w*|content\w*|contenid\w*|contenut\w*"
                r"|conteud\w*|inhalt\w*|marketing|consult\w*|advies|beratung|formation\w*|training\w*|schulung\w*|formacion\w*|formazione|formacao|opleiding\w*)\b")


def _in_offer(text: str, settings: Settings) -> bool:
    """Does the need ``text`` tells fall within the owner's offer (her offer's words, or the work they cover)?"""
    folded = fold(text or "")
    words = {w for phrase in settings.offer for w in cre.findall(r"[a-z0-9]{3,}", fold(phrase))}
    return bool(cre.search(_OFFER_WORDS, folded)) or any(cre.search(rf"\b{re.escape(w)}\b", folded) for w in words)


#: The question back after a catch-up answer ("Was machst du inzwischen?" … "Und wie läuft es bei dir?"); (informal, formal).
#: The sender lives near her (folded): "moro aí perto", "j'habite à côté", "I live nearby", "wohne in der Nähe".
_NEARBY = (r"\b(?:moro (?:\w+ )?(?:ai |aqui |ali |bem |super )?(?:perto|pertinho)|moro na regiao|moro do lado"
           r"|(?:j'habite|je vis|je suis|j'habite moi) (?:\w+ )?(?:juste |tout )?(?:a cote|tout pres|pas loin|dans le coin|pres de chez (?:toi|vous))"
           r"|i (?:\w+ )?(?:live|am based|'m based|m based|am|'m|m) (?:\w+ )?(?:nearby|close by|close to you|near you|in the area|not far|around the corner|locally|down the road|just next door)"
           r"|(?:vivo|estoy) (?:\w+ )?(?:cerca|al lado|por la zona|en la zona)|(?:abito|vivo) (?:\w+ )?(?:vicino|in zona|a due passi)"
           r"|wohne (?:\w+ )?(?:in der nahe|um die ecke|nicht weit|in der gegend)|woon (?:\w+ )?(?:in de buurt|vlakbij|dichtbij|om de hoek|niet ver))\b")
_NEARBY_LINE = {
    "en": ("And how nice that you live nearby{}!", "And how nice that you live nearby{}."),
    "fr": ("Et ravie de savoir que tu habites tout près{} !", "Et ravie de savoir que vous habitez tout près{}."),
    "es": ("¡Y qué bien saber que vives cerca{}!", "Y qué bien saber que vive cerca{}."),
    "it": ("E che piacere sapere che abiti vicino{}!", "E che piacere sapere che abita vicino{}."),
    "pt": ("E que bom saber que moras aqui perto{}!", "E que bom saber que mora aqui perto{}."),
    "pt-BR": ("E que legal saber que você mora aqui perto{}!", "E que bom saber que você mora aqui perto{}."),
    "de": ("Toll, dass du in der Nähe wohnst{}!", "Wie schön, dass Sie in der Nähe wohnen{}."),
    "nl": ("En fijn om te horen dat je in de buurt woont{}!", "En fijn om te horen dat u in de buurt woont{}."),
}
#: The hope to meet at a next event, added when the draft does not already say it.
_NEARBY_MEET = {"en": (": I hope we cross paths at a next event", ": I hope we meet at a next event"),
                "fr": (" : au plaisir de te croiser à un prochain événement", " : au plaisir de vous croiser à un prochain événement"),
                "es": (": ojalá coincidamos en algún próximo evento",) * 2, "it": (": spero di incontrarti a un prossimo evento", ": spero che ci incontreremo a un prossimo evento"),
                "pt": (": espero que nos cruzemos num próximo evento",) * 2,
                "pt-BR": (": espero te encontrar num próximo evento", ": espero que a gente se encontre num próximo evento"),
                "de": (": Vielleicht sehen wir uns bei einer nächsten Veranstaltung",) * 2, "nl": (": hopelijk zien we elkaar op een volgend evenement",) * 2}
#: A draft that already hopes to meet again (folded).
_MEET_SAID = r"\b(?:event\w*|evenement\w*|evento\w*|veranstaltung\w*|recroiser|rivederti|rivederla|reencontr\w*|wiederzusehen|tot ziens|coincidamos|croiser)\b"


def nearby_line(note: str, lang: str, *, informal: bool) -> str:
    """A warm line for a sender who lives near her ("moro aí perto", "I live nearby"), or "".

    >>> nearby_line("sou brasileira e moro aí perto", "pt-BR", informal=True)
    'E que legal saber que você mora aqui perto{}!'
    """
    pair = _NEARBY_LINE.get(lang) or _NEARBY_LINE.get(lang[:2])
    if not pair or not note.strip() or not cre.search(_NEARBY, fold(note)):
        return ""
    return pair[0 if informal else 1]


def _nearby_said(line: str, text: str, lang: str, informal: bool) -> str:
    """The nearby line with the hope to meet at a next event, unless the draft already hopes so."""
    meet = _NEARBY_MEET.get(lang) or _NEARBY_MEET.get(lang[:2]) or ("", "")
    clause = "" if cre.search(_MEET_SAID, fold(text.split("\n", 2)[-1])) else meet[0 if informal else 1]
    out = line.format(clause)
    return out if lang[:2] != "es" or not clause or not informal else out.replace("!", ".").replace("¡", "", 1)


#: An opinion asked ("do you really think …?", "qu'en penses-tu ?", "was hältst du von …?"), folded.
_OPINION_Q = (r"\b(?:do you (?:really |honestly |actually )?(?:think|believe|reckon)|what do you (?:think|make of|reckon)|curious (?:what|to hear what|to know what) you think"
              r"|(?:what's|what is|whats) your (?:take|view|opinion|feeling)|your (?:take|thoughts|view|opinion) on|in your (?:opinion|view|experience)"
              r"|(?:tu|vous) (?:penses?|pensez|crois|croyez|trouves?|trouvez) (?:vraiment |reellement |serieusement )?que|(?:penses|pensez|crois|croyez)-(?:tu|vous)"
              r"|qu'en (?:penses|pensez)|(?:ton|votre) avis|selon (?:toi|vous)"
              r"|(?:crees|cree|piensas|piensa|opinas|opina) (?:de verdad |realmente |en serio )?que|que (?:opinas|opina|piensas|piensa) (?:de|sobre)|(?:tu|su) opinion"
              r"|(?:voce )?(?:acha|achas) (?:mesmo |realmente |que |mesmo que )|o que (?:voce )?(?:acha|achas|pensa|pensas) (?:de|do|da|sobre)|(?:sua|tua) opiniao"
              r"|(?:pensi|pensa|credi|crede) (?:davvero |veramente |sul serio )?che|cosa ne (?:pensi|pensa)|(?:il tuo|il suo) parere|(?:la tua|la sua) opinione|secondo (?:te|lei)"
              r"|(?:glaubst|denkst) du|(?:glauben|denken) sie (?:wirklich |ernsthaft )?,? ?dass|was (?:haltst du|halten sie)|(?:deine|ihre) (?:meinung|einschatzung|sicht)"
              r"|(?:denk|geloof) je|(?:denkt|gelooft) u|wat (?:vind je|vindt u)|(?:jouw|uw) (?:mening|kijk)|volgens (?:jou|u)\b)")

#: The sender's own situation in a note (folded): a first person outside the lines about her piece ("I run a small shop",
#: "me quedé sin trabajo", "ho aperto un e-commerce") keeps the "tell me where you stand" step.
_FIRST_PERSON = {"en": r"\b(?:i|i'm|im|i've|ive|my|me|we|our|us)\b", "fr": r"\b(?:je|j|moi|mon|ma|mes|nous|notre|nos|me|m)\b",
                 "es": r"\b(?:yo|mi|mis|me|tengo|he|estoy|soy|llevo|trabajo|busco|quiero|acabo|estudio|nuestr\w*|nosotr\w*|\w+(?:arme|erme|irme))\b",
                 "pt": r"\b(?:eu|meu|minha|meus|minhas|me|tenho|estou|sou|trabalho|quero|busco|abri|nosso\w*|nossa\w*)\b",
                 "it": r"\b(?:io|mio|mia|miei|mie|mi|ho|sto|sono|lavoro|cerco|voglio|gestisco|studio|nostr\w*)\b",
                 "de": r"\b(?:ich|mein\w*|mir|mich|wir|unser\w*|uns|bin|habe|hab)\b", "nl": r"\b(?:ik|mijn|me|mij|wij|we|ons|onze|heb)\b"}
#: A line about her piece ("saw your post", "ho letto il tuo articolo") and courtesy ("würde mich freuen", "curious"): no situation.
_PIECE_LINE = (r"\b(?:posts?|article\w*|artigo\w*|articolo\w*|artikel\w*|beitrag\w*|newsletter|video\w*|talk|webinar|podcast|publication|publicacion"
               r"|publicacao|pubblicazione|bericht\w*)\b")
_COURTESY = (r"\b(?:(?:wurde|wurd) mich (?:\w+ )?(?:freuen|interessieren)|mich interessiert|i'?d love to (?:hear|know)|i'?m curious|curieux|curieuse"
             r"|me gustaria saber|mi piacerebbe sapere|gostaria de saber|ik ben benieuwd|thanks?(?: you)?(?: so much| a lot)?|merci\w*|gracias|grazie\w*|obrigad\w*|danke\w*|bedankt)\b")


def _stand_told(context: Mapping[str, Any], facts: Facts) -> bool:
    """Is "tell me where you stand" after her answer needless: the sender already told it (a BTS student, a junior at
    an agency, three years in the job, a shop owner with her numbers: ``career_stage`` read from the note or headline),
    or asked a one-off fact about her training (CPF, funding), with nothing to dig into?"""
    return bool(context.get("career_stage") or facts.funding)


def opinion_only(note: str, lang: str) -> bool:
    """Does the note ask only what she thinks of something, with nothing of the sender's own in progress?

    >>> opinion_only("saw your post - do you really think Google will penalise AI content? Curious what you think", "en")
    True
    >>> opinion_only("Tu penses que le SEO vaut le coup pour ma boutique ?", "fr"), opinion_only("Was hältst du von KI-Texten?", "de")
    (False, True)
    """
    if not note.strip():
        return False
    folded = fold(note)
    if not cre.search(_OPINION_Q, folded):
        return False
    own = " ".join(s for s in cre.split(r"[?.!\n]+", cre.sub(_COURTESY, " ", folded)) if not cre.search(_PIECE_LINE, s))
    return not cre.search(_FIRST_PERSON.get(lang[:2], r"(?!)"), own)


_CATCH_UP_BACK = {"en": ("And how are things with you?",) * 2, "fr": ("Et toi, comment ça va de ton côté ?", "Et de votre côté, comment allez-vous ?"),
                  "de": ("Und wie läuft es bei dir?", "Und wie läuft es bei Ihnen?"), "es": ("¿Y tú, qué tal?", "¿Y usted, qué tal?"),
                  "it": ("E tu, come va?", "E Lei, come va?"), "pt": ("E tu, como vão as coisas?", "E consigo, como vão as coisas?"),
                  "pt-BR": ("E você, como estão as coisas?",) * 2, "nl": ("En hoe gaat het met jou?", "En hoe gaat het met u?")}


#: A place to stay run by the sender ("ho aperto un agriturismo", "nous avons un gîte", "we run a B&B") (folded).
_PLACE_TO_STAY = (r"\b(?:agriturism\w*|hotels?|hotel(?:zimmer|betrieb)|albergh\w*|b ?& ?b|bed (?:and|&) breakfast|guest ?houses?|chambres? d'hotes?"
                  r"|gites?|campings?|glamping|holiday (?:rentals?|homes?|cottages?|lets?)|vacation rentals?|locations? saisonnieres?|casas? rurale?s?"
                  r"|hostal(?:es)?|pousadas?|turismo rural|alojamento local|ferienwohnung\w*|ferienhaus\w*|ferienhauser|gasthaus|gasthof|hostels?"
                  r"|vakantiehuis\w*|vakantiewoning\w*|bed and breakfast|casa vacanze|affittacamere|country house|posada)\b")
#: Google and a social network weighed in the question ("Google Ads o Instagram?", "Google ou Meta ?") (folded).
_GOOGLE_OR_SOCIAL = (r"\bgoogle\b[^?!]{0,40}\b(?:or|ou|o|oder|of)\b[^?!]{0,20}\b(?:instagram|meta|facebook|social\w*)\b"
                     r"|\b(?:instagram|meta|facebook|social\w*)\b[^?!]{0,40}\b(?:or|ou|o|oder|of)\b[^?!]{0,20}\bgoogle\b")
#: Google Ads or Instagram for a place to stay: travellers search for a stay, Instagram makes it wanted, bookings judge
#: (never a product's "cost per sale"); one wording for either register.
_STAY_ADS = {
    "en": "For a place to stay, I'd start with Google Ads: travellers already search for a stay in the area, in their own language, and the ad reaches them just as they choose. Instagram comes next, to make people want the place with photos and short videos. Judge both on bookings, not clicks.",
    "fr": "Pour un hébergement, je commencerais par Google Ads : les voyageurs cherchent déjà un séjour dans la région, dans leur langue, et l'annonce les touche au moment où ils choisissent. Instagram vient ensuite, pour donner envie du lieu avec des photos et de courtes vidéos. On juge les deux sur les réservations, pas sur les clics.",
    "es": "Para un alojamiento, empezaría por Google Ads: los viajeros ya buscan dónde alojarse en la zona, en su idioma, y el anuncio les llega justo cuando eligen. Instagram viene después, para que el lugar apetezca con fotos y vídeos cortos. Ambos se juzgan por las reservas, no por los clics.",
    "it": "Per una struttura ricettiva partirei da Google Ads: chi organizza un viaggio cerca già dove dormire in zona, nella sua lingua, e l'annuncio arriva proprio mentre sceglie. Instagram viene dopo, per far desiderare il posto con foto e video brevi. Entrambi si giudicano dalle prenotazioni, non dai clic.",
    "pt": "Para um alojamento, começaria pelo Google Ads: quem planeia uma viagem já pesquisa onde ficar na região, na sua língua, e o anúncio chega-lhe no momento em que escolhe. O Instagram vem depois, para dar vontade de conhecer o lugar com fotos e vídeos curtos. Os dois avaliam-se pelas reservas, não pelos cliques.",
    "pt-BR": "Para uma hospedagem, eu começaria pelo Google Ads: quem planeja uma viagem já busca onde ficar na região, no próprio idioma, e o anúncio chega na hora em que a pessoa escolhe. O Instagram vem depois, para dar vontade de conhecer o lugar com fotos e vídeos curtos. Os dois se avaliam pelas reservas, não pelos cliques.",
    "de": "Bei einer Unterkunft würde ich mit Google Ads anfangen: Wer eine Reise plant, sucht schon nach einer Bleibe in der Gegend, in seiner Sprache, und die Anzeige erreicht ihn genau bei der Wahl. Instagram kommt danach, um mit Fotos und kurzen Videos Lust auf den Ort zu machen. Gemessen wird beides an den Buchungen, nicht an den Klicks.",
    "nl": "Voor een accommodatie zou ik met Google Ads beginnen: wie een reis plant, zoekt al naar een overnachtingsplek in de streek, in de eigen taal, en de advertentie bereikt hem precies bij het kiezen. Instagram komt daarna, om met foto's en korte video's zin te geven in de plek. Het gaat om de boekingen, niet om de klikken.",
}
#: "is it worth hiring someone or should I learn it myself?", "je délègue ou j'apprends moi-même ?", "¿contrato a alguien o
#: aprendo yo?", "assumo qualcuno o imparo da solo?", "jemanden beauftragen oder selbst lernen?" (folded): who should run it.
_HIRE_WHO = (r"(?:\bhir\w*|outsourc\w*|delegat\w*|deleg[aeu]\w*|someone|somebody|a freelancer|an agency|quelqu'un|un(?:e)? (?:freelance|prestataire|agence)"
             r"|contrat\w*|alguien|una agencia|assum\w*|affid\w*|qualcuno|un'agenzia|contrat\w*|alguem|uma agencia|beauftrag\w*|jemand\w*|eine agentur"
             r"|uitbested\w*|inhur\w*|iemand|een bureau|een freelancer)\b")
_HIRE_SELF = (r"\b(?:myself|learn\w*|(?:moi|toi|vous)-meme|apprend\w*|me former|yo mism[oa]|aprend\w*|aprender|da sol[oa]|io stess[oa]|impar\w*"
              r"|eu mesm[oa]|sozinh[oa]|aprender|selbst|lernen|selber|zelf|leren)\b")
_HIRE_OR_LEARN = (rf"{_HIRE_WHO}[^.?!]{{0,60}}\b(?:or|ou|o|oder|of)\b[^.?!]{{0,50}}{_HIRE_SELF}"
                  rf"|{_HIRE_SELF}[^.?!]{{0,60}}\b(?:or|ou|o|oder|of)\b[^.?!]{{0,50}}{_HIRE_WHO}")
#: "is it worth hiring a consultant at that budget or keep DIYing?", "passer par une consultante ou on fait nous-mêmes ?",
#: "¿contratar a una consultora o lo seguimos haciendo nosotros?", "eine Beraterin oder selbst weiter?" (folded): a paid
#: retainer weighed against a small budget, not "learn it or delegate it".
_CONSULTANT_WHO = (r"\b(?:consult\w*|consulen\w*|berater\w*|freelanc\w*|agenc\w*|agentur|bureau|agenzia|agencia)\b")
_CONSULTANT_OR_DIY = (rf"{_CONSULTANT_WHO}[^.?!]{{0,60}}\b(?:or|ou|o|oder|of)\b[^.?!]{{0,50}}"
                      r"\b(?:ourselves|diy\w*|do it (?:our|my)sel\w*|nous-memes|(?:moi|toi)-meme|nosotr[oa]s|nosotros mism[oa]s|noi|da sol[ei]|nos|nos mesm[oa]s"
                      r"|sozinh[oa]s?|selbst|selber|zelf)\b")
#: Her answer to "a consultant at that budget, or ourselves?", in place of the set-up tips: a monthly retainer would eat
#: the small budget, so run it yourselves simply, with a one-off audit or coaching session if results stay weak; then a call.
_CONSULTANT_STEP = {
    "en": ("Honestly, at that budget a monthly retainer would eat much of it: I'd keep running it yourselves with a simple set-up (one sales campaign, "
           "one clear offer, a tight audience) and, if results stay weak, book a one-off audit or coaching session. Happy to talk it through on a 20-minute call.",) * 2,
    "fr": ("Franchement, à ce budget, une consultante au mois en mangerait une bonne part : je garderais la main en interne avec un réglage simple (une campagne de ventes, "
           "une offre claire, une audience resserrée) et, si les résultats restent faibles, un audit ou un coaching ponctuel. On peut en parler 20 minutes au téléphone.",
           "Franchement, à ce budget, une consultante au mois en mangerait une bonne part : je garderais la main en interne avec un réglage simple (une campagne de ventes, "
           "une offre claire, une audience resserrée) et, si les résultats restent faibles, un audit ou un coaching ponctuel. Je vous propose d'en parler 20 minutes au téléphone."),
    "es": ("Con ese presupuesto, una consultora cada mes se llevaría buena parte: yo seguiría por vuestra cuenta con algo sencillo (una campaña de ventas, una oferta clara, "
           "un público acotado) y, si los resultados siguen flojos, una auditoría o un coaching puntual. Si quieres, lo hablamos 20 minutos en inglés o en francés.",
           "Con ese presupuesto, una consultora cada mes se llevaría buena parte: yo seguiría por su cuenta con algo sencillo (una campaña de ventas, una oferta clara, "
           "un público acotado) y, si los resultados siguen flojos, una auditoría o un coaching puntual. Si quiere, lo hablamos 20 minutos en inglés o en francés."),
    "it": ("Con questo budget una consulente a canone mensile se ne mangerebbe buona parte: consiglierei di continuare a gestirlo internamente in modo semplice (una campagna vendite, un'offerta chiara, "
           "un pubblico ristretto) e, se i risultati restano deboli, un audit o un coaching una tantum. Se ti va, ne parliamo 20 minuti in inglese o in francese.",
           "Con questo budget una consulente a canone mensile se ne mangerebbe buona parte: consiglierei di continuare a gestirlo internamente in modo semplice (una campagna vendite, un'offerta chiara, "
           "un pubblico ristretto) e, se i risultati restano deboli, un audit o un coaching una tantum. Se Le va, ne parliamo 20 minuti in inglese o in francese."),
    "pt": ("Com esse orçamento, uma consultora ao mês levaria boa parte: eu continuaria por vossa conta com algo simples (uma campanha de vendas, uma oferta clara, "
           "um público restrito) e, se os resultados continuarem fracos, uma auditoria ou um coaching pontual. Se quiseres, falamos 20 minutos em inglês ou em francês.",
           "Com esse orçamento, uma consultora ao mês levaria boa parte: eu continuaria por vossa conta com algo simples (uma campanha de vendas, uma oferta clara, "
           "um público restrito) e, se os resultados continuarem fracos, uma auditoria ou um coaching pontual. Se quiser, falamos 20 minutos em inglês ou em francês."),
    "pt-BR": ("Com esse orçamento, uma consultoria mensal levaria boa parte: eu continuaria por conta própria com algo simples (uma campanha de vendas, uma oferta clara, "
              "um público restrito) e, se os resultados continuarem fracos, uma auditoria ou uma mentoria pontual. Se quiser, a gente conversa 20 minutos em inglês ou em francês.",) * 2,
    "de": ("Bei diesem Budget würde eine monatliche Beratung einen guten Teil auffressen: Ich würde es selbst einfach weiterführen (eine Kampagne auf Käufe, ein klares Angebot, "
           "eine enge Zielgruppe) und, wenn es schwach bleibt, ein einmaliges Audit oder Coaching nehmen. Wenn du magst, sprechen wir 20 Minuten auf Englisch oder Französisch.",
           "Bei diesem Budget würde eine monatliche Beratung einen guten Teil auffressen: Ich würde es selbst einfach weiterführen (eine Kampagne auf Käufe, ein klares Angebot, "
           "eine enge Zielgruppe) und, wenn es schwach bleibt, ein einmaliges Audit oder Coaching nehmen. Wenn Sie mögen, sprechen wir 20 Minuten auf Englisch oder Französisch."),
    "nl": ("Bij dit budget zou een consultant per maand er een flink deel van opslokken: ik zou het zelf eenvoudig houden (één verkoopcampagne, één duidelijk aanbod, "
           "een afgebakende doelgroep) en, als het zwak blijft, één keer een audit of coaching nemen. Als je wilt, bellen we 20 minuten in het Engels of het Frans.",
           "Bij dit budget zou een consultant per maand er een flink deel van opslokken: ik zou het zelf eenvoudig houden (één verkoopcampagne, één duidelijk aanbod, "
           "een afgebakende doelgroep) en, als het zwak blijft, één keer een audit of coaching nemen. Als u wilt, bellen we 20 minuten in het Engels of het Frans."),
}
#: A course or resource asked to be recommended (folded): "kun je een cursus aanraden?", "which course would you recommend?".
_COURSE_RECOMMEND = (r"\b(?:recommend\w*|suggest\w*|aanrad\w*|raad\w* (?:je|u) \w+ aan|conseill\w*|recommand\w*|recomiend\w*|recomend\w*"
                     r"|aconsej\w*|consigli\w*|indic\w*|empfiehl\w*|empfehl\w*|tipps?|tips?|bron\w*|ressource\w*|resources?|recursos?|risorse)\b")
#: A training asked for a company or a whole department (folded): "Geef je zulke trainingen ook incompany? We zijn met z'n
#: tienen", "Bieten Sie solche Trainings auch inhouse für Firmen an?": the team would be trained in her languages, so the
#: limit is said even to someone who attended her course.
_IN_COMPANY_ASKED = (r"\b(?:in-?company|in-?house|incompany|inhouse|intra(?:-entreprise)?|en interne|in azienda|aziendal\w*|in der firma"
                     r"|fur (?:firmen|unternehmen|ihr team|unser team)|voor bedrijven|for (?:companies|our team|my team)|pour (?:les )?entreprises"
                     r"|para empresas|per (?:le )?aziende|met z'n \w+|marketingafdeling|marketingabteilung)\b")
#: The next step after the plain yes to "does your course suit a complete beginner?" asked alone: what they want to learn
#: first, and the format she suggests (in French or English outside those languages), never certificate advice.
_BEGINNER_STEP = {
    "en": ("Tell me what you'd like to learn first (SEO, social ads or content) and I'll suggest the right format; happy to talk it through on a 20-minute call too.",) * 2,
    "fr": ("Dis-moi ce que tu veux apprendre en premier (SEO, social ads ou contenu) et je te proposerai le bon format ; on peut aussi en parler 20 minutes au téléphone.",
           "Dites-moi ce que vous souhaitez apprendre en premier (SEO, social ads ou contenu) et je vous proposerai le bon format ; nous pouvons aussi en parler 20 minutes au téléphone."),
    "es": ("Las doy en francés o en inglés; si te va bien, dime qué quieres aprender primero (SEO, anuncios en redes o contenidos) y te propongo el formato adecuado.",
           "Las doy en francés o en inglés; si le va bien, dígame qué quiere aprender primero (SEO, anuncios en redes o contenidos) y le propongo el formato adecuado."),
    "it": ("Li tengo in francese o in inglese; se ti va bene, dimmi cosa vuoi imparare per primo (SEO, social ads o contenuti) e ti propongo il formato giusto.",
           "Li tengo in francese o in inglese; se Le va bene, mi dica cosa vuole imparare per primo (SEO, social ads o contenuti) e Le propongo il formato giusto."),
    "pt": ("Dou-as em francês ou em inglês; se te servir, diz-me o que queres aprender primeiro (SEO, anúncios nas redes ou conteúdo) e proponho-te o formato certo.",
           "Dou-as em francês ou em inglês; se lhe servir, diga-me o que quer aprender primeiro (SEO, anúncios nas redes ou conteúdo) e proponho-lhe o formato certo."),
    "pt-BR": ("Dou os treinamentos em francês ou em inglês; se funcionar para você, me conta o que quer aprender primeiro (SEO, anúncios nas redes ou conteúdo) que eu sugiro o formato certo.",) * 2,
    "de": ("Ich unterrichte auf Französisch oder Englisch; wenn das für dich passt, sag mir, was du zuerst lernen möchtest (SEO, Social Ads oder Content), dann schlage ich dir das passende Format vor.",
           "Ich unterrichte auf Französisch oder Englisch; wenn das für Sie passt, sagen Sie mir, was Sie zuerst lernen möchten (SEO, Social Ads oder Content), dann schlage ich Ihnen das passende Format vor."),
    "nl": ("Ik geef ze in het Frans of het Engels; als dat voor je werkt, laat me weten wat je eerst wilt leren (SEO, social ads of content), dan stel ik het juiste format voor.",
           "Ik geef ze in het Frans of het Engels; als dat voor u werkt, laat u me weten wat u eerst wilt leren (SEO, social ads of content), dan stel ik het juiste format voor."),
}
#: Answering the customers' reviews ("responder as avaliações", "answer my Google reviews", "répondre aux avis") (folded).
_REVIEW_REPLIES = (r"\b(?:answer\w*|repl\w*|respond\w*|repond\w*|rispond\w*|beantwort\w*|antwort\w*|reageer\w*|reageren|beantwoord\w*)\b"
                   r"[^.?!]{0,30}\b(?:reviews?|avis|resenas?|recension[ei]|avaliacoes|avaliacao|bewertung\w*|rezension\w*|beoordeling\w*)\b"
                   r"|\b(?:reviews?|avis|resenas?|recension[ei]|avaliacoes|bewertung\w*|rezension\w*|beoordeling\w*)\b[^.?!]{0,60}"
                   r"\b(?:answer\w*|repli\w*|respond\w*|repond\w*|rispond\w*|beantwort\w*|reageer\w*|reageren|beantwoord\w*)\b")
#: Her answer to "hire someone or learn it myself?", after the advice: learn the basics with one simple test first,
#: and help from outside when it still does not sell (informal, formal).
_HIRE_OR_LEARN_STEP = {
    "en": ("Hiring or learning? Run one simple test like this yourself first; if it still doesn't sell, then get someone to look at it.",) * 2,
    "fr": ("Déléguer ou apprendre ? Teste d'abord toi-même comme ça ; si ça ne vend toujours pas, fais-toi aider.",
           "Déléguer ou apprendre ? Testez d'abord vous-même ainsi ; si cela ne vend toujours pas, faites-vous aider."),
    "es": ("¿Contratar o aprender? Haz primero por tu cuenta una prueba sencilla como esta; si sigue sin vender, busca ayuda.",
           "¿Contratar o aprender? Haga primero por su cuenta una prueba sencilla como esta; si sigue sin vender, busque ayuda."),
    "it": ("Affidarsi a qualcuno o imparare? Fai prima in autonomia un test semplice come questo; se continua a non vendere, fatti aiutare.",
           "Affidarsi a qualcuno o imparare? Faccia prima in autonomia un test semplice come questo; se continua a non vendere, si faccia aiutare."),
    "pt": ("Contratar ou aprender? Faz primeiro, por conta própria, um teste simples como este; se continuar sem vender, pede ajuda.",
           "Contratar ou aprender? Faça primeiro, por conta própria, um teste simples como este; se continuar sem vender, peça ajuda."),
    "pt-BR": ("Contratar ou aprender? Faça primeiro, por conta própria, um teste simples como esse; se continuar sem vender, aí vale pedir ajuda.",) * 2,
    "de": ("Jemanden beauftragen oder selbst lernen? Mach erst selbst einen einfachen Test wie diesen; verkauft es dann immer noch nicht, hol dir Hilfe.",
           "Jemanden beauftragen oder selbst lernen? Machen Sie erst selbst einen einfachen Test wie diesen; verkauft es dann immer noch nicht, holen Sie sich Hilfe."),
    "nl": ("Iemand inhuren of zelf leren? Doe eerst zelf één eenvoudige test als deze; verkoopt het daarna nog niet, haal dan hulp in.",
           "Iemand inhuren of zelf leren? Doet u eerst zelf één eenvoudige test als deze; verkoopt het daarna nog niet, haalt u dan hulp in."),
}


#: "do you do audits", "faites-vous des audits", "¿haces auditorías?", "machen Sie Audits", "doe je audits" (folded).
_DO_AUDITS = (r"\b(?:do you|do you also|would you|can you|faites-vous|vous faites|tu fais|fais-tu|realisez-vous|vous realisez|proposez-vous|vous proposez"
              r"|haces|ofreces|hace usted|ofrece usted|realizas|fai|fa|offri|fazes|faz|voce faz|oferece|machen sie|machst du|bieten sie|bietest du"
              r"|doe je|doet u|biedt u|bied je)\s+(?:\w+\s+){0,3}?(?:audit\w*|auditori\w*)")
#: The yes to "do you do audits?" when the price is asked with it (the price line follows).
_YES_AUDIT = {"en": "Yes, I do audits.", "fr": "Oui, je réalise des audits.", "de": "Ja, ich mache Audits.", "es": "Sí, hago auditorías.",
              "it": "Sì, faccio audit.", "pt": "Sim, faço auditorias.", "nl": "Ja, ik doe audits."}
#: The sender's business is stuck (folded): "nos ventes stagnent", "sales have stalled", "las ventas se han estancado",
#: "le vendite sono ferme", "as vendas caíram", "der Umsatz stagniert", "de verkoop blijft achter": a problem, no luck wished.
_STALLED = (r"\b(?:ventes?|chiffre d'affaires|sales|revenue|orders|ventas|pedidos|vendite|ordini|fatturato|vendas|faturamento|umsatz\w*|verkauf\w*"
            r"|bestellungen|verkoop|verkopen|omzet|bestellingen|trafic|traffic|trafico|traffico|trafego|besucher\w*|bezoekers)\s+(?:\w+\s+){0,3}?"
            r"(?:stagn\w*|plafonn\w*|baiss\w*|chut\w*|stall\w*|plateau\w*|dropp\w*|declin\w*|flat|estanca\w*|bajado|bajan|caido|caen|no despegan"
            r"|ferm[ei]|calat[ei]|calano|crollat[ei]|paradas?|cairam|caindo|estagna\w*|sinken|gesunken|eingebrochen|bricht|brechen|achter|dalen|gedaald|zakt|gezakt|blijft achter|blijven achter)\b"
            r"|\b(?:no|pas de|peu de|keine|kaum|geen|nessuna|poche|nenhuma|poucas|few|hardly any)\s+(?:ventes|sales|ventas|vendite|vendas|verkaufe|verkopen|bestellingen|commandes|orders)\b")
#: An account or its audience that does not grow (folded): "mijn instagram groeit maar niet", "my account isn't growing",
#: "mon compte ne décolle pas", "mi cuenta no crece", "il mio profilo non cresce", "meu perfil não cresce", "mein Account wächst nicht".
_GROWTH_STALLED = (r"\b(?:instagram|insta|tiktok|account|compte|cuenta|profil[eo]?|perfil|konto|followers?|abonnes|seguidores|volgers|bereik|reach|portee|alcance"
                   r"|reichweite|pagina|page)\s+(?:\w+\s+){0,2}?(?:groeit (?:maar )?niet|groeit nauwelijks|blijft steken|isn'?t growing|is not growing|doesn'?t grow"
                   r"|not growing|won'?t grow|ne (?:decolle|grandit|progresse) pas|no crece|no despega|non cresce|non decolla|nao cresce|wachst (?:einfach )?nicht|stagn\w*)")
#: The plain answers: a yes to "do you do X?" when X is in her offer, and "I work alone" to "are you hiring?".
_YES_OFFER = {"en": "Yes, that's exactly what I do.", "fr": "Oui, c'est tout à fait mon métier.", "de": "Ja, genau das mache ich.",
              "es": "Sí, es justo a lo que me dedico.", "it": "Sì, è proprio il mio lavoro.", "pt": "Sim, é exatamente o que faço.",
              "pt-BR": "Sim, é exatamente o que eu faço.", "nl": "Ja, dat is precies mijn vak."}
#: "Do you take interns? Or any tips?": the second question answered after the interns answer, when no FAQ entry does.
_TIPS_HOLD = {
    "en": ("As for tips, gladly: tell me whether you're aiming for an agency or an in-house team, and I'll tell you where I'd start.",) * 2,
    "fr": ("Pour les conseils, volontiers : dis-moi si tu vises plutôt une agence ou une entreprise, et je te dirai par où je commencerais.",
           "Pour les conseils, volontiers : dites-moi si vous visez plutôt une agence ou une entreprise, et je vous dirai par où je commencerais."),
    "de": ("Und zu deiner Frage nach Tipps: Sag mir, ob du eher in eine Agentur oder in ein Unternehmen willst, dann sage ich dir, wo ich anfangen würde.",
           "Und zu Ihrer Frage nach Tipps: Sagen Sie mir, ob Sie eher in eine Agentur oder in ein Unternehmen möchten, dann sage ich Ihnen, wo ich anfangen würde."),
    "es": ("Y sobre los consejos, con gusto: dime si buscas más bien en una agencia o en una empresa, y te diré por dónde empezaría yo.",
           "Y sobre los consejos, con gusto: dígame si busca más bien en una agencia o en una empresa, y le diré por dónde empezaría yo."),
    "it": ("Quanto ai consigli, volentieri: dimmi se punti più a un'agenzia o a un'azienda e ti dirò da dove partirei.",
           "Quanto ai consigli, volentieri: mi dica se punta più a un'agenzia o a un'azienda e Le dirò da dove partirei."),
    "nl": ("En wat tips betreft: laat me weten of je liever bij een bureau of bij een bedrijf aan de slag wilt, dan vertel ik je waar ik zou beginnen.",
           "En wat tips betreft: laat u me weten of u liever bij een bureau of bij een bedrijf aan de slag wilt, dan vertel ik u waar ik zou beginnen."),
    "pt-BR": ("E sobre as dicas, com prazer: me conta se você prefere agência ou empresa, que eu te digo por onde começaria.",
              "E sobre as dicas, com prazer: me diga se prefere uma agência ou uma empresa, e eu lhe digo por onde começaria."),
    "pt": ("Quanto a dicas, com todo o gosto: diz-me se preferes uma agência ou uma empresa, e digo-te por onde começaria.",
           "Quanto a dicas, com todo o gosto: diga-me se prefere uma agência ou uma empresa, e digo-lhe por onde começaria."),
}


#: Tips on how to land one (folded): "des conseils pour décrocher un stage", "tips to land an internship", "consejos para
#: encontrar prácticas": the way to an internship asked, never the internship itself (which only she could know).
_HOW_TO_LAND = (r"\b(?:pour|to|for|para|per|um|om|zum|voor)\s+(?:\w+\s+)?(?:decrocher|trouver|obtenir|land|landing|find|finding|get|getting"
                r"|encontrar|conseguir|trovare|ottenere|finden|bekommen|vinden|krijgen|arranjar)\b")


def _tips_too(name: str, facts: Facts, note: str, settings: Settings, lang: str, *, informal: bool, stage: str = "") -> str:
    """"Neem je stagiairs aan? Of heb je tips?": the tips asked after the interns question, answered too (the owner's
    FAQ tip when one covers it, a short holding line otherwise), never left out after "I don't take interns"."""
    if name != "job_seeking" or facts.ask != "interns" or not note:
        return ""
    # "Tienes algún consejo o aceptas becarios?", "Você aceita estagiários ou teria alguma dica?": one question asks both;
    # the tips are the clause that asks them, never lost to the interns clause beside it
    asked = [c for q in cre.question_sentences(fold(note)) for c in cre.split(r",|;|\b(?:o|ou|or|oder|of|oppure|ovvero)\b", q)
             if cre.search(_ADVICE_ASK + r"|\b(?:dicas?|suggeriment\w*|idee)\b", c) and not (cre.search(_UNKNOWABLE, c) and not cre.search(_HOW_TO_LAND, c))]
    if not asked:
        return ""
    if _where_asked(note) or any(cre.search(_AGENCIES_NAMED, c) for c in asked):
        # ("dica de agências que contratam?", "recommend agencies that hire?": the agencies are named, never re-asked "agency or company?")
        # "tips waar ik kan solliciteren?", "¿dónde puedo enviar mi candidatura?": where to apply, never how to learn the trade
        row = _WHERE_LINE.get(lang) or _WHERE_LINE.get(lang[:2])
        if row:
            return row[0 if informal else 1]
    tip = faq.match(note, settings.answers, lang, stage=stage) if settings.answers else ""
    if not tip and settings.answers:
        # "estou à procura de um estágio em Lyon … Tem alguma dica ou conhece agências …?": the tips are for the internship
        # the note seeks there, which the owner's France tip answers
        sought = next((note[a:b] for a, b in _nf_sentences(note) if cre.search(_FRANCE_NAMED, fold(note[a:b]))
                       and cre.search(_INTERN_WORDS, fold(note[a:b]))), "")
        tip = faq.match(sought.rstrip(" .!") + "?", settings.answers, lang, stage=stage) if sought else ""
    if tip and "Welcome to the Jungle" in tip and not cre.search(_FRANCE_NAMED, fold(note)):
        tip = ""
    pair = _TIPS_HOLD.get(lang) or _TIPS_HOLD.get(lang[:2]) or ("", "")
    return tip or pair[0 if informal else 1]


#: A job seeker struggling to find a place (folded): "je galère à trouver une alternance", "struggling to find an internship",
#: "no encuentro prácticas", "fatico a trovare uno stage", "estou procurando estágio", "ich finde keine Stelle", "ik zoek een stageplek".
_JOB_HUNT = (r"\b(?:trouver|find|finding|buscar|busco|buscando|encontrar|encuentro|cercare|cerco|trovare|procurar|procurando|procuro|finden|finde|suche|vinden|zoek\w*"
             r"|galere|struggl\w*|looking for|cherche)\b[^.!?\n]{0,40}\b(?:alternance|stage|internship|job|emploi|poste|trabajo|empleo|practicas|lavoro|tirocinio"
             r"|estagio|emprego|vaga|stelle|praktikum|ausbildung\w*|baan|stageplek|werkstudent\w*)\b")

#: A vacancy asked of her too (folded): "une dica ou vaga?", "any openings?", "¿tienes alguna vacante?": answered by the
#: job-seeking lines, never by tips alone.
_VACANCY_ASK = (r"\b(?:vagas?|vacantes?|vacanc\w*|openings?|posti? liber[oi]|offene stellen?|vacatures?|postes? (?:a pourvoir|ouverts?)|recrut\w*|hiring|assum\w*|contrat\w*"
                r"|(?:tu|tuo|ton|your|dein\w*|je|jouw|teu|tua|sua|seu|votre|vostro|uw) (?:equipo|team|equipe|equipa|squadra))\b")

#: "where should I apply?", "waar kan ik solliciteren?", "¿dónde puedo postular?" (folded): where, not how to learn.
_WHERE_APPLY = (r"\b(?:where (?:should |can |could |would |do |to )?(?:i )?(?:\w+ )?apply|waar (?:ik )?(?:\w+ )?(?:kan |moet |zou |het beste )?(?:\w+ )?solliciter\w*"
                r"|ou (?:postuler|candidater|envoyer (?:mes|ma) candidatures?)|ou (?:est-ce que )?(?:je )?(?:peux|pourrais|devrais|dois) (?:postuler|candidater)"
                r"|donde (?:puedo |deberia |podria |me conviene )?(?:postular|aplicar|presentar(?:me| mi candidatura)|enviar (?:mi cv|mi candidatura|candidaturas))"
                r"|dove (?:posso |dovrei |potrei |conviene )?(?:candidarmi|fare domanda|mandare (?:il )?(?:cv|candidature))"
                r"|onde (?:posso |devo |poderia |deveria |vale )?(?:me candidatar|candidatar-me|enviar (?:o )?(?:cv|curriculo|candidaturas))"
                r"|wo (?:ich mich|kann ich mich|konnte ich mich|sollte ich mich|soll ich mich|man sich) (?:\w+ ){0,2}bewerben)")
#: Where to look asked ("tips waar ik kan zoeken?", "any tips on where to look?", "où chercher ?"): where to apply, unless
#: France is named (her France internship tip says where there).
_WHERE_LOOK = (r"\b(?:where (?:to|should i|can i|could i|do i) (?:look|search)|waar (?:ik )?(?:het beste |het best )?(?:kan |moet |zou )?(?:\w+ )?zoeken"
                r"|(?:^|[,;:?!.(]\s*|\b(?:sur|savoir|idee|conseils?|tips?|pistes?|dire|sais|savez)\s+)ou (?:chercher|je (?:peux|pourrais|devrais|dois) chercher)|donde (?:puedo |deberia |podria )?buscar|dove (?:posso |dovrei |potrei )?cercare"
                r"|onde (?:posso |devo |poderia |deveria )?procurar|wo (?:ich )?(?:am besten )?(?:suchen|kann ich suchen|soll ich suchen|sollte ich suchen))")

#: France or Lyon named (folded): her France internship tip (Welcome to the Jungle, word of mouth in Lyon) fits only then.
_FRANCE_NAMED = r"\b(?:lyon\w*|lione|france|francia|franca|frankreich|frankrijk|french|francais|frances|francese|franzos\w*|franse)\b"


def _where_asked(note: str) -> bool:
    """Does a question of ``note`` ask where to apply ("any advice on where to apply?", "¿dónde puedo postular?")?"""
    asked = cre.question_sentences(fold(note))
    return any(cre.search(_WHERE_APPLY, q) or cre.search(_WHERE_LOOK, q) and not cre.search(_FRANCE_NAMED, fold(note)) for q in asked)


#: An internship sought abroad (folded): "liefst in het buitenland", "abroad", "à l'étranger", "en el extranjero", "all'estero",
#: "no estrangeiro", "im Ausland".
_ABROAD_STAGE = (r"\b(?:abroad|overseas|a l'etranger|a letranger|en el extranjero|al extranjero|fuera de espana|all'estero|allestero|no estrangeiro"
           r"|no exterior|fora do pais|im ausland|ins ausland|auslandspraktikum|in het buitenland|naar het buitenland|buitenlandstage)\b")
#: Where an internship abroad is funded (informal, formal): her school's international office, never a promise of a grant.
_ABROAD_LINE = {
    "en": ("For an internship abroad, ask your school's international office about an Erasmus+ traineeship grant.",) * 2,
    "fr": ("Pour l'étranger, renseigne-toi auprès du service international de ton école sur une bourse de stage Erasmus+.",
           "Pour l'étranger, renseignez-vous auprès du service international de votre école sur une bourse de stage Erasmus+."),
    "de": ("Fürs Ausland: Frag das International Office deiner Hochschule nach einem Erasmus+-Praktikumsstipendium.",
           "Fürs Ausland: Fragen Sie das International Office Ihrer Hochschule nach einem Erasmus+-Praktikumsstipendium."),
    "es": ("Para el extranjero, pregunta en la oficina internacional de tu universidad por una beca Erasmus+ de prácticas.",
           "Para el extranjero, pregunte en la oficina internacional de su universidad por una beca Erasmus+ de prácticas."),
    "it": ("Per l'estero, informati presso l'ufficio relazioni internazionali della tua università sulla borsa Erasmus+ per tirocini.",
           "Per l'estero, si informi presso l'ufficio relazioni internazionali della Sua università sulla borsa Erasmus+ per tirocini."),
    "pt": ("Para o estrangeiro, pergunta no gabinete de relações internacionais da tua universidade por uma bolsa Erasmus+ de estágio.",
           "Para o estrangeiro, pergunte no gabinete de relações internacionais da sua universidade por uma bolsa Erasmus+ de estágio."),
    "pt-BR": ("Para o exterior, vale perguntar no escritório de relações internacionais da sua faculdade sobre programas de estágio fora do país.",) * 2,
    "nl": ("Voor het buitenland: vraag bij het international office van je school naar een Erasmus+-stagebeurs.",
           "Voor het buitenland: vraagt u bij het international office van uw school naar een Erasmus+-stagebeurs."),
}

def _abroad_line(note: str, lang: str, *, informal: bool) -> str:
    """Who funds an internship abroad, when the note seeks one there ("liefst in het buitenland"); "" otherwise."""
    pair = _ABROAD_LINE.get(lang) or _ABROAD_LINE.get(lang[:2]) if cre.search(_ABROAD_STAGE, fold(note)) else None
    return pair[0 if informal else 1] if pair else ""


#: Agencies named in a job seeker's tips question (folded): "agências que contratam", "agencies that hire", "agenzie che assumono".
_AGENCIES_NAMED = r"\b(?:agenc(?:y|ies|e|es|ia|ias)|agenzi[ae]|agentur(?:en)?|(?:marketing|reclame)?bureaus?)\b"

#: How to stand out, asked by a job seeker (folded): "how to stand out to agencies", "beter opvallen bij bureaus", "me
#: démarquer", "destacar ante las agencias", "farmi notare", "bei Agenturen auffallen", "destacar-me junto das agências".
_STAND_OUT_Q = (r"\b(?:stand out|standing out|get noticed|be noticed|(?:me )?demarquer|sortir du lot|destacar\w*|sobresalir|farmi notare"
                r"|distinguermi|emergere|auffall\w*|aufzufallen|abheben|opval\w*|op te vallen|onderscheiden|chamar a atencao|ser notad[oa])\b")

#: Where a job seeker in her field applies (informal, formal): the kinds of employers, the boards, an open application.
#: "Est-ce réaliste de trouver un poste à 40 ans ?", "is it realistic to switch at 45?", "¿es tarde a mi edad?" (folded, one
#: question): the chances at that age asked, answered plainly and encouragingly, never only the portfolio-and-certification tip.
_AGE_SWITCH_Q = (r"(?=.*\b(?:realist\w*|realiste|tarde|tard|late|tardi|spat|laat|possible|possivel|possibile|moglich|mogelijk|chances?|kans)\b)"
                 r".*(?:\b(?:a|at|aos|a los|con|mit|op|met|alla|all'eta di|passe|passee|past|over|plus de|mas de|piu di|mais de|uber|boven)\s+(?:\w+\s+)?[3-6]\d(?:e|ste)?\b"
                 r"|\b[3-6]\d\s*(?:ans|years?(?: old)?|anos|anni|ano|años|jahre|jaar)\b"
                 r"|\b(?:a mon age|at my age|a mi edad|alla mia eta|na minha idade|nesta idade|in meinem alter|op mijn leeftijd)\b)")
#: The answer, per language: (informal, formal).
_AGE_SWITCH_LINE = {
    "en": ("Yes, it's realistic: plenty of people come to digital marketing mid-career, and your first job is an asset to put forward "
           "(rigour, knowledge of a sector). What makes the difference in interviews is one or two concrete projects with measurable results.",) * 2,
    "fr": ("Oui, c'est réaliste : beaucoup de gens arrivent au marketing digital en cours de carrière, et ton premier métier est un atout à "
           "mettre en avant (la rigueur, la connaissance d'un secteur). Ce qui fait la différence en entretien, c'est un ou deux projets concrets "
           "avec des résultats chiffrés.",
           "Oui, c'est réaliste : beaucoup de gens arrivent au marketing digital en cours de carrière, et votre premier métier est un atout à "
           "mettre en avant (la rigueur, la connaissance d'un secteur). Ce qui fait la différence en entretien, c'est un ou deux projets concrets "
           "avec des résultats chiffrés."),
    "es": ("Sí, es realista: mucha gente llega al marketing digital a mitad de carrera, y tu primer oficio es una baza que conviene destacar "
           "(el rigor, el conocimiento de un sector). Lo que marca la diferencia en las entrevistas son uno o dos proyectos concretos con resultados medibles.",
           "Sí, es realista: mucha gente llega al marketing digital a mitad de carrera, y su primer oficio es una baza que conviene destacar "
           "(el rigor, el conocimiento de un sector). Lo que marca la diferencia en las entrevistas son uno o dos proyectos concretos con resultados medibles."),
    "it": ("Sì, è realistico: molte persone arrivano al marketing digitale a metà carriera, e il tuo primo mestiere è un punto di forza da "
           "mettere in evidenza (il rigore, la conoscenza di un settore). Ai colloqui fanno la differenza uno o due progetti concreti con risultati misurabili.",
           "Sì, è realistico: molte persone arrivano al marketing digitale a metà carriera, e il Suo primo mestiere è un punto di forza da "
           "mettere in evidenza (il rigore, la conoscenza di un settore). Ai colloqui fanno la differenza uno o due progetti concreti con risultati misurabili."),
    "pt": ("Sim, é realista: muita gente chega ao marketing digital a meio da carreira, e a sua primeira profissão é um trunfo a destacar "
           "(o rigor, o conhecimento de um setor). Nas entrevistas, o que faz a diferença são um ou dois projetos concretos com resultados mensuráveis.",) * 2,
    "pt-BR": ("Sim, é realista: muita gente chega ao marketing digital no meio da carreira, e a sua primeira profissão é um trunfo para destacar "
              "(o rigor, o conhecimento de um setor). Nas entrevistas, o que faz a diferença são um ou dois projetos concretos com resultados mensuráveis.",) * 2,
    "de": ("Ja, das ist realistisch: Viele kommen erst mitten im Berufsleben ins Online-Marketing, und dein erster Beruf ist ein Pluspunkt, "
           "den du zeigen solltest (Genauigkeit, Branchenwissen). Im Vorstellungsgespräch machen ein, zwei konkrete Projekte mit messbaren Ergebnissen den Unterschied.",
           "Ja, das ist realistisch: Viele kommen erst mitten im Berufsleben ins Online-Marketing, und Ihr erster Beruf ist ein Pluspunkt, "
           "den Sie zeigen sollten (Genauigkeit, Branchenwissen). Im Vorstellungsgespräch machen ein, zwei konkrete Projekte mit messbaren Ergebnissen den Unterschied."),
    "nl": ("Ja, dat is realistisch: veel mensen stappen halverwege hun loopbaan over naar online marketing, en je eerste vak is een troef om "
           "te laten zien (nauwkeurigheid, kennis van een sector). In sollicitatiegesprekken maken een of twee concrete projecten met meetbare resultaten het verschil.",
           "Ja, dat is realistisch: veel mensen stappen halverwege hun loopbaan over naar online marketing, en uw eerste vak is een troef om "
           "te laten zien (nauwkeurigheid, kennis van een sector). In sollicitatiegesprekken maken een of twee concrete projecten met meetbare resultaten het verschil."),
}
#: "¿Trabaja con entidades sin ánimo de lucro?", "do you work with non-profits?", "travaillez-vous avec des associations ?"
#: (folded, one question): her work with non-profits asked, answered with a plain yes and how.
_NONPROFIT_Q = (r"\b(?:work|works|working|travaill\w*|trabaj\w*|lavor\w*|trabalh\w*|arbeit\w*|werk\w*)\b[^?]{0,30}\b(?:non-?profits?|ngos?|ong|ongs|onlus"
                r"|charit(?:y|ies)|associations?|assos?|asociaciones|entidades sin animo de lucro|organizaciones sin animo de lucro|sin animo de lucro"
                r"|sin fines de lucro|terzo settore|associazioni|no profit|non profit|associacoes|sem fins lucrativos|vereine?n?|gemeinnutzig\w*"
                r"|stichtingen|goede doelen|non-profitorganisaties)\b")
#: The answer, per language: (informal, formal).
_NONPROFIT_LINE = {
    "en": ("Yes, I do work with non-profits: on a tight budget I start with what pays off most, a clear content plan on one or two "
           "networks, and I train your team to run it in-house.",) * 2,
    "fr": ("Oui, je travaille avec des associations : avec un petit budget, je commence par ce qui rapporte le plus, une ligne éditoriale "
           "claire sur un ou deux réseaux, et je forme ton équipe pour la faire vivre en interne.",
           "Oui, je travaille avec des associations : avec un petit budget, je commence par ce qui rapporte le plus, une ligne éditoriale "
           "claire sur un ou deux réseaux, et je forme votre équipe pour la faire vivre en interne."),
    "es": ("Sí, trabajo con entidades sin ánimo de lucro: con un presupuesto ajustado, empiezo por lo que más rinde, una línea de "
           "contenidos clara en una o dos redes, que tu equipo pueda llevar por su cuenta.",
           "Sí, trabajo con entidades sin ánimo de lucro: con un presupuesto ajustado, empiezo por lo que más rinde, una línea de "
           "contenidos clara en una o dos redes, que su equipo pueda llevar por su cuenta."),
    "it": ("Sì, lavoro con il non profit: con un budget ridotto parto da ciò che rende di più, una linea editoriale chiara su uno o due "
           "social, che il tuo team possa gestire internamente.",
           "Sì, lavoro con il non profit: con un budget ridotto parto da ciò che rende di più, una linea editoriale chiara su uno o due "
           "social, che il Suo team possa gestire internamente."),
    "pt": ("Sim, trabalho com associações e ONG: com um orçamento apertado, começo pelo que rende mais, uma linha editorial clara em uma "
           "ou duas redes, que a sua equipa possa gerir internamente.",) * 2,
    "pt-BR": ("Sim, trabalho com ONGs: com um orçamento apertado, começo pelo que rende mais, uma linha editorial clara em uma ou duas "
              "redes, que a sua equipe possa tocar internamente.",) * 2,
    "de": ("Ja, ich arbeite mit gemeinnützigen Organisationen: Bei kleinem Budget fange ich mit dem an, was am meisten bringt, einer klaren "
           "Content-Linie auf ein, zwei Kanälen, die dein Team selbst umsetzen kann.",
           "Ja, ich arbeite mit gemeinnützigen Organisationen: Bei kleinem Budget fange ich mit dem an, was am meisten bringt, einer klaren "
           "Content-Linie auf ein, zwei Kanälen, die Ihr Team selbst umsetzen kann."),
    "nl": ("Ja, ik werk met non-profitorganisaties: met een klein budget begin ik bij wat het meest oplevert, een heldere contentlijn op "
           "een of twee kanalen, die je team zelf kan uitvoeren.",
           "Ja, ik werk met non-profitorganisaties: met een klein budget begin ik bij wat het meest oplevert, een heldere contentlijn op "
           "een of twee kanalen, die uw team zelf kan uitvoeren."),
}
#: Questions about her own work, answered by a line of their own: (question, lines per language, the intents it is read in).
_ABOUT_HER_ANSWERS = ((_AGE_SWITCH_Q, _AGE_SWITCH_LINE, ("job_seeking", "ask_for_help", "sales_pitch")),
                      (_NONPROFIT_Q, _NONPROFIT_LINE, ("sales_pitch", "ask_for_help", "business_proposal", "client")))
_WHERE_LINE = {
    "en": ("Where to apply: marketing agencies (SEO, social, content) and the in-house marketing teams of e-shops and start-ups. Check their openings on LinkedIn and Indeed, and send a short open application to the ones you like most.",
           "Where to apply: marketing agencies (SEO, social, content) and the in-house marketing teams of e-shops and start-ups. Check their openings on LinkedIn and Indeed, and send a short open application to the ones you like most."),
    "fr": ("Où postuler : les agences marketing (SEO, social ads, contenu) et les équipes marketing internes des e-commerces et des start-up. Regarde leurs offres sur LinkedIn et Indeed, et envoie une candidature spontanée courte à celles qui te plaisent le plus.",
           "Où postuler : les agences marketing (SEO, social ads, contenu) et les équipes marketing internes des e-commerces et des start-up. Regardez leurs offres sur LinkedIn et Indeed, et envoyez une candidature spontanée courte à celles qui vous plaisent le plus."),
    "es": ("Dónde buscar: agencias de marketing (SEO, redes sociales, contenidos) y los equipos de marketing internos de tiendas online y start-ups. Mira sus ofertas en LinkedIn e Indeed, y envía una candidatura espontánea breve a las que más te gusten.",
           "Dónde buscar: agencias de marketing (SEO, redes sociales, contenidos) y los equipos de marketing internos de tiendas online y start-ups. Mire sus ofertas en LinkedIn e Indeed, y envíe una candidatura espontánea breve a las que más le interesen."),
    "it": ("Dove candidarti: agenzie di marketing (SEO, social, contenuti) e i team marketing interni di e-commerce e start-up. Guarda le loro offerte su LinkedIn e Indeed, e manda una breve candidatura spontanea a quelle che ti piacciono di più.",
           "Dove candidarsi: agenzie di marketing (SEO, social, contenuti) e i team marketing interni di e-commerce e start-up. Guardi le loro offerte su LinkedIn e Indeed, e mandi una breve candidatura spontanea a quelle che Le interessano di più."),
    "pt": ("Onde procurar: agências de marketing (SEO, redes sociais, conteúdos) e as equipas de marketing internas de lojas online e start-ups. Vê as ofertas no LinkedIn e no Indeed e envia uma candidatura espontânea curta às que mais te agradarem.",
           "Onde procurar: agências de marketing (SEO, redes sociais, conteúdos) e as equipas de marketing internas de lojas online e start-ups. Veja as ofertas no LinkedIn e no Indeed e envie uma candidatura espontânea curta às que mais lhe agradarem."),
    "pt-BR": ("Onde procurar: agências de marketing (SEO, redes sociais, conteúdo) e os times de marketing internos de e-commerces e startups. Olha as vagas no LinkedIn e no Indeed e manda uma candidatura espontânea curta para as que você mais curtir.",
              "Onde procurar: agências de marketing (SEO, redes sociais, conteúdo) e os times de marketing internos de e-commerces e startups. Vale olhar as vagas no LinkedIn e no Indeed e enviar uma candidatura espontânea curta às que mais lhe interessarem."),
    "de": ("Wo du dich bewerben kannst: bei Marketing-Agenturen (SEO, Social, Content) und den Inhouse-Marketingteams von Onlineshops und Start-ups. Schau dir ihre Stellen auf LinkedIn und Indeed an und schick den Firmen, die dir am besten gefallen, eine kurze Initiativbewerbung.",
           "Wo Sie sich bewerben können: bei Marketing-Agenturen (SEO, Social, Content) und den Inhouse-Marketingteams von Onlineshops und Start-ups. Schauen Sie sich ihre Stellen auf LinkedIn und Indeed an und schicken Sie den Firmen, die Ihnen am besten gefallen, eine kurze Initiativbewerbung."),
    "nl": ("Waar je kunt solliciteren: bij marketingbureaus (SEO, social, content) en de interne marketingteams van webshops en start-ups. Kijk naar hun vacatures op LinkedIn en Indeed, en stuur een korte open sollicitatie naar de bedrijven die je het leukst vindt.",
           "Waar u kunt solliciteren: bij marketingbureaus (SEO, social, content) en de interne marketingteams van webshops en start-ups. Kijk naar hun vacatures op LinkedIn en Indeed, en stuur een korte open sollicitatie naar de bedrijven die u het meest aanspreken."),
}
#: Round 149: the where-to-apply label, for a note that never asked "where" ("¿me podrías recomendar alguna agencia en Lyon?"):
#: a natural sentence instead of "Dónde buscar:", with the city named (label, lead with {city}, lead without a city).
_WHERE_LABEL_NATURAL = {
    "es": ("Dónde buscar: agencias de marketing", "En {city}, yo me fijaría en las agencias de marketing", "Yo me fijaría en las agencias de marketing"),
    "it": (r"Dove candidar(?:ti|si): agenzie di marketing \(SEO, social, contenuti\) e i team",
           "A {city} punterei sulle agenzie di marketing (SEO, social, contenuti) e sui team", "Punterei sulle agenzie di marketing (SEO, social, contenuti) e sui team"),
}
_WHERE_ASKED = r"\b(?:donde|dove|where|ou postuler|onde|wo|waar)\b"
_LYON_NAMED = {"es": (r"\blyon\b", "Lyon"), "it": (r"\b(?:lione|lyon)\b", "Lione")}


def where_lead(note: str, lang: str) -> str:
    """The lead that replaces the where-to-apply label when the note asked for places rather than "where" ("" otherwise).

    >>> where_lead("¿Me recomiendas alguna agencia en Lyon?", "es")
    'En Lyon, yo me fijaría en las agencias de marketing'
    >>> where_lead("¿Dónde puedo postular?", "es")
    ''
    """
    label = _WHERE_LABEL_NATURAL.get(lang)
    if not label or not note.strip() or cre.search(_WHERE_ASKED, fold(note)):
        return ""
    city_rx, city = _LYON_NAMED[lang]
    return label[1].format(city=city) if cre.search(city_rx, fold(note)) else label[2]


#: Every where-to-apply line, to tell whether the tips line is one (built once, not per draft).
_WHERE_LINES = frozenset(r for pair in _WHERE_LINE.values() for r in pair)


def _swap_first(pairs: tuple[tuple[str, str | None], ...], text: str) -> str:
    """``text`` with the first of ``pairs`` (expression, replacement) that matches replaced once; a replacement of None
    keeps the match's first group, capitalised (a lead-in dropped, the sentence starting after it)."""
    for rx, repl in pairs:
        if cre.search(rx, text):
            return cre.sub(rx, repl if repl is not None else (lambda m: m.group(1).upper()), text, count=1)
    return text


#: The owner's "for a junior" lead-in, and the lead without it.
_JUNIOR_LEAD = ((r"^What works best for a junior:", "What works best:"), (r"^Ce qui marche le mieux en junior :", "Ce qui marche le mieux :"),
                (r"^Lo que mejor funciona al empezar:", "Lo que mejor funciona:"), (r"^Da junior, ciò che funziona meglio:", "Ciò che funziona meglio:"),
                (r"^Als Junior hilft am meisten:", "Am meisten hilft:"), (r"^O que mais resulta em júnior:", "O que mais resulta:"),
                (r"^O que mais funciona para quem é júnior:", "O que mais funciona:"), (r"^Wat als junior het beste werkt:", "Wat het beste werkt:"))


def _junior_lead_out(text: str) -> str:
    """The owner's job-search answer without "for a junior", for a sender who never says they are one.

    >>> _junior_lead_out("Ce qui marche le mieux en junior : un titre de profil clair.")
    'Ce qui marche le mieux : un titre de profil clair.'
    """
    return _swap_first(_JUNIOR_LEAD, text)


#: A place in France sought from elsewhere (folded): "an internship in France", "prácticas en Francia", "ein Praktikum in Frankreich".
_FROM_ABROAD = (r"\b(?:internship|placement|job|role|position|practicas|empleo|trabajo|tirocinio|stage|lavoro|estagio|emprego|vaga|praktikum|stelle|job|stageplek|baan)\b"
                r"[^.!?\n]{0,40}\b(?:in|en|em|na|nach|naar)\s+(?:france|francia|franca|frankreich|frankrijk)\b"
                # applying to France: "wie ich mich in Frankreich bewerbe", "how to apply in France", "postuler en France"
                r"|\b(?:apply|applying|postuler|candidater|postularme|postular|candidarmi|candidarme|candidatar\w*|bewerbe\w*|solliciteren|solliciteer)\b"
                r"[^.!?\n]{0,30}\b(?:in|en|em|na|nach|naar)\s+(?:france|francia|franca|frankreich|frankrijk)\b"
                r"|\b(?:in|en|em|na|nach|naar)\s+(?:france|francia|franca|frankreich|frankrijk)\b[^.!?\n]{0,30}\b(?:bewerbe\w*|solliciteer|solliciteren|apply|postuler|candidater)\b")
#: The sender already in France (folded): Lyon or another French city named, "je suis à", "I live in France".
_IN_FRANCE_NOW = (r"\b(?:lyon|lione|paris|parigi|marseille|lille|toulouse|bordeaux|nantes|grenoble|strasbourg|montpellier|rennes|nice"
                  r"|(?:live|living|based|moved|wohne|woon|vivo|abito|moro) (?:\w+ )?(?:in|en|em|na|nach|a) (?:france|francia|franca|frankreich|frankrijk))\b")
#: The owner's "go to meetups while studying" in her internship tip, and the step that works from abroad.
_MEETUPS = ((r", so start going to local meetups while studying\.", ", so message the agencies you like directly."),
            (r": conviene ir a meetups ya durante la carrera\.", ": conviene escribir directamente a las agencias que interesen."),
            (r": conviene andare ai meetup già durante gli studi\.", ": conviene scrivere direttamente alle agenzie che interessano."),
            (r", also schon im Studium zu Meetups gehen\.", ", also Agenturen, die interessant sind, direkt anschreiben."),
            (r", por isso vale ir a meetups ainda durante o curso\.", ", por isso vale escrever diretamente às agências que interessam."),
            (r", então vale ir a meetups ainda na faculdade\.", ", então vale escrever direto para as agências que interessam."),
            (r", dus ga al tijdens je studie naar meetups\.", ", dus benader interessante bureaus rechtstreeks."))


def _meetups_out(text: str) -> str:
    """The owner's internship tip with a step that works from abroad in place of the local meetups.

    >>> _meetups_out("In Lyon a lot goes by word of mouth, so start going to local meetups while studying. Keep it short.")
    'In Lyon a lot goes by word of mouth, so message the agencies you like directly. Keep it short.'
    """
    return _swap_first(_MEETUPS, text)


#: Roles for English speakers asked (folded): "for English speakers", "anglophone", "englischsprachig", "en inglés".
_FOR_ENGLISH_SPEAKERS = (r"\b(?:english[- ]speak\w*|in english|anglophones?|non[- ]french speak\w*|angloparlantes?|anglofon[oia]s?|englischsprachig\w*"
                         r"|auf englisch|engelstalig\w*|in het engels|en ingles|in inglese|em ingles)\b")
#: Where English speakers find marketing roles in France (register-neutral).
_ENGLISH_ROLES = {
    "en": "For English speakers, the best bets are international companies, start-ups and agencies with clients abroad: search LinkedIn for roles posted in English.",
    "fr": "Pour un profil anglophone, le plus prometteur : les entreprises internationales, les start-up et les agences qui ont des clients à l'étranger, en cherchant sur LinkedIn les offres rédigées en anglais.",
    "es": "Para quien habla inglés, lo más prometedor son las empresas internacionales, las start-ups y las agencias con clientes en el extranjero: en LinkedIn conviene buscar las ofertas publicadas en inglés.",
    "it": "Per chi lavora in inglese, le occasioni migliori sono le aziende internazionali, le start-up e le agenzie con clienti all'estero: su LinkedIn conviene cercare le offerte pubblicate in inglese.",
    "pt": "Para quem trabalha em inglês, as melhores apostas são empresas internacionais, start-ups e agências com clientes no estrangeiro: no LinkedIn, vale procurar as ofertas publicadas em inglês.",
    "pt-BR": "Para quem trabalha em inglês, as melhores apostas são empresas internacionais, startups e agências com clientes no exterior: no LinkedIn, vale buscar as vagas publicadas em inglês.",
    "de": "Für Englischsprachige sind internationale Unternehmen, Start-ups und Agenturen mit Kunden im Ausland die beste Wahl: Auf LinkedIn lohnt die Suche nach Stellen, die auf Englisch ausgeschrieben sind.",
    "nl": "Voor Engelstaligen liggen de beste kansen bij internationale bedrijven, start-ups en bureaus met klanten in het buitenland: zoek op LinkedIn naar vacatures die in het Engels zijn geplaatst.",
}


def _sentence_after_first(text: str, line: str) -> str:
    """``line`` said after the first sentence of ``text``.

    >>> _sentence_after_first("One. Two.", "Added.")
    'One. Added. Two.'
    """
    if not line:
        return text
    m = cre.search(r"[.!?](?:\s|$)", text)
    return f"{text[:m.end()].rstrip()} {line} {text[m.end():].lstrip()}".strip() if m else f"{text} {line}"


#: A shop the sender owns, told in other words (folded): "mi tienda", "my store", "mon magasin", "meine Boutique".
_SHOP_OWNED = r"\b(?:tienda|store|magasin|boutique|negozio|loja|laden|winkel|marca|brand|marque|marchio|merk|marke)\b"
#: The owner's lead-in for a small shop, and what the sentence starts with without it.
_SHOP_LEAD = ((r"^For a small e-?shop, (\w)", None), (r"^Pour un petit e-?shop, (\w)", None), (r"^Para una tienda online pequeña, (\w)", None),
              (r"^Per un piccolo e-?shop, (\w)", None), (r"^Für einen kleinen Onlineshop (\w)", None), (r"^Para uma loja online pequena, (\w)", None),
              (r"^Voor een kleine webshop volstaat het eenvoudige:", "Het eenvoudige volstaat:"))


def _shop_lead_out(text: str) -> str:
    """The owner's answer without its "for a small e-shop" lead-in, for a sender who has no shop.

    >>> _shop_lead_out("Para una tienda online pequeña, lo sencillo: UTM en cada enlace.")
    'Lo sencillo: UTM en cada enlace.'
    >>> _shop_lead_out("Voor een kleine webshop volstaat het eenvoudige: UTM-tags.")
    'Het eenvoudige volstaat: UTM-tags.'
    """
    return _swap_first(_SHOP_LEAD, text)


#: A quoted example in brackets: ("Online marketing | SEO & Google Ads"), («…»), („…“).
_QUOTED_EXAMPLE = r"\s*\((?:(?:say|e\.g\.|for example|par exemple|por ejemplo|ad esempio|por exemplo|zum Beispiel|z\. ?B\.|bijvoorbeeld),?\s*)?(?:«[^»()]*»|'[^'()]*'|“[^”()]*”|„[^“()]*“|\"[^\"()]*\")\)"
#: The trades an example may name (folded).
_EXAMPLE_TRADE = r"\b(?:seo|sea|sem|ads|google ads|ppc|social ads|paid social|content)\b"
#: Other trades a job seeker may name (folded): "community manager", "social media", "copywriter", "UX".
_OTHER_TRADE = (r"\b(?:community manag\w*|social media|redes sociales|redes sociais|sociale media|copywrit\w*|redact\w*|graphi\w*|grafic\w*"
                r"|design\w*|ux|ui|communications?|comunicacion|comunicazione|comunicacao|communicatie|kommunikation|pr|brand\w*|influence\w*)\b")


def _foreign_example_out(text: str, note: str) -> str:
    """The owner's bracketed example left out when it names trades the sender never names.

    >>> _foreign_example_out("A headline naming the role ('Online marketing | SEO & Google Ads'), three results.", "I'm a community manager")
    'A headline naming the role, three results.'
    >>> _foreign_example_out("A headline naming the role ('Online marketing | SEO & Google Ads'), three results.", "5 yrs in SEO")
    "A headline naming the role ('Online marketing | SEO & Google Ads'), three results."
    """
    named = set(cre.findall(_EXAMPLE_TRADE, fold(note))) | set(cre.findall(_OTHER_TRADE, fold(note)))

    def keep(m: re.Match[str]) -> str:
        trades = set(cre.findall(_EXAMPLE_TRADE, fold(m.group(0))))
        # a generalist ("marketing digital", "marketing manager") keeps the example; another trade named drops it
        return m.group(0) if not trades or not named or trades & named else ""
    return cre.sub(_QUOTED_EXAMPLE, keep, text)


#: "where should I start?", "por onde começar?", "un conseil pour démarrer ?" (folded): first steps asked.
_START_ASK = (r"\b(?:where (?:to|do i|should i|would you) (?:start|begin)|how to (?:start|get started)|get(?:ting)? started|first steps?"
              r"|par ou (?:je )?(?:commence\w*|demarre\w*)|pour (?:commencer|demarrer|debuter)|premiers? pas|por (?:onde|donde) (?:eu |yo )?(?:comec|empez|comenz)\w*"
              r"|para (?:empezar|comenzar|comecar)|primeros pasos|primeiros passos|da dove (?:inizi|cominc|part)\w*|per (?:iniziare|cominciare|partire)"
              r"|primi passi|wo (?:fange ich|soll ich|sollte ich|anfangen)|womit (?:anfangen|starten|beginnen)|fur den (?:start|anfang|einstieg)|erste schritte"
              r"|waar (?:te beginnen|begin ik|moet ik beginnen|zou (?:jij|je|u) beginnen)|om te beginnen|eerste stappen"
              # "weiß nicht, wo ich mit Social Media anfangen soll", "weet niet waar ik moet beginnen": the same, said indirectly
              r"|wo ich (?:\w+ ){0,3}(?:anfangen|beginnen|starten)|waar ik (?:\w+ ){0,3}(?:beginnen|starten))\b")

#: A topic that is the sender's own question, an indirect "how/what/which …" (folded): "on how to break into SEO", "sur
#: comment percer en SEO", "sobre cómo empezar", "su come iniziare", "über wie …", "over hoe ik …".
_ASKED_TOPIC = (r"^(?:on|about|regarding|sur|a propos de|concernant|sobre|acerca de|su|riguardo a|uber|zu|over|om)\s+"
                r"(?:(?:how|what|where|whether|which \w+) (?:to|i|we)|(?:comment|quoi|ou|que|quel\w*(?: \w+)?) (?:je|j|on|me|m|\w+(?:er|ir|re))"
                r"|(?:como|que|donde|cual) (?:me|yo|eu|\w+(?:ar|er|ir))|(?:come|cosa|dove|quale) (?:mi|io|\w+(?:are|ere|ire))"
                r"|(?:wie|was|wo|welche\w*) (?:ich|man)|(?:hoe|wat|waar|welke) (?:ik|je|men))\b")

#: SEO named in a question (folded).
_SEO_NAMED = r"\b(?:seo|referencement|posicionamiento|posizionamento|posicionamento|suchmaschinenoptimierung|vindbaar\w*)\b"

#: A founder launching a brand asks where to start (informal, formal): the first steps of a launch, no facts about her.
_FOUNDER_START = {
    "en": ("For a launch, I'd start small: one channel where your buyers already spend time, a simple shop page with good photos and clear prices, and an email list from day one. Post regularly there for two months before paying for any ads.",
           "For a launch, I would start small: one channel where your buyers already spend time, a simple shop page with good photos and clear prices, and an email list from day one. Post regularly there for two months before paying for any ads."),
    "fr": ("Pour un lancement, je commencerais petit : un seul canal, là où tes clients passent déjà du temps, une page boutique simple avec de belles photos et des prix clairs, et une liste d'e-mails dès le premier jour. Publie régulièrement pendant deux mois avant de payer de la pub.",
           "Pour un lancement, je commencerais petit : un seul canal, là où vos clients passent déjà du temps, une page boutique simple avec de belles photos et des prix clairs, et une liste d'e-mails dès le premier jour. Publiez régulièrement pendant deux mois avant de payer de la publicité."),
    "es": ("Para un lanzamiento, yo empezaría en pequeño: un solo canal, donde ya pasan tiempo tus clientes, una página de tienda sencilla con buenas fotos y precios claros, y una lista de correo desde el primer día. Publica con regularidad dos meses antes de pagar anuncios.",
           "Para un lanzamiento, yo empezaría en pequeño: un solo canal, donde ya pasan tiempo sus clientes, una página de tienda sencilla con buenas fotos y precios claros, y una lista de correo desde el primer día. Publique con regularidad dos meses antes de pagar anuncios."),
    "it": ("Per un lancio partirei in piccolo: un solo canale, dove i tuoi clienti passano già il tempo, una pagina negozio semplice con belle foto e prezzi chiari, e una lista email dal primo giorno. Pubblica con regolarità per due mesi prima di pagare pubblicità.",
           "Per un lancio partirei in piccolo: un solo canale, dove i Suoi clienti passano già il tempo, una pagina negozio semplice con belle foto e prezzi chiari, e una lista email dal primo giorno. Pubblichi con regolarità per due mesi prima di pagare pubblicità."),
    "pt": ("Num lançamento, eu começaria pequeno: um só canal, onde os teus clientes já passam tempo, uma página de loja simples com boas fotos e preços claros, e uma lista de e-mails desde o primeiro dia. Publica com regularidade durante dois meses antes de pagar anúncios.",
           "Num lançamento, eu começaria pequeno: um só canal, onde os seus clientes já passam tempo, uma página de loja simples com boas fotos e preços claros, e uma lista de e-mails desde o primeiro dia. Publique com regularidade durante dois meses antes de pagar anúncios."),
    "pt-BR": ("Num lançamento, eu começaria pequeno: um canal só, onde seus clientes já passam tempo, uma página de loja simples com fotos bonitas e preços claros, e uma lista de e-mails desde o primeiro dia. Posta com frequência por dois meses antes de pagar anúncio.",
              "Num lançamento, eu começaria pequeno: um canal só, onde seus clientes já passam tempo, uma página de loja simples com boas fotos e preços claros, e uma lista de e-mails desde o primeiro dia. Vale publicar com frequência por dois meses antes de pagar anúncios."),
    "de": ("Für einen Launch würde ich klein anfangen: ein einziger Kanal, auf dem deine Kundschaft schon unterwegs ist, eine einfache Shopseite mit guten Fotos und klaren Preisen und ab dem ersten Tag eine E-Mail-Liste. Poste dort zwei Monate lang regelmäßig, bevor du für Werbung zahlst.",
           "Für einen Launch würde ich klein anfangen: ein einziger Kanal, auf dem Ihre Kundschaft schon unterwegs ist, eine einfache Shopseite mit guten Fotos und klaren Preisen und ab dem ersten Tag eine E-Mail-Liste. Posten Sie dort zwei Monate lang regelmäßig, bevor Sie für Werbung zahlen."),
    "nl": ("Bij een lancering zou ik klein beginnen: één kanaal waar je klanten al zitten, een eenvoudige shoppagina met goede foto's en duidelijke prijzen, en vanaf dag één een e-maillijst. Post daar twee maanden regelmatig voordat je voor advertenties betaalt.",
           "Bij een lancering zou ik klein beginnen: één kanaal waar uw klanten al zitten, een eenvoudige shoppagina met goede foto's en duidelijke prijzen, en vanaf dag één een e-maillijst. Post daar twee maanden regelmatig voordat u voor advertenties betaalt."),
}


#: A founder's launch that names the budget asked about ("whats the first thing you'd do with a 200 euro budget?", "avec
#: 200 € de budget"): what to do with that sum after the two months of posting (informal, formal), never the sum ignored.
_LAUNCH_BUDGET = {
    "en": ("Keep the {amount} for after those two months: a first ad test of two or three weeks behind the post that worked best, with one audience.",
           "I would keep the {amount} for after those two months: a first ad test of two or three weeks behind the post that worked best, with one audience."),
    "fr": ("Garde les {amount} pour après ces deux mois : un premier test de pub de deux ou trois semaines sur le post qui a le mieux marché, avec une seule audience.",
           "Gardez les {amount} pour après ces deux mois : un premier test de publicité de deux ou trois semaines sur le post qui a le mieux marché, avec une seule audience."),
    "es": ("Guarda los {amount} para después de esos dos meses: una primera prueba de anuncios de dos o tres semanas con la publicación que mejor haya funcionado y un solo público.",
           "Guarde los {amount} para después de esos dos meses: una primera prueba de anuncios de dos o tres semanas con la publicación que mejor haya funcionado y un solo público."),
    "it": ("Tieni i {amount} per dopo quei due mesi: un primo test di annunci di due o tre settimane sul post che ha funzionato meglio, con un solo pubblico.",
           "Tenga i {amount} per dopo quei due mesi: un primo test di annunci di due o tre settimane sul post che ha funzionato meglio, con un solo pubblico."),
    "de": ("Heb dir die {amount} für danach auf: ein erster Anzeigentest von zwei, drei Wochen mit dem Beitrag, der am besten lief, und einer einzigen Zielgruppe.",
           "Heben Sie die {amount} für danach auf: ein erster Anzeigentest von zwei, drei Wochen mit dem Beitrag, der am besten lief, und einer einzigen Zielgruppe."),
    "pt": ("Guarda os {amount} para depois desses dois meses: um primeiro teste de anúncios de duas ou três semanas no post que funcionou melhor, com um só público.",
           "Guarde os {amount} para depois desses dois meses: um primeiro teste de anúncios de duas ou três semanas no post que funcionou melhor, com um só público."),
    "pt-BR": ("Guarda os {amount} pra depois desses dois meses: um primeiro teste de anúncio de duas ou três semanas no post que funcionou melhor, com um público só.",
              "Vale guardar os {amount} para depois desses dois meses: um primeiro teste de anúncios de duas ou três semanas no post que funcionou melhor, com um público só."),
    "nl": ("Bewaar die {amount} voor na die twee maanden: een eerste advertentietest van twee à drie weken op de post die het best liep, met één doelgroep.",
           "Bewaar die {amount} voor na die twee maanden: een eerste advertentietest van twee à drie weken op de post die het best liep, met één doelgroep."),
}


def _with_launch_budget(row: tuple[str, str], note: str, code: str) -> tuple[str, str]:
    """A founder's first steps, plus what to do with the sum the note names (a launch budget asked about: "with a 200
    euro budget"); the steps alone when no sum is named, or it is a monthly one (the ads answers fit those)."""
    told_sum = budget.amount_told(note)
    lines = _LAUNCH_BUDGET.get(code) or _LAUNCH_BUDGET.get(code[:2])
    if not told_sum or not lines or budget.monthly_budget(note):
        return row
    amount = budget.money(told_sum[0], told_sum[1], code[:2])
    return (f"{row[0]} {lines[0].format(amount=amount)}", f"{row[1]} {lines[1].format(amount=amount)}")


#: A course, coaching or service the founder launches (folded): "meinen Yoga-Onlinekurs", "mon coaching", "my online course",
#: "mi curso online", "il mio corso", "o meu curso", "mijn online cursus", "meine Dienstleistung".
_OFFER_LAUNCHED = (r"\b(?:\w*kurs(?:e|es)?|cours(?: en ligne)?|courses?|cursos?|corsi|corso|cursus(?:sen)?|coaching\w*|masterclass\w*|online[- ]?training\w*"
                   r"|formations? en ligne|formacion online|formazione online|formacao online|dienstleistung\w*|servic(?:e|es|io|ios|o|os)|servizi|servizio|diensten?"
                   r"|program(?:me)?s?|programm|programma|programa|praxis|praktijk|cabinet|consultori[oa]|studio)\b")
#: The launch's first steps for a course or a service (informal, formal): a page saying what, for whom and at what price.
_FOUNDER_OFFER_START = {
    "en": ("For a launch, I'd start small: one channel where the people you want to reach already spend time, a simple page that says what you offer, for whom and at what price, and an email list from day one. Post regularly there for two months before paying for any ads.",
           "For a launch, I would start small: one channel where the people you want to reach already spend time, a simple page that says what you offer, for whom and at what price, and an email list from day one. Post regularly there for two months before paying for any ads."),
    "fr": ("Pour un lancement, je commencerais petit : un seul canal, là où les personnes que tu vises passent déjà du temps, une page simple qui dit ce que tu proposes, pour qui et à quel prix, et une liste d'e-mails dès le premier jour. Publie régulièrement pendant deux mois avant de payer de la pub.",
           "Pour un lancement, je commencerais petit : un seul canal, là où les personnes que vous visez passent déjà du temps, une page simple qui dit ce que vous proposez, pour qui et à quel prix, et une liste d'e-mails dès le premier jour. Publiez régulièrement pendant deux mois avant de payer de la publicité."),
    "es": ("Para un lanzamiento, yo empezaría en pequeño: un solo canal, donde ya pasa tiempo la gente a la que quieres llegar, una página sencilla que diga qué ofreces, para quién y a qué precio, y una lista de correo desde el primer día. Publica con regularidad dos meses antes de pagar anuncios.",
           "Para un lanzamiento, yo empezaría en pequeño: un solo canal, donde ya pasa tiempo la gente a la que quiere llegar, una página sencilla que diga qué ofrece, para quién y a qué precio, y una lista de correo desde el primer día. Publique con regularidad dos meses antes de pagar anuncios."),
    "it": ("Per un lancio partirei in piccolo: un solo canale, dove le persone che vuoi raggiungere passano già il tempo, una pagina semplice che dica cosa offri, a chi e a quale prezzo, e una lista email dal primo giorno. Pubblica con regolarità per due mesi prima di pagare pubblicità.",
           "Per un lancio partirei in piccolo: un solo canale, dove le persone che vuole raggiungere passano già il tempo, una pagina semplice che dica cosa offre, a chi e a quale prezzo, e una lista email dal primo giorno. Pubblichi con regolarità per due mesi prima di pagare pubblicità."),
    "pt": ("Num lançamento, eu começaria pequeno: um só canal, onde as pessoas que queres alcançar já passam tempo, uma página simples que diga o que ofereces, para quem e a que preço, e uma lista de e-mails desde o primeiro dia. Publica com regularidade durante dois meses antes de pagar anúncios.",
           "Num lançamento, eu começaria pequeno: um só canal, onde as pessoas que quer alcançar já passam tempo, uma página simples que diga o que oferece, para quem e a que preço, e uma lista de e-mails desde o primeiro dia. Publique com regularidade durante dois meses antes de pagar anúncios."),
    "pt-BR": ("Num lançamento, eu começaria pequeno: um canal só, onde as pessoas que você quer alcançar já passam tempo, uma página simples que diga o que você oferece, para quem e por qual preço, e uma lista de e-mails desde o primeiro dia. Posta com frequência por dois meses antes de pagar anúncio.",
              "Num lançamento, eu começaria pequeno: um canal só, onde as pessoas que você quer alcançar já passam tempo, uma página simples que diga o que você oferece, para quem e por qual preço, e uma lista de e-mails desde o primeiro dia. Vale publicar com frequência por dois meses antes de pagar anúncios."),
    "de": ("Für einen Launch würde ich klein anfangen: ein einziger Kanal, auf dem die Menschen, die du erreichen willst, schon unterwegs sind, eine einfache Seite, die sagt, was du anbietest, für wen und zu welchem Preis, und ab dem ersten Tag eine E-Mail-Liste. Poste dort zwei Monate lang regelmäßig, bevor du für Werbung zahlst.",
           "Für einen Launch würde ich klein anfangen: ein einziger Kanal, auf dem die Menschen, die Sie erreichen wollen, schon unterwegs sind, eine einfache Seite, die sagt, was Sie anbieten, für wen und zu welchem Preis, und ab dem ersten Tag eine E-Mail-Liste. Posten Sie dort zwei Monate lang regelmäßig, bevor Sie für Werbung zahlen."),
    "nl": ("Bij een lancering zou ik klein beginnen: één kanaal waar de mensen die je wilt bereiken al zitten, een eenvoudige pagina die zegt wat je aanbiedt, voor wie en voor welke prijs, en vanaf dag één een e-maillijst. Post daar twee maanden regelmatig voordat je voor advertenties betaalt.",
           "Bij een lancering zou ik klein beginnen: één kanaal waar de mensen die u wilt bereiken al zitten, een eenvoudige pagina die zegt wat u aanbiedt, voor wie en voor welke prijs, en vanaf dag één een e-maillijst. Post daar twee maanden regelmatig voordat u voor advertenties betaalt."),
}


#: A chance or a place asked of her (folded): "¿tendrías alguna posibilidad?", "hai qualche possibilità?", "any chance?",
#: "une possibilité ?", "eine Möglichkeit?", "een mogelijkheid?", "alguma vaga?".
_CHANCE_ASK = (r"\b(?:posibilidad(?:es)?|possibilita|possibilites?|possibilidades?|moglichkeit(?:en)?|mogelijkhe(?:id|den)|chances?|kans"
               r"|oportunidad(?:es)?|opportunita|opportunites?|opportunit(?:y|ies)|oportunidades?|openings?|vagas?|plazas?|hueco|posto|posti|places?"
               r"|platz|plek(?:je)?|plaats(?:je)?|spots?)\b")
#: Tips asked (folded), beside the internship: "algún consejo", "qualche consiglio", "alguma dica", "any tips", "einen Tipp".
_TIPS_WORD = r"\b(?:tipp?s?|advies|advice|conseils?|consejos?|consigli\w*|conselhos?|dicas?|ratschlag\w*|raad|suggeriment\w*|sugerencias?|sugest\w*)\b"


def _intern_and_tips(note: str) -> bool:
    """Does the note ask both for a chance of an internship with her and for tips?

    >>> _intern_and_tips("Cerco uno stage in Francia. Avresti qualche consiglio o possibilità?")
    True
    >>> _intern_and_tips("Cerco uno stage in Francia. Avresti qualche consiglio?"), _intern_and_tips("Posso fare lo stage da te?")
    (False, False)
    >>> _intern_and_tips("Est-ce que tu prends des stagiaires ? Sinon, tu aurais des conseils pour décrocher un stage en SEO ?")
    True
    """
    questions = [q for q in cre.question_sentences(fold(note or ""))]
    asked = " ".join(questions)
    # "Est-ce que tu prends des stagiaires ? Sinon, tu aurais des conseils … ?": the internship asked of her in one question
    taken = any(cre.search(_INTERN_WORDS, q) and cre.search(_INTERN_TAKE, q) for q in questions)
    return bool(cre.search(_CHANCE_ASK, asked) or taken) and bool(cre.search(_TIPS_WORD, asked))


#: A role on site or hybrid in a named place (original text): "hybride Amsterdam", "hybrid in Berlin", "presencial en Madrid",
#: "in sede a Milano", "vor Ort in München", "op kantoor in Utrecht", "sur site à Paris".
_ONSITE_AT = (r"(?i:\b(?:hybrid\w*|h[ií]brid[oa]s?|ibrid[oa]|on[- ]?site|onsite|in[- ]office|sur site|en pr[ée]sentiel|presencial|in sede|in presenza"
              r"|vor ort|op locatie|op kantoor|presencial(?:mente)?))[\s,(:–-]+(?:(?:in|en|a|à|em|op|te|bij|at|im|na|no|da|di|based in)\s+)?"
              r"(?P<place>[A-ZÀ-Ý][\w'-]+)")
#: The place first, the on-site or hybrid after it (original text): "in Rotterdam (hybride)", "in Berlin, hybrid", "a Milano
#: (ibrido)", "en Madrid (híbrido)", "à Paris, en présentiel".
_AT_ONSITE = (r"\b(?:in|en|a|à|em|te|at|im|na|no)\s+(?P<place>[A-ZÀ-Ý][\w'-]+)\s*[,(–-]\s*(?:en\s+)?"
              r"(?i:hybrid\w*|h[ií]brid[oa]s?|ibrid[oa]|on[- ]?site|onsite|in[- ]office|sur site|pr[ée]sentiel|presencial|in sede|in presenza|vor ort|op locatie|op kantoor)\b")
#: Remote work said already (folded): nothing to ask then.
_REMOTE_SAID = r"\b(?:remote|remoto|remota|a distance|a distancia|teletravail|teletrabajo|telelavoro|smart working|op afstand|thuiswerk\w*|homeoffice|home office)\b"
#: The owner's city in the reply's language, where it has its own name.
_CITY_NAME = {"it": {"Lyon": "Lione", "Paris": "Parigi", "Marseille": "Marsiglia", "Bordeaux": "Bordeaux"}}
#: Where she is based and remote work asked: {lang: template with {city} (and {based}, gendered in fr)}.
_FAR_LINE = {"en": "I'm based in {city}, though: could it be done remotely, at least most of the time?",
             "fr": "Je suis {based} à {city} : serait-ce possible à distance, au moins en grande partie ?",
             "es": "Eso sí, vivo en {city}: ¿sería posible trabajar en remoto, al menos la mayor parte del tiempo?",
             "it": "Io però vivo a {city}: sarebbe possibile lavorare da remoto, almeno per la maggior parte del tempo?",
             "pt": "Vivo em {city}, no entanto: seria possível trabalhar à distância, pelo menos na maior parte do tempo?",
             "pt-BR": "Vale dizer que moro em {city}: seria possível trabalhar remotamente, ao menos na maior parte do tempo?",
             "de": "Ich lebe allerdings in {city}: Ginge das auch remote, zumindest größtenteils?",
             "nl": "Ik woon wel in {city}: zou het ook op afstand kunnen, in elk geval grotendeels?"}


def far_line(note: str, lang: str, city: str, gender: str = "") -> str:
    """Where the owner is based and whether remote work is possible, for a role on site or hybrid in another place.

    >>> far_line("Vacature: Content Marketeer (hybride Rotterdam). Interesse?", "nl", "Lyon")
    'Ik woon wel in Lyon: zou het ook op afstand kunnen, in elk geval grotendeels?'
    >>> far_line("Een opdracht van 3 maanden in Rotterdam (hybride). Iets voor u?", "nl", "Lyon")
    'Ik woon wel in Lyon: zou het ook op afstand kunnen, in elk geval grotendeels?'
    >>> far_line("A role, hybrid in Lyon. Interested?", "en", "Lyon"), far_line("Remote or hybrid in Berlin", "en", "Lyon")
    ('', '')
    """
    if not city or not note:
        return ""
    m = cre.search(_ONSITE_AT, note) or cre.search(_AT_ONSITE, note)
    if not m or fold(m.group("place")) == fold(city) or fold(city) in fold(note) or cre.search(_REMOTE_SAID, fold(note)):
        return ""
    line = _FAR_LINE.get(lang) or _FAR_LINE.get(lang[:2], "")
    name = _CITY_NAME.get(lang[:2], {}).get(city, city)
    return line.format(city=name, based="basé" if gender == "m" else "basée") if line else ""


#: Other employers asked about (folded): "¿sabrías de alguna agencia que busque becarios?", "do you know agencies that
#: take interns?": the student asks where to apply, not whether she takes them, so her no would answer nothing.
_OTHERS_TAKING = (r"\b(?:know|knows|sabrias|sabes|conoces|conoce|connais\w*|connaitriez|kennst|kennen sie|ken je|ken jij|kent u|weet je|weet jij|weet u"
                  r"|conosci|conosce|conhece\w*|recommend\w*|recomiendas|recomendas|conseill\w*)\b[^.?!\n]{0,30}"
                  r"\b(?:agenc\w*|agentur\w*|agenzi\w*|bureaus?|marketingbureaus?|empresas?|compan\w+|entreprises?|firmen|unternehmen|aziende|bedrijven|startups?)\b")


def _intern_agencies(note: str, context: Mapping[str, Any], lang: str) -> str:
    """"Nimmst du Praktikant:innen oder kennst du Agenturen in Lyon?": after her no to interns, where she would look for
    the agencies asked about (in the city named), never the no alone as if the second half went unread; "" otherwise."""
    if "interns" not in (context.get("known") or []) or context.get("k_interns"):
        return ""
    # "¿Aceptas becarios en tu agencia?": her own agency is the interns question, never other agencies asked about
    asked = [cre.sub(_HER_AGENCY, "", q) for q in cre.findall(r"[^.!?\n]*\?", note)]
    found = next(((k, q) for k, q in ((quickq.subject(q)[0], q) for q in asked) if k in ("scene", "scene_a")), None)
    if not found:
        return ""
    key, question = found  # the city the agencies are asked in ("kennst du Agenturen in Lyon?"), never where they study
    return quickq.scene_local(quickq.answer(lang, key, [], informal=bool(context.get("informal")), learner=True), lang, question, note)


#: The owner's own agency or team ("in your agency", "dans ton agence", "en tu agencia", "in deiner Agentur").
_HER_AGENCY = (r"(?i)\b(?:your|ton|ta|votre|tu|su|deine[rnm]?|ihre[rnm]?|jouw|je|uw|tua|sua|seu|teu|vossa)\s+"
               r"(?:own\s+)?(?:agenc\w*|agentur\w*|agenzi\w*|ag[eê]nci\w*|bureau\w*)\b")


#: The owner takes no interns (``interns = false``), said before the CV is offered for a lead.
_NO_INTERNS = {"en": "I'm afraid I don't take interns myself.", "fr": "Je ne prends pas de stagiaires moi-même, malheureusement.",
               "de": "Ich selbst nehme leider keine Praktikanten auf.", "es": "Por desgracia, yo no tengo plazas de prácticas.",
               "it": "Purtroppo non ospito tirocinanti.", "pt": "Infelizmente, não recebo estagiários.",
               "pt-BR": "Infelizmente, não recebo estagiários.", "nl": "Zelf neem ik helaas geen stagiairs aan."}

#: An internship or a first job sought from an owner who hires neither: both named ("een stage of eerste baan"), never interns alone.
_NO_JUNIORS = {"en": "I'm afraid I don't hire interns or juniors myself.", "fr": "Malheureusement, je ne recrute ni stagiaires ni juniors moi-même.",
               "de": "Ich selbst stelle leider keine Praktikanten und keine Berufseinsteiger ein.", "es": "Lamentablemente, no contrato ni becarios ni perfiles junior.",
               "it": "Purtroppo non assumo né tirocinanti né junior.", "pt": "Infelizmente, não contrato estagiários nem juniores.",
               "pt-BR": "Infelizmente, não contrato estagiários nem juniores.", "nl": "Zelf neem ik helaas geen stagiairs of starters aan."}

#: The no to interns already said in a draft ("Je ne prends pas de stagiaires en ce moment", "non accolgo tirocinanti").
_NO_INTERNS_SAID = (r"(?i)\b(?:not|don't|do not|ne|non|no|keine?n?|geen|não|nao)\b[^.!?\n]{0,40}\b(?:stagiaires|tirocinanti|stagist[ie]|interns|Praktikant\w*"
                    r"|stagiairs|becari[oa]s|estagiários|estagiarios|plazas de prácticas)\b")


def _refusal_first(text: str, line: str) -> str:
    """The owner's gentle no said first, right after the thanks, before any promise or offer: "Thank you for your message.
    I'm afraid I don't take interns myself. If I hear of an internship…", never after "send me your CV".

    >>> _refusal_first("Hi,\\n\\nThanks! If I hear of an internship, I'll let you know.\\nI'm afraid I don't take interns myself. Send me your CV.", "I'm afraid I don't take interns myself.")
    "Hi,\\n\\nThanks! I'm afraid I don't take interns myself. If I hear of an internship, I'll let you know.\\nSend me your CV."
    """
    if line in text:
        text = cre.sub(r"[ \t]*" + re.escape(line) + r"[ \t]*", " ", text, count=1)
        text = cre.sub(r" (?=\n)|(?<=\n) ", "", text)
    elif cre.search(_NO_INTERNS_SAID, text):
        return text  # "Al momento non accolgo tirocinanti": the no is said already, in the answer's words
    # (a call or coffee agreed says no word of it: the no is said here all the same)
    lines = text.split("\n")
    for i, row in enumerate(lines):
        if i >= 2 and row.strip():
            head = cre.match(r"[^.!?]*[.!?](?=\s|$)", row)
            if not head:
                return "\n".join(lines[:i] + [row.rstrip() + " " + line] + lines[i + 1:])
            rest = row[head.end():].strip()
            lines[i] = f"{head.group(0)} {line}" + (f" {rest}" if rest else "")
            return "\n".join(lines)
    return text

#: A first call named (folded): "Erstgespräch", "adviesgesprek", "first call", "appel découverte", "primera llamada".
_FIRST_CALL = (r"\b(?:(?:first|initial|intro\w*|discovery|advice|consultation|kick-?off) (?:call|consultation|meeting|chat|session)|(?:free )?consultation call"
               r"|(?:premier|1er) (?:appel|echange|rendez-vous|rdv|entretien|call)|appel (?:decouverte|de decouverte|initial)|consultation initiale"
               r"|erst(?:es|e)? (?:gesprach|telefonat|beratung)|erstgesprach\w*|erstberatung\w*|kennenlern(?:gesprach|call|telefonat)\w*|beratungsgesprach\w*"
               r"|adviesgesprek\w*|kennismakingsgesprek\w*|intakegesprek\w*|eerste (?:gesprek|call|telefoontje|afspraak)|orienterend gesprek"
               r"|primera (?:llamada|consulta|reunion|sesion|videollamada)|(?:llamada|consulta|sesion) (?:inicial|de diagnostico)"
               r"|prim[ao] (?:call|chiamata|consulenza|incontro|colloquio|sessione)|(?:call|chiamata|consulenza) (?:conoscitiva|iniziale|gratuita)"
               r"|primeir[ao] (?:chamada|call|consulta|reuniao|conversa|sessao)|(?:chamada|consulta|conversa) inicial"
               r"|(?:call|appel|llamada|chiamata|chamada|gesprach|gesprek|telefonat) (?:de |di |van |von |of )?20 ?min\w*|20[- ]?min\w* (?:call|gesprach|gesprek))\b")
#: Asked whether it costs anything (folded), beside the call: "is it free?", "kostenlos?", "wat kost", "combien".
_FREE_OR_PRICE = (r"\b(?:free|paid|charge\w*|cost\w*|how much|price\w*|gratu\w*|payant\w*|combien|cout\w*|tarif\w*|kostenlos|kostenfrei|kostenpflichtig|umsonst"
                  r"|kost\w*|was kostet|preis\w*|gratis|kosteloos|betaald|wat kost|prijs\w*|tarie\w*|cuesta\w*|cuanto|precio\w*|de pago|se paga|sin coste"
                  r"|costa\w*|quanto|prezz\w*|a pagamento|si paga|custa\w*|pago|preco\w*|valor\w*|de graca|cobra\w*)\b")
_FREE_CALL = {"en": ("The first 20-minute call is free.", "The first call is not free."),
              "fr": ("Le premier appel de 20 minutes est gratuit.", "Le premier appel n'est pas gratuit."),
              "de": ("Das erste Gespräch von 20 Minuten ist kostenlos.", "Das erste Gespräch ist nicht kostenlos."),
              "es": ("La primera llamada de 20 minutos es gratuita.", "La primera llamada no es gratuita."),
              "it": ("La prima call di 20 minuti è gratuita.", "La prima call non è gratuita."),
              "pt": ("A primeira chamada de 20 minutos é gratuita.", "A primeira chamada não é gratuita."),
              "pt-BR": ("A primeira conversa de 20 minutos é gratuita.", "A primeira conversa não é gratuita."),
              "nl": ("Het eerste gesprek van 20 minuten is gratis.", "Het eerste gesprek is niet gratis.")}


def first_call_asked(note: str) -> tuple[bool, bool]:
    """Does the note ask what a first call costs (or whether it is free), and is that its only price question?

    >>> first_call_asked("Was kostet bei dir ungefähr ein Erstgespräch?"), first_call_asked("Is the first call free? And your rates?")
    ((True, True), (True, False))
    >>> first_call_asked("Wat kost een website-audit?")
    (False, False)
    """
    questions = [fold(q) for q in cre.findall(r"(?<![^.!?\n¿¡])[^.!?\n¿¡]*\?", note or "")]
    hit = [q for q in questions if cre.search(_FIRST_CALL, q) and cre.search(_FREE_OR_PRICE, q)]
    if not hit:
        return False, False
    other = [q for q in questions if q not in hit and cre.search(_HER_PRICE, q)]
    return True, not other


def _with_free_call(text: str, line: str, replace: bool) -> str:
    """The draft saying whether the first call is free: in place of "the price depends on …" when only the call's price
    was asked, else as the answer's first sentence (in place of a generic "happy to talk it through")."""
    if line in text:
        return text
    head, sep, body = text.partition("\n\n")
    if not sep:
        return text
    if cre.search(r"\b20\b", body):
        # "… Lass uns 20 Minuten telefonieren": the call's length is said once, by the offer
        line = cre.sub(r" (?:of|de|di|von|van) 20 (?:minutes|minutos|minuti|Minuten|minuten)|20-minute ", "", line)
    lines = body.split("\n")
    for i, row in enumerate(lines):
        m = cre.search(_DEPENDS_SENTENCE, row) if replace else None
        if m:
            lines[i] = f"{row[:m.start()]}{line} {row[m.end():]}".strip()
            return f"{head}{sep}" + "\n".join(lines)
    for i, row in enumerate(lines):
        if i >= 1 and row.strip() or i == 0 and len(lines) == 1:
            row = cre.sub(r"^" + _TALK_FIRST, "", row)
            lines[i] = f"{line} {row}".rstrip()
            return f"{head}{sep}" + "\n".join(lines)
    return text


#: A job seeker's French told (folded): "ik spreek goed Frans", "I speak fluent French", "ich spreche gut Französisch", "hablo
#: francés", "parlo francese", "falo francês", "French (C1)".
_SPEAKS_FRENCH = (r"\b(?:i speak (?:\w+ )?french|(?:fluent|good|native|conversational|business) french|french (?:\(?c1|\(?c2|\(?b2|fluently)"
                  r"|(?:ik )?spreek (?:\w+ )?frans|(?:vloeiend|goed) frans|(?:ich )?spreche (?:\w+ )?franzosisch|(?:fliessend\w*|gut\w*) franzosisch"
                  r"|(?:yo )?hablo (?:\w+ )?frances|(?:io )?parlo (?:\w+ )?francese|(?:eu )?falo (?:\w+ )?frances|frances (?:fluente|nativo)|francese fluente"
                  r"|fluente em frances|(?:fluencia|fluent) (?:em|en|in) frances\w*)\b")
#: Living in France already (folded): "I'm British, moved here last year, fluent French", "je vis à Lyon", "ich wohne in
#: Lyon": their French is daily life there, never news "for working in France".
_LIVES_THERE = (r"\b(?:moved (?:here|to)|(?:live|living|based|settled) (?:here|in)|i'?ve lived|je vis (?:a|en|ici)|j'habite|installee? (?:a|en|ici)"
                r"|wohne (?:in|hier|seit)|lebe (?:in|hier|seit)|woon (?:in|hier|sinds)|vivo (?:en|in|em|aqui|qui|a)|abito a|moro (?:em|na|no|aqui))\b")
#: Her French acknowledged to a job seeker who wants to work in France: (informal, formal), by reply language.
_FRENCH_ASSET = {"en": ("Speaking French is a real asset for working in France.", "Speaking French is a real asset for working in France."),
                 "nl": ("Dat je Frans spreekt, is een echte troef om in Frankrijk aan de slag te gaan.", "Dat u Frans spreekt, is een echte troef om in Frankrijk aan de slag te gaan."),
                 # round 149: never "Einstieg" (5 years' experience) nor "in Frankreich" alone (Lyon or Geneva): the French-speaking area
                 "de": ("Dass du Französisch sprichst, ist für die Jobsuche im französischsprachigen Raum ein echter Vorteil.",
                        "Dass Sie Französisch sprechen, ist für die Jobsuche im französischsprachigen Raum ein echter Vorteil."),
                 "es": ("Hablar francés es una gran ventaja para trabajar en Francia.", "Hablar francés es una gran ventaja para trabajar en Francia."),
                 "it": ("Parlare francese è un vero vantaggio per lavorare in Francia.", "Parlare francese è un vero vantaggio per lavorare in Francia."),
                 "pt": ("Falar francês é uma grande vantagem para trabalhar em França.", "Falar francês é uma grande vantagem para trabalhar em França."),
                 "pt-BR": ("Falar francês é uma grande vantagem para trabalhar na França.", "Falar francês é uma grande vantagem para trabalhar na França.")}

#: A job seeker's French not yet fluent, answered honestly: (informal, formal), by reply language.
_WEAK_FRENCH_ANSWER: dict[str, tuple[str, str]] = {
    "en": ("Honestly, in most French companies it matters, as marketing is done in French. But international groups, start-ups and "
           "e-commerce brands selling abroad do hire in English: aim for those first, and keep up your French.",
           "Honestly, in most French companies it matters, as marketing is done in French. But international groups, start-ups and "
           "e-commerce brands selling abroad do hire in English: aim for those first, and keep up your French."),
    "fr": ("Honnêtement, dans la plupart des entreprises françaises, ça compte : le marketing s'y fait en français. Mais les groupes "
           "internationaux, les start-up et l'e-commerce tourné vers l'export recrutent aussi en anglais : vise-les d'abord, et continue le français.",
           "Honnêtement, dans la plupart des entreprises françaises, ça compte : le marketing s'y fait en français. Mais les groupes "
           "internationaux, les start-up et l'e-commerce tourné vers l'export recrutent aussi en anglais : visez-les d'abord, et continuez le français."),
    "de": ("Ehrlich gesagt: In den meisten französischen Firmen zählt es. Konzerne, Start-ups und E-Commerce mit Export stellen aber auch "
           "auf Englisch ein: Bewirb dich zuerst dort und bleib am Französisch dran.",
           "Ehrlich gesagt: In den meisten französischen Firmen zählt es. Konzerne, Start-ups und E-Commerce mit Export stellen aber auch "
           "auf Englisch ein: Bewerben Sie sich zuerst dort und bleiben Sie am Französisch dran."),
    "es": ("Sinceramente, en la mayoría de las empresas francesas cuenta, porque el marketing se hace en francés. Pero los grupos internacionales, "
           "las start-ups y el e-commerce que vende fuera también contratan en inglés: apunta primero a esos y sigue con el francés.",
           "Sinceramente, en la mayoría de las empresas francesas cuenta, porque el marketing se hace en francés. Pero los grupos internacionales, "
           "las start-ups y el e-commerce que vende fuera también contratan en inglés: apunte primero a esos y siga con el francés."),
    "it": ("Sinceramente, nella maggior parte delle aziende francesi conta, perché il marketing si fa in francese. Ma gruppi internazionali, "
           "start-up ed e-commerce che vendono all'estero assumono anche in inglese: punta prima su quelli e continua con il francese.",
           "Sinceramente, nella maggior parte delle aziende francesi conta, perché il marketing si fa in francese. Ma gruppi internazionali, "
           "start-up ed e-commerce che vendono all'estero assumono anche in inglese: punti prima su quelli e continui con il francese."),
    "pt": ("Sinceramente, na maioria das empresas francesas conta, porque o marketing faz-se em francês. Mas grupos internacionais, start-ups "
           "e e-commerce que vende para fora também contratam em inglês: aposta primeiro nesses e continua com o francês.",
           "Sinceramente, na maioria das empresas francesas conta, porque o marketing faz-se em francês. Mas grupos internacionais, start-ups "
           "e e-commerce que vende para fora também contratam em inglês: aposte primeiro nesses e continue com o francês."),
    "pt-BR": ("Sinceramente, na maioria das empresas francesas conta, porque o marketing é feito em francês. Mas grupos internacionais, startups "
              "e e-commerce que vende para fora também contratam em inglês: mire primeiro nesses e continue estudando francês.",
              "Sinceramente, na maioria das empresas francesas conta, porque o marketing é feito em francês. Mas grupos internacionais, startups "
              "e e-commerce que vende para fora também contratam em inglês: mire primeiro nesses e continue estudando francês."),
    "nl": ("Eerlijk gezegd telt het bij de meeste Franse bedrijven, want marketing gebeurt daar in het Frans. Internationale bedrijven, "
           "start-ups en webshops die naar het buitenland verkopen, werven ook in het Engels: mik eerst daarop, en blijf aan je Frans werken.",
           "Eerlijk gezegd telt het bij de meeste Franse bedrijven, want marketing gebeurt daar in het Frans. Internationale bedrijven, "
           "start-ups en webshops die naar het buitenland verkopen, werven ook in het Engels: richt u eerst daarop, en blijft u aan uw Frans werken."),
}

_NOT_HIRING = {"en": "I work on my own, without a team, so I'm not hiring.", "fr": "Je travaille en solo, sans équipe, donc je ne recrute pas.",
               "de": "Ich arbeite allein, ohne Team, und stelle daher niemanden ein.", "es": "Trabajo por mi cuenta, sin equipo, así que no estoy contratando.",
               "it": "Lavoro in proprio, senza un team, quindi non sto assumendo.", "pt": "Trabalho por conta própria, sem equipa, por isso não estou a recrutar.",
               "pt-BR": "Trabalho por conta própria, sem equipe, então não estou contratando.", "nl": "Ik werk zelfstandig, zonder team, dus ik zoek zelf geen versterking."}


#: Contacts asked for beside tips ("des conseils ou des contacts ?", "any contacts?", "¿algún contacto?") by a job seeker.
_CONTACTS_ASKED = (r"\b(?:contacts?|contactos?|contatti|contatos?|kontakte?n?|contacten|introductions?|intros?|mises? en relation|leads"
                   r"|persone da contattare|gente a quien escribir)\b")
#: A job search told in the note (folded): "je cherche mon premier poste", "looking for my first job", "busco empleo".
_JOB_SEARCH = (r"\b(?:premier (?:poste|emploi|job)|first (?:job|role|position)|primer (?:empleo|trabajo|puesto)|primo (?:lavoro|impiego)"
               r"|primeiro emprego|erste[nr]? (?:stelle|job)|eerste baan|(?:cherche|recherche) (?:un |mon |d'un )?(?:poste|emploi|job|cdi)"
               r"|looking for (?:a |my )?(?:job|role|position)|job (?:search|hunting)|busco (?:empleo|trabajo)|buscando (?:empleo|trabajo)"
               r"|cerco (?:lavoro|impiego)|procuro (?:emprego|trabalho)|suche (?:eine |einen )?(?:stelle|job)|zoek (?:een |mijn )?(?:baan|job))\b")
#: The contacts a job seeker asks for, answered truthfully: none promised, the CV passed on if she hears of something.
_CONTACTS_STEP = {
    "en": ("I can't promise contacts, but feel free to send me your CV here: if I hear of something, I'll pass it on.",) * 2,
    "fr": ("Pour les contacts, je ne peux rien promettre, mais envoie-moi ton CV ici : si j'entends parler de quelque chose, je le transmettrai.",
           "Pour les contacts, je ne peux rien promettre, mais envoyez-moi votre CV ici : si j'entends parler de quelque chose, je le transmettrai."),
    "de": ("Kontakte kann ich nicht versprechen, aber schick mir gern hier deinen Lebenslauf: Wenn ich von etwas höre, gebe ich ihn weiter.",
           "Kontakte kann ich nicht versprechen, aber senden Sie mir gern hier Ihren Lebenslauf: Wenn ich von etwas höre, gebe ich ihn weiter."),
    "es": ("Contactos no te puedo prometer, pero envíame tu CV por aquí: si me entero de algo, te lo paso.",
           "Contactos no le puedo prometer, pero envíeme su CV por aquí: si me entero de algo, se lo paso."),
    "it": ("Contatti non posso promettertene, ma mandami pure qui il tuo CV: se vengo a sapere di qualcosa, lo giro.",
           "Contatti non posso prometterglieli, ma mi mandi pure qui il Suo CV: se vengo a sapere di qualcosa, lo giro."),
    "pt": ("Contactos não posso prometer, mas envia-me o teu CV por aqui: se souber de alguma coisa, passo-o.",
           "Contactos não posso prometer, mas envie-me o seu CV por aqui: se souber de alguma coisa, passo-o."),
    "pt-BR": ("Contatos eu não posso prometer, mas me manda seu currículo por aqui: se eu souber de algo, repasso.",
              "Contatos eu não posso prometer, mas me envie seu currículo por aqui: se eu souber de algo, repasso."),
    "nl": ("Contacten kan ik niet beloven, maar stuur me gerust hier je cv: als ik iets hoor, geef ik het door.",
           "Contacten kan ik niet beloven, maar stuurt u mij gerust hier uw cv: als ik iets hoor, geef ik het door."),
}

#: An audit asked about with no topic beside it ("Você faz auditoria? Quanto custa?"): the note's SEO, told a sentence
#: before ("quero melhorar o SEO do site"), is what it audits; the same range as "auditoria de SEO" (seo_audit_prices).
_BARE_AUDIT = r"(?i)\w+ (?:audit|auditoria|auditoría|auditorías|auditorias|audits)"
_SEO_WORD = r"(?i)\bSEO\b"

#: Her own price asked ("vos tarifs ?", "what do you charge?"), not an ad budget the sender tells.
#: The answer already says what the price depends on ("Meine Preise hängen vom Projekt ab", "my rates depend on …").
_PRICE_SAID = (r"(?i)\b(?:my rates|mes tarifs|meine (?:preise|honorare|konditionen)|mis (?:tarifas|precios)|le mie tariffe|os meus valores|meus valores"
               r"|mijn tarie\w+|le prix|the price|der preis|el precio|il prezzo|o pre[çc]o|o valor|de prijs)\b[^.!?]{0,40}\b(?:d[ée]pend\w*|h[äa]ng\w*|dipend\w*)")

#: The generic "happy to talk" that opens an answer: after a price question, the price line takes its place.
_TALK_FIRST = (r"(?:Happy to talk it through!|I would be glad to discuss this with you\.|Avec plaisir, parlons-en !|Ce serait un plaisir d'en parler avec vous\."
               r"|Über einen Austausch freue ich mich sehr\.|¡Con mucho gusto lo hablamos!|Será un placer hablarlo con usted\.|Será un placer contarle cómo trabajo\."
               r"|Con mucho gusto le cuento cómo trabajo\.|¡Con mucho gusto te cuento cómo trabajo!|Ne parliamo molto volentieri!|Sarà un piacere parlarne con Lei\."
               r"|Vamos conversar, com prazer!|Será um prazer conversar sobre isso\.|Falamos com todo o gosto!|Terei todo o gosto em falar consigo sobre isso\."
               r"|Daar denk ik graag over mee!|Ik denk daar graag met u over mee\.)\s*")

#: Her rates asked with nothing named to price ("what are your rates?"): they depend on the scope, and come with the proposal.
_RATES_LINE = {"en": "The price depends on the scope of the work.", "fr": "Le prix dépend du périmètre de la mission.",
               "de": "Der Preis hängt vom Umfang des Projekts ab.", "es": "El precio depende del alcance del proyecto.",
               "it": "Il prezzo dipende dalla portata del lavoro.", "pt": "O preço depende do âmbito do trabalho.",
               "pt-BR": "O valor depende do escopo do trabalho.", "nl": "De prijs hangt af van de omvang van de opdracht."}

#: Her day rate asked by name (folded): "Quel est votre TJM ?", "What's your day rate?", "Wat is je dagtarief?".
_DAY_RATE_ASKED = (r"\b(?:tjm|taux journalier|tarifs? (?:jour|journaliers?|a la journee)|prix jour|prix (?:a|de) la journee|day rates?|daily rates?|tagessatz\w*|tagessatze|dagtarie\w+|dagprijs"
                   r"|tarifa (?:diaria|por dia)|tariffa giornaliera|diarias?|valor da diaria|(?:per|par|pro|por|al) (?:day|jour|tag|dag|dia|giorno))\b")
#: Her rate for a freelance or white-label mission, asked in a partnership (day rate, then any rate): it depends on the
#: mission, and she gives it once she knows the scope; never a figure the settings do not hold.
_MISSION_RATE = {
    "fr": ("Mon TJM dépend de la mission (type de travail, volume, durée) : je le communique dès que j'en connais le périmètre.",
           "Mes tarifs dépendent de la mission (type de travail, volume, durée) : je les communique dès que j'en connais le périmètre."),
    "en": ("My day rate depends on the mission (type of work, volume, length): I'll give it as soon as I know the scope.",
           "My rates depend on the mission (type of work, volume, length): I'll give them as soon as I know the scope."),
    "de": ("Mein Tagessatz hängt vom Auftrag ab (Art der Arbeit, Volumen, Dauer): Ich nenne ihn gern, sobald ich den Rahmen kenne.",
           "Meine Preise hängen vom Auftrag ab (Art der Arbeit, Volumen, Dauer): Ich nenne sie gern, sobald ich den Rahmen kenne."),
    "es": ("Mi tarifa diaria depende de la misión (tipo de trabajo, volumen, duración): la comunico en cuanto conozca el alcance.",
           "Mis tarifas dependen de la misión (tipo de trabajo, volumen, duración): las comunico en cuanto conozca el alcance."),
    "it": ("La mia tariffa giornaliera dipende dalla missione (tipo di lavoro, volume, durata): la comunico appena ne conosco il perimetro.",
           "Le mie tariffe dipendono dalla missione (tipo di lavoro, volume, durata): le comunico appena ne conosco il perimetro."),
    "pt": ("A minha tarifa diária depende da missão (tipo de trabalho, volume, duração): indico-a assim que conhecer o âmbito.",
           "Os meus valores dependem da missão (tipo de trabalho, volume, duração): indico-os assim que conhecer o âmbito."),
    "pt-BR": ("Minha diária depende do projeto (tipo de trabalho, volume, duração): passo o valor assim que conhecer o escopo.",
              "Meus valores dependem do projeto (tipo de trabalho, volume, duração): passo os valores assim que conhecer o escopo."),
    "nl": ("Mijn dagtarief hangt af van de opdracht (soort werk, volume, duur): ik noem het zodra ik de omvang ken.",
           "Mijn tarieven hangen af van de opdracht (soort werk, volume, duur): ik noem ze zodra ik de omvang ken."),
}


#: The first sentence of an answer, up to its full stop (never a question): where a recruiter's rates line goes after.
_FIRST_SENTENCE = r"([^.!?:]+)[.!:]\s+(?=\S)"


def _mission_rate(note: str, lang: str) -> str:
    """Her rate for a mission, asked in ``note``: the day rate when the note names it, else her rates."""
    pair = _MISSION_RATE.get(lang) or _MISSION_RATE.get(lang[:2])
    return pair[0 if cre.search(_DAY_RATE_ASKED, fold(note)) else 1] if pair else ""


#: A sentence saying what her price depends on ("Pour un audit SEO, le prix dépend du périmètre, …", "Mijn tarief hangt af van …").
_DEPENDS_SENTENCE = (r"(?i)[^.!?;]*\b(?:prix|price|preis|precio|prezzo|pre[çc]o|valor|prijs|tarie\w*|tarif\w*|rates)\b[^.!?]*"
                     r"\b(?:d[ée]pend\w*|h[äa]ng\w*|dipend\w*)\b[^.!?]*[.!?]\s*")


def _with_ballpark(answer: str, ballpark: str) -> str:
    """The answer with her usual price range in place of "the price depends on …" (or after a yes, or first)."""
    m = cre.search(_DEPENDS_SENTENCE, answer)
    if m:
        rest = cre.sub(_DEPENDS_SENTENCE, "", answer[m.end():])  # "Der Preis für ein SEO-Audit hängt vom Umfang ab." said again: gone
        before = answer[:m.start()].rstrip()
        glad = cre.match(_GLAD_TO_HELP, rest) if not before else None
        if glad:
            # "The price depends … Happy to help with your SEO!": the glad yes first, then the range that replaces the price
            # (its "For SEO" gone when the yes names SEO: "Happy to help with your SEO! I start with an audit, …")
            if cre.search(r"\bSEO\b", glad.group(0)):
                ballpark = cre.sub(_SEO_LEAD, "", ballpark)
                ballpark = ballpark[:1].upper() + ballpark[1:]
            return f"{rest[:glad.end()].strip()} {ballpark} {rest[glad.end():]}".strip()
        return f"{before} {ballpark} {rest}".strip()
    # "Happy to help with your SEO!", "¡Con mucho gusto te ayudo con tu SEO!": the glad yes first, then the range
    yes = cre.match(rf"(?:{_YES})\b[^.!?]*[.!?]\s*", answer) or cre.match(_GLAD_TO_HELP, answer)
    at = yes.end() if yes else 0
    return f"{answer[:at]}{ballpark} {answer[at:]}".strip()


#: The lead of her SEO price range (priceq._SEO_START): "For SEO ", "En SEO, ", "Per la SEO ", "Em SEO ".
_SEO_LEAD = r"^(?:For|En|Per la|Em) SEO,?\s+"
#: An answer's opening "glad to help" sentence, any language ("Happy to help with your SEO!", "Ti aiuto molto volentieri …!").
#: A bare glad yes to SEO opening a line, any language ("Ik help u graag met SEO.", "Happy to help with your SEO!"): said
#: again by a line that already tells what she would do for their SEO.
_BARE_SEO_YES = (r"(?m)^(?=[^.!?\n]{0,70}\bSEO[.!] )[^.!?\n]{0,40}\b(?:help|helpen|helfe\w*|unterstütze|ayud\w*|aiut\w*|ajud\w*|aider|aide)\b"
                 r"[^.!?\n]{0,30}\bSEO[.!] ")
_GLAD_TO_HELP = (r"[^.!?]{0,25}\b(?:help|aider|aide|ayud\w*|aiut\w*|ajud\w*|helfe\w*|unterstutz\w*|unterstütz\w*|helpen)\b[^.!?]{0,60}[.!?]\s*")


_HER_PRICE = (r"\b(?:tarifs?|tarie[fv]\w*|preventiv\w*|devis|quote|offerte|prix|price|pricing|rates?|fees?|charge|preis\w*|honorar\w*|precios?|tarifas?|prezz\w*|tariff\w*|precos?|prij[sz]\w*(?! (?:zetten|bepalen|vaststellen|berekenen)\b)"
              r"|combien (?:tu prends|vous prenez|ca coute|coute)|(?:ca|cela|c'est|ce serait) (?:\w+ )?combien|combien (?:faut-il|faudrait-il) (?:compter|prevoir)|wat kost|hoeveel (?:vraag|reken)\w*|wat (?:vraag|reken)\w* (?:je|jij|u)|was kostet|(?:was|wie ?viel) (?:nimmst|verlangst|berechnest) du|(?:was|wie ?viel) (?:nehmen|verlangen|berechnen) sie|(?:was|wie ?viel) (?:wurden|wurdest) (?:sie|du) (?:[\w-]+ ){0,5}(?:berechnen|verlangen|veranschlagen|(?:dafur|fur [\w-]+(?: [\w-]+){0,3}) nehmen)|quanto costa|quanto custa|cuanto cuesta|cuanto cobras|quanto (?:voce |vc |voces |vcs |ce |tu |a senhora |o senhor )?cobra\w*"
              r"|costs?|costa|custa|cuesta|cuestan|costano|custam|kostet|kost|coute|coutent|kosten|costaria|costerebbe|custaria|zou kosten|would (?:it|that|this) cost|how much would|how much (?:is|are) (?:an?|the|your)(?= (?:\w+[ -]){0,3}(?:audit|training|workshop|course|session|call|consultation|strategy|day)s?\b))\b")
#: "what would a rough budget look like?" next to "do you do this kind of work?": her price, asked as a budget
_HER_PRICE += "|" + _BUDGET_FOR_IT
#: "Nos gustaría contratar una auditoría SEO … ¿cuál sería el presupuesto?": her price, asked as the budget of the work
_HER_PRICE += "|" + _ROUGH_BUDGET_ASKED
#: "Che costi hai più o meno?", "¿Qué costes tienes?", "quais são os seus custos?": her costs asked by the noun
_HER_PRICE += (r"|\b(?:che|quali) costi (?:hai|ha|avete|applichi|applica|chiedi|chiede)\b|\b(?:i tuoi|i suoi|i vostri) costi\b"
               r"|\b(?:que|cuales son (?:tus|sus)) (?:costes|costos) (?:tienes|tiene|tenes|manejas|maneja|manejan|cobras|cobra)\b"
               r"|\b(?:que|quais (?:sao )?(?:os )?(?:seus|teus)) custos\b")


#: A training or class named (folded): what an in-house request is about.
_TRAINING_WORD = (r"\b(?:trainings?|trainingen|formations?|schulung\w*|workshops?|ateliers?|formacion\w*|formazion\w*|formacao|formacoes|cursos?|corsi|corso"
                  r"|kurse?|cursus\w*|masterclass\w*|webinars?|webinaires?|talleres|taller|seminar\w*|seminari\w*|sessions?|sessies?|lessen|opleiding\w*)\b")
_INHOUSE = (r"\b(?:in-?house|inhouse|intra|en entreprise|dans nos locaux|chez nous|incompany|in-company|in company|bij ons"
            r"|bei uns|en la empresa|en nuestra empresa|in azienda|presso (?:di )?noi|na empresa|nas nossas instalacoes)\b")


#: A learner telling so (folded): a student, a junior, a career changer.
_LEARNER_TOLD = (r"\b(?:student\w*|estudante|estudiante|studente(?:ssa)?|etudiant\w*|studier\w*|studeer\w*|junior|reconver\w*|retrain\w*"
                 r"|umschul\w*|riqualific\w*)\b")


def _only_faq_question(note: str, facts: Facts, settings: Settings, lang: str) -> bool:
    """Does the note hold nothing but a question the owner's FAQ answers (no proposal, offer, pitch, job search, CV,
    referrer, event, request or service asked for)?"""
    if not note or not settings.answers or "?" not in note and not (cre.search(_LEARNER_TOLD, fold(note)) and faq.questions(note)[0]):
        return False  # a learner's "gostava de saber que competências recomenda …": an indirect question is a question too
    if facts.role and (facts.role != "job" or cre.search(_SEEKING + r"|\b(?:jobs?|emploi|stelle|arbeit|trabajo|empleo|lavoro|impiego|emprego|vaga|baan|vacature)\w*", fold(note))):
        return False  # "avec quoi fais-tu ton suivi de positions ?": "positions" alone is no job search
    if (facts.proposal or facts.offers or facts.pitch or facts.cv or facts.candidate or facts.job_title or facts.hiring
            or facts.recruiter or facts.referrer or facts.request or facts.client or facts.service or facts.event or facts.org
            or facts.work or facts.price or facts.yes_q or facts.shall_we or facts.portfolio or facts.laid_off or facts.former):
        return False
    if facts.ask in ("interns", "intro", "feedback", "questions", "proposal", "call", "meet", "services") or facts.qkind in ("send", "share", "permission", "visit"):
        return False
    if len([q for q in cre.question_sentences(note) if q.strip()]) > 2:
        return False
    return bool(faq.match(note, settings.answers, lang))


#: A client's next step after her answer on how she works: (informal, formal).
#: After "how do you work?" is answered: the first step of it, a call.
_HOW_CALL: dict[str, tuple[str, str]] = {
    "en": ("That first call (20 minutes) can be next week: what times suit you?", "That first call (20 minutes) could take place next week: which times would suit you?"),
    "fr": ("Ce premier appel (20 minutes) peut se faire dès la semaine prochaine : quels créneaux t'arrangent ?", "Ce premier appel (20 minutes) peut se faire dès la semaine prochaine : quels créneaux vous conviennent ?"),
    "es": ("Esa primera llamada (20 minutos) puede ser ya la semana que viene: ¿qué horarios te vienen bien?", "Esa primera llamada (20 minutos) puede ser ya la semana que viene: ¿qué horarios le vienen bien?"),
    "it": ("Quella prima call (20 minuti) può essere già la prossima settimana: quali orari ti vanno bene?", "Quella prima call (20 minuti) può essere già la prossima settimana: quali orari le vanno bene?"),
    "de": ("Dieses erste Gespräch (20 Minuten) kann schon nächste Woche stattfinden: Welche Zeiten passen dir?", "Dieses erste Gespräch (20 Minuten) kann schon nächste Woche stattfinden: Welche Zeiten passen Ihnen?"),
    "pt": ("Essa primeira chamada (20 minutos) pode ser já na próxima semana: que horários te dão jeito?", "Essa primeira chamada (20 minutos) pode ser já na próxima semana: que horários lhe dão jeito?"),
    "pt-BR": ("Essa primeira conversa (20 minutos) pode ser já na semana que vem: quais horários funcionam para você?", "Essa primeira conversa (20 minutos) pode ser já na próxima semana: quais horários seriam convenientes?"),
    "nl": ("Dat eerste gesprek (20 minuten) kan al volgende week: wanneer komt het jou uit?", "Dat eerste gesprek (20 minuten) kan al volgende week: wanneer komt het u uit?"),
}

#: Whether she (still, also) runs trainings: "¿sigues dando el curso…?", "tieni ancora il corso…?", "organisez-vous des
#: formations en Belgique ?", "do you still teach your SEO workshop?", "geef je nog trainingen?".
_RUNS_TRAINING = (r"\b(?:sigues? (?:dando|impartiendo)|todavia (?:das|da|impartes?)|aun (?:das|da)|ainda (?:da|das|faz|fazes|ministra)"
                  r"|continuas? a dar|tieni ancora|tiene ancora|fai ancora|organizz[ia] ancora|do you (?:still |also )?(?:run|teach|give|hold|organi[sz]e)"
                  r"|organise[sz][- ](?:vous|tu)|anime[sz][- ](?:vous|tu)|donne[sz][- ](?:vous|tu)|(?:tu|vous) (?:donne[sz]|anime[sz]) encore"
                  r"|gibst du (?:noch|auch)|geben sie (?:noch|auch)|bietest du noch|bieten sie noch|geef je (?:nog|ook)|geeft u (?:nog|ook)"
                  r"|organiseer je|organiseert u)\b[^?]{0,80}\b(?:cours|courses?|formations?|cursos?|cors[oi]|kurse?|kursen|cursus\w*|trainings?"
                  r"|trainingen|workshops?|ateliers?|talleres?|formaci\w+|formazion\w*|formaco\w+|formacao|treinamentos?|schulung\w*|seminar\w*)\b")

#: Whether she HAS a training or a longer version (folded question): "heb je ook een training voor zzp'ers?", "gibt's
#: davon auch ne längere Version oder einen Kurs?", "do you have a course on this?", "¿tienes algún curso?", "hai un corso?",
#: "tens alguma formação?", "as-tu une formation ?" (a course to recommend is asked otherwise: "empfiehlst du einen Kurs?").
_HAS_TRAINING = (r"\b(?:heb (?:je|jij)|hebt (?:u|je)|heeft u|hast du|haben sie|gibt'?s|gibt es|do you have|have you got|is there|tienes|tiene usted"
                 r"|tiene|hay|hai|ha|c'e|tens|tem|existe|as-tu|avez-vous|tu as|vous avez|y a-t-il|il y a|t'as|do you also have|do you sell|vendes|vende)"
                 r"\b[^?]{0,70}\b(?:trainings?|trainingen|courses?|cours|formations?|kurse?|kursen|schulung\w*|cursos?|corsi|corso|cursus\w*|formaci\w+"
                 r"|formazion\w*|formac\w+|treinamentos?|workshops?|talleres|taller|ateliers?|masterclass\w*|opleiding\w*|version|versie|versione|versao|(?:e-?)?books?)\b")
#: A question whether she GIVES a training herself, its verb opening the question (folded): "¿das formaciones o cursos?",
#: "vc da curso?", "tu donnes des formations ?", "do you teach courses?", "dai corsi?", "gibst du Kurse?", "geef je trainingen?".
_GIVES_TRAINING = (r"^¿?\s*(?:est-ce qu(?:e |'))?(?:(?:tu|vous|usted|vc|voce|se|lei|jij) )?(?:tambien |tambem |anche |aussi |also |auch |ook )?"
                   r"(?:das|dais|da|impartes|imparte|dai|da lei|tieni|donnes|donnez|donnes-tu|donnez-vous|gibst du|geben sie|geef je|geeft u"
                   # "est-ce que vous proposez aussi une formation sur Google Ads ?", "propone anche una formazione …?", "bied je ook een training …?"
                   r"|proposes|proposez|proposes-tu|proposez-vous|proponi|propone|offri|offre|ofreces|ofrece|ofereces|oferece|bietest du|bieten sie|bied je|biedt u"
                   r"|do you (?:also )?(?:give|teach|run|offer))"
                   # ("geef je die training ook incompany?": a training already named, asked about in a detail, never whether she gives one)
                   r" (?:also |aussi |auch |ook |anche |tambien |tambem )?(?!(?:die|deze|dat|this|that|these|those|ce|cette|ces|ese|esa|esos|esas|este|esta"
                   r"|estos|estas|quel|quella|quei|quelle|questo|questa|questi|diese[nrs]?|esse|essa|esses|essas|zulke|zulk|such|solche[nrs]?|tales|tali|tais|de tels) )(?:\w+ ){0,2}(?:formaciones|formacion|cursos?|clases|talleres|capacitaciones"
                   r"|treinamentos?|formacoes|formacao|corsi|corso|formazion\w*|formations?|cours|courses?|trainings?|trainingen|kurse?|schulung\w*|workshops?)\b")
_RECOMMEND_Q = (r"\b(?:recommend\w*|dicas?|indica\w*|consejos?|recommand\w*|conseill\w*|empfehl\w*|tipps?|tips?|aanrad\w*|aanbevel\w*|raad|recomiend\w*|recomend\w*|aconsej\w*"
                r"|consigli\w*|sugger\w*|sugier\w*|suggest\w*|aconselh\w*|other|andere[nrs]?|autres?|otros?|altri|outros?|good|gute[nr]?|buen[oa]s?"
                r"|buon[oi]?|bons?|boas?|goede)\b")


#: A detail of her training asked (its certificate, price, dates, language, place), answered by its own FAQ entry.
_TRAINING_DETAIL = (r"\b(?:certif\w*|certs?|zertifi\w*|attestation\w*|diplom\w*|pri[xc]e?s?|preis\w*|precio\w*|prezz\w*|preco\w*|prij[sz]\w*|cost\w*|kost\w*"
                    r"|cout\w*|tarif\w*|when|quand|wann|cuando|quando|wanneer|next|prochaine?|nachste[nr]?|proxim[oa]|prossim[oa]|volgende"
                    r"|english|anglais|englisch|ingles|inglese|engels|online|distance|remote|cpf|opco|funding|financ\w*|forderung)\b")


def gives_training_q(note: str) -> bool:
    """Does the note ask whether she gives trainings at all, with the verb opening the question (:data:`_GIVES_TRAINING`)?

    >>> gives_training_q("¿Das formaciones o cursos?"), gives_training_q("Geef je zulke trainingen ook incompany?")
    (True, False)
    """
    return any(cre.search(_GIVES_TRAINING, q.strip()) and not cre.search(_RECOMMEND_Q, q) and not cre.search(_TRAINING_DETAIL, q)
               and not cre.search(_FOLLOW_UP, q) for q in cre.question_sentences(fold(note)))


def has_training_q(note: str) -> bool:
    """Does the note ask whether she has a training, a course or a longer version of her post (her own offer)?

    >>> has_training_q("heb je ook een training voor zzp'ers?"), has_training_q("Hast du einen guten Kurs, den du empfiehlst?")
    (True, False)
    """
    for q in cre.question_sentences(fold(note)):
        m = cre.search(_HAS_TRAINING, q)
        # ("… les tips sur Instagram … heb je ook een training?": only what follows the question's verb is asked)
        if m and not cre.search(_RECOMMEND_Q, q[m.start():]) and not cre.search(_TRAINING_DETAIL, q) and not cre.search(_FOLLOW_UP, q):
            return True
    return False


#: A question on her trainings themselves ("do your courses run in English?", "vos formations existent-elles à distance ?").
_YOUR_TRAINING_Q = (r"\b(?:your|vos|tes|tus|sus|vuestros|i tuoi|i suoi|le tue|le sue|os seus|os teus|as suas|as tuas|seus|suas|deine|ihre|je|jouw|uw)"
                    r" (?:[\w-]+ ){0,3}(?:trainings?|courses?|workshops?|formations?|cursos|formaciones|talleres|corsi|formazioni|formacoes"
                    r"|treinamentos|kurse|schulungen|workshops|trainingen|cursussen)\b")
#: The sender was there: "I attended", "j'ai suivi", "asistí", "ho seguito", "participei", "ich habe … besucht", "ik heb … gevolgd".
_WAS_THERE = (r"\b(?:attended|took|followed|was at|went to|joined|enjoyed|suivi|assiste|participe|asisti\w*|hice|segui|frequentat\w*"
              r"|seguito|partecipat\w*|fiz|assisti|participei|frequentei|besucht|teilgenommen|belegt|gevolgd|bijgewoond|deelgenomen"
              # "ik volgde vorig jaar je training", "deed mee aan je workshop", "war letztes Jahr in deinem Kurs": said in the past tense
              r"|volgde|volgden|deed (?:\w+ ){0,3}mee|meegedaan|war (?:\w+ ){0,2}(?:in|bei|beim|im) (?:deine|ihre)\w*"
              # "vi tu charla", "ho visto il tuo intervento", "saw your talk", "j'ai vu ta conférence": seen live, a past visit
              r"|vi (?:tu|su|a sua|o seu|sua|seu)|ho visto|saw (?:your|you)|watched|j'ai vu|(?:hab|habe) (?:\w+ ){0,3}gesehen|zag (?:je|jou|uw)\w*)\b")

#: A next course asked for by someone who took hers (folded): "a course for advanced learners?", "eine Aufbauschulung?",
#: "une formation de niveau avancé ?", "¿un curso avanzado?", "un corso di approfondimento?", "uma continuação?", "een vervolgtraining?"
#: ("quick follow-up question: which tool did you recommend?" is a question after the course, never a next course asked for).
_FOLLOW_UP = (r"\b(?:advanced|follow-?up(?! (?:questions?|q|query|queries|note|message|point))|une suite|(?:second|deuxieme) niveau|un seguito|una continuacion|next level|part (?:2|two|ii)|level (?:2|two)|niveau (?:2|avance)|avance\w*|approfondissement|perfectionnement"
              r"|fortgeschritten\w*|aufbau\w*|vertiefung\w*|teil (?:2|zwei)|avanzad\w*|de seguimiento|segunda parte|nivel (?:2|avanzado)"
              r"|avanzat\w*|approfondiment\w*|livello (?:2|avanzato)|avancad\w*|aprofundamento|continuacao|segundo modulo"
              r"|vervolg\w*|gevorderd\w*|verdieping\w*|deel (?:2|twee))\b")
#: Her answer to it: no fixed next level (her settings hold none), but a follow-up she builds on the course's subject,
#: one-to-one or for a small group, online too (informal, formal; "{on}" is the subject with its preposition, or "").
_FOLLOW_UP_LINE: dict[str, tuple[str, str]] = {
    "en": ("There's no advanced session scheduled at the moment, but I can put together a follow-up{on} that picks up where the training left off, one-to-one or for a small group, online too. Which topics would you like to dig into?",) * 2,
    "fr": ("Je n'ai pas de second niveau programmé pour l'instant, mais je peux te préparer une suite sur mesure{on}, en individuel ou en petit groupe, à distance si besoin. Sur quels points aimerais-tu aller plus loin ?",
           "Je n'ai pas de second niveau programmé pour l'instant, mais je peux vous préparer une suite sur mesure{on}, en individuel ou en petit groupe, à distance si besoin. Sur quels points aimeriez-vous aller plus loin ?"),
    "de": ("Einen festen Aufbaukurs gibt es nicht, aber ich kann dir eine Vertiefung{on} zusammenstellen, die dort weitermacht, wo die Schulung aufgehört hat, einzeln oder in einer kleinen Gruppe, auch online. Welche Themen möchtest du dir genauer ansehen?",
           "Einen festen Aufbaukurs gibt es nicht, aber ich kann Ihnen eine Vertiefung{on} zusammenstellen, die dort weitermacht, wo die Schulung aufgehört hat, einzeln oder in einer kleinen Gruppe, auch online. Welche Themen möchten Sie sich genauer ansehen?"),
    "es": ("No hay un segundo nivel fijo, pero puedo prepararte una continuación a medida{on}, que retome donde terminó la formación, individual o en grupo reducido, también en línea. ¿En qué temas te gustaría profundizar?",
           "No hay un segundo nivel fijo, pero puedo prepararle una continuación a medida{on}, que retome donde terminó la formación, individual o en grupo reducido, también en línea. ¿En qué temas le gustaría profundizar?"),
    "it": ("Non c'è un secondo livello fisso, ma posso prepararti un seguito su misura{on}, che riparta da dove si è fermato il corso, individuale o in piccolo gruppo, anche online. Su quali temi vorresti andare più a fondo?",
           "Non c'è un secondo livello fisso, ma posso prepararLe un seguito su misura{on}, che riparta da dove si è fermato il corso, individuale o in piccolo gruppo, anche online. Su quali temi vorrebbe andare più a fondo?"),
    "pt": ("Não há um segundo nível fixo, mas posso preparar-te uma continuação à medida{on}, que retome onde a formação parou, individual ou em grupo pequeno, também online. Em que temas gostarias de aprofundar?",
           "Não há um segundo nível fixo, mas posso preparar-lhe uma continuação à medida{on}, que retome onde a formação parou, individual ou em grupo pequeno, também online. Em que temas gostaria de aprofundar?"),
    "pt-BR": ("Não existe um segundo nível fixo, mas posso montar uma continuação sob medida{on}, que retome de onde o treinamento parou, individual ou em grupo pequeno, também online. Em quais temas você gostaria de se aprofundar?",) * 2,
    "nl": ("Een vaste vervolgtraining is er niet, maar ik kan een vervolg op maat{on} samenstellen dat verdergaat waar de training ophield, één-op-één of in een kleine groep, ook online. Op welke onderwerpen zou je dieper willen ingaan?",
           "Een vaste vervolgtraining is er niet, maar ik kan een vervolg op maat{on} samenstellen dat verdergaat waar de training ophield, één-op-één of in een kleine groep, ook online. Op welke onderwerpen zou u dieper willen ingaan?"),
}
#: The subject of the course taken, kept as written ("Instagram Ads", "SEO", "Google Ads"), with the preposition per language.
_COURSE_SUBJECT = (r"(?i)\b((?:instagram|facebook|meta|tiktok|linkedin|google|pinterest)[ -](?:ads|anzeigen|advertenties|annunci|anuncios)"
                   r"|seo|social ads|content[- ]strateg\w+|strat[ée]gie de contenu|estrat[ée]gia de conte[úu]dos?|estrategia de contenidos"
                   r"|strategia dei contenuti|google analytics|ga4)\b")
def _took_it(note: str) -> bool:
    """The sender took her course: "I attended", "ich habe … besucht", or her teaching praised ("super erklärt")."""
    return bool(cre.search(_WAS_THERE, fold(note)) or cre.search(_TOOK_IT, fold(note)))


#: A platform named alone in the question asked ("a follow-up on tiktok?"): the subject of the next course.
_PLATFORM_ASKED = r"(?i)\b(tiktok|instagram|facebook|linkedin|pinterest|youtube|google ads|meta ads)\b"
#: A question of the note, as written.
#: Her course taken, said without "attended": "über deinen Kurs … super erklärt", "explained so well", "echt top", "I loved your course".
_TOOK_IT = (r"\b(?:(?:super|so|tres|muy|molto|muito|echt|heel) (?:gut |bien |well |ben |bem |goed )?(?:erklart|explained|explique\w*|explicad\w*"
            r"|spiegat\w*|explicad\w*|uitgelegd)|(?:loved|liked|enjoyed) your (?:course|training|class))\b")
_COURSE_ON = {"en": " on {}", "fr": " sur {}", "de": " zu {}", "es": " sobre {}", "it": " dedicato a {}", "pt": " sobre {}", "nl": " over {}"}


#: After her training offer told to one learner: what they want to learn, then the format that fits (informal, formal).
_TRAIN_STEP: dict[str, tuple[str, str]] = {
    "en": ("Tell me what you'd like to learn and I'll tell you which format fits.", "Tell me what you would like to learn and I will tell you which format fits."),
    "fr": ("Dis-moi ce que tu aimerais apprendre, et je te dirai quel format convient.", "Dites-moi ce que vous aimeriez apprendre, et je vous dirai quel format convient."),
    "es": ("Cuéntame qué te gustaría aprender y te digo qué formato encaja.", "Cuénteme qué le gustaría aprender y le digo qué formato encaja."),
    "it": ("Dimmi cosa ti piacerebbe imparare e ti dico quale formato fa per te.", "Mi dica cosa Le piacerebbe imparare e Le dirò quale formato fa per Lei."),
    "de": ("Sag mir gern, was du lernen möchtest, dann sage ich dir, welches Format passt.", "Sagen Sie mir gern, was Sie lernen möchten, dann sage ich Ihnen, welches Format passt."),
    "pt": ("Diz-me o que gostarias de aprender e eu digo-te que formato se adequa.", "Diga-me o que gostaria de aprender e eu digo-lhe que formato se adequa."),
    "pt-BR": ("Me conta o que você gostaria de aprender e eu te digo qual formato combina.", "Me diga o que gostaria de aprender e eu digo qual formato combina."),
    "nl": ("Laat me weten wat je wilt leren, dan zeg ik welk format past.", "Laat me weten wat u wilt leren, dan zeg ik welk format past."),
}

#: No budget and a course to follow alone ("heb geen budget … een cursus die ik zelf kan volgen", "no budget … a course I can
#: follow myself"): free self-study pointers, never her paid training offer nor "tell me what you'd like to learn".
_NO_BUDGET = (r"\b(?:no|zero|without|pas de|sans|aucun|sin|senza|sem|kein\w*|ohne|geen|niet veel) (?:\w+ )?(?:budget|presupuesto|orcamento|verba|geld|money|argent|dinero|soldi|dinheiro)\b"
              r"|\b(?:no tengo|non ho|nao tenho|heb geen|hab kein\w*|habe kein\w*|n'ai pas de|have no|don't have (?:a|any))\s+(?:\w+ )?(?:budget|presupuesto|orcamento|verba)\b")
_ON_MY_OWN = (r"\b(?:myself|on my own|by myself|moi-meme|seule?|par moi-meme|yo mism[oa]|por mi cuenta|da sol[oa]|io stess[oa]|sozinh[oa]|por conta propria"
              r"|eu mesm[oa]|selbst|allein|zelf|in mijn eentje|self-?study|self-?paced|en autonomie|autodidact\w*)\b")
_SELF_STUDY: dict[str, tuple[str, str]] = {
    "en": ("With no budget, I'd learn it for free: start with your Google Business Profile (photos, hours, services, reviews from happy clients), which brings a local business the most clients from Google, then Google's free SEO Starter Guide for your site. My own trainings are paid, so that's the better start.",) * 2,
    "fr": ("Sans budget, je commencerais en autodidacte et gratuitement : ta fiche Google Business Profile (photos, horaires, services, avis de clients contents), c'est ce qui amène le plus de clients à un commerce local via Google, puis le guide de démarrage SEO gratuit de Google pour ton site. Mes formations sont payantes : c'est donc le meilleur départ.",
           "Sans budget, je commencerais en autodidacte et gratuitement : votre fiche Google Business Profile (photos, horaires, services, avis de clients contents), c'est ce qui amène le plus de clients à un commerce local via Google, puis le guide de démarrage SEO gratuit de Google pour votre site. Mes formations sont payantes : c'est donc le meilleur départ."),
    "es": ("Sin presupuesto, aprendería gratis: empieza por tu perfil de Google Business Profile (fotos, horarios, servicios, reseñas de clientes contentos), que es lo que más clientes trae a un negocio local desde Google, y luego la guía gratuita de introducción al SEO de Google para tu web. Mis formaciones son de pago, así que es el mejor comienzo.",
           "Sin presupuesto, aprendería gratis: empiece por su perfil de Google Business Profile (fotos, horarios, servicios, reseñas de clientes contentos), que es lo que más clientes trae a un negocio local desde Google, y luego la guía gratuita de introducción al SEO de Google para su web. Mis formaciones son de pago, así que es el mejor comienzo."),
    "it": ("Senza budget, imparerei gratis: parti dalla tua scheda Google Business Profile (foto, orari, servizi, recensioni di clienti contenti), che è ciò che porta più clienti da Google a un'attività locale, poi la guida introduttiva gratuita alla SEO di Google per il tuo sito. Le mie formazioni sono a pagamento: questo è il punto di partenza migliore.",
           "Senza budget, imparerei gratis: parta dalla Sua scheda Google Business Profile (foto, orari, servizi, recensioni di clienti contenti), che è ciò che porta più clienti da Google a un'attività locale, poi la guida introduttiva gratuita alla SEO di Google per il Suo sito. Le mie formazioni sono a pagamento: questo è il punto di partenza migliore."),
    "de": ("Ohne Budget würde ich kostenlos selbst lernen: zuerst dein Google-Unternehmensprofil (Fotos, Öffnungszeiten, Leistungen, Bewertungen zufriedener Kunden), das bringt einem lokalen Geschäft die meisten Kunden über Google, dann Googles kostenloser SEO-Startleitfaden für deine Website. Meine Schulungen sind kostenpflichtig, das ist also der bessere Start.",
           "Ohne Budget würde ich kostenlos selbst lernen: zuerst Ihr Google-Unternehmensprofil (Fotos, Öffnungszeiten, Leistungen, Bewertungen zufriedener Kunden), das bringt einem lokalen Geschäft die meisten Kunden über Google, dann Googles kostenloser SEO-Startleitfaden für Ihre Website. Meine Schulungen sind kostenpflichtig, das ist also der bessere Start."),
    "pt": ("Sem orçamento, aprenderia de graça: começa pelo teu perfil no Google Business Profile (fotos, horários, serviços, avaliações de clientes satisfeitos), que é o que traz mais clientes do Google a um negócio local, depois o guia gratuito de introdução ao SEO da Google para o teu site. As minhas formações são pagas, por isso este é o melhor começo.",
           "Sem orçamento, aprenderia de graça: comece pelo seu perfil no Google Business Profile (fotos, horários, serviços, avaliações de clientes satisfeitos), que é o que traz mais clientes do Google a um negócio local, depois o guia gratuito de introdução ao SEO da Google para o seu site. As minhas formações são pagas, por isso este é o melhor começo."),
    "pt-BR": ("Sem orçamento, eu aprenderia de graça: comece pelo seu Perfil da Empresa no Google (fotos, horários, serviços, avaliações de clientes satisfeitos), que é o que mais traz clientes do Google para um negócio local, depois o guia gratuito de introdução ao SEO do Google para o seu site. Meus treinamentos são pagos, então esse é o melhor começo.",) * 2,
    "nl": ("Zonder budget zou ik het gratis zelf leren: begin met je Google Bedrijfsprofiel (foto's, openingstijden, diensten, reviews van tevreden klanten), dat brengt een lokale zaak de meeste klanten via Google, daarna de gratis SEO-starterhandleiding van Google voor je site. Mijn trainingen zijn betaald, dus dit is de beste start.",
           "Zonder budget zou ik het gratis zelf leren: begin met uw Google Bedrijfsprofiel (foto's, openingstijden, diensten, reviews van tevreden klanten), dat brengt een lokale zaak de meeste klanten via Google, daarna de gratis SEO-starterhandleiding van Google voor uw site. Mijn trainingen zijn betaald, dus dit is de beste start."),
}


#: The same step when the learner's question names the subject ("do you offer 1:1 training so I can run my own Meta ads?"):
#: where they stand with it, never "tell me what you'd like to learn" after they said it (informal, formal; {s} the subject).
_TRAIN_STEP_ON: dict[str, tuple[str, str]] = {
    "en": ("Tell me where you stand with {s} today and I'll tell you which format fits.", "Tell me where you stand with {s} today and I will tell you which format fits."),
    "fr": ("Dis-moi où tu en es aujourd'hui côté {s}, et je te dirai quel format convient.", "Dites-moi où vous en êtes aujourd'hui côté {s}, et je vous dirai quel format convient."),
    "es": ("Cuéntame en qué punto estás hoy en {s} y te digo qué formato encaja.", "Cuénteme en qué punto está hoy en {s} y le digo qué formato encaja."),
    "it": ("Dimmi a che punto sei oggi in fatto di {s} e ti dico quale formato fa per te.", "Mi dica a che punto è oggi in fatto di {s} e Le dirò quale formato fa per Lei."),
    "de": ("Sag mir gern, wo du bei {s} gerade stehst, dann sage ich dir, welches Format passt.", "Sagen Sie mir gern, wo Sie bei {s} gerade stehen, dann sage ich Ihnen, welches Format passt."),
    "pt": ("Diz-me em que ponto estás hoje em {s} e eu digo-te que formato se adequa.", "Diga-me em que ponto está hoje em {s} e eu digo-lhe que formato se adequa."),
    "pt-BR": ("Me conta em que ponto você está hoje em {s} e eu te digo qual formato combina.", "Me diga em que ponto está hoje em {s} e eu digo qual formato combina."),
    "nl": ("Laat me weten waar je nu staat met {s}, dan zeg ik welk format past.", "Laat me weten waar u nu staat met {s}, dan zeg ik welk format past."),
}


#: Being found on Google told as the need (folded): "Sichtbarkeit bei Google", "vindbaarheid in Google", "visible sur Google",
#: "found on Google", "aparecer en Google", "visibilità su Google", "aparecer no Google".
_GOOGLE_NEED = (r"\b(?:sichtbarkeit|sichtbar|gefunden werden|vindbaarheid|vindbaar|gevonden worden|visibilite|visible|visibility|found|visibilidad|visible"
                r"|aparecer|visibilita|visibili|trovat[oaie]|visibilidade|encontrad[oa]s?)\b[^.!?]{0,20}\b(?:bei|in|op|sur|dans|on|in|en|su|no|na) google\b")
#: The step after her training offer when the need told is being found on Google: an SEO session on their own site (informal, formal).
_TRAIN_STEP_SEO: dict[str, tuple[str, str]] = {
    "en": ("For being found on Google, a one-to-one SEO session on your own site fits best: tell me when you'd like to start.",
           "For being found on Google, a one-to-one SEO session on your own site fits best: let me know when you would like to start."),
    "fr": ("Pour la visibilité sur Google, le plus adapté est une formation SEO en individuel sur ton propre site : dis-moi quand tu aimerais commencer.",
           "Pour la visibilité sur Google, le plus adapté est une formation SEO en individuel sur votre propre site : dites-moi quand vous aimeriez commencer."),
    "es": ("Para aparecer en Google, lo que mejor encaja es una formación SEO individual sobre tu propia web: dime cuándo te gustaría empezar.",
           "Para aparecer en Google, lo que mejor encaja es una formación SEO individual sobre su propia web: dígame cuándo le gustaría empezar."),
    "it": ("Per la visibilità su Google, la formula migliore è una formazione SEO individuale sul tuo sito: dimmi quando ti piacerebbe iniziare.",
           "Per la visibilità su Google, la formula migliore è una formazione SEO individuale sul Suo sito: mi dica quando Le piacerebbe iniziare."),
    "de": ("Für die Sichtbarkeit bei Google passt am besten eine SEO-Einzelschulung direkt an deiner Website: Sag mir gern, wann du starten möchtest.",
           "Für die Sichtbarkeit bei Google passt am besten eine SEO-Einzelschulung direkt an Ihrer Website: Sagen Sie mir gern, wann Sie starten möchten."),
    "pt": ("Para aparecer no Google, o mais indicado é uma formação de SEO individual sobre o teu próprio site: diz-me quando gostarias de começar.",
           "Para aparecer no Google, o mais indicado é uma formação de SEO individual sobre o seu próprio site: diga-me quando gostaria de começar."),
    "pt-BR": ("Para aparecer no Google, o ideal é um treinamento de SEO individual no seu próprio site: me conta quando você gostaria de começar.",
              "Para aparecer no Google, o ideal é um treinamento de SEO individual no seu próprio site: me diga quando gostaria de começar."),
    "nl": ("Voor vindbaarheid in Google past een één-op-één SEO-training op je eigen website het best: laat me weten wanneer je wilt beginnen.",
           "Voor vindbaarheid in Google past een één-op-één SEO-training op uw eigen website het best: laat u mij weten wanneer u wilt beginnen."),
}


#: The same step for a sender who told their own business ("I have a small coffee roastery", "ik heb een webshop").
_TRAIN_STEP_BIZ: dict[str, tuple[str, str]] = {
    "en": ("Tell me what you'd like to learn for your business and I'll tell you which format fits.", "Tell me what you would like to learn for your business and I will tell you which format fits."),
    "fr": ("Dis-moi ce que tu aimerais apprendre pour ton activité, et je te dirai quel format convient.", "Dites-moi ce que vous aimeriez apprendre pour votre activité, et je vous dirai quel format convient."),
    "es": ("Cuéntame qué te gustaría aprender para tu negocio y te digo qué formato encaja.", "Cuénteme qué le gustaría aprender para su negocio y le digo qué formato encaja."),
    "it": ("Dimmi cosa ti piacerebbe imparare per la tua attività e ti dico quale formato fa per te.", "Mi dica cosa Le piacerebbe imparare per la Sua attività e Le dirò quale formato fa per Lei."),
    "de": ("Sag mir gern, was du für dein Geschäft lernen möchtest, dann sage ich dir, welches Format passt.", "Sagen Sie mir gern, was Sie für Ihr Geschäft lernen möchten, dann sage ich Ihnen, welches Format passt."),
    "pt": ("Diz-me o que gostarias de aprender para o teu negócio e eu digo-te que formato se adequa.", "Diga-me o que gostaria de aprender para o seu negócio e eu digo-lhe que formato se adequa."),
    "pt-BR": ("Me conta o que você gostaria de aprender para o seu negócio e eu te digo qual formato combina.", "Me diga o que gostaria de aprender para o seu negócio e eu digo qual formato combina."),
    "nl": ("Laat me weten wat je voor je zaak wilt leren, dan zeg ik welk format past.", "Laat me weten wat u voor uw zaak wilt leren, dan zeg ik welk format past."),
}
#: The sender telling their own business (folded): "I have a small coffee roastery", "je gère une boutique", "tengo una tienda",
#: "ho una piccola torrefazione", "tenho uma lojinha", "ich habe eine Kaffeerösterei", "ik heb een webshop".
_OWN_BUSINESS = (r"\b(?:i (?:have|run|own|manage) (?:a|an|my)|j'ai (?:une?|ma|mon)|je (?:gere|dirige|tiens) (?:une?|ma|mon)|tengo (?:una?|mi)"
                 r"|llevo (?:una?|mi)|dirijo (?:una?|mi)|ho (?:una?|un'|il mio|la mia)|gestisco (?:una?|un'|il mio|la mia)|tenho (?:uma?|a minha|o meu)"
                 r"|ich (?:habe|hab|fuhre|leite|betreibe) (?:eine?n?|meine?n?)|ik (?:heb|run|leid|beheer|heb zelf) (?:een|mijn))"
                 r"(?! (?:\w+ )?(?:question|idee|idea|vraag|frage|domanda|pregunta|duvida|doubt|doute|dubbio))\b")
#: A training asked for a group ("for groups", "unos 25 alumnos", "une classe de 30 étudiants"): its size and month kept,
#: then the group's level and topics for a proposal, never "tell me what you'd like to learn" to whoever organises it.
_GROUP_Q = (r"\b(?:for (?:a )?groups?|pour (?:des |un )?groupes?|para (?:un )?grupos?|para (?:uma )?turmas?|per (?:un )?grupp[oi]"
            r"|fur (?:eine )?gruppen?|voor (?:een )?groep(?:en)?|(?:a|une|una|uma|eine|een) (?:class|classe|clase|turma|klasse|klas)\b"
            r"|\d{1,3} (?:students|learners|participants|people|etudiants|eleves|apprenants|personnes|alumnos|estudiantes|participantes"
            r"|personas|studenti|allievi|partecipanti|persone|alunos|estudantes|pessoas|studierende\w*|teilnehmende\w*|teilnehmer\w*"
            r"|schuler\w*|studenten|deelnemers|leerlingen|cursisten))\b")
_GROUP_COUNT = (r"\b(\d{1,3}) (students|learners|participants|people|étudiants|élèves|apprenants|personnes|alumnos|estudiantes|participantes"
                r"|personas|studenti|allievi|partecipanti|persone|alunos|estudantes|pessoas|studenten|deelnemers|leerlingen|cursisten)\b")
_GROUP_WHEN = r"(?i)^(?:en|in|im|em|ad|a|à|au|nel|no|na|dans|al|op|per|dès|from|starting|ab|vanaf|a partir de|à partir d[e'])\b"
_GROUP_STEP: dict[str, tuple[str, str, str]] = {  # (a group of N X, informal, formal)
    "en": ("a group of {n}", "For {grp}{when}, tell me the group's level and the topics you'd like covered, and I'll put together a tailored proposal.",
           "For {grp}{when}, tell me the group's level and the topics you would like covered, and I will put together a tailored proposal."),
    "fr": ("un groupe de {n}", "Pour {grp}{when}, dis-moi le niveau du groupe et les thèmes à travailler, et je te prépare une proposition sur mesure.",
           "Pour {grp}{when}, dites-moi le niveau du groupe et les thèmes à travailler, et je vous prépare une proposition sur mesure."),
    "es": ("un grupo de {n}", "Para {grp}{when}, cuéntame el nivel del grupo y los temas que queréis trabajar, y te preparo una propuesta a medida.",
           "Para {grp}{when}, cuénteme el nivel del grupo y los temas que desean trabajar, y le preparo una propuesta a medida."),
    "it": ("un gruppo di {n}", "Per {grp}{when}, dimmi il livello del gruppo e i temi da trattare, e ti preparo una proposta su misura.",
           "Per {grp}{when}, mi dica il livello del gruppo e i temi da trattare, e Le preparo una proposta su misura."),
    "pt": ("um grupo de {n}", "Para {grp}{when}, diz-me o nível do grupo e os temas a trabalhar, e preparo-te uma proposta à medida.",
           "Para {grp}{when}, diga-me o nível do grupo e os temas a trabalhar, e preparo-lhe uma proposta à medida."),
    "pt-BR": ("uma turma de {n}", "Para {grp}{when}, me conta o nível da turma e os temas a trabalhar, e eu preparo uma proposta sob medida.",
              "Para {grp}{when}, me diga o nível da turma e os temas a trabalhar, e eu preparo uma proposta sob medida."),
    "de": ("", "Für eure Gruppe{when}: Sag mir kurz das Niveau der Gruppe und die gewünschten Themen, dann stelle ich dir ein Angebot zusammen.",
           "Für Ihre Gruppe{when}: Sagen Sie mir kurz das Niveau der Gruppe und die gewünschten Themen, dann stelle ich Ihnen ein Angebot zusammen."),
    "nl": ("een groep van {n}", "Voor {grp}{when}: laat me het niveau van de groep en de gewenste onderwerpen weten, dan stel ik een voorstel op maat op.",
           "Voor {grp}{when}: laat u mij het niveau van de groep en de gewenste onderwerpen weten, dan stel ik een voorstel op maat op."),
}
_GROUP_BARE = {"en": "your group", "fr": "votre groupe", "es": "vuestro grupo", "it": "il vostro gruppo", "pt": "o vosso grupo",
               "pt-BR": "a sua turma", "nl": "jullie groep"}
_GROUP_BARE_FORMAL = {"fr": "votre groupe", "es": "su grupo", "it": "il Suo gruppo", "pt": "o seu grupo", "nl": "uw groep"}


def _group_step(note: str, facts: Facts, lang: str, informal: bool) -> str:
    """The next step after her training offer told to someone organising it for a group, or "" for one learner."""
    row = _GROUP_STEP.get(lang) or _GROUP_STEP.get(lang[:2])
    if not row or not cre.search(_GROUP_Q, fold(note)):
        return ""
    count = cre.search(_GROUP_COUNT, note, flags=re.IGNORECASE)
    if count and row[0]:
        grp = row[0].format(n=f"{count.group(1)} {count.group(2).lower()}")
    else:
        grp = (_GROUP_BARE if informal else _GROUP_BARE_FORMAL).get(lang) or _GROUP_BARE.get(lang, "")
    when = facts.when.strip() if facts.when and cre.search(_GROUP_WHEN, facts.when.strip()) and len(facts.when.split()) <= 4 else ""
    return row[1 if informal else 2].format(grp=grp, when=" " + when if when else "")


_CLIENT_STEP: dict[str, tuple[str, str]] = {
    "en": ("If you like, tell me a bit about your site and I'll tell you where I'd start.", "If you wish, tell me a little about your site and I will tell you where I would start."),
    "fr": ("Si tu veux, parle-moi un peu de ton site et je te dirai par où je commencerais.", "Si vous le souhaitez, parlez-moi un peu de votre site et je vous dirai par où je commencerais."),
    "es": ("Si quieres, cuéntame un poco de tu web y te digo por dónde empezaría.", "Si lo desea, cuénteme un poco de su web y le digo por dónde empezaría."),
    "it": ("Se vuoi, raccontami un po' del tuo sito e ti dico da dove partirei.", "Se desidera, mi racconti un po' del suo sito e le dirò da dove partirei."),
    "de": ("Wenn du magst, erzähl mir kurz von deiner Website, dann sage ich dir, wo ich anfangen würde.", "Wenn Sie mögen, erzählen Sie mir kurz von Ihrer Website, dann sage ich Ihnen, wo ich anfangen würde."),
    "pt": ("Se quiseres, fala-me um pouco do teu site e digo-te por onde começaria.", "Se quiser, fale-me um pouco do seu site e digo-lhe por onde começaria."),
    "pt-BR": ("Se quiser, me conta um pouco do seu site que eu digo por onde começaria.", "Se quiser, conte-me um pouco sobre o seu site e eu digo por onde começaria."),
    "nl": ("Als je wilt, vertel me kort iets over je site, dan zeg ik je waar ik zou beginnen.", "Als u wilt, vertel me kort iets over uw site, dan zeg ik u waar ik zou beginnen."),
}

#: Her client's next step when the note speaks of one social account and no site (informal, formal; {ch} the channel):
#: "our Instagram sales have been flat. One-off consultations or longer engagements?" asks about the account, never "your site".
_CLIENT_STEP_SOCIAL: dict[str, tuple[str, str]] = {
    "en": ("If you like, tell me a bit about your {ch} account and I'll tell you where I'd start.", "If you wish, tell me a little about your {ch} account and I will tell you where I would start."),
    "fr": ("Si tu veux, parle-moi un peu de ton compte {ch} et je te dirai par où je commencerais.", "Si vous le souhaitez, parlez-moi un peu de votre compte {ch} et je vous dirai par où je commencerais."),
    "es": ("Si quieres, cuéntame un poco de tu cuenta de {ch} y te digo por dónde empezaría.", "Si lo desea, cuénteme un poco de su cuenta de {ch} y le digo por dónde empezaría."),
    "it": ("Se vuoi, raccontami un po' del tuo profilo {ch} e ti dico da dove partirei.", "Se desidera, mi racconti un po' del suo profilo {ch} e le dirò da dove partirei."),
    "de": ("Wenn du magst, erzähl mir kurz von deinem {ch}-Account, dann sage ich dir, wo ich anfangen würde.", "Wenn Sie mögen, erzählen Sie mir kurz von Ihrem {ch}-Account, dann sage ich Ihnen, wo ich anfangen würde."),
    "pt": ("Se quiseres, fala-me um pouco da tua conta de {ch} e digo-te por onde começaria.", "Se quiser, fale-me um pouco da sua conta de {ch} e digo-lhe por onde começaria."),
    "pt-BR": ("Se quiser, me conta um pouco do seu perfil no {ch} que eu digo por onde começaria.", "Se quiser, conte-me um pouco sobre o seu perfil no {ch} e eu digo por onde começaria."),
    "nl": ("Als je wilt, vertel me kort iets over je {ch}-account, dan zeg ik je waar ik zou beginnen.", "Als u wilt, vertel me kort iets over uw {ch}-account, dan zeg ik u waar ik zou beginnen."),
}
#: One social account named (folded) ...
_SOCIAL_ACCOUNT = r"\b(instagram|insta|tiktok|facebook|pinterest)\b"
#: ... and a site, a shop or search named beside it (folded): then the site stays the next step.
_SITE_NAMED = r"\b(?:site|sites|website|web|webshop|e-?shop|shop|boutique en ligne|tienda online|negozio online|loja online|onlineshop|seo|google)\b"


def _client_step(note: str, lang: str, informal: bool) -> str:
    """A client's next step after her two ways of working: their account when the note names only a social one, else their site."""
    folded = fold(note)
    social = cre.search(_SOCIAL_ACCOUNT, folded)
    table = _CLIENT_STEP_SOCIAL if social and not cre.search(_SITE_NAMED, folded) else _CLIENT_STEP
    pair = table.get(lang) or table.get(lang[:2], ("", ""))
    name = {"insta": "Instagram", "tiktok": "TikTok"}.get(social.group(1), social.group(1).capitalize()) if social else ""
    return pair[0 if informal else 1].format(ch=name)


#: A question whether she works with or for agencies (folded): "do you work with agencies?", "tu bosses avec des agences ?",
#: "travaillez-vous en sous-traitance pour des agences ?", "arbeitest du auch für Agenturen?", "werk je ook voor bureaus?",
#: "¿trabajas con agencias?", "lavori con le agenzie?", "trabalha com agências?".
_FOR_AGENCIES = (r"\b(?:work|works|working|freelance|partner|collaborate|subcontract|travailles?|travaillez|bosses?|bossez|collabores?|collaborez"
                 r"|sous-trait\w*|arbeitest|arbeiten|arbeitet|werk|werkt|trabajas?|colaboras?|trabalhas?|lavori|lavora|collabori|collabora)\b"
                 r"[^.!?\n]{0,40}\b(?:agencies|agences|agencias|agenzie|agenturen|agencias|bureaus|marketingbureaus|reclamebureaus|webbureaus)\b")
#: An agency's next step after her yes: a short call on their project and how they work with freelancers (informal, formal).
_FOR_AGENCIES_STEP: dict[str, tuple[str, str]] = {
    "en": ("Shall we have a short call next week about the project you have in mind and how you work with freelancers?",
           "Would a short call next week suit you, about the project you have in mind and how you work with freelancers?"),
    "fr": ("On s'appelle rapidement la semaine prochaine pour parler du projet que tu as en tête et de votre façon de travailler avec les freelances ?",
           "Je vous propose un court appel la semaine prochaine pour parler du projet que vous avez en tête et de votre façon de travailler avec les freelances."),
    "es": ("¿Hacemos una llamada corta la semana que viene y me cuentas el proyecto que tienes en mente y cómo trabajáis con freelances?",
           "¿Le parece que hagamos una llamada breve la semana que viene para hablar del proyecto que tiene en mente y de cómo trabajan con freelances?"),
    "it": ("Ti va una breve call la settimana prossima per parlare del progetto che hai in mente e di come lavorate con i freelance?",
           "Le andrebbe una breve call la settimana prossima per parlare del progetto che ha in mente e di come lavorate con i freelance?"),
    "de": ("Sollen wir nächste Woche kurz telefonieren? Dann erzählst du mir von dem Projekt, das du im Sinn hast, und wie ihr mit Freelancern arbeitet.",
           "Sollen wir nächste Woche kurz telefonieren? Dann erzählen Sie mir von dem Projekt, das Sie im Sinn haben, und wie Sie mit Freelancern arbeiten."),
    "pt": ("Fazemos uma chamada curta na próxima semana para me contares o projeto que tens em mente e como trabalham com freelancers?",
           "Podemos fazer uma chamada curta na próxima semana para me contar o projeto que tem em mente e como trabalham com freelancers?"),
    "pt-BR": ("Que tal uma ligação rápida na semana que vem para você me contar o projeto que tem em mente e como vocês trabalham com freelancers?",
              "Podemos fazer uma ligação rápida na semana que vem para conversarmos sobre o projeto que tem em mente e como trabalham com freelancers?"),
    "nl": ("Zullen we volgende week kort bellen over het project dat je in gedachten hebt en hoe jullie met freelancers werken?",
           "Zullen we volgende week kort bellen over het project dat u in gedachten heeft en hoe u met freelancers werkt?"),
}

#: A phrase of the owner's FAQ that names the funding of a training (CPF, OPCO, FUNDAE, Bildungsgutschein, "finançable").
_FUNDING_PHRASE = r"\b(?:cpf|opco|fundae|bildungsgutschein|financ\w*|finanz\w*|forderfahig|forderung|gefordert|fundable|funded|funding|bonificable|subsidie\w*|vergoed)\b"


def _course_tip(note: str, pick: str, settings: Settings, lang: str, stage: str) -> str:
    """The owner's answer on which course to take, asked beside a question her facts answer: read with what the note says
    before it and with the sender's career stage ("soy junior y quiero especializarme en SEO. ¿Qué formación me
    recomendarías?" gets her SEO courses, never every certification by the job aimed at); the question alone otherwise."""
    told = note[:note.find(pick) + len(pick)] if pick in note else pick
    if not cre.search(_SPECIALISING, fold(told)) and not cre.search(_FIELD_NAMED, fold(pick)) and cre.search(_FIELD_NAMED, fold(told)):
        # "tenho uma lojinha … queria aprender sobre SEO, vc tem algum curso em português ou recomenda algum material?": the
        # field told before a question that names none is the one to learn, never the courses for a job sought
        return faq.match(told, settings.answers, lang) or faq.match(pick, settings.answers, lang)
    if not cre.search(_SPECIALISING, fold(told)):
        return faq.match(pick, settings.answers, lang)  # "ich will ins Online-Marketing": no field of its own, the course asked
    return faq.match(told, settings.answers, lang, stage=stage) or faq.match(pick, settings.answers, lang)


#: One of her fields named (folded): the subject a course is asked for ("aprender sobre SEO", "Google Ads lernen").
_FIELD_NAMED = (r"\b(?:seo|referencement|posicionamiento|posizionamento|posicionamento|suchmaschinenoptimierung|zoekmachineoptimalisatie"
                r"|google ads|adwords|meta ads|facebook ads|instagram ads|social ads|sea|content ?marketing)\b")
#: A course or material asked to be recommended, without "which" (folded): "recomenda algum material?", "me puedes recomendar
#: algún curso?", "Tem algum curso ou material que você indica?", "can you recommend a course?", "tu me conseilles une formation ?".
_COURSE_REC = (r"\b(?:recommend\w*|recommand\w*|conseill\w*|recomiend\w*|recomend\w*|aconsej\w*|consigl\w*|aconselh\w*|empfehl\w*|empfiehl\w*|aanrad\w*|indica|indicas|indicaria|indichi)\b"
               r"[^?]{0,40}\b(?:courses?|cours|formations?|cursos?|corsi|corso|kurse?|cursus\w*|materia(?:l|is|les|le|li|aal)|ressources?|resources?|recursos?|risorse)\b"
               r"|\b(?:courses?|cours|formations?|cursos?|corsi|corso|kurse?|cursus\w*|materia(?:l|is|les|le|li|aal)|ressources?|resources?|recursos?|risorse)\b"
               r"[^?]{0,40}\b(?:recommend\w*|recommand\w*|conseill\w*|recomiend\w*|recomend\w*|aconsej\w*|consigl\w*|aconselh\w*|empfehl\w*|empfiehl\w*|aanrad\w*|indica|indicas|indicaria|indichi)\b")
#: Tips wished for in a statement (folded): "queria umas dicas de por onde começar", "I'd love some tips on where to start",
#: "j'aimerais quelques conseils pour démarrer", "me gustaría algún consejo", "ich hätte gern ein paar Tipps", "ik zou graag wat tips".
#: Mentoring asked as her offer ("bietest du auch Mentoring an?", "do you offer mentoring?", "offri anche mentoring?"),
#: not a mentoring chat wished beside a question on her own path ("würde mich über ein Mentoring-Gespräch freuen – wie bist
#: du Freelancerin geworden?").
_MENTORING_OFFER_ASKED = (r"\b(?:do you (?:also |still )?(?:offer|do|give|provide|run)|are you (?:also )?(?:offering|doing)|bietest du|bieten sie"
                          r"|gibst du|geben sie|machst du|machen sie|offr[ie]s?|fai anche|fa anche|ofreces|ofrece|haces|hace usted"
                          r"|ofereces|oferece|fazes|voce faz|bied je|biedt u|doe je|doet u|geef je|geeft u|proposes|proposez|fais-tu"
                          r"|faites-vous|tu fais|vous faites|tarif\w*|prix|price\w*|cost\w*|preis\w*|kost\w*|prezz\w*|precio\w*|preco\w*|prijs\w*"
                          r"|quanto|cuanto|combien|wie ?viel|hoeveel)\b")
_TIPS_WISHED = (r"\b(?:queria|gostaria(?: de)?|adoraria|quisiera|me gustaria|me encantaria|vorrei|mi piacerebbe|mi farebbe piacere|j'aimerais|je voudrais"
                r"|i'd love|i would love|i'd like|i would like|would love|i'd appreciate|ich hatte gern\w*|ich wurde mich uber|ich freue mich uber|ik zou graag|ik wil graag"
                r"|ik zou blij zijn met)\b[^.!?\n]{0,30}\b(?:dicas?|tips?|tipps?|consejos?|consigli\w*|conseils?|advice|pointers|conselhos?|advies|raad|ratschlag\w*)\b")

#: A field the sender wants to specialise in or move to (folded): "quiero especializarme en SEO", "voglio passare alla SEO".
_SPECIALISING = (r"\b(?:speciali[sz]\w*|specializz\w*|especializ\w*|spezialisier\w*|specialiser\w*|passer (?:au|a la|en)"
                 r"|passare (?:al|alla)|pasar al?|mudar para|switch(?:ing)? to|move into|moving into|in richtung|richting)\b")


#: Her help asked for a business (folded): "could you help us with", "pourriez-vous nous aider", "¿podría ayudarnos?",
#: "poderia nos ajudar", "potrebbe aiutarci", "könnten Sie uns helfen", "zou u ons kunnen helpen".
_HELP_US_Q = (r"\b(?:(?:could|can|would) you (?:possibly )?help (?:us|me)|(?:pourriez|pouvez)-vous (?:nous|m') aider|(?:pourrais|peux)-tu (?:nous|m') aider"
              r"|(?:podria|podrias|puede|puedes) ayudar(?:nos|me)|(?:me |nos )?(?:poderia|podia|pode|podes) (?:nos |me )?ajudar|(?:potrebbe|potresti|puo|puoi) aiutar(?:ci|mi)"
              r"|(?:konnten|konnen|wurden) sie (?:uns|mir) (?:\w+ ){0,6}?helfen|(?:kannst|konntest) du (?:uns|mir) (?:\w+ ){0,6}?helfen"
              r"|(?:zou|kunt|kun|wil) (?:u|jij|je) (?:ons|mij|me) (?:\w+ ){0,6}?helpen)\b")


#: A minimum or starting budget asked (folded), in a question or a "don't know which … makes sense": "orçamento mínimo",
#: "presupuesto mínimo", "minimum budget", "budget minimum", "Mindestbudget", "minimumbudget", "budget minimo".
_MIN_SPEND = (r"\b(?:(?:orcamento|presupuesto|budget|inversion|investimento) (?:\w+ )?(?:minimo|minimum|minimal|inicial|initial|iniziale|de depart|de partida)"
              r"|(?:minimum|minimal|starting|initial|minimo|minima) (?:ad |ads |advertising |daily |monthly )?budget|mindestbudget|minimalbudget|minimumbudget|startbudget"
              r"|einstiegsbudget|anfangsbudget|instapbudget|beginbudget|minimale budget|minimaal budget|minimo de (?:orcamento|presupuesto|inversion|investimento))\b")
#: TikTok and LinkedIn have their own minimum-spend answers in the FAQ (a TikTok ad group, a LinkedIn click): never the
#: generic first-test figure for them.
_OWN_PLATFORM_SPEND = r"\b(?:tiktok|linkedin)\b"
#: A budget wondered about without a question mark: "no sé qué presupuesto mínimo tiene sentido".
_UNSURE = (r"\b(?:no se|nao sei|non so|(?:i )?(?:don't|dont|do not) know|je ne sais pas|je sais pas|weiss nicht|weet niet"
           r"|wondering|me pregunto|mi chiedo|pergunto|frage mich|vraag me af|je me demande)\b")
#: The sender's own ads, where that budget goes (folded).
_OWN_ADS = (r"\b(?:ads|advertising|advertenties|adverteren|anuncios?|publicidad|annunci|inserzioni|pubblicita|werbung|anzeigen|pubs?"
            r"|publicites?|campagnes?|campaigns?|campanas?|campanhas?|kampagnen?)\b")


#: Her own engagement priced ("quel budget minimum pour travailler avec vous ?", "minimum budget to work with you?"): her
#: price, never the ad spend (folded).
_WITH_HER = (r"\b(?:work|travailler|trabajar|lavorare|arbeiten|werken|trabalhar|collaborer|collaborare|colaborar|samenwerken|zusammenarbeiten)"
             r" (?:with|avec|con|mit|met|com) (?:you|vous|toi|te|ti|usted|lei|dir|ihnen|jou|u|voce|vc|contigo|consigo)\b"
             r"|\b(?:your|vos|votre|tes|tus|sus|i tuoi|i suoi|deine|ihre|je|uw|seus|teus) (?:fees?|rates?|tarifs?|tarifas|honorar\w*|tariff\w*|prezzi|precios|precos)\b")
#: Where a clause starts, before the budget asked: "…, pero no sé qué presupuesto mínimo …".
_CLAUSE_CUT = r"[,;:]|\b(?:pero|but|mais|ma|mas|aber|maar)\b"


def _ad_spend_question(note: str) -> str:
    """The sentence asking the minimum or starting budget of the sender's own ads, or "".

    >>> _ad_spend_question("Quero começar com anúncios no Instagram. Qual seria o orçamento mínimo razoável?")
    'Qual seria o orçamento mínimo razoável?'
    """
    if not cre.search(_OWN_ADS, fold(note)) or cre.search(_OWN_PLATFORM_SPEND, fold(note)):
        return ""
    sentence = next((note[a:b].strip() for a, b in _nf_sentences(note) if cre.search(_MIN_SPEND, fold(note[a:b]))), "")
    if not sentence or cre.search(_WITH_HER, fold(sentence)) or not ("?" in sentence or cre.search(_UNSURE, fold(sentence))):
        return ""  # "tu newsletter sobre el presupuesto mínimo me ahorró dinero": thanks, nothing asked
    # ("… y quiero empezar con anuncios pero no sé qué presupuesto mínimo tiene sentido.": the clause that asks it, as a question)
    # (fold keeps the length of the text here: accents only)
    at = cre.search(_MIN_SPEND, fold(sentence))
    cuts = [c.end() for c in cre.finditer(_CLAUSE_CUT, fold(sentence)[:at.start()])] if at else []
    return sentence[cuts[-1] if cuts else 0:].strip().rstrip(".! ") + ("" if sentence.endswith("?") else "?")


#: "vaut-il mieux A ou B ?", "is it better to … or …?", "¿es mejor … o …?", "è meglio … o …?", "ist es besser … oder …?"
#: (folded): which of two to pick, a choice weighed in her answer, never a yes/no left to a call.
_BETTER_Q = (r"\b(?:vaut[- ]il mieux|vaut mieux|faut[- ]il mieux|is it better|would it be better|(?:are|is) we better|better to|es mejor|seria mejor"
             r"|conviene mas|e meglio|sarebbe meglio|e melhor|seria melhor|ist es besser|ware es besser|is het beter|zou het beter)\b")


def _better_choice(facts: Facts, note: str) -> bool:
    """Whether the note's question asks which of two options is better ("vaut-il mieux investir dans le SEO ou dans
    les pubs ?"), read as a yes/no question but answered by weighing the two."""
    return facts.qkind == "choice" and bool(cre.search(_BETTER_Q, fold(facts.question or _last_question(note) or "")))


def _faq_answer(name: str, facts: Facts, note: str, context: Mapping[str, Any], settings: Settings, *, lang: str) -> str:
    """The owner's own answer (the ``answers`` setting, :mod:`faq`) to the question the note asks, or "" when the
    note asks something else: a job, a price, an interview, a proposal, "do you do X?", or a call asked for."""
    if not note or not settings.answers or context.get("known"):
        return ""
    if cre.search(_FOR_AGENCIES, fold(facts.question or _last_question(note) or "")) and not facts.proposal and not facts.price:
        # "Do you work with agencies?", "tu bosses avec des agences ?", "werk je ook voor bureaus?": an agency asking
        # whether she works for agencies gets her own yes (freelance, white label), whatever the intent judged, never a
        # client's call "about your goals and budget"
        text = faq.match(note, settings.answers, lang)
        if text:
            return text
    if (cre.search(_META_ADS_SPENT, fold(note)) and cre.search(_NO_RETURN, fold(note))
            or cre.search(_ADS_SUM_SPENT, fold(note)) and cre.search(_FEW_SALES, fold(note)) and cre.search(_META_NAMED, fold(note))) \
            and not (facts.price or facts.yes_q or facts.proposal):
        # ("j'ai lu votre post sur les erreurs en pub Facebook … 300€ dépensés, 0 vente. Par où je commence ?", "spent $500 on
        # ads with 2 sales. What should I fix first?": a sum spent on the Meta ads the note names, next to no or a handful of sales)
        # "to gastando mto com anuncio no insta sem retorno. oq vc acha q to fazendo errado?": the sender's own Meta ads that
        # spend without selling get the usual causes to check (offer, audience, creative, page, Pixel), never "tell me your
        # budget", whatever the intent judged (a seller would say "you", never "I'm spending"); her consulting or its price
        # asked with it ("vc faz consultoria? quanto custa?") keeps the yes and the price
        tip = quickq.in_register(_ADS_LEAK_TIP, lang, bool(context.get("informal")))
        if cre.search(_MARKETPLACE_SHOP, fold(note)):
            # "Je vends des bijoux sur Etsy": a marketplace shop holds no Pixel of hers, so the Pixel check is left out
            tip = tip.rsplit(". ", 1)[0] + "."
        return tip
    spend = _ad_spend_question(note)
    if spend and not facts.pitch and not facts.proposal:
        # "Faz formações para fundadores? Qual seria o orçamento mínimo razoável?", "no sé qué presupuesto mínimo tiene
        # sentido": the minimum (or starting) budget of the sender's own ads is her first-test ad spend, whatever else is
        # asked with it or the intent judged, never her training quote
        text = faq.match(spend, settings.answers, lang)
        if text:
            return text
    if name in ("recruiting", "sales_pitch"):
        return ""
    if facts.client and cre.search(_HELP_US_Q, fold(facts.question or _last_question(note) or "")):
        # "Zou u ons kunnen helpen met SEO voor de Franse markt?", "Could you help us with SEO for France?": a prospect asking
        # for her help gets her yes and a call, never unsolicited tips
        return ""
    if facts.helped and not facts.question and "?" not in note and not faq.wants_maps(note):
        # "je tips over lokale SEO hebben mijn webshop echt vooruit geholpen 🙏": her tips already worked, a thank-you that
        # asks nothing, glad it helped, never a lecture on the basics of what they put into practice ("me pareció súper útil
        # … quiero aparecer mejor en Google Maps" asks all the same: the wish is answered)
        return ""
    if name == "client" and (facts.team or facts.trainee) and facts.service == "training" and not facts.price:
        # "renforcer les compétences de mon équipe … en intra ?", "interessiere mich für Ihre Trainings. Gibt es Termine?": her
        # training's yes, never the learner's "which skills or certification first"
        return ""
    # "On était à la formation Google Ads ensemble, tu te souviens ?": a "do you remember?" asks nothing to answer; the
    # course it names is a memory, never a question on which course to take
    recalled = cre.sub(_RECALL_Q, ".", note, flags=re.IGNORECASE)
    if recalled != note and name == "met_before" and not facts.question and not facts.ask:
        return ""
    book = quickq.reading(lang, note) if facts.request not in ("interview", "comment", "jury") else ""
    if book:
        # "Hast du eine Buchempfehlung für den Einstieg?": a book asked for gets a reading answer, never the advice on
        # degrees or portfolios an "Einstieg" would match; the owner's own answer stays when it names a book itself
        own = faq.match(note, settings.answers, lang)
        # ("Skillshop", "the SEO Starter Guide", "Semrush Academy": her own answer names what she recommends reading)
        # (never the 'breaking into the field' answer, whose certification is beside a portfolio, not a reading)
        return own if own and cre.search(quickq.BOOK + r"|skillshop|blueprint|semrush|ahrefs|starter|leitfaden|handleiding|guide|guida|guia|search central|screaming frog", fold(own)) \
            and not cre.search(_PORTFOLIO_SAID, fold(own)) and not cre.search(_COURSE_PICK_SAID, fold(own)) else book
    if name == "client" and not facts.price and cre.search(_HOW_YOU_WORK, fold(_last_question(note) or note)):
        # "On aimerait se faire accompagner sur nos campagnes LinkedIn Ads. Quel est votre mode de fonctionnement ?": a
        # prospect asking how she works gets her own account of it (even when the note reads as a proposal), then a call
        # ("Me gustaría conocer tu forma de trabajar.": asked without a question mark, matched as the question it is)
        text = faq.match(note, settings.answers, lang) or faq.match(note.rstrip(" .!") + " ?", settings.answers, lang)
        if text:
            return text
    if facts.yes_q and name == "client" and not facts.proposal and not facts.price:
        # "do you offer audits as a one-off, or only retainers?": a choice between two ways she works, both halves
        # answered from her settings, never a bare "yes, I do audits"
        text = faq.weighed(note, settings.answers, lang)
        if text:
            return text
    if facts.yes_q and facts.service == "training" and not facts.team and not facts.proposal and not facts.price \
            and facts.ask not in ("call", "meet"):
        # "¿sigues dando el curso de Meta Ads?", "organisez-vous des formations en Belgique ?": whether she runs trainings
        # is a question on her offer, answered with her own account of it (topics, online or on site, languages), never a
        # bespoke proposal pushed at one learner
        # "heb je ook een training …?", "do you have a course on this?": asked in words her settings' phrases may not hold,
        # or that a which-course answer would catch; her training offer all the same
        # (a shop owner's "fai anche formazione?" never gets a learner's which-course answer: the stage picks the entry)
        offer = faq.match("Do you offer trainings?", settings.answers, lang) if has_training_q(note) or gives_training_q(note) else ""
        text = faq.match(note, settings.answers, lang, stage="founder" if cre.search(career.OPENED_SHOP, fold(note)) else str(context.get("career_stage") or ""))
        if facts.client and gives_training_q(note) and not has_training_q(note) and text != offer:
            # "¿Das formaciones o cursos?" from a shop owner read as a client: whether she gives trainings at all, answered
            # by her yes to the service and the call to shape one, never the courses she would recommend on the subject named
            return ""
        text = offer or text
        if text:
            return text
    if facts.proposal or facts.request in ("interview", "comment", "jury", "mentor", "trial") or facts.cv \
            or (facts.price and cre.search(_HER_PRICE, fold(note))) or ((facts.yes_q or facts.shall_we) and not _better_choice(facts, note)) \
            or facts.qkind in ("send", "share", "permission", "visit") \
            or facts.ask in ("interns", "intro", "feedback", "questions", "proposal", "call", "meet", "services"):
        return ""
    if cre.search(_MEETING_ASK, cre.sub(_OWN_VENUE, " ", fold(_last_question(note)))):
        return ""  # "Zou je een kort kennismakingsgesprek willen doen?": the call asked for is the answer
    if facts.funding:
        # "vos formations SEO sont-elles prises en charge par l'OPCO ?": her training's funding, never a learner's course
        # list; her own answer on funding (and the next dates, when asked with it) when her settings hold one
        funded = [e for e in settings.answers if any(cre.search(_FUNDING_PHRASE, fold(p)) for p in [*e.get("when", []), *e.get("also", [])])]
        money = faq.match(note, funded, lang) if funded else ""
        # "Quelle formation me conseilleriez-vous pour commencer ? Sont-elles finançables par le CPF ?": the course asked
        # for is answered too (her own answer on which course to take), before the funding
        picks = [q for q in cre.question_sentences(note) if cre.search(_COURSE_PICK, fold(q)) and not cre.search(_FUNDING_PHRASE, fold(q))]
        unfunded = [e for e in settings.answers if e not in funded]
        stage = str(context.get("career_stage") or "")
        # ("Par quelle formation commencer ?", "¿con qué curso empiezo?": a course to pick, however it is asked, is the
        # course she would recommend, the word her course answers are found by)
        asked_pick = f"{picks[0].rstrip('? ')}, recommend?" if picks else ""
        first = (faq.match(asked_pick, unfunded, lang, stage=stage) or faq.match(note, unfunded, lang, stage=stage)) if picks and money else ""
        return f"{first} {money}" if first and len(first) + len(money) < 470 else money
    if cre.search(_NO_SALES, fold(note)) and not cre.search(_MARKETPLACE, fold(note)):
        # "my shopify store gets traffic but no sales, any tip?": visitors who do not buy is conversion (product pages,
        # trust, checkout), never the SEO that would only bring more of them
        return _CONVERSION_TIP[lang if lang in _CONVERSION_TIP else lang[:2]][0 if context.get("informal") else 1]
    question = facts.question or _last_question(note)
    options = facts.options or choice_options(question)
    if quickq.generic_choice(options):
        options = []  # "tips voor een goede opleiding of certificering?": which course to take, never a choice between kinds
    note = _faq_cues(note) if name != "job_seeking" else note
    text = faq.match(note, settings.answers, lang, [] if name == "job_seeking" and _lead_choice(options, question) else options,
                     stage=str(context.get("career_stage") or ""))
    if not text and name in ("job_seeking", "ask_for_help") and facts.ask == "advice" and career.worked_junior(note):
        # "1 jaar ervaring met Google Ads … tips hoe ik mijn profiel sterker kan maken?": a job seeker with a year or two in
        # the trade gets her answer for a job search with experience (that experience put first), never only "I'll tell you
        # where I'd start"
        text = faq.match(note, settings.answers, lang, options, stage="experienced")
    if not text and name == "job_seeking" and facts.ask == "recommend" and cre.search(_JOB_PLACE, fold(note)) \
            and not quickq.subject(question)[0].startswith("scene"):
        # "Ik spreek Frans en wil naar Lyon verhuizen. Weet u bedrijven die iemand zoeken?": the place told in the sentence
        # before "companies hiring?" is where they look, and gets her tip on where to look there, never only "send your CV"
        # (an agency search asked in so many words keeps its own search tip, quickq's "scene")
        placed = faq.match(cre.sub(_SENTENCE_END, ", ", note), settings.answers, lang, stage=str(context.get("career_stage") or ""))
        # (only her answer about that place: a tool the note names in passing is no question asked)
        text = placed if cre.search(_JOB_PLACE, fold(placed)) else ""
    return budget.fit_to_budget(text, note if facts.amount else "", lang)


#: "si può fare anche con Shopify?", "does it work on WordPress too?", "geht das auch mit Shopify?" (folded): whether the advice
#: holds on a site builder too, a yes/no the answer must say in so many words.
_PLATFORM_TOO = (r"\b(?:(?:also|too|aussi|egalement|tambien|anche|tambem|auch|ook)\s+(?:\w+\s+)?(?:with|on|in|for|avec|sur|sous|con|en|su|per|com|em|no|na|mit|bei|fur|met|op|voor)"
                 r"|(?:with|on|avec|sur|con|su|com|em|no|na|mit|met|op)\s+)\s*(shopify|woocommerce|wordpress|wix|prestashop|squarespace|webflow)\b"
                 r"(?:\s+(?:too|also|aussi|tambien|anche|tambem|auch|ook))?\s*\?")
_PLATFORM_ASKED_TOO = r"\b(?:too|also|aussi|egalement|tambien|anche|tambem|auch|ook)\b"
#: "Yes, on Shopify too:" in the reply's language, before the answer.
_BRAND_CASE = {"woocommerce": "WooCommerce", "wordpress": "WordPress", "prestashop": "PrestaShop"}
_PLATFORM_YES = {"en": "Yes, it works on {} too. ", "fr": "Oui, ça marche aussi sur {}. ", "es": "Sí, también funciona en {}. ",
                 "it": "Sì, funziona anche su {}. ", "de": "Ja, das geht auch mit {}. ", "pt": "Sim, também funciona no {}. ",
                 "nl": "Ja, dat werkt ook op {}. "}


def _platform_yes(answer: str, note: str, lang: str) -> str:
    """The answer led by "yes, on Shopify too" when the note asks whether it works on a site builder too.

    >>> _platform_yes("Per un negozio, la SEO parte dalle schede prodotto.", "ho visto il tuo post, si puo fare anche con shopify?", "it")
    'Sì, funziona anche su Shopify. Per un negozio, la SEO parte dalle schede prodotto.'
    >>> _platform_yes("Start with the product pages.", "Which tool do you use on Shopify?", "en")
    'Start with the product pages.'
    """
    asked = cre.search(_PLATFORM_TOO, fold(note))
    lead = _PLATFORM_YES.get(lang) or _PLATFORM_YES.get(lang[:2])
    if not (answer and asked and lead and cre.search(_PLATFORM_ASKED_TOO, asked.group(0))) or answer.lower().startswith(("yes", "oui", "sí", "sì", "ja", "sim")):
        return answer
    name = _BRAND_CASE.get(asked.group(1), asked.group(1).capitalize())
    return lead.format(name) + answer


#: One question of a note: the sentence that ends with its question mark.
#: Where a job seeker wants to work, when the owner's tips speak of it (folded).
_JOB_PLACE = r"\b(?:lyon|lione|france|francia|franca|frankreich|frankrijk)\b"
#: A sentence's end before the next one (the note read as one question).
_SENTENCE_END = r"(?<=[.!])\s+"


#: Visitors who do not buy (folded): "gets traffic but no sales", "du trafic mais aucune vente", "Besucher, aber keine Verkäufe",
#: "tráfico pero ninguna venta", "visite ma nessuna vendita", "visitas mas nenhuma venda", "bezoekers maar geen verkopen".
_NO_SALES = (r"\b(?:traffic|visitors|visits|trafic|visiteurs|visites|besucher\w*|traffico|trafico|visitas|visite|visitatori|trafego|bezoekers|verkeer)\b"
             r"[^.!?\n]{0,30}\b(?:but|mais|aber|doch|pero|ma|mas|maar)\b[^.!?\n]{0,12}\b(?:no|zero|hardly any|few|aucune?|pas de|peu de|keine|kaum|wenig\w*|ningun\w*|nessun\w*|poche|poca|pocas|pocos|nenhum\w*|poucas|poucos|geen|nauwelijks|weinig|nada de)"
             r"\s+(?:\w+\s+)?(?:sales?|orders?|purchases|ventes?|commandes?|achats?|verkauf\w*|bestellung\w*|umsatz|ventas?|pedidos?|compras?|vendite|vendita|ordini|acquisti|vendas?|encomendas?"
             r"|verkopen|verkoop|bestellingen|aankopen|conversions?|conversiones|conversioni|conversoes|conversies)\b"
             r"|\b(?:nobody|no one|personne ne|niemand|nadie|nessuno|ninguem) (?:buys|achete|kauft|compra|koopt)\b")
#: A marketplace shop (folded): its checkout and trust are the platform's, so its own answer (Etsy SEO) stays.
_MARKETPLACE = r"\b(?:etsy|amazon|vinted|ebay|marketplace|mercado livre|mercado libre|bol\.com|zalando|cdiscount)\b"
#: The first conversion checks for a shop with visitors and no sales (general practice, no fact about the owner).
_CONVERSION_TIP = {
    "en": ("Traffic without sales is usually conversion, not SEO: check your product pages on a phone (clear photos, price and delivery "
           "costs up front), add reviews and trust signals, and go through your own checkout to spot where people drop off.",) * 2,
    "fr": ("Du trafic sans ventes, c'est souvent la conversion plus que le SEO : regarde tes fiches produits sur mobile (photos nettes, prix et frais "
           "de livraison visibles tout de suite), ajoute des avis clients, et fais toi-même un achat test pour voir où l'on décroche.",
           "Du trafic sans ventes, c'est souvent la conversion plus que le SEO : regardez vos fiches produits sur mobile (photos nettes, prix et frais "
           "de livraison visibles tout de suite), ajoutez des avis clients, et faites vous-même un achat test pour voir où l'on décroche."),
    "de": ("Traffic ohne Verkäufe ist meist ein Conversion-Thema, kein SEO-Thema: Schau dir deine Produktseiten am Handy an (klare Fotos, Preis und "
           "Versandkosten sofort sichtbar), zeig Bewertungen, und geh selbst einmal durch den Checkout, um zu sehen, wo Leute abspringen.",
           "Traffic ohne Verkäufe ist meist ein Conversion-Thema, kein SEO-Thema: Sehen Sie sich Ihre Produktseiten am Handy an (klare Fotos, Preis und "
           "Versandkosten sofort sichtbar), zeigen Sie Bewertungen, und gehen Sie selbst einmal durch den Checkout, um zu sehen, wo Kunden abspringen."),
    "es": ("Tráfico sin ventas suele ser un tema de conversión, no de SEO: mira tus fichas de producto en el móvil (fotos claras, precio y gastos de "
           "envío visibles desde el principio), añade reseñas y haz una compra de prueba para ver dónde se pierde la gente.",
           "Tráfico sin ventas suele ser un tema de conversión, no de SEO: revise sus fichas de producto en el móvil (fotos claras, precio y gastos de "
           "envío visibles desde el principio), añada reseñas y haga una compra de prueba para ver dónde se pierden los clientes."),
    "it": ("Traffico senza vendite di solito è un tema di conversione, non di SEO: guarda le schede prodotto dal telefono (foto chiare, prezzo e spese "
           "di spedizione subito visibili), aggiungi recensioni e fai un acquisto di prova per vedere dove la gente abbandona.",
           "Traffico senza vendite di solito è un tema di conversione, non di SEO: guardi le schede prodotto dal telefono (foto chiare, prezzo e spese "
           "di spedizione subito visibili), aggiunga recensioni e faccia un acquisto di prova per vedere dove i clienti abbandonano."),
    "pt": ("Tráfego sem vendas costuma ser uma questão de conversão, não de SEO: vê as páginas de produto no telemóvel (fotos claras, preço e portes "
           "visíveis logo), junta avaliações de clientes e faz uma compra de teste para ver onde as pessoas desistem.",
           "Tráfego sem vendas costuma ser uma questão de conversão, não de SEO: veja as páginas de produto no telemóvel (fotos claras, preço e portes "
           "visíveis logo), junte avaliações de clientes e faça uma compra de teste para ver onde os clientes desistem."),
    "pt-BR": ("Tráfego sem vendas costuma ser questão de conversão, não de SEO: olhe as páginas de produto no celular (fotos claras, preço e frete "
              "visíveis logo de cara), coloque avaliações de clientes e faça uma compra de teste para ver onde as pessoas desistem.",) * 2,
    "nl": ("Verkeer zonder verkopen is meestal een conversievraag, geen SEO: bekijk je productpagina's op je telefoon (duidelijke foto's, prijs en "
           "verzendkosten meteen zichtbaar), voeg reviews toe en doe zelf een testaankoop om te zien waar mensen afhaken.",
           "Verkeer zonder verkopen is meestal een conversievraag, geen SEO: bekijk uw productpagina's op uw telefoon (duidelijke foto's, prijs en "
           "verzendkosten meteen zichtbaar), voeg reviews toe en doe zelf een testaankoop om te zien waar klanten afhaken."),
}

#: The sender's own Meta ads, spent on (folded): "I'm spending a lot on Instagram ads", "je dépense beaucoup en pubs Facebook",
#: "gasto mucho en anuncios de Instagram", "spendo tanto in inserzioni su Instagram", "to gastando mto com anuncio no insta",
#: "ich gebe viel für Instagram-Werbung aus", "ik geef veel uit aan Instagram-advertenties" (first person: never a seller's "you").
_META_ADS_SPENT = (r"\b(?:i(?:'m| am)? spend(?:ing)?|i(?:'ve| have)? spent|je depense|j'ai depense|on depense|nous depensons|gasto|estoy gastando|he gastado"
                   r"|gastamos|spendo|sto spendendo|ho speso|spendiamo|to gastando|tou gastando|estou gastando|estou a gastar|gastei|ich gebe|gebe ich"
                   r"|wir geben|gebe|ik geef|geef ik|en geef|we geven)\b[^.!?\n]{0,60}?"
                   r"\b(?:insta|instagram|facebook|fb|meta)\b")
#: A sum spent on ads (folded): "300€ dépensés", "spent $500 on ads", "gasté 200 €", "ho speso 300 euro", "gastei R$ 400",
#: "300 € ausgegeben", "500 euro uitgegeven".
_ADS_SUM_SPENT = (r"\d[\d.,]*\s?(?:k\b)?\s?(?:€|\$|£|eur\w*|dollars?|reais|pounds?)?\s?(?:\w+\s){0,2}?(?:depense\w*|spent|gastad[oa]s?|spes[oi]|gastos?"
                  r"|ausgegeben|verbrannt|uitgegeven|besteed)\b"
                  r"|\b(?:spent|depense\w*|gaste|gastado|speso|gastei|ausgegeben|uitgegeven|besteed)\s(?:\w+\s){0,2}?(?:€|\$|£|r\$)?\s?\d")
#: No sale or a handful of them (folded): "0 vente", "2 sales", "only one order", "dos ventas", "nessuna vendita", "duas vendas",
#: "zwei Verkäufe", "twee verkopen".
_FEW_SALES = (r"\b(?:0|1|2|3|zero|no|one|two|three|only \d|aucune?|une|deux|trois|seulement \d|cero|ninguna|una|dos|tres|solo \d|nessuna|due|tre"
              r"|nenhuma|uma|duas|tres|so \d|null|keine?|ein|eine|zwei|drei|nur \d|geen|een|twee|drie|maar \d)\s+(?:sales?|ventes?|ventas?|vendite|vendita"
              r"|vendas?|verkaufe?|verkauf|verkopen?|verkoop|bestellungen|bestellung|bestellingen|bestelling|orders?|commandes?|pedidos?|ordini|ordine)\b")
#: Meta's ads named anywhere in the note (folded): the post read on "erreurs en pub Facebook", "Facebook ad mistakes".
_META_NAMED = r"\b(?:facebook|fb|meta|instagram|insta)\b"
#: No return on them (folded): "no sales", "sans retour", "sin resultados", "senza risultati", "sem retorno", "ohne Verkäufe", "zonder resultaat".
_NO_RETURN = (r"\b(?:no|without|zero|sans|aucune?|pas de|sin|ningun\w*|senza|nessun\w*|sem|nenhum\w*|ohne|keine?|zonder|geen)\s+(?:\w+\s+)?"
              r"(?:sales?|results?|return|returns|orders?|retours?|ventes?|resultats?|resultados?|retorno|ventas?|risultati|ritorno|vendite|vendas?"
              r"|verkaufe\w*|ergebniss?e?|umsatz|bestellungen|resultaat|resultaten|verkopen|rendement|bestellingen|conversions?)\b")
#: A shop on a marketplace (folded): "sur Etsy", "on Amazon", "en Vinted": no Pixel of the seller's own on it.
_MARKETPLACE_SHOP = r"\b(?:etsy|amazon|ebay|vinted|cdiscount|mercado ?livre|mercado ?libre|bol\.com|zalando|marketplace)\b"
#: The usual causes of Meta ads that spend without selling (general practice, no fact about the owner): (informal, formal).
_ADS_LEAK_TIP = {
    "en": ("When ads spend without selling, it's usually one of four things: the offer (price, shipping, a reason to buy now), the audience "
           "(too broad or too cold), the creative (does it stop the scroll and show the product in use?) or the page after the click (fast on "
           "a phone?). And check first that the Pixel records purchases: without them, Meta optimises blind.",) * 2,
    "fr": ("Quand la pub dépense sans vendre, c'est souvent l'un de ces quatre points : l'offre (prix, livraison, une raison d'acheter "
           "maintenant), l'audience (trop large ou trop froide), le visuel (arrête-t-il le scroll, montre-t-il le produit en situation ?) ou la page "
           "après le clic (rapide sur mobile ?). Et vérifie d'abord que le Pixel enregistre les achats : sans eux, Meta optimise à l'aveugle.",
           "Quand la pub dépense sans vendre, c'est souvent l'un de ces quatre points : l'offre (prix, livraison, une raison d'acheter "
           "maintenant), l'audience (trop large ou trop froide), le visuel (arrête-t-il le scroll, montre-t-il le produit en situation ?) ou la page "
           "après le clic (rapide sur mobile ?). Et vérifiez d'abord que le Pixel enregistre les achats : sans eux, Meta optimise à l'aveugle."),
    "es": ("Cuando los anuncios gastan sin vender, suele ser una de cuatro cosas: la oferta (precio, envío, un motivo para comprar ya), el "
           "público (demasiado amplio o frío), la creatividad (¿frena el scroll y muestra el producto en uso?) o la página tras el clic (¿rápida "
           "en el móvil?). Y comprueba primero que el Píxel registra las compras: sin ellas, Meta optimiza a ciegas.",
           "Cuando los anuncios gastan sin vender, suele ser una de cuatro cosas: la oferta (precio, envío, un motivo para comprar ya), el "
           "público (demasiado amplio o frío), la creatividad (¿frena el scroll y muestra el producto en uso?) o la página tras el clic (¿rápida "
           "en el móvil?). Y compruebe primero que el Píxel registra las compras: sin ellas, Meta optimiza a ciegas."),
    "it": ("Quando le inserzioni spendono senza vendere, di solito è una di quattro cose: l'offerta (prezzo, spedizione, un motivo per comprare "
           "subito), il pubblico (troppo ampio o freddo), la creatività (ferma lo scroll e mostra il prodotto in uso?) o la pagina dopo il clic "
           "(veloce da telefono?). E controlla prima che il Pixel registri gli acquisti: senza, Meta ottimizza alla cieca.",
           "Quando le inserzioni spendono senza vendere, di solito è una di quattro cose: l'offerta (prezzo, spedizione, un motivo per comprare "
           "subito), il pubblico (troppo ampio o freddo), la creatività (ferma lo scroll e mostra il prodotto in uso?) o la pagina dopo il clic "
           "(veloce da telefono?). E controlli prima che il Pixel registri gli acquisti: senza, Meta ottimizza alla cieca."),
    "pt": ("Quando os anúncios gastam sem vender, costuma ser uma de quatro coisas: a oferta (preço, portes, um motivo para comprar já), o "
           "público (demasiado amplo ou frio), o criativo (para o scroll e mostra o produto em uso?) ou a página depois do clique (rápida no "
           "telemóvel?). E confirma primeiro que o Pixel regista as compras: sem elas, a Meta otimiza às cegas.",
           "Quando os anúncios gastam sem vender, costuma ser uma de quatro coisas: a oferta (preço, portes, um motivo para comprar já), o "
           "público (demasiado amplo ou frio), o criativo (para o scroll e mostra o produto em uso?) ou a página depois do clique (rápida no "
           "telemóvel?). E confirme primeiro que o Pixel regista as compras: sem elas, a Meta otimiza às cegas."),
    "pt-BR": ("Quando os anúncios gastam sem vender, costuma ser uma de quatro coisas: a oferta (preço, frete, um motivo para comprar agora), o "
              "público (amplo ou frio demais), o criativo (ele para o scroll e mostra o produto em uso?) ou a página depois do clique (rápida "
              "no celular?). E confira primeiro se o Pixel registra as compras: sem elas, a Meta otimiza às cegas.",) * 2,
    "de": ("Wenn Anzeigen Geld kosten, aber nicht verkaufen, liegt es meist an einem von vier Punkten: dem Angebot (Preis, Versand, ein Grund, "
           "jetzt zu kaufen), der Zielgruppe (zu breit oder zu kalt), dem Creative (stoppt es das Scrollen, zeigt es das Produkt im Einsatz?) "
           "oder der Seite nach dem Klick (schnell am Handy?). Prüf zuerst, ob das Pixel Käufe erfasst: Ohne sie optimiert Meta blind.",
           "Wenn Anzeigen Geld kosten, aber nicht verkaufen, liegt es meist an einem von vier Punkten: dem Angebot (Preis, Versand, ein Grund, "
           "jetzt zu kaufen), der Zielgruppe (zu breit oder zu kalt), dem Creative (stoppt es das Scrollen, zeigt es das Produkt im Einsatz?) "
           "oder der Seite nach dem Klick (schnell am Handy?). Prüfen Sie zuerst, ob das Pixel Käufe erfasst: Ohne sie optimiert Meta blind."),
    "nl": ("Als advertenties geld kosten zonder te verkopen, ligt het meestal aan een van vier dingen: het aanbod (prijs, verzending, een reden "
           "om nu te kopen), de doelgroep (te breed of te koud), de creative (stopt die het scrollen en toont die het product in gebruik?) of de "
           "pagina na de klik (snel op mobiel?). Controleer eerst of de Pixel aankopen registreert: zonder die data optimaliseert Meta blind.",) * 2,
}


#: Goods a small online seller makes or sells (folded), as a site's complement or before "site": "mon site de bijoux",
#: "my jewellery website", "mi web de ropa", "il mio sito di ceramiche", "meine Schmuck-Website", "mijn sieradensite".
_GOODS = (r"(?:bijoux|jewel\w*|schmuck\w*|joyas|joias|gioielli|sieraden|bougies|candles?|velas|candele|kerzen|kaarsen|vetements|clothing|clothes|ropa|roupas?|abbigliamento"
          r"|kleidung|kleding|cosmetiques|cosmetics|cosmeticos|cosmetici|kosmetik|cosmetica|ceramiques?|ceramics?|ceramicas?|ceramiche|keramik|keramiek|savons?|soaps?|jabones|saponi|seifen?"
          r"|zeep|sacs?|bags?|bolsos|borse|taschen|tassen|accessoires|accessories|accesorios|accessori|acessorios|t-shirts?|chaussures|shoes|zapatos|scarpe|schuhe|schoenen|jouets|toys|juguetes|giocattoli|spielzeug|speelgoed)")
_PRODUCT_SITE = (r"\b(?:site|website|site web|site internet|web|pagina web|sitio(?: web)?|sito(?: web)?|webseite|homepage)\s+(?:de|d'|of|di|com|met|voor|mit|fur)\s+(?:\w+\s+)?" + _GOODS + r"\b"
                 r"|\b" + _GOODS + r"[\s-]?(?:site|website|webseite|homepage)\b")
#: A shop already named: the answers' own cues find it.
_SHOP_WORD = r"\b(?:shop|e-?shop|webshop|onlineshop|boutique en ligne|e-?commerce|tienda online|tienda en linea|negozio online|loja online|lojinha|webwinkel|shopify)\b"


#: A brand moving into a market, in seven languages (folded): "expandirnos a Francia", "lanciarci in Francia", "enter France",
#: "nach Frankreich expandieren", "uitbreiden naar Frankrijk", "nous implanter en France", "entrar em França".
#: A job search named (folded): the French market they enter is then the job market, never a brand's sales.
_JOB_WORDS = (r"\b(?:job\w*|emploi|poste|stage|alternance|trabajo|empleo|practicas|lavoro|stage|tirocinio|emprego|vaga|estagio|stelle\w*|praktikum|arbeit"
              r"|baan|vacature\w*|stageplek|cv|resume|lebenslauf|curriculum|werk zoeken|candidat\w*|bewerb\w*|solliciteer\w*)\b")
#: Terms of employment (folded): a salary, a contract, the hours; what a seller's pitch never offers.
_EMPLOYMENT_TERMS = (r"\b(?:cdi|cdd|salaire|salary|salario|sueldo|stipendio|gehalt|salaris|remuneration|remuneracao|retribuzione"
                     r"|contrato indefinido|contrato fijo|tempo indeterminato|festanstellung|unbefristet\w*|vast contract|vaste aanstelling"
                     r"|full[- ]time|temps plein|jornada completa|tempo pieno|vollzeit|voltijd|tempo integral|permanent (?:role|position|contract)"
                     r"|variable attracti\w*|fixe \+ variable|package)\b")
#: "we willen naar Frankrijk", "wir wollen nach Frankreich (gehen)" (folded): a brand's move named by the wish alone.
_WISH_TO_FRANCE = r"\b(?:wir|we|wij)\s+(?:wollen|willen)\s+(?:\w+\s+){0,2}?(?:nach|naar)\s+(?:frankreich|frankrijk)\b"
_INTO_MARKET = (r"\b(?:expand\w*|launch\w*|enter(?:ing)?|break into|move into|s'implanter|nous implanter|m'implanter|se lancer|nous lancer|arriver|expandir\w*|lanzar\w*|llegar|entrar|abrir\w*"
                r"|espander\w*|lanciar\w*|entrare|sbarcare|arrivare|expandieren|starten|eintreten|uitbreiden|lanceren|betreden|expandir\w*|lancar\w*|chegar)"
                r"\s+(?:\w+\s+){0,2}?(?:(?:in|into|to|en|au|a|al|em|na|nel|nach|naar|op|auf|sul|im)\s+)?(?:(?:the|le|la|il|den|de|o|a)\s+)?"
                r"(?:france|francia|franca|frankreich|frankrijk|french market|marche francais|mercado frances|mercato francese|mercado frances|franzosischen markt|franse markt)\b"
                r"|\b(?:france|francia|franca|frankreich|frankrijk)\s+(?:\w+\s+){0,2}?(?:expandieren|starten|uitbreiden|lanceren)\b"
                # "we willen naar Frankrijk", "wir wollen nach Frankreich (gehen)": a brand's move named by the wish alone
                r"|" + _WISH_TO_FRANCE)


def _faq_cues(note: str) -> str:
    """The note as the owner's answers are matched against it, with the setting it tells in other words made plain: a
    site selling goods is a shop; a brand launching or expanding into France wants to sell there.

    >>> _faq_cues("Je galère avec le SEO de mon site de bijoux, un conseil ?")
    'Je galère avec le SEO de mon site de bijoux (e-shop), un conseil ?'
    >>> _faq_cues("Vorremmo lanciarci in Francia: quali canali ci consiglieresti?")
    'Vorremmo lanciarci in Francia: quali canali ci consiglieresti (sell)?'
    """
    folded = fold(note)
    if len(folded) != len(note):
        return note  # (folding keeps the length of every note but a rare ligature: the cue is set where it was found)
    if (m := cre.search(_PRODUCT_SITE, folded)) and not cre.search(_SHOP_WORD, folded):
        # "je galère avec le référencement de mon site de bijoux", "my candle website": a site selling the things it names
        # is a shop, and gets her answer for a shop's SEO (product and category pages), never only a promise of a tip
        note, folded = note[:m.end()] + " (e-shop)" + note[m.end():], folded[:m.end()] + " (e-shop)" + folded[m.end():]
    if (m := cre.search(_INTO_MARKET, folded)) and not cre.search(_JOB_WORDS, folded):
        # ("busco trabajo … ¿algún consejo para entrar en el mercado francés?": a job seeker's market is the job market)
        # "Nos gustaría expandirnos a Francia, ¿qué canales nos recomendarías?": a brand moving into France asks how to sell
        # there, and gets her answer for the French market (site, product pages, a small ads test), never only a call
        # (set in the question itself, where the answers look first: "… enter France next year. Which channels (sell)?")
        at = note.rfind("?", m.end())
        note = note[:at] + " (sell)" + note[at:] if at >= 0 else note[:m.end()] + " (sell)" + note[m.end():]
    return note


#: Selling in France (folded): "vorrei vendere di più in Francia", "sell more in France", "verkaufen in Frankreich".
_SELL_IN_FRANCE = (r"\b(?:vend\w*|sell\w*|verkauf\w*|verkop\w*|grow|wachsen|groeien|crecer|crescere|crescer|developper|sviluppar\w*|desarrollar\w*)\s+(?:\w+\s+){0,3}?(?:en|in|na|em|au|nach|naar|to|into)\s+(?:the\s+|a\s+)?"
                   r"(?:france|francia|franca|frankreich|frankrijk)\b"
                   r"|\b(?:in|nach) frankreich (?:\w+ ){0,2}(?:wachsen|verkaufen)\b|\bin frankrijk (?:\w+ ){0,2}(?:groeien|verkopen)\b")
#: Her yes to SEO for a brand selling into France, her home market (the settings' regions hold France).
_FRANCE_SEO_YES = {
    "en": "Yes, and France is exactly my market: I help brands from abroad get found on Google by French customers.",
    "fr": "Oui, et la France, c'est justement mon marché : j'aide des marques étrangères à être trouvées sur Google par les clients français.",
    "es": "Sí, y Francia es justo mi mercado: ayudo a marcas de fuera a que los clientes franceses las encuentren en Google.",
    "it": "Sì, e la Francia è proprio il mio mercato: aiuto i brand stranieri a farsi trovare su Google dai clienti francesi.",
    "pt": "Sim, e a França é precisamente o meu mercado: ajudo marcas estrangeiras a serem encontradas no Google pelos clientes franceses.",
    "pt-BR": "Sim, e a França é justamente o meu mercado: ajudo marcas de fora a serem encontradas no Google pelos clientes franceses.",
    "de": "Ja, und Frankreich ist genau mein Markt: Ich helfe Marken aus dem Ausland, in Frankreich bei Google gefunden zu werden.",
    "nl": "Ja, en Frankrijk is precies mijn markt: ik help merken uit het buitenland om in Frankrijk gevonden te worden op Google.",
}


#: A wish to learn about the French market (folded): "um mehr über den französischen Markt zu lernen", "to learn more about
#: the French market", "aprender sobre el mercado francés", "capire meglio il mercato francese", "meer leren over de Franse markt".
_LEARN_MARKET = (r"\b(?:learn\w*|know|understand\w*|insights?|lernen|erfahren|verstehen|aprender|saber|conocer|entender|imparare|capire|conoscere"
                 r"|conhecer|perceber|leren|weten|begrijpen|apprendre|en savoir|comprendre|decouvrir)\b[^.!?]{0,40}"
                 r"\b(?:french market|franzosischen markt|mercado frances|mercato francese|franse markt|marche francais)\b"
                 r"|\b(?:franzosischen markt|franse markt)\b[^.!?]{0,20}\b(?:lernen|erfahren|verstehen|leren|weten|begrijpen|kennenlernen)\b")
#: A look at the French market (folded): "onderzoeken wij de Franse markt", "we're exploring the French market".
_EXPLORE_MARKET = (r"\b(?:onderzoek\w*|verken\w*|research\w*|explor\w*|untersuch\w*|erkund\w*|sondier\w*|estudi\w*|studi\w*|analy\w*|anali\w*|explorar"
                   r"|examin\w*|prospect\w*)\b[^.!?]{0,30}\b(?P<p>french market|franzosischen markt|mercado frances|mercato francese|franse markt|marche francais)\b")
#: A foreign firm entering the French market is exactly her client (register-neutral).
_INTO_LINE = {
    "en": "Companies from abroad entering the French market are exactly who I work with.",
    "de": "Ausländische Unternehmen, die auf dem französischen Markt Fuß fassen wollen, sind genau meine Kundschaft.",
    "es": "Las empresas extranjeras que quieren entrar en el mercado francés son justo mis clientes.",
    "it": "Le aziende estere che vogliono entrare nel mercato francese sono proprio i miei clienti.",
    "pt": "As empresas estrangeiras que querem entrar no mercado francês são precisamente os meus clientes.",
    "pt-BR": "Empresas estrangeiras que querem entrar no mercado francês são justamente meus clientes.",
    "nl": "Buitenlandse bedrijven die de Franse markt op willen, zijn precies mijn klanten.",
}
#: The into-France answer already given ("son justo mis clientes", "precies mijn klanten").
_INTO_SAID = r"(?i)\b(?:precies|genau|exactly|justo|proprio|precisamente|justamente) (?:mijn|meine|my|who I|mis|i miei|os meus|meus)\b"
#: The notes that may tell a brand's move into France (reply names).
_FRANCE_NAMES = ("ask_for_help", "referral", "business_proposal", "content", "generic", "client")
#: A brand growing into France or working on the French market (folded): "queremos entrar en Francia", "expandir pra
#: Europa começando pela França", "quero vender na França", "estratégia de conteúdo para o mercado francês".
_FRANCE_GROWTH = (r"\b(?:expand\w*|expansion|expansao|espans\w*|uitbrei\w*|expandier\w*|vend\w*|sell\w*|verkauf\w*|verkop\w*|entrar|entrare|enter\w*"
                  r"|launch\w*|lanz\w*|lanc\w*|lanciar\w*|grow\w*|crecer|crescere|crescer|wachsen|groeien)\b[^.!?\n]{0,40}\b(?:france|francia|franca|frankreich|frankrijk)\b"
                  r"|\b(?:frankreich|frankrijk)\b[^.!?\n,]{0,15}\b(?:expandier\w*|uitbreiden|verkaufen|verkopen|wachsen|groeien|gehen|gaan|starten|lanceren)\b"
                  r"|\b(?:french market|mercado frances|mercato francese|franzosischen markt|franse markt)\b|" + _WISH_TO_FRANCE)
#: The sender speaks for a firm (folded): "wir möchten", "unsere Agentur", "we want", "our company", "onze klanten", "nous voulons".
_FIRM_WE = (r"\b(?:wir|unser\w*|we|wij|our|ons|onze|nous|notre|nos|nosotros|queremos|nuestr[oa]s?|noi|vogliamo|nostr[oaie]|nos|queremos|noss[oa]s?)\b")
#: The channels that work asked about (folded): "welche Kanäle dort am besten funktionieren", "welke kanalen werken daar".
_CHANNELS_ASKED = r"\b(?:channels?|canaux|canal|canales|canali|canais|kanale|kanalen|kanaal)\b"
#: A peer, a partnership or the press (folded): their clients moving into France, or a piece about it, are not the sender's own move.
_PEER_PARTNER = (r"\b(?:partner\w*|partenaire\w*|parceri\w*|parceir\w*|samenwerk\w*|kooperation\w*|collabor\w*|colabor\w*|zusammenarbeit\w*"
                 r"|journalist\w*|journaliste|periodista|giornalista|jornalista|reporter|redacteur|interview\w*|entrevista\w*|intervista\w*"
                 r"|(?:auch|also|aussi|tambien|anche|tambem|ook|too) (?:\w+ )?(?:marketing-?berater\w*|berater\w*|consultants?|consultor\w*|consulent\w*|freelanc\w*"
                 r"|agentur|agency|agence|agencia|agenzia|bureau))\b")
#: Ads asked about, and SEO or content asked about (folded).
_ADS_TOPIC = (r"\b(?:ads|anuncios|anuncio|annunci|anzeigen|werbung|advertenties|adverteren|campanhas?|campanas?|campagne"
              r"|paid (?:social|media)|advertising|ppc|publicidad|pubblicita|publicidade|publicite|social-?media-?werbung)\b")
_SEO_TOPIC = r"\b(?:seo|contenido|conteudo|contenuti|inhalte?|content|blog)\b"
#: Goods sold (folded): a shop or a brand moving into France, whose customers search for products.
_SELLS_GOODS = (r"\b(?:sell\w*|verkauf\w*|vend(?:o|emos|ons|ere|iamo|er|e|es|ez)|verkop\w*|produ(?:cts?|its?|ctos?|tos?|tti|kte\w*|cten)|e-?commerce|e-?shops?"
                r"|shops?|online-?shops?|webshops?|webwinkels?|tiendas?|negozi\w*|lojas?|boutiques?|brands?|marques?|marcas?|marchi|marke|merk)\b")
#: France already named in the draft: the line is said once.
_FRANCE_SAID = (r"(?i)\b(?:mon marché|my market|mi mercado|il mio mercato|o meu mercado|mein Markt|mijn markt|exactly who I work with|genau meine Kundschaft"
                r"|justo mis clientes|proprio i miei clienti|os meus clientes|meus clientes|precies mijn klanten)\b"
                r"|\b(?:real French|francés de verdad|francese vero|francês a sério|francês natural|francês de verdade|echtem Französisch|echt Frans|vrai français|natively in French|directamente en francés|direttamente in francese|de raiz em francês|direto em francês|direkt auf Französisch|auf Französisch beginnen|Franstalige)\b"
                r"|\b(?:french market|marché français|französischen markt|mercado francés|mercado francês"
                r"|mercato francese|franse markt)\b")
#: France is her market, and what she would look at there first (register-neutral): content and SEO in real French.
_FRANCE_LINE = {
    "en": "France is exactly my market: I'd start with content and SEO written natively in French, built around the words French customers type into Google.",
    "es": "Francia es justo mi mercado: empezaría por el contenido y el SEO, pensados directamente en francés a partir de las palabras que los clientes franceses escriben en Google.",
    "it": "La Francia è proprio il mio mercato: partirei da contenuti e SEO pensati direttamente in francese, sulle parole che i clienti francesi digitano su Google.",
    "pt": "A França é precisamente o meu mercado: começaria pelos conteúdos e pelo SEO, escritos de raiz em francês e pensados para as palavras que os clientes franceses pesquisam no Google.",
    "pt-BR": "A França é justamente o meu mercado: eu começaria pelo conteúdo e pelo SEO, escritos direto em francês e pensados nas palavras que os clientes franceses buscam no Google.",
    "de": "Frankreich ist genau mein Markt: Ich würde mit Inhalten und SEO auf Französisch beginnen, abgestimmt auf die Begriffe, die Kundinnen und Kunden in Frankreich bei Google eingeben.",
    "nl": "Frankrijk is precies mijn markt: ik zou beginnen met Franstalige content en SEO, afgestemd op wat Franse klanten in Google intypen.",
}
#: The same when ads are asked: a few creatives in real French tested on a small budget.
_FRANCE_ADS_LINE = {
    "en": "France is exactly my market: for ads there, I'd first test a few creatives written natively in French on a small budget before scaling up.",
    "es": "Francia es justo mi mercado: para los anuncios allí, probaría primero unas pocas creatividades pensadas directamente en francés, con poco presupuesto, antes de escalar.",
    "it": "La Francia è proprio il mio mercato: per gli annunci lì, testerei poche creatività pensate direttamente in francese, con un piccolo budget, prima di aumentare la spesa.",
    "pt": "A França é precisamente o meu mercado: para anúncios lá, testaria primeiro poucos criativos escritos de raiz em francês, com um orçamento pequeno, antes de escalar.",
    "pt-BR": "A França é justamente o meu mercado: para anúncios lá, eu testaria primeiro poucos criativos escritos direto em francês, com um orçamento pequeno, antes de escalar.",
    "de": "Frankreich ist genau mein Markt: Für Anzeigen dort würde ich zuerst ein paar direkt auf Französisch getextete Motive mit kleinem Budget testen, bevor ich skaliere.",
    "nl": "Frankrijk is precies mijn markt: voor advertenties daar zou ik eerst een paar Franstalige creatives met een klein budget testen voordat ik opschaal.",
}
#: Her offer to tell what she sees on the French market, then what they would like to know: (informal, formal).
_MARKET_LINE = {
    "en": ("Happy to share what I see on the French market: what would you most like to know?", "I'd be glad to share what I see on the French market: what would you most like to know?"),
    "fr": ("Avec plaisir pour parler du marché français : qu'est-ce qui t'intéresse le plus ?", "Avec plaisir pour parler du marché français : qu'est-ce qui vous intéresse le plus ?"),
    "de": ("Gern erzähle ich dir, wie ich den französischen Markt erlebe: Was interessiert dich dabei am meisten?", "Gern erzähle ich Ihnen, wie ich den französischen Markt erlebe: Was interessiert Sie dabei am meisten?"),
    "es": ("Con gusto te cuento lo que veo en el mercado francés: ¿qué es lo que más te interesa?", "Con gusto le cuento lo que veo en el mercado francés: ¿qué es lo que más le interesa?"),
    "it": ("Volentieri ti racconto cosa vedo sul mercato francese: cosa ti interessa di più?", "Volentieri Le racconto cosa vedo sul mercato francese: cosa Le interessa di più?"),
    "pt": ("Partilho com todo o gosto o que vejo no mercado francês: o que te interessa mais?", "Partilho com todo o gosto o que vejo no mercado francês: o que lhe interessa mais?"),
    "pt-BR": ("Conto com prazer o que vejo no mercado francês: o que mais te interessa?", "Compartilho com prazer o que vejo no mercado francês: o que mais lhe interessa?"),
    "nl": ("Ik vertel je graag hoe ik de Franse markt zie: wat wil je vooral weten?", "Ik vertel u graag hoe ik de Franse markt zie: wat wilt u vooral weten?"),
}


#: "do you remember (me)?" in seven languages, with its question mark: a reconnection, never a question to answer.
_RECALL_Q = (r"[,;:-]?\s*(?:(?:do|d'|would)\s*(?:you|u|ya)\s+)?(?:still\s+)?remember(?:\s+(?:me|us|that|it))?"
             r"|\b(?:tu te souviens|tu t'en souviens|te souviens[- ]tu|vous vous (?:en )?souvenez|vous souvenez[- ]vous|tu te rappelles|vous vous rappelez)"
             r"|\b(?:te acuerdas|se acuerda|te recuerdas|(?:me )?recuerdas|lembras(?:-te)?|(?:se )?lembra(?:-se)?|voce se lembra|te lembras)"
             r"|\b(?:ti ricordi|si ricorda|te lo ricordi|ricordi)|\b(?:erinnerst du dich|erinnern sie sich|weisst du noch|weißt du noch|wissen sie noch)"
             r"|\b(?:weet je (?:het )?nog|weet u (?:het )?nog|herinner je (?:je|jij) (?:dat|mij|me)?|ken je me nog)")
_RECALL_Q = r"(?:" + _RECALL_Q + r")(?:\s+(?:mich|uns|dich|me|mij|ons|noi|nous|moi|de mim|de mi|di me))?\s*[?？]+"


def _lead_choice(options: list[str] | tuple[str, ...], question: str = "") -> bool:
    """"advice for the French market or contacts?": one side of the "or" asks for a lead (contacts, companies hiring)."""
    return bool(options) and (any(cre.search(_JOB_LEAD, fold(o)) for o in options) or bool(cre.search(_JOB_LEAD, fold(question))))


#: A podcast, an episode or a recording: "grabamos", "gravação", "registrazione", "enregistrement", "Aufnahme", "opname".
_RECORDING = (r"\b(?:podcasts?|episodes?|episodios?|episodi|episodio|aflevering\w*|record\w*|grab(?:amos|ar|acion|aciones|ado|ada)"
              r"|grava(?:mos|r|cao|coes|do|da)|registr(?:azione|iamo|are|ato|ata)|enregistr\w*|aufnahme\w*|aufzeichn\w*|opname\w*|opnemen|nemen (?:we|wij) op)\b")

#: "in your case" in a quick answer (quickq.py), and the preposition the sender's shop takes in its place.
_IN_YOUR_CASE = {"en": (r"\bin your case\b", "with"), "fr": (r"\bdans (?:ton|votre) cas\b", "pour"),
                 "de": (r"\bin (?:deinem|Ihrem) Fall\b", "bei"), "es": (r"\ben (?:tu|su) caso\b", "con"),
                 "it": (r"\bnel (?:tuo|Suo) caso\b", "con"), "pt": (r"\bno (?:teu|seu) caso\b", "com")}


#: A journalist writing a piece: "soy periodista", "ich schreibe für t3n einen Artikel", "sto scrivendo un articolo".
_PRESS = (r"\b(?:journalist\w*|periodista|giornalista|jornalista|redakteur\w*|redacteur|redactrice|reporter\w*)\b"
          r"|\b(?:schreibe|scrivo|sto scrivendo|escribo|preparo|estou (?:fazendo|escrevendo)|escrevo|writing|write|ecris|prepare|werk aan|schrijf)\b"
          r"[^.?!\n]{0,40}?\b(?:artikel|article|articolo|artigo|reportaje|reportage|reportagem|materia|stuk|beitrag|piece|story)\b")


_CALL_WORD = r"(?:interview\w*|entrevista|intervista|entretien|gesprek|gesprach|call|appel|llamada|chiamata|chamada|telefonat|videocall)"
#: A survey offered beside an interview, as the other way to help: "une enquête ou un entretien", "a survey or a short call".
_SURVEY_OR_TALK = (rf"\b{_SURVEY_WORD}\b[^.?!\n]{{0,60}}\b(?:or|ou|o|oder|of|oppure|ofwel)\b[^.?!\n]{{0,40}}\b{_CALL_WORD}\b"
                   rf"|\b{_CALL_WORD}\b[^.?!\n]{{0,60}}\b(?:or|ou|o|oder|of|oppure|ofwel)\b[^.?!\n]{{0,40}}\b{_SURVEY_WORD}\b")


#: An interview in writing: "par mail", "by email", "per E-Mail", "por correo", "per iscritto", "por escrito".
#: Their product offered to her to try before launch (folded): "tester la beta", "beta test it for free", "Beta-Tester",
#: "probar la beta", "early access", "testeurs", "testadores".
_BETA_ASKED = (r"\b(?:beta|beta-?test\w*|early access|acces anticipe|acceso anticipado|accesso anticipato|acesso antecipado|testeur\w*|testeuse\w*"
               r"|testers?|probadores|testadores)\b")
#: A researcher's interview (folded): "entretien de recherche", "research interview", "doctorante", "PhD student".
_RESEARCH = (r"\b(?:recherche|research\w*|forschung\w*|investigacion|ricerca|pesquisa|onderzoek\w*|doctorant\w*|phd|doktorand\w*|dottorand\w*"
             r"|doctorand\w*|doutorand\w*|promovend\w*|universit\w*)\b")
_WRITTEN = (r"\b(?:par (?:e-?)?mail|par ecrit|by (?:e-?)?mail|over (?:e-?)?mail|in writing|per (?:e-?)?mail|schriftlich|por (?:e-?)?mail|por correo|por escrito"
            r"|per iscritto|via (?:e-?)?mail|per e-mail|via de mail|schriftelijk"
            # "mag ik je wat vragen mailen?", "could I email you a few questions?": the questions mailed, answered in writing
            r"|(?:e-?)?mailen|(?:e-?)?mail (?:you|u|je|jou)|(?:e-?)?mail(?:ing)? (?:some|a few|my|the) questions)\b")


#: Agencies asked for as employers: "bureaus die Nederlandstalige mensen zoeken", "Agenturen, die … suchen", "agencies hiring" (folded).
_AGENCIES_HIRING = (r"\b(?:agenc|agentur|agenzi|ag[eê]nci|bureau)\w*\b[^?.!]{0,80}\b(?:suchen|sucht|einstell\w*|zoeken|zoekt|aannemen|looking for|hiring|hire"
                    r"|recrut\w*|cherch\w*|embauch\w*|busc\w*|contrat\w*|cerc\w*|assum\w*|procur\w*)\b")


def _seeker(name: str, facts: Facts, note: str = "") -> bool:
    """Does the sender ask about agencies as someone to be hired (a job seeker, a student, "agencies that look for German
    speakers"), not as a business choosing one?"""
    asked = facts.question or (_last_question(note) if note else "")
    return name == "job_seeking" or bool(facts.role or facts.studied or facts.applying or facts.career) \
        or bool(asked and cre.search(_AGENCIES_HIRING, fold(asked)))


#: An intern or junior who already works at an agency (folded): "comecei agora como estagiário … numa agência", "I just
#: started as an intern at an agency", "je viens de commencer un stage … dans une agence", "net begonnen … bij een bureau".
_PLACED_AT_AGENCY = (r"\b(?:comecei|comecou|started|starting|commence|commencer|begonnen|begonnen|angefangen|iniziato|iniziata|empece|empezado|estagi\w*|intern(?:ship)?|stag(?:e|iair\w*|ista)|tirocin\w*|praktik\w*|becari[oa]|practicas|junior)\b"
                     r"[^.!?\n]{0,60}\b(?:numa|num|em uma|na|at an?|in an?|dans une|dans l'|en una|in un'|in einer|bei einer|bij een|bij het)\s*(?:\w+\s+){0,2}"
                     r"(?:agenc\w*|agentur\w*|agenzi\w*|bureau\w*)\b")
#: A placement still sought (folded): "busco prácticas en una agencia", "je cherche un stage dans une agence": never one begun.
_PLACEMENT_SOUGHT = (r"\b(?:busco|buscando|estoy buscando|cherche|recherche|looking for|seeking|procuro|procurando|estou a procura|cerco|sto cercando"
                     r"|suche|zoek|ben op zoek)\b")


#: Tips for the first months of an internship or junior job already started; (informal, formal).
_PLACED_TIPS: dict[str, tuple[str, str]] = {
    "en": ("My tips for your first months: ask a senior to look over your work every week, note each test with its figures, and learn one ad tool (Meta or Google) inside out. And ask your questions early: that's what the first months are for.",) * 2,
    "fr": ("Mes conseils pour les premiers mois : demande à un senior de relire ton travail chaque semaine, note chaque test avec ses chiffres, et apprends à fond un outil de pub (Meta ou Google). Et pose tes questions tôt : les premiers mois sont faits pour ça.",
           "Mes conseils pour les premiers mois : demandez à un senior de relire votre travail chaque semaine, notez chaque test avec ses chiffres, et apprenez à fond un outil de pub (Meta ou Google). Et posez vos questions tôt : les premiers mois sont faits pour ça."),
    "es": ("Mis consejos para los primeros meses: pide a alguien sénior que revise tu trabajo cada semana, apunta cada prueba con sus cifras y aprende a fondo una herramienta de anuncios (Meta o Google). Y pregunta pronto: los primeros meses están para eso.",
           "Mis consejos para los primeros meses: pida a alguien sénior que revise su trabajo cada semana, apunte cada prueba con sus cifras y aprenda a fondo una herramienta de anuncios (Meta o Google). Y pregunte pronto: los primeros meses están para eso."),
    "it": ("I miei consigli per i primi mesi: chiedi a un senior di rivedere il tuo lavoro ogni settimana, annota ogni test con i suoi numeri e impara a fondo uno strumento di advertising (Meta o Google). E fai domande presto: i primi mesi servono a questo.",
           "I miei consigli per i primi mesi: chieda a un senior di rivedere il Suo lavoro ogni settimana, annoti ogni test con i suoi numeri e impari a fondo uno strumento di advertising (Meta o Google). E faccia domande presto: i primi mesi servono a questo."),
    "pt-BR": ("Minhas dicas para os primeiros meses: peça para alguém sênior revisar seu trabalho toda semana, anote cada teste com os números e aprenda a fundo uma ferramenta de anúncios (Meta ou Google). E pergunte cedo: os primeiros meses servem para isso.",) * 2,
    "pt": ("As minhas dicas para os primeiros meses: pede a alguém sénior que reveja o teu trabalho todas as semanas, regista cada teste com os números e aprende a fundo uma ferramenta de anúncios (Meta ou Google). E faz perguntas cedo: os primeiros meses servem para isso.",
           "As minhas dicas para os primeiros meses: peça a alguém sénior que reveja o seu trabalho todas as semanas, registe cada teste com os números e aprenda a fundo uma ferramenta de anúncios (Meta ou Google). E faça perguntas cedo: os primeiros meses servem para isso."),
    "de": ("Meine Tipps für die ersten Monate: Bitte jede Woche jemand Erfahrenes, über deine Arbeit zu schauen, notiere jeden Test mit seinen Zahlen und lerne ein Werbetool (Meta oder Google) richtig gut kennen. Und frag früh nach: Dafür sind die ersten Monate da.",
           "Meine Tipps für die ersten Monate: Bitten Sie jede Woche jemand Erfahrenes, über Ihre Arbeit zu schauen, notieren Sie jeden Test mit seinen Zahlen und lernen Sie ein Werbetool (Meta oder Google) richtig gut kennen. Und fragen Sie früh nach: Dafür sind die ersten Monate da."),
    "nl": ("Mijn tips voor de eerste maanden: vraag elke week een senior om naar je werk te kijken, noteer elke test met de cijfers en leer één advertentietool (Meta of Google) door en door kennen. En stel je vragen vroeg: daar zijn de eerste maanden voor.",
           "Mijn tips voor de eerste maanden: vraag elke week een senior om naar uw werk te kijken, noteer elke test met de cijfers en leer één advertentietool (Meta of Google) door en door kennen. En stel uw vragen vroeg: daar zijn de eerste maanden voor."),
}


#: A meetup or afterwork named by its proper name ("the Lyon Growth Meetup", "le Nantes Digital Afterwork", "het Utrecht
#: Marketing Meetup"): an event the sender went to, never a question about where to find meetups.
_SCENE_NAMED = r"\b(?:[A-Z][\w&'-]*\s+){1,3}(?:Meetups?|Afterworks?|MeetUps?)\b"


def _quick_answer(name: str, facts: Facts, note: str, context: Mapping[str, Any], *, lang: str, shop: bool = False, learner: bool = False) -> str:
    """A quick practical question ("a tip to lower my CPC?", "which certifications?", "SEO or ads?") answered by
    name with a concrete next step, or "" when the note asks something else (see :mod:`quickq`)."""
    if facts.ask == "recommend" and name != "recruiting" and quickq.subject(facts.question or _last_question(note))[0] == "scene_a":
        # "Do you know a good agency for Google Ads?": how to choose one now, never "I'll send you names this week"
        return quickq.scene_local(quickq.answer(lang, "scene_a", [], informal=bool(context.get("informal")),
                                                learner=learner or _seeker(name, facts, note)),
                                  lang, note)
    if name == "met_before" and facts.ask == "question" and not (facts.proposal or facts.client or facts.offers) \
            and facts.qkind != "send" and quickq.subject(facts.question or _last_question(note))[0] == "scene_m":
        # "coincidimos en el taller … ¿sabes si hay más meetups de marketing por aquí?": where to find them, answered,
        # never "what are you working on?" as if nothing was asked; "on organise un afterwork, je t'envoie l'invit ?" offers
        # to send the invitation (qkind "send"), answered yes, never with where to find meetups
        return quickq.scene_local(quickq.answer(lang, "scene_m", [], informal=bool(context.get("informal"))), lang, note)
    if name in ("met_before", "recruiting", "client", "business_proposal", "sales_pitch", "referral") or facts.client or facts.service:
        return ""
    if facts.proposal or facts.request in ("interview", "comment", "jury", "mentor", "trial") or facts.candidate or facts.cv or facts.funding:
        return ""
    if facts.qkind in ("send", "share", "permission", "visit") or facts.ask in ("interns", "services", "intro", "feedback", "questions",
                                                                                "proposal", "meet", "call") or facts.shall_we:
        return ""
    if not context.get("in_field", True) or context.get("known") or context.get("tool_choice"):
        return ""
    question = facts.question or _last_question(note)
    key, options = quickq.subject(question, facts.options or choice_options(question))
    if not key and question and not facts.options:
        # "ob ich mich eher auf SEO oder auf Paid Social spezialisieren sollte. Was würdest du raten?": the choice is told
        # in an earlier sentence, the question only asks for the advice
        earlier = next((o for o in (choice_options(note[a:b]) for a, b in reversed(core_clauses(note))) if o), [])
        if earlier and cre.search(_ADVICE_ASK + r"|\b(?:was (?:wurdest|meinst)|what would you|qu'en (?:penses|pensez)|que (?:harias|me aconsejas)|cosa (?:faresti|mi consigli)|o que (?:voce |vc )?faria|wat zou (?:jij|je|u))\b", fold(question)):
            key, options = quickq.subject(note, earlier)
    if not key and question:
        # "saw your talk at the Lyon Growth Meetup … do you think Meta ads still work for B2B?": a meetup named as where they
        # saw her is no question about meetups, never answered with where to find them
        key, options = quickq.subject(cre.sub(_SCENE_NAMED, " ", note), [])  # "where would you start? Any course you'd recommend?": the earlier question
        if key in ("budget", "tool", "course") and len(question.split()) > 3:
            key = ""  # the subject of a statement, not of the question ("Que opinas?" asks about the budget just told)
        placed = key.startswith("scene") and cre.search(_PLACED_AT_AGENCY, fold(note)) and not cre.search(_PLACEMENT_SOUGHT, fold(note))
        if placed and facts.ask == "advice" and not facts.wanted:
            # "Comecei agora como estagiário numa agência … Alguma dica pra quem tá começando?": the agency is where they
            # already work, never one to choose; tips for their first months there
            pair = _PLACED_TIPS.get(lang) or _PLACED_TIPS.get(lang[:2])
            return pair[0 if context.get("informal") else 1] if pair else ""
        if key.startswith("scene") and (facts.wanted or placed):
            key = ""  # "Sou júnior numa agência … Tens algum template?": the thing asked for, never agencies to look for
    if key == "course" and quickq.subject(note, [])[0] in ("start", "start_course"):
        key = "start_course"  # "Por dónde empezarías? ¿Algún curso?": both questions
    if name == "job_seeking" and (key not in ("scene", "scene_a", "scene_m", "choice", "start", "start_course", "certs", "course")
                                  or "recommend" in [a.split(":")[0] for a in facts.asks]
                                  or cre.search(_JOB_LEAD + "|" + _OPENING_HEARD, fold(question))):
        return ""  # "des contacts d'agences qui recrutent ?", "welke bureaus zoeken …?": a lead for the job search, the job seeker's reply
    if key.startswith("scene"):
        # "¿conoces alguna agencia de SEO en Valencia?": a job seeker gets where to look, a business how to choose one
        learner = learner or _seeker(name, facts, note)
    if key == "start" and not learner and not context.get("amount") and cre.search(quickq.FRUGAL, fold(note)):
        # "Par quoi commenceriez-vous sans trop dépenser ?": the free first step, never "tell me where you stand"
        return quickq.holding(lang, informal=bool(context.get("informal")), frugal=True)
    line = quickq.answer(lang, key, options, informal=bool(context.get("informal")), shop=shop, learner=learner, amount=bool(context.get("amount")))
    return quickq.scene_local(line, lang, note) if key.startswith("scene") else line


#: "comércio online", "online shops", "marketing en ligne": what the talk is about, never a sign of a video call.
_ONLINE_TRADE = (r"\b(?:comercio|commerce|marketing|vendas|ventas|vendite|lojas?|tiendas?|negozi\w*|boutiques?|shops?|stores?|winkels?|publicidade|publicidad"
                 r"|presenca|presencia|visibilidade|visibilidad|visibilite|handel)\s+(?:online|on-line|en ligne)\b"
                 r"|\b(?:online|on-line|en ligne)[- ](?:shops?|stores?|commerce|business|marketing|sales|verkauf|winkels?|handel|boutiques?|lojas?|tiendas?|negozi\w*)\b")

#: A compliment in the note ("j'apprécie beaucoup votre travail", "I love your posts", "top contenu") (folded).
_COMPLIMENT = (r"\b(?:love|loved|enjoy|enjoyed|admire|appreciate|apprecie|j'adore|j'aime|adoro|me encanta\w*|me gusta\w*|mi piace\w*|aprecio|apprezzo|gosto muito|ich mag|ich schatze|ik waardeer)"
               r"\b[^.!?]{0,25}\b(?:your|vos|votre|ton|tes|tu|tus|su|sus|tuo|tuoi|sua|suoi|seu|seus|teu|teus|dein\w*|ihr\w*|je|jouw|uw)\s+(?:\w+\s+)?(?:posts?|articles?|contenus?|content|work|travail|trabajo|lavoro|trabalho|arbeit|werk|publications?|publicaciones|contenidos?|contenuti|conteudos?|inhalte?|newsletter|videos?|profil\w*|perfil)\b"
               r"|\b(?:top|super|great|excellent\w*|genial|ottimo|otimo|toller?|geweldig\w*|tres bon|très bon) (?:contenus?|content|posts?|inhalte?|contenidos?|contenuti|conteudos?|werk|travail|work)\b"
               r"|\b(?:toujours |tres |vraiment |always |really |sempre |siempre |immer |altijd )?(?:interessant|intéressant|interesting|interesante|interessante|inspirant|inspiring|inspirador\w*|inspirierend)\w* (?:de suivre|to follow|seguir|da seguire|zu folgen|om te volgen)\b")

#: The thanks for it, (informal, formal).
_KIND_THANKS = {"fr": ("Et merci pour ton petit mot !", "Je suis sensible à vos mots aimables."),  # plain: "me touchent beaucoup" was too much for "j'apprécie vos contenus"
                "en": ("And thanks for the kind words!", "And thank you for the kind words."),
                "de": ("Danke auch für deine netten Worte!", "Danke auch für Ihre freundlichen Worte."),
                "es": ("¡Y gracias por tus palabras!", "Y gracias por sus amables palabras."),
                "it": ("E grazie per le belle parole!", "E grazie per le Sue parole gentili."),
                "pt": ("E obrigada pelas palavras simpáticas!", "E obrigada pelas suas palavras simpáticas."),
                "pt-BR": ("E obrigada pelas palavras gentis!", "E obrigada pelas suas palavras gentis."),
                "nl": ("En dank voor je vriendelijke woorden!", "En dank voor uw vriendelijke woorden.")}

_MEETING_ASK = (r"\b(?:kennismakings?gesprek\w*|gesprek\w*|bellen|afspraak|call|chat|meeting|gesprach\w*|telefonat\w*|kennenlern\w*|rendez-vous|echanger|appel"
                r"|llamada|reunion|charla|chiamata|incontro|videocall|conversa|reuniao|chamada|koffie|coffee|cafe|kaffee|talk|vortrag|conference|conferencia"
                # (a Portuguese "palestra" is a talk; the Italian one a gym: "per una palestra locale", "la mia palestra")
                r"|(?<!\buna )(?<!\bla )(?<!\bmia )(?<!\bnostra )(?<!\bdella )(?<!\bin )palestra(?! (?:local[ei]|di quartiere)))\b")
#: The sender's own café or bar ("j'ai un petit café à Villeurbanne", "I run a coffee bar"): a business, never a coffee asked for.
_OWN_VENUE = (r"\b(?:j'ai|je tiens|je gere|nous avons|on a|i run|i own|i have|we run|we own|we have|tengo|llevo|tenemos|ho|gestisco|abbiamo"
              r"|ich habe|ich fuhre|wir haben|tenho|temos|ik heb|wij hebben|we hebben)\s+(?:\w+\s+){0,2}?(?:cafe|coffee(?: shop| bar)?|kaffee|koffie\w*)\b"
              # "Testbudget für einem kleinen Cafe", "een klein café als testbudget", "a small café spend": a small café the
              # question is about (a business), never a coffee to meet over ("un petit café" stays: French for the drink too)
              r"|\b(?:(?:a|an|my|our)\s+(?:small|little|tiny|local)|(?:ein|einem|einen|mein|meinem|unser|unserem)\s+(?:kleine[nms]?|lokale[nms]?)"
              r"|(?:een|mijn|ons|onze)\s+(?:klein|kleine|lokaal|lokale)|(?:un|mi|um|o meu)\s+(?:pequeno|pequenino))\s+(?:cafe|coffee ?shop|coffee bar|koffiebar|koffiezaak)\b"
              # "quel budget de test pour un petit café ?": a budget asked for a café is asked for the business
              r"|\b(?:budget|combien)\b[^?.!]{0,60}?\bpour (?:un|mon|notre) (?:petit )?cafe\b")
_CONNECT_ASK = r"(?:conect\w*|connect\w*|vernetz\w*|collegh\w*|conectar\w*|ligar\w*|connecter|verbinden|linken)"
_WHEN_ASK = r"\b(?:wanneer|when|quand|wann|cuando|quando)\b"
_ADVICE_ASK = (r"\b(?:tipp?s?|advies|advice|conseils?|consejos?|consigli\w*|conselhos?|ratschlag|raad|recommend\w*|recomend\w*|recomiend\w*|aconselh\w*"
               # "¿me podrías orientar?", "pode me orientar?", "orientarmi": guidance asked
               r"|orientar\w*|orientacion|orientacao"
               r"|should i|moet ik|zou ik|sollte ich|soll ich|devrais-je|dois-je|dovrei|deberia|deveria|lohnt|worth it|vaut le coup|vale la pena|vale a pena|ne vale)\b")
_SELF_TOLD = (r"\b(?:ik ben|ich bin|bin im|je suis|i'm|i am|soy|estoy|sono|sou|estou|ik werk|ich arbeite|je travaille|i work|trabajo|lavoro|trabalho|studeer\w*|studier\w*"
              r"|student\w*|etudiant\w*|estudiante|studente|estudante|semester|semestre|heb een|habe einen?|j'ai une?|i have an?|i run|tengo una?|ho una?|tenho uma?)\b")


def direct_kind(note: str, situated: bool) -> str:
    """What a question the stock "it depends on your situation" would answer really is: "none" (the note asks
    nothing), "meeting" (a call or a talk asked for), "when" (a date asked), "sequel" (a follow-up of one of her
    pieces asked), "next_piece" (a subject asked of her next pieces), "advice" (advice asked, the facts given), "other" (a direct question), or "" (advice asked without the facts: the stock answer fits).

    >>> direct_kind("Saw your post on Reels, spot on. Connecting!", False), direct_kind("When is the next session?", False)
    ('none', 'when')
    """
    folded = fold(note)
    question = fold(_last_question(note)) if "?" in note else ""
    indirect = cre.search(INDIRECT_ASK, folded)
    if not question and indirect:
        question = folded[indirect.start():]  # "me gustaría saber si harías una charla": a question without its "?"
    if not question or cre.fullmatch(rf"\W*(?:\w+\W+){{0,3}}?{_CONNECT_ASK}\W*", question):
        return "none"  # nothing asked, or only "shall we connect?"
    if cre.search(_MEETING_ASK, cre.sub(_OWN_VENUE, " ", question)):
        return "meeting"  # (the sender's own café, "einem kleinen Cafe", is the business asked about, never a coffee asked for)
    if cre.search(quickq.SEQUEL_ASKED, question) and cre.search(quickq.SEQUEL_PIECE, folded):
        return "sequel"  # "Ga je daar nog een vervolg op schrijven?": her own plans, answered as hers (quickq.sequel_line)
    if cre.search(quickq.NEXT_PIECE_ASKED, question) and cre.search(quickq.SEQUEL_PIECE, folded):
        return "next_piece"  # "Schreibst du auch mal was über TikTok?": the subject of a piece of hers to come
    if cre.search(_WHEN_ASK, question):
        return "when"
    if cre.search(_ADVICE_ASK, folded):
        return "advice" if situated or cre.search(_SELF_TOLD, folded) else ""
    asks_how = cre.search(r"\b(?:hoe|how|comment|wie|como|come|wat|what|welke?|which|quel\w*|cual\w*|quale|qual|was)\b", question)
    return "other" if len(question.split()) >= 6 or asks_how and len(question.split()) >= 3 else ""  # "quick question about SEO?" says too little: tell me more


#: What the owner's settings cannot tell: a place or a country, interns, a price, a date, an advanced or special course.
_UNKNOWABLE = (r"\b(?:stagiaires?|stage|interns?|internships?|praktikant\w*|praktik\w+|becari\w*|practicas|stagist\w*|tirocin\w+|estagi\w+|stagiair\w*|stage"
               r"|tarifs?|prix|price|rates?|kosten|preis\w*|precio\w*|prezz\w*|preco\w*|prijs\w*|per hour|de l'heure|pro stunde|por hora|all'ora|per uur"
               r"|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes"
               r"|lunedi|martedi|mercoledi|giovedi|venerdi|segunda|terca|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|deadline|avant|before|bis|antes|entro"
               r"|avance\w*|advanced|fortgeschritten\w*|avanzad\w*|avanzat\w*|avancad\w*|gevorderd\w*|vervolg\w*|niveau 2|level 2)\b")
_LANGUAGE_NAMES = r"(?:anglais|english|englisch|ingles|inglese|engels|francais|french|franzosisch|francese|frances|frans|allemand|german|deutsch|aleman|tedesco|alemao|duits)"


#: A learner already in a job who says so ("ich bin Werkstudent im Marketing bei Bosch", "ik ben werkstudent bij Philips",
#: "je suis alternante chez", "I'm a working student at", "soy becaria en", "sono stagista presso", "sou estagiária na") (folded).
_LEARNER_NOW = (r"\b(?:ich bin (?:\w+ )?(?:werkstudent\w*|praktikant\w*|azubi|auszubildende\w*|trainee)|ik ben (?:\w+ )?(?:werkstudent\w*|stagiair\w*|trainee)"
                r"|(?:i'?m|i am) (?:currently )?(?:an? )?(?:working student|intern|trainee|apprentice)|je suis (?:actuellement )?(?:en )?(?:alternan\w*|stagiaire|apprenti\w*|stage)"
                r"|(?:soy|estoy de) (?:becari[oa]|practicante)|sono (?:un[oa]? |un'|una )?(?:stagista|tirocinante|apprendista)"
                r"|sou (?:um |uma )?(?:estagiari[oa]|jovem aprendiz|trainee))\b")
#: A wish to learn from her experience ("von deinen Erfahrungen lernen", "van je ervaring leren", "learn from your
#: experience", "apprendre de votre expérience", "aprender de tu experiencia", "imparare dalla tua esperienza") (folded).
_LEARN_FROM = (r"\b(?:von (?:deine[nmr]?|ihre[nmr]?|dir) (?:erfahrung\w* )?(?:zu )?lernen|learn (?:from|with) (?:you|your)"
               r"|apprendre (?:de (?:ton|ta|tes|votre|vos)|aupres de (?:toi|vous)|a (?:tes|vos) cotes)|aprender (?:de (?:tu|su|ti|usted)|con(?:tigo| (?:tu|su|voce|a sua|o seu|a tua))|com (?:voce|a senhora|a sua|a tua|o seu|o teu))"
               r"|imparare (?:dalla (?:tua|sua)|da (?:te|lei)|dalle (?:tue|sue))|van (?:je|jouw|uw|jou|u) (?:ervaring\w* |expertise )?(?:te )?leren"
               r"|(?:leren|lernen|learn|apprendre|aprender|imparare) (?:van|von|from|de|da|com) (?:mensen|menschen|leuten|people|gens|personas|persone|pessoas)"
               r" (?:zoals|wie|like|comme|como|come)|von (?:menschen|leuten) wie (?:dir|ihnen|du|sie) (?:zu )?lernen)\b")
#: Her list of tools asked for with her slides ("the list of tools you mentioned", "la liste des outils", "die Tool-Liste") (folded).
_TOOL_LIST = (r"\b(?:(?:list|liste|lista|lijst) (?:of|des|de|der|degli|dei|delle|das|met|van) (?:\w+ )?(?:tools|outils|herramientas|strumenti|ferramentas|werkzeuge)"
              r"|tool-?liste|toollijst|tool ?list)\b")
#: Words of a job search the role lexicon may miss (folded).
_SEEKING = (r"\b(?:cherche\w*|recherche\w*|looking for|seeking|searching|suche\w*|zoek\w*|busco|buscando|cerco|cercando|procuro|procurando|a procura"
            r"|herausforderung|uitdaging|challenge|nouveau defi|nuevo reto|nuova sfida|novo desafio|beschikbaar|available|disponible|disponibile|disponivel"
            r"|verfugbar|offenen? stellen?|open to work|opentowork|vacatures?|openings?|vacantes?|vagas?)\b")
#: Seeking something FOR the sender's own organisation (folded): "je cherche des consultantes pour notre programme",
#: "suche ich nach Impulsen für unsere LinkedIn-Strategie", "busco ideas para nuestra marca": people or ideas sought, no job search
_SEEK_FOR_OURS = (r"\b(?:cherche\w*|recherche\w*|looking for|seeking|searching for|suche\w*|zoek\w*|busco|buscamos|buscando|cerco|cerchiamo|cercando"
                  r"|procuro|procuramos|procurando|a procura)\b[^.!?\n]{0,60}?\b(?:pour (?:notre|nos)|for (?:our|my (?:team|company|agency|brand|shop|business))"
                  r"|fur (?:unser\w*|meine\w* (?:firma|team|marke|agentur))|para (?:nuestr[oa]s?|(?:o |a |os |as )?noss[oa]s?)|per (?:il |la |i |le |gli |l')?nostr[oaie]"
                  r"|voor (?:onze|ons))\b")
#: A job seeker's question that asks for a lead as well as advice ("qualche consiglio o contatto?"): the CV reply stays.
#: Advice asked on a subject: "consejo sobre cómo entrar en el sector", "tips on breaking into SEO", "conseils pour percer" (folded).
_ADVICE_ON = (r"\b(?:consejos?|conseils?|advice|tips|tipps?|ratschlag\w*|consigli?o?|suggeriment\w*|dicas?|conselhos?|advies|orientacion|orientacao)\b"
              r"\s+(?:\w+\s+){0,2}?(?:sobre|sur|on|about|su|sul|sulla|zu|uber|over|para|per|pour|for|om|como|come|comment|how|wie|hoe|de como)\b[^.!?\n]{15,}")
#: A job seeker's question that only asks for an opening ("any opportunity?", "hast du etwas für mich?", "tem alguma vaga?").
_OPENING_ASK = (r"^\W*(?:\w+\W+){0,6}?(?:opportunit\w*|oportunidad\w*|oportunidade\w*|opportunita|moglichkeit\w*|stelle|kans(?:en)?|vacature\w*"
                r"|openings?|vaga|vagas|plaza|posto|something for me|quelque chose pour moi|algo para mi|qualcosa per me|algo para mim"
                r"|etwas fur mich|iets voor mij|un poste|une place)\W*$")
#: "Any chance you know of openings in Lyon?", "sabes de alguna vacante?", "weet je vacatures?" (folded): openings asked for,
#: which the reply's lead answers, never a question to give pointers on.
_KNOW_OPENINGS = (r"\bknow of (?:any )?(?:openings?|jobs?|positions?|vacanc\w+|roles?|leads?)\b"
                  r"|\b(?:connais|connaissez|sais|savez)[- ](?:tu|vous) (?:des |de |d')?(?:postes?|offres?|opportunites|ouvertures)\b"
                  r"|\b(?:sabes|sabe|conoces|conoce) (?:de )?(?:alguna |algun )?(?:vacantes?|ofertas?|puestos?|oportunidad\w*)\b"
                  r"|\b(?:sai|sa|conosci|conosce) (?:di )?(?:qualche |delle |dei )?(?:posizion\w+|offert\w+|opportunita|posti di lavoro)\b"
                  r"|\b(?:kennst du|kennen sie|weisst du|wissen sie) (?:\w+ )?(?:offene )?(?:stellen|jobs|stellenangebote)\b"
                  r"|\b(?:sabes|sabe|conheces|conhece) (?:de )?(?:alguma |algum )?(?:vagas?|oportunidades?|ofertas?)\b"
                  r"|\b(?:weet|ken) (?:je|u|jij) (?:\w+ )?(?:vacatures|banen|openstaande)\b")
#: "Let me know if you hear of anything?" (folded): a request to be told of openings, which the reply's lead promises.
_TELL_ME_IF = (r"\b(?:let me know|keep me (?:in mind|posted)|(?:if|should) you (?:hear|know|come across) (?:of )?(?:anything|something)"
               r"|fais-moi signe|faites-moi signe|tiens-moi au courant|tenez-moi au courant|si (?:tu|vous) (?:entends|entendez|vois|voyez) (?:parler de )?quelque chose"
               r"|avisame|me avisas|me avisa|avise-me|avisa-me|me avise|si (?:sabes|sabe|te enteras|se entera) de algo|se souber(?:es)? de algo|se (?:vir|vires|ouvir|ouvires) (?:falar de )?algo"
               r"|fammi sapere|mi faccia sapere|se (?:senti|sai|vedi|sente|sa|vede) (?:di )?qualcosa"
               r"|sag (?:mir )?bescheid|sagen sie (?:mir )?bescheid|gib mir bescheid|geben sie mir bescheid|wenn (?:du|sie) (?:von )?etwas (?:horst|horen|mitbekommst|mitbekommen)"
               r"|laat (?:het )?(?:me|mij) (?:het )?weten|als (?:je|u) iets hoort)\b")
_JOB_LEAD = (r"\b(?:contatt[oi]|contacts?|contactos?|contatos?|kontakte?|contacten|pistes?|leads?|vacan\w*|vacatures?|openings?"
             r"|offert[ae]|ofertas?|offres?|stellen|intro\w*"
             # "companies hiring", "des entreprises qui recrutent", "empresas contratando": a lead asked as well as advice
             r"|hiring|recrut\w*|recruit\w*|contratando|contratan|estan contratando|assumono|assumendo|einstell\w*|aannem\w*|nemen aan)\b")


#: A job seeker's own question about openings (folded): "recrutent ?", "hiring?", "se souber de alguma vaga, me avisa?",
#: "se sai di qualche posizione aperta", "wenn du von einer offenen Stelle hörst": a lead to pass on, never advice on agencies.
_OPENING_HEARD = (r"\b(?:recrut\w*|recruit\w*|hiring|einstell\w*|contrat\w*|assum\w*|aanneem\w*|vagas?|posizion[ei] apert[ae]|offenen? stelle"
                  r"|oportunidades?|opportunita|opportunit(?:y|ies))\b")


#: A question that hangs on the yes before it: "Si oui, quels sont vos tarifs ?", "If so, how much?", "Falls ja, was kostet
#: das?", "En caso afirmativo, ¿cuánto cuesta?", "Se sì, quanto costa?", "Se sim, qual o preço?", "Zo ja, wat kost dat?".
_IF_YES = (r"^\W*(?:si oui|si c'est le cas|dans ce cas|if so|if yes|if you do|if that's the case|falls ja|wenn ja|wenn dem so ist|falls dem so ist|falls ?ja"
           r"|en caso afirmativo|si es asi|si es el caso|de ser asi|si la respuesta es si|se si|se cosi|in caso affermativo|se for o caso|se sim|em caso afirmativo"
           r"|zo ja|indien ja|als dat zo is|als ja|zo ja)\b")


def _yes_no_question(note: str) -> str:
    """The note's yes/no question: its last question, or the one before it when the last hangs on its yes ("Vous proposez
    des audits pour les sites Shopify ? Si oui, quels sont vos tarifs ?": the audit asked first, its price after).

    >>> _yes_no_question("Vous proposez des audits Shopify ? Si oui quels sont vos tarifs ?")
    'Vous proposez des audits Shopify ?'
    """
    last = _last_question(note)
    if not last or not cre.search(_IF_YES, fold(last)):
        return last
    before = [q.strip() for q in cre.question_sentences(note[:note.rfind(last)] if last in note else "") if q.strip()]
    return before[-1] if before else last


def _settings_tell(question: str, facts: Facts, settings: Settings) -> bool:
    """Can the owner's settings answer this yes/no question (a service she offers, in a language she works in)?
    Never for a place, interns, a price, a date or an advanced course: those she answers herself."""
    folded = fold(question)
    if not folded or cre.search(_UNKNOWABLE, folded):
        return False
    # "ik heb een webshop in Gent en vroeg me af of je ook SEO audits doet?": the place the sender tells is not asked
    cue = cre.search(r"\b(?:vroeg me af|vraag me af|wondering|wonder|savoir si|wissen,? ob|frage mich|saber si|sapere se|saber se|weten of)\b", folded)
    asked = question[cue.start():] if cue and len(folded) == len(question) else question
    if cre.search(rf"\b(?:en|in|au|aux|nach|em|no|na|op|a|à)\s+(?!{_LANGUAGE_NAMES}\b)[A-ZÀ-Ý][a-zà-ÿ]+", asked):
        return False  # "des clients en Suisse ?": a place
    return facts.service in ("audit", "training", "coaching", "module") or in_field(question, settings)


_MONTHS = (r"(?:janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre|january|february|march|april|may|june|july"
           r"|august|september|october|november|december|januar|februar|märz|marz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
           r"|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|marco|maio"
           r"|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus)")
#: The days a sender names for a meeting: "il 3 e 4 luglio", "nos dias 18 e 19", "les 18 et 19 mars", "am 12. und 13. Mai".
_MEET_DAYS = (rf"(?i)\b(?:(?:le|les|el|los|il|am|on|op|nos dias|no dia|dias|los dias|i giorni|the)\s+)?\d{{1,2}}\.?(?:\s+(?:e|et|y|und|and|en|&|-)\s+\d{{1,2}}\.?|\s*[-–]\s*\d{{1,2}}\.?)?\s+(?:de\s+)?{_MONTHS}\b"
              r"|\b(?:nos dias|los dias|les|i giorni|am)\s+\d{1,2}\.?\s+(?:e|et|y|und|en)\s+\d{1,2}\b"
              # "I will be in Lyon on May 15th": the English month before its day
              rf"|\b(?:on\s+)?(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b")


_STUDENTS = (r"\b(?:etudiant\w*|eleves|students?|studierende\w*|student\w*|estudiantes?|alumn[oa]s|studenti|studentess\w*|alunos|alunas|leerlingen"
             r"|universit\w*|hochschul\w*|fachhochschul\w*|studiengang\w*|vorlesung\w*|gastvorlesung\w*|hogeschool|ecole|school|escuela|scuola|escola|faculdade|facultad|facolta"
             r"|master|bachelor|licence|iut|bts|mba|lecture|cours magistral|corso di laurea|licenciatura|mestrado|grado)\b")
#: who a course is for, when the note names them ("un module pour les commerçants", "a course for shop owners").
_AUDIENCE_NOUNS = (r"commercants|artisans|entrepreneurs?|independants|dirigeants|adherents|membres|createurs|createurs d'entreprise|porteurs de projets?"
                   r"|shopkeepers|shop owners|retailers|merchants|business owners|founders|members|small business owners|freelancers"
                   r"|handler|einzelhandler|unternehmer\w*|grunder\w*|selbststandige|mitglieder|handwerker\w*|ladenbesitzer\w*"
                   r"|comerciantes|emprendedores|autonomos|socios|empresarios|artesanos|commercianti|imprenditori|artigiani|negozianti|soci|associati"
                   r"|lojistas|empreendedores|empresarios|associados|comerciantes|ondernemers|winkeliers|zzp'ers|leden|ambachtslieden|retailers")


def _taught(note: str, headline: str) -> str:
    """Who a teaching request is for: ``students`` when the note or headline speaks of students or a school, else
    ``module`` (the note names a module) or ``course``: "Intervenir auprès des étudiants" is never written to a chamber
    of commerce training shopkeepers."""
    text = fold(f"{note} {headline}")
    if cre.search(_STUDENTS, text):
        return "students"
    return "module" if cre.search(r"\b(?:modules?|modul\w*|modulo|moduli|modulos)\b", text) else "course"


def _taught_for(note: str) -> str:
    """The audience a course is for, as written with its preposition ("pour les commerçants", "für Händler"), or ""."""
    m = cre.search(rf"(?i)\b(?:pour|for|fur|für|para|per|voor)\s+(?:(?:les|des|the|our|nos|die|unsere|unseren|los|las|nuestros|nuestras|i|gli|le|nostri|nostre|os|as|nossos|nossas|de|onze|kleine|small|petits)\s+){{0,2}}(?:{_AUDIENCE_NOUNS})\b",
                   fold(note))
    return note[m.start():m.end()] if m else ""


def _student_job(headline: str) -> str:
    """What a student's headline says about work: ``intern`` (already interning), ``apprentice``, ``both`` (looking for
    an internship or a first job), ``seek_intern`` (looking for an internship), or "" (the welcome then offers help
    with the studies and the first steps in the field, never an internship search the headline does not state)."""
    h = fold(headline)
    if cre.search(r"\b(?:stage|internship|praktikum|practicas|tirocinio|estagio)\b.{0,12}\b(?:ou|or|oder|o|of)\b.{0,6}\b(?:premier|first|erste|primer|primo|primeiro|eerste)\b", h):
        return "both"
    if cre.search(r"\b(?:looking|recherche|cherche|zoek|suche|busco|buscando|cerco|procuro|procura|seeking|op zoek)\b", h):
        # "En recherche d'alternance": an apprenticeship searched, never called an internship
        if cre.search(r"\b(?:alternance|apprenti\w*|ausbildung\w*|dual\w*|apprendistato|aprendiz\w*|leerwerk\w*)\b", h):
            return "seek_apprentice"
        # "Looking for an internship": the search is named; a bare student is never assumed to be searching
        return "seek_intern" if cre.search(r"\b(?:stage|internship|praktikum\w*|practicas|tirocinio|estagio|stageplek)\b", h) else ""
    if cre.search(r"\b(?:stagiaire|intern|stagiair|praktikant\w*|becari[oa]|stagista|estagiari[oa]|tirocinante)\b", h):
        return "intern"
    if cre.search(r"\bwerkstudent\w*\b", h):
        return "working"
    if cre.search(r"\b(?:alternant\w*|apprenti\w*|dual\w*|apprendista|aprendiz)\b", h):
        return "apprentice"
    return ""


_TOPIC_OF = {"fr": [(r"^sur le ", "du "), (r"^sur les ", "des "), (r"^sur la ", "de la "), (r"^sur l'", "de l'"), (r"^sur ", "de "),
                    (r"^(?:a propos|au sujet|autour) (?=d)", "")],
             "it": [(r"^sul ", "del "), (r"^sulla ", "della "), (r"^sui ", "dei "), (r"^sugli ", "degli "), (r"^sulle ", "delle "),
                    (r"^sull'", "dell'"), (r"^sullo ", "dello "), (r"^su ", "di ")]}


#: An invitation to speak that says it is unpaid (folded): "we hebben geen budget voor een vergoeding", "kein Budget für
#: Honorare", "no budget for a fee", "it's unpaid", "pas de budget pour vous rémunérer", "no hay presupuesto para honorarios",
#: "non c'è budget per un compenso", "não temos orçamento para cachê", "ehrenamtlich", "pro bono".
_TALK_UNPAID = (r"\b(?:(?:geen|kein\w*|no|pas de|sin|senza|sem|nessun\w*|niet|nicht)\s+(?:\w+\s+){0,2}?(?:budget|geld|presupuesto|orcamento|fondi)\s+(?:\w+\s+){0,2}?"
                r"(?:vergoeding|honorar\w*|fee|fees|speaker fees?|remuner\w*|retribu\w*|compens\w*|pag\w*|pay\w*|cache|cachet|bezahl\w*|betal\w*)"
                r"|(?:geen|keine?n?|no|pas de|sin|senza|sem|nessun)\s+(?:\w+\s+)?(?:vergoeding|honorar\w*|fee|remuneration|remuneracion|remuneracao|compenso|cache|cachet|gage)"
                # "we can't pay a fee", "nous ne pouvons pas vous rémunérer", "no podemos pagar honorarios", "non possiamo pagare un compenso"
                r"|(?:can'?t|cannot|unable to|ne pouvons pas|ne pouvons|no podemos|non possiamo|nao podemos|konnen wir kein\w*|kunnen (?:we )?(?:helaas )?geen)\s+"
                r"(?:\w+\s+){0,2}?(?:pay|payer|pagar|pagare|zahlen|betalen|remunerer|honorar\w*)"
                # "Honorar ist leider keins vorgesehen": the fee named first, then that there is none
                r"|honorar\w*\s+(?:ist|gibt es|haben wir)\s+(?:\w+\s+){0,2}?(?:keins|keines|nicht vorgesehen)"
                r"|unpaid|onbetaald|unbezahlt|unentgeltlich|ehrenamtlich|non remunere\w*|benevol\w*|no remunerad\w*|non retribuit\w*|nao remunerad\w*|pro bono)\b")
#: Her answer to it: no fee is fine (the yes already said).
_UNPAID_OK = {"en": "And unpaid is fine with me.", "fr": "Et l'absence de rémunération ne pose pas de problème.",
              "de": "Dass es kein Honorar gibt, ist kein Problem.", "nl": "Dat er geen vergoeding is, is geen probleem.",
              "es": "Que no haya remuneración no es ningún problema.", "it": "E non c'è problema per il compenso.",
              "pt": "E não haver remuneração não é problema nenhum.", "pt-BR": "E não ter cachê não é problema nenhum."}

#: The session an invitation asks for, as the reply's sentence names it ("thank you for thinking of me for a workshop").
_KIND_PHRASES = {
    "en": {"module": "a module", "workshop": "a workshop", "talk": "a talk", "lecture": "a guest lecture", "seminar": "a seminar", "webinar": "a webinar", "masterclass": "a masterclass", "session": "a session"},
    "fr": {"module": "assurer un module", "workshop": "animer un atelier", "talk": "donner une conférence", "lecture": "donner un cours", "seminar": "animer un séminaire",
           "webinar": "animer un webinaire", "masterclass": "animer une masterclass", "session": "animer une session"},
    "de": {"module": "ein Modul", "workshop": "einen Workshop", "talk": "einen Vortrag", "lecture": "eine Gastvorlesung", "seminar": "ein Seminar", "webinar": "ein Webinar",
           "masterclass": "eine Masterclass", "session": "eine Session"},
    "es": {"module": "un módulo", "workshop": "un taller", "talk": "una charla", "lecture": "una clase", "seminar": "un seminario", "webinar": "un webinar", "masterclass": "una masterclass", "session": "una sesión"},
    "it": {"module": "un modulo", "workshop": "un workshop", "talk": "un intervento", "lecture": "una lezione", "seminar": "un seminario", "webinar": "un webinar", "masterclass": "una masterclass", "session": "una sessione"},
    "pt": {"module": "um módulo", "workshop": "um workshop", "talk": "uma palestra", "lecture": "uma aula", "seminar": "um seminário", "webinar": "um webinar", "masterclass": "uma masterclass", "session": "uma sessão"},
    "nl": {"module": "een module", "workshop": "een workshop", "talk": "een lezing", "lecture": "een gastcollege", "seminar": "een seminar", "webinar": "een webinar", "masterclass": "een masterclass", "session": "een sessie"},
}


#: A format's own word in the note ("aula magna", "clase magistral", "opening keynote", "leçon inaugurale"): the reply names it so.
#: Romance: the noun, then its qualifier; English: the qualifier, then the noun. (folded)
_FORMAT_AFTER = (r"(?P<noun>aulas?|clases?|lezioni?|lezione|cours|lecons?|conferencias?|conferences?|palestras?|masterclass|seminari[oa]s?|seminaires?|talleres|taller|ateliers?|workshops?|keynotes?)"
                 r"\s+(?P<mod>magnas?|magistra(?:l|is|les?)|inaugura(?:l|is|les?)|abiertas?|abertas?|aperta|aperte|ouvertes?|plenari[ao]s?|plenieres?"
                 r"|de (?:abertura|encerramento|apertura|clausura|cloture)|d'ouverture|di (?:apertura|chiusura))\b")
_FORMAT_BEFORE = r"\b(?P<mod>opening|closing|inaugural|plenary|open)\s+(?P<noun>keynotes?|lectures?|class(?:es)?|talks?|sessions?|masterclass(?:es)?)\b"
#: A qualifier naming one slot of an event (the opening keynote, the aula magna): said with the definite article.
_ONE_SLOT = r"^(?:magna|inaugura|opening|closing|de abertura|de encerramento|de apertura|de clausura|de cloture|d'ouverture|di apertura|di chiusura)"
#: The kind phrase's indefinite article → its definite one (the noun's first letter decides French/Italian elision).
_DEFINITE = {"en": ((r"^(?:a|an) ", "the "),), "pt": ((r"^um ", "o "), (r"^uma ", "a ")), "es": ((r"^un ", "el "), (r"^una ", "la ")),
             "it": ((r"^un (?=[aeiouAEIOU])", "l'"), (r"^una ", "la "), (r"^un ", "il ")),
             "fr": ((r"^(\w+) (?:un|une) (?=[aeiouéèAEIOUÉ])", r"\1 l'"), (r"^(\w+) un ", r"\1 le "), (r"^(\w+) une ", r"\1 la "))}


#: A seat on a panel, as the reply thanks for it: (a round table, a panel), per language.
_PANEL_KIND = {"en": ("the round table", "the panel"), "fr": ("participer à la table ronde", "participer au panel"),
               "de": ("die Gesprächsrunde", "die Podiumsdiskussion"), "nl": ("de rondetafel", "het panel"),
               "es": ("la mesa redonda", "el panel"), "it": ("la tavola rotonda", "il panel"), "pt": ("a mesa-redonda", "o painel")}


#: A date's article turned into "of the" when the date follows the event it belongs to ("il 20 maggio" → "del 20 maggio").
_DATE_OF = {"it": ((r"^(?:il |l')(?=(?:8|11)\b)", "dell'"), (r"^il (?=\d)", "del ")), "es": ((r"^el (?=\d)", "del "),), "fr": ((r"^le (?=\d|1er)", "du "),)}

#: A stage phrase closed by its city: "aux Rencontres du Digital à Annecy", "al congreso en Sevilla", "all'evento a Milano".
_STAGE_CITY_END = r"\s(?:à|a|en|in)\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?$"


def event_date(when: str, lang: str) -> str:
    """The event's date as it follows the event's name: "il 20 maggio" → "del 20 maggio"; other dates unchanged.

    >>> event_date("il 20 maggio", "it"), event_date("il 8 ottobre", "it"), event_date("el 14 de noviembre", "es"), event_date("le 3 juin", "fr")
    ('del 20 maggio', "dell'8 ottobre", 'del 14 de noviembre', 'du 3 juin')
    """
    for pat, of in _DATE_OF.get(lang[:2], ()):
        when = cre.sub(pat, of, when)
    return when


def _panel_kind(note: str, lang: str) -> str:
    """"the panel" / "la mesa redonda" when the note invites her onto a panel or a round table, else "".

    >>> _panel_kind("invitarla como ponente en la mesa redonda sobre SEO", "es"), _panel_kind("relatrice al panel sui social", "it")
    ('la mesa redonda', 'il panel')
    """
    folded = fold(note)
    m = next((p for p in cre.finditer(_PANEL, folded) if not seen_at(folded, p.start(), lang[:2])), None)  # ("te vi en el panel de …": where she was seen)
    pair = _PANEL_KIND.get(lang[:2])
    if not m or not pair:
        return ""
    return pair[0] if cre.match(r"round|table|tavol|mes|ronde|gesprachs|diskussionsr|expertenr", m.group(0)) else pair[1]


def _module_length(kind: str, note: str) -> str:
    """A module named with the length the note gives it ("un module de 20h", "a 12-hour module"), in the note's words.

    >>> _module_length("assurer un module", "un module de 20h sur le social ads"), _module_length("a module", "a 12-hour module on SEO")
    ('assurer un module de 20h', 'a 12-hour module')
    >>> _module_length("a workshop", "a 12-hour module on SEO")
    'a workshop'
    """
    m = cre.search(MODULE_LENGTH, fold(note))
    word = cre.search(r"(?i)\b(?:modules?|modul\w*|módulo|modulo|moduli)$", kind)
    if not m or not word or len(fold(note)) != len(note):
        return kind
    words = note[m.start():m.end()]
    return kind[:word.start()] + words[:1].lower() + words[1:]


def named_kind(kind: str, note: str, lang: str) -> str:
    """The session the reply thanks for, as the note names it: "uma aula" becomes "a aula magna", "a talk" "the opening keynote",
    "una clase" "una clase magistral"; the one slot of an event (aula magna, opening keynote, leçon inaugurale) is "the" one.

    >>> named_kind("uma aula", "gostaria de convidá-la para ministrar uma aula magna online", "pt")
    'a aula magna'
    >>> named_kind("una clase", "invitarla a impartir una clase magistral sobre SEO", "es"), named_kind("a talk", "to give the opening keynote of our seminar", "en")
    ('una clase magistral', 'the opening keynote')
    >>> named_kind("donner un cours", "vous inviter à donner la leçon inaugurale du master", "fr"), named_kind("a workshop", "run a workshop", "en")
    ('donner la leçon inaugurale', 'a workshop')
    """
    base = lang[:2]
    if not kind or not note or base not in _DEFINITE:
        return kind
    folded = fold(note)
    m = cre.search(_FORMAT_BEFORE if base == "en" else rf"\b{_FORMAT_AFTER}", folded)
    if not m:
        return kind
    words = note[m.start():m.end()]  # the note's own spelling (accents, case): folding keeps the length of these words
    if len(fold(words)) != len(words):
        return kind
    *head, last = kind.split(" ")
    lead = " ".join(head)
    if base == "en":
        lead = "an" if words[:1].lower() in "aeiou" else "a"
    elif base in ("fr", "it", "es", "pt"):
        # the article agrees with the note's noun ("un cours" → "une leçon", "uma aula", "un seminario")
        fem = bool(cre.search(r"^(?:aula|clase|lezion|lecon|conferen|palestra|masterclass|keynote)", fold(words)))
        art = {"fr": ("une", "un"), "it": ("una", "un"), "es": ("una", "un"), "pt": ("uma", "um")}[base][0 if fem else 1]
        lead = " ".join(head[:-1] + [art]) if head else art
    phrase = f"{lead} {words}".strip()
    before = folded[max(0, m.start() - 4):m.start()]
    the = {"en": r"the", "fr": r"la|le|l'", "es": r"el|la", "it": r"il|lo|la|l'", "pt": r"o|a"}[base]
    if cre.search(_ONE_SLOT, fold(m.group("mod"))) or cre.search(rf"(?:^|\s)(?:{the})\s*$", before):
        for rx, to in _DEFINITE[base]:
            if cre.search(rx, phrase):
                phrase = cre.sub(rx, to, phrase, count=1)
                break
    return phrase


_SOMEDAY = (r"\b(?:someday|some day|one day|at some point|one of these days|un jour|un de ces jours|a l'occasion|irgendwann|eines tages"
            r"|algun dia|un dia de estos|un giorno|prima o poi|um dia|qualquer dia|algum dia|ooit|op een dag|een keer)\b")
_PROJECT_NOUN = (r"(?i)\b(?:campaign|campagne|kampagne|campa[ñn]a|campagna|campanha|project|projet|projekt|proyecto|progetto|projeto"
                 r"|launch|lancement|relaunch|lanzamiento|lancio|lan[çc]amento|rebrand\w*|redesign|refonte|website|site web|sito)\w*")
_SHARED_WORK = {
    "en": r"(?i)\bworked (?:together |with you |alongside you )?(on the [^.,;!?()\n]{3,50}?)",
    "fr": r"(?i)\b(?:travaill|boss)[ée]e?s? ensemble (sur (?:la|le|les|l')\s?[^.,;!?()\n]{3,50}?)",
    "es": r"(?i)\btrabaj(?:amos|é|aste|ado) (?:juntos |juntas |contigo )?(en (?:la|el|los|las) [^.,;!?()\n]{3,50}?)",
    "it": r"(?i)\blavorato insieme ((?:a|su)(?:lla|l|llo|i|gli|lle|ll') ?[^.,;!?()\n]{3,50}?)",
    "de": r"(?i)\b(?:zusammen|gemeinsam) ((?:an|bei) (?:der|dem|den) [^.,;!?()\n]{3,50}?) gearbeitet",
    "pt": r"(?i)\btrabalh(?:amos|ámos|ei) (?:juntos |juntas |contigo |com você )?(n(?:a|o|as|os) [^.,;!?()\n]{3,50}?)",
    "nl": r"(?i)\bsamen ?gewerkt (aan (?:de|het) [^.,;!?()\n]{3,50}?)",
}
_SHARED_END = (r"(?=\s+(?:back|in|at|for|when|years?|ago|en|il y a|chez|quand|à|hace|cuando|nel|anni|fa|quando|im|vor|als|há|faz|em|jaren|toen|bij)\b"
               r"|\s+\d|[.,;!?()\n]|$)")


#: The sender passed the owner's piece on to their own team (folded): "shared it with my team", "je l'ai partagé à mon
#: équipe", "an meine Kollegen weitergeleitet", "se lo pasé a mi equipo", "l'ho girato ai miei colleghi", "partilhei com a
#: minha equipa", "met mijn team gedeeld" (never "could you share it with your team?").
_TEAM_MINE = (r"(?:my|our|mon|ma|mes|notre|nos|meine[mnrs]?|unsere[mnrs]?|mi|mis|nuestr[oa]s?|(?:il |la |i |le )?(?:mio|mia|miei|mie|nostr[oaie])"
              r"|(?:a |o |os |as )?(?:minha|meu|meus|minhas|nossa|nosso)|mijn|ons|onze)")
_TEAM_NOUN = (r"(?:team|teams|equipe|equipes|equipa|equipo|squadra|collegh[ie]|colleagues|collegues|coworkers|co-workers|kolleg\w*|mitarbeit\w*"
              r"|companeros|compañeros|colegas|collega's|collegas|staff|personale)")
_TEAM_VERB = (r"(?:shar\w*|pass\w*(?: it| this)? on|forward\w*|sent|circulat\w*|partag\w*|transfer\w*|transmis|fait suivre|envoye|geteilt|teile"
              r"|weitergeleitet|weitergegeben|geschickt|compart\w*|pase|pasado|reenvi\w*|condivis\w*|condivid\w*|girat\w*|inoltrat\w*"
              r"|compartilh\w*|partilh\w*|mandei|encaminh\w*|enviei|gedeeld|doorgestuurd|delen|deel|gestuurd)")
#: The team's reaction to her training, told by the one who booked it (folded): "the team loved it", "das Team ist begeistert",
#: "l'équipe a adoré", "el equipo quedó encantado", "il team è entusiasta", "a equipa adorou", "het team is enthousiast".
_TEAM_REACTION = (r"\b(?:team|teams|equipe|equipo|equipa|squadra|kollegen|kolleginnen|collegues|colleagues|colleghi|colegas|collega's|everyone|tout le monde|todos|tutti|iedereen)\b"
                  r"[^.!?]{0,40}\b(?:loved|enjoyed|thrilled|delighted|raving|ravie?s?|enchante\w*|conquis\w*|adore|begeistert|happy|zufrieden|encantad\w*|entusiasmad\w*"
                  r"|entusiast\w*|felic\w+|adorou|adoraram|gostou|gostaram|piaciut\w*|enthousiast\w*|blij|tevreden|lyrisch)\b")
#: A share announced, not done (folded): "I'll share it", "going to share", "je vais le partager", "je le partage", "ich teile ihn",
#: "lo compartiré", "lo condivido", "vou partilhar", "ik deel het".
_TEAM_WILL = (r"\b(?:will|'ll|going to|gonna|vais|va|vamos|vou|voy a|werde|werden|ga|gaan|zal|zullen|i share|i'm sharing|partagerai|partagerons"
              r"|compartire|compartiremos|condividero|condivideremo|partilharei|compartilharei|ik deel|deel ik|ich teile|teile ich)\b"
              r"|\b(?:je (?:le |la |les |l')?partage|(?:lo|la|los|las) comparto|(?:lo|la|li|le) condivido|(?:o|a) (?:partilho|compartilho)|teile (?:ihn|sie|es|das))\b")
_TEAM_SHARED = (rf"\b{_TEAM_VERB}\b(?:\s+\S+){{0,3}}?\s+(?:with|to|avec|a|à|mit|an|con|col|coi|ai|al|alla|agli|com|para|pra|p/|met|naar|aan)\s+"
                rf"(?:(?:a|o|os|as|tutto|tutta|todo|toda|tout|toute|the|whole|entire|all|my|ganze[mn]?)\s+)*{_TEAM_MINE}\s+(?:\w+\s+)?{_TEAM_NOUN}\b"
                rf"|\b(?:mit|an|met|naar|aan)\s+{_TEAM_MINE}\s+(?:\w+\s+)?{_TEAM_NOUN}\s+(?:\w+\s+)?{_TEAM_VERB}\b")


def _shared_work(note: str, lang: str) -> str:
    """The campaign or project a former colleague names as worked on together, with its preposition ("on the Decathlon
    campaign", "sur la campagne Leroy Merlin"), so that the reply names it instead of a vague "our time together".

    >>> _shared_work("we worked together on the Decathlon campaign back in 2019 (I was on the client side)", "en")
    'on the Decathlon campaign'
    """
    pattern = _SHARED_WORK.get(lang)
    m = cre.search(pattern + _SHARED_END, note) if pattern else None
    if not m or not cre.search(_PROJECT_NOUN, m.group(1)):
        return ""
    return m.group(1).strip()


#: A topic's tail that only leads to a date given in its own slot: "pour la journée du", "per la giornata del", "am".
_DANGLING_DAY = (r"(?i)(?:[\s,]+(?:(?:pour|per|for|für|fuer|para|voor|durante|during|lors|an|auf|op|in|na|em|en)\s+)?"
                 r"(?:(?:la|le|l'|the|die|den|dem|el|il|o|a|de)\s+)?"
                 r"(?:journ[ée]e|giornata|jornada|day|tag|dag|dia|d[íi]a|[ée]dition|edizione|edici[óo]n|edi[çc][ãa]o|editie|session[e]?|sesi[óo]n|sess[ãa]o))?"
                 r"[\s,]+(?:du|del|dal|dello|della|al|au|vom|am|zum|do|da|no|ao|of|on|the|le|il|el|de|van|op)$")
_ON_DAY = {"fr": "le", "en": "on", "de": "am", "es": "el", "it": "il", "pt": "a", "nl": "op"}
#: Two days joined by "and", with the plural the language needs before them.
_ON_DAYS = {"fr": "les", "es": "los días", "pt": "nos dias"}
_FROM_TO = {"fr": "du {} au {} {}", "en": "from {} to {} {}", "de": "vom {}. bis {}. {}", "es": "del {} al {} {}", "it": "dal {} al {} {}",
            "pt": "de {} a {} {}", "nl": "van {} tot en met {} {}"}

#: Two days in a row, as a sentence names them: "del 14 al 15", "du 14 au 15 mai", "from 9 to 10 October" read as a span of
#: many days, so two days are joined by "and" ("les 14 et 15 mai", "on 9 and 10 October", "am 9. und 10. Oktober").
_TWO_DAYS = {"es": "los días {} y {} {}", "fr": "les {} et {} {}", "en": "on {} and {} {}", "de": "am {}. und {}. {}",
             "it": "il {} e {} {}", "pt": "nos dias {} e {} {}", "pt-BR": "nos dias {} e {} {}", "nl": "op {} en {} {}"}


def _whole_range(when: str, note: str) -> str:
    """A date the note gives as a range keeps its first day: "(12-13 June)" is "12-13 June", never "13 June".

    >>> _whole_range("13 June", "the summit (12-13 June), Dublin")
    '12-13 June'
    """
    if not cre.match(r"\d", when):
        return when
    m = cre.search(rf"(?<!\d)(\d{{1,2}})\.?\s*[-–/]\s*{re.escape(when)}", note)
    return f"{m.group(1)}-{when}" if m else when


def _dated(when: str, lang: str) -> str:
    """Date words written bare ("(14 de mayo)", "18-22 maart") with the preposition a sentence needs."""
    m = cre.fullmatch(r"(\d{1,2})\.?\s*[-–/]\s*(\d{1,2})\.?\s+(\D.*)", when.strip())
    if m and int(m.group(2)) == int(m.group(1)) + 1 and lang in _TWO_DAYS:
        # "(14-15 de noviembre)": two days in a row are "los días 14 y 15 de noviembre", never "del 14 al 15"
        return _TWO_DAYS[lang].format(*m.groups())
    if m and lang in _FROM_TO:
        return _FROM_TO[lang].format(*m.groups())
    m = cre.fullmatch(r"(\d{1,2})\s+(?:et|y|e)\s+(\d{1,2})\s+(\D.*)", when.strip())
    if m and lang[:2] in _ON_DAYS:
        # "10 e 11 de junho": "nos dias 10 e 11 de junho", "los días 10 y 11", "les 10 et 11 juin", never "a 10 e 11"
        return f"{_ON_DAYS[lang[:2]]} {when.strip()}"
    if cre.match(r"\d", when.strip()) and lang == "pt-BR":
        return f"no dia {when.strip()}"  # Brazilian: "no dia 10 de junho" (the European "a 10 de junho" reads foreign)
    if cre.match(r"\d", when.strip()) and lang in _ON_DAY:
        return f"{_ON_DAY[lang]} {when.strip()}"
    m = cre.fullmatch(r"([^\W\d_]{3,})\.?\s+(?:de\s+)?(\d{4})", when.strip())
    if m and lang[:2] in _IN_MONTH:
        # "(mayo 2025)", "(September 2025)": "en mayo de 2025", "in September 2025", never a bare "mayo 2025"
        return _IN_MONTH[lang[:2]].format(*m.groups())
    return when


_IN_MONTH = {"fr": "en {} {}", "en": "in {} {}", "de": "im {} {}", "es": "en {} de {}", "it": "a {} {}", "pt": "em {} de {}",
             "nl": "in {} {}"}


#: The preposition a topic is written with after a verb of speaking, per language ("parler sur…" becomes "parler de…" in _topic_of).
_TOPIC_PREP = {"fr": "sur", "en": "about", "de": "über", "es": "sobre", "it": "su", "pt": "sobre", "nl": "over"}
_FIELD_TERMS = (r"(?:marketing digital|digital marketing|marketing digitale|online[- ]marketing|seo|sea|social (?:media )?ads|social media advertising"
                r"|content[- ]marketing|content strategy|strat[ée]gie de contenu|contentstrategie|content-strategie|estrategia de contenidos"
                r"|strategia dei contenuti|estrat[ée]gia de conte[úu]do|social media|r[ée]seaux sociaux|redes sociales|publicit[ée] (?:sur les r[ée]seaux sociaux|en ligne)"
                r"|publicidad en redes sociales|pubblicit[àa] sui social|newsletters?|e-?mailing|e-?mail marketing|tiktok ads|meta ads|google ads|growth)")


#: The name in an event's place phrase: "beim OMR Festival Masterclasses" → "OMR Festival Masterclasses".
_NAME_IN_PLACE = r"[A-ZÀ-Ý0-9][^\n]*$"


def _given_topic(note: str, lang: str) -> str:
    """The subject a guest or speaker invitation gives without a preposition, as a topic slot ("venir parler stratégie de
    contenu" → "sur stratégie de contenu"; "Thema: Content-Strategie für kleine Shops" → "über Content-Strategie für kleine
    Shops"), so that the reply never asks for the subject again. Empty when the note names none.

    >>> _given_topic("Ça te dirait de venir parler stratégie de contenu dans un épisode ?", "fr")
    'sur stratégie de contenu'
    >>> _given_topic("als Gast einladen, Thema: Content-Strategie für kleine Shops. Aufnahme online", "de")
    'über Content-Strategie für kleine Shops'
    >>> _given_topic("einen Vortrag (30 Min.) zum Thema Content-Strategie zu halten.", "de")
    'über Content-Strategie'
    """
    prep = _TOPIC_PREP.get(lang, "")
    if not prep:
        return ""
    m = cre.search(r"(?i)\b(?:thema|theme|th[èe]me|topic|subject|tema|onderwerp|sujet|argomento|assunto)\s*:\s*([^.!?\n;:()]{3,70})", note) \
        or cre.search(r"(?:[–—,-]|\bzum)\s+Thema\s+([A-ZÄÖÜ][^.!?\n;:()]{2,70})", note)  # "– Thema Social Ads mit kleinem Budget"
    if m:
        # "zum Thema Content-Strategie zu halten": the infinitive after the topic is no part of it
        return f"{prep} {cre.sub(_NF_TOPIC_VERB_TAIL, '', m.group(1)).strip(' ,–-')}"
    m = cre.search(rf"(?i)\b(?:parler|talk|sprechen|reden|hablar|parlare|falar|praten)\s+({_FIELD_TERMS})\b", note)
    return f"{prep} {m.group(1)}" if m else ""


def _topic_of(topic: str, lang: str) -> str:
    """The topic after a verb of speaking: "parler de la formation" (not "parler sur la formation"), "parlare di SEO"."""
    for rx, to in _TOPIC_OF.get(lang, []):
        m = cre.match(rx, fold(topic))
        if m:
            return to + topic[m.end():]
    return topic


#: The topic after "working together": "work together on SEO", "samenwerken op het gebied van SEO", "Zusammenarbeit im Bereich SEO".
_TOPIC_ON = {"en": [(r"^(?:about|regarding|around|on) ", "on ")],
             # "samenwerken aan een training voor KMO's", "Zusammenarbeit bei Trainings": the joint work keeps its preposition
             "nl": [(r"^(?:over|rond|omtrent) (?!de |het |een )", "op het gebied van "), (r"^aan ", "aan ")],
             "de": [(r"^(?:uber|zu|zum thema|rund um|bezuglich) (?!der |die |das |den |dem |des |ein\w* )", "im Bereich "), (r"^bei ", "bei ")]}


def _topic_on(topic: str, lang: str) -> str:
    """The topic after a verb of working together ("working together about SEO" reads wrong; "on SEO" is right).

    >>> _topic_on("about SEO and ads", "en"), _topic_on("over SEO", "nl"), _topic_on("über die Strategie", "de")
    ('on SEO and ads', 'op het gebied van SEO', '')
    """
    for rx, to in _TOPIC_ON.get(lang, []):
        m = cre.match(rx, fold(topic))
        if m:
            return to + topic[m.end():]
    return "" if lang in ("de", "nl") else topic  # "über die Strategie": no preposition reads right, the topic is left out


#: The sender's project named with its kind and article: "para o podcast “Marketing Sem Filtro”", never "para «Marketing Sem Filtro»".
_PROJECT_KINDS = {"podcast": {"es": "el podcast", "fr": "le podcast", "it": "il podcast", "pt": "o podcast"},
                  "blog": {"es": "el blog", "fr": "le blog", "it": "il blog", "pt": "o blog"},
                  "newsletter": {"fr": "la newsletter", "it": "la newsletter", "pt": "a newsletter"},
                  "canal": {"es": "el canal", "pt": "o canal"}, "canale": {"it": "il canale"},
                  "programa": {"es": "el programa", "pt": "o programa"}, "programma": {"it": "il programma"},
                  "emission": {"fr": "l'émission"}, "chaine": {"fr": "la chaîne"}, "show": {"es": "el show", "it": "lo show", "pt": "o show", "de": "Show", "nl": "show"},
                  "kanal": {"de": "Kanal"}, "sendung": {"de": "Sendung"}, "kanaal": {"nl": "kanaal"}, "nieuwsbrief": {"nl": "nieuwsbrief"}, "vlog": {"nl": "vlog"}}
for _kind, _de_nl in (("podcast", ("Podcast", "podcast")), ("blog", ("Blog", "blog")), ("newsletter", ("Newsletter", "nieuwsbrief")), ("programma", ("", "programma"))):
    # de and nl: the bare noun, the template puts "deinen", "Ihre", "je", "uw" before it ("für deinen Podcast „Marketing am Montag“")
    _PROJECT_KINDS[_kind].update({k: v for k, v in zip(("de", "nl"), _de_nl) if v})


def _project_noun(note: str, project: str, lang: str) -> str:
    """The kind of the sender's project as the note names it, with the article the reply needs ("il podcast").

    >>> _project_noun("conduco il podcast 'Marketing all'italiana' e…", "Marketing all'italiana", "it"), _project_noun('tenho um podcast, o "Papo Digital", e…', "Papo Digital", "pt-BR")
    ('il podcast', 'o')
    """
    if not project:
        return ""
    at = note.find(project)
    if at < 0:
        return ""
    m = cre.search(r"(\w+)(?:\s+(?:chamad[oa]|called|named|appele[e]?|llamad[oa]|chiamat[oa]|genaamd))?\W{0,3}$", fold(note[:at]))
    if m and lang[:2] == "pt" and m.group(1) in ("o", "a", "os", "as"):
        return m.group(1)  # "tenho um podcast, o "Marketeiros…"": the note's own article kept ("para o “Marketeiros…”")
    return _PROJECT_KINDS.get(m.group(1), {}).get(lang[:2], "") if m else ""


def _kind_in_stage(facts: Facts) -> bool:
    """Does the event's name already say the session's kind ("OMR Masterclass", "Webinar Week")?"""
    return bool(facts.kind and facts.stage and cre.search(rf"(?i){facts.kind}", fold(facts.stage)))


#: The topic left to the speaker (folded): "Thema wäre frei wählbar", "het onderwerp mag u zelf kiezen", "sujet libre".
#: The talk is about her own job or career (folded): "présenter votre métier à mes étudiants", "talk to my class about your
#: job", "contar tu trayectoria", "Ihren Beruf vorstellen", "je vak voorstellen": the subject is given, never asked again.
_TOPIC_OWN_JOB = (r"\b(?:votre|ton|your|tu|su|il tuo|il suo|la tua|la sua|ihren|deinen|dein|ihr|je|jouw|uw|o seu|a sua|o teu|a tua|seu|sua)\s+"
                  r"(?:metier|job|work|career|profession|trabajo|profesion|lavoro|mestiere|professione|beruf|berufsalltag|werk|vak|beroep"
                  r"|trabalho|profissao|carreira|parcours|percorso|trayectoria|trajetoria|werdegang|loopbaan)\b")
#: The topic told as a clause after the talk verb (folded): "talk about how French consumers respond", "parler de la façon dont",
#: "hablar de cómo", "falar sobre como", "parlare di come", "darüber zu sprechen, wie", "praten over hoe".
_TOPIC_TOLD = (r"\b(?:(?:talk|speak|chat|discuss)(?:ing)? about (?:how|what|why|whether|the way)|(?:parler|discuter|echanger) (?:de la (?:facon|maniere) dont|de comment|de ce que|de pourquoi)"
               r"|(?:hablar|charlar|conversar) (?:de|sobre) (?:como|que|por que)|(?:falar|conversar) (?:de|sobre) (?:como|o que|porque|por que)"
               r"|(?:parlare|discutere|chiacchierare) (?:di|su) (?:come|cosa|perche)|(?:daruber|uber das thema)(?: zu)? (?:sprechen|reden|plaudern), (?:wie|was|warum|ob)"
               r"|(?:praten|vertellen|spreken) over hoe)\b")
_TOPIC_FREE = (r"\b(?:(?:topic|subject|theme|sujet|thema|tema|argomento|onderwerp|assunto)[\s:]+(?:\w+\s+){0,2}?(?:free|libre|libres?|frei|freie|libero|livre|vrij)\b"
               r"|(?:free|libre|freie[sn]?|libero|livre|vrij)\s+(?:topic|subject|theme|sujet|thema|tema|argomento|onderwerp|assunto)"
               r"|(?:topic|subject|theme|sujet|thema|tema|argomento|onderwerp|assunto)\s+(?:\w+\s+){0,3}?(?:up to you|of your choice|your choice|au choix|a votre choix|a ton choix"
               r"|a (?:su|tu) (?:eleccion|elección|criterio)|a scelta|a sua scelta|a tua scelta|a (?:sua|tua) escolha|a vossa escolha|ao seu criterio|nach wahl|ihrer wahl|deiner wahl)"
               r"|(?:choose|pick|choisir|choisissez|choisis|wahlen|aussuchen|elegir|elige|elija|scegliere|scelga|scegli|escolher|escolha|escolhe|kiezen|kiest|bepalen)\s+(?:\w+\s+){0,2}?(?:the |your own |le |el |il |o |het |das )?(?:topic|subject|theme|sujet|thema|tema|argomento|onderwerp|assunto)"
               r"|(?:topic|subject|sujet|thema|tema|argomento|onderwerp|assunto)\s+(?:\w+\s+){0,4}?(?:choose|pick|choisir|choisis|choisissez|wahlen|wahlst|aussuchen|bestimmen|elegir|eliges|elige|elija|escoges|escoja"
               r"|scegliere|scegli|sceglie|escolher|escolhe|escolhes|escolha|kiezen|kies|kiest|bepalen|bepaalt)\b)")

#: The article an event's name takes by its own noun (folded), per language: "het Congres", "die Konferenz", "il Summit".
_EVENT_GENDER = {
    "de": {"konferenz": "die", "conference": "die", "messe": "die", "woche": "die", "expo": "die", "tagung": "die", "kongress": "das", "summit": "das", "day": "das", "festival": "das",
           "forum": "das", "event": "das", "camp": "das", "meetup": "das", "barcamp": "das", "days": "die", "tage": "die", "events": "die"},
    "nl": {"congres": "het", "event": "het", "festival": "het", "forum": "het", "evenement": "het", "summit": "de", "dag": "de", "dagen": "de", "beurs": "de",
           "week": "de", "conferentie": "de", "conference": "de", "meetup": "de", "day": "de", "days": "de", "expo": "de"},
    "it": {"congresso": "il", "summit": "il", "day": "il", "festival": "il", "forum": "il", "meetup": "il", "camp": "il", "salone": "il", "convegno": "il",
           "evento": "l'", "expo": "l'", "conferenza": "la", "fiera": "la", "settimana": "la", "giornata": "la", "conference": "la", "week": "la", "fair": "la"},
    "es": {"congreso": "el", "summit": "el", "day": "el", "festival": "el", "foro": "el", "forum": "el", "evento": "el", "encuentro": "el", "meetup": "el",
           "salon": "el", "camp": "el", "conferencia": "la", "feria": "la", "semana": "la", "jornada": "la", "expo": "la", "jornadas": "las", "conference": "la", "week": "la", "fair": "la"},
    "pt": {"congresso": "o", "summit": "o", "day": "o", "festival": "o", "forum": "o", "evento": "o", "encontro": "o", "meetup": "o", "camp": "o",
           "conferencia": "a", "feira": "a", "semana": "a", "jornada": "a", "expo": "a", "conference": "a", "week": "a", "fair": "a"},
    "fr": {"congres": "le", "summit": "le", "day": "le", "festival": "le", "forum": "le", "salon": "le", "meetup": "le", "camp": "le",
           "conference": "la", "semaine": "la", "journee": "la", "week": "la", "journees": "les", "days": "les", "rencontres": "les", "assises": "les"},
    "en": {"summit": "the", "conference": "the", "congress": "the", "forum": "the", "festival": "the", "fair": "the", "expo": "the", "week": "", "day": "", "days": "",
           "con": "", "camp": "", "meetup": "the", "event": "the"},
}


def event_article(name: str, lang: str) -> str | None:
    """The article an event's name takes in ``lang`` by its event noun (the last one in the name), or None if unknown.

    >>> event_article("Content Marketing Congres", "nl"), event_article("Online Marketing Konferenz Bern", "de"), event_article("Marketing Digital Day", "pt")
    ('het', 'die', 'o')
    >>> event_article("Digital Retail Summit", "it"), event_article("Lyon Digital", "fr")
    ('il', None)
    """
    table = _EVENT_GENDER.get(lang[:2], {})
    for word in reversed(cre.findall(r"[\w'-]+", fold(name))):
        if word in table:
            return table[word]
    return None


def _own_article(stage: str, art: str, lang: str) -> str:
    """The article of an event's name: its own event noun's ("Summit", "Forum", "Salon"), else the one the note gave; a
    noun before a quoted name governs it ('Konferenz "E-Commerce Summit Berlin"' is "die", never the Summit's "das").

    >>> _own_article("Digital Lyon Summit", "la", "fr"), _own_article("Lyon Digital", "la", "fr")
    ('le', 'la')
    >>> _own_article('Konferenz "E-Commerce Summit Berlin"', "die", "de")
    'die'
    """
    own = event_article(_unquoted_head(stage), lang) if art else None
    return own if own is not None and own != "" else art


#: An event's own noun before its capitalised name, which governs its article: "Konferenz Marketing Tage Bremen", "las jornadas
#: Digital Day Sevilla" ("las", never the Day's "el"), "le giornate Digital Summit", "les journées Digital Day".
_HEAD_EVENT_NOUN = (r"(?:konferenz|fachkonferenz|tagung|fachtagung|messe|fachmesse|veranstaltung|kongress|konferentie|conferentie|congres|beurs"
                    r"|jornadas?|giornat[ae]|journ[ée]es?|rencontres|conferencia|conferenza|confer[êe]ncia|congreso|congresso|convegno|feria|fiera|feira)\s+(?=[A-ZÄÖÜ])")


def _quoted_own_event(stage: str, lang: str) -> str:
    """A quoted event name that has its own event noun, said without the generic noun before it: 'Konferenz "E-Commerce
    Summit Stuttgart"' is the "E-Commerce Summit Stuttgart" ("beim …", never "bei der Konferenz „…“"); else ``stage``.

    >>> _quoted_own_event('Konferenz "E-Commerce Summit Stuttgart"', "de"), _quoted_own_event('Konferenz "Shop Köln"', "de")
    ('E-Commerce Summit Stuttgart', 'Konferenz "Shop Köln"')
    """
    quoted = cre.search(_QUOTED_EVENT_NAME, stage)
    return quoted.group(1) if quoted and event_article(quoted.group(1), lang) not in (None, "") else stage


def _stage_phrase(stage: str, art: str, lang: str) -> str:
    """The event a speaker is invited to, by its own quoted name when it has one ("beim E-Commerce Summit Stuttgart")."""
    own = _quoted_own_event(stage, lang)
    return stage_at(own, _own_article(own, art, lang), lang)


def _unquoted_head(stage: str) -> str:
    """An event's own noun before a quoted name, which keeps its case: 'Konferenz "E-Commerce Tage Köln"' → "Konferenz".

    >>> _unquoted_head('Konferenz "E-Commerce Tage Köln"'), _unquoted_head("Konferenz Marketing Tage Bremen"), _unquoted_head("E-Commerce Tage")
    ('Konferenz ', 'Konferenz ', 'E-Commerce Tage')
    """
    head = cre.split(r"[\"“„«‘]", stage, maxsplit=1)[0]
    lead = cre.match(_HEAD_EVENT_NOUN, head, flags=re.I)
    return lead.group(0) if lead else head


#: A name in quotes after an event's own noun: 'Konferenz "E-Commerce Summit Stuttgart"', "conférence « Web Days »".
_QUOTED_EVENT_NAME = r"^[^\"“„«‘]*[\"“„«‘]\s*([^\"“”„«»‘’]+?)\s*[\"”“»’]?\s*$"


#: An event named "… de Lisboa", "… di Milano", "… de Valencia" (its last word a city after "of").
_OF_CITY_END = r"\s(?:de|di|do|da|del|du|des)\s+[A-ZÀ-Ý][\w'-]*$"
#: A month copied with the note's "of" ("a edição de outubro", "la edición de octubre") and the preposition it takes
#: after an event's name (es, it, pt, fr).
_MONTH_OF = (r"^(?:de|di|d')\s?(?=(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
             r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho"
             r"|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|octobre|novembre|décembre)\b)")
_MONTH_PREP = {"es": "en ", "it": "a ", "pt": "em ", "fr": "en "}


def _month_after_of(context: dict[str, Any], lang: str) -> None:
    """A month said after an event named "… of <city>" takes "in": "na Web Marketing Conference de Lisboa em outubro",
    never "… de Lisboa de outubro" (two "of" in a row)."""
    place = str(context.get("stage_at") or context.get("speaker_event") or "")
    if lang[:2] not in _MONTH_PREP or not cre.search(_OF_CITY_END, place):
        return
    for slot in ("when", "soon"):
        value = str(context.get(slot) or "")
        if cre.match(_MONTH_OF, value):
            context[slot] = cre.sub(_MONTH_OF, _MONTH_PREP[lang[:2]], value, count=1)


#: The city a long event name ends on: "Rencontres du Commerce Connecté | à Saint-Étienne" (see stage_at).
_LONG_STAGE_CITY = r"\s+(?:à|in|en|em|im|op|te|a)\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?$"


def stage_at(stage: str, art: str, lang: str) -> str:
    """The event a speaker is invited to, with the preposition and article the reply needs, or "".

    >>> stage_at("Web2Day", "le", "fr"), stage_at("OMR Masterclass", "die", "de"), stage_at("Web Summit", "o", "pt")
    ('au Web2Day', 'bei der OMR Masterclass', 'no Web Summit')
    >>> stage_at("BrightonSEO", "", "en"), stage_at("Web Marketing Festival", "il", "it"), stage_at("Emerce eDay", "", "nl")
    ('at BrightonSEO', 'al Web Marketing Festival', 'op Emerce eDay')
    >>> stage_at("E-Commerce Tage", "die", "de"), stage_at("Marketingtage Köln", "die", "de"), stage_at("Digital Days", "die", "de")
    ('bei den E-Commerce Tagen', 'bei den Marketingtagen Köln', 'bei den Digital Days')
    >>> stage_at('Konferenz "E-Commerce Tage Köln"', "die", "de")
    'bei der Konferenz „E-Commerce Tage Köln“'
    >>> stage_at("eCommerce Day Lyon", "le", "fr"), stage_at("Ecommerce Forum", "il", "it")
    ("à l'eCommerce Day Lyon", "all'Ecommerce Forum")
    >>> stage_at("Digital Torino", "l'", "it"), stage_at("Digital Day", "l'", "fr"), stage_at("Innovation Week", "l'", "it")
    ('al Digital Torino', 'au Digital Day', "all'Innovation Week")
    >>> stage_at("Rencontres du Commerce Connecté à Saint-Étienne", "les", "fr")
    'aux Rencontres du Commerce Connecté'
    """
    if len(stage) > 45:
        # "Rencontres du Commerce Connecté à Saint-Étienne": a long name ending on its city is named without the city
        # ("aux Rencontres du Commerce Connecté"), never left out of the thanks altogether
        tail = cre.search(_LONG_STAGE_CITY, stage)
        stage = stage[:tail.start()] if tail and len(stage[:tail.start()].split()) >= 3 else stage
    if not stage or len(stage) > 45:
        return ""
    art = fold(art)
    table = {
        "en": {"the": "at the", "": "at"},
        "fr": {"le": "au", "la": "à la", "les": "aux", "l'": "à l'", "": "à"},
        "de": {"die": "bei den" if cre.search(r"(?i)(?:days|events|tage|wochen|awards)\b", _unquoted_head(stage)) else "bei der", "der": "bei der", "den": "beim", "das": "beim", "dem": "beim", "": "bei"},
        "es": {"el": "en el", "la": "en la", "los": "en los", "las": "en las", "": "en"},
        "it": {"il": "al", "lo": "allo", "la": "alla", "l'": "all'", "": "a"},
        "pt": {"o": "no", "a": "na", "os": "nos", "as": "nas", "": "em"},
        "nl": {"het": "op het", "de": "op de", "": "op"},
    }.get(lang[:2], {})
    prep = table.get(art)
    if prep is None:
        prep = table.get("", "")
    if not prep:
        return ""
    if cre.match(r"(?i)[aeiouéèê]", stage) and prep in ("au", "à la", "al", "alla", "allo"):
        prep = "à l'" if lang[:2] == "fr" else "all'"  # "à l'eCommerce Day", "all'Ecommerce Forum": the article elided before a vowel
    elif prep in ("à l'", "all'") and not cre.match(r"(?i)[aeiouéèêh]", stage):
        # "l'evento Digital Torino": the note's article was the elided one of "evento"; before the name's consonant it is
        # "al Digital Torino", "au Digital Day", never "all'Digital Torino"
        prep = "au" if lang[:2] == "fr" else "al"
    if prep == "bei den":
        stage = cre.sub(r"(?i)(?<=tage)\b", "n", stage, count=1)  # "bei den E-Commerce Tagen": the dative plural of "-tage"
    if lang[:2] == "de":
        stage = cre.sub(r'"([^"]+)"', r"„\1“", stage)  # 'Konferenz "E-Commerce Tage Köln"': German quotes round the name
    return f"{prep}{stage}" if prep.endswith("'") else f"{prep} {stage}"


def _referrer_gender(note: str, referrer: str, lang: str) -> str:
    """"m"/"f" of the referrer, from the article the note gives ("o Miguel Sousa disse-me") or a clear first name."""
    m = cre.search(rf"(?i)\b(o|a|el|la|il|der|die)\s+{re.escape(referrer)}", note)
    if m:
        return "m" if m.group(1).lower() in ("o", "el", "il", "der") else "f"
    return name_gender(referrer.split()[0], lang) if referrer.split() else ""


#: "cerchiamo autisti", "we are looking for drivers", "wir suchen Fahrer" (folded): people sought, named right after the verb.
_WE_SEEK = (r"\b(?:nous (?:re)?cherchons|on (?:re)?cherche|(?:we are|we're) (?:looking for|seeking|searching for)|we need|wir suchen|buscamos|estamos buscando"
            r"|cerchiamo|stiamo cercando|procuramos|estamos (?:a )?procura(?:r|ndo)|we zoeken|wij zoeken|zoeken wij|(?:we|wij) zijn (?:\w+ )?op zoek naar|zijn wij op zoek naar"
            r"|(?:we are|we're) (?:currently |actively )?(?:looking for|seeking|hiring)|wir suchen (?:aktuell|derzeit|gerade)|suchen wir) \w+")


#: Trades far from digital marketing, as a recruiter names the people sought (folded): "cerco saldatori e carpentieri",
#: "ik werf vrachtwagenchauffeurs en magazijnmedewerkers", "je recrute des caristes": she knows no one to suggest.
_OFF_FIELD_TRADES = (r"\b(?:welders?|carpenters?|truck drivers?|lorry drivers?|drivers|warehouse (?:staff|workers?|operatives?)|forklift drivers?|electricians?"
                     r"|plumbers?|bricklayers?|masons?|soudeur\w*|charpentier\w*|menuisier\w*|chauffeurs?(?: routiers?| poids lourds?)?|caristes?|manutentionnaire\w*"
                     r"|magasinier\w*|electricien\w*|plombier\w*|macons?|schwei(?:ss|s)er\w*|zimmer(?:er|leute)\w*|tischler\w*|(?:lkw-?|berufskraft)?fahrer\w*"
                     r"|lager(?:arbeiter|mitarbeiter|helfer)\w*|elektriker\w*|maurer\w*|soldador\w*|carpinter\w*|conductor(?:es|as)|camioner\w*|motoristas?"
                     r"|mozos? de almacen|operari[oa]s? de (?:almacen|armazem)|electricistas?|eletricistas?|albaniles|pedreiros?|saldator\w*|carpentier\w*|autisti"
                     r"|magazzinier\w*|carrellist\w*|elettricist\w*|muratori|idraulici|lassers?|timmerlieden|timmerm(?:a|e)n\w*|(?:vrachtwagen)?chauffeurs"
                     r"|magazijnmedewerkers?|heftruckchauffeurs?|elektriciens?|metselaars?|loodgieters?)\b")


#: A recruiter's own hiring, whoever writes it: "ich suche Mitarbeiter für unser Lager", "estamos a recrutar motoristas",
#: "nous recrutons des caristes", "we're hiring welders": people to find for the sender's firm, never a job seeker's search.
_WE_HIRE = (r"\b(?:(?:ich suche|je cherche|i'm looking for|i am looking for|ik zoek|busco|cerco|procuro) (?:\w+[ -]){1,4}(?:(?:fur|for|pour|voor|para|per) "
            r"(?:unser\w*|our|notre|nos|ons|onze|nuestr\w+|nostr\w+|nossa|nosso|nossas|nossos|la nostra|il nostro|a nossa|o nosso))"
            r"|nous recrutons|on recrute|we(?: are|'re) recruiting|wir (?:stellen \w+ ein|rekrutieren)|estamos (?:a )?recrut\w+|estamos reclutando"
            r"|stiamo (?:assumendo|reclutando)|assumiamo|wij werven|we werven|contratamos|estamos contratando)\b")


#: The sender's own search, in the first person singular ("je cherche", "I'm looking", "ich suche", "ik zoek").
_SEEKER_I = (r"\b(?:je (?:re)?cherche|(?:i am|i'm|im) (?:currently )?(?:looking|seeking|searching)|ich suche|ik (?:ben op zoek|zoek)|busco|estoy buscando"
             r"|cerco|sto cercando|procuro|estou (?:a )?procura\w*|my (?:cv|resume))\b")


#: Openings she might know of, asked (folded): "auriez-vous connaissance d'opportunités", "do you know of any openings",
#: "kennen Sie offene Stellen", "¿conoces alguna vacante?", "conosci opportunità", "conhece vagas", "ken je vacatures": a job
#: seeker's question, answered as one (never "send me the details").
_OPENINGS_KNOWN = (r"\b(?:connaissance d'|connaissez|connais|know of|know any|aware of|heard of|kennst|kennen sie|wissen sie von|weisst du von"
                   r"|conoces|conoce|sabes de|sabe de|conosci|conosce|sai di|sa di|conhece|conheces|ken je|kent u|weet je van|weet u van)\b"
                   r"[^?.!\n]{0,40}\b(?:opportunit\w*|oportunidad\w*|oportunidade\w*|openings?|vacanc\w*|vacantes?|vagas?|offene\w* stellen?"
                   r"|stellenangebote?|vacatures?|postes? (?:a pourvoir|ouverts?|disponibles?)|offres? d'emploi|ofertas? de (?:empleo|trabajo|emprego)"
                   r"|offerte di lavoro|posizioni aperte|job openings?)\b")


#: A course, a training or a certification asked about (folded): "welche Weiterbildung", "which course", "quelle formation".
_TRAINING_ASKED = (r"\b(?:weiterbildung\w*|fortbildung\w*|kurs\w*|zertifi\w*|course\w*|training\w*|certif\w*|formation\w*|curso\w*|corso|corsi"
                   r"|formazion\w*|formacao|formacoes|cursus\w*|opleiding\w*)\b")


def _learner_asks_training(note: str, facts: Facts) -> bool:
    """An apprentice, an intern or a working student IN a job who asks which training or course to take."""
    folded = fold(note)
    return "?" in note and bool(cre.search(_LEARNER_NOW, folded)) and any(cre.search(_TRAINING_ASKED, q) for q in cre.question_sentences(folded)) \
        and not cre.search(_SEEKING, folded) \
        and not (facts.cv or facts.candidate or facts.applying or facts.hiring or facts.ask == "interns" or facts.offers or facts.proposal)


def _learner_at_work(note: str, facts: Facts) -> bool:
    """A working student, an intern or an apprentice IN a job who only wants to learn from her experience."""
    folded = fold(note)
    return bool(cre.search(_LEARNER_NOW, folded) and cre.search(_LEARN_FROM, folded)) and not cre.search(_SEEKING, folded) \
        and not (facts.cv or facts.candidate or facts.applying or facts.hiring or facts.ask == "interns" or facts.offers or facts.proposal)


def _situation_template(name: str, facts: Facts, note: str) -> str:
    """The template for what the note plainly says, before the intent's guess: a former intern's hello is
    not a job request, a candidate is not a recruiter, an alumni network is not a referrer, a free trial is a pitch,
    a client (someone buying the owner's services) is not a seller, and a partner is not a recruiter."""
    if facts.links:
        return "sales_pitch"  # "un échange de liens ?": a polite no, never an answer to a question
    if facts.qkind == "use" and not (facts.hiring or facts.cv or facts.candidate or facts.client):
        return "content"  # "¿te parece bien si cito tus guías con mis alumnos?": her material used, a yes, never a call nor a job
    if name == "job_seeking" and not (facts.cv or facts.candidate or facts.hiring or facts.job_title or facts.applying) \
            and any(cre.search(_REMEMBER_Q, fold(q)) for q in cre.question_sentences(note)) and not cre.search(_SEEKING, fold(note)):
        # "we zaten samen in die masterclass, weet je nog? Ik werk nu als growth marketeer": an old acquaintance's news, never a job search
        return "met_before"
    if name == "sales_pitch" and not (facts.pitch or facts.offers or facts.proposal or facts.request or facts.hiring or facts.refer_ask
                                      or facts.job_offered or facts.freelance_role or facts.price) and cre.search(_THANKS_ONLY, fold(note)):
        # "queria só te agradecer e conectar", "just wanted to say thanks": a thank-you offers nothing, so it is never
        # declined as a pitch ("no preciso desse serviço"); "¿cuánto cobras por …? gracias" asks her price
        return "content" if facts.work else "benefit"
    if name in ("ask_for_help", "benefit", "client") and facts.ask in ("", "question") and not (facts.offers or facts.pitch or facts.client
            or facts.proposal or facts.hiring or facts.role or facts.topic or facts.work or facts.situation) and cre.search(_FELLOW_Q, fold(note)):
        return "benefit"  # "hoi! jij ook marketing? laten we connecten": a fellow marketer's hello, a peer's welcome
    if facts.job_offered and not (facts.candidate or facts.cv or facts.proposal or facts.pitch or facts.offers) and name != "recruiting" \
            and cre.search(_STUDENTS_ASK, fold(facts.question)):
        return "recruiting"  # "our team is looking for a social media intern. Would you know any good students?": a role to fill
    if facts.former and facts.ask != "interns":
        return "met_before"
    if facts.proposal in ("guest", "speaker", "cowrite", "swap", "jury", "course") and name in ("sales_pitch", "ask_for_help", "met_before", "content", "benefit",
                                                                     "job_seeking", "recruiting", "referral", "client"):
        return "business_proposal"  # a podcast, a talk, a seminar, a course to create together: an invitation, never a pitch
    if facts.ask == "interns" and facts.role and not facts.offers and name in ("content", "benefit", "ask_for_help", "met_before", "client", "referral"):
        return "job_seeking"  # "j'ai vu ton post … Est-ce que tu prends des alternants ?": a student's request, never a client's call
    if facts.exchange and name in ("recruiting", "job_seeking", "client", "sales_pitch") \
            and not (facts.job_title or facts.recruiter or facts.role or facts.cv or facts.candidate or facts.client or facts.pitch):
        # "je suis aussi consultante … qu'on échange nos retours d'expérience ?": a peer, never a job offer nor a purchase
        return "content" if facts.work else ("met_before" if facts.met and (facts.event or facts.org) else "benefit")
    if name in ("sales_pitch", "business_proposal") and not (facts.pitch or facts.proposal or facts.sells or facts.client or facts.links
                                                             or (name == "business_proposal" and (facts.offers or facts.request))) \
            and "meet" in (facts.asks or [facts.ask]):
        # "fellow freelancer here … fancy a coffee sometime?", "on se fait un café ?": a peer's coffee (a fellow freelancer
        # telling what they do included), nothing sold to decline
        return "benefit"
    if name == "sales_pitch" and not (facts.pitch or facts.offers or facts.proposal or facts.hiring and facts.freelance_role) \
            and exchange.views_on(note, facts.lang):
        return "ask_for_help"  # "I lead growth at a fintech and I'd love your thoughts on LinkedIn Ads": her take asked, nothing sold
    if facts.client and not facts.offers:
        return "client"
    if facts.sells and not (facts.proposal or facts.client or facts.hiring) and name in ("business_proposal", "client", "ask_for_help", "benefit"):
        return "sales_pitch"  # "wir unterstützen Agenturen wie Ihre …": their services offered to her, never "das klingt interessant"
    if facts.proposal == "partnership" and name in ("recruiting", "sales_pitch", "ask_for_help", "benefit", "job_seeking",
                                                    "referral", "content", "met_before") \
            and not (name == "job_seeking" and facts.role in ("job", "first_job") and cre.search(_SEEKING, fold(note))):
        # ("busco trabajo o colaboraciones freelance": a job seeker's search, never a proposal to accept)
        return "business_proposal"  # "buscamos un partner en Francia": a partnership, not a job
    if facts.recruiter and facts.job_offered and not facts.candidate and not facts.proposal and not facts.pitch \
            and name in ("business_proposal", "client", "sales_pitch"):
        return "recruiting"  # "sono head hunter … stiamo cercando un Head of Digital": a job offered to her, never a client's call
    if facts.recruiter and facts.refer_ask and name == "sales_pitch" and not (facts.candidate or facts.pitch or facts.offers or facts.sells or facts.links):
        return "recruiting"  # "trabalho com recrutamento … caso conheça alguém, agradecia a indicação": people sought, nothing sold
    if facts.recruiter and not facts.candidate and name in ("job_seeking", "benefit", "ask_for_help", "referral", "met_before"):
        return "recruiting"  # "ich bin Recruiter im Bereich Maschinenbau und vernetze mich": not a job seeker
    if facts.reconnect and name in ("content", "benefit", "referral", "ask_for_help") and (not facts.ask or facts.ask == "question"):
        return "met_before"  # "It's Priya from the summer school in 2015 … would love to catch up!"
    if facts.met and (facts.event or facts.when) and name in ("content", "benefit", "business_proposal", "ask_for_help") \
            and not facts.proposal and not facts.offers and (not facts.ask or facts.ask == "question" and facts.qkind == "permission"):
        return "met_before"  # "great meeting you at the Web Summit … loved your take on SEO": a meeting first
    if name == "met_before" and facts.work and not (facts.met or facts.event or facts.org or facts.former or facts.reconnect or facts.studied):
        return "content"  # "thanks for the brilliant workshop last week!": the piece, not a chat
    if name == "recruiting" and facts.proposal in ("speaker", "guest", "jury", "cowrite"):
        return "business_proposal"  # "wir suchen Speaker für …" invites, it does not hire
    if name == "benefit" and note.strip():
        for candidate, present in (("referral", facts.referrer), ("met_before", facts.event or facts.org or facts.former or facts.reconnect),
                                   ("content", facts.work), ("ask_for_help", facts.ask in _HELP_ASKS)):
            if present:
                return candidate
    if facts.candidate and name in ("recruiting", "ask_for_help", "business_proposal", "benefit", "job_seeking"):
        return "job_seeking"
    if facts.alumni and not facts.referrer and name in ("referral", "job_seeking", "benefit", "ask_for_help", "met_before"):
        return "referral"
    if (facts.answering or facts.thanked) and name in ("content", "benefit", "met_before", "referral", "ask_for_help"):
        return "content"
    if name == "sales_pitch" and facts.hiring and facts.freelance_role and not facts.offers and facts.request != "trial":
        return "recruiting"  # "siamo un'agenzia … cerchiamo freelance di social ads": a mission offered to her, not a sale
    if name == "ask_for_help" and facts.hiring and facts.freelance_role and facts.ask in ("", "question") and facts.request != "trial" \
            and not (facts.offers or facts.pitch or facts.candidate or facts.role or facts.cv or facts.career or facts.laid_off):
        # "we're a growth agency looking for freelancers … any availability?": work offered to her, never advice on choosing agencies
        return "recruiting"
    if facts.request == "trial" or (facts.pitch and name in ("ask_for_help", "benefit") and facts.ask in ("", "question", "feedback", "resource", "call")):
        return "sales_pitch"  # "I'm an insurance broker … could I give you a quick call?": a seller's call, declined politely
    if facts.hiring and not facts.candidate and name in ("ask_for_help", "business_proposal", "benefit", "referral") \
            and (facts.request == "details" or _YES_NO.search(fold(note))) and facts.proposal not in ("guest", "speaker", "jury", "cowrite", "partnership"):
        return "recruiting"
    if name in ("sales_pitch", "ask_for_help", "benefit", "referral", "job_seeking", "content") and facts.refer_ask \
            and facts.ask not in ("question", "advice") and not (facts.pitch or facts.offers or facts.candidate or facts.cv or facts.links) \
            and cre.search(_OFF_FIELD_TRADES, fold(note)):
        # "cerco saldatori … Lei conosce qualcuno?": a trade outside her field sought, a polite no, never names promised (a
        # question or advice asked keeps its own "outside my field, I know no one" answer)
        return "recruiting"
    if name in ("sales_pitch", "ask_for_help") and facts.refer_ask and not (facts.pitch or facts.offers or facts.client or facts.candidate or facts.role or facts.links) \
            and (cre.search(_WE_SEEK, fold(note)) or cre.search(_WE_HIRE, fold(note))):
        return "recruiting"  # "cerchiamo autisti … se conosce qualcuno me lo segnali": people to find, never a pitch nor names promised
    if name in ("job_seeking", "benefit", "referral") and facts.refer_ask and facts.role in ("freelance", "job") \
            and not (facts.pitch or facts.offers or facts.client or facts.candidate or facts.links or facts.cv or facts.laid_off) \
            and cre.search(_WE_SEEK, fold(note)) and not cre.search(_SEEKER_I, fold(note)):
        # "wij zijn op zoek naar Java developers voor opdrachten … ken jij mensen?": a recruiter's "we" seeks people for
        # the missions; a job seeker writes "I'm looking", never asked for a CV nor wished luck with a search
        return "recruiting"
    if name in ("sales_pitch", "ask_for_help", "benefit", "referral", "job_seeking") and facts.refer_ask and facts.hiring \
            and not (facts.pitch or facts.offers or facts.client or facts.candidate or facts.role or facts.links):
        return "recruiting"  # "tenemos vacantes de jefe de almacén … si conoces a alguien": a role to fill, never names promised
    if facts.refer_ask and (facts.job_title or facts.job_offered) and not (facts.candidate or facts.client or facts.role) \
            and name in ("ask_for_help", "business_proposal", "benefit", "referral", "sales_pitch", "client") \
            and not (not facts.job_title and quickq.subject(facts.question)[0] == "scene_a" and cre.search(_AGENCIES_HIRING, fold(facts.question))):
        # "Kennen Sie Agenturen dort, die deutschsprachige Verstärkung suchen?": the agencies seek people, not the sender
        return "recruiting"  # "nous cherchons un chef de chantier … vous connaissez quelqu'un ?": a role to fill
    if facts.laid_off and name in ("content", "benefit", "ask_for_help"):
        return "job_seeking"
    if name == "ask_for_help" and facts.role == "job" and not (facts.hiring or facts.recruiter or facts.pitch or facts.offers or facts.client) \
            and cre.search(_OPENINGS_KNOWN, fold(facts.question)):
        # "En recherche active d'un poste … Auriez-vous connaissance d'opportunités à Lyon ?": a job seeker asking for
        # openings, answered as one (a word if she hears of one, where to look), never "send me the details"
        return "job_seeking"
    if facts.recent and name in ("referral", "benefit") and not facts.referrer:
        return "met_before"
    if facts.request in ("interview", "jury") and name in ("sales_pitch", "benefit", "recruiting"):
        return "business_proposal" if facts.request == "jury" else "ask_for_help"
    if facts.request == "interview" and name == "job_seeking" and not (facts.cv or facts.candidate or facts.laid_off) \
            and not cre.search(_SEEKING, fold(note)):
        # "ich bin Werkstudent … schreibe meine Bachelorarbeit … ein kurzes Experteninterview?": a thesis interview asked
        # for, whatever the headline (Werkstudent, student, stagiaire), never a job search to wish luck with
        return "ask_for_help"
    return name


_SENHOR = r"\b(?:o senhor|a senhora|os senhores|as senhoras|do senhor|da senhora|ao senhor|pelo senhor|pela senhora|com o senhor|com a senhora)\b"


def senhor_address(text: str, gender: str) -> str:
    """A Brazilian draft in "você" turned to "o senhor" / "a senhora", for a sender who wrote so.

    >>> senhor_address("Que horários ficam bons para você? Você pode me mandar, eu te aviso.", "m")
    'Que horários ficam bons para o senhor? O senhor pode me mandar, eu lhe aviso.'
    """
    if gender not in ("m", "f"):
        return text
    art, noun = ("o", "senhor") if gender == "m" else ("a", "senhora")
    # "você pode me contar as datas?" is a friend's ask: a letter in "a senhora" asks "poderia me informar"
    for rx, to in ((r"\bVocê pode me contar\b", f"{art.upper()} {noun} poderia me informar"),
                   (r"\bvocê pode me contar\b", f"{art} {noun} poderia me informar"), (r"\bpara você\b", f"para {art} {noun}"), (r"\bcom você\b", f"com {art} {noun}"), (r"\bde você\b", f"d{art} {noun}"),
                   (r"\bem você\b", f"n{art} {noun}"), (r"\bpor você\b", f"pel{art} {noun}"),
                   (r"\ba você\b", "ao senhor" if gender == "m" else "à senhora"), (r"\bVocê\b", f"{art.upper()} {noun}"),
                   (r"\bvocê\b", f"{art} {noun}"), (r"(?<![-\w])te\b(?!-)", "lhe")):
        text = cre.sub(rx, to, text)
    return text


#: Being free, meeting or talking (folded), said just before a month or a period: "teria disponibilidade em abril?",
#: "could we talk in May?", "êtes-vous disponible en septembre ?", "hätten Sie im März Zeit?", "¿podríamos hablar en junio?".
_MEET_WORDS = (r"\b(?:availab\w*|free|talk|speak|chat|meet|call|catch up|dispon\w*|libre|parler|echanger|echange|rencontrer|voir|appel\w*|rendez-vous|rdv"
               r"|zeit|verfugbar\w*|sprechen|telefonieren|treffen|termin\w*|austauschen|hablar|charlar|conversar|vernos|reunir\w*|reunion\w*|llamada"
               r"|sentirci|parlarne|parlare|vederci|incontr\w*|colloquio|chiamata|call|falar|conversa\w*|reuniao|chamada|encontr\w*|beschikbaar|tijd|spreken|bellen"
               r"|afspr\w*|gesprek|kennismak\w*|ruimte|agenda|\w*gesprach\w*|kennenlern\w*"
               # "Un café à Lyon le mois prochain ?", "Koffie volgende maand?": a coffee is a meeting too
               r"|cafe|coffee|kaffee|koffie|caffe|cafezinho)\b")
#: The sender says they will be somewhere (folded): "ben", "I'm", "I'll be", "je serai", "ich bin", "estaré", "sarò", "vou estar".
_VISIT_BEFORE = (r"\b(?:(?:ik )?ben|i'?m|i am|i'?ll be|i will be|je serai|je suis|je passe(?:rai)?|ich bin|bin ich|ich komme|estare|estoy|paso|saro|sono"
                 r"|passo|vou estar|estarei|estou|passo"
                 # "estaremos en Lyon en junio", "vou passar por Lyon em setembro", "we'll be in Lyon", "und bin im Mai in Lyon"
                 r"|estaremos|vamos a estar|voy a estar|vou passar|vamos passar|vamos estar|we'?ll be|we will be"
                 r"|nous serons|je viens|on sera|und bin|wir sind|sind wir|saremo|zijn we|we zijn|komen we|kom ik|ik kom)\b")
#: After that period, a coffee or a meeting asked for it in the same sentence (folded): "in Lyon, koffie?", ", un café ?".
#: ("… in Lyon in June. Fancy a coffee?": the coffee may be asked in the sentence right after the visit's)
_VISIT_COFFEE = (r"(?:[^.!?\n]{0,40}?|[^.!?\n]{0,40}[.!?]\s*[^.!?\n]{0,50}?)"
                 r"\b(?:cafe|coffee|kaffee|koffie|caffe|cafezinho|meet|treffen|afspreken|se voir|vernos|vederci|encontrar\w*)\b")
#: "next week" as the drafts offer it, with the preposition that goes with it, per language.
#: (and "in the next two weeks", as a coffee's days are asked: "Un café le mois prochain ?" gets the days of next month)
_NEXT_WEEK = {
    "en": r"\b(?:(?:some ?time|during|for) )?next week\b|\b(?:over|in|during) the next two weeks\b",
    "fr": r"\b(?:(?:dans le courant de|pour|durant) )?la semaine prochaine\b|\bdans les deux prochaines semaines\b",
    "de": r"\b(?:(?:in der|für die) )?nächsten? Woche\b|\bin den nächsten zwei Wochen\b",
    "es": r"\b(?:(?:durante|para) )?la (?:semana que viene|próxima semana)\b|\ben las próximas dos semanas\b",
    "it": r"\b(?:(?:nella|per la|durante la|la) )?(?:prossima settimana|settimana prossima)\b|\bnelle prossime due settimane\b",
    "pt": r"\b(?:na|para a|durante a) próxima semana\b|\bnas próximas duas semanas\b",
    "nl": r"\b(?:(?:in de|voor) )?volgende week\b|\bde komende twee weken\b",
}


def meet_period(note: str, soon: str) -> str:
    """The month or period the sender names for meeting or being available ("em abril"), or "".

    >>> meet_period("A senhora teria disponibilidade em abril?", "em abril")
    'em abril'
    >>> meet_period("Nous organisons un séminaire en avril. Pouvons-nous en parler ?", "en avril")
    ''
    """
    if not soon or cre.search(r"\d", soon):
        return ""  # "le 14 mai": a day, never put in place of a week
    folded, said = fold(note), fold(soon)
    if cre.search(r"\b(?:week|semaine|woche|semana|settimana)\b", said):
        return ""  # "next week" already
    if cre.match(r"(?:from|starting|a partir d\w*|des|ab|vanaf|desde|da|dal|dall'|dalla|a partire d\w*)\b", said):
        return ""  # "disponible à partir de septembre": when the work would start, never the day of a first call
    at = folded.find(said)
    if at < 0:
        return ""
    start = max(folded.rfind(c, 0, at) for c in ".!?\n")
    before = folded[max(start + 1, at - 45):at]
    if cre.search(_FROM_BEFORE_PERIOD, before):
        return ""  # "Do you have availability from next month?": when the work would start, never the day of a first call
    after = cre.match(r"[^.!?\n,;]{0,30}", folded[at + len(said):])
    # "Hätten Sie im März Zeit?", "Heb je in november tijd om te bellen?": the meeting word may come after the month
    if cre.search(_MEET_WORDS, before) or (after and cre.search(_MEET_WORDS, after.group(0))):
        return soon
    # "ben in maart in Lyon, koffie?", "I'm in Lyon in March, coffee?": the sender's visit then, and a coffee asked for it
    visit = cre.search(_VISIT_BEFORE, before) or cre.search(_VISIT_BEFORE, folded[at + len(said):at + len(said) + 25])
    return soon if visit and cre.match(_VISIT_COFFEE, folded[at + len(said):]) else ""


#: A business meeting asked for (folded; in her city or in person, see `meeting_place`): "a meeting in Lyon", "un rendez-vous", "ein persönliches Treffen", "una reunión",
#: "un incontro", "uma reunião", "een afspraak"; never one held online or by phone.
_MEETING_ASKED = (r"\b(?:an? (?:\w+ )?meeting|meet (?:you |up )?(?:in person|face to face)|(?:un|une|le|la) (?:\w+ )?(?:rendez-vous|rdv|rencontre|reunion)"
                  r"|(?:ein|einen|eine|ein) (?:\w+ )?(?:treffen|termin|gesprach vor ort)|(?:una|la) (?:\w+ )?(?:reunion|cita)|(?:un|l') ?(?:\w+ )?(?:incontro|appuntamento)"
                  r"|una (?:\w+ )?riunione|(?:uma|a) (?:\w+ )?reuniao|um encontro|(?:een|de) (?:\w+ )?(?:afspraak|ontmoeting|bespreking))\b")
_IN_PERSON = (r"\b(?:in person|face to face|face-to-face|en personne|en presentiel|physique|personlich\w*|vor ort|presencial\w*|en persona"
              r"|di persona|in presenza|pessoalmente|persoonlijk|op locatie|ter plaatse)\b")
_MEETING_REMOTE = (r"\b(?:online|en ligne|visio\w*|zoom|teams|google meet|video\w*|virtu\w*|telefon\w*|telephon\w*|phone|call|appel|llamada"
                   r"|chiamata|chamada|a distance|a distancia|a distanza|remote|da remoto)\b")


def meeting_place(note: str, city: str) -> str:
    """A meeting in person asked for in the note: the owner's city when the meeting is there, " " for one in person, or ""
    (a bare "can we set up a meeting?" is a first call, answered as such).

    >>> meeting_place("Would you be available for a meeting in Lyon next month?", "Lyon")
    'Lyon'
    >>> meeting_place("Seriez-vous disponible pour un rendez-vous en personne ?", "Lyon"), meeting_place("Could we set up a meeting?", "Lyon")
    (' ', '')
    """
    for ask in cre.findall(r"(?<![^.!?\n¿])[^.!?\n¿]*\?", note):
        folded = fold(ask)
        if not cre.search(_MEETING_ASKED, folded) or cre.search(_MEETING_REMOTE, folded):
            continue
        if city and cre.search(rf"\b{re.escape(fold(city))}\b", folded):
            return city
        if cre.search(_IN_PERSON, folded):
            return " "
    return ""


#: "next month" in a note (folded), and as the draft says it in place of "next week", per language.
_NEXT_MONTH = (r"\b(?:next month|(?:le )?mois prochain|(?:im )?(?:nachsten|kommenden) monat|(?:el )?mes que viene|(?:el )?(?:proximo|siguiente) mes"
               r"|(?:el )?mes proximo|(?:il )?mese prossimo|(?:il )?prossimo mese|(?:no )?proximo mes|mes que vem|(?:de )?(?:volgende|komende) maand)\b")
_NEXT_MONTH_SAID = {"en": "next month", "fr": "le mois prochain", "de": "nächsten Monat", "es": "el mes que viene",
                    "it": "il mese prossimo", "pt": "no próximo mês", "nl": "volgende maand"}


def next_month(note: str, lang: str) -> str:
    """ "next month" in the draft's language when the sender asks to talk or meet next month, or "".

    >>> next_month("Hättest du nächsten Monat Zeit für einen Call?", "de")
    'nächsten Monat'
    >>> next_month("We launch next month. Can we talk?", "en")
    ''
    """
    if lang not in _NEXT_MONTH_SAID:
        return ""
    for sentence in cre.split(r"[.!?\n]+", fold(note)):
        if cre.search(_NEXT_MONTH, sentence) and cre.search(_MEET_WORDS, sentence):
            clause = next((c for c in cre.split(r"[,;:]", sentence) if cre.search(_NEXT_MONTH, c)), "")
            if cre.search(_LAUNCH_VERB_SOON, clause) and not cre.search(_MEET_WORDS, clause):
                continue  # "Je lance ma boutique le mois prochain, tu aurais 20 min ?": the launch's month; the call comes before it
            return _NEXT_MONTH_SAID[lang]
    return ""


#: A launch or an opening told with its date (folded): "je lance ma boutique le mois prochain", "we launch next month", "abrimos
#: el mes que viene" — that month is the launch's, never when to talk
_LAUNCH_VERB_SOON = (r"\b(?:je lance|on lance|nous lancons|je vais lancer|j'ouvre|on ouvre|ouverture|lancement|launch\w*|opening|we open|i open"
                     r"|lanzo|lanzamos|voy a lanzar|lanzamiento|abro|abrimos|apertura|lancio|lanciamo|lancero|apro|apriamo"
                     r"|lanco|lancamos|vou lancar|lancamento|abro|abrimos|inauguro|starte|starten|eroffne\w*|launche\w*"
                     r"|lanceer|lanceren|ga lanceren|open ik|openen we|lancering|opening)\b")


#: A quarter of the year, as written (folded): "Q1", "T2", "1. Quartal", "im ersten Quartal", "primo trimestre", "eerste kwartaal".
_QUARTER = (r"\b(?:q([1-4])|t([1-4])|k([1-4])|([1-4])(?:er|e|eme|º|o|°)?\.? ?(?:trimestre|quartal|kwartaal|quarter)"
            r"|(first|1st|premier|primer|primo|primeiro|ersten?|eerste|second|2nd|deuxieme|segundo|secondo|zweiten?|tweede"
            r"|third|3rd|troisieme|tercer|terzo|terceiro|dritten?|derde|fourth|4th|quatrieme|cuarto|quarto|vierten?|vierde)"
            r" (?:trimestre|quartal|kwartaal|quarter))\b")
_ORDINALS = {"first": 1, "1st": 1, "premier": 1, "primer": 1, "primo": 1, "primeiro": 1, "erste": 1, "ersten": 1, "eerste": 1,
             "second": 2, "2nd": 2, "deuxieme": 2, "segundo": 2, "secondo": 2, "zweite": 2, "zweiten": 2, "tweede": 2,
             "third": 3, "3rd": 3, "troisieme": 3, "tercer": 3, "terzo": 3, "terceiro": 3, "dritte": 3, "dritten": 3, "derde": 3,
             "fourth": 4, "4th": 4, "quatrieme": 4, "cuarto": 4, "quarto": 4, "vierte": 4, "vierten": 4, "vierde": 4}
#: Being free or having room for the work (folded), said in the question that names the quarter.
_ROOM_WORDS = (r"\b(?:availab\w*|free|capacity|bandwidth|room|dispon\w*|libre|capacit\w*|hueco|tiempo|tempo|spazio|zeit|kapazit\w*|verfugbar\w*"
               r"|frei|luft|beschikbaar|ruimte|tijd|plek|start\w*|commencer|demarrer|beginnen|empezar|comenzar|iniziare|partire|comecar|begin\w*)\b")
#: The answer to "available in Q{n}?", per language: possible on her side, the exact timing set once the scope is known.
_QUARTER_LINE = {
    "en": "Q{n} should be possible on my side; we can pin down the timing once the scope is clear.",
    "fr": "Le {fr} trimestre devrait être possible de mon côté ; le calendrier précis se calera une fois le périmètre défini.",
    "de": "Das {n}. Quartal sollte bei mir machbar sein; den genauen Zeitplan stimmen wir ab, sobald der Umfang klar ist.",
    "es": "El {es} trimestre debería ser posible por mi parte; el calendario exacto lo cerramos cuando el alcance esté claro.",
    "it": "Il {it} trimestre dovrebbe essere possibile da parte mia; i tempi precisi li definiamo quando il perimetro sarà chiaro.",
    "pt": "O {pt} trimestre deverá ser possível da minha parte; o calendário exato fechamos quando o âmbito estiver definido.",
    "pt-BR": "O {pt} trimestre deve ser possível da minha parte; o cronograma exato a gente fecha quando o escopo estiver definido.",
    "nl": "Het {nl} kwartaal zou bij mij moeten lukken; de precieze planning stemmen we af zodra de omvang duidelijk is.",
}
#: "this quarter" (folded), in the question asking whether she has room then.
_THIS_QUARTER = (r"\b(?:this quarter|ce trimestre|dieses quartal|diesem quartal|este trimestre|questo trimestre|neste trimestre|nesse trimestre"
                 r"|dit kwartaal)\b")
#: Room for new clients asked (folded): "taking on new clients", "de nouveaux clients", "neue Kunden", "nuevos clientes".
_NEW_CLIENTS_ROOM = (r"\b(?:taking on|take on|accepting|nouveaux clients|nouvelles missions|neue (?:kunden|auftrage|projekte)|nuevos clientes"
                     r"|nuovi clienti|novos clientes|nieuwe klanten|nieuwe opdrachten)\b")
#: The answer to "do you have room this quarter?", per language.
_THIS_QUARTER_LINE = {
    "en": "This quarter should be possible on my side; we can pin down the timing once the scope is clear.",
    "fr": "Ce trimestre devrait être possible de mon côté ; le calendrier précis se calera une fois le périmètre défini.",
    "de": "Dieses Quartal sollte bei mir machbar sein; den genauen Zeitplan stimmen wir ab, sobald der Umfang klar ist.",
    "es": "Este trimestre debería ser posible por mi parte; el calendario exacto lo cerramos cuando el alcance esté claro.",
    "it": "Questo trimestre dovrebbe essere possibile da parte mia; i tempi precisi li definiamo quando il perimetro sarà chiaro.",
    "pt": "Este trimestre deverá ser possível da minha parte; o calendário exato fechamos quando o âmbito estiver definido.",
    "pt-BR": "Este trimestre deve ser possível da minha parte; o cronograma exato a gente fecha quando o escopo estiver definido.",
    "nl": "Dit kwartaal zou bij mij moeten lukken; de precieze planning stemmen we af zodra de omvang duidelijk is.",
}
_QUARTER_WORDS = {"fr": "premier deuxième troisième quatrième", "es": "primer segundo tercer cuarto", "it": "primo secondo terzo quarto",
                  "pt": "primeiro segundo terceiro quarto", "nl": "eerste tweede derde vierde"}


def quarter_line(note: str, lang: str) -> str:
    """A sentence answering "are you available in Q1?" (a quarter is the work's period), or "".

    >>> quarter_line("Do you have availability in Q1? Happy to jump on a call.", "en")
    'Q1 should be possible on my side; we can pin down the timing once the scope is clear.'
    >>> quarter_line("Our Q1 results were great. Can we talk?", "en")
    ''
    """
    text = lang if lang in _QUARTER_LINE else lang[:2]
    if text not in _QUARTER_LINE:
        return ""
    for ask in cre.findall(r"(?<![^.!?\n])(?<!\d\.)(?:[^.!?\n]|(?<=\d)\.)*\?", fold(note)):  # "im 1. Quartal": the ordinal's dot ends no sentence
        if cre.search(_THIS_QUARTER, ask) and (cre.search(_ROOM_WORDS, ask) or cre.search(_NEW_CLIENTS_ROOM, ask)):
            return _THIS_QUARTER_LINE[text]  # "Are you taking on new clients this quarter?": her room this quarter, answered
        m = cre.search(_QUARTER, ask)
        if not m or not (cre.search(_ROOM_WORDS, ask) or cre.search(_NEW_CLIENTS_ROOM, ask)):
            continue
        digits = next((g for g in m.groups()[:4] if g), "")
        n = int(digits) if digits else _ORDINALS.get(m.group(5) or "", 0)
        if not n:
            continue
        words = {k: v.split()[n - 1] for k, v in _QUARTER_WORDS.items()}
        return _QUARTER_LINE[text].format(n=n, **words)
    return ""


#: Being free for the work (folded), asked in the question that names the month: "¿Tendría disponibilidad en abril?",
#: "Teria agenda em maio?", "Avrebbe disponibilità ad aprile?", "are you available in May?", "hätten Sie im März Zeit?".
_MONTH_ROOM = (r"\b(?:availab\w*|free|capacity|bandwidth|dispon\w*|dispos?|libre|agenda|hueco|tempo|spazio|zeit|kapazit\w*|verfugbar\w*"
               r"|frei|beschikbaar|ruimte|tijd|plek)\b")
#: Any month's name (folded), in any of the languages.
_MONTHS_ANY = "|".join(sorted({m for names in _NF_MONTHS.values() for m in names.split("|")}))
#: A day with its month anywhere in the note (folded): "le 14 mai", "el 14 de mayo", "il 15 ottobre", "am 14. Mai", "on May 14":
#: the date is given, even when an earlier sentence named the month alone ("en mayo … ¿disponible el 14 de mayo?").
_DAY_MONTH = rf"\b\d{{1,2}}(?:er|st|nd|rd|th|\.|º)?\s+(?:de\s+|di\s+)?(?:{_MONTHS_ANY})\b|\b(?:{_MONTHS_ANY})\s+\d{{1,2}}\b"
#: The answer to "available in {month}?", per language: yes in principle on her side, the dates confirmed together.
_MONTH_LINE = {
    "en": "{M} should work on my side in principle.",
    "fr": "En {m}, ce devrait être possible de mon côté.",
    "de": "Im {M} sollte es bei mir grundsätzlich passen.",
    "es": "En principio, {m} es posible por mi parte.",
    "it": "In linea di massima, il mese di {m} va bene da parte mia.",
    "pt": "Em princípio, {m} é possível da minha parte.",
    "pt-BR": "Em princípio, {m} funciona para mim.",
    "nl": "In principe is {m} bij mij mogelijk.",
}
#: The same answer when the work would start from that month ("Hai disponibilità da gennaio?", "ab Februar Kapazität?").
_MONTH_FROM_LINE = {
    "en": "Starting in {M} should work on my side in principle.",
    "fr": "Dès {m}, ce devrait être possible de mon côté.",
    "de": "Ab {M} sollte es bei mir grundsätzlich passen.",
    "es": "En principio, a partir de {m} es posible por mi parte.",
    "it": "In linea di massima, a partire da {m} va bene da parte mia.",
    "pt": "Em princípio, a partir de {m} é possível da minha parte.",
    "pt-BR": "Em princípio, a partir de {m} funciona para mim.",
    "nl": "In principe kan ik vanaf {m} aan de slag.",
}
#: A wish to talk said in the note (folded): "gostaria de conversar sobre…", "je souhaiterais échanger…", "we'd like to talk":
#: "disponible en mai ?" is then about the talk, and the call is asked for that month.
_TALK_WISH = (r"\b(?:(?:would|'d) (?:like|love) to (?:talk|chat|discuss)|(?:souhaiterai[st]?|aimerai[st]?|voudrai[st]?) (?:echanger|discuter|en parler|vous parler)"
              r"|(?:me gustaria|quisiera|quería|queria) (?:hablar|charlar|conversar)|(?:vorrei|mi piacerebbe) (?:parlare|sentir)\w*"
              r"|(?:gostaria|queria) de (?:conversar|falar)|wurde (?:mich )?gerne? (?:\w+ ){0,2}(?:sprechen|austauschen)|(?:zou|wil|willen) graag (?:\w+ ){0,2}(?:spreken|praten))\b")
#: A talk asked for in the question, before its month (folded): "Would you be free to talk in May?", "¿Podríamos hablar en junio?".
_TALK_WORD = (r"\b(?:talk|speak|chat|parler|echanger|discuter|sprechen|austauschen|telefonieren|hablar|charlar|conversar|parlare|parlarne|sentirci"
              r"|falar|spreken|praten|bellen)\b")
#: A call or an exchange asked (folded): "un échange", "a call", "ein Gespräch", "una llamada", "een gesprek".
_MONTH_CALL_ASKED = (r"\b(?:echange|appel|call|chat|gesprach|telefonat|llamada|charla|chiamata|conversa|chamada|gesprek|belletje|afspraak|rendez-vous"
                     r"|meeting|reunion|riunione|reuniao|termin|cafe|coffee|kaffee|koffie)\b")
#: Her room or capacity named (folded): "des disponibilités", "capacity", "Kapazitäten": the month's room asked, not only a call.
_MONTH_ROOM_WORD = r"\b(?:disponibilit\w*|disponibilidad\w*|availability|capacity|bandwidth|kapazit\w*|capaciteit|ruimte|mission\w*|projet\w*|project\w*)\b"
_TALK_THEN = (r"\b(?:talk|speak|chat|parler|echanger|discuter|sprechen|austauschen|telefonieren|hablar|charlar|conversar|parlare|parlarne|sentirci"
              r"|falar|spreken|praten|bellen)\b[^.!?\n]{0,30}$")
#: A period that starts the work from a month (folded): "from January", "ab Februar", "vanaf februari", "da gennaio".
_FROM_PERIOD = r"(?:from|starting|a partir d\w*|des|dès|ab|vanaf|desde|da|dal|dall'|dalla|a partire d\w*)\b"
#: A start word right before a period (folded): "availability from (next month)", "a partir del (mes que viene)", "ab (nächstem Monat)".
_FROM_BEFORE_PERIOD = r"\b(?:from|starting(?: from)?|a partir d[eu']?l?|des|ab|vanaf|desde|desde el|da|dal|dall'|dalla|a partire d\w*|a partir do)\s*$"
#: "Yes, starting next month" as her answer, per language: in principle, the dates confirmed together.
_NEXT_MONTH_FROM_LINE = {
    "en": "Starting next month should work on my side in principle.",
    "fr": "Dès le mois prochain, ce devrait être possible de mon côté.",
    "de": "Ab nächstem Monat sollte es bei mir grundsätzlich passen.",
    "es": "En principio, a partir del mes que viene es posible por mi parte.",
    "it": "In linea di massima, a partire dal mese prossimo va bene da parte mia.",
    "pt": "Em princípio, a partir do próximo mês é possível da minha parte.",
    "pt-BR": "Em princípio, a partir do próximo mês funciona para mim.",
    "nl": "In principe kan ik vanaf volgende maand aan de slag.",
}


def month_line(note: str, lang: str, period: str) -> str:
    """A sentence answering "are you available in {month}?" (the month the sender names), or "".

    >>> month_line("¿Tendría disponibilidad en abril?", "es", "en abril")
    'En principio, abril es posible por mi parte.'
    >>> month_line("Hätten Sie ab Februar Kapazität?", "de", "ab Februar")
    'Ab Februar sollte es bei mir grundsätzlich passen.'
    >>> month_line("Could we talk in May?", "en", "in May")
    ''
    >>> month_line("Je serai à Lyon le 15 mai, seriez-vous disponible ?", "fr", "le 15 mai")
    ''
    >>> month_line("Nous lançons en septembre. Vous avez des disponibilités à la rentrée ?", "fr", "en septembre")
    'En septembre, ce devrait être possible de mon côté.'
    >>> month_line("On refond notre stratégie de contenu. Dispo pour un échange en janvier ?", "fr", "en janvier")
    ''
    """
    text = lang if lang in _MONTH_LINE else lang[:2]
    if text not in _MONTH_LINE or not period:
        return ""
    if cre.fullmatch(_NEXT_MONTH, fold(period).strip()):
        # "Do you have availability from next month?", "¿Tienes disponibilidad a partir del mes que viene?": the start asked, answered
        for ask in cre.findall(r"(?<![^.!?\n¿])[^.!?\n¿]*\?", fold(note)):
            at = cre.search(_NEXT_MONTH, ask)
            if at and cre.search(_MONTH_ROOM, ask) and cre.search(_FROM_BEFORE_PERIOD, ask[:at.start()]) and not cre.search(_NF_SOON_CALL, ask):
                return _NEXT_MONTH_FROM_LINE[text]
        return ""
    month = period.split()[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]  # "à partir d'avril": the month after the elision
    if not cre.fullmatch(r"[^\W\d_]{3,}", month) or not cre.search(rf"\b(?:{_MONTHS_ANY})\b", fold(month)):
        return ""
    said = fold(period)
    if cre.search(r"\d", said):
        return ""  # "Je serai à Lyon le 15 mai, seriez-vous disponible ?": a day asked, never the month's room in principle
    for ask in cre.findall(r"(?<![^.!?\n¿])[^.!?\n¿]*\?", fold(note)):
        # "lancement en septembre … Vous avez des disponibilités à la rentrée ?": a question on her room with no month of its
        # own (and no call in it) asks about the month the note named
        undated = not cre.search(rf"\b(?:{_MONTHS_ANY})\b|\d", ask) and not cre.search(_TALK_WORD, ask) and not cre.search(_NF_SOON_CALL, ask)
        if cre.search(_MONTH_CALL_ASKED, ask) and not cre.search(_MONTH_ROOM_WORD, ask):
            continue  # "Dispo pour un échange en janvier ?": a call in that month, answered by the call line's own month
        if (said in ask or undated) and cre.search(_MONTH_ROOM, ask):
            low = month.casefold() if lang[:2] in ("fr", "es", "it", "pt", "nl") else month[:1].upper() + month[1:]
            table = _MONTH_FROM_LINE if cre.match(_FROM_PERIOD, said) else _MONTH_LINE
            return table[text].format(m=low, M=low[:1].upper() + low[1:])
    return ""


#: "Which training would you recommend to start?", "Che formazione mi consiglieresti?", "welke opleiding raad je aan?" (folded,
#: one question): which course to take, asked for.
#: Her own trainings already said in the answer ("Yes, I run digital-marketing trainings", "Oui, j'anime des formations").
_OFFERS_TRAINING_ALREADY = (r"(?i)\b(?:I (?:also )?run|j'anime|(?:yo )?(?:también )?doy|tengo|(?:também )?dou|ich gebe|ik geef)\b[^.:]{0,40}"
                            r"\b(?:trainings?|formations?|formaciones|corsi|formações|treinamentos|schulungen|trainingen)\b")
_COURSE_PICK = (r"\b(?:which|what|quel\w*|que|qual\w*|cual\w*|che|welche\w*|welk\w*)\b[^?]*\b(?:courses?|trainings?|formations?|formacion\w*"
                r"|formazion\w*|formacao|formacoes|cursos?|cors[oi]|kurs\w*|weiterbildung\w*|fortbildung\w*|cursus\w*|opleiding\w*"
                # "Which certifications would you recommend - Google, Meta, HubSpot?": a certification to pick is a course to pick
                r"|certif\w*|certs?|zertifi\w*|certificering\w*|certificaat|certificaten|certificazion\w*|certificac\w*)\b"
                r"[^?]*\b(?:recommend\w*|recommand\w*|conseill\w*|recomiend\w*|recomend\w*|aconsej\w*|consigl\w*|aconselh\w*|empfehl\w*|empfiehl\w*|aanrad\w*|raad"
                # "¿con qué curso empiezo?", "da quale corso inizio?", "por qual curso começo?": the first person asks the same
                r"|should i|start\w*|begin\w*|commencer|debuter|empezar|empiezo|comenzar|comienzo|iniziare|inizio|cominciare|comincio|comecar|comeco"
                r"|anfangen|fange|einstieg)")
#: "Is your course OK for beginners?", "¿Tu curso sirve para principiantes?", "Seu curso serve pra quem está começando do zero?"
#: (folded, in one question): her course asked about for a beginner.
_COURSE_WORD = (r"\b(?:course|courses|training|trainings|workshop|cours|formation|formations|curso|cursos|corso|corsi|formazione|formacion|formacao"
                r"|treinamento|treinamentos|kurs|kurse|schulung\w*|cursus|opleiding|training\w*)\b")
_BEGINNER_WORD = (r"\b(?:beginners?|principiant\w*|iniciant\w*|debutant\w*|anfanger\w*|einsteiger\w*|starters?|newbies?|novices?"
                  r"|from scratch|de cero|desde cero|da zero|de zero|do zero|van nul|bij nul|von null|a zero)\b")
#: The plain yes to "does your course suit a beginner?", and who her trainings are for (the settings' training offer).
_BEGINNER_LINE = {
    "en": ("Yes: my training courses (SEO, social ads, content strategy) are for small business owners, teams and individuals, beginners included.",) * 2,
    "fr": ("Oui : mes formations (SEO, social ads, stratégie de contenu) s'adressent à des dirigeants de petites entreprises, des équipes et des particuliers, débutants compris.",
           "Oui : mes formations (SEO, social ads, stratégie de contenu) s'adressent à des dirigeants de petites entreprises, des équipes et des particuliers, débutants compris."),
    "de": ("Ja, meine Schulungen (SEO, Social Ads, Content-Strategie) richten sich an Inhaber kleiner Unternehmen, Teams und Einzelpersonen, auch ohne Vorkenntnisse.",
           "Ja, meine Schulungen (SEO, Social Ads, Content-Strategie) richten sich an Inhaber kleiner Unternehmen, Teams und Einzelpersonen, auch ohne Vorkenntnisse."),
    "es": ("Sí: mis formaciones (SEO, publicidad en redes sociales, estrategia de contenidos) son para emprendedores, equipos y particulares, también sin conocimientos previos.",
           "Sí: mis formaciones (SEO, publicidad en redes sociales, estrategia de contenidos) son para emprendedores, equipos y particulares, también sin conocimientos previos."),
    "it": ("Sì: i miei corsi (SEO, social ads, strategia dei contenuti) sono per titolari di piccole imprese, team e privati, anche senza basi.",
           "Sì: i miei corsi (SEO, social ads, strategia dei contenuti) sono per titolari di piccole imprese, team e privati, anche senza basi."),
    "pt": ("Sim: as minhas formações (SEO, anúncios nas redes sociais, estratégia de conteúdo) são para empreendedores, equipas e particulares, mesmo sem conhecimentos prévios.",
           "Sim: as minhas formações (SEO, anúncios nas redes sociais, estratégia de conteúdo) são para empreendedores, equipas e particulares, mesmo sem conhecimentos prévios."),
    "pt-BR": ("Sim: meus treinamentos (SEO, anúncios em redes sociais, estratégia de conteúdo) são para empreendedores, equipes e pessoas físicas, mesmo sem conhecimento prévio.",
              "Sim: meus treinamentos (SEO, anúncios em redes sociais, estratégia de conteúdo) são para empreendedores, equipes e pessoas físicas, mesmo sem conhecimento prévio."),
    "nl": ("Ja, mijn trainingen (SEO, social ads, contentstrategie) zijn voor ondernemers, teams en particulieren, ook zonder voorkennis.",
           "Ja, mijn trainingen (SEO, social ads, contentstrategie) zijn voor ondernemers, teams en particulieren, ook zonder voorkennis."),
}
#: "your" in a question on her course (folded): "ta formation", "la tua formazione", "a sua formação", "jouw training".
_YOUR_WORD = r"\b(?:your|ton|ta|tes|votre|vos|tu|tus|su|sus|tuo|tua|tuoi|tue|suo|sua|seu|seus|teu|dein\w*|ihr\w*|je|jouw|uw)\b"
#: A draft that already speaks of beginners (folded).
_BEGINNER_SAID = r"\b(?:beginners?|principiant\w*|iniciant\w*|debutant\w*|anfanger\w*|einsteiger\w*|starters?)\b"


#: Someone who already took her training (folded): "ancienne de ta formation", "former trainee", "ex alumna del curso",
#: "ehemalige Teilnehmerin", "oud-cursist".
_FORMER_TRAINEE = (r"\b(?:ancien(?:ne)?s? (?:de|du|d'|eleve|stagiaire|participant)\w*|former (?:student|trainee|participant|attendee)s?"
                   r"|ex[- ]?(?:alumn[oa]s?|alun[oa]s?|allievi|allieva|allievo|corsist\w*|participant\w*|stagiaire)|antigu[oa]s? alumn[oa]s?"
                   r"|ehemalige[rn]? (?:teilnehmer\w*|kursteilnehmer\w*|schuler\w*)|oud-?cursist\w*|oud-?deelnemer\w*)\b")
#: A course named by its title in quotes («Social Ads pour débutants», "SEO for beginners"): a name, not a question on it.
_QUOTED_TITLE = r"«[^»]{1,80}»|“[^”]{1,80}”|\"[^\"]{1,80}\""


def beginner_line(note: str, lang: str, *, informal: bool) -> str:
    """Who her trainings are for, when the note asks whether her course suits a beginner, or "".

    >>> beginner_line("Il tuo corso va bene per principianti?", "it", informal=True)[:40]
    'Sì: i miei corsi (SEO, social ads, strat'
    >>> beginner_line("I'm a beginner. Which course should I take?", "en", informal=True)
    ''
    """
    pair = _BEGINNER_LINE.get(lang) or _BEGINNER_LINE.get(lang[:2])
    if not pair or cre.search(_FORMER_TRAINEE, fold(note)):
        # "ancienne de ta formation « Social Ads pour débutants »": she took the course already; never who it is for
        return ""
    for ask in cre.findall(r"(?<![^.!?\n¿])[^.!?\n¿]*\?", cre.sub(_QUOTED_TITLE, " ", fold(note))):
        if cre.search(_COURSE_WORD, ask) and cre.search(_BEGINNER_WORD, ask) and cre.search(_YOUR_WORD, ask):
            return pair[0 if informal else 1]
    return ""


#: A video call asked for (folded): "per Video austauschen", "a video call", "en visio", "por videollamada", "in videochiamata".
_VIDEO_ASK = (r"\b(?:per video|via video|video ?call|video-call|videocall|video chat|videochat|visio\w*|videoconf\w*|videollamada|videochiamata"
              r"|videochamada|videogesprek|videobellen|videotelefonat|zoom|google meet|teams-call|teams call)\b")
#: A phone call in a draft, and the same call by video, per language.
_PHONE_TO_VIDEO = {
    "en": ((r"\bphone call\b", "video call"), (r"\bby phone\b", "by video")),
    "fr": ((r"\bappel téléphonique\b", "appel en visio"), (r"\bpar téléphone\b", "en visio")),
    "de": ((r"\bTelefonat\b", "Videotelefonat"), (r"\btelefonisch\b", "per Video")),
    "es": ((r"\bpor teléfono\b", "por videollamada"),),
    "it": ((r"\btelefonata\b", "videochiamata"), (r"\bper telefono\b", "in videochiamata")),
    "pt": ((r"\bpor telefone\b", "por videochamada"),),
    "nl": ((r"\btelefoongesprek\b", "videogesprek"), (r"\btelefonisch\b", "via video")),
}


def by_video(text: str, lang: str) -> str:
    """The draft's phone call made a video call (the note asks for one: "per Video austauschen").

    >>> by_video("Gern in einem 20-minütigen Telefonat.", "de")
    'Gern in einem 20-minütigen Videotelefonat.'
    """
    for rx, to in _PHONE_TO_VIDEO.get(lang[:2], ()):
        text = cre.sub(rx, to, text)
    return text


#: Someone abroad asking for a coffee, with no visit to her city named: a video call first, the coffee when next in her
#: city, per language (informal, formal).
_FAR_MEET_LINE = {
    "en": ("Let's start with a video call, and grab a coffee next time you're in {city}: which days work for you over the next two weeks?",
           "I would be glad to start with a video call, and to meet for a coffee when you are next in {city}: which days would suit you over the next two weeks?"),
    "fr": ("Volontiers pour un premier échange en visio, et pour un café lors de ton prochain passage à {city} : quels jours t'arrangent dans les deux prochaines semaines ?",
           "Volontiers pour un premier échange en visio, et pour un café lors de votre prochain passage à {city} : quels jours vous conviennent dans les deux prochaines semaines ?"),
    "de": ("Gern zunächst per Videocall, und auf einen Kaffee, wenn du das nächste Mal in {city} bist: Welche Tage passen dir in den nächsten zwei Wochen?",
           "Sehr gern zunächst per Videocall, und auf einen Kaffee, wenn Sie das nächste Mal in {city} sind: Welche Tage passen Ihnen in den nächsten zwei Wochen?"),
    "es": ("Empezamos con una videollamada, y nos tomamos un café cuando pases por {city}: ¿qué días te vienen bien en las próximas dos semanas?",
           "Le propongo empezar con una videollamada, y tomar un café cuando pase por {city}: ¿qué días le vienen bien en las próximas dos semanas?"),
    "it": ("Volentieri iniziamo con una videochiamata, e un caffè quando passerai da {city}: quali giorni ti vanno bene nelle prossime due settimane?",
           "Volentieri iniziamo con una videochiamata, e un caffè quando passerà da {city}: quali giorni Le vanno bene nelle prossime due settimane?"),
    "pt": ("Começamos por uma videochamada, e um café quando passares por {city}: que dias te dão jeito nas próximas duas semanas?",
           "Terei todo o gosto em começar por uma videochamada, e num café quando passar por {city}: que dias lhe dão jeito nas próximas duas semanas?"),
    "pt-BR": ("Vamos começar com uma videochamada, e um café quando você passar por {city}: que dias ficam bons para você nas próximas duas semanas?",
              "Vamos começar com uma videochamada, e um café quando você passar por {city}: que dias ficam bons para você nas próximas duas semanas?"),
    "nl": ("Graag eerst een videogesprek, en een kop koffie als je in {city} bent: welke dagen komen jou de komende twee weken uit?",
           "Graag eerst een videogesprek, en een kop koffie wanneer u in {city} bent: welke dagen komen u de komende twee weken uit?"),
}


#: A coffee offered on given days in her city ("le 3 décembre", "am 14. und 15. November"), accepted as the next step
#: after a training or service answer, per language (informal, formal); {day} is the days as the note wrote them.
_DATED_COFFEE_LINE = {
    "en": ("Happy to talk it over coffee {day}: what time works for you?",
           "I would be glad to discuss it over coffee {day}: what time would suit you?"),
    "fr": ("On peut en parler autour d'un café {day} : quelle heure t'arrange ?",
           "Nous pouvons en parler autour d'un café {day} : quelle heure vous conviendrait ?"),
    "de": ("Gern besprechen wir das bei einem Kaffee {day}. Welche Uhrzeit passt dir?",
           "Gern besprechen wir das bei einem Kaffee {day}. Welche Uhrzeit passt Ihnen?"),
    "es": ("Con mucho gusto lo hablamos tomando un café {day}: ¿a qué hora te viene bien?",
           "Con mucho gusto lo hablamos tomando un café {day}: ¿a qué hora le viene bien?"),
    "it": ("Ne parliamo volentieri davanti a un caffè {day}: a che ora ti va bene?",
           "Ne parliamo volentieri davanti a un caffè {day}: a che ora Le andrebbe bene?"),
    "pt": ("Falamos disso com todo o gosto num café {day}: a que horas te dá jeito?",
           "Falamos disso com todo o gosto num café {day}: a que horas lhe dá jeito?"),
    "pt-BR": ("Podemos conversar sobre isso num café {day}: que horário fica bom para você?",
              "Podemos conversar sobre isso num café {day}: que horário fica bom para o senhor?"),
    "nl": ("Laten we het bespreken bij een kop koffie {day}: hoe laat past het jou?",
           "Ik bespreek het graag met u bij een kop koffie {day}: hoe laat komt het u uit?"),
}


#: "¿Vas al Salon du Marketing de París?", "are you going to the Web Summit?", "gehst du zur DMEXCO?" (folded): whether she
#: goes to an event, asked with a coffee there.
_GOING_TO_EVENT = (r"\b(?:are you (?:going|heading|coming) to|will you be at|you going to|(?:tu )?vas (?:au|a la|aux|a l')|vous allez (?:au|a la|aux|a l')"
                   r"|serez-vous (?:au|a la)|seras-tu (?:au|a la)|gehst du (?:\w+ ){0,3}?(?:zur|zum|auf die|auf den|nach)|gehen sie (?:\w+ ){0,3}?(?:zur|zum|auf die|auf den)"
                   r"|bist du (?:auf der|auf dem|bei der)|sind sie (?:auf der|auf dem|bei der)|vas (?:al|a la)|va usted (?:al|a la)|vais (?:al|a la)"
                   r"|vai (?:al|alla|allo|ai)|andrai (?:al|alla)|sarai (?:al|alla)|andra (?:al|alla)|vais (?:ao|a|à)|vai (?:ao|à)|voce vai (?:ao|a|à)"
                   r"|ga je (?:\w+ ){0,3}?(?:naar|ook naar)|ga jij (?:\w+ ){0,3}?(?:naar|ook naar)|gaat u (?:\w+ ){0,3}?(?:naar|ook naar)|ben je (?:op|bij)|bent u (?:op|bij))\b[^?]{3,}\?")

#: Her answer when asked whether she goes to that event, with a coffee there: not decided, she will say, and they meet
#: there if she goes (informal, formal); never a video call nor a coffee in her city instead.
_EVENT_MEET_LINE = {
    "en": ("I haven't decided yet whether I'll go: I'll let you know, and if I do, let's have that coffee there!",
           "I have not decided yet whether I will attend: I will let you know, and if I do, I would be glad to meet for a coffee there."),
    "fr": ("Je ne sais pas encore si j'y serai : je te fais signe, et si j'y vais, on prend ce café sur place !",
           "Je ne sais pas encore si j'y serai : je vous fais signe, et si j'y vais, ce sera avec plaisir pour un café sur place."),
    "de": ("Ich weiß noch nicht, ob ich hingehe: Ich sage dir Bescheid, und wenn ja, trinken wir dort gern einen Kaffee!",
           "Ich weiß noch nicht, ob ich dabei bin: Ich gebe Ihnen Bescheid, und wenn ja, trinken wir dort gern einen Kaffee."),
    "es": ("Todavía no sé si iré: te aviso y, si voy, ¡nos tomamos ese café allí!",
           "Todavía no sé si asistiré: le aviso y, si voy, será un placer tomar un café allí."),
    "it": ("Non so ancora se ci sarò: ti faccio sapere e, se vado, prendiamo volentieri un caffè lì!",
           "Non so ancora se ci sarò: Le faccio sapere e, se vado, sarà un piacere prendere un caffè lì."),
    "pt": ("Ainda não sei se vou: aviso-te e, se for, tomamos esse café lá!",
           "Ainda não sei se vou: aviso-o e, se for, terei todo o gosto em tomar um café lá."),
    "pt-BR": ("Ainda não sei se vou: te aviso e, se eu for, a gente toma esse café lá!",
              "Ainda não sei se vou: aviso você e, se eu for, será um prazer tomar um café lá."),
    "nl": ("Ik weet nog niet of ik ga: ik laat het je weten, en als ik ga, drinken we daar graag een kop koffie!",
           "Ik weet nog niet of ik ga: ik laat het u weten, en als ik ga, drink ik daar graag een kop koffie met u."),
}


def event_meet_line(note: str, lang: str, informal: bool) -> str:
    """Whether she goes to the event asked about, with a coffee there ("¿Vas al Salon de París? … un café").

    >>> event_meet_line("¿Vas al Salon du Marketing de París el mes que viene? Me encantaría tomar un café", "es", informal=True)[:30]
    'Todavía no sé si iré: te aviso'
    >>> event_meet_line("Coffee when I'm in Lyon in May?", "en", informal=True)
    ''
    """
    pair = _EVENT_MEET_LINE.get(lang) or _EVENT_MEET_LINE.get(lang[:2])
    if not pair or not cre.search(_GOING_TO_EVENT, fold(note)):
        return ""
    return pair[0 if informal else 1]


def dated_coffee_line(lang: str, day: str, informal: bool) -> str:
    """A coffee offered on given days in her city, accepted on those days.

    >>> dated_coffee_line("it", "il 3 dicembre", informal=True)
    'Ne parliamo volentieri davanti a un caffè il 3 dicembre: a che ora ti va bene?'
    >>> dated_coffee_line("pt", "3 de dezembro", informal=False)[-56:]
    'num café no dia 3 de dezembro: a que horas lhe dá jeito?'
    >>> dated_coffee_line("de", "", informal=True), dated_coffee_line("xx", "am 3. Mai", informal=True)
    ('', '')
    """
    pair = _DATED_COFFEE_LINE.get(lang) or _DATED_COFFEE_LINE.get(lang[:2])
    if not pair or not day:
        return ""
    if lang.startswith("pt") and day[:1].isdigit():
        day = ("nos dias " if " e " in day else "no dia ") + day  # "3 de dezembro": "num café no dia 3 de dezembro"
    return pair[0 if informal else 1].format(day=day)


def far_meet_line(lang: str, city: str, informal: bool) -> str:
    """A coffee asked for by someone abroad: a video call first, and the coffee when they are next in her city.

    >>> far_meet_line("it", "Lyon", informal=True)[:60]
    'Volentieri iniziamo con una videochiamata, e un caffè quando'
    >>> "Lione" in far_meet_line("it", "Lyon", informal=False), far_meet_line("xx", "Lyon", informal=True)
    (True, '')
    """
    pair = _FAR_MEET_LINE.get(lang) or _FAR_MEET_LINE.get(lang[:2])
    if not pair:
        return ""
    return pair[0 if informal else 1].format(city=_CITY_NAME.get(lang[:2], {}).get(city, city))


def period_for_next_week(text: str, lang: str, period: str) -> str:
    """The draft's "next week" turned to the period the sender named for meeting.

    >>> period_for_next_week("Que horários ficam bons para o senhor na próxima semana?", "pt", "em abril")
    'Que horários ficam bons para o senhor em abril?'
    """
    rx = _NEXT_WEEK.get(lang)
    if not rx or cre.search(rf"(?i)(?<!\w){re.escape(period)}(?!\w)", text):
        return text  # "travailler avec votre équipe en mars": the month answered as the work's, the call stays before it
    return cre.sub(rx, period, text)


def _goes_by(first: str, said: str) -> bool:
    """Whether the name a sender introduces herself with ("Soy Álex", "Mike here") is the one she goes by, in place of
    the profile's first name: its short form ("Max" for Maximilien) or a nickname that starts like it and is no longer
    ("Álex" for Alejandro, "Mike" for Michael) — never a word as long or longer that merely shares two letters (a
    colleague "Martin" in a note from Markus).

    >>> _goes_by("Alejandro", "Álex"), _goes_by("Michael", "Mike"), _goes_by("Maximilien", "Max")
    (True, True, True)
    >>> _goes_by("Maria", "Marketing"), _goes_by("Markus", "Martin"), _goes_by("Camille", "Camille"), _goes_by("Robert", "Bob")
    (False, False, False, False)
    """
    full, short = fold(first), fold(said)
    if full == short:
        return False
    return full.startswith(short) or (len(short) < len(full) and full[:2] == short[:2])


#: A single capitalised word closing the note after its last sentence (and an emoji): "… in Kontakt bleiben! Vroni".
_SIGNED_AFTER_SENTENCE = r"[.!?…]\s*(?:[^\w\s]+\s*)*([A-ZÀ-Ý][a-zà-ÿ]{2,})[^\w]*$"


def _short_form(first: str, said: str) -> bool:
    """Whether ``said`` is a short form of the first name that neither starts like it nor shares its first two letters:
    its end ("Becca" for Rebecca, "Lena" for Magdalena) or its own letters in order from the same initial ("Vroni" for
    Veronika); never a name of another person ("Maria" for Marta, "Anna" for Hannah).

    >>> _short_form("Rebecca", "Becca"), _short_form("Veronika", "Vroni"), _short_form("Magdalena", "Lena")
    (True, True, True)
    >>> _short_form("Marta", "Maria"), _short_form("Hannah", "Anna"), _short_form("Markus", "Martin"), _short_form("Anna", "Anna")
    (False, False, False, False)
    """
    full, short = fold(first), fold(said)
    if len(short) < 3 or len(short) >= len(full):
        return False
    if len(short) >= 4 and full.endswith(short):
        return True
    rest = iter(full[1:])
    return short[0] == full[0] and all(c in rest for c in short[1:])


#: Between two sentences of an answer: a full stop, then a capital (never "z. B. die" nor "3.5").
_SENTENCE_GAP = r"(?<=[.!?])\s+(?=[A-ZÀ-ÝÄÖÜ¿¡])"


def _body_shortened(text: str) -> str:
    """The draft without the last sentence of its longest line, when that line has three sentences or more.

    >>> _body_shortened("Hi,|One. Two. Three.|Cheers".replace("|", chr(10))).split(chr(10))
    ['Hi,', 'One. Two.', 'Cheers']
    >>> _body_shortened("Hi,|One. Two.|Cheers".replace("|", chr(10))).split(chr(10))
    ['Hi,', 'One. Two.', 'Cheers']
    """
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    sentences = cre.split(_SENTENCE_GAP, lines[longest])
    if len(sentences) < 3:
        return text
    lines[longest] = " ".join(sentences[:-1])
    return "\n".join(lines)


def draft_for(item: Mapping[str, Any], settings: Settings, owner_dir: Path | None = None) -> Draft | None:
    """The draft for one queue item (keys: name, note, headline, lang, intent, action, evidence), or None."""
    if template_name(str(item.get("intent") or ""), str(item.get("action") or "")) is None:
        return None
    name, lang, context = context_for(item, settings)
    draft = render(name, lang, context, owner_dir)
    if _wished_twice(draft.text, context):
        # "Boa sorte com sua loja de roupa infantil. Muito sucesso com sua lojinha de roupa infantil!": one wish for the shop
        context = {**context, "shop_line": ""}
        draft = render(name, lang, context, owner_dir)
    topic = str(context.get("topic") or "")
    if len(topic) > 8 and draft.text.count(topic) > 1:
        # "por leer mi publicación sobre IA y SEO … Con gusto hablamos 20 minutos sobre IA y SEO": the topic said once
        context = {**context, "topic_said": True}
        draft = render(name, lang, context, owner_dir)
    # Too long (a long name, title or topic): the optional slots go first, then the quote; a job seeker's "if I hear of a
    # first job, I'll let you know" before the owner's own tip (the CV line after the tip says it too); a lead's long price
    # answer (the audit, its duration) keeps the price asked before her languages
    # (the coffee once they have moved, then the warm extras: their years of experience, their situation, before any answer)
    for drop in (("title", "project", "domain"), ("topic", "event", "org", "place"), ("quote", "question"), ("faq_step",),
                 ("role",) if name == "job_seeking" and context.get("faq") else (), ("arrive",), ("experience_line", "situation_line"),
                 ("speak_only",), ("faq",)):
        if not drop:
            continue
        if len(draft.text) <= MAX_CHARS:
            break
        context = {**context, **{k: "" for k in drop}}
        draft = render(name, lang, context, owner_dir)
    while len(draft.text) > MAX_CHARS and (shorter := _body_shortened(draft.text)) != draft.text:
        # still too long (a formal internship answer: the no, the CV, the tip): the body's last sentence goes, never the draft
        draft = replace(draft, text=shorter)
    if len(draft.text) > MAX_CHARS:
        raise ConfigError(f"{draft.template}: draft is {len(draft.text)} characters, more than {MAX_CHARS}")
    unfilled = cre.search(_UNFILLED, draft.text)
    if unfilled:
        # a line's slot left unfilled ("se adaptando bem a {x}!"): no draft rather than a broken one sent
        raise ConfigError(f"{draft.template}: draft has an unfilled slot: {unfilled.group(0)}")
    return draft


def _wished_twice(text: str, context: Mapping[str, Any]) -> bool:
    """Do the shop's wish and the situation's line both wish the same shop well, one after the other?

    >>> _wished_twice("Boa sorte com sua loja! Muito sucesso com sua lojinha de roupa infantil!",
    ...               {"shop_line": "Boa sorte com sua loja!", "situation_line": "Muito sucesso com sua lojinha de roupa infantil!"})
    True
    >>> _wished_twice("Boa sorte com sua loja de roupa infantil! Muito sucesso com sua lojinha de roupa infantil!",
    ...               {"shop_line": "Boa sorte com sua loja de roupa infantil!", "situation_line": "Muito sucesso com sua lojinha de roupa infantil!"})
    True
    """
    shop, line = str(context.get("shop_line") or ""), str(context.get("situation_line") or "")
    if not shop or not line or shop.rstrip("!. ") not in text or line.rstrip("!. ") not in text:
        return False
    words = cre.findall(r"[\w'-]+", fold(shop))[-2:]
    # the last word's stem, so that the wish's shorter "sua loja" still meets the line's "sua lojinha de roupa infantil"
    tail = " ".join(words[:-1] + [w[:max(3, len(w) - 1)] for w in words[-1:]])
    return bool(tail) and tail in fold(line)


#: A slot of a line or template left in a draft: "{x}", "{name}", "{{ topic }}".
_UNFILLED = r"\{\{?\s*[a-z_]+\s*\}\}?"


def preview(intent: str, lang: str, note: str, settings: Settings, *, informal: bool | None = None,
            name: str = "Marie Dubois", owner_dir: Path | None = None) -> Draft:
    """The draft of template ``intent`` for an example ``note`` (the ``drafts`` preview command)."""
    from invitriage.judge.classify import classify

    judged = classify([note], owner_lang=lang)[0] if note.strip() else None
    item = {"name": name, "note": note, "headline": "", "lang": lang, "intent": intent if intent != "benefit" else "generic",
            "action": "reply", "evidence": judged.evidence if judged else []}
    template, language, context = context_for(item, settings)
    if informal is not None and informal != context["informal"]:
        who = parse_name(name)
        context = {**context, "informal": informal, "formal_address": False,
                   "greeting": greeting(lang, who, informal=informal, mirror=False, variant=context["variant"])}
    return render(intent if intent in TEMPLATES else template, language, context, owner_dir)


def template_name(intent: str, action: str) -> str | None:
    if action != "reply":
        return None
    return intent if intent in DRAFT_INTENTS else "benefit"
