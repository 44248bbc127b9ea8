"""Shared test configuration: hypothesis settings profiles.

Pick one with the environment variable ``HYPOTHESIS_PROFILE`` (``dev`` when unset):
``dev`` is quick and random, ``ci`` tries more examples and is derandomized, so a CI run is
reproducible. No profile has a deadline: tests never depend on wall-clock time.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", max_examples=400, derandomize=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
