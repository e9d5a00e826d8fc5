"""`python -m contract [--live] [--api SLUG ...] [--url URL] [-- schemathesis options]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contract.harness import BUILD, report, run_emulator, run_live, selected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract", description=__doc__)
    parser.add_argument(
        "--live", action="store_true", help="the real endpoints (read-only, positive data)"
    )
    parser.add_argument(
        "--api", action="append", default=[], help="only this API, e.g. tencentcloud-tiw-2019-09-19"
    )
    parser.add_argument(
        "--url",
        help="this endpoint instead (an emulator seeded with contract/fixtures.json, "
        "or in live mode a stand-in for the cloud)",
    )
    parser.add_argument("--out", type=Path, help="reports folder (default build/contract/<mode>)")
    parser.add_argument("extra", nargs="*", help="passed on to `schemathesis run` (after --)")
    args = parser.parse_args(argv)
    apis = selected(args.api)
    out = args.out or BUILD / ("live" if args.live else "emulator")
    if args.live:
        outcomes = run_live(apis, out, args.url, args.extra)
    else:
        outcomes = run_emulator(apis, out, args.url, args.extra)
    return report(outcomes)


if __name__ == "__main__":
    sys.exit(main())
