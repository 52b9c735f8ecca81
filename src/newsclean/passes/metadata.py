"""``metadata``: pick the title, subtitle, authors, date and section of the article.

Context stage, after ``region``. Bylines and dates are found everywhere on a
page (teasers have them too); the article's are the ones next to its start.
The headline is the title-shaped line closest above the byline (or above the
first paragraph), preferring one that shares words with the page title that
innerText-style renderers print first; site suffixes (" | World | News",
" - Los Angeles Times") are cut. The line right under the headline that reads
as a sentence is the subtitle; a paragraph under it that the byline and date
block cut off from the text is the article's lead (body).

>>> from newsclean import clean
>>> a = clean("Council keeps library open | Riverside Herald\\n\\nCouncil keeps library open\\nBy Ann Lee\\n\\n"
...           "The council voted on Monday to keep the library open for another year, officials said.\\n")
>>> (a.title, a.authors, a.lines[2].label.value, a.lines[2].pass_name)
('Council keeps library open', ('Ann Lee',), 'title', 'metadata')

Known false positives: when a page has no headline near the article, a teaser
headline above it can be taken for the title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

import regex

from ..config import BylineConfig
from ..lines import PROSE_MIN_WORDS, Line, is_key_value
from ..lexicon import Lexicon, match_low
from ..model import KEPT_LABELS, Field, Label
from .base import Doc, Item, verdict
from .byline import parse_authors
from .dateline import find_date

# "(?<!\s)": a match starts where a run of spaces starts (linear on long runs).
_SITE_SEP = regex.compile(r"(?<!\s)\s+(?:\||-|–|—|::|·|•|»|/|~)\s+")
_WORD = regex.compile(r"\w+")
#: A person's name opening a line: two or three capitalised words ("Jane Doe",
#: "Ana María López", "Tom McAllister"), or one ("Jane", the name heading above gives
#: the rest); group 1 is the first name.
_BIO_NAME = regex.compile(r"^(\p{Lu}\p{Ll}[\p{Ll}'’-]*)((?:\s\p{Lu}[\p{L}'’-]+){0,2})\s")
# A sentence ends inside the line: "... chauffeurstekort. Scholen zoeken ..."
_SENTENCE_BREAK = regex.compile(r"\w[.!?]\s+\p{Lu}")
# Separators of a breadcrumb trail ("Société › Éducation", "Home / Community / ...").
_TRAIL_SEP = regex.compile(r"(?<!\s)\s*(?:›|>|»|→|/|\\)\s*(?=\S)")
#: A page-title line whose words overlap a candidate's by this share is the same title.
MIN_TITLE_OVERLAP = 0.5
#: How many lines above the first paragraph a byline or date may stand (share
#: bars of 40 lines sit between headline and text on some large sites).
MAX_HEADER_LINES = 80
#: A headline candidate this long may be the standfirst of the line above it.
STANDFIRST_MIN_WORDS = 12
#: A headline candidate this long may be the dek under a headline that scores as high.
DEK_MIN_WORDS = 8
#: ... when that headline has at least this many words (not a kicker like "Local News").
DEK_HEADLINE_MIN_WORDS = 4
#: Longest section or error-page name, in words, that a page <title> may start with.
PAGE_HEADING_MAX_WORDS = 4
#: How many non-blank lines above the article a bare line of names may stand.
BARE_NAME_LINES = 6
#: How many non-blank lines above and below the article's date a bare byline may stand.
BARE_DATE_LINES = 2
#: How many words may stand between a date and the byline word after it ("at 10:05 by").
BYLINE_AFTER_DATE_WORDS = 3
#: Passes whose verdict a byline near the article's date overturns: structural
#: guesses (a byline printed twice is "repeated", a name under the headline a
#: one-item "menu" or a list item) and the region's leftovers.
_STRUCTURAL = frozenset({"region", "repeated", "nav_menu", "list_block", "teaser_list"})
#: ... and, for a line that starts with a byline word or holds the date, the
#: line passes ("Text: Jane Roe" above a photo credit, "Publié le ... par ...").
_PREFIXED_OVER = frozenset({"photo_caption", "dateline"})
#: How many of the last kept lines may be the author's bio.
AUTHOR_BIO_LINES = 3
#: What may stand between the author's name and the rest of the bio: a comma,
#: or the dash of "Ирина Светлова — обозреватель ...", "Jan Nowak – dziennikarz ...".
BIO_NAME_SEPARATORS = " ,\u2014\u2013-"
#: Longest "About the author:" label before the name in an author bio, in characters.
BIO_LABEL_CHARS = 30
#: Most words of an unsigned author bio closing the article ("Jane Doe is the founder of ...").
MAX_UNSIGNED_BIO_WORDS = 90
#: Most words of the name heading over an unsigned bio ("Jane Doe" over "Jane is ...").
MAX_BIO_HEADING_WORDS = 4
#: Most lines under a name heading that make the author box closing the article
#: ("Floyd" over "I write here about life with my kids."), and their most words.
MAX_NAME_BOX_LINES = 3
MAX_NAME_BOX_WORDS = 90
#: Most words of that heading, and fewest letters of its last word (the name).
MAX_NAME_BOX_HEADING_WORDS = 2
MIN_NAME_BOX_CHARS = 3
#: How many of the last kept lines are searched for an "About <author>" box.
AUTHOR_BOX_LINES = 6
#: How many non-blank lines above and below the byline may hold its name or role.
BYLINE_BOX_LINES = 3
#: How many lines below the first kept line the article's byline may stand.
MAX_BYLINE_BELOW_START = 12
#: Lines that may stand between the headline (or its subtitle) and the article's
#: lead paragraph: the byline and date block, photos, share buttons, menu debris.
_HEADER_LABELS = frozenset({Label.CAPTION, Label.BLANK, Label.BYLINE, Label.DATE, Label.NAV,
                            Label.SHARE})
_DATE_OR_BYLINE = frozenset({Label.DATE, Label.BYLINE})
#: How far into the region a date line may sit under unpunctuated lines (the
#: headline taken for prose) and still anchor the headline search.
MAX_DATE_BELOW_START = 6
#: Most words a breadcrumb trail run into the headline adds before it.
MAX_TRAIL_WORDS = 8
#: Fewest words of a headline-shaped line under the byline and date block, above the
#: first paragraph, that is the article's dek (fewer: a label such as "Social Share").
DEK_BELOW_MIN_WORDS = 4


def strip_site(title: str) -> str:
    """Cut site and section suffixes: "Headline | World | News" -> "Headline".

    >>> strip_site("Disney+ glitches blamed on demand - Los Angeles Times")
    'Disney+ glitches blamed on demand'
    """
    segs: list[tuple[int, int]] = []
    pos = 0
    for m in _SITE_SEP.finditer(title):
        segs.append((pos, m.start()))
        pos = m.end()
    if not segs:
        return title
    segs.append((pos, len(title)))

    def words(a: int, b: int) -> int:
        return len(title[a:b].split())

    lo, hi = 0, len(segs) - 1
    while hi > lo and words(*segs[hi]) <= 4 and words(segs[lo][0], segs[hi - 1][1]) >= 3:
        hi -= 1
    if hi > lo and words(*segs[lo]) <= 3 and words(*segs[lo + 1]) >= 4:
        lo += 1
    return title[segs[lo][0]: segs[hi][1]].strip()


def _is_trail(text: str) -> bool:
    """A breadcrumb trail: segments joined by "›", ">", "»" or "/" whose
    segments but the last are one to three words ("Société › Éducation",
    "You are here: Home / Community / Library reopens ..."). Text after a colon
    in the first segment counts alone ("You are here: Home")."""
    if not _TRAIL_SEP.search(text):
        return False
    segs = _TRAIL_SEP.split(text)
    if len(segs) < 2:
        return False
    first = segs[0].rsplit(":", 1)[-1]
    heads = [first, *segs[1:-1]]
    if not all(1 <= len(h.split()) <= 3 for h in heads):
        return False
    # two segments: both short ("Société › Éducation"), else a title with a slash
    return len(segs) >= 3 or len(segs[-1].split()) <= 3


@lru_cache(maxsize=1024)
def _byline_word(word: str) -> regex.Pattern[str]:
    """``word`` (a byline prefix, casefolded) as a whole word, an optional colon and a
    space; compiled once per word."""
    return regex.compile(rf"(?<!\w){regex.escape(word)}:?\s")


@lru_cache(maxsize=4)
def _link_words_of(lex: Lexicon) -> tuple[str, ...]:
    """``Metadata._link_words``, built once per lexicon."""
    out: set[str] = set()
    for p in lex.byline_prefix:
        p = p.casefold().rstrip(": ")
        if p:
            out.add(p)
            last = p.split()[-1]
            if " " in p and last.isalpha():
                out.add(last)
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=4)
def _link_word_start(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` followed by a space or a colon. The alternatives are tried in
    the order of ``words`` (longest first), so ``match`` finds the word that a loop of
    ``startswith`` tests over ``words`` would."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?=[ :])")


@lru_cache(maxsize=4)
def _roles_of(lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The author roles, casefolded, and the same with a space before each (line ends)."""
    roles = frozenset(r.casefold() for r in lex.author_roles)
    return roles, tuple(" " + r for r in roles)


def _person_like(name: str) -> bool:
    """Two to four capitalised words ("Moritz Bachmann"), as a person's name reads;
    "About my6sense" or "About the project" opens no author box."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(p[0].isupper() for p in parts)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 1}


@lru_cache(maxsize=4)
def _byline_prefixes(lex: Lexicon) -> frozenset[str]:
    return frozenset(p.casefold().rstrip(":") for p in lex.byline_prefix)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class Metadata:
    name: ClassVar[str] = "metadata"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.TITLE, Label.SUBTITLE})
    overturns: ClassVar[bool] = True

    def __init__(self, config: BylineConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        lines = doc.lines
        kept = [i for i, v in enumerate(doc.decided) if v is not None and v.label in KEPT_LABELS]
        start = kept[0] if kept else len(lines)
        header_lo = max(0, start - MAX_HEADER_LINES)

        # A standfirst read as prose can start the region above the byline, so the
        # byline may sit a few lines below the first kept line.
        byline = self._pick(doc, "authors", header_lo, start + MAX_BYLINE_BELOW_START, start)
        bare = self._bare_names(doc, start, header_lo) if byline is None else None
        if byline is None and bare is not None:
            byline = bare
            yield verdict(bare.index, Label.BYLINE, bare.evidence, self.name)
        closing = self._closing_byline(doc, kept) if byline is None else None
        anchor = byline.index if byline is not None else start
        if byline is None:
            d = self._nearest_date_line(doc, header_lo, start)
            if d is None:
                d = self._date_under_headline(doc, start)
            if d is not None:
                anchor = d
        page_title = self._page_title(doc, start)
        if not kept and byline is None:
            # No article (an error page): the heading stands above its first sentence.
            lo_i = page_title.index + 1 if page_title is not None else 0
            anchor = next((ln.index for ln in lines[lo_i:] if ln.prose_like and (
                doc.decided[ln.index] is None
                or doc.decided[ln.index].pass_name == "region")), anchor)  # type: ignore[union-attr]
        title_idx = self._headline(doc, anchor, page_title)
        if title_idx is None and page_title is not None and page_title.index < anchor:
            title_idx = page_title.index
        # Only where no article was found or the headline is the page <title> itself:
        # where region kept a teaser of a section page, its headline and dek stay
        # labelled as they are (the teaser is region's to settle).
        if page_title is not None and (not kept or title_idx in (None, page_title.index)):
            title_idx = self._page_heading(doc, page_title, title_idx, anchor)
        title: str | None = None
        if title_idx is not None:
            title = strip_site(lines[title_idx].text)
            yield verdict(title_idx, Label.TITLE, "headline above the article", self.name)
            yield Field("title", title, title_idx, "headline above the article")
            trail = self._trail_into_headline(doc, title_idx)
            if trail is not None:
                yield verdict(trail, Label.BREADCRUMB, "trail run into the headline", self.name)
            if page_title is not None and page_title.index != title_idx and _overlap(
                _words(page_title.text), _words(title)
            ) >= MIN_TITLE_OVERLAP:
                yield verdict(page_title.index, Label.TITLE, "page title, same words as headline",
                              self.name)
            sub = self._subtitle(doc, title_idx, start, anchor)
            if sub is not None:
                yield verdict(sub, Label.SUBTITLE, "sentence right under the headline", self.name)
                yield Field("subtitle", lines[sub].text, sub, "sentence under the headline")
            elif kept and title_idx < anchor < start and (
                    dek := self._dek_below(doc, anchor, start)) is not None:
                yield verdict(dek, Label.SUBTITLE, "headline-shaped line under the byline, "
                              "above the first paragraph", self.name)
                yield Field("subtitle", lines[dek].text, dek, "line under the byline")
            lead = self._lead(doc, sub if sub is not None else title_idx, start,
                              anchor) if kept else None
            if lead is not None:
                yield verdict(lead, Label.BODY, "lead paragraph under the headline", self.name)
        if byline is None and closing is not None:
            yield Field("authors", closing.value, closing.index,
                        f"byline closing the article ({closing.evidence})")
        boxed: set[int] = set()
        if byline is not None:
            yield Field("authors", byline.value, byline.index, byline.evidence)
            yield from self._byline_box(doc, byline)
            for item in self._author_bio(doc, byline, kept):
                boxed.add(item.index)
                yield item
        else:
            for item in self._author_box(doc, [], kept):
                boxed.add(item.index)
                yield item
        if kept and kept[-1] not in boxed:
            bio = list(self._unsigned_bio(doc, kept))
            yield from bio if bio else self._name_box(doc, kept)
        lo = min(title_idx if title_idx is not None else anchor, anchor)
        published = self._published(doc, lo, start)
        if published is not None:
            yield published
        section = self._section(doc, title_idx if title_idx is not None else start)
        if section is not None:
            yield section

    @staticmethod
    def _closing_byline(doc: Doc, kept: list[int]) -> Field | None:
        """The byline on the first non-blank line under the article's last line, when
        none stands at its top: papers in Japanese, Chinese and Korean sign the story
        at its end ("（記者 高橋美咲）", "（记者 王芳）")."""
        if not kept:
            return None
        i = next((k for k in range(kept[-1] + 1, len(doc.lines)) if doc.lines[k].text), None)
        if i is None or doc.label(i) is not Label.BYLINE:
            return None
        return next((f for f in doc.fields if f.name == "authors" and f.index == i), None)

    def _bare_names(self, doc: Doc, start: int, header_lo: int) -> Field | None:
        """A byline the ``byline`` pass could not read: a short line of
        capitalised names without "By" ("Lucía Ferrández Gil", "Wouter Peeters
        en Lien Claes"), or names after a lower-case byline word ("di Federico
        Lanza", "von Tobias Lemke · 6 Min. Lesezeit") or after the date
        ("Publié le 27 mai 2025 par Camille"). It stands near the top of the
        article (a standfirst may have started the region above it) or next to
        the article's date (share bars may sit between it and the text). Another
        pass may have taken it for a menu item, a repeated line or a list item.
        The nearest such line to the article start wins."""
        best: Field | None = None
        best_d = 10**9
        cands = set(self._nearby(doc, start, BARE_NAME_LINES))
        date_i = self._date_anchor(doc, header_lo, start)
        if date_i is not None:
            cands.update(self._nearby(doc, date_i, BARE_DATE_LINES))
            cands.update(self._nearby(doc, date_i + 1, BARE_DATE_LINES))
        words = self._link_words(doc)
        for i in sorted(cands):
            ln = doc.lines[i]
            v = doc.decided[i]
            if v is not None and v.label is Label.BODY and i >= start and ln.ends_sentence:
                continue
            if ln.lex is not None or not ln.text:
                continue
            found = self._prefixed_names(doc, ln, words, v)
            if found is not None:
                names, why = found
            else:
                if v is not None and v.pass_name not in _STRUCTURAL:
                    continue
                names, why = self._capitalised_names(doc, ln), "line of capitalised names"
                if not names:
                    continue
            d = abs(i - start)
            if d < best_d:
                best, best_d = Field("authors", names, i, why), d
        return best

    def _prefixed_names(self, doc: Doc, ln: Line, words: tuple[str, ...],
                        v: object) -> tuple[tuple[str, ...], str] | None:
        """Names after a byline word that starts the line or follows its date."""
        pass_name = getattr(v, "pass_name", None)
        if pass_name is not None and pass_name not in _STRUCTURAL | _PREFIXED_OVER:
            return None
        if ln.words > self.config.max_words:
            return None
        low = ln.text.casefold()
        rest: str | None = None
        first = _link_word_start(words).match(low) if words else None
        if first is not None:
            rest = ln.text[first.end():].lstrip(": ")
        if rest is None:
            found = find_date(ln.text, doc.lexicon)
            if found is None:
                return None
            tail = ln.text[found[2]:]
            tl = tail.casefold()
            for w in words:
                m = _byline_word(w).search(tl) if w in tl else None
                if m and len(tail[: m.start()].split()) <= BYLINE_AFTER_DATE_WORDS:
                    rest = tail[m.end():]
                    break
            if rest is None:
                return None
        names = parse_authors(rest, doc.lexicon, self.config.max_author_words)
        if not names:
            return None
        return names, "byline word + name"

    def _capitalised_names(self, doc: Doc, ln: Line) -> tuple[str, ...]:
        """The names of a line that holds only names, with a title-like line
        above it and a date or byline beside it."""
        i = ln.index
        if (ln.ends_sentence or not 2 <= ln.words <= 9 or ":" in ln.text
                or any(ch.isdigit() for ch in ln.text)):
            return ()  # a "Key: value" row ("Hersteller: Jetico") holds no names
        names = parse_authors(ln.text, doc.lexicon, self.config.max_author_words)
        if not names or any(len(n.split()) < 2 and n.isascii() for n in names):
            return ()
        if not any(doc.lines[k].words >= 3 and doc.lines[k].lex is None
                   for k in range(max(0, i - 8), i) if doc.lines[k].text):
            return ()
        # Capitalised two-word headings ("Künstlerischer Lebenslauf") look like
        # names; a bare byline stands next to the date or reading time.
        if not any(doc.label(k) in (Label.DATE, Label.BYLINE)
                   for k in self._nearby(doc, i, 2) + self._nearby(doc, i + 1, 2)):
            return ()
        return names

    @staticmethod
    def _link_words(doc: Doc) -> tuple[str, ...]:
        """Byline prefixes, casefolded, and the last word of the longer ones ("da"
        of "Pubblicato da", "par" of "Publié par"), longest first."""
        return _link_words_of(doc.lexicon)

    def _date_anchor(self, doc: Doc, lo: int, start: int) -> int | None:
        """The line of the date nearest above the article start (or just inside it)."""
        best: int | None = None
        for f in doc.fields:
            if f.name.startswith("date_") and lo <= f.index <= start + 2:
                if best is None or abs(f.index - start) < abs(best - start):
                    best = f.index
        return best

    @staticmethod
    def _prefixes(doc: Doc) -> frozenset[str]:
        return _byline_prefixes(doc.lexicon)

    @staticmethod
    def _nearby(doc: Doc, start: int, count: int) -> list[int]:
        """Indices of up to ``count`` non-blank lines above and below ``start``."""
        out: list[int] = []
        for step in (-1, 1):
            seen = 0
            i = start + (0 if step > 0 else -1)
            while 0 <= i < len(doc.lines) and seen < count:
                if doc.lines[i].text:
                    out.append(i)
                    seen += 1
                i += step
        return out

    def _author_box(self, doc: Doc, names: list[str], kept: list[int]) -> Iterator[Item]:
        """"About Jane Doe" / "Über Moritz Bachmann" in the article's last lines: the
        author box opens there and runs to the end of the article. The name is one of
        the byline's, or reads as a name by itself (the page may have no byline)."""
        box = doc.lexicon.author_box
        known = {n.casefold() for n in names}
        tail = kept[-AUTHOR_BOX_LINES:]
        for pos, i in enumerate(tail):
            low = doc.lines[i].text.casefold()
            head = next((b for b in box if low.startswith(b + " ")), None)
            if head is None or doc.lines[i].words > 8:
                continue
            who = doc.lines[i].text[len(head) + 1:]
            if who.casefold() in known or (_person_like(who) and parse_authors(
                    who, doc.lexicon, self.config.max_author_words)):
                for k in tail[pos:]:
                    if doc.decided[k] is not None and doc.decided[k].pass_name == "region":  # type: ignore[union-attr]
                        yield verdict(k, Label.BYLINE, f"author box '{head} {who}'"[:60],
                                      self.name)
                return

    def _author_bio(self, doc: Doc, byline: Field, kept: list[int]) -> Iterator[Item]:
        """The last paragraphs may be the author's bio ("Jane Doe is a reporter
        covering ..."): a kept line near the end that starts with an author's name
        followed by a word of the lexicon's stopwords is the byline box, not the story."""
        if not isinstance(byline.value, tuple):
            return
        names = [n for n in byline.value if len(n.split()) >= 2]
        if not names:
            return
        stop = doc.lexicon.stopwords
        boxed = False
        for item in self._author_box(doc, names, kept):
            boxed = True
            yield item
        if boxed:
            return
        box = doc.lexicon.author_box
        for i in kept[-AUTHOR_BIO_LINES:]:
            ln = doc.lines[i]
            v = doc.decided[i]
            if v is None or v.pass_name != "region":
                continue
            text = ln.text
            # "Über den Autor: Tobias Lemke ist ...", "About the author: Jane Doe is ...".
            colon = text.find(": ", 0, BIO_LABEL_CHARS)
            if colon > 0 and text[:colon].split(" ", 1)[0].casefold() in box:
                text = text[colon + 2:]
            for name in names:
                if not text.startswith(name):
                    continue
                rest = text[len(name):].lstrip(BIO_NAME_SEPARATORS).split(" ", 1)
                # The name, then a stopword or a verb in lower case ("Jane Doe is ...",
                # "Jane Doe covers ...", "Johanna Steiner schreibt als freie Autorin ...",
                # "Ирина Светлова — обозреватель ...").
                if rest[0] and (rest[0].casefold() in stop or (
                        rest[0][0].islower() and len(rest) > 1)):
                    yield verdict(i, Label.BYLINE, f"author bio of '{name}'", self.name)
                    # The name alone right above it heads the box ("Phil Helsel" over
                    # "Phil Helsel is a reporter for NBC News.").
                    k = kept.index(i)
                    if k > 0 and doc.lines[kept[k - 1]].text.casefold() == name.casefold():
                        yield verdict(kept[k - 1], Label.BYLINE, "author's name over the bio",
                                      self.name)
                    break

    def _unsigned_bio(self, doc: Doc, kept: list[int]) -> Iterator[Item]:
        """The article's last paragraph may be a bio of its author that no byline names
        ("Jane Doe is the founder of ...", or "Jane is a freelance writer ..." under a
        "Jane Doe" heading): it opens with a person's name, two or three capitalised
        words (one, when the short line right above is a name starting with it), then
        one of the lexicon's ``bio_verb`` phrases, and the article above never names
        that person. The paragraph and its name heading are the byline box."""
        verbs = doc.lexicon.bio_verb
        if not verbs or len(kept) < 2:
            return
        i = kept[-1]
        ln = doc.lines[i]
        v = doc.decided[i]
        if v is None or v.pass_name != "region" or ln.words > MAX_UNSIGNED_BIO_WORDS:
            return
        m = _BIO_NAME.match(ln.text)
        if m is None:
            return
        rest = match_low(ln.text[m.end():])
        verb = next((b for b in verbs if rest.startswith(b) and (
            len(rest) == len(b) or not rest[len(b)].isalpha())), None)
        if verb is None:
            return
        first, more = m.group(1), m.group(2).split()
        above = doc.lines[kept[-2]]
        heading = (kept[-2] if above.words <= MAX_BIO_HEADING_WORDS and not above.ends_sentence
                   and _person_like(above.text) and above.text.split()[0] == first else None)
        if not more and heading is None:
            return  # a first name alone ("Paris is the ...") is a name only under its heading
        who = more[-1] if more else first
        own = regex.compile(rf"\b{regex.escape(who.casefold())}\b")
        story = kept[:-2] if heading is not None else kept[:-1]
        if any(own.search(doc.lines[k].low) for k in story):
            return  # a person the story speaks of: the story's last paragraph
        name = " ".join([first, *more])
        yield verdict(i, Label.BYLINE, f"author bio closing the article ('{name} {verb}')"[:60],
                      self.name)
        if heading is not None:
            yield verdict(heading, Label.BYLINE, "author's name over the bio", self.name)

    def _name_box(self, doc: Doc, kept: list[int]) -> Iterator[Item]:
        """The article's last lines may be an author box under a bare name heading
        ("Floyd" over "I write here about life with my kids."): a short line of one or
        two capitalised words, then at most ``MAX_NAME_BOX_LINES`` paragraphs to the
        end that speak in the first person (the lexicon's ``first_person``). The story
        above never names it, and the page prints the name on a removed line that
        holds more than the name ("Floyd says:", "Floyd · 19 April 2019"): the box's
        author, not a section of the story ("Conclusion" is printed nowhere else, or
        alone in a table of contents)."""
        fp = doc.lexicon.first_person
        lines, decided = doc.lines, doc.decided
        if not fp:
            return
        for back in range(2, min(MAX_NAME_BOX_LINES + 1, len(kept) - 1) + 1):
            h, box = kept[-back], kept[-back + 1:]
            if any((v := decided[i]) is None or v.pass_name != "region"
                   or v.label is not Label.BODY for i in box):
                return  # the box is the region's prose only
            head = lines[h]
            words = head.text.split()
            if (head.words > MAX_NAME_BOX_HEADING_WORDS or head.ends_sentence
                    or not all(w[0].isupper() for w in words) or head.text[-1] in ":;,"):
                continue
            if sum(lines[i].words for i in box) > MAX_NAME_BOX_WORDS or not any(
                    w.casefold() in fp for i in box for w in _WORD.findall(lines[i].text)):
                return
            name = words[-1].casefold()
            if len(name) < MIN_NAME_BOX_CHARS or not name.isalpha():
                return
            own = regex.compile(rf"\b{regex.escape(name)}\b")
            if any(own.search(lines[k].low) for k in kept[:-back]):
                return  # a name the story speaks of
            shown = set(kept)
            if not any(k not in shown and decided[k] is not None and lines[k].words > head.words
                       and own.search(lines[k].low) for k in range(len(lines))):
                return
            for i in box:
                yield verdict(i, Label.BYLINE, f"author box under the name '{head.text[:30]}'",
                              self.name)
            yield verdict(h, Label.BYLINE, "author's name over the bio", self.name)
            return

    def _byline_box(self, doc: Doc, byline: Field) -> Iterator[Item]:
        """Short lines next to the byline that repeat an author's name or give a
        role ("Jamelle Bouie" / "By Jamelle Bouie" / "Opinion Columnist") belong
        to the byline box, not to the article."""
        names = {n.casefold() for n in byline.value} if isinstance(byline.value, tuple) else set()
        roles, role_ends = _roles_of(doc.lexicon)
        for step in (-1, 1):
            seen = 0
            i = byline.index + step
            while 0 <= i < len(doc.lines) and seen < BYLINE_BOX_LINES:
                ln = doc.lines[i]
                i += step
                if not ln.text:
                    continue
                seen += 1
                v = doc.decided[ln.index]
                if v is None or v.pass_name != "region" or ln.words > 5:
                    continue
                low = ln.text.casefold()
                if low in names or low in roles or low.endswith(role_ends):
                    yield verdict(ln.index, Label.BYLINE, "name or role beside the byline",
                                  self.name)

    def _pick(self, doc: Doc, name: str, lo: int, hi: int, start: int) -> Field | None:
        """The field ``name`` whose line is closest to ``start``, preferring lines above it."""
        best: Field | None = None
        best_d = 10**9
        for f in doc.fields:
            if f.name != name or not lo <= f.index < hi:
                continue
            d = start - f.index if f.index < start else 3 * (f.index - start) + 5
            if d < best_d:
                best, best_d = f, d
        return best

    def _nearest_date_line(self, doc: Doc, lo: int, start: int) -> int | None:
        for i in range(start - 1, lo - 1, -1):
            if doc.label(i) is Label.DATE:
                return i
        return None

    @staticmethod
    def _trail_into_headline(doc: Doc, title_idx: int) -> int | None:
        """The line right above the headline when it is a breadcrumb trail printed
        together with the headline ("Home News Business News <headline>"): it ends
        with the headline's words, after a few more."""
        head = doc.lines[title_idx]
        i = title_idx - 1
        while i >= 0 and not doc.lines[i].text:
            i -= 1
        if i < 0:
            return None
        up = doc.lines[i]
        if (up.words > head.words and up.words - head.words <= MAX_TRAIL_WORDS
                and up.key.endswith(head.key) and not up.ends_sentence and doc.is_kept(i)):
            return i
        return None

    @staticmethod
    def _date_under_headline(doc: Doc, start: int) -> int | None:
        """A date line among the region's first lines, when only lines without a
        sentence end stand above it: the region took the headline (a long
        unpunctuated line) for prose, and the date sits under it. A byline that
        names no one ("Por Redacción", "By Staff Writer") under the headline
        stands for the date line."""
        seen = 0
        for i in range(start, min(len(doc.lines), start + MAX_DATE_BELOW_START)):
            ln = doc.lines[i]
            if not ln.text:
                continue
            if doc.label(i) in _DATE_OR_BYLINE:
                return i if seen else None
            if ln.ends_sentence or not doc.is_kept(i):
                return None
            seen += 1
        return None

    def _page_title(self, doc: Doc, start: int) -> Line | None:
        """The first non-blank line, when it could be a page <title> (innerText, WET)."""
        for ln in doc.lines:
            if not ln.text:
                continue
            if ln.index >= start or ln.words < 2 or ln.lex is not None or ln.bullet:
                return None
            v = doc.decided[ln.index]
            if v is not None and (v.label not in (Label.NAV, Label.OTHER, Label.RELATED,
                                                  Label.TRENDING)
                                   or v.pass_name in ("nav_menu", "blank_line")):
                return None  # the first item of a menu (or code) is not a page <title>
            return ln
        return None

    def _page_heading(self, doc: Doc, page_title: Line, title_idx: int | None,
                      anchor: int) -> int | None:
        """A section or error page: the page <title> starts with a short name
        ("Politics | The Daily Compass", "Page not found | ...") that the page
        prints again as its heading. When the headline found shares no words with
        that name (or with the page <title> less its site name), the heading is
        the last line above the anchor that repeats the name."""
        head = _SITE_SEP.split(page_title.text)[0].strip()
        hw = _words(head)
        if not hw or len(head.split()) > PAGE_HEADING_MAX_WORDS:
            return title_idx
        stop = doc.lexicon.stopwords
        itself = title_idx == page_title.index
        key = head.casefold()
        span = range(min(anchor, len(doc.lines)) - 1, page_title.index, -1)
        if title_idx is not None and not itself and (
                _words(doc.lines[title_idx].text) - stop) & (
                hw | _words(strip_site(page_title.text))) - stop:
            # The headline shares a word with the page <title>; a line that prints
            # the name itself still wins ("Deportes" over the menu's "Más deportes").
            if doc.lines[title_idx].text.casefold() == key:
                return title_idx
            return next((k for k in span if doc.lines[k].text.casefold() == key), title_idx)
        for k in span:
            if doc.lines[k].text.casefold() == key:
                return k
        if itself:
            # "Pagina niet gevonden | ..." printed as "Oeps! Deze pagina bestaat niet"
            for k in span:
                ln = doc.lines[k]
                if (ln.text and _overlap(_words(ln.text), hw) >= MIN_TITLE_OVERLAP
                        and self._title_score(doc, ln, hw, 0) > 0):
                    return k
        return title_idx

    def _headline(self, doc: Doc, anchor: int, page_title: Line | None) -> int | None:
        pt_words = _words(strip_site(page_title.text)) if page_title is not None else set()
        best: int | None = None
        best_score = 0.0
        seen = 0
        for i in range(anchor - 1, max(-1, anchor - 3 * self.config.max_title_distance), -1):
            ln = doc.lines[i]
            if not ln.text:
                continue
            seen += 1
            if seen > self.config.max_title_distance:
                break
            score = self._title_score(doc, ln, pt_words, seen)
            if score > best_score:
                best, best_score = i, score
        if best is not None and doc.lines[best].words >= DEK_MIN_WORDS:
            above = next((k for k in range(best - 1, max(-1, best - 4), -1)
                          if doc.lines[k].text), None)
            if above is None:
                return best
            up, low = doc.lines[above], doc.lines[best]
            up_score = self._title_score(doc, up, pt_words, 0)
            # A long line right under a shorter title-like line is its standfirst;
            # so is one of sentences ("... chauffeurstekort. Scholen zoeken ...")
            # under a headline that scores as high (the headline comes first).
            if (low.words >= STANDFIRST_MIN_WORDS and up.words < low.words and up_score > 0) or (
                    up.words >= DEK_HEADLINE_MIN_WORDS
                    and (low.ends_sentence or _SENTENCE_BREAK.search(low.text))
                    and up_score >= self._title_score(doc, low, pt_words, 0) > 0):
                return above
        return best

    def _title_score(self, doc: Doc, ln: Line, pt_words: set[str], distance: int) -> float:
        v = doc.decided[ln.index]
        if v is not None and v.pass_name not in ("repeated", "region", "nav_menu", "list_block"):
            return 0.0
        if ln.lex is not None or not 2 <= ln.words <= 40 or ln.text.endswith(":"):
            return 0.0
        score = 2.0
        if pt_words:
            score += 4.0 * _overlap(_words(strip_site(ln.text)), pt_words)
        if ln.heading_level == 1:
            score += 3.0
        elif ln.heading_level:
            score += 1.0
        if 4 <= ln.words <= 25:
            score += 1.0
        if ln.ends_sentence and not ln.text.endswith(("?", "!")):
            score -= 2.5  # a standfirst, not a headline
        if ln.words > 22:
            score -= 1.5
        segments = _SITE_SEP.split(ln.text)
        if len(segments) >= 2 and all(len(p.split()) <= 2 for p in segments):
            return 0.0  # "Abo | Anmelden": a row of links
        if _is_trail(ln.text):
            return 0.0  # "Futebol > Liga > 6.ª jornada": a breadcrumb trail
        if ln.bullet:
            score -= 1.5
        if v is not None and v.pass_name in ("nav_menu", "list_block"):
            score -= 1.0
        return score - 0.15 * distance

    def _subtitle(self, doc: Doc, title_idx: int, start: int, anchor: int) -> int | None:
        """The sentence right under the headline. Above a byline or date it may
        already have been taken into the body by ``region`` (a standfirst reads
        as prose); below the headline and above the byline it is not the body."""
        bound = max(start, anchor) if anchor > title_idx else start
        for i in range(title_idx + 1, min(bound, title_idx + 6)):
            ln = doc.lines[i]
            if not ln.text:
                continue
            if i == anchor:
                return None  # the byline (or the date) itself
            v = doc.decided[i]
            settled_by_region = v is not None and v.pass_name == "region" and (
                v.label is Label.OTHER or (v.label is Label.BODY and i < anchor))
            if v is not None and not settled_by_region:
                return None
            if ln.lex is None and 8 <= ln.words <= 80:
                return i
            return None
        return None

    def _dek_below(self, doc: Doc, anchor: int, start: int) -> int | None:
        """The article's first kept line when ``region`` took it for a subheading
        (short, unpunctuated) right under the byline and date block (only header
        lines between: dates, photos, share buttons) and right above the first
        paragraph: a second headline or dek, not the heading of a section that has
        not begun; as a subheading it would open ``Article.text``, and cleaning that
        text again would take it for the title. ("Tested by: ... Price: ...", a
        "Key: value" line, is a fact; a markdown "## Heading" marks a section.)"""
        lines = doc.lines
        ln = lines[start]
        v = doc.decided[start]
        if (v is None or v.label is not Label.HEADING or v.pass_name != "region"
                or ln.words < DEK_BELOW_MIN_WORDS or ln.heading_level >= 2 or is_key_value(ln)
                or self._title_score(doc, ln, set(), 0) <= 0):
            return None
        if any(lines[k].text and doc.label(k) not in _HEADER_LABELS
               for k in range(anchor + 1, start)):
            return None
        nxt = next((k for k in range(start + 1, len(lines)) if lines[k].text), None)
        if nxt is None or doc.label(nxt) is not Label.BODY or not lines[nxt].prose_like:
            return None
        return start

    @staticmethod
    def _lead(doc: Doc, top: int, start: int, anchor: int) -> int | None:
        """The article's lead paragraph, cut off from the text below by the byline
        and date block, photos or share buttons: the first line under the headline
        (or its subtitle) past such lines, when ``region`` left it outside the
        article as prose. A call to action (the lexicon's ``closing`` phrases) is
        no lead, nor is a line over a short leftover line other than the byline
        (a photo caption over its credit)."""
        for i in range(top + 1, start):
            ln, v = doc.lines[i], doc.decided[i]
            if not ln.text or (v is not None and v.label in _HEADER_LABELS):
                continue
            if (v is not None and v.pass_name == "region" and v.label is Label.OTHER
                    and ln.prose_like and not any(p in ln.low for p in doc.lexicon.closing)):
                nxt = next((k for k in range(i + 1, start) if doc.lines[k].text), None)
                if (nxt is not None and nxt != anchor and doc.label(nxt) is Label.OTHER
                        and doc.lines[nxt].words < PROSE_MIN_WORDS):
                    return None
                return i
            return None
        return None

    def _published(self, doc: Doc, lo: int, start: int) -> Field | None:
        """The article's date: a publication date between the headline and the first
        paragraph, else the nearest date above the article, else one just inside it."""
        cands: list[tuple[float, Field]] = []
        for f in doc.fields:
            if not f.name.startswith("date_"):
                continue
            if lo - 2 <= f.index <= start + 2:
                rank = 0.0
            elif start - MAX_HEADER_LINES <= f.index < lo:
                rank = 10.0 + (lo - f.index)
            elif start < f.index <= start + 8:
                rank = 60.0 + (f.index - start)
            else:
                continue
            if f.name == "date_updated":
                rank += 5.0
            cands.append((rank + f.index * 1e-6, f))
        if not cands:
            return None
        f = min(cands, key=lambda c: c[0])[1]
        value = f.value
        assert isinstance(value, (dt.date, dt.datetime))
        return Field("published", value, f.index, f.evidence)

    def _section(self, doc: Doc, before: int) -> Field | None:
        best: Field | None = None
        for f in doc.fields:
            if f.name == "section" and f.index < before:
                best = f
        return best
