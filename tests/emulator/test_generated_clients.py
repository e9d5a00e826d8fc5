"""Our generated clients against the emulator: the same operations and errors."""

from __future__ import annotations

import sys

import pytest

from emulator.config import DEFAULT_HUAWEI_CREDENTIALS, DEFAULT_HUAWEI_PROJECT, DEFAULT_SDK_APP_ID
from generator.catalog import REPOSITORY
from tests.emulator.conftest import SECRET_ID, SECRET_KEY, Running

for name in (
    "tencentcloud-tiw-client",
    "tencentcloud-vclm-client",
    "huaweicloud-metastudio-client",
):
    sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / name))

from huaweicloud_metastudio_client import HuaweiCloudError  # noqa: E402
from huaweicloud_metastudio_client import connect as connect_metastudio  # noqa: E402
from huaweicloud_metastudio_client.api.video_production import list_digital_human_video  # noqa: E402
from huaweicloud_metastudio_client.models import ListDigitalHumanVideoResponse, OutputAssetInfo  # noqa: E402
from tencentcloud_tiw_client import TencentCloudError  # noqa: E402
from tencentcloud_tiw_client import connect as connect_tiw  # noqa: E402
from tencentcloud_tiw_client.api.recording import describe_online_record  # noqa: E402
from tencentcloud_tiw_client.models import DescribeOnlineRecordRequest  # noqa: E402
from tencentcloud_vclm_client import connect as connect_vclm  # noqa: E402
from tencentcloud_vclm_client.api.video_stylization import describe_video_stylization_job  # noqa: E402
from tencentcloud_vclm_client.models import DescribeVideoStylizationJobRequest  # noqa: E402


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
