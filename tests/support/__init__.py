"""Helpers the tests share: servers, credentials, made-up documents and pages.

Modules here hold classes, functions and constants only; the pytest fixtures built
on them stay in the conftest.py files beside the tests that use them.
"""
