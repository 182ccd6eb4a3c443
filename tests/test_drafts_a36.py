"""Wave 36, helper A: direct questions answered (the doubt told before "what would you recommend?", a place named as
"US-based", an indirect "I'd like to know whether you offer …", training for individuals, "online" that is a shop)."""

from drafting import SAMPLE

from invitriage.drafts.writer import draft_for


def _sample(note: str, lang: str, intent: str) -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_doubt_told_before_a_bare_recommend_question_gets_her_view():
    # the either/or is in the sentence before a question that names nothing (a typo in "recommend" included)
    notes = [("en", "ask_for_help", "Hi Camille, I'm a junior marketer, 8 months in, and I'm unsure about whether to go deep on SEO or on paid ads. What do you recomend?", "SEO suits"),
             ("fr", "ask_for_help", "Bonjour Camille, je suis junior depuis un an et je ne sais pas trop s'il vaut mieux me spécialiser en SEO ou en publicité payante. Tu me conseillerais quoi ?", "Le SEO convient"),
             ("es", "ask_for_help", "Hola Camille, soy junior desde hace un año y no tengo claro si especializarme en SEO o en anuncios de pago. ¿Qué me recomendarías?", "El SEO encaja"),
             ("it", "ask_for_help", "Ciao Camille, lavoro da un anno come junior e non so bene se specializzarmi in SEO o negli annunci a pagamento. Tu cosa mi consiglieresti?", "La SEO fa per chi")]
    for lang, intent, note, want in notes:
        text = _sample(note, lang, intent)
        assert want in text and "To choose between" not in text and "Para elegir entre" not in text, (lang, text)


def test_a_place_named_before_based_is_the_region_asked():
    notes = [("en", "content", "Hey Camille, loved your piece on content pillars. Do you ever take on US-based clients, or is it only France?", "a client in the US is quite possible"),
             ("en", "client", "Hello Camille, we're a UK-based tea brand. Do you work with UK-based companies or just French ones?", "a client in the UK is quite possible")]
    for lang, intent, note, want in notes:
        text = _sample(note, lang, intent)
        assert want in text and "Yes, I work with clients in France" not in text, (lang, text)


def test_indirect_whether_you_offer_gets_a_yes_not_diy_tips():
    notes = [("es", "referral", "Estimado Sr. Laurent:\nLe escribo de parte de Marta Gil. Tengo una pequeña tienda online de velas y quisiera saber si ofrece asesoría SEO para tiendas online.\nUn saludo", "Sí"),
             ("en", "referral", "Dear Ms Laurent, Tom Becker suggested I get in touch. I run a small online bookshop and would like to know whether you offer SEO consulting for online shops. Kind regards", "Yes"),
             ("de", "client", "Sehr geehrte Frau Laurent, ich betreibe einen kleinen Onlineshop für Kaffee und wüsste gern, ob Sie SEO-Beratung für Onlineshops anbieten. Mit freundlichen Grüßen", "Telefonat"),
             ("it", "client", "Gentile Camille, gestisco un piccolo negozio online di ceramiche e vorrei sapere se offre consulenza SEO per negozi online. Cordiali saluti", "Sì")]
    for lang, intent, note, want in notes:
        text = _sample(note, lang, intent)
        body = text.split("\n", 3)[-1]
        assert want in body and "Search Console" not in text and "remoto" not in text, (lang, text)


def test_training_for_individuals_or_only_companies_is_answered():
    notes = [("fr", "ask_for_help", "Bonjour Camille, je change de métier et j'apprends le marketing digital. Tu fais des formations pour les particuliers ou seulement en entreprise ?", "particuliers"),
             ("en", "ask_for_help", "Hi Camille, I'm retraining into marketing. Do you run trainings for individuals too, or only for companies?", "individuals"),
             ("es", "ask_for_help", "Hola Camille, estoy cambiando de carrera. ¿Tus formaciones son también para particulares o solo para empresas?", "particulares"),
             ("de", "ask_for_help", "Hallo Camille, ich orientiere mich beruflich neu. Bietest du deine Schulungen auch für Einzelpersonen an oder nur für Firmen?", "Einzelpersonen"),
             ("nl", "ask_for_help", "Hoi Camille, ik maak een carrièreswitch. Geef je ook trainingen aan particulieren of alleen aan bedrijven?", "particulieren")]
    for lang, intent, note, want in notes:
        text = _sample(note, lang, intent)
        assert want in text, (lang, text)
