"""Readers and writers of newsclean.io: every input record comes out, good or bad."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest

from newsclean.io import (
    LineWriter,
    ReadOptions,
    ReadStats,
    detect_kind,
    merge_fields,
    read_done_ids,
    read_records,
)

PAGE = "Home\nNews\n\nA first paragraph of the story, long enough to read as prose here.\n"


def _jsonl(path: Path, lines: list[str], *, gz: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.txt", "text"), ("-", "text"), ("a.jsonl", "jsonl"), ("a.JSONL.GZ", "jsonl"),
     ("a.ndjson", "jsonl"), ("a.warc", "warc"), ("a.warc.gz", "warc"),
     ("CC-1.warc.wet.gz", "warc"), ("page.html", "text")],
)
def test_detect_kind(name: str, kind: str) -> None:
    assert detect_kind(name) == kind


def test_jsonl_records_errors_and_ids(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "in.jsonl", [
        json.dumps({"id": "a", "url": "u", "text": PAGE}),
        "",  # empty lines hold no record
        '{"id": "broken", "text": ',
        json.dumps({"id": "m"}),
        json.dumps({"id": "n", "text": 5}),
        "[1, 2]",
        json.dumps({"text": "no id"}),
        json.dumps({"id": 7, "text": "int id"}),
        json.dumps({"id": ["x"], "text": "list id"}),
    ])
    recs = list(read_records([str(p)]))
    assert [r.line for r in recs] == [1, 3, 4, 5, 6, 7, 8, 9]
    assert recs[0].id == "a" and recs[0].text == PAGE and recs[0].fields == {"url": "u"}
    assert recs[1].error and "broken JSON" in recs[1].error and recs[1].id == f"{p}:3"
    assert recs[2].error and "missing field 'text'" in recs[2].error and recs[2].id == "m"
    assert recs[3].error and "is a number" in recs[3].error
    assert recs[4].error and "must be an object" in recs[4].error
    assert recs[5].id == f"{p}:7" and recs[5].error is None
    assert recs[6].id == 7
    assert recs[7].id == '["x"]'
    assert all((r.text is None) == (r.error is not None) for r in recs)


def test_jsonl_field_option_and_gzip(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "body": f"page {i}"}) for i in range(5)]
    p = _jsonl(tmp_path / "in.jsonl.gz", lines, gz=True)
    recs = list(read_records([str(p)], ReadOptions(field="body")))
    assert [r.text for r in recs] == [f"page {i}" for i in range(5)]


def test_gzip_detected_by_content_not_name(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": "x"})], gz=True)
    assert [r.text for r in read_records([str(p)])] == ["x"]


def test_truncated_gzip_jsonl_gives_an_error_record(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": f"page {i} " * 50}) for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    recs = list(read_records([str(p)]))
    assert recs[-1].error and "truncated" in recs[-1].error
    assert all(r.error is None for r in recs[:-1])


def test_undecodable_jsonl_line_is_an_error_record(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "caf\xe9"}\n'
                  b'{"id": 3, "text": "ok"}\n')
    recs = list(read_records([str(p)]))
    assert [r.error is None for r in recs] == [True, False, True]
    assert recs[1].line == 2 and "utf-8" in (recs[1].error or "")
    fixed = list(read_records([str(p)], ReadOptions(errors="replace")))
    assert fixed[1].text == "caf\ufffd"


def test_text_file_decoding_policy(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("first line\nsecond caf\xe9 line\n".encode("latin-1"))
    (rec,) = read_records([str(p)])
    assert rec.text is None and rec.line == 2 and rec.id == str(p)
    assert "--encoding" in (rec.error or "") and "--errors replace" in (rec.error or "")
    (rec,) = read_records([str(p)], ReadOptions(encoding="latin-1"))
    assert rec.text == "first line\nsecond café line\n"
    (rec,) = read_records([str(p)], ReadOptions(errors="replace"))
    assert rec.text is not None and "\ufffd" in rec.text


def test_utf8_bom_is_not_page_text(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfTitle\n")
    (rec,) = read_records([str(p)])
    assert rec.text == "Title\n"


def test_unknown_encoding_is_rejected_at_once() -> None:
    with pytest.raises(LookupError):
        ReadOptions(encoding="no-such-codec")


def test_missing_file_is_an_error_record(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.jsonl")
    (rec,) = read_records([missing])
    assert rec.id == missing and rec.error and "cannot read" in rec.error


def _wet(path: Path, pages: list[str], *, html: bool = True) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=str(path).endswith(".gz"))
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for i, page in enumerate(pages):
            rec = w.create_warc_record(f"https://example.com/{i}", "conversion",
                                       payload=BytesIO(page.encode()),
                                       warc_headers_dict={"Content-Type": "text/plain"})
            ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
            w.write_record(rec)
        if html:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                    protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://example.com/h", "response",
                                                payload=BytesIO(b"<p>x</p>"),
                                                http_headers=http))
    return ids


@pytest.mark.parametrize("name", ["crawl.warc.wet.gz", "crawl.warc"])
def test_wet_conversion_records(tmp_path: Path, name: str) -> None:
    ids = _wet(tmp_path / name, [PAGE, "Second page\n"])
    stats = ReadStats()
    recs = list(read_records([str(tmp_path / name)], stats=stats))
    assert [r.id for r in recs] == ids
    assert [r.fields["url"] for r in recs] == ["https://example.com/0", "https://example.com/1"]
    assert recs[0].text == PAGE and recs[0].offset is not None
    assert sum(stats.skipped_warc.values()) == 1  # the HTML response


def test_truncated_wet_is_reported(tmp_path: Path) -> None:
    p = tmp_path / "cut.warc.wet.gz"
    _wet(p, [PAGE * 20 for _ in range(6)], html=False)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) * 2 // 3])
    recs = list(read_records([str(p)]))
    assert recs and recs[-1].error and "truncated" in recs[-1].error
    assert all(r.error is None for r in recs[:-2])


def test_garbage_as_warc_is_an_error_record(tmp_path: Path) -> None:
    p = tmp_path / "junk.warc"
    p.write_bytes(b"this is not a warc file\n" * 3)
    recs = list(read_records([str(p)]))
    assert recs and all(r.error for r in recs)


def test_read_done_ids_cuts_a_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\n{"id": 2}\n{"id": "a"}\n{"id": "c", "te')
    done = read_done_ids(out)
    assert done == {"a": 2, 2: 1}
    assert out.read_bytes() == b'{"id": "a"}\n{"id": 2}\n{"id": "a"}\n'
    assert read_done_ids(tmp_path / "missing.jsonl") == {}


def test_read_done_ids_long_partial_line_and_no_newline_at_all(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = b"".join(b'{"id": "r%d", "text": "x"}\n' % i for i in range(3))
    out.write_bytes(whole + b'{"id": "big", "text": "' + b"y" * 200_000)  # > one tail block
    assert read_done_ids(out) == {"r0": 1, "r1": 1, "r2": 1}
    assert out.read_bytes() == whole
    out.write_bytes(b'{"id": "cut')
    assert read_done_ids(out) == {} and out.read_bytes() == b""


def test_read_done_ids_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n")
    with pytest.raises(ValueError, match="cannot resume"):
        read_done_ids(out)


def test_line_writer_appends_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with LineWriter(str(out)) as w:
        w.write(b"1\n")
    with LineWriter(str(out), append=True) as w:
        w.write(b"2\n")
    with LineWriter(str(out), append=True) as w:
        w.write(b"3\n")
    assert out.read_bytes() == b"1\n2\n3\n"
    with LineWriter(str(out)) as w:  # not appending: truncate
        w.write(b"x\n")
    assert out.read_bytes() == b"x\n"


def test_missing_warcio_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from newsclean.io import MissingExtraError

    monkeypatch.setitem(sys.modules, "warcio", None)  # import warcio -> ImportError
    (tmp_path / "a.warc").write_bytes(b"")
    with pytest.raises(MissingExtraError, match=r'pip install "newsclean\[cli\]"'):
        list(read_records([str(tmp_path / "a.warc")]))


def test_merge_fields_keeps_clashing_input_fields() -> None:
    merged = merge_fields({"id": 1}, {"url": "u", "title": "raw", "id": 9}, {"title": "T"})
    assert merged == {"id": 1, "url": "u", "input_title": "raw", "input_id": 9, "title": "T"}
