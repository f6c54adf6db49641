from __future__ import annotations

import pytest

from defect_tui.index.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
