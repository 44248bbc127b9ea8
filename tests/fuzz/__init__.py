"""Fuzz targets for uanews, run by atheris (``python -m tests.fuzz``) or hypothesis (the suite).

Each target in `targets` takes bytes and raises only when uanews broke one of its promises:
an undocumented exception, a lost item, a broken round trip, a traceback or a temporary file
left by the CLI. ``crashes/<target>/`` holds inputs that once made a target fail; the suite
replays them (``tests/test_fuzz_targets.py``).
"""
