"""Guards on the shared benchmark (issue 3): the dev split and the header dev set, scored
with the shared scorers, must stay at or above the targets.  Skipped when ../shared is absent."""
import json
import subprocess
import sys

import pytest
from conftest import SHARED

from summarize_article import summarize

pytestmark = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/benchmark is not here")

TARGETS = {"people": 0.94, "places": 0.96, "quotes": 0.96, "speaker_end_to_end": 0.90}
HEADER_TARGETS = {"date": 0.99, "source": 0.99, "authors": 0.99, "author_precision": 0.99}
# Real pages (all four batches): the met targets of issues 8 and 10 (source 0.90 is issue 8's).
REAL_TARGETS = {"date": 0.95, "quotes": 0.95, "authors": 0.90, "source": 0.90, "speaker_end_to_end": 0.88, "places": 0.92,
                "people": 0.92}
REAL_FLOORS: dict[str, float] = {}


def predict(files, out):
    with open(out, "w", encoding="utf-8") as fh:
        for f in files:
            text = f.read_text(encoding="utf-8")
            fh.write(json.dumps({"id": f.stem, "output": summarize(text).to_dict()}, ensure_ascii=False) + "\n")


def score_split(split, tmp_path, entity_args):
    files = sorted((SHARED / "polnear" / split).glob("*.txt"))
    pred = tmp_path / f"{split}.jsonl"
    predict(files, pred)
    r = subprocess.run([sys.executable, str(SHARED / "score.py"), "--gold", str(SHARED / "polnear" / split),
                        "--pred", str(pred), "--json", *entity_args], capture_output=True, text=True, check=True)
    s = json.loads(r.stdout)
    sp = s["speaker"]
    return {"people": s["people"]["f1"], "places": s["places"]["f1"], "quotes": s["quotes"]["f1"],
            "speaker_end_to_end": sp["correct"] / sp["named_gold"]}


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    return score_split("dev", tmp_path_factory.mktemp("dev"),
                       ["--entity-gold", str(SHARED / "polnear" / "dev_entities")])


@pytest.mark.parametrize("figure", sorted(TARGETS))
def test_dev_split_meets_target(dev_scores, figure):
    assert dev_scores[figure] >= TARGETS[figure], dev_scores


def test_train_quotes_and_speakers_stay_near_dev(dev_scores, tmp_path):
    train = score_split("train", tmp_path, ["--entities", "silver"])
    for figure in ("quotes", "speaker_end_to_end"):
        assert train[figure] >= dev_scores[figure] - 0.02, (figure, train, dev_scores)


def test_header_dev_set_meets_targets(tmp_path):
    folder = SHARED / "headers" / "dev"
    pred = tmp_path / "headers.jsonl"
    predict(sorted(folder.glob("*.txt")), pred)
    r = subprocess.run([sys.executable, str(SHARED / "headers" / "score_meta.py"), "--expected", str(folder),
                        "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    overall = json.loads(r.stdout)["overall"]
    for figure, target in HEADER_TARGETS.items():
        assert overall[figure] >= target, (figure, overall)


def test_sample_article_scores_perfectly(tmp_path):
    pred = tmp_path / "seed.jsonl"
    predict([SHARED / "seed" / "article.txt"], pred)
    r = subprocess.run([sys.executable, str(SHARED / "score.py"), "--gold", str(SHARED / "seed"), "--pred", str(pred),
                        "--json"], capture_output=True, text=True, check=True)
    s = json.loads(r.stdout)
    assert s["people"]["f1"] == s["places"]["f1"] == s["quotes"]["f1"] == 1.0
    assert s["speaker"]["correct"] == s["speaker"]["named_gold"] == 5
    assert s["date"]["accuracy"] == s["source"]["accuracy"] == s["authors"]["accuracy"] == 1.0


@pytest.fixture(scope="module")
def real_scores(tmp_path_factory):
    folders = sorted(p for p in (SHARED / "realworld").iterdir() if p.is_dir())
    pred = tmp_path_factory.mktemp("real") / "real.jsonl"
    predict(sorted(f for d in folders for f in d.glob("*.txt")), pred)
    r = subprocess.run([sys.executable, str(SHARED / "score.py"), "--gold", *map(str, folders), "--pred", str(pred),
                        "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


@pytest.mark.skipif(not (SHARED / "realworld").is_dir(), reason="no real pages here")
def test_real_pages_meet_targets_and_floors(real_scores):
    s = real_scores
    figures = {"date": s["date"]["accuracy"], "authors": s["authors"]["accuracy"], "source": s["source"]["accuracy"],
               "quotes": s["quotes"]["f1"], "people": s["people"]["f1"], "places": s["places"]["f1"],
               "speaker_end_to_end": s["speaker"]["correct"] / s["speaker"]["named_gold"]}
    for figure, floor in {**REAL_TARGETS, **REAL_FLOORS}.items():
        assert figures[figure] >= floor, (figure, figures)


@pytest.mark.skipif(not (SHARED / "realworld").is_dir(), reason="no real pages here")
def test_real_pages_rarely_invent_a_date_source_or_author(real_scores):
    for fact in ("date", "source", "authors"):
        spurious = real_scores["spurious"][fact]        # {"spurious": given where none, "n": pages without}
        assert spurious["spurious"] * 20 <= spurious["n"], (fact, spurious)
