"""What a headline says about a person: their role, the role's own field, their seniority and organisation.

A headline is cut into segments ("|", "•", " - ", ","…). In each segment, role titles are found
(seven languages, feminine and masculine forms, abbreviations, German and Dutch compounds) and the
segment's *field* words are looked up in a small multilingual lexicon, leaving out what follows a
company marker ("@", "at", "chez", "bei"…): "Sales Director @ MarketingHub" is a sales director.
A role whose segment names no field borrows the fields of the segments that name no role
("Student at HEC | Finance"). Recruiters and HR are their own field, whatever they recruit for.

    >>> r = read("Directrice marketing & communication @ Maison Lune")
    >>> [(x.kind, x.title, x.fields) for x in r.roles]
    [('executive', 'Directrice', ('marketing', 'communication'))]
    >>> read("Gérant de boulangerie").roles[0].kind, read("Gérant de boulangerie").trade
    ('owner', 'bakery')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from invitriage import rxcache
from invitriage.benefit.fieldspan import unsharp
from invitriage.prefilter import Prefilter
from invitriage.judge.normalize import fold

# -- role titles -------------------------------------------------------------------------------
# (kind, pattern, implied field, case-sensitive). Earlier entries win where spans overlap, so
# "directeur général" is a chief executive before "directeur" is a director. Patterns run on
# folded text (lower case, no accents) unless case-sensitive (acronyms that are also words: BUT, DG).
_W = r"(?<![\w-])"  # a word starts here (German and Dutch compounds leave it out on purpose)

_ROLE_TABLE: list[tuple[str, str, str, bool]] = [
    ("job_seeker",
     r"#?\bopen ?to ?work\b|#opentowork|\bjob ?seekers?\b|\blooking for (?:a |an |my |their |your |our )?(?:[\w-]+ ){0,3}?(?:jobs?|roles?|positions?|"
     r"opportunit\w*|internships?|challenges?|work|employment)\b|\bseeking (?:[\w-]+ ){0,3}?(?:opportunit\w*|jobs?|roles?|positions?|internships?|work|employment)\b|"
     r"\bavailable for (?:new )?(?:opportunit\w*|work|hire)|\ben recherche\b|\ba l'ecoute (?:du marche|d'opportunit\w*|de nouvelles)|"
     r"\ba la recherche (?:d'une?|de mon|de ma|du|d') ?(?:premier |premiere |nouveau |nouvel |nouvelle )?"
     r"(?:poste|emploi|cdi|cdd|job|travail|contrat|opportunit\w*|stage|alternance)|"
     r"\bdemandeu(?:r|se)s? d'emploi|\ben busqueda\b|\bbuscando (?:empleo|trabajo|nuevas oportunidades|oportunidades|nuevos retos)|"
     r"\bbuscando (?:mi |el |un )?(?:primer )?(?:empleo|trabajo|contrato)|"
     r"\bbusco (?:empleo|trabajo|practicas)|\bdesemplead[oa]s?\b|\bauf (?:der )?(?:job|stellen)?suche\b|\b(?:arbeit|job)suchend\w*|"
     r"\bsuche\b (?:\w+ ){0,2}?(?:\w*job|\w*stelle|arbeit|anstellung|festanstellung)\w*|\beinstiegsjob\w*|"
     r"\boffen fur neue\b|\bin cerca di (?:(?:un |una |nuova |nuovo |prima |primo )?(?:lavoro|occupazione|impiego|esperienza|opportunita)|nuove)|"
     r"\balla ricerca di (?:lavoro|nuove|un impiego|opportunita|"
     r"un(?:o|a)? (?:stage|tirocinio))|\bdisoccupat[oa]\b|\bem busca de\b|\bprocurando (?:emprego|trabalho|oportunidade\w*|estagio)|"
     r"\bbuscando (?:a |uma |minha )?(?:primeira )?(?:oportunidade|vaga|emprego|recolocacao)\w*|\bem transicao de carreira\b|"
     # as the owners' phrases say it: "qui cherchent un emploi", "die eine Stelle suchen", "che cercano lavoro"
     r"\bcherch(?:e|ent|ant) (?:un |une |leur |son |sa |du |de l')?(?:premier |premiere |nouvel |nouveau |nouvelle )?(?:emploi|poste|travail|job|stage|"
     r"alternance|cdi)\b|\bbusca(?:n|ndo)? (?:un |su |el |una )?(?:primer |nuevo )?(?:empleo|trabajo|puesto)\b|\bcerca(?:no|ndo)? (?:un |il |una )?"
     r"(?:primo |nuovo )?(?:lavoro|impiego|posto)\b|\bprocura(?:m|ndo)? (?:um |o |seu )?(?:primeiro |novo )?(?:emprego|trabalho)\b|"
     r"\bzoek(?:en|t)? (?:een |hun |naar een )?(?:eerste |nieuwe )?(?:baan|job|werk)\b|\b(?:een |hun )?(?:eerste |nieuwe )?(?:baan|job|werk) zoek(?:en|t)\b|\b(?:eine |ihre |die erste |eine erste )?(?:stelle|anstellung|job) suchen\b|"
     r"\blook(?:ing)? for (?:a |their |an )?(?:first |new )?(?:job|role|position)s?\b|"
     r"\bbuscando recolocacao|\bdesempregad[oa]s?\b|\ba procura (?:de|do|da|dum|duma) (?:\w+ ){0,2}?(?:emprego|trabalho|oportunidade\w*|estagio|vaga)\b|"
     r"\bdisponible (?:immediatement|de suite|rapidement|pour (?:un |une |de )?(?:poste|emploi|cdi|mission)\w*)|\bimmediately available\b|"
     r"\bavailable immediately\b|\bdisponibile (?:da subito|subito|immediatamente)\b|\bsofort verfugbar\b|\bdisponible de inmediato\b|"
     r"\bdisponivel (?:imediatamente|de imediato)\b|\bdirect beschikbaar\b|\bop zoek naar\b|\bwerkzoekend\w*|"
     # changing careers: looking for a first job in a new field
     r"\ben reconversion\w*|\bcareer (?:changers?|switchers?|change|transition)\b|\bchanging careers?\b|\bquereinsteiger\w*|"
     r"\bin umschulung\b|\bumschuler\w*|\ben transicion (?:profesional|laboral)\b|\bcambio de carrera\b|\bin riconversione\b|"
     r"\bzij-?instrom\w*|\bomscholing\b|\bin transizione\b|\btransizione di carriera\b|"
     r"\ben transition professionnelle\b|\bberufliche[rn]? neuorientierung\b|\bloopbaanswitch\w*", "", False),
    ("recruiter",
     r"\brecruit(?:er|ers|ment|ing)\w*|\btalent (?:acquisition|partner|sourcer|scout)\w*|\bsourcers?\b|\bhead ?hunters?\b|"
     r"\brecrut(?:eur|euse)s?\b|\bcharge(?:e)?s? de recrutement|\b(?:consultant|consultante|responsable|chargee?) (?:en |de |du )?recrutement|"
     r"\bchasseu(?:r|se)s? de tetes?|\bcazatalentos\b|\bcacciat(?:ore|rice|ori) di teste\b|\bcacador(?:a|es)? de (?:talentos|cabecas)\b|\bkoppensneller\w*|\breclutador(?:a|es|as)?\b|\b(?:tecnic[oa]|consultor[a]?) de seleccion|\brecruiter\w*|"
     r"personalberater\w*|personalvermittler\w*|\bselezionat(?:ore|rice|ori)\b|\brecrutador(?:a|es|as)?\b|"
     r"\b(?:consultor[a]?|analista) de recrutamento|\bwervings?\w*|\brecruit\w*|\bexecutive[- ]search\b|\bchasse de tetes\b|"
     # in the first person: "I place CMOs", "Ik werf marketingdirecteuren", "je recrute des directeurs marketing"
     r"\bi (?:place|recruit|headhunt)\b|\bik (?:werf|recruteer)\b|\bje recrute\b|\bich (?:vermittle|rekrutiere)\b|\brecluto\b|\brecruto\b|\bseleziono\b", "hr", False),
    # investors: those who say so, and partners, principals and associates of a venture fund (a VC cue in the
    # headline, see _VC), before "managing partner" is an owner
    ("investor",
     r"(?:\b(?:business|angel|private|informal|seed|early[- ]stage|startup|venture|vc)[- ])?\binvestors?\b"
     r"(?![- ](?:ready|readiness|relations|pitch\w*|decks?|days?|updates?|reporting|materials?)\b)|"
     r"\bbusiness[- ]angels?\b|\bventure capital\w*(?: investors?| partners?| funds?)?|\bvcs\b|\bvc (?:investors?|partners?)\b|\bcapital[- ]risqueu(?:r|se)s?\b|"
     r"\binvestisseu(?:r|se|rs|ses)\b|\binvest(?:orin|orinnen|oren)\b|\binversor(?:a|es|as)?\b|\binversionistas?\b|"
     r"\binvestit(?:ore|rice|ori)\b|\binvestidor(?:a|es|as)?(?:-anjo)?\b|\banjo investidor\w*|\bbelegger\w*|\binvesteerder\w*|"
     r"\bangel(?:-| )?(?:investor|investisseur|inversor|investidor)\w*", "", False),
    ("investor_vc",
     r"\b(?:general |managing |venture |operating |founding )?partner(?:in|innen|s)?\b|\bprincipal\b|\b(?:investment |vc )?associate\b|"
     r"\binvestment (?:manager|director|analyst|professional|partner)\w*|\bsoci[oa]s?\b|\bassocie(?:e)?s?\b|\bpartenaire\b|\bvennoot\b", "", False),
    # partners of a law, accounting or consulting firm (a firm named in the headline, see _FIRM) own it;
    # an "advogado associado" or an "associate" does not
    ("partner_firm",
     r"(?<!& )(?<!&)\b(?:equity |senior |managing |founding )?partner(?:in|innen|s)?\b|(?<!& )\bsoci[oa]s?\b(?!-gerente)|(?<!& )\bassocie(?:e)?s?\b|"
     r"\bvennoot\b|\bmaitre associe\w*", "", False),
    # who chairs a club or an association: its head (a president of a company is its chief executive, see below)
    ("executive",
     r"\b(?:vereins)?vorsitzend(?:e|er|en)\b|\bvoorzitter\b|\bchair(?:man|woman|person)?\b(?! (?:of the board|professor))|"
     r"\bpresident(?:e|a)?s? (?:du |de la |de l'|del |de |of (?:the )?|van |des |dell'|della |dello |do |da )?(?:club|clube|verein|association|"
     r"asociacion|associazione|associacao|vereniging|federation|federacion|federazione|federacao|societa sportiva|sociedad deportiva)\w*", "", False),
    # vice-presidents before presidents (chief executives)
    ("executive", r"\b(?:s|e|a)?vps?\b|\bvice[- ]?presiden(?:t|te|ta|tin)s?\b|\bvicepresident[ea]s?\b", "", False),
    ("ceo",
     r"\bceos?\b|\bpresident(?:e)?[- ]directeu?r general\w*|\bdirect(?:eur|rice)s? genera(?:l|le|ux)\b|\bmanaging directors?\b|"
     r"\bgeneral managers?\b|geschaftsfuhr\w*|\bvorstand\w*|\bamministrat(?:ore|rice|ori) delegat[oi]\b|\bconsejer[oa] delegad[oa]\b|"
     r"\bamministrat(?:ore|rice) unic[oa]\b|\badministrador(?:a)? (?:unic[oa]|delegad[oa])\b|\bdirect(?:or|ora) gerente\b|"
     r"\bchief executive(?: officer)?s?\b|\bbestuurder\w*|\bbestuursvoorzitter\w*|"
     r"\bdirect(?:or|ora|ores) general(?:es)?\b|\bdiret(?:or|ora)[- ]gera(?:l|is)\b|\bdirettor(?:e|i) generale\b|\bdirettrice generale\b|"
     r"\balgemeen directeur\b|\bdirigeant(?:e)?s?\b|(?<![-\w])presiden(?:t|te|ta|tin)s?\b", "management", False),
    # "MD of a family-run SME", "DGA | Installatiebedrijf Van Dam" (directeur-grootaandeelhouder; in French a deputy managing director)
    ("ceo", r"\b(?:P?DG|CEO|DGA)\b|\bMD(?= (?:of|at|@|&|and)\b)|^MD(?= ?[|@/])", "management", True),
    ("owner",
     r"\bchef(?:fe)?s? d'entreprise\w*|\bdirecteur-eigenaar\b|\bdirecteur-grootaandeelhouder\b|\bgeschaftsinhaber\w*|\bsoci[oa][- ]gerente\b|\bmanaging partners?\b", "", False),
    ("founder",
     r"\bco-?found(?:er|ers|ing|erin|erinnen)\b|\bfound(?:er|ers|ing partner|erin|erinnen)\b|\bco-?fondat(?:eur|rice|ore|ori|eurs|rices)\b|"
     r"\bfondat(?:eur|rice|ore|ori|eurs|rices)\b|\bco-?fundador(?:a|es|as)?\b|\bfundador(?:a|es|as)?\b|"
     r"(?:mit|co-?)?grunder(?:in|innen)?\b|\b(?:mede-?)?oprichte?(?:r|rs|ster)\b|\bcreat(?:eur|rice)s? d'entreprise\w*|"
     r"\bcreat(?:eur|rice)s? (?:de|d'|du)\b|(?<!auto-)(?<!micro-)(?<!auto)(?<!micro)\bentrepreneu(?:r|se|rs|ses)\b|\bemprendedor(?:a|es|as)?\b|\w*unternehmer(?:in|innen)?\b|"
     r"\bimprendit(?:ore|rice|ori)\b|\bempreendedor(?:a|es|as)?\b|\bondernem(?:er|ers|ster)\b|\bsoci[oa] fundador[a]?\b|"
     r"\bstartuppe(?:r|use)s?\b|"
     # founding in the first person: "I founded", "J'ai créé", "Fundé", "Ich habe … gegründet", "Ho fondato", "Fundei", "Ik begon"
     r"\bi (?:co-?)?(?:founded|started|built|launched|created|set up|opened)\b(?! (?:as|my career|out|in|at|working|by|with)\b)|"
     r"\bj'ai (?:co-?)?(?:fonde|cree|lance|monte|ouvert|demarre)\b(?! (?:ma carriere|comme|en tant)\b)|"
     r"(?:^|\byo )(?:co-?)?(?:funde|cree|lance|monte|abri)\b(?! (?:como|mi carrera)\b)|"
     r"\bich (?:habe|hab) (?:[\w&'.-]+ ){0,5}?(?:(?:mit)?gegrundet|aufgebaut|gestartet|eroffnet)\b|\bich grundete\b|"
     # ("Hab mein eigenes Studio eröffnet", "opened my own bakery", "heb mijn eigen zaak geopend": one's own shop, the pronoun unsaid)
     r"(?:^|\bich )(?:habe|hab) (?:mein|meine|meinen|unser|unsere|unseren) (?:[\w&'.-]+ ){0,4}?(?:(?:mit)?gegrundet|aufgebaut|eroffnet)\b|"
     r"\b(?:just |recently )?opened my own\b|(?:^|\bik )heb (?:[\w&'.-]+ ){0,5}?geopend\b|"
     r"\bho (?:co-?)?(?:fondato|creato|avviato|aperto|lanciato)\b(?! (?:la mia carriera|come)\b)|"
     r"\b(?:co-?)?(?:fundei|criei|lancei|montei)\b|(?:^|\beu )abri\b|"
     r"\bik (?:begon|startte|richtte)\b(?! (?:als|mijn (?:carriere|loopbaan))\b)|\bik ben (?:[\w&'.-]+ ){0,5}?(?:begonnen|gestart)\b|"
     r"\bik heb (?:[\w&'.-]+ ){0,5}?(?:opgericht|opgezet|gestart|opgebouwd)\b", "", False),
    ("owner",
     r"(?<!product )(?<!process )(?<!data )\b(?:co-|business |shop |store )?owners?\b|\bproprietors?\b|\bco-?gerant(?:e)?s?\b|"
     r"\bgerant(?:e)?s?\b(?! de portefeuille)|\bproprietaire\w*|\bartisan(?:e)?s?\b|\bcommercant(?:e)?s?\b|\bpatron(?:ne)?s?\b|"
     r"\bduen[oa]s?\b|\bpropietari[oa]s?\b|\b(?:laden|geschafts)?inhaber(?:in|innen)?\b|inhaber(?:in|innen)?\b|\bbesitzer(?:in)?\b|"
     r"\beigentumer(?:in)?\b|\bgesellschafter(?:in)?\b|\btitolar[ei]\b|(?<!neo-)(?<!neo)\btitulaire\b|\bproprietari[oa]s?\b|\bvermieter(?:in|innen)?\b|\bdon[oa]s? (?:de|da|do|dos|das)\b|"
     r"(?:mede-?)?eigena(?:ar|ars|ren|res|resse|ressen)\b|\bzaakvoerder\b|\buitbater\b|\bartigian[oa]\b|\bartesan[oa]s?\b|\bartesa[oa]\b|"
     r"\bhandwerker(?:in)?\b|\bhandwerksmeister(?:in)?\b|\bambachts(?:man|vrouw)\b|"
     # a master craftsman runs the workshop: Tischlermeister, Bäckermeisterin (not a Hausmeister or a Bürgermeister)
     r"\b(?:tischler|schreiner|backer|konditor|friseur|florist|fleischer|metzger|maler|elektro|elektriker|installateur|dachdecker|"
     r"zimmerer|goldschmied|kfz|schneider|optiker|uhrmacher|steinmetz|glaser|schlosser|raumausstatter|fotografen)meister(?:in)?\b|"
     r"\bmaitre artisan\b|\bchefs?-patron(?:ne)?s?\b|\bmeester-?(?:bakker|slager|kapper|timmerman)\b|"
     # who runs a restaurant or a hotel by trade
     r"\bristorat(?:ore|rice|ori|rici)\b|\brestaurat(?:eur|rice|eurs|rices|euse)s?\b|\brestaurateurs?\b|(?<!ecole )(?<!ecoles )\bhoteli(?:er|ere|ers|eres)s?\b|"
     r"\bhotelero\w*|\balbergator\w*|\bgastwirt\w*|\bhoreca-?ondernemer\w*|\bcafetiers?\b|\baubergistes?\b|\bhospedeir\w*", "", False),
    # winegrowers run their estate: owners, of the field wine ("giovani vignaioli", "Jungwinzerin", "young winemaker")
    ("owner",
     r"\bviticult(?:eur|rice|eurs|rices|or|ora|ores|oras|ore|ori|ora)s?\b|\bvigneron(?:ne)?s?\b|\bvignaiol[oaie]\b|\w*winzer(?:in|innen)?\b|"
     r"\bwijnboer(?:in|en)?\b|\bwine-?growers?\b|\bvinicult\w*|\bvinhateir\w*|\bvitivinicultor\w*", "wine", False),
    # farmers run their farm
    ("owner",
     r"\bfarmers?\b|\bagricult(?:eur|rice|eurs|rices|or|ora|ores|oras)\b|\bagricoltor[ei]\b|\blandwirt(?:in|innen|e)?\b|"
     r"\bbo(?:er|erin|eren)\b|\bfazendeir[oa]s?\b|\bexploitant(?:e)?s? agricoles?\b|\beleveu(?:r|se)s?\b|\bganader[oa]s?\b|\ballevator[ei]\b|\ballevatric[ei]\b|\bmaraich\w*|"
     r"\bhorticult(?:eur|rice|eurs|rices|or|ora|ores|oras|ore|ori|urists?)\b|\w*veehouder(?:s|es)?\b|\w*teler(?:s)?\b|\btuinders?\b|"
     r"\bmarket[- ]gardeners?\b|\b(?:vegetable |fruit )?growers?\b|\bhortela(?:na|nas|o|os|oes)\b|\bortolan[oaie]\b|\borticolt(?:ore|rice|ori|rici)\b|"
     r"\bgemusebau(?:er|erin|ern)\b|\bgemusegartner\w*|\bgartner(?:in)? (?:im|fur) gemusebau\b|\bhorticultor(?:a|es|as)?\b|\bagricultor(?:a|es|as)\b|"
     r"\bpaysan(?:ne)?s?\b|\bcampesin[oa]s?\b|\bagropecuari\w*|\bproduct(?:eur|rice)s? (?:de lait|laitiers?|bio)\b", "agriculture", False),
    ("importer",
     r"\w*import(?:er|ers|eur|eurs|eure|euse|euses|eurin|eurinnen|atore|atori|atrice|atrici|ador|adora|adores|adoras|ateur|atrice|ateurs|atrices)\b|"
     r"\bwholesale (?:buyer|importer)s?\b", "", False),
    ("freelancer",
     r"\bfree-?lanc\w*(?! econom\w*| platforms?| marketplaces?)|\bindependant(?:e)?s?\b|\ba mon compte\b|\b(?:auto|micro)-?entrepreneu(?:r|se)s?\b|"
     r"(?<!universidad )(?<!universitat )\bautonom[oa]s?\b|"
     r"\bpor cuenta propia\b|\bfreiberufl\w*|\bfreischaffend\w*|\bselbst(?:st)?andig\w*|\bliber[oa] professionist[ai]\b|\bpartita iva\b|"
     r"\bindependente\b|\bindependiente\b|\bindipendente\b|\bindependent(?= (?:consultant|contractor|professional|designer|marketer|musician|artist|writer|author|photographer|journalist|"
     r"translator|filmmaker|producer|illustrator|coach|trainer|adviser|advisor))|\bself-?employed\b|"
     r"\btrabalhador(?:a)? independente\b|\bzzp(?:er|'er)?s?\b|\bzelfstandig\w*|\beenmanszaak\b|\bsolopreneur\w*|\bfractional\b|"
     r"\bas a service\b|\ba temps partage\b|\btemps partage\b|\bexterno\b|\bexternalise\w*|\boutsourced\b|\bon demand\b", "", False),
    ("degree", r"\b(?:[MB]\.Arch|MArch|BArch|PGCE|[BM]\.Ed|BUT|DUT|BTS|IUT|BBA|MBA student|BSc|MSc|L3|M1|M2|LLB|LLM|MBBS|BSN|DCG|DSCG|DN MADe|B\.Sc|M\.Sc|B\.A)\b|"
     r"\b(?:BA|MA)\b(?= \(Hons\)| [A-Z][a-z]| in )", "", True),
    ("degree",
     r"(?<!scrum )(?<!web)\bmasters?\b(?! (?:data|chef|class)\b)|\bmaster'?s\b|\bbachelor(?:'?s)?\b|\blicence\b|\bgrado en\b|\blaurea\b|"
     r"\blicenciatura\b|\bphd\b|\bmsc\b|\bbsc\b|\bdoctora(?:nt|nte|ndo|nda)s?\b|\bdoktorand(?:in|innen|en)?\b|\bdottorand[oaie]\b|\bdoutorand[oa]s?\b|\bdoctorand[oa]s?\b|"
     r"\bpromovend(?:us|a|i)\b|\bphd (?:candidates?|researchers?)\b|\b(?:laurea )?magistrale\b|\b(?:hbo|mbo|wo)-?student\w*", "", False),  # degrees: a student only when no other role is named (see read)
    ("student", r"\bESI\b", "nursing", True),  # étudiant(e) en soins infirmiers
    ("student", r"\bgraduate students?\b|\bpost-?graduate\w*|\bundergrad\w*|\bfinal[- ]year\b", "", False),
    # recent graduates: qualified, not yet experienced (not students any more)
    ("graduate",
     r"\bjeunes? diplome(?:e)?s?\b|\b(?:nouvellement|fraichement|recemment) diplome(?:e)?s?\b|\brecent(?:ly)? (?:graduates?|graduated|qualified)\b|"
     r"\bnewly[- ](?:qualified|registered|graduated|licensed)\b|\bnew ?grads?\b|\bgraduates?\b(?! (?:of|from|de)\b)|"
     r"\brecien (?:graduad|titulad|egresad)[oa]s?\b|\bfrisch (?:examiniert|graduiert|approbiert|gebacken|diplomiert|zertifiziert)\w*|\babsolvent(?:in|en|innen)?\b|"
     r"\bneo-?laureat[oaie]\b|\bneo-?diplomat[oaie]\b|\brecem-(?:formad|graduad|licenciad|diplomad)[oa]s?\b|\brecien (?:licenciad|diplomad)[oa]s?\b|\b(?:pas|net|vers) (?:afgestudeerd|gediplomeerd)\w*", "", False),
    ("graduate", r"\b(?:NQN|NQT|NQP)s?\b", "", True),
    ("student",
     r"student(?:in|innen|e|en|s|i|essa|esse)?\b|\w*studierende\w*|\betudiant(?:e)?s?\b|\bestudiantes?\b|\bestudantes?\b|\bstudent\w*|\balun[oa]s?\b|"
     r"(?:^|\bich )studiere\b|\balliev[oaie]\b|\bik studeer\b|(?<![\w-])\w*schuler(?:in|innen)?\b|"  # "Studiere Kommunikation", "Journalistenschüler"
     r"\balumn[oa]s?\b|\bscholier(?:e|en|s)?\b|\balternan(?:t|te|ts|tes)\b|\ben alternance\b|\balternance\b|\bapprenti(?:e)?s?\b|\bapprentices?\b|\bapprenticeship\b|"
     r"\bstagiaires?\b|\binterns?\b|\binternship\b|\bbecari[oa]s?\b|\ben practicas\b|praktikant(?:in|innen|en)?\b|"
     r"\bauszubildende\w*|\w*azubis?\b|\w*lehrling\w*|\blehrjahr\b|\baprendi(?:z|ces)\b|\bapprendist[ai]\b|\bleerling(?:en)?\b|"
     r"\bleerling-\w+|\bapprendis?\b|\btrainees?\b|\btirocinant[ei]\b|\bpraticant[ei]\b|\bstagist[ai]\b|\bestagiari[oa]s?\b|\bstagiair(?:e|s)?\b|"
     r"\blaureand[oa]\b|\bgraduand[oa]\b|(?<!hospital )(?<!ospedale )(?<!hospitais )\buniversitari[oa]\b|\bafstudeerder\b|"
     r"\beleves?(?:-ingenieu(?:r|re|rs|res))?\b|\bmestrand[oa]s?\b|\bacademic[oa]s? (?:de|em)\b", "", False),
    ("executive", r"\b(?:cmo|cto|cio|cfo|chro|cdo|coo|cpo|ciso|cco|cxo|cgo|cso|cno)s?\b", "", False),  # field in _CXO_FIELD
    # editors-in-chief run a newsroom
    ("executive",
     r"\beditors?[- ]in[- ]chief\b|\bredact(?:eur|rice)s? en chef\b|\bcapo[- ]?redatt(?:ore|rice|ori|rici)\b|\bchefredakt\w*|\beditor(?:a|es|as)?[- ]chefe\b|\bhoofdredact\w*|"
     r"\bredactor(?:a|es|as)? jef[ea]s?\b|\bdirett(?:ore|rice) responsabile\b|\bdirect(?:or|ora) de (?:el |la )?(?:diario|periodico|revista)\b|"
     r"\bdiret(?:or|ora) de redacao\b", "journalism", False),
    # heads of a school: the school is their field ("dirigenti scolastici", "Schulleiterin", "Headteacher")
    ("executive",
     r"\bhead ?teachers?\b|\bhead ?(?:master|mistress)\w*|\bheads? of (?:school|college)s?\b|\bschool ?(?:principal|head|director|leader)s?\b|"
     r"\bschulleit(?:er|erin|erinnen|ung)\b|\bschuldirekt\w*|\bproviseu?r\w*|\bpresidi\b|\bpreside\b|\bdirigent[ei] scolastic[oaie]\b|"
     r"\bschoolleid(?:er|ster|ing)\w*|\bschooldirect\w*|\bdirect(?:eur|rice)s? d'ecoles?\b|\bdiret(?:or|ora|ores|oras) escola(?:r|res)\b|"
     r"\bgestor(?:a|es|as)? escola(?:r|res)\b", "school", False),
    # "Principal | Lakeview Middle School", "Principal de collège": only where a school is named (see read)
    ("school_head", r"^principa(?:l|le|ux|les)s?\b(?! d'education| conseill)|(?<!conseiller )(?<!conseillere )\bprincipa(?:l|le)s? "
     r"(?:of|at|(?:du |de |d')(?:college|lycee|l'ecole|l'etablissement))\b", "school", False),
    ("executive",
     r"\bchief [\w&' -]{2,40}? officer\b|\bgeneral counsel\b|\b\w+vorstand\w*|\b\w+vorstande\b|\bhead of\b|\bheads of\b|\bhead\b(?! (?:coach|trainer|of coaching)\b)|\bdirector(?:s|in|innen)?\b|\bdirect(?:eur|rice|eurs|rices)\b|"
     r"\bdirect(?:or|ora|ores|oras)\b|direktor(?:in|innen|en)?\b|\bdirett(?:ore|rice|ori)\b|\bdiret(?:or|ora|ores|oras)\b|"
     r"(?<!team)(?<!gruppen)(?<!beg)(?<!an)leiter(?:in|innen)?\b|\bleitung\b|"
     # "Marketingleitung", "Vertriebsleitung": the head of the function (not a Begleitung, Anleitung, Rohrleitung)
     r"(?<=[a-z]{3})(?<!team)(?<!gruppen)(?<!beg)(?<!an)(?<!ein)(?<!um)(?<!ab)(?<!zu)(?<!weiter)(?<!rohr)(?<!wasser)(?<!strom)(?<!gas)(?<!fern)(?<!durch)(?<!aus)(?<!her)(?<!hin)(?<!bau)leitung\b|\bresponsables?\b|\bresponsabil[ei]\b|\bresponsave(?:l|is)\b|"
     r"\bchef(?:fe)?s? de (?:service|departement|pole|cuisine|cozinha|cocina)\b|\b(?:head|executive) chefs?\b|\bchef (?:di cucina|executive)\b|"
     r"\bjef[ea]s? de cocina\b|\bkuchenchef\w*|\bchefkoch\w*|\bchef-?kok\w*|"
     r"\brect(?:or|ora|eur|rice|ores)\b|\brektor(?:in|innen|en)?\b|\bjef[ea]s? de\b|\bcapo\b|\bchefe de\b|\bhoofd\b|\bafdelingshoofd\b|"
     r"\bdirecteur\b|directeur(?:en|s)?\b|directrice\b|\bdirig(?:ente|enti)\b|\bdir\.", "", False),
    ("executive", r"\b(?:DRH|DAF|DSI|RSSI|RRH)\b", "", True),
    ("manager",
     r"manager(?:in|innen|s)?\b|\bgerente?s?\b|\bgestor(?:a|es|as)?\b|\bgest(?:ore|rice)\b|\bchef(?:fe)?s? de (?:projet|produit|rayon|"
     r"marche|mission|groupe)\b|\bchef(?:fe)?s? d'equipe\b|\bjef[ea]s? del? equipo\b|\bcoordinat(?:eur|rice|or|ore|ors)s?\b|\bcoordinador(?:a|es)?\b|"
     r"\bcoordenador(?:a|es)?\b|koordinator(?:in)?\b|\bteam ?lea(?:d|der)s?\b|\blead\b|teamleiter(?:in)?\b|\bteamleiders?\b|\bteamleitung\b|"
     r"\bsupervis(?:or|eur|ora|ore)\b|\bencargad[oa]\b|\bleidinggevende\b", "", False),
    ("manager",
     r"\bcharge(?:e)?s? d'affaires\b|\bcharge(?:e)?s? de clientele\b|\w*kunden(?:berater|betreuer)(?:in|innen)?\b|\bejecutiv[oa]s? de (?:banca|cuentas)\b|"
     r"\brelatiebeheerder\w*|\bconseill(?:er|ere)s? (?:clientele|bancaire)s?\b", "relationship management", False),
]


_ROLES = [(kind, rxcache.compile(p), field, cs) for kind, p, field, cs in _ROLE_TABLE]
# which expressions may find something in a text, without running them (see prefilter): the folded ones, the case-sensitive ones
_ROLE_PF = Prefilter([p if not cs else "" for _, p, _, cs in _ROLE_TABLE])
_ROLE_CS_PF = Prefilter([p if cs else "" for _, p, _, cs in _ROLE_TABLE])
_NOT_NOW = rxcache.compile(r"\b(?:ex|former|formerly|ancien|ancienne|ehemalige|ehemaliger|antigu[oa]|gia|oud|voormalige?|aspiring|"
                      r"future|futur|futur[oa]|angehende|angehender|aspirante)\b[\s-]*(?:[\w&]+[\s-]+){0,2}\w*$")  # \w*: the head of a compound
_CXO_FIELD = {"cmo": "marketing", "cto": "tech", "cio": "tech", "cfo": "finance", "chro": "hr", "cdo": "data", "coo": "operations",
              "cpo": "product", "ciso": "cybersecurity", "cgo": "marketing", "cno": "nursing"}
_ACRONYM_FIELD = {"drh": "hr", "rrh": "hr", "daf": "finance", "dsi": "tech", "rssi": "cybersecurity"}
# a venture fund named in the headline: its partners, principals and associates are investors
_VC = rxcache.compile(r"\bvcs?\b|\bventures?\b|\bventure capital\b|\bcapital[- ]risque\b|\bcapital (?:de )?riesgo\b|\bcapitale di rischio\b|"
                 r"\bcapital de risco\b|\brisikokapital\b|\bwagniskapital\b|\bdurfkapitaal\b|\bseed[- ]?(?:fund|fonds)\b|"
                 r"\bfonds d'amorcage\b|\bbusiness angels?\b|\bangel investors?\b")
# a law, accounting or consulting firm: its partners are its owners (and their field is the firm's)
_FIRMS = [("legal", rxcache.compile(r"\blaw ?firms?\b|\bsolicitors\b|\bavocats\b|\babogados\b|\bavvocati\b|\badvogados\b|\badvocaten\w*|"
                              r"\brechtsanwalt\w*|\w*anwalte\b|\bkanzlei\w*|\bbufete\w*|\bstudio legale\b|\badvocacia\b|"
                              r"\bescritorio de advocacia\b|\bdespacho de abogados\b|\bcabinet d'avocats\b")),
          ("accounting", rxcache.compile(r"\baccountan(?:ts|cy firms?)\b|\baccountantskantoor\w*|\bwirtschaftsprufung\w*|\bsteuerberatung\w*|"
                                   r"\bexpertise comptable\b|\bcabinet comptable\b|\bstudio commercialista\b|\bescritorio de contabilidade\b")),
          ("", rxcache.compile(r"\bllp\b|\bcabinet\b|\bclini(?:c|cs|que|ques|ca|cas|ek|eken)\b|\bpraxis\b|\bpraktijk\b|\bpractices?\b|\bconsultorio\b|\bescritorios?\b|\bdespacho\w*|\bstudio (?:associato|professionale)\b|"
                          r"\bconsult(?:ing|ancy) firms?\b|\bcabinet de conseil\b|\b& (?:associes|asociados|associati|associados|partners?)\b"))]


def _firm(folded: str) -> str | None:
    """The field of the firm a headline names ("" when its kind is not said), None when it names none."""
    return next((field for field, rx in _FIRMS if rx.search(folded)), None)


# "I help founders", "j'accompagne des fondatrices", "CFO para startups": the people served, not the person
_AUDIENCE = rxcache.compile(r"\b(?:help\w*|accompagn\w*|aid(?:e|er|ant)\w*|ayud\w*|helfe\w*|aiut\w*|ajud\w*|coach(?:e|es|ing)?|mentor(?:e|s|ing)?|"
                       r"advis\w*|support\w*|conseill\w*|begleit\w*|getting|empower\w*|serving|for|pour|para|fur|per|voor|aux|"
                       # recruiters: "Placing CISOs", "je recrute des architectes", "vagas para professores"
                       r"placing|hiring|recruiting|sourcing|headhunting|recrute|recrutons|recrutamos|reclutamos|reclutiamo|selezioniamo|"
                       r"selecionamos|werven|vagas? (?:para|de)|"
                       # in the first person: "I place CMOs", "Ik werf marketingdirecteuren", "je recrute des…"
                       r"(?<=\bi )(?:place|recruit|hire|source|headhunt)|(?<=\bik )(?:werf|plaats|recruteer)|(?<=\bich )(?:vermittle|rekrutiere|besetze|suche)|"
                       r"(?<=\bje )(?:place|chasse)|recluto|recruto|seleziono|selecciono|rekrutiere|vermittle)\s+"
                       r"(?:[\w'&-]+\s+){0,3}$")
# "Debating society president", "Présidente du BDE": a student body, not a company
_CLUB = rxcache.compile(r"\bsociety\b|\bassociation\b|\bclub\b|\bbde\b|\bverein\b|\basociacion\b|\bassociazione\b|\bassociacao\b|"
                   r"\bvereniging\b|\bstudent\w*|\bunion\b|\bcouncil\b|\bliga\b|\bbureau des eleves\b|\bjunior[- ]entreprise\b")
# "diplômée 2024", "Examen 2024 bestanden", "graduated in June 2025": a recent year makes a new graduate
_QUALIFIED_IN = rxcache.compile(r"\b(?:diplome(?:e)?s?|gediplomeerd|afgestudeerd|graduated?|examen|examiniert\w*|approbiert|laureat[oa]|"
                           r"titulad[oa]|graduad[oa]|formad[oa]|licenciad[oa]|qualified|registered|class of|promo(?:tion)?)\b"
                           r"(?: (?:en|in|em|nel|a|im|de|of|depuis|since|seit|desde|sinds|dal)?)?(?: \w+)?[ ,]*\(?((?:19|20)\d\d)\b")
THIS_YEAR = date.today().year
RECENT_YEARS = 2  # qualified this year or in the two before: newly qualified

KIND_LABEL = {"importer": "importer", "ceo": "chief executive", "executive": "director", "manager": "manager", "founder": "founder", "owner": "owner",
              "freelancer": "freelancer", "student": "student", "job_seeker": "job seeker", "recruiter": "recruiter",
              "investor": "investor", "graduate": "new graduate", "professional": "professional"}

# -- fields ------------------------------------------------------------------------------------
_ENGINEER = r"(?:engineer\w*|ingenie\w*|ingegner\w*|engenh\w*|genie|ingenieur\w*)"


def _discipline(core: str) -> str:
    """An engineering discipline with or without its "engineering": "civil engineering", "génie civil", "Bauingenieur"."""
    return (rf"\b{_ENGINEER} (?:en |in |de |em |di |of |d')?(?:genie )?(?:{core})\b|\b(?:{core})(?:[- ]?{_ENGINEER})?\b|"
            rf"\b(?:{core}){_ENGINEER}\b")


_DESIGN = r"(?:design\w*|diseno|disenador\w*|desenho|ontwerp\w*|gestaltung|gestalter\w*)"


def _kind_of_design(core: str, alone: str = "") -> str:
    """A kind of design: "graphic design", "design graphique", "Grafikdesigner"; ``alone`` words need no "design" ("UX")."""
    both = "|".join(x for x in (core, alone) if x)
    rx = (rf"\b{_DESIGN} (?:de |del |della |em |d')?(?:{both})\b|\b(?:{core})[- /]?{_DESIGN}\b|"
          rf"\b(?:{core}){_DESIGN}\b")
    return rx + (rf"|\b(?:{alone})(?:[- /]?{_DESIGN})?\b" if alone else "")


# field -> folded patterns, most specific first: a match is blanked before the next entry looks,
# so "marketing digital" is digital marketing, not marketing too. A field may come back later with
# its plainer words ("health-tech" is health before "tech" is tech; "nursing home" is a care facility
# before "nursing" is nursing). Job nouns belong to their field ("graphiste" → design, "lawyer" → legal).
_FIELD_TABLE: list[tuple[str, str]] = [
    # kinds of real estate: who builds is not who sells
    ("property development",
     r"\b(?:property|real estate|residential|housing) develop\w*|\bbuild-to-rent\b|\bpromot(?:eur|rice|or|ora|ores|oras|ore|ori)s? (?:immobili\w*|inmobiliari\w*|"
     r"imobiliari\w*|residentiel\w*|residencial\w*)|\bpromo(?:tion|cion|cao|zione)s? (?:immobili\w*|inmobiliari\w*|imobiliari\w*|residencial\w*)|"
     r"\bpromociones\b|\bsviluppat\w* immobiliar\w*|\bsvilupp[oi] immobiliar\w*|\bdevelopers? immobiliar\w*|\bprogrammes? immobiliers?\b|"
     r"\bprojektentwickl\w*|\bimmobilienentwickl\w*|\bwohnungsbauunternehm\w*|\bvastgoedontwikkel\w*|\bprojectontwikkel\w*|\bincorpora(?:dor|dora|cao|coes)\w*|"
     r"\bbautrager\w*|\bdesarroll(?:o|os|adora|ador)s? inmobiliari\w*|\bempreendimentos? imobiliari\w*"),
    # kinds of law a phrase may ask for: a criminal-law student is no business-law student
    ("business law",
     r"\bdroit des (?:affaires|societes)\b|\bdroit commercial\b|\b(?:business|corporate|company|commercial) law\b|\bderecho (?:mercantil|societario|de (?:la )?empresa)\b|"
     r"\bdiritto (?:commerciale|societario|d'impresa)\b|\bdireito (?:empresarial|societario|comercial)\b|\b(?:handels|gesellschafts|wirtschafts)recht\w*|"
     r"\bondernemingsrecht\b|\bhandelsrecht\b"),
    ("labour law",
     r"\bdroit (?:du travail|social)\b|\b(?:employment|labou?r) law\b|\bderecho (?:laboral|del trabajo)\b|\blaboralista\b|\bdiritto del lavoro\b|\bgiuslavor\w*|"
     r"\bdireito (?:do trabalho|trabalhista)\b|\btrabalhista\b|\barbeitsrecht\w*|\barbeidsrecht\w*|\bprud'?hom\w*"),
    ("tax law", r"\bdroit fiscal\b|\btax law\b|\bderecho (?:fiscal|tributario)\b|\bdiritto tributario\b|\bdireito tributario\b|\bsteuerrecht\w*|"
                r"\bbelastingrecht\w*|\btributarista\b"),
    ("criminal law", r"\bdroit penal\b|\bcriminal law\b|\bderecho penal\b|\bdiritto penale\b|\bdireito penal\b|\bstrafrecht\w*|\bpenalista\b"),
    ("estate agency",
     r"\bestate agen\w*|\brealtor\w*|\bagen(?:t|te|ts|tes|ti)s? immobili\w*|\bagentes? inmobiliari\w*|\bimmobilienmakler\w*|\bmakelaar\w*|"
     r"\bcorretor(?:a|es)? de imove\w*|\bnegociat(?:eur|rice)s? immobili\w*|\bletting agen\w*"),
    # wine, from the vine to the glass: winemakers, wineries, sommeliers, wine importers (no farming in general)
    ("wine",
     r"\bwines?\b|\bwiner(?:y|ies)\b|\bvins?\b|\bvin[oi]s?\b|\bvinhos?\b|\bwein(?!ig)\w*|\w+weine?\b|\w*weingut\w*|\bwijn\w*|\w+wijn(?:en)?\b|\w*wijngaard\w*|"
     r"\bvinic?ol\w*|\bvitivinic\w*|\bviti-?vini\w*|\bviticult\w*|\bvignobl\w*|\bvigneron\w*|\bvigne(?:to|ti)\b|\bvignaiol\w*|\bvinhas?\b|\bvinhedo\w*|"
     r"\bvinedos?\b|\bvineyards?\b|\w*winzer\w*|\bwinemak\w*|\bwine-?mak\w*|\b(?:o|oe|œ|e)nolog\w*|\benotec\w*|\benogastronom\w*|\bsommel\w*|\w+sommel\w*|"
     r"\bsumiller\w*|\bescanc(?:ao|oes)\b|\bcantin[ae]\b|\bbodegas?\b|\badegas?\b|\bcavistes?\b|\bcaves? a vins?\b|\bchefs? de cave\b|\bkellermeister\w*|"
     r"\bcantinier[ei]\b|\bvendemmi\w*|\bvendanges?\b|\bvendimias?\b|\bwset\b|\bmaster of wine\b|\bvinification\b|\bwijnbouw\b|\bweinbau\b"),
    ("brewing and spirits",
     r"\b(?:mestres?|maestros?|mastr[oi]|maitres?|masters?) (?:cervejeir|cervecer|birrai|brasseu|brew)\w*|\bhome-?brew\w*|\bbrew(?:er|ers|ery|eries|ing|master)\w*|\bbrass(?:eur|euse|eurs)\b|\bbrasserie artisanale\b|\w*brau(?:er|erei|meister)\w*|\w*brouw(?:er|erij|ster)\w*|"
     r"\bbirr[ae]\b|\bbirrai\w*|\bbirrific\w*|\bcervec\w*|\bcervej\w*|\bbeers?\b|\bbieres?\b|\bbier\b|\bcraft beer\b|\bspirits?\b|\bspiritueux\b|"
     r"\bspirituos\w*|\bdistill\w*|\bdistiller\w*|\bdestil\w*|\bdistill?eri\w*|\bgin\b|\bwhisk(?:e)?y\b|\bmixolog\w*|\bcocktail\w*|\bcoctel\w*|\bcoquetel\w*|"
     r"\bbar(?:man|men|maid|tender|tenders|keeper|keeperin)\b|\bdranken\w*|\bgetranke\w*"),
    ("coffee and tea",
     r"\bcoffee\b|\bspecialty coffee\b|\bcaffe\b(?! (?:e|&))|\bcafe (?:vert|verde)\b|\w*kaffee\w*|\w*koffie\w*|\bcacao\b|\bcocoa\b|\bkakao\b|"
     r"\btorrefa\w*|\btostador\w*|\brost(?:erei|werk)\w*|\bbaristas?\b|\bthes?\b(?= (?:et|&))|\btea\b|\bteas\b|\bthee\b|\bsaveurs d'asie\b"),
    # food and beverage in a hotel, a resort, a cruise line: its own department
    ("food and beverage",
     r"\bf ?& ?b\b|\bf&b-\w+|\bfood (?:&|and) beverages?\b|\bfood ?& ?beverage\b|\balimentos (?:y|e) bebidas\b|\ba&b\b|\bfood (?:and|&) drinks? direct\w*|"
     r"\b(?:directeu?r?s?|directrices?|direction|responsables?) de la restauration\b"),
    # tourism, the field of study and of work (hotels are hospitality, below)
    ("tourism", r"\btouris(?:m|me|mus|tic|tique|tiques|ts?)\w*|\bturism[oi]\w*|\bturistic\w*|\btoerism\w*|\btoeristi\w*|\w+tourismus\b"),
    ("hospitality",
     r"\bhospitality\b|\bhotel(?:lerie|leria|aria|iers?|iere|schul\w*|fach\w*|management)\b|\becoles? hotelieres?\b|"
     r"\bhotel (?:school|management)\b|\bhostel(?:eria|ry)\b|\balberghier\w*|\balbergh?[oi]\b|\bhoreca\b|\brestauration\b|"
     r"\bhotel\w*|\bhote(?:l|ls|is)\b|\bresorts?\b|\bhotels?\b|\b\w+hotel(?:s|lerie)?\b"),
    ("culinary",
     r"\bchefs? de (?:cuisine|cozinha|cocina|partie)\b|\b(?:head|executive|sous|pastry)[- ]chefs?\b|\bchef (?:di cucina|executive)\b|"
     r"\bjef[ea]s? de cocina\b|\bkuchenchef\w*|\bchefkoch\w*|\bchef-?kok\w*|\bcuisinier\w*|\bcozinheir\w*|\bcociner\w*|\bcuoc[ohi]\w*|"
     r"\bkoch\b|\bkochin\b|\bkok\b|\bcommis\b|\b(?:apprentice|trainee|junior|line|private|personal|sous|commis)[- ]chefs?\b|\bchefs? (?:apprenti\w*|apprentice\w*)\b|"
     r"\bcooks?\b|\bcooking\b|\bcookery\b|\bfogones\b|\bculinar\w*|\bgastronom\w*|\bcuisine\b|\bcozinha\b|\bcocina\b|\bcucina\b|\bkuche\b|"
     r"\bkeuken\b|\bpatissier\w*|\bpasticcier[ei]\b|\bconfeiteir\w*|\bpastelero\w*|\bkonditor(?:in)?\b|\bbanketbakker\w*"),
    # food aid before the food industry and banking: a "voedselbank", a "banco de alimentos", a Tafel is neither
    ("food aid",
     r"\w*voedselbank\w*|\bfood ?banks?\b|\bbanques? alimentaires?\b|\bbancos? de alimentos\b|\bbanc(?:o|hi) alimentar[ei]\b|"
     r"\bbancos? alimentar(?:es)?\b|\b(?:der |die |bei der )?tafel(?:n)?\b|\brestos du c(?:oe|œ)ur\b"),
    ("food industry",
     r"\bfood (?:industry|manufactur\w*|compan\w*|producers?|processing|brands?|retail)\b|\bfood ?&? ?drinks?\b|\bfmcg\b|\bagro-?alimentai\w*|"
     r"\bagroalimentar\w*|\bindustrie alimentaire\b|\bindustria (?:alimentaria|alimentare|alimenticia)\b|\balimentare\b|\blebensmittel\w*|"
     r"\bnahrungsmittel\w*|\bvoedingsmiddel\w*|\blevensmiddel\w*|\bfoodbedrijf\w*|\balimentos\b|\balimentari\b|\bfoods\b|\bdairy\b|\blaiterie\w*|"
     r"\bolio\b|\baceites?\b|\bazeites?\b|\bhuiles? d'olive\b|\bolive oil\b|\bolivenol\w*|\bolijfolie\w*|\boleifici\w*|\blagar\b|\bfromag\w*|\bqueso\w*|"
     r"\bqueij\w*|\bkase\b|\w*kaserei\w*|\bkaas\w*|\bformagg\w*|\bcheeses?\b|\bpasta\b|\bspices?\b|\bepices?\b|\bgewurz\w*|\bspezie\b|\bespecias\b|\bspecerij\w*|"
     r"\bconserv(?:as|eira|e)\b|\bbacalhau\b|\bmolkerei\w*|\bzuivel\w*|\blacteos\b|\blaticinios\b|\bcaseifici\w*|\bconserv(?:as|e|erie)\b|\bbrewer(?:y|ies)\b|\bbrauerei\w*|\bbrouwerij\w*"),
    ("agriculture",
     r"\bagri-?tech\b|\bag-?tech\b|\bagri(?:cult|col)\w*|\bagro\w*|\bfarm(?:s|ing)?\b|\bfermes?\b|\blandwirtschaft\w*|\blandbouw\w*|"
     r"\bakkerbouw\w*|\bveeteelt\b|\bgranjas?\b|\bfattori[ae]\b|\bfazendas?\b|\bboerderij\w*|\bbauernhof\w*|\bdairy\b|\belevage\b|"
     r"\bganaderia\b|\ballevamento\b|\bviticult\w*|\bvignobles?\b|\bweinbau\b|\bhorticult\w*|\bagrar\w*|\bagrifood\b|\bfoodtech\b"),
    ("social economy",
     r"\bsocial (?:enterprise|business|economy|impact)\w*|\bnon-?profits?\b|\bnot-for-profit\b|\bcharit(?:y|ies|able)\b|\bngos?\b|"
     r"\bfoundations?\b|\bentreprises? (?:sociales?|solidaires?|d'insertion)\b|\beconomie sociale\b|\bess\b|\bassociations?\b|"
     r"\bfondations?\b|\bong\b|\bsozial(?:unternehm|wirtschaft)\w*|\bgemeinnutzig\w*|\bstiftung\w*|\bverein\b|"
     r"\bempresas? social(?:es)?\b|\beconomia social\b|\bfundaci(?:on|ones)\b|\bsin animo de lucro\b|\bimpres[ae] social[ei]\b|"
     r"\bterzo settore\b|\bonlus\b|\bfondazion[ei]\b|\bsem fins lucrativos\b|\bfundac(?:ao|oes)\b|\bsociale onderneming\w*|"
     r"\bstichting\w*|\bgoede doel\w*"),
    ("sustainability",
     r"\bsustainab\w*|\bdurabilit\w*|\bdeveloppement durable\b|\brse\b|\bcsr\b|\besg\b|\bnachhaltig\w*|\bsostenib\w*|"
     r"\bsustentab\w*|\bduurzaam\w*|\benvironment\w*|\benvironnement\w*|\bumwelt\w*|\bmedio ?ambient\w*|\bambiental\w*|"
     r"\bambientale\b|\bmilieu\w*|\bclimat\w*|\bclimate\b|\bklima\w*|\bclima\b|\bklimaat\w*|\bcarbon\w*|\bdecarboni\w*|"
     r"\bimpact\b|\bcircular economy\b|\beconomie circulaire\b|\bkreislaufwirtschaft\b|\becolog\w*|\bokolog\w*|"
     r"\btransition (?:ecologique|energetique)\b|\benergiewende\b|\bgreen ?tech\b|\bclean ?tech\b|\bclimate ?tech\b|\brenewable\w*|"
     r"\benergies? renouvelables?\b|\berneuerbare\w*"),
    ("translation",
     r"\btranslat\w*|\btraduc\w*|\btradut\w*|\btraduz\w*|\bubersetz\w*|\bdolmetsch\w*|\binterpret(?:er|ers|ing|ariat|ation|e|i)\b|"
     r"\binterprete\b|\binterpretacion\b|\bvertaa?l\w*|\btolk\w*|\blocali[sz]ation\w*|\blokali[sz]ierung\w*|\blocalizacion\b|"
     r"\blocalizzazione\b|\blocalizacao\b|\blokalisatie\b|\bsubtitl\w*|\bsous-titr\w*"),
    ("languages",
     r"\blangues?\b|\blanguages?\b|\blenguas?\b|\blingue\b|\blinguas?\b|\bsprachen\b|\bfremdsprach\w*|\btalen\b|\bidiom[ae]s?\b|\bidiomi\b|"
     r"\blea\b|\bllce\b|\blinguisti\w*|\blanguage (?:school|teach\w*)\b|\bsprachschul\w*|\btaalschol\w*|"
     r"\bphilolog\w*|\bfilolog\w*|\bletras\b|\blettere\b|\blettres\b|\bromanisti\w*|\banglisti\w*|\bgermanisti\w*|\bliterature\b|"
     r"\blitterature\b|\bliteratura\b|\bletterature\b|\bliteratur\b|\bletterkunde\b"),
    # compounds and phrases that would otherwise be read as their parts; kinds of design before design
    ("UX design", _kind_of_design(r"interaktions|interactie|d'interaction|dell'interazione|de interacao|de interaccion|product|web|"
                                  r"experience|service",
                                  alone=r"ux|ui|ux/ui|ui/ux|usability|ux-\w+|ui-\w+|user experience|user interface|interaction|"
                                        r"interaccion|interazione|interacao|human-computer interaction|hci")
     + r"|\bgebruikersonderzoek\b|\buser research\w*|\bwebdesign\w*"),
    ("graphic design", _kind_of_design(r"kommunikations|communication|visual|visuel\w*|de communication|della comunicazione|"
                                       r"medien|media|motion|branding", alone=r"graphi\w*|grafi\w*|grafik|grafisch")
     + r"|\bvisuelle kommunikation\b|\bcomunicacao visual\b|\bcomunicacion visual\b|\btypo(?:graph\w*)?\b|"
       r"\btipograf\w*|\billustrat\w*|\bmediengestalt\w*|\bdn made\b|\bidentites? visuelles?\b|\blogos?\b"),
    ("industrial design", _kind_of_design(r"industrial|industriel|industriale|industrieel|industrie|produkt|del prodotto(?: industriale)?|"
                                          r"de produit|de producto|de produto")
     + r"|\bindustrieel ontwerp\w*|\bproductontwerp\w*"),
    ("fashion design", _kind_of_design(r"mode|moda|de moda", alone=r"fashion\w*|textil\w*") + r"|\bstylis\w*|\bcouture\b|"
     r"\b(?:mode|moda) (?:&|and|en|und|e|y|et) design\b"),  # "Mode & Design (hbo)", "Moda e Design": fashion design
    ("interior design",
     _kind_of_design(r"interieur|d'interieur|d'interni|de interiores|innen|interni", alone=r"interior\w*") +
     r"|\barchitecture d'interieur\b|\barchitecte d'interieur\b|\binnenarchitekt\w*|\binteriorism\w*|\bdecorat\w*|\barredament\w*"),
    # art and creative directors lead the look of campaigns, films or shows: their own field, whatever the employer
    ("art direction",
     r"\b(?:art|creative) ?direct(?:or|ors|orin|orinnen|ion)\b|\bexecutive creative\b|\bcreative leads?\b|\bdirect(?:eur|rice|eurs|rices) (?:artistique|de (?:la )?creation)s?\b|"
     r"\bdirection (?:artistique|de (?:la )?creation)\b|\bdirect(?:or|ora|ores|oras) (?:de arte|creativ[oa]s?|de creatividad|de creacion)\b|"
     r"\bdireccion (?:de arte|artistica|creativa)\b|\bdiret(?:or|ora|ores|oras) (?:de arte|de criacao|criativ[oa]s?|artistic[oa]s?)\b|\bdirecao (?:de arte|de criacao|artistica)\b|"
     r"\bdirett(?:ore|rice|ori) (?:artistic[oa]|creativ[oa]|creativi)\b|\bdirezione (?:artistica|creativa)\b|\bkreativ-?direkt\w*|\bartdirect\w*|"
     r"\bcreatief directeur\b|\bcreative directeur\b|\bart-?direkt\w*|\bkunstlerische[rn]? leit\w*"),
    ("photography", r"\b(?:product|food|packshot) photo\w*|\bphotograph\w*|\bfotogra\w*|\bphoto\b|\bfoto\b"),
    ("film and video",
     r"\bvideo\w*|\bvideogra\w*|\bfilm\w*|\bcinema\w*|\bcineast\w*|\bmontage\b|\bmontador\w*|\bmontat(?:ore|rice|ori|rici)\b|\bcutter(?:in)?\b|"
     r"\baudiovisu\w*|\beditorin(?:nen)?\b|\bmonteuses?\b|\bmonteurs? (?:image|video|film|truquiste)s?\b|\bkino\w*|"
     r"\bdocumentar\w*|\banimation\b|\banimator\w*|\bregisseu\w*|\bregista\b|\bdirector of photography\b|\brealisat(?:eur|rice)\b"),
    ("art",
     r"\bartisti\w*|\bart\b|\barts\b|\barte\b|\bkunst\w*|\bbell[ae]s? art[ei]s?\b|\bbeaux-arts\b|\bbelas artes\b|\bbelle arti\b|\bfine arts?\b|"
     r"\bpeint(?:re|ure)\b|\bpintur\w*|\bsculpt\w*"),
    ("design",
     r"\b\w+design\w*|\b\w+gestaltung\b|\bgestalter(?:in)?\b|\bmedia design\w*|\bdesign\w*|\bdisen[oa]\w*|\bdesenh\w*|\bontwerp\w*"),
    ("creative work",
     r"\bcreati(?:ve|f|fs|ves)\b|\bcreative\w*|\bcreativ[oa]s?\b|\bkreativ\w*|\bcreatie\w*|\bindustries? creatives?\b|"
     r"\bindustrias? creativas?\b|\bkultur- und kreativwirtschaft\b"),
    ("multimedia", r"\bmmi\b|\bmultimedi\w*|\bnew media\b|\bcmd\b|\bmetiers du multimedia\b"),
    ("clinical research",
     r"\bclinical (?:research|trials?|operations|development|studies)\b|\bclinical research associate\w*|\bessais? cliniques?\b|"
     r"\brecherche clinique\b|\boperations cliniques\b|\bklinische (?:forschung|studien|prufung\w*)\b|\binvestigacion clinica\b|"
     r"\bensayos? clinicos?\b|\bricerca clinica\b|\bsperimentazion\w* clinic\w*|\bpesquisa clinica\b|\bensaios? clinicos?\b|"
     r"\bklinisch onderzoek\b|\bmonitor(?:a)? (?:de ensayos|clinic\w*)\b"),
    ("health",
     r"\bhealth-?tech\w*|\bhealth-?care\b|\be-?health\b|\bdigital[- ]health\b|\be-?sante\b|\bsante (?:numerique|connectee)\b|"
     r"\bsalud digital\b|\bsalute digitale\b|\bsaude digital\b|\bdigitale zorg\b|\bmed-?tech\b|\btelemedic\w*|\btelesante\b|"
     r"\bteleconsult\w*|\btelemonitoring\b|\btelesurveillance\b|\btelemedizin\b|\bdigital-health\w*"),
    ("healthcare facility",
     r"\bnursing homes?\b|\bcare homes?\b|\bhopita(?:l|ux)\b|\bhospita(?:l|ls|ux|is)\b|\bospedal[ei]\b|\bazienda ospedaliera\b|\bchu\b|"
     r"\bcentre hospitalier\b|\bclini(?:c|cs|que|ques|ca|cas|ek|eken)\b|\bklinik(?:en|um)?\b|\bkrankenhaus\w*|\bziekenhui(?:s|zen)\b|"
     r"\bkreisklinik\w*|\buniklinik\w*|\bklinikverbund\b|\bpoliklini\w*|\bpraxis\b|\bpraktijk\b|"
     r"\bconsultorio\w*|\bambulatori[oa]\b|\bcabinet (?:medical|dentaire|veterinaire|de kinesitherapie)\b|\bcentro de salud\b|\bcentro de saude\b|\behpad\b|"
     r"\bresidencia\b|\baltenheim\w*|\bpflegeheim\w*|\bverpleeghuis\w*|\bzorggroep\w*"),
    # health professions, each its own field (a medical student is no nursing student)
    ("care assistance",
     r"\baides?-soignant\w*|\bauxiliar(?:es)? de enfermeria\b|\btcae\b|\btecnic[oa]s? (?:de |em )?enfermagem\b|\bauxiliar de enfermagem\b|"
     r"\boperat(?:ore|rice|ori) socio-?sanitari\w*|\bpflegehelfer\w*|\bpflegeassist\w*|\bverzorgende\w*|"
     r"\b(?:healthcare|nursing|care) assistants?\b|\bcare workers?\b|\bauxiliaire de (?:vie|puericulture)\b|"
     r"\baltenpflegehelfer\w*"),
    ("veterinary", r"\bmedecine veterinaire\b|\bmedicina veterinaria\b|\bveterinary medicine\b|\bsante animale\b|\banimal health\b|\w*tiergesundheit\b|"
                   r"\bdiergezondheid\b|\b(?:sanidad|salud) animal\b|\bsalute animale\b|\bsaude animal\b|\w*tierarzneimittel\w*|\bdiergeneesmiddel\w*|"
                   r"\b(?:farmaci|medicamentos?|medicaments?|medicines?|medicinali) (?:per uso |de uso |para uso )?veterinari\w*|\bveterinary (?:medicines|pharma\w*|drugs)\b|"
                   r"\bveterin\w*|\btierarzt\w*|\btierarzti\w*|\btiermedizin\w*|\bdieren(?:arts|kliniek|artspraktijk)\w*|"
                   r"\bdiergeneeskund\w*|\bvet(?:erinary)? (?:school|surgeon|nurse)\b|\bkleintier\w*|\bgrosstier\w*"),
    ("nursing",
     r"\bnurs(?:e|es|ing)\b|\benfermagem\b|\benfermeria\b|\binfermieristic\w*|\binfirmi(?:er|ere)s?\b|\benfermer[oa]s?\b|"
     r"\binfermier[ei]\b|\binfermiera\b|\benfermeir[oa]s?\b|\bkrankenpfleg\w*|\bkrankenschwester\w*|\bgesundheits- und krankenpfleg\w*|"
     r"\bpflege\w*|\baltenpfleg\w*|\bverpleeg\w*|\bverpleg\w*|\bsoins infirmiers\b|\bifsi\b|\bibode\b|\biade\b|\bhbo-?v\b|\bmbo-?v\b|"
     r"\bdirect(?:eur|rice|ion)s? des soins\b|\bcoordonnat(?:eur|rice)s? general(?:e)?s? des soins\b|\bcadre de sante\b|\bbsn\b|"
     r"\bpfleger(?:in|innen)?\b|\bmidwi(?:fe|ves|fery)\b|\bsages?-femmes?\b|\bhebamme\w*|\bverloskund\w*|\bostetric\w*"),
    ("pharmacy", r"\bpharma(?:c|cie|cien|cienne|cist|cists|cy|cies|ceut)\w*|\bfarmac\w*|\bapothek\w*|\bapothe(?:ek|ker)\w*|\bpharmazie\w*"),
    ("physiotherapy",
     r"\bphysio\w*|\bfisio\w*|\bfysio\w*|\bkine(?:s)?\b|\bkinesither\w*|\bkinesiterap\w*|\bmasseur-kine\w*|\bmasso-?kine\w*|\bkrankengymnast\w*|\bifmk\b|\bk[1-4]\b"),
    ("occupational therapy",
     r"\bergotherap\w*|\boccupational therap\w*|\bterapia ocupacional\b|\bterapeutas? ocupaciona\w*|\bterapist[ai] occupazional\w*|\bterapia occupazionale\b|"
     r"\bergoterap\w*"),
    ("osteopathy", r"\bosteopat\w*|\bosteo\b"),
    ("speech therapy", r"\blogop(?:ed|ad)\w*|\bspeech (?:and language )?therap\w*|\borthophon\w*|\bfonoaudiolog\w*|\bterapia da fala\b|\bterapeutas? da fala\b"),
    ("dentistry", r"\bdentist\w*|\bdentaire\w*|\bdental\w*|\bdentari\w*|\bodontolog\w*|\bzahn\w*|\btandarts\w*|\bchirurgien-dentiste\b"),
    ("psychology", r"\bpsycholog\w*|\bpsicolog\w*|\bpsychotherap\w*|\bpsicoterap\w*"),
    ("nutrition", r"\bnutri\w*|\bdieti\w*|\bdietet\w*|\bernahrung\w*|\bvoeding\w*|\bdietist\w*"),
    ("medicine",
     r"\bmedecin\w*|\bmedic\w*|\bmedisch\w*|\bmedizin\w*|\bzahnmedizin\w*|\bgeneeskund\w*|\barzt\b|\barztin\b|\barztlich\w*|\b\w+arzt\b|\bdoctors?\b|\bphysicians?\b|"
     r"\bsurgeon\w*|\bsurgical\b|\bchirurg\w*|\bhuisarts\w*|\bbasisarts\w*|\bartsen?\b|\bmbbs\b|\bpediatr\w*|\bpaediatr\w*|\bcardiolog\w*|"
     r"\bradiolog\w*|\bpsychiatr\w*|\boncolog\w*|\banesthe\w*|\bdokters\w*|\bspecializzand\w*|\bmedico\b|\bmedica\b|\bmediziner\w*|"
     r"\binterne geneeskunde\b|\bmedicina interna\b|\burgences\b|\burgencias\b|\bemergency medicine\b|\bcoschap\w*|\bfamulatur\b|"
     r"\bexterne en medecine\b"),
    ("music",
     r"\bmusi(?:c|que|ca|k|ek|ci|cal|cian|cians|cien|ciens|cienne|ciennes|co|ker|kerin|sta|ste|ico|icos|cista)\w*|\bmuziek\w*|\bmu(?:z|s)ikant\w*|\bconserva(?:toire|torio|torium)\w*|"
     r"\bkonservatori\w*|\bsingers?\b|\bsinger-songwriter\w*|\bsongwriter\w*|\bcompos(?:er|iteur|itrice|itor|itore)\w*|\bkomponist\w*|\bchanteu\w*|"
     r"\bcantant\w*|\bsanger(?:in)?\b|\bzanger\w*|\bpianist\w*|\bviolin\w*|\bguitar\w*|\bguitarr\w*|\bgitar\w*|\bdrummer\w*|\bdj\b|\borchest\w*|"
     r"\bopera\b|\bconcert\w*|\bconcierto\w*|\bkonzert\w*|\bconcerti\b|\bshows? (?:booker|programm\w*)\b|\bbookers?\b|\bprogrammat(?:eur|rice)s?\b|"
     r"\brecord labels?\b|\blabels?\b(?! (?:bio|rouge|qualite|prive|privado|privato|private))|\bplattenlabel\w*|\bdiscograf\w*|\bgravadora\w*|"
     r"\bplatenlabel\w*|\bmaisons? de disques?\b|\brecords\b|\bmixage\b|\bmastering\b|\bingenieur du son\b|\bsound engineer\w*|\btontechnik\w*"),
    ("sports club",
     r"\bclubs? (?:sporti\w*|deporti\w*|nautique|hippique|omnisports)\b|\bsports? clubs?\b|\bclubs?\b|\bclubes?\b|\bclub-\w+|\b\w+club(?:s|e)?\b|"
     r"\b\w*(?:sport|fussball|turn|ruder|tennis|golf|hockey|reit|segel|schwimm|ski|voetbal|korfbal|zwem|roei|wieler|atletiek|volleybal|handbal)"
     r"(?:verein|vereniging)\w*|\bpolisportiv\w*|\bcircol[oi] (?:\w+ )?(?:tennis|golf|nautic\w*|sportiv\w*|canottier\w*|ippic\w*|scherma|della vela|vela)\b|\bsocieta sportiv\w*|\bassociazione sportiva\b|\bsportverein\w*"),
    ("sport",
     r"\bsports?\b|\bsport\w*|\bdeportes?\b|\bdeportiv\w*|\bsportiv\w*|\bdesport\w*|\bfitness\w*|\bathlet\w*|\bstaps\b|\bkinesiolog\w*|"
     r"\bcalcio\b|\bfootball\w*|\bfussball\w*|\bfutbol\b|\bfutebol\b|\bvoetbal\w*|\brugby\b|\btennis\b|\browing\b|\bvolleyball\b|\bhandball\b|"
     r"\bbasket\w*|\bnatation\b|\bswimming\b|\bschwimm\w*|\bcycling\b|\bturnverein\w*|\bruderverein\w*|\bruderclub\w*"),
    # universities and adult education are no schools: a rector magnificus or the head of a Volkshochschule runs no school
    ("adult education",
     r"\bvolkshochschul\w*|\berwachsenenbildung\b|\bweiterbildung\w*|\borganismes? de formation\b|\bformation (?:professionnelle|continue|pour adultes)\b|"
     r"\bcentres? de formation\b|\bformazione (?:professionale|continua|per adulti)\b|\bent[ei] di formazione\b|\bformacion (?:continua|para adultos)\b|"
     r"\bformacao (?:profissional|continua)\b|\bcentros? de forma(?:cion|cao)\b|\bvolwassenenonderwijs\b|\bopleidingscentrum\b|\badult education\b|"
     r"\bcontinuing education\b|\btraining (?:company|provider|centre|center)s?\b"),
    ("higher education",
     r"\bunivers(?:it|id)\w*|\buni\b|\b\w*hochschul\w*|\bhogeschol\w*|\bhogeschool\w*|\bfacult(?:y|ies|e|es|ad|ades)\b|\bfakultat\w*|\bfacolta\b|\bfaculdade\w*|"
     r"\bfaculteit\w*|\bpolitecnic[oa]\b|\bpolytechni\w*|\bateneo\b|\b(?:graduate|law|medical|film|art|music|dance|drama|design|coding|driving) schools?\b|"
     r"\bschools? of \w+|\bcampus\b|\brector magnificus\b|\bhigher education\b|\benseignement superieur\b|\bensenanza superior\b|\bensino superior\b|"
     r"\bhoger onderwijs\b"),
    ("digital marketing",
     r"digital(?:es)? marketing|marketing (?:digital|numerique|online|en ligne|digitale)|web-?marketing|e-?marketing|online-?marketing|"
     r"\bperformance market\w*|\bgrowth\b|\bseo\b|\bsea\b|\bsem\b|\bsocial (?:media|ads)\b|\breseaux sociaux\b|\bredes sociales\b|"
     r"\bsocial-?media\w*|\bsociale media\b|\bcommunity manag\w*|\btraffic manag\w*|\binbound\b|\bemailing\b|marketing automation|"
     r"\bcontent marketing|marketing de contenu|\bcontent strateg\w*|strategie de contenu|\bacquisition\b|\bsocial selling\b|"
     r"\bmidias sociais\b|\bsocial ?ads\b|\bgoogle ads\b|\bmeta ads\b|\bpaid (?:social|search|media|ads)\b|\btiktok ads\b|\bnetlinking\b|"
     r"\bsearch engine\w*|\btrafego pago\b|\bposiciona\w*|\bdemand gen\w*|\blead gen\w*|\bsocial media\b"),
    ("ecommerce",
     r"\be-?commerce\b|\bcommerce en ligne\b|\bcomercio electronico\b|\bcommercio elettronico\b|\bcomercio eletronico\b|\bonline-?handel\b"),
    ("customer service",
     r"\bcustomer (?:service|care|support|experience)\b|\bservice client\w*|\bsupport\b|\bkundenservice\b|\bkundendienst\b|"
     r"\batencion al cliente\b|\bassistenza clienti\b|\batendimento\b|\bklantenservice\b|\bsuporte\b|\bhelpdesk\b"),
    ("advertising",
     r"\badvertising\b|\bpublicite\b|\bpublicidad\b|\bpubblicita\b|\bpublicidade\b|\bwerbung\b|\bwerbe\w*|\breclame\w*|\badtech\b|"
     r"\bpublicitai?r\w*|\bpubblicitari\w*|\bad agenc(?:y|ies)\b|\bagences? de pub\b|\badv\b|\bads\b|\bpubli\b|"
     r"\bpropaganda\b|\bmedia ?buy\w*"),
    ("marketing",
     r"marketing\w*|\bmercadotecnia\b|\bmercadeo\b|\bmarketeer\w*|\bmarketer\w*|\bbrand(?:ing)?\b|\bmarque\b|\bmarca\b|\bmarke\b|"
     r"\bmarken\w*|\bcontent\b|\bcontenu\b|\bcontenido\b|\bcontenuti\b|\bconteudo\b|\bmkt\b|\bmartech\b"),
    ("communication",
     r"communication\w*|\bcomms?\b|\bcommunicatie\w*|\bcomunica(?:cion|zione|cao|coes|ciones)\b|\bcomunicazioni\b|kommunikation\w*|"
     r"\binfo-?com\b|\bpublic relations\b|\brelations? (?:presse|publiques|medias)\b|\battache(?:e)? de presse\b|\brelaciones publicas\b|"
     r"\bpubbliche relazioni\b|\brelacoes publicas\b|\boffentlichkeitsarbeit\b|\bpresse(?:sprecher|referent)\w*|\bpr-?(?:manager|berater|referent)\w*|"
     r"\bcomunicador\w*|\bufficio stampa\b"),
    ("publishing",
     r"\bverlag\w*|\b\w+verlag(?:e|es|s)?\b|\bpublish(?:ing|er|ers)\b|\bmaisons? d'edition\b|\beditions\b|\beditorial(?:es)?\b(?! (?:design|photo\w*))|"
     r"\beditora\w*|\bcasa editrice\b|\bedizioni\b|\buitgever\w*|\bboekuitgeverij\w*"),
    ("events",
     r"\bevent\w*|\bevenementiel\w*|\bwedding\w*|\bmariages?\b|\bbodas?\b|\bmatrimoni\w*|\bcasamentos?\b|\bhochzeit\w*|\bbruiloft\w*|\btrouw(?:en|planner)\w*|"
     r"\beventos?\b|\beventi\b|\bevenement\w*|\bveranstaltung\w*|\bcongres\w*|\bkongress\w*|\bmice\b"),
    ("journalism",
     r"\bjournalis\w*|\bperiodis\w*|\bgiornalis\w*|\bjornalis\w*|\bredakt\w*|\bredact(?:eur|rice|or|ora|ie)\w*|\bredattore\b|"
     r"\breporter\w*|\bcorrespondent\w*|\bkorrespondent\w*|\bcorrespons(?:al|ales)\b|\bcorrispondent\w*|\bcronista\b|\bverslaggever\w*|"
     r"\bvolontar(?:in|e|s)?\b|\bnewsroom\w*|\bnewspapers?\b|\bdiario\b|\bperiodico\b|\bjornal\b|\b\w*zeitung\b|\bkrant\w*|\bgiornale\b|\bdagblad\w*|"
     r"\bquotidien\b|\bredazion\w*|\bredaccion\b|\bredacao\b|\bredactie\w*|\bmedia\b|\bmedien\w*"),
    ("relationship management",
     r"\brelationship manag\w*|\bcharge(?:e)?s? d'affaires (?:professionnel|entreprise|pro)\w*|\bcharge(?:e)?s? de clientele\w*|"
     r"\bconseill(?:er|ere)s? (?:clientele )?(?:professionnels?|entreprises?)\b|\bgestor(?:a|es|as)? de (?:empresas|clientes|banca)\b|"
     r"\bejecutiv[oa]s? de (?:banca|cuentas)\b|\w*kunden(?:berat|betreu)\w*|\bgest(?:ore|rice|ori) (?:corporate|imprese|clienti|aziende|small business|pmi|retail|affari)\b|"
     r"\bgerente de relacionamento\b|\bgestor(?:a)? de contas\b|\brelatiebeheer\w*|\baccount ?manag\w*|\bkey account\w*|\baccount execut\w*|\bbanca (?:de empresas|corporativa)\b|"
     r"\bbusiness banking\b|\bcorporate banking\b"),
    ("sales",
     r"\bsales\w*|sales\b|\bsdrs?\b|\bbdrs?\b|\bventes?\b|\bcommerci(?:al|ale|aux|ales)\b|\bcomercial(?:es)?\b|\bcommercieel\b|\bvendite\b|\bvendas\b|"
     r"\bventas\b|vertrieb\w*|verkauf\w*|\bverkoop\w*|\bbusiness develop\w*|\bbiz ?dev\b|\baccounts?\b|\baccount (?:manag|execut)\w*|"
     r"\bkey account\w*|\bcharge(?:e)? d'affaires\b|\bingenieur(?:e)? d'affaires\b|\brevenue\b|\bcustomer success\b|\bretail\b|"
     r"\b(?:gerente|gestor[a]?) de contas\b|\bfirmenkunden\w*|\bvendedor\w*|\bvendeu(?:r|se)s?\b|\bcommessa\b"),
    ("hr",
     r"\bhr\b|\bhrbp\b|\brh\b|\brrhh\b|\bgrh\b|\bhrm\b|\bhuman resources?\b|\bressources humaines\b|\brecursos humanos\b|\brisorse umane\b|"
     r"personal(?:leit|wesen|abteil|referent|manag|entwickl|beratung|chef|direktor|wirtschaft)\w*|"
     r"\b(?:leiter(?:in)?|leitung|bereichsleiter(?:in)?|referent(?:in)?) personal\b|\bpersonal (?:&|und) (?:organisation|recht|verwaltung)\b|\bpersoneel\w*|\bp&o\b|"
     r"\b(?:jef[ea]|director[a]?|responsable|gerente|departamento|dpto\.?) (?:de |del )?personal\b|\b(?:del|direttore del|direttrice del) personale\b|"
     r"\bdepartamento (?:de )?pessoal\b|(?<!\d )\bpeople\b(?= *(?:&|and|ops|operations|partner|culture|team|$))|"
     r"(?<!\d )\b(?:pessoas|personas|persone|mensen|gente)\b(?= *(?:&|e|y|en|cultura|$))|\bpeople (?:&|and) cultur\w*|"
     r"\btalent (?:acquisition|management|development|partner)\b|\bchief people\b|\bpeople (?:officer|director|lead|partner)\w*|"
     r"\b(?:head|vp|director|directrice|directeur|directora|direktor\w*) (?:of )?people\b|\bpersonal(?:vorst|leit|direkt|chef)\w*|"
     r"\brecrut\w*|\brecruit\w*|\breclut\w*|\bhuman capital\b|\bhr-\w+|\bpersonnel\b"),
    ("accounting",
     r"\bcomptab\w*|\baccountan\w*|\baccounting\b|\bcontab\w*|\bcontadur\w*|\bragioner\w*|\bbookkeep\w*|\bboekhoud\w*|\bbuchhalt\w*|\bbuchfuhr\w*|\bboekhoud\w*|\brechnungswesen\b|"
     r"\bexpert(?:e)?-?comptable\b|\bcommissaire aux comptes\b|\bwirtschaftsprufer\w*|\bregisteraccountant\w*|\bcommercialist\w*|"
     r"\bcontador(?:a|es)?\b|\bcontroladoria\b|\bsteuerberat\w*|\bgestionnaire de paie\b|\bpayroll\b|\bnominas\b|\bpaghe\b|"
     r"\blohnbuchhalt\w*|\bsalarisadministra\w*|\bfolha de pagamento\b"),
    ("social work",
     r"\bmaatschappelijk(?:e)? (?:werk\w*|dienstverlening)\b|\bmwd\b|\bsociaal (?:werk\w*|wijkteam\w*)|\bsociale wijkteam\w*|\bsocial work\w*|"
     r"\bsocial services?\b|\bservices? sociaux\b|\bservice social\b|\bassistant(?:e)?s? (?:de service )?socia(?:l|le|les|ux)\b|"
     r"\btravail(?:leu(?:r|se)s?)? social\w*|\btrabaj\w* social(?:es)?\b|\bservicios sociales\b|\bsozialarbeit\w*|"
     r"\bsoziale(?:n)? (?:arbeit|dienste?)\b|\bsozialpadagog\w*|\bassistent[ei] social[ei]\b|\bservizi[oa]? social[ei]\b|"
     r"\bassistentes? socia(?:l|is)\b|\bservico social\b|\bacao social\b|\bnqsw\b"),
    ("banking",
     r"\bbank(?:ing|er|ers|en|kauf\w*|s)?\b|\b\w+bank(?:en)?\b|\bbanques?\b|\bbanco\b|\bbancos\b|\bsparkasse\w*|\bvolksbank\w*|\braiffeisen\w*|"
     r"\bcajas? (?:rural\w*|de ahorros?)\b|\bcaixa (?:geral|economica|agricola)\b|\bcass[ae] di risparmio\b|\bcredit (?:agricole|mutuel|cooperatif|regional\w*)\b|"
     r"\bcaisse d'epargne\b|\bbanque\b|\bbancari[oa]\b|\bbanca(?: privada| privata)?\b|\bbancaire\b|\bbankier\w*|"
     r"\bprivate bank\w*|\bcredit\b|\bcredito\b|\bkredit\w*|\bmortgage\w*|\bhypothe\w*|\bfirmenkunden\w*"),
    ("finance",
     r"\b(?:fin|insur|reg|wealth)-?tech\w*|\bpayments?\b|\bpaiements?\b|\bpagos\b|\bpagamenti\b|\bpagamentos\b|\bzahlungs\w*|"
     r"\bbetalingen\b|"
     r"\bfinan(?:c|z|s)\w*|finanz\w*|"
     r"\bcontrolling\b|\bcontroller\b|\bcontrole de gestion\b|\bcontrollo(?: di gestione)?\b|\bamministrazione e controllo\b|"
     r"\baudit\w*|\btreasur\w*|\btresorerie\b|\btesorer\w*|\bfiscal\w*|\btax\b|\bsteuer\w*|\bimpots?\b|\bimpuestos\b|"
     r"\binvestment\w*|\binvestissement\w*|\bbelegging\w*|\bmercados? financeiros?\b|\bcorporate finance\b|\bm&a\b|\bfp&a\b|"
     r"\bactuar\w*|\binsurance\b|\bassurances?\b|\bseguros\b|\bassicurazion\w*|\bversicherung\w*|\bverzeker\w*"),
    ("data",
     r"\bdata[- ]scien\w*|\bdata[- ]architect\w*|\bdata[- ]engineer\w*|\bscience des donnees\b|\bcienci?as? de (?:los )?datos\b|\bciencias? de dados\b|\bscienz[ae] dei dati\b|"
     r"\bdatawetenschap\w*|\banalyse de donnees\b|"
     r"\bdata\b|\bdata-?\w+|\bdonnees\b|\bdatos\b|\bdati\b|\bdados\b|\bdaten\w*|\banalytics\b|\bbusiness intelligence\b|"
     r"\bmachine learning\b|\bdeep learning\b|\bintelligence artificielle\b|\bartificial intelligence\b|\bstatisti\w*|\bestadisti\w*|"
     r"\bestatisti\w*|\bdatenanaly\w*|\bml\b|\bnlp\b|\bmlops\b"),
    # tech: software development, IT operations, security; then tech of no stated kind (computer science, IT)
    # guarding sites and people, safety at work: no cybersecurity
    ("safety and security",
     r"\bsurete\b|\bsecurite (?:des (?:sites|biens|personnes)|physique|incendie|au travail|privee)\b|\bgardiennage\b|\bwerkschutz\b|"
     r"\bobjektschutz\b|\bsicherheitsdienst\w*|\barbeitssicherheit\b|\bwachschutz\b|\bseguridad (?:privada|fisica|laboral|patrimonial|industrial)\b|"
     r"\bvigilan(?:cia|za)\b|\bsicurezza (?:fisica|sul lavoro|aziendale|sussidiaria)\b|\bvigilanza\b|\bseguranca (?:patrimonial|do trabalho|privada|fisica)\b|"
     r"\bbewaking\w*|\bbeveiligingsbedrijf\w*|\bbeveiligers?\b|\bhealth (?:and|&) safety\b|\bhse\b|\bphysical security\b|\bsecurity guards?\b|"
     r"\bloss prevention\b|\bsite security\b|\bcorporate security\b|\bsecurite civile\b|\bprotection civile\b|\bbrandschutz\w*"),
    ("cybersecurity",
     r"\bcyber\w*|\bciber\w*|\b(?:it[- ]|information |informatie|informations)?(?:security|securite informatique|sicherheit|beveiliging)\b|"
     r"\bsecurite (?:des systemes d'information|du si|de l'information|des si)\b|\bseguridad (?:de la informacion|de la informatica|informatica|de (?:los )?sistemas)\b|"
     r"\bsicurezza (?:delle informazioni|informatica|dell'informazione|it|ict)\b|\bseguranca (?:da informacao|informatica|de ti)\b|\bciberseguran\w*|"
     r"\bpentest\w*|\bpenetrationstest\w*|\bsoc(?:-| )analy\w*|\bethical hack\w*|\bhacking etico\b|\bmalware\b|\bisms\b|\biso 27001\b"),
    ("software development",
     r"\bsoftware(?:-?(?:engineer|entwickl|ontwikkel|develop)\w*)?|\blogiciel\w*|"
     r"\bdevelop(?:er|ers|peur|peuse)\b|\bdeveloppeu(?:r|se)s?\b|\bdesarrollador\w*|\bdesarrollo (?:de software|web)\b|\bsviluppat(?:ore|rice|ori|rici)\b|"
     r"\bsviluppo software\b|\bdesenvolvedor\w*|\bdesenvolvimento (?:de software|web)\b|"
     r"\b(?:software|web|app|frontend|backend|front-end|back-end|full-?stack|java|python|spiele|game|ios|android)?-?entwickler(?:in|innen)?\b|"
     r"\b(?:software|web|app|spiele|backend|frontend)-?entwicklung\b|\bsoftware[- ]architect\w*|\bontwikkelaar\w*|\bsoftwareontwikkel\w*|"
     r"\bfull-?stack\b|\bback-?end\w*|\bfront-?end\w*|\bmobile (?:dev|app)\w*|\bios\b|\bandroid\b|"
     r"\bprogrammeu(?:r|se)s?\b|\bprogrammer\w*|\bprogramad\w*|\bprogrammat(?:ore|rice|ori)\b|\bprogrammier\w*|\bcoding\b|\bcoder\b|\bweb ?dev\w*|"
     r"\bengineering manager\b|\bdevops\b"),
    ("IT operations",
     r"\bsysadmin\w*|\badmin(?:istrat(?:eur|rice)s?)? ?sys(?:teme?s?)?\b|\badministrador(?:a|es|as)? de (?:sistemas|redes)\b|"
     r"\bamministrat(?:ore|rice|ori) di (?:sistem[ai]|rete)\b|\bsysteembeheer\w*|\bsystemadministrator\w*|\breseaux\b|\bredes\b|\blinux\b|"
     r"\bwindows server\b|\bactive directory\b|\bsystemes? et reseaux\b|\badministrat(?:eur|rice)s? (?:systemes?|reseaux?)\b|\binfrastructure\w*|\bcloud\b|"
     r"\bit[- ]support\b|\bsupport informatique\b|\bsoporte (?:tecnico|informatico)\b|\bsuporte (?:de ti|tecnico)\b|\bhelpdesk\b|"
     r"\bnetwork (?:engineer|admin)\w*|\breseaux informatiques\b|\bnetzwerk(?:technik|administra\w*)\b|\bredes informaticas\b|\bsystemadministra\w*|\bsistemist\w*|"
     r"\btecnico (?:informatico|de sistemas|de soporte)\b|\bservice desk\b|\bit-?beheer\w*|\bsystem engineer\w*|\bsre\b|"
     r"\b(?:solutions?|enterprise|cloud|it|systems?|infrastructure) architect\w*"),
    ("tech",
     r"\bcomputer scien\w*|\bcienci?as? (?:de la |da )?computa\w*|\binformati(?:que|ca|k|cien|cienne|on technology)\w*|\w+informatik\w*|"
     r"\bingenieria informatica\b|\bingegneria informatica\b|\bengenharia (?:de computacao|informatica)\b|"
     r"\btech\b|\btechnolog\w*|\btechniques?\b|\btechnical\b|\btecnic[oa]s?\b|\btecnolog\w*|\btechni(?:sch|k|ek|sche|scher)\b|"
     r"\bsystemes d'information\b|\bsistemas de informa\w*|\bict\b"),
    # engineering disciplines ("génie civil", "Maschinenbau"), then engineers of no stated discipline
    ("civil engineering", _discipline(r"civil\w*|genie civil|bau|bauunternehm\w*|baufirma|baugewerbe|bauwesen|hochbau|tiefbau|"
                                      r"bouwkunde|bouwbedrijf\w*|wegenbouw|travaux publics|btp|construction\w*|construc(?:cion|ciones|tora|toras)|"
                                      r"costruzion\w*|construcao|construcoes|construtora\w*|edil\w*|bouw|obras")),
    ("mechanical engineering", _discipline(r"mechanical|mecanique|mecanica|meccanica|maschinenbau\w*|werktuigbouw\w*|mechatroni\w*|"
                                           r"mecatroni\w*|meccatroni\w*")
     # robotics as a course of engineering ("Robotics Engineering", "ingegneria robotica"), not robots maintained
     + r"|\brobotics engineering\b|\b(?:ingegneria|ingenieria|engenharia|engineering|genie) (?:en |de |della |di |em |in )?robotic\w*"),
    ("electrical engineering", _discipline(r"electri\w*|electroni\w*|elettric\w*|elettroni\w*|eletric\w*|eletroni\w*|"
                                           r"elektrotechni\w*|elektroni\w*|elektro")),
    ("industrial engineering", _discipline(r"industri\w*|production|produktion|produccion|produzione|producao|productie|qualit\w*|"
                                           r"quality")),
    # chemical engineering: "engineering" said, or the adjective alone ("chemical", "chimique"); the science itself
    # (chimie, Chemie, química, chimica, scheikunde) is chemistry, below
    ("chemical engineering", rf"\b{_ENGINEER} (?:en |in |de |em |di |of |d')?(?:genie )?(?:chemical|chimi(?:e|que|ca)|chemie|quimica|chemische?)\b|"
                             rf"\b(?:chemical|chimi(?:e|que|ca)|chemie|quimica|chemische?)[- ]?{_ENGINEER}\b|\b(?:chemical|chimique|chemische?)\b|"
                             rf"\bchemie{_ENGINEER}\b|\bgenie chimique\b"),
    ("chemistry", r"\bchemistry\b|\bchimie\b|\bchemie\w*|\bquimica\b|\bchimica\b|\bscheikunde\w*|\w+chemie\b|\b(?:scienze|sciences|ciencias|ciencia|chemical sciences) (?:chimiche|chimiques|quimicas)\b|"
                  r"\bchemical sciences\b|\bchemist(?:s|in)?\b|\bchimist[ei]\b|\bquimic[oa]s\b|\bchimiste\w*|\bscheikundige\w*"),
    ("materials science", r"\bmaterials? (?:science|engineering)\w*|\bsciences? des materiaux\b|\bmaterialwissenschaft\w*|\bwerkstoff\w*|"
                          r"\bciencias? (?:de (?:los )?)?materiales\b|\bscienz[ae] (?:e tecnologia )?dei materiali\b|\bciencias? (?:e tecnologia )?(?:dos |de )?materiais\b|"
                          r"\bmateriaalkunde\b|\bmateriaalwetenschap\w*|\bmaterials scientists?\b"),
    ("engineering",
     r"\bengineer\w*|\bingenie(?:ur|ure|urs|ria|ro|ra)s?\b|\bingenieur\w*|\bingegner\w*|\bengenh\w*|\bbureau d'etudes\b|\bgenie\b"),
    ("architecture",
     r"\b[mb]\.? ?arch\b|\barchitect\w*|\barchitett\w*|\barquitect\w*|\barquitet\w*|\barchitekt\w*|\burbanis\w*|\burbanism\w*|\bstedenbouw\w*|\bstadtplan\w*"),
    ("project management",
     r"\bproject ?manag\w*|\bprojektmanag\w*|\bprojectmanag\w*|\bproject lead\w*|\bprojectleider\w*|\bprojektleit\w*|"
     r"\bjef[ea] de proyectos?\b|\bgerente de proje(?:c)?tos?\b|\bgestor[a]? de proje(?:c)?tos?\b|\bproject manager\b|\bpmp\b|\bprince2\b|"
     r"\bscrum ?master\w*|\bagile coach\w*|\bpmo\b"),
    ("product",
     r"\bproducts?\b|\bproduct-?(?:manag|owner|design|lead|market)\w*|\bproduit\b|\bproducto\b|\bprodotto\b|\bproduto\b|produkt\w*"),
    ("legal",
     r"\blegal\w*|\bjuridi\w*|\bjuri(?:st|ste|sten|sta)s?\b|\bgiurist\w*|\bgiuridic\w*|\brecht\w*|\b\w+recht\b|\b\w*anwalt\w*|\b\w*anwaltin\b|\bjura(?:student\w*|studium)?\b|"
     r"\bavocat(?:e)?s?\b|\blawyers?\b|\battorneys?\b|\babogad[oa]s?\b|\bavvocat[oaie]\b|\bavvocatessa\b|\badvogad[oa]s?\b|"
     r"\b\w*advocaten?\b|\b\w*advocaat\w*|\bnotaires?\b|\bnotar\w*|\bcounsel\b|\bcompliance\b|\bdroit\b|\bderecho\b|\bdiritto\b|\bdireito\b|\blaw\b|"
     r"\bllb\b|\bllm\b|\bsolicitors?\b|\bbarristers?\b|\bparalegal\w*|\bgiurisprudenza\b|\bjurisprud\w*|\bgiuslavor\w*|\blaboralista\b|"
     r"\btrabalhista\b|\badvocacia\b|\bbarreau\b|\bbufete\b|\bstudio legale\b"),
    ("health",
     r"\bhealth\w*|\bsante\b|\bsalud\b|\bsalute\b|\bsaude\b|\bgesundheit\w*|\bgezondheid\w*|\bcare\b|\bsoins?\b|\bzorg\w*|\bclinical\b|"
     r"\bsanitari[oa]\b|\bsanitair\b|\bparamedic\w*|\bpatient\w*|\bhospitalier\w*|\bsociosanitari\w*"),
    ("economics", r"\bwirtschaftswissenschaft\w*|\bsciences? economiques?\b|\bciencias economicas\b|\bciencias economicas\b|"
                  r"\bscienze economiche\b|\beconomische wetenschappen\b|\beconomic sciences?\b"),
    ("business",
     r"\becole de commerce\b|\bbusiness school\b|\bbusiness administration\b|\bbwl\b|\bbetriebswirtschaft\w*|\bgestion\b|\bmanagement\b|"
     r"\bade\b|\beconomia aziendale\b|\bcommerciele economie\b|\badministracao\b|\bbedrijfskunde\b|\bbusiness\b|\bwirtschaft\w*|\bcommerce\b"),
    ("economics",
     r"\beconom\w*|\bvolkswirtschaft\w*|\bvwl\b|\w*okonom\w*|\bscienze economiche\b"),
    # where children are taught: a place (see PLACES in benefit.py), and a kind of education
    ("school",
     r"\bschools?\b|\bhigh school\w*|\bschool ?(?:principal|head|director|leader)s?\b|\b(?:grund|haupt|mittel|real|gesamt|ober|forder|sekundar|"
     r"gemeinschafts|volks|privat|sonder|montessori)?schul(?:e|en)\b|\bschulleit(?:er|erin|erinnen|ung)\b|\bschuldirekt\w*|\bgymnasi(?:um|ums|en)\b|"
     r"\becoles? (?:primaires?|maternelles?|elementaires?|publiques?|privees?)\b|\bd'ecoles?\b|\bcolleges?\b|\blycees?\b|\bscolaires?\b|"
     r"\bgroupes? scolaires?\b|\bscuol[ae]\b|\bscolastic[oaie]\b|\bistitut[oi] (?:comprensiv[oi]|scolastic[oi]|tecnic[oi]|professional[ei]|superior[ei]|"
     r"d'istruzione)\w*|\blice(?:o|i)\b|\bescuelas? (?:primarias?|infantil|secundarias?|publicas?)\b|\bcolegios?\b|\binstitutos? de (?:educacion )?secundaria\b|"
     r"\bescolas?\b|\bescolar(?:es)?\b|\bagrupamentos? de escolas\b|\blyce(?:um|a)\b|\bbasisscho(?:ol|len)\b|\bbasisschol\w*|\bmiddelbare school\b|"
     r"\bscholengroep\w*|\bscholengemeenschap\w*|\bschoolleid\w*|\bschooldirect\w*"),
    ("education",
     r"\beducation(?:al)? scienc\w*|\bscienz[ae] dell'educazione\b|\bsciences? de l'education\b|\bciencias de la educacion\b|\bciencias da educacao\b|"
     r"\bed-?tech\b|\beducation\w*|\beducazion\w*|\bscienz[ae] della formazione\w*|\benseign\w*|\b\w*teachers?\b|\bteaching\b|\bprofess(?:eur|eure|or|ora|ore|oressa)s?\b|"
     r"\b\w*lehrer(?:in|innen)?\b|\blehrer\w*|\blehrkr[ae]ft\w*|\bschul(?:amt\w*|wesen|padagog\w*)\b|\berzieh\w*|\bunterricht\w*|\bklassen(?:fuhrung|management)\b|"
     r"\bmeef\b|\binspe\b|\bpgce\b|\bb\.? ?ed\b|\bpabo\b|\bmagisterio\b|\bprofesorado\b|\bformation des enseignants\b|\breferendar\w*|\bdocent(?:e|i|es)?\b|"
     r"\binsegnant[ei]\b|\binsegnament\w*|\bmaestr[oa]s?\b|\bprofesor(?:a|es|as)?\b|\bprofessor(?:a|es|as)?\b|\bleraar\b|\blerares\b|\bleraren\w*|\bleerkracht\w*|"
     r"\bonderwijs\w*|\bbildung\b|\beducacion\b|\bistruzione\b|\beducacao\b|\bensino\b|\bensenanza\b|\bpedagog\w*|\bdida(?:c|k|t)?ti\w*|\bclassroom\w*|"
     r"\bformat(?:eur|rice)s?\b|\bformador(?:a|es|as)?\b|\bformat(?:ore|rice|ori)\b|\btrainer\w*|\bmaestr[oa]\b|\blehramt\w*"),
    # buying is no logistics, and neither is operations: a head of procurement is no head of logistics nor operations director
    ("procurement",
     r"\bachats?\b|\bacheteu(?:r|se)s?\b|\bpurchas\w*|\bprocurement\b|\bbuyers?\b|\beinkauf\w*|\beinkaufer\w*|\bbeschaffung\w*|\bcompras?\b|"
     r"\bcomprador(?:a|es|as)?\b|\bacquisti\b|\binkoop\w*|\binkoper\w*|\bapprovisionnement\w*|\baprovisionamiento\b|\bapprovvigionament\w*|\bsuprimentos\b"),
    ("logistics",
     r"\blogisti\w*|\bsupply[- ]?chain\w*|\btransports?\b|\btransportes?\b|\btrasport\w*|\bwarehous\w*|\bentrepots?\b|\blager(?:logistik|haltung|"
     r"wirtschaft|leit\w*|verwaltung|planung)?\b|\balmacen(?:es)?\b|\bmagazzin\w*|\barmazem\w*|\barmazens\b|\bmagazijn\w*|\bdistribution\b|"
     r"\bdistribucion\b|\bdistribuzione\b|\bdistribuicao\b|\bdistributie\w*|\bcentros? de distribui\w*|\bfreight\b|\bfret\b|\bshipping\b|"
     r"\bspedizion\w*|\bexpedicao\b|\bversand\b|\bfleet\b|\bs&op\b|\bwms\b|\b3pl\b|\bintralogisti\w*"),
    ("operations",
     r"\boperations?\b|\bops\b|\boperating\b|\boperaciones\b|\boperacoes\b|\boperazioni\b|\boperativ[oa]\b|\boperatione(?:e)?l\w*|"
     r"\boperaties\b|\bbetriebsleit\w*|\bexploitation\b|\bexplotacion\b"),
    ("management", r"\bdirection generale\b|\bgeneral management\b|\bgeschaftsleitung\b|\bdirezione generale\b"),
    ("administration",
     r"\bassistant(?:e)? (?:de direction|administrati\w*)|\badministrati(?:f|ve|on)\b|\bamministrativ\w*|\badministrativ[oa]s?\b|\badministratie\w*|\bsecretar\w*|\boffice manag\w*|\bsekretar\w*"),
    ("real estate", r"\bprop-?tech\b|\bimmobili\w*|\breal estate\b|\bvastgoed\b|\binmobiliari\w*|\bimobiliari\w*|\bproperty\b|"
                    r"\bproperties\b|\bwoningbouw\b|\bimmobilien\w*"),
    # research and development, the function: "R&D", "R&S", "I+D", "P&D", "F&E", "Ricerca e Sviluppo"
    ("research", r"(?<![\w&+])(?:r ?& ?d|r ?& ?s|i ?\+ ?d|p ?& ?d|f ?& ?e|r&d-\w+)(?![\w&+])|\bricerca e sviluppo\b|\binvestigacion y desarrollo\b|"
                 r"\bpesquisa e desenvolvimento\b|\bresearch\w*|(?<!a la )(?<!en )\brecherche\b|\bchercheu\w*|\binvestigador\w*|\bricercat\w*|\bpesquisador\w*|\bforsch\w*|\bonderzoek\w*|\bscien\w*"),
]
# a field and its broader fields: digital marketing is marketing; advertising is marketing and communication;
# MMI (métiers du multimédia et de l'internet) is design, communication and digital marketing at once
PARENTS: dict[str, tuple[str, ...]] = {"digital marketing": ("marketing",), "advertising": ("marketing", "communication"),
                                       "civil engineering": ("engineering",), "mechanical engineering": ("engineering",),
                                       "electrical engineering": ("engineering",), "industrial engineering": ("engineering",),
                                       "chemical engineering": ("engineering",), "software development": ("tech",),
                                       "IT operations": ("tech",), "cybersecurity": ("tech",), "UX design": ("design",),
                                       "graphic design": ("design",), "industrial design": ("design",), "fashion design": ("design",),
                                       "interior design": ("design",), "photography": ("creative work",), "art": ("creative work",),
                                       "design": ("creative work",), "film and video": ("creative work",),
                                       "accounting": ("finance",), "banking": ("finance",), "property development": ("real estate",),
                                       "estate agency": ("real estate",), "translation": ("languages",),
                                       "journalism": ("communication",),
                                       "multimedia": ("design", "graphic design", "UX design", "communication", "digital marketing"),
                                       "nursing": ("health",), "medicine": ("health",), "pharmacy": ("health",),
                                       "physiotherapy": ("health",), "occupational therapy": ("health",), "osteopathy": ("health",),
                                       "speech therapy": ("health",), "sports club": ("sport",), "wine": (), "relationship management": ("sales",), "dentistry": ("health",), "psychology": ("health",),
                                       "nutrition": ("health",), "veterinary": ("health",), "care assistance": ("health",),
                                       "healthcare facility": ("health",), "school": ("education",), "clinical research": ("health",),
                                       "business law": ("legal",), "events": ("communication",), "labour law": ("legal",), "tax law": ("legal",), "criminal law": ("legal",),
                                       "logistics": ("operations",)}
# acronyms that are also words elsewhere ("IT", "PR"): upper case only
_FIELD_CS = {"communication": r"\b(?:RP|PR)\b|\bInformation-Communication\b", "tech": r"\b(?:IT|ICT|DSI|TI|CS|SIO|SISR|SLAM)\b", "IT operations": r"\b(?:ASIR|SMR)\b", "data": r"\b(?:IA|AI|BI)\b",
             "hr": r"\b(?:RH|HR|DRH|RRH)\b", "finance": r"\b(?:DAF|CFA)\b", "accounting": r"\b(?:DCG|DSCG|ACCA|CPA)\b", "nursing": r"\b(?:RN|IDE|ESI|CNO)\b",
             "healthcare facility": r"\bCH\b", "school": r"\b(?:IES|CEIP|OBS|IIS|ITIS|IPSIA)\b|\bIC(?= [A-Z][a-z])",
             "graphic design": r"\bMADe\b", "clinical research": r"\bCRAs?\b", "sports club": r"\b(?:TSV|SV|FC|AFC|RFC|VfB|VfL|TuS|SpVgg|CF|CD|ASD|SSD|UD|SC)\b", "care assistance": r"\b(?:OSS|CNA|HCA|TCAE)\b"}
_FIELDS = [(f, rxcache.compile(p), rxcache.compile(_FIELD_CS[f]) if f in _FIELD_CS and f not in dict(_FIELD_TABLE[:i]) else None)
           for i, (f, p) in enumerate(_FIELD_TABLE)]
_FIELD_PF = Prefilter([rx.pattern for _, rx, _ in _FIELDS])
_FIELD_CS_PF = Prefilter([rx_cs.pattern if rx_cs else "" for _, _, rx_cs in _FIELDS])


# places inside a compound that also names a profession: "Physiotherapiepraxis" is physiotherapy and a practice
_ALSO = [("healthcare facility", rxcache.compile(r"\b\w+praxis\b|\b\w+praktijk\b|\b\w+klini(?:k|ek)\w*")),
         ("school", rxcache.compile(r"\b(?!\w*hoch)(?!hoge)(?!fach)(?!volks)\w+(?:schule|schulen|school|scholen)\b"))]


def _blank(text: str, span: tuple[int, int]) -> str:
    s, e = span
    return text[:s] + " " * (e - s) + text[e:]


def blank(text: str, span: tuple[int, int]) -> str:
    """The text with a span turned to spaces, so that every other span keeps its place."""
    return _blank(text, span)


@lru_cache(maxsize=65536)  # a headline's segments are read again as its loose parts, its whole text twice
def fields_of(text: str) -> tuple[str, ...]:
    """The lexicon's fields named in a text, most specific first.

    >>> fields_of("Étudiante en BUT Information-Communication")
    ('communication',)
    >>> fields_of("Marketingleiterin DACH")
    ('marketing',)
    >>> fields_of("Master Marketing Digital & communication")
    ('digital marketing', 'communication')
    """
    folded = fold(text)
    found = [f for f, rx in _ALSO if rx.search(folded)]
    may, may_cs = _FIELD_PF.candidates(folded), _FIELD_CS_PF.candidates(text)
    for i, (f, rx, rx_cs) in enumerate(_FIELDS):
        if (not (i in may and rx.search(folded))
                and not (rx_cs and i in may_cs and rx_cs.search(text))):
            continue  # most fields are not named: a search is cheaper than a list of matches
        hits = [m.span() for m in rx.finditer(folded)] + ([m.span() for m in rx_cs.finditer(text)] if rx_cs else [])
        if hits:
            found.append(f)
            for span in hits:
                folded, text = _blank(folded, span), _blank(text, span)
            may, may_cs = _FIELD_PF.candidates(folded), _FIELD_CS_PF.candidates(text)
    return tuple(dict.fromkeys(found))


FIELD_LABELS = tuple(dict.fromkeys(f for f, _ in _FIELD_TABLE))


def field_residue(text: str) -> str:
    """The text (folded) with every word the lexicon reads as a field blanked: "game design" → "game"."""
    folded = fold(text)
    for _, rx, _ in _FIELDS:
        for m in list(rx.finditer(folded)):
            folded = _blank(folded, m.span())
    return folded


# broader fields whose people do the narrower ones too: a marketing student learns digital marketing,
# but a communication student is no journalism student and a health student no nursing student
UMBRELLAS = {"marketing"}


def ancestors(field: str) -> set[str]:
    """Every broader field: graphic design → design → creative work."""
    found: set[str] = set()
    todo = list(PARENTS.get(field, ()))
    while todo:
        f = todo.pop()
        if f not in found:
            found.add(f)
            todo.extend(PARENTS.get(f, ()))
    return found


def related(wanted: str, have: str) -> int:
    """2 for the same field, 1 when the one someone has is a kind of the one wanted (SEO ⊂ marketing), else 0.

    >>> related("marketing", "digital marketing"), related("digital marketing", "marketing"), related("nursing", "health")
    (1, 1, 0)
    """
    if wanted == have:
        return 2
    return int(wanted in ancestors(have) or (have in ancestors(wanted) and have in UMBRELLAS))


# -- professions -------------------------------------------------------------------------------
# A trade named as a person, in the seven languages (folded; German and Dutch compounds by their head: "Weinjournalistin").
# An owner's phrase that names one ("sommelier", "newly qualified translators") wants that trade, not anyone of its
# field: a wine journalist or a winemaker is no sommelier (see benefit.py).
PROFESSIONS: list[tuple[str, str]] = [
    ("sommelier", r"\bsommel\w*|\w+sommel\w*|\bsumiller\w*|\bescanc(?:ao|oes)\b|\bwine (?:director|steward)s?\b"),
    ("winemaker", r"\bwine-?maker\w*|\w*wijnmaker\w*|\w*weinmacher\w*|\b(?:o|oe|œ|e)nolog\w*|\bchefs? de cave\b|\w*kellermeister\w*|\bcantinier[ei]\b|"
                  r"\bviticult\w*|\bvigneron\w*|\bvignaiol\w*|\w*winzer\w*|\bwijnboer\w*|\bwine-?grower\w*|\bvinhateir\w*|\bcellar ?(?:master|hand)s?\b"),
    ("wine merchant", r"\bcavistes?\b|\bwine (?:merchant|seller|shop)\w*|\bweinhandl\w*|\bwijnhandel\w*|\benotecari[oa]\b|\bvinatero\b"),
    ("journalist", r"\w*journalist\w*|\bgiornalist\w*|\bperiodist\w*|\bjornalist\w*|\w*redakteur\w*|\breporter\w*|\bwriters?\b|\bcritic[oa]?s?\b|"
                   r"\bcritique\b|\w*kritiker\w*|\bchroniqueu\w*|\bblogger\w*"),
    ("bartender", r"\bbar(?:man|men|maid|tender|tenders|keeper|keeperin|ista|istas)\b|\bmixolog\w*|\bcantiner[oa]\b"),
    ("waiter", r"\bwaiter\w*|\bwaitress\w*|\bserveu(?:r|se)s?\b|\bcamarer[oa]s?\b|\bgarcom\b|\bgarconete\b|\bcameriere\b|\bcameriera\b|\bkellner\w*|"
               r"\bserveerster\b|\bjef[ea] de sala\b|\bmaitre d'hotel\b|\bchef de rang\b"),
    # who runs a kitchen is no cook: "chefs de cozinha" do not take a sous-chef
    ("head chef", r"\bchefs? de (?:cuisine|cozinha|cocina)\b|\b(?:head|executive)[- ]chefs?\b|\bchef (?:executivo|executive|di cucina)\b|\bjef[ea]s? de cocina\b|"
                  r"\bkuchenchef\w*|\bchefkoch\w*|\bchef-?kok\w*|\bchefe de cozinha\b|\bcapocuoc[oa]\b"),
    ("cook", r"\bcuisinier\w*|\bcozinheir\w*|\bcociner[oa]s?\b|\bcuoc[oa]\b|\bcuochi\b|\bkoch\b|\bkochin\b|\w*koch(?:azubi|lehrling)\w*|\bkok(?:s|ken)?\b|"
             r"\bcooks?\b|\bchefs? de partie\b|\b(?:sous|pastry|commis|apprentice|private|line)[- ]chefs?\b|\bcommis\b|\bpatissier\w*|\bpasticcier[ei]\b|"
             r"\bpastelero\w*|\bconfeiteir\w*"),
    ("brewer", r"\b(?:home-?)?brew(?:er|ers|master|masters)\b|\w+brouw(?:er|ers|ster|sters)\b|\bbrouwmeester\w*|\bbrasseu(?:r|se)s?\b|\w*brauer(?:in)?\b|\w*braumeister\w*|\bbirrai[oa]\b|\bcervecer[oa]s?\b|\bcervejeir[oa]s?\b|"
               r"\bbrouwer(?:s)?\b|\bdistill?er\w*"),
    ("translator", r"\btranslators?\b|\btraduct(?:eur|rice|or|ora|ores|oras)s?\b|\btradut(?:or|ora|ores|oras)\b|\btradutt(?:ore|rice|ori|rici)\b|"
                   r"\w*ubersetzer\w*|\w*vertal(?:er|ers)\b|\w*vertaalster\w*|\binterpret(?:er|ers|e|i)\b|\w*dolmetscher\w*|\btolk(?:en)?\b"),
    ("physiotherapist", r"\bphysio(?:s|therapist\w*|therapeut\w*)?\b|\bkines?\b|\bkinesitherapeut\w*|\bmasseu(?:r|se)s?-kine\w*|\bfisioterapeut\w*|"
                        r"\bfisioterapist\w*|\bfysiotherapeut\w*|\bphysiotherapeut\w*|\bkrankengymnast\w*"),
    ("occupational therapist", r"\bergotherapeut\w*|\boccupational therapists?\b|\bterapeutas? ocupaciona\w*|\bterapist[ai] occupazional\w*|\bergoterapeut\w*"),
    ("osteopath", r"\bosteopat(?:h|he|hs|hes|a|as|i|in)\b"),
    ("nurse", r"\bnurses?\b|\binfirmi(?:er|ere)s?\b|\benfermeir[oa]s?\b|\benfermer[oa]s?\b|\binfermier[ei]\b|\binfermiera\b|\w*krankenpfleger\w*|"
              r"\bkrankenschwester\w*|\bpflegefach\w*|\bverpleegkundige\w*|\bmidwi(?:fe|ves)\b|\bsages?-femmes?\b|\bhebamme\w*|\bverloskundige\b|\brns?\b"),
    ("doctor", r"\bmedecins?\b|\bdoctors?\b|\bphysicians?\b|\b\w*arzt\b|\b\w*arztin\b|\bmedic[oa]s?\b|\bhuisarts\w*|\bsurgeons?\b|\bchirurg(?:ien|ienne|o|a)s?\b"),
    ("pharmacist", r"\bpharmacien\w*|\bpharmacists?\b|\bfarmaceut\w*|\bfarmacist\w*|\bapotheker\w*"),
    ("dentist", r"\bdentists?\b|\bdentistes?\b|\bdentistas?\b|\bzahnarzt\w*|\bzahnarztin\w*|\btandarts(?!assist)\w*|\bodontolog[oa]s?\b|\bodontoiatr[aie]\b|"
                r"\bchirurgi(?:en|enne)s?-dentistes?\b|\bcirurgi(?:ao|a)-dentista\b"),
    ("accountant", r"\baccountants?\b|\bcomptables?\b|\bexpert(?:e)?s?-comptables?\b|\bcontables?\b|\bcontador(?:a|es|as)?\b|\bcontabilista\w*|"
                   r"\w*buchhalter\w*|\bsteuerberater\w*|\bwirtschaftsprufer\w*|\w*boekhouder\w*|\bcommercialist[ai]\b|\bragionier[ei]\b|\bcontabile\b|"
                   r"\bbookkeepers?\b|\bregisteraccountant\w*|\bauxiliar contabil\b|\bcpa\b"),
    ("lawyer", r"\blawyers?\b|\battorneys?\b|\bsolicitors?\b|\bbarristers?\b|\bavocat(?:e)?s?\b|\babogad[oa]s?\b|\bavvocat[oaie]\b|\badvogad[oa]s?\b|"
               r"\w*anwalt\b|\w*anwaltin\b|\w*advocaat\b|\bnotaires?\b|\bnotar(?:in|io|ia|ios|is)?\b|\bjuristes?\b"),
    ("architect", r"\barchitect(?:s|e|es)?\b|\w*architekt(?:in|en|innen)?\b|\barchitett[oaie]\b|\barquitect[oa]s?\b|\barquitet[oa]s?\b"),
    ("engineer", r"\bengineers?\b|\w*ingenieu(?:r|re|rs|res|rin)\b|\bingenier[oa]s?\b|\bingegner[ei]\b|\bengenheir[oa]s?\b"),
    ("teacher", r"\w*teachers?\b|\benseignant(?:e)?s?\b|\bprofesseur(?:e)?s?\b|\bprofes(?:or|ora|ores|oras)\b|\bprofessor(?:a|es|as)?\b|\w*lehrer(?:in|innen)?\b|"
                r"\blehrkr[ae]ft\w*|\binsegnant[ei]\b|\bdocent(?:e|i|es)?\b|\bleraar\w*|\blerares\b|\bleerkracht\w*|\bmaestr[oa]s?\b|\binstituteur\w*|"
                r"\breferendar\w*|\bprof\b"),
    ("developer", r"(?<!property )(?<!estate )(?<!housing )(?<!residential )(?<!business )\bdevelopers?\b|\bdeveloppeu(?:r|se)s?\b|\w*entwickler(?:in)?\b|\bdesarrollador(?:a|es)?\b|\bsviluppat(?:ore|rice|ori)\b|"
                  r"\bdesenvolvedor(?:a|es)?\b|\w*ontwikkelaar\w*|\bprogramm(?:er|eur|euse|ierer|atore|ador)\w*"),
    ("designer", r"\w*designer\w*|\bgraphistes?\b|\bdisenador(?:a|es)?\b|\bontwerper\w*|\bgrafic[oa]\b"),
    ("photographer", r"\bphotograph(?:er|ers|e|es)\b|\w*fotograf(?:in|en|innen)?\b|\bfotograf[oa]s?\b|\bfotografe\b"),
    ("farmer", r"\bfarmers?\b|\bagricult(?:eur|rice|or|ora|ores)s?\b|\bagricoltor[ei]\b|\blandwirt(?:in)?\b|\bboer(?:in)?\b|\beleveu(?:r|se)s?\b|"
               r"\w*veehouder\w*|\w*teler\b|\btuinders?\b|\bmarket[- ]gardeners?\b|\bhortela(?:na|o)\b|\ballevatric[ei]\b|\bmaraich(?:er|ere)s?\b|"
               r"\bganader[oa]s?\b|\ballevator[ei]\b|\bfazendeir[oa]s?\b|\b\w*boerin\b|\bkaasboer\w*"),
    ("baker", r"\bboulanger(?:e|es|s)?\b|\bbakers?\b|\w*backer(?:in)?\b|\bpanader[oa]s?\b|\bfornai[oa]\b|\bpadeir[oa]s?\b|\bbakker\b"),
    ("hairdresser", r"\bcoiffeu(?:r|se)s?\b|\bhairdressers?\b|\w*friseur(?:in)?\b|\bpeluquer[oa]s?\b|\bparrucchier[ei]\b|\bcabeleireir[oa]s?\b|\bkapper\b|\bbarbers?\b"),
    ("salesperson", r"\bvendeu(?:r|se)s?\b|\w*verkaufer(?:in)?\b|\bvendedor(?:a|es)?\b|\bcommess[oa]\b|\bverkoper\b|\w*verkoopmedewerker\w*|\bsales assistants?\b|"
                    r"\bshop assistants?\b"),
    ("cashier", r"\bcashiers?\b|\bcaissi(?:er|ere)s?\b|\bcajer[oa]s?\b|\bcassier[ei]\b|\bkassierer\w*|\bguichet(?:ier|iere)\b|\bkassamedewerker\b"),
    ("coach", r"\bcoach(?:es)?\b|\bentrenador(?:a|es)?\b|\ballenat(?:ore|rice)\b|\btreinador(?:a)?\b|\w*trainer(?:in)?\b|\bentraineu(?:r|se)\b"),
    ("psychologist", r"\bpsycholog(?:ist|ue|e|in)s?\b|\bpsicolog[oa]s?\b|\bpsychotherapeut\w*"),
    ("electrician", r"\belectricians?\b|\belectricien\w*|\belektriker\w*|\belectricistas?\b|\belettricist[ai]\b|\beletricistas?\b|\belektricien\w*|"
                    r"\belektroniker(?:in)? fur energie\w*"),
    ("plumber", r"\bplumbers?\b|\bplombier\w*|\bfontaner[oa]s?\b|\bidraulic[oi]\b|\bencanador\w*|\bloodgieter\w*|\w*installateur\b|\bheating engineers?\b|"
                r"\bchauffagiste\w*|\bklempner\w*|\bsanitarinstallateur\w*"),
    ("carpenter", r"\bcarpenters?\b|\bjoiners?\b|\bmenuisier\w*|\bcarpinter[oa]s?\b|\bfalegnam[ei]\b|\bmarceneir[oa]s?\b|\w*tischler(?:in)?\b|\w*schreiner(?:in)?\b|"
                  r"\btimmerm(?:an|ann|en|annen)\b|\bebenist\w*|\bzimmerer\w*|\bcharpentier\w*"),
    ("painter", r"\bpainters? (?:and|&) decorators?\b|\bhouse ?painters?\b|\bpeintres? en batiment\b|\bpintor(?:a|es)? de (?:edificios|obra|paredes)\b|\bpintores\b|"
                r"\bimbianchin[oi]\b|\bpittor[ei] edil[ei]\b|\bpintor(?:a|es)? de construcao\b|\w*maler(?:in)?\b(?<!kunstmaler)(?<!kunstmalerin)|\bschilder(?:s)?\b"),
    ("roofer", r"\broofers?\b|\bcouvreu(?:r|se)s?\b|\btejador(?:a|es)?\b|\bcopritett\w*|\blattoniere\b|\btelhad(?:or|ora|ores)\b|\bdachdecker\w*|\bdakdekker\w*"),
    ("mason", r"\bbricklayers?\b|\bmacons?\b|\balbanil(?:es)?\b|\bmurator[ei]\b|\bpedreir[oa]s?\b|\bmaurer(?:in)?\b|\bmetselaar\w*"),
    ("locksmith", r"\blocksmiths?\b|\bmetalworkers?\b|\bserrurier\w*|\bcerrajer[oa]s?\b|\bfabbr[oi]\b|\bserralheir[oa]s?\b|\bschlosser\w*|\bmetallbauer\w*|\bsmid\b"),
    ("mechanic", r"\bmechanics?\b|\bmecanicien\w*|\bmecanic[oa]\b|\bmeccanic[oa]\b|\bmechaniker\w*|\bmonteur\b|\bmonteurs\b"),
    ("real estate agent", r"\bestate agents?\b|\brealtors?\b|\bagents? immobiliers?\b|\bagentes? inmobiliari[oa]s?\b|\bimmobilienmakler\w*|\bmakelaar\w*|"
                          r"\bcorretor(?:a|es)? de imove\w*|\bagent[ei] immobiliar[ei]\b"),
    ("pilot", r"\bpilot(?:e|es|s|o|a|en|in)?\b"),
    ("bookseller", r"\bbooksellers?\b|\blibraires?\b|\w*buchhandler(?:in|innen)?\b|\blibrer[oa]s?\b|\blibrai[oa]\b|\blibrai\b|\blivreir[oa]s?\b|"
                   r"\bboekverkoper\w*|\bboekhandelaar\w*|"
                   # who owns or runs a bookshop sells books: "Owner of The Reading Nook, an independent bookshop"
                   r"\b(?:owner|co-?founder|founder|inhaber(?:in)?|grunder(?:in)?|eigena(?:ar|resse)|proprietari[oa]|titolare|duen[oa]|propietari[oa]|"
                   r"don[oa]|fondat(?:eur|rice|ore|rice)|gerant(?:e)?|patron(?:ne)?)\b[^|]{0,40}\b(?:bookshops?|bookstores?|librairies?|\w*buchhandlung\w*|"
                   r"librerias?|librerie|libreria|livrarias?|\w*boekhandel\w*)\b"),
    ("actuary", r"\bactuar(?:y|ies|ial analysts?)\b|\bactuaires?\b|\baktuar(?:in|innen|e|en)?\b|\bactuari[oa]s?\b|\battuari[oa]?\b|\batuari[oa]s?\b|"
                r"\bactuaris(?:sen)?\b"),
    ("veterinarian", r"\bveterinar(?:ian|io|ia|ios|ias)s?\b|\bveterinaires?\b|\btierarzt\w*|\btierarztin\b|\bdierenarts\w*|\bvets?\b"),
]
_PROFESSION_RX = [(label, rxcache.compile(p)) for label, p in PROFESSIONS]
_PROFESSION_PF = Prefilter([p for _, p in PROFESSIONS])

# -- organisations -----------------------------------------------------------------------------
# very small businesses: a business of one to a few people ("micro-entreprise", "Einzelunternehmen", "eenmanszaak")
_MICRO = (r"\bmicro-?(?:business\w*|entreprises?|empresas?|impres[ae]|onderneming\w*|enterprises?|firms?|companies|company)\b|"
          r"\bmicroimpres[ae]\b|\bmicroempresas?\b|\bmicroentreprises?\b|\bkleinst(?:unternehm|betrieb)\w*|\bkleinbetrieb\w*|\beinzelunternehm\w*|"
          r"\beinzelfirma\b|\beenmanszaak\w*|\bditta individuale\b|\bimpresa individuale\b|\bsole (?:trader|proprietor)\w*|"
          r"\bone-(?:wo)?man (?:business|band|shop)\b|\bsolo business\b|\bentreprise individuelle\b|\bempresario individual\b|\bempresa individual\b|"
          r"\bmei\b|\btpe\b|\bzzp\b")
# Trades of small businesses, with an English label for the evidence.
_TRADES: list[tuple[str, str]] = [
    ("bakery", r"\bboulanger\w*|\bbakery\b|\bbakeries\b|\bbaker\b|backerei\w*|\bpanader\w*|\bpanetteri\w*|\bpanifici\w*|\bpadari\w*|"
               r"bakkerij\w*|\bbakker\b|\bpatisserie\w*|\bpastry\b|konditorei\w*|\bpasteleri\w*|\bpasticceri\w*|\bconfeitari\w*"),
    ("bike shop", r"\b(?:magasin|atelier|boutique) de (?:velos?|cycles)\b|\bbike (?:shop|store)s?\b|\bcycle shop\b|fahrrad\w*|"
                  r"\bbicicleta\w*|\bbiciclett\w*|\bnegozio di bici\b|\bbici\b|\bciclofficin\w*|\bfiets\w*|\bvelo\b|"
                  r"\bbikes?\b|\bbicis\b|\bbicycles?\b|\bcycles\b|\bvelos\b|\bvtt\b|\bzweirad\w*|\bbike ?shar\w*|\bdeelfiets\w*"),
    ("web shop", r"\be-?shops?\b|\bwebshops?\b|\bweb shops?\b|\bonline-?shops?\b|\bonline (?:shop|store)s?\b|\bboutiques? en ligne\b|"
                 r"\btiendas? (?:online|en linea|virtual(?:es)?)\b|\bnegoz(?:io|i) (?:online|on-line)\b|\blojas? (?:online|virtua(?:l|is))\b|\bwebwinkel\w*|\be-?commerce\b|"
                 r"\bvente en ligne\b|\betsy\b|\bshopify\b"),
    ("restaurant", r"\b\w*restaurant\w*|\bchefs?-(?:owner|patron|patronne|proprietaire|eigenaar|inhaber\w*|dueno|duena|propriet\w*)s?\b|\brestaura\w*|\bristora\w*|\bmarisquer\w*|\bchurrascar\w*|\basador(?:es)?\b|\bgasth(?:aus|of|auses|ofs|ause)\w*|"
                   r"\bwirtshaus\w*|\bweinstube\w*|\bsteakhouse\w*|\bbrasserie\b|\btaverna\b|\btasca\b|\bsidreria\b|\bmarisqueira\b|\bbodegon\b|\bbuvette\b|"
                   r"\bbistrot\w*|\bburger\w*|\bsushi\b|\bpizza\w*|\bbistro\w*|\bbrasserie\w*|\bcafes?\b|\bcaffetteri\w*|\bcafeteri\w*|\bcoffee ?shop\b|\bkoffiebar\b|\btrattoria\b|\bosteria\b|"
                   r"\bpizzeri\w*|\bbar\b|\btraiteur\b|\bcaterer\b|\bcatering\b|\bfood ?truck\b|\bgastro\w*|\bhoreca\b|"
                   r"\bbar a vins\b|\bsalon de the\b|\beetcafe\b|\bkaffee\w*|\bcreperie\w*|\bsnack\w*|"
                   r"\bfriterie\b|\bfrituur\b|\bcafeteria\b|\blanchonete\b|\btaberna\b|\bkneipe\b"),
    ("hair or beauty salon", r"\bsalon de (?:coiffure|beaute)\b|\bcoiff\w*|\bhair ?(?:salon|dresser)\w*|\bfriseur\w*|\bpeluquer\w*|"
                             r"\bparrucchier\w*|\bcabeleirei\w*|\bkapper\w*|\bkapsalon\b|\binstitut de beaute\b|\bbarber\w*|"
                             r"\bestheticienne\b|\bnail\w*"),
    ("florist", r"\bfleuris\w*|\bflorist\w*|\bblumen\w*|\bfloris\w*|\bfiorai\w*|\bbloemis\w*"),
    ("bookshop", r"\blibrairie\b|\bbook ?(?:shop|store)\b|\bbuchhandlung\b|\blibreri\w*|\blivrari\w*|\bboekhandel\b"),
    ("food shop", r"\bdeli(?:catessen)?s?\b|\bgelateri\w*|\bijssalon\w*|\beiscafe\w*|\bglacier\b|\bheladeri\w*|\bsorveteri\w*|\bfeinkost\w*|\bgastronomia\b|\bepicerie\w*|\bgrocer\w*|\bprimeur\b|\bfromageri\w*|\bboucher\w*|\bbutcher\w*|\bcharcuteri\w*|\bcaviste\b|"
                  r"\bcave a vins?\b|\bwine (?:shop|bar)\b|\bweinhandlung\b|\benoteca\b|\bvinoteca\b|\bslager\w*|\bkruidenier\w*|"
                  r"\bmetzger\w*|\bmacelleri\w*|\bcarniceri\w*|\bsalumeri\w*|\bmercearia\b|\bfrutari\w*"),
    ("craft business", r"\bartisana\w*|\bartisanal\w*|\bartisanat\b|\bcrafts?\b|\bhandmade\b|\bfait main\b|\bhandwerk\w*|\bhandgemacht\w*|"
                       r"\bartesan\w*|\bartigian\w*|\bambacht\w*|\bmaroquin\w*|\bceramic\w*|\bceramique\w*|\bpoterie\b|\bbijou\w*|"
                       r"\bjewel\w*|\bschmuck\w*|\bsavon\w*|\bsoaps?\b|\bcouture\b|\bebenist\w*|\bmenuis\w*|\bschreiner\w*|\btischler\w*|"
                       r"\bcarpinter\w*|\bcarpintari\w*|\bfalegnam\w*|\bmarceneir\w*|\btimmer\w*|\bbrasseur\b|\bbrewery\b|\bbrauerei\b|\bbrouwerij\b|"
                       r"\bbirrifici\w*|\bcervejari\w*|\bcervecer\w*|\bcosmeti\w*|\bkosmeti\w*|\bplombier\w*|\belectricien\w*|"
                       r"\bsanitar\w*|\bgarage\b|\bwerkstatt\b|\btaller(?:es)?\b|\boficina\b|\bwerkplaats\b|\batelier\b|\bplomb\w*|\bidraulic\w*|"
                       r"\bfontaner\w*|\bencanador\w*|\bloodgieter\w*|\binstallat(?:eur|ionsbetrieb)\w*|\belektro\b|\belektriker\w*|"
                       r"\bmaler(?:betrieb|meister)?\w*|\bpeintre en batiment\b|\bschilder(?:s|sbedrijf)\w*|\bbouwbedrijf\w*|\bserralhari\w*|"
                       r"\bserrurer\w*|\btessitur\w*|\bweberei\b|\bcordonn\w*|\bschuhmacher\w*|\bimprimerie\b|\bdruckerei\b|\btipografia\b|"
                       r"\bdakdekker\w*|\bdachdecker\w*|\bcouvreur\w*|\bmacon\w*|\bmaurer\w*|\bmetallbau\w*|\bferronn\w*|\bkfz\w*|"
                       r"\bautohaus\w*|\bhandwerksbetrieb\w*|\btischlerei\w*|\bschreinerei\w*|\bzimmerei\w*|"
                       # the building trades: electricians, plumbers, joiners, painters, roofers (in seven languages)
                       r"\bplumb(?:er|ers|ing)\b|\bjoinery\b|\bjoiners?\b|\belectricians?\b|\belectrical (?:contractor|services|installation)s?\b|\broofing\b|\broofers?\b|"
                       r"\bpainters? (?:and|&) decorators?\b|\bdecorating\b|\bbuilders\b(?!'? ?merchant)|\bcouverture\b|\bcouvreu\w*|\bchauffagist\w*|\bpeinture\b|\bplatrer\w*|"
                       r"\bthermique\b|\binstalaciones electricas\b|\belectricistas?\b|\bfontaneria\b|\breformas\b|\bpintura\w*|\bpintores\b|\bcarpinteria\b|"
                       r"\bimpianti elettrici\b|\belettricist\w*|\btermoidraulic\w*|\bimbianchin\w*|\bedilizia\b|\beletricista\w*|\bcanalizac\w*|"
                       r"\bbedachung\w*|\belektrotechnik\b|\bheizung\w*|\bsanitar\w*|\bmalerbetrieb\w*|\bmeisterbetrieb\w*|\binstallatiebedrijf\w*|"
                       r"\bschildersbedrijf\w*|\btimmerbedrijf\w*|\bloodgieters?bedrijf\w*|\bdakdekkersbedrijf\w*|\belektrotechnisch\w*|\bvakman\b"),
    ("winery", r"\bcantin[ae]\b|\bbodegas?\b|\badegas?\b|\w*weingut\w*|\bwiner(?:y|ies)\b|\bvineyards?\b|\w*wijngaard\w*|\bwijndomein\w*|"
               r"\bwijnhuis\b|\bdomaines? (?:viticoles?|familia\w*)\b|\bvignobles?\b|\bclos\b|\bvinicol\w*|\bvinhedo\w*|\bvinedos?\b|\bvigne(?:to|ti)\b|"
               r"\bvigneron\w*|\bvignaiol\w*|\w*winzer\w*|\bwijnboer\w*|\bviticult\w*|\bcellars\b|\bwine estates?\b"),
    ("gym", r"\bgyms?\b|\b\w*-gym\b|\bfitness ?(?:stud(?:io|ios)|club|center|centre|zentrum|centrum)s?\b|\bfitnessstudio\w*|\bgimnasios?\b|\bginasios?\b|"
            r"\bpalestr[ae]\b|\bsportschol\w*|\bsportschool\b|\bsalles? de (?:sport|fitness|musculation)\b|\bcrossfit\b|\byoga ?stud\w*|"
            r"\bstudios? de (?:yoga|pilates)\b|\bpilates ?stud\w*|\bacademias? de (?:ginastica|musculacao)\b|\bbox(?:ing)? gyms?\b"),
    ("pharmacy", r"\bpharmacie\b|\bpharmacy\b|\bfarmacia\b|\bfarmacie\b|\bapotheke\b|\bapotheek\b"),
    ("hardware store", r"\bferreteri\w*|\bquincaill\w*|\bhardware store\b|\beisenwaren\w*|\bferramenta\w*|\bijzerwaren\w*|\bbricolage\b"),
    ("shop", r"\bmagasin\w*|\bboutique\w*|\bshops?\b|\bstores?\b|\bladen\b|\w+laden\b|\bgeschaft\b|\btienda\w*|\bnegozi\w*|\bloja\w*|"
             r"\bwinkel\w*|\w+winkel\b|\bconcept ?store\b"),
    ("hospitality", r"\balojamento local\b|\balojamientos? (?:rural(?:es)?|turistic\w*)\b|\bcasas? rura(?:l|les)\b|\bapartamentos? turistic\w*|"
                    r"\w*ferienwohnung\w*|\bferienh(?:aus|auser)\b|\bcas[ae] (?:vacanz[ae]|per vacanze)\b|\bvakantie(?:woning|huis|huizen)\w*|"
                    r"\bholiday (?:homes?|lets?|cottages?|apartments?|rentals?)\b|\bguest ?houses?\b|\bhostels?\b|\bhotel\w*|\bhoteis\b|\b\w+hotels?\b|\bgite\w*|\bchambres? d'hotes\b|\bb&b\b|\bbed (?:and|&) breakfast\b|\bagriturism\w*|\bpousada\b|"
                    r"\bcamping\b|\bfarm\b|\bbauernhof\b|\bgranja\b|\bfattoria\b|\bboerderij\b|\bvignoble\b|\bdomaine viticole\b|"
                    r"\bcantina\b"),
    ("small business", r"\b(?:small|petite?s?|pequen[oa]s?|klein\w*|piccol[aeio])(?:\s+(?:and|&|et|y|e|und|en|or|ou|o|oder)\s+"
                       r"(?:mid|medium|middle|moyen|median|medi|mittler|middelgro)[\w-]*)?\s+(?:\w+\s+)?(?:business\w*|entreprises?|"
                       r"commerces?|empresas?|negocios?|unternehmen|betrieb\w*|geschaft\w*|imprese|aziende|negozi|ondernemingen|"
                       r"bedrijv\w*|zaken|companies|firms?)\b|\bsmall business\w*|\bpetites? entreprises?\b|\btpe\b|\bpme\b|\bsmes?\b|\bkmu\b|\bpymes?\b|\bpmi\b|\bmkb\b|"
                       r"\bpequenas? empresas?\b|\bpiccol[ae] impres[ae]\b|\bkleinunternehm\w*|\bfamily business\b|\bmittelstand\w*|\bmittelstandisch\w*|"
                       r"\b(?:mid|medium)[- ]sized (?:business\w*|compan\w*|firms?|enterprises?)\b|\beti\b|\bmiddelgrote (?:bedrijven|ondernemingen)\b|"
                       r"\bentreprise familiale\b|\bfamilienunternehm\w*|\bempresa familiar\b|\bazienda familiare\b|\bfamiliebedrijf\b|"
                       r"\blocal business\w*|\bcommerces? de proximite\b|\bindependent (?:shop|store|business)\b|" + _MICRO),
]
_TRADE_RX = [(label, rxcache.compile(p)) for label, p in _TRADES]
_TRADE_PF = Prefilter([p for _, p in _TRADES])
_STARTUP = rxcache.compile(r"\bstart-?ups?\b|\bscale-?ups?\b|\bjeune pousse\b|\bpre-?seed\b|\bseries [ab]\b|\bsaas\b|"
                      r"\b(?:fin|ed|health|prop|legal|food|insur|agri|clean|hr|med|green)tech\b|\bincubat\w*|\by ?combinator\b|\bfrench tech\b")
_LARGE = rxcache.compile(r"\bgroup\b|\bgroupe\b|\bgruppe\b|\bgrupo\b|\bgruppo\b|\bgroep\b(?! \d)|\bholding\b|\bmultinational\w*|\bfortune 500\b|"
                    r"\bcac ?40\b|\bsbf ?120\b|\bftse\b|\bibex\b|\bs&p 500\b|\bglobal 500\b|\bconglomerat\w*|"
                    # the leader of its sector or market ("leader européen de l'emballage", "líder del sector", "Marktführer")
                    r"\b(?:leader|lider|leider)e?s? (?:europe\w*|mondial\w*|global\w*|mundial\w*|international\w*|internacional\w*|"
                    r"national\w*|nacional\w*|nazionale|del sector|du secteur|del settore|do setor|do sector|du marche|del mercado|"
                    r"del mercato|do mercado|in (?:its|the) (?:sector|field|market))\b|\b(?:sector|market|industry) leader\b|\bmarktfuhrer\w*|"
                    r"\bmarktleider\w*|\bleading (?:european|global|national|international)\b|"
                    # the head of one country of a company ("DG France", "Country Manager Spain", "Geschäftsführer DACH"): a subsidiary
                    r"\b(?:dg|ceo|md|managing director|country (?:manager|director|head)|general manager|direct(?:eur|rice) general(?:e)?|"
                    r"geschaftsfuhrer(?:in)?|director(?:a)? general|direttore generale|diret(?:or|ora) geral|algemeen directeur|country lead) "
                    r"(?:de |of |fur |for |para |per |voor |en )?(?:la )?(?:france|germany|deutschland|dach|spain|espana|italia|italy|portugal|benelux|"
                    r"nederland|belgique|belgium|belgie|uk|iberia|emea|europe|europa|suisse|switzerland|schweiz|austria|osterreich|nordics|"
                    r"latam|brasil|brazil|mexico|mexique|espagne|italie|allemagne|alemania|francia|frankreich)\b|"
                    r"\b\d{1,3}[ .,]?000\+? (?:employees|salaries|collaborateurs|mitarbeit\w*|empleados|dipendenti|funcionarios|medewerkers)\b|"
                    r"\b(?:loreal|l'oreal|lvmh|danone|totalenergies|bnp paribas|societe generale|axa|carrefour|renault|stellantis|michelin|"
                    r"airbus|sanofi|kering|engie|veolia|siemens|volkswagen|bmw|daimler|allianz|bosch|basf|bayer|deutsche bank|"
                    r"deutsche telekom|santander|bbva|telefonica|inditex|iberdrola|repsol|enel|unicredit|intesa sanpaolo|generali|"
                    r"philips|unilever|heineken|ahold|nestle|novartis|roche|procter|coca-cola|pepsico|walmart|jpmorgan|goldman sachs|"
                    r"petrobras|ambev|ikea|samsung|toyota|ibm|accenture|deloitte|pwc|kpmg|mckinsey|decathlon)\b")
_LARGE_CS = rxcache.compile(r"(?<![\w.])(?:SA|AG|SE|NV|N\.V\.|S\.A\.|S\.p\.A\.|SpA|plc|PLC|DAX)(?![\w])")


def trade_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names a kind of small business ("boulangerie", "e-shop")."""
    folded, spans = fold(text), []
    may = _TRADE_PF.candidates(folded)
    for i, (_, rx) in enumerate(_TRADE_RX):
        if i not in may:
            continue
        for m in rx.finditer(folded):
            spans.append(m.span())
        for span in spans:
            folded = _blank(folded, span)
        if spans:
            may = _TRADE_PF.candidates(folded)
    return spans


def trades_of(text: str) -> tuple[str, ...]:
    """Every kind of small business named: ('web shop', 'small business'); "tiendas online" is no other shop."""
    folded, found = fold(text), []
    may = _TRADE_PF.candidates(folded)
    for i, (label, rx) in enumerate(_TRADE_RX):
        hits = [m.span() for m in rx.finditer(folded)] if i in may else []
        if hits:
            found.append(label)
            for span in hits:
                folded = _blank(folded, span)
            may = _TRADE_PF.candidates(folded)
    return tuple(found)


def startup_named(text: str) -> bool:
    return bool(_STARTUP.search(fold(text)))


_HEADCOUNT = rxcache.compile(r"\b(\d{1,3}(?:[ .,]\d{3})+|\d+)(?: ?(k|mil))?\+?[- ]?(?:employees|staff|people|colleagues|persons?|salaries|"
                        r"collaborateurs|personnes|empleados|personas|trabajadores|trabalhadores|colaboradores|funcionarios|dipendenti|persone|"
                        r"collaboratori|mitarbeit\w*|beschaftigte\w*|medewerkers|werknemers|fte|"
                        # the workforce by its trade: "15.000 bezorgers", "3 000 livreurs", "2,000 drivers"
                        r"workers|couriers|drivers|riders|agents|employes|salaries|angestellte|arbeitnehmer\w*|kuriere|fahrer(?:innen)?|"
                        r"livreurs|coursiers|chauffeurs|repartidores|conductores|lavoratori|fattorini|autisti|entregadores|motoristas|"
                        r"bezorgers|koeriers|chauffeurs|personeelsleden)\b")
SMALL_HEADCOUNT = 250  # fewer people than this: a small or medium business (the EU's SME line)
# "600 stores across the UK", "450 Filialen", "800 lojas": a chain, however small each shop
_OUTLETS = rxcache.compile(r"\b(\d{1,3}(?:[ .,]\d{3})+|\d+)\+? (?:stores|shops|restaurants|outlets|branches|locations|sites|cafes|coffee shops|"
                      r"filialen|standorte|geschafte|laden|magasins|boutiques|points de vente|agences|tiendas|locales|restaurantes|sucursales|"
                      r"establecimientos|punti vendita|negozi|ristoranti|filiali|locali|lojas|unidades|filiais|winkels|vestigingen|hotels|hoteles|"
                      r"alberghi|hoteis|supermarkets|supermarches|supermercados|supermercati|supermarkten)\b")
_COUNT = rxcache.compile(r"\b(\d{1,3}(?:[ .,]\d{3})+|\d+)\+? ([\w'-]+)")  # "120 boulangeries", "200 padarias": a trade counted
CHAIN_OUTLETS = 20
# "since 1985", "seit 1985", "family-run": an established business, whatever its size, is no start-up
_SINCE = rxcache.compile(r"\b(?:since|depuis|seit|desde|dal|sinds|fondee? en|founded in|gegrundet|opgericht in|est\.?|established in)"
                    r" (?:\w+ )?((?:18|19|20)\d\d)\b")
ESTABLISHED_YEARS = 10
_FAMILY_RUN = rxcache.compile(r"\bfamily[- ](?:run|owned|business)\b|\bfamili(?:enbetrieb|enunternehm|ebedrijf|ale)\w*|\bempresa familiar\b|"
                         r"\bazienda familiare\b|\bentreprise familiale\b|\bdepuis \d+ generations\b|\bin (?:\w+ )?generation\b")


def headcount(text: str) -> int | None:
    """The number of people a headline says the organisation has: "(12 staff)", "38 000 collaborateurs", "20 mil".

    >>> headcount("Gérant de Plomberie Martin (8 salariés)"), headcount("Group CEO | 22,000 people")
    (8, 22000)
    """
    m = _HEADCOUNT.search(fold(text))
    if not m:
        return None
    n = int(re.sub(r"\D", "", m.group(1)))
    return n * 1000 if m.group(2) else n


def organisation(text: str) -> tuple[str, str]:
    """(kind, trade): kind "large", "startup", "small", "established" or "" (not said); trade such as "bakery".

    Simple cues only: "Group", "SA", "AG", "plc", a stock index, a well-known large company or 250
    people and more make it large; a trade (bakery, bike shop, web shop, restaurant, craft…) or fewer
    than 250 people make it small; "since 1985" or "family-run" an established business.

    >>> organisation("Inhaber eines Fahrradladens")
    ('small', 'bike shop')
    >>> organisation("CEO @ TotalEnergies")
    ('large', '')
    >>> organisation("Geschäftsführer | Elektro Brandl GmbH | 20 Mitarbeiter")
    ('small', 'craft business')
    >>> organisation("Inhaber seit 1985")
    ('established', '')
    """
    folded = fold(text)
    people = headcount(text)
    outlets = max([int(re.sub(r"\D", "", m.group(1))) for m in _OUTLETS.finditer(folded)]
                  + [int(re.sub(r"\D", "", m.group(1))) for m in _COUNT.finditer(folded) if trades_of(m.group(2))], default=0)
    if (_LARGE.search(folded) or _LARGE_CS.search(text) or (people is not None and people >= SMALL_HEADCOUNT)
            or outlets >= CHAIN_OUTLETS):
        return "large", ""
    may = _TRADE_PF.candidates(folded)
    trade = next((label for i, (label, rx) in enumerate(_TRADE_RX) if i in may and rx.search(folded)), "")
    if _STARTUP.search(folded):
        return "startup", trade
    if trade or people is not None:
        return "small", trade
    since = _SINCE.search(folded)
    if _FAMILY_RUN.search(folded) or (since and int(since.group(1)) <= THIS_YEAR - ESTABLISHED_YEARS):
        return "established", ""
    return "", ""


# -- reading a headline ------------------------------------------------------------------------

_IN_HOUSE = rxcache.compile(r"\bin-?house\b|\binhouse\w*|\ben interne\b|\bintern(?:e|er)? (?:kreativ|marken|brand)\w*")
_SEGMENT = rxcache.compile(r"\s*(?:\||•|;|\n|!|\?|,)\s*|\s*(?<!\w)·\s*|\s*·(?!\w)\s*|\s+(?:-|–|—|--)\s+")  # not "étudiant·e"
# " a " only where the headline has "à" (and not "à la recherche", "à procura de", "à mon compte")
_COMPANY = rxcache.compile(r"@|\s(?:at|chez|bei|presso|bij)\s|\sa\s(?!(?:procura|la recherche|l'ecoute|mon compte|temps|distance|domicile)\b)")
_JUNIOR = rxcache.compile(r"\bjunior(?:s|es)?\b|\bjr\b|\bdebutant(?:e)?s?\b|\bbeginn\w*|\bprincipiantes?\b|\banfanger\w*|\bbeginnend\w*|\bentry[- ]level\b|\bberufseinsteiger\w*|\beinsteiger\w*|\bnachwuchs\w*|"
                     r"\bvolontar(?:in|innen|e)?\b|\bpraticant[ei]\b|"  # a trainee journalist (Volontärin, giornalista praticante)
                     r"\bvorbereitungsassistent\w*|"  # a dentist's first two years after the Approbation
                     r"\bgraduate\b|\bstarter\b|\bprincipiante\b|\bjunior-\w+|\bnew ?grads?\b|\bnewly\b|\bneo-?assunt[oa]\b|\bbootcamp\b|"
                     r"\bpremi(?:er|ere) (?:poste|emploi|cdi|job|experience)\b|\bfirst (?:job|role|position)\b|\bprimer (?:empleo|trabajo|contrato)\b|"
                     r"\bprimeir[oa] (?:oportunidade|emprego|experiencia)\b|\beerste baan\b|\bprim[oa] (?:impiego|lavoro|esperienza)\b|"
                     r"\berste[nr]? (?:job|stelle)\b|\beinstieg\w*|\bstartende\w*|\bjeunes? diplome\w*|\bearly[- ]career\b|\byoung professionals?\b|"
                     r"\bjeunes?\b|\byoung\b|\bemergent[ei]s?\b|\bemerging\b|\bemergentes\b|\bjovenes\b|\bjoven\b|\bgiovani\b|\bgiovane\b|\bjovens\b|\bjovem\b|\bjunge[nr]?\b|\bjonge\b|\bjong\b|\b(?:en )?debut de carriere\b|"
                     r"\binicio de (?:la )?carrera\b|\binicio de carreira\b|\binizio (?:di )?carriera\b|\bbegin van (?:de|hun|je) carriere\b|"
                     r"\bam anfang (?:ihrer|der) (?:karriere|laufbahn)\b|\bberufsstart\w*|"
                     r"\bjeunes? (?:actifs?|professionnel\w*|talents?)\b|\bberufsanfanger\w*|\bjovenes? profesional\w*|"
                     r"\bgiovani (?:professionisti|talenti)\b|\bjovens profissiona\w*|\bstarters?\b|\bneo-?(?:diplomat|laureat)\w*|"
                     r"\ben reconversion\w*|\bcareer (?:changers?|switchers?)\b|\bquereinsteiger\w*|\bzij-?instrom\w*|"
                     # newly hired: in the post, but new to it ("insegnanti neoassunti", "neu eingestellt", "recém-contratada")
                     r"\bneo-?(?:assunt|immess|inserit|abilitat)[oaie]\b|\bneo-?titulaire\w*|\bnouvellement (?:recrute|nomme|titularise|arrive)\w*|"
                     r"\bnouvel(?:le)?s? (?:recrue|arrivant)\w*|\bprofesseur(?:e)?s? stagiaires?\b|\bneu eingestellt\w*|\bfrisch eingestellt\w*|"
                     r"\bneueingestellt\w*|\brecien (?:incorporad|contratad|llegad|nombrad)[oa]s?\b|\b(?:docentes?|profesor(?:a|es|as)?|maestr[oa]s?) novel(?:es)?\b|"
                     r"\brecem-?(?:contratad|colocad|chegad|admitid|nomead|efetivad)[oa]s?\b|\bnew(?:ly)? (?:hired?|hires|appointed|recruited)\b|"
                     r"\bnew (?:teachers?|starters?|joiners?)\b|\bpas aangenomen\b|\bnet (?:begonnen|gestart|aangenomen|in dienst)\b|"
                     r"\bnieuwe (?:docent|leerkracht|collega)\w*|\bearly[- ]career\w*|\bect\d?\b|\bfirst[- ]year\b|\bfirst year (?:in|of|as)\b|"
                     r"\b(?:1(?:re|ere|er)|premiere?) annee\b|\berste[sn]? (?:dienst|berufs|schul|arbeits)?jahr\w*|\b1\. (?:dienst|berufs)jahr\w*|"
                     r"\bprimer (?:ano|curso)\b|\bprim[oa] anno\b|\banno di prova\b|\bprimeiro ano\b|\b1\.?[ºo°]? ano de servico\b|\beerste jaar\b|"
                     r"\balle prime armi\b|\bsinds kort\b|\bvoor (?:mezelf|mijzelf) begonnen\b|\b(?:just|recently|newly) (?:launched|started|set up|opened)\b|"
                     r"\bvien(?:s|t) de (?:lancer|creer|m'installer|s'installer|demarrer|ouvrir)\b|\brecemment installee?\b|\bappena (?:avviat|apert)[oa]\b|"
                     r"\bacab(?:o|ei) de (?:abrir|lancar|comecar)\b|\bacabo de (?:abrir|lanzar|empezar)\b|\bfrisch gegrundet\b|\bgerade gestartet\b|\biniciantes?\b|\b(?:just )?starting out\b|\bneu im team\b|\bnew to the team\b|\bnouvel(?:le)? (?:venu|arrive)e?\b|"
                     r"\b(?:just|recently) (?:qualified|registered|licensed|graduated)\b|\bfrisch approbiert\w*|\bseit (?:\w+ )?(?:tagen|wochen|monaten) (?:approbiert|zugelassen)\w*|"
                     r"\brecem-?(?:inscrit|formad|licenciad|diplomad|habilitad)[oa]s?\b|\brecien (?:titulad|colegiad|licenciad|graduad)[oa]s?\b|"
                     r"\b(?:net|pas|onlangs) (?:afgestudeerd|gediplomeerd|geregistreerd|big-geregistreerd)\b|\babilitat[oa] da (?:pochi|qualche) (?:mesi|settimane)\b|"
                     r"\bda poco abilitat[oa]\b|\bfraichement diplome\w*|\btout juste diplome\w*|\br[ée]cemment diplome\w*|"
                     r"\bprimi clienti\b|\bprimeros clientes\b|\bpremiers clients\b|\bfirst clients\b")
_SENIOR = rxcache.compile(r"\bsenior\b|\bsr\b|\blead\b|\bprincipal\b|(?<!\d )\bstaff\b|\bexpert(?:e)?\b|\bconfirme(?:e)?\b|\bleitende\w*|\bervaren\b|"
                     r"\bsenior-\w+|\bexperienced\b|\bexperimente(?:e)?\b|\berfahrene[nr]?\b|\bexperimentad[oa]\b|\bveteran\w*")
# "12 years in A&E", "20 años de experiencia": five years and more is experienced
_YEARS = rxcache.compile(r"(?<!\ba )(?<!\baos )(?<!\bat )(?<!\bmit )(?<!\bop )(?<!\bde )(?<!\bage )(?<!\baged )"
                    r"\b(\d{1,2})\+? ?(?:ans|years?|yrs|jahre?n?|anos|anni|jaar|jaren|vintages|vendemmie|vendanges|vendimias|colheitas|"
                    r"oogsten|jahrgange|harvests|seasons|saisons|stagioni|temporadas)\b(?! old)")
# a young age: "Winemaker, 27", "Vignaiolo under 30", "de 26 años", "à 24 ans", "aos 25 anos"
_AGE = rxcache.compile(r"\b(?:under|unter|sotto i|menos de|moins de|onder de|minder dan|jonger dan|u)[ -]?(?:2\d|3[0-5])\b|"
                  r"(?:^|[,|(]) ?(1[89]|2\d|3[0-2]) ?(?:$|[,|)])|"
                  r"\b(?:a|aos|at|mit|op|met|de|age|aged|agee de|con|com|à) (1[89]|2\d|3[0-2]) ?(?:ans|anni|anos|jahren?|jaar|years?(?: old)?|y/?o)\b(?! d'| de | di | of | ervaring| erfahrung| im beruf| in het vak)|"
                  r"\b(1[89]|2\d|3[0-2])[- ]?(?:years?[- ]old|y/?o|jahre alt|jaar oud|anos de idade|anni di eta)\b")
EXPERIENCED_YEARS = 5
# "nurse since 2008" (experienced), "infirmière depuis juillet 2024" (new)
_PERSON_SINCE = rxcache.compile(r"\b(?:since|depuis|seit|desde|dal|sinds) (?:\w+ )?((?:19|20)\d\d)\b")


# "Mentoring early-career teachers", "Formatrice d'enseignants débutants": the people served are new, not the person
_SERVES = rxcache.compile(r"\b(?:help\w*|mentor\w*|coach\w*|train(?:s|ing)?|support\w*|accompagn\w*|aid(?:e|er|ant)s?|ayud\w*|helfe\w*|"
                     r"unterstutz\w*|begleit\w*|aiut\w*|ajud\w*|begeleid\w*|apoi\w*|sosten\w*|"
                     r"(?:trainer|formate(?:ur|urs)|formatrices?|format(?:ore|ori)|formador(?:a|es|as)?|educators?|fortbildner\w*|opleider\w*)"
                     r" (?:of|de|d'|des|di|per|for|fur|voor|van|do|da|dos|das))\b[^|]*")


def _seniority(folded: str) -> str:
    """ "junior", "senior" or "" as a segment or a whole headline (folded) says it."""
    folded = _SERVES.sub(" ", folded)
    if _JUNIOR.search(folded) or _AGE.search(folded):
        return "junior"
    years = [int(m.group(1)) for m in _YEARS.finditer(folded)]
    since = [THIS_YEAR - int(m.group(1)) for m in _PERSON_SINCE.finditer(folded)]
    if _SENIOR.search(folded) or any(y >= EXPERIENCED_YEARS for y in years + since):
        return "senior"
    if since and max(since) <= RECENT_YEARS:
        return "junior"
    return ""


# a part of an organisation: its head does not run the whole ("Head of Year 9", "Capo dipartimento", "Chef de service")
_UNIT = rxcache.compile(r"\b(?:departments?|dept|departements?|departamentos?|dipartiment[oi]|abteilung\w*|\w+abteilung\w*|fachbereich\w*|"
                   r"fachschaft\w*|fachleit\w*|afdeling\w*|sectie\w*|vakgroep\w*|of year|year \d+|jaarlaag|services?|servicios?|servizi|"
                   r"servizio|servicos?|reparto|faculty|faculte|facultad|secciones?|seccion|sezione|unit|unite|stufe|klassenstufe|"
                   r"de sala|di sala|de salle|floor|shift|equipe|de turno|de rayon)\b")

_LINK = set("in of en de des du d la le les l and or et ou the a an y o e und oder von im di del della dei da do dos das van het "
            "voor for pour para fur per at chez bei presso bij with avec mit con com met my mon ma mes who qui que sur on & + x "
            "eines einer einem ein eine un une una uno um uma een der die den dem".split())


_BROAD = {"business", "research", "management"}
# an import business: "Vino Italiano Import GmbH", "Weinimport Bergmann", "Importaciones Vinícolas", "Importação de vinhos"
_IMPORT_BUSINESS = rxcache.compile(r"\bimport\b|\w+import\b|\bimports\b|\bimport(?:ation|azione|azioni|acion|aciones|acao|acoes|ing|handel)\w*|"
                              r"\bimportadora\b|\bimport-export\b")
_RUNS_IT = {"ceo", "founder", "owner"}
_STUDY_PLACES = {"higher education", "school", "adult education"}  # where a student studies, not what


@dataclass(frozen=True)
class Role:
    """One role named in a headline: its kind (see KIND_LABEL), its words as written, its own fields."""

    kind: str
    title: str
    fields: tuple[str, ...]
    field_text: str  # the segment's other words, for fields the lexicon does not know
    seniority: str  # "junior", "senior" or ""
    trade: str = ""  # a small business named beside the role: "Gérant de boulangerie"
    unit: bool = False  # the head of a part of the organisation: "Head of Maths Department", "Chef de service"

    def label(self, field: str = "") -> str:
        """'marketing director (CMO)', 'communication student (Étudiante)', 'owner (Gérant)'.

        ``field`` names the one that matters (the one matched) instead of the first.
        """
        noun = KIND_LABEL[self.kind]
        field = field or (self.fields[0] if self.fields else "")
        if field and self.kind in ("executive", "manager", "student"):
            noun = f"{field} {noun}"
        return f"{noun} ({self.title})" if self.title else noun


@dataclass(frozen=True)
class Reading:
    """What a headline (or a phrase of the settings) says: its roles, fields and organisation."""

    text: str
    roles: tuple[Role, ...]
    org: str  # "large", "startup", "small", "established" or ""
    trade: str  # the first kind of small business named ("bakery")
    trades: tuple[str, ...] = ()  # all of them: "tienda online de bicicletas" is a web shop and a bike shop
    org_fields: tuple[str, ...] = ()  # every field named, the employer's too: "Art Director @ Fieldhouse Advertising"
    in_house: bool = False  # "Creative Director, in-house brand team": working for the brand, not for an agency
    professions: tuple[str, ...] = ()  # trades named as a person: "sommelier", "translator" (see PROFESSIONS)

    @property
    def kinds(self) -> set[str]:
        return {r.kind for r in self.roles}

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for r in self.roles for f in r.fields))

    def describe(self) -> str:
        """One line: "marketing director (CMO); field: marketing; organisation: startup"."""
        named = [r for r in self.roles if r.kind != "professional"]
        parts = [", ".join(r.label() for r in named) if named else "no role named"]
        words = next((r.field_text for r in self.roles if r.field_text), "")
        parts.append(f"field: {', '.join(self.fields)}" if self.fields else f"field: small business: {self.trade}" if self.trade
                     else f"field: '{words}' (not in the lexicon)" if words else "field: not named")
        if self.org:
            parts.append(f"organisation: {self.org}")
        return "; ".join(parts)


def words_of(folded: str) -> str:
    """The words of a folded text that may name a field: no link words, no numbers."""
    return _words(folded)


def _words(folded: str) -> str:
    return " ".join(w for w in re.split(r"[^\w'&-]+", folded) if w and w not in _LINK and not w.isdigit())


def _segments(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SEGMENT.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = max(start, m.end())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def own_segment(text: str, title: str = "") -> str:
    """The segment of a headline (folded) that names a role title, before any employer: "mecanico de aeronaves junior"
    in "Mecânico de aeronaves júnior | TAP Air Portugal"; the first segment when no title is named."""
    folded, want = fold(text), fold(title).strip()
    for s, e in _segments(folded):
        if not want or want in folded[s:e]:
            m = _COMPANY.search(folded, s, e)
            return folded[s:m.start() if m else e]
    return ""


def own_segment_written(text: str, title: str = "") -> str:
    """The same segment as :func:`own_segment`, as written (fold keeps every character's place), without the title."""
    folded, want = fold(text), fold(title).strip()
    for s, e in _segments(folded):
        if not want or want in folded[s:e]:
            m = _COMPANY.search(folded, s, e)
            end = m.start() if m else e
            at = folded.find(want, s, end) if want else -1
            return (text[s:at] + " " + text[at + len(want):end]) if at >= 0 else text[s:end]
    return ""


def _role_spans(text: str, folded: str, degrees: bool, vc: bool = False, firm: str | None = None,
                school: bool = False) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    may, may_cs = _ROLE_PF.candidates(folded), _ROLE_CS_PF.candidates(text)
    for i, (kind, rx, field, cs) in enumerate(_ROLES):
        if ((kind == "degree" and not degrees) or (kind == "investor_vc" and not vc) or (kind == "partner_firm" and firm is None)
                or (kind == "school_head" and not school)):
            continue
        if i not in (may_cs if cs else may):
            continue  # it finds nothing here
        for m in rx.finditer(text if cs else folded):
            s, e = m.span()
            if s == e or any(s < fe and fs < e for fs, fe, _, _ in found):
                continue
            if kind not in ("student", "degree", "job_seeker", "graduate") and _NOT_NOW.search(folded[max(0, s - 30):s]):
                found.append((s, e, "past", ""))  # "Ex-CMO", "aspiring marketing director": not the role today
                continue
            if kind != "recruiter" and _AUDIENCE.search(re.sub(r"[\w-]+$", "", folded[max(0, s - 40):s])):
                found.append((s, e, "past", ""))  # "I help founders", "Placing CISOs": whom they serve or recruit
                continue
            word = folded[s:e].strip().rstrip("s")
            if kind == "ceo" and word.startswith("presiden") and _CLUB.search(folded):
                found.append((s, e, "past", ""))  # "Debating society president": a student body, not a company
                continue
            implied = _CXO_FIELD.get(word) or _ACRONYM_FIELD.get(word) or field or (firm or "" if kind == "partner_firm" else "")
            if kind == "executive" and word.startswith("chief ") and not implied:
                implied = next(iter(fields_of(text[s:e])), "")  # "Chief Marketing Officer"
            found.append((s, e, {"degree": "student", "investor_vc": "investor", "partner_firm": "owner",
                                 "school_head": "executive"}.get(kind, kind), implied))
    if any(k == "ceo" for _, _, k, _ in found):
        # "Geschäftsführer Finanzen (CFO)", "Directeur général délégué aux finances": the chief of a function, not of the firm
        chiefs = []
        for s, e, k, f in found:
            after = _FUNCTION_AFTER.match(folded, e) if k == "ceo" else None
            if after:
                chiefs.append((s, e, "executive", next(iter(fields_of(after.group(1))), "")))
            else:
                chiefs.append((s, e, k, f))
        found = chiefs
    for m in _QUALIFIED_IN.finditer(folded):  # "diplômée 2024": newly qualified
        s, e = m.span()
        if 0 <= THIS_YEAR - int(m.group(1)) <= RECENT_YEARS and not any(s < fe and fs < e for fs, fe, _, _ in found):
            found.append((s, e, "graduate", ""))
    return sorted(f for f in found if f[2] != "past")


def seniority_of(text: str) -> str:
    """ "junior", "senior" or "" as the words say it: "New grad RN" junior, "Nurse | 12 years in A&E" senior."""
    return _seniority(fold(text))


def title_spans(text: str) -> list[tuple[int, int, str]]:
    """Every role title in a short text (a phrase of the settings), with its kind: [(0, 8, 'founder'), …]."""
    folded = fold(text)
    vc = bool(_VC.search(folded))
    return [(s, e, kind) for s, e, kind, _ in _role_spans(text, folded, degrees=True, vc=vc, firm=None if vc else _firm(folded),
                                                          school="school" in fields_of(text))]


def title_field(title: str) -> str:
    """The field a role title names by itself: 'CTOs' → 'tech', 'DRH' → 'hr', 'farmers' → 'agriculture'."""
    word = fold(title).strip().rstrip("s")
    if word.startswith("chief "):
        return next(iter(fields_of(title)), "")
    implied = next((f for *_, f in _role_spans(title, fold(title), degrees=False) if f not in ("management", "hr")), "")
    return _CXO_FIELD.get(word) or _ACRONYM_FIELD.get(word) or implied


_FUNCTION_AFTER = rxcache.compile(r"\s*(?:\(|-|,)?\s*(?:(?:delegue|delegado|delegato)e? (?:aux?|a las?|a los|ai|alle?) |(?:de |des |du |del |der |dei |da |do |fur |van |for |of )?)"
                             r"(finan\w*|marketing|vertrieb|personal|hr|rh|rrhh|operations|technik|it|sales|ventes|ventas|vendite|vendas|verkoop|"
                             r"tecnolog\w*|technolog\w*|technique|tecnic[ao]|kaufmannisch\w*|comercial|commercial|commerciale)\b(?!-)")
# who teaches: a degree or a school beside it is where they teach, not what they study
_TEACHES = rxcache.compile(r"(?<!futur )(?<!future )(?<!aspiring )(?<!angehende )(?<!angehender )(?<!formacao de )(?<!formation des )(?<!formation d')"
                      r"(?<!formacion de )(?<!formazione dei )(?<!formazione degli )(?<!opleiding tot )(?<!training of )(?<!lehramt )(?<!future )\b(?:\w*teachers?|lecturers?|enseignant(?:e)?s?|"
                      r"professeur(?:e)?s?|profes(?:or|ora|ores|oras)|professor(?:a|es|as|in)?|\w*lehrer(?:in|innen)?|lehrkr[ae]ft\w*|dozent(?:in|innen|en)?|"
                      r"insegnant[ei]|docent(?:e|i|es)?|leraar\w*|lerares|maitre(?:sse)? de conferences?|charge(?:e)? de cours|lector(?:a|es)?|"
                      r"formad(?:or|ora)|format(?:eur|rice|ore))\b")


@lru_cache(maxsize=20000)
def read(text: str) -> Reading:
    """Roles, fields and organisation named in a headline (or in a phrase of the owner's settings).

    >>> [r.label() for r in read("CMO | B2B SaaS").roles]
    ['marketing director (CMO)']
    >>> [(r.label(), r.fields) for r in read("Sales Director @ Marketing Hub").roles]
    [('sales director (Director)', ('sales',))]
    """
    text = unsharp(text)  # "Großbrauerei": the lexicon spells it "gross"
    folded = fold(text)
    org, trade = organisation(text)
    parts, schools = [], []
    for s, e in _segments(folded):
        end = e
        for m in _COMPANY.finditer(folded, s, e):
            # words after a company marker name the employer or the school, not the role's field
            if m.group().strip() != "a" or text[m.start() + 1] in "àÀ":
                end = m.start()
                break
        if end > s:
            parts.append((text[s:end], folded[s:end]))
            schools.append(text[end:e])
    vc = bool(_VC.search(folded))  # "Partner @ Lumen Ventures": an investor
    firm = None if vc else _firm(folded)  # "Socio en Bufete Marín": an owner of the firm
    whole = fields_of(text)
    at_school = "school" in whole  # "Principal | Lakeview Middle School": the head of a school
    # "Chef de projet | Master IAE": a degree held, not a student; a degree names a student only when no other role is named
    spans_all = [_role_spans(t, f, degrees=False, vc=vc, firm=firm, school=at_school) for t, f in parts]
    # "Enseignante en marketing digital – IUT de Bellecombe", "Dozentin | Hochschule…": who teaches at the school is no student of it
    if not any(k not in ("student", "job_seeker") for spans in spans_all for _, _, k, _ in spans) and not _TEACHES.search(folded):
        spans_all = [_role_spans(t, f, degrees=True, vc=vc, firm=firm, school=at_school) for t, f in parts]
    # what a segment does not say of the person, the headline may: "Senior Data Analyst | Open to work"
    # (a student or a new graduate is junior in every segment: "Informatikstudent | Auf Jobsuche")
    overall = _seniority(folded) or ("junior" if any(k in ("student", "graduate") for sp in spans_all for *_, k, _ in sp) else "")
    everything = fields_of(" | ".join(t for t, _ in parts))
    loose = tuple(dict.fromkeys(f for (t, _), spans in zip(parts, spans_all) if not spans for f in fields_of(t)))
    loose_words = " ".join(_words(f) for (_, f), spans in zip(parts, spans_all) if not spans).strip()
    roles: list[Role] = []
    segment_of: list[str] = []
    for (seg_text, seg_fold), spans, school in zip(parts, spans_all, schools):
        if not spans:
            continue
        rest_fold = seg_fold
        for s, e, _, _ in spans:
            rest_fold = _blank(rest_fold, (s, e))
        own = fields_of(seg_text)  # titles included: "Personalleiterin", "community manager"
        trades = trades_of(seg_text)
        words = _words(rest_fold) or loose_words
        said = _seniority(seg_fold)
        unit = bool(_UNIT.search(seg_fold))
        seen = set()
        for s, e, kind, implied in spans:
            if kind in seen:  # "Étudiante en BUT…": one student
                continue
            seen.add(kind)
            if kind == "recruiter":
                fields: tuple[str, ...] = ("hr",)  # a recruiter's own field, whatever they recruit for
            else:
                # "école de commerce | marketing digital": the school's kind, then the speciality
                # a job seeker is also what the rest of the headline says: "Desarrollador junior | Buscando empleo en tecnología"
                broad = set(own) <= _BROAD
                more = everything if kind == "job_seeker" else loose if broad else ()
                if not broad:  # "Fondatrice de Lirac Immobilier – promotrice immobilière": real estate, and of it property development
                    more = tuple(f for f in loose if any(o in ancestors(f) for o in own))
                if kind in _RUNS_IT:
                    more += fields_of(school)  # "Geschäftsführer @ Lindenhof Projektentwicklung GmbH": the firm's business is theirs
                if kind == "student":
                    more = tuple(f for f in more if f not in _STUDY_PLACES)  # "Estudiante de Turismo | Universidad de Cádiz"
                if kind == "student" and not own and not more:
                    more = fields_of(school)  # "Étudiant à l'école hôtelière de Lausanne": the school says it
                fields = tuple(dict.fromkeys(([implied] if implied else []) + list(own) + list(more)))
            seniority = said or ("junior" if kind in ("student", "graduate") else overall)
            roles.append(Role(kind, seg_text[s:e].strip(), fields, words, seniority, trades[0] if trades else "", unit))
            segment_of.append(seg_text)
    if roles and "importer" not in {r.kind for r in roles} and _IMPORT_BUSINESS.search(folded):
        # "Fondatore di Nordvin Import AB | Importazione di vini": who runs an import business is an importer, of what it imports
        head = next((r for r in roles if r.kind in _RUNS_IT | {"executive"}), None)
        if head:
            roles.append(Role("importer", head.title, whole, head.field_text, head.seniority))
    if not roles:
        words = " ".join(_words(f) for _, f in parts).strip()
        if words:
            roles.append(Role("professional", "", loose, words, overall))
    professions = professions_of(" | ".join(f for _, f in parts))
    trades = trades_of(text)
    if set(professions) & CRAFT_PROFESSIONS and "craft business" not in trades:
        trades += ("craft business",)  # "Apprentice electrician", "Titolare … | Elettricista": a trade of the Handwerk
    # a person's headline names them in the singular; the plural, beside it, says whom they serve (a phrase of the
    # settings is in the plural throughout: "créateurs d'entreprise et auto-entrepreneurs")
    placed = list(zip(roles, segment_of + [""] * (len(roles) - len(segment_of))))
    if any(r.kind not in ("freelancer", "professional") and not _plural(r.title) for r in roles):
        # "Gestor de empresas en Banco Ribera | Pymes y autónomos": the self-employed in the plural are clients
        placed = [(r, seg) for r, seg in placed if r.kind != "freelancer" or not _plural(r.title)]
    hunters = {seg for r, seg in placed if r.kind == "recruiter" and not _plural(r.title)}
    if hunters:
        # "Headhunter | Diretores de marketing e vendas", "Headhunter | Marketingleiter": whom they place, not what they are
        placed = [(r, seg) for r, seg in placed if r.kind == "recruiter" or (seg in hunters and not _plural(r.title))]
    roles = [r for r, _ in placed]
    return Reading(text, tuple(roles), org, trade, trades, whole, bool(_IN_HOUSE.search(folded)), professions)


# professions of the Handwerk, whose people work in a craft business whatever else the headline says
CRAFT_PROFESSIONS = frozenset({"electrician", "plumber", "carpenter", "painter", "roofer", "mason", "locksmith"})
_PLURAL_TITLE = rxcache.compile(r"(?:[^u]s|e[sn]|i|innen)$")


def _plural(title: str) -> bool:
    """A title in the plural, by its first word: "Diretores", "créateurs d'entreprise", "autónomos"."""
    first = fold(title).split()
    return bool(first and _PLURAL_TITLE.search(first[0]))


def professions_of(folded: str) -> tuple[str, ...]:
    """The professions a folded text names as a person ("Sumiller jefe" → sommelier, "Weinjournalistin" → journalist)."""
    may = _PROFESSION_PF.candidates(folded)
    return tuple(label for i, (label, rx) in enumerate(_PROFESSION_RX) if i in may and rx.search(folded))


def roles_of(text: str) -> set[str]:
    """Kinds of role named in a headline or phrase.

    >>> sorted(roles_of("Étudiante en Master Marketing Digital"))
    ['student']
    >>> sorted(roles_of("Gründerin von Kaffeeliebe, Online-Shop"))
    ['founder']
    """
    return {r.kind for r in read(text).roles} - {"professional"}
