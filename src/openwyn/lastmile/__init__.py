"""The last mile (money-work.md §8): client requests for documents, and deliverables."""
