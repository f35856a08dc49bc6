"""Result excerpts (search/text.py): the window starts a few words before the first word that matches, however
that word is written (case, umlauts spelled out, punctuation around it, a compound that starts with it)."""

import pytest

from search.text import excerpt

FILLER = " ".join(f"wort{number}" for number in range(30))


@pytest.mark.parametrize(
    ("text", "terms", "first_shown"),
    [
        (f"{FILLER} Die Netzwerke der Kommunen", ["netzwerke"], "wort19"),
        (f"{FILLER} (Netzwerkarbeit) in Kommunen", ["Netzwerke"], "wort18"),
        (f"{FILLER} Bildungs-Netzwerk, Kommunen", ["Netzwerk"], "wort18"),
        (f"{FILLER} in Muenchen und Umgebung", ["München"], "wort19"),
        (f"{FILLER} Straße der Begegnung", ["strasse"], "wort18"),
        # Short words match only whole: "in" does not match "Integration", and nothing matching starts at the top.
        (f"Integration {FILLER}", ["in"], "Integration"),
        (f"{FILLER} nichts davon", ["Netzwerke"], "wort0"),
    ],
)
def test_the_excerpt_starts_before_the_first_match(text, terms, first_shown):
    shown = str(excerpt(text, terms, words_before=12))
    assert shown.removeprefix("… ").split()[0] == first_shown


def test_the_match_is_highlighted_and_the_text_escaped():
    shown = str(excerpt(f"{FILLER} <b>Netzwerke</b> & mehr", ["Netzwerk"]))
    assert "<mark>Netzwerke</mark>" in shown and "&lt;b&gt;" in shown and "&amp; mehr" in shown
    assert shown.startswith("… wort")
