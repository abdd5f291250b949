"""The command line: `python -m wegwijzer.synthetic DEST [--schaal 10k] [--seed 1] ...`.

Reads the arguments (see `--help`). Emits a synthetic repository in DEST
(`write_repository`) and a one-line summary; exit status 2 with a message when DEST
is not empty and not an earlier set, or an argument is out of range.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .repository import REFERENCE_DATE, REPO, write_repository
from .sizes import Sizes, parse_scale, scaled


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wegwijzer.synthetic",
        description="Maak een synthetische Wegwijzer-repository (voor benchmarks en tests).",
    )
    parser.add_argument("dest", type=Path, help="doelmap (leeg, of een eerdere synthetische set)")
    parser.add_argument(
        "--schaal",
        help="1k, 10k, nl (342 gemeenten, 5000 aanbieders, 20000 diensten, 10000 locaties) "
        "of een aantal records; de losse aantallen hieronder gaan voor",
    )
    parser.add_argument("--gemeenten", type=int)
    parser.add_argument("--aanbieders", type=int)
    parser.add_argument("--diensten", type=int)
    parser.add_argument("--locaties", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--datum",
        type=dt.date.fromisoformat,
        default=REFERENCE_DATE,
        help=f"peildatum voor laatst_gecontroleerd (standaard {REFERENCE_DATE})",
    )
    parser.add_argument("--bron", type=Path, default=REPO, help="repository om uit te kopiëren")
    parser.add_argument("--overschrijf", action="store_true", help="vervang een eerdere set")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        base = parse_scale(args.schaal) if args.schaal else scaled(1000)
        sizes = Sizes(
            gemeenten=args.gemeenten if args.gemeenten is not None else base.gemeenten,
            aanbieders=args.aanbieders if args.aanbieders is not None else base.aanbieders,
            diensten=args.diensten if args.diensten is not None else base.diensten,
            locaties=args.locaties if args.locaties is not None else base.locaties,
        )
        summary = write_repository(
            args.dest, sizes, args.seed, args.datum, args.bron, args.overschrijf
        )
    except (ValueError, FileExistsError) as err:
        print(f"fout: {err}", file=sys.stderr)
        return 2
    mb = summary["bytes"] / 1e6
    print(f"{args.dest}: {sizes}; {summary['bestanden']} recordbestanden, {mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
