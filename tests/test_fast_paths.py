"""Issue 6 (speed): every shortcut taken for speed gives what the slow path gives.

Each test compares a fast path with the pattern or loop it stands in for, on all
the inputs where they could differ (a whole range of code points) or on many
generated ones (fixed seed).
"""

from __future__ import annotations

import random

import pytest

from newsclean import lines as L
from newsclean.lexicon import load
from newsclean.passes import photo_caption as pc


def test_every_cjk_character_passes_the_range_precheck() -> None:
    # _MAYBE_CJK matches every code point but these: none of them may be CJK.
    outside = range(0x2E80)
    assert not [hex(c) for c in outside if L._CJK.match(chr(c))]
    assert not [c for c in outside if L._MAYBE_CJK.match(chr(c))]
    assert all(L._MAYBE_CJK.match(chr(c)) for c in (0x2E80, 0x4E00, 0xFFFF, 0x10FFFF))
    # Hangul spaces its words: it is not counted character by character.
    assert not L._CJK.match("한")


@pytest.mark.parametrize("bullet", sorted(L._ONE_CHAR_BULLETS))
def test_one_character_bullets_are_what_the_bullet_pattern_takes(bullet: str) -> None:
    for rest in ("Home", "  Home", "", " ", "12. Mai 2024", "- x"):
        s = bullet + rest
        m = L._BULLET.match(s)
        assert m is not None
        assert s[m.end():] == s[1:].lstrip()
    assert L.normalise(f"  {bullet}  Weather") == ("Weather", 2, True, 0, False, False)
    assert L.normalise(f"{bullet}\u00a0\u2009Wetter") == ("Wetter", 0, True, 0, False, False)


def _credit_starts_reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pc._CREDIT_START.finditer(text)]


_WORDS = ["Foto:", "Photo", "Jane", "Roe/Reuters", "©", "Belga", "the", "council.", "voted!",
          "«Oui»", "“Yes.”", "AP", "PAP/Jan", "Nowak", "di", "Anna", "Rossi", "…", "a", "b."]


def test_tail_credit_equals_a_scan_of_the_whole_line() -> None:
    """_tail_credit scans only the line's last words; a reference scanning every
    start (as before) returns the same on many generated captions."""
    credit = pc._credit_regex(load())

    def reference(text: str) -> str | None:
        last = text[-1]
        if last in ".!?;,…" or last in ")]":
            return None
        starts = list(pc._CREDIT_START.finditer(text))
        for m in reversed(starts[-3:]):
            tail = text[m.end():]
            n = tail.count(" ") + 1
            if n > pc.MAX_TAIL_CREDIT_WORDS:
                return None
            if text.count(" ", 0, m.start()) < 2:
                return None
            if tail[0] == "©":
                if len(tail) > 2:
                    return tail
                continue
            cm = credit.match(tail)
            if cm is not None and cm.end() < len(tail):
                rest = tail[cm.end():]
                after = rest.lstrip()
                if (rest[0] in ":/" or (rest[0] == " " and after[:1] in ":/©")
                        or (rest[0] == " " and after[:1].isupper())
                        or (rest[0] == " " and pc._LINK_WORD.match(after))):
                    return tail
            if (n >= 2 and "/" in tail and len(tail) <= pc.MAX_CREDIT_CHARS and tail.isupper()
                    and pc._SLASH_ONLY.match(tail)):
                return tail
        return None

    rnd = random.Random(6)
    found = 0
    for _ in range(20_000):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(1, 25))]
        # ... and a credit tail of up to eleven words after a sentence end
        words += [rnd.choice(("end.", "fin!", "«fim»")), rnd.choice(("Foto:", "©", "Photo"))]
        words += [rnd.choice(("Jane", "Roe", "AP/PA", "di")) for _ in range(rnd.randint(0, 9))]
        text = " ".join(words)
        got = pc.PhotoCaption._tail_credit(text, credit)
        assert got == reference(text), text
        found += got is not None
    assert found > 100  # the generator does reach credits


def test_region_weights_equal_the_weight_of_each_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Region.weights settles blank and removed lines inline; every weight still equals
    what Region.weight gives the line (on the corpus pages)."""
    from pathlib import Path

    from newsclean import clean
    from newsclean.passes.region import SUMMARY_HEADING_WORDS, Region

    orig = Region.weights
    checked = 0

    def checking(self: Region, doc: object) -> list[float]:
        nonlocal checked
        got = orig(self, doc)  # type: ignore[arg-type]
        ms = self._min_stop_ratio(doc)  # type: ignore[arg-type]
        want = [self.weight(ln, v, ms) for ln, v in zip(doc.lines, doc.decided)]  # type: ignore[attr-defined]
        for ln in doc.lines:  # type: ignore[attr-defined]
            if (ln.text and ln.words <= SUMMARY_HEADING_WORDS
                    and ln.key in doc.lexicon.summary_heading  # type: ignore[attr-defined]
                    and doc.undecided(ln.index)):  # type: ignore[attr-defined]
                self._summary_list(doc, ln.index, want)  # type: ignore[arg-type]
        assert got == want
        checked += len(got)
        return got

    monkeypatch.setattr(Region, "weights", checking)
    pages = sorted(Path(__file__).parent.parent.glob("corpus/pages/*.txt"))
    assert pages
    for path in pages:
        clean(path.read_text(encoding="utf-8"))
    assert checked > 1000


def test_measured_low_and_key_are_fold_and_strip_edges() -> None:
    """_measure folds ASCII text inline and skips strip_edges when letters end the
    line: ``low`` and ``key`` still equal fold() and strip_edges() of the text."""
    from newsclean.lexicon import fold, strip_edges

    lex = load()
    parts = ["Read", "more", "It`s", "`", "don’t", "«Oui»", "(12)", "Share:", "ÀB", "ß", "-",
             "İstanbul", "ﬁne", "12", "a", "Z."]
    rnd = random.Random(7)
    for _ in range(20_000):
        raw = " ".join(rnd.choice(parts) for _ in range(rnd.randint(1, 6)))
        m = L._measure(raw, lex)
        text, key, low = m[1], m[2], m[3]
        assert low == fold(text), raw
        assert key == strip_edges(low), raw


def test_a_long_line_printed_twice_is_measured_once_with_the_same_measures() -> None:
    lex = load()
    long_line = "  The council voted on Tuesday to extend the harbour wall. " * 8
    assert len(long_line) > L.CACHE_MAX_CHARS
    lines = L.split_lines(f"{long_line}\n\n{long_line}\nShort one\n", lex)
    first, second = lines[0], lines[2]
    assert (first.index, second.index) == (0, 2)
    want = L._measure(long_line, lex)
    for ln in (first, second):
        assert (ln.raw, ln.text, ln.key, ln.low, ln.marks, ln.bullet, ln.words, ln.stopwords,
                ln.ends_sentence, ln.caps_ratio, ln.lex) == want
    assert first.text is second.text  # one measurement, shared


def test_high_chars_matches_exactly_from_the_lowest_cjk_stopword_up() -> None:
    from newsclean import verdict

    lex = load()
    cjk = verdict._stopword_index(lex)[2]
    assert cjk  # the lexicon has CJK one-character stopwords
    low = ord(min(min(cs) for _, cs in cjk if cs))
    p = verdict._high_chars(lex)
    for c in [*range(0, 0x3000, 7), *range(low - 300, low + 300), *range(0x3000, 0x110000, 997),
              0xD800, 0xFFFF, 0x10FFFF]:
        assert bool(p.match(chr(c))) == (c >= low), hex(c)
