"""Work (money-work.md §2): WIP entries and projects, the jobs with their roll-ups.

Importing this package registers both resources (`kit.resource.REGISTRY`).
"""

from openwyn.work.projects import PROJECTS
from openwyn.work.wips import WIPS

__all__ = ["PROJECTS", "WIPS"]
