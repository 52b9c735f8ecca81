"""``photo_caption``: a caption whose credit ends it in a shape of its own (a credit
closed by a full stop, a credit alone, "Agency | Name", "Agency / Name" run into
the caption, names in brackets, "(Symbolbild)."). The caption leaves ``text``
for ``Article.captions``; prose that only mentions a photo or a source stays."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label


@pytest.mark.parametrize(
    ("lang", "cap", "evidence"),
    [
        # a credit word and a colon, closed by a full stop
        ("es", "Vista del muelle norte al amanecer. Foto: Archivo Diario del Sur.",
         "ends with credit 'Foto: Archivo"),
        ("de", "Blick auf den alten Hafen am frühen Morgen. Foto: Archiv Stadtanzeiger.",
         "ends with credit 'Foto: Archiv"),
        # a credit alone after the caption's sentence
        ("es", "Un grupo de ciclistas cruza el puente el pasado martes. EFE",
         "ends with credit 'EFE'"),
        ("en", "Firefighters work at the scene of the blaze on Tuesday night. Reuters",
         "ends with credit 'Reuters'"),
        # a credit, "|" and the photographer's name
        ("de", "Delegierte im Saal kurz vor der Abstimmung. picture alliance | Jana Beispiel",
         "ends with credit 'picture alliance | Jana"),
        ("en", "Delegates in the main hall shortly before the vote. Getty Images | Jane Roe",
         "ends with credit 'Getty Images | Jane"),
        # "Agency / Name" after the caption, with a space or run into it
        ("de", "Die neue Vorsitzende nach der Wahl zusammen mit dem Wahlleiter. KNV / Brauner",
         "ends with credit 'KNV / Brauner'"),
        ("de", "Die neue Vorsitzende nach der Wahl zusammen mit dem Wahlleiter.KNV / Brauner",
         "ends with credit 'KNV / Brauner'"),
        ("en", "The new chair after the vote with the returning officer. RVA / Thompson",
         "ends with credit 'RVA / Thompson'"),
        # the photographer's names in brackets
        ("es", "La alcaldesa anunció que dejará el cargo en junio. (Marta Ruiz Ortega)",
         "ends with a name in brackets"),
        ("en", "The mayor said she would step down at the end of June. (Jane Marie Roe)",
         "ends with a name in brackets"),
        # a stock photo mark in brackets before the full stop
        ("de", "Wer die Bänke am Ufer beschädigt hat, ist noch unklar (Symbolbild).",
         "ends with credit '(Symbolbild)'"),
        ("en", "Police are still looking for the driver of the van (File photo).",
         "ends with credit '(File photo)'"),
    ],
)
def test_caption_ending_in_a_credit(page, line, lang: str, cap: str, evidence: str) -> None:
    a = clean(page(lang, insert=[cap]))
    r = line(a, cap[:20])
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption")
    assert r.evidence.startswith(evidence)
    assert a.captions == (cap,)
    assert cap not in a.text
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a source in brackets is no photo's credit
        ("en", "The minister resigned on Friday evening, two officials told reporters (Reuters)."),
        ("es", "El ministro renunció el viernes por la noche, según dos fuentes (EFE)."),
        # a paragraph that mentions a photo, an agency or a slash
        ("en", "The museum bought the photo last year. Reuters first reported the sale on Monday."),
        ("de", "Das Foto zeigt die Brücke im Winter. Bild und Text stammen aus dem Stadtarchiv."),
        ("de", "Die Linie fährt ab Montag wieder. Nord / Süd bleibt wegen der Baustelle gesperrt."),
        # names in brackets after no sentence, or a single name
        ("en", "The letter was signed by the two founders of the club (Jane Roe and John Doe)"),
        ("en", "The council will meet again in the spring to decide on the budget. (Archive)"),
    ],
)
def test_prose_stays(page, line, lang: str, text: str) -> None:
    a = clean(page(lang, insert=[text]))
    r = line(a, text[:20])
    assert r.label != Label.CAPTION
    assert a.captions == ()


def test_a_long_paragraph_ending_in_a_credit_word_is_prose(page, line) -> None:
    # past a caption's length the rule does not look
    text = ("The council voted to keep the library open for another year after a long "
            "debate about the budget, the staff and the building, which needs a new roof, "
            "new windows and a lift before the winter comes and the rooms get cold again, "
            "as the head librarian told the members of the council at the end. Reuters")
    assert text.count(" ") >= 45
    a = clean(page("en", insert=[text]))
    assert line(a, text[:20]).label != Label.CAPTION


@pytest.mark.parametrize(
    ("lang", "cap", "credit"),
    [
        ("de", "Leichte Schuhe und ein neuer Verschluss sorgen für bequemes Gehen bergauf.",
         "| © Alpenbild / Jana Beispiel"),
        ("en", "The new boots are light and easy to close on a steep path.",
         "| Photo: Jane Roe"),
    ],
)
def test_a_credit_after_a_bar_takes_the_caption_above(page, line, lang: str, cap: str,
                                                      credit: str) -> None:
    # the "|" ties the credit to the line above, a blank line apart
    a = clean(page(lang, insert=[cap, "", credit]))
    r = line(a, cap[:20])
    assert (r.label, r.evidence) == (Label.CAPTION, "line above a '|' credit")
    assert line(a, credit).evidence == "credit after '|'"
    assert a.captions == (f"{cap} {credit}",)
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize(
    ("lang", "credit", "cap"),
    [
        ("en", "Photo: Jane Roe",
         "The mayor (left) talks to a resident outside the library on Monday."),
        # (only lexicon 'caption_prefix' lines print before the caption: "Photo:", "Image:")
        ("de", "Photo: Jana Beispiel",
         "Die Bürgermeisterin (links) spricht am Montag vor der Bibliothek mit einer Anwohnerin."),
    ],
)
def test_a_short_credit_printed_before_its_caption(page, line, lang: str, credit: str,
                                                   cap: str) -> None:
    a = clean(page(lang, insert=[credit, cap]))
    r = line(a, cap[:20])
    assert (r.label, r.evidence) == (Label.CAPTION, "line under a credit")
    assert a.captions == (f"{credit} {cap}",)
    assert len(a.paragraphs) == 4


def test_a_headline_or_a_paragraph_under_a_credit_stays(page, line) -> None:
    # no sentence: a headline (of a gallery, say), not the photo's caption
    a = clean(page("en", insert=["Photo: Jane Roe", "Council keeps the library open"]))
    assert line(a, "Council keeps").evidence != "line under a credit"
    # a paragraph with more prose right under it is the text, not a caption
    a = clean(page("en", insert=[
        "Photo: Jane Roe",
        "The mayor spoke to residents outside the library on Monday.",
        "She said the council would find the money for the new roof by the spring."]))
    assert line(a, "The mayor spoke").label != Label.CAPTION
    # a bar before no credit ties nothing
    a = clean(page("en", insert=["The new boots are light and easy to close.", "",
                                 "| see the review"]))
    assert line(a, "The new boots").label != Label.CAPTION
