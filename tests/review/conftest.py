"""Helpers every review test shares, as fixtures."""

import pytest

from secondchance.core.review import review
from secondchance.core.review.draft import Draft


def _codes(text, **kwargs):
    return {finding.code for finding in review(text, **kwargs).findings}


@pytest.fixture(scope="session")
def codes():
    """The codes a review of `text` finds (keyword arguments go to review())."""
    return _codes


@pytest.fixture(scope="session")
def draft():
    """Parse a text as the reviewer reads it."""
    return Draft.parse
