"""Rules are data: every rule has its examples, a source and a unique code (core/review/rules)."""

import pytest

from secondchance.core.review import PUBLIC_CODES, RULES
from secondchance.core.review.draft import Draft

BY_CODE = {rule.code: rule for rule in RULES}


def test_public_codes_all_exist_and_codes_are_unique():
    assert set(PUBLIC_CODES) <= BY_CODE.keys()
    assert len(BY_CODE) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_carries_examples_and_a_source(rule):
    assert rule.examples_fail and rule.examples_pass
    assert rule.source and rule.message


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_examples(rule):
    for text in rule.examples_fail:
        assert list(rule.check(Draft.parse(text))), f"{rule.code} missed {text!r}"
    for text in rule.examples_pass:
        found = list(rule.check(Draft.parse(text)))
        assert not found, f"{rule.code} false positive on {text!r}: {found}"
