"""Benchmark for summarize_article (run by hand, not by pytest):

    python tests/bench.py            # all sections; needs ../shared/benchmark for throughput and scaling
    python tests/bench.py --quick    # fewer repetitions

Prints start-up beside its floors, throughput on the dev and train splits, peers on their
own facts (install them with `pip install -e ".[bench]"`), scaling with input size, and
pathological inputs.  Figures depend on the machine: README records where they came from.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmark"
sys.path.insert(0, str(ROOT))


def command() -> list[str]:
    """The installed console script when there is one, else the file itself."""
    script = Path(sys.executable).parent / "summarize-article"
    if script.exists():
        return [str(script)]
    found = shutil.which("summarize-article")
    return [found] if found else [sys.executable, str(ROOT / "summarize_article.py")]


def timed(cmd: list[str], runs: int, stdin=None) -> float:
    times = []
    env = {**os.environ, "NO_COLOR": "1"}
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def startup(runs: int) -> None:
    # Byte-compile first, as pip does on install: a run should not pay for compiling the source.
    subprocess.run([sys.executable, "-m", "py_compile", str(ROOT / "summarize_article.py")], check=True)
    article = str(ROOT / "article.txt")
    py = sys.executable
    rows = {
        "python -c pass": timed([py, "-c", "pass"], runs),
        "floor: import click, json": timed([py, "-c", "import click, json"], runs),
        "floor: click + rich prints one line": timed(
            [py, "-c", "import click; from rich.console import Console; Console().print('x')"], runs),
        "summarize-article --json article.txt": timed(command() + ["--json", article], runs),
        "summarize-article article.txt": timed(command() + [article], runs),
    }
    print(f"\n## Start-up (median of {runs} runs, {' '.join(command()[-1:])})")
    for name, secs in rows.items():
        print(f"  {name:42s} {secs * 1000:7.1f} ms")
    print(f"  ratio --json / its floor                   {rows['summarize-article --json article.txt'] / rows['floor: import click, json']:.2f}")
    print(f"  ratio view / its floor                     {rows['summarize-article article.txt'] / rows['floor: click + rich prints one line']:.2f}")


def throughput() -> None:
    import json
    print("\n## Throughput (one batch run, --json, all six facts)")
    for split in ("dev", "train"):
        files = sorted((SHARED / "polnear" / split).glob("*.txt"))
        if not files:
            continue
        size = sum(f.stat().st_size for f in files)
        for jobs in ("1", "0"):
            t = time.perf_counter()
            r = subprocess.run(command() + ["--json", "--jobs", jobs, *map(str, files)], capture_output=True, check=True)
            secs = time.perf_counter() - t
            words = sum(json.loads(line)["stats"]["words"] for line in r.stdout.splitlines())
            print(f"  {split:5s} {len(files):4d} articles, {size / 1e6:5.2f} MB, --jobs {jobs}: {secs:6.2f} s  "
                  f"{size / 1e6 / secs:6.2f} MB/s  {len(files) / secs:7.1f} articles/s  {words / secs:9.0f} words/s")


def peers(texts: list[str]) -> None:
    import summarize_article
    print("\n## Peers on the dev split, in-process (ratio > 1: the peer is slower)")
    t = time.perf_counter()
    for text in texts:
        summarize_article.summarize(text)
    ours = time.perf_counter() - t
    print(f"  summarize_article, all six facts            {ours:6.2f} s")
    try:
        from geotext import GeoText
        t = time.perf_counter()
        for text in texts:
            GeoText(text)
        theirs = time.perf_counter() - t
        print(f"  geotext, places only                         {theirs:6.2f} s   ratio {theirs / ours:.2f}")
    except ImportError:
        print("  geotext: not installed (pip install -e '.[bench]')")
    try:
        import datefinder
        t = time.perf_counter()
        for text in texts:
            list(datefinder.find_dates(text))
        theirs = time.perf_counter() - t
        print(f"  datefinder, dates only                       {theirs:6.2f} s   ratio {theirs / ours:.2f}")
    except ImportError:
        print("  datefinder: not installed (pip install -e '.[bench]')")


CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
import summarize_article
text = open(sys.argv[1], encoding="utf-8").read()
t = time.perf_counter()
summarize_article.summarize(text)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def scaling(texts: list[str]) -> None:
    print("\n## Scaling: the dev split concatenated into one input")
    code = CHILD.format(root=str(ROOT))
    floor = subprocess.run([sys.executable, "-c", f"import resource, sys; sys.path.insert(0, {str(ROOT)!r}); "
                            "import summarize_article; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)"],
                           capture_output=True, text=True, check=True)
    floor_bytes = int(floor.stdout)
    base = "\n\n".join(texts)
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 10, 100):
            path = Path(tmp) / f"x{factor}.txt"
            path.write_text("\n\n".join([base] * factor), encoding="utf-8")
            size = path.stat().st_size
            r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
            secs, peak = r.stdout.split()
            secs, peak = float(secs), int(peak)
            first = first or secs
            print(f"  {factor:3d}x  {size / 1e6:7.2f} MB  {secs:7.2f} s  time/time(1x) {secs / first:6.1f}  "
                  f"peak {peak / 1e6:7.1f} MB  (peak - floor) / input {(peak - floor_bytes) / size:5.2f}")
    print(f"  interpreter + module floor: {floor_bytes / 1e6:.1f} MB")


def pathological() -> None:
    import summarize_article
    mb = 1_000_000
    cases = {
        "only quote marks": '"' * mb,
        "unclosed quote at the start": "“" + "word " * (mb // 5),
        "only capitalised words": "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet. " * (mb // 62),
        "one line with no spaces": "x" * mb,
        "deeply nested quotes": ("“" * 50 + "deep" + "”" * 50 + " ") * (mb // 105),
        "thousands of 'said', no names": "he said. " * (mb // 9),
        "a long run of dates": "March 11, 2016 " * (mb // 15),
    }
    print("\n## Pathological inputs, 1 MB each (in-process)")
    for name, text in cases.items():
        t = time.perf_counter()
        summarize_article.summarize(text)
        print(f"  {name:32s} {time.perf_counter() - t:6.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=["startup", "throughput", "peers", "scaling", "pathological"])
    args = parser.parse_args()
    print(f"# summarize_article benchmark — {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}")
    texts = [f.read_text(encoding="utf-8") for f in sorted((SHARED / "polnear" / "dev").glob("*.txt"))]
    sections = {"startup": lambda: startup(5 if args.quick else 11), "throughput": throughput,
                "peers": lambda: peers(texts), "scaling": lambda: scaling(texts), "pathological": pathological}
    for name, run in sections.items():
        if args.only and name != args.only:
            continue
        if name in ("throughput", "peers", "scaling") and not texts:
            print(f"\n## {name}: skipped (../shared/benchmark is not here)")
            continue
        run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
