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
from typing import ClassVar

from ..config import LexiconConfig
from ..model import Label
from .base import Doc, Item, verdict


_LIST_HEADINGS = frozenset({Label.TRENDING, Label.RELATED})


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
        for ln, v in zip(doc.lines, doc.decided):
            m = ln.lex
            if m is None or v is not None:
                continue
            if m.kind == "prefix" and (ln.words > max_prefix or ln.prose_like):
                continue  # "Related: the council also voted ..." is a sentence
            if (m.label in _LIST_HEADINGS and ln.text.endswith(".") and ln.words >= 2
                    and not ln.text.endswith("..")):
                continue  # "Don't miss." closes a paragraph; a list heading has no full stop
            yield verdict(ln.index, m.label, m.evidence, self.name)
