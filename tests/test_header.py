"""The header and footer conventions table (issue 8): every row's invented example, put where
such a line stands on a page, yields what the row says, and --explain names the row."""
import pytest

from summarize_article import LINE_CONVENTIONS, SEGMENT_CONVENTIONS, read_header, summarize

HEADLINE = "Port strike ends after three weeks"
BODY = ("Harbour workers in Suva voted on Tuesday to end the strike after three weeks of talks with the port "
        "authority, and ships began to move again by the evening tide.")
CLOSING = ("The union said it would meet again next month to review the agreement with members in every "
           "branch of the port before the new season.")
FOOTER_LABELS = {"sign-off", "bio", "credits", "contact", "copyright", "credit", "embed", "credit other"}
ROWS = LINE_CONVENTIONS + SEGMENT_CONVENTIONS


def page(row) -> str:
    if row.label in FOOTER_LABELS:
        return f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n{row.example}\n"
    if row.label.startswith("date"):          # a date header opens the page, above the headline
        return f"{row.example}\n\n{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n"
    return f"{HEADLINE}\n{row.example}\n\n{BODY}\n\n{CLOSING}\n"


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_every_row_reads_its_example(row):
    text = page(row)
    labels = {(h.label, h.row.name if h.row else None) for h in read_header(text).lines}
    assert (row.label, row.name) in labels or row.label == "names", labels
    summary = summarize(text)
    evidence = summary.to_dict(explain=True)["evidence"]
    for fact, expected in row.expect:
        if fact == "date":
            assert summary.date.iso == expected
            assert evidence["date"]["rule"].startswith(row.name)
        elif fact == "source":
            assert expected in (summary.source.name, summary.source.text)
            assert evidence["source"]["rule"] == row.name
        elif fact == "authors":
            assert summary.authors == expected
            assert all(e["rule"] == row.name for e in evidence["authors"])


def test_every_row_has_an_invented_example_and_a_unique_name():
    names = [r.name for r in ROWS]
    assert len(names) == len(set(names))
    assert all(r.example.strip() for r in ROWS)


# Regression rows: (case, text, what must hold), each a convention of real pages.
REGRESSIONS = [
    ("a bare name line under a date is the byline",
     f"{HEADLINE}\n\nThu, 13 Jul, 2023 - 02:00\nMarta Kowalczyk\n\n{BODY}\n", {"authors": ("Marta Kowalczyk",)}),
    ("a name glued to the date by a lost line break",
     f"{HEADLINE}\nPA Wire\nOluwaseun Adeyemi-Cole12 December 2023\n\n{BODY}\n",
     {"authors": ("Oluwaseun Adeyemi-Cole",), "date": "2023-12-12", "source": "PA Media"}),
    ("a 'by' key alone, the name on the next line", f"{HEADLINE}\n\nby\n\nKeisha Baptiste\n20200702\n\n{BODY}\n",
     {"authors": ("Keisha Baptiste",), "date": "2020-07-02"}),
    ("the site's date of today above an older article date",
     f"Monday Nov 18, 2024\n\n{HEADLINE}\n\nHarbour Post\n2022 Mar 28, 10:43, Suva\n\n{BODY}\n", {"date": "2022-03-28"}),
    ("a dateline tag names any outlet", f"{HEADLINE}\n\nSUVA (Pacific Wave Radio):– {BODY}\n",
     {"source": "Pacific Wave Radio"}),
    ("a dateline tag that is a place is no outlet", f"{HEADLINE}\n\nMay 1, 2023 (SUVA) – {BODY}\n", {"source": None}),
    ("an outlet named in a banner line", f"Why you can trust SCMP\n\n{HEADLINE}\n\n{BODY}\n",
     {"source": "South China Morning Post"}),
    ("a site's name before its menu", f"Tribune Daily Menu\n\n{HEADLINE}\n\n{BODY}\n", {"source": None}),
    ("a known outlet's name before its menu", f"PunchNG Menu:\n\n{HEADLINE}\n\n{BODY}\n", {"source": "Punch"}),
    ("any site's own logo above the story", f"radio tower icon kiwiwave logo\n\n{HEADLINE}\n\n{BODY}\n",
     {"source": "kiwiwave"}),
    ("a social network's logo in the story is an image",
     f"{HEADLINE}\n\n{BODY}\n\nMore news\nFacebook Logo\nShares rose.\nPrices fell.\nWorkers rested.\n"
     f"Ships sailed.\n\n{CLOSING}\n", {"source": None}),
    ("a yearbook credit", f"The season in review appeared in the 2024 edition of the Pacific Rugby Annual.\n\n{BODY}\n",
     {"source": "Pacific Rugby Annual"}),
    ("a headline ending with its outlet", f"{HEADLINE} - RTHK\n\n{BODY}\n", {"source": "Radio Television Hong Kong"}),
    ("an outlet named in the story is not the source",
     f"{HEADLINE}\n\nThe Guardian reported that the talks had ended.\n\n{BODY}\n", {"source": None}),
    ("a photographer credit under a caption is no author",
     f"{HEADLINE}\n\nDockers at the gate | ANA TUILAGI\nBy Mere Naivalu\n\n{BODY}\n", {"authors": ("Mere Naivalu",)}),
    ("a Title Case headline is no line of names", f"Voters Endorse Naidu\n\n{BODY}\n", {"authors": ()}),
    ("a one-word brand in a byline is the source",
     f"{HEADLINE}\n\nApr 28, 2022 By HarbourDepth\n\n{BODY}\n", {"authors": (), "source": "HarbourDepth"}),
    ("an embedded post's credit is not the source",
     f"{HEADLINE}\n\n{BODY}\n\n— Port Authority (@portauth) May 3, 2021\n", {"source": None}),
]


@pytest.mark.parametrize("case,text,expected", REGRESSIONS, ids=[r[0] for r in REGRESSIONS])
def test_header_regressions(case, text, expected):
    summary = summarize(text)
    found = {"authors": summary.authors, "date": summary.date and summary.date.iso,
             "source": summary.source and summary.source.name}
    for key, value in expected.items():
        assert found[key] == value, (case, found)
