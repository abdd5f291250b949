"""The `wegwijzer` command: check records, start a new record, write the generated site.

`wegwijzer check [PATHS]` prints every problem (text, github or json) and exits
1 on errors (warnings too with --strict); `wegwijzer new provider|gemeente <naam>`
writes an annotated template, `wegwijzer new dienst|locatie <aanbieder>` adds one to a
provider file; `wegwijzer diff BASE` says what changed in the records;
`wegwijzer generate DIR` writes every generated page and asset; `wegwijzer report` prints
freshness and coverage for editors; `wegwijzer migreer` rewrites older record files to the
current shape.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .argparse_nl import DutchParser
from .records.problems import format_problems, summary


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum (JJJJ-MM-DD)") from err


def _parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="wegwijzer",
        description="Wegwijzer: sociale kaart en routes jeugdhulp uit YAML-records.",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        help="map van de repository (standaard: huidige map)",
    )
    parser.add_argument(
        "--datum",
        type=_date,
        default=None,
        help="doe alsof het deze datum is (JJJJ-MM-DD); standaard vandaag",
    )
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=DutchParser, title="commando's"
    )
    check = sub.add_parser("check", help="controleer records en meld alle problemen")
    check.add_argument("paths", nargs="*", type=Path, help="alleen deze bestanden of mappen")
    check.add_argument("--format", choices=["text", "github", "json"], default="text")
    check.add_argument("--strict", action="store_true", help="waarschuwingen tellen als fout")
    new = sub.add_parser("new", help="maak een nieuw record vanuit een sjabloon")
    new.add_argument(
        "soort",
        choices=["provider", "gemeente", "dienst", "locatie"],
        help="provider of gemeente: een nieuw bestand; dienst of locatie: erbij in het "
        "bestand van een aanbieder",
    )
    new.add_argument(
        "naam",
        help="naam van de organisatie of de gemeente; bij dienst en locatie het id van de "
        "aanbieder (providers/<id>.yaml)",
    )
    new.add_argument(
        "--toon",
        action="store_true",
        help="bij dienst en locatie: toon alleen het stuk om te plakken, wijzig niets",
    )
    generate = sub.add_parser("generate", help="schrijf alle gegenereerde pagina's naar een map")
    generate.add_argument("directory", type=Path)
    generate.add_argument(
        "--bouwer",
        choices=["properdocs", "zensical"],
        help="schrijf ook de configuratie voor deze bouwer (zonder hooks)",
    )
    generate.add_argument(
        "--config", type=Path, help="waar die configuratie komt (standaard: mkdocs.BOUWER.yml)"
    )
    generate.add_argument(
        "--site", type=Path, default=None, help="waar de bouwer de site schrijft (standaard: site)"
    )
    diff = sub.add_parser("diff", help="wat er in de gegevens veranderd is sinds een commit")
    diff.add_argument("base", help="commit of branch om mee te vergelijken, bijvoorbeeld main")
    diff.add_argument("doel", nargs="?", help="commit om te tonen (standaard: de werkmap)")
    report = sub.add_parser("report", help="actualiteit en dekking van de gegevens")
    report.add_argument("--format", choices=["text", "json"], default="text")
    migrate = sub.add_parser(
        "migreer", help="zet bestaande records om naar de nieuwe vorm (telefoonlijnen, regio's)"
    )
    migrate.add_argument("--proef", action="store_true", help="toon alleen wat er zou veranderen")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    if args.command == "check":
        return _check(root, args)
    if args.command == "new" and args.soort in ("dienst", "locatie"):
        from .records.template_item import add_item

        return add_item(root, args.soort, args.naam, show_only=args.toon)
    if args.command == "new":
        from .records.template import write_provider
        from .records.template_gemeente import write_municipality

        write = write_municipality if args.soort == "gemeente" else write_provider
        return write(root, args.naam, args.datum)
    if args.command == "generate":
        from .generate import write_tree

        return write_tree(root, args.directory, args.datum, args.bouwer, args.config, args.site)
    if args.command == "diff":
        from .diff import run

        return run(root, args.base, args.doel, args.datum)
    if args.command == "report":
        from .pages.report import print_report

        return print_report(root, args.datum, as_json=args.format == "json")
    if args.command == "migreer":
        from .migrate import run as migrate

        return migrate(root, dry_run=args.proef)
    return 2


def _check(root: Path, args) -> int:
    from .check import check_repository

    paths = [p.resolve() for p in args.paths] or None
    if paths:
        expanded = []
        for path in paths:
            if not path.exists():
                print(f"{path}: bestaat niet", file=sys.stderr)
                return 2
            expanded += sorted(path.rglob("*")) if path.is_dir() else [path]
        paths = expanded
    _, problems = check_repository(root, today=args.datum, paths=paths)
    output = format_problems(problems, args.format) if problems else ""
    if args.format == "json" and not problems:
        output = "[]"
    if args.format == "text" and not problems:
        output = summary(problems)
    if output:
        print(output)
    failed = any(p.is_error for p in problems) or (args.strict and problems)
    return 1 if failed else 0


def run() -> int:
    """Console entry point: a closed pipe (`wegwijzer check | head`) is not an error."""
    try:
        return main()
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(run())
