"""Boilerplate prose kept inside the article region: an author box under a bare
name heading closing the article (metadata's ``_name_box``)."""

from __future__ import annotations

import pytest

from conftest import FOOTERS, build_page
from newsclean import clean
from newsclean.model import Label

# --- an author box under a name heading, in the first person ---

_BOXES = {
    "en": ("Quillon", ["I write here about long walks, old maps and my two noisy dogs. "
                       "Nothing about me is very important, honestly."],
           "Quillon says:"),
    "de": ("Marlowe", ["Ich schreibe hier über Radtouren, alte Karten und meine zwei "
                       "lauten Hunde.", "Mir fällt sonst wenig Wichtiges über mich ein."],
           "Marlowe sagt:"),
}


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_first_person_box_under_a_name_printed_elsewhere_is_byline(line, lang: str) -> None:
    name, bio, signed = _BOXES[lang]
    before = [name, ""]
    for p in bio:
        before += [p, ""]
    a = clean(build_page(lang, byline=False, before_footer=before,
                         footer=[*FOOTERS[lang], "", signed]))
    for p in bio:
        r = line(a, p[:25])
        assert (r.label, r.pass_name) == (Label.BYLINE, "metadata"), r.evidence
        assert r.evidence.startswith("author box under the name")
    head = [x for x in a.lines if x.text == name]
    assert [(x.label, x.evidence) for x in head] == [(Label.BYLINE, "author's name over the bio")]
    assert all(p not in a.text for p in bio)


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_name_box_needs_the_name_elsewhere_on_the_page(line, lang: str) -> None:
    name, bio, _ = _BOXES[lang]
    a = clean(build_page(lang, byline=False, before_footer=[name, "", *bio[:1]]))
    assert line(a, bio[0][:25]).label is Label.BODY


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_name_box_spares_a_name_the_story_speaks_of(line, lang: str) -> None:
    name, bio, signed = _BOXES[lang]
    story = {"en": f"{name} told the council that the bridge would reopen in May.",
             "de": f"{name} sagte im Rat, die Brücke werde im Mai wieder geöffnet."}[lang]
    a = clean(build_page(lang, byline=False, insert=[story],
                         before_footer=[name, "", *bio[:1]],
                         footer=[*FOOTERS[lang], "", signed]))
    assert line(a, bio[0][:25]).label is Label.BODY


def test_name_box_needs_the_first_person(line) -> None:
    text = ("The ferry runs twice a day in summer and once in winter, weather "
            "permitting, from the old pier.")
    a = clean(build_page("en", byline=False, before_footer=["Quillon", "", text],
                         footer=[*FOOTERS["en"], "", "Quillon says:"]))
    assert line(a, text[:25]).label is Label.BODY
