"""The testimony editor: every section of the record as a form built from its JSON Schema."""

from app.ui.editor.editor import TestimonyEditor, new_document

__all__ = ["TestimonyEditor", "new_document"]
