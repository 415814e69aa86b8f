"""Pause the cyclic garbage collector inside one bulk call, and restore it exactly.

Loading or evaluating 100k trainees allocates millions of small acyclic
objects; with the collector on, each generation-0 collection rescans the
growing young heap and the cost per trainee climbs with the batch size
(``shared/PERFORMANCE.md``: 5-7x from 1k to 100k).  Bulk entry points wrap
their work in :func:`paused_collector`; the caller's setting is restored on
exit, whatever it was, and nothing is collected on their behalf.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_collector"]


@contextmanager
def paused_collector() -> Iterator[None]:
    """Disable the collector for the ``with`` block if it was enabled; re-enable after.

    >>> import gc
    >>> before = gc.isenabled()
    >>> with paused_collector():
    ...     gc.isenabled()
    False
    >>> gc.isenabled() == before
    True
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
