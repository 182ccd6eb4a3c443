"""A referred shop owner asking how to structure their blog content ("María de Ecomm Hub me dijo que hablara contigo sobre
cómo estructurar el contenido del blog de mi e-shop"): a first pointer on the structure and a short call, never only "how
is your e-shop going?" (round 153 es_pt_it notes 19, 41, 63)."""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: Structuring or organising blog content asked (folded), in one clause: "estructurar el contenido del blog", "structure my
#: e-shop's blog content", "strutturare i contenuti del blog", "die Blog-Inhalte … strukturieren", "bloginhoud … structureren".
_BLOG_STRUCTURE = (r"\b(?:structur\w*|estructur\w*|struttur\w*|estrutur\w*|strukturier\w*|organi[sz]\w*|opbouw\w*|aufbau\w*|gliedern)\b"
                   r"[^.!?\n]{0,60}\bblog\w*|\bblog\w*[^.!?\n]{0,60}\b(?:structur\w*|estructur\w*|struttur\w*|estrutur\w*"
                   r"|strukturier\w*|organi[sz]\w*|opbouw\w*|opzet\w*|aufbau\w*|gliedern)\b")

#: The pointer and the call, by language: (formal, informal). The writer adds the usual French-or-English caveat before the
#: call in the other languages.
_BLOG_LINE = {
    "fr": ("Une première piste pour le blog : quelques grandes thématiques bâties sur les questions de vos clients, chaque article "
           "renvoyant vers les fiches produits ou les catégories concernées. Nous pouvons en parler lors d'un appel de 20 minutes : "
           "quels créneaux vous conviennent la semaine prochaine ?",
           "Une première piste pour le blog : quelques grandes thématiques bâties sur les questions de tes clients, chaque article "
           "renvoyant vers les fiches produits ou les catégories concernées. On peut en parler lors d'un appel de 20 minutes : "
           "quels créneaux te conviennent la semaine prochaine ?"),
    "en": ("A first pointer for the blog: a few topic hubs built on your buyers' questions, each article linking to the product "
           "or category pages it supports. I'd be glad to go through it in a 20-minute call: what would suit you next week?",
           "A first pointer for the blog: a few topic hubs built on your buyers' questions, each article linking to the product "
           "or category pages it supports. Happy to go through it in a 20-minute call: what works for you next week?"),
    "es": ("Una primera pista para el blog: unos pocos temas principales construidos a partir de las preguntas de sus clientes, y "
           "cada artículo enlazando a las páginas de producto o de categoría que le corresponden. Lo vemos con gusto en una "
           "llamada de 20 minutos: ¿qué horarios le vienen bien la semana que viene?",
           "Una primera pista para el blog: unos pocos temas principales construidos a partir de las preguntas de tus clientes, y "
           "cada artículo enlazando a las páginas de producto o de categoría que le corresponden. Lo vemos con gusto en una "
           "llamada de 20 minutos: ¿qué horarios te vienen bien la semana que viene?"),
    "it": ("Un primo spunto per il blog: pochi temi principali costruiti sulle domande dei Suoi clienti, e ogni articolo con un link "
           "alle pagine prodotto o di categoria a cui si riferisce. Ne parliamo volentieri in una call di 20 minuti: quali "
           "orari Le andrebbero bene la prossima settimana?",
           "Un primo spunto per il blog: pochi temi principali costruiti sulle domande dei tuoi clienti, e ogni articolo con un link "
           "alle pagine prodotto o di categoria a cui si riferisce. Ne parliamo volentieri in una call di 20 minuti: quali orari ti "
           "vanno bene la prossima settimana?"),
    "pt": ("Uma primeira pista para o blogue: alguns temas principais construídos a partir das perguntas dos seus clientes, com cada "
           "artigo a ligar para as páginas de produto ou de categoria a que diz respeito. Falamos com todo o gosto numa chamada de 20 "
           "minutos: que horários lhe dão jeito na próxima semana?",
           "Uma primeira pista para o blogue: alguns temas principais construídos a partir das perguntas dos teus clientes, com cada "
           "artigo a ligar para as páginas de produto ou de categoria a que diz respeito. Falamos com todo o gosto numa chamada de 20 "
           "minutos: que horários te dão jeito na próxima semana?"),
    "pt-BR": ("Uma primeira dica para o blog: alguns temas principais construídos a partir das perguntas dos seus clientes, com cada "
              "artigo apontando para as páginas de produto ou de categoria correspondentes. Podemos conversar numa "
              "ligação de 20 minutos: quais horários lhe convêm na próxima semana?",
              "Uma primeira dica para o blog: alguns temas principais construídos a partir das perguntas dos seus clientes, com cada "
              "artigo apontando para as páginas de produto ou de categoria correspondentes. A gente pode conversar numa ligação "
              "de 20 minutos: quais horários ficam bons para você na semana que vem?"),
    "de": ("Ein erster Ansatz für den Blog: einige Themenschwerpunkte, die auf den Fragen Ihrer Kunden aufbauen, und jeder Artikel "
           "verlinkt auf die passenden Produkt- oder Kategorieseiten. Gern besprechen wir das in einem 20-minütigen Telefonat: "
           "Welche Termine passen Ihnen nächste Woche? Wir können gern auf Englisch oder Französisch sprechen.",
           "Ein erster Ansatz für den Blog: ein paar Themenschwerpunkte, die auf den Fragen deiner Kunden aufbauen, und jeder Artikel "
           "verlinkt auf die passenden Produkt- oder Kategorieseiten. Gern besprechen wir das in einem 20-minütigen Telefonat: "
           "Welche Termine passen dir nächste Woche? Wir können gern auf Englisch oder Französisch sprechen."),
    "nl": ("Een eerste aanzet voor de blog: een paar hoofdthema's rond de vragen van uw klanten, en elk artikel linkt naar de product- "
           "of categoriepagina's die erbij horen. Ik bespreek het graag in een gesprek van 20 minuten: wanneer komt het u volgende "
           "week uit?",
           "Een eerste aanzet voor de blog: een paar hoofdthema's rond de vragen van je klanten, en elk artikel linkt naar de product- "
           "of categoriepagina's die erbij horen. Ik bespreek het graag in een gesprek van 20 minuten: wanneer past het jou volgende "
           "week?"),
}


def blog_structure_line(note: str, lang: str, *, informal: bool) -> str:
    """The first pointer on a blog's structure and a call, when the note asks how to structure blog content; "" otherwise.

    >>> blog_structure_line("Tom from Ecomm Hub told me to ask you how to structure my e-shop's blog content.", "en", informal=True)[:30]
    'A first pointer for the blog: '
    >>> blog_structure_line("Loved your blog post on SEO myths!", "en", informal=True)
    ''
    """
    if not cre.search(_BLOG_STRUCTURE, fold(note)):
        return ""
    row = by_lang(_BLOG_LINE, lang)
    return row[1 if informal else 0] if row else ""
