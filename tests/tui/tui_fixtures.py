"""Hand-made extractor records for the TUI tests, stored through the real store ingest."""
from __future__ import annotations

from pathlib import Path

from dataclasses import replace

from extract.records import ArticleMeta, ExtractedArticle, Position, Quote

HOSTILE = [
    "[bold red]x[/]",
    "[@click=app.quit]y[/]",
    "[/",
    "\x1b[31mred\x1b[0m \x1b]0;PWNED\x07 \x1b]52;c;aGk=\x07",
]
HOSTILE_QUOTE = "Hostile " + " and ".join(HOSTILE) + " end"
HOSTILE_SPEAKER = "[/bold]Mr [red]X"
HOSTILE_PARTY = "[@click=app.quit]Party[/]"


def _article(name: str, meta: dict, items: list[tuple[str, str | None, str | None, str | None,
                                                       str | None]]) -> ExtractedArticle:
    """One article whose text is one paragraph per quote, offsets computed from the text."""
    paragraphs, quotes = [], []
    offset = 0
    for quote, speaker, party, faction, date in items:
        para = f"\u201c{quote},\u201d {speaker or 'someone'} said."
        start = offset + 1
        quotes.append((quote, speaker, party, faction, date, start, para))
        paragraphs.append(para)
        offset += len(para) + 1
    text = "\n".join(paragraphs)
    records = []
    for quote, speaker, party, faction, date, start, para in quotes:
        assert text[start:start + len(quote)] == quote
        records.append(Quote(article=name, quote=quote, speaker=speaker, party=party,
                             faction=faction, date=date, kind="full", start=start,
                             end=start + len(quote), cue="said", speaker_as_written=speaker,
                             paragraph=para))
    return ExtractedArticle(meta=ArticleMeta(name=name, **meta), text=text, quotes=records)


def _with_position(article: ExtractedArticle, quote_index: int, issue: str, stance: str
                   ) -> ExtractedArticle:
    """Add a position whose evidence is the given quote (as the extractor links them)."""
    q = article.quotes[quote_index]
    pos = Position(article=q.article, party=q.party or "", speaker=q.speaker, issue=issue,
                   stance=stance, evidence=q.quote, date=q.date, start=q.start, end=q.end,
                   quote_start=q.start)
    return replace(article, positions=[*article.positions, pos])


def build_articles() -> list[ExtractedArticle]:
    articles = _plain_articles()
    articles[1] = _with_position(articles[1], 0, "ceasefire", "rejects")  # Hamas
    articles[2] = _with_position(articles[2], 0, "hostages", "demands")  # hostile party
    return articles


def _plain_articles() -> list[ExtractedArticle]:
    return [
        _article("000_cradle.txt",
                 {"title": "Netanyahu's allies obstruct talks", "outlet": "The Cradle",
                  "url": "https://thecradle.co/a/1", "published": "2024-10-26"},
                 [("Qatar is an enemy state and supports Hamas and its positions in the "
                   "negotiations", "Bezalel Smotrich", "Israel", "Religious Zionism",
                   "2024-10-24"),
                  ("It is forbidden to give Hamas oxygen", "Itamar Ben Gvir", "Israel",
                   "Otzma Yehudit", "2024-10-24"),
                  ("Egypt insists that any steps towards calm must lead to a comprehensive "
                   "cease-fire", "Egyptian source", "Egypt", None, "2024-10-25")]),
        _article("001_ap.txt",
                 {"title": "Talks resume in Doha", "outlet": "AP",
                  "url": "https://apnews.com/b/2", "published": "2024-10-28"},
                 [("We will not accept partial deals that keep the occupation in Gaza",
                   "Osama Hamdan", "Hamas", None, "2024-10-27"),
                  ("The talks are constructive and we remain hopeful", "Majed al-Ansari",
                   "Qatar", None, "2024-10-28"),
                  ("We are closer than ever to a ceasefire deal", "Antony Blinken",
                   "United States", None, "2024-10-28")]),
        _article("002_hostile.txt",
                 {"title": "[/ [b]Title[/b]", "outlet": "[@click=app.quit]Outlet[/]",
                  "url": "https://example.test/?q=[1]&r=[/]", "published": "2024-10-30"},
                 [(HOSTILE_QUOTE, HOSTILE_SPEAKER, HOSTILE_PARTY, "[red]f[/red]",
                   "2024-10-30")]),
    ]


def build_db(path: Path, articles: list[ExtractedArticle] | None = None) -> Path:
    """A database file at `path` holding `articles` (default: the hand-made set above)."""
    from store.db import open_db
    from store.ingest import ingest_extracted

    db = open_db(path)
    for i, article in enumerate(build_articles() if articles is None else articles):
        ingest_extracted(db, article, content_hash=f"fixture-{i}-{article.meta.name}")
    db.conn.close()
    return path


def many_days(days: int = 40, per_day: int = 9) -> list[ExtractedArticle]:
    """`days` articles, one per day, `per_day` quotes each: more rows than a timeline window."""
    articles = []
    for d in range(days):
        date = f"2024-{1 + d // 28:02d}-{1 + d % 28:02d}"
        items = [(f"Day {d} statement {i} about the hostage deal", f"Speaker {i % 4}",
                  ("Israel", "Hamas", "Qatar", "Egypt")[i % 4], None, date)
                 for i in range(per_day)]
        articles.append(_article(f"{d:03d}_day.txt", {"title": f"Day {d}", "outlet": "Wire",
                                                      "published": date}, items))
    return articles


async def settle(app, pilot) -> None:
    """Let pending workers (search, grid, timeline loads) finish and their messages be handled."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def toasts(app) -> list[str]:
    """The text of every notification the app has shown."""
    return [str(n.message) for n in app._notifications]
