"""Hostile input and terminal safety (issue 5), one regression case per kind of input, run
through the real command."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT

SCRIPT = str(ROOT / "summarize_article.py")
ARTICLE = (ROOT / "article.txt").read_text(encoding="utf-8")
SMALL = "Council delays vote\n\nMayor Ellen Vargas said “We need another week,” and left.\n"


def run(*args, stdin=b"", env_extra=None, timeout=120):
    env = {**os.environ, "NO_COLOR": "1", **(env_extra or {})}
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True, env=env, timeout=timeout)


# (case, input bytes, extra args, expected exit code, text that must be in stdout, text that must be in stderr)
CASES = [
    ("rich markup prints literally", "Mayor Ellen Vargas said “[bold]no[/] [link=http://x]click[/link] [/b]” today.\n".encode(),
     [], 0, "[bold]no[/] [link=http://x]click[/link] [/b]", ""),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + SMALL.encode(), ["--json"], 0, '"Ellen Vargas"', ""),
    ("utf-16 le with BOM", SMALL.encode("utf-16"), ["--json"], 0, '"We need another week,"', ""),
    ("utf-16 be with BOM", b"\xfe\xff" + SMALL.encode("utf-16-be"), ["--json"], 0, '"We need another week,"', ""),
    ("cp1252 smart quotes", SMALL.encode("cp1252"), ["--json"], 0, '"We need another week,"', "cp1252"),
    ("latin-1", 'Mayor Ellen Vargas said "Malmö is lovely" today.\n'.encode("latin-1"), ["--json"], 0, "Malmö is lovely",
     "cp1252"),
    ("invalid bytes", b"Mayor Ellen Vargas said \"yes\" \x81\x8d\x8f today.\n", ["--json"], 0, '"yes"', "replaced"),
    ("forced encoding", SMALL.encode("cp1252"), ["--json", "--encoding", "cp1252"], 0, '"We need another week,"', ""),
    ("html page", b"<!DOCTYPE html><html><head><style>p{}</style><script>var q=\"no\";</script></head><body>"
     b"<h1>Vote set</h1><p>Mayor Ellen Vargas said &ldquo;We vote today&rdquo; at noon.</p></body></html>",
     ["--json"], 0, '"We vote today"', "HTML"),
    ("plain text mentioning a tag", b"Mayor Ellen Vargas said \"the <b> tag is fine\" today.\n",
     ["--json"], 0, '"the <b> tag is fine"', ""),
    ("max bytes", SMALL.encode(), ["--max-bytes", "10"], 1, "", "max-bytes"),
    ("empty", b"", [], 1, "", "empty"),
    ("whitespace only", b" \n\t\n ", [], 1, "", "empty"),
    ("lone headline", b"Council delays vote", ["--json"], 0, '"paragraphs": 1', ""),
    ("no sentences", b"one two three four", ["--json"], 0, '"words": 4', ""),
    ("cyrillic with guillemets", "Мэр Москвы сказал: «Мы подождём». Путин молчал.\n".encode(), ["--json"], 0,
     "Мы подождём", ""),
    ("german low-high quotes", "Die Bürgermeisterin sagte: „Wir warten.“ Dann ging sie.\n".encode(), ["--json"], 0,
     "Wir warten.", ""),
    ("NUL bytes", b"abc\x00def", [], 1, "", "not text"),
    ("unknown encoding", SMALL.encode(), ["--encoding", "klingon"], 2, "", "unknown encoding"),
]


@pytest.mark.parametrize("case,data,args,code,out,err", CASES, ids=[c[0] for c in CASES])
def test_regression_cases(case, data, args, code, out, err):
    r = run(*args, stdin=data)
    assert r.returncode == code, r.stderr
    assert out in r.stdout.decode("utf-8")
    assert err in r.stderr.decode("utf-8")
    assert b"Traceback" not in r.stderr
    if "--json" in args and code == 0:
        json.loads(r.stdout)
    if code != 2:                      # usage errors keep click's usual usage lines
        assert len(r.stderr.decode().splitlines()) <= 1


CONTROL = ("Mayor Ellen Vargas said \"\x1b[31mred\x1b[0m and \x1b]0;pwned\x07 and \x1b]52;c;ZXZpbA==\x07 "
           "and \x9b31m and \x7f and \u202eevil\u202c\" today.\n")


def test_control_sequences_never_reach_the_terminal():
    r = run(stdin=CONTROL.encode())
    assert r.returncode == 0
    out = r.stdout.decode()
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out and "\x7f" not in out and "\x07" not in out
    assert "\\x1b" in out and "\\u202e" in out     # shown visibly, not dropped silently
    forced = run(stdin=CONTROL.encode(), env_extra={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "NO_COLOR": ""})
    assert b"]0;pwned" not in forced.stdout.replace(b"\\x1b]0;pwned", b"")


def test_json_keeps_control_characters_escaped():
    r = run("--json", stdin=CONTROL.encode())
    assert b"\x1b" not in r.stdout
    quote = json.loads(r.stdout)["quotes"][0]["text"]
    assert "\x1b[31mred" in quote and "\u202e" in quote


def test_long_lines_are_not_hard_wrapped_when_piped():
    long_quote = "word " * 80
    r = run(stdin=f"Mayor Ellen Vargas said: “{long_quote.strip()}.”\n".encode())
    assert any(line.count("word") == 80 for line in r.stdout.decode().splitlines())


def test_numbers_and_strings_are_not_recoloured():
    r = run(stdin=b"Mayor Ellen Vargas said \"123 'abc' http://x.org\" today.\n",
            env_extra={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "NO_COLOR": ""})
    line = next(line for line in r.stdout.decode().splitlines() if "123" in line)
    assert "\x1b" not in line.split("123")[0][-3:] and "123 'abc' http://x.org" in line


def test_head_ends_quietly():
    p = subprocess.Popen(f"{sys.executable} {SCRIPT} {ROOT / 'article.txt'} | head -1", shell=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    out, err = p.communicate(timeout=60)
    assert len(out.splitlines()) == 1 and err == b""


def test_write_error_is_one_clear_line():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, SCRIPT, "--json", str(ROOT / "article.txt")], stdout=full,
                           stderr=subprocess.PIPE, timeout=60)
    assert r.returncode == 1 and b"cannot write" in r.stderr and b"Traceback" not in r.stderr


def test_ctrl_c_exits_130_with_one_line():
    p = subprocess.Popen([sys.executable, SCRIPT, "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:    # wait until the command is blocked reading stdin, not still importing
        time.sleep(0.2)
        try:
            with open(f"/proc/{p.pid}/wchan") as fh:
                if "pipe" in fh.read():
                    break
        except OSError:
            time.sleep(1.5)
            break
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130
    assert err.decode().strip() == "interrupted"


def test_large_input_completes(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(1500):      # about 3 MB of real-looking news
            fh.write(ARTICLE + "\n\n")
    r = run("--json", str(big), timeout=300)
    assert r.returncode == 0
    assert json.loads(r.stdout)["stats"]["paragraphs"] == 1500 * 8


def test_module_imports_only_stdlib_click_and_rich():
    code = ("import sys, summarize_article\n"
            "std = set(sys.stdlib_module_names)\n"
            "bad = sorted({m.split('.')[0] for m in sys.modules} - std - {'click', 'rich', 'summarize_article', "
            "'__main__', '_distutils_hack', 'sitecustomize', 'usercustomize'} "
            "- {m for m in sys.modules if m.startswith('__editable__')})\n"
            "print(','.join(bad)); print('rich' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60)
    bad, rich_loaded = r.stdout.decode().splitlines()
    assert bad == "" and rich_loaded == "False"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_an_endless_file_stops_at_the_default_bound():
    started = time.monotonic()
    r = run("/dev/zero", timeout=60)
    assert r.returncode == 1 and b"larger than --max-bytes 10000000" in r.stderr
    assert time.monotonic() - started < 30


def test_an_endless_pipe_stops_at_the_default_bound():
    r = run("--json", stdin=b"y\n" * 6_000_000)
    assert r.returncode == 1 and b"max-bytes" in r.stderr
    assert run("--json", "--max-bytes", "20000000", stdin=b"Mayor Ana Lima spoke.\n" * 10).returncode == 0
