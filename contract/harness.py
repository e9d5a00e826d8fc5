"""Run the contract tests: the schemathesis CLI once per spec, against the emulator or the clouds.

Both modes take the same path: write the spec's contract view, run
`schemathesis --config-file contract/schemathesis.toml run <view> --url <endpoint>`
with contract.hooks (signing, checks), and keep the reports. Live mode adds the
flags that keep it harmless (positive data, read-only operations, a rate limit)
and sets CONTRACT_LIVE=1 so the hooks pin the user's resource IDs.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from contract import live
from contract.apis import ContractApi, contract_apis
from contract.callbacks import (
    RECEIVER_ENV,
    Receiver,
    beyond_loopback,
    callback_receiver,
    fixtures_for,
)
from contract.cassette import keep_failures
from speclib.catalog import REPOSITORY

CONFIG = REPOSITORY / "contract" / "schemathesis.toml"
FIXTURES = REPOSITORY / "contract" / "fixtures.json"
BUILD = REPOSITORY / "build" / "contract"
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
# Credentials and settings of the user's environment that must not leak into an emulator run.
CLOUD_VARIABLES = ("TENCENTCLOUD_", "HUAWEICLOUD_", "TIW_", "METASTUDIO_", live.LIVE_ENV)
LIVE_MAX_EXAMPLES = 10
# The outcome line of the check that the emulator's callbacks stayed on loopback.
LOOPBACK_CHECK = "callbacks-on-loopback"
# Tasks reach their final state at once unless a fixture pins another one, so
# CreateVideoGenerationTask can be called again and again without hitting the concurrency limit.
# The harness starts the emulator with credentials of its own (it never imports the emulator).
TENCENT_CREDENTIALS = ("AKIDCONTRACTHARNESS00000000000000000", "ContractHarnessSecretKey00000000")
HUAWEI_CREDENTIALS = ("CONTRACTHARNESSAK000", "ContractHarnessSecretKey0000000000000000")
# The project the harness calls as (X-Project-Id): the one contract/fixtures.json seeds jobs in,
# since the gateway refuses a path whose project is not the caller's.
HUAWEI_PROJECT = "0d697589d98091f12f92c0073501cd79"
# Event callbacks go to loopback only (contract/callbacks.py); the fixtures are added per run.
EMULATOR_OPTIONS = (
    "--progression",
    "immediate",
    "--callback-targets",
    "loopback",
    "--credentials",
    ":".join(TENCENT_CREDENTIALS),
    "--huawei-credentials",
    ":".join(HUAWEI_CREDENTIALS),
)


@dataclass(frozen=True)
class Outcome:
    api: str
    status: str  # passed, failed or skipped
    detail: str = ""
    reports: Path | None = None


def without_cloud_settings(environ: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in environ.items() if not k.startswith(CLOUD_VARIABLES)}


def emulator_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment of a run against the emulator: the credentials it was started with."""
    kept = without_cloud_settings(environ)
    (secret_id, secret_key), (ak, sk) = TENCENT_CREDENTIALS, HUAWEI_CREDENTIALS
    return {
        **kept,
        "TENCENTCLOUD_SECRET_ID": secret_id,
        "TENCENTCLOUD_SECRET_KEY": secret_key,
        "HUAWEICLOUD_SDK_AK": ak,
        "HUAWEICLOUD_SDK_SK": sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": HUAWEI_PROJECT,
    }


def schemathesis_command(
    api: ContractApi, view: Path, url: str, reports: Path, *, is_live: bool, extra: Sequence[str]
) -> list[str]:
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "run",
        str(view),
        "--url",
        url,
        "--report",
        "junit,vcr",
        "--report-junit-path",
        str(reports / "junit.xml"),
        "--report-vcr-path",
        str(reports / "cassette.yaml"),
    ]
    if is_live:
        command += [
            "--mode",
            "positive",
            "--rate-limit",
            live.RATE_LIMIT,
            "--max-examples",
            str(LIVE_MAX_EXAMPLES),
            "--exclude-deprecated",
        ]
        for operation_id in [*api.write_operations(), *live.not_live_operations(api.document)]:
            command += ["--exclude-operation-id", operation_id]
        # The coverage phase tries boundary values even of pinned fields (SdkAppId 2**63-1).
        phases = ["examples", "fuzzing", *(["stateful"] if api.read_only_links() else [])]
        command += ["--phases", ",".join(phases)]
    return [*command, *extra]


def run_one(
    api: ContractApi, url: str, out: Path, environ: Mapping[str, str], extra: Sequence[str]
) -> Outcome:
    is_live = live.is_live(environ)
    reports = out / api.slug
    reports.mkdir(parents=True, exist_ok=True)
    view = api.write_view(out / "specs")
    command = schemathesis_command(api, view, url, reports, is_live=is_live, extra=extra)
    print(f"\n=== {api.slug} against {url}", flush=True)
    env = {**environ, "PYTHONPATH": str(REPOSITORY)}
    code = subprocess.run(command, cwd=REPOSITORY, env=env, check=False).returncode
    failed = keep_failures(reports / "cassette.yaml", reports / "failures.yaml")
    if code == 0:
        return Outcome(api.slug, "passed", reports=reports)
    detail = f"schemathesis exited with {code}; {failed} failing interactions in failures.yaml"
    return Outcome(api.slug, "failed", detail, reports)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def emulator_command(port: int, fixtures: Path) -> list[str]:
    options = [*EMULATOR_OPTIONS, "--fixtures", str(fixtures)]
    return [sys.executable, "-m", "emulator", "--port", str(port), *options]


@contextmanager
def local_emulator(log: Path, fixtures: Path = FIXTURES) -> Iterator[str]:
    """`python -m emulator` on a free loopback port, seeded with `fixtures`."""
    port = free_port()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as stderr:
        process = subprocess.Popen(
            emulator_command(port, fixtures),
            cwd=REPOSITORY,
            stderr=stderr,
            env={**emulator_environment(os.environ), "PYTHONUNBUFFERED": "1"},
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{url}/_emulator/state", timeout=1)
                    break
                except httpx.TransportError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"the emulator did not start; see {log}") from None
                    time.sleep(0.1)
            yield url
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(10)


def selected(names: Sequence[str]) -> list[ContractApi]:
    apis = contract_apis()
    unknown = set(names) - {api.slug for api in apis}
    if unknown:
        known = ", ".join(api.slug for api in apis)
        raise SystemExit(f"unknown API {', '.join(sorted(unknown))}; choose from {known}")
    return [api for api in apis if not names or api.slug in names]


def run_emulator(
    apis: Sequence[ContractApi], out: Path, url: str | None, extra: Sequence[str]
) -> list[Outcome]:
    """Every API against the emulator, its event callbacks sent to a loopback receiver."""
    with callback_receiver() as receiver:
        environ = {**emulator_environment(os.environ), RECEIVER_ENV: receiver.url}
        if url is not None:
            return [run_one(api, url, out, environ, extra) for api in apis]
        fixtures = fixtures_for(FIXTURES, receiver.url, out / "fixtures.json")
        with local_emulator(out / "emulator.log", fixtures) as started:
            outcomes = [run_one(api, started, out, environ, extra) for api in apis]
            return [*outcomes, callbacks_outcome(started, receiver)]


def callbacks_outcome(url: str, receiver: Receiver) -> Outcome:
    """Failed when the emulator attempted a callback beyond loopback during the run."""
    reply = httpx.get(f"{url}/_emulator/callback-deliveries", timeout=30)
    reply.raise_for_status()
    deliveries = reply.json().get("deliveries", [])
    leaving = beyond_loopback(deliveries)
    if leaving:
        detail = f"attempted beyond loopback: {', '.join(leaving[:5])}"
        return Outcome(LOOPBACK_CHECK, "failed", detail)
    detail = f"{len(deliveries)} events, {receiver.received} POSTs to the loopback receiver"
    return Outcome(LOOPBACK_CHECK, "passed", detail)


def run_live(
    apis: Sequence[ContractApi],
    out: Path,
    url: str | None,
    extra: Sequence[str],
    environ: Mapping[str, str] = os.environ,
) -> list[Outcome]:
    environ = {**environ, live.LIVE_ENV: "1"}
    outcomes = []
    for api in apis:
        target = live.LIVE_APIS.get(api.service)
        if target is None or target.why_not:
            reason = target.why_not if target and target.why_not else "no live settings"
            outcomes.append(Outcome(api.slug, "skipped", reason))
            continue
        missing = target.missing(environ)
        if missing:
            outcomes.append(Outcome(api.slug, "skipped", f"set {', '.join(missing)} to test it"))
            continue
        outcomes.append(run_one(api, url or api.live_url(environ), out, environ, extra))
    return outcomes


def report(outcomes: Sequence[Outcome]) -> int:
    print("\n=== contract tests")
    for outcome in outcomes:
        where = f" ({outcome.reports})" if outcome.reports else ""
        detail = f": {outcome.detail}" if outcome.detail else ""
        print(f"{outcome.status:8} {outcome.api}{detail}{where}")
    return 1 if any(outcome.status == "failed" for outcome in outcomes) else 0
