"""``repeated``: short lines printed several times on one page.

Menus, teaser headlines and section names recur on a page (a header menu and
the same menu in the footer; "What's Hot" and "Trending" listing the same
stories). Counting is by hash of the normalised key, linear in the page.

>>> from newsclean import clean
>>> a = clean("Gardening\\nCycling\\n\\nGardening\\nCycling\\n")
>>> (a.lines[0].label.value, a.lines[0].pass_name, a.lines[0].evidence)
('nav', 'repeated', 'printed 2 times')

Known false positives: an article subheading that repeats a menu item; the
headline repeated as the page title (the ``metadata`` stage takes it back).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from ..config import RepeatedConfig
from ..model import Label
from .base import Doc, Item, verdict


class Repeated:
    name: ClassVar[str] = "repeated"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.NAV})
    overturns: ClassVar[bool] = False

    def __init__(self, config: RepeatedConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        max_words = self.config.max_words
        counts = Counter(ln.key for ln in doc.lines if ln.key and ln.words <= max_words)
        evidence: dict[int, str] = {}
        for ln, v in zip(doc.lines, doc.decided):
            if (not ln.key or ln.words > max_words or v is not None
                    or ln.prose_like or ln.heading_level):
                continue  # a markdown "## Heading" is structure even when a contents list repeats it
            n = counts[ln.key]
            if n >= self.config.min_count:
                # One evidence string per count, shared by its lines (a page of 200k
                # repeated lines would otherwise hold 200k copies).
                why = evidence.get(n)
                if why is None:
                    why = evidence[n] = f"printed {n} times"
                yield verdict(ln.index, Label.NAV, why, self.name)
