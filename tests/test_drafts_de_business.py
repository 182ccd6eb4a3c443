"""A German business name ending in a hyphenated shop noun takes its article ("den Blumenliebe Online-Shop"), like
"Onlineshop" did (rounds 56 and 57 de: "Neben dem Studium Blumenliebe Online-Shop zu führen")."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("headline", "said"), [
    ("Studentin Medienmanagement | Gründerin von Blumenliebe Online-Shop", "den Blumenliebe Online-Shop zu führen"),
    ("Student BWL | Gründer von Teezeit E-Shop", "den Teezeit E-Shop zu führen"),
    ("Studentin Design | Gründerin von Kräuterliebe Onlineshop", "den Kräuterliebe Onlineshop zu führen"),
])
def test_the_shop_noun_takes_its_article(headline: str, said: str) -> None:
    text = sample_draft("", headline=headline, name="Hannah Fischer")
    assert said in text, text
