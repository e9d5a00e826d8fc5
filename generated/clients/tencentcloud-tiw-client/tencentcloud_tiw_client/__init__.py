"""A client library for accessing Tencent Cloud Interactive Whiteboard (TIW) — recording and video generation"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
