"""Outbound email (money-work.md §9): the queue, its templates, the SMTP sender and worker."""
