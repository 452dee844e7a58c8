"""Sviedka's benchmark suite (not part of the test run): `make bench`, see bench/README.md."""
