"""A copy of specs/ whose read-only marks contradict the operations' names and methods:
DescribeOnlineRecord (Tencent) and the GET ListDigitalHumanVideo (Huawei) marked
x-videoapi-read-only: false, CreateVideoGenerationTask and the POST
Cancel2DDigitalHumanVideo marked true. Everything that decides "read-only" must follow it."""

from __future__ import annotations

import shutil
from pathlib import Path

from speclib.catalog import SPECS

TIW = "tencentcloud/tiw/2019-09-19/openapi.yaml"
METASTUDIO = "huaweicloud/metastudio/v1/openapi.yaml"
UNMARKED_READS = {TIW: "DescribeOnlineRecord", METASTUDIO: "ListDigitalHumanVideo"}
MARKED_WRITES = {TIW: "CreateVideoGenerationTask", METASTUDIO: "Cancel2DDigitalHumanVideo"}


def remark(spec: Path, operation_id: str, read_only: bool) -> None:
    """Set the operation's x-videoapi-read-only (the line after its operationId)."""
    text = spec.read_text(encoding="utf-8")
    marks = [
        f"      operationId: {operation_id}\n      x-videoapi-read-only: {value}\n"
        for value in ("true", "false")
    ]
    [found] = [mark for mark in marks if mark in text]
    assert text.count(found) == 1, found
    new = marks[0] if read_only else marks[1]
    spec.write_text(text.replace(found, new), encoding="utf-8")


def remarked_specs(root: Path) -> Path:
    """specs/ copied under `root`, with the marks above; returns the copy."""
    specs = root / "specs"
    shutil.copytree(SPECS, specs)
    for spec, operation_id in UNMARKED_READS.items():
        remark(specs / spec, operation_id, False)
    for spec, operation_id in MARKED_WRITES.items():
        remark(specs / spec, operation_id, True)
    return specs
