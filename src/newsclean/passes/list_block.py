"""``list_block``: the list under a "Trending", "Related" or "Keep Reading" heading.

A heading the lexicon knows as a list title (an ``exact`` trending or related
phrase, or a short line starting with a ``prefix`` one: "More from UK") is
followed by teaser headlines, dates, section names and bylines. Those lines take
the heading's label until the list ends: at a line longer than ``max_item_words``
(``max_headline_words`` if it ends without punctuation), at more than
``max_gap_lines`` blank lines, at another heading, or, after items printed
without blank lines between them, at a line set apart by a blank line above a
paragraph (the article's next subheading). A bulleted line is an item even when
it reads as a sentence ("• Rescue video shows the girl: 'We got her!'"), and the
next number of a numbered list ("2." below "1.") even when it runs long (a teaser
headline and its dek on one line).

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
from ..lines import Line
from .base import Doc, Item, verdict

_LIST_LABELS = frozenset({Label.TRENDING, Label.RELATED})
#: How many items a list may have before we stop trusting it is still the same list.
MAX_LIST_ITEMS = 40
#: Longest line, in words, that can end a list as the article's next subheading.
MAX_SUBHEADING_WORDS = 8
#: Most words of a heading that starts with a list title ("More from UK", "Popular in
#: Sport"); with a colon it is an inline link ("Read more: <headline>") instead.
MAX_PREFIX_HEADING_WORDS = 4


def _is_heading(ln: Line) -> bool:
    """The line is a list title: the whole of a known one, or a short line that starts
    with one and holds no colon."""
    lex = ln.lex
    return lex is not None and (lex.kind == "exact" or (
        lex.kind == "prefix" and ln.words <= MAX_PREFIX_HEADING_WORDS and ":" not in ln.text))


def _item_number(ln: Line) -> int | None:
    """The number a numbered item starts with ("2. Headline and dek" -> 2)."""
    if not ln.bullet:
        return None
    s = ln.raw.lstrip()
    k = 0
    while k < 4 and k < len(s) and "0" <= s[k] <= "9":
        k += 1
    if 1 <= k <= 3 and k + 1 < len(s) and s[k] in ".)" and s[k + 1].isspace():
        return int(s[:k])
    return None


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
            if (ln.lex is None or not _is_heading(ln) or ln.lex.label not in _LIST_LABELS
                    or v is None or v.label is not ln.lex.label):
                i += 1
                continue
            label = ln.lex.label
            heading = ln.text
            j = i + 1
            gap = items = 0
            last: int | None = None  # the number of the item above ("1. ..."), if any
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
                number = _item_number(cur)
                follows = number is not None and last is not None and number == last + 1
                last = number
                if not follows and (cur.words > self._longest(cur) or (
                        cv is None and cur.prose_like and not cur.bullet)):
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

    def _longest(self, ln: Line) -> int:
        """Most words of an item: a line without end punctuation is a teaser headline
        up to ``max_headline_words`` (headlines run long, and CJK ones count a word per
        1.5 characters); a line ending in ":" introduces the text below it."""
        c = self.config
        if ln.ends_sentence or ln.text.endswith(":"):
            return c.max_item_words
        return max(c.max_item_words, c.max_headline_words)
