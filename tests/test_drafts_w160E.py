"""Wave 160 E: French and English address and questions.

- "ça vaut le coup de poster tous les jours ?": the posting-frequency answer, never "tell me about your activity and budget";
- "ton avis sur mon portfolio si t'as 5 min 😊 merci": the condition on her time is never quoted back in her voice;
- a formal letter signed with a courtesy title or an initial ("M. Traoré", "A. Okafor") is answered by title and surname,
  and a formal English note is thanked "Thank you", never a casual "Thanks";
- a lecturer asked in a named field ("stratégie social media") for several classes: the topic is not asked again and
  the classes are "quelques cours".
"""

from __future__ import annotations

from drafting import sample_draft


def test_daily_posting_question_is_answered():
    fr = sample_draft("Bonjour Camille, j'ai lu ton post sur la portée organique qui baisse. Tu crois que ça vaut encore le coup "
                      "de poster tous les jours pour une boîte B2B ?", "Chargée de com - Sofratec", "Julie Morel")
    assert "rythme quotidien" in fr and "budget" not in fr
    en = sample_draft("Hi Camille, read your post on LinkedIn reach. Is posting every day still worth it for a B2B company?",
                      name="Paul Martin")
    assert "daily rhythm" in en and "budget" not in en
    de = sample_draft("Hallo Camille, dein Beitrag zur organischen Reichweite war spannend. Lohnt es sich noch, täglich zu posten "
                      "für ein B2B-Unternehmen?", name="Paul Martin")
    assert "täglicher Rhythmus" in de


def test_request_condition_never_quoted_in_her_voice():
    fr = sample_draft("Slt Camille, etudiante en BTS com, j'aimerais bien ton avis sur mon book si t'as 5 min 😊 merci !!",
                      name="Inès Roux")
    assert "mon avis sur ton book" in fr and "t'as" not in fr and "😊" not in fr
    en = sample_draft("Hey Camille, marketing student here, would love your opinion on my portfolio if you've got 5 min 🙏 thanks!!",
                      name="Tom Baker")
    assert "portfolio" in en and "5 min" not in en and "got" not in en


def test_formal_letter_signed_by_title_or_initial():
    fr = sample_draft("Madame, Monsieur, je sollicite l'honneur de rejoindre votre réseau. Respectueusement, Mme Diallo",
                      name="Aminata Diallo")
    assert fr.startswith("Bonjour Madame Diallo,")
    fr_m = sample_draft("Madame, Monsieur, je souhaiterais intégrer votre réseau professionnel. Cordialement, M. Kouassi",
                        name="Serge Kouassi")
    assert fr_m.startswith("Bonjour Monsieur Kouassi,")
    en = sample_draft("Dear Sir/Madam, it would be an honour to be part of your network. Yours faithfully, Mrs K. Mensah",
                      name="Kezia Mensah")
    assert en.startswith("Dear Ms Mensah,") and "Thank you for connecting" in en and "Thanks" not in en
    en_i = sample_draft("Dear Sir/Madam, I would be glad to join your network. Respectfully, C. Nwosu", name="Chinedu Nwosu")
    assert en_i.startswith("Dear Mr Nwosu,")


def test_friendly_note_keeps_its_first_name():
    en = sample_draft("Hi Camille, loved your talk last week, let's connect!", name="Kezia Mensah")
    assert en.startswith("Hi Kezia,")


def test_lecturer_topic_given_and_several_classes():
    fr = sample_draft("Bonjour Camille, notre école cherche un intervenant en stratégie réseaux sociaux pour notre bachelor. "
                      "Seriez-vous disponible pour assurer plusieurs cours ? Cordialement, Paul Girard",
                      "Directeur des études - IDRAC", "Paul Girard")
    assert "quelques cours en stratégie réseaux sociaux" in fr and "le sujet" not in fr
    one = sample_draft("Bonjour Camille, nous cherchons un intervenant en marketing digital pour notre master. Seriez-vous "
                       "intéressée pour donner un cours ? Cordialement, Paul Girard", "Directeur des études - IDRAC", "Paul Girard")
    assert "donner un cours en marketing digital" in one
