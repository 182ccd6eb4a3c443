#!/usr/bin/env python3
"""Build headlines.csv from the hand-written rows below.

Each data line is:   lang  ref  kind  headline...
  lang     fr en es de it pt nl (main language of the headline)
  ref      "-" for no match, or H0/H1 (help_whom[i]) / M0 (meet_whom[i])
           of that owner; the phrase text is copied from owners.toml so it
           cannot be mistyped.
  kind     short category of the PERSON (see check_headlines.py for the list)
  headline everything after the third whitespace-separated field
Lines starting with '#' and blank lines are ignored.
"""
import csv
import pathlib
import tomllib

HERE = pathlib.Path(__file__).resolve().parent

ROWS = {}

# ---------------------------------------------------------------------------
# 1. marketing  (H0 students in digital marketing or communication,
#                H1 founders of small businesses and e-shops,
#                M0 marketing directors)
# ---------------------------------------------------------------------------
ROWS["marketing"] = """
# --- en
en M0 exec_in_field Chief Marketing Officer | Orrin Mobility | Brand, pricing & lifecycle
en M0 exec_in_field VP, Marketing & Communications — Tallowby Foods
en M0 exec_in_field Marketing Director at Hexmoor Outdoor 🏔️ | Retail & e-commerce
en M0 exec_in_field Head of Marketing @ Pellucid Health (Series C) | ex-FMCG
en M0 exec_in_field Director of Digital Marketing | Ravensholm Cloud | MBA
en H0 student_in_field Final-year BSc Digital Marketing student | Google Analytics certified | open to grad roles
en H0 student_in_field Media & Communications undergraduate at Eastbridge University 🎙️
en H0 student_in_field Student – MA Strategic Communication | Kingsmoor University
en H0 student_in_field HND Digital Marketing student at Lochvale College
en H1 owner_small_business Founder of Kiln & Clay, a small pottery studio and online shop in Bristol
en H1 owner_small_business Owner-founder, Fettle Barbers — two chairs, one dog, great fades 💈
en H1 owner_small_business Founder-CEO & only employee of Pebblewise, an e-shop for handmade chess sets ♟️
en H1 owner_small_business Founder & locksmith at Keyturn Locks (family business, est. 2019)
en - exec_other_field Finance Director | Orrin Mobility | ACA
en - exec_other_field Director of Operations — Tallowby Foods | Lean, supply chain
en - exec_other_field Creative Director at Hollowmere Studio | Film & motion
en - exec_other_field Director of Sales, North America | Pellucid Health
en - recruiter Recruitment Consultant – Marketing & Digital | Hartwell Search | Helping brands hire CMOs
en - recruiter Senior Talent Partner at Quorra Recruitment | Creative, marketing & comms roles
en - owner_big_corp Founder and CEO, Brackenfold Retail plc — 650 stores, 22,000 colleagues
en - owner_big_corp Co-founder & Chairman of Ostrel Airways | 14,000 employees
en - staff_in_field Digital Marketing Executive at Hexmoor Outdoor | PPC & email
en - staff_in_field Marketing Coordinator — events, webinars & CRM
en - staff_in_field Senior Copywriter | Brand voice & long-form content
en - staff_in_field Community Manager @ Bramble Games | Discord & Reddit
en - student_other_field Civil Engineering student, University of Ashcombe | Site placement 2025
en - student_other_field Second-year Nursing student | Adult field
en - teacher_in_field Senior Lecturer in Marketing Communications | Northgate Business School
en - peer Account Manager at Sparrowhawk Digital (agency) | Google Ads & Meta
en - other_job Sales assistant at a family-run garden centre | Plant nerd 🌿
en - other_job Secondary-school maths teacher | Year 11 form tutor
# --- fr
fr M0 exec_in_field Directrice Marketing – Biscuiterie Ondine | Marque & innovation produit
fr M0 exec_in_field Directeur du marketing et de la communication | Mutuelle Arvelle
fr M0 exec_in_field CMO chez Tressa, logiciel de paie | B2B
fr M0 exec_in_field Directrice marketing digital & e-commerce @ Galeries Rouvray
fr M0 exec_in_field VP Marketing Europe – Sorelle Cosmétiques 💄
fr H0 student_in_field Étudiante en BTS Communication | Lycée des Tilleuls | recherche stage
fr H0 student_in_field Étudiant en Master Communication des organisations – Université de Castelroux
fr H0 student_in_field Alternante en Bachelor Marketing Digital & Social Media – école Sup'Numérique
fr H0 student_in_field Étudiant en BUT Information-Communication, parcours communication des organisations (IUT de Merlac)
fr H1 owner_small_business Fondatrice de Savonnerie Ambrette – savons à froid faits main & boutique en ligne 🧼
fr H1 owner_small_business Tapissier-décorateur, j'ai fondé mon atelier à Rennes en 2020
fr H1 owner_small_business Créatrice de l'e-shop Vieux Jean – friperie vintage en ligne
fr H1 owner_small_business Cofondateur de Torréfaction Caracole, café de quartier & torréfacteur ☕
fr - exec_other_field Directrice administrative et financière | Biscuiterie Ondine
fr - exec_other_field Directeur juridique – Mutuelle Arvelle
fr - exec_other_field Directeur des systèmes d'information (DSI) | Galeries Rouvray
fr - exec_other_field DG France de Sorelle Cosmétiques | Directeur général
fr - recruiter Consultante en recrutement Marketing & Digital | Cabinet Alcyone
fr - recruiter Talent Acquisition Manager chez Tressa | On recrute !
fr - owner_big_corp PDG et fondateur du groupe Marbois – 8 000 collaborateurs, 30 pays
fr - owner_big_corp Fondatrice et présidente d'Hexalia, leader européen de l'emballage (5 000 salariés)
fr - staff_in_field Chargée de communication digitale chez Mutuelle Arvelle
fr - staff_in_field Chef de produit marketing junior – Biscuiterie Ondine
fr - staff_in_field Community manager & rédactrice web
fr - staff_in_field Assistant marketing opérationnel | Salons & PLV
fr - student_other_field Étudiante en 3e année de médecine | Faculté de Lorvaine
fr - student_other_field Étudiant en BTS Maintenance des véhicules
fr - teacher_in_field Maître de conférences en sciences de l'information et de la communication
fr - peer Consultant SEA chez Agence Pixelune | Google Ads certifié
fr - other_job Vendeuse en boulangerie | Passionnée de pâtisserie
fr - other_job Infirmière de bloc opératoire
# --- es
es M0 exec_in_field Directora de Marketing en Conservas Alborán 🐟
es M0 exec_in_field Director de Marketing y Comunicación | Seguros Miravalle
es M0 exec_in_field CMO en Pagalia (fintech) | Growth, marca y producto
es M0 exec_in_field Jefa de Marketing – Calzados Orbaneja | Retail & omnicanal
es M0 exec_in_field Marketing Director Iberia en Frescor Bebidas
es H0 student_in_field Estudiante de Publicidad y Relaciones Públicas – Universidad de Torrealba
es H0 student_in_field Estudiante del Máster en Marketing Digital y Social Media | Buscando prácticas
es H0 student_in_field Estudiante de Grado en Comunicación | Universidad de Almazara
es H0 student_in_field Estudiante de Comunicación Digital | Universidad de Valdelobos 📱
es H1 owner_small_business Fundadora de Heladería La Nube, helados artesanos en Cádiz 🍦
es H1 owner_small_business Fundé Tintero, una tienda online de papelería bonita ✏️
es H1 owner_small_business Cofundador de Peluquería Canina Trufa | Peluquería y spa para perros 🐶
es H1 owner_small_business Creadora y dueña de Esparto Vivo, e-commerce de cestas artesanas
es - exec_other_field Director Financiero (CFO) | Conservas Alborán
es - exec_other_field Directora de Recursos Humanos en Seguros Miravalle
es - exec_other_field Director Comercial Nacional – Frescor Bebidas
es - exec_other_field Directora de Arte | Estudio Gramo
es - recruiter Headhunter especializada en perfiles de marketing y ventas | Selecta Talento
es - recruiter Técnico de Selección en ETT Laborea
es - owner_big_corp Fundador y presidente de Grupo Varela Inmobiliaria – 3.000 empleados
es - owner_big_corp Consejero delegado y fundador de Telvia Telecom (cotizada en bolsa, 9.000 empleados)
es - staff_in_field Técnica de Marketing Digital en Calzados Orbaneja
es - staff_in_field Social Media Manager en Pagalia
es - staff_in_field Ejecutivo de cuentas junior en agencia de publicidad
es - staff_in_field Especialista SEO en Pagalia
es - student_other_field Estudiante de Ingeniería Informática | Universidad de Valdelobos
es - student_other_field Estudiante de Derecho y ADE
es - teacher_in_field Profesora asociada de Marketing Digital | Universidad de Torrealba
es - peer Consultor de marketing en agencia Brío Digital
es - other_job Dependienta en una papelería de barrio
es - other_job Fisioterapeuta deportivo | Pilates
# --- de
de M0 exec_in_field Leiterin Marketing | Brauerei Kesselbach
de M0 exec_in_field Marketingdirektor DACH – Feldmann Haushaltsgeräte
de M0 exec_in_field CMO @ Taktwerk – HR-Software für den Mittelstand
de M0 exec_in_field Bereichsleiter Marketing & Kommunikation | Stadtwerke Ilmenfurt
de M0 exec_in_field Head of Marketing bei Wollwerk Outdoor 🧭
de H0 student_in_field Studentin Kommunikationsmanagement (B.A.) | Hochschule Lindenau
de H0 student_in_field Student Digital Marketing (M.Sc.) | auf der Suche nach einer Werkstudentenstelle
de H0 student_in_field Studiere Medienmanagement & Online-Kommunikation im 4. Semester 🎓
de H0 student_in_field Studentin Public Relations & Unternehmenskommunikation | Fachhochschule Sandau
de H1 owner_small_business Gründerin von Kernseife & Kräuter – Naturseifen-Onlineshop 🌿
de H1 owner_small_business Gründer von Glaserei Vollmer – kleiner Meisterbetrieb in Kassel
de H1 owner_small_business Hab mein eigenes Tattoo-Studio eröffnet: Tinte & Eisen, Leipzig
de H1 owner_small_business GF & Gründerin | Kleine Kaffeerösterei Bohnenwerk, 3 Mitarbeitende ☕
de - exec_other_field Vertriebsdirektor DACH | Feldmann Haushaltsgeräte
de - exec_other_field Leiter Personal (HR) bei Stadtwerke Ilmenfurt
de - exec_other_field Kaufmännische Leiterin / CFO | Taktwerk
de - exec_other_field Leiter Produktion & Technik – Brauerei Kesselbach
de - recruiter Personalberaterin Executive Search | Marketing-, Vertriebs- und Kommunikationsleitungen
de - recruiter Recruiter (m/w/d) bei Jobwerk Personaldienstleistungen
de - owner_big_corp Gründer und Vorstandsvorsitzender der Hollbach Gruppe | 18.000 Mitarbeitende weltweit
de - owner_big_corp Gründerin & CEO von Zentrix Logistik – 40 Standorte, 6.500 Beschäftigte
de - staff_in_field Online-Marketing-Referent bei Wollwerk Outdoor | SEA & Newsletter
de - staff_in_field Junior Social Media Managerin | Brauerei Kesselbach
de - staff_in_field Marketing-Assistenz (Teilzeit) | Messen & Printmedien
de - staff_in_field Texterin Content Marketing | SEO
de - student_other_field Maschinenbau-Student (B.Eng.) an der TH Nordwald
de - student_other_field Lehramtsstudentin Deutsch & Geschichte
de - teacher_in_field Professorin für Marketing und Kommunikation | Hochschule Lindenau
de - peer Performance-Marketing-Berater bei der Agentur Klickfeld
de - other_job Verkäuferin in einer Bäckerei | Frühschicht-Profi 🥨
de - other_job Kfz-Mechatroniker | Autohaus Breuer
# --- it
it M0 exec_in_field Direttrice Marketing | Pastificio Valtorre 🍝
it M0 exec_in_field Direttore Marketing e Comunicazione presso Cantieri Nautici Orsara
it M0 exec_in_field Chief Marketing Officer – Velaria Fashion Group | Milano
it M0 exec_in_field Marketing Director Italia @ Solgrano Alimentari
it M0 exec_in_field Head of Marketing presso Tuttaluce (illuminazione) | Brand & digital
it H0 student_in_field Studentessa di Scienze della Comunicazione – Università di Castelverde
it H0 student_in_field Studente del Master in Digital Marketing | Social, SEO, analytics
it H0 student_in_field Laureando in Comunicazione d'impresa e relazioni pubbliche 📚
it H0 student_in_field Studentessa magistrale in Marketing digitale e comunicazione – Università di Pontenuovo
it H1 owner_small_business Fondatrice di Ceramiche Fiordaliso, piccolo laboratorio e shop online a Faenza
it H1 owner_small_business Ho fondato la mia ottica indipendente a Lecce: Ottica Guardalontano 👓
it H1 owner_small_business Co-fondatore di Spezieria Lunare, e-commerce di spezie e tè dal mondo
it H1 owner_small_business Calzolaio e fondatore di Risuola, bottega di riparazione scarpe a Torino
it - exec_other_field Direttore Commerciale Italia | Pastificio Valtorre
it - exec_other_field Direttrice Risorse Umane – Velaria Fashion Group
it - exec_other_field Direttore Tecnico | Cantieri Nautici Orsara
it - exec_other_field Direttrice Creativa | Studio Rondine
it - recruiter Headhunter | Ricerca e selezione di manager marketing e vendite
it - recruiter HR Recruiter presso Lavoropiù Agenzia per il lavoro
it - owner_big_corp Fondatore e Presidente di Gruppo Ferralba S.p.A. | 9.000 dipendenti
it - owner_big_corp Amministratrice delegata e co-fondatrice di Telemare (quotata, 4.000 persone)
it - staff_in_field Social Media Specialist presso Tuttaluce
it - staff_in_field Assistente marketing presso Solgrano Alimentari
it - staff_in_field Junior Brand Manager – Pastificio Valtorre
it - staff_in_field Copywriter e content creator in un'azienda di cosmetici
it - student_other_field Studente di Ingegneria Gestionale – Politecnico di Valdora
it - student_other_field Studentessa di Giurisprudenza | Università di Castelverde
it - teacher_in_field Docente a contratto di Comunicazione d'impresa
it - peer Consulente SEO presso l'agenzia Pixelrosa
it - other_job Commessa in una piccola ferramenta di paese
it - other_job Geometra | Direzione lavori cantieri residenziali
# --- pt
pt M0 exec_in_field Diretora de Marketing | Cerâmicas Vouga
pt M0 exec_in_field Diretor de Marketing e Comunicação – Seguros Marvão
pt M0 exec_in_field CMO na Pagamentos Zénite | Fintech
pt M0 exec_in_field Head de Marketing na Doces Ipê | Varejo
pt M0 exec_in_field Diretora de Marketing Digital e E-commerce – Lojas Arribada
pt H0 student_in_field Estudante de Ciências da Comunicação – Universidade de Alvorada
pt H0 student_in_field Graduanda em Relações Públicas | Faculdade Serra Azul | em busca de estágio
pt H0 student_in_field Mestrando em Marketing Digital – Instituto Politécnico de Ribamar
pt H0 student_in_field Aluna de Comunicação Social e Marketing Digital 💻
pt H1 owner_small_business Fundadora da Sabor de Quintal, mercearia de bairro em Braga
pt H1 owner_small_business Criei a Azulejaria Pena, pequeno ateliê de azulejos pintados à mão + loja online
pt H1 owner_small_business Cofundador da Surfaria Ericeira – escola e loja de surf 🏄
pt H1 owner_small_business Fundei a Pet&Pelo, um pet shop de bairro em Curitiba 🐾
pt - exec_other_field Diretor Financeiro | Cerâmicas Vouga
pt - exec_other_field Diretora Comercial – Seguros Marvão
pt - exec_other_field Diretor de Tecnologia (CTO) na Pagamentos Zénite
pt - exec_other_field Diretora de Logística | Lojas Arribada
pt - recruiter Recrutadora | Tech & Marketing | Talentos Brisa
pt - recruiter Headhunter especializado em cargos de diretoria de marketing
pt - owner_big_corp Fundador e presidente do Grupo Alcaravão – 11 mil colaboradores
pt - owner_big_corp Cofundadora e CEO da Rodobrás Transportes (3.500 funcionários)
pt - staff_in_field Analista de Marketing Digital | Doces Ipê
pt - staff_in_field Social media e designer na Lojas Arribada
pt - staff_in_field Assistente de Marketing – Cerâmicas Vouga
pt - staff_in_field Coordenadora de Trade Marketing
pt - student_other_field Estudante de Engenharia Civil – Universidade de Alvorada
pt - student_other_field Estudante de Medicina Dentária
pt - teacher_in_field Professora de Comunicação Estratégica no Instituto Politécnico de Ribamar
pt - peer Gestor de tráfego pago na agência Clique Norte
pt - other_job Operadora de caixa numa mercearia de bairro
pt - other_job Motorista de pesados | Transportes internacionais
# --- nl
nl M0 exec_in_field Directeur Marketing | Zuivelhoeve Vlietland 🧀
nl M0 exec_in_field Marketingdirecteur Benelux bij Tulpenhof Tuincentra
nl M0 exec_in_field CMO bij Stroomwijs (energieleverancier)
nl M0 exec_in_field Hoofd Marketing & Communicatie – Verzekeraar Dijkstroom
nl M0 exec_in_field Marketing Director bij Kadewerf Jachtbouw
nl H0 student_in_field Student Communicatie (hbo) aan de Hogeschool Zeeburg | op zoek naar stage
nl H0 student_in_field Student Media, Informatie & Communicatie (MIC)
nl H0 student_in_field Mbo-student Medewerker marketing & communicatie
nl H0 student_in_field Student Digitale Marketing – Hogeschool Lindenveld 📱
nl H1 owner_small_business Oprichtster van Stekjesbar, kleine plantenwinkel + webshop in Utrecht 🪴
nl H1 owner_small_business Eigenaar & oprichter van Lijstenmakerij Kader & Co – inlijsten op maat
nl H1 owner_small_business Ik begon Sokkenkast.nl, een kleine webshop voor vrolijke sokken 🧦
nl H1 owner_small_business Medeoprichter van Yogastudio Ademruimte in Haarlem
nl - exec_other_field Financieel directeur | Zuivelhoeve Vlietland
nl - exec_other_field Operationeel directeur bij Tulpenhof Tuincentra
nl - exec_other_field Technisch directeur – Kadewerf Jachtbouw
nl - exec_other_field HR-directeur | Stroomwijs
nl - recruiter Recruiter marketing & communicatie | Wervingsbureau Tijdgeest
nl - recruiter Corporate recruiter bij Verzekeraar Dijkstroom | We zoeken jou!
nl - owner_big_corp Oprichter en CEO van Vanderhorst Groep – 7.000 medewerkers in 12 landen
nl - owner_big_corp Medeoprichter & bestuursvoorzitter van Snelpak Bezorging (15.000 bezorgers)
nl - staff_in_field Marketingmedewerker bij Tulpenhof Tuincentra
nl - staff_in_field Online marketeer | SEA & analytics | Stroomwijs
nl - staff_in_field Communicatieadviseur bij de gemeente Vliethoven
nl - staff_in_field Junior contentmarketeer bij Zuivelhoeve Vlietland
nl - student_other_field Student Werktuigbouwkunde (hbo)
nl - student_other_field Geneeskundestudent | Universiteit van Oosterwijk
nl - teacher_in_field Docent online marketing aan de Hogeschool Zeeburg
nl - peer Campagnespecialist bij bureau Klikvast
nl - other_job Zaterdaghulp bij de bakker om de hoek
nl - other_job Vrachtwagenchauffeur internationaal transport
"""

# ---------------------------------------------------------------------------
# 2. dentaire  (H0 jeunes chirurgiens-dentistes récemment diplômés,
#               H1 assistantes et assistants dentaires,
#               M0 dentistes titulaires de leur propre cabinet)
# ---------------------------------------------------------------------------
ROWS["dentaire"] = """
# --- fr
fr H0 graduate_in_field Chirurgienne-dentiste diplômée en juillet 2025 | Remplaçante en Bretagne 🦷
fr H1 assistant_in_field Assistante dentaire qualifiée – Cabinet des Dr Morvan & Ricard
fr H1 assistant_in_field Assistant dentaire (oui, un homme !) au cabinet du Dr Lemerle
fr M0 owner_in_field Chirurgien-dentiste titulaire de mon cabinet à Angers depuis 2011
fr M0 owner_in_field Dentiste – titulaire du Cabinet dentaire des Remparts (2 fauteuils)
fr - student_in_field Étudiant en 6e année d'odontologie | Faculté de Brévanne
fr - senior_in_field Chirurgien-dentiste collaborateur | 18 ans d'exercice
fr - other_role_in_field Prothésiste dentaire – laboratoire Dentallis
fr - other_role_in_field Secrétaire médicale en cabinet dentaire
fr - assistant_other_field Assistante vétérinaire (ASV) – Clinique des Saules
# --- en
en H0 graduate_in_field Newly qualified dentist | BDS 2025 | Foundation Dentist in Norwich
en H1 assistant_in_field Dental Nurse at Millbrook Dental Practice | GDC registered
en M0 owner_in_field Principal dentist & practice owner, Ashby Smile Studio
en M0 owner_in_field Dentist and owner of my own practice in Cork since 2016 | Implants
en - student_in_field Dental student (BDS year 4) | University of Westerleigh
en - other_role_in_field Dental Hygienist & Therapist | Perio focus
en - senior_in_field Associate dentist, 25 years in NHS & private practice
en - owner_big_corp CEO of Brightbite Dental Group (140 clinics) | ex-private equity
en - graduate_other_field Newly qualified pharmacist | MPharm 2025
en - other_role_in_field Practice Manager at Millbrook Dental Practice
# --- es
es H0 graduate_in_field Odontóloga recién graduada (promoción 2025) | Buscando mi primera clínica
es H1 assistant_in_field Auxiliar de clínica dental en Clínica Dental Almendro
es H1 assistant_in_field Auxiliar dental | Ortodoncia | Clínica Bravo 😁
es M0 owner_in_field Odontólogo y propietario de Clínica Dental Lavanda | Implantología
es - student_in_field Estudiante de 5º de Odontología – Universidad de Almenara
es - other_role_in_field Higienista dental | Clínica Dental Almendro
es - senior_in_field Odontóloga asalariada en una cadena de clínicas | 15 años de experiencia
es - other_role_in_field Protésico dental con laboratorio propio
es - recruiter Reclutadora sector sanitario | Odontólogos y auxiliares
es - graduate_other_field Fisioterapeuta recién graduado
# --- de
de H0 graduate_in_field Zahnärztin | Approbation 2025 | Vorbereitungsassistentin in Regensburg
de H1 assistant_in_field Zahnmedizinische Fachangestellte (ZFA) in einer Landzahnarztpraxis
de M0 owner_in_field Zahnarzt in eigener Praxis – Praxis am Lindenplatz, Fulda
de M0 owner_in_field Inhaberin der Zahnarztpraxis Dr. Kessler | Zahnärztin | Ästhetische Zahnheilkunde
de - student_in_field Zahnmedizinstudent im 8. Semester | Staatsexamen 2027
de - senior_in_field Angestellter Zahnarzt in einem MVZ | seit 2004 im Beruf
de - other_role_in_field Zahntechnikermeister | Dentallabor Weißgrund
de - other_role_in_field Dentalhygienikerin (DH) | Parodontologie
de - assistant_other_field Medizinische Fachangestellte (MFA) in einer Hausarztpraxis
de - other_role_in_field Außendienst Dentalprodukte | Implantatsysteme
# --- it
it H0 graduate_in_field Neolaureata in Odontoiatria e Protesi Dentaria | Abilitata 2025
it H1 assistant_in_field ASO – Assistente di Studio Odontoiatrico presso Studio Dentistico Ferrante
it H1 assistant_in_field Assistente alla poltrona da 6 anni | studio dentistico a Pescara
it M0 owner_in_field Odontoiatra, titolare dello Studio Dentistico Belcolle
it - student_in_field Studente di Odontoiatria al 5° anno – Università di Montalbano
it - senior_in_field Dentista collaboratore in più studi | 20 anni di esperienza
it - other_role_in_field Igienista dentale | Libera professionista
it - other_role_in_field Odontotecnico titolare di laboratorio
it - exec_other_org Direttore sanitario di una catena di centri dentali (45 sedi)
it - other_job Segretaria in un poliambulatorio medico
# --- pt
pt H0 graduate_in_field Médica dentista recém-formada | Mestrado Integrado em Medicina Dentária 2025
pt H1 assistant_in_field Assistente dentária na Clínica Dentária Alvalade Norte
pt H1 assistant_in_field Auxiliar de saúde bucal (ASB) | Consultório odontológico em Recife
pt M0 owner_in_field Cirurgião-dentista e dono do meu consultório em Campinas
pt M0 owner_in_field Médico dentista | Proprietário da Clínica Dentária Ribeirinha
pt - student_in_field Estudante de Medicina Dentária, 4.º ano
pt - other_role_in_field Técnica de prótese dentária | Laboratório Molar
pt - senior_in_field Médica dentista em hospital público | 22 anos de carreira
pt - other_role_in_field Higienista oral
pt - other_job Assistente administrativa numa clínica veterinária
# --- nl
nl H0 graduate_in_field Net afgestudeerd tandarts (2025) | op zoek naar een fijne praktijk
nl H1 assistant_in_field Tandartsassistente bij Tandartspraktijk De Molenkade
nl H1 assistant_in_field Gediplomeerd tandartsassistent (m) | Mondzorgcentrum Eemhaven
nl M0 owner_in_field Tandarts-praktijkhouder | Tandartspraktijk Bloemendijk
nl - student_in_field Student tandheelkunde (master, jaar 2)
nl - other_role_in_field Mondhygiënist | Preventie & parodontologie
nl - senior_in_field Tandarts met 30 jaar ervaring, werkzaam als waarnemer
nl - other_role_in_field Praktijkmanager tandartspraktijk
nl - owner_other_field Fysiotherapeut & praktijkhouder | Fysio Zuidwal
nl - recruiter Recruiter mondzorg | Tandartsen & assistenten gezocht
"""

# ---------------------------------------------------------------------------
# 3. solar  (H0 instaladores fotovoltaicos que trabajan como autónomos,
#            H1 estudiantes de FP de energías renovables,
#            M0 jefes de compras de distribuidores de material eléctrico)
# ---------------------------------------------------------------------------
ROWS["solar"] = """
# --- es
es H0 selfemployed_in_field Instalador fotovoltaico autónomo en la Vega Baja ☀️ | Autoconsumo residencial
es H0 selfemployed_in_field Autónoma | Montaje de placas solares en tejados de Murcia y Alicante
es H1 student_in_field Estudiante de FP de Grado Superior en Energías Renovables – IES Los Almendros
es M0 buyer_in_field Jefe de Compras en Suministros Eléctricos Garrigós (distribución de material eléctrico)
es - employed_in_field Técnico instalador de placas solares en Helionor Energía (plantilla de 900 personas)
es - student_other_org Estudiante de Grado en Ingeniería de la Energía – Universidad de Castilmar
es - selfemployed_other_field Fontanero autónomo | Reformas de baños
es - buyer_other_org Jefa de Compras en Supermercados Olmedo
es - other_role_in_field Comercial técnico en un distribuidor de material eléctrico
es - teacher_in_field Profesor de FP en el ciclo de Energías Renovables
# --- fr
fr H0 selfemployed_in_field Artisan installateur photovoltaïque – RGE QualiPV | Entreprise individuelle
fr H0 selfemployed_in_field À mon compte depuis 2022 : pose de panneaux solaires chez les particuliers 🔆
fr H1 student_in_field Élève en bac pro ICCER (installateur en chauffage, climatisation et énergies renouvelables)
fr M0 buyer_in_field Directeur des achats – Comptoir Électrique du Sud-Ouest (distributeur de matériel électrique)
fr - employed_in_field Technicien poseur de panneaux solaires, salarié chez Solvéo Énergies
fr - student_other_org Élève ingénieur en énergies renouvelables – École nationale d'ingénieurs de Valmorel
fr - selfemployed_other_field Électricien à mon compte | Dépannage & rénovation
fr - staff_in_field Assistante achats chez un distributeur de matériel électrique
fr - exec_other_field Directeur commercial – distributeur de matériel électrique
fr - recruiter Chargée de recrutement – métiers des énergies renouvelables
# --- en
en H0 selfemployed_in_field Self-employed solar PV installer | MCS certified | Devon & Cornwall
en H0 selfemployed_in_field Sole trader – I fit solar panels & home batteries ⚡🔋
en H1 student_in_field Student on a BTEC Level 3 in Renewable Energy Technologies at Greyhaven College
en M0 buyer_in_field Purchasing Manager at Voltmere Electrical Wholesale
en - employed_in_field Solar installation engineer at Brightgrid Energy (2,000 employees)
en - student_other_org MEng Renewable Energy Engineering student at University of Fenmoor
en - buyer_other_org Head of Procurement | Norland Rail
en - other_role_in_field Branch Manager, Voltmere Electrical Wholesale
en - selfemployed_other_field Self-employed roofer | Slate & tile
en - teacher_in_field Lecturer in Renewable Energy at Greyhaven College
# --- de
de H0 selfemployed_in_field Selbstständiger Solarteur | PV-Anlagen & Speicher im Allgäu
de H1 student_in_field Schülerin an der Fachschule für Technik – Fachrichtung Erneuerbare Energien
de M0 buyer_in_field Einkaufsleiterin bei Ströhm Elektrogroßhandel
de M0 buyer_in_field Leiter Einkauf | Elektro-Fachgroßhandel Brennecke & Söhne
de - employed_in_field Monteur PV-Anlagen (angestellt) bei der Sonnwerk AG
de - student_other_org Student Regenerative Energiesysteme (B.Eng.) an der Hochschule Rhöntal
de - staff_in_field Junior-Einkäufer im Elektrogroßhandel
de - buyer_other_org Einkaufsleiter Lebensmitteleinzelhandel | Frischmarkt Kaiser
de - selfemployed_other_field Selbstständiger Fliesenleger
de - student_other_field Schüler an der Berufsfachschule für Kinderpflege
# --- it
it H0 selfemployed_in_field Installatore di impianti fotovoltaici – ditta individuale | Puglia
it H0 selfemployed_in_field Lavoro in proprio: montaggio pannelli solari e pompe di calore
it H1 student_in_field Studente ITS Academy – Tecnico superiore per le energie rinnovabili
it H1 student_in_field Allieva del corso IeFP "Operatore elettrico – impianti fotovoltaici"
it M0 buyer_in_field Responsabile Ufficio Acquisti presso Elettroforniture Baldini (distribuzione materiale elettrico)
it - employed_in_field Tecnico installatore fotovoltaico dipendente presso Enersole S.p.A.
it - student_other_org Studentessa di Ingegneria Energetica – Politecnico di Valdora
it - buyer_other_org Responsabile Acquisti in un'azienda di arredamento
it - other_role_in_field Agente di commercio per materiale elettrico
it - teacher_in_field Docente di Elettrotecnica in un istituto professionale
# --- pt
pt H0 selfemployed_in_field Instalador de painéis solares por conta própria | Alentejo
pt H1 student_in_field Aluno do curso profissional de Técnico de Energias Renováveis – Escola Profissional do Sado
pt H1 student_in_field Aluna do curso técnico em Sistemas de Energia Renovável – SENAI
pt M0 buyer_in_field Diretora de Compras | Distribuidora de material elétrico Eletrovouga Lda.
pt - employed_in_field Técnico instalador fotovoltaico na Lusosol Energia (empresa com 600 trabalhadores)
pt - student_other_org Estudante de Engenharia de Energias Renováveis – Universidade de Alvorada
pt - staff_in_field Comprador júnior | Distribuidora de material elétrico
pt - selfemployed_other_field Canalizador por conta própria
pt - other_role_in_field Consultor comercial de energia solar | Lusosol Energia
pt - buyer_other_org Gerente de compras | Rede de farmácias Saúde Mais
# --- nl
nl H0 selfemployed_in_field Zzp'er zonnepanelenmonteur | Friesland & Groningen
nl H0 selfemployed_in_field Eenmanszaak als zonnepaneleninstallateur | Brabant ☀️
nl H1 student_in_field Student mbo Eerste Monteur Elektrotechniek – uitstroom duurzame energie (zonnepanelen)
nl M0 buyer_in_field Hoofd Inkoop bij Elektrogroothandel Van Wijlen
nl - employed_in_field Monteur zonnepanelen in loondienst bij Zonnekracht Installatie BV
nl - student_other_org Masterstudent Sustainable Energy Technology, Technische Universiteit Zuidwaard
nl - buyer_other_org Hoofd inkoop | Ziekenhuis Rijnoever
nl - other_role_in_field Magazijnmanager bij Elektrogroothandel Van Wijlen
nl - teacher_in_field Docent duurzame energie op het mbo
nl - recruiter Recruiter techniek | Zonnepanelenmonteurs gezocht!
"""

# ---------------------------------------------------------------------------
# 4. redazione  (H0 giornalisti praticanti e redattori junior,
#                H1 studenti di giornalismo,
#                M0 direttori e caporedattori di quotidiani locali)
# ---------------------------------------------------------------------------
ROWS["redazione"] = """
# --- it
it H0 trainee_in_field Giornalista praticante alla Gazzetta del Serchio
it H0 junior_in_field Redattore junior – desk cronaca | Gazzetta del Serchio
it H1 student_in_field Studentessa del Master in Giornalismo – Scuola di giornalismo di Castelverde
it M0 exec_in_field Direttore responsabile de "Il Corriere di Montebruno", quotidiano locale
it M0 exec_in_field Caporedattrice | La Voce di Rocca, quotidiano della provincia
it - senior_in_field Giornalista professionista, inviato dal 1995
it - exec_other_org Direttrice di "Moda&Stile", mensile nazionale di moda
it - junior_other_field Junior copywriter in agenzia pubblicitaria
it - student_other_field Studente di Lettere moderne
it - other_role_in_field Addetta all'ufficio stampa del Comune di Montebruno
# --- fr
fr H0 junior_in_field Journaliste junior – L'Éveil de Saint-Flour | Faits divers & sports
fr H1 student_in_field Étudiante en master journalisme | École de journalisme de Brévanne
fr H1 student_in_field Étudiant en BUT Journalisme (IUT de Merlac) 🎤
fr M0 exec_in_field Rédacteur en chef du Courrier de Vaubécourt, quotidien local
fr - senior_in_field Grand reporter, 25 ans de terrain
fr - exec_other_org Rédactrice en chef d'un magazine national de décoration
fr - other_role_in_field Chargée de communication & relations presse | Conseil départemental
fr - other_role_in_field Responsable commerciale publicité – Le Courrier de Vaubécourt
fr - teacher_in_field Enseignante en école de journalisme
fr - student_other_field Étudiant en licence d'histoire
# --- en
en H0 junior_in_field Junior Reporter at the Kettleby Evening Echo | Courts & council
en H0 trainee_in_field Trainee journalist (NCTJ) at Fenland Daily News
en H1 student_in_field BA Journalism student | University of Ashcombe | Student radio
en M0 exec_in_field Editor-in-chief, The Harrowgate Courier (daily local newspaper)
en - exec_other_org Editor-in-chief, Voltage — national tech magazine
en - senior_in_field Chief Political Correspondent | 20 years in Westminster
en - staff_in_field Sub-editor at the Kettleby Evening Echo
en - junior_other_field Junior PR Executive at Hawkline Communications
en - student_other_field Film Studies student | Short docs & screenwriting
en - teacher_in_field Senior Lecturer in Journalism | University of Ashcombe
# --- es
es H0 junior_in_field Redactora junior en la sección de Local – Diario Ribera
es H1 student_in_field Estudiante de Periodismo | Universidad de Almazara 🎙️
es M0 exec_in_field Director de El Heraldo de Almenara, diario local
es M0 exec_in_field Redactor jefe en La Crónica de Villamora, diario local
es - exec_other_org Director de Radio Villamora (emisora local)
es - senior_in_field Periodista con 28 años de oficio | Columnista
es - other_role_in_field Técnico de comunicación en el Ayuntamiento de Villamora
es - student_other_field Estudiante de Comunicación Audiovisual
es - teacher_in_field Profesor de Periodismo Digital en la Universidad de Almazara
es - recruiter Selección de perfiles editoriales y de contenidos | Talento Media
# --- de
de H0 trainee_in_field Volontärin | Lahntaler Tagblatt
de H0 junior_in_field Junior-Redakteur Lokales | Lahntaler Tagblatt
de H1 student_in_field Journalistik-Studentin (B.A.) | Universität Eichstal
de H1 student_in_field Journalistenschüler | Journalistenschule Isarbrück
de M0 exec_in_field Chefredakteur der Kreiszeitung Hallertal (Tageszeitung)
de - exec_other_org Chefredakteurin eines bundesweiten Wirtschaftsmagazins
de - senior_in_field Redakteur im Lokalressort seit 2009 | Kreiszeitung Hallertal
de - junior_other_field Junior Content Managerin | Onlineshop für Wohnaccessoires
de - other_role_in_field Pressesprecherin | Landratsamt Hallertal
de - student_other_field Studentin der Germanistik
# --- pt
pt H0 trainee_in_field Jornalista estagiário | Correio de Ribamar
pt H1 student_in_field Estudante de Jornalismo – Universidade de Alvorada
pt M0 exec_in_field Diretora do Diário de Serrado, jornal diário local
pt M0 exec_in_field Editor-chefe da Gazeta de Itapoá, diário local de Santa Catarina
pt - exec_other_org Diretor de redação de uma revista nacional de automóveis
pt - senior_in_field Repórter sénior | 20 anos de imprensa
pt - junior_other_field Redatora publicitária júnior | Agência Clique Norte
pt - student_other_field Estudante de Cinema
pt - teacher_in_field Professor de Jornalismo na Universidade de Alvorada
pt - other_role_in_field Assessora de imprensa | Câmara Municipal de Serrado
# --- nl
nl H0 junior_in_field Junior verslaggever bij Het Vlietdal Dagblad
nl H1 student_in_field Student Journalistiek (hbo) | Hogeschool Zeeburg
nl H1 student_in_field Masterstudent Journalistiek & Nieuwe Media | Universiteit van Oosterwijk
nl M0 exec_in_field Hoofdredacteur van Het Vlietdal Dagblad, lokaal dagblad
nl - exec_other_org Hoofdredacteur van Fietsblad, landelijk maandblad
nl - senior_in_field Verslaggever met 30 jaar ervaring | Misdaad & rechtbank
nl - junior_other_field Junior communicatieadviseur bij de Provincie
nl - other_role_in_field Fotograaf bij Het Vlietdal Dagblad
nl - student_other_field Student Geschiedenis
nl - recruiter Recruiter media & uitgeverij
"""

# ---------------------------------------------------------------------------
# 5. psychotherapie  (H0 Psychotherapeutinnen und Psychotherapeuten in Ausbildung,
#                     H1 Gründerinnen und Gründer psychotherapeutischer Privatpraxen,
#                     M0 Chefärztinnen und Chefärzte psychiatrischer Kliniken)
# ---------------------------------------------------------------------------
ROWS["psychotherapie"] = """
# --- de
de H0 trainee_in_field Psychologin (M.Sc.) | Psychotherapeutin in Ausbildung (PiA), Verhaltenstherapie
de H0 trainee_in_field PiA Tiefenpsychologie – Ambulanz des Instituts Weserbogen
de H1 owner_in_field Psychologische Psychotherapeutin | 2023 eigene Privatpraxis in Freiburg gegründet
de M0 exec_in_field Chefarzt der Klinik für Psychiatrie, Psychotherapie und Psychosomatik | Klinikum Rhöntal
de M0 exec_in_field Chefärztin | Fachklinik für Suchtmedizin und Psychiatrie Haus Lindengrund
de - student_in_field Psychologie-Studentin (B.Sc.) im 5. Semester
de - senior_in_field Oberarzt Psychiatrie | Klinikum Rhöntal
de - exec_other_field Chefarzt Kardiologie | St.-Anna-Krankenhaus
de - exec_other_field Kaufmännischer Direktor | Psychiatrisches Zentrum Nordheide
de - owner_other_field Gründerin einer Physiotherapie-Praxis in Ulm
# --- fr
fr H0 trainee_in_field Psychologue clinicienne, en formation de psychothérapeute (TCC)
fr H1 owner_in_field Psychothérapeute – j'ai ouvert mon cabinet libéral à Nantes en 2022
fr H1 owner_in_field Fondatrice du cabinet de psychothérapie Respire, Bordeaux 🌿
fr M0 exec_in_field Psychiatre, cheffe de service – Centre hospitalier spécialisé des Tilleuls
fr - student_in_field Étudiante en Master 1 de psychologie clinique
fr - senior_in_field Psychiatre praticien hospitalier | CHU de Rivemont
fr - other_role_in_field Cadre de santé en psychiatrie
fr - owner_other_org Fondateur de Sérénia, appli de méditation et de bien-être mental
fr - trainee_other_field Sophrologue en formation
fr - exec_other_field Chef de service de chirurgie orthopédique | CHU de Rivemont
# --- en
en H0 trainee_in_field Trainee Psychotherapist (UKCP pathway) | Integrative | Placement at a community clinic
en H0 trainee_in_field Psychotherapist in training (final year) | Psychodynamic
en H1 owner_in_field Founder of Stillwater Therapy, my private psychotherapy practice in Bath
en M0 exec_in_field Clinical Director & Consultant Psychiatrist, Ravensworth Psychiatric Hospital
en - senior_in_field Specialty Doctor in Psychiatry | Ravensworth Psychiatric Hospital
en - student_in_field Psychology undergraduate (BSc, year 2)
en - owner_other_org Co-founder of Mindlane, a mental-health app (Series A)
en - exec_other_field Head of Paediatrics at St Wilfrid's Hospital
en - recruiter Recruitment Consultant – Mental Health | Psychiatrists & therapists
en - staff_in_field Psychotherapist employed at an NHS talking-therapies service
# --- es
es H0 trainee_in_field Psicoterapeuta en formación | Máster en Psicoterapia Sistémica
es H1 owner_in_field Psicóloga sanitaria y fundadora de mi propia consulta privada de psicoterapia en Valencia
es M0 exec_in_field Jefa de Servicio de Psiquiatría | Hospital Psiquiátrico de Valdelobos
es M0 exec_in_field Jefe de Psiquiatría en Clínica Psiquiátrica Los Olmos
es - student_in_field Estudiante de 4º de Psicología
es - senior_in_field Psiquiatra adjunta | Hospital Psiquiátrico de Valdelobos
es - owner_other_field Fundador de un centro de fisioterapia y pilates
es - other_role_in_field Enfermera especialista en salud mental
es - exec_other_field Jefe de Servicio de Traumatología
es - trainee_other_field Coach en formación | Programación neurolingüística
# --- it
it H0 trainee_in_field Specializzanda in psicoterapia cognitivo-comportamentale | Psicologa
it H0 trainee_in_field Psicologo, allievo di una scuola di specializzazione in psicoterapia sistemico-relazionale
it H1 owner_in_field Psicoterapeuta, ho aperto il mio studio privato a Bologna nel 2024
it M0 exec_in_field Primaria di Psichiatria presso la Clinica psichiatrica Villa Gelsomini
it - student_in_field Studentessa di Psicologia clinica (laurea magistrale)
it - senior_in_field Dirigente medico psichiatra
it - exec_other_field Primario di Cardiologia
it - owner_other_org Fondatrice di una piattaforma online di psicologia (start-up)
it - staff_in_field Psicoterapeuta presso l'ASL, servizio di salute mentale
it - other_job Educatrice in comunità per minori
# --- pt
pt H0 trainee_in_field Psicóloga | Psicoterapeuta em formação (terapia cognitivo-comportamental)
pt H1 owner_in_field Psicoterapeuta – fundei o meu consultório privado no Porto
pt H1 owner_in_field Fundador do consultório de psicoterapia Margem, em São Paulo
pt M0 exec_in_field Diretora do Serviço de Psiquiatria | Hospital Psiquiátrico de São Brás
pt - student_in_field Estudante de Psicologia (3.º ano)
pt - senior_in_field Médica psiquiatra | Assistente hospitalar graduada
pt - exec_other_field Diretor do Serviço de Ortopedia
pt - other_role_in_field Enfermeiro especialista em saúde mental e psiquiátrica
pt - owner_other_org Cofundadora de uma app de terapia online
pt - recruiter Recrutadora | Saúde e bem-estar
# --- nl
nl H0 trainee_in_field Psychotherapeut in opleiding | Ggz Vlietstroom
nl H1 owner_in_field Psychotherapeut & oprichter van mijn eigen vrijgevestigde praktijk in Leiden
nl M0 exec_in_field Geneesheer-directeur | Psychiatrisch Ziekenhuis Hoogveld
nl M0 exec_in_field Hoofd afdeling psychiatrie, Psychiatrisch Centrum Den Eik
nl - student_in_field Student psychologie (bachelor, jaar 3)
nl - senior_in_field Psychiater | Psychiatrisch Ziekenhuis Hoogveld
nl - exec_other_field Afdelingshoofd cardiologie | Ziekenhuis Rijnoever
nl - other_role_in_field Sociaal-psychiatrisch verpleegkundige (SPV)
nl - owner_other_field Oprichter van een diëtistenpraktijk
nl - trainee_other_field Kinderarts in opleiding (AIOS)
"""

# ---------------------------------------------------------------------------
# 6. biolandbouw  (H0 biologische boeren en tuinders,
#                  H1 studenten landbouw of tuinbouw,
#                  M0 inkopers bij biologische groothandels)
# ---------------------------------------------------------------------------
ROWS["biolandbouw"] = """
# --- nl
nl H0 farmer_in_field Biologisch melkveehouder | 70 koeien in de Vlietpolder 🐄
nl H0 farmer_in_field Biologisch groenteteler | Zelfoogsttuin De Bonte Bedden
nl H1 student_in_field Student Tuinbouw & Akkerbouw – Agrarische Hogeschool Dronthe
nl H1 student_in_field Mbo-student akkerbouw & vollegrondsteelt | Groen College Oosterwijk
nl M0 buyer_in_field Inkoper groente & fruit bij Bioverde, biologische groothandel
nl - farmer_other_org Gangbare akkerbouwer in de Flevopolder
nl - buyer_other_org Inkoper zuivel bij supermarktketen Daalder
nl - other_role_in_field Accountmanager verkoop bij Bioverde, biologische groothandel
nl - student_other_field Student Voeding & Diëtetiek
nl - teacher_in_field Docent akkerbouw aan de Agrarische Hogeschool Dronthe
# --- fr
fr H0 farmer_in_field Maraîchère en agriculture biologique | Vente directe en AMAP
fr H0 farmer_in_field Éleveur de chèvres en bio, fromager à la ferme 🐐
fr H1 student_in_field Étudiant en BTSA Agronomie et cultures durables
fr M0 buyer_in_field Acheteuse fruits et légumes chez Natura Grossiste Bio (grossiste en produits biologiques)
fr - farmer_other_org Céréalier en agriculture conventionnelle, 400 ha
fr - buyer_other_org Acheteur produits frais dans un hypermarché
fr - other_role_in_field Conseillère en agriculture biologique | Chambre d'agriculture
fr - student_other_field Étudiante en école vétérinaire
fr - owner_other_org Gérante d'une épicerie bio en centre-ville
fr - teacher_in_field Enseignant en agronomie au lycée agricole
# --- en
en H0 farmer_in_field Organic arable farmer | Soil Association certified | Lincolnshire
en H0 farmer_in_field Certified organic market gardener 🥕 | Veg boxes for 120 local families
en H1 student_in_field BSc Agriculture student at Wyndham Agricultural College
en M0 buyer_in_field Buyer – fresh produce at GreenRoot Organic Wholesale
en - farmer_other_org Dairy farmer, 400 cows (conventional) | Cheshire
en - buyer_other_org Senior Buyer, Ambient Grocery | Halberd Supermarkets
en - other_role_in_field Warehouse Supervisor at GreenRoot Organic Wholesale
en - student_other_field Food Science & Nutrition student
en - other_role_in_field Field agronomist | Arable crop advice
en - recruiter Agricultural recruiter | Farm managers & herdspeople
# --- de
de H0 farmer_in_field Bio-Landwirt (Demeter) | Milchvieh & Ackerbau auf der Schwäbischen Alb
de H1 student_in_field Studentin der Agrarwissenschaften (M.Sc.) | Universität Hohenau
de H1 student_in_field Student Gartenbau (B.Sc.) | Hochschule Weihenau
de M0 buyer_in_field Einkäuferin Obst & Gemüse | Naturkost-Großhandel Erdreich
de - farmer_other_org Landwirt, konventioneller Ackerbau, 300 ha
de - buyer_other_org Einkäufer Fleisch & Wurst bei einem Lebensmitteldiscounter
de - other_role_in_field Vertriebsleiter | Naturkost-Großhandel Erdreich
de - student_other_field Student Lebensmitteltechnologie
de - other_job Bio-Bäckerin | Vollkornbäckerei Kornblume
de - teacher_in_field Berufsschullehrer für Landwirtschaft
# --- es
es H0 farmer_in_field Agricultor ecológico | Olivar y almendro en Jaén 🫒
es H0 farmer_in_field Hortelana ecológica certificada | Cestas de verdura de temporada
es H1 student_in_field Estudiante de Ingeniería Agrícola | Universidad de Castilmar
es M0 buyer_in_field Compradora de fruta y verdura en EcoMayorista Valle Verde (mayorista de productos ecológicos)
es - farmer_other_org Ganadero de porcino intensivo | 4.000 plazas
es - buyer_other_org Comprador de frescos en Supermercados Olmedo
es - other_role_in_field Inspectora de certificación ecológica
es - student_other_field Estudiante de Biología
es - teacher_in_field Profesora de Producción Agraria en un instituto de FP
es - owner_other_org Fundador de una cadena de tiendas ecológicas (18 tiendas)
# --- it
it H0 farmer_in_field Agricoltore biologico | Cereali antichi e legumi in Val d'Orcia
it H0 farmer_in_field Azienda agricola biologica Le Querce | Allevatrice e casara 🧀
it H1 student_in_field Studentessa di Scienze Agrarie – Università di Montalbano
it M0 buyer_in_field Buyer ortofrutta presso Biogrosso Distribuzione (grossista bio)
it - farmer_other_org Agricoltore – mais e soia, agricoltura convenzionale
it - buyer_other_org Buyer ortofrutta per una catena di discount
it - other_role_in_field Agronomo consulente | Coltivazioni biologiche
it - student_other_field Studente di Biotecnologie alimentari
it - teacher_in_field Docente di Agronomia – Istituto Tecnico Agrario
it - recruiter Selezione personale settore agroalimentare
# --- pt
pt H0 farmer_in_field Agricultora em modo de produção biológico | Hortícolas no Oeste
pt H1 student_in_field Estudante de Engenharia Agronómica – Escola Superior Agrária de Serrado
pt H1 student_in_field Estudante do curso técnico em Agropecuária – Instituto Federal
pt M0 buyer_in_field Compradora – Armazém Bio do Norte, grossista de produtos biológicos
pt - farmer_other_org Produtor de soja e milho | 2.000 hectares no Mato Grosso
pt - buyer_other_org Comprador de frescos numa cadeia de hipermercados
pt - other_role_in_field Motorista de distribuição | Armazém Bio do Norte
pt - student_other_field Estudante de Nutrição
pt - owner_other_org Dono de uma loja de produtos naturais
pt - teacher_in_field Professor de Horticultura numa escola profissional agrícola
"""

# ---------------------------------------------------------------------------
# 7. moda  (H0 estudantes de design de moda,
#           H1 costureiras e alfaiates que trabalham por conta própria,
#           M0 compradores e compradoras de boutiques independentes)
# ---------------------------------------------------------------------------
ROWS["moda"] = """
# --- pt
pt H0 student_in_field Estudante de Design de Moda – Escola de Artes de Ribamar
pt H0 student_in_field Graduando em Design de Moda | Coleção de TCC em andamento
pt H1 selfemployed_in_field Alfaiate por conta própria | Fatos por medida em Lisboa
pt H1 selfemployed_in_field Costureira autônoma | Ajustes e roupas sob medida em Belo Horizonte 🧵
pt M0 buyer_in_field Compradora da Boutique Alecrim, loja multimarca independente em Coimbra
pt - staff_other_org Costureira na fábrica de confeções Têxteis Ave (linha de produção)
pt - buyer_other_org Compradora de moda feminina numa cadeia de fast fashion com 300 lojas
pt - student_other_field Estudante de Marketing de Moda
pt - other_role_in_field Vendedora na Boutique Alecrim
pt - teacher_in_field Professora de Modelagem no curso de Design de Moda
# --- fr
fr H0 student_in_field Étudiante en stylisme-modélisme | École de mode de Valbourg
fr H1 selfemployed_in_field Couturière à mon compte | Retouches & créations sur mesure
fr H1 selfemployed_in_field Tailleur indépendant – costumes sur mesure, atelier à Lyon
fr M0 buyer_in_field Acheteuse pour Les Curieuses, boutique multimarque indépendante à Lille
fr - buyer_other_org Acheteuse prêt-à-porter femme dans un grand magasin parisien
fr - staff_other_org Couturière salariée dans l'atelier de retouches d'une enseigne nationale
fr - student_other_field Étudiant en design graphique
fr - other_role_in_field Styliste chez une marque de prêt-à-porter
fr - teacher_in_field Professeure de stylisme en école de mode
fr - recruiter Recruteuse – métiers de la mode et du luxe
# --- en
en H0 student_in_field BA (Hons) Fashion Design student | Final collection 2026 ✂️
en H1 selfemployed_in_field Self-employed dressmaker & bridal alterations | Cheltenham
en H1 selfemployed_in_field Independent bespoke tailor, working from my own studio
en M0 buyer_in_field Buyer for Thistle & Thread, an independent multi-brand boutique
en - buyer_other_org Buyer, Womenswear | Larkspur department stores (38 stores)
en - student_other_field Fashion Marketing & Branding student
en - staff_other_org Machinist at a garment factory | Knitwear
en - other_role_in_field Sales assistant at Thistle & Thread boutique
en - teacher_in_field Lecturer in Fashion Design | Northgate School of Art
en - owner_big_corp Founder & CEO, Corvane Apparel Group (1,200 stores)
# --- es
es H0 student_in_field Estudiante de Diseño de Moda – Escuela Superior de Diseño de Almenara
es H0 student_in_field Estudiante de Grado en Diseño de Moda y Patronaje 🧵
es H1 selfemployed_in_field Modista autónoma | Arreglos y confección a medida
es M0 buyer_in_field Compradora en Boutique Amapola, tienda multimarca independiente
es - buyer_other_org Compradora de moda hombre en una cadena de grandes almacenes
es - staff_other_org Costurera en un taller textil industrial
es - student_other_field Estudiante de Ingeniería Textil
es - other_role_in_field Dependienta en Boutique Amapola
es - teacher_in_field Profesor de Patronaje en la Escuela Superior de Diseño
es - recruiter Técnica de selección | Retail de moda
# --- de
de H0 student_in_field Modedesign-Studentin im 6. Semester | Modeschule Feldberg
de H1 selfemployed_in_field Maßschneiderin mit eigenem Atelier in Leipzig
de H1 selfemployed_in_field Selbstständiger Herrenschneider | Anzüge nach Maß
de M0 buyer_in_field Einkäuferin für die Boutique Fräulein Faden – unabhängiger Multibrand-Store
de - buyer_other_org Einkäuferin Damenoberbekleidung | Warenhauskette Hansa
de - staff_other_org Näherin (angestellt) in einer Textilfabrik
de - student_other_field Studentin Innenarchitektur
de - other_role_in_field Modedesignerin bei einem Sportartikelhersteller
de - teacher_in_field Dozent für Modedesign
de - selfemployed_other_field Schuhmacherin mit eigener Werkstatt
# --- it
it H0 student_in_field Studentessa di Fashion Design – Accademia di Moda di Castelverde
it H1 selfemployed_in_field Sarta con laboratorio proprio | Abiti da sposa su misura
it H1 selfemployed_in_field Sarto artigiano in proprio – giacche su misura a Napoli
it M0 buyer_in_field Buyer per Boutique Carmina, negozio multimarca indipendente a Verona
it M0 buyer_in_field Buyer donna – Spazio Lirio, boutique indipendente
it - buyer_other_org Buyer abbigliamento per una catena di outlet (200 punti vendita)
it - staff_other_org Sarta dipendente presso una maison di alta moda
it - student_other_field Studente di Design del prodotto
it - other_role_in_field Visual merchandiser presso Boutique Carmina
it - teacher_in_field Docente di modellistica
# --- nl
nl H0 student_in_field Student Mode & Design (hbo) | Kunstacademie Zeeburg
nl H1 selfemployed_in_field Zelfstandig kleermaker | Maatpakken in Amsterdam
nl H1 selfemployed_in_field Coupeuse met eigen naaiatelier (zzp) ✂️
nl M0 buyer_in_field Inkoper voor Boetiek Lint & Lof, onafhankelijke multimerkwinkel
nl - buyer_other_org Inkoper damesmode bij een warenhuisketen
nl - staff_other_org Naaister in loondienst bij een confectiefabriek
nl - student_other_field Student Fashion Marketing & Management
nl - other_role_in_field Verkoopster bij Boetiek Lint & Lof
nl - teacher_in_field Docent patroontekenen aan de modeacademie
nl - recruiter Recruiter fashion retail
"""


def resolve(owner_cfg, ref):
    if ref == "-":
        return 0, ""
    lists = {"H": owner_cfg["help_whom"], "M": owner_cfg["meet_whom"]}
    return 1, lists[ref[0]][int(ref[1:])]


def main():
    owners = tomllib.loads((HERE / "owners.toml").read_text(encoding="utf-8"))
    out = []
    for owner, block in ROWS.items():
        if owner not in owners:
            raise SystemExit(f"unknown owner {owner}")
        for n, line in enumerate(block.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 3)
            if len(parts) != 4:
                raise SystemExit(f"{owner} line {n}: malformed: {line!r}")
            lang, ref, kind, headline = parts
            match, phrase = resolve(owners[owner], ref)
            out.append([owner, headline.strip(), lang, match, phrase, kind])
    with open(HERE / "headlines.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["owner", "headline", "lang", "match", "phrase", "kind"])
        w.writerows(out)
    print(f"wrote {len(out)} rows to headlines.csv")


if __name__ == "__main__":
    main()
