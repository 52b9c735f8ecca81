"""Is the page a single article? And in which language is it written?

Run after the passes, on their result. A page is not an article when its body
is empty or tiny ("near-empty"), when it is an error page or a paywall stub
(lexicon ``not_article`` phrases, with little body), or when it is an index
page: the prose of the page is spread over many teasers and the article
region holds only a small share of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .config import VerdictConfig
from .lexicon import Lexicon
from .lines import Line
from .model import Label, LineResult

__all__ = ["assess", "guess_language"]

#: First code point of the CJK blocks (CJK radicals supplement).
_CJK_START = 0x2E80
#: Body size, in words, above which error and paywall phrases no longer matter.
SMALL_BODY_WORDS = 150


def assess(lines: Sequence[Line], results: Sequence[LineResult], lexicon: Lexicon,
           config: VerdictConfig) -> tuple[bool, str | None]:
    """``(is_article, reason)``; the reason is None for an article."""
    body_words = sum(ln.words for ln, r in zip(lines, results) if r.kept)
    if body_words == 0:
        return False, "no article text"
    if body_words < config.min_words:
        return False, f"near-empty page ({body_words} body words)"
    if body_words < SMALL_BODY_WORDS:
        head = " \n".join(ln.low for ln in lines[:60] if ln.text)
        if any(p in head for p in lexicon.error_phrases if len(p) > 3):
            return False, "error page"
        if any(r.label is Label.PAYWALL for r in results) or any(
            p in ln.low for ln in lines for p in lexicon.paywall_phrases if ln.words <= 30
        ):
            return False, f"paywall stub ({body_words} body words)"
    prose_words = sum(ln.words for ln in lines if ln.ends_sentence and ln.words >= 8)
    if (body_words <= config.index_max_words and prose_words
            and body_words / prose_words < config.index_share):
        return False, f"index page (the article holds {body_words / prose_words:.0%} of the prose)"
    return True, None


def guess_language(lines: Sequence[Line], results: Sequence[LineResult],
                   lexicon: Lexicon) -> str | None:
    """The lexicon language whose stopwords the body uses most (None if unclear)."""
    votes: Counter[str] = Counter()
    seen = 0
    for ln, r in zip(lines, results):
        if not r.kept:
            continue
        toks = ln.low.split()[:60]
        for lang, stop in lexicon.stopwords_by_lang.items():
            if stop:
                votes[lang] += sum(1 for t in toks if t in stop)
        if not ln.text.isascii():
            for lang, stop in lexicon.stopwords_by_lang.items():
                # Scripts without spaces: count stopword characters (CJK only, so that
                # an accented one-letter word such as Italian "è" casts no votes).
                if stop and any(len(w) == 1 and ord(w) >= _CJK_START for w in stop):
                    votes[lang] += sum(1 for ch in ln.text[:200] if ch in stop)
        seen += 1
        if seen >= 20:
            break
    if not votes:
        return None
    lang, n = votes.most_common(1)[0]
    return lang if n >= 3 else None
