"""The pytest plugin (emulator/pytest_plugin.py), run by pytester as a user's project runs
it: the example project in tests/example_project with only the plugin, in both modes; the
fixture's admin helper; the session emulator reset between tests; markers and options."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

# Imported before any pytester run in this process: httpx imports httpcore on its first
# client, and keeps httpcore's exception classes to map them to its own on its first
# request. Were that first client made inside runpytest_inprocess, pytester would drop the
# httpcore it imported when the run ends; the next client would import a new one, whose
# errors (a refused connection) would escape as httpcore's, not httpx's, in every later
# test of the session.
import httpcore  # noqa: F401
import httpx
import pytest

from speclib.catalog import REPOSITORY

pytest_plugins = ["pytester"]

EXAMPLE = REPOSITORY / "tests" / "example_project"
CLIENTS = sorted(str(path) for path in (REPOSITORY / "generated" / "clients").iterdir())


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example project in a folder of its own, the checkout and the generated clients
    on the path as if installed (the plugin is loaded with -p: nothing here installs it)."""
    for source in EXAMPLE.iterdir():
        if source.suffix in (".py", ".toml"):
            shutil.copy(source, pytester.path / source.name)
    monkeypatch.setenv("PYTHONPATH", ":".join([str(REPOSITORY), *CLIENTS]))
    return pytester.path


@pytest.mark.parametrize("mode", ["in-process", "subprocess"])
def test_the_example_project_passes_with_only_the_plugin(
    pytester: pytest.Pytester, project: Path, mode: str
) -> None:
    result = pytester.runpytest_subprocess(
        "-p", "emulator.pytest_plugin", "--videoapi-emulator-mode", mode, "-v"
    )
    result.assert_outcomes(passed=7)
    result.stdout.fnmatch_lines(
        ["*test_metastudio.py::test_the_app_lists_the_finished_videos PASSED*"]
    )


def test_the_admin_helper(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.videoapi_emulator(progression="manual", seed=7)
        def test_admin(videoapi_emulator):
            admin = videoapi_emulator.admin
            start = admin.now()
            assert admin.advance(90) == pytest.approx(start + 90)
            task = admin.seed_tiw_recording(RoomId=5)
            assert admin.pin_tiw_recording(task, "STOPPED")["State"] == "STOPPED"
            job = admin.seed_metastudio_job(state="PROCESSING")
            assert admin.pin_metastudio_job(job, "SUCCEED")["state"] == "SUCCEED"
            stylization = admin.seed_vclm_stylization()
            assert admin.pin_vclm_stylization(stylization, "JobRunning")["State"] == "JobRunning"
            generation = admin.seed_vclm_job("TextToVideo")
            assert admin.pin_vclm_job("TextToVideo", generation, "DONE")["State"] == "DONE"
            kinds = admin.state()["resources"]
            assert len(kinds) >= 3, kinds
            assert admin.callback_deliveries() == [] or all(
                d["Status"] == "skipped" for d in admin.callback_deliveries()
            )
            admin.reset()
            assert admin.state()["resources"] == {}
            with pytest.raises(Exception, match="HTTP 404"):
                admin.pin_tiw_recording("absent", "FINISHED")
        """
    )
    result = pytester.runpytest_inprocess("-p", "emulator.pytest_plugin")
    result.assert_outcomes(passed=1)


def test_httpx_errors_stay_httpx_errors_after_an_in_process_run(pytester: pytest.Pytester) -> None:
    """A user's test that made the first HTTP request of the process inside an in-process
    run (as a subprocess emulator's fixture does) leaves httpx working after it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    pytester.makepyfile(
        f"""
        import httpx, pytest

        def test_refused():
            with pytest.raises(httpx.ConnectError):
                httpx.get("{closed}", timeout=5)
        """
    )
    pytester.runpytest_inprocess().assert_outcomes(passed=1)
    with pytest.raises(httpx.ConnectError):
        httpx.get(closed, timeout=5)


def test_the_session_emulator_is_reset_between_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        SEEN = []

        def test_first(videoapi_emulator):
            SEEN.append(videoapi_emulator)
            videoapi_emulator.admin.seed_tiw_recording(RoomId=1)
            videoapi_emulator.callbacks.received.append(object())
            assert videoapi_emulator.admin.state()["resources"]

        def test_second(videoapi_emulator):
            assert videoapi_emulator is SEEN[0]
            assert videoapi_emulator.admin.state()["resources"] == {}
            assert videoapi_emulator.callbacks.received == []
        """
    )
    result = pytester.runpytest_inprocess("-p", "emulator.pytest_plugin")
    result.assert_outcomes(passed=2)


def test_a_marked_test_gets_an_emulator_of_its_own_with_its_options(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.videoapi_emulator(credentials=("AKIDmine", "my-secret-key"))
        def test_marked(videoapi_emulator, videoapi_emulator_session):
            assert videoapi_emulator is not videoapi_emulator_session
            assert videoapi_emulator.tencent_credentials == ("AKIDmine", "my-secret-key")
            assert videoapi_emulator.options.config().tencent_credentials == {
                "AKIDmine": "my-secret-key"
            }

        def test_factory(videoapi_emulator_factory):
            first = videoapi_emulator_factory(progression="immediate")
            second = videoapi_emulator_factory(progression="manual")
            task = first.admin.seed_tiw_recording()
            recordings = first.admin.state()["resources"]["tiw.recording"]
            assert [r["TaskId"] for r in recordings] == [task]
            assert "tiw.recording" not in second.admin.state()["resources"]
        """
    )
    result = pytester.runpytest_inprocess("-p", "emulator.pytest_plugin")
    result.assert_outcomes(passed=2)


def test_an_unknown_option_is_a_usage_error_naming_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.videoapi_emulator(progresion="immediate")
        def test_typo(videoapi_emulator):
            pass
        """
    )
    result = pytester.runpytest_inprocess("-p", "emulator.pytest_plugin")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*unknown option(s) progresion*"])


def readme_tests() -> dict[str, str]:
    """README's example test modules (section "Testing your application"), by cloud."""
    text = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    section = text.split("## Testing your application", 1)[1].split("\n## ", 1)[0]
    blocks = [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]
    tests = [block for block in blocks if "def test_" in block]
    return {block.split(":", 1)[0].removeprefix("# ").lower(): block for block in tests}


@pytest.mark.parametrize("mode", ["in-process", "subprocess"])
def test_the_readme_examples_pass(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    examples = readme_tests()
    assert sorted(examples) == ["metastudio", "tiw", "vclm"]
    for cloud, code in examples.items():
        (pytester.path / f"test_readme_{cloud}.py").write_text(code, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", ":".join([str(REPOSITORY), *CLIENTS]))
    result = pytester.runpytest_subprocess(
        "-p", "emulator.pytest_plugin", "--videoapi-emulator-mode", mode
    )
    result.assert_outcomes(passed=3)


def test_a_subprocess_emulator_keeps_answering_past_a_pipe_full_of_log(
    pytester: pytest.Pytester,
) -> None:
    """Its log line per request goes to a file: 2000 requests (some 150 KB of log, more
    than a pipe holds) and it still answers."""
    pytester.makepyfile(
        """
        import httpx

        def test_many(videoapi_emulator):
            with httpx.Client(base_url=videoapi_emulator.endpoint, timeout=10) as client:
                for _ in range(2000):
                    assert client.get("/_emulator/state").status_code == 200
        """
    )
    result = pytester.runpytest_inprocess(
        "-p", "emulator.pytest_plugin", "--videoapi-emulator-mode", "subprocess"
    )
    result.assert_outcomes(passed=1)


def test_loading_the_plugin_leaves_the_emulator_unimported() -> None:
    """pytest loads the plugin in every run of a project that has the wheel installed; the
    emulator itself (its app, servers, schemas) is imported only for a test that asks."""
    probe = (
        "import sys, emulator.pytest_plugin; "
        "print(sorted(m for m in ('emulator.app', 'emulator.servers', 'uvicorn', 'granian', "
        "'jsonschema') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPOSITORY, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
