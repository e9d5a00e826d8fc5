"""A client library for accessing Tencent Cloud VCLM — video stylization jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
