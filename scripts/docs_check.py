"""Look at the built documentation site as a reader does: in headless Chromium, 1280 px wide.

Usage: ``python scripts/docs_check.py SITE_DIR [--out DIR] [--width 1280] [--browser PATH]``

The site (``mkdocs build --site-dir SITE_DIR``) is served on 127.0.0.1, on a free port, by this
process only. Every page is then loaded twice in Chromium from the system's packages:

1. with a probe script that the server adds to the page it sends (the site on disk is not
   changed). After layout the probe writes into the page what a reader would meet, and
   ``--dump-dom`` reads it back: a code block wider than its box (its end hidden behind a
   scroll bar), code under the block's copy button, a table wider than the column, inline
   code wrapped between two letters or digits (``schema_versi | on``), a page wider than the
   window;
2. for a full-page screenshot, the window as tall as the page, written to ``--out`` (a new
   temporary directory by default: screenshots never go into the repository).

Exits 1 when a page has a problem or the browser fails on it, 0 otherwise. Without Chromium on
the machine it says so and exits 0: the check is skipped, not passed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_TIMEOUT_S = 90  # one page load; a busy 2-core machine needs a few seconds
PROBE_QUERY = "docs-check-probe"
MIN_HEIGHT = 600
MAX_HEIGHT = 60_000  # Chromium's screenshot limit is far above any page of this site

# Runs in the page after load (and after web fonts settle); leaves its findings as JSON in a
# <script type="application/json" id="docs-check-result"> element.
PROBE = """
<script>
(function () {
  // Where a wrapped inline element breaks between two letters or digits ("schema_versi|on"),
  // return its text with the break marked; breaks at spaces, hyphens or dots are fine.
  function midWordBreak(element) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var word = /[\\p{L}\\p{N}_]/u;
    var previous = null;
    var offset = 0;
    var node;
    while ((node = walker.nextNode())) {
      for (var i = 0; i < node.data.length; i += 1, offset += 1) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        var box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) { continue; }
        var current = {top: box.top, char: node.data[i]};
        if (previous && current.top > previous.top + box.height / 2 &&
            word.test(previous.char) && word.test(current.char)) {
          var text = element.textContent;
          return (text.slice(0, offset) + " | " + text.slice(offset)).slice(0, 80);
        }
        previous = current;
      }
    }
    return null;
  }
  function report() {
    var root = document.documentElement;
    var problems = [];
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push("page is " + root.scrollWidth + " px wide in a " +
                    root.clientWidth + " px window");
    }
    document.querySelectorAll("pre > code").forEach(function (code) {
      if (code.scrollWidth > code.clientWidth + 1) {
        var longest = code.textContent.split("\\n").reduce(function (a, b) {
          return b.length > a.length ? b : a;
        }, "");
        problems.push("code block cut off (" + code.scrollWidth + " px in " +
                      code.clientWidth + " px): " + longest.trim().slice(0, 72));
      }
    });
    document.querySelectorAll("pre").forEach(function (pre) {
      var button = pre.querySelector(".md-code__button, .md-clipboard");
      var code = pre.querySelector("code");
      if (!button || !code) { return; }
      var b = button.getBoundingClientRect();
      var walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      var range = document.createRange();
      var node;
      while ((node = walker.nextNode())) {
        if (!node.data.trim()) { continue; }
        range.selectNodeContents(node);
        var hit = Array.prototype.some.call(range.getClientRects(), function (r) {
          return r.width > 0 && r.right > b.left && r.left < b.right &&
                 r.bottom > b.top && r.top < b.bottom;
        });
        if (hit) {
          problems.push("copy button over the code: " + node.data.trim().slice(0, 72));
          return;
        }
      }
    });
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        var head = wrap.querySelector("tr");
        problems.push("table cut off (" + wrap.scrollWidth + " px in " + wrap.clientWidth +
                      " px): " + (head ? head.textContent.trim().slice(0, 72) : ""));
      }
    });
    document.querySelectorAll(".md-typeset code").forEach(function (code) {
      if (code.closest("pre") || code.getClientRects().length < 2) { return; }
      var where = midWordBreak(code);
      if (where) { problems.push("inline code broken inside a word: " + where); }
    });
    var result = document.createElement("script");
    result.type = "application/json";
    result.id = "docs-check-result";
    result.textContent = JSON.stringify({
      height: Math.max(root.scrollHeight, document.body.scrollHeight),
      problems: problems
    }).replace(/</g, "\\\\u003c");
    document.body.appendChild(result);
  }
  window.addEventListener("load", function () {
    var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
    fonts.then(report, report);
  });
})();
</script>
"""
_RESULT = re.compile(
    r'<script type="application/json" id="docs-check-result">(.*?)</script>',
    re.DOTALL,
)


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serve the site quietly; add the probe to HTML pages asked for with the probe query."""

    def do_GET(self) -> None:
        """Send the file; for ``?docs-check-probe`` pages, with the probe before ``</body>``."""
        url = urlsplit(self.path)
        if url.query != PROBE_QUERY:
            super().do_GET()
            return
        path = Path(self.translate_path(url.path))
        if path.is_dir():
            path /= "index.html"
        if path.suffix != ".html" or not path.is_file():
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        page = path.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>", 1)
        body = page.encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        """Log nothing: the check prints its own summary."""


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 on a free port while the block runs; yield its base URL."""
    handler = functools.partial(_SiteHandler, directory=str(site))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join()


def find_browser(explicit: str | None) -> str | None:
    """Return the path of the browser to use, or None when none is installed."""
    if explicit:
        return shutil.which(explicit) or (explicit if Path(explicit).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def site_pages(site: Path) -> list[str]:
    """Return the URL path of every page of the built site (``/``, ``/format/``, ...)."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        if relative.startswith(("assets", "search")):
            continue
        pages.append("/" if relative == "." else f"/{relative}/")
    return pages


def _chromium(
    browser: str,
    profile: str,
    size: tuple[int, int],
    *args: str,
) -> subprocess.Popen[str]:
    """Start headless Chromium on a fresh profile, with no network of its own; return it."""
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={size[0]},{size[1]}",
        *args,
    ]
    return subprocess.Popen(  # noqa: S603 - the browser found on PATH, arguments built here
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    )


def run_browser(browser: str, width: int, height: int, *args: str) -> str:
    """Run Chromium to the end (bounded by BROWSER_TIMEOUT_S) and return what it printed.

    Raises:
        RuntimeError: the browser timed out or failed.
    """
    with tempfile.TemporaryDirectory(prefix="docs-check-profile-") as profile:
        process = _chromium(browser, profile, (width, height), *args)
        try:
            output, _ = process.communicate(timeout=BROWSER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the browser and its helper processes
            process.communicate()
            msg = f"the browser gave no answer in {BROWSER_TIMEOUT_S} s"
            raise RuntimeError(msg) from None
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # helpers left behind by the browser
    if process.returncode != 0:
        msg = f"the browser exited with status {process.returncode}"
        raise RuntimeError(msg)
    return output


def probe(browser: str, url: str, width: int) -> tuple[int, list[str]]:
    """Load ``url`` with the probe; return the page's height and the problems found."""
    dom = run_browser(
        browser,
        width,
        900,
        "--virtual-time-budget=10000",
        "--dump-dom",
        f"{url}?{PROBE_QUERY}",
    )
    found = _RESULT.search(dom)
    if found is None:
        return 0, ["the probe did not report (the page did not finish loading)"]
    result = json.loads(found.group(1))
    return int(result["height"]), [str(problem) for problem in result["problems"]]


def screenshot(browser: str, url: str, width: int, height: int, png: Path) -> None:
    """Save a screenshot of ``url`` in a window ``width`` by ``height`` pixels to ``png``.

    Raises:
        RuntimeError: the browser failed or wrote no file.
    """
    png.unlink(missing_ok=True)
    run_browser(browser, width, height, "--hide-scrollbars", f"--screenshot={png}", url)
    if not png.is_file() or png.stat().st_size == 0:
        msg = "the browser wrote no screenshot"
        raise RuntimeError(msg)


def main(argv: Sequence[str] | None = None) -> int:
    """Check and photograph every page of a built site; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build --site-dir)")
    parser.add_argument("--out", type=Path, help="where to write the screenshots")
    parser.add_argument("--width", type=int, default=1280, help="window width in pixels")
    parser.add_argument("--browser", help="the browser to run (default: Chromium on PATH)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"docs check: {args.site} holds no built site (no index.html)", file=sys.stderr)
        return 2
    browser = find_browser(args.browser)
    if browser is None and args.browser:
        print(f"docs check: no browser at {args.browser}", file=sys.stderr)
        return 2
    if browser is None:
        print(
            "docs check SKIPPED: no headless Chromium on this machine "
            "(install Debian's chromium package to see the pages as a reader does)",
        )
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="uanews-docs-screenshots-"))
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    with serve(args.site) as base:
        pages = site_pages(args.site)
        print(f"docs check: {len(pages)} pages at {args.width} px with {browser}")
        for page in pages:
            name = page.strip("/").replace("/", "-") or "index"
            height = 0
            try:
                height, problems = probe(browser, base + page, args.width)
                if height:
                    size = min(max(height, MIN_HEIGHT), MAX_HEIGHT)
                    screenshot(browser, base + page, args.width, size, out / f"{name}.png")
            except RuntimeError as error:
                problems = [str(error)]
            status = "ok" if not problems else f"{len(problems)} problem(s)"
            if height > MAX_HEIGHT:
                status += f" (screenshot: the first {MAX_HEIGHT} of {height} px)"
            print(f"  {page}: {status}")
            for problem in problems:
                print(f"    - {problem}")
            failures += bool(problems)
    print(f"docs check: screenshots in {out}")
    if failures:
        print(f"docs check FAILED: {failures} of {len(pages)} pages render badly")
        return 1
    print(f"docs check: all {len(pages)} pages render within {args.width} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
