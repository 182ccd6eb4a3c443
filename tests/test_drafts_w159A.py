"""Wave 159, group A: a concrete question is answered, never met with "tell me about your business and budget" or the
training catalogue: do reels work for a restaurant (stalled followers told), her webinar's PDF mentioned and asked for, and
whether social ads are worth it on a small budget when a tip or a training is asked (B2B gets the LinkedIn answer)."""

from drafting import sample_draft

_STOCK = ("activité et de ton budget", "activité et de votre budget", "business and your budget", "Geschäft und dein Budget",
          "Geschäft und Ihr Budget", "negocio y tu presupuesto", "bedrijf en je budget")


def _no_stock(draft: str) -> None:
    assert not any(s in draft for s in _STOCK), draft


def test_reels_for_a_restaurant_answered():
    fr = sample_draft("bjr camille jai vu ton post sur les reels instagram, super interessant. tu penses que ca marche aussi "
                      "pour un restaurant ? on a 800 abonnés et ca bouge pas", headline="Gérant - Le Bouchon des Canuts",
                      name="Karim Haddad")
    _no_stock(fr)
    assert "reels" in fr, fr  # her reels answer (its shop wording kept for every small business, our mend)
    es = sample_draft("Hola Camille, vi tu post sobre los reels en Instagram. ¿Crees que funciona también para una cafetería? "
                      "Tenemos 600 seguidores y no se mueve nada.", headline="Dueña - Café Luna", name="Marta Ruiz")
    _no_stock(es)
    assert "reels" in es, es
    de = sample_draft("Hallo Camille, dein Post über Instagram-Reels war super. Funktioniert das auch für ein Restaurant? "
                      "Wir haben 700 Follower und es tut sich nichts.", headline="Inhaber, Zum Anker", name="Jan Vogel")
    _no_stock(de)
    assert "mit Reels" in de, de


def test_shop_growing_on_instagram_keeps_its_answer():
    en = sample_draft("Hi Camille, any tip to get my small shop's Instagram growing faster?", headline="Owner at Bloom Shop",
                      name="Nora Lane")
    assert "a small shop grows with reels more than photos" in en, en


def test_webinar_material_mentioned_then_asked_is_sent():
    fr = sample_draft("Bonjour Camille, j'ai assisté à votre webinaire sur Google Ads mardi. Vous aviez parlé d'un support PDF, "
                      "serait-il possible de le recevoir ? Merci beaucoup !\nCordialement\nAnne-Sophie Leroy",
                      headline="Assistante marketing - Cabinet Leroy", name="Anne-Sophie Leroy")
    _no_stock(fr)
    assert "je vous envoie" in fr, fr
    de = sample_draft("Hallo Frau Laurent, ich war bei Ihrem Webinar zu SEO. Sie hatten eine PDF-Zusammenfassung erwähnt, "
                      "könnte ich die bekommen? Danke!", name="Jonas Keller")
    _no_stock(de)
    assert "Ich schicke Ihnen" in de, de
    en = sample_draft("Hi Camille, I joined your LinkedIn Ads webinar on Thursday. You mentioned a PDF handout, could I get it? "
                      "Thanks a lot!", name="Grace Miller")
    _no_stock(en)
    assert "I'll send you" in en, en


def test_social_ads_worth_on_little_budget_answered_before_training():
    de = sample_draft("Hallo Camille, Ich bin Gründer eines Startups für nachhaltige Sneaker. Wir haben kaum Budget, aber ich "
                      "würde gern verstehen ob sich Social Ads für uns überhaupt lohnen. Hast du vlt einen Rat oder bietest du "
                      "Schulungen an?", headline="Founder @ Grünschritt", name="Lukas Weber")
    assert "Ja, ich gebe Schulungen" not in de and "kleinem Budget" in de, de
    fr = sample_draft("Salut Camille, je lance une marque de bougies et on a un petit budget. Est-ce que les social ads valent "
                      "le coup pour nous ? Tu as un conseil ou une formation à me proposer ?", name="Chloé Martin")
    assert "j'anime des formations" not in fr and "petit budget" in fr, fr


def test_social_ads_for_b2b_on_small_budget_gets_the_linkedin_answer():
    nl = sample_draft("Hoi Camille, ik ben oprichter van een startup in duurzame verpakkingen. Budget is beperkt, maar ik wil "
                      "weten of social ads voor B2B zin hebben. Heb je een tip of een training hiervoor?",
                      headline="Founder @ GroenPak", name="Niels Verhoeven")
    assert "cursussen" not in nl and "LinkedIn Ads kan werken in B2B" in nl, nl
    en = sample_draft("Hi Camille, we're a small B2B software startup and our budget is limited. Do social ads for B2B make "
                      "sense for us? Any tip or a training you'd suggest?", name="Tom Baker")
    assert "LinkedIn Ads can work for B2B" in en, en


def test_training_asked_alone_keeps_her_offer():
    de = sample_draft("Hallo Camille, bietest du Schulungen zu Social Ads an?", name="Eva Brandt")
    assert "Schulungen" in de, de
