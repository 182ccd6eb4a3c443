"""Generate the bundled, fully fictional sample LinkedIn export of invitriage.

The owner is Camille Laurent, a digital-marketing consultant in Lyon, who exported her data on
20 Nov 2026 with a backlog of about 3,200 pending invitations. Every person, company, note and
message below is invented; profile URLs point to slugs that were drawn at random.

Outputs (relative to the repository root):

    src/invitriage/sample/export/Invitations.csv   current header era, OUTGOING block then INCOMING
    src/invitriage/sample/export/Connections.csv   with the 3-line "Notes:" preamble
    src/invitriage/sample/export/messages.csv      10-column variant
    src/invitriage/sample/export/Profile.csv
    src/invitriage/sample/export/Skills.csv        ignored by the importer
    src/invitriage/sample/export/Registration.csv   ignored by the importer
    src/invitriage/sample/pending.csv              pending invitations with headlines
    src/invitriage/sample/expected_intents.csv     hand-labelled notes (evaluation set)
    src/invitriage/sample/README.md

The generator is deterministic: one ``random.Random(SEED)``, no hash-order dependence, no clock,
no time-zone database (US Pacific and Paris offsets are computed from the DST rules). Running it
twice gives byte-identical files.

Usage::

    python scripts/make_sample.py
"""

from __future__ import annotations

import base64
import csv
import math
import os
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random

# --------------------------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------------------------

SEED = 20261120
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(ROOT, "src", "invitriage", "sample")
EXPORT_DIR = os.path.join(SAMPLE_DIR, "export")

EXPORT_DATE = date(2026, 11, 20)
INCOMING_FIRST = date(2026, 5, 22)  # Pacific dates of the INCOMING window
INCOMING_LAST = date(2026, 11, 19)
OUTGOING_FIRST = date(2026, 1, 26)
OUTGOING_LAST = date(2026, 11, 18)
BACKGROUND_LAST = date(2026, 5, 21)  # older connections predate the invitation window
FIRST_YEAR = 2010

N_INCOMING = 3400
N_OUTGOING = 60
N_ACCEPTED_INCOMING = 170
N_ACCEPTED_WITH_NOTE = 45
N_NOTE_ECHOES = 40
N_ACCEPTED_OUTGOING = 40
N_CONNECTIONS = 2600
N_HIDDEN = 8
N_CONVERSATION_PEOPLE = 130
N_BARE_URL = 3
GROWTH = 2.5  # INCOMING per-day rate at the end of the window / at its start
ENCODED_SLUG_SHARE = 0.024  # of people with an accent-capable name origin: ~2 % overall

OWNER_FIRST = "Camille"
OWNER_LAST = "Laurent"
OWNER_NAME = f"{OWNER_FIRST} {OWNER_LAST}"
OWNER_URL = "https://www.linkedin.com/in/camille-laurent-marketing"
OWNER_HEADLINE = ("Consultante en marketing digital | SEO, social ads & stratégie de contenu "
                  "| Formatrice")
URL_PREFIX = "https://www.linkedin.com/in/"
BARE_URL = "https://www.linkedin.com/in"
NEWSLETTER = "Le Digital en Clair"
PODCAST = "Marketing sans jargon"

CONNECTIONS_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
INVITATIONS_HEADER = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                      "inviteeProfileUrl"]
CONNECTIONS_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                      "Connected On"]
MESSAGES_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]
PROFILE_HEADER = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                  "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                  "Instant Messengers"]
PENDING_HEADER = ["name", "headline", "profile_url", "sent_at", "note"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# --------------------------------------------------------------------------------------------
# Names (common given names and surnames, combined at random: the people are fictional)
# --------------------------------------------------------------------------------------------

NAMES = {
    "fr": (
        "Marie Julie Sophie Léa Chloé Manon Emma Sarah Laura Pauline Claire Élodie Hélène Nathalie "
        "Isabelle Céline Aurélie Anne-Sophie Mathilde Lucie Charlotte Justine Marion Émilie Audrey "
        "Caroline Virginie Sandrine Stéphanie Valérie Delphine Agathe Juliette Zoé Noémie Océane "
        "Margaux Clémence Anaïs Gaëlle Maëlle Solène Bérénice Amandine Coralie Estelle Florence "
        "Géraldine Laetitia Mélanie Morgane Ophélie Perrine Romane Salomé Victoire Alice Louise "
        "Jeanne Capucine Héloïse Maud Armelle Christine Sylvie Véronique Nadège Fanny Lola Elsa",
        "Thomas Nicolas Julien Maxime Antoine Alexandre Pierre Romain Guillaume Sébastien Mathieu "
        "Nathan Lucas Hugo Louis Théo Baptiste Clément Quentin Vincent Jérôme Frédéric Stéphane "
        "Olivier Christophe Philippe François Benoît Cédric Damien Florian Jérémy Loïc Gaël Yannick "
        "Arnaud Bertrand Cyril Emmanuel Fabien Grégoire Hervé Jean-Baptiste Jean-Marc Léo Mathis "
        "Noé Paul Raphaël Rémi Simon Thibault Valentin Xavier Adrien Aurélien Bastien Gaëtan "
        "Étienne Anthony Kevin Dylan Enzo Gabriel Martin Victor Édouard Matthieu Marc Luc Yves "
        "Gilles Patrice",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Lefebvre Michel "
        "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
        "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
        "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier "
        "Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy "
        "Noël Meyer Lucas Meunier Pérez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt "
        "Leroux Colin Fernandez Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois "
        "Renaud Lemoine Picard Gaillard Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Hubert "
        "Charles Guillot Rivière Guillaume Adam Rey Moulin Berger Lecomte Ménard Fleury Deschamps "
        "Carpentier Benoît Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prévost Poirier "
        "Charpentier Royer Huet Baron Dupuy Pons Carré Breton Rémy Schneider Perrot Barré Marty "
        "Cousin Tessier Lebrun Hamon Bouvier Besson Chauvin Bérard Pelletier Gilbert Delmas Ferrand "
        "Texier Vallet Hoarau Géraud Le_Gall Le_Goff Le_Roux Da_Silva de_La_Tour",
    ),
    "ar": (
        "Yasmine Leïla Nadia Samira Sofia Amina Inès Myriam Rania Salma Lina Nour Karima Fatima "
        "Houda Imane Soraya Malika Sabrina Aïcha",
        "Karim Mehdi Yassine Rachid Samir Nabil Sofiane Bilal Hakim Mohamed Youssef Walid Amine "
        "Omar Adel Farid Hichem Ilyes Nassim Zakaria",
        "Benali El_Amrani Haddad Bouzid Mansouri Cherif Belkacem Boudiaf Hamdi Saidi Khelifi "
        "Ait_Ahmed Brahimi Meziane Benmoussa Lahlou Tazi Chraibi Bennani Rahmani Ziani Amrani "
        "Djebbar Slimani Ouali",
    ),
    "af": (
        "Aminata Fatou Awa Mariama Aïssatou Chiamaka Ngozi Ama Akosua Nafissatou Grâce Esther "
        "Adjoa Mireille Fanta",
        "Moussa Mamadou Ousmane Ibrahima Cheikh Kwame Kofi Chinedu Emeka Serge Jean-Claude Désiré "
        "Abdoulaye Seydou Hervé",
        "Diallo Traoré Ndiaye Diop Koné Coulibaly Camara Sow Mensah Okafor Adeyemi Owusu Kouassi "
        "Yao Ekwueme Fofana Sylla Touré Bamba Kaboré Ouédraogo Nzeza Mbida Etoundi Asante",
    ),
    "en": (
        "Emily Sarah Jessica Hannah Olivia Charlotte Amy Rachel Laura Sophie Katie Lucy Megan "
        "Rebecca Grace Ellie Chloe Jennifer Natalie Abigail",
        "James Oliver Jack Harry Thomas Daniel Matthew Ryan Michael David Chris Ben Sam Luke Andrew "
        "Tom Jake Nathan Adam Connor",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
        "Walker White Roberts Green Hall Wood Jackson Clarke Hughes Murphy O'Brien Kelly Walsh "
        "Campbell Stewart Foster Mitchell Bennett Carter Turner Parker Collins Edwards Morris "
        "Cooper Ward Baker Harris",
    ),
    "in": (
        "Priya Ananya Kavya Sneha Pooja Divya Neha Aishwarya Shruti Meera Anjali Deepika Lakshmi "
        "Ritu",
        "Arjun Rohan Vikram Rahul Aditya Karthik Siddharth Amit Sanjay Rajesh Nikhil Varun Anand "
        "Suresh",
        "Sharma Patel Iyer Reddy Nair Gupta Singh Kumar Menon Rao Joshi Kapoor Mehta Desai "
        "Krishnan Chatterjee Banerjee Pillai Verma Agarwal",
    ),
    "es": (
        "María Lucía Carmen Ana Laura Marta Paula Elena Sara Cristina Isabel Alba Claudia Raquel "
        "Nuria",
        "Javier Alejandro Pablo Daniel Carlos Sergio David Jorge Adrián Álvaro Diego Manuel Raúl "
        "Iván Rubén",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
        "Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil "
        "Serrano Blanco Molina Ortega Castro Rubio",
    ),
    "de": (
        "Anna Lena Julia Laura Katharina Sarah Lisa Hannah Johanna Sophie Miriam Franziska Sabine "
        "Claudia Stefanie",
        "Lukas Jonas Felix Maximilian Tobias Florian Stefan Michael Andreas Christian Markus Jan "
        "Niklas Sebastian Matthias",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner "
        "Krause Lehmann Köhler Huber Bauer",
    ),
    "it": (
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Elena Federica Silvia Elisa Giorgia "
        "Beatrice Laura Ilaria",
        "Marco Luca Andrea Matteo Alessandro Francesco Lorenzo Davide Simone Federico Stefano "
        "Giovanni Riccardo Paolo Nicola",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
        "Rinaldi Caruso Ferrara Galli Martini Leone",
    ),
    "pt": (
        "Ana Beatriz Mariana Inês Carolina Joana Catarina Sofia Rita Juliana Fernanda Camila "
        "Larissa Gabriela Letícia",
        "João Pedro Tiago Rafael Gonçalo Diogo Rodrigo Bruno Lucas Gustavo Felipe Thiago Mateus "
        "Vinícius André",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves "
        "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes "
        "Nunes Soares Vieira Monteiro Cardoso Rocha",
    ),
    "nl": (
        "Sanne Lotte Emma Fleur Anouk Eva Lisa Iris Femke Noor Marieke Sophie Julia Esmee Maud",
        "Daan Bram Sem Lars Thijs Jeroen Ruben Joost Niels Pieter Bas Wouter Koen Stijn Milan",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
        "Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits "
        "de_Graaf van_der_Meer Kok Jacobs Vermeulen van_der_Linden Willems",
    ),
}
# share of each name origin among people without a note
ORIGIN_WEIGHTS = {"fr": 60, "ar": 9, "af": 6, "en": 7, "in": 5, "es": 4, "it": 3, "pt": 3,
                  "de": 2, "nl": 1}
# origin of the sender of a note, by language of the note
NOTE_LANG_ORIGINS = {"fr": {"fr": 78, "ar": 13, "af": 9}, "en": {"en": 60, "in": 25, "af": 10,
                     "nl": 5}, "es": {"es": 1}, "de": {"de": 1}, "it": {"it": 1},
                     "pt": {"pt": 1}, "nl": {"nl": 1}}
# language of the headline, by name origin
HEADLINE_LANGS = {"fr": {"fr": 85, "en": 15}, "ar": {"fr": 85, "en": 15},
                  "af": {"fr": 70, "en": 30}, "en": {"en": 1}, "in": {"en": 1},
                  "es": {"es": 60, "en": 40}, "de": {"de": 60, "en": 40},
                  "it": {"it": 60, "en": 40}, "pt": {"pt": 60, "en": 40},
                  "nl": {"nl": 55, "en": 45}}
NAME_EMOJI = ["🚀", "🌍", "✨", "💡", "🌱", "☀️", "🎯", "📈"]

# --------------------------------------------------------------------------------------------
# Companies and jobs. "{m|f}" picks the masculine or feminine form; {company}, {brand} and
# {startup} are filled from the fictional name pools below.
# --------------------------------------------------------------------------------------------

COMPANY_HEADS = ["Atelier", "Groupe", "Maison", "Studio", "Cabinet", "Agence", "Laboratoires",
                 "Éditions", "Compagnie", "Transports"]
COMPANY_TAILS = ["Nord", "Solvane", "Ardelis", "Bellerive", "Orméa", "Valcrest", "Lumen",
                 "Corvalis", "Tessarine", "Marbois", "Elyance", "Rive Haute", "Opaline", "Verdelys",
                 "Kerneo", "Sylvea", "Ormeline", "Castelroc", "Brumaire", "Quartz Bleu",
                 "Hautvent", "Mirabel", "Sauveterre", "Alvène"]
COMPANIES_EN = ["Brightwave Labs", "Northgate Partners", "Harbor & Finch", "Bluefern Digital",
                "Copperline Systems", "Oakridge Analytics", "Silverbirch Consulting",
                "Redkite Media", "Tallpine Software", "Westmere Logistics", "Greyhollow Group",
                "Lanternfish Studio", "Moorfield Health", "Ironleaf Capital"]
STARTUPS = ["Kalvio", "Datanoa", "Fleetwise", "Tribolo", "Quorify", "Mealtrack", "Zelvo",
            "Orbitelle", "Parcelio", "Hivora", "Nestaro", "Clevio", "Pulsea", "Trenzo"]
BRANDS = ["Terre d'Ocre", "Les Bocaux de Margot", "Fil & Lin", "Savonnerie des Pentes",
          "Grain d'Or", "Vélos du Quai", "Bijoux Comète", "Comptoir des Épices",
          "La Cave de Fourvière", "Petites Pousses", "Atelier Copeau", "Brûlerie Saint-Just",
          "Plume & Papier", "Maison Ambre", "Les Jardins de Lou", "Cuir de Saône"]
SCHOOLS_FR = ["l'IAE Lyon", "l'Université Lyon 2", "l'Université Lyon 3", "l'IUT Lyon 1",
              "une école de commerce lyonnaise", "l'Université Grenoble Alpes"]

ROLES = {
    "fr": {
        "student": [
            "Étudiant{|e} en Master Marketing Digital à {school}",
            "Alternant{|e} chargé{|e} de communication digitale chez {company}",
            "Étudiant{|e} en BUT Information-Communication | En recherche de stage",
            "Jeune diplômé{|e} en marketing digital | À la recherche d'un premier emploi",
            "Alternant{|e} community manager | Bachelor Communication digitale",
            "Étudiant{|e} en Licence pro Webmarketing | Recherche alternance",
            "Stagiaire marketing digital chez {company}",
            "Étudiant{|e} en école de commerce | Spécialisation marketing digital",
        ],
        "founder": [
            "Fondat{eur|rice} de {brand} | E-shop de créations artisanales",
            "Gérant{|e} de {brand} | Commerce indépendant",
            "Créat{eur|rice} d'entreprise | Cosmétiques naturels made in Lyon",
            "Artisan ébéniste | Gérant{|e} de {brand}",
            "Co-fondat{eur|rice} de {startup} | Startup SaaS pour les TPE",
            "Dirigeant{|e} de TPE | Agence immobilière indépendante",
            "Fondat{eur|rice} de {brand} | E-commerce de vélos reconditionnés",
            "Restaurat{eur|rice} | {brand}",
            "Artisan{|e} boulang{er|ère} | {brand}",
        ],
        "recruiter": [
            "Chargé{|e} de recrutement", "Talent Acquisition Specialist",
            "Consultant{|e} en recrutement IT", "Responsable RH & recrutement",
            "Chasseu{r|se} de têtes | Digital & Marketing", "Talent Partner",
            "Recruteu{r|se} | Secteur banque et assurance",
        ],
        "sales": [
            "Business Developer", "Ingénieur{|e} commercial{|e}", "Responsable grands comptes",
            "Commercial{|e} terrain", "Sales Manager", "Key Account Manager",
            "Conseill{er|ère} commercial{|e} en énergie", "Direct{eur|rice} commercial{|e}",
            "Chargé{|e} d'affaires", "SDR | Prospection B2B", "Consultant{|e} en solutions CRM",
        ],
        "marketing": [
            "Responsable marketing", "Chargé{|e} de communication", "Community manager",
            "Consultant{|e} SEO", "Traffic manager | Google Ads & Meta Ads",
            "Direct{eur|rice} artistique", "Rédact{eur|rice} web SEO", "Chef{|fe} de projet digital",
            "Responsable communication", "Growth marketer", "Content manager",
            "Chargé{|e} de marketing digital", "Social media manager", "Responsable e-commerce",
            "Brand manager", "Graphiste & webdesign{er|euse}",
            "Direct{eur|rice} marketing & communication", "Chargé{|e} de relations presse",
            "Webmarketeu{r|se}", "Product marketing manager", "CMO",
            "Chef{|fe} de produit marketing", "Responsable marketing digital",
            "Chargé{|e} de communication digitale", "Consultant{|e} en stratégie digitale",
        ],
        "other": [
            "Infirmi{er|ère}", "Expert{|e}-comptable", "Professeu{r|re} des écoles",
            "Ingénieur{|e} mécanique", "Développeu{r|se} full-stack", "Pharmacien{|ne}",
            "Responsable logistique", "Avocat{|e} en droit des affaires",
            "Contrôleu{r|se} de gestion", "Technicien{|ne} de maintenance",
            "Chef{|fe} de chantier", "Data analyst", "Assistant{|e} de direction",
            "Juriste en droit social", "Kinésithérapeute", "Conseill{er|ère} bancaire",
            "Chargé{|e} de mission RSE", "Architecte d'intérieur", "Responsable qualité",
            "Ingénieur{|e} DevOps", "Acheteu{r|se}", "Professeu{r|re} de mathématiques",
            "Direct{eur|rice} d'agence bancaire", "Chef cuisini{er|ère}", "Consultant{|e} SAP",
            "Administrat{eur|rice} systèmes et réseaux", "Doctorant{|e} en biologie",
            "Gestionnaire de paie", "Aide-soignant{|e}", "Chargé{|e} d'études statistiques",
            "Responsable RH", "Coach sportif", "Ingénieur{|e} en génie civil",
            "Responsable administratif et financier",
        ],
    },
    "en": {
        "student": ["Digital Marketing student | Looking for an internship",
                    "MSc Marketing student", "Communications graduate | Social media & content",
                    "Marketing intern at {company}", "BBA student | Digital marketing & branding"],
        "founder": ["Founder of {brand} | Handmade goods e-shop", "Owner, {brand}",
                    "Co-founder & CEO at {startup}", "Small business owner | {brand}",
                    "Founder | {brand} – eco-friendly homeware"],
        "recruiter": ["Talent Acquisition Partner", "Tech Recruiter",
                      "Senior Recruitment Consultant | Marketing & Digital", "Head of Talent",
                      "HR & Recruitment Manager"],
        "sales": ["Business Development Manager", "Account Executive", "Sales Director EMEA",
                  "Key Account Manager", "SDR", "Partnerships Manager", "Enterprise Sales"],
        "marketing": ["Marketing Manager", "Content Strategist", "SEO Specialist",
                      "Performance Marketing Lead", "Social Media Manager", "Head of Growth",
                      "Brand Manager", "Digital Marketing Consultant", "PPC Specialist",
                      "Copywriter", "CMO", "Communications Officer", "Marketing Coordinator",
                      "Email Marketing Specialist"],
        "other": ["Software Engineer", "Registered Nurse", "Accountant", "Secondary School Teacher",
                  "Mechanical Engineer", "Data Scientist", "Project Manager", "Financial Analyst",
                  "Civil Engineer", "Supply Chain Manager", "IT Support Specialist", "Architect",
                  "Pharmacist", "Corporate Lawyer", "Operations Manager", "Product Manager",
                  "UX Designer", "Physiotherapist", "Electrician"],
    },
    "es": {
        "student": ["Estudiante de Publicidad y RRPP | Marketing digital",
                    "Estudiante de Máster en Marketing Digital"],
        "founder": ["Fundador{|a} de {brand} | Tienda online", "Emprendedor{|a} | {brand}"],
        "recruiter": ["Técnic{o|a} de selección", "Talent Acquisition"],
        "sales": ["Comercial", "Responsable de desarrollo de negocio", "Key Account Manager"],
        "marketing": ["Responsable de marketing", "Community manager", "Especialista SEO/SEM",
                      "Director{|a} de comunicación"],
        "other": ["Ingenier{o|a} industrial", "Enfermer{o|a}", "Profesor{|a} de secundaria",
                  "Contable", "Abogad{o|a}", "Desarrollador{|a} de software"],
    },
    "de": {
        "student": ["Student{|in} Medienmanagement | Schwerpunkt Online-Marketing",
                    "Werkstudent{|in} Marketing"],
        "founder": ["Gründer{|in} von {brand} | Online-Shop", "Inhaber{|in} von {brand}"],
        "recruiter": ["Recruiter{|in}", "Personalreferent{|in} | Talent Acquisition"],
        "sales": ["Vertriebsleiter{|in}", "Key Account Manager{|in}", "Business Development"],
        "marketing": ["Marketing Manager{|in}", "Online-Marketing-Expert{e|in}",
                      "Leiter{|in} Unternehmenskommunikation", "SEO-Berater{|in}"],
        "other": ["Maschinenbauingenieur{|in}", "Steuerberater{|in}", "Lehrer{|in}",
                  "Pflegefachkraft", "Softwareentwickler{|in}", "Projektleiter{|in} Bau"],
    },
    "it": {
        "student": ["Student{e|essa} di Marketing Digitale", "Laureand{o|a} in Comunicazione"],
        "founder": ["Fondat{ore|rice} di {brand} | E-commerce", "Titolare di {brand}"],
        "recruiter": ["HR Recruiter", "Talent Acquisition Specialist"],
        "sales": ["Responsabile commerciale", "Business Developer", "Agente di commercio"],
        "marketing": ["Marketing Manager", "Social Media Manager", "Consulente SEO",
                      "Responsabile comunicazione"],
        "other": ["Ingegnere civile", "Infermier{e|a}", "Commercialista", "Insegnante",
                  "Avvocato", "Sviluppat{ore|rice} software"],
    },
    "pt": {
        "student": ["Estudante de Marketing Digital", "Estagiári{o|a} de comunicação"],
        "founder": ["Fundador{|a} da {brand} | Loja online", "Empreendedor{|a} | {brand}"],
        "recruiter": ["Recrutador{|a}", "Talent Acquisition"],
        "sales": ["Gestor{|a} comercial", "Executiv{o|a} de vendas", "Business Developer"],
        "marketing": ["Gestor{|a} de marketing", "Social media", "Especialista em SEO",
                      "Analista de marketing digital"],
        "other": ["Engenheir{o|a} civil", "Enfermeir{o|a}", "Professor{|a}", "Contabilista",
                  "Advogad{o|a}", "Programador{|a}"],
    },
    "nl": {
        "student": ["Student Communicatie | Online marketing", "Stagiair marketing"],
        "founder": ["Eigenaar van {brand} | Webshop", "Oprichter van {brand}"],
        "recruiter": ["Recruiter", "Corporate recruiter | Talent acquisition"],
        "sales": ["Accountmanager", "Business developer", "Salesmanager Benelux"],
        "marketing": ["Marketingmanager", "Contentmarketeer", "SEO-specialist",
                      "Communicatieadviseur"],
        "other": ["Verpleegkundige", "Werktuigbouwkundig ingenieur", "Docent", "Accountant",
                  "Advocaat", "Softwareontwikkelaar"],
    },
}
# how a role and a company make a headline, per language
AT_WORD = {"fr": ["chez", "–", "@"], "en": ["at", "@", "|"], "es": ["en", "|"],
           "de": ["bei", "|"], "it": ["presso", "|"], "pt": ["na", "|"], "nl": ["bij", "|"]}
TAGS = {
    "fr": {"marketing": ["SEO & contenu", "Social ads", "Marque employeur", "Inbound marketing",
                         "Brand content 🎯", "Marketing automation"],
           "sales": ["Prospection B2B", "SaaS", "Solutions d'impression", "Grands comptes"],
           "recruiter": ["Nous recrutons !", "Tech & Digital", "Recrutement cadres"],
           "other": ["Lyon", "Auvergne-Rhône-Alpes"]},
    "en": {"marketing": ["B2B SaaS", "Content & SEO", "Paid social", "Brand storytelling ✨"],
           "sales": ["SaaS", "EMEA", "New business"], "recruiter": ["We're hiring!", "Tech & Digital"],
           "other": ["Remote", "Lifelong learner"]},
}
# roles that read oddly next to a company name
SELF_EMPLOYED_OR_PUBLIC = ["Infirmi", "Professeu", "Aide-soignant", "Kinésithérapeute",
                           "Pharmacien", "Doctorant", "Coach sportif", "Nurse", "Teacher",
                           "Physiotherapist", "Pharmacist", "Electrician", "Enfermer", "Profesor",
                           "Lehrer", "Pflege", "Infermier", "Insegnante", "Enfermeir", "Professor",
                           "Verpleeg", "Docent", "Kinés", "Sophrologue", "Architecte", "Architect",
                           "Commercialista", "Avvocato", "Advocaat", "Abogad", "Advogad",
                           "Steuerberater", "Expert"]
# category weights for people without a note (headlines of pending invitations)
INVITER_CATEGORIES = {"student": 4.0, "founder": 3.0, "recruiter": 6.0, "sales": 10.0,
                      "marketing": 35.0, "other": 37.0, "empty": 5.0}
CONNECTION_CATEGORIES = {"student": 1, "founder": 8, "recruiter": 5, "sales": 8,
                         "marketing": 42, "other": 36}

# --------------------------------------------------------------------------------------------
# Invitation notes, written for this sample. Each: text, intent, lang, headline of the sender,
# and optionally the sender's gender / name origin. "{first}" is the sender's first name.
# --------------------------------------------------------------------------------------------


@dataclass
class NoteSpec:
    text: str
    intent: str
    lang: str
    headline: str
    gender: str | None = None
    origin: str | None = None
    reply: str | None = None  # owner's reply already sent (pending invitation)


NOTES = [
    # ---- French -----------------------------------------------------------------------------
    NoteSpec("J’aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
             "default_template", "fr", "Responsable administratif et financier chez Groupe Solvane"),
    NoteSpec("Bonjour", "no_note", "fr", "Assistante de direction", "f"),
    NoteSpec("Bonjour Camille !", "no_note", "fr", "Chargé d'affaires BTP", "m"),
    NoteSpec("Bonjour Camille, je découvre votre profil et je serais ravie de vous compter parmi "
             "mes contacts.", "generic", "fr", "Chargée de communication interne | Secteur santé",
             "f"),
    NoteSpec("Bonjour, j'élargis mon réseau dans le marketing digital sur Lyon, au plaisir "
             "d'échanger !", "generic", "fr", "Traffic manager freelance | Google Ads & Meta Ads"),
    NoteSpec("Très beau parcours, bravo ! Au plaisir de se connecter.", "generic", "fr",
             "Consultant en transformation digitale", "m"),
    NoteSpec("Hello Camille, nous évoluons dans le même secteur, connectons-nous 😊", "generic",
             "fr", "Community manager chez Agence Mirabel"),
    NoteSpec("Bonjour Camille, toujours intéressant de suivre des profils comme le vôtre dans le "
             "marketing. Belle journée, {first}", "generic", "fr",
             "Responsable marketing chez Maison Ambre"),
    NoteSpec("Bonjour Camille, félicitations pour vos 10 ans d'indépendance ! Belle continuation",
             "generic", "fr", "Gestionnaire de paie chez Cabinet Valcrest"),
    NoteSpec("Camille, votre profil m'a beaucoup inspirée. Ravie de rejoindre votre réseau !",
             "generic", "fr", "Chargée de marketing digital", "f"),
    NoteSpec("Bonjour, nous serons tous les deux au salon E-marketing Lyon le mois prochain, ravi "
             "de se connecter d'ici là.", "generic", "fr",
             "Responsable e-commerce chez Maison Bellerive", "m"),
    NoteSpec("Bonjour Camille, nous avons plusieurs contacts en commun, je me suis dit qu'il serait "
             "logique de nous connecter.", "generic", "fr", "Ingénieur méthodes", "m"),
    NoteSpec("Ancienne de l'IAE Lyon moi aussi 🙂 Au plaisir !", "generic", "fr",
             "Contrôleuse de gestion | Industrie", "f"),
    NoteSpec("Bonjour Camille, passionné de SEO moi aussi, ravi d'échanger avec vous sur nos "
             "métiers.", "generic", "fr", "Consultant SEO technique | Freelance", "m"),
    NoteSpec("Bjr Camille, tjs sympa de croiser une autre consultante lyonnaise sur LinkedIn ! A "
             "bientot", "generic", "fr", "Consultante RH indépendante", "f"),
    NoteSpec("Bonjour Camille, nous avons échangé hier au stand de la CCI pendant le Salon des "
             "Entrepreneurs, je suis la fleuriste qui voulait relancer son Instagram. Ravie de "
             "garder le contact !", "met_before", "fr",
             "Fleuriste créatrice | Atelier Pétales & Cie – Villeurbanne", "f"),
    NoteSpec("Salut Camille ! On était ensemble dans la promo 2014 du Master Com' à Lyon 2, ça fait "
             "un bail 😄 Content de te retrouver ici. {first}", "met_before", "fr",
             "Directeur de clientèle chez Agence Hautvent", "m"),
    NoteSpec(f"Bonjour Camille, je lis votre newsletter {NEWSLETTER} chaque semaine, l'édition sur "
             "le SEO local m'a fait gagner un temps fou. Merci pour ce partage !", "content", "fr",
             "Gérant – Boulangerie Maison Ferrand", "m"),
    NoteSpec("Votre post d'hier sur les audiences similaires Meta était très clair, merci ! "
             "J'aimerais suivre vos prochains contenus.", "content", "fr",
             "Chargée de marketing digital | Retail", "f"),
    NoteSpec("Bonjour Camille, j'ai assisté à votre conférence sur la stratégie de contenu aux "
             "Rencontres Digitales de Villeurbanne, très inspirante ! Au plaisir de vous lire ici.",
             "content", "fr", "Responsable communication en collectivité territoriale"),
    NoteSpec("Bonjour Camille, c'est Julien Morel (agence Ardelis) qui m'a suggéré de vous "
             "contacter, il m'a dit le plus grand bien de votre travail. Bien à vous, {first}",
             "referral", "fr", "Dirigeant de TPE | Menuiserie Castelroc", "m"),
    NoteSpec("Bonjour Camille, Nadia Benhamou m'a donné votre nom au dernier apéro du club Lyon "
             "Digital Women, elle m'a dit qu'on devait absolument se connaître 🙂", "referral",
             "fr", "Social media manager | Tourisme", "f"),
    NoteSpec("Bonjour Camille, je lance ma boutique en ligne de céramiques et je suis perdue entre "
             "Google Ads et Meta Ads. Auriez-vous 10 minutes pour me donner votre avis ? Merci "
             "d'avance !", "ask_for_help", "fr",
             "Céramiste & fondatrice de Terre d'Ocre | Vaisselle artisanale", "f",
             reply="Bonjour {first}, avec plaisir ! Pour des céramiques, je commencerais par Meta "
                   "Ads avec un petit budget test. On peut s'appeler jeudi à 10 h ?"),
    NoteSpec("Bonjour, je prépare un mémoire sur l'impact de l'IA sur le métier de rédacteur web, "
             "accepteriez-vous de répondre à quelques questions (20 min) ? Merci beaucoup, {first}",
             "ask_for_help", "fr", "Étudiant en Master Communication numérique – Université Lyon 2",
             "m"),
    NoteSpec("Bonjour Camille, étudiante en Bachelor Marketing Digital, je recherche une alternance "
             "de 24 mois en SEO/SEA à partir de septembre. Seriez-vous ouverte à en discuter ou "
             "auriez-vous des conseils ?", "job_seeking", "fr",
             "Étudiante en Bachelor Marketing Digital | En recherche d'alternance SEO/SEA", "f",
             reply="Bonjour {first}, merci pour votre message ! Je ne prends pas d'alternante cette "
                   "année, mais regardez du côté des agences du club Lyon Digital. Bon courage "
                   "pour vos recherches, Camille"),
    NoteSpec("Bonjour Mme Laurent, je suis à la recherche d'un contrat d'alternance en community "
             "management pour ma 1ère année de Master, mon CV est dispo si besoin. Bonne journée",
             "job_seeking", "fr", "Futur alternant community manager | Master Stratégie digitale",
             "m"),
    NoteSpec("Bonjour, je suis chargée de marketing digital (4 ans d'XP) et je cherche un nouveau "
             "poste sur Lyon à partir de janvier. Si vous entendez parler d'une opportunité, je "
             "suis preneuse !", "job_seeking", "fr",
             "Chargée de marketing digital | Ouverte aux opportunités", "f"),
    NoteSpec("Bonjour Camille, je recrute un(e) Head of Content en CDI pour une scale-up lyonnaise "
             "de la foodtech (télétravail partiel, 60-65 k€). Votre profil correspond parfaitement, "
             "seriez-vous ouverte à un échange ? {first}, Talent Acquisition", "recruiting", "fr",
             "Talent Acquisition Manager | Cabinet Orméa Recrutement"),
    NoteSpec("Bonjour Camille, j'organise les Matinales du Commerce de Saint-Étienne en mars et je "
             "cherche une intervenante sur le SEO local pour les commerçants. Seriez-vous partante "
             "? Je vous envoie les détails en message.", "business_proposal", "fr",
             "Chargée de développement | Association des commerçants stéphanois", "f"),
    NoteSpec("Camille, je suis photographe culinaire et je me demandais si on pourrait monter une "
             "offre commune pour les restaurateurs : vos conseils social ads + mes visuels. Ça vous "
             "dit d'en parler autour d'un café ?", "business_proposal", "fr",
             "Photographe culinaire & produits | Lyon"),
    NoteSpec("Bonjour Camille, nous éditons un outil de planification de posts qui fait gagner 5 h "
             "par semaine aux consultants marketing. Je vous propose une démo de 20 min, quel "
             "créneau vous arrange ?", "sales_pitch", "fr",
             "Account Executive chez Postelio | SaaS social media"),
    NoteSpec("Bonjour Camille, je vous propose de rejoindre un club privé d'investisseurs : 12 % de "
             "rendement MENSUEL garanti sur le trading crypto. Places limitées, contactez-moi sur "
             "WhatsApp au +33 7 00 00 00 00", "scam", "fr",
             "Investisseur | Trader indépendant | Liberté financière 💸", "m"),
    # ---- English ----------------------------------------------------------------------------
    NoteSpec("I'd like to add you to my professional network on LinkedIn.", "default_template",
             "en", "Operations Manager at Harbor & Finch"),
    NoteSpec("Hi Camille, I’d like to add you to my professional network", "default_template",
             "en", "Software Engineer"),
    NoteSpec("Hi Camille", "no_note", "en", "Sales Director EMEA | Industrial IoT"),
    NoteSpec("Hi Camille, came across your profile and would love to connect!", "generic", "en",
             "Project Manager | Construction"),
    NoteSpec("Great profile! Always happy to connect with fellow marketers. Cheers, {first}",
             "generic", "en", "Marketing Manager at Bluefern Digital"),
    NoteSpec("Hello Camille, I'm expanding my network in the digital marketing space in Europe. "
             "Looking forward to connecting.", "generic", "en", "Digital Marketing Consultant"),
    NoteSpec("Impressive background in SEO and paid social. Let's connect 🙂", "generic", "en",
             "Growth Marketer @ Kalvio"),
    NoteSpec("Hi! We're both connected to Julien Morel, thought it would make sense to connect.",
             "generic", "en", "Financial Analyst at Ironleaf Capital"),
    NoteSpec("Congrats on the 5 year anniversary of your consultancy! Keep it up.", "generic",
             "en", "Brand Manager | Redkite Media"),
    NoteSpec("Hey Camille, fellow content strategist here. Would be great to exchange ideas "
             "sometime.", "generic", "en", "Content Strategist | B2B SaaS"),
    NoteSpec("Hi Camille, I see we'll both be at the Growth Marketing Summit in Lisbon next week, "
             "looking forward to it!", "generic", "en", "Head of Growth at Tribolo"),
    NoteSpec("Love the energy on your profile!! Connecting with inspiring women in marketing 🚀",
             "generic", "en", "Email Marketing Specialist", "f"),
    NoteSpec("Hello from Manchester! I'm always keen to grow my network with professionals in "
             "marketing and training.", "generic", "en", "L&D Coordinator", origin="en"),
    NoteSpec("Hi Camille, I work in the same field (performance marketing) so thought I'd reach "
             "out and connect. Best, {first}", "generic", "en", "PPC Specialist"),
    NoteSpec("Your work looks really interesting. Happy to be connected.", "generic", "en",
             "Data Scientist at Oakridge Analytics"),
    NoteSpec("Hi Camille, great chatting with you at the coffee break of the Lyon Growth Days on "
             "Thursday, I was the guy from the Dublin e-commerce startup. Let's stay in touch! "
             "{first}", "met_before", "en", "Co-founder @ Threadhaven Socks | DTC e-commerce", "m",
             "en",
             reply="Hi {first}, lovely to meet you at Lyon Growth Days! Happy to stay in touch, let "
                   "me know when you're next in Lyon."),
    NoteSpec("Camille, we worked together on the Groupe Solvane rebranding back in 2019 (I was on "
             "the client side). Good to find you here!", "met_before", "en",
             "Brand Manager at Groupe Solvane"),
    NoteSpec(f"Just listened to your podcast episode on SEO for small businesses ({PODCAST}), so "
             "many practical tips. Thanks for sharing, would love to follow your work.", "content",
             "en", "Owner, The Little Crumb Bakery"),
    NoteSpec("Hi Camille, your article on measuring content ROI was shared in our team Slack and "
             "sparked a great debate. Thanks for writing it!", "content", "en",
             "Content Lead at Brightwave Labs"),
    NoteSpec("Hi Camille, Priya Raman from Northgate Partners suggested I get in touch, she said "
             "you're the person to know for SEO training in France. Best, {first}", "referral",
             "en", "L&D Manager | Corporate Academy"),
    NoteSpec("Hello Camille, I'm moving my small agency's focus to the French market and would "
             "really value your advice on local SEO there. Could I ask you a couple of questions "
             "by message?", "ask_for_help", "en",
             "Founder of Kestrel Digital (10 people) | SEO & PPC"),
    NoteSpec("Hi Camille, I'm researching how freelancers price training workshops and I'd value "
             "your feedback on a short 5-question survey. Would you be open to it?",
             "ask_for_help", "en", "PhD candidate in Management | Freelance economy"),
    NoteSpec("Hi Camille, recent graduate in digital marketing (MSc, Grenoble) looking for a junior "
             "role or internship in SEO or paid social in Lyon. Any advice or leads would mean a "
             "lot!", "job_seeking", "en",
             "MSc Digital Marketing graduate | Open to work in SEO & paid social"),
    NoteSpec("Hi Camille, I'm recruiting a Senior Digital Marketing Manager (permanent, hybrid, "
             "Lyon office) for a US SaaS company expanding in France. Would you be open to a "
             "confidential chat? Thanks, {first}", "recruiting", "en",
             "Senior Tech Recruiter at Talentbridge Search"),
    NoteSpec("Hello Camille - we have an opening for a Head of Paid Social at our Paris agency and "
             "your profile stood out. Happy to share the job description if you're interested.",
             "recruiting", "en", "Hiring Manager | VP Growth at Northwind Media"),
    NoteSpec("Hi Camille, I host The Marketing Crossroads podcast and would love to have you as a "
             "guest to talk about content strategy for consultants. Interested?",
             "business_proposal", "en", "Podcast host | The Marketing Crossroads"),
    NoteSpec("Hello Camille, our agency in Montreal is looking for a French partner to co-deliver "
             "social ads trainings for clients in Europe. Would you be open to exploring a "
             "partnership?", "business_proposal", "en", "Managing Partner at Maple & Pixel Agency"),
    NoteSpec("Hi Camille, we help marketing consultants like you fill their calendar with qualified "
             "B2B leads in 30 days, no ads needed. Worth a 15-min call this week?", "sales_pitch",
             "en", "Growth Consultant | I help consultants get 20+ leads/month"),
    NoteSpec("Hey Camille! Quick one: our AI tool writes SEO blog posts in 40 languages in minutes. "
             "Agencies like yours save 70% on content costs. Can I send you a free trial link?",
             "sales_pitch", "en", "SDR @ WordForge AI"),
    NoteSpec("Hello dear, I saw your beautiful smile on your profile and I would like to know you "
             "better. I am an engineer working on an offshore oil platform. Please write me on my "
             "private email.", "scam", "en", "", "m", "en"),
    NoteSpec("Hi Camille, we're offering a remote part-time role: $4,500/week for simple social "
             "media reviews, no experience needed. Register today at hr-fastpay.example/apply to "
             "secure your spot!", "scam", "en", "HR Coordinator | Global Remote Jobs"),
    # ---- Spanish ----------------------------------------------------------------------------
    NoteSpec("Me gustaría añadirte a mi red profesional en LinkedIn.", "default_template", "es",
             "Ingeniero de caminos en Obras Levante", "m"),
    NoteSpec("Hola Camille, me encantó tu perfil. ¡Un placer conectar!", "generic", "es",
             "Responsable de marketing en Grupo Albora"),
    NoteSpec("Hola! Trabajo también en marketing digital, encantada de ampliar mi red contigo 😊",
             "generic", "es", "Community manager", "f"),
    NoteSpec("Hola Camille, vi tu charla en YouTube sobre estrategia de contenidos para pymes y me "
             "pareció muy útil. ¡Gracias por compartir tanto!", "content", "es",
             "Especialista SEO/SEM"),
    NoteSpec("Hola Camille, estoy lanzando una tienda online de aceite de oliva y quiero venderla en "
             "Francia. ¿Podrías darme algún consejo sobre por dónde empezar con el SEO en francés? "
             "Mil gracias", "ask_for_help", "es",
             "Fundadora de Olivar de la Sierra | Aceite de oliva virgen extra", "f"),
    NoteSpec("Hola Camille, soy estudiante de Erasmus en Lyon y busco unas prácticas en marketing "
             "digital para la primavera. ¿Sabrías de alguna agencia que busque becarios?",
             "job_seeking", "es",
             "Estudiante de Marketing e Investigación de Mercados | Erasmus en Lyon"),
    # ---- German -----------------------------------------------------------------------------
    NoteSpec("Hallo Camille, ich erweitere gerade mein Netzwerk im Bereich Online-Marketing und "
             "würde mich über eine Vernetzung freuen.", "generic", "de",
             "Online-Marketing-Experte bei Nordlicht Medien", "m"),
    NoteSpec("Spannendes Profil! Viele Grüße aus München, {first}", "generic", "de",
             "Projektleiter Bau", "m"),
    NoteSpec("Hallo Camille, schön dich gestern beim Workshop in Genf kennengelernt zu haben! Danke "
             "nochmal für die Tipps zu Meta Ads. LG {first}", "met_before", "de",
             "Online-Marketing-Managerin bei Alpenglanz Uhren", "f"),
    NoteSpec("Guten Tag Frau Laurent, wir suchen für unseren Kunden (E-Commerce, Berlin) eine*n "
             "französischsprachige*n SEO-Lead, gerne auch freiberuflich. Hätten Sie Interesse an "
             "einem kurzen Austausch?", "recruiting", "de",
             "Personalberaterin | Digital & E-Commerce | Kessler Executive Search", "f"),
    NoteSpec("Hallo Camille, wir bieten White-Label-SEO-Audits für Agenturen und Berater an, "
             "Lieferung in 48h, ab 99 €. Darf ich Ihnen unsere Preisliste schicken?",
             "sales_pitch", "de", "Business Development | White-Label SEO"),
    # ---- Italian ----------------------------------------------------------------------------
    NoteSpec("Camille, vorrei aggiungerti alla mia rete professionale su LinkedIn.",
             "default_template", "it", "Architetto | Studio Bellandi", "m"),
    NoteSpec("Ciao Camille, bel profilo! Felice di entrare in contatto 🙂", "generic", "it",
             "Commercialista"),
    NoteSpec("Buongiorno, lavoro anch'io nel marketing digitale, sarebbe un piacere scambiare idee. "
             "Saluti, {first}", "generic", "it", "Marketing Manager presso Vela Blu"),
    NoteSpec("Ciao Camille, ho letto il tuo post sul copywriting per le ads e l'ho condiviso con "
             "tutto il team. Grazie per i consigli!", "content", "it",
             "Social Media Manager presso Ottavia Comunicazione"),
    NoteSpec("Buongiorno Camille, organizziamo a Torino una giornata sul marketing per le PMI e "
             "vorremmo invitarti come relatrice sul SEO. Ti andrebbe di parlarne?",
             "business_proposal", "it", "Event manager presso Polo Imprese Torino"),
    # ---- Portuguese -------------------------------------------------------------------------
    NoteSpec("Olá Camille, gostei muito do seu perfil. Vamos nos conectar!", "generic", "pt",
             "Analista de marketing digital"),
    NoteSpec("Bom dia! Também trabalho com marketing digital, prazer em fazer parte da sua rede.",
             "generic", "pt", "Gestora de marketing na Casa Aurora", "f"),
    NoteSpec("Oi Camille, parabéns pelo trabalho! Abraço, {first}", "generic", "pt",
             "Programador", "m"),
    NoteSpec("Olá Camille, sou designer e estou a mudar-me para Lyon. Podia dar-me algumas dicas "
             "sobre o mercado de comunicação digital aí? Seria uma grande ajuda!", "ask_for_help",
             "pt", "Designer gráfica | Branding & UI", "f"),
    NoteSpec("Olá Camille, somos uma agência de desenvolvimento web no Brasil e fazemos sites "
             "WordPress para agências francesas a preços muito competitivos. Posso enviar o nosso "
             "portfólio?", "sales_pitch", "pt", "CEO | Agência Sabiá Web | WordPress"),
    # ---- Dutch ------------------------------------------------------------------------------
    NoteSpec("Hoi Camille, leuk profiel! Graag verbind ik met je.", "generic", "nl",
             "Accountant bij Van Houten & Co"),
    NoteSpec("Hallo Camille, ook actief in content marketing, altijd fijn om vakgenoten te leren "
             "kennen. Groet, {first}", "generic", "nl", "Contentmarketeer"),
    NoteSpec("Hoi Camille, wat leuk dat we elkaar vorige week spraken op de beurs in Utrecht! Zoals "
             "beloofd even connecten. Groetjes {first}", "met_before", "nl",
             "Marketingcoördinator bij Tulpveld Interieur"),
    NoteSpec("Beste Camille, Sanne de Vries van ons alumni-netwerk raadde me aan contact met je op "
             "te nemen over je trainingen social ads. Hartelijke groet", "referral", "nl",
             "Communicatieadviseur bij Gemeentelijk Havenbedrijf"),
    NoteSpec("Hallo Camille, ik ben afgestudeerd in communicatie en zoek een stage of eerste baan "
             "in online marketing in Frankrijk. Ik spreek goed Frans! Groet, {first}",
             "job_seeking", "nl",
             "Pas afgestudeerd communicatie | Op zoek naar een stage in online marketing"),
]

# One mass campaign: 14 senders, same body, greeting and signature vary.
CAMPAIGN_SENDERS = 14
CAMPAIGN_AGENCY = "Vorteo Leads"
CAMPAIGN_BODY = ("nous aidons les consultants et les agences marketing à décrocher 10 à 15 "
                 "rendez-vous qualifiés par mois grâce à une prospection LinkedIn 100 % "
                 "automatisée. Sans engagement, résultats dès le 1er mois. Seriez-vous disponible "
                 "15 minutes cette semaine pour en parler ?")
CAMPAIGN_GREETINGS = ["Bonjour Camille, ", "Camille, ", "Bonjour Camille, "]
CAMPAIGN_SIGNATURES = ["", " {first}", " – {first}"]
CAMPAIGN_HEADLINES = [
    f"Business Developer @ {CAMPAIGN_AGENCY}",
    f"Growth Hacker chez {CAMPAIGN_AGENCY} | +30 RDV/mois pour nos clients",
    f"Consultant{{|e}} en acquisition B2B – {CAMPAIGN_AGENCY}",
    f"SDR chez {CAMPAIGN_AGENCY} | Prospection LinkedIn",
    f"Chargé{{|e}} de développement commercial | {CAMPAIGN_AGENCY}",
]

# Notes the owner wrote on her own OUTGOING invitations ({first} is the invitee's first name).
OUTGOING_NOTES = [
    NoteSpec("Bonjour {first}, ravie d'avoir échangé avec vous après la table ronde de jeudi à la "
             "CCI. Au plaisir de poursuivre la discussion !", "met_before", "fr",
             "Directrice de l'innovation chez Groupe Orméa", "f"),
    NoteSpec("Bonjour {first}, votre article sur l'accessibilité des sites e-commerce m'a beaucoup "
             "parlé, je serais ravie de suivre vos publications.", "content", "fr",
             "Consultant accessibilité numérique", "m"),
    NoteSpec("Bonjour {first}, Thomas Girard m'a suggéré de vous contacter au sujet de vos "
             "formations en design UX. Belle journée, Camille", "referral", "fr",
             "Formatrice UX design | Studio Lumen", "f"),
    NoteSpec("Bonjour {first}, j'organise un webinaire sur le SEO local en février et je cherche "
             "une co-intervenante côté e-commerce. Seriez-vous partante ?", "business_proposal",
             "fr", "Responsable e-commerce chez Maison Sauveterre", "f"),
]

# Owner's short answers after an accepted invitation whose note gave a reason.
ECHO_REPLIES = {
    "fr": "Bonjour {first}, merci pour votre message et ravie d'être connectée ! Je reviens vers "
          "vous très vite.",
    "en": "Hi {first}, thanks for your note, glad to connect! I'll get back to you shortly.",
}
ECHO_PITCH_REPLIES = {
    "fr": "Bonjour {first}, merci, mais ce n'est pas un besoin pour le moment. Belle journée !",
    "en": "Hi {first}, thanks, but this isn't something I need right now. All the best!",
}
REASON_INTENTS = ["met_before", "content", "referral", "ask_for_help", "job_seeking",
                  "recruiting", "business_proposal", "sales_pitch", "scam"]

# Conversations with connections. "T" = the connection, "M" = the owner.
CONVERSATIONS = {
    "fr": [
        [("T", "Bonjour Camille, merci d'avoir accepté ! Vous faites aussi des formations en intra ?"),
         ("M", "Bonjour {first}, oui, j'interviens en entreprise sur une ou deux journées, selon le "
               "niveau de l'équipe."),
         ("T", "Parfait, je vous recontacte en septembre avec notre responsable formation."),
         ("M", "Avec plaisir, belle fin de semaine !")],
        [("M", "Bonjour {first}, ravie d'avoir fait votre connaissance hier soir ! Comme promis, "
               "voici le replay du webinaire : https://camille-laurent.example/replay"),
         ("T", "Merci beaucoup Camille, je regarde ça ce week-end 🙏"),
         ("M", "Avec plaisir, n'hésitez pas si vous avez des questions.")],
        [("T", "Hello Camille, tu aurais un outil à me conseiller pour suivre le positionnement de "
               "mots-clés ? Budget serré 😅"),
         ("M", "Salut {first} ! Pour commencer, la Search Console suffit largement. Ensuite un outil "
               "payant d'entrée de gamme fera le job."),
         ("T", "Top, merci !"), ("M", "De rien, tiens-moi au courant.")],
        [("M", "Bonjour {first}, je prépare un article sur le SEO local pour les artisans, "
               "accepteriez-vous que je cite votre exemple ?"),
         ("T", "Bonjour Camille, oui avec plaisir, envoyez-moi le passage avant publication."),
         ("M", "Bien sûr, je vous l'envoie lundi."), ("T", "Parfait, merci !"),
         ("M", "Voici le passage, dites-moi si ça vous va."),
         ("T", "C'est parfait, merci Camille !")],
        [("T", "Bonjour Camille, nous cherchons quelqu'un pour animer un atelier social ads pour nos "
               "adhérents au printemps. Seriez-vous disponible ?"),
         ("M", "Bonjour {first}, avec plaisir ! Quelles dates aviez-vous en tête ?"),
         ("T", "Plutôt fin mars, un jeudi matin."),
         ("M", "Le jeudi 26 me conviendrait très bien. Je vous envoie une proposition d'ici "
               "vendredi.")],
        [("T", "Coucou Camille ! Ça fait longtemps, on se fait un déj un de ces jours ?"),
         ("M", "Avec plaisir {first} ! Mardi prochain à la Croix-Rousse ?"),
         ("T", "Top, 12h30 ?"), ("M", "Parfait, à mardi !")],
        [("M", "Bonjour {first}, merci pour votre confiance. Le rapport d'audit SEO est dans votre "
               "boîte mail."),
         ("T", "Merci Camille, on le lit en équipe et on revient vers vous."),
         ("T", "On a quelques questions sur la partie netlinking, un appel jeudi ?"),
         ("M", "Jeudi 14 h, ça vous va ?"), ("T", "C'est noté.")],
        [("T", "Bonjour, j'ai bien reçu votre devis, nous en discutons en comité mardi."),
         ("M", "Très bien, je reste disponible si besoin de précisions.")],
        [("M", "Joyeux anniversaire {first} ! 🎉 J'espère que tout va bien de ton côté."),
         ("T", "Merci Camille ! Oui, tout roule, et toi ?"),
         ("M", "Très bien, beaucoup de formations en ce moment !")],
        [("T", "Camille, merci pour la formation de la semaine dernière, l'équipe a adoré."),
         ("M", "Merci {first}, c'était un plaisir ! Partagez-moi vos résultats dans quelques "
               "semaines.")],
        [("T", "Bonjour Camille, connaîtriez-vous un bon développeur WordPress sur Lyon ?"),
         ("M", "Bonjour {first}, oui, je vous mets en relation par mail avec quelqu'un de confiance."),
         ("T", "Merci beaucoup !")],
        [("M", "Bonjour {first}, félicitations pour ton nouveau poste ! 👏"),
         ("T", "Merci beaucoup Camille, hâte de commencer !")],
        [("T", "Bonjour Camille, seriez-vous d'accord pour intervenir dans notre podcast en juin ?"),
         ("M", "Bonjour {first}, oui avec plaisir, quel thème aviez-vous en tête ?"),
         ("T", "Le SEO pour les indépendants, 30 min d'échange."),
         ("M", "Parfait, envoyez-moi les créneaux disponibles."),
         ("T", "Je vous envoie un lien de réservation."), ("M", "Merci, c'est réservé pour le 12.")],
        [("T", "Bonjour, je suis toujours à la recherche d'un stage de fin d'études, auriez-vous des "
               "pistes ?"),
         ("M", "Bonjour {first}, je relaie votre recherche dans mon réseau, envoyez-moi votre CV "
               "par mail."),
         ("T", "Merci infiniment, c'est envoyé !")],
        [("M", "Bonjour {first}, je me permets de vous relancer au sujet de la facture de mars."),
         ("T", "Bonjour Camille, toutes nos excuses, le virement part aujourd'hui."),
         ("M", "Merci beaucoup !")],
        [("T", "Salut Camille, tu serais dispo pour relire ma page de vente avant le lancement ?"),
         ("M", "Oui, envoie-la moi, je regarde ça demain matin."),
         ("M", "C'est très bien ! Juste un conseil : remonte le témoignage client."),
         ("T", "Bien vu, merci 🙏")],
        [("T", "Bonjour Camille, la newsletter de cette semaine était top, surtout la partie sur les "
               "fiches Google Business."),
         ("M", "Merci {first}, ça me fait plaisir ! Le prochain numéro parlera des avis clients.")],
        [("M", "Bonjour {first}, je cherche un photographe pour un client restaurateur, tu aurais "
               "quelqu'un à me recommander ?"),
         ("T", "Oui ! Je t'envoie les coordonnées par mail."), ("M", "Merci, tu es top.")],
        [("T", "Bonjour Camille, vous facturez à la journée ou au forfait pour un accompagnement sur "
               "3 mois ?"),
         ("M", "Bonjour {first}, plutôt au forfait, avec un point mensuel. Je peux vous envoyer une "
               "proposition."),
         ("T", "Oui volontiers, merci.")],
        [("T", "Merci pour l'invitation au webinaire, j'y serai !"), ("M", "Super, à jeudi {first} !")],
        [("M", "Bonjour {first}, suite à notre appel, je vous confirme le démarrage de la mission "
               "le 4."),
         ("T", "Parfait ! Je vous envoie les accès Google Analytics."), ("M", "Bien reçus, merci.")],
        [("T", "Bonjour Camille, notre agence recrute un·e chef·fe de projet SEO, si tu connais "
               "quelqu'un, je suis preneuse !"),
         ("M", "Je partage l'annonce, {first}, et je te fais signe si je pense à quelqu'un.")],
    ],
    "en": [
        [("T", "Hi Camille, thanks for connecting! Do you also run trainings in English?"),
         ("M", "Hi {first}, yes, mostly for international teams based in France."),
         ("T", "Great, I'll get back to you next quarter."), ("M", "Sounds good, talk soon!")],
        [("M", "Hi {first}, great meeting you at the conference! Here are the slides I mentioned: "
               "https://camille-laurent.example/slides"),
         ("T", "Thanks Camille, very helpful!")],
        [("T", "Hello Camille, would you be open to a guest post on our blog about French SEO?"),
         ("M", "Hi {first}, sure, happy to. What word count and deadline did you have in mind?"),
         ("T", "Around 1,200 words, end of the month?"),
         ("M", "Works for me, I'll send a draft by the 25th."), ("T", "Perfect, thanks!")],
        [("T", "Hi Camille, quick question: which tool do you use for social ads reporting?"),
         ("M", "Hi {first}, mostly native dashboards plus a simple Looker Studio template."),
         ("T", "Makes sense, thanks!")],
        [("M", "Congrats on the new role, {first}! 🎉"), ("T", "Thank you Camille! Hope you're well.")],
        [("T", "Hey Camille, I'm in Lyon next week, coffee?"),
         ("M", "Hi {first}, with pleasure! Wednesday morning near Part-Dieu?"),
         ("T", "Deal, 9:30?"), ("M", "See you then!")],
        [("T", "Hi Camille, thanks again for the workshop, the team loved it."),
         ("M", "Thanks {first}, it was a pleasure working with you all!")],
        [("M", "Hi {first}, I'm looking for a UK-based PPC freelancer for a client, any "
               "recommendation?"),
         ("T", "Yes, I'll intro you by email to a former colleague."), ("M", "Thanks a lot!")],
        [("T", "Hello Camille, I'd love to feature you in our newsletter's expert corner. "
               "Interested?"),
         ("M", "Hi {first}, that's kind, yes! Send me the questions."),
         ("T", "Done, check your inbox."), ("M", "Answers sent, thanks for the invitation!")],
        [("T", "Hi Camille, hope you had a great summer! Any chance you'd be available for a "
               "mission in October?"),
         ("M", "Hi {first}, I have some availability from mid-October. Let's talk next week?"),
         ("T", "Great, I'll book a slot.")],
    ],
}
INMAIL = [("Opportunité : Head of Content – Lyon",
           "Bonjour Camille, je me permets de vous contacter pour un poste de Head of Content chez "
           "un de nos clients à Lyon. Seriez-vous disponible pour un échange de 15 minutes ?"),
          ("Mission freelance SEO – 3 mois",
           "Bonjour Camille, nous cherchons une consultante SEO pour une mission de 3 mois à "
           "partir de janvier (2 jours/semaine). Êtes-vous disponible ?")]
INMAIL_REPLY = "Bonjour, merci pour votre message. Je ne suis pas disponible pour le moment."

SKILLS = ["Marketing digital", "SEO", "Stratégie de contenu", "Facebook Ads", "Google Ads",
          "Social Media Marketing", "Formation", "Google Analytics", "Copywriting",
          "Inbound marketing"]

# --------------------------------------------------------------------------------------------
# Time helpers (DST rules, no tz database)
# --------------------------------------------------------------------------------------------


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def pacific_offset(utc: datetime) -> int:
    """Hours to add to UTC to get US Pacific time (-7 in daylight time, -8 otherwise)."""
    start = datetime.combine(_nth_sunday(utc.year, 3, 2), datetime.min.time()) + timedelta(hours=10)
    end = datetime.combine(_nth_sunday(utc.year, 11, 1), datetime.min.time()) + timedelta(hours=9)
    return -7 if start <= utc < end else -8


def paris_offset(utc: datetime) -> int:
    """Hours to add to UTC to get Paris time (+2 in summer time, +1 otherwise)."""
    start = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return 2 if start <= utc < end else 1


def to_pacific(utc: datetime) -> datetime:
    return utc + timedelta(hours=pacific_offset(utc))


def sent_at_text(local: datetime) -> str:
    """LinkedIn's `Sent At`: M/D/YY, h:mm AM (no leading zeros)."""
    hour = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return f"{local.month}/{local.day}/{local.year % 100:02d}, {hour}:{local.minute:02d} {ampm}"


def iso_pacific(utc: datetime) -> str:
    off = pacific_offset(utc)
    local = (utc + timedelta(hours=off)).replace(second=0)
    return f"{local:%Y-%m-%dT%H:%M:%S}{'-' if off < 0 else '+'}{abs(off):02d}:00"


def connected_on_text(d: date) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def message_date_text(utc: datetime) -> str:
    return f"{utc:%Y-%m-%d %H:%M:%S} UTC"


# Paris-time hour-of-day weights for activity on LinkedIn.
HOUR_WEIGHTS = [1, .5, .3, .2, .2, .4, 1.5, 4, 7, 8, 8, 7, 5, 6, 7, 7, 6, 6, 6, 6, 5, 4, 3, 2]
OWNER_HOURS = [0, 0, 0, 0, 0, 0, 0, 2, 6, 8, 8, 6, 3, 4, 7, 7, 6, 5, 3, 2, 1, 1, 0, 0]


def utc_from_paris(rng: Random, day: date, hour_weights: list[float]) -> datetime:
    """A random instant on a Paris calendar day, returned in UTC."""
    hour = rng.choices(range(24), weights=hour_weights)[0]
    local = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
    noon_utc = datetime(day.year, day.month, day.day, 12)
    return local - timedelta(hours=paris_offset(noon_utc))


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    gender: str
    origin: str
    display: str
    slug: str
    url: str
    headline: str = ""
    position: str = ""
    company: str = ""


@dataclass
class Invitation:
    person: Person
    direction: str
    sent_utc: datetime
    note: str = ""
    spec: NoteSpec | None = None
    bare_url: bool = False
    accepted: bool = False
    connected_on: date | None = None
    echo: bool = False
    reply: str | None = None


def _pool(origin: str) -> tuple[list[str], list[str], list[str]]:
    fem, masc, last = NAMES[origin]
    return fem.split(), masc.split(), [n.replace("_", " ") for n in last.split()]


POOLS = {origin: _pool(origin) for origin in NAMES}
ACCENTED_ORIGINS = [origin for origin, (fem, masc, last) in POOLS.items()
                    if any(not n.isascii() for n in fem + masc + last)]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug_base(first: str, last: str, keep_accents: bool) -> str:
    text = f"{first} {last}".lower()
    if not keep_accents:
        text = ascii_fold(text)
    text = text.replace("'", "").replace("’", "")
    return re.sub(r"[\s]+", "-", text.strip())


class People:
    """Makes unique fictional people (unique slug and unique display name)."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.slugs: set[str] = {"camille-laurent-marketing"}
        self.names: set[tuple[str, str]] = {(OWNER_FIRST, OWNER_LAST)}

    def make(self, origin: str | None = None, gender: str | None = None,
             quirks: bool = False) -> Person:
        rng = self.rng
        if origin is None:
            origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        if gender is None:
            gender = rng.choice(["f", "m"])
        fem, masc, lasts = POOLS[origin]
        encoded = rng.random() < ENCODED_SLUG_SHARE and origin in ACCENTED_ORIGINS
        for _ in range(1000):
            first = rng.choice(fem if gender == "f" else masc)
            last = rng.choice(lasts)
            if (first, last) in self.names:
                continue
            if encoded and ascii_fold(first + last) == first + last:
                continue  # an encoded slug needs an accented name
            break
        self.names.add((first, last))
        display_last = last
        sep, trail = " ", ""
        if quirks:
            roll = rng.random()
            if roll < 0.003:
                display_last = f"{last} {rng.choice(NAME_EMOJI)}"
            elif roll < 0.005:
                sep = "  "
            elif roll < 0.007:
                trail = " "
        slug = self._slug(first, last, encoded)
        url = URL_PREFIX + slug
        return Person(first, display_last, gender, origin, f"{first}{sep}{display_last}{trail}",
                      slug, url)

    def _slug(self, first: str, last: str, encoded: bool) -> str:
        rng = self.rng
        base = slug_base(first, last, keep_accents=encoded)
        roll = rng.random()
        if roll < 0.06:
            candidate = base
        elif roll < 0.10:
            candidate = base.replace("-", "")
        elif roll < 0.14:
            candidate = f"{base}-{rng.randrange(10**8, 10**9)}"
        else:
            candidate = f"{base}-{rng.getrandbits(24):06x}"
        while candidate in self.slugs:
            candidate = f"{base}-{rng.getrandbits(24):06x}"
        self.slugs.add(candidate)
        if encoded:
            return urllib.parse.quote(candidate, safe="-")
        return candidate


def gendered(text: str, gender: str) -> str:
    """Resolve '{masc|fem}' alternatives."""
    return re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(2 if gender == "f" else 1), text)


def company_name(rng: Random, lang: str) -> str:
    if lang == "en" or rng.random() < 0.12:
        return rng.choice(COMPANIES_EN + STARTUPS)
    if rng.random() < 0.15:
        return rng.choice(STARTUPS)
    return f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_TAILS)}"


def fill(rng: Random, text: str, lang: str, gender: str) -> tuple[str, str]:
    """Fill placeholders of a role; return (text, company named in it or '')."""
    company = ""
    if "{brand}" in text:
        company = rng.choice(BRANDS)
        text = text.replace("{brand}", company)
    if "{startup}" in text:
        company = rng.choice(STARTUPS)
        text = text.replace("{startup}", company)
    if "{company}" in text:
        company = company_name(rng, lang)
        text = text.replace("{company}", company)
    if "{school}" in text:
        text = text.replace("{school}", rng.choice(SCHOOLS_FR))
    return gendered(text, gender), company


def assign_job(rng: Random, person: Person, category: str) -> None:
    """Give a person a headline, a position and a company in a plausible language."""
    if category == "empty":
        person.headline = ""
        person.position, person.company = "", ""
        return
    langs = HEADLINE_LANGS[person.origin]
    lang = rng.choices(list(langs), weights=list(langs.values()))[0]
    role, company = fill(rng, rng.choice(ROLES[lang][category]), lang, person.gender)
    if category in ("student", "founder"):
        person.headline, person.position, person.company = role, role.split(" | ")[0], company
        return
    company = company_name(rng, lang)
    style = rng.random()
    tags = TAGS.get(lang, {}).get(category, [])
    if any(word in role for word in SELF_EMPLOYED_OR_PUBLIC):
        company = ""  # no fictional firm for a nurse, a teacher, a physiotherapist…
        style = max(style, 0.55)
    if "|" in role:
        headline = role  # already has its tagline
    elif style < 0.55:
        word = rng.choice(AT_WORD[lang])
        headline = f"{role} {word} {company}"
    elif style < 0.75 and tags:
        headline = f"{role} | {rng.choice(tags)}"
    else:
        headline = role
    position = role.split(" | ")[0]
    person.headline, person.position, person.company = headline, position, company


def split_headline(headline: str) -> tuple[str, str]:
    """(position, company) from a hand-written headline, for Connections.csv."""
    for sep in (" chez ", " at ", " @ ", " bei ", " presso ", " bij ", " – "):
        if sep in headline:
            left, right = headline.split(sep, 1)
            return left.strip(), right.split(" | ")[0].strip()
    return headline.split(" | ")[0].strip(), ""


def weighted_pick(rng: Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


# --------------------------------------------------------------------------------------------
# Invitations
# --------------------------------------------------------------------------------------------


def incoming_instants(rng: Random) -> list[datetime]:
    """N_INCOMING send instants (UTC), denser towards the export date, newest first."""
    days = []
    d = INCOMING_FIRST - timedelta(days=1)
    while d <= INCOMING_LAST + timedelta(days=1):
        days.append(d)
        d += timedelta(days=1)
    span = (days[-1] - days[0]).days
    weights = []
    for day in days:
        w = math.exp(math.log(GROWTH) * (day - days[0]).days / span)
        weights.append(w * (0.5 if day.weekday() >= 5 else 1.0))
    instants = []
    while len(instants) < N_INCOMING:
        day = rng.choices(days, weights=weights)[0]
        utc = utc_from_paris(rng, day, HOUR_WEIGHTS)
        if INCOMING_FIRST <= to_pacific(utc).date() <= INCOMING_LAST:
            instants.append(utc)
    instants.sort(reverse=True)
    return instants


def campaign_notes(rng: Random, first_names: list[str]) -> list[str]:
    notes = []
    for first in first_names:
        greeting = rng.choice(CAMPAIGN_GREETINGS)
        signature = rng.choice(CAMPAIGN_SIGNATURES).replace("{first}", first)
        notes.append(f"{greeting}{CAMPAIGN_BODY}{signature}")
    return notes


def build_incoming(rng: Random, people: People) -> list[Invitation]:
    instants = incoming_instants(rng)
    n = len(instants)
    # Where each note goes: campaign in autumn, replied notes early enough for a reply.
    free = list(range(n))
    slots: dict[int, NoteSpec] = {}

    def take(predicate) -> int:
        candidates = [i for i in free if predicate(instants[i])]
        index = rng.choice(candidates)
        free.remove(index)
        return index

    campaign_spec = NoteSpec("", "sales_pitch", "fr", "")
    campaign_slots = [take(lambda t: date(2026, 9, 14) <= t.date() <= date(2026, 11, 14)
                           and t.weekday() < 5) for _ in range(CAMPAIGN_SENDERS)]
    for spec in NOTES:
        if spec.reply:
            slots[take(lambda t: t.date() <= date(2026, 11, 8))] = spec
    for spec in NOTES:
        if not spec.reply:
            slots[take(lambda t: True)] = spec
    bare = set(rng.sample(free, N_BARE_URL))

    invitations = []
    campaign_people = []
    for i, utc in enumerate(instants):
        if i in campaign_slots:
            gender = rng.choice(["f", "m"])
            person = people.make(origin=weighted_pick(rng, NOTE_LANG_ORIGINS["fr"]), gender=gender)
            person.headline = gendered(rng.choice(CAMPAIGN_HEADLINES), gender)
            person.position, person.company = split_headline(person.headline)
            person.company = CAMPAIGN_AGENCY
            inv = Invitation(person, "INCOMING", utc, spec=campaign_spec)
            campaign_people.append(inv)
        elif i in slots:
            spec = slots[i]
            origin = spec.origin or weighted_pick(rng, NOTE_LANG_ORIGINS[spec.lang])
            person = people.make(origin=origin, gender=spec.gender)
            person.headline = spec.headline
            person.position, person.company = split_headline(spec.headline)
            note = spec.text.replace("{first}", person.first)
            inv = Invitation(person, "INCOMING", utc, note=note, spec=spec)
            if spec.reply:
                inv.reply = spec.reply.replace("{first}", person.first)
        else:
            person = people.make(quirks=True)
            assign_job(rng, person, weighted_pick(rng, INVITER_CATEGORIES))
            inv = Invitation(person, "INCOMING", utc, bare_url=i in bare)
        invitations.append(inv)
    for inv, note in zip(campaign_people,
                         campaign_notes(rng, [c.person.first for c in campaign_people])):
        inv.note = note
    return invitations


def choose_accepted(rng: Random, incoming: list[Invitation]) -> None:
    """Mark ~170 INCOMING invitations as accepted (older ones more likely)."""
    with_note = [inv for inv in incoming if inv.note and not inv.reply
                 and inv.sent_utc.date() <= date(2026, 11, 16)]
    rng.shuffle(with_note)
    def group(inv: Invitation) -> str:
        return "campaign" if inv.spec.text == "" else inv.spec.intent

    pending_left: dict[str, int] = {}
    for inv in incoming:
        if inv.note:
            pending_left[group(inv)] = pending_left.get(group(inv), 0) + 1
    accepted_notes = []
    for inv in with_note:
        if len(accepted_notes) == N_ACCEPTED_WITH_NOTE:
            break
        key = group(inv)
        if key in REASON_INTENTS and pending_left[key] <= 2:
            continue  # keep every reason intent visible in the pending backlog
        if key == "campaign" and rng.random() < 0.7:
            continue  # most campaign senders stay pending
        pending_left[key] -= 1
        accepted_notes.append(inv)
    last = INCOMING_LAST
    candidates = [inv for inv in incoming if not inv.note and not inv.bare_url
                  and inv.sent_utc.date() <= date(2026, 11, 16)]
    keyed = []
    for index, inv in enumerate(candidates):
        age = (last - inv.sent_utc.date()).days + 20
        keyed.append((rng.random() ** (1.0 / age), index, inv))
    keyed.sort(key=lambda k: (-k[0], k[1]))
    n_plain = N_ACCEPTED_INCOMING - len(accepted_notes)
    for inv in accepted_notes + [k[2] for k in keyed[:n_plain]]:
        inv.accepted = True
        delay = rng.choice([0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8])
        inv.connected_on = min(to_pacific(inv.sent_utc).date() + timedelta(days=delay),
                               EXPORT_DATE)
    for inv in accepted_notes[:N_NOTE_ECHOES]:
        inv.echo = True


def build_outgoing(rng: Random, people: People) -> list[Invitation]:
    span = (OUTGOING_LAST - OUTGOING_FIRST).days
    outgoing = []
    for _ in range(N_OUTGOING):
        day = OUTGOING_FIRST + timedelta(days=rng.randrange(span + 1))
        while day.weekday() >= 5 and rng.random() < 0.8:
            day = OUTGOING_FIRST + timedelta(days=rng.randrange(span + 1))
        utc = utc_from_paris(rng, day, OWNER_HOURS)
        origin = rng.choices(["fr", "ar", "af", "en", "es", "it"], weights=[78, 7, 4, 7, 2, 2])[0]
        person = people.make(origin=origin)
        assign_job(rng, person, weighted_pick(rng, {"marketing": 45, "founder": 20, "other": 20,
                                                   "sales": 10, "recruiter": 5}))
        outgoing.append(Invitation(person, "OUTGOING", utc))
    outgoing.sort(key=lambda inv: inv.sent_utc, reverse=True)
    for inv, spec in zip(rng.sample(outgoing, len(OUTGOING_NOTES)), OUTGOING_NOTES):
        # rebuild the invitee so that name and gender fit the note
        person = people.make(origin="fr", gender=spec.gender)
        person.headline = spec.headline
        person.position, person.company = split_headline(spec.headline)
        inv.person, inv.spec = person, spec
        inv.note = spec.text.replace("{first}", person.first)
    for inv in rng.sample(outgoing, N_ACCEPTED_OUTGOING):
        inv.accepted = True
        delay = rng.choice([0, 1, 1, 2, 3, 4, 6, 9, 14])
        inv.connected_on = min(to_pacific(inv.sent_utc).date() + timedelta(days=delay),
                               EXPORT_DATE)
    return outgoing


def shuffle_slightly(rng: Random, rows: list[Invitation]) -> list[Invitation]:
    """Mostly newest-first: swap a few near neighbours, as real files do."""
    rows = list(rows)
    for i in range(len(rows) - 3):
        if rng.random() < 0.01:
            j = i + rng.randint(1, 3)
            rows[i], rows[j] = rows[j], rows[i]
    return rows


# --------------------------------------------------------------------------------------------
# Connections and messages
# --------------------------------------------------------------------------------------------


@dataclass
class Connection:
    person: Person | None
    connected_on: date
    email: str = ""


def build_background(rng: Random, people: People, n: int) -> list[Connection]:
    """Older connections, 2010 → May 2026, growing strongly year after year."""
    years = list(range(FIRST_YEAR, BACKGROUND_LAST.year + 1))
    weights = [1.26 ** (y - FIRST_YEAR) for y in years]
    weights[-1] *= (BACKGROUND_LAST - date(BACKGROUND_LAST.year, 1, 1)).days / 365
    result = []
    for _ in range(n):
        year = rng.choices(years, weights=weights)[0]
        end = BACKGROUND_LAST if year == BACKGROUND_LAST.year else date(year, 12, 31)
        start = date(year, 3, 1) if year == FIRST_YEAR else date(year, 1, 1)
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        person = people.make()
        assign_job(rng, person, weighted_pick(rng, CONNECTION_CATEGORIES))
        email = ""
        if rng.random() < 0.025:
            local = slug_base(person.first, person.last, keep_accents=False).replace("-", ".")
            email = f"{local}@{rng.choice(['example.com', 'example.org', 'example.net'])}"
        result.append(Connection(person, day, email))
    return result


def build_connections(rng: Random, people: People, incoming: list[Invitation],
                      outgoing: list[Invitation]) -> tuple[list[Connection], list[Connection]]:
    window = [Connection(inv.person, inv.connected_on)
              for inv in incoming + outgoing if inv.accepted]
    n_background = N_CONNECTIONS - len(window) - N_HIDDEN
    background = build_background(rng, people, n_background)
    hidden_days = [c.connected_on for c in rng.sample(background, N_HIDDEN)]
    hidden = [Connection(None, day) for day in hidden_days]
    everything = window + background + hidden
    order = sorted(range(len(everything)), key=lambda i: (everything[i].connected_on, -i),
                   reverse=True)
    return [everything[i] for i in order], background


def conversation_id(rng: Random) -> str:
    raw = f"{rng.getrandbits(128):032x}"
    uuid = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    return "2-" + base64.b64encode(f"{uuid}_{rng.choice(['010', '100', '000'])}".encode()).decode()


@dataclass
class Message:
    conv: str
    sender: Person | None  # None = the owner
    other: Person
    utc: datetime
    content: str
    subject: str = ""
    folder: str = "INBOX"


def echo_lang(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


def build_messages(rng: Random, incoming: list[Invitation],
                   background: list[Connection], outgoing: list[Invitation]
                   ) -> tuple[list[list[Message]], int]:
    conversations: list[list[Message]] = []
    # 1. notes of accepted invitations reappear as messages, 7-9 h after Sent At
    for inv in incoming:
        if not inv.echo:
            continue
        conv = conversation_id(rng)
        at = inv.sent_utc + timedelta(minutes=rng.randrange(1, 50), seconds=rng.randrange(60))
        thread = [Message(conv, inv.person, inv.person, at, inv.note)]
        if inv.spec.intent in REASON_INTENTS and inv.spec.intent != "scam" and rng.random() < 0.6:
            table = ECHO_PITCH_REPLIES if inv.spec.intent == "sales_pitch" else ECHO_REPLIES
            reply_day = max(inv.connected_on, at.date())
            reply_at = utc_from_paris(rng, reply_day + timedelta(days=rng.randrange(0, 3)),
                                      OWNER_HOURS)
            if reply_at <= at:
                reply_at = at + timedelta(hours=rng.randrange(2, 20), minutes=rng.randrange(60))
            text = table[echo_lang(inv.spec.lang)].replace("{first}", inv.person.first)
            if reply_at.date() < EXPORT_DATE:
                thread.append(Message(conv, None, inv.person, reply_at, text))
        conversations.append(thread)
    # 2. the owner already answered three pending invitations
    for inv in incoming:
        if inv.reply:
            conv = conversation_id(rng)
            day = (inv.sent_utc + timedelta(days=rng.randrange(1, 4))).date()
            at = utc_from_paris(rng, day, OWNER_HOURS)
            conversations.append([Message(conv, None, inv.person, at, inv.reply)])
    # 3. ordinary conversations with ~5 % of the connections, over the years
    latest = EXPORT_DATE - timedelta(days=1)
    pool = background + [Connection(inv.person, inv.connected_on) for inv in outgoing
                         if inv.accepted and inv.connected_on < latest - timedelta(days=3)]
    chosen = rng.sample(pool, N_CONVERSATION_PEOPLE)
    inmail_left = list(INMAIL)
    for conn in chosen:
        person = conn.person
        lang = "fr" if person.origin in ("fr", "ar", "af") and rng.random() < 0.9 else "en"
        script = rng.choice(CONVERSATIONS[lang])
        length = rng.randint(1, len(script))
        horizon = min((latest - conn.connected_on).days, 5 * 365)
        start_day = conn.connected_on + timedelta(days=rng.randint(1, max(1, horizon)))
        start_day = min(start_day, latest)
        at = utc_from_paris(rng, start_day, OWNER_HOURS)
        conv = conversation_id(rng)
        folder = "ARCHIVE" if rng.random() < 0.1 else "INBOX"
        if inmail_left and lang == "fr" and rng.random() < 0.05:
            # a recruiter's InMail (with a subject) and the owner's short answer
            subject, content = inmail_left.pop(0)
            script = [("T", content), ("M", INMAIL_REPLY)]
            length = rng.randint(1, 2)
        else:
            subject = ""
        thread = []
        for number, (speaker, text) in enumerate(script[:length]):
            content = text.replace("{first}", person.first)
            sender = None if speaker == "M" else person
            thread.append(Message(conv, sender, person, at, content,
                                  subject if number == 0 else "", folder))
            at += timedelta(minutes=rng.randrange(4, 60 * 30), seconds=rng.randrange(60))
        thread = [m for m in thread if m.utc.date() < EXPORT_DATE]
        if thread:
            conversations.append(thread)
    conversations.sort(key=lambda t: max(m.utc for m in t), reverse=True)
    return conversations, len(chosen)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


def _writer(path: str):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle = open(path, "w", encoding="utf-8", newline="")
    return handle, csv.writer(handle, lineterminator="\n")


def write_invitations(path: str, outgoing: list[Invitation], incoming: list[Invitation]) -> None:
    handle, out = _writer(path)
    with handle:
        out.writerow(INVITATIONS_HEADER)
        for inv in outgoing:
            out.writerow([OWNER_NAME, inv.person.display, sent_at_text(to_pacific(inv.sent_utc)),
                          inv.note, "OUTGOING", OWNER_URL, inv.person.url])
        for inv in incoming:
            url = BARE_URL if inv.bare_url else inv.person.url
            out.writerow([inv.person.display, OWNER_NAME, sent_at_text(to_pacific(inv.sent_utc)),
                          inv.note, "INCOMING", url, OWNER_URL])


def write_connections(path: str, connections: list[Connection]) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(CONNECTIONS_PREAMBLE)
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(CONNECTIONS_HEADER)
        for conn in connections:
            p = conn.person
            if p is None:
                out.writerow(["", "", "", "", "", "", connected_on_text(conn.connected_on)])
            else:
                out.writerow([p.first, p.last, p.url, conn.email, p.company, p.position,
                              connected_on_text(conn.connected_on)])


def write_messages(path: str, conversations: list[list[Message]]) -> None:
    handle, out = _writer(path)
    with handle:
        out.writerow(MESSAGES_HEADER)
        for thread in conversations:
            for m in sorted(thread, key=lambda m: m.utc, reverse=True):
                if m.sender is None:
                    row = [OWNER_NAME, OWNER_URL, m.other.display, m.other.url]
                else:
                    row = [m.sender.display, m.sender.url, OWNER_NAME, OWNER_URL]
                out.writerow([m.conv, "", row[0], row[1], row[2], row[3],
                              message_date_text(m.utc), m.subject, m.content, m.folder])


def write_profile(path: str) -> None:
    summary = ("Consultante indépendante en marketing digital depuis 2016, j'accompagne les TPE, "
               "PME et indépendants de la région lyonnaise : SEO, publicité sur les réseaux "
               "sociaux et stratégie de contenu.\nJe forme aussi les équipes marketing et "
               f"j'écris chaque semaine la newsletter « {NEWSLETTER} ». Podcast : « {PODCAST} ».")
    handle, out = _writer(path)
    with handle:
        out.writerow(PROFILE_HEADER)
        out.writerow([OWNER_FIRST, OWNER_LAST, "", "", "Apr 14", OWNER_HEADLINE, summary,
                      "Marketing Services", "69002", "Lyon, Auvergne-Rhône-Alpes, France",
                      "[camillelaurent]", "[PERSONAL:https://camille-laurent.example]", ""])


def write_skills(path: str) -> None:
    handle, out = _writer(path)
    with handle:
        out.writerow(["Name"])
        for skill in SKILLS:
            out.writerow([skill])


def write_registration(path: str) -> None:
    handle, out = _writer(path)
    with handle:
        out.writerow(["Registered At", "Registration Ip", "Subscription Types"])
        out.writerow(["2/17/10, 9:41 AM", "192.0.2.44", ""])


def write_pending(path: str, incoming: list[Invitation]) -> int:
    handle, out = _writer(path)
    count = 0
    with handle:
        out.writerow(PENDING_HEADER)
        for inv in incoming:
            if inv.accepted:
                continue
            url = BARE_URL if inv.bare_url else inv.person.url
            out.writerow([inv.person.display, inv.person.headline, url, iso_pacific(inv.sent_utc),
                          inv.note])
            count += 1
    return count


def write_expected_intents(path: str, invitations: list[Invitation]) -> int:
    seen: dict[str, tuple[str, str]] = {}
    for inv in invitations:
        if inv.note and inv.note not in seen:
            seen[inv.note] = (inv.spec.intent, inv.spec.lang)
    handle, out = _writer(path)
    with handle:
        out.writerow(["text", "intent", "lang"])
        for text, (intent, lang) in seen.items():
            out.writerow([text, intent, lang])
    return len(seen)


def write_readme(path: str, counts: dict[str, int], replied: list[str]) -> None:
    lines = [
        "# Sample LinkedIn export (fictional)",
        "",
        "Everything in this folder is **fictional** and generated by `python scripts/make_sample.py`",
        f"(seed {SEED}, deterministic: running it twice gives byte-identical files). Names, profile",
        "URLs, companies, notes and messages are invented; any resemblance to real people is",
        "coincidental.",
        "",
        "## The owner",
        f"{OWNER_NAME}, digital-marketing consultant in Lyon — headline “{OWNER_HEADLINE}”,",
        f"profile {OWNER_URL}. She writes the newsletter “{NEWSLETTER}”, hosts the podcast",
        f"“{PODCAST}”, gives talks and trainings. Export date: {connected_on_text(EXPORT_DATE)}.",
        "",
        "## Files",
        "| file | content |",
        "|---|---|",
        "| `export/Invitations.csv` | current header era (`…,inviterProfileUrl,inviteeProfileUrl`); "
        "OUTGOING block then INCOMING block, mostly newest-first; `Sent At` in US Pacific time |",
        "| `export/Connections.csv` | `Notes:` preamble, then connections 2010 → Nov 2026, including "
        "accepted invitations and hidden profiles (empty names) |",
        "| `export/messages.csv` | 10-column variant; notes of accepted invitations reappear as "
        "messages 7–9 h after `Sent At` (UTC vs Pacific) |",
        "| `export/Profile.csv` | one row for the owner |",
        "| `export/Skills.csv`, `export/Registration.csv` | files the importer must list as ignored |",
        "| `pending.csv` | every pending INCOMING invitation with a headline "
        "(`name,headline,profile_url,sent_at,note`) |",
        "| `expected_intents.csv` | every distinct note of `Invitations.csv` with its intent and "
        "language, labelled by hand (evaluation set) |",
        "",
        "## Counts",
    ]
    for key, value in counts.items():
        lines.append(f"- {key}: {value}")
    lines += [
        "",
        "## Pending invitations the owner already answered",
        "The owner sent a reply message (in `messages.csv`) to these pending inviters:",
        "",
    ]
    lines += [f"- {url}" for url in replied]
    lines += ["",
              f"Three INCOMING rows carry the bare URL `{BARE_URL}` (no slug), as in some real "
              "exports; about 2 % of the slugs are percent-encoded.", ""]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines))


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main() -> dict[str, int]:
    for spec in NOTES + OUTGOING_NOTES:
        assert "\n" not in spec.text
    rng = Random(SEED)
    people = People(rng)
    incoming = build_incoming(rng, people)
    choose_accepted(rng, incoming)
    outgoing = build_outgoing(rng, people)
    connections, background = build_connections(rng, people, incoming, outgoing)
    conversations, n_conv_people = build_messages(rng, incoming, background, outgoing)
    for inv in incoming + outgoing:
        assert len(inv.note) <= 300, inv.note

    incoming_rows = shuffle_slightly(rng, incoming)
    outgoing_rows = shuffle_slightly(rng, outgoing)
    write_invitations(os.path.join(EXPORT_DIR, "Invitations.csv"), outgoing_rows, incoming_rows)
    write_connections(os.path.join(EXPORT_DIR, "Connections.csv"), connections)
    write_messages(os.path.join(EXPORT_DIR, "messages.csv"), conversations)
    write_profile(os.path.join(EXPORT_DIR, "Profile.csv"))
    write_skills(os.path.join(EXPORT_DIR, "Skills.csv"))
    write_registration(os.path.join(EXPORT_DIR, "Registration.csv"))
    n_pending = write_pending(os.path.join(SAMPLE_DIR, "pending.csv"), incoming_rows)
    n_distinct = write_expected_intents(os.path.join(SAMPLE_DIR, "expected_intents.csv"),
                                        outgoing_rows + incoming_rows)

    counts = {
        "incoming invitations": len(incoming),
        "outgoing invitations": len(outgoing),
        "pending incoming": n_pending,
        "accepted incoming": sum(inv.accepted for inv in incoming),
        "accepted outgoing": sum(inv.accepted for inv in outgoing),
        "incoming notes": sum(bool(inv.note) for inv in incoming),
        "outgoing notes": sum(bool(inv.note) for inv in outgoing),
        "distinct notes (expected_intents.csv)": n_distinct,
        "campaign senders": sum(inv.note.endswith(CAMPAIGN_BODY) or CAMPAIGN_BODY in inv.note
                                for inv in incoming),
        "notes echoed in messages": sum(inv.echo for inv in incoming),
        "connections": len(connections),
        "hidden connections": sum(c.person is None for c in connections),
        "conversations": len(conversations),
        "conversations with connections (not invitation-related)": n_conv_people,
        "messages": sum(len(t) for t in conversations),
    }
    replied = [inv.person.url for inv in incoming if inv.reply]
    write_readme(os.path.join(SAMPLE_DIR, "README.md"), counts, replied)
    for key, value in counts.items():
        print(f"{key}: {value}")
    print("already replied (pending):", ", ".join(replied))
    return counts


if __name__ == "__main__":
    main()
