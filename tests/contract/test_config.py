"""contract/schemathesis.toml fits the specs and contract/fixtures.json."""

from __future__ import annotations

import json
import tomllib
from typing import Any

from schemathesis.config import SchemathesisConfig

from contract.apis import ContractApi
from contract.harness import CONFIG, FIXTURES

# Replaced for Tencent by tencent_invalid_request_refused and tencent_valid_request_accepted.
STATUS_BASED = {
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "ignored_auth",
    "unsupported_method",
}


def settings() -> dict[str, Any]:
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


def test_schemathesis_accepts_the_config() -> None:
    data = settings()
    # Loading the hooks would register them for every test in this process (see test_checks).
    assert data.pop("hooks") == "contract.hooks"
    config = SchemathesisConfig.from_dict(data, base_dir=str(CONFIG.parent))
    assert config.seed == data["seed"]


def test_every_api_has_its_project(apis: dict[str, ContractApi]) -> None:
    projects = {project["title"]: project for project in settings()["project"]}
    assert set(projects) == {api.title for api in apis.values()}
    for api in apis.values():
        checks = projects[api.title].get("checks", {})
        disabled = {name for name, check in checks.items() if check.get("enabled") is False}
        # Only Tencent, whose refusals are HTTP 200, turns status-based checks off.
        assert disabled == (STATUS_BASED if api.is_tencent else set()), api.slug


def test_dictionaries_name_what_the_fixtures_seed() -> None:
    seeded: set[Any] = set()
    for call in json.loads(FIXTURES.read_text(encoding="utf-8")):
        body = call.get("body", {})
        keys = ("TaskId", "JobId", "SdkAppId", "job_id", "ElementId")
        seeded.update(body.get(key) for key in keys if key in body)
        path = call["path"].split("/")
        if "metastudio" in path:
            seeded.add(path[path.index("metastudio") + 1])
        if "apps" in path:
            seeded.add(int(path[path.index("apps") + 1]))
    for name, dictionary in settings()["dictionaries"].items():
        assert set(dictionary["values"]) <= seeded, name
