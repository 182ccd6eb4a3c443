"""Hand-written rows of headlines_dev5; writes headlines.csv (phrases copied from owners.toml).

Row: lang | match | kind | phrase key (h0, h1: help_whom; m0, m1: meet_whom; - for no match) | headline
"""
import csv
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
ROWS = {
"aviation": """
fr|1|student_in_field|h0|Étudiant en maintenance aéronautique (B1) @ Aérocampus Aquitaine
fr|1|student_in_field|h0|Apprentie mécanicienne avion – Bac Pro Aéronautique | Air France Industries
fr|0|student_other_field|-|Étudiante en droit | Université Toulouse Capitole
fr|1|exec_in_field|m0|Responsable maintenance | Transavia France
fr|0|exec_in_field_other_org|-|Responsable maintenance industrielle @ Danone
fr|1|junior_in_field|h1|Technicien aéronautique junior B1.1 | Sabena technics
fr|0|org_in_field_other_function|-|Directeur financier | Air Austral
fr|0|recruiter|-|Chargée de recrutement aéronautique
en|1|student_in_field|h0|Aircraft Maintenance Engineering student | Part-66 B1 modules | Kingston College
en|1|junior_in_field|h1|Junior Aircraft Maintenance Technician at Jet2
en|1|exec_in_field|m0|Head of Line Maintenance | easyJet
en|1|exec_in_field|m0|Director of Engineering & Maintenance – Ryanair
en|0|exec_in_field_other_org|-|Maintenance Manager | Tesco distribution centre
en|0|student_other_field|-|Computer Science student at University of Leeds
en|0|senior_in_field|-|Senior Licensed Aircraft Engineer B1/B2, 20 years on Boeing 737
en|0|recruiter|-|Aviation Recruiter | Placing licensed engineers worldwide
en|0|other_job|-|Cabin crew at British Airways
es|1|student_in_field|h0|Estudiante de Técnico en Mantenimiento Aeromecánico | Getafe
es|1|junior_in_field|h1|Técnico de mantenimiento de aeronaves junior | Iberia Maintenance
es|1|exec_in_field|m0|Jefe de Mantenimiento en Air Europa
es|0|student_other_field|-|Estudiante de Enfermería en la Universidad de Sevilla
es|0|org_in_field_other_function|-|Director de Marketing | Vueling Airlines
es|0|exec_in_field_other_org|-|Jefe de mantenimiento | Hospital Universitario La Paz
de|1|student_in_field|h0|Auszubildender Fluggerätmechaniker | Lufthansa Technik
de|1|student_in_field|h0|Fluggerätmechanikerin im 3. Lehrjahr | Condor
de|1|exec_in_field|m0|Leiter Instandhaltung | Eurowings
de|0|exec_in_field_other_org|-|Leiterin Instandhaltung | BASF Ludwigshafen
de|1|junior_in_field|h1|Junior Fluggerätmechaniker | TUIfly
de|0|student_other_field|-|Maschinenbaustudent | KIT
it|1|student_in_field|h0|Studente di manutenzione aeronautica | ITIS Aeronautico
it|1|junior_in_field|h1|Tecnico manutentore aeronautico junior | Neos
it|1|exec_in_field|m0|Responsabile manutenzione | ITA Airways
it|0|exec_in_field_other_org|-|Responsabile manutenzione impianti | Barilla
it|0|student_other_field|-|Studentessa di Economia | Bocconi
pt|1|student_in_field|h0|Estudante de Manutenção de Aeronaves | Escola de Aviação Civil
pt|1|junior_in_field|h1|Mecânico de aeronaves júnior | TAP Air Portugal
pt|1|exec_in_field|m0|Diretor de Manutenção | Azul Linhas Aéreas
pt|0|org_in_field_other_function|-|Diretora Comercial | LATAM Airlines
pt|0|student_other_field|-|Estudante de Arquitetura | FAUP
nl|1|student_in_field|h0|Student Vliegtuigonderhoudstechniek | MBO Luchtvaart Hoofddorp
nl|1|junior_in_field|h1|Junior vliegtuigmonteur B1 | KLM Engineering & Maintenance
nl|1|exec_in_field|m0|Hoofd onderhoud | Transavia
nl|0|exec_in_field_other_org|-|Hoofd technische dienst | Ziekenhuis Rijnstate
nl|0|student_other_field|-|Student Bedrijfskunde | Erasmus Universiteit
nl|0|other_job|-|Piloot bij KLM
""",
"urbanism": """
fr|1|student_in_field|h0|Étudiante en Master Urbanisme et Aménagement | Sciences Po Paris
fr|0|student_other_field|-|Étudiant en architecture | ENSA Nantes
fr|1|junior_in_field|h1|Urbaniste junior | Agence d'urbanisme de Lyon
fr|1|exec_in_field|m0|Directrice de l'urbanisme et de l'aménagement | Ville de Rennes
fr|0|exec_other_field|-|Directeur des finances | Ville de Nantes
fr|0|senior_in_field|-|Urbaniste senior, 18 ans d'expérience en planification territoriale
fr|0|other_job|-|Architecte DPLG | Atelier Martin
fr|0|student_other_field|-|Étudiant en géographie | Université Lyon 2
en|1|student_in_field|h0|MSc Urban Planning student | UCL Bartlett
en|1|junior_in_field|h1|Junior Urban Planner at Arup
en|1|exec_in_field|m0|Director of Urban Planning | City of Bristol
en|0|exec_other_field|-|Transport Director | Atkins
en|0|student_other_field|-|Landscape Architecture student | University of Sheffield
en|0|recruiter|-|Planning Recruiter | Public sector
es|1|student_in_field|h0|Estudiante de Urbanismo | Universidad Politécnica de Madrid
es|1|junior_in_field|h1|Urbanista recién titulada | Buscando empleo
es|1|exec_in_field|m0|Director de Urbanismo | Ayuntamiento de Valencia
es|0|exec_other_field|-|Directora de Recursos Humanos | Ayuntamiento de Sevilla
es|0|student_other_field|-|Estudiante de Ingeniería Civil | UPV
de|1|student_in_field|h0|Studentin der Stadtplanung | HafenCity Universität
de|1|junior_in_field|h1|Junior Stadtplaner | Stadt München
de|1|exec_in_field|m0|Leiter Stadtplanungsamt | Stadt Freiburg
de|0|exec_other_field|-|Leiterin Kämmerei | Stadt Köln
de|0|student_other_field|-|Architekturstudent | TU Berlin
de|0|senior_in_field|-|Stadtplanerin mit 15 Jahren Erfahrung
it|1|student_in_field|h0|Studentessa di Pianificazione Territoriale e Urbanistica | Politecnico di Milano
it|1|junior_in_field|h1|Giovane urbanista | Comune di Bologna
it|1|exec_in_field|m0|Direttore Settore Urbanistica | Comune di Torino
it|0|student_other_field|-|Studente di Ingegneria Edile | Politecnico di Torino
it|0|exec_other_field|-|Dirigente Servizi Sociali | Comune di Firenze
pt|1|student_in_field|h0|Estudante de Urbanismo | Faculdade de Arquitetura da Universidade de Lisboa
pt|1|junior_in_field|h1|Urbanista júnior | Câmara Municipal do Porto
pt|1|exec_in_field|m0|Diretora de Urbanismo | Câmara Municipal de Cascais
pt|0|student_other_field|-|Estudante de Geografia | Universidade de Coimbra
pt|0|other_job|-|Engenheiro civil sênior | obras públicas
nl|1|student_in_field|h0|Student Stedenbouwkunde | Rijksuniversiteit Groningen
nl|1|junior_in_field|h1|Junior stedenbouwkundige | Gemeente Utrecht
nl|1|exec_in_field|m0|Directeur Stedenbouw | Gemeente Eindhoven
nl|0|student_other_field|-|Student Bouwkunde | TU Delft
nl|0|exec_other_field|-|Hoofd Financiën | Gemeente Utrecht
nl|0|recruiter|-|Recruiter overheid | ruimtelijke ordening
""",
"beekeeper": """
de|1|junior_in_field|h0|Jungimkerin seit 2025 | 4 Völker im Schwarzwald
de|1|junior_in_field|h0|Junge Imkerin | Hobbyimkerei am Stadtrand
de|1|owner_small_business|h1|Inhaberin Imkerei Sonnenwabe | Honig aus der Lüneburger Heide
de|0|senior_in_field|-|Berufsimker seit 1992 | 300 Völker
de|0|owner_other_field|-|Inhaber Bäckerei Müller
de|1|importer_in_field|m0|Honigimporteur | Geschäftsführer Bienenhof Import GmbH
de|0|importer_other_field|-|Weinimporteur | Rheinland
de|0|student_other_field|-|Agrarstudentin | Uni Hohenheim
fr|1|junior_in_field|h0|Jeune apiculteur | Installé en 2025 dans les Cévennes
fr|1|owner_small_business|h1|Apicultrice, fondatrice du Rucher des Lilas | miel bio
fr|1|importer_in_field|m0|Importateur de miel | Miels du Monde SARL
fr|0|junior_other_field|-|Jeune viticulteur | Domaine des Crêtes
fr|0|org_in_field_other_function|-|Directeur achats | Lune de Miel
fr|0|other_job|-|Ingénieur agronome | Chambre d'agriculture
en|1|junior_in_field|h0|New beekeeper 🐝 | first season with 3 hives
en|1|owner_small_business|h1|Founder of Wildflower Apiary, a small family honey farm in Devon
en|1|importer_in_field|m0|Honey importer | Director, Hive & Co Imports Ltd
en|0|importer_other_field|-|Coffee importer | Green beans from Ethiopia
en|0|senior_in_field|-|Commercial beekeeper since 1985 | 2,000 colonies
en|0|student_other_field|-|Entomology PhD student | Bee health research
en|0|owner_other_field|-|Owner of The Daily Loaf bakery
es|1|junior_in_field|h0|Apicultor novel | Primera temporada en la Alcarria
es|1|owner_small_business|h1|Propietaria de Mieles del Valle, pequeña empresa apícola familiar
es|1|importer_in_field|m0|Importador de miel | Mieles Internacionales SL
es|0|importer_other_field|-|Importador de vinos | Bodegas Selectas
es|0|student_other_field|-|Estudiante de Veterinaria | UCM
it|1|junior_in_field|h0|Giovane apicoltore | Azienda apistica Fiori di Campo
it|1|owner_small_business|h1|Titolare di una piccola azienda apistica in Toscana
it|1|importer_in_field|m0|Importatore di miele e prodotti dell'alveare
it|0|owner_other_field|-|Titolare di una gelateria artigianale
it|0|senior_in_field|-|Apicoltore professionista da 25 anni
pt|1|junior_in_field|h0|Jovem apicultor | Serra da Estrela
pt|1|owner_small_business|h1|Fundadora da Mel da Serra, pequena produção apícola
pt|1|importer_in_field|m0|Importador de mel | Brasil–Portugal
pt|0|importer_other_field|-|Importador de azeite
pt|0|student_other_field|-|Estudante de Agronomia | ISA Lisboa
nl|1|junior_in_field|h0|Jonge imker | eerste bijenvolk in de tuin
nl|1|owner_small_business|h1|Eigenaar van Imkerij De Honingraat
nl|1|importer_in_field|m0|Importeur van honing | Honing Import BV
nl|0|owner_other_field|-|Eigenaar van een bloemenwinkel
nl|0|recruiter|-|Recruiter agrarische sector
""",
"gamedev": """
en|1|student_in_field|h0|Game Design student @ Breda University of Applied Sciences
en|1|junior_in_field|h1|Junior Gameplay Programmer | Unity & C# | Ubisoft Leamington
en|1|owner_small_business|m0|Co-founder of Pixel Lantern, a 5-person indie game studio
en|0|junior_other_field|-|Junior Web Developer | React | Looking for my first role
en|0|student_other_field|-|Graphic Design student | Falmouth University
en|0|owner_big_corp|-|Chief Executive Officer at Electronic Arts
en|0|senior_in_field|-|Senior Game Designer, 15 years, ex-Rockstar
en|0|recruiter|-|Games Recruiter | Placing developers across Europe
fr|1|student_in_field|h0|Étudiant en game design | ISART Digital
fr|1|junior_in_field|h1|Développeur gameplay junior | Unity | Montpellier
fr|1|owner_small_business|m0|Fondatrice d'un studio de jeux vidéo indépendant | Lyon
fr|0|student_other_field|-|Étudiante en design graphique | ECV
fr|0|junior_other_field|-|Développeur Java junior | Capgemini
fr|0|org_in_field_other_function|-|Directeur marketing | Ubisoft
es|1|student_in_field|h0|Estudiante de Diseño de Videojuegos | U-tad
es|1|junior_in_field|h1|Programador junior de videojuegos | Unreal Engine
es|1|owner_small_business|m0|Fundador de Moonbite Games, estudio indie de videojuegos
es|0|student_other_field|-|Estudiante de Diseño de Moda | IED Madrid
es|0|owner_other_field|-|Fundador de una agencia de marketing digital
de|1|student_in_field|h0|Studentin Game Design | HTW Berlin
de|1|junior_in_field|h1|Junior Spieleentwickler | Unity | Hamburg
de|1|owner_small_business|m0|Gründer von Pixelwerk, Indie-Spielestudio
de|0|junior_other_field|-|Junior Softwareentwickler | SAP
de|0|student_other_field|-|Informatikstudent | TU München
it|1|student_in_field|h0|Studente di Game Design | Digital Bros Game Academy
it|1|junior_in_field|h1|Sviluppatore di videogiochi junior | Unity
it|1|owner_small_business|m0|Fondatore di uno studio indipendente di videogiochi | Milano
it|0|student_other_field|-|Studentessa di Design del Prodotto | Politecnico di Milano
it|0|owner_other_field|-|Fondatore di una startup fintech
pt|1|student_in_field|h0|Estudante de Design de Jogos Digitais | PUC-SP
pt|1|junior_in_field|h1|Desenvolvedor de jogos júnior | Unity | Recife
pt|1|owner_small_business|m0|Cofundadora de um estúdio indie de games | Porto Alegre
pt|0|junior_other_field|-|Desenvolvedora front-end júnior
pt|0|student_other_field|-|Estudante de Cinema | FAAP
nl|1|student_in_field|h0|Student Game Design | HKU
nl|1|junior_in_field|h1|Junior game developer | Guerrilla Games Amsterdam
nl|1|owner_small_business|m0|Oprichter van een indie gamestudio in Utrecht
nl|0|student_other_field|-|Student Communicatie- en Multimediadesign | Avans
nl|0|owner_other_field|-|Oprichter van een webbureau
nl|0|senior_in_field|-|Senior game artist bij Nixxes
""",
"tourism": """
es|1|student_in_field|h0|Estudiante de Grado en Turismo | Universidad de Málaga
es|1|student_in_field|h0|Estudiante de Turismo y Gestión Hotelera | CETT Barcelona
es|1|junior_in_field|h1|Guía turística oficial recién titulada | Toledo
es|1|exec_in_field|m0|Gerente | Viajes Sol y Mar, agencia de viajes
es|0|student_other_field|-|Estudiante de Periodismo | UCM
es|0|org_in_field_other_function|-|Directora financiera | Grupo turístico Meliá
es|0|senior_in_field|-|Guía turístico con 20 años de experiencia
fr|1|student_in_field|h0|Étudiante en BTS Tourisme | Lycée Jean Moulin
fr|1|student_in_field|h0|Étudiant en Master Management du Tourisme | IAE Savoie Mont Blanc
fr|1|junior_in_field|h1|Guide touristique jeune diplômée | Paris
fr|1|exec_in_field|m0|Gérant d'agence de voyages | Voyages Évasion
fr|0|student_other_field|-|Étudiant en commerce international | NEOMA
fr|0|org_in_field_other_function|-|Responsable RH | Selectour, réseau d'agences de voyages
en|1|student_in_field|h0|Tourism Management student | Bournemouth University
en|1|junior_in_field|h1|Newly qualified tourist guide | London
en|1|exec_in_field|m0|Travel Agency Manager | Journeys Latin America
en|0|student_other_field|-|Events Management student | Leeds Beckett
en|0|recruiter|-|Travel recruiter | Hospitality & tourism jobs
en|0|exec_other_field|-|Store Manager | Tesco
de|1|student_in_field|h0|Studentin Tourismusmanagement | Hochschule München
de|1|student_in_field|h0|Tourismusstudent im 4. Semester | Hochschule Harz
de|1|exec_in_field|m0|Geschäftsführerin | Reisebüro Sonnenschein
de|1|junior_in_field|h1|Gästeführerin, frisch zertifiziert | Dresden
de|0|student_other_field|-|Studentin BWL | Uni Mannheim
de|0|org_in_field_other_function|-|Leiter Buchhaltung | TUI Deutschland
it|1|student_in_field|h0|Studentessa di Scienze del Turismo | Università di Bologna
it|1|junior_in_field|h1|Guida turistica neoabilitata | Roma
it|1|exec_in_field|m0|Direttore | Agenzia viaggi Sole Blu
it|0|student_other_field|-|Studente di Lettere | La Sapienza
it|0|exec_other_field|-|Direttore commerciale | Costa Crociere
pt|1|student_in_field|h0|Estudante de Turismo | Universidade do Algarve
pt|1|junior_in_field|h1|Guia turístico recém-formado | Lisboa
pt|1|exec_in_field|m0|Gerente de agência de viagens | Abreu
pt|0|student_other_field|-|Estudante de Gestão Hoteleira | Escola Superior de Hotelaria do Estoril
pt|0|exec_other_field|-|Gerente de loja | Zara
nl|1|student_in_field|h0|Student Toerisme | Breda University of Applied Sciences
nl|1|student_in_field|h0|Student Leisure & Tourism Management | NHL Stenden
nl|1|exec_in_field|m0|Manager reisbureau | Corendon
nl|0|student_other_field|-|Student Hotelmanagement | Hotelschool Den Haag
nl|0|recruiter|-|Recruiter toerisme & recreatie
""",
"chemistry": """
it|1|student_in_field|h0|Studente di Chimica Industriale | Università di Padova
it|1|student_in_field|h0|Studentessa di Chimica | Sapienza Università di Roma
it|1|student_in_field|h1|Dottoranda in Scienza dei Materiali | Politecnico di Torino
it|1|exec_in_field|m0|Direttore Ricerca e Sviluppo | Versalis, chimica di Eni
it|0|student_other_field|-|Studente di Farmacia | Università di Pavia
it|0|exec_in_field_other_org|-|Direttore R&S | Ferrero
it|0|student_other_field|-|Dottorando in Fisica Teorica | SISSA
fr|1|student_in_field|h0|Étudiant en chimie | Sorbonne Université
fr|1|student_in_field|h1|Doctorante en science des matériaux | Mines Paris
fr|1|exec_in_field|m0|Directrice R&D | Arkema, chimie de spécialité
fr|0|student_other_field|-|Étudiante en biologie | Université de Lille
fr|0|org_in_field_other_function|-|Directeur financier | Solvay chimie
fr|0|student_other_field|-|Doctorant en informatique | INRIA
en|1|student_in_field|h0|Chemistry undergraduate | University of Bristol
en|1|student_in_field|h1|PhD candidate in Materials Science | Imperial College London
en|1|exec_in_field|m0|Head of R&D | Croda, specialty chemicals
en|0|student_other_field|-|PhD student in Economics | LSE
en|0|exec_in_field_other_org|-|Head of R&D | Unilever Foods
en|0|student_other_field|-|Chemical Engineering student | University of Manchester
es|1|student_in_field|h0|Estudiante de Química | Universidad de Barcelona
es|1|student_in_field|h1|Doctoranda en Ciencia de Materiales | UPM
es|1|exec_in_field|m0|Director de I+D | Ercros, industria química
es|0|student_other_field|-|Estudiante de Física | UAM
es|0|exec_in_field_other_org|-|Directora de I+D | Grifols, biofarmacéutica
de|1|student_in_field|h0|Chemiestudentin | LMU München
de|1|student_in_field|h1|Doktorand Werkstoffwissenschaften | RWTH Aachen
de|1|exec_in_field|m0|Leiter Forschung & Entwicklung | Evonik, Spezialchemie
de|0|student_other_field|-|Physikstudent | Uni Heidelberg
de|0|exec_in_field_other_org|-|Leiterin Forschung und Entwicklung | Bosch Automotive
de|0|recruiter|-|Recruiter Chemie & Pharma
pt|1|student_in_field|h0|Estudante de Química | Universidade de Aveiro
pt|1|student_in_field|h1|Doutoranda em Ciência dos Materiais | IST Lisboa
pt|1|exec_in_field|m0|Diretor de P&D | Braskem, indústria química
pt|0|student_other_field|-|Estudante de Engenharia Mecânica | FEUP
pt|0|org_in_field_other_function|-|Diretora de Marketing | Braskem, indústria química
nl|1|student_in_field|h0|Student Scheikunde | Universiteit Leiden
nl|1|student_in_field|h1|Promovendus Materiaalkunde | TU Eindhoven
nl|1|exec_in_field|m0|R&D-directeur | DSM, chemie
nl|0|student_other_field|-|Student Biologie | Wageningen University
nl|0|org_in_field_other_function|-|Hoofd HR | AkzoNobel chemie
""",
"archaeology": """
nl|1|student_in_field|h0|Student Archeologie | Universiteit Leiden
nl|1|student_in_field|h0|Masterstudent Archeologie | VU Amsterdam
nl|1|junior_in_field|h1|Pas afgestudeerd archeoloog | op zoek naar werk
nl|1|exec_in_field|m0|Directeur | Rijksmuseum van Oudheden
nl|0|student_other_field|-|Student Geschiedenis | UvA
nl|0|senior_in_field|-|Senior archeoloog met 20 jaar ervaring
nl|0|org_in_field_other_function|-|Hoofd marketing | Van Gogh Museum
fr|1|student_in_field|h0|Étudiante en archéologie | Paris 1 Panthéon-Sorbonne
fr|1|junior_in_field|h1|Archéologue jeune diplômé | Fouilles préventives
fr|1|exec_in_field|m0|Directrice du Musée des Beaux-Arts de Lyon
fr|0|student_other_field|-|Étudiant en histoire de l'art | École du Louvre
fr|0|exec_other_field|-|Directeur d'école primaire
en|1|student_in_field|h0|Archaeology student | University of York
en|1|junior_in_field|h1|Newly qualified archaeologist | Field technician
en|1|exec_in_field|m0|Director, Museum of London
en|0|student_other_field|-|Anthropology student | UCL
en|0|org_in_field_other_function|-|Director of Finance at the British Museum
en|0|recruiter|-|Heritage recruiter | Museums & galleries
es|1|student_in_field|h0|Estudiante de Arqueología | Universidad Complutense
es|1|junior_in_field|h1|Arqueóloga recién graduada | Buscando empleo
es|1|exec_in_field|m0|Director del Museo Arqueológico de Alicante
es|0|student_other_field|-|Estudiante de Geología | Universidad de Granada
es|0|exec_other_field|-|Director de hotel | NH Collection
de|1|student_in_field|h0|Archäologiestudentin | Uni Tübingen
de|1|junior_in_field|h1|Archäologe, frisch examiniert | Grabungstechnik
de|1|exec_in_field|m0|Direktorin | Landesmuseum Württemberg
de|0|student_other_field|-|Geschichtsstudent | Uni Bonn
de|0|org_in_field_other_function|-|Leiter IT | Deutsches Museum
it|1|student_in_field|h0|Studentessa di Archeologia | Università di Pisa
it|1|junior_in_field|h1|Archeologo neolaureato | in cerca di lavoro
it|1|exec_in_field|m0|Direttore del Museo Archeologico Nazionale di Napoli
it|0|student_other_field|-|Studente di Architettura | IUAV
it|0|exec_other_field|-|Direttrice di filiale | Intesa Sanpaolo
pt|1|student_in_field|h0|Estudante de Arqueologia | Universidade de Coimbra
pt|1|junior_in_field|h1|Arqueóloga recém-formada | à procura de emprego
pt|1|exec_in_field|m0|Diretor do Museu Nacional de Arqueologia
pt|0|student_other_field|-|Estudante de História | Universidade do Porto
pt|0|exec_other_field|-|Diretora de escola | Agrupamento de Escolas de Sintra
""",
"marine": """
pt|1|student_in_field|h0|Estudante de Biologia Marinha | Universidade do Algarve
pt|1|student_in_field|h0|Mestranda em Biologia Marinha e Conservação | Universidade dos Açores
pt|1|exec_in_field|m0|Diretor | Oceanário de Lisboa
pt|1|owner_small_business|m1|Fundadora da BlueSeas, startup de economia azul
pt|0|student_other_field|-|Estudante de Biologia | Universidade de Lisboa
pt|0|org_in_field_other_function|-|Diretora financeira | Oceanário de Lisboa
fr|1|student_in_field|h0|Étudiante en biologie marine | Station biologique de Roscoff
fr|1|student_in_field|h0|Étudiant en Master Biologie marine | Université de Bretagne Occidentale
fr|1|exec_in_field|m0|Directeur de l'Aquarium de La Rochelle
fr|1|owner_small_business|m1|Fondateur d'une startup de l'économie bleue | Brest
fr|0|student_other_field|-|Étudiante en médecine | Nantes Université
fr|0|owner_other_field|-|Fondateur d'une startup EdTech
en|1|student_in_field|h0|Marine Biology student | University of Plymouth
en|1|exec_in_field|m0|Director, National Marine Aquarium
en|1|owner_small_business|m1|Co-founder of KelpTech, a blue economy startup
en|0|student_other_field|-|Zoology student | University of Oxford
en|0|other_job|-|Aquarium technician | SEA LIFE
en|0|owner_other_field|-|Founder & CEO, FinTech startup
es|1|student_in_field|h0|Estudiante de Biología Marina | Universidad de Vigo
es|1|exec_in_field|m0|Director del Aquarium Finisterrae
es|1|owner_small_business|m1|Fundadora de una startup de economía azul | Cádiz
es|0|student_other_field|-|Estudiante de Veterinaria | Universidad de Zaragoza
es|0|org_in_field_other_function|-|Encargado de mantenimiento | Oceanogràfic Valencia
de|1|student_in_field|h0|Studentin Meeresbiologie | Uni Kiel
de|1|exec_in_field|m0|Direktor | Meeresaquarium Zella-Mehlis
de|1|owner_small_business|m1|Gründer eines Blue-Economy-Startups | Hamburg
de|0|student_other_field|-|Biologiestudent | Uni Freiburg
de|0|exec_other_field|-|Geschäftsführer | Zoo Leipzig
it|1|student_in_field|h0|Studentessa di Biologia Marina | Università di Bologna
it|1|exec_in_field|m0|Direttore dell'Acquario di Genova
it|1|owner_small_business|m1|Fondatore di una startup della blue economy | Napoli
it|0|student_other_field|-|Studente di Biotecnologie | Università di Padova
it|0|org_in_field_other_function|-|Direttore marketing | Acquario di Genova
nl|1|student_in_field|h0|Student Mariene Biologie | Rijksuniversiteit Groningen
nl|1|exec_in_field|m0|Directeur van het Zeeaquarium Bergen
nl|1|owner_small_business|m1|Oprichter van een blauwe-economie startup | Den Helder
nl|0|student_other_field|-|Student Diergeneeskunde | Universiteit Utrecht
nl|0|recruiter|-|Recruiter maritieme sector
""",
}


def main() -> None:
    owners = tomllib.loads((HERE / "owners.toml").read_text(encoding="utf-8"))
    out = []
    for owner, block in ROWS.items():
        o = owners[owner]
        for line in block.strip().splitlines():
            lang, match, kind, key, headline = line.split("|", 4)
            phrase = "" if key == "-" else (o["help_whom"] if key[0] == "h" else o["meet_whom"])[int(key[1])]
            assert (match == "1") == bool(phrase), line
            out.append([owner, headline.strip(), lang, match, phrase, kind])
    heads = [r[1] + r[0] for r in out]
    assert len(heads) == len(set(heads)), "duplicate rows"
    with open(HERE / "headlines.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["owner", "headline", "lang", "match", "phrase", "kind"])
        w.writerows(out)
    print(len(out), "rows")


if __name__ == "__main__":
    main()
