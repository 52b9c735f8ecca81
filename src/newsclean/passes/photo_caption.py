"""``photo_caption``: photo captions and credits, moved to ``Article.captions``.

Three shapes: a credit on its own line ("(Reed Saxon / Associated Press)",
"Photo: Jane Roe/Reuters", "Getty Images"); a caption ending in a credit in
brackets ("... on June 19, 2024. (Name, Agency Pool Photo via AP)"); and up to
``max_lead_lines`` lines right above a stand-alone credit (no blank line
between), which are the caption that credit belongs to.

>>> from newsclean import clean
>>> a = clean("A man walks past a mural in Kyiv on Monday. (Jane Roe / Reuters)\\n")
>>> (a.lines[0].label.value, a.captions)
('caption', ('A man walks past a mural in Kyiv on Monday. (Jane Roe / Reuters)',))

Known false positives: a paragraph that ends in a bracketed source such as
"(Reuters)"; a one-line paragraph right above a credit line; a short paragraph
(under ``MAX_BARE_CREDIT_CAPTION_WORDS``) signed off with the agency ("... EFE").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

import regex

from ..config import CaptionConfig
from ..lexicon import Lexicon, _trie_pattern
from ..model import Field, Label
from .base import Doc, Item, verdict

#: Shortest line, in words, that two copies in a row mark as a caption.
MIN_TWIN_WORDS = 5
#: ... and when it has no sentence punctuation (a caption, not a headline).
MIN_TWIN_BARE_WORDS = 16
# "(...)" or "[...]" at the end of a line, the credit candidate.
_TRAILING_PAREN = regex.compile(r"[(\[（]([^()\[\]（）]{2,160})[)\]）]\s*$")
_WHOLE_PAREN = regex.compile(r"^[(\[]([^()\[\]]{2,160})[)\]]$")
_MD_IMAGE_LINE = regex.compile(r"^\s*!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)\s*$")
# Markdown emphasis: a whole line in single "*" or "_" (a rendered <figcaption>), and
# an emphasised span ending a line ("... the show. *Jane Roe/Dales Echo*").
_MD_ITALIC_LINE = regex.compile(r"^([*_])(?=[^\s*_])([^*_\n]{2,1000}?)(?<=[^\s*_])\1$")
_MD_ITALIC_TAIL = regex.compile(r"\s([*_])(?=[^\s*_])([^*_\n]{2,200}?)(?<=[^\s*_])\1$")
# Where a credit may start inside a caption: after a sentence end, or at a "©".
_CREDIT_START = regex.compile(r"(?<=[.!?…»\"”])\s+|(?<!\s)\s+(?=©)")
# The characters one of _CREDIT_START's matches follows or comes before.
_CREDIT_START_CHAR = re.compile("[.!?…»\"”©]")
#: Longest credit, in words, that ends a caption after its last sentence.
MAX_TAIL_CREDIT_WORDS = 9
#: Longest caption, in words, whose last sentence is a credit alone ("... EFE").
MAX_BARE_CREDIT_CAPTION_WORDS = 20
#: ... and longest name in capitals with no credit word ("CARMEN ROSALES").
MAX_CAPS_CREDIT_WORDS = 4
_DIGIT = regex.compile(r"\d")
_CAPS_NAME = regex.compile(r"\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s\p{Lu}[\p{Lu}'’-]*\p{Lu})+")
# A short lower-case link word between a credit word and the name ("Foto di", "Photo by").
_LINK_WORD = regex.compile(r"\p{Ll}{1,4}\s+[\p{Lu}©]")
# w3m prints an image's file name in brackets when the image has no alt text:
# "[harbour-wall-2025]", "[img_0412.jpg]": lower-case parts joined by "-", "_" or ".".
_FILE_NAME_ALT = regex.compile(r"^\[\p{Ll}[\p{Ll}\p{N}]*(?:[-_.][\p{Ll}\p{N}]+)+\]$")
# ... or an image id: bracketed tokens without spaces holding a digit or "_"
# ("[20180816_1009]", "[p0792688]", "[lazy_placeholder][gratidao-pela-vida]"); a
# footnote mark ("[12]") is no image.
_IMAGE_ID_ALT = regex.compile(r"^(?:\[[^\[\]\s]{1,100}\])+$")
_FOOTNOTE = regex.compile(r"^\[\d{1,3}\]$")
_TRAILING_CREDIT = regex.compile(r"\b(?:Credit|CREDIT|Credits)\s*(?:\.\.\.|…|:)\s*[^.!?]{2,80}$")
#: Longest stand-alone slash credit, in characters. _SLASH_ONLY nests repetitions, so
#: it only ever sees short lines (a 1 MB "Home/Home/..." line once took minutes).
MAX_CREDIT_CHARS = 200
# A credit made of capitalised names joined by slashes, nothing else.
_SLASH_ONLY = regex.compile(r"^\p{Lu}[\p{L}.'&-]*(?:\s+[\p{Lu}&][\p{L}.'&-]*)*"
                            r"(?:\s*/\s*\p{Lu}[\p{L}.'&-]*(?:\s+[\p{Lu}&][\p{L}.'&-]*)*)+$")
# "Jane Roe / Reuters": a slash between capitalised words.
_SLASH_CREDIT = regex.compile(r"\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s*/\s*\p{Lu}")


# Japanese papers end a caption with "＝" and the date and place of the photo, or its
# source: "...走る市営バス＝16日、若葉市で", "...の会場＝3日午後、東京都内", "...＝共同".
_EQUALS_TAIL = regex.compile(r"\d{1,2}日|午前|午後|撮影|提供|(?:で|から)$")
#: Most characters after the "＝" of such a caption, and fewest before it.
MAX_EQUALS_TAIL_CHARS = 30
MIN_EQUALS_HEAD_CHARS = 6


def _equals_caption(text: str, credit: regex.Pattern[str]) -> bool:
    """A caption in the Japanese convention: a description, "＝", then the date and
    place of the photo ("16日、若葉市で") or its source ("共同", "本社ヘリから"); no
    full stop ends it, so "1ドル＝150円台で推移した。" is prose."""
    head, sep, tail = text.partition("＝")
    if not sep or len(head) < MIN_EQUALS_HEAD_CHARS or not 0 < len(tail) <= MAX_EQUALS_TAIL_CHARS:
        return False
    if tail[-1] in "。．.!?！？":
        return False
    return bool(_EQUALS_TAIL.search(tail) or credit.match(tail))


#: Longest "Name, Agency" credit line, in words.
MAX_NAME_CREDIT_WORDS = 6


def _is_name_credit(text: str, credit: regex.Pattern[str]) -> bool:
    """"Michael Conroy, AP": capitalised names, a comma, then a whole credit."""
    name, _, agency = text.rpartition(", ")
    words = name.split()
    return (1 < len(words) <= 4 and all(w[0].isupper() for w in words)
            and credit.fullmatch(agency) is not None)


@lru_cache(maxsize=4)
def _prefix_regex(lex: Lexicon) -> regex.Pattern[str]:
    # A character trie, as for credits: the longer prefix is still tried first.
    return regex.compile(r"(?:" + _trie_pattern(sorted(set(lex.caption_prefix)))
                         + r")(?![\p{L}\p{N}])")


@lru_cache(maxsize=4)
def _figure_regex(lex: Lexicon) -> regex.Pattern[str] | None:
    """A figure's caption: a lexicon ``figure_label``, the figure's number, then a
    colon, a full stop or a dash before the text ("Figure 3: ...", "Abb. 2 – ...",
    "Rys. 4. ..."). "Figure 8 skating" has no mark after its number."""
    if not lex.figure_label:
        return None
    return regex.compile(r"(?:" + _trie_pattern(sorted(set(lex.figure_label)))
                         + r")\s?\d{1,3}[a-z]?\s*[:.|\-–—]\s+\S")


@lru_cache(maxsize=4)
def _credit_regex(lex: Lexicon) -> regex.Pattern[str]:
    # A character trie of the credits (one branch per character instead of every
    # credit in turn); the longer credit is still tried first.
    words = sorted({c.rstrip(":") for c in lex.caption_credit if c.strip()})
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _trie_pattern(words) + r")(?![\p{L}\p{N}])")


#: Farthest line below a caption's first copy that its second copy may stand on
#: (a blank line, the image's placeholder and another blank line between).
TWIN_REACH = 4
#: Longest photographer's name, in words, in brackets after a caption's second copy.
MAX_BRACKET_NAME_WORDS = 4
# "(Jane Roe)", "(Teresa M. Roe-Diaz)": capitalised names in brackets, nothing else.
_NAME_IN_BRACKETS = regex.compile(r"[(\[]\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,%d}[)\]]"
                                  % (MAX_BRACKET_NAME_WORDS - 1))


def _credit_tail(rest: str, credit: regex.Pattern[str]) -> bool:
    """What follows a caption's text in its second copy is a credit: "Credit..."
    with anything after it, a credit word ("Photograph: Jane Roe/Agency"), or a
    photographer's name in brackets ("(Jane Roe)")."""
    rest = rest.strip()
    if not rest:
        return False
    if "redit" in rest or _NAME_IN_BRACKETS.fullmatch(rest):
        return True
    return rest.count(" ") < MAX_TAIL_CREDIT_WORDS and credit.match(rest) is not None


# -- credits that end a caption in shapes ``_tail_credit`` leaves alone ------------
#: Longest caption, in words, that a credit in one of the shapes below ends.
MAX_CREDIT_CAPTION_WORDS = 45
#: Most words in the name of a "Agency / Name" credit glued onto a caption.
MAX_SLASH_TAIL_WORDS = 4
# A sentence end and the credit after it, with a space or run in ("...Mitzscherlich.DCV");
# a credit may open in lower case ("picture alliance").
_SENTENCE_THEN_CAP = regex.compile(r"(?<=\p{L}{2}[.!?…])\s*(?=[\p{L}(\[])")
# "(Jane Roe)", "(Teresa M. Roe-Diaz)": two to four capitalised names in brackets.
_BRACKET_NAMES = regex.compile(r"[(\[]\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,%d}[)\]]"
                               % (MAX_BRACKET_NAME_WORDS - 1))


@lru_cache(maxsize=4)
def _stock_regex(lex: Lexicon) -> regex.Pattern[str] | None:
    """A lexicon ``stock_photo`` word, alone and whole ("Symbolbild", "File photo")."""
    if not lex.stock_photo:
        return None
    return regex.compile(r"(?:" + _trie_pattern(sorted(set(lex.stock_photo))) + r")")


def _credit_ending(text: str, credit: regex.Pattern[str],
                   stock: regex.Pattern[str] | None) -> str | None:
    """Evidence when a caption ends with its credit in a shape ``_tail_credit``
    does not read, else None. After the caption's last sentence (three words at
    least before it): a credit word and a colon closed by a full stop ("... the
    harbour. Photo: Archive Daily News."); a credit alone ("... last week. EFE");
    a credit then "|" and a name ("... the summit. picture alliance | Jane Roe");
    names joined by a slash, run into the sentence or not ("... the vote.DPV /
    Miller"); or the photographer's names in brackets ("... the council. (Ana
    Ruiz Gómez)"). Or a lexicon ``stock_photo`` word alone in brackets before the
    final full stop ("... the forest (Symbolbild)."); a bracketed agency there
    ("... officials said (Reuters).") is a source, not a caption's credit. The line
    is a caption's length."""
    if text.count(" ") >= MAX_CREDIT_CAPTION_WORDS:
        return None
    if stock is not None and (text.endswith(").") or text.endswith("].")):
        m = _TRAILING_PAREN.search(text, 0, len(text) - 1)
        if m and stock.fullmatch(m.group(1).strip()) and text.count(" ", 0, m.start()) >= 2:
            return f"ends with credit '({m.group(1)[:40]})'"
    starts = list(_SENTENCE_THEN_CAP.finditer(text))
    for m in reversed(starts[-2:]):
        if text.count(" ", 0, m.start()) < 2:  # fewer than three words before
            return None
        tail = text[m.end():]
        if not tail or tail.count(" ") >= MAX_TAIL_CREDIT_WORDS:
            return None
        if tail[0] in "([":
            if _BRACKET_NAMES.fullmatch(tail) and text[m.start() - 1] == ".":
                return f"ends with a name in brackets '{tail[:40]}'"
            continue
        cm = credit.match(tail)
        if cm is not None:
            rest = tail[cm.end():].lstrip()
            if not rest and m.end() > m.start() and tail[0].isupper() \
                    and text.count(" ") < MAX_BARE_CREDIT_CAPTION_WORDS:
                # A longer paragraph signed off with the agency is the story's.
                return f"ends with credit '{tail[:40]}'"
            if (rest[:1] == ":" and tail[-1] == "." and tail[-2:-1] != "."
                    and rest[1:].strip()[:1].isupper()):
                return f"ends with credit '{tail[:40]}'"
            if rest[:1] == "|" and rest[1:].strip()[:1].isupper():
                return f"ends with credit '{tail[:40]}'"
        if ("/" in tail and tail[0].isupper() and tail[-1] not in ".!?"
                and len(tail) <= MAX_CREDIT_CHARS
                and len(tail.replace("/", " ").split()) <= MAX_SLASH_TAIL_WORDS
                and _SLASH_ONLY.match(tail)):
            return f"ends with credit '{tail[:40]}'"
    return None


Leads = dict[str, tuple[str, ...]] | None


@lru_cache(maxsize=4)
def _leads(lex: Lexicon) -> tuple[Leads, Leads]:
    """The caption prefixes and the credits by their first character. Both patterns
    are case-sensitive literal tries, so ``_prefix_regex`` or ``_credit_regex`` can
    match at the start of a line only when it starts with one of those words: one
    ``str.startswith`` test spares most lines the regex. None when a word is empty
    (an empty word starts every line)."""
    def by_first(words: set[str]) -> Leads:
        if "" in words:
            return None
        out: dict[str, list[str]] = {}
        for w in sorted(words):
            out.setdefault(w[0], []).append(w)
        return {ch: tuple(ws) for ch, ws in out.items()}

    return (by_first(set(lex.caption_prefix)),
            by_first({c.rstrip(":") for c in lex.caption_credit if c.strip()}))

# A gallery's slide counter on a line of its own: "3/8", "3 / 12".
_SLIDE_COUNTER = regex.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")
#: Fewest slide counters of one gallery (same total, rising numbers) that make it
#: one: a lone "1/9" over a carousel is no gallery of captions.
MIN_SLIDE_COUNTERS = 3
#: Longest line, in words, under a slide counter that is that slide's caption.
MAX_SLIDE_CAPTION_WORDS = 40


def _slide_counters(doc: Doc) -> list[int]:
    """Indices of the undecided slide counters of the page's gallery: at least
    ``MIN_SLIDE_COUNTERS`` lines "k/N" with one total N and k rising."""
    by_total: dict[str, list[tuple[int, int]]] = {}
    for ln in doc.lines:
        if ln.text and len(ln.text) <= 9 and ln.text[0].isdigit() and doc.undecided(ln.index):
            m = _SLIDE_COUNTER.match(ln.text)
            if m and 0 < int(m.group(1)) <= int(m.group(2)):
                by_total.setdefault(m.group(2), []).append((int(m.group(1)), ln.index))
    out: list[int] = []
    for found in by_total.values():
        ks = [k for k, _ in found]
        if len(found) >= MIN_SLIDE_COUNTERS and all(a < b for a, b in zip(ks, ks[1:])):
            out.extend(i for _, i in found)
    return sorted(out)


#: Longest caption, in words, that a credit line next to it claims.
MAX_NEIGHBOUR_CAPTION_WORDS = 45
#: Longest credit line, in words, printed right above its caption ("Photo: Jane Roe").
MAX_CREDIT_FIRST_WORDS = 6
# "| © Agency / Name", "| Foto: Jane Roe": a credit that a "|" ties to the line above.
_PIPE_CREDIT = regex.compile(r"^\|\s*(?:©|\p{Lu})")


def _credit_neighbour(doc: Doc, i: int, credit: regex.Pattern[str], taken: set[int]) -> int | None:
    """The caption that credit line ``i`` belongs to, else None. A credit after a
    "|" ("| © Agency / Jane Roe") ends the caption above it (a blank line apart at
    most): the "|" ties it to that line. A short "Photo: Jane Roe" with the next
    line right under it (no blank line), a sentence, and a blank line or a heading
    below that is printed before its caption. Either caption is
    an undecided line of a caption's length."""
    lines = doc.lines
    text = lines[i].text
    if text[0] == "|":
        if not _PIPE_CREDIT.match(text):
            return None
        t = text[1:].lstrip()
        if t[0] != "©" and not credit.match(t):
            return None
        j = i - 1
        if j >= 0 and not lines[j].text:
            j -= 1
    else:
        if lines[i].words > MAX_CREDIT_FIRST_WORDS or lines[i].ends_sentence:
            return None
        j = i + 1
        if j >= len(lines) or not lines[j].ends_sentence:
            return None  # a caption is a sentence; a headline under a credit is none
        if j + 1 < len(lines) and lines[j + 1].text and lines[j + 1].ends_sentence:
            return None  # a paragraph under it: the credit's caption is not this block
    if (0 <= j < len(lines) and lines[j].text and doc.decided[j] is None and j not in taken
            and 3 <= lines[j].words <= MAX_NEIGHBOUR_CAPTION_WORDS and lines[j].text[0] != "|"):
        return j
    return None


class PhotoCaption:
    name: ClassVar[str] = "photo_caption"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.CAPTION})
    overturns: ClassVar[bool] = False

    def __init__(self, config: CaptionConfig) -> None:
        self.config = config

    @staticmethod
    def _twin(doc: Doc, i: int, credit: regex.Pattern[str]) -> int | None:
        """The next non-blank line (a blank line apart at most, and an image
        placeholder the ``blank_line`` pass removed, "[ ]") when it repeats line
        ``i``, or starts with it and goes on with a credit ("... last
        week.Credit...Anna Moneymaker/The New York Times", "... last year.
        Photograph: Jane Roe/Agency", "... the square. (Jane Roe)")."""
        lines = doc.lines
        text = lines[i].text
        skipped = 0
        for j in range(i + 1, min(len(lines), i + TWIN_REACH + 1)):
            other = lines[j].text
            if not other:
                continue
            v = doc.decided[j]
            if v is not None and v.pass_name == "blank_line" and not skipped:
                skipped += 1  # the image itself, between its alt text and its caption
                continue
            if v is not None:
                return None
            if other == text or (other.startswith(text)
                                 and _credit_tail(other[len(text):], credit)):
                return j
            return None
        return None

    @staticmethod
    def _below_image(doc: Doc, i: int) -> bool:
        """The nearest non-blank line above ``i`` (a blank line apart at most) is a
        markdown image on its own line."""
        for j in (i - 1, i - 2):
            if j < 0:
                return False
            above = doc.lines[j]
            if above.text:
                return above.image and bool(_MD_IMAGE_LINE.match(above.raw))
        return False

    def _is_credit(self, inner: str, credit: regex.Pattern[str]) -> bool:
        return bool(credit.search(inner) or _SLASH_CREDIT.search(inner))

    @staticmethod
    def _tail_credit(text: str, credit: regex.Pattern[str]) -> str | None:
        """The credit that ends a caption after its last sentence, unbracketed:
        "... dezenas de metros. Foto: Nuno Brites/Lusa", "... samedi soir. Photo
        L'Écho d'Alsace / Mélanie Kuntz", "... Kasterlee. © Belga", "... brygada.
        Fot. PAP/Jan Nowak". A credit word, then a colon, a slash, a capitalised
        name or a short link word and a name ("Foto di Anna Rossi"); or a "©"; or a
        name in capitals with a slash ("NATHAN PERRIN / LE QUOTIDIEN") or without one
        ("... este lunes. CARMEN ROSALES"). The tail is
        short and ends without sentence punctuation, and a sentence comes before."""
        last = text[-1]
        if last in ".!?;,…" or last in ")]":
            return None
        # A start whose tail is short enough is a white-space run among the last
        # MAX_TAIL_CREDIT_WORDS spaces, and the loop ends at the first start beyond
        # them: scanning from the run that holds the earliest of those spaces finds
        # the same last starts without a look-behind test at every position.
        head = text.rsplit(" ", MAX_TAIL_CREDIT_WORDS)
        pos = len(head[0].rstrip()) if len(head) > MAX_TAIL_CREDIT_WORDS else 0
        # Every start follows sentence punctuation or comes before a "©": a tail
        # without one (most lines) has none.
        if not _CREDIT_START_CHAR.search(text, max(0, pos - 1)):
            return None
        starts = list(_CREDIT_START.finditer(text, pos))
        for m in reversed(starts[-3:]):
            tail = text[m.end():]
            n = tail.count(" ") + 1
            if n > MAX_TAIL_CREDIT_WORDS:
                return None
            if text.count(" ", 0, m.start()) < 2:  # fewer than three words before
                return None
            if tail[0] == "©":
                if len(tail) > 2:
                    return tail
                continue
            cm = credit.match(tail)
            if cm is not None and cm.end() < len(tail):
                rest = tail[cm.end():]
                after = rest.lstrip()
                if (rest[0] in ":/" or (rest[0] == " " and after[:1] in ":/©")
                        or (rest[0] == " " and after[:1].isupper())
                        or (rest[0] == " " and _LINK_WORD.match(after))):
                    return tail
            if (n >= 2 and "/" in tail and len(tail) <= MAX_CREDIT_CHARS and tail.isupper()
                    and _SLASH_ONLY.match(tail)):
                return tail
            before = text[:m.start()]
            if (2 <= n <= MAX_CAPS_CREDIT_WORDS and tail.isupper() and _CAPS_NAME.fullmatch(tail)
                    and before.endswith(".") and not before.endswith("..")):
                return tail  # "... este lunes. CARMEN ROSALES": the photographer
        return None

    @staticmethod
    def _gallery(doc: Doc, taken: set[int]) -> Iterator[Item]:
        """A gallery's slide counters ("1/8" ... "8/8") and the short line right
        under each (a blank line apart at most): that slide's caption."""
        counters = _slide_counters(doc)
        if not counters:
            return
        lines = doc.lines
        marks = set(counters)
        for i in counters:
            taken.add(i)
            group = [i]
            yield verdict(i, Label.CAPTION, f"gallery slide counter '{lines[i].text}'", PhotoCaption.name)
            for j in range(i + 1, min(len(lines), i + 3)):
                if not lines[j].text:
                    continue
                if (j not in marks and doc.undecided(j)
                        and lines[j].words <= MAX_SLIDE_CAPTION_WORDS):
                    taken.add(j)
                    group.append(j)
                    yield verdict(j, Label.CAPTION, f"caption of slide '{lines[i].text}'",
                                  PhotoCaption.name)
                break
            yield Field("caption", " ".join(lines[k].text for k in group), i, "gallery slide")

    def judge(self, doc: Doc) -> Iterator[Item]:
        credit = _credit_regex(doc.lexicon)
        stock = _stock_regex(doc.lexicon)
        starter = _prefix_regex(doc.lexicon)
        figure = _figure_regex(doc.lexicon)
        prefix_leads, credit_leads = _leads(doc.lexicon)
        lines = doc.lines
        decided = doc.decided
        taken: set[int] = set()
        yield from self._gallery(doc, taken)
        for ln in lines:
            i = ln.index
            if not ln.text or decided[i] is not None or i in taken:
                continue
            text = ln.text
            # Not a headline printed twice (page title and h1: no sentence end) nor
            # a table's header row (columns set apart by runs of spaces).
            twin = (self._twin(doc, i, credit) if ln.words >= MIN_TWIN_WORDS and ln.lex is None
                    and (ln.ends_sentence or text[-1] in ")]" or ln.words >= MIN_TWIN_BARE_WORDS)
                    and "   " not in ln.raw.strip() else None)
            if twin is not None:
                # An image's alt text and its caption, printed one after the other
                # ("A man rides a donkey ..." twice): a paragraph never is.
                # A twin whose credit no other rule reads (a name in brackets) goes too.
                group = [i, twin] if lines[twin].text == text or _NAME_IN_BRACKETS.fullmatch(
                    lines[twin].text[len(text):].strip()) else [i]
                taken.update(group)
                for k in group:
                    yield verdict(k, Label.CAPTION, "printed twice in a row (alt text and caption)",
                                  self.name)
                yield Field("caption", lines[group[-1]].text, group[-1], "caption printed twice")
                continue
            if ln.image and _MD_IMAGE_LINE.match(ln.raw):
                # A markdown image on its own line: its alt text is not article prose.
                taken.add(i)
                yield verdict(i, Label.CAPTION, "markdown image line", self.name)
                continue
            first = text[0]
            if first == "|" and ln.words <= self.config.max_credit_words:
                above = _credit_neighbour(doc, i, credit, taken)
                if above is not None:
                    taken.update((above, i))
                    yield verdict(above, Label.CAPTION, "line above a '|' credit", self.name)
                    yield verdict(i, Label.CAPTION, "credit after '|'", self.name)
                    yield Field("caption", f"{lines[above].text} {text}", above,
                                "caption with credit")
                    continue
            if first == "[" and ln.words == 1 and (_FILE_NAME_ALT.match(text) or (
                    _IMAGE_ID_ALT.match(text) and not _FOOTNOTE.match(text)
                    and any(c.isdigit() or c == "_" for c in text))):
                taken.add(i)
                yield verdict(i, Label.CAPTION, "image file name in brackets", self.name)
                continue
            start = (starter.match(text) if prefix_leads is None
                     or text.startswith(prefix_leads.get(first, ())) else None)
            if start is not None:
                taken.add(i)
                yield verdict(i, Label.CAPTION, f"starts with '{start.group(0)}'", self.name)
                below = _credit_neighbour(doc, i, credit, taken)
                if below is not None:
                    taken.add(below)
                    yield verdict(below, Label.CAPTION, "line under a credit", self.name)
                    text = f"{text} {lines[below].text}"
                yield Field("caption", text, i, "caption line")
                continue
            if figure is not None and figure.match(text):
                taken.add(i)
                yield verdict(i, Label.CAPTION, "figure caption ('Figure 3: ...')", self.name)
                yield Field("caption", text, i, "figure caption")
                continue
            standalone = False
            if ln.words <= self.config.max_credit_words:
                m = _WHOLE_PAREN.match(text) if first in "([" else None
                if m and self._is_credit(m.group(1), credit):
                    standalone = True
                elif (not ln.ends_sentence and ln.words <= 8 and "/" in text
                      and len(text) <= MAX_CREDIT_CHARS  # nested pattern: keep it short
                      and _SLASH_ONLY.match(text) and credit.search(text)):
                    standalone = True  # "Sanjeev Verma/Hindustan Times/Getty Images"
                elif (not ln.ends_sentence and ln.words <= MAX_NAME_CREDIT_WORDS
                      and ", " in text and _is_name_credit(text, credit)):
                    standalone = True  # "Michael Conroy, AP", "Jane Roe, Getty Images"
                elif (not ln.ends_sentence or ln.words <= 4) and ln.caps_ratio >= 0.5:
                    # "Foto: Jane Roe", and the same after a copyright mark ("© Foto: ...")
                    t = text[1:].lstrip() if first == "©" else text
                    head = (credit.match(t) if credit_leads is None or not t
                            or t.startswith(credit_leads.get(t[0], ())) else None)
                    if head and (head.end() == len(t) or t[head.end():head.end() + 1]
                                 in (":", " ", "/")):
                        standalone = True
            if (not standalone and first == "©" and ln.words <= self.config.max_credit_words
                    and len(text) > 2 and not _DIGIT.search(text)):
                # "© Jonas Reimers", "© picture alliance/dpa": a credit of its own.
                # Without a credit word ("© Foto: ...") the line above stays where
                # it is: under an image a credit can come before the caption, and
                # then the line above is the text.
                taken.add(i)
                yield verdict(i, Label.CAPTION, "copyright credit", self.name)
                yield Field("caption", text, i, "copyright credit")
                continue
            if standalone:
                group = [i]
                j = i - 1
                while (j >= 0 and len(group) <= self.config.max_lead_lines and lines[j].text
                       and decided[j] is None and j not in taken):
                    group.insert(0, j)
                    j -= 1
                taken.update(group)
                for k in group:
                    ev = "credit line" if k == i else "line above a credit"
                    yield verdict(k, Label.CAPTION, ev, self.name)
                caption = " ".join(lines[k].text for k in group)
                yield Field("caption", caption, group[0], "caption with credit")
                continue
            # "... a big win. Credit... Doug Mills/The New York Times": a credit
            # word with an ellipsis or colon, then a short name at the end.
            tail = _TRAILING_CREDIT.search(text) if "redit" in text else None
            if tail is not None and ln.words >= 4:
                taken.add(i)
                yield verdict(i, Label.CAPTION, f"ends with '{tail.group(0)[:40]}'", self.name)
                yield Field("caption", text, i, "caption with credit")
                continue
            # cheap precheck: text is stripped, so a trailing credit ends the line
            m = _TRAILING_PAREN.search(text) if ln.words >= 4 and text[-1] in ")]）" else None
            if m and self._is_credit(m.group(1), credit):
                taken.add(i)
                yield verdict(i, Label.CAPTION, f"ends with credit '({m.group(1)[:40]})'",
                              self.name)
                yield Field("caption", text, i, "caption with credit")
                continue
            if "＝" in text and _equals_caption(text, credit):
                taken.add(i)
                yield verdict(i, Label.CAPTION, "ends with '＝' and the photo's date and place",
                              self.name)
                yield Field("caption", text, i, "caption with '＝'")
                continue
            if ln.words < 4:
                continue
            # Markdown: a caption in italics, or ending in an italic credit.
            # (from the raw line: a leading "*" went as a bullet)
            italic = _MD_ITALIC_LINE.match(" ".join(ln.raw.split())) if text[-1] in "*_" else None
            body = italic.group(2) if italic else text
            if italic is None and text[-1] in "*_":
                it = _MD_ITALIC_TAIL.search(text)
                if (it is not None and it.group(2).count(" ") < self.config.max_credit_words
                        and self._is_credit(it.group(2), credit)):
                    taken.add(i)
                    yield verdict(i, Label.CAPTION, f"ends with credit '{it.group(2)[:40]}'",
                                  self.name)
                    yield Field("caption", text, i, "caption with credit")
                    continue
            tail_credit = self._tail_credit(body, credit)
            if tail_credit is not None:
                taken.add(i)
                yield verdict(i, Label.CAPTION, f"ends with credit '{tail_credit[:40]}'",
                              self.name)
                yield Field("caption", text, i, "caption with credit")
                continue
            ending = _credit_ending(body, credit, stock)
            if ending is not None:
                taken.add(i)
                yield verdict(i, Label.CAPTION, ending, self.name)
                yield Field("caption", text, i, "caption with credit")
                continue
            if italic is not None and self._below_image(doc, i):
                # "![alt](img.jpg)" then "*The plateau at dawn.*": the figure's caption.
                taken.add(i)
                yield verdict(i, Label.CAPTION, "italic line below a markdown image", self.name)
                yield Field("caption", text, i, "caption below an image")
