"""Issue 6 (memory): what keeps clean()'s peak memory proportional to its input
gives the same result as the plain way.

A very long line is measured piece by piece (no list of all its words), identical
strings and verdicts are shared, and the lines are freed while the results are
built. These tests check that the output does not change; they make no
assertions about time or bytes.
"""

from __future__ import annotations

import random

import pytest

from newsclean import clean
from newsclean import lexicon as lexicon_module
from newsclean import lines as L
from newsclean.lexicon import load, pieces


@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_pieces_cut_before_a_space_and_rebuild_the_text(size: int) -> None:
    rng = random.Random(size)
    words = ["Ab", "cd", "  ", "éF", "猫", "x" * 12, "\u00a0", "G"]
    for _ in range(50):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 40)))
        parts = list(pieces(text, size))
        assert "".join(parts) == text
        assert all(p.startswith(" ") for p in parts[1:])
        assert [w for p in parts for w in p.split()] == text.split()


def test_a_short_text_is_its_own_only_piece() -> None:
    text = "The council met on Tuesday."
    (only,) = pieces(text)
    assert only is text


def _long_line(rng: random.Random, ascii_only: bool) -> str:
    words = ["The", "council", "and", "voted", "der", "Rat", "share", "on", "facebook",
             "Harbour", "WALL", "a", "1999", "x"]
    if not ascii_only:
        words += ["Übermorgen", "été", "猫の写真", "ÉCOLE", "«Oui»", "dass", "\u00a0", "  "]
    return " ".join(rng.choice(words) for _ in range(12_000))


@pytest.mark.parametrize("ascii_only", [True, False])
def test_a_line_longer_than_a_piece_is_measured_as_in_one_go(
        monkeypatch: pytest.MonkeyPatch, ascii_only: bool) -> None:
    rng = random.Random(6)
    lexicon = load()
    # A contains phrase far past the first piece, and double spaces to collapse.
    raw = ("  • The " + _long_line(rng, ascii_only) + "  please enable javascript  "
           + _long_line(rng, ascii_only) + " Mehr  ")
    assert len(raw) > 3 * L.PIECE_CHARS
    in_pieces = L._measure(raw, lexicon)
    monkeypatch.setattr(L, "PIECE_CHARS", 10 ** 9)
    monkeypatch.setattr(lexicon_module, "PIECE_CHARS", 10 ** 9)
    in_one_go = L._measure(raw, lexicon)
    assert in_pieces == in_one_go
    assert in_pieces[-1] is not None  # the contains phrase was found


def test_a_megabyte_line_is_one_result_with_the_line_as_given() -> None:
    raw = ("Word and the council " * 50_000)[:1_000_000]
    art = clean(raw)
    (res,) = art.lines
    assert res.text == raw
    assert art.paragraphs == (raw.strip(),) or art.paragraphs == ()


_PROSE = ("The council voted on Tuesday to extend the harbour wall, a project that "
          "residents have debated for more than a decade, and officials said work would "
          "begin in the spring.")
_MENU = ["Home", "News", "Sport", "Weather", ""]
_PAGE = "\n".join(["Harbour wall to be extended", *_MENU, "Harbour wall to be extended",
                   "By Jane Doe", "", _PROSE, "", _PROSE.replace("council", "board"), "",
                   *_MENU, "Share on Facebook"])


def test_lines_with_the_same_fate_share_one_evidence_string() -> None:
    art = clean(_PAGE)
    ids: dict[str, set[int]] = {}
    for r in art.lines:
        ids.setdefault(r.evidence, set()).add(id(r.evidence))
    assert len([r for r in art.lines if r.evidence == "exact 'Home' (en)"]) == 2
    assert {e: len(s) for e, s in ids.items() if len(s) > 1} == {}
    # Every line's result still names its own line.
    assert [r.index for r in art.lines] == list(range(len(_PAGE.splitlines())))


def test_an_overruled_verdict_keeps_its_own_line_index() -> None:
    art = clean(_PAGE)
    headline = art.lines[6]
    assert headline.label.value == "title"
    assert [(v.index, v.label.value, v.pass_name) for v in headline.also] == \
        [(6, "nav", "repeated")]
    assert all(v.index == r.index for r in art.lines for v in r.also)


def test_lines_no_pass_decided_fall_back_to_body_or_blank() -> None:
    from newsclean import Config

    art = clean(_PAGE, config=Config(disabled=frozenset({"region", "metadata"})))
    fallback = [r for r in art.lines if r.pass_name == "fallback"]
    assert fallback
    for r in fallback:
        assert r.evidence == "no pass decided"
        assert r.label.value == ("body" if r.text.strip() else "blank")
        assert r.text == _PAGE.splitlines()[r.index]


@pytest.mark.parametrize("raw", [
    "", "   ", "Plain words here", "  ## Heading two", "###### Six", "####### seven",
    "![A harbour](img.png) The wall at dusk", "[IMG] photo", "Name: [          ]",
    "\t\t    • indented item", " " * 40 + "far right", "   # [missing-image] ![x](y.png)",
])
def test_marks_give_back_indent_heading_image_and_form(raw: str) -> None:
    """``Line.marks`` packs four rarely read measures: each reads back as measured."""
    (ln,) = L.split_lines(raw + "\n")
    text, indent, _bullet, level, image, form = L.normalise(raw)
    assert (ln.text, ln.indent, ln.heading_level, ln.image, ln.form, ln.chars) == \
        (text, indent, level, image, form, len(text))


@pytest.mark.parametrize("line", [
    "The ferry will run every hour from next summer, the company said on Monday.",
    "Die Fähre soll ab dem nächsten Sommer stündlich fahren, sagte die Reederei am Montag.",
])
def test_region_keeps_a_repeated_lines_grams_as_hashes(line: str) -> None:
    """The set of an article's 4-grams holds one int per gram, not a tuple of four
    words: still a line printed again is found, and a new one is not."""
    from newsclean.passes.region import _grams, _repeats

    grams = _grams(line.lower())
    assert grams and all(isinstance(g, int) for g in grams)
    assert all(isinstance(g, int) for g in _grams("three short words"))
    seen: set[int] = set()
    assert not _repeats(line.lower(), seen)
    assert _repeats(line.lower(), seen)
    assert not _repeats("an entirely different sentence about the harbour wall today", seen)
