#!/usr/bin/env python3
"""Build headlines.csv from the hand-written rows below.

Each data line is:   lang  ref  kind  headline...
  lang     fr en es de it pt nl (main language of the headline)
  ref      "-" for no match, or H0/H1 (help_whom[i]) / M0 (meet_whom[i])
           of that owner; the phrase text is copied from owners.toml so it
           cannot be mistyped.
  kind     short category (see check_headlines.py and README.md)
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
en M0 exec_in_field Marketing Director · Kettlewell Outdoor Gear
en M0 exec_in_field CMO @ Ravensholt Home Insurance | brand, growth & customer insight
en M0 exec_in_field VP Marketing – Tallowby Software | B2B SaaS
en M0 exec_in_field Head of Marketing at Brindle & Oak Kitchens 🍳
en M0 exec_in_field Marketing Director UK & Ireland | Corrimoor Beverages
en M0 exec_in_field Chief Marketing Officer · Lanternfield Pet Foods · ex-P&G brand lead
en H0 student_in_field MSc Digital Marketing student @ University of Eastbrook | SEO, paid social
en H0 student_in_field Communication Studies undergrad 🎓 | campus radio host
en H0 student_in_field 2nd-year BA Marketing & Digital Media student – open to placements
en H0 student_in_field Student, Strategic Communication (MA) · Calderwick University
en H1 founder_small Founder of Thimble & Thread – small sewing shop + online store
en H1 founder_small Owner & founder @ Pebblecup Café, a 6-seat coffee bar in Bristol ☕
en H1 founder_small I started Wildmoss Candles – hand-poured candles, sold on our own e-shop
en H1 founder_small Co-founder, Harrow Lane Plant Shop 🌿 | small business, big heart
en H1 founder_small Founder of a tiny Shopify store for vintage board games (Dice & Dust)
en - exec_other_field Sales Director EMEA | Corrimoor Beverages
en - exec_other_field HR Director at Westmoor Logistics Group | people & culture
en - exec_other_field Director of Product · Tallowby Software
en - recruiter Senior Recruiter | placing marketing & digital talent across London
en - recruiter Talent Acquisition Partner @ Ferngate Retail | We're hiring!
en - owner_big_corp CEO, Halbrook Foods plc (12,000 employees, 9 countries)
en - owner_big_corp Founder & Chairman of the Ashgrove Group – retail, hotels, property
en - staff_in_field Marketing Assistant at Brindle & Oak Kitchens
en - staff_in_field Social Media Coordinator | Lanternfield Pet Foods
en - staff_in_field Junior Content Marketing Executive · Quayside Media
en - staff_in_field Email Marketing Specialist @ Ravensholt Home Insurance
en - student_other_field Law student (LLB) at University of Eastbrook ⚖️
en - student_other_field Mechanical Engineering student | Formula Student team
en - student_other_field Nursing student, 3rd year – placements in A&E
en - unrelated Bus driver at Northline Transport | 20 years safe driving
en - unrelated Secondary school maths teacher · Head of Year 9
en - unrelated Software Engineer (backend, Go) at Pinecrest Payments
# --- fr
fr M0 exec_in_field Directrice marketing & communication | Biscuiterie Lemoine-Vidal
fr M0 exec_in_field Directeur Marketing France chez Ondulis Cosmétiques
fr M0 exec_in_field CMO @ Kerbrat Mutuelle | ex-Danone
fr M0 exec_in_field Head of Marketing – Maison Sarrazin (mobilier) 🪑
fr M0 exec_in_field Directeur du marketing · Groupe Volnay Distribution
fr H0 student_in_field Étudiante en Master Marketing digital – IAE de Tours | en recherche d'alternance
fr H0 student_in_field Étudiant en BUT Information-Communication 📣
fr H0 student_in_field Étudiante en communication à l'EFAP | stage de 6 mois dès janvier
fr H0 student_in_field Étudiant Bachelor Marketing Digital & E-commerce – 2e année
fr H1 founder_small Fondatrice de La Petite Cuillère, épicerie fine & boutique en ligne 🧺
fr H1 founder_small Fondateur de Bois Flotté Atelier – lampes artisanales vendues sur notre e-shop
fr H1 founder_small Fondateur de la boulangerie Au Pain de Nina (Nantes) 🥖
fr H1 founder_small Cofondatrice d'une petite librairie-café à Besançon
fr H1 founder_small Fondatrice @ Graines de Sel | e-shop de cosmétiques solides
fr - exec_other_field Directeur commercial | Ondulis Cosmétiques
fr - exec_other_field DRH – Groupe Volnay Distribution
fr - exec_other_field Directrice financière (DAF) chez Kerbrat Mutuelle
fr - recruiter Chargée de recrutement | Cabinet Talentia Conseil – postes marketing & digital
fr - recruiter Chasseur de têtes – fonctions marketing, digital et communication
fr - owner_big_corp PDG du groupe Lavergne Industries (8 500 collaborateurs)
fr - owner_big_corp Fondateur et président de Maréchal Distribution – 320 magasins en France
fr - staff_in_field Chargée de marketing digital chez Maison Sarrazin
fr - staff_in_field Assistant marketing | Biscuiterie Lemoine-Vidal
fr - staff_in_field Community manager @ Ondulis Cosmétiques ✨
fr - staff_in_field Chef de produit marketing junior – Groupe Volnay
fr - student_other_field Étudiant en droit – Licence 3 à Lyon 3
fr - student_other_field Étudiante infirmière (IFSI), 2e année
fr - student_other_field Élève ingénieur en génie civil – INSA
fr - unrelated Conducteur de travaux chez Bâtiments Rouxel
fr - unrelated Professeure des écoles | CM1-CM2
fr - unrelated Agent SNCF – contrôleur TER Bretagne
# --- de
de H1 founder_small Gründerin von Teeblatt & Tasse – kleiner Teeladen mit Onlineshop 🍵
de M0 exec_in_field Marketingleiterin | Feldmann Naturkost GmbH
de M0 exec_in_field Leiter Marketing & Kommunikation bei Sternwald Versicherung
de M0 exec_in_field CMO @ Kolbeck Software AG | B2B, Brand, Demand Gen
de M0 exec_in_field Head of Marketing DACH – Hallinger Outdoor
de M0 exec_in_field Marketingdirektor | Rautmann Süßwaren
de H0 student_in_field Student Medien- und Kommunikationswissenschaft | Uni Mannheim
de H0 student_in_field Studentin Digital Marketing (B.A.) – suche Praxissemester 📈
de H0 student_in_field Masterstudent Kommunikationsmanagement an der HS Hannover
de H0 student_in_field Studierende Online-Marketing & E-Commerce (Bachelor, 4. Semester)
de H1 founder_small Gründerin von Faden & Fell – kleiner Wollladen mit Onlineshop 🧶
de H1 founder_small Gründer & Inhaber der Bäckerei Schmalz in Freiburg
de H1 founder_small Gründerin | Kaffeerösterei Bohnenglück – kleine Rösterei + Webshop ☕
de H1 founder_small Gründer von Rahmenwerk, einer Ein-Mann-Bilderrahmenwerkstatt mit Onlineshop
de H1 founder_small Mitgründerin Blattgold Floristik – kleiner Blumenladen in Köln-Ehrenfeld
de - exec_other_field Vertriebsleiter DACH | Hallinger Outdoor
de - exec_other_field Personalleiterin bei Sternwald Versicherung
de - exec_other_field CFO – Kolbeck Software AG
de - recruiter Personalberaterin | Executive Search für Marketing & Vertrieb
de - recruiter Recruiter @ Feldmann Naturkost – wir suchen dich! 🙌
de - owner_big_corp Vorstandsvorsitzender der Holm Chemie-Handel AG | 15.000 Mitarbeitende weltweit
de - owner_big_corp Gründer & CEO der Markwart Gruppe (Handel, 240 Filialen)
de - staff_in_field Marketing Referentin bei Rautmann Süßwaren
de - staff_in_field Online-Marketing-Managerin (Junior) | Hallinger Outdoor
de - staff_in_field Social Media Redakteur bei Sternwald Versicherung
de - staff_in_field Werkstudentin im Marketing – Kolbeck Software AG
de - student_other_field Student Maschinenbau | KIT
de - student_other_field Jurastudentin, 5. Semester, Uni Bonn
de - student_other_field Studentin Lehramt Mathe/Physik
de - unrelated Lokführer bei der Regionalbahn Nord
de - unrelated Elektronikerin für Energie- und Gebäudetechnik
de - unrelated Softwareentwickler Java | Backend | Hamburg
# --- it
it M0 exec_in_field Direttrice Marketing | Pastificio Fratelli Orsenigo
it M0 exec_in_field Direttore Marketing – Caseificio Valdorsa S.p.A.
it M0 exec_in_field Chief Marketing Officer | Occhialeria Veneta Zanin
it M0 exec_in_field CMO @ Lunaverde Assicurazioni | brand & customer experience
it M0 exec_in_field Head of Marketing Italia | Ferroni Elettrodomestici
it M0 exec_in_field Direttrice Marketing e Comunicazione presso Distillerie Aurelio Benassi
it H0 student_in_field Studentessa di Scienze della Comunicazione – Università di Padova
it H0 student_in_field Studente magistrale in Marketing digitale | IULM
it H0 student_in_field Laureando in Comunicazione e Pubblicità 📣 cerco tirocinio
it H0 student_in_field Studentessa Master in Digital Marketing & Social Media – 2025/26
it H1 founder_small Fondatrice di Filo Rosso, piccola merceria con shop online 🧵
it H1 founder_small Fondatore e titolare della Gelateria Nonna Pina (Bari) 🍦
it H1 founder_small Ho fondato Cartabella: quaderni artigianali venduti sul nostro e-commerce
it H1 founder_small Co-fondatrice di Erbe di Casa – piccola erboristeria a Trento
it H1 founder_small Founder @ Occhio di Bue, piccolo negozio di occhiali vintage + e-shop
it - exec_other_field Direttore Commerciale | Caseificio Valdorsa S.p.A.
it - exec_other_field Direttrice Risorse Umane presso Lunaverde Assicurazioni
it - exec_other_field Direttore Tecnico – Ferroni Elettrodomestici
it - recruiter Recruiter | Selezione profili marketing e digital per aziende FMCG
it - recruiter Talent Acquisition Specialist @ Distillerie Aurelio Benassi
it - owner_big_corp Amministratore delegato di Gruppo Tessile Marangoni (6.000 dipendenti)
it - owner_big_corp Fondatore e presidente di Ristorazione Veloce Italia – 400 punti vendita
it - staff_in_field Marketing Specialist junior – Pastificio Fratelli Orsenigo
it - staff_in_field Social media specialist @ Lunaverde Assicurazioni
it - staff_in_field Assistente marketing presso Ferroni Elettrodomestici
it - staff_in_field Addetta al marketing operativo | Caseificio Valdorsa
it - student_other_field Studente di Ingegneria Meccanica – Politecnico di Torino
it - student_other_field Studentessa di Giurisprudenza, Università di Bologna
it - student_other_field Studente di Medicina e Chirurgia, 4° anno
it - unrelated Geometra libero professionista | rilievi e catasto
it - unrelated Infermiera di sala operatoria presso Ospedale San Gerardo
it - unrelated Autista di autobus – Azienda Trasporti Lariana
# --- pt
pt M0 exec_in_field Diretora de Marketing | Conservas Ribamar
pt M0 exec_in_field Diretor de Marketing e Comunicação na Seguros Atlântida
pt M0 exec_in_field Head de Marketing @ Pagafácil Fintech 🇧🇷
pt M0 exec_in_field CMO – Grupo Bragança Alimentos
pt M0 exec_in_field Diretora de Marketing Brasil | Vitalis Cosméticos
pt H0 student_in_field Estudante de Publicidade e Propaganda – ESPM | buscando estágio
pt H0 student_in_field Estudante de Ciências da Comunicação na Universidade do Minho
pt H0 student_in_field Mestrando em Marketing Digital | IPAM Lisboa 📊
pt H0 student_in_field Estudante de Comunicação Social, 3º semestre – UFMG
pt H1 founder_small Fundadora da Doce Ventura, pequena confeitaria com loja online 🍰
pt H1 founder_small Fundador da Barbearia do Zé (Porto) ✂️
pt H1 founder_small Criei a Linho & Lume – velas artesanais vendidas na nossa loja virtual
pt H1 founder_small Cofundadora da Mercearia Cá de Casa, pequeno negócio de bairro em Coimbra
pt H1 founder_small Fundador @ Pé de Meia Store – e-commerce de meias divertidas 🧦
pt - exec_other_field Diretor Comercial | Conservas Ribamar
pt - exec_other_field Diretora de Recursos Humanos – Seguros Atlântida
pt - exec_other_field Diretor Financeiro (CFO) na Vitalis Cosméticos
pt - recruiter Tech & Marketing Recruiter | Headhunter na Caça Talentos RH
pt - recruiter Recrutadora na Grupo Bragança Alimentos – estamos contratando!
pt - owner_big_corp CEO da Construtora Monte Alto – 9.000 colaboradores
pt - owner_big_corp Fundador e Presidente do Grupo Varandas (supermercados, 180 lojas)
pt - staff_in_field Analista de Marketing Júnior | Pagafácil Fintech
pt - staff_in_field Assistente de Marketing na Conservas Ribamar
pt - staff_in_field Social media na Vitalis Cosméticos 📱
pt - staff_in_field Técnica de Marketing Digital – Seguros Atlântida
pt - student_other_field Estudante de Direito na Universidade de Coimbra
pt - student_other_field Estudante de Engenharia Civil | IST
pt - student_other_field Estudante de Medicina – UFRJ
pt - unrelated Motorista de pesados | transporte internacional
pt - unrelated Enfermeira no Hospital de Santa Luzia
pt - unrelated Programador Java na SoftNorte
# --- es
es M0 exec_in_field Directora de Marketing | Conservas Peñablanca
es M0 exec_in_field Director de Marketing y Comunicación en Seguros Almenara
es M0 exec_in_field CMO @ Pagolisto | fintech
es M0 exec_in_field Jefa de Marketing – Aceites Olivar del Sur
es M0 exec_in_field Head of Marketing Iberia · Textiles Urquiola
es H0 student_in_field Estudiante de Publicidad y Relaciones Públicas – UCM 📣
es H0 student_in_field Estudiante de Marketing Digital (grado) | ESIC Valencia
es H0 student_in_field Estudiante del Grado en Comunicación – Universidad de Sevilla
es H0 student_in_field Alumna del Máster en Marketing Digital y Redes Sociales – busco prácticas
es H1 founder_small Fundadora de Lana y Luna, pequeña mercería con tienda online 🧶
es H1 founder_small Fundador de la Panadería Hermanos Ibarra (Logroño)
es H1 founder_small Creé Tierra Roja: cerámica hecha a mano que vendo en mi e-shop
es H1 founder_small Cofundadora de una pequeña floristería en Gràcia 🌷
es H1 founder_small Fundador @ Calcetines Chulos – tienda online de calcetines divertidos
es - exec_other_field Director Comercial | Conservas Peñablanca
es - exec_other_field Directora de RRHH en Seguros Almenara
es - exec_other_field Director de Producto – Pagolisto
es - recruiter Headhunter | perfiles de marketing y ventas
es - recruiter Técnica de selección en Textiles Urquiola – ¡estamos contratando!
es - owner_big_corp Consejero delegado de Grupo Ferrocarriles Ibéricos (11.000 empleados)
es - owner_big_corp Fundador y presidente de Supermercados Garrido – 350 tiendas
es - staff_in_field Técnico de Marketing Digital en Seguros Almenara
es - staff_in_field Community manager | Textiles Urquiola
es - staff_in_field Asistente de marketing – Conservas Peñablanca
es - staff_in_field Especialista SEM/SEO junior en Pagolisto
es - student_other_field Estudiante de Derecho – Universidad de Salamanca
es - student_other_field Estudiante de Ingeniería Industrial | UPV
es - student_other_field Estudiante de Enfermería, 3º curso
es - unrelated Conductor de autobús urbano en Zaragoza
es - unrelated Maestra de educación primaria | CEIP San Roque
es - unrelated Desarrollador backend (Python) en Nubaria
# --- nl
nl M0 exec_in_field Marketingdirecteur | Van Deursen Zuivel
nl M0 exec_in_field Hoofd Marketing & Communicatie bij Zilvermeer Verzekeringen
nl M0 exec_in_field CMO @ Betaalbaar.io | fintech
nl M0 exec_in_field Head of Marketing Benelux bij Hofkamp Tuinmeubelen
nl M0 exec_in_field Directeur Marketing – Brinkhorst Koffie
nl H0 student_in_field Student Communicatie (hbo) | Hogeschool Utrecht
nl H0 student_in_field Studente Commerciële Economie – Digital Marketing | op zoek naar een stage
nl H0 student_in_field Master student Communicatiewetenschap @ UvA
nl H0 student_in_field Student Online Marketing & Communicatie (mbo-4), 2e jaar
nl H1 founder_small Oprichter van Bakkerij Bolletje Boter in Zwolle 🥐
nl H1 founder_small Oprichtster van Draad & Draai – kleine garenwinkel + webshop 🧶
nl H1 founder_small Ik begon De Plantenzolder: een kleine plantenwinkel met eigen webshop 🌿
nl H1 founder_small Mede-oprichter van Koffiebar Het Zonnetje (Haarlem) ☕
nl H1 founder_small Founder @ Sokkenlade.nl – kleine webshop voor vrolijke sokken
nl - exec_other_field Commercieel directeur | Van Deursen Zuivel
nl - exec_other_field HR-directeur bij Zilvermeer Verzekeringen
nl - exec_other_field Financieel directeur (CFO) – Brinkhorst Koffie
nl - recruiter Recruiter marketing & communicatie | Werving & selectie
nl - recruiter Corporate recruiter bij Betaalbaar.io – we're hiring! 🚀
nl - owner_big_corp CEO van Koninklijke Veldhuis Groep (14.000 medewerkers)
nl - owner_big_corp Oprichter en bestuursvoorzitter van Supermarktketen Vermeer – 500 filialen
nl - staff_in_field Marketingmedewerker bij Van Deursen Zuivel
nl - staff_in_field Junior online marketeer | Brinkhorst Koffie
nl - staff_in_field Social media specialist bij Zilvermeer Verzekeringen
nl - staff_in_field Marketingassistent – Betaalbaar.io
nl - student_other_field Student Rechten aan de Universiteit Leiden
nl - student_other_field Student Werktuigbouwkunde | TU Delft
nl - student_other_field Student Verpleegkunde (hbo-v), 3e jaar
nl - unrelated Buschauffeur bij Regiovervoer Twente
nl - unrelated Leerkracht groep 7 | basisschool De Regenboog
nl - unrelated Backend developer (C#) bij Softwarehuis Kooiman
"""

# ---------------------------------------------------------------------------
# 2. mariage  (H0 wedding planners indépendantes et indépendants,
#                H1 personnes en reconversion vers le métier de wedding planner,
#                M0 gérants de lieux de réception pour mariages)
# ---------------------------------------------------------------------------
ROWS["mariage"] = """
# --- fr
fr H1 student_in_field Reconversion en cours ✨ après 15 ans dans la banque, je me forme au métier de wedding planner
fr H0 role_in_field Wedding planner indépendante 💍 | Maison Célestine – mariages en Provence
fr H0 role_in_field Wedding planner & designer à mon compte – Bretagne et Pays de la Loire
fr H1 student_in_field En reconversion professionnelle 🌸 ex-assistante de direction, en formation de wedding planner
fr M0 role_in_field Gérante du Domaine des Quatre Vents – lieu de réception pour mariages et séminaires
fr - missing_qualifier Wedding planner salariée chez Lumière & Fêtes (agence, 40 salariés)
fr - role_other_field Organisateur indépendant de séminaires d'entreprise | team buildings
fr - staff_in_field Photographe de mariage | reportages en Occitanie 📸
fr - staff_in_field Maître d'hôtel au Château de Vaudrenil – réceptions et mariages
fr - role_other_field En reconversion vers le métier de développeuse web 💻
fr - unrelated Pharmacienne adjointe | Officine du Marché
# --- en
en H0 role_in_field Independent wedding planner | Hollyhock Weddings – Cotswolds & beyond
en H1 student_in_field Career changer 👰 ex-paralegal, currently training to become a wedding planner
en M0 role_in_field General Manager, Oakhurst Barn – wedding & private events venue
en M0 role_in_field Venue Manager at Fenwick Hall, a country-house wedding venue
en - missing_qualifier Wedding Coordinator at the Regent Grand Hotel Group (in-house, 60 hotels)
en - role_other_field Venue Manager | The Foundry – 2,000-capacity live music venue
en - staff_in_field Wedding florist 💐 bouquets & arches | Petal Row Studio
en - role_other_field Freelance conference & corporate event planner
en - student_other_field Career changer – retraining as a primary school teacher
en - unrelated Civil engineer at Marlow Rail Partners
# --- de
de H0 role_in_field Freiberufliche Hochzeitsplanerin | Ja-Wort Atelier, München
de H1 student_in_field Quereinsteigerin: von der Bankkauffrau zur Hochzeitsplanerin – Weiterbildung läuft 💍
de M0 role_in_field Geschäftsführer Gut Rabenhorst – Hochzeitslocation & Eventscheune
de - missing_qualifier Hochzeitsplanerin (angestellt) bei Festtagshaus Events GmbH
de - role_other_field Geschäftsführerin einer Messehalle | Kongresse & Fachmessen
de - staff_in_field Hochzeits-DJ & Moderator 🎧
de - staff_in_field Servicemitarbeiterin im Schloss Elmenhorst (Hochzeiten & Bankette)
de - role_other_field Selbstständige Eventplanerin für Firmenjubiläen und Betriebsfeiern
de - student_other_field Quereinsteiger in die Pflege – Umschulung zum Pflegefachmann
de H0 role_in_field Hochzeitsplaner – selbstständig seit 2017 | Trauungen & Feiern am Bodensee
# --- it
it H0 role_in_field Wedding & event planner libera professionista 💍 matrimoni in Toscana
it H0 role_in_field Wedding planner freelance | matrimoni sul Lago di Como 💒
it H1 student_in_field Dopo 10 anni in banca cambio vita: mi sto formando come wedding planner
it M0 role_in_field Gestore di Villa Ortensia – location per matrimoni ed eventi
it M0 role_in_field Gestrice della Tenuta Poggio Alto, location per ricevimenti di nozze
it - missing_qualifier Wedding planner presso Nozze d'Oro Group (dipendente)
it - role_other_field Gestore di un palazzetto dello sport comunale
it - staff_in_field Fotografo di matrimoni | Puglia e Basilicata
it - staff_in_field Pasticcera – torte nuziali su ordinazione 🎂
it - role_other_field Event manager freelance per congressi medici
it - unrelated Impiegata amministrativa presso Comune di Lecco
# --- pt
pt H0 role_in_field Wedding planner independente | casamentos no Alentejo e Algarve
pt H0 role_in_field Assessora de casamentos autônoma 💍 wedding planner em BH
pt H1 student_in_field Em transição de carreira: ex-enfermeira, a formar-me como wedding planner
pt M0 role_in_field Gerente da Quinta das Laranjeiras – espaço para casamentos e batizados
pt - missing_qualifier Wedding planner contratada na Casar Bem Eventos (equipa de 35 pessoas)
pt - role_other_field Gerente de um centro de congressos em Lisboa
pt - staff_in_field Decoradora de casamentos e eventos 🌿
pt - role_other_field Em transição de carreira para análise de dados
pt - staff_in_field Chef de cozinha na Quinta do Moinho – banquetes
pt - unrelated Professor de Educação Física | Agrupamento de Escolas de Viseu
# --- es
es H0 role_in_field Wedding planner autónoma | bodas en la Costa Brava 💍
es H1 student_in_field Reinventándome: de administrativa a wedding planner (en formación)
es M0 role_in_field Gerente de la Finca El Algarrobo – espacio para bodas y celebraciones
es - missing_qualifier Wedding planner en plantilla – Grupo Hotelero Mediterrania
es - role_other_field Gerente de un recinto de conciertos en Madrid
es - staff_in_field Fotógrafo de bodas | Galicia y Asturias 📸
es - staff_in_field Camarera de banquetes en Masía Can Pujol
es - role_other_field Organizadora freelance de eventos corporativos y congresos
es - student_other_field En reconversión hacia la programación web – bootcamp
es M0 role_in_field Gerente del Cortijo Las Adelfas | finca para bodas y banquetes en Sevilla 💒
# --- nl
nl H0 role_in_field Zelfstandig weddingplanner | Trouwdag Tinten – Utrecht & Gelderland
nl H1 student_in_field Omscholing tot weddingplanner 💍 na 12 jaar in de zorg
nl M0 role_in_field Bedrijfsleider Landgoed Eikenrode – trouwlocatie & feestzaal 💒
nl - missing_qualifier Weddingplanner in loondienst bij Feestfabriek Groep
nl - role_other_field Bedrijfsleider van een congrescentrum in Rotterdam
nl - staff_in_field Trouwfotograaf 📸 | heel Nederland
nl - staff_in_field Bruidsstyliste & haarstylist voor de grote dag
nl - role_other_field Zelfstandig evenementenorganisator voor bedrijfsuitjes
nl - student_other_field Zij-instromer – omscholing tot leraar basisonderwijs
nl H0 role_in_field Freelance weddingplanner & ceremoniespreker | bruiloften in Brabant
"""

# ---------------------------------------------------------------------------
# 3. landtechnik  (H0 Inhaber familiengeführter Landtechnik-Fachbetriebe,
#                H1 Auszubildende in der Landtechnik,
#                M0 Vertriebsleiter bei Landmaschinenherstellern)
# ---------------------------------------------------------------------------
ROWS["landtechnik"] = """
# --- de
de H1 student_in_field Auszubildende Land- und Baumaschinenmechatronikerin 🚜 | 3. Lehrjahr bei Landtechnik Meißner
de H0 role_in_field Inhaber in 3. Generation | Landtechnik Brünnler GmbH – Familienbetrieb seit 1961 🚜
de H0 role_in_field Inhaberin Landmaschinen Oberholz – familiengeführter Fachbetrieb für Verkauf & Service
de H1 student_in_field Azubi Land- und Baumaschinenmechatroniker bei Agrartechnik Wessels, 2. Lehrjahr
de M0 exec_in_field Vertriebsleiter Deutschland @ Hollmer Landmaschinenwerk | Mähtechnik & Futterernte
de - missing_qualifier Geschäftsführer der AgriTec Handelsgruppe – 38 Landtechnik-Standorte, konzerngebunden
de - role_other_field Inhaber des Autohauses Kampmann (Familienbetrieb seit 1974)
de - missing_qualifier Vertriebsleiter bei Landtechnik Sörensen (Händler für Traktoren & Erntetechnik)
de - staff_in_field Werkstattmeister Landmaschinen | 25 Jahre Erfahrung
de - student_other_field Auszubildender Kfz-Mechatroniker bei Autohaus Lindner
de - unrelated Grundschullehrerin in Kassel
# --- en
en H0 role_in_field Second-generation owner, Holloway Tractors Ltd – family business, sales & servicing
en H0 role_in_field Owner of Pike & Sons Farm Machinery – family-run dealership, 3rd generation
en H1 student_in_field Apprentice agricultural machinery technician @ Greaves Agri Services 🚜
en M0 exec_in_field Head of Sales UK | Tormund Agricultural Machinery (tractors & balers)
en M0 exec_in_field Sales Director – Brackwater Implements, manufacturer of ploughs & cultivators
en - role_other_field Sales Director at Corvell Construction Equipment (excavators, loaders)
en - exec_other_field Production Director at Tormund Agricultural Machinery
en - staff_in_field Area Sales Manager (rep) · Brackwater Implements · East Anglia
en - student_other_field Apprentice electrician | Northgate Electrical
en - missing_qualifier Managing Director, Fieldline Group – 45 machinery dealerships across the UK
en - unrelated Dental nurse at Smile Street Clinic
# --- fr
fr H0 role_in_field Gérant-propriétaire de Bonnet Agri Services, entreprise familiale de machinisme agricole depuis 1958
fr H1 student_in_field Apprenti en maintenance des matériels agricoles (CAP) chez Ets Lagarde 🚜
fr H1 student_in_field Apprentie BTS Techniques et services en matériels agricoles – alternance
fr M0 exec_in_field Directeur commercial France | Arvel Machines Agricoles (constructeur)
fr - missing_qualifier Directeur commercial d'une concession de tracteurs (distributeur multi-marques)
fr - exec_other_field Directrice des achats chez Arvel Machines Agricoles
fr - role_other_field Apprenti mécanicien poids lourds
fr - staff_in_field Technico-commercial secteur Beauce · Arvel Machines Agricoles
fr - role_other_field Propriétaire d'une entreprise familiale de travaux publics
fr - unrelated Aide-soignante à l'EHPAD Les Tilleuls
# --- it
it H0 role_in_field Titolare di Meccanica Agricola Ferrandi snc – azienda di famiglia dal 1970
it H1 student_in_field Apprendista meccanico di macchine agricole presso Agrimac Bassi
it M0 exec_in_field Direttore commerciale Italia | Officine Gorlani, costruttore di trattori 🚜
it M0 exec_in_field Sales Director – Vendemmiatrici Morello S.p.A. (produttore di macchine agricole)
it - missing_qualifier Direttore commerciale di una concessionaria di macchine agricole
it - role_other_field Direttore commerciale di Carrelli Elevatori Lombardi (muletti industriali)
it - staff_in_field Venditore di zona – Officine Gorlani
it - student_other_field Apprendista parrucchiera 💇‍♀️
it - missing_qualifier Amministratore delegato di AgriRete Italia, 60 punti vendita di macchine agricole
it - unrelated Farmacista in Valtellina
# --- pt
pt H0 role_in_field Proprietário da Mecânica Agrícola Tavares & Filhos – empresa familiar desde 1979
pt H1 student_in_field Aprendiz de mecânico de máquinas agrícolas | Agromáquinas do Ribatejo
pt M0 exec_in_field Diretor Comercial na Metalúrgica Sertaneja – fabricante de implementos agrícolas 🌾
pt M0 exec_in_field Diretora de Vendas | Colheitadeiras Pampa, fabricante de máquinas agrícolas
pt - missing_qualifier Diretor de vendas de uma revenda de tratores em Goiás
pt - role_other_field Diretor Comercial de fabricante de ônibus
pt - staff_in_field Vendedor técnico – Colheitadeiras Pampa
pt - exec_other_field Diretor Industrial na Metalúrgica Sertaneja
pt - student_other_field Aprendiz de eletricista industrial | SENAI
pt - unrelated Nutricionista clínica em Curitiba
# --- es
es H0 role_in_field Dueño de Talleres Agrícolas Urrutia, empresa familiar de maquinaria agrícola (3ª generación)
es H1 student_in_field Aprendiz en FP Dual de maquinaria agrícola – Agromecánica Ebro
es M0 exec_in_field Director de Ventas España | Aperos Castellanos S.A., fabricante de maquinaria agrícola
es - missing_qualifier Director de ventas de un concesionario de tractores en Albacete
es - role_other_field Director de ventas en fabricante de maquinaria de obra pública
es - staff_in_field Mecánico de maquinaria agrícola con 20 años de experiencia
es - role_other_field Dueño de un taller mecánico familiar de coches
es - student_other_field Aprendiz de electricista – FP Dual
es - exec_other_field Directora financiera de Aperos Castellanos S.A.
es M0 exec_in_field Jefa de Ventas Nacional en Sembradoras Navarro S.L. (fabricante de sembradoras y abonadoras)
# --- nl
nl H0 role_in_field Eigenaar van Mechanisatiebedrijf Van Ooijen – familiebedrijf sinds 1965, derde generatie
nl H1 student_in_field BBL-leerling monteur landbouwmechanisatie bij Loonbedrijf & Mechanisatie Kroeze
nl M0 exec_in_field Sales Director | Veldmaat Machinefabriek – fabrikant van grondbewerkingsmachines 🚜
nl - missing_qualifier Commercieel directeur van een dealer in landbouwmachines
nl - role_other_field Eigenaar van een familiebedrijf in keukens
nl - staff_in_field Buitendienstmedewerker verkoop – Veldmaat Machinefabriek
nl - role_other_field BBL-leerling autotechniek
nl - exec_other_field Productiemanager bij Veldmaat Machinefabriek
nl - staff_in_field Loonwerker | trekkerchauffeur in het seizoen
nl H1 student_in_field Leerling-monteur landbouwmechanisatie (BBL, 1e jaar) bij Mechanisatiebedrijf Hoogeveen
"""

# ---------------------------------------------------------------------------
# 4. ceramica  (H0 ceramiste e ceramisti che lavorano in proprio,
#                H1 insegnanti di ceramica nei licei artistici,
#                M0 responsabili di produzione nelle aziende di piastrelle)
# ---------------------------------------------------------------------------
ROWS["ceramica"] = """
# --- it
it H1 role_in_field Prof.ssa di Discipline Plastiche – laboratorio di ceramica | Liceo Artistico di Nove
it H0 role_in_field Ceramista | laboratorio in proprio a Faenza – tornio, raku e maiolica 🏺
it H0 role_in_field Ceramista indipendente, lavoro in proprio: stoviglie artigianali su ordinazione
it H1 role_in_field Insegnante di ceramica al Liceo Artistico Statale "Carlo Vanzetti" – indirizzo Design
it M0 exec_in_field Responsabile di produzione | Ceramiche Sassonero S.p.A. – piastrelle in gres porcellanato
it - missing_qualifier Ceramista dipendente presso Stoviglierie Tosco-Emiliane S.p.A.
it - role_other_field Vetraia artigiana in proprio a Murano
it - missing_qualifier Insegnante di ceramica ai corsi serali dell'associazione culturale Il Cortile
it - role_other_field Docente di Storia dell'Arte al Liceo Artistico di Cantù
it - exec_other_field Responsabile commerciale estero – Ceramiche Sassonero S.p.A.
it - staff_in_field Operatore linea forno presso Piastrelle Emilia Due srl
# --- en
en H0 role_in_field Ceramic artist, working for myself since 2019 🏺 | handmade planters & mugs
en H0 role_in_field Self-employed potter & ceramicist | studio in Stoke · tableware to order
en H1 role_in_field Ceramics teacher at Fernleigh Arts High School (specialist art secondary) 🏺
en M0 exec_in_field Production Manager at Kestrel Tiles Ltd – porcelain & wall tiles
en - missing_qualifier Ceramicist employed at Halverstone Pottery Group (factory, 800 staff)
en - role_other_field Self-employed glassblower | Lantern Glass Studio
en - missing_qualifier Ceramics tutor – evening classes at Millbrook Community Centre
en - role_other_field Production Manager, Ashford Glassworks (bottles & jars)
en - staff_in_field Kiln operator · Kestrel Tiles Ltd
en - exec_other_field Head of Sales EMEA at Kestrel Tiles Ltd
en - unrelated Police constable | Merseyside
# --- fr
fr M0 exec_in_field Production Manager | Carreaux du Nord – fabricant de carrelage en grès
fr H0 role_in_field Céramiste à mon compte 🏺 atelier de grès & porcelaine en Puisaye
fr H1 role_in_field Professeure de céramique au lycée d'arts appliqués Jean-Lurçat-Vidal (bac STD2A)
fr M0 exec_in_field Responsable de production – Carrelages de Saintonge (usine de carreaux en grès cérame)
fr - missing_qualifier Céramiste salariée chez Faïenceries Réunies (groupe industriel)
fr - role_other_field Ébéniste à mon compte | mobilier sur mesure
fr - missing_qualifier Animatrice d'ateliers céramique en MJC
fr - missing_qualifier Responsable de production chez un fabricant de sanitaires en céramique
fr - staff_in_field Émailleur en atelier de poterie
fr - student_in_field Élève en bac STD2A, option céramique 🎨
fr - unrelated Contrôleuse de gestion chez Sodival
# --- de
de H0 role_in_field Keramikerin mit eigener Werkstatt | selbstständig seit 2014 · Gebrauchskeramik
de H0 role_in_field Selbstständiger Keramikmeister – Töpferei Hansen am Westerwald
de M0 exec_in_field Produktionsleiter bei Rhöntal Fliesenwerk GmbH (Boden- und Wandfliesen)
de - missing_qualifier Angestellte Keramikerin in der Porzellanmanufaktur Steinweiler
de - role_other_field Selbstständige Goldschmiedin
de - role_other_field Produktionsleiterin in einer Glashütte
de - exec_other_field Vertriebsleiter Fliesen | Rhöntal Fliesenwerk GmbH
de - missing_qualifier Kursleiterin Töpfern an der Volkshochschule Kassel (angestellt)
de - staff_in_field Glasurtechniker im Fliesenwerk
de M0 exec_in_field Leiterin Produktion | Westerwälder Fliesenmanufaktur GmbH – Wand- und Bodenfliesen
# --- pt
pt H0 role_in_field Ceramista por conta própria – atelier em Caldas da Rainha 🏺
pt H1 role_in_field Professora de cerâmica na Escola Artística Soares Brandão (ensino secundário artístico)
pt M0 exec_in_field Responsável de produção | Azulejaria Vale do Lis – pavimento e revestimento cerâmico
pt - missing_qualifier Ceramista contratado na Porcelanas Atlântico (fábrica, 1.200 trabalhadores)
pt - role_other_field Carpinteiro por conta própria
pt - missing_qualifier Formadora de cerâmica em oficinas para crianças
pt - role_other_field Responsável de produção numa fábrica de vidro de embalagem
pt - staff_in_field Operador de prensa na Azulejaria Vale do Lis
pt - student_in_field Aluna do curso de Cerâmica na escola artística, 11.º ano
pt - unrelated Motorista TVDE em Lisboa
# --- es
es H0 role_in_field Ceramista autónoma | taller propio en Talavera 🏺 vajilla y azulejo decorado
es H0 role_in_field Alfarero por cuenta propia en La Rambla (Córdoba)
es M0 exec_in_field Jefe de Producción en Azulejos Castellón Plana S.A. – baldosa cerámica
es - missing_qualifier Ceramista en plantilla de Porcelanas del Turia (fábrica)
es - role_other_field Vidriera autónoma – vidrieras artísticas
es - role_other_field Jefa de Producción en una fábrica de envases de vidrio
es - exec_other_field Director de Exportación – Azulejos Castellón Plana S.A.
es - staff_in_field Operario de horno en fábrica de baldosas
es - missing_qualifier Profesora de cerámica en talleres municipales para adultos
es M0 exec_in_field Responsable de Producción – Cerámicas Vilafamés (pavimento y revestimiento)
# --- nl
nl H0 role_in_field Zelfstandig keramist | eigen atelier in Gouda · draaiwerk & glazuren
nl H0 role_in_field Keramiste voor eigen rekening 🏺 draaiwerk & raku in Friesland
nl M0 exec_in_field Productiemanager bij Tegelfabriek De Merwede – wand- en vloertegels
nl - missing_qualifier Keramist in loondienst bij Porseleinfabriek Delftzicht
nl - role_other_field Zelfstandig edelsmid
nl - missing_qualifier Docent keramiek – cursussen in het buurthuis
nl - role_other_field Productiemanager bij een glasfabriek
nl - exec_other_field Commercieel manager | Tegelfabriek De Merwede
nl - staff_in_field Ovenoperator bij Tegelfabriek De Merwede
nl M0 exec_in_field Hoofd productie bij Tegelwerken Oosterhout B.V. (keramische vloertegels)
"""

# ---------------------------------------------------------------------------
# 5. florestal  (H0 pequenos proprietários florestais,
#                H1 técnicos florestais recém-formados,
#                M0 presidentes de associações de produtores florestais)
# ---------------------------------------------------------------------------
ROWS["florestal"] = """
# --- pt
pt H0 role_in_field Pequeno proprietário florestal – 12 ha de pinhal e medronhal em Oleiros 🌲
pt H0 role_in_field Tenho 6 hectares de sobreiro no Alentejo | pequena propriedade florestal de família
pt H1 role_in_field Técnico florestal recém-formado (curso profissional, 2025) – à procura do primeiro emprego
pt M0 exec_in_field Presidente da Associação de Produtores Florestais do Vale do Zêzere
pt M0 exec_in_field Presidente da direção | Associação Florestal de Produtores da Serra da Lousã
pt - owner_big_corp Administrador da Celulose Atlântica, S.A. – 90.000 ha de floresta gerida
pt - missing_qualifier Técnico florestal há 22 anos no ICNF
pt - role_other_field Presidente da Associação de Regantes do Vale do Sorraia
pt - staff_in_field Técnica superior florestal na Associação de Produtores Florestais do Pinhal
pt - unrelated Educadora de infância em Setúbal
# --- en
en H0 role_in_field Family woodland owner – 9 hectares of oak & ash in Devon 🌳
en H1 role_in_field Newly qualified forestry technician (FdSc Forestry, 2025) | looking for my first role
en M0 exec_in_field Chair of the Welsh Marches Timber Growers' Association 🌲
en - owner_big_corp CEO, Caledon Timberlands – 120,000 ha of commercial forest
en - missing_qualifier Senior forestry technician · 18 years with the Forestry Commission
en - student_in_field Forestry student (BSc, 2nd year) | Woodland Society treasurer
en - role_other_field Newly qualified agricultural technician | dairy & arable
en - role_other_field Chairman, Fenland Growers' Association (vegetables)
en - staff_in_field Tree surgeon / arborist – Oakline Tree Care
en H0 role_in_field Small woodland owner | 4 ha of mixed broadleaf in Shropshire, managed for firewood
# --- fr
fr H0 role_in_field Propriétaire forestier – 15 ha de châtaigniers en Limousin, petite forêt familiale
fr H1 role_in_field Technicien forestier fraîchement diplômé (BTS Gestion forestière 2025) 🌲
fr M0 exec_in_field Président de l'Association des producteurs forestiers du Haut-Morvan 🌲
fr - owner_big_corp PDG de Forêts & Bois Industries – 40 000 ha en gestion
fr - missing_qualifier Technicien forestier ONF depuis 1998
fr - student_in_field Étudiant en BTS Gestion forestière, 1re année
fr - role_other_field Président de la coopérative laitière du Haut-Doubs
fr - staff_in_field Bûcheron-élagueur indépendant
fr - role_other_field Technicienne agricole jeune diplômée | grandes cultures
fr - unrelated Serveur à Montpellier
# --- de
de M0 exec_in_field Vorsitzende des Waldbauernverbands Schwarzwald-Süd 🌲
de H0 role_in_field Kleinprivatwaldbesitzer – 7 ha Mischwald im Sauerland, nebenberuflich bewirtschaftet
de H1 role_in_field Frisch gebackener staatlich geprüfter Forsttechniker 🌲 | suche erste Stelle
de M0 exec_in_field Vorsitzender der Forstbetriebsgemeinschaft Oberes Lahntal (340 Waldbauern, gemeinsame Holzvermarktung)
de - owner_big_corp Geschäftsführer der Fürstlich von Rabenau'schen Forstverwaltung – 28.000 ha
de - missing_qualifier Forsttechniker mit über 20 Jahren Berufserfahrung
de - student_in_field Student Forstwirtschaft (B.Sc.), 4. Semester | HS Rottenburg
de - role_other_field Vorsitzender des Maschinenrings Kraichgau
de - staff_in_field Revierförster beim Landesbetrieb Forst
de - role_other_field Frisch ausgelernte Landwirtin 🚜
de - unrelated Sachbearbeiterin Kfz-Zulassung
# --- it
it H0 role_in_field Proprietaria di un piccolo bosco di faggi (6 ettari) sull'Appennino pistoiese
it H0 role_in_field Piccolo proprietario forestale: 10 ettari di castagneto in Garfagnana 🌰
it H1 role_in_field Tecnico forestale neodiplomato | in cerca di primo impiego
it M0 exec_in_field Presidente dell'Associazione Produttori Forestali del Casentino
it - owner_big_corp AD di Legnami Alpini S.p.A. – gestione di 35.000 ettari di foresta
it - missing_qualifier Tecnico forestale con trent'anni di esperienza presso la Regione Piemonte
it - role_other_field Presidente dell'Associazione Produttori Olivicoli del Salento
it - student_in_field Studentessa di Scienze Forestali e Ambientali, 2° anno
it - staff_in_field Operaio forestale stagionale – squadra antincendio
it - role_other_field Piccolo proprietario di un vigneto in Langa
it - unrelated Barista a Bologna ☕
# --- es
es H0 role_in_field Pequeño propietario forestal | 8 ha de pino y castaño en el Bierzo 🌲
es H1 role_in_field Técnico forestal recién titulado (FP Gestión Forestal y del Medio Natural) – busco primer empleo
es M0 exec_in_field Presidenta de la Asociación de Productores Forestales de Lugo
es - owner_big_corp Consejero delegado de Maderas del Norte S.A. – 60.000 ha certificadas
es - missing_qualifier Agente forestal con 25 años de servicio en la Xunta
es - role_other_field Presidente de la Asociación de Ganaderos de Ávila
es - student_in_field Estudiante de Ingeniería Forestal – UPM, 3º
es - staff_in_field Motoserrista en empresa de aprovechamientos forestales
es - role_other_field Técnica agrícola recién titulada – frutales
es M0 exec_in_field Presidente de la Asociación de Selvicultores del Alto Nalón 🌲
# --- nl
nl H0 role_in_field Kleine particuliere boseigenaar – 5 ha bos in de Achterhoek 🌳
nl H1 role_in_field Net afgestudeerd als bosbouwtechnicus (mbo Bos & Natuur) – op zoek naar mijn eerste baan
nl M0 exec_in_field Voorzitter van de Coöperatieve Vereniging van Bosproducenten Twente
nl - owner_big_corp Directeur van Houtproductie Noordbos B.V. – beheert 25.000 ha
nl - missing_qualifier Boswachter sinds 1995 bij Staatsbosbeheer
nl - role_other_field Voorzitter van de Vereniging Akkerbouwers Flevoland
nl - student_in_field Student Bos- en Natuurbeheer (hbo), 2e jaar
nl - staff_in_field Hovenier & boomverzorger
nl - role_other_field Pas afgestudeerd als dierenartsassistent
nl - unrelated Kassamedewerker bij de supermarkt
"""

# ---------------------------------------------------------------------------
# 6. inmobiliaria  (H0 agentes inmobiliarios autónomos,
#                H1 dueñas y dueños de pequeñas agencias inmobiliarias,
#                M0 jefes de ventas de promotoras inmobiliarias)
# ---------------------------------------------------------------------------
ROWS["inmobiliaria"] = """
# --- es
es H0 role_in_field Agente inmobiliaria autónoma 🏡 | compraventa en Valencia centro y Ruzafa
es H0 role_in_field Asesor inmobiliario por cuenta propia – Marbella y Estepona
es H1 founder_small Dueña de Casas Albar, agencia inmobiliaria de barrio (somos 3) en Zaragoza
es M0 exec_in_field Jefa de Ventas en Promociones Altamira – promotora de obra nueva residencial
es M0 exec_in_field Jefe de Ventas | Grupo Promotor Valdecañas (vivienda de obra nueva)
es - missing_qualifier Agente inmobiliario en plantilla – Hogarnet, red de 300 oficinas
es - owner_big_corp Fundador y CEO de Casalia, red de 450 franquicias inmobiliarias
es - role_other_field Jefe de ventas en concesionario de coches | Automóviles Riera
es - staff_in_field Comercial en Promociones Altamira
es - role_other_field Agente de seguros autónomo – hogar, vida y autos
es - unrelated Técnico de laboratorio en un hospital público
# --- en
en H1 founder_small Founder & owner, Hearth Lane Lettings – a two-person independent letting agency
en H0 role_in_field Self-employed estate agent | residential sales in Surrey 🏡
en H1 founder_small Owner of Brook & Bell Estates – small independent estate agency, team of 4
en M0 exec_in_field Head of Sales at Larchwood Homes (residential developer) 🏗️
en - missing_qualifier Sales Negotiator at Hanbury Property Group (120 branches)
en - owner_big_corp Founder & CEO, Keystone Lettings Network – 600 offices nationwide
en - role_other_field Head of Sales, Marlowe Motors (car dealership)
en - missing_qualifier Head of Sales at Kirkby & Lowe, a high-street estate agency
en - staff_in_field Property Manager (lettings) | Brook & Bell Estates
en - role_other_field Self-employed mortgage broker
en - unrelated Chef de partie at The Olive Yard
# --- fr
fr H0 role_in_field Agente immobilière indépendante 🏡 | Bordeaux Chartrons & Caudéran
fr H1 founder_small Gérant-fondateur de Pierre & Toit Immobilier, petite agence de quartier à Lille (3 personnes)
fr H1 founder_small Propriétaire d'une petite agence immobilière à Annecy – 2 négociatrices
fr M0 exec_in_field Directrice des ventes chez Vauban Promotion (promoteur immobilier résidentiel)
fr - missing_qualifier Négociateur immobilier salarié – Groupe Immoval, 350 agences
fr - owner_big_corp PDG de Réseau Habitat France, 900 agences franchisées
fr - role_other_field Directeur des ventes d'une concession automobile
fr - staff_in_field Assistante commerciale chez Vauban Promotion
fr - role_other_field Agent général d'assurance indépendant
fr M0 exec_in_field Responsable des ventes | Les Jardins d'Aubrac Promotion – promoteur de logements neufs
# --- de
de H0 role_in_field Selbstständige Immobilienmaklerin | Wohnimmobilien in Leipzig 🏡
de H1 founder_small Inhaber von Kranich Immobilien, kleines Maklerbüro mit 3 Mitarbeitenden in Lübeck
de M0 exec_in_field Vertriebsleiterin bei Hafenkante Projektentwicklung GmbH (Bauträger, Neubauwohnungen)
de - missing_qualifier Angestellter Immobilienberater bei Wohnfinder AG (180 Standorte)
de - owner_big_corp Gründer & CEO von ImmoVerbund Deutschland – 700 Franchise-Büros
de - role_other_field Vertriebsleiter in einem Autohaus
de - missing_qualifier Vertriebsleiter bei Stadtmakler Nord GmbH (Maklerunternehmen, Bestandsimmobilien)
de - staff_in_field Immobilienkauffrau (Vermietung) bei einer Hausverwaltung
de - role_other_field Selbstständiger Versicherungsmakler
de H0 role_in_field Immobilienmakler, selbstständig 🏠 | Wohn- und Anlageimmobilien im Raum Augsburg
# --- it
it H0 role_in_field Agente immobiliare freelance con partita IVA | Torino centro
it H0 role_in_field Agente immobiliare in proprio | Milano zona Navigli 🏡
it H1 founder_small Titolare di Casa Serena Immobiliare, piccola agenzia a Perugia (io e mia sorella)
it M0 exec_in_field Responsabile vendite in Edilnova Sviluppo Immobiliare – società di sviluppo residenziale
it - missing_qualifier Consulente immobiliare dipendente presso Gruppo Abitare (250 agenzie)
it - owner_big_corp Fondatore e AD di ReteCase Italia, 500 agenzie in franchising
it - role_other_field Responsabile vendite in concessionaria auto
it - staff_in_field Segretaria in agenzia immobiliare
it - role_other_field Agente di commercio in proprio – settore arredamento
it - missing_qualifier Responsabile vendite di un'agenzia immobiliare di Firenze
it - unrelated Geologa | rilievi e consulenze ambientali
# --- pt
pt H0 role_in_field Consultora imobiliária independente (trabalhadora por conta própria) | Porto e Gaia 🏡
pt H1 founder_small Dona da Imobiliária Casa Boa, pequena agência de bairro em Braga
pt M0 exec_in_field Diretor de Vendas | Vértice Promoção Imobiliária – empreendimentos residenciais
pt - missing_qualifier Corretor de imóveis contratado na Lar Brasil Imóveis (200 lojas)
pt - owner_big_corp Fundador e CEO da Rede Morada, 800 agências franqueadas
pt - role_other_field Diretor comercial de concessionária de veículos
pt - staff_in_field Assistente administrativa na Vértice Promoção Imobiliária
pt - role_other_field Mediador de seguros independente
pt - unrelated Engenheiro mecânico na indústria naval
pt - unrelated Professora de inglês numa escola de línguas
# --- nl
nl H0 role_in_field Zelfstandig makelaar (zzp) | woningverkoop in Haarlem en omgeving 🏡
nl H1 founder_small Eigenaar van Van Eck Makelaardij – klein makelaarskantoor in Amersfoort, 3 collega's
nl M0 exec_in_field Hoofd Verkoop bij Rivierzicht Projectontwikkeling (nieuwbouwwoningen)
nl - missing_qualifier Makelaar in loondienst bij Woonpunt Makelaars (150 vestigingen)
nl - owner_big_corp Oprichter en CEO van HuisNet, 400 franchisevestigingen
nl - role_other_field Hoofd verkoop bij een autodealer
nl - staff_in_field Binnendienstmedewerker bij Van Eck Makelaardij
nl - role_other_field Zelfstandig hypotheekadviseur
nl - missing_qualifier Hoofd verkoop van een makelaarskantoor in Utrecht
nl - unrelated Apothekersassistente
"""

# ---------------------------------------------------------------------------
# 7. kinderopvang  (H0 startende pedagogisch medewerkers,
#                H1 locatiemanagers van kleine, zelfstandige kinderdagverblijven,
#                M0 beleidsmedewerkers kinderopvang bij gemeenten)
# ---------------------------------------------------------------------------
ROWS["kinderopvang"] = """
# --- nl
nl M0 role_in_field Beleidsadviseur kinderopvang en VVE | Gemeente Lindewaard
nl H0 role_in_field Net gestart als pedagogisch medewerker bij KDV De Boomhut 🌳 | eerste baan na mijn mbo-diploma
nl H0 role_in_field Startend pedagogisch medewerker BSO – sinds september aan de slag bij BSO Klimrek
nl H1 exec_in_field Locatiemanager | Kinderdagverblijf Klein Duimpje – zelfstandig KDV met 2 groepen
nl M0 role_in_field Beleidsmedewerker jeugd & kinderopvang | Gemeente Zuidvliet
nl - missing_qualifier Pedagogisch medewerker sinds 1999 – KDV Hummeltjes
nl - missing_qualifier Locatiemanager bij Kidsvallei Kinderopvang (220 locaties)
nl - missing_qualifier Beleidsadviseur kinderopvang bij een landelijke brancheorganisatie
nl - role_other_field Beleidsmedewerker verkeer en mobiliteit | Gemeente Zuidvliet
nl - student_in_field Student Pedagogisch Medewerker (mbo-4), 1e jaar
nl - role_other_field Locatiemanager bij Tuincentrum De Linde
# --- en
en H0 role_in_field Newly qualified early years practitioner 🧸 just started at Little Acorns Day Nursery
en H1 exec_in_field Nursery Manager at Bumblebee Corner – small independent nursery, 30 children
en M0 role_in_field Childcare Policy Officer | Early Years team, Westbury City Council
en - missing_qualifier Nursery Manager · Brightstart Nurseries (national chain, 180 sites)
en - missing_qualifier Early years practitioner – 20 years' experience, room leader
en - role_other_field Policy Officer, Waste & Recycling | Westbury City Council
en - missing_qualifier Early years policy adviser at the Department for Education
en - role_other_field Newly qualified primary teacher (NQT) – Year 2
en - role_other_field Store Manager at Greenway Foods
en H0 role_in_field Just started my first job as a nursery practitioner 🧸 (Level 3, qualified in June)
# --- fr
fr H0 role_in_field Éducatrice de jeunes enfants jeune diplômée – premier poste en multi-accueil 👶
fr H0 role_in_field Auxiliaire de puériculture tout juste diplômée 👶 premier poste à la crèche Les Petits Pas
fr H1 exec_in_field Directrice de la micro-crèche indépendante Les Lucioles (10 berceaux)
fr M0 role_in_field Chargée de mission petite enfance | Mairie de Rillieux-Saint-Clair
fr - missing_qualifier Directrice de crèche au sein du groupe Crèchalis (400 crèches en France)
fr - missing_qualifier Auxiliaire de puériculture depuis 24 ans en crèche municipale
fr - role_other_field Chargé de mission voirie | Mairie de Saint-Aubin
fr - missing_qualifier Chargée de mission petite enfance à la CAF
fr - role_other_field Directeur d'école élémentaire
fr - student_in_field Élève auxiliaire de puériculture – stage en crèche
fr - unrelated Boulanger-pâtissier salarié
# --- de
de H0 role_in_field Frisch examinierte Erzieherin 🌈 erste Stelle in der Krippe Spatzennest
de H0 role_in_field Berufseinsteigerin als Erzieherin 🧸 seit August in der Kita Sonnenblume
de H1 exec_in_field Kita-Leitung | Kinderladen Wirbelwind e.V. – kleine, unabhängige Elterninitiative mit 18 Kindern
de M0 role_in_field Referentin für Kindertagesbetreuung | Jugendamt der Stadt Göttingen
de - missing_qualifier Erzieher seit 1996 | Kita Regenbogen
de - missing_qualifier Einrichtungsleitung Kita bei KinderWelt gGmbH (über 200 Kitas bundesweit)
de - role_other_field Sachbearbeiter Straßenverkehr | Stadt Göttingen
de - missing_qualifier Referentin Kindertagesbetreuung beim Landesministerium für Bildung
de - role_other_field Grundschullehrerin im Referendariat
de - student_in_field Schülerin an der Fachschule für Sozialpädagogik (Erzieherausbildung), 1. Jahr
de - unrelated Busfahrer im Linienverkehr
# --- it
it H0 role_in_field Educatrice di asilo nido neoassunta – primo incarico al nido Girotondo 🧸
it H1 exec_in_field Coordinatrice del nido privato indipendente "Le Coccinelle" (piccola struttura, 25 bimbi)
it M0 role_in_field Funzionaria per le politiche dei nidi d'infanzia – Comune di Reggiolo Terme
it - missing_qualifier Educatrice di nido con 25 anni di esperienza
it - missing_qualifier Coordinatrice pedagogica in una catena nazionale di asili nido (90 strutture)
it - role_other_field Funzionario ufficio tributi – Comune di Modena
it - role_other_field Maestra di scuola primaria, prima nomina
it - student_in_field Studentessa di Scienze dell'Educazione – tirocinio al nido
it - staff_in_field Cuoca presso asilo nido comunale
it - unrelated Commercialista a Treviso
# --- pt
pt H0 role_in_field Educadora de infância acabada de se formar 🧸 | primeiro emprego na creche Pequenos Passos
pt H1 exec_in_field Diretora técnica da creche independente Casinha dos Sonhos (pequena, 2 salas)
pt M0 role_in_field Técnica superior de políticas de infância | Câmara Municipal de Setúbal – creches e pré-escolar
pt - missing_qualifier Educadora de infância há 30 anos
pt - missing_qualifier Diretora pedagógica de rede de creches com 60 unidades
pt - role_other_field Técnico de urbanismo na Câmara Municipal de Setúbal
pt - role_other_field Professora do 1.º ciclo recém-colocada
pt - student_in_field Estudante de Educação Básica – estágio em creche
pt - missing_qualifier Técnica superior na Segurança Social – acordos com creches
pt H1 exec_in_field Diretora da Creche Os Piratas – creche privada independente com 30 crianças
# --- es
es H0 role_in_field Técnica en Educación Infantil recién titulada 🧸 | primer contrato en la escuela infantil Pasitos
es H1 exec_in_field Directora de la escuela infantil Los Duendes – centro privado independiente, 3 aulas
es M0 role_in_field Técnico de políticas de infancia en el Ayuntamiento de Getafe – escuelas infantiles municipales
es - missing_qualifier Educadora infantil con 20 años de experiencia
es - missing_qualifier Directora de centro en cadena de escuelas infantiles (120 centros)
es - role_other_field Técnico de medio ambiente – Ayuntamiento de Getafe
es - role_other_field Maestro de primaria interino
es - student_in_field Estudiante de Grado en Educación Infantil, 2º curso
es - missing_qualifier Asesora técnica de educación infantil en la Consejería de Educación
es - unrelated Camarero en una cervecería de Salamanca
"""


def main():
    owners = tomllib.loads((HERE / "owners.toml").read_text(encoding="utf-8"))
    out = []
    for owner, block in ROWS.items():
        cfg = owners[owner]
        for n, line in enumerate(block.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            lang, ref, kind, headline = line.split(None, 3)
            if ref == "-":
                match, phrase = 0, ""
            else:
                lists = {"H": cfg["help_whom"], "M": cfg["meet_whom"]}
                match, phrase = 1, lists[ref[0]][int(ref[1:])]
            out.append([owner, headline.strip(), lang, match, phrase, kind])
    with open(HERE / "headlines.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["owner", "headline", "lang", "match", "phrase", "kind"])
        w.writerows(out)
    print(f"wrote {len(out)} rows to headlines.csv")


if __name__ == "__main__":
    main()
