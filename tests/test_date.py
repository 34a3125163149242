"""Publication date: header, byline, dateline and footer conventions; never a story date."""
import pytest

from summarize_article import extract_date

BODY = "\n\nThe council met on Tuesday to debate the budget. Members said the vote would come on June 3, 2014.\n"

CASES = [
    # (convention, text, expected ISO date)
    ("sample header", "date 2025-10-17 (Jane Roe, Example News) The council met.", "2025-10-17"),
    ("ISO timestamp with zone", "Budget vote delayed\nAuthor: Jane Roe\nPublished: 2016-03-11T19:05:00-05:00" + BODY, "2016-03-11"),
    ("AP date line", "Budget vote delayed\nBy JANE ROE, Associated Press\nMar. 11, 2016 2:05 PM EST" + BODY, "2016-03-11"),
    ("Reuters timestamp", "Budget vote delayed\nFri Mar 11, 2016 2:05pm EST" + BODY, "2016-03-11"),
    ("day first", "Budget vote delayed\nBy Jane Roe\n11 March 2016" + BODY, "2016-03-11"),
    ("abbreviated day first", "Budget vote delayed\nBy Jane Roe\n11 Mar 2016" + BODY, "2016-03-11"),
    ("US numeric", "Budget vote delayed\nBy Jane Roe\n03/11/2016" + BODY, "2016-03-11"),
    ("numeric that can only be day first", "Budget vote delayed\nBy Jane Roe\n25/11/2016" + BODY, "2016-11-25"),
    ("weekday and time", "Budget vote delayed\nBy Jane Roe\nFriday, March 11, 2016 2:05 PM ET" + BODY, "2016-03-11"),
    ("ordinal", "Budget vote delayed\nby Jane Roe\nMarch 11th, 2016" + BODY, "2016-03-11"),
    ("posted on", "Budget vote delayed\nPosted on 03/11/2016 by Jane Roe" + BODY, "2016-03-11"),
    ("published beats updated", "Budget vote delayed\nBy Jane Roe, USA TODAY\n"
     "Published 2:05 p.m. ET March 10, 2016 | Updated 5:40 p.m. ET March 11, 2016" + BODY, "2016-03-10"),
    ("updated only", "Budget vote delayed\nBy Jane Roe | Updated Nov. 17, 2015 at 9:42 AM" + BODY, "2015-11-17"),
    ("pipe line", "Budget vote delayed\nJane Roe | The Example Times | March 11, 2016" + BODY, "2016-03-11"),
    ("URL path", "Budget vote delayed\nhttps://www.example.com/2016/03/11/budget-vote/" + BODY, "2016-03-11"),
    ("footer publication note", "Budget vote delayed" + BODY + "\nFirst published on March 11, 2016.\n", "2016-03-11"),
]


@pytest.mark.parametrize("convention,text,expected", CASES, ids=[c[0] for c in CASES])
def test_conventions(convention, text, expected):
    assert extract_date(text).iso == expected


NO_DATE = [
    ("story date only", "Budget vote delayed" + BODY),
    ("year alone in a copyright line", "Budget vote delayed" + BODY + "\nCopyright 2016 The Associated Press. All rights reserved.\n"),
    ("Reuters dateline without a year", "Budget vote delayed\n\nLONDON, March 11 (Reuters) - The council met." + BODY),
    ("load date is not publication", "Budget vote delayed" + BODY + "\nLoad-Date: March 12, 2016\n"),
    ("timestamp attribute in markup", 'Budget vote delayed\n\n<tweet id="1" datetime="2016-03-02">A post</tweet>' + BODY),
    ("impossible date", "Budget vote delayed\nBy Jane Roe\n02/31/2016" + BODY),
    ("a date in the lead's sentence, not its dateline", "Budget vote delayed\n\nIn an email dated Feb. 12, 2012 — "
     "seven months before the vote — the town clerk warned the council that the budget would not balance and that "
     "the rates would have to rise again.\n"),
    # a short sentence of the story that holds a date, closing it: no stamp (nor is "date" a cue
    # inside "Candidates")
    ("a short closing sentence with a date", "Budget vote delayed" + BODY + "\nCandidates must register by May 10, 2025.\n"),
    # a date inside a sentence that goes on after it, even after a cue word
    ("a cue inside a sentence that goes on", "Budget vote delayed\n\nThe audit, released March 3, 2025, found the "
     "council had overspent." + BODY),
    # a key that names another event than the page's
    ("another event's key", "Budget vote delayed" + BODY + "\nNext meeting: June 5, 2025\n"),
    ("an obituary's dates", "Ama Owusu obituary\nBorn: March 3, 1950\nDied: May 1, 2024\n\nAma Owusu, a teacher "
     "for forty years, has died in Accra.\n"),
]


@pytest.mark.parametrize("convention,text", NO_DATE, ids=[c[0] for c in NO_DATE])
def test_no_date_is_null(convention, text):
    assert extract_date(text) is None


def test_text_as_written_is_kept():
    d = extract_date("Budget vote delayed\nBy Jane Roe\nMar. 11, 2016 2:05 PM EST" + BODY)
    assert d.text == "Mar. 11, 2016"


MORE = [
    # a key that opens with a cue, a place or a weekday keeps its date the page's
    ("a place as the date's key", "Budget vote delayed\nNairobi: March 3, 2025" + BODY, "2025-03-03"),
    ("a weekday as the date's key", "Budget vote delayed\nMonday: March 3, 2025" + BODY, "2025-03-03"),
    ("a stamp whose cue opens it", "Budget vote delayed\nPublished March 3, 2025 and updated March 4, 2025" + BODY,
     "2025-03-03"),
    ("Nexis header", "The Example Times\nMarch 11, 2016 Friday\nFinal Edition\n\nBudget vote delayed\n\nBYLINE: Jane Roe"
     + BODY + "\nLOAD-DATE: March 12, 2016\n", "2016-03-11"),
    ("Factiva header", "HD Budget vote delayed\nBY By Jane Roe\nWC 512 words\nPD 11 March 2016\nSN The Example Times"
     + BODY, "2016-03-11"),
    ("Guardian style", "Budget vote delayed\nJane Roe\nFri 11 Mar 2016 14.05 GMT\nLast modified on Sat 12 Mar 2016 09.00 GMT"
     + BODY, "2016-03-11"),
    ("dateline with the date", "Budget vote delayed\n\nWASHINGTON, March 11, 2016 (AP) — The council met." + BODY,
     "2016-03-11"),
    ("a caption's date is the photo's, under the story's own stamp",
     "Ads\n\nMar 14, 2016 4:21 PM -\n\nBudget vote delayed\n\nMayor Lina Hoang speaks in Halifax, Friday March 11, "
     "2016. THE CANADIAN PRESS/Omar Diallo\n\nThe council met on Monday to debate the budget.\n", "2016-03-14"),
]


@pytest.mark.parametrize("convention,text,expected", MORE, ids=[c[0] for c in MORE])
def test_more_conventions(convention, text, expected):
    assert extract_date(text).iso == expected


def test_two_digit_year():
    assert extract_date("Budget vote delayed\nBy Jane Roe\n3/11/16" + BODY).iso == "2016-03-11"


# Numeric forms of outlets outside the US, and the page deciding the order of day and month.
NUMERIC = [
    ("day-month-year with dashes", "Budget vote delayed\nBy Anjali Rao\n14-03-2023" + BODY, "2023-03-14"),
    ("day, month's name and year with dashes, as Indian and Pakistani pages stamp it",
     "Budget vote delayed\nBy Anjali Rao\n04-Mar-2023 10:14 IST" + BODY, "2023-03-04"),
    ("year first with slashes", "Budget vote delayed\nBy Chen Jing\n2023/03/14 09:12" + BODY, "2023-03-14"),
    ("year first with dots", "Budget vote delayed\nBy Kim Min-ji\n2023.03.14" + BODY, "2023-03-14"),
    ("the page writes the day first elsewhere", "Budget vote delayed\nBy Sipho Dlamini\nPublished: 04/03/2023\n"
     "Updated: 25/03/2023" + BODY, "2023-03-04"),
    ("the same line decides it", "Budget vote delayed\nBy Sipho Dlamini\nUpdated: 14/03/2023; Published: 12/03/2023"
     + BODY, "2023-03-12"),
    ("a page in words day first", "Budget vote delayed\nBy Aoife Byrne\n4 March 2023\nPosted 04/03/2023" + BODY,
     "2023-03-04"),
    ("nothing decides: the US order", "Budget vote delayed\nBy Jane Roe\n04/03/2023" + BODY, "2023-04-03"),
    # no vote in the header: the story's own dates, day first or month first, give the page's order
    ("the story writes its dates day first", "Budget vote delayed\nBy Ama Owusu\n04/03/2023\n\nThe council, "
     "which met on 28 February, delayed the vote again. It meets on 11 March.\n", "2023-03-04"),
    ("the story writes its dates month first", "Budget vote delayed\nBy Jane Roe\n04/03/2023\n\nThe council, "
     "which met on February 28, delayed the vote again. It meets on April 11.\n", "2023-04-03"),
    ("a dateline with its date and no outlet", "Budget vote delayed\n\nKAMPALA, UGANDA – October 16, 2025 – The "
     "council met on Monday and the budget was delayed again.\n", "2025-10-16"),
    ("a short dateline paragraph", "Alert issued\n\nDodoma, Tanzania: 01 December 2025– The embassy issued an "
     "alert.\n\nTravel may be disrupted.\n", "2025-12-01"),
    ("a day-first country's time zone", "Budget vote delayed\nPTI | Chennai | Updated: 04-03-2023 21:37 IST" + BODY,
     "2023-03-04"),
    ("an Australian time zone", "Budget vote delayed\nBy Mia Nguyen\nPosted 04/03/2023 10:15am AEDT" + BODY,
     "2023-03-04"),
    ("a US time zone keeps the US order", "Budget vote delayed\nBy Jane Roe\n04/03/2023 9:30 a.m. EST" + BODY,
     "2023-04-03"),
]


@pytest.mark.parametrize("convention,text,expected", NUMERIC, ids=[c[0] for c in NUMERIC])
def test_numeric_dates(convention, text, expected):
    assert extract_date(text).iso == expected


def test_an_embedded_posts_date_is_not_the_articles():
    # "— Name (@handle) March 4, 2025" dates the post the story embeds, on its own line or after the post's text
    text = ("Minister resigns over the housing row\n\nThe minister resigned on Tuesday after weeks of pressure.\n\n"
            "\"I have done my best.\" — Ama Owusu (@AmaOwusuMP) March 4, 2025\n\n"
            "We told you so.\n— Kofi Mensah (@KofiMensah) March 4, 2025\n\nNo successor was named.\n")
    from summarize_article import summarize
    assert summarize(text).date is None
