"""Hard-wrapped pages (lynx, links, html2text, pandoc): the wrap column is found,
broken paragraphs are rejoined before the passes run, and every input line still
gets its own result. All page text is written for these tests."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Config, clean
from newsclean.config import ReflowConfig
from newsclean.model import Label
from newsclean.reflow import rejoin, wrap_width

EN_PROSE = (
    "The town council has voted to approve a network of protected cycle lanes along "
    "Mill Road, ending two years of consultation that divided shopkeepers and residents.",
    "Councillors backed the plan by 23 votes to 9 on Thursday evening after a debate "
    "that lasted almost three hours. Work is expected to begin in the autumn and take "
    "about eighteen months, with the busiest junction rebuilt first.",
    '"This is about making the road safe for everyone who uses it," said council '
    'leader Priya Anand. "We have listened, and we have changed the design to keep '
    'loading bays for the shops on the eastern side of the road."',
    "Traders' association chair Tom Booth said members remained worried about the "
    "loss of parking spaces during the works and asked for a review after one year.",
)
DE_PROSE = (
    "Der Gemeinderat hat am Dienstagabend den Neubau der Grundschule am Lindenplatz "
    "beschlossen. Die Kosten liegen nach der jüngsten Schätzung bei rund elf Millionen "
    "Euro, der Landkreis übernimmt davon etwa ein Drittel.",
    "Bürgermeisterin Anja Kessler sprach von einem guten Tag für die Familien im Ort. "
    "Der Altbau aus den sechziger Jahren sei nicht mehr zu sanieren, die Räume seien zu "
    "klein und die Heizung veraltet.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern. "
    "Während dieser Zeit werden die Kinder in Containern auf dem Sportplatz unterrichtet, "
    "wie die Verwaltung mitteilte.",
)


def lynx_page(title: str, byline: str, date: str, prose: tuple[str, ...], width: int,
              menu: tuple[str, ...], related: tuple[str, ...], footer: str) -> str:
    """A page as a terminal browser prints it: numbered links, paragraphs wrapped at
    ``width`` and indented by three spaces, list items under "*"."""
    n = iter(range(1, 100))
    lines = [f"   [{next(n)}]Skip to main content", ""]
    lines += [f"     * [{next(n)}]{m}" for m in menu]
    lines += ["", title, "", f"   {byline}", f"   {date}", ""]
    for p in prose:
        lines += textwrap.wrap(p, width, initial_indent="   ", subsequent_indent="   ")
        lines.append("")
    lines += [f"     * [{next(n)}]{r}" for r in related]
    lines += ["", f"   {footer}", ""]
    return "\n".join(lines)


def en_page(width: int = 72) -> str:
    return lynx_page("Town council approves new cycle lanes on Mill Road",
                     "By [8]Harriet Cole", "Published 14 March 2025", EN_PROSE, width,
                     ("News", "Sport", "Business", "Opinion", "Weather"),
                     ("Mill Road traders call for parking review",
                      "Council budget: what the rise means for you",
                      "New bus timetable starts next month"),
                     "© 2025 The Valley Courier. All rights reserved.")


def de_page(width: int = 72) -> str:
    return lynx_page("Gemeinderat beschließt Neubau der Grundschule",
                     "Von [8]Jonas Berger", "Veröffentlicht am 04.03.2025", DE_PROSE, width,
                     ("Lokales", "Sport", "Wirtschaft", "Kultur", "Wetter"),
                     ("Neue Buslinie ab Montag", "Freibad öffnet früher",
                      "Sanierung der Ortsdurchfahrt verzögert sich"),
                     "© 2025 Talbote Mediengruppe. Alle Rechte vorbehalten.")


@pytest.mark.parametrize("width", [60, 72, 79, 100])
@pytest.mark.parametrize(("page", "prose", "author"), [
    (en_page, EN_PROSE, "Harriet Cole"), (de_page, DE_PROSE, "Jonas Berger")])
def test_wrapped_paragraphs_are_rejoined(page, prose, author, width):
    text = page(width)
    assert max(len(ln) for ln in text.splitlines()) <= width  # the page really is wrapped
    a = clean(text)
    assert a.paragraphs == prose
    assert a.authors == (author,)
    assert a.wrap_width is not None and a.wrap_width <= width


@pytest.mark.parametrize("page", [en_page, de_page])
def test_every_wrapped_line_gets_its_paragraphs_result(page):
    text = page()
    raws = text.splitlines()
    a = clean(text)
    assert [r.index for r in a.lines] == list(range(len(raws)))
    assert [r.text for r in a.lines] == raws
    body = [r for r in a.lines if r.label is Label.BODY]
    # every physical line of the prose is body, not just the first of each paragraph
    assert len(body) == sum(len(textwrap.wrap(p, 72)) for p in (EN_PROSE if page is en_page
                                                                else DE_PROSE))
    continued = [r for r in body if "continues the line above" in r.evidence]
    assert continued and all(r.pass_name == "region" for r in continued)
    assert all(v.index == r.index for r in a.lines for v in r.also)


def test_without_reflow_a_wrapped_page_loses_its_article():
    """What the step is for: the same page read line by line looks like a menu."""
    off = Config(reflow=ReflowConfig(enabled=False))
    text = en_page()
    assert clean(text, config=off).wrap_width is None
    assert len(clean(text, config=off).text) < len(clean(text).text) / 2


def test_unwrapped_pages_are_left_alone():
    long_para = " ".join(EN_PROSE)
    assert len(long_para) > 160
    page = "News\nSport\n\nHeadline of the day\n\n" + long_para + "\n\n" + EN_PROSE[0] + "\n"
    assert wrap_width(page.splitlines(), ReflowConfig()) is None
    # innerText: one paragraph per line, no blank lines, all shorter than the limit
    inner = "\n".join(EN_PROSE)
    assert wrap_width(inner.splitlines(), ReflowConfig()) is None
    assert clean(inner).wrap_width is None
    menu = "\n".join(["Home", "News", "Sport", "Weather"] * 10)
    assert wrap_width(menu.splitlines(), ReflowConfig()) is None


EN_TEASERS = (
    "Harbour car park charges to rise by fifty pence an hour from June",
    "Ferry timetable cut again as the crew shortage bites into summer",
    "Why the old mill chimney will finally come down later this spring",
    "Bakery owner wins the regional award for her sourdough loaf again",
    "School bus route changes from Monday explained for worried parents",
    "Flood warning lifted for the lower valley after a dry week at last",
)
DE_TEASERS = (
    "Neue Buslinie verbindet ab Montag das Gewerbegebiet mit dem Bahnhof",
    "Freibad öffnet in diesem Jahr zwei Wochen früher als sonst üblich",
    "Sanierung der Ortsdurchfahrt verzögert sich bis in den Spätsommer",
    "Bäckerei am Marktplatz schließt nach siebzig Jahren ihre Türen",
    "Stadtbücherei verlängert die Öffnungszeiten an den Samstagen",
    "Feuerwehr bekommt ein neues Löschfahrzeug für den Ortsteil Nord",
)


@pytest.mark.parametrize(("prose", "teasers"), [(EN_PROSE, EN_TEASERS), (DE_PROSE, DE_TEASERS)])
def test_block_ending_lines_near_the_column_do_not_hide_the_wrap(prose, teasers):
    """Teaser headlines of 60-70 columns, each alone between blank lines, end near the
    wrap column without being broken: they say nothing about wrapping, as the last line
    of a paragraph doesn't, and must not outvote the broken lines of the prose."""
    lines: list[str] = []
    for p in prose[:2]:
        lines += [*textwrap.wrap(p, 72), ""]
    for t in teasers * 2:
        lines += [t, ""]
    assert wrap_width(lines, ReflowConfig()) == 72
    a = clean("\n".join(lines))
    assert a.wrap_width == 72
    assert prose[0] in a.paragraphs


@pytest.mark.parametrize(("prose", "teasers"), [(EN_PROSE, EN_TEASERS), (DE_PROSE, DE_TEASERS)])
def test_list_items_near_the_column_do_not_hide_the_wrap(prose, teasers):
    """A list of long items, one under the other, ends each item near the wrap
    column right before the next item's marker: no wrapper breaks there, so those
    lines say nothing about wrapping either."""
    lines: list[str] = []
    for p in prose[:2]:
        lines += [*textwrap.wrap(p, 78, initial_indent="   ", subsequent_indent="   "), ""]
    lines += [f"     * {t}" for t in teasers * 2]
    width = wrap_width(lines, ReflowConfig())
    assert width is not None and width <= 78
    a = clean("\n".join(lines))
    assert a.wrap_width == width
    assert prose[0] in a.paragraphs


@pytest.mark.parametrize(("para", "headline"), [
    ("The harbour board approved the plan to extend the sea wall by forty metres. "
     "Work begins in May and should take a year to finish.",
     "Ferry timetable cut again as the crew shortage bites"),
    ("Der Gemeinderat hat den Neubau der Grundschule am Lindenplatz beschlossen. "
     "Die Arbeiten beginnen im Mai und dauern ein Jahr.",
     "Neue Buslinie verbindet das Gewerbegebiet mit dem Bahnhof")])
def test_a_headline_right_after_a_paragraph_is_not_its_continuation(para, headline):
    """Blocks without a blank line between them: a headline whose first word would
    not have fitted after a full line that ends a sentence is a line of its own,
    since it starts with a capital and ends without a sentence mark."""
    width = 40
    wrapped = textwrap.wrap(para, width)
    full = next(i for i, ln in enumerate(wrapped) if ln.endswith("."))
    raws = wrapped[:full + 1] + [headline]
    assert len(raws[full]) + 1 + len(headline.split()[0]) > width  # it looks broken
    out, starts = rejoin(raws, width, ReflowConfig())
    assert out[-1] == headline and starts[-1] == full + 1
    # a sentence that goes on over more lines, or ends the paragraph, still joins
    out, starts = rejoin(wrapped, width, ReflowConfig())
    assert out == [para] and starts == [0]


def _centred(text: str, width: int) -> list[str]:
    """A heading as lynx prints an ``<h1>``: wrapped, each line centred."""
    return [" " * ((width - len(ln)) // 2) + ln for ln in textwrap.wrap(text, width - 8)]


@pytest.mark.parametrize(("headline", "prose", "author"), [
    ("Town council approves new cycle lanes on Mill Road after two years of "
     "consultation and a three-hour debate", EN_PROSE, "Harriet Cole"),
    ("Gemeinderat beschließt nach langer Debatte den Neubau der Grundschule am "
     "Lindenplatz für elf Millionen Euro", DE_PROSE, "Jonas Berger")])
def test_a_centred_headline_on_two_lines_is_one_title(headline, prose, author):
    head = _centred(headline, 78)
    assert len(head) == 2 and head[0].startswith("  ") and head[1].startswith("  ")
    lines = ["   [1]Skip to main content", "", "     * [2]News", "     * [3]Sport",
             "     * [4]Weather", "", *head, "", f"   By [5]{author}", ""]
    for p in prose:
        lines += [*textwrap.wrap(p, 78, initial_indent="   ", subsequent_indent="   "), ""]
    a = clean("\n".join(lines))
    assert a.wrap_width is not None
    assert a.title == headline
    assert [r.label for r in a.lines[6:8]] == [Label.TITLE, Label.TITLE]
    assert a.paragraphs == prose


def test_centred_lines_are_joined_only_when_they_share_the_page_centre():
    width = 78
    head = _centred("Town council approves new cycle lanes on Mill Road after two years "
                    "of consultation and debate", width)
    out, starts = rejoin(head, width, ReflowConfig())
    assert starts == [0] and out[0].split() == " ".join(head).split()
    # a left-aligned short line under a centred one, or a short centred line: not joined
    for pair in ([head[0], "   By Harriet Cole"], ["      Town council news      ", head[1]]):
        assert rejoin(pair, width, ReflowConfig())[1] == [0, 1]


def test_a_long_link_does_not_hide_the_wrap_column():
    """References lists print URLs past the column; only lines of words count."""
    text = en_page() + "\nReferences\n\n   1. https://valley.example/" + "x" * 200 + "\n"
    assert clean(text).wrap_width is not None


def test_list_items_and_their_continuations():
    item = ("The first item of this list is long enough that the wrapper had to break it "
            "onto a second line under the text of the item.")
    item2 = ("A second item that starts a new entry of its own and is long enough to wrap "
             "as well, again under its own text.")
    para = ("The paragraph after the list is plain prose that goes on for a while and "
            "wraps like the rest of the page does at this width.")
    raws = [*textwrap.wrap(item, 72, initial_indent="   * ", subsequent_indent="     "),
            *textwrap.wrap(item2, 72, initial_indent="   * ", subsequent_indent="     "),
            *textwrap.wrap(para, 72, initial_indent="   ", subsequent_indent="   ")]
    assert len(raws) == 6
    out, starts = rejoin(raws, 72, ReflowConfig())
    assert starts == [0, 2, 4]
    assert out == ["   * " + item, "   * " + item2, "   " + para]


def test_a_short_line_is_never_joined_to_the_next():
    raws = ["   By Harriet Cole, Local Democracy Reporter",
            "   Published 14 March 2025 and updated on the evening of the same day",
            "   The council met on Thursday and voted on the long-awaited plan for the"]
    out, starts = rejoin(raws, 75, ReflowConfig())
    assert out == raws and starts == [0, 1, 2]


def test_a_compound_broken_at_its_hyphen_is_rejoined_without_a_space():
    raws = ["The council approved the long-awaited plan for the new harbour-",
            "front promenade on Tuesday evening after a short debate."]
    out, _ = rejoin(raws, 64, ReflowConfig())
    assert out == ["The council approved the long-awaited plan for the new "
                   "harbour-front promenade on Tuesday evening after a short debate."]


def test_link_numbers_are_debris_citations_are_text():
    a = clean("   Headline of a story about numbered links in text\n\n   By [8]Harriet Cole\n\n"
              + "   " + EN_PROSE[0] + " It had [12]more detail online.\n\n"
              + "   Patients heard up to 1,000 alarms per shift [1], a study found[2] last "
              + "year in a survey of eleven hospitals across the region.\n")
    assert a.authors == ("Harriet Cole",)
    assert "It had more detail online." in a.text
    assert "per shift [1], a study found[2] last" in a.text


@pytest.mark.parametrize("kwargs, name", [
    ({"min_width": 200}, "min_width"),
    ({"edge_slack": 40}, "edge_slack"),
    ({"min_broken_share": 1.5}, "min_broken_share"),
    ({"min_broken_lines": 0}, "min_broken_lines"),
])
def test_impossible_reflow_settings_are_rejected(kwargs, name):
    with pytest.raises(ValueError, match=f"ReflowConfig.{name}"):
        ReflowConfig(**kwargs)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéñ", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(paras=st.lists(st.lists(_WORD, min_size=12, max_size=80), min_size=2, max_size=6),
       width=st.integers(min_value=40, max_value=120))
def test_any_wrapped_page_is_accounted_for_line_by_line(paras, width):
    text = "\n\n".join(textwrap.fill(" ".join(p) + ".", width) for p in paras) + "\n"
    raws = text.splitlines()
    a = clean(text)
    assert [r.text for r in a.lines] == raws
    assert [r.index for r in a.lines] == list(range(len(raws)))
    assert clean(text) == a  # deterministic
    # rejoining never loses or invents a word
    if a.wrap_width is not None:
        out, starts = rejoin(raws, a.wrap_width, ReflowConfig())
        assert " ".join(out).split() == " ".join(raws).split()
        assert starts[0] == 0 and starts == sorted(set(starts))


# --- one text node per line (get_text("\n")) ------------------------------------

def nodes(*paragraphs: tuple[str, ...]) -> list[str]:
    """A page as a scraper prints it with one text node per line: each paragraph
    given as the pieces its links and emphasis cut it into."""
    return [piece for p in paragraphs for piece in p]


NODE_PAGE_EN = nodes(
    ("Home", "News", "Sport", "Opinion"),
    ("Ferry operator blames software fault for week of cancellations",),
    ("By", "Lucy Hart"),
    ("The head of the island ferry company said on Monday that a fault in its new",
     "booking software", "caused the cancellations that stranded hundreds of passengers",
     "last week, and apologised to customers", "."),
    ("Chief executive", "Martin Doyle", "told the", "harbour committee",
     "that the fault had been fixed and that refunds would be paid within a fortnight, "
     "according to a statement published on the company's website", "."),
    ("Passengers' groups said the apology came too late for people who missed medical "
     "appointments on the mainland.",),
    ("Related", "Island council to review ferry contract", "New timetable from March"),
    ("© 2025 The Island Gazette",),
)
NODE_PAGE_ES = nodes(
    ("Inicio", "Local", "Deportes", "Cultura"),
    ("El ayuntamiento aprueba el nuevo plan de carriles bici",),
    ("Por", "Marta Ruiz"),
    ("El pleno municipal aprobó este jueves el plan que prevé",
     "veinte kilómetros de carriles bici", "en los próximos tres años, con el apoyo de "
     "todos los grupos salvo", "uno", "."),
    ("La alcaldesa", "Elena Sáez", "explicó que las obras empezarán por el",
     "barrio del Puerto", ", donde el tráfico de bicicletas se ha duplicado desde 2022."),
    ("Los comerciantes de la zona pidieron que se mantengan las zonas de carga y descarga "
     "durante las obras.",),
    ("Noticias relacionadas", "La ciudad estrena bicicletas eléctricas", "Nuevo aparcamiento"),
    ("© 2025 Diario del Puerto",),
)


@pytest.mark.parametrize(("raws", "first", "second"), [
    (NODE_PAGE_EN,
     "The head of the island ferry company said on Monday that a fault in its new booking "
     "software caused the cancellations that stranded hundreds of passengers last week, "
     "and apologised to customers.",
     "Chief executive Martin Doyle told the harbour committee that the fault had been "
     "fixed and that refunds would be paid within a fortnight, according to a statement "
     "published on the company's website."),
    (NODE_PAGE_ES,
     "El pleno municipal aprobó este jueves el plan que prevé veinte kilómetros de carriles "
     "bici en los próximos tres años, con el apoyo de todos los grupos salvo uno.",
     "La alcaldesa Elena Sáez explicó que las obras empezarán por el barrio del Puerto, "
     "donde el tráfico de bicicletas se ha duplicado desde 2022."),
])
def test_text_nodes_cut_at_links_are_rejoined(raws, first, second):
    text = "\n".join(raws) + "\n"
    a = clean(text)
    assert a.paragraphs[:2] == (first, second)
    assert [r.text for r in a.lines] == raws
    assert a.wrap_width is None
    off = clean(text, config=Config(reflow=ReflowConfig(min_fragment_signals=10**6)))
    assert first not in off.paragraphs


def test_lines_opening_with_dots_or_percent_are_no_fragments():
    """w3m prints "...mehr" teasers and table cells like "17" / "%": no signal."""
    raws = ["Jupiter Moon 3", "...mehr.", "Unique Vintage", "...mehr Vintage.",
            "Daily value 17", "%", "Fat 20", "%"]
    from newsclean.reflow import fragment_signals
    assert fragment_signals(raws) == 0


def test_one_stray_signal_does_not_rejoin_a_page():
    raws = ["A headline that runs to several words", "(updated)",
            "The council met on Thursday evening to vote on the plan for the harbour.",
            "the menu item in lower case", "Another paragraph of the story follows here."]
    text = "\n".join(raws)
    a = clean(text)
    assert not any("continues the line above" in r.evidence for r in a.lines)


def test_one_signal_marks_a_node_page():
    """A single sentence cut at a link before its comma is enough: the other
    renderers never start a line with a comma after a line that stops mid-sentence."""
    raws = ["Start", "Lokales", "Wetter",
            "Der neue Radweg am Ufer wird im Mai eröffnet",
            "Die Stadt hat die Arbeiten am",
            "Uferweg",
            ", der seit dem Winter gesperrt ist, früher als geplant abgeschlossen.",
            "Impressum"]
    from newsclean.reflow import fragment_signals
    assert fragment_signals(raws) == 1
    a = clean("\n".join(raws) + "\n")
    assert ("Die Stadt hat die Arbeiten am Uferweg, der seit dem Winter gesperrt ist, "
            "früher als geplant abgeschlossen.") in a.paragraphs


@pytest.mark.parametrize("raws", [
    ["Alle Videos der Woche", "» weitere Videos"],       # a link arrow, not a quote's end
    ["Aus dem Archiv", ":: Ähnliche Beiträge"],           # a decoration
    ["Peter Brandt, Kritiker", "”Das beste Buch des Jahres.”"],  # an opening quote
])
def test_marks_that_also_open_a_line_are_no_signal(raws):
    from newsclean.reflow import fragment_signals
    assert fragment_signals(raws) == 0


@pytest.mark.parametrize(("raws", "joined"), [
    # a bracket or quote opened at the end of a line, its text on the next
    (["Die Bürgermeisterin sagte am Abend:", "«", "Wir bauen den Radweg noch in diesem Jahr.»"],
     ["Die Bürgermeisterin sagte am Abend:", "«Wir bauen den Radweg noch in diesem Jahr.»"]),
    (["Timetable (", "Winter Service 2025", ")"], ["Timetable (Winter Service 2025)"]),
    # a short label printed on a line of its own, then its text
    (["Background:", "The council first proposed the cycle path in 2019."],
     ["Background: The council first proposed the cycle path in 2019."]),
    (["Hintergrund:", "Die Gemeinde hatte den Radweg schon 2019 geplant."],
     ["Hintergrund: Die Gemeinde hatte den Radweg schon 2019 geplant."]),
    # ... but a label over a short line is a list of fields
    (["Ort:", "Rathaus", "Zeit:", "18 Uhr"], ["Ort:", "Rathaus", "Zeit:", "18 Uhr"]),
])
def test_fragments_after_an_opener_or_a_label_are_rejoined(raws, joined):
    from newsclean.reflow import rejoin_fragments
    out, starts = rejoin_fragments(raws, ReflowConfig())
    assert out == joined
    assert len(starts) == len(out)
