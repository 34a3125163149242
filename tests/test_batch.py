"""Batches (issue 4): several files, JSON Lines in input order, failures reported, workers agree."""
import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

from conftest import ROOT

from summarize_article import summarize

SCRIPT = str(ROOT / "summarize_article.py")
ARTICLE = ROOT / "article.txt"

OTHER = ("Council delays budget vote\nBy Jane Roe\nMarch 3, 2016\n\n"
         "SPRINGFIELD, Ill. (AP) — Mayor Ellen Vargas said the vote would wait. "
         "“We need another week,” Vargas said.\n")


def run(*args, stdin=b""):
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, SCRIPT, *args], input=stdin, capture_output=True, env=env, timeout=120)


def test_json_lines_in_input_order_with_file_key(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    r = run("--json", str(ARTICLE), str(other), "-", stdin=OTHER.encode())
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [o["file"] for o in lines] == [str(ARTICLE), str(other), "-"]
    assert lines[0]["source"]["name"] == "Antiwar.com"
    assert lines[1]["source"]["name"] == "Associated Press" and lines[1]["authors"] == ["Jane Roe"]
    assert lines[2]["quotes"][0]["speaker"] == "Ellen Vargas"


def test_a_failing_file_is_named_and_the_others_go_through(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    r = run("--json", str(empty), str(ARTICLE), str(binary), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    assert len(r.stdout.decode().splitlines()) == 1
    err = r.stderr.decode().splitlines()
    assert len(err) == 3
    assert "empty.txt" in err[0] and "empty" in err[0]
    assert "image.bin" in err[1] and "not text" in err[1]
    assert "missing.txt" in err[2]
    assert "Traceback" not in r.stderr.decode()


def test_terminal_view_rules_name_each_file(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    out = run(str(ARTICLE), str(other)).stdout.decode()
    assert "article.txt" in out and "other.txt" in out and out.count("Quotes (") == 2


def test_workers_give_the_same_output_in_the_same_order(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"a{i:02d}.txt"
        p.write_text(OTHER if i % 3 else ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(p))
    one = run("--json", *paths)
    many = run("--json", "--jobs", "2", *paths)
    every = run("--json", "--jobs", "0", *paths)
    assert one.returncode == many.returncode == every.returncode == 0
    assert one.stdout == many.stdout == every.stdout
    assert len(one.stdout.splitlines()) == 12


def test_results_are_picklable_and_identical_in_a_worker():
    text = ARTICLE.read_text(encoding="utf-8")
    here = summarize(text)
    assert pickle.loads(pickle.dumps(here)) == here
    with ProcessPoolExecutor(max_workers=1) as pool:
        there = pool.submit(summarize, text).result()
    assert there == here and there.to_dict() == here.to_dict()
