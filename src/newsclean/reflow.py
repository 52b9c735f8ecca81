"""Hard-wrapped pages: find the wrap column and rejoin the lines a wrapper broke.

lynx, links and elinks dumps, w3m at its default width, html2text and pandoc
print every paragraph as lines of at most N columns. The passes read one line
as one block, so a wrapped paragraph would look like a run of short lines
without sentence ends: a menu. This step, run before the lines are measured,
finds the wrap column of such a page and rejoins each paragraph; the results
are mapped back so that every input line still gets its own ``LineResult``
(the label of the paragraph it belongs to).

A page is wrapped when no line that holds a space is wider than
``ReflowConfig.max_width`` and most of its lines that end near the widest one
and run on into a next line (not a list item) do so just before a word that
would not have fitted there: a greedy wrapper breaks exactly there, a writer's
line breaks almost never do. Two lines are joined when the first ends near the
wrap column, the next word would not have fitted after it, and the next line is
indented as a continuation (the same indent, or under the text of a list item),
starts no list item of its own and is not a last line that reads as a headline
of its own after a sentence's end. The lines of a centred heading (lynx centres
``<h1>``) are joined when they share the middle of the page.

Pages that a scraper printed one text node per line (``get_text("\\n")``) are
broken at every link instead: "... a computer glitch caused" / "widespread
problems" / "." On a page with at least ``ReflowConfig.min_fragment_signals``
lines that start with continuing punctuation (",", ".", ")", followed by a
space or nothing) after a line that stops mid-sentence, such fragments are
rejoined the same way (``rejoin_fragments``): a line that continues with
punctuation, with a lower-case fragment, or after an opening bracket; a short
link text between two pieces of a sentence; and the text after a short label
("Background:", "Setting:") that a scraper printed on a line of its own.

>>> raws = ["The harbour board approved the plan to extend the sea wall by", \\
...         "forty metres on Tuesday.", "", "Short line."]
>>> wrap_width(raws, ReflowConfig(min_broken_lines=1))
61
>>> rejoin(raws, 61, ReflowConfig())[0]
['The harbour board approved the plan to extend the sea wall by forty metres on Tuesday.', '', 'Short line.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .config import ReflowConfig
from .lines import _SENTENCE_END

__all__ = ["wrap_width", "rejoin", "fragment_signals", "rejoin_fragments"]

# A list item's marker and the space after it: "* ", "• ", "- ", "12. ", "3) ".
_ITEM = re.compile(r"(?:[*•·▪◦●○■□+\-–—]|\d{1,3}[.)])[ \t]+(?=\S)")
# Lines a continuation never starts: a list item, a markdown heading, table or quote.
_NOT_CONTINUATION: Final = ("#", "|", ">")
# The closing quotes and brackets that may follow a sentence mark.
_CLOSING: Final = frozenset("\"'”’»)]")
#: Columns (counted twice: centre = indent + length / 2) two lines of a centred
#: heading may be off each other's centre and the page's, for odd lengths.
CENTRE_SLACK: Final = 2
#: Spaces a line needs to tell the wrap column: "12. https://..." in a list of
#: links may stick out past it, a line of four words or more may not.
MIN_WRAPPABLE_SPACES: Final = 3


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def wrap_width(raws: Sequence[str], cfg: ReflowConfig) -> int | None:
    """The column the page was hard-wrapped at, or ``None`` when it was not.

    Only lines of several words count (``_wrappable``): a wrapper cannot break a
    long URL or a run of CJK text, so those may stick out past the column."""
    widest = 0
    limit = cfg.max_width
    for raw in raws:
        n = len(raw)
        if n > widest:
            n = len(raw.rstrip())
            if n > widest and _wrappable(raw):
                if n > limit:
                    return None  # a long line of words: the renderer did not wrap
                widest = n
    if widest < cfg.min_width:
        return None
    edge = widest - cfg.edge_slack
    near = broken = 0
    for i in range(len(raws) - 1):
        raw = raws[i].rstrip()
        # a line that ends its block (a blank line or a list item follows) says
        # nothing: a wrapper leaves the last line of a paragraph as long as it comes
        if len(raw) >= edge and _wrappable(raw):
            nxt = raws[i + 1].lstrip()
            if nxt and not _ITEM.match(nxt):
                near += 1
                if _breaks(raw, nxt, widest):
                    broken += 1
    if broken >= cfg.min_broken_lines and broken >= cfg.min_broken_share * near:
        return widest
    return None


def _wrappable(raw: str) -> bool:
    """A line of at least ``MIN_WRAPPABLE_SPACES`` + 1 words: one a wrapper could have broken."""
    return raw.strip().count(" ") >= MIN_WRAPPABLE_SPACES


def _breaks(raw: str, nxt: str, width: int) -> bool:
    """Whether a greedy wrapper at ``width`` would have broken ``raw`` before ``nxt``:
    ``raw`` holds a space, and ``nxt``'s first word would not have fitted after it."""
    body = nxt.lstrip()
    if not body or " " not in raw.lstrip():
        return False
    space = body.find(" ")
    first = len(body) if space < 0 else space
    return len(raw) + 1 + first > width


def rejoin(raws: Sequence[str], width: int,
           cfg: ReflowConfig) -> tuple[list[str], list[int]]:
    """The logical lines of a page wrapped at ``width`` and, for each, the index
    of the input line it starts at (the next start, or the end, closes it)."""
    out: list[str] = []
    starts: list[int] = []
    edge = width - cfg.edge_slack
    n = len(raws)
    i = 0
    while i < n:
        first = raws[i]
        starts.append(i)
        ind = _indent(first)
        m = _ITEM.match(first, ind)
        cont = m.end() if m else ind
        parts = [first.rstrip()]
        cur = parts[0]
        while i + 1 < n:
            nxt = raws[i + 1]
            if _centred_pair(cur, nxt, width):
                cur = nxt.rstrip()
                parts.append(cur.lstrip())
                i += 1
                continue
            if len(cur) < edge or not _breaks(cur, nxt, width):
                break
            body = nxt.lstrip()
            if (_indent(nxt) not in (cont, ind) or body.startswith(_NOT_CONTINUATION)
                    or _ITEM.match(body)):
                break
            if _headline_after_sentence(cur, nxt) and (
                    i + 2 >= n or len(nxt.rstrip()) < edge
                    or not _breaks(nxt.rstrip(), raws[i + 2], width)):
                break
            cur = nxt.rstrip()
            parts.append(body.rstrip())
            i += 1
        out.append(parts[0] if len(parts) == 1 else _join(parts))
        i += 1
    return out, starts


def _headline_after_sentence(cur: str, nxt: str) -> bool:
    """Whether ``nxt``, when it is the last line of its block, is a line of its own
    that only happens to follow a full line: ``cur`` ends a sentence, and ``nxt``
    starts with a capital and ends without a sentence mark, like a headline."""
    body = nxt.strip()
    return (cur[-1] in _SENTENCE_END and body[:1].isupper()
            and body[-1] not in _SENTENCE_END and body[-1] not in _CLOSING)


def _centred_pair(cur: str, nxt: str, width: int) -> bool:
    """Whether ``cur`` and ``nxt`` are two lines of one centred heading (lynx
    centres ``<h1>``): both indented and centred on the middle of the page, the
    first one of words filling at least half the width. A blank line follows a
    heading, so a centred line right under another continues it."""
    ind = _indent(cur)
    body = nxt.lstrip()
    if ind < 2 or not body or _ITEM.match(cur, ind) or _ITEM.match(body):
        return False
    size = len(cur) - ind
    if 2 * size < width or not _wrappable(cur):
        return False
    ind2 = _indent(nxt)
    size2 = len(nxt.rstrip()) - ind2
    # twice the centre column of each line: they agree, and sit mid-page
    c1, c2 = 2 * ind + size, 2 * ind2 + size2
    return ind2 >= 2 and abs(c1 - c2) <= CENTRE_SLACK and abs(c1 - width) <= 2 * CENTRE_SLACK


def _join(parts: list[str]) -> str:
    """Wrapped pieces as one line: a space between them, none after a word's hyphen
    ("sea-" + "wall"), since wrappers break compounds there."""
    s = parts[0]
    for p in parts[1:]:
        if len(s) > 1 and s[-1] == "-" and s[-2].isalpha() and p[:1].isalpha():
            s += p
        else:
            s += " " + p
    return s


# --- Inline fragments ---------------------------------------------------------
# Scrapers that print every text node on its own line (``get_text("\n")``) break a
# paragraph at each link or emphasis: "... a computer glitch caused" / "widespread
# problems" / "last week when the studio" / "launched its service" / ".".

# A fragment that continues the line before: punctuation that never opens a line.
_CONT_PUNCT = re.compile(r"[,;:!?)\]’”»]|\.(?:\s|$)|['’]s\b")
_OPENERS: Final = tuple("([“‘«„\"'")
# The continuing punctuation counted as the mark of such a page: only marks that
# never open a line of their own ("»" and "”" open quotes in some languages,
# "» more" is a link, "::" decorates), followed by a space or nothing.
_SIGNAL_PUNCT = re.compile(r"[,;:!?.)\]](?:\s|$)|['’]s\b")
# Brackets and quotes that only ever open: a line ending in one continues in the
# next ("“" and "«" close quotes in German, "»" opens them).
_HARD_OPENERS: Final = tuple("([„")


def _ends_open(s: str) -> bool:
    """A line that stops mid-sentence: its last character is a letter, digit or an
    opening bracket or quote (not sentence punctuation, a colon or a closing mark)."""
    last = s[-1]
    return last.isalnum() or last in _OPENERS


def fragment_signals(raws: Sequence[str]) -> int:
    """Lines that start with continuing punctuation right after a line that stops
    mid-sentence: the mark of a page printed one text node per line."""
    n = 0
    prev = ""
    for raw in raws:
        s = raw.strip()
        if s and prev and _ends_open(prev) and _SIGNAL_PUNCT.match(s):
            n += 1
        prev = s
    return n


def rejoin_fragments(raws: Sequence[str], cfg: ReflowConfig) -> tuple[list[str], list[int]]:
    """The logical lines of a page printed one text node per line, and where each starts."""
    out: list[str] = []
    starts: list[int] = []
    n = len(raws)
    i = 0
    while i < n:
        starts.append(i)
        cur = raws[i].strip()
        if not cur:
            out.append(raws[i])
            i += 1
            continue
        parts = [raws[i].rstrip()]
        while i + 1 < n:
            nxt = raws[i + 1].strip()
            if not nxt or not _continues(cur, nxt, raws, i + 1, cfg):
                break
            glue = "" if _CONT_PUNCT.match(nxt) or cur.endswith(_OPENERS) else " "
            parts.append(glue + nxt)
            cur = cur + glue + nxt
            i += 1
        out.append("".join(parts))
        i += 1
    return out, starts


def _continues(cur: str, nxt: str, raws: Sequence[str], j: int, cfg: ReflowConfig) -> bool:
    """Whether ``nxt`` (``raws[j]``, stripped) continues the logical line ``cur``."""
    if _is_label(cur, cfg) and nxt.count(" ") + 1 >= cfg.min_fragment_words:
        return True  # "Background:" / "Observational studies suggest ...": the label's text
    if not (_ends_open(cur) or cur.endswith(":")):  # a colon ends no sentence
        return False
    if _CONT_PUNCT.match(nxt):
        return True
    if cur.endswith(_HARD_OPENERS) or cur in _OPENERS:
        return True  # "(" / "Logout" / ")": what the bracket or quote opened
    if nxt[0].islower():
        # a sentence cut at a link: "... a fault in its new" / "booking software"
        return cur.count(" ") + 1 >= cfg.min_fragment_words
    # a short link text ("Martin Doyle") between two pieces of one sentence
    if nxt.count(" ") + 1 <= cfg.max_link_words and j + 1 < len(raws):
        after = raws[j + 1].strip()
        return bool(after) and (_CONT_PUNCT.match(after) is not None or after[0].islower())
    return False


def _is_label(cur: str, cfg: ReflowConfig) -> bool:
    """A short label that ends with a colon ("Background:", "Ort:")."""
    return cur.endswith(":") and cur.count(" ") < cfg.max_label_words
