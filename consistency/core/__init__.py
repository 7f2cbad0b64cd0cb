"""Shared foundations: frozen types, settings, errors with stable codes, stage timings."""
