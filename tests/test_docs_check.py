"""scripts/docs_check.py finds the pages that render badly, and says so when it cannot look.

The pages here are small hand-written HTML files with the same layout as the site (a fixed
column, code in ``pre > code``, inline ``code`` in a narrow table cell). The tests that open
them in Chromium skip where no Chromium is installed (the CI script installs it first).
"""

from __future__ import annotations

import importlib.util
import urllib.request
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "docs_check.py"


def load_docs_check():
    spec = importlib.util.spec_from_file_location("docs_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


docs_check = load_docs_check()
BROWSER = docs_check.find_browser(None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine")

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><style>
body {{ margin: 0; font: 16px sans-serif; }}
.md-typeset {{ width: 400px; margin: 20px; }}
pre > code {{ display: block; overflow: auto; font: 14px monospace; }}
td {{ width: 40px; }}
td code {{ word-break: break-word; }}
</style></head>
<body><div class="md-typeset">{body}</div></body></html>
"""


def write_site(root: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        folder = root if name == "index" else root / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(PAGE.format(body=body), encoding="utf-8")
    return root


def test_every_page_is_listed_and_assets_are_not(tmp_path):
    site = write_site(tmp_path, {"index": "<p>home</p>", "json": "<p>keys</p>"})
    (site / "assets" / "x").mkdir(parents=True)
    (site / "assets" / "x" / "index.html").write_text("", encoding="utf-8")
    (site / "404.html").write_text("", encoding="utf-8")
    assert docs_check.site_pages(site) == ["/", "/json/"]


def test_the_probe_is_added_only_to_pages_asked_for_with_the_probe_query(tmp_path):
    site = write_site(tmp_path, {"index": "<p>home</p>"})
    with docs_check.serve(site) as base:
        with urllib.request.urlopen(f"{base}/") as plain:  # noqa: S310 - http on 127.0.0.1
            plain_page = plain.read().decode("utf-8")
        probe_url = f"{base}/?{docs_check.PROBE_QUERY}"
        with urllib.request.urlopen(probe_url) as probed:  # noqa: S310 - http on 127.0.0.1
            probed_page = probed.read().decode("utf-8")
    assert "docs-check-result" not in plain_page
    assert "docs-check-result" in probed_page
    assert (site / "index.html").read_text(encoding="utf-8") == plain_page


def test_without_a_browser_the_check_says_it_skipped(tmp_path, monkeypatch, capsys):
    site = write_site(tmp_path, {"index": "<p>home</p>"})
    monkeypatch.setattr(docs_check, "find_browser", lambda _explicit: None)
    assert docs_check.main([str(site)]) == 0
    assert "docs check SKIPPED" in capsys.readouterr().out


def test_a_missing_site_is_an_error(tmp_path, capsys):
    assert docs_check.main([str(tmp_path / "nothing")]) == 2
    assert "no built site" in capsys.readouterr().err


@needs_browser
def test_pages_that_fit_pass_and_get_a_screenshot(tmp_path, capsys):
    site = write_site(
        tmp_path / "site",
        {"index": "<pre><code>short = 1\n</code></pre><p>Prose <code>name</code>.</p>"},
    )
    out = tmp_path / "shots"
    assert docs_check.main([str(site), "--out", str(out)]) == 0
    assert "all 1 pages render" in capsys.readouterr().out
    assert (out / "index.png").read_bytes().startswith(b"\x89PNG")


@needs_browser
def test_a_wide_code_block_and_a_key_broken_mid_word_fail_the_check(tmp_path, capsys):
    wide = "x = " + "1" * 120
    site = write_site(
        tmp_path / "site",
        {
            "index": "<p>fine</p>",
            "bad": f"<pre><code>{wide}\n</code></pre>"
            "<table><tr><td><code>schema_version_key</code></td><td>x</td></tr></table>",
        },
    )
    assert docs_check.main([str(site), "--out", str(tmp_path / "shots")]) == 1
    out = capsys.readouterr().out
    assert "/bad/: 2 problem(s)" in out
    assert "code block cut off (" in out
    assert "inline code broken inside a word: sch" in out
    assert "version_key" in out
    assert "/: ok" in out
