"""``breadcrumb``: "Home » World » Europe" trails, and the section they name.

A line split by breadcrumb separators (» › > / | → ::) into two to six short
items, the first of which is a lexicon ``home`` word, is a breadcrumb; its last
item is offered as the ``section`` field.

>>> from newsclean import clean
>>> a = clean("Home»World\\n")
>>> (a.lines[0].label.value, a.lines[0].pass_name, a.section)
('breadcrumb', 'breadcrumb', 'World')

Known false positives: a title like "Home / Away: a story of two cities".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import regex

from ..lexicon import match_key
from ..model import Field, Label
from .base import Doc, Item, verdict

# "(?<!\s)": a match starts only where a run of spaces starts, so a long run is
# scanned once, not once per position (linear; tests/test_robustness.py).
_SEP = regex.compile(r"(?<!\s)\s*(?:»|›|>|→|::|/|\|)\s*")
# Any separator at all: without one a line splits into one item and can't be a trail.
# The one-character separators form a pattern that is a single character class, which
# the engine scans with its fast set search; "::" is tested with ``in``.
_SEP_CHAR = re.compile(r"[»›>→/|]")
_TRAIL_LABELS = frozenset({Label.NAV, Label.BREADCRUMB})
_MAX_ITEMS = 6
_MAX_ITEM_WORDS = 5


class Breadcrumb:
    name: ClassVar[str] = "breadcrumb"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.BREADCRUMB})
    overturns: ClassVar[bool] = False

    def judge(self, doc: Doc) -> Iterator[Item]:
        home = doc.lexicon.home
        for ln, v in zip(doc.lines, doc.decided):
            if not ln.text or ln.words > _MAX_ITEMS * _MAX_ITEM_WORDS:
                continue
            # The lexicon may have claimed "Home » World" already; still read its section.
            if v is not None and v.label not in _TRAIL_LABELS:
                continue
            # cheap precheck: a trail needs a separator
            if not (_SEP_CHAR.search(ln.text) or "::" in ln.text):
                continue
            items = [p for p in _SEP.split(ln.text) if p]
            if not 2 <= len(items) <= _MAX_ITEMS or match_key(items[0]) not in home:
                continue
            if any(len(p.split()) > _MAX_ITEM_WORDS for p in items):
                continue
            if v is None:
                yield verdict(ln.index, Label.BREADCRUMB, f"trail from '{items[0]}'", self.name)
            last = items[-1]
            if match_key(last) not in home:
                yield Field("section", last, ln.index, f"last breadcrumb item '{last}'")
