"""Our generated clients against the emulator: the same operations and errors."""

from __future__ import annotations

import sys

import pytest

from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    Config,
    Progression,
)
from speclib.catalog import REPOSITORY
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

for name in (
    "tencentcloud-tiw-client",
    "tencentcloud-vclm-client",
    "huaweicloud-metastudio-client",
):
    sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / name))

from huaweicloud_metastudio_client import HuaweiCloudError  # noqa: E402
from huaweicloud_metastudio_client import connect as connect_metastudio  # noqa: E402
from huaweicloud_metastudio_client.api.video_production import (  # noqa: E402
    cancel_2d_digital_human_video,
    cancel_photo_digital_human_video,
    create_2d_digital_human_video,
    create_photo_digital_human_video,
    list_digital_human_video,
    show_2d_digital_human_video,
    show_photo_digital_human_video,
)
from huaweicloud_metastudio_client.models import (  # noqa: E402
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoResponse,
    CreatePhotoDigitalHumanVideoReq,
    CreatePhotoDigitalHumanVideoResponse,
    ListDigitalHumanVideoResponse,
    OutputAssetConfig,
    OutputAssetInfo,
    PhotoVideoConfig,
    ShootScript,
    ShootScriptItem,
    ShootScriptOutput,
    Show2DDigitalHumanVideoResponse,
    ShowPhotoDigitalHumanVideoResponse,
    TextConfig,
    TextConfigOutput,
    VideoConfig,
    VideoConfigOutput,
    VoiceConfig,
)
from tencentcloud_tiw_client import TencentCloudError  # noqa: E402
from tencentcloud_tiw_client import connect as connect_tiw  # noqa: E402
from tencentcloud_tiw_client.api.recording import describe_online_record  # noqa: E402
from tencentcloud_tiw_client.models import DescribeOnlineRecordRequest  # noqa: E402
from tencentcloud_vclm_client import TencentCloudError as VclmError  # noqa: E402
from tencentcloud_vclm_client import connect as connect_vclm  # noqa: E402
from tencentcloud_vclm_client.api.video_stylization import (  # noqa: E402
    describe_video_stylization_job,
    submit_video_stylization_job,
)
from tencentcloud_vclm_client.models import (  # noqa: E402
    DescribeVideoStylizationJobRequest,
    SubmitVideoStylizationJobRequest,
)


def test_generated_tiw_client(emulator: Running) -> None:
    task_id = emulator.seed(
        "/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 7, "State": "FINISHED"}
    )["TaskId"]
    client = connect_tiw(SECRET_ID, SECRET_KEY, endpoint=f"http://{emulator.endpoint}")
    output = describe_online_record.call(
        client=client,
        body=DescribeOnlineRecordRequest(sdk_app_id=DEFAULT_SDK_APP_ID, task_id=task_id),
    )
    assert (output.status, output.room_id) == ("FINISHED", 7)
    with pytest.raises(TencentCloudError) as caught:
        describe_online_record.call(
            client=client,
            body=DescribeOnlineRecordRequest(sdk_app_id=DEFAULT_SDK_APP_ID, task_id="missing"),
        )
    assert caught.value.code == "InvalidParameter.TaskNotFound"
    wrong = connect_tiw(SECRET_ID, "wrong-key", endpoint=f"http://{emulator.endpoint}")
    with pytest.raises(TencentCloudError, match="SignatureFailure"):
        describe_online_record.call(
            client=wrong,
            body=DescribeOnlineRecordRequest(sdk_app_id=DEFAULT_SDK_APP_ID, task_id=task_id),
        )


def test_generated_vclm_client(emulator: Running) -> None:
    job_id = emulator.seed("/vclm/stylization-jobs", {"State": "JobSuccess"})["JobId"]
    client = connect_vclm(
        SECRET_ID, SECRET_KEY, endpoint=f"http://{emulator.endpoint}", region="ap-guangzhou"
    )
    output = describe_video_stylization_job.call(
        client=client, body=DescribeVideoStylizationJobRequest(job_id=job_id)
    )
    assert output.status_code == "JobSuccess"


def test_generated_metastudio_client(emulator: Running) -> None:
    project = DEFAULT_HUAWEI_PROJECT
    emulator.seed(f"/metastudio/{project}/jobs", {"asset_name": "One Day", "state": "SUCCEED"})
    emulator.seed(f"/metastudio/{project}/jobs", {"asset_name": "Two Days", "state": "FAILED"})
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    client = connect_metastudio(ak, sk, project_id=project, endpoint=f"http://{emulator.endpoint}")
    page = list_digital_human_video.sync(client=client, project_id=project, state="SUCCEED")
    assert isinstance(page, ListDigitalHumanVideoResponse) and page.count == 1
    assert isinstance(page.jobs, list) and isinstance(
        page.jobs[0].output_asset_config, OutputAssetInfo
    )
    assert page.jobs[0].output_asset_config.asset_name == "One Day"
    wrong = connect_metastudio(
        ak, "wrong", project_id=project, endpoint=f"http://{emulator.endpoint}"
    )
    with pytest.raises(HuaweiCloudError) as caught:
        list_digital_human_video.sync(client=wrong, project_id=project)
    assert (caught.value.status_code, caught.value.error_code) == (401, "APIG.0301")
    assert caught.value.request_id


def test_generated_vclm_client_submits_and_polls_to_success() -> None:
    with serve(Config(progression=Progression.POLLS)) as running:
        client = connect_vclm(
            SECRET_ID, SECRET_KEY, endpoint=f"http://{running.endpoint}", region="ap-guangzhou"
        )
        submitted = submit_video_stylization_job.call(
            client=client,
            body=SubmitVideoStylizationJobRequest(
                style_id="2d_anime", video_url="https://example.com/input.mov"
            ),
        )
        assert isinstance(submitted.job_id, str)
        states: list[str] = []
        while not states or states[-1] not in ("JobSuccess", "JobFailed", "JobModerationFailed"):
            assert len(states) < 5, states
            output = describe_video_stylization_job.call(
                client=client, body=DescribeVideoStylizationJobRequest(job_id=submitted.job_id)
            )
            assert isinstance(output.status_code, str)
            states.append(output.status_code)
        assert states == ["JobInit", "JobRunning", "JobSuccess"]
        assert str(output.result_video_url).endswith("/result.mp4")
        with pytest.raises(VclmError) as caught:
            submit_video_stylization_job.call(
                client=client,
                body=SubmitVideoStylizationJobRequest(
                    style_id="3d_china", video_url="https://example.com/input.gif"
                ),
            )
        assert caught.value.code == "InvalidParameterValue.InvalidVideoFormat"
        assert spec_problems(running) == []


def avatar_request(name: str) -> Create2DDigitalHumanVideoReq:
    scene = ShootScript(script_type="TEXT", text_config=TextConfig(text=f"This is {name}."))
    return Create2DDigitalHumanVideoReq(
        model_asset_id="9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
        voice_config=VoiceConfig(voice_asset_id="voice-1"),
        video_config=VideoConfig(bitrate=5000, width=1280, height=720),
        shoot_scripts=[ShootScriptItem(sequence_no=0, shoot_script=scene)],
        output_asset_config=OutputAssetConfig(asset_name=name),
    )


def test_generated_metastudio_client_job_workflow(emulator: Running) -> None:
    project = DEFAULT_HUAWEI_PROJECT
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    client = connect_metastudio(ak, sk, project_id=project, endpoint=f"http://{emulator.endpoint}")
    ids: list[str] = []
    for name in ("second", "first"):
        created = create_2d_digital_human_video.sync(
            client=client, project_id=project, body=avatar_request(name)
        )
        assert isinstance(created, Create2DDigitalHumanVideoResponse)
        # Optional in the SDK's model of the reply, hence in the spec; the emulator sets it.
        assert isinstance(created.job_id, str)
        ids.append(created.job_id)
    photo = create_photo_digital_human_video.sync(
        client=client,
        project_id=project,
        body=CreatePhotoDigitalHumanVideoReq(
            human_image="aGVsbG8=",
            video_config=PhotoVideoConfig(codec="H264"),
            shoot_scripts=[
                ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text="Hi.")))
            ],
            output_asset_config=OutputAssetConfig(asset_name="photo"),
        ),
    )
    assert isinstance(photo, CreatePhotoDigitalHumanVideoResponse)
    assert isinstance(photo.job_id, str)
    photo_id = photo.job_id

    shown = show_2d_digital_human_video.sync(
        client=client, project_id=project, job_id=ids[0], show_script=True
    )
    assert isinstance(shown, Show2DDigitalHumanVideoResponse)
    asset, video, scenes = shown.output_asset_config, shown.video_config, shown.shoot_scripts
    assert isinstance(asset, OutputAssetInfo) and (shown.state, asset.asset_name) == (
        "WAITING",
        "second",
    )
    assert isinstance(video, VideoConfigOutput) and video.width == 1280
    assert isinstance(scenes, list) and isinstance(scenes[0].shoot_script, ShootScriptOutput)
    assert isinstance(scenes[0].shoot_script.text_config, TextConfigOutput)
    assert scenes[0].shoot_script.text_config.text == "This is second."
    shown_photo = show_photo_digital_human_video.sync(
        client=client, project_id=project, job_id=photo_id, show_script=True
    )
    assert isinstance(shown_photo, ShowPhotoDigitalHumanVideoResponse)
    assert (shown_photo.job_type, shown_photo.human_image) == (
        "DIGITAL_HUMAN_PHOTO_VIDEO",
        "aGVsbG8=",
    )

    page = list_digital_human_video.sync(
        client=client, project_id=project, job_type="2D_DIGITAL_HUMAN_VIDEO", sort_key="asset_order"
    )
    assert isinstance(page, ListDigitalHumanVideoResponse) and isinstance(page.jobs, list)
    assert [job.job_id for job in page.jobs] == ids[::-1]

    canceled = cancel_2d_digital_human_video.sync_detailed(
        client=client, project_id=project, job_id=ids[0]
    )
    assert (canceled.status_code, canceled.content) == (200, b"")
    assert canceled.headers["X-Request-Id"]
    with pytest.raises(HuaweiCloudError) as caught:
        cancel_2d_digital_human_video.sync_detailed(
            client=client, project_id=project, job_id=ids[0]
        )
    assert (caught.value.status_code, caught.value.error_code) == (400, "MSS.00000003")
    with pytest.raises(HuaweiCloudError) as caught:
        show_photo_digital_human_video.sync(client=client, project_id=project, job_id=ids[1])
    assert (caught.value.status_code, caught.value.error_code) == (404, "MSS.00000002")
    cancel_photo_digital_human_video.sync_detailed(
        client=client, project_id=project, job_id=photo_id
    )
    page = list_digital_human_video.sync(client=client, project_id=project, state="CANCELED")
    assert isinstance(page, ListDigitalHumanVideoResponse) and isinstance(page.jobs, list)
    assert {job.job_id for job in page.jobs} == {ids[0], photo.job_id}
