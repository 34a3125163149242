"""Every benchmark text's full output, one JSON line each, to compare two versions of the rules:

    python tools/dump_outputs.py before.jsonl     # on the old commit
    python tools/dump_outputs.py after.jsonl      # on the new one
    cmp before.jsonl after.jsonl                  # a speed-up or a refactor must leave them equal

Reads ../shared/benchmark (every set: real pages, PolNeAR, headers, the sample).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from summarize_article import summarize  # noqa: E402


def main() -> int:
    shared = ROOT.parent / "shared" / "benchmark"
    files = sorted(p for p in shared.rglob("*.txt") if "dev_entities" not in p.parts)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in files:
            facts = summarize(path.read_text(encoding="utf-8")).to_dict(explain=True)
            out.write(json.dumps([str(path.relative_to(shared)), facts], ensure_ascii=False) + "\n")
    print(f"{len(files)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
