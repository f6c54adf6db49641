"""Incident extraction, one small module per step (see ``reader.py``)."""

from .reader import IncidentReader

__all__ = ["IncidentReader"]
