"""Wave 47 group A: advice questions answered, not deflected.

Netlinking (is link building still worth it?) gets her honest answer on links; thin category pages (noindex or merge?)
get a case-by-case answer; a graduate torn between SEO and paid advertising gets both weighed; a new freelancer asking
how she found clients "at the start" gets how the first clients came, never how she learnt SEO; a student who already
chose SEO gets the SEO skills (never "pick a channel"); a learner asking for SEO tools gets the free ones (never "I use
Semrush daily"); an audit price asked with "how long does it take?" gets the timeframe answered and the shop kept a shop.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

NETLINKING = [
    ("Bonjour Camille, petite question : le netlinking, ça sert encore à quelque chose pour une boutique de thés en ligne ?", "", "Claire Dubois", "les liens comptent encore"),
    ("Salut Camille, tu penses que je devrais investir dans des backlinks pour mon site de bougies ?", "", "Hugo Morel", "les liens comptent encore"),
    ("Hi Camille, is link building still worth the effort for a tiny online store like mine?", "Founder at Kiln & Co", "Sophie Reid", "links still count"),
    ("Hola Camille, ¿merece la pena hacer link building para una tienda pequeña de cerámica?", "", "Lucía Gómez", "los enlaces siguen contando"),
    ("Ciao Camille, secondo te ha ancora senso comprare link per il mio e-commerce di tè?", "", "Marco Ricci", "i link contano ancora"),
    ("Hallo Camille, lohnt sich Linkaufbau noch für einen kleinen Onlineshop?", "", "Jonas Bauer", "Links zählen noch"),
    ("Hoi Camille, heeft linkbuilding nog zin voor een kleine webshop met sieraden?", "", "Sanne Visser", "links tellen nog steeds"),
    ("Oi Camille, vale a pena investir em backlinks para minha lojinha de cosméticos?", "", "Bruna Lima", "os links ainda contam"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), NETLINKING)
def test_netlinking_question_gets_her_answer_on_links(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    assert "fiches produits et les catégories" not in text and "product and category pages" not in text


THIN = [
    ("Hi Camille, my shop has lots of category pages with 2 or 3 products each. Should I noindex them or merge them?", "Owner at Moss & Stone", "Ella Price", "Case by case"),
    ("Bonjour Camille, faut-il mettre en noindex les catégories presque vides de mon site ou les fusionner ?", "", "Paul Girard", "Au cas par cas"),
    ("Hola Camille, ¿pongo en noindex las categorías con poco contenido o las junto? Tengo una tienda de vinos.", "", "Javier Ruiz", "Depende de cada una"),
    ("Hallo Camille, soll ich dünne Kategorieseiten auf noindex setzen oder zusammenlegen?", "", "Lena Vogel", "Je nach Seite"),
    ("Hoi Camille, moet ik mijn dunne categoriepagina's op noindex zetten of samenvoegen?", "", "Bram Jansen", "Per pagina bekijken"),
    ("Ciao Camille, meglio mettere in noindex le categorie con pochi prodotti o unirle?", "", "Giulia Conti", "Caso per caso"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), THIN)
def test_noindex_or_merge_is_answered(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    assert "budget" not in text.lower()


SEO_OR_ADVERTISING = [
    ("Ciao Camille, ho appena finito la triennale e non so se puntare sulla SEO o sull'advertising. Cosa mi consigli?", "", "Elena Fabbri", "Sono due buone strade"),
    ("Hi Camille, I just graduated and can't decide whether to go into SEO or advertising. What would you do?", "", "Megan Lowe", "Both are good paths"),
    ("Hola Camille, acabo de graduarme y dudo entre SEO o publicidad. ¿Tú qué harías?", "", "Nerea Sanz", "Las dos son buenas opciones"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), SEO_OR_ADVERTISING)
def test_seo_or_advertising_is_weighed(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    assert "Screaming Frog" not in text


def test_spanish_seo_or_paid_halves_match() -> None:
    text = sample_draft("Hola Camille, terminé la carrera y no sé si especializarme en SEO o en paid media. ¿Qué me aconsejas?",
                        headline="", name="Marta Vidal")
    assert "los anuncios, con quien prefiere" in text


FIRST_CLIENTS = [
    ("Hallo Camille, ich will mich als Freelancerin selbstständig machen. Wie hast du am Anfang Kunden gefunden?", "", "Mia Schulz", "Die ersten Kunden kamen"),
    ("Hi Camille, I'm going freelance next month. How did you find clients at the start?", "", "Rosie Ward", "the first clients came"),
    ("Hoi Camille, ik ga als zelfstandige beginnen. Hoe vond je in het begin klanten?", "", "Eva Mulder", "de eerste klanten kwamen"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), FIRST_CLIENTS)
def test_first_clients_at_the_start_are_her_first_clients(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    assert "zufällig" not in text and "by chance" not in text and "Toevallig" not in text


SEO_SKILLS = [
    ("Bonjour Camille, je suis en licence info-com : quelles compétences développer en priorité pour travailler dans le SEO ?", "Étudiante", "Manon Roux", "Pour le SEO, je travaillerais"),
    ("Hi Camille, student here: which skills should I focus on first to work in SEO?", "Marketing student", "Liam Byrne", "For SEO, I'd build three things"),
    ("Hallo Camille, welche Fähigkeiten sollte ich zuerst lernen, um im SEO zu arbeiten? Ich studiere noch.", "Student", "Felix Braun", "Für SEO würde ich zuerst"),
    ("Hola Camille, soy estudiante: ¿qué habilidades me recomiendas trabajar primero para dedicarme al SEO?", "Estudiante", "Pablo Ortiz", "Para el SEO, trabajaría primero"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), SEO_SKILLS)
def test_seo_skills_never_pick_a_channel(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    for wrong in ("choisir un canal", "pick one channel", "einen Kanal wählen", "elegiría un canal"):
        assert wrong not in text


LEARNER_TOOLS = [
    ("hi camille, marketing student here, which tools would you recommend to learn SEO as a beginner?", "Student at DCU", "Niamh Kelly", "but a paid tool can wait"),
    ("Salut Camille, je suis étudiante, quels outils tu conseilles pour apprendre le SEO quand on débute ?", "Étudiante en communication", "Chloé Bernard", "Le gratuit va loin"),
    ("Hola Camille, soy estudiante y quiero aprender SEO: ¿qué herramientas me recomiendas para empezar?", "Estudiante de marketing", "Alba Torres", "Lo gratuito llega lejos"),
]


@pytest.mark.parametrize(("note", "headline", "name", "answer"), LEARNER_TOOLS)
def test_learner_tools_without_her_daily_semrush(note: str, headline: str, name: str, answer: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    for wrong in ("I use Semrush daily", "J'utilise Semrush au quotidien", "Uso Semrush a diario"):
        assert wrong not in text


AUDIT_DURATION = [
    ("Hallo Frau Laurent, was kostet ein SEO-Audit für unseren Onlineshop mit etwa 150 Produkten? Und wie lange dauert so etwas?", "", "Uwe Berger",
     "Auch die Dauer richtet sich danach", "für einen Onlineshop mit rund"),
    ("Hi Camille, what would an SEO audit cost for our webshop (about 90 products)? And how long does it usually take?", "Owner at Tidewater", "Sam Reed",
     "The time it takes depends on that too", "of an online shop of about"),
    ("Bonjour Madame Laurent, combien coûte un audit SEO pour notre boutique en ligne d'environ 250 produits ? Et combien de temps cela prend-il ?", "", "Jean Petit",
     "Le délai en dépend aussi", "d'une boutique en ligne d'environ"),
    ("Hoi Camille, wat kost een SEO-audit voor onze webshop met ongeveer 60 producten? Hoe lang duurt zoiets?", "", "Daan Smit",
     "Ook de doorlooptijd hangt daarvan af", "voor een webshop van zo'n"),
]


@pytest.mark.parametrize(("note", "headline", "name", "duration", "shop"), AUDIT_DURATION)
def test_audit_price_with_duration_answered_and_shop_kept(note: str, headline: str, name: str, duration: str, shop: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert duration in text
    assert shop in text
    assert len(text) <= 600


def test_results_delay_is_not_the_audit_duration() -> None:
    text = sample_draft("Hallo Camille, was kostet ein SEO-Audit für meine Website mit 40 Seiten? Wie lange dauert es, bis SEO wirkt?",
                        headline="", name="Karl Hahn")
    assert "Auch die Dauer richtet sich danach" not in text
