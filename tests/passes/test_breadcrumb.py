"""``breadcrumb``: "Home » World » Europe" trails, and the section they name."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ("Home»World", "World"),
        ("Home>Politics>Europe", "Europe"),
        ("Home::Local::Education", "Education"),
        ("Startseite/Politik/Ausland", "Ausland"),
        ("Accueil›International", "International"),
        ("Início::Mundo::Europa", "Europa"),
    ],
)
def test_trail_is_breadcrumb_and_names_the_section(page, line, trail: str, section: str) -> None:
    a = clean(page("en", menu=["World", "Business", "Sport", "Culture", "", trail]))
    r = line(a, trail)
    assert r.label is Label.BREADCRUMB
    assert r.pass_name in ("breadcrumb", "lexicon_match")
    assert a.section == section


def test_glued_trail_is_decided_by_the_breadcrumb_pass() -> None:
    a = clean("Home»World\n")
    r = a.lines[0]
    assert (r.label, r.pass_name, r.evidence) == (Label.BREADCRUMB, "breadcrumb",
                                                   "trail from 'Home'")


@pytest.mark.parametrize("trail", ["Home » World » Europe", "Home | Local | Education",
                                   "Startseite > Politik > Ausland"])
def test_spaced_trail_names_the_section(page, trail: str) -> None:
    a = clean(page("en", menu=[trail]))
    assert a.section == trail.split()[-1]


def test_seven_items_is_not_a_trail() -> None:
    # _MAX_ITEMS = 6: a longer chain of slashes is not a breadcrumb
    six = clean("Home/A/B/C/D/E\n").lines[0]
    seven = clean("Home/A/B/C/D/E/F\n").lines[0]
    assert (six.label, six.pass_name) == (Label.BREADCRUMB, "breadcrumb")
    assert seven.pass_name != "breadcrumb"


def test_first_item_must_be_a_home_word() -> None:
    r = clean("World » Europe » France\n").lines[0]
    assert r.pass_name != "breadcrumb"


def test_a_sentence_with_slashes_is_body(page, line) -> None:
    s = ("Home/away ticket prices rose by ten percent this year, the club said, and season "
         "tickets will cost more as well.")
    a = clean(page(insert=[s]))
    assert (line(a, "Home/away").label, line(a, "Home/away").pass_name) == (Label.BODY, "region")


@pytest.mark.parametrize(("lang", "headline"), [
    ("en", "Home prices climb for a fourth month in a row"),
    ("nl", "Home office blijft populair bij ambtenaren in Wolderveen"),
])
def test_a_headline_starting_with_home_is_no_trail(prose, lang: str, headline: str) -> None:
    """"Home »" in the lexicon normalised to the bare word "home": every short line
    starting with "Home" was a breadcrumb, the headline too. Trails are the
    breadcrumb pass's (a home word, then separators)."""
    text = "\n\n".join([headline, "Home » News", *prose[lang][:4]]) + "\n"
    a = clean(text)
    assert a.lines[0].label is Label.TITLE
    assert a.title == headline
    assert a.lines[2].label is Label.BREADCRUMB
