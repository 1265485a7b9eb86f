"""Files (records-events.md §2): uploads, metadata, streamed downloads, signed URLs."""
