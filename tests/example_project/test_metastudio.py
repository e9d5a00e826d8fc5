"""MetaStudio through the fixture: jobs seeded in the bound project, listed by the app."""

from __future__ import annotations

from huaweicloud_metastudio_client import MetaStudioClient
from video_app import finished_videos  # type: ignore[import-not-found]  # on the path when run

from emulator.pytest_plugin import VideoApiEmulator


def test_the_app_lists_the_finished_videos(videoapi_emulator: VideoApiEmulator) -> None:
    emulator = videoapi_emulator
    done = emulator.admin.seed_metastudio_job(state="SUCCEED")
    emulator.admin.seed_metastudio_job(state="WAITING")
    with MetaStudioClient(
        *emulator.huawei_credentials,
        project_id=emulator.huawei_project,
        **emulator.client_settings,
    ) as client:
        assert finished_videos(client) == [done]
