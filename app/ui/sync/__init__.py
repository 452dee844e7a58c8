"""Exchanging bundles in the app: export (interviewer), import and senders (coordinator), and
trusting an organisation card. The GUI faces of app/services/exchange.py."""
