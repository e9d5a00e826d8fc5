"""A contract run's event callbacks stay on loopback: the callback URLs of the specs'
examples and of the fixtures are sent to the harness's loopback receiver, the harness
starts its emulator with loopback-only callbacks, and a run in which the emulator
attempted a callback beyond loopback fails."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract.callbacks import (
    CALLBACK_FIELDS,
    beyond_loopback,
    callback_receiver,
    fixtures_for,
    is_loopback,
    send_callbacks_to,
    to_receiver,
)
from contract.harness import FIXTURES, LOOPBACK_CHECK, callbacks_outcome, emulator_command
from emulator.cli import build_parser, config_from
from emulator.config import DEFAULT_SDK_APP_ID, CallbackTargets, Config, Progression
from tests.support.emulator_server import serve
from tests.support.tiw_callers import CLIENTS

RECEIVER = "http://127.0.0.1:4321"


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://example.com/online/callback", f"{RECEIVER}/online/callback"),
        ("http://user:pw@example.com:8443/a?b=1#c", f"{RECEIVER}/a?b=1#c"),
        ("http://[2001:db8::1]:80?x=1", f"{RECEIVER}/?x=1"),
        ("https://example.com", f"{RECEIVER}/"),
        ("http://127.0.0.1:9/cb", f"{RECEIVER}/cb"),
        ("", ""),
        ("ftp://example.com/cb", "ftp://example.com/cb"),  # refused by the API, left as it is
        ("HTTP://example.com/cb", "HTTP://example.com/cb"),  # not matching the spec's pattern
    ],
)
def test_a_callback_url_goes_to_the_receiver(url: str, sent: str) -> None:
    assert to_receiver(url, RECEIVER) == sent


def callback_values(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in CALLBACK_FIELDS and isinstance(item, str):
                yield item
            else:
                yield from callback_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from callback_values(item)


def request_bodies(bundle: dict[str, Any]) -> Iterator[Any]:
    """What the examples phase sends: the request examples, and bodies made of the
    examples of a callback field."""
    for item in bundle["paths"].values():
        for operation in item.values():
            content = operation.get("requestBody", {}).get("content", {})
            for media in content.values():
                for example in media.get("examples", {}).values():
                    yield copy.deepcopy(example["value"])
    for schema in bundle.get("components", {}).get("schemas", {}).values():
        for name, field in schema.get("properties", {}).items():
            if name in CALLBACK_FIELDS:
                yield from ({name: example} for example in field.get("examples", []))


def test_the_spec_examples_callbacks_are_sent_to_the_receiver(
    bundles: dict[str, dict[str, Any]],
) -> None:
    rewritten = 0
    for bundle in bundles.values():
        for body in request_bodies(bundle):
            rewritten += send_callbacks_to(body, RECEIVER)
            for url in callback_values(body):
                assert url == "" or url.startswith(f"{RECEIVER}/"), url
    # The vendors' examples name example.com: SetOnlineRecordCallback and
    # SetVideoGenerationTaskCallback, as a request example and a field example each.
    assert rewritten >= 4


def test_the_fixtures_seed_loopback_callbacks_and_the_run_sends_them_to_the_receiver(
    tmp_path: Path,
) -> None:
    seeded = list(callback_values(json.loads(FIXTURES.read_text(encoding="utf-8"))))
    assert seeded and all(is_loopback(url) for url in seeded), seeded
    used = fixtures_for(FIXTURES, RECEIVER, tmp_path / "fixtures.json")
    sent = list(callback_values(json.loads(used.read_text(encoding="utf-8"))))
    assert sent == [to_receiver(url, RECEIVER) for url in seeded]


def test_the_harness_starts_its_emulator_with_loopback_callbacks() -> None:
    command = emulator_command(8080, FIXTURES)
    assert command[1:3] == ["-m", "emulator"]
    config = config_from(build_parser().parse_args(command[3:]))
    assert config.callback_targets == CallbackTargets.LOOPBACK
    assert config.fixtures == FIXTURES


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:9/cb", True),
        ("http://127.8.9.1/cb", True),
        ("https://[::1]:8443/cb", True),
        ("http://localhost/cb", True),
        ("https://example.com/cb", False),
        ("http://192.0.2.1/cb", False),
        ("http://[::ffff:192.0.2.1]/cb", False),
        ("http://[::1", False),
    ],
)
def test_loopback_urls(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_a_callback_beyond_loopback_is_found_among_the_deliveries() -> None:
    deliveries: list[dict[str, Any]] = [
        {"Url": "http://127.0.0.1:5/cb", "Attempts": [{"Error": ""}]},
        {"Url": "", "Status": "skipped", "Attempts": []},
        {"Url": "https://example.com/cb", "Attempts": [{"Error": "refused: not loopback"}]},
        {"Url": "http://192.0.2.1/cb", "Status": "pending", "Attempts": []},  # still due
    ]
    assert beyond_loopback(deliveries) == ["http://192.0.2.1/cb", "https://example.com/cb"]
    assert beyond_loopback(deliveries[:2]) == []


def test_the_check_reads_the_emulators_deliveries() -> None:
    """Against an emulator whose events went to the receiver: passed, with the counts."""
    app = DEFAULT_SDK_APP_ID
    with serve(Config(progression=Progression.IMMEDIATE)) as running, callback_receiver() as got:
        call = CLIENTS["official-sdk"](running)
        call("SetOnlineRecordCallback", SdkAppId=app, Callback=f"{got.url}/recording")
        running.seed("/tiw/recording-tasks", {"SdkAppId": app, "RoomId": 9, "Users": ["a"]})
        running.emulator.callbacks.sweep_and_wait(timeout=30)
        outcome = callbacks_outcome(f"http://{running.endpoint}", got)
    assert (outcome.api, outcome.status) == (LOOPBACK_CHECK, "passed")
    assert outcome.detail == "3 events, 3 POSTs to the loopback receiver"
