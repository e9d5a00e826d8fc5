"""The one command line of the toolchain: `python -m toolchain <command>`."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from speclib.catalog import REPOSITORY, SPECS
from toolchain import test_summary
from toolchain.diff import command as diff_command
from toolchain.diff import version_command
from toolchain.report_commands import register as register_report_commands
from toolchain.scaffold import command as scaffold_command
from toolchain.vendoring.commands import USAGE as VENDOR_USAGE

EXIT_ERROR = 2

# Each command imports its own machinery, so that `diff` does not wait for the
# validators and generators to load.


def missing_specs(command: str, specs: Path) -> str | None:
    """Why `specs` holds nothing to check (a command given no specs must not pass)."""
    from speclib.catalog import find_specs

    if not specs.is_dir():
        return f"{command}: no specs folder {specs}"
    if not find_specs(specs):
        return f"{command}: no specs in {specs} (expected <cloud>/<service>/<version>/openapi.yaml)"
    return None


def cmd_lint_specs(args: argparse.Namespace) -> int:
    from toolchain.lint_specs import lint_all

    problem = missing_specs("lint-specs", Path(args.specs))
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_ERROR
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
    from toolchain.dist import BuildError, build_all, write_checksums
    from toolchain.emulator_dist import build_emulator

    out = Path(args.out)
    try:
        built = [(item.sdist, item.wheel) for item in build_all(out)]
        built.append(build_emulator(out))  # beside the client packages, in one SHA256SUMS
    except BuildError as error:
        print(f"dist: {error}", file=sys.stderr)
        return EXIT_ERROR
    write_checksums(out, [path for pair in built for path in pair])
    for sdist, wheel in built:
        print(f"built {sdist}\nbuilt {wheel}")
    return 0


def cmd_vendor(args: argparse.Namespace) -> int:
    from toolchain.vendoring.commands import run_vendor

    return run_vendor(args.words, args.import_path, args.force, args.source)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m toolchain", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    lint = commands.add_parser(
        "lint-specs",
        help="validate specs, examples and house rules",
        description="Validate every spec under --specs (OpenAPI 3.1), its examples and the "
        "house rules. Exit status: 0 all pass, 1 a spec fails, 2 no specs found or an error.",
    )
    lint.add_argument("--specs", default=str(SPECS), help="specs folder (default: specs/)")
    lint.set_defaults(run=cmd_lint_specs)
    generate = commands.add_parser(
        "generate",
        help="regenerate generated/ from specs/",
        description="Bundle every spec and write generated/: the bundles, one client package "
        "per spec (generator/packages.toml) and the pydantic models package. Exit status: 0 "
        "written, 2 an error.",
    )
    generate.add_argument("--out", default="generated", help="output folder")
    generate.set_defaults(run=cmd_generate)
    check = commands.add_parser(
        "check-generated",
        help="fail if generated/ is stale",
        description="Generate into a scratch folder and compare with generated/. Exit status: "
        "0 up to date, 1 stale (run `make generate`), 2 an error.",
    )
    check.add_argument("--out", default="generated", help="folder to compare")
    check.set_defaults(run=cmd_check_generated)
    diff = commands.add_parser(
        "diff",
        help="API changes between two git refs, classified by what they break",
        description="Compare the specs and the generated packages of two git refs and classify "
        "every change by what it does to a caller. This command is the CI gate. Exit status: "
        "0 nothing breaking (or --allow-breaking), 1 a breaking change, 2 an error (a ref "
        "that does not exist, a spec that does not bundle, a stale generated/).",
    )
    diff_command.add_arguments(diff, REPOSITORY)
    diff.set_defaults(run=diff_command.run)
    versions = commands.add_parser(
        "versions",
        help="each generated package's next version from the API diff of its specs",
        description=version_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    version_command.add_arguments(versions, REPOSITORY)
    versions.set_defaults(run=version_command.run)
    dist = commands.add_parser(
        "dist",
        help="build a wheel and an sdist of every generated package and of the emulator",
        description="Build every package of generated/ as committed into --out, byte for byte "
        "reproducible (SOURCE_DATE_EPOCH: the source commit's time unless set), with "
        "SHA256SUMS. Needs `make setup` (uv in .uv/). Exit status: 0 built, 2 an error.",
    )
    dist.add_argument("--out", default="dist", help="output folder (default: dist/)")
    dist.set_defaults(run=cmd_dist)
    vendor = commands.add_parser(
        "vendor",
        usage=VENDOR_USAGE,
        help="copy a generated package into another project; verify or update the copy",
        description="Copy a generated package into another project's tree (VENDORED.json "
        "records what and from where), verify the copy (local edits, or older than the "
        "source checkout) or update it. Exit status: 0 done or current, 1 drift or "
        "refused (local edits, a stale generated/ in the source: run `make generate`), "
        "2 a request that cannot be carried out.",
    )
    vendor.add_argument("words", nargs="+", metavar="PACKAGE DEST | verify DEST | update DEST")
    vendor.add_argument(
        "--as", dest="import_path", metavar="IMPORT.PATH", help="import path of the copy (vendor)"
    )
    vendor.add_argument("--force", action="store_true", help="discard local edits (update)")
    vendor.add_argument(
        "--source",
        metavar="CHECKOUT",
        help="the videoapi-specs checkout to compare with or update from (verify, update; "
        "default: the one VENDORED.json names, else this one)",
    )
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
    """Run one command. Exit status 1 is each command's "no" (breaking, disagree, stale,
    failed); anything that goes wrong is 2, as argparse's usage errors are."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception:  # an unexpected failure must not look like a verdict
        traceback.print_exc()
        print(f"{args.command}: failed (the traceback above); exit status 2", file=sys.stderr)
        return EXIT_ERROR
    return code


if __name__ == "__main__":
    sys.exit(main())
