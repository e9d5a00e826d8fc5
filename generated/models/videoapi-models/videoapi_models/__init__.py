"""Pydantic v2 models of every schema of the videoapi-specs specs, one module per service."""

__all__ = ["tiw", "vclm", "metastudio"]

PROVENANCE = {
    "modules": {
        "tiw": {
            "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
            "spec_sha256": "db5ed4dc914cdb23acd3e4e49284a7c9227a21fb8723e559bde1f09263892545",
        },
        "vclm": {
            "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
            "spec_sha256": "c80dc6d3453c0f07e081c08067dd1b16567292a4d67412092e90f5d9f5ad9151",
        },
        "metastudio": {
            "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
            "spec_sha256": "9874b9d75b3d897da360326d4144d5a5f6951be0351ed77491141505c2b0ed97",
        },
    },
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
