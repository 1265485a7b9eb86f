"""Billing: draft bills, invoices and what is made of them (money-work.md §3, §4)."""
