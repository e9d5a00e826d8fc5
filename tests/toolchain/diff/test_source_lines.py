"""A change's place in the bundle, back to the line of the hand-written file it is on."""

from __future__ import annotations

from pathlib import Path

from speclib.bundle import Bundler
from speclib.catalog import REPOSITORY
from toolchain.diff.source_lines import SourceMap

TIW = REPOSITORY / "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"


def source_map() -> SourceMap:
    bundler = Bundler(TIW.resolve())
    bundler.bundle()
    return SourceMap.of(bundler, REPOSITORY)


def line(path: Path, number: int | None) -> str:
    assert number is not None
    return path.read_text(encoding="utf-8").splitlines()[number - 1].strip()


def test_an_operations_rate_limit_is_on_its_own_line() -> None:
    file, number = source_map().locate(
        "/paths/~1#X-TC-Action=StartOnlineRecord/post/x-videoapi-rate-limit"
    )
    assert file == "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
    assert number is not None
    text = TIW.read_text(encoding="utf-8").splitlines()
    assert line(TIW, number).startswith("x-videoapi-rate-limit:")
    # ... of StartOnlineRecord, not of the first operation that mentions it.
    owner = max(n for n in range(number) if text[n].strip().startswith("operationId:"))
    assert text[owner].strip() == "operationId: StartOnlineRecord"


def test_a_property_of_a_schema_is_on_its_key() -> None:
    file, number = source_map().locate(
        "/components/schemas/DescribeOnlineRecordResponse/properties/ReplayUrl"
    )
    assert line(REPOSITORY / file, number) == "ReplayUrl:"


def test_a_shared_component_is_in_common_yaml() -> None:
    sources = source_map()
    shared = [
        name
        for (section, name), (path, _) in sources.components.items()
        if section == "parameters" and path.name == "common.yaml"
    ]
    assert shared
    file, number = sources.locate(f"/components/parameters/{shared[0]}/schema")
    assert file == "specs/tencentcloud/common.yaml"
    assert line(REPOSITORY / file, number) == "schema:"


def test_a_removed_part_falls_back_to_its_parent() -> None:
    file, number = source_map().locate(
        "/components/schemas/DescribeOnlineRecordResponse/properties/NoSuchField"
    )
    assert line(REPOSITORY / file, number) == "properties:"
