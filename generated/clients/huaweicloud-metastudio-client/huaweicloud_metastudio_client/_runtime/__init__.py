"""Signing and transport helpers copied from videoapi-specs."""
