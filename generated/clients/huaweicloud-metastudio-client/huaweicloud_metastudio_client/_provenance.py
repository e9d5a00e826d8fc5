"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "1c71caf078119ef7523598d0b79150e71f0b6eef8d0777300d9e88f6c7210882",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
