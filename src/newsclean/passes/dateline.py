"""``dateline``: dates in common formats and languages, and date-only lines.

Recognises "September 16, 2025", "Nov. 19, 2019", "16 September 2025",
"16. September 2025", "16 de septiembre de 2025", "16 września 2025",
"2025-09-16", "16.09.2025", "09/16/2025", "2025.09.16", "2025/09/16",
"2025年9月16日", "2025년 9월 16일" and "2025. szeptember 16.", with an optional
weekday, time and "Published"/"Updated" word. Month names come from the
lexicon. Every short line with a date offers a ``date`` field (with whether it
was a publication or an update date); a line that is mostly the date is
labelled ``date``. The ``metadata`` stage picks the article's date.

>>> from newsclean import clean
>>> a = clean("A headline for this story\\nPublished 16. September 2025, 14:05\\n")
>>> (a.lines[1].label.value, a.lines[1].pass_name, a.published.isoformat())
('date', 'dateline', '2025-09-16T14:05:00')

Known false positives: a one-line paragraph that is only a date, e.g. a
diary entry heading.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

import regex

from ..lexicon import Lexicon, _trie_pattern, _trie_regex, match_key, strip_edges
from ..model import Field, Label
from .base import Doc, Item, verdict

# Why not dateparser: it costs milliseconds per call and a page offers dozens of
# candidate lines; the month names are data we keep in the lexicon anyway, so a
# handful of anchored patterns do the job at a few microseconds per line.
_ISO = regex.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?(?!\d)")
# Day first, also with a space after each dot (Czech and Slovak "4. 3. 2025").
_NUMERIC = regex.compile(r"(?<![\d.])(\d{1,2})([./])(?:(?<=\.) )?(\d{1,2})\2(?:(?<=\.) )?(\d{4})(?!\d)")
_CJK_DATE = regex.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Year first with dots or slashes: "2025.03.04" and "2025. 3. 4." (Korean, Hungarian),
# "2025/03/04" (Chinese, Japanese). The separator repeats; no digit or dot around,
# and no slash: "/2025/03/04/" is a link's path, not a printed date.
_YMD = regex.compile(r"(?<![\d./]|[A-Za-z])(\d{4})([./])\s?(\d{1,2})\2\s?(\d{1,2})(?![\d/])(?!\.\d)")
# What a year-first date with a month name starts with ("2025. m"): the precheck of
# its month scan.
_YEAR_DOT_WORD = regex.compile(r"\d{4}\.\s*\p{L}")
_TIME = regex.compile(r"(?<!\d)(\d{1,2})[:h.](\d{2})(?!\d)\s*(am|pm|a\.m\.|p\.m\.)?", regex.I)
# Every date pattern holds a four-digit year, so a line without four digits in a
# row is spared the month-name scans (most short lines: times, counters, names).
_YEAR_DIGITS = regex.compile(r"\d{4}")
# The same test on ASCII text, where \d is [0-9] in any engine; the standard library
# scans this one about twice as fast.
_ASCII_YEAR_DIGITS = re.compile(r"[0-9]{4}")
#: Longest line, in words, read as a relative date ("Aktualisiert vor 3 Stunden").
MAX_RELATIVE_WORDS = 6
_DIGITS = regex.compile(r"\d+")
_ANCHOR_WORD = regex.compile(r"\w+")
#: Longest line, in words, searched for a date (dates live in short meta lines).
MAX_DATE_LINE_WORDS = 30
#: A line whose date span covers at least this share of its characters is a date line.
MIN_DATE_SHARE = 0.45
#: A longer line is a date line when at most this many of its words are not part of
#: its dates ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019").
MAX_OTHER_WORDS = 1
MAX_DATES_PER_LINE = 3
#: A place before the date, set off by a dash, comma or bar ("Villarreal del Valle -
#: 17 nov 2025", "WASHINGTON — Nov. 19, 2019"), is not counted among those words: at
#: most this many capitalised words (name particles between them).
MAX_PLACE_WORDS = 4
# The signature of an embedded post: "— Jane Roe (@janeroe) March 3, 2024". Its date is
# the post's, not the page's, and the line belongs to the quoted post.
_POST_SIGNATURE = regex.compile(r"\(@\w{1,30}\)\s*$")
_PLACE = regex.compile(r"^\p{Lu}[\p{L}.'’-]*+(?:\s++(?:(?:de|del|la|le|di|da|am|an|der|upon)\s++)?"
                       r"\p{Lu}[\p{L}.'’-]*+)*+\s*+[-–—,|·]\s*+")
_WORDS = regex.compile(r"[^\W\d_]+")
# Time zones and their like: "GMT", "ET", "PT", "CET", "UTC".
_ZONE = regex.compile(r"[A-Z]{1,2}[SD]?T|UTC|GMT|CES?T|MES?Z")
# A time of day on a line of its own: a live-blog entry's time ("15.47 GMT", "09:42",
# "9:42 a.m. ET", "14.30 Uhr").
_TIME_ONLY = regex.compile(r"(?:[01]?\d|2[0-3])[:h.][0-5]\d\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s*(?:[A-Z]{1,2}[SD]?T|UTC|GMT|CES?T|MES?Z|Uhr|h|Н|МСК))?",
                           regex.I)
_MIN_YEAR, _MAX_YEAR = 1990, 2100
# A year glued to the day that opens a second date: blog themes print the published
# and the updated date side by side ("17/11/201917/11/2019", "2. Februar 20202. Februar
# 2020"); a space goes between them, so the first date ends on its year.
_GLUED_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}(?:[./]\d{1,2}[./]\d{4}|\.?\s?\p{L}{3,}\.?,?\s?\d{4}))")
# What follows the month in a month-first date (" 16, 2025"): a line without it
# can't hold one, and this digit-led test is far cheaper than the month scan.
_MDY_TAIL = regex.compile(r"\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)", regex.I)


@lru_cache(maxsize=4)
def _month_patterns(lex: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str],
                                           regex.Pattern[str], regex.Pattern[str]]:
    # A character trie of the (casefolded) names: the engine tests one branch per
    # character instead of every name in turn, and the longer name still wins.
    alt = _trie_pattern(sorted(lex.months))
    left = r"(?:(?<![\p{L}])|(?<=\p{Ll})(?=\p{Lu}))"
    dmy = regex.compile(
        rf"(?<!\d)(\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+|of\s+)?{left}({alt})\.?,?\s*"
        rf"(?:de\s+|del\s+)?(\d{{4}})(?!\d)",
        regex.I,
    )
    mdy = regex.compile(
        rf"{left}({alt})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", regex.I
    )
    # What follows the month in a day-first date ("September 2025", "mai de 2025"): the
    # month's last character (or the "e"/"l" of "de"/"del"), then the year. A line
    # without it can't hold one, and this test skips the month scan of most lines.
    ends = "".join(sorted({regex.escape(m[-1]) for m in lex.months} | {"e", "l"}))
    dmy_tail = regex.compile(rf"[{ends}]\.?,?\s*\d{{4}}(?!\d)", regex.I)
    # Year first, the year dotted, then the month's name and the day: Hungarian
    # "2025. március 4." and "2025. márc. 4.".
    ymd = regex.compile(rf"(?<![\d.])(\d{{4}})\.\s*{left}({alt})\.?\s*(\d{{1,2}})(?!\d)", regex.I)
    return dmy, mdy, dmy_tail, ymd


def _make(y: int, m: int, d: int) -> dt.date | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_date(text: str, lex: Lexicon, *, us_order: bool = True) -> tuple[dt.date, int, int] | None:
    """The first date in ``text`` as ``(date, start, end)``, or None.

    ``us_order`` decides "03/04/2025" (March 4 when True); a day above 12 decides by itself.
    """
    return _find_date(text, lex, us_order)


#: Lines whose dates are remembered: a date line is searched again by ``_other_words``
#: and the ``metadata`` stage, and site chrome ("© 2025 ...") recurs across pages.
DATE_CACHE_SIZE = 2048


@lru_cache(maxsize=DATE_CACHE_SIZE)
def _find_date(text: str, lex: Lexicon, us_order: bool) -> tuple[dt.date, int, int] | None:
    # cheap precheck: a date needs a 4-digit year
    if not (_ASCII_YEAR_DIGITS if text.isascii() else _YEAR_DIGITS).search(text):
        return None
    # Offsets stay those of ``text`` up to the glue, where the first date ends.
    text = _GLUED_YEAR.sub(r"\1 ", text)
    best: tuple[dt.date, int, int] | None = None
    dmy, mdy, dmy_tail, ymd = _month_patterns(lex)
    for m in (mdy.finditer(text) if _MDY_TAIL.search(text) else ()):
        mo = lex.months.get(m.group(1).casefold())
        if mo and (d := _make(int(m.group(3)), mo, int(m.group(2)))):
            best = (d, m.start(), m.end())
            break
    for m in (dmy.finditer(text) if dmy_tail.search(text) else ()):
        if best and m.start() >= best[1]:
            break
        mo = lex.months.get(m.group(2).casefold())
        if mo and (d := _make(int(m.group(3)), mo, int(m.group(1)))):
            best = (d, m.start(), m.end())
            break
    for m in (ymd.finditer(text) if _YEAR_DOT_WORD.search(text) else ()):
        if best and m.start() >= best[1]:
            break
        mo = lex.months.get(m.group(2).casefold())
        if mo and (d := _make(int(m.group(1)), mo, int(m.group(3)))):
            best = (d, m.start(), m.end())
            break
    # Year-first patterns, with the groups of their year, month and day.
    for pat, (gy, gm, gd) in ((_ISO, (1, 2, 3)), (_CJK_DATE, (1, 2, 3)), (_YMD, (1, 3, 4))):
        for m in pat.finditer(text):
            if best and m.start() >= best[1]:
                break
            if d := _make(int(m.group(gy)), int(m.group(gm)), int(m.group(gd))):
                best = (d, m.start(), m.end())
                break
    for m in _NUMERIC.finditer(text):
        if best and m.start() >= best[1]:
            break
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if m.group(2) == "." or a > 12 or not us_order:
            day, mon = a, b
        else:
            mon, day = a, b
        if mon > 12:
            day, mon = mon, day
        if d := _make(y, mon, day):
            best = (d, m.start(), m.end())
            break
    return best


def with_time(text: str, date: dt.date, end: int) -> dt.date | dt.datetime:
    """The date, with the time of day when one follows it closely."""
    m = _TIME.search(text, end, min(len(text), end + 25))
    if not m:
        return date
    h, mi = int(m.group(1)), int(m.group(2))
    ampm = (m.group(3) or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return date
    return dt.datetime(date.year, date.month, date.day, h, mi)


class Dateline:
    name: ClassVar[str] = "dateline"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.DATE})
    overturns: ClassVar[bool] = False

    def judge(self, doc: Doc) -> Iterator[Item]:
        lex = doc.lexicon
        updated = _updated_prefixes(lex)
        # The day/month order of "03/04/2025" changes only the value of a numeric
        # date: whether a line holds a date, and where, does not depend on it (a
        # number above 12 decides the order, and otherwise either order is valid).
        # So the page's language is read only once a line holds a numeric date.
        english: bool | None = None
        # find_date's own precheck, inline: most lines hold no four-digit year.
        ascii_year, year = _ASCII_YEAR_DIGITS.search, _YEAR_DIGITS.search
        for ln in doc.lines:
            text = ln.text
            if not text or ln.words > MAX_DATE_LINE_WORDS:
                continue
            found = (find_date(text, lex) if (ascii_year if text.isascii() else year)(text)
                     else None)
            if found is None:
                if doc.decided[ln.index] is not None or ln.words > MAX_RELATIVE_WORDS:
                    continue
                if ln.words <= 3 and ln.text[0].isdigit() and _TIME_ONLY.fullmatch(ln.text):
                    yield verdict(ln.index, Label.DATE, f"time of day '{ln.text}'", self.name)
                elif is_relative_date(ln.text, lex):
                    yield verdict(ln.index, Label.DATE, f"relative date '{ln.text}'", self.name)
                continue
            if _NUMERIC.search(ln.text):
                if english is None:
                    english = any(ln.stopwords for ln in doc.lines[:400]) and _looks_english(doc)
                found = find_date(ln.text, lex, us_order=english) or found
            date, s, e = found
            if _signed_before(ln.text, s):
                continue  # the region pass weighs it (see is_post_signature)
            value = with_time(ln.text, date, e)
            before = ln.low[: s].strip()
            kind = "updated" if before.endswith(updated) or before.startswith(updated) \
                else "published"
            yield Field(f"date_{kind}", value, ln.index, f"{kind} date '{ln.text[s:e]}'")
            share = (e - s) / max(1, len(ln.text))
            if doc.decided[ln.index] is None and (
                    share >= MIN_DATE_SHARE or ln.words <= 8
                    or _other_words(ln.text, lex, english is not False, updated)
                    - _place_words(ln.text[:s]) <= MAX_OTHER_WORDS):
                # (date spans don't depend on the order)
                yield verdict(ln.index, Label.DATE, f"date '{ln.text[s:e]}'", self.name)


def is_post_signature(text: str, lex: Lexicon) -> bool:
    """The signature line of an embedded post: a handle in brackets, then the
    post's date. It is part of the quoted post, not the page's date line.

    >>> from newsclean.lexicon import load
    >>> is_post_signature("— Jane Roe (@janeroe) March 3, 2024", load())
    True
    >>> is_post_signature("Jane Roe, March 3, 2024", load())
    False
    """
    if "(@" not in text:
        return False
    found = find_date(text, lex)
    return found is not None and _signed_before(text, found[1])


def _signed_before(text: str, end: int) -> bool:
    """A handle in brackets ends ``text[:end]``: the signature of an embedded post
    before its date ("— Jane Roe (@janeroe) March 3, 2024")."""
    return "(@" in text and _POST_SIGNATURE.search(text, 0, end) is not None


def is_relative_date(text: str, lex: Lexicon) -> bool:
    """A date told from now: "2 hours ago", "vor 3 Stunden", "il y a 2 heures",
    "Updated 5 min ago", or a day word with a time ("Vandaag, 07:45", "Hier à
    22h10"). The lexicon's ``relative_date`` phrases hold "#" for the number; its
    ``relative_day`` words count only with a time of day on the line.

    >>> from newsclean.lexicon import load
    >>> [is_relative_date(t, load()) for t in ("2 hours ago", "Gestern, 18:30", "Gestern")]
    [True, True, False]
    """
    anchor = _relative_anchor(lex)
    if anchor is None or anchor.search(text.casefold()) is None:
        return False
    no_time = _TIME.sub(" ", text)
    timed = no_time != text
    key = match_key(_DIGITS.sub("#", no_time))
    if not key:
        return False
    if not timed and key in lex.relative_date:
        return True
    m = _prefix_start(lex).match(key)
    if m is not None:
        key = strip_edges(key[m.end() + 1:])
    return key in lex.relative_date or (timed and key in lex.relative_day)


@lru_cache(maxsize=4)
def _relative_anchor(lex: Lexicon) -> re.Pattern[str] | None:
    """The longest word of each relative-date phrase: a line that holds none of
    them is no relative date, and most lines are spared the key and the prefixes."""
    words = {max(_ANCHOR_WORD.findall(p), key=len)
             for p in (*lex.relative_date, *lex.relative_day) if _ANCHOR_WORD.search(p)}
    return _trie_regex(sorted(words)) if words else None


@lru_cache(maxsize=4)
def _prefix_start(lex: Lexicon) -> re.Pattern[str]:
    """One of the "Published"/"Updated" phrases, longest first, then a space or a
    colon (the first phrase, in that order, that starts the key)."""
    ps = {match_key(p) for p in (*lex.published_prefix, *lex.updated_prefix)}
    alts = sorted((p for p in ps if p), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, alts)) + ")(?=[ :])") if alts \
        else re.compile(r"(?!)")


def _place_words(before: str) -> int:
    """How many words of a place name the text before a date is, set off from the
    date by a dash, comma or bar (0 when it is something else)."""
    if not before or not _PLACE.fullmatch(before):
        return 0
    n = len(_WORDS.findall(before))
    return n if n <= MAX_PLACE_WORDS else 0


def _other_words(text: str, lex: Lexicon, english: bool, updated: tuple[str, ...]) -> int:
    """Words of a line that are not dates, times, weekdays, "Published"/"Updated"
    words or time zones: "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue,
    Nov 19, 2019" has none, so it is a date line however long."""
    rest = text
    for _ in range(MAX_DATES_PER_LINE):
        found = find_date(rest, lex, us_order=english)
        if found is None:
            break
        rest = rest[:found[1]] + " " + rest[found[2]:]
    rest = _TIME.sub(" ", rest)
    skip = _skipped_words(lex)
    return sum(1 for w in _WORDS.findall(rest)
               if w.casefold() not in skip and w.casefold() not in updated
               and not _ZONE.fullmatch(w))


@lru_cache(maxsize=4)
def _skipped_words(lex: Lexicon) -> frozenset[str]:
    """Weekdays and every word of a "Published"/"Updated" phrase: a line that joins
    both dates ("Publié le 12 mars 2025 à 18h02, modifié le 13 mars 2025 à 09h15")
    repeats the words of "Modifié le" and "Mis à jour" without the whole phrase."""
    words = {w for p in (*lex.published_prefix, *lex.updated_prefix)
             for w in _WORDS.findall(p.casefold())}
    return lex.weekdays | frozenset(words)


@lru_cache(maxsize=4)
def _updated_prefixes(lex: Lexicon) -> tuple[str, ...]:
    return tuple(p.casefold().rstrip(":") for p in lex.updated_prefix)


def _looks_english(doc: Doc) -> bool:
    """Over 15% of the first 30 words of the long lines among the first 400 are
    English stopwords."""
    is_en = doc.lexicon.stopwords_by_lang.get("en", frozenset()).__contains__
    hits = total = 0
    for ln in doc.lines[:400]:
        if ln.words >= 8:
            toks = ln.low.split(None, 30)[:30]  # the 31st item is the unsplit rest
            total += len(toks)
            hits += sum(map(is_en, toks))
    return total > 0 and hits / total > 0.15
