"""``nav_menu``: runs of short, menu-like lines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label


def test_menu_per_style_and_language(page, lang: str, style: str) -> None:
    from conftest import MENUS

    a = clean(page(lang, style))
    items = [r for r in a.lines[: len(MENUS[lang]) + 3] if r.text.strip()
             and any(m in r.text for m in MENUS[lang])]
    assert len(items) == len(MENUS[lang])
    for r in items:
        assert r.label is Label.NAV
        assert r.pass_name in ("nav_menu", "lexicon_match"), (r.text, r.pass_name)
    assert any(r.pass_name == "nav_menu" for r in items)
    assert len(a.paragraphs) == 4


def test_evidence_counts_the_run() -> None:
    a = clean("World\nBusiness\nSport\nCulture\n")
    assert {(r.label, r.pass_name, r.evidence) for r in a.lines} == {
        (Label.NAV, "nav_menu", "run of 4 menu-like lines")}


def test_w3m_sub_items_join_the_menu(page) -> None:
    menu = ["World", "      □ Europe", "      □ Africa", "Business", "      □ Markets"]
    a = clean(page("en", "w3m", menu=menu))
    top = [r for r in a.lines[:7] if r.text.strip()]
    assert [(r.label, r.pass_name) for r in top][:5] == [(Label.NAV, "nav_menu")] * 5


@pytest.mark.parametrize(("run", "removed"), [(3, False), (4, True)])
def test_min_run_lines_boundary(page, run: int, removed: bool) -> None:
    # bare items (innerText, WET): a menu needs min_run_lines = 4
    menu = ["World", "Business", "Sport", "Culture"][:run]
    a = clean(page("en", "wet", menu=menu))
    got = {r.pass_name for r in a.lines if r.text in menu}
    assert ("nav_menu" in got) is removed, got


def test_min_run_lines_from_config(page) -> None:
    menu = ["World", "Business", "Sport"]
    base = Config()
    a = clean(page("en", "wet", menu=menu),
              config=replace(base, nav_menu=replace(base.nav_menu, min_run_lines=3)))
    assert {(r.label, r.pass_name) for r in a.lines if r.text in menu} == {
        (Label.NAV, "nav_menu")}


@pytest.mark.parametrize(("run", "removed"), [(2, False), (3, True)])
def test_min_bullet_run_lines_boundary(page, run: int, removed: bool) -> None:
    menu = ["World", "Business", "Sport"][:run]
    a = clean(page("en", "w3m", menu=menu))
    got = {r.pass_name for r in a.lines if r.text.strip("• ") in menu}
    assert ("nav_menu" in got) is removed, got


def test_max_item_words_boundary(page) -> None:
    menu = ["World", "Business and markets", "Sport results now", "Arts and culture"]
    base = Config()
    at3 = clean(page("en", "wet", menu=menu),
                config=replace(base, nav_menu=replace(base.nav_menu, max_item_words=3)))
    assert {r.pass_name for r in at3.lines if r.text in menu} == {"nav_menu"}
    at2 = clean(page("en", "wet", menu=menu),
                config=replace(base, nav_menu=replace(base.nav_menu, max_item_words=2)))
    assert "nav_menu" not in {r.pass_name for r in at2.lines if r.text in menu}


def test_precision_preset_takes_shorter_menus(page) -> None:
    menu = ["World", "Business", "Sport"]
    a = clean(page("en", "wet", menu=menu), config=Config.precision())
    assert {r.pass_name for r in a.lines if r.text in menu} == {"nav_menu"}


def test_one_line_paragraph_between_paragraphs_is_body(page, line) -> None:
    a = clean(page(insert=["He disagreed."]))
    r = line(a, "He disagreed.")
    assert (r.label, r.pass_name) == (Label.BODY, "region")


def test_disabled_nav_menu_changes_the_deciding_pass(page) -> None:
    text = page("en", "wet")
    on = {r.pass_name for r in clean(text).lines}
    off = {r.pass_name for r in clean(text, config=Config(disabled=frozenset({"nav_menu"}))).lines}
    assert "nav_menu" in on
    assert "nav_menu" not in off


@pytest.mark.parametrize(
    ("lang", "intro", "items"),
    [
        ("it", "Classifica generale dopo la sesta tappa:",
         [" 1. Nicolò Dal Pozzo (Team Dolomiti) in 24h12'36\"", ' 2. Jens Maes (Vlaanderen) a 52"',
          " 3. Andrés Ortiz (Andino) a 1'20\"", " 4. Tommaso Rinaldi (Romagna) a 2'14\""]),
        ("en", "Standings after stage six:",
         [" 1. Jane Roe (Team Riverside) in 24h12'36\"", ' 2. Ann Li (Harbour) at 52"',
          " 3. Eva Ortiz (Andino) at 1'20\"", " 4. Mia Rossi (Romagna) at 2'14\""]),
    ],
)
def test_announced_list_with_a_longer_first_item_is_not_a_menu(page, line, lang, intro,
                                                                items) -> None:
    a = clean(page(lang, "w3m", paragraphs=3, before_footer=[intro, *items]))
    for it in items:
        r = line(a, it.split(". ", 1)[1][:12])
        assert r.pass_name != "nav_menu", it
        assert r.label is Label.BODY, (it, r.pass_name, r.evidence)


@pytest.mark.parametrize("lang,box,head", [
    ("de", ["Newsletter", "E-Mail-Adresse", "Jetzt anmelden",
            "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung. Abmeldung "
            "jederzeit möglich."], "Streit um die Kosten"),
    ("en", ["Newsletter", "Email address", "Subscribe",
            "By signing up you accept our privacy policy and can unsubscribe at any time."],
     "Costs in dispute"),
])
def test_consent_sentence_of_a_newsletter_box_ends_the_menu_run(line, lang, box, head) -> None:
    # The box's short lines run into the subheading below it; its consent sentence,
    # removed for a phrase inside it, is no menu item and ends the run.
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + ["\n".join(box), head] + paras[2:]) + "\n")
    r = line(a, head)
    assert r.label is Label.HEADING, (r.label, r.pass_name, r.evidence)


@pytest.mark.parametrize("lang,intro,items", [
    ("en", "In her new handbook on slow gardening the retired botanist Mara Quell sums up "
     "what she learned over forty years in eight simple rules:",
     ["Sow less than you think", "Water in the morning", "Leave the fallen leaves",
      "Let one bed grow wild", "Keep a garden diary", "Share your seeds",
      "Prune only in winter", "Be patient with roses"]),
    ("de", "In seinem Ratgeber über das langsame Reisen fasst der frühere Schaffner Theo "
     "Brandl zusammen, was er in dreißig Jahren auf der Schiene gelernt hat, in acht Regeln:",
     ["Nimm den Nachtzug", "Packe nur einen Rucksack", "Steige einmal spontan aus",
      "Sprich mit dem Personal", "Iss im Speisewagen", "Plane einen Ruhetag ein",
      "Schreibe Postkarten", "Bleibe neugierig"]),
])
def test_long_sentence_ending_in_a_colon_announces_a_numbered_list(page, line, lang, intro,
                                                                   items) -> None:
    # The sentence above runs past the length of a short "Tour dates:" phrase; it still
    # announces the list, which stays in the article instead of reading as a menu.
    numbered = [f"{n:2d}. {it}" for n, it in enumerate(items, 1)]
    a = clean(page(lang, "w3m", insert=[intro, "", *numbered]))
    for n, it in enumerate(items, 1):
        r = line(a, it)
        assert r.kept, (it, r.label, r.pass_name, r.evidence)
        assert f"{n}. {it}" in a.paragraphs
