"""Timestamps as the vault stores them: UTC, second precision, ISO 8601 with a Z."""

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
