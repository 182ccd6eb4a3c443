"""Wave 44, group C (events, research, studies): an event whose name is a camel-case brand ("eMetrics Summit"), a
Dutch/German day compound ("Vakdagen", "eCommerce-Tag") or carries a year is named in the speaker reply; a student asking
for a call for their thesis gets the research reply (yes, when to call), never a client's discovery call; the thesis
Q&A by phone is said as help with the thesis/research in es/pt/it/de/nl, never "the interview"."""

from __future__ import annotations


import pytest

from invitriage.drafts.notefacts import _stage, fold
from invitriage.drafts.writer import _event_name, draft_for, stage_at

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, lang: str, intent: str, headline: str = "", name: str = "Alex Martin") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note,lang,want", [
    ("Hoi Camille, voor de Webwinkel Vakdagen 2025 zoeken we sprekers over social ads. Heb je zin om een sessie te geven? Groetjes, Lotte",
     "nl", "Webwinkel Vakdagen"),
    ("Beste Camille, namens Frankwatching zoeken we sprekers voor Frankwatching eDay 2026 over contentstrategie. Interesse? Groet, Bram",
     "nl", "Frankwatching eDay"),
    ("Hallo Frau Laurent, wir organisieren den eCommerce-Tag Hamburg 2025 und suchen Referentinnen zum Thema SEO. Hätten Sie Interesse an "
     "einem Vortrag? Beste Grüße, Jan Berg", "de", "eCommerce-Tag Hamburg"),
    ("Hi Camille, we're putting together the speaker line-up for eMetrics Summit 2025 on analytics. Would you give a talk? Best, Sam",
     "en", "eMetrics Summit"),
    ("Bonjour Camille, pour le eCommerce Day Lyon 2025 nous cherchons des intervenants sur le SEO. Seriez-vous partante pour une "
     "conférence ? Léa", "fr", "eCommerce Day Lyon"),
])
def test_speaker_reply_names_the_event(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "business_proposal", "Programme manager")
    assert want in text


def test_event_name_is_never_cut_before_a_camel_case_brand() -> None:
    assert _event_name("for eMetrics Summit 2025 on analytics", "") == "eMetrics Summit 2025"
    assert "Summit 2025" != _event_name("for eMetrics Summit 2025 on analytics", "")


@pytest.mark.parametrize("note,lang,want", [
    ("Hallo, für den Online-Marketing-Rockstars Festival suchen wir noch Speaker. Lust?", "de", "Online-Marketing-Rockstars Festival"),
    ("Hoi, voor de Webwinkel Vakdagen zoeken we sprekers. Zin?", "nl", "Webwinkel Vakdagen"),
])
def test_stage_reads_the_article_whole(note: str, lang: str, want: str) -> None:
    assert _stage(note, fold(note), lang)[0] == want


@pytest.mark.parametrize("word", ["Vintage", "Montage", "Heritage"])
def test_day_compound_is_no_shop_word(word: str) -> None:
    note = f"Hello, I write on behalf of {word} and we would love a talk from you. Interested?"
    assert _stage(note, fold(note), "en") == ("", "")


def test_stage_at_elides_before_a_vowel() -> None:
    assert stage_at("eCommerce Day Lyon", "le", "fr") == "à l'eCommerce Day Lyon"
    assert stage_at("Web2Day", "le", "fr") == "au Web2Day"


_CLIENT_CALL = ("besoins", "needs", "Bedarf", "esigenze", "necesidades", "wensen", "necessidades")


@pytest.mark.parametrize("note,lang,want", [
    ("Bonjour Madame Laurent, étudiante en M2 à l'IAE de Lyon, je prépare mon mémoire sur le SEO local. Pourriez-vous m'accorder 20 minutes "
     "au téléphone ? Merci beaucoup, Chloé", "fr", "cet échange"),
    ("Salut Camille, pour mon mémoire de fin d'études sur TikTok, tu aurais 15 minutes pour un appel ? Merci, Hugo", "fr", "cet échange"),
    ("Hello Camille, I'm working on my dissertation about email marketing. Could you spare 15 minutes for a call? Many thanks, Priya",
     "en", "interviewed for your dissertation"),  # 136 D: named as they name it, never "help with your research/interview"
    ("Hola Camille, estoy con mi trabajo de fin de grado sobre redes sociales. ¿Tendrías 15 minutos para una llamada? Gracias, Pablo",
     "es", "tu investigación"),
    ("Ciao Camille, sto preparando la mia tesi sull'email marketing. Avresti 15 minuti per una chiamata? Grazie, Sara", "it", "minuti per la tesi"),
    ("Olá Camille, estou a preparar a minha tese sobre marketing de conteúdo. Teria 15 minutos para uma chamada? Obrigado, Tiago",
     "pt", "a sua tese"),
    ("Hallo Camille, ich schreibe meine Bachelorarbeit über Newsletter-Marketing. Hättest du 15 Minuten für ein Telefonat? Danke, Lea",
     "de", "deiner Bachelorarbeit"),
    ("Hoi Camille, voor mijn scriptie over influencer marketing: heb je 15 minuten voor een belletje? Dank je, Daan", "nl", "je scriptie"),
])
def test_thesis_call_gets_the_research_reply(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "ask_for_help", "Student")
    assert want in text
    assert not any(w in text for w in _CLIENT_CALL)


@pytest.mark.parametrize("note,lang,absent,want", [
    ("Buenos días, señora Laurent, para mi tesis de máster sobre SEO me gustaría hacerle unas preguntas. ¿Podría dedicarme 20 minutos "
     "por teléfono? Atentamente, Jorge Gil", "es", "entrevista", "su investigación"),
    ("Buongiorno, per la mia tesi di laurea sul content marketing vorrei farLe alcune domande. Avrebbe 20 minuti per una telefonata? "
     "Cordiali saluti, Paolo Neri", "it", "intervista", "minuti per la tesi"),
    ("Guten Tag Frau Laurent, für meine Masterarbeit über SEO würde ich Ihnen gern einige Fragen stellen. Hätten Sie 20 Minuten für ein "
     "Telefonat? Mit freundlichen Grüßen, Jonas Weber", "de", "Interview", "Ihrer Masterarbeit"),
    ("Geachte mevrouw Laurent, voor mijn scriptie over e-mailmarketing wil ik u graag een paar vragen stellen. Heeft u 20 minuten voor "
     "een telefoongesprek? Met vriendelijke groet, Eva Smit", "nl", "interview", "uw scriptie"),
    ("Bom dia, Camille! Estou fazendo meu TCC sobre tráfego pago e queria te fazer umas perguntas. Você teria 20 minutos para uma ligação? "
     "Abraço, Lucas", "pt", "entrevista", "o seu TCC"),
])
def test_thesis_call_is_no_interview(note: str, lang: str, absent: str, want: str) -> None:
    text = draft(note, lang, "ask_for_help", "Student")
    assert absent not in text and want in text


@pytest.mark.parametrize("note,lang,want", [
    ("Geachte mevrouw Laurent, graag nodigen wij u uit als spreker op Frankwatching Live in Utrecht. Wij denken aan een sessie over "
     "contentstrategie. Interesse? Met vriendelijke groet, Joost Bakker", "nl", "Frankwatching Live"),
    ("Hi Camille, we'd love to have you as a speaker at MozCon next spring, on local search. Would you be up for it? Best, Kim", "en", "MozCon"),
])
def test_speaker_noun_leads_to_the_event(note: str, lang: str, want: str) -> None:
    assert want in draft(note, lang, "business_proposal", "Programme lead")


@pytest.mark.parametrize("note,lang,absent", [
    ("Olá Camille, para a minha tese podia responder a um questionário de 10 minutos? Obrigada, Rita", "pt", "contar comigo"),
    ("Hoi Camille, voor mijn scriptie: mag ik je een vragenlijst van 10 minuten sturen? Groetjes, Noor", "nl", "help ik je"),
    ("Hallo Camille, für meine Masterarbeit: darf ich dir ein paar Fragen per Mail schicken? Dauert 10 Minuten. Danke, Mia", "de", "Telefonat"),
])
def test_thesis_survey_or_mail_keeps_the_written_reply(note: str, lang: str, absent: str) -> None:
    assert absent not in draft(note, lang, "ask_for_help", "Student")
