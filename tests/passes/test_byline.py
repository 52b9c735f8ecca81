"""``byline``: "By Jane Doe" lines, author names, reading time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label

AUTHORS = {
    "en": ("Jane Doe",), "de": ("Anna Schmidt",), "fr": ("Claire Martin",),
    "es": ("Lucía García",), "it": ("Marco Rossi",), "pt": ("Ana Costa",),
}


@pytest.mark.parametrize("lang", sorted(AUTHORS))
def test_byline_per_language(page, line, lang: str, style: str) -> None:
    from conftest import BYLINES as B

    a = clean(page(lang, style))
    r = line(a, B[lang])
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline"), r.evidence
    assert a.authors == AUTHORS[lang]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Meg JamesStaff Writer", ("Meg James",)),
        ("Written by Jane Doe | May 3, 2024", ("Jane Doe",)),
        ("BY JANE DOE", ("Jane Doe",)),  # names in capitals come out in normal case
        ("Von Anna Schmidt und Paul Weber", ("Anna Schmidt", "Paul Weber")),
        ("Par Claire Martin et Luc Petit", ("Claire Martin", "Luc Petit")),
        ("Por Lucía García y Pedro Ruiz", ("Lucía García", "Pedro Ruiz")),
        # A role phrase after the name, in any case, is no second author.
        ("By Owen Treharne, Transport reporter", ("Owen Treharne",)),
        ("By Owen Treharne, Senior Health Correspondent", ("Owen Treharne",)),
        ("By Jane Doe and John Roe, AP National Security Writers", ("Jane Doe", "John Roe")),
        ("Por Lucía García, redactora de Economía", ("Lucía García",)),
    ],
)
def test_author_names_are_split_and_roles_cut(page, byline: str, authors: tuple[str, ...]) -> None:
    text = page("en", byline=False).replace(
        "Council votes to keep the riverside library open\n",
        f"Council votes to keep the riverside library open\n\n{byline}\n")
    a = clean(text)
    r = [x for x in a.lines if x.text == byline][0]
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline")
    assert a.authors == authors


def test_reading_time_is_byline(page, line) -> None:
    a = clean(page(insert=["5 min read"]))
    r = line(a, "5 min read")
    assert (r.label, r.pass_name, r.evidence) == (Label.BYLINE, "byline", "reading time")


@pytest.mark.parametrize(
    ("lang", "rt"),
    [("en", "Reading time: 4 min"), ("nl", "Leestijd: 3 minuten"), ("pl", "Czas czytania: 4 min"),
     ("de", "Lesezeit: 5 Minuten")],
)
def test_reading_time_label_before_the_number_is_byline(page, line, lang: str, rt: str) -> None:
    a = clean(page(lang, "w3m", insert=[rt]))
    r = line(a, rt)
    assert (r.label, r.pass_name, r.evidence) == (Label.BYLINE, "byline", "reading time")


def test_reading_time_label_in_a_sentence_is_not_a_byline(page, line) -> None:
    s = "Reading time: 4 minutes is all it takes, the librarian said."
    a = clean(page(insert=[s]))
    assert line(a, "Reading time").label is not Label.BYLINE


@pytest.mark.parametrize(
    "sentence",
    [
        "By the time the council met, most residents had already left the hall and gone home "
        "for dinner.",
        "By Monday, more than two thousand people had signed the petition to save the library "
        "from closure.",
        "Von den zweihundert Plätzen im Lesesaal waren am Montag nur noch wenige frei, sagte "
        "die Leiterin.",
    ],
    ids=["by-the-time", "by-monday", "von-den"],
)
def test_sentences_starting_with_by_are_body(page, line, sentence: str) -> None:
    a = clean(page(insert=[sentence]))
    r = line(a, sentence[:20])
    assert (r.label, r.pass_name) == (Label.BODY, "region"), r.evidence
    assert a.authors == ("Jane Doe",)


def test_killed_by_police_mid_line_is_not_a_byline() -> None:
    r = clean("Man killed by Police in Riverside\n").lines[0]
    assert r.pass_name != "byline"


def test_max_words_boundary(page, line) -> None:
    by = "By Jane Doe and John Roe"  # 6 words
    base = Config()
    at6 = clean(page(byline=False, insert=[by]), config=replace(base, byline=replace(
        base.byline, max_words=6)))
    assert (line(at6, by).label, line(at6, by).pass_name) == (Label.BYLINE, "byline")
    at5 = clean(page(byline=False, insert=[by]), config=replace(base, byline=replace(
        base.byline, max_words=5)))
    assert line(at5, by).pass_name != "byline"


def test_max_author_words_boundary(page, line) -> None:
    by = "By Maria de la Cruz Lopez"  # a five-word name
    base = Config()
    five = clean(page(byline=False, insert=[by]))
    assert line(five, by).label is Label.BYLINE
    four = clean(page(byline=False, insert=[by]), config=replace(base, byline=replace(
        base.byline, max_author_words=4)))
    assert line(four, by).pass_name != "byline"


@pytest.mark.parametrize(("lang", "text", "agency"), [
    ("en", "By Reuters", "Reuters"), ("de", "Von dpa", "dpa"), ("fr", "Par AFP", "AFP"),
    ("de", "Quelle: dpa", "dpa"), ("es", "Fuente: EFE", "EFE"),
])
def test_agency_byline_names_the_agency(page, line, lang: str, text: str, agency: str) -> None:
    a = clean(page(lang, byline=False, insert=[text], insert_after=1))
    r = line(a, text)
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline"), r.evidence
    assert a.authors == (agency,)


def test_a_data_source_line_is_not_an_agency_byline(page, line) -> None:
    a = clean(page("de", byline=False, insert=["Quelle: Statistisches Bundesamt"]))
    assert line(a, "Quelle: Statistisches").label is not Label.BYLINE
    assert a.authors == ()


@pytest.mark.parametrize("line_text", ["Medically reviewed by Samuel Ortiz-Lund, RD",
                                       "Fact-checked by Ann Li"])
def test_reviewer_line_is_byline_and_the_writer_stays_the_author(page, line,
                                                                 line_text: str) -> None:
    text = page("en").replace("By Jane Doe\n", "By Jane Doe\n" + line_text + "\n", 1)
    a = clean(text)
    r = line(a, line_text)
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline"), r.evidence
    assert a.authors == ("Jane Doe",)


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "Example 2: Change the Size of All Text Elements"),
    ("en", "Harbour Rowers United By Sport"),
    ("de", "Die Neue Qualität Von Seglern"),
])
def test_a_prefix_inside_a_title_before_one_word_is_no_byline(page, line, lang: str,
                                                              heading: str) -> None:
    a = clean(page(lang, byline=False, insert=[heading]))
    assert line(a, heading).label is not Label.BYLINE
    assert a.authors == ()


@pytest.mark.parametrize(("lang", "text", "authors"), [
    ("en", "Updated 2 hours ago By Jane Roe", ("Jane Roe",)),
    ("de", "Aktualisiert vor 2 Stunden Von Anna Berger", ("Anna Berger",)),
])
def test_a_prefix_inside_the_line_before_a_full_name_still_is_a_byline(
        page, line, lang: str, text: str, authors: tuple[str, ...]) -> None:
    a = clean(page(lang, byline=False, insert=[text]))
    assert a.authors == authors
