"""The guard that keeps the tests on loopback fires: a test run (in a pytest of its own,
with the repository's settings and guard) fails when a test connects beyond loopback,
whether the test sees the refusal or a thread swallows it, or looks a public name up
(a question to a DNS server beyond loopback); loopback stays open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from speclib.catalog import REPOSITORY

# 192.0.2.1 is TEST-NET-1 (RFC 5737), never routed: were the guard broken, nothing is reached.
PROBES = """
import socket
import threading


def test_connect_beyond_loopback():
    socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_swallowed_in_a_thread():
    def deliver():
        try:
            socket.create_connection(("192.0.2.1", 80), timeout=1)
        except Exception:
            pass

    thread = threading.Thread(target=deliver)
    thread.start()
    thread.join()


def test_lookup_of_a_public_name():
    try:
        socket.getaddrinfo("example.com", 443)
    except socket.gaierror:
        pass  # as a resolver that does not know the name; the guard still fails the test


def test_loopback_is_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        socket.create_connection(server.getsockname(), timeout=1).close()
        port = server.getsockname()[1]
        socket.create_connection(("localhost", port), timeout=1).close()
"""


def run_probes(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    probes = tmp_path / "test_probes.py"
    probes.write_text(PROBES)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-c",
        str(REPOSITORY / "pyproject.toml"),
        "-p",
        "tests.support.loopback_guard",
        "-p",
        "no:cacheprovider",
        "-q",
        str(probes),
    ]
    return subprocess.run(
        command, cwd=REPOSITORY, capture_output=True, text=True, timeout=120, check=False
    )


def test_a_connection_beyond_loopback_fails_the_run(tmp_path: Path) -> None:
    result = run_probes(tmp_path)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "FAILED ::test_connect_beyond_loopback - pytest_socket.SocketConnectBlocked" in out, out
    swallowed = "ERROR ::test_swallowed_in_a_thread - Failed: the test tried to leave loopback"
    assert swallowed in out, out
    assert "connect to ('192.0.2.1', 80)" in out, out
    assert "ERROR ::test_lookup_of_a_public_name - Failed: the test tried to leave" in out, out
    assert "lookup of 'example.com'" in out, out
    assert "::test_loopback_is_allowed" not in out, out  # neither failed nor in error
    assert "3 passed" in out, out
