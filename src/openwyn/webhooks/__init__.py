"""Webhooks: Standard Webhooks signing, tenant secrets and the test tools."""
