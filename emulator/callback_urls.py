"""Callback URLs: which URL an application may register, and where a delivery may connect.

Checked twice. When the URL is registered (TIW's Set...Callback actions, `check_registered`):
it must parse as an http(s) URL with a valid host and port, and must not name the
emulator's own admin API, `/_emulator/...` on a loopback, unspecified or the emulator's
own host, or on the emulator's port (else the cloud's
InvalidParameter.CallbackAddressFormatError). When an event is delivered
(`destination`), again, since a URL may have come from the admin API or a fixtures
file and a name may resolve differently by then: the host is resolved, the addresses
are checked, and the connection goes to a checked address (the URL's host still sent
as Host and, for https, as the TLS server name), so a name cannot pass the check with
one address and connect to another.

With `--callback-targets loopback` only loopback addresses (127.0.0.0/8, ::1) are
connected to; any name but `localhost` is refused without being resolved, so not even
a DNS query leaves the machine.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from emulator.config import CallbackTargets, Config
from emulator.messages import Text, text

ADMIN_PREFIX = "/_emulator"
LOCALHOST = "localhost"
MAX_QUOTED = 80  # of a bad URL, messages quote at most this many characters
_LABEL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> addresses, as socket.getaddrinfo would give them.
Resolver = Callable[[str, int], Awaitable[list[str]]]


class CallbackUrlError(ValueError):
    """The URL cannot be delivered to, now or ever (never retried); `reason` says why, in
    the catalogue's languages (its English wording is the exception's message)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason)
        self.reason = reason


class Refused(CallbackUrlError):
    """The URL parses, but the emulator will not connect where it points."""


def quoted(url: str) -> str:
    """The URL for a message: at most a short prefix of it."""
    short = url if len(url) <= MAX_QUOTED else url[:MAX_QUOTED] + "..."
    return repr(short)


def parse(url: str) -> httpx.URL:
    """The URL as httpx will send it, or CallbackUrlError."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise CallbackUrlError(text("callback_url.invalid", url=quoted(url), error=error)) from None
    if parsed.scheme not in ("http", "https"):
        raise CallbackUrlError(text("callback_url.scheme", url=quoted(url)))
    if not parsed.host:
        raise CallbackUrlError(text("callback_url.no_host", url=quoted(url)))
    if address_of(parsed.host) is None and not valid_name(parsed.raw_host.decode("ascii")):
        raise CallbackUrlError(text("callback_url.host_name", url=quoted(url)))
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise CallbackUrlError(text("callback_url.port", url=quoted(url)))
    return parsed


def valid_name(host: str) -> bool:
    """A DNS name (IDNA-encoded): labels of letters, digits, hyphens and underscores."""
    name = host[:-1] if host.endswith(".") else host
    return 0 < len(name) <= 253 and all(_LABEL.match(label) for label in name.split("."))


def address_of(host: str) -> IPAddress | None:
    """The host as an IP address (an IPv4-mapped IPv6 address as its IPv4 one), or None."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])  # without an IPv6 zone
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_localhost(host: str) -> bool:
    host = host.rstrip(".").lower()
    return host == LOCALHOST or host.endswith("." + LOCALHOST)


def is_loopback(address: IPAddress) -> bool:
    return address.is_loopback


def is_own(address: IPAddress) -> bool:
    """Whether connecting to the address reaches this machine: loopback, unspecified
    (0.0.0.0 and :: connect locally) or one of its interfaces' addresses (it can be bound)."""
    if address.is_loopback or address.is_unspecified:
        return True
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((str(address), 0))  # no packet is sent; fails for a foreign address
    except OSError:
        return False
    return True


def names_admin_api(url: httpx.URL) -> bool:
    """Whether the path is under /_emulator/, however it is spelled (percent-encoding,
    repeated slashes, letter case): erring on the side of refusing."""
    for path in (url.path, url.raw_path.decode("ascii", "replace").split("?", 1)[0]):
        plain = re.sub(r"/+", "/", path).lower()
        if plain == ADMIN_PREFIX or plain.startswith(ADMIN_PREFIX + "/"):
            return True
    return False


def default_port(url: httpx.URL) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


def admin_api_refusal(url: str) -> Text:
    return text("callback_url.admin_api", url=quoted(url), prefix=ADMIN_PREFIX)


def check_registered(url: str, config: Config) -> None:
    """Raise CallbackUrlError when an application may not register this URL (an empty
    URL, which removes the registration, is fine). Resolves no name: the delivery does."""
    if url == "":
        return
    parsed = parse(url)
    if not names_admin_api(parsed):
        return
    host = parsed.host
    address = address_of(host)
    local = (
        is_localhost(host)
        or host == config.host.lower()
        or (address is not None and is_own(address))
        or default_port(parsed) == config.port
    )
    if local:
        raise Refused(admin_api_refusal(url))


def _refused(reason: Text) -> Refused:
    """A refusal to connect, as a delivery attempt records it ("refused: ...")."""
    return Refused(text("callback_url.refused", reason=reason))


async def resolve(host: str, port: int) -> list[str]:
    """The addresses of a host, as socket.getaddrinfo gives them (an IP literal as is)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class Destination:
    """Where one attempt may connect: the URL with its host replaced by each checked
    address in turn (tried in order until one connects)."""

    urls: list[httpx.URL]
    headers: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, Any] = field(default_factory=dict)


async def destination(url: str, config: Config, resolver: Resolver = resolve) -> Destination:
    """Where to POST an event for `url`. Raises CallbackUrlError (or Refused) when it may
    never be delivered; OSError when the name does not resolve now (worth retrying)."""
    parsed = parse(url)
    host = parsed.host
    literal = address_of(host)
    loopback_only = config.callback_targets == CallbackTargets.LOOPBACK
    if loopback_only and literal is None and not is_localhost(host):
        raise _refused(text("callback_url.name_not_loopback", host=repr(host)))
    if loopback_only and literal is not None and not is_loopback(literal):
        raise _refused(text("callback_url.not_loopback", host=host))
    if literal is not None:
        addresses = [literal]
    else:
        found = [address_of(a) for a in await resolver(host, default_port(parsed))]
        addresses = [a for a in found if a is not None]
    if not addresses:
        raise OSError(f"{host!r} resolved to no address")
    if names_admin_api(parsed) and any(is_own(a) for a in addresses):
        raise _refused(admin_api_refusal(url))
    if loopback_only:
        addresses = [a for a in addresses if is_loopback(a)]
        if not addresses:
            raise _refused(text("callback_url.no_loopback_address", host=repr(host)))
    if literal is not None:
        return Destination([parsed])
    extensions = {"sni_hostname": host} if parsed.scheme == "https" else {}
    return Destination(
        [parsed.copy_with(host=str(address)) for address in addresses],
        headers={"Host": parsed.netloc.decode("ascii")},
        extensions=extensions,
    )
