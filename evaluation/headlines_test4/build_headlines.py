#!/usr/bin/env python3
"""Build headlines.csv from the hand-written rows below.

Every row is one line:   CODE KIND :: headline
  CODE  H1 / H2 = help_whom[0] / help_whom[1] of the owner,
        M1      = meet_whom[0] of the owner,
        -       = no match.
  KIND  short category (see README.md).
Rows are grouped by owner (dict key = owners.toml table) and by a
"## <lang>" line giving the main language of the headlines under it.

The matched phrase is copied from owners.toml through the code, so it
cannot be mistyped.  All headlines, people and companies are invented.
"""
import csv
import pathlib
import tomllib

HERE = pathlib.Path(__file__).resolve().parent

ROWS = {
# ---------------------------------------------------------------------------
# marketing (en): H1 students in digital marketing or communication
#                 H2 founders of small businesses and e-shops
#                 M1 marketing directors
# ---------------------------------------------------------------------------
"marketing": """
## fr
M1 exec_in_field :: Directrice marketing & communication chez Maison Vérel | Luxe & savoir-faire ✨
M1 exec_in_field :: CMO chez Pixalune | Éditeur de logiciels B2B | Ancienne de Havrelle
M1 exec_in_field :: Directeur Marketing Digital – Groupe Ondeline (retail) | Data, CRM & acquisition
M1 exec_in_field :: Head of Marketing chez Fromagerie Cazals | passionnée de marques qui ont du sens 🧀
M1 exec_in_field :: Directrice du marketing | Mutuelle Sérane | Marketing stratégique, études, offre
H1 student_in_field :: Étudiante en BUT Information-Communication 📚 | IUT de Lannoy | en recherche de stage
H1 student_in_field :: Étudiant en Master Marketing Digital à l'IAE | Alternant chez Kubik Média
H1 student_in_field :: Étudiante en communication digitale | Bachelor 3e année | Réseaux sociaux & vidéo 🎬
H1 student_in_field :: Étudiant en licence Information-Communication | Futur chargé de com' 🚀
H1 student_in_field :: Master 2 Communication des organisations – Université de Brest-Océane | Recherche alternance
H2 owner_small_business :: Gérant de la Boulangerie du Pont-Vieux | pain au levain & viennoiseries maison 🥐
H2 owner_small_business :: Fondatrice de Petits Lainages, e-shop de laine teinte à la main 🧶
H2 owner_small_business :: Créatrice et gérante de la boutique en ligne Savons d'Ardoise | Cosmétiques solides
H2 owner_small_business :: Fondateur de Cycles Mirabeau, atelier-boutique vélo à Nantes 🚲
- exec_other_field :: Directeur commercial France @ Ventoria | Grands comptes & distribution
- exec_other_field :: Directrice artistique freelance | Identité visuelle, packaging
- exec_other_field :: Directeur technique (CTO) chez Nubalis | Cloud & DevOps
- exec_other_field :: Directrice des ressources humaines | Groupe Altaïs | 2 500 collaborateurs
- exec_other_field :: Directeur produit @ Payflo | Fintech | Product discovery
- student_other_field :: Étudiant en droit des affaires – Université de Clairmont | M1
- student_other_field :: Étudiante infirmière en 2e année (IFSI) 🩺
- student_other_field :: Élève ingénieur en génie mécanique | Recherche stage de fin d'études
- recruiter :: Chargée de recrutement chez TalentMarée | On recrute des profils marketing ! 📢
- recruiter :: Consultant recrutement – Fonctions Marketing & Digital | Cabinet Hestia Search
- owner_big_corp :: PDG du groupe Lorvane | 18 000 collaborateurs dans 30 pays
- owner_big_corp :: Fondateur et président du groupe hôtelier Saint-Aubrac (42 établissements, 3 000 salariés)
- junior_in_field :: Assistante marketing chez Biscuiterie Colline | Print, salons, réseaux sociaux
- peer :: Consultant SEO freelance | Audit technique, netlinking | +60 sites accompagnés
- peer :: Chef de projet marketing digital @ Agence Sillon | Google Ads & Meta
- peer :: Community manager freelance 📱 | Instagram, TikTok & LinkedIn pour TPE
- other_job :: Comptable chez Cabinet Ferrand & Associés
- other_job :: Responsable logistique | Entrepôt de Vénissac | Supply chain

## en
M1 exec_in_field :: Chief Marketing Officer at Brightwell Foods | Brand, growth & insights
M1 exec_in_field :: VP Marketing @ Kestrel Analytics | B2B SaaS | Demand gen nerd 📈
M1 exec_in_field :: Marketing Director – Harlow & Finch Outdoor | Ex-agency
M1 exec_in_field :: Head of Marketing | Tillbury Home | D2C furniture
M1 exec_in_field :: Global Marketing Director, Orrin Pharmaceuticals 💊
H1 student_in_field :: Digital Marketing student @ University of Eastmoor | Looking for a summer internship ☀️
H1 student_in_field :: BA (Hons) Communication and Media student | Aspiring content creator
H1 student_in_field :: MSc Digital Marketing student | Analytics, SEO & paid social
H1 student_in_field :: Second-year Strategic Communication undergrad at Pembrook College
H1 student_in_field :: Student | Communication Studies @ Lakeside University | Student radio host 🎙️
H2 owner_small_business :: Founder of Mossy Mug Coffee, a 2-van coffee business ☕
H2 owner_small_business :: Owner & founder, Little Fern Florist | Weddings & events 🌿
H2 owner_small_business :: Founder @ Threadbare Socks – independent e-shop for organic socks 🧦
H2 owner_small_business :: Co-founder of Hollow Oak Bakery | 6 staff, 1 oven, lots of sourdough
- exec_other_field :: Sales Director EMEA | Corvane Software
- exec_other_field :: Art Director at Pinecrest Studio | Branding & packaging
- exec_other_field :: Technical Director @ Ironvale Games
- exec_other_field :: Director of Product | Quillmark Health
- exec_other_field :: HR Director | People & Culture | Northgate Utilities
- student_other_field :: Mechanical Engineering student at Redbank University
- student_other_field :: Law student (LLB) | Mooting | Aspiring barrister ⚖️
- student_other_field :: Computer Science undergrad | Python, React | Hackathons 💻
- recruiter :: Talent Acquisition Partner @ Hirewise | Hiring marketers across Europe
- recruiter :: Recruitment Consultant – Marketing & Digital | Calloway Search
- owner_big_corp :: CEO at Stanmoor Group | 25,000 employees | FTSE 250
- owner_big_corp :: Founder & Executive Chairman, Varden Retail Group (400 stores)
- junior_in_field :: Marketing Assistant at Greyford Brewing | Events & socials
- junior_in_field :: Content Marketing Coordinator @ Brindle Insurance
- peer :: Freelance SEO consultant | Technical SEO & link building
- peer :: Senior Paid Social Specialist | Meta & TikTok ads
- other_job :: Registered Nurse | ICU | Westbury General Hospital
- other_job :: Procurement Manager at Dunmore Logistics

## es
M1 exec_in_field :: Directora de Marketing en Grupo Alborán Foods | Marca y crecimiento
M1 exec_in_field :: CMO @ Rutamía | Marketplace de viajes 🌍
M1 exec_in_field :: Director de Marketing y Comunicación | Bodegas Cierzo Alto
M1 exec_in_field :: Head of Marketing en Finlupa | Banca digital para autónomos
M1 exec_in_field :: Directora de Marketing Digital – Seguros Atalaya
H1 student_in_field :: Estudiante de Publicidad y Relaciones Públicas 🎨 | Universidad de Valmira
H1 student_in_field :: Estudiante de Comunicación Digital en la Universidad de Lorca-Sur | Redes sociales 📱
H1 student_in_field :: Máster en Marketing Digital y E-commerce (en curso) | Analítica y SEM
H1 student_in_field :: Estudiante de 3º de Comunicación | Prácticas en Agencia Limón
H1 student_in_field :: Estudiante de Relaciones Públicas y Comunicación Corporativa
H2 owner_small_business :: Dueña de la Panadería La Espiga de Oro | Masa madre y bollería artesana 🥖
H2 owner_small_business :: Fundador de Cafés Tostadero Rubio, tienda online de café de especialidad ☕
H2 owner_small_business :: Fundadora y CEO de Telarina, e-shop de bolsos artesanos 👜
H2 owner_small_business :: Fundador de la Ferretería Salcedo, tienda de barrio en Zaragoza 🔧
- exec_other_field :: Director Comercial | Distribuciones Ebro Norte
- exec_other_field :: Director de Arte en Estudio Pámpano | Branding
- exec_other_field :: Directora de Recursos Humanos en Grupo Velarde
- exec_other_field :: Director Técnico – Construcciones Orzán
- exec_other_field :: Directora de Producto @ Kolmo Apps
- student_other_field :: Estudiante de Ingeniería Industrial | Universidad de Castrovega
- student_other_field :: Estudiante de Enfermería 🩺 | 4º curso
- student_other_field :: Estudiante de Derecho y ADE
- recruiter :: Técnica de selección en Selecta Humana | Buscamos perfiles de marketing
- recruiter :: Headhunter | Perfiles directivos de marketing y ventas
- owner_big_corp :: Consejero delegado de Grupo Andara | 30.000 empleados
- owner_big_corp :: Presidente y fundador de Hermanos Cuevas Alimentación (1.200 empleados)
- junior_in_field :: Asistente de marketing en Cervezas Lúpulo Norte
- peer :: SEO freelance | Posicionamiento web para clínicas dentales 🦷
- peer :: Especialista en Google Ads y campañas de pago | Autónomo
- peer :: Community Manager en Agencia Bruma
- other_job :: Profesora de Matemáticas en IES Río Tajo
- other_job :: Técnico de mantenimiento en planta de Motores Ibarra

## de
M1 exec_in_field :: Marketingleiterin bei Brenner & Voss Küchen | Marke, Kampagnen, Team
M1 exec_in_field :: Leiter Marketing | Stadtwerke Haldenau
M1 exec_in_field :: CMO bei Fahrwerk Mobility GmbH | E-Bikes für Pendler ⚡
M1 exec_in_field :: Head of Marketing bei Gläserne Mühle AG | B2C Food
M1 exec_in_field :: Marketingdirektorin DACH | Kosmetik | Lunéa Beauté
H1 student_in_field :: Studentin der Kommunikations- und Medienwissenschaft | Universität Eichwald
H1 student_in_field :: Student Online-Marketing (B.A.) @ Hochschule Rheinsteig | Werkstudent Social Media
H1 student_in_field :: Medienmanagement-Student mit Schwerpunkt Digitales Marketing | 5. Semester
H1 student_in_field :: Masterstudentin Digital Marketing & Kommunikation | HS Lindtal
H1 student_in_field :: Student der Medienwissenschaft (B.A.) | Praktikum PR & Kommunikation gesucht
H2 owner_small_business :: Inhaber eines Fahrradladens in Freiburg 🚲 | Reparatur & Verkauf
H2 owner_small_business :: Gründerin von Strickliebe, Onlineshop für Wolle & Strickzubehör 🧶
H2 owner_small_business :: Inhaberin & Gründerin | Blumenwerkstatt Mohnblüte
H2 owner_small_business :: Gründer von Kaffeerösterei Bohnenglück | Onlineshop & Café ☕
- exec_other_field :: Vertriebsleiter DACH | Hollwitz Maschinenbau
- exec_other_field :: Art Director bei der Werbeagentur Fleckig
- exec_other_field :: Technischer Leiter bei Stahlbau Kremer
- exec_other_field :: Personalleiterin | Brauerei Oberfels | 600 Mitarbeitende
- exec_other_field :: Head of Product bei Lernfix | Lern-Apps für Grundschulen
- student_other_field :: Student Maschinenbau | TU Grünstadt
- student_other_field :: Jurastudentin im 6. Semester ⚖️
- student_other_field :: Studentin BWL mit Schwerpunkt Controlling
- recruiter :: Recruiterin | Wir suchen Marketing-Talente 🚀 | Personalwerk Nord
- recruiter :: Senior Personalberater – Marketing & Vertrieb | Kessler Executive Search
- owner_big_corp :: Vorstandsvorsitzender der Talbach Chemie AG | 22.000 Mitarbeitende
- owner_big_corp :: Gründer & Aufsichtsratsvorsitzender der Brummer Handelsgruppe (1.100 Filialen)
- junior_in_field :: Marketingassistentin bei Kerzenmanufaktur Lichtwerk
- peer :: Freelance SEO-Berater | Technisches SEO & Content
- peer :: Performance-Marketing-Spezialist | SEA & Paid Social
- peer :: Social-Media-Redakteurin bei Kanal Sieben
- other_job :: Steuerfachangestellte bei Kanzlei Wendt
- other_job :: Lagerist bei Spedition Haberl

## it
M1 exec_in_field :: Responsabile Marketing presso Pastificio Valdarno S.p.A.
M1 exec_in_field :: Direttrice Marketing & Comunicazione | Ottica Lumière Italia
M1 exec_in_field :: CMO presso Viaggiolento | Piattaforma di viaggi lenti ✈️
M1 exec_in_field :: Direttore Marketing – Caseificio Monteverde | Food & Retail
M1 exec_in_field :: Head of Marketing presso Fiorelli Arredamenti | Brand & Digital
H1 student_in_field :: Studentessa di Scienze della Comunicazione | Università di Pianoro
H1 student_in_field :: Studente magistrale in Marketing Digitale | Social media & analytics
H1 student_in_field :: Studente di Comunicazione d'impresa | Tirocinio in agenzia cercasi 📣
H1 student_in_field :: Laureanda in Comunicazione, Media e Pubblicità
H1 student_in_field :: Studentessa Master Digital Marketing 📊 | Ex barista, futura growth marketer
H2 owner_small_business :: Titolare della Pasticceria Dolci Rondini | Dal 2015 🍰
H2 owner_small_business :: Fondatrice di Filo&Ago, e-shop di tessuti e merceria online 🧵
H2 owner_small_business :: Titolare di un negozio di biciclette a Padova | Riparazioni e noleggio 🚲
H2 owner_small_business :: Fondatore di Olio Sasseta, shop online di olio extravergine 🫒
- exec_other_field :: Direttore Commerciale Italia | Vellani Macchine
- exec_other_field :: Direttrice Artistica | Studio Grafico Pigna
- exec_other_field :: Direttore Tecnico presso Cantieri Lagomar
- exec_other_field :: Responsabile Risorse Umane | Gruppo Ferranti
- exec_other_field :: Responsabile Commerciale Estero @ Arredi Brenta
- student_other_field :: Studente di Ingegneria Gestionale | Politecnico
- student_other_field :: Studentessa di Giurisprudenza 📚
- student_other_field :: Studente di Medicina | 4° anno
- recruiter :: HR Recruiter @ Selezione Futura | Cerchiamo marketing specialist
- recruiter :: Head Hunter | Ricerca di figure manageriali nel marketing
- owner_big_corp :: Amministratore Delegato del Gruppo Castelmoro | 15.000 dipendenti
- owner_big_corp :: Fondatore e Presidente di Corradini Supermercati | 250 punti vendita
- junior_in_field :: Assistente Marketing presso Birrificio Valtorta
- peer :: Consulente SEO freelance | Posizionamento organico per e-commerce
- peer :: Social media manager freelance per ristoranti e hotel 📱
- peer :: Marketing specialist presso Nuvolari Software | Campagne e newsletter
- other_job :: Infermiera di sala operatoria
- other_job :: Geometra | Studio Tecnico Bellandi

## pt
M1 exec_in_field :: Diretora de Marketing | Conservas Maré Alta
M1 exec_in_field :: CMO na Pagaí | Fintech 🇧🇷
M1 exec_in_field :: Diretor de Marketing e Comunicação @ Grupo Serrana Têxteis
M1 exec_in_field :: Head of Marketing na Calçados Ribeira | Marca & e-commerce
M1 exec_in_field :: Diretora de Marketing Digital | Banco Rosário
H1 student_in_field :: Estudante de Ciências da Comunicação | Universidade de Vilarinho
H1 student_in_field :: Estudante de Marketing Digital 📱 | Procurando estágio
H1 student_in_field :: Estudante de Publicidade e Propaganda | Agência Júnior ECO
H1 student_in_field :: Mestranda em Comunicação Estratégica | Universidade de Almarante
H1 student_in_field :: Aluna do curso de Comunicação Social | 5º período
H2 owner_small_business :: Dona da Padaria Pão de Ló da Vila | Pães artesanais 🥖
H2 owner_small_business :: Fundadora da Flor de Sal Bijus, loja online de bijuteria ✨
H2 owner_small_business :: Fundador da Oficina das Bicicletas Lda. | Venda e reparação 🚲
H2 owner_small_business :: Sócia-fundadora da Café Quintal, cafeteria de bairro ☕
- exec_other_field :: Diretor Comercial | Cortiças Lusitânia
- exec_other_field :: Diretora de Arte na Agência Ponte Aérea
- exec_other_field :: Diretor de Recursos Humanos @ Metalúrgica Arouca
- exec_other_field :: Diretor de Tecnologia (CTO) | Startup Rotafácil
- exec_other_field :: Diretora de Produto na Contafácil
- student_other_field :: Estudante de Engenharia Civil 👷
- student_other_field :: Estudante de Direito | 3º ano
- student_other_field :: Estudante de Medicina Dentária
- recruiter :: Recrutadora Tech & Marketing | Conecta Talentos
- recruiter :: Headhunter na Alvo Executivo | Diretores de marketing e vendas
- owner_big_corp :: CEO do Grupo Tordesilhas | 20 mil colaboradores
- owner_big_corp :: Fundador e Presidente do Conselho da Rede Supermercados Celeiro Verde (300 lojas)
- junior_in_field :: Assistente de Marketing na Cervejaria Tucano
- peer :: Freelancer de SEO | Otimização de sites e blogs
- peer :: Analista de Marketing Digital Pleno | Meta Ads & Google Ads
- peer :: Freelancer de social media 📸 | Conteúdo para restaurantes
- other_job :: Enfermeira obstetra
- other_job :: Contador | Escritório Ribeiro Contabilidade

## nl
M1 exec_in_field :: Marketingdirecteur bij Hollandse Kaasmakerij Veldhuis
M1 exec_in_field :: CMO bij Fietsplan | Deelfietsen voor gemeenten 🚲
M1 exec_in_field :: Directeur Marketing & Communicatie | Zorgverzekeraar Lindeborg
M1 exec_in_field :: Hoofd Marketing bij Tuincentrum Groenhof Groep
M1 exec_in_field :: Head of Marketing bij Koffiebranderij Van Dijk & Zn. | Merken met een missie
H1 student_in_field :: Student Communicatie aan de Hogeschool Zeeland-Noord | Stagiair contentmarketing
H1 student_in_field :: Masterstudent Communicatiewetenschap | Universiteit van Dalmeer
H1 student_in_field :: Student Media & Communicatie (MBO niveau 4) 🎥
H1 student_in_field :: Student Online Marketing | HBO | Op zoek naar een afstudeerstage
H1 student_in_field :: Studente Communicatie- en Informatiewetenschappen | Social media & storytelling
H2 owner_small_business :: Eigenaar van webwinkel Sokkenparadijs 🧦
H2 owner_small_business :: Oprichter van Bakkerij Het Zoete Hoekje | Ambachtelijk brood 🍞
H2 owner_small_business :: Oprichtster & eigenaar | Bloemenzaak De Wilde Tulp 🌷
H2 owner_small_business :: Eigenaar Fietsenwinkel Spaak & Zadel | Reparatie en verkoop
- exec_other_field :: Commercieel Directeur | Van Loon Installatietechniek
- exec_other_field :: Art director bij ontwerpstudio Kwast | Huisstijlen en verpakkingen
- exec_other_field :: Technisch Directeur bij Scheepswerf Boerma
- exec_other_field :: HR-directeur | Woningcorporatie Thuisstede
- exec_other_field :: Productdirecteur bij Betaalbox | Betaalapps voor winkeliers
- student_other_field :: Student Werktuigbouwkunde 🔧
- student_other_field :: Student Rechtsgeleerdheid
- student_other_field :: Student HBO-Verpleegkunde
- recruiter :: Recruiter bij Werving & Co | Marketingvacatures in de Randstad
- recruiter :: Executive search consultant – Marketing & Sales | Brederode Partners
- owner_big_corp :: CEO van Koninklijke Doornbos Groep | 12.000 medewerkers
- owner_big_corp :: Oprichter en bestuursvoorzitter van Zuiderzee Retail (350 winkels)
- junior_in_field :: Marketingassistent bij Brouwerij De Zwaan
- peer :: Freelance SEO-specialist | Vindbaarheid voor mkb
- peer :: Contentmarketeer bij Verzekeraar Polder
- peer :: Online marketeer bij Reisorganisatie Zonvaart | Google Ads & SEA
- other_job :: Boekhouder bij Administratiekantoor Smit
- other_job :: Vrachtwagenchauffeur internationaal transport 🚛
""",

# ---------------------------------------------------------------------------
# patents (en): H1 PhD students in chemistry or materials science
#               H2 founders of deep-tech start-ups
#               M1 heads of R&D
# ---------------------------------------------------------------------------
"patents": """
## fr
H1 student_in_field :: Doctorante en chimie organique | Université de Ravel-Sud | Synthèse de ligands
H1 student_in_field :: Doctorant en science des matériaux 🔬 | Céramiques pour l'aérospatiale
H2 owner_in_field :: Cofondatrice & CEO de Lumispin, start-up de puces photoniques
M1 exec_in_field :: Directeur R&D | Verrerie Castaing | Verres techniques
M1 exec_in_field :: Directrice Recherche & Développement chez Laboratoires Améline
- student_other_level :: Étudiante en Master 2 Chimie analytique | Recherche thèse CIFRE
- student_other_field :: Doctorant en biologie cellulaire
- employee_in_field :: Ingénieur R&D matériaux composites @ Compoflex
- owner_other_field :: Fondateur de Gustino, appli de livraison de repas 🍕
- peer :: Conseil en propriété industrielle | Brevets chimie
- exec_other_field :: Directeur commercial | Polymères Varennes
- senior_in_field :: Post-doctorante en chimie des polymères

## en
H1 student_in_field :: PhD candidate in Materials Science | Thin films & perovskites ☀️
H1 student_in_field :: PhD student, Inorganic Chemistry @ University of Harrowgate
H2 owner_in_field :: Founder & CEO @ Fermion Forge | Compact fusion start-up ⚛️
H2 owner_in_field :: Co-founder of Qubitline, a quantum computing start-up | Ex-physicist
M1 exec_in_field :: Head of R&D | Calder Coatings | Functional surfaces
- student_other_level :: MSc Chemistry student | Looking for a PhD position
- student_other_field :: PhD student in Neuroscience 🧠
- employee_in_field :: Senior R&D Scientist at Penrose Polymers
- owner_other_field :: Founder @ Pawprint, a pet-sitting marketplace app
- investor :: Partner at Tensile Ventures | Investing in deep tech 🚀
- peer :: European Patent Attorney | Chemistry & life sciences
- exec_other_field :: Head of Sales EMEA | Orbis Lasers

## es
H1 student_in_field :: Doctoranda en Química | Catálisis homogénea | Universidad de Castrovega
H1 student_in_field :: Estudiante de doctorado en Ciencia de Materiales 🧪
H2 owner_in_field :: Cofundador y CEO de Fotónica Arenal, startup de sensores fotónicos
M1 exec_in_field :: Director de I+D en Cerámicas Levante Sur
M1 exec_in_field :: Directora de I+D+i | Plásticos Navarro
- student_other_level :: Estudiante de Grado en Química | 4º curso
- student_other_field :: Doctorando en Historia Medieval
- senior_in_field :: Investigadora postdoctoral en nanomateriales
- owner_other_field :: Fundadora de Mimoda, tienda online de moda infantil
- employee_in_field :: Ingeniero de I+D en Baterías Íbero
- peer :: Agente de la propiedad industrial | Patentes y marcas
- exec_other_field :: Directora Financiera (CFO) en Robótica Taller Norte

## de
H1 student_in_field :: Doktorandin Chemie | Arbeitskreis Organische Synthese | Uni Weilersheim
H1 student_in_field :: Doktorand Materialwissenschaft @ Institut für Werkstoffe | Batteriematerialien 🔋
H2 owner_in_field :: Gründer & CEO | Quantenwerk GmbH – Quantensensorik-Start-up
H2 owner_in_field :: Mitgründerin eines Photonik-Start-ups | Laserquellen für die Halbleiterfertigung
M1 exec_in_field :: Leiter Forschung & Entwicklung | Kessler Spezialglas GmbH
- student_other_level :: Masterstudent Chemie | Suche Promotionsstelle
- student_other_field :: Doktorandin Betriebswirtschaftslehre
- employee_in_field :: Entwicklungsingenieur F&E bei Brandt Sensorik
- owner_other_field :: Gründer von Sockenkiste, Online-Abo für Socken 🧦
- exec_other_field :: Leiterin Vertrieb | Weidner Kunststofftechnik
- peer :: Patentanwältin | Chemie & Werkstoffe
- exec_other_field :: Laborleiterin Qualitätskontrolle | Pharmawerk Nord

## it
H1 student_in_field :: Dottoranda in Scienze Chimiche | Università di Borgonuovo
H1 student_in_field :: Dottorando in Scienza e Tecnologia dei Materiali | Grafene & compositi
H2 owner_in_field :: Fondatore e CEO di Qubito, startup di computer quantistici
M1 exec_in_field :: Responsabile R&S | Ceramiche Sassolese S.p.A.
M1 exec_in_field :: Direttrice Ricerca e Sviluppo presso Vernici Adriatiche
- student_other_level :: Studentessa magistrale in Chimica Industriale
- student_other_field :: Dottorando in Economia
- employee_in_field :: Ricercatore R&S presso Polimeri Brianza
- owner_other_field :: Fondatrice di Gelateria Nuvola 🍦
- peer :: Consulente in proprietà industriale | Brevetti e marchi
- exec_other_field :: Direttore Commerciale | Robotica Ligure
- senior_in_field :: Ricercatrice post-doc in chimica dei materiali

## pt
H1 student_in_field :: Doutoranda em Química | Universidade de Alvorada
H1 student_in_field :: Doutorando em Ciência dos Materiais | Ligas metálicas
H2 owner_in_field :: Fundadora da NanoTerra, startup de nanomateriais 🧪
H2 owner_in_field :: Cofundador e CEO | Robótica Atlântica – startup de robôs submarinos autónomos
M1 exec_in_field :: Diretora de I&D | Cortiça Viva S.A.
- student_other_level :: Mestrando em Química Farmacêutica
- student_other_field :: Doutoranda em Sociologia
- employee_in_field :: Engenheira de P&D na Polímeros Paulistas
- owner_other_field :: Fundador da Lavanderia Bolha, lavandaria self-service
- peer :: Agente Oficial da Propriedade Industrial | Patentes
- exec_other_field :: Diretor Comercial | Baterias Solar Sul
- other_job :: Professor de Química no ensino secundário

## nl
H1 student_in_field :: Promovendus scheikunde | Universiteit van Dalmeer | Katalyse
H1 student_in_field :: PhD-kandidaat materiaalkunde @ TU Oostvaart | Metaalschuim
H2 owner_in_field :: Oprichter & CEO van Lichtweg Fotonica, een fotonica-startup
M1 exec_in_field :: Hoofd R&D | Verffabriek Van Houtum
M1 exec_in_field :: Directeur Research & Development | Zeeuwse Coatings B.V.
- student_other_level :: Masterstudent Chemie | Op zoek naar een promotieplek
- student_other_field :: Promovenda geschiedenis
- employee_in_field :: R&D-engineer bij Schokbreker Techniek
- owner_other_field :: Oprichter van Snackbar De Gouden Frit
- peer :: Octrooigemachtigde | Chemie & materialen
- exec_other_field :: Hoofd Verkoop Benelux | Halfgeleider Systemen B.V.
- investor :: Investment manager bij deeptech-fonds Noordlicht Capital
""",

# ---------------------------------------------------------------------------
# vet (fr): H1 étudiants en médecine vétérinaire
#           H2 propriétaires de cliniques vétérinaires
#           M1 dirigeants de laboratoires de santé animale
# ---------------------------------------------------------------------------
"vet": """
## fr
H1 student_in_field :: Étudiante vétérinaire en 4e année 🐾 | École nationale vétérinaire de Ferlac
H1 student_in_field :: Étudiant en médecine vétérinaire | Passionné de rurale 🐄
H2 owner_in_field :: Vétérinaire associée et co-propriétaire de la Clinique vétérinaire des Tilleuls
H2 owner_in_field :: Propriétaire de la Clinique Vétérinaire du Val d'Orge | Canine & NAC
M1 exec_in_field :: Directeur général | Zoopharm Atlantique – laboratoire pharmaceutique vétérinaire
- employee_in_field :: Vétérinaire salariée en clientèle canine | Clinique des Acacias
- employee_in_field :: Auxiliaire spécialisée vétérinaire (ASV) 🐶
- student_other_field :: Étudiant en BTSA Productions animales
- owner_other_field :: Gérante d'un salon de toilettage canin ✂️🐩
- employee_in_field :: Délégué vétérinaire chez Zoopharm Atlantique | Secteur Grand Ouest
- exec_other_org :: Directrice générale d'un laboratoire d'analyses médicales (biologie humaine)
- recruiter :: Chargée de recrutement | Réseau de cliniques vétérinaires

## en
H1 student_in_field :: Veterinary Medicine student (BVSc, Year 3) | Equine enthusiast 🐎
H2 owner_in_field :: Owner & Clinical Director, Millbrook Veterinary Clinic
H2 owner_in_field :: Vet and practice owner | Hawthorn Lane Vet Clinic | Small animals
M1 exec_in_field :: CEO, Greyhollow Animal Health | Veterinary pharmaceuticals
M1 exec_in_field :: Managing Director at Vetrix Biologics, an animal health pharma company
- student_other_field :: Veterinary Nursing student | Level 3 Diploma
- employee_in_field :: Associate Veterinary Surgeon | Oakfield Vets
- student_other_field :: Pre-vet student | BSc Animal Science
- owner_other_field :: Owner of Waggle & Co. dog grooming salon 🐕
- employee_in_field :: Territory Sales Manager | Greyhollow Animal Health
- exec_other_org :: CEO, Kestermann Pharma (human medicines)
- other_job :: Pet insurance product manager | Furlong Insure

## es
H1 student_in_field :: Estudiante de Veterinaria | 5º curso | Universidad de Castrovega 🐾
H1 student_in_field :: Estudiante del Grado en Veterinaria 🐄 | Interesada en producción animal
H2 owner_in_field :: Propietaria de la Clínica Veterinaria Los Almendros | Veterinaria de pequeños animales
H2 owner_in_field :: Veterinario y dueño de la Clínica Veterinaria San Roque
M1 exec_in_field :: Consejero Delegado de Laboratorios Zoosalud, salud animal
- employee_in_field :: Veterinaria en Hospital Veterinario Mediterráneo | Cirugía
- employee_in_field :: Auxiliar Técnico Veterinario (ATV)
- student_other_field :: Estudiante de Biología | Fauna salvaje 🦊
- owner_other_field :: Dueño de la tienda de animales Mascotín
- employee_in_field :: Delegada comercial en Laboratorios Zoosalud
- exec_other_org :: Director General de Farmacéutica Iberia Salud (medicamentos de uso humano)
- recruiter :: Técnica de selección | Clínicas veterinarias y sector mascotas

## de
H1 student_in_field :: Tiermedizinstudentin im 7. Semester 🐾 | Großtier-Fan
H1 student_in_field :: Student der Veterinärmedizin | Universität Eichwald
H2 owner_in_field :: Tierärztin & Praxisinhaberin | Kleintierklinik am Stadtpark
M1 exec_in_field :: Geschäftsführer | Veterra Tiergesundheit GmbH – Tierarzneimittel
M1 exec_in_field :: CEO bei Animedix Pharma, Hersteller von Tierarzneimitteln
- employee_in_field :: Angestellte Tierärztin | Tierklinik Elbhöhe
- employee_in_field :: Tiermedizinische Fachangestellte (TFA)
- student_other_field :: Studentin Agrarwissenschaften | Nutztierhaltung
- owner_other_field :: Inhaber einer Hundeschule 🐕
- employee_in_field :: Außendienst Tierarzneimittel | Veterra Tiergesundheit
- exec_other_org :: Geschäftsführerin eines Labors für Humangenetik
- recruiter :: Personalberaterin für Tiermedizin | VetJobs Süd

## it
H1 student_in_field :: Studentessa di Medicina Veterinaria | Università di Borgonuovo
H1 student_in_field :: Studente di Veterinaria al 3° anno 🐄
H2 owner_in_field :: Titolare della Clinica Veterinaria San Francesco | Medico veterinario
H2 owner_in_field :: Medico veterinario e titolare | Clinica Veterinaria Colle Aperto
M1 exec_in_field :: Amministratore Delegato di Zoofarma Italia, salute animale
- employee_in_field :: Medico veterinario libero professionista presso varie cliniche
- student_other_field :: Studentessa di Scienze e tecnologie delle produzioni animali
- owner_other_field :: Titolare di un negozio per animali | Toelettatura e accessori
- employee_in_field :: Informatore scientifico veterinario | Zoofarma Italia
- exec_other_org :: Direttore Generale | Farmaceutica Lombarda (farmaci per uso umano)
- employee_in_field :: Tecnica veterinaria in clinica per piccoli animali
- other_job :: Allevatore di bovini da latte 🐄

## pt
H1 student_in_field :: Estudante de Medicina Veterinária | 4º ano 🐾
H1 student_in_field :: Estudante de Veterinária na Universidade de Alvorada
H2 owner_in_field :: Sócia-gerente e proprietária da Clínica Veterinária do Lago
M1 exec_in_field :: CEO | Zoovida Saúde Animal – medicamentos veterinários
M1 exec_in_field :: Diretor-geral da Pecuvet, laboratório farmacêutico de saúde animal
- employee_in_field :: Médica veterinária na Clínica Veterinária Bichos & Cia
- employee_in_field :: Enfermeira veterinária 🐱
- student_other_field :: Estudante de Zootecnia
- owner_other_field :: Dono de pet shop | Banho e tosa 🐶
- employee_in_field :: Representante técnico-comercial | Zoovida Saúde Animal
- exec_other_org :: Diretora-geral de laboratório de análises clínicas
- recruiter :: Recrutadora | Vagas para médicos veterinários

## nl
H1 student_in_field :: Student Diergeneeskunde | Universiteit van Dalmeer 🐾
H1 student_in_field :: Derdejaars student diergeneeskunde | Landbouwhuisdieren 🐄
H2 owner_in_field :: Dierenarts & eigenaar van Dierenkliniek De Hoeve
H2 owner_in_field :: Praktijkeigenaar | Dierenkliniek Waalkant
M1 exec_in_field :: Algemeen directeur | Veridia Diergezondheid – diergeneesmiddelen
- employee_in_field :: Dierenarts in loondienst | Dierenkliniek Noorderpark
- employee_in_field :: Dierenartsassistente 🐶
- student_other_field :: Student Dierhouderij (MBO)
- owner_other_field :: Eigenaar trimsalon Kwispel ✂️
- employee_in_field :: Accountmanager bij Veridia Diergezondheid
- exec_other_org :: Directeur Klinisch Chemisch Laboratorium | Ziekenhuis Rijnoord
- recruiter :: Recruiter dierenartsen | VetWerk
""",

# ---------------------------------------------------------------------------
# handwerk (de): H1 Auszubildende im Handwerk
#                H2 Inhaber von Handwerksbetrieben
#                M1 Einkaufsleiter im Baustoffhandel
# ---------------------------------------------------------------------------
"handwerk": """
## de
H1 apprentice_in_field :: Azubi zum Tischler 🪚 | Schreinerei Holzmann & Söhne | 2. Lehrjahr
H1 apprentice_in_field :: Auszubildende Elektronikerin für Energie- und Gebäudetechnik bei Elektro Riedl
H2 owner_in_field :: Inhaber | Malerbetrieb Krüger | Meisterbetrieb seit 2009 🎨
H2 owner_in_field :: Dachdeckermeisterin & Inhaberin der Bedachungen Sauer GmbH
M1 exec_in_field :: Einkaufsleiter bei Baustoffe Lindner KG | Baustoffhandel mit 12 Standorten
- apprentice_other_field :: Auszubildender Bankkaufmann | Bankhaus Talgrund
- employee_in_field :: Elektroniker-Geselle bei Elektro Riedl
- student_other_field :: Student Bauingenieurwesen | HS Rheinsteig
- exec_other_org :: Einkaufsleiterin | Automobilzulieferer Kranz Gruppe
- exec_other_field :: Verkaufsleiter Baustoffhandel | Baustoffe Lindner KG
- junior_in_field :: Einkäufer Sanitär & Heizung im Baustoffhandel
- owner_other_field :: Inhaber einer Versicherungsagentur

## fr
H1 apprentice_in_field :: Apprenti menuisier en CAP | Menuiserie Barthe 🪵
H1 apprentice_in_field :: Apprentie plombière-chauffagiste en alternance chez Rigal Thermique
H2 owner_in_field :: Gérant-fondateur de Couverture Lemoine | Artisan couvreur-zingueur
H2 owner_in_field :: Gérante et associée unique de Menuiserie Vasseur SARL | 8 salariés
M1 exec_in_field :: Directeur des achats | Négoce de matériaux Bessière (48 agences)
- apprentice_other_field :: Apprentie en BTS Comptabilité-Gestion
- employee_in_field :: Compagnon charpentier | Charpentes du Vercors
- student_other_field :: Élève ingénieur BTP
- exec_other_org :: Directrice des achats | Groupe aéronautique Stellion
- exec_other_field :: Directeur commercial | Négoce de matériaux Bessière
- junior_in_field :: Acheteur junior bois & panneaux chez un négociant en matériaux
- owner_other_field :: Gérante d'une agence immobilière

## en
H1 apprentice_in_field :: Apprentice electrician | Level 3 | Hartwell Electrical 🔌
H1 apprentice_in_field :: Apprentice joiner at Birch & Sons Joinery
H2 owner_in_field :: Owner of Kemp Plumbing & Heating | Gas Safe engineer 🔧
M1 exec_in_field :: Head of Purchasing at Redstone Builders' Merchants
M1 exec_in_field :: Purchasing Director | Ashcombe Building Supplies (builders' merchant, 30 branches)
- apprentice_other_field :: Accounting apprentice at Milton & Reed
- employee_in_field :: Qualified bricklayer | Working for Dunmore Construction
- exec_other_org :: Head of Purchasing | Glenmoor Construction Ltd
- exec_other_field :: Branch Manager at Redstone Builders' Merchants
- junior_in_field :: Buyer – timber & sheet materials | Ashcombe Building Supplies
- owner_other_field :: Founder of a boutique law firm
- student_other_field :: Civil engineering student at Redbank University 🏗️

## es
H1 apprentice_in_field :: Aprendiz de carpintero en Carpintería Ebanis | FP Dual
H1 apprentice_in_field :: Aprendiz de electricista | FP Dual en Instalaciones Eléctricas
H2 owner_in_field :: Dueña de Reformas y Pintura Almudena | Empresa de pintores
H2 owner_in_field :: Propietario de Fontanería Garrido e Hijos
M1 exec_in_field :: Jefe de Compras en Almacenes de Materiales de Construcción Duero
- apprentice_other_field :: Aprendiz en FP Dual de Administración y Finanzas
- employee_in_field :: Oficial de primera albañil | Construcciones Orzán
- student_other_field :: Estudiante de Arquitectura Técnica
- exec_other_org :: Jefa de Compras | Cadena de supermercados Frescor
- exec_other_field :: Director Comercial en Almacenes Duero (materiales de construcción)
- junior_in_field :: Comprador junior en distribuidor de materiales de construcción
- owner_other_field :: Dueño de una academia de idiomas

## it
H1 apprentice_in_field :: Apprendista idraulico presso Termoidraulica Bassi
H1 apprentice_in_field :: Apprendista falegname | Falegnameria Rovere & Figli 🪵
H2 owner_in_field :: Titolare di Impianti Elettrici Rinaldi | Elettricista
M1 exec_in_field :: Responsabile Acquisti | Ferrazzi Materiali Edili, rivendita con 9 punti vendita
M1 exec_in_field :: Direttore Acquisti presso un distributore di materiali edili | Gruppo Ediltorre
- apprentice_other_field :: Apprendista impiegata amministrativa | Studio commercialista
- employee_in_field :: Muratore specializzato | Impresa edile Conti
- student_other_field :: Studente di Ingegneria Edile
- exec_other_org :: Responsabile Acquisti | Industria farmaceutica
- exec_other_field :: Responsabile Vendite | Ferrazzi Materiali Edili
- junior_in_field :: Buyer junior presso rivendita di materiali edili
- owner_other_field :: Titolare di agenzia viaggi

## pt
H1 apprentice_in_field :: Aprendiz de serralheiro | Serralharia Fonseca
H1 apprentice_in_field :: Aprendiz de eletricista | Curso de Aprendizagem
H2 owner_in_field :: Proprietário da Carpintaria Moreira & Filhos
H2 owner_in_field :: Dona da Pinturas Ramalho, empresa de pintura de edifícios
M1 exec_in_field :: Diretor de Compras | Distribuidora de Materiais de Construção Tejo
- apprentice_other_field :: Jovem Aprendiz na área administrativa | Banco Sertão
- employee_in_field :: Pedreiro na Construtora Vale Verde
- student_other_field :: Estudante de Engenharia Civil | 2º ano
- exec_other_org :: Diretora de Compras | Rede de farmácias
- exec_other_field :: Gerente Comercial | Distribuidora de Materiais de Construção Tejo
- junior_in_field :: Comprador de materiais elétricos em armazém de materiais de construção
- owner_other_field :: Dono de uma loja de roupas

## nl
H1 apprentice_in_field :: Leerling timmerman (BBL) | Bouwbedrijf De Vries
H1 apprentice_in_field :: BBL-leerling loodgieter bij Installatiebedrijf Koster
H2 owner_in_field :: Eigenaar van Schildersbedrijf Verhoef
H2 owner_in_field :: Eigenaar & vakman | Timmerbedrijf Bosman
M1 exec_in_field :: Hoofd Inkoop bij Bouwmaterialenhandel Van Gelder
- apprentice_other_field :: BBL-leerling administratief medewerker
- employee_in_field :: Metselaar in loondienst
- student_other_field :: Student Bouwkunde (hbo)
- exec_other_org :: Hoofd Inkoop | Ziekenhuis Rijnoord
- exec_other_field :: Vestigingsmanager Bouwmaterialenhandel Van Gelder
- junior_in_field :: Inkoper bij bouwmaterialenhandel Pronk
- owner_other_field :: Eigenaar van een reisbureau
""",

# ---------------------------------------------------------------------------
# music (en): H1 music production students
#             H2 music festival organisers
#             M1 A&R managers at record labels
# ---------------------------------------------------------------------------
"music": """
## en
H1 student_in_field :: Music Production student @ Northvale Institute of Sound | Beats & sound design 🎧
H1 student_in_field :: BA Music Production (Year 2) | Ableton | Lo-fi
H2 organiser_in_field :: Founder & organiser of Saltmarsh Folk Music Festival 🎻
H2 organiser_in_field :: Festival Director | Greenhollow Music Festival | 12,000 attendees
M1 exec_in_field :: A&R Manager at Copperline Records | Indie & alt-pop
- student_other_field :: Classical piano student at the Royal Eastmoor Conservatoire
- student_other_field :: Film Production student | Short films & docs
- organiser_other_field :: Organiser of Kestle Film Festival 🎬
- organiser_other_field :: Wedding planner | Bespoke celebrations 💍
- exec_other_org :: A&R Manager at Sable Music Publishing
- employee_in_field :: Marketing Manager at Copperline Records
- peer :: Music producer & mix engineer | Credits on 40+ releases

## fr
H1 student_in_field :: Étudiant en production musicale / MAO 🎹 | École Sonora
H2 organiser_in_field :: Fondatrice et organisatrice du festival Les Nuits du Marais Salant 🎶
H2 organiser_in_field :: Organisateur du festival de musique électronique Onde Basse
M1 exec_in_field :: Responsable A&R chez Label Fauve Records
M1 exec_in_field :: A&R manager chez Disques Lunaire | Pop urbaine et rap français
- student_other_field :: Étudiante au conservatoire | Violoncelle
- student_other_field :: Étudiant en cinéma | Réalisation
- organiser_other_field :: Organisatrice de salons professionnels (BTP)
- employee_in_field :: Régisseur son sur festivals 🎛️
- employee_in_field :: Chargée de promotion radio chez Disques Lunaire
- exec_other_org :: Éditrice musicale | Responsable A&R aux Éditions Clef d'Ut
- peer :: Beatmaker & ingénieur du son indépendant

## es
H1 student_in_field :: Estudiante de Producción Musical | Escuela Ritmo Sur 🎧
H1 student_in_field :: Estudiante de producción musical y DJ 🎛️
H2 organiser_in_field :: Organizadora del Festival de Música Brisa del Cantábrico
M1 exec_in_field :: A&R Manager en Discos Almendro | Pop y urbano
M1 exec_in_field :: Manager de A&R en Sello Discográfico Marea Records
- student_other_field :: Estudiante de Guitarra Clásica en el Conservatorio Superior
- student_other_field :: Estudiante de Comunicación Audiovisual
- organiser_other_field :: Organizador de congresos médicos
- employee_in_field :: Técnico de iluminación en festivales
- employee_in_field :: Responsable de marketing digital en Discos Almendro
- other_job :: Booker de artistas | Agencia Compás
- peer :: Productor musical y compositor | Sincronización para publicidad

## de
H1 student_in_field :: Studentin Musikproduktion (B.A.) | Hochschule Rheinsteig 🎚️
H1 student_in_field :: Musikproduktion-Student im 4. Semester | Techno & Ambient
H2 organiser_in_field :: Veranstalter des Waldklang Open Air, Musikfestival im Schwarzwald 🌲🎶
H2 organiser_in_field :: Festivalleiterin | Hafenbeat Musikfestival Kiel
M1 exec_in_field :: A&R Managerin bei Blautanne Records
- student_other_field :: Lehramtsstudent Musik
- student_other_field :: Student Veranstaltungstechnik
- organiser_other_field :: Veranstalterin von Firmenevents & Messen
- employee_in_field :: Bühnenmeister | Stadthalle Grünstadt
- exec_other_org :: A&R Manager bei Notenwerk Musikverlag
- employee_in_field :: Produktmanagerin bei Blautanne Records
- peer :: Tonmeister & Produzent | Studio Kellerklang

## it
H1 student_in_field :: Studente di Produzione Musicale | Accademia Suonoarte
H2 organiser_in_field :: Organizzatore del festival musicale Onde di Lago 🎸
H2 organiser_in_field :: Fondatrice e organizzatrice di Borgo Jazz Festival
M1 exec_in_field :: A&R Manager presso Etichetta Vinile Blu
M1 exec_in_field :: A&R Manager presso Girasole Dischi | Cantautorato e indie
- student_other_field :: Studentessa di Violino al Conservatorio
- student_other_field :: Studente di Regia cinematografica
- organiser_other_field :: Organizzatrice di matrimoni ed eventi aziendali
- employee_in_field :: Fonico di palco per festival estivi
- employee_in_field :: Ufficio stampa presso Etichetta Vinile Blu
- exec_other_org :: A&R presso Edizioni Musicali Pentagramma
- peer :: Produttore musicale e beatmaker freelance

## pt
H1 student_in_field :: Estudante de Produção Musical 🎧 | Escola de Som Atlântico
H1 student_in_field :: Aluno de Produção Musical | Beatmaker nas horas vagas
H2 organiser_in_field :: Organizadora do Festival Maré Cheia 🌊 | Música ao vivo
M1 exec_in_field :: Gerente de A&R na Gravadora Sabiá
M1 exec_in_field :: A&R Manager na Farol Discos (editora discográfica)
- student_other_field :: Estudante de Canto Lírico
- student_other_field :: Estudante de Cinema | Direção de fotografia
- organiser_other_field :: Organizador de feiras do livro
- employee_in_field :: Técnico de som em festivais de verão
- employee_in_field :: Assessora de imprensa na Gravadora Sabiá
- other_job :: Booker de shows | Agência Palco Aberto
- peer :: Produtor musical | Estúdio Caixa Preta

## nl
H1 student_in_field :: Student Muziekproductie aan de Popacademie Noord 🎛️
H1 student_in_field :: Tweedejaars student muziekproductie | Hiphop & R&B
H2 organiser_in_field :: Organisator van Dijkgeluid Festival, muziekfestival aan de kust 🎶
H2 organiser_in_field :: Festivaldirecteur | Duinklank Muziekfestival
M1 exec_in_field :: A&R Manager bij Platenlabel Zoutwater Records
- student_other_field :: Student Klassiek Piano | Conservatorium
- student_other_field :: Student Film & Televisie
- organiser_other_field :: Organisator van bedrijfsevenementen
- employee_in_field :: Lichttechnicus bij festivals
- employee_in_field :: Marketingmanager bij Zoutwater Records
- exec_other_org :: A&R manager bij Muziekuitgeverij Notenbalk
- peer :: Producer en liedjesschrijver 🎹 | Eigen studio in Utrecht
""",

# ---------------------------------------------------------------------------
# turismo (pt): H1 estudantes de turismo ou hotelaria
#               H2 proprietários de alojamento local
#               M1 diretores de hotel
# ---------------------------------------------------------------------------
"turismo": """
## pt
H1 student_in_field :: Estudante de Turismo | Escola Superior de Hotelaria e Turismo do Vale
H1 student_in_field :: Estudante de Gestão Hoteleira 🏨 | Estágio em receção
H2 owner_in_field :: Proprietária de alojamento local em Alfama | 3 apartamentos 🏠
H2 owner_in_field :: Dono do Hostel Gaivota | Alojamento local em Peniche
M1 exec_in_field :: Diretor do Hotel Miradouro ★★★★ | Hotelaria de luxo
- employee_in_field :: Gestora de alojamento local | Gerimos 40 apartamentos de proprietários
- employee_in_field :: Rececionista no Hotel Miradouro
- student_other_field :: Estudante de Arquitetura
- owner_other_field :: Dono do Restaurante O Pescador 🐟
- exec_other_field :: Diretora clínica | Hospital da Ribeira Nova
- employee_in_field :: Revenue Manager | Grupo Hoteleiro Atlântida
- other_job :: Agente de viagens | Agência Rumo Certo

## en
H1 student_in_field :: Hospitality Management student | Hotel school internship in Lisbon
H1 student_in_field :: Tourism student @ University of Eastmoor | Sustainable travel 🌍
H2 owner_in_field :: Owner of Seabreeze B&B | 4 rooms, 1 dog, great breakfast 🍳
M1 exec_in_field :: General Manager | The Harbourview Hotel ★★★★
M1 exec_in_field :: Hotel Director at Grand Alder Hotel & Spa
- employee_in_field :: Front Office Manager @ The Harbourview Hotel
- student_other_field :: Geography student | Climate & cities
- owner_other_field :: Owner of a travel agency | Tailor-made trips
- owner_other_field :: Landlord | Long-term residential lettings
- exec_other_field :: Hospital Director | St. Aldric's General Hospital
- employee_in_field :: Holiday-let co-host | I manage short-term rentals for owners
- other_job :: Restaurant Manager at The Copper Kettle

## fr
H1 student_in_field :: Étudiante en BTS Tourisme | Recherche stage en agence ou office de tourisme
H1 student_in_field :: Étudiant en Bachelor Hôtellerie internationale 🏨
H2 owner_in_field :: Propriétaire de gîtes et chambres d'hôtes en Dordogne 🌻
M1 exec_in_field :: Directrice de l'Hôtel des Remparts ★★★★ | Saint-Malo
M1 exec_in_field :: Directeur d'hôtel | Hôtel Le Galion, Biarritz
- employee_in_field :: Gérante d'une conciergerie : je gère 45 locations saisonnières pour le compte de leurs propriétaires
- employee_in_field :: Réceptionniste de nuit | Hôtel des Remparts
- student_other_field :: Étudiante en licence de psychologie
- owner_other_field :: Gérant d'une crêperie à Quimper 🥞
- exec_other_field :: Directeur d'hôpital | Centre hospitalier de Valmont
- employee_in_field :: Gouvernante générale | Hôtel Le Galion
- other_job :: Agent de voyages | Évasion Horizons

## es
H1 student_in_field :: Estudiante de Turismo | Universidad de Valmira ✈️
H1 student_in_field :: Estudiante de Dirección Hotelera | Prácticas en recepción
H2 owner_in_field :: Propietaria de la casa rural El Sabinar | Turismo rural en Teruel 🏡
H2 owner_in_field :: Propietario de 3 apartamentos turísticos en Cádiz
M1 exec_in_field :: Director del Hotel Puerta del Mar ★★★★
- employee_in_field :: Recepcionista en Hotel Puerta del Mar
- student_other_field :: Estudiante de Magisterio Infantil
- owner_other_field :: Dueño del Bar Restaurante Los Arcos
- exec_other_field :: Director del Hospital Comarcal de Valdeoria
- employee_in_field :: Jefa de Cocina | Hotel Puerta del Mar
- other_job :: Agente de viajes en Viajes Cumbre
- owner_other_field :: Propietario de locales comerciales en alquiler

## de
H1 student_in_field :: Studentin Tourismusmanagement | HS Lindtal
H1 student_in_field :: Student Hotelmanagement (B.A.) 🛎️ | Praxissemester im Allgäu
H2 owner_in_field :: Eigentümerin und Vermieterin von drei Ferienwohnungen an der Ostsee 🌊
M1 exec_in_field :: Hoteldirektorin | Hotel Seeblick ★★★★S
M1 exec_in_field :: Hoteldirektor im Berghotel Alpenrose
- employee_in_field :: Rezeptionistin im Hotel Seeblick
- student_other_field :: Studentin Lehramt Deutsch/Geschichte
- owner_other_field :: Inhaber einer Pizzeria 🍕
- exec_other_field :: Krankenhausdirektor | Klinikum Talbach
- employee_in_field :: Revenue Managerin | Hotelgruppe Alpenherz
- other_job :: Reiseverkehrskauffrau | Reisebüro Fernweh
- other_job :: Hausverwalter | Mietwohnungen in Leipzig

## it
H1 student_in_field :: Studentessa di Scienze del Turismo | Università di Pianoro
H1 student_in_field :: Studente dell'istituto alberghiero 🍽️ | Indirizzo accoglienza turistica
H2 owner_in_field :: Titolare del B&B Il Glicine | 4 camere nel cuore di Lucca 🌿
H2 owner_in_field :: Proprietario di case vacanza in Salento, affittate ai turisti
M1 exec_in_field :: Direttore d'albergo | Hotel Belvedere Lago ★★★★
- employee_in_field :: Receptionist presso Hotel Belvedere Lago
- student_other_field :: Studente di Ingegneria Informatica
- owner_other_field :: Titolare della Trattoria Da Nino
- exec_other_field :: Direttore sanitario | Ospedale Civile di Borgonuovo
- employee_in_field :: Governante ai piani | Hotel Belvedere Lago
- employee_in_field :: Property manager per affitti brevi | Gestisco 30 appartamenti per conto dei proprietari
- other_job :: Agente immobiliare | Compravendite a Milano

## nl
H1 student_in_field :: Student Hotelmanagement | Hotelschool Zuidkust
H1 student_in_field :: Student Toerisme (hbo) ✈️ | Stage bij een touroperator
H2 owner_in_field :: Eigenaar van B&B De Oude Pastorie | 3 kamers op de Veluwe
M1 exec_in_field :: Hoteldirecteur | Hotel De Zeven Bruggen
M1 exec_in_field :: General Manager bij Hotel Duinzicht ★★★★ | Gastvrijheid aan zee
- employee_in_field :: Receptioniste bij Hotel Duinzicht
- student_other_field :: Student Geneeskunde
- owner_other_field :: Eigenaar van Eetcafé De Brug
- exec_other_field :: Ziekenhuisdirecteur | Ziekenhuis Rijnoord
- employee_in_field :: Sous-chef bij Hotel De Zeven Bruggen
- owner_other_field :: Verhuurder van studentenkamers
- other_job :: Reisadviseur bij Reisbureau Zonnig
""",
}


def parse(owner, text, settings):
    codes = {
        "H1": settings["help_whom"][0],
        "H2": settings["help_whom"][1],
        "M1": settings["meet_whom"][0],
        "-": "",
    }
    lang = None
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            lang = line[3:].strip()
            continue
        if lang is None:
            raise SystemExit(f"{owner}:{n}: row before any '## lang' line")
        try:
            head, headline = line.split(" :: ", 1)
            code, kind = head.split()
        except ValueError:
            raise SystemExit(f"{owner}:{n}: malformed row: {raw!r}")
        if code not in codes:
            raise SystemExit(f"{owner}:{n}: unknown code {code!r}")
        phrase = codes[code]
        out.append({
            "owner": owner,
            "headline": headline.strip(),
            "lang": lang,
            "match": 1 if phrase else 0,
            "phrase": phrase,
            "kind": kind,
        })
    return out


def main():
    with open(HERE / "owners.toml", "rb") as f:
        owners = tomllib.load(f)
    rows = []
    for owner, text in ROWS.items():
        if owner not in owners:
            raise SystemExit(f"owner {owner!r} missing from owners.toml")
        rows.extend(parse(owner, text, owners[owner]))
    with open(HERE / "headlines.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["owner", "headline", "lang", "match", "phrase", "kind"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {HERE / 'headlines.csv'}")


if __name__ == "__main__":
    main()
