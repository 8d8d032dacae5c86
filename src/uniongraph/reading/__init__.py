"""Reading input files into documents and articles (owned by the reading stage).

``read_document(path)`` decodes a file, repairs page breaks, splits articles, parses
bylines and sentences, and returns a :class:`~uniongraph.model.Document`.
"""

from __future__ import annotations
