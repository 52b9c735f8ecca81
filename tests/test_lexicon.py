"""The lexicon files load and validate; no phrase hits ordinary news prose."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsclean.lexicon import (
    PHRASE_LABELS,
    Lexicon,
    LexiconError,
    _build,
    load,
    match_key,
    match_low,
)
from newsclean.lines import split_lines

FILES = sorted(e.name for e in resources.files("newsclean.lexicon").iterdir()
               if e.name.endswith(".json"))


def _raw(name: str) -> str:
    return (resources.files("newsclean.lexicon") / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_every_file_loads_alone(name: str) -> None:
    lang = name[: -len(".json")]
    lex = _build({lang: _raw(name)})
    assert isinstance(lex, Lexicon)
    assert lex.languages == (lang,)


def test_all_files_load_together() -> None:
    lex = load()
    assert {f"{lang}.json" for lang in lex.languages} == set(FILES)
    assert {"en", "de", "fr", "es", "it", "pt"} <= set(lex.languages)
    assert lex.exact and lex.prefix and lex.contains
    assert load() is lex  # compiled once


def _file(**data: object) -> dict[str, str]:
    return {"xx": json.dumps({"language": "xx", **data})}


def test_minimal_file_loads() -> None:
    lex = _build(_file(phrases={"share": {"exact": ["Share it"]}}))
    assert lex.exact["share it"].label.value == "share"


def _hit(lex: Lexicon, line: str) -> str | None:
    m = lex.lookup(match_key(line), match_low(line), len(line.split()), 12)
    return None if m is None else m.label.value


def test_a_prefix_written_with_a_mark_needs_the_mark() -> None:
    """ "MORE:" marks "MORE: five things to know", not the headline "More than 300
    homes lose power"; written bare as well ("Tags" beside "Tags:"), it needs none."""
    lex = _build(_file(phrases={"related": {"prefix": ["MORE:", "Related"]},
                                "other": {"prefix": ["Tags:", "Tags"]}}))
    assert _hit(lex, "MORE: Five things to know about the storm") == "related"
    assert _hit(lex, "More : five things to know") == "related"
    assert _hit(lex, "More") == "related"
    assert _hit(lex, "More than 300 homes lose power in the storm") is None
    assert _hit(lex, "Tags: storm, power cuts") == "other"
    assert _hit(lex, "Tags storm power cuts") == "other"
    assert _hit(lex, "Related coverage from the newsroom") == "related"


@pytest.mark.parametrize(("heading", "box"), [
    ("More than 300 homes lost power overnight", "MORE: Five things to know about the storm"),
    ("Anzeige gegen den Bürgermeister erstattet", "Anzeige: Jetzt das Sparabo sichern"),
])
def test_a_subheading_starting_with_a_marked_word_stays(heading: str, box: str) -> None:
    from newsclean import clean
    from newsclean.model import Label

    en = heading.startswith("More")
    ps = (["The storm reached the coast shortly after midnight and brought down dozens of "
           "trees along the main road into town.",
           "Crews from three counties worked through the night to clear the roads and "
           "restore the lines before the morning rush.",
           "Schools in the valley stayed closed on Tuesday, and the council asked drivers "
           "to avoid the coast road until further notice."] if en else
          ["Der Streit um das neue Gewerbegebiet am Stadtrand hat am Montag eine neue "
           "Wendung genommen, wie die Polizei bestätigte.",
           "Mehrere Anwohner werfen dem Rathaus vor, Gutachten zum Lärmschutz über Monate "
           "zurückgehalten zu haben, obwohl sie längst vorlagen.",
           "Der Bürgermeister wies die Vorwürfe am Abend zurück und kündigte an, alle "
           "Unterlagen im Stadtrat offenzulegen."])
    text = "\n\n".join([ps[0], box, ps[1], heading, ps[2]]) + "\n"
    a = clean(text)
    kept = {r.text: r.label for r in a.lines}
    assert kept[heading] is Label.HEADING
    assert kept[box] not in (Label.BODY, Label.HEADING)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (_file(colour=["x"]), "unknown keys"),
        (_file(phrases={"navigation": {"exact": ["Menu"]}}), "unknown label 'navigation'"),
        (_file(phrases={"nav": {"fuzzy": ["Menu"]}}), "phrases.nav.fuzzy"),
        (_file(stopwords=[]), "'stopwords' must be a non-empty list"),
        (_file(home="Home"), "'home' must be a non-empty list"),
        (_file(phrases={"share": {"exact": ["  ••  "]}}), "normalises to nothing"),
        (_file(phrases={"footer": {"contains": ["   "]}}), "normalises to nothing"),
        (_file(phrases={"nav": {"prefix": ["Go"]}}), "too short"),
        (_file(months={"Smarch": 13}), "must map to 1..12"),
        (_file(phrases=["Menu"]), "'phrases' must be an object"),
        ({"xx": json.dumps({"language": "yy"})}, "'language' must be 'xx'"),
        ({"xx": "{not json"}, "not valid JSON"),
        ({"xx": "[1, 2]"}, "must hold a JSON object"),
    ],
)
def test_loader_rejects_malformed_files(files: dict[str, str], message: str) -> None:
    with pytest.raises(LexiconError) as exc:
        _build(files)
    assert message in str(exc.value)
    assert "xx.json" in str(exc.value)  # the message names the file


def test_labels_of_phrases_are_boilerplate_labels() -> None:
    lex = load()
    for table in (lex.exact, lex.prefix, lex.contains):
        for m in table.values():
            assert m.label.value in PHRASE_LABELS


def _duplicates() -> list[str]:
    out = []
    for name in FILES:
        data = json.loads(_raw(name))
        seen: dict[tuple[str, str], str] = {}
        for label, groups in data.get("phrases", {}).items():
            for kind, items in groups.items():
                for p in items:
                    key = (kind, match_low(p) if kind == "contains" else match_key(p))
                    if key in seen and seen[key] != label:
                        out.append(f"{name}: {kind} {p!r} under {seen[key]} and {label}")
                    seen.setdefault(key, label)
    return out


def test_no_phrase_under_two_labels_in_one_file() -> None:
    # A phrase under two labels would be decided by file order; each concept owns its words.
    assert _duplicates() == []


@pytest.mark.parametrize("name", FILES)
def test_no_prefix_phrase_ends_in_a_symbol_the_key_drops(name: str) -> None:
    # Keys lose their edge punctuation: "Just $" would be the prefix "just" and remove
    # every short line starting with "Just" ("'Just not accurate': GOP congressman ...").
    data = json.loads(_raw(name))
    bad = [p for groups in data.get("phrases", {}).values() for p in groups.get("prefix", [])
           if p.rstrip()[-1:] in "$€£¥#%&+"]
    assert bad == []


# Ordinary news sentences, several per language: no phrase of the lexicon may hit them.
PROSE_LINES = {
    "en": [
        "The council voted on Monday to keep the library open for another year.",
        "Related talks between the two unions broke down late on Friday night.",
        "Share prices of the two local banks fell sharply after the announcement.",
        "Her grandmother baked cookies for the volunteers every Saturday morning.",
        "By the time the police arrived, the crowd had already left the square.",
        "\"I posted it on Facebook and within an hour hundreds had signed,\" she said.",
        "Read the full report and you will see that the costs were underestimated.",
        "The menu at the new school canteen now includes a vegetarian option.",
        "Comments made by the minister on Tuesday drew criticism from the opposition.",
        "The home team scored twice in the last ten minutes to win the match.",
        "Subscribers to the local gym were told the pool would close in June.",
        "The trending topic among farmers this year is the price of fertiliser.",
    ],
    "de": [
        "Der Stadtrat hat am Montag beschlossen, die Bibliothek ein weiteres Jahr zu öffnen.",
        "Die Großmutter backte jeden Samstag Kekse für die freiwilligen Helfer.",
        "Mehr als zweihundert Menschen kamen am Abend zur Versammlung ins Rathaus.",
        "Von der Entscheidung sind vor allem Familien mit kleinen Kindern betroffen.",
        "Die Anzeige gegen den Bürgermeister wurde inzwischen zurückgezogen.",
        "Teilen sich zwei Familien eine Wohnung, steigen die Kosten für beide.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi le maintien de la bibliothèque pour un an.",
        "Par ailleurs, le maire a annoncé la rénovation du toit avant l'hiver.",
        "Les habitants ont partagé leurs souvenirs de la bibliothèque pendant la réunion.",
        "Lire à voix haute aux enfants reste l'activité préférée des bénévoles.",
        "Sa grand-mère préparait des biscuits pour les bénévoles chaque samedi.",
    ],
    "es": [
        "El ayuntamiento votó el lunes mantener abierta la biblioteca un año más.",
        "Por la tarde, cientos de vecinos se reunieron frente al edificio municipal.",
        "La abuela horneaba galletas para los voluntarios todos los sábados.",
        "Compartir piso se ha convertido en la única opción para muchos estudiantes.",
        "Los comentarios del ministro provocaron críticas de la oposición.",
    ],
    "ko": [
        "시의회는 관련 기사를 검토한 뒤 도서관 예산을 다시 논의하기로 했다.",
        "주민들은 댓글로 의견을 남기며 구독자 수를 늘리는 방법을 물었다.",
        "광고 업계는 쿠키 없이도 독자를 파악할 방법을 찾고 있다고 말했다.",
    ],
    "id": [
        "Baca juga laporan keuangan itu sebelum rapat dewan kota pada hari Senin.",
        "Warga membagikan kue kepada para relawan setiap hari Sabtu pagi.",
        "Komentar menteri pada hari Selasa memicu kritik dari pihak oposisi.",
    ],
    "uk": [
        "Читайте також звіт ради, який опублікували в понеділок увечері.",
        "Мешканці поділилися спогадами про бібліотеку під час зустрічі.",
        "Коментарі міністра викликали критику з боку опозиції в парламенті.",
    ],
    "vi": [
        "Xem thêm các con số trong báo cáo, ông thị trưởng nói với người dân.",
        "Bà cho biết bình luận của bộ trưởng đã gây tranh cãi trong quốc hội.",
        "Người dân chia sẻ kỷ niệm về thư viện trong buổi họp tối thứ hai.",
    ],
}


@pytest.mark.parametrize(("lang", "sentence"),
                         [(lang, s) for lang, ss in PROSE_LINES.items() for s in ss],
                         ids=lambda v: v[:30] if isinstance(v, str) and len(v) > 2 else v)
def test_no_phrase_hits_ordinary_prose(lang: str, sentence: str) -> None:
    lex = load()
    ln = split_lines(sentence, lex)[0]
    assert ln.lex is None or ln.lex.kind != "contains", ln.lex
    # and whatever the lexicon says, the line does not read as a whole-line phrase
    assert ln.lex is None or ln.lex.kind == "prefix", ln.lex


def test_contains_patterns_match_only_their_phrases() -> None:
    lex = load()
    for phrase in list(lex.contains)[:400]:
        hit = lex.lookup("", f"xx {phrase} yy", 99, 0)
        assert hit is not None and hit.kind == "contains", phrase


def test_match_key_examples() -> None:
    assert match_key("  • Share on Facebook (12)") == "share on facebook"
    assert match_key("Editors’ Picks:") == "editors' picks"
    assert match_key("") == ""
