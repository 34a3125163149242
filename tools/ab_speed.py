"""Throughput of this checkout against an earlier commit, in one process:

    python tools/ab_speed.py 7429a92            # best of 5 rounds on PolNeAR train
    python tools/ab_speed.py HEAD~3 --rounds 9

Both versions of summarize_article.py are loaded into one interpreter and timed in turn, round
after round, on the same texts: the machine's load, which moves a single run by a tenth or more,
falls on both alike, so a ratio of 0.97 means 3 % faster.  Reads ../shared/benchmark.
"""
import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module            # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="the commit to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--split", default="train", choices=["dev", "train"])
    args = parser.parse_args()
    files = sorted((ROOT.parent / "shared" / "benchmark" / "polnear" / args.split).glob("*.txt"))
    if not files:
        print("../shared/benchmark is not here", file=sys.stderr)
        return 1
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "summarize_article.py"
        old.write_bytes(subprocess.run(["git", "show", f"{args.ref}:summarize_article.py"], cwd=ROOT,
                                       capture_output=True, check=True).stdout)
        versions = {args.ref: load("summarize_article_before", old),
                    "this checkout": load("summarize_article_now", ROOT / "summarize_article.py")}
        best = dict.fromkeys(versions, float("inf"))
        for _ in range(args.rounds):
            for name, module in versions.items():
                start = time.perf_counter()
                for text in texts:
                    module.summarize(text)
                best[name] = min(best[name], time.perf_counter() - start)
    for name, secs in best.items():
        print(f"{name:14s} {secs:6.3f} s  {size / 1e6 / secs:5.2f} MB/s  (best of {args.rounds}, {len(texts)} texts)")
    print(f"ratio this checkout / {args.ref}: {best['this checkout'] / best[args.ref]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
