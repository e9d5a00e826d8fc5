"""Live contract runs send only what the spec marks x-videoapi-read-only: with
DescribeOnlineRecord marked false and CreateVideoGenerationTask marked true
(tests/support/remarked_specs.py), the live selection leaves the first out and sends the
second, whatever their names say."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contract.apis import ContractApi, contract_apis
from contract.harness import FIXTURES, emulator_environment, run_live, schemathesis_command
from emulator.app import load_fixtures
from emulator.config import Progression
from tests.contract.test_live import TASK_ID
from tests.support.contract_exchanges import METASTUDIO, TIW, harness_emulator_config
from tests.support.emulator_server import serve
from tests.support.remarked_specs import remarked_specs


@pytest.fixture(scope="module")
def remarked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ContractApi]:
    specs = remarked_specs(tmp_path_factory.mktemp("read-only"))
    return {api.slug: api for api in contract_apis(specs)}


def excluded(command: list[str]) -> set[str]:
    return {
        command[index + 1] for index, word in enumerate(command) if word == "--exclude-operation-id"
    }


def test_write_operations_are_the_ones_not_marked_read_only(
    remarked: dict[str, ContractApi], apis: dict[str, ContractApi]
) -> None:
    assert "DescribeOnlineRecord" in remarked[TIW].write_operations()
    assert "CreateVideoGenerationTask" not in remarked[TIW].write_operations()
    assert "ListDigitalHumanVideo" in remarked[METASTUDIO].write_operations()
    assert "Cancel2DDigitalHumanVideo" not in remarked[METASTUDIO].write_operations()
    # As marked in the real specs.
    assert "DescribeOnlineRecord" not in apis[TIW].write_operations()
    assert "CreateVideoGenerationTask" in apis[TIW].write_operations()
    assert not any("DescribeOnlineRecord" in link for link in remarked[TIW].read_only_links())


def test_the_live_command_leaves_out_an_unmarked_describe(
    remarked: dict[str, ContractApi], tmp_path: Path
) -> None:
    api = remarked[TIW]
    view = api.write_view(tmp_path)
    live = schemathesis_command(api, view, "http://x", tmp_path, is_live=True, extra=[])
    assert "DescribeOnlineRecord" in excluded(live)
    assert "CreateVideoGenerationTask" not in excluded(live)
    metastudio = remarked[METASTUDIO]
    live = schemathesis_command(
        metastudio, metastudio.write_view(tmp_path), "http://x", tmp_path, is_live=True, extra=[]
    )
    assert "ListDigitalHumanVideo" in excluded(live)
    assert "Cancel2DDigitalHumanVideo" not in excluded(live)
    # Against the emulator every operation runs.
    assert (
        excluded(schemathesis_command(api, view, "http://x", tmp_path, is_live=False, extra=[]))
        == set()
    )


def test_a_live_run_never_sends_an_unmarked_describe(
    remarked: dict[str, ContractApi], tmp_path: Path
) -> None:
    config = harness_emulator_config(progression=Progression.IMMEDIATE, fixtures=FIXTURES)
    with serve(config) as running:
        load_fixtures(running.emulator)
        environ = emulator_environment(os.environ) | {
            "TIW_SDK_APP_ID": "1400000001",
            "TIW_TASK_ID": TASK_ID,
        }
        run_live([remarked[TIW]], tmp_path, f"http://{running.endpoint}", [], environ)
        exchanges = list(running.emulator.exchanges)
    actions = {request.header("x-tc-action") for request, _ in exchanges if request.path == "/"}
    assert "CreateVideoGenerationTask" in actions
    # Signed with the credentials the emulator knows: the calls were answered, not refused.
    codes = {reply.outcome for request, reply in exchanges if request.path == "/"}
    assert not any(code.startswith("AuthFailure") for code in codes if code), codes
    assert "DescribeOnlineRecord" not in actions
    assert actions <= {
        "CreateVideoGenerationTask",
        "DescribeOnlineRecordCallback",
        "DescribeVideoGenerationTaskCallback",
    }
