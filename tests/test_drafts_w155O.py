"""Wave 155, group O: a tool asked for on a small budget, in a note about measuring the return of social media or ads
("which tool for a small business on a low budget?"), gets the free tools she would use (GA4 with UTMs, the platforms'
stats, Looker Studio), never her ROI-method checklist (agency fees, "for clients, Looker Studio each month")."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


def test_small_budget_tool_gets_the_free_tools():
    notes = [
        # round 187 es_pt_it note-8
        ("Hola, vi tu post sobre cómo medir el ROI de las redes sociales. ¿Qué herramienta recomiendas para una pyme con "
         "poco presupuesto? Gracias", "Dueña de una tienda online de cosmética natural", "Sofía Castro",
         ("gratuitas", "GA4"), ("honorarios", "Para clientes")),
        ("Bonjour Camille, j'ai lu votre article sur la mesure du ROI des pubs. Quel outil conseillez-vous pour une TPE avec "
         "un petit budget ?", "Gérante", "Claire Martin", ("outils gratuits", "GA4"), ("honoraires", "Pour les clients")),
        ("Hi Camille, enjoyed your post on measuring social media ROI. Any tool you'd recommend for a small business on a "
         "tight budget?", "Owner", "Kate Moore", ("free tools", "GA4"), ("agency", "For clients")),
        ("Hallo Camille, dein Beitrag zum ROI von Social Media war super. Welches Tool empfiehlst du für ein kleines "
         "Unternehmen mit wenig Budget?", "Inhaberin", "Anna Klein", ("kostenlosen Tools", "GA4"), ("Agentur", "Für Kunden")),
    ]
    for note, headline, name, wanted, unwanted in notes:
        draft = sample_draft(note, headline, name)
        assert all(w in _body(draft) for w in wanted), draft
        assert not any(w in draft for w in unwanted), draft
        assert "ROAS" not in draft, draft


def test_neighbours_keep_their_drafts():
    # the ROI method asked keeps her method; a reporting tool without a budget keeps her reporting answer; an SEO tool on
    # a small budget keeps the SEO tools
    en = sample_draft("Hi Camille, how do you measure the ROI of your clients' Meta ads?", "E-commerce manager", "Sam Lee")
    assert "I keep it simple" in en and "free tools" not in en, en
    en = sample_draft("Hi Camille, quick question: which tool do you use for social ads reporting?", name="Ryan Hall")
    assert "Looker Studio" in en and "free tools are enough" not in en, en
    en = sample_draft("Hi Camille, loved your post on SEO ROI. Which SEO tool do you recommend for a small business on a low "
                      "budget to track rankings?", "Owner", "Kim Lee")
    assert "Search Console" in en and "free tools are enough" not in en, en
