"""Wave 124, group D: job seekers and recruiters. An experienced job seeker's advice reads as sentences and counts a move
from another sector as an asset; a recruiter's fixed-term contract is a mission that may interest her, never a
"permanent role"; a recruiter seeking welders, drivers or warehouse staff gets a polite "not my field", never names
promised."""

from __future__ import annotations

from drafting import sample_draft


def test_laid_off_marketer_moving_to_digital_gets_advice_in_sentences() -> None:
    # 123 fr_en note-15: the advice paragraph was one run-on list ("Avec de l'expérience, on la met en avant : …")
    fr = sample_draft("Bonjour, je suis en recherche d'emploi après un licenciement économique, 5 ans d'expérience en marketing "
                      "dans l'industrie. Je cherche à me réorienter vers le digital. Auriez-vous des conseils ou des contacts ? "
                      "Merci beaucoup", headline="Chargée de marketing – en recherche active", name="Nathalie Blanc")
    assert "on la met en avant" not in fr and "dit en une ligne" not in fr
    assert "Je mettrais l'expérience en avant" in fr and "Venir d'un autre secteur est un atout." in fr
    es = sample_draft("Hola Camille, estoy buscando trabajo tras un despido, llevo 8 años en marketing en el sector industrial. "
                      "Quiero pasarme al marketing digital. ¿Algún consejo?", headline="Responsable de marketing", name="Lucía Gómez")
    assert "Venir de otro sector es una ventaja." in es
    it = sample_draft("Ciao Camille, sono alla ricerca di lavoro dopo un licenziamento, 6 anni di marketing nel settore industriale. "
                      "Vorrei passare al digitale. Hai qualche consiglio?", headline="Marketing specialist", name="Giulia Rossi")
    assert "Venire da un altro settore è un punto di forza." in it
    de = sample_draft("Hallo Frau Laurent, ich bin nach einer Kündigung auf Jobsuche, 5 Jahre Marketing in der Industrie. Ich möchte "
                      "ins Online Marketing wechseln. Haben Sie Tipps?", headline="Marketing Manager", name="Stefan Braun")
    assert "Eine andere Branche ist ein Plus." in de
    pt = sample_draft("Olá Camille, estou à procura de emprego depois de um despedimento, 6 anos de marketing na indústria. Quero "
                      "mudar para o digital. Tem algum conselho?", headline="Marketing", name="Ana Costa")
    assert "Vir de outro setor é uma vantagem." in pt
    br = sample_draft("Oi Camille, fui demitida e estou procurando emprego, tenho 6 anos de marketing na indústria. Quero migrar "
                      "para o marketing digital. Você tem alguma dica?", headline="Analista de marketing", name="Juliana Souza")
    assert "Eu colocaria a experiência na frente" in br
    nl = sample_draft("Hoi Camille, ik ben op zoek naar werk na een ontslag, 6 jaar marketing in de industrie. Ik wil de overstap "
                      "maken naar digital marketing. Heb je tips?", headline="Marketeer", name="Sanne Bakker")
    assert "Kom je uit een andere sector, dan is dat een pluspunt." in nl


def test_experienced_job_seeker_in_english_keeps_the_lead() -> None:
    en = sample_draft("Hello Camille, I was made redundant last month after 6 years in marketing at a manufacturer. I'd like to move "
                      "into digital marketing. Any advice for my job search?", headline="Marketing Manager", name="Sarah Jones")
    assert "Put your experience first" in en and "Coming from another sector is an asset" in en


def test_recruiters_six_month_contract_is_a_mission_not_a_permanent_role() -> None:
    # 123 fr_en note-28: "a remote Senior SEO Consultant contract (6 months, EU hours)" declined as a permanent role
    en = sample_draft("Hi Camille, I'm a recruiter at Hays. We have a remote Senior SEO Consultant contract (6 months, EU hours) that "
                      "matches your profile really well. Open to a quick chat?",
                      headline="Senior Recruiter - Digital & Marketing, Hays", name="Oliver Bennett")
    assert "permanent role" not in en and "A freelance assignment like this could well interest me" in en
    en2 = sample_draft("Hello Camille, we're hiring for a 6-month contract as Paid Social Lead, fully remote, for a fintech client. "
                       "Would you be interested?", headline="Talent Partner", name="Amy Clarke")
    assert "permanent role" not in en2 and "could well interest me" in en2


def test_recruiters_permanent_role_still_declined() -> None:
    en = sample_draft("Hi Camille, I'm a recruiter at Hays. We have a permanent Senior SEO Manager role in Lyon that matches your "
                      "profile. Open to a quick chat?", headline="Recruiter", name="Oliver Bennett")
    assert "I'm not looking for a permanent role right now" in en


def test_recruiter_seeking_welders_gets_not_my_field_never_names_promised() -> None:
    # 121 es_pt_it note-52: "cerco saldatori e carpentieri … Lei conosce qualcuno?" promised "uno o due nomi", with "Glieli"
    it = sample_draft("Salve, cerco saldatori e carpentieri per un cantiere a Lione. Lei conosce qualcuno? Grazie, Roberto",
                      name="Roberto Esposito")
    assert "Glieli" not in it and "nomi di fiducia" not in it
    assert "non ho profili di questo tipo nella mia rete più stretta" in it
    fr = sample_draft("Bonjour, je recrute des soudeurs et des caristes pour un chantier à Lyon. Vous connaissez quelqu'un ?",
                      headline="Chargé de recrutement BTP", name="Paul Girard")
    assert "Je n'ai pas ce type de profils dans mon réseau proche" in fr
    en = sample_draft("Hi Camille, I'm looking for welders and truck drivers in the Lyon area. Do you know anyone?",
                      headline="Recruiter", name="Mark Evans")
    assert "no one with that profile comes to mind in my network" in en
    es = sample_draft("Hola, busco soldadores y carpinteros para una obra en Lyon. ¿Conoce a alguien?", name="Pedro Sánchez")
    assert "no tengo perfiles de ese tipo en mi red cercana" in es
    pt = sample_draft("Olá, procuro motoristas e operários de armazém na zona de Lisboa. Conhece alguém?", name="Rui Santos")
    assert "não tenho perfis desse tipo na minha rede mais próxima" in pt
    de = sample_draft("Hallo, ich suche Schweißer und LKW-Fahrer für einen Kunden in Lyon. Kennen Sie jemanden?",
                      headline="Personalvermittlung", name="Jan Müller")
    assert "solche Profile nicht in meinem direkten Netzwerk" in de


def test_transport_recruiter_hears_she_has_no_such_profiles() -> None:
    # 122 de_nl note-28: "Mocht u mensen kennen, laat het weten!" left hanging after her self-introduction
    nl = sample_draft("Goedemiddag, ik werf vrachtwagenchauffeurs en magazijnmedewerkers in de regio Rotterdam. Mocht u mensen "
                      "kennen, laat het weten!", headline="Recruiter Transport & Logistiek", name="Kees van Dijk")
    assert "zulke profielen heb ik niet in mijn directe netwerk" in nl


def test_someone_asking_for_a_trusted_seo_consultant_is_still_helped() -> None:
    it = sample_draft("Ciao Camille, cerco un buon consulente SEO per il mio e-commerce. Conosci qualcuno di fiducia?", name="Luca Verdi")
    assert "non ho profili di questo tipo" not in it
