"""VCLM through the fixture: a job submitted by the application, seen to its end."""

from __future__ import annotations

import pytest
from tencentcloud_vclm_client import VclmClient
from video_app import stylize  # type: ignore[import-not-found]  # on the path when run

from emulator.pytest_plugin import VideoApiEmulator


@pytest.mark.videoapi_emulator(progression="polls")
def test_a_stylization_job_runs_to_success(videoapi_emulator: VideoApiEmulator) -> None:
    emulator = videoapi_emulator
    with VclmClient(
        *emulator.tencent_credentials, region="ap-guangzhou", **emulator.client_settings
    ) as client:
        assert stylize(client, "https://example.com/lesson.mp4") == "JobSuccess"


@pytest.mark.videoapi_emulator(progression="manual")
def test_a_failed_job_is_reported(videoapi_emulator: VideoApiEmulator) -> None:
    emulator = videoapi_emulator
    job = emulator.admin.seed_vclm_stylization(State="JobFailed")
    with VclmClient(
        *emulator.tencent_credentials, region="ap-guangzhou", **emulator.client_settings
    ) as client:
        assert client.describe_video_stylization_job(job_id=job).status_code == "JobFailed"
