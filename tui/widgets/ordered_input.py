"""An input box whose editing keys keep their place among the letters.

Textual runs a widget's key binding once the key has bubbled up to the
app, while a printable key goes straight into the box. Keys that arrive
in one read (a fast typist, a slow link, a paste of keystrokes, tmux's
send-keys) were so applied out of order: "Kim", two backspaces and "ang"
gave "Kima", and ctrl+u followed by "Seoul" left the box empty. In an
analyst's correction or note that is wrong text saved. Here the box runs
its own bindings as each key arrives, in turn with the letters.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    """`Input` handling its own bindings (backspace, ctrl+u, ctrl+w,
    escape, enter, ...) in the order the keys came."""

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            active = self.screen.active_bindings.get(event.key)
            if active is not None and active.node is self and active.enabled \
                    and await self.app.run_action(active.binding.action, self):
                event.stop()
                event.prevent_default()
                return
        await super()._on_key(event)
