"""``repeated``: short lines printed several times on one page."""

from __future__ import annotations

from dataclasses import replace

from newsclean import Config, clean
from newsclean.model import Label


def test_menu_repeated_in_the_footer(page, style) -> None:
    from conftest import item

    foot = [item(w, style) for w in ("World", "Business", "Sport")]
    a = clean(page("en", style, menu=("World", "Business", "Sport"), footer=foot))
    reps = [r for r in a.lines if r.text.strip() and r.pass_name == "repeated"]
    assert reps, "no line was decided by 'repeated'"
    for r in reps:
        assert r.label is Label.NAV
        assert r.evidence == "printed 2 times"
    assert len(a.paragraphs) == 4


def test_min_count_boundary(page) -> None:
    text = page(before_footer=["Riverside Edition", "", "Riverside Edition"])
    two = clean(text)
    assert [r.pass_name for r in two.lines if r.text == "Riverside Edition"] == ["repeated"] * 2
    base = Config()
    three = clean(text, config=replace(base, repeated=replace(base.repeated, min_count=3)))
    assert "repeated" not in {r.pass_name for r in three.lines if r.text == "Riverside Edition"}


def test_max_words_boundary(page) -> None:
    six = "Riverside Herald weekend edition out now"  # 6 words
    text = page(before_footer=[six, "", six])
    base = Config()
    at6 = clean(text, config=replace(base, repeated=replace(base.repeated, max_words=6)))
    assert {r.pass_name for r in at6.lines if r.text == six} == {"repeated"}
    at5 = clean(text, config=replace(base, repeated=replace(base.repeated, max_words=5)))
    assert "repeated" not in {r.pass_name for r in at5.lines if r.text == six}


def test_repeated_headline_is_taken_back_as_title() -> None:
    head = "Council votes to keep the riverside library open"
    from conftest import PROSE

    text = head + "\n\n" + head + "\nBy Jane Doe\n\n" + "\n\n".join(PROSE["en"]) + "\n"
    a = clean(text)
    assert a.title == head
    assert [r.label for r in a.lines if r.text == head] == [Label.TITLE, Label.TITLE]


def test_a_repeated_long_sentence_is_body(page, line) -> None:
    from conftest import PROSE

    text = page(insert=[PROSE["en"][0]])  # the first paragraph printed twice (pull quote)
    a = clean(text)
    assert all(r.label is Label.BODY for r in a.lines if r.text == PROSE["en"][0])


# A contents list over sections whose headings it names: team-invented text.
_CONTENTS = {
    "en": ("Contents", ("Why the bridge closed", "What the repairs cost", "When traffic returns"), (
        "Engineers found cracks in two of the steel girders during a routine check in "
        "March, and the county closed the bridge to all vehicles the same afternoon.",
        "The repairs will cost about four million euros, most of it paid by the regional "
        "government, while the county covers the detour signs and the extra buses.",
        "Drivers should be able to cross again before the autumn term starts, although "
        "heavy lorries will have to use the ring road until the end of the year.",
    )),
    "de": ("Inhalt", ("Warum die Brücke gesperrt ist", "Was die Reparatur kostet",
                      "Wann der Verkehr zurückkehrt"), (
        "Bei einer Routineprüfung im März fanden Ingenieure Risse in zwei Stahlträgern, und "
        "der Landkreis sperrte die Brücke noch am selben Nachmittag für alle Fahrzeuge.",
        "Die Reparatur wird rund vier Millionen Euro kosten, den größten Teil trägt das Land, "
        "während der Landkreis die Umleitungsschilder und die zusätzlichen Busse bezahlt.",
        "Autofahrer sollen die Brücke vor dem Beginn des Herbstsemesters wieder nutzen können, "
        "schwere Lastwagen müssen aber bis zum Jahresende über die Ringstraße fahren.",
    )),
}


def _contents_page(lang: str, entries: int = 3) -> str:
    head, headings, paras = _CONTENTS[lang]
    from conftest import PROSE

    toc = [head, *headings[:entries]]
    body: list[str] = [PROSE[lang][0], ""]
    for k, (h, p) in enumerate(zip(headings, paras)):
        body += [h, "", p, "", PROSE[lang][k + 1], ""]
    top = [f"{headings[0]} ({lang})", "", "By Jane Roe", "", "Menu", ""]
    return "\n".join([*top, *toc, "", *body, "Footer notes"]) + "\n"


def test_section_headings_named_by_a_contents_list_stay_in_the_article() -> None:
    for lang in _CONTENTS:
        headings = _CONTENTS[lang][1]
        a = clean(_contents_page(lang))
        for h in headings:
            copies = [r for r in a.lines if r.text == h]
            assert len(copies) == 2, (lang, h)
            toc, section = copies
            assert (toc.label, toc.pass_name) == (Label.NAV, "repeated"), (lang, h)
            assert section.kept and section.pass_name == "region", (lang, h, section)
            assert h in a.text


def test_one_repeated_contents_entry_is_no_contents_list() -> None:
    # A list naming a single heading below it (a teaser's headline also in a link
    # list) is no table of contents: both copies stay nav.
    for lang in _CONTENTS:
        h = _CONTENTS[lang][1][0]
        a = clean(_contents_page(lang, entries=1))
        assert [r.pass_name for r in a.lines if r.text == h] == ["repeated", "repeated"], lang


def test_a_menu_printed_again_in_the_footer_is_no_contents_list(page) -> None:
    # Copies that stand in lists both times (a menu and the footer's copy of it).
    menu = ("World", "Business", "Sport")
    a = clean(page("en", "w3m", menu=menu, footer=list(menu)))
    for w in menu:
        assert all(r.label is Label.NAV for r in a.lines if r.text.strip(" •*-") == w), w
