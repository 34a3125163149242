"""Guards on the shared benchmark (issue 3): the dev split and the header dev set, scored
with the shared scorers, must stay at or above the targets.  Skipped when ../shared is absent."""
import json
import subprocess
import sys

import pytest
from conftest import SHARED

from summarize_article import summarize

pytestmark = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/benchmark is not here")

TARGETS = {"people": 0.93, "places": 0.93, "quotes": 0.95, "speaker_end_to_end": 0.88}
HEADER_TARGETS = {"date": 0.97, "source": 0.97, "authors": 0.93, "author_precision": 0.97}


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
