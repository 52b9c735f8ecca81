"""``blank_line``: empty lines, and lines that held only renderer debris.

A line that is empty after normalisation is ``blank`` when it had nothing but
white space, and ``other`` when it had form fields or image placeholders
(w3m's ``[                    ]``, ``[missing-im]``).

>>> from newsclean import clean
>>> [r.label.value for r in clean("\\n   \\n[missing-im]").lines]
['blank', 'blank', 'other']

A line of symbols without spaces (a rule such as ``━━━━``) is ``other`` too, and
so is a long line of minified script or style code that a renderer printed as
text (``function(e){return this.a!==void 0&&...``): at least ``MIN_CODE_CHARS``
characters, ``MIN_CODE_TOKENS`` script tokens and ``MIN_CODE_SYMBOL_SHARE`` of
code symbols. Code in a tutorial is formatted in short lines and stays.

A line that is one text printed twice, glued or a space apart ("Stairs up to the
roofStairs up to the roof", "oak-shelf.jpgoak-shelf.jpg"), is w3m's rendering of an
image's alt and title text (or of a linked image and its link): ``other``, weighing
in the region like a short line. Each half holds at least ``MIN_DOUBLED_CHARS``
characters; prose never repeats itself that way.

Known false positives: none (a line with any letter or digit is never blank).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import regex

from ..model import Label
from .base import Doc, Item, verdict


_WORDISH = regex.compile(r"[\p{L}\p{N}]")
#: Minified code: a line at least this long ...
MIN_CODE_CHARS = 200
#: ... with at least this many script or style tokens ...
MIN_CODE_TOKENS = 5
#: ... and at least this share of its characters code symbols.
MIN_CODE_SYMBOL_SHARE = 0.06
_CODE_TOKEN = re.compile(r"function\s*\(|\breturn\b|\bvar\b|\bthis\.|!==|===|&&|\|\||\}\)|\)\{"
                         r"|\.prototype\b|void 0|\btypeof\b|!important|\bnull\b|=>")
_CODE_SYMBOL = re.compile(r"[{}();=\[\]<>|&\\]")
#: Shortest text, in characters, that a line printing it twice marks as image text.
MIN_DOUBLED_CHARS = 8
# The same in ASCII text, for the standard-library engine (cheaper to call).
_ASCII_WORDISH = re.compile(r"[A-Za-z0-9]")


class BlankLine:
    name: ClassVar[str] = "blank_line"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.BLANK, Label.OTHER})
    overturns: ClassVar[bool] = False

    def judge(self, doc: Doc) -> Iterator[Item]:
        for ln in doc.lines:
            if ln.text:
                if ln.chars >= MIN_CODE_CHARS and _is_code(ln.text):
                    yield verdict(ln.index, Label.OTHER, "minified script or style code",
                                  self.name)
                    continue
                if ln.words == 1 and not (
                        _ASCII_WORDISH if ln.text.isascii() else _WORDISH).search(ln.text):
                    # "━━━━━━", "* * *" (one token after bullets go): a rule, no text
                    yield verdict(ln.index, Label.OTHER, "only symbols or control characters",
                                  self.name)
                elif _doubled(ln.text) and not _twinned(doc, ln.index):
                    yield verdict(ln.index, Label.OTHER,
                                  "one text printed twice (image alt and title)", self.name)
                continue
            if not ln.raw or ln.raw.isspace():
                yield verdict(ln.index, Label.BLANK, "empty line", self.name)
            elif ln.form or ln.image:
                yield verdict(ln.index, Label.OTHER, "only form fields or image placeholders",
                              self.name)
            else:
                yield verdict(ln.index, Label.OTHER, "only symbols or control characters",
                              self.name)


def _is_code(text: str) -> bool:
    """Whether a long line is minified code (see the module docstring)."""
    if len(_CODE_SYMBOL.findall(text)) < MIN_CODE_SYMBOL_SHARE * len(text):
        return False
    return len(_CODE_TOKEN.findall(text)) >= MIN_CODE_TOKENS


def _doubled(text: str) -> bool:
    """The line is one text printed twice, glued or a space apart (see the module
    docstring)."""
    n = len(text)
    half = n // 2
    if half < MIN_DOUBLED_CHARS or text[0] != text[n - half]:  # the cheap test first
        return False
    if n % 2:
        return text[half] == " " and text[:half] == text[half + 1:]
    return text[:half] == text[half:]


def _twinned(doc: Doc, i: int) -> bool:
    """The nearest non-blank line above or below ``i`` (a blank line apart at most)
    reads the same: an alt text and its caption, which ``photo_caption`` takes."""
    lines = doc.lines
    text = lines[i].text
    for step in (-1, 1):
        for j in (i + step, i + 2 * step):
            if not 0 <= j < len(lines):
                break
            if lines[j].text:
                if lines[j].text == text:
                    return True
                break
    return False
