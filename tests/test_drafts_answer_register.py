"""The sample owner's FAQ answers are pasted as they are into formal and informal drafts alike, so their texts
address nobody: no "tu"/"vous" in French, "tú"/"usted" in Spanish, "tu"/"Lei" in Italian, "tu"/"você" in
Portuguese, "du"/"Sie" in German, "u"/"uw" in Dutch (round 71: "Bonjour Monsieur Martin … Puisque tu es déjà en
poste, commence par …"). Impersonal forms instead: "Une fois en poste, mieux vaut …", "Wer schon im Job ist …"."""

from __future__ import annotations

import re

from drafting import SAMPLE, sample_draft

# Words that address the reader, per language (word boundaries, so "cette", "tutto", "direkt" are fine).
# Allowed on purpose: es "su/sus" and pt-BR "seu/sua" (mostly "its/their" in these texts: "tem seu papel"),
# it "lei" in lower case ("she"), nl generic "je/jouw". German "Sie/Ihnen/Ihr…" count only capitalised, so a
# German text must not open a sentence with "Sie" ("they") or "Ihre" ("their"): say "Die beiden …" instead.
_ADDRESS = {
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes|vous|votre|vos)\b|\bt'", re.I),
    "es": re.compile(r"\b(?:tú|te|ti|tu|tus|contigo|usted|ustedes|vosotros|vosotras|os|vuestr[oa]s?)\b", re.I),
    "it": re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|voi|vi|vostr[oaie])\b", re.I),
    "pt": re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo|você|vocês|lhe|o senhor|a senhora)\b", re.I),
    "pt-BR": re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo|você|vocês|lhe|o senhor|a senhora)\b", re.I),
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.I),
    "nl": re.compile(r"\b(?:u|uw)\b", re.I),
}
_ADDRESS_CASED = {
    "it": re.compile(r"\bLei\b"),
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihr\w*)\b"),
}


def _addressing(lang: str, text: str) -> list[str]:
    found = [m.group(0) for m in _ADDRESS[lang].finditer(text)]
    cased = _ADDRESS_CASED.get(lang)
    return found + ([m.group(0) for m in cased.finditer(text)] if cased else [])


def test_no_answer_text_addresses_the_sender():
    bad = [(entry["when"][:2], lang, _addressing(lang, text), text)
           for entry in SAMPLE.answers for lang, text in entry["texts"].items()
           if lang in _ADDRESS and _addressing(lang, text)]
    assert not bad, bad


def test_the_check_itself_catches_each_language():
    assert _addressing("fr", "Puisque tu es déjà en poste, commence par cette formation") == ["tu"]
    assert _addressing("es", "Como ya estás en el puesto, aplica cada módulo a tus campañas") == ["tus"]
    assert _addressing("it", "Visto che sei già nel ruolo, parti da quella che serve al tuo lavoro") == ["tuo"]
    assert _addressing("pt-BR", "Como você já está no cargo, tem seu lugar") == ["você"]
    assert _addressing("de", "Da du schon im Job bist, direkt anfangen. Sie liest die Wörter") == ["du", "Sie"]
    assert _addressing("nl", "Verkoopt u ook online, dan komen je productpagina's daarna") == ["u"]


def test_formal_french_certification_answer_stays_formal():
    text = sample_draft("Bonjour Madame Laurent, je viens de prendre un poste de chargé de marketing digital. Quelle "
                        "certification me conseillez-vous ? Cordialement, Paul Martin", name="Paul Martin")
    assert "Meta Blueprint" in text and "Une fois en poste" in text
    assert not re.search(r"\btu\b|\bton\b|\btes\b|\bcommence par\b", text)


def test_formal_spanish_and_italian_certification_answers_address_nobody():
    es = sample_draft("Estimada Camille, acabo de empezar como responsable de marketing digital en una pyme. ¿Qué "
                      "certificación me recomienda? Un saludo, Pablo Gómez", name="Pablo Gómez")
    assert "Estando ya en el puesto" in es and not re.search(r"\bestás\b|\btus\b|\bempieza\b", es)
    it = sample_draft("Gentile dottoressa Laurent, sono da poco social media manager in un'azienda. Quale "
                      "certificazione mi consiglia? Cordiali saluti, Marco Rossi", name="Marco Rossi")
    assert "Per chi è già nel ruolo" in it and not re.search(r"\bsei\b|\btuo\b|\btue\b|\bparti da\b", it)


def test_formal_portuguese_and_german_course_answers_address_nobody():
    pt = sample_draft("Bom dia Sra. Laurent, acabei de começar como assistente de marketing digital. Que certificação "
                      "me recomenda para Google Ads? Cumprimentos, João Silva", name="João Silva")
    assert "Para quem já está na função" in pt and not re.search(r"\bestás\b", pt)
    de = sample_draft("Guten Tag Frau Laurent, ich bin seit kurzem im Online-Marketing angestellt. Welche "
                      "Zertifizierung empfehlen Sie mir für Meta-Anzeigen? Mit freundlichen Grüßen, Jonas Weber",
                      name="Jonas Weber")
    assert "Im Job würde ich mit dem Kurs oder der Zertifizierung" in de and not re.search(r"\bdu\b|\bdein", de)


def test_first_seo_job_answer_assumes_no_studies_and_reads_naturally():
    for note in ("Hi Camille, I am a marketing student and I would love to break into SEO. Any advice for a first job?",
                 "Hello Camille, recent graduate here, how would you approach getting a first SEO job?"):
        text = sample_draft(note)
        assert "a site you've worked on" in text and "rounds it off" in text
        assert "studies" not in text and "completes it" not in text


def test_visual_product_answer_says_it_plainly():
    text = sample_draft("Hi Camille, I sell handmade jewellery, should I start with Meta or Google ads?")
    assert "feed make them want it" in text and "wish to buy" not in text
