"""One call to the emulator through each generated package, wherever the package lives.

Used by the dist tests (a wheel installed in a fresh virtual environment) and the
vendoring tests (a copy under another import path). The call runs in a separate
interpreter that gets the package's import path, so the same script proves that a
wheel works alone and that a vendored copy works without the original installed:
it reports every module it loaded whose top-level name is an original package's, and
which original packages the interpreter could import at all.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from emulator.config import DEFAULT_HUAWEI_PROJECT, DEFAULT_SDK_APP_ID
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running
from toolchain.distributions import generated_distributions

HUAWEI_TOKEN = "local-emulator-token"
ORIGINALS = sorted(d.package for d in generated_distributions())

PRELUDE = """
import importlib, json, sys, urllib.request
facts = json.loads(sys.argv[1])
def module(name=""):
    return importlib.import_module(facts["import_path"] + name)
"""
EPILOGUE = f"""
import importlib.util
originals = {ORIGINALS!r}
print(json.dumps({{
    "result": result,
    "file": module().__file__,
    "originals_loaded": sorted(name for name in sys.modules if name.split(".")[0] in originals),
    "originals_importable": [name for name in originals if importlib.util.find_spec(name)],
}}))
"""
CALLS = {
    "tencentcloud-tiw-client": """
package = module()
describe = module(".api.recording.describe_online_record")
Request = module(".models").DescribeOnlineRecordRequest
client = package.connect(facts["secret_id"], facts["secret_key"], endpoint=facts["endpoint"])
record = describe.call(client=client, body=Request(sdk_app_id=facts["app"], task_id=facts["id"]))
try:
    describe.call(client=client, body=Request(sdk_app_id=facts["app"], task_id="missing"))
    error = None
except package.TencentCloudError as caught:
    error = caught.code
result = {"status": record.status, "room_id": record.room_id, "error": error}
""",
    "tencentcloud-vclm-client": """
package = module()
describe = module(".api.video_stylization.describe_video_stylization_job")
Request = module(".models").DescribeVideoStylizationJobRequest
client = package.connect(
    facts["secret_id"], facts["secret_key"], endpoint=facts["endpoint"], region="ap-guangzhou"
)
job = describe.call(client=client, body=Request(job_id=facts["id"]))
result = {"status_code": job.status_code}
""",
    "huaweicloud-metastudio-client": """
package = module()
listing = module(".api.video_production.list_digital_human_video")
client = package.connect(
    facts["ak"], facts["sk"], project_id=facts["project"], endpoint=facts["endpoint"]
)
page = listing.sync(client=client, project_id=facts["project"], state="SUCCEED")
result = {"count": page.count, "names": [job.output_asset_config.asset_name for job in page.jobs]}
""",
    # The models package has no client: the reply is fetched with the standard library
    # (token authentication needs no signing) and read with the package's models.
    "videoapi-models": """
url = f"{facts['endpoint']}/v1/{facts['project']}/digital-human-videos?state=SUCCEED"
request = urllib.request.Request(url, headers={"X-Auth-Token": facts["token"]})
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
with opener.open(request, timeout=30) as reply:
    page = module(".metastudio").ListDigitalHumanVideoResponse.model_validate_json(reply.read())
result = {"count": page.count, "names": [job.output_asset_config.asset_name for job in page.jobs]}
""",
}


def seed(emulator: Running, distribution: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Tasks in a fresh emulator for `distribution`'s call: the call's facts, and its result."""
    facts: dict[str, Any] = {"endpoint": f"http://{emulator.endpoint}"}
    if distribution == "tencentcloud-tiw-client":
        room = 41
        task = emulator.seed(
            "/tiw/recording-tasks",
            {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": room, "State": "FINISHED"},
        )
        facts |= {"secret_id": SECRET_ID, "secret_key": SECRET_KEY}
        facts |= {"app": DEFAULT_SDK_APP_ID, "id": task["TaskId"]}
        return facts, {
            "status": "FINISHED",
            "room_id": room,
            "error": "InvalidParameter.TaskNotFound",
        }
    if distribution == "tencentcloud-vclm-client":
        job = emulator.seed("/vclm/stylization-jobs", {"State": "JobSuccess"})
        facts |= {"secret_id": SECRET_ID, "secret_key": SECRET_KEY, "id": job["JobId"]}
        return facts, {"status_code": "JobSuccess"}
    project = DEFAULT_HUAWEI_PROJECT
    emulator.seed(f"/metastudio/{project}/jobs", {"asset_name": "One Day", "state": "SUCCEED"})
    emulator.seed(f"/metastudio/{project}/jobs", {"asset_name": "Two Days", "state": "FAILED"})
    facts |= {"ak": HUAWEI_AK, "sk": HUAWEI_SK, "project": project, "token": HUAWEI_TOKEN}
    return facts, {"count": 1, "names": ["One Day"]}


def run_call(
    python: Path,
    distribution: str,
    import_path: str,
    facts: dict[str, Any],
    cwd: Path,
    pythonpath: Path | None = None,
) -> dict[str, Any]:
    """Run `distribution`'s call in `python`; what it printed (result, modules, package file)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"))
    }
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    script = PRELUDE + CALLS[distribution] + EPILOGUE
    completed = subprocess.run(
        [str(python), "-c", script, json.dumps({**facts, "import_path": import_path})],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    output: dict[str, Any] = json.loads(completed.stdout)
    return output
