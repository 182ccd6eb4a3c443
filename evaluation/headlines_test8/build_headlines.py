#!/usr/bin/env python3
"""Build headlines.csv from the hand-written rows below.

Each data line is:   lang  ref  kind  headline...
  lang     fr en es de it pt nl (main language of the headline)
  ref      "-" for no match, or H0/H1 (help_whom[i]) / M0 (meet_whom[i])
           of that owner; the phrase text is copied from owners.toml so it
           cannot be mistyped.
  kind     short category describing the person (see check_headlines.py)
  headline everything after the third whitespace-separated field
Lines starting with '#' and blank lines are ignored.
All people and organisations are invented; written blind from a brief.
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
en M0 exec_in_field CMO | Tidewell Home Insurance | growth, brand, retention
en M0 exec_in_field VP of Marketing @ Larchfield Analytics (B2B SaaS)
en M0 exec_in_field Head of Marketing at Bramblegate Coffee Roasters ☕
en M0 exec_in_field Marketing Director UK & Ireland – Orvane Cosmetics
en M0 exec_in_field Director, Marketing & Communications | Kestrel Valley Hospice
en M0 exec_in_field Chief Marketing Officer | Pellham Travel Group | MBA
en H0 student_in_field BSc Digital Marketing student @ Southgate University | SEO & analytics nerd
en H0 student_in_field Second-year Media & Communications student, Univ. of Ellesmere 🎓 | Looking for placements
en H0 student_in_field Public Relations student (BA PR & Communication) | Campus radio presenter
en H0 student_in_field MA Strategic Communication candidate | ex-barista
en H1 owner_small_business I run a small online plant shop from my garage 🌿 | Founder, Fernpot
en H1 owner_small_business Founder of Hollowbrook Candles – hand-poured soy candles, sold on our e-shop
en H1 owner_small_business Owner & founder, Tilly's Bakehouse (3 staff) 🥖
en H1 owner_small_business Co-founder of Nettle & Nook, an independent gift shop in Bristol
en - exec_other_field Sales Director EMEA | Corvale Robotics
en - exec_other_field Head of Finance at Ashgrove Retail
en - exec_other_field HR Director | People & Culture | Fenwick Logistics
en - recruiter Executive recruiter placing CMOs and marketing directors | Halden Search
en - recruiter Talent Acquisition Partner – Marketing & Digital roles | Brightwater Group
en - owner_big_corp CEO of Marlowe Foods Group (12,000 employees, 30 countries)
en - owner_big_corp Founder & Chairman, Vantor Holdings – a FTSE 250 logistics group
en - staff_in_field Marketing Executive at Pinecrest Bank
en - staff_in_field Social Media Coordinator | Lumen Fitness
en - staff_in_field Junior Content Marketing Specialist @ Rowanby SaaS
en - staff_in_field Digital Marketing Assistant – Oakridge Motors
en - student_other_field Mechanical Engineering student @ Northmere Uni
en - student_other_field Law student | Moot court enthusiast
en - student_other_field Nursing student, 3rd year
en - teacher_in_field Senior Lecturer in Digital Marketing, Southgate Business School
en - other_job Project Manager | Construction | PMP
en - peer Account Manager at a digital marketing agency | PPC & paid social
# --- fr
fr M0 exec_in_field Directrice marketing & communication chez Solvane Cosmétiques
fr M0 exec_in_field Directeur Marketing France | Groupe Bellerive Boissons
fr M0 exec_in_field CMO @ Ondalys (SaaS RH) | ex-agence
fr M0 exec_in_field Head of Marketing chez Pâtisseries Maréchal | Brand & digital
fr M0 exec_in_field Directrice du marketing et de l'expérience client – Banque Caudron
fr H0 student_in_field Étudiante en Master Marketing digital à l'IAE | Alternance chez Nova Média
fr H0 student_in_field Étudiant en 2e année de BTS Communication | Recherche stage
fr H0 student_in_field Étudiante en Master Communication des organisations – Université de Bordeaux
fr H0 student_in_field Élève en Bachelor Marketing Digital & E-commerce | Passionnée de TikTok
fr H1 owner_small_business Fondatrice de La Fabrique à Biscuits, biscuiterie artisanale à Nantes 🍪
fr H1 owner_small_business Je gère une petite boutique de vêtements vintage en ligne 👗 | Fondatrice de Rétrofil
fr H1 owner_small_business Créateur de Vélo & Café, petit atelier-boutique à Lille
fr H1 owner_small_business Fondateur de l'e-shop Thé des Cimes | Thés bio de montagne
fr - exec_other_field Directeur commercial grands comptes – Tessar Industries
fr - exec_other_field Directrice financière (DAF) | Groupe Morvan
fr - exec_other_field DRH chez Caliso Retail
fr - recruiter Consultante en recrutement – fonctions marketing & digital | Cabinet Altéro
fr - recruiter Chargée de recrutement chez Maison Bertaud
fr - owner_big_corp PDG du groupe Valderme (45 000 collaborateurs)
fr - owner_big_corp Fondateur et président d'Axalis, leader européen de l'emballage
fr - staff_in_field Chargée de marketing digital chez Lumio
fr - staff_in_field Chef de produit marketing junior | Cosmétiques
fr - staff_in_field Community manager chez Opaline Assurances
fr - staff_in_field Assistante marketing et événementiel – Cabinet Dufresne
fr - student_other_field Étudiant en médecine, 4e année
fr - student_other_field Étudiante en droit des affaires – Université Paris-Est
fr - student_other_field Étudiant ingénieur en génie civil
fr - teacher_in_field Professeure de communication en BTS | Lycée Jean-Moulin
fr - other_job Infirmière de bloc opératoire
fr - peer Consultant SEO en agence web | Rédaction & netlinking
fr - other_job Conducteur de travaux – BTP
# --- es
es M0 exec_in_field Directora de Marketing en Grupo Almerol
es M0 exec_in_field CMO | Fintech Pagora | Crecimiento y marca
es M0 exec_in_field Jefe de Marketing – Conservas Arribas
es M0 exec_in_field Directora de Marketing y Comunicación en Hospital Privado San Telmo
es M0 exec_in_field Head of Marketing LATAM | Textiles Ondara
es H0 student_in_field Estudiante de Publicidad y Relaciones Públicas – Universidad de Sevilla
es H0 student_in_field Estudiante de Comunicación Audiovisual | Buscando prácticas
es H0 student_in_field Estudiante del Máster en Marketing Digital y E-commerce 📱
es H0 student_in_field Estudiante de Periodismo y Comunicación Corporativa
es H1 owner_small_business Fundadora de Dulce Mimbre, pastelería artesana en Valencia 🍰
es H1 owner_small_business Tengo una pequeña tienda online de cerámica hecha a mano | Fundador de Barro Vivo
es H1 owner_small_business Fundador de Ferretería Ruiz, negocio familiar de barrio
es H1 owner_small_business Cofundadora de Nuez Moscada, tienda online de especias
es - exec_other_field Director Comercial | Grupo Ibertec
es - exec_other_field Directora de Recursos Humanos en Aceros Lanz
es - exec_other_field Director Financiero (CFO) – Transportes Ocaña
es - recruiter Headhunter especializada en perfiles de marketing y ventas
es - recruiter Técnico de selección de personal en Talentia Consultores
es - owner_big_corp Consejero delegado de Grupo Meridiano (20.000 empleados)
es - owner_big_corp Fundador y presidente de Constructora Iberval, líder del sector
es - staff_in_field Técnica de Marketing Digital en Seguros Alcor
es - staff_in_field Community Manager | Marketing de contenidos
es - staff_in_field Analista de marketing en Telcom Sur
es - staff_in_field Asistente de marketing – Óptica Bella Vista
es - student_other_field Estudiante de Ingeniería Informática
es - student_other_field Estudiante de Enfermería en la Universidad de Granada
es - student_other_field Estudiante de ADE | Erasmus en Lille
es - teacher_in_field Profesora de Marketing Digital en la Escuela de Negocios Atenea
es - peer Especialista SEM/SEO en agencia Clic360
es - other_job Abogado laboralista
es - other_job Conductor de autobús urbano
# --- de
de M0 exec_in_field Marketingleiterin bei Holzwerk Brandner GmbH
de M0 exec_in_field Leiter Marketing & Kommunikation | Stadtwerke Auenfeld
de M0 exec_in_field CMO bei Lendora (Fintech) | Brand & Performance
de M0 exec_in_field Head of Marketing DACH – Pfeffermühle Gewürze GmbH
de M0 exec_in_field Bereichsleitung Marketing | Klinikverbund Sonnhalde
de H0 student_in_field Studentin Kommunikationswissenschaft | Uni Münster
de H0 student_in_field Student Medienmanagement (B.A.) – Schwerpunkt Online-Marketing
de H0 student_in_field Masterstudentin Digital Marketing an der Hochschule Rheinau
de H0 student_in_field Dualer Student Marketingkommunikation | Agentur Wellenreiter
de H1 owner_small_business Gründerin von Wollwerk – kleiner Onlineshop für Strickgarn 🧶
de H1 owner_small_business Ich habe eine kleine Kaffeerösterei in Freiburg gegründet ☕ | Inhaber Bohnenglück
de H1 owner_small_business Gründer & Inhaber, Fahrradladen Kettenblatt (4 Mitarbeitende)
de H1 owner_small_business Inhaberin und Gründerin des Blumenladens Vergissmeinnicht
de - exec_other_field Vertriebsleiter DACH | Maschinenbau
de - exec_other_field Leiterin Personalentwicklung bei Versicherung Nordlicht
de - exec_other_field Technischer Direktor – Ardeon Chemie AG
de - recruiter Personalberaterin für Marketing- und Vertriebspositionen
de - recruiter Recruiterin | Tech & Digital | Talentwerk GmbH
de - owner_big_corp Vorstandsvorsitzender der Bergtal AG (DAX-notiert, 60.000 Mitarbeitende)
de - owner_big_corp Gründer und Aufsichtsratsvorsitzender der Lindqvist Handelsgruppe (800 Filialen)
de - staff_in_field Online-Marketing-Managerin bei Zeltwerk GmbH
de - staff_in_field Marketing Referent | Messen & Events
de - staff_in_field Junior Social Media Manager @ Frischeland
de - staff_in_field Mediaplanerin in einer Hamburger Agentur
de - student_other_field Student Maschinenbau | TU Dresden
de - student_other_field Jurastudentin im 5. Semester
de - student_other_field Lehramtsstudent Mathe/Sport
de - teacher_in_field Professorin für Marketingkommunikation an der Hochschule Rheinau
de - other_job Steuerfachangestellte
de - peer Account Manager in einer Digitalagentur | SEA & Display
de - other_job Elektroniker für Betriebstechnik
# --- it
it M0 exec_in_field Responsabile Marketing presso Pastificio Gandolfi
it M0 exec_in_field Direttrice Marketing e Comunicazione – Gruppo Vellani
it M0 exec_in_field Marketing Director Italia | Ottica Sirena
it M0 exec_in_field CMO @ Pagosì | fintech per le PMI
it M0 exec_in_field Head of Marketing presso Cantiere Nautico Lariano
it H0 student_in_field Studentessa di Scienze della Comunicazione – Università di Bologna
it H0 student_in_field Studente magistrale in Marketing Digitale | Università di Torino
it H0 student_in_field Studente di Comunicazione d'impresa e Relazioni Pubbliche
it H0 student_in_field Laureanda in Comunicazione digitale 🎓
it H1 owner_small_business Fondatrice di Filo&Ago, piccola merceria online 🧵
it H1 owner_small_business Ho aperto una piccola gelateria artigianale a Lecce | Fondatore di Gelato Scirocco
it H1 owner_small_business Fondatore di Bottega Verdi, negozio di alimentari bio a Parma
it H1 owner_small_business Titolare e fondatrice di un piccolo e-commerce di saponi naturali
it - exec_other_field Direttore Commerciale – Gruppo Ferrandi
it - exec_other_field Responsabile Risorse Umane presso Logimar
it - exec_other_field Direttore Amministrativo e Finanziario | Tessitura Baldi
it - recruiter Recruiter specializzata in profili marketing e comunicazione
it - recruiter Head Hunter | Executive Search | Altamira Partners
it - owner_big_corp Amministratore delegato del Gruppo Salvetti (15.000 dipendenti)
it - owner_big_corp Fondatore e presidente di Corradi Holding, multinazionale dell'acciaio
it - staff_in_field Marketing Specialist presso Banca Orsini
it - staff_in_field Social Media Manager junior | Moda
it - staff_in_field Addetta marketing e comunicazione – Consorzio Val Bormida
it - staff_in_field Assistente Brand Manager – Dolciaria Ferri
it - student_other_field Studente di Ingegneria Gestionale al Politecnico
it - student_other_field Studentessa di Giurisprudenza
it - student_other_field Studente di Medicina e Chirurgia
it - teacher_in_field Docente di Marketing digitale presso Accademia Lumen
it - other_job Agente di polizia locale
it - peer SEO Specialist in agenzia web | Content strategy
it - other_job Capocantiere edile
# --- pt
pt M0 exec_in_field Diretora de Marketing na Laticínios Serra Azul
pt M0 exec_in_field Head de Marketing | Fintech Trocado
pt M0 exec_in_field Diretor de Marketing e Comunicação – Grupo Azevedo
pt M0 exec_in_field CMO na Boa Rota Seguros
pt M0 exec_in_field Diretora de Marketing Brasil | Cosméticos Aurora
pt H0 student_in_field Estudante de Publicidade e Propaganda na Universidade Federal de Goiás
pt H0 student_in_field Estudante de Ciências da Comunicação na Universidade do Porto
pt H0 student_in_field Mestranda em Marketing Digital | Apaixonada por dados 📊
pt H0 student_in_field Estudante de Relações Públicas | Estagiária na Agência Lume
pt H1 owner_small_business Fundadora da Doce Raiz, confeitaria artesanal em Curitiba 🍫
pt H1 owner_small_business Tenho uma pequena loja online de acessórios para pets 🐶 | Fundador da Patinha
pt H1 owner_small_business Fundador da Barbearia Navalha (2 cadeiras, Lisboa) 💈
pt H1 owner_small_business Cofundadora da Horta em Casa, e-commerce de sementes orgânicas
pt - exec_other_field Diretor Comercial | Metalúrgica Pinheiro
pt - exec_other_field Diretora de RH na Construtora Alvorada
pt - exec_other_field Diretor Financeiro (CFO) – Transportadora Rápida Sul
pt - recruiter Tech Recruiter | Vagas em marketing e produto
pt - recruiter Headhunter – executivos de marketing e vendas | Caçador Talentos
pt - owner_big_corp CEO do Grupo Vilarinho, 25 mil colaboradores
pt - owner_big_corp Fundador e presidente do conselho da Redemix Supermercados (300 lojas)
pt - staff_in_field Analista de Marketing Digital na Conecta Telecom
pt - staff_in_field Assistente de Marketing | Eventos e endomarketing
pt - staff_in_field Social media | Produção de conteúdo para a Rede Farmabem
pt - staff_in_field Analista de CRM e marketing de relacionamento
pt - student_other_field Estudante de Engenharia Civil
pt - student_other_field Estudante de Direito | Monitora de Processo Civil
pt - student_other_field Estudante de Enfermagem
pt - teacher_in_field Professora de Comunicação Social na Faculdade Horizonte
pt - other_job Técnico de enfermagem
pt - peer Analista de SEO em agência digital
pt - other_job Advogada trabalhista
# --- nl
nl M0 exec_in_field Marketingdirecteur bij Zuiderkroon Verzekeringen
nl M0 exec_in_field Hoofd Marketing & Communicatie bij Hogeschool Lindenhove
nl M0 exec_in_field CMO @ Betaalwijs | fintech voor zzp'ers
nl M0 exec_in_field Marketing Director Benelux | Koffiebranderij Vermeulen
nl M0 exec_in_field Directeur Marketing – Tuincentra Groenrijk
nl H0 student_in_field Student Communicatie (hbo) | Stage gezocht
nl H0 student_in_field Student Communicatiewetenschap aan de Universiteit van Amsterdam
nl H0 student_in_field Student Commerciële Economie – specialisatie digital marketing
nl H1 owner_small_business Oprichter van Bakkerij Broodnodig, kleine ambachtelijke bakkerij in Zwolle
nl H1 owner_small_business Ik run een kleine webshop in duurzame babykleding 👶 | Oprichter van Kleintje Groen
nl H1 owner_small_business Oprichtster van Bloemenatelier Fleur & Zo
nl H1 owner_small_business Eigenaar en oprichter van Kaaswinkel 't Hoekje
nl - exec_other_field Commercieel directeur | Van Rossum Bouw
nl - exec_other_field HR-directeur bij Noordzee Logistiek
nl - exec_other_field Financieel directeur (CFO) – Zuidhaven Groep
nl - recruiter Recruiter marketing & communicatie | Werving & Selectie bij Talentbrug
nl - recruiter Executive search consultant – CMO's en marketingdirecteuren
nl - owner_big_corp CEO van Veldkamp Groep (18.000 medewerkers)
nl - owner_big_corp Oprichter en bestuursvoorzitter van Hollandia Retail, 400 winkels
nl - staff_in_field Marketeer bij Woonstad Verzekeringen
nl - staff_in_field Online marketing specialist bij Reisbureau Zonnig | SEA & SEO
nl - staff_in_field Marketingmedewerker bij Zorggroep Elst
nl - staff_in_field Content marketeer @ Reiswijzer
nl - student_other_field Student Geneeskunde
nl - student_other_field Student Werktuigbouwkunde | TU Delft
nl - student_other_field Student Bouwkunde (hbo)
nl - teacher_in_field Docent marketing en communicatie | Hogeschool Lindenhove
nl - other_job Vrachtwagenchauffeur
nl - peer Accountmanager bij online marketingbureau
nl - other_job Belastingadviseur
nl - other_job Docent wiskunde
"""

# ---------------------------------------------------------------------------
# 2. bibliotheque (fr)  H0 bibliothécaires de médiathèques municipales
#                       H1 bénévoles en bibliothèque
#                       M0 directrices et directeurs de bibliothèques universitaires
# ---------------------------------------------------------------------------
ROWS["bibliotheque"] = """
fr H0 librarian_in_field Bibliothécaire jeunesse à la médiathèque municipale de Quimper
fr H0 librarian_in_field Bibliothécaire – Médiathèque de la Ville de Vienne | Action culturelle
fr H1 volunteer_in_field Retraitée de l'Éducation nationale, bénévole à la bibliothèque de mon village 📚
fr M0 exec_in_field Directrice du SCD de l'Université de Poitiers (Service commun de documentation)
fr - librarian_other_org Bibliothécaire à la BU Sciences – Université de Rouen
fr - other_role_in_field Professeure documentaliste au collège Jean-Jaurès
fr - exec_other_org Directeur de la Bibliothèque départementale de la Drôme
fr - volunteer_other_field Bénévole dans une association de soutien scolaire
fr - exec_other_field Vice-président Recherche – Université de Picardie
fr - other_job Libraire indépendante | Librairie Les Mots Passants
en H0 librarian_in_field Children's Librarian at Millbrook Municipal Library
en H0 librarian_in_field Librarian, City of Ashford Public Library
en H1 volunteer_in_field Volunteer at the Hollins village library – story time on Saturdays
en H1 volunteer_in_field Retired engineer · library volunteer (home library service)
en M0 exec_in_field University Librarian & Director of Library Services, University of Eastmoor
en - librarian_other_org Law Librarian at Corran & Hale LLP
en - librarian_other_org Subject Librarian (History) – University of Eastmoor
en - exec_other_field Director of the Hartwell Museum of Natural History
en - volunteer_other_field Volunteer at the Riverside animal shelter 🐾
en - other_job Bookshop manager at Chapter Lane Books
es H0 librarian_in_field Bibliotecaria en la Biblioteca Pública Municipal de Úbeda
es H1 volunteer_in_field Voluntaria en la biblioteca del barrio | Club de lectura
es H1 volunteer_in_field Jubilado y voluntario en la biblioteca municipal de mi pueblo
es M0 exec_in_field Directora de la Biblioteca Universitaria – Universidad de Almería
es - librarian_other_org Bibliotecario en la biblioteca del Hospital Clínico de Levante
es - student_in_field Estudiante de Información y Documentación
es - volunteer_other_field Voluntario en el banco de alimentos
es - other_role_in_field Archivera municipal – Ayuntamiento de Teruel
es - exec_other_field Vicerrectora de Estudiantes – Universidad de Almería
es - other_job Librero en Librería El Faro
de H0 librarian_in_field Bibliothekarin in der Stadtbibliothek Würzburg | Leseförderung
de H0 librarian_in_field Diplom-Bibliothekar (FH) | Stadtbücherei Kempen
de H1 volunteer_in_field Ehrenamtliche Mitarbeiterin in der Gemeindebücherei | Vorlesepatin
de H1 volunteer_in_field Rentner, ehrenamtlicher Vorlesepate in der Stadtbibliothek
de M0 exec_in_field Direktorin der Universitätsbibliothek Kassel
de - librarian_other_org Fachreferentin an der Universitätsbibliothek Kassel
de - librarian_other_org Bibliothekar bei der Kanzlei Weber & Roth
de - student_in_field Studentin Bibliothekswissenschaft (B.A.) | HdM Stuttgart
de - volunteer_other_field Ehrenamtlich bei der Freiwilligen Feuerwehr
de - other_job Buchhändlerin
de - exec_other_field Direktor des Stadtmuseums Passau
it H0 librarian_in_field Bibliotecaria presso la Biblioteca Civica di Rovereto
it H0 librarian_in_field Bibliotecario comunale – Comune di Fidenza
it H1 volunteer_in_field Volontaria alla biblioteca comunale, laboratori per bambini
it H1 volunteer_in_field Pensionato, volontario nella biblioteca del quartiere
it M0 exec_in_field Direttore del Sistema Bibliotecario di Ateneo – Università di Pavia
it - librarian_other_org Bibliotecaria scolastica presso il Liceo Galvani
it - librarian_other_org Bibliotecario presso la Biblioteca Nazionale
it - student_in_field Studentessa di Beni Culturali – indirizzo biblioteconomico
it - volunteer_other_field Volontario della Protezione Civile
it - other_role_in_field Archivista presso l'Archivio di Stato
it - exec_other_field Direttore Generale dell'Università di Pavia
pt H0 librarian_in_field Bibliotecária na Biblioteca Municipal de Sintra
pt H0 librarian_in_field Bibliotecário na Biblioteca Municipal de Ourém
pt H1 volunteer_in_field Voluntária na biblioteca comunitária do bairro 📖
pt M0 exec_in_field Diretora do Sistema de Bibliotecas da Universidade Federal de Lavras
pt - librarian_other_org Bibliotecária em escritório de advocacia
pt - librarian_other_org Bibliotecário na Biblioteca da Faculdade de Letras
pt - student_in_field Estudante de Biblioteconomia
pt - volunteer_other_field Voluntário numa ONG de proteção animal
pt - exec_other_field Diretora do Museu Municipal de Tavira
pt - other_job Livreiro na Livraria Sete Mares
nl H0 librarian_in_field Bibliothecaris bij de Stadsbibliotheek Mechelen
nl H0 librarian_in_field Jeugdbibliothecaris – Gemeentelijke Openbare Bibliotheek Lier
nl H1 volunteer_in_field Vrijwilliger in de bibliotheek | Taalcafé en voorlezen
nl M0 exec_in_field Directeur van de Universiteitsbibliotheek Tilburg
nl - librarian_other_org Medisch informatiespecialist bij Ziekenhuis Oosterlanden
nl - librarian_other_org Mediathecaris op een middelbare school
nl - student_in_field Student Informatiedienstverlening en -management (hbo)
nl - volunteer_other_field Vrijwilliger bij de scouting
nl - exec_other_field Decaan Faculteit der Letteren
nl - other_job Boekverkoper bij Boekhandel De Vos
"""

# ---------------------------------------------------------------------------
# 3. film (de)  H0 frisch diplomierte Kameraleute
#               H1 freiberufliche Cutterinnen und Cutter
#               M0 Produzentinnen und Produzenten von Dokumentarfilmen
# ---------------------------------------------------------------------------
ROWS["film"] = """
de H0 graduate_in_field Kamerafrau | frisch diplomiert in Bildgestaltung (Filmhochschule Nordlicht)
de H1 freelancer_in_field Freiberuflicher Cutter | Dokumentarfilm & Reportage | Avid
de H1 freelancer_in_field Editorin (freiberuflich) für Kino und Serie
de M0 producer_in_field Produzentin für Dokumentarfilme | Geschäftsführerin Weitblick Film
de M0 producer_in_field Dokumentarfilmproduzent (Kino & TV) – Lichtwerk Produktion
de - student_in_field Student Bildgestaltung/Kamera im 3. Jahr | Filmhochschule Nordlicht
de - senior_in_field Kameramann seit 1998 | Bildgestaltung für Kinofilme
de - staff_in_field Festangestellte Cutterin beim Sender Rheinwelle TV
de - producer_other_field Produzent Werbefilme & Imagefilme | Spotwerk GmbH
de - freelancer_other_field Freiberuflicher Colorist | DaVinci Resolve
en H0 graduate_in_field Cinematographer | Recent MFA graduate in Cinematography (class of 2024)
en H1 freelancer_in_field Freelance Film Editor | Features & docs | Avid, Premiere
en M0 producer_in_field Documentary Producer at Greywater Films | Feature docs for festivals and streamers
en M0 producer_in_field Independent documentary producer | Two feature docs in post
en - student_in_field Film student specialising in cinematography, 2nd year
en - senior_in_field Director of Photography with 25 years in features and commercials
en - freelancer_other_field Freelance copy editor and proofreader
en - staff_in_field In-house video editor at Brightline Media
en - producer_other_field Music video producer | Neon Lantern Productions
en - other_role_in_field Documentary director & writer
fr H0 graduate_in_field Cheffe opératrice – jeune diplômée de l'École Supérieure de l'Image (promo 2024)
fr H1 freelancer_in_field Monteuse indépendante | Documentaires et fictions courtes
fr H1 freelancer_in_field Monteur image freelance – séries et docs
fr M0 producer_in_field Productrice de films documentaires chez Les Films du Héron
fr M0 producer_in_field Producteur indépendant de documentaires animaliers | Terre Sauvage Prod
fr - student_in_field Étudiant en BTS audiovisuel, option image (prise de vue)
fr - senior_in_field Directeur de la photographie – 30 ans de plateaux
fr - staff_in_field Monteur truquiste salarié chez Canal Ouest
fr - producer_other_field Producteur de fictions TV | Séries policières
fr - other_role_in_field Programmatrice du festival du documentaire de Vallon-Sud
fr - other_role_in_field Mixeur son en post-production
es H0 graduate_in_field Directora de fotografía recién titulada en la Escuela de Cine de Bilbao
es H1 freelancer_in_field Montador freelance de documentales y videoclips
es M0 producer_in_field Productora de documentales | Fundadora de Ojo Abierto Films
es M0 producer_in_field Productor ejecutivo de cine documental en Tierra Alta Producciones
es - student_in_field Estudiante de Dirección de Fotografía (2.º curso)
es - senior_in_field Operador de cámara con 20 años en televisión
es - staff_in_field Editor de vídeo en plantilla – Canal Norte TV
es - producer_other_field Productor de publicidad | Spots y branded content
es - freelancer_other_field Fotógrafo freelance de bodas
es - other_role_in_field Guionista de documentales
it H0 graduate_in_field Direttrice della fotografia neodiplomata all'Accademia del Cinema di Bari
it H1 freelancer_in_field Montatore freelance | Documentari e cortometraggi
it H1 freelancer_in_field Montatrice video freelance per documentari e social
it M0 producer_in_field Produttrice di documentari – Lanterna Film
it - student_in_field Allievo del corso di Fotografia alla scuola di cinema (1° anno)
it - senior_in_field Operatore di ripresa esperto, 25 anni di dirette sportive
it - staff_in_field Montatrice assunta presso TeleAdriatica
it - producer_other_field Produttore esecutivo di spot pubblicitari
it - freelancer_other_field Fonico freelance
it - other_role_in_field Distributore cinematografico | Acquisizioni documentari
pt H0 graduate_in_field Diretor de fotografia recém-formado em Cinema (Fotografia) | Portfólio no site
pt H1 freelancer_in_field Montadora freelancer | Documentários e séries
pt M0 producer_in_field Produtora de documentários na Maré Alta Filmes
pt M0 producer_in_field Produtor de cinema documental | Festivais e streaming
pt - student_in_field Estudante de Cinema – ênfase em direção de fotografia
pt - senior_in_field Cinegrafista com 20 anos de experiência em telejornalismo
pt - staff_in_field Editor de vídeo CLT na TV Serrana
pt - producer_other_field Produtor musical | Estúdio Ressoar
pt - freelancer_other_field Motion designer freelancer
pt - other_role_in_field Roteirista de documentários
nl H0 graduate_in_field Cameravrouw | Net afgestudeerd in cinematografie (2024)
nl H1 freelancer_in_field Freelance editor film & documentaire | zzp
nl H1 freelancer_in_field Zelfstandig filmeditor | Documentaire, drama
nl M0 producer_in_field Documentaireproducent bij Dwarsstroom Film
nl - student_in_field Student camera & licht aan de filmacademie (jaar 2)
nl - senior_in_field Cameraman sinds 1995 | tv-drama en commercials
nl - staff_in_field Editor in loondienst bij Omroep Zeewind
nl - producer_other_field Producent van tv-commercials
nl - freelancer_other_field Freelance grafisch ontwerper
nl - other_role_in_field Regisseur en scenarist van korte fictiefilms
"""

# ---------------------------------------------------------------------------
# 4. robotica (it)  H0 tecnici di manutenzione di robot industriali
#                   H1 studentesse e studenti di ingegneria meccatronica o robotica
#                   M0 responsabili acquisti di aziende manifatturiere
# ---------------------------------------------------------------------------
ROWS["robotica"] = """
it H0 technician_in_field Tecnico manutentore robot industriali | Linee di saldatura automotive
it H0 technician_in_field Manutentore elettromeccanico specializzato in robot antropomorfi – Stabilimento Ferlini
it H1 student_in_field Studentessa di Ingegneria Meccatronica – Università di Modena
it H1 student_in_field Studente magistrale in Robotics Engineering | Università di Genova
it M0 buyer_in_field Responsabile Acquisti presso Minuterie Valsesia S.p.A. (componentistica meccanica)
it - technician_other_field Tecnico manutenzione impianti di climatizzazione
it - technician_other_org Tecnico di assistenza robot chirurgici in ospedale
it - student_other_field Studente di Ingegneria Civile
it - staff_in_field Buyer junior presso Officine Marzotti
it - buyer_other_org Responsabile Acquisti – Catena di supermercati Primafresca
it - other_role_in_field Ingegnera R&D robotica collaborativa
en H0 technician_in_field Field Service Technician – industrial robots (welding & palletising cells)
en H0 technician_in_field Maintenance technician for robotic welding lines, Norbridge car plant
en H1 student_in_field Mechatronics Engineering student | Formula Student team
en M0 buyer_in_field Head of Procurement | Harwick Precision Castings (manufacturer)
en M0 buyer_in_field Purchasing Manager at Calloway Furniture Manufacturing
en - technician_other_field Lift maintenance technician
en - student_other_field Computer Science student @ Eastmoor Uni
en - graduate_in_field Mechatronics engineer (graduated 2019) at Tessel Automation
en - buyer_other_org Head of Procurement, Oakfield Hospital Trust
en - staff_in_field Assistant Buyer – Kemble Packaging Ltd (manufacturer)
en - other_role_in_field Robotics sales engineer
fr H0 technician_in_field Technicien de maintenance robotique industrielle | Usine Ardenne Emballages
fr H1 student_in_field Étudiante en école d'ingénieurs – spécialité mécatronique
fr H1 student_in_field Étudiant en Master Robotique – Université de Montpellier
fr M0 buyer_in_field Responsable achats – Fonderies Lemercier (fabricant de pièces automobiles)
fr - technician_other_field Technicien de maintenance en chauffage
fr - technician_other_org Technicien SAV robots tondeuses et aspirateurs robots
fr - student_other_field Étudiant en BTS électrotechnique
fr - teacher_in_field Enseignant en mécatronique – lycée professionnel
fr - buyer_other_org Responsable achats d'une chaîne d'hôtels
fr - staff_in_field Acheteuse junior – Plastiques du Jura (fabricant)
es H0 technician_in_field Técnico de mantenimiento de robots industriales en planta de automoción
es H1 student_in_field Estudiante de Ingeniería Mecatrónica | Universidad de Navarra
es M0 buyer_in_field Jefa de Compras en Muebles Arteza (fabricación de mobiliario)
es M0 buyer_in_field Responsable de Compras | fabricante de envases metálicos
es - technician_other_field Técnico de mantenimiento de ascensores
es - student_other_field Estudiante de Ingeniería Química
es - graduate_in_field Ingeniero mecatrónico titulado | Integración de líneas
es - buyer_other_org Jefe de Compras de una cadena de restaurantes
es - staff_in_field Comprador junior en fábrica de componentes
es - other_role_in_field Programador de robots en empresa integradora
de H0 technician_in_field Servicetechniker Industrierobotik | Schweißzellen & Palettierer
de H1 student_in_field Student Mechatronik (B.Eng.) | Hochschule Ostwald
de H1 student_in_field Studentin Robotik und Automation, Master
de M0 buyer_in_field Einkaufsleiter bei Rohrbach Maschinenbau GmbH
de M0 buyer_in_field Leitung Einkauf | Kunststoffspritzguss-Hersteller Weigl GmbH
de - technician_other_field Servicetechniker für Kältetechnik
de - technician_other_org Servicetechniker für OP-Robotersysteme in Kliniken
de - student_other_field Student BWL
de - buyer_other_org Leiterin Einkauf bei Krankenhausverbund Süd
de - staff_in_field Einkäuferin (Junior) bei Stanzwerk Höfer GmbH
de - teacher_in_field Berufsschullehrer für Mechatronik
pt H0 technician_in_field Técnico de manutenção de robôs industriais | Linha de pintura automotiva
pt H1 student_in_field Estudante de Engenharia Mecatrônica
pt M0 buyer_in_field Gerente de Compras na Metalúrgica Castanheira
pt M0 buyer_in_field Diretora de Suprimentos | Indústria de autopeças
pt - technician_other_field Técnico em refrigeração
pt - student_other_field Estudante de Engenharia de Produção
pt - staff_in_field Comprador júnior na Fábrica de Calçados Passo Firme
pt - buyer_other_org Gerente de Compras de rede de farmácias
pt - teacher_in_field Professor de robótica educacional para crianças
pt - technician_other_field Técnico de manutenção industrial (prensas e caldeiras)
nl H0 technician_in_field Servicemonteur industriële robots | Storingsdienst
nl H0 technician_in_field Onderhoudstechnicus robotcellen in een voedingsmiddelenfabriek
nl H1 student_in_field Student Mechatronica (hbo) | Minor Robotica
nl M0 buyer_in_field Hoofd Inkoop bij Kunststoffabriek Vermeer
nl - technician_other_field Onderhoudsmonteur cv-ketels
nl - student_other_field Student Bedrijfskunde
nl - graduate_in_field Mechatronica-ingenieur bij Robotwerk BV
nl - buyer_other_org Hoofd Inkoop bij een zorginstelling
nl - staff_in_field Inkoper (junior) bij Metaalfabriek Dekker
nl - other_role_in_field Accountmanager cobots bij Robotwerk BV
"""

# ---------------------------------------------------------------------------
# 5. cerveja (pt)  H0 mestres cervejeiros de microcervejarias
#                  H1 cervejeiros caseiros
#                  M0 compradores de bebidas de redes de supermercados
# ---------------------------------------------------------------------------
ROWS["cerveja"] = """
pt H0 brewer_in_field Mestre cervejeiro na Cervejaria Artesanal Lobo Bravo (microcervejaria, 15 hl) 🍺
pt H0 brewer_in_field Mestra-cervejeira | Microcervejaria Quinta do Lúpulo
pt H1 hobbyist_in_field Cervejeiro caseiro nas horas vagas | Engenheiro de software
pt M0 buyer_in_field Comprador de bebidas | Rede de Supermercados SuperVida
pt - brewer_other_org Mestre cervejeiro na Cervejaria Imperial (grupo com 12 fábricas)
pt - other_role_in_field Sommelier de cervejas
pt - buyer_other_org Compradora de bebidas para rede de restaurantes
pt - buyer_other_field Comprador de hortifrúti na Rede SuperVida
pt - other_job Gerente de loja – Supermercados Litoral
pt - hobbyist_other_field Padeiro amador de fermentação natural
pt - other_role_in_field Representante comercial de cervejaria artesanal
en H0 brewer_in_field Head Brewer at Crooked Gull Brewing – a 10-barrel microbrewery
en H1 hobbyist_in_field Homebrewer since 2016 | Data analyst by day
en H1 hobbyist_in_field Weekend homebrewer with a garage full of fermenters 🍺
en M0 buyer_in_field Beverage Buyer at Fairway Supermarkets (120 stores)
en M0 buyer_in_field Senior Buyer – Beer, Wine & Spirits | Harlow's supermarket chain
en - brewer_other_org Brewmaster at Kingsmere Breweries plc – 4 million hectolitres a year
en - other_role_in_field Taproom manager at Crooked Gull Brewing
en - buyer_other_org Drinks buyer for a pub group (40 pubs)
en - buyer_other_field Frozen Foods Buyer | Fairway Supermarkets
en - hobbyist_other_field Amateur cheesemaker & sourdough nerd
en - student_in_field Brewing & Distilling MSc student
fr H0 brewer_in_field Maître brasseur à la Brasserie du Vieux Moulin, microbrasserie artisanale
fr H0 brewer_in_field Maître brasseuse et cofondatrice de la microbrasserie La Mousse Angevine
fr H1 hobbyist_in_field Brasseur amateur 🍻 | Prof de SVT le jour
fr M0 buyer_in_field Acheteur boissons – enseigne de supermarchés Marché Vert
fr - brewer_other_org Maître brasseur chez Groupe Brasicor, 3e brasseur industriel européen
fr - other_job Caviste spécialisé bières
fr - buyer_other_org Acheteuse boissons pour une chaîne de cafés-restaurants
fr - buyer_other_field Acheteur produits frais chez Marché Vert
fr - other_role_in_field Chef de rayon liquides chez Marché Vert
fr - hobbyist_other_field Pâtissier amateur
es H0 brewer_in_field Maestro cervecero en Cervecera Artesana Monteflor (microcervecería)
es H1 hobbyist_in_field Cervecero casero | Elaboro IPAs en mi cocina desde 2019
es H1 hobbyist_in_field Homebrewer y fan de las sours | Profesora de física
es M0 buyer_in_field Compradora de bebidas en Supermercados Alhama (cadena de 200 tiendas)
es - brewer_other_org Maestro cervecero en Grupo Cervecero Mediterráneo (planta de 5 millones de hl)
es - buyer_other_field Comprador de charcutería en Supermercados Alhama
es - buyer_other_org Comprador de bebidas de una cadena hotelera
es - other_role_in_field Sumiller de cerveza y formador
es - hobbyist_other_field Panadero aficionado con masa madre
es - student_in_field Estudiante del Máster en Ciencia Cervecera
de H0 brewer_in_field Braumeister in der Hausbrauerei Zum Krug (Mikrobrauerei, 8-hl-Sudwerk)
de H0 brewer_in_field Braumeisterin & Mitgründerin einer kleinen Craft-Beer-Brauerei in Leipzig
de H1 hobbyist_in_field Hobbybrauer aus Leidenschaft 🍺 | Elektroingenieur
de M0 buyer_in_field Einkäuferin Getränke bei FrischMarkt Supermärkte (350 Filialen)
de - brewer_other_org Braumeister bei einer Großbrauerei (Konzern, 6 Mio. hl)
de - junior_in_field Auszubildender Brauer und Mälzer in der Hausbrauerei Zum Krug
de - buyer_other_org Getränkeeinkäufer für eine Hotelkette
de - buyer_other_field Einkäufer Obst & Gemüse bei FrischMarkt
de - other_role_in_field Biersommelière und Seminarleiterin
de - other_job Marktleiter bei FrischMarkt (Filiale Kassel)
it H0 brewer_in_field Mastro birraio presso il microbirrificio Luppolo Ribelle
it H0 brewer_in_field Mastra birraia e socia fondatrice di un piccolo birrificio agricolo
it H1 hobbyist_in_field Birraio casalingo nel weekend 🍺 | Insegnante
it M0 buyer_in_field Buyer bevande presso la catena di supermercati Sì Spesa
it - brewer_other_org Mastro birraio in un grande gruppo birrario multinazionale
it - buyer_other_field Buyer ortofrutta – catena di supermercati Sì Spesa
it - buyer_other_org Buyer bevande per un gruppo di bar e ristoranti
it - other_job Gestore di birreria artigianale
it - student_in_field Studente di Tecnologie Alimentari con tesi sulla birra
it - hobbyist_other_field Appassionato di panificazione casalinga
nl H0 brewer_in_field Hoofdbrouwer bij Brouwerij De Wispelturige Kat (microbrouwerij)
nl H1 hobbyist_in_field Thuisbrouwer 🍺 | Eigen IPA's en saisons | ICT'er
nl H1 hobbyist_in_field Hobbybrouwer en voorzitter van de thuisbrouwvereniging
nl M0 buyer_in_field Inkoper dranken bij Supermarktketen Dagvers (250 filialen)
nl - brewer_other_org Brouwmeester bij een industriële brouwerij (8 miljoen hl)
nl - buyer_other_field Inkoper zuivel bij Dagvers
nl - buyer_other_org Inkoper dranken voor een horecagroothandel
nl - other_role_in_field Biersommelier en proeverijhost
nl - junior_in_field Brouwersassistent bij een microbrouwerij
nl - other_job Filiaalmanager bij Dagvers
"""

# ---------------------------------------------------------------------------
# 6. bicicleta (es)  H0 mecánicos y mecánicas de bicicletas autónomos
#                    H1 coordinadores de programas municipales de bicicleta compartida
#                    M0 jefes de producto de fabricantes de bicicletas
# ---------------------------------------------------------------------------
ROWS["bicicleta"] = """
es H0 freelancer_in_field Mecánico de bicicletas autónomo | Taller móvil a domicilio en Zaragoza 🚲
es H0 freelancer_in_field Mecánica de bicis por cuenta propia – reparación de bicis de carretera
es H1 coordinator_in_field Coordinadora del servicio municipal de bicicleta pública – Ayuntamiento de Logroño
es H1 coordinator_in_field Coordinador de BiciCiudad, el sistema público de bicicletas del Ayuntamiento de Murcia
es M0 product_in_field Jefe de Producto MTB en Bicicletas Ondarra (fabricante)
es - staff_in_field Mecánico en el taller de la cadena Deportes Zenit
es - freelancer_other_field Mecánico de motos autónomo
es - coordinator_other_org Coordinador del programa de bicicletas de empresa en Grupo Azal
es - other_role_in_field Técnico de tráfico y movilidad – Ayuntamiento de Logroño
es - product_other_org Jefa de producto en una tienda online de bicis
es - product_other_field Jefe de producto en fabricante de electrodomésticos
es - other_role_in_field Ingeniero de diseño de cuadros en Bicicletas Ondarra
en H0 freelancer_in_field Self-employed bike mechanic | Mobile repairs across Bristol 🔧
en H1 coordinator_in_field Bike Share Programme Coordinator – City of Ashford Council
en M0 product_in_field Product Manager, Road & Gravel Bikes | Redwick Cycles (bicycle manufacturer)
en M0 product_in_field Head of Product at Thornfield Bicycles, frame and e-bike maker
en - staff_in_field Bike mechanic at Wheelhouse Cycle Stores (12 shops)
en - freelancer_other_field Self-employed car mechanic
en - coordinator_other_org Cycle-to-work scheme coordinator at Halbury Insurance
en - product_other_org Product Manager – bikes & accessories at an online sports retailer
en - other_role_in_field Frame engineer at Redwick Cycles
en - other_job Bicycle courier
fr H0 freelancer_in_field Mécanicien cycles indépendant | Réparation à domicile
fr H0 freelancer_in_field Mécanicienne vélo auto-entrepreneuse 🚲 | Lyon
fr H1 coordinator_in_field Coordinateur du vélo en libre-service – Ville de Grenoble
fr M0 product_in_field Chef de produit VTT chez Cycles Ventoux (fabricant de vélos)
fr - staff_in_field Mécanicien cycles chez Vélo Express (chaîne de magasins)
fr - coordinator_other_field Coordinatrice des transports scolaires – Mairie de Grenoble
fr - product_other_org Chef de produit cycles – enseigne de sport (distribution)
fr - product_other_field Chef de produit électroménager chez Darvel
fr - other_job Vendeur en magasin de cycles
fr - other_role_in_field Designer industriel chez Cycles Ventoux
de H0 freelancer_in_field Selbstständiger Fahrradmechaniker | mobiler Reparaturservice
de H0 freelancer_in_field Zweiradmechaniker-Meister, selbstständig mit eigener kleiner Werkstatt
de H1 coordinator_in_field Koordinatorin städtisches Bikesharing – Stadt Kiel
de M0 product_in_field Produktmanager E-Bikes bei Radwerk Brandt GmbH (Fahrradhersteller)
de - staff_in_field Zweiradmechatroniker (angestellt) bei Radhaus Müller
de - freelancer_other_field Selbstständiger Kfz-Mechaniker
de - coordinator_other_org Koordinator Dienstrad-Programm bei Auerbach Logistik
de - product_other_org Produktmanagerin Fahrräder bei einem Online-Versandhändler
de - other_role_in_field Entwicklungsingenieur bei Radwerk Brandt
de - other_job Radkurier
it H0 freelancer_in_field Meccanico di biciclette freelance | Assistenza a domicilio
it H1 coordinator_in_field Coordinatrice del servizio di bike sharing comunale – Comune di Ferrara
it M0 product_in_field Product Manager bici da corsa presso Cicli Orsatti (produttore)
it M0 product_in_field Responsabile prodotto e-bike – Cicli Orsatti, fabbricante di biciclette
it - staff_in_field Meccanico dipendente presso una catena di negozi sportivi
it - freelancer_other_field Elettrauto in proprio
it - coordinator_other_org Coordinatore del bike sharing aziendale di Gruppo Ventura
it - product_other_org Product manager biciclette presso negozio online di articoli sportivi
it - other_role_in_field Assessore alla mobilità del Comune di Ferrara
it - other_role_in_field Telaista artigiano
pt H0 freelancer_in_field Mecânico de bicicletas autônomo | Oficina móvel em São Paulo
pt H0 freelancer_in_field Mecânica de bicicletas por conta própria | Lisboa 🚲
pt H1 coordinator_in_field Coordenadora do programa de bicicletas compartilhadas da Prefeitura do Recife
pt M0 product_in_field Gerente de Produto na Pedal Forte Bicicletas (fabricante)
pt - staff_in_field Mecânico de bike na loja Pedal Center (CLT)
pt - freelancer_other_field Mecânico de motos autônomo
pt - coordinator_other_org Coordenador do programa de bicicletas do campus universitário
pt - product_other_org Gerente de produto em e-commerce de bicicletas
pt - other_role_in_field Engenheiro de testes na Pedal Forte Bicicletas
pt - other_job Entregador de bike
nl H0 freelancer_in_field Fietsenmaker | zzp'er | reparatie aan huis
nl H1 coordinator_in_field Coördinator deelfietsen – Gemeente Eindhoven
nl M0 product_in_field Productmanager stadsfietsen bij Fietsfabriek Van Asten
nl M0 product_in_field Hoofd Productmanagement bij Velora Bikes, fietsfabrikant
nl - staff_in_field Fietsenmaker in loondienst bij een fietsenketen
nl - freelancer_other_field Zzp'er automonteur
nl - coordinator_other_org Coördinator fietsleaseplan bij Noordzee Logistiek
nl - product_other_org Productmanager fietsen bij webwinkel Fietsenplein
nl - other_role_in_field Beleidsmedewerker fiets – Gemeente Eindhoven
nl - other_job Fietskoerier
"""

# ---------------------------------------------------------------------------
# 7. sociaal (nl)  H0 pas afgestudeerde maatschappelijk werkers
#                  H1 vrijwilligers bij voedselbanken
#                  M0 teamleiders van sociale wijkteams bij gemeenten
# ---------------------------------------------------------------------------
ROWS["sociaal"] = """
nl H0 graduate_in_field Maatschappelijk werker | Net afgestudeerd (hbo Social Work, 2024)
nl H0 graduate_in_field Pas afgestudeerd maatschappelijk werker (MWD) | op zoek naar eerste baan
nl H1 volunteer_in_field Vrijwilliger bij Voedselbank Amersfoort
nl H1 volunteer_in_field Vrijwilliger voedselbank + mantelzorger
nl M0 lead_in_field Teamleider Sociaal Wijkteam Oost | Gemeente Zwolle
nl - student_in_field Student Social Work (hbo), 3e jaar
nl - senior_in_field Maatschappelijk werker sinds 1997
nl - staff_in_field Regiomanager Voedselbanken Zuid (in loondienst)
nl - volunteer_other_field Vrijwilliger bij het dierenasiel
nl - lead_other_org Teamleider ambulant team bij Jeugdzorg Stichting Horizon
nl - staff_in_field Generalist sociaal wijkteam bij Gemeente Zwolle
nl - lead_other_field Teamleider Openbare Ruimte bij Gemeente Zwolle
en H0 graduate_in_field Newly qualified social worker (NQSW) | Adult services
en H0 graduate_in_field Social Worker | Graduated 2024 (BA Social Work) | First post in a hospital discharge team
en H1 volunteer_in_field Food bank volunteer 🥫 | Retired teacher
en M0 lead_in_field Team Manager, Neighbourhood Social Work Team – Harrowby City Council
en - student_in_field Social work student (MA), placement in children's services
en - senior_in_field Senior Social Worker, 15 years in child protection
en - staff_in_field Operations Manager at Fenbridge Food Bank
en - volunteer_other_field Museum volunteer & tour guide
en - graduate_other_field Newly qualified nurse
en - lead_other_org Team leader, family support – Brightpath charity
fr H0 graduate_in_field Assistante sociale diplômée d'État (2024) | Premier poste en polyvalence de secteur
fr H0 graduate_in_field Jeune diplômé assistant de service social | Disponible immédiatement
fr H1 volunteer_in_field Bénévole à la banque alimentaire de ma commune
fr M0 lead_in_field Cheffe d'équipe du service social de quartier – Ville de Roubaix
fr - student_in_field Étudiante assistante de service social (3e année, IRTS)
fr - senior_in_field Assistant social depuis 25 ans | Protection de l'enfance
fr - volunteer_other_field Bénévole dans un club de foot amateur
fr - lead_other_org Cheffe de service en MECS (association)
fr - graduate_other_field Psychologue clinicienne jeune diplômée
fr - staff_in_field Salariée coordinatrice d'une banque alimentaire départementale
fr - lead_other_field Chef d'équipe espaces verts – Ville de Roubaix
es H0 graduate_in_field Trabajadora social recién graduada (Grado en Trabajo Social, 2024)
es H1 volunteer_in_field Voluntario en el Banco de Alimentos de Burgos
es H1 volunteer_in_field Jubilada. Voluntaria en el banco de alimentos los sábados
es M0 lead_in_field Jefa del equipo de servicios sociales del barrio de Delicias – Ayuntamiento de Valladolid
es - student_in_field Estudiante de Trabajo Social (4.º curso)
es - senior_in_field Trabajador social con 20 años de experiencia en salud mental
es - volunteer_other_field Voluntaria en una protectora de animales
es - staff_in_field Técnica de logística contratada en el banco de alimentos
es - staff_in_field Trabajadora social en los servicios sociales municipales
es - graduate_other_field Maestra recién titulada
de H0 graduate_in_field Sozialarbeiterin (B.A. Soziale Arbeit) – Berufseinsteigerin, Abschluss 2024
de H0 graduate_in_field Frisch graduierter Sozialarbeiter | erste Stelle im Jugendamt
de H1 volunteer_in_field Ehrenamtlich bei der Tafel Bamberg 🥕
de M0 lead_in_field Teamleitung Stadtteilteam Soziale Dienste | Stadt Bielefeld
de - student_in_field Student Soziale Arbeit (5. Semester)
de - senior_in_field Diplom-Sozialpädagogin, seit 1995 im ASD
de - volunteer_other_field Ehrenamtliche Trainerin im Turnverein
de - lead_other_org Teamleitung Jugendhilfe bei einem freien Träger
de - graduate_other_field Frisch examinierter Physiotherapeut
de - staff_in_field Hauptamtliche Koordinatorin der Tafel Bamberg
de - lead_other_field Teamleiter Bürgerbüro – Stadt Bielefeld
it H0 graduate_in_field Assistente sociale neoabilitata | Iscritta all'Albo dal 2024
it H1 volunteer_in_field Volontario presso il banco alimentare della parrocchia
it H1 volunteer_in_field Volontaria al banco alimentare di Rimini ogni martedì
it M0 lead_in_field Responsabile dell'équipe del servizio sociale territoriale – Comune di Parma
it - student_in_field Studentessa di Servizio Sociale (laurea triennale)
it - senior_in_field Assistente sociale con 30 anni di esperienza in tutela minori
it - volunteer_other_field Volontario in un canile
it - lead_other_org Coordinatore di comunità per minori (cooperativa sociale)
it - graduate_other_field Neolaureata in Psicologia
it - lead_other_field Responsabile Ufficio Tributi – Comune di Parma
pt H0 graduate_in_field Assistente social recém-formada, em busca do primeiro emprego
pt H0 graduate_in_field Assistente Social | Formado em 2024 | Primeiro emprego na Câmara Municipal
pt H1 volunteer_in_field Voluntário no banco alimentar da minha cidade
pt M0 lead_in_field Chefe de equipa do serviço de ação social de bairro – Câmara Municipal de Braga
pt - student_in_field Estudante de Serviço Social
pt - senior_in_field Assistente social há 18 anos | CRAS
pt - volunteer_other_field Voluntária em hospital pediátrico (palhaça)
pt - lead_other_org Chefe de equipa de intervenção familiar numa IPSS
pt - graduate_other_field Enfermeira recém-formada
pt - staff_in_field Funcionária do armazém do banco alimentar
"""


def main():
    owners = tomllib.loads((HERE / "owners.toml").read_text(encoding="utf-8"))
    out = []
    for owner, block in ROWS.items():
        cfg = owners[owner]
        for ln, line in enumerate(block.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            lang, ref, kind, headline = line.split(None, 3)
            if ref == "-":
                match, phrase = 0, ""
            else:
                lst = cfg["help_whom"] if ref[0] == "H" else cfg["meet_whom"]
                if ref[0] not in "HM":
                    raise SystemExit(f"{owner} line {ln}: bad ref {ref!r}")
                match, phrase = 1, lst[int(ref[1:])]
            out.append([owner, headline.strip(), lang, match, phrase, kind])
    with open(HERE / "headlines.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["owner", "headline", "lang", "match", "phrase", "kind"])
        w.writerows(out)
    print(f"wrote {len(out)} rows to headlines.csv")


if __name__ == "__main__":
    main()
