"""Benchmarks run by `make bench`; they report, they do not assert."""
