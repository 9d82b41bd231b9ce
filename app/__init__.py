"""Continuity: a writing assistant that keeps a novel's names, places and phrases consistent."""

__version__ = "0.1.0"
