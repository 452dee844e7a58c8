"""The bundle tamper tests use the interviewer/coordinator fixtures of tests/sync."""

from tests.sync.conftest import debian_tools, pair  # noqa: F401 - fixtures, found by name
