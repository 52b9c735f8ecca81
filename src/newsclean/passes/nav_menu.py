"""``nav_menu``: runs of short, menu-like lines.

A menu renders as a column of short items: bulleted in w3m ("  • World") and
inscriptis ("  * World"), bare in innerText. A run of at least
``min_run_lines`` items of at most ``max_item_words`` words without sentence
punctuation (``min_bullet_run_lines`` when they carry bullets), single blank
lines allowed between items, is a menu. Items already removed by earlier
passes (lexicon "Home", "Search") count toward the run. A poll (a question,
its answers and a vote button from the lexicon's ``poll_vote``) is labelled
``other`` first and ends any run, so the subheading under it stays a heading.

>>> from newsclean import clean
>>> a = clean("World\\nBusiness\\nSport\\nCulture\\n")
>>> sorted({(r.label.value, r.pass_name) for r in a.lines})
[('nav', 'nav_menu')]

Known false positives: a short list inside an article ("Flour", "Sugar",
"Eggs"); a run of one-word subheadings.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import ClassVar

from ..config import NavMenuConfig
from ..lines import Line, is_key_value
from ..model import EXTRACTED_LABELS, KEPT_LABELS, REMOVED_LABELS, Label, Verdict
from .base import Doc, Item, verdict


_NOT_ITEM_LABELS = EXTRACTED_LABELS | KEPT_LABELS
#: Longest summary heading ("Key points"), in words, that ends a menu run.
MAX_SUMMARY_HEADING_WORDS = 6


def _in_fact_box(doc: Doc, ln: Line) -> bool:
    """A "Key: value" line next to another ("Referee: Carlos Meireles" / "Attendance:
    3100"): a fact box, not menu items."""
    if not is_key_value(ln):
        return False
    lines = doc.lines
    for step in (-1, 1):
        j = ln.index + step
        if 0 <= j < len(lines) and not lines[j].text:
            j += step
        if 0 <= j < len(lines) and lines[j].text and is_key_value(lines[j]):
            return True
    return False


#: A poll: most lines of its block above the vote button (heading, question, answers),
#: longest of them in words, and most short lines under the button (the vote count).
MAX_POLL_LINES = 8
MAX_POLL_WORDS = 12
MAX_POLL_TAIL_LINES = 2
MAX_POLL_TAIL_WORDS = 4


def poll_lines(doc: Doc) -> list[int]:
    """A poll in the page: a vote button (the lexicon's ``poll_vote``: "Vote",
    "[Stem]", "Abstimmen") under a block of short lines (``MAX_POLL_LINES`` at most,
    ``MAX_POLL_WORDS`` words each, no blank line between) holding a question ("Should
    the town keep its pool?") and at least two lines below it (the answers); with the
    button, the block and up to ``MAX_POLL_TAIL_LINES`` short lines right under it
    ("1,204 votes") are the poll. Undecided lines and the lexicon's only."""
    votes = doc.lexicon.poll_vote
    if not votes:
        return []
    lines = doc.lines
    found: list[int] = []
    for j, ln in enumerate(lines):
        if not ln.text or ln.words > 4 or ln.key not in votes:
            continue
        top = j
        while (top > 0 and lines[top - 1].text and j - top < MAX_POLL_LINES
               and lines[top - 1].words <= MAX_POLL_WORDS):
            top -= 1
        question = next((k for k in range(top, j)
                         if lines[k].text.endswith(("?", "？"))), None)
        if question is None or j - question - 1 < 2:
            continue
        end = j
        while (end + 1 < len(lines) and lines[end + 1].text and end - j < MAX_POLL_TAIL_LINES
               and lines[end + 1].words <= MAX_POLL_TAIL_WORDS):
            end += 1
        found.extend(k for k in range(top, end + 1) if doc.undecided(k)
                     or doc.decided[k].pass_name == "lexicon_match")  # type: ignore[union-attr]
    return found


def _summary_heading(doc: Doc, ln: Line) -> bool:
    """A summary heading ("Key points", "Das Wichtigste in Kürze") opens the
    article's list of points, not a menu: it ends the run above it."""
    summary = doc.lexicon.summary_heading
    return bool(summary) and ln.words <= MAX_SUMMARY_HEADING_WORDS and ln.key in summary


class NavMenu:
    name: ClassVar[str] = "nav_menu"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.NAV, Label.OTHER})
    overturns: ClassVar[bool] = False

    def __init__(self, config: NavMenuConfig) -> None:
        self.config = config

    def _item(self, ln: Line, v: Verdict | None) -> bool:
        """Whether ``ln``, on which ``v`` stands (None: undecided), is a menu item."""
        limit = self.config.max_item_words + (2 if ln.bullet else 0)
        if v is not None:
            if v.label in _NOT_ITEM_LABELS:
                return False
            if v.label in REMOVED_LABELS:
                # A sentence the lexicon removed for a phrase inside it (a newsletter
                # box's consent line, a cookie notice) is no menu item: it ends the run.
                return not (ln.lex is not None and ln.lex.kind == "contains"
                            and ln.words > limit and ln.ends_sentence)

        return ln.words <= limit and not (ln.ends_sentence and ln.words > 2)

    def judge(self, doc: Doc) -> Iterator[Item]:
        poll = set(poll_lines(doc))
        for i in sorted(poll):
            if doc.undecided(i):
                yield verdict(i, Label.OTHER, "poll (question, answers and a vote button)",
                              self.name)
        run: list[Line] = []
        blanks = 0
        introduced = False
        decided = doc.decided
        for ln in chain(doc.lines, (None,)):  # None: the end of the page (no tuple copy)
            if ln is not None and not ln.text:
                blanks += 1
                if blanks <= 1:
                    continue
            elif ln is not None and ln.index in poll:
                pass  # a poll is no menu: it ends the run
            elif (ln is not None and decided[ln.index] is None and ln.lex is None
                  and (ln.introduces_list or _summary_heading(doc, ln))):
                # "You will need:" or "Key points": the list under it is no menu
                if not introduced and run:
                    yield from self._flush(run, doc)
                run, blanks, introduced = [], 0, True
                continue
            elif (ln is not None and self._item(ln, decided[ln.index])
                  and not (decided[ln.index] is None and _in_fact_box(doc, ln))):
                if blanks > 1 and run:
                    if not introduced:
                        yield from self._flush(run, doc)
                    run, introduced = [], False
                run.append(ln)
                blanks = 0
                continue
            elif (introduced and ln is not None and ln.bullet and blanks <= 1
                  and decided[ln.index] is None):
                # A longer item of the announced list ("1. Jane Roe (Team A) in 4h12'36"")
                # does not end it: the short items after it are the same list.
                blanks = 0
                continue
            if not introduced and run:
                yield from self._flush(run, doc)
            run = []
            blanks = 0
            introduced = False

    def _flush(self, run: list[Line], doc: Doc) -> Iterator[Item]:
        if not run:
            return
        bullets = sum(1 for ln in run if ln.bullet)
        need = (self.config.min_bullet_run_lines if bullets * 2 >= len(run)
                else self.config.min_run_lines)
        if len(run) < need:
            return
        decided = doc.decided
        why = f"run of {len(run)} menu-like lines"
        for ln in run:
            if decided[ln.index] is None:
                yield verdict(ln.index, Label.NAV, why, self.name)
