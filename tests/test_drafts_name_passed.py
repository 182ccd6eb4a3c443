"""'via mijn collega Pieter Jansen kreeg ik uw naam door': a colleague who passed her name on introduced them (thanked);
one who only pointed the way to her profile is not."""

from drafting import sample_draft


def test_colleague_who_passed_her_name_is_thanked() -> None:
    text = sample_draft("Geachte mevrouw Laurent, via mijn collega Pieter Jansen (bol.com) kreeg ik uw naam door. Wij willen onze "
                        "contentstrategie voor de Franse markt herzien. Zou u open staan voor een kennismakingsgesprek?\n"
                        "Met vriendelijke groet, Eva de Wit", name="Eva de Wit")
    assert "Pieter Jansen" in text, text


def test_colleague_who_only_pointed_the_way_is_not() -> None:
    text = sample_draft("Hoi Camille, via mijn collega Pieter Janssen kwam ik op je profiel terecht. Leuk om te connecten!", name="Eva de Wit")
    assert "Pieter" not in text, text
