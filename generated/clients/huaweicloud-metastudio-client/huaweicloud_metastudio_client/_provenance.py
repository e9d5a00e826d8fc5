"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "f99a7d90e679a979dd495322325a655d731c8cdd2ac6bd1dfa9836e464585219",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
