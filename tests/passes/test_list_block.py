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

    def limit(n: int) -> Config:
        return replace(base, list_block=replace(base.list_block, max_item_words=n,
                                                max_headline_words=n))

    at7 = clean(page(before_footer=["Trending", t]), config=limit(7))
    assert line(at7, t).pass_name == "list_block"
    at6 = clean(page(before_footer=["Trending", t]), config=limit(6))
    assert line(at6, t).pass_name != "list_block"


LONG_TEASERS = {
    "en": ["How a small town library turned its empty basement into a busy repair cafe "
           "where neighbours fix bicycles, lamps and old radios every Saturday morning",
           "Why the regional rail operator wants to rebuild three stations along the coast "
           "before the summer timetable brings twice as many trains to the line"],
    "de": ["Wie eine kleine Stadtbücherei ihren leeren Keller in ein Reparaturcafé "
           "verwandelt hat, in dem Nachbarn jeden Samstag Fahrräder, Lampen und alte "
           "Radios wieder flott machen",
           "Warum die Regionalbahn drei Bahnhöfe an der Küste umbauen will, bevor der "
           "Sommerfahrplan doppelt so viele Züge auf die Strecke bringt und die Pendler "
           "länger warten"],
}


@pytest.mark.parametrize(("lang", "head"), [("en", "Related Articles"),
                                            ("de", "Mehr zum Thema")])
def test_long_unpunctuated_teaser_headlines_are_items(page, line, lang: str,
                                                      head: str) -> None:
    a = clean(page(lang, before_footer=[head, "", *LONG_TEASERS[lang]]))
    for t in LONG_TEASERS[lang]:
        assert 20 < line(a, t).text.count(" ") + 1 <= 30
        assert (line(a, t).label, line(a, t).pass_name) == (Label.RELATED, "list_block"), t
    assert len(a.paragraphs) == 4


def test_japanese_teaser_headlines_are_items(line) -> None:
    story = ["図書館の地下室が修理カフェに生まれ変わり、毎週土曜日には近所の人たちが"
             "自転車やランプを持ち寄って一緒に直しています。",
             "始めたのは元電気店の店主で、道具はすべて寄付で集めたもので、参加費は"
             "いらないそうです。",
             "先月は百人以上が訪れ、直った物の数は二百を超えたと図書館の職員が"
             "うれしそうに話していました。",
             "来年は子ども向けの教室も開く予定で、ボランティアの募集がすでに"
             "始まっています。"]
    teasers = ["駅前の古い商店街で始まった週末マルシェが三年目を迎えて出店数が倍になった理由",
               "海沿いの路線で三つの駅を建て替える計画について鉄道会社が住民説明会を開催"]
    text = "\n\n".join([*story, "関連記事", *teasers, "お問い合わせ"])
    a = clean(text)
    for t in teasers:
        assert (line(a, t).label, line(a, t).pass_name) == (Label.RELATED, "list_block"), t
    assert all(line(a, p).kept for p in story)


def test_long_line_ending_in_a_colon_ends_the_list(page, line) -> None:
    intro = ("The council published the full list of the streets that will be closed for "
             "the marathon next Sunday, and the detours for buses and taxis are these:")
    a = clean(page(before_footer=["Related Articles", "", intro]))
    assert line(a, intro).pass_name != "list_block"


def test_max_headline_words_boundary(page, line) -> None:
    t = LONG_TEASERS["en"][0]
    n = t.count(" ") + 1
    base = Config()

    def limit(k: int) -> Config:
        return replace(base, list_block=replace(base.list_block, max_headline_words=k))

    assert line(clean(page(before_footer=["Trending", t]), config=limit(n)), t).pass_name \
        == "list_block"
    assert line(clean(page(before_footer=["Trending", t]), config=limit(n - 1)),
                t).pass_name != "list_block"


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


@pytest.mark.parametrize(("lang", "head"), [("en", "More from Business"),
                                            ("de", "Mehr aus Hamburg")])
def test_short_heading_starting_with_a_list_title_opens_a_list(page, line, lang: str,
                                                               head: str) -> None:
    a = clean(page(lang, before_footer=[head, "", *TEASERS[lang]]))
    assert line(a, head).label is Label.RELATED
    for t in TEASERS[lang]:
        assert (line(a, t).label, line(a, t).pass_name) == (Label.RELATED, "list_block"), t
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize("head", ["Read more: Council approves the new budget",
                                  "More from our reporters in the valley towns"])
def test_inline_link_or_long_line_opens_no_list(page, line, head: str) -> None:
    t = TEASERS["en"][0]
    a = clean(page(before_footer=[head, "", t]))
    assert line(a, t).pass_name != "list_block"


#: Bulleted teasers that read as sentences (a quote, a question mark).
_SENTENCE_TEASERS = {
    "en": ("Trending News", ["• Dog rescued from frozen pond: 'He just kept swimming!'",
                             "• Why are the town's bus fares going up again?",
                             "• Bakery on Mill Street closes after ninety years"]),
    "de": ("Meistgelesen", ["• Hund aus zugefrorenem Teich gerettet: „Er schwamm einfach weiter!“",
                            "• Warum steigen die Busfahrpreise in der Stadt schon wieder?",
                            "• Bäckerei in der Mühlenstraße schließt nach neunzig Jahren"]),
}


@pytest.mark.parametrize("lang", sorted(_SENTENCE_TEASERS))
def test_bulleted_sentence_teasers_are_items(page, line, lang: str) -> None:
    head, items = _SENTENCE_TEASERS[lang]
    a = clean(page(lang, before_footer=[head, "", *items]))
    for t in items:
        r = line(a, t.lstrip("• ")[:25])
        assert (r.pass_name, r.kept) == ("list_block", False), (t, r.label, r.evidence)


#: A numbered "Most read" list whose items print the headline and its dek on one line.
_NUMBERED = {
    "en": ("Most Read", ["1. Council approves the new harbour budget",
                         "2. Night trains return to the valley line Passengers can book seats "
                         "from Monday as the operator restores the service it cut three years "
                         "ago.",
                         "3. Library opens on Sundays From next month readers can borrow books "
                         "at the weekend as well, the city said on Tuesday evening."]),
    "fr": ("Les plus lus", ["1. Le conseil adopte le budget du port",
                            "2. Les trains de nuit reviennent dans la vallée Les voyageurs "
                            "peuvent réserver dès lundi, l'exploitant rétablit le service "
                            "supprimé il y a trois ans.",
                            "3. La bibliothèque ouvre le dimanche Dès le mois prochain, les "
                            "lecteurs pourront emprunter des livres le week-end, a indiqué la "
                            "ville mardi soir."]),
}


@pytest.mark.parametrize("lang", sorted(_NUMBERED))
def test_next_numbered_item_is_an_item_even_when_long(page, line, lang: str) -> None:
    head, items = _NUMBERED[lang]
    a = clean(page(lang, before_footer=[head, "", "\n".join(items)]))
    for t in items:
        r = line(a, t[3:25])
        assert (r.pass_name, r.kept) == ("list_block", False), (t, r.label, r.evidence)


def test_numbered_paragraph_out_of_sequence_still_ends_the_list(page, line) -> None:
    from conftest import PROSE

    para = "4. " + PROSE["en"][4]  # a long "4." right after "1.": no next number
    a = clean(page(before_footer=["Most Read", "", _NUMBERED["en"][1][0], para]))
    assert line(a, PROSE["en"][4][:30]).pass_name != "list_block"
