"""Short lines and headings that are not the article: bylines naming only a role,
headings opening a link list or a service box at the article's end.

All page text is invented for these tests."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label

_EN_PARAS = (
    "The harbour committee met on Tuesday evening to discuss the plans for the new "
    "ferry landing, which residents have asked about for more than a decade now.\n\n"
    "Members agreed that the old pier would be repaired first, and that the work on "
    "the landing itself would start as soon as the funding from the region arrived.\n"
)
_DE_PARAS = (
    "Der Gemeinderat hat am Dienstagabend über die Pläne für den neuen Fähranleger "
    "beraten, nach dem die Anwohner seit mehr als zehn Jahren immer wieder fragen.\n\n"
    "Die Mitglieder waren sich einig, dass zuerst der alte Steg repariert wird und die "
    "Arbeiten am Anleger beginnen, sobald die Fördermittel der Region eingetroffen sind.\n"
)


@pytest.mark.parametrize(("byline", "paras"), [
    ("By Staff Writer", _EN_PARAS),
    ("By Staff Reporter", _EN_PARAS),
    ("Von Redakteurin", _DE_PARAS),
])
def test_byline_with_only_a_role(byline: str, paras: str) -> None:
    """ "By Staff Writer": a byline that names no one is still a byline, not a
    heading of the article, and gives no author."""
    text = f"Ferry Landing Plans Move Ahead After Long Wait\n\n{byline}\n\n{paras}"
    a = clean(text)
    r = next(lr for lr in a.lines if lr.text == byline)
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline"), r.evidence
    assert "role" in r.evidence
    assert a.authors == ()
    assert byline not in a.text


def test_byline_role_word_with_more_text_is_not_a_role_byline() -> None:
    """A role word followed by more words is not a bare role ("By Editor's choice")."""
    text = f"Ferry Landing Plans Move Ahead After Long Wait\n\nBy Editor's choice\n\n{_EN_PARAS}"
    r = next(lr for lr in clean(text).lines if lr.text == "By Editor's choice")
    assert r.evidence != "'By' + role"
