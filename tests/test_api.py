"""The public surface: clean(), Config, Article (issue 2 acceptance)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import pkgutil

import pytest

import newsclean
import newsclean.passes as passes_pkg
from newsclean import Article, Config, Label, clean
from newsclean.config import PASS_NAMES
from newsclean.passes import DEFAULT_PASSES, build_passes

PASS_MODULES = [m.name for m in pkgutil.iter_modules(passes_pkg.__path__)
                if m.name not in ("base", "__init__")]


@pytest.mark.parametrize("text", ["", "\n", "x", "\r\n\r\n", "\x00", "\ud800", "a\u2028b",
                                  "\u0085", "\x1c\x1d\x1e", "#", "- ", "[", "](", "![](", "•\n•"])
def test_clean_never_raises_on_str(text: str) -> None:
    a = clean(text)
    assert isinstance(a, Article)
    assert len(a.lines) == len(text.splitlines())


@pytest.mark.parametrize(
    ("value", "hint"),
    [(b"Hello world", "decode it first"), (bytearray(b"x"), "decode it first"),
     (None, "not NoneType"), (["a", "b"], "clean_many"), (42, "not int")],
)
def test_non_str_raises_type_error_saying_what_to_do(value: object, hint: str) -> None:
    with pytest.raises(TypeError) as exc:
        clean(value)  # type: ignore[arg-type]
    assert hint in str(exc.value)
    assert "str" in str(exc.value)


def test_config_of_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="newsclean.Config"):
        clean("x", config={"disabled": []})  # type: ignore[arg-type]


def test_presets_exist_and_differ() -> None:
    p, b, r = Config.precision(), Config.balanced(), Config.recall()
    assert b == Config()
    assert len({p, b, r}) == 3
    assert p.nav_menu.min_run_lines < b.nav_menu.min_run_lines < r.nav_menu.min_run_lines


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Config(share_bar=newsclean.config.ShareBarConfig(max_words=0)),
         "ShareBarConfig.max_words"),
        (lambda: Config(nav_menu=newsclean.config.NavMenuConfig(min_run_lines=0)),
         "NavMenuConfig.min_run_lines"),
        (lambda: Config(region=newsclean.config.RegionConfig(prose_divisor=0)),
         "RegionConfig.prose_divisor"),
        (lambda: Config(region=newsclean.config.RegionConfig(unpunctuated_factor=1.5)),
         "RegionConfig.unpunctuated_factor"),
        (lambda: Config(region=newsclean.config.RegionConfig(short_penalty=-1)),
         "RegionConfig.short_penalty"),
        (lambda: Config(verdict=newsclean.config.VerdictConfig(index_share=2.0)),
         "VerdictConfig.index_share"),
        (lambda: Config(max_seconds=0), "Config.max_seconds"),
        (lambda: Config(max_seconds=-1.0), "Config.max_seconds"),
    ],
)
def test_impossible_thresholds_name_the_field(make, field: str) -> None:
    with pytest.raises(ValueError, match=field.replace(".", r"\.")):
        make()


def test_replace_validates_too() -> None:
    base = Config()
    with pytest.raises(ValueError, match="min_run_lines"):
        dataclasses.replace(base, nav_menu=dataclasses.replace(base.nav_menu, min_run_lines=0))


def test_unknown_pass_in_disabled_is_rejected() -> None:
    with pytest.raises(ValueError, match="navmenu"):
        Config(disabled=frozenset({"navmenu"}))


def test_disabled_as_a_string_is_rejected() -> None:
    with pytest.raises(TypeError):
        Config(disabled="nav_menu")  # type: ignore[arg-type]


def test_unknown_preview_rule_is_rejected() -> None:
    with pytest.raises(ValueError, match="preview"):
        Config(preview=frozenset({"no_such_rule"}))


def test_sub_config_of_the_wrong_type_is_rejected() -> None:
    with pytest.raises(TypeError, match="Config.nav_menu"):
        Config(nav_menu=newsclean.config.ShareBarConfig())  # type: ignore[arg-type]


def test_config_is_frozen_and_hashable() -> None:
    c = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.max_seconds = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.nav_menu.min_run_lines = 3  # type: ignore[misc]
    assert hash(c) == hash(Config())


def test_to_dict_is_json_and_round_trips(page) -> None:
    a = clean(page("en", "innertext").replace(
        "By Jane Doe\n", "By Jane Doe\nSeptember 16, 2025 14:05\n"))
    d = a.to_dict()
    back = json.loads(json.dumps(d))
    assert back == d
    assert back["title"] == a.title
    assert back["authors"] == list(a.authors)
    assert back["published"] == a.published.isoformat()
    assert isinstance(a.published, dt.datetime)
    assert back["paragraphs"] == list(a.paragraphs)
    assert back["text"] == a.text
    assert back["is_article"] is True
    assert [ln["label"] for ln in back["lines"]] == [r.label.value for r in a.lines]
    assert [ln["pass"] for ln in back["lines"]] == [r.pass_name for r in a.lines]
    assert [ln["text"] for ln in back["lines"]] == [r.text for r in a.lines]
    assert "lines" not in a.to_dict(lines=False)


def test_text_is_paragraphs_joined(page) -> None:
    a = clean(page("de", "w3m"))
    assert a.text == "\n\n".join(a.paragraphs)
    assert a.paragraphs



@pytest.mark.parametrize("style", ["w3m", "markdown"])
def test_ordered_list_items_keep_their_number(page, style: str) -> None:
    items = [" 1. Remove the old meter.", " 2. Register the panel online.", " 3. Plug it in."]
    a = clean(page("en", style, insert=["The steps are simple:", *items]))
    assert "2. Register the panel online." in a.paragraphs
    assert "1. Remove the old meter." in a.paragraphs


def test_unordered_bullets_are_dropped(page) -> None:
    a = clean(page("de", "w3m", insert=["Die Termine im Überblick:", "  • Montag im Rathaus",
                                        "  • Dienstag in der Schule"]))
    assert "Montag im Rathaus" in a.paragraphs

@pytest.mark.parametrize("text", ["", "\n\n\n", "   \n\t\n"])
def test_empty_input(text: str) -> None:
    a = clean(text)
    assert a.text == ""
    assert a.is_article is False
    assert a.not_article_reason


def test_all_boilerplate_input() -> None:
    text = ("Skip to main content\nMenu\n  • World\n  • Business\n  • Sport\n  • Culture\n"
            "Share on Facebook\nFacebook Twitter LinkedIn\nAdvertisement\n"
            "This website uses cookies. Accept\nPrivacy Policy\nTerms of Use\n"
            "© 2025 Riverside Herald. All rights reserved.\n")
    a = clean(text)
    assert a.text == ""
    assert a.is_article is False
    assert a.not_article_reason == "no article text"
    assert all(r.removed for r in a.lines), [(r.text, r.label) for r in a.lines if not r.removed]


def test_a_near_empty_page_says_why(page) -> None:
    a = clean("Council votes\n\nThe library stays open, the council said on Monday.\n")
    assert a.is_article is False
    assert "near-empty" in (a.not_article_reason or "")


def test_disabling_a_pass_changes_the_pass_names(page) -> None:
    text = page("en", "w3m")
    on = {r.pass_name for r in clean(text).lines}
    off = {r.pass_name for r in
           clean(text, config=Config(disabled=frozenset({"nav_menu"}))).lines}
    assert "nav_menu" in on
    assert "nav_menu" not in off


def test_disabling_region_leaves_undecided_lines_to_the_fallback(page) -> None:
    a = clean(page(), config=Config(disabled=frozenset({"region"})))
    fb = [r for r in a.lines if r.pass_name == "fallback"]
    assert fb and all(r.label in (Label.BODY, Label.BLANK) for r in fb)
    assert all(r.evidence == "no pass decided" for r in fb)


def test_registry_names_equal_config_pass_names() -> None:
    assert set(DEFAULT_PASSES) == PASS_NAMES
    assert len(DEFAULT_PASSES) == len(set(DEFAULT_PASSES))
    assert [p.name for p in build_passes(Config())] == list(DEFAULT_PASSES)


def test_every_pass_module_is_registered() -> None:
    assert set(PASS_MODULES) == set(DEFAULT_PASSES)


@pytest.mark.parametrize("name", DEFAULT_PASSES)
def test_every_pass_module_has_a_docstring_with_a_doctest(name: str) -> None:
    mod = importlib.import_module(f"newsclean.passes.{name}")
    doc = mod.__doc__ or ""
    assert doc.strip().startswith(f"``{name}``"), "the docstring opens with the pass name"
    assert ">>> " in doc, "the docstring shows an example as a doctest"
    assert "Known false positives" in doc


@pytest.mark.parametrize("name", DEFAULT_PASSES)
def test_pass_labels_cover_what_it_emits(page, name: str) -> None:
    passes = {p.name: p for p in build_passes(Config())}
    p = passes[name]
    assert p.labels <= frozenset(Label)
    for style in ("w3m", "innertext", "markdown"):
        for r in clean(page("en", style, insert=["Share on Facebook", "Facebook Twitter",
                                                 "(Jane Roe / Reuters)", "Home»World"],
                            before_footer=["Trending", "Storm warning for the coast"])).lines:
            if r.pass_name == name:
                assert r.label in p.labels, (name, r.label)


def test_every_label_value_is_stable() -> None:
    assert {lab.value for lab in Label} == {
        "title", "subtitle", "byline", "date", "body", "heading", "caption", "nav", "breadcrumb",
        "trending", "related", "share", "footer", "cookie", "newsletter", "comments", "ad",
        "paywall", "blank", "other"}
    assert str(Label.NAV) == "nav"


def test_line_results_carry_overruled_verdicts() -> None:
    head = "Council votes to keep the riverside library open"
    from conftest import PROSE

    a = clean(head + "\n\n" + head + "\nBy Jane Doe\n\n" + "\n\n".join(PROSE["en"]) + "\n")
    r = [x for x in a.lines if x.text == head][1]
    assert r.pass_name == "metadata"
    assert [v.pass_name for v in r.also] == ["repeated"]


def test_markdown_bold_at_the_start_of_a_line_is_not_a_bullet() -> None:
    from newsclean.lines import split_lines
    bold, item = split_lines("**Über den Autor:** Anna Schmidt ist Redakteurin.\n* Flour\n")
    assert (bold.text, bold.bullet) == ("Über den Autor: Anna Schmidt ist Redakteurin.", False)
    assert (item.text, item.bullet) == ("Flour", True)
