"""One folder per emulated service: backend.py (state and rules, no HTTP),
actions.py (the operations, on top of the cloud's protocol), admin.py (seeding)."""
