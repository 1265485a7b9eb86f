"""The firm directory (contract §6): one declaration per resource.

Importing this package registers every directory resource (`kit.resource.REGISTRY`), so the
Records API, the event catalog and the CLI see all of them wherever they are used.
"""

from openwyn.directory import catalog, clients, contacts, departments, jobs, offices, staff
from openwyn.kit.resource import Resource

DIRECTORY: list[Resource] = [
    offices.OFFICES,
    departments.DEPARTMENTS,
    staff.STAFF,
    catalog.INDUSTRIES,
    catalog.SERVICE_LINES,
    catalog.CLIENT_BUSINESS_ENTITIES,
    clients.CLIENTS,
    contacts.CONTACTS,
    contacts.CONTACT_CLIENTS,
    contacts.CONTACT_INFOS,
    jobs.JOB_TEMPLATES,
    jobs.JOBS,
]

# Work (WIP and projects) points at the directory and the directory at it (`client.wips`):
# registered with it, so every relation's target exists wherever the directory is used.
from openwyn import work  # noqa: E402, F401
