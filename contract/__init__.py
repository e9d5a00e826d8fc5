"""Contract tests: schemathesis holds every spec against the emulator and the live clouds.

`python -m contract` (make contract) runs them against a local emulator;
`python -m contract --live` (make contract-live) against the real endpoints.
Both drive the schemathesis CLI with contract/schemathesis.toml and the hooks
in contract/hooks.py (auth provider and the clouds' checks).
"""
