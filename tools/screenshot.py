#!/usr/bin/env python3
"""Save the README picture: the app on the seed articles, a query typed, an
article open in the reader, as an SVG the app itself writes.

    .venv/bin/python tools/screenshot.py [docs/screenshot.svg]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from defect_tui.index.config import load_settings
from defect_tui.index.locations import seeds_dir
from defect_tui.tui.app import DefectApp


async def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(corpus=[seeds_dir()], index_dir=Path(tmp) / "index")
        app = DefectApp(settings)
        async with app.run_test(size=(150, 44)) as pilot:
            for _ in range(200):
                if app.ready and not app.indexing:
                    break
                await pilot.pause(0.05)
            await pilot.press(*"defected")
            await pilot.pause(0.8)
            await pilot.press("enter")
            await pilot.pause(0.8)
            await pilot.press("f2")
            await pilot.pause(0.3)
            app.save_screenshot(filename=out.name, path=str(out.parent))


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.svg").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(main(target))
    print(target)
