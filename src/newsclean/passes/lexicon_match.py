"""``lexicon_match``: lines that are a known boilerplate phrase.

The lexicon (``newsclean/lexicon/*.json``) lists, per language and label, what
sites print as a whole line (``exact``), what short lines start with
(``prefix``) and what no article sentence says (``contains``). The phrase and
how it matched is the evidence.

>>> from newsclean import clean
>>> r = clean("Share on Facebook\\n").lines[0]
>>> (r.label.value, r.pass_name, r.evidence)
('share', 'lexicon_match', "exact 'Share on Facebook' (en)")

Known false positives: an article subheading that is exactly a menu word
("Weather"); a very short paragraph that is a lexicon phrase ("Thanks for reading").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

import regex

from ..config import LexiconConfig
from ..lexicon import Lexicon, Match
from ..lines import Line
from ..model import Label
from .base import Doc, Item, verdict


_LIST_HEADINGS = frozenset({Label.TRENDING, Label.RELATED})
#: Fewest words of a pointer phrase: "Read also:", "Lesen Sie auch:"; a one-word
#: "Related:" may open a sentence ("Related: the council also voted ...").
MIN_POINTER_PHRASE_WORDS = 2
#: Longest line, in words, that a "read also" pointer may be: the phrase, a mark
#: and another story's headline ("À lire aussi » ...", "Read also: ...").
MAX_POINTER_WORDS = 30
#: The marks between a pointer phrase and the headline it points to (after
#: ``match_low``, which makes "»" a '"').
_POINTER_MARKS = frozenset(':："»>|→›')
_PUNCT = ".,;:!?\"'()[]{}<>«»-–—/|*#@&%+=~"


def pointer(lex: Lexicon, ln: Line) -> Match | None:
    """A line too long for a prefix phrase that opens with a ``related`` or
    ``trending`` prefix phrase, a mark right after it, then another story's
    headline ("À lire aussi » Ballonnements : quel est votre profil ?", "Lesen Sie
    auch: ..."): a link to another story set in the text, however long its
    headline. The phrase has ``MIN_POINTER_PHRASE_WORDS`` words or more, and a
    headline ends with no full stop: after "More on this:" a sentence ending in one
    is the story's. Without the mark ("Read also the council's report, which ...") it
    is a sentence."""
    key = ln.key
    if not (lex.prefix_sizes and MIN_POINTER_PHRASE_WORDS < ln.words <= MAX_POINTER_WORDS):
        return None
    if ln.text.endswith(".") and not ln.text.endswith(".."):
        return None  # "Mehr zum Thema: Der Kreis hat ... eingerichtet." is the story's
    if key[:key.find(" ")] not in lex.prefix_firsts:
        return None
    parts = key.split(" ", lex.prefix_sizes[0])
    for n in lex.prefix_sizes:
        if n >= len(parts) or n < MIN_POINTER_PHRASE_WORDS:
            continue
        cut = " ".join(parts[:n]).rstrip(_PUNCT)
        m = lex.prefix.get(cut)
        if m is None or m.label not in _LIST_HEADINGS:
            continue
        at = ln.low.find(cut)
        rest = ln.low[at + len(cut):].lstrip() if 0 <= at <= 3 else ""
        if rest[:1] in _POINTER_MARKS and rest[1:].strip():
            return m
        return None
    return None


@lru_cache(maxsize=4)
def _adjacent_re(lex: Lexicon) -> tuple[frozenset[str], regex.Pattern[str]]:
    """The first words of the lexicon's ``adjacent_post`` phrases (casefolded) and one
    pattern for a line opening with any of them, the headline after it captured: run
    into the phrase ("Next articleWORLD VIEW: ..."), or after spaces and a mark."""
    phrases = sorted(set(lex.adjacent_post), key=len, reverse=True)
    if not phrases:
        return frozenset(), regex.compile("(?!)")
    firsts = frozenset(p.split(" ", 1)[0].casefold() for p in phrases)
    alt = "|".join(regex.escape(p).replace("\\ ", "\\s+") for p in phrases)
    return firsts, regex.compile(rf"^[\W_]*(?:{alt})[\s{regex.escape(_ADJACENT_MARKS)}]*(.*)$",
                                 regex.IGNORECASE)


#: Marks that may stand between a previous/next phrase and the headline.
_ADJACENT_MARKS = ":：»>|→›-–—«"
#: What a headline opens with: a capital, a digit or an opening quote.
_HEADLINE_START = regex.compile(r"[\p{Lu}\d\"'«„“‘]")


def adjacent(lex: Lexicon, ln: Line) -> str | None:
    """A link to the story before or after this one: a line opening with one of the
    lexicon's ``adjacent_post`` phrases ("Previous article", "Article suivant",
    "Nächster Artikel"), then that story's headline, capitalised, with or without a
    mark between ("Next articleUK minister resigns", "Article suivant Après la
    crue : ..."), up to ``MAX_POINTER_WORDS`` words and ending with no full stop
    (a headline). The phrase is returned. "Next post will cover ..." runs on in
    lower case: a sentence."""
    if ln.words > MAX_POINTER_WORDS or (ln.text.endswith(".") and not ln.text.endswith("..")):
        return None
    firsts, pattern = _adjacent_re(lex)
    if ln.key[:ln.key.find(" ")] not in firsts:
        return None
    m = pattern.match(ln.text)
    if m is None or not _HEADLINE_START.match(m.group(1)):
        return None
    return ln.text[:m.start(1)].strip(" " + _ADJACENT_MARKS + _PUNCT)


class LexiconMatch:
    name: ClassVar[str] = "lexicon_match"
    labels: ClassVar[frozenset[Label]] = frozenset(
        {Label.NAV, Label.BREADCRUMB, Label.TRENDING, Label.RELATED, Label.SHARE, Label.FOOTER,
         Label.COOKIE, Label.NEWSLETTER, Label.COMMENTS, Label.AD, Label.PAYWALL, Label.OTHER}
    )
    overturns: ClassVar[bool] = False

    def __init__(self, config: LexiconConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        max_prefix = self.config.max_prefix_words
        lex = doc.lexicon
        for ln, v in zip(doc.lines, doc.decided):
            m = ln.lex
            if v is not None:
                continue
            if (m is None or m.kind != "exact") and (phrase := adjacent(lex, ln)) is not None:
                yield verdict(ln.index, Label.NAV,
                              f"'{phrase}' and a headline: a link to another story", self.name)
                continue
            if m is None or m.kind == "contains" or (
                    m.kind == "prefix" and (ln.words > max_prefix or ln.prose_like)):
                # a sentence-like line no prefix phrase marks may still be a pointer
                p = pointer(lex, ln)
                if p is not None:
                    yield verdict(ln.index, p.label, f"{p.evidence}, a pointer to another story",
                                  self.name)
                    continue
            if m is None:
                continue
            if m.kind == "prefix" and (ln.words > max_prefix or ln.prose_like):
                continue  # "Related: the council also voted ..." is a sentence
            if (m.label in _LIST_HEADINGS and ln.text.endswith(".") and ln.words >= 2
                    and not ln.text.endswith("..")):
                continue  # "Don't miss." closes a paragraph; a list heading has no full stop
            yield verdict(ln.index, m.label, m.evidence, self.name)
