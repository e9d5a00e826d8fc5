"""The one command line of the toolchain: `python -m toolchain <command>`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from speclib.catalog import REPOSITORY, SPECS
from toolchain import test_summary
from toolchain.diff import command as diff_command
from toolchain.report_commands import register as register_report_commands
from toolchain.scaffold import command as scaffold_command
from toolchain.vendoring.commands import USAGE as VENDOR_USAGE

# Each command imports its own machinery, so that `diff` does not wait for the
# validators and generators to load.


def cmd_lint_specs(args: argparse.Namespace) -> int:
    from toolchain.lint_specs import lint_all

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
    from generator.pipeline import write_generated

    written = write_generated(Path(args.out))
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_check_generated(args: argparse.Namespace) -> int:
    from generator.pipeline import check_generated

    differences = check_generated(Path(args.out))
    if not differences:
        print("generated/ is up to date")
        return 0
    print("generated/ differs from what the specs produce; run `make generate`:")
    for line in differences:
        print(f"  {line}")
    return 1


def cmd_dist(args: argparse.Namespace) -> int:
    from toolchain.dist import build_all

    for built in build_all(Path(args.out)):
        print(f"built {built.sdist}\nbuilt {built.wheel}")
    return 0


def cmd_vendor(args: argparse.Namespace) -> int:
    from toolchain.vendoring.commands import run_vendor

    return run_vendor(args.words, args.import_path, args.force)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m toolchain", description=__doc__)
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
    diff = commands.add_parser(
        "diff",
        help="API changes between two git refs, classified by what they break",
        description="Exit status: 0 nothing breaking (or --allow-breaking), 1 breaking, 2 error.",
    )
    diff_command.add_arguments(diff, REPOSITORY)
    diff.set_defaults(run=diff_command.run)
    dist = commands.add_parser("dist", help="build a wheel and an sdist of every generated package")
    dist.add_argument("--out", default="dist", help="output folder (default: dist/)")
    dist.set_defaults(run=cmd_dist)
    vendor = commands.add_parser(
        "vendor",
        usage=VENDOR_USAGE,
        help="copy a generated package into another project; verify or update the copy",
    )
    vendor.add_argument("words", nargs="+", metavar="PACKAGE DEST | verify DEST | update DEST")
    vendor.add_argument(
        "--as", dest="import_path", metavar="IMPORT.PATH", help="import path of the copy (vendor)"
    )
    vendor.add_argument("--force", action="store_true", help="discard local edits (update)")
    vendor.set_defaults(run=cmd_vendor)
    register_report_commands(commands)
    scaffold = commands.add_parser(
        "scaffold", help="draft operations into a spec from the installed vendor metadata"
    )
    scaffold_command.add_arguments(scaffold)
    scaffold.set_defaults(run=scaffold_command.run)
    summary = commands.add_parser(
        "test-summary",
        help="count JUnit reports into the closing line `N passed, M failed` (exit 1 on failure)",
    )
    test_summary.add_arguments(summary)
    summary.set_defaults(run=test_summary.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
