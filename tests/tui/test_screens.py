"""Help, skipped files, the export dialog on its own, layout at 80x24, keymap."""

from __future__ import annotations

import os

from textual.app import App

from defect_tui.index.models import Incident
from defect_tui.tui.screens.export_dialog import ExportDialog
from defect_tui.tui.screens.help import HelpScreen, help_markdown
from defect_tui.tui.screens.skipped import SkippedScreen
from defect_tui.tui.widgets.incident_table import IncidentPane
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import SearchPane

from .conftest import record_notices, wait_for, wait_ready


async def test_help_lists_bindings_and_query_syntax(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = help_markdown()
        for needle in ("date:[2015 TO 2017]", "defect*", "Shigemura~", "person:", "| `e` | Export |",
                       "next_hit", "ctrl+r"):
            assert needle in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        # `?` opens it too, but types into the search box when that has focus
        await pilot.press("f3", "question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_skipped_files_are_listed_with_reasons(make_app, corpus_dir):
    (corpus_dir / "empty.txt").write_text("", encoding="utf-8")
    (corpus_dir / "blob.txt").write_bytes(bytes(range(256)) * 8)
    app = make_app()
    notices = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, SkippedScreen))
        skipped = {item.path.rsplit("/", 1)[-1]: item.reason for item in app.screen.skipped}
        assert "empty" in skipped.get("empty.txt", "")
        assert "blob.txt" in skipped
        assert "skipped" in " ".join(notices)
        await pilot.press("escape")
        assert not isinstance(app.screen, SkippedScreen)


class DialogHost(App):
    def __init__(self, dialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.result = "unset"

    def on_mount(self) -> None:
        self.push_screen(self.dialog, lambda r: setattr(self, "result", r))


def incident(n: int) -> Incident:
    return Incident(f"i{n}", "a", "=HYPERLINK(\"x\")", "2015", "2015", "year", "defected", "a diplomat",
                    "", "diplomat", 1, "North Korea", "South Korea", "NIS", "He defected.")


async def test_export_dialog_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    host = DialogHost(ExportDialog([incident(1), incident(2)], default_name="x.csv"))
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: host.result != "unset")
    assert host.result == (2, str(tmp_path / "x.csv"))
    content = (tmp_path / "x.csv").read_text(encoding="utf-8")
    assert "=HYPERLINK" not in content.replace("'=HYPERLINK", "")  # formula neutralised


async def test_export_dialog_cancel(tmp_path):
    host = DialogHost(ExportDialog([incident(1)], default_name=str(tmp_path / "y.csv")))
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
    assert host.result is None
    assert not (tmp_path / "y.csv").exists()


async def test_three_panes_fit_80x24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = app.screen.region
        for cls in (SearchPane, ReaderPane, IncidentPane):
            region = app.query_one(cls).region
            assert region.width >= 20 and region.height >= 7, (cls, region)
            assert screen.contains_region(region), (cls, region)
        # the table shows rows, the result list shows at least one result
        assert app.query_one(IncidentPane).table.size.height >= 3
        assert app.query_one("#results").size.height >= 4


async def test_keys_remap_from_config(settings, corpus_dir):
    from dataclasses import replace

    from defect_tui.tui.app import DefectApp

    app = DefectApp(replace(settings, keys={"focus_table": "f9", "no_such_id": "x"}))
    notices = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f9")
        assert app.focused is app.query_one(IncidentPane).table
        assert any("no_such_id" in n for n in notices)


async def test_palette_offers_main_actions(make_app):
    from textual.command import CommandList, CommandPalette

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), what="palette")
        commands = app.screen.query_one(CommandList)
        await wait_for(pilot, lambda: commands.option_count > 10, what="commands listed")
        listed = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        text = "\n".join(listed)
        for title in ("Re-index", "Export incidents", "Toggle incident filter", "Show skipped files", "Help",
                      "Save screenshot", "Facets of the results", "Order results"):
            assert title in text
        assert "Cancel indexing" not in text  # only while an update runs
        titles = [line.splitlines()[0] for line in listed]
        assert "Screenshot" not in titles  # Textual's own, a duplicate of "Save screenshot"
        # running one: "Incident columns" opens its screen from the palette
        await pilot.press(*"Incident columns")
        await pilot.pause(0.3)
        await pilot.press("enter")
        from defect_tui.tui.screens.columns import ColumnsScreen

        await wait_for(pilot, lambda: isinstance(app.screen, ColumnsScreen), what="columns screen")


async def test_palette_shows_the_remapped_key(settings):
    from dataclasses import replace

    from textual.command import CommandList, CommandPalette

    from defect_tui.tui.app import DefectApp

    app = DefectApp(replace(settings, keys={"export": "ctrl+e"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+p", *"Export incidents")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), what="palette")
        commands = app.screen.query_one(CommandList)
        await wait_for(pilot, lambda: commands.option_count >= 1, what="a match")
        await pilot.pause(0.3)
        prompt = str(commands.get_option_at_index(0).prompt)
        assert "Export incidents" in prompt and "(ctrl+e)" in prompt


async def test_help_scrolls_with_the_usual_keys_at_80x24(make_app):
    from textual.containers import VerticalScroll

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        box = app.screen.query_one("#help-text", VerticalScroll)
        assert box.max_scroll_y > 0  # more text than fits
        await pilot.press("down", "down")
        await wait_for(pilot, lambda: box.scroll_y >= 2, what="down arrow scrolls")
        await pilot.press("end")
        await wait_for(pilot, lambda: box.scroll_y == box.max_scroll_y, what="end reaches the bottom")
        await pilot.press("home")
        await wait_for(pilot, lambda: box.scroll_y == 0, what="home goes back to the top")
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: box.scroll_y > 5, what="page down")


def test_the_keys_say_what_they_do() -> None:
    """space marks and moves on; ctrl+s saves where the app was started: the
    footer and the help say so (a new user could not tell)."""
    from pathlib import Path

    import defect_tui.tui.screens as screens
    from defect_tui.tui.widgets.incident_table import IncidentPane

    mark = next(b for b in IncidentPane.BINDINGS if getattr(b, "id", None) == "mark")
    assert "next" in mark.description
    help_text = (Path(screens.__file__).parent / "help.md").read_text(encoding="utf-8")
    assert "moves to the next one" in help_text and "Ctrl+S" in help_text and "started from" in help_text


async def test_the_chosen_theme_is_kept_for_the_next_start(make_app):
    from .conftest import wait_ready

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        app.theme = "textual-light"
        await pilot.pause(0.1)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        assert app.theme == "textual-light"


def test_a_damaged_settings_file_is_ignored(tmp_path):
    from defect_tui.tui.ui_state import load_state, save_state

    path = tmp_path / "ui.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_state(path) == {}
    assert save_state({"theme": "nord"}, path) is None and load_state(path) == {"theme": "nord"}


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(rgb: tuple[int, int, int]) -> float:
        lin = [v / 3294.6 if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


async def test_entity_colours_are_readable_in_a_dark_and_a_light_theme(make_app):
    """Each label's colour against the theme's background, and on the
    evidence highlight: at least WCAG AA for text (4.5), 4 on the highlight."""
    from rich.style import Style
    from textual.color import Color

    from defect_tui.index.config import COLOR_KEYS
    from defect_tui.tui.widgets.reader import ReaderPane

    from .conftest import wait_for, wait_ready

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        await pilot.press("enter")  # open the first result
        await wait_for(pilot, lambda: app.query_one(ReaderPane).article is not None, what="article")
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause(0.1)
            background = Color.parse(app.get_css_variables()["background"]).rgb
            colors = app.label_colors
            evidence = tuple(Style.parse(colors["evidence"]).bgcolor.get_truecolor())
            assert _contrast(evidence, background) >= 1.2, (theme, "evidence highlight not seen")
            for label in (k for k in COLOR_KEYS if k not in ("hit", "evidence")):
                fg = tuple(Style.parse(colors[label]).color.get_truecolor())
                assert _contrast(fg, background) >= 4.5, (theme, label, colors[label])
                assert _contrast(fg, evidence) >= 4.0, (theme, label, "on the evidence")
            # the open article follows the theme
            assert app.query_one(ReaderPane).view.label_colors == colors


async def test_a_light_terminal_opens_in_the_light_theme_until_a_theme_is_chosen(make_app, monkeypatch):
    from defect_tui.tui.ui_state import save_state, terminal_is_light

    from .conftest import wait_ready

    assert terminal_is_light({"COLORFGBG": "0;15"}) and terminal_is_light({"COLORFGBG": "0;default;7"})
    assert not terminal_is_light({"COLORFGBG": "15;0"}) and not terminal_is_light({})
    monkeypatch.setenv("COLORFGBG", "0;15")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        assert app.theme == "textual-light"
    save_state({"theme": "nord"})  # the user's choice wins over the terminal's
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        assert app.theme == "nord"


async def test_the_entity_browser_merges_variants_and_searches(make_app):
    from defect_tui.tui.screens.entity_browser import EntityBrowser

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityBrowser) and app.screen.entities, what="entities")
        browser = app.screen
        assert all(e.articles >= 1 for e in browser.entities)
        await pilot.press(*"shigemura")
        await wait_for(pilot, lambda: len(browser.shown) >= 1, what="filtered")
        assert all("shigemura" in " ".join(e.variants).casefold() for e in browser.shown)
        await pilot.press("ctrl+s")
        assert browser.sort == "incidents"
        await pilot.press("enter", "enter")  # to the rows, then search the first
        await wait_for(pilot, lambda: not isinstance(app.screen, EntityBrowser), what="closed")
        search = app.query_one(SearchPane)
        await wait_for(pilot, lambda: search.result is not None and "person:" in search.result.query
                       and search.result.total >= 1, what="the entity's articles")


async def test_the_app_quits_when_its_terminal_is_gone(make_app, monkeypatch):
    """Under "make run" in a tmux pane that is killed, the hangup does not
    reach the app; the terminal then answers with EIO, and the app quits
    instead of running on at full CPU."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        monkeypatch.setattr("defect_tui.tui.app.os.get_terminal_size", lambda fd=1: os.terminal_size((120, 40)))
        app._check_terminal()  # a terminal that still answers: nothing happens
        await pilot.pause()
        assert app.is_running

        def gone(fd: int = 1):
            raise OSError(5, "Input/output error")

        monkeypatch.setattr("defect_tui.tui.app.os.get_terminal_size", gone)
        app._check_terminal()
        await pilot.pause()
    assert app.return_code == 1
