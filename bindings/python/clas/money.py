# SPDX-License-Identifier: Apache-2.0
"""Money and rates: exact decimals, never floats.

Amounts are :class:`decimal.Decimal` in euros with two decimals
(``Decimal("2800.70")``); the library stores them as integer cents and the
conversion goes through its own exact parser and formatter.

Accepted as input: ``Decimal`` and ``str`` (``"2800.70"``, ``"12"``, ``"0.5"``)
with at most two decimals, and ``int`` meaning whole **euros** (``10000`` is
10 000,00 €). A ``float`` is refused with ``TypeError``: binary floating point
cannot hold most amounts exactly.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Union

from . import _capi
from .errors import InvalidArgument

__all__ = ["Amount", "to_cents", "from_cents", "to_millionths", "from_millionths", "format_human"]

#: What the API accepts wherever it takes an amount of money.
Amount = Union[Decimal, str, int]

_CENT = Decimal("0.01")
_MILLIONTH = Decimal("0.000001")


def _refuse_float(value: object, what: str) -> None:
    if isinstance(value, float):
        raise TypeError(f"{what}: float {value!r} refused, money must be exact: "
                        f"use Decimal('{value:.2f}') or the string '{value:.2f}'")
    if isinstance(value, bool):
        raise TypeError(f"{what}: bool is not an amount")


def to_cents(value: Amount, what: str = "amount") -> int:
    """Converts an amount in euros to integer cents, exactly.

    Args:
        value: ``Decimal("2800.70")``, ``"2800.70"``, or an ``int`` of whole euros.
        what: name used in error messages.

    Raises:
        TypeError: *value* is a float or another unsupported type.
        InvalidArgument: malformed text, or more than two decimals.
        RangeError: beyond ±1 billion euros.
    """
    _refuse_float(value, what)
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidArgument(f"{what}: {value} is not an amount")
        try:
            exact = value.quantize(_CENT)
        except InvalidOperation:
            raise InvalidArgument(f"{what}: {value} is out of range") from None
        if exact != value:
            raise InvalidArgument(f"{what}: {value} has more than two decimals")
        text = format(exact, "f")
    elif isinstance(value, str):
        text = value
    else:
        raise TypeError(f"{what}: expected Decimal, str or int (euros), not {type(value).__name__}")
    return _capi.cents_parse(text)


def from_cents(cents: int) -> Decimal:
    """Converts integer cents to a ``Decimal`` in euros (``280070`` → ``Decimal("2800.70")``)."""
    return Decimal(_capi.cents_format(int(cents)))


def to_millionths(value: Union[Decimal, str, int], what: str = "rate") -> int:
    """Converts a rate given as a fraction (``Decimal("0.33")``, ``"0.33"``) to millionths (330000).

    At most six decimals; floats are refused.
    """
    _refuse_float(value, what)
    if isinstance(value, (str, int)):
        try:
            value = Decimal(value)
        except InvalidOperation:
            raise InvalidArgument(f"{what}: {value!r} is not a decimal number") from None
    if not isinstance(value, Decimal):
        raise TypeError(f"{what}: expected Decimal or str, not {type(value).__name__}")
    if not value.is_finite():
        raise InvalidArgument(f"{what}: {value} is not a rate")
    scaled = value * 1_000_000
    if scaled != scaled.to_integral_value():
        raise InvalidArgument(f"{what}: {value} has more than six decimals")
    return int(scaled)


def from_millionths(millionths: int) -> Decimal:
    """Converts a rate in millionths to a ``Decimal`` fraction (330000 → ``Decimal("0.33")``)."""
    d = (Decimal(int(millionths)) * _MILLIONTH).normalize()
    exponent = d.as_tuple().exponent
    return d if isinstance(exponent, int) and exponent <= 0 else d.quantize(Decimal(1))


def format_human(value: Amount, lang: object = 0) -> str:
    """Formats an amount for people: ``"2 800,70 €"`` (French) or ``"€2,800.70"`` (English)."""
    return _capi.cents_format_human(to_cents(value), int(lang))  # type: ignore[call-overload]
