"""Wave 30, group C: questions answered (ads-audit price driver, indirect questions, her first clients, a guide read)."""

from drafting import sample_draft


def test_ads_audit_price_depends_on_accounts_not_site():
    notes = [
        ("Buenas Camille, vendo ropa infantil por Shopify y mis anuncios de Facebook gastan mucho sin vender. ¿Harías una "
         "auditoría de mis campañas? ¿Cuánto costaría aproximadamente?", "cuentas y campañas", "tamaño de la web"),
        ("Ciao Camille, gestisco un negozio di vini online e le mie campagne su Meta non rendono. Fai anche audit? "
         "Più o meno quanto costa?", "account e campagne", "dimensioni del sito"),
        ("Bonjour Camille, nos pubs Instagram coûtent cher et ne convertissent pas. Faites-vous des audits de campagnes ? "
         "Ça coûte combien à peu près ?", "comptes et de campagnes", "taille du site"),
        ("Hi Camille, our paid social campaigns burn budget with few sales. Do you audit ad accounts? Roughly what would "
         "that cost?", "accounts and campaigns", "size of the site"),
    ]
    for note, want, never in notes:
        text = sample_draft(note, name="Lea Brun")
        assert want in text and never not in text, text


def test_indirect_question_reaches_her_faq():
    notes = [
        ("Hola Camille, vengo del mundo de la hostelería y quiero pasarme al marketing. Me gustaría saber qué "
         "certificación de SEO vale la pena para empezar.", "Semrush"),
        ("Hi Camille, after five years in retail I'm moving into marketing and I'd like to know which SEO "
         "certifications you would recommend.", "Semrush"),
        ("Bonjour Camille, je débute dans le marketing après une carrière dans la vente. J'aimerais savoir quelles "
         "certifications SEO tu conseillerais.", "Semrush"),
    ]
    for note, want in notes:
        text = sample_draft(note, name="Lea Brun")
        assert want in text, text


def test_her_first_clients_answered_from_her_faq():
    notes = [
        ("hoi camille, ik ben sinds kort zzp'er in social media. hoe heb jij destijds je eerste klanten gevonden?", "netwerk"),
        ("Hi Camille, I just went freelance in content marketing. How did you land your first clients? Any lesson "
         "would help!", "network"),
        ("Salut Camille, je viens de me lancer en freelance. Comment as-tu trouvé tes premiers clients ?", "réseau"),
        ("Hola Camille, acabo de hacerme autónoma en redes sociales. ¿Cómo conseguiste tus primeros clientes?", "red"),
        ("Hallo Camille, ich bin seit Kurzem selbstständig. Wie hast du deine ersten Kunden gewonnen?", "Netzwerk"),
    ]
    for note, want in notes:
        text = sample_draft(note, name="Lea Brun")
        assert want in text and "LinkedIn" in text, text


def test_guide_read_then_question_is_no_resource_request():
    notes = [
        ("Ciao Camille, ho letto la tua guida sulla SEO per negozi online e ho una domanda: conviene aprire un blog "
         "con appena 25 prodotti?", "articolo"),
        ("Hi Camille, I went through your SEO guide for online shops and I have one question: is a blog worth it with "
         "only 40 products?", "article"),
        ("Olá Camille, li o teu guia de SEO para e-commerce e tenho uma dúvida: faz sentido ter um blogue com só "
         "20 produtos?", "artigo"),
    ]
    for note, want in notes:
        text = sample_draft(note, name="Lea Brun")
        assert want in text, text
