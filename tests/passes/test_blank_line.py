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


# Team-written minified code of the kind a renderer prints when a page's script or
# style text leaks into the dump: one long line each, no line breaks.
_MINIFIED = [
    "function(t){var e=this;return void 0!==t&&(e.cache=t),e.items.forEach(function(n){"
    "n.visible=!0===n.flag&&null!==n.node,n.node&&n.node.classList.add('shown')}),"
    "this.ready=!0,e}},{key:'reset',value:function(){this.items=[],this.cache=null}}",
    ".promo_box{display:none!important;width:0!important}.promo_box .inner{margin:0 auto;"
    "padding:4px!important}@media (max-width:600px){.promo_box{height:0!important;"
    "overflow:hidden!important}}.promo_close{color:#333;border:0!important}"
    " .promo_x{float:right!important}",
]


def test_minified_code_lines_are_other(page) -> None:
    from conftest import PROSE

    text = "\n".join(_MINIFIED) + "\n\n" + "\n\n".join(PROSE["de"]) + "\n"
    a = clean(text)
    for r in a.lines[:2]:
        assert r.label is Label.OTHER, (r.text[:40], r.label, r.pass_name)
        assert r.pass_name == "blank_line"
        assert r.evidence == "minified script or style code"
    assert a.paragraphs == PROSE["de"]
    assert a.title is None or "function" not in a.title


def test_prose_and_short_code_are_not_minified_code() -> None:
    from newsclean.passes.blank_line import MIN_CODE_CHARS, _is_code

    # A tutorial's code is short lines (under the length gate); a long sentence
    # with brackets is prose.
    assert len("if (x === null) { return this.value && other || none; }") < MIN_CODE_CHARS
    prose = ("The council (which met on Monday) said the plan would cost less than the old "
             "one [see the table below]; members who voted against it (three of them) said "
             "the numbers were not final and that the vote should wait until spring.")
    assert len(prose) >= MIN_CODE_CHARS
    assert not _is_code(prose)
    assert all(_is_code(t) and len(t) >= MIN_CODE_CHARS for t in _MINIFIED)


@pytest.mark.parametrize("doubled", [
    "Old ferry at the quay at duskOld ferry at the quay at dusk",  # alt and title, glued
    "harbour-crane-2025.jpgharbour-crane-2025.jpg",  # file name of a linked image
    "Fischkutter im Morgennebel Fischkutter im Morgennebel",  # a space apart
    "Le vieux phare au coucher du soleilLe vieux phare au coucher du soleil",
])
def test_one_text_printed_twice_on_a_line_is_image_text(doubled: str) -> None:
    r = clean(f"{doubled}\n").lines[0]
    assert (r.label, r.pass_name) == (Label.OTHER, "blank_line"), r.evidence


@pytest.mark.parametrize("lang,alt", [
    ("en", "A crane lifts the last steel beam into placeA crane lifts the last steel beam "
           "into place"),
    ("de", "Ein Kran hebt den letzten Stahlträger an seinen PlatzEin Kran hebt den "
           "letzten Stahlträger an seinen Platz"),
])
def test_doubled_alt_text_between_paragraphs_leaves_the_article(prose, line, lang: str,
                                                                 alt: str) -> None:
    paras = list(prose[lang])
    a = clean("\n\n".join(paras[:2] + [alt] + paras[2:]) + "\n")
    assert not line(a, alt[:20]).kept
    assert list(a.paragraphs) == paras


@pytest.mark.parametrize("text", [
    "Bora Bora",  # a short name said twice
    "Tahiti Tahiti",  # halves shorter than MIN_DOUBLED_CHARS
    "The rain fell and fell and the rain fell and fell.",  # not two equal halves
])
def test_short_or_unequal_repeats_are_no_image_text(text: str) -> None:
    r = clean(f"{text}\n").lines[0]
    assert r.pass_name != "blank_line", r.evidence


def test_doubled_line_printed_again_below_stays_a_caption(prose, line) -> None:
    # photo_caption's alt text and caption pair: the same line twice in a row
    half = "Two swans on the frozen lake near the mill on Sunday"
    cap = half + half
    paras = list(prose["en"])
    a = clean("\n\n".join(paras[:2] + [cap, cap] + paras[2:]) + "\n")
    r = line(a, cap[:20])
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
