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


@pytest.mark.parametrize("row", [r for r in LINE_CONVENTIONS if r.needs], ids=[r.name for r in LINE_CONVENTIONS if r.needs])
def test_a_row_that_needs_fragments_finds_one_in_its_example(row):
    """`needs` lists fragments one of which a line must hold (in lower case) for the row to be
    tried: the row's own example holds one, or the row could never read it."""
    assert any(fragment in row.example.lower() for fragment in row.needs)


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
    # Header layouts of outlets on every continent, each with names no list of given names holds.
    ("the publication date glued to 'Updated' wins over the update",
     f"{HEADLINE}\n\nBy Wanjiru Kamau and Tomás Ruiz\nReporting from Suva, Fiji\n\n"
     f"Published March 3, 2023Updated March 4, 2023, 5:12 a.m. ET\n\n{BODY}\n",
     {"date": "2023-03-03", "authors": ("Wanjiru Kamau", "Tomás Ruiz")}),
    ("a year glued to the time", f"{HEADLINE}\n\nBy Oluwaseun Bello\nMarch 14, 20235:12 AM UTCUpdated 2 hours ago\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Oluwaseun Bello",)}),
    ("a name glued to the time", f"{HEADLINE}\n\nAroha Ngata10:12, Mar 14 2023\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Aroha Ngata",)}),
    ("the reporter's city in capitals between name and date",
     f"{HEADLINE}\n\nSiddharth Varma\nCHENNAI\nMarch 14, 2023 10:12 pm | Updated 10:30 pm IST\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Siddharth Varma",)}),
    ("'in' and the city between name and date",
     f"{HEADLINE}\n\nNkechi Obi\nin Hong Kong\nPublished: 5:12pm, 14 Mar, 2023\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Nkechi Obi",)}),
    ("a role line under the name", f"{HEADLINE}\n\nThandiwe Mokoena\nSenior Correspondent\nUPDATED MAR 14, 2023, 05:12 PM\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Thandiwe Mokoena",)}),
    ("name, outlet and posting time cut by bullets",
     f"{HEADLINE}\n\nKwame Asante · CBC News · Posted: Mar 14, 2023 5:12 PM EDT | Last Updated: March 15\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Kwame Asante",), "source": "CBC News"}),
    ("an outlet, a slash and the byline", f"{HEADLINE}\n\nPacific Desk / By Moana Reid\nPosted Tue 14 Mar 2023 at 5:12am\n\n{BODY}\n",
     {"date": "2023-03-14", "authors": ("Moana Reid",)}),
    ("a role after a comma is no outlet",
     f"{HEADLINE}\n\nAigerim Bekova, Asia Correspondent | Chidi Eze\nTuesday March 14 2023, 5.00pm\n\n{BODY}\n",
     {"authors": ("Aigerim Bekova", "Chidi Eze"), "source": None}),
    ("a journalist's role on the name line", f"{HEADLINE}\n\nLeilani Kahale, Pacific Journalist\n\n{BODY}\n",
     {"authors": ("Leilani Kahale",)}),
    ("a wire's credits without parentheses credit the reporter, not the editor",
     f"{HEADLINE}\n\n{BODY}\n\n— Reporting by Amara Diallo; editing by Pedro Alves\n", {"authors": ("Amara Diallo",)}),
    ("a short story's closing bio names its author",
     f"{HEADLINE}\n\n{BODY}\n\nMere Naivalu is a reporter for the Harbour Post.\n",
     {"authors": ("Mere Naivalu",), "source": "Harbour Post"}),
    ("a photographer after a slash is no author", f"{HEADLINE}\n\nDock workers at the gate.\nIlisapeci Vula / Pacific Wire\n\n{BODY}\n",
     {"authors": ()}),
    ("a release's label is no byline", f"MEDIA RELEASE\n14 March 2023\n\n{HEADLINE}\n\n{BODY}\n", {"authors": ()}),
    ("reading time between name and date", f"{HEADLINE}\n\nKofi Mensah\n5 min read\n·\nMar 14, 2023\n\n{BODY}\n",
     {"authors": ("Kofi Mensah",), "date": "2023-03-14"}),
    ("a magazine's Words: credit", f"{HEADLINE}\n\nWords: Leilani Kahale\n\n{BODY}\n", {"authors": ("Leilani Kahale",)}),
    ("a first-person essay told to its writer", f"{HEADLINE}\n\nAs told to Leilani Kahale\n\n{BODY}\n",
     {"authors": ("Leilani Kahale",)}),
    ("written and photographed by", f"{HEADLINE}\n\nWritten and photographed by Leilani Kahale\n\n{BODY}\n",
     {"authors": ("Leilani Kahale",)}),
    ("a closing bio with the outlet's possessive", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi is the Lagos Ledger's health reporter.\n", {"authors": ("Nkechi Obi",), "source": "Lagos Ledger"}),
    ("a closing bio of a freelance writer", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi is a freelance journalist based in Abuja.\n", {"authors": ("Nkechi Obi",)}),
    ("a closing bio that places its writer", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi is a journalist based in Abuja.\n", {"authors": ("Nkechi Obi",)}),
    ("a closing sentence placing someone of no writer's role is no bio", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi is a farmer based in Abuja.\n", {"authors": ()}),
    ("a closing sentence about a retired journalist is no bio", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi is a retired journalist who moved to Suva in 1990.\n", {"authors": ()}),
    ("a closing sentence about reaching someone is no contact", f"{HEADLINE}\n\n{BODY}\n\n{CLOSING}\n\n"
     f"Nkechi Obi can be reached only by boat, officials said.\n", {"authors": ()}),
    # Exports of news databases, feeds and notes: labelled fields in their own spellings.
    ("a database export: surname first, title field, the place after the publication",
     f"Title: {HEADLINE}\nAuthor: Vula, Ilisapeci\nPublication title: The Suva Record; Suva, Fiji\n"
     f"Publication date: Mar 11, 2016\n\nFull text: {BODY}\n",
     {"authors": ("Ilisapeci Vula",), "source": "The Suva Record", "date": "2016-03-11", "title": HEADLINE}),
    ("surnames first, separated by semicolons; the source then its date",
     f"{HEADLINE}\nAuthor(s): Vula, Ilisapeci; Mensah, Kofi\nSource: Suva Record. 3/11/2016, pA1.\n\n{BODY}\n",
     {"authors": ("Ilisapeci Vula", "Kofi Mensah"), "source": "Suva Record"}),
    ("a feed's creator field", f"{HEADLINE}\npubDate: Fri, 11 Mar 2016 19:05:00 GMT\ndc:creator: Kofi Mensah\n\n{BODY}\n",
     {"authors": ("Kofi Mensah",), "date": "2016-03-11"}),
    ("a forwarded e-mail's sender", f"From: Kofi Mensah <kofi@example.org>\nDate: Fri, 11 Mar 2016 19:05:00 -0500\n\n"
     f"{HEADLINE}\n\n{BODY}\n", {"authors": ("Kofi Mensah",), "date": "2016-03-11"}),
    ("a front matter with quotes and a list", f"---\ntitle: \"{HEADLINE}\"\nauthors: [\"Kofi Mensah\", \"Ama Serwaa\"]\n"
     f"date: \"2016-03-11T19:05:00Z\"\npublisher: \"The Suva Record\"\n---\n\n{BODY}\n",
     {"authors": ("Kofi Mensah", "Ama Serwaa"), "source": "The Suva Record", "date": "2016-03-11", "title": HEADLINE}),
    ("a name and a wire after By are not inverted", f"{HEADLINE}\n\nBy Mensah, Reuters\n\n{BODY}\n",
     {"source": "Reuters"}),
    ("a Factiva export's codes", f"HD {HEADLINE}\nBY By Sipho Dlamini\nWC 512 words\nPD 11 March 2016\n"
     f"SN The Suva Record\nSC SUVREC\nLA English\n\n{BODY}\n",
     {"authors": ("Sipho Dlamini",), "date": "2016-03-11", "source": "The Suva Record", "title": HEADLINE}),
    ("a newspaper archive's line: the outlet and its state, then the date",
     f"{HEADLINE}\nSuva Herald (HI) - Friday, March 11, 2016\nAuthor: Sipho Dlamini, Staff Writer\n\n{BODY}\n",
     {"authors": ("Sipho Dlamini",), "date": "2016-03-11", "source": "Suva Herald"}),
    ("a dateline whose city opens like a Factiva code", f"{HEADLINE}\n\nLA CROSSE, Wis. — {BODY}\n",
     {"source": None, "title": HEADLINE}),
    ("a headline that opens with a city's initials", f"LA Mayor Bass Visits The Port In Suva\n\n{BODY}\n",
     {"title": "LA Mayor Bass Visits The Port In Suva"}),
    ("a byline with the reporter's handle", f"{HEADLINE}\n\nBy Kofi Mensah @kofimensah\nMarch 14, 2023\n\n{BODY}\n",
     {"authors": ("Kofi Mensah",), "date": "2023-03-14"}),
    ("a photographer's credit with a slash is no outlet", f"{HEADLINE}\n\nKofi Mensah/Harbour Post\n\n{BODY}\n",
     {"authors": (), "source": None}),
    ("a role at an outlet under the name", f"{HEADLINE}\n\nKofi Mensah\nSenior Reporter at the Lagos Ledger\n"
     f"Published March 14, 2023\n\n{BODY}\n", {"authors": ("Kofi Mensah",), "source": "Lagos Ledger"}),
    ("an honorific in a byline", f"{HEADLINE}\n\nBy Dr. Ama Serwaa\n\n{BODY}\n", {"authors": ("Ama Serwaa",)}),
    ("a labelled byline: analysis by", f"{HEADLINE}\n\nAnalysis by Ama Serwaa, CNN\n\n{BODY}\n",
     {"authors": ("Ama Serwaa",), "source": "CNN"}),
    ("a reviewer is no author", f"{HEADLINE}\n\nBy Ama Serwaa | Reviewed by Kofi Mensah\n\n{BODY}\n",
     {"authors": ("Ama Serwaa",)}),
    ("a place line alone is no byline", f"{HEADLINE}\n\nNAIROBI\nMarch 14, 2023\n\n{BODY}\n", {"authors": (), "date": "2023-03-14"}),
]


@pytest.mark.parametrize("case,text,expected", REGRESSIONS, ids=[r[0] for r in REGRESSIONS])
def test_header_regressions(case, text, expected):
    summary = summarize(text)
    found = {"authors": summary.authors, "date": summary.date and summary.date.iso,
             "source": summary.source and summary.source.name, "title": summary.title}
    for key, value in expected.items():
        assert found[key] == value, (case, found)
