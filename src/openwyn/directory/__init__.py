"""The firm directory (contract §6): one declaration per resource."""
