"""Hypothesis invariants of ``clean()`` (Black's derandomised fuzz, ftfy's replayable plan).

Settings are derandomised (the same examples on every run, so CI is stable) with no
deadline; example counts keep the whole module under ~20 s on two cores. The unbounded
version of the first properties is the atheris harness in fuzz/.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import Config, Label, clean
from newsclean.lexicon import load
from newsclean.model import KEPT_LABELS
from newsclean.passes import DEFAULT_PASSES

FAST = settings(derandomize=True, deadline=None, max_examples=120, database=None,
                suppress_health_check=[HealthCheck.too_slow])
PAGES = settings(derandomize=True, deadline=None, max_examples=50, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PASS_NAMES = frozenset(DEFAULT_PASSES) | {"fallback"}
_WORD = re.compile(r"\w+")

# Any str, lone surrogates included (str with them is still str, and scrapers produce them).
any_char = st.characters(exclude_categories=())
any_text = st.text(any_char, max_size=400)
# Text shaped like a page: lines of mixed content and every kind of line break.
line_char = st.characters(exclude_categories=(), exclude_characters="\n\r\x0b\x0c\x1c\x1d\x1e"
                          "\x85\u2028\u2029")
BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
SNIPPETS = ["  • World", "      □ Europe", "   * Sport", "# Headline here", "## Sub",
            "[link](http://x)", "![img](x.jpg)", "By Jane Doe", "Share on Facebook",
            "September 16, 2025", "Home » World", "(Jane Roe / Reuters)", "Trending", "0",
            "[          ]", "[missing-im]", "© 2025 Site", "Related: more news", "**bold**",
            "- ", "1. ", "16. September 2025", "Read more", ""]
page_line = st.one_of(st.sampled_from(SNIPPETS), st.text(line_char, max_size=80))
page_text = st.builds(
    lambda lines, brk: brk.join(lines),
    st.lists(page_line, max_size=40), st.sampled_from(BREAKS))


def _check_partition(text: str) -> None:
    a = clean(text)
    raw = text.splitlines()
    assert len(a.lines) == len(raw)
    for i, (r, t) in enumerate(zip(a.lines, raw)):
        assert r.index == i
        assert r.text == t
        assert isinstance(r.label, Label)
        assert r.pass_name in PASS_NAMES, r.pass_name
        assert isinstance(r.evidence, str) and r.evidence
    assert a.text == "\n\n".join(a.paragraphs)
    assert not a.timed_out


@FAST
@given(any_text)
@example("\ud800\n\udfff")
@example("a\r\nb\rc\x85d\u2028e")
@example("\x00" * 10)
def test_never_raises_and_partitions_any_text(text: str) -> None:
    _check_partition(text)


@FAST
@given(page_text)
def test_never_raises_and_partitions_page_like_text(text: str) -> None:
    _check_partition(text)


@FAST
@given(page_text)
def test_body_is_made_of_input_words(text: str) -> None:
    a = clean(text)
    words = set(_WORD.findall(text))
    for p in a.paragraphs:
        missing = [w for w in _WORD.findall(p) if w not in words]
        assert not missing, (p, missing)
    kept_lines = [r for r in a.lines if r.label in KEPT_LABELS]
    assert len(a.paragraphs) <= len(kept_lines)


@FAST
@given(page_text)
def test_deterministic(text: str) -> None:
    assert clean(text).to_dict() == clean(text).to_dict()


# --- generated articles with boilerplate spliced around them -------------------------------

VOCAB = ("the council city river school mayor water budget plan road bridge park year week "
         "people family children teacher doctor farmer market price street house train station "
         "village region report study vote law court judge police officer crowd festival museum "
         "garden harbour forest mountain winter summer spring autumn morning evening night "
         "was were had said told would could after before during while because since until "
         "new old small large local public early late long short quiet busy open closed "
         "and but or so of in on at for with from about into over under between against "
         "agreed decided warned asked opened closed visited built repaired expected").split()


# One marker word per paragraph, woven in every third word, so that no two generated
# paragraphs share a 4-gram: real prose does not repeat itself, and clean() may drop a
# second copy of the story (Region._copies), which a tiny vocabulary would fake.
MARKERS = ("apple", "river", "garden", "winter", "harbor", "valley", "meadow")


@st.composite
def sentence(draw: st.DrawFn, marker: str = "") -> str:
    words = draw(st.lists(st.sampled_from(VOCAB), min_size=12, max_size=30))
    if marker:
        words = [w for k, word in enumerate(words)
                 for w in ((word, marker) if k % 3 == 2 else (word,))]
    return " ".join(words) + "."


def _phrases(label: str, kind: str = "exact") -> list[str]:
    lex = load()
    table = getattr(lex, kind)
    return sorted(m.phrase for m in table.values() if m.label.value == label and m.lang == "en"
                  and len(m.phrase) > 3)


SHARE = _phrases("share")
FOOTER = _phrases("footer")
COOKIE = _phrases("cookie")
NEWSLETTER = _phrases("newsletter")
AD = _phrases("ad")
TRENDING = _phrases("trending")
MENU_WORDS = ["World", "Business", "Sport", "Culture", "Science", "Opinion", "Travel",
              "Health", "Weather", "Video", "Politics", "Money", "Style", "Food"]
PLATFORMS = ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Pinterest", "Email", "Reddit"]


@st.composite
def boiler_block(draw: st.DrawFn, where: str) -> list[str]:
    """A block of boilerplate lines: a menu, share bar, cookie line, ad, footer or trending
    list. ``where`` is "top", "middle" or "bottom" (list headings only go at the bottom: a
    "Trending" heading ends the article by design)."""
    kinds = ["share", "ad", "platforms"]
    if where == "top":
        kinds += ["menu", "cookie", "newsletter"]
    if where == "bottom":
        kinds += ["footer", "cookie", "trending", "newsletter", "menu"]
    kind = draw(st.sampled_from(kinds))
    if kind == "menu":
        n = draw(st.integers(5, 9))
        return [f"  • {w}" for w in draw(st.lists(st.sampled_from(MENU_WORDS), min_size=n,
                                                  max_size=n, unique=True))]
    if kind == "platforms":
        return [" ".join(draw(st.lists(st.sampled_from(PLATFORMS), min_size=2, max_size=5,
                                       unique=True)))]
    if kind == "trending":
        head = draw(st.sampled_from(TRENDING))
        teasers = draw(st.lists(st.lists(st.sampled_from(MENU_WORDS), min_size=2, max_size=6)
                                .map(" ".join), min_size=2, max_size=5))
        return [head, *teasers]
    pool = {"share": SHARE, "footer": FOOTER, "cookie": COOKIE, "newsletter": NEWSLETTER,
            "ad": AD}[kind]
    return draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))


@st.composite
def spliced_page(draw: st.DrawFn, middle: bool = False) -> tuple[str, list[int], list[int]]:
    """``(text, prose line indices, boilerplate line indices)``; with ``middle`` also blocks
    between paragraphs."""
    lines: list[str] = []
    prose: list[int] = []
    boiler: list[int] = []

    def add_boiler(block: list[str]) -> None:
        for b in block:
            boiler.append(len(lines))
            lines.append(b)
        lines.append("")

    for _ in range(draw(st.integers(0, 2))):
        add_boiler(draw(boiler_block("top")))
    paragraphs = draw(st.integers(3, 6))
    for k in range(paragraphs):
        prose.append(len(lines))
        lines.append(draw(sentence(MARKERS[k])))
        lines.append("")
        if middle and 0 < k < paragraphs - 1 and draw(st.integers(0, 3)) == 0:
            add_boiler(draw(boiler_block("middle")))
    for _ in range(draw(st.integers(0, 3))):
        add_boiler(draw(boiler_block("bottom")))
    return "\n".join(lines) + "\n", prose, boiler


def _check_spliced(text: str, prose: list[int], boiler: list[int]) -> None:
    a = clean(text)
    lost = [(a.lines[i].text, a.lines[i].label.value, a.lines[i].pass_name) for i in prose
            if a.lines[i].label is not Label.BODY]
    assert not lost, "prose was not kept as body"
    leaked = [(a.lines[i].text, a.lines[i].label.value, a.lines[i].pass_name) for i in boiler
              if a.lines[i].label in KEPT_LABELS]
    assert not leaked, "boilerplate was kept"
    assert a.paragraphs == tuple(a.lines[i].text for i in prose)


@PAGES
@given(spliced_page())
def test_boilerplate_around_the_article_is_removed_and_prose_survives(page) -> None:
    _check_spliced(*page)


def test_share_bar_between_paragraphs_keeps_the_last_paragraph() -> None:
    # Distinct paragraphs: a near-copy of a paragraph is dropped as a repeat, rightly.
    ps = ["The council said the new bridge over the river would open in spring, after a long "
          "winter of repairs.",
          "Traders on the high street hope the crossing will bring back the customers they "
          "lost during the closure.",
          "A judge will hear the last objection from residents next month, but officials "
          "expect it to be dismissed quickly."]
    text = "\n\n".join([ps[0], ps[1], "Share on Facebook\nShare on Twitter", ps[2]]) + "\n"
    _check_spliced(text, [0, 2, 7], [4, 5])


@PAGES
@given(spliced_page(middle=True))
def test_boilerplate_between_paragraphs_is_removed_and_prose_survives(page) -> None:
    _check_spliced(*page)


@PAGES
@given(spliced_page())
def test_idempotent_on_generated_pages(page) -> None:
    text = page[0]
    once = clean(text).text
    assert clean(once).text == once


@FAST
@given(page_text)
def test_idempotent_on_page_like_text(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


@PAGES
@given(spliced_page(), st.sampled_from([p for p in DEFAULT_PASSES
                                        if p not in ("region", "metadata", "blank_line")]))
def test_disabling_a_context_free_pass_never_removes_prose(page, name: str) -> None:
    text, prose, _ = page
    a = clean(text, config=Config(disabled=frozenset({name})))
    assert all(a.lines[i].label is Label.BODY for i in prose)
