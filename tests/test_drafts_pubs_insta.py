"""'mes pubs insta ne marchent pas … pouvez-vous m'aider ?' is her field (social ads), never 'ce sujet sort de mon domaine'."""

from drafting import sample_draft


def test_insta_ads_are_her_field() -> None:
    text = sample_draft("bonjour, j ai une petite boutique en ligne de bijoux fait main et mes pubs insta ne marchent pas du tout, "
                        "je sais pas quoi faire. pouvez vous m aider ? merci. Fatima", name="Fatima Zahra")
    assert "sort de mon domaine" not in text and "boutique en ligne" in text, text
