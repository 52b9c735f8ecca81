"""The ``newsclean`` command, run as a subprocess on files written to tmp_path
(quick checks of usage errors and ``validate`` call ``main()`` in-process).

Expected results come from calling :func:`newsclean.clean` in-process, so these
tests check the command line layer (reading, order, errors, exit codes, resume,
formats), not the cleaner's current heuristics.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.cli import main
from newsclean.explain import parse_gold, parse_marked_line
from newsclean.model import mark_of

PAGE = (
    "Skip to content\nHome\nNews\nSport\nWeather\n\n"
    "Council approves the new bridge\nBy Jane Doe\n\n"
    "The city council approved the new bridge on Tuesday after a long debate about "
    "its cost and the traffic it will bring to the old town.\n\n"
    "Work will start in spring, the mayor said, and should take about two years "
    "to finish if the weather allows it.\n\n"
    "Share\nTweet\nEmail\n\n© 2024 The Daily Example. All rights reserved.\n"
)


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m newsclean ARGS`` with NO_COLOR unset unless ``env`` says so."""
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True,
        env=full_env, cwd=cwd, timeout=120, check=False,
    )


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``newsclean ARGS`` in this process (for quick checks of usage errors and
    ``validate``, which need no subprocess): ``(exit status, stdout, stderr)``."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def jsonl_out(proc: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def page(i: int) -> str:
    return PAGE.replace("new bridge", f"new bridge number {i}")


def expected(text: str, **extra: object) -> dict[str, object]:
    return {**extra, **clean(text).to_dict(lines=False)}


@pytest.fixture
def mixed_jsonl(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": "a", "url": "https://example.com/a", "text": page(1)}),
        json.dumps({"id": "b", "url": "https://example.com/b", "text": page(2)}),
        '{"id": "broken", "text": "never closed',
        json.dumps({"id": "no-text", "url": "https://example.com/n"}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"url": "https://example.com/anon", "text": page(3)}),
        json.dumps({"id": "c", "title": "crawler title", "text": page(4)}),
    ]
    p = tmp_path / "pages.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


# ---------------------------------------------------------------------------
# single pages


def test_text_file_prints_the_article_text(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    proc = run(str(p))
    assert proc.returncode == 0, proc.stderr
    art = clean(PAGE)
    assert proc.stdout.decode() == (art.text + "\n" if art.text else "")


def test_optional_dependencies_are_imported_lazily() -> None:
    code = ("import sys, newsclean.cli, newsclean.batch, newsclean.io, newsclean.dask; "
            "print(sorted(m for m in ('warcio', 'tqdm', 'dask', 'pandas', 'distributed') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert proc.stdout.strip() == b"[]"


def test_stdin_and_clean_subcommand(tmp_path: Path) -> None:
    proc = run("-", stdin=PAGE.encode())
    assert proc.returncode == 0
    assert run("clean", "-", stdin=PAGE.encode()).stdout == proc.stdout


def test_json_is_the_whole_article(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    proc = run(str(p), "--json")
    assert json.loads(proc.stdout) == json.loads(json.dumps(clean(PAGE).to_dict()))


def test_explain_shows_every_line_with_marker_and_label(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    proc = run(str(p), "--explain")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "\x1b[" not in out  # piped: plain
    rows = [parse_marked_line(line) for line in out.splitlines()]
    assert [r[2] for r in rows if r] == PAGE.splitlines()
    art = clean(PAGE)
    assert [(r[0], r[1]) for r in rows if r] == [(mark_of(x.label), x.label.value)
                                                 for x in art.lines]
    assert all("[" in line for line in out.splitlines() if line.strip("| ").strip())


def test_explain_colour_on_request_and_never_with_no_color(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    art = clean(PAGE)
    styled = sum(1 for r in art.lines if mark_of(r.label) != " ")
    coloured = run(str(p), "--explain", "--color", "always").stdout.decode()
    assert coloured.count("\x1b[0m") == styled
    assert "\x1b[" not in run(str(p), "--explain", env={"NO_COLOR": "1"}).stdout.decode()


def test_annotate_writes_a_valid_gold_draft(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    proc = run("annotate", str(p))
    assert proc.returncode == 0
    gold = parse_gold(proc.stdout.decode())
    assert list(gold.lines) == PAGE.splitlines()
    assert proc.stdout.decode().startswith("# is_article: ")
    (tmp_path / "page.gold").write_bytes(proc.stdout)
    ok = run("validate", str(tmp_path / "page.gold"))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    refused = run("annotate", "--write", str(p))  # page.gold exists: not overwritten
    assert refused.returncode == 1 and b"--force" in refused.stderr


def test_validate_reports_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    good = tmp_path / "good.gold"
    good.write_text("# title: T\n  body       | Hello world.\n", encoding="utf-8")
    bad = tmp_path / "bad.gold"
    bad.write_text("# title: T\n  body       | ok\n- body       | marker wrong\n"
                   "  nonsense   | x\n", encoding="utf-8")
    status, out, err = run_here(capsys, "validate", str(good), str(bad))
    assert status == 1
    assert f"{bad}:3:" in out and f"{bad}:4:" in out and str(good) not in out
    assert "1 valid, 1 with problems" in err
    assert run_here(capsys, "validate", str(good))[0] == 0


def test_validate_checks_the_sibling_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    gold = tmp_path / "p.gold"
    gold.write_text("# title: T\n- nav        | Home\n  body       | Hello world.\n",
                    encoding="utf-8")
    (tmp_path / "p.txt").write_text("Home\nHello world.\n", encoding="utf-8")
    assert run_here(capsys, "validate", str(gold))[0] == 0
    (tmp_path / "p.txt").write_text("Home\nHello, world.\nMore\n", encoding="utf-8")
    status, out, _ = run_here(capsys, "validate", str(gold))
    assert status == 1
    assert f"{gold}:3: page line differs from {tmp_path / 'p.txt'}:2" in out
    assert "has 2 page lines" in out


# ---------------------------------------------------------------------------
# JSONL, errors, exit codes


def test_jsonl_order_ids_carried_fields_and_error_records(mixed_jsonl: Path) -> None:
    proc = run(str(mixed_jsonl))
    assert proc.returncode == 1  # some records became errors
    out = jsonl_out(proc)
    assert [o["id"] for o in out] == ["a", "b", f"{mixed_jsonl}:3", "no-text", "number",
                                      f"{mixed_jsonl}:6", "c"]
    assert out[0] == expected(page(1), id="a", url="https://example.com/a")
    assert out[5]["url"] == "https://example.com/anon"
    assert out[6]["input_title"] == "crawler title"  # clashing input field kept
    errors = {o["id"]: o for o in out if "error" in o}
    assert set(errors) == {f"{mixed_jsonl}:3", "no-text", "number"}
    assert errors[f"{mixed_jsonl}:3"]["line"] == 3
    assert "broken JSON" in str(errors[f"{mixed_jsonl}:3"]["error"])
    assert errors["no-text"]["url"] == "https://example.com/n" and errors["no-text"]["line"] == 4
    assert "not a string" in str(errors["number"]["error"])
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert "7 pages" in summary and "3 errors" in summary and "pages/s" in summary


def test_keep_going_exits_zero(mixed_jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_here(capsys, str(mixed_jsonl), "--keep-going", "-q")
    assert status == 0 and len(out.splitlines()) == 7
    assert "pages/s" not in err


def test_jsonl_gz_gives_the_same_records(mixed_jsonl: Path, tmp_path: Path) -> None:
    gz = tmp_path / "pages.jsonl.gz"
    gz.write_bytes(gzip.compress(mixed_jsonl.read_bytes()))
    plain = jsonl_out(run(str(mixed_jsonl)))
    zipped = jsonl_out(run(str(gz)))
    strip = [{k: v for k, v in o.items() if k not in ("id", "source")} for o in plain]
    assert [{k: v for k, v in o.items() if k not in ("id", "source")} for o in zipped] == strip


def test_field_option_and_lines(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": 1, "body": PAGE}) + "\n", encoding="utf-8")
    (rec,) = jsonl_out(run(str(p), "--field", "body", "--lines"))
    assert rec["id"] == 1 and len(rec["lines"]) == len(PAGE.splitlines())  # type: ignore[arg-type]


def test_text_format_separates_records(mixed_jsonl: Path) -> None:
    proc = run(str(mixed_jsonl), "--format", "text")
    out = proc.stdout.decode()
    assert out.count("==> ") == 7
    assert "==> a <==" in out and "==> no-text <== (error: missing field 'text'" in out


def test_explain_and_json_on_many_pages(mixed_jsonl: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_here(capsys, str(mixed_jsonl), "--explain", "--keep-going")
    assert status == 0
    heads = [line for line in out.splitlines() if line.startswith("==> ")]
    assert len(heads) == 7 and heads[0].startswith("==> a <==")
    assert any(h.startswith("==> number <== (error: ") for h in heads)
    body = [parse_marked_line(line) for line in out.splitlines()
            if line and not line.startswith("==> ")]
    assert all(body) and len(body) == sum(len(page(i).splitlines()) for i in (1, 2, 3, 4))
    status, out, _ = run_here(capsys, str(mixed_jsonl), "--json", "--keep-going")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 7 and "lines" in records[0] and records[0]["id"] == "a"


def test_non_utf8_text_file(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(PAGE.replace("Tuesday", "Mardi café").encode("latin-1"))
    proc = run(str(p))
    assert proc.returncode == 1 and proc.stdout == b""
    assert b"cannot decode as utf-8" in proc.stderr and b"--encoding" in proc.stderr
    (rec,) = jsonl_out(run(str(p), "--format", "jsonl"))
    assert rec["error"] and rec["line"] == 10  # the line with "café"
    assert run(str(p), "--encoding", "latin-1").returncode == 0  # --errors: see test_io


def test_jsonl_from_stdin_gzipped(mixed_jsonl: Path) -> None:
    proc = run("-", "--input-format", "jsonl", stdin=gzip.compress(mixed_jsonl.read_bytes()))
    out = jsonl_out(proc)
    assert [o["id"] for o in out][:2] == ["a", "b"] and out[2]["id"] == "-:3"


def test_output_may_not_overwrite_an_input(mixed_jsonl: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = mixed_jsonl.read_bytes()
    status, _, err = run_here(capsys, str(mixed_jsonl), "-o", str(mixed_jsonl))
    assert status == 2 and "is also an input" in err
    assert mixed_jsonl.read_bytes() == before


def test_missing_input_is_an_error_record(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    proc = run(str(p), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert proc.returncode == 1
    out = jsonl_out(proc)
    assert [o["id"] for o in out] == [str(p), str(tmp_path / "missing.txt")]
    assert "cannot read" in str(out[1]["error"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resume", "x.jsonl"], "--resume needs -o"),
        (["--disable", "no_such_pass", "x.txt"], "no_such_pass"),
        (["--preview", "no_such_rule", "x.txt"], "no_such_rule"),
        (["--encoding", "klingon", "x.txt"], "klingon"),
        (["--json", "--explain", "x.txt"], "choose one output format"),
    ],
)
def test_usage_errors_exit_2_and_say_why(tmp_path: Path, args: list[str], message: str,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _, err = run_here(capsys, *args)
    assert status == 2
    assert message in err and "--help" in err


def test_config_options_are_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "x.txt"
    p.write_text(PAGE, encoding="utf-8")
    for args in (["--config", "precision", "--preview", "--max-seconds", "5"],
                 ["--config", "recall", "--disable", "lexicon_match", "--disable", "nav_menu"]):
        assert run_here(capsys, str(p), *args)[0] == 0, args


# ---------------------------------------------------------------------------
# WARC / WET


def test_wet_file(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.wet.gz"
    ids = []
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record("crawl.warc.wet.gz", {"software": "test"}))
        for i in range(3):
            rec = w.create_warc_record(f"https://example.com/{i}", "conversion",
                                       payload=BytesIO(page(i).encode()),
                                       warc_headers_dict={"Content-Type": "text/plain"})
            ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
            w.write_record(rec)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.com/h", "response",
                                            payload=BytesIO(b"<p>html</p>"), http_headers=http))
    proc = run(str(path))
    assert proc.returncode == 0, proc.stderr
    out = jsonl_out(proc)
    assert [o["id"] for o in out] == ids
    assert [o["url"] for o in out] == [f"https://example.com/{i}" for i in range(3)]
    assert out[1]["text"] == clean(page(1)).text
    assert "1 non-text WARC record skipped" in proc.stderr.decode()


# ---------------------------------------------------------------------------
# jobs and resume


def _many(tmp_path: Path, n: int, *, small: bool = False) -> Path:
    """``n`` records ``r0``... (every 7th a non-article) plus a broken line every 97."""
    p = tmp_path / "many.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"Home\nNews\n\nStory {i}: the council approved the bridge on Tuesday "
                    "after a long debate.\n") if small else page(i)
            f.write(json.dumps({"id": f"r{i}", "text": text if i % 7 else "Home\nNews"}) + "\n")
            if i % 97 == 50:
                f.write('{"id": "oops' + str(i) + '", "text": \n')  # broken line, no id
    return p


def test_two_jobs_equal_one_job(tmp_path: Path) -> None:
    p = _many(tmp_path, 200)
    one = run(str(p), "--keep-going")
    two = run(str(p), "--keep-going", "--jobs", "2", "--chunksize", "7")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 200 + 2


def test_resume_after_a_cut_mid_line(tmp_path: Path) -> None:
    p = _many(tmp_path, 200, small=True)
    full = tmp_path / "full.jsonl"
    assert run(str(p), "-o", str(full), "--keep-going").returncode == 0
    part = tmp_path / "part.jsonl"
    data = full.read_bytes()
    part.write_bytes(data[: len(data) * 2 // 5 + 17])  # ends inside a record
    proc = run(str(p), "-o", str(part), "--resume", "--keep-going", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert part.read_bytes() == full.read_bytes()
    assert "already done (resumed)" in proc.stderr.decode()


def test_resume_after_kill_9(tmp_path: Path) -> None:
    n = 2000
    p = _many(tmp_path, n, small=True)
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(p), "-o", str(out), "--keep-going", "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if out.exists() and out.stat().st_size > 20_000:
                break
            time.sleep(0.005)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    if child.returncode == 0:  # finished before the kill on a fast machine: cut by hand
        data = out.read_bytes()
        out.write_bytes(data[: len(data) // 3 + 5])
    else:
        assert child.returncode == -signal.SIGKILL
    done_before = out.read_bytes().count(b"\n")
    assert 0 < done_before < n
    proc = run(str(p), "-o", str(out), "--resume", "--keep-going", "--jobs", "2",
               "--chunksize", "64")
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(line)["id"] for line in out.read_bytes().splitlines()]
    inputs = [f"r{i}" for i in range(n)]
    assert [i for i in ids if str(i).startswith("r")] == inputs  # each once, in order
    assert len(ids) == len(set(ids)) == n + sum(1 for i in range(n) if i % 97 == 50)


def test_resume_refuses_a_foreign_output(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    p = _many(tmp_path, 3)
    out = tmp_path / "notes.txt"
    out.write_text("my precious notes\n")
    status, _, err = run_here(capsys, str(p), "-o", str(out), "--resume")
    assert status == 2 and "cannot resume" in err
    assert out.read_text() == "my precious notes\n"
