"""Importing this module warms the parser up (`uanews.warmup.warm_up`): for the fork server.

`uanews.batch` lists it among the modules the fork server of worker processes imports, the
only code a fork server runs before it forks. Nothing else should import it.
"""

from __future__ import annotations

import contextlib

from uanews.warmup import warm_up

__all__: list[str] = []

# A fork server that failed to import this would fail every worker; a cold server only costs
# time, and each worker meets and reports any such error on its own items.
with contextlib.suppress(Exception):
    warm_up()
