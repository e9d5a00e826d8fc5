"""The guard that keeps every test on loopback, loaded by tests/conftest.py.

pytest-socket (its `--allow-hosts` in pyproject's addopts) refuses, while a test runs,
any `connect()` to a host outside loopback, by raising in the caller. A caller that
swallows every exception (a callback delivery thread, a retrying client) would hide
the refusal, so this plugin notes each one and fails the test at its teardown anyway.

Processes a test starts are not covered by either: they are started with settings of
their own that keep them on loopback (an emulator with `--callback-targets loopback`).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import pytest_socket


class Refusals:
    """The hosts a test was refused a connection to, noted by wrapping pytest-socket's guard."""

    def __init__(self) -> None:
        self.hosts: list[str] = []
        self._lock = threading.Lock()

    def watch(self) -> None:
        refusing = socket.socket.connect
        if refusing is pytest_socket._true_connect:
            return  # no restriction in force (pytest-socket's markers or --force-enable-socket)

        def noting(sock: socket.socket, *args: Any) -> None:
            try:
                refusing(sock, *args)
            except pytest_socket.SocketConnectBlockedError:
                address = args[0] if args else None
                with self._lock:
                    self.hosts.append(repr(address))
                raise

        # pytest-socket puts the real connect back at the test's teardown, this with it.
        socket.socket.connect = noting  # type: ignore[method-assign,assignment]


@pytest.fixture(autouse=True)
def stays_on_loopback() -> Iterator[None]:
    """Fails the test when anything in it tried to connect beyond loopback, caught or not."""
    refusals = Refusals()
    refusals.watch()
    yield
    if refusals.hosts:
        pytest.fail(
            f"the test tried to connect beyond loopback: {', '.join(refusals.hosts)}",
            pytrace=False,
        )
