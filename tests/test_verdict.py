"""verdict: error-page phrases are whole words. All text is written for these tests."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.lexicon import load
from newsclean.lines import split_lines
from newsclean.verdict import is_error_page

SHORT_STORY = """Home
News
Sport

{title}

{p1}

{p2}

© 2025 The Island Gazette
"""


@pytest.mark.parametrize(("title", "p1", "p2"), [
    ("Ferry operator apologises for week of cancellations",
     "The island ferry company said on Monday that a software fault caused the "
     "cancellations that stranded hundreds of passengers last week.",
     "Passengers' groups said the apology came too late for people who missed "
     "appointments on the mainland."),
    ("Nieuwe veerpont vaart vanaf maandag",
     "De nieuwe veerpont tussen de twee dorpen vaart vanaf maandag volgens de "
     "zomerdienstregeling, meldt de gemeente.",
     "Bewoners en toeristen kunnen de pont gratis gebruiken, ook met de fiets of "
     "scooter, tot het einde van de maand."),
])
def test_a_phrase_inside_a_longer_word_does_not_make_an_error_page(title, p1, p2):
    """"oups" (French "oops") hides in "groups"; "oeps" (Dutch) in "groepsreis"-like
    words: a short story holding them is still an article."""
    text = SHORT_STORY.format(title=title, p1=p1, p2=p2.replace("scooter", "scooter, groups "))
    a = clean(text)
    assert a.not_article_reason != "error page"
    assert p1 in a.paragraphs


@pytest.mark.parametrize("line", ["Oups ! Cette page est introuvable.", "Page not found",
                                  "页面不存在，请返回首页"])
def test_error_phrases_still_match_as_words(line):
    lex = load()
    assert is_error_page(split_lines(f"Home\n\n{line}\n\nBack to the home page\n", lex), lex)


def test_phrase_inside_a_word_is_no_match():
    lex = load()
    assert not is_error_page(split_lines("Home\n\nThe groups met on Monday.\n", lex), lex)
