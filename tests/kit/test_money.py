"""kit/money.py: a split's parts add up to the whole to the cent, follow the weights, and are
deterministic."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openwyn.kit.money import split_exact, to_cent

cents = st.integers(min_value=-(10**12), max_value=10**12).map(lambda c: Decimal(c) / 100)
weights = st.lists(
    st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100),
    min_size=1,
    max_size=40,
)


@given(cents, weights)
def test_parts_add_up_to_the_whole(total: Decimal, parts: list[Decimal]) -> None:
    split = split_exact(total, parts)
    assert sum(split, Decimal(0)) == total
    assert len(split) == len(parts)
    assert all(part == to_cent(part) for part in split)


@given(cents.filter(lambda total: total >= 0), weights)
def test_each_part_is_within_a_cent_of_its_share(total: Decimal, parts: list[Decimal]) -> None:
    whole = sum(parts, Decimal(0))
    basis = parts if whole else [Decimal(1)] * len(parts)
    for part, weight in zip(split_exact(total, parts), basis, strict=True):
        share = total * weight / sum(basis, Decimal(0))
        assert abs(part - share) < Decimal("0.01")


def test_leftover_cents_go_to_the_largest_remainders_then_the_earlier_part() -> None:
    assert split_exact(Decimal("100.00"), [Decimal(1)] * 3) == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]
    assert split_exact(Decimal("0.05"), [Decimal(1), Decimal(3)]) == [
        Decimal("0.01"),
        Decimal("0.04"),
    ]


def test_a_negative_total_splits_as_its_opposite() -> None:
    assert split_exact(Decimal("-10.00"), [Decimal(1), Decimal(2)]) == [
        Decimal("-3.33"),
        Decimal("-6.67"),
    ]


def test_zero_weights_split_evenly_and_bad_weights_are_refused() -> None:
    assert split_exact(Decimal("1.00"), [Decimal(0), Decimal(0)]) == [
        Decimal("0.50"),
        Decimal("0.50"),
    ]
    with pytest.raises(ValueError):
        split_exact(Decimal("1.00"), [])
    with pytest.raises(ValueError):
        split_exact(Decimal("1.00"), [Decimal(-1)])
