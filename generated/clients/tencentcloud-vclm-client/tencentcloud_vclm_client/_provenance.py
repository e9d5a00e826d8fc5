"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "38ad862bc55cf4750704b0bc644740b0f7f8778194a701dd23f1916fb531dd43",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.1",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
