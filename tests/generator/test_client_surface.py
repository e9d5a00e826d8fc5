"""What a user of the generated packages relies on: `mypy --strict` accepts code using
each service client with no narrowing of impossible branches, and the packages work
with the lowest and the highest httpx their requirement allows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from emulator.config import DEFAULT_HUAWEI_PROJECT, Config, Progression
from generator.clients import REQUIREMENTS
from speclib.catalog import REPOSITORY
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY
from tests.support.emulator_server import serve
from tests.support.venvs import UV

CLIENTS = REPOSITORY / "generated" / "clients"
PACKAGE_DIRS = [
    CLIENTS / "tencentcloud-tiw-client",
    CLIENTS / "tencentcloud-vclm-client",
    CLIENTS / "huaweicloud-metastudio-client",
]

USER_SCRIPT = '''
"""A user's code: no isinstance checks for branches that cannot happen."""

import asyncio

from huaweicloud_metastudio_client import AsyncMetaStudioClient, HuaweiCloudError, MetaStudioClient
from huaweicloud_metastudio_client.models import DigitalHumanVideo
from huaweicloud_metastudio_client.types import Unset
from tencentcloud_tiw_client import ClientError, TencentCloudError, TiwClient
from tencentcloud_tiw_client.models import DescribeOnlineRecordResponse
from tencentcloud_vclm_client import AsyncVclmClient, JobFailed, VclmClient

ENDPOINT = "http://127.0.0.1:8080"


def recording(task_id: str) -> int:
    with TiwClient(endpoint=ENDPOINT) as client:
        try:
            record: DescribeOnlineRecordResponse = client.describe_online_record(
                sdk_app_id=1400000001, task_id=task_id
            )
        except TencentCloudError as error:
            print(error.code, error.message, error.request_id)
            raise
        except ClientError as error:
            print(error.request_id)
            raise
        status: str = record.status
        print(status.lower(), record.finish_reason)
        done = client.wait_until_online_record_finished(
            sdk_app_id=1400000001, task_id=task_id, timeout=60.0
        )
        return record.total_time + done.total_time


def stylize(url: str) -> str:
    with VclmClient(endpoint=ENDPOINT, region="ap-guangzhou") as client:
        job = client.describe_video_stylization_job(job_id=url)
        try:
            finished = client.wait_until_video_stylization_job_finished(job_id=url, interval=1.0)
        except JobFailed as failed:
            return str(failed.status)
        # StatusCode is optional in the spec: Unset is a real branch, str() covers it.
        return job.request_id + str(finished.status_code)


def videos() -> list[str]:
    with MetaStudioClient(endpoint=ENDPOINT) as client:
        created = client.create_2d_digital_human_video(model_asset_id="m")
        # job_id is optional in the SDK's model of this reply (so in the spec): a real branch.
        if isinstance(created.job_id, Unset):
            raise RuntimeError("the reply named no job")
        shown = client.show_2d_digital_human_video(job_id=created.job_id)
        client.cancel_2d_digital_human_video(job_id=created.job_id)
        print(shown.state)
        every: list[DigitalHumanVideo] = list(client.iter_digital_human_videos(page_size=50))
        try:
            client.show_photo_digital_human_video(job_id="missing")
        except HuaweiCloudError as error:
            print(error.status_code, error.code, error.message, error.request_id)
        return [shown.job_id] + [str(job.job_id) for job in every]


async def concurrently() -> tuple[str, int]:
    async with AsyncVclmClient(endpoint=ENDPOINT) as vclm, AsyncMetaStudioClient(
        endpoint=ENDPOINT
    ) as metastudio:
        job, shown = await asyncio.gather(
            vclm.wait_until_video_stylization_job_finished(job_id="j"),
            metastudio.show_photo_digital_human_video(job_id="j"),
        )
        count = 0
        async for _ in metastudio.iter_digital_human_videos():
            count += 1
        return str(job.status_code) + shown.job_id, count
'''

# The same calls read wrongly: mypy must refuse each line (so the check can fail).
WRONG_SCRIPT = """
from tencentcloud_tiw_client import TiwClient
from huaweicloud_metastudio_client import MetaStudioClient

client = TiwClient()
total: str = client.describe_online_record(sdk_app_id=1, task_id="t").total_time
client.describe_online_record(sdk_app_id="one", task_id="t")
client.describe_online_record(task_id="t")
MetaStudioClient().show_2d_digital_human_video(project_id="p", job_id="j")
"""


def run_mypy(script: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(d) for d in PACKAGE_DIRS)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={cache}", str(script)],
        cwd=script.parent,
        env=env,
        capture_output=True,
        text=True,
    )


def test_mypy_strict_accepts_a_user_script_and_refuses_wrong_calls(tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(USER_SCRIPT)
    result = run_mypy(user, tmp_path / "cache")
    assert result.returncode == 0, result.stdout
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG_SCRIPT)
    result = run_mypy(wrong, tmp_path / "cache")
    lines = {int(line.split(":")[1]) for line in result.stdout.splitlines() if ": error:" in line}
    assert lines == {6, 7, 8, 9}, result.stdout


# The lowest and the highest httpx of the requirement

HTTPX_BOUNDS = {"lowest": "httpx==0.27.0", "highest": "httpx==0.28.1"}
VENVS = REPOSITORY / "build" / "test-venvs"

PROBE = textwrap.dedent(
    """
    import asyncio, json, sys
    import httpx
    from tencentcloud_tiw_client import DeadlineExceeded, NetworkError, TiwClient
    from tencentcloud_tiw_client import TencentCloudError
    from tencentcloud_vclm_client import AsyncVclmClient, VclmClient
    from huaweicloud_metastudio_client import MetaStudioClient

    endpoint, hanging, closed, secret_id, secret_key, ak, sk, project = sys.argv[1:]
    result = {"httpx": httpx.__version__}
    with VclmClient(secret_id, secret_key, endpoint=endpoint) as vclm:
        job = vclm.submit_video_stylization_job(
            style_id="2d_anime", video_url="https://example.com/a.mov"
        )
        done = vclm.wait_until_video_stylization_job_finished(job_id=job.job_id, interval=0.01)
        result["vclm"] = done.status_code

    async def in_async():
        async with AsyncVclmClient(secret_id, secret_key, endpoint=endpoint) as client:
            out = await client.describe_video_stylization_job(job_id=job.job_id)
            return out.status_code

    result["vclm_async"] = asyncio.run(in_async())
    with MetaStudioClient(ak, sk, project_id=project, endpoint=endpoint) as hw:
        result["jobs"] = len(list(hw.iter_digital_human_videos(page_size=2)))
    with TiwClient(secret_id, secret_key, endpoint=endpoint) as tiw:
        try:
            tiw.describe_online_record(sdk_app_id=1400000001, task_id="missing")
        except TencentCloudError as error:
            result["api_error"] = error.code
    with TiwClient(secret_id, secret_key, endpoint=hanging, timeout=0.3) as tiw:
        try:
            tiw.describe_online_record(sdk_app_id=1400000001, task_id="t")
        except DeadlineExceeded:
            result["deadline"] = True
    with TiwClient(secret_id, secret_key, endpoint=closed) as tiw:
        try:
            tiw.start_online_record(
                sdk_app_id=1, room_id=1, record_user_id="u", record_user_sig="s"
            )
        except NetworkError as error:
            result["network"] = type(error).__name__
    print(json.dumps(result))
    """
)


def venv_with(requirement: str) -> Path:
    """A venv (cached under build/) with only `requirement` and attrs: the packages' needs."""
    venv = VENVS / requirement.replace("==", "-")
    python = venv / "bin" / "python"
    marker = venv / ".ready"
    attrs = REQUIREMENTS["attrs"]
    if not marker.exists():
        env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
        env.pop("VIRTUAL_ENV", None)
        subprocess.run(
            [str(UV), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, env=env
        )
        subprocess.run(
            [str(UV), "pip", "install", "--quiet", "--python", str(python), requirement, attrs],
            check=True,
            env=env,
        )
        marker.write_text(requirement)
    return python


def test_the_requirement_spans_both_bounds() -> None:
    assert REQUIREMENTS["httpx"] == "httpx>=0.27,<1"
    assert HTTPX_BOUNDS["lowest"].startswith("httpx==0.27.")


@pytest.mark.parametrize("bound", sorted(HTTPX_BOUNDS))
def test_the_clients_work_with_each_bound_of_httpx(bound: str, tmp_path: Path) -> None:
    python = venv_with(HTTPX_BOUNDS[bound])
    project = DEFAULT_HUAWEI_PROJECT
    with (
        serve(Config(progression=Progression.POLLS)) as running,
        socket.socket() as hanging,
        socket.socket() as gone,
    ):
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(4)
        gone.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{gone.getsockname()[1]}"  # bound, never listening
        for n in range(5):
            running.seed(f"/metastudio/{project}/jobs", {"asset_name": f"job {n}"})
        env = {
            "PATH": os.environ["PATH"],
            "PYTHONPATH": os.pathsep.join(str(d) for d in PACKAGE_DIRS),
        }
        result = subprocess.run(
            [
                str(python),
                "-c",
                PROBE,
                f"http://{running.endpoint}",
                f"http://127.0.0.1:{hanging.getsockname()[1]}",
                closed,
                SECRET_ID,
                SECRET_KEY,
                HUAWEI_AK,
                HUAWEI_SK,
                project,
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "httpx": HTTPX_BOUNDS[bound].split("==")[1],
        "vclm": "JobSuccess",
        "vclm_async": "JobSuccess",
        "jobs": 5,
        "api_error": "InvalidParameter.TaskNotFound",
        "deadline": True,
        "network": "NetworkError",
    }
