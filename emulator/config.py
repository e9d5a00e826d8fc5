"""Emulator settings, from flags and EMULATOR_* environment variables, and their JSON
form, in which the CLI hands them to the server's worker processes."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

# A documented credential pair for local use (never valid on the real clouds).
DEFAULT_TENCENT_CREDENTIALS = {
    "AKIDLOCALEMULATOR0000000000000000000": "LocalEmulatorSecretKey0000000000"
}
DEFAULT_HUAWEI_CREDENTIALS = {"LOCALEMULATORAK00000": "LocalEmulatorSecretKey0000000000000000000"}
DEFAULT_HUAWEI_PROJECT = "0123456789abcdef0123456789abcdef"
DEFAULT_SDK_APP_ID = 1400000001
CONFIG_ENV = "EMULATOR_CONFIG_JSON"  # how the CLI hands the settings to the server's workers
RUN_ENV = "EMULATOR_RUN_ID"  # one per start of the CLI: its workers announce readiness once


class CallbackTargets(StrEnum):
    """Where event callbacks may be delivered."""

    ANY = "any"  # wherever the registered URL points (the cloud's behaviour)
    LOOPBACK = "loopback"  # only 127.0.0.0/8 and ::1; others end as a refused attempt (tests)


class HttpServer(StrEnum):
    """The HTTP server that carries the emulator (emulator/servers.py)."""

    UVICORN = "uvicorn"  # Python HTTP/1 (httptools): the default, faster with this app
    GRANIAN = "granian"  # Rust HTTP/1 (hyper)


class Progression(StrEnum):
    """How tasks move through their states (as moto's state manager)."""

    IMMEDIATE = "immediate"  # straight to the final state
    TIME = "time"  # one step every `step_seconds` (scaled by `speed`)
    POLLS = "polls"  # one step per describe/list call that sees the task
    MANUAL = "manual"  # only through the admin API


@dataclass
class Config:
    host: str = "127.0.0.1"
    port: int = 8080
    data: Path | None = None  # SQLite file; in memory when None
    auth: bool = True
    tencent_credentials: dict[str, str] = field(
        default_factory=lambda: dict(DEFAULT_TENCENT_CREDENTIALS)
    )
    # SecretId -> the token of a temporary key (`--credentials ID:KEY:TOKEN`): its calls must
    # carry that token (X-TC-Token, or the v1 Token parameter).
    tencent_tokens: dict[str, str] = field(default_factory=dict)
    huawei_credentials: dict[str, str] = field(
        default_factory=lambda: dict(DEFAULT_HUAWEI_CREDENTIALS)
    )
    # AK -> the project its calls are bound to (`--huawei-credentials AK:SK:PROJECT_ID`).
    huawei_projects: dict[str, str] = field(
        default_factory=lambda: dict.fromkeys(DEFAULT_HUAWEI_CREDENTIALS, DEFAULT_HUAWEI_PROJECT)
    )
    huawei_tokens: frozenset[str] = frozenset({"local-emulator-token"})
    progression: Progression = Progression.TIME
    step_seconds: float = 5.0
    speed: float = 1.0  # >1 runs task time faster
    failure_rate: float = 0.0  # share of tasks that end in failure
    seed: int = 0
    rate_limit: bool = False
    max_body_bytes: int = 10 * 1024 * 1024
    clock_skew_seconds: int = 300  # AuthFailure.SignatureExpire beyond this
    fixtures: Path | None = None
    workers: int = 1
    server: HttpServer = HttpServer.UVICORN
    # Event callbacks (emulator/callbacks.py): how often due events are looked for, the
    # timeout of one POST, the first retry delay (doubling each time) and the attempts.
    callback_sweep_seconds: float = 0.5
    callback_timeout_seconds: float = 5.0
    callback_backoff_seconds: float = 2.0
    callback_max_attempts: int = 6
    callback_targets: CallbackTargets = CallbackTargets.ANY
    # When set, every admin request (/_emulator/...) must carry `Authorization: Bearer <token>`.
    admin_token: str | None = None


def config_to_json(config: Config) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, frozenset):
            return sorted(value)
        return value

    return json.dumps({key: plain(value) for key, value in dataclasses.asdict(config).items()})


def config_from_json(text: str) -> Config:
    raw = json.loads(text)
    raw["data"] = Path(raw["data"]) if raw["data"] else None
    raw["fixtures"] = Path(raw["fixtures"]) if raw["fixtures"] else None
    raw["progression"] = Progression(raw["progression"])
    raw["callback_targets"] = CallbackTargets(raw["callback_targets"])
    raw["server"] = HttpServer(raw["server"])
    raw["huawei_tokens"] = frozenset(raw["huawei_tokens"])
    return Config(**raw)
