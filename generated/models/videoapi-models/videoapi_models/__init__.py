"""Pydantic v2 models of every schema of the videoapi-specs specs, one module per service."""

__all__ = ["tiw", "vclm", "metastudio"]

PROVENANCE = {
    "modules": {
        "tiw": {
            "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
            "spec_sha256": "a1cd38975f1c1dcc7577d520fc6f384d0d69a20ce63971255bdde244792ec935",
        },
        "vclm": {
            "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
            "spec_sha256": "c6001eee3e7d4d7f4e8c5bef210b4f4d9caf99e922d45f088829129b2a0fff78",
        },
        "metastudio": {
            "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
            "spec_sha256": "221e02d0076ea37407b3d02bf45e97408356619e6c2740cb9905c223e54a1e6b",
        },
    },
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
