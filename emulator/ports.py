"""Free loopback ports, for the servers started beside tests (the pytest plugin's, the
tests' own and the benchmarks'): without the server code, which imports the whole emulator."""

from __future__ import annotations

import socket
from collections.abc import Collection


def free_port(avoid: Collection[int] = ()) -> int:
    """A loopback port free now (and not one of `avoid`, ports already given out)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if port not in avoid:
            return port
