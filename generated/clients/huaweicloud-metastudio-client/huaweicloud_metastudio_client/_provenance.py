"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "9874b9d75b3d897da360326d4144d5a5f6951be0351ed77491141505c2b0ed97",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
