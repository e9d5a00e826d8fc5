"""Pydantic v2 models of every schema of the videoapi-specs specs, one module per service."""

__all__ = ["tiw", "vclm", "metastudio"]

PROVENANCE = {
    "modules": {
        "tiw": {
            "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
            "spec_sha256": "891b49bce481801f5eb4b4b4162b95a3fde68513cdaccb783c5573474166df2f",
        },
        "vclm": {
            "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
            "spec_sha256": "7697ad69e91087c3658fb6fcb0d4d4bcda4effb1efec3a506dae64f227a11925",
        },
        "metastudio": {
            "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
            "spec_sha256": "1c71caf078119ef7523598d0b79150e71f0b6eef8d0777300d9e88f6c7210882",
        },
    },
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
