"""One module per output format, each with ``write_x`` / ``read_x``."""
