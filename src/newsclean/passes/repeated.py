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


#: A section heading is printed at most this many times: in the text and in a table of
#: contents (or over two sections of the text).
MAX_HEADING_PRINTS = 2
#: Fewest lines between its two copies: an image's alt text right over its caption
#: (a blank line apart) stands closer.
MIN_TWIN_DISTANCE = 3
#: Fewest headings one contents list names for it to read as one (not a link list
#: one of whose entries a teaser below repeats).
MIN_CONTENTS_HEADINGS = 2


def _section_heading(doc: Doc, i: int) -> bool:
    """Line ``i`` stands as a paragraph of its own (a blank line on each side, no
    bullet) right over an undecided sentence of the text: a section's heading that a
    table of contents (or the same heading in another section) prints again, not a
    menu item, which stands among other items."""
    lines = doc.lines
    n = len(lines)
    if lines[i].bullet or i == 0 or i + 2 >= n or lines[i - 1].text or lines[i + 1].text:
        return False
    k = i + 2
    while k < n and not lines[k].text:
        k += 1
    return k < n and doc.undecided(k) and lines[k].prose_like


def _contents_headings(doc: Doc, first: dict[str, int], last: dict[str, int]) -> set[int]:
    """Section headings that a table of contents above them names: lines printed
    twice whose second copy is a paragraph of its own over a sentence of the text
    (``_section_heading``), ``MIN_TWIN_DISTANCE`` lines or more below the first copy,
    which stands in a list (a run of adjacent non-blank lines) with the first copies
    of at least ``MIN_CONTENTS_HEADINGS`` such headings. A menu item printed again
    as a teaser's headline has no such list."""
    lines = doc.lines
    pairs = [(first[key], b) for key, b in last.items()
             if b - first[key] >= MIN_TWIN_DISTANCE and doc.undecided(b)
             and doc.undecided(first[key]) and not lines[b].heading_level
             and _section_heading(doc, b)]
    if len(pairs) < MIN_CONTENTS_HEADINGS:
        return set()
    start: list[int] = []  # the first line of the run of non-blank lines holding each line
    for i, ln in enumerate(lines):
        start.append(start[i - 1] if i and ln.text and lines[i - 1].text else i)
    by_list: dict[int, list[int]] = {}
    for a, b in pairs:
        if (a > 0 and lines[a - 1].text) or (a + 1 < len(lines) and lines[a + 1].text):
            by_list.setdefault(start[a], []).append(b)
    return {b for found in by_list.values() if len(found) >= MIN_CONTENTS_HEADINGS
            for b in found}


class Repeated:
    name: ClassVar[str] = "repeated"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.NAV})
    overturns: ClassVar[bool] = False

    def __init__(self, config: RepeatedConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        max_words = self.config.max_words
        counts = Counter(ln.key for ln in doc.lines if ln.key and ln.words <= max_words)
        # Where each key is printed first and last (for a key printed twice: both copies).
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for ln in doc.lines:
            if ln.key and counts.get(ln.key) == MAX_HEADING_PRINTS:
                first.setdefault(ln.key, ln.index)
                last[ln.key] = ln.index
        headings = _contents_headings(doc, first, last)
        evidence: dict[int, str] = {}
        for ln, v in zip(doc.lines, doc.decided):
            if (not ln.key or ln.words > max_words or v is not None
                    or ln.prose_like or ln.heading_level or ln.index in headings):
                # A markdown "## Heading" is structure even when a contents list repeats
                # it; so is a plain one that the contents list names (``headings``).
                continue
            n = counts[ln.key]
            if n >= self.config.min_count:
                # One evidence string per count, shared by its lines (a page of 200k
                # repeated lines would otherwise hold 200k copies).
                why = evidence.get(n)
                if why is None:
                    why = evidence[n] = f"printed {n} times"
                yield verdict(ln.index, Label.NAV, why, self.name)
