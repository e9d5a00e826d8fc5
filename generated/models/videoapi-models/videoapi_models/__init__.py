"""Pydantic v2 models of every schema of the videoapi-specs specs, one module per service."""

__all__ = ["tiw", "vclm", "metastudio"]

PROVENANCE = {
    "modules": {
        "tiw": {
            "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
            "spec_sha256": "8064962d8754b5becb5393b173456749e4f02b91c52c83e52a3e5403d29208cd",
        },
        "vclm": {
            "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
            "spec_sha256": "3b553d820f43a56ab4b7719531ed2818f2ec0e1cc4c943f22a9e4e238ab532b1",
        },
        "metastudio": {
            "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
            "spec_sha256": "f99a7d90e679a979dd495322325a655d731c8cdd2ac6bd1dfa9836e464585219",
        },
    },
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
