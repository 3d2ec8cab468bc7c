"""The `factsheet` command: parses arguments, calls one library function, prints one-line errors."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.config import Config, load_config, require_project
from generator.errors import FactsheetError, Problem
from generator.processes import interrupted_by_sigterm

if TYPE_CHECKING:
    from generator.pipeline import ExtractReport
    from generator.site.render import RenderReport

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def print_problems(problems: list[Problem]) -> None:
    for problem in sorted(set(problems)):
        print(f"error: {problem}", file=sys.stderr)


def print_report(report: "ExtractReport | RenderReport") -> None:
    """Conflicts and errors on stderr (one line each), then the summary line."""
    for conflict in getattr(report, "conflicts", []):
        print(f"conflict: {conflict}", file=sys.stderr)
    print_problems(report.problems)
    print(report.summary())


def cmd_extract(config: Config, args: argparse.Namespace) -> int:
    from generator.pipeline import extract, tty_progress

    paths = [Path(p) for p in args.paths] or None
    report = extract(
        config,
        paths,
        force=args.force,
        progress=tty_progress,
        upgrade=args.upgrade,
        jobs=args.jobs,
        shard=args.shard,
        dask=args.dask,
    )
    print_report(report)
    return EXIT_FAILED if report.problems or (args.strict and report.conflicts) else EXIT_OK


def cmd_render(config: Config, args: argparse.Namespace) -> int:
    from generator.site.render import render

    report = render(config)
    print_report(report)
    return EXIT_FAILED if report.problems else EXIT_OK


def cmd_build(config: Config, args: argparse.Namespace) -> int:
    from generator.build import build

    report = build(config, strict=args.strict, jobs=args.jobs, mkdocs_jobs=args.mkdocs_jobs)
    print_report(report.extracted)
    print_report(report.rendered)
    if report.failed:
        print("build: site built, but some inputs failed (see errors above)", file=sys.stderr)
        return EXIT_FAILED
    if args.strict and report.extracted.conflicts:
        print(
            "build: site built, but sheets hold unresolved conflicts (strict); delete each `conflicts:` line once resolved",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    from generator.pipeline import extract
    from generator.site.mkdocs import serve
    from generator.site.render import render

    report = extract(config)
    print_problems(report.problems)
    render(config)
    print("serve: sheets are re-rendered when they change; the browser reloads by itself")
    return serve(config, args.dev_addr)


def cmd_check(config: Config, args: argparse.Namespace) -> int:
    from generator.check import check

    checked, problems, advice = check(config)
    print_problems(problems)
    for line in advice:
        print(f"warning: {line}", file=sys.stderr)
    drift: list[str] = []
    if args.regenerate:
        from generator.check import regenerate_drift

        drift = regenerate_drift(config)
        for path in drift:
            print(
                f"error: {path}: re-running extraction would change this file; run `factsheet extract --force` and commit",
                file=sys.stderr,
            )
    status = "ok" if not problems and not drift else f"{len(problems) + len(drift)} problem(s)"
    print(f"check: {checked} sheet(s), {status}")
    return EXIT_FAILED if problems or drift else EXIT_OK


def cmd_annotate(config: Config, args: argparse.Namespace) -> int:
    from generator.annotate import annotate

    problems: list[Problem] = []
    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise FactsheetError(
                f"--published: expected a date like 1998-08-07, got {args.published!r}"
            ) from None
    for line in annotate(config, [Path(p) for p in args.paths], published, problems):
        print(line)
    print_problems(problems)
    return EXIT_FAILED if problems else EXIT_OK


def cmd_init(_config: Config | None, args: argparse.Namespace) -> int:
    from generator.init import init_project

    target = Path(args.folder)
    written = init_project(target, args.name)
    print(f"init: {len(written)} files in {target}")
    print(
        f"next: add articles to {target / 'content' / 'articles'} (or `factsheet import`), "
        f"then `factsheet --root {target} build --strict`"
    )
    return EXIT_OK


def cmd_import(config: Config, args: argparse.Namespace) -> int:
    from generator.importer import import_sources

    def say(line: str) -> None:
        print(line, file=sys.stderr if line.startswith("error:") else sys.stdout, flush=True)

    report = import_sources(config, args.sources, say, timeout=args.timeout)
    print(report.summary())
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from generator.export import export

    report = export(config, args.format, Path(args.output))
    print_problems(report.problems)
    print(report.summary())
    return EXIT_FAILED if report.problems else EXIT_OK


def positive_int(text: str) -> int:
    """--jobs N: a whole number of processes, at least one."""
    if not re.fullmatch(r"\d+", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def shard_spec(text: str) -> tuple[int, int]:
    """--shard K/N: the K-th of N parts, 1 <= K <= N."""
    match = re.fullmatch(r"(\d+)/(\d+)", text)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise argparse.ArgumentTypeError(f"expected K/N with 1 <= K <= N, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet", description="News articles to fact sheets to a static site."
    )
    parser.add_argument("--version", action="version", version=f"factsheet {__version__}")
    parser.add_argument(
        "--root", default=".", help="project folder (holds pyproject.toml, mkdocs.yml, content/)"
    )
    parser.add_argument(
        "--pipeline", help="spaCy pipeline package to load (overrides the configuration)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("init", help="make a new project: site config, folders, CI workflow")
    p.add_argument("folder", help="the new project's folder (created if missing)")
    p.add_argument("--name", help="the site's title (default: the folder's name)")
    p.set_defaults(run=cmd_init, needs_project=False)
    add_extract(sub)
    sub.add_parser(
        "render", help="write the Markdown pages under docs/ from the sheets"
    ).set_defaults(run=cmd_render)
    add_build(sub)
    p = sub.add_parser("serve", help="render and serve the site with live reload")
    p.add_argument("--dev-addr", help="address to serve on (default 127.0.0.1:8000)")
    p.set_defaults(run=cmd_serve)
    p = sub.add_parser(
        "check", help="validate every fact sheet and entities.yml (path:line: field: problem)"
    )
    p.add_argument(
        "--regenerate",
        action="store_true",
        help="also fail if re-running extraction would change committed files",
    )
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("annotate", help="print every mention found as JSON lines")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.add_argument(
        "--published", help="publication date anchoring relative dates (overrides front matter)"
    )
    p.set_defaults(run=cmd_annotate)
    p = sub.add_parser("import", help="add articles from URLs, saved pages, feeds or WARC files")
    p.add_argument("sources", nargs="+", help="a URL, an HTML file, an RSS/Atom feed, a WARC file")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help="write the collection as data: SQLite, CSV or JSON Lines")
    p.add_argument("--format", choices=("sqlite", "csv", "jsonl"), default="sqlite")
    p.add_argument(
        "--output", required=True, help="the .db file (sqlite), or a folder (csv, jsonl)"
    )
    p.set_defaults(run=cmd_export)
    return parser


def add_extract(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("extract", help="extract fact sheets for new or changed articles")
    p.add_argument(
        "paths", nargs="*", help="article files or folders (default: the articles folder)"
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="re-extract even unchanged articles (edits are merged in)",
    )
    p.add_argument(
        "--upgrade",
        action="store_true",
        help="re-extract sheets made by an older extractor version",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail while a sheet holds an unresolved conflict (an editor's value and a new machine value)",
    )
    p.add_argument(
        "--jobs",
        type=positive_int,
        help="spaCy processes (default: one per core, up to 4, from 100 articles)",
    )
    p.add_argument(
        "--shard",
        type=shard_spec,
        help="K/N: only the K-th of N parts of the articles (to spread extraction over machines)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run the spaCy passes on the Dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786; needs factsheet[dask]); sheets are still written here",
    )
    p.set_defaults(run=cmd_extract)


def add_build(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "build", help="extract, render and build the site with MkDocs (what CI runs)"
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail on any MkDocs warning (broken link or anchor) or unresolved conflict",
    )
    p.add_argument(
        "--jobs",
        type=positive_int,
        help="extraction and render processes (default: one per core, up to 4, on large collections)",
    )
    p.add_argument(
        "--mkdocs-jobs",
        type=positive_int,
        default=1,
        help="MkDocs processes on a site of 1,000 pages or more (default 1; more is faster, but anchors across processes go unchecked)",
    )
    p.set_defaults(run=cmd_build)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except (
        SystemExit
    ) as exc:  # a usage error (2), --help or --version (0): returned, as every exit is
        return int(exc.code or 0)
    try:
        if not getattr(args, "needs_project", True):
            return int(args.run(None, args))
        config = load_config(require_project(Path(args.root)), {"pipeline": args.pipeline})
        with interrupted_by_sigterm():
            return int(args.run(config, args))
    except FactsheetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
