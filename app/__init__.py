"""LIS council registry: councils, representatives, meetings and learning-goal proposals."""

__version__ = "0.9.0"
"""The service's version (`lis_build_info` in /metrics); the contract has its own (app.main.API_VERSION)."""
