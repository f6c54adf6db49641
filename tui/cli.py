"""`defect-tui` command line: the app, and the same data for scripts.

Textual is imported only when the app is launched, so `defect-tui search`
in a shell loop stays quick. Every error ends in one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from defect_tui.index import locations
from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import ConfigError, Settings, load_settings
from defect_tui.index.export import (
    entity_json,
    neutralise,
    value_json,
    write_value_csv_to,
    write_values_csv,
    write_values_jsonl,
)
from defect_tui.index.export_stream import reviewed_values
from defect_tui.index.entity_summary import SUMMARY_COLUMNS, spans_as_names, summarise, summarise_facets
from defect_tui.index.variant_table import variant_table
from defect_tui.index.events import EVENT_COLUMNS, events
from defect_tui.index.reported_figures import FIGURE_COLUMNS, figures
from defect_tui.index.timeline import TIMELINE_COLUMNS, timeline
from defect_tui.index.models import IndexReport

from defect_tui.index.review_ops import matching_marked, reviewed, search_marked, visible
from defect_tui.index.reviews import ReviewError, ReviewStore, reviews_path

from . import cli_merged, cli_review
from .bindings import binding_rows, keymap_problem, where
from .textutil import counted


def _version() -> str:
    try:
        return version("defect-tui")
    except PackageNotFoundError:  # running from a checkout
        return "0+unknown"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="config file (overrides the user config dir's config.yaml)")
    common.add_argument("--corpus", type=Path, action="append", metavar="DIR", default=argparse.SUPPRESS,
                        help="corpus folder (repeatable; replaces the configured folders)")
    common.add_argument("--index-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="where to keep the index")

    ap = argparse.ArgumentParser(
        prog="defect-tui", parents=[common],
        description="Search, read and tabulate news on North Korean elite defections.",
        epilog="Without a command, the terminal app opens.")
    ap.add_argument("--version", action="version", version=f"defect-tui {_version()}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", parents=[common], help="build or update the index",
                       description="Build or update the index; print what was added, updated, removed, skipped.")
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")

    p = sub.add_parser("search", parents=[common], help="search articles",
                       description="Search articles with the app's query syntax.")
    p.add_argument("query", metavar="QUERY", nargs="+")
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    p.add_argument("--format", choices=["table", "json"], default="table")

    p = sub.add_parser("incidents", parents=[common], help="list defection incidents",
                       description="List incidents (all, or those of the articles a query matches).")
    p.add_argument("--query", "-q", default="", metavar="Q")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE (atomically)")
    p.add_argument("--include-rejected", action="store_true", help="keep the incidents a review rejected")
    p.add_argument("--review-columns", action="store_true",
                   help="append the columns review (extracted|confirmed|edited|added|rejected) and note")

    p = sub.add_parser("events", parents=[common], help="list events: the reports of one defection merged",
                       description="One row per event across the archive (or the articles a query matches), "
                                   "with the number of reports and where they disagree.")
    p.add_argument("--query", "-q", default="", metavar="Q")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    p = sub.add_parser("statistics", parents=[common], help="list reported figures with the period each covers",
                       description="One row per reported figure (the same figure for the same period merged), "
                                   "with the period as written and its kind: quarter, half, year, total ...")
    p.add_argument("--query", "-q", default="", metavar="Q")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    p = sub.add_parser("timeline", parents=[common], help="events per year or month, by status",
                       description="Events per period (stacked by status) and reported figures per period.")
    p.add_argument("--query", "-q", default="", metavar="Q")
    p.add_argument("--by", choices=["year", "month"], default=None, help="default: months when under 3 years")
    p.add_argument("--format", choices=["table", "csv"], default="table")

    p = sub.add_parser("entities", parents=[common], help="list entity spans",
                       description="List entity spans of some or all articles.")
    p.add_argument("article_ids", nargs="*", metavar="ARTICLE_ID")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p.add_argument("--summary", action="store_true",
                   help="one row per entity, variants merged: label, name, variants, articles, incidents")
    p.add_argument("--label", choices=["PERSON", "ORG", "LOCATION", "ROLE", "DATE", "NUMBER"], default=None)

    cli_review.add_parsers(sub, common)
    sub.add_parser("paths", parents=[common], help="print where config, index and data live")
    sub.add_parser("keys", parents=[common], help="list the key bindings and their ids (for the config's keys:)")
    return ap


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(getattr(args, "config", None), getattr(args, "corpus", None),
                         getattr(args, "index_dir", None))


def _report_lines(report: IndexReport) -> list[str]:
    lines = []
    if report.rebuilt_reason:
        lines.append(f"rebuilt: {report.rebuilt_reason}")
    lines.append(f"{report.added} added, {report.updated} updated, {report.removed} removed, "
                 f"{report.unchanged} unchanged, {len(report.skipped)} skipped ({report.seconds:.1f} s)")
    lines += [f"skipped {s.path}: {s.reason}" for s in report.skipped]
    lines += list(report.notes)
    return lines


def _update(corpus: Corpus, err: Console, *, rebuild: bool = False) -> IndexReport:
    """Update with a progress bar when a person is watching stderr."""
    if not err.is_terminal:
        return corpus.update(rebuild=rebuild)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("rebuilding" if rebuild else "indexing"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True) as bar:
        task = bar.add_task("index", total=None)
        return corpus.update(lambda done, total, _path: bar.update(task, completed=done, total=total),
                             rebuild=rebuild)


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


# incident columns for the CLI table, most wanted first, with the width
# each needs to stay readable; a narrow terminal drops the tail
INCIDENT_TABLE_COLUMNS = (("date", 10), ("status", 14), ("actor", 22), ("count", 5), ("destination", 14),
                          ("article_id", 18), ("role", 14), ("origin", 12), ("reported_by", 16))


def _incident_table_columns(width: int) -> list[str]:
    cols, used = [], 0
    for name, need in INCIDENT_TABLE_COLUMNS:
        if cols and used + need + 3 + 1 > width:  # 2 of padding and a border each, one more at the end
            break
        cols.append(name)
        used += need + 3
    order = [c for c, _ in sorted(INCIDENT_TABLE_COLUMNS, key=lambda c: _INCIDENT_ORDER.index(c[0]))]
    return [c for c in order if c in cols]


_INCIDENT_ORDER = ("date", "status", "actor", "role", "count", "origin", "destination", "reported_by", "article_id")


def _keymap_problem(settings) -> str:
    """A `keys:` remap that names no binding, or gives two bindings of one
    place the same key: said before the app starts, naming the id."""
    if not settings.keys:
        return ""
    problem = keymap_problem(settings.keys)
    where = str(settings.sources[-1]) if settings.sources else "config"  # the user's file: the shipped one has none
    return f"{where}: {problem}" if problem else ""


def _cmd_keys(settings, out: Console) -> int:
    table = Table(title=Text("Key bindings (remap by id in the config's keys: section)"), expand=False)
    for col in ("id", "keys", "action", "where"):
        table.add_column(col)
    for kb, keys in binding_rows(settings.keys):
        if kb.id:
            table.add_row(Text(kb.id), Text(keys), Text(kb.description or kb.action), Text(where(kb.scope)))
    out.print(table)
    return 0


def _cmd_index(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    for line in _report_lines(_update(corpus, err, rebuild=args.rebuild)):
        out.print(Text(line))
    return 0


def _cmd_search(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    query = " ".join(args.query)
    with ReviewStore() as store:  # (opened only if the query has tag: or starred:)
        res = search_marked(corpus, store, query, limit=args.limit, sort=args.sort)
    if res.error and corpus.article_count() == 0:
        err.print(Text(f"defect-tui: {res.error}"))  # nothing to search, the query is fine
        return 1
    if res.error:
        err.print(Text(f"defect-tui: bad query: {res.error}"))
        return 2
    if args.format == "json":
        payload = {"query": res.query, "total": res.total, "total_exact": res.total_exact,
                   "suggestion": res.suggestion or None,
                   "hits": [{"id": h.id, "title": h.title, "date": h.date, "source": h.source,
                             "score": h.score, "snippet": h.snippet,
                             "highlights": [list(s) for s in h.highlights]} for h in res.hits]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    about = "" if res.total_exact else "about "
    table = Table(title=Text(f"{about}{res.total} articles match {query!r}"), expand=True)
    # every column shares the width by ratio, the snippet most: with content
    # widths for the others the snippet was left one character wide. With a
    # ratio, Rich takes `width` as the least a column gets (not `min_width`)
    table.add_column("id", overflow="fold", ratio=2, width=8)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("title", overflow="fold", ratio=3, width=12)
    table.add_column("source", overflow="fold", ratio=1, width=10)
    table.add_column("snippet", overflow="fold", ratio=5, width=24)
    for h in res.hits:
        snip = Text(h.snippet)
        for s, e in h.highlights:
            snip.stylize("bold reverse", s, e)
        table.add_row(Text(h.id), Text(h.date), Text(h.title), Text(h.source), snip)
    out.print(table)
    if res.suggestion:
        out.print(Text(f"Did you mean: {res.suggestion}"))
    return 0


def _cmd_incidents(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    extra = args.review_columns
    if args.format == "table" and not args.output:
        return _incidents_table(args, corpus, out, err)
    with ReviewStore() as store:
        ok, ids = _query_ids(args, corpus, store, err)
        if not ok:
            return 2
        # streamed from the row store: a million rows are never all in memory
        values = reviewed_values(corpus, store, ids, include_rejected=args.include_rejected, review_columns=extra)
        if args.output:
            writer = write_values_csv if args.format in ("csv", "table") else write_values_jsonl
            n = writer(values, args.output, extra)
            err.print(Text(f"{counted(n, 'incident')} written to {args.output}"))
        elif args.format == "csv":
            write_value_csv_to(sys.stdout, values, extra)
        else:
            for row in values:
                sys.stdout.write(value_json(row, extra) + "\n")
    return 0


def _incidents_table(args, corpus: Corpus, out: Console, err: Console) -> int:
    rows = _reviewed_rows(args, corpus, err)
    if rows is None:
        return 2
    incidents = visible(rows, args.include_rejected)
    table = Table(title=Text(f"{len(incidents)} incidents"), expand=True)
    cols = _incident_table_columns(out.width)
    for col in cols:
        need = dict(INCIDENT_TABLE_COLUMNS)[col]
        if col in ("date", "status", "count"):
            table.add_column(col.replace("_", " "), overflow="ellipsis", no_wrap=True, width=need)
        else:
            table.add_column(col.replace("_", " "), overflow="ellipsis", no_wrap=True, min_width=need, ratio=1)
    for inc in incidents:
        table.add_row(*(Text("" if getattr(inc, c) is None else str(getattr(inc, c))) for c in cols))
    out.print(table)
    return 0


def _query_ids(args, corpus: Corpus, store: ReviewStore, err: Console) -> tuple[bool, set[str] | None]:
    """The articles `--query` matches (None: all of them); False after
    saying why the query is bad."""
    if not args.query:
        return True, None
    res = search_marked(corpus, store, args.query, limit=1)
    if res.error:
        err.print(Text(f"defect-tui: bad query: {res.error}"))
        return False, None
    return True, matching_marked(corpus, store, args.query)


def _reviewed_rows(args, corpus: Corpus, err: Console) -> list | None:
    """The reviewed incidents of the articles `--query` matches (all when
    none); None after saying why the query is bad."""
    with ReviewStore() as store:
        ok, ids = _query_ids(args, corpus, store, err)
        return reviewed(corpus, store, ids).incidents if ok else None


def _cmd_timeline(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    rows = _reviewed_rows(args, corpus, err)
    if rows is None:
        return 2
    buckets = timeline(events(rows, variant_table(settings)), figures(rows), args.by)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        writer.writerow(TIMELINE_COLUMNS)
        for b in buckets:
            row = b.as_row()
            writer.writerow([row[c] for c in TIMELINE_COLUMNS])
        return 0
    table = Table(title=Text(f"events per {'year' if not buckets or len(buckets[0].period) == 4 else 'month'}"))
    for col in TIMELINE_COLUMNS:
        label = col.replace("_", " ")
        table.add_column(label, justify="left" if col == "period" else "right", min_width=len(label), no_wrap=True)
    table.add_column("", no_wrap=True)
    peak = max((b.events for b in buckets), default=0) or 1
    for b in buckets:
        row = b.as_row()
        table.add_row(*(Text(row[c]) for c in TIMELINE_COLUMNS), Text("█" * round(20 * b.events / peak)))
    out.print(table)
    return 0


def _cmd_events(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    rows = _reviewed_rows(args, corpus, err)
    if rows is None:
        return 2
    found = events(rows, variant_table(settings))
    shown = (("date", 10, True), ("status", 14, True), ("actor", 16, False), ("count", 5, True),
             ("destination", 10, False), ("reports", 7, True), ("conflicts", 8, False))
    cli_merged.render(found, EVENT_COLUMNS, shown, "events", args.format, out)
    return 0


def _cmd_statistics(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    rows = _reviewed_rows(args, corpus, err)
    if rows is None:
        return 2
    shown = (("date", 10, True), ("period_kind", 12, True), ("period", 16, False), ("count", 7, True),
             ("category", 16, False), ("reports", 7, True))
    cli_merged.render(figures(rows), FIGURE_COLUMNS, shown, "reported figures", args.format, out)
    return 0


def _cmd_entities(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    ids = args.article_ids or None
    if ids:
        missing = [i for i in ids if corpus.article(i) is None]
        if missing:
            err.print(Text(f"defect-tui: no such article: {', '.join(missing)}"))
            return 2
    rows = corpus.all_entities(ids)
    if args.summary:
        return _entity_summary(args, settings, corpus, rows, ids, out)
    if args.format == "jsonl":
        for aid, span in rows:
            sys.stdout.write(entity_json(aid, span) + "\n")
        return 0
    table = Table(expand=True)
    for col in ("article", "start", "end", "label", "text"):
        table.add_column(col, overflow="fold")
    for aid, span in rows:
        table.add_row(Text(aid), Text(str(span.start)), Text(str(span.end)), Text(span.label), Text(span.text))
    out.print(table)
    return 0


def _entity_summary(args, settings: Settings, corpus: Corpus, rows, ids, out: Console) -> int:
    table = variant_table(settings)
    if ids:
        found = summarise(spans_as_names(rows), corpus.incidents(ids), table, args.label)
    else:  # the whole archive: counted as the facets count (spellings merged by the backend)
        found = summarise_facets(corpus.facets("", top=10**9), corpus.incidents(), table, args.label)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        writer.writerow(SUMMARY_COLUMNS)
        for e in found:
            row = e.as_row()
            writer.writerow([neutralise(row[c]) for c in SUMMARY_COLUMNS])
    elif args.format == "jsonl":
        for e in found:
            sys.stdout.write(json.dumps({"label": e.label, "name": e.name, "variants": list(e.variants),
                                         "articles": e.articles, "incidents": e.incidents},
                                        ensure_ascii=False) + "\n")
    else:
        table = Table(title=Text(f"{len(found)} entities"), expand=True)
        for col, width in (("label", 8), ("name", 20), ("variants", 20), ("articles", 8), ("incidents", 9)):
            fixed = col in ("label", "articles", "incidents")
            table.add_column(col, overflow="ellipsis", no_wrap=True, min_width=width,
                             width=width if fixed else None, ratio=None if fixed else 1)
        for e in found:
            row = e.as_row()
            table.add_row(*(Text(row[c]) for c in SUMMARY_COLUMNS))
        out.print(table)
    return 0


def _cmd_paths(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    s = settings
    lines = [
        f"config files read: {', '.join(str(p) for p in s.sources)}",
        f"user config file:  {locations.user_config_path()}",
        f"corpus folders:    {', '.join(str(p) for p in s.corpus)}",
        f"index folder:      {corpus.index_path}",
        f"query history:     {locations.history_path()}",
        f"reviews:           {reviews_path()}",
    ]
    for line in lines:
        out.print(Text(line))
    return 0


COMMANDS = {"index": _cmd_index, "search": _cmd_search, "incidents": _cmd_incidents, "events": _cmd_events,
            "timeline": _cmd_timeline, "statistics": _cmd_statistics,
            "entities": _cmd_entities, "paths": _cmd_paths, "review": cli_review.run}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    err = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)
    out = Console(highlight=False, markup=False, soft_wrap=True)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        err.print(Text(f"defect-tui: config error: {exc}"))
        return 2
    if args.command == "keys":
        return _cmd_keys(settings, out)
    if settings.index_dir is not None and settings.index_dir.exists() and not settings.index_dir.is_dir():
        err.print(Text(f"defect-tui: config error: index folder {settings.index_dir} is a file, not a folder"))
        return 2
    problem = _keymap_problem(settings)
    if problem:
        err.print(Text(f"defect-tui: config error: {problem}"))
        return 2
    if args.command is None:
        from defect_tui.tui.app import run_app

        return run_app(settings)
    try:
        with open_corpus(settings) as corpus:
            if args.command not in ("index", "paths"):
                report = corpus.update()
                for note in report.notes:
                    err.print(Text(f"defect-tui: {note}"))
            return COMMANDS[args.command](args, settings, corpus, out, err)
    except ReviewError as exc:
        err.print(Text(f"defect-tui: {exc}"))
        return 1
    except BrokenPipeError:  # `defect-tui incidents | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        err.print(Text("defect-tui: interrupted"))
        return 130
    except OSError as exc:
        err.print(Text(f"defect-tui: error: {exc}"))
        return 1


if __name__ == "__main__":
    sys.exit(main())
