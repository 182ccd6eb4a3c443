"""Wave 162 D: price, budget and format questions answered, never passed over: "how much should a small brand spend a
month?" after a post about an ads budget gets her budget answer (the post names the platform), never her rates nor the
budget asked back; "qual o valor aproximado?" gets her audit range; "one-off audit or only a monthly contract?" gets both
halves (Portuguese "mensal" too) in one Portuguese variant; an in-house training asked for a country she does not train
on site in gets how she would give it there (online, live)."""

from drafting import sample_draft


def _line(text: str) -> str:
    return text.split("\n")[3]


# --- a budget asked after a post that names the platform -------------------------------------------------------------

def test_budget_after_tiktok_post_it():
    d = sample_draft("Ciao Camille, ho letto il tuo post sul budget per TikTok Ads. Secondo te quanto dovrebbe investire un "
                     "piccolo brand al mese per vedere risultati? Grazie!", headline="Digital Marketing Specialist",
                     name="Matteo Fontana")
    assert "600 €" in d and "del tuo budget" not in d


def test_budget_after_tiktok_post_en_es():
    en = sample_draft("Hi Camille, saw your post on TikTok ads budgets. How much should a small brand spend per month to see "
                      "results?", name="Amy Lee")
    assert "600" in en and "My rates" not in en
    es = sample_draft("Hola Camille, vi tu post sobre el presupuesto para TikTok Ads. ¿Cuánto debería invertir una marca "
                      "pequeña al mes para ver resultados?", name="Lucía Ramos")
    assert "600 €" in es


def test_her_own_rates_still_rates():
    d = sample_draft("Hi Camille, how much do you charge for managing TikTok ads for a small brand?", name="Amy Lee")
    assert "600 a month" not in d


# --- an approximate price of her SEO consulting ----------------------------------------------------------------------

def test_approximate_price_of_seo_consulting_pt():
    d = sample_draft("Olá Camille, a Ana Paula Dias falou muito bem de você. Sou fundador de um e-commerce de cafés especiais "
                     "e queria entender como funciona a sua consultoria de SEO. Qual o valor aproximado? Abs, Henrique",
                     headline="Fundador da Grão Nobre Cafés", name="Henrique Barros")
    assert "800" in d and "auditoria" in d
    other = sample_draft("Oi Camille, sou dono de uma loja de vinhos online e queria saber como funciona sua consultoria de "
                         "SEO. Qual o valor aproximado?", name="Bruno Lima")
    assert "800" in other


# --- one-off or monthly -----------------------------------------------------------------------------------------------

def test_one_off_or_monthly_pt():
    d = sample_draft("Bom dia Camille! Gerencio o e-commerce de uma marca de cosméticos e queria saber: você faz auditoria de "
                     "SEO pontual ou só trabalha com contrato mensal?", name="Patrícia Mendes")
    assert "pontual" in d and "mensal" in d and "Sim, faço auditorias" not in d
    assert "conte-me" not in d
    other = sample_draft("Oi Camille, você faz auditorias pontuais ou só contratos mensais? Tenho uma loja de roupa online.",
                         name="Carla Dias")
    assert "pontual" in other and "mensal" in other


def test_one_off_or_monthly_es_kept():
    d = sample_draft("Hola Camille, llevo la tienda online de una marca de ropa. ¿Haces auditorías SEO puntuales o solo "
                     "trabajas con contrato mensual?", name="Lucía Ramos")
    assert "puntual" in d and "mensual" in d


# --- in-house training in a country she does not train on site in ---------------------------------------------------

def test_inhouse_training_in_spain_es():
    d = sample_draft("Buenas tardes, soy director de marketing en una cadena de hoteles y buscamos formación en marketing "
                     "digital para nuestro equipo (12 personas). ¿Hacéis formaciones in-company en España?",
                     headline="Director de Marketing en Hoteles Mediterráneo", name="Jorge Lozano")
    assert "España" in d and "en línea" in d


def test_inhouse_training_abroad_other_languages():
    de = sample_draft("Guten Tag Frau Laurent, wir sind eine Agentur in München. Bieten Sie auch Inhouse-Schulungen in "
                      "Deutschland an? 8 Personen.", name="Jan Weber")
    assert "Team in Deutschland" in de and "online" in de
    en = sample_draft("Hi Camille, I head marketing at a retail chain. Do you run in-house trainings in Italy for a team of 10?",
                      name="Marco Rossi")
    assert "team in Italy" in en and "online" in en


def test_inhouse_training_in_france_unchanged():
    d = sample_draft("Bonjour Camille, nous cherchons une formation intra pour notre équipe de 6 personnes à Lyon. Vous faites "
                     "des formations en entreprise ?", name="Paul Roche")
    assert "à distance" not in d and "formations en entreprise" in d


# --- an audit price with the size given keeps its band ---------------------------------------------------------------

def test_audit_price_with_size_keeps_its_band():
    d = sample_draft("Hi Camille, what would an SEO audit cost for our site of about 200 pages?", name="Tom Baker")
    assert "€1,500" in d and "€2,500" in d
