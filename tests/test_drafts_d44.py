"""Wave 44, helper D: prospects and referrals — the field a prospect's note names (social ads, Meta Ads, SEO) is named
in the reply instead of a bare "let's talk"; the first call is about goals, what is in place and budget, never the salesy
"understand your needs" calque; "Gostaríamos de saber se presta …" (a plural indirect question) gets a clear yes."""

from __future__ import annotations

from drafting import sample_draft


def test_the_field_a_prospect_names_is_named_in_the_reply() -> None:
    notes = {
        ("Ciao Camille, sono responsabile marketing di un gruppo di ristoranti a Milano. Mi ha colpito il tuo punto di vista sulle social ads. Ci colleghiamo?",
         "Responsabile Marketing"): "pubblicità sui social",
        ("Hola Camille, llevo el marketing de una cadena de ópticas en Sevilla. Me encanta cómo enfocas la publicidad en redes sociales. ¿Conectamos?",
         "Responsable de Marketing"): "publicidad en redes sociales",
        ("Bonjour Camille, je m'occupe du marketing d'une chaîne de fleuristes. Votre vision des publicités Facebook m'a marqué. On échange ?",
         "Responsable marketing"): "Facebook Ads",
        ("Hallo Frau Laurent, ich verantworte das Marketing einer Kette von Optikern. Ihre Sicht auf Social Ads fand ich spannend. Wollen wir uns austauschen?",
         "Marketingleiter"): "Social Ads",
        ("Hoi Camille, ik ben marketingmanager bij een keten van bakkerijen. Je aanpak van Instagram-advertenties spreekt me erg aan. Zullen we connecten?",
         "Marketingmanager"): "Instagram Ads",
    }
    for (note, headline), said in notes.items():
        text = sample_draft(note, headline)
        assert said in text, text
        for bare in ("Ne parliamo molto volentieri", "parlons-en", "lo hablamos", "Ik praat er graag over", "Darüber spreche ich gern"):
            assert bare not in text, text


def test_the_first_call_is_about_goals_and_budget_not_your_needs() -> None:
    notes = [
        "Hola Camille, tengo una tienda online de cerámica y necesito ayuda con el SEO. ¿Podemos hablar?",
        "Ciao Camille, ho un e-commerce di tè e mi serve una mano con la SEO. Possiamo sentirci?",
        "Olá Camille, tenho uma loja online de velas e preciso de ajuda com o SEO. Podemos falar?",
        "Hi Camille, I run an online tea shop and need help with our SEO. Could we have a chat?",
    ]
    for note in notes:
        text = sample_draft(note)
        for calque in ("necesidades", "esigenze", "necessidades", "your needs", "Bedarf"):
            assert calque not in text, text
        assert any(w in text for w in ("presupuesto", "budget", "orçamento", "Budget")), text


def test_a_plural_indirect_question_on_her_service_gets_a_yes() -> None:
    notes = [
        "Boa tarde Camille, somos uma pequena marca de conservas em Setúbal. Gostaríamos de saber se presta consultoria de marketing digital para lojas online.",
        "Buenas tardes Camille, somos una marca de aceite en Jaén. Nos gustaría saber si ofrece consultoría de marketing digital para tiendas online.",
    ]
    for note in notes:
        text = sample_draft(note, "Diretora", "Rita Fonseca")
        assert "Sim" in text or "Sí" in text, text

