"""The owner's opinions on reporting tools are her settings, not code: Looker Studio against GA4's own reports, the
tools to report on Facebook and Google Ads together, and the free tools to measure the return on a small budget and MER against ROAS are
recognised by rule (``rule = "looker_pick"``, ``"report_tools"``, ``"small_budget_tools"``, ``"mer_pick"``) and answered only with the
owner's own words; another owner without such entries never gets Camille's picks."""

from dataclasses import replace

from drafting import SAMPLE, sample_draft
from invitriage.drafts.writer import draft_for
from invitriage.judge.classify import classify

NOTES = {
    "looker_pick": ("Ciao Camille, ho letto il tuo post su GA4. Conviene usare Looker Studio o basta l'interfaccia di GA4?", "Looker Studio"),
    "report_tools": ("Hi Camille, what tools would you recommend for reporting on Facebook and Google Ads campaigns together?", "Supermetrics"),
    "small_budget_tools": ("Hola Camille, leí tu post sobre el ROI en redes. ¿Qué herramienta recomiendas para medirlo en una pyme con poco "
                           "presupuesto?", "Looker Studio"),
    "mer_pick": ("Saw your post on ROAS vs MER. Is MER the better number for a small store selling on Meta and Google?", "MER"),
}


def _draft(note: str, settings) -> str:
    j = classify([note], owner_lang=settings.language)[0]
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": j.lang, "intent": j.intent, "action": "reply",
                   "evidence": []}, settings, settings.templates_dir)
    assert d is not None
    return d.text


def test_the_sample_owner_answers_with_her_rule_entries() -> None:
    for rule, (note, word) in NOTES.items():
        text = sample_draft(note)
        mine = next(e for e in SAMPLE.answers if e.get("rule") == rule)
        assert word in text and any(t in text for t in mine["texts"].values()), rule


def test_another_owner_without_those_entries_never_gets_her_picks() -> None:
    other = replace(SAMPLE, answers=[e for e in SAMPLE.answers if e.get("rule") not in NOTES])
    for rule, (note, _word) in NOTES.items():
        text = _draft(note, other)
        mine = next(e for e in SAMPLE.answers if e.get("rule") == rule)
        assert not any(t in text for t in mine["texts"].values()), rule
