"""``list_block``: the list under a "Trending", "Related" or "Most read" heading."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label

TEASERS = {
    "en": ["Mayor opens new bridge over the river", "Local team wins the regional cup final",
           "Storm warning issued for the coast"],
    "de": ["Neue Brücke über den Fluss eröffnet", "Heimischer Verein gewinnt den Pokal",
           "Sturmwarnung für die Küste"],
    "fr": ["Le maire inaugure un nouveau pont", "Le club local remporte la coupe",
           "Alerte tempête sur la côte"],
    "es": ["El alcalde inaugura un puente nuevo", "El equipo local gana la copa",
           "Alerta por tormenta en la costa"],
    "it": ["Il sindaco inaugura un nuovo ponte", "La squadra locale vince la coppa",
           "Allerta meteo sulla costa"],
    "pt": ["Presidente inaugura nova ponte", "Equipa local vence a taça",
           "Alerta de tempestade na costa"],
}
HEADINGS = [("en", "Trending", Label.TRENDING), ("en", "Related Articles", Label.RELATED),
            ("en", "Most Read", Label.TRENDING), ("de", "Meistgelesen", Label.TRENDING),
            ("de", "Mehr zum Thema", Label.RELATED), ("fr", "Les plus lus", Label.TRENDING),
            ("fr", "Lire aussi", Label.RELATED), ("es", "Lo más leído", Label.TRENDING),
            ("it", "I più letti", Label.TRENDING), ("pt", "Mais lidas", Label.TRENDING)]


@pytest.mark.parametrize(("lang", "head", "label"), HEADINGS)
def test_teasers_under_a_list_heading(page, line, lang: str, head: str, label: Label) -> None:
    a = clean(page(lang, before_footer=[head, "", *TEASERS[lang]]))
    h = line(a, head)
    assert (h.label, h.pass_name) == (label, "lexicon_match")
    for t in TEASERS[lang]:
        assert (line(a, t).label, line(a, t).pass_name) == (label, "list_block"), t
    assert len(a.paragraphs) == 4


def test_bulleted_teasers(page, line, style: str) -> None:
    from conftest import item

    a = clean(page("en", style, before_footer=["Trending", *(item(t, style)
                                                              for t in TEASERS["en"])]))
    for t in TEASERS["en"]:
        assert line(a, t).label is Label.TRENDING


def test_evidence_names_the_heading(page, line) -> None:
    a = clean(page(before_footer=["Trending", *TEASERS["en"]]))
    assert line(a, TEASERS["en"][0]).evidence == "item 1 under 'Trending'"


def test_max_item_words_boundary(page, line) -> None:
    t = "Mayor opens new bridge over the river"  # 7 words
    base = Config()
    at7 = clean(page(before_footer=["Trending", t]),
                config=replace(base, list_block=replace(base.list_block, max_item_words=7)))
    assert line(at7, t).pass_name == "list_block"
    at6 = clean(page(before_footer=["Trending", t]),
                config=replace(base, list_block=replace(base.list_block, max_item_words=6)))
    assert line(at6, t).pass_name != "list_block"


def test_max_gap_lines_boundary(page, line) -> None:
    t = "Storm warning issued for the coast"
    block = ["Trending", "", "", t]  # two blank lines between heading and item
    base = Config()
    at2 = clean(page(before_footer=block))
    assert line(at2, t).pass_name == "list_block"
    at1 = clean(page(before_footer=block),
                config=replace(base, list_block=replace(base.list_block, max_gap_lines=1)))
    assert line(at1, t).pass_name != "list_block"


def test_list_ends_at_a_prose_paragraph(page, line) -> None:
    from conftest import PROSE

    a = clean(page(before_footer=["Trending", *TEASERS["en"], "", PROSE["en"][4]]))
    assert line(a, PROSE["en"][4][:30]).pass_name != "list_block"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_tight_list_ends_at_the_next_subheading(page, line, lang: str) -> None:
    # "Related" and two teasers printed without blank lines inside the article;
    # after a blank line, a short line over a paragraph is the article's next
    # subheading, not a third teaser.
    from conftest import PROSE

    head, sub = {"en": ("Related", "A difficult service to staff"),
                 "es": ("Más información", "Un servicio difícil de cubrir")}[lang]
    teasers = TEASERS["en"][:2] if lang == "en" else [
        "Cierran tres consultorios rurales por falta de médicos",
        "El hospital comarcal amplía sus urgencias pediátricas"]
    p = PROSE[lang]
    text = "\n\n".join([*p[:3], "\n".join([head, *teasers]), sub, *p[3:5]]) + "\n"
    a = clean(text)
    assert line(a, teasers[1]).pass_name == "list_block"
    # (Whether the region bridges the box is the region's business; the corpus
    # page es-w3m-news-medico-guardia checks the whole page.)
    r = line(a, sub)
    assert r.pass_name != "list_block", (r.label, r.pass_name, r.evidence)


def test_a_loose_list_takes_its_last_teaser(page, line) -> None:
    # Teasers set apart by blank lines from the start: the last one, above a
    # paragraph, is still a teaser.
    from conftest import PROSE

    p = PROSE["en"]
    t1, t2 = TEASERS["en"][:2]
    text = "\n\n".join([*p[:3], "Related", t1, t2, *p[3:5]]) + "\n"
    a = clean(text)
    assert line(a, t2).pass_name == "list_block"
