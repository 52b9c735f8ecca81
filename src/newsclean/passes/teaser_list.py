"""``teaser_list``: repeated teaser blocks (headline, author, date, summary).

Index pages and "More from" rails repeat one block shape: a short headline,
a byline or date, one summary sentence, again and again. Each line alone reads
like article text; the repetition gives them away. Lines are reduced to shapes
(``P`` prose, ``S`` short, ``D`` byline or date, ``X`` already removed); a window of
``min_period``..``max_period`` shapes repeated at least ``min_repeats`` times in a
row, with one summary per block and a date or byline beside it, is a teaser
list.

>>> from newsclean import clean
>>> page = "".join(f"Council backs plan number {i}\\nBy Ann Lee\\nThe council voted on "
...                f"Monday to fund plan {i} for the river.\\n\\n" for i in range(4))
>>> sorted({(r.label.value, r.pass_name) for r in clean(page).lines if "voted" in r.text})
[('related', 'teaser_list')]

Known false positives: a live blog whose entries each carry a date line and a
single paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ..config import TeaserListConfig
from ..lines import Line
from ..model import EXTRACTED_LABELS, Label, Verdict
from .base import Doc, Item, verdict


_META_LABELS = frozenset({Label.BYLINE, Label.DATE})
# A teaser headline may be a question ("Will the night buses return?"): a line of at
# most this many words ending in '?' or '!' right under a date heads its block.
MAX_QUESTION_HEADLINE_WORDS = 12


def _question_headline(ln: Line) -> bool:
    """``ln`` reads as a headline asking or exclaiming, not as a summary sentence."""
    return ln.words <= MAX_QUESTION_HEADLINE_WORDS and ln.text[-1] in "?!"


class TeaserList:
    name: ClassVar[str] = "teaser_list"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.RELATED})
    overturns: ClassVar[bool] = False

    def __init__(self, config: TeaserListConfig) -> None:
        self.config = config

    def _shape(self, ln: Line, v: Verdict | None) -> str:
        """The shape of ``ln``, on which ``v`` stands (None: undecided)."""
        if v is not None:
            if v.label in _META_LABELS:
                return "D"
            return "C" if v.label in EXTRACTED_LABELS else "X"
        if ln.ends_sentence and ln.words >= self.config.min_summary_words:
            return "P"
        return "S"

    @staticmethod
    def _is_teaser(pattern: str) -> bool:
        # One summary per block and a byline or date beside it: an article with a
        # subheading and a separator every paragraph ("SSP") must not qualify.
        return pattern.count("P") == 1 and "D" in pattern

    def judge(self, doc: Doc) -> Iterator[Item]:
        c = self.config
        idx = [ln.index for ln in doc.lines if ln.text]
        lines, decided = doc.lines, doc.decided
        shapes = "".join([self._shape(lines[i], decided[i]) for i in idx])
        n = len(shapes)
        i = 0
        while i < n:
            if shapes.find("D", i, i + c.max_period) < 0:
                # No window from here holds a byline or date, so none is a teaser, up to
                # the first start whose window reaches the next "D".
                nxt = shapes.find("D", i)
                if nxt < 0:
                    break
                i = max(i + 1, nxt - c.max_period + 1)
                continue
            found = False
            for p in range(c.min_period, c.max_period + 1):
                pat = shapes[i:i + p]
                if len(pat) < p or not self._is_teaser(pat):
                    continue
                reps = 1
                while shapes[i + reps * p: i + (reps + 1) * p] == pat:
                    reps += 1
                if reps >= c.min_repeats:
                    # Once the list is established, a block whose summary is short
                    # ("Feckless. Always the same.") still belongs to it.
                    loose = pat.replace("P", "S")
                    while shapes[i + reps * p: i + (reps + 1) * p].replace("P", "S") == loose:
                        reps += 1
                    end = i + reps * p
                    for k in range(i, end):
                        j = idx[k]
                        if doc.undecided(j):
                            yield verdict(j, Label.RELATED,
                                          f"teaser block '{pat}' repeated {reps} times", self.name)
                    i = end
                    found = True
                    break
            if not found:
                i += 1
        yield from self._date_rails(doc, idx, shapes)
        yield from self._headline_rails(doc, idx, shapes)

    def _headline_rails(self, doc: Doc, idx: list[int], shapes: str) -> Iterator[Item]:
        """Undated rails: headline, one short summary, again and again ("SP" blocks).
        Articles with a subheading over every paragraph have longer paragraphs, so a
        summary here is at most ``max_summary_words`` and a run needs one block more
        than a dated list."""
        c = self.config
        need = c.min_repeats + 1
        k = 0
        n = len(shapes)
        while k + 1 < n:
            # Only an "SP" pair starts a rail: jump to the next one.
            k = shapes.find("SP", k)
            if k < 0:
                break
            j = k
            while j + 1 < n and self._teaser_pair(doc, idx[j], idx[j + 1], shapes[j:j + 2]):
                j += 2
            blocks = (j - k) // 2
            if blocks >= need:
                for m in range(k, j):
                    if doc.undecided(idx[m]):
                        yield verdict(idx[m], Label.RELATED,
                                      f"headline rail: {blocks} headline/summary blocks",
                                      self.name)
                k = j
            else:
                k += 1

    def _teaser_pair(self, doc: Doc, head: int, summary: int, shape: str) -> bool:
        h, s = doc.lines[head], doc.lines[summary]
        return (shape == "SP" and 4 <= h.words <= 20 and not h.ends_sentence
                and s.words <= self.config.max_summary_words)

    def _date_rails(self, doc: Doc, idx: list[int], shapes: str) -> Iterator[Item]:
        """Teaser rails whose blocks vary in shape but each carry one date: at
        least ``min_repeats`` + 1 gaps in a row between date lines of 2 to
        ``max_period`` + 1 lines, each gap with at most one summary sentence (a
        question headline opening the gap is no summary, see
        ``MAX_QUESTION_HEADLINE_WORDS``)."""
        c = self.config
        lines = doc.lines
        # A byline right above its date is one meta block: the last line of a run of
        # "D" shapes stands for it.
        dates = [k for k, ch in enumerate(shapes)
                 if ch == "D" and shapes[k + 1: k + 2] != "D"]
        run_start = 0
        for j in range(1, len(dates) + 1):
            ok = False
            if j < len(dates):
                first = dates[j - 1] + 1
                gap = shapes[first: dates[j]]
                summaries = gap.count("P")
                if len(gap) >= 2 and gap[0] == "P" and _question_headline(lines[idx[first]]):
                    summaries -= 1  # the block's headline asks; the summary follows it
                ok = 2 <= len(gap) + 1 <= c.max_period + 1 and summaries <= 1
            if ok:
                continue
            if j - 1 - run_start >= c.min_repeats + 1:  # looser shape, so one block more
                lo, hi = dates[run_start], dates[j - 1]
                # What follows the last date is left to the region: the article
                # itself often starts right under a rail.
                for k in range(max(0, lo - 2), hi + 1):
                    line = idx[k]
                    if doc.undecided(line):
                        yield verdict(line, Label.RELATED,
                                      f"teaser rail: {j - 1 - run_start} dated blocks", self.name)
            run_start = j
