"""What the Huawei protocol keeps of the requests it has seen (a path's route, a query
string's pairs, an operation's typed query): the same answers as the first time, every other
parameter still checked on each request, refusals never kept, and bounded."""

from __future__ import annotations

import json
from typing import Any

import pytest

import emulator.protocols.huaweicloud as huaweicloud
from emulator.app import Emulator
from emulator.config import DEFAULT_HUAWEI_PROJECT, Config, Progression
from emulator.http import Request
from emulator.protocols.huaweicloud import HuaweiCloudProtocol

PROJECT = DEFAULT_HUAWEI_PROJECT
LISTING = f"/v1/{PROJECT}/digital-human-videos"
HEADERS = {"x-auth-token": "local-emulator-token", "content-type": "application/json"}


@pytest.fixture
def emu() -> Emulator:
    emulator = Emulator(Config(progression=Progression.MANUAL))
    for index in range(3):
        emulator.context.clock.wall = lambda: 1_700_000_000.0
        body = json.dumps({"asset_name": f"video-{index}", "state": "SUCCEED"}).encode()
        path = f"/_emulator/metastudio/{PROJECT}/jobs"
        assert emulator.handle(Request("POST", path, "", {}, body)).status < 300
    return emulator


def protocol(emu: Emulator) -> HuaweiCloudProtocol:
    found = emu.protocols[1]
    assert isinstance(found, HuaweiCloudProtocol)
    return found


def send(
    emu: Emulator, query: str, path: str = LISTING, **headers: str
) -> tuple[int, dict[str, Any]]:
    reply = emu.handle(Request("GET", path, query, {**HEADERS, **headers}, b""))
    return reply.status, json.loads(reply.body)


def test_a_kept_query_answers_as_the_first_time_and_the_rest_is_still_checked(
    emu: Emulator,
) -> None:
    first = send(emu, "limit=2&state=SUCCEED&sort_dir=desc")
    assert first[0] == 200 and first[1]["count"] == 3 and len(first[1]["jobs"]) == 2
    assert send(emu, "limit=2&state=SUCCEED&sort_dir=desc") == first
    # The same query string with a header parameter off its schema: refused every time.
    for _ in range(2):
        status, body = send(emu, "limit=2&state=SUCCEED&sort_dir=desc", **{"x-sdk-date": "soon"})
        assert (status, body["error_code"]) == (400, "MSS.00000003")
        assert "X-Sdk-Date" in body["error_msg"]
    # And another path (a project the token may use, with no jobs) under the same query.
    status, body = send(
        emu, "limit=2&state=SUCCEED&sort_dir=desc", path="/v1/other/digital-human-videos"
    )
    assert (status, body["count"]) == (200, 0)


def test_one_query_string_is_typed_for_each_operation(emu: Emulator) -> None:
    status, body = send(emu, "")
    assert status == 200
    job_id = body["jobs"][0]["job_id"]
    for _ in range(2):  # the listing's typed query has no show_script
        status, shown = send(emu, "", path=f"/v1/{PROJECT}/2d-digital-human-videos/{job_id}")
        assert (status, shown["job_id"]) == (200, job_id)
        assert send(emu, "")[1] == body


def test_a_refused_query_is_refused_every_time(emu: Emulator) -> None:
    for _ in range(3):
        status, body = send(emu, "limit=0")
        assert (status, body["error_code"]) == (400, "MSS.00000003")
        assert "limit" in body["error_msg"]
    assert send(emu, "limit=1")[0] == 200


def test_what_is_kept_is_bounded(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(huaweicloud, "KEPT", 8)
    kept = protocol(emu)
    for offset in range(50):
        assert send(emu, f"offset={offset}")[0] == 200
        status, _ = send(emu, "", path=f"/v1/{PROJECT}/2d-digital-human-videos/job-{offset}")
        assert status == 404
        assert len(kept._queries) <= 8 and len(kept._pairs_of) <= 8 and len(kept._routes) <= 8
    long_query = "asset_name=" + "x" * huaweicloud.KEPT_CHARS
    assert send(emu, long_query)[1]["count"] == 0
    assert all(long_query not in key for key in kept._queries)
    assert long_query not in kept._pairs_of
