"""``python -m cadretrain``: the console script."""

from __future__ import annotations

import sys

from cadretrain.cli import main

if __name__ == "__main__":
    sys.exit(main())
