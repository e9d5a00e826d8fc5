"""`videoapi-emulator`, `python -m emulator` or `make emulator`: start the emulator (flags or
EMULATOR_* variables)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import uuid
from pathlib import Path

from emulator import servers
from emulator.app import Emulator, load_fixtures
from emulator.config import (
    CONFIG_ENV,
    RUN_ENV,
    CallbackTargets,
    Config,
    HttpServer,
    Progression,
    config_to_json,
)


def _tencent_credentials(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """`ID:KEY,ID2:KEY2:TOKEN` into the keys and the tokens of temporary keys."""
    keys, tokens = {}, {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        secret_id, key, *token = item.split(":", 2)
        if not secret_id or not key or token == [""]:
            raise argparse.ArgumentTypeError(f"expected ID:KEY or ID:KEY:TOKEN, got {item!r}")
        keys[secret_id] = key
        if token:
            tokens[secret_id] = token[0]
    return keys, tokens


def _huawei_credentials(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """`AK:SK,AK2:SK2:PROJECT_ID` into the keys and the projects they are bound to."""
    keys, projects = {}, {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        ak, sk, *project = item.split(":", 2)
        if not ak or not sk or project == [""]:
            raise argparse.ArgumentTypeError(f"expected AK:SK or AK:SK:PROJECT_ID, got {item!r}")
        keys[ak] = sk
        if project:
            projects[ak] = project[0]
    return keys, projects


def program_name() -> str:
    """How the user started us: `python -m emulator`, or the installed `videoapi-emulator`."""
    launched = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m emulator" if launched in ("", "__main__.py", "-c") else launched


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    defaults = Config()
    parser = argparse.ArgumentParser(prog=program_name(), description=__doc__)
    parser.add_argument("--host", default=env("EMULATOR_HOST", defaults.host))
    parser.add_argument("--port", type=int, default=int(env("EMULATOR_PORT", str(defaults.port))))
    parser.add_argument(
        "--data", type=Path, default=env("EMULATOR_DATA"), help="SQLite file (default: in memory)"
    )
    parser.add_argument(
        "--no-auth",
        action="store_true",
        default=env("EMULATOR_NO_AUTH") == "1",
        help="skip signature checks",
    )
    parser.add_argument(
        "--credentials",
        type=_tencent_credentials,
        default=env("EMULATOR_TENCENT_CREDENTIALS"),
        help="Tencent SecretId:SecretKey pairs, or SecretId:SecretKey:Token for a temporary key",
    )
    parser.add_argument(
        "--huawei-credentials",
        type=_huawei_credentials,
        default=env("EMULATOR_HUAWEI_CREDENTIALS"),
        help="Huawei AK:SK pairs, or AK:SK:PROJECT_ID to bind an AK to its project",
    )
    parser.add_argument(
        "--progression",
        choices=[p.value for p in Progression],
        default=env("EMULATOR_PROGRESSION", defaults.progression.value),
    )
    parser.add_argument(
        "--step-seconds",
        type=float,
        default=float(env("EMULATOR_STEP_SECONDS", str(defaults.step_seconds))),
    )
    parser.add_argument(
        "--speed", type=float, default=float(env("EMULATOR_SPEED", str(defaults.speed)))
    )
    parser.add_argument(
        "--failure-rate", type=float, default=float(env("EMULATOR_FAILURE_RATE", "0"))
    )
    parser.add_argument("--seed", type=int, default=int(env("EMULATOR_SEED", "0")))
    parser.add_argument(
        "--rate-limit",
        action="store_true",
        default=env("EMULATOR_RATE_LIMIT") == "1",
        help="enforce each operation's documented limit (x-videoapi-rate-limit in its spec, "
        "e.g. 20/s, MetaStudio create and cancel 1/s); counted per worker",
    )
    parser.add_argument(
        "--fixtures",
        type=Path,
        default=env("EMULATOR_FIXTURES"),
        help="JSON list of admin calls applied once",
    )
    parser.add_argument("--workers", type=int, default=int(env("EMULATOR_WORKERS", "1")))
    parser.add_argument(
        "--server",
        choices=[server.value for server in HttpServer],
        default=env("EMULATOR_SERVER", defaults.server.value),
        help="the HTTP server (emulator/servers.py; both serve the same app)",
    )
    parser.add_argument(
        "--callback-timeout",
        type=float,
        default=float(env("EMULATOR_CALLBACK_TIMEOUT", str(defaults.callback_timeout_seconds))),
        help="seconds an event callback may take",
    )
    parser.add_argument(
        "--callback-backoff",
        type=float,
        default=float(env("EMULATOR_CALLBACK_BACKOFF", str(defaults.callback_backoff_seconds))),
        help="seconds before the first retry of a failed callback (doubling after)",
    )
    parser.add_argument(
        "--callback-attempts",
        type=int,
        default=int(env("EMULATOR_CALLBACK_ATTEMPTS", str(defaults.callback_max_attempts))),
        help="attempts per event callback",
    )
    parser.add_argument(
        "--callback-targets",
        choices=[target.value for target in CallbackTargets],
        default=env("EMULATOR_CALLBACK_TARGETS", defaults.callback_targets.value),
        help="where event callbacks may go: any URL, or loopback only (for tests)",
    )
    parser.add_argument(
        "--admin-token",
        default=env("EMULATOR_ADMIN_TOKEN", "") or None,
        help="require `Authorization: Bearer TOKEN` on the admin API (/_emulator/)",
    )
    return parser


def config_from(args: argparse.Namespace) -> Config:
    config = Config(
        host=args.host,
        port=args.port,
        data=args.data,
        auth=not args.no_auth,
        progression=Progression(args.progression),
        step_seconds=args.step_seconds,
        speed=args.speed,
        failure_rate=args.failure_rate,
        seed=args.seed,
        rate_limit=args.rate_limit,
        fixtures=args.fixtures,
        workers=args.workers,
        server=HttpServer(args.server),
        callback_timeout_seconds=args.callback_timeout,
        callback_backoff_seconds=args.callback_backoff,
        callback_max_attempts=args.callback_attempts,
        callback_targets=CallbackTargets(args.callback_targets),
        admin_token=args.admin_token,
    )
    if args.credentials:
        config.tencent_credentials, config.tencent_tokens = args.credentials
    if args.huawei_credentials:
        config.huawei_credentials, config.huawei_projects = args.huawei_credentials
    return config


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = config_from(args)
    if config.workers > 1 and config.data is None:
        print(
            "--workers > 1 needs --data: workers share state through the SQLite file",
            file=sys.stderr,
        )
        return 2
    if config.workers > 1 and config.fixtures:
        load_fixtures(Emulator(config))  # once, before the workers share the file
    os.environ[CONFIG_ENV] = config_to_json(config)
    os.environ[RUN_ENV] = uuid.uuid4().hex
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    with contextlib.suppress(KeyboardInterrupt):
        servers.serve(config)
    return 0
