"""Expected failures of the vault, each with a message fit to show a user as one line.

Nothing here ever carries testimony text: messages name files and operations only.
"""


class VaultError(Exception):
    """Base of every expected vault failure (the CLI turns these into exit status 1)."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase: the vault was not opened and nothing was changed")


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultLocked(VaultError):
    """Another process has this vault open."""


class VaultCorrupt(VaultError):
    pass


class VaultKeyMissing(VaultCorrupt):
    """The folder holds a database but not the key file that opens it."""


class NotFound(VaultError):
    """A testimony (or version) that the vault does not hold."""


class Cancelled(Exception):
    """Raised from a progress callback to stop long work (an export, an import, an attachment).

    Not a VaultError: nothing is wrong with the vault or the input. Work stopped this way leaves
    nothing behind, and an import never mistakes it for a bad bundle.
    """


def database_failure(error: BaseException) -> str | None:
    """One line for a failure of the database engine, None for any other error.

    SQLAlchemy's messages carry no bound values (the engine hides them); the driver's own text
    names the cause, e.g. "database or disk is full". Imported lazily: this module is on the
    light path that paints the unlock window."""
    from sqlalchemy.exc import SQLAlchemyError

    if not isinstance(error, SQLAlchemyError):
        return None
    cause = getattr(error, "orig", None) or type(error).__name__
    return f"the vault could not complete the operation: {cause}"
