"""``dateline``: date lines in many formats and languages; the ``published`` field."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import clean
from newsclean.model import Label


@pytest.mark.parametrize(
    ("lang", "line_text", "date"),
    [
        ("en", "September 16, 2025", "2025-09-16"),
        ("en", "Nov. 19, 2019", "2019-11-19"),
        ("en", "Published 16 September 2025, 14:05", "2025-09-16"),
        ("en", "Tuesday, 16 September 2025", "2025-09-16"),
        ("en", "2025-09-16", "2025-09-16"),
        ("en", "09/16/2025", "2025-09-16"),
        ("de", "16. September 2025", "2025-09-16"),  # not a numbered list item
        ("de", "Veröffentlicht am 16.09.2025, 14:05 Uhr", "2025-09-16"),
        ("fr", "Publié le 16 septembre 2025 à 14h05", "2025-09-16"),
        ("es", "16 de septiembre de 2025", "2025-09-16"),
        ("it", "16 settembre 2025", "2025-09-16"),
        ("pt", "16 de setembro de 2025", "2025-09-16"),
        ("pl", "16 września 2025", "2025-09-16"),
        ("nl", "16 september 2025", "2025-09-16"),
    ],
)
def test_date_line_under_the_byline(page, line, lang: str, line_text: str, date: str) -> None:
    text = page(lang)
    from conftest import BYLINES

    text = text.replace(BYLINES[lang] + "\n", BYLINES[lang] + "\n" + line_text + "\n", 1)
    a = clean(text)
    r = line(a, line_text)
    assert (r.label, r.pass_name) == (Label.DATE, "dateline"), r.evidence
    assert a.published is not None and str(a.published)[:10] == date
    assert len(a.paragraphs) == 4


def test_time_of_day_is_kept() -> None:
    a = clean("A headline for this story\nPublished 16. September 2025, 14:05\n")
    assert a.published == dt.datetime(2025, 9, 16, 14, 5)


def test_pm_time() -> None:
    a = clean("A headline for this story\nSeptember 16, 2025 3:05 pm\n")
    assert a.published == dt.datetime(2025, 9, 16, 15, 5)


def test_impossible_dates_are_no_dates() -> None:
    for t in ("February 30, 2025", "2025-13-01", "31.04.2025", "1 January 1850"):
        r = clean(f"{t}\n").lines[0]
        assert r.pass_name != "dateline", t


def test_date_share_boundary(page, line) -> None:
    # Lines of at most 8 words with a date are date lines; longer ones only when the
    # date covers MIN_DATE_SHARE (0.45) of the characters.
    short = "The meeting was on September 16, 2025"  # 7 words
    long_ = "The vote that the council held on the evening of September 16, 2025 was close"
    a = clean(page(insert=[short]))
    assert (line(a, short).label, line(a, short).pass_name) == (Label.DATE, "dateline")
    b = clean(page(insert=[long_]))
    assert line(b, long_).pass_name != "dateline"


def test_a_date_inside_a_paragraph_stays_body(page, line) -> None:
    s = ("The library first opened on September 16, 1968, and it has never closed for more "
         "than a week since then, the librarians said.")
    a = clean(page(insert=[s]))
    assert (line(a, "The library first").label, line(a, "The library first").pass_name) == (
        Label.BODY, "region")


def test_updated_date_loses_to_published(page) -> None:
    text = page("en").replace("By Jane Doe\n", "By Jane Doe\nUpdated: October 2, 2025\n"
                              "Published: September 16, 2025\n")
    a = clean(text)
    assert str(a.published)[:10] == "2025-09-16"


@pytest.mark.parametrize("text", [
    "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019",
    "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)",
])
def test_long_line_of_dates_and_times_is_a_date_line(page, line, text: str) -> None:
    a = clean(page(insert=[text]))
    r = line(a, text[:20])
    assert (r.label, r.pass_name) == (Label.DATE, "dateline")


def test_sentence_with_a_date_stays_prose(page, line) -> None:
    text = "The council met on Tuesday, Nov 19, 2019, and voted to keep the library open."
    a = clean(page(insert=[text]))
    assert line(a, "The council met on Tuesday").label is Label.BODY


@pytest.mark.parametrize(("lang", "date"), [("en", "2025-03-04"), ("de", "2025-04-03"),
                                             ("fr", "2025-04-03")])
def test_ambiguous_numeric_date_follows_the_page_language(page, line, lang: str,
                                                          date: str) -> None:
    # The page's language is read only once a line holds a numeric date: it must still
    # decide "03/04/2025" (month first in English, day first elsewhere).
    text = page(lang)
    from conftest import BYLINES

    text = text.replace(BYLINES[lang] + "\n", BYLINES[lang] + "\n03/04/2025\n", 1)
    a = clean(text)
    assert line(a, "03/04/2025").label is Label.DATE
    assert a.published is not None and str(a.published)[:10] == date


@pytest.mark.parametrize(("lang", "t"), [("en", "15.47 GMT"), ("en", "9:42 a.m."),
                                         ("de", "14.30 Uhr"), ("fr", "09h42")])
def test_live_blog_entry_time_is_a_date_line(page, line, lang: str, t: str) -> None:
    a = clean(page(lang, "markdown", insert=[t]))
    r = line(a, t)
    assert (r.label, r.pass_name) == (Label.DATE, "dateline"), r.evidence
    assert r.evidence.startswith("time of day")


def test_a_score_or_a_sentence_with_a_time_is_no_time_line(page, line) -> None:
    a = clean(page("en", insert=["The doors open at 9.30 and the vote starts at noon."]))
    assert line(a, "The doors open").label is Label.BODY


@pytest.mark.parametrize(
    ("lang", "line_text", "date"),
    [
        ("es", "Villarreal del Valle - 17 nov 2025 - 06:00 CET", "2025-11-17"),
        ("en", "WASHINGTON — Nov. 19, 2019 5:31 pm ET", "2019-11-19"),
        ("en", "New York City, 17 November 2025, 06:00 GMT", "2025-11-17"),
    ],
)
def test_a_place_before_the_date_keeps_it_a_date_line(page, line, lang: str, line_text: str,
                                                      date: str) -> None:
    # The place's words are not counted against the line, so it is not read as
    # a headline or a paragraph.
    from conftest import BYLINES

    text = page(lang).replace(BYLINES[lang] + "\n", BYLINES[lang] + "\n" + line_text + "\n", 1)
    a = clean(text)
    r = line(a, line_text)
    assert (r.label, r.pass_name) == (Label.DATE, "dateline"), r.evidence
    assert a.published is not None and str(a.published)[:10] == date
    assert a.title != line_text


def test_a_sentence_before_a_date_is_no_place(page, line) -> None:
    # Lower-case words before the dash: not a place, the line stays text.
    t = "The vote was moved twice and is now set - 17 November 2025, 06:00 GMT"
    a = clean(page("en", insert=[t]))
    assert line(a, t).label is not Label.DATE


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Publié le 12 mars 2025 à 18h02, modifié le 13 mars 2025 à 09h15"),
    ("en", "Published on 12 March 2025, 18:02; last modified on 13 March 2025, 09:15"),
    ("it", "Pubblicato il 12 marzo 2025 alle 18:02, ultima modifica 13 marzo 2025"),
])
def test_published_and_modified_on_one_line_is_a_date_line(page, line, lang: str,
                                                              text: str) -> None:
    """The words of "Modifié le" / "Mis à jour" count as date words even when the
    line carries them apart from the whole phrase, after a comma."""
    a = clean(page(lang, insert=[text]))
    r = line(a, text[:20])
    assert (r.label, r.pass_name) == (Label.DATE, "dateline")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "2 hours ago"),
    ("en", "Updated 45 minutes ago"),
    ("de", "vor 3 Stunden"),
    ("fr", "il y a 2 heures"),
    ("nl", "Vandaag, 07:45"),
    ("pl", "2 godz. temu"),
])
def test_relative_date_under_the_byline_is_a_date_line(page, line, lang: str, text: str) -> None:
    """A date told from now has no year, but it is the date line all the same, not a
    subheading of the article."""
    a = clean(page(lang, insert=[text]))
    r = line(a, text)
    assert (r.label, r.pass_name) == (Label.DATE, "dateline")
    assert r.evidence.startswith("relative date")


@pytest.mark.parametrize("text", ["Yesterday", "Heute", "Hours ago we met", "5 Tage",
                                  "Today the council voted"])
def test_a_day_word_without_a_time_is_no_relative_date(text: str) -> None:
    from newsclean.lexicon import load
    from newsclean.passes.dateline import is_relative_date
    assert not is_relative_date(text, load())


@pytest.mark.parametrize(
    ("lang", "line_text", "date"),
    [
        # Blog themes print the published and the updated date side by side, glued.
        ("de", "13/02/202114/02/2021 ~ Lena Vogt", "2021-02-13"),
        ("de", "3. Februar 20213. Februar 2021 von Lena Vogt", "2021-02-03"),
        ("en", "March 9, 2022March 11, 2022", "2022-03-09"),
        ("en", "9 March 202212 April 2022", "2022-03-09"),
    ],
)
def test_glued_published_and_updated_dates(page, line, lang: str, line_text: str,
                                           date: str) -> None:
    text = page(lang)
    from conftest import BYLINES

    text = text.replace(BYLINES[lang] + "\n", BYLINES[lang] + "\n" + line_text + "\n", 1)
    a = clean(text)
    r = line(a, line_text)
    assert (r.label, r.pass_name) == (Label.DATE, "dateline"), r.evidence
    assert a.published is not None and str(a.published)[:10] == date


def test_a_year_glued_to_a_number_alone_is_no_second_date() -> None:
    from newsclean.lexicon import load
    from newsclean.passes.dateline import find_date

    # "2019123" is a reference number, not a year glued to a day.
    assert find_date("Ref. 2019123 of the archive", load()) is None


def test_every_relative_date_phrase_passes_the_anchor_prefilter() -> None:
    """The cheap anchor-word test in front of ``is_relative_date`` must let every
    phrase of the lexicon through (numbers for "#", a time after the day words)."""
    from newsclean.lexicon import load
    from newsclean.passes.dateline import is_relative_date

    lex = load()
    missed = [p for p in lex.relative_date if not is_relative_date(p.replace("#", "3"), lex)
              and not is_relative_date("3 " + p, lex)]
    missed += [p for p in lex.relative_day if not is_relative_date(p + " 07:45", lex)]
    assert missed == []
