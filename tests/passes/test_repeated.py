"""``repeated``: short lines printed several times on one page."""

from __future__ import annotations

from dataclasses import replace

from newsclean import Config, clean
from newsclean.model import Label


def test_menu_repeated_in_the_footer(page, style) -> None:
    from conftest import item

    foot = [item(w, style) for w in ("World", "Business", "Sport")]
    a = clean(page("en", style, menu=("World", "Business", "Sport"), footer=foot))
    reps = [r for r in a.lines if r.text.strip() and r.pass_name == "repeated"]
    assert reps, "no line was decided by 'repeated'"
    for r in reps:
        assert r.label is Label.NAV
        assert r.evidence == "printed 2 times"
    assert len(a.paragraphs) == 4


def test_min_count_boundary(page) -> None:
    text = page(before_footer=["Riverside Edition", "", "Riverside Edition"])
    two = clean(text)
    assert [r.pass_name for r in two.lines if r.text == "Riverside Edition"] == ["repeated"] * 2
    base = Config()
    three = clean(text, config=replace(base, repeated=replace(base.repeated, min_count=3)))
    assert "repeated" not in {r.pass_name for r in three.lines if r.text == "Riverside Edition"}


def test_max_words_boundary(page) -> None:
    six = "Riverside Herald weekend edition out now"  # 6 words
    text = page(before_footer=[six, "", six])
    base = Config()
    at6 = clean(text, config=replace(base, repeated=replace(base.repeated, max_words=6)))
    assert {r.pass_name for r in at6.lines if r.text == six} == {"repeated"}
    at5 = clean(text, config=replace(base, repeated=replace(base.repeated, max_words=5)))
    assert "repeated" not in {r.pass_name for r in at5.lines if r.text == six}


def test_repeated_headline_is_taken_back_as_title() -> None:
    head = "Council votes to keep the riverside library open"
    from conftest import PROSE

    text = head + "\n\n" + head + "\nBy Jane Doe\n\n" + "\n\n".join(PROSE["en"]) + "\n"
    a = clean(text)
    assert a.title == head
    assert [r.label for r in a.lines if r.text == head] == [Label.TITLE, Label.TITLE]


def test_a_repeated_long_sentence_is_body(page, line) -> None:
    from conftest import PROSE

    text = page(insert=[PROSE["en"][0]])  # the first paragraph printed twice (pull quote)
    a = clean(text)
    assert all(r.label is Label.BODY for r in a.lines if r.text == PROSE["en"][0])
