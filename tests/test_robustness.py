"""Issue 6: no catastrophic backtracking, no exception on hostile input, thread safety,
the time budget.

The timings here are *hang detectors*, not speed tests, and they compare a pattern with
itself so that a busy machine cannot fail them: each adversarial input is searched at a
quarter of its size and at full size; a linear pattern takes about 4x as long on the
larger one, a quadratic one 16x. A search that stays under ``FAST_SECONDS`` passes
whatever the ratio (timer noise), and ``HANG_SECONDS`` is the regex timeout that stops
a true hang. Timings only appear in the assertion messages.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import regex

import newsclean
from newsclean import Config, clean
from newsclean.lexicon import load
from newsclean.passes import byline, dateline, photo_caption

HANG_SECONDS = 60.0
FAST_SECONDS = 0.25
#: Largest time ratio, full size over quarter size, a linear pattern may show.
MAX_GROWTH = 10.0


def _patterns() -> dict[str, object]:
    found: dict[str, object] = {}
    for m in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        try:
            mod = importlib.import_module(m.name)
        except ImportError:
            continue
        for k, v in vars(mod).items():
            if isinstance(v, (re.Pattern, regex.Pattern)):
                found[f"{m.name}.{k}"] = v
    lex = load()
    for i, p in enumerate(byline._patterns(lex)):
        found[f"byline._patterns[{i}]"] = p
    for i, p in enumerate(dateline._month_patterns(lex)):
        found[f"dateline._month_patterns[{i}]"] = p
    found["photo_caption._prefix_regex"] = photo_caption._prefix_regex(lex)
    found["photo_caption._credit_regex"] = photo_caption._credit_regex(lex)
    found["lexicon.contains_always_re"] = lex.contains_always_re
    return {k: v for k, v in found.items() if v is not None}


PATTERNS = _patterns()
N = 20_000
#: name -> input of a given size (in repetitions of its unit).
ADVERSARIAL: dict[str, tuple[int, object]] = {
    "100k spaces": (100_000, lambda k: " " * k),
    "spaces then a letter": (N, lambda k: " " * k + "x"),
    "repeated punctuation": (N // 6, lambda k: ".,;:!?" * k),
    "200k-char word": (200_000, lambda k: "a" * k),
    "10k nested parens": (10_000, lambda k: "(" * k),
    "open brackets": (N, lambda k: "[" * k),
    "brackets then close": (N, lambda k: "[" * k + "]("),
    "digits": (N, lambda k: "1" * k),
    "numbered": (N // 3, lambda k: "1. " * k),
    "capitalised words": (N // 3, lambda k: "Ab " * k),
    "emphasis": (N // 2, lambda k: "**" * k + "x"),
    "markdown images": (N // 5, lambda k: "![a](" * k),
    "slashes": (N // 4, lambda k: "A / " * k),
}

# Patterns that once were super-linear here were fixed (runs of spaces or digits are
# entered only at their start); an entry here would mark a known failure.
QUADRATIC: dict[str, str] = {}


def _search(p: object, s: str) -> float:
    t = time.perf_counter()
    if isinstance(p, regex.Pattern):
        p.search(s, timeout=HANG_SECONDS)  # raises TimeoutError on a hang
    else:
        p.search(s)  # type: ignore[attr-defined]  # stdlib tries: literal, linear
    return time.perf_counter() - t


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, raises=(TimeoutError, AssertionError),
                                            reason=f"BUG: {QUADRATIC[n]}: super-linear, "
                                            "over the 2 s hang guard"))
    if n in QUADRATIC else n for n in sorted(PATTERNS)])
def test_no_pattern_backtracks_catastrophically(name: str) -> None:
    p = PATTERNS[name]
    for what, (size, make) in ADVERSARIAL.items():
        full = _search(p, make(size))  # type: ignore[operator]
        if full < FAST_SECONDS:
            continue
        # On a shared machine one run can be preempted: a linear pattern is fast on
        # its best of three runs, a quadratic one is slow on all of them.
        full = min(full, *(_search(p, make(size)) for _ in range(2)))  # type: ignore[operator]
        if full < FAST_SECONDS:
            continue
        quarter = min(_search(p, make(size // 4)) for _ in range(2))  # type: ignore[operator]
        assert full < MAX_GROWTH * quarter, (
            f"{name} took {full:.2f}s on {what}, {full / quarter:.1f}x its time on a "
            "quarter of the input: super-linear")


def test_patterns_were_discovered() -> None:
    assert len(PATTERNS) >= 25
    assert "newsclean.lines._BULLET" in PATTERNS
    assert "newsclean.lexicon._LETTERS" in PATTERNS


def _accounted(text: str, config: Config | None = None) -> newsclean.Article:
    a = clean(text, config=config)
    assert len(a.lines) == len(text.splitlines())
    assert all(r.index == i for i, r in enumerate(a.lines))
    return a


@pytest.mark.parametrize(
    ("what", "text"),
    [
        ("1 MB single prose line", "word " * 200_000),
        ("1k lines of 2k chars", ("lorem ipsum " * 170 + "\n") * 1_000),
        ("CJK without spaces", "市议会周一晚间投票决定" * 50_000),
        ("RTL Arabic", ("صوّت مجلس المدينة مساء الاثنين " * 20 + "\n") * 2_000),
        ("combining marks", ("e\u0301\u0302\u0303" * 1_000 + "\n") * 200),
        ("control characters", "".join(chr(i) for i in range(32)) * 5_000),
        ("lone surrogates", "\ud800a\udfff\n" * 20_000),
        ("bidi controls", "\u202eabc\u202c \u200f\u200e\n" * 10_000),
    ],
)
def test_hostile_input_is_accounted_for(what: str, text: str) -> None:
    _accounted(text)


def test_200k_short_lines() -> None:
    _accounted("ab\n" * 200_000)


def test_slash_chain_line_is_not_quadratic() -> None:
    code = "from newsclean import clean; clean('Home/' * 60000)"
    subprocess.run([sys.executable, "-c", code], timeout=5, check=True)


def test_thread_safety_matches_a_serial_run(page) -> None:
    from conftest import LANGS, STYLES

    texts = [page(lang, style) for lang in LANGS for style in STYLES][:20]
    serial = [clean(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=8) as ex:
        threaded = list(ex.map(lambda t: clean(t).to_dict(), texts * 3))
    assert threaded == serial * 3


def test_time_budget_returns_every_line(page) -> None:
    text = page("en", "w3m") * 200
    a = _accounted(text, Config(max_seconds=1e-9))
    assert a.timed_out is True
    assert {r.pass_name for r in a.lines} <= {"fallback", "blank_line"}
