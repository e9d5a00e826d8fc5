"""MetaStudio's 2D avatar and photo video jobs in the emulator: create, show, cancel, and the
created jobs in ListDigitalHumanVideo. In process on a frozen clock (every reply held to the
spec), then end to end with the official huaweicloudsdkmetastudio."""

from __future__ import annotations

import json
import types
import uuid
from typing import Any
from urllib.parse import urlencode

import pytest

from emulator.app import Emulator
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    CallbackTargets,
    Config,
    Progression,
)
from emulator.http import Reply, Request
from tests.support.emulator_server import Running
from tests.support.reply_checks import huawei_reply_problems

T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z
PROJECT = DEFAULT_HUAWEI_PROJECT
TOKEN = "local-emulator-token"
KINDS = {"2D": "2d-digital-human-videos", "Photo": "photo-digital-human-videos"}
STORED_TYPE = {"2D": "2D_DIGITAL_HUMAN_VIDEO", "Photo": "DIGITAL_HUMAN_PHOTO_VIDEO"}
FILTER_TYPE = {"2D": "2D_DIGITAL_HUMAN_VIDEO", "Photo": "PHOTO_DIGITAL_HUMAN_VIDEO"}
VOICE = {"voice_asset_id": "f5e6a13eab4443fa85421191ad061780", "speed": 100}
PHOTO = "aGVsbG8gcGhvdG8="  # stands in for a Base64 photo (the emulator does not look at it)


def scene(text: str) -> list[dict[str, Any]]:
    return [
        {"sequence_no": 0, "shoot_script": {"script_type": "TEXT", "text_config": {"text": text}}}
    ]


def body_of(kind: str, name: str = "Clip", text: str = "Hello there.", **extra: Any) -> Any:
    body: dict[str, Any] = {
        "voice_config": VOICE,
        "shoot_scripts": scene(text),
        "output_asset_config": {"asset_name": name},
    }
    if kind == "2D":
        body["model_asset_id"] = "9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c"
        body["video_config"] = {"codec": "H264", "bitrate": 5000, "width": 1920, "height": 1080}
    else:
        body["human_image"] = PHOTO
        body["video_config"] = {"codec": "H264", "bitrate": 4000}
    return {**body, **extra}


# ---- in process ----------------------------------------------------------------------------


def make_emulator(**settings: Any) -> Emulator:
    settings.setdefault("progression", Progression.MANUAL)
    settings.setdefault("callback_targets", CallbackTargets.LOOPBACK)
    emulator = Emulator(Config(**settings))
    emulator.context.clock.wall = lambda: T0
    return emulator


@pytest.fixture
def emu() -> Emulator:
    return make_emulator()


def send(
    emu: Emulator, method: str, path: str, body: Any = None, query: Any = "", raw: bytes = b""
) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else raw
    text = query if isinstance(query, str) else urlencode(query, doseq=True)
    headers = {"x-auth-token": TOKEN, "content-type": "application/json"}
    reply: Reply = emu.handle(Request(method, f"/v1/{PROJECT}{path}", text, headers, data))
    assert huawei_reply_problems(reply) == []
    uuid.UUID(dict(reply.headers)["X-Request-Id"])
    return reply.status, json.loads(reply.body) if reply.body else None


def create(emu: Emulator, kind: str, **fields: Any) -> str:
    status, reply = send(emu, "POST", f"/{KINDS[kind]}", body_of(kind, **fields))
    assert status == 200, reply
    return str(reply["job_id"])


def show(emu: Emulator, kind: str, job_id: str, **query: Any) -> tuple[int, Any]:
    return send(emu, "GET", f"/{KINDS[kind]}/{job_id}", query=query)


def cancel(emu: Emulator, kind: str, job_id: str) -> tuple[int, Any]:
    return send(emu, "POST", f"/{KINDS[kind]}/{job_id}/cancel")


def listed(emu: Emulator, **query: Any) -> list[str]:
    status, reply = send(emu, "GET", "/digital-human-videos", query=query)
    assert status == 200, reply
    return [job["job_id"] for job in reply["jobs"]]


def pin(emu: Emulator, job_id: str, state: str) -> None:
    body = json.dumps({"state": state}).encode()
    path = f"/_emulator/metastudio/{PROJECT}/jobs/{job_id}/state"
    assert emu.handle(Request("POST", path, "", {}, body)).status == 200


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_create_then_show_with_and_without_the_script(emu: Emulator, kind: str) -> None:
    job_id = create(emu, kind, name="Greeting", script_id="script-7")
    status, job = show(emu, kind, job_id)
    assert status == 200
    assert (job["job_id"], job["state"], job["job_type"]) == (job_id, "WAITING", STORED_TYPE[kind])
    assert job["create_time"] == job["lastupdate_time"] == "2023-11-14T22:13:20Z"
    assert job["output_asset_config"]["asset_name"] == "Greeting"
    assert (job["script_id"], job["error_info"]) == ("script-7", None)
    assert "voice_config" not in job and "shoot_scripts" not in job
    assert ("model_asset_id" in job) is (kind == "2D")
    _, full = show(emu, kind, job_id, show_script="true")
    sent = body_of(kind)
    assert (full["voice_config"], full["video_config"]) == (VOICE, sent["video_config"])
    assert full["shoot_scripts"] == scene("Hello there.")
    assert ("human_image" in full) is (kind == "Photo")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_created_jobs_are_listed_with_every_filter(emu: Emulator, kind: str) -> None:
    other_kind = "Photo" if kind == "2D" else "2D"
    first = create(emu, kind, name="b-second", script_id="s-1")
    emu.context.clock.advance(10)
    second = create(emu, kind, name="a-first", script_id="s-2")
    other = create(emu, other_kind, name="c-other")
    pin(emu, second, "SUCCEED")
    assert listed(emu, job_type=FILTER_TYPE[kind]) == [first, second]
    assert listed(emu, job_id=first) == [first]
    assert listed(emu, job_ids=[first, other]) == [first, other]
    assert listed(emu, asset_name="a-first") == [second]
    assert listed(emu, asset_name="first", fuzzy_query_field="asset_name") == [second]
    assert listed(emu, script_id="s-1") == [first]
    assert listed(emu, state="SUCCEED") == [second]
    assert listed(emu, state="WAITING", job_type=FILTER_TYPE[kind]) == [first]
    assert listed(emu, sort_key="asset_order") == [second, first, other]
    assert listed(emu, sort_key="create_time", sort_dir="desc")[-1] == first
    assert listed(emu, create_since="2023-11-14T22:13:25Z", job_type=FILTER_TYPE[kind]) == [second]


def test_duration_follows_the_text_and_the_speaking_rate(emu: Emulator) -> None:
    slow = create(emu, "2D", text="x" * 250)  # a minute of text at the normal rate
    fast = create(emu, "Photo", text="<speak>" + "y" * 250 + "</speak>", voice_config=VOICE)
    pin(emu, slow, "SUCCEED")
    pin(emu, fast, "SUCCEED")
    assert show(emu, "2D", slow)[1]["duration"] == 60
    assert show(emu, "Photo", fast)[1]["duration"] == 60  # the SSML tags are not spoken
    doubled = create(emu, "2D", text="z" * 250, voice_config={**VOICE, "speed": 200})
    pin(emu, doubled, "SUCCEED")
    assert show(emu, "2D", doubled)[1]["duration"] == 30


def test_durations_stop_at_the_documented_maximum(emu: Emulator) -> None:
    audio = [
        {
            "sequence_no": 0,
            "shoot_script": {"script_type": "AUDIO", "audio_duration": 1e300},
        }
    ]
    job_id = create(emu, "2D", shoot_scripts=audio)
    pin(emu, job_id, "SUCCEED")
    assert show(emu, "2D", job_id)[1]["duration"] == 2**31 - 1


def test_fixtures_can_name_their_jobs(emu: Emulator) -> None:
    path = f"/_emulator/metastudio/{PROJECT}/jobs"
    job_id = "26f06524-4f75-4b3a-a853-b649a21aaf66"
    body = json.dumps({"job_id": job_id, "state": "WAITING"}).encode()
    assert emu.handle(Request("POST", path, "", {}, body)).status == 201
    assert show(emu, "2D", job_id)[1]["state"] == "WAITING"
    again = emu.handle(Request("POST", path, "", {}, body))
    assert again.status == 400 and b"exists already" in again.body


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_waiting_job_can_be_canceled_once(emu: Emulator, kind: str) -> None:
    job_id = create(emu, kind)
    assert cancel(emu, kind, job_id) == (200, None)
    assert show(emu, kind, job_id)[1]["state"] == "CANCELED"
    assert listed(emu, state="CANCELED") == [job_id]
    status, error = cancel(emu, kind, job_id)
    assert (status, error["error_code"]) == (400, "MSS.00000003")
    assert "CANCELED" in error["error_msg"]


@pytest.mark.parametrize("state", ["PROCESSING", "SUCCEED", "FAILED", "BLOCK"])
def test_only_waiting_jobs_can_be_canceled(emu: Emulator, state: str) -> None:
    job_id = create(emu, "2D")
    pin(emu, job_id, state)
    status, error = cancel(emu, "2D", job_id)
    assert (status, error["error_code"]) == (400, "MSS.00000003")
    assert show(emu, "2D", job_id)[1]["state"] == state


def test_unknown_jobs(emu: Emulator) -> None:
    avatar = create(emu, "2D")
    for kind, job_id in (("2D", "no-such-job"), ("Photo", avatar)):  # a 2D job is no photo job
        status, error = show(emu, kind, job_id)
        assert (status, error["error_code"]) == (404, "MSS.00000002")
        status, error = cancel(emu, kind, job_id)
        assert (status, error["error_code"]) == (400, "MSS.00000003")
    elsewhere = f"/_emulator/metastudio/{'f' * 32}/jobs"
    reply = emu.handle(Request("POST", elsewhere, "", {}, b"{}"))
    foreign = json.loads(reply.body)["job_id"]  # another project's job
    assert show(emu, "2D", foreign)[0] == 404


@pytest.mark.parametrize(
    ("kind", "body", "code"),
    [
        ("2D", b"{not json", "MSS.10000002"),
        ("2D", b"", "MSS.10000002"),  # the body is required, even if all its fields are not
        ("Photo", b"  ", "MSS.10000002"),
        ("2D", b"[]", "MSS.10000003"),
        ("2D", {"model_asset_id": "m", "colour": "red"}, "MSS.10000003"),
        ("2D", {"voice_config": {"speed": 100}}, "MSS.10000003"),  # no voice_asset_id
        ("2D", {"voice_config": {"voice_asset_id": "v", "speed": 300}}, "MSS.10000003"),
        ("2D", {"video_config": {"codec": "AV1", "bitrate": 1, "width": 1, "height": 1}}, None),
        ("2D", {"shoot_scripts": [{"shoot_script": {"script_type": "SPEECH"}}]}, None),
        ("2D", {"shoot_scripts": [{"shoot_script": {"text_config": {}}}]}, None),
        ("2D", {"callback_config": {"auth_type": "NONE"}}, None),  # no callback_url
        ("Photo", {"human_image": PHOTO, "output_asset_config": {"asset_name": "x"}}, None),
        ("Photo", {**body_of("Photo"), "shoot_scripts": scene("a") + scene("b")}, None),
        ("Photo", {**body_of("Photo"), "video_config": {"codec": "VP8"}}, None),
        ("Photo", {**body_of("Photo"), "video_config": {"bitrate": 4000}}, None),  # no codec
        ("Photo", {**body_of("Photo"), "model_asset_id": "m"}, None),  # a 2D field
    ],
)
def test_bodies_off_the_spec_are_refused(
    emu: Emulator, kind: str, body: Any, code: str | None
) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    status, error = send(emu, "POST", f"/{KINDS[kind]}", raw=raw)
    assert (status, error["error_code"]) == (400, code or "MSS.10000003")
    assert listed(emu) == []


def test_an_empty_2d_body_is_a_job_made_from_defaults(emu: Emulator) -> None:
    """The SDK marks no field of the 2D body required (a script_id may say everything)."""
    status, reply = send(emu, "POST", "/2d-digital-human-videos", {})
    assert status == 200
    assert listed(emu) == [reply["job_id"]]


def test_show_moves_a_job_on_in_polls_mode() -> None:
    emu = make_emulator(progression=Progression.POLLS)
    job_id = create(emu, "Photo")
    states = [show(emu, "Photo", job_id)[1]["state"] for _ in range(4)]
    assert states == ["WAITING", "PROCESSING", "SUCCEED", "SUCCEED"]
    _, done = show(emu, "Photo", job_id)
    assert done["output_asset_config"]["preview_video_url"].endswith("/preview.mp4")
    assert done["start_time"] <= done["end_time"]


def test_a_job_that_has_started_cannot_be_canceled_in_time_mode() -> None:
    emu = make_emulator(progression=Progression.TIME, step_seconds=5.0)
    early, late = create(emu, "2D"), create(emu, "Photo")
    assert cancel(emu, "2D", early)[0] == 200
    emu.context.clock.advance(6)
    assert cancel(emu, "Photo", late)[0] == 400
    assert show(emu, "Photo", late)[1]["state"] == "PROCESSING"
    emu.context.clock.advance(60)
    assert show(emu, "2D", early)[1]["state"] == "CANCELED"  # canceled stays canceled


# ---- the official SDK over HTTP ---------------------------------------------------------------


def sdk_client(huawei_sdk: types.SimpleNamespace, running: Running) -> Any:
    http = huawei_sdk.HttpConfig.get_default_config()
    http.retry_times = 0
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    return (
        huawei_sdk.v1.MetaStudioClient.new_builder()
        .with_credentials(huawei_sdk.BasicCredentials(ak, sk, PROJECT))
        .with_endpoints([f"http://{running.endpoint}"])
        .with_http_config(http)
        .build()
    )


def sdk_error(huawei_sdk: types.SimpleNamespace, call: Any) -> Any:
    with pytest.raises(huawei_sdk.ClientRequestException) as raised:
        call()
    uuid.UUID(raised.value.request_id)
    return raised.value


def sdk_scenes(v1: Any, text: str) -> list[Any]:
    script = v1.ShootScript(script_type="TEXT", text_config=v1.TextConfig(text=text))
    return [v1.ShootScriptItem(sequence_no=0, shoot_script=script)]


def test_sdk_creates_shows_lists_and_cancels(
    huawei_sdk: types.SimpleNamespace, emulator: Running
) -> None:
    v1 = huawei_sdk.v1
    client = sdk_client(huawei_sdk, emulator)
    avatar_ids = []
    for name in ("Beta", "Alpha"):
        body = v1.Create2DDigitalHumanVideoReq(
            model_asset_id="9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
            voice_config=v1.VoiceConfig(voice_asset_id="voice-1", speed=100),
            video_config=v1.VideoConfig(codec="H264", bitrate=5000, width=1080, height=1920),
            shoot_scripts=sdk_scenes(v1, f"I am {name}."),
            output_asset_config=v1.OutputAssetConfig(asset_name=name),
        )
        created = client.create2_d_digital_human_video(
            v1.Create2DDigitalHumanVideoRequest(body=body)
        )
        uuid.UUID(created.x_request_id)
        avatar_ids.append(created.job_id)
    photo = client.create_photo_digital_human_video(
        v1.CreatePhotoDigitalHumanVideoRequest(
            body=v1.CreatePhotoDigitalHumanVideoReq(
                human_image=PHOTO,
                video_config=v1.PhotoVideoConfig(codec="H264"),
                shoot_scripts=sdk_scenes(v1, "Hello from a photo."),
                output_asset_config=v1.OutputAssetConfig(asset_name="Gamma"),
            )
        )
    ).job_id

    shown = client.show2_d_digital_human_video(
        v1.Show2DDigitalHumanVideoRequest(job_id=avatar_ids[0], show_script=True)
    )
    assert (shown.state, shown.job_type, shown.model_asset_id) == (
        "WAITING",
        "2D_DIGITAL_HUMAN_VIDEO",
        "9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
    )
    assert shown.video_config.height == 1920
    assert shown.shoot_scripts[0].shoot_script.text_config.text == "I am Beta."
    shown_photo = client.show_photo_digital_human_video(
        v1.ShowPhotoDigitalHumanVideoRequest(job_id=photo)
    )
    assert (shown_photo.job_type, shown_photo.output_asset_config.asset_name) == (
        "DIGITAL_HUMAN_PHOTO_VIDEO",
        "Gamma",
    )
    assert shown_photo.human_image is None  # only with show_script

    page = client.list_digital_human_video(
        v1.ListDigitalHumanVideoRequest(
            job_type="2D_DIGITAL_HUMAN_VIDEO", sort_key="asset_order", sort_dir="asc"
        )
    )
    assert (page.count, [job.job_id for job in page.jobs]) == (2, avatar_ids[::-1])
    photos = client.list_digital_human_video(
        v1.ListDigitalHumanVideoRequest(job_type="PHOTO_DIGITAL_HUMAN_VIDEO", state="WAITING")
    )
    assert [job.job_id for job in photos.jobs] == [photo]

    canceled = client.cancel2_d_digital_human_video(
        v1.Cancel2DDigitalHumanVideoRequest(job_id=avatar_ids[1])
    )
    uuid.UUID(canceled.x_request_id)
    again = sdk_error(
        huawei_sdk,
        lambda: client.cancel2_d_digital_human_video(
            v1.Cancel2DDigitalHumanVideoRequest(job_id=avatar_ids[1])
        ),
    )
    assert (again.status_code, again.error_code) == (400, "MSS.00000003")
    left = client.list_digital_human_video(
        v1.ListDigitalHumanVideoRequest(state="CANCELED", job_ids=[*avatar_ids, photo])
    )
    assert [job.job_id for job in left.jobs] == [avatar_ids[1]]
    emulator.seed(f"/metastudio/{PROJECT}/jobs/{photo}/state", {"state": "PROCESSING"})
    busy = sdk_error(
        huawei_sdk,
        lambda: client.cancel_photo_digital_human_video(
            v1.CancelPhotoDigitalHumanVideoRequest(job_id=photo)
        ),
    )
    assert (busy.status_code, busy.error_code) == (400, "MSS.00000003")


def test_sdk_documented_errors(huawei_sdk: types.SimpleNamespace, emulator: Running) -> None:
    v1 = huawei_sdk.v1
    client = sdk_client(huawei_sdk, emulator)
    missing = sdk_error(
        huawei_sdk,
        lambda: client.show_photo_digital_human_video(
            v1.ShowPhotoDigitalHumanVideoRequest(job_id="no-such-job")
        ),
    )
    assert (missing.status_code, missing.error_code) == (404, "MSS.00000002")
    bad = v1.Create2DDigitalHumanVideoReq(
        voice_config=v1.VoiceConfig(voice_asset_id="voice-1", speed=10)
    )
    refused = sdk_error(
        huawei_sdk,
        lambda: client.create2_d_digital_human_video(v1.Create2DDigitalHumanVideoRequest(body=bad)),
    )
    assert (refused.status_code, refused.error_code) == (400, "MSS.10000003")
    assert "speed" in refused.error_msg
