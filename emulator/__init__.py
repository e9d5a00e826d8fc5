"""A local, stateful stand-in for the covered cloud APIs (moto-style: one folder per service)."""
