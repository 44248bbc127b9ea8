"""Run the ``uanews`` command as ``python -m uanews``."""

import sys

from uanews.cli import main

if __name__ == "__main__":
    sys.exit(main())
