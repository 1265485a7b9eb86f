"""Records API (records-events.md §1): upserts by systemRef, custom record types, discovery."""
