"""`python -m toolchain scaffold SPEC OPERATION...`: the command line of the scaffold."""

from __future__ import annotations

import argparse
from pathlib import Path

from speclib.catalog import SPECS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec",
        metavar="SPEC",
        help="<cloud>/<service>/<version>, e.g. tencentcloud/vclm/2024-05-23",
    )
    parser.add_argument(
        "operations", nargs="+", metavar="OPERATION", help="action or operation names"
    )
    parser.add_argument("--specs", default=str(SPECS), help="specs folder (default: specs/)")
    parser.add_argument(
        "--error-codes",
        metavar="CLIENT.GO",
        help="Tencent: the service's client.go of tencentcloud-sdk-go (per-action error lists)",
    )


def run(args: argparse.Namespace) -> int:
    from toolchain.scaffold.draft import ScaffoldError
    from toolchain.scaffold.drafting import ScaffoldOptions, scaffold

    options = ScaffoldOptions(error_codes=Path(args.error_codes) if args.error_codes else None)
    try:
        result = scaffold(args.spec, list(args.operations), Path(args.specs), options)
    except ScaffoldError as error:
        print(f"scaffold: {error}")
        return 2
    print(f"drafted {', '.join(result.operations)} into {result.spec}")
    for label, names in (
        ("schemas", result.schemas),
        ("parameters", result.parameters),
        ("examples", result.examples),
    ):
        if names:
            print(f"  {label}: {', '.join(names)}")
    for note in result.notes:
        print(f"  note: {note}")
    print("  descriptions are DRAFT: until written, `make lint-specs` refuses the spec")
    return 0
