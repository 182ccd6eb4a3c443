"""The owner's answer fitted to a monthly budget the sender told ("300€/mois", "$200/month", "€300 per maand").

Her FAQ speaks of "a small budget" and of a first test at "€10 to €20 a day for a month"; when the note gives its
own monthly budget, the draft names that budget instead, in its currency, and never advises a daily spend above it.
A budget under half her smallest first test keeps her words: "€3 a day is enough" would be advice she does not give.
"""

from __future__ import annotations

import re

from invitriage.drafts import rx as cre

#: An amount with its currency: "€300", "$ 200", "300€", "300 euros", "1.500 €", "R$ 1.000".
_MONEY = r"(?:(R\$|[€$£])\s?(\d{1,3}(?:[.,]\d{3})+|\d{2,6})|(\d{1,3}(?:[.,]\d{3})+|\d{2,6})\s?(R\$|€|\$|£|euros?\b|eur\b|reais\b))"
#: The amount is per month: "/month", "per maand", "par mois", "al mes", "al mese", "im Monat", "por mês", "a month".
#: (a budget word may come between: "200€ Budget im Monat", "200 € de budget par mois", "$200 budget a month")
_PER_MONTH = (r"^\s*(?:(?:de |di |of |d'|do )?(?:ad |ads? )?(?:budget|presupuesto|orçamento|orcamento)\s+)?"
              r"(?:(?:/\s*|(?:per|par|a|an|al|por|pro|im|in de|au|each|every|le|o|in)\s+)"
              r"(?:month|mois|mes|mese|mês|monat|maand)\b|(?:monthly|mensuel\w*|mensual\w*|mensil\w*|mensa\w*|monatlich|maandelijks)\b)")
#: ... or a monthly budget named before it: "monthly budget of $200", "budget mensuel de 300 €", "maandbudget van €300".
_MONTHLY_BEFORE = (r"\b(?:monthly|mensuel\w*|mensual|mensile|mensal|monats\w*|maand\w*|per month|par mois|al mes|al mese"
                   r"|por mes|pro monat|per maand)\b[^.?!\d€$£]{0,25}$")

#: Her first-test range as a daily spend over a month, per language (the figures are the groups).
_DAILY_RANGE = {
    "en": r"(?:about )?€\s?(\d+) to €\s?(\d+) a day for a month",
    "fr": r"(?:environ )?(\d+) à (\d+) € par jour pendant un mois",
    "es": r"(?:unos )?(\d+) a (\d+) € al día durante un mes",
    "it": r"(?:circa )?(\d+)\s?-\s?(\d+) € al giorno per un mese",
    # ("Zum Testen reichen 10 bis 20 € …": the sentence as a whole, so the budget told reads as its own sentence)
    "de": r"(?:Zum Testen reichen )?(?:etwa )?(\d+) bis (\d+) € am Tag einen Monat lang",
    # (the Brazilian answer in reais: "R$ 50 a R$ 100 por dia durante um mês")
    "pt": r"(?:cerca de )?(?:R\$ ?)?(\d+)(?: €)? a (?:R\$ ?)?(\d+)(?: €)? por dia durante um mês",
    "nl": r"(?:zo'n )?€ ?(\d+) (?:à|tot) € ?(\d+) per dag, een maand lang,",
}
#: The sender's budget as a daily spend over the month, in place of that range (the budget itself is named once, where
#: her answer says "a small budget").
_SPREAD = {
    "en": "about {day} a day over the month",
    "fr": "environ {day} par jour sur le mois",
    "es": "unos {day} al día durante el mes",
    "it": "circa {day} al giorno per tutto il mese",
    "de": "Verteilt auf den Monat sind das etwa {day} am Tag",
    "pt": "cerca de {day} por dia ao longo do mês",
    "nl": "zo'n {day} per dag, de hele maand door,",
}
#: "a small budget" in her answers, and the told budget a month in its place.
_SMALL_BUDGET = {
    "en": (r"\ba (?:small|tiny|limited) budget\b", "{amount} a month"),
    "fr": (r"\bun petit budget\b", "{amount} par mois"),
    "es": (r"\b(?:un presupuesto pequeño|poco presupuesto)\b", "{amount} al mes"),
    "it": (r"\b(?:un budget piccolo|un piccolo budget|poco budget)\b", "{amount} al mese"),
    # (after "mit", or the budget not to split: never "Ein kleines Budget ist schnell weg")
    "de": (r"(?<=[Mm]it )kleinem Budget\b|\bein kleines Budget(?= aufzuteilen)", "{amount} im Monat"),
    "pt": (r"\b(?:um )?orçamento pequeno\b|\bpouco orçamento\b", "{amount} por mês"),
    "nl": (r"\b(?:een )?klein budget\b", "{amount} per maand"),
}
#: Above this a month, "a small budget" is not the sender's budget: her words stay.
_SMALL_UP_TO = 600
#: "Below that" after an ad platform's monthly floor (her TikTok answer: about 600 a month), and the budget told in its
#: place, so a smaller budget hears plainly that it is too little: "€300 a month is too little for TikTok ads".
_BELOW_FLOOR = {
    "en": (r"\bBelow that, the budget is too small(?= for TikTok)", "{amount} a month is too little"),
    "fr": (r"\bEn dessous, c'est trop peu(?= pour de la pub TikTok)", "{amount} par mois, c'est trop peu"),
    "es": (r"\bCon menos,(?= [^.]*TikTok)", "Con {amount} al mes,"),
    "it": (r"\bCon meno,(?= [^.]*TikTok)", "Con {amount} al mese,"),
    "de": (r"\bDarunter ist(?= [^.]*TikTok)", "Mit {amount} im Monat ist"),
    "pt": (r"\bCom menos,(?= [^.]*TikTok)", "Com {amount} por mês,"),
    "nl": (r"\bMet minder is(?= [^.]*TikTok)", "Met {amount} per maand is"),
}
#: The platform floor a month "Below that" speaks of (TikTok: about 20 a day per ad group).
_FLOOR_A_MONTH = 600


def monthly_budget(note: str) -> tuple[int, str] | None:
    """The monthly budget the note tells, as (amount, currency sign), or None.

    >>> monthly_budget("tu conseillerais quoi pour un petit budget (300€/mois) ?")
    (300, '€')
    >>> monthly_budget("with a tiny budget ($200/month)"), monthly_budget("mit einem Monatsbudget von 500 €")
    ((200, '$'), (500, '€'))
    >>> monthly_budget("um orçamento de R$ 1.000 por mês")
    (1000, 'R$')
    >>> monthly_budget("ob sich das lohnt bei 200€ Budget im Monat"), monthly_budget("con 250 € de presupuesto al mes")
    ((200, '€'), (250, '€'))
    >>> monthly_budget("I paid 300€ for a course") is None
    True
    """
    for m in cre.finditer(_MONEY, note, re.IGNORECASE):
        after, before = note[m.end():], note[:m.start()]
        if cre.search(_PER_MONTH, after, re.IGNORECASE) or cre.search(_MONTHLY_BEFORE, before, re.IGNORECASE):
            return _amount(m)
    return None


def _amount(m: re.Match[str]) -> tuple[int, str]:
    """A match of ``_MONEY`` as (amount, currency sign): "1.000 reais" is (1000, "R$"), "200 euros" (200, "€")."""
    sign = m.group(1) or m.group(4)
    number = int(cre.sub(r"[.,]", "", m.group(2) or m.group(3)))
    return number, "R$" if sign.lower() in ("r$", "reais") else sign if sign in "€$£" else "€"


def amount_told(note: str) -> tuple[int, str] | None:
    """Any amount the note names, monthly or not, as (amount, currency sign): "with a 200 euro budget", "R$ 500".

    >>> amount_told("whats the first thing you'd do with a 200 euro budget?"), amount_told("no budget yet") is None
    ((200, '€'), True)
    """
    m = cre.search(_MONEY, note, re.IGNORECASE)
    return _amount(m) if m else None


def money(number: int, sign: str, lang: str) -> str:
    """ "$200" in English, "€ 300" in Dutch and Brazilian reais ("R$ 1000"), "300 €" elsewhere."""
    if sign == "R$":
        return f"R$ {number}"
    return f"{sign}{number}" if lang == "en" else f"{sign} {number}" if lang == "nl" else f"{number} {sign}"


#: An amount given as an example, in brackets: "(say €300 a month)", "(300 € par mois, par exemple)", "(etwa 300 € im Monat)".
_EXAMPLE_AMOUNT = r"\s*\((?=[^()]*\d)(?=[^()]*(?:€|\$|£|\beuros?\b|\beur\b))[^()]{1,60}\)"


def without_example(text: str, note: str) -> str:
    """The owner's answer without its example amount when the note gave another budget: "€500/month" is never
    answered with "(say €300 a month)"; the example stays when it is the sender's own figure.

    >>> without_example("On a small budget (say €300 a month), pick one.", "Budget is around €500/month")
    'On a small budget, pick one.'
    >>> without_example("On a small budget (say €300 a month), pick one.", "with 300€ a month")
    'On a small budget (say €300 a month), pick one.'
    """
    if not note or not text:
        return text
    given = set(cre.findall(r"\d+", note))
    return cre.sub(_EXAMPLE_AMOUNT, lambda m: m.group(0) if set(cre.findall(r"\d+", m.group(0))) & given else "", text)


def fit_to_budget(text: str, note: str, lang: str) -> str:
    """Her answer with the monthly budget the note told in place of "a small budget" and of a daily range above it (and
    without an example amount that is not the sender's, :func:`without_example`).

    >>> fit_to_budget("Meta ads can work on a small budget; about €10 to €20 a day for a month is enough.", "($200/month)", "en")
    'Meta ads can work on $200 a month; about $7 a day over the month is enough.'

    Far below her smallest first test (under half of it), her words stay: they say what a test needs.

    >>> fit_to_budget("Meta ads can work on a small budget; about €10 to €20 a day for a month is enough.", "($100/month)", "en")
    'Meta ads can work on a small budget; about €10 to €20 a day for a month is enough.'
    >>> fit_to_budget("10 à 20 € par jour pendant un mois suffisent.", "j'ai 1000 € par mois", "fr")
    '10 à 20 € par jour pendant un mois suffisent.'
    """
    text = without_example(text, note)
    told, lang = monthly_budget(note), lang[:2]
    if not told or told[0] < 30 or lang not in _SPREAD:
        return text
    number, sign = told
    amount = money(number, sign, lang)
    text = below_floor(text, number, sign, lang)
    floor = cre.search(_DAILY_RANGE[lang], text)
    # (a floor in reais, the Brazilian answer, is no measure of a budget told in euros)
    if floor and ("R$" in floor.group(0)) == (sign == "R$") and number < int(floor.group(1)) * 15:
        # far below her smallest first test ("€100 a month" against "€10 to €20 a day"): her own words, which tell the
        # sender what a test needs, never "Meta ads work on €100 a month; €3 a day is enough" (half of it, "$7 a day"
        # on $200, is still a first test)
        return text

    def spread(m: re.Match[str]) -> str:
        if int(m.group(2)) * 30 <= number:
            return m.group(0)  # the range fits the budget told
        return _SPREAD[lang].format(day=money(round(number / 30), sign, lang))

    text = cre.sub(_DAILY_RANGE[lang], spread, text)
    small, words = _SMALL_BUDGET[lang]
    return cre.sub(small, words.format(amount=amount), text) if number <= _SMALL_UP_TO else text


def below_floor(text: str, number: int, sign: str, lang: str) -> str:
    """Her answer naming the monthly budget told where it says "below that" of a platform's floor, when the budget is
    under it (never in reais, whose figures are no measure of a floor in euros or dollars).

    >>> below_floor("so some €600 a month. Below that, the budget is too small for TikTok ads: start organic.", 300, "€", "en")
    'so some €600 a month. €300 a month is too little for TikTok ads: start organic.'
    >>> below_floor("En dessous, c'est trop peu pour de la pub TikTok.", 800, "€", "fr")
    "En dessous, c'est trop peu pour de la pub TikTok."
    """
    lang = lang[:2]
    if sign == "R$" or number >= _FLOOR_A_MONTH or lang not in _BELOW_FLOOR:
        return text
    lead, words = _BELOW_FLOOR[lang]
    return cre.sub(lead, words.format(amount=money(number, sign, lang)), text, count=1)
