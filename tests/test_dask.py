"""The README's Dask example runs as written and gives the command's facts (issue 11)."""
import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

pytest.importorskip("dask.bag")

ARTICLES = {
    "a.txt": "\ufeffPort strike ends in Suva\r\n\r\nBy Mere Naivalu\r\n\r\nMayor Ana Lima said “we will reopen” on Monday.\r\n",
    "b.txt": "Floods reach Mombasa\n\nNAIROBI (Coastline Radio) — “The water keeps rising,” said engineer Wanjiru Kamau.\n",
    "c.txt": "Harvest festival opens in Osaka\n\nOrganiser Hiroshi Tanaka said the crowds were the largest in a decade.\n",
}


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(import json\nimport dask\.bag.*?)```", readme, re.S).group(1)


def facts(summary: dict) -> dict:
    return {k: summary[k] for k in ("date", "source", "authors", "people", "places")} | \
        {"quotes": [(q["text"], q["speaker"]) for q in summary["quotes"]]}


def test_the_readme_dask_example_matches_the_command(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, text in ARTICLES.items():
        (archive / name).write_bytes(text.encode("utf-8"))
    (tmp_path / "example.py").write_text(readme_example(), encoding="utf-8")
    env_path = {"PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "example.py"], cwd=tmp_path, check=True, timeout=300,
                   env={**__import__("os").environ, **env_path})
    from_dask = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines()]
    r = subprocess.run([sys.executable, str(ROOT / "summarize_article.py"), "--json",
                        *[str(archive / n) for n in sorted(ARTICLES)]], capture_output=True, check=True, timeout=120)
    from_command = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert [facts(d) for d in from_dask] == [facts(c) for c in from_command]
    assert from_command[0]["authors"] == ["Mere Naivalu"] and from_command[1]["source"]["name"] == "Coastline Radio"
