"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "221e02d0076ea37407b3d02bf45e97408356619e6c2740cb9905c223e54a1e6b",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.2.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
