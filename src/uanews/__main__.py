"""Run the ``uanews`` command: ``python -m uanews``, and the ``uanews`` script (`run`).

A Ctrl-C while the command's code is still being imported (most of the first second) or its
arguments parsed ends it with status 130 and no traceback, as one a moment later does.
"""

import sys

_EXIT_INTERRUPTED = 130
"""`uanews.cli.common.EXIT_INTERRUPTED`, known before the command line's code is imported."""


def run() -> int:
    """Import and run the ``uanews`` command; return its exit status."""
    try:
        from uanews.cli import main  # noqa: PLC0415 - imported where a Ctrl-C is handled

        return main()
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except RuntimeError as exc:
        # Python 3.11 wraps what a descriptor's __set_name__ raises as a class is made (while
        # a module is imported), a Ctrl-C too.
        if isinstance(exc.__cause__, KeyboardInterrupt):
            return _EXIT_INTERRUPTED
        raise


if __name__ == "__main__":
    sys.exit(run())
