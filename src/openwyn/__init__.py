"""Openwyn: a self-hostable, stateful server for the Aiwyn v1 API."""

__version__ = "0.1.0"
API_VERSION = "1.0.0"
