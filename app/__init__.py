"""Outreach Coach: critique and rewrite networking messages, give-first."""

__version__ = "0.1.0"
