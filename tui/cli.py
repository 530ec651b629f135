"""The `negot-tui` command line.

Kept free of Textual and Rich imports at module level so that `--help`,
`--version` and `extract` start fast; each subcommand imports what it needs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tui import __version__


class UserError(Exception):
    """A problem with what the user asked for: printed as one line, no traceback."""


def _add_db(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands suppress the default so `negot-tui --db X cmd` keeps X.
    p.add_argument("--db", metavar="PATH", type=Path, default=None if top else argparse.SUPPRESS,
                   help="SQLite database (default: negot.db in the user data directory, "
                        "or $NEGOT_TUI_DB)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="negot-tui",
        description="Who said what, for which side, and when, in Israel-Hamas negotiation news. "
                    "Without a command, opens the terminal app (on the bundled demo corpus "
                    "the first time).")
    parser.add_argument("--version", action="version", version=f"negot-tui {__version__}")
    _add_db(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("tui", help="open the terminal app (the default)")
    _add_db(p)

    p = sub.add_parser("extract", help="extract quotes, reported speech and positions; print them")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per record")
    p.add_argument("--actors", type=Path, metavar="FILE", help="extra actors file (TOML)")

    p = sub.add_parser("ingest", help="extract articles and store them in the database")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--actors", type=Path, metavar="FILE", help="extra actors file (TOML)")
    _add_db(p)

    p = sub.add_parser("search", help="fuzzy-search stored quotes")
    p.add_argument("query", help="words to look for (typos are forgiven)")
    p.add_argument("--party", help="only quotes from this party")
    p.add_argument("--speaker", help="only quotes from this speaker")
    p.add_argument("--issue", help="only quotes behind a position on this issue")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="only quotes said on or after DATE (2024, 2024-08 or 2024-08-20)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only quotes said on or before DATE")
    p.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per result")
    _add_db(p)

    p = sub.add_parser("cite", help="print the citation of a stored quote")
    p.add_argument("quote_id", type=int, metavar="QUOTE_ID")
    p.add_argument("--format", default="plain", help="citation style (default: plain)")
    _add_db(p)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return args.db
    from store.db import default_db_path

    return default_db_path()


def _open_for_reading(args: argparse.Namespace):
    """The database to read. The default one is created on the demo corpus the first time,
    so that a new user's first command has real data; an explicit --db must exist."""
    from store.db import open_db

    path = _db_path(args)
    if not getattr(args, "db", None) and not path.exists():
        from store.demo import ensure_demo

        ensure_demo(open_db(path))
    return open_db(path, readonly=True)


def _load_actors(path: Path | None):
    from extract.actors import load_actors

    try:
        return load_actors(extra=path)
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: cannot read actors file: {exc}") from exc


def cmd_extract(args: argparse.Namespace) -> int:
    from extract import extract_article
    from extract.reader import ArticleReadError, iter_article_files, read_article_file

    actors = _load_actors(args.actors)
    failures: list[str] = []

    def fail(path, why: str) -> None:
        failures.append(str(path))
        _warn(path, why)

    out = sys.stdout
    for path in iter_article_files(args.paths, on_error=fail):
        try:
            text = read_article_file(path)
        except ArticleReadError as exc:
            fail(path, str(exc))
            continue
        result = extract_article(text, path.name, actors=actors)
        if args.jsonl:
            for rec in result.records():
                d = rec.to_json()
                d.pop("paragraph", None)
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            _print_readable(result, out)
    return 1 if failures else 0


def _print_readable(result, out) -> None:
    meta = result.meta
    head = " | ".join(x for x in (meta.name, meta.outlet, meta.published, meta.title) if x)
    out.write(f"== {head}\n")
    for q in result.quotes:
        who = q.speaker or "(unattributed)"
        side = ", ".join(x for x in (q.party, q.faction) if x)
        out.write(f"  \u201c{q.quote}\u201d\n      \u2014 {who}" + (f" [{side}]" if side else "")
                  + (f", {q.date}" if q.date else "") + "\n")
    for r in result.reported:
        out.write(f"  (reported) {r.speaker or '?'} {r.cue}: {r.content}\n")
    for p in result.positions:
        out.write(f"  (position) {p.party} {p.stance} {p.issue}: {p.evidence}\n")


def _warn(path, why: str) -> None:
    print(f"negot-tui: {path}: {why}", file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from tui.ingest_progress import run_ingest

    return run_ingest(_db_path(args), args.paths, actors=_load_actors(args.actors))


def cmd_search(args: argparse.Namespace) -> int:
    from store.search import search_quotes

    db = _open_for_reading(args)
    hits = search_quotes(db, args.query, party=args.party, speaker=args.speaker, issue=args.issue,
                         date_from=args.date_from, date_to=args.date_to, limit=args.limit)
    for hit in hits:
        row = hit.row
        if args.jsonl:
            print(json.dumps({"id": row.id, "score": round(hit.score, 2), "quote": row.quote,
                              "speaker": row.speaker, "party": row.party, "date": row.date,
                              "article": row.article_name, "outlet": row.outlet},
                             ensure_ascii=False))
        else:
            print(f"{row.id:>6}  {hit.score:5.1f}  {row.speaker or '?'} ({row.party or '?'}): "
                  f"\u201c{row.quote[:100]}\u201d")
    return 0


def cmd_cite(args: argparse.Namespace) -> int:
    from store.citation import STYLES, format_citation
    from store.queries import get_quote

    if args.format not in STYLES:
        raise UserError(f"unknown citation format {args.format!r}; choose from {', '.join(STYLES)}")
    db = _open_for_reading(args)
    row = get_quote(db, args.quote_id)
    if row is None:
        raise UserError(f"{_db_path(args)}: no quote with id {args.quote_id}")
    print(format_citation(row, args.format))
    return 0


def cmd_tui(args: argparse.Namespace) -> int:
    """The default database opens on the demo corpus the first time; an explicit --db
    must already exist, so a project database never gets the demo articles mixed in."""
    from tui.app import run_app

    path = _db_path(args)
    if getattr(args, "db", None) and not path.exists():
        raise UserError(f"{path}: no such database (create it with "
                        f"`negot-tui ingest --db {path} ARTICLES...`)")
    return run_app(path)


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "search": cmd_search,
            "cite": cmd_cite, "tui": cmd_tui, None: cmd_tui}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from store.errors import StoreError

    try:
        return COMMANDS[args.command](args) or 0
    except (UserError, StoreError) as exc:
        print(f"negot-tui: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
