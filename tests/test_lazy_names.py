"""The names of ``uanews`` loaded on first use are the objects their modules define."""

import subprocess
import sys

_CHECK = """
import importlib
import uanews

{first}
for name in uanews.__all__:
    if name == "__version__":
        continue
    home = importlib.import_module(uanews._HOME[name])
    assert getattr(uanews, name) is getattr(home, name), name
print("ok")
"""


def _run(first: str) -> str:
    code = _CHECK.format(first=first)
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_render_is_the_function_after_its_module_loaded_for_another_name():
    assert _run("uanews.render_dump") == "ok"


def test_render_is_the_function_when_the_module_is_imported_first():
    assert _run("import uanews.render") == "ok"


def test_every_public_name_is_its_module_s_object():
    assert _run("") == "ok"


def test_the_package_pickles_by_reference():
    code = "import pickle, uanews\nassert pickle.loads(pickle.dumps(uanews)) is uanews\n"
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
