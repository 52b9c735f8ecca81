"""``blank_line``: empty lines are ``blank``; lines of renderer debris are ``other``."""

from __future__ import annotations

import pytest

from newsclean import Config, clean
from newsclean.model import Label


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("", Label.BLANK),
        ("    ", Label.BLANK),
        ("\t \t", Label.BLANK),
        ("\u00a0\u00a0", Label.BLANK),  # NBSP-only line from innerText
        ("\u3000", Label.BLANK),  # ideographic space
        ("[                    ]", Label.OTHER),  # w3m text field
        ("[missing-im]", Label.OTHER),  # w3m image placeholder
        ("[IMG]", Label.OTHER),
        ("( ) (*)", Label.OTHER),  # w3m radio buttons
        ("•", Label.OTHER),  # a lone bullet
        ("\x07\x1b", Label.OTHER),  # control characters only
        ("━━━━━━━━━━━━━━━━━━━━", Label.OTHER),  # a horizontal rule
        ("***", Label.OTHER),
    ],
)
def test_debris_and_blank_lines(raw: str, label: Label) -> None:
    r = clean(f"{raw}\n").lines[0]
    assert (r.label, r.pass_name) == (label, "blank_line"), r.evidence


def test_blank_lines_inside_a_page_stay_blank(page, style) -> None:
    a = clean(page("en", style))
    for r in a.lines:
        if not r.text.strip():
            assert (r.label, r.pass_name) == (Label.BLANK, "blank_line")


def test_a_digit_is_never_blank() -> None:
    r = clean("0\n").lines[0]
    assert r.label is not Label.BLANK
    assert r.pass_name != "blank_line"


def test_whitespace_only_w3m_lines_do_not_break_the_article(page) -> None:
    # w3m prints lines holding a single space between paragraphs
    text = page("en", "w3m").replace("\n\n", "\n \n")
    a = clean(text)
    assert len(a.paragraphs) == 4


def test_disabled_blank_line_leaves_empty_lines_to_the_fallback() -> None:
    a = clean("\n\n", config=Config(disabled=frozenset({"blank_line"})))
    # region skips empty lines, so nobody decides them: the fallback keeps them blank
    assert {(r.label, r.pass_name) for r in a.lines} == {(Label.BLANK, "fallback")}


@pytest.mark.parametrize("text", ["A", "1", "* * *", "Ende."])
def test_a_letter_digit_or_space_is_not_a_rule(text: str) -> None:
    r = clean(f"{text}\n").lines[0]
    assert r.pass_name != "blank_line"


def test_rule_between_article_and_boilerplate_leaves_the_body(page) -> None:
    a = clean(page(before_footer=["━━━━━━━━━━━━━━━━━━━━"]))
    assert "━━━━━━━━━━━━━━━━━━━━" not in a.paragraphs
    assert len(a.paragraphs) == 4
