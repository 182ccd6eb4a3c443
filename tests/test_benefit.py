"""Can benefit: role, field and organisation read from headlines in seven languages.

Every headline here was written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import json

import pytest

from invitriage import Store
from invitriage.benefit import BenefitMatcher
from invitriage.roles import fields_of, organisation, read, roles_of

STUDENTS = "students in digital marketing or communication"
FOUNDERS = "founders of small businesses and e-shops"
DIRECTORS = "marketing directors"
CONSULTANT = dict(help_whom=[STUDENTS, FOUNDERS], meet_whom=[DIRECTORS], offer=["SEO", "social ads", "content strategy"],
                  threshold=0.45)

# (language, headline, the phrase it must match first, or None: it must match nothing)
HEADLINES = [
    # marketing executives: titles, abbreviations, seniority words, feminine and masculine forms
    ("en", "CMO | B2B SaaS", DIRECTORS),
    ("en", "Chief Marketing Officer at Lumio", DIRECTORS),
    ("en", "Head of Marketing – Kiwi Foods", DIRECTORS),
    ("en", "VP Marketing EMEA", DIRECTORS),
    ("en", "Marketing Director | Retail & FMCG", DIRECTORS),
    ("fr", "Directrice marketing & communication", DIRECTORS),
    ("fr", "Directeur Marketing chez Maison Lune", DIRECTORS),
    ("fr", "Vice-présidente Marketing | Cosmétique", DIRECTORS),
    ("fr", "Responsable marketing – Biscuiterie Alsacienne", DIRECTORS),
    ("es", "Directora de Marketing en Acme", DIRECTORS),
    ("es", "Jefa de Marketing y Comunicación", DIRECTORS),
    ("es", "Director de Marketing Digital | eCommerce", DIRECTORS),
    ("de", "Marketingleiterin", DIRECTORS),
    ("de", "Leiter Marketing & Kommunikation", DIRECTORS),
    ("de", "Marketingdirektor bei Sonnenhof GmbH", DIRECTORS),
    ("de", "Leitung Marketing | Bio-Lebensmittel", DIRECTORS),
    ("it", "Responsabile Marketing presso Gelateria Bruno", DIRECTORS),
    ("it", "Direttrice Marketing", DIRECTORS),
    ("it", "Direttore marketing e comunicazione", DIRECTORS),
    ("pt", "Diretora de Marketing | Varejo", DIRECTORS),
    ("pt", "Diretor de Marketing na Lumen", DIRECTORS),
    ("pt", "Head de Marketing | Fintech", DIRECTORS),
    ("nl", "Marketingdirecteur bij Van Dijk", DIRECTORS),
    ("nl", "Hoofd Marketing & Communicatie", DIRECTORS),
    ("nl", "Directeur Marketing | Retail", DIRECTORS),
    ("nl", "Marketingdirectrice | FMCG", DIRECTORS),
    # directors of other fields, managers, chief executives: not marketing directors
    ("fr", "Directrice commerciale", None),
    ("en", "Sales Director EMEA", None),
    ("es", "Directora Comercial | Retail", None),
    ("de", "Vertriebsleiter DACH", None),
    ("it", "Direttore commerciale", None),
    ("pt", "Diretor Comercial", None),
    ("nl", "Commercieel directeur", None),
    ("fr", "Directeur artistique chez Studio Nord", None),
    ("en", "Art Director", None),
    ("es", "Directora de arte", None),
    ("it", "Direttrice artistica", None),
    ("pt", "Diretor de arte", None),
    ("fr", "Directeur technique", None),
    ("en", "CTO @ Fintech startup", None),
    ("de", "Technischer Leiter", None),
    ("it", "Direttore tecnico", None),
    ("es", "Director de Tecnología", None),
    ("nl", "Technisch directeur", None),
    ("en", "Head of Product | SaaS", None),
    ("fr", "Directrice produit", None),
    ("de", "Produktleiterin", None),
    ("pt", "Diretor de Produto", None),
    ("fr", "DRH Groupe Hautvent", None),
    ("en", "HR Director", None),
    ("es", "Directora de Recursos Humanos", None),
    ("de", "Personalleiterin", None),
    ("it", "Direttore risorse umane", None),
    ("nl", "HR-directeur", None),
    ("en", "CFO", None),
    ("fr", "Directeur administratif et financier", None),
    ("en", "Marketing Manager", None),
    ("en", "Former Marketing Director, now coach", None),
    ("en", "Ex-CMO | Advisor", None),
    ("de", "Angehende Marketingleiterin", None),
    ("en", "Senior Brand Manager", None),
    # students whose field is named differently from the setting
    ("fr", "Étudiante en Master Marketing Digital à l'IAE Lyon", STUDENTS),
    ("fr", "Étudiante en BUT Information-Communication à l'IUT de Bordeaux", STUDENTS),
    ("fr", "Étudiant en communication digitale", STUDENTS),
    ("fr", "Alternante chargée de communication", STUDENTS),
    ("fr", "Stagiaire marketing digital chez Kiwi", STUDENTS),
    ("fr", "Apprenti community manager", STUDENTS),
    ("fr", "Licence pro Communication | En recherche d'alternance", STUDENTS),
    ("en", "Digital Marketing student | Looking for an internship", STUDENTS),
    ("en", "Communications student at UCL", STUDENTS),
    ("en", "Marketing intern @ Lumio", STUDENTS),
    ("en", "MSc Digital Marketing | University of Leeds", STUDENTS),
    ("es", "Estudiante de Máster en Marketing Digital", STUDENTS),
    ("es", "Estudiante de Publicidad y Relaciones Públicas", STUDENTS),
    ("es", "Becaria de comunicación en Acme", STUDENTS),
    ("es", "Alumna de Comunicación Audiovisual", STUDENTS),
    ("de", "Werkstudentin Online-Marketing", STUDENTS),
    ("de", "Student der Kommunikationswissenschaft", STUDENTS),
    ("de", "Praktikantin Marketing bei Sonnenhof", STUDENTS),
    ("de", "Masterstudent Marketing", STUDENTS),
    ("it", "Studentessa di Scienze della Comunicazione", STUDENTS),
    ("it", "Studente magistrale in Marketing digitale", STUDENTS),
    ("it", "Stagista comunicazione presso Agenzia Blu", STUDENTS),
    ("pt", "Estudante de Comunicação Social", STUDENTS),
    ("pt", "Estudante de Publicidade e Propaganda", STUDENTS),
    ("pt", "Estagiária de Marketing Digital", STUDENTS),
    ("nl", "Student Communicatie aan de Hogeschool Utrecht", STUDENTS),
    ("nl", "Studente marketing | HAN", STUDENTS),
    ("nl", "Stagiair online marketing bij Bureau Noord", STUDENTS),
    # students of other fields, and people of the field who are not students
    ("fr", "Étudiante en médecine", None),
    ("en", "Student at HEC Paris | Finance", None),
    ("it", "Studentessa di ingegneria meccanica", None),
    ("es", "Estudiante de Derecho", None),
    ("de", "Student Informatik", None),
    ("pt", "Estudante de Enfermagem", None),
    ("nl", "Student geneeskunde", None),
    ("fr", "Chargée de communication", None),
    ("fr", "Professeur de marketing à l'EM Normandie", None),
    ("fr", "Chef de projet SEO chez Atelier Nord", None),
    ("en", "Business Developer at SalesBoost", None),
    # owners of small businesses, named by their trade
    ("fr", "Gérant de boulangerie", FOUNDERS),
    ("fr", "Fondatrice de Fil & Lin | E-shop de créations artisanales", FOUNDERS),
    ("fr", "Gérante d'une boutique de vêtements à Lyon", FOUNDERS),
    ("fr", "Artisan ébéniste | Atelier Bois Doré", FOUNDERS),
    ("fr", "Photographe indépendante", FOUNDERS),
    ("en", "Small business owner | Savonnerie des Pentes", FOUNDERS),
    ("en", "Founder of a bike shop in Leeds", FOUNDERS),
    ("en", "Co-owner, The Corner Bakery", FOUNDERS),
    ("en", "Founder & CEO, Kiwi (seed-stage startup)", FOUNDERS),
    ("es", "Dueña de una floristería", FOUNDERS),
    ("es", "Fundadora de tienda online de cerámica", FOUNDERS),
    ("es", "Gerente de panadería familiar", FOUNDERS),
    ("de", "Inhaber eines Fahrradladens", FOUNDERS),
    ("de", "Gründerin von Kaffeeliebe, Online-Shop", FOUNDERS),
    ("de", "Inhaberin Friseursalon Haarwerk", FOUNDERS),
    ("it", "Titolare di una pizzeria a Napoli", FOUNDERS),
    ("it", "Fondatrice di un negozio online di ceramiche", FOUNDERS),
    ("it", "Artigiano falegname", FOUNDERS),
    ("pt", "Proprietária de padaria artesanal", FOUNDERS),
    ("pt", "Fundador da Loja Verde | e-commerce", FOUNDERS),
    ("pt", "Dona de loja de roupas", FOUNDERS),
    ("nl", "Eigenaar van webwinkel in duurzame mode", FOUNDERS),
    ("nl", "Oprichter van Koffiebar Noord", FOUNDERS),
    ("nl", "Eigenaar fietsenwinkel", FOUNDERS),
    # chief executives of large organisations, and shop staff who own nothing
    ("en", "CEO @ TotalEnergies", None),
    ("fr", "CEO | Groupe Hautvent", None),
    ("fr", "Président-directeur général de Dupont SA", None),
    ("de", "Geschäftsführer der Müller AG", None),
    ("es", "Director General en Grupo Santander", None),
    ("it", "Amministratore delegato di Generali", None),
    ("nl", "CEO bij Heineken Nederland", None),
    ("fr", "Vendeuse en boulangerie", None),
    ("de", "Bäckereifachverkäuferin", None),
    # recruiters, whatever they recruit for
    ("en", "Tech Recruiter | Tech & Digital", None),
    ("fr", "Chargée de recrutement marketing & communication", None),
    ("de", "Recruiterin für Marketing-Positionen", None),
    ("en", "Talent Acquisition – Digital Marketing roles", None),
    ("es", "Reclutadora IT", None),
    # others
    ("fr", "Infirmière au CHU de Lyon", None),
    ("fr", "Professeur des écoles", None),
    ("en", "Scrum Master | Agile coach", None),
    ("fr", "", None),
]


@pytest.fixture(scope="module")
def matcher():
    return BenefitMatcher(**CONSULTANT)


@pytest.fixture(scope="module")
def results(matcher):
    """All headlines matched in one batch, as triage does."""
    found = matcher.match([(h, "") for _, h, _ in HEADLINES])
    return {h: f for (_, h, _), f in zip(HEADLINES, found)}


@pytest.mark.parametrize("lang, headline, phrase", [pytest.param(*row, id=f"{row[0]}-{row[1][:40]}") for row in HEADLINES])
def test_headline(results, lang, headline, phrase):
    found = results[headline]
    if phrase is None:
        assert found == [], found[0].evidence()["quote"]
    else:
        assert found and found[0].phrase == phrase, [m.evidence() for m in found]


def test_every_language_has_positive_and_negative_headlines():
    for lang in ("fr", "en", "es", "de", "it", "pt", "nl"):
        assert {p is None for lng, _, p in HEADLINES if lng == lang} == {True, False}, lang


def test_evidence_names_the_role_and_the_field(results):
    assert results["CMO | B2B SaaS"][0].evidence() == {
        "rule": "want_to_meet",
        "quote": "headline 'CMO | B2B SaaS' — role: marketing director (CMO); field: marketing — matches 'marketing directors'"}
    m = results["Gérant de boulangerie"][0]
    assert (m.kind, m.role, m.field) == ("help_whom", "owner (Gérant)", "small business: bakery")
    assert m.evidence()["rule"] == "benefit"
    m = results["Étudiante en BUT Information-Communication à l'IUT de Bordeaux"][0]
    assert (m.role, m.field) == ("communication student (Étudiante)", "communication")


@pytest.mark.parametrize("text, kinds, fields", [
    pytest.param("Sales Director @ Marketing Hub", {"executive"}, ("sales",), id="employer-is-not-the-field"),
    pytest.param("Directrice marketing & communication", {"executive"}, ("marketing", "communication"), id="two-fields"),
    pytest.param("CMO", {"executive"}, ("marketing",), id="acronym"),
    pytest.param("Chef de projet marketing | Master IAE Lyon", {"manager"}, ("marketing",), id="degree-held-not-student"),
    pytest.param("Marketing Manager | Open to work", {"manager", "job_seeker"}, ("marketing",), id="job-seeker"),
    pytest.param("Freiberuflicher Grafikdesigner", {"freelancer"}, ("graphic design",), id="de-freelancer"),
    pytest.param("Autónoma | Diseño gráfico", {"freelancer"}, ("graphic design",), id="es-freelancer"),
    pytest.param("Product Owner chez Decathlon", set(), ("product",), id="product-owner-owns-nothing"),
    pytest.param("Recruiter für Marketing-Positionen", {"recruiter"}, ("hr",), id="recruiter-field-is-hr"),
    pytest.param("Student at HEC Paris | Finance", {"student"}, ("finance",), id="field-from-another-segment"),
])
def test_reading_roles_and_fields(text, kinds, fields):
    reading = read(text)
    assert roles_of(text) == kinds
    assert reading.fields == fields


def test_roles_in_seven_languages():
    assert roles_of("Estudante de Marketing") == {"student"}
    assert roles_of("Werkstudentin Online-Marketing") == {"student"}
    assert roles_of("Fundador de Loja") == {"founder"}
    assert roles_of("Oprichter van Koffiebar") == {"founder"}
    assert roles_of("Titolare di un negozio") == {"owner"}
    assert roles_of("Diretora de RH") == {"executive"}
    assert roles_of("Praktikantin im Vertrieb") == {"student"}
    assert roles_of("Alternant | en recherche d'un CDI") == {"student", "job_seeker"}
    assert roles_of("Zelfstandig fotograaf") == {"freelancer"}


def test_fields_and_organisations():
    assert fields_of("Information-Communication") == ("communication",)
    assert fields_of("Directora Comercial") == ("sales",)
    assert organisation("Gérant de boulangerie") == ("small", "bakery")
    assert organisation("Eigenaar van webwinkel") == ("small", "web shop")
    assert organisation("Founder @ Lumio (SaaS startup)")[0] == "startup"
    assert organisation("CEO @ Dupont SA")[0] == "large"


# -- owners who are not marketing consultants --------------------------------------------------

DATA = BenefitMatcher(["junior data analysts", "students in data science or statistics"], ["heads of data"], [], 0.45)
LAWYER = BenefitMatcher(["startup founders"], [], [], 0.45)
UX_STUDIO = BenefitMatcher([], ["heads of product"], [], 0.45)
GREEN = BenefitMatcher([], ["heads of sustainability"], [], 0.45)
TOURISM = BenefitMatcher([], ["heads of tourism"], [], 0.45)


@pytest.mark.parametrize("matcher_, headline, phrase", [
    (DATA, "Junior Data Analyst @ Boltshift", "junior data analysts"),
    (DATA, "Analyste de données junior", "junior data analysts"),
    (DATA, "Analista de datos junior en Acme", "junior data analysts"),
    (DATA, "Junior Datenanalystin", "junior data analysts"),
    (DATA, "Data analyst junior presso Ottica Rossi", "junior data analysts"),
    (DATA, "Analista de dados júnior", "junior data analysts"),
    (DATA, "Junior data-analist bij Gemeente Utrecht", "junior data analysts"),
    (DATA, "Data Analyst chez Kiwi", None),  # not said to be junior: "junior" is the point of the phrase
    (DATA, "Étudiant en statistique à l'ENSAE", "students in data science or statistics"),
    (DATA, "Head of Data | Retail", "heads of data"),
    (DATA, "Senior Data Engineer", None),
    (DATA, "Junior Accountant", None),
    (DATA, "Étudiante en communication", None),
    (LAWYER, "Co-founder @ Lumio (SaaS startup)", "startup founders"),
    (LAWYER, "Fondatrice de Kiwi, startup fintech", "startup founders"),
    (LAWYER, "Gründer eines Start-ups", "startup founders"),
    (LAWYER, "Oprichter van Lumen", "startup founders"),
    (LAWYER, "CEO @ TotalEnergies", None),
    (LAWYER, "Gérant de boulangerie", None),
    (LAWYER, "Startup recruiter", None),
    (UX_STUDIO, "Head of Product | SaaS", "heads of product"),
    (UX_STUDIO, "VP Product", "heads of product"),
    (UX_STUDIO, "Chief Product Officer", "heads of product"),
    (UX_STUDIO, "Directrice produit", "heads of product"),
    (UX_STUDIO, "Produktleiterin", "heads of product"),
    (UX_STUDIO, "Responsabile prodotto", "heads of product"),
    (UX_STUDIO, "Hoofd Product", "heads of product"),
    (UX_STUDIO, "Product Manager", None),
    (UX_STUDIO, "Product Owner", None),
    (UX_STUDIO, "Head of Marketing", None),
    (GREEN, "Head of Sustainability & CSR", "heads of sustainability"),
    (GREEN, "Leiterin Nachhaltigkeit", "heads of sustainability"),
    (GREEN, "Hoofd Duurzaamheid", "heads of sustainability"),
    (GREEN, "Directrice RSE | Groupe Maraval", "heads of sustainability"),  # an acronym no encoder knows
    (GREEN, "Head of Sales", None),
    (GREEN, "Sustainability Analyst", None),
    # a field the lexicon does not know: the sentence embeddings decide, across languages
    (TOURISM, "Head of Tourism | Visit Leeds", "heads of tourism"),
    (TOURISM, "Leiterin Tourismus", "heads of tourism"),
    (TOURISM, "Directora de Turismo", "heads of tourism"),
    (TOURISM, "Hoofd Toerisme", "heads of tourism"),
    (TOURISM, "Head of Sales", None),
    (TOURISM, "Head of Sustainability", None),
    (TOURISM, "Tourism Student", None),
], ids=lambda x: x if isinstance(x, str) else None)
def test_other_owners(matcher_, headline, phrase):
    found = matcher_.match([(headline, "")])[0]
    assert [m.phrase for m in found[:1]] == ([phrase] if phrase else []), [m.evidence() for m in found]


FR_OWNER = BenefitMatcher(["étudiants en communication", "dirigeants de TPE"], ["directeurs marketing"], [], 0.45)
DE_OWNER = BenefitMatcher(["Studierende im Bereich Marketing", "Gründerinnen und Gründer von Start-ups"], ["Marketingleiter"], [], 0.45)
ES_OWNER = BenefitMatcher(["estudiantes de marketing", "dueños de pequeños negocios"], ["directores de marketing"], [], 0.45)


@pytest.mark.parametrize("matcher_, headline, phrase", [
    (FR_OWNER, "Étudiant·e en Licence Information-Communication", "étudiants en communication"),
    (FR_OWNER, "Gérante de la Mercerie du Centre", "dirigeants de TPE"),
    (FR_OWNER, "CMO chez Kiwi", "directeurs marketing"),
    (FR_OWNER, "CEO | Groupe Lavergne", None),
    (FR_OWNER, "Directrice de la communication", None),
    (DE_OWNER, "Marketing-Studentin an der HdM Stuttgart", "Studierende im Bereich Marketing"),
    (DE_OWNER, "Co-Founder | Climate-Tech Start-up", "Gründerinnen und Gründer von Start-ups"),
    (DE_OWNER, "Inhaber einer Bäckerei", None),  # a bakery is no start-up
    (DE_OWNER, "Leiter Marketing", "Marketingleiter"),
    (DE_OWNER, "Marketing Managerin", None),
    (ES_OWNER, "Dueña de una peluquería", "dueños de pequeños negocios"),
    (ES_OWNER, "CEO en Telefónica", None),
    (ES_OWNER, "Responsable de Marketing Digital", "directores de marketing"),
], ids=lambda x: x if isinstance(x, str) else None)
def test_settings_written_in_other_languages(matcher_, headline, phrase):
    found = matcher_.match([(headline, "")])[0]
    assert [m.phrase for m in found[:1]] == ([phrase] if phrase else []), [m.evidence() for m in found]


def test_a_junior_phrase_takes_those_who_say_they_are_new_and_students_lower():
    (junior,), (student, *_), unstated, senior = DATA.match([("Junior Data Analyst", ""), ("Statistics student", ""),
                                                               ("Data Analyst", ""), ("Senior Data Analyst", "")])
    assert junior.phrase == "junior data analysts" and junior.score > 0.45
    assert student.phrase == "students in data science or statistics"
    assert unstated == senior == []


def test_the_embeddings_say_how_close_the_unknown_field_is():
    (m,) = TOURISM.match([("Leiterin Tourismus", "")])[0]
    assert m.role == "director (Leiterin)" and m.field.startswith("'tourismus' (close to 'tourism', 0.")


# -- notes ---------------------------------------------------------------------------------------


def test_a_note_where_the_sender_says_who_they_are(matcher):
    found = matcher.match([("", "Bonjour, je suis étudiante en communication et votre podcast m'aide beaucoup.")])[0]
    assert found[0].phrase == STUDENTS and found[0].source == "note"


def test_a_note_about_someone_else_is_not_the_sender(matcher):
    assert not [m for m in matcher.match([("", "Our marketing director loved your talk.")])[0] if m.kind != "offer"]


def test_a_note_asking_about_what_the_owner_offers_matches_offer(matcher):
    found = matcher.match([("", "Could you advise me on SEO for my small shop?")])[0]
    assert any(m.kind == "offer" and m.source == "note" for m in found)


def test_english_phrases_match_french_and_the_reverse():
    fr_owner = BenefitMatcher(["étudiants en marketing digital"], [], [], 0.45)
    assert fr_owner.match([("MSc Marketing student | Digital", "")])[0]
    en_owner = BenefitMatcher(["students in digital marketing"], [], [], 0.45)
    assert en_owner.match([("Étudiant en école de commerce | Spécialisation marketing digital", "")])[0]


# -- through triage and the CLI ---------------------------------------------------------------------

PENDING = """name,headline,profile_url,sent_at,note
Léa Martin,Étudiante en Master Marketing Digital à l'IAE Lyon,https://www.linkedin.com/in/lea,2026-09-01T10:00:00+02:00,
Hugo Roux,Fondateur de Cuir de Saône | E-shop de maroquinerie,https://www.linkedin.com/in/hugo,2026-09-02T10:00:00+02:00,
Nina Blanc,Infirmière au CHU de Lyon,https://www.linkedin.com/in/nina,2026-09-03T10:00:00+02:00,
Paul Petit,Business Developer chez SalesBoost,https://www.linkedin.com/in/paul,2026-09-04T10:00:00+02:00,
Emma Noir,Comptable,https://www.linkedin.com/in/emma,2026-09-05T10:00:00+02:00,
"""

CONFIG = """owner_name = "Julien Moreau"
signature = "Julien"
offer = ["SEO", "social ads"]
help_whom = ["students in digital marketing", "founders of small businesses and e-shops"]
meet_whom = ["marketing directors"]
weekly_budget = 1
"""


def test_done_when_students_and_founders_without_notes_get_replies(run, tmp_path, db_path):
    pending = tmp_path / "pending.csv"
    pending.write_text(PENDING, encoding="utf-8")
    cfg = tmp_path / "invitriage.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    assert run("import", str(pending)).exit_code == 0
    result = run("triage", "--config", str(cfg))
    assert "2 invitation(s) without a stated reason get a reply because they can benefit" in result.output
    replies = json.loads(run("queue", "--format", "json", "--config", str(cfg)).output)
    assert sorted(r["name"] for r in replies) == ["Hugo Roux", "Léa Martin"]
    assert all(r["intent"] == "no_note" for r in replies)  # the intent is kept
    quote = next(r for r in replies if r["name"] == "Hugo Roux")["evidence"][0]
    assert quote == {"rule": "benefit", "quote": "headline 'Fondateur de Cuir de Saône | E-shop de maroquinerie' — role: founder "
                     "(Fondateur); field: small business: web shop — matches 'founders of small businesses and e-shops'"}
    accepted = json.loads(run("queue", "--action", "accept", "--format", "json").output)
    assert sorted(r["name"] for r in accepted) == ["Emma Noir", "Nina Blanc", "Paul Petit"]
    week = json.loads(run("queue", "--week", "--format", "json", "--config", str(cfg)).output)
    assert len(week) == 1  # the budget
    with Store(db_path) as store:
        assert {r["name"] for r in store.queue("reply")} == {"Hugo Roux", "Léa Martin"}


def test_benefit_command_explains_a_headline(run, tmp_path):
    cfg = tmp_path / "invitriage.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    result = run("benefit", "Directrice marketing & communication", "--config", str(cfg), db=False)
    assert result.exit_code == 0, result.output
    assert "read as: marketing director (Directrice); field: marketing, communication" in result.output
    assert "want_to_meet: 'marketing directors' (score 0.80)" in result.output
    result = run("benefit", "Directrice commerciale", "--config", str(cfg), db=False)
    assert result.exit_code == 0
    assert "read as: sales director (Directrice)" in result.output and "no match" in result.output
    result = run("benefit", "Gérant de boulangerie", "--config", str(cfg), db=False)
    assert "read as: owner (Gérant); field: small business: bakery; organisation: small" in result.output
    result = run("benefit", "Marketing Manager", "--note", "Je suis étudiante en marketing digital.", "--config", str(cfg), db=False)
    assert "benefit: 'students in digital marketing' (score 0.80)\n  note 'Je suis étudiante" in result.output


def test_benefit_command_without_whom_settings_says_so(run, tmp_path):
    cfg = tmp_path / "invitriage.toml"
    cfg.write_text('owner_name = "Julien"\n', encoding="utf-8")
    result = run("benefit", "CMO", "--config", str(cfg), db=False)
    assert result.exit_code == 0
    assert "no help_whom or meet_whom" in result.output
