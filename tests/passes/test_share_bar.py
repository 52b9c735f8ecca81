"""``share_bar``: rows of social icons and share counters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label


@pytest.mark.parametrize(
    "row",
    [
        "Facebook X (Twitter) Instagram LinkedIn",
        "Facebook Twitter LinkedIn Pinterest Email",
        "Facebook WhatsApp Telegram",
        "[f] [X] [WhatsApp] [✉]",
        "Share  Resize  Listen (2 min)",
        "Share 12 Comments 4",
        "0",
        "37",
    ],
)
def test_icon_rows_and_counters(page, line, style, row: str) -> None:
    text = page("en", style, insert=[row])
    a = clean(text)
    r = [x for x in a.lines if x.text.strip() == row][0]
    assert (r.label, r.pass_name) == (Label.SHARE, "share_bar"), r.evidence
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt"])
def test_icon_row_on_non_english_pages(page, line, lang: str) -> None:
    row = "Facebook WhatsApp E-Mail" if lang == "de" else "Facebook Twitter WhatsApp"
    a = clean(page(lang, insert=[row]))
    assert (line(a, row).label, line(a, row).pass_name) == (Label.SHARE, "share_bar")


def test_evidence_counts_the_share_words() -> None:
    r = clean("Facebook Twitter LinkedIn\n").lines[0]
    assert r.pass_name == "share_bar"
    assert r.evidence.startswith("3 share words")


def test_max_words_boundary(page, line) -> None:
    row = "Facebook Twitter LinkedIn Pinterest Email"  # 5 words
    base = Config()
    at5 = clean(page(insert=[row]), config=replace(base, share_bar=replace(base.share_bar,
                                                                           max_words=5)))
    assert (line(at5, row).label, line(at5, row).pass_name) == (Label.SHARE, "share_bar")
    at4 = clean(page(insert=[row]), config=replace(base, share_bar=replace(base.share_bar,
                                                                           max_words=4)))
    assert line(at4, row).pass_name != "share_bar"


def test_a_quote_that_mentions_facebook_is_body(page, line) -> None:
    quote = ("\"We shared the petition on Facebook and Twitter, and by the evening the whole "
             "street had signed it,\" said one of the organisers.")
    a = clean(page(insert=[quote]))
    assert (line(a, "We shared").label, line(a, "We shared").pass_name) == (Label.BODY, "region")


def test_a_number_in_a_sentence_is_not_a_counter(page, line) -> None:
    s = "12 residents spoke at the meeting, and all of them asked the council to keep the library."
    a = clean(page(insert=[s]))
    assert line(a, "12 residents").label is Label.BODY


@pytest.mark.parametrize(
    "row",
    ["[X](https://twitter.com/intent/tweet?url=x) [Facebook](https://www.facebook.com/sharer/"
     "sharer.php?u=x) [LINE](https://social-plugins.line.me/lineit/share?url=x) "
     "[はてなブックマーク](https://b.hatena.ne.jp/entry/x)",
     "[Weitersagen](https://www.facebook.com/sharer/sharer.php?u=x) · "
     "[Per WhatsApp senden](https://wa.me/?text=x) · [Per Mail](mailto:?subject=x)"],
)
def test_markdown_links_to_share_endpoints(page, line, row: str) -> None:
    a = clean(page("en", "markdown", insert=[row]))
    r = [x for x in a.lines if x.text.strip() == row][0]
    assert (r.label, r.pass_name) == (Label.SHARE, "share_bar"), r.evidence
    assert len(a.paragraphs) == 4


def test_markdown_links_to_articles_are_not_a_share_bar(page) -> None:
    row = "[Council budget](https://herald.example/news/budget) [Library hours](https://herald.example/library)"
    a = clean(page("en", "markdown", insert=[row]))
    r = [x for x in a.lines if x.text.strip() == row][0]
    assert r.pass_name != "share_bar"


def test_counts_alone_are_no_share_bar(page, line) -> None:
    # Numbers are skipped, but a row needs two share words besides them.
    a = clean(page(insert=["Share 2 3"]))
    assert line(a, "Share 2 3").pass_name != "share_bar"
