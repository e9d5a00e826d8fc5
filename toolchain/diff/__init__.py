"""API diffs between two git refs: what changed for callers of the specs and for
importers of the generated Python packages, and what of it breaks them.

snapshots (a ref's tree) → specs, operations, schemas (OpenAPI rules) and
python_api (griffe) → changes (findings, each under a rule of rules.py) →
report (Markdown, JSON, GitHub annotations) and changelog.
"""
