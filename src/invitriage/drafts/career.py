"""Where a job seeker or learner stands in their career, read from the note and headline.

Round 21: an experienced manager back from parental leave was told "what works best for a junior", a junior with a
year of experience and a Werkstudent got internship paperwork (convention de stage). :func:`stage` reads the sender's
stage so the owner's FAQ answers (``who = [...]`` in an ``[[answers]]`` entry) fit the person:

- ``intern``: looking for an internship or an apprenticeship (stage, Praktikum, prácticas, tirocinio, estágio, stage);
- ``student``: a student, a Werkstudent, a student job;
- ``junior``: a junior, a graduate, a first job, a career changer, one or two years of experience;
- ``experienced``: three years or more, a manager or senior title, back after parental leave or a break, or after a
  reorganisation or a layoff (with nothing of a junior);
- ``employed``: already in the job, new to it ("I've just started as a junior marketer", "ik ben net begonnen als…",
  "acabo de empezar como…"): advice for the work at hand, never for "the job you're aiming for";
- ``""``: the note does not say.

>>> stage("hoi, ik ben net begonnen als junior marketeer bij een startup en moet ineens de meta ads doen. tips?")
'employed'

>>> stage("Hoi, ik werk sinds kort als junior online marketeer. Welke boeken raad je aan?"), stage("je travaille depuis peu comme chargée de communication, quels livres ?")
('employed', 'employed')
>>> stage("Hallo, ich bin seit 3 Monaten auf Jobsuche nach meiner Elternzeit. Tipps?")
'experienced'
>>> stage("busco trabajo como SEO junior, tengo 1 año de experiencia")
'junior'
>>> stage("ich suche eine Werkstudentenstelle im Bereich SEO")
'student'
>>> stage("je cherche un stage de 6 mois en SEO à Lyon")
'intern'
>>> stage("Online marketeer, 8 jaar ervaring, op zoek na een reorganisatie")
'experienced'
>>> stage("Hi, any advice on the Lyon job market?")
''
"""

from __future__ import annotations

from invitriage.drafts import rx as cre
from invitriage.drafts.askfacts import _PLACE_RX
from invitriage.judge.normalize import fold
from invitriage.taxonomy import by_lang

#: The stages an FAQ entry's ``who`` may name.
STAGES = ("student", "intern", "junior", "experienced", "employed")

_INTERN = (r"\b(?:internships?|intern\b(?!al|ational)|alternance|apprentissage|apprenticeship|apprenti\w*|(?:pflicht)?praktik(?:um|a|ums)\b|praktikant\w*|ausbildung\w*"
           r"|practicas|pasantia\w*|becari[oa]|tirocini\w*|stagista|estagi\w*|stageplek\w*|afstudeerstage|meewerkstage|stagiair\w*|leerwerkplek\w*"
           r"|(?:un|une|mon|ma|de|du|en|ein|een|mijn|uno|lo|o|um)\s+stages?\b|stages?\s+(?:de|d'|en|in|bij|di|em|van|of)\s)")
# "Werkstudent", "student job", "job étudiant": a student's job, not an internship
_STUDENT = (r"\b(?:werkstudent\w*|student\w*|etudiant\w*|estudiante\w*|studente\w*|studentess\w*|estudante\w*|studierende\w*|final[- ]year|en (?:master|licence|bts|but)\b"
            r"|im (?:master|bachelor)\b|studeer\w*|studiere\w*|job etudiant|studentenbaan|bijbaan)\b")
_JUNIOR = (r"\b(?:junior|fresher\w*|beginner|debutant\w*|principiante\w*|iniciante\w*|berufseinsteiger\w*|einsteiger\w*|absolvent\w*|graduate\w*|graduated|jeune diplome\w*|diplomee?s?"
           r"|recien graduad\w*|neolaureat\w*|appena laureat\w*|recem-formad\w*|recem formad\w*|recem-licenciad\w*|licenciad[oa]|afgestudeerd|net klaar met"
           r"|first job|premier (?:emploi|poste|job)|erste[nr]? (?:stelle|job)|primer (?:empleo|trabajo)|primo (?:lavoro|impiego)|primeiro emprego|eerste baan"
           r"|reconversion|reconverti\w*|career change\w*|career switch\w*|changing careers|quereinsteiger\w*|quereinstieg|cambio de carrera|riconversione"
           r"|reconversao|transicao de carreira|omscholing|carriereswitch|zij-instromer"
           # "¿algún consejo para alguien que empieza?", "des conseils pour quelqu'un qui débute ?", "any advice for someone just
           # starting out?", "Tipps für jemanden, der gerade anfängt?", "consigli per chi inizia?", "dicas para quem está a
           # começar?", "tips voor iemand die net begint?": a beginner, whatever the "manager" of the role sought
           r"|(?:someone|somebody|anyone|people) (?:who(?:'s| is| are)? )?(?:just )?(?:starting|beginning)(?: out)?|just starting out"
           r"|(?:quelqu'un|ceux|celles?) qui (?:debute|commence|demarre)|(?:alguien|quien|los que) (?:que )?(?:empieza|comienza|esta empezando|esta comenzando|empiezan)"
           r"|(?:chi|qualcuno che) (?:inizia|comincia|sta iniziando|sta cominciando)|(?:quem|alguem que) (?:esta a comecar|esta comecando|comeca|esta iniciando|esta a iniciar)"
           r"|jemande[nm]?,? (?:der|die) (?:gerade |erst )?(?:anfangt|einsteigt|beginnt)|iemand die (?:net |pas )?(?:begint|start)"
           # "I'm retraining in digital marketing", "ich mache eine Umschulung zur …": moving into the trade from another
           # (never "learning SEO to retrain" after years as a community manager: experience in the trade)
           r"|retrain\w* (?:in|into|as|to become)|umschulung (?:zu[mr]?|als)|umschul\w* (?:zu[mr]?|als)|herscholing (?:tot|naar)"
           # "buscando trabajo como community manager después de un máster", "looking for a job after my master's", "nach
           # meinem Master", "na mijn master": a job sought straight after a degree is a first one, never an experienced
           # candidate's search (the "manager" of the role sought is no seniority)
           # ("tras acabar un máster", "after finishing my degree", "après avoir terminé mon master", "dopo aver finito la laurea")
           r"|(?:after|despues de|tras|dopo|depois d[eo]|apres|nach|na)\s+(?:(?:finishing|completing|acabar|terminar|finalizar|concluir|(?:avoir |aver )?(?:termine|fini|finito|concluso|completato)|finire|terminer)\s+)?(?:(?:a|my|the|un|una|mi|mis|el|mon|ma|mes|le|il|lo|mio|la|um|uma|meu|o|meinem|dem|einem|mijn|een|de)\s+)?"
           r"(?:master'?s?|masterstudium|mestrado|bachelor'?s?|licence|licenciatura|grado|laurea(?: magistrale)?|degree|studium|studie|estudios|studi|universidad|universita|faculdade)\b)\b")
#: One or two years of experience (folded): "1 jaar ervaring met Google Ads", "2 Jahre Erfahrung SEA", "un an d'expérience".
_FEW_YEARS_WORKED = (r"\b(?:1|2|one|two|un|une|deux|ein|einem|zwei|uno|dos|due|um|dois|een|twee)\s*(?:years?|ans?|annees?|jahre?n?|anos?|anni|anno|jaar)\b"
                     r"(?:\s+(?:of|d'|de|di|an|aan))?\s+(?:\w+\s+)?(?:experience|erfahrung|experiencia|esperienza|ervaring|werkervaring)\b")
_YEARS = (r"(?<!\d[.,])\b(?:[3-9]|[1-3]\d|three|four|five|six|seven|eight|nine|ten|trois|quatre|cinq|six|sept|huit|neuf|dix|drei|vier|funf|sechs|sieben|acht|neun|zehn"
          r"|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quattro|sei|sette|otto|nove|dieci|tres|quatro|sete|oito|dez|drie|vijf|zes|zeven|negen|tien)\+?\s*"
          r"(?:years?|yrs|ans|annees|jahre?n?|j\.|anos|anni|jaar)\b")
#: One or two years told with the trade right after ("après 2 ans en agence", "2 years in SEO", "zwei Jahre im Marketing"):
#: years worked in the trade, never a graduate's weighing of agency against in-house.
_FEW_YEARS = (r"(?<!\d[.,])\b(?:1|2|one|two|un|une|deux|ein|einem|zwei|uno|dos|due|um|dois|een|twee)\s*"
              r"(?:years?|yrs|ans?|annees|jahre?n?|anos|anni|anno|jaar)\b")
#: The trade right after the years (folded): "5 yrs SEO", "6 years in digital marketing", "8 ans en agence", "5 Jahre im
#: Performance Marketing", "7 anos de social media": years in the trade, as "of experience" would say it.
_IN_FIELD = (r"\s+(?:(?:of|in|as|en|d'|de|di|da|im|in der|als|como|come|em|no|na|bij|als|at|chez)\s+)?(?:\w+\s+)?"
             r"(?:seo|sea|sem|ppc|marketing|content|social|paid|growth|digital|e-?commerce|agen(?:ce|cy|cia|zia|tur)\w*|bureau|performance|ads|communication|comunicacion|comunicazione|comunicacao)\b")
_EXPERIENCE = r"\b(?:experience|experiences|erfahrung|berufserfahrung|experiencia|esperienza|ervaring|werkervaring|d'experience|de experiencia|di esperienza)\b"
_SENIOR = (r"\b(?:senior|manager\w*|head of|team ?lead\w*|teamleit\w*|leiter\w*|leiterin|responsable|directeur|directrice|director\w*|directora|diretor\w*|direttore|direttrice"
           r"|chef de (?:projet|service)|marketingleiter\w*|managerin|gerente|coordinat\w*|coordinad\w*|coordenad\w*|coordinator|coordinatrice|teamleider|afdelingshoofd)\b")
_RETURNING = (r"\b(?:elternzeit|mutterschutz|babypause|parental leave|maternity leave|paternity leave|career break|conge (?:parental|maternite|paternite)|apres (?:une|ma|mon) (?:pause|conge)"
              r"|ouderschapsverlof|zwangerschapsverlof|verlof|baja (?:de )?(?:maternidad|paternidad|maternal)|excedencia|licenca (?:de )?(?:maternidade|parental|paternidade)"
              r"|congedo (?:di )?(?:maternita|parentale|paternita)|maternita|after (?:a|my) (?:break|pause|leave)|nach (?:einer|meiner) (?:pause|auszeit)|auszeit|sabbatical"
              r"|back to work|return(?:ing)? to work|wiedereinstieg|wieder einsteigen|wieder reinkomm\w*|herintred\w*|weer aan de slag|retour (?:a|au) l'emploi|reprendre une activite"
              r"|reincorpor\w*|reinserimento|rientrare|regresso ao (?:mercado|trabalho)|voltar ao (?:mercado|trabalho))\b")
_LAID_OFF = (r"\b(?:reorgani[sz]\w*|reorganisatie|restructur\w*|herstructurering|laid off|layoff|let go|licenciement|licencie\w*|plan social|gekundigt|kundigung|entlassen|betriebsbedingt"
             r"|despid\w*|licenziat\w*|licenziamento|despedid\w*|despedimento|demitid\w*|demissao|ontslagen|ontslag|boventallig)\b")


#: Already in the job, and new to it: "just started as", "je viens de commencer comme", "bin gerade Berufseinsteiger".
_EMPLOYED = EMPLOYED = (r"\b(?:(?:i(?:'ve| have)? )?just (?:started|joined|began|landed)|(?:i'm|i am) new (?:in|at|to) (?:my|the|this) (?:role|job|position)"
             r"|in my (?:new|first) (?:role|job|position)|started my first job|i now (?:run|handle|manage|look after)"
             r"|je viens (?:de commencer|de debuter|de demarrer|d'arriver|de rejoindre|d'etre embauchee?|d'etre recrutee?|de prendre (?:un|mon) poste)"
             r"|(?:dans|a) mon (?:nouveau|premier) poste|je suis (?:depuis peu|nouvelle?|fraichement)\s+(?:\w+\s+){0,2}(?:chez|dans|au sein)"
             r"|(?:habe|hab) (?:gerade|grad|eben|vor kurzem|kurzlich|neulich) (?:\w+ ){0,4}(?:angefangen|begonnen|gestartet|eingestiegen)"
             r"|(?:bin|arbeite) (?:seit kurzem|neu) (?:als|bei|im)\b|(?:bin|als) (?:gerade |grad |frisch |jetzt )berufseinsteiger\w*|in meinem (?:neuen|ersten) job"
             r"|(?:ik ben |ben )?net (?:begonnen|gestart|aan de slag|in dienst)|sinds kort (?:werkzaam|aan de slag|in dienst|bij|als)|(?:ik werk|werk ik) sinds kort\b|in mijn (?:nieuwe|eerste) (?:baan|functie|rol)"
             r"|i(?:'ve| have)? recently (?:started|joined|began)"
             r"|acabo de (?:empezar|comenzar|entrar|incorporarme|aterrizar)|en mi (?:nuevo|primer) (?:trabajo|puesto|empleo)|(?:recien|recientemente) (?:incorporad|contratad)\w*"
             r"|ho (?:appena|da poco) (?:iniziato|cominciato)|sono (?:appena|da poco) (?:entrat[oa]|stat[oa] assunt[oa])|nel mio (?:nuovo|primo) (?:lavoro|ruolo)"
             r"|acabei de (?:comecar|entrar|ser contratad[oa])|comecei (?:ha pouco|agora|recentemente)|(?:recem|recentemente)[- ]contratad[oa]|no meu (?:novo|primeiro) (?:emprego|trabalho|cargo))")
#: A job search in the note: the sender is not (only) new in a job ("je viens de commencer ma recherche").
_SEARCHING = (r"\b(?:recherche|searching|job search|job hunt\w*|looking for (?:a|an|my) (?:job|role|position|internship)|jobsuche|bewerb\w*|sollicit\w*|op zoek naar (?:een|mijn) (?:baan|stage|functie)"
              r"|busqueda|buscando (?:trabajo|empleo)|ricerca|cercando lavoro|procura de emprego|procurando (?:emprego|vaga|trabalho))\b")


#: A marketing job held now, said in the note ("ich bin Junior Marketing Managerin", "ik ben junior marketeer", "I work as
#: a social media manager", "je suis chargée de communication digitale") or shown by the headline ("Junior Marketeer @
#: Hema", "SEO Specialist at Decathlon"): the sender is in the job, and "the job you're aiming for" would be wrong.
_ROLE = (r"(?:marketing\w*|marketeer\w*|marketer\w*|seo|social media|community manager\w*|content (?:manager\w*|strateg\w*|market\w*|specialist\w*)"
         r"|growth|brand manager\w*|e-?commerce|ecommerce|communication\w*|kommunikation\w*|communicatie\w*|comunicacion\w*|comunicazione|comunicacao"
         r"|webmarketing|redes sociales|redes sociais|sociale media|social ads|ads manager\w*|sea manager\w*|ppc"
         # "trabalho como analista de mídia paga", "I work as a paid media analyst", "sono media buyer", "je suis traffic
         # manager": a paid-media job held, as much a marketing job as SEO
         r"|paid (?:media|social|search)|media buyer\w*|performance market\w*|midia paga|media paga|medios pagados|media a pagamento"
         r"|trafego pago|gestor\w* de trafego|traffic manager\w*|media acheteu?r\w*|betaalde media|bezahlte medien)")
#: How long the job has been held, between the verb and the role ("bin seit 3 Monaten junior SEO manager", "ik ben sinds
#: een half jaar marketeer", "llevo dos meses como community manager", "sono da sei mesi social media manager").
_HELD_FOR = (r"(?:(?:seit|sinds|al|since|for|depuis|desde hace|hace|da|ha|faz)\s+(?:\w+\s+){1,2}?(?:monat\w*|maand\w*|jahr\w*|jaar|jaren|wochen|weken"
             r"|months?|years?|weeks?|mois|ans?|semaines?|mes(?:es)?|anos?|semanas?|mesi|anni|settimane)\s+)?")
_HOLDS = (r"\b(?:i'?m|i am|i'?ve been|i have been|i work (?:\w+\s+){0,3}?(?:as|in)|je suis|je travaille (?:\w+\s+){0,3}?(?:comme|en tant que|en)|(?:ich )?bin"
          r"|ich arbeite (?:\w+\s+){0,3}?(?:als|im)|soy|trabajo (?:\w+\s+){0,3}?(?:como|de|en)|llevo \w+ (?:\w+ )?(?:como|de)|sono|faccio (?:il|la|lo|l')"
          r"|lavoro (?:\w+\s+){0,3}?(?:come|nel|nella)|sou|trabalho (?:\w+\s+){0,3}?(?:como|em|no|na)|ik ben|ik werk (?:\w+\s+){0,3}?(?:als|in|bij))\s+"
          + _HELD_FOR + r"(?:(?:a|an|un|une|ein|eine|een|uno|una|um|uma)\s+)?"
          # "ich bin Junior Online-Marketing Manager": a role with a hyphenated prefix is the role held
          r"(?:[\w-]+\s+){0,3}?(?:[a-z]+-)?" + _ROLE + r"\b")
_HEADLINE_JOB = r"^[^@|\n]*\b" + _ROLE + r"\b[^@|\n]*(?:@|\s(?:at|chez|bei|bij|presso|na|no)\s)\s*\w"
#: Moving on or looking: not settled in the job ("ich suche", "open to work", "wechseln", "ex-Vertrieb").
_MOVING = (r"\b(?:(?:such(?:e|en|t|st)|looking for|seeking|cherche\w*|busco|buscando|cerco|cercando|procuro|procurando|zoek\w*)\s+(?:\w+\s+){0,3}?(?:stelle|job|jobs|arbeit|position|role|poste|emploi|travail|trabajo|empleo|lavoro|impiego|emprego|vaga|trabalho|baan|functie|vacature|herausforderung|uitdaging|challenge)\w*"
           r"|open to work|fresher\w*|offen fur|ouverte? (?:a|aux)|a l'ecoute|wechs\w*|umsteig\w*|switch\w*|change\w*|changer|move into|moving into|reconver\w*|pivot\w*|overstap\w*|cambiar|passare|mudar|ex-\w+"
           r"|new job|nouveau poste|neue stelle|nieuwe baan|nuevo trabajo|nuovo lavoro|novo emprego|freelance|independant\w*|selbststandig\w*|zzp)")


#: Just graduated, said in the note (folded): "soy recién graduado en Marketing" names a degree, not a job held.
_JUST_GRADUATED = (r"\b(?:recien (?:graduad|titulad|licenciad|egresad)\w*|appena (?:laureat|diplomat)\w*|neolaureat\w*|jeune diplome\w*|fraichement diplome\w*"
                   r"|tout juste diplome\w*|recem[- ](?:formad|licenciad|graduad)\w*|just graduated|recent(?:ly)? graduated?|fresh graduate|new grad(?:uate)?"
                   r"|frisch(?:e[rn]?)? (?:absolvent\w*|gebackene\w*)|gerade (?:mein|den) (?:studium|abschluss|bachelor|master)|net afgestudeerd|pas afgestudeerd)\b")


def _in_job(note: str, headline: str) -> bool:
    """Does the sender hold a marketing job now, and is not moving on?

    >>> _in_job("ich bin Junior Marketing Managerin und frage mich, ob sich eine Zertifizierung lohnt", "")
    True
    >>> _in_job("Hi, quick question about certifications", "SEO Specialist @ Decathlon")
    True
    >>> _in_job("ich bin Junior Marketing Managerin und suche eine neue Stelle", ""), _in_job("Hi", "Marketing student @ IAE")
    (False, False)
    >>> _in_job("soy recién graduado en Marketing y quiero dar el salto al SEO", ""), _in_job("sono appena laureata in comunicazione", "")
    (False, False)
    """
    folded, head = fold(note), fold(headline)
    if cre.search(_MOVING, folded + "\n" + head) or cre.search(_STUDENT, folded + "\n" + head) or cre.search(_INTERN, folded + "\n" + head) \
            or cre.search(_JUST_GRADUATED, folded):
        return False
    return bool(cre.search(_HOLDS, folded) or cre.search(_HEADLINE_JOB, head))


#: "I'm launching my brand", "je lance ma marque", "estoy lanzando mi tienda", "ich gründe mein eigenes Label" (folded).
_FOUNDING = (r"\b(?:launch\w*|lance|lancer|lancons|lancement de|lanzando|lanzo|lanzar|lancio|lanciando|lanciare|lancando|lanco|lancar|lancamento d[aoe]"
             r"|grunde|grunden|starte|gestartet|lanceer|lanceren|start|starting|begin|open\w*|ouvre|abro|abriendo|apro|aprendo|abrindo|abri"
             # "estoy arrancando mi emprendimiento", "sto avviando la mia attività", "estou começando meu negócio": a business begun
             r"|arranc\w*|empezando|comenzando|iniciando|avviando|avviato|comecando"
             # "ho appena aperto il mio negozio online", "he abierto mi tienda", "j'ai ouvert ma boutique": a shop of her own
             r"|aperto|aperta|abierto|abierta|aberto|aberta|ouvert|ouverte)\s+(?:\w+\s+)?"
             r"(?:(?:my|ma|mon|mi|la mia|il mio|minha|meu|a minha|o meu|mein\w*|mijn|our|notre|nuestra|nuestro|la nostra|il nostro|nossa|nosso|unser\w*|onze|ons)\s+)"
             r"(?:own |propre |propia |propio |eigene\w* |eigen |propria |proprio |pr[oó]pria |pr[oó]prio )?"
             r"(?:\w+ )?\w*(?:brand|marque|marca|marchio|marke|label|merk|business|shop|boutique|tienda|negozio|loja|webshop|e-?shop|company|entreprise|empresa|azienda|firma|bedrijf|startup|start-up"
             r"|emprendimiento|empreendimento|negocio|activite|attivita|onderneming|unternehmen|zaak)\b"
             # "ich gründe gerade …": founding said without what is founded
             r"|\bich grunde\b")
#: "ho aperto da poco un negozio online", "I've just opened an online shop", "j'ai ouvert une boutique en ligne", "abrí una
#: tienda online", "abri uma loja virtual", "ich habe einen Onlineshop eröffnet", "ik heb een webshop geopend" (folded): a
#: shop of her own, opened with an article rather than "my".
OPENED_SHOP = (r"\b(?:opened|ouvert|abierto|abri|aperto|aberto|eroffnet|geopend|gestartet|gestart|started|lance|lanzado|lanciato|lancado)\s+"
                r"(?:\w+\s+){0,2}?(?:an?|une?|una|uno|um|uma|eine[nm]?|een)\s+(?:\w+\s+)?"
                r"(?:shop|online ?shop|e-?shop|webshop|boutique|tienda|negozio|loja|lojinha|winkel|laden|e-?commerce)\b"
                r"|\b(?:(?:an?|une?|una|um|uma|eine[nm]?|een)\s+(?:\w+\s+)?(?:shop|online ?shop|e-?shop|webshop|boutique|tienda|negozio|loja|winkel|laden)\b[^.!?\n]{0,40}?"
                r"\b(?:eroffnet|geopend|gestartet|aperto|aberto|abierto|ouvert|opened))\b")
#: A founder's headline: "Founder @ …", "Empreendedora | Velas Aurora", "Gründerin", "Oprichter".
_FOUNDER = (r"\b(?:(?:co-?)?founder|fondat(?:eur|rice|ore)|fundador\w*|grunder\w*|mitgrunder\w*|oprichter|empreendedor\w*|emprendedor\w*|imprenditri\w*"
            r"|imprenditor\w*|ondernemer|unternehmer\w*|entrepreneur\w*|cheffe d'entreprise|chef d'entreprise)\b")

#: A junior job sought, alone or beside an internship (folded): "a junior role or internship", "un poste junior ou un stage",
#: "eine Einstiegsstelle oder ein Praktikum", "un empleo junior o prácticas", "un lavoro junior o uno stage", "uma vaga júnior
#: ou estágio", "een startersfunctie of stage": the job search comes first, never the internship paperwork alone.
_JUNIOR_JOB = (r"\b(?:junior (?:\w+ ){0,2}(?:role|position|job|post)s?|entry[- ]level (?:\w+ )?(?:role|position|job)s?|first (?:job|role)"
               r"|(?:poste|emploi|cdi|job)s? (?:de )?junior|premier (?:emploi|poste|job)|junior[- ]?(?:stelle|position|rolle|job)\w*|einstiegs(?:stelle|position|job)\w*"
               r"|berufseinstieg|erste[nr]? (?:stelle|job)|(?:puesto|empleo|trabajo)s? (?:de )?junior|primer (?:empleo|trabajo|puesto)"
               r"|(?:posizione|ruolo|lavoro|impiego) (?:da )?junior|primo (?:lavoro|impiego)|(?:vaga|cargo|emprego|posicao|trabalho) (?:de )?junior"
               r"|primeiro (?:emprego|trabalho)|junior ?(?:functie|baan|positie|rol)|(?:functie|baan) als junior|starters(?:functie|baan)|eerste baan)\b")


#: An internship held now, not sought (folded): "sou estagiária de marketing", "I'm a marketing intern at …", "je suis
#: stagiaire chez …", "ich bin Praktikantin im Marketing", "soy becaria de marketing", "sono stagista in …", "ik ben
#: stagiair bij …", "je fais mon stage chez …", "ich mache gerade ein Praktikum bei …", "estoy haciendo prácticas en …",
#: "sto facendo uno stage in …", "estou estagiando na …", "ik loop stage bij …", or a headline "Marketing Intern at …":
#: someone in the job, whose question is about the work or learning at hand, never a job search.
_INTERN_NOW = (r"\b(?:(?:i'?m|i am|je suis|(?:ich )?bin|soy|sono|sou|estou|ik ben)\s+(?:(?:an?|une?|ein|eine|een|uno|una|um|uma)\s+)?(?:\w+\s+){0,2}?"
               r"(?:intern|stagiaire|praktikant(?:in)?|becari[oa]|stagista|estagiari[oa]|stagiair(?:e)?)\b(?!\s+(?:position|role|job|post|stelle|plek))"
               r"|(?:i'?m|i am) (?:currently |now )?(?:doing|on) (?:an?|my) (?:\w+ )?internship (?:at|in|with)\b|je fais (?:actuellement |en ce moment )?(?:mon|un) stage (?:chez|dans|en|au|a)\b"
               r"|(?:ich )?mache (?:gerade |derzeit |aktuell )?(?:mein|ein) praktikum (?:bei|im|in)\b|estoy (?:haciendo|de) (?:las |mis |unas )?practicas (?:en|de)\b"
               r"|sto facendo (?:uno|il mio|lo) stage (?:in|presso|da|a)\b|estou (?:estagiando|fazendo (?:um |meu )?estagio) (?:na|no|em)\b|faco estagio (?:na|no|em)\b"
               r"|(?:ik )?loop (?:nu |momenteel )?stage (?:bij|in)\b)")
_INTERN_HEADLINE = (r"^[^|\n]*\b(?:intern|stagiaire|praktikant(?:in)?|becari[oa]|stagista|estagiari[oa]|stagiair)\b[^|\n]*"
                    r"(?:@|\s(?:at|chez|bei|bij|presso|na|no|en|in|da)\s)\s*\w")
#: Any search said beside it (folded): "je suis stagiaire et je cherche un CDI", "looking for my next step": the search stands.
_INTERN_SEEKS = (r"\b(?:migr\w*|move (?:into|to)|get into|passer (?:au|a la|dans|en)|aller vers|cherche\w*|looking|seeking|such(?:e|en|t|st)|busco|buscando|cerco|cercando|procuro|procurando|zoek\w*|appl(?:y|ying)|postul\w*"
                 r"|candidat\w*|bewerb\w*|solliciteer\w*|cdi|cdd|after (?:my|the) internship|apres (?:mon|le) stage|nach (?:dem|meinem) praktikum"
                 r"|na (?:mijn|de) stage|dopo (?:lo|il mio) stage|despues de (?:las|mis) practicas|depois do (?:meu )?estagio)\b")

#: An internship or an apprenticeship already finished (folded): "I just finished my apprenticeship", "je viens de terminer
#: mon alternance", "ich habe meine Ausbildung abgeschlossen", "acabo de terminar mis prácticas", "ho appena finito il
#: tirocinio", "terminei o meu estágio", "ik heb net mijn stage afgerond": behind the sender, never the thing sought.
_INTERN_DONE = (r"\b(?:(?:just |recently )?(?:finished|completed|wrapped up|done with) (?:my|an?|the) (?:\w+ )?(?:internship|apprenticeship)"
                r"|(?:terminer?|finir?|achever?) (?:mon|ma|un|une) (?:\w+ )?(?:stage|alternance|apprentissage)"
                r"|(?:meine?|die|das) (?:\w+ )?(?:ausbildung|praktikum) (?:\w+ )?(?:abgeschlossen|beendet|fertig)|nach (?:meiner|der) (?:ausbildung)"
                r"|(?:terminado|terminar|acabado|acabar|finalizado|finalizar) (?:mis|las|unas) (?:\w+ )?(?:practicas|pasantias)"
                r"|(?:finito|concluso|terminato) (?:il|lo|un|uno|mio) (?:\w+ )?(?:tirocinio|stage|apprendistato)"
                r"|(?:terminei|conclui|acabei) (?:o|um|meu|o meu) (?:\w+ )?(?:estagio|aprendizado)"
                r"|(?:mijn|de|een) (?:\w+ )?(?:stage|leerwerkplek) (?:\w+ )?(?:afgerond|afgesloten|voltooid))\b")


#: A move into a new field (folded): "mich im Online-Marketing neu orientieren", "me reconvertir dans le marketing", "retrain
#: in online marketing", "reconvertirme", "riconvertirmi", "mudar de área", "omscholen naar": a beginner there, whatever came before.
_NEW_FIELD = (r"\b(?:neu (?:zu )?orientieren|umorientier\w*|umschul\w*|quereinst\w*|reconver\w*|retrain\w*|re-?skill\w*|career (?:change|switch)|change (?:careers|career)"
              r"|switch(?:ing|ed)? (?:careers?|into)|changing careers?|move into (?:digital|online|marketing)|reorient\w*|riconvert\w*|riqualific\w*|omscho\w*|carriereswitch|zij-?instro\w*"
              r"|mudar de (?:carreira|area)|cambiar de (?:carrera|sector|profesion)|cambiare (?:carriera|settore))\b")


def new_field(folded: str) -> bool:
    """Does the (folded) note tell a move into a new field ("me reconvertir", "umschulen", "career change")?

    >>> new_field("je suis en reconversion vers le marketing")
    True
    """
    return bool(cre.search(_NEW_FIELD, folded))


def _few_years_in_trade(text: str) -> bool:
    """One or two years in the trade told ("après 2 ans en agence"): worked there, an experienced job seeker.

    >>> _few_years_in_trade("apres 2 ans en agence"), _few_years_in_trade("2 ans d'etudes")
    (True, False)
    """
    return any(cre.match(_IN_FIELD, text[m.end():]) for m in cre.finditer(_FEW_YEARS, text))


def stage(note: str, headline: str = "") -> str:
    """The sender's career stage (``intern``, ``student``, ``junior``, ``experienced``, ``employed``, ``founder``: launching
    or running their own business), or "" when the note does not
    tell it. A manager's headline or "8 years of experience" is experienced unless the note says junior or student."""
    text = fold(note + "\n" + headline)
    if (cre.search(_FOUNDING, fold(note)) or cre.search(_FOUNDER, fold(headline))) and not cre.search(_SEARCHING, fold(note)) \
            and not cre.search(_INTERN, text) and not cre.search(_STUDENT, fold(note)):
        return "founder"  # "estou lançando minha marca de velas", "Gründerin | …": her own business, never a learner's tips
    if cre.search(_EMPLOYED, fold(note)) and not cre.search(_SEARCHING, fold(note)) and not cre.search(_INTERN, fold(note)):
        return "employed"
    if _in_job(note, headline) and not cre.search(_SEARCHING, text) and not cre.search(_RETURNING, text) and not cre.search(_LAID_OFF, text):
        return "employed"
    if (cre.search(_INTERN_NOW, fold(note)) or cre.search(_INTERN_HEADLINE, fold(headline))) and not cre.search(_SEARCHING, text) \
            and not cre.search(_MOVING, text) and not cre.search(_INTERN_SEEKS, text) and not cre.search(_JUNIOR_JOB, fold(note)):
        return "employed"  # "sou estagiária de marketing na Natura": in an internship now, learning for the work at hand
    if cre.search(_INTERN, cre.sub(_INTERN_DONE, " ", text)) and not (cre.search(_JUNIOR_JOB, fold(note)) and not cre.search(_STUDENT, fold(note))):
        return "intern"  # "a junior role or internship" from a graduate: the junior job search (below), not only the internship
    junior = cre.search(_JUNIOR, text) or cre.search(_FEW_YEARS_WORKED, text)
    student = cre.search(_STUDENT, text)
    years = any(cre.search(_EXPERIENCE, text[max(0, m.start() - 40):m.end() + 40]) or cre.match(_IN_FIELD, text[m.end():])
                for m in cre.finditer(_YEARS, text)) or _few_years_in_trade(text)
    if cre.search(_RETURNING, text) and cre.search(_NEW_FIELD, fold(note)) and not years and not cre.search(_SENIOR, text):
        return "junior"  # "nach meiner Elternzeit … mich im Online-Marketing neu orientieren": new to the field, a beginner's answers
    if cre.search(_RETURNING, text) or not junior and not student and (years or cre.search(_SENIOR, text) or cre.search(_LAID_OFF, text)):
        return "experienced"
    if student:
        return "student"
    return "junior" if junior else ""


#: A friend's news of a new job, with the employer as written ("Je viens de rejoindre Decathlon comme …", "I'm now at
#: Unilever in brand marketing", "ich bin jetzt bei Zalando", "ik werk sinds kort bij Coolblue", "acabo de entrar en
#: Inditex", "ora lavoro da Barilla", "agora estou na Natura"): the employer, a capitalised name right after the verb.
_NEWS_VERB = (r"(?i:\b(?:je viens de rejoindre|j'ai rejoint|je suis (?:maintenant|desormais|désormais) chez|je travaille (?:maintenant|desormais|désormais) chez"
              r"|i(?:'ve| have)? (?:just|recently) (?:joined|started at|moved to)|i(?:'ve| have)? (?:started|moved) at|i'?m now (?:at|with|working at)|i am now (?:at|with|working at)|now working at"
              r"|(?:ich )?(?:bin|arbeite) (?:jetzt|seit kurzem|neu|mittlerweile|inzwischen) bei|(?:hab|habe) (?:gerade |jetzt )?bei"
              r"|(?:ik )?(?:werk|zit|ben) (?:nu|sinds kort|inmiddels) (?:bij|in dienst bij)|ik ben net begonnen bij"
              r"|acabo de (?:entrar|incorporarme) (?:en|a)|me he incorporado a|ahora trabajo en"
              r"|sono (?:appena |da poco )?(?:entrat[oa]|passat[oa]) (?:in|da|a)|(?:ora|adesso) lavoro (?:in|da|per|a)"
              r"|(?:acabei de entrar|entrei|agora trabalho) (?:na|no|em))\s+)")
_NEWS_AT = _NEWS_VERB + r"((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’-]*){0,2})"
#: Not an employer: a network, an event, someone's ("joined LinkedIn", "joined SEO Camp", "joined Camille's workshop").
_NOT_EMPLOYER = (r"(?i)\b(?:linkedin|summit|camp|meetup|conference|conferen\w+|webinar|workshop|days|festival|salon|messe|congres\w*|forum|group|groupe|club|community)\b|['’]s\b")


def new_job_at(note: str) -> str:
    """The employer a friend says they have just joined ("Decathlon"), or ""."""
    m = cre.search(_NEWS_AT, note)
    if not m or cre.search(_NOT_EMPLOYER, m.group(1)) or any(rx.search(fold(m.group(1))) for _, rx in _PLACE_RX):
        return ""  # "ahora trabajo en Madrid": a city, never an employer
    return m.group(1).rstrip(".")


def worked_junior(note: str, headline: str = "") -> bool:
    """A junior by a year or two of work in the trade alone, with nothing of a student, a graduate's first job or a career
    change: someone whose experience, however short, is what a job search puts first.

    >>> worked_junior("ik ben al 6 maanden op zoek naar werk als online marketeer (hbo, 1 jaar ervaring met Google Ads)")
    True
    >>> worked_junior("busco mi primer trabajo, tengo 1 año de experiencia en prácticas"), worked_junior("Quereinsteigerin, 1 Jahr Erfahrung")
    (False, False)
    """
    text = fold(note + "\n" + headline)
    return stage(note, headline) == "junior" and bool(cre.search(_FEW_YEARS_WORKED, text)) and not cre.search(_JUNIOR, text) \
        and not cre.search(_STUDENT, text)


#: A school pupil, not yet a student (folded): "lycéen en terminale", "high school senior", "ich mache gerade mein Abi",
#: "estoy en bachillerato", "faccio il liceo", "estou no ensino médio", "ik zit in 6 vwo".
_PUPIL = (r"\b(?:lyceen\w*|lycee|terminale|high ?school|sixth form|senior year|a-levels?|gymnasiast\w*|abitur\w*|abi|oberstufe|schuler\w*"
          r"|bachillerato|bachiller|instituto|liceo|liceale|maturita|quinta superiore|ensino medio|vestibular\w*|secundario|12[oº] ano"
          r"|middelbare school|havo|vwo|eindexamen\w*|examenjaar)\b")
#: Studies weighed, one against another or which to pick (folded): "une école de commerce ou un BUT MMI ?", "business
#: school or a marketing degree?", "Studium oder Ausbildung?", "¿universidad o FP?", "università o ITS?", "faculdade de
#: marketing ou publicidade?", "hbo of universiteit?", "quelles études", "which degree", "welches Studium", "qué estudiar".
_STUDY_WORD = (r"(?:ecoles?(?: de commerce)?|business school|but|bts|iut|licence|fac|universit\w*|bachelor|master|mestrado|degree|college|studium|studiengang|hochschule|fh"
               r"|ausbildung|duales studium|carrera|grado|fp|ciclo|universidad|universita|laurea|its|faculdade|graduacao|tecnologo|hbo|mbo|wo|studie|opleiding)")
_STUDY_CHOICE = (rf"\b{_STUDY_WORD}\b[^?.!\n]{{0,60}}\b(?:ou|or|oder|o|of)\b[^?.!\n]{{0,40}}\b{_STUDY_WORD}\b"
                 r"|\b(?:quelles? etudes|quelle ecole|which (?:degree|studies|school|course of study)|what (?:should i|to) study|welche[ns]? (?:studium|studiengang|ausbildung)"
                 r"|was (?:soll ich )?studieren|que (?:carrera|estudiar)|cosa studiare|quale (?:universita|facolta|laurea)|o que (?:estudar|cursar)|qual faculdade"
                 r"|welke (?:studie|opleiding)|wat (?:moet ik )?(?:gaan )?studeren)\b")
#: The other option in the question itself, the first one said before ("je veux faire une école de commerce … ou vaut-il
#: mieux un BUT MMI ?").
_STUDY_OR = rf"\b(?:ou|or|oder|o|of)\b[^?.!\n]{{0,40}}\b{_STUDY_WORD}\b"
_STUDY_ANY = rf"\b{_STUDY_WORD}\b"
#: A student torn between two programmes, told before a bare "des conseils ?" (folded): "j'hésite entre une licence pro et
#: un bachelor", "torn between a master and a bachelor", "schwanke zwischen Master und Ausbildung", "dudo entre un grado y
#: un máster", "indecisa tra laurea e ITS", "em dúvida entre faculdade e tecnólogo", "twijfel tussen hbo en wo".
_STUDY_BETWEEN = (rf"\b(?:entre|between|zwischen|tra|fra|tussen)\s+(?:\w+\s+){{0,2}}?{_STUDY_WORD}\b[^?.!\n]{{0,50}}"
                  rf"\b(?:et|and|und|e|y|en|ou|or|oder|o|of)\s+(?:\w+\s+){{0,2}}?{_STUDY_WORD}\b")
#: Advice asked to choose between two things, said without a "?" (folded): "j'aimerais vos conseils pour choisir entre",
#: "some help choosing between", "ayuda para elegir entre", "consigli per scegliere tra", "ajuda para escolher entre",
#: "Rat, um mich zwischen … zu entscheiden", "advies om te kiezen tussen".
_CHOOSE_BETWEEN = (r"\b(?:choisir|choose|choosing|pick(?:ing)?|decide|deciding|elegir|escoger|decidir|scegliere|decidere|escolher"
                   r"|mich|kiezen|keuze)\b[^?.!\n]{0,20}\b(?:entre|between|zwischen|tra|fra|tussen)\b")
_STUDY_ANSWER: dict[str, tuple[str, str]] = {
    "en": ("Both can lead to digital marketing. What makes the difference afterwards is practice: I'd pick the programme with the most internships and real projects (work-study is ideal), and the one whose courses you'd enjoy most, hands-on (web, content, social media) or broader (strategy, management, sales). Meanwhile, running a small project of your own (a blog, a club's Instagram account) already teaches a lot.",
           "Both can lead to digital marketing. What makes the difference afterwards is practice: I'd pick the programme with the most internships and real projects (work-study is ideal), and the one whose courses you'd enjoy most, hands-on (web, content, social media) or broader (strategy, management, sales). Meanwhile, running a small project of your own (a blog, a club's Instagram account) already teaches a lot."),
    "fr": ("Les deux peuvent mener au marketing digital. Ce qui fera la différence ensuite, c'est la pratique : je choisirais la formation qui offre le plus de stages et de projets concrets (l'alternance est idéale), et celle dont les cours te plairont le plus, concrets (web, contenu, réseaux sociaux) ou plus larges (stratégie, gestion, vente). En attendant, lancer un petit projet perso (un blog, le compte Instagram d'une asso) apprend déjà beaucoup.",
           "Les deux peuvent mener au marketing digital. Ce qui fera la différence ensuite, c'est la pratique : je choisirais la formation qui offre le plus de stages et de projets concrets (l'alternance est idéale), et celle dont les cours vous plairont le plus, concrets (web, contenu, réseaux sociaux) ou plus larges (stratégie, gestion, vente). En attendant, lancer un petit projet perso (un blog, le compte Instagram d'une association) apprend déjà beaucoup."),
    "es": ("Las dos opciones pueden llevar al marketing digital. Lo que marca la diferencia después es la práctica: yo elegiría la que tenga más prácticas en empresa y proyectos reales, y aquella cuyas asignaturas más te gusten, más aplicadas (web, contenidos, redes sociales) o más amplias (estrategia, gestión, ventas). Mientras tanto, llevar un pequeño proyecto propio (un blog, el Instagram de un club) ya enseña mucho.",
           "Las dos opciones pueden llevar al marketing digital. Lo que marca la diferencia después es la práctica: yo elegiría la que tenga más prácticas en empresa y proyectos reales, y aquella cuyas asignaturas más le gusten, más aplicadas (web, contenidos, redes sociales) o más amplias (estrategia, gestión, ventas). Mientras tanto, llevar un pequeño proyecto propio (un blog, el Instagram de un club) ya enseña mucho."),
    "it": ("Entrambe le strade possono portare al digital marketing. A fare la differenza dopo è la pratica: sceglierei il percorso con più tirocini e progetti reali, e quello le cui materie ti piacciono di più, pratiche (web, contenuti, social) o più ampie (strategia, gestione, vendite). Nel frattempo, gestire un piccolo progetto tuo (un blog, l'Instagram di un'associazione) insegna già molto.",
           "Entrambe le strade possono portare al digital marketing. A fare la differenza dopo è la pratica: sceglierei il percorso con più tirocini e progetti reali, e quello le cui materie le piacciono di più, pratiche (web, contenuti, social) o più ampie (strategia, gestione, vendite). Nel frattempo, gestire un piccolo progetto personale (un blog, l'Instagram di un'associazione) insegna già molto."),
    "pt": ("Os dois caminhos podem levar ao marketing digital. O que faz a diferença depois é a prática: eu escolheria o curso com mais estágios e projetos reais, e aquele cujas cadeiras mais te agradam, práticas (web, conteúdo, redes sociais) ou mais amplas (estratégia, gestão, vendas). Entretanto, gerir um pequeno projeto teu (um blogue, o Instagram de uma associação) já ensina muito.",
           "Os dois caminhos podem levar ao marketing digital. O que faz a diferença depois é a prática: eu escolheria o curso com mais estágios e projetos reais, e aquele cujas cadeiras mais lhe agradam, práticas (web, conteúdo, redes sociais) ou mais amplas (estratégia, gestão, vendas). Entretanto, gerir um pequeno projeto pessoal (um blogue, o Instagram de uma associação) já ensina muito."),
    "pt-BR": ("Os dois caminhos podem levar ao marketing digital. O que faz a diferença depois é a prática: eu escolheria o curso com mais estágios e projetos reais, e aquele cujas matérias mais te agradam, práticas (web, conteúdo, redes sociais) ou mais amplas (estratégia, gestão, vendas). Enquanto isso, cuidar de um projeto pequeno seu (um blog, o Instagram de um grupo) já ensina muito.",
              "Os dois caminhos podem levar ao marketing digital. O que faz a diferença depois é a prática: eu escolheria o curso com mais estágios e projetos reais, e aquele cujas matérias mais lhe agradam, práticas (web, conteúdo, redes sociais) ou mais amplas (estratégia, gestão, vendas). Enquanto isso, cuidar de um projeto pequeno próprio (um blog, o Instagram de um grupo) já ensina muito."),
    "de": ("Beide Wege können ins Online-Marketing führen. Den Unterschied macht danach die Praxis: Ich würde den Weg mit den meisten Praktika und echten Projekten wählen (dual ist ideal) und den, dessen Fächer dir am meisten liegen, praktisch (Web, Content, Social Media) oder breiter (Strategie, BWL, Vertrieb). Bis dahin bringt schon ein kleines eigenes Projekt viel (ein Blog, der Instagram-Account eines Vereins).",
           "Beide Wege können ins Online-Marketing führen. Den Unterschied macht danach die Praxis: Ich würde den Weg mit den meisten Praktika und echten Projekten wählen (dual ist ideal) und den, dessen Fächer Ihnen am meisten liegen, praktisch (Web, Content, Social Media) oder breiter (Strategie, BWL, Vertrieb). Bis dahin bringt schon ein kleines eigenes Projekt viel (ein Blog, der Instagram-Account eines Vereins)."),
    "nl": ("Beide kunnen naar online marketing leiden. Wat daarna het verschil maakt, is praktijk: ik zou de opleiding kiezen met de meeste stages en echte projecten, en die waarvan de vakken je het meest liggen, praktisch (web, content, social media) of breder (strategie, bedrijfskunde, sales). Ondertussen leer je al veel van een klein eigen project (een blog, het Instagram-account van een vereniging).",
           "Beide kunnen naar online marketing leiden. Wat daarna het verschil maakt, is praktijk: ik zou de opleiding kiezen met de meeste stages en echte projecten, en die waarvan de vakken u het meest liggen, praktisch (web, content, social media) of breder (strategie, bedrijfskunde, sales). Ondertussen leert u al veel van een klein eigen project (een blog, het Instagram-account van een vereniging)."),
}


#: A parent writing for their child, named (original case): "ma fille Chloé", "my son Tom", "mi hija Lucía", "mia figlia
#: Giulia", "minha filha Ana", "meine Tochter Lena", "mijn zoon Daan"; group 1 says daughter or son, group 2 the name.
_CHILD_NAMED = (r"\b(?i:(ma fille|mon fils|my daughter|my son|mi hija|mi hijo|mia figlia|mio figlio|minha filha|meu filho"
                r"|meine tochter|mein sohn|mijn dochter|mijn zoon))\s*,?\s+([A-ZÀ-Ý][\w'-]+)")
_DAUGHTER = r"(?i:fille|daughter|hija|figlia|filha|tochter|dochter)"
#: The studies answer spoken of the child, by name, to the parent: (daughter, son); never "what you enjoy", "in your place".
_STUDY_CHILD: dict[str, tuple[str, str]] = {
    "fr": ("Les deux mènent au marketing digital ; ce qui fera la différence, c'est la pratique. Je conseillerais à {n} la formation qui offre le plus de stages et de projets concrets (l'alternance est idéale), et dont les cours lui plairont le plus. En attendant, un petit projet perso (un blog, le compte Instagram d'une asso) apprend déjà beaucoup. Si {n} veut en parler, je lui accorde volontiers 10 minutes.",) * 2,
    "en": ("Both lead to digital marketing; what makes the difference is practice. I'd advise {n} to pick the programme with the most internships and real projects (work-study is ideal), and whose courses she'd enjoy most. Meanwhile, a small project of her own (a blog, a club's Instagram account) already teaches a lot. If {n} would like to talk it through, I'm happy to give her 10 minutes.",
           "Both lead to digital marketing; what makes the difference is practice. I'd advise {n} to pick the programme with the most internships and real projects (work-study is ideal), and whose courses he'd enjoy most. Meanwhile, a small project of his own (a blog, a club's Instagram account) already teaches a lot. If {n} would like to talk it through, I'm happy to give him 10 minutes."),
    "es": ("Las dos llevan al marketing digital; lo que marca la diferencia es la práctica. A {n} le aconsejaría la opción con más prácticas en empresa y proyectos reales, y cuyas asignaturas más le gusten. Mientras tanto, un pequeño proyecto propio (un blog, el Instagram de un club) ya enseña mucho. Si {n} quiere hablarlo, le dedico con gusto 10 minutos.",) * 2,
    "it": ("Entrambe portano al digital marketing; a fare la differenza è la pratica. A {n} consiglierei il percorso con più tirocini e progetti reali, e le cui materie le piacciono di più. Nel frattempo, un piccolo progetto personale (un blog, l'Instagram di un'associazione) insegna già molto. Se {n} vuole parlarne, le dedico volentieri 10 minuti.",
           "Entrambe portano al digital marketing; a fare la differenza è la pratica. A {n} consiglierei il percorso con più tirocini e progetti reali, e le cui materie gli piacciono di più. Nel frattempo, un piccolo progetto personale (un blog, l'Instagram di un'associazione) insegna già molto. Se {n} vuole parlarne, gli dedico volentieri 10 minuti."),
    "pt": ("Os dois caminhos levam ao marketing digital; o que faz a diferença é a prática. A minha sugestão para {n}: o curso com mais estágios e projetos reais, e cujas cadeiras mais lhe agradam. Entretanto, um pequeno projeto pessoal (um blogue, o Instagram de uma associação) já ensina muito. Se {n} quiser conversar, dedico-lhe com gosto 10 minutos.",) * 2,
    "pt-BR": ("Os dois caminhos levam ao marketing digital; o que faz a diferença é a prática. Minha sugestão para {n}: o curso com mais estágios e projetos reais, e cujas matérias mais agradam. Enquanto isso, um projeto pequeno próprio (um blog, o Instagram de um grupo) já ensina muito. Se {n} quiser conversar, separo com prazer 10 minutos.",) * 2,
    "de": ("Beide Wege führen ins Online-Marketing; den Unterschied macht die Praxis. Ich würde {n} den Weg mit den meisten Praktika und echten Projekten empfehlen (dual ist ideal), dessen Fächer ihr am meisten liegen. Bis dahin bringt ein kleines eigenes Projekt schon viel (ein Blog, der Instagram-Account eines Vereins). Wenn {n} darüber sprechen möchte, nehme ich mir gern 10 Minuten für sie.",
           "Beide Wege führen ins Online-Marketing; den Unterschied macht die Praxis. Ich würde {n} den Weg mit den meisten Praktika und echten Projekten empfehlen (dual ist ideal), dessen Fächer ihm am meisten liegen. Bis dahin bringt ein kleines eigenes Projekt schon viel (ein Blog, der Instagram-Account eines Vereins). Wenn {n} darüber sprechen möchte, nehme ich mir gern 10 Minuten für ihn."),
    "nl": ("Beide leiden naar online marketing; praktijk maakt het verschil. Ik zou {n} de opleiding aanraden met de meeste stages en echte projecten, en waarvan de vakken haar het meest liggen. Ondertussen leert {n} al veel van een klein eigen project (een blog, het Instagram-account van een vereniging). Wil {n} erover praten, dan maak ik graag 10 minuten vrij.",
           "Beide leiden naar online marketing; praktijk maakt het verschil. Ik zou {n} de opleiding aanraden met de meeste stages en echte projecten, en waarvan de vakken hem het meest liggen. Ondertussen leert {n} al veel van een klein eigen project (een blog, het Instagram-account van een vereniging). Wil {n} erover praten, dan maak ik graag 10 minuten vrij."),
}


def child_study_choice(lang: str, note: str) -> str:
    """Her answer to a parent weighing studies for their named child ("ma fille Chloé hésite entre … et …"), or "".

    >>> child_study_choice("fr", "ma fille Chloé hésite entre une école de commerce et un BUT MMI. Auriez-vous 10 min ?")[:60]
    'Les deux mènent au marketing digital ; ce qui fera la différ'
    >>> "Lena" in child_study_choice("de", "meine Tochter Lena schwankt zwischen Studium und Ausbildung. Was meinen Sie?")
    True
    >>> child_study_choice("fr", "ma fille Chloé cherche un stage en marketing digital, auriez-vous un conseil ?")
    ''
    """
    child = cre.search(_CHILD_NAMED, note)
    folded = fold(note)
    if not child or not (cre.search(_STUDY_BETWEEN, folded) or cre.search(_STUDY_CHOICE, folded)):
        return ""
    pair = by_lang(_STUDY_CHILD, lang)
    if not pair:
        return ""
    return pair[0 if cre.fullmatch(_DAUGHTER, child.group(1).split()[-1]) else 1].format(n=child.group(2))


def study_choice(lang: str, note: str, headline: str = "", *, informal: bool) -> str:
    """Her answer to a school pupil weighing studies ("une école de commerce ou un BUT MMI ?"), or "".

    >>> study_choice("fr", "je suis en terminale : école de commerce ou BUT MMI pour le marketing digital ?", informal=True)[:40]
    'Les deux peuvent mener au marketing digi'
    >>> study_choice("fr", "je suis en terminale, des conseils pour le marketing digital ?", informal=True)
    ''
    >>> study_choice("fr", "je suis en BTS et j'hésite entre une licence pro et un bachelor. Des conseils ?", informal=True)[:24]
    'Les deux peuvent mener a'
    """
    folded = fold(note)
    asks = cre.question_sentences(folded)
    who = folded + "\n" + fold(headline)
    # "je suis en BTS communication et j'hésite entre une licence pro et un bachelor. Des conseils ?": a student weighing
    # the next programme is answered as a pupil is
    # "j'aimerais vos conseils pour choisir entre une licence pro et une école de commerce.": the same choice asked
    # without a "?"
    asked = bool(asks) or cre.search(_CHOOSE_BETWEEN, folded) is not None
    torn = asked and cre.search(_STUDENT, who) is not None and cre.search(_STUDY_BETWEEN, folded) is not None
    if not cre.search(_PUPIL, who) and not torn or not (torn or any(cre.search(_STUDY_CHOICE, q) for q in asks)
                                                         or any(cre.search(_STUDY_OR, q) for q in asks) and len(cre.findall(_STUDY_ANY, folded)) > 1):
        return ""
    pair = by_lang(_STUDY_ANSWER, lang)
    return pair[0 if informal else 1] if pair else ""


#: The three areas a beginner weighs (folded): SEO, paid media and content, each named in the note.
_AREA_SEO = r"\b(?:seo|referencement|posicionamiento|posizionamento|suchmaschinenoptimierung|zoekmachineoptimalisatie)\b"
_AREA_PAID = (r"\b(?:paid|ads|sea|sem|pub|publicite\w*|advertising|medios pagados|medios de pago|media paga|midia paga|trafego pago|trafico de pago"
              r"|traffico a pagamento|anuncios|annunci|inserzioni|werbung|anzeigen|betaalde media|advertenties|adverteren)\b")
_AREA_CONTENT = r"\b(?:content\w*|contenu\w*|contenidos?|contenuti|conteudos?|inhalte?|redactie)\b"
#: Content as the sender's own job title ("Junior Content Managerin", "junior contentmarketeer", "content writer"): their
#: role, never a third area weighed (folded).
_CONTENT_ROLE = (r"\b(?:junior |senior |freelance )?(?:content ?(?:manager\w*|marketeer|marketer|marketing manager\w*|creator|writer|specialist\w*|strateg\w*)"
                 r"|contentmarketeer|redact\w+ (?:de |di )?(?:contenu|contenido|contenuti|conteudo)s?|chargee? de contenu\w*)\b")
#: The choice of a field, or a career to start in it (folded): "qual área seguir", "trois domaines", "welchen Bereich",
#: "welke richting", "which would you recommend for someone starting out".
_AREA_CHOICE = (r"\b(?:areas?|domaines?|bereichs?|bereiche|richtings?|richtingen|settor[ei]|ambit[oi]|fields?|specialit\w*|especialidad\w*"
                r"|specializ\w*|spezialisier\w*|specialiseren|especializ\w*|specialis\w*|choos\w*|choice|pick|choisi\w*|elegi\w*|scegl\w*|escolh\w*"
                r"|seguir|wahl\w*|kiez\w*|keuze|torn|hesit\w*|twijfel\w*|perdid[ao]|indecis[ao])\b")
#: Skills asked ("que habilidades pesam mais: SEO, anúncios ou conteúdo?"): their own answer, never the choice of an area.
_AREA_SKILLS = r"\b(?:skills?|competences?|habilidades|competencias|competenze|fahigkeiten|kompetenzen|vaardigheden|hard skills)\b"
_AREA_ANSWER: dict[str, str] = {
    "en": "Each of the three suits a different temperament: SEO, people who like structure and patience (results take months); paid media, those who like numbers and quick tests; content, those who like writing and creating. I'd try the basics of all three on a real project for a few months, then go deeper into the one you enjoy most.",
    "fr": "Chacun des trois correspond à un tempérament : le SEO à ceux qui aiment structurer et patienter (les résultats prennent des mois), la publicité payante à ceux qui aiment les chiffres et les tests rapides, le contenu à ceux qui aiment écrire et créer. Je testerais les bases des trois sur un vrai projet quelques mois, puis j'approfondirais celui qui plaît le plus.",
    "es": "Cada una encaja con un carácter: el SEO, con quien disfruta organizando y tiene paciencia (los resultados tardan meses); los medios pagados, con quien prefiere los números y las pruebas rápidas; el contenido, con quien disfruta escribiendo y creando. Yo probaría lo básico de las tres en un proyecto real durante unos meses y luego profundizaría en la que más guste.",
    "it": "Ognuna fa per un carattere diverso: la SEO per chi ama mettere ordine e ha pazienza (i risultati arrivano dopo mesi), l'advertising a pagamento per chi ama i numeri e i test rapidi, i contenuti per chi ama scrivere e creare. Proverei le basi di tutte e tre su un progetto vero per qualche mese, poi approfondirei quella che piace di più.",
    "pt": "Cada uma combina com um perfil: o SEO, com quem gosta de organizar e tem paciência (os resultados demoram meses); a media paga, com quem gosta de números e de testes rápidos; o conteúdo, com quem gosta de escrever e criar. Eu experimentaria as bases das três num projeto real durante alguns meses e depois aprofundaria a que dá mais gosto.",
    "pt-BR": "Cada uma combina com um perfil: SEO, com quem gosta de organizar e tem paciência (os resultados levam meses); mídia paga, com quem gosta de números e de testes rápidos; conteúdo, com quem gosta de escrever e criar. Eu testaria o básico das três num projeto real por alguns meses e depois focaria na que der mais prazer.",
    "de": "Jeder der drei Bereiche passt zu einem anderen Typ: SEO zu Leuten, die gern strukturieren und Geduld haben (Ergebnisse brauchen Monate), Paid Media zu denen, die Zahlen und schnelle Tests mögen, Content zu denen, die gern schreiben und gestalten. Ich würde die Grundlagen aller drei ein paar Monate an einem echten Projekt ausprobieren und dann den Bereich vertiefen, der am meisten Spaß macht.",
    "nl": "Elk van de drie past bij een ander type: SEO bij wie graag structureert en geduld heeft (resultaten komen pas na maanden), paid media bij wie van cijfers en snelle tests houdt, content bij wie graag schrijft en maakt. Ik zou de basis van alle drie een paar maanden uitproberen op een echt project en me daarna verdiepen in wat het leukst is.",
}


def area_choice(lang: str, note: str, headline: str = "") -> str:
    """Her answer to a beginner choosing between SEO, paid media and content ("qual área seguir: SEO, mídia paga ou
    conteúdo?"), or "": each area's temperament and the basics of all three tried first, never a portfolio answer.

    >>> area_choice("en", "I just graduated and I'm torn between SEO, paid media or content. Which would you recommend?")[:26]
    'Each of the three suits a '
    >>> area_choice("en", "For my shop, should I invest in SEO, ads or content?")
    ''
    >>> area_choice("de", "Ich bin Junior Content Managerin und frage mich, ob ich mich auf SEO oder auf Paid Social spezialisieren sollte. Was meinst du?")
    ''
    """
    folded = cre.sub(_CONTENT_ROLE, " ", fold(note))
    if "?" not in note or not all(cre.search(rx, folded) for rx in (_AREA_SEO, _AREA_PAID, _AREA_CONTENT)):
        return ""
    if not cre.search(_AREA_CHOICE, folded) or cre.search(_AREA_SKILLS, folded):
        return ""
    return by_lang(_AREA_ANSWER, lang, "")


#: Meta Blueprint weighed against Google's certificates for a social-ads career (folded).
_BLUEPRINT = r"\b(?:meta blueprint|blueprint|meta[- ]zertifi\w*|meta certif\w*|certifica\w* (?:de |da |di )?meta)\b"
_GOOGLE = r"\bgoogle\b"
_SOCIAL_AIM = (r"\b(?:social ads|paid social|social media ads|social[- ]media[- ]werbung|social ads?-\w+|publicite sur les reseaux sociaux"
               r"|anuncios en redes|publicidad en redes|annunci (?:sui|social)|anuncios nas redes|anuncios em redes|midia paga em redes"
               r"|social advertising|social[- ]ads?|social)\b")
_BLUEPRINT_ANSWER: dict[str, str] = {
    "en": "For social ads, I'd go straight for Meta Blueprint: it's the certification paid social jobs ask about (the learning is free, the exam is paid). Google Ads (free on Skillshop) covers paid search, worth adding later if job listings mention it. A small campaign run yourself still counts more than any badge.",
    "fr": "Pour les social ads, je partirais directement sur Meta Blueprint : c'est la certification que demandent les postes en social payant (la formation est gratuite, l'examen payant). Google Ads (gratuite sur Skillshop) couvre le search payant, à ajouter plus tard si les offres la citent. Une petite campagne menée soi-même compte encore plus qu'un badge.",
    "es": "Para social ads, iría directamente a Meta Blueprint: es la certificación que piden los puestos de paid social (la formación es gratuita, el examen de pago). Google Ads (gratuita en Skillshop) es para búsqueda de pago; se puede añadir después si las ofertas la mencionan. Una pequeña campaña gestionada por cuenta propia cuenta aún más que una insignia.",
    "it": "Per i social ads punterei direttamente su Meta Blueprint: è la certificazione che chiedono i ruoli di paid social (la formazione è gratuita, l'esame a pagamento). Google Ads (gratuita su Skillshop) riguarda la ricerca a pagamento, da aggiungere dopo se gli annunci di lavoro la citano. Una piccola campagna gestita in prima persona conta ancora più di un badge.",
    "pt": "Para anúncios nas redes sociais, iria diretamente para a Meta Blueprint: é a certificação que as funções de paid social pedem (a formação é gratuita, o exame é pago). A Google Ads (gratuita no Skillshop) é para pesquisa paga, a acrescentar depois se as ofertas de emprego a pedirem. Uma pequena campanha gerida por conta própria conta ainda mais do que um selo.",
    "pt-BR": "Para anúncios em redes sociais, eu iria direto na Meta Blueprint: é a certificação que as vagas de paid social pedem (o conteúdo é gratuito, a prova é paga). A Google Ads (gratuita no Skillshop) é para busca paga, dá para somar depois se as vagas pedirem. Uma pequena campanha feita por conta própria vale ainda mais do que um selo.",
    "de": "Für Social Ads würde ich direkt Meta Blueprint nehmen: Nach diesem Zertifikat fragen Stellen im Paid Social (die Lernmodule sind kostenlos, die Prüfung kostet). Google Ads (kostenlos auf Skillshop) ist für bezahlte Suche und kann später dazukommen, wenn Stellenanzeigen es nennen. Eine selbst betreute kleine Kampagne zählt trotzdem mehr als ein Abzeichen.",
    "nl": "Voor social ads zou ik meteen voor Meta Blueprint gaan: dat is de certificering waar vacatures in paid social naar vragen (de training is gratis, het examen betaald). Google Ads (gratis via Skillshop) is voor betaald zoeken en kan later, als vacatures erom vragen. Een kleine, zelf gedraaide campagne telt nog meer dan een badge.",
}


#: Google and Meta Blueprint named as an either/or (folded): "quelle certif choisir entre google ads et meta blueprint",
#: "Google Ads or Meta Blueprint?", "¿Google Ads o Meta Blueprint?".
#: (Google Analytics is no Google Ads: "Google Analytics certification or a Meta Blueprint course?" keeps its answer)
_GOOGLE_OR_BLUEPRINT = (r"\b(?:google(?! analytics)|blueprint)\b[^,?.]{0,30}\b(?:ou|or|o|oder|of|oppure|et|versus|vs|e|y|und|en)\b[^,?.]{0,30}"
                        r"\b(?:google(?! analytics)|blueprint|meta)\b")
#: An aim that settles the pick without her (folded): paid search, SEO, social ads.
_OTHER_AIM = r"\b(?:search|seo|referencement|posicionamiento|posizionamento|posicionamento|suchmaschin\w*|zoek\w*|recherche|ricerca|busca|pesquisa|busqueda)\b"
#: Her pick when the sender names no aim: Google Ads first (free end to end, asked by more first jobs), Blueprint after.
_BLUEPRINT_OPEN_ANSWER: dict[str, str] = {
    "en": "Between the two, I'd start with Google Ads: it's free end to end on Skillshop and paid search comes up in more entry-level listings. Meta Blueprint (its exam is paid) makes sense next, once paid social is the direction. Either way, a small campaign run yourself impresses more than a badge.",
    "fr": "Entre les deux, je commencerais par Google Ads : elle est entièrement gratuite sur Skillshop et le search payant revient dans plus d'offres pour débuter. Meta Blueprint (examen payant) vient ensuite, si le social payant devient la voie choisie. Dans tous les cas, une petite campagne menée soi-même impressionne plus qu'un badge.",
    "es": "Entre las dos, empezaría por Google Ads: es gratuita de principio a fin en Skillshop y la búsqueda de pago aparece en más ofertas para empezar. Meta Blueprint (el examen es de pago) viene después, si el camino es el paid social. En cualquier caso, una pequeña campaña llevada por uno mismo impresiona más que una insignia.",
    "it": "Tra le due partirei da Google Ads: è gratuita dall'inizio alla fine su Skillshop e la ricerca a pagamento compare in più offerte per chi inizia. Meta Blueprint (l'esame è a pagamento) viene dopo, se la strada diventa il paid social. In ogni caso, una piccola campagna gestita in prima persona colpisce più di un badge.",
    "pt": "Entre as duas, começaria pela Google Ads: é totalmente gratuita no Skillshop e a pesquisa paga aparece em mais ofertas para quem começa. A Meta Blueprint (o exame é pago) vem depois, se o caminho for o paid social. Em qualquer caso, uma pequena campanha feita pelo próprio impressiona mais do que um selo.",
    "pt-BR": "Entre as duas, eu começaria pela Google Ads: é totalmente gratuita no Skillshop e a mídia paga de busca aparece em mais vagas de entrada. A Meta Blueprint (a prova é paga) vem depois, se o caminho for o paid social. De qualquer forma, uma pequena campanha tocada por conta própria impressiona mais do que um selo.",
    "de": "Von den beiden würde ich mit Google Ads anfangen: Es ist auf Skillshop komplett kostenlos, und bezahlte Suche steht in mehr Einstiegsstellen. Meta Blueprint (die Prüfung kostet) kommt danach, wenn es Richtung Paid Social geht. So oder so beeindruckt eine selbst betreute kleine Kampagne mehr als ein Abzeichen.",
    "nl": "Van de twee zou ik met Google Ads beginnen: die is helemaal gratis via Skillshop en betaald zoeken staat in meer vacatures voor starters. Meta Blueprint (het examen is betaald) komt daarna, als paid social de richting wordt. Hoe dan ook maakt een kleine, zelf gedraaide campagne meer indruk dan een badge.",
}


def blueprint_open_choice(folded: str) -> bool:
    """Whether "Google Ads or Meta Blueprint?" is asked with no aim named: her own pick answers it, never a list by job.

    >>> blueprint_open_choice("je me demande quelle certif choisir entre google ads et meta blueprint ?")
    True
    >>> blueprint_open_choice("google ads or meta blueprint for a paid search job?")
    False
    """
    # (someone already in a marketing job keeps the in-job answer: "Im Job würde ich …")
    return bool(cre.search(_GOOGLE_OR_BLUEPRINT, folded)) and not cre.search(_OTHER_AIM, folded) and not _in_job(folded, "")

def blueprint_choice(lang: str, note: str) -> str:
    """Her answer to "Meta Blueprint or Google?" asked by someone aiming at social ads, or "": Meta Blueprint directly.

    >>> blueprint_choice("en", "I want to work in social ads. Meta Blueprint or Google certification?")[:38]
    "For social ads, I'd go straight for Me"
    >>> blueprint_choice("en", "Google Ads or Meta Blueprint for a paid search job?")
    ''
    """
    folded = fold(note)
    if "?" not in note or not all(cre.search(rx, folded) for rx in (_BLUEPRINT, _GOOGLE)):
        return ""
    if not cre.search(_SOCIAL_AIM, folded):
        pick = _BLUEPRINT_OPEN_ANSWER if blueprint_open_choice(folded) else {}
        return by_lang(pick, lang, "")
    return by_lang(_BLUEPRINT_ANSWER, lang, "")


#: Google weighed against Semrush for a first SEO certificate (folded): "quelle certif pour commencer en SEO : Google ou
#: Semrush ?", "Semrush or Google certification for SEO?".
_SEMRUSH = r"\bsemrush\b"
_SEO_AIM = r"\b(?:seo|referencement|posicionamiento)\b"
_GOOGLE_OR_SEMRUSH = r"\b(?:google|semrush)\b[^,?.]{0,25}\b(?:ou|or|o|oder|of|oppure|versus|vs)\b[^,?.]{0,25}\b(?:google|semrush)\b"
_SEO_CERT_ANSWER: dict[str, str] = {
    "en": "For SEO, I'd start with Semrush Academy: Google has no SEO certification as such, and Semrush's SEO courses are free and come with a certificate. Read Google's free SEO Starter Guide alongside, and apply it on a real site with Search Console: that's what convinces recruiters and clients.",
    "fr": "En SEO, je commencerais par la Semrush Academy : Google n'a pas de certification SEO à proprement parler, et les cours SEO de Semrush sont gratuits, avec un certificat. À côté, le guide de démarrage SEO de Google (gratuit), et surtout la pratique sur un vrai site avec la Search Console : c'est ce qui convainc recruteurs comme clients.",
    "es": "Para SEO, empezaría por la Semrush Academy: Google no tiene una certificación de SEO como tal, y los cursos de SEO de Semrush son gratuitos y dan certificado. Al lado, la guía de inicio de SEO de Google (gratuita) y, sobre todo, la práctica en un sitio real con Search Console: es lo que convence a reclutadores y clientes.",
    "it": "Per la SEO partirei dalla Semrush Academy: Google non ha una vera certificazione SEO, e i corsi SEO di Semrush sono gratuiti e danno un attestato. Accanto, la guida introduttiva alla SEO di Google (gratuita) e soprattutto la pratica su un sito vero con Search Console: è questo che convince recruiter e clienti.",
    "pt": "Para SEO, começaria pela Semrush Academy: a Google não tem uma certificação de SEO propriamente dita, e os cursos de SEO da Semrush são gratuitos e dão certificado. Ao lado, o guia de introdução ao SEO da Google (gratuito) e, sobretudo, a prática num site real com a Search Console: é isso que convence recrutadores e clientes.",
    "pt-BR": "Para SEO, eu começaria pela Semrush Academy: o Google não tem uma certificação de SEO propriamente dita, e os cursos de SEO da Semrush são gratuitos e dão certificado. Junto, o guia de introdução ao SEO do Google (gratuito) e, principalmente, a prática num site de verdade com o Search Console: é isso que convence recrutadores e clientes.",
    "de": "Für SEO würde ich mit der Semrush Academy anfangen: Google hat kein eigentliches SEO-Zertifikat, und die SEO-Kurse von Semrush sind kostenlos und mit Zertifikat. Dazu Googles kostenlosen SEO-Startleitfaden und vor allem Praxis auf einer echten Website mit der Search Console: Das überzeugt Personaler wie Kunden.",
    "nl": "Voor SEO zou ik met de Semrush Academy beginnen: Google heeft geen echte SEO-certificering, en de SEO-cursussen van Semrush zijn gratis en met certificaat. Daarnaast de gratis SEO-starthandleiding van Google en vooral oefenen op een echte site met Search Console: dat overtuigt recruiters en klanten.",
}


def seo_cert_choice(lang: str, note: str) -> str:
    """Her answer to "Google or Semrush to start in SEO?", or "": the one she would take, never a list of five resources.

    >>> seo_cert_choice("en", "Which certification should I start with for SEO: Google or Semrush?")[:40]
    "For SEO, I'd start with Semrush Academy:"
    >>> seo_cert_choice("en", "Google Ads or Semrush for my shop's ads?")
    ''
    """
    folded = fold(note)
    if "?" not in note or not all(cre.search(rx, folded) for rx in (_SEMRUSH, _GOOGLE, _SEO_AIM, _GOOGLE_OR_SEMRUSH)):
        return ""
    return by_lang(_SEO_CERT_ANSWER, lang, "")


#: A master's degree weighed (folded): "ob ein Marketing Master sinnvoll ist", "is a master's worth it", "vale a pena um
#: mestrado", "conviene un master", "si un master vaut le coup", "of een master zinvol is".
_MASTER_WORD = r"\b(?:master'?s?|masters|mba|mestrado|maestria)\b"
_MBA_WORD = r"\bmba\b"
_WORTH_IT = (r"\b(?:sinnvoll|lohnt|worth|makes? sense|useful|vaut (?:le coup|la peine)|utile|interessant|pertinent|vale la pena|merece la pena"
             r"|tiene sentido|vale a pena|compensa|faz sentido|ha senso|conviene|zinvol|de moeite waard|nuttig|loont)\b")
_FRANCE_WORD = r"\b(?:france|frankreich|francia|franca|frankrijk|en france|in france)\b"
#: A master's (in France) as a topic to talk about, after the language's "talk" words: "zum Master in Frankreich".
_MASTER_TOPIC = {
    "en": ("about a master's", " in France"), "fr": ("du projet de master", " en France"), "es": ("del máster", " en Francia"),
    "it": ("del master", " in Francia"), "pt": ("sobre o mestrado", " em França"), "pt-BR": ("sobre o mestrado", " na França"),
    "de": ("zum Master", " in Frankreich"), "nl": ("over een master", " in Frankrijk"),
}
#: The same for an MBA named ("ob sich ein MBA in Frankreich lohnt"): "zum MBA in Frankreich".
_MBA_TOPIC = {"en": "about an MBA", "fr": "du projet de MBA", "es": "del MBA", "it": "dell'MBA", "pt": "sobre o MBA", "de": "zum MBA", "nl": "over een MBA"}


def study_topic(note: str, lang: str) -> str:
    """A master's weighed in the note ("ob ein Marketing Master in Frankreich sinnvoll ist"), as a topic to talk about in
    ``lang`` ("zum Master in Frankreich"), or "": a referred student's question named in the call, never a bare call.

    >>> study_topic("sie meinte, Sie könnten mir bei der Frage helfen, ob ein Marketing Master in Frankreich sinnvoll ist.", "de")
    'zum Master in Frankreich'
    >>> study_topic("Is a master's in digital marketing worth it?", "en"), study_topic("I have a master's in marketing.", "en")
    ("about a master's", '')
    """
    folded = fold(note or "")
    if not (cre.search(_MASTER_WORD, folded) and cre.search(_WORTH_IT, folded)):
        return ""
    pair = by_lang(_MASTER_TOPIC, lang)
    if not pair:
        return ""
    lead = _MBA_TOPIC.get(lang.split("-")[0], pair[0]) if cre.search(_MBA_WORD, folded) else pair[0]
    return lead + (pair[1] if cre.search(_FRANCE_WORD, folded) else "")


#: A degree weighed against a short course (folded): "no sé si hacer un grado o un curso", "a degree or a short course?",
#: "un diplôme ou une formation courte ?", "Studium oder ein Kurs?": the degree advised with the course beside it, never
#: a list of free courses in place of the answer.
_DEGREE_WORD = (r"(?:grado|carrera|universidad|degree|university|licence|diplome|bachelor|laurea|universita|faculdade|licenciatura|graduacao"
                r"|studium|studiengang|hochschule|hbo|wo|universiteit|studie)")
_SHORT_COURSE_WORD = (r"(?:curso|cursos|course|courses|cours|formation courte|formation en ligne|corso|corsi|kurs|kurse|cursus|bootcamp|certificado|certificat)")
_DEGREE_OR_COURSE = (rf"\b{_DEGREE_WORD}\b[^?.!\n]{{0,30}}\b(?:ou|or|oder|o|of)\b[^?.!\n]{{0,20}}\b{_SHORT_COURSE_WORD}\b"
                     rf"|\b{_SHORT_COURSE_WORD}\b[^?.!\n]{{0,30}}\b(?:ou|or|oder|o|of)\b[^?.!\n]{{0,20}}\b{_DEGREE_WORD}\b")
#: A career changer weighs a bootcamp or a certifying course (her settings' answer), never a degree to start over.
_CHANGER = r"\b(?:reconver\w*|career chang\w*|switching careers?|quereinst\w*|zij-instro\w*|cambio de carrera|riconversion\w*|reconversao|transicao de carreira)\b"
_DEGREE_ANSWER: dict[str, tuple[str, str]] = {
    "en": ("If you're starting out and can give it a few years, I'd go for the degree: it gives a broad base (strategy, analytics, communication) and internships, which open the first doors. A short course doesn't replace it but adds to it well: Google Skillshop or HubSpot Academy, free, alongside, applied to a small project of your own.",) * 2,
    "fr": ("Si tu débutes et que tu peux y consacrer quelques années, je ferais le diplôme : il donne une base large (stratégie, analyse, communication) et des stages, qui ouvrent les premières portes. Une formation courte ne le remplace pas mais le complète bien : Google Skillshop ou HubSpot Academy, gratuits, en parallèle, appliqués à un petit projet perso.",
           "Si vous débutez et pouvez y consacrer quelques années, je ferais le diplôme : il donne une base large (stratégie, analyse, communication) et des stages, qui ouvrent les premières portes. Une formation courte ne le remplace pas mais le complète bien : Google Skillshop ou HubSpot Academy, gratuits, en parallèle, appliqués à un petit projet perso."),
    "es": ("Si estás empezando y puedes dedicarle unos años, yo haría el grado: da una base amplia (estrategia, analítica, comunicación) y prácticas, que abren las primeras puertas. Un curso corto no lo sustituye, pero lo complementa bien: Google Skillshop o HubSpot Academy, gratuitos, a la vez, aplicados a un pequeño proyecto propio.",
           "Si está empezando y puede dedicarle unos años, yo haría el grado: da una base amplia (estrategia, analítica, comunicación) y prácticas, que abren las primeras puertas. Un curso corto no lo sustituye, pero lo complementa bien: Google Skillshop o HubSpot Academy, gratuitos, a la vez, aplicados a un pequeño proyecto propio."),
    "it": ("Se sei all'inizio e puoi dedicarci qualche anno, sceglierei la laurea: dà una base ampia (strategia, analisi, comunicazione) e tirocini, che aprono le prime porte. Un corso breve non la sostituisce ma la completa bene: Google Skillshop o HubSpot Academy, gratuiti, in parallelo, applicati a un piccolo progetto tuo.",
           "Se è all'inizio e può dedicarci qualche anno, sceglierei la laurea: dà una base ampia (strategia, analisi, comunicazione) e tirocini, che aprono le prime porte. Un corso breve non la sostituisce ma la completa bene: Google Skillshop o HubSpot Academy, gratuiti, in parallelo, applicati a un piccolo progetto personale."),
    "pt": ("Se estás a começar e podes dedicar-lhe alguns anos, eu faria a licenciatura: dá uma base ampla (estratégia, análise, comunicação) e estágios, que abrem as primeiras portas. Um curso curto não a substitui, mas complementa-a bem: Google Skillshop ou HubSpot Academy, gratuitos, em paralelo, aplicados a um pequeno projeto teu.",
           "Se está a começar e pode dedicar-lhe alguns anos, eu faria a licenciatura: dá uma base ampla (estratégia, análise, comunicação) e estágios, que abrem as primeiras portas. Um curso curto não a substitui, mas complementa-a bem: Google Skillshop ou HubSpot Academy, gratuitos, em paralelo, aplicados a um pequeno projeto próprio."),
    "pt-BR": ("Se você está começando e pode dedicar alguns anos, eu faria a faculdade: ela dá uma base ampla (estratégia, análise, comunicação) e estágios, que abrem as primeiras portas. Um curso curto não substitui, mas complementa bem: Google Skillshop ou HubSpot Academy, gratuitos, em paralelo, aplicados a um pequeno projeto seu.",) * 2,
    "de": ("Wenn du am Anfang stehst und ein paar Jahre investieren kannst, würde ich das Studium machen: Es gibt eine breite Basis (Strategie, Analyse, Kommunikation) und Praktika, die die ersten Türen öffnen. Ein kurzer Kurs ersetzt es nicht, ergänzt es aber gut: Google Skillshop oder HubSpot Academy, kostenlos, nebenher, angewandt auf ein kleines eigenes Projekt.",
           "Wenn Sie am Anfang stehen und ein paar Jahre investieren können, würde ich das Studium machen: Es gibt eine breite Basis (Strategie, Analyse, Kommunikation) und Praktika, die die ersten Türen öffnen. Ein kurzer Kurs ersetzt es nicht, ergänzt es aber gut: Google Skillshop oder HubSpot Academy, kostenlos, nebenher, angewandt auf ein kleines eigenes Projekt."),
    "nl": ("Als je net begint en er een paar jaar in kunt steken, zou ik voor de opleiding gaan: die geeft een brede basis (strategie, analyse, communicatie) en stages, die de eerste deuren openen. Een korte cursus vervangt die niet, maar vult hem goed aan: Google Skillshop of HubSpot Academy, gratis, ernaast, toegepast op een klein eigen project.",
           "Als u net begint en er een paar jaar in kunt steken, zou ik voor de opleiding gaan: die geeft een brede basis (strategie, analyse, communicatie) en stages, die de eerste deuren openen. Een korte cursus vervangt die niet, maar vult hem goed aan: Google Skillshop of HubSpot Academy, gratis, ernaast, toegepast op een klein eigen project."),
}


def degree_or_course(lang: str, note: str, *, informal: bool) -> str:
    """Her answer to a beginner weighing a degree against a short course, or "".

    >>> degree_or_course("en", "I'm 18 and not sure whether to do a degree or a short course in digital marketing. Advice?", informal=True)[:40]
    "If you're starting out and can give it a"
    >>> degree_or_course("en", "I'm switching careers: a degree or a short course?", informal=True)
    ''
    """
    folded = fold(note)
    if cre.search(_CHANGER, folded) or not cre.search(_DEGREE_OR_COURSE, folded):
        return ""
    pair = by_lang(_DEGREE_ANSWER, lang)
    return pair[0 if informal else 1] if pair else ""
