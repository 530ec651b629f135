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

    inputs = ("files or folders: plain text (.txt, .md, optional header), saved web pages "
              "(.html), JSON Lines (.jsonl) or CSV (.csv) exports with one article per row")
    p = sub.add_parser("extract", help="extract quotes, reported speech and positions; print them")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=inputs)
    p.add_argument("--jsonl", action="store_true", help="one JSON object per record")
    p.add_argument("--actors", type=Path, metavar="FILE", help="extra actors file (TOML)")
    p.add_argument("--issues", type=Path, metavar="FILE",
                   help="extra issues file (TOML, the shape of extract/data/issues.toml)")
    _add_input_options(p)

    p = sub.add_parser("ingest", help="extract articles and store them in the database")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=inputs)
    p.add_argument("--actors", type=Path, metavar="FILE", help="extra actors file (TOML)")
    p.add_argument("--issues", type=Path, metavar="FILE",
                   help="extra issues file (TOML, the shape of extract/data/issues.toml)")
    _add_input_options(p)
    _add_db(p)

    p = sub.add_parser("search", help="fuzzy-search stored quotes")
    p.add_argument("query", help="words to look for (typos are forgiven)")
    _add_filters(p)
    p.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per result")
    _add_db(p)

    p = sub.add_parser("cite", help="print the citation of a stored quote")
    p.add_argument("quote_id", type=int, metavar="QUOTE_ID")
    p.add_argument("--format", default=None, metavar="STYLE",
                   help="plain, markdown, apa, chicago, bibtex or csl-json (default: "
                        "citation_style in the config file, else plain)")
    _add_db(p)

    p = sub.add_parser("export", help="write quotes, positions or articles as CSV, JSONL or Markdown")
    p.add_argument("kind", choices=("quotes", "positions", "articles"))
    p.add_argument("query", nargs="?", default=None,
                   help="quotes only: fuzzy search words (best matches first, at most --limit "
                        "or 1000); without it, every matching quote in date order")
    p.add_argument("--format", dest="fmt", choices=("csv", "jsonl", "markdown"), default="csv",
                   help="output format (default csv)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE, not stdout")
    _add_filters(p)
    p.add_argument("--outlet", help="articles only: only this outlet")
    p.add_argument("--limit", type=int, default=None, help="at most this many rows")
    _add_db(p)

    p = sub.add_parser("article", help="list stored articles, or correct an article's metadata")
    asub = p.add_subparsers(dest="article_command", metavar="ACTION", required=True)
    a = asub.add_parser("list", help="articles with their id, date, outlet and title")
    a.add_argument("--outlet", help="only this outlet")
    a.add_argument("--from", dest="date_from", metavar="DATE", help="published on or after DATE")
    a.add_argument("--to", dest="date_to", metavar="DATE", help="published on or before DATE")
    a.add_argument("--jsonl", action="store_true", help="one JSON object per article")
    _add_db(a)
    a = asub.add_parser("set", help="correct an article's metadata; quote dates follow a new "
                                    "publication date")
    a.add_argument("article_id", type=int, metavar="ARTICLE_ID", help="from `negot-tui article list`")
    _add_meta_flags(a, "the article's")
    a.add_argument("--actors", type=Path, metavar="FILE",
                   help="extra actors file used when dates are re-resolved")
    _add_db(a)
    return parser


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--party", help="only quotes from this party")
    p.add_argument("--speaker", help="only quotes from this speaker")
    p.add_argument("--issue", help="only quotes behind a position on this issue")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="only quotes said on or after DATE (2024, 2024-08 or 2024-08-20)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only quotes said on or before DATE")


def _add_meta_flags(p: argparse.ArgumentParser, whose: str) -> None:
    p.add_argument("--title", help=f"{whose} title")
    p.add_argument("--outlet", help=f"{whose} outlet (site or publication name)")
    p.add_argument("--url", help=f"{whose} URL")
    p.add_argument("--published", metavar="DATE", help=f"{whose} publication date "
                   "(2024-05-26, 26 May 2024, ...; \"\" clears it)")
    p.add_argument("--author", help=f"{whose} author")


COLUMN_FLAGS = ("text", "title", "outlet", "url", "published", "author", "id")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("metadata given here overrides what is detected in every input")
    for key in ("title", "outlet", "url", "published", "author"):
        g.add_argument(f"--{key}", metavar="DATE" if key == "published" else key.upper(),
                       help=None if key != "published" else "publication date (any common form)")
    g = p.add_argument_group("JSONL/CSV columns (default: the first present of the names listed)")
    from extract.formats import DEFAULT_COLUMNS

    for key in COLUMN_FLAGS:
        g.add_argument(f"--{key}-column", dest=f"{key}_column", metavar="NAME",
                       help=", ".join(DEFAULT_COLUMNS[key]))


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

        writer = open_db(path)
        try:
            ensure_demo(writer)
        finally:
            writer.conn.close()  # the writable handle is not needed past the first fill
    return open_db(path, readonly=True)


def _load_issues(path: Path | None):
    """The issue taxonomy, with the user's file merged in; None means the shipped one."""
    if path is None:
        return None
    from extract.positions import load_taxonomy

    try:
        return load_taxonomy(extra=path)
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: cannot read issues file: {exc}") from exc


def _load_actors(path: Path | None):
    from extract.actors import load_actors

    try:
        return load_actors(extra=path)
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: cannot read actors file: {exc}") from exc


def _meta_values(args: argparse.Namespace) -> dict[str, str | None]:
    """The metadata flags given, dates checked and made ISO ("" clears a field)."""
    from extract.dates import parse_date_value

    out: dict[str, str | None] = {}
    for key in ("title", "outlet", "url", "published", "author"):
        value = getattr(args, key, None)
        if value is None:
            continue
        value = " ".join(value.split())
        if key == "published" and value:
            iso = parse_date_value(value)
            if iso is None:
                raise UserError(f"--published {value!r}: not a date (try 2024-05-26)")
            value = iso
        out[key] = value or None
    return out


def _read_options(args: argparse.Namespace):
    from extract.formats import ReadOptions

    columns = {k: getattr(args, f"{k}_column") for k in COLUMN_FLAGS
               if getattr(args, f"{k}_column", None)}
    return ReadOptions(columns=columns, override=_meta_values(args))


def cmd_extract(args: argparse.Namespace) -> int:
    from extract import extract_article
    from extract.formats import iter_documents

    actors = _load_actors(args.actors)
    issues = _load_issues(args.issues)
    options = _read_options(args)
    failures: list[str] = []

    def fail(path, why: str) -> None:
        failures.append(str(path))
        _warn(path, why)

    out = sys.stdout
    for doc in iter_documents(args.paths, options, on_error=fail):
        try:
            result = extract_article(doc.text, doc.name, actors=actors, issues=issues,
                                     meta_override=doc.meta)
        except Exception as exc:  # noqa: BLE001 - an extractor bug: name the file, go on
            fail(doc.path if doc.name == doc.path.name else f"{doc.path} ({doc.name})",
                 f"extraction failed ({type(exc).__name__}: {exc})")
            continue
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
    head = " | ".join(_safe_line(x) for x in (meta.name, meta.outlet, meta.published, meta.title)
                      if x)
    out.write(f"== {head}\n")
    for q in result.quotes:
        who = q.speaker or "(unattributed)"
        side = ", ".join(x for x in (q.party, q.faction) if x)
        out.write(f"  \u201c{q.quote}\u201d\n      \u2014 {who}" + (f" [{side}]" if side else "")
                  + (f", {q.date}" if q.date else "") + "\n")
    for r in result.reported:
        cue = "" if r.cue == ":" else f" {r.cue}"  # a transcript line: "Mike Pence: ..."
        out.write(f"  (reported) {r.speaker or '?'}{cue}: {r.content}\n")
    for p in result.positions:
        out.write(f"  (position) {p.party} {p.stance} {p.issue}: {p.evidence}\n")


def _safe_line(text) -> str:
    """File names and messages may hold escape sequences (a hostile folder): never raw."""
    from store.text import clean_opt

    return clean_opt(str(text)) or ""


def _warn(path, why: str) -> None:
    print(f"negot-tui: {_safe_line(path)}: {_safe_line(why)}", file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from tui.ingest_progress import run_ingest

    return run_ingest(_db_path(args), args.paths, actors=_load_actors(args.actors),
                      options=_read_options(args), issues=_load_issues(args.issues))


def _check_date(flag: str, value: str | None) -> None:
    """A mistyped --from/--to would silently match nothing (or everything): say so."""
    import re
    from datetime import date

    if value is None:
        return
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        if not m:
            raise ValueError
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise UserError(f"{flag} {value!r}: not a date (use 2024, 2024-08 or 2024-08-20)") from None


def cmd_search(args: argparse.Namespace) -> int:
    from store.search import search_quotes

    _check_date("--from", args.date_from)
    _check_date("--to", args.date_to)
    if args.limit < 1:
        raise UserError(f"--limit {args.limit}: must be 1 or more")
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

    style = args.format
    if style is None:
        from tui.config import load_config

        config = load_config()
        for problem in config.problems:
            print(f"negot-tui: {problem}", file=sys.stderr)
        style = config.citation_style
    if style not in STYLES:
        raise UserError(f"unknown citation format {style!r}; choose from {', '.join(STYLES)}")
    db = _open_for_reading(args)
    row = get_quote(db, args.quote_id)
    if row is None:
        raise UserError(f"{_db_path(args)}: no quote with id {args.quote_id}")
    print(format_citation(row, style))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from store import export

    if args.query and args.kind != "quotes":
        raise UserError(f"a search QUERY applies to quotes only, not {args.kind}")
    if args.kind == "articles" and (args.party or args.speaker or args.issue):
        raise UserError("articles take --outlet, --from and --to, not --party/--speaker/--issue")
    if args.outlet and args.kind != "articles":
        raise UserError("--outlet applies to `export articles` only")
    _check_date("--from", args.date_from)
    _check_date("--to", args.date_to)
    if args.limit is not None and args.limit < 1:
        raise UserError(f"--limit {args.limit}: must be 1 or more")
    db = _open_for_reading(args)
    span = {"date_from": args.date_from, "date_to": args.date_to, "limit": args.limit}
    if args.kind == "quotes":
        rows = export.iter_quotes(db, args.query, party=args.party, speaker=args.speaker,
                                  issue=args.issue, **span)
    elif args.kind == "positions":
        rows = export.iter_positions(db, party=args.party, speaker=args.speaker,
                                     issue=args.issue, **span)
    else:
        rows = export.iter_articles(db, outlet=args.outlet, **span)
    if args.output is None:
        export.write(rows, args.kind, args.fmt, sys.stdout)
        return 0
    # Written next to the target and renamed: a failed export never leaves half a file.
    tmp = args.output.with_name(f".{args.output.name}.partial")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            n = export.write(rows, args.kind, args.fmt, fh)
        tmp.replace(args.output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    print(f"negot-tui: {n} {args.kind} written to {args.output}", file=sys.stderr)
    return 0


def cmd_article(args: argparse.Namespace) -> int:
    if args.article_command == "list":
        return _article_list(args)
    return _article_set(args)


def _article_list(args: argparse.Namespace) -> int:
    from store.articles import list_articles

    _check_date("--from", args.date_from)
    _check_date("--to", args.date_to)

    db = _open_for_reading(args)
    for a in list_articles(db, outlet=args.outlet, date_from=args.date_from, date_to=args.date_to):
        if args.jsonl:
            print(json.dumps({"id": a.id, "name": a.name, "title": a.title, "outlet": a.outlet,
                              "url": a.url, "published": a.published, "author": a.author,
                              "quotes": a.quotes}, ensure_ascii=False))
        else:
            print(f"{a.id:>5}  {a.published or '----------':10}  {_cut(a.outlet or '?', 24):24}  "
                  f"{a.quotes:>4}q  {_cut(a.title or a.name, 70)}")
    return 0


def _cut(text: str, width: int) -> str:
    from store.text import clean_opt

    text = clean_opt(text) or ""
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def _article_set(args: argparse.Namespace) -> int:
    from store.articles import update_article
    from store.db import open_db

    values = _meta_values(args)
    if not values:
        raise UserError("nothing to set: give --published, --outlet, --title, --url or --author")
    path = _db_path(args)
    if not path.exists():
        raise UserError(f"{path}: no such database")
    actors = _load_actors(args.actors) if "published" in values else None
    db = open_db(path)
    try:
        result = update_article(db, args.article_id, values, actors=actors)
    finally:
        db.close()
    if result is None:
        raise UserError(f"{path}: no article with id {args.article_id} "
                        "(see `negot-tui article list`)")
    if not result.changed:
        print(f"negot-tui: article {args.article_id} unchanged")
        return 0
    line = f"negot-tui: article {args.article_id}: set {', '.join(result.changed)}"
    if "published" in result.changed:
        line += f"; {result.redated} record dates re-resolved"
        if result.unmatched:
            line += (f", {result.unmatched} records not found again by the extractor "
                     "(their own dates kept)")
    print(line)
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
            "cite": cmd_cite, "export": cmd_export, "article": cmd_article, "tui": cmd_tui,
            None: cmd_tui}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from store.errors import StoreError

    try:
        return COMMANDS[args.command](args) or 0
    except (UserError, StoreError) as exc:
        print(f"negot-tui: {_safe_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
