"""The real command: click's CliRunner and a subprocess with stdin, terminal view and --json."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT

from summarize_article import __version__, main

SCRIPT = str(ROOT / "summarize_article.py")
ARTICLE = str(ROOT / "article.txt")


def run(*args, stdin: bytes | None = None, env_extra=None):
    env = {**os.environ, "NO_COLOR": "1", **(env_extra or {})}
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True, env=env, timeout=60)


def check_sample_json(obj):
    assert obj["date"] == {"iso": "2025-10-17", "text": "2025-10-17"}
    assert obj["source"]["name"] == "Antiwar.com"
    assert obj["authors"] == ["Dave DeCamp"]
    assert obj["title"] is None
    assert [q["speaker"] for q in obj["quotes"]] == ["Trump"] * 5
    assert set(obj) == {"title", "date", "source", "authors", "people", "places", "quotes", "stats"}
    for q in obj["quotes"]:
        assert set(q) == {"text", "speaker", "cue", "kind", "start", "end", "unclosed"}
    assert obj["stats"]["words"] > 300 and obj["stats"]["reading_minutes"] > 1


def test_json_from_file_subprocess():
    r = run("--json", ARTICLE)
    assert r.returncode == 0, r.stderr
    check_sample_json(json.loads(r.stdout))
    assert r.stdout.count(b"\n") == 1


def test_json_from_stdin_subprocess():
    r = run("--json", stdin=(ROOT / "article.txt").read_bytes())
    assert r.returncode == 0, r.stderr
    check_sample_json(json.loads(r.stdout))


def test_dash_reads_stdin():
    r = run("--json", "-", stdin=(ROOT / "article.txt").read_bytes())
    check_sample_json(json.loads(r.stdout))


def test_terminal_view_piped_is_plain_text():
    r = run(ARTICLE)
    assert r.returncode == 0
    out = r.stdout.decode()
    assert "\x1b" not in out
    for expected in ("2025-10-17", "Antiwar.com", "Dave DeCamp", "Vladimir Putin", "Budapest", "Trump (wrote)",
                     "inglorious", "Partial quotes"):
        assert expected in out
    # soft wrap when piped: a long quote stays on one line, so grep finds it whole
    assert any("A meeting location is to be determined" in line and "At the conclusion" in line
               for line in out.splitlines())


def test_terminal_view_from_stdin_matches_file():
    a = run(ARTICLE).stdout
    b = run(stdin=(ROOT / "article.txt").read_bytes()).stdout
    assert a == b


def test_cli_runner_json_and_view():
    runner = CliRunner()
    r = runner.invoke(main, ["--json", ARTICLE])
    assert r.exit_code == 0
    check_sample_json(json.loads(r.stdout))
    r = runner.invoke(main, [ARTICLE, "--no-color"])
    assert r.exit_code == 0 and "Marco Rubio" in r.stdout


def test_cli_runner_stdin():
    runner = CliRunner()
    r = runner.invoke(main, ["--json"], input=(ROOT / "article.txt").read_text(encoding="utf-8"))
    assert r.exit_code == 0
    check_sample_json(json.loads(r.stdout))


def test_version():
    r = run("--version")
    assert r.returncode == 0 and __version__ in r.stdout.decode()


def test_console_script_and_module_agree():
    exe = os.path.join(os.path.dirname(sys.executable), "summarize-article")
    if not os.path.exists(exe):
        pytest.skip("console script not installed in this environment")
    a = subprocess.run([exe, "--json", ARTICLE], capture_output=True).stdout
    assert a == run("--json", ARTICLE).stdout


@pytest.mark.parametrize("args,stdin,code,message", [
    (["/nonexistent/article.txt"], None, 2, b"does not exist"),
    ([str(ROOT)], None, 2, b"directory"),
    (["--json"], b"   \n\n  \t", 1, b"input is empty"),
    (["--json"], b"abc\x00def", 1, b"not text"),
])
def test_errors_are_one_line_without_traceback(args, stdin, code, message):
    r = run(*args, stdin=stdin if stdin is not None else b"")
    assert r.returncode == code
    assert message in r.stderr
    assert b"Traceback" not in r.stderr
    assert r.stdout == b""


def test_tty_stdin_exits_2_with_hint(tmp_path):
    script = ("import sys, pty, os, subprocess\n"
              "pid, fd = pty.fork()\n"
              "if pid == 0:\n"
              f"    os.execv(sys.executable, [sys.executable, {SCRIPT!r}])\n"
              "out = b''\n"
              "while True:\n"
              "    try:\n"
              "        chunk = os.read(fd, 1024)\n"
              "    except OSError:\n"
              "        break\n"
              "    if not chunk:\n"
              "        break\n"
              "    out += chunk\n"
              "_, status = os.waitpid(pid, 0)\n"
              "print(os.waitstatus_to_exitcode(status)); print(out.decode(errors='replace'))\n")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    lines = r.stdout.decode().splitlines()
    assert lines[0] == "2"
    assert "no input" in r.stdout.decode()


def without_offsets(summary: dict) -> dict:
    quotes = [{k: v for k, v in q.items() if k not in ("start", "end")} for q in summary["quotes"]]
    return {**summary, "quotes": quotes, "stats": {**summary["stats"], "characters": None}}


def assert_offsets_at_marks(summary: dict, text: str) -> None:
    for q in summary["quotes"]:
        assert text[q["start"]] in "“\"" and text[q["end"] - 1] in "”\"", q


def test_crlf_and_cr_line_ends_work_like_lf():
    lf = (ROOT / "article.txt").read_bytes()
    a = json.loads(run("--json", stdin=lf).stdout)
    for ends in (b"\r\n", b"\r"):
        data = lf.replace(b"\n", ends)
        b = json.loads(run("--json", stdin=data).stdout)
        assert without_offsets(b) == without_offsets(a)
        assert_offsets_at_marks(b, data.decode("utf-8"))     # offsets index the input as given


def test_bom_and_cp1252():
    lf = (ROOT / "article.txt").read_bytes()
    a = json.loads(run("--json", stdin=lf).stdout)
    b = json.loads(run("--json", stdin=b"\xef\xbb\xbf" + lf).stdout)
    assert without_offsets(b) == without_offsets(a)
    assert_offsets_at_marks(b, "\ufeff" + lf.decode("utf-8"))
    r = run("--json", stdin=lf.decode("utf-8").encode("cp1252", errors="replace"))
    assert r.returncode == 0 and b"cp1252" in r.stderr
    assert json.loads(r.stdout)["date"]["iso"] == "2025-10-17"


def test_explain_shows_rules():
    r = run("--json", "--explain", ARTICLE)
    ev = json.loads(r.stdout)["evidence"]
    assert ev["date"]["rule"].startswith("sample date header") and ev["date"]["text"] == "2025-10-17"
    assert ev["source"]["rule"] == "sample date header"      # the row of the conventions table that fired
    assert ev["authors"][0]["rule"] == "sample date header"
    assert len(ev["quotes"]) == 5 and ev["quotes"][0]["rule"] == "cue after the quote"
    text = (ROOT / "article.txt").read_text(encoding="utf-8")
    assert text[ev["date"]["start"]:ev["date"]["end"]] == "2025-10-17"
    r = run("--explain", ARTICLE)
    assert b"why date" in r.stdout and b"why:" in r.stdout


def test_colour_only_on_request_and_never_with_no_color():
    env = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"}
    r = subprocess.run([sys.executable, SCRIPT, ARTICLE], capture_output=True, timeout=60,
                       env={**{k: v for k, v in os.environ.items() if k != "NO_COLOR"}, **env})
    assert b"\x1b[" in r.stdout
    r = subprocess.run([sys.executable, SCRIPT, "--no-color", ARTICLE], capture_output=True, timeout=60,
                       env={**{k: v for k, v in os.environ.items() if k != "NO_COLOR"}, **env})
    assert b"\x1b[3" not in r.stdout    # no colour codes (bold may remain)


def test_json_path_does_not_import_rich():
    code = ("import sys, runpy; sys.argv=['summarize-article','--json',%r]\n"
            "try:\n    runpy.run_path(%r, run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str(any(m == 'rich' or m.startswith('rich.') for m in sys.modules)))") % (ARTICLE, SCRIPT)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert r.stderr.decode().strip().endswith("False")
