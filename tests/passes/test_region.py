"""``region``: the article is the heaviest contiguous run; every line left is settled."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label


_FEED = {
    "en": ("Quotes of the day", "Home  Quotes  Contact", "Tweet   Pin   Mail   Save",
           "You may also like",
           ["Walking slowly in the rain teaches us that nothing we carry is as heavy "
            "as the worry we bring along with it every single day. We forget that the "
            "clouds pass and the road dries, and that the people we love wait for us at "
            "the end of it with a warm cup and an open door",
            "A garden grows because someone believed in the spring long before the first "
            "green leaf showed itself above the cold and silent ground.",
            "Friends are the lamps we light for one another on the long evenings, and "
            "their light stays with us even when the road turns dark and lonely.",
            "Patience is not waiting with folded hands but working each day on what we "
            "hope for, trusting that small steps will carry us a long way.",
            "Every morning offers a blank page, and the kindest thing we can write on "
            "it is a word of thanks for the people who walk beside us.",
            "Courage is a quiet voice at the end of the day saying that we will try "
            "again tomorrow, and that trying again is already a kind of victory."]),
    "pt": ("Frases do dia", "Início  Frases  Contato", "Whatsapp   Pin   Email   Salvar",
           "Você também pode gostar",
           ["Caminhar devagar na chuva ensina que nada do que carregamos pesa tanto "
            "quanto a preocupação que levamos conosco todos os dias da vida. Esquecemos "
            "que as nuvens passam e a estrada seca, e que as pessoas que amamos nos "
            "esperam no fim dela com uma xícara quente e a porta aberta",
            "Um jardim cresce porque alguém acreditou na primavera muito antes de a "
            "primeira folha verde aparecer sobre a terra fria e silenciosa.",
            "Os amigos são as lâmpadas que acendemos uns para os outros nas noites "
            "longas, e a sua luz fica conosco mesmo quando a estrada escurece.",
            "Paciência não é esperar de mãos cruzadas, mas trabalhar a cada dia naquilo "
            "que desejamos, confiando que pequenos passos nos levam muito longe.",
            "Cada manhã oferece uma página em branco, e a coisa mais bonita que podemos "
            "escrever nela é um obrigado às pessoas que caminham ao nosso lado.",
            "Coragem é uma voz baixa no fim do dia dizendo que vamos tentar de novo "
            "amanhã, e que tentar de novo já é uma espécie de vitória."]),
}


def _feed_page(lang: str, bar_above: bool = True) -> str:
    title, menu, bar, heading, quotes = _FEED[lang]
    out = [f"• {m}" for m in menu.split("  ")] + ["", title, "", bar if bar_above else "", "", quotes[0], "", heading, ""]
    for q in quotes[1:]:
        out += [bar, "", q, ""]
    return "\n".join(out + ["(c) 2019 Quotes"])


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_post_above_a_related_feed_of_cards_like_it_is_the_article(line, lang: str) -> None:
    quotes = _FEED[lang][4]
    a = clean(_feed_page(lang))
    r = line(a, quotes[0][:30])
    assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.evidence)
    for q in quotes[1:]:
        assert not line(a, q[:30]).kept, q
    assert list(a.paragraphs) == [quotes[0]]


def test_post_above_a_related_heading_without_the_cards_opener_stays_out(line) -> None:
    quotes = _FEED["en"][4]
    a = clean(_feed_page("en", bar_above=False))
    assert not line(a, quotes[0][:30]).kept


def test_prose_is_body_in_every_language_and_style(page, lang: str, style: str) -> None:
    from conftest import PROSE

    a = clean(page(lang, style))
    assert a.paragraphs == PROSE[lang][:4]
    for r in a.lines:
        if r.text in PROSE[lang]:
            assert (r.label, r.pass_name) == (Label.BODY, "region")
            assert r.evidence.startswith("prose of ")
    assert a.is_article


def test_short_sentence_between_paragraphs_is_body(page, line) -> None:
    a = clean(page(insert=["He disagreed."]))
    r = line(a, "He disagreed.")
    assert (r.label, r.pass_name, r.evidence) == (Label.BODY, "region",
                                                  "short line between paragraphs")


def test_short_unpunctuated_line_in_the_article_is_a_heading(page, line) -> None:
    a = clean(page(insert=["What happens next"]))
    r = line(a, "What happens next")
    assert (r.label, r.pass_name) == (Label.HEADING, "region")
    assert "What happens next" in a.paragraphs


def test_markdown_subheading_is_a_heading(page, line) -> None:
    a = clean(page("en", "markdown", insert=["## What happens next"]))
    assert line(a, "What happens next").label is Label.HEADING
    assert "What happens next" in a.paragraphs


@pytest.mark.parametrize(("run", "label"), [(2, Label.HEADING), (3, Label.RELATED)])
def test_max_list_run_boundary(page, line, run: int, label: Label) -> None:
    links = ["Council budget", "Library hours", "Roof repairs"][:run]
    a = clean(page(insert=links))
    for t in links:
        assert (line(a, t).label, line(a, t).pass_name) == (label, "region")


def test_max_list_run_from_config(page, line) -> None:
    links = ["Council budget", "Library hours", "Roof repairs"]
    base = Config()
    a = clean(page(insert=links), config=replace(base, region=replace(base.region,
                                                                      max_list_run=3)))
    assert {line(a, t).label for t in links} == {Label.HEADING}


def test_teaser_prose_after_a_related_heading_is_related(page, line) -> None:
    teaser = ("The zoo welcomes a baby giraffe to its enclosure this week after a long wait and "
              "many visitors are expected to come and see it, keepers said.")  # > 20 words
    a = clean(page(before_footer=["Related Stories", teaser]))
    assert (line(a, "The zoo").label, line(a, "The zoo").pass_name) == (Label.RELATED, "region")


def test_lines_before_the_article_are_other(page, line) -> None:
    a = clean(page(menu=["World", "Business", "Sport", "Culture", "",
                         "Riverside Herald, your local paper since 1901"]))
    r = line(a, "Riverside Herald, your")
    assert r.label in (Label.OTHER, Label.NAV)
    assert r.pass_name == "region"


def test_comments_after_the_article_are_not_body(page) -> None:
    comments = ["Comments", "", "I have been going to that library since I was a child, and I am "
                "so glad the council finally listened to us.", "",
                "This is a waste of money, the building should have been sold years ago to pay "
                "for the new road."]
    a = clean(page(before_footer=comments))
    assert len(a.paragraphs) == 4
    assert not any("waste of money" in p for p in a.paragraphs)


def test_no_prose_no_region() -> None:
    a = clean("World\nBusiness\n\nPrivacy Policy\n")
    assert a.paragraphs == ()
    assert not a.is_article


# Smoke tests for scripts without Latin letters: the body survives, menus do not.
CJK = ["市议会投票决定保留河边图书馆", "", "首页", "新闻", "体育", "财经", "",
       "市议会周一晚间投票决定，河边图书馆将至少再开放一年，此前围绕预算的争论持续了数月。",
       "",
       "居民们此前举着横幅聚集在市政厅外，称图书馆是这个街区唯一可以让孩子们安静学习的地方。",
       "",
       "市长表示，由于税收增加，预算状况有所改善，关闭图书馆从长远来看几乎省不了多少钱。"]
ARABIC = ["مجلس المدينة يبقي مكتبة النهر مفتوحة", "", "الرئيسية", "أخبار", "رياضة", "اقتصاد", "",
          "صوّت مجلس المدينة مساء الاثنين على إبقاء مكتبة النهر مفتوحة لمدة عام آخر على الأقل، "
          "بعد أشهر من الجدل حول الميزانية.",
          "",
          "وكان السكان قد تجمعوا أمام مبنى البلدية حاملين لافتات، مؤكدين أن المكتبة هي المكان "
          "الهادئ الوحيد في الحي الذي يمكن للأطفال الدراسة فيه.",
          "",
          "وقال رئيس البلدية إن الميزانية تحسنت بفضل ارتفاع الإيرادات الضريبية، وإن إغلاق "
          "المكتبة لم يكن ليوفر سوى القليل من المال."]
CYRILLIC = ["Горсовет сохранил библиотеку у реки", "", "Главная", "Новости", "Спорт", "Экономика", "",
            "Городской совет в понедельник вечером проголосовал за то, чтобы библиотека у реки "
            "работала ещё как минимум год, после многомесячных споров о бюджете.",
            "",
            "Жители собрались у здания мэрии с плакатами и петициями, утверждая, что библиотека "
            "— единственное тихое место в районе, где дети могут заниматься.",
            "",
            "Мэр заявил, что бюджет улучшился благодаря росту налоговых поступлений, а закрытие "
            "библиотеки сэкономило бы очень мало денег."]


@pytest.mark.parametrize("lines", [CJK, ARABIC, CYRILLIC], ids=["cjk", "arabic", "cyrillic"])
def test_non_latin_scripts_smoke(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    a = clean(text)
    prose = [t for t in lines if t.endswith(("。", "."))]
    assert list(a.paragraphs) == prose
    assert a.title == lines[0]
    for r in a.lines[2:6]:
        assert r.label is Label.NAV, (r.text, r.label, r.pass_name)
    for r in a.lines:
        if r.text in prose:
            assert (r.label, r.pass_name) == (Label.BODY, "region")


DATES = ["June 9 – West Palm Beach, FL", "June 10 – Tampa, FL", "June 14 – Atlanta, GA",
         "June 17 – Nashville, TN"]


def test_list_a_closing_line_introduces_joins_the_article(page, line) -> None:
    a = clean(page(before_footer=["The tour dates:", *DATES]))
    assert (line(a, "The tour dates:").label, line(a, "The tour dates:").pass_name) == (
        Label.BODY, "region")
    for d in DATES:
        assert line(a, d).kept, d
    assert a.paragraphs[-len(DATES):] == tuple(DATES)


def test_list_without_an_introducing_colon_stays_out(page, line) -> None:
    a = clean(page(before_footer=["Tour dates", *DATES]))
    assert not any(line(a, d).kept for d in DATES)


def test_introduced_list_inside_the_article_is_body_not_a_link_list(page, line) -> None:
    a = clean(page(insert=["You will need:", "Flour", "Sugar", "Eggs"]))
    for t in ("Flour", "Sugar", "Eggs"):
        r = line(a, t)
        assert (r.label, r.pass_name) == (Label.BODY, "region")
        assert "':'" in r.evidence


def test_one_item_under_a_colon_is_not_a_list(page, line) -> None:
    a = clean(page(before_footer=["The tour dates:", DATES[0]]))
    assert not line(a, DATES[0]).kept


@pytest.mark.parametrize("cta", [
    "Follow us on Instagram and Facebook for more stories from the valley.",
    "Join our forums to keep talking about the council and its budget!",
    "Do you have an opinion on the issues raised in this article? If you would like to "
    "submit a letter of up to 300 words to be considered for publication, email it to us.",
])
def test_call_to_action_closing_the_article_is_removed(page, line, cta: str) -> None:
    a = clean(page(before_footer=[cta]))
    r = line(a, cta[:20])
    assert (r.label, r.pass_name) == (Label.OTHER, "region")
    assert r.evidence.startswith("call to action closing the article")
    assert cta not in a.paragraphs


@pytest.mark.parametrize("lang,head,call", [
    ("en", "Your contact", "Questions or suggestions about this post? We look forward to your message."),
    ("de", "Ihr Ansprechpartner",
     "Haben Sie Fragen oder Anregungen zu diesem Beitrag? Wir freuen uns auf Ihre Nachricht."),
    ("fr", "Votre contact",
     "Des questions ou suggestions sur ce billet ? Nous attendons votre message."),
])
def test_contact_box_closing_the_article_is_removed(page, line, lang: str, head: str,
                                                    call: str) -> None:
    a = clean(page(lang, before_footer=[head, "", call]))
    r = line(a, call[:20])
    assert (r.label, r.pass_name) == (Label.OTHER, "region"), r.evidence
    assert line(a, head).evidence == "heading of a call to action"
    assert len(a.paragraphs) == 4


def test_story_line_that_only_ends_with_a_call_is_kept(page, line) -> None:
    last = ("The council will meet again in March, when the budget for the next two years "
            "is due, and the library's future will be decided for good by a public vote in "
            "the spring. Tell us what you think and let us know how you use the library.")
    a = clean(page(before_footer=[last]))
    assert line(a, "The council will meet again").kept


def test_call_to_action_inside_the_article_is_not_touched(page, line) -> None:
    cta = "Follow us on Instagram and Facebook for more stories from the valley."
    a = clean(page(insert=[cta]))
    assert line(a, cta[:20]).evidence != "call to action closing the article ('follow us on')"


@pytest.mark.parametrize(("lang", "call"), [
    ("en", "Never miss the latest news by signing up to our newsletter today!"),
    ("de", "Artikel gefallen? Vergiss nicht zu teilen!"),
])
def test_short_call_to_action_inside_the_article_is_removed(page, line, lang: str,
                                                            call: str) -> None:
    a = clean(page(lang, insert=[call]))
    r = line(a, call[:20])
    assert (r.label, r.pass_name) == (Label.OTHER, "region")
    assert r.evidence.startswith("call to action in the article")
    assert len(a.paragraphs) == 4


def test_long_paragraph_mentioning_a_call_stays(page, line) -> None:
    text = ("The library's friends group, which has raised money for new shelves since 2015, "
            "said it would ask readers to join our campaign at the council meeting next week.")
    a = clean(page(insert=[text]))
    assert line(a, "The library's friends group").kept


def test_rows_of_figures_inside_the_article_are_a_table_not_links(page, line) -> None:
    rows = ["Branch Loans 2024 2025 Change", "Central 41,200 38,950 -5.5%",
            "Riverside 12,400 13,100 +5.6%"]
    a = clean(page(insert=rows))
    for t in rows[1:]:
        r = line(a, t)
        assert (r.label, r.pass_name) == (Label.BODY, "region")
        assert r.evidence.startswith("table of 3 rows")


def test_colon_line_after_a_subheading_still_opens_its_list(page, line) -> None:
    items = ["400 g flour", "100 g rye flour", "10 g salt"]
    a = clean(page(insert=["What you need", "For the dough you will need:", *items]))
    assert line(a, "What you need").label is Label.HEADING
    for t in items:
        assert (line(a, t).label, line(a, t).pass_name) == (Label.BODY, "region")


def test_bracketed_note_below_the_story_joins_it(page, line) -> None:
    note = "(Reporting by Jane Roe; Editing by Ann Li)"
    a = clean(page(before_footer=[note]))
    assert line(a, note).kept
    assert a.paragraphs[-1] == note


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("it", ["Le raccomandazioni della Protezione civile", "",
                "  * non attraversare ponti e sottopassi durante i temporali;",
                "  * non scendere nei locali interrati;",
                "  * tenersi informati attraverso i canali ufficiali del Comune;",
                "  * segnalare situazioni di pericolo al 112.", "",
                "L'allerta arancione resta in vigore fino alla mezzanotte di oggi."]),
        ("en", ["What the fire service advises", "",
                "  * do not cross bridges or underpasses during storms;",
                "  * stay out of cellars and basements;",
                "  * follow the council's official channels for updates;",
                "  * report any danger by calling 999.", "",
                "The amber warning stays in force until midnight tonight."]),
    ],
)
def test_list_of_clauses_ending_in_semicolons_joins_the_article(page, line, lang,
                                                                 block) -> None:
    a = clean(page(lang, "inscriptis", before_footer=block))
    for t in block:
        if t.strip():
            r = line(a, t.strip("* ")[:25])
            assert r.kept, (t, r.label, r.pass_name, r.evidence)


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("pt", ["Ficha de jogo", "Estádio do Bonfim, em Setúbal", "Árbitro: Carlos Meireles",
                "Vitória FC: Matias; Lopes, Gonçalves, Nunes e Ramos; Serra, Soares e Ivo",
                "Estrela do Norte: Rocha; Pires, Faria, Moreira e Sá; Mota, Carvalho e Neves",
                "Golo: Diogo Faria (90+3)"]),
        ("en", ["Riverside 3-2 Harbour Town", "Referee: Carl Meyers", "Attendance: 3,100",
                "Player of the match: Jane Roe (Riverside)"]),
    ],
)
def test_fact_box_below_the_article_joins_it(page, line, lang: str, box: list[str]) -> None:
    a = clean(page(lang, "wet", before_footer=box))
    for t in box:
        r = line(a, t)
        assert r.kept, (t, r.label, r.pass_name, r.evidence)
        assert r.pass_name != "nav_menu"


def test_contact_box_below_the_article_is_no_fact_box(page, line) -> None:
    box = ["Press contact:", "Riverside Council Press Office", "Tel.: 0228-999582-5777",
           "E-Mail: press@riverside.example", "Internet: www.riverside.example"]
    a = clean(page("en", "wet", before_footer=box))
    assert not any(line(a, t).evidence == "fact box below the article" for t in box)


@pytest.mark.parametrize(
    ("lang", "style", "byline", "block"),
    [
        ("en", "markdown", "By Jane Doe",
         ["## Key events", "", "- Council keeps the riverside library open for a year",
          "- Roof repairs to be voted on in the spring",
          "- Opening hours and staffing still under discussion"]),
        ("de", "w3m", "Von Anna Schmidt",
         ["Das Wichtigste in Kürze", "", "  • Die Bibliothek am Fluss bleibt ein weiteres Jahr offen",
          "  • Über das undichte Dach wird im Frühjahr abgestimmt",
          "  • Öffnungszeiten und Stellen sind noch offen"]),
    ],
)
def test_summary_list_at_the_top_joins_the_article(page, line, lang, style, byline,
                                                    block) -> None:
    text = page(lang, style).replace(
        byline + "\n", byline + "\n\nShare on Facebook\n\n" + "\n".join(block) + "\n\n", 1)
    a = clean(text)
    for t in block:
        if t:
            r = line(a, t.lstrip("#-• ")[:25])
            assert r.kept, (t, r.label, r.pass_name, r.evidence)


@pytest.mark.parametrize(
    ("lang", "byline", "block"),
    [
        ("en", "By Jane Doe",
         ["Share", "Facebook", "WhatsApp", "Copy link", "Key points",
          "Council keeps the riverside library open for at least another year",
          "Roof repairs will be put to a separate vote in the spring",
          "Opening hours and staffing levels are still under discussion"]),
        ("de", "Von Anna Schmidt",
         ["Teilen", "Facebook", "WhatsApp", "Link kopieren", "Das Wichtigste in Kürze",
          "Die Bibliothek am Fluss bleibt mindestens ein weiteres Jahr geöffnet",
          "Über die Reparatur des Daches wird im Frühjahr getrennt abgestimmt",
          "Öffnungszeiten und Stellen werden noch zwischen Stadt und Verein verhandelt"]),
    ],
)
def test_bare_summary_points_under_a_share_row_join_the_article(page, line, lang, byline,
                                                                  block) -> None:
    """innerText prints a live blog's "Key points" with no bullets and no blank
    lines, right under the share icons: neither the menu run nor the region may
    take the heading and its points for link debris."""
    text = page(lang, "innertext").replace(byline + "\n", byline + "\n\n" + "\n".join(block)
                                           + "\n\n", 1)
    a = clean(text)
    for t in block[4:]:
        r = line(a, t[:25])
        assert r.kept, (t, r.label, r.pass_name, r.evidence)


@pytest.mark.parametrize(("lang", "byline", "head"), [
    ("fr", "Par Claire Martin", "## Pourquoi sans voiture ?"),
    ("en", "By Jane Doe", "## Why go without a car"),
])
def test_markdown_subheading_right_above_the_first_paragraph_opens_the_article(
        page, line, lang, byline, head) -> None:
    toc = ["- [Day 1](#day-1)", "- [Day 2](#day-2)", "- [Day 3](#day-3)", "- [Good to know](#info)"]
    text = page(lang, "markdown").replace(
        byline + "\n", byline + "\n\n" + "\n".join(toc) + "\n\n" + head + "\n", 1)
    a = clean(text)
    r = line(a, head.lstrip("# ")[:15])
    assert r.kept and r.pass_name == "region", (r.label, r.evidence)


#: A product box of short lines, longer than the bridge crosses (``max_bridge_lines``).
_BOX = [f"{w} {n}" for w in ("Oak", "Steel", "Glass", "Linen") for n in ("shelf", "lamp",
                                                                          "bowl", "rug")]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_second_block_of_prose_beyond_a_long_box_joins_the_article(page, line, prose,
                                                                   lang: str) -> None:
    # Three paragraphs, sixteen short lines, two more paragraphs: the bridge stops at
    # fourteen lines, so the last two are a second block, heavy enough to join.
    a = clean(page(lang, paragraphs=5, insert=_BOX, insert_after=3))
    for p in prose[lang][3:5]:
        r = line(a, p[:30])
        assert (r.label, r.pass_name) == (Label.BODY, "region"), r.evidence
        assert r.evidence.endswith("in a second block of the article")
    assert list(a.paragraphs[:5]) == list(prose[lang][:5])
    assert not any(line(a, t).kept for t in _BOX)


def test_second_block_is_off_when_the_share_is_none(page, line, prose) -> None:
    base = Config()
    cfg = replace(base, region=replace(base.region, second_block_share=None))
    a = clean(page(paragraphs=5, insert=_BOX, insert_after=3), config=cfg)
    r = line(a, prose["en"][4][:30])
    assert (r.label, r.evidence) == (Label.OTHER, "after the article")


def test_block_after_a_list_heading_is_no_second_block(page, line, prose) -> None:
    a = clean(page(paragraphs=5, insert=[*_BOX, "", "Related stories"], insert_after=3))
    r = line(a, prose["en"][4][:30])
    assert not r.kept and r.label is Label.RELATED, (r.label, r.evidence)


def test_copy_of_the_article_is_no_second_block(page, line, prose) -> None:
    copy = ["", prose["en"][0], "", prose["en"][1], "", prose["en"][2]]
    a = clean(page(paragraphs=3, before_footer=[*_BOX, *copy]))
    assert list(a.paragraphs[:3]) == list(prose["en"][:3])
    assert sum(p == prose["en"][0] for p in a.paragraphs) == 1


def test_light_prose_far_below_stays_out(page, line, prose) -> None:
    # One short sentence after the box weighs less than min_second_block_weight.
    a = clean(page(paragraphs=4, before_footer=[*_BOX, "", "Prices include tax."]))
    assert not line(a, "Prices include tax.").kept


@pytest.mark.parametrize("bad", [{"second_block_share": 1.5},
                                 {"min_second_block_weight": 0.0}])
def test_second_block_config_is_validated(bad: dict[str, float]) -> None:
    from newsclean.config import RegionConfig

    with pytest.raises(ValueError, match=next(iter(bad))):
        RegionConfig(**bad)


_PIN = {"en": "Save this easy riverside picnic guide for later and share it with friends who "
              "love long summer walks by the water #picnic #summer",
        "de": "Merk dir diese einfache Anleitung für ein Picknick am Fluss und teile sie mit "
              "Freunden, die gern am Wasser spazieren gehen #picknick"}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_prose_printed_three_times_is_no_article_text(page, line, prose, lang: str) -> None:
    # An image's pin description under each picture: the same sentence again and again.
    text = page(lang, paragraphs=5)
    for k in (0, 2, 4):  # one under each picture, between the paragraphs
        text = text.replace(prose[lang][k] + "\n", prose[lang][k] + "\n\n" + _PIN[lang] + "\n")
    a = clean(text)
    pins = [r for r in a.lines if r.text == _PIN[lang]]
    assert len(pins) == 3
    for r in pins:
        assert (r.label, r.pass_name) == (Label.OTHER, "region"), r.evidence
        assert r.evidence == "prose printed 3 times on the page"
    assert list(a.paragraphs[:5]) == list(prose[lang][:5])


def test_prose_printed_twice_stays_a_pull_quote(page, line, prose) -> None:
    quote = prose["en"][1]
    a = clean(page(paragraphs=4, insert=[quote], insert_after=3))
    assert [r.label for r in a.lines if r.text == quote] == [Label.BODY, Label.BODY]


_THREAD = {
    "en": [("Jan Smith", "August 8, 2018 at 7:21 pm",
            "Thanks for writing this, our branch was the only place my kids could study."),
           ("Tom Collins", "August 9, 2018 at 10:41 am",
            "I hope the council keeps its promise about the roof before the winter comes.")],
    "de": [("Jana Schmidt", "8. August 2018 um 19:21",
            "Danke für den Artikel, die Bibliothek ist für unsere Kinder wirklich wichtig."),
           ("Tom Keller", "9. August 2018 um 10:41",
            "Hoffentlich wird das Dach vor dem Winter repariert, sonst war alles umsonst.")],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_comment_thread_of_names_over_stamps_ends_the_article(page, line, prose,
                                                              lang: str) -> None:
    thread = [x for name, stamp, text in _THREAD[lang] for x in (name, stamp, text, "")]
    a = clean(page(lang, paragraphs=4, before_footer=thread))
    assert list(a.paragraphs[:4]) == list(prose[lang][:4])
    for name, stamp, text in _THREAD[lang]:
        for t in (name, text):
            r = line(a, t)
            assert (r.label, r.pass_name) == (Label.COMMENTS, "region"), (t, r.evidence)
        assert not line(a, stamp).kept
    assert not any(t in a.text for _, _, t in _THREAD[lang])


def test_one_name_over_a_stamp_is_no_thread(page, line) -> None:
    name, stamp, text = _THREAD["en"][0]
    a = clean(page(paragraphs=4, before_footer=[name, stamp, text]))
    assert line(a, text).label is not Label.COMMENTS


_SHORT_POST = [
    "Home", "Blog", "", "Episode 39: live from the autumn camp", "",
    "Posted on 17 December 2019 by Mara Lindqvist", "",
    "This time we recorded the show live on stage at the autumn camp in front of a "
    "small audience, and our two guests talked about how teams share what they learn.", "",
    "Share this:", "", "Twitter", "", "Facebook", "", "Related posts", "",
    "Our earlier episode on shared notes was recorded in a quiet room on a rainy "
    "afternoon and is still one of the most requested shows in our archive.",
    "It was filed under podcast and tagged notes, teams and learning by the editor.", "",
    "Imprint", "Privacy",
]


def test_short_post_under_its_byline_beats_teasers_below_a_related_heading(line) -> None:
    a = clean("\n".join(_SHORT_POST))
    r = line(a, "This time we recorded")
    assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.evidence)
    assert not line(a, "Our earlier episode").kept


_SHORT_POST_DE = [
    "Start", "Blog", "", "Folge 12: Sternhaufen im Herbst", "",
    "Veröffentlicht am 3. Oktober 2021 von Jonas Brandt", "",
    "Diesmal haben wir den Sternhaufen mit einem kleinen Teleobjektiv fotografiert, und "
    "die hellen Sterne zeigen dabei deutliche Strahlen, weil die Blende klein war.", "",
    "Teilen:", "", "Twitter", "", "Facebook", "", "Ähnliche Beiträge", "",
    "Unsere frühere Folge über den Mond entstand an einem klaren Abend im Garten und "
    "wird bis heute von vielen Lesern als Einstieg in die Fotografie empfohlen.",
    "Sie steht in der Rubrik Astrofotos und trägt die Schlagworte Mond und Garten.", "",
    "Impressum", "Datenschutz",
]


@pytest.mark.parametrize("post, first, teaser", [
    (_SHORT_POST, "This time we recorded", "Our earlier episode"),
    (_SHORT_POST_DE, "Diesmal haben wir", "Unsere frühere Folge"),
])
def test_short_post_under_its_byline_and_a_photo_beats_teasers_below(line, post, first,
                                                                      teaser) -> None:
    """A photo between the byline block and the post's text still ties the text to it."""
    at = next(i for i, ln in enumerate(post) if ln.startswith(first))
    a = clean("\n".join(post[:at] + ["[stage-photo-1024x672]", ""] + post[at:]))
    r = line(a, first)
    assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.evidence)
    assert not line(a, teaser).kept


def test_prose_above_a_related_heading_without_a_byline_stays_out(line) -> None:
    lines = [ln for ln in _SHORT_POST if not ln.startswith("Posted on")]
    a = clean("\n".join(lines))
    assert line(a, "Our earlier episode").kept


def test_short_post_yields_to_a_much_heavier_run_below(line, monkeypatch) -> None:
    from newsclean.passes import region

    monkeypatch.setattr(region, "STORY_ABOVE_SHARE", 10.0)
    # without the lighter bridge up, which would take the post back across the heading
    cfg = Config(region=replace(Config().region, min_bridge_up_weight=None))
    a = clean("\n".join(_SHORT_POST), config=cfg)
    assert line(a, "Our earlier episode").kept
    # region leaves the post out; metadata still keeps it as the lead under its headline
    r = line(a, "This time we recorded")
    assert r.pass_name != "region" and r.evidence == "lead paragraph under the headline"


_RELEASE = {
    "en": (["Harbourlight Systems opens a repair centre in the port of Kestrel Bay",
            "Harbourlight Systems said on Tuesday that it will open a repair centre for "
            "ship radar units in the port of Kestrel Bay next spring, creating forty jobs.",
            "The centre will service the radar units of fishing boats and ferries, which "
            "until now had to be shipped abroad for repairs that took several weeks.",
            "“Our customers asked for faster repairs close to home,” said the head of "
            "service at Harbourlight Systems, adding that the first staff are being trained."],
           ["Harbourlight Systems is a maker of navigation equipment for small ships, "
            "founded in 1987 and selling its products in more than thirty countries.",
            "It employs about 900 people and is listed on the Kestrel stock exchange."]),
    "de": (["Harbourlight Systems eröffnet ein Reparaturzentrum im Hafen von Kestrel Bay",
            "Harbourlight Systems hat am Dienstag angekündigt, im kommenden Frühjahr ein "
            "Reparaturzentrum für Schiffsradare im Hafen von Kestrel Bay zu eröffnen.",
            "Das Zentrum wird die Radargeräte von Fischerbooten und Fähren warten, die "
            "bisher für wochenlange Reparaturen ins Ausland geschickt werden mussten.",
            "„Unsere Kunden wollten schnellere Reparaturen in ihrer Nähe“, sagte der "
            "Serviceleiter von Harbourlight Systems, die ersten Mitarbeiter würden geschult."],
           ["Harbourlight Systems ist ein Hersteller von Navigationsgeräten für kleine "
            "Schiffe, gegründet 1987, mit Kunden in mehr als dreißig Ländern.",
            "Das Unternehmen beschäftigt rund 900 Menschen und ist an der Börse notiert."]),
}


def _release(lang: str, rule: bool = True) -> str:
    story, profile = _RELEASE[lang]
    out = ["News  Products  Contact", "", story[0], "", "May 4, 2021", ""]
    for p in story[1:]:
        out += [p, ""]
    out += (["━━━━━━━━━━━━━━━━━━━━", ""] if rule else []) + [profile[0], "", profile[1], ""]
    return "\n".join(out + ["Imprint", "Privacy"])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_company_profile_below_a_rule_is_not_the_story(line, lang: str) -> None:
    story, profile = _RELEASE[lang]
    a = clean(_release(lang))
    for p in story[1:]:
        assert line(a, p[:30]).kept, p
    for p in profile:
        r = line(a, p[:30])
        assert not r.kept and (r.label, r.pass_name) == (Label.OTHER, "region"), r.evidence
        assert r.evidence.startswith("company profile below a rule")


def test_profile_without_a_rule_or_of_an_unnamed_company_stays(line) -> None:
    story, profile = _RELEASE["en"]
    a = clean(_release("en", rule=False))
    assert line(a, profile[0][:30]).kept
    other = _release("en").replace("Harbourlight Systems is a", "Tidewater Optics is a")
    assert line(clean(other), "Tidewater Optics").kept


_OPENING_ABOVE_TABLE = {
    "en": ("Bakery prices rise again",
           "By Jane Doe", "March 3, 2024",
           "Bread in the town's three bakeries costs more this spring than last, and the owners say "
           "flour and energy are to blame, as the table below shows for the most popular loaves.",
           [f"{n} {p} {q}" for n, p, q in (("Rye loaf", "2.10", "2.40"), ("White loaf", "1.80", "2.05"),
                                            ("Seed roll", "0.60", "0.75"), ("Pretzel", "0.90", "1.00"),
                                            ("Spelt loaf", "3.20", "3.60"), ("Baguette", "1.50", "1.70"),
                                            ("Plait", "2.80", "3.10"), ("Bagel", "1.10", "1.25"),
                                            ("Scone", "1.30", "1.45"), ("Muffin", "1.90", "2.20"))],
           ("The largest bakery raised its prices twice since the autumn and says it will not do so "
            "again before the summer, when the new harvest comes in.",
            "Customers at the market on Saturday were mostly calm about it, though several said they "
            "now buy their bread only twice a week instead of every day.",
            "The town council has no plans to step in, a spokesman said, since the prices are still "
            "below those in the neighbouring towns.")),
    "de": ("Brot wird schon wieder teurer",
           "Von Jana Berg", "3. März 2024",
           "Brot kostet in den drei Bäckereien der Stadt in diesem Frühjahr mehr als im vergangenen, "
           "und die Inhaber nennen Mehl und Energie als Grund, wie die Tabelle unten zeigt.",
           [f"{n} {p} {q}" for n, p, q in (("Roggenbrot", "2,10", "2,40"), ("Weißbrot", "1,80", "2,05"),
                                            ("Körnerbrötchen", "0,60", "0,75"), ("Brezel", "0,90", "1,00"),
                                            ("Dinkelbrot", "3,20", "3,60"), ("Baguette", "1,50", "1,70"),
                                            ("Hefezopf", "2,80", "3,10"), ("Bagel", "1,10", "1,25"),
                                            ("Laugenstange", "1,30", "1,45"), ("Muffin", "1,90", "2,20"))],
           ("Die größte Bäckerei hat ihre Preise seit dem Herbst zweimal erhöht und will das vor dem "
            "Sommer nicht noch einmal tun, wenn die neue Ernte kommt.",
            "Die Kunden auf dem Markt am Samstag blieben meist gelassen, auch wenn einige sagten, sie "
            "kauften ihr Brot jetzt nur noch zweimal in der Woche statt jeden Tag.",
            "Der Stadtrat will nicht eingreifen, sagte ein Sprecher, da die Preise noch unter denen "
            "der Nachbarstädte liegen.")),
}


def _table_page(lang: str, date_in_table: bool = False) -> tuple[str, str]:
    head, byline, date, opening, rows, body = _OPENING_ABOVE_TABLE[lang]
    if date_in_table:
        rows = rows[:5] + [date] + rows[5:]
    return (f"{head}\n\n{byline}\n{date}\n\n{opening}\n\n" + "\n".join(rows) + "\n\n"
            + "\n\n".join(body) + "\n"), opening


@pytest.mark.parametrize("lang", sorted(_OPENING_ABOVE_TABLE))
def test_opening_paragraph_above_a_table_joins_the_article(line, lang: str) -> None:
    text, opening = _table_page(lang)
    a = clean(text)
    r = line(a, opening[:30])
    assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), r.evidence


@pytest.mark.parametrize("lang", sorted(_OPENING_ABOVE_TABLE))
def test_bridge_up_needs_full_weight_across_a_date_line(line, lang: str) -> None:
    text, opening = _table_page(lang, date_in_table=True)
    a = clean(text)
    r = line(a, opening[:30])
    assert (r.label, r.pass_name) != (Label.BODY, "region"), r.evidence  # region leaves it out


@pytest.mark.parametrize("lang,salutation", [("en", "Dear readers,"),
                                             ("de", "Liebe Leserinnen und Leser,")])
def test_salutation_above_the_first_paragraph_opens_the_article(line, lang: str,
                                                                salutation: str) -> None:
    from conftest import PROSE

    a = clean("Menu\nNews\n\n" + salutation + "\n\n" + "\n\n".join(PROSE[lang]) + "\n")
    r = line(a, salutation)
    assert (r.label, r.pass_name, r.evidence) == (Label.BODY, "region",
                                                  "salutation opening the article")
    assert a.paragraphs[0] == salutation


def test_line_of_comma_separated_names_above_the_article_is_no_salutation(line) -> None:
    from conftest import PROSE

    a = clean("Menu\nNews\n\nPolitics, Economy, Culture,\n\n" + "\n\n".join(PROSE["en"]) + "\n")
    assert not line(a, "Politics, Economy").kept


@pytest.mark.parametrize("lang,credit", [("en", "© Tom Reed/Harbour Press"),
                                         ("de", "Der Anleger © hafenfoto / Bildarchiv"),
                                         ("fr", "Le quai au petit matin / (C) Paul Morel"),
                                         ("de", "Der alte Anleger im Nebel (c) Jana Roth")])
def test_short_line_with_a_copyright_mark_in_the_article_is_a_credit(line, lang: str,
                                                                     credit: str) -> None:
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + [credit] + paras[2:]) + "\n")
    r = line(a, credit)
    # a line that starts with the mark is photo_caption's ("copyright credit")
    assert r.label is Label.CAPTION and r.pass_name in ("photo_caption", "region"), r.evidence
    assert credit in a.captions and credit not in a.text


@pytest.mark.parametrize("lang,heading", [("en", "(c) Costs for the district"),
                                          ("de", "Der Plan (C 12)")])
def test_list_letter_c_in_the_article_is_no_credit(line, lang: str, heading: str) -> None:
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + [heading] + paras[2:]) + "\n")
    assert line(a, heading).label is Label.HEADING


@pytest.mark.parametrize(("lang", "box"), [
    ("en", ["Beds: 40", "Altitude: 2,300 metres", "Open: June to September and winter weekends"]),
    ("it", ["Posti letto: 40", "Quota: 2.300 metri", "Apertura: giugno-settembre e fine settimana"]),
])
def test_fact_box_lines_inside_the_article_are_body(page, line, lang, box) -> None:
    """A run of "Key: value" lines between two paragraphs is the story's fact
    box, not a list of links (however short and unpunctuated its lines)."""
    a = clean(page(lang, "innertext", insert=box))
    for t in box:
        r = line(a, t)
        assert (r.label, r.pass_name) == (Label.BODY, "region"), (t, r.label, r.evidence)


_LIST_OPENING = {
    "en": ("Travelling with a guide dog", "By Nora Quill", "Advertisement",
           "Before you travel with a guide dog:",
           ["• Ask the railway a day ahead whether the carriage has space for the dog to lie "
            "down, and book a seat at the end of the row.",
            "• Pack water and a folding bowl, since stations rarely have a tap that a dog can "
            "reach on a long wait between two trains.",
            "• Tell the guard where you will get off, so that someone can help you find the "
            "exit and the taxi rank outside the station."]),
    "de": ("Reisen mit dem Blindenhund", "Von Nora Quill", "Anzeige",
           "Vor der Reise mit dem Blindenhund:",
           ["• Fragen Sie die Bahn einen Tag vorher, ob im Wagen Platz für den Hund ist, und "
            "buchen Sie einen Sitz am Ende der Reihe.",
            "• Packen Sie Wasser und einen faltbaren Napf ein, denn an Bahnhöfen gibt es selten "
            "einen Hahn, den ein Hund erreichen kann.",
            "• Sagen Sie dem Zugbegleiter, wo Sie aussteigen, damit Ihnen jemand den Weg zum "
            "Ausgang und zum Taxistand zeigen kann."]),
}


@pytest.mark.parametrize("lang", sorted(_LIST_OPENING))
def test_colon_line_over_an_ad_above_the_list_opening_the_article_joins_it(line,
                                                                          lang: str) -> None:
    head, byline, marker, intro, items = _LIST_OPENING[lang]
    page = [head, "", byline, "", intro, "", marker, ""] + items
    a = clean("\n".join(page))
    r = line(a, intro)
    assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.evidence)


def test_colon_line_two_ads_above_the_article_stays_out(line) -> None:
    head, byline, marker, intro, items = _LIST_OPENING["en"]
    page = [head, "", byline, "", intro, "", marker, "", marker, ""] + items
    assert not line(clean("\n".join(page)), intro).kept


@pytest.mark.parametrize("lang,box", [
    ("en", ["Newsletter", "Fresh recipes from the valley kitchen, sent to readers every "
            "Friday morning.", "[                    ]", "Subscribe"]),
    ("de", ["Newsletter abonnieren", "Jede Woche die besten Tipps rund um Garten und "
            "Balkon, immer freitags für unsere Leser.", "Jetzt anmelden"]),
])
def test_pitch_between_two_newsletter_lines_is_the_box(line, lang: str, box: list[str]) -> None:
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + box + paras[2:]) + "\n")
    r = line(a, box[1][:20])
    assert (r.label, r.pass_name, r.evidence) == (Label.NEWSLETTER, "region",
                                                  "between two newsletter lines")
    assert box[1] not in a.text
    assert all(p in a.paragraphs for p in paras)


def test_paragraph_after_a_newsletter_line_without_a_second_one_stays(line) -> None:
    from conftest import PROSE

    paras = list(PROSE["en"])
    a = clean("\n\n".join(paras[:2] + ["Newsletter"] + paras[2:]) + "\n")
    assert all(p in a.paragraphs for p in paras)


@pytest.mark.parametrize("lang,head,call", [
    ("en", "The Weekly Garden Letter",
     "Sign up to get the best stories of the week, as picked by our editors."),
    ("de", "Unser Gartenbrief", "Melden Sie sich an und erhalten Sie jeden Freitag neue Ideen."),
])
def test_heading_right_above_a_call_to_action_is_the_box_title(line, lang: str, head: str,
                                                               call: str) -> None:
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + [head, call] + paras[2:]) + "\n")
    r = line(a, head)
    assert (r.label, r.pass_name, r.evidence) == (Label.OTHER, "region",
                                                  "heading of a call to action")
    assert head not in a.text
    assert all(p in a.paragraphs for p in paras)



_CARDS = {
    "en": (["The town library reopened on Monday after a year of repairs to its roof, and "
            "readers queued at the door long before the staff unlocked it at nine.",
            "The new reading room on the top floor has wide windows over the river, and "
            "the children's corner moved downstairs next to the garden.",
            "The librarians said the old card catalogue will stay in the hall as a piece "
            "of history, although nobody has used it for almost twenty years now."],
           "Related articles",
           ["A new bus line will link the station and the hospital from the first of May, "
            "running every twenty minutes on weekdays and hourly on Sundays.",
            "The swimming pool on the hill closes for two weeks in June while a team of "
            "divers checks the tiles and the old pumps under the deep end.",
            "Farmers at the Saturday market asked the council for more shade, after a hot "
            "summer in which the fruit on their stalls ripened far too fast."],
           "By Nora Pell"),
    "fr": (["La bibliothèque municipale a rouvert lundi après une année de travaux sur sa "
            "toiture, et les lecteurs faisaient la queue devant la porte dès huit heures.",
            "La nouvelle salle de lecture du dernier étage donne sur la rivière, et le coin "
            "des enfants a déménagé au rez-de-chaussée, à côté du jardin.",
            "Les bibliothécaires ont dit que l'ancien fichier restera dans le hall comme un "
            "souvenir, même si plus personne ne s'en sert depuis presque vingt ans."],
           "Articles liés",
           ["Une nouvelle ligne de bus reliera la gare et l'hôpital à partir du premier mai, "
            "avec un passage toutes les vingt minutes en semaine et chaque heure le dimanche.",
            "La piscine de la colline fermera deux semaines en juin, le temps pour une équipe "
            "de plongeurs de vérifier le carrelage et les vieilles pompes du grand bassin.",
            "Les maraîchers du marché du samedi demandent plus d'ombre à la mairie, après un "
            "été si chaud que les fruits de leurs étals mûrissaient beaucoup trop vite."],
           "Par Léa Morand"),
}


def _cards_page(lang: str, byline: bool = True) -> str:
    story, heading, teasers, by = _CARDS[lang]
    out = ["Home", "News", "", "The library is open again", ""]
    for p in story:
        out += [p, ""]
    out += [heading, ""]
    out += ["[bus-photo-640x480]", "", "Facebook   Twitter   Email", ""]
    out += [teasers[0], ""] + ([by, ""] if byline else [])  # only the first card's author
    for t in teasers[1:]:
        out += [t, ""]
    return "\n".join(out + ["Imprint", "Privacy"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_teaser_cards_with_a_byline_below_a_related_heading_stay_out(line, lang: str) -> None:
    story, _, teasers, _ = _CARDS[lang]
    a = clean(_cards_page(lang))
    assert all(line(a, p[:30]).kept for p in story)
    for t in teasers:
        r = line(a, t[:30])
        assert not r.kept, (r.label, r.evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_prose_below_a_related_heading_without_a_byline_is_bridged(line, lang: str) -> None:
    """A "Related" box inside the story: the prose below it is more of the story."""
    _, _, teasers, _ = _CARDS[lang]
    a = clean(_cards_page(lang, byline=False))
    assert all(line(a, t[:30]).kept for t in teasers)


@pytest.mark.parametrize("lang, story, heading, teaser", [
    ("de", ["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Kanal im "
            "Sommer zu sanieren, und die Arbeiten sollen im Juni beginnen.",
            "Während der Bauzeit fahren die Busse über die Umleitung am Hafen, und für "
            "Fußgänger wird eine schmale Behelfsbrücke neben der alten aufgebaut."],
     "Weitere interessante Themen",
     "Neue Radwege in der Innenstadt: Wir zeigen, wo die Stadt im Herbst baut."),
    ("en", ["The council decided on Tuesday to repair the old bridge over the canal this "
            "summer, and the work is due to start in the first week of June.",
            "While the work goes on, buses will take the detour along the harbour, and a "
            "narrow footbridge will be set up next to the old one for walkers."],
     "Other interesting articles",
     "New cycle lanes in the town centre: we show where the council builds this autumn."),
])
def test_list_heading_of_other_topics_ends_the_article(line, lang, story, heading,
                                                       teaser) -> None:
    page = "\n\n".join(["Start", "The bridge will be repaired", *story, heading,
                        "Cycle lanes", teaser, "Imprint"])
    a = clean(page)
    assert all(line(a, p[:30]).kept for p in story)
    r = line(a, teaser[:30])
    assert not r.kept, (r.label, r.evidence)


#: A story whose text resumes below an in-article "Don't miss" box with three short
#: paragraphs (together lighter than ``min_bridge_weight``), then a related list.
_RESUMED = {
    "en": ("Harbour town opens its new ferry terminal after two years of work",
           ["The new ferry terminal in the harbour town opened on Saturday morning after "
            "two years of building work and a long dispute over its cost.",
            "Hundreds of residents walked along the new pier while a brass band played, and "
            "the first ferry left for the islands shortly after ten o'clock.",
            "The mayor said the terminal would bring more visitors in the summer and make "
            "the crossing easier for people who work on the mainland.",
            "Local shop owners said they hoped the busier quay would help them through the "
            "quiet winter months that usually follow the tourist season."],
           "Don't miss",
           ["Lighthouse keeper retires after forty years [PICTURES]",
            "Storm warning issued for the northern coast [LATEST]",
            "Fishing fleet returns with a record catch [INSIGHT]"],
           ["Tickets for the crossing can now be bought at the new terminal itself or "
            "online as before.",
            "Children under twelve travel free to the islands on every weekday until the "
            "end of March.",
            "The old wooden pier on the north quay will be turned into a small park with "
            "benches next year."],
           "Related articles",
           ["Island school gets a new roof", "Coastal bus route to change in May"]),
    "de": ("Hafenstadt eröffnet nach zwei Jahren Bauzeit ihr neues Fährterminal",
           ["Das neue Fährterminal der Hafenstadt ist am Samstagmorgen nach zwei Jahren "
            "Bauzeit und einem langen Streit über die Kosten eröffnet worden.",
            "Hunderte Einwohner spazierten über den neuen Anleger, während eine Blaskapelle "
            "spielte, und die erste Fähre legte kurz nach zehn Uhr zu den Inseln ab.",
            "Der Bürgermeister sagte, das Terminal werde im Sommer mehr Besucher bringen und "
            "den Pendlern zum Festland die Überfahrt erleichtern.",
            "Die Ladenbesitzer am Kai hoffen, dass der lebhaftere Hafen ihnen durch die "
            "ruhigen Wintermonate nach der Urlaubssaison hilft."],
           "Meistgelesen",
           ["Leuchtturmwärter geht nach vierzig Jahren in Rente",
            "Sturmwarnung für die Nordküste ausgegeben",
            "Fischereiflotte kehrt mit Rekordfang zurück"],
           ["Fahrkarten für die Überfahrt gibt es ab sofort am Terminal selbst oder wie "
            "bisher im Internet.",
            "Kinder unter zwölf Jahren fahren bis Ende März an allen Werktagen ohne "
            "Fahrkarte zu den Inseln.",
            "Der alte Holzsteg am Nordkai soll im nächsten Jahr zu einem kleinen Park mit "
            "Bänken werden."],
           "Weitere Artikel",
           ["Inselschule bekommt ein neues Dach", "Busverbindung an der Küste ändert sich"]),
}


def _resumed_page(lang: str, cards: bool = False) -> tuple[str, list[str]]:
    head, story, box, links, tail, related, more = _RESUMED[lang]
    below = list(tail)
    if cards:  # teaser cards: a title line over each sentence
        below = [x for k, s in enumerate(tail) for x in (f"{links[k][:24]}", s)]
    parts = ["Home  News  Sport  Weather", head, "By Jane Roe", *story, box, "\n".join(links),
             *below, related, "\n".join(more), "Contact  Imprint  Privacy"]
    return "\n\n".join(parts) + "\n", tail


@pytest.mark.parametrize("lang", sorted(_RESUMED))
def test_paragraphs_resuming_below_an_in_article_box_join_the_article(line, lang: str) -> None:
    text, tail = _resumed_page(lang)
    a = clean(text)
    for s in tail:
        r = line(a, s[:30])
        assert r.kept and (r.label, r.pass_name) == (Label.BODY, "region"), r.evidence
    assert not any(line(a, t).kept for t in _RESUMED[lang][3])  # the box's links stay out
    assert not line(a, _RESUMED[lang][6][0]).kept


@pytest.mark.parametrize("lang", sorted(_RESUMED))
def test_teaser_cards_below_a_box_do_not_resume_the_article(line, lang: str) -> None:
    text, tail = _resumed_page(lang, cards=True)
    a = clean(text)
    assert not any(line(a, s[:30]).kept for s in tail)


def test_comments_link_in_a_share_column_does_not_damp_the_story() -> None:
    """"Comments" between "Twitter" and "Print" links the story's comments: it
    does not head a comment thread, so the story below it keeps its weight and
    wins over the market disclaimer above."""
    disclaimer = [
        "Quotes are delayed by at least fifteen minutes. Real-time prices are provided by our "
        "data partners and market data is supplied for information only, so nothing on this "
        "page is advice to buy or sell any share, bond or fund, and neither we nor our partners "
        "accept any liability for decisions made on the basis of these figures or for errors.",
        "Fund prices are the closing prices of the previous trading day. Past performance is not "
        "a guide to future returns, the value of investments can fall as well as rise, and you "
        "may get back less than you put in, so please speak to an independent adviser before "
        "you make any decision about your savings or your pension.",
    ]
    story = [
        "The harbour shipping group Northquay reported quarterly profit well below forecasts on "
        "Tuesday, blaming a slowdown in freight volumes on its busiest routes.",
        "Revenue fell six percent to 1.2 billion dollars, while analysts had expected a small "
        "rise after two strong quarters in a row.",
        "Chief executive Maria Lund said the company would cut costs at its two largest "
        "terminals and delay the purchase of four new cranes until next year.",
        "Shares in the group fell nine percent in early trading, their steepest drop since the "
        "spring of last year.",
        "The company kept its forecast for the full year but said the final quarter would "
        "depend on holiday shipments from Asia.",
    ]
    lines = ["  • Markets", "  • Money", "  • Tech", ""]
    for p in disclaimer:
        lines += [p, ""]
    lines += ["Earnings", "Published 1 day ago", "",
              "Northquay profit misses forecasts as freight slows", "",
              "  • Facebook", "  • Twitter", "  • Comments", "  • Print", "  • Email", "",
              "By Jane Doe", ""]
    for p in story:
        lines += [p, ""]
    a = clean("\n".join(lines) + "\n")
    assert a.paragraphs[:len(story)] == tuple(story)
    assert not any(p in a.paragraphs for p in disclaimer)


#: An intro on the story's topic above a long table of contents (more lines than the
#: bridge crosses), the story below it; an off-topic pitch to swap in for the intro.
_INTRO_PAGES = {
    "en": dict(
        menu=["Home", "Recipes", "Baking", "Contact"],
        head="Baking sourdough bread at home",
        intro="Sourdough bread needs nothing but flour, water and salt, yet the starter "
              "and a long, slow rise give the loaf its mild sour taste and its open crumb.",
        pitch="Our small team of writers tests garden tools, travels to faraway islands "
              "and reviews new films, and we answer every single letter our readers send.",
        byline="By Jane Roe",
        toc=["Contents", "Feeding the starter", "Mixing the dough", "Folding and shaping",
             "Baking in a pot", "Storing the loaf", "Flour types", "Water and salt",
             "Tools you need", "Timing the rise", "Scoring the top", "Freezing bread",
             "Common mistakes", "Rye starters", "Whole wheat loaves", "Reader questions"],
        paras=["A starter is a living mix of flour and water. Feed it twice a day with "
               "equal weights of flour and water and keep it in a warm corner.",
               "When the starter doubles within six hours of a feed and smells pleasantly "
               "sour, it is strong enough to raise a loaf of bread.",
               "For the dough, stir the starter into lukewarm water, add the flour and "
               "leave the rough mixture to rest for half an hour before the salt goes in.",
               "Fold the dough every half hour during the first two hours of the rise, "
               "then shape the loaf and let it rise slowly overnight in the fridge.",
               "Bake the bread in a hot covered pot for twenty minutes, then take off the "
               "lid so the crust can turn deep brown and crisp."],
        footer="© 2024 Bakery Blog. All rights reserved."),
    "de": dict(
        menu=["Startseite", "Rezepte", "Backen", "Kontakt"],
        head="Sauerteigbrot zu Hause backen",
        intro="Für ein Sauerteigbrot braucht es nur Mehl, Wasser und Salz, doch der "
              "Sauerteig und die lange Gare geben dem Brot seinen milden, säuerlichen "
              "Geschmack und die lockere Krume.",
        pitch="Unser kleines Team testet Gartengeräte, reist auf ferne Inseln und bespricht "
              "neue Filme, und wir beantworten jeden einzelnen Brief unserer Leserinnen.",
        byline="Von Erika Muster",
        toc=["Inhalt", "Sauerteig füttern", "Teig kneten", "Falten und formen",
             "Im Topf backen", "Brot lagern", "Mehlsorten", "Wasser und Salz",
             "Das braucht man", "Die Gare", "Einschneiden", "Brot einfrieren",
             "Häufige Fehler", "Roggensauerteig", "Vollkornbrote", "Fragen der Leser"],
        paras=["Ein Sauerteig ist eine lebendige Mischung aus Mehl und Wasser. Man füttert "
               "ihn zweimal am Tag mit gleich viel Mehl und Wasser.",
               "Wenn sich der Sauerteig binnen sechs Stunden nach dem Füttern verdoppelt und "
               "angenehm säuerlich riecht, ist er kräftig genug für ein Brot.",
               "Für den Teig rührt man den Sauerteig in lauwarmes Wasser, gibt das Mehl dazu "
               "und lässt die Mischung eine halbe Stunde ruhen, bevor das Salz dazukommt.",
               "In den ersten zwei Stunden der Gare wird der Teig jede halbe Stunde gefaltet, "
               "dann geformt und über Nacht im Kühlschrank langsam gehen gelassen.",
               "Das Brot backt zwanzig Minuten im heißen, geschlossenen Topf, dann kommt der "
               "Deckel ab, damit die Kruste tief braun und knusprig wird."],
        footer="© 2024 Backblog. Alle Rechte vorbehalten."),
}


def _intro_page(lang: str, intro: str, byline: str | None = None) -> str:
    d = _INTRO_PAGES[lang]
    toc = "\n".join([str(d["toc"][0]), *("  • " + t for t in d["toc"][1:])])
    top = [intro, str(byline)] if byline else [intro]
    return "\n\n".join(["\n".join(d["menu"]), str(d["head"]), *top, toc, *d["paras"],
                        str(d["footer"])])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_intro_on_the_topic_above_a_long_contents_box_joins_the_article(line, lang) -> None:
    d = _INTRO_PAGES[lang]
    a = clean(_intro_page(lang, str(d["intro"])))
    r = line(a, str(d["intro"])[:30])
    assert (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.evidence)
    assert r.evidence.endswith("in an intro on the article's topic above it")
    assert list(a.paragraphs) == [d["intro"], *d["paras"]]  # the contents box stays out


@pytest.mark.parametrize("lang", ["en", "de"])
def test_prose_on_another_topic_above_a_long_box_stays_out(line, lang) -> None:
    d = _INTRO_PAGES[lang]
    a = clean(_intro_page(lang, str(d["pitch"])))
    assert not line(a, str(d["pitch"])[:30]).kept
    assert a.paragraphs[0] == d["paras"][0]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_prose_on_the_topic_above_a_byline_stays_out(line, lang) -> None:
    # Above the headline block (a photo credit, a byline between), prose on the topic is a
    # dek or a teaser of it, not its first section.
    d = _INTRO_PAGES[lang]
    text = _intro_page(lang, str(d["intro"]), byline=str(d["byline"]))
    text = text.replace(str(d["head"]), f"{d['head']}\n\nPhoto: Jane Roe / Studio Nord", 1)
    a = clean(text)
    r = line(a, str(d["intro"])[:30])
    assert not (r.label is Label.BODY and r.pass_name == "region"), r.evidence


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("lang,box", [
    ("en", ["Advertisement", "Solar panels for your roof with a ten-year guarantee and free "
            "installation this month from a local installer.", "Learn more"]),
    ("de", ["Anzeige", "Neue Fenster vom Meisterbetrieb aus Ihrer Nähe, jetzt mit "
            "kostenloser Beratung und fester Lieferzeit.", "Mehr erfahren"]),
])
def test_ad_text_between_an_ad_label_and_its_link_is_the_ad(line, lang: str,
                                                            box: list[str], sep: str) -> None:
    # sep "\n": one line per block and no blank lines, as a block-element renderer prints it
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean(sep.join(paras[:2] + ["\n".join(box)] + paras[2:]) + "\n")
    r = line(a, box[1][:20])
    assert (r.label, r.pass_name, r.evidence) == (Label.AD, "region",
                                                  "ad text between an ad label and its link")
    assert all(p in a.paragraphs for p in paras)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_paragraph_under_an_ad_label_without_a_link_stays(line, sep: str) -> None:
    # "Advertisement" over the next paragraph (a blank line apart, or not) with no ad
    # link closing it: the label of an empty ad slot, the paragraph is the story's.
    from conftest import PROSE

    paras = list(PROSE["en"])
    page = "\n\n".join(paras[:2] + ["Advertisement" + sep + paras[2]] + paras[3:]) + "\n"
    a = clean(page)
    assert all(p in a.paragraphs for p in paras)


@pytest.mark.parametrize("lang,poll,head", [
    ("nl", ["Peiling", "Moet de gemeente de bibliotheek openhouden?", "  ( ) Ja, zeker",
            "  ( ) Ja, maar met kortere openingstijden", "  ( ) Nee", "[Stem]", "812 stemmen"],
     "Leden tekenen petitie"),
    ("en", ["Poll", "Should the council keep the library open?", "Yes, whatever it costs",
            "Yes, but with shorter hours", "No", "Vote", "812 votes"],
     "Members sign a petition"),
])
def test_poll_block_in_the_article_is_removed(line, lang: str, poll: list[str],
                                              head: str) -> None:
    # The poll's heading, question, answers, button and count go; the subheading under
    # it stays a heading (not the end of a run of short lines).
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n\n".join(paras[:2] + ["\n".join(poll), head] + paras[2:]) + "\n")
    for item in poll:
        r = line(a, item.strip())
        assert not r.kept, (item, r.label, r.evidence)
    assert line(a, poll[1]).evidence == "poll (question, answers and a vote button)"
    assert line(a, head).label is Label.HEADING
    assert all(p in a.paragraphs for p in paras)


def test_question_over_a_short_list_without_a_vote_button_is_no_poll(line) -> None:
    from conftest import PROSE

    paras = list(PROSE["en"])
    block = ["What should you pack?", "A warm coat", "Sturdy boots", "A flask of tea"]
    a = clean("\n\n".join(paras[:2] + ["\n".join(block)] + paras[2:]) + "\n")
    assert all("poll" not in line(a, b).evidence for b in block)


# A short blog post whose paragraphs are tied by lead-in sentences ending in a colon
# ("Here is a fine example ...:") under a teaser list, with an "About this blog" box
# above heavier than any single paragraph of the post.
_LEAD_IN_POST = {
 "en": ["• Home", "• Photos", "", "About this blog", "",
        "This is the personal blog of a gardener from the north, with notes, photos and reviews written in the evenings after work and on rainy weekends.",
        "", "Everything here is written by me and reflects my own opinion, not that of my employer or of anyone else I happen to know.", "",
        "Popular posts", "", "• Ten tomatoes for a small balcony", "• Why the hedge stays", "",
        "Tiny giants of the garden", "", "March 3, 2021", "",
        "Taking close-up pictures of beetles is not an easy hobby, yet a retired teacher from the coast manages it with nothing but an old phone.",
        "", "Here is a fine example from his own kitchen table:", "", "A beetle on a spoon!", "",
        "The green beetle sits on a silver teaspoon and looks straight into the lens like a guest waiting for tea.",
        "", "More of his pictures can be found on his own page:", "",
        "He says that patience matters more than any lens.", "",
        "• Share", "• Print", "(c) 2021 Garden notes"],
 "de": ["• Start", "• Fotos", "", "Über dieses Blog", "",
        "Das ist das persönliche Blog eines Gärtners aus dem Norden, mit Notizen, Fotos und Rezensionen, geschrieben abends nach der Arbeit, an verregneten Wochenenden und manchmal auch früh am Morgen im Zug.",
        "", "Alles hier ist von mir geschrieben und gibt meine eigene Meinung wieder, nicht die meines Arbeitgebers oder sonst jemandes, den ich kenne, und sie kann sich mit der Zeit auch ändern.", "",
        "Beliebte Beiträge", "", "• Zehn Tomaten für den kleinen Balkon", "• Warum die Hecke bleibt", "",
        "Kleine Riesen im Garten", "", "3. März 2021", "",
        "Nahaufnahmen von Käfern sind kein einfaches Hobby, doch ein pensionierter Lehrer von der Küste schafft es mit nichts als einem alten Telefon.",
        "", "Hier ist ein schönes Beispiel aus seiner eigenen Küche:", "", "Ein Käfer auf dem Löffel!", "",
        "Der grüne Käfer sitzt auf einem silbernen Teelöffel und schaut direkt in die Linse wie ein Gast, der auf seinen Tee wartet.",
        "", "Weitere Bilder von ihm zeigt er auf seiner eigenen Seite:", "",
        "Geduld sei wichtiger als jedes Objektiv, sagt er.", "",
        "• Teilen", "• Drucken", "(c) 2021 Gartennotizen"],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_lead_in_sentences_ending_in_a_colon_do_not_break_a_short_post(line, lang: str) -> None:
    page = _LEAD_IN_POST[lang]
    a = clean("\n".join(page))
    for k in (18, 20, 24, 28):
        assert line(a, page[k]).kept, page[k]


def test_a_commenters_colon_line_still_weighs_as_a_short_line() -> None:
    from newsclean.lines import measure_lines
    from newsclean.passes.region import Region

    region = Region(Config().region)
    lead, said = measure_lines(["Here is a fine example from his own kitchen table:",
                                "Jane Roe on March 3, 2021 at 4:17 pm said:"])
    assert region.weight(lead, None, 0.0) == 0.0
    assert region.weight(said, None, 0.0) < 0.0


# A short post whose paragraphs are parted by short sentences ("Nobody gave it a
# chance.", "He was so proud!") under a teaser list, with a box above heavier than
# any single paragraph of the post.
_SHORT_SENTENCE_POST = {
    "en": ["• Home", "• Photos", "", "About this blog", "",
           "This is the personal blog of a gardener from the north, with notes, photos and reviews written in the evenings after work, on rainy weekends and sometimes early in the morning on the train.",
           "", "Everything here is written by me and reflects my own opinion, not that of my employer or of anyone else I happen to know, and it may well change over the years.", "",
           "Popular posts", "", "• Ten tomatoes for a small balcony", "• Why the hedge stays", "",
           "The pumpkin that won", "", "March 3, 2021", "",
           "Our neighbour entered his pumpkin in the autumn fair this year, after weeks of watering it twice a day by hand.",
           "", "Nobody gave it a chance.", "",
           "The judges weighed it on Saturday morning and it beat last year's winner by almost four kilos.",
           "", "He was so proud!", "",
           "Next year he wants to try melons as well.", "",
           "• Share", "• Print", "(c) 2021 Garden notes"],
    "de": ["• Start", "• Fotos", "", "Über dieses Blog", "",
           "Das ist das persönliche Blog eines Gärtners aus dem Norden, mit Notizen, Fotos und Rezensionen, geschrieben abends nach der Arbeit, an verregneten Wochenenden und manchmal auch früh am Morgen im Zug.",
           "", "Alles hier ist von mir geschrieben und gibt meine eigene Meinung wieder, nicht die meines Arbeitgebers oder sonst jemandes, den ich kenne, und sie kann sich mit der Zeit auch ändern.", "",
           "Beliebte Beiträge", "", "• Zehn Tomaten für den kleinen Balkon", "• Warum die Hecke bleibt", "",
           "Der Kürbis, der gewann", "", "3. März 2021", "",
           "Unser Nachbar hat seinen Kürbis dieses Jahr zum Herbstmarkt gebracht, nach Wochen, in denen er ihn zweimal am Tag von Hand gegossen hat.",
           "", "Niemand gab ihm eine Chance.", "",
           "Die Jury wog ihn am Samstagmorgen, und er schlug den Sieger des letzten Jahres um fast vier Kilo.",
           "", "Er war so stolz!", "",
           "Nächstes Jahr will er es auch mit Melonen versuchen.", "",
           "• Teilen", "• Drucken", "(c) 2021 Gartennotizen"],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_short_sentences_between_paragraphs_do_not_break_a_short_post(line, lang: str) -> None:
    page = _SHORT_SENTENCE_POST[lang]
    a = clean("\n".join(page))
    for k in (18, 20, 22, 24, 26):
        assert line(a, page[k]).kept, page[k]


def test_a_short_line_without_a_stopword_still_weighs_as_a_short_line() -> None:
    from newsclean.lines import measure_lines
    from newsclean.passes.region import Region

    region = Region(Config().region)
    said, menu = measure_lines(["He was so proud!", "Weather Radar Traffic Maps."])
    assert region.weight(said, None, 0.0) == 0.0
    assert region.weight(menu, None, 0.0) < 0.0


_CLOSING_LIST = {
    "en": ("What the evening offers:", ["Readings by two local authors", "Sport",
           "Songs by the river choir", "A quiz for families", "Tea and cake in the hall"]),
    "de": ("Was der Abend bietet:", ["Lesungen von zwei Autorinnen aus der Stadt", "Sport",
           "Lieder des Flusschors", "Ein Quiz für Familien", "Tee und Kuchen im Saal"]),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_closing_list_keeps_going_past_an_item_the_menu_also_prints(page, line, lang) -> None:
    # "Sport" is a menu entry too, so the repeated pass removes it; the list the
    # article closes with goes on past it to its last item.
    intro, items = _CLOSING_LIST[lang]
    a = clean(page(lang, before_footer=[intro, *(f"• {t}" for t in items)]))
    assert line(a, "• Sport").pass_name == "repeated"
    for t in [intro, *items]:
        if t != "Sport":
            r = line(a, t)
            assert (r.label, r.pass_name) == (Label.BODY, "region"), (t, r.evidence)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_list_of_mostly_printed_lines_stays_out(page, line, lang) -> None:
    intro, items = _CLOSING_LIST[lang]
    menu = ("World", "Business") if lang == "en" else ("Politik", "Wirtschaft")
    body = [items[0], *menu, "Sport", items[2]]
    a = clean(page(lang, before_footer=[intro, *(f"• {t}" for t in body)]))
    assert not line(a, items[0]).kept
    assert not line(a, items[2]).kept


_VISIT_BOX = {
    "en": ["Opening hours: Tuesday to Sunday, 10 am to 5 pm", "Admission: adults 4 pounds",
           "Address: 12 Mill Lane, Riverside"],
    "de": ["Öffnungszeiten: Dienstag bis Sonntag, 10 bis 17 Uhr", "Eintritt: Erwachsene 4 Euro",
           "Adresse: Mühlenweg 12, Flussheim"],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_fact_box_two_blank_lines_below_the_article_joins_it(page, line, lang) -> None:
    a = clean(page(lang, before_footer=["", *_VISIT_BOX[lang]]))
    for t in _VISIT_BOX[lang]:
        r = line(a, t)
        assert (r.label, r.evidence) == (Label.BODY, "fact box below the article"), t


@pytest.mark.parametrize("lang", ["en", "de"])
def test_fact_box_below_a_second_block_joins_it(page, line, prose, lang) -> None:
    a = clean(page(lang, paragraphs=5, insert=_BOX, insert_after=3,
                   before_footer=_VISIT_BOX[lang]))
    assert line(a, prose[lang][4][:30]).evidence.endswith("in a second block of the article")
    for t in _VISIT_BOX[lang]:
        r = line(a, t)
        assert (r.label, r.evidence) == (
            Label.BODY, "fact box below a second block of the article"), t


_POINTER = {
    "en": ("The council's full budget report is available here:",
           "Riverside library budget report 2025 (PDF)"),
    "de": ("Den vollständigen Haushaltsbericht des Rats finden Sie hier:",
           "Haushaltsbericht Stadtbibliothek Flussheim 2025 (PDF)"),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_one_item_under_a_sentence_pointing_to_it_joins_the_article(page, line, lang) -> None:
    intro, item = _POINTER[lang]
    a = clean(page(lang, before_footer=[intro, "", item]))
    for t in (intro, item):
        r = line(a, t)
        assert (r.label, r.pass_name) == (Label.BODY, "region"), (t, r.evidence)


_DETAILS = {
    "en": ("Shot details", ["Camera: Nikon D750 with a star filter", "Lens: 180 mm telephoto",
                             "Aperture:", "Date: 12 March 2024",
                             "Exposure: 40 x 2 minutes", "Place: the hill above Riverside"]),
    "de": ("Bilddetails", ["Kamera: Nikon D750 mit Sternfilter", "Objektiv: 180 mm Tele",
                           "Blende:", "Datum: 12. März 2024",
                           "Belichtung: 40 x 2 Minuten", "Ort: der Hügel über Flussheim"]),
}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("bullet", ["• ", ""])
def test_box_of_details_under_a_short_heading_below_the_article_joins_it(
        page, line, lang, bullet) -> None:
    # The date line goes to the dateline pass and the empty field stays out; the
    # box goes on past both to its last line.
    head, box = _DETAILS[lang]
    a = clean(page(lang, before_footer=[head, "", *(bullet + t for t in box)]))
    for t in [head, *box]:
        r = line(a, t)
        if t.endswith(":") or r.pass_name == "dateline":
            continue
        assert (r.label, r.pass_name) == (Label.BODY, "region"), (t, r.evidence)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_three_details_under_a_heading_are_no_box(page, line, lang) -> None:
    head, box = _DETAILS[lang]
    a = clean(page(lang, before_footer=[head, "", *(f"• {t}" for t in (*box[:2], box[4]))]))
    assert not line(a, box[4]).kept


@pytest.mark.parametrize("lang,label", [("en", "Advertisement"), ("de", "Anzeige")])
def test_paragraphs_between_repeated_ad_labels_stay_without_blank_lines(lang: str,
                                                                        label: str) -> None:
    # One line per block, no blank lines: the page's ad slot label printed between
    # every two paragraphs opens the next slot, it is no link closing an ad's text.
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n".join(x for p in paras for x in (label, p)) + "\n" + label + "\n")
    assert all(p in a.paragraphs for p in paras)


@pytest.mark.parametrize("lang,label,heading,items", [
    ("en", "Advertisement", "Share this story", ["Facebook", "Email"]),
    ("de", "Anzeige", "Schlagworte", ["Stadtrat", "Bibliothek"]),
])
def test_a_heading_below_closes_no_ad_text(lang: str, label: str, heading: str,
                                           items: list[str]) -> None:
    # One line per block, no blank lines: the heading of the block under the article
    # ("Share this story", "Schlagworte") is no ad link, so the last paragraphs under
    # an empty ad slot stay the story's.
    from conftest import PROSE

    paras = list(PROSE[lang])
    a = clean("\n".join(paras[:3] + [label] + paras[3:] + [heading] + items) + "\n")
    assert all(p in a.paragraphs for p in paras)


# --- a short line ending with a call-to-action infinitive: a button or a box title ---

@pytest.mark.parametrize(("lang", "insert", "call"), [
    # opens with a "now" word, a pitch paragraph under it
    ("de", ["Jetzt für den Stadtteil-Newsletter anmelden"],
     "Jetzt für den Stadtteil-Newsletter anmelden"),
    ("nl", ["Nu voor de wijkkrant aanmelden"], "Nu voor de wijkkrant aanmelden"),
    # no paragraph under it: a button between two sections
    ("de", ["Kalender bestellen", "Was der Hafen plant"], "Kalender bestellen"),
    ("nl", ["Gids bestellen", "Wat de haven van plan is"], "Gids bestellen"),
])
def test_call_to_action_line_inside_the_article_is_other(page, line, lang: str,
                                                         insert: list[str], call: str) -> None:
    a = clean(page(lang, insert=insert))
    r = line(a, call)
    assert (r.label, r.pass_name) == (Label.OTHER, "region"), r.evidence
    assert r.evidence.startswith("call to action in the article")
    assert call not in a.paragraphs and len(a.paragraphs) == 3 + len(insert)


@pytest.mark.parametrize(("lang", "text"), [
    # a how-to subheading over its paragraph
    ("de", "Online anmelden"),
    ("nl", "Online aanmelden"),
    # a question, and a noun after "zum"
    ("de", "Wo kann man Karten bestellen?"),
    ("de", "Fahrpläne zum Herunterladen"),
])
def test_subheadings_ending_like_a_call_to_action_stay(page, line, lang: str,
                                                      text: str) -> None:
    a = clean(page(lang, insert=[text]))
    assert "call to action" not in line(a, text).evidence
