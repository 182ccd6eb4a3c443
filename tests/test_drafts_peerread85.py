"""Wave 85, group G: notes read as the wrong kind, or what they asked for lost (a referrer taken up by a pronoun,
a fellow freelancer's coffee, an offer of freelance help, two needs, the topic of an exchange)."""
from drafting import sample_draft


# --- "ancien collègue d'Antoine Roche chez Publicis, il m'a dit de vous contacter": the referrer is thanked ---

def test_referrer_taken_up_by_a_pronoun_is_thanked_in_several_languages():
    fr = sample_draft("Bonjour Camille,\nJe suis ancien collègue d'Antoine Roche chez Publicis, il m'a dit de vous contacter. "
                      "Je lance une marque de cosmétiques bio et j'aurais besoin d'aide pour les pubs Facebook.\nBien cordialement,\nDavid Perrin")
    assert "merci à Antoine Roche" in fr and "d'Antoine" not in fr
    fr2 = sample_draft("Bonjour Camille, j'ai travaillé avec Julie Martin chez Havas ; elle m'a conseillé de vous écrire. "
                       "Je cherche de l'aide pour mon référencement.")
    assert "Julie Martin" in fr2
    en = sample_draft("Hi Camille, I'm a former colleague of Tom Reed at Ogilvy, he told me to reach out. I'm launching a "
                      "skincare brand and need help with Facebook ads.")
    assert "thanks to Tom Reed" in en
    nl = sample_draft("Hallo Camille, ik ben een oud-collega van Pieter Jansen bij Coolblue, hij raadde me aan je te mailen. "
                      "Ik zoek hulp met Facebook-advertenties.")
    assert "dank aan Pieter Jansen" in nl
    de = sample_draft("Hallo Camille, ich bin eine ehemalige Kollegin von Anna Schulz bei Zalando, sie hat mir geraten, Sie zu "
                      "kontaktieren. Ich brauche Hilfe bei Facebook-Werbung.")
    assert "Anna Schulz" in de


# --- "zoek hulp met SEO en content": both needs named, never SEO alone ---

def test_seo_and_bare_content_are_both_named_in_several_languages():
    nl = sample_draft("Hallo Camille, Sanne Bakker (van Bureau Bloei) raadde me aan contact met je op te nemen. Ik start in april "
                      "een webshop in duurzame babykleding en zoek hulp met SEO en content. Heb je ruimte voor een kennismaking? Groetjes, Eva")
    assert "met SEO en je contentstrategie" in nl and "met SEO!" not in nl
    en = sample_draft("Hi Camille, Sarah Cole suggested I reach out. I'm opening an online shop in April and need help with SEO "
                      "and content. Do you have room for an intro call?")
    assert "SEO and content strategy" in en
    fr = sample_draft("Bonjour Camille, Julie Martin m'a conseillé de vous contacter. Je lance une boutique en ligne en avril et je "
                      "cherche de l'aide pour le SEO et le contenu. Auriez-vous un moment pour en parler ?")
    assert "votre SEO et votre stratégie de contenu" in fr
    es = sample_draft("Hola Camille, me recomendó Pablo Herrera. Abro una tienda online en abril y busco ayuda con SEO y contenidos. "
                      "¿Tienes hueco para una llamada?")
    assert "tu SEO y tu estrategia de contenidos" in es


# --- "gostava de trocar ideias sobre estratégia de conteúdos. Um café virtual?": the field to exchange on named ---

def test_exchange_of_ideas_names_its_field_in_several_languages():
    pt = sample_draft("Olá Camille, sou diretora de marketing numa cadeia de lojas de desporto em Portugal. Acompanho o seu trabalho "
                      "há algum tempo e gostava de trocar ideias sobre estratégia de conteúdos. Um café virtual? Sofia Almeida")
    assert "trocar ideias sobre estratégia de conteúdo" in pt and "Com todo o gosto. Que" not in pt and "café virtual" in pt
    es = sample_draft("Hola Camille, soy directora de marketing en una cadena de tiendas de deporte. Sigo tu trabajo desde hace "
                      "tiempo y me gustaría intercambiar ideas sobre estrategia de contenidos. ¿Un café virtual?")
    assert "intercambiar ideas sobre estrategia de contenidos" in es
    it = sample_draft("Ciao Camille, sono direttrice marketing di una catena di negozi sportivi. Seguo il tuo lavoro da tempo e mi "
                      "piacerebbe scambiare idee sulla strategia dei contenuti. Un caffè virtuale?")
    assert "confrontarci sulla strategia dei contenuti" in it
    nl = sample_draft("Hoi Camille, ik ben marketingmanager bij een sportketen en wil graag van gedachten wisselen over "
                      "contentstrategie. Een virtuele koffie?")
    assert "van gedachten te wisselen over contentstrategie" in nl


# --- "Salut Camille! … een keer koffie drinken? Groeten, Thijs": a fellow freelancer's casual note is answered je ---

def test_casual_dutch_note_with_groeten_is_answered_informally():
    nl = sample_draft("Salut Camille! Nederlander hier, woon sinds vorig jaar in Lyon en werk als freelance UX-designer. Altijd leuk "
                      "om andere freelancers te leren kennen, een keer koffie drinken? Groeten, Thijs Meijer", name="Thijs Meijer")
    assert "Hoi Thijs" in nl and "je uitnodiging" in nl and " uw " not in nl and " u " not in nl
    assert nl.count("Graag") + nl.count("graag") <= 1 and "Welke dagen" in nl
    nl2 = sample_draft("Hoi Camille, ik ben een Belgische copywriter en woon sinds kort in Lyon. Zin om een keer koffie te drinken "
                       "met een collega-freelancer? Groeten, Sanne")
    assert " uw " not in nl2 and "je" in nl2
    from invitriage.drafts.notefacts import is_informal
    assert is_informal("Hallo Camille, leuk je profiel te zien. Groeten, Bram", "nl")
    assert not is_informal("Beste Camille, kunt u mij helpen? Met vriendelijke groeten, Jan", "nl")


# --- "Mocht je ooit extra handen nodig hebben voor Nederlandstalige klanten": an offer of freelance help, never "send your CV" ---

def test_extra_hands_offered_is_answered_as_an_offer_of_help():
    nl = sample_draft("Goedemiddag Camille, ik ben contentmarketeer (NL/EN/FR) en op zoek naar een nieuwe uitdaging, freelance of "
                      "vast. Mocht je ooit extra handen nodig hebben voor Nederlandstalige klanten, dan hoor ik het graag!\n"
                      "Met vriendelijke groet, Fleur de Boer", name="Fleur de Boer")
    assert "in gedachten" in nl and "cv" not in nl.lower()
    nl2 = sample_draft("Hallo Camille, ik ben copywriter en zoek nieuwe opdrachten. Als je ooit extra handen nodig hebt voor "
                       "Vlaamse klanten, laat het me weten! Groet, Pieter")
    assert "cv" not in nl2.lower()
    en = sample_draft("Hi Camille, I'm a content marketer (EN/DE) looking for a new challenge, freelance or permanent. If you ever "
                      "need an extra pair of hands for German-speaking clients, let me know!")
    assert "keep you in mind" in en and "CV" not in en


def test_exchange_topic_is_the_wish_s_field_never_a_job_or_a_repeat():
    de = sample_draft("Guten Tag Frau Laurent, als Marketingleiterin bei einem Modelabel interessiere ich mich für Ihre Arbeit zu "
                      "Content-Strategie. Würde mich über einen Austausch freuen. Herzliche Grüße, Stefanie Hartmann")
    assert "Austausch über Content-Strategie" in de
    es = sample_draft("Hola Camille, soy head of growth en una app de viajes y me interesa mucho tu enfoque de SEO + contenido. "
                      "Me encantaría intercambiar ideas algún día. Saludos, Tomás")
    assert es.count("estrategia de contenidos") == 1  # named once, never again in the call line
    from invitriage.drafts.needs import exchange_topic
    assert exchange_topic("Ich arbeite im Content Marketing und freue mich auf den Austausch.", ["content strategy"], "de") == ""
    assert exchange_topic("Would love to swap notes on content strategy.", ["content strategy"], "en") == ""
