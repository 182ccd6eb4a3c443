"""Wave 48, group D: thanks for a training attended, SEO for a brand selling into France, laughs, conversation settings,
what finally clicked, a survey's link, the pt formal thanks."""

from __future__ import annotations

import pytest
from drafting import sample_draft


# -- D1: a thanks for a training she gave is a thanks (never a job search), the training named, "already applying" heard

@pytest.mark.parametrize("note, present, absent", [
    ("Oi Camille, participei do seu treinamento de Meta Ads no Sebrae ano passado. Queria agradecer, já estou aplicando tudo na minha loja!",
     ["Meta Ads"], ["currículo", "Boa sorte na busca"]),
    ("Hola Camille, hice tu formación de Google Ads en Valencia, ¡quería darte las gracias, ya lo estoy aplicando en la agencia!",
     ["Google Ads", "ya te esté sirviendo"], ["currículum", "CV", "ponerlo en práctica"]),
    ("Ciao Camille, ho partecipato al tuo corso di SEO a Torino e volevo ringraziarti: lo sto già applicando!",
     ["SEO", "ti stia già servendo"], ["curriculum", "CV", "messa in pratica"]),
    ("Salut Camille, j'ai participé à ta formation Meta Ads à Villeurbanne, merci ! J'applique déjà tout.",
     ["Meta Ads", "ça te serve déjà"], ["CV", "Bonne mise en pratique"]),
    ("Hallo Camille, ich habe an deinem Workshop zu SEO teilgenommen, danke! Ich setze schon vieles davon um.",
     ["SEO", "schon etwas bringt"], ["Lebenslauf", "Viel Erfolg bei der Umsetzung"]),
])
def test_training_thanks_is_a_thanks(note, present, absent):
    text = sample_draft(note, name="Rita Gomes")
    for p in present:
        assert p in text, text
    for a in absent:
        assert a not in text, text


# -- D2: "do you also do international SEO?" from a brand selling into France: yes, France is her market, then the call

@pytest.mark.parametrize("note, yes", [
    ("Ciao Camille, mi ha dato il tuo nome Giulia. Vendiamo olio d'oliva online e vorremmo vendere di più in Francia. Ti occupi anche di SEO internazionale?",
     "la Francia è proprio il mio mercato"),
    ("Olá Camille, a Marta deu-me o seu contacto. Temos uma loja online de cortiça e queremos vender em França. Faz também SEO internacional?",
     "França é precisamente o meu mercado"),
    ("Hi Camille, Tom gave me your name. We sell Dutch cheese online and want to sell more in France. Do you also do international SEO?",
     "France is exactly my market"),
    ("Hallo Camille, Jonas hat dich empfohlen. Wir verkaufen Uhren online und wollen in Frankreich wachsen. Machst du auch internationales SEO?",
     "Frankreich ist genau mein Markt"),
])
def test_seo_into_france_answered(note, yes):
    text = sample_draft(note, name="Paolo Neri")
    assert yes in text, text
    assert "20" in text, text  # the call still proposed after the yes


# -- D4: a laugh is never part of the topic echoed back

@pytest.mark.parametrize("note, laugh", [
    ("great article on link building haha, following you now", "haha"),
    ("me encantó tu post sobre Reels para tiendas jajaja, muy cierto. ¡Te sigo!", "jajaja"),
    ("adorei seu post sobre tráfego pago kkkk muito bom", "kkkk"),
    ("loved your post about Meta ads lol, so true", "lol"),
])
def test_laugh_not_echoed(note, laugh):
    text = sample_draft(note, name="Sam Lee")
    assert laugh not in text.lower(), text


# -- D5: the setting of a conversation (over coffee) is no part of its subject

@pytest.mark.parametrize("note, absent", [
    ("Bonjour Camille, on s'est rencontrées au salon VivaTech à Paris mardi, on a parlé de SEO local autour d'un café. Au plaisir de rester en contact ! Julie",
     "café"),
    ("Ciao Camille, ci siamo conosciute al Web Marketing Festival e abbiamo parlato di SEO locale davanti a un caffè. Restiamo in contatto!",
     "caffè"),
])
def test_talk_setting_not_subject(note, absent):
    text = sample_draft(note, name="Julie Martin")
    assert absent not in text, text


def test_fr_discussion_sur_le_seo():
    text = sample_draft("Bonjour Camille, on s'est rencontrées au salon VivaTech à Paris mardi, on a parlé de SEO local autour d'un café. "
                        "Au plaisir de rester en contact ! Julie", name="Julie Martin")
    assert "discussion de SEO" not in text, text


# -- D3: what finally clicked is reacted to, never "ça me fait plaisir que tu aies suivi ma formation"

@pytest.mark.parametrize("note, present, absent", [
    ("Salut Camille ! Top ta formation Meta Ads de jeudi, j'ai enfin compris le ciblage 🙏 Merci !",
     ["le ciblage ait enfin du sens"], ["que tu aies suivi ma formation"]),
    ("Hola Camille, gracias por tu formación de Google Ads, ¡por fin entendí las pujas!",
     ["lo de las pujas"], ["ponerlo en práctica"]),
    ("Oi Camille, adorei seu treinamento de Google Ads, finalmente entendi os lances!",
     ["sobre os lances"], ["colocando tudo em prática"]),
])
def test_clicked_reacted_to(note, present, absent):
    text = sample_draft(note, name="Léa Petit")
    for p in present:
        assert p in text, text
    for a in absent:
        assert a not in text, text


# -- D6: a survey's link is no favour to thank for; the pt formal thanks is grammatical

@pytest.mark.parametrize("note, absent", [
    ("Hola Camille, hago mi TFM sobre marketing de influencers. ¿Podrías responder un cuestionario de 5 minutos? Te paso el enlace si te parece bien. ¡Gracias!",
     "de antemano por el enlace"),
    ("Hi Camille, I'm writing my thesis on B2B content. Could you answer a short survey (5 min)? I'll send you the link if you agree. Thanks!",
     "in advance for the link"),
])
def test_survey_link_not_thanked(note, absent):
    text = sample_draft(note, name="Clara Ruiz")
    assert absent not in text, text


def test_pt_formal_thanks_after_panel():
    text = sample_draft("Cara Camille, conhecemo-nos na conferência Marketing Digital no Porto, no painel sobre SEO. Gostei muito da sua "
                        "intervenção. Gostaria de manter o contacto.\nCumprimentos,\nRui Costa", name="Rui Costa")
    assert "Agradeço o convite e por" not in text, text
