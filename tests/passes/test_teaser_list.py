"""``teaser_list``: repeated teaser blocks (headline, summary, byline, date)."""

from __future__ import annotations

from newsclean import clean
from newsclean.model import Label

# Team-written teasers: headline, one summary sentence (or none), a byline (or
# none), its date. The blocks vary in shape, as on a section front, so that no
# period repeats and only the dates hold the rail together.
_EN = [
    ("Harbour board delays vote on the new ferry terminal",
     "Members asked for another cost study before committing to the second berth.",
     "By Mara Quill", "March 4, 2025"),
    ("Why the school bus contract went to a firm from out of state",
     "", "By Tobias Wren", "March 3, 2025"),
    ("Library hours return to normal after the winter cuts",
     "Branches will open on Sundays again from April, the trustees decided.",
     "", "March 2, 2025"),
    ("A mill town bets on a cycling trail to bring visitors back",
     "The old rail line will carry riders past six villages by next summer.",
     "By Ines Barlow", "March 1, 2025"),
    ("Council names a new fire chief from inside the department",
     "", "By Tobias Wren", "February 28, 2025"),
    ("What the water rate rise means for a family of four",
     "The average bill goes up by a little under nine dollars a month.",
     "By Ines Barlow", "February 27, 2025"),
]
_ES = [
    ("El ayuntamiento aplaza la votación sobre el nuevo mercado",
     "Los concejales pidieron otro informe antes de aprobar la segunda fase.",
     "Por Lucía Ferrán", "4 de marzo de 2025"),
    ("Por qué el contrato del autobús escolar fue a otra provincia",
     "", "Por Tomás Vidal", "3 de marzo de 2025"),
    ("La biblioteca recupera su horario tras los recortes",
     "Las salas abrirán de nuevo los domingos a partir de abril, decidió el patronato.",
     "", "2 de marzo de 2025"),
    ("Un pueblo minero apuesta por una vía verde para atraer visitantes",
     "La antigua línea de tren llevará ciclistas por seis aldeas el próximo verano.",
     "Por Inés Barrio", "1 de marzo de 2025"),
    ("El consistorio nombra nuevo jefe de bomberos",
     "", "Por Tomás Vidal", "28 de febrero de 2025"),
    ("Qué supone la subida del agua para una familia de cuatro",
     "La factura media sube algo menos de nueve euros al mes, según el consorcio.",
     "Por Inés Barrio", "27 de febrero de 2025"),
]


def _front(blocks: list[tuple[str, str, str, str]]) -> str:
    lines = ["Politics", ""]
    for head, summary, byline, date in blocks:
        lines += [x for x in (head, summary, byline, date) if x] + [""]
    return "\n".join(lines) + "\n"


def test_byline_over_date_blocks_are_a_dated_rail() -> None:
    # Each block ends in a byline right above its date: one meta block, not two
    # dates one line apart that break the rail.
    for blocks in (_EN, _ES):
        a = clean(_front(blocks))
        teaser = {b[0] for b in blocks} | {b[1] for b in blocks if b[1]}
        heads = [r for r in a.lines if r.text in teaser]
        assert len(heads) == len(blocks) * 2 - 2
        assert not any(r.kept for r in heads)
        rail = [r for r in heads if r.pass_name == "teaser_list"]
        assert len(rail) >= len(heads) - 2  # the first headline may be left to the region
        assert all(r.evidence.startswith("teaser rail:") for r in rail)
        assert not a.is_article
        assert a.not_article_reason is not None
        assert a.not_article_reason.startswith("index page (no article text")
        assert a.text == ""


def test_an_article_with_one_byline_and_date_is_not_a_rail() -> None:
    # One byline over one date, then the story: a single meta block makes no rail.
    from conftest import PROSE

    text = ("Harbour board delays vote on the new ferry terminal\nBy Mara Quill\n"
            "March 4, 2025\n\n" + "\n\n".join(PROSE["en"]) + "\n")
    a = clean(text)
    assert "teaser_list" not in {r.pass_name for r in a.lines}
    assert a.is_article


def test_index_min_teasers_boundary() -> None:
    from dataclasses import replace

    from newsclean import Config

    text = _front(_EN)
    n = sum(r.pass_name == "teaser_list" for r in clean(text).lines)
    base = Config()
    at = clean(text, config=replace(base, verdict=replace(base.verdict, index_min_teasers=n)))
    assert at.not_article_reason is not None and at.not_article_reason.startswith("index page")
    above = clean(text, config=replace(base, verdict=replace(base.verdict,
                                                             index_min_teasers=n + 1)))
    assert above.not_article_reason == "no article text"
