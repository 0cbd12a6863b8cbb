"""A role's title read once, the same way by the plan's spacing and the kit's offers."""

import pytest

from secondchance.core.compose.kit import portfolio_fits
from secondchance.core.titles import is_executive


@pytest.mark.parametrize(
    "role", ["VP of Engineering", "Vice President, Sales", "SVP Design", "Chief Financial Officer"]
)
def test_vp_and_c_level_titles_are_executive(role):
    assert is_executive(role)


@pytest.mark.parametrize("role", ["Head of Data Platform", "Director of Product", "Designer"])
def test_other_titles_are_not_executive(role):
    assert not is_executive(role)


def test_a_maker_role_is_offered_a_portfolio_unless_it_is_senior():
    assert portfolio_fits("Senior Product Designer")
    # "SVP" was missing from the kit's own list of senior words while the plan knew it.
    assert not portfolio_fits("SVP Design")
    assert not portfolio_fits("Design Director")
