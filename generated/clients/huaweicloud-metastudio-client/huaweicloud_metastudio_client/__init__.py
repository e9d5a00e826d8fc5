"""A client library for accessing Huawei Cloud MetaStudio — digital human video production jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
