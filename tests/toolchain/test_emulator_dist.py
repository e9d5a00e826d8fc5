"""The videoapi-emulator distribution (toolchain/emulator_dist.py): reproducible, with its
provenance and the bundled specs, none of the toolchain, the generator or the generated
clients; installed into a fresh virtual environment with no checkout on the path, its
console script serves the official Tencent SDK and a Huawei SDK-HMAC call, and its pytest
plugin (loaded by its entry point alone) runs the example project."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tiw.v20190919 import models, tiw_client

from clouds.huaweicloud import sdk_hmac
from emulator.config import DEFAULT_HUAWEI_PROJECT, DEFAULT_SDK_APP_ID, HttpServer
from speclib.catalog import REPOSITORY
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY
from tests.support.emulator_server import free_port
from tests.support.venvs import fresh_venv
from toolchain.dist import EXTRA_METADATA_FILE
from toolchain.emulator_dist import build_emulator, emulator_revision

GENERATED_CLIENTS = sorted((REPOSITORY / "generated" / "clients").iterdir())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_emulator(tmp_path_factory.mktemp("emulator-dist"))


def wheel_files(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_wheel_carries_the_emulator_its_specs_and_entry_points(
    built: tuple[Path, Path],
) -> None:
    _, wheel = built
    assert wheel.name == "videoapi_emulator-0.1.0-py3-none-any.whl"
    files = wheel_files(wheel)
    tops = {name.split("/", 1)[0] for name in files}
    assert tops == {"emulator", "speclib", "clouds", "videoapi_emulator-0.1.0.dist-info"}
    for bundle in sorted((REPOSITORY / "generated" / "openapi").glob("*/*/*/openapi.json")):
        shipped = "emulator/_specs/" + str(bundle.relative_to(REPOSITORY / "generated/openapi"))
        assert files[shipped] == bundle.read_bytes(), shipped
    info = "videoapi_emulator-0.1.0.dist-info"
    entry_points = files[f"{info}/entry_points.txt"].decode()
    assert "videoapi-emulator = emulator.cli:main" in entry_points
    assert "[pytest11]\nvideoapi_emulator = emulator.pytest_plugin" in entry_points
    provenance = json.loads(files[f"{info}/extra_metadata/{EXTRA_METADATA_FILE}"])
    assert provenance["distribution"] == "videoapi-emulator"
    assert provenance["source_commit"] == emulator_revision().commit
    assert set(provenance["specs"]) == {
        "specs/huaweicloud/metastudio/v1/openapi.yaml",
        "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
        "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    }
    for spec, digest in provenance["specs"].items():
        assert hashlib.sha256((REPOSITORY / spec).read_bytes()).hexdigest() == digest
    metadata = files[f"{info}/METADATA"].decode()
    assert "Requires-Dist: granian" in metadata and "Requires-Dist: uvicorn" in metadata
    assert "## Provenance" in metadata


def test_two_builds_are_byte_identical(built: tuple[Path, Path], tmp_path: Path) -> None:
    sdist, wheel = build_emulator(tmp_path, revision=emulator_revision())
    assert wheel.read_bytes() == built[1].read_bytes()
    assert sdist.read_bytes() == built[0].read_bytes()


@pytest.fixture(scope="module")
def venv(built: tuple[Path, Path]) -> Path:
    """A fresh environment with the wheel, pytest and the generated clients (an
    application's test environment); no checkout on its path. Kept under build/ for the
    next run, by the digest of what went in (the wheel is byte-for-byte reproducible)."""
    digest = hashlib.sha256(built[1].read_bytes())
    for client in GENERATED_CLIENTS:
        for path in sorted(client.rglob("*.py")):
            digest.update(path.read_bytes())
    root = REPOSITORY / "build" / "venvs" / f"emulator-{digest.hexdigest()[:16]}"
    python = root / "bin" / "python"
    if (root / "complete").is_file():
        return python
    shutil.rmtree(root, ignore_errors=True)
    fresh_venv(root, str(built[1]), "pytest", *map(str, GENERATED_CLIENTS))
    (root / "complete").write_text("")
    return python


def outside_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "PYTHONSAFEPATH": "1"}


def test_the_installed_package_does_not_reach_into_a_checkout(venv: Path, tmp_path: Path) -> None:
    probe = (
        "import importlib.util, json, emulator.schemas as s\n"
        "print(json.dumps({'schemas': str(s.GENERATED), 'emulator': s.__file__,"
        " 'absent': [m for m in ('toolchain', 'generator', 'contract')"
        " if importlib.util.find_spec(m) is None]}))"
    )
    result = subprocess.run(
        [str(venv), "-c", probe], cwd=tmp_path, env=outside_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["absent"] == ["toolchain", "generator", "contract"]
    site = venv.parent.parent / "lib" / "python3.11" / "site-packages"
    assert found["emulator"] == str(site / "emulator" / "schemas.py")
    assert found["schemas"] == str(site / "emulator" / "_specs")


@pytest.fixture
def console_script(venv: Path, tmp_path: Path) -> Iterator[str]:
    """`videoapi-emulator` from the fresh environment, on a free loopback port."""
    port = free_port()
    script = venv.parent / "videoapi-emulator"
    process = subprocess.Popen(
        [str(script), "--port", str(port), "--callback-targets", "loopback"],
        cwd=tmp_path,
        env=outside_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    endpoint = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            try:
                if httpx.get(f"http://{endpoint}/_emulator/state").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "videoapi-emulator did not answer"
            time.sleep(0.1)
        yield endpoint
    finally:
        process.terminate()
        process.wait(10)
        if process.stderr is not None:
            process.stderr.close()


def test_the_console_script_names_itself_in_its_help(venv: Path, tmp_path: Path) -> None:
    script = venv.parent / "videoapi-emulator"
    result = subprocess.run(
        [str(script), "--help"], cwd=tmp_path, env=outside_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: videoapi-emulator "), result.stdout[:80]
    choices = ",".join(server.value for server in HttpServer)
    assert f"--server {{{choices}}}" in result.stdout


def test_the_console_script_serves_the_official_sdk(console_script: str) -> None:
    seeded = httpx.post(
        f"http://{console_script}/_emulator/tiw/recording-tasks",
        json={"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 11},
    )
    task_id = seeded.json()["TaskId"]
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=console_script, protocol="http"))
    client = tiw_client.TiwClient(
        credential.Credential(SECRET_ID, SECRET_KEY), "ap-singapore", profile
    )
    request = models.DescribeOnlineRecordRequest()
    request.from_json_string(json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": task_id}))
    reply = json.loads(client.DescribeOnlineRecord(request).to_json_string())
    assert (reply["TaskId"], reply["RoomId"]) == (task_id, 11)
    # Huawei, signed with SDK-HMAC-SHA256 by clouds/ (outside the environment).
    path = f"/v1/{DEFAULT_HUAWEI_PROJECT}/digital-human-videos"
    headers = {
        "Host": console_script,
        "Content-Type": "application/json",
        sdk_hmac.DATE_HEADER: time.strftime(sdk_hmac.DATE_FORMAT, time.gmtime()),
    }
    headers["Authorization"] = sdk_hmac.authorization(
        HUAWEI_AK, HUAWEI_SK, "GET", path, [], headers, b""
    )
    listed = httpx.get(f"http://{console_script}{path}", headers=headers)
    assert listed.status_code == 200, listed.text
    assert listed.json()["count"] == 0


def test_the_example_project_runs_with_the_installed_plugin(venv: Path, tmp_path: Path) -> None:
    """No -p: pytest finds the plugin by its pytest11 entry point."""
    for source in (REPOSITORY / "tests" / "example_project").iterdir():
        if source.suffix in (".py", ".toml"):
            shutil.copy(source, tmp_path / source.name)
    result = subprocess.run(
        [str(venv), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=outside_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout
