"""Calling the LIS council registry from Python."""

from lis_registry_client.dpop import DPoPAuth, DPoPKey

__all__ = ["DPoPAuth", "DPoPKey"]
