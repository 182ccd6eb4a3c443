#!/usr/bin/env python3
"""Build headlines.csv from the hand-written rows below.

Each data line is:   lang  ref  kind  headline...
  lang     fr en es de it pt nl (main language of the headline)
  ref      "-" for no match, or H0/H1 (help_whom[i]) / M0/M1 (meet_whom[i])
           of that owner; the phrase text is copied from owners.toml so it
           cannot be mistyped.
  kind     short category (see check_headlines.py for the allowed list)
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
en M0 exec_in_field CMO @ Harbourlight Insurance | Brand, demand gen & customer insight
en M0 exec_in_field VP Marketing at Quillstone Software | B2B SaaS | ex-agency
en M0 exec_in_field Head of Marketing – Fernhill Organic Foods 🌱
en M0 exec_in_field Marketing Director EMEA | Calderbrook Appliances
en M0 exec_in_field Global Marketing Director | Consumer Health | Penwright Labs
en M0 exec_in_field Director of Marketing & Communications | Brightmoor College
en H0 student_in_field BA Communication & Media student at University of Northmere | looking for a summer internship
en H0 student_in_field MSc Digital Marketing candidate | Analytics, paid social, content 📈
en H0 student_in_field Journalism & Communication undergrad | Student ambassador
en H1 owner_small_business Founder of Crumb & Co, a neighbourhood bakery in Leeds 🥐
en H1 owner_small_business I founded Spoke Theory – a two-person bike repair & rental shop
en H1 owner_small_business Founder @ Mossy Thread | handmade knitwear webshop 🧶
en H1 owner_small_business Co-founder of Little Larder, a family-run deli & online shop
en - exec_other_field Sales Director UK & Ireland @ Tessaline Packaging
en - exec_other_field Art Director | Branding & packaging | Studio Oakvane
en - exec_other_field Technical Director at Brindle Games | C++ | engine architecture
en - exec_other_field Product Director – Payments | Corvex Bank
en - exec_other_field HR Director | People & Culture | Wexmoor Retail Group
en - recruiter Executive Headhunter | We place CMOs and Marketing Directors across Europe
en - recruiter Talent Acquisition Partner @ Blythe & Carrow | Hiring marketing talent
en - owner_big_corp CEO of Astermere Group (12,000 employees) | Board member
en - owner_big_corp Founder & Executive Chairman, Vantrell Logistics – 40 countries, 9,000 people
en - staff_in_field Social Media Executive at Pipkin Toys | TikTok & Reels
en - staff_in_field Marketing Assistant | Events & CRM | Greyfield Hotels
en - staff_in_field Content Marketing Specialist – SEO copy & newsletters
en - staff_in_field Junior Brand Manager @ Fizzbolt Drinks
en - student_other_field Mechanical Engineering student @ Univ. of Dunmore | Formula Student team
en - student_other_field Law student | Moot court | aspiring barrister
en - other_job Staff nurse, cardiology ward | NHS
en - peer SEO consultant at Brightline Digital (agency) | Technical audits & link building
en - other_role_in_field Lecturer in Digital Marketing at Kestrel Business School
# --- fr
fr M0 exec_in_field Directrice marketing & communication chez Maison Vellane | Cosmétique naturelle
fr M0 exec_in_field Directeur Marketing France – Groupe Orvalis 🍫
fr M0 exec_in_field CMO @ Pilotis – logiciel RH | Growth & marque employeur
fr M0 exec_in_field Head of Marketing chez Lunasol Voyages | Acquisition & CRM
fr M0 exec_in_field Directrice Marketing & Digital | Retail | Chez Brocéliane Déco
fr H0 student_in_field Étudiante en Information-Communication à l'Université de Rivemont
fr H0 student_in_field Étudiant en BUT MMI, option communication numérique | En recherche d'alternance
fr H0 student_in_field Master 2 Marketing digital – en alternance chez une agence web
fr H1 owner_small_business Boulangère et fondatrice de La Mie de Lou 🥖 | Pain au levain
fr H1 owner_small_business Fondateur de Cycles Barnabé, atelier vélo & boutique à Nantes 🚲
fr H1 owner_small_business J'ai créé Pépite & Coton, e-shop de vêtements bébé en coton bio
fr H1 owner_small_business Cofondatrice d'une petite épicerie vrac – Le Bocal Malin
fr H1 owner_small_business Fleuriste & fondatrice de l'atelier Pivoine et Paille 🌸
fr - exec_other_field Directeur commercial grands comptes – Ferrovia Industrie
fr - exec_other_field Directrice artistique | Identité visuelle | Studio Quartz
fr - exec_other_field DRH | Groupe Hélianthe | Transformation RH
fr - exec_other_field Directeur technique (CTO) chez Nuagerie
fr - exec_other_field Directrice des ventes Europe du Sud | Solvane Pharma
fr - exec_other_field Directeur produit – Plateforme e-commerce Kalyo
fr - recruiter Chasseuse de têtes – recrutement de directeurs marketing et digital
fr - recruiter Chargé de recrutement @ Interlude Conseil | Profils commerciaux
fr - owner_big_corp PDG du groupe Castelvin – 8 000 collaborateurs
fr - staff_in_field Chargée de marketing digital chez Opaline Assurances
fr - staff_in_field Community manager | TikTok, Instagram | #food 🍰
fr - staff_in_field Assistante chef de produit marketing – Laboratoires Sorelle
fr - student_other_field Étudiant en 3e année de médecine | Lyon
fr - student_other_field Étudiante en BTS Comptabilité et Gestion
fr - student_other_field Élève ingénieur en génie civil – École d'ingénieurs de Valmont
fr - other_job Infirmière de bloc opératoire | CHU
fr - peer Consultante SEO en agence | Netlinking & audits
fr - other_role_in_field Enseignante en marketing digital – IUT de Bellecombe
# --- es
es M0 exec_in_field Directora de Marketing en Olivares del Sur | Gran consumo
es M0 exec_in_field CMO | Fintech | Pagalia
es M0 exec_in_field Jefe de Marketing @ Calzados Brezo 👟
es M0 exec_in_field Directora de Marketing y Comunicación – Hoteles Marenca
es M0 exec_in_field Directora de Marketing LATAM | Grupo Vendara | Brand & Performance
es H0 student_in_field Estudiante de Publicidad y RRPP en la Universidad de Castromar
es H0 student_in_field Estudiante de Máster en Marketing Digital y Redes Sociales
es H0 student_in_field Estudiante de Grado en Comunicación en la Universidad de Alborán | Prácticas en agencia
es H1 owner_small_business Fundadora de La Tahona de Inés, panadería artesana 🍞
es H1 owner_small_business Fundé Bicis Ruedalibre, taller y tienda de bicis en Valencia 🚴
es H1 owner_small_business Fundador de una tienda online de cerámica hecha a mano – Barro y Sal
es H1 owner_small_business Cofundadora de Quesos Pradillo, pequeña quesería familiar
es H1 owner_small_business Creé mi propia peluquería de barrio hace 5 años ✂️ | Fundadora de Tijera Fina
es - exec_other_field Director Comercial | Sector alimentación | Conservas Marejada
es - exec_other_field Directora de Arte en agencia creativa Lumbre
es - exec_other_field Director de RRHH – Grupo Torrealba
es - exec_other_field Director de Operaciones | Logística última milla
es - exec_other_field Director Financiero (CFO) en Cervezas Alcor
es - recruiter Headhunter especializada en perfiles de Dirección de Marketing | Búsqueda directa
es - recruiter Técnico de selección en ETT Trabajalia
es - owner_big_corp Consejero delegado de Inmobiliaria Cantábrica (cotizada, 3.000 empleados)
es - staff_in_field Técnica de Marketing Digital | SEM & Google Ads
es - staff_in_field Social Media Manager en Helados Nube 🍦
es - staff_in_field Ejecutivo de cuentas en agencia de publicidad
es - staff_in_field Coordinadora de eventos de marketing | Ferias y congresos
es - student_other_field Estudiante de Ingeniería Informática | Python | Hackathons
es - student_other_field Estudiante de Enfermería – 3.º curso
es - student_other_field Estudiante de Derecho y ADE
es - other_job Fisioterapeuta deportivo | Clínica Movimiento
es - peer Consultor SEO en la agencia Impulso Digital
es - other_role_in_field Profesora de Marketing Digital en escuela de negocios
# --- de
de M0 exec_in_field Marketingleiterin bei Brennholt Küchen GmbH
de M0 exec_in_field Leiter Marketing & Kommunikation | Stadtwerke Ellingen
de M0 exec_in_field CMO @ Kontorly | B2B SaaS | Ex-Agentur
de M0 exec_in_field Head of Marketing DACH bei Velomira
de M0 exec_in_field Marketingdirektor | Konsumgüter | Hallenfeld AG
de M0 exec_in_field Marketingleitung | Fahrradbranche | Zweirad Sommer GmbH
de H0 student_in_field Studentin Medienwissenschaft an der Uni Grünau
de H0 student_in_field Student Kommunikationswissenschaft (B.A.) | Werkstudent Social Media
de H0 student_in_field Masterstudentin Digital Marketing | Hochschule Rabenfels
de H1 owner_small_business Gründerin von Brotzeit Liesl – kleine Biobäckerei im Allgäu 🥨
de H1 owner_small_business Gründer & Inhaber von Radwerk Kessler – Fahrradladen & Werkstatt
de H1 owner_small_business Ich habe Wollwerk gegründet – Onlineshop für Strickgarne 🧶
de H1 owner_small_business Gründerin eines kleinen Unverpackt-Ladens in Kassel
de - exec_other_field Vertriebsleiter DACH | Medizintechnik
de - exec_other_field Art Director bei der Agentur Blaupause
de - exec_other_field Technischer Leiter | Maschinenbau | Brückner & Sohn
de - exec_other_field Personalleiterin | HR Business Partner | Rosental Gruppe
de - exec_other_field Geschäftsführer Finanzen (CFO) | Hartmoor Logistik
de - recruiter Personalberater | Executive Search für Marketing- und Vertriebsleiter
de - recruiter Recruiterin bei Jobbrücke | IT & Marketing
de - owner_big_corp Vorstandsvorsitzender der Eichbach Versicherung AG
de - owner_big_corp Gründer und CEO der Feldweg Group – 6.500 Mitarbeitende weltweit
de - staff_in_field Marketing Referentin bei Lindholz Möbel
de - staff_in_field Online-Marketing-Managerin | SEA & SEO
de - staff_in_field Junior Produktmanagerin Marketing | Haushaltswaren
de - student_other_field Student Maschinenbau | TU Lindenau
de - student_other_field Jurastudentin im 5. Semester
de - student_other_field Studentin Humanmedizin | Famulatur Chirurgie
de - other_job Steuerfachangestellte bei einer Kanzlei in Bremen
de - peer Social-Media-Beraterin bei der Agentur Funkenflug
de - other_role_in_field Dozent für Online-Marketing an der IHK-Akademie
# --- it
it M0 exec_in_field Responsabile Marketing presso Oleificio Serrani
it M0 exec_in_field Direttrice Marketing presso Calzaturificio Bertani
it M0 exec_in_field Marketing Director Italia @ Dolcemare S.p.A. | Dolciario
it M0 exec_in_field CMO | Startup foodtech | Gustami
it M0 exec_in_field Direttore Marketing e Comunicazione – Cantine Ferlaro
it H0 student_in_field Studentessa di Scienze della Comunicazione – Università di Valdarno
it H0 student_in_field Studente magistrale in Comunicazione d'impresa e marketing digitale
it H0 student_in_field Studente di Relazioni Pubbliche e Pubblicità | Erasmus a Lisbona
it H1 owner_small_business Fondatrice del Forno Biagini, panificio artigianale a Bologna 🥖
it H1 owner_small_business Ho fondato Ciclofficina Gualtieri, negozio e riparazione bici
it H1 owner_small_business Fondatore di un piccolo e-commerce di ceramiche – Terracotta Viva
it H1 owner_small_business Co-fondatrice di Gelateria Nuvola | 2 punti vendita 🍦
it H1 owner_small_business Titolare e fondatrice di Bottega Lina, negozio di bomboniere 🎀
it - exec_other_field Direttore Commerciale Italia | Arredo bagno
it - exec_other_field Art Director presso agenzia Scintilla
it - exec_other_field Direttore Tecnico | Impianti industriali
it - exec_other_field Responsabile Risorse Umane presso Gruppo Savelli
it - exec_other_field Responsabile Vendite Nord Italia | Vinicola Brenta
it - exec_other_field Direttore di Produzione | Stabilimento di Brescia
it - recruiter Head Hunter | Selezione Direttori Marketing e Commerciali
it - recruiter Recruiter presso agenzia per il lavoro Lavorando
it - owner_big_corp Amministratore Delegato di Ferrotrasporti S.p.A. (5.000 dipendenti)
it - staff_in_field Social media specialist presso Pastificio Orsini
it - staff_in_field Addetta marketing | Eventi e fiere
it - staff_in_field Junior Account presso agenzia di comunicazione
it - student_other_field Studente di Ingegneria Meccanica – Politecnico
it - student_other_field Studentessa di Giurisprudenza
it - student_other_field Studente di Medicina e Chirurgia | 4° anno
it - other_job Geometra | Studio tecnico
it - peer Consulente SEO presso l'agenzia web Pixelfarm
it - other_role_in_field Docente di marketing digitale presso un ITS
# --- pt
pt M0 exec_in_field Diretora de Marketing na Conservas Atlântida
pt M0 exec_in_field Head de Marketing na PagaFácil | Growth & Brand
pt M0 exec_in_field CMO @ Viagio Turismo
pt M0 exec_in_field Diretor de Marketing e Comunicação – Grupo Serrado
pt M0 exec_in_field Diretora de Marketing Brasil | Cosméticos | Flor de Ipê
pt H0 student_in_field Estudante de Ciências da Comunicação na Universidade de Vilaverde
pt H0 student_in_field Estudante de Publicidade e Propaganda | Apaixonada por branding
pt H0 student_in_field Mestrando em Marketing Digital | Lisboa
pt H1 owner_small_business Fundadora da Padaria Pão da Avó 🥖 | Fermentação natural
pt H1 owner_small_business Fundei a Pedal Certo, loja e oficina de bicicletas em Braga
pt H1 owner_small_business Fundador de uma loja online de sabonetes artesanais – Espuma Boa
pt H1 owner_small_business Cofundadora do Café Jacarandá, cafetaria de bairro ☕
pt H1 owner_small_business Fundei a Bordados da Rita, pequeno ateliê e loja online 🧵
pt - exec_other_field Diretor Comercial | Indústria metalúrgica
pt - exec_other_field Diretora de Arte na agência Faísca
pt - exec_other_field Diretor de Recursos Humanos – Grupo Marinha Alta
pt - exec_other_field Diretor de Tecnologia (CTO) | Startup de saúde
pt - exec_other_field Diretor Financeiro | Grupo hoteleiro Mar Azul
pt - exec_other_field Diretora de Produto | Marketplace de moda
pt - recruiter Headhunter | Recrutamento de Diretores de Marketing e C-level
pt - recruiter Recrutadora na Vagas Já | Tech & Vendas
pt - owner_big_corp CEO da Energias do Tejo – empresa cotada, 7 000 colaboradores
pt - staff_in_field Analista de Marketing Digital | SEO & Inbound
pt - staff_in_field Social media na Doces Fiapo 🍬
pt - staff_in_field Assistente de Marketing | Eventos e trade marketing
pt - student_other_field Estudante de Engenharia Civil | 4.º ano
pt - student_other_field Estudante de Direito | Moot court
pt - student_other_field Estudante de Medicina Veterinária
pt - other_job Enfermeira especialista em saúde materna
pt - peer Consultora de marketing digital numa agência | Google Ads
pt - other_role_in_field Professora de Comunicação no ensino superior
# --- nl
nl M0 exec_in_field Marketingdirecteur bij Zuidkamp Zuivel
nl M0 exec_in_field Hoofd Marketing | Fietsmerk Stadsrijder
nl M0 exec_in_field CMO @ Tulpwerk | SaaS voor installateurs
nl M0 exec_in_field Marketing Director Benelux bij Dijkhoven Foods
nl M0 exec_in_field Directeur Marketing & Communicatie – Hogeschool Westerveld
nl H0 student_in_field Student Communicatie (hbo) | Op zoek naar een stage
nl H0 student_in_field Masterstudent Communicatiewetenschap | Universiteit van Lindeveen
nl H0 student_in_field Student Digital Marketing & Content | Hogeschool Kempenland
nl H0 student_in_field Student Media & Communicatie | Minor digitale marketing
nl H1 owner_small_business Oprichter van Bakkerij De Zoete Korst 🥐 | Ambachtelijk brood
nl H1 owner_small_business Eigenaar en oprichter van Fietsenwinkel De Ketting in Utrecht
nl H1 owner_small_business Ik begon Plantjesplek – webshop voor kamerplanten 🌿
nl H1 owner_small_business Oprichtster van Kaaswinkel Het Gouwe Wiel
nl - exec_other_field Salesdirecteur Benelux | Industriële automatisering
nl - exec_other_field Art director bij reclamebureau Vonk
nl - exec_other_field HR-directeur | Zorggroep Meerstede
nl - exec_other_field Technisch directeur | Installatiebedrijf
nl - exec_other_field Financieel directeur | Retail
nl - exec_other_field Commercieel directeur bij Groothandel Verhoef
nl - recruiter Executive search | Ik werf marketingdirecteuren en CMO's
nl - recruiter Recruiter bij Uitzendbureau Werkplein
nl - owner_big_corp CEO van Havenstaal N.V. – 10.000 medewerkers
nl - staff_in_field Marketingmedewerker | Online & offline campagnes
nl - staff_in_field Contentmarketeer bij Groenhart Tuincentra
nl - staff_in_field Junior marketeer | SEA
nl - student_other_field Student Werktuigbouwkunde | TU
nl - student_other_field Student Rechtsgeleerdheid
nl - student_other_field Student HBO-V (verpleegkunde)
nl - other_job Boekhouder | Administratiekantoor
nl - peer Online marketeer bij bureau Klikwaarts | Google Ads & SEO
nl - other_role_in_field Docent communicatie aan het mbo
"""

# ---------------------------------------------------------------------------
# 2. actuarial  (H0 junior actuaries at insurers, H1 students in actuarial
#                science, M0 chief risk officers at insurers,
#                M1 founders of insurtech start-ups)
# ---------------------------------------------------------------------------
ROWS["actuarial"] = """
# --- en
en H0 junior_in_field Junior Actuary @ Harrowgate Life Insurance | Pricing & reserving
en H0 junior_in_field Junior actuary at Bellweather Mutual Insurance – pensions & annuities
en H1 student_in_field BSc Actuarial Science student | University of Carnford | Python & R
en M0 exec_in_field Chief Risk Officer | Thornvale General Insurance
en M1 owner_in_field Co-founder & CEO @ Pawcover – insurtech start-up for pet insurance 🐾
en - senior_in_field Senior Actuary – Head of Reserving at Kingsreach Insurance
en - junior_other_org Junior Actuary at Meridale Consulting | Pension schemes advisory
en - exec_other_org Chief Risk Officer at Oxley Community Bank
en - exec_other_field Chief Financial Officer | Thornbury Life Assurance
en - student_other_field MSc Statistics student | Bayesian methods
en - owner_other_field Founder of Penstock – payments fintech start-up
en - recruiter Actuarial recruiter | Connecting insurers with pricing & reserving talent
# --- fr
fr H0 junior_in_field Actuaire junior chez Mutuelle Sainte-Aurore | Provisionnement
fr H0 junior_in_field Actuaire junior @ Lys Assurances – tarification auto
fr H1 student_in_field Étudiante en Master Actuariat | Université de Valmont
fr M0 exec_in_field Directeur des risques (CRO) chez Garance Assurances
fr M1 owner_in_field Cofondateur d'Assurly, startup insurtech d'assurance habitation 🏠
fr - senior_in_field Actuaire senior, 15 ans d'expérience | Prévoyance | Mutuelle Verdane
fr - junior_other_org Actuaire junior en cabinet de conseil | Fintelle Conseil
fr - exec_other_org Directrice des risques – Banque Hérault Crédit
fr - student_other_field Étudiant en Master Économétrie et statistique
fr - staff_in_field Product Manager chez une startup insurtech
fr - other_job Courtier en assurances indépendant | Particuliers & pros
fr - exec_other_field Directrice financière – Ondine Assurances
# --- es
es H0 junior_in_field Actuario junior en Seguros Almadraba | Solvencia II
es H1 student_in_field Estudiante del Máster en Ciencias Actuariales y Financieras
es H1 student_in_field Estudiante de Grado en Ciencias Actuariales | Beca de colaboración
es M0 exec_in_field Director de Riesgos (CRO) en Seguros La Previsora del Sur
es M1 owner_in_field Fundadora de Segurito, startup insurtech de microseguros 🚀
es - senior_in_field Actuaria sénior | Responsable de tarificación en Mutua Levante
es - junior_other_org Actuaria junior en consultora de pensiones Arbórea
es - exec_other_org Chief Risk Officer en Banco Cierzo
es - student_other_field Estudiante de Matemáticas | Olimpiada matemática
es - staff_in_field Data Scientist en una insurtech
es - other_job Agente de seguros exclusivo | Seguros Almadraba
es - recruiter Headhunter de perfiles actuariales y de riesgos
# --- de
de H0 junior_in_field Junior Aktuarin bei der Rheinfels Versicherung AG
de H0 junior_in_field Aktuar (Junior) | Lebensversicherung | Hansekogge Versicherungen
de H1 student_in_field Student der Versicherungsmathematik | Uni Lindenau
de M0 exec_in_field Chief Risk Officer (CRO) | Albtal Versicherung
de M1 owner_in_field Mitgründer von Policenpilot – Insurtech-Startup für KMU-Versicherungen
de - senior_in_field Verantwortlicher Aktuar bei Isartal Leben | DAV | 20 Jahre Erfahrung
de - junior_other_org Junior Consultant Aktuariat bei Brenner & Voss Beratung
de - exec_other_org CRO einer Sparkasse | Risikocontrolling
de - student_other_field Studentin Wirtschaftsmathematik (B.Sc.)
de - staff_in_field Werkstudent bei einem Insurtech-Startup | Python
de - owner_other_field Gründerin eines Proptech-Startups
de - other_job Versicherungsvermittler | Ausschließlichkeitsvertreter
# --- it
it H0 junior_in_field Attuario junior presso Assicurazioni Lagunari
it H1 student_in_field Studentessa magistrale in Scienze Attuariali
it H1 student_in_field Studente di Scienze Attuariali e Finanziarie | Roma
it M0 exec_in_field Chief Risk Officer presso Valdora Assicurazioni S.p.A.
it M1 owner_in_field Co-fondatore di Polizzina, startup insurtech 🚀
it - senior_in_field Attuario incaricato | Ramo Vita | 25 anni in Fenice Assicurazioni
it - junior_other_org Attuaria junior presso società di consulenza attuariale
it - exec_other_org Chief Risk Officer | Banca Popolare del Serchio
it - student_other_field Studente di Economia e Finanza
it - staff_in_field Business analyst in una startup insurtech
it - exec_other_field Direttore Sinistri | Valdora Assicurazioni
it - recruiter Recruiter specializzata in profili attuariali
# --- pt
pt H0 junior_in_field Atuária júnior na Seguradora Maré Alta
pt H0 junior_in_field Atuário júnior | Seguros Vida | Companhia de Seguros Ribeira
pt H1 student_in_field Estudante de Ciências Atuariais | Universidade de Vilaverde
pt M0 exec_in_field Diretor de Risco (CRO) na Seguradora Atlântica Norte
pt M1 owner_in_field Cofundadora da Seguralá, startup insurtech de seguros para freelancers
pt - senior_in_field Atuária sénior | Chefe de reservas | Seguradora Maré Alta
pt - junior_other_org Atuário júnior numa consultora de fundos de pensões
pt - exec_other_org Chief Risk Officer | Banco Serra Verde
pt - student_other_field Estudante de Engenharia Informática
pt - staff_in_field Engenheiro de software numa insurtech
pt - other_job Corretor de seguros | Consultoria para PMEs
pt - exec_other_field Diretora Comercial na Companhia de Seguros Ribeira
# --- nl
nl H0 junior_in_field Junior actuaris bij Polderzeker Verzekeringen
nl H1 student_in_field Student Actuariële Wetenschappen | Universiteit van Lindeveen
nl H1 student_in_field Masterstudent Actuarial Science aan de Universiteit van Westerhaven | Scriptie
nl M0 exec_in_field Chief Risk Officer bij Waddenborg Verzekeringen
nl M1 owner_in_field Mede-oprichter van Dekkie – insurtech-startup voor fietsverzekeringen 🚲
nl - senior_in_field Senior actuaris | Pensioenen | Polderzeker Verzekeringen
nl - junior_other_org Junior actuaris bij adviesbureau Dijkstra & Molenaar
nl - exec_other_org CRO bij Spaarbank Oostland
nl - student_other_field Student Econometrie
nl - staff_in_field Marketeer bij een insurtech-scale-up
nl - exec_other_field CFO | Waddenborg Verzekeringen
nl - recruiter Recruiter actuariële functies | Risk & Finance
"""

# ---------------------------------------------------------------------------
# 3. librairie  (H0 libraires indépendants, H1 étudiants en métiers du livre
#                et de l'édition, M0 éditrices et éditeurs jeunesse,
#                M1 organisateurs de salons du livre)
# ---------------------------------------------------------------------------
ROWS["librairie"] = """
# --- fr
fr H0 bookseller_in_field Libraire à La Page Buissonnière, librairie indépendante à Rennes 📚
fr H0 owner_small_business Fondatrice et libraire – Au Fil des Mots, librairie indépendante
fr H1 student_in_field Étudiante en BUT Information-Communication, parcours Métiers du livre
fr M0 editor_in_field Éditrice jeunesse aux Éditions Petit Hibou | Albums & premières lectures
fr M1 organiser_in_field Organisatrice du Salon du livre de Montclair-sur-Loire
fr - staff_other_org Libraire rayon BD chez Culturama (120 magasins)
fr - other_job Bibliothécaire jeunesse – Médiathèque de Valmont
fr - student_other_field Étudiant en licence de Lettres modernes
fr - editor_other_field Éditeur de romans policiers chez Éditions Sombrelune
fr - other_role_in_field Illustratrice jeunesse | Albums pour les 3-6 ans
fr - organiser_other_field Organisateur du Salon de l'auto ancienne de Vireval
fr - recruiter Chargée de recrutement – secteur édition et presse
# --- en
en H0 bookseller_in_field Bookseller at Inkwell & Oak, an independent bookshop in Bath
en H1 student_in_field MA Publishing student at Westmere University | Editorial & rights
en M0 editor_in_field Children's book editor at Puddlejump Press | Picture books
en M0 editor_in_field Commissioning Editor, Children's & YA | Larkspur Books
en M1 organiser_in_field Organiser of the Castlebridge Book Fair 📖
en H0 owner_small_business Owner & founder of The Reading Nook, an independent bookshop in Galway
en - staff_other_org Bookseller @ PageChain – 300 stores nationwide
en - other_job School librarian | Reading for pleasure advocate
en - student_other_field English Literature undergraduate | Poetry society
en - editor_other_field Senior editor, business & economics titles | Greywick Publishing
en - other_role_in_field Author of picture books for 3–7 year olds 🐻
en - organiser_other_field Organiser of the Thornfield Vintage Car Fair
en - other_role_in_field Sales rep for a publisher, covering bookshops in the North West
# --- es
es H0 bookseller_in_field Librera en La Hoja Suelta, librería independiente de barrio 📚
es H0 owner_small_business Fundé la librería independiente Tinta Roja en Zaragoza
es H1 student_in_field Estudiante del Máster en Edición | Prácticas en editorial
es M0 editor_in_field Editora de literatura infantil y juvenil en Ediciones Caracola
es M1 organiser_in_field Organizador de la Feria del Libro de Villaverde del Río
es - staff_other_org Librero en Libros Mundo, cadena con 90 tiendas
es - other_job Bibliotecaria escolar
es - student_other_field Estudiante de Filología Hispánica
es - editor_other_field Editor de ensayo y no ficción en Editorial Atalaya
es - other_role_in_field Ilustradora de álbumes infantiles 🎨
es - organiser_other_field Organizadora de ferias de artesanía y mercados navideños
es - recruiter Reclutadora IT | Perfiles tech
# --- de
de H0 bookseller_in_field Buchhändlerin in der unabhängigen Buchhandlung Seitenwind, Freiburg
de H0 owner_small_business Inhaber & Gründer der unabhängigen Buchhandlung Leselust am Markt
de H1 student_in_field Studentin Buchwissenschaft (M.A.) | Verlagspraktikum
de M0 editor_in_field Lektorin Kinder- und Jugendbuch bei Wolkenschiff Verlag
de M1 organiser_in_field Organisatorin der Buchmesse Lindenau
de - staff_other_org Buchhändler bei Lesewelt – Filiale Hauptbahnhof (Buchhandelskette)
de - other_job Bibliothekarin | Stadtbibliothek
de - student_other_field Studentin Germanistik & Geschichte
de - editor_other_field Lektor Sachbuch | Wirtschaft & Politik | Falkenhorst Verlag
de - other_role_in_field Kinderbuchautorin & Illustratorin
de - organiser_other_field Messeorganisator | Bau- und Handwerksmessen
de - recruiter Recruiterin Verlagswesen & Medien
# --- it
it H0 bookseller_in_field Libraia presso la libreria indipendente Il Gatto Lettore, Torino
it H1 student_in_field Studentessa del Master in Editoria e Professioni del Libro
it M0 editor_in_field Editor di narrativa per ragazzi presso Edizioni Girandola
it M0 editor_in_field Editor libri per l'infanzia | Edizioni Pizzicotto
it M1 organiser_in_field Organizzatrice della Fiera del libro di Borgoventoso
it - staff_other_org Libraio presso LibriPiù, catena con 200 punti vendita
it - other_job Bibliotecaria presso la biblioteca civica
it - student_other_field Studente di Lettere classiche
it - editor_other_field Editor di saggistica scientifica | Casa editrice Orbita
it - other_role_in_field Traduttrice di libri per ragazzi dall'inglese
it - organiser_other_field Organizzatore di fiere dell'elettronica
it - peer Consulente per librerie | Gestione e vendita
# --- pt
pt H0 bookseller_in_field Livreira na Livraria Folha Solta, livraria independente no Porto
pt H1 student_in_field Estudante de Mestrado em Estudos Editoriais
pt M0 editor_in_field Editora de livros infantis na Editora Pipoca
pt M0 editor_in_field Editor de literatura infantojuvenil | Editora Papagaio Azul
pt M1 organiser_in_field Organizador da Feira do Livro de Vila Nova do Mirante
pt - staff_other_org Livreiro na Livrarias Mundo Grande (rede de 80 lojas)
pt - other_job Bibliotecária escolar
pt - student_other_field Estudante de Línguas, Literaturas e Culturas
pt - editor_other_field Editora de livros técnicos de engenharia
pt - other_role_in_field Ilustrador de livros infantis ✏️
pt - organiser_other_field Organizadora de feiras de casamentos 💍
pt - recruiter Recrutador | Retalho e distribuição
# --- nl
nl H0 bookseller_in_field Boekverkoper bij De Leesgrage Uil, onafhankelijke boekhandel in Haarlem
nl H0 owner_small_business Eigenaar van een onafhankelijke boekhandel | Boekhandel Zomerlicht
nl H1 student_in_field Masterstudent Boekwetenschap en Uitgeefstudies
nl M0 editor_in_field Redacteur kinderboeken bij Uitgeverij Hoepla
nl M1 organiser_in_field Organisator van de Kinderboekenbeurs Zuidhaven
nl - staff_other_org Boekverkoper bij Boekenketen Lezen & Co (150 winkels)
nl - other_job Bibliothecaris jeugd | Bibliotheek Rivierenland
nl - student_other_field Student Nederlandse Taal en Cultuur
nl - editor_other_field Eindredacteur bij een vakblad voor de bouw
nl - other_role_in_field Kinderboekenschrijver | Schoolbezoeken
nl - organiser_other_field Organisator van vakbeurzen voor de landbouw
nl - peer Adviseur voor boekhandels | Inkoop & assortiment
"""

# ---------------------------------------------------------------------------
# 4. sportverein  (H0 Vorstände von Amateursportvereinen,
#                  H1 Studierende der Sportwissenschaft oder des Sportmanagements,
#                  M0 Sponsoringverantwortliche bei Sportartikelherstellern)
# ---------------------------------------------------------------------------
ROWS["sportverein"] = """
# --- de
de H0 board_in_field 1. Vorsitzende des TSV Grünwiesen 1911 e.V. (Amateurverein, ehrenamtlich)
de H0 board_in_field Kassenwart im Vorstand unseres Amateur-Ruderclubs RC Amsel e.V.
de H1 student_in_field Studentin Sportwissenschaft (B.Sc.) | Leichtathletik
de H1 student_in_field Student Sportmanagement | Werkstudent im Ticketing
de M0 exec_in_field Sponsoring Managerin bei Laufwerk – Hersteller von Laufschuhen und Sportbekleidung
de - exec_other_org Geschäftsführer eines Bundesliga-Handballclubs
de - other_role_in_field Jugendtrainer (C-Lizenz) beim FC Eichenhain
de - other_job Sportlehrerin am Gymnasium
de - student_other_field Student der Physiotherapie
de - exec_other_org Leiterin Sponsoring bei der Kreissparkasse Talbach
de - other_role_in_field Produktmanager Laufschuhe bei Laufwerk, Sportartikelhersteller
de - recruiter Recruiter für die Sportbranche
# --- en
en H0 board_in_field Chair of Millbrook Amateur Rowing Club (volunteer) | Accountant by day
en H0 board_in_field Treasurer & committee member, Ashdown Amateur Cricket Club
en H1 student_in_field Sport & Exercise Science student at Redfern University
en M0 exec_in_field Sponsorship Manager at Stridewell, sportswear manufacturer
en M0 exec_in_field Head of Athlete Sponsorship | Hartline, running-shoe manufacturer
en - exec_other_org Chief Executive of Northgate Rovers FC (Premier League)
en - other_role_in_field Head coach, under-16s at Millbrook Amateur Rowing Club
en - student_other_field Physiotherapy student | Sports injuries enthusiast
en - exec_other_org Sponsorship Manager at Fenwick Brewery | Sports & music partnerships
en - other_role_in_field Footwear designer at Stridewell, sportswear manufacturer
en - other_job PE teacher & head of year 9
en - recruiter Recruiter | Sports & leisure jobs
# --- fr
fr H0 board_in_field Présidente bénévole du Handball Club de Saint-Aulnay (club amateur)
fr H0 board_in_field Trésorier et membre du bureau – Club de rugby amateur de Valmont
fr H1 student_in_field Étudiant en STAPS – parcours Management du sport
fr H1 student_in_field Étudiante en Licence STAPS | Entraînement sportif
fr M0 exec_in_field Responsable sponsoring chez Sportifo, fabricant d'articles de sport
fr - exec_other_org Directeur général d'un club de football professionnel (Ligue 2)
fr - other_role_in_field Éducateur sportif – entraîneur U13 au FC Valmont
fr - student_other_field Étudiante en kinésithérapie (IFMK)
fr - exec_other_org Responsable sponsoring – Banque Régionale du Lac
fr - other_role_in_field Chef de produit textile running chez Sportifo
fr - other_job Professeur d'EPS en collège
fr - recruiter Chargé de recrutement | Métiers du sport et des loisirs
# --- es
es H0 board_in_field Presidente del Club Baloncesto Amateur Los Pinos (voluntario)
es H1 student_in_field Estudiante de Ciencias de la Actividad Física y del Deporte (CAFyD)
es H1 student_in_field Estudiante del Máster en Gestión Deportiva
es M0 exec_in_field Responsable de patrocinios en Zancada Sport, fabricante de material deportivo
es M0 exec_in_field Jefa de patrocinio deportivo en Zapatillas Vuelo (fabricante de calzado deportivo)
es - exec_other_org Director general de un club profesional de LaLiga
es - other_role_in_field Entrenadora de natación en club amateur
es - student_other_field Estudiante de Nutrición Humana y Dietética
es - exec_other_org Responsable de patrocinios en Cervezas Montaña
es - other_role_in_field Diseñador de producto en Zancada Sport
es - other_job Profesor de Educación Física en secundaria
es - recruiter Reclutador | Sector deporte y ocio
# --- it
it H0 board_in_field Presidente dell'ASD Pallavolo Colleverde (associazione dilettantistica) | volontario
it H0 board_in_field Consigliera del direttivo – ASD Atletica Borgonuovo, società dilettantistica
it H1 student_in_field Studente di Scienze Motorie | Preparazione atletica
it H1 student_in_field Studentessa magistrale in Management dello Sport
it M0 exec_in_field Sponsorship Manager presso Vettasport, produttore di attrezzature sportive
it - exec_other_org Direttore generale di un club di Serie A
it - other_role_in_field Allenatore di calcio giovanile | ASD Colleverde
it - student_other_field Studente di Medicina | Appassionato di ciclismo
it - exec_other_org Responsabile sponsorizzazioni presso Banca del Lagoverde
it - other_role_in_field Product manager sci presso Vettasport
it - other_job Insegnante di educazione fisica
it - recruiter Recruiter | Settore sport e wellness
# --- pt
pt H0 board_in_field Presidente da direção do Clube Desportivo Amador de Vale Fundo (voluntário)
pt H0 board_in_field Tesoureiro da direção do Grupo Desportivo Amador da Ribeira
pt H1 student_in_field Estudante de Ciências do Desporto | Universidade de Vilaverde
pt H1 student_in_field Estudante de Gestão do Desporto
pt M0 exec_in_field Gestora de patrocínios na Passada, fabricante de artigos desportivos
pt - exec_other_org CEO de uma SAD de futebol da Primeira Liga
pt - other_role_in_field Treinador de guarda-redes | Clube amador
pt - student_other_field Estudante de Enfermagem
pt - exec_other_org Gestor de patrocínios numa operadora de telecomunicações
pt - other_role_in_field Designer de calçado na Passada
pt - other_job Professora de Educação Física
pt - recruiter Recrutadora | Desporto e lazer
# --- nl
nl H0 board_in_field Voorzitter (vrijwilliger) van amateurvoetbalvereniging VV Groen-Wit Lindeveen
nl H0 board_in_field Penningmeester in het bestuur van amateurhockeyclub HC Duinrand
nl H1 student_in_field Student Sportmanagement (hbo) | Stage bij een sportbond
nl H1 student_in_field Masterstudent Sportwetenschappen | Rijksuniversiteit Lindeveen
nl M0 exec_in_field Sponsormanager bij Sprintvast, producent van sportartikelen
nl - exec_other_org Algemeen directeur van een Eredivisie-club
nl - other_role_in_field Trainer jeugdteam | amateurvoetbal
nl - student_other_field Student Fysiotherapie
nl - exec_other_org Sponsormanager bij Brouwerij Hemelsbreed
nl - other_role_in_field Productontwikkelaar bij Sprintvast
nl - other_job Gymdocent op een basisschool
nl - recruiter Recruiter | Sport & recreatie
"""

# ---------------------------------------------------------------------------
# 5. ong  (H0 responsables de captación de fondos en ONG pequeñas,
#          H1 estudiantes de cooperación internacional,
#          M0 directivos de fundaciones empresariales)
# ---------------------------------------------------------------------------
ROWS["ong"] = """
# --- es
es H0 fundraiser_in_field Responsable de captación de fondos en Manos Abiertas, pequeña ONG de 6 personas
es H0 fundraiser_in_field Responsable de fundraising y socios | ONG pequeña (8 personas) de salud mental
es H1 student_in_field Estudiante del Máster en Cooperación Internacional al Desarrollo
es M0 exec_in_field Director general de la Fundación Grupo Albarrán, fundación empresarial
es M0 exec_in_field Directora de la Fundación Corporativa de Aguas del Cierzo
es - fundraiser_other_org Head of Fundraising en una ONG internacional con presencia en 40 países y 5.000 empleados
es - staff_in_field Técnica de comunicación en la Fundación Grupo Albarrán
es - student_other_field Estudiante de Relaciones Internacionales
es - exec_other_org Director de una fundación familiar de arte contemporáneo
es - staff_in_field Captador de socios en calle (face to face) para ONG
es - other_job Trabajadora social en servicios sociales municipales
es - peer Consultora de fundraising para entidades sociales
# --- en
en H0 fundraiser_in_field Head of Fundraising at Larkfield Trust, a small charity (team of 5)
en H0 fundraiser_in_field Fundraising lead for a small local NGO supporting refugees | 4 staff
en H1 student_in_field MA student in International Cooperation & Development | Redfern University
en M0 exec_in_field Executive Director, Brackwell Corporate Foundation
en M0 exec_in_field Managing Director of the Oakhurst Group Foundation (corporate foundation)
en - fundraiser_other_org Director of Fundraising at Globaid International – 4,000 staff in 60 countries
en - staff_in_field Grants Officer at Brackwell Corporate Foundation
en - student_other_field BA International Business student
en - exec_other_org CEO of a family foundation supporting the arts
en - other_role_in_field Volunteer at a small NGO | Events & admin
en - other_job Social worker | Child protection
en - other_role_in_field CSR Manager at Tellwright Energy
en - recruiter Recruiter for charities & nonprofits
# --- fr
fr H0 fundraiser_in_field Responsable de la collecte de fonds – petite association de 4 salariés | Lutte contre l'illettrisme
fr H1 student_in_field Étudiante en Master Coopération internationale et développement
fr H1 student_in_field Étudiant en master Coopération internationale | Stage au Burkina Faso
fr M0 exec_in_field Déléguée générale de la Fondation d'entreprise Solvéa
fr M0 exec_in_field Directeur de la Fondation d'entreprise Groupe Vallorge
fr - fundraiser_other_org Responsable de la collecte grands donateurs – ONG internationale (1 800 salariés)
fr - staff_in_field Chargée de mission à la Fondation d'entreprise Solvéa
fr - student_other_field Étudiant en master Commerce international
fr - exec_other_org Directrice d'une fondation familiale dédiée à la musique
fr - other_role_in_field Chargé de communication dans une petite association
fr - other_job Éducatrice spécialisée
fr - peer Consultant en mécénat et philanthropie
# --- de
de H0 fundraiser_in_field Leitung Fundraising | kleiner gemeinnütziger Verein mit 5 Mitarbeitenden
de H0 fundraiser_in_field Fundraising-Verantwortliche bei Brunnenhilfe e.V. – kleine NGO, 3 Hauptamtliche
de H1 student_in_field Studentin Internationale Zusammenarbeit und Entwicklung (M.A.)
de M0 exec_in_field Geschäftsführerin der Unternehmensstiftung der Lohmann & Reiter AG
de M0 exec_in_field Vorstand der Hallberg Unternehmensstiftung
de - fundraiser_other_org Leiter Fundraising bei einer internationalen Hilfsorganisation mit 3.000 Mitarbeitenden
de - staff_in_field Projektreferentin bei einer Unternehmensstiftung
de - student_other_field Student Politikwissenschaft
de - exec_other_org Vorstand einer Familienstiftung für Denkmalpflege
de - other_role_in_field Ehrenamtliche Helferin in einer kleinen NGO
de - other_job Sozialpädagogin in der Jugendhilfe
de - recruiter Personalberaterin für Non-Profit-Organisationen
# --- it
it H0 fundraiser_in_field Responsabile raccolta fondi in una piccola ONG (5 persone) – Ponte Solidale
it H1 student_in_field Studentessa di Cooperazione internazionale e sviluppo
it H1 student_in_field Studente del master in Cooperazione internazionale | Tirocinio in Kenya
it M0 exec_in_field Direttrice della Fondazione d'impresa Gruppo Ferrante
it M0 exec_in_field Presidente della fondazione aziendale di Olearia Sabina S.p.A.
it - fundraiser_other_org Responsabile raccolta fondi di una grande ONG internazionale (2.000 dipendenti)
it - staff_in_field Project officer presso una fondazione d'impresa
it - student_other_field Studente di Scienze Politiche
it - exec_other_org Direttore di una fondazione universitaria
it - other_role_in_field Volontaria in una piccola ONG
it - other_job Assistente sociale
it - peer Consulente di fundraising per il terzo settore
# --- pt
pt H0 fundraiser_in_field Responsável de angariação de fundos numa pequena ONG (4 pessoas)
pt H0 fundraiser_in_field Responsável de captação de recursos em ONG pequena | Educação
pt H1 student_in_field Estudante de Mestrado em Cooperação Internacional
pt M0 exec_in_field Diretora executiva da Fundação Empresarial Grupo Alvorada Norte
pt M0 exec_in_field Diretor da fundação corporativa da Cimentos Serra Alta
pt - fundraiser_other_org Gerente de captação de recursos em ONG internacional com 3.000 colaboradores
pt - staff_in_field Analista de projetos sociais na Fundação Empresarial Grupo Alvorada Norte
pt - student_other_field Estudante de Economia
pt - exec_other_org Diretor de uma fundação pública de ciência
pt - other_role_in_field Voluntária em ONG de proteção animal
pt - other_job Assistente social hospitalar
pt - peer Consultora de captação de recursos para o terceiro setor
# --- nl
nl H0 fundraiser_in_field Hoofd fondsenwerving bij een kleine ngo (5 fte) | Waterputten in Malawi
nl H1 student_in_field Student Internationale Samenwerking en Ontwikkeling
nl H1 student_in_field Masterstudent Internationale Samenwerking | Stage bij een ngo
nl M0 exec_in_field Directeur van het Vandermolen Bedrijfsfonds, de corporate foundation van de Vandermolen Groep
nl M0 exec_in_field Bestuursvoorzitter van het Hofland Bedrijfsfonds (corporate foundation)
nl - fundraiser_other_org Manager fondsenwerving bij een internationale hulporganisatie met 2.000 medewerkers
nl - staff_in_field Programmamedewerker bij een bedrijfsfonds
nl - student_other_field Student Bestuurskunde
nl - exec_other_org Directeur van een familiefonds voor cultuur
nl - other_role_in_field Vrijwilliger bij een kleine ngo | Evenementen
nl - other_job Maatschappelijk werker
nl - peer Fondsenwervingsadviseur voor goede doelen | Zzp
"""

# ---------------------------------------------------------------------------
# 6. pharma_regulatory  (H0 newly qualified pharmacists,
#    H1 regulatory affairs associates at biotech start-ups,
#    M0 heads of regulatory affairs at pharmaceutical companies)
# ---------------------------------------------------------------------------
ROWS["pharma_regulatory"] = """
# --- en
en H0 graduate_in_field Newly qualified pharmacist | Community pharmacy | Passionate about patient care
en H0 graduate_in_field Just qualified as a pharmacist 🎓 | Hospital pharmacy | Westmere General
en H1 junior_in_field Regulatory Affairs Associate @ Cellvane Therapeutics (biotech start-up, 20 people)
en M0 exec_in_field Head of Regulatory Affairs | Harlow Pharmaceuticals
en M0 exec_in_field VP, Head of Global Regulatory Affairs at Brightwater Pharma
en - senior_in_field Community pharmacist & pharmacy owner | 25 years in practice
en - student_in_field MPharm student, 4th year | Pre-registration placement coming up
en - junior_other_org Regulatory Affairs Associate at Ostrander Pharma (18,000 employees)
en - exec_other_org Head of Regulatory Affairs at Pulsewave Medical Devices
en - exec_other_field Head of Quality Assurance | Harlow Pharmaceuticals
en - junior_other_field Clinical Research Associate at a biotech start-up
en - other_job Pharmacy technician | Dispensary team lead
# --- fr
fr H0 graduate_in_field Pharmacienne fraîchement diplômée | Officine | En recherche de poste
fr H0 graduate_in_field Jeune pharmacien diplômé (thèse soutenue il y a deux mois) | Pharmacie hospitalière
fr H1 junior_in_field Chargée d'affaires réglementaires junior – Cellivia, start-up biotech
fr M0 exec_in_field Directeur des affaires réglementaires – Laboratoires Pharmaceutiques Arvel
fr M0 exec_in_field Head of Regulatory Affairs France | Laboratoire pharmaceutique Solenne
fr - senior_in_field Pharmacien titulaire depuis 1998 | Pharmacie du Marché
fr - student_in_field Étudiante en 5e année de pharmacie – filière industrie
fr - junior_other_org Chargé d'affaires réglementaires – grand groupe pharmaceutique (90 000 salariés)
fr - exec_other_org Directrice des affaires réglementaires – fabricant de dispositifs médicaux
fr - exec_other_field Directeur de la production – Laboratoires Pharmaceutiques Arvel
fr - junior_other_field Attaché de recherche clinique (ARC) chez une start-up biotech
fr - other_job Préparatrice en pharmacie
# --- de
de H0 graduate_in_field Frisch approbierte Apothekerin | Offizin | Interesse an Pharmaindustrie
de H0 graduate_in_field Apotheker, seit drei Monaten approbiert | Krankenhausapotheke
de H1 junior_in_field Regulatory Affairs Associate bei Zellkraft Bio (Biotech-Startup)
de M0 exec_in_field Leiterin Regulatory Affairs bei Brandauer Pharma GmbH
de M0 exec_in_field Head of Regulatory Affairs DACH | Pharmaunternehmen Mirelon
de - senior_in_field Inhaber der Löwen-Apotheke | Apotheker seit 30 Jahren
de - student_in_field Pharmaziestudentin im 8. Semester
de - junior_other_org Regulatory Affairs Associate bei einem Pharmakonzern mit 50.000 Mitarbeitenden
de - exec_other_org Leiter Regulatory Affairs | Kosmetikhersteller
de - exec_other_field Leiterin Qualitätssicherung bei Brandauer Pharma GmbH
de - junior_other_field Clinical Research Associate bei einem Biotech-Startup
de - other_job PTA in einer Apotheke
# --- es
es H0 graduate_in_field Farmacéutica recién titulada | Buscando primera experiencia en industria
es H0 graduate_in_field Farmacéutico recién graduado y colegiado | Farmacia comunitaria
es H1 junior_in_field Regulatory Affairs Associate en Genalia, startup biotecnológica
es M0 exec_in_field Directora de Asuntos Regulatorios en Laboratorios Farmacéuticos Olmedo
es M0 exec_in_field Head of Regulatory Affairs Iberia | Compañía farmacéutica Farmaval
es - senior_in_field Farmacéutica titular de oficina de farmacia desde 2001
es - student_in_field Estudiante de 5.º de Farmacia
es - junior_other_org Técnico de asuntos regulatorios junior en multinacional farmacéutica
es - exec_other_org Director de Asuntos Regulatorios | Productos sanitarios
es - exec_other_field Directora de Calidad en Laboratorios Farmacéuticos Olmedo
es - junior_other_field Monitor de ensayos clínicos (CRA) en startup biotech
es - other_job Técnico en farmacia y parafarmacia
# --- it
it H0 graduate_in_field Farmacista neoabilitata | Farmacia territoriale
it H0 graduate_in_field Farmacista, abilitato da pochi mesi | In cerca di opportunità nell'industria
it H1 junior_in_field Regulatory Affairs Associate presso Genovia Bio, startup biotech
it M0 exec_in_field Head of Regulatory Affairs presso Farmaceutici Lodigiani S.p.A.
it M0 exec_in_field Direttrice Affari Regolatori | Azienda farmaceutica Valsorda
it - senior_in_field Titolare di farmacia | 30 anni di esperienza
it - student_in_field Studentessa di CTF (Chimica e Tecnologia Farmaceutiche)
it - junior_other_org Regulatory Affairs Associate presso una big pharma multinazionale
it - exec_other_org Responsabile Affari Regolatori | Dispositivi medici
it - exec_other_field Direttore di stabilimento | Farmaceutici Lodigiani
it - junior_other_field CRA junior presso startup biotech
it - other_job Informatore scientifico del farmaco
# --- pt
pt H0 graduate_in_field Farmacêutica recém-formada | Farmácia comunitária
pt H0 graduate_in_field Farmacêutico recém-inscrito na Ordem | Farmácia hospitalar
pt H1 junior_in_field Regulatory Affairs Associate na BioSeiva, startup de biotecnologia
pt M0 exec_in_field Diretora de Assuntos Regulamentares nos Laboratórios Farmacêuticos Tágide
pt M0 exec_in_field Head of Regulatory Affairs | Indústria farmacêutica | Farmabril
pt - senior_in_field Diretor técnico de farmácia há 20 anos
pt - student_in_field Estudante de Ciências Farmacêuticas (MICF), 5.º ano
pt - junior_other_org Regulatory Affairs Associate numa multinacional farmacêutica com 60 000 colaboradores
pt - exec_other_org Head of Regulatory Affairs | Dispositivos médicos
pt - exec_other_field Diretor de Qualidade | Farmabril
pt - junior_other_field Clinical Research Associate numa startup biotech
pt - other_job Técnica de farmácia
# --- nl
nl H0 graduate_in_field Pas afgestudeerd apotheker | Openbare farmacie
nl H0 graduate_in_field Net afgestudeerde apotheker (2 maanden) | Op zoek naar een baan in de industrie
nl H1 junior_in_field Regulatory Affairs Associate bij Celvonk, biotech-startup
nl M0 exec_in_field Hoofd Regulatory Affairs bij farmaceutisch bedrijf Noorderlicht Pharma
nl M0 exec_in_field Head of Regulatory Affairs Benelux | Delftshaven Pharma
nl - senior_in_field Apotheker-eigenaar | 25 jaar ervaring
nl - student_in_field Masterstudent Farmacie
nl - junior_other_org Regulatory Affairs Associate bij een farmaceutisch concern met 40.000 medewerkers
nl - exec_other_org Hoofd Regulatory Affairs | Medische hulpmiddelen
nl - exec_other_field Hoofd Kwaliteit bij Noorderlicht Pharma
nl - junior_other_field Clinical Research Associate bij een biotech-startup
nl - other_job Apothekersassistent
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
