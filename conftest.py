"""Settings shared by every test: one hypothesis profile for the whole suite.

``cadretrain`` (the default) keeps ``make test`` quick on a 2-core machine;
``thorough`` explores ten times as many examples.  Choose one with
``CADRETRAIN_HYPOTHESIS_PROFILE=thorough make pytest``.  No deadline and no
too-slow health check: the machines are shared and noisy, and a timing is
never what a test asserts.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "cadretrain",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("cadretrain"),
    max_examples=600,
)
settings.load_profile(os.environ.get("CADRETRAIN_HYPOTHESIS_PROFILE", "cadretrain"))
