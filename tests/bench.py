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
    for label, cmd, floor in (("--json", "summarize-article --json article.txt", "floor: import click, json"),
                              ("view  ", "summarize-article article.txt", "floor: click + rich prints one line")):
        ratio = rows[cmd] / rows[floor]
        print(f"  ratio {label} / its floor                   {ratio:.2f}   target <= {TARGET_STARTUP_RATIO}  "
              f"{verdict(ratio <= TARGET_STARTUP_RATIO)}")


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
            target = f"  target >= {TARGET_MB_PER_S} MB/s {verdict(size / 1e6 / secs >= TARGET_MB_PER_S)}" \
                if (split, jobs) == ("train", "1") else ""
            print(f"  {split:5s} {len(files):4d} articles, {size / 1e6:5.2f} MB, --jobs {jobs}: {secs:6.2f} s  "
                  f"{size / 1e6 / secs:6.2f} MB/s  {len(files) / secs:7.1f} articles/s  {words / secs:9.0f} words/s{target}")


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


# Peak memory of the child process itself.  getrusage's ru_maxrss survives execve, so a child
# started by a parent that has grown (this script, after the peers section) reports at least
# the parent's size; Linux's VmHWM belongs to the new process image alone.
PEAK = """
def peak_bytes(field="VmHWM:"):
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith(field))
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
"""
CHILD = PEAK + """
import sys, time
sys.path.insert(0, {root!r})
import summarize_article
text = open(sys.argv[1], encoding="utf-8").read()
held = peak_bytes("VmRSS:")      # the text is in memory: what summarize() adds is measured from here
t = time.perf_counter()
summarize_article.summarize(text)
print(time.perf_counter() - t, peak_bytes(), held)
"""
# The floor: the interpreter with the module, warmed on the sample article (patterns compile on
# first use; what every run pays is no memory per byte of input).
FLOOR = PEAK + """
import sys
sys.path.insert(0, {root!r})
import summarize_article
summarize_article.summarize(open(sys.argv[1], encoding="utf-8").read())
print(peak_bytes())
"""


def scaling(texts: list[str]) -> None:
    print("\n## Scaling: the dev split concatenated into one input")
    code = CHILD.format(root=str(ROOT))
    floor = subprocess.run([sys.executable, "-c", FLOOR.format(root=str(ROOT)), str(ROOT / "article.txt")],
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
            secs, peak, held = r.stdout.split()
            secs, peak, held = float(secs), int(peak), int(held)
            first = first or secs
            ratio = (peak - floor_bytes) / size
            target = f"  target <= {TARGET_MEMORY_RATIO} {verdict(ratio <= TARGET_MEMORY_RATIO)}" if factor > 1 else ""
            print(f"  {factor:3d}x  {size / 1e6:7.2f} MB  {secs:7.2f} s  time/time(1x) {secs / first:6.1f}  "
                  f"peak {peak / 1e6:7.1f} MB  (peak - floor) / input {ratio:5.2f}{target}  "
                  f"summarize() alone {(peak - held) / size:5.2f}")
    print(f"  floor (interpreter and module, warmed on article.txt): {floor_bytes / 1e6:.1f} MB; reading a file into a")
    print("  str alone peaks near 3x its size (the bytes, then the text, 2 bytes a character once one is not Latin-1);")
    print("  'summarize() alone' is the peak above the memory held once the text is read")


# Targets of issue 11, printed beside the figures.
TARGET_STARTUP_RATIO = 1.3        # start-up of the command / its floor
TARGET_MB_PER_S = 3.0             # one process, PolNeAR train
TARGET_MEMORY_RATIO = 3.0         # (peak - floor) / input at 10x and 100x
TARGET_SECONDS_PER_MB = 0.5       # every pathological input


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def pathological() -> None:
    import summarize_article
    mb = 1_000_000

    def fill(unit: str) -> str:
        return unit * (mb // len(unit.encode("utf-8")))

    cases = {
        "only quote marks": '"' * mb,
        "unclosed quote at the start": "“" + "word " * (mb // 5),
        "only capitalised words": fill("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet. "),
        "one line with no spaces": "x" * mb,
        "deeply nested quotes": ("“" * 50 + "deep" + "”" * 50 + " ") * (mb // 105),
        "thousands of 'said', no names": fill("he said. "),
        "a long run of dates": fill("March 11, 2016 "),
        # the inputs issue 11 measured
        "“Yes,” Smith said. repeated": fill("“Yes,” Smith said. "),
        "“Yes.” “No,” Smith said. repeated": fill("“Yes.” “No,” Smith said. "),
        "Smith said repeated": fill("Smith said "),
        "byline lines repeated": fill("By Jane Roe and John Doe\n"),
        "City, State pairs": fill("Ames, Iowa "),
        "ALL-CAPS words": fill("ALPHA BRAVO CHARLIE DELTA "),
        "given names, no punctuation": fill("John Mary Peter James Linda "),
        "one paragraph, no punctuation": fill("the council met and the mayor left early "),
        "a line of quotes, no sentence end": fill("“yes” "),
        # a name on a line under a dash, as a quote's credit: read the text before it (was quadratic)
        "dash credit lines repeated": fill("\n- Xyzzy Quux\n"),
        # photographers' credits: each mention was checked against every credit (was quadratic)
        "photo credits repeated": fill("Photo: Ann Poe "),
        "agency credit lines repeated": fill("Rains fell. Ann Poe/Getty Images\n"),
        # Markdown's emphasis and heading marks, blanked before reading
        "Markdown emphasis repeated": fill("**Ann** _Poe_ said "),
        "Markdown headings repeated": fill("## Rains\n"),
        # one capitalised word per line: every line a run, a header line's shape in the body
        "one capitalised word per line": fill("Rains\n"),
    }
    print(f"\n## Pathological inputs, 1 MB each (in-process; target <= {TARGET_SECONDS_PER_MB} s per MB)")
    for name, text in cases.items():
        t = time.perf_counter()
        summarize_article.summarize(text)
        secs = time.perf_counter() - t
        print(f"  {name:36s} {secs:6.2f} s   {verdict(secs <= TARGET_SECONDS_PER_MB)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=["startup", "throughput", "peers", "scaling", "pathological"])
    args = parser.parse_args()
    print(f"# summarize_article benchmark — {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}")
    # Byte-compile first, as pip does on install: no section should pay for (or measure the memory
    # of) compiling the source.
    subprocess.run([sys.executable, "-m", "py_compile", str(ROOT / "summarize_article.py")], check=True)
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
