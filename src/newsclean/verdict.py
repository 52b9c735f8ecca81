"""Is the page a single article? And in which language is it written?

Run after the passes, on their result. A page is not an article when its body
is empty or tiny ("near-empty"), when it is an error page or a paywall stub
(lexicon ``not_article`` phrases, with little body), or when it is an index
page: the prose of the page is spread over many teasers and the article
region holds only a small share of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from .config import VerdictConfig
from .lexicon import Lexicon
from .lines import Line
from .model import KEPT_LABELS, Label

__all__ = ["assess", "guess_language", "is_error_page"]

#: First code point of the CJK blocks (CJK radicals supplement).
_CJK_START = 0x2E80
#: Body size, in words, above which error and paywall phrases no longer matter.
SMALL_BODY_WORDS = 150


class Judged(Protocol):
    """What a line's fate says: a ``LineResult`` or the ``Verdict`` that stands on it."""

    @property
    def label(self) -> Label: ...

    @property
    def pass_name(self) -> str: ...


def assess(lines: Sequence[Line], results: Sequence[Judged], lexicon: Lexicon,
           config: VerdictConfig) -> tuple[bool, str | None]:
    """``(is_article, reason)``; the reason is None for an article."""
    body_words = sum([ln.words for ln, r in zip(lines, results) if r.label in KEPT_LABELS])
    if body_words < SMALL_BODY_WORDS and is_error_page(lines, lexicon):
        return False, "error page"
    if body_words == 0:
        teasers = sum([r.pass_name == "teaser_list" for r in results])
        if teasers >= config.index_min_teasers:
            return False, f"index page (no article text, {teasers} teaser lines)"
        return False, "no article text"
    if body_words < config.min_words:
        return False, f"near-empty page ({body_words} body words)"
    if body_words < SMALL_BODY_WORDS:
        if any(r.label is Label.PAYWALL for r in results) or _has_paywall_phrase(lines, lexicon):
            return False, f"paywall stub ({body_words} body words)"
    prose_words = sum([ln.words for ln in lines if ln.ends_sentence and ln.words >= 8])
    if (body_words <= config.index_max_words and prose_words
            and body_words / prose_words < config.index_share):
        return False, f"index page (the article holds {body_words / prose_words:.0%} of the prose)"
    return True, None


def is_error_page(lines: Sequence[Line], lexicon: Lexicon) -> bool:
    """Whether the top of the page says it is an error page ("Page not found", "404")."""
    head = " \n".join(ln.low for ln in lines[:60] if ln.text)
    return any(_has_word(head, p) for p in _error_phrases(lexicon) if p in head)


@lru_cache(maxsize=4)
def _error_phrases(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({p for p in lexicon.error_phrases if len(p) > 3}))


def _has_word(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words: "oups" is French for
    "oops", not the end of "groups". (A substring search first: one C scan per
    phrase, where a pattern of all phrases would try each at every position.)"""
    check_start, check_end = _spaced(phrase[0]), _spaced(phrase[-1])
    n = len(phrase)
    i = text.find(phrase)
    while i >= 0:
        if not (check_start and i > 0 and _word_char(text[i - 1])) and \
                not (check_end and i + n < len(text) and _word_char(text[i + n])):
            return True
        i = text.find(phrase, i + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _spaced(c: str) -> bool:
    """A letter or digit of a script that puts spaces between words: a phrase that
    starts or ends with one must start or end a word (Chinese, Japanese and Thai
    phrases sit inside runs of letters)."""
    return c.isalnum() and not ("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
                                or "\u0e00" <= c <= "\u0e7f")


def _has_paywall_phrase(lines: Sequence[Line], lexicon: Lexicon) -> bool:
    """Whether a line of at most 30 words holds a paywall phrase.

    One substring test per phrase on the joined lines instead of one per line and
    phrase: phrases and lines hold no newline, so a phrase is in the joined text
    exactly when it is in one of the lines."""
    short = [ln.low for ln in lines if ln.words <= 30]
    if not short:
        return False
    joined = "\n".join(short)
    return any(p in joined for p in lexicon.paywall_phrases)


@lru_cache(maxsize=4)
def _stopword_index(lexicon: Lexicon) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]],
                                               tuple[tuple[int, frozenset[str]], ...]]:
    """``(langs, token -> indexes of the langs listing it, CJK langs' one-character
    stopwords)`` for languages with stopwords, in ``stopwords_by_lang`` order; built
    once per lexicon so a token costs one dict lookup instead of one per language."""
    langs = tuple(lang for lang, stop in lexicon.stopwords_by_lang.items() if stop)
    index: dict[str, list[int]] = {}
    chars: list[tuple[int, frozenset[str]]] = []
    for k, lang in enumerate(langs):
        stop = lexicon.stopwords_by_lang[lang]
        for w in stop:
            index.setdefault(w, []).append(k)
        # Scripts without spaces: count stopword characters (CJK only, so that an
        # accented one-letter word such as Italian "è" casts no votes).
        if any(len(w) == 1 and ord(w) >= _CJK_START for w in stop):
            chars.append((k, frozenset(w for w in stop if len(w) == 1)))
    return langs, {w: tuple(ks) for w, ks in index.items()}, tuple(chars)


@lru_cache(maxsize=4)
def _high_chars(lexicon: Lexicon) -> re.Pattern[str]:
    """A character at least as high as the lowest one-character stopword that the CJK
    languages count: a line without one casts no such votes (curly quotes and
    accented letters are lower)."""
    chars = [min(cs) for _, cs in _stopword_index(lexicon)[2] if cs]
    if not chars:
        return re.compile("(?!)")
    low = ord(min(chars))
    # Negated ("not below it"): the compiler walks the code points of a class's
    # ranges, fewer below a CJK character than from it to U+FFFF (~6 ms saved).
    return re.compile(f"[^\\x00-\\U{low - 1:08x}]" if low else "[\\x00-\\U0010ffff]")


def guess_language(lines: Sequence[Line], results: Sequence[Judged],
                   lexicon: Lexicon) -> str | None:
    """The lexicon language whose stopwords the body uses most (None if unclear)."""
    langs, index, cjk = _stopword_index(lexicon)
    votes = [0] * len(langs)
    seen = 0
    tokens: list[str] = []
    high = _high_chars(lexicon)
    for ln, r in zip(lines, results):
        if r.label not in KEPT_LABELS:
            continue
        tokens += ln.low.split(None, 60)[:60]  # the 61st item is the unsplit rest
        if cjk and not ln.text.isascii():
            head = ln.text[:200]
            if high.search(head):  # else no character of the line is counted
                for k, chars in cjk:
                    votes[k] += sum(map(chars.__contains__, head))
        seen += 1
        if seen >= 20:
            break
    # Each token votes once per occurrence: count the distinct stopwords, then vote.
    counts = Counter(tokens)
    for token in counts.keys() & index.keys():
        n = counts[token]
        for k in index[token]:
            votes[k] += n
    if not seen or not langs:
        return None
    # The first language with the most votes wins a tie (registry order).
    n = max(votes)
    return langs[votes.index(n)] if n >= 3 else None
