"""Extraction: recognisers, alias resolution, relation patterns and merging."""
