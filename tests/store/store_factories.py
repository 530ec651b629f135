"""Hand-made extracted articles for store tests (independent of the extractor's output)."""
from __future__ import annotations

from extract.records import ArticleMeta, ExtractedArticle, Position, Quote, Reported
from store.ingest import content_hash


def make_article(name: str, paragraphs: list[str], quotes: list[dict], *, reported=(),
                 positions=(), **meta) -> ExtractedArticle:
    """An ExtractedArticle whose quote offsets are found in the text, so text[start:end] == quote."""
    text = "\n".join(paragraphs)
    qs = []
    for q in quotes:
        start = text.index(q["quote"])
        qs.append(Quote(article=name, quote=q["quote"], speaker=q.get("speaker"),
                        party=q.get("party"), faction=q.get("faction"), date=q.get("date"),
                        kind=q.get("kind", "full"), start=start, end=start + len(q["quote"]),
                        cue=q.get("cue", "said"), speaker_as_written=q.get("as_written"),
                        paragraph=next(p for p in paragraphs if q["quote"] in p)))
    rs = []
    for r in reported:
        start = text.index(r["content"])
        rs.append(Reported(article=name, speaker=r.get("speaker"), party=r.get("party"),
                           faction=r.get("faction"), cue=r.get("cue", "said"),
                           content=r["content"], date=r.get("date"), start=start,
                           end=start + len(r["content"])))
    ps = []
    for p in positions:
        start = text.index(p["evidence"])
        qstart = text.index(p["quote"]) if p.get("quote") else None
        ps.append(Position(article=name, party=p["party"], speaker=p.get("speaker"),
                           issue=p["issue"], stance=p["stance"], evidence=p["evidence"],
                           date=p.get("date"), start=start, end=start + len(p["evidence"]),
                           quote_start=qstart))
    return ExtractedArticle(meta=ArticleMeta(name=name, **meta), text=text, quotes=qs,
                            reported=rs, positions=ps)


def smotrich_article() -> ExtractedArticle:
    return make_article(
        "a1.txt",
        ["Finance Minister Bezalel Smotrich denounced the initiative.",
         "\u201cQatar is an enemy state and supports Hamas and its positions in the negotiations,"
         "\u201d Smotrich said.",
         "\u201cIt is forbidden to give Hamas oxygen,\u201d Itamar Ben Gvir said on 24 October.",
         "A senior Hamas official said the movement wants a full withdrawal from Gaza.",
         "\u201cWe will not accept any deal without a complete ceasefire,\u201d a senior Hamas "
         "official said."],
        [{"quote": "Qatar is an enemy state and supports Hamas and its positions in the "
                   "negotiations,", "speaker": "Bezalel Smotrich", "party": "Israel",
          "faction": "Coalition hardliners", "as_written": "Smotrich"},
         {"quote": "It is forbidden to give Hamas oxygen,", "speaker": "Itamar Ben Gvir",
          "party": "Israel", "faction": "Coalition hardliners", "date": "2024-10-24"},
         {"quote": "We will not accept any deal without a complete ceasefire,",
          "speaker": "a senior Hamas official", "party": "Hamas"}],
        reported=[{"content": "the movement wants a full withdrawal from Gaza",
                   "speaker": "a senior Hamas official", "party": "Hamas"}],
        positions=[{"party": "Hamas", "speaker": "a senior Hamas official",
                    "issue": "permanent-ceasefire", "stance": "demands",
                    "evidence": "We will not accept any deal without a complete ceasefire",
                    "quote": "We will not accept any deal without a complete ceasefire,"}],
        title="Coalition allies obstruct talks", outlet="The Cradle",
        url="https://example.org/a1", published="2024-10-25")


def ingest(db, article: ExtractedArticle, **kw):
    from store.ingest import ingest_extracted

    return ingest_extracted(db, article, content_hash=content_hash(article.text), **kw)


def fake_extract(text: str, name: str, **options) -> ExtractedArticle:
    """A tiny stand-in extractor: each line `“Q,” Speaker (Party) said.` is one quote.

    Lets store tests exercise ingest_paths without depending on the real
    extractor's (changing) output.
    """
    import re

    quotes = []
    pos = 0
    for line in text.split("\n"):
        m = re.match(r"\u201c(.+?)\u201d (.+?) \((.+?)\) said\.", line)
        if m:
            start = pos + m.start(1)
            quotes.append(Quote(article=name, quote=m.group(1), speaker=m.group(2),
                                party=m.group(3), faction=None, date=None, kind="full",
                                start=start, end=start + len(m.group(1)), cue="said",
                                speaker_as_written=m.group(2), paragraph=line))
        pos += len(line) + 1
    return ExtractedArticle(meta=ArticleMeta(name=name, outlet="Detected Outlet"), text=text,
                            quotes=quotes)
