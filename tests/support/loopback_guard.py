"""The guard that keeps every test on loopback, loaded by tests/conftest.py.

pytest-socket (its `--allow-hosts` in pyproject's addopts) refuses, while a test runs,
any `connect()` to a host outside loopback, by raising in the caller. It lets name
lookups through, and a lookup of a public name asks a DNS server beyond loopback; this
plugin refuses those (as the resolver would refuse an unknown name: socket.gaierror).
A caller that swallows every exception (a callback delivery thread, a retrying client)
would hide either refusal, so the plugin notes each one and fails the test at its
teardown anyway.

Processes a test starts are not covered: they are started with settings of their own
that keep them on loopback (an emulator with `--callback-targets loopback`).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import pytest_socket

LOCAL_NAMES = ("localhost",)


def is_local_name(host: object) -> bool:
    """Whether looking `host` up stays on the machine: no name (a passive lookup), an IP
    literal (the connect guard judges where it points) or localhost."""
    if host is None:
        return True
    name = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    name = name.lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    return True


class Refusals:
    """What a test was refused (connections beyond loopback, lookups of public names)."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self._lock = threading.Lock()
        self._resolving = socket.getaddrinfo

    def _note(self, what: str) -> None:
        with self._lock:
            self.refused.append(what)

    def watch(self) -> None:
        refusing = socket.socket.connect
        if refusing is pytest_socket._true_connect:
            return  # no restriction in force (pytest-socket's markers or --force-enable-socket)

        def noting(sock: socket.socket, *args: Any) -> None:
            try:
                refusing(sock, *args)
            except pytest_socket.SocketConnectBlockedError:
                self._note(f"connect to {args[0] if args else None!r}")
                raise

        resolving = self._resolving

        def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
            if not is_local_name(host):
                self._note(f"lookup of {host!r}")
                raise socket.gaierror(
                    socket.EAI_NONAME, f"lookup of {host!r} refused: tests stay on loopback"
                )
            return resolving(host, *args, **kwargs)

        # pytest-socket puts the real connect back at the test's teardown, this with it.
        socket.socket.connect = noting  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = local_only

    def stop(self) -> None:
        socket.getaddrinfo = self._resolving


@pytest.fixture(autouse=True)
def stays_on_loopback() -> Iterator[None]:
    """Fails the test when anything in it tried to leave loopback, caught or not."""
    refusals = Refusals()
    refusals.watch()
    try:
        yield
    finally:
        refusals.stop()
    if refusals.refused:
        pytest.fail(
            f"the test tried to leave loopback: {', '.join(refusals.refused)}", pytrace=False
        )
