"""Wave 156, our mends after reading every regression draft the wave changed: each pins a good draft a branch had
broken, beside the branch's own fix.

- A company only Brazil or Portugal has makes a headline Portuguese only beside a Portuguese word ("Marketing de
  Performance"); "Head of Growth | Hotmart" alone stays English, as reviewers rated it.
- "¿Una auditoría de SEO me ayudaría?" asks whether an audit would help (it), not for her help (you): no "happy to help
  with your SEO" and budget call.
- Following her work, then an exchange wished ("gostava de trocar impressões"), is an exchange, never a follower's hello.
- A team's training with her languages already offered ("en francés o inglés") and "remote?" keeps "in English, perfect".
- The update answer weaves "rather than delete or just wait" into its advice, so it reads for a sender who did not ask.
"""

from drafting import sample_draft


def test_a_brazilian_brand_alone_in_an_english_headline_stays_english() -> None:
    assert sample_draft("", headline="Head of Growth | Hotmart", name="Eduardo Lima").startswith("Hello Eduardo,")
    pt = sample_draft("", headline="Head of Growth @ Zé Delivery | Marketing de Performance", name="Ricardo Fontes")
    assert pt.startswith("Olá, Ricardo,")


def test_it_would_help_me_is_no_request_for_her_help() -> None:
    es = sample_draft("Hola Camille!! Soy de México, tengo una tienda en Shopify de ropa deportiva y las ventas están "
                      "estancadas. ¿Crees que una auditoría de SEO me ayudaría?", name="Luis Pérez")
    assert "te ayudo con tu SEO" not in es and "presupuesto" not in es
    it = sample_draft("Ciao Camille, ho un piccolo e-commerce di ceramiche. Secondo te un'analisi SEO mi aiuterebbe?", name="Gino Ferri")
    assert "ti aiuto" not in it.lower()
    # the conditional asked of her still counts
    asked = sample_draft("Ciao Camille, ho un brand di gioielli e vorrei venderli in Francia. Mi aiuteresti con la SEO per il "
                         "mercato francese?", name="Sara Neri")
    assert "20 minuti" in asked


def test_an_exchange_after_following_her_work_gets_a_call() -> None:
    pt = sample_draft("Bom dia Camille, sou diretor de marketing numa cadeia de supermercados e acompanho o seu trabalho há "
                      "algum tempo. Gostava de trocar impressões sobre estratégia de conteúdo.", name="Rui Sousa")
    assert "20 minutos" in pt and "publicações" not in pt
    follower = sample_draft("Prezada Sra. Laurent, acompanho seu trabalho sobre estratégia de conteúdo há algum tempo e "
                            "gostaria de fazer parte da sua rede. Atenciosamente, Marcelo Pereira", name="Marcelo Pereira")
    assert "publicações" in follower and "20 minutos" not in follower


def test_remote_training_with_her_languages_offered_keeps_the_yes_to_english() -> None:
    es = sample_draft("Hola Camille, busco un curso de formación en marketing digital para mi equipo de 6 personas (en francés "
                      "o inglés). ¿Lo ofreces en remoto? Somos de Bilbao.", name="Ane Etxebarria")
    assert "en inglés, perfecto" in es and "no en español" not in es


def test_the_update_answer_reads_without_the_prune_question() -> None:
    de = sample_draft("Hallo Camille, unser organischer Traffic ist seit dem letzten Google Update eingebrochen. Was würdest "
                      "du als Erstes prüfen?", name="Florian Berger")
    assert "statt sie zu löschen oder nur abzuwarten" in de and not any(line.startswith("Weder") for line in de.splitlines())
