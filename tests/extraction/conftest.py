from __future__ import annotations

import pytest

from defect_tui.index.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(strict=True)  # (a bug raises here, where indexing would only lose the article's rows)
