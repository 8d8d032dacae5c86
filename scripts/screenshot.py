"""Take docs/screenshot.png: the example graph in headless Chromium, a tooltip open.

    python scripts/screenshot.py [--out docs/screenshot.png] [--hover 刘大隆]

Builds examples/ into a temporary folder, opens graph.html from a file:// URL in Debian's
Chromium (Playwright, /usr/bin/chromium; fonts-noto-cjk for the Chinese text) and saves a
1280×800 PNG.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--hover", default="刘大隆", help="name of the node whose tooltip is shown")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from uniongraph.cli import main as cli

    with tempfile.TemporaryDirectory() as tmp:
        if cli(["build", str(ROOT / "examples"), "--out", tmp, "--quiet"]) != 0:
            return 1
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto((Path(tmp) / "graph.html").as_uri())
            page.wait_for_function("window.uniongraph && window.uniongraph.drawnAt !== null")
            node = next(n["id"] for n in page.evaluate("uniongraph.data.nodes") if n["label"] == args.hover)
            pos = page.evaluate("id => uniongraph.network.canvasToDOM(uniongraph.network.getPositions([id])[id])", node)
            page.mouse.move(pos["x"], pos["y"])
            page.wait_for_selector("#ug-tip:not([hidden])")
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.out)
            browser.close()
    print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
