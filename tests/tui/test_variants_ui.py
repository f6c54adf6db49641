"""Merged name variants in the app (issue 11): a facet value that merges
two spellings finds the articles of both when chosen (a click), and a
variant the user adds in the config merges two names in the entity
browser and in search."""

from __future__ import annotations

from pathlib import Path

import pytest

from defect_tui.index.config import load_settings
from defect_tui.tui.app import DefectApp
from defect_tui.tui.widgets.search_pane import SearchPane

from .conftest import FROZEN, wait_for, wait_ready

ARTICLES = {
    "a1.txt": "Defector lawmaker speaks\n\nThae Yong Ho, a former North Korean diplomat, spoke in Seoul on Monday.\n",
    "a2.txt": "Lawmaker visits Britain\n\nThae Yong-ho met officials in London. SEOUL officials said little.\n",
    "a3.txt": "Name change\n\nThae Ku-min, the lawmaker, addressed students in Seoul.\n",
    "a4.txt": "Visit to Tokyo\n\nTae Yong Ho, the lawmaker, said on Tuesday he would visit Tokyo.\n",
}


@pytest.fixture
def spelled(write_corpus) -> Path:
    return write_corpus("spelled", ARTICLES)


def _app(tmp_path: Path, folder: Path, config: str = "") -> DefectApp:
    cfg = tmp_path / "my.yaml"
    cfg.write_text(config, encoding="utf-8")
    return DefectApp(load_settings(cfg, corpus=[folder], index_dir=tmp_path / "ix"), clock=lambda: FROZEN)


async def test_clicking_a_merged_facet_finds_every_spelling(tmp_path: Path, spelled: Path) -> None:
    from defect_tui.tui.screens.facets import FacetsScreen
    from defect_tui.tui.widgets.facet_list import FacetList

    app = _app(tmp_path, spelled)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(app.screen, FacetsScreen), what="facets screen")
        facets = app.screen.query_one(FacetList)
        await wait_for(pilot, lambda: facets.values("person"), what="facet counts")
        thae = [(v, n) for v, n in facets.values("person") if "ae yong" in v.casefold()]
        assert len(thae) == 1 and thae[0][1] == 3, facets.values("person")  # one value, three articles
        option_id = next(k for k, v in facets._values.items() if v == ("person", thae[0][0]))
        index = facets.get_option_index(option_id)
        facets.highlighted = index
        await pilot.pause()
        top = facets.content_region.y - facets.region.y  # (the list's border)
        await pilot.click(FacetList, offset=(4, top + index - round(facets.scroll_offset.y)))
        await wait_for(pilot, lambda: not isinstance(app.screen, FacetsScreen), what="dialog closed")
        pane = app.query_one(SearchPane)
        assert pane.query_text.startswith("(person:") and " OR " in pane.query_text
        await wait_for(pilot, lambda: pane.result.query == pane.query_text, what="narrowed search")
        assert pane.result.total == 3 and not pane.result.error
        assert {h.title for h in pane.result.hits} == {"Defector lawmaker speaks", "Lawmaker visits Britain",
                                                       "Visit to Tokyo"}


async def test_a_variant_from_the_config_merges_names_in_the_browser_and_search(tmp_path: Path,
                                                                               spelled: Path) -> None:
    from defect_tui.tui.screens.entity_browser import EntityBrowser

    app = _app(tmp_path, spelled, 'entity_aliases:\n  PERSON:\n    - ["Thae Yong-ho", "Thae Ku-min"]\n')
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityBrowser) and app.screen.entities, what="entities")
        browser = app.screen
        thae = [e for e in browser.entities if any(v.startswith("Thae") for v in e.variants)]
        assert len(thae) == 1 and thae[0].articles == 4 and "Thae Ku-min" in thae[0].variants
        assert thae[0].name == "Thae Yong-ho"  # the first name of the user's list is shown
        await pilot.press("escape")
        pane = app.query_one(SearchPane)
        pane.set_query("Thae Ku-min")
        await wait_for(pilot, lambda: pane.result is not None and pane.result.query == "Thae Ku-min",
                       what="name search")
        assert pane.result.total == 4  # every spelling of the person, the user's alias included
