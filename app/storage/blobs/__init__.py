"""The vault's encrypted attachment files (`blobs/`): app.storage.blobs.store owns the folder
and the files still being written; app.storage.blobs.tap counts and hashes the bytes that go
through pyrage. Rows, audit and search are app/storage/attachments.py's; bundles stream
through app/storage/attachment_streams.py."""

from app.storage.blobs.store import BlobStore, Written
from app.storage.blobs.tap import Progress, Tap

__all__ = ["BlobStore", "Progress", "Tap", "Written"]
