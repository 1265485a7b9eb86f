"""The client portal (money-work.md §9): server-rendered pages reached by a link's token."""
