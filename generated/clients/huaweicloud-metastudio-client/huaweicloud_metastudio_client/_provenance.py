"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "f4b95fc2302237edca3f6672a5b8dbf69e398d6ad4a5aca0a3b1f40bf742aa37",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
