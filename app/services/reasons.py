"""Why a bundle, a receipt or a card was refused, held or noted, as codes the faces translate
(app.sync.reasons), re-exported here so that neither face imports app.sync."""

from app.sync.reasons import ENGLISH, Reason, Why, code_of, notes_of

__all__ = ["ENGLISH", "Reason", "Why", "code_of", "notes_of"]
