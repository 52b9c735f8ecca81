"""``list_block``: the list under a "Trending", "Related" or "Keep Reading" heading.

A heading the lexicon knows as a list title (an ``exact`` trending or related
phrase) is followed by teaser headlines, dates, section names and bylines.
Those lines take the heading's label until the list ends: at a line longer
than ``max_item_words``, at more than ``max_gap_lines`` blank lines, at
another heading, or, after items printed without blank lines between them, at
a line set apart by a blank line above a paragraph (the article's next
subheading).

>>> from newsclean import clean
>>> story = "The council voted on Monday to keep the library open for another year.\\n\\n"
>>> a = clean(story * 3 + "Keep Reading\\n\\nEU country set to ban movement of sheep\\n\\nFrance rams small boat\\n")
>>> [(r.label.value, r.pass_name) for r in a.lines[6:] if r.text]
[('related', 'lexicon_match'), ('related', 'list_block'), ('related', 'list_block')]

Known false positives: a short article paragraph right after a "Related" link
inside the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ..config import ListBlockConfig
from ..model import Label
from .base import Doc, Item, verdict

_LIST_LABELS = frozenset({Label.TRENDING, Label.RELATED})
#: How many items a list may have before we stop trusting it is still the same list.
MAX_LIST_ITEMS = 40
#: Longest line, in words, that can end a list as the article's next subheading.
MAX_SUBHEADING_WORDS = 8


class ListBlock:
    name: ClassVar[str] = "list_block"
    labels: ClassVar[frozenset[Label]] = frozenset(_LIST_LABELS)
    overturns: ClassVar[bool] = False

    def __init__(self, config: ListBlockConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        lines = doc.lines
        n = len(lines)
        i = 0
        while i < n:
            ln = lines[i]
            v = doc.decided[i]
            if (ln.lex is None or ln.lex.kind != "exact" or ln.lex.label not in _LIST_LABELS
                    or v is None or v.label is not ln.lex.label):
                i += 1
                continue
            label = ln.lex.label
            heading = ln.text
            j = i + 1
            gap = items = 0
            tight = True  # no blank line between the heading and the items so far
            while j < n and items < MAX_LIST_ITEMS:
                cur = lines[j]
                if not cur.text:
                    gap += 1
                    if gap > self.config.max_gap_lines:
                        break
                    j += 1
                    continue
                if gap:
                    if (items and tight and not cur.bullet and cur.words <= MAX_SUBHEADING_WORDS
                            and self._over_prose(doc, j)):
                        break  # a subheading of the article after a tight list
                    tight = False
                gap = 0
                cv = doc.decided[j]
                if cur.lex is not None and cur.lex.kind == "exact" and cv is not None \
                        and cv.label is not label:
                    break  # another heading starts another block
                if cur.words > self.config.max_item_words or (cv is None and cur.prose_like):
                    break  # a sentence: the list is over (teasers don't end in a period)
                if cv is None or cv.label in (Label.NAV, Label.DATE, Label.BYLINE):
                    yield verdict(j, label, f"item {items + 1} under '{heading}'", self.name)
                items += 1
                j += 1
            i = j

    @staticmethod
    def _over_prose(doc: Doc, j: int) -> bool:
        """Whether the next non-blank line after ``j`` is an undecided paragraph."""
        for k in range(j + 1, min(len(doc.lines), j + 4)):
            nxt = doc.lines[k]
            if nxt.text:
                return doc.decided[k] is None and nxt.prose_like
        return False
