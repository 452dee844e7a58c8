"""Where the CLI gets passphrases: a terminal prompt, or an environment variable for scripts.

SVIEDKA_PASSPHRASE / SVIEDKA_NEW_PASSPHRASE exist for scripting and tests. An environment
variable can be read by other processes of the same user and may end up in shell history:
interviewers should type the passphrase at the prompt.
"""

from __future__ import annotations

import getpass
import os

ENV_PASSPHRASE = "SVIEDKA_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_NEW_PASSPHRASE = "SVIEDKA_NEW_PASSPHRASE"  # noqa: S105


class PassphraseUnavailable(Exception):
    pass


def _terminal_available() -> bool:
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def _prompt(text: str) -> str:
    if not _terminal_available():
        raise PassphraseUnavailable(
            f"no terminal to ask for the passphrase: type it in a terminal or set {ENV_PASSPHRASE}"
        )
    return getpass.getpass(text)


def current_passphrase() -> str:
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        return from_env
    return _prompt("Vault passphrase: ")


def new_passphrase(env: str = ENV_NEW_PASSPHRASE) -> str:
    """A new passphrase, asked twice at a prompt. How hard it is to guess is the vault
    service's judgement (app.services.passphrase_policy), the same as the desktop's."""
    chosen = os.environ.get(env)
    if chosen is None:
        chosen = _prompt("New passphrase: ")
        if _prompt("Repeat the new passphrase: ") != chosen:
            raise PassphraseUnavailable("the two passphrases differ; nothing was changed")
    return chosen
