"""Make article text safe to show: it is data, never terminal commands.

Escape sequences (CSI colour codes, OSC 52 clipboard writes, OSC 8 links),
other C0/C1 controls and bidi overrides are removed at load, so no later
layer (reader, table, CLI, CSV) has to remember to do it.
"""

from __future__ import annotations

import re

# ESC [ ... final byte; ESC ] ... BEL or ST; ESC P/X/^/_ ... ST; lone two-byte ESC x.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"
)
# C0 except tab/newline, DEL, C1, bidi embeddings/overrides/isolates, BOM.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_text(text: str) -> str:
    """Normalise newlines and drop escapes and invisible controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)
