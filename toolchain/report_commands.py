"""The `doc-check` and `drift` commands of `python -m toolchain`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from speclib.catalog import SPECS, find_specs
from toolchain.findings import Report, render

# doccheck and drift load the validators (seconds): imported when their command runs.


def _emit(report: Report, args: argparse.Namespace) -> int:
    text = render(report, args.format)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}: {'agree' if report.agrees else 'disagree'}")
    else:
        sys.stdout.write(text)
    return report.exit_code


def cmd_doc_check(args: argparse.Namespace) -> int:
    from toolchain.doccheck import UnknownOperation, UnreadablePage, check_page

    page = Path(args.page)
    if not page.is_file():
        print(f"doc-check: no such file: {page}", file=sys.stderr)
        return 2
    try:
        report = check_page(page, args.operation, Path(args.specs))
    except UnreadablePage as error:
        print(f"doc-check: {page}: {error}", file=sys.stderr)
        return 2
    except UnknownOperation as error:
        print(f"doc-check: {error}", file=sys.stderr)
        return 2
    return _emit(report, args)


def cmd_drift(args: argparse.Namespace) -> int:
    from toolchain.drift import check_drift

    specs = Path(args.specs)
    if not specs.is_dir() or not find_specs(specs):
        print(
            f"drift: no specs in {specs} (a folder of <cloud>/<service>/<version>/openapi.yaml)",
            file=sys.stderr,
        )
        return 2
    return _emit(check_drift(specs), args)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--output", help="write the report to this file instead of stdout")
    parser.add_argument("--specs", default=str(SPECS), help="specs folder (default: specs/)")


def register(commands: Any) -> None:
    """Add the commands to the subparsers of the generator's command line."""
    doc_check = commands.add_parser(
        "doc-check",
        help="compare a saved vendor API page with the spec (exit 1 when they disagree)",
        description="Read a vendor API page saved as text (Tencent Cloud, English or Chinese; "
        "Huawei Cloud), find the operation it documents and list every disagreement with "
        "the spec. Exit status: 0 they agree (accepted differences aside), 1 they disagree, "
        "2 an error (no such page, an unreadable page, an unknown --operation).",
    )
    doc_check.add_argument("page", help="the page saved as text (copied from the browser)")
    doc_check.add_argument(
        "--operation", help="operationId to compare with (default: the one the page documents)"
    )
    _common(doc_check)
    doc_check.set_defaults(run=cmd_doc_check)
    drift = commands.add_parser(
        "drift",
        help="compare the specs with the installed vendor metadata (tccli, Huawei SDK models)",
        description="Hold every spec against the vendors' machine-readable metadata installed "
        "in .venv. Exit status: 0 no errors or warnings, 1 some, 2 an error (no specs).",
    )
    _common(drift)
    drift.set_defaults(run=cmd_drift)
