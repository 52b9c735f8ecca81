"""``photo_caption``: captions and credits move to ``Article.captions``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label


def test_caption_ending_in_a_bracketed_credit(page, line) -> None:
    cap = "Residents gather outside the town hall on Monday evening. (Jane Roe / Reuters)"
    a = clean(page(insert=[cap]))
    r = line(a, "Residents gather")
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")
    assert r.evidence.startswith("ends with credit")
    assert a.captions == (cap,)
    assert len(a.paragraphs) == 4


def test_standalone_credit_takes_the_line_above(page, line) -> None:
    a = clean(page(insert=["A man walks past the library on Monday.", "(Jane Roe / Reuters)"]))
    assert (line(a, "A man walks").label, line(a, "A man walks").evidence) == (
        Label.CAPTION, "line above a credit")
    assert (line(a, "(Jane Roe").label, line(a, "(Jane Roe").pass_name) == (
        Label.CAPTION, "photo_caption")
    assert a.captions == ("A man walks past the library on Monday. (Jane Roe / Reuters)",)


@pytest.mark.parametrize(
    ("lang", "credit"),
    [
        ("en", "Photo: Jane Roe/Reuters"),
        ("en", "Image caption The library on the river bank"),
        ("de", "Foto: dpa"),
        ("fr", "Photo : AFP"),
        ("es", "Foto: EFE"),
        ("it", "Foto: Ansa"),
        ("pt", "Foto: Lusa"),
    ],
)
def test_credit_lines_per_language(page, line, lang: str, credit: str) -> None:
    a = clean(page(lang, insert=[credit]))
    r = line(a, credit)
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert credit in a.captions
    assert len(a.paragraphs) == 4


def test_w3m_image_placeholder_then_caption(page, line) -> None:
    a = clean(page("en", "w3m", insert=["[missing-im]", "The library reading room. Photo: Jane Roe"]))
    assert (line(a, "[missing-im]").label, line(a, "[missing-im]").pass_name) == (
        Label.OTHER, "blank_line")


def test_max_lead_lines_boundary(page, line) -> None:
    lines = ["The reading room on the first floor.", "It opened in 1968.", "(Jane Roe / Reuters)"]
    base = Config()
    two = clean(page(insert=lines))
    assert line(two, "The reading room").label is Label.CAPTION
    assert line(two, "It opened").label is Label.CAPTION
    one = clean(page(insert=lines), config=replace(base, caption=replace(base.caption,
                                                                         max_lead_lines=1)))
    assert line(one, "It opened").label is Label.CAPTION
    assert line(one, "The reading room").pass_name != "photo_caption"


def test_max_credit_words_boundary(page, line) -> None:
    credit = "Getty Images Jane Roe Riverside Herald Archive"  # 7 words, no brackets
    base = Config()
    at7 = clean(page(insert=[credit]), config=replace(base, caption=replace(
        base.caption, max_credit_words=7)))
    assert (line(at7, credit).label, line(at7, credit).evidence) == (Label.CAPTION,
                                                                     "credit line")
    at6 = clean(page(insert=[credit]), config=replace(base, caption=replace(
        base.caption, max_credit_words=6)))
    assert line(at6, credit).pass_name != "photo_caption"


def test_a_paragraph_quoting_a_photographer_is_body(page, line) -> None:
    s = ("The photographer who took the famous picture of the flood in 1968 still lives two "
         "streets away from the library, and she spoke at the meeting.")
    a = clean(page(insert=[s]))
    assert (line(a, "The photographer").label, line(a, "The photographer").pass_name) == (
        Label.BODY, "region")
    assert a.captions == ()


def test_markdown_image_line_is_not_article_text(page) -> None:
    a = clean(page("en", "markdown", insert=["![Residents outside the town hall](x.jpg)"]))
    assert "Residents outside the town hall" not in a.paragraphs


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_line_printed_twice_in_a_row_is_alt_text_and_caption(page, lang: str) -> None:
    cap = {"en": "A man walks his dog past the closed library on Monday morning.",
           "de": "Ein Mann geht am Montagmorgen mit seinem Hund an der Bibliothek vorbei."}[lang]
    a = clean(page(lang, "w3m", insert=[cap, cap]))
    twins = [r for r in a.lines if r.text == cap]
    assert len(twins) == 2
    for r in twins:
        assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")
        assert r.evidence.startswith("printed twice in a row")
    assert cap in a.captions and cap not in a.paragraphs


def test_caption_then_the_same_caption_with_its_credit(page, line) -> None:
    cap = "The mayor at the council meeting last week."
    a = clean(page(insert=[cap, "", cap + "Credit...Jane Roe/The Herald"]))
    assert [r.label for r in a.lines if r.text.startswith(cap)] == [Label.CAPTION] * 2


def test_table_header_row_repeated_is_not_a_caption(page) -> None:
    row = "Pos      Player        Team        Points       Games"
    a = clean(page(insert=[row, row]))
    assert all(r.label is not Label.CAPTION for r in a.lines if r.text == row)


def test_two_different_paragraphs_are_not_twins(page, line) -> None:
    a = clean(page(insert=["The mayor spoke first and thanked the volunteers for their work.",
                           "The mayor spoke first and thanked the volunteers for their work today."]))
    assert line(a, "The mayor spoke first").label is not Label.CAPTION


def test_file_photo_prefix_is_a_caption(page, line) -> None:
    cap = "FILE PHOTO: The council building is seen in Riverside, U.S., January 8, 2019."
    a = clean(page(insert=[cap]))
    r = line(a, "FILE PHOTO")
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")


@pytest.mark.parametrize(
    ("lang", "cap"),
    [
        ("nl", "Losse paprika's in een supermarkt in Utrecht. Foto: ANP / Jan Smit"),
        ("pl", "Plac budowy nad rzeką. Pracuje tylko jedna brygada. Fot. PAP/Jan Nowak"),
        ("it", "Una delle tele restaurate nella sala grande. Foto di Anna Rossi"),
        ("fr", "La foule devant la scène, samedi soir. Photo Le Riverain / Marie Roux"),
        ("en", "Residents outside the town hall on Monday. © Jane Roe"),
        # A photographer's name in capitals, no credit word.
        ("es", "El centro de salud de Villarreal del Valle, este lunes. CARMEN ROSALES"),
        ("fr", "Le marché couvert de Saint-Aubin, samedi matin. JEAN-MARC DUVAL"),
    ],
)
def test_caption_ending_in_an_unbracketed_credit(page, line, lang: str, cap: str) -> None:
    a = clean(page(lang, "w3m", insert=[cap]))
    r = line(a, cap[:20])
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert r.evidence.startswith("ends with credit")
    assert cap in a.captions


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_sentence_after_a_credit_word_is_body(page, line, lang: str) -> None:
    s = {"en": "The polling stations open at seven in the morning. Photo ID is required.",
         "de": "Die Wahllokale öffnen um sieben Uhr morgens. Foto und Ausweis sind mitzubringen."}[lang]
    a = clean(page(lang, insert=[s]))
    assert line(a, s[:20]).label is Label.BODY


@pytest.mark.parametrize(
    ("lang", "cap"),
    [("en", "*A wave breaks over the harbour wall on Saturday.*"),
     ("fr", "*Le plateau au petit matin, deuxième jour.*")],
)
def test_markdown_italic_line_below_an_image_is_a_caption(page, line, lang: str, cap: str) -> None:
    a = clean(page(lang, "markdown", insert=["![A wave](img/wave.jpg)", "", cap]))
    r = line(a, cap[1:15])
    assert (r.label, r.pass_name, r.evidence) == (
        Label.CAPTION, "photo_caption", "italic line below a markdown image")


def test_markdown_italic_line_without_an_image_is_body(page, line) -> None:
    s = "*The council will meet again on Thursday to settle the details.*"
    a = clean(page("en", "markdown", insert=[s]))
    assert line(a, "The council will meet again").label is Label.BODY


@pytest.mark.parametrize(
    "cap",
    ["3 / 8 Judges inspect the ewes on the first morning of the show. *Jane Roe/Dales Echo*",
     "*Zwei Module am Balkongeländer reichen für den Haushalt. Foto: Anna Schmidt*"],
)
def test_markdown_caption_with_an_italic_credit(page, line, cap: str) -> None:
    a = clean(page("en", "markdown", insert=[cap]))
    r = line(a, cap[2:20])
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence


def test_fullwidth_bracketed_credit(page, line) -> None:
    cap = "9月16日，最后一组箱梁完成架设。（图/江南日报记者 刘振华 摄）"
    a = clean(page("en", "w3m", insert=[cap]))
    assert (line(a, "9月16日").label, line(a, "9月16日").pass_name) == (
        Label.CAPTION, "photo_caption")


@pytest.mark.parametrize("alt", ["[bridge-closure-2025]", "[dsc_0412.jpg]", "[20180816_1009]",
                                 "[p0792688]", "[lazy_placeholder][gratidao-pela-vida]"])
def test_w3m_image_file_name_in_brackets(page, line, alt: str) -> None:
    a = clean(page("en", "w3m", insert=[alt, "The bridge on Monday. Photo: Jane Roe"]))
    r = line(a, alt)
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")
    assert alt not in a.text


@pytest.mark.parametrize("mark", ["[12]", "[Update]"])
def test_footnote_marks_and_bracketed_words_are_no_image_ids(page, line, mark: str) -> None:
    a = clean(page("en", "w3m", insert=[mark]))
    assert line(a, mark).pass_name != "photo_caption"


@pytest.mark.parametrize("credit", ["Michael Conroy, AP", "Jane Roe, Getty Images"])
def test_name_comma_agency_is_a_credit_with_its_caption(page, line, credit: str) -> None:
    cap = "Teachers rally at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019."
    a = clean(page("en", "w3m", insert=[cap, credit]))
    assert (line(a, credit).label, line(a, credit).evidence) == (Label.CAPTION, "credit line")
    assert line(a, "Teachers rally").label is Label.CAPTION


@pytest.mark.parametrize("text", ["Smith, Jones", "Council members, residents"])
def test_names_without_an_agency_are_no_credit(page, line, text: str) -> None:
    a = clean(page("en", "w3m", insert=[text]))
    assert line(a, text).pass_name != "photo_caption"


def test_a_paragraph_ending_in_a_capitalised_acronym_is_body(page, line) -> None:
    # One capitalised word is an acronym, not a photographer's name.
    t = "The figures come from the latest survey published this week by the agency. UNESCO"
    a = clean(page("en", "w3m", insert=[t]))
    assert line(a, t[:20]).label is not Label.CAPTION


@pytest.mark.parametrize("credit", ["© Jonas Reimers", "© picture alliance/dpa",
                                    "© Shutterstock/Jane Roe"])
def test_copyright_credit_line_is_a_caption_alone(page, line, credit: str) -> None:
    # A "©" credit of its own: a caption line, and the paragraph above stays text
    # (under an image the credit may come before the caption).
    from conftest import PROSE

    a = clean(page("de", "innertext", insert=[credit]))
    r = line(a, credit)
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")
    # with a credit word after the mark ("© Shutterstock/...") it is a credit line
    assert r.evidence in ("copyright credit", "credit line")
    assert credit in a.captions
    assert a.paragraphs == PROSE["de"][:4]


def test_copyright_line_with_a_year_is_no_photo_credit(page, line) -> None:
    t = "© 2025 Weserblick Mediengruppe"
    a = clean(page("de", "innertext", before_footer=[t]))
    assert line(a, t).pass_name != "photo_caption"


@pytest.mark.parametrize(("lang", "cap", "credit"), [
    ("de", "Die Geschäftsführerin hinter der neuen Frischetheke im Dorfladen.",
     "© Foto: Martina Hohlweg"),
    ("en", "The new counter of the village shop on its first morning.", "© Photo: Jane Roe"),
])
def test_copyright_mark_before_a_credit_word_takes_its_caption(page, line, lang: str, cap: str,
                                                               credit: str) -> None:
    a = clean(page(lang, "inscriptis", insert=[cap + "\n" + credit]))
    assert (line(a, cap[:20]).label, line(a, cap[:20]).evidence) == (Label.CAPTION,
                                                                     "line above a credit")
    assert line(a, credit).evidence == "credit line"


_SLIDES = {
    "en": ["Volunteers unload crates of apples at the orchard gate.",
           "A child holds up the largest pumpkin of the morning.",
           "The brass band plays on the village green after lunch."],
    "it": ["I volontari scaricano le cassette di mele davanti al frutteto.",
           "Un bambino mostra la zucca più grande della mattinata.",
           "La banda suona sul prato del paese dopo pranzo."],
}


def _gallery(slides: list[str], counters: list[str]) -> list[str]:
    out: list[str] = []
    for c, s in zip(counters, slides):
        out += [f"    {c}", "", f"    {s}", ""]
    return out[:-1]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_gallery_slide_counters_and_their_captions(page, line, lang: str) -> None:
    """An embedded gallery ("1/3" over each caption, no credits): the counters
    are no subheadings and the captions no paragraphs."""
    slides = _SLIDES[lang]
    a = clean(page(lang, "inscriptis", insert=_gallery(slides, ["1/3", "2/3", "3/3"])))
    for s in slides:
        r = line(a, s[:30])
        assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert (line(a, "2/3").label, line(a, "2/3").evidence) == (
        Label.CAPTION, "gallery slide counter '2/3'")
    assert a.captions == tuple(f"{k}/3 {s}" for k, s in enumerate(slides, 1))
    assert len(a.paragraphs) == 4


def test_two_counters_or_falling_numbers_make_no_gallery(page, line) -> None:
    slides = _SLIDES["en"]
    for counters in (["1/3", "2/3"], ["3/3", "1/3", "2/3"]):
        a = clean(page("en", "inscriptis", insert=_gallery(slides, counters)))
        assert line(a, slides[0][:30]).label is not Label.CAPTION, counters


_JA_PARAS = (
    "青葉町の町立図書館は来月から、平日の開館時間を午後8時まで延長すると発表した。",
    "町によると、仕事帰りの利用者から要望が多く寄せられていたという。延長に合わせて職員を2人増やす。",
    "この日の外国為替市場では、円相場が1ドル＝150円台で推移した。",
    "図書館の担当者は「学生や働く人にもっと気軽に来てほしい」と話している。",
)


@pytest.mark.parametrize("caption", [
    "開館時間の延長が決まった町立図書館＝3日、青葉町で",
    "記者会見する町長＝3日午後、青葉町役場",
    "閲覧室で本を選ぶ利用者＝共同",
])
def test_japanese_caption_ending_in_equals_date_and_place(caption: str) -> None:
    text = "\n\n".join(["町立図書館、開館時間を延長へ", "2025年9月3日", caption, *_JA_PARAS]) + "\n"
    a = clean(text)
    r = next(x for x in a.lines if x.text == caption)
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), (r.label, r.evidence)
    assert caption in a.captions
    # a sentence with "＝" (an exchange rate) stays in the article
    assert _JA_PARAS[2] in a.paragraphs


# --- a caption's two copies around the image placeholder; figure captions ---

@pytest.mark.parametrize("lang,cap,credit", [
    ("en", "Volunteers stack sandbags along the river wall on Tuesday.",
     "Photograph: Jane Roe/Riverside Agency"),
    ("de", "Helfer stapeln am Dienstag Sandsäcke an der Ufermauer.",
     "Foto: Jana Rot/Flussagentur"),
])
def test_alt_text_over_an_image_placeholder_and_its_credited_caption(page, line, lang: str,
                                                                     cap: str, credit: str) -> None:
    a = clean(page(lang, insert=[cap, "", "[ ]", "", f"{cap} {credit}"]))
    first = next(r for r in a.lines if r.text == cap)
    assert (first.label, first.evidence) == (
        Label.CAPTION, "printed twice in a row (alt text and caption)")
    assert cap not in a.text
    assert f"{cap} {credit}" in a.captions


@pytest.mark.parametrize("lang,cap", [
    ("es", "La presidenta de la cooperativa anunció que dejará el cargo en junio."),
    ("en", "The head of the cooperative said she will step down in June."),
])
def test_caption_printed_again_with_the_photographer_in_brackets(page, line, lang: str,
                                                                 cap: str) -> None:
    a = clean(page(lang, insert=[cap, f"{cap} (Marta Ruiz Olmo)"]))
    for r in a.lines:
        if r.text.startswith(cap):
            assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert cap not in a.text


def test_a_paragraph_repeated_with_more_words_is_no_caption(page) -> None:
    # The second copy goes on with a sentence, not a credit: not a caption's twin.
    p = "The council met on Monday to discuss the new bridge over the river."
    a = clean(page(insert=[p, f"{p} (It was the third meeting this year.)"]))
    assert not any(r.label is Label.CAPTION and r.text == p for r in a.lines)


@pytest.mark.parametrize("lang,cap", [
    ("de", "Abbildung 4: Die grösste Lawine der Woche ging an einem Nordhang ab. Sie wurde von "
           "zwei Tourengehern ausgelöst, die unverletzt blieben."),
    ("en", "Figure 2: Water levels at the north gauge during the week, measured every hour."),
    ("pl", "Rys. 3. Poziom wody na północnym wodowskazie w ciągu tygodnia."),
])
def test_numbered_figure_caption(page, line, lang: str, cap: str) -> None:
    a = clean(page(lang, insert=[cap]))
    r = line(a, cap[:20])
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert cap in a.captions


@pytest.mark.parametrize("text", [
    "Figure 8 skating drew a large crowd to the frozen lake on Sunday afternoon.",
    "Figures from the council show the bridge cost more than planned last year.",
])
def test_figure_word_without_a_numbered_label_is_body(page, line, text: str) -> None:
    a = clean(page(insert=[text]))
    assert line(a, text[:20]).label is Label.BODY
