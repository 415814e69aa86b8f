"""The benchmark suite (``make bench``): cadretrain against reference libraries."""
