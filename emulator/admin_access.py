"""Who may call the admin API over HTTP: no web page, and with --admin-token only the
holder of the token.

The admin API can reset every task, so a page the developer happens to open must not
reach it: neither by posting a form to 127.0.0.1 (cross-site request forgery: browsers
send an Origin, and a form can only send text/plain or form encodings), nor by a name
of its own that it points at 127.0.0.1 (DNS rebinding: the browser then sends that name
as Host). Clients that are not browsers send no Origin and a Host of their choosing;
the token is what keeps those out when the emulator listens beyond loopback.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import urlsplit

from emulator.config import Config
from emulator.http import Reply, Request, clip, json_reply

LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "127.0.0.1", "::1"})
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _hostname(authority: str) -> str | None:
    """The host of `host[:port]` or `[v6]:port`, lower-cased; None when malformed."""
    try:
        parsed = urlsplit(f"//{authority}")
        parsed.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    return (parsed.hostname or "").lower() or None


def _is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class AdminAccess:
    """Checks an admin request's Host, Origin, Content-Type and token (in that order)."""

    def __init__(self, config: Config) -> None:
        self.token = config.admin_token
        self.names = LOOPBACK_NAMES | {config.host.lower().strip("[]")}

    def trusted_host(self, name: str | None) -> bool:
        """A name no web page can make a browser use for this server: a loopback name, the
        configured --host, or an IP address (a page cannot rebind an address; the port is
        not checked, as port forwarding changes it and an attacker controls only names)."""
        return name is not None and (name in self.names or _is_ip_address(name))

    def refusal(self, request: Request) -> Reply | None:
        """The reply refusing the request, or None when it may go on."""
        host = request.header("host")
        if host is not None and not self.trusted_host(_hostname(host)):
            return _refuse(403, f"the admin API does not answer for host {clip(host)!r}")
        origin = request.header("origin")
        if origin is not None and not self._same_site(origin, host):
            return _refuse(403, f"the admin API does not answer pages from {clip(origin)!r}")
        if request.header("sec-fetch-site") == "cross-site":
            return _refuse(403, "the admin API does not answer cross-site requests")
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        writes = request.method in _WRITES and (content_type or request.body.strip())
        if writes and content_type != "application/json":
            return _refuse(415, "admin requests with a body must be application/json")
        if self.token is not None and not self._authorized(request.header("authorization")):
            reply = _refuse(401, "the admin API needs `Authorization: Bearer <admin token>`")
            reply.headers.append(("WWW-Authenticate", 'Bearer realm="emulator admin"'))
            return reply
        return None

    def _same_site(self, origin: str, host: str | None) -> bool:
        """A page of this server (its origin is the Host asked for) or of a loopback
        name or the configured --host; never another address, which any site can have."""
        parsed = urlsplit(origin)
        if parsed.scheme not in ("http", "https"):
            return False  # "null" (sandboxed pages, file:) and anything else
        try:
            parsed.port  # noqa: B018
        except ValueError:
            return False
        name = (parsed.hostname or "").lower()
        return name in self.names or (host is not None and name == _hostname(host))

    def _authorized(self, header: str | None) -> bool:
        assert self.token is not None
        scheme, _, credentials = (header or "").partition(" ")
        presented = credentials.strip().encode("utf-8", "surrogateescape")
        expected = self.token.encode("utf-8", "surrogateescape")
        # Compared in constant time, whatever the scheme, so timing tells nothing.
        matches = hmac.compare_digest(presented, expected)
        return scheme.lower() == "bearer" and matches


def _refuse(status: int, message: str) -> Reply:
    reply = json_reply(status, {"error": message})
    reply.action, reply.outcome = "admin", f"admin-{status}"
    return reply
