"""The application under test: a small service that turns finished classroom recordings
(Tencent TIW) into videos, submits stylization jobs (Tencent VCLM) and reports
digital-human videos (Huawei MetaStudio). It knows nothing of the emulator."""

from __future__ import annotations

from huaweicloud_metastudio_client import MetaStudioClient
from tencentcloud_tiw_client import TiwClient
from tencentcloud_vclm_client import VclmClient


def publish_lesson(client: TiwClient, sdk_app_id: int, recording_task_id: str) -> str:
    """Wait for the recording to finish, then ask for its video; the video task's ID."""
    client.wait_until_online_record_finished(
        sdk_app_id=sdk_app_id, task_id=recording_task_id, interval=0.05
    )
    video = client.create_video_generation_task(
        sdk_app_id=sdk_app_id, online_record_task_id=recording_task_id
    )
    return str(video.task_id)


def recording_status(client: TiwClient, sdk_app_id: int, task_id: str) -> str:
    return str(client.describe_online_record(sdk_app_id=sdk_app_id, task_id=task_id).status)


def stylize(client: VclmClient, video_url: str) -> str:
    """Submit a stylization job and wait for its result; its final status."""
    job = client.submit_video_stylization_job(style_id="2d_anime", video_url=video_url)
    done = client.wait_until_video_stylization_job_finished(job_id=str(job.job_id), interval=0.05)
    return str(done.status_code)


def finished_videos(client: MetaStudioClient) -> list[str]:
    """The IDs of the project's digital-human videos that are done."""
    page = client.list_digital_human_video(state="SUCCEED")
    return sorted(str(job.job_id) for job in page.jobs or [])
