"""Command line of the toolchain: `python -m generator <command>`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.catalog import SPECS
from generator.lint import lint_all
from generator.publish import check_generated, write_generated
from generator.upstream_cli import register as register_upstream_commands


def cmd_lint_specs(args: argparse.Namespace) -> int:
    reports = lint_all(Path(args.specs))
    failed = False
    for report in reports:
        if report.ok:
            print(
                f"ok    {report.name}: {report.operations} operations, {report.examples} examples"
            )
        else:
            failed = True
            print(f"FAIL  {report.name}")
            for problem in report.problems:
                print(f"      {problem}")
    return 1 if failed else 0


def cmd_generate(args: argparse.Namespace) -> int:
    written = write_generated(Path(args.out))
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_check_generated(args: argparse.Namespace) -> int:
    differences = check_generated(Path(args.out))
    if not differences:
        print("generated/ is up to date")
        return 0
    print("generated/ differs from what the specs produce; run `make generate`:")
    for line in differences:
        print(f"  {line}")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    lint = commands.add_parser("lint-specs", help="validate specs, examples and house rules")
    lint.add_argument("--specs", default=str(SPECS), help="specs folder (default: specs/)")
    lint.set_defaults(run=cmd_lint_specs)
    generate = commands.add_parser("generate", help="regenerate generated/ from specs/")
    generate.add_argument("--out", default="generated", help="output folder")
    generate.set_defaults(run=cmd_generate)
    check = commands.add_parser("check-generated", help="fail if generated/ is stale")
    check.add_argument("--out", default="generated", help="folder to compare")
    check.set_defaults(run=cmd_check_generated)
    register_upstream_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
