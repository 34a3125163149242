"""Shared helpers: the repo root on sys.path, the sample article, the shared benchmark."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "benchmark"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "article.txt").read_text(encoding="utf-8")


def names(people) -> list[str]:
    return [p.name for p in people]


def person(people, last: str):
    """The entry whose name ends with `last`, or None."""
    for p in people:
        if p.name.split()[-1] == last:
            return p
    return None
